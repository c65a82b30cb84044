package io.triangulate.analysis.event;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Which time expressions date the happening itself, and which date what was said or done about it later. */
class AttachmentTest {
    private static boolean dates(String sentence, String time) {
        int at = sentence.indexOf(time);
        assertTrue(at >= 0, time);
        return Attachment.dates(sentence, 0, sentence.length(), at, at + time.length());
    }

    @Test
    void theHappeningsOwnDay() {
        assertTrue(dates("A woman was shot Saturday night outside a store on Elm Road.", "Saturday night"));
        assertTrue(dates("Officers responded to the call about 2 a.m. Sunday and found a man wounded.", "2 a.m. Sunday"));
        assertTrue(dates("The shooting was reported about 10 a.m. Sunday at a home.", "10 a.m. Sunday"));
        assertTrue(dates("Police said a teenager was shot Friday near the park.", "Friday"));
    }

    @Test
    void anExpressionQualifyingTheEventNoun() {
        assertTrue(dates("Detectives are still looking into the Nov. 8 shooting at the bar.", "Nov. 8"));
        assertTrue(dates("Neighbours spoke about Saturday's shooting with dismay.", "Saturday"));
        assertFalse(dates("A man was charged Friday with attempted murder.", "Friday"));
        assertTrue(dates("The parents face no charge in the May 2 death of the boy.", "May 2"));
        assertTrue(dates("He is charged in connection with the Sept. 4 incident at the park.", "Sept. 4"));
        assertFalse(dates("He was arrested Saturday afternoon without incident at a motel.", "Saturday afternoon"));
        assertTrue(dates("Police are investigating after a girl was grazed by a bullet Monday night.", "Monday night"));
    }

    @Test
    void anOpeningExpressionTakesTheFirstCueAfterIt() {
        assertTrue(dates("On Tuesday, two men were shot in the parking lot.", "Tuesday"));
        assertFalse(dates("On Monday, he was extradited to the county jail.", "Monday"));
    }

    @Test
    void speechPoliceAndCourtStepsAreNotTheHappening() {
        assertFalse(dates("The man who was shot was identified Sunday by the coroner.", "Sunday"));
        assertFalse(dates("A suspect in the shooting was arrested Tuesday at his home.", "Tuesday"));
        assertFalse(dates("Prosecutors charged the driver with murder on Thursday.", "Thursday"));
        assertFalse(dates("The wounded teen remained hospitalized Monday in serious condition.", "Monday"));
        assertFalse(dates("The victim, shot in the chest, died Monday at the hospital.", "Monday"));
    }

    @Test
    void anExpressionQualifyingALaterStepDatesThatStep() {
        assertFalse(dates("The chief visited the people wounded before Sunday's news conference.", "Sunday"));
        assertFalse(dates("But at his arraignment Monday, he never looked at the family.", "Monday"));
        assertFalse(dates("The papers, signed on Monday, say the man shot two people in June.", "Monday"));
    }

    @Test
    void aStepWhoseClauseReportsTheShootingDatesTheShooting() {
        assertTrue(dates("A teen is charged with homicide for the fatal shooting of a classmate at an apartment complex Tuesday evening.",
                "Tuesday evening"));
        assertFalse(dates("Prosecutors charged the driver with murder on Thursday.", "Thursday"));
    }

    @Test
    void anOpeningExpressionReadsFarEnoughAhead() {
        assertTrue(dates("Around 6:30 p.m. on Wednesday evening, officers with the county police department say they were called to a home.",
                "Wednesday evening"));
    }

    @Test
    void aSpeechVerbBeforeItsReportedClauseDoesNotDetach() {
        assertTrue(dates("Police say the boy was at the park Monday night when the gun went off.", "Monday night"));
        assertFalse(dates("The boy was hurt, police said Monday.", "Monday"));
    }

    @Test
    void aDeathAfterTheShootingDatesIt() {
        assertTrue(dates("The firefighter died Friday night after he was shot outside a home.", "Friday night"));
        assertFalse(dates("The victim, shot in the chest, died Monday at the hospital.", "Monday"));
    }

    @Test
    void aPronouncedDeathDatesTheDeathLikeDied() {
        assertFalse(dates("The man was pronounced dead at 4:10 p.m. Sunday, a day after officers answered the call.", "4:10 p.m. Sunday"));
        assertTrue(dates("She was pronounced dead Sunday morning after she was shot in a parked car.", "Sunday morning"));
        assertFalse(dates("The girl was declared brain-dead at 5 p.m. Friday, two days after she was hit by a stray bullet.", "5 p.m. Friday"));
    }

    @Test
    void theSourceOfAnAttributionNamesNoLaterStep() {
        // "according to court records": the court is where the account comes from, not a step dated by the day
        String s = "The men showed up at his house Sunday night with a pipe, according to court records.";
        int at = s.indexOf("Sunday night");
        assertEquals(0, Attachment.judge(s, 0, s.length(), at, at + "Sunday night".length()));
        String later = "The man was taken Monday to a court in the county.";
        int at2 = later.indexOf("Monday");
        assertEquals(-1, Attachment.judge(later, 0, later.length(), at2, at2 + "Monday".length()));
    }

    @Test
    void aDeedInAnotherVerbsComplementDoesNotDateTheExpression() {
        // the day belongs to the verb before it; the deed after "for", "to", "how" is that verb's object
        String s = "The teen received two years of probation Thursday afternoon for accidentally shooting his cousin.";
        int at = s.indexOf("Thursday afternoon");
        assertEquals(0, Attachment.judge(s, 0, s.length(), at, at + "Thursday afternoon".length()));
        assertFalse(dates("The father confessed early Monday to shooting the boy at the house.", "early Monday"));
        assertFalse(dates("Her brother recalled Tuesday how he ran to help after she was shot.", "Tuesday"));
        // with nothing between, the deed after the opening expression still dates it
        assertTrue(dates("Early Friday a clerk was shot during a robbery.", "Early Friday"));
    }
}
