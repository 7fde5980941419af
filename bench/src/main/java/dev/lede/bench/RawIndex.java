package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.Article;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The anchor for indexing from the command line: a one-shot program that reads a JSON Lines file of articles with
 * Jackson and indexes it with raw Lucene ({@link RawLucene}'s documents), run as a new process beside {@code lede index}.
 * <pre>java -cp lede-bench.jar dev.lede.bench.RawIndex FILE INDEX</pre>
 */
public final class RawIndex {
    private RawIndex() {}

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (RawLucene index = new RawLucene(Path.of(args[1]));
                BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode article = json.readTree(line);
                JsonNode date = article.get("date");
                index.add(new Article(article.get("id").asText(), article.get("title").asText(), article.get("body").asText(),
                        article.get("url").asText(), date == null ? null : LocalDate.parse(date.asText()), List.of()));
            }
            index.commit();
        }
    }
}
