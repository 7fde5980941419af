package dev.lede.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Article;
import dev.lede.Name;
import dev.lede.NameType;
import dev.lede.TestData;
import dev.lede.internal.parse.ScrapedTextParser;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class RuleBasedNameExtractorTest {
    private static final RuleBasedNameExtractor EXTRACTOR = new RuleBasedNameExtractor();

    private static Set<String> names(List<Name> names, NameType type) {
        return names.stream().filter(n -> n.type() == type).map(Name::text).collect(Collectors.toSet());
    }

    @Test
    void seedNamesArePeopleOrganisationsAndPlaces() throws Exception {
        Article seed = ScrapedTextParser.parse(Files.readString(TestData.seed()));
        List<Name> names = EXTRACTOR.extract(seed.title(), seed.body());
        assertEquals(Set.of("Antony Blinken", "Benny Gantz", "Yair Lapid", "Benjamin Netanyahu", "Joe Biden"),
                names(names, NameType.PERSON));
        assertEquals(Set.of("Hamas", "State Department"), names(names, NameType.ORGANIZATION));
        assertEquals(Set.of("Israel", "Gaza", "Jordan", "United States"), names(names, NameType.PLACE));
    }

    @Test
    void surnamesAndPossessivesJoinTheFullName() {
        List<Name> names = EXTRACTOR.extract("", "Finance Minister Ruth Adler met bankers in Frankfurt. "
                + "Adler’s plan was criticised. Later, Adler's aides denied it. Despite that, Mr. Adler stayed on Monday.");
        assertEquals(List.of(new Name("Ruth Adler", NameType.PERSON), new Name("Frankfurt", NameType.PLACE)), names);
    }

    @Test
    void sentenceStartersDaysAndLoneTitlesAreNotNames() {
        List<Name> names = EXTRACTOR.extract("", "During Tuesday’s session, the Prime Minister spoke. While in March "
                + "the Secretary of State said nothing. Despite this, Following that, nothing happened.");
        assertEquals(List.of(), names);
    }

    @Test
    void organisationSuffixesAndKnownAcronymsAreOrganisations() {
        List<Name> names = EXTRACTOR.extract("", "Officials at the European Central Bank and the Harbour Workers Union "
                + "met NATO envoys in Brussels.");
        assertTrue(names.contains(new Name("European Central Bank", NameType.ORGANIZATION)), names.toString());
        assertTrue(names.contains(new Name("Harbour Workers Union", NameType.ORGANIZATION)), names.toString());
        assertTrue(names.contains(new Name("NATO", NameType.ORGANIZATION)), names.toString());
        assertTrue(names.contains(new Name("Brussels", NameType.PLACE)), names.toString());
    }

    @Property
    void neverThrowsOnArbitraryText(@ForAll String title, @ForAll String body) {
        EXTRACTOR.extract(title, body);
    }
}
