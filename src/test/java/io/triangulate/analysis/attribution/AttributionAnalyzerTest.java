package io.triangulate.analysis.attribution;

import io.triangulate.model.Attribution;
import io.triangulate.model.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.*;

class AttributionAnalyzerTest {
    private static final AttributionAnalyzer AN = AttributionAnalyzer.create();

    static void reported(String sentence, String speaker, String via) {
        Attribution a = AN.attribute(sentence, "en");
        assertEquals(speaker, a.speaker(), () -> sentence + " → " + a);
        assertEquals(via, a.via(), () -> sentence + " → " + a);
        assertEquals(Modality.REPORTED, a.modality(), () -> sentence + " → " + a);
    }

    @Test void trailingReportingClause() {
        reported("Three bombs exploded near the market on Monday, security officials said.", "security officials", null);
        reported("The road was closed for hours, police said.", "police", null);
        reported("Flights will resume on Friday, authorities say.", "authorities", null);
        reported("Drones flew over the town after the blast, the sources added.", "sources", null);
        reported("The convoy was hit near the bridge, Reuters reported.", "Reuters", null);
        reported("“We heard three explosions,” a resident told reporters.", "resident", null);
    }

    @Test void invertedReportingClause() {
        reported("The fire started in the kitchen, said fire chief Dana Ross.", "fire chief Dana Ross", null);
    }

    @Test void leadingReportingClause() {
        reported("Reuters reported that two drones hit the depot.", "Reuters", null);
        reported("Police say the suspect fled on foot.", "Police", null);
        reported("The Associated Press reported that the port was closed.", "The Associated Press", null);
    }

    @Test void accordingTo() {
        reported("According to the regional military command, there were no casualties in the raid.", "regional military command", null);
        reported("The bridge collapsed at dawn, according to local officials.", "local officials", null);
    }

    @Test void relayCitingAnotherSource() {
        reported("A second shell landed near the airport, The Times of London reported, citing the army.", "army", "The Times of London");
    }

    @Test void labelledQuotationRelayed() {
        reported("“A police source: Two grenades exploded near the station,” Sky News reported on Twitter.", "police source", "Sky News");
    }

    @Test void embeddedPost() {
        Attribution a = AN.attribute("Heavy smoke over the harbour, according to witnesses. — City News (@CityNews) March 3, 2021", "en");
        assertEquals("witnesses", a.speaker());
        assertEquals("@CityNews", a.via());
        Attribution b = AN.attribute("مصدر أمني: انفجار قرب الميناء — الأخبار (@News_Ar) March 3, 2021", "en");
        assertEquals("مصدر أمني", b.speaker());
        assertEquals("@News_Ar", b.via());
    }

