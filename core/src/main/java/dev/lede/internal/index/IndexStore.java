package dev.lede.internal.index;

import dev.lede.Article;
import dev.lede.IndexLockedException;
import dev.lede.Lede;
import dev.lede.IndexUnusableException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.BytesRef;
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
    /**
     * Forget the fingerprints of unseen writes after this many, so that the map (about 200 bytes an
     * entry) stays within a sixteenth of the heap; the writer's view is re-opened when a look-up next
     * needs them. Each re-open flushes a small segment for Lucene to merge later, so it is rare.
     */
    private static final int REFRESH_EVERY = Math.clamp(Runtime.getRuntime().maxMemory() / 16 / 200, 10_000, 1_000_000);
    /** log2 of the bits in {@link #writtenIds}: a 32nd of the heap, at most 8 MB. */
    private static final int WRITTEN_ID_BITS_LOG2 =
            63 - Long.numberOfLeadingZeros(Math.min(Runtime.getRuntime().maxMemory() / 32, 8L << 20) * 8);

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer = new LedeAnalyzer();
    private final Fingerprint fingerprint = new Fingerprint();
    private IndexWriter writer;
    private DirectoryReader reader;
    /** Fingerprints of articles written since {@link #reader} was opened, by id. */
    private final Map<String, String> writtenSinceRefresh = new HashMap<>();
    /**
     * When the index was empty as this store began writing: a bit per hash of each id written since.
     * A clear bit proves an id new without looking in every segment, which a bulk load into a new
     * index would otherwise do for each article once its writes are visible; a set bit only means
     * "look it up". Null otherwise.
     */
    private FixedBitSet writtenIds;
    private List<TermsEnum> idTerms = List.of();
    private DirectoryReader idTermsOf;
    /**
     * Writes were dropped from {@link #writtenSinceRefresh} before the reader saw them: re-open it before
     * a look-up. Only ever set along with {@link #changedHere}, which makes the next read re-open it.
     */
    private boolean viewBehind;
    /** This store wrote since its reader was opened: the next read must see it. */
    private boolean changedHere;
    private long lastChecked;
    private static final long RECHECK_NANOS = 1_000_000_000L;

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
    public Lede.Change put(Article article) throws IOException {
        IndexWriter w = writer();
        String fingerprint = this.fingerprint.of(article);
        String before = fingerprintOf(article.id());
        if (fingerprint.equals(before)) {
            return Lede.Change.UNCHANGED;
        }
        try {
            if (before == null) {
                // Known to be new: no delete-by-id for Lucene to buffer and apply.
                w.addDocument(ArticleDocuments.toDocument(article, fingerprint));
            } else {
                w.updateDocument(new Term(Fields.ID, article.id()), ArticleDocuments.toDocument(article, fingerprint));
            }
        } catch (IllegalArgumentException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("cannot change field")) {
                throw e;
            }
            // Lucene refuses a field indexed differently from the same field in the index.
            throw new IndexUnusableException("The index " + path + " was written by an earlier version of lede whose fields"
                    + " differ; delete it and index the articles again.", e);
        }
        writtenSinceRefresh.put(article.id(), fingerprint);
        if (writtenIds != null) {
            writtenIds.set(idBit(article.id()));
        }
        changedHere = true;
        if (writtenSinceRefresh.size() >= REFRESH_EVERY) {
            // Forget them and re-open the view only when a look-up needs it: re-opening flushes a small
            // segment, and a bulk load of new articles into a new index needs it only when an id's bit is taken.
            writtenSinceRefresh.clear();
            viewBehind = true;
        }
        return before == null ? Lede.Change.ADDED : Lede.Change.UPDATED;
    }

    public boolean delete(String id) throws IOException {
        boolean present = fingerprintOf(id) != null;
        if (present) {
            writer().deleteDocuments(new Term(Fields.ID, id));
            writtenSinceRefresh.put(id, "");
            changedHere = true;
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

    /**
     * The current view of the index, including this store's uncommitted writes; null when there is no
     * index yet. Other processes' commits are looked for at most every {@link #RECHECK_NANOS}, so that
     * a busy searcher does not ask the file system on every query.
     */
    public synchronized DirectoryReader reader() throws IOException {
        long now = System.nanoTime();
        if (reader != null && !changedHere && now - lastChecked < RECHECK_NANOS) {
            return reader;
        }
        if (reader == null) {
            try {
                if (writer != null) {
                    reader = DirectoryReader.open(writer);
                } else if (DirectoryReader.indexExists(directory)) {
                    reader = DirectoryReader.open(directory);
                } else {
                    return null;
                }
            } catch (org.apache.lucene.index.CorruptIndexException | org.apache.lucene.index.IndexFormatTooOldException
                    | org.apache.lucene.index.IndexFormatTooNewException | java.nio.file.NoSuchFileException e) {
                throw damaged(e);
            }
        } else {
            DirectoryReader newer = writer != null ? DirectoryReader.openIfChanged(reader, writer) : DirectoryReader.openIfChanged(reader);
            if (newer != null) {
                reader.close();
                reader = newer;
            }
        }
        lastChecked = now;
        changedHere = false;
        viewBehind = false;
        writtenSinceRefresh.clear();
        return reader;
    }

    /** Lucene buffers documents before writing a segment; a quarter of the heap, at most 64 MB, keeps small heaps safe. */
    private static double ramBufferMB() {
        return Math.max(4, Math.min(64, Runtime.getRuntime().maxMemory() / 4.0 / (1 << 20)));
    }

    /**
     * The merge policy budgets segments from the smallest one, counted as at least the floor size. With Lucene's 16 MB
     * floor, one small segment (from a commit, or from the view a duplicate check opens) raises the budget of a
     * million-article index (1.6 GB) to 17 segments; counted as a full buffer's flush (64 MB), it leaves it at 11.
     * Every search pays per segment.
     */
    private static TieredMergePolicy mergePolicy() {
        return new TieredMergePolicy().setFloorSegmentMB(Math.max(16, ramBufferMB()));
    }

    /** Size of the index files on disk. */
    public long bytes() throws IOException {
        long total = 0;
        for (String file : directory.listAll()) {
            total += directory.fileLength(file);
        }
        return total;
    }

    /** Earliest and latest publication day ({@code yyyymmdd}) and how many articles have a date; null when none. */
    public int[] dateRange() throws IOException {
        DirectoryReader current = reader();
        if (current == null) {
            return null;
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        int dated = 0;
        for (var leaf : current.leaves()) {
            var points = leaf.reader().getPointValues(Fields.PUBLISHED);
            if (points == null || points.size() == 0) {
                continue;
            }
            min = Math.min(min, org.apache.lucene.document.IntPoint.decodeDimension(points.getMinPackedValue(), 0));
            max = Math.max(max, org.apache.lucene.document.IntPoint.decodeDimension(points.getMaxPackedValue(), 0));
        }
        if (min == Integer.MAX_VALUE) {
            return null;
        }
        IndexSearcher searcher = new IndexSearcher(current);
        dated = searcher.count(org.apache.lucene.document.IntPoint.newRangeQuery(Fields.PUBLISHED, min, max));
        return new int[] {min, max, dated};
    }

    /**
     * Lucene's CheckIndex over the whole index. Takes the write lock, so no other process may write meanwhile.
     *
     * @return a list of problems; empty when the index is sound
     */
    public java.util.List<String> check() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return java.util.List.of("there is no index here");
        }
        try (org.apache.lucene.index.CheckIndex checker = new org.apache.lucene.index.CheckIndex(directory)) {
            org.apache.lucene.index.CheckIndex.Status status = checker.checkIndex();
            java.util.List<String> problems = new java.util.ArrayList<>();
            if (status.missingSegments) {
                problems.add("the list of segments is missing or unreadable");
            }
            for (var segment : status.segmentInfos) {
                if (segment.error != null) {
                    problems.add("segment " + segment.name + " (" + segment.maxDoc + " articles) is damaged: "
                            + segment.error.getMessage());
                }
            }
            if (!status.clean && problems.isEmpty()) {
                problems.add("Lucene's CheckIndex found problems");
            }
            return problems;
        } catch (LockObtainFailedException e) {
            throw new IndexLockedException("The index " + path + " is being written by another process; check it when that is done.", e);
        }
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

    /** Each segment's id terms in {@link #reader}, kept between look-ups: making them costs more than the seek. */
    private List<TermsEnum> idTerms() throws IOException {
        if (idTermsOf != reader) {
            List<TermsEnum> enums = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(Fields.ID);
                enums.add(terms == null ? null : terms.iterator());
            }
            idTerms = enums;
            idTermsOf = reader;
        }
        return idTerms;
    }

    private String fingerprintOf(String id) throws IOException {
        String written = writtenSinceRefresh.get(id);
        if (written != null) {
            return written.isEmpty() ? null : written;
        }
        if (writtenIds != null && !writtenIds.get(idBit(id))) {
            return null;
        }
        if ((reader == null || viewBehind) && reader() == null) {
            return null;
        }
        // A direct look-up in each segment's terms: cheaper than a search, and most articles are new.
        BytesRef term = new BytesRef(id);
        List<TermsEnum> idTerms = idTerms();
        for (int i = 0; i < idTerms.size(); i++) {
            TermsEnum ids = idTerms.get(i);
            if (ids == null || !ids.seekExact(term)) {
                continue;
            }
            LeafReaderContext leaf = reader.leaves().get(i);
            PostingsEnum docs = ids.postings(null, PostingsEnum.NONE);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return leaf.reader().storedFields().document(doc, Set.of(Fields.FINGERPRINT)).get(Fields.FINGERPRINT);
                }
            }
        }
        return null;
    }

    private IndexWriter writer() throws IOException {
        if (writer == null) {
            Files.createDirectories(path);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(ramBufferMB())
                    .setMergePolicy(mergePolicy())
                    // A flushed segment packed into one compound file is written twice; merges soon replace it anyway.
                    .setUseCompoundFile(false);
            try {
                writer = new IndexWriter(directory, config);
            } catch (org.apache.lucene.index.CorruptIndexException | org.apache.lucene.index.IndexFormatTooOldException
                    | org.apache.lucene.index.IndexFormatTooNewException | java.nio.file.NoSuchFileException e) {
                throw damaged(e);
            } catch (LockObtainFailedException e) {
                throw new IndexLockedException("The index " + path + " is being written by another process (it holds "
                        + path.resolve(IndexWriter.WRITE_LOCK_NAME) + "); wait for it to finish and try again.", e);
            }
            if (reader != null) {
                reader.close();
                reader = null;
            }
            writtenSinceRefresh.clear();
            viewBehind = false;
            writtenIds = writer.getDocStats().maxDoc == 0 ? new FixedBitSet(1 << WRITTEN_ID_BITS_LOG2) : null;
        }
        return writer;
    }

    /** A well-spread hash of the id, as many bits as {@link #writtenIds} has. */
    private static int idBit(String id) {
        return (id.hashCode() * 0x9E3779B9) >>> (32 - WRITTEN_ID_BITS_LOG2);
    }

    private IndexUnusableException damaged(IOException e) {
        return new IndexUnusableException("The index " + path + " is damaged or was written by another Lucene version ("
                + e.getClass().getSimpleName() + "); run lede check --index " + path + " for details.", e);
    }

    /** An existing directory with files but no index is someone else's: never write into it. */
    private static void refuseForeignDirectory(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            if (Files.exists(path)) {
                throw new IndexUnusableException(path + " is a file, not an index directory.");
            }
            return;
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(path)) {
            empty = entries.findAny().isEmpty();
        }
        if (!empty && !exists(path)) {
            throw new IndexUnusableException(path + " holds other files and is not a lede index; choose another directory.");
        }
    }
}
