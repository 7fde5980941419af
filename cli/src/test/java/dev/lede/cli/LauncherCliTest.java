package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./lede} launcher, run through symbolic links as a user's PATH would run it. */
class LauncherCliTest {
    @Test
    void runsThroughAChainOfLinksIncludingARelativeOne(@TempDir Path dir) throws Exception {
        // A checkout of its own: the launcher and find-java copied, the built jar and its libraries linked, and the
        // launcher's build stamp fresh, so it runs the jar the build made and never starts Maven.
        Path home = dir.resolve("checkout");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("cli/target"));
        for (String script : new String[] {"lede", "bin/find-java", "bin/startup-cache"}) {
            Files.copy(LedeProcess.HOME.resolve(script), home.resolve(script), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path target = LedeProcess.JAR.toAbsolutePath().getParent();
        Path jar = Files.createSymbolicLink(home.resolve("cli/target/lede-cli.jar"), target.resolve("lede-cli.jar"));
        Path lib = Files.createSymbolicLink(home.resolve("cli/target/lib"), target.resolve("lib"));
        // The sample corpus, which the launcher's training run for its start-up cache searches.
        Path testdata = Files.createSymbolicLink(home.resolve("testdata"), LedeProcess.HOME.resolve("testdata"));
        try {
            runThroughLinks(dir, home);
        } finally {
            // Removed here so that cleaning up the temporary directory has no links out of it to warn about.
            Files.delete(jar);
            Files.delete(lib);
            Files.delete(testdata);
        }
    }

    @Test
    void commandsThatAnswerAtOnceStartWithoutTheOptimisingCompiler(@TempDir Path dir) throws Exception {
        // A cache that failed to be made is not tried again: the script then prints only the compiler option.
        Path cache = dir.resolve("lede-cli");
        Files.writeString(dir.resolve("lede-cli.aot.failed"), "");
        Files.writeString(dir.resolve("lede-cli.jsa.failed"), "");
        for (String[] quick : new String[][] {{"search", "ceasefire"}, {"show", "abc"}, {"similar", "abc"}, {"stats"},
                {"remove", "abc"}, {"search", "--index", "x", "--json", "ceasefire"}}) {
            assertEquals("-XX:TieredStopAtLevel=1\n", startUpOptions(cache, quick), String.join(" ", quick));
        }
        for (String[] slow : new String[][] {{"index", "a.jsonl"}, {"eval"}, {"check"}, {"names", "--eval", "x"}, {"parse", "x"},
                {"search", "--batch", "list.txt"}, {"search", "--format=csv", "ceasefire"}, {"--version"}, {}}) {
            assertEquals("", startUpOptions(cache, slow), String.join(" ", slow));
        }
    }

    /** What bin/startup-cache prints for a lede command line. */
    private static String startUpOptions(Path cache, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                LedeProcess.HOME.resolve("bin/startup-cache").toString(), Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                String.valueOf(Runtime.version().feature()), LedeProcess.JAR.toAbsolutePath().toString(), cache.toString(),
                LedeProcess.HOME.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue());
        return out;
    }

    private static void runThroughLinks(Path dir, Path home) throws Exception {
        Files.writeString(home.resolve("cli/target/.built-by-launcher"), "");

        // ~/.local/bin/lede -> ../share/lede (relative) -> checkout/lede (absolute)
        Path bin = Files.createDirectories(dir.resolve("local/bin"));
        Path share = Files.createDirectories(dir.resolve("local/share"));
        Files.createSymbolicLink(share.resolve("lede"), home.resolve("lede"));
        Files.createSymbolicLink(bin.resolve("lede"), Path.of("../share/lede"));

        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        // The first run makes the start-up cache, once; later runs use it and say nothing.
        assertEquals("Preparing lede's start-up cache (once, a few seconds)...\n", version(bin, elsewhere),
                "no build, no missing find-java");
        assertTrue(Files.exists(home.resolve("cli/target/lede-cli.aot")) || Files.exists(home.resolve("cli/target/lede-cli.jsa")));
        assertEquals("", version(bin, elsewhere));
    }

    /** Runs {@code lede --version} through the links, checks its output, and returns what it wrote to standard error. */
    private static String version(Path bin, Path elsewhere) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(bin.resolve("lede").toString(), "--version").directory(elsewhere.toFile());
        builder.environment().put("LEDE_JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes());
        String err = new String(process.getErrorStream().readAllBytes());
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), err);
        assertTrue(out.startsWith("lede "), out);
        return err;
    }
}
