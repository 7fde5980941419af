package dev.lede.cli;

import dev.lede.NameFinder;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --tagger} or {@code --name-model FILE}: how names are found, lede's rules being the default. */
final class NameModelOption {
    static final String ENVIRONMENT = "LEDE_NAME_MODEL";

    @Option(names = "--name-model", paramLabel = "FILE",
            description = "Also find names with this OpenNLP name-finder model (default: $" + ENVIRONMENT + ").")
    Path model;

    @Option(names = "--tagger",
            description = "Find names with lede's tagger trained on labelled news, and its rules: many more names on real news, slower.")
    boolean tagger;

    /** lede's name finder, with the model if one is given; a file that is no model stops the command with one sentence. */
    NameFinder finder() {
        String fromEnvironment = System.getenv(ENVIRONMENT);
        Path chosen = model != null ? model
                : fromEnvironment == null || fromEnvironment.isBlank() ? null : Path.of(fromEnvironment);
        if (tagger && model != null) {
            throw new UsageException("--tagger and --name-model each choose how names are found; give one of them.");
        }
        if (tagger) {
            return NameFinder.tagger();
        }
        if (chosen == null) {
            return NameFinder.lede();
        }
        try {
            return NameFinder.withModel(chosen);
        } catch (dev.lede.LedeException notAModel) {
            throw new UsageException(notAModel.getMessage());
        }
    }
}
