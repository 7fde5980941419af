package dev.lede.internal.names;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words grouped by the words that follow them in unlabelled text, so that a word the labelled data
 * never showed still shares a feature with the words used like it ("Gazprom" with "Yukos", "Chelsea"
 * with "Arsenal"). Built by the predictive exchange algorithm (Uszkoreit and Brants, 2008): each word
 * in turn moves to the class that most raises the likelihood of the text under a class bigram model
 * in which a word predicts the class of the next, until few words move. Kept as hashes of the words,
 * so the model holds no word list of the text it learnt from.
 */
final class WordClusters {
    /** No classes: every word has none. */
    static final WordClusters NONE = new WordClusters(new NameTagger.FeatureIndex(16), new short[0]);

    /** A word's hash to its row in {@link #classes}. */
    private final NameTagger.FeatureIndex words;
    private final short[] classes;

    private WordClusters(NameTagger.FeatureIndex words, short[] classes) {
        this.words = words;
        this.classes = classes;
    }

    /** {@return the word's class (as written, case kept), or -1 for a word too rare to have been clustered} */
    int of(String word) {
        int row = words.get(key(word));
        return row < 0 ? -1 : classes[row];
    }

    /** {@return how many words have a class} */
    int size() {
        return words.size();
    }

    private static int key(String word) {
        return NameTagger.mix(0x57c1, word.hashCode());
    }

    /**
     * Clusters the words of {@code sentences} seen at least {@code minCount} times into {@code k} classes
     * (at most 32,768), with at most {@code passes} passes over the vocabulary. The same sentences give
     * the same classes.
     */
    static WordClusters build(List<String[]> sentences, int k, int minCount, int passes) {
        Map<String, Integer> counts = new HashMap<>();
        for (String[] sentence : sentences) {
            for (String word : sentence) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        List<String> vocabulary = new ArrayList<>();
        counts.forEach((word, count) -> {
            if (count >= minCount) {
                vocabulary.add(word);
            }
        });
        vocabulary.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
        Map<String, Integer> ids = new HashMap<>();
        for (String word : vocabulary) {
            ids.put(word, ids.size());
        }
        int v = vocabulary.size();
        int rare = v; // every rarer word, and the start of a sentence, count as predecessors only
        int start = v + 1;
        Map<Long, Integer> bigrams = new HashMap<>();
        long total = 0;
        for (String[] sentence : sentences) {
            int previous = start;
            for (String word : sentence) {
                Integer id = ids.get(word);
                if (id != null) {
                    bigrams.merge((long) id * (v + 2) + previous, 1, Integer::sum);
                    total++;
                }
                previous = id == null ? rare : id;
            }
        }
        // The predecessors of each word and how often each comes before it, as parallel arrays.
        int[] predecessorCount = new int[v];
        bigrams.forEach((key, count) -> predecessorCount[(int) (key / (v + 2))]++);
        int[][] predecessors = new int[v][];
        int[][] predecessorTimes = new int[v][];
        for (int w = 0; w < v; w++) {
            predecessors[w] = new int[predecessorCount[w]];
            predecessorTimes[w] = new int[predecessorCount[w]];
        }
        int[] filled = new int[v];
        List<Map.Entry<Long, Integer>> sorted = new ArrayList<>(bigrams.entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        for (Map.Entry<Long, Integer> entry : sorted) {
            int w = (int) (entry.getKey() / (v + 2));
            predecessors[w][filled[w]] = (int) (entry.getKey() % (v + 2));
            predecessorTimes[w][filled[w]++] = entry.getValue();
        }
        int[] wordCount = new int[v];
        for (int w = 0; w < v; w++) {
            wordCount[w] = counts.get(vocabulary.get(w));
        }
        // The start: words dealt to the classes by rank of frequency.
        int[] classOf = new int[v];
        long[] classCount = new long[k];
        int[][] followedBy = new int[v + 2][k]; // N(p, c): predecessor p followed by a word of class c
        for (int w = 0; w < v; w++) {
            classOf[w] = w % k;
            classCount[w % k] += wordCount[w];
            for (int j = 0; j < predecessors[w].length; j++) {
                followedBy[predecessors[w][j]][w % k] += predecessorTimes[w][j];
            }
        }
        // x log x of every count there can be, looked up rather than computed in the inner loop.
        double[] xlogx = new double[(int) total + 2];
        for (int x = 1; x < xlogx.length; x++) {
            xlogx[x] = x * Math.log(x);
        }
        // The likelihood, up to constants: the sum of N(p,c) log N(p,c) less the sum of N(c) log N(c).
        double[] gain = new double[k];
        for (int pass = 0; pass < passes; pass++) {
            int moved = 0;
            for (int w = 0; w < v; w++) {
                int from = classOf[w];
                int[] ps = predecessors[w];
                int[] ns = predecessorTimes[w];
                classCount[from] -= wordCount[w];
                for (int j = 0; j < ps.length; j++) {
                    followedBy[ps[j]][from] -= ns[j];
                }
                Arrays.fill(gain, 0);
                for (int j = 0; j < ps.length; j++) {
                    int[] row = followedBy[ps[j]];
                    int n = ns[j];
                    double alone = xlogx[n];
                    for (int c = 0; c < k; c++) {
                        int before = row[c];
                        gain[c] += before == 0 ? alone : xlogx[before + n] - xlogx[before];
                    }
                }
                int best = from;
                double bestGain = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double g = gain[c] - (xlogx[(int) classCount[c] + wordCount[w]] - xlogx[(int) classCount[c]]);
                    if (g > bestGain + 1e-9 || c == from && g >= bestGain - 1e-9) {
                        bestGain = g;
                        best = c;
                    }
                }
                classOf[w] = best;
                classCount[best] += wordCount[w];
                for (int j = 0; j < ps.length; j++) {
                    followedBy[ps[j]][best] += ns[j];
                }
                moved += best != from ? 1 : 0;
            }
            if (moved < v / 500) {
                break;
            }
        }
        NameTagger.FeatureIndex index = new NameTagger.FeatureIndex(v);
        short[] classes = new short[v];
        for (int w = 0; w < v; w++) {
            int row = index.add(key(vocabulary.get(w)));
            classes[row] = (short) classOf[w];
        }
        return new WordClusters(index, Arrays.copyOf(classes, index.size()));
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(words.size());
        int[] keys = new int[words.size()];
        words.forEach((key, row) -> keys[row] = key);
        for (int row = 0; row < keys.length; row++) {
            out.writeInt(keys[row]);
            out.writeShort(classes[row]);
        }
    }

    static WordClusters read(DataInputStream in) throws IOException {
        int size = in.readInt();
        NameTagger.FeatureIndex index = new NameTagger.FeatureIndex(Math.max(16, size));
        short[] classes = new short[size];
        for (int row = 0; row < size; row++) {
            index.add(in.readInt());
            classes[row] = in.readShort();
        }
        return new WordClusters(index, classes);
    }
}
