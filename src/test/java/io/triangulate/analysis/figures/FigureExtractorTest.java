package io.triangulate.analysis.figures;

import io.triangulate.model.Figure;
import io.triangulate.model.FigureKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.triangulate.model.FigureKind.*;
import static org.junit.jupiter.api.Assertions.*;

class FigureExtractorTest {
    private static final FigureExtractor FX = FigureExtractor.create();

    static List<Figure> en(String s) { return FX.extract(s, "en"); }

    static Figure only(List<Figure> figures, FigureKind kind) {
        List<Figure> l = figures.stream().filter(f -> f.kind() == kind).toList();
        assertEquals(1, l.size(), () -> "one " + kind + " expected in " + figures);
        return l.get(0);
    }

    static void exact(List<Figure> figures, FigureKind kind, int n) {
        Figure f = only(figures, kind);
        assertEquals(n, f.min(), () -> f.toString());
        assertEquals(n, f.max(), () -> f.toString());
        assertFalse(f.approximate(), () -> f.toString());
    }

    @Test void passiveAndActiveCasualtyPhrases() {
        exact(en("Two people were shot dead outside the bar on Sunday."), KILLED, 2);
        exact(en("A woman was killed in the crash."), KILLED, 1);
        List<Figure> left = en("The explosion left three dead and five wounded.");
        exact(left, KILLED, 3);
        exact(left, INJURED, 5);
        exact(en("Gunmen opened fire on the bus, killing 6 civilians."), KILLED, 6);
        List<Figure> headline = en("3 killed, 4 injured in overnight shooting");
        exact(headline, KILLED, 3);
        exact(headline, INJURED, 4);
        exact(en("Even killing an American subcontractor at a base."), KILLED, 1);
        exact(en("Marcus Hill was hospitalized with a broken arm."), INJURED, 1);
        exact(en("Their neighbour died on the way to hospital."), KILLED, 1);
    }

    @Test void shotIsInjuredUnlessKilled() {
        exact(en("Jordan Mills, 19, was shot and killed near the park."), KILLED, 1);
        exact(en("A teenager was shot in the leg on Friday."), INJURED, 1);
        exact(en("The cashier suffered a gunshot wound to the arm."), INJURED, 1);
        List<Figure> f = en("Two people were shot, one fatally.");
        assertEquals(new CasualtySummary(1, 1), FigureExtractor.summarise(f));
        assertEquals(new CasualtySummary(2, 3), FigureExtractor.summarise(en("Five shot, two killed at a birthday party.")));
        assertEquals(new CasualtySummary(1, 0),
                FigureExtractor.summarise(en("A man was shot and killed on Elm Street. He was shot in the chest.")));
    }

    @Test void aDroneShotDownIsNobodyHurt() {
        assertTrue(en("The second drone was shot down by air defences over the runway.").isEmpty());
        assertTrue(en("Three rockets were shot down before they reached the base.").stream()
                .noneMatch(f -> f.kind() == KILLED || f.kind() == INJURED));
        exact(en("A guard was shot in the arm as the drone went down."), INJURED, 1);
    }

    @Test void oneNegationOverTwoCasualtyWords() {
        assertEquals(new CasualtySummary(0, 0), FigureExtractor.summarise(en("Nobody was killed or injured in the blast, the mayor said.")));
        assertEquals(new CasualtySummary(0, 0), FigureExtractor.summarise(en("No one was hurt or killed.")));
        assertEquals(new CasualtySummary(0, 2), FigureExtractor.summarise(en("No one was killed and two guards were wounded.")));
    }

    @Test void coordinatedGroupsAddUp() {
        exact(en("Three men and a woman were wounded in the gunfire."), INJURED, 4);
        exact(en("Father, son fatally shot outside store"), KILLED, 2);
        exact(en("A woman and her nephew were found shot to death."), KILLED, 2);
        exact(en("Teen shot on East Side"), INJURED, 1);
    }

    @Test void perpetratorsAndActiveVerbsAreNotVictims() {
        exact(en("A gunman killed his neighbour on Friday."), KILLED, 1);
        assertTrue(en("Two gunmen shot at the house.").stream().noneMatch(f -> f.kind() == INJURED));
        exact(en("The shooter, who killed three people, was arrested."), KILLED, 3);
        exact(en("He faces two counts of first-degree murder and one count of attempted murder."), KILLED, 2);
    }

    @Test void activeVoiceVictims() {
        exact(en("Boy accidentally shoots 7-year-old cousin in the hand"), INJURED, 1);
        exact(en("A gunman injures three people outside a bowling alley."), INJURED, 3);
        exact(en("Off-duty guard shoots, wounds 19-year-old at gas station"), INJURED, 1);
        exact(en("The homeowner shot and wounded an intruder early Sunday."), INJURED, 1);
    }

    @Test void singularObjectsOfCasualtyVerbs() {
        exact(en("Toddler accidentally shoots father with gun left on the couch"), INJURED, 1);
        exact(en("The round went through the wall, striking the neighbor in the arm."), INJURED, 1);
        exact(en("Hunter shoots self in foot"), INJURED, 1);
        exact(en("A farmer fatally shot himself in the barn, deputies said."), KILLED, 1);
        assertTrue(en("Deadly Shooting Claims Oak Ridge Teen").stream().noneMatch(f -> f.kind() == INJURED));
        assertTrue(en("The shooting suspect was arrested on Monday.").stream().noneMatch(f -> f.kind() == INJURED));
    }

    @Test void coordinatedObjectsAddUp() {
        exact(en("He was charged with shooting his 3-year-old son and his 30-year-old cousin."), INJURED, 2);
        exact(en("The crossfire injured a 6-year-old girl and a 40-year-old man."), INJURED, 2);
        exact(en("Man, 2-year-old girl wounded in drive-by"), INJURED, 2);
        exact(en("Police said he shot and killed his brother, 19-year-old Dante Price, on Sunday."), KILLED, 1);
    }

    @Test void victimsAddedOneByOneWithClearEvidence() {
        assertEquals(new CasualtySummary(2, null), FigureExtractor.summarise(
                en("A cashier was killed in the robbery. A customer was also killed.")));
        assertEquals(new CasualtySummary(1, 1), FigureExtractor.summarise(en("One man was killed and another wounded.")));
        assertEquals(new CasualtySummary(null, 1), FigureExtractor.summarise(
                en("A student dropped the gun on the floor and another student was struck in the foot.")));
        assertEquals(new CasualtySummary(1, 0), FigureExtractor.summarise(
                en("The bullet went through the wall, striking a boy. The boy died on Sunday.")));
    }

    @Test void theShooterWhoKillsHimselfIsNotAmongThoseHeShot() {
        assertEquals(new CasualtySummary(1, 1), FigureExtractor.summarise(en("Father shoots 6-year-old daughter before killing himself")));
        assertEquals(new CasualtySummary(2, 1), FigureExtractor.summarise(
                en("The gunman killed two clerks. The manager was also shot.")));
    }

    @Test void aSpeakerIsNotAVictim() {
        exact(en("According to a police spokesman, a 15-year-old girl was shot in the leg."), INJURED, 1);
    }

