package dev.lede;

import java.util.Locale;

/** The kinds of names lede extracts from articles. */
public enum NameType {
    /** A person ({@code person:}). */
    PERSON,
    /** An organisation: a company, party, club, agency ({@code organization:}). */
    ORGANIZATION,
    /** A place: a country, city, region ({@code place:}). */
    PLACE;

    /** {@return the lower-case label used in queries ({@code person:Gantz}) and in JSON output} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the type with the given label, ignoring case; {@code null} if there is none}
     *
     * @param label {@code person}, {@code organization} or {@code place}
     */
    public static NameType fromLabel(String label) {
        for (NameType type : values()) {
            if (type.label().equalsIgnoreCase(label)) {
                return type;
            }
        }
        return null;
    }
}
