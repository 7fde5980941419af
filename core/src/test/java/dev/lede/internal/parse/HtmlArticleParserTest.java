package dev.lede.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML reader on small pages built the way real news pages are, one rule each. */
class HtmlArticleParserTest {
    private static final String LONG_1 = "The council approved the new harbour wall on Tuesday, after three years of argument, two"
            + " public inquiries and a petition signed by more than four thousand residents of the old town.";
    private static final String LONG_2 = "Work will start in the spring, the council said, and the wall should be finished before"
            + " the winter storms of the following year, at a cost of about twelve million pounds.";
    private static final String LONG_3 = "Fishermen, who had asked for the wall for a decade, welcomed the vote, though some said"
            + " the design left the north quay exposed to the worst of the easterly gales.";

    /** A page whose article is the paragraphs {@link #LONG_1} and {@link #LONG_2}, then {@code tail}. */
    private static Article twoParagraphsThen(String tail) {
        return HtmlArticleParser.parse("<html><body><article><p>" + LONG_1 + "</p><p>" + LONG_2 + "</p>" + tail + "</article></body></html>");
    }

    private static List<String> paragraphs(Article article) {
        return List.of(article.body().split("\n\n"));
    }

    @Test
    void textOutsideParagraphsSplitByLineBreaksIsRead() {
        Article article = HtmlArticleParser.parse("<html><head><title>Harbour wall approved</title></head><body>"
                + "<div id=\"story\"><h1>Harbour wall approved</h1><div>" + LONG_1 + "<br><br>" + LONG_2 + "<br/>\n<br/>" + LONG_3
                + "</div></div></body></html>");
        assertEquals(List.of(LONG_1, LONG_2, LONG_3), paragraphs(article));
    }

    @Test
    void anArticleSplitAcrossSiblingBlocksIsReadWhole() {
        Article article = HtmlArticleParser.parse("<html><body><div id=\"wrap\">"
                + "<div class=\"text-block\"><p>" + LONG_1 + "</p><p>" + LONG_2 + "</p></div>"
                + "<div class=\"text-block\"><p>" + LONG_3 + "</p></div>"
                + "<div class=\"more\"><p><a href=\"/a\">Storm warning for the coast tonight</a></p>"
                + "<p><a href=\"/b\">Rail fares to rise again in spring</a></p></div>"
                + "</div></body></html>");
        assertEquals(List.of(LONG_1, LONG_2, LONG_3), paragraphs(article));
    }

    @Test
    void theArticleIsFoundBesideALongerColumnOfTeasers() {
        String teasers = ("<div class=\"teaser\"><a href=\"/x\">Opinion: why the budget matters more than ever this year</a>"
                + " <span>3 min read</span></div>").repeat(12);
        Article article = HtmlArticleParser.parse("<html><body><div><div id=\"col-a\">" + teasers + "</div>"
                + "<div id=\"col-b\"><p>" + LONG_1 + "</p><p>" + LONG_2 + "</p><p>" + LONG_3 + "</p></div></div></body></html>");
        assertEquals(List.of(LONG_1, LONG_2, LONG_3), paragraphs(article));
    }

    @Test
    void theParagraphsOfThePageWinWhenTheScoredBlockHoldsUnderHalfTheirText() {
        // The story sits in a box whose class and id weigh against it; a longer blurb with commas outscores it.
        String blurb = "The summer festival opens on Friday, with music, food stalls, a book fair and, for the first time,"
                + " a night market on the old quay. ";
        String story = "<p>" + LONG_1 + "</p><p>" + LONG_2 + "</p><p>" + LONG_3 + "</p>";
        Article article = HtmlArticleParser.parse("<html><body><div id=\"wrap\">"
                + "<div class=\"story\"><p>" + blurb.repeat(4).strip() + "</p></div>"
                + "<div class=\"widget\" id=\"media-7\">" + story + story + "</div>"
                + "</div></body></html>");
        List<String> paragraphs = paragraphs(article);
        assertTrue(paragraphs.containsAll(List.of(LONG_1, LONG_2, LONG_3)), paragraphs.toString());
    }