    @Test void aGunshotWoundMayBeTheFatalOne() {
        assertEquals(new CasualtySummary(1, 0), FigureExtractor.summarise(
                en("Deputies found a man suffering from a gunshot wound. The man died at the scene.")));
    }

    @Test void agesWrittenInWordsAreVictims() {
        exact(en("Police said a four-year-old who was accidentally shot in the arm is expected to recover."), INJURED, 1);
        exact(en("Nine-Year-Old Shot In Foot Outside Home"), INJURED, 1);
        exact(en("Two 16-year-olds were wounded near the school."), INJURED, 2);
        exact(en("Man recovering after being shot on the West Side"), INJURED, 1);
        exact(en("Girl, 8, hit by stray bullet while sleeping"), INJURED, 1);
    }

    @Test void otherVictimsCountAsInjuredBesideTheDead() {
        List<Figure> f = en("A woman died and three other people were wounded in the crossfire.");
        exact(f, KILLED, 1);
        exact(f, INJURED, 3);
        assertEquals(new CasualtySummary(1, 2), FigureExtractor.summarise(en("One man was killed and two others shot.")));
    }

    @Test void weaponsAreNotVictims() {
        List<Figure> f = en("Three bomb-laden drones struck near the base on Tuesday.");
        Figure w = only(f, WEAPON);
        assertEquals(3, w.min());
        assertEquals("drone", w.object());
        assertTrue(f.stream().noneMatch(x -> x.kind() == INJURED));
    }

    @Test void noneOfAGroupHurt() {
        assertEquals(new CasualtySummary(0, 0), FigureExtractor.summarise(en("The company said none of its staff had been hurt.")));
        assertEquals(new CasualtySummary(0, 0), FigureExtractor.summarise(en("None of the passengers were injured.")));
    }

    @Test void arrests() {
        exact(en("Police arrested two men after the chase."), ARRESTED, 2);
        exact(en("The driver was taken into custody on Monday."), ARRESTED, 1);
        exact(en("Four suspects were arrested."), ARRESTED, 4);
    }

    @Test void missingAndKidnapped() {
        exact(en("Seven fishermen are missing after the storm."), MISSING, 7);
        exact(en("Gunmen abducted twelve students from the school."), KIDNAPPED, 12);
    }

    @Test void hedgesAndRanges() {
        Figure atLeast = only(en("At least 3 people were killed."), KILLED);
        assertEquals(3, atLeast.min());
        assertNull(atLeast.max());
        Figure more = only(en("More than 10 were injured."), INJURED);
        assertEquals(11, more.min());
        assertNull(more.max());
        Figure dozens = only(en("Dozens were wounded in the clashes."), INJURED);
        assertEquals(24, dozens.min());
        assertTrue(dozens.approximate());
        Figure about = only(en("About 20 people were hurt."), INJURED);
        assertEquals(20, about.min());
        assertEquals(20, about.max());
        assertTrue(about.approximate());
        Figure several = only(en("Several people were injured."), INJURED);
        assertTrue(several.approximate());
        Figure range = only(en("Between 3 and 5 soldiers were killed."), KILLED);
        assertEquals(3, range.min());
        assertEquals(5, range.max());
        Figure to = only(en("3 to 5 civilians were killed."), KILLED);
        assertEquals(3, to.min());
        assertEquals(5, to.max());
        Figure big = only(en("Nearly 1,000 people were killed in the fighting."), KILLED);
        assertEquals(1000, big.min());
        Figure upTo = only(en("Up to twenty-five people were injured."), INJURED);
        assertNull(upTo.min());
        assertEquals(25, upTo.max());
    }

    @Test void negativesReadAsZero() {
        for (String s : List.of("There were no casualties.", "Nobody was hurt.", "No one was injured in the blast.",
                "The attack caused no casualties.")) {
            List<Figure> f = en(s);
            exact(f, KILLED, 0);
            exact(f, INJURED, 0);
        }
        List<Figure> inj = en("Police reported no injuries.");
        exact(inj, INJURED, 0);
        assertTrue(inj.stream().noneMatch(f -> f.kind() == KILLED));
        exact(en("No one has been arrested."), ARRESTED, 0);
        List<Figure> hedged = en("There do not appear to have been any casualties.");
        assertTrue(only(hedged, KILLED).approximate());
        assertTrue(en("The rockets appear to have missed any personnel at the base.").isEmpty(),
                "missing personnel is not a casualty figure");
        assertTrue(en("No one else was hurt, police said.").isEmpty(), "'no one else' says nothing about the others");
        assertTrue(en("No other passenger was injured in the crash.").isEmpty(), "'no other X' says nothing about the others");
        assertEquals(new CasualtySummary(1, null),
                FigureExtractor.summarise(en("A guard died at the gate and no other worker was hurt.")));
    }

    @Test void includingAsideKeepsTheCount() {
        Figure f = only(en("Three people, including a 9-year-old girl, were wounded near the park."), INJURED);
        assertEquals(3, f.min());
        assertEquals(2, only(en("Two men, among them the driver, were killed on the highway."), KILLED).min());
        assertTrue(en("The man who shot 3, including a guard, was killed by officers.").stream()
                .noneMatch(g -> g.kind() == KILLED && g.min() == 3), "the aside follows an object, not a subject");
    }

    @Test void shootingsOfPeopleCountThoseShot() {
        // a nominal "shootings of N people" counts people shot, the dead among them
        assertEquals(new CasualtySummary(1, 2), FigureExtractor.summarise(
                en("Detectives are looking into the shootings of three people downtown. One of them died.")));
        assertEquals(2, only(en("He was charged in the shooting of two teenagers."), INJURED).min());
    }

    @Test void indefiniteAppositionAfterDefiniteObject() {
        assertEquals(1, only(en("Police said he shot the victim, a 19-year-old man, near the store."), INJURED).min());
        assertEquals(3, only(en("He shot his nephew, his brother and his wife."), INJURED).min());
    }

    @Test void stationNumbersAreNotCounts() {
        assertEquals(1, only(en("Channel 9 was told a man was shot on Main Street."), INJURED).min());
        assertEquals(1, only(en("4 NEWS has learned the teenager who was shot is in surgery."), INJURED).min());
        assertEquals(3, only(en("Fox 7 reported 3 people were wounded."), INJURED).min());
        assertTrue(en("A girl younger than 10 was shot in the arm.").stream().noneMatch(f -> f.min() != null && f.min() == 10),
                "'younger than 10' is an age");
    }

    @Test void animalsAreNotVictims() {
        assertTrue(en("The bullet went through the wall, injuring one of the neighbor's dogs.").stream()
                .noneMatch(f -> f.kind() == INJURED), "a dog is not a victim");
        assertEquals(1, only(en("The blast went off, injuring one of the workers."), INJURED).min());
    }