    @Test void ownVoiceIsAsserted() {
        Attribution a = AN.attribute("Shells hit the grain silo on the edge of town late on Monday.", "en");
        assertEquals(Attribution.OWN_VOICE, a);
        assertEquals(Modality.ASSERTED, AN.modality("Reports of explosions reached the capital on Sunday.", "en"));
        assertEquals(Modality.ASSERTED, AN.modality("The United States sent more troops this week.", "en"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The blasts may have been a response to last week's raid.",
            "Militias might be behind the attack.",
            "The drones could have been launched from across the border.",
            "It's possible the fire was set on purpose.",
            "It's not hard to imagine that the rebels were involved.",
            "The shell appears to have missed the barracks.",
            "Early reports seem to indicate that the talks have collapsed.",
            "The death toll will likely rise.",
            "It is unclear who fired first.",
            "Perhaps the guards were asleep.",
            "The attackers probably came by boat.",
            "Had the alarm sounded, the guards would have been ready.",
    })
    void speculation(String sentence) {
        assertEquals(Modality.SPECULATED, AN.modality(sentence, "en"), sentence);
    }

    @Test void anAdverbBeforeTheVerbIsNotPartOfTheSpeaker() {
        assertEquals("officials", AN.attribute("Guard hurt in blast at depot, officials now say", "en").speaker());
        assertEquals("ministry", AN.attribute("Two soldiers were wounded, the ministry still says.", "en").speaker());
    }

    @Test void speculationKeepsItsSource() {
        Attribution a = AN.attribute("The gunman may have known the victims, police said.", "en");
        assertEquals(Modality.SPECULATED, a.modality());
        assertEquals("police", a.speaker());
        assertEquals(Modality.REPORTED, AN.modality("The victim could not be reached for comment, police said.", "en"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Read our editorial standards.",
            "We are committed to truth and accuracy in all of our journalism.",
            "TRENDING: Senator blasts the governor over the budget",
            "RELATED: What the new law means for you",
            "Do you believe the minister should resign?",
            "Subscribe to our newsletter for daily updates.",
            "Click here to log out.",
            "Isn't it time the city did something?",
    })
    void opinionAndPromotion(String sentence) {
        assertEquals(Modality.OPINION, AN.modality(sentence, "en"), sentence);
    }

    @Test void quotedQuestionIsReportedNotOpinion() {
        assertEquals(Modality.REPORTED, AN.modality("“Why would anyone do this?” the mayor asked, police said.", "en"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | Deux obus sont tombés près de l'ambassade, a déclaré un responsable. | responsable",
            "fr | Selon le commandement militaire irakien, il n'y a pas eu de victimes. | commandement militaire irakien",
            "fr | Les drones ont survolé la base, ont indiqué les sources. | sources",
            "es | Según la policía, dos hombres fueron detenidos. | policía",
            "es | Dos cohetes cayeron cerca de la embajada, dijo un portavoz. | portavoz",
            "de | Laut Polizei wurden zwei Männer festgenommen. | Polizei",
            "de | Zwei Raketen schlugen ein, sagte ein Sprecher. | Sprecher",
            "it | Secondo la polizia, due uomini sono stati arrestati. | polizia",
            "it | Due razzi sono caduti, ha detto un portavoce. | portavoce",
            "nl | Volgens de politie zijn twee mannen gearresteerd. | politie",
            "nl | Twee raketten sloegen in, zei een woordvoerder. | woordvoerder",
            "ar | وفقا للشرطة، سقط صاروخان قرب السفارة | الشرطة",
            "ar | قال مصدر أمني إن صاروخين سقطا قرب السفارة | مصدر أمني",
            "ar | مصدر أمني عراقي: سقوط صاروخي كاتيوشا | مصدر أمني عراقي",
    })
    void otherLanguagesReportedSpeech(String lang, String sentence, String speaker) {
        Attribution a = AN.attribute(sentence, lang);
        assertEquals(Modality.REPORTED, a.modality(), () -> sentence + " → " + a);
        assertEquals(speaker, a.speaker(), () -> sentence + " → " + a);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | Les roquettes pourraient avoir été tirées par des milices.",
            "fr | Il est possible que l'attaque soit une riposte.",
            "es | Los cohetes podrían haber sido lanzados por milicias.",
            "es | Probablemente fue una represalia.",
            "de | Die Raketen könnten von Milizen abgefeuert worden sein.",
            "de | Vermutlich war es eine Vergeltung.",
            "it | I razzi potrebbero essere stati lanciati dalle milizie.",
            "it | Forse si tratta di una rappresaglia.",
            "nl | De raketten zouden door milities zijn afgevuurd.",
            "nl | Waarschijnlijk was het een vergelding.",
            "ar | ربما كان الهجوم ردا على الغارة",
    })
    void otherLanguagesSpeculation(String lang, String sentence) {
        assertEquals(Modality.SPECULATED, AN.modality(sentence, lang), sentence);
    }

    @Test void nullSentenceIsRejected() {
        assertThrows(NullPointerException.class, () -> AN.attribute(null, "en"));
        assertEquals(Attribution.OWN_VOICE, AN.attribute("", "en"));
    }
}
