package dev.lede.solr.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A SolrCloud on this machine: Jetty nodes and an embedded ZooKeeper on 127.0.0.1, random ports, data in a
 * directory of its own. Prints {@code zookeeper HOST:PORT/solr}, one {@code node URL} a node, then
 * {@code ready}; stops, deleting its data unless a directory was given, on Ctrl-C or when standard input
 * closes (so a cluster started by another program never outlives it). Meanwhile a line {@code stop N} on standard
 * input stops its N-th node (counting from 1, as printed) and {@code start N} starts it again, to see what a lost node
 * does to the collection; each answers {@code node N stopped} or {@code node N started} once it is done.
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
                                    + "prints its ZooKeeper address and stops on Ctrl-C or when standard input closes.\n"
                                    + "Typing \"stop N\" stops its N-th node, \"start N\" starts it again.");
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
        // Numbered as printed; the cluster's own list leaves out a node while it is stopped.
        List<JettySolrRunner> numbered = List.copyOf(cluster.getJettySolrRunners());
        for (JettySolrRunner node : numbered) {
            out.println("node " + node.getBaseUrl());
        }
        out.println("ready");
        out.flush();

        BufferedReader commands = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); line != null; line = commands.readLine()) {
            out.println(command(cluster, numbered, line.strip()));
            out.flush();
        }
        stop.run();
        out.println("stopped");
        out.flush();
        Runtime.getRuntime().removeShutdownHook(hook);
        // Solr leaves non-daemon threads behind after shutdown.
        System.exit(0);
    }

    /** Carries out one line of standard input ({@code stop N}, {@code start N}) and says what came of it. */
    private static String command(MiniSolrCloudCluster cluster, List<JettySolrRunner> nodes, String line) {
        String[] words = line.split("\\s+");
        int number;
        try {
            number = words.length == 2 ? Integer.parseInt(words[1]) : -1;
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 1 || number > nodes.size() || !(words[0].equals("stop") || words[0].equals("start"))) {
            return "solr-local: write \"stop N\" or \"start N\", N from 1 to " + nodes.size() + ", not \"" + line + "\".";
        }
        JettySolrRunner node = nodes.get(number - 1);
        try {
            if (words[0].equals("stop")) {
                cluster.stopJettySolrRunner(node);
                cluster.waitForJettyToStop(node);
                return "node " + number + " stopped";
            }
            cluster.startJettySolrRunner(node);
            cluster.waitForNode(node, 60);
            return "node " + number + " started";
        } catch (Exception e) {
            return "solr-local: node " + number + " could not " + words[0] + ": " + e.getMessage();
        }
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
