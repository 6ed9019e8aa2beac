package org.chantilly.console.auditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The Chart.js configurations: one data set per series, shares as percentages, nothing that could end a script. */
class ChartConfigTest {

    @Test
    void writesOneDataSetPerSeriesWithPercentagesAndGaps() {
        String json = ChartConfig.of("line", List.of("Week of 9 Nov", "Week of 16 Nov"),
                List.of(new ChartConfig.Series("HAM", Arrays.asList(new BigDecimal("0.5000"), null)),
                        new ChartConfig.Series("STO", List.of(BigDecimal.ONE, BigDecimal.ZERO))), false, true);

        assertThat(json).startsWith("{\"type\":\"line\",\"data\":{\"labels\":[\"Week of 9 Nov\",\"Week of 16 Nov\"],")
                .contains("{\"label\":\"HAM\",\"data\":[50,null],\"backgroundColor\":\"#0b5cad\"",
                        "{\"label\":\"STO\",\"data\":[100,0],", "\"max\":100")
                .endsWith("}}}}");
        assertThat(json.chars().filter(c -> c == '{').count()).isEqualTo(json.chars().filter(c -> c == '}').count());
    }

    @Test
    void escapesWhatCouldCloseTheScriptItLandsIn() {
        String json = ChartConfig.of("bar", List.of("</script><b> \"x\" \\"), List.of(new ChartConfig.Series("a&b",
                List.of(1))), true, false);
        assertThat(json).doesNotContain("<", ">", "&")
                .contains("\"\\u003c/script\\u003e\\u003cb\\u003e \\\"x\\\" \\\\\"", "\"data\":[1]", "\"stacked\":true");
    }
}
