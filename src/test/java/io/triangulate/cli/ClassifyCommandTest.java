package io.triangulate.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code triangulate classify}: the fields it prints per input and its options. */
class ClassifyCommandTest {
    @Test void typeOfEachItem() {
        ClassifyCommand c = new ClassifyCommand();
        Map<String, Object> out = c.process(new BatchCommand.Item("a", "Two Katyusha rockets landed near the embassy.", null, "en"));
        assertEquals(Map.of("type", "ART_MISS_ATTACK"), out);
        Map<String, Object> fr = c.process(new BatchCommand.Item("b", "La police a dispersé les manifestants avec du gaz lacrymogène.", null, "fr"));
        assertEquals("PROTEST_WITH_INTER", fr.get("type"));
    }

    @Test void scoresOption() {
        ClassifyCommand c = new ClassifyCommand();
        new CommandLine(c).parseArgs("--scores", "in.jsonl");
        Map<String, Object> out = c.process(new BatchCommand.Item("a", "A suicide bomber blew himself up at a market.", null, null));
        assertEquals("SUIC_BOMB", out.get("type"));
        @SuppressWarnings("unchecked") Map<String, Double> scores = (Map<String, Double>) out.get("scores");
        assertTrue(scores.containsKey("SUIC_BOMB"));
        assertTrue(scores.size() <= 5);
    }

    @Test void registeredInMain() {
        assertTrue(Main.commandLine().getSubcommands().containsKey("classify"));
    }
}
