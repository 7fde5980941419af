package dev.lede.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lede.LedeException;
import dev.lede.Name;
import dev.lede.NameMentions;
import dev.lede.NameScores;
import dev.lede.NameType;
import dev.lede.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link NameEvaluation} on CoNLL-2003 files: names per article and mentions, per type, MISC ignored. */
class ConllEvaluationTest {
    private static final String ARTICLE = """
            -DOCSTART- -X- O O

            BLAIR NNP I-NP I-PER
            IN IN I-PP O
            PARIS NNP I-NP I-LOC

            Tony NNP I-NP I-PER
            Blair NNP I-NP I-PER
            met VBD I-VP O
            German JJ I-NP I-MISC
            officials NNS I-NP O
            in IN I-PP O
            Paris NNP I-NP I-LOC
            . . O O

            Blair NNP I-NP I-PER
            said VBD I-VP O
            the DT I-NP O
            U.S. NNP I-NP I-LOC
            and CC O O
            Shell NNP I-NP I-ORG
            Oil NNP I-NP I-ORG
            would MD I-VP O
            help VB I-VP O
            . . O O
            """;

    /** Gives fixed names whatever the text. */
    private record Fixed(List<NameMentions> names) implements NameExtractor {
        @Override
        public List<NameMentions> mentions(String title, String body) {
            return names;
        }
    }

    private static NameMentions name(String text, NameType type, String... aliases) {
        return new NameMentions(new Name(text, type), 1, List.of(aliases));
    }

    @Test
    void mentionsWithPositionsAreScoredWhereTheyAreNotWhereverTheirFormsOccur(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("eng.testa");
        Files.writeString(file, ARTICLE);
        String body = "Tony Blair met German officials in Paris.\nBlair said the U.S. and Shell Oil would help.\n";
        int paris = body.indexOf("Paris");
        // Paris placed once (the body's), not in the headline; "Tony" alone is a mention off the labelled words.
        NameScores scores = NameEvaluation.score(file, new Fixed(List.of(
                new NameMentions(new Name("Paris", NameType.PLACE), 1, List.of(),
                        List.of(new dev.lede.NamePosition(false, paris, paris + 5))),
                new NameMentions(new Name("Tony", NameType.PERSON), 1, List.of(),
                        List.of(new dev.lede.NamePosition(false, 0, 4))))));
        assertEquals(new NameScores.Counts(1, 0, 2), scores.mentionsByType().get(NameType.PLACE)); // PARIS, U.S. missed
        assertEquals(new NameScores.Counts(0, 1, 3), scores.mentionsByType().get(NameType.PERSON));
    }

    @Test
    void namesPerArticleAndMentionsAreScoredPerType(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("eng.testa");
        Files.writeString(file, ARTICLE);
        // Right: Tony Blair (by any form), Paris. Wrong type: U.S. as an organisation. Missed: Shell Oil.
        NameScores scores = NameEvaluation.score(file, new Fixed(List.of(
                name("Tony Blair", NameType.PERSON, "Blair"), name("Paris", NameType.PLACE),
                name("United States", NameType.ORGANIZATION, "U.S."))));
        assertEquals(1, scores.articles());
        assertEquals(new NameScores.Counts(1, 0, 0), scores.byType().get(NameType.PERSON));
        assertEquals(new NameScores.Counts(1, 0, 1), scores.byType().get(NameType.PLACE));
        assertEquals(new NameScores.Counts(0, 1, 1), scores.byType().get(NameType.ORGANIZATION));
        assertEquals(new NameScores.Counts(2, 1, 2), scores.overall());
        // Mentions: BLAIR (headline), Tony Blair, Blair; PARIS, Paris; U.S. with the wrong type; Shell Oil missed.
        assertEquals(new NameScores.Counts(3, 0, 0), scores.mentionsByType().get(NameType.PERSON));
        assertEquals(new NameScores.Counts(2, 0, 1), scores.mentionsByType().get(NameType.PLACE));
        assertEquals(new NameScores.Counts(0, 1, 1), scores.mentionsByType().get(NameType.ORGANIZATION));
        assertEquals(new NameScores.Counts(5, 1, 2), scores.mentionsOverall());
    }

    @Test
    void namesTheLabelsCallMiscCountAsWrongAndMiscLabelsAreNotMissed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("eng.testa");
        Files.writeString(file, ARTICLE);
        NameScores scores = NameEvaluation.score(file, new Fixed(List.of(name("German", NameType.PLACE))));
        // "German" (MISC) is wrong as a place; PARIS, Paris and U.S. are missed, and no MISC label is.
        assertEquals(new NameScores.Counts(0, 1, 3), scores.mentionsByType().get(NameType.PLACE));
        assertEquals(new NameScores.Counts(0, 1, 2), scores.byType().get(NameType.PLACE));
        assertEquals(new NameScores.Counts(0, 1, 7), scores.mentionsOverall());
    }

    @Test
    void touchingNamesOfOneTypeAreApartWhereIob1SaysB(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("touching.conll");
        Files.writeString(file, "-DOCSTART- -X- O O\n\nItaly NNP I-NP I-LOC\nSpain NNP I-NP B-LOC\nwon VBD I-VP O\n");
        NameScores scores = NameEvaluation.score(file, new Fixed(List.of(name("Italy", NameType.PLACE), name("Spain", NameType.PLACE))));
        assertEquals(new NameScores.Counts(2, 0, 0), scores.mentionsByType().get(NameType.PLACE));
    }

    @Test
    void aFileThatIsNotConllIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.conll");
        Files.writeString(file, "-DOCSTART- -X- O O\n\nItaly NNP I-NP I-LOC\nSpain\n");
        LedeException refused = assertThrows(LedeException.class, () -> NameEvaluation.score(file, new Fixed(List.of())));
        assertEquals(file + ":4: not a CoNLL line (word, then a name tag such as I-PER or O, last).", refused.getMessage());
    }

    @Test
    void ledesOwnLabelsHaveNoMentionScores() throws Exception {
        NameScores scores = NameEvaluation.score(TestData.root().resolve("names/gold-seed.jsonl"), new RuleBasedNameExtractor());
        assertNull(scores.mentionsOverall());
    }
}
