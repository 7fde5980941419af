package dev.lede.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A local SolrCloud in a JVM of its own (lede-solr-server's launcher on its Lucene 9 classpath; this JVM holds
 * lede's Lucene 10). Stops when closed, and on its own if this JVM dies, since its standard input then closes.
 */
final class LocalSolrCloudProcess implements AutoCloseable {
    private final Process process;
    private final BufferedReader replies;
    private final String zookeeper;
    private final List<String> nodes;

    private LocalSolrCloudProcess(Process process, BufferedReader replies, String zookeeper, List<String> nodes) {
        this.process = process;
        this.replies = replies;
        this.zookeeper = zookeeper;
        this.nodes = nodes;
    }

    static LocalSolrCloudProcess start(int nodes, Path log) throws IOException {
        Path server = Path.of(System.getProperty("lede.solr.server", "../solr-server/target"));
        Path classpathFile = server.resolve("server.classpath");
        if (!Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException(classpathFile + " is missing: build lede-solr-server first");
        }
        String classpath = server.resolve("classes") + java.io.File.pathSeparator + Files.readString(classpathFile).strip();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", classpath, "dev.lede.solr.server.LocalSolrCloud",
                "--nodes", String.valueOf(nodes))
                .redirectError(log.toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String zookeeper = null;
        List<String> urls = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("zookeeper ")) {
                zookeeper = line.substring("zookeeper ".length());
            } else if (line.startsWith("node ")) {
                urls.add(line.substring("node ".length()));
            } else if (line.equals("ready")) {
                return new LocalSolrCloudProcess(process, out, zookeeper, urls);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the local SolrCloud did not start; see " + log);
    }

    String zookeeper() {
        return zookeeper;
    }

    List<String> nodes() {
        return nodes;
    }

    /** Stops the cluster's N-th node (from 1), returning once it has stopped. */
    void stopNode(int number) throws IOException {
        command("stop " + number, "node " + number + " stopped");
    }

    /** Starts the N-th node again, returning once it has joined the cluster. */
    void startNode(int number) throws IOException {
        command("start " + number, "node " + number + " started");
    }

    private void command(String line, String done) throws IOException {
        process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
        String reply = replies.readLine();
        if (!done.equals(reply)) {
            throw new IllegalStateException("the local SolrCloud answered \"" + reply + "\" to \"" + line + "\"");
        }
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
