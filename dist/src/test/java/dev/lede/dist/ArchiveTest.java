package dev.lede.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The download, unpacked as a user would into a folder of its own, run with a PATH that has a shell's tools and
 * no Maven: only a JDK on the machine (JAVA_HOME).
 */
class ArchiveTest {
    private static final Path ARCHIVE = Path.of(System.getProperty("lede.archive", "target/lede.tar.gz"));
    private static final String VERSION = System.getProperty("lede.version", "");

    @TempDir
    static Path dir;
    private static Path home;
    private static Path tools;

    record Run(int exitCode, String out, String err) {}

    @BeforeAll
    static void unpack() throws Exception {
        Path unpacked = Files.createDirectories(dir.resolve("unpacked"));
        Run tar = run(unpacked, Map.of(), "tar", "-xzf", ARCHIVE.toAbsolutePath().toString());
        assertEquals(0, tar.exitCode(), tar.err());
        home = unpacked.resolve("lede-" + VERSION);

        // The launchers, find-java and startup-cache need a shell and a few of its tools, and nothing else.
        tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : List.of("bash", "dirname", "readlink", "sed", "head", "mkdir", "rm", "mv")) {
            Path found = onPath(tool);
            Files.createSymbolicLink(tools.resolve(tool), found);
        }
    }

    /** The links out of the temporary directory go before it is cleaned up, which would warn about them. */
    @AfterAll
    static void removeToolLinks() throws IOException {
        try (var links = Files.list(tools)) {
            for (Path link : links.toList()) {
                Files.delete(link);
            }
        }
    }

    @Test
    void holdsLaunchersJarsDocumentsCompletionManPagesAndTheSample() {
        for (String file : List.of("bin/lede", "bin/lede.cmd", "bin/find-java", "README.md", "LICENSE", "NOTICE",
                "share/bash-completion/completions/lede", "share/man/man1/lede.1", "share/man/man1/lede-search.1",
                "share/man/man1/lede-index.1", "testdata/seed", "testdata/corpus/world.jsonl",
                "lede-cli.jar", "lib/lede-core-" + VERSION + ".jar", "lib/picocli-4.7.7.jar")) {
            assertTrue(Files.exists(home.resolve(file)), file);
        }
        assertTrue(Files.isExecutable(home.resolve("bin/lede")));
        assertFalse(Files.exists(home.resolve("lib/picocli-codegen-4.7.7.jar")), "the build's generator is not shipped");
    }

    @Test
    void theZipHoldsTheSameFilesWithWindowsLineEndsForTheWindowsLauncher() throws IOException {
        Path zip = Path.of(ARCHIVE.toString().replaceAll("\\.tar\\.gz$", ".zip"));
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            String prefix = "lede-" + VERSION + "/";
            for (String file : List.of("bin/lede", "bin/lede.cmd", "lede-cli.jar",
                    "share/man/man1/lede-search.1", "testdata/corpus/world.jsonl")) {
                assertTrue(archive.getEntry(prefix + file) != null, file);
            }
            String cmd = new String(archive.getInputStream(archive.getEntry(prefix + "bin/lede.cmd")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(cmd.contains("\r\n"), "lede.cmd has Windows line ends");
        }
    }

    @Test
    void runsWithoutMavenOnThePath() throws Exception {
        assertEquals(1, run(dir, Map.of(), "bash", "-c", "PATH=" + tools + " command -v mvn").exitCode(), "no mvn on PATH");
        Run version = lede(dir, "--version");
        assertEquals(0, version.exitCode(), version.err());
        assertEquals("lede " + VERSION, version.out().strip());
    }

    @Test
    void makesItsStartUpCacheOnceInTheUsersCacheFolder() throws Exception {
        Path cache = dir.resolve("user-cache");
        Run first = lede(cache, dir, "--version");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals("Preparing lede's start-up cache (once, a few seconds)...\n", first.err());
        try (var made = Files.list(cache.resolve("lede"))) {
            assertTrue(made.anyMatch(file -> file.toString().endsWith(".aot") || file.toString().endsWith(".jsa")),
                    "a cache was made");
        }
        Run second = lede(cache, dir, "--version");
        assertEquals(0, second.exitCode(), second.err());
        assertEquals("", second.err());
        assertEquals("lede " + VERSION, second.out().strip());
    }

    @Test
    void indexesAndSearches() throws Exception {
        Path index = dir.resolve("my-index");
        Run indexed = lede(dir, "index", "--index", index.toString(), home.resolve("testdata/corpus").toString());
        assertEquals(0, indexed.exitCode(), indexed.err());
        assertTrue(indexed.out().startsWith("Indexed 160 articles"), indexed.out());

        Run search = lede(dir, "search", "--index", index.toString(), "--limit", "3", "ceasefire hostages");
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().strip().startsWith("1. "), search.out());
        assertTrue(search.out().toLowerCase().contains("ceasefire"), search.out());
    }

    @Test
    void theOneCommandSearchIndexesTheShippedSampleFirst() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Run search = lede(elsewhere, "search", "ceasefire hostages");
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().contains("1. "), search.out());
        assertTrue(Files.isDirectory(elsewhere.resolve("lede-index")), "the sample index is made where the user is");
    }

    @Test
    void bashCompletionCompletesSubcommandsAndOptions() throws Exception {
        String script = home.resolve("share/bash-completion/completions/lede").toString();
        Run commands = run(dir, Map.of(), "bash", "-c", "source '" + script + "' && COMP_WORDS=(lede sea) && COMP_CWORD=1"
                + " && _complete_lede && printf '%s\\n' \"${COMPREPLY[@]}\"");
        assertEquals(0, commands.exitCode(), commands.err());
        assertEquals("search", commands.out().strip());
        Run options = run(dir, Map.of(), "bash", "-c", "source '" + script + "' && COMP_WORDS=(lede search --li) && COMP_CWORD=2"
                + " && _complete_lede && printf '%s\\n' \"${COMPREPLY[@]}\"");
        assertEquals("--limit", options.out().strip(), options.err());
    }

    @Test
    void manPagesAreTroffWithTheVersion() throws IOException {
        String page = Files.readString(home.resolve("share/man/man1/lede-search.1"));
        assertTrue(page.contains(".TH \"LEDE\\-SEARCH\" \"1\""), page);
        assertTrue(page.contains("lede " + VERSION.replace("-", "\\-")), "the page names the version it documents");
        assertTrue(page.contains("\\-\\-limit"), "options are documented");
    }

    private static Run lede(Path workingDirectory, String... args) throws Exception {
        return lede(dir.resolve("cache"), workingDirectory, args);
    }

    /** Runs the archive's launcher with {@code cache} as the user's cache folder ({@code XDG_CACHE_HOME}). */
    private static Run lede(Path cache, Path workingDirectory, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/lede").toString()));
        command.addAll(List.of(args));
        return run(workingDirectory, Map.of("PATH", tools.toString(), "JAVA_HOME", System.getProperty("java.home"),
                "XDG_CACHE_HOME", cache.toString()), command.toArray(String[]::new));
    }

    private static Run run(Path workingDirectory, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().remove("LEDE_INDEX");
        builder.environment().remove("LEDE_JAVA_HOME");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("did not finish: " + String.join(" ", command));
        }
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static Path onPath(String tool) {
        for (String entry : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(entry, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(tool + " is not on PATH");
    }
}
