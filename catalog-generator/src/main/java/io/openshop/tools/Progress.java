package io.openshop.tools;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar with rate and time left. On a terminal it redraws one line with \r a few
 * times a second; otherwise (a log, a pipe, CI) it prints one line per tenth of the work.
 */
final class Progress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final long total;
    private final PrintStream out;
    private final boolean interactive;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private long lastDrawNanos = Long.MIN_VALUE;
    private int lastTenth;

    Progress(long total, PrintStream out, boolean interactive, LongSupplier nanoClock) {
        this.total = total;
        this.out = out;
        this.interactive = interactive;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
    }

    /** Reports that {@code done} rows of {@code total} are through. */
    void update(long done) {
        long nowNanos = nanoClock.getAsLong();
        if (interactive) {
            if (done >= total || nowNanos - lastDrawNanos >= REDRAW_NANOS) {
                lastDrawNanos = nowNanos;
                out.print("\r" + line(done, nowNanos - startNanos));
                out.flush();
            }
        } else {
            int tenth = total == 0 ? 10 : (int) (done * 10 / total);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                out.println(line(done, nowNanos - startNanos));
            }
        }
    }

    /** Ends the bar's line on a terminal. */
    void finish() {
        if (interactive) {
            out.println();
        }
    }

    /** e.g. "[###############---------------]  50.0%   50,000/100,000   31,250 rows/s  ETA 0:02". */
    String line(long done, long elapsedNanos) {
        double fraction = total == 0 ? 1.0 : Math.min(1.0, done / (double) total);
        int filled = (int) Math.round(fraction * WIDTH);
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = done >= total ? "done" : rate > 0 ? "ETA " + clock((total - done) / rate) : "ETA --:--";
        return String.format(Locale.ROOT, "[%s%s] %5.1f%%  %,d/%,d  %,.0f rows/s  %s  ",
                "#".repeat(filled), "-".repeat(WIDTH - filled), fraction * 100, done, total, rate, eta);
    }

    /** Seconds as m:ss, or h:mm:ss past an hour. */
    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
