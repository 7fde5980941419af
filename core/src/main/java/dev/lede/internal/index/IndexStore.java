package dev.lede.internal.index;

import dev.lede.Article;
import dev.lede.IndexLockedException;
import dev.lede.LedeException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * One index directory: a reader for searching, opened lazily and refreshed when the index changes,
 * and a writer, opened on the first write (so searching never takes the write lock).
 */
public final class IndexStore implements Closeable {
    /** Re-open the writer's view after this many writes, so the map of unseen writes stays small. */
    private static final int REFRESH_EVERY = 10_000;

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer = new LedeAnalyzer();
    private IndexWriter writer;
    private DirectoryReader reader;
    /** Fingerprints of articles written since {@link #reader} was opened, by id. */
    private final Map<String, String> writtenSinceRefresh = new HashMap<>();

    public enum Change { ADDED, UPDATED, UNCHANGED }

    public IndexStore(Path path) throws IOException {
        this.path = path;
        refuseForeignDirectory(path);
        this.directory = FSDirectory.open(path);
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    public static boolean exists(Path path) {
        try (Directory dir = FSDirectory.open(path)) {
            return Files.isDirectory(path) && DirectoryReader.indexExists(dir);
        } catch (IOException e) {
            return false;
        }
    }

    /** Adds the article, or replaces the one with its id; writes nothing when the index has it exactly. */
    public Change put(Article article) throws IOException {
        IndexWriter w = writer();
        String fingerprint = ArticleDocuments.fingerprint(article);
        String before = fingerprintOf(article.id());
        if (fingerprint.equals(before)) {
            return Change.UNCHANGED;
        }
        w.updateDocument(new Term(Fields.ID, article.id()), ArticleDocuments.toDocument(article));
        writtenSinceRefresh.put(article.id(), fingerprint);
        if (writtenSinceRefresh.size() >= REFRESH_EVERY) {
            refresh();
        }
        return before == null ? Change.ADDED : Change.UPDATED;
    }

    public boolean delete(String id) throws IOException {
        boolean present = fingerprintOf(id) != null;
        if (present) {
            writer().deleteDocuments(new Term(Fields.ID, id));
            writtenSinceRefresh.put(id, "");
        }
        return present;
    }

    public Optional<Article> get(String id) throws IOException {
        DirectoryReader current = reader();
        if (current == null) {
            return Optional.empty();
        }
        IndexSearcher searcher = new IndexSearcher(current);
        TopDocs found = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
        if (found.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(ArticleDocuments.toArticle(found.scoreDocs[0].doc, searcher.storedFields()));
    }

    /** The current view of the index, including this store's uncommitted writes; null when there is no index yet. */
    public DirectoryReader reader() throws IOException {
        if (reader == null) {
            if (writer != null) {
                reader = DirectoryReader.open(writer);
            } else if (DirectoryReader.indexExists(directory)) {
                reader = DirectoryReader.open(directory);
            } else {
                return null;
            }
        } else {
            DirectoryReader newer = writer != null ? DirectoryReader.openIfChanged(reader, writer) : DirectoryReader.openIfChanged(reader);
            if (newer != null) {
                reader.close();
                reader = newer;
            }
        }
        writtenSinceRefresh.clear();
        return reader;
    }

    public void commit() throws IOException {
        if (writer != null) {
            writer.commit();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (reader != null) {
                reader.close();
            }
            if (writer != null) {
                writer.close();
            }
        } finally {
            directory.close();
        }
    }

    private void refresh() throws IOException {
        reader();
    }

    private String fingerprintOf(String id) throws IOException {
        String written = writtenSinceRefresh.get(id);
        if (written != null) {
            return written.isEmpty() ? null : written;
        }
        if (reader == null && reader() == null) {
            return null;
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs found = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
        if (found.scoreDocs.length == 0) {
            return null;
        }
        return searcher.storedFields().document(found.scoreDocs[0].doc).get(Fields.FINGERPRINT);
    }

    private IndexWriter writer() throws IOException {
        if (writer == null) {
            Files.createDirectories(path);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            try {
                writer = new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                throw new IndexLockedException("The index " + path + " is being written by another process (it holds "
                        + path.resolve(IndexWriter.WRITE_LOCK_NAME) + "); wait for it to finish and try again.", e);
            }
            if (reader != null) {
                reader.close();
                reader = null;
            }
            writtenSinceRefresh.clear();
        }
        return writer;
    }

    /** An existing directory with files but no index is someone else's: never write into it. */
    private static void refuseForeignDirectory(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            if (Files.exists(path)) {
                throw new LedeException(path + " is a file, not an index directory.");
            }
            return;
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(path)) {
            empty = entries.findAny().isEmpty();
        }
        if (!empty && !exists(path)) {
            throw new LedeException(path + " holds other files and is not a lede index; choose another directory.");
        }
    }
}
