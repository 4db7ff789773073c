package io.openshop.service.mail;

/** Escaping for the HTML of emails: every value put into a template goes through {@link #escape}. */
public final class Html {

    private Html() {
    }

    /** The text with &amp;, &lt;, &gt;, " and ' replaced by entities, safe in element content and quoted attributes. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A minimal, self-contained HTML document around the body (no scripts, no remote content). */
    public static String document(String escapedTitle, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"><title>" + escapedTitle + "</title></head>\n"
                + "<body style=\"font-family:sans-serif;line-height:1.4\">\n" + body + "\n</body></html>\n";
    }
}