    @Test
    void aListPagesShortTeaserLinesDoNotReplaceTheScoredArticle() {
        String teasers = "<div class=\"teaser\"><p>Rail fares to rise again</p></div>".repeat(50);
        Article article = HtmlArticleParser.parse("<html><body><article><p>" + LONG_1 + "</p><p>" + LONG_2 + "</p><p>"
                + LONG_3 + "</p></article><div class=\"list\">" + teasers + "</div></body></html>");
        assertEquals(List.of(LONG_1, LONG_2, LONG_3), paragraphs(article));
    }

    @Test
    void hiddenPartsAndRubyReadingsAreLeftOutAndSoftHyphensJoinTheirWords() {
        Article article = HtmlArticleParser.parse("<html><body><article><p>" + LONG_1 + "</p>"
                + "<p style=\"display: none\">Subscribe to read the rest of this story.</p>"
                + "<p hidden>Log in</p>"
                + "<p>The Mit\u00ADtel\u00ADal\u00ADter harbour <ruby>港<rt>みなと</rt></ruby> was re\u200Bbuilt in stone.</p>"
                + "</article></body></html>");
        assertEquals(List.of(LONG_1, "The Mittelalter harbour 港 was rebuilt in stone."), paragraphs(article));
    }

    @Test
    void listItemsOfTheArticleAreKeptThoughTheyAreLinks() {
        Article article = HtmlArticleParser.parse("<html><body><article><p>" + LONG_1 + "</p><p>The changes in this release:</p>"
                + "<ul><li><a href=\"/1\">Faster start-up on older phones</a></li><li><a href=\"/2\">A darker night mode</a></li></ul>"
                + "<p>" + LONG_2 + "</p></article></body></html>");
        assertEquals(List.of(LONG_1, "The changes in this release:", "Faster start-up on older phones", "A darker night mode",
                LONG_2), paragraphs(article));
    }

    @Test
    void aListOfTheArticleWithAHeadingInEachItemIsKept() {
        String heading = "The advantages of paying for the new car in cash:";
        Article article = HtmlArticleParser.parse("<html><body><article><p>" + LONG_1 + "</p>"
                + "<ul class=\"accordion\"><li><header><h3>" + heading + "</h3></header>"
                + "<div><ul><li>A better discount</li><li>No interest to pay</li></ul></div></li></ul>"
                + "<p>" + LONG_2 + "</p><p>" + LONG_3 + "</p></article></body></html>");
        assertEquals(List.of(LONG_1, heading, "A better discount", "No interest to pay", LONG_2, LONG_3), paragraphs(article));
    }

    @Test
    void aTableOfDataInTheArticleIsKeptAndABoxOfLinksIsNot() {
        Article article = HtmlArticleParser.parse("<html><body><article><p>" + LONG_1 + "</p>"
                + "<div><a href=\"/1\">Home</a> <a href=\"/2\">World</a> <a href=\"/3\">Business</a> | <a href=\"/4\">Sport</a></div>"
                + "<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2024</td><td>12m</td></tr></table>"
                + "<p>" + LONG_2 + "</p></article></body></html>");
        assertEquals(List.of(LONG_1, "Year Cost", "2024 12m", LONG_2), paragraphs(article));
    }

    @Test
    void theHeadlineComesFromJsonLdBeforeTheMetaTagsAndThePageTitle() {
        Article article = HtmlArticleParser.parse("<html><head><title>Wall approved - Harbour Gazette</title>"
                + "<meta property=\"og:title\" content=\"Wall approved | Harbour Gazette\">"
                + "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\","
                + " \"headline\": \"Harbour wall approved after three years\", \"datePublished\": \"2024-06-11T08:00:00+01:00\"}</script>"
                + "</head><body><article><p>" + LONG_1 + "</p></article></body></html>");
        assertEquals("Harbour wall approved after three years", article.title());
        assertEquals(LocalDate.of(2024, 6, 11), article.published());
    }

