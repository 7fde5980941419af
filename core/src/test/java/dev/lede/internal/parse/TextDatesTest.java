package dev.lede.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDatesTest {
    @ParameterizedTest
    @ValueSource(strings = {"Veröffentlicht am 27.01.2020 um 10:31", "27. Januar 2020", "Posted on January 27, 2020 by Jane",
            "Jan. 27th, 2020", "le 27 janvier 2020", "27 de enero de 2020", "2020-01-27T08:00", "Montag, 27. Jan. 2020"})
    void aDateAsPagesWriteItIsRead(String text) {
        assertEquals(LocalDate.of(2020, 1, 27), TextDates.first(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01/27/2020", "31.02.2020", "27 Bananas 2020", "Tel. 27.01.20", "in 2020"})
    void whatIsNoDateOrNoClearDateIsNot(String text) {
        assertNull(TextDates.first(text));
    }

    @Test
    void theFirstDateInTheTextIsTaken() {
        assertEquals(LocalDate.of(2019, 3, 2), TextDates.first("2. März 2019, aktualisiert am 2020-04-05"));
    }
}
