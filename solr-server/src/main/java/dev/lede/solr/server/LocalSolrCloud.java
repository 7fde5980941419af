package dev.lede.solr.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A SolrCloud on this machine: Jetty nodes and an embedded ZooKeeper on 127.0.0.1, random ports, data in a
 * directory of its own. Prints {@code zookeeper HOST:PORT/solr}, one {@code node URL} a node, then
 * {@code ready}; stops, deleting its data unless a directory was given, on Ctrl-C or when standard input
 * closes (so a cluster started by another program never outlives it).
 *
 * <p>Usage: {@code LocalSolrCloud [--nodes N] [--dir DIRECTORY]}
 */
public final class LocalSolrCloud {
    private static final int DEFAULT_NODES = 2;

    private LocalSolrCloud() {}

    /**
     * Starts the cluster and waits until it is told to stop.
     *
     * @param args {@code [--nodes N] [--dir DIRECTORY]}
     * @throws Exception if the cluster cannot start
     */
    public static void main(String[] args) throws Exception {
        int nodes = DEFAULT_NODES;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("--nodes") || arg.equals("--dir")) && i + 1 == args.length) {
                usage("solr-local: " + arg + " needs a value.");
            }
            switch (arg) {
                case "--nodes" -> nodes = parseNodes(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--help", "-h" -> {
                    System.out.println(
                            "Usage: solr-local [--nodes N] [--dir DIRECTORY]\n"
                                    + "Starts a local SolrCloud (N nodes, 2 by default, and an embedded ZooKeeper),\n"
                                    + "prints its ZooKeeper address and stops on Ctrl-C or when standard input closes.");
                    return;
                }
                default -> usage("solr-local: unknown option " + arg + ".");
            }
        }
        boolean temporary = dir == null;
        Path base = temporary ? Files.createTempDirectory("lede-solrcloud") : Files.createDirectories(dir);
        run(nodes, base, temporary, System.out, System.in);
    }

    private static int parseNodes(String value) {
        try {
            int nodes = Integer.parseInt(value);
            if (nodes >= 1) {
                return nodes;
            }
        } catch (NumberFormatException e) {
            // the message below says what is wrong
        }
        usage("solr-local: --nodes needs a whole number of at least 1, not " + value + ".");
        return 0;
    }

    private static void usage(String message) {
        System.err.println(message);
        System.exit(2);
    }

    private static void run(int nodes, Path base, boolean temporary, PrintStream out, InputStream in) throws Exception {
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, base).build();
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopping.compareAndSet(false, true)) {
                try {
                    cluster.shutdown();
                    if (temporary) {
                        deleteTree(base);
                    }
                } catch (Exception e) {
                    System.err.println("solr-local: stopping the cluster failed: " + e);
                } finally {
                    stopped.countDown();
                }
            }
        };
        Thread hook = new Thread(() -> {
            stop.run();
            awaitQuietly(stopped);
        }, "solr-local-stop");
        Runtime.getRuntime().addShutdownHook(hook);

        out.println("zookeeper " + cluster.getZkServer().getZkAddress());
        for (JettySolrRunner node : cluster.getJettySolrRunners()) {
            out.println("node " + node.getBaseUrl());
        }
        out.println("ready");
        out.flush();

        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // anything typed is ignored; the end of input stops the cluster
        }
        stop.run();
        out.println("stopped");
        out.flush();
        Runtime.getRuntime().removeShutdownHook(hook);
        // Solr leaves non-daemon threads behind after shutdown.
        System.exit(0);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
