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
    static String results(SearchResults results, dev.lede.Facets facets) throws JsonProcessingException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("query", results.query());
        document.put("total", results.total());
        if (!results.totalExact()) {
            document.put("total_exact", false);
        }
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
        if (facets != null) {
            document.put("facets", facets(facets, null));
        }
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

    /** {@code [{"name":..., "type":..., "count":..., "aliases":[...]}]} */
    static List<Map<String, Object>> mentions(List<dev.lede.NameMentions> names) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (dev.lede.NameMentions name : names) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", name.name().text());
            entry.put("type", name.name().type().label());
            entry.put("count", name.count());
            entry.put("aliases", name.aliases());
            out.add(entry);
        }
        return out;
    }

    /** {@code {"articles":N, "person":[{"name":..., "articles":N}], ..., "source":[...]}} */
    static Map<String, Object> facets(dev.lede.Facets facets, dev.lede.NameType only) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", facets.articles());
        for (dev.lede.NameType type : dev.lede.NameType.values()) {
            if (only == null || only == type) {
                out.put(type.label(), counts(facets.names().get(type)));
            }
        }
        if (only == null) {
            out.put("source", counts(facets.sources()));
        }
        return out;
    }

    private static List<Map<String, Object>> counts(List<dev.lede.FacetCount> counts) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (dev.lede.FacetCount count : counts) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", count.value());
            entry.put("articles", count.articles());
            out.add(entry);
        }
        return out;
    }

    static Map<String, Object> scores(dev.lede.NameScores.Counts counts) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("precision", counts.precision());
        out.put("recall", counts.recall());
        out.put("f1", counts.f1());
        out.put("found", counts.found());
        out.put("wrong", counts.wrong());
        out.put("missed", counts.missed());
        return out;
    }

    static String write(Object value) throws JsonProcessingException {
        return JSON.writeValueAsString(value);
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
