package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hybrid retrieval with a tiny, deterministic embedder: words mapped to a few "meanings". */
class HybridSearchTest {
    /**
     * A vector per meaning: words of one meaning ("fans", "hooligans") share a dimension, as a real model
     * puts them near each other; other words hash into the rest. Stateless, so safe for any thread.
     */
    static final class FakeEmbedder implements Embedder {
        private static final Map<String, Integer> MEANINGS = Map.of("hooligans", 0, "fans", 0, "supporters", 0,
                "earthquake", 1, "quake", 1, "tremor", 1);
        private final String model;

        FakeEmbedder(String model) {
            this.model = model;
        }

        @Override
        public String model() {
            return model;
        }

        @Override
        public int dimension() {
            return 8;
        }

        @Override
        public float[] embed(String text) {
            float[] v = new float[dimension()];
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    v[MEANINGS.getOrDefault(word, 2 + Math.floorMod(word.hashCode(), dimension() - 2))] += 1;
                }
            }
            return v;
        }
    }

    private static final Article FANS = Article.of("Fans clash outside the stadium", "Police separated rival fans after the match.",
            "https://example.com/fans");
    private static final Article QUAKE = Article.of("Quake shakes the coast", "A strong quake shook the coast overnight.",
            "https://example.com/quake");
    private static final Article BUDGET = Article.of("Council passes the budget", "The council passed its budget for next year.",
            "https://example.com/budget");

    @Test
    void aQueryOfPlainWordsFindsArticlesOfItsMeaningWithoutItsWords(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("index");
        try (Lede lede = Lede.builder(index).embedder(new FakeEmbedder("fake-1")).open()) {
            for (Article a : List.of(FANS, QUAKE, BUDGET)) {
                lede.add(a);
            }
            lede.commit();
            SearchResults results = lede.search("hooligans");
            assertFalse(results.hits().isEmpty());
            assertEquals(FANS.id(), results.hits().get(0).id());
            assertEquals(QUAKE.id(), lede.search("tremor").hits().get(0).id());
        }
        // The same articles by words alone: nothing has the word.
        try (Lede words = Lede.open(dir.resolve("plain"))) {
            for (Article a : List.of(FANS, QUAKE, BUDGET)) {
                words.add(a);
            }
            words.commit();
            assertTrue(words.search("hooligans").hits().isEmpty());
        }
    }

    @Test
    void theIndexRecordsItsModelAndRefusesAnotherOrNone(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("index");
        assertEquals(Optional.empty(), Lede.vectorModel(index));
        try (Lede lede = Lede.builder(index).embedder(new FakeEmbedder("fake-1")).open()) {
            lede.add(FANS);
            lede.commit();
        }
        assertEquals(Optional.of("fake-1"), Lede.vectorModel(index));
        IndexUnusableException other = assertThrows(IndexUnusableException.class,
                () -> Lede.builder(index).embedder(new FakeEmbedder("fake-2")).open());
        assertEquals("The index " + index + " keeps vectors of the model fake-1, not of fake-2; open it with that model,"
                + " or index into a new index to use another.", other.getMessage());
        try (Lede without = Lede.open(index)) {
            IndexUnusableException none = assertThrows(IndexUnusableException.class, () -> without.add(QUAKE));
            assertEquals("The index " + index + " keeps vectors of the model fake-1; add articles to it with that model,"
                    + " so that every article has one.", none.getMessage());
            // Searching and removing need no vectors.
            assertEquals(FANS.id(), without.search("fans").hits().get(0).id());
            assertTrue(without.remove(FANS.id()));
            without.commit();
        }
        assertEquals(Optional.of("fake-1"), Lede.vectorModel(index), "removing keeps the record");
    }

    @Test
    void anIndexBuiltWithoutVectorsTakesNoneLater(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("index");
        try (Lede lede = Lede.open(index)) {
            lede.add(FANS);
            lede.commit();
        }
        try (Lede lede = Lede.builder(index).embedder(new FakeEmbedder("fake-1")).open()) {
            IndexUnusableException e = assertThrows(IndexUnusableException.class, () -> lede.add(QUAKE));
            assertEquals("The index " + index + " was built without vectors; to search by meaning too, index the articles"
                    + " into a new index with vectors.", e.getMessage());
            // It is still searched, by words alone.
            assertEquals(FANS.id(), lede.search("fans").hits().get(0).id());
        }
    }

    @Test
    void evaluationRanksWithTheFusion(@TempDir Path dir) throws Exception {
        Path topics = java.nio.file.Files.writeString(dir.resolve("topics.tsv"), "1\thooligans\n");
        Path qrels = java.nio.file.Files.writeString(dir.resolve("qrels.txt"), "1 0 " + FANS.id() + " 2\n");
        try (Lede lede = Lede.builder(dir.resolve("index")).embedder(new FakeEmbedder("fake-1")).open()) {
            for (Article a : List.of(FANS, QUAKE, BUDGET)) {
                lede.add(a);
            }
            lede.commit();
            assertEquals(1.0, lede.evaluate(topics, qrels, null, "t").lede().ndcg10(), 1e-9);
        }
    }

    /**
     * Whatever the articles and the query, a query with an operator keeps to what its words match: the
     * vectors only reorder those articles. And no article comes twice.
     */
    @Property(tries = 40)
    void aQueryWithOperatorsReturnsTheArticlesItMatches(
            @ForAll @Size(min = 1, max = 12) @UniqueElements List<@StringLength(min = 2, max = 4) @CharRange(from = 'q', to = 'v') String> words,
            @ForAll @IntRange(min = 0, max = 1000) int seed) throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("hybrid");
        try {
            java.util.Random random = new java.util.Random(seed);
            Set<String> expected = new HashSet<>();
            String wanted = words.get(0);
            String unwanted = words.get(words.size() - 1);
            try (Lede hybrid = Lede.builder(dir.resolve("h")).embedder(new FakeEmbedder("fake-1")).open();
                    Lede plain = Lede.open(dir.resolve("p"))) {
                for (int i = 0; i < 15; i++) {
                    StringBuilder body = new StringBuilder();
                    for (int w = 0; w < 6; w++) {
                        body.append(words.get(random.nextInt(words.size()))).append(' ');
                    }
                    Article a = Article.of("t" + i, body.toString(), "https://example.com/" + i);
                    hybrid.add(a);
                    plain.add(a);
                }
                hybrid.commit();
                plain.commit();
                String query = wanted.equals(unwanted) ? "+" + wanted : "+" + wanted + " -" + unwanted;
                plain.search(query, 100).hits().forEach(h -> expected.add(h.id()));
                List<String> got = hybrid.search(query, 100).hits().stream().map(Hit::id).toList();
                assertEquals(expected, new HashSet<>(got));
                assertEquals(got.size(), new HashSet<>(got).size());
            }
        } finally {
            try (var files = java.nio.file.Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
