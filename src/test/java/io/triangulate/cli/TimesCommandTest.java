package io.triangulate.cli;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimesCommandTest {
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> times(TimesCommand c, BatchCommand.Item item) {
        return (List<Map<String, Object>>) c.process(item).get("times");
    }

    @Test void publishedDateWinsOverDctAndFieldsFollowTheInterface() {
        TimesCommand c = new TimesCommand();
        c.dct = LocalDate.of(2020, 1, 4);
        String text = "Rockets hit the base on Friday morning.";
        List<Map<String, Object>> t = times(c, new BatchCommand.Item("a1", text, null, null));
        assertEquals(1, t.size());
        assertEquals(List.of("start", "end", "text", "type", "value"), List.copyOf(t.get(0).keySet()));
        assertEquals("2020-01-03TMO", t.get(0).get("value"));
        assertEquals("TIME", t.get(0).get("type"));
        assertEquals(text.indexOf("Friday"), t.get(0).get("start"));
        assertEquals("Friday morning", t.get(0).get("text"));
        // a JSON line's own "published" date is the reference
        t = times(c, new BatchCommand.Item("a2", text, LocalDate.of(2020, 1, 11), null));
        assertEquals("2020-01-10TMO", t.get(0).get("value"));
    }

    @Test void dateLineOfAPlainTextIsTheReference() {
        TimesCommand c = new TimesCommand();
        String text = " date 2020-01-04 Rockets hit the base on Friday morning.";
        List<Map<String, Object>> t = times(c, new BatchCommand.Item("a5", text, null, null));
        assertEquals(1, t.size(), t::toString);
        assertEquals("2020-01-03TMO", t.get(0).get("value"));
        assertEquals(text.indexOf("Friday"), t.get(0).get("start"));
    }

    @Test void languageOfTheItemIsUsed() {
        TimesCommand c = new TimesCommand();
        List<Map<String, Object>> t = times(c, new BatchCommand.Item("a3", "Hier soir, deux obus.", LocalDate.of(2020, 1, 4), "fr"));
        assertEquals("2020-01-03TEV", t.get(0).get("value"));
        t = times(c, new BatchCommand.Item("a4", "Tuesday", null, null));
        assertEquals("XXXX-WXX-2", t.get(0).get("value"));
    }
}
