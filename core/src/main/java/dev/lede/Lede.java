package dev.lede;

import dev.lede.internal.eval.BaselineRanker;
import dev.lede.internal.eval.Judgements;
import dev.lede.internal.eval.Metrics;
import dev.lede.internal.eval.StoryEvaluation;
import dev.lede.internal.index.Fields;
import dev.lede.internal.index.Fingerprint;
import dev.lede.internal.index.IndexStore;
import dev.lede.internal.index.RunInputs;
import dev.lede.internal.names.NameEvaluation;
import dev.lede.internal.names.NameMatch;
import dev.lede.internal.parse.ArticleIds;
import dev.lede.internal.parse.InputFiles;
import dev.lede.internal.parse.InputReader;
import dev.lede.internal.search.ArticleSearcher;
import dev.lede.internal.search.FacetCounter;
import dev.lede.internal.search.LedeQueryParser;
import dev.lede.internal.search.SimilarArticles;
import dev.lede.internal.semantic.Fusion;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;

/**
 * A news index on disk: the one class to use lede from Java.
 *
 * <pre>{@code
 * try (Lede lede = Lede.open(Path.of("news-index"))) {
 *     lede.index(List.of(Path.of("articles/")), IndexListener.NONE);
 *     for (Hit hit : lede.search("ceasefire hostages").hits()) {
 *         System.out.println(hit.rank() + ". " + hit.title() + " (" + hit.source() + ")");
 *     }
 * }
 * }</pre>
 *
 * <p>Searching never blocks writing: a search sees the index as of the last commit by another
 * process (looked for at most once per {@link Builder#refreshEvery}, a second by default), and everything
 * written so far through this instance (or, with {@link Builder#readYourWrites} off, what it wrote up to
 * its last look or commit). Only one process at a time may write; a second gets an
 * {@link IndexLockedException}, and may open the index {@link Builder#readOnly} to search it meanwhile.
 * Options hold for one instance: {@link #builder(Path)}.
 *
 * <p>Any number of threads may search one instance while others write through it: each search holds
 * its view of the index until it is done, so a newer view never closes under it. Writes ({@code add},
 * {@code index}, {@code remove}, {@code commit}) may come from any thread; they take turns (a whole
 * {@code index} run is one turn), and searches never wait for them. Call {@code close} once, after
 * the other calls have returned.
 */
public final class Lede implements Closeable {
    /** How many articles a search returns unless told otherwise. */
    public static final int DEFAULT_LIMIT = 10;
    /**
     * Commit after this many new or changed articles by default, so an interrupted run keeps most of its work... Each
     * commit writes what waits as a segment: at 5,000 a bulk load of 100,000 articles left 6 segments where raw Lucene
     * has 3, and searches a third slower at p99 (BENCHMARKS.md); at 50,000, 4 and as fast as raw Lucene.
     */
    public static final int COMMIT_EVERY = 50_000;
    /** ... or after this long with any of them waiting: slow inputs lose little too. */
    public static final Duration COMMIT_AFTER = Duration.ofSeconds(10);
    /** How often a search looks for other processes' commits by default. */
    public static final Duration REFRESH_EVERY = Duration.ofSeconds(1);
    /** How many exact copies a report names. */
    private static final int COPIES_NAMED = 5;
    /** How many versions an article keeps the fingerprints of, to recognise them when the run is read again. */
    private static final int VERSIONS_KEPT = 8;

    /** How deep rankings go when evaluated (trec_eval's default). */
    private static final int EVALUATION_DEPTH = 1000;

    private final IndexStore store;
    /** Gives an article its names before it is written; null when articles keep the names they come with. */
    private final NameFinder namer;
    /** Tells when to commit by time. */
    private final LongSupplier clock;
    private final int commitEvery;
    private final long commitNanos;
    private final boolean readOnly;
    /** New or changed articles and removals since the last commit; only touched under {@link #writing}. */
    private int uncommitted;
    /** When the oldest of them was written, by {@link #clock}. */
    private long firstUncommitted;
    /** Writes take turns on this lock, so one reused fingerprint buffer serves them all. */
    private final ReentrantLock writing = new ReentrantLock();
    private final Fingerprint fingerprint = new Fingerprint();
    /** Searches the latest view of the index; threads that race to replace it each make one, which is harmless. */
    private volatile ArticleSearcher searcher;
    /** Gives articles and queries their vectors (hybrid retrieval); null when the index is searched by words alone. */
    private final Embedder embedder;

    private Lede(Builder options) throws IOException {
        this.embedder = options.embedder;
        this.store = new IndexStore(options.directory, options.opener, options.refreshEvery.toNanos(), options.readYourWrites, options.readOnly,
                options.embedder == null ? null : vectors(options.directory, options.embedder));
        this.namer = options.names == NameFinder.none() ? null : options.names;
        this.clock = options.clock;
        this.commitEvery = options.commitEvery;
        this.commitNanos = options.commitAfter.toNanos();
        this.readOnly = options.readOnly;
    }

    /**
     * Opens the index in {@code directory} with lede's defaults, creating it on the first write if there is
     * none (nothing is created before: reading a missing index leaves no directory behind). The same as
     * {@code Lede.builder(directory).open()}.
     *
     * @param directory the index directory
     * @return the open index; close it when done
     * @throws IndexUnusableException if the directory holds other files and is not an index
     * @throws IOException if the directory cannot be read
     */
    public static Lede open(Path directory) throws IOException {
        return builder(directory).open();
    }

