package io.triangulate.analysis.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = SentenceSplitter.create();

    private List<String> split(String text, String lang) {
        return splitter.split(text, lang).stream().map(s -> s.of(text)).toList();
    }

    @Test void abbreviationsDoNotEndSentences() {
        String t = "Gen. Mark Hale met Mr. Osei at 9 a.m. on Jan. 12 in Washington. The U.S. Embassy said the talks went well.";
        assertEquals(List.of("Gen. Mark Hale met Mr. Osei at 9 a.m. on Jan. 12 in Washington.",
                "The U.S. Embassy said the talks went well."), split(t, "en"));
    }

    @Test void acronymOrAbbreviationAtTheEndOfASentence() {
        assertEquals(List.of("The troops returned to the U.S.", "They had served for a year."),
                split("The troops returned to the U.S. They had served for a year.", "en"));
        assertEquals(List.of("The blast happened at 6 p.m.", "Police closed the area."),
                split("The blast happened at 6 p.m. Police closed the area.", "en"));
        assertEquals(List.of("Shares in Acme Inc.", "The company did not comment."),
                split("Shares in Acme Inc. The company did not comment.", "en"));
    }

    @Test void datelinesWithStateAbbreviations() {
        assertEquals(List.of("NASHVILLE, Tenn. (WXYZ) - A man was shot on Main Street.", "He survived."),
                split("NASHVILLE, Tenn. (WXYZ) - A man was shot on Main Street. He survived.", "en"));
        assertEquals(List.of("She lives in Springfield, Ill.", "The family moved there in 2010."),
                split("She lives in Springfield, Ill. The family moved there in 2010.", "en"));
        assertEquals(List.of("He was ill.", "Doctors kept him overnight."),
                split("He was ill. Doctors kept him overnight.", "en"));
    }

    @Test void initialsAndNumbers() {
        assertEquals(List.of("John F. Kennedy Airport reopened after 3.5 hours.", "Flights resumed."),
                split("John F. Kennedy Airport reopened after 3.5 hours. Flights resumed.", "en"));
    }

    @Test void quotations() {
        String t = "“We will respond,” the minister said. “The attack was cowardly.” Officials did not say more. "
                + "\"Why now?\" he asked.";
        assertEquals(List.of("“We will respond,” the minister said.", "“The attack was cowardly.”",
                "Officials did not say more.", "\"Why now?\" he asked."), split(t, "en"));
    }

    @Test void newlinesAlwaysBreak() {
        String t = "Calls for revenge\nImmediately after the attack, drones flew over the base\n\nA second paragraph.";
        assertEquals(List.of("Calls for revenge", "Immediately after the attack, drones flew over the base",
                "A second paragraph."), split(t, "en"));
    }

    @Test void embeddedPostKeepsItsSignature() {
        String t = "Sirens rang out near the compound, according to sources. — Gulf Desk (@GulfDesk) January 4, 2020";
        assertEquals(List.of(t), split(t, "en"));
    }

    @Test void arabicPunctuation() {
        String t = "سقط صاروخان قرب المطار. لم تقع إصابات؟ قال مصدر أمني إن الوضع هادئ.";
        assertEquals(List.of("سقط صاروخان قرب المطار.", "لم تقع إصابات؟", "قال مصدر أمني إن الوضع هادئ."), split(t, "ar"));
    }

    @Test void chineseFullStops() {
        assertEquals(List.of("两枚火箭弹落在机场附近。", "没有人员伤亡。"), split("两枚火箭弹落在机场附近。没有人员伤亡。", "zh"));
    }

    @Test void frenchAndGermanAbbreviations() {
        assertEquals(List.of("M. Dupont a rencontré Mme Martin à Lyon.", "Ils ont parlé du budget."),
                split("M. Dupont a rencontré Mme Martin à Lyon. Ils ont parlé du budget.", "fr"));
        assertEquals(List.of("Am 4. Januar traf Dr. Weber in Berlin ein.", "Er blieb zwei Tage."),
                split("Am 4. Januar traf Dr. Weber in Berlin ein. Er blieb zwei Tage.", "de"));
    }

    @Test void ellipsisAndExclamations() {
        assertEquals(List.of("They waited...", "Nothing came!", "Then rain."),
                split("They waited... Nothing came! Then rain.", "en"));
    }

    @Test void lowercaseAfterPeriodDoesNotBreak() {
        assertEquals(List.of("The company, known as Acme Co. since 1990, closed."),
                split("The company, known as Acme Co. since 1990, closed.", "en"));
    }

    @Test void spansAreTrimmedAndIndexTheText() {
        String t = "  First one.   Second one.  \n\n  ";
        List<TextSpan> spans = splitter.split(t, "en");
        assertEquals(2, spans.size());
        assertEquals(new TextSpan(2, 12), spans.get(0));
        assertEquals("Second one.", spans.get(1).of(t));
        assertTrue(splitter.split("", "en").isEmpty());
        assertTrue(splitter.split(" \n ... \n", "en").isEmpty());
    }
}
