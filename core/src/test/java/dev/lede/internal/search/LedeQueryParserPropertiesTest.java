package dev.lede.internal.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.InvalidQueryException;
import dev.lede.internal.index.LedeAnalyzer;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LedeQueryParserPropertiesTest {
    /** Lucene's own wording names its classes (WildcardQuery, TokenMgrError) or counts columns its own way. */
    private static final Pattern LUCENE_WORDING = Pattern.compile("[A-Z][a-z]+(Query|Exception|Error)\\b|names_|\\bcolumn\\b|Cannot parse");

    @Property(tries = 2000)
    void parsingEitherGivesAQueryOrRefusesInOnePlainLine(@ForAll("queries") String query) {
        try {
            LedeQueryParser.parse(query, new LedeAnalyzer());
        } catch (InvalidQueryException refused) {
            String message = refused.getMessage();
            assertFalse(message.isBlank());
            assertTrue(message.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'), message);
            assertFalse(LUCENE_WORDING.matcher(message).find(), message);
            assertTrue(message.length() < 300, message);
        }
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> syntax = Arbitraries.of("\"", "(", ")", ":", "-", "+", "*", "?", "~", "~2", "^", "^0.5", "[", "]", "{", "}",
                "TO", "AND", "OR", "NOT", "title:", "person:", "place:", "org:", "source:", "date:", "id:", "http://", "www.",
                "/", "\\", "!", "&&", "||", " ", "\n", "\t", "\u2028", "\u0000", "gaza", "the", "2024-06", "Alex Ferguson", "“", "”",
                "a".repeat(40), "*foo", "?", "é");
        Arbitrary<String> mixed = syntax.list().ofMaxSize(16).map(parts -> String.join("", parts));
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200), Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(60), mixed);
    }
}