    /**
     * Options for one index, set one by one, then {@link Builder#open()}:
     *
     * <pre>{@code
     * try (Lede lede = Lede.builder(Path.of("news-index"))
     *         .nameFinder(NameFinder.withModel(Path.of("en-ner-person.bin")))
     *         .commitEvery(1_000, Duration.ofSeconds(5))
     *         .open()) {
     *     ...
     * }
     * }</pre>
     *
     * @param directory the index directory
     * @return a builder with lede's defaults
     */
    public static Builder builder(Path directory) {
        return new Builder(directory);
    }

    /**
     * How one {@link Lede} instance works; each option holds for that instance alone, so instances with other
     * options may be open side by side in one process. Not for sharing between threads while being set.
     */
    public static final class Builder {
        private final Path directory;
        private NameFinder names = NameFinder.lede();
        private int commitEvery = COMMIT_EVERY;
        private Duration commitAfter = COMMIT_AFTER;
        private Duration refreshEvery = REFRESH_EVERY;
        private boolean readYourWrites = true;
        private boolean readOnly;
        private IndexStore.Opener opener = FSDirectory::open;
        private LongSupplier clock = System::nanoTime;
        private Embedder embedder;

        private Builder(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
        }

        /**
         * How articles added without names get theirs: {@link NameFinder#lede()} (the default), {@link NameFinder#none()}
         * (they keep none: bulk loads where names are not wanted, or come from elsewhere), {@link NameFinder#withModel},
         * or a finder of your own.
         *
         * @param finder the name finder
         * @return this builder
         */
        public Builder nameFinder(NameFinder finder) {
            this.names = Objects.requireNonNull(finder, "finder");
            return this;
        }

        /**
         * Commit by itself after this many new, changed or removed articles, or once the oldest of them waits this
         * long (checked as each is written), so that a crash loses little. Defaults: {@value #COMMIT_EVERY} and 10
         * seconds. {@link Lede#commit()} and {@link Lede#close()} commit whatever waits.
         *
         * @param articles how many writes wait at most before a commit, 1 or more
         * @param after how long the oldest write waits at most
         * @return this builder
         * @throws IllegalArgumentException if {@code articles} is less than 1 or {@code after} is negative
         */
        public Builder commitEvery(int articles, Duration after) {
            if (articles < 1 || after.isNegative()) {
                throw new IllegalArgumentException("commit after 1 article or more, and after no negative time");
            }
            this.commitEvery = articles;
            this.commitAfter = after;
            return this;
        }

        /**
         * How often searches look for other processes' commits: at most once per this interval (default one
         * second), so that a busy searcher does not ask the file system on every query. This instance's own
         * writes are seen by its next search whatever the interval, unless {@link #readYourWrites} is off.
         *
         * @param interval the least time between two looks
         * @return this builder
         * @throws IllegalArgumentException if the interval is negative
         */
        public Builder refreshEvery(Duration interval) {
            if (interval.isNegative()) {
                throw new IllegalArgumentException("the refresh interval must not be negative");
            }
            this.refreshEvery = interval;
            return this;
        }

        /**
         * Whether each search sees every article this instance wrote before the search began (the default). Each
         * such search then opens a new view when there were writes since the last, which costs Lucene a small segment:
         * a service that writes continuously while it searches does better with this off, its own writes then seen
         * as other processes' commits are, within {@link #refreshEvery}, and at once after {@link Lede#commit}
         * (BENCHMARKS.md, "Searching while indexing").
         *
         * @param readYourWrites {@code false} to see this instance's writes within the refresh interval
         * @return this builder
         */
        public Builder readYourWrites(boolean readYourWrites) {
            this.readYourWrites = readYourWrites;
            return this;
        }

