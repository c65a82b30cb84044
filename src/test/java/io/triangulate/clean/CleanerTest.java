package io.triangulate.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CleanerTest {
    private final Cleaner cleaner = Cleaner.create();

    private static List<String> reasons(Cleaned c) {
        return c.removed().stream().map(Removed::reason).toList();
    }

    @Test void promotionLinesAreDropped() {
        Cleaned c = cleaner.clean("""
                A car bomb exploded in Kirkuk on Monday, police said.
                TRENDING: Ten Things You Did Not Know About Kirkuk
                RELATED: Governor Resigns After Protests
                READ MORE: Our coverage of the north
                Sponsored
                Our selection of articles on the crisis in northern Iraq
                Click here to get breaking news alerts.
                Sign up for our daily newsletter to get the news in your inbox.
                Three people were wounded.""", "en");
        assertEquals("A car bomb exploded in Kirkuk on Monday, police said.\n\nThree people were wounded.", c.text());
        assertEquals(7, c.removed().size(), c.removed()::toString);
        assertTrue(reasons(c).contains("promotion") && reasons(c).contains("newsletter"));
    }

    @Test void pollAndVoteTalliesAreDropped() {
        Cleaned c = cleaner.clean("""
                Police closed the road for six hours.

                Should the bridge be rebuilt?

                Yes

                No

                Answering this survey signs you up for our newsletter at no cost. You may opt out at any time. 64% (312 Votes) 36% (175 Votes)

                Was the mayor right to resign? Yes

                No

                The repairs are expected to cost $4 million.""", "en");
        assertEquals("Police closed the road for six hours.\n\nThe repairs are expected to cost $4 million.", c.text());
        assertTrue(reasons(c).stream().allMatch(r -> r.equals("poll") || r.equals("leftover")), reasons(c)::toString);
        assertTrue(c.removed().stream().anyMatch(r -> r.text().equals("Should the bridge be rebuilt?")));
    }

    @Test void aRealQuestionIsKept() {
        Cleaned c = cleaner.clean("Residents asked: why did the sirens not sound?\n\nOfficials gave no answer.", "en");
        assertEquals(2, c.blocks().size());
        assertTrue(c.removed().isEmpty());
    }

    @Test void boilerplateSpansGoButGluedReportingStays() {
        Cleaned c = cleaner.clean("We are committed to truth and accuracy in all of our journalism. Read our editorial standards. "
                + "Two hours later a second blast hit the market in Mosul.", "en");
        assertEquals("Two hours later a second blast hit the market in Mosul.", c.text());
        assertEquals(List.of("editorial footer", "editorial footer"), reasons(c));
    }

    @Test void privacyAndLoginBoilerplate() {
        Cleaned c = cleaner.clean("""
                You also agree to our Privacy Policy and Terms of Use. You're logged in to Facebook. Click here to log out.
                We use cookies to improve your experience. Accept all cookies
                The governor declared a state of emergency.""", "en");
        assertEquals("The governor declared a state of emergency.", c.text());
    }

    @Test void photoCreditsShareButtonsAndBylines() {
        Cleaned c = cleaner.clean("""
                By Jane Porter and Ahmed Saleh, Reuters
                Published 3 hours ago
                Photo: AFP
                Smoke rises over Aleppo (Photo by Omar Haj Kadour/AFP via Getty Images)
                Share this article
                Facebook Twitter WhatsApp Email
                Rescue teams searched the rubble through the night.
                (Reporting by Jane Porter; Editing by Tom Hale)""", "en");
        assertEquals("Smoke rises over Aleppo\n\nRescue teams searched the rubble through the night.", c.text());
        assertTrue(reasons(c).containsAll(List.of("byline", "photo credit", "share buttons", "editorial footer")), reasons(c)::toString);
    }

    @Test void bylineRuleDoesNotEatReportingThatStartsWithBy() {
        Cleaned c = cleaner.clean("By Monday evening, the death toll had risen to 12.", "en");
        assertEquals("By Monday evening, the death toll had risen to 12.", c.text());
    }

    @Test void updateLinesAreKept() {
        Cleaned c = cleaner.clean("Update: The airport has reopened, officials said.", "en");
        assertEquals("Update: The airport has reopened, officials said.", c.text());
    }

    @Test void embeddedTweetIsABlockAttributedToTheHandleWithLinksStripped() {
        String tweet = "Heavy gunfire heard near the central bank in Khartoum pic.twitter.com/AbC123xyz — Sudan Monitor (@SudanMonitor_1) April 15, 2023";
        Cleaned c = cleaner.clean("Clashes broke out on Saturday.\n" + tweet + "\nThe army said it was in control.", "en");
        Block b = c.blocks().get(1);
        assertEquals(Block.Kind.EMBEDDED_POST, b.kind());
        assertEquals("@SudanMonitor_1", b.author());
        assertEquals("Heavy gunfire heard near the central bank in Khartoum — Sudan Monitor (@SudanMonitor_1) April 15, 2023",
                c.text().substring(b.start(), b.end()));
        assertEquals(new Removed("pic.twitter.com/AbC123xyz", "link"), c.removed().get(0));
        assertEquals(Block.Kind.PARAGRAPH, c.blocks().get(0).kind());
    }

    @Test void embeddedTweetInArabicWithShortLink() {
        String tweet = "انفجار قرب مطار حلب الدولي #عاجل https://t.co/Zx81Qa — شبكة أخبار حلب (@AleppoNews) March 2, 2021";
        Cleaned c = cleaner.clean(tweet, "ar");
        assertEquals(Block.Kind.EMBEDDED_POST, c.blocks().get(0).kind());
        assertEquals("@AleppoNews", c.blocks().get(0).author());
        assertFalse(c.text().contains("t.co"));
    }

    @Test void quotationParagraphIsAQuoteWithItsSpeaker() {
        Cleaned c = cleaner.clean("""
                “We heard two loud explosions and then the sirens,” a resident told Reuters.
                “The situation is under control,” Interior Minister Karim Haddad said on Sunday.
                "No group has claimed the attack," said the provincial governor.
                Police said the blast was caused by a gas leak.""", "en");
        assertEquals(Block.Kind.QUOTE, c.blocks().get(0).kind());
        assertEquals(Block.Kind.QUOTE, c.blocks().get(1).kind());
        assertEquals("Interior Minister Karim Haddad", c.blocks().get(1).author());
        assertEquals(Block.Kind.QUOTE, c.blocks().get(2).kind());
        assertEquals("the provincial governor", c.blocks().get(2).author());
        assertEquals(Block.Kind.PARAGRAPH, c.blocks().get(3).kind());
        assertNull(c.blocks().get(3).author());
    }

    @Test void blockOffsetsCoverTheCleanedText() {
        Cleaned c = cleaner.clean("One.\nTRENDING: x\nTwo words.\n\n\nThree.", "en");
        assertEquals("One.\n\nTwo words.\n\nThree.", c.text());
        assertEquals(List.of("One.", "Two words.", "Three."),
                c.blocks().stream().map(b -> c.text().substring(b.start(), b.end())).toList());
        assertSame(c.blocks().get(0), c.blockAt(0));
        assertSame(c.blocks().get(1), c.blockAt(6));
        assertSame(c.blocks().get(2), c.blockAt(c.text().length() - 1));
        assertNull(c.blockAt(4)); // the blank line between blocks
        assertNull(c.blockAt(c.text().length()));
    }

    @Test void hardWrappedLinesAreJoined() {
        Cleaned c = cleaner.clean("The flood reached the\nold town of Dresden on\nTuesday night.\nShops stayed closed.", "en");
        assertEquals("The flood reached the old town of Dresden on Tuesday night.\n\nShops stayed closed.", c.text());
    }

    @Test void frenchSpanishGermanCues() {
        assertEquals("Un incendie a touché Marseille.", cleaner.clean(
                "Un incendie a touché Marseille.\nÀ lire aussi : Les pompiers mobilisés\nAbonnez-vous à notre newsletter quotidienne", "fr").text());
        assertEquals("Un terremoto sacudió Lima.", cleaner.clean(
                "Un terremoto sacudió Lima.\nLea también: El balance de daños\nTe puede interesar: otras noticias", "es").text());
        assertEquals("In Köln brannte eine Lagerhalle.", cleaner.clean(
                "In Köln brannte eine Lagerhalle.\nLesen Sie auch: Feuerwehr im Großeinsatz\nMehr zum Thema", "de").text());
    }

    @Test void longParagraphMentioningPrivacyIsKept() {
        String p = "The court ruled that the company had breached the privacy policy it promised its users, "
                + "after regulators in Dublin found that millions of records had been exposed over three years, "
                + "and ordered it to pay a fine of 1.2 billion euros, the largest ever imposed under the law.";
        assertEquals(p, cleaner.clean(p, "en").text());
    }

    @Test void unknownLanguageUsesEnglishRules() {
        assertEquals("Text.", cleaner.clean("Text.\nTRENDING: thing", "xx").text());
        assertEquals("Text.", cleaner.clean("Text.\nTRENDING: thing", null).text());
    }

    @Test void emptyInput() {
        Cleaned c = cleaner.clean("", "en");
        assertEquals("", c.text());
        assertTrue(c.blocks().isEmpty());
    }

    @Test void webPageFurnitureAccountWidgetsAndContactLines() {
        Cleaned c = cleaner.clean("""
                Please enable JavaScript to watch this video
                Two people were shot outside a bar in Dayton early Sunday.
                Close
                2:14 Mayor speaks about summer safety plan
                Thank you for registering! Please check your email to confirm your account.
                Your notification has been saved.
                Stay Up To Date, Follow WXYZ On Twitter
                Get the latest from Channel 9 anytime: iPhone | Android | Email Alerts
                Share this: Facebook
                MORE FROM CHANNEL9.COM
                mjones@daytondaily.example or 937-555-0142
                —Ohio News Wire
                The Associated Press contributed to this report.
                (© 2016 WDTN)
                EMBED >More News Videos Police said both victims were expected to survive.""", "en");
        assertEquals("Two people were shot outside a bar in Dayton early Sunday.\n\nPolice said both victims were expected to survive.",
                c.text(), () -> c.removed().toString());
    }

    @Test void reportingThatMentionsAccountsOrFollowingIsKept() {
        String[] kept = {
                "Police are asking anyone with information to call the tip line.",
                "Investigators followed the suspect's account on Facebook for weeks before the arrest, court papers show.",
                "At 10:30 p.m. officers arrived at the scene.",
                "The victim's family set up an account to pay for the funeral, a cousin said.",
        };
        for (String k : kept) assertEquals(k, cleaner.clean(k, "en").text());
    }
}
