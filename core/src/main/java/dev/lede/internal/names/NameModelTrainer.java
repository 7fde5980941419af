package dev.lede.internal.names;

import dev.lede.NameScores;
import dev.lede.NameType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains lede's name model from CoNLL-2003 files and measures the alternatives: the number of passes
 * is chosen on the last 15% of the training articles, held out; the test file is only ever measured.
 */
public final class NameModelTrainer {
    /** The most passes tried over the training data (training by beam learns less per pass than word by word). */
    private static final int MAX_EPOCHS = 30;
    private static final long SEED = 20030101L;
    /** The features of the shipped model. */
    public static final NameTagger.Options SHIPPED = new NameTagger.Options(true, true, true, 4, true, true);
    /** The word classes: how many, how often a word must occur to get one, and the most passes of the exchange algorithm. */
    private static final int CLASSES = 256, MIN_COUNT = 3, CLUSTER_PASSES = 20;

    private NameModelTrainer() {}

    /**
     * Trains on all of {@code train} with the passes chosen on its held-out part, and writes the model. The
     * word classes are learnt from the words of {@code train} and the headlines and texts of the JSON Lines
     * articles in {@code unlabelled}, their labels unused.
     */
    public static void train(Path train, Path unlabelled, Path model, PrintStream log) throws IOException {
        Gazetteer gazetteer = Gazetteer.load();
        List<ConllCorpus.Document> documents = ConllCorpus.read(train);
        List<List<NameTagger.Labelled>> all = labelled(documents);
        // The passes are chosen with classes that never saw the held-out articles; the model gets classes from all.
        int epochs = bestEpochs(all, SHIPPED, gazetteer, clusters(documents.subList(0, split(documents.size())), unlabelled, log), log);
        WordClusters clusters = clusters(documents, unlabelled, log);
        NameTagger tagger = NameTagger.train(all, SHIPPED, gazetteer, clusters, epochs, SEED, null);
        Files.createDirectories(model.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(model)) {
            tagger.write(out);
        }
        log.printf(Locale.ROOT, "wrote %s: %d features, %d word classes, %d passes over %d articles, %,d bytes%n", model,
                tagger.features(), clusters.size(), epochs, all.size(), Files.size(model));
    }

    /** Word classes from the words of {@code documents} and of the articles (JSON Lines: title, body) in {@code unlabelled}. */
    static WordClusters clusters(List<ConllCorpus.Document> documents, Path unlabelled, PrintStream log) throws IOException {
        List<String[]> sentences = new ArrayList<>();
        for (ConllCorpus.Document document : documents) {
            for (ConllCorpus.Sentence sentence : document.sentences()) {
                sentences.add(sentence.words());
            }
        }
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        int articles = 0;
        for (String line : Files.readAllLines(unlabelled)) {
            if (line.isBlank()) {
                continue;
            }
            com.fasterxml.jackson.databind.JsonNode article = json.readTree(line);
            articles++;
            for (String text : List.of(article.path("title").asText(), article.path("body").asText())) {
                List<String> words = new ArrayList<>();
                for (Words.Word word : Words.of(text)) {
                    words.add(word.text());
                    if (word.sentenceEnd()) {
                        sentences.add(words.toArray(String[]::new));
                        words.clear();
                    }
                }
                if (!words.isEmpty()) {
                    sentences.add(words.toArray(String[]::new));
                }
            }
        }
        long start = System.nanoTime();
        WordClusters clusters = WordClusters.build(sentences, CLASSES, MIN_COUNT, CLUSTER_PASSES);
        log.printf(Locale.ROOT, "word classes: %d words of %d CoNLL articles and %d unlabelled articles (%s) in %d classes, %.0f s%n",
                clusters.size(), documents.size(), articles, unlabelled.getFileName(), CLASSES, (System.nanoTime() - start) / 1e9);
        return clusters;
    }

