package dev.lede;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lede.internal.index.LedeAnalyzer;
import dev.lede.internal.search.ArticleSearcher;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure of the view is not the query's fault: it must not come back as an invalid query. */
class ClosedViewTest {
    @TempDir
    Path temp;

    @Test
    void aSearchOfAClosedViewIsNotAnInvalidQuery() throws IOException {
        Path index = temp.resolve("index");
        try (Lede lede = Lede.builder(index).nameFinder(NameFinder.none()).open()) {
            lede.add(Article.of("Gaza talks", "Ceasefire talks resumed in Cairo.", "https://example.com/1"));
        }
        try (FSDirectory directory = FSDirectory.open(index)) {
            DirectoryReader reader = DirectoryReader.open(directory);
            ArticleSearcher searcher = new ArticleSearcher(reader, new LedeAnalyzer());
            reader.close();
            assertThrows(AlreadyClosedException.class, () -> searcher.search("ceasefire", 5));
        }
    }
}
