package dev.lede.internal.names;

import dev.lede.LedeException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles in the CoNLL-2003 format: one token per line ({@code word POS chunk tag}, only the first
 * and last columns are read), blank lines between sentences, {@code -DOCSTART-} between articles,
 * name tags in IOB1 or BIO ({@code I-PER}, {@code B-ORG}, {@code O}).
 */
public final class ConllCorpus {
    /** One sentence: its words and, per word, the type of the name it is in ({@code PER}...) or null, and where names start. */
    public record Sentence(String[] words, String[] types, boolean[] starts) {
        /** The names in this sentence as [start, end) word spans with their types. */
        List<Entity> entities() {
            List<Entity> entities = new ArrayList<>();
            int i = 0;
            while (i < words.length) {
                if (types[i] == null) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < words.length && types[end] != null && types[end].equals(types[i]) && !starts[end]) {
                    end++;
                }
                entities.add(new Entity(i, end, types[i]));
                i = end;
            }
            return entities;
        }
    }

    /** A name in a sentence: words [start, end), CoNLL type. */
    record Entity(int start, int end, String type) {}

    /** One article: its sentences in order (the first is usually the headline). */
    public record Document(List<Sentence> sentences) {}

    private ConllCorpus() {}

    /** True when the file looks like CoNLL data: its first non-blank line is a DOCSTART or has four columns ending in a tag. */
    static boolean looksLikeConll(Path file) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.strip().split("\\s+");
                String tag = columns[columns.length - 1];
                return columns[0].equals("-DOCSTART-") || (columns.length >= 2 && (tag.equals("O") || tag.matches("[BI]-\\w+")));
            }
            return false;
        }
    }

    public static List<Document> read(Path file) throws IOException {
        List<Document> documents = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String[] columns = line.strip().split("\\s+");
                if (line.isBlank() || columns[0].equals("-DOCSTART-")) {
                    if (!words.isEmpty()) {
                        sentences.add(sentence(words, tags));
                        words.clear();
                        tags.clear();
                    }
                    if (columns[0].equals("-DOCSTART-") && !sentences.isEmpty()) {
                        documents.add(new Document(List.copyOf(sentences)));
                        sentences.clear();
                    }
                    continue;
                }
                String tag = columns[columns.length - 1];
                if (columns.length < 2 || !(tag.equals("O") || tag.matches("[BI]-\\w+"))) {
                    throw new LedeException(file + ":" + number + ": not a CoNLL line (word, then a name tag such as I-PER or O, last).");
                }
                words.add(columns[0]);
                tags.add(tag);
            }
        }
        if (!words.isEmpty()) {
            sentences.add(sentence(words, tags));
        }
        if (!sentences.isEmpty()) {
            documents.add(new Document(List.copyOf(sentences)));
        }
        return documents;
    }

    private static Sentence sentence(List<String> words, List<String> tags) {
        int n = words.size();
        String[] types = new String[n];
        boolean[] starts = new boolean[n];
        for (int i = 0; i < n; i++) {
            String tag = tags.get(i);
            if (!tag.equals("O")) {
                types[i] = tag.substring(2);
                // IOB1: I- starts a name unless the previous word is in a name of the same type.
                starts[i] = tag.startsWith("B-") || i == 0 || !types[i].equals(types[i - 1]);
            }
        }
        return new Sentence(words.toArray(String[]::new), types, starts);
    }

    /** The sentence as running text: no space before closing punctuation and possessives. */
    static String text(String[] words) {
        return text(words, new int[words.length]);
    }

    /** {@link #text(String[])}, with the offset of each word in it put in {@code starts}. */
    static String text(String[] words, int[] starts) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean glued = i > 0 && (word.equals(",") || word.equals(".") || word.equals(";") || word.equals(":")
                    || word.equals("!") || word.equals("?") || word.equals(")") || word.equals("%")
                    || word.equalsIgnoreCase("'s") || word.equalsIgnoreCase("n't") || words[i - 1].equals("("));
            if (i > 0 && !glued) {
                out.append(' ');
            }
            starts[i] = out.length();
            out.append(word);
        }
        return out.toString();
    }
}
