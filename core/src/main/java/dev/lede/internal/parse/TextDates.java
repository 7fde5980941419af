package dev.lede.internal.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as pages write them for readers: "2020-01-27", "27.01.2020", "27. Januar 2020", "27 janvier 2020",
 * "27 de enero de 2020", "January 27, 2020", "Jan. 27, 2020", in the languages news pages are mostly in.
 * Numbers with slashes are left alone: "01/02/2020" is January or February depending on the country.
 */
final class TextDates {
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(\\p{L}{3,10})\\.?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?U)(?<!\\d)(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(?:de\\s+)?"
            + MONTH + "\\s+(?:de\\s+)?((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?U)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");

    private TextDates() {}

    /** The first date in {@code text} (the earliest-placed of the forms above), or null. */
    static LocalDate first(String text) {
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Pattern form : new Pattern[] {ISO, DOTTED, DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
            Matcher found = form.matcher(text);
            while (found.find() && found.start() < bestAt) {
                LocalDate date = read(form, found);
                if (date != null) {
                    best = date;
                    bestAt = found.start();
                    break;
                }
            }
        }
        return best;
    }

    private static LocalDate read(Pattern form, Matcher found) {
        int year;
        Integer month;
        int day;
        if (form == ISO) {
            year = Integer.parseInt(found.group(1));
            month = Integer.parseInt(found.group(2));
            day = Integer.parseInt(found.group(3));
        } else if (form == DOTTED) {
            day = Integer.parseInt(found.group(1));
            month = Integer.parseInt(found.group(2));
            year = Integer.parseInt(found.group(3));
        } else if (form == DAY_MONTH_YEAR) {
            day = Integer.parseInt(found.group(1));
            month = MONTHS.get(found.group(2).toLowerCase(Locale.ROOT));
            year = Integer.parseInt(found.group(3));
        } else {
            month = MONTHS.get(found.group(1).toLowerCase(Locale.ROOT));
            day = Integer.parseInt(found.group(2));
            year = Integer.parseInt(found.group(3));
        }
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // "31.02.2020" is no date
        }
    }

    private static Map<String, Integer> months() {
        String[][] names = {
                {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari", "janeiro", "styczeń", "stycznia"},
                {"february", "feb", "februar", "feber", "février", "févr", "fevrier", "febrero", "febbraio", "februari", "fevereiro", "fev", "luty", "lutego"},
                {"march", "mar", "märz", "mars", "marzo", "maart", "março", "marzec", "marca"},
                {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia"},
                {"may", "mai", "mayo", "maggio", "mei", "maio", "maj", "maja"},
                {"june", "jun", "juni", "juin", "junio", "giugno", "junho", "czerwiec", "czerwca"},
                {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "julho", "lipiec", "lipca"},
                {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpień", "sierpnia"},
                {"september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "wrzesień", "września"},
                {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "październik", "października"},
                {"november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada"},
                {"december", "dec", "dezember", "dez", "décembre", "déc", "decembre", "diciembre", "dic", "dicembre", "dezembro", "grudzień", "grudnia"},
        };
        Map<String, Integer> months = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                months.put(name, i + 1);
            }
        }
        return Map.copyOf(months);
    }
}
