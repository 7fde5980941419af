package dev.lede.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lede.InvalidQueryException;
import dev.lede.Snippet;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTranslationTest {
    @Test
    void plainWordsAndExclusionsStayInTheScoredQuery() {
        assertEquals(new QueryTranslation("ceasefire hostages -Egypt", List.of()), QueryTranslation.of("ceasefire hostages -Egypt"));
    }

    @Test
    void aQueryOfExclusionsAloneMatchesEverythingElse() {
        assertEquals("*:* -Egypt", QueryTranslation.of("-Egypt").query());
    }

    @Test
    void aPhraseSearchesHeadlineTextAndNamesWithLedesWeights() {
        assertEquals("(title:\"Benny Gantz\"^2 OR words:\"Benny Gantz\" OR names:\"Benny Gantz\"^1.5)",
                QueryTranslation.of("\"Benny Gantz\"").query());
    }

    @Test
    void fieldClausesAmongWordsAreAlternativesAsInLedesSyntax() {
        assertEquals(new QueryTranslation("ceasefire names_person:\"Gantz\"", List.of()), QueryTranslation.of("ceasefire person:Gantz"));
    }

    @Test
    void excludedFieldClausesAreFiltersAndRequiredOnesAmongWordsAreScored() {
        assertEquals(new QueryTranslation("ceasefire +names_person:\"Benny Gantz\"", List.of("-source:aljazeera.com")),
                QueryTranslation.of("ceasefire +person:\"Benny Gantz\" -source:www.aljazeera.com"));
    }

    @Test
    void aQueryOfFieldClausesAloneIsOneFilterOfAlternatives() {
        assertEquals(new QueryTranslation("*:*",
                List.of("(names:\"Hamas\") OR (published:[20240101 TO 20241231])"), "title:\"Hamas\"^2 words:\"Hamas\""), QueryTranslation.of("name:Hamas date:2024"));
    }

    @Test
    void besideARequiredFieldClauseTheOthersOnlyScore() {
        assertEquals(new QueryTranslation("*:*", List.of("names_person:\"Gantz\""), "title:\"Gantz\"^2 words:\"Gantz\""),
                QueryTranslation.of("+person:Gantz date:2024"));
    }

    @Test
    void aQueryOfNamesAloneIsRankedByTheNamesAndAPersonsSurname() {
        assertEquals(new QueryTranslation("*:*",
                List.of("names_person:\"Jose Mourinho\"", "-names_place:\"London\""),
                "title:\"Jose Mourinho\"^2 words:\"Jose Mourinho\" title:\"Mourinho\"^2 words:\"Mourinho\""),
                QueryTranslation.of("+person:\"Jose Mourinho\" -place:London"));
        assertEquals(false, QueryTranslation.of("ceasefire person:Gantz").byMentions());
        assertEquals(false, QueryTranslation.of("-person:Gantz").byMentions());
    }

    @Test
    void sourcesMayBePatternsAsLocally() {
        assertEquals(List.of("source:bbc*"), QueryTranslation.of("source:www.BBC*").filters());
        assertEquals(List.of("-source:*.co.uk"), QueryTranslation.of("ceasefire -source:*.co.uk").filters());
        assertEquals(List.of("source:bbc.co.?k"), QueryTranslation.of("source:bbc.co.?k").filters());
        InvalidQueryException near = assertThrows(InvalidQueryException.class, () -> QueryTranslation.of("source:bbc~"));
        assertEquals("Near spellings (~) work on words, not on sources; write source:aljazeera.com or source:aljazeera*.",
                near.getMessage());
    }

    @Test
    void datesAreDaysMonthsYearsOrRanges() {
        assertEquals(List.of("published:[20240201 TO 20240229]"), QueryTranslation.of("date:2024-02").filters());
        assertEquals(List.of("published:[20240101 TO *]"), QueryTranslation.of("date:[2024-01-01 TO *]").filters());
        assertEquals(List.of("published:[20240611 TO 20240611]"), QueryTranslation.of("date:2024-06-11").filters());
    }

    @Test
    void withOperatorsEveryClauseStaysInTheScoredQuery() {
        assertEquals(new QueryTranslation("hostages AND names_place:\"Qatar\"", List.of()), QueryTranslation.of("hostages AND place:Qatar"));
    }

    @Test
    void badInputIsRefusedInOneSentence() {
        InvalidQueryException unknown = assertThrows(InvalidQueryException.class, () -> QueryTranslation.of("colour:red"));
        assertEquals("Unknown field colour:; use title:, body:, name:, person:, organization:, place:, source:, date: or id:.",
                unknown.getMessage());
        assertThrows(InvalidQueryException.class, () -> QueryTranslation.of("date:June"));
        assertThrows(InvalidQueryException.class, () -> QueryTranslation.of("\"open quote"));
    }

    @Test
    void solrsMarksBecomeHighlightSpans() {
        Snippet snippet = SolrLede.snippet("a \u0002ceasefire\u0003 for \u0002hostages\u0003.");
        assertEquals("a ceasefire for hostages.", snippet.text());
        assertEquals(List.of(new Snippet.Span(2, 11), new Snippet.Span(16, 24)), snippet.highlights());
    }
}
