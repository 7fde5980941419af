package dev.lede.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Precision and recall of an extracted text against the true one, as the open article-extraction
 * benchmark scores them: both texts are cut into words (runs of letters, digits and underscores), and
 * every run of four consecutive words (a shingle) counts, as often as it occurs. A shingle of the
 * extracted text that the true text also has (as often) is a true positive.
 *
 * @param truePositives shingles in both texts
 * @param extracted shingles of the extracted text
 * @param expected shingles of the true text
 */
public record ShingleScore(long truePositives, long extracted, long expected) {
    public static final int SHINGLE_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** The score of {@code extracted} against {@code expected}. */
    public static ShingleScore of(String expected, String extracted) {
        Map<String, Integer> truth = shingles(expected);
        Map<String, Integer> found = shingles(extracted);
        long matched = 0;
        for (Map.Entry<String, Integer> shingle : found.entrySet()) {
            matched += Math.min(shingle.getValue(), truth.getOrDefault(shingle.getKey(), 0));
        }
        return new ShingleScore(matched, total(found), total(truth));
    }

    /** Of the extracted shingles, the share that are true; 1 when both texts are empty, 0 when only the extracted one is. */
    public double precision() {
        return extracted == 0 ? (expected == 0 ? 1 : 0) : (double) truePositives / extracted;
    }

    /** Of the true shingles, the share that were extracted; 1 when the true text is empty. */
    public double recall() {
        return expected == 0 ? 1 : (double) truePositives / expected;
    }

    public double f1() {
        return f1(precision(), recall());
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** The words of a text. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Each run of four words, counted; a text of fewer words is one shingle (none when it has no word). */
    static Map<String, Integer> shingles(String text) {
        List<String> words = words(text);
        Map<String, Integer> shingles = new HashMap<>();
        if (words.isEmpty()) {
            return shingles;
        }
        int n = Math.min(SHINGLE_WORDS, words.size());
        for (int i = 0; i + n <= words.size(); i++) {
            shingles.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
        }
        return shingles;
    }

    private static long total(Map<String, Integer> counts) {
        long sum = 0;
        for (int count : counts.values()) {
            sum += count;
        }
        return sum;
    }
}
