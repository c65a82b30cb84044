package io.triangulate.analysis.eventtype;

import io.triangulate.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** English behaviour on fixtures written for these tests, one or more per type and per disambiguation rule. */
class EventTypeClassifierTest {
    static final EventTypeClassifier C = EventTypeClassifier.create();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ART_MISS_ATTACK | Two Katyusha rockets landed near the embassy late on Saturday, officials said.
            ART_MISS_ATTACK | Mortar shells fell on a residential district, wounding four people.
            ART_MISS_ATTACK | Government troops shelled rebel positions overnight with heavy artillery.
            AIR_STRIKE | A drone strike killed three suspected militants in a car near the border.
            AIR_STRIKE | Warplanes bombed a market town, killing at least nine civilians.
            AIR_STRIKE | Missiles fired by fighter jets hit an ammunition depot outside the city.
            REM_EXPLOS | A roadside bomb exploded as an army patrol passed, killing two soldiers.
            REM_EXPLOS | A car bomb went off outside a police station on Monday.
            REM_EXPLOS | Three children were wounded when a landmine exploded in a field.
            SUIC_BOMB | A suicide bomber blew himself up at a crowded checkpoint, killing eleven.
            GRENADE | Militants lobbed a grenade at a police vehicle, injuring three officers.
            CHEM_WEAP | Dozens were treated for breathing problems after a chlorine gas attack on the town.
            ARMED_CLASH | Rebels and government forces clashed for hours on the outskirts of the city.
            ARMED_CLASH | Insurgents attacked an army checkpoint and fought soldiers until dawn.
            ATTACK | Gunmen opened fire on worshippers leaving a mosque, killing six.
            ATTACK | A man was shot and killed outside a bar early Sunday, police said.
            ATTACK | Two people were found shot dead in an apartment on Friday night.
            MOB_VIOL | An angry mob lynched a man suspected of stealing a motorbike.
            VIOL_DEMONSTR | Rioters threw stones at police and set cars on fire during the protest.
            VIOL_DEMONSTR | Protesters clashed with police and smashed shop windows downtown.
            PROTEST_WITH_INTER | Police used water cannon to disperse protesters outside parliament; dozens were detained.
            FORCE_AGAINST_PROTEST | Security forces opened fire on peaceful protesters, killing at least five.
            FORCE_AGAINST_PROTEST | Troops fired live rounds at demonstrators, leaving twelve dead.
            PEACE_PROTEST | Thousands of people marched peacefully through the capital to demand new elections.
            PEACE_PROTEST | Teachers staged a protest outside the ministry over unpaid salaries.
            ARREST | Police arrested twenty opposition activists in dawn raids.
            ABDUCT_DISSAP | Gunmen kidnapped four aid workers on the road to the airport.
            SEX_VIOL | Soldiers raped at least a dozen women in the village, a rights group said.
            PROPERTY_DISTRUCT | Shops were looted and several houses torched in the night.
            DISR_WEAP | Police seized forty rifles and thousands of rounds of ammunition in a raid.
            DISR_WEAP | Army engineers defused a bomb found under a bridge.
            DISR_WEAP | Air defences intercepted two missiles over the capital.
            AGREEMENT | The two sides agreed to a ceasefire after talks mediated by the neighbours.
            AGREEMENT | The government and the rebels signed a peace agreement on Friday.
            CHANGE_TO_GROUP_ACT | The army deployed reinforcements to the northern border.
            CHANGE_TO_GROUP_ACT | Dozens of fighters defected to the government side.
            HQ_ESTABLISHED | Foreign troops set up a new military base near the oil fields.
            GOV_REGAINS_TERIT | Government forces recaptured the town from the rebels after a week of fighting.
            NON_STATE_ACTOR_OVERTAKES_TER | Militants seized control of the district headquarters and two villages.
            NON_VIOL_TERRIT_TRANSFER | The army withdrew from the border crossing and rebels took control of it without resistance.
            ORG_CRIME | Customs officers broke up a smuggling ring and seized counterfeit banknotes.
            ORG_CRIME | Police dismantled a human trafficking network operating from the port.
            NATURAL_DISASTER | A magnitude 6.4 earthquake struck the region, collapsing hundreds of homes.
            NATURAL_DISASTER | Flash floods after torrential rain swept away bridges in the valley.
            MAN_MADE_DISASTER | A gas leak at a chemical plant forced the evacuation of nearby homes.
            MAN_MADE_DISASTER | A bus collided with a truck on the highway, killing eight passengers.
            DIPLO | The government expelled three diplomats and imposed new sanctions.
            ATTRIB | The group claimed responsibility for the bombing in a statement online.
            ATTRIB | The minister blamed the neighbouring country for the attacks on the pipeline.
            OTHER | The actress checked into a rehab facility in Malibu, her representative confirmed.
            OTHER | The company unveiled its new laptop at a press event on Tuesday.
            """)
    void english(EventType expected, String text) {
        assertEquals(expected, C.classify(text, "en"), () -> C.explain(text, "en"));
    }

    @Test void weaponDecidesOverClash() {
        assertEquals(EventType.GRENADE,
                C.classify("Seven soldiers were injured in a grenade explosion during clashes with rebels.", "en"));
        assertEquals(EventType.ART_MISS_ATTACK,
                C.classify("Rocket-propelled grenades were used to shoot down an army helicopter during fighting.", "en"));
    }

    @Test void leadEventWinsOverBackground() {
        // The protest is background to the arrests "ahead of" it.
        assertEquals(EventType.ARREST,
                C.classify("Police arrested dozens of activists ahead of planned protests on Friday.", "en"));
        // The claim comes after the attack it is about.
        assertEquals(EventType.REM_EXPLOS,
                C.classify("A roadside bomb killed four soldiers on Monday, in an attack later claimed by the group.", "en"));
    }

    @Test void protestTopicIsNotTheEvent() {
        assertEquals(EventType.PEACE_PROTEST,
                C.classify("Thousands joined a peaceful march against police brutality and gun violence.", "en"));
    }

    @Test void murderSuicideIsNotSuicideBombing() {
        assertEquals(EventType.ATTACK,
                C.classify("A man shot his wife and two neighbours before killing himself, police said.", "en"));
    }

    @Test void scoresAreNormalisedAndAgreeWithClassify() {
        String text = "Two mortar shells hit the Green Zone, but nobody was hurt.";
        Map<EventType, Double> s = C.scores(text, "en");
        assertEquals(EventType.values().length, s.size());
        assertEquals(1.0, s.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        EventType best = s.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals(C.classify(text, "en"), best);
    }

    @Test void emptyAndUnknownTextsAreOther() {
        assertEquals(EventType.OTHER, C.classify("", "en"));
        assertEquals(EventType.OTHER, C.classify("   \n\n  ", null));
        assertEquals(EventType.OTHER, C.classify("1234 5678", "xx"));
        assertThrows(NullPointerException.class, () -> C.classify(null, "en"));
    }

    @Test void longArticleReadsTheLead() {
        StringBuilder sb = new StringBuilder("Rockets struck an air base north of the capital on Saturday, officials said.\n");
        for (int i = 0; i < 400; i++) sb.append("The weather was mild and the market was busy as usual. ");
        assertEquals(EventType.ART_MISS_ATTACK, C.classify(sb.toString(), "en"));
    }

    @Test void threadSafe() throws Exception {
        List<String> texts = List.of("A suicide bomber blew himself up at a market.",
                "Police fired tear gas at protesters.", "An earthquake hit the coast.",
                "Gunmen kidnapped two engineers.");
        List<EventType> expected = texts.stream().map(t -> C.classify(t, "en")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> fs = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                fs.add(pool.submit(() -> {
                    for (int r = 0; r < 200; r++) {
                        for (int i = 0; i < texts.size(); i++) {
                            if (C.classify(texts.get(i), "en") != expected.get(i)) return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : fs) assertTrue(f.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
