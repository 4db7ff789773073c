package io.openshop.web.platform;

import java.util.Locale;

/** How the domain's rule messages ("price must not be negative") read on a page: as sentences. */
public final class Messages {

    private Messages() {
    }

    /** The message with a capital first letter and a full stop. */
    public static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "Something was not right.";
        }
        String text = message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