    @Test void survivorConditionIsNotOneOfTheDead() {
        // "is in stable condition" speaks of someone alive: not subtracted as one of the dead
        assertEquals(new CasualtySummary(1, 1), FigureExtractor.summarise(
                en("The gunman died at the scene. A trooper was shot and is in stable condition.")));
        assertEquals(new CasualtySummary(1, 1), FigureExtractor.summarise(
                en("One man was killed. His brother was shot and was in stable condition on Sunday.")));
        // taken to a hospital still says nothing of survival
        assertEquals(new CasualtySummary(1, 0), FigureExtractor.summarise(
                en("A man was shot and killed. He was taken to the hospital.")));
    }

    @Test void weaponsNormalisedSingular() {
        Figure k = only(en("Two Katyusha rockets landed near the embassy."), WEAPON);
        assertEquals(2, k.min());
        assertEquals("Katyusha rocket", k.object());
        assertEquals("mortar shell", only(en("Two mortar shells hit the market."), WEAPON).object());
        assertEquals("car bomb", only(en("Three car bombs exploded in the capital."), WEAPON).object());
        List<Figure> attacks = en("Thirteen rocket attacks have targeted the base.");
        assertTrue(attacks.stream().noneMatch(f -> f.kind() == WEAPON), attacks::toString);
        assertEquals("rocket attack", only(attacks, OTHER).object());
    }

    @Test void embeddedArabicPostInAnEnglishText() {
        List<Figure> f = en("The channel posted: سقوط صاروخي كاتيوشا قرب المطار — and nobody was hurt.");
        assertEquals("Katyusha rocket", only(f, WEAPON).object());
        assertEquals(2, only(f, WEAPON).min());
    }

    @Test void bothXandYIsNotACount() {
        assertTrue(en("The base hosts both diplomats and troops.").isEmpty());
        exact(en("Both men were killed."), KILLED, 2);
    }

    @Test void otherCountedGroups() {
        Figure f = only(en("The embassy was attacked by thousands of fighters."), OTHER);
        assertEquals("fighter", f.object());
        assertTrue(f.approximate());
    }

    @Test void noFalseFiguresFromAgesTimesDatesAddressesCalibresYearsMoneyPercentages() {
        List<Figure> f = en("The 20-year-old was arrested at 3:15 a.m. on Jan. 5, 2014 in the 2100 block of Main St. "
                + "with a .40-caliber handgun, $1,000 in cash and 45% of the stolen goods.");
        exact(f, ARRESTED, 1);
        assertTrue(f.stream().allMatch(x -> x.kind() == ARRESTED), f::toString);
        assertTrue(en("In 2019, 300 dollars were stolen.").isEmpty());
        assertTrue(en("He was sentenced to 20 years in prison.").stream().noneMatch(x -> x.value() != null && x.value() == 20));
        assertTrue(en("The 14-year-old, 17, was wounded.").stream().allMatch(x -> x.value() == 1));
    }

    @Test void offsetsAndTextMatchTheInput() {
        String s = "After the blast, two people were killed.";
        Figure f = only(en(s), KILLED);
        assertEquals(f.text(), s.substring(f.start(), f.end()));
        assertEquals("two people were killed", f.text());
    }

    @Test void deathsWithoutANumber() {
        assertEquals(1, only(en("A body was found in the field on Saturday."), KILLED).min());
        assertEquals(1, only(en("The hunter took his own life."), KILLED).min());
        assertEquals(1, only(en("The crash claimed the life of a local teacher."), KILLED).min());
        exact(en("17-year-old shot, killed inside house"), KILLED, 1);
        exact(en("The shooting killed 13-year-old friend of the family."), KILLED, 1);
        exact(en("Teen found shot to death in Bordeaux"), KILLED, 1);
    }

    @Test void multiplesAndFixedPhrases() {
        exact(en("Police are investigating a double homicide."), KILLED, 2);
        exact(en("The triple-murder shocked the town."), KILLED, 3);
        Figure fatal = only(en("Officers responded to a fatal shooting on Main St."), KILLED);
        assertEquals(1, fatal.min());
        assertNull(fatal.max());
    }

    @Test void summaryOfNothingIsNull() {
        assertEquals(new CasualtySummary(null, null), FigureExtractor.summarise(en("The council met on Tuesday.")));
        assertEquals(new CasualtySummary(0, 0), FigureExtractor.summarise(en("Nobody was hurt.")));
    }

    @Test void summariseArticleReadsTitleAndLead() {
        CasualtySummary s = FX.summariseArticle("2 dead, 3 hurt in shooting",
                "Two people were killed and three were injured on Friday. " + "Filler sentence. ".repeat(80)
                        + "In an unrelated case last year, ten people were killed.", "en");
        assertEquals(new CasualtySummary(2, 3), s);
    }

    @Test void aShooterKilledByPoliceAfterHisVictimsIsAmongTheDead() {
        assertEquals(3, FX.summariseArticle("Gunman kills two",
                "Two men were killed by a gunman at a bar before he was shot and killed by officers, police said.", "en").killed());
        assertEquals(2, FX.summariseArticle("Gunman kills two",
                "Two men were killed by a gunman at a bar. Later a robber was shot and killed by officers elsewhere.", "en").killed());
    }

    @Test void othersWithInjuriesOrTreatedForThemAreInjured() {
        assertEquals(new CasualtySummary(1, 3), FX.summariseArticle("",
                "The gunfire left one man fatally wounded and three others with serious injuries.", "en"));
        assertEquals(new CasualtySummary(1, 2), FX.summariseArticle("",
                "One person is dead and two others are being treated for injuries after a shooting.", "en"));
        assertEquals(new CasualtySummary(1, 2), FX.summariseArticle("",
                "Police investigate the fatal shooting of one man and the wounding of two other people.", "en"));
        // a single person "with a gunshot wound" stays a subjectless injury (often the one who died)
        assertEquals(new CasualtySummary(1, 0), FX.summariseArticle("",
                "Officers found a man with a gunshot wound. He died at the scene.", "en"));
    }

    @Test void aRoundUpOfSeveralShootingsGivesNoFigures() {
        assertEquals(new CasualtySummary(1, 2), FX.summariseArticle("Violent weekend leaves 19 shot across the city",
                "At least 19 people were shot across the city since Friday evening. In the latest attack, a man was "
                        + "killed and two women were wounded on Elm Street.", "en"));
        assertEquals(new CasualtySummary(null, 2), FX.summariseArticle("",
                "Two separate shootings left five people wounded on Sunday. In the first, two men were wounded.", "en"));
        // one incident's weekend is no round-up
        assertEquals(new CasualtySummary(1, null), FX.summariseArticle("Man killed in weekend shooting",
                "A man was killed over the weekend outside a bar.", "en"));
    }

    @Test void aCountedGroupCoordinatedAfterAnObjectAddsUp() {
        assertEquals(4, FX.summariseArticle("", "Police say a man killed his wife and three children at their home.", "en").killed());
        assertEquals(4, FX.summariseArticle("",
                "A woman killed her 40-year-old sister and two young sons before turning the gun on herself.", "en").killed());
        assertEquals(3, FX.summariseArticle("", "He shot his cousin and two other people at the party.", "en").injured());
        // a new clause, not more victims
        assertEquals(1, FX.summariseArticle("", "He killed a clerk and two officers responded minutes later.", "en").killed());
    }

