package dev.lede.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.Article;
import dev.lede.FacetCount;
import dev.lede.Facets;
import dev.lede.Hit;
import dev.lede.IndexStats;
import dev.lede.Name;
import dev.lede.NameMentions;
import dev.lede.NameScores;
import dev.lede.NameType;
import dev.lede.Origin;
import dev.lede.ParseResult;
import dev.lede.RankingScores;
import dev.lede.SearchResults;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON documents lede prints with {@code --json}; the README shows each. One shape per concept
 * wherever it appears (a name, a name or source count, a location), and every key always present,
 * {@code null} when unknown or not asked for.
 */
final class JsonOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonOutput() {}

    /**
     * {@code {"query":..., "total":N, "total_exact":true, "hits":[...], "facets":{...} or null, "suggestion":... or null}};
     * a hit's {@code path} and {@code line} say which file (and JSON Lines line) it was indexed from, null when unknown;
     * its {@code copies} are the other matches that are near-copies of it ({@link #copies}), empty when none;
     * the suggestion is the query spelt as the index knows it, when it matches little.
     */
    static String results(SearchResults results, Facets facets, String suggestion) throws JsonProcessingException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("query", results.query());
        document.put("total", results.total());
        document.put("total_exact", results.totalExact());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (Hit hit : results.hits()) {
            Map<String, Object> entry = hit(hit, true);
            entry.put("copies", copies(hit.copies()));
            hits.add(entry);
        }
        document.put("hits", hits);
        document.put("facets", facets == null ? null : facets(facets, null));
        document.put("suggestion", suggestion);
        return JSON.writeValueAsString(document);
    }

    /**
     * {@code lede similar}: {@code {"id":..., "title":..., "total":N, "total_exact":true, "hits":[...]}}, the hits in
     * the shape of a search's, the article asked about left out.
     */
    static String similar(Article article, SearchResults similar) throws JsonProcessingException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", article.id());
        document.put("title", article.title());
        document.put("total", similar.total());
        document.put("total_exact", similar.totalExact());
        document.put("hits", similar.hits().stream().map(hit -> hit(hit, true)).toList());
        return JSON.writeValueAsString(document);
    }

    /**
     * One hit: {@code {"rank", "score", "id", "title", "source", "link", "path", "line", "published", "author", "snippet",
     * "names"}}; the snippet null if not asked for.
     */
    static Map<String, Object> hit(Hit hit, boolean snippet) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("rank", hit.rank());
        entry.put("score", hit.score());
        entry.put("id", hit.id());
        entry.put("title", hit.title());
        entry.put("source", hit.source());
        entry.put("link", hit.link());
        entry.putAll(location(hit.origin()));
        entry.put("published", date(hit.article().published()));
        entry.put("author", emptyToNull(hit.article().author()));
        entry.put("snippet", snippet ? hit.snippet().marked("**", "**") : null);
        entry.put("names", names(hit.names()));
        return entry;
    }

    /** Near-copies: {@code [{"id", "title", "source", "path", "line"}]}. */
    static List<Map<String, Object>> copies(List<dev.lede.Copy> copies) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (dev.lede.Copy copy : copies) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", copy.id());
            entry.put("title", copy.title());
            entry.put("source", copy.source());
            entry.putAll(location(copy.origin()));
            out.add(entry);
        }
        return out;
    }

    /** One article as read from its input: {@code {"path":..., "line":N or null, "id":..., "title":..., ...}}. */
    static String parsed(ParseResult.Located located) throws JsonProcessingException {
        return JSON.writeValueAsString(article(location(located), located.article()));
    }

    /**
     * One indexed article, in the shape of {@link #parsed}: {@code path} and {@code line} say where it was indexed from,
     * null when unknown; then its near-copies in the index ({@link #copies}).
     */
    static String article(Article article, Origin origin, List<dev.lede.Copy> copies) throws JsonProcessingException {
        Map<String, Object> entry = article(location(origin), article);
        entry.put("copies", copies(copies));
        return JSON.writeValueAsString(entry);
    }

    private static Map<String, Object> article(Map<String, Object> entry, Article article) {
        entry.put("id", article.id());
        entry.put("title", article.title());
        entry.put("link", article.link());
        entry.put("source", article.source());
        entry.put("published", date(article.published()));
        entry.put("author", emptyToNull(article.author()));
        entry.put("names", names(article.names()));
        entry.put("body", article.body());
        return entry;
    }

    /** The names of one article: {@code {"path":..., "line":..., "id":..., "title":..., "names":[{"name", "type", "mentions", "aliases", "positions":[{"in", "start", "end"}]}]}}. */
    static String mentions(ParseResult.Located located, List<NameMentions> names) throws JsonProcessingException {
        Map<String, Object> entry = location(located);
        entry.put("id", located.article().id());
        entry.put("title", located.article().title());
        List<Map<String, Object>> out = new ArrayList<>();
        for (NameMentions name : names) {
            Map<String, Object> mention = new LinkedHashMap<>();
            mention.put("name", name.name().text());
            mention.put("type", name.name().type().label());
            mention.put("mentions", name.count());
            mention.put("aliases", name.aliases());
            List<Map<String, Object>> positions = new ArrayList<>();
            for (dev.lede.NamePosition position : name.positions()) {
                Map<String, Object> at = new LinkedHashMap<>();
                at.put("in", position.inTitle() ? "title" : "body");
                at.put("start", position.start());
                at.put("end", position.end());
                positions.add(at);
            }
            mention.put("positions", positions);
            out.add(mention);
        }
        entry.put("names", out);
        return JSON.writeValueAsString(entry);
    }

    /**
     * {@code {"articles":N, "person":[{"name":..., "articles":N}], "organization":[...], "place":[...], "source":[...],
     * "published":[{"period":"2024-06", "articles":N}]}};
     * a type left out with {@code only} is {@code null}.
     */
    static Map<String, Object> facets(Facets facets, NameType only) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", facets.articles());
        for (NameType type : NameType.values()) {
            out.put(type.label(), only == null || only == type ? counts(facets.names().get(type)) : null);
        }
        out.put("source", counts(facets.sources()));
        out.put("published", published(facets.published()));
        return out;
    }

    /** Publication months or years: {@code [{"period":"2024-06", "articles":N}, ..., {"period":null, "articles":N}]}, null for the undated. */
    private static List<Map<String, Object>> published(List<FacetCount> counts) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (FacetCount count : counts) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("period", count.value().equals(Facets.NO_DATE) ? null : count.value());
            entry.put("articles", count.articles());
            out.add(entry);
        }
        return out;
    }

    /** {@code {"index":..., "articles":N, "bytes":N, "first_published":..., "last_published":..., "undated":N, "sources":[...], "vectors":...}}; vectors names the model of an index built with them, else null */
    static Map<String, Object> stats(String index, IndexStats stats, String vectors) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("index", index);
        out.put("articles", stats.articles());
        out.put("bytes", stats.bytes() < 0 ? null : stats.bytes()); // null: a SolrCloud collection's nodes keep it
        out.put("first_published", date(stats.firstPublished()));
        out.put("last_published", date(stats.lastPublished()));
        out.put("undated", stats.undated());
        out.put("sources", counts(stats.sources()));
        out.put("vectors", vectors);
        return out;
    }

    /** {@code {"labels":..., "articles":N, "person":{"precision":..., ...}, ..., "overall":{...}}} */
    static Map<String, Object> nameScores(Path labels, NameScores scores) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("labels", labels.toString());
        out.put("articles", scores.articles());
        for (NameType kind : NameType.values()) {
            out.put(kind.label(), scores(scores.byType().get(kind)));
        }
        out.put("overall", scores(scores.overall()));
        return out;
    }

    /** {@code {"index":..., "topics":[{"id", "query", "lede":{...}, "baseline":{...}}], "mean":{...}, "run":..., "tag":...}} */
    static Map<String, Object> ranking(Path index, RankingScores scores, Path run, String tag) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("index", index.toString());
        List<Map<String, Object>> topics = new ArrayList<>();
        for (RankingScores.Topic topic : scores.topics()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", topic.id());
            entry.put("query", topic.query());
            entry.put("lede", scores(topic.lede()));
            entry.put("baseline", scores(topic.baseline()));
            topics.add(entry);
        }
        out.put("topics", topics);
        Map<String, Object> mean = new LinkedHashMap<>();
        mean.put("topics", scores.topics().size());
        mean.put("lede", scores(scores.lede()));
        mean.put("baseline", scores(scores.baseline()));
        out.put("mean", mean);
        out.put("run", run == null ? null : run.toString());
        out.put("tag", run == null ? null : tag);
        return out;
    }

    /**
     * {@code {"index":..., "stories":[{"story", "articles", "precision", "map"}], "mean":{"articles", "stories", "precision", "map"}}}:
     * precision at k, k being the story's other articles.
     */
    static Map<String, Object> similarity(Path index, dev.lede.SimilarityScores scores) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("index", index.toString());
        List<Map<String, Object>> stories = new ArrayList<>();
        for (dev.lede.SimilarityScores.Story story : scores.stories()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("story", story.label());
            entry.put("articles", story.articles());
            entry.put("precision", story.precision());
            entry.put("map", story.averagePrecision());
            stories.add(entry);
        }
        out.put("stories", stories);
        Map<String, Object> mean = new LinkedHashMap<>();
        mean.put("articles", scores.articles());
        mean.put("stories", scores.stories().size());
        mean.put("precision", scores.precision());
        mean.put("map", scores.averagePrecision());
        out.put("mean", mean);
        return out;
    }

    /** {@code {"index":..., "sound":true, "problems":[...]}} */
    static Map<String, Object> check(Path index, List<String> problems) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("index", index.toString());
        out.put("sound", problems.isEmpty());
        out.put("problems", problems);
        return out;
    }

    /** {@code {"error":{"message":..., "code":N}}}: a command that failed, with the sentence and exit code it gave. */
    static String error(String message, int code) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("code", code);
        try {
            return JSON.writeValueAsString(Map.of("error", error));
        } catch (JsonProcessingException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    static String write(Object value) throws JsonProcessingException {
        return JSON.writeValueAsString(value);
    }

    private static Map<String, Object> location(ParseResult.Located located) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("path", located.path());
        entry.put("line", located.line() > 0 ? located.line() : null);
        return entry;
    }

    /** Where an indexed article was read from, as {@link #location(ParseResult.Located)} says it; both null when unknown. */
    private static Map<String, Object> location(Origin origin) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("path", origin == null ? null : origin.path());
        entry.put("line", origin == null || origin.line() == 0 ? null : origin.line());
        return entry;
    }

    private static Map<String, Object> scores(NameScores.Counts counts) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("precision", counts.precision());
        out.put("recall", counts.recall());
        out.put("f1", counts.f1());
        out.put("found", counts.found());
        out.put("wrong", counts.wrong());
        out.put("missed", counts.missed());
        return out;
    }

    private static Map<String, Object> scores(RankingScores.Scores scores) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ndcg10", scores.ndcg10());
        out.put("map", scores.averagePrecision());
        out.put("p10", scores.precision10());
        out.put("recall100", scores.recall100());
        return out;
    }

    /** A name count or source count: {@code {"name":..., "articles":N}}. */
    private static List<Map<String, Object>> counts(List<FacetCount> counts) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (FacetCount count : counts) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", count.value());
            entry.put("articles", count.articles());
            out.add(entry);
        }
        return out;
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

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String date(Object date) {
        return date == null ? null : date.toString();
    }
}
