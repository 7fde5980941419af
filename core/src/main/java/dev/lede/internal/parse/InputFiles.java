package dev.lede.internal.parse;

import dev.lede.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Expands the paths a user names into the files to read. Directories are read recursively, skipping
 * hidden entries and files that are not articles by their extension (a README beside the articles);
 * a file named explicitly is always read, and {@code -} stands for standard input.
 */
public final class InputFiles {
    private InputFiles() {}

    public static List<Path> expand(List<Path> paths, Consumer<InputProblem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (path.toString().equals(InputReader.STANDARD_INPUT) || Files.isRegularFile(path)) {
                files.add(path);
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(file -> !isHidden(path.relativize(file)))
                            .filter(file -> InputReader.isArticleFile(file.getFileName().toString()))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    problems.accept(new InputProblem(path.toString(), "directory could not be read completely"));
                }
            } else if (Files.exists(path)) {
                problems.accept(new InputProblem(path.toString(), "not a regular file or directory"));
            } else {
                problems.accept(new InputProblem(path.toString(), "no such file or directory"));
            }
        }
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