        /**
         * Only search: the instance never takes the write lock (so it opens while another process writes, and on
         * a read-only disk), and {@code add}, {@code index}, {@code remove} and {@code commit} throw
         * {@link IllegalStateException}.
         *
         * @param readOnly {@code true} for an instance that only searches
         * @return this builder
         */
        public Builder readOnly(boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        /**
         * Hybrid retrieval: a sentence-embedding model. Articles added get a vector of their headline and the start of
         * their text, and searches fuse the ranking of the query's words with the articles nearest the query in meaning
         * (reciprocal rank fusion). A query of plain words may then also find articles that have none of its words;
         * other queries keep to their matches. An index keeps the vectors of one model: {@link #open()} refuses another
         * with {@link IndexUnusableException}, and adding articles with vectors to an index built without them (or the
         * reverse) is refused when it is tried. Default: none, the words alone.
         *
         * @param embedder the model
         * @return this builder
         */
        public Builder embedder(Embedder embedder) {
            this.embedder = Objects.requireNonNull(embedder, "embedder");
            return this;
        }

        /** Opens the Lucene directory at the path; tests put failing disks in between. */
        Builder opener(IndexStore.Opener opener) {
            this.opener = opener;
            return this;
        }

        /** Tells when to commit by time; tests count instead. */
        Builder clock(LongSupplier clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Opens the index with these options, creating it on the first write if there is none.
         *
         * @return the open index; close it when done
         * @throws IndexUnusableException if the directory holds other files and is not an index
         * @throws IOException if the directory cannot be read
         */
        public Lede open() throws IOException {
            return new Lede(this);
        }
    }

    /**
     * The sentence-embedding model whose vectors the index keeps, if it keeps any (see {@link Builder#embedder}).
     *
     * @param directory the index directory
     * @return the model's name, or empty when the index keeps no vectors
     * @throws IOException if the index cannot be read
     */
    public static Optional<String> vectorModel(Path directory) throws IOException {
        String kept = IndexStore.vectors(directory);
        return kept == null ? Optional.empty() : Optional.of(kept.substring(0, kept.lastIndexOf('/')));
    }

    /** The embedder's {@code name/dimension}, as the index records it; another model than the index's is refused. */
    private static String vectors(Path directory, Embedder embedder) throws IOException {
        String vectors = embedder.model() + "/" + embedder.dimension();
        String kept = IndexStore.vectors(directory);
        if (kept != null && !kept.equals(vectors)) {
            throw new IndexUnusableException("The index " + directory + " keeps vectors of the model "
                    + kept.substring(0, kept.lastIndexOf('/')) + ", not of " + embedder.model()
                    + "; open it with that model, or index into a new index to use another.");
        }
        return vectors;
    }

    /**
     * Whether {@code directory} holds an index with at least one commit; creates nothing.
     *
     * @param directory a directory, which need not exist
     * @return whether it holds an index
     */
    public static boolean exists(Path directory) {
        return IndexStore.exists(directory);
    }

    /**
     * Reads the articles in one file (format told by extension or content), with their names; never throws.
     * Holds them all; for large files use {@link #parse(Path, InputFormat, Consumer, Consumer)}.
     *
     * @param file the file; {@code -} reads standard input
     * @return its articles and the problems met
     */
    public static ParseResult parse(Path file) {
        return parse(file, InputFormat.AUTO);
    }

    /**
     * Reads the articles in one file with their names, without indexing them; never throws.
     *
     * @param file the file; {@code -} reads standard input
     * @param format the format, or {@link InputFormat#AUTO} to tell it by extension or content
     * @return its articles and the problems met
     */
    public static ParseResult parse(Path file, InputFormat format) {
        List<ParseResult.Located> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        parse(file, format, articles::add, problems::add);
        return new ParseResult(articles, problems);
    }

    /**
     * Reads the articles in one file with their names, handing each over as it is read, so a file of
     * any size needs little memory; never throws (but passes on what the consumers throw).
     *
     * @param file the file; {@code -} reads standard input
     * @param format the format, or {@link InputFormat#AUTO} to tell it by extension or content
     * @param articles gets each article, in input order
     * @param problems gets each input that was skipped, and each notice about an input read anyway
     */
    public static void parse(Path file, InputFormat format, Consumer<ParseResult.Located> articles,
            Consumer<InputProblem> problems) {
        parse(file, format, NameFinder.lede(), articles, problems);
    }

    /**
     * Reads the articles in one file like {@link #parse(Path, InputFormat, Consumer, Consumer)}, each named by
     * {@code names} unless it comes with names.
     *
     * @param file the file; {@code -} reads standard input
     * @param format the format, or {@code null} to tell it by extension or content
     * @param names the name finder for articles that come without names
     * @param articles receives each article as it is read
     * @param problems receives each input skipped, and each notice
     */
    public static void parse(Path file, InputFormat format, NameFinder names, Consumer<ParseResult.Located> articles,
            Consumer<InputProblem> problems) {
        InputReader.read(file, format,
                (article, line) -> articles.accept(new ParseResult.Located(names.name(article), file.toString(), line)), problems);
    }

    /**
     * The files that {@link #index} and {@link #parse} would read for these paths: directories
     * recursively, without hidden files or files of other types; {@code -} stays as is (standard input).
     *
     * @param paths files and directories
     * @param problems receives each path that cannot be read
     * @return the files, in the order they would be read
     */
    public static List<Path> files(List<Path> paths, Consumer<InputProblem> problems) {
        return InputFiles.expand(paths, problems);
    }

    /**
     * Scores lede's own name finder against labelled articles.
     *
     * @param labels a label file, or a directory of them ({@code testdata/names}); see its {@code GUIDE.md}
     * @return precision, recall and F1 per type and overall
     * @throws IOException if the labels cannot be read
     */
    public static NameScores evaluateNames(Path labels) throws IOException {
        return evaluateNames(labels, NameFinder.lede());
    }

    /**
     * Scores a name finder against labelled articles, as {@link #evaluateNames(Path)} does lede's own.
     *
     * @param labels a label file, or a directory of them
     * @param names the finder to score
     * @return precision, recall and F1 per type and overall
     * @throws IOException if the labels cannot be read
     */
    public static NameScores evaluateNames(Path labels, NameFinder names) throws IOException {
        return NameEvaluation.score(labels, names::mentions);
    }

    /**
     * Adds the article, or replaces the one with the same id. Names are extracted when the article
     * has none. Visible to this instance's searches at once; durable after {@link #commit()}, {@link #close()},
     * or a commit the instance's {@link Builder#commitEvery} policy makes.
     *
     * @throws IllegalStateException if the instance was opened {@link Builder#readOnly}
     *
     * @param article the article
     * @return whether it was added, replaced an older version, or was already there unchanged
     * @throws IndexLockedException if another process is writing to the index
     * @throws IndexUnusableException if the index cannot be written (a full disk); it says what was kept
     * @throws IOException if the index cannot be read or written
     */
    public Change add(Article article) throws IOException {
        lockForWriting();
        try {
            Change change = put(article, fingerprint(article), false, null);
            written(change != Change.UNCHANGED);
            return change;
        } finally {
            writing.unlock();
        }
    }

    /**
     * Counts a write towards the commit policy, and commits when it says to.
     *
     * @return whether it committed
     */
    private boolean written(boolean changed) throws IOException {
        if (changed && uncommitted++ == 0) {
            firstUncommitted = clock.getAsLong();
        }
        // By new work, not by articles read: a re-run over committed articles has nothing to commit.
        if (uncommitted >= commitEvery || (uncommitted > 0 && clock.getAsLong() - firstUncommitted >= commitNanos)) {
            commitHeld();
            return true;
        }
        return false;
    }

    /**
     * The article's fingerprint as given, with which extractor will name it (so that adding a name model
     * and indexing again names the articles anew).
     */
    private String fingerprint(Article article) {
        return fingerprint.of(article, namer == null ? null : namer.version());
    }

    /**
     * Writes the article unless the index has it. The fingerprint is of the article as given, so an
     * unchanged one costs a look-up and no name extraction.
     *
     * @param laterVersion an earlier input of this run had the same id and other content: this one
     *     replaces it, and the index keeps the earlier one's fingerprint so that reading the run again
     *     passes over both
     */
    private Change put(Article article, String print, boolean laterVersion, Origin origin) throws IOException {
        String stored = store.fingerprints(article.id());
        if (stored != null) {
            List<String> versions = List.of(stored.split(" "));
            if (versions.get(0).equals(print) || (!laterVersion && versions.contains(print))) {
                return Change.UNCHANGED;
            }
        }
        String kept = print;
        if (laterVersion && stored != null) {
            List<String> versions = new ArrayList<>(List.of(stored.split(" ")));
            versions.remove(print);
            for (String earlier : versions.subList(0, Math.min(versions.size(), VERSIONS_KEPT - 1))) {
                kept += " " + earlier;
            }
        }
        Article named = namer != null ? namer.name(article) : article;
        store.write(named, kept, stored == null, embedder == null ? null : Fusion.vector(embedder, Fusion.text(named)), origin);
        return stored == null ? Change.ADDED : Change.UPDATED;
    }

    /**
     * Deletes the article with this id; false if there was none.
     *
     * @param id the article's id
     * @return {@code true} if an article was deleted
     * @throws IOException if the index cannot be read or written
     */
    public boolean remove(String id) throws IOException {
        lockForWriting();
        try {
            boolean removed = store.delete(id);
            written(removed);
            return removed;
        } finally {
            writing.unlock();
        }
    }

    /**
     * Indexes every article in the given files and directories (recursively; hidden files and files of
     * other types skipped, and counted in the report). Bad inputs are reported and skipped; everything
     * else is indexed and committed. Exact copies of an earlier input of the run are stored once and
     * counted. Commits come as {@link Builder#commitEvery} says (by default after every 50,000 new or changed
     * articles and every 10 seconds with any waiting), so an interrupted run keeps most of its work, and
     * running it again finishes it.
     *
     * @param paths files and directories; {@code -} reads standard input
     * @param listener hears about progress and skipped inputs ({@link IndexListener#NONE} for none)
     * @return what was added, updated, left unchanged and skipped
     * @throws IOException if the index cannot be read or written
     */
    public IndexReport index(List<Path> paths, IndexListener listener) throws IOException {
        return index(paths, InputFormat.AUTO, listener);
    }

    /**
     * Indexes every article in the given files and directories, read in the given format.
     *
     * @param paths files and directories; {@code -} reads standard input
     * @param format the format of every file, or {@link InputFormat#AUTO} to tell each by extension or content
     * @param listener hears about progress and skipped inputs
     * @return what was added, updated, left unchanged and skipped
     * @throws IOException if the index cannot be read or written
     */
    public IndexReport index(List<Path> paths, InputFormat format, IndexListener listener) throws IOException {
        lockForWriting();
        try {
            return indexHeld(paths, format, listener);
        } finally {
            writing.unlock();
        }
    }

    private IndexReport indexHeld(List<Path> paths, InputFormat format, IndexListener listener) throws IOException {
        List<InputProblem> problems = new ArrayList<>();
        Consumer<InputProblem> report = problem -> {
            problems.add(problem);
            listener.problem(problem);
        };
        Map<String, Integer> notRead = new TreeMap<>();
        List<Path> files = InputFiles.expand(paths, report, file -> notRead.merge(InputFiles.kind(file), 1, Integer::sum));
        Run run = new Run(listener);
        listener.committed(store.committedArticles());
        int done = 0;
        for (Path file : files) {
            IOException[] failure = new IOException[1];
            // Absolute, so that it still names the file when searched from another directory; none for standard input.
            String path = file.toString().equals("-") ? null : file.toAbsolutePath().normalize().toString();
            InputReader.read(file, format, (article, line) -> {
                if (failure[0] == null) {
                    try {
                        run.add(article, line == 0 ? file.toString() : file + ":" + line, path == null ? null : new Origin(path, line));
                    } catch (IOException e) {
                        failure[0] = e;
                    }
                }
            }, report);
            if (failure[0] != null) {
                throw failure[0];
            }
            listener.fileDone(++done, files.size(), run.articles());
        }
        commitHeld();
        listener.committed(store.committedArticles());
        List<Map.Entry<String, Integer>> kinds = new ArrayList<>(notRead.entrySet());
        kinds.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        Map<String, Integer> byKind = new LinkedHashMap<>();
        kinds.forEach(kind -> byKind.put(kind.getKey(), kind.getValue()));
        return new IndexReport(files.size(), run.counts[Change.ADDED.ordinal()], run.counts[Change.UPDATED.ordinal()],
                run.counts[Change.UNCHANGED.ordinal()], run.copies, run.copiesNamed, byKind, problems);
    }

    /** One indexing run: what it found, and when to commit. */
    private final class Run {
        private final IndexListener listener;
        private final RunInputs inputs = new RunInputs();
        final int[] counts = new int[Change.values().length];
        int copies;
        final List<String> copiesNamed = new ArrayList<>();

        Run(IndexListener listener) {
            this.listener = listener;
        }

        void add(Article article, String location, Origin origin) throws IOException {
            String print = fingerprint(article);
            RunInputs.Seen seen = inputs.see(article.id(), print);
            // An id made from the text is shared only by the same text, white space aside: a copy, not a version.
            if (seen == RunInputs.Seen.COPY || (seen == RunInputs.Seen.OTHER_VERSION && ArticleIds.isFromText(article.id(), article.title(), article.body(), article.link()))) {
                copies++;
                if (copiesNamed.size() < COPIES_NAMED) {
                    copiesNamed.add(location);
                }
                return;
            }
            Change change = put(article, print, seen == RunInputs.Seen.OTHER_VERSION, origin);
            counts[change.ordinal()]++;
            if (written(change != Change.UNCHANGED)) {
                listener.committed(store.committedArticles());
            }
        }

        int articles() {
            return counts[0] + counts[1] + counts[2] + copies;
        }
    }

    /**
     * The {@value #DEFAULT_LIMIT} best matches for a query.
     *
     * @param query a query in lede's syntax
     * @return the best matches, best first
     * @throws IOException if the index cannot be read or written
     */
    public SearchResults search(String query) throws IOException {
        return search(query, DEFAULT_LIMIT);
    }

    /**
     * The best matches for a query, best first, with snippets.
     *
     * @param query words, {@code "phrases"}, {@code -exclusions} and filters such as {@code name:"Benny Gantz"}
     *     or {@code source:aljazeera.com}
     * @param limit how many hits to return at most
     * @return the best matches, best first
     * @throws InvalidQueryException if the query cannot be understood; its message says why in one sentence
     * @throws IOException if the index cannot be read or written
     */
    public SearchResults search(String query, int limit) throws IOException {
        return search(Search.of(query).page(0, Math.clamp(limit, 0, Search.MAX_WINDOW)));
    }

    /**
     * One page of the matches for a search, in its order, with snippets: {@code Search.of("ceasefire").sortedBy(Sort.NEWEST)
     * .page(10, 10)} is the second page of ten, newest first. {@link SearchResults#total()} counts every match, exactly up
     * to {@value SearchResults#EXACT_COUNT_LIMIT} or the page's end, whichever is further.
     *
     * @param search the query, filters, order and page
     * @return the page of matches, and how many there are in all
     * @throws InvalidQueryException if the query cannot be understood; its message says why in one sentence
     * @throws IndexUnusableException if the search sorts by date and the index was written by a version of lede that
     *     kept no dates to sort by
     * @throws IOException if the index cannot be read or written
     */
    public SearchResults search(Search search) throws IOException {
        DirectoryReader reader = store.acquire();
        if (reader == null) {
            if (search.query() != null) {
                LedeQueryParser.parse(search.query(), store.analyzer());
            }
            return new SearchResults(search.query() == null ? "" : search.query(), 0, true, List.of());
        }
        try {
            return searcher(reader).search(search);
        } finally {
            store.release(reader);
        }
    }

    /**
     * A list of queries, one a line (a list of names or companies to look for), each searched in turn and handed to
     * {@code each} with its line number as soon as it is done, so a list of any length needs little memory. Blank
     * lines and lines starting with {@code #} are passed over. A query that cannot be understood is handed over with
     * its problem, and the rest still run.
     *
     * @param queries the list; read to its end, not closed
     * @param search the order, feedback and filters each query is searched with, its limit the hits kept per query
     *     (its query is not used)
     * @param each given each query's result, in the list's order
     * @throws IOException if the list or the index cannot be read
     */
    public void searchBatch(Reader queries, Search search, Consumer<? super BatchResult> each) throws IOException {
        Objects.requireNonNull(each, "each");
        BufferedReader lines = queries instanceof BufferedReader buffered ? buffered : new BufferedReader(queries);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String query = line.strip();
            if (query.isEmpty() || query.startsWith("#")) {
                continue;
            }
            BatchResult result;
            try {
                result = new BatchResult(number, query, search(search.withQuery(query)), null);
            } catch (InvalidQueryException invalid) {
                result = new BatchResult(number, query, null, invalid.getMessage());
            }
            each.accept(result);
        }
    }

