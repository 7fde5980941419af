package dev.lede.cli;

import dev.lede.FacetCount;
import dev.lede.Facets;
import dev.lede.IndexReport;
import dev.lede.IndexStats;
import dev.lede.Lede;
import dev.lede.NameFinder;
import dev.lede.NameType;
import dev.lede.Search;
import dev.lede.SearchResults;
import dev.lede.solr.SolrLede;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The commands on a SolrCloud collection ({@code --solr}). The only class of the command line that names SolrJ's
 * or lede-solr's types, so that they load only when {@code --solr} is given.
 */
final class SolrIndexes {
    private SolrIndexes() {}

    /** What a command does with a connected collection. */
    private interface Work<T> {
        T on(SolrLede solr) throws IOException;
    }

    /** Connects, runs the work, and turns a cluster that cannot be reached into one sentence (exit code 4). */
    private static <T> T with(SolrOption option, NameFinder names, Work<T> work) throws IOException {
        String address = option.address();
        String collection = option.collection();
        try (SolrLede solr = SolrLede.connect(address, collection, names)) {
            return work.on(solr);
        } catch (IOException | RuntimeException e) {
            if (e instanceof IndexMissingException || e instanceof UsageException || e instanceof dev.lede.LedeException) {
                throw e;
            }
            throw new IndexMissingException("SolrCloud at " + address + " could not be used for collection " + collection
                    + ": " + reason(e));
        }
    }

    /** The first line of the innermost message that says something. */
    private static String reason(Throwable e) {
        String said = null;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                said = cause.getMessage();
            }
        }
        if (said == null) {
            return e.getClass().getSimpleName() + ".";
        }
        String line = said.lines().findFirst().orElse(said).strip();
        return line.endsWith(".") ? line : line + ".";
    }

    /** The collection, for reading: one that does not exist is one sentence, as a missing local index is. */
    private static void existing(SolrLede solr, SolrOption option) throws IOException {
        if (!solr.exists()) {
            throw new IndexMissingException("There is no collection " + option.collection() + " on SolrCloud at "
                    + option.address() + "; create one with: lede index --solr " + option.address() + " --collection "
                    + option.collection() + " PATH...");
        }
    }

    private static String where(SolrOption option) {
        return "collection " + option.collection() + " at " + option.address();
    }

    /** {@code lede index --solr}: creates the collection if missing, sends the articles, prints the local summary line. */
    static IndexReport index(Terminal terminal, SolrOption option, List<Path> paths, NameFinder names, int shards,
            int replicas) throws IOException {
        if (shards < 1 || replicas < 1) {
            throw new UsageException("--shards and --replicas must be 1 or more, not " + shards + " and " + replicas + ".");
        }
        return with(option, names, solr -> {
            if (solr.createCollection(shards, replicas)) {
                terminal.err.println("Created collection " + option.collection() + " (" + shards + " "
                        + IndexCommand.plural(shards, "shard") + " x " + replicas + " " + IndexCommand.plural(replicas, "replica")
                        + ") at " + option.address() + ".");
            }
            SolrLede.Report sent = IndexCommand.withProgress(terminal, where(option), progress -> solr.index(paths, progress));
            int files = Lede.files(paths, ignored -> {}).size();
            IndexReport report = new IndexReport(files, sent.added(), sent.updated(), sent.unchanged(), sent.problems());
            terminal.out.println(IndexCommand.summary(report, where(option)));
            return report;
        });
    }

    /** {@code lede search --solr}: the same text or JSON as a local search, without a spelling suggestion. */
    static void search(Terminal terminal, SolrOption option, Search search, boolean json, int facetValues) throws IOException {
        with(option, NameFinder.none(), solr -> {
            existing(solr, option);
            SearchResults results = solr.search(search);
            Facets counted = facetValues > 0 ? solr.facets(search.query(), facetValues) : null;
            SearchCommand.print(terminal, json, results, counted, null);
            return null;
        });
    }

    /**
     * {@code lede names --top} or {@code --with NAME} on the collection: Solr's facets on the canonical names. For
     * {@code --with}, the articles a {@code name:"NAME"} query matches, leaving out the names that hold NAME's words.
     */
    static Facets names(SolrOption option, String with, int limit) throws IOException {
        return with(option, NameFinder.none(), solr -> {
            existing(solr, option);
            if (with == null) {
                return solr.facets("*", limit);
            }
            String words = with.replace("\"", " ").strip();
            // Room for the names left out below (NAME itself, in each type it is counted under).
            Facets counted = solr.facets("name:\"" + words + "\"", limit + NameType.values().length + 1);
            Map<NameType, List<FacetCount>> beside = new EnumMap<>(NameType.class);
            for (NameType type : NameType.values()) {
                beside.put(type, counted.names().get(type).stream().filter(count -> !holds(count.value(), words))
                        .limit(limit).toList());
            }
            return new Facets(counted.articles(), beside, counted.sources(), counted.published());
        });
    }

    /** Whether a name holds these words in order ("Benny Gantz" holds "Gantz"). */
    private static boolean holds(String name, String words) {
        List<String> in = tokens(name);
        List<String> wanted = tokens(words);
        for (int from = 0; from + wanted.size() <= in.size(); from++) {
            if (in.subList(from, from + wanted.size()).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** {@code lede stats --solr}: articles, dates and sources; the size on disk is the cluster's nodes' to tell. */
    static void stats(Terminal terminal, SolrOption option, boolean json) throws Exception {
        IndexStats stats = with(option, NameFinder.none(), solr -> {
            existing(solr, option);
            return solr.stats(10);
        });
        StatsCommand.print(terminal, where(option), stats, null, json);
    }
}
