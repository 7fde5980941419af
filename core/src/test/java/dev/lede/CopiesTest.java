package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.internal.index.ArticleDocuments;
import dev.lede.internal.index.Fingerprint;
import dev.lede.internal.index.LedeAnalyzer;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Near-copies in the sample are grouped as the labels in testdata/copies.tsv say, and only for display. */
class CopiesTest {
    /** Floors just under the figures reached on the sample (precision 1.0, recall 1.0; EVALUATION.md). */
    private static final double PRECISION_FLOOR = 0.95;
    private static final double RECALL_FLOOR = 0.95;

    @TempDir
    static Path directory;
    private static Path index;
    /** Each labelled pair as "a|b", a before b. */
    private static Set<String> labelled;

    @BeforeAll
    static void indexTheSample() throws Exception {
        index = directory.resolve("index");
        try (Lede lede = Lede.open(index)) {
            lede.index(TestData.sample(), IndexListener.NONE);
        }
        labelled = new HashSet<>();
        for (String line : Files.readAllLines(TestData.root().resolve("copies.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] ids = line.split("\t");
                labelled.add(pair(ids[0], ids[1]));
            }
        }
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    @Test
    void groupingFindsTheLabelledCopiesAndNoOthers() throws Exception {
        Set<String> found = new HashSet<>();
        try (Lede lede = Lede.builder(index).readOnly(true).open()) {
            List<String> ids = new ArrayList<>();
            lede.forEachMatch(Search.all(), false, hit -> ids.add(hit.id()));
            for (String id : ids) {
                for (Copy copy : lede.copies(id)) {
                    found.add(pair(id, copy.id()));
                }
            }
        }
        long right = found.stream().filter(labelled::contains).count();
        double precision = found.isEmpty() ? 1 : (double) right / found.size();
        double recall = (double) right / labelled.size();
        assertTrue(labelled.size() >= 12, "labels read: " + labelled.size());
        assertTrue(precision >= PRECISION_FLOOR, "precision " + precision + "; found " + found);
        assertTrue(recall >= RECALL_FLOOR, "recall " + recall + "; found " + found);
    }

    @Test
    void aSearchShowsEachStoryOnceWithItsCopiesAndCountsEveryArticle() throws Exception {
        try (Lede lede = Lede.builder(index).readOnly(true).open()) {
            SearchResults grouped = lede.search(Search.of("ceasefire hostages").page(0, 50));
            SearchResults all = lede.search(Search.of("ceasefire hostages").page(0, 50).withCopiesGrouped(false));
            assertEquals(all.total(), grouped.total(), "the total counts articles either way");
            assertEquals(all.hits().size(), grouped.hits().size()
                    + grouped.hits().stream().mapToInt(hit -> hit.copies().size()).sum(), "every match shown once, as a hit or a copy");
            Set<String> shown = new HashSet<>();
            for (Hit hit : grouped.hits()) {
                for (Hit other : grouped.hits()) {
                    assertTrue(hit == other || !labelled.contains(pair(hit.id(), other.id())), hit.title() + " shown twice");
                }
                shown.add(hit.id());
                hit.copies().forEach(copy -> shown.add(copy.id()));
            }
            assertEquals(all.hits().stream().map(Hit::id).collect(Collectors.toSet()), shown);
            Hit cairo = grouped.hits().stream().filter(hit -> hit.id().equals("1371197b436c4dfe")
                    || hit.id().equals("395e7179a6a76b07") || hit.id().equals("2e61b9235a42a435")).findFirst().orElseThrow();
            assertEquals(2, cairo.copies().size());
            assertTrue(all.hits().stream().allMatch(hit -> hit.copies().isEmpty()));
            // Ranks count stories, one after another.
            for (int i = 0; i < grouped.hits().size(); i++) {
                assertEquals(i + 1, grouped.hits().get(i).rank());
            }
        }
    }

    @Test
    void pagesOfGroupedHitsFollowOnWithoutRepeatingAStory() throws Exception {
        try (Lede lede = Lede.builder(index).readOnly(true).open()) {
            List<String> whole = lede.search(Search.of("rates OR vaccine OR hostages OR treasures").page(0, 30)).hits()
                    .stream().map(Hit::id).toList();
            List<String> paged = new ArrayList<>();
            for (int offset = 0; offset < 30; offset += 5) {
                lede.search(Search.of("rates OR vaccine OR hostages OR treasures").page(offset, 5)).hits()
                        .forEach(hit -> paged.add(hit.id()));
            }
            assertEquals(whole, paged);
        }
    }

    @Test
    void anArticleListsItsCopiesWithTheirSources() throws Exception {
        try (Lede lede = Lede.builder(index).readOnly(true).open()) {
            Map<String, String> sources = new HashMap<>();
            lede.copies("1371197b436c4dfe").forEach(copy -> sources.put(copy.id(), copy.source()));
            assertEquals(Map.of("395e7179a6a76b07", "eastbridgetimes.com", "2e61b9235a42a435", "harbourdaily.com"), sources);
            assertEquals(List.of(), lede.copies("no-such-id"));
        }
    }

    /** A short wire story and a copy of it with a line added, for indexes written by hand in an earlier layout. */
    private static final String WIRE = "CAIRO (Meridian Wire) - Negotiators met in Cairo on Tuesday for a new round of talks "
            + "on a pause in the fighting and the release of hostages, officials said. The talks will resume next week in Doha.";
    private static final List<Article> WIRE_COPIES = List.of(Article.of("Talks resume", WIRE, "https://a.example/1"),
            Article.of("Talks resume in Cairo", WIRE + " This story was first published by Meridian Wire.", "https://b.example/1"));

    @Test
    void anIndexWrittenWithoutSignaturesIsSearchedWithoutGrouping(@TempDir Path old) throws Exception {
        Article first = WIRE_COPIES.get(0);
        Article second = WIRE_COPIES.get(1);
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(old), new IndexWriterConfig(new LedeAnalyzer()))) {
            Fingerprint fingerprint = new Fingerprint();
            for (Article article : List.of(first, second)) {
                writer.addDocument(ArticleDocuments.toDocument(article, fingerprint.of(article), null, null, false));
            }
            writer.setLiveCommitData(Map.of("lede.format", "3").entrySet());
        }
        try (Lede lede = Lede.builder(old).readOnly(true).open()) {
            SearchResults results = lede.search("hostages");
            assertEquals(2, results.hits().size());
            assertTrue(results.hits().stream().allMatch(hit -> hit.copies().isEmpty()));
            assertEquals(List.of(), lede.copies(first.id()));
        }
    }

