package dev.lede.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.InvalidQueryException;
import dev.lede.internal.index.Fields;
import dev.lede.internal.index.LedeAnalyzer;
import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class LedeQueryParserTest {
    /**
     * Nested boosted groups defeat Lucene's skipping of articles that cannot reach the top; one flat disjunction of
     * plain terms, over the field of headline and text together, does not.
     */
    @Test
    void plainWordsAreEachScoredOnceOverHeadlineAndText() {
        LedeQueryParser.Parsed parsed = LedeQueryParser.parse("ceasefire hostages", new LedeAnalyzer());
        BooleanQuery words = assertInstanceOf(BooleanQuery.class, parsed.words());
        assertEquals(2, words.clauses().size(), words.toString()); // one clause a word, not one a word and field
        for (BooleanClause clause : words.clauses()) {
            assertEquals(BooleanClause.Occur.SHOULD, clause.occur());
            TermQuery term = assertInstanceOf(TermQuery.class, clause.query(), words.toString());
            assertEquals(dev.lede.internal.index.Fields.WORDS, term.getTerm().field());
        }
    }

    private static Query parse(String query) {
        return LedeQueryParser.parse(query, new LedeAnalyzer()).words();
    }

    private static String refusal(String query) {
        return assertThrows(InvalidQueryException.class, () -> LedeQueryParser.parse(query, new LedeAnalyzer()), query).getMessage();
    }

    @Test
    void typedNameFiltersTakePhrases() {
        for (String type : List.of("person", "organization", "organisation", "org", "place")) {
            String field = Fields.names(dev.lede.NameType.fromLabel(type.startsWith("org") ? "organization" : type));
            String query = parse(type + ":\"Alex Ferguson\"").toString();
            assertTrue(query.contains(field + ":\"alex ferguson\""), query);
        }
        assertTrue(parse("person:\"Benny Gantz\"~2").toString().contains("names_person:\"benni gantz\"~2"));
    }

    @Test
    void openDateRangesHaveOpenEndsAndExclusiveBoundsLeaveOutTheWholePeriod() {
        assertEquals(IntPoint.newRangeQuery(Fields.PUBLISHED, 20040101, Integer.MAX_VALUE), parse("date:[2004-01-01 TO *]"));
        assertEquals(IntPoint.newRangeQuery(Fields.PUBLISHED, Integer.MIN_VALUE, Integer.MAX_VALUE), parse("date:[* TO *]"));
        // Before 2005, and after the whole of 2004: no day falls between 20041231 and 20041232.
        assertEquals(IntPoint.newRangeQuery(Fields.PUBLISHED, Integer.MIN_VALUE, 20050100), parse("date:{* TO 2005}"));
        assertEquals(IntPoint.newRangeQuery(Fields.PUBLISHED, 20041232, Integer.MAX_VALUE), parse("date:{2004 TO *]"));
        assertEquals(IntPoint.newRangeQuery(Fields.PUBLISHED, 20240601, 20240630), parse("date:[2024-06 TO 2024-06]"));
    }

    @Test
    void wordsWithPatternsAreBoundedInLengthAndNumber() {
        String longWord = "word".repeat(750);
        assertTrue(refusal(longWord + "~2").startsWith("Near spellings (~) work on words of up to 20 characters"), refusal(longWord + "~2"));
        assertTrue(refusal("a" + longWord + "*").startsWith("Words with * or ? may be up to 20 characters"));
        assertTrue(refusal("gov~ min* ele?tion hous* bank~").startsWith("The query has more than 4 words with ~, * or ?"));
        parse("gov~ min* ele?tion hous*");
        // Source patterns walk only the sources' terms: long hosts and a leading * are fine.
        parse("source:www.northgateherald.co.uk* site:*.co.uk");
        parse("www.bbc.co.uk/news");
        assertTrue(refusal("date:2024*").startsWith("Dates take no ~, * or ?"), refusal("date:2024*"));
    }

    @Test
    void shortWordsGetFewerEdits() {
        assertEquals(1, fuzzy("abc~2").getMaxEdits());
        assertEquals(0, fuzzy("ab~2").getMaxEdits());
        assertEquals(2, fuzzy("Netanyahu~").getMaxEdits());
    }

    private static FuzzyQuery fuzzy(String query) {
        Query q = parse("title:" + query);
        return assertInstanceOf(FuzzyQuery.class, q instanceof BoostQuery b ? b.getQuery() : q, q.toString());
    }

    @Test
    void refusalsAreOnePlainLineWithPositionsFromOne() {
        assertEquals("The query has \")\" where it makes no sense (at character 4); remove it, or put a backslash before it to search for it.",
                refusal("foo)"));
        // Slashes are escaped before parsing; the position is still the one typed.
        assertTrue(refusal("a/b/c )").contains("(at character 7)"), refusal("a/b/c )"));
        assertTrue(refusal("  foo\nbar )").contains("(at character 11)"), refusal("  foo\nbar )"));
        String bad = refusal("date:\"x\ny\u0007" + "z".repeat(200) + "\"");
        assertFalse(bad.contains("\n") || bad.contains("\u0007"), bad);
        assertTrue(bad.length() < 120, bad);
        assertEquals("A word cannot start with * or ?; put a few letters first, as in cease*, or leave it out.", refusal("*foo"));
        for (String query : List.of("*foo", "?oo", "foo:bar", "http:", "date:x", "title:[a TO b]", "title:", "ceasefire AND",
                "\"open", "x^y", "nosuch:\"Alex Ferguson\"")) {
            String message = refusal(query);
            assertFalse(message.contains("names_") || message.contains("Query") || message.contains("Exception"), message);
            assertTrue(message.endsWith("."), message);
        }
    }

    @Test
    void aPastedLinkSearchesForItsWords() {
        String query = parse("https://www.bbc.co.uk/news/uk-123").toString();
        assertTrue(query.contains("words:www.bbc.co.uk") && query.contains("words:new") && query.contains("words:123"), query);
        assertTrue(parse("source:https://www.bbc.co.uk/news").toString().contains("bbc.co.uk"));
    }

    @Test
    void aQueryOfCommonWordsAloneSaysSo() {
        assertEquals("The query has only common words that lede does not index (the); add a rarer word.", refusal("the"));
        assertEquals("The query has only common words that lede does not index (The, of, to, be); add a rarer word.",
                refusal("The of \"to be\""));
        assertTrue(refusal("title:the -a").startsWith("The query has only common words"));
        parse("the hostages");
    }

    @Test
    void aQueryOfNameFiltersAloneRanksByTheNameInHeadlineAndText() {
        BooleanQuery query = assertInstanceOf(BooleanQuery.class, parse("person:\"Jose Mourinho\" -place:Iraq"));
        assertEquals(BooleanClause.Occur.FILTER, query.clauses().get(0).occur());
        List<Query> ranking = query.clauses().stream().filter(c -> c.occur() == BooleanClause.Occur.SHOULD)
                .map(c -> ((BoostQuery) c.query()).getQuery()).toList();
        // The phrase, and a person's surname alone.
        assertEquals(List.of(new PhraseQuery(Fields.TITLE, "jose", "mourinho"), new PhraseQuery(Fields.WORDS, "jose", "mourinho"),
                new TermQuery(new Term(Fields.TITLE, "mourinho")), new TermQuery(new Term(Fields.WORDS, "mourinho"))), ranking);
        // Other names only as the phrase: "United States" is not "united" or "states".
        assertEquals("#names_place:\"unit state\" (title:\"unit state\")^2.0 (words:\"unit state\")^1.0",
                parse("place:\"United States\"").toString());
        // With words to rank by, the filter stays a filter.
        assertFalse(parse("person:Mourinho Chelsea").toString().startsWith("#"));
    }
}
