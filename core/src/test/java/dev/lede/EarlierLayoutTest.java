package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.internal.index.LedeAnalyzer;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Indexes written by earlier versions are still searched as they were written, and refused for writing, which would
 * mix two layouts: format 2 (headline and text in fields of their own) and format 3 (also a field of headline and
 * text, frequencies only, beside the text indexed with positions and offsets) and format 4 (the text indexed only in
 * the field of text and headline, without its lead a second time).
 */
class EarlierLayoutTest {
    private static void writeEarlierLayout(Path index, String format) throws Exception {
        FieldType body = new FieldType(TextField.TYPE_STORED);
        body.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        FieldType words = new FieldType(TextField.TYPE_NOT_STORED);
        words.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig(new LedeAnalyzer()))) {
            String[][] articles = {
                {"harbour", "Harbour closes after storm", "The harbour at Cobh closed at noon as the storm reached the coast."},
                {"budget", "Council budget passed", "Councillors passed the budget after a long debate about the harbour fees."},
                {"festival", "Festival cancelled", "The music festival was cancelled because of the storm."}};
            for (String[] article : articles) {
                Document doc = new Document();
                doc.add(new StringField("id", article[0], Field.Store.YES));
                doc.add(new TextField("title", article[1], Field.Store.YES));
                if (format.equals("4")) {
                    // The text stored only, and indexed first into the field of text and headline; no lead again.
                    FieldType positions = new FieldType(words);
                    positions.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
                    doc.add(new StoredField("body", article[2]));
                    doc.add(new Field("words", article[2], positions));
                    for (int i = 0; i < 4; i++) {
                        doc.add(new Field("words", article[1], positions));
                    }
                } else {
                    doc.add(new Field("body", article[2], body));
                }
                if (format.equals("3")) {
                    for (int i = 0; i < 4; i++) {
                        doc.add(new Field("words", article[1], words));
                    }
                    doc.add(new Field("words", article[2], words));
                }
                doc.add(new StoredField("link", "https://example.com/" + article[0]));
                doc.add(new StoredField("fingerprint", "0"));
                writer.addDocument(doc);
            }
            writer.setLiveCommitData(Map.of("lede.format", format).entrySet());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "3", "4"})
    void plainWordsPhrasesAndTextFiltersStillFindAndMarkArticlesOfAnEarlierLayout(String format, @TempDir Path dir) throws Exception {
        Path index = dir.resolve("index");
        writeEarlierLayout(index, format);
        try (Lede old = Lede.builder(index).nameFinder(NameFinder.none()).open()) {
            SearchResults found = old.search("harbour storm");
            assertEquals(3, found.total());
            assertEquals("Harbour closes after storm", found.hits().get(0).title());
            assertEquals(2, found.hits().get(0).snippet().highlights().size(), found.hits().get(0).snippet().toString());
            assertEquals(2, old.facets("harbour", 3).articles());
            SearchResults phrase = old.search("\"harbour at Cobh\"");
            assertEquals(1, phrase.total());
            assertEquals("The **harbour at Cobh** closed at noon as the storm reached the coast.", phrase.hits().get(0).snippet().toString());
            assertEquals(1, old.search("text:fees").total());
            IndexUnusableException refused = assertThrows(IndexUnusableException.class,
                    () -> old.add(Article.of("Ferry resumes", "The ferry resumed after the storm.", "https://example.com/ferry")));
            assertTrue(refused.getMessage().contains("earlier version of lede"), refused.getMessage());
        }
    }

    @Test
    void theCurrentLayoutFindsAndMarksTheSameArticles(@TempDir Path dir) throws Exception {
        try (Lede lede = Lede.builder(dir.resolve("index")).nameFinder(NameFinder.none()).open()) {
            lede.add(Article.of("Harbour closes after storm", "The harbour at Cobh closed at noon as the storm reached the coast.",
                    "https://example.com/harbour"));
            lede.add(Article.of("Council budget passed", "Councillors passed the budget after a long debate about the harbour fees.",
                    "https://example.com/budget"));
            lede.add(Article.of("Festival cancelled", "The music festival was cancelled because of the storm.", "https://example.com/festival"));
            SearchResults found = lede.search("harbour storm");
            assertEquals(3, found.total());
            assertEquals("Harbour closes after storm", found.hits().get(0).title());
            assertEquals(2, found.hits().get(0).snippet().highlights().size(), found.hits().get(0).snippet().toString());
            assertEquals(2, lede.facets("harbour", 3).articles());
            SearchResults phrase = lede.search("\"harbour at Cobh\"");
            assertEquals(1, phrase.total());
            assertEquals("The **harbour at Cobh** closed at noon as the storm reached the coast.", phrase.hits().get(0).snippet().toString());
            assertEquals(1, lede.search("text:fees").total());
            // The text and the headline are one field, but a phrase does not run from the end of one into the other.
            assertEquals(0, lede.search("\"coast harbour\"").total());
            assertEquals(0, lede.search("\"fees council\"").total());
        }
    }
}
