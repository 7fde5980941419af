package dev.lede.cli;

import dev.lede.NameFinder;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --name-model FILE}: a user's OpenNLP name-finder model, added to lede's own name rules. */
final class NameModelOption {
    static final String ENVIRONMENT = "LEDE_NAME_MODEL";

    @Option(names = "--name-model", paramLabel = "FILE",
            description = "Also find names with this OpenNLP name-finder model (default: $" + ENVIRONMENT + ").")
    Path model;

    /** lede's name finder, with the model if one is given; a file that is no model stops the command with one sentence. */
    NameFinder finder() {
        String fromEnvironment = System.getenv(ENVIRONMENT);
        Path chosen = model != null ? model
                : fromEnvironment == null || fromEnvironment.isBlank() ? null : Path.of(fromEnvironment);
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
