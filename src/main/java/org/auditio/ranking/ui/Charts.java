package org.auditio.ranking.ui;

import java.util.List;
import java.util.Locale;
import org.auditio.ranking.ApplicationFigures;
import org.auditio.ranking.JurorStanding;
import org.auditio.ranking.RankedApplication;
import org.jspecify.annotations.Nullable;

/**
 * Small SVG charts drawn on the server as text (no script library): each juror's distribution of
 * scores, and the spread of scores along the ranking. Each carries a title and a description read
 * by screen readers ({@code role="img"}, {@code aria-labelledby}); the tables beside them hold the
 * same figures.
 */
final class Charts {

    static final int BINS = 10;
    static final int MAX_POINTS = 1000;
    private static final int WIDTH = 720;
    private static final int ROW = 28;
    private static final int LEFT = 48;

    private Charts() {}

    /** One strip per juror: how many of their scores fall in each tenth of the scale. */
    static String distributions(List<JurorStanding> jurors, double min, double max, String title, String description) {
        int height = ROW * jurors.size() + 24;
        StringBuilder svg = open("juror-distributions", height, title, description);
        double barWidth = (WIDTH - LEFT - 8) / (double) BINS;
        for (int j = 0; j < jurors.size(); j++) {
            JurorStanding juror = jurors.get(j);
            int[] counts = histogram(juror.scoreValues(), min, max);
            int highest = java.util.Arrays.stream(counts).max().orElse(0);
            int baseline = ROW * (j + 1);
            text(svg, 4, baseline - 8, juror.label());
            for (int b = 0; b < BINS; b++) {
                double height01 = highest == 0 ? 0 : counts[b] / (double) highest;
                double h = (ROW - 6) * height01;
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"bar\"/>",
                        LEFT + b * barWidth + 1,
                        baseline - h,
                        barWidth - 2,
                        h));
            }
        }
        text(svg, LEFT, height - 4, number(min));
        text(svg, WIDTH - 40, height - 4, number(max));
        return svg.append("</svg>").toString();
    }

    /**
     * Along the ranking (best on the left), each application's lowest to highest juror score as a
     * line, its score as a dot (unless the method's scores are not on the scale, as Borda's points),
     * disputed ones in the accent colour. At most {@link #MAX_POINTS} applications.
     */
    static String spread(
            List<RankedApplication> ranked,
            List<ApplicationFigures> figures,
            double min,
            double max,
            boolean scoresOnScale,
            String title,
            String description) {
        int height = 220;
        StringBuilder svg = open("score-spread", height, title, description);
        int n = Math.min(ranked.size(), MAX_POINTS);
        double step = n == 0 ? 0 : (WIDTH - LEFT - 8) / (double) n;
        for (int i = 0; i < n; i++) {
            ApplicationFigures f = figures.get(i);
            double x = LEFT + step * (i + 0.5);
            String kind = f.disputed() ? "disputed" : "range";
            if (f.low() != null && f.high() != null) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" class=\"%s\"/>",
                        x,
                        x,
                        y(f.low(), min, max, height),
                        y(f.high(), min, max, height),
                        kind));
            }
            Double score = ranked.get(i).score();
            if (scoresOnScale && score != null) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" class=\"score\"/>",
                        x,
                        y(score, min, max, height)));
            }
        }
        text(svg, 4, 16, number(max));
        text(svg, 4, height - 24, number(min));
        return svg.append("</svg>").toString();
    }

    static int[] histogram(List<Double> scores, double min, double max) {
        int[] counts = new int[BINS];
        double width = (max - min) / BINS;
        for (double score : scores) {
            int bin = width <= 0 ? 0 : (int) Math.floor((score - min) / width);
            counts[Math.clamp(bin, 0, BINS - 1)]++;
        }
        return counts;
    }

    private static double y(double value, double min, double max, int height) {
        double usable = height - 40;
        double share = max > min ? (value - min) / (max - min) : 0.5;
        return 12 + usable * (1 - share);
    }

    private static StringBuilder open(String id, int height, String title, String description) {
        return new StringBuilder()
                .append(String.format(
                        Locale.ROOT,
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\""
                                + " aria-labelledby=\"%s-title %s-desc\" class=\"chart\">",
                        WIDTH,
                        height,
                        id,
                        id))
                .append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title><desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
    }

    private static void text(StringBuilder svg, double x, double y, String text) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"axis\">", x, y))
                .append(escape(text))
                .append("</text>");
    }

    private static String number(@Nullable Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
