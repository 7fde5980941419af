package dev.lede.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.LedeException;
import dev.lede.Name;
import dev.lede.NameType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own OpenNLP model, given by path, adds the names it finds to the rules' names. */
class ModelNameExtractorTest {
    @TempDir
    static Path directory;
    static Path model;

    /** Trains a small person model on made-up sentences, as a user would train theirs on real ones. */
    @BeforeAll
    static void trainAModel() throws Exception {
        List<String> people = List.of("Zorblat Quenx", "Marvo Tillquist", "Pendra Olsk", "Quill Varnado", "Sefton Brax",
                "Ulla Frenk", "Dorrit Kvale", "Yannick Pross");
        List<String> frames = List.of("%s said the plan would fail .", "Officials met %s on Monday .",
                "The report was written by %s and colleagues .", "According to %s , prices rose .",
                "%s declined to comment .", "Critics of %s gathered outside .");
        StringBuilder data = new StringBuilder();
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < people.size(); i++) {
                String frame = frames.get((i + round) % frames.size());
                data.append(String.format(frame, "<START:person> " + people.get(i) + " <END>")).append('\n');
            }
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 60);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        byte[] bytes = data.toString().getBytes(StandardCharsets.UTF_8);
        TokenNameFinderModel trained = NameFinderME.train("en", null,
                new NameSampleDataStream(new PlainTextByLineStream(() -> new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)),
                parameters, new TokenNameFinderFactory());
        model = directory.resolve("en-ner-person.bin");
        trained.serialize(model);
    }

    @Test
    void theModelsNamesJoinTheRulesNames() {
        ModelNameExtractor extractor = new ModelNameExtractor(new RuleBasedNameExtractor(), model);
        String body = "Officials met Zorblat Quenx in Berlin on Monday. Zorblat Quenx declined to comment.";
        List<Name> names = extractor.extract("", body);
        assertTrue(names.contains(new Name("Berlin", NameType.PLACE)), names.toString());
        assertTrue(names.contains(new Name("Zorblat Quenx", NameType.PERSON)), "found only by the model: " + names);
        assertFalse(new RuleBasedNameExtractor().extract("", body).contains(new Name("Zorblat Quenx", NameType.PERSON)),
                "the rules alone do not find him, so the model is what found him");
        assertEquals(1, names.stream().filter(n -> n.text().equals("Zorblat Quenx")).count());
    }

    @Test
    void aFileThatIsNoModelIsRefusedInOneSentence() throws Exception {
        Path notAModel = Files.writeString(directory.resolve("notes.bin"), "not a model");
        LedeException e = assertThrows(LedeException.class, () -> new ModelNameExtractor(new RuleBasedNameExtractor(), notAModel));
        assertTrue(e.getMessage().startsWith(notAModel + " is not an OpenNLP name-finder model"), e.getMessage());
    }
}