    /** Feature sets and ways of combining with the rules, each trained on {@code train} and measured on {@code test}. */
    public static void compare(Path train, Path unlabelled, Path test, Path sampleLabels, PrintStream log) throws IOException {
        Gazetteer gazetteer = Gazetteer.load();
        List<ConllCorpus.Document> documents = ConllCorpus.read(train);
        List<List<NameTagger.Labelled>> all = labelled(documents);
        WordClusters heldOutUnseen = clusters(documents.subList(0, split(documents.size())), unlabelled, log);
        WordClusters clusters = clusters(documents, unlabelled, log);
        List<ConllCorpus.Document> testDocuments = ConllCorpus.read(test);
        NameTagger best = null;
        NameTagger.Options greedy = new NameTagger.Options(true, true, true);
        for (NameTagger.Options options : List.of(new NameTagger.Options(false, false), new NameTagger.Options(true, false),
                new NameTagger.Options(false, true), new NameTagger.Options(true, true), greedy,
                new NameTagger.Options(true, true, true, 1, true), new NameTagger.Options(true, true, true, 8, true),
                new NameTagger.Options(true, true, true, 4, true), SHIPPED)) {
            long start = System.nanoTime();
            int epochs = bestEpochs(all, options, gazetteer, heldOutUnseen, log);
            NameTagger tagger = NameTagger.train(all, options, gazetteer, clusters, epochs, SEED, null);
            log.printf(Locale.ROOT, "%s: %d passes, %d features, trained in %.0f s; on %s, tagger alone: %s%n", options, epochs,
                    tagger.features(), (System.nanoTime() - start) / 1e9, test.getFileName(), mentionScores(tagger, testDocuments));
            if (options.equals(greedy)) {
                // Trained word by word, its scores are not those of whole taggings: a beam only mixes them up.
                log.printf(Locale.ROOT, "  the same tagging with a beam of 4: %s%n", mentionScores(tagger.decoding(4), testDocuments));
            }
            if (options.equals(SHIPPED)) {
                best = tagger;
            }
        }
        log.println();
        reportPolicies(best, gazetteer, testDocuments, sampleLabels, log);
    }

    /** The rules, and the tagger with each policy, on {@code documents} and on the sample's labels when given. */
    private static void reportPolicies(NameTagger tagger, Gazetteer gazetteer, List<ConllCorpus.Document> documents, Path sampleLabels,
            PrintStream log) throws IOException {
        report("rules only", NameEvaluation.scoreConll(documents, new RuleBasedNameExtractor(gazetteer)),
                sampleLabels == null ? null : NameEvaluation.score(sampleLabels, new RuleBasedNameExtractor(gazetteer)), log);
        for (TrainedNameExtractor.Policy policy : TrainedNameExtractor.Policy.values()) {
            TrainedNameExtractor extractor = TrainedNameExtractor.of(tagger, gazetteer, policy);
            report(policy.toString(), NameEvaluation.scoreConll(documents, extractor),
                    sampleLabels == null ? null : NameEvaluation.score(sampleLabels, extractor), log);
        }
    }

    /**
     * Time per article (title, body) of the rules, the tagger alone and the tagger with the rules' known names, each
     * the mean of the last of ten rounds, and the heap the loaded model holds.
     */
    public static String timing(List<String[]> texts) {
        Gazetteer gazetteer = Gazetteer.load();
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        TrainedNameExtractor model = TrainedNameExtractor.bundled(TrainedNameExtractor.Policy.MODEL);
        System.gc();
        long heap = runtime.totalMemory() - runtime.freeMemory() - before;
        return String.format(Locale.ROOT, "%d articles: rules %.0f us, tagger alone (MODEL) %.0f us, MODEL_THEN_RULES %.0f us "
                + "per article; the loaded model and its word lists hold about %.1f MB of heap", texts.size(),
                micros(new RuleBasedNameExtractor(gazetteer), texts), micros(model, texts),
                micros(TrainedNameExtractor.bundled(TrainedNameExtractor.Policy.MODEL_THEN_RULES), texts), heap / 1e6);
    }

    private static double micros(NameExtractor extractor, List<String[]> texts) {
        double last = 0;
        for (int round = 0; round < 10; round++) {
            long start = System.nanoTime();
            for (String[] text : texts) {
                extractor.mentions(text[0], text[1]);
            }
            last = (System.nanoTime() - start) / 1e3 / texts.size();
        }
        return last;
    }

    /** The rules and each policy with the model in {@code model}, measured on {@code test} and the sample's labels. */
    public static void comparePolicies(Path model, Path test, Path sampleLabels, PrintStream log) throws IOException {
        Gazetteer gazetteer = Gazetteer.load();
        NameTagger tagger;
        try (java.io.InputStream in = Files.newInputStream(model)) {
            tagger = NameTagger.read(in, gazetteer);
        }
        reportPolicies(tagger, gazetteer, ConllCorpus.read(test), sampleLabels, log);
    }

