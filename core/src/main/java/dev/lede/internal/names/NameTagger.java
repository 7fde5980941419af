package dev.lede.internal.names;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A statistical name tagger: an averaged perceptron that tags each sentence, by beam search left to
 * right, with each word as the beginning or inside of a person, organisation, place or other (MISC)
 * name, or outside any name,
 * from the word, its neighbours, their shapes and endings, the tags just given, how the article
 * tagged the same word before, and (optionally) lede's word lists. Only capitalised words, and short
 * joining words inside a name ("Bank of England"), are scored; the rest are outside names, which
 * keeps the cost per article low.
 *
 * <p>Features are hashed to 32 bits and never kept as strings; weights live in one float array.
 * Immutable once built: {@link #tag} may run from several threads at once.
 */
final class NameTagger {
    static final String[] TAGS = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
    static final String[] TYPES = {"PER", "ORG", "LOC", "MISC"};
    private static final int K = TAGS.length;
    private static final int MAGIC = 0x4c4e4d34; // "LNM4"

    /**
     * Which feature groups the tagger uses, and how it decodes; stored with the model so it tags as it was trained.
     * {@code articleContext}: what the words around each other use of the same word in the article
     * are ("Pirelli" is followed by "SpA" once, so it is a company everywhere), and whether the
     * sentence reads like a results table ("Barcelona 3 Valencia 1").
     * {@code beam}: how many taggings of a sentence so far are kept while tagging it (1: word by word).
     * {@code earlyUpdate}: training decodes with the same beam and learns from the first word where the
     * right tagging leaves the beam; otherwise training tags word by word.
     * {@code wordClusters}: the classes of the word and of the two words either side ({@link WordClusters}),
     * learnt from unlabelled text and kept in the model.
     */
    record Options(boolean wordLists, boolean articleMemory, boolean articleContext, int beam, boolean earlyUpdate,
            boolean wordClusters) {
        Options(boolean wordLists, boolean articleMemory) {
            this(wordLists, articleMemory, false);
        }

        Options(boolean wordLists, boolean articleMemory, boolean articleContext) {
            this(wordLists, articleMemory, articleContext, 1, false);
        }

        Options(boolean wordLists, boolean articleMemory, boolean articleContext, int beam, boolean earlyUpdate) {
            this(wordLists, articleMemory, articleContext, beam, earlyUpdate, false);
        }

        Options {
            if (beam < 1) {
                throw new IllegalArgumentException("beam " + beam);
            }
        }

        /** The same features, tagging with a beam of {@code width}. */
        Options decoding(int width) {
            return new Options(wordLists, articleMemory, articleContext, width, earlyUpdate, wordClusters);
        }
    }

    private final Options options;
    private final Gazetteer gazetteer;
    private final FeatureIndex index;
    private final float[] weights;
    private final WordClusters clusters;

    private NameTagger(Options options, Gazetteer gazetteer, WordClusters clusters, FeatureIndex index, float[] weights) {
        this.options = options;
        this.gazetteer = gazetteer;
        this.clusters = clusters;
        this.index = index;
        this.weights = weights;
    }

    Options options() {
        return options;
    }

    int features() {
        return index.size();
    }

    /** The same model tagging with a beam of {@code width} (to measure decoding apart from training). */
    NameTagger decoding(int width) {
        return new NameTagger(options.decoding(width), gazetteer, clusters, index, weights);
    }

    /** The tag of each word of each sentence of one article (indices into {@link #TAGS}). */
    int[][] tag(List<String[]> sentences) {
        Article article = new Article(sentences, gazetteer, options, clusters);
        int[][] tags = new int[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = article.sentences.get(s);
            tags[s] = decode(article, sentence, index, weights, options.beam(), null).tags();
            article.remember(sentence, tags[s], tags[s].length);
        }
        return tags;
    }

    /** A partial tagging of a sentence: the tags of its first words, its score, and whether it is the right one so far. */
    private record Path(int[] tags, float score, boolean gold) {}

    /** A way to extend a kept path: the path, the next tag, and the score then. */
    private record Step(Path path, int tag, float score, boolean gold) {}

    /** A sentence's best tagging, of its first {@code length} words; {@code goldKept}: the right tagging was still in the beam. */
    private record Decoded(int[] tags, int length, boolean goldKept) {}

    /**
     * Beam search over one sentence, left to right, keeping the {@code width} best partial taggings with
     * only valid transitions (an I- tag continues a name of its type); a width of 1 tags word by word.
     * With {@code gold}, stops after the first word where no kept tagging agrees with it (training's early update).
     */
    private static Decoded decode(Article article, Sentence sentence, FeatureIndex index, float[] weights, int width, int[] gold) {
        int n = sentence.length();
        List<Path> beam = List.of(new Path(new int[n], 0, true));
        float[] base = new float[K];
        float[] scores = new float[K];
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (gold == null && !sentence.candidateAfterAny(i, beam)) {
                continue; // every kept tagging gives this word O, as its tags already say, and keeps its score and place
            }
            boolean scored = false;
            steps.clear();
            for (Path path : beam) {
                int previous = i > 0 ? path.tags[i - 1] : 0;
                if (!sentence.candidate(i, previous)) {
                    steps.add(new Step(path, 0, path.score, path.gold && (gold == null || gold[i] == 0)));
                    continue;
                }
                if (!scored) {
                    Arrays.fill(base, 0);
                    article.staticFeatures(sentence, i, feature -> add(index, weights, feature, base));
                    scored = true;
                }
                System.arraycopy(base, 0, scores, 0, K);
                article.historyFeatures(sentence, i, path.tags, feature -> add(index, weights, feature, scores));
                for (int y = 0; y < K; y++) {
                    if (allowed(y, previous)) {
                        steps.add(new Step(path, y, path.score + scores[y], path.gold && gold != null && gold[i] == y));
                    }
                }
            }
            List<Path> kept = new ArrayList<>(Math.min(width, steps.size()));
            for (Step step : best(steps, width)) {
                int[] tags = width == 1 ? step.path.tags : step.path.tags.clone();
                tags[i] = step.tag;
                kept.add(new Path(tags, step.score, step.gold));
            }
            beam = kept;
            if (gold != null && beam.stream().noneMatch(Path::gold)) {
                return new Decoded(beam.get(0).tags, i + 1, false);
            }
        }
        return new Decoded(beam.get(0).tags, n, gold != null && beam.get(0).gold);
    }

    /** The {@code width} best steps, best first; among equal scores the earlier (path, then lower tag) wins, as a stable sort would. */
    private static List<Step> best(List<Step> steps, int width) {
        List<Step> best = new ArrayList<>(width + 1);
        for (Step step : steps) {
            int at = best.size();
            while (at > 0 && best.get(at - 1).score < step.score) {
                at--;
            }
            if (at < width) {
                best.add(at, step);
                if (best.size() > width) {
                    best.remove(width);
                }
            }
        }
        return best;
    }

    private static void add(FeatureIndex index, float[] weights, int feature, float[] scores) {
        int id = index.get(feature);
        if (id >= 0) {
            int at = id * K;
            for (int y = 0; y < K; y++) {
                scores[y] += weights[at + y];
            }
        }
    }

    /** The best-scoring tag that may follow {@code previous}: an I- tag only continues a name of its type. */
    private static int best(float[] scores, int previous) {
        int best = 0;
        for (int y = 1; y < K; y++) {
            if (scores[y] > scores[best] && allowed(y, previous)) {
                best = y;
            }
        }
        return best;
    }

    private static boolean allowed(int tag, int previous) {
        return tag == 0 || tag % 2 == 1 || (previous != 0 && (previous + 1) / 2 == tag / 2);
    }

    /** The type index (0 PER .. 3 MISC) of a tag other than O. */
    static int type(int tag) {
        return (tag - 1) / 2;
    }

    static boolean begins(int tag) {
        return tag % 2 == 1;
    }

    /** A name the tags mark: words [start, end) of the sentence, of one type (0 PER .. 3 MISC). */
    record Span(int start, int end, int type) {}

    /** The names a sentence's tags mark, in order: a run of one type, ended by O, another type or a new B-. */
    static List<Span> spans(int[] tags) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            if (tags[i] == 0) {
                i++;
                continue;
            }
            int type = type(tags[i]);
            int end = i + 1;
            while (end < tags.length && tags[end] != 0 && !begins(tags[end]) && type(tags[end]) == type) {
                end++;
            }
            spans.add(new Span(i, end, type));
            i = end;
        }
        return spans;
    }

    // ---- training ----

    /** A training sentence: words and gold tags (indices into {@link #TAGS}, BIO). */
    record Labelled(String[] words, int[] tags) {}

    /** The gold BIO tags of a CoNLL sentence. */
    static Labelled labelled(ConllCorpus.Sentence sentence) {
        int[] tags = new int[sentence.words().length];
        for (int i = 0; i < tags.length; i++) {
            String type = sentence.types()[i];
            if (type != null) {
                int t = Arrays.asList(TYPES).indexOf(type);
                if (t < 0) {
                    t = 3; // any other type counts as MISC
                }
                boolean begins = sentence.starts()[i] || i == 0 || sentence.types()[i - 1] == null;
                tags[i] = 1 + 2 * t + (begins ? 0 : 1);
            }
        }
        return new Labelled(sentence.words(), tags);
    }

    /**
     * Trains on articles (each a list of labelled sentences) for {@code epochs} passes, visiting the
     * articles in an order fixed by {@code seed}, so the same data gives the same model. Features
     * seen fewer than twice are dropped, and so are features left with no weight.
     */
    static NameTagger train(List<List<Labelled>> articles, Options options, Gazetteer gazetteer, int epochs, long seed,
            java.util.function.ObjIntConsumer<NameTagger> afterEpoch) {
        return train(articles, options, gazetteer, WordClusters.NONE, epochs, seed, afterEpoch);
    }

    /** As {@link #train(List, Options, Gazetteer, int, long, java.util.function.ObjIntConsumer)}, with word classes to keep in the model. */
    static NameTagger train(List<List<Labelled>> articles, Options options, Gazetteer gazetteer, WordClusters clusters, int epochs,
            long seed, java.util.function.ObjIntConsumer<NameTagger> afterEpoch) {
        WordClusters used = options.wordClusters() ? clusters : WordClusters.NONE;
        FeatureIndex counted = new FeatureIndex(1 << 20);
        int[][] counts = {new int[1 << 16]};
        // Count every feature the gold history produces, to drop the rare ones.
        for (List<Labelled> labelled : articles) {
            Article article = new Article(labelled.stream().map(Labelled::words).toList(), gazetteer, options, used);
            for (int s = 0; s < labelled.size(); s++) {
                Sentence sentence = article.sentences.get(s);
                int[] gold = labelled.get(s).tags();
                int[] scored = new int[gold.length]; // the gold tags of the words scored
                for (int i = 0; i < gold.length; i++) {
                    if (sentence.candidate(i, i > 0 ? gold[i - 1] : 0)) {
                        scored[i] = gold[i];
                        article.features(sentence, i, gold, feature -> {
                            int id = counted.add(feature);
                            if (id >= counts[0].length) {
                                counts[0] = Arrays.copyOf(counts[0], counts[0].length * 2);
                            }
                            counts[0][id]++;
                        });
                    }
                }
                article.remember(sentence, scored, scored.length);
            }
        }
        FeatureIndex index = new FeatureIndex(1 << 20);
        counted.forEach((feature, id) -> {
            if (counts[0][id] >= 2) {
                index.add(feature);
            }
        });
        float[] weights = new float[index.size() * K];
        float[] sums = new float[weights.length]; // sum of step * change, for averaging
        List<List<Labelled>> order = new ArrayList<>(articles);
        Random random = new Random(seed);
        Learner learner = new Learner(index, weights, sums);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (List<Labelled> labelled : order) {
                Article article = new Article(labelled.stream().map(Labelled::words).toList(), gazetteer, options, used);
                for (int s = 0; s < labelled.size(); s++) {
                    Sentence sentence = article.sentences.get(s);
                    int[] gold = labelled.get(s).tags();
                    if (options.earlyUpdate()) {
                        gold = reachable(sentence, gold);
                        Decoded guess = decode(article, sentence, index, weights, options.beam(), gold);
                        if (!Arrays.equals(guess.tags(), 0, guess.length(), gold, 0, guess.length())) {
                            learner.update(article, sentence, gold, guess.length(), 1);
                            learner.update(article, sentence, guess.tags(), guess.length(), -1);
                        }
                        learner.step += guess.length();
                        article.remember(sentence, guess.tags(), guess.length());
                    } else {
                        int[] out = learner.greedy(article, sentence, gold);
                        article.remember(sentence, out, out.length);
                    }
                }
            }
            if (afterEpoch != null && epoch + 1 < epochs) {
                afterEpoch.accept(averaged(options, gazetteer, used, index, weights, sums, learner.step), epoch + 1);
            }
        }
        NameTagger tagger = averaged(options, gazetteer, used, index, weights, sums, learner.step);
        if (afterEpoch != null) {
            afterEpoch.accept(tagger, epochs);
        }
        return tagger;
    }

    /**
     * The gold tags as the tagger can give them: words it never scores are outside names, and an I- tag
     * after another type begins a name.
     */
    private static int[] reachable(Sentence sentence, int[] gold) {
        int[] tags = gold.clone();
        for (int i = 0; i < tags.length; i++) {
            int previous = i > 0 ? tags[i - 1] : 0;
            if (!sentence.candidate(i, previous)) {
                tags[i] = 0;
            } else if (!allowed(tags[i], previous)) {
                tags[i]--;
            }
        }
        return tags;
    }

    /** The perceptron's weights being learnt, with the sums that average them. */
    private static final class Learner {
        final FeatureIndex index;
        final float[] weights;
        /** Sum of step * change per weight, for averaging. */
        final float[] sums;
        long step = 1;

        Learner(FeatureIndex index, float[] weights, float[] sums) {
            this.index = index;
            this.weights = weights;
            this.sums = sums;
        }

        /** Adds {@code change} to the weights of the tags the first {@code length} words of a tagging were given. */
        void update(Article article, Sentence sentence, int[] tags, int length, int change) {
            for (int i = 0; i < length; i++) {
                if (sentence.candidate(i, i > 0 ? tags[i - 1] : 0)) {
                    int tag = tags[i];
                    article.features(sentence, i, tags, feature -> {
                        int id = index.get(feature);
                        if (id >= 0) {
                            weights[id * K + tag] += change;
                            sums[id * K + tag] += change * (float) step;
                        }
                    });
                }
            }
        }

        /** Tags a sentence word by word, learning from each word tagged wrongly. */
        int[] greedy(Article article, Sentence sentence, int[] gold) {
            int[] out = new int[gold.length];
            float[] scores = new float[K];
            List<Integer> ids = new ArrayList<>(48);
            for (int i = 0; i < gold.length; i++) {
                int previous = i > 0 ? out[i - 1] : 0;
                if (!sentence.candidate(i, previous)) {
                    continue;
                }
                Arrays.fill(scores, 0);
                ids.clear();
                article.features(sentence, i, out, feature -> {
                    int id = index.get(feature);
                    if (id >= 0) {
                        ids.add(id);
                        for (int y = 0; y < K; y++) {
                            scores[y] += weights[id * K + y];
                        }
                    }
                });
                int guess = best(scores, previous);
                if (guess != gold[i]) {
                    for (int id : ids) {
                        weights[id * K + gold[i]] += 1;
                        sums[id * K + gold[i]] += step;
                        weights[id * K + guess] -= 1;
                        sums[id * K + guess] -= step;
                    }
                }
                out[i] = guess;
                step++;
            }
            return out;
        }
    }

    private static NameTagger averaged(Options options, Gazetteer gazetteer, WordClusters clusters, FeatureIndex index, float[] weights,
            float[] sums, long steps) {
        long[] step = {steps};
        // Averaged weights; features that end with no weight are dropped.
        FeatureIndex kept = new FeatureIndex(1 << 18);
        float[] averaged = new float[weights.length];
        int[] n = {0};
        index.forEach((feature, id) -> {
            boolean any = false;
            for (int y = 0; y < K; y++) {
                float value = weights[id * K + y] - sums[id * K + y] / step[0];
                any |= Math.abs(value) > 1e-4f;
            }
            if (any) {
                int to = kept.add(feature);
                for (int y = 0; y < K; y++) {
                    averaged[to * K + y] = weights[id * K + y] - sums[id * K + y] / step[0];
                }
                n[0]++;
            }
        });
        return new NameTagger(options, gazetteer, clusters, kept, Arrays.copyOf(averaged, n[0] * K));
    }

    // ---- storage ----

    void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gzip);
        data.writeInt(MAGIC);
        data.writeBoolean(options.wordLists());
        data.writeBoolean(options.articleMemory());
        data.writeBoolean(options.articleContext());
        data.writeInt(options.beam());
        data.writeBoolean(options.earlyUpdate());
        data.writeBoolean(options.wordClusters());
        clusters.write(data);
        data.writeInt(index.size());
        int[] features = new int[index.size()];
        index.forEach((feature, id) -> features[id] = feature);
        for (int id = 0; id < features.length; id++) {
            data.writeInt(features[id]);
            for (int y = 0; y < K; y++) {
                data.writeFloat(weights[id * K + y]);
            }
        }
        data.flush();
        gzip.finish();
    }

    static NameTagger read(InputStream in, Gazetteer gazetteer) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a lede name model");
        }
        Options options = new Options(data.readBoolean(), data.readBoolean(), data.readBoolean(), data.readInt(), data.readBoolean(),
                data.readBoolean());
        WordClusters clusters = WordClusters.read(data);
        int size = data.readInt();
        FeatureIndex index = new FeatureIndex(size);
        float[] weights = new float[size * K];
        for (int id = 0; id < size; id++) {
            index.add(data.readInt());
            for (int y = 0; y < K; y++) {
                weights[id * K + y] = data.readFloat();
            }
        }
        return new NameTagger(options, gazetteer, clusters, index, weights);
    }

    // ---- features ----

    /** One article being tagged: its sentences, and what it tagged each capitalised word as so far. */
    private static final class Article {
        final List<Sentence> sentences = new ArrayList<>();
        final Options options;
        /** Word to 1 + the type index it was last tagged with in this article. */
        final Map<String, Integer> memory = new HashMap<>();
        final java.util.Set<String> lowercase = new java.util.HashSet<>();
        /** Capitalised word to the features of its uses across the article (see {@link #contexts}). */
        final Map<String, int[]> context = new HashMap<>();

        Article(List<String[]> words, Gazetteer gazetteer, Options options, WordClusters clusters) {
            this.options = options;
            for (String[] sentence : words) {
                for (String word : sentence) {
                    if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                        lowercase.add(word);
                    }
                }
            }
            for (String[] sentence : words) {
                sentences.add(new Sentence(sentence, gazetteer, options.wordLists(), lowercase, clusters));
            }
            if (options.articleContext()) {
                contexts();
            }
        }

        private static final int MAX_CONTEXT = 24;

        /**
         * For each capitalised word, the article-wide evidence of its other uses: the lower-case word
         * before and after each use, and the first and last words of the capitalised run holding it
         * ("SpA" in "Pirelli SpA", "Mr" in "Mr Sullivan"); each feature once per word.
         */
        private void contexts() {
            Map<String, java.util.LinkedHashSet<Integer>> sets = new HashMap<>();
            for (Sentence sentence : sentences) {
                String[] w = sentence.words;
                if (sentence.headline) {
                    continue; // a headline in capitals says little about case
                }
                int i = 0;
                while (i < w.length) {
                    if (w[i].isEmpty() || !Character.isUpperCase(w[i].charAt(0))) {
                        i++;
                        continue;
                    }
                    int end = i + 1;
                    while (end < w.length && !w[end].isEmpty() && Character.isUpperCase(w[end].charAt(0))) {
                        end++;
                    }
                    for (int k = i; k < end; k++) {
                        java.util.LinkedHashSet<Integer> set = sets.computeIfAbsent(w[k], x -> new java.util.LinkedHashSet<>());
                        if (set.size() >= MAX_CONTEXT) {
                            continue;
                        }
                        if (k == i) {
                            set.add(mix(70, i > 0 ? sentence.lowerHash[i - 1] : 7));
                        }
                        if (k == end - 1) {
                            set.add(mix(71, end < w.length ? sentence.lowerHash[end] : 7));
                        }
                        if (end - i > 1) {
                            if (k != end - 1) {
                                set.add(mix(72, sentence.lowerHash[end - 1]));
                            }
                            if (k != i) {
                                set.add(mix(73, sentence.lowerHash[i]));
                            }
                        }
                    }
                    i = end;
                }
            }
            sets.forEach((word, set) -> context.put(word, set.stream().mapToInt(Integer::intValue).toArray()));
        }

        /** Remembers the types the first {@code length} words of a sentence were tagged with, for the rest of the article. */
        void remember(Sentence sentence, int[] tags, int length) {
            if (options.articleMemory()) {
                for (int i = 0; i < length; i++) {
                    if (tags[i] != 0) {
                        memory.put(sentence.words[i], 1 + type(tags[i]));
                    }
                }
            }
        }

        void features(Sentence sentence, int i, int[] tags, IntConsumer out) {
            staticFeatures(sentence, i, out);
            historyFeatures(sentence, i, tags, out);
        }

        /** The features that do not depend on the tags given so far: the same for every path of a beam. */
        void staticFeatures(Sentence sentence, int i, IntConsumer out) {
            sentence.staticFeatures(i, out);
            if (options.articleContext()) {
                int[] uses = context.get(sentence.words[i]);
                if (uses != null) {
                    for (int feature : uses) {
                        out.accept(feature);
                    }
                }
                out.accept(mix(mix(107, sentence.table), sentence.shapeHash[i]));
            }
        }

        /** The features of the tags given before word {@code i}: in this sentence ({@code tags}) and earlier in the article. */
        void historyFeatures(Sentence sentence, int i, int[] tags, IntConsumer out) {
            int t1 = i > 0 ? tags[i - 1] : K;
            int t2 = i > 1 ? tags[i - 2] : K;
            out.accept(mix(101, t1));
            out.accept(mix(mix(102, t1), t2));
            out.accept(mix(mix(103, t1), sentence.lowerHash[i]));
            out.accept(mix(mix(104, t1), sentence.shapeHash[i]));
            if (options.articleMemory()) {
                int remembered = remembered(sentence, i, tags);
                out.accept(mix(105, remembered));
                out.accept(mix(mix(106, remembered), t1));
            }
            if (options.articleContext()) {
                out.accept(mix(mix(108, sentence.table), t1));
            }
        }

        /** 1 + the type the word was last tagged with, earlier in this sentence or the article; 0 if never. */
        private int remembered(Sentence sentence, int i, int[] tags) {
            String word = sentence.words[i];
            for (int j = i - 1; j >= 0; j--) {
                if (tags[j] != 0 && sentence.words[j].equals(word)) {
                    return 1 + type(tags[j]);
                }
            }
            Integer before = memory.get(word);
            return before == null ? 0 : before;
        }
    }

    /** A sentence's words with what its features need computed once: lower case, shapes, word-list matches. */
    private static final class Sentence {
        final String[] words;
        final int[] lowerHash;
        final int[] shapeHash;
        final String[] lower;
        final boolean headline;
        /** 1 when the sentence reads like a line of a results table: short, and a third or more of it numbers. */
        final int table;
        /** Per word: 0, or a word-list cue (see {@link #listCues}). */
        final int[] cues;
        final java.util.Set<String> articleLowercase;
        final WordClusters clusters;
        /** Per word: 1 + its class (0 for none), or -1 until looked up. */
        private final int[] classes;

        Sentence(String[] words, Gazetteer gazetteer, boolean wordLists, java.util.Set<String> articleLowercase,
                WordClusters clusters) {
            this.words = words;
            this.clusters = clusters;
            this.classes = new int[words.length];
            Arrays.fill(classes, -1);
            this.articleLowercase = articleLowercase;
            int n = words.length;
            lower = new String[n];
            lowerHash = new int[n];
            shapeHash = new int[n];
            int letters = 0;
            int lowerLetters = 0;
            int numbers = 0;
            // Hashes computed in place: most words are scored by nothing but these, so none is copied.
            for (int i = 0; i < n; i++) {
                String word = words[i];
                int hash = 0;
                int shape = 0;
                char last = 0;
                int shapeLength = 0;
                for (int j = 0; j < word.length(); j++) {
                    char c = word.charAt(j);
                    hash = 31 * hash + Character.toLowerCase(c);
                    char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
                    if (k != last && shapeLength < 8) {
                        shape = 31 * shape + k;
                        shapeLength++;
                        last = k;
                    }
                    if (Character.isLetter(c)) {
                        letters++;
                        lowerLetters += Character.isLowerCase(c) ? 1 : 0;
                    }
                }
                lowerHash[i] = hash;
                shapeHash[i] = shape;
                numbers += !word.isEmpty() && Character.isDigit(word.charAt(0)) ? 1 : 0;
            }
            table = n <= 20 && numbers * 3 >= n ? 1 : 0;
            headline = letters > 3 && lowerLetters == 0;
            cues = wordLists ? listCues(words, gazetteer) : new int[n];
        }

        int length() {
            return words.length;
        }

        /** 1 + the class of word {@code i} (0: none, -2 beyond the sentence); a word in capitals as it is written capitalised. */
        int wordClass(int i) {
            if (i < 0 || i >= words.length) {
                return -2;
            }
            if (classes[i] < 0) {
                String word = words[i];
                int c = clusters.of(word);
                if (c < 0 && word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
                    c = clusters.of(word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT)); // "CHELSEA" as "Chelsea"
                }
                classes[i] = c + 1;
            }
            return classes[i];
        }

        String lower(int i) {
            if (lower[i] == null) {
                lower[i] = words[i].toLowerCase(Locale.ROOT);
            }
            return lower[i];
        }

        /** Scored words: capitalised ones, and joining words inside a name before another capitalised word. */
        boolean candidate(int i, int previous) {
            String word = words[i];
            if (word.isEmpty()) {
                return false;
            }
            if (Character.isUpperCase(word.charAt(0))) {
                return true;
            }
            return previous != 0 && i + 1 < words.length && !words[i + 1].isEmpty()
                    && Character.isUpperCase(words[i + 1].charAt(0)) && word.length() <= 4;
        }

        /** True when word {@code i} is scored after the tags of any of these taggings. */
        boolean candidateAfterAny(int i, List<Path> beam) {
            for (Path path : beam) {
                if (candidate(i, i > 0 ? path.tags[i - 1] : 0)) {
                    return true;
                }
            }
            return false;
        }

        void staticFeatures(int i, IntConsumer out) {
            int n = words.length;
            out.accept(mix(1, 0));
            out.accept(mix(2, lowerHash[i]));
            out.accept(mix(3, words[i].hashCode()));
            out.accept(mix(4, i > 0 ? lowerHash[i - 1] : 7));
            out.accept(mix(5, i + 1 < n ? lowerHash[i + 1] : 7));
            out.accept(mix(6, i > 1 ? lowerHash[i - 2] : 7));
            out.accept(mix(7, i + 2 < n ? lowerHash[i + 2] : 7));
            int sh0 = shapeHash[i];
            int shp = i > 0 ? shapeHash[i - 1] : 7;
            int shn = i + 1 < n ? shapeHash[i + 1] : 7;
            out.accept(mix(8, sh0));
            out.accept(mix(9, shp));
            out.accept(mix(10, shn));
            out.accept(mix(mix(mix(11, shp), sh0), shn));
            String word = lower(i);
            int length = word.length();
            int suffix = 0;
            int power = 1;
            for (int k = 1; k <= 4 && k < length; k++) {
                suffix += power * word.charAt(length - k); // the hash of the last k characters
                power *= 31;
                out.accept(mix(20 + k, suffix));
            }
            int prefix = 31 * word.charAt(0);
            for (int k = 2; k <= 3 && k < length; k++) {
                prefix = prefix + word.charAt(k - 1);
                out.accept(mix(30 + k, prefix));
                prefix *= 31;
            }
            out.accept(mix(mix(40, i > 0 ? lowerHash[i - 1] : 7), lowerHash[i]));
            out.accept(mix(mix(41, lowerHash[i]), i + 1 < n ? lowerHash[i + 1] : 7));
            out.accept(mix(mix(42, i == 0 ? 1 : 0), sh0));
            if (clusters.size() > 0) {
                int c0 = wordClass(i);
                out.accept(mix(90, c0));
                out.accept(mix(91, wordClass(i - 1)));
                out.accept(mix(92, wordClass(i + 1)));
                out.accept(mix(mix(93, c0), sh0));
                out.accept(mix(94, wordClass(i - 2)));
                out.accept(mix(95, wordClass(i + 2)));
            }
            if (headline) {
                out.accept(mix(43, lowerHash[i]));
                out.accept(mix(44, i));
            }
            if (Character.isUpperCase(words[i].charAt(0)) && !headline) {
                boolean seenLower = articleLowercase.contains(word);
                out.accept(mix(mix(45, seenLower ? 1 : 0), i == 0 ? 1 : 0));
            }
            if (cues[i] != 0) {
                for (int bit = 0; bit < 12; bit++) {
                    if ((cues[i] & (1 << bit)) != 0) {
                        out.accept(mix(60, bit));
                        out.accept(mix(mix(61, bit), sh0));
                    }
                }
            }
            if (i + 1 < n && cues[i + 1] != 0) {
                out.accept(mix(62, cues[i + 1] & (SUFFIX_ORG | SUFFIX_PLACE | TITLE)));
            }
            if (i > 0 && cues[i - 1] != 0) {
                out.accept(mix(63, cues[i - 1] & (TITLE | GIVEN)));
            }
        }
    }

    private static final int PLACE_B = 1, PLACE_I = 2, ORG_B = 4, ORG_I = 8, GIVEN = 16, TITLE = 32,
            SUFFIX_ORG = 64, SUFFIX_PLACE = 128, NOT_NAME = 256;

    private static final java.util.Set<String> JOINING = java.util.Set.of("of", "and", "the", "for", "de", "&", "'s", "du", "la", "al");

    /** What lede's word lists say of each word: inside a known place or organisation, a given name, a title... */
    private static int[] listCues(String[] words, Gazetteer gazetteer) {
        int n = words.length;
        int[] cues = new int[n];
        String[] cased = new String[n];
        for (int i = 0; i < n; i++) {
            String word = words[i];
            cased[i] = Tokens.uncapitalized(word);
        }
        for (int i = 0; i < n; i++) {
            String word = cased[i];
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                continue;
            }
            if (gazetteer.givenNames.contains(word)) {
                cues[i] |= GIVEN;
            }
            if (gazetteer.titles.contains(word)) {
                cues[i] |= TITLE;
            }
            if (RuleBasedNameExtractor.ORGANIZATION_SUFFIXES.contains(word)) {
                cues[i] |= SUFFIX_ORG;
            }
            if (RuleBasedNameExtractor.PLACE_SUFFIXES.contains(word)) {
                cues[i] |= SUFFIX_PLACE;
            }
            if (gazetteer.notNames.contains(word)) {
                cues[i] |= NOT_NAME;
            }
        }
        // Longest known place or organisation starting at each word, left to right.
        int i = 0;
        while (i < n) {
            int matched = 0;
            boolean place = false;
            if (!cased[i].isEmpty() && Character.isUpperCase(cased[i].charAt(0))) {
                StringBuilder text = new StringBuilder();
                for (int end = i; end < Math.min(n, i + gazetteer.longestEntryWords); end++) {
                    if (end > i) {
                        String word = cased[end];
                        if (word.isEmpty() || !(Character.isUpperCase(word.charAt(0)) || JOINING.contains(word))) {
                            break; // entries are capitalised words, perhaps joined by "of" or "and"
                        }
                        text.append(' ');
                    }
                    text.append(cased[end]);
                    String candidate = text.toString();
                    if (gazetteer.places.containsKey(candidate)) {
                        matched = end - i + 1;
                        place = true;
                    } else if (gazetteer.organizations.containsKey(candidate)) {
                        matched = end - i + 1;
                        place = false;
                    }
                }
            }
            if (matched == 0) {
                i++;
                continue;
            }
            for (int k = i; k < i + matched; k++) {
                cues[k] |= place ? (k == i ? PLACE_B : PLACE_I) : (k == i ? ORG_B : ORG_I);
            }
            i += matched;
        }
        return cues;
    }

    /** "Xx", "XX", "d", "X.X.", "Xx-Xx": character classes, runs collapsed. */
    static String shape(String word) {
        StringBuilder out = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < word.length() && out.length() < 8; i++) {
            char c = word.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                out.append(k);
                last = k;
            }
        }
        return out.toString();
    }

    /** One feature: a template number and a value, mixed to 32 bits (never 0, which marks an empty slot). */
    static int mix(int a, int b) {
        int h = a * 0x9E3779B9 + b;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h == 0 ? 1 : h;
    }

    /** Open-addressing map from a feature to its row in the weights, in order of adding. */
    static final class FeatureIndex {
        private int[] keys;
        private int[] ids;
        private int[] order;
        private int size;

        FeatureIndex(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
            keys = new int[capacity];
            ids = new int[capacity];
            order = new int[Math.max(16, expected)];
        }

        int size() {
            return size;
        }

        int get(int feature) {
            int mask = keys.length - 1;
            int slot = feature & mask;
            while (true) {
                int key = keys[slot];
                if (key == feature) {
                    return ids[slot];
                }
                if (key == 0) {
                    return -1;
                }
                slot = (slot + 1) & mask;
            }
        }

        /** The feature's row, added when new. */
        int add(int feature) {
            int id = get(feature);
            if (id >= 0) {
                return id;
            }
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            put(feature, size);
            if (size == order.length) {
                order = Arrays.copyOf(order, size * 2);
            }
            order[size] = feature;
            return size++;
        }

        private void put(int feature, int id) {
            int mask = keys.length - 1;
            int slot = feature & mask;
            while (keys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = feature;
            ids[slot] = id;
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldIds = ids;
            keys = new int[oldKeys.length * 2];
            ids = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    put(oldKeys[i], oldIds[i]);
                }
            }
        }

        void forEach(java.util.function.BiConsumer<Integer, Integer> each) {
            for (int id = 0; id < size; id++) {
                each.accept(order[id], id);
            }
        }
    }
}
