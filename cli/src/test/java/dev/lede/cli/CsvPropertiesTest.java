package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;

/** Whatever a field holds, a CSV reader reads back the very fields written. */
class CsvPropertiesTest {
    @Property
    void everyFieldRoundTrips(@ForAll @Size(min = 1, max = 6) List<@Chars({',', '"', '\n', '\r', ' ', 'a', 'é', ';'}) String> fields) {
        assertEquals(List.of(fields), CsvRecords.parse(ExportOutput.row(fields)));
    }

    @Property
    void anyTextRoundTrips(@ForAll @Size(min = 1, max = 4) List<String> fields) {
        assertEquals(List.of(fields), CsvRecords.parse(ExportOutput.row(fields)));
    }
}
