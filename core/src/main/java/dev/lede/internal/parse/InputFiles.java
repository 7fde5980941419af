package dev.lede.internal.parse;

import dev.lede.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Expands the paths a user names into the files to read. Directories are read recursively, skipping
 * hidden entries, files that are not articles by their extension ({@code sheet.xlsx}) and files named
 * like a project's notes ({@code README.txt}, {@code LICENSE}); a file named explicitly is always read,
 * and {@code -} stands for standard input.
 */
public final class InputFiles {
    /** Names (before any extension, any case) of files that sit beside articles without being one. */
    private static final Set<String> NOT_ARTICLES = Set.of("readme", "license", "licence", "copying", "changelog", "authors",
            "contributing");

    private InputFiles() {}

    public static List<Path> expand(List<Path> paths, Consumer<InputProblem> problems) {
        return expand(paths, problems, file -> {});
    }

    /**
     * @param notRead hears of each file found in a directory and passed over as not an article (hidden ones aside)
     */
    public static List<Path> expand(List<Path> paths, Consumer<InputProblem> problems, Consumer<Path> notRead) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (path.toString().equals(InputReader.STANDARD_INPUT) || Files.isRegularFile(path)) {
                files.add(path);
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(file -> !isHidden(path.relativize(file)))
                            .sorted()
                            .forEach(file -> {
                                if (isArticle(file)) {
                                    files.add(file);
                                } else {
                                    notRead.accept(file);
                                }
                            });
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

    private static boolean isArticle(Path file) {
        String name = file.getFileName().toString();
        return InputReader.isArticleFile(name) && !NOT_ARTICLES.contains(stem(name));
    }

    /**
     * What kind of file, for counting those passed over: {@code README} (upper case) for a project's
     * notes, else the extension in lower case ({@code .pdf}, {@code .tar.gz}), or "no extension".
     */
    public static String kind(Path file) {
        String name = file.getFileName().toString();
        String stem = stem(name);
        if (NOT_ARTICLES.contains(stem)) {
            return stem.toUpperCase(Locale.ROOT);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String end = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        int dot = end.lastIndexOf('.');
        return dot <= 0 ? (end.length() == lower.length() ? "no extension" : ".gz") : lower.substring(dot);
    }

    /** The name before its first dot, in lower case. */
    private static String stem(String name) {
        int dot = name.indexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
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
