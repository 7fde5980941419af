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

    /**
     * Scores against every {@code *.jsonl} label file in {@code labels} (a file or a directory), or
     * against a CoNLL-2003 file ({@link #scoreConll}).
     */
    public static NameScores score(Path labels, NameExtractor extractor) throws IOException {
        if (Files.isRegularFile(labels) && !labels.toString().endsWith(".jsonl") && ConllCorpus.looksLikeConll(labels)) {
            return scoreConll(ConllCorpus.read(labels), extractor);
        }
        Map<NameType, NameScores.Counts> byType = zero();
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
                    score(labelled(entry), extracted, null, byType);
                    articles++;
                }
            }
        }
        return new NameScores(articles, byType, sum(byType));
    }

    /**
     * Scores against CoNLL-2003 articles. Each article is given to the extractor as text: its first
     * sentence as the headline, the others as the body. Names are scored per article as for lede's
     * labels, a labelled surname standing alone joining the full name it belongs to ("Blair" with
     * "Tony Blair"). Mentions are scored as {@code conlleval} does, exact words and type, where the
     * extractor says each mention is.
     * MISC labels are ignored (lede has no such type): neither found nor missed; a name lede gives
     * where the labels say MISC counts as wrong.
     */
    static NameScores scoreConll(List<ConllCorpus.Document> documents, NameExtractor extractor) {
        Map<NameType, NameScores.Counts> byType = zero();
        Map<NameType, NameScores.Counts> mentions = zero();
        for (ConllCorpus.Document document : documents) {
            List<ConllCorpus.Sentence> sentences = document.sentences();
            boolean headline = sentences.size() > 1;
            // Where each word is in the text the extractor sees: sentence, then offset in title or body.
            int[][] starts = new int[sentences.size()][];
            int[] offsets = new int[sentences.size()];
            String title = "";
            StringBuilder body = new StringBuilder();
            for (int s = 0; s < sentences.size(); s++) {
                String[] words = sentences.get(s).words();
                starts[s] = new int[words.length];
                String text = ConllCorpus.text(words, starts[s]);
                if (headline && s == 0) {
                    title = text;
                } else {
                    offsets[s] = body.length();
                    body.append(text).append('\n');
                }
            }
            List<dev.lede.NameMentions> found = extractor.mentions(title, body.toString());
            score(labelled(sentences), found.stream().map(m -> m.name()).toList(), found, byType);
            scoreMentions(sentences, new Layout(headline, starts, offsets), found, mentions);
        }
        return new NameScores(documents.size(), byType, sum(byType), mentions, sum(mentions));
    }

    private static NameType conllType(String type) {
        return switch (type) {
            case "PER" -> NameType.PERSON;
            case "ORG" -> NameType.ORGANIZATION;
            case "LOC" -> NameType.PLACE;
            default -> null;
        };
    }

    /** The article's names: each labelled form once per type, a lone surname joined to its full name. */
    private static List<Labelled> labelled(List<ConllCorpus.Sentence> sentences) {
        Map<String, Labelled> byForm = new java.util.LinkedHashMap<>();
        List<String[]> singles = new ArrayList<>();
        for (ConllCorpus.Sentence sentence : sentences) {
            for (ConllCorpus.Entity entity : sentence.entities()) {
                NameType type = conllType(entity.type());
                if (type == null) {
                    continue;
                }
                String form = key(String.join(" ", java.util.Arrays.copyOfRange(sentence.words(), entity.start(), entity.end())));
                if (type == NameType.PERSON && entity.end() - entity.start() == 1) {
                    singles.add(new String[] {form});
                } else {
                    byForm.computeIfAbsent(type + "|" + form, k -> new Labelled(type, new HashSet<>(Set.of(form))));
                }
            }
        }
        for (String[] single : singles) {
            String form = single[0];
            Labelled full = null;
            for (Labelled label : byForm.values()) {
                if (label.type() == NameType.PERSON && label.forms().stream().anyMatch(f -> f.endsWith(" " + form))) {
                    full = label;
                    break;
                }
            }
            if (full != null) {
                full.forms().add(form);
            } else {
                byForm.computeIfAbsent(NameType.PERSON + "|" + form, k -> new Labelled(NameType.PERSON, new HashSet<>(Set.of(form))));
            }
        }
        return List.copyOf(byForm.values());
    }

    private record Form(String[] words, NameType type) {}

    /** Where the words of a CoNLL article are in the title and body given to the extractor. */
    private record Layout(boolean headline, int[][] starts, int[] offsets) {
        /** "sentence:start:end" of the words a position covers exactly, or null when it is not on word boundaries. */
        String words(dev.lede.NamePosition position, List<ConllCorpus.Sentence> sentences) {
            for (int s = headline && !position.inTitle() ? 1 : 0; s < starts.length; s++) {
                if (position.inTitle() != (headline && s == 0)) {
                    return null;
                }
                String[] words = sentences.get(s).words();
                int first = -1;
                for (int i = 0; i < words.length; i++) {
                    int start = offsets[s] + starts[s][i];
                    if (start == position.start()) {
                        first = i;
                    }
                    if (first >= 0 && start + words[i].length() == position.end()) {
                        return s + ":" + first + ":" + (i + 1);
                    }
                }
            }
            return null;
        }
    }

    /**
     * Mentions scored as {@code conlleval} does, exact words and type. A name with positions is
     * scored where it is; one without (a user's model) by every occurrence of its forms, longest first.
     */
    private static void scoreMentions(List<ConllCorpus.Sentence> sentences, Layout layout, List<dev.lede.NameMentions> found,
            Map<NameType, NameScores.Counts> counts) {
        Set<String> placed = new HashSet<>();
        for (dev.lede.NameMentions name : found) {
            for (dev.lede.NamePosition position : name.positions()) {
                String words = layout.words(position, sentences);
                // A mention off the words' boundaries can match no label: it counts as wrong.
                placed.add((words == null ? "x" + position : words) + ":" + name.name().type());
            }
        }
        Set<String> labelled = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (ConllCorpus.Entity entity : sentences.get(s).entities()) {
                NameType type = conllType(entity.type());
                if (type != null) {
                    labelled.add(s + ":" + entity.start() + ":" + entity.end() + ":" + type);
                }
            }
        }
        List<Form> forms = new ArrayList<>();
        for (dev.lede.NameMentions name : found) {
            if (!name.positions().isEmpty()) {
                continue;
            }
            Set<String> written = new java.util.LinkedHashSet<>();
            written.add(name.name().text());
            written.addAll(name.aliases());
            for (String form : written) {
                String[] words = Words.of(form).stream().map(Words.Word::text).toArray(String[]::new);
                if (words.length > 0) {
                    forms.add(new Form(words, name.name().type()));
                }
            }
        }
        forms.sort((a, b) -> b.words().length - a.words().length);
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s).words();
            boolean[] taken = new boolean[words.length];
            for (Form form : forms) {
                for (int start = 0; start + form.words().length <= words.length; start++) {
                    int end = start + form.words().length;
                    if (matches(words, start, form.words()) && !Positions.anyUsed(taken, start, end)) {
                        java.util.Arrays.fill(taken, start, end, true);
                        placed.add(s + ":" + start + ":" + end + ":" + form.type());
                    }
                }
            }
        }
        for (String mention : placed) {
            NameType type = NameType.valueOf(mention.substring(mention.lastIndexOf(':') + 1));
            add(counts, type, labelled.contains(mention) ? 1 : 0, labelled.contains(mention) ? 0 : 1, 0);
        }
        for (String mention : labelled) {
            if (!placed.contains(mention)) {
                add(counts, NameType.valueOf(mention.substring(mention.lastIndexOf(':') + 1)), 0, 0, 1);
            }
        }
    }

    /** The form's words at {@code start}; a headline word in capitals matches the form in capitals. */
    private static boolean matches(String[] words, int start, String[] form) {
        for (int i = 0; i < form.length; i++) {
            String word = words[start + i];
            if (!word.equals(form[i]) && !(word.equals(word.toUpperCase(Locale.ROOT)) && word.equals(form[i].toUpperCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    private static Map<NameType, NameScores.Counts> zero() {
        Map<NameType, NameScores.Counts> byType = new EnumMap<>(NameType.class);
        for (NameType type : NameType.values()) {
            byType.put(type, new NameScores.Counts(0, 0, 0));
        }
        return byType;
    }

    private static NameScores.Counts sum(Map<NameType, NameScores.Counts> byType) {
        NameScores.Counts overall = new NameScores.Counts(0, 0, 0);
        for (NameScores.Counts counts : byType.values()) {
            overall = new NameScores.Counts(overall.found() + counts.found(), overall.wrong() + counts.wrong(),
                    overall.missed() + counts.missed());
        }
        return overall;
    }

    private record Labelled(NameType type, Set<String> forms) {}

    /** {@code forms}, when given, holds each extracted name's other written forms, any of which may match. */
    private static void score(List<Labelled> labelled, List<Name> extracted, List<dev.lede.NameMentions> forms,
            Map<NameType, NameScores.Counts> byType) {
        Set<Labelled> matched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int n = 0; n < extracted.size(); n++) {
            Name name = extracted.get(n);
            Set<String> keys = new HashSet<>();
            keys.add(key(name.text()));
            if (forms != null) {
                forms.get(n).aliases().forEach(alias -> keys.add(key(alias)));
            }
            Labelled match = null;
            for (Labelled label : labelled) {
                if (label.type() == name.type() && keys.stream().anyMatch(label.forms()::contains) && !matched.contains(label)) {
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
