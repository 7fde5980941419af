package dev.lede.internal.index;

import dev.lede.Article;
import dev.lede.IndexLockedException;
import dev.lede.IndexUnusableException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystemException;
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
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
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
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NoLockFactory;

/**
 * One index directory: views for searching, opened lazily and refreshed when the index changes,
 * and a writer, opened on the first write (so searching never takes the write lock). Nothing is
 * created on disk before the first write: reading a missing index leaves no directory behind.
 *
 * <p>Searches {@link #acquire} a view and {@link #release} it when done; a newer view replaces it
 * meanwhile, and the old one is closed when its last search releases it. Writes ({@link #write},
 * {@link #delete}, {@link #commit}, {@link #fingerprints}) are serialised on this store, and look ids up
 * in a reader of their own that searches never touch.
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

    /**
     * Kept in every commit: the version of how lede derives ids and fingerprints and lays out fields. An
     * index with articles but another value (or none) was written by an earlier version; writing to it
     * would store its articles a second time under new ids, so it is refused.
     */
    private static final String FORMAT_KEY = "lede.format";
    /**
     * 5: the text's first words are indexed a second time in the field of text and headline ({@link Fields#LEAD_WORDS}).
     * 4: the text is analysed once, into the field of text and headline ({@link TextLayout#WORDS}), and only stored in
     * its own. 3: dates have doc values (for sorting by date), plain words search one field of headline and text, and
     * words such as AT&T are kept whole. Indexes of formats 2, 3 and 4 are searched as they were written (format 2 is not
     * sorted by date).
     */
    private static final String FORMAT = "5";
    /**
     * The sentence-embedding model whose vectors the index keeps ({@code name/dimension}), when it keeps any:
     * vectors of two models cannot be compared, so an index holds those of one or none.
     */
    private static final String VECTORS_KEY = "lede.vectors";

    /** Opens the Lucene directory at a path that exists; tests put failing directories in between. */
    public interface Opener {
        Directory open(Path path) throws IOException;
    }

    private final Path path;
    private final Opener opener;
    /** The vectors this store writes ({@code name/dimension}), or null when it writes none. */
    private final String vectors;
    /** The vectors the index keeps, as its writer found it (this store's own when it was empty); set with {@link #writer}. */
    private String keptVectors;
    /** Null until the path is a directory: Lucene creates the directory it opens, and reading must create nothing. */
    private Directory directory;
    /** Articles in the last commit this store made, or found when it began writing. */
    private int committed;
    private final Analyzer analyzer = new LedeAnalyzer();
    /** Volatile: views are refreshed from it outside the write lock. */
    private volatile IndexWriter writer;
    /** The writer's reader for id look-ups; only touched under the write lock (this store's monitor). */
    private DirectoryReader reader;
    /** When {@link #reader} last looked for other processes' commits (while this store has no writer). */
    private long readerChecked;
    /** Guards {@link #view} and what belongs to it; never held while waiting for the write lock. */
    private final Object viewLock = new Object();
    /** The newest view for searches, with one reference held by this store; null until there is an index. */
    private DirectoryReader view;
    /** The writer {@link #view} was opened from; null when opened from the directory. */
    private IndexWriter viewWriter;
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
    /** This store wrote since its view was opened: the next search must see it. */
    private volatile boolean changedHere;
    private long lastChecked;
    /** Other processes' commits are looked for at most this often. */
    private final long recheckNanos;
    /** Each search sees every write before it; otherwise this store's writes wait for the next look, or a commit. */
    private final boolean readYourWrites;
    /** This store committed since its view was opened: without {@link #readYourWrites}, the next search looks. */
    private volatile boolean committedHere;
    /** Never write, nor take the write lock. */
    private final boolean readOnly;

    public IndexStore(Path path) throws IOException {
        this(path, FSDirectory::open);
    }

    public IndexStore(Path path, Opener opener) throws IOException {
        this(path, opener, 1_000_000_000L, true, false, null);
    }

    /**
     * @param recheckNanos how often, at most, a search looks for other processes' commits
     * @param readYourWrites whether a search sees every write made before it began; if not, this store's writes are
     *     seen as other processes' commits are, within {@code recheckNanos}, and at once after a commit
     * @param readOnly whether writes are refused (and the write lock never taken)
     * @param vectors the model whose vectors articles are written with ({@code name/dimension}), or null for none
     */
    public IndexStore(Path path, Opener opener, long recheckNanos, boolean readYourWrites, boolean readOnly, String vectors)
            throws IOException {
        this.path = path;
        this.opener = opener;
        this.recheckNanos = recheckNanos;
        this.readYourWrites = readYourWrites;
        this.readOnly = readOnly;
        this.vectors = vectors;
        refuseForeignDirectory(path);
        directory(false);
    }

    /** The index directory, opened when it exists or when {@code create} says to make it; null otherwise. */
    private Directory directory(boolean create) throws IOException {
        if (directory == null) {
            if (create) {
                Files.createDirectories(path);
            } else if (!Files.isDirectory(path)) {
                return null;
            }
            directory = opener.open(path);
        }
        return directory;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** Whether the path holds an index with a commit; creates nothing. */
    public static boolean exists(Path path) {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Directory dir = FSDirectory.open(path)) {
            return DirectoryReader.indexExists(dir);
        } catch (IOException e) {
            return false;
        }
    }

    /** The vectors the index at this path keeps ({@code name/dimension}), or null when none or no index. */
    public static String vectors(Path path) throws IOException {
        if (!exists(path)) {
            return null;
        }
        try (Directory dir = FSDirectory.open(path)) {
            return SegmentInfos.readLatestCommit(dir).getUserData().get(VECTORS_KEY);
        }
    }

    /**
     * What the index keeps of the article with this id to tell whether an input changed it: its
     * {@link Fingerprint} first, then those of versions it replaced in the run that wrote it, space
     * separated; null when the index has no such article.
     */
    public synchronized String fingerprints(String id) throws IOException {
        return fingerprintOf(id);
    }

    /**
     * Writes the article, replacing any with its id.
     *
     * @param fingerprints what {@link #fingerprints} is to return for it from now on
     * @param isNew whether the index is known not to have the id (so there is nothing to delete)
     */
    public synchronized void write(Article article, String fingerprints, boolean isNew) throws IOException {
        write(article, fingerprints, isNew, null);
    }

    /** Writes the article as {@link #write(Article, String, boolean)} does, with its vector when the store keeps vectors. */
    public synchronized void write(Article article, String fingerprints, boolean isNew, float[] vector) throws IOException {
        write(article, fingerprints, isNew, vector, null);
    }

    /** Writes the article with its vector and where it was read from ({@code null} when unknown). */
    public synchronized void write(Article article, String fingerprints, boolean isNew, float[] vector, dev.lede.Origin origin)
            throws IOException {
        IndexWriter w = writer();
        if (!java.util.Objects.equals(keptVectors, vectors)) {
            // Removing articles is fine; adding some with and some without vectors (or of two models) is not.
            throw mixedVectors(keptVectors);
        }
        try {
            var doc = ArticleDocuments.toDocument(article, fingerprints, vector, origin);
            if (isNew) {
                // Known to be new: no delete-by-id for Lucene to buffer and apply.
                w.addDocument(doc);
            } else {
                w.updateDocument(new Term(Fields.ID, article.id()), doc);
            }
        } catch (IllegalArgumentException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("cannot change field")) {
                throw e;
            }
            // Lucene refuses a field indexed differently from the same field in the index.
            throw earlierVersion(e);
        } catch (IOException e) {
            throw writeFailed(e);
        }
        writtenSinceRefresh.put(article.id(), fingerprints);
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
    }

    /** How many articles the index held at its last commit (as this store last committed or read it). */
    public int committedArticles() throws IOException {
        synchronized (this) {
            if (writer != null) {
                return committed;
            }
        }
        DirectoryReader current = acquire();
        try {
            return current == null ? 0 : current.numDocs();
        } finally {
            release(current);
        }
    }

    public synchronized boolean delete(String id) throws IOException {
        boolean present = fingerprintOf(id) != null;
        if (present) {
            writer().deleteDocuments(new Term(Fields.ID, id));
            writtenSinceRefresh.put(id, "");
            changedHere = true;
        }
        return present;
    }

    public Optional<Article> get(String id) throws IOException {
        return stored(id).map(ArticleDocuments.Stored::article);
    }

    /** The article with this id and where it was read from, as the current view holds them. */
    public Optional<ArticleDocuments.Stored> stored(String id) throws IOException {
        DirectoryReader current = acquire();
        if (current == null) {
            return Optional.empty();
        }
        try {
            IndexSearcher searcher = new IndexSearcher(current);
            TopDocs found = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (found.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(ArticleDocuments.read(found.scoreDocs[0].doc, searcher.storedFields()));
        } finally {
            release(current);
        }
    }

    /**
     * The current view of the index, including this store's uncommitted writes, with a reference the
     * caller must give back through {@link #release}; null when there is no index yet. Other processes'
     * commits are looked for at most every {@code recheckNanos}, so that a busy searcher does not ask
     * the file system on every query.
     */
    public DirectoryReader acquire() throws IOException {
        synchronized (viewLock) {
            long now = System.nanoTime();
            IndexWriter w = writer;
            boolean seesWrites = readYourWrites ? !changedHere : !committedHere;
            if (view != null && seesWrites && viewWriter == w && now - lastChecked < recheckNanos) {
                view.incRef();
                return view;
            }
            // Cleared before looking, so a write that lands meanwhile makes the next search look again.
            changedHere = false;
            committedHere = false;
            DirectoryReader newer;
            try {
                if (view == null) {
                    Directory dir = directory(false);
                    if (w != null) {
                        newer = DirectoryReader.open(w);
                    } else if (dir != null && DirectoryReader.indexExists(dir)) {
                        newer = DirectoryReader.open(dir);
                    } else {
                        return null;
                    }
                } else if (w != null) {
                    newer = DirectoryReader.openIfChanged(view, w);
                } else if (viewWriter != null) {
                    // The writer that made the view is gone (a failed write): read the last commit afresh.
                    newer = DirectoryReader.open(directory);
                } else {
                    newer = DirectoryReader.openIfChanged(view);
                }
            } catch (org.apache.lucene.index.CorruptIndexException | org.apache.lucene.index.IndexFormatTooOldException
                    | org.apache.lucene.index.IndexFormatTooNewException | java.nio.file.NoSuchFileException e) {
                throw damaged(e);
            }
            if (newer != null) {
                if (view != null) {
                    // Closes it only once the last search still using it releases it.
                    view.decRef();
                }
                view = newer;
                viewWriter = w;
            }
            lastChecked = now;
            view.incRef();
            return view;
        }
    }

    /** Gives back a view from {@link #acquire}; null is allowed. */
    public void release(DirectoryReader acquired) throws IOException {
        if (acquired != null) {
            acquired.decRef();
        }
    }

    /**
     * The writer's reader for id look-ups, re-opened when writes were dropped from
     * {@link #writtenSinceRefresh} (or, with no writer, when another process may have committed); null
     * when there is no index. Called under the write lock.
     */
    private DirectoryReader reader() throws IOException {
        long now = System.nanoTime();
        if (reader != null && !viewBehind && (writer != null || now - readerChecked < recheckNanos)) {
            return reader;
        }
        try {
            if (reader == null) {
                Directory dir = directory(false);
                if (writer != null) {
                    reader = DirectoryReader.open(writer);
                } else if (dir != null && DirectoryReader.indexExists(dir)) {
                    reader = DirectoryReader.open(dir);
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
        } catch (org.apache.lucene.index.CorruptIndexException | org.apache.lucene.index.IndexFormatTooOldException
                | org.apache.lucene.index.IndexFormatTooNewException | java.nio.file.NoSuchFileException e) {
            throw damaged(e);
        }
        readerChecked = now;
        viewBehind = false;
        writtenSinceRefresh.clear();
        return reader;
    }

    /**
     * Lucene's buffer of articles not yet written as a segment: an eighth of the heap, at most 128 MB. Each flush is a
     * segment, and searches slow with their number: at 64 MB, 100,000 articles made 5 segments (raw Lucene's 64 MB
     * make 3 of its smaller documents) and p99 1.27x raw Lucene's; at 128 MB, 2 segments and 0.92x. A quarter of a
     * 256 MB heap, indexing 1 GB of JSON Lines, had 19 full collections and 197 failed evacuations; an eighth, 3 and
     * 98 (BENCHMARKS.md).
     */
    private static double ramBufferMB() {
        return Math.max(4, Math.min(128, Runtime.getRuntime().maxMemory() / 8.0 / (1 << 20)));
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
        if (directory(false) == null) {
            return 0;
        }
        for (String file : directory.listAll()) {
            total += directory.fileLength(file);
        }
        return total;
    }

    /** Earliest and latest publication day ({@code yyyymmdd}) and how many articles have a date; null when none. */
    public int[] dateRange(DirectoryReader current) throws IOException {
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
     * Lucene's CheckIndex over the whole index. Takes the write lock, so no other process may write
     * meanwhile; where the lock cannot be created (a read-only disk, where nobody can write), checks without it.
     *
     * @return a list of problems; empty when the index is sound
     */
    public List<String> check() throws IOException {
        Directory dir = directory(false);
        if (dir == null || !DirectoryReader.indexExists(dir)) {
            return List.of("there is no index here");
        }
        Lock lock = null;
        if (Files.isWritable(path)) {
            try {
                lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME);
            } catch (LockObtainFailedException e) {
                throw new IndexLockedException("The index " + path + " is being written by another process; check it when that is done.", e);
            } catch (FileSystemException cannotCreateLock) {
                // Not writable after all (a read-only mount says so only when written to).
            }
        }
        if (lock == null) {
            lock = NoLockFactory.INSTANCE.obtainLock(dir, IndexWriter.WRITE_LOCK_NAME);
        }
        try (CheckIndex checker = new CheckIndex(dir, lock)) {
            CheckIndex.Status status = checker.checkIndex();
            List<String> problems = new ArrayList<>();
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
        }
    }

    /** Makes every write durable, and remembers how many articles that keeps. */
    public synchronized void commit() throws IOException {
        if (writer != null) {
            try {
                writer.commit();
            } catch (IOException e) {
                throw writeFailed(e);
            }
            committed = writer.getDocStats().numDocs;
            committedHere = true;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (reader != null) {
                reader.close();
                reader = null;
            }
            synchronized (viewLock) {
                if (view != null) {
                    view.decRef();
                    view = null;
                }
            }
            if (writer != null) {
                try {
                    writer.close();
                } catch (IOException e) {
                    throw writeFailed(e);
                }
            }
        } finally {
            if (directory != null) {
                directory.close();
            }
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
        if (reader() == null) {
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
        if (readOnly) {
            throw new IllegalStateException("The index " + path + " was opened read-only; open it without readOnly to write to it.");
        }
        if (writer == null) {
            Directory dir = directory(true);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(ramBufferMB())
                    .setMergePolicy(mergePolicy())
                    // A flushed segment packed into one compound file is written twice; merges soon replace it anyway.
                    .setUseCompoundFile(false);
            try {
                boolean fresh = !DirectoryReader.indexExists(dir);
                committed = fresh ? 0 : committedIn(dir);
                if (!fresh && !FORMAT.equals(SegmentInfos.readLatestCommit(dir).getUserData().get(FORMAT_KEY))
                        && committed > 0) {
                    throw earlierVersion(null);
                }
                keptVectors = committed > 0 ? SegmentInfos.readLatestCommit(dir).getUserData().get(VECTORS_KEY) : vectors;
                writer = new IndexWriter(dir, config);
                writer.setLiveCommitData((keptVectors == null ? Map.of(FORMAT_KEY, FORMAT)
                        : Map.of(FORMAT_KEY, FORMAT, VECTORS_KEY, keptVectors)).entrySet());
                if (fresh) {
                    // An empty first commit marks the directory as lede's at once: a first run cut short
                    // before its first real commit is then resumed by running it again, not refused.
                    writer.commit();
                }
                committed = writer.getDocStats().numDocs;
            } catch (org.apache.lucene.index.CorruptIndexException | org.apache.lucene.index.IndexFormatTooOldException
                    | org.apache.lucene.index.IndexFormatTooNewException | java.nio.file.NoSuchFileException e) {
                throw damaged(e);
            } catch (LockObtainFailedException e) {
                throw new IndexLockedException("The index " + path + " is being written by another process (it holds "
                        + path.resolve(IndexWriter.WRITE_LOCK_NAME) + "); wait for it to finish and try again.", e);
            } catch (IOException e) {
                throw writeFailed(e);
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

    /**
     * A write that failed (a full disk, a read-only one): the writer is dropped without committing more,
     * so that the message can say exactly what the index keeps.
     */
    private IndexUnusableException writeFailed(IOException e) {
        if (writer != null) {
            try {
                writer.rollback();
            } catch (IOException | RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            writer = null;
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
                reader = null;
            }
            writtenSinceRefresh.clear();
        }
        String reason = diskFull(e) ? "the disk is full"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason().toLowerCase(java.util.Locale.ROOT)
                : String.valueOf(e.getMessage());
        return new IndexUnusableException("Could not write to the index " + path + ": " + reason + "; the " + committed
                + (committed == 1 ? " article committed before is kept." : " articles committed before are kept."), e);
    }

    /** Articles in the last commit, read from its list of segments alone. */
    private static int committedIn(Directory dir) throws IOException {
        int articles = 0;
        for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(dir)) {
            articles += segment.info.maxDoc() - segment.getDelCount() - segment.getSoftDelCount();
        }
        return articles;
    }

    /** Whether the failure, or one under it, is the operating system's "no space left". */
    private static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("no space left") || message.contains("disk quota exceeded") || message.contains("not enough space")) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (diskFull(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An index whose articles this version would not recognise (other ids, fingerprints or fields): writing would store them twice. */
    private IndexUnusableException earlierVersion(Exception cause) {
        return new IndexUnusableException("The index " + path + " was written by an earlier version of lede, which stored articles"
                + " differently; delete it and index the articles again (searching it still works).", cause);
    }

    /** Articles with vectors of one model (or none) beside articles with vectors of another could not be ranked together. */
    private IndexUnusableException mixedVectors(String kept) {
        String model = kept == null ? null : kept.substring(0, kept.lastIndexOf('/'));
        if (kept == null) {
            return new IndexUnusableException("The index " + path + " was built without vectors; to search by meaning too,"
                    + " index the articles into a new index with vectors.");
        }
        if (vectors == null) {
            return new IndexUnusableException("The index " + path + " keeps vectors of the model " + model
                    + "; add articles to it with that model, so that every article has one.");
        }
        return new IndexUnusableException("The index " + path + " keeps vectors of the model " + model + ", not of "
                + vectors.substring(0, vectors.lastIndexOf('/')) + "; index into a new index to use another model.");
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
            // Lucene's lock and half-written first commit: a lede run stopped as it began to write.
            empty = entries.map(entry -> entry.getFileName().toString())
                    .allMatch(name -> name.equals(IndexWriter.WRITE_LOCK_NAME) || name.startsWith("pending_segments_"));
        }
        if (!empty && !exists(path)) {
            throw new IndexUnusableException(path + " holds other files and is not a lede index; choose another directory.");
        }
    }
}