    @Test void aCountSinceCorrectedGivesWayToTheLaterOne() {
        assertEquals(new CasualtySummary(null, 3), FX.summariseArticle("",
                "Three people were wounded in a shooting at a bar. Police originally said that nine people were shot, "
                        + "but later corrected the number.", "en"));
        assertEquals(new CasualtySummary(null, 2), FX.summariseArticle("",
                "Officers had initially reported that five people were hurt. Two people were injured, police now say.", "en"));
    }

    @Test void aHeadlineWithBothTollsGivesTheInjured() {
        CasualtySummary s = FX.summariseArticle("1 dead, 2 hurt in shooting at a party",
                "One man was killed and two women were hurt. Police said four people were shot in all.", "en");
        assertEquals(new CasualtySummary(1, 2), s);
        assertEquals(new CasualtySummary(1, 3), FX.summariseArticle("Man killed in shooting",
                "One man was killed and three others were wounded on Elm Street.", "en"));
    }

    @Test void threadSafe() throws Exception {
        String text = "Two people were killed and three were wounded. Police arrested four men. Two rockets fell.";
        List<Figure> expected = en(text);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Figure>>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String lang = i % 2 == 0 ? "en" : "EN";
                fs.add(pool.submit(() -> FigureExtractor.create().extract(text, lang)));
            }
            for (var f : fs) assertEquals(expected, f.get());
        } finally {
            pool.shutdownNow();
        }
    }

    static CasualtySummary sum(String s) { return FigureExtractor.summarise(en(s)); }

    @Test void victimsTakenToHospitalOrNamedAgainMayBeTheDead() {
        assertEquals(new CasualtySummary(1, 0), sum("A man was shot and killed on Oak Lane. The victim was taken to the hospital."));
        assertEquals(new CasualtySummary(1, 0), sum("One girl was killed in the shooting. Officers found the injured girl on the porch."));
        assertEquals(new CasualtySummary(1, 0), sum("A teen died after the gunman fired, wounding the victim in the neck."));
        assertEquals(new CasualtySummary(1, 2), sum("One man was killed and two others were taken to the hospital."));
        assertEquals(new CasualtySummary(1, 3), sum("Police took four people to area hospitals; one of them died."));
        assertEquals(new CasualtySummary(2, 3), sum("The gunman killed two and sent three others to the hospital."));
    }

    @Test void intentionsAreNoCasualties() {
        assertTrue(en("He threatened to kill two officers.").stream().noneMatch(f -> f.kind() == KILLED));
        assertTrue(en("A neighbour said he could kill three people.").stream().noneMatch(f -> f.kind() == KILLED));
        exact(en("He pleaded guilty to murdering two people."), KILLED, 2);
    }

    @Test void moreWaysToSayDied() {
        exact(en("The cashier was mortally wounded in the robbery."), KILLED, 1);
        exact(en("The boy was declared brain dead on Friday."), KILLED, 1);
        exact(en("Her husband passed away at the hospital."), KILLED, 1);
        exact(en("Gunmen went on a rampage, gunning down three teenagers."), KILLED, 3);
        exact(en("The student killed four people and himself."), KILLED, 5);
        exact(en("He shot two people and then himself."), INJURED, 3);
    }

    @Test void victimsIntroducedOneByOneAddUp() {
        assertEquals(new CasualtySummary(1, 1),
                sum("A man was shot multiple times and was pronounced dead at the scene. A woman was shot in the leg."));
        assertEquals(new CasualtySummary(null, 2),
                sum("Police say a 19-year-old woman was hit in the knee, and a 17-year-old boy was hit in the arm."));
        assertEquals(new CasualtySummary(1, 0),
                sum("A man was shot on Main Street. A 25-year-old man was pronounced dead at the hospital."), "one man, told twice");
        assertEquals(new CasualtySummary(null, 1),
                sum("A teenager was shot on Friday. A 15-year-old boy was taken to a hospital."), "a teen and a boy may be one");
    }

    @Test void victimsNamedWithTheirAgesAndAgeAppositions() {
        exact(en("John Smith, 24, and Mary Jones, 31, were shot dead."), KILLED, 2);
        exact(en("Ann Lee, 24, Bo Park, 16, and Cy Dunn, 25, were shot outside a bar."), INJURED, 3);
        assertTrue(en("Police identified them as John Smith, 24, and Mary Jones, 31.").isEmpty());
        exact(en("Two men, ages 19 and 22, were shot on Elm Street."), INJURED, 2);
    }

    @Test void aPartOfAGroupIsNotAddedToIt() {
        assertTrue(en("The victims are five men, two are in critical condition.").stream()
                .noneMatch(f -> f.kind() == INJURED && Integer.valueOf(7).equals(f.min())), "two of the five, not seven");
        exact(en("Two men, one woman were shot outside the club."), INJURED, 3);
    }

    @Test void aCountOfPeopleShotSaysNothingOfTheDead() {
        assertTrue(FigureExtractor.injuredCountsShot(en("Three people were shot outside the club.")));
        assertFalse(FigureExtractor.injuredCountsShot(en("Three people were shot, one fatally.")));
        assertFalse(FigureExtractor.injuredCountsShot(en("Three people were wounded outside the club.")));
    }

    @Test void singleVictimsWithoutANumber() {
        exact(en("Deputies are looking into the accidental shooting of a four-year-old girl."), INJURED, 1);
        exact(en("Man arrested in shooting of 15-year-old boy"), INJURED, 1);
        exact(en("Woman charged in killing of 6-year-old"), KILLED, 1);
        exact(en("Landlord sued over neighbor's death"), KILLED, 1);
        exact(en("Police update on 12-Year-Old Girl's Murder"), KILLED, 1);
        exact(en("The 15-year-old's gunshot wound was not serious."), INJURED, 1);
        exact(en("Teen stable after backyard shooting"), INJURED, 1);
        exact(en("A boy survives being shot by a stray bullet"), INJURED, 1);
        exact(en("A ricochet grazed a 6-year-old boy on the porch."), INJURED, 1);
        exact(en("A woman with a gunshot wound walked into the store."), INJURED, 1);
        assertTrue(en("Officers stopped on Route 150 with a gunshot wound victim.").stream().noneMatch(f -> f.kind() == INJURED
                && f.value() == 150));
        assertTrue(en("Mom recalls shooting of 16 Year-Old son").stream().noneMatch(f -> f.value() != null && f.value() == 16));
    }

    @Test void transportToANamedHospitalReadsLikeToTheHospital() {
        exact(en("A young man was taken to Riverside Memorial Hospital on Sunday."), INJURED, 1);
        exact(en("She was transported by ambulance to St. Luke's Medical Center."), INJURED, 1);
        exact(en("Two men were flown to Lakeview Trauma Center."), INJURED, 2);
        assertEquals(new CasualtySummary(1, 0), sum("A man was shot and killed on Oak Lane. He was rushed to Grand County Hospital, "
                + "where he died."));
        assertTrue(en("The mayor was taken to lunch at Main Street Grill.").isEmpty());
        exact(en("A 16-year-old was dropped off at the hospital with a gunshot wound."), INJURED, 1);
        exact(en("Two men showed up at Grady Memorial Hospital."), INJURED, 2);
        assertTrue(en("He went to the store.").isEmpty());
    }

    @Test void parentsAreTwoPeopleInAList() {
        assertEquals(4, sum("Parents, 2 children dead in murder-suicide").killed());
        assertEquals(new CasualtySummary(null, 1), sum("Parents charged after toddler shot"));
    }

    @Test void namedVictimsAfterAnActiveVerb() {
        exact(en("A security guard fatally shot Aaron Doe and Bill Roe after a robbery."), KILLED, 2);
        exact(en("Woman Killed North Side Shooting"), KILLED, 1);
    }

    @Test void aNounStartingANewClauseIsNoFurtherVictim() {
        exact(en("4-year-old accidentally shoots himself, father charged"), INJURED, 1);
        exact(en("Man kills wife, daughter in their home"), KILLED, 2);
    }

    @Test void anIntroductionSayingAlsoIsAnotherPerson() {
        assertEquals(new CasualtySummary(1, 1), sum("A 9-year-old was shot in the arm. An adult was also shot and killed there."));
    }

    @Test void groupsListedInOneHeadlineAddUp() {
        assertEquals(new CasualtySummary(null, 5), sum("2 shot and wounded, 3 others grazed outside a bar"));
        assertEquals(new CasualtySummary(null, 4), sum("Three men shot, a fourth wounded by flying glass"));
        assertEquals(new CasualtySummary(3, 1), sum("Three people were killed. A fourth victim is in critical condition."));
        assertEquals(new CasualtySummary(1, 2), sum("One killed, two others wounded in shooting"));
        assertEquals(new CasualtySummary(null, 6), sum("Six people were shot, several others were hurt."));     // "several": not added
        assertEquals(new CasualtySummary(null, 3), sum("A man was shot. He was taken to a hospital, and two others were treated."
                + " Three others were wounded."));
    }

    @Test void anAsideBetweenDashesKeepsTheCount() {
        exact(en("Four teens -- including two brothers -- were injured by gunfire."), INJURED, 4);
        exact(en("Six people \u2014 five men and one woman \u2014 were transported to hospitals."), INJURED, 6);
    }

    @Test void fatalWoundsAreDeathsAndNotCounts() {
        exact(en("Two people suffered fatal gunshot wounds."), KILLED, 2);
        assertTrue(en("He suffered multiple fatal gunshot wounds.").stream().noneMatch(f -> f.value() != null && f.value() > 1));
    }

    @Test void aShooterWhoKillsHimselfAfterHisVictimsIsAmongTheDead() {
        assertEquals(3, sum("A man shot and killed his wife and son before killing himself.").killed());
        assertEquals(3, sum("Father kills two sons before turning the gun on himself").killed());
        assertEquals(2, sum("Man kills daughter, himself. He killed the girl before killing himself.").killed());
        assertEquals(1, sum("A 6-year-old boy fatally shot himself at home.").killed());
        assertEquals(3, sum("A father shot and killed his two sons on Friday before taking his own life.").killed());
        assertEquals(1, sum("Gunman wounds a clerk, then kills himself").killed());
        assertEquals(new CasualtySummary(1, 1), sum("The suspect took his own life after he shot a deputy."));
        assertEquals(new CasualtySummary(1, 0), sum("A 4-year-old fatally shot himself. The child was taken to a local hospital."));
    }

    @Test void theDeadNamedAgainIsNoSurvivor() {
        assertEquals(new CasualtySummary(1, 0), sum("A 3-year-old girl has died. The girl was injured when the gun fired."));
        assertEquals(new CasualtySummary(1, 1), sum("A 3-year-old girl has died. Her mother was injured when the gun fired."));
        assertEquals(new CasualtySummary(1, 1), sum("A boy died. The girl was injured and is in stable condition."));
        assertEquals(new CasualtySummary(1, 0), sum("3-year-old critically injured in shooting. A three-year-old died on Sunday."));
        assertEquals(new CasualtySummary(1, 1), sum("A 5-year-old was injured. A 3-year-old died on Sunday."));
    }

    @Test void anAttemptedMurderSuicideKillsNobody() {
        assertTrue(en("Police investigate an attempted murder-suicide on Elm Street.").stream().noneMatch(f -> f.kind() == KILLED));
        exact(en("Police investigate a murder-suicide on Elm Street."), KILLED, 2);
    }

    @Test void timesWrittenTogetherWithAmPmAreNotCounts() {
        assertTrue(en("Police responded to a shooting around 11:00pm Friday.").isEmpty());
    }

    @Test void streetNumbersAreNotCounts() {
        assertTrue(en("Deputies went to a shooting at 4410 Old Mill Rd. on Sunday.").stream().noneMatch(f -> f.value() != null && f.value() > 1));
        exact(en("Police said 12 people were shot near Maple Street."), INJURED, 12);
    }

    @Test void thingsCoordinatedWithPeopleAreNotPeople() {
        assertTrue(en("Police said four people and two vehicles were shot.").stream()
                .noneMatch(f -> f.kind() == INJURED && f.value() != null && f.value() >= 4));
        exact(en("Three men and two others were injured."), INJURED, 5);
    }

    @Test void moreAfterACountAreOthers() {
        List<Figure> f = en("1 Killed, 4 More Wounded In Harbor District Shooting");
        exact(f, KILLED, 1);
        exact(f, INJURED, 4);
        assertEquals(6, only(en("More than 5 people were wounded."), INJURED).min());    // a hedge stays a hedge
    }

    @Test void emergencyNumbersAreNotCounts() {
        assertTrue(en("A woman told 911 dispatchers that her son had been shot.").stream()
                .noneMatch(f -> f.value() != null && f.value() > 1));
        assertTrue(en("A neighbour dialed 911 and three people were hurt.").stream()
                .noneMatch(f -> Integer.valueOf(911).equals(f.value())));
        exact(en("A neighbour dialed 911 and three people were hurt."), INJURED, 3);
        exact(en("Officers answering a 911 call found 2 people wounded."), INJURED, 2);
    }

    @Test void abbreviatedAgesAreNotCounts() {
        assertTrue(en("Police say the 3 yr old injured himself with the gun.").stream().noneMatch(f -> Integer.valueOf(3).equals(f.value())));
    }

    @Test void aVictimQualifiedByAPlaceOrAPossessorIsOne() {
        exact(en("The bullet that killed Fairview girl, 14, was fired by accident."), KILLED, 1);
        exact(en("The bullet that killed St. Clair boy, 9, was fired by accident."), KILLED, 1);
        exact(en("Stray bullet kills deputy's son"), KILLED, 1);
        exact(en("He shot his neighbor's nephew on Sunday."), INJURED, 1);
        assertTrue(en("Police said he shot Tuesday night.").isEmpty());
    }

    @Test void aSurnameAfterAVerbOfKillingIsOneDead() {
        exact(en("The pistol went off, fatally wounding Brandt in the neck."), KILLED, 1);
        assertTrue(en("The pistol went off, wounding Brandt in the neck.").stream().noneMatch(f -> f.kind() == KILLED));
        assertTrue(en("He was killed Sunday in the crash.").stream().noneMatch(f -> f.value() != null && f.value() > 1));
    }

    @Test void someoneShotWhoCannotBeTheOneDeadIsInjured() {
        assertEquals(new CasualtySummary(1, 1), sum("Woman shot, infant killed in crossfire"));
        assertEquals(new CasualtySummary(1, 1), sum("A 6-year-old boy was killed. His 40-year-old father was shot in the arm."));
        assertEquals(new CasualtySummary(1, 0), sum("A 6-year-old boy was killed. The boy was shot in the yard."));
        assertEquals(new CasualtySummary(1, 0), sum("A woman was shot and killed. The victim was shot in the chest."));
    }

    @Test void theSameAgeShotAndKilledIsOnePerson() {
        assertEquals(new CasualtySummary(1, 0), sum("The rifle fired and killed a 12-year-old. It wounded a 12-year-old, the first report said."));
    }

    @Test void aSubjectBeforeAPresentVerbOfKillingIsTheShooter() {
        assertEquals(new CasualtySummary(1, null), sum("Uncle fatally shoots nephew during argument"));
        exact(en("Teen fatally shot near park"), KILLED, 1);
    }

    @Test void anAgentAfterAPassiveIsNoSubject() {
        assertTrue(en("Father shot in the leg by 5-year-old daughter dies").stream().noneMatch(f -> f.kind() == KILLED));
        exact(en("Father shot in the leg by 5-year-old daughter dies"), INJURED, 1);
    }

    @Test void shotAndSeriouslyInjuredIsASurvivor() {
        assertEquals(new CasualtySummary(1, 1), sum("A deputy was shot and critically wounded by a man who later killed himself."));
    }

    @Test void aPersonAndTheirCountedKinAddUp() {
        exact(en("A man and his three daughters were found dead."), KILLED, 4);
        exact(en("A woman and her adopted son were found dead."), KILLED, 2);
    }

    @Test void aGenericVictimDeadMayBeThePersonNamedInjured() {
        assertEquals(new CasualtySummary(1, 0), sum("Shooting victim, 20, dies. The man injured on Friday died at a hospital."));
    }

    @Test void anotherBeforeACountAfterAVerb() {
        exact(en("The gunfire wounded another three students."), INJURED, 3);
    }

    @Test void aCountedGroupKeepsItsCountAcrossAListOfItsMembers() {
        exact(en("Two victims, a 20-year-old man and a 31-year-old woman, died at the scene."), KILLED, 2);
        exact(en("Three victims, a 20-year-old man, a 22-year-old man, and a 40-year-old woman, were hospitalized."), INJURED, 3);
    }

    @Test void survivableWoundsAfterAHospitalTransportTellSurvivors() {
        assertEquals(new CasualtySummary(2, 3), sum("Two men died at the scene. Three others were taken to a local hospital "
                + "with non-life-threatening wounds."));
        assertEquals(new CasualtySummary(2, 3), sum("Two men died at the scene. Three men were taken to a local hospital in stable condition."));
        assertEquals(new CasualtySummary(2, 1), sum("Two men died at the scene. Three men were taken to a local hospital."));
    }

    @Test void aVerbListSharingOneSubjectCountsEachVerb() {
        assertEquals(new CasualtySummary(2, 4), sum("The gunman killed two, injured four at a party."));
    }

    @Test void aSubjectPronounBeforeAPossessiveCountIsOneMore() {
        exact(en("He and his 2 kids were found dead in the house."), KILLED, 3);
        exact(en("Police said she and her three children were found dead."), KILLED, 4);
        exact(en("Their 2 kids were found dead."), KILLED, 2);
    }

    @Test void aVictimNamedInThePassiveIsNotTheShooterWhoKilledHimself() {
        assertEquals(new CasualtySummary(1, 1), sum("A deputy was shot in the arm. The gunman then killed himself."));
        assertEquals(new CasualtySummary(1, 1), sum("A clerk was wounded before the robber took his own life."));
        assertEquals(new CasualtySummary(1, 0), sum("The suspect was shot in the head. He then killed himself."));
    }

    @Test void anOrdinalDeathCountsTheEarlierDead() {
        assertEquals(new CasualtySummary(3, 1), sum("Third victim dies. A man shot 4 people at a bar on Friday."));
        assertEquals(2, sum("A second woman has died after the crash.").killed());
        assertEquals(1, sum("Police said the fifth man was pronounced dead at a hospital.").killed());   // one of a list of the shot
    }

    @Test void theEndsOfAnAgeRangeAreNoCount() {
        assertTrue(en("Three pupils between the ages of 9 and 12 hospitalized after the shooting.").stream()
                .noneMatch(f -> f.kind() == INJURED && f.value() != null && f.value() > 3));
        assertTrue(en("Boys aged 13 to 17 wounded by gunfire").stream().noneMatch(f -> f.value() != null && f.value() > 1));
    }

    @Test void aSpanOfDaysOrCityShootingsIsARoundUp() {
        assertTrue(FigureExtractor.roundUp("Nine people were shot from Friday evening to early Sunday, police said."));
        assertTrue(FigureExtractor.roundUp("It raised to 40 the number of people shot since Thursday in the city."));
        assertTrue(FigureExtractor.roundUp("2 dead, 7 hurt in Westside shootings"));
        assertFalse(FigureExtractor.roundUp("2 dead, 7 hurt in shooting at a Westside bar"));
        assertFalse(FigureExtractor.roundUp("The man had been in critical condition since Friday."));
    }

    @Test void aCountOfInjuredPeopleOrOfPeopleShotIsNoMereGroup() {
        exact(en("Police named the two wounded officers on Monday."), INJURED, 2);
        assertEquals(new CasualtySummary(1, 2), sum("Nobody knows what led to the shootings of three people on Elm Street. One of those people died."));
        assertEquals(FigureKind.OTHER, only(en("Police named the two officers on Monday."), OTHER).kind());
    }

    @Test void bothOfAPairIsTwo() {
        exact(en("Both the robber and the young clerk were taken to a hospital with minor injuries."), INJURED, 2);
        exact(en("The young clerk was taken to a hospital with minor injuries."), INJURED, 1);
    }

    @Test void unknownLanguageReadsAsEnglishAndNullTextIsRejected() {
        exact(FX.extract("Two people were killed.", "xx"), KILLED, 2);
        assertThrows(NullPointerException.class, () -> FX.extract(null, "en"));
        assertTrue(FX.extract("", "en").isEmpty());
    }

    @Test void aGroupShotWithSomeFatallyCountsTheShotAndTheDead() {
        List<Figure> f = en("Officers said five teens, one fatally, were shot near the arcade.");
        exact(f, INJURED, 5);
        exact(f, KILLED, 1);
        assertEquals(new CasualtySummary(1, 4), sum("Officers said five teens, one fatally, were shot near the arcade."));
        assertEquals(new CasualtySummary(2, 5), sum("Seven men, two fatally, were shot behind the lounge."));
        assertTrue(en("Three men, one fatally, were arrested.").stream().noneMatch(x -> x.kind() == INJURED));
    }

    @Test void anOrdinalVictimWithAnAppositionIsOneMore() {
        assertEquals(new CasualtySummary(null, 2), sum("A 41-year-old man was shot in the hip. A second victim, a 20-year-old woman, was treated and released."));
        assertEquals(new CasualtySummary(null, 2), sum("A man was shot in the foot on Pine Street. A second victim was treated and released at the scene."));
        assertEquals(new CasualtySummary(2, 1), sum("Two men were found dead in the garage. Police said a third victim, a 33-year-old man, is still being treated at a hospital."));
        // the ordinal victim who died after being taken away is one of the dead, not a survivor
        assertEquals(new CasualtySummary(3, null), sum("Two men had been killed in the store. A third victim, a woman, was flown to a trauma center and succumbed to her injuries."));
    }

    @Test void aChildAndAnAdultIntroducedOneByOneAreTwo() {
        assertEquals(new CasualtySummary(null, 2), sum("A woman was shot in the shoulder and a child was struck in the hand."));
        assertEquals(new CasualtySummary(null, 2), sum("A 30-year-old woman was hit in the arm and a 7-year old boy was struck in the leg."));
        assertEquals(new CasualtySummary(null, 1), sum("A woman was shot on Friday. A 30-year-old woman was taken to the hospital."));
    }

    @Test void aNamedVictimAndOthersCountedWithHimAreAllShot() {
        exact(en("The gunman wounded Reyes and two other men outside the diner."), INJURED, 3);
        exact(en("He opened fire on the porch, hitting Dale Moss and three others."), INJURED, 4);
        // the named victim may be the one who died: shot, not survivors
        assertEquals(new CasualtySummary(1, 2), sum("The gunman shot Reyes and two others on the porch. Reyes died at the scene."));
    }

    @Test void aNamedVictimWithAnAgeAndAnotherVictimAreTwo() {
        exact(en("He is accused of shooting Rosa Vale, 29, and her 10-year-old son outside the store."), INJURED, 2);
        exact(en("Officers said Cole shot Dana Brown and a neighbor before he fled."), INJURED, 2);
        assertEquals(new CasualtySummary(1, 1), sum("He is accused of shooting Rosa Vale, 29, and her 10-year-old son. Vale died at the scene."));
        // a new clause after "and" is no second victim
        assertTrue(en("He is charged with shooting Tom Reed and his cousin was arrested.").stream().noneMatch(f -> f.kind() == INJURED && f.value() == 2));
    }

    @Test void aVictimInAComaIsInjured() {
        assertEquals(new CasualtySummary(1, 1), sum("The gunfire left a man dead and his 9-year-old daughter in a coma."));
        exact(en("The teenager is in a medically induced coma."), INJURED, 1);
    }

    @Test void severalShootingsCountedOrSpreadOverACityAreARoundUp() {
        assertEquals(new CasualtySummary(null, 2), FX.summariseArticle("",
                "Three overnight shootings left seven people wounded. On Pine Avenue, two brothers were wounded.", "en"));
        assertEquals(new CasualtySummary(null, 1), FX.summariseArticle("",
                "At least 12 people were shot in shootings across Springfield over two days. A 30-year-old man was shot on Oak Street.", "en"));
        assertTrue(FigureExtractor.roundUp("Police are looking into a series of shootings that left nine hurt."));
        // other incidents named beside this one are no round-up of it
        assertFalse(FigureExtractor.roundUp("The man charged in the killings of two people has been accused in three other shootings."));
    }

    @Test void aDeadlyShootingNamedByItsKindOrPlaceIsOneDeath() {
        // at least one, like "deadly shooting"
        assertEquals(1, only(en("Deputies investigate deadly officer-involved shooting in Pine Hollow"), KILLED).min());
        assertEquals(1, only(en("Arrest made in fatal Elm Street shooting"), KILLED).min());
        assertEquals(2, only(en("Police link two fatal drive-by shootings"), KILLED).min());
        assertEquals(1, only(en("Deadly gunfire erupted after an argument at the party"), KILLED).min());
        assertEquals(1, only(en("Fourth gun found after fatal gang shootout"), KILLED).min());
        // a deadly shooting of several is read by its count, not here
        assertTrue(en("A fatal double shooting on Main Street").stream().noneMatch(f -> f.kind() == KILLED && f.text().startsWith("fatal double")));
    }

    @Test void fatalWoundsKillAndAPossessorOfTwoWordsNamesTheVictim() {
        exact(en("A hiker was found with a fatal gunshot wound near the trail."), KILLED, 1);
        exact(en("He shot and fatally wounded three coworkers at the plant."), KILLED, 3);
        exact(en("Stray bullet kills police officer's son"), KILLED, 1);
        exact(en("Gunfire struck Lee and two others near the corner."), INJURED, 3);
    }

    @Test void othersCountedBesideOneWoundedVictimAddHim() {
        assertEquals(new CasualtySummary(null, 4), sum("A 12-year-old boy remained in critical condition after a shooting that also wounded three other people."));
        // beside a death, the others are the survivors
        assertEquals(new CasualtySummary(1, 2), sum("A man was shot on Oak Street and died. Two others were wounded."));
    }

    @Test void alsoBeforeAVerbWithoutSubjectIsAnotherVictim() {
        assertEquals(new CasualtySummary(2, 1), sum("Two people were killed at the farm. A neighbor who ran for help also was injured."));
        exact(en("A cousin also was wounded."), INJURED, 1);
        assertTrue(only(en("A cousin also was wounded."), INJURED).text().contains("also"));
    }

    @Test void aNamedVictimStruckWithOthersMayBeTheDead() {
        assertEquals(new CasualtySummary(1, 3), sum("A man died in the fatal shooting. Gunfire struck Lane and three others on the porch."));
        assertTrue(FigureExtractor.roundUp("One dead, one hurt in two separate shooting incidents overnight"));
    }

    @Test void thingsHitByGunfireAreNoVictims() {
        assertTrue(en("Two homes were struck by gunfire overnight.").stream().noneMatch(f -> f.kind() == INJURED));
        assertTrue(en("Officers said five people and three vehicles were shot at.").stream().noneMatch(f -> f.kind() == INJURED));
        exact(en("Two cars were hit and a man was shot in the leg."), INJURED, 1);
    }

    @Test void anotherStandingAloneAfterAVerbIsOneMoreVictim() {
        assertEquals(new CasualtySummary(4, 1), sum("He shot and fatally wounded four coworkers and seriously wounded another."));
        assertEquals(new CasualtySummary(1, 1), sum("The gunman killed one man and wounded another in the leg."));
        // before a noun, "another" is read with it
        exact(en("The gunman wounded another customer."), INJURED, 1);
    }

    @Test void aGroupDescribedBeforeItsDeathsSinceIsCountedAmongTheDead() {
        assertEquals(new CasualtySummary(2, 1), sum("Two students who were hurt in a triple shooting near the mall on Friday have died."));
        exact(en("All three men involved in the crash on Route 9 have now died."), KILLED, 3);
        // one of a group: one death
        assertEquals(Integer.valueOf(1), sum("Officers said one of four people wounded at the party last week has died.").killed());
        // survivors are no deaths
        assertTrue(en("Three people who were shot on Elm Street have been released.").stream().noneMatch(f -> f.kind() == KILLED));
    }

    @Test void aBareAgeJoinedToTheNextIsAnAgeNotACount() {
        assertTrue(en("The woman shot her 9- and 7-year-old daughters at home.").stream().noneMatch(f -> Integer.valueOf(9).equals(f.value())));
        assertTrue(en("Neighbors said 6- to 8-year-olds play in the yard; a man was shot there.").stream()
                .noneMatch(f -> Integer.valueOf(6).equals(f.value())));
        // a count joined to a count stays a count
        assertEquals(Integer.valueOf(3), only(en("Between 3 and 5 people were hurt."), INJURED).min());
    }

    @Test void theShooterCoordinatedWithHisVictimsIsOneMoreDeath() {
        exact(en("A pupil who killed three classmates and himself was named."), KILLED, 4);
        exact(en("Gunman kills five and himself at a warehouse"), KILLED, 6);
        // a single victim stays apart: "killed a man and himself" is read by the existing rules
        assertEquals(Integer.valueOf(3), sum("He shot and killed two people and then himself.").killed());
    }

    @Test void aNameCoordinatedBeforeOnePersonWithAPluralVerbIsOneMore() {
        exact(en("Hours later, Dorsey and another man were found dead in a field."), KILLED, 2);
        exact(en("Ann Vega and her youngest son were pronounced dead at the scene."), KILLED, 2);
        exact(en("The woman and her daughter were wounded."), INJURED, 2);
        // a name as an object, or a singular verb: one
        exact(en("Deputies fired at Dorsey and a man was wounded."), INJURED, 1);
        exact(en("Dorsey said a man was found dead."), KILLED, 1);
    }

    @Test void aBroadcasterBeforeDigitsIsNoCount() {
        assertTrue(en("Her family told NBC 6 on Monday that she was brain dead.").stream().noneMatch(f -> Integer.valueOf(6).equals(f.value())));
        assertTrue(en("Her family told WKRG 5 that the victim died.").stream().noneMatch(f -> Integer.valueOf(5).equals(f.value())));
        // in a text all in capitals, a word before digits is no call sign
        exact(en("POLICE SAY A MAN OPENED FIRE WITH 2 PEOPLE KILLED."), KILLED, 2);
    }

    @Test void anotherPersonBesideTheDeadIsOneMoreVictim() {
        assertEquals(new CasualtySummary(1, 1), sum("A man was killed on Pine Road. Another man was wounded."));
        assertEquals(new CasualtySummary(1, 1), sum("One man died at the scene. Another person got shot in the leg."));
        // the same victim told again in the headline and the lead is not one more
        assertEquals(new CasualtySummary(1, 1), sum("1 teen killed, another injured by gunfire. A teen was killed and another teen was injured."));
        // "another" alone, before a verb, may be one of those counted dead
        assertEquals(new CasualtySummary(2, 0), sum("Two men were killed: one was shot in the yard and another was shot inside."));
    }

    @Test void aVictimStillInHospitalOrInSeriousConditionIsAlive() {
        assertEquals(new CasualtySummary(3, 1), sum("Three people were killed in the home. A fourth victim is still being treated at a hospital."));
        assertEquals(new CasualtySummary(1, 1), sum("A man died after the shooting on Elm Street. A teen was shot and is in serious condition."));
        // a subjectless "was taken to a hospital" may still be the one who died
        assertEquals(new CasualtySummary(1, 0), sum("A man was shot and killed on Oak Lane. He was taken to a hospital."));
    }

    @Test void othersCountedBesideTheDeadFurtherDownAreTheInjured() {
        String filler = " Neighbors gathered on the corner through the afternoon and talked about the block.".repeat(12);
        String lead = "A man was shot and died outside a bar on Friday night, police said." + filler;
        assertEquals(new CasualtySummary(1, 3), FX.summariseArticle("Bar shooting victim named",
                lead + " Police said the gunman fired into the crowd, killing the man and injuring three others.", "en"));
        // a vague count further down adds nobody
        assertEquals(new CasualtySummary(1, 0), FX.summariseArticle("Bar shooting victim named",
                lead + " Many others have been wounded in the city this year.", "en"));
    }

    @Test void soManyOrTooManyIsNoCount() {
        assertTrue(en("\"Too many young people are getting shot in this city,\" she said.").stream().noneMatch(f -> f.kind() == INJURED));
        assertTrue(en("So many children have been killed on these streets.").stream().noneMatch(f -> f.kind() == KILLED));
        assertTrue(en("Police did not say how many people were hurt.").stream().noneMatch(f -> f.kind() == INJURED));
        // "many" alone stays a vague count, "as many as" a bound
        assertEquals(Integer.valueOf(3), only(en("Many people were hurt."), INJURED).min());
        assertEquals(Integer.valueOf(5), only(en("As many as five people were wounded."), INJURED).max());
    }

    @Test void deathsPutDownToViolenceAtLargeAreARoundUp() {
        assertTrue(FigureExtractor.roundUp("Several teens have lost their lives to gun violence in the county this year."));
        assertEquals(new CasualtySummary(1, null), FX.summariseArticle("Boy killed on Ash Street",
                "A boy was shot and killed on Ash Street. Several teens have lost their lives to gun violence here.", "en"));
        // one victim's life lost in a shooting is his death
        assertFalse(FigureExtractor.roundUp("He lost his life in the shooting on Ash Street."));
    }

    @Test void anInjuryEndingInASubjectlessDeathIsTheDead() {
        // the injured victim is the one who died: no survivor
        assertEquals(new CasualtySummary(1, 0), summaryOf("A teenager injured in a shooting on Oak Road Monday has died, police said."));
        assertEquals(new CasualtySummary(1, 0), summaryOf("A woman who was in critical condition after the shooting on Elm Street has now died."));
        // a death with its own subject is someone else
        assertEquals(new CasualtySummary(1, 1), summaryOf("A man was wounded on Oak Road. A woman was pronounced dead at the scene."));
    }

    private static CasualtySummary summaryOf(String text) { return FigureExtractor.summarise(en(text)); }

    @Test void shootingsOfASpanOrACityAreARoundUp() {
        assertTrue(FigureExtractor.roundUp("2 dead, 19 wounded in weekend Riverton shootings"));
        assertTrue(FigureExtractor.roundUp("Five wounded in overnight shootings"));
        assertTrue(FigureExtractor.roundUp("3 killed, 9 wounded in city shootings Monday"));
        // one shooting of the night is no round-up
        assertFalse(FigureExtractor.roundUp("2 dead, 3 wounded in overnight shooting at a bar"));
    }

    @Test void aShootingThatHospitalizesSomeoneInjuresOne() {
        assertEquals(new CasualtySummary(null, 1), summaryOf("Accidental shooting hospitalizes teen at lake cabin"));
        assertEquals(new CasualtySummary(null, 2), summaryOf("Drive-by shooting hospitalizing two men on Elm Street"));
    }
}
