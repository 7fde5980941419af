package dev.lede.cli;

import dev.lede.NameFinder;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --tagger}, {@code --name-model FILE} or {@code --no-names}: how names are found, lede's rules being the default. */
final class NameModelOption {
    static final String ENVIRONMENT = "LEDE_NAME_MODEL";

    @Option(names = "--name-model", paramLabel = "FILE",
            description = "Also find names with this OpenNLP name-finder model (default: $" + ENVIRONMENT + ").")
    Path model;

    @Option(names = "--tagger",
            description = "Find names with lede's tagger trained on labelled news: many more names on real news, slower.")
    boolean tagger;

    @Option(names = "--no-names",
            description = {"Find no names: articles keep only the names their input gives. For bulk loads; indexing the same files"
                    + " again without it adds the names."})
    boolean none;

    /** lede's name finder, with the model if one is given; a file that is no model stops the command with one sentence. */
    NameFinder finder() {
        String fromEnvironment = System.getenv(ENVIRONMENT);
        Path chosen = model != null ? model
                : fromEnvironment == null || fromEnvironment.isBlank() ? null : Path.of(fromEnvironment);
        if ((tagger ? 1 : 0) + (model != null ? 1 : 0) + (none ? 1 : 0) > 1) {
            throw new UsageException("--tagger, --name-model and --no-names each choose how names are found; give one of them.");
        }
        if (none) {
            return NameFinder.none();
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
