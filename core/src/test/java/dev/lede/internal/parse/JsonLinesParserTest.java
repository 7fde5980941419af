package dev.lede.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.Article;
import dev.lede.InputFormat;
import dev.lede.InputProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class JsonLinesParserTest {
    private final List<Article> articles = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();

    private final List<Long> lines = new ArrayList<>();

    private void parse(String text) throws Exception {
        parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private void parse(byte[] bytes) throws Exception {
        articles.clear();
        problems.clear();
        lines.clear();
        InputReader.read(new ByteArrayInputStream(bytes), "news.jsonl", "news.jsonl", InputFormat.JSON_LINES, (article, line) -> {
            articles.add(article);
            lines.add(line);
        }, problems::add);
    }

    /** Lines {@code {"title":"<n>","body":"Text <n>."}} for n from 1, with a Latin-1 pound sign in the given lines. */
    private static byte[] linesWithLatin1In(int count, Set<Integer> latin1) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int n = 1; n <= count; n++) {
            out.writeBytes(("{\"title\":\"" + n + "\",\"body\":\"Text " + n + " costs ").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(latin1.contains(n) ? new byte[] {(byte) 0xA3} : "\u00a3".getBytes(StandardCharsets.UTF_8));
            out.writeBytes("5.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private void assertEveryLineRead(int count) {
        assertEquals(count, articles.size());
        for (int n = 1; n <= count; n++) {
            assertEquals(String.valueOf(n), articles.get(n - 1).title());
            assertEquals("Text " + n + " costs \u00a35.", articles.get(n - 1).body());
            assertEquals(n, lines.get(n - 1));
        }
    }

    @Test
    void aLineThatIsNotUtf8IsReadAsWindows1252WithANoticeAndEveryOtherLineIsKept() throws Exception {
        parse(linesWithLatin1In(10, Set.of(3)));
        assertEveryLineRead(10);
        assertEquals(List.of(InputProblem.notice("news.jsonl:3", "not valid UTF-8; read as Windows-1252")), problems);
    }

    @Test
    void aBadByteDeepInALargeFileIsNamedByLineAndCostsNoOtherLine() throws Exception {
        parse(linesWithLatin1In(20_000, Set.of(15_000)));
        assertEveryLineRead(20_000);
        assertEquals(List.of(InputProblem.notice("news.jsonl:15000", "not valid UTF-8; read as Windows-1252")), problems);
    }

    @Test
    void manyLinesNotUtf8GiveTwoNoticesNotOneEach() throws Exception {
        parse(linesWithLatin1In(50, Set.of(4, 9, 20, 50)));
        assertEveryLineRead(50);
        assertEquals(List.of(InputProblem.notice("news.jsonl:4", "not valid UTF-8; read as Windows-1252"),
                InputProblem.notice("news.jsonl", "3 more lines not valid UTF-8; read as Windows-1252")), problems);
    }

    @Property(tries = 200)
    void lineNumbersStayRightWhateverLinesAreBroken(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 2) Integer> kinds)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            switch (kinds.get(i)) {
                case 0 -> out.writeBytes(("{\"body\":\"Line " + (i + 1) + ".\"}").getBytes(StandardCharsets.UTF_8));
                case 1 -> out.writeBytes(new byte[] {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xE9, '"', '}'});
                default -> out.writeBytes(new byte[] {(byte) 0xFF, '{', (byte) 0x80});
            }
            if (kinds.get(i) != 2) {
                expected.add(i + 1L);
            }
            out.writeBytes(i % 2 == 0 ? new byte[] {'\n'} : new byte[] {'\r', '\n'});
        }
        parse(out.toByteArray());
        assertEquals(expected, lines);
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get((int) (lines.get(i) - 1)) == 0) {
                assertEquals("Line " + lines.get(i) + ".", articles.get(i).body());
            } else {
                assertEquals("\u00e9", articles.get(i).body());
            }
        }
    }

    @Test
    void jsonBeyondTheReadersLimitsIsRefusedInPlainWords() throws Exception {
        String deep = "{\"body\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        String longNumber = "{\"body\":\"Text.\",\"id\":" + "7".repeat(2_000) + "}";
        String longName = "{\"body\":\"Text.\",\"" + "n".repeat(60_000) + "\":1}";
        parse("{\"body\":\"First.\"}\n" + deep + "\n" + longNumber + "\n" + longName + "\n{\"body\":\"Last.\"}\n");
        assertEquals(List.of("First.", "Last."), articles.stream().map(Article::body).toList());
        assertEquals(List.of(1L, 5L), lines);
        assertEquals(List.of("news.jsonl:2: JSON nested more than 1,000 levels deep",
                "news.jsonl:3: a number longer than 1,000 digits",
                "news.jsonl:4: a field name longer than 50,000 characters"),
                problems.stream().map(InputProblem::toString).toList());
    }

    @Test
    void readsTheCommonFieldNames() throws Exception {
        parse("""
                {"title":"A","body":"Text a.","url":"https://example.com/a","date":"2024-06-11"}
                {"headline":"B","content":["One.","Two."],"link":"https://example.com/b","published_at":"2024-06-12T08:00:00Z","id":"b-1","authors":["Jane Doe","John Roe"]}
                """);
        assertEquals(List.of(), problems);
        assertEquals(2, articles.size());
        assertEquals(LocalDate.of(2024, 6, 11), articles.get(0).published());
        assertEquals("B", articles.get(1).title());
        assertEquals("One.\n\nTwo.", articles.get(1).body());
        assertEquals("b-1", articles.get(1).id());
        assertEquals(LocalDate.of(2024, 6, 12), articles.get(1).published());
        assertEquals("", articles.get(0).author());
        assertEquals("Jane Doe, John Roe", articles.get(1).author());
    }

    @Test
    void badLinesAreReportedWithTheirLineNumberAndTheRestIsRead() throws Exception {
        parse("""
                {"title":"A","body":"Text a."}
                {"title":"B","body":
                [1,2]
                {"title":"C"}
                {"title":"D","body":{"x":1}}
                {"title":"E","body":"Text e.","date":"last Tuesday"}

                {"title":"F","body":"Text f."}
                """);
        assertEquals(List.of("A", "F"), articles.stream().map(Article::title).toList());
        assertEquals(5, problems.size());
        assertEquals("news.jsonl:2", problems.get(0).location());
        assertTrue(problems.get(0).reason().startsWith("not valid JSON: "), problems.get(0).reason());
        assertEquals("news.jsonl:3: not a JSON object", problems.get(1).toString());
        assertTrue(problems.get(2).reason().startsWith("no article text"));
        assertEquals("news.jsonl:5: field body holds an object, not text", problems.get(3).toString());
        assertTrue(problems.get(4).reason().contains("not an ISO date"));
    }

    @Test
    void aHugeLineIsSkippedAndTheNextOneRead() throws Exception {
        String huge = "{\"title\":\"x\",\"body\":\"" + "a".repeat(JsonLinesParser.MAX_LINE_BYTES + 10) + "\"}";
        parse(huge + "\r\n{\"title\":\"After\",\"body\":\"Text.\"}\r\n");
        assertEquals(List.of("After"), articles.stream().map(Article::title).toList());
        assertEquals(1, problems.size());
        assertEquals("news.jsonl:1: line larger than 16 MB, too large for one article", problems.get(0).toString());
        assertEquals(List.of(2L), lines);
    }

    @Property
    void neverThrowsOnArbitraryText(@ForAll String text) throws Exception {
        parse(text);
    }

    @Property
    void anArticleWrittenAsALineReadsBackEqual(@ForAll String title, @ForAll String body, @ForAll String url,
            @ForAll @IntRange(min = 1, max = 9999) int year, @ForAll @IntRange(min = 1, max = 365) int day,
            @ForAll String author) throws Exception {
        if (body.isBlank()) {
            return;
        }
        Article article = new Article(null, title, body, url, LocalDate.ofYearDay(year, day), List.of(), author);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", article.id());
        line.put("title", article.title());
        line.put("body", article.body());
        line.put("url", article.link());
        line.put("date", article.published().toString());
        line.put("author", article.author());
        parse(new ObjectMapper().writeValueAsString(line) + "\n");
        assertEquals(List.of(), problems);
        assertEquals(List.of(article), articles);
    }
}