    @Test
    void aJsonLdGraphAndBrokenJsonLdAreRead() {
        Article article = HtmlArticleParser.parse("<html><head><script type=\"application/ld+json\">{not json</script>"
                + "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": \"WebSite\","
                + " \"name\": \"Harbour Gazette\"}, {\"@type\": \"BlogPosting\", \"headline\": \"Notes from the quay\","
                + " \"datePublished\": \"2023-02-01\"}]}</script></head><body><p>" + LONG_1 + "</p></body></html>");
        assertEquals("Notes from the quay", article.title());
        assertEquals(LocalDate.of(2023, 2, 1), article.published());
    }

    @Test
    void theSiteNameIsCutFromTheHeadline() {
        for (String title : List.of("Wall approved | Harbour Gazette", "Wall approved - Harbour Gazette",
                "Harbour Gazette :: Wall approved", "Wall approved – harbourgazette.co.uk")) {
            Article article = HtmlArticleParser.parse("<html><head><title>" + title + "</title>"
                    + "<meta property=\"og:site_name\" content=\"Harbour Gazette\">"
                    + "<link rel=\"canonical\" href=\"https://www.harbourgazette.co.uk/news/wall\"></head>"
                    + "<body><article><p>" + LONG_1 + "</p></article></body></html>");
            assertEquals("Wall approved", article.title(), title);
        }
        Article unnamed = HtmlArticleParser.parse("<html><head><title>Harbour wall approved after a three-year fight</title></head>"
                + "<body><p>" + LONG_1 + "</p></body></html>");
        assertEquals("Harbour wall approved after a three-year fight", unnamed.title());
        Article column = HtmlArticleParser.parse("<html><head><title>Why the wall matters | Jane Doe</title>"
                + "<meta name=\"author\" content=\"Jane Doe\"></head><body><p>" + LONG_1 + "</p></body></html>");
        assertEquals("Why the wall matters", column.title(), "a column's writer is cut as a site's name is");
    }

    @Test
    void theAuthorComesFromJsonLdThenTheMetaTagsThenTheByline() {
        Article fromJsonLd = HtmlArticleParser.parse("<html><head><meta name=\"author\" content=\"Harbour Gazette\">"
                + "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\","
                + " \"author\": [{\"@type\": \"Person\", \"name\": \"Jane Doe\"}, {\"@type\": \"Person\", \"name\": \"John Roe\"}]}"
                + "</script></head><body><p>" + LONG_1 + "</p></body></html>");
        assertEquals("Jane Doe, John Roe", fromJsonLd.author());
        Article fromMeta = HtmlArticleParser.parse("<html><head><meta property=\"article:author\" content=\"https://example.org/jane\">"
                + "<meta name=\"author\" content=\"Jane Doe\"></head><body><p>" + LONG_1 + "</p></body></html>");
        assertEquals("Jane Doe", fromMeta.author());
        for (String byline : List.of("By Jane Doe", "Posted by Jane Doe, Sunday, June 2, 2024 at 10:31", "Autor: Jane Doe | 02.06.2024")) {
            Article fromPage = HtmlArticleParser.parse("<html><body><form><label for=\"author\">Name (required)</label>"
                    + "<input id=\"author\"></form><article><h1>Wall approved</h1><div class=\"post-byline\">" + byline + "</div><p>"
                    + LONG_1 + "</p><p>" + LONG_2 + "</p><p>" + LONG_3 + "</p></article><div class=\"comments\"><span class=\"comment-author\">Reader</span></div></body></html>");
            assertEquals("Jane Doe", fromPage.author(), byline);
            assertFalse(fromPage.body().contains("Jane Doe"), "the byline is not article text");
        }
        Article none = HtmlArticleParser.parse("<html><body><p>" + LONG_1 + "</p></body></html>");
        assertEquals("", none.author());
    }

