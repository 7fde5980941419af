package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede names --eval} on a CoNLL-2003 file, run as a real process. */
class NamesConllEvalCliTest {
    @TempDir
    Path work;

    @Test
    void aConllFileIsScoredPerArticleAndPerMention() throws Exception {
        Path file = work.resolve("eng.testa");
        Files.writeString(file, """
                -DOCSTART- -X- O O

                Talks NNS I-NP O
                in IN I-PP O
                Berlin NNP I-NP I-LOC
                . . O O
                """);
        LedeProcess.Run run = LedeProcess.run(work, "names", "--eval", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Names in 1 labelled articles"), run.out());
        assertTrue(run.out().matches("(?s).*\nMentions \\(exact words and type, as conlleval; MISC labels ignored\\):\n.*"
                + "\n  place +1\\.000 +1\\.000 +1\\.000 +1 +0 +0\n.*"), run.out());
    }

    @Test
    void aBrokenConllFileIsAUsageErrorNamingTheLine() throws Exception {
        Path file = work.resolve("broken.conll");
        Files.writeString(file, "-DOCSTART- -X- O O\n\nBerlin NNP I-NP I-LOC\nnonsense\n");
        LedeProcess.Run run = LedeProcess.run(work, "names", "--eval", file.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(file + ":4: not a CoNLL line"), run.err());
    }
}
