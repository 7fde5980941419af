package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputFormatTest {
    @Test
    void theNameTellsTheFormatByItsExtensionAfterGzip() {
        assertEquals(Optional.of(InputFormat.JSON_LINES), InputFormat.ofName("feed.JSONL.gz"));
        assertEquals(Optional.of(InputFormat.JSON_LINES), InputFormat.ofName("feed.ndjson"));
        assertEquals(Optional.of(InputFormat.HTML), InputFormat.ofName("page.htm"));
        assertEquals(Optional.of(InputFormat.TEXT), InputFormat.ofName("story.text.gz"));
    }

    @Test
    void otherNamesTellNone() {
        for (String name : new String[] {"report.pdf", "notes", "page.html.bak", "archive.gz", "jsonl"}) {
            assertEquals(Optional.empty(), InputFormat.ofName(name), name);
        }
    }
}
