package dev.lede.internal.search;

import dev.lede.internal.index.Fields;
import dev.lede.internal.index.LedeAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.search.spell.StringDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": the query with each word the index does not hold, or holds in very few articles, replaced by the
 * closest word that many more hold, found by
 * Lucene's {@link DirectSpellChecker} among the index's own terms (no dictionary of its own to keep up to date).
 * The headline-and-text field holds stems ("govern"), which are no words to show; it also holds the unstemmed form
 * of every capitalised word ({@link LedeAnalyzer#NAME_FORM}), so names are suggested as written, and a stem is
 * shown as the word of an article that has it closest to the one typed ("government" for "goverment").
 * Everything else in the query (operators, filters, patterns, quotes) stays as typed.
 */
final class Spelling {
    /** Letters not inside a longer token: a word that may be misspelt. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}_.&'’/=])\\p{L}{2,}(?![\\p{L}\\p{N}_.&:*?~/])");
    /** Just before a word: the value of a filter that holds no prose ({@code source:}, {@code date:}, {@code id:}). */
    private static final Pattern NOT_PROSE = Pattern.compile("(?i)(?:source|site|date|id)\\s*:\\s*\"?[^\\s\"]*$");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");
    /** Articles read to find how a suggested stem is written. */
    private static final int ARTICLES_READ = 3;
    /**
     * How many times more articles must hold a correction than hold a rare word typed: a word in an article or two
     * is often a typing error of the corpus itself ("goverment"), but a rare word may also be meant.
     */
    private static final int MORE_COMMON = 10;

    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final DirectSpellChecker checker = new DirectSpellChecker();
    // Two letters swapped count as one edit ("Thomspon"), as in the checker's own search for candidates.
    private final StringDistance distance = new LuceneLevenshteinDistance();

    /** Words held by fewer articles than this may be corrected. */
    private final int rare;

    Spelling(IndexSearcher searcher, Analyzer analyzer, int rare) {
        this.searcher = searcher;
        this.rare = rare;
        // A word's stem alone, not its unstemmed form beside it.
        this.analyzer = analyzer instanceof LedeAnalyzer lede ? lede.typedWords() : analyzer;
    }

    /** The query with its unknown or rare words corrected, or empty when none is unknown or none has a correction. */
    Optional<String> correct(String query) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Matcher words = WORD.matcher(query);
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        while (words.find()) {
            String typed = words.group();
            String replacement = null;
            if (!OPERATORS.contains(typed) && !NOT_PROSE.matcher(query.substring(0, words.start())).find()) {
                replacement = correction(typed, reader);
            }
            changed |= replacement != null;
            words.appendReplacement(corrected, Matcher.quoteReplacement(replacement == null ? typed : replacement));
        }
        words.appendTail(corrected);
        return changed ? Optional.of(corrected.toString()) : Optional.empty();
    }

    /** A better spelling of one word, in the case it was typed in, or null if the index knows the word or nothing like it. */
    private String correction(String typed, IndexReader reader) throws IOException {
        List<String> stems = stems(typed);
        int held = stems.size() != 1 ? rare : reader.docFreq(new Term(Fields.WORDS, stems.get(0)));
        if (held >= rare) {
            return null;
        }
        int wanted = held == 0 ? 1 : held * MORE_COMMON;
        String word = analyzer.normalize(Fields.BODY, typed).utf8ToString(); // lower case, accents folded, as indexed
        if (reader.docFreq(new Term(Fields.WORDS, LedeAnalyzer.NAME_FORM + word)) > 0) {
            return null;
        }
        String best = null;
        float bestScore = 0;
        int bestFreq = 0;
        // Names as written: "=mourinho" for "=mourhino".
        for (SuggestWord name : checker.suggestSimilar(new Term(Fields.WORDS, LedeAnalyzer.NAME_FORM + word), 3, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
            if (name.freq < wanted) {
                continue;
            }
            String candidate = name.string.substring(LedeAnalyzer.NAME_FORM.length());
            float score = distance.getDistance(word, candidate);
            if (score > bestScore || (score == bestScore && name.freq > bestFreq)) {
                best = candidate;
                bestScore = score;
                bestFreq = name.freq;
            }
        }
        // Stems, shown as an article writes them: "govern" as "government".
        for (SuggestWord stem : checker.suggestSimilar(new Term(Fields.WORDS, stems.get(0)), 3, reader, SuggestMode.SUGGEST_MORE_POPULAR)) {
            if (stem.string.startsWith(LedeAnalyzer.NAME_FORM) || stem.freq < wanted) {
                continue;
            }
            String written = writtenAs(stem.string, word);
            float score = written == null ? 0 : distance.getDistance(word, written);
            if (score > bestScore || (score == bestScore && stem.freq > bestFreq)) {
                best = written;
                bestScore = score;
                bestFreq = stem.freq;
            }
        }
        return best == null ? null : inCaseOf(typed, best);
    }

    /** The query analyser's stems of a word (one, but for stop words and joined words). */
    private List<String> stems(String word) {
        List<String> stems = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Fields.BODY, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a string in memory
        }
        return stems;
    }

    /** Of the words that some articles write with this stem, the closest to the one typed; null if none is found. */
    private String writtenAs(String stem, String typed) throws IOException {
        String closest = null;
        float closestScore = -1;
        for (ScoreDoc doc : searcher.search(new TermQuery(new Term(Fields.WORDS, stem)), ARTICLES_READ).scoreDocs) {
            Document stored = searcher.storedFields().document(doc.doc, Set.of(Fields.TITLE, Fields.BODY));
            for (String field : List.of(Fields.TITLE, Fields.BODY)) {
                String text = stored.get(field);
                if (text == null) {
                    continue;
                }
                try (TokenStream stream = analyzer.tokenStream(field, text)) {
                    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                    OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                    stream.reset();
                    while (stream.incrementToken()) {
                        if (term.toString().equals(stem)) {
                            String written = text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT);
                            float score = distance.getDistance(typed, written);
                            if (score > closestScore && written.chars().allMatch(Character::isLetter)) {
                                closest = written;
                                closestScore = score;
                            }
                        }
                    }
                    stream.end();
                }
            }
        }
        return closest;
    }

    /** The suggestion in the typed word's case: "Mourinho" for "Mourhino", "MOURINHO" for "MOURHINO". */
    private static String inCaseOf(String typed, String word) {
        if (typed.length() > 1 && typed.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))) {
            return word.toUpperCase(Locale.ROOT);
        }
        return Character.isUpperCase(typed.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }
}
