package dev.lede.bench;

import dev.lede.internal.names.NameModelTrainer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;

/**
 * Trains lede's bundled name model from CoNLL-2003 English ({@code eng.train}) and writes it where
 * lede-core ships it; with {@code --compare}, trains the alternatives and measures them on
 * {@code eng.testa} instead. Run from the repository root:
 * {@code bench/train-names [--compare | --policies] [DATA_DIR]} (default {@code ../shared/data/names-conll2003});
 * {@code --check FILE} measures the shipped model against floors (CI).
 */
public final class TrainNameModel {
    static final Path MODEL = Path.of("core/src/main/resources/dev/lede/internal/names/conll2003-names.bin");

    private TrainNameModel() {}

    /** Floors a little under the level reached on eng.testa: article P and R, person/organisation/place mention F1. */
    static final double[] FLOORS = {0.915, 0.905, 0.95, 0.85, 0.94};

    /** CI: the shipped model on a CoNLL file; exits 1 when a figure falls below its floor. */
    private static void check(Path test) throws Exception {
        System.out.println("Names (the shipped tagger, as NameFinder.tagger() uses it) on " + test + ":");
        if (!NameModelTrainer.check(test, FLOORS, System.out)) {
            System.exit(1);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--check")) {
            check(Path.of(args[1]));
            return;
        }
        boolean policies = args.length > 0 && args[0].equals("--policies");
        boolean development = args.length > 0 && args[0].equals("--dev");
        boolean compare = policies || development || args.length > 0 && args[0].equals("--compare");
        Path data = Path.of(args.length > (compare ? 1 : 0) ? args[compare ? 1 : 0] : "../shared/data/names-conll2003");
        Path train = data.resolve("eng.train");
        if (!Files.isRegularFile(train)) {
            System.err.println("There is no CoNLL-2003 training file at " + train + ".");
            System.exit(2);
        }
        Path sample = Path.of("testdata/names");
        // The word classes learn from these articles' words too (nothing else of them is used).
        Path bbc = data.resolveSibling("news-bbc").resolve("bbc.jsonl");
        if (!Files.isRegularFile(bbc)) {
            System.err.println("There are no BBC articles at " + bbc + " to learn word classes from.");
            System.exit(2);
        }
        if (development) {
            NameModelTrainer.development(train, bbc, Path.of("bench/target/names-dev.bin"), Files.isDirectory(sample) ? sample : null,
                    System.out);
        } else if (policies) {
            NameModelTrainer.comparePolicies(MODEL, data.resolve("eng.testa"), Files.isDirectory(sample) ? sample : null, System.out);
            List<String[]> texts = new ArrayList<>();
            ObjectMapper json = new ObjectMapper();
            for (String line : Files.readAllLines(bbc)) {
                JsonNode article = json.readTree(line);
                texts.add(new String[] {article.path("title").asText(), article.path("body").asText()});
            }
            System.out.println("BBC " + NameModelTrainer.timing(texts));
        } else if (compare) {
            NameModelTrainer.compare(train, bbc, data.resolve("eng.testa"), Files.isDirectory(sample) ? sample : null, System.out);
        } else {
            NameModelTrainer.train(train, bbc, MODEL, System.out);
        }
    }
}