    /**
     * Below how many matches a query matches "little", so that {@link #suggest} looks for a better spelling of it: a
     * query that finds this many articles or more is taken as meant.
     */
    public static final int SUGGEST_BELOW = 3;

    /**
     * "Did you mean": the query with each word that no article holds replaced by the closest word or name the index
     * does hold ({@code Mourhino} becomes {@code Mourinho}), everything else (operators, phrases' quotes, filters)
     * as typed. Given only when the query matches fewer than {@value #SUGGEST_BELOW} articles and the suggestion
     * matches more. Safe to call from several threads at once, like {@link #search(Search)}.
     *
     * @param query a query in lede's syntax
     * @return the suggested query, or empty
     * @throws InvalidQueryException if the query cannot be understood
     * @throws IOException if the index cannot be read or written
     */
    public Optional<String> suggest(String query) throws IOException {
        Objects.requireNonNull(query, "query");
        DirectoryReader reader = store.acquire();
        if (reader == null) {
            LedeQueryParser.parse(query, store.analyzer());
            return Optional.empty();
        }
        try {
            return searcher(reader).suggest(query, SUGGEST_BELOW);
        } finally {
            store.release(reader);
        }
    }

    /**
     * Every match of a search, not only a page, handed to {@code each} in the search's order on the calling
     * thread, for exports: read a page at a time from one view of the index (changes made meanwhile are not
     * seen), so memory does not grow with the number of matches. The search's offset and limit do not apply;
     * ranks run from 1. Ranked by the words alone, also where the index keeps vectors. Snippets cost a
     * highlighting pass per hit; without them a hit's snippet is empty.
     *
     * @param search the query, filters and order; its page is not used
     * @param snippets whether to fill in each hit's snippet (slower)
     * @param each receives every match, in order
     * @return how many matches there were
     * @throws InvalidQueryException if the query cannot be understood
     * @throws IndexUnusableException as for {@link #search(Search)}
     * @throws IOException if the index cannot be read or written
     */
    public long forEachMatch(Search search, boolean snippets, Consumer<? super Hit> each) throws IOException {
        Objects.requireNonNull(each, "each");
        DirectoryReader reader = store.acquire();
        if (reader == null) {
            if (search.query() != null) {
                LedeQueryParser.parse(search.query(), store.analyzer());
            }
            return 0;
        }
        try {
            return searcher(reader).forEachMatch(search, snippets, each);
        } finally {
            store.release(reader);
        }
    }

