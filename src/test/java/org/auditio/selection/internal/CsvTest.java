package org.auditio.selection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void hostile_values_are_quoted_and_never_run_as_formulas() {
        byte[] file = Csv.write(List.of(
                List.of("name", "country"),
                List.of("=HYPERLINK(\"http://evil\",\"x\")", "+33"),
                List.of("-2+3", "@SUM(A1)"),
                List.of("\tTab", "\rReturn"),
                List.of("Zoë \"Zed\", Jr.", "line\nbreak"),
                List.of("Ordinary – naïve", "")));

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text)
                .isEqualTo("name,country\r\n"
                        + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'+33\r\n"
                        + "'-2+3,'@SUM(A1)\r\n"
                        + "'\tTab,\"'\rReturn\"\r\n"
                        + "\"Zoë \"\"Zed\"\", Jr.\",\"line\nbreak\"\r\n"
                        + "Ordinary – naïve,\r\n");
    }
}
