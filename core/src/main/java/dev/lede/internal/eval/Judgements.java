package dev.lede.internal.eval;

import dev.lede.LedeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Topics (TSV {@code id<TAB>query}, or TREC XML with {@code <num>} and {@code <title>}) and qrels ({@code qid 0 docid grade}). */
public final class Judgements {
    private static final Pattern TREC_TOPIC = Pattern.compile(
            "(?s)<top>.*?<num>\\s*(?:Number:)?\\s*(\\S+).*?<title>\\s*(?:Topic:)?\\s*(.*?)\\s*(?=<)");

    private Judgements() {}

    /** Topic id to query, in file order. */
    public static Map<String, String> topics(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Map<String, String> topics = new LinkedHashMap<>();
        if (text.stripLeading().startsWith("<")) {
            Matcher topic = TREC_TOPIC.matcher(text);
            while (topic.find()) {
                topics.put(topic.group(1), topic.group(2).replaceAll("\\s+", " "));
            }
        } else {
            List<String> lines = text.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new LedeException(file + ":" + (i + 1) + ": a topic line is \"id<TAB>query\"");
                }
                topics.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
            }
        }
        if (topics.isEmpty()) {
            throw new LedeException(file + " holds no topics.");
        }
        return topics;
    }

    /** Topic id to (article id to grade). */
    public static Map<String, Map<String, Integer>> qrels(Path file) throws IOException {
        Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String[] fields = lines.get(i).strip().split("\\s+");
            if (fields.length == 1 && fields[0].isEmpty()) {
                continue;
            }
            try {
                if (fields.length != 4) {
                    throw new NumberFormatException();
                }
                qrels.computeIfAbsent(fields[0], k -> new LinkedHashMap<>()).put(fields[2], Integer.parseInt(fields[3]));
            } catch (NumberFormatException e) {
                throw new LedeException(file + ":" + (i + 1) + ": a qrels line is \"topic 0 article grade\"");
            }
        }
        return qrels;
    }
}
