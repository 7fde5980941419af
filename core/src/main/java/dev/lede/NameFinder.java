package dev.lede;

import dev.lede.internal.names.ModelNameExtractor;
import dev.lede.internal.names.RuleBasedNameExtractor;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the people, organisations and places an article names. Give one to {@link Lede.Builder#nameFinder}
 * to choose how an index names the articles added without names: {@link #lede()} (the default), {@link #none()},
 * {@link #withModel(Path)} for an OpenNLP model of your own, or your own implementation.
 *
 * <p>One {@code Lede} calls its finder from one thread at a time (writes take turns); the static
 * {@link Lede#parse} methods may call one from several threads at once, so a finder shared by them must be
 * safe for that. The built-in finders are.
 */
@FunctionalInterface
public interface NameFinder {
    /**
     * {@return the names in an article, in order of first mention, with how often and how each is written}
     * Must not throw.
     *
     * @param title the article's headline, possibly empty
     * @param body the article's text
     */
    List<NameMentions> mentions(String title, String body);

    /**
     * {@return the names in an article, in order of first mention}
     *
     * @param title the article's headline, possibly empty
     * @param body the article's text
     */
    default List<Name> names(String title, String body) {
        return mentions(title, body).stream().map(NameMentions::name).toList();
    }

    /**
     * Which finder this is, kept in each article's fingerprint: indexing the same articles again with a finder of
     * another version names them anew, and one of the same version passes them over. The class name by default.
     *
     * @return the finder's name and version
     */
    default String version() {
        return getClass().getName();
    }

    /**
     * {@return the article with the names this finder finds in its headline and text, unless it has names already}
     *
     * @param article the article to name
     */
    default Article name(Article article) {
        return article.names().isEmpty() ? article.withNames(names(article.title(), article.body())) : article;
    }

    /** {@return lede's own name finder: rules over capitalised words, titles and place and organisation words} */
    static NameFinder lede() {
        return BuiltInNameFinder.DEFAULT;
    }

    /**
     * lede's statistical tagger: trained on labelled news (CoNLL-2003's Reuters articles), with word classes learnt
     * from unlabelled news, it finds the names; lede's word lists give known names their canonical forms, and a
     * surname or an acronym joins the name it stands for in the article. On real news it finds far more names than
     * the rules alone, and more precisely (EVALUATION.md: on CoNLL's 216 development articles precision 0.92 and
     * recall 0.91, against 0.86 and 0.57), at three to four times the cost per article; on lede's fictional sample it
     * is less precise (0.84 against 0.94), which is why it is not the default. The model (0.7 MB) is read on first use.
     *
     * @return the tagger
     */
    static NameFinder tagger() {
        return BuiltInNameFinder.Tagger.INSTANCE;
    }

    /** {@return a finder that finds nothing: articles keep the names they come with (a bulk load that needs none, or names from elsewhere)} */
    static NameFinder none() {
        return BuiltInNameFinder.NONE;
    }

    /**
     * lede's own finder plus a trained OpenNLP name-finder model (a {@code .bin} file such as {@code en-ner-person.bin}):
     * its person, organization and location names are added to those lede finds.
     *
     * @param model the model file
     * @return lede's finder with the model's names added
     * @throws LedeException if the file is not a readable OpenNLP name-finder model
     */
    static NameFinder withModel(Path model) {
        return new BuiltInNameFinder(new ModelNameExtractor(new RuleBasedNameExtractor(), model));
    }
}
