package dev.lede.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Name;
import dev.lede.NameMentions;
import dev.lede.NamePosition;
import dev.lede.NameType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Acronyms join the names they spell out. */
class AcronymsTest {
    @Test
    void initialsSpellTheAcronymWithOrWithoutJoiningWords() {
        assertTrue(Acronyms.spells("UK Independence Party", "UKIP"));
        assertTrue(Acronyms.spells("Securities and Exchange Commission", "SEC"));
        assertTrue(Acronyms.spells("Federal Bureau of Investigation", "FBI"));
        assertTrue(Acronyms.spells("Organisation of Petroleum Exporting Countries", "OPEC"));
        assertFalse(Acronyms.spells("Bank of England", "BBC"));
        assertFalse(Acronyms.isAcronym("Ukip"));
    }

    @Test
    void anAcronymNameAndOneInTheTextJoinTheOrganisation() {
        String body = "The UK Independence Party won. UKIP leaders met the Securities and Exchange Commission; the SEC said no.";
        NameMentions ukip = new NameMentions(new Name("UK Independence Party", NameType.ORGANIZATION), 1, List.of(),
                List.of(new NamePosition(false, 4, 25)));
        NameMentions ukipAlone = new NameMentions(new Name("UKIP", NameType.PLACE), 1, List.of(),
                List.of(new NamePosition(false, body.indexOf("UKIP"), body.indexOf("UKIP") + 4)));
        int sec = body.indexOf("Securities");
        NameMentions commission = new NameMentions(new Name("Securities and Exchange Commission", NameType.ORGANIZATION), 1,
                List.of(), List.of(new NamePosition(false, sec, sec + 34)));
        List<NameMentions> linked = Acronyms.link("", body, List.of(ukip, ukipAlone, commission));
        assertEquals(2, linked.size(), linked.toString());
        assertEquals(new Name("UK Independence Party", NameType.ORGANIZATION), linked.get(0).name());
        assertEquals(List.of("UKIP"), linked.get(0).aliases());
        assertEquals(2, linked.get(0).count());
        assertEquals(List.of("SEC"), linked.get(1).aliases());
        assertEquals(body.indexOf("SEC"), linked.get(1).positions().get(1).start());
    }

    @Test
    void aPersonsInitialsAreNotTheirAcronym() {
        String body = "Tony Blair spoke about TB in hospitals.";
        NameMentions blair = new NameMentions(new Name("Tony Blair", NameType.PERSON), 1, List.of(), List.of(new NamePosition(false, 0, 10)));
        assertEquals(List.of(blair), Acronyms.link("", body, List.of(blair)));
    }
}
