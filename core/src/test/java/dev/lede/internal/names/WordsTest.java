package dev.lede.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words are split as the CoNLL-2003 news was, which the tagger learnt from. */
class WordsTest {
    private static List<String> words(String text) {
        return Words.of(text).stream().map(w -> w.text() + (w.sentenceEnd() ? "|" : "")).toList();
    }

    @Test
    void punctuationAndPossessivesStandApartAbbreviationsKeepTheirStop() {
        assertEquals(List.of("Blair", "'s", "U.S.", "visit", ",", "(", "Reuters", ")", "ended", ".|", "Mr.", "J.", "Smith",
                "paid", "$", "1,000.5", "to", "Al-Ahram", "'s", "staff", "!|"),
                words("Blair’s U.S. visit, (Reuters) ended. Mr. J. Smith paid $ 1,000.5 to Al-Ahram's staff!"));
    }

    @Test
    void wordsKnowWhereTheyAreInTheText() {
        String text = "“Milan’s” fans";
        for (Words.Word word : Words.of(text)) {
            assertEquals(word.text(), text.substring(word.start(), word.end()).replace('’', '\''));
        }
    }

    @Test
    void aLineEndsASentence() {
        assertEquals(List.of("LONDON|", "Talks", "began"), words("LONDON\nTalks began"));
    }

    @Test
    void statesAndMonthsAsAgenciesShortenThemKeepTheirStop() {
        assertEquals(List.of("San", "Jose", ",", "Calif.", ",", "on", "Sept.", "11", ".|"), words("San Jose, Calif., on Sept. 11."));
    }

    @Test
    void aCompanysStopEndingAParagraphEndsTheSentence() {
        assertEquals(List.of("Talks", "with", "Acme", "Corp", ".|", "Acme", "Corp.", "said", "so", ".|"),
                words("Talks with Acme Corp.\nAcme Corp. said so."));
    }
}