    /**
     * The shipped model with {@link #CHECKED} on {@code test}: true when every figure holds its floor
     * (article-level precision and recall; mention F1 for people, organisations and places).
     */
    public static boolean check(Path test, double[] floors, PrintStream log) throws IOException {
        NameScores scores = NameEvaluation.scoreConll(ConllCorpus.read(test), TrainedNameExtractor.bundled(CHECKED));
        double[] reached = {scores.overall().precision(), scores.overall().recall(),
                scores.mentionsByType().get(NameType.PERSON).f1(), scores.mentionsByType().get(NameType.ORGANIZATION).f1(),
                scores.mentionsByType().get(NameType.PLACE).f1()};
        String[] what = {"article precision", "article recall", "person mention F1", "organization mention F1", "place mention F1"};
        boolean held = true;
        for (int i = 0; i < floors.length; i++) {
            boolean ok = reached[i] >= floors[i];
            held &= ok;
            log.printf(Locale.ROOT, "  %-24s %.3f (floor %.3f)%s%n", what[i], reached[i], floors[i], ok ? "" : "  BELOW THE FLOOR");
        }
        return held;
    }

    /** The combination CI holds to its floors: the one {@code NameFinder.tagger()} uses. */
    public static final TrainedNameExtractor.Policy CHECKED = TrainedNameExtractor.CHOSEN;

    private static void report(String what, NameScores scores, NameScores sample, PrintStream log) {
        log.printf(Locale.ROOT, "%-18s articles P %.3f R %.3f F1 %.3f | mentions P %.3f R %.3f F1 %.3f (PER %.3f ORG %.3f LOC %.3f)",
                what, scores.overall().precision(), scores.overall().recall(), scores.overall().f1(),
                scores.mentionsOverall().precision(), scores.mentionsOverall().recall(), scores.mentionsOverall().f1(),
                scores.mentionsByType().get(NameType.PERSON).f1(), scores.mentionsByType().get(NameType.ORGANIZATION).f1(),
                scores.mentionsByType().get(NameType.PLACE).f1());
        if (sample != null) {
            log.printf(Locale.ROOT, " | sample P %.3f R %.3f", sample.overall().precision(), sample.overall().recall());
        }
        log.println();
    }

    /**
     * Where the combination's rules are chosen: a tagger trained as the shipped one is, on the first 85% of
     * {@code train}'s articles, and the rules and each policy measured on the other 15% as text, as
     * {@code eng.testa} is (names in, names out), so that nothing is chosen on the test file. The tagger is
     * kept in {@code cache} and read from there when it is present.
     */
    public static void development(Path train, Path unlabelled, Path cache, Path sampleLabels, PrintStream log) throws IOException {
        Gazetteer gazetteer = Gazetteer.load();
        List<ConllCorpus.Document> documents = ConllCorpus.read(train);
        int split = split(documents.size());
        NameTagger tagger;
        if (Files.isRegularFile(cache)) {
            try (java.io.InputStream in = Files.newInputStream(cache)) {
                tagger = NameTagger.read(in, gazetteer);
            }
        } else {
            List<List<NameTagger.Labelled>> all = labelled(documents);
            // The classes learn from the training part's words only: the held-out articles stay unseen.
            WordClusters clusters = clusters(documents.subList(0, split), unlabelled, log);
            int epochs = bestEpochs(all, SHIPPED, gazetteer, clusters, log);
            tagger = NameTagger.train(all.subList(0, split), SHIPPED, gazetteer, clusters, epochs, SEED, null);
            Files.createDirectories(cache.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(cache)) {
                tagger.write(out);
            }
        }
        List<ConllCorpus.Document> heldOut = documents.subList(split, documents.size());
        log.printf(Locale.ROOT, "On the last %d articles of %s, held out:%n", heldOut.size(), train.getFileName());
        reportPolicies(tagger, gazetteer, heldOut, sampleLabels, log);
    }

    /** Where the held-out last 15% of the training articles begins. */
    private static int split(int articles) {
        return (int) Math.round(articles * 0.85);
    }

