package org.chantilly.console.auditor;

import java.math.BigDecimal;
import java.util.List;

/**
 * A Chart.js configuration for PrimeFaces' {@code p:chart} (Chart.js 4), written as JSON: bars or lines, one data set
 * per series, without animation. The configuration lands in a script, so every text is escaped, {@code <} included.
 */
final class ChartConfig {

    /** Series colours with at least 3:1 contrast on white (WCAG 2.2 non-text contrast). */
    static final List<String> COLOURS = List.of("#0b5cad", "#b35900", "#1c6b34", "#7a2e8e", "#b00020", "#006d77",
            "#5c5c00", "#4a5360");

    /** Point shapes, so that lines differ by more than their colour. */
    static final List<String> POINTS = List.of("circle", "rect", "triangle", "rectRot", "crossRot", "star",
            "rectRounded", "cross");

    /** One series: its name and a value per label ({@code null} where there is none). */
    record Series(String name, List<? extends Number> values) {
    }

    private ChartConfig() {
    }

    /**
     * @param type    {@code bar} or {@code line}
     * @param stacked bars of the series on top of each other
     * @param percent values are shares from 0 to 1, shown as percentages on an axis from 0 to 100 %
     */
    static String of(String type, List<String> labels, List<Series> series, boolean stacked, boolean percent) {
        StringBuilder json = new StringBuilder(512);
        json.append("{\"type\":").append(text(type)).append(",\"data\":{\"labels\":[");
        for (int i = 0; i < labels.size(); i++) {
            json.append(i == 0 ? "" : ",").append(text(labels.get(i)));
        }
        json.append("],\"datasets\":[");
        for (int i = 0; i < series.size(); i++) {
            String colour = text(COLOURS.get(i % COLOURS.size()));
            json.append(i == 0 ? "" : ",").append("{\"label\":").append(text(series.get(i).name())).append(",\"data\":[");
            List<? extends Number> values = series.get(i).values();
            for (int v = 0; v < values.size(); v++) {
                Number value = values.get(v);
                json.append(v == 0 ? "" : ",");
                if (value == null) {
                    json.append("null");
                } else if (percent) {
                    json.append(new BigDecimal(value.toString()).movePointRight(2).stripTrailingZeros().toPlainString());
                } else {
                    json.append(value.longValue());
                }
            }
            json.append("],\"backgroundColor\":").append(colour).append(",\"borderColor\":").append(colour)
                    .append(",\"borderWidth\":2,\"spanGaps\":true,\"pointRadius\":5,\"pointStyle\":")
                    .append(text(POINTS.get(i % POINTS.size()))).append('}');
        }
        json.append("]},\"options\":{\"animation\":false,\"maintainAspectRatio\":false,\"scales\":{\"x\":{\"stacked\":")
                .append(stacked).append("},\"y\":{\"beginAtZero\":true,\"stacked\":").append(stacked)
                .append(percent ? ",\"max\":100,\"ticks\":{\"stepSize\":20}}" : ",\"ticks\":{\"precision\":0}}")
                .append("},\"plugins\":{\"legend\":{\"position\":\"bottom\",\"labels\":{\"usePointStyle\":true}}}}}");
        return json.toString();
    }

    /** A JSON string; besides quotes, backslashes and controls, {@code <}, {@code >} and {@code &} are escaped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