    @Test
    void aBylineGivesTheNameAloneAndNoHeadlineOrDateStandsForOne() {
        String article = "<h1>Wall approved</h1><p>" + LONG_1 + "</p><p>" + LONG_2 + "</p><p>" + LONG_3 + "</p>";
        Article withRole = HtmlArticleParser.parse("<html><body><article><div class=\"author\"><a class=\"author-link\" href=\"/jane\">"
                + "Jane Doe</a><div class=\"author-title\">Harbour Editor</div></div>" + article + "</article></body></html>");
        assertEquals("Jane Doe", withRole.author(), "the marked name inside the byline, without the role beside it");
        Article afterWidget = HtmlArticleParser.parse("<html><body><ul><li class=\"author-follow\"><a href=\"/ann\">Ann Lee"
                + " Harbour towns count the cost of the winter storms</a></li><li class=\"author-follow\">Rob Roe Storms: the bill</li></ul>"
                + "<article><span class=\"byline\">John Roe</span>" + article + "</article></body></html>");
        assertEquals("John Roe", afterWidget.author(), "a headline in an element marked for authors is no name");
        Article updated = HtmlArticleParser.parse("<html><body><article><div class=\"author-details\"><em>Last Updated:</em>"
                + " January 7, 2025</div>" + article + "</article></body></html>");
        assertEquals("", updated.author());
        Article nested = HtmlArticleParser.parse("<html><body><article><div class=\"byline\">By <a rel=\"author\">Jane Doe</a>"
                + " <span class=\"p-author\">Harbour Times business reporter</span></div>" + article + "</article></body></html>");
        assertEquals("Jane Doe", nested.author());
        Article desk = HtmlArticleParser.parse("<html><body><article><div class=\"byline\">By Staff and news service reports</div>"
                + article + "</article></body></html>");
        assertEquals("Staff and news service reports", desk.author());
    }

    @Test
    void theDateComesFromMetaTagsOrElseTheLink() {
        Article tagged = HtmlArticleParser.parse("<html><head><meta name=\"DC.date.issued\" content=\"2022-01-27\"></head>"
                + "<body><p>" + LONG_1 + "</p></body></html>");
        assertEquals(LocalDate.of(2022, 1, 27), tagged.published());
        Article linked = HtmlArticleParser.parse("<html><head><link rel=\"canonical\" href=\"https://example.org/2012/5/31/ministry/\">"
                + "</head><body><p>" + LONG_1 + "</p></body></html>");
        assertEquals(LocalDate.of(2012, 5, 31), linked.published());
        Article shown = HtmlArticleParser.parse("<html><body><div class=\"comments\"><span class=\"date\">3. März 2021</span></div>"
                + "<article><h1>Wall approved</h1><div class=\"meta\"><span class=\"updated\">Aktualisiert: 5. März 2021</span>"
                + "<span class=\"post-date\">Veröffentlicht am 1. März 2021</span></div><p>" + LONG_1 + "</p></article></body></html>");
        assertEquals(LocalDate.of(2021, 3, 1), shown.published(), "the date the page shows, not an update's or a comment's");
    }

    @Test
    void aJavascriptLinkIsReadAsText() {
        Article article = HtmlArticleParser.parse("<html><body><a href=\"javascript:\"><p>" + LONG_1 + "</p><p>" + LONG_2
                + "</p></a></body></html>");
        assertEquals(List.of(LONG_1, LONG_2), paragraphs(article));
    }

    @Test
    void aByteOrderMarkBeforeTheDoctypeDoesNotHideTheHead() {
        Article article = HtmlArticleParser.parse("\uFEFF<!DOCTYPE html><html><head><title>Harbour wall approved</title></head>"
                + "<body><p>" + LONG_1 + "</p></body></html>");
        assertEquals("Harbour wall approved", article.title());
    }

