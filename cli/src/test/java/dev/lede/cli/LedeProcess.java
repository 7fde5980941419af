package dev.lede.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged lede program as a separate process, as a user's shell would. */
final class LedeProcess {
    record Run(int exitCode, String out, String err) {}

    static final Path JAR = Path.of(System.getProperty("lede.jar", "target/lede-cli.jar"));
    static final Path TESTDATA = Path.of(System.getProperty("lede.testdata", "../testdata")).toAbsolutePath();
    static final Path HOME = TESTDATA.getParent();

    private LedeProcess() {}

    /** Indexes the seed and the sample corpus into {@code index}, as a user would. */
    static Run indexSample(Path workingDirectory, Path index) throws IOException, InterruptedException {
        return run(workingDirectory, "index", "--index", index.toString(), TESTDATA.resolve("seed").toString(),
                TESTDATA.resolve("corpus").toString());
    }

    static Run run(Path workingDirectory, String... args) throws IOException, InterruptedException {
        return run(workingDirectory, Map.of(), args);
    }

    static Run run(Path workingDirectory, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Process process = start(workingDirectory, environment, List.of(), args);
        process.getOutputStream().close();
        return finish(process);
    }

    /** Starts lede with extra JVM options; the caller writes its standard input and calls {@link #finish}. */
    static Process start(Path workingDirectory, Map<String, String> environment, List<String> jvmOptions, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dlede.home=" + HOME, "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().remove("LEDE_INDEX");
        builder.environment().remove("LEDE_SOLR");
        builder.environment().remove("LEDE_SOLR_COLLECTION");
        builder.environment().putAll(environment);
        return builder.start();
    }

    static Run finish(Process process) throws IOException, InterruptedException {
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("lede did not finish: " + process.info().commandLine().orElse(""));
        }
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
