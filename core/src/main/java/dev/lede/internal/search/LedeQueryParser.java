package dev.lede.internal.search;

import dev.lede.InvalidQueryException;
import dev.lede.NameType;
import dev.lede.internal.index.Fields;
import dev.lede.internal.parse.ArticleIds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * Lucene's classic query syntax, shaped for news: plain words search title, body and names at once;
 * {@code "quoted phrases"}, {@code -excluded} words, {@code AND}/{@code OR}, and field filters
 * {@code title:}, {@code body:}, {@code name:}, {@code person:}, {@code organization:}, {@code place:},
 * {@code source:aljazeera.com}, {@code date:[2024-01-01 TO 2024-06-30]} and {@code id:}.
 * Each word's BM25 scores in title, body and names, weighted, add up (a plain sum, which Lucene prunes
 * far better than a best-field disjunction), so articles matching more of the query's words rank above
 * those that match fewer; for several words, articles where they stand close together get a bonus.
 */
public final class LedeQueryParser extends QueryParser {
    private static final String ANY_FIELD = "_text";
    /** Weight of the words appearing close together, for queries of several words. */
    private static final float PROXIMITY = 1.0f;
    private static final int PROXIMITY_SLOP = 4;
    /** The proximity bonus counts the better of title and body, plus a tenth of the other. */
    private static final float PROXIMITY_TIE = 0.1f;
    private static final String FIELD_HELP = "title, body, name, person, organization, place, source, date or id";

    /** Bounds that keep any query's work small: parsing recurses per bracket, and every word costs a clause. */
    static final int MAX_QUERY_CHARS = 10_000;
    static final int MAX_NESTING = 20;

    private final List<String> plainWords = new ArrayList<>();

    public LedeQueryParser(Analyzer analyzer) {
        super(ANY_FIELD, analyzer);
        setDefaultOperator(Operator.OR);
        setAllowLeadingWildcard(false);
        setAutoGeneratePhraseQueries(false);
    }

    /**
     * A parsed query: {@code query} is searched and ranked; {@code words} is the same without the proximity
     * bonus, for snippets, which mark the words anyway (the bonus would make the highlighter check positions).
     */
    public record Parsed(Query query, Query words) {}

    /** The Lucene query for what a user typed; throws {@link InvalidQueryException} with a one-line reason. */
    public static Parsed parse(String userQuery, Analyzer analyzer) {
        LedeQueryParser parser = new LedeQueryParser(analyzer);
        String text = normalizeQuotes(userQuery == null ? "" : userQuery).strip();
        if (text.isEmpty()) {
            throw new InvalidQueryException(userQuery, "The query is empty.");
        }
        if (text.length() > MAX_QUERY_CHARS) {
            throw new InvalidQueryException(userQuery, "The query is longer than " + MAX_QUERY_CHARS + " characters; shorten it.");
        }
        if (nesting(text) > MAX_NESTING) {
            throw new InvalidQueryException(userQuery, "The query nests brackets more than " + MAX_NESTING + " deep; simplify it.");
        }
        try {
            Query words = parser.matchingWhatIsLeft(parser.parse(text));
            return new Parsed(parser.withProximity(words), words);
        } catch (ParseException e) {
            throw new InvalidQueryException(userQuery, explain(e));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException(userQuery, "The query expands to too many terms; make it more specific.");
        } catch (IllegalArgumentException e) {
            // Lucene's term and automaton builders reject some patterns this way.
            throw new InvalidQueryException(userQuery, "The query has a pattern lede cannot use: " + e.getMessage() + ".");
        }
    }

    /** A query made only of exclusions matches everything else. */
    private Query matchingWhatIsLeft(Query query) {
        if (query == null) {
            return new BooleanQuery.Builder().build();
        }
        if (query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            bool.clauses().forEach(builder::add);
            return builder.build();
        }
        return query;
    }

