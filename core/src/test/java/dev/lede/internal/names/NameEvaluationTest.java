package dev.lede.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.NameScores;
import dev.lede.NameType;
import dev.lede.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Name extraction against the labelled articles in testdata/names. The floors are the levels reached
 * (rounded down); a change that lowers them fails here.
 */
class NameEvaluationTest {
    private static NameScores scores;

    @BeforeAll
    static void score() throws Exception {
        scores = NameEvaluation.score(TestData.root().resolve("names"), new RuleBasedNameExtractor());
    }

    private static void atLeast(NameScores.Counts counts, double precision, double recall, String what) {
        assertTrue(counts.precision() >= precision, what + " precision " + counts.precision() + " < " + precision);
        assertTrue(counts.recall() >= recall, what + " recall " + counts.recall() + " < " + recall);
    }

    @Test
    void everyLabelledArticleIsScored() {
        assertEquals(61, scores.articles());
    }

    @Test
    void overallPrecisionAndRecallHoldTheirFloors() {
        atLeast(scores.overall(), 0.935, 0.82, "overall");
    }

    @Test
    void eachTypeHoldsItsFloors() {
        atLeast(scores.byType().get(NameType.PERSON), 0.97, 0.95, "person");
        atLeast(scores.byType().get(NameType.ORGANIZATION), 0.88, 0.82, "organization");
        atLeast(scores.byType().get(NameType.PLACE), 0.94, 0.76, "place");
    }

    @Test
    void namesMatchIgnoringCaseAccentsAndPossessives() {
        assertEquals(NameEvaluation.key("Wróblewski’s"), NameEvaluation.key("wroblewski"));
        assertEquals(NameEvaluation.key("The State Department"), NameEvaluation.key("State Department"));
    }
}
