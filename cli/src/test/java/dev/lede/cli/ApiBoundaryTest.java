package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command is a client of lede-core's public API, as any program embedding lede is. It runs from the class path
 * beside lede-semantic (which has no module of its own), so core's module-info cannot hold it there; this does.
 */
class ApiBoundaryTest {
    @Test
    void theCommandImportsNothingInternal() throws IOException {
        Path sources = Path.of("src/main/java/dev/lede/cli");
        try (Stream<Path> files = Files.list(sources)) {
            List<String> internal = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> lines(f).stream().filter(line -> line.contains("dev.lede.internal")).map(line -> f.getFileName() + ": " + line.strip()))
                    .toList();
            assertEquals(List.of(), internal);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
