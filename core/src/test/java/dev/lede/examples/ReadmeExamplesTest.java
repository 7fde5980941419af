package dev.lede.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's builder and service examples are these classes, word for word; they use lede-core's API alone, and run. */
class ReadmeExamplesTest {
    private static final Path README = Path.of(System.getProperty("lede.testdata", "../testdata")).resolveSibling("README.md");
    private static final Path HERE = Path.of("src/test/java/dev/lede/examples");

    @TempDir
    Path temp;

    @Test
    void theReadmeShowsTheseClassesExactly() throws Exception {
        String readme = Files.readString(README);
        for (String example : List.of("ConfiguredSearch", "NewsService")) {
            String source = Files.readString(HERE.resolve(example + ".java")).replaceFirst("^package [^;]+;\\s*", "");
            Matcher block = Pattern.compile("```java\\n((?:(?!```).)*public class " + example + " .*?)```", Pattern.DOTALL).matcher(readme);
            assertTrue(block.find(), "README.md shows " + example);
            assertEquals(source, block.group(1), example + " in README.md and in " + HERE);
            for (String line : source.lines().filter(line -> line.startsWith("import ")).toList()) {
                assertTrue(line.startsWith("import dev.lede.*;") || line.startsWith("import java."), "lede-core's API alone: " + line);
            }
        }
    }

    @Test
    void theExamplesRun() throws Exception {
        ConfiguredSearch.main(new String[] {temp.resolve("news").toString()});
        NewsService.main(new String[] {temp.resolve("service").toString()});
        try (Lede lede = Lede.open(temp.resolve("service"))) {
            assertEquals(200, lede.size());
        }
    }
}
