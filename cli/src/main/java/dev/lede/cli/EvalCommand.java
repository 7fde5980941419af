package dev.lede.cli;

import dev.lede.Feedback;
import dev.lede.Lede;
import dev.lede.RankingScores;
import dev.lede.SimilarityScores;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lede eval}: ranking quality on judged topics, lede beside a plain Lucene baseline. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score lede's ranking on judged topics, beside a plain Lucene baseline.", "",
                "For each topic and on average: nDCG@10, MAP, P@10 and Recall@100 (trec_eval",
                "conventions), for lede and for the baseline (StandardAnalyzer, BM25, one",
                "catch-all field) over the same articles.", "",
                "With --similar FILE instead: how well lede similar finds the other articles of",
                "each labelled story (precision at k, k the story's other articles, and MAP)."})
final class EvalCommand implements Callable<Integer>, OptionalParts.User {
    @Option(names = "--topics", paramLabel = "FILE", description = "Topics: id<TAB>query lines, or TREC XML.")
    Path topics;

    @Option(names = "--qrels", paramLabel = "FILE", description = "Judgements: \"topic 0 article grade\" lines.")
    Path qrels;

    @Option(names = "--run", paramLabel = "OUT", description = "Also write lede's ranking as a TREC run file (not inside an index).")
    Path run;

    @Option(names = "--tag", paramLabel = "NAME", defaultValue = "lede", description = "Run name in the run file (default: ${DEFAULT-VALUE}).")
    String tag;

    @Option(names = "--similar", paramLabel = "FILE",
            description = "Score lede similar on story labels (article-id<TAB>story lines) instead of ranking topics.")
    Path similar;

    @Option(names = "--feedback", description = "Rank lede's side with feedback, as search --feedback does.")
    boolean feedback;

    @Option(names = "--json", description = "Print one JSON document instead of the table.")
    boolean json;

    @Mixin
    IndexOption index;

    private final Terminal terminal;

    EvalCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if (similar != null) {
            if (topics != null || qrels != null || run != null || feedback) {
                throw new UsageException("--similar scores similar articles alone; leave out --topics, --qrels, --run and --feedback.");
            }
            return similar();
        }
        if (topics == null || qrels == null) {
            throw new UsageException("Give --topics and --qrels to score the ranking, or --similar to score similar articles.");
        }
        RankingScores scores;
        try (Lede lede = Indexes.readOnly(index.ensure(terminal), true)) {
            scores = lede.evaluate(topics, qrels, run, tag, feedback ? Feedback.DEFAULT : null);
        }
        if (json) {
            terminal.out.println(JsonOutput.write(JsonOutput.ranking(index.path(), scores, run, tag)));
            return ExitCode.OK;
        }
        terminal.out.println("            ------------- lede -------------   ----------- baseline -----------");
        terminal.out.println("topic       nDCG@10   MAP   P@10  R@100      nDCG@10   MAP   P@10  R@100   query");
        for (RankingScores.Topic topic : scores.topics()) {
            terminal.out.println(String.format(Locale.ROOT, "%-10s %s    %s   %s", topic.id(), cells(topic.lede()),
                    cells(topic.baseline()), topic.query()));
        }
        terminal.out.println();
        mean("all", scores.topics());
        List<RankingScores.Topic> odd = scores.topics().stream().filter(t -> parity(t.id()) == 1).toList();
        List<RankingScores.Topic> even = scores.topics().stream().filter(t -> parity(t.id()) == 0).toList();
        if (!odd.isEmpty() && !even.isEmpty()) {
            mean("odd ids", odd);
            mean("even ids", even);
        }
        if (run != null) {
            terminal.out.println();
            terminal.out.println("Run written to " + run + " (tag " + tag + ").");
        }
        return ExitCode.OK;
    }

    private int similar() throws Exception {
        SimilarityScores scores;
        try (Lede lede = Indexes.readOnly(index.ensure(terminal), false)) {
            scores = lede.evaluateSimilar(similar);
        }
        if (json) {
            terminal.out.println(JsonOutput.write(JsonOutput.similarity(index.path(), scores)));
            return ExitCode.OK;
        }
        terminal.out.println("story                            articles    P@k    MAP");
        for (SimilarityScores.Story story : scores.stories()) {
            terminal.out.println(String.format(Locale.ROOT, "%-32s %8d  %.3f  %.3f", story.label(), story.articles(), story.precision(),
                    story.averagePrecision()));
        }
        terminal.out.println();
        terminal.out.println(terminal.bold(String.format(Locale.ROOT, "%-32s %8d  %.3f  %.3f   mean of %d articles in %d stories", "all",
                scores.articles(), scores.precision(), scores.averagePrecision(), scores.articles(), scores.stories().size())));
        return ExitCode.OK;
    }

    private void mean(String label, List<RankingScores.Topic> topics) {
        RankingScores.Scores lede = RankingScores.Scores.mean(topics.stream().map(RankingScores.Topic::lede).toList());
        RankingScores.Scores baseline = RankingScores.Scores.mean(topics.stream().map(RankingScores.Topic::baseline).toList());
        terminal.out.println(terminal.bold(String.format(Locale.ROOT, "%-10s %s    %s   mean of %d topics", label, cells(lede),
                cells(baseline), topics.size())));
    }

    private static String cells(RankingScores.Scores s) {
        return String.format(Locale.ROOT, "  %.3f  %.3f  %.3f  %.3f", s.ndcg10(), s.averagePrecision(), s.precision10(), s.recall100());
    }

    /** Odd or even by the id's digits ("q07" is odd), -1 for an id without any. */
    private static int parity(String id) {
        try {
            return Integer.parseInt(id.replaceAll("\\D", "")) % 2;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** An index with vectors needs their model. */
    @Override
    public boolean needsOptionalParts() {
        return index.keepsVectors();
    }
}
