package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede eval} on TREC XML topics expands no entity and reads nothing their doctype names. */
class TrecTopicsCliTest {
    @TempDir
    Path work;

    @Test
    void evalOnTopicsWithExternalEntitiesAndBillionLaughsShowsNoSecretAndFetchesNothing() throws Exception {
        Path index = work.resolve("index");
        assertEquals(0, LedeProcess.indexSample(work, index).exitCode());
        Path secret = Files.writeString(work.resolve("secret.txt"), "SECRET-7f3a9");
        StringBuilder laughs = new StringBuilder("  <!ENTITY lol \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            laughs.append("  <!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level == 1 ? "" : level - 1) + ";").repeat(10)).append("\">\n");
        }
        try (CountingServer server = new CountingServer()) {
            String at = server.address();
            Path topics = Files.writeString(work.resolve("topics.xml"), "<?xml version=\"1.0\"?>\n"
                    + "<!DOCTYPE topics SYSTEM \"" + at + "/topics.dtd\" [\n"
                    + "  <!ENTITY secret SYSTEM \"" + secret.toUri() + "\">\n"
                    + "  <!ENTITY passwd SYSTEM \"file:///etc/passwd\">\n"
                    + "  <!ENTITY % remote SYSTEM \"" + at + "/remote.dtd\">\n  %remote;\n"
                    + laughs + "]>\n<topics>\n"
                    + "<top>\n<num> Number: 401 </num>\n<title> ceasefire &secret; </title>\n</top>\n"
                    + "<top>\n<num> Number: 402 </num>\n<title> &passwd; </title>\n</top>\n"
                    + "<top>\n<num> Number: 403 </num>\n<title> hostages &lol9; </title>\n</top>\n</topics>\n");
            Path qrels = Files.writeString(work.resolve("qrels.txt"), "401 0 none-1 1\n402 0 none-2 1\n403 0 none-3 1\n");

            LedeProcess.Run run = LedeProcess.run(work, "eval", "--index", index.toString(), "--topics", topics.toString(),
                    "--qrels", qrels.toString());

            String said = run.out() + run.err();
            assertFalse(said.contains("SECRET-7f3a9"), said);
            assertFalse(said.contains("root:"), said);
            assertFalse(said.contains("lollol"), said);
            if (run.exitCode() == 0) {
                assertEquals("", run.err());
                for (String query : new String[] {"ceasefire &secret;", "&passwd;", "hostages &lol9;"}) {
                    assertTrue(run.out().contains(query), "topic read as written: " + query + " in\n" + run.out());
                }
            } else if (run.exitCode() == 2) {
                assertEquals(1, run.err().lines().count(), run.err());
                assertTrue(run.err().startsWith("lede: ") && !run.err().contains("Exception"), run.err());
            } else {
                fail("exit " + run.exitCode() + ": " + said);
            }
            assertEquals(0, server.connections(), "connections to the addresses the doctype names");
        }
    }
}
