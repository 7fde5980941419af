package dev.lede;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the repository's test data lives. */
public final class TestData {
    private TestData() {}

    public static Path root() {
        String configured = System.getProperty("lede.testdata");
        Path root = configured != null ? Path.of(configured) : Path.of("../testdata");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("test data not found at " + root.toAbsolutePath());
        }
        return root;
    }

    public static Path seed() {
        return root().resolve("seed/article-gaza-ceasefire.txt");
    }

    /** The seed and the sample corpus: every article lede ships. */
    public static List<Path> sample() {
        return List.of(root().resolve("seed"), root().resolve("corpus"));
    }
}
