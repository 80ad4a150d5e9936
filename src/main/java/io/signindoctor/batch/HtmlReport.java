package io.signindoctor.batch;

import java.io.IOException;
import java.io.Writer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The run as one self-contained HTML page: a bar chart of causes drawn as inline SVG and a table that links each
 * cause to its remedy. Nothing is loaded from elsewhere (no scripts, fonts or style sheets), so the page can be
 * mailed or attached to a ticket and still opens as it was written.
 */
final class HtmlReport {

    private static final int BAR_HEIGHT = 22;
    private static final int LABEL_WIDTH = 300;
    private static final int CHART_WIDTH = 460;

    private final Remedies remedies;

    HtmlReport(Remedies remedies) {
        this.remedies = remedies;
    }

    void write(Tally tally, List<String> inputs, Writer out) throws IOException {
        List<Tally.Line> lines = tally.lines();
        StringBuilder page = new StringBuilder(16_384);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Sign-in Doctor: causes of ").append(tally.total()).append(" incidents</title>\n")
                .append("<style>\nbody{font-family:sans-serif;margin:2em;max-width:62em;color:#222}\n")
                .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;")
                .append("vertical-align:top;text-align:left}td.n{text-align:right}\n")
                .append("svg text{font-size:13px;font-family:sans-serif}\n</style>\n</head>\n<body>\n");
        page.append("<h1>Sign-in Doctor: what drives sign-in incidents</h1>\n<p>")
                .append(escape(String.join(", ", inputs))).append(", classified ")
                .append(escape(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME))).append(".</p>\n")
                .append(String.format(Locale.ROOT, "<p id=\"counts\">Read %d: %d classified, %d unclassified, %d "
                        + "rejected.</p>%n", tally.total(), tally.classified(), tally.unclassified(),
                        tally.rejected()));
        chart(page, tally, lines);
        table(page, tally, lines);
        page.append("<h2>Remedies</h2>\n");
        for (Tally.Line line : lines) {
            if (isCause(line)) {
                page.append("<section id=\"remedy-").append(escape(line.cause())).append("\">\n<h3>")
                        .append(escape(remedies.title(line.cause()))).append("</h3>\n<p>Cause <code>")
                        .append(escape(line.cause())).append("</code>");
                String doc = remedies.doc(line.cause());
                if (doc != null) {
                    page.append(", described in <code>").append(escape(doc)).append("</code>");
                }
                page.append(".</p>\n<ol>\n");
                remedies.of(line.cause()).forEach(step -> page.append("<li>").append(escape(step))
                        .append("</li>\n"));
                page.append("</ol>\n</section>\n");
            }
        }
        page.append("</body>\n</html>\n");
        out.write(page.toString());
    }

    private static boolean isCause(Tally.Line line) {
        return !line.cause().equals(Tally.UNCLASSIFIED) && !line.cause().equals(Tally.REJECTED);
    }

    private static void chart(StringBuilder page, Tally tally, List<Tally.Line> lines) {
        long most = Math.max(1, lines.stream().mapToLong(Tally.Line::count).max().orElse(1));
        int height = lines.size() * (BAR_HEIGHT + 6) + 10;
        page.append(String.format(Locale.ROOT, "<h2>Causes</h2>%n<svg id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\""
                + " width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"Incidents per cause\">%n",
                LABEL_WIDTH + CHART_WIDTH + 120, height));
        int y = 5;
        for (Tally.Line line : lines) {
            int width = (int) Math.round((double) CHART_WIDTH * line.count() / most);
            String colour = isCause(line) ? "#3b73b9" : "#999";
            page.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                    LABEL_WIDTH - 8, y + 16, escape(line.cause())))
                    .append(String.format(Locale.ROOT, "<rect class=\"bar\" data-cause=\"%s\" data-count=\"%d\" "
                            + "x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s: %d</title></rect>%n",
                            escape(line.cause()), line.count(), LABEL_WIDTH, y, Math.max(width, 1), BAR_HEIGHT, colour,
                            escape(line.cause()), line.count()))
                    .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%d (%.1f%%)</text>%n",
                            LABEL_WIDTH + Math.max(width, 1) + 6, y + 16, line.count(), tally.share(line.count())));
            y += BAR_HEIGHT + 6;
        }
        page.append("</svg>\n");
    }

    private void table(StringBuilder page, Tally tally, List<Tally.Line> lines) {
        page.append("<table id=\"causes\">\n<tr><th>Cause</th><th>Title</th><th>Incidents</th><th>Share</th>")
                .append("<th>Remedy</th></tr>\n");
        for (Tally.Line line : lines) {
            page.append("<tr><td><code>").append(escape(line.cause())).append("</code></td><td>")
                    .append(isCause(line) ? escape(remedies.title(line.cause())) : "").append("</td>")
                    .append(String.format(Locale.ROOT, "<td class=\"n\">%d</td><td class=\"n\">%.1f%%</td>",
                            line.count(), tally.share(line.count())))
                    .append("<td>");
            if (isCause(line)) {
                page.append("<a href=\"#remedy-").append(escape(line.cause())).append("\">")
                        .append(remedies.of(line.cause()).size()).append(" steps</a>");
            }
            page.append("</td></tr>\n");
        }
        page.append("</table>\n");
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
