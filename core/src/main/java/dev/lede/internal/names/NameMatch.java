package dev.lede.internal.names;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The one rule by which a name asked for matches the names lede found ({@code person:Mourinho},
 * {@code names --with Mourinho}, facets): a found name matches when its words hold the words asked
 * for, in order and next to each other, compared as search words are (case, accents, possessives and
 * word endings ignored). "Mourinho" and "Jose Mourinho" match "Jose Mourinho"; "Jose" does too;
 * "Mourinho Jose" does not.
 */
public final class NameMatch {
    private NameMatch() {}

    /** A query for articles with a name in {@code field} that matches {@code asked}. */
    public static Query query(String field, String asked, Analyzer analyzer) {
        List<String> words = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        analyse(field, asked, analyzer, words, positions);
        if (words.isEmpty()) {
            return new MatchNoDocsQuery("no words to match in the name " + asked);
        }
        if (words.size() == 1) {
            return new TermQuery(new Term(field, words.get(0)));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            phrase.add(new Term(field, words.get(i)), positions.get(i));
        }
        return phrase.build();
    }

    /** Which found names (canonical forms) match {@code asked}, by the same rule as {@link #query}. */
    public static Predicate<String> matcher(String field, String asked, Analyzer analyzer) {
        List<String> wanted = words(field, asked, analyzer);
        return found -> !wanted.isEmpty() && java.util.Collections.indexOfSubList(words(field, found, analyzer), wanted) >= 0;
    }

    private static List<String> words(String field, String text, Analyzer analyzer) {
        List<String> words = new ArrayList<>();
        analyse(field, text, analyzer, words, new ArrayList<>());
        return words;
    }

    private static void analyse(String field, String text, Analyzer analyzer, List<String> words, List<Integer> positions) {
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                words.add(term.toString());
                positions.add(position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a string in memory does not fail
        }
        if (!positions.isEmpty()) {
            int first = positions.get(0);
            positions.replaceAll(p -> p - first); // a leading stop word leaves no gap to match
        }
    }
}