    /**
     * The number of passes (up to {@link #MAX_EPOCHS}) best on the last 15% of the articles, trained on the rest,
     * with {@code clusters} learnt without the held-out articles.
     */
    private static int bestEpochs(List<List<NameTagger.Labelled>> all, NameTagger.Options options, Gazetteer gazetteer,
            WordClusters clusters, PrintStream log) {
        int split = split(all.size());
        List<List<NameTagger.Labelled>> heldOut = all.subList(split, all.size());
        double[] best = {-1, 0};
        StringBuilder line = new StringBuilder();
        NameTagger.train(all.subList(0, split), options, gazetteer, clusters, MAX_EPOCHS, SEED, (tagger, epoch) -> {
            double f1 = f1(tagger, heldOut);
            line.append(String.format(Locale.ROOT, " %d:%.4f", epoch, f1));
            if (f1 > best[0]) {
                best[0] = f1;
                best[1] = epoch;
            }
        });
        log.println(options + " held-out F1 (PER/ORG/LOC mentions) by passes:" + line);
        return (int) best[1];
    }

    static List<List<NameTagger.Labelled>> labelled(List<ConllCorpus.Document> documents) {
        List<List<NameTagger.Labelled>> all = new ArrayList<>();
        for (ConllCorpus.Document document : documents) {
            all.add(document.sentences().stream().map(NameTagger::labelled).toList());
        }
        return all;
    }

    /** Mention F1 over PER, ORG and LOC of the tagger alone, on the CoNLL words as given. */
    static double f1(NameTagger tagger, List<List<NameTagger.Labelled>> articles) {
        int[] counts = new int[3 * 3];
        for (List<NameTagger.Labelled> article : articles) {
            int[][] tags = tagger.tag(article.stream().map(NameTagger.Labelled::words).toList());
            for (int s = 0; s < tags.length; s++) {
                count(article.get(s).tags(), tags[s], counts);
            }
        }
        int found = counts[0] + counts[3] + counts[6];
        int wrong = counts[1] + counts[4] + counts[7];
        int missed = counts[2] + counts[5] + counts[8];
        return new NameScores.Counts(found, wrong, missed).f1();
    }

    static String mentionScores(NameTagger tagger, List<ConllCorpus.Document> documents) {
        int[] counts = new int[9];
        for (ConllCorpus.Document document : documents) {
            List<NameTagger.Labelled> article = document.sentences().stream().map(NameTagger::labelled).toList();
            int[][] tags = tagger.tag(article.stream().map(NameTagger.Labelled::words).toList());
            for (int s = 0; s < tags.length; s++) {
                count(article.get(s).tags(), tags[s], counts);
            }
        }
        StringBuilder out = new StringBuilder();
        String[] types = {"PER", "ORG", "LOC"};
        int found = 0, wrong = 0, missed = 0;
        for (int t = 0; t < 3; t++) {
            NameScores.Counts c = new NameScores.Counts(counts[3 * t], counts[3 * t + 1], counts[3 * t + 2]);
            found += c.found();
            wrong += c.wrong();
            missed += c.missed();
            out.append(String.format(Locale.ROOT, "%s P %.3f R %.3f F1 %.3f; ", types[t], c.precision(), c.recall(), c.f1()));
        }
        NameScores.Counts all = new NameScores.Counts(found, wrong, missed);
        return out.append(String.format(Locale.ROOT, "all P %.3f R %.3f F1 %.3f", all.precision(), all.recall(), all.f1())).toString();
    }

    /** Adds exact-span matches of PER/ORG/LOC names: found, wrong, missed per type. */
    private static void count(int[] gold, int[] guess, int[] counts) {
        java.util.Set<NameTagger.Span> a = spans(gold);
        java.util.Set<NameTagger.Span> b = spans(guess);
        for (NameTagger.Span span : b) {
            counts[3 * span.type() + (a.contains(span) ? 0 : 1)]++;
        }
        for (NameTagger.Span span : a) {
            if (!b.contains(span)) {
                counts[3 * span.type() + 2]++;
            }
        }
    }

    /** The PER/ORG/LOC names the tags mark (MISC left out). */
    private static java.util.Set<NameTagger.Span> spans(int[] tags) {
        java.util.Set<NameTagger.Span> spans = new java.util.HashSet<>();
        for (NameTagger.Span span : NameTagger.spans(tags)) {
            if (span.type() < 3) {
                spans.add(span);
            }
        }
        return spans;
    }
}