    @Test
    void navigationCookieBannersAndCommentsAreNotTheArticle() {
        Article article = HtmlArticleParser.parse("<html><body><nav><a href=\"/\">Home</a></nav>"
                + "<div class=\"cookie-banner\"><p>We use cookies to make this site work, and to measure how it is used.</p></div>"
                + "<div id=\"main\"><p>" + LONG_1 + "</p><p>" + LONG_2 + "</p></div>"
                + "<div id=\"comments\"><p>What a waste of money, the old wall was fine and the council knows it, frankly.</p></div>"
                + "<footer><p>Copyright Harbour Gazette, all rights reserved, registered in England.</p></footer></body></html>");
        assertEquals(List.of(LONG_1, LONG_2), paragraphs(article));
        assertFalse(article.body().contains("cookies"));
        assertTrue(article.title().isEmpty());
    }

    @Test
    void labelsAfterTheLastSentenceAreLeftOut() {
        Article article = twoParagraphsThen("<p>Diesen Artikel teilen</p><h3>Related coverage</h3><p>24.01.2022 11:38</p>");
        assertEquals(List.of(LONG_1, LONG_2), paragraphs(article));
        Article headings = HtmlArticleParser.parse("<html><body><article><h2>Test case one</h2><h2>Test case two</h2>"
                + "</article></body></html>");
        assertEquals(List.of("Test case one", "Test case two"), paragraphs(headings));
    }

    @Test
    void anArticleInPiecesNestedApartIsReadWhole() {
        String[] texts = {LONG_1, LONG_2, LONG_3, LONG_1.replace("Tuesday", "Friday")};
        StringBuilder pieces = new StringBuilder();
        for (String text : texts) {
            pieces.append("<article><article><article><p>").append(text).append("</p><p>").append(text.replace("council", "board"))
                    .append("</p></article></article></article>");
        }
        Article article = HtmlArticleParser.parse("<html><body><div id=\"pieces\">" + pieces + "</div></body></html>");
        assertEquals(8, paragraphs(article).size(), article.body());
    }

    @Test
    void theLeadAboveTheArticleBodyIsKept() {
        String lead = "Three years of argument end with a vote for the wall that the old town asked for";
        Article article = HtmlArticleParser.parse("<html><head><title>Harbour wall approved</title></head><body>"
                + "<header id=\"masthead\" role=\"banner\"><p class=\"site-description\">News from the harbour towns of"
                + " the north coast since 1871</p></header>"
                + "<article><header class=\"entry-header\"><h1>Harbour wall approved</h1><div class=\"meta\">"
                + "<p class=\"byline\">By Ann Lee, harbour reporter</p><p>Published on Tuesday, 4 May 2024, at 10:31; updated at 12:15</p>"
                + "</div><p>" + lead + "</p></header>"
                + "<div class=\"wrap\"><div class=\"article-text\"><p>" + LONG_1 + "</p><p>" + LONG_2 + "</p><p>" + LONG_3
                + "</p></div></div></article></body></html>");
        assertEquals(List.of(lead, LONG_1, LONG_2, LONG_3), paragraphs(article));
        Article nested = HtmlArticleParser.parse("<html><head><title>Harbour wall approved</title></head><body>"
                + "<article class=\"sheet\"><header><div class=\"row\"><h1>Harbour wall approved</h1><p class=\"lead\">" + lead
                + "</p></div></header><div class=\"tools\"><a href=\"/print\">Print</a></div><article class=\"story-text\"><p>"
                + LONG_1 + "</p><p>" + LONG_2 + "</p><p>" + LONG_3 + "</p></article></article></body></html>");
        assertEquals(List.of(lead, LONG_1, LONG_2, LONG_3), paragraphs(nested));
    }

    @Test
    void aShortPostReadAgainWithFewerRulesStillLeavesOutItsShareBoxAndReplyForm() {
        String post = "<p>The ferry did not run today.</p><p>\u201EWhen will it run again?\u201C</p><p>\u2013 \u201ENobody knows.\u201C</p>";
        Article article = HtmlArticleParser.parse("<html><body><div class=\"post hentry\">" + post
                + "<div class=\"sharedaddy sd-sharing-enabled\"><div class=\"robots-nocontent sd-block sd-sharing\">"
                + "<h3 class=\"sd-title\">Share this:</h3><p>Share on the social network of your choice, with one click or two,"
                + " or three, and tell your friends, family and colleagues about it today.</p></div></div></div>"
                + "<div id=\"respond\" class=\"comment-respond\"><h3>Leave a reply</h3><p>Your e-mail address will not be"
                + " published, and required fields are marked, as they always are, with a small star beside them.</p>"
                + "<form><p>Name, e-mail, website, comment</p><input name=\"author\"></form></div></body></html>");
        assertEquals(List.of("The ferry did not run today.", "\u201EWhen will it run again?\u201C", "\u2013 \u201ENobody knows.\u201C"),
                paragraphs(article));
    }

