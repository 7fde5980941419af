package dev.lede;

import dev.lede.internal.names.NameExtractor;
import dev.lede.internal.names.RuleBasedNameExtractor;
import dev.lede.internal.names.TrainedNameExtractor;
import java.util.List;

/** The finders lede brings, each over one of its extractors. */
record BuiltInNameFinder(NameExtractor extractor) implements NameFinder {
    static final BuiltInNameFinder DEFAULT = new BuiltInNameFinder(new RuleBasedNameExtractor());
    static final BuiltInNameFinder NONE = new BuiltInNameFinder((title, body) -> List.of());

    /** The trained tagger, loaded when first asked for rather than with the other finders. */
    static final class Tagger {
        static final BuiltInNameFinder INSTANCE = new BuiltInNameFinder(TrainedNameExtractor.bundled(TrainedNameExtractor.CHOSEN));

        private Tagger() {}
    }

    @Override
    public List<NameMentions> mentions(String title, String body) {
        return extractor.mentions(title, body);
    }

    @Override
    public String version() {
        return extractor.version();
    }
}
