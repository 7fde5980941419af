package dev.lede.bench;

import java.nio.file.Path;

/**
 * The anchor for start-up time: a one-shot program that opens a raw Lucene index, searches it once (top 10 with
 * snippets, as {@link RawLucene} does) and prints the hits, run as a new process beside {@code lede search}.
 * <pre>java -cp lede-bench.jar dev.lede.bench.RawSearch INDEX QUERY</pre>
 */
public final class RawSearch {
    private RawSearch() {}

    public static void main(String[] args) throws Exception {
        try (RawLucene index = new RawLucene(Path.of(args[0]))) {
            for (String hit : index.search(args[1])) {
                System.out.println(hit);
            }
        }
    }
}