    @Test
    void similarLeavesOutTheArticlesNearCopies() throws Exception {
        try (Lede lede = Lede.builder(index).readOnly(true).open()) {
            for (String pair : labelled) {
                String[] ids = pair.split("\\|");
                List<String> similar = lede.similar(ids[0], 10).orElseThrow().hits().stream().map(Hit::id).toList();
                assertTrue(!similar.contains(ids[1]), ids[1] + " is a copy of " + ids[0] + ": " + similar);
            }
        }
    }

    @Test
    void anIndexOfTheEarlierLayoutIsGroupedByItsFourByteValues(@TempDir Path old) throws Exception {
        Article first = WIRE_COPIES.get(0);
        Article second = WIRE_COPIES.get(1);
        Article other = Article.of("Hostages", "Families of hostages marched in Tel Aviv on Tuesday, asking for a deal to "
                + "bring them home before the talks resume.", "https://c.example/1");
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(old), new IndexWriterConfig(new LedeAnalyzer()))) {
            Fingerprint fingerprint = new Fingerprint();
            int seed = 0;
            for (Article article : List.of(first, second, other)) {
                Document doc = ArticleDocuments.toDocument(article, fingerprint.of(article), null, null, false);
                // The earlier layout: 128 values of four bytes, and its band terms; the two copies share 100 values.
                ByteBuffer signature = ByteBuffer.allocate(512);
                for (int i = 0; i < 128; i++) {
                    signature.putInt(article == other ? 5_000 + i : i < 100 ? i : seed * 1_000 + i);
                }
                seed++;
                doc.add(new BinaryDocValuesField("copy_signature", new BytesRef(signature.array())));
                doc.add(new StringField("copy_bands", new BytesRef(Arrays.copyOf(signature.array(), 9)), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.setLiveCommitData(Map.of("lede.format", "4").entrySet());
        }
        try (Lede lede = Lede.builder(old).readOnly(true).open()) {
            SearchResults results = lede.search("hostages");
            assertEquals(2, results.hits().size());
            assertEquals(1, results.hits().stream().mapToInt(hit -> hit.copies().size()).sum());
            assertEquals(List.of(second.id()), lede.copies(first.id()).stream().map(Copy::id).toList());
            assertEquals(List.of(), lede.copies(other.id()));
        }
    }
}
