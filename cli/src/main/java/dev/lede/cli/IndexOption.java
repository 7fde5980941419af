package dev.lede.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --index DIR}, shared by every command that uses an index. */
final class IndexOption {
    static final String ENVIRONMENT = "LEDE_INDEX";
    static final Path DEFAULT = Path.of("lede-index");

    @Option(names = {"-i", "--index"}, paramLabel = "DIR",
            description = "The index (default: $" + ENVIRONMENT + " or ./lede-index).")
    Path index;

    Path path() {
        if (index != null) {
            return index;
        }
        String fromEnvironment = System.getenv(ENVIRONMENT);
        return fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT : Path.of(fromEnvironment);
    }

    /** The index path; fails with one sentence when there is no index there. */
    Path existing() {
        if (!dev.lede.Lede.exists(path())) {
            throw new IndexMissingException("There is no index at " + path() + "; create one with: lede index --index "
                    + path() + " PATH...");
        }
        return path();
    }

    /**
     * The index path, for commands that read the index: the default index is built from the sample
     * corpus the first time, saying so; a named index must exist.
     */
    Path ensure(Terminal terminal) throws Exception {
        if (dev.lede.Lede.exists(path()) || !isDefault() || SampleCorpus.paths().isEmpty()) {
            return existing();
        }
        terminal.err.println("No index at " + path() + " yet; building one from the sample corpus in testdata/ first.");
        IndexCommand.run(terminal.quietOut(), path(), SampleCorpus.paths().get(), dev.lede.InputFormat.AUTO, dev.lede.NameFinder.lede(), false,
                dev.lede.Lede.COMMIT_EVERY);
        return path();
    }

    /** Whether the index is there and keeps sentence vectors, so that searching it needs their model. */
    boolean keepsVectors() {
        try {
            return dev.lede.Lede.exists(path()) && dev.lede.Lede.vectorModel(path()).isPresent();
        } catch (java.io.IOException unreadable) {
            return false; // the command itself says what is wrong with the index
        }
    }

    /** True when the user named no index, so lede may set up the default one. */
    boolean isDefault() {
        return path().equals(DEFAULT) && index == null;
    }
}