    /** For several plain words, a bonus for articles where they stand close together. */
    private Query withProximity(Query words) throws ParseException {
        if (plainWords.size() < 2) {
            return words;
        }
        String phrase = String.join(" ", plainWords);
        List<Query> near = new ArrayList<>();
        for (String field : List.of(Fields.TITLE, Fields.BODY)) {
            Query q = super.getFieldQuery(field, phrase, PROXIMITY_SLOP);
            if (q != null) {
                near.add(q);
            }
        }
        if (near.isEmpty()) {
            return words;
        }
        return new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.MUST)
                .add(new BoostQuery(new DisjunctionMaxQuery(near, PROXIMITY_TIE), PROXIMITY), BooleanClause.Occur.SHOULD)
                .build();
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
        if (field.equals(ANY_FIELD)) {
            if (!quoted) {
                plainWords.add(text);
            }
            return anyField(f -> super.getFieldQuery(f, text, quoted));
        }
        String target = field(field);
        return switch (target) {
            case Fields.SOURCE -> source(ArticleIds.sourceOf(text), TermQuery::new);
            case Fields.ID -> new TermQuery(new Term(Fields.ID, text));
            case Fields.PUBLISHED -> dateRange(text, text, true, true);
            default -> super.getFieldQuery(target, text, quoted);
        };
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
        if (field.equals(ANY_FIELD)) {
            return anyField(f -> super.getFieldQuery(f, text, slop));
        }
        String target = field(field);
        return target.equals(Fields.SOURCE) ? source(ArticleIds.sourceOf(text), TermQuery::new) : super.getFieldQuery(target, text, slop);
    }

    @Override
    protected Query getPrefixQuery(String field, String text) throws ParseException {
        if (field.equals(ANY_FIELD)) {
            return anyField(f -> super.getPrefixQuery(f, text));
        }
        String target = field(field);
        return target.equals(Fields.SOURCE) ? source(ArticleIds.site(text), PrefixQuery::new) : super.getPrefixQuery(target, text);
    }

    @Override
    protected Query getWildcardQuery(String field, String text) throws ParseException {
        if (text.equals("*")) {
            return new MatchAllDocsQuery();
        }
        if (field.equals(ANY_FIELD)) {
            return anyField(f -> super.getWildcardQuery(f, text));
        }
        String target = field(field);
        return target.equals(Fields.SOURCE) ? source(ArticleIds.site(text), WildcardQuery::new) : super.getWildcardQuery(target, text);
    }

    @Override
    protected Query getRegexpQuery(String field, String text) throws ParseException {
        throw new ParseException("regular expressions are not supported; quote a slash to search for it");
    }

    @Override
    protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
        if (field.equals(ANY_FIELD)) {
            return anyField(f -> super.getFuzzyQuery(f, text, similarity));
        }
        String target = field(field);
        if (target.equals(Fields.SOURCE)) {
            throw new ParseException("fuzzy matching (~) works on words, not on sources: source:aljazeera.com or source:aljazeera*");
        }
        return super.getFuzzyQuery(target, text, similarity);
    }

    @Override
    protected Query getRangeQuery(String field, String from, String to, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        if (!field(field).equals(Fields.PUBLISHED)) {
            throw new ParseException("ranges work on dates only: date:[2024-01-01 TO 2024-06-30]");
        }
        return dateRange(from, to, startInclusive, endInclusive);
    }

    /** Articles from the sources the host (or host pattern) names; a source is a facet value, searched by its drill-down term. */
    private static Query source(String host, Function<Term, Query> query) {
        return host.isEmpty() ? new MatchNoDocsQuery("no source") : query.apply(Fields.sourceTerm(host));
    }

    private Query dateRange(String from, String to, boolean startInclusive, boolean endInclusive) throws ParseException {
        int low = from.equals("*") ? Integer.MIN_VALUE : day(from, false);
        int high = to.equals("*") ? Integer.MAX_VALUE : day(to, true);
        if (!startInclusive && low != Integer.MIN_VALUE) {
            low++;
        }
        if (!endInclusive && high != Integer.MAX_VALUE) {
            high--;
        }
        return IntPoint.newRangeQuery(Fields.PUBLISHED, low, high);
    }

    /** 2024-06-11 as 20240611; a year or a month alone covers all of it. */
    private static int day(String text, boolean endOfPeriod) throws ParseException {
        try {
            String[] parts = text.split("-");
            LocalDate date = switch (parts.length) {
                case 1 -> LocalDate.of(Integer.parseInt(parts[0]), endOfPeriod ? 12 : 1, endOfPeriod ? 31 : 1);
                case 2 -> {
                    LocalDate first = LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 1);
                    yield endOfPeriod ? first.withDayOfMonth(first.lengthOfMonth()) : first;
                }
                default -> LocalDate.parse(text);
            };
            return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new ParseException("\"" + text + "\" is not a date like 2024-06-11, 2024-06 or 2024");
        }
    }

    private interface PerField {
        Query on(String field) throws ParseException;
    }

    private Query anyField(PerField perField) throws ParseException {
        BooleanQuery.Builder sum = new BooleanQuery.Builder();
        boolean any = false;
        for (Map.Entry<String, Float> searched : Fields.SEARCHED.entrySet()) {
            Query q = perField.on(searched.getKey());
            if (q != null) {
                addBoosted(sum, q, searched.getValue());
                any = true;
            }
        }
        return any ? sum.build() : null;
    }

    /**
     * Several words in one field come as a plain disjunction; boosting its clauses one by one, not the group, gives
     * the same scores and lets Lucene merge all fields' words into one disjunction, whose skipping of articles that
     * cannot reach the top works far better than over nested groups (two common words: 2.4 ms to 0.5 ms at a
     * million articles).
     */
    private static void addBoosted(BooleanQuery.Builder sum, Query q, float boost) {
        if (q instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0
                && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) {
            bool.clauses().forEach(c -> sum.add(new BoostQuery(c.query(), boost), BooleanClause.Occur.SHOULD));
        } else {
            sum.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
        }
    }

    /** The index field a user's field name stands for. */
    private static String field(String userField) throws ParseException {
        String name = userField.toLowerCase(Locale.ROOT);
        switch (name) {
            case "title", "headline":
                return Fields.TITLE;
            case "body", "text":
                return Fields.BODY;
            case "name", "names":
                return Fields.NAMES;
            case "organisation", "org":
                return Fields.names(NameType.ORGANIZATION);
            case "source", "site":
                return Fields.SOURCE;
            case "date", "published":
                return Fields.PUBLISHED;
            case "id":
                return Fields.ID;
            default:
                NameType type = NameType.fromLabel(name);
                if (type != null) {
                    return Fields.names(type);
                }
                throw new ParseException("unknown field \"" + userField + ":\" (fields are " + FIELD_HELP + ")");
        }
    }

    private static int nesting(String text) {
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ')') {
                depth--;
            }
        }
        return deepest;
    }

    private static String normalizeQuotes(String query) {
        // Terminals and word processors turn quotes curly; slashes would start a regular expression ("9/11").
        return query.replace('“', '"').replace('”', '"').replace('„', '"').replace("/", "\\/");
    }

    /** One plain sentence for a parse error. */
    static String explain(ParseException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IndexSearcher.TooManyClauses) {
            return "The query expands to too many terms; make it more specific.";
        }
        if (cause instanceof ParseException ours && ours.currentToken == null && ours.getMessage() != null) {
            return "The query is invalid: " + ours.getMessage() + ".";
        }
        if (cause instanceof ParseException syntax && syntax.currentToken != null) {
            Token bad = syntax.currentToken.next;
            if (bad == null || bad.kind == 0) {
                return "The query ends too early: something after AND, OR, NOT, a field name or an opening bracket is missing.";
            }
            return "The query has \"" + bad.image + "\" where it makes no sense (at character " + bad.beginColumn + ").";
        }
        if (cause instanceof TokenMgrError) {
            return "The query has an unclosed quote or an unfinished term.";
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Cannot parse")) {
            return "The query could not be understood.";
        }
        return "The query is invalid: " + message + ".";
    }
}
