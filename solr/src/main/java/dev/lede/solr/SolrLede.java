package dev.lede.solr;

import dev.lede.Article;
import dev.lede.Copy;
import dev.lede.FacetCount;
import dev.lede.Facets;
import dev.lede.Hit;
import dev.lede.IndexListener;
import dev.lede.IndexStats;
import dev.lede.InputFormat;
import dev.lede.InputProblem;
import dev.lede.Lede;
import dev.lede.Name;
import dev.lede.NameFinder;
import dev.lede.NameType;
import dev.lede.Origin;
import dev.lede.Search;
import dev.lede.SearchResults;
import dev.lede.Snippet;
import dev.lede.Sort;
import dev.lede.internal.index.Fields;
import dev.lede.internal.index.Fingerprint;
import dev.lede.internal.parse.ArticleIds;
import dev.lede.internal.search.CopyGroups;
import dev.lede.internal.search.FacetCounter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.FieldStatsInfo;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * lede on a SolrCloud collection: articles parsed and named by lede-core go in, lede's query syntax and
 * {@link SearchResults} come out.
 *
 * <pre>{@code
 * try (SolrLede solr = SolrLede.connect("127.0.0.1:2181/solr", "news")) {
 *     solr.createCollection(2, 2);
 *     solr.index(List.of(Path.of("articles/")));
 *     for (Hit hit : solr.search("ceasefire hostages", 10).hits()) { ... }
 * }
 * }</pre>
 *
 * <p>Ids and fingerprints are those of a local index, so indexing the same files again sends nothing: an article
 * whose fingerprint the collection holds already is passed over. Safe for several threads to search at once.
 */
public final class SolrLede implements Closeable {
    /** The configset lede uploads: {@code solrconfig.xml} and {@code schema.xml}. */
    public static final String CONFIGSET = "lede";
    /** Articles sent in one update request. */
    public static final int BATCH = 500;
    private static final String[] CONFIGSET_FILES = {"solrconfig.xml", "schema.xml"};
    /** Marks the matched words in Solr's snippets; characters no article text holds. */
    private static final String MARK_START = "\u0002";
    private static final String MARK_END = "\u0003";
    private static final int SNIPPET_CHARS = 250;

    private final CloudSolrClient client;
    private final String collection;
    private final NameFinder names;

    private SolrLede(CloudSolrClient client, String collection, NameFinder names) {
        this.client = client;
        this.collection = collection;
        this.names = names;
    }

    /**
     * Connects to a SolrCloud cluster without creating anything yet.
     *
     * @param zookeeperOrUrl {@code host:port[,host:port...][/chroot]} of its ZooKeeper, or the {@code http(s)://} URL of
     *     one of its nodes ({@code http://127.0.0.1:8983/solr})
     * @param collection the collection's name
     * @return a client for the collection, which finds names with lede's rules
     */
    public static SolrLede connect(String zookeeperOrUrl, String collection) {
        return connect(zookeeperOrUrl, collection, NameFinder.lede());
    }

