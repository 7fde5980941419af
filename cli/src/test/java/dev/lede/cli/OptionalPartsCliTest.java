package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain search starts on lede-core's jars alone; a command that needs an optional part (documents, vectors,
 * SolrCloud) runs again with every jar, in the same process, and works as it would with all of them from the start.
 */
class OptionalPartsCliTest {
    @TempDir
    static Path work;
    static Path index;

    @BeforeAll
    static void indexSample() throws Exception {
        index = work.resolve("index");
        assertEquals(0, LedeProcess.indexSample(work, index).exitCode());
    }

    @Test
    void theJarNamesOnlyTheCoreJars() throws Exception {
        try (JarFile jar = new JarFile(LedeProcess.JAR.toFile())) {
            List<String> classPath = List.of(jar.getManifest().getMainAttributes().getValue("Class-Path").split(" "));
            assertTrue(classPath.stream().anyMatch(entry -> entry.startsWith("lib/lucene-core-")), classPath::toString);
            assertTrue(classPath.size() < 30, classPath::toString);
            for (String part : List.of("lede-documents", "tika", "lede-solr", "solr-solrj", "lede-semantic", "onnxruntime")) {
                assertFalse(classPath.stream().anyMatch(entry -> entry.contains(part)), part + " in " + classPath);
            }
        }
        try (var lib = Files.list(LedeProcess.JAR.resolveSibling("lib"))) {
            assertTrue(lib.anyMatch(file -> file.getFileName().toString().startsWith("tika-core-")), "the optional jars are in lib/");
        }
    }

    @Test
    void aPlainSearchOpensNoOptionalJar() throws Exception {
        LedeProcess.Run run = withClassLog("search", "--index", index.toString(), "ceasefire hostages");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, loads(run.out(), "dev.lede.cli.SearchCommand"), "ran once, on the jar's class path");
        for (String part : List.of("lede-documents", "tika-", "lede-solr", "solr-solrj", "lede-semantic", "langchain4j")) {
            assertFalse(run.out().contains(part), part + " was loaded");
        }
    }

    @Test
    void filesLedeCoreReadsNeedNoOptionalPart() throws Exception {
        Path page = Files.writeString(work.resolve("page.html"), PAGE);
        LedeProcess.Run run = withClassLog("parse", page.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Dock workers in Rotterdam"), run.out());
        assertEquals(1, loads(run.out(), "dev.lede.cli.ParseCommand"));

        LedeProcess.Run index = withClassLog("index", "--index", work.resolve("corpus-index").toString(),
                LedeProcess.TESTDATA.resolve("corpus").toString());
        assertEquals(0, index.exitCode(), index.err());
        assertEquals(1, loads(index.out(), "dev.lede.cli.IndexCommand"));
    }

    @Test
    void aFileOfAnotherKindRunsTheCommandAgainWithEveryJar() throws Exception {
        Path notes = Files.writeString(work.resolve("page.htm.bak"), PAGE);
        LedeProcess.Run run = withClassLog("parse", notes.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Dock workers in Rotterdam"), run.out());
        assertEquals(2, loads(run.out(), "dev.lede.cli.ParseCommand"), "the command's class is loaded again, with every jar");
        assertEquals("", run.err());
    }

    private static final String PAGE = "<html><head><title>Port strike ends</title></head><body><article><h1>Port strike "
            + "ends</h1><p>Dock workers in Rotterdam returned to work on Monday after the union accepted the offer, ending "
            + "a strike that had held up shipping for two weeks.</p></article></body></html>";

    private static LedeProcess.Run withClassLog(String... args) throws Exception {
        Process process = LedeProcess.start(work, Map.of(), List.of("-verbose:class"), args);
        process.getOutputStream().close();
        return LedeProcess.finish(process);
    }

    /** How often the JVM's class log says it loaded the class. */
    private static long loads(String classLog, String className) {
        return classLog.lines().filter(line -> line.contains(" " + className + " source:")).count();
    }
}
