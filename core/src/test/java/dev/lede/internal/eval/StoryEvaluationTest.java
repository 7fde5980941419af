package dev.lede.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.SimilarityScores;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An article's copies, which similar leaves out, are not expected of it. */
class StoryEvaluationTest {
    private static final Map<String, Set<String>> STORY = Map.of("talks", new LinkedHashSet<>(List.of("a", "b", "c")));

    @Test
    void copiesLeftOutCountNeitherForNorAgainst() throws Exception {
        // a's copy b is left out of a's ranking; b's copy a of b's; c has no copies.
        Map<String, List<String>> rankings = Map.of("a", List.of("c"), "b", List.of("c"), "c", List.of("a", "b"));
        Map<String, Set<String>> copies = Map.of("a", Set.of("b"), "b", Set.of("a"), "c", Set.of());
        SimilarityScores scores = StoryEvaluation.score(STORY, (id, depth) -> rankings.get(id), copies::get);
        assertEquals(1.0, scores.precision(), 1e-12);
        assertEquals(1.0, scores.averagePrecision(), 1e-12);
        SimilarityScores counted = StoryEvaluation.score(STORY, (id, depth) -> rankings.get(id));
        assertEquals((0.5 + 0.5 + 1.0) / 3, counted.precision(), 1e-12);
    }

    @Test
    void anArticleWhoseStoryIsAllItsCopiesIsNotAsked() throws Exception {
        Map<String, Set<String>> pair = Map.of("wire", new LinkedHashSet<>(List.of("a", "b")));
        SimilarityScores scores = StoryEvaluation.score(pair, (id, depth) -> List.of(), id -> Set.of("a", "b"));
        assertEquals(0, scores.articles());
    }
}
