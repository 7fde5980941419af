package dev.lede.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.Hit;
import dev.lede.Name;
import dev.lede.SearchResults;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON documents lede prints with {@code --json}. */
final class JsonOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonOutput() {}

    /** {@code {"query":..., "total":N, "hits":[{"rank":1, "score":..., "id":..., ...}]}} */
    static String results(SearchResults results) throws JsonProcessingException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("query", results.query());
        document.put("total", results.total());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (Hit hit : results.hits()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rank", hit.rank());
            entry.put("score", hit.score());
            entry.put("id", hit.id());
            entry.put("title", hit.title());
            entry.put("source", hit.source());
            entry.put("link", hit.link());
            entry.put("published", hit.article().published() == null ? null : hit.article().published().toString());
            entry.put("snippet", hit.snippet().marked("**", "**"));
            entry.put("names", names(hit.names()));
            hits.add(entry);
        }
        document.put("hits", hits);
        return JSON.writeValueAsString(document);
    }

    /** One article as read from its input: {@code {"path":..., "line":..., "id":..., "title":..., ...}}. */
    static String parsed(dev.lede.ParseResult.Located located) throws JsonProcessingException {
        dev.lede.Article article = located.article();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("path", located.path());
        if (located.line() > 0) {
            entry.put("line", located.line());
        }
        entry.put("id", article.id());
        entry.put("title", article.title());
        entry.put("link", article.link());
        entry.put("source", article.source());
        entry.put("published", article.published() == null ? null : article.published().toString());
        entry.put("names", names(article.names()));
        entry.put("body", article.body());
        return JSON.writeValueAsString(entry);
    }

    private static List<Map<String, String>> names(List<Name> names) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Name name : names) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", name.text());
            entry.put("type", name.type().label());
            out.add(entry);
        }
        return out;
    }
}
