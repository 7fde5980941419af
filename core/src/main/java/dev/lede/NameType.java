package dev.lede;

import java.util.Locale;

/** The kinds of names lede extracts from articles. */
public enum NameType {
    PERSON, ORGANIZATION, PLACE;

    /** The lower-case label used in queries ({@code person:Gantz}) and in JSON output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type with the given label, ignoring case; {@code null} if there is none. */
    public static NameType fromLabel(String label) {
        for (NameType type : values()) {
            if (type.label().equalsIgnoreCase(label)) {
                return type;
            }
        }
        return null;
    }
}
