package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command's --help reads well at 80 columns. */
class HelpCliTest {
    private static final List<String> COMMANDS = List.of("index", "search", "show", "similar", "names", "parse", "stats", "remove", "check", "eval");

    @Test
    void everyCommandSummaryIsOneWholeSentence(@TempDir Path work) throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "--help");
        assertEquals(0, run.exitCode(), run.err());
        List<String> summaries = new ArrayList<>();
        boolean inCommands = false;
        for (String line : run.out().split("\n")) {
            if (line.equals("Commands:")) {
                inCommands = true;
            } else if (inCommands && line.isBlank()) {
                break;
            } else if (inCommands && line.startsWith("            ")) {
                summaries.set(summaries.size() - 1, summaries.getLast() + " " + line.strip());
            } else if (inCommands) {
                summaries.add(line.strip());
            }
        }
        assertEquals(COMMANDS.size() + 1, summaries.size(), run.out());
        for (String summary : summaries) {
            assertTrue(summary.matches("\\w+ +[A-Z].*\\."), "a whole sentence: " + summary);
        }
    }

    @Test
    void everyCommandTellsTheVersionAsLedeDoes(@TempDir Path work) throws Exception {
        LedeProcess.Run lede = LedeProcess.run(work, "--version");
        assertEquals(0, lede.exitCode(), lede.err());
        assertTrue(lede.out().startsWith("lede "), lede.out());
        for (String command : COMMANDS) {
            for (String flag : List.of("-V", "--version")) {
                LedeProcess.Run run = LedeProcess.run(work, command, flag);
                assertEquals(0, run.exitCode(), run.err());
                assertEquals(lede.out(), run.out(), command + " " + flag);
            }
        }
    }

    @Test
    void helpFitsEightyColumnsAndKeepsPathsWhole(@TempDir Path work) throws Exception {
        for (String command : COMMANDS) {
            LedeProcess.Run run = LedeProcess.run(work, command, "--help");
            assertEquals(0, run.exitCode(), run.err());
            for (String line : run.out().split("\n")) {
                assertTrue(line.length() <= 80, command + ": longer than 80 columns: " + line);
                assertTrue(!line.strip().startsWith("/"), command + ": a path broken across lines: " + line);
            }
            if (run.out().contains("--index")) {
                assertTrue(run.out().contains("./lede-index"), command + ":\n" + run.out());
            }
            String description = run.out().lines().skip(1).filter(line -> !line.startsWith(" ")).findFirst().orElse("");
            assertTrue(description.endsWith("."), command + ": the summary is a sentence: " + description);
        }
    }
}