    /**
     * The articles most like the one with this id, best first, with snippets of what they share: other reports of
     * the same story, then of its topic. The query is made of the article's most telling words (frequent in it,
     * rare in the index) from its headline, text and names (Lucene's MoreLikeThis). The article itself and its
     * copies (the same text, white space aside, or a near-copy as {@link #copies} finds them) are left out; near-copies
     * of one another among the rest are one hit, with the others as its {@link Hit#copies()}, as in a search.
     * {@link SearchResults#query()} is the id; {@link SearchResults#total()} counts the articles that share any of
     * those words.
     *
     * @param id the article's id
     * @param limit how many hits (stories) to return at most
     * @return empty when the index holds no article with this id
     * @throws IOException if the index cannot be read
     */
    public Optional<SearchResults> similar(String id, int limit) throws IOException {
        Objects.requireNonNull(id, "id");
        DirectoryReader reader = store.acquire();
        if (reader == null) {
            return Optional.empty();
        }
        try {
            return searcher(reader).similar(id, Math.clamp(limit, 0, Search.MAX_WINDOW));
        } finally {
            store.release(reader);
        }
    }

    /**
     * How well {@link #similar} finds the rest of each story, on articles labelled by story. An article's near-copies,
     * which {@link #similar} leaves out, are not expected of it; a hit's copies count where the hit is ranked.
     *
     * @param stories {@code article-id<TAB>story} lines ({@code #} comments and blank lines skipped)
     * @return precision and average precision per story and over all labelled articles
     * @throws IOException if the index cannot be read
     * @throws LedeException if the file cannot be read or used, or labels an article the index does not hold
     */
    public SimilarityScores evaluateSimilar(Path stories) throws IOException {
        Map<String, java.util.Set<String>> labelled;
        try {
            labelled = StoryEvaluation.stories(stories);
        } catch (IOException e) {
            throw new LedeException(unreadable("story labels file", stories, e), e);
        }
        DirectoryReader reader = store.acquire();
        if (reader == null) {
            throw new IndexUnusableException("The index is empty; index the labelled articles first.");
        }
        try {
            ArticleSearcher searcher = searcher(reader);
            return StoryEvaluation.score(labelled, (id, depth) -> searcher.similar(id, depth, SimilarArticles.Settings.DEFAULT, false)
                    .orElseThrow(() -> new LedeException("The story labels name the article " + id
                            + ", which the index does not hold; index the labelled articles first."))
                    .hits().stream().flatMap(hit -> Stream.concat(Stream.of(hit.id()),
                            hit.copies().stream().map(Copy::id))).toList(),
                    id -> searcher.copies(id).stream().map(Copy::id).collect(Collectors.toSet()));
        } finally {
            store.release(reader);
        }
    }

