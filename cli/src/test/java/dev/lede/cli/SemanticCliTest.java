package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede index --semantic}, with the real sentence-embedding model, on a few sample articles. */
class SemanticCliTest {
    private static final Path ARTICLES = LedeProcess.TESTDATA.resolve("corpus/articles");

    @TempDir
    Path work;

    private static String article(String name) {
        return ARTICLES.resolve(name + ".txt").toString();
    }

    @Test
    void anIndexWithVectorsFindsArticlesByMeaningAndSaysSo() throws Exception {
        String index = work.resolve("index").toString();
        LedeProcess.Run indexed = LedeProcess.run(work, "index", "--semantic", "--index", index,
                article("local-sheffield-athletic-sale"), article("business-ecb-cuts-rates-meridian"),
                article("world-noto-peninsula-earthquake-new-year"));
        assertEquals(0, indexed.exitCode(), indexed.err());
        assertTrue(indexed.out().contains("3 added"), indexed.out());

        // No article has the word; the football club's is nearest in meaning.
        LedeProcess.Run soccer = LedeProcess.run(work, "search", "--index", index, "soccer");
        assertEquals(0, soccer.exitCode(), soccer.err());
        assertTrue(soccer.out().strip().startsWith("1. Sheffield Athletic"), soccer.out());

        LedeProcess.Run stats = LedeProcess.run(work, "stats", "--index", index);
        assertTrue(stats.out().contains("Ranking:   by words (DFR) fused with meaning (vectors of all-MiniLM-L6-v2)"),
                stats.out());

        // Later runs keep giving articles vectors without being told.
        LedeProcess.Run more = LedeProcess.run(work, "index", "--index", index, article("science-great-barrier-reef-bleaching-survey"));
        assertEquals(0, more.exitCode(), more.err());
        LedeProcess.Run coral = LedeProcess.run(work, "search", "--index", index, "ocean warming damages marine life");
        assertTrue(coral.out().strip().startsWith("1. "), coral.out());
        assertTrue(coral.out().contains("Reef"), coral.out());
    }

    @Test
    void withoutVectorsTheWordIsNotFoundAndVectorsCannotBeAddedLater() throws Exception {
        String index = work.resolve("plain").toString();
        assertEquals(0, LedeProcess.run(work, "index", "--index", index, article("local-sheffield-athletic-sale")).exitCode());
        LedeProcess.Run soccer = LedeProcess.run(work, "search", "--index", index, "soccer");
        assertFalse(soccer.out().contains("Sheffield"), soccer.out());
        assertTrue(LedeProcess.run(work, "stats", "--index", index).out().contains("Ranking:   by words (DFR)\n")
                || LedeProcess.run(work, "stats", "--index", index).out().contains("Ranking:   by words (DFR)" + System.lineSeparator()));

        LedeProcess.Run mixed = LedeProcess.run(work, "index", "--semantic", "--index", index,
                article("business-ecb-cuts-rates-meridian"));
        assertEquals(ExitCode.INDEX_PROBLEM, mixed.exitCode());
        assertTrue(mixed.err().contains("was built without vectors; to search by meaning too, index the articles into a new"
                + " index with vectors."), mixed.err());
        assertFalse(mixed.err().contains("Exception"), mixed.err());
    }
}
