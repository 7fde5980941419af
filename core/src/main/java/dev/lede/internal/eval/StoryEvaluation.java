package dev.lede.internal.eval;

import dev.lede.LedeException;
import dev.lede.SimilarityScores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scores a ranking of similar articles against story labels ({@code article-id<TAB>story} lines). */
public final class StoryEvaluation {
    /** How deep each ranking is read for average precision. */
    public static final int DEPTH = 100;

    private StoryEvaluation() {}

    /** The ids of the articles most like one id, best first, the article itself left out. */
    @FunctionalInterface
    public interface Ranker {
        List<String> similar(String id, int depth) throws IOException;
    }

    /** Story label to its article ids, in file order; {@code #} comments and blank lines skipped. */
    public static Map<String, Set<String>> stories(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, Set<String>> stories = new LinkedHashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || line.substring(tab + 1).isBlank()) {
                throw new LedeException(file + ":" + (i + 1) + ": a story line is \"article-id<TAB>story\".");
            }
            String id = line.substring(0, tab).strip();
            if (!seen.add(id)) {
                throw new LedeException(file + ":" + (i + 1) + ": the article " + id + " is labelled twice.");
            }
            stories.computeIfAbsent(line.substring(tab + 1).strip(), k -> new LinkedHashSet<>()).add(id);
        }
        if (stories.isEmpty()) {
            throw new LedeException(file + " labels no articles.");
        }
        return stories;
    }

    /** The articles a ranking leaves out as copies of one: they are not expected of it. */
    @FunctionalInterface
    public interface Copies {
        Set<String> of(String id) throws IOException;
    }

    /** Every article of a story of two or more, asked for its similar ones. */
    public static SimilarityScores score(Map<String, Set<String>> stories, Ranker ranker) throws IOException {
        return score(stories, ranker, id -> Set.of());
    }

    /**
     * As above, each article's copies left out of what is expected of it; an article whose story holds nothing but its
     * copies is not asked.
     */
    public static SimilarityScores score(Map<String, Set<String>> stories, Ranker ranker, Copies copies) throws IOException {
        List<SimilarityScores.Story> scored = new ArrayList<>();
        double precisions = 0;
        double averages = 0;
        int asked = 0;
        for (Map.Entry<String, Set<String>> story : stories.entrySet()) {
            if (story.getValue().size() < 2) {
                continue;
            }
            double precision = 0;
            double average = 0;
            int n = 0;
            for (String id : story.getValue()) {
                Set<String> others = new LinkedHashSet<>(story.getValue());
                others.remove(id);
                others.removeAll(copies.of(id));
                if (others.isEmpty()) {
                    continue;
                }
                List<String> ranking = ranker.similar(id, DEPTH);
                precision += precisionAt(ranking, others, others.size());
                average += averagePrecision(ranking, others);
                n++;
            }
            if (n == 0) {
                continue;
            }
            scored.add(new SimilarityScores.Story(story.getKey(), n, precision / n, average / n));
            precisions += precision;
            averages += average;
            asked += n;
        }
        return new SimilarityScores(scored, asked, asked == 0 ? 0 : precisions / asked, asked == 0 ? 0 : averages / asked);
    }

    static double precisionAt(List<String> ranking, Set<String> relevant, int k) {
        long found = ranking.stream().limit(k).filter(relevant::contains).count();
        return k == 0 ? 0 : (double) found / k;
    }

    static double averagePrecision(List<String> ranking, Set<String> relevant) {
        double sum = 0;
        int found = 0;
        for (int i = 0; i < ranking.size(); i++) {
            if (relevant.contains(ranking.get(i))) {
                found++;
                sum += (double) found / (i + 1);
            }
        }
        return relevant.isEmpty() ? 0 : sum / relevant.size();
    }
}
