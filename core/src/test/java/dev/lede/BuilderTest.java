package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each instance keeps its own options: name finder, commit policy, what searches see, read-only. */
class BuilderTest {
    @TempDir
    Path temp;

    private static final Article REPORT = Article.of("Zorblax visits Galway", "Zorblax met the mayor of Galway on Monday.",
            "https://example.com/zorblax");

    /** Every word "Zorblax" is a person; nothing else is a name. */
    private static final NameFinder ZORBLAX = (title, body) -> (title + " " + body).contains("Zorblax")
            ? List.of(new NameMentions(new Name("Zorblax", NameType.PERSON), 2, List.of()))
            : List.of();

    @Test
    void twoInstancesWithOtherNameFindersDoNotAffectEachOther() throws Exception {
        try (Lede own = Lede.builder(temp.resolve("own")).nameFinder(ZORBLAX).open();
                Lede none = Lede.builder(temp.resolve("none")).nameFinder(NameFinder.none()).open();
                Lede standard = Lede.open(temp.resolve("standard"))) {
            own.add(REPORT);
            none.add(REPORT);
            standard.add(REPORT);
            assertEquals(List.of(new Name("Zorblax", NameType.PERSON)), own.get(REPORT.id()).orElseThrow().names());
            assertEquals(List.of(), none.get(REPORT.id()).orElseThrow().names());
            List<Name> lede = standard.get(REPORT.id()).orElseThrow().names();
            assertTrue(lede.contains(new Name("Galway", NameType.PLACE)), lede.toString());
            assertEquals(1, own.search("person:Zorblax").total());
            assertEquals(0, none.search("person:Zorblax").total());
        }
        // The finder is the instance's: a later default instance names the same article as lede does.
        try (Lede again = Lede.open(temp.resolve("again"))) {
            again.add(REPORT);
            assertTrue(again.get(REPORT.id()).orElseThrow().names().contains(new Name("Galway", NameType.PLACE)));
        }
    }

    @Test
    void anotherFinderNamesUnchangedArticlesAnew() throws Exception {
        Path index = temp.resolve("index");
        try (Lede lede = Lede.builder(index).nameFinder(NameFinder.none()).open()) {
            assertEquals(Change.ADDED, lede.add(REPORT));
            assertEquals(Change.UNCHANGED, lede.add(REPORT));
        }
        try (Lede lede = Lede.builder(index).nameFinder(ZORBLAX).open()) {
            assertEquals(Change.UPDATED, lede.add(REPORT));
            assertEquals(Change.UNCHANGED, lede.add(REPORT));
        }
    }

    @Test
    void addsAreCommittedByThePolicyOfTheirInstance() throws Exception {
        Path index = temp.resolve("index");
        try (Lede writer = Lede.builder(index).nameFinder(NameFinder.none()).commitEvery(3, Duration.ofDays(1)).open()) {
            for (int i = 0; i < 7; i++) {
                writer.add(Article.of("Report " + i, "Harbour report " + i + ".", "https://example.com/" + i));
            }
            // Another reader of the directory sees the commits alone: two of three articles each.
            try (Lede reader = Lede.builder(index).readOnly(true).refreshEvery(Duration.ZERO).open()) {
                assertEquals(6, reader.size());
            }
        }
    }

    @Test
    void withoutReadYourWritesAnInstancesOwnWritesAreSeenAfterTheRefreshIntervalOrACommit() throws Exception {
        Article second = Article.of("Zorblax leaves Galway", "Zorblax left on Tuesday.", "https://example.com/zorblax/2");
        try (Lede lede = Lede.builder(temp.resolve("lagging")).nameFinder(NameFinder.none()).readYourWrites(false)
                .refreshEvery(Duration.ofDays(1)).open()) {
            lede.add(REPORT);
            assertEquals(1, lede.search("Zorblax").total());
            lede.add(second);
            assertEquals(1, lede.search("Zorblax").total(), "not yet: the view is younger than the interval");
            lede.commit();
            assertEquals(2, lede.search("Zorblax").total(), "a commit is seen at once");
        }
        try (Lede lede = Lede.builder(temp.resolve("seeing")).nameFinder(NameFinder.none()).refreshEvery(Duration.ofDays(1)).open()) {
            lede.add(REPORT);
            assertEquals(1, lede.search("Zorblax").total());
            lede.add(second);
            assertEquals(2, lede.search("Zorblax").total(), "by default every write is seen by the next search");
        }
    }

    @Test
    void aReadOnlyInstanceRefusesWritesAndTakesNoLock() throws Exception {
        Path index = temp.resolve("index");
        try (Lede writer = Lede.builder(index).nameFinder(NameFinder.none()).open()) {
            writer.add(REPORT);
            writer.commit();
            // The writer holds the lock; a read-only instance opens and searches anyway.
            try (Lede reader = Lede.builder(index).readOnly(true).open()) {
                assertEquals(1, reader.search("Zorblax").total());
                IllegalStateException refused = assertThrows(IllegalStateException.class, () -> reader.add(REPORT));
                assertEquals("This index was opened read-only; open it without readOnly to write to it.", refused.getMessage());
                assertThrows(IllegalStateException.class, () -> reader.remove(REPORT.id()));
                assertThrows(IllegalStateException.class, reader::commit);
            }
        }
        try (Lede reader = Lede.builder(temp.resolve("missing")).readOnly(true).open()) {
            assertEquals(0, reader.size());
        }
        assertTrue(Files.notExists(temp.resolve("missing")));
    }

    @Test
    void badOptionsAreRefused() {
        Lede.Builder builder = Lede.builder(temp);
        assertThrows(IllegalArgumentException.class, () -> builder.commitEvery(0, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> builder.refreshEvery(Duration.ofSeconds(-1)));
    }
}
