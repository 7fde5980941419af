package dev.lede.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.lede.internal.index.LedeAnalyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class LedeQueryParserTest {
    /** Nested boosted groups defeat Lucene's skipping of articles that cannot reach the top; one flat disjunction does not. */
    @Test
    void plainWordsAreOneFlatDisjunctionOfBoostedFieldTerms() {
        LedeQueryParser.Parsed parsed = LedeQueryParser.parse("ceasefire hostages", new LedeAnalyzer());
        BooleanQuery words = assertInstanceOf(BooleanQuery.class, parsed.words());
        assertEquals(6, words.clauses().size(), words.toString()); // two words in title, body and names
        for (BooleanClause clause : words.clauses()) {
            assertEquals(BooleanClause.Occur.SHOULD, clause.occur());
            BoostQuery boosted = assertInstanceOf(BoostQuery.class, clause.query(), words.toString());
            assertInstanceOf(TermQuery.class, boosted.getQuery(), words.toString());
        }
    }
}