    @Test
    void theAuthorsNotePostDetailsAndTagsAfterTheArticleAreLeftOut() {
        Article article = HtmlArticleParser.parse("<html><body><div class=\"content-sharing-container\">"
                + "<div class=\"entry-content\"><p>" + LONG_1 + "</p><p>" + LONG_2 + "</p><p>" + LONG_3 + "</p>"
                + "<div class=\"about-the-author-box\"><p>Ann Lee has written about the harbour towns of the north coast for"
                + " twenty years, and about their boats, their quays and their councils for longer still.</p></div>"
                + "<p class=\"postmetadata\">This entry was posted on Tuesday, 4 May, in Local news, and is filed under Harbour.</p>"
                + "<div class=\"tag-links\">Tags: harbour, council, wall</div></div></div></body></html>");
        assertEquals(List.of(LONG_1, LONG_2, LONG_3), paragraphs(article));
    }

    @Test
    void tableRowsWhoseNameIsALinkAreKept() {
        String rows = "<tr><td><a href=\"/seat/1\">Harbour Seat Deluxe</a></td><td>120</td></tr>"
                + "<tr><td><a href=\"/seat/2\">Quay Rider Plus</a></td><td>95</td></tr>";
        Article article = twoParagraphsThen("<table><tr><th>Model</th><th>Price</th></tr>" + rows + "</table><p>" + LONG_3 + "</p>");
        assertEquals(List.of(LONG_1, LONG_2, "Model Price", "Harbour Seat Deluxe 120", "Quay Rider Plus 95", LONG_3),
                paragraphs(article));
    }

    @Test
    void aPageWhoseTextIsAllInNoscriptIsReadFromThere() {
        Article article = HtmlArticleParser.parse("<html><body><div class=\"post-body\"><script>render()</script><noscript><p>"
                + LONG_1 + "</p><p>" + LONG_2 + "</p><p>" + LONG_3 + "</p></noscript></div></body></html>");
        assertEquals(List.of(LONG_1, LONG_2, LONG_3), paragraphs(article));
        Article elsewhere = HtmlArticleParser.parse("<html><body><article><p>" + LONG_1 + "</p><p>" + LONG_2 + "</p><p>" + LONG_3
                + "</p><noscript><p>Please turn on scripts to see the comments below this article, and to write one.</p></noscript>"
                + "</article></body></html>");
        assertEquals(List.of(LONG_1, LONG_2, LONG_3), paragraphs(elsewhere), "noscript is read only when nothing else is there");
    }

    @Test
    void theLabelOfABoxWhoseContentWasLeftOutGoesWithIt() {
        Article article = HtmlArticleParser.parse("<html><body><div class=\"ArticleBody\"><p>" + LONG_1 + "</p>"
                + "<div class=\"related-coverage ArticleBody-related\"><p>Related Coverage</p><div class=\"related-stories\">"
                + "<a href=\"/other\">Factbox: key winners at the harbour awards of the year</a></div></div>"
                + "<p>" + LONG_2 + "</p><p>" + LONG_3 + "</p></div></body></html>");
        assertEquals(List.of(LONG_1, LONG_2, LONG_3), paragraphs(article));
    }

