package dev.lede.internal.names;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.Article;
import dev.lede.LedeException;
import dev.lede.Name;
import dev.lede.NameScores;
import dev.lede.NameType;
import dev.lede.internal.parse.InputReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores a {@link NameExtractor} against labelled articles ({@code testdata/names/GUIDE.md} gives the
 * format): for each article, the extracted canonical names against the labelled ones. An extracted
 * name matches a labelled one of the same type when it equals its canonical form or one of its
 * aliases, ignoring case, accents and possessive endings.
 */
public final class NameEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NameEvaluation() {}

    /** Scores against every {@code *.jsonl} label file in {@code labels} (a file or a directory). */
    public static NameScores score(Path labels, NameExtractor extractor) throws IOException {
        Map<NameType, NameScores.Counts> byType = new EnumMap<>(NameType.class);
        for (NameType type : NameType.values()) {
            byType.put(type, new NameScores.Counts(0, 0, 0));
        }
        int articles = 0;
        for (Path file : labelFiles(labels)) {
            Path root = file.getParent().getParent();
            try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int number = 0;
                while ((line = lines.readLine()) != null) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode entry = JSON.readTree(line);
                    Article article = article(root, entry, file + ":" + number);
                    List<Name> extracted = extractor.extract(article.title(), article.body());
                    score(labelled(entry), extracted, byType);
                    articles++;
                }
            }
        }
        NameScores.Counts overall = new NameScores.Counts(0, 0, 0);
        for (NameScores.Counts counts : byType.values()) {
            overall = new NameScores.Counts(overall.found() + counts.found(), overall.wrong() + counts.wrong(),
                    overall.missed() + counts.missed());
        }
        return new NameScores(articles, byType, overall);
    }

    private record Labelled(NameType type, Set<String> forms) {}

    private static void score(List<Labelled> labelled, List<Name> extracted, Map<NameType, NameScores.Counts> byType) {
        Set<Labelled> matched = new HashSet<>();
        for (Name name : extracted) {
            String key = key(name.text());
            Labelled match = null;
            for (Labelled label : labelled) {
                if (label.type() == name.type() && label.forms().contains(key) && !matched.contains(label)) {
                    match = label;
                    break;
                }
            }
            if (match != null) {
                matched.add(match);
                add(byType, name.type(), 1, 0, 0);
            } else {
                add(byType, name.type(), 0, 1, 0);
            }
        }
        for (Labelled label : labelled) {
            if (!matched.contains(label)) {
                add(byType, label.type(), 0, 0, 1);
            }
        }
    }

    private static void add(Map<NameType, NameScores.Counts> byType, NameType type, int found, int wrong, int missed) {
        NameScores.Counts counts = byType.get(type);
        byType.put(type, new NameScores.Counts(counts.found() + found, counts.wrong() + wrong, counts.missed() + missed));
    }

    private static List<Labelled> labelled(JsonNode entry) {
        List<Labelled> labelled = new ArrayList<>();
        for (JsonNode name : entry.path("names")) {
            NameType type = NameType.fromLabel(name.path("type").asText());
            if (type == null) {
                continue;
            }
            Set<String> forms = new HashSet<>();
            forms.add(key(name.path("name").asText()));
            for (JsonNode alias : name.path("aliases")) {
                forms.add(key(alias.asText()));
            }
            labelled.add(new Labelled(type, forms));
        }
        return labelled;
    }

    /** The labelled article: the file's only article, or the one on the given line of a JSON Lines file. */
    private static Article article(Path root, JsonNode entry, String where) {
        Path file = root.resolve(entry.path("article").asText());
        long line = entry.path("line").asLong(0);
        List<Article> found = new ArrayList<>();
        InputReader.read(file, dev.lede.InputFormat.AUTO, (article, at) -> {
            if (at == line) {
                found.add(article);
            }
        }, problem -> {});
        if (found.isEmpty()) {
            throw new LedeException(where + ": the labelled article " + file + (line > 0 ? ":" + line : "") + " could not be read");
        }
        return found.get(0);
    }

    private static List<Path> labelFiles(Path labels) throws IOException {
        if (Files.isRegularFile(labels)) {
            return List.of(labels.toAbsolutePath());
        }
        if (!Files.isDirectory(labels)) {
            throw new LedeException("There are no name labels at " + labels + ".");
        }
        try (Stream<Path> files = Files.list(labels)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".jsonl")).map(Path::toAbsolutePath).sorted().toList();
            if (found.isEmpty()) {
                throw new LedeException("There are no .jsonl label files in " + labels + ".");
            }
            return found;
        }
    }

    /** Case, accents, "the" and possessive endings do not make names different. */
    static String key(String name) {
        String text = Normalizer.normalize(name.replace('’', '\''), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        text = text.toLowerCase(Locale.ROOT).strip();
        if (text.startsWith("the ")) {
            text = text.substring(4);
        }
        if (text.endsWith("'s")) {
            text = text.substring(0, text.length() - 2);
        }
        return text.replaceAll("\\s+", " ");
    }
}
