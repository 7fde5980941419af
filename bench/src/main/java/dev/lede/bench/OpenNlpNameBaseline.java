package dev.lede.bench;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * The alternative lede's name tagger was measured against: Apache OpenNLP's NameFinderME with its
 * default features and training parameters, trained on CoNLL-2003 {@code eng.train} and scored on
 * {@code eng.testa} over PER, ORG and LOC mentions (exact words and type). Not part of lede; run with
 * {@code java -cp "bench/target/lede-bench.jar:bench/target/lib/*" dev.lede.bench.OpenNlpNameBaseline [DATA_DIR]}.
 */
public final class OpenNlpNameBaseline {
    private OpenNlpNameBaseline() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/names-conll2003");
        List<NameSample> train = samples(data.resolve("eng.train"));
        List<NameSample> test = samples(data.resolve("eng.testa"));
        long start = System.nanoTime();
        TokenNameFinderModel model = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(train),
                TrainingParameters.defaultParams(), new TokenNameFinderFactory());
        double seconds = (System.nanoTime() - start) / 1e9;
        NameFinderME finder = new NameFinderME(model);
        int found = 0;
        int wrong = 0;
        int missed = 0;
        for (NameSample sample : test) {
            if (sample.isClearAdaptiveDataSet()) {
                finder.clearAdaptiveData();
            }
            Set<String> gold = spans(sample.getNames());
            Set<String> guess = spans(finder.find(sample.getSentence()));
            for (String span : guess) {
                if (gold.contains(span)) {
                    found++;
                } else {
                    wrong++;
                }
            }
            for (String span : gold) {
                if (!guess.contains(span)) {
                    missed++;
                }
            }
        }
        double p = (double) found / (found + wrong);
        double r = (double) found / (found + missed);
        System.out.printf(Locale.ROOT, "OpenNLP NameFinderME, default features: trained in %.0f s; eng.testa PER/ORG/LOC mentions P %.3f R %.3f F1 %.3f%n",
                seconds, p, r, 2 * p * r / (p + r));
    }

    private static Set<String> spans(Span[] spans) {
        Set<String> out = new HashSet<>();
        for (Span span : spans) {
            if (!span.getType().equals("MISC")) {
                out.add(span.getStart() + ":" + span.getEnd() + ":" + span.getType());
            }
        }
        return out;
    }

    /** CoNLL-2003 sentences as OpenNLP samples; the first of each article clears what the finder learnt of the last. */
    private static List<NameSample> samples(Path file) throws Exception {
        List<NameSample> samples = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean newArticle = true;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] columns = line.strip().split("\\s+");
                if (line.isBlank() || columns[0].equals("-DOCSTART-")) {
                    if (!words.isEmpty()) {
                        samples.add(sample(words, tags, newArticle));
                        newArticle = false;
                        words.clear();
                        tags.clear();
                    }
                    newArticle |= columns[0].equals("-DOCSTART-");
                    continue;
                }
                words.add(columns[0]);
                tags.add(columns[columns.length - 1]);
            }
        }
        if (!words.isEmpty()) {
            samples.add(sample(words, tags, newArticle));
        }
        return samples;
    }

    private static NameSample sample(List<String> words, List<String> tags, boolean clear) {
        List<Span> names = new ArrayList<>();
        int i = 0;
        while (i < tags.size()) {
            if (tags.get(i).equals("O")) {
                i++;
                continue;
            }
            String type = tags.get(i).substring(2);
            int end = i + 1;
            while (end < tags.size() && tags.get(end).equals("I-" + type)) {
                end++;
            }
            names.add(new Span(i, end, type));
            i = end;
        }
        return new NameSample(words.toArray(String[]::new), names.toArray(Span[]::new), clear);
    }
}
