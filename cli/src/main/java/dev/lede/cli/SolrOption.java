package dev.lede.cli;

import picocli.CommandLine.Option;

/**
 * {@code --solr ZK_OR_URL --collection NAME}: a SolrCloud collection in place of the local index. Holds no Solr
 * class, so a command without it never loads SolrJ.
 */
final class SolrOption {
    static final String ENVIRONMENT = "LEDE_SOLR";
    static final String COLLECTION_ENVIRONMENT = "LEDE_SOLR_COLLECTION";

    @Option(names = "--solr", paramLabel = "ZK_OR_URL",
            description = "Use a SolrCloud collection instead of the local index: its ZooKeeper (host:port[/chroot]) or a "
                    + "node's http:// URL (default: $" + ENVIRONMENT + ").")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME",
            description = "The SolrCloud collection, with --solr (default: $" + COLLECTION_ENVIRONMENT + ").")
    String collection;

    /**
     * Whether this command runs on SolrCloud: {@code --solr} given, or {@code $LEDE_SOLR} set and no {@code --index}
     * named (an option on the command line wins over the environment).
     */
    boolean given(IndexOption index) {
        if (solr != null && index.index != null) {
            throw new UsageException("--solr and --index name two different indexes; give one of them.");
        }
        if (solr == null && collection != null) {
            throw new UsageException("--collection names a SolrCloud collection; give --solr ZK_OR_URL too (or set $"
                    + ENVIRONMENT + ").");
        }
        return wanted(index);
    }

    /** Whether this command is meant for SolrCloud, as {@link #given} decides, without its checks. */
    boolean wanted(IndexOption index) {
        return solr != null || (index.index == null && !environment(ENVIRONMENT).isEmpty());
    }

    String address() {
        String address = solr != null ? solr : environment(ENVIRONMENT);
        if (address.isBlank()) {
            throw new UsageException("--solr needs the address of a SolrCloud: its ZooKeeper (host:port) or a node's http:// URL.");
        }
        return address.strip();
    }

    String collection() {
        String name = collection != null ? collection : environment(COLLECTION_ENVIRONMENT);
        if (name.isBlank()) {
            throw new UsageException("--solr needs --collection NAME (or $" + COLLECTION_ENVIRONMENT + ") to say which collection.");
        }
        return name.strip();
    }

    /** Refuses an option the SolrCloud path cannot honour, rather than ignoring it. */
    static void refuse(boolean given, String option) {
        if (given) {
            throw new UsageException(option + " is not available on SolrCloud; leave it out, or search a local index.");
        }
    }

    private static String environment(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}
