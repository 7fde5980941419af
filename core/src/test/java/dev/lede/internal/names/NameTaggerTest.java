package dev.lede.internal.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.NameMentions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statistical tagger: trains, keeps what it learnt through writing and reading, and the bundled model works. */
class NameTaggerTest {
    private static final Gazetteer LISTS = Gazetteer.load();
    private static final TrainedNameExtractor TAGGER = TrainedNameExtractor.bundled(TrainedNameExtractor.Policy.MODEL);

    private static NameTagger.Labelled sentence(String words, String tags) {
        String[] tagged = tags.split(" ");
        int[] ids = new int[tagged.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = List.of(NameTagger.TAGS).indexOf(tagged[i]);
        }
        return new NameTagger.Labelled(words.split(" "), ids);
    }

    private static List<List<NameTagger.Labelled>> corpus() {
        List<List<NameTagger.Labelled>> articles = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            articles.add(List.of(
                    sentence("Quentin Harrow visited Belvoria on Monday .", "B-PER I-PER O B-LOC O O O"),
                    sentence("He met Zephyr Mining officials in Belvoria .", "O O B-ORG I-ORG O O B-LOC O"),
                    sentence("Harrow said Zephyr Mining would stay .", "B-PER O B-ORG I-ORG O O O")));
        }
        return articles;
    }

    @Test
    void learnsItsTrainingDataAndReadsBackTheSame() throws Exception {
        NameTagger tagger = NameTagger.train(corpus(), new NameTagger.Options(true, true), LISTS, 5, 1, null);
        List<String[]> article = corpus().get(0).stream().map(NameTagger.Labelled::words).toList();
        int[][] tags = tagger.tag(article);
        for (int s = 0; s < tags.length; s++) {
            assertArrayEquals(corpus().get(0).get(s).tags(), tags[s]);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        NameTagger read = NameTagger.read(new ByteArrayInputStream(bytes.toByteArray()), LISTS);
        assertEquals(tagger.features(), read.features());
        assertEquals(tagger.options(), read.options());
        int[][] again = read.tag(article);
        for (int s = 0; s < tags.length; s++) {
            assertArrayEquals(tags[s], again[s]);
        }
    }

    @Test
    void aBeamKeepsBothReadingsOfANameUntilAWordBeyondTheWindowSettlesIt() throws Exception {
        // Three made-up words, then "Holdings" (a company) or "said" (a person): the word that decides is
        // three words after the first, beyond the two the features see, so only a tagging of the whole
        // sentence, trained as it decodes, gets both right.
        String[] letters = {"Ka", "Lu", "Mo", "Ne", "Po", "Ri", "Su", "Te", "Vo", "Wa", "Xe", "Yo"};
        List<List<NameTagger.Labelled>> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = letters[i % 12] + "bor " + letters[(i / 3) % 12] + "vin " + letters[(i * 7 + 5) % 12] + "dak";
            articles.add(List.of(i % 2 == 0 ? sentence(name + " Holdings rose .", "B-ORG I-ORG I-ORG I-ORG O O")
                    : sentence(name + " said so .", "B-PER I-PER I-PER O O O")));
        }
        NameTagger.Options beam = new NameTagger.Options(false, false, false, 4, true);
        NameTagger tagger = NameTagger.train(articles, beam, LISTS, 10, 5, null);
        assertArrayEquals(new int[] {3, 4, 4, 4, 0, 0}, tagger.tag(List.<String[]>of("Qabor Zivin Hudak Holdings rose .".split(" ")))[0]);
        assertArrayEquals(new int[] {1, 2, 2, 0, 0, 0}, tagger.tag(List.<String[]>of("Qabor Zivin Hudak said so .".split(" ")))[0]);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        assertEquals(beam, NameTagger.read(new ByteArrayInputStream(bytes.toByteArray()), LISTS).options());
        // Word by word, the first word's tag is settled before "Holdings" is seen.
        NameTagger wordByWord = NameTagger.train(articles, new NameTagger.Options(false, false, false), LISTS, 10, 5, null);
        assertFalse(java.util.Arrays.equals(new int[] {3, 4, 4, 4, 0, 0},
                wordByWord.tag(List.<String[]>of("Qabor Zivin Hudak Holdings rose .".split(" ")))[0])
                && java.util.Arrays.equals(new int[] {1, 2, 2, 0, 0, 0},
                        wordByWord.tag(List.<String[]>of("Qabor Zivin Hudak said so .".split(" ")))[0]));
    }

    @Test
    void anotherUseOfAWordInTheArticleTellsItsType() throws Exception {
        // A lone first mention reads the same for a company and a person; only the article's later
        // "Holdings" or "Mr" tells them apart.
        List<List<NameTagger.Labelled>> articles = new ArrayList<>();
        String[] companies = {"Zorblat", "Quarnex", "Vellip", "Trudox", "Minvar", "Oskelt", "Plimbo", "Rastiq"};
        String[] people = {"Quibble", "Farnash", "Dorrity", "Welkin", "Ambrose", "Tiller", "Hoskin", "Brannock"};
        for (int i = 0; i < companies.length; i++) {
            articles.add(List.of(sentence(companies[i] + " fell .", "B-ORG O O"),
                    sentence(companies[i] + " Holdings rose .", "B-ORG I-ORG O O")));
            articles.add(List.of(sentence(people[i] + " fell .", "B-PER O O"),
                    sentence("Mr " + people[i] + " rose .", "O B-PER O O")));
        }
        NameTagger tagger = NameTagger.train(articles, new NameTagger.Options(false, true, true), LISTS, 8, 3, null);
        assertEquals(NameTagger.TAGS[3], NameTagger.TAGS[tagger.tag(List.of("Kelvane fell .".split(" "),
                "Kelvane Holdings rose .".split(" ")))[0][0]]);
        assertEquals(NameTagger.TAGS[1], NameTagger.TAGS[tagger.tag(List.of("Kelvane fell .".split(" "),
                "Mr Kelvane rose .".split(" ")))[0][0]]);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        assertEquals(tagger.options(), NameTagger.read(new ByteArrayInputStream(bytes.toByteArray()), LISTS).options());
    }

    @Test
    void aWordTheLabelsNeverShowedTakesTheTypeOfTheWordsUsedLikeItInUnlabelledText() throws Exception {
        // Labelled, companies and people read the same ("X said ."); only unlabelled text tells them apart:
        // companies follow "shares in", people "Mrs". "Vellip" and "Dorrity" are never labelled.
        String[] companies = {"Zorblat", "Quarnex", "Trudox", "Minvar", "Vellip"};
        String[] people = {"Quibble", "Farnash", "Welkin", "Hoskin", "Dorrity"};
        List<String[]> unlabelled = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (int k = 0; k < companies.length; k++) {
                unlabelled.add(("shares in " + companies[k] + " rose").split(" "));
                unlabelled.add(("Mrs " + people[k] + " smiled").split(" "));
            }
        }
        WordClusters clusters = WordClusters.build(unlabelled, 3, 1, 20);
        List<List<NameTagger.Labelled>> articles = new ArrayList<>();
        for (int k = 0; k < companies.length - 1; k++) {
            articles.add(List.of(sentence(companies[k] + " said .", "B-ORG O O")));
            articles.add(List.of(sentence(people[k] + " said .", "B-PER O O")));
        }
        NameTagger.Options withClasses = new NameTagger.Options(false, false, false, 1, true, true);
        NameTagger tagger = NameTagger.train(articles, withClasses, LISTS, clusters, 10, 7, null);
        assertEquals("B-ORG", NameTagger.TAGS[tagger.tag(List.<String[]>of("Vellip said .".split(" ")))[0][0]]);
        assertEquals("B-PER", NameTagger.TAGS[tagger.tag(List.<String[]>of("Dorrity said .".split(" ")))[0][0]]);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        NameTagger read = NameTagger.read(new ByteArrayInputStream(bytes.toByteArray()), LISTS);
        assertEquals(withClasses, read.options());
        assertEquals("B-ORG", NameTagger.TAGS[read.tag(List.<String[]>of("Vellip said .".split(" ")))[0][0]]);
        // Without the classes the two unseen words look alike.
        NameTagger without = NameTagger.train(articles, new NameTagger.Options(false, false, false, 1, true, false), LISTS,
                clusters, 10, 7, null);
        assertEquals(without.tag(List.<String[]>of("Vellip said .".split(" ")))[0][0],
                without.tag(List.<String[]>of("Dorrity said .".split(" ")))[0][0]);
    }

    @Test
    void mentionsKeepWhereTheyAreInTheTitleAndBody() {
        String title = "BLAIR VISITS FRANKFURT";
        String body = "Prime Minister Tony Blair met bankers in Frankfurt. Blair's talks went well.";
        for (NameExtractor extractor : List.of(TrainedNameExtractor.bundled(TrainedNameExtractor.Policy.MODEL_THEN_RULES),
                new RuleBasedNameExtractor(LISTS))) {
            for (NameMentions name : extractor.mentions(title, body)) {
                assertEquals(name.count(), name.positions().size(), name + " " + name.positions());
                for (dev.lede.NamePosition position : name.positions()) {
                    String written = position.in(title, body);
                    assertTrue(written.equalsIgnoreCase(name.name().text()) || name.aliases().stream().anyMatch(written::equalsIgnoreCase),
                            name + " at " + written);
                }
            }
            NameMentions blair = extractor.mentions(title, body).stream()
                    .filter(name -> name.name().text().equals("Tony Blair")).findFirst().orElseThrow();
            assertEquals(List.of(body.indexOf("Tony"), body.lastIndexOf("Blair")),
                    blair.positions().stream().filter(p -> !p.inTitle()).map(dev.lede.NamePosition::start).toList(), extractor.toString());
        }
    }

    @Test
    void aDayOrMonthAfterANameIsNotPartOfIt() {
        List<String> names = TAGGER.mentions("", "Lawmakers in the Knesset on Tuesday approved the budget. "
                + "Chilean Foreign Minister Jose Miguel Insulza Monday said he agreed.").stream().map(n -> n.name().text()).toList();
        assertTrue(names.stream().noneMatch(name -> name.endsWith("Tuesday") || name.endsWith("Monday")), names.toString());
    }

    @Test
    void theSameDataGivesTheSameModel() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        NameTagger.train(corpus(), NameModelTrainer.SHIPPED, LISTS, 3, 7, null).write(first);
        NameTagger.train(corpus(), NameModelTrainer.SHIPPED, LISTS, 3, 7, null).write(second);
        assertArrayEquals(first.toByteArray(), second.toByteArray());
    }

    @Test
    void theBundledModelFindsPeopleOrganisationsAndPlacesAndLinksSurnames() {
        List<String> names = tagged("", "Prime Minister Tony Blair met bankers from Barclays in Frankfurt on Monday. "
                + "Blair said the talks went well.");
        assertTrue(names.contains("person:Tony Blair x2 [Blair]"), names.toString());
        assertTrue(names.contains("organization:Barclays x1 []"), names.toString());
        assertTrue(names.contains("place:Frankfurt x1 []"), names.toString());
    }

    @Test
    void aTitleCaseHeadlineIsNotReadAsARunOfNames() {
        assertEquals(List.of("place:Berlin x1 []"), tagged("Envoy Returns Home After Long Talks", "The envoy returned to Berlin on Friday."));
        // Its names the word lists know, or the body has too, are kept: London, not a run such as "Varnholm To".
        assertEquals(List.of("place:London x1 []"), tagged("Talks Move From Varnholm To London",
                "The talks will continue next week, officials said."));
    }

    @Test
    void aTitleBeforeASurnameIsNotPartOfTheNameAndCapitalsInTheHeadlineTakeTheBodysSpelling() {
        List<String> names = tagged("IAAF launches fight against doping", "The IAAF said it would act. "
                + "Former WorldCom boss Scott Sullivan was convicted on Tuesday. Mr Sullivan told the jury he did not know.");
        assertTrue(names.contains("person:Scott Sullivan x2 [Sullivan]"), names.toString());
        assertTrue(names.stream().noneMatch(name -> name.contains("Mr ") || name.contains("Iaaf")), names.toString());
    }

    @Test
    void aLastWordSuchAsBankOrBridgeDoesNotRetypeAKnownPlaceOrAPersonWithAGivenName() {
        List<String> names = tagged("", "Chelsea left-back Wayne Bridge has been ruled out for the rest of the season. "
                + "Troops left the West Bank on Monday.");
        assertTrue(names.contains("person:Wayne Bridge x1 []"), names.toString());
        assertTrue(names.contains("place:West Bank x1 []"), names.toString());
        List<String> party = tagged("", "Forty Labour MPs voted against the bill on Tuesday.");
        assertTrue(party.stream().anyMatch(name -> name.startsWith("organization:Labour")) && party.stream().noneMatch(name -> name.contains("MPs")),
                party.toString());
    }

    @Test
    void theTaggerWithTheRulesAddsOnlyTheNamesTheWordListsKnow() throws Exception {
        TrainedNameExtractor tagger = TAGGER;
        TrainedNameExtractor combined = TrainedNameExtractor.bundled(TrainedNameExtractor.Policy.MODEL_THEN_RULES);
        // Over the sample's articles the rules find names of their own, but only the known ones are added.
        int added = 0;
        for (java.nio.file.Path file : java.nio.file.Files.newDirectoryStream(dev.lede.TestData.root().resolve("corpus/articles"))) {
            dev.lede.Article article = dev.lede.Lede.parse(file).articles().get(0).article();
            java.util.Set<dev.lede.Name> byTagger = new java.util.HashSet<>(tagger.extract(article.title(), article.body()));
            for (dev.lede.Name name : combined.extract(article.title(), article.body())) {
                if (!byTagger.contains(name)) {
                    added++;
                    assertTrue(LISTS.places.containsKey(name.text()) || LISTS.organizations.containsKey(name.text()), name + " in " + file);
                }
            }
        }
        assertTrue(added > 0);
    }

    @Test
    void theVersionArticlesKeepNamesThePolicyAndTheModel() {
        String version = TrainedNameExtractor.bundled(TrainedNameExtractor.Policy.MODEL).version();
        assertEquals(version, TrainedNameExtractor.bundled(TrainedNameExtractor.Policy.MODEL).version());
        assertTrue(version.matches("TrainedNameExtractor MODEL [0-9a-f]+"), version);
        assertFalse(version.equals(TrainedNameExtractor.bundled(TrainedNameExtractor.Policy.MODEL_THEN_RULES).version()));
    }

    /** The bundled tagger's names, each described as "type:name xcount [aliases]". */
    private static List<String> tagged(String title, String body) {
        return TAGGER.mentions(title, body).stream().map(NameTaggerTest::describe).toList();
    }

    private static String describe(NameMentions name) {
        return name.name().type().label() + ":" + name.name().text() + " x" + name.count() + " " + name.aliases();
    }
}