    @Test
    void aLabelOverABoxOfLinksToOtherStoriesGoesWithTheBox() {
        String stories = "<ul><li><a href=\"/a\">Storm warning for the north coast tonight and tomorrow</a></li>"
                + "<li><a href=\"/b\">Rail fares to rise again in the spring, the operators say</a></li></ul>";
        Article article = HtmlArticleParser.parse("<html><body><article><p>" + LONG_1 + "</p><div class=\"box\"><p>Also read:</p>"
                + stories + "</div><p>" + LONG_2 + "</p><p>" + LONG_3 + "</p></article></body></html>");
        assertEquals(List.of(LONG_1, LONG_2, LONG_3), paragraphs(article));
        List<String> tools = List.of("BBEdit", "Transmit", "Acorn", "MarsEdit", "Yojimbo", "Script Debugger", "Snapz Pro X");
        StringBuilder items = new StringBuilder();
        tools.forEach(tool -> items.append("<li><a href=\"/").append(tool.length()).append("\">").append(tool).append("</a></li>"));
        Article names = HtmlArticleParser.parse("<html><body><article><p>" + LONG_1 + "</p><div class=\"box\"><p>Tools</p>"
                + "<ul>" + items + "</ul></div><p>" + LONG_2 + "</p><p>" + LONG_3 + "</p></article></body></html>");
        List<String> expected = new ArrayList<>(List.of(LONG_1, "Tools"));
        expected.addAll(tools);
        expected.addAll(List.of(LONG_2, LONG_3));
        assertEquals(expected, paragraphs(names), "a list of names is content");
    }

    @Test
    void aHeadingWithNothingUnderItAtTheEndIsLeftOut() {
        Article article = twoParagraphsThen("<h3>Das k\u00F6nnte Sie auch interessieren!</h3>");
        assertEquals(List.of(LONG_1, LONG_2), paragraphs(article));
    }

    @Test
    void aPicturesCaptionAndCreditAreLeftOut() {
        Article article = HtmlArticleParser.parse("<html><body><article><p>" + LONG_1 + "</p>"
                + "<p><img src=\"wall.png\"><br><em>(Credit: Ann Lee / Harbour Gazette)</em></p>"
                + "<div class=\"imginline\"><a href=\"big.png\"><img src=\"quay.png\"></a><span>Abbildung: the north quay in winter</span></div>"
                + "<p>" + LONG_2 + "</p><p><img class=\"emoji\" src=\"smile.png\"> " + LONG_3 + "</p></article></body></html>");
        assertEquals(List.of(LONG_1, LONG_2, LONG_3), paragraphs(article));
    }

    @Test
    void theCopyrightLineAtTheEndIsLeftOut() {
        Article article = twoParagraphsThen("<p>\u00A9 2022, Harbour Gazette. This article is the property of the Gazette. Written permission must be"
                + " obtained before reprint.</p>");
        assertEquals(List.of(LONG_1, LONG_2), paragraphs(article));
    }

    @Test
    void theLeadInAHeaderJustBeforeTheArticleIsKept() {
        String lead = "Three years of argument end with a vote for the wall that the old town asked for";
        Article article = HtmlArticleParser.parse("<html><head><title>Harbour wall approved</title></head><body>"
                + "<section class=\"page\"><header class=\"article-header-wrapper\"><h1>Harbour wall approved</h1>"
                + "<h2 class=\"article-subheadline\">" + lead + "</h2></header>"
                + "<article><div class=\"body-article\"><p>" + LONG_1 + "</p><p>" + LONG_2 + "</p><p>" + LONG_3
                + "</p></div><div class=\"tools\"><a href=\"/print\">Print</a></div></article></section></body></html>");
        assertEquals(List.of(lead, LONG_1, LONG_2, LONG_3), paragraphs(article));
    }

    @Test
    void aTableSetInAFigureIsKept() {
        Article article = HtmlArticleParser.parse("<html><body><article><p>" + LONG_1 + "</p>"
                + "<figure class=\"table-block\"><table><tr><th>Fee</th><th>Amount</th></tr><tr><td>Mooring</td><td>12 GBP</td></tr>"
                + "</table></figure><p>" + LONG_2 + "</p></article></body></html>");
        assertEquals(List.of(LONG_1, "Fee Amount", "Mooring 12 GBP", LONG_2), paragraphs(article));
    }
}