    /** The searcher for this view of the index, made anew only when the view changes. */
    private ArticleSearcher searcher(DirectoryReader reader) {
        ArticleSearcher current = searcher;
        if (current == null || current.reader() != reader) {
            current = new ArticleSearcher(reader, store.analyzer(), Fusion.of(embedder, reader));
            searcher = current;
        }
        return current;
    }

    /**
     * The most frequent names (per type) and sources among the articles matching a query.
     *
     * @param query as for {@link #search}; {@code *} counts the whole index
     * @param top how many values to return per facet, 1 or more
     * @return the counts, and how many articles were counted
     * @throws IllegalArgumentException if {@code top} is less than 1
     * @throws IOException if the index cannot be read or written
     */
    public Facets facets(String query, int top) throws IOException {
        DirectoryReader reader = store.acquire();
        try {
            return facets(reader, LedeQueryParser.parse(query, store.analyzer(), reader).query(), top);
        } finally {
            store.release(reader);
        }
    }

    private static Facets facets(DirectoryReader reader, Query parsed, int top) throws IOException {
        return reader == null ? FacetCounter.count(new MultiReader(), parsed, top, null) : FacetCounter.count(reader, parsed, top, null);
    }

    /**
     * The names that most often appear in the same articles as a name, and the sources of those articles.
     *
     * @param name a name, matched as {@code name:"..."} matches in a search: the found name holds its words
     *     in order ("Gantz" and "Benny Gantz" both find "Benny Gantz"); the names it matches are not listed
     * @param top how many values to return per facet, 1 or more
     * @return the counts, and how many articles were counted
     * @throws IllegalArgumentException if {@code top} is less than 1
     * @throws IOException if the index cannot be read or written
     */
    public Facets namesWith(String name, int top) throws IOException {
        Query naming = NameMatch.query(Fields.NAMES, name, store.analyzer());
        java.util.function.Predicate<String> same = NameMatch.matcher(Fields.NAMES, name, store.analyzer());
        DirectoryReader reader = store.acquire();
        try {
            return reader == null ? FacetCounter.countWithout(new MultiReader(), naming, top, same)
                    : FacetCounter.countWithout(reader, naming, top, same);
        } finally {
            store.release(reader);
        }
    }

