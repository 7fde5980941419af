package dev.lede.cli;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The program's optional parts: document formats (lede-documents and Apache Tika), sentence vectors (lede-semantic)
 * and SolrCloud (lede-solr and SolrJ), about a hundred jars. {@code lede-cli.jar}'s manifest names only lede-core's jars,
 * because the JVM opens every jar on the class path at each start; a command that needs an optional part says so
 * before it runs ({@link User}), and then runs again, in this process, with every jar in {@code lib/} beside the
 * program's jar. Where the class path already holds them (the archive's launcher, tests), nothing is run again.
 */
final class OptionalParts {
    /** One class of each part: all three are there, or the command runs again with them. */
    private static final List<String> MARKERS = List.of("dev/lede/documents/TikaDocuments.class",
            "dev/lede/semantic/MiniLm.class", "dev/lede/solr/SolrLede.class");

    private OptionalParts() {}

    /** A command that may need an optional part, depending on its arguments or on the index it reads. */
    interface User {
        /** Whether this run needs one; asked after the arguments are parsed, before anything is read or written. */
        boolean needsOptionalParts();
    }

    /** Whether the optional parts can be loaded by this class's loader. */
    static boolean loaded() {
        ClassLoader loader = OptionalParts.class.getClassLoader();
        return MARKERS.stream().allMatch(marker -> loader.getResource(marker) != null);
    }

    /**
     * The program's jar and every jar in {@code lib/} beside it, or nothing when the program does not run from its
     * jar (then there is nothing more to load from).
     */
    static List<URL> allJars() {
        try {
            Path program = Path.of(OptionalParts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path lib = program.resolveSibling("lib");
            if (!Files.isRegularFile(program) || !Files.isDirectory(lib)) {
                return List.of();
            }
            List<URL> jars = new ArrayList<>(List.of(program.toUri().toURL()));
            try (Stream<Path> files = Files.list(lib)) {
                for (Path jar : files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                    jars.add(jar.toUri().toURL());
                }
            }
            return jars;
        } catch (URISyntaxException | IOException | SecurityException e) {
            return List.of();
        }
    }

    /**
     * Runs the command again with every jar: {@link Main#run} loaded afresh by a class loader over all of them, so
     * that lede's classes and the optional parts' see each other.
     *
     * @return its exit code
     */
    static int runWithAll(List<URL> jars, String[] args) throws ReflectiveOperationException, IOException {
        try (URLClassLoader all = new URLClassLoader("lede", jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(all);
            Method run = all.loadClass(Main.class.getName()).getDeclaredMethod("run", String[].class);
            run.setAccessible(true);
            try {
                return (int) run.invoke(null, (Object) args);
            } catch (InvocationTargetException e) {
                // Main.run turns every failure into a message and a code; what escapes it is a JVM error.
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
