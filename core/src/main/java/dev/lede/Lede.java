package dev.lede;

import dev.lede.internal.eval.BaselineRanker;
import dev.lede.internal.eval.Judgements;
import dev.lede.internal.eval.Metrics;
import dev.lede.internal.index.Fingerprint;
import dev.lede.internal.index.IndexStore;
import dev.lede.internal.index.RunInputs;
import dev.lede.internal.names.NameEvaluation;
import dev.lede.internal.names.ModelNameExtractor;
import dev.lede.internal.names.NameExtractor;
import dev.lede.internal.names.RuleBasedNameExtractor;
import dev.lede.internal.parse.ArticleIds;
import dev.lede.internal.parse.InputFiles;
import dev.lede.internal.parse.InputReader;
import dev.lede.internal.search.ArticleSearcher;
import dev.lede.internal.search.FacetCounter;
import dev.lede.internal.search.LedeQueryParser;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.Query;

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
 * process (looked for at most once a second), and everything written so far through this instance.
 * Only one process at a time may write; a second gets an {@link IndexLockedException}.
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
    /** Commit after this many new or changed articles while indexing, so an interrupted run keeps most of its work... */
    private static final int COMMIT_EVERY = 5_000;
    /** ... or after this long with any of them waiting: slow inputs lose little too. */
    private static final long COMMIT_NANOS = 10_000_000_000L;
    /** How many exact copies a report names. */
    private static final int COPIES_NAMED = 5;
    /** How many versions an article keeps the fingerprints of, to recognise them when the run is read again. */
    private static final int VERSIONS_KEPT = 8;

    /** How deep rankings go when evaluated (trec_eval's default). */
    private static final int EVALUATION_DEPTH = 1000;

    private static NameExtractor names;

    private final IndexStore store;
    /** Gives an article its names before it is written; null when articles keep the names they come with. */
    private final UnaryOperator<Article> namer;
    /** Tells when to commit by time. */
    private final LongSupplier clock;
    /** Writes take turns on this lock, so one reused fingerprint buffer serves them all. */
    private final ReentrantLock writing = new ReentrantLock();
    private final Fingerprint fingerprint = new Fingerprint();
    /** Searches the latest view of the index; threads that race to replace it each make one, which is harmless. */
    private volatile ArticleSearcher searcher;

    private Lede(IndexStore store, UnaryOperator<Article> namer, LongSupplier clock) {
        this.store = store;
        this.namer = namer;
        this.clock = clock;
    }

    /**
     * Opens the index in {@code directory}, creating it on the first write if there is none (nothing is
     * created before: reading a missing index leaves no directory behind).
     *
     * @throws IndexUnusableException if the directory holds other files and is not an index
     * @throws IOException if the directory cannot be read
     */
    public static Lede open(Path directory) throws IOException {
        return new Lede(new IndexStore(directory), Lede::withNames, System::nanoTime);
    }

    /**
     * Opens the index like {@link #open(Path)}, but articles added without names keep none: for bulk
     * loads where names are not wanted or come from elsewhere (name extraction costs time).
     */
    public static Lede openWithoutNameExtraction(Path directory) throws IOException {
        return new Lede(new IndexStore(directory), null, System::nanoTime);
    }

    /** A Lede over a store, a namer and a clock the caller made (tests put failing disks and counters under it). */
    static Lede open(IndexStore store, UnaryOperator<Article> namer, LongSupplier clock) {
        return new Lede(store, namer, clock);
    }

    /** Whether {@code directory} holds an index with at least one commit; creates nothing. */
    public static boolean exists(Path directory) {
        return IndexStore.exists(directory);
    }

    /**
     * Reads the articles in one file (format told by extension or content), with their names; never throws.
     * Holds them all; for large files use {@link #parse(Path, InputFormat, Consumer, Consumer)}.
     */
    public static ParseResult parse(Path file) {
        return parse(file, InputFormat.AUTO);
    }

    /**
     * Reads the articles in one file with their names, without indexing them; never throws.
     *
     * @param file the file; {@code -} reads standard input
     * @param format the format, or {@link InputFormat#AUTO} to tell it by extension or content
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
        InputReader.read(file, format,
                (article, line) -> articles.accept(new ParseResult.Located(withNames(article), file.toString(), line)), problems);
    }

    /**
     * The files that {@link #index} and {@link #parse} would read for these paths: directories
     * recursively, without hidden files or files of other types; {@code -} stays as is (standard input).
     */
    public static List<Path> files(List<Path> paths, Consumer<InputProblem> problems) {
        return InputFiles.expand(paths, problems);
    }

    /** The article with the names extracted from its title and body, unless it has names already. */
    public static Article withNames(Article article) {
        return article.names().isEmpty() ? article.withNames(extractor().extract(article.title(), article.body())) : article;
    }

    /** The names lede finds in an article, each with how often and in which forms it is written. */
    public static List<NameMentions> names(Article article) {
        return extractor().mentions(article.title(), article.body());
    }

    /**
     * Scores name extraction against labelled articles.
     *
     * @param labels a label file, or a directory of them ({@code testdata/names}); see its {@code GUIDE.md}
     */
    public static NameScores evaluateNames(Path labels) throws IOException {
        return NameEvaluation.score(labels, extractor());
    }

    /** What {@link #add} did with an article. */
    public enum Change {
        /** The index did not have the article. */
        ADDED,
        /** The article replaced an older version with the same id. */
        UPDATED,
        /** The index already had the article exactly. */
        UNCHANGED
    }

    /**
     * Adds the article, or replaces the one with the same id. Names are extracted when the article
     * has none. Visible to this instance's searches at once; durable after {@link #commit()} or {@link #close()}.
     *
     * @throws IndexLockedException if another process is writing to the index
     * @throws IndexUnusableException if the index cannot be written (a full disk); it says what was kept
     */
    public Change add(Article article) throws IOException {
        writing.lock();
        try {
            return put(article, fingerprint(article), false);
        } finally {
            writing.unlock();
        }
    }

    /**
     * The article's fingerprint as given, with which extractor will name it (so that adding a name model
     * and indexing again names the articles anew).
     */
    private String fingerprint(Article article) {
        return fingerprint.of(article, namer == null ? null : extractor().getClass().getSimpleName());
    }

    /**
     * Writes the article unless the index has it. The fingerprint is of the article as given, so an
     * unchanged one costs a look-up and no name extraction.
     *
     * @param laterVersion an earlier input of this run had the same id and other content: this one
     *     replaces it, and the index keeps the earlier one's fingerprint so that reading the run again
     *     passes over both
     */
    private Change put(Article article, String print, boolean laterVersion) throws IOException {
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
        store.write(namer != null ? namer.apply(article) : article, kept, stored == null);
        return stored == null ? Change.ADDED : Change.UPDATED;
    }

    /** Deletes the article with this id; false if there was none. */
    public boolean remove(String id) throws IOException {
        writing.lock();
        try {
            return store.delete(id);
        } finally {
            writing.unlock();
        }
    }

    /**
     * Indexes every article in the given files and directories (recursively; hidden files and files of
     * other types skipped, and counted in the report). Bad inputs are reported and skipped; everything
     * else is indexed and committed. Exact copies of an earlier input of the run are stored once and
     * counted. Commits come after every 5,000 new or changed articles and every 10 seconds with any
     * waiting, so an interrupted run keeps most of its work, and running it again finishes it.
     */
    public IndexReport index(List<Path> paths, IndexListener listener) throws IOException {
        return index(paths, InputFormat.AUTO, listener);
    }

    /**
     * Indexes every article in the given files and directories, read in the given format.
     *
     * @param paths files and directories; {@code -} reads standard input
     * @param format the format of every file, or {@link InputFormat#AUTO} to tell each by extension or content
     */
    public IndexReport index(List<Path> paths, InputFormat format, IndexListener listener) throws IOException {
        writing.lock();
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
            InputReader.read(file, format, (article, line) -> {
                if (failure[0] == null) {
                    try {
                        run.add(article, line == 0 ? file.toString() : file + ":" + line);
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
        commit();
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
        private int uncommitted;
        private long lastCommit = clock.getAsLong();

        Run(IndexListener listener) {
            this.listener = listener;
        }

        void add(Article article, String location) throws IOException {
            String print = fingerprint(article);
            RunInputs.Seen seen = inputs.see(article.id(), print);
            // An id made from the text is shared only by the same text, white space aside: a copy, not a version.
            if (seen == RunInputs.Seen.COPY || (seen == RunInputs.Seen.OTHER_VERSION && ArticleIds.isFromText(article))) {
                copies++;
                if (copiesNamed.size() < COPIES_NAMED) {
                    copiesNamed.add(location);
                }
                return;
            }
            Change change = put(article, print, seen == RunInputs.Seen.OTHER_VERSION);
            counts[change.ordinal()]++;
            if (change != Change.UNCHANGED) {
                uncommitted++;
            }
            // By new work, not by articles read: a re-run over committed articles has nothing to commit.
            if (uncommitted >= COMMIT_EVERY || (uncommitted > 0 && clock.getAsLong() - lastCommit >= COMMIT_NANOS)) {
                commit();
                uncommitted = 0;
                lastCommit = clock.getAsLong();
                listener.committed(store.committedArticles());
            }
        }

        int articles() {
            return counts[0] + counts[1] + counts[2] + copies;
        }
    }

    /** The {@value #DEFAULT_LIMIT} best matches for a query. */
    public SearchResults search(String query) throws IOException {
        return search(query, DEFAULT_LIMIT);
    }

    /**
     * The best matches for a query, best first, with snippets.
     *
     * @param query words, {@code "phrases"}, {@code -exclusions} and filters such as {@code name:"Benny Gantz"}
     *     or {@code source:aljazeera.com}
     * @param limit how many hits to return at most
     * @throws InvalidQueryException if the query cannot be understood; its message says why in one sentence
     */
    public SearchResults search(String query, int limit) throws IOException {
        return search(query, limit, null);
    }

    /**
     * As {@link #search(String, int)}, with pseudo-relevance feedback: words of the first search's best articles
     * are added to the query, which finds articles that tell the same story in other words, for a second search.
     *
     * @param feedback its settings ({@link Feedback#DEFAULT}), or {@code null} for none
     */
    public SearchResults search(String query, int limit, Feedback feedback) throws IOException {
        DirectoryReader reader = store.acquire();
        if (reader == null) {
            LedeQueryParser.parse(query, store.analyzer());
            return new SearchResults(query, 0, true, List.of());
        }
        try {
            return searcher(reader).search(query, limit, feedback);
        } finally {
            store.release(reader);
        }
    }

    /** The searcher for this view of the index, made anew only when the view changes. */
    private ArticleSearcher searcher(DirectoryReader reader) {
        ArticleSearcher current = searcher;
        if (current == null || current.reader() != reader) {
            current = new ArticleSearcher(reader, store.analyzer());
            searcher = current;
        }
        return current;
    }

    /**
     * The most frequent names (per type) and sources among the articles matching a query.
     *
     * @param query as for {@link #search}; {@code *} counts the whole index
     * @param top how many values to return per facet, 1 or more
     * @throws IllegalArgumentException if {@code top} is less than 1
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
     * @param name a canonical name, exactly as lede lists it ("Benny Gantz")
     * @param top how many values to return per facet, 1 or more
     * @throws IllegalArgumentException if {@code top} is less than 1
     */
    public Facets namesWith(String name, int top) throws IOException {
        Query naming = FacetCounter.naming(name);
        DirectoryReader reader = store.acquire();
        try {
            return reader == null ? FacetCounter.count(new MultiReader(), naming, top, name) : FacetCounter.count(reader, naming, top, name);
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
     * @throws LedeException if the topics or qrels cannot be read or used, or the run file cannot be written there
     */
    public RankingScores evaluate(Path topics, Path qrels, Path run, String runTag) throws IOException {
        return evaluate(topics, qrels, run, runTag, null);
    }

    /** As {@link #evaluate(Path, Path, Path, String)}, lede's ranking with {@code feedback} ({@code null} for none). */
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
        return new RankingScores(scored, Metrics.mean(scored.stream().map(RankingScores.Topic::lede).toList()),
                Metrics.mean(scored.stream().map(RankingScores.Topic::baseline).toList()));
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

    /** The article with this id, as stored. */
    public Optional<Article> get(String id) throws IOException {
        return store.get(id);
    }

    /** What the index holds: articles, size on disk, sources and date range. */
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
     */
    public List<String> check() throws IOException {
        return store.check();
    }

    private static java.time.LocalDate day(int yyyymmdd) {
        return java.time.LocalDate.of(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }

    /** How many articles the index holds. */
    public int size() throws IOException {
        DirectoryReader reader = store.acquire();
        try {
            return reader == null ? 0 : reader.numDocs();
        } finally {
            store.release(reader);
        }
    }

    /** Makes everything added so far durable. */
    public void commit() throws IOException {
        writing.lock();
        try {
            store.commit();
        } finally {
            writing.unlock();
        }
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

    /**
     * Adds a trained OpenNLP name-finder model (a {@code .bin} file, e.g. {@code en-ner-person.bin}) to
     * lede's own name rules, for every name extraction in this process from now on. Its person,
     * organization and location names are added to those the rules find.
     *
     * @throws LedeException if the file is not a readable OpenNLP name-finder model
     */
    public static synchronized void useNameFinderModel(Path model) {
        names = new ModelNameExtractor(new RuleBasedNameExtractor(), model);
    }

    private static synchronized NameExtractor extractor() {
        if (names == null) {
            names = new RuleBasedNameExtractor();
        }
        return names;
    }
}