    /**
     * Connects like {@link #connect(String, String)}, naming articles that come without names with {@code names}.
     *
     * @param zookeeperOrUrl its ZooKeeper's address, or the URL of one of its nodes
     * @param collection the collection's name
     * @param names what finds the names of articles that come without them
     * @return a client for the collection
     */
    public static SolrLede connect(String zookeeperOrUrl, String collection, NameFinder names) {
        CloudSolrClient client;
        if (zookeeperOrUrl.startsWith("http://") || zookeeperOrUrl.startsWith("https://")) {
            client = new CloudHttp2SolrClient.Builder(List.of(zookeeperOrUrl.split(","))).build();
        } else {
            int slash = zookeeperOrUrl.indexOf('/');
            String hosts = slash < 0 ? zookeeperOrUrl : zookeeperOrUrl.substring(0, slash);
            Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zookeeperOrUrl.substring(slash));
            client = new CloudHttp2SolrClient.Builder(List.of(hosts.split(",")), chroot).build();
        }
        return new SolrLede(client, collection, names);
    }

    /** {@return the collection this client reads and writes} */
    public String collection() {
        return collection;
    }

    /**
     * {@return whether the cluster holds the collection}
     *
     * @throws IOException if the cluster cannot be reached
     */
    public boolean exists() throws IOException {
        try {
            return CollectionAdminRequest.listCollections(client).contains(collection);
        } catch (SolrServerException e) {
            throw new IOException("Solr could not list its collections: " + e.getMessage(), e);
        }
    }

    /**
     * Uploads lede's configset (replacing an older one of the same name) and creates the collection unless it
     * exists, waiting until all its replicas are active; a collection that exists is reloaded with the configset.
     *
     * @param shards how many shards a new collection is split into
     * @param replicas how many copies of each shard it keeps
     * @return whether the collection was created (false: it was there already, and is left as it is)
     * @throws IOException if the cluster cannot be reached or refuses
     */
    public boolean createCollection(int shards, int replicas) throws IOException {
        if (shards < 1 || replicas < 1) {
            throw new IllegalArgumentException("A collection needs at least one shard and one replica, not " + shards + " x " + replicas);
        }
        try {
            ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload().setConfigSetName(CONFIGSET)
                    .setUploadStream(new ContentStreamBase.ByteArrayStream(configsetZip(), CONFIGSET + ".zip", "application/zip"))
                    .setOverwrite(true);
            upload.process(client);
            if (CollectionAdminRequest.listCollections(client).contains(collection)) {
                // Reloaded, so that a collection made by an earlier lede takes this configset's fields and ranking.
                CollectionAdminRequest.reloadCollection(collection).process(client);
                return false;
            }
            CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(collection, CONFIGSET, shards, replicas);
            create.setWaitForFinalState(true);
            create.process(client);
            return true;
        } catch (SolrServerException e) {
            throw new IOException("Solr could not create collection " + collection + ": " + e.getMessage(), e);
        }
    }

    /** The configset's files as a zip, as Solr's configset upload takes them. */
    static byte[] configsetZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String file : CONFIGSET_FILES) {
                try (InputStream in = SolrLede.class.getResourceAsStream("configset/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("lede-solr's jar lacks its configset file " + file);
                    }
                    zip.putNextEntry(new ZipEntry(file));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    /**
     * What one {@link #index} run did.
     *
     * @param added articles new to the collection
     * @param updated articles whose content changed
     * @param unchanged articles the collection held as they are, not sent again
     * @param problems inputs skipped, and notices about inputs read anyway
     */
    public record Report(int added, int updated, int unchanged, List<InputProblem> problems) {
        /**
         * A report holding a copy of the problems.
         *
         * @param added articles new to the collection
         * @param updated articles whose content changed
         * @param unchanged articles the collection held as they are
         * @param problems inputs skipped, and notices
         */
        public Report {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads, names and sends the articles of these files and directories, as {@link #index(List, IndexListener)} does,
     * telling no one how it goes.
     *
     * @param paths files and directories, as {@code lede index} takes them
     * @return how many articles were added, updated and left as they were, and the inputs skipped
     * @throws IOException if the cluster cannot be reached or refuses
     */
    public Report index(List<Path> paths) throws IOException {
        return index(paths, IndexListener.NONE);
    }

    /**
     * Reads, names and sends the articles of these files and directories (as {@link Lede#index} reads them) in
     * batches of {@value #BATCH}, then commits. Articles the collection holds with the same fingerprint are not sent.
     * A batch Solr has acknowledged is kept by the collection (its transaction log), even if a node stops before the
     * commit; a request the cluster cannot take for a while (a node lost, a new leader being elected) is tried again
     * for up to {@link #RETRY_FOR}. If the run fails, running it again sends what is missing.
     *
     * @param paths files and directories, as {@code lede index} takes them
     * @param listener told of each file read, each input skipped, and after each acknowledged batch how many articles
     *     the collection keeps (those it held as the run began and the ones added since)
     * @return how many articles were added, updated and left as they were, and the inputs skipped
     * @throws IOException if the cluster cannot be reached or refuses
     */
    public Report index(List<Path> paths, IndexListener listener) throws IOException {
        List<InputProblem> problems = new ArrayList<>();
        java.util.function.Consumer<InputProblem> problem = found -> {
            problems.add(found);
            listener.problem(found);
        };
        Batches batches = new Batches(listener, size());
        listener.committed((int) Math.min(Integer.MAX_VALUE, batches.held));
        try {
            List<Path> files = Lede.files(paths, problem);
            int done = 0;
            for (Path file : files) {
                String path = file.toString().equals("-") ? null : file.toAbsolutePath().normalize().toString();
                // Named only when sent: an unchanged article costs a look-up, as in the local index.
                Lede.parse(file, InputFormat.AUTO, NameFinder.none(), located -> {
                    Origin origin = path == null ? null : new Origin(path, located.line());
                    batches.add(located.article(), origin);
                }, problem);
                listener.fileDone(++done, files.size(), batches.read);
            }
            batches.flush();
            retried(RETRY_FOR, () -> client.commit(collection));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (SolrServerException | SolrException e) {
            throw new IOException("Solr refused an update to " + collection + ": " + e.getMessage(), e);
        }
        return new Report(batches.added, batches.updated, batches.unchanged, problems);
    }

    /** How long a request the cluster cannot take is tried again: long enough for SolrCloud to elect new leaders. */
    public static final Duration RETRY_FOR = Duration.ofSeconds(60);

    /** A request to the cluster. */
    interface Request<T> {
        T send() throws IOException, SolrServerException;
    }

    /**
     * The request's answer, sending it again while the cluster cannot take it: no node answers, or a node answers
     * with a server error (503 while a shard has no leader). A refusal of the request itself (4xx) is not retried.
     * Updates are by id, so sending one twice leaves the collection as sending it once.
     */
    static <T> T retried(Duration within, Request<T> request) throws IOException, SolrServerException {
        long deadline = System.nanoTime() + within.toNanos();
        long pauseMillis = 250;
        while (true) {
            try {
                return request.send();
            } catch (SolrServerException | SolrException e) {
                boolean passing = e instanceof SolrServerException || ((SolrException) e).code() >= 500;
                if (!passing || System.nanoTime() + pauseMillis * 1_000_000 > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while waiting for the cluster");
            }
            pauseMillis = Math.min(4_000, 2 * pauseMillis);
        }
    }

    /** Articles waiting to be sent, by id (a later version in the same batch replaces an earlier one). */
    private final class Batches {
        private final Fingerprint fingerprint = new Fingerprint();
        private final Map<String, Article> articles = new LinkedHashMap<>();
        private final Map<String, Origin> origins = new HashMap<>();
        private final IndexListener listener;
        /** Articles the collection keeps: those it held as the run began, and those added since. */
        long held;
        int read;
        int added;
        int updated;
        int unchanged;

        Batches(IndexListener listener, long held) {
            this.listener = listener;
            this.held = held;
        }

        void add(Article article, Origin origin) {
            read++;
            articles.put(article.id(), article);
            origins.put(article.id(), origin);
            if (articles.size() >= BATCH) {
                try {
                    flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (SolrServerException | SolrException e) {
                    throw new UncheckedIOException(new IOException("Solr refused an update to " + collection + ": " + e.getMessage(), e));
                }
            }
        }

        void flush() throws IOException, SolrServerException {
            if (articles.isEmpty()) {
                return;
            }
            Map<String, String> stored = retried(RETRY_FOR, () -> fingerprints(articles.keySet()));
            List<SolrInputDocument> docs = new ArrayList<>();
            int adding = 0;
            int updating = 0;
            for (Article article : articles.values()) {
                String print = fingerprint.of(article, article.names().isEmpty() ? names.version() : null);
                String before = stored.get(article.id());
                if (print.equals(before)) {
                    unchanged++;
                    continue;
                }
                if (before == null) {
                    adding++;
                } else {
                    updating++;
                }
                docs.add(ArticleFields.document(names.name(article), print, origins.get(article.id())));
            }
            if (!docs.isEmpty()) {
                retried(RETRY_FOR, () -> client.add(collection, docs));
                added += adding;
                updated += updating;
                held += adding;
                listener.committed((int) Math.min(Integer.MAX_VALUE, held));
            }
            articles.clear();
            origins.clear();
        }
    }

    /**
     * The fingerprints the collection holds for these ids, by id, as of the latest update (real-time get, so an
     * article sent earlier in the run counts before it is committed). Posted, as a batch of ids outgrows a URL, and
     * each id one {@code id} value, as ids may hold commas.
     */
    private Map<String, String> fingerprints(java.util.Collection<String> ids) throws IOException, SolrServerException {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("id", ids.toArray(String[]::new));
        params.set("fl", Fields.ID + "," + Fields.FINGERPRINT);
        QueryRequest get = new QueryRequest(params, SolrRequest.METHOD.POST);
        get.setPath("/get");
        Map<String, String> prints = new HashMap<>();
        for (SolrDocument doc : get.process(client, collection).getResults()) {
            prints.put(doc.getFirstValue(Fields.ID).toString(), doc.getFirstValue(Fields.FINGERPRINT).toString());
        }
        return prints;
    }

    /** The terms Solr's analysis of a field gives a text, in order, as the collection indexes them. */
    List<String> analyzed(String field, String text) throws IOException {
        FieldAnalysisRequest request = new FieldAnalysisRequest().addFieldName(field).setFieldValue(text);
        request.setMethod(SolrRequest.METHOD.POST);
        try {
            FieldAnalysisResponse response = request.process(client, collection);
            List<AnalysisResponseBase.AnalysisPhase> phases = new ArrayList<>();
            response.getFieldNameAnalysis(field).getIndexPhases().forEach(phases::add);
            List<String> terms = new ArrayList<>();
            for (AnalysisResponseBase.TokenInfo token : phases.get(phases.size() - 1).getTokens()) {
                terms.add(token.getText());
            }
            return terms;
        } catch (SolrServerException e) {
            throw new IOException("Solr could not analyse for " + collection + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@return how many articles the collection holds, as of the last commit}
     *
     * @throws IOException if the cluster cannot be reached
     */
    public long size() throws IOException {
        return query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    }

    /**
     * The best {@code limit} articles for a query in lede's syntax, each with a snippet of its text, near-copies folded
     * into the best-ranked of them, as {@link Lede#search(String, int)} gives them.
     *
     * @param query the query, as {@code lede search} takes it
     * @param limit how many hits at most
     * @return the hits, best first, and how many articles match
     * @throws IOException if the cluster cannot be reached
     * @throws dev.lede.InvalidQueryException if the query cannot be understood
     */
    public SearchResults search(String query, int limit) throws IOException {
        return search(Search.of(query).page(0, Math.clamp(limit, 0, Search.MAX_WINDOW)));
    }

    /**
     * One page of a search's hits, as {@link Lede#search(Search)} gives it: the query in lede's syntax, the filters
     * as filter queries, in the search's order, near-copies folded into one hit unless the search shows every copy.
     * A copy folds into a hit ranked at most {@link CopyGroups#REACH} places above it, by the same rule as locally.
     *
     * @param search the query, filters, order and page; without feedback, which SolrCloud does not run
     * @return the page's hits, each with a snippet and its copies, and how many articles match
     * @throws IOException if the cluster cannot be reached
     * @throws dev.lede.InvalidQueryException if the query cannot be understood
     * @throws IllegalArgumentException if the search asks for feedback
     */
    public SearchResults search(Search search) throws IOException {
        if (search.feedback() != null) {
            throw new IllegalArgumentException("Relevance feedback is not available on SolrCloud; search without it");
        }
        QueryTranslation translation = search.query() == null ? null : QueryTranslation.of(search.query());
        SolrQuery solr = translation == null ? new SolrQuery("*:*") : translated(translation);
        filter(solr, search);
        // Without a query there is no score to rank by: newest first. Undated articles come last either way.
        Sort order = search.sort() == Sort.RELEVANCE && search.query() == null ? Sort.NEWEST : search.sort();
        if (order != Sort.RELEVANCE) {
            solr.addSort(Fields.PUBLISHED, order == Sort.NEWEST ? SolrQuery.ORDER.desc : SolrQuery.ORDER.asc);
        }
        solr.addSort("score", SolrQuery.ORDER.desc);
        if (order == Sort.RELEVANCE && translation.byMentions()) {
            // Names alone tie often (one mention in texts of like length): newest first among equals, as locally.
            solr.addSort(Fields.PUBLISHED, SolrQuery.ORDER.desc);
        }
        // Copies score alike, and shards' answers to equal scores come back in any order: by id, so that every request
        // ranks them the same, and the pages of one search neither repeat nor skip a hit.
        solr.addSort(Fields.ID, SolrQuery.ORDER.asc);
        solr.setFields(ArticleFields.STORED + ",score");
        solr.set("hl", true);
        solr.set("hl.method", "unified");
        solr.set("hl.fl", Fields.BODY);
        solr.set("hl.requireFieldMatch", false);
        solr.set("hl.defaultSummary", true);
        solr.set("hl.fragsize", SNIPPET_CHARS);
        solr.set("hl.tag.pre", MARK_START);
        solr.set("hl.tag.post", MARK_END);
        String query = search.query() == null ? "" : search.query();
        if (!search.copiesGrouped()) {
            solr.setStart(search.offset());
            solr.setRows(search.limit());
            QueryResponse response = query(solr);
            List<SolrDocument> docs = response.getResults();
            List<List<Copy>> none = docs.stream().map(doc -> List.<Copy>of()).toList();
            return new SearchResults(query, response.getResults().getNumFound(), true, hits(response, docs, none, search.offset()));
        }
        int wanted = search.offset() + Math.max(1, search.limit());
        // Twice the page's end and the copies' reach, so that folding copies still fills the page; more only when not.
        int window = Math.min(Search.MAX_WINDOW, 2 * wanted + CopyGroups.REACH);
        while (true) {
            solr.setStart(0);
            solr.setRows(window);
            QueryResponse response = query(solr);
            List<SolrDocument> best = response.getResults();
            byte[][] signatures = best.stream().map(ArticleFields::signature).toArray(byte[][]::new);
            int[] leaderOf = CopyGroups.leaders(signatures);
            int[] leaders = java.util.stream.IntStream.range(0, best.size()).filter(i -> leaderOf[i] == i).toArray();
            boolean moreToRead = best.size() == window && window < Search.MAX_WINDOW;
            int[] shown = java.util.Arrays.copyOfRange(leaders, Math.min(search.offset(), leaders.length),
                    Math.min(search.offset() + search.limit(), leaders.length));
            // Enough read to fill the page, and to find every copy of its last hit within reach.
            boolean complete = leaders.length >= wanted
                    && (shown.length == 0 || shown[shown.length - 1] + CopyGroups.REACH < best.size());
            if (!complete && moreToRead) {
                window = (int) Math.min(Search.MAX_WINDOW, 2L * window);
                continue;
            }
            List<SolrDocument> docs = new ArrayList<>();
            List<List<Copy>> copies = new ArrayList<>();
            Map<Integer, List<Copy>> copiesOf = new HashMap<>();
            for (int i : shown) {
                docs.add(best.get(i));
                List<Copy> of = new ArrayList<>();
                copies.add(of);
                copiesOf.put(i, of);
            }
            for (int i = 0; i < best.size(); i++) {
                List<Copy> of = leaderOf[i] == i ? null : copiesOf.get(leaderOf[i]);
                if (of != null) {
                    of.add(ArticleFields.copy(best.get(i)));
                }
            }
            return new SearchResults(query, response.getResults().getNumFound(), true, hits(response, docs, copies, search.offset()));
        }
    }

    /** The documents as hits ranked from {@code offset + 1}, with their snippets and copies. */
    private static List<Hit> hits(QueryResponse response, List<SolrDocument> docs, List<List<Copy>> copies, int offset) {
        Map<String, Map<String, List<String>>> snippets = response.getHighlighting() == null ? Map.of() : response.getHighlighting();
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            SolrDocument doc = docs.get(i);
            Article article = ArticleFields.article(doc);
            List<String> passages = snippets.getOrDefault(article.id(), Map.of()).getOrDefault(Fields.BODY, List.of());
            Snippet snippet = snippet(passages.isEmpty() ? "" : passages.get(0));
            hits.add(new Hit(offset + i + 1, ((Number) doc.getFirstValue("score")).floatValue(), article, snippet,
                    ArticleFields.origin(doc), copies.get(i)));
        }
        return hits;
    }

    /** The search's filters given as values, as filter queries: no escaping left to the caller. */
    private static void filter(SolrQuery solr, Search search) {
        for (Name name : search.names()) {
            solr.addFilterQuery("{!term f=" + name.type().label() + "}" + name.text());
        }
        if (!search.sources().isEmpty()) {
            solr.addFilterQuery(anyOf(Fields.SOURCE, search.sources().stream().map(source -> ArticleIds.site(source.strip())).toList()));
        }
        if (!search.ids().isEmpty()) {
            solr.addFilterQuery(anyOf(Fields.ID, search.ids()));
        }
        if (search.from() != null || search.to() != null) {
            solr.addFilterQuery(Fields.PUBLISHED + ":[" + (search.from() == null ? "*" : ArticleFields.day(search.from())) + " TO "
                    + (search.to() == null ? "*" : ArticleFields.day(search.to())) + "]");
        }
    }

    private static String anyOf(String field, List<String> values) {
        return field + ":(" + String.join(" OR ", values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList()) + ")";
    }

    /** A passage with Solr's marks turned into highlight spans. */
    static Snippet snippet(String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        List<Snippet.Span> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == MARK_START.charAt(0)) {
                start = text.length();
            } else if (c == MARK_END.charAt(0)) {
                if (start >= 0 && text.length() > start) {
                    spans.add(new Snippet.Span(start, text.length()));
                }
                start = -1;
            } else if (Character.isWhitespace(c)) {
                // One space for a run of white space, paragraph breaks too, as the local index's snippets have.
                if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            } else {
                text.append(c);
            }
        }
        return new Snippet(text.toString(), spans);
    }

    /**
     * The most frequent names of each type and sources among the articles a query matches ({@code *} for all).
     *
     * @param query the query, as {@code lede search} takes it
     * @param top how many values per facet, 1 or more
     * @return the counts
     * @throws IOException if the cluster cannot be reached
     */
    public Facets facets(String query, int top) throws IOException {
        if (top < 1) {
            throw new IllegalArgumentException("top must be 1 or more, not " + top);
        }
        SolrQuery solr = query.strip().equals("*") ? new SolrQuery("*:*") : translated(query);
        solr.setRows(0);
        solr.setFacet(true);
        solr.setFacetMinCount(1);
        solr.setFacetLimit(top);
        for (NameType type : NameType.values()) {
            solr.addFacetField(type.label());
        }
        solr.addFacetField(Fields.SOURCE);
        // Every day an article was published on, and the undated, grouped below by month or year as locally.
        solr.addFacetField(Fields.PUBLISHED);
        solr.set("f." + Fields.PUBLISHED + ".facet.limit", -1);
        solr.set("f." + Fields.PUBLISHED + ".facet.missing", true);
        QueryResponse response = query(solr);
        Map<NameType, List<FacetCount>> names = new EnumMap<>(NameType.class);
        for (NameType type : NameType.values()) {
            names.put(type, counts(response.getFacetField(type.label())));
        }
        return new Facets(response.getResults().getNumFound(), names, counts(response.getFacetField(Fields.SOURCE)),
                published(response.getFacetField(Fields.PUBLISHED)));
    }

    /** Solr's counts per day ({@code yyyymmdd}; no name: undated) as lede's counts per month or year. */
    private static List<FacetCount> published(FacetField days) {
        Map<Integer, Integer> months = new HashMap<>();
        int undated = 0;
        if (days != null && days.getValues() != null) {
            for (FacetField.Count day : days.getValues()) {
                if (day.getCount() == 0) {
                    continue;
                }
                if (day.getName() == null) {
                    undated = (int) day.getCount();
                } else {
                    months.merge(Integer.parseInt(day.getName()) / 100, (int) day.getCount(), Integer::sum);
                }
            }
        }
        return FacetCounter.byPeriod(months, undated);
    }

    /**
     * What the collection holds, as {@link Lede#stats} tells it of a local index: articles, the {@code top} sources
     * and the span of publication dates. {@code bytes} is -1: the collection's size on disk is its nodes' to tell.
     *
     * @param top how many of the largest sources to list
     * @return the counts
     * @throws IOException if the cluster cannot be reached
     */
    public IndexStats stats(int top) throws IOException {
        SolrQuery solr = new SolrQuery("*:*").setRows(0);
        solr.setFacet(true);
        solr.setFacetMinCount(1);
        solr.setFacetLimit(top);
        solr.addFacetField(Fields.SOURCE);
        solr.setGetFieldStatistics(Fields.PUBLISHED);
        QueryResponse response = query(solr);
        int articles = (int) response.getResults().getNumFound();
        FieldStatsInfo days = response.getFieldStatsInfo() == null ? null : response.getFieldStatsInfo().get(Fields.PUBLISHED);
        boolean dated = days != null && days.getMin() instanceof Number;
        return new IndexStats(articles, -1, counts(response.getFacetField(Fields.SOURCE)),
                dated ? ArticleFields.date(((Number) days.getMin()).intValue()) : null,
                dated ? ArticleFields.date(((Number) days.getMax()).intValue()) : null,
                days == null || days.getMissing() == null ? articles : days.getMissing().intValue());
    }

    private static List<FacetCount> counts(FacetField field) {
        List<FacetCount> counts = new ArrayList<>();
        if (field != null && field.getValues() != null) {
            for (FacetField.Count count : field.getValues()) {
                counts.add(new FacetCount(count.getName(), (int) count.getCount()));
            }
        }
        return counts;
    }

    /** A query in lede's syntax as Solr parameters: edismax over lede's one scored field, filters as {@code fq}. */
    static SolrQuery translated(String query) {
        return translated(QueryTranslation.of(query));
    }

    private static SolrQuery translated(QueryTranslation translation) {
        SolrQuery solr = new SolrQuery(translation.query().isEmpty() ? "*:*" : translation.query());
        solr.set("defType", "edismax");
        solr.set("qf", Fields.WORDS);
        solr.set("q.op", "OR");
        solr.set("mm", "0");
        // Fields a query may name itself; anything else is a word.
        solr.set("uf", String.join(" ", Fields.TITLE, Fields.WORDS, Fields.NAMES, Fields.ID, Fields.SOURCE, Fields.PUBLISHED,
                Fields.names(NameType.PERSON), Fields.names(NameType.ORGANIZATION), Fields.names(NameType.PLACE)));
        solr.set("sow", true);
        for (String filter : translation.filters()) {
            solr.addFilterQuery(filter);
        }
        if (translation.byMentions()) {
            solr.set("bq", translation.mentions());
            // The snippet is a passage that names them.
            solr.set("hl.q", translation.mentions());
            solr.set("hl.qparser", "lucene");
        }
        return solr;
    }

    private QueryResponse query(SolrQuery query) throws IOException {
        try {
            return client.query(collection, query);
        } catch (SolrServerException e) {
            throw new IOException("Solr could not search " + collection + ": " + e.getMessage(), e);
        } catch (org.apache.solr.common.SolrException e) {
            throw new IOException("Solr could not search " + collection + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
