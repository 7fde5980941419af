package dev.lede.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java examples, as a user copies them into a project that depends on {@code dev.lede:lede-core}
 * alone: compiled against the class path Maven gives such a project, and each run as a program of its own.
 */
class ReadmeExamplesTest {
    private static final Path README = Path.of(System.getProperty("lede.readme", "../README.md"));
    private static final Path TESTDATA = Path.of(System.getProperty("lede.testdata", "../testdata")).toAbsolutePath();
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");

    @TempDir
    static Path work;
    private static String consumerClassPath;
    private static String classPath;
    private static Map<String, String> examples;

    @BeforeAll
    static void compileTheExamples() throws IOException {
        consumerClassPath = Files.readString(Path.of(System.getProperty("lede.consumer.classpath",
                "target/consumer.classpath"))).strip();
        examples = new LinkedHashMap<>();
        Matcher block = JAVA_BLOCK.matcher(Files.readString(README));
        while (block.find()) {
            Matcher name = CLASS_NAME.matcher(block.group(1));
            assertTrue(name.find(), "every Java example in the README is a program:\n" + block.group(1));
            examples.put(name.group(1), block.group(1));
        }
        assertFalse(examples.isEmpty(), "the README has Java examples");

        Path sources = Files.createDirectories(work.resolve("src"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> example : examples.entrySet()) {
            Path source = sources.resolve(example.getKey() + ".java");
            Files.writeString(source, example.getValue());
            files.add(source.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        var task = javac.getTask(messages, null, null, List.of("--release", "21", "-Xlint:all", "-Werror",
                "-classpath", consumerClassPath, "-d", classes.toString()), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjectsFromStrings(files));
        assertTrue(task.call(), "the README's examples compile without warnings:\n" + messages);
        classPath = classes + java.io.File.pathSeparator + consumerClassPath;

    }

    @Test
    void theClassPathIsLedeCoreAndWhatItBringsAlone() {
        List<String> jars = Pattern.compile(Pattern.quote(java.io.File.pathSeparator)).splitAsStream(consumerClassPath)
                .map(jar -> Path.of(jar).getFileName().toString()).toList();
        assertTrue(jars.stream().anyMatch(jar -> jar.startsWith("lede-core-")), jars.toString());
        for (String notHers : List.of("junit", "jqwik", "lede-cli", "lede-semantic", "picocli")) {
            assertTrue(jars.stream().noneMatch(jar -> jar.startsWith(notHers)), notHers + " is not on a lede-core user's class path: " + jars);
        }
    }

    @Test
    void newsSearchIndexesTheSampleAndPrintsRankedHitsWithSnippets() throws Exception {
        Run run = run("NewsSearch");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("skipped"), run.err());
        assertTrue(run.out().startsWith("1. "), run.out());
        assertTrue(run.out().contains("["), "matched words marked: " + run.out());
        assertEquals(5, run.out().lines().filter(line -> line.matches("\\d+\\. .*")).count(), run.out());
    }

    @Test
    void configuredSearchFindsTheArticleItAddedThroughItsFilters() throws Exception {
        Run run = run("ConfiguredSearch", work.resolve("configured-index").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("1 matches", "1. Gantz meets mediators in Cairo 2024-06-10", "0"), run.out().lines().toList());
    }

    @Test
    void newsServiceSearchesWhileItsFeedWrites() throws Exception {
        Run run = run("NewsService", work.resolve("service-index").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("200 articles", run.out().strip());
    }

    @Test
    void everyExampleRuns() throws Exception {
        for (String example : examples.keySet()) {
            Run run = run(example, work.resolve(example + "-own-index").toString());
            assertEquals(0, run.exitCode(), example + ": " + run.err());
        }
    }

    record Run(int exitCode, String out, String err) {}

    private static Run run(String mainClass, String... args) throws IOException, InterruptedException {
        // The first example indexes testdata/corpus from where it runs, as from a checkout of lede; a copy, since
        // indexing a directory does not follow links.
        Path dir = Files.createDirectories(work.resolve("run-" + mainClass + "-" + args.length));
        Path corpus = TESTDATA.resolve("corpus");
        try (var files = Files.walk(corpus)) {
            for (Path file : files.toList()) {
                Path copy = dir.resolve("testdata/corpus").resolve(corpus.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!Files.exists(copy)) {
                    Files.copy(file, copy);
                }
            }
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", classPath, mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(mainClass + " did not finish");
        }
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
