package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede names} and name facets, run as a real process. */
class NamesCliTest {
    private static final String SEED = LedeProcess.TESTDATA.resolve("seed/article-gaza-ceasefire.txt").toString();

    @TempDir
    static Path work;
    static String index;

    @BeforeAll
    static void indexTheSample() throws Exception {
        index = work.resolve("index").toString();
        LedeProcess.Run run = LedeProcess.indexSample(work, Path.of(index));
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void seedNamesAreExactlyThePeopleOrganisationsAndPlacesItNames() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "names", "--json", SEED);
        assertEquals(0, run.exitCode(), run.err());
        Set<String> names = new HashSet<>();
        for (JsonNode name : new ObjectMapper().readTree(run.out()).get("names")) {
            names.add(name.get("type").asText() + ":" + name.get("name").asText());
            assertTrue(name.get("mentions").asInt() >= 1);
            assertTrue(name.get("aliases").isArray());
        }
        assertEquals(Set.of("person:Antony Blinken", "person:Benny Gantz", "person:Yair Lapid", "person:Benjamin Netanyahu",
                "person:Joe Biden", "organization:Hamas", "organization:State Department", "place:Israel", "place:Gaza",
                "place:Jordan", "place:United States"), names);
    }

    @Test
    void namesOfAnArticleShowCountsAndOtherForms() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "names", SEED);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*Antony Blinken +6 +also: Blinken\n.*"), run.out());
        assertTrue(run.out().matches("(?s).*United States +\\d+ +also: US\n.*"), run.out());
    }

    @Test
    void mentionsKeepTheirPlacesAndShowInContext(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("talks.txt");
        String body = "Prime Minister Tony Blair met bankers in Frankfurt on Monday. Blair said the talks went well.";
        java.nio.file.Files.writeString(article, "Bankers meet\n\n" + body + "\n");
        LedeProcess.Run json = LedeProcess.run(work, "names", "--json", article.toString());
        assertEquals(0, json.exitCode(), json.err());
        JsonNode blair = null;
        for (JsonNode name : new ObjectMapper().readTree(json.out()).get("names")) {
            if (name.get("name").asText().equals("Tony Blair")) {
                blair = name;
            }
        }
        assertTrue(blair != null, json.out());
        assertEquals(2, blair.get("positions").size(), json.out());
        JsonNode first = blair.get("positions").get(0);
        assertEquals("body", first.get("in").asText());
        assertEquals(body.indexOf("Tony Blair"), first.get("start").asInt());
        assertEquals(body.indexOf("Tony Blair") + "Tony Blair".length(), first.get("end").asInt());
        LedeProcess.Run text = LedeProcess.run(work, "names", "--context", article.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("body:  Prime Minister [Tony Blair] met bankers in Frankfurt"), text.out());
        assertTrue(text.out().contains("body:  ...met bankers in Frankfurt on Monday. [Blair] said the talks went well."), text.out());
        LedeProcess.Run misuse = LedeProcess.run(work, "names", "--context", "--top");
        assertEquals(2, misuse.exitCode(), misuse.out());
        assertTrue(misuse.err().contains("--context"), misuse.err());
    }

    @Test
    void evaluationPrintsTheTable() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "names", "--eval", LedeProcess.TESTDATA.resolve("names").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Names in 61 labelled articles"), run.out());
        assertTrue(run.out().matches("(?s).*\n  overall +0\\.9\\d\\d +0\\.[89]\\d\\d .*"), run.out());
    }

    @Test
    void topAndWithCountArticlesInTheIndex() throws Exception {
        LedeProcess.Run top = LedeProcess.run(work, "names", "--index", index, "--top", "--type", "person", "--json");
        assertEquals(0, top.exitCode(), top.err());
        JsonNode people = new ObjectMapper().readTree(top.out()).get("person");
        assertEquals(10, people.size());
        assertTrue(people.get(0).get("articles").asInt() >= people.get(9).get("articles").asInt());

        LedeProcess.Run with = LedeProcess.run(work, "names", "--index", index, "--with", "Benny Gantz");
        assertEquals(0, with.exitCode(), with.err());
        assertTrue(with.out().matches("(?s)\\d+ articles name Benny Gantz\\. Names that appear beside it:\n.*Yair Lapid.*"), with.out());
        assertTrue(!with.out().contains("  Benny Gantz "), "the name itself is not listed beside itself");
    }

    @Test
    void anAcronymIsTheNameItSpellsOut(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("ukip.txt");
        java.nio.file.Files.writeString(article, "Party gains seat\n\nThe UK Independence Party won a seat on Thursday. "
                + "UKIP leader Roger Knapman said the Securities and Exchange Commission had nothing to do with it, "
                + "and the SEC agreed.\n");
        LedeProcess.Run run = LedeProcess.run(work, "names", "--json", article.toString());
        assertEquals(0, run.exitCode(), run.err());
        Set<String> names = new HashSet<>();
        for (JsonNode name : new ObjectMapper().readTree(run.out()).get("names")) {
            names.add(name.get("type").asText() + ":" + name.get("name").asText() + " " + name.get("aliases"));
        }
        assertTrue(names.contains("organization:UK Independence Party [\"UKIP\"]"), names.toString());
        assertTrue(names.contains("organization:Securities and Exchange Commission [\"SEC\"]"), names.toString());
        assertTrue(names.stream().noneMatch(name -> name.contains(":UKIP") || name.contains(":SEC")), names.toString());
    }

    @Test
    void searchFiltersAndNamesBesideANameMatchNamesByTheSameRule(@TempDir Path dir) throws Exception {
        Path articles = dir.resolve("articles");
        java.nio.file.Files.createDirectories(articles);
        java.nio.file.Files.writeString(articles.resolve("one.txt"), "Chelsea win again\n\nChelsea manager Jose Mourinho "
                + "praised Frank Lampard on Saturday. Mourinho said Lampard was the best midfielder in London.\n");
        java.nio.file.Files.writeString(articles.resolve("two.txt"), "Transfer talk\n\nJose Mourinho denied talks with "
                + "Steven Gerrard on Monday. Mourinho said Gerrard would stay in Liverpool.\n");
        java.nio.file.Files.writeString(articles.resolve("three.txt"), "Rain in Paris\n\nIt rained in Paris on Monday.\n");
        String small = dir.resolve("index").toString();
        assertEquals(0, LedeProcess.run(work, "index", "--index", small, articles.toString()).exitCode());
        for (String asked : List.of("Mourinho", "Jose Mourinho", "mourinho")) {
            LedeProcess.Run search = LedeProcess.run(work, "search", "--index", small, "--json", "person:\"" + asked + "\"");
            assertEquals(0, search.exitCode(), search.err());
            assertEquals(2, new ObjectMapper().readTree(search.out()).get("total").asInt(), asked + ": " + search.out());
            LedeProcess.Run with = LedeProcess.run(work, "names", "--index", small, "--with", asked);
            assertEquals(0, with.exitCode(), with.err());
            assertTrue(with.out().startsWith("2 articles name " + asked + "."), with.out());
            assertTrue(with.out().contains("Frank Lampard") && with.out().contains("Steven Gerrard"), with.out());
            assertTrue(!with.out().contains("Jose Mourinho "), "the name asked for is not listed beside itself: " + with.out());
        }
        LedeProcess.Run none = LedeProcess.run(work, "names", "--index", small, "--with", "Mourinho Jose");
        assertTrue(none.out().startsWith("No article names"), none.out());
    }

    @Test
    void aUsersOwnNameFinderModelAddsTheNamesItFinds(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("article.txt");
        java.nio.file.Files.writeString(article, "Envoy Returns\n\nOfficials met Quill Varnado in Berlin on Monday. "
                + "Quill Varnado declined to comment.\n");
        String model = LedeProcess.TESTDATA.resolve("names/tiny-person-model.bin").toString();

        LedeProcess.Run rulesOnly = LedeProcess.run(work, "names", "--json", article.toString());
        assertTrue(!rulesOnly.out().contains("Quill Varnado"), rulesOnly.out());
        LedeProcess.Run withModel = LedeProcess.run(work, "names", "--json", "--name-model", model, article.toString());
        assertEquals(0, withModel.exitCode(), withModel.err());
        assertEquals("", withModel.err(), "no logging noise from OpenNLP");
        assertTrue(withModel.out().contains("{\"name\":\"Quill Varnado\",\"type\":\"person\",\"mentions\":2"), withModel.out());
        LedeProcess.Run fromEnvironment = LedeProcess.run(work, java.util.Map.of("LEDE_NAME_MODEL", model), "names", "--json",
                article.toString());
        assertTrue(fromEnvironment.out().contains("Quill Varnado"), fromEnvironment.out());

        LedeProcess.Run notAModel = LedeProcess.run(work, "names", "--name-model", article.toString(), article.toString());
        assertEquals(2, notAModel.exitCode());
        assertTrue(notAModel.err().startsWith("lede: " + article + " is not an OpenNLP name-finder model"), notAModel.err());
    }

    @Test
    void searchFacetsAndPersonFilters() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "search", "--index", index, "--facets", "--json", "person:Gantz");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.get("total").asInt() >= 3);
        for (JsonNode hit : json.get("hits")) {
            assertTrue(hit.get("names").toString().contains("Benny Gantz"), hit.get("title").asText());
        }
        JsonNode facets = json.get("facets");
        assertEquals("Benny Gantz", facets.get("person").get(0).get("name").asText());
        assertEquals(json.get("total").asInt(), facets.get("person").get(0).get("articles").asInt());
        assertTrue(facets.get("source").size() >= 1);
    }

    /** --tagger finds names with the trained tagger too: a club the word lists do not know is found and typed. */
    @Test
    void theTaggerFindsWhatTheRulesMiss(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("match.txt");
        java.nio.file.Files.writeString(article, "Blues win again\n\nChelsea beat Newcastle 4-0 at Stamford Bridge on Sunday."
                + " Chelsea manager Jose Mourinho said his players had been superb.\n");
        LedeProcess.Run rules = LedeProcess.run(work, "names", "--json", article.toString());
        LedeProcess.Run tagger = LedeProcess.run(work, "names", "--json", "--tagger", article.toString());
        assertEquals(0, tagger.exitCode(), tagger.err());
        assertFalse(rules.out().contains("\"Chelsea\""), rules.out());
        assertTrue(tagger.out().contains("{\"name\":\"Chelsea\",\"type\":\"organization\""), tagger.out());

        LedeProcess.Run both = LedeProcess.run(work, "names", "--tagger", "--name-model", article.toString(), article.toString());
        assertEquals(2, both.exitCode());
        assertEquals("lede: --tagger, --name-model and --no-names each choose how names are found; give one of them.\n", both.err());
    }

    /** A bulk load without names, and the names added by indexing the same file again without --no-names. */
    @Test
    void namesLeftOutOfABulkLoadAreAddedByIndexingAgain(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("match.txt");
        java.nio.file.Files.writeString(article, "Blues win again\n\nChelsea manager Jose Mourinho said his players had been superb.\n");
        String index = dir.resolve("index").toString();
        LedeProcess.Run bulk = LedeProcess.run(work, "index", "--no-names", "--index", index, article.toString());
        assertEquals(0, bulk.exitCode(), bulk.err());
        LedeProcess.Run none = LedeProcess.run(work, "search", "--json", "--index", index, "person:Mourinho");
        assertTrue(none.out().contains("\"total\":0"), none.out());
        LedeProcess.Run again = LedeProcess.run(work, "index", "--index", index, article.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("1 updated"), again.out());
        LedeProcess.Run named = LedeProcess.run(work, "search", "--json", "--index", index, "person:Mourinho");
        assertTrue(named.out().contains("\"total\":1"), named.out());
    }
}
