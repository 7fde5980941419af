package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.internal.index.IndexStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexing runs: what counts as the same article, what is kept, what is created, and when it is committed. */
class IndexRunTest {
    @TempDir
    Path work;

    private Path write(String relative, String text) throws IOException {
        Path file = work.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A JSON Lines file of {@code count} distinct articles with page links, numbered from {@code first}. */
    private Path reports(String name, int first, int count) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = first; i < first + count; i++) {
            lines.append("{\"title\":\"Report ").append(i).append("\",\"body\":\"Harbour report number ").append(i)
                    .append(" was published in Galway.\",\"url\":\"https://example.com/reports/").append(i).append("\"}\n");
        }
        return write(name, lines.toString());
    }

    @Test
    void articlesSharingOnlyAHeadlineAreBothKeptAndCopiesAreCountedAndNamed() throws Exception {
        String kilroy = "Kilroy launches 'Veritas' party\n\n";
        write("bbc/politics/111.txt", kilroy + "Robert Kilroy-Silk has launched his own party.\n\nHe said it would be honest.\n");
        write("bbc/politics/293.txt", kilroy + "The new party was launched in London on Wednesday.\n");
        write("bbc/politics/300.txt", kilroy + "Robert Kilroy-Silk has launched his own party.\n\nHe said it would be honest.\n");
        write("bbc/politics/301.txt", kilroy + "Robert Kilroy-Silk has launched   his own party. He said it\nwould be honest.\n");
        Path folder = work.resolve("bbc");
        try (Lede lede = Lede.builder(work.resolve("index")).nameFinder(NameFinder.none()).open()) {
            IndexReport first = lede.index(List.of(folder), IndexListener.NONE);
            assertEquals(List.of(2, 0, 0, 2), List.of(first.added(), first.updated(), first.unchanged(), first.copies()));
            assertEquals(List.of(folder.resolve("politics/300.txt").toString(), folder.resolve("politics/301.txt").toString()),
                    first.copiesNamed());
            assertEquals(2, lede.size());
            assertEquals(2, lede.search("Veritas").total());

            IndexReport again = lede.index(List.of(folder), IndexListener.NONE);
            assertEquals(List.of(0, 0, 2, 2), List.of(again.added(), again.updated(), again.unchanged(), again.copies()));
        }
    }

    @Test
    void onlyALinkSharedWithAnEarlierInputUpdatesAndReadingTheRunAgainUpdatesNothing() throws Exception {
        Path versions = write("versions.jsonl", """
                {"title":"Harbour Closes","body":"The harbour closed at noon.","url":"https://example.com/harbour"}
                {"title":"Harbour Closes Early","body":"The harbour closed at ten.","url":"https://example.com/harbour/"}
                {"title":"Harbour Closes","body":"A different story under the same headline.","url":"www.example.com"}
                """);
        try (Lede lede = Lede.builder(work.resolve("index")).nameFinder(NameFinder.none()).open()) {
            IndexReport first = lede.index(List.of(versions), IndexListener.NONE);
            assertEquals(List.of(2, 1, 0, 0), List.of(first.added(), first.updated(), first.unchanged(), first.copies()));
            IndexReport again = lede.index(List.of(versions), IndexListener.NONE);
            assertEquals(List.of(0, 0, 3, 0), List.of(again.added(), again.updated(), again.unchanged(), again.copies()));
            assertEquals(2, lede.size());
            assertEquals(1, lede.search("\"closed at ten\"").total(), "the later version is kept");
        }
    }

    @Test
    void aLongRunWritesInTheInputsOrderAndEachLaterVersionReplacesTheEarlier() throws Exception {
        // Every tenth article comes with the link of the fifth before it: a later version of that article.
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            int link = i % 10 == 9 ? i - 5 : i;
            lines.append("{\"title\":\"Report ").append(i).append("\",\"body\":\"Harbour report number ").append(i)
                    .append(" was published in Galway.\",\"url\":\"https://example.com/reports/").append(link).append("\"}\n");
        }
        Path file = write("reports.jsonl", lines.toString());
        try (Lede lede = Lede.builder(work.resolve("index")).nameFinder(NameFinder.none()).open()) {
            IndexReport report = lede.index(List.of(file), IndexListener.NONE);
            assertEquals(List.of(540, 60, 0), List.of(report.added(), report.updated(), report.unchanged()));
            assertEquals(540, lede.size());
            assertEquals(0, lede.search("\"number 4\"").total(), "replaced by its later version");
            assertEquals("Report 9", lede.get(lede.search("\"number 9\"").hits().get(0).id()).orElseThrow().title());
            IndexReport again = lede.index(List.of(file), IndexListener.NONE);
            assertEquals(List.of(0, 0, 600), List.of(again.added(), again.updated(), again.unchanged()));
        }
        // The index holds them in the order read: the later versions where they were read (an update deletes and adds).
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            if (i % 10 != 4) {
                expected.add("Report " + i);
            }
        }
        List<String> stored = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(work.resolve("index")))) {
            for (var leaf : reader.leaves()) {
                var live = leaf.reader().getLiveDocs();
                var fields = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        stored.add(fields.document(doc).get("title"));
                    }
                }
            }
        }
        assertEquals(expected, stored);
    }

    @Test
    void filesOfOtherTypesAndProjectNotesInAFolderArePassedOverAndCounted() throws Exception {
        write("mixed/story.txt", "Ferry Strike\n\nThe ferry did not sail.\n");
        for (String other : List.of("report.pdf", "notes.docx", "plan.md", "README.TXT", "sub/LICENSE", "Changelog.txt", "data")) {
            write("mixed/" + other, "Not an article\n\nJust a file beside the articles.\n");
        }
        try (Lede lede = Lede.builder(work.resolve("index")).nameFinder(NameFinder.none()).open()) {
            IndexReport report = lede.index(List.of(work.resolve("mixed")), IndexListener.NONE);
            assertEquals(1, report.added());
            assertEquals(List.of(), report.problems());
            assertEquals(Map.of(".pdf", 1, ".docx", 1, ".md", 1, "README", 1, "LICENSE", 1, "CHANGELOG", 1, "no extension", 1),
                    report.notRead());
            assertEquals(7, report.filesNotRead());

            IndexReport named = lede.index(List.of(work.resolve("mixed/README.TXT")), IndexListener.NONE);
            assertEquals(1, named.added(), "a file named on its own is read whatever its name");
        }
    }

    @Test
    void readingAMissingIndexCreatesNothing() throws Exception {
        Path missing = work.resolve("nosuch");
        assertFalse(Lede.exists(missing));
        try (Lede lede = Lede.open(missing)) {
            assertEquals(0, lede.search("harbour").total());
            assertEquals(0, lede.size());
            assertEquals(0, lede.stats(10).articles());
            assertEquals(List.of("there is no index here"), lede.check());
            IndexReport report = lede.index(List.of(work.resolve("nosuch.txt"), work), IndexListener.NONE);
            assertEquals(1, report.skipped());
        }
        assertFalse(Files.exists(missing), "no directory left behind");
    }

    @Test
    void anUnchangedArticleIsPassedOverBeforeItsNamesAreExtracted() throws Exception {
        Path file = reports("reports.jsonl", 0, 50);
        AtomicInteger named = new AtomicInteger();
        NameFinder counting = new NameFinder() {
            @Override
            public List<NameMentions> mentions(String title, String body) {
                named.incrementAndGet();
                return NameFinder.lede().mentions(title, body);
            }

            @Override
            public String version() {
                return NameFinder.lede().version(); // as lede's own, so that the next run finds them unchanged
            }
        };
        try (Lede lede = Lede.builder(work.resolve("index")).nameFinder(counting).open()) {
            assertEquals(50, lede.index(List.of(file), IndexListener.NONE).added());
            assertEquals(50, named.get());
            assertEquals(50, lede.index(List.of(file), IndexListener.NONE).unchanged());
            assertEquals(50, named.get(), "no names extracted for unchanged articles");
            assertTrue(lede.search("person:Galway OR place:Galway").total() > 0, "names were extracted the first time");
        }
        // Written without names, the same articles are not taken to have them.
        try (Lede lede = Lede.open(work.resolve("index"))) {
            assertEquals(50, lede.index(List.of(file), IndexListener.NONE).unchanged());
        }
        try (Lede plain = Lede.builder(work.resolve("plain")).nameFinder(NameFinder.none()).open()) {
            plain.index(List.of(file), IndexListener.NONE);
        }
        try (Lede lede = Lede.open(work.resolve("plain"))) {
            assertEquals(50, lede.index(List.of(file), IndexListener.NONE).updated());
        }
    }

    @Test
    void commitsComeAfterNewWorkAndAfterTimeNotAfterArticlesRead() throws Exception {
        Path old = reports("old.jsonl", 0, 12_000);
        Path both = reports("new.jsonl", 12_000, 12_000);
        try (Lede lede = Lede.builder(work.resolve("index")).nameFinder(NameFinder.none()).open()) {
            lede.index(List.of(old), IndexListener.NONE);
        }
        List<Integer> commits = new ArrayList<>();
        IndexListener listener = new IndexListener() {
            @Override
            public void committed(int articles) {
                commits.add(articles);
            }
        };
        try (Lede lede = Lede.builder(work.resolve("index")).nameFinder(NameFinder.none()).commitEvery(5_000, Lede.COMMIT_AFTER).open()) {
            lede.index(List.of(old, both), listener);
        }
        // The 12,000 unchanged ones need no commit; every 5,000 new ones do.
        assertEquals(List.of(12_000, 17_000, 22_000, 24_000), commits);

        // A slow input: with work waiting, ten seconds bring a commit.
        AtomicLong now = new AtomicLong();
        commits.clear();
        Path slow = reports("slow.jsonl", 30_000, 3);
        try (Lede lede = Lede.builder(work.resolve("index")).nameFinder(NameFinder.none()).clock(() -> now.addAndGet(6_000_000_000L)).open()) {
            lede.index(List.of(old, slow), listener);
        }
        assertEquals(List.of(24_000, 24_002, 24_003), commits);
    }

    @Test
    void aFullDiskSaysWhichIndexAndWhatIsKept() throws Exception {
        Path index = work.resolve("index");
        AtomicBoolean full = new AtomicBoolean();
        IndexStore.Opener filling = path -> new FilterDirectory(FSDirectory.open(path)) {
            @Override
            public IndexOutput createOutput(String name, IOContext context) throws IOException {
                if (full.get()) {
                    throw new IOException("No space left on device");
                }
                return super.createOutput(name, context);
            }
        };
        try (Lede lede = Lede.builder(index).nameFinder(NameFinder.none()).opener(filling).open()) {
            lede.index(List.of(reports("first.jsonl", 0, 200)), IndexListener.NONE);
            full.set(true);
            IndexUnusableException failed = assertThrows(IndexUnusableException.class,
                    () -> lede.index(List.of(reports("second.jsonl", 200, 200)), IndexListener.NONE));
            assertEquals("Could not write to the index " + index + ": the disk is full; the 200 articles committed before are kept.",
                    failed.getMessage());
        }
        try (Lede lede = Lede.open(index)) {
            assertEquals(200, lede.size());
            assertEquals(List.of(), lede.check());
        }
    }

    @Test
    void anIndexWhoseLockCannotBeCreatedIsCheckedWithoutIt() throws Exception {
        Path index = work.resolve("index");
        try (Lede lede = Lede.builder(index).nameFinder(NameFinder.none()).open()) {
            lede.index(List.of(reports("some.jsonl", 0, 20)), IndexListener.NONE);
        }
        // As on a read-only disk: the lock file cannot be made.
        IndexStore.Opener readOnly = path -> new FilterDirectory(FSDirectory.open(path)) {
            @Override
            public Lock obtainLock(String name) throws IOException {
                throw new AccessDeniedException(path.resolve(name).toString());
            }
        };
        try (Lede lede = Lede.builder(index).nameFinder(NameFinder.none()).opener(readOnly).open()) {
            assertEquals(List.of(), lede.check());
            assertEquals(20, lede.size());
            IndexUnusableException refused = assertThrows(IndexUnusableException.class,
                    () -> lede.index(List.of(reports("more.jsonl", 20, 5)), IndexListener.NONE));
            assertEquals("Could not write to the index " + index + ": permission denied; the 20 articles committed before are kept.",
                    refused.getMessage());
        }
    }
}
