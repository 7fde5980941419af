package dev.lede;

import java.util.Objects;

/**
 * A person, organisation or place named in an article, in its canonical form
 * ("Antony Blinken" for "Blinken", "Blinken’s" and "Secretary of State Antony Blinken").
 *
 * @param text the canonical name
 * @param type what kind of name it is
 */
public record Name(String text, NameType type) {
    /** A name; neither part may be {@code null}. */
    public Name {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return text + " (" + type.label() + ")";
    }
}
