package dev.lede.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.Article;
import dev.lede.InputProblem;
import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class JsonLinesParserTest {
    private final List<Article> articles = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();

    private void parse(String text) throws Exception {
        articles.clear();
        problems.clear();
        JsonLinesParser.parse(new BufferedReader(new StringReader(text)), "news.jsonl", (article, line) -> articles.add(article), problems::add);
    }

    @Test
    void readsTheCommonFieldNames() throws Exception {
        parse("""
                {"title":"A","body":"Text a.","url":"https://example.com/a","date":"2024-06-11"}
                {"headline":"B","content":["One.","Two."],"link":"https://example.com/b","published_at":"2024-06-12T08:00:00Z","id":"b-1"}
                """);
        assertEquals(List.of(), problems);
        assertEquals(2, articles.size());
        assertEquals(LocalDate.of(2024, 6, 11), articles.get(0).published());
        assertEquals("B", articles.get(1).title());
        assertEquals("One.\n\nTwo.", articles.get(1).body());
        assertEquals("b-1", articles.get(1).id());
        assertEquals(LocalDate.of(2024, 6, 12), articles.get(1).published());
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
        String huge = "{\"title\":\"x\",\"body\":\"" + "a".repeat(JsonLinesParser.MAX_LINE_CHARS + 10) + "\"}";
        parse(huge + "\r\n{\"title\":\"After\",\"body\":\"Text.\"}\r\n");
        assertEquals(List.of("After"), articles.stream().map(Article::title).toList());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).toString().startsWith("news.jsonl:1: line longer than 16 million characters"));
    }

    @Property
    void neverThrowsOnArbitraryText(@ForAll String text) throws Exception {
        parse(text);
    }

    @Property
    void anArticleWrittenAsALineReadsBackEqual(@ForAll String title, @ForAll String body, @ForAll String url,
            @ForAll @IntRange(min = 1, max = 9999) int year, @ForAll @IntRange(min = 1, max = 365) int day) throws Exception {
        if (body.isBlank()) {
            return;
        }
        Article article = new Article(null, title, body, url, LocalDate.ofYearDay(year, day), List.of());
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", article.id());
        line.put("title", article.title());
        line.put("body", article.body());
        line.put("url", article.link());
        line.put("date", article.published().toString());
        parse(new ObjectMapper().writeValueAsString(line) + "\n");
        assertEquals(List.of(), problems);
        assertEquals(List.of(article), articles);
    }
}
