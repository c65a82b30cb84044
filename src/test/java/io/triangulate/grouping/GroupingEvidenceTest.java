package io.triangulate.grouping;

import io.triangulate.model.AnalysedArticle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.triangulate.grouping.GrouperOnlineTest.art;
import static io.triangulate.grouping.GrouperOnlineTest.background;
import static org.junit.jupiter.api.Assertions.*;

/** Evidence that tells two similar events apart or joins the reports of one: sums of money, a story's core names, spans. */
class GroupingEvidenceTest {
    static final String HEIST = "Four robbers smashed the window of the Vrana jewellery house on Masaryk square in Brno "
            + "and fled with rings and watches worth %s, police said.";

    @Test void sumsOfMoneyAreReadWithTheirCurrency() {
        long[] a = SignatureExtractor.amounts("They took $2.6 million (2 million euros) and a £74m necklace; a $50,000 reward was offered.");
        assertArrayEquals(new long[]{Signature.amount(1, 2.6e6), Signature.amount(2, 74e6), Signature.amount(3, 2e6)}, a);
        assertArrayEquals(new long[]{Signature.amount(3, 1.2e6)}, SignatureExtractor.amounts("a loss of € 1,200,000"));
        assertArrayEquals(new long[]{Signature.amount(1, 184e6)}, SignatureExtractor.amounts("an offer of $184M over eight years"));
        assertArrayEquals(new long[0], SignatureExtractor.amounts("Seven people were hurt; 2,000 fled the area."));
        // the quick check before the pattern: no sign or currency word, no search
        assertFalse(SignatureExtractor.namesCurrency("Seven people were hurt; 2,000 fled the area."));
        assertTrue(SignatureExtractor.namesCurrency("Three Million Pounds were taken"));
        assertTrue(SignatureExtractor.namesCurrency("una oferta de 5 millones de dólares"));
    }

    @Test void sumsAgreeDifferOrCannotBeCompared() {
        Signature usd = sig("a", "$137 million"), usdClose = sig("b", "$140 million"), usdOther = sig("c", "$2.6 million"),
                pounds = sig("d", "£74 million"), none = sig("e", "a fortune");
        assertEquals(1, Scorer.amounts(usd, usdClose));
        assertEquals(-1, Scorer.amounts(usd, usdOther));
        assertEquals(0, Scorer.amounts(usd, pounds)); // converted sums are not compared across currencies
        assertEquals(0, Scorer.amounts(usd, none));
        Scorer sc = Scorer.standard();
        Scorer plain = sc.withAmounts(0, 0);
        assertEquals(plain.score(usd, usdClose) + Scorer.AMOUNT_AGREE, sc.score(usd, usdClose), 1e-9);
        assertEquals(plain.score(usd, usdOther) + Scorer.AMOUNT_CONFLICT, sc.score(usd, usdOther), 1e-9);
        assertEquals(plain.score(usd, pounds), sc.score(usd, pounds), 1e-9);
    }

    @Test void anArticleMissingTheNamesEveryReportGivesWeighsAgainstTheStory() {
        Grouper g = Grouper.builder().build();
        SignatureExtractor ex = new SignatureExtractor(new Vocabulary(10_000), 120, 12);
        LocalDate d = LocalDate.of(2024, 5, 2);
        StoryState s = new StoryState("s1", 1);
        String[] tails = {"Neighbours heard shots.", "The street was closed.", "Schools stayed shut.", "Buses were diverted."};
        for (int i = 0; i < 4; i++)
            s.members.add(ex.extract(art("m" + i, "Gunmen attacked the Kopecky bakery in Frydek, where Lubomir Sedlacek "
                    + "and Vaclav Hruby were wounded. " + tails[i], d)));
        Signature same = ex.extract(art("x", "In Frydek, Lubomir Sedlacek and Vaclav Hruby were wounded at the Kopecky bakery.", d));
        Signature other = ex.extract(art("y", "Gunmen attacked the Novak bakery in Opava, where Tomas Dvorak was wounded.", d));
        assertTrue(g.coreEvidence(same, s) > 0, "names every report gives");
        assertTrue(g.coreEvidence(other, s) < 0, "none of them");
        assertEquals(0, Grouper.builder().coreNames(0, 0.5).build().coreEvidence(other, s), 1e-9);
        StoryState small = new StoryState("s2", 2);
        small.members.addAll(s.members.stream().limit(3).toList());
        assertEquals(0, g.coreEvidence(other, small), 1e-9, "three reports are too few to say what every report names");
    }

    @Test void anUndatedReportDatedPastTheSpanOpensANewSpanForTheDatedReportsOfItsDays() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        String text = "Parliament of Moravia voted the Ostrava river protection act drafted by minister Jana Horakova.";
        for (boolean later : new boolean[]{true, false}) {
            Grouper g = Grouper.builder().laterSpan(later).pastSpan(false).build(); // this rule alone: pastSpan also reaches it
            background(d, 6).forEach(g::add);
            String first = g.add(art("act-1", text, d));
            // an undated report whose text dates it 45 days on (a dateline): no clock moves, the story takes it
            assertEquals(first, g.add(art("act-2", text + " The act takes effect in May.", null, d.plusDays(45))));
            // a dated report of those days: within the new span only when the undated report opened one
            String next = g.add(art("act-3", text + " Senators approved it as well.", d.plusDays(46)));
            assertEquals(later, first.equals(next), "laterSpan " + later);
        }
    }

    private static Signature sig(String id, String sum) {
        AnalysedArticle a = art(id, String.format(HEIST, sum), LocalDate.of(2024, 1, 8));
        return new SignatureExtractor(new Vocabulary(10_000), 120, 12).extract(a);
    }
}
