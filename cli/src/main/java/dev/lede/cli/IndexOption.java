package dev.lede.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --index DIR}, shared by every command that uses an index. */
final class IndexOption {
    static final String ENVIRONMENT = "LEDE_INDEX";
    static final Path DEFAULT = Path.of("lede-index");

    @Option(names = {"-i", "--index"}, paramLabel = "DIR",
            description = "Index directory (default: $" + ENVIRONMENT + ", else ./lede-index).")
    Path index;

    Path path() {
        if (index != null) {
            return index;
        }
        String fromEnvironment = System.getenv(ENVIRONMENT);
        return fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT : Path.of(fromEnvironment);
    }

    /** True when the user named no index, so lede may set up the default one. */
    boolean isDefault() {
        return path().equals(DEFAULT) && index == null;
    }
}
