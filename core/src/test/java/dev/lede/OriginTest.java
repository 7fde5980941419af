package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an article was indexed from is kept beside it, and changes neither its id nor whether it changed. */
class OriginTest {
    @TempDir
    Path directory;

    private static final String PLAIN = "Harbour Closes After Storm\n\nThe harbour at Kilmore closed at noon on Tuesday after the storm "
            + "broke two moorings.\n\nFerries will run again on Thursday, the port said.\n";
    private static final String LINES = """
            {"title": "Council Approves Night Buses", "body": "The council approved night buses for the city centre on Monday.", "url": "https://example.com/2024/06/buses"}
            {"title": "Library Opens Late", "body": "The central library will open until ten in the evening from July."}
            """;

    /** Writes the plain-text file and the JSON Lines file under {@code root}. */
    private static Path corpus(Path root) throws Exception {
        Files.createDirectories(root.resolve("sport"));
        Files.writeString(root.resolve("sport/012.txt"), PLAIN);
        Files.writeString(root.resolve("local.jsonl"), LINES);
        return root;
    }

    private static Map<String, Origin> origins(Lede lede, String query) throws Exception {
        return lede.search(query, 10).hits().stream().collect(Collectors.toMap(Hit::title, Hit::origin));
    }

    @Test
    void theFileAndLineRoundTripThroughTheIndex() throws Exception {
        Path files = corpus(directory.resolve("news"));
        Path index = directory.resolve("index");
        try (Lede lede = Lede.open(index)) {
            lede.index(List.of(files), IndexListener.NONE);
        }
        // Read back from the committed index by a new instance: stored, not remembered.
        try (Lede lede = Lede.builder(index).readOnly(true).open()) {
            Map<String, Origin> found = origins(lede, "harbour OR buses OR library");
            String jsonl = files.resolve("local.jsonl").toAbsolutePath().normalize().toString();
            assertEquals(new Origin(files.resolve("sport/012.txt").toAbsolutePath().normalize().toString(), 0),
                    found.get("Harbour Closes After Storm"));
            assertEquals(new Origin(jsonl, 1), found.get("Council Approves Night Buses"));
            assertEquals(new Origin(jsonl, 2), found.get("Library Opens Late"));
            Hit library = lede.search("library", 1).hits().get(0);
            assertEquals(Optional.of(new Origin(jsonl, 2)), lede.origin(library.id()));
            assertEquals(jsonl + ":2", library.origin().location());
            assertEquals(Optional.empty(), lede.origin("no-such-id"));
        }
    }

    @Test
    void anotherPathLeavesTheIdAndTheFirstOriginUntilTheArticleChanges() throws Exception {
        Path first = corpus(directory.resolve("first"));
        Path second = corpus(directory.resolve("second"));
        try (Lede lede = Lede.open(directory.resolve("index"))) {
            lede.index(List.of(first), IndexListener.NONE);
            Hit before = lede.search("harbour", 1).hits().get(0);

            // The same articles from other files: the same ids, found unchanged, nothing written.
            IndexReport again = lede.index(List.of(second), IndexListener.NONE);
            assertEquals(0, again.added() + again.updated());
            assertEquals(3, again.unchanged());
            Hit after = lede.search("harbour", 1).hits().get(0);
            assertEquals(before.id(), after.id());
            assertEquals(before.origin(), after.origin());
            assertTrue(after.origin().path().endsWith(Path.of("first", "sport", "012.txt").toString()), after.origin().path());

            // A changed article (same link, so the same id) is written again, and takes the file it was read from this time.
            Hit buses = lede.search("buses", 1).hits().get(0);
            assertTrue(buses.origin().path().contains("first"), buses.origin().path());
            Files.writeString(second.resolve("local.jsonl"), LINES.replace("on Monday", "on Tuesday"));
            assertEquals(1, lede.index(List.of(second.resolve("local.jsonl")), IndexListener.NONE).updated());
            Hit changed = lede.search("buses", 1).hits().get(0);
            assertEquals(buses.id(), changed.id());
            assertEquals(new Origin(second.resolve("local.jsonl").toAbsolutePath().normalize().toString(), 1), changed.origin());
        }
    }

    @Test
    void articlesAddedFromJavaHaveNoOrigin() throws Exception {
        try (Lede lede = Lede.open(directory.resolve("index"))) {
            Article article = Article.of("Harbour Closes After Storm", "The harbour closed at noon.", "https://example.com/harbour");
            lede.add(article);
            assertNull(lede.search("harbour", 1).hits().get(0).origin());
            assertEquals(Optional.empty(), lede.origin(article.id()));
            assertEquals(Optional.of(article.withNames(lede.get(article.id()).orElseThrow().names())), lede.get(article.id()));
        }
    }
}
