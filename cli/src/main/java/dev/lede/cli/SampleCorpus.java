package dev.lede.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The sample articles shipped in the repository's {@code testdata/}, used when there is no index yet. */
final class SampleCorpus {
    private SampleCorpus() {}

    /** The sample's files, found beside the installation ({@code -Dlede.home}, else the jar's checkout). */
    static Optional<List<Path>> paths() {
        for (Path home : homes()) {
            Path testdata = home.resolve("testdata");
            Path seed = testdata.resolve("seed");
            Path corpus = testdata.resolve("corpus");
            if (Files.isDirectory(seed) && Files.isDirectory(corpus)) {
                return Optional.of(List.of(seed, corpus));
            }
        }
        return Optional.empty();
    }

    private static List<Path> homes() {
        String home = System.getProperty("lede.home");
        if (home != null) {
            return List.of(Path.of(home));
        }
        try {
            // cli/target/lede-cli.jar -> the checkout it was built in
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path checkout = jar.getParent() == null ? null : jar.getParent().getParent();
            checkout = checkout == null ? null : checkout.getParent();
            return checkout == null ? List.of() : List.of(checkout);
        } catch (URISyntaxException | RuntimeException e) {
            return List.of();
        }
    }
}
