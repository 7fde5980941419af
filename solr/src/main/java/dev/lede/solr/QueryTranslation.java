package dev.lede.solr;

import dev.lede.InvalidQueryException;
import dev.lede.NameType;
import dev.lede.internal.index.Fields;
import dev.lede.internal.parse.ArticleIds;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * lede's query syntax as an edismax query and filter queries. Plain words, {@code AND}/{@code OR}, brackets,
 * {@code title:}, {@code body:} and {@code id:} stay in the scored query; a quoted phrase searches headline, text and
 * names with lede's weights. {@code name:}, {@code person:}, {@code organization:}, {@code place:}, {@code source:} and
 * {@code date:} become filters when they must not hold ({@code -}) or are the whole query. Among plain words they
 * stay in the scored query, where lede's syntax gives them their meaning: alternatives to the words, or, with
 * {@code +}, required while the words only score.
 *
 * <p>A query of name filters alone ranks its matches as the local index does: by the names in the headline and text
 * (a name of several words as the phrase, a person's also by surname alone), newest first among equals.
 *
 * @param query the scored query for edismax; {@code *:*} when the query holds only filters
 * @param filters one Solr filter query each
 * @param mentions for a query of name filters alone, the names in headline and text as a query that only scores
 *     (edismax's boost query); empty otherwise
 */
record QueryTranslation(String query, List<String> filters, String mentions) {
    /** Where a name of a query of names alone is scored, with the local index's boosts of headline and text. */
    private static final String MENTION_FIELDS = "title:%1$s^2 " + Fields.WORDS + ":%1$s";
    /** Boosts of the fields a phrase is searched in at once: the local index's {@code Fields.searched}. */
    private static final String PHRASE_FIELDS = "title:%1$s^2 OR " + Fields.WORDS + ":%1$s OR " + Fields.NAMES + ":%1$s^1.5";

    QueryTranslation {
        filters = List.copyOf(filters);
    }

    QueryTranslation(String query, List<String> filters) {
        this(query, filters, "");
    }

    /** {@return whether the query is of name filters alone, ranked by how much the articles say the names} */
    boolean byMentions() {
        return !mentions.isEmpty();
    }

    /** @throws InvalidQueryException saying what in the query is wrong */
    static QueryTranslation of(String userQuery) {
        try {
            return translated(userQuery);
        } catch (Refusal refusal) {
            throw new InvalidQueryException(userQuery, refusal.getMessage());
        }
    }

    /** What is wrong with a query, before the query is known to the message. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message, null, false, false);
        }
    }

    private static QueryTranslation translated(String userQuery) {
        List<String> tokens = tokens(userQuery);
        // Among words, a field clause is one more alternative (lede's OR), so it stays in the scored query; one that
        // must or must not hold, or a query of field clauses alone, narrows the matches without scoring: a filter.
        boolean operators = tokens.stream().anyMatch(t -> OPERATORS.contains(t) || t.startsWith("(") || t.endsWith(")"));
        boolean fieldsOnly = tokens.stream().allMatch(t -> fieldColon(unsigned(t)) >= 0);
        List<String> scored = new ArrayList<>();
        List<String> filters = new ArrayList<>();
        // Field clauses of a query of nothing else: any of them will do, as in lede's syntax.
        List<String> alternatives = new ArrayList<>();
        // For a query of field clauses alone: the names it asks for, scored in the headline and text.
        List<String> mentions = new ArrayList<>();
        boolean required = false;
        for (String token : tokens) {
            String sign = token.length() > unsigned(token).length() ? token.substring(0, 1) : "";
            String rest = unsigned(token);
            int colon = fieldColon(rest);
            if (colon < 0) {
                scored.add(rest.startsWith("\"") ? sign + "(" + String.format(Locale.ROOT, PHRASE_FIELDS, rest) + ")" : token);
                continue;
            }
            String field = rest.substring(0, colon).toLowerCase(Locale.ROOT);
            String value = rest.substring(colon + 1);
            String clause = switch (field) {
                case "name" -> Fields.NAMES + ":" + phrase(value);
                case "person", "organization", "place" -> Fields.names(NameType.fromLabel(field)) + ":" + phrase(value);
                case "source" -> Fields.SOURCE + ":" + source(unquoted(value));
                case "date", "published" -> Fields.PUBLISHED + ":" + dateRange(value);
                case "title", "id" -> field + ":" + value;
                case "body", "text" -> Fields.WORDS + ":" + value;
                default -> throw new Refusal("Unknown field " + field
                        + ":; use title:, body:, name:, person:, organization:, place:, source:, date: or id:.");
            };
            boolean filtering = !operators && !field.equals("title") && !field.equals("id") && !field.equals("body")
                    && !field.equals("text");
            boolean named = field.equals("name") || field.equals("person") || field.equals("organization") || field.equals("place");
            if (filtering && fieldsOnly && named && !sign.equals("-")) {
                mentions.add(String.format(Locale.ROOT, MENTION_FIELDS, phrase(value)));
                String[] words = unquoted(value).strip().split("\\s+");
                if (field.equals("person") && words.length > 1) {
                    mentions.add(String.format(Locale.ROOT, MENTION_FIELDS, phrase(words[words.length - 1])));
                }
            }
            if (filtering && sign.equals("-")) {
                filters.add("-" + clause);
            } else if (filtering && fieldsOnly && sign.equals("+")) {
                filters.add(clause);
                required = true;
            } else if (filtering && fieldsOnly) {
                alternatives.add(clause);
            } else {
                scored.add(sign + clause);
            }
        }
        // Beside a required clause the others only score (Lucene's +a b), and a filter scores nothing.
        if (!alternatives.isEmpty() && !required) {
            filters.add(alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(") OR (", alternatives) + ")");
        }
        if (!mentions.isEmpty() && scored.isEmpty()) {
            // The filters match; the names only score, so an article whose name is not written out as asked still matches.
            return new QueryTranslation("*:*", filters, String.join(" ", mentions));
        }
        String query = scored.stream().allMatch(QueryTranslation::negative) ? "*:* " + String.join(" ", scored) : String.join(" ", scored);
        return new QueryTranslation(query.strip(), filters);
    }

    private static final java.util.Set<String> OPERATORS = java.util.Set.of("AND", "OR", "NOT", "&&", "||");

    /** The token without a leading {@code -} or {@code +}. */
    private static String unsigned(String token) {
        return token.startsWith("-") || token.startsWith("+") ? token.substring(1) : token;
    }

    private static boolean negative(String clause) {
        return clause.startsWith("-");
    }

    /** Where a {@code field:} prefix ends, or -1 for a plain word or phrase. */
    private static int fieldColon(String token) {
        int colon = token.indexOf(':');
        return colon > 0 && token.substring(0, colon).chars().allMatch(Character::isLetter) ? colon : -1;
    }

    /**
     * A site ({@code aljazeera.com}, {@code www.} ignored) or a pattern of sites ({@code bbc*}, {@code *.co.uk},
     * {@code ?} for one character), as the local index matches them.
     */
    private static String source(String value) {
        if (value.contains("~")) {
            throw new Refusal("Near spellings (~) work on words, not on sources; write source:aljazeera.com or source:aljazeera*.");
        }
        boolean pattern = value.indexOf('*') >= 0 || value.indexOf('?') >= 0;
        String site = pattern ? ArticleIds.site(value) : ArticleIds.sourceOf(value);
        if (site.isEmpty()) {
            return "\"\"";
        }
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < site.length(); i++) {
            char c = site.charAt(i);
            escaped.append(pattern && (c == '*' || c == '?') ? String.valueOf(c) : ClientUtils.escapeQueryChars(String.valueOf(c)));
        }
        return escaped.toString();
    }

    /** The words of a name filter as a phrase of the analysed field, as lede matches a name. */
    private static String phrase(String value) {
        return "\"" + unquoted(value).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    /** {@code 2024}, {@code 2024-06}, {@code 2024-06-11} or {@code [2024-01-01 TO 2024-06-30]} as yyyymmdd bounds. */
    private static String dateRange(String value) {
        if (value.startsWith("[") && value.endsWith("]")) {
            String[] ends = value.substring(1, value.length() - 1).trim().split("\\s+TO\\s+");
            if (ends.length != 2) {
                throw new Refusal("Write a date range like date:[2024-01-01 TO 2024-06-30], not " + value + ".");
            }
            String low = ends[0].equals("*") ? "*" : String.valueOf(ArticleFields.day(bounds(ends[0])[0]));
            String high = ends[1].equals("*") ? "*" : String.valueOf(ArticleFields.day(bounds(ends[1])[1]));
            return "[" + low + " TO " + high + "]";
        }
        LocalDate[] bounds = bounds(unquoted(value));
        return "[" + ArticleFields.day(bounds[0]) + " TO " + ArticleFields.day(bounds[1]) + "]";
    }

    /** The first and last day a year, month or day stands for. */
    private static LocalDate[] bounds(String date) {
        try {
            String[] parts = date.split("-");
            return switch (parts.length) {
                case 1 -> new LocalDate[] {LocalDate.of(Integer.parseInt(parts[0]), 1, 1), LocalDate.of(Integer.parseInt(parts[0]), 12, 31)};
                case 2 -> {
                    LocalDate first = LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 1);
                    yield new LocalDate[] {first, first.withDayOfMonth(first.lengthOfMonth())};
                }
                case 3 -> {
                    LocalDate day = LocalDate.parse(date);
                    yield new LocalDate[] {day, day};
                }
                default -> throw new NumberFormatException(date);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new Refusal("\"" + date + "\" is not a date; write one like 2024-06-11, 2024-06 or 2024.");
        }
    }

    /** The query split at white space outside quotes and square brackets. */
    static List<String> tokens(String query) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        int brackets = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                brackets++;
            } else if (!quoted && c == ']') {
                brackets = Math.max(0, brackets - 1);
            }
            if (Character.isWhitespace(c) && !quoted && brackets == 0) {
                if (!token.isEmpty()) {
                    tokens.add(token.toString());
                    token.setLength(0);
                }
            } else {
                token.append(c);
            }
        }
        if (quoted) {
            throw new Refusal("A quote is not closed in: " + query);
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens;
    }
}
