package dev.lede;

/**
 * One value of a facet and how many matching articles have it.
 *
 * @param value a name ("Benny Gantz") or a source ("aljazeera.com")
 * @param articles how many of the matching articles have it
 */
public record FacetCount(String value, int articles) {}
