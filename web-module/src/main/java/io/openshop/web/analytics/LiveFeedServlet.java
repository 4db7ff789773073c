package io.openshop.web.analytics;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The dashboards' live feed as server-sent events: a long-lived response that {@link LivePusher}
 * writes each new event to. Under {@code /admin/}, so only signed-in staff reach it; the browser's
 * EventSource reconnects by itself when the stream ends (every {@value #MINUTES} minutes, or when
 * an instance goes away).
 */
@WebServlet(urlPatterns = "/admin/live", asyncSupported = true)
public class LiveFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int MINUTES = 30;

    @Inject
    LivePusher pusher;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        AsyncContext stream = request.startAsync();
        stream.setTimeout(MINUTES * 60_000L);
        pusher.connect(stream);
        response.getWriter().write(": connected\nretry: 2000\n\n");
        response.getWriter().flush();
    }
}