    /**
     * Scores lede's ranking, and a plain Lucene baseline's over the same articles, on judged topics.
     *
     * @param topics TSV ({@code id<TAB>query}) or TREC XML topics
     * @param qrels TREC qrels ({@code topic 0 article grade}); topics without judgements are skipped
     * @param run where to also write lede's ranking as a TREC run file, or {@code null}; never inside an index
     * @param runTag the run's name in that file
     * @return per-topic and mean scores of lede and of the baseline
     * @throws LedeException if the topics or qrels cannot be read or used, or the run file cannot be written there
     * @throws IOException if a file cannot be read or written, or the index read
     */
    public RankingScores evaluate(Path topics, Path qrels, Path run, String runTag) throws IOException {
        return evaluate(topics, qrels, run, runTag, null);
    }

    /**
     * As {@link #evaluate(Path, Path, Path, String)}, lede's ranking with {@code feedback} ({@code null} for none).
     *
     * @param topics the topics file
     * @param qrels the judgements file
     * @param run where to write a TREC run file of lede's ranking, or {@code null}
     * @param runTag the run file's tag
     * @param feedback the feedback settings, or {@code null} for none
     * @return per-topic and mean scores of lede and of the baseline
     * @throws IOException if a file cannot be read or written, or the index read
     */
    public RankingScores evaluate(Path topics, Path qrels, Path run, String runTag, Feedback feedback) throws IOException {
        Path runDirectory = run == null ? null : run.toAbsolutePath().getParent();
        // A run written into an index directory could replace one of its files (segments_1) and ruin it.
        if (runDirectory != null && !Files.isDirectory(runDirectory)) {
            throw new LedeException("The run file " + run + " cannot be written: its directory does not exist.");
        }
        if (runDirectory != null && IndexStore.exists(runDirectory)) {
            throw new LedeException("The run file " + run + " would be written inside the index "
                    + (run.getParent() == null ? runDirectory : run.getParent()) + "; choose a file outside it.");
        }
        if (run != null && Files.isDirectory(run)) {
            throw new LedeException("The run file " + run + " is a directory; name a file.");
        }
        Map<String, String> queries;
        Map<String, Map<String, Integer>> grades;
        try {
            queries = Judgements.topics(topics);
        } catch (IOException e) {
            throw new LedeException(unreadable("topics file", topics, e), e);
        }
        try {
            grades = Judgements.qrels(qrels);
        } catch (IOException e) {
            throw new LedeException(unreadable("qrels file", qrels, e), e);
        }
        DirectoryReader reader = store.acquire();
        if (reader == null) {
            throw new IndexUnusableException("The index is empty; index the judged articles first.");
        }
        List<RankingScores.Topic> scored = new ArrayList<>();
        List<String> runLines = new ArrayList<>();
        try {
            try (BaselineRanker baseline = new BaselineRanker(reader)) {
                for (Map.Entry<String, String> topic : queries.entrySet()) {
                    List<Hit> hits = searcher(reader).rank(topic.getValue(), EVALUATION_DEPTH, feedback);
                    List<String> ranking = hits.stream().map(Hit::id).toList();
                    for (Hit hit : hits) {
                        runLines.add(topic.getKey() + " Q0 " + hit.id() + " " + hit.rank() + " " + hit.score() + " " + runTag);
                    }
                    Map<String, Integer> judged = grades.get(topic.getKey());
                    if (judged != null) {
                        scored.add(new RankingScores.Topic(topic.getKey(), topic.getValue(), Metrics.score(ranking, judged),
                                Metrics.score(baseline.rank(topic.getValue(), EVALUATION_DEPTH), judged)));
                    }
                }
            }
        } finally {
            store.release(reader);
        }
        if (run != null) {
            try {
                Files.write(run, runLines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new LedeException("The run file " + run + " could not be written: " + reason(e) + ".", e);
            }
        }
        return new RankingScores(scored, RankingScores.Scores.mean(scored.stream().map(RankingScores.Topic::lede).toList()),
                RankingScores.Scores.mean(scored.stream().map(RankingScores.Topic::baseline).toList()));
    }

    /** One sentence for an evaluation input that cannot be read, naming it. */
    private static String unreadable(String what, Path file, IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "The " + what + " " + file + " does not exist.";
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "The " + what + " " + file + " is not UTF-8 text.";
        }
        return "The " + what + " " + file + " cannot be read: " + reason(e) + ".";
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "its directory does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof java.nio.file.FileSystemException fs ? fs.getReason() : e.getMessage();
        return reason == null ? e.getClass().getSimpleName() : reason.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * {@return the article with this id, as stored}
     *
     * @param id the article's id
     * @throws IOException if the index cannot be read
     */
    public Optional<Article> get(String id) throws IOException {
        return store.get(id);
    }

    /**
     * The file the article with this id was indexed from; empty when there is no such article or its origin is
     * unknown (see {@link Hit#origin()}). An unchanged article indexed again from another file keeps the origin it
     * was written with: a run passes over unchanged articles without writing them; a changed one takes its new origin.
     *
     * @param id the article's id
     * @return where it was read from, or empty
     * @throws IOException if the index cannot be read
     */
    public Optional<Origin> origin(String id) throws IOException {
        return store.stored(id).map(stored -> stored.origin());
    }

    /**
     * The other articles of the index that are near-copies of the article with this id (the same text republished with
     * small edits, as a wire story is on several sites): the best matches of a search for its most telling words,
     * compared by the signature each article is given when indexed; empty when it has none, when there is no such article, or when the index was written before copies were kept.
     *
     * @param id the article's id
     * @return its copies, best match first
     * @throws IOException if the index cannot be read
     */
    public List<Copy> copies(String id) throws IOException {
        Objects.requireNonNull(id, "id");
        DirectoryReader reader = store.acquire();
        if (reader == null) {
            return List.of();
        }
        try {
            return searcher(reader).copies(id);
        } finally {
            store.release(reader);
        }
    }

    /**
     * {@return what the index holds: articles, size on disk, sources and date range}
     *
     * @param topSources how many of the largest sources to list
     * @throws IOException if the index cannot be read
     */
    public IndexStats stats(int topSources) throws IOException {
        // One view for all three, so the counts agree with each other.
        DirectoryReader reader = store.acquire();
        Facets facets;
        int[] dates;
        int articles;
        try {
            facets = facets(reader, LedeQueryParser.parse("*", store.analyzer()).query(), topSources);
            dates = store.dateRange(reader);
            articles = reader == null ? 0 : reader.numDocs();
        } finally {
            store.release(reader);
        }
        return new IndexStats(articles, store.bytes(), facets.sources(), dates == null ? null : day(dates[0]),
                dates == null ? null : day(dates[1]), dates == null ? articles : articles - dates[2]);
    }

    /**
     * Verifies the whole index with Lucene's CheckIndex, without writing to it (on a read-only disk
     * too, where it is checked without taking the write lock).
     *
     * @return what is wrong, one sentence each; empty when the index is sound
     * @throws IndexLockedException if another process is writing to it
     * @throws IOException if the index cannot be read
     */
    public List<String> check() throws IOException {
        return store.check();
    }

    private static java.time.LocalDate day(int yyyymmdd) {
        return java.time.LocalDate.of(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }

    /**
     * {@return how many articles the index holds}
     *
     * @throws IOException if the index cannot be read
     */
    public int size() throws IOException {
        DirectoryReader reader = store.acquire();
        try {
            return reader == null ? 0 : reader.numDocs();
        } finally {
            store.release(reader);
        }
    }

    /**
     * Makes everything added so far durable.
     *
     * @throws IOException if the index cannot be written
     */
    public void commit() throws IOException {
        lockForWriting();
        try {
            commitHeld();
        } finally {
            writing.unlock();
        }
    }

    /** Takes this instance's turn to write; a read-only one has none. */
    private void lockForWriting() {
        if (readOnly) {
            throw new IllegalStateException("This index was opened read-only; open it without readOnly to write to it.");
        }
        writing.lock();
    }

    private void commitHeld() throws IOException {
        store.commit();
        uncommitted = 0;
    }

    /** Commits and releases the index; after the writes under way, which it waits for. */
    @Override
    public void close() throws IOException {
        writing.lock();
        try {
            store.close();
        } finally {
            writing.unlock();
        }
    }
}
