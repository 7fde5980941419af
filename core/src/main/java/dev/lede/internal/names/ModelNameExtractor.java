package dev.lede.internal.names;

import dev.lede.LedeException;
import dev.lede.Name;
import dev.lede.NameMentions;
import dev.lede.NameType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * Adds the names a user's own OpenNLP name-finder model finds to those the rules find. Model names
 * of types lede does not know (dates, money) are ignored; a model name that the rules already
 * found, in full or as the surname of a person, is not added twice.
 */
public final class ModelNameExtractor implements NameExtractor {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+|\\n+");

    private final NameExtractor rules;
    private final TokenNameFinderModel model;

    public ModelNameExtractor(NameExtractor rules, Path modelFile) {
        this.rules = rules;
        try {
            this.model = new TokenNameFinderModel(modelFile);
        } catch (IOException | RuntimeException e) {
            throw new LedeException(modelFile + " is not an OpenNLP name-finder model that can be read ("
                    + e.getClass().getSimpleName() + ").", e);
        }
    }

    @Override
    public List<NameMentions> mentions(String title, String body) {
        List<NameMentions> found = rules.mentions(title, body);
        Map<String, NameMentions> byText = new LinkedHashMap<>();
        for (NameMentions name : found) {
            byText.put(name.name().text(), name);
            for (String alias : name.aliases()) {
                byText.putIfAbsent(alias, name);
            }
        }
        Map<Name, Integer> added = new LinkedHashMap<>();
        try {
            NameFinderME finder = new NameFinderME(model); // not thread-safe: one per call
            for (String text : List.of(title == null ? "" : title, body == null ? "" : body)) {
                for (String sentence : SENTENCE_END.split(text)) {
                    String[] tokens = SimpleTokenizer.INSTANCE.tokenize(sentence);
                    for (Span span : finder.find(tokens)) {
                        NameType type = type(span.getType());
                        String name = String.join(" ", java.util.Arrays.copyOfRange(tokens, span.getStart(), span.getEnd()));
                        if (type != null && !byText.containsKey(name)) {
                            added.merge(new Name(name, type), 1, Integer::sum);
                        }
                    }
                }
                finder.clearAdaptiveData();
            }
        } catch (RuntimeException unusable) {
            return found; // a model that fails on some text must not stop indexing
        }
        List<NameMentions> all = new ArrayList<>(found);
        added.forEach((name, count) -> all.add(new NameMentions(name, count, List.of())));
        return all;
    }

    /** OpenNLP's usual type names (and CoNLL's) to lede's. */
    private static NameType type(String modelType) {
        if (modelType == null) {
            return null;
        }
        return switch (modelType.toLowerCase(Locale.ROOT)) {
            case "person", "per" -> NameType.PERSON;
            case "organization", "organisation", "org" -> NameType.ORGANIZATION;
            case "location", "place", "loc", "gpe" -> NameType.PLACE;
            default -> null;
        };
    }
}
