package io.triangulate.analysis.event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a time expression dates the happening itself ("shot Saturday night", "the Nov. 8 shooting",
 * "police were called about 2 a.m. Sunday") or something said or done about it afterwards ("police said
 * Monday", "was arrested Tuesday", "identified Sunday", "died Monday at the hospital"). The nearest cue
 * word before the expression in its sentence decides; with none before, the first one after it does.
 * English only: other languages are never judged attached.
 */
final class Attachment {
    private Attachment() {}

    /** Words that report the happening, its discovery or the call that reported it. */
    private static final Pattern HAPPENING = Pattern.compile("(?i)\\b(?:shot|shoot(?:s|ing|ings|out)?|gunfire|gunshots?"
            + "|gunned down|grazed|fired|firing|open(?:ed|s) fire|kill(?:ed|ing|s)|slain|slaying|murder(?:ed)?|homicide|stabb(?:ed|ing)"
            + "|wounded|injured|attack(?:ed)?|robbed|robbery|carjack(?:ed|ing)|happened|occurred|took place|erupted"
            + "|broke out|respond(?:ed|ing)|dispatched|called|calls?|911|found|discovered|struck|altercation|argument"
            + "|fight|confrontation|(?:was|were) reported|ambushed|hit|attacks|targeted|landed|exploded|explosions?|blasts?|discharged|went off)\\b");
    /** Words that report what was said or done later: speech, police and court steps, death in hospital. */
    private static final Pattern AFTERWARDS = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|identified|released"
            + "|confirmed|announced|arrested|arrests?|charged|charges?|booked|arraigned|sentenced|sentencing|pleaded|indicted"
            + "|convicted|appeared|appears?|remained|remains|listed|updated|posted|named|investigating|searching|vigil"
            + "|funeral|memorial|court|hearing|trial|jail|custody|surrendered|extradited|face|faces|facing|hospitalized"
            + "|autops(?:y|ies)|reported|reports|according|conference|statement|spoke|asked|died|dies|pronounced|declared|passed away|added|wrote"
            + "|succumbed|buried|rallied|gathered|march(?:ed)?|met|meeting|issued|filed|published|wrote|visited"
            + "|arraignment|signed|testified|testimony|surgery|comment|briefing|pled|delayed|dismissed|deliberations"
            + "|appearance|interviewed|continued|underway|still|turned (?:him|her|them)sel(?:f|ves) in)\\b");
    /** "the Nov. 8 shooting", "Saturday's homicide": the expression qualifies the happening's own noun. */
    private static final Pattern QUALIFIES = Pattern.compile(
            "(?i)^(?:['’]s)?\\s+(?:(?!(?:the|a|an|that|police|with|without|no|for|in|of|on|at|to|by|from|after|before|and|or)\\b)[a-z-]+\\s+){0,2}(?:shootings?|homicides?|killings?|slayings?|murders?|attacks?|stabbings?|gunfire|robbery|incidents?|deaths?|rampage|massacre|standoff)\\b");
    /** "Sunday's news conference", "a Wednesday hearing": the expression qualifies a later step's noun. */
    private static final Pattern QUALIFIES_LATER = Pattern.compile(
            "(?i)^(?:['’]s)?\\s+(?:(?!the\\b|a\\b|an\\b|that\\b)[a-z-]+\\s+){0,2}(?:(?:news|press) conferences?|hearings?|arraignments?"
            + "|funerals?|vigils?|memorials?|briefings?|court appearances?|appearances?|meetings?|rall(?:y|ies)|marche?s?|interviews?"
            + "|statements?|news releases?|game|services?|sentencing|trial)\\b");
    /** Happening words that may name a charge rather than what was done: "charged with murder on Saturday". */
    private static final Pattern CHARGE_NAMES = Pattern.compile("(?i)murder(?:ed)?|homicide|attack(?:ed)?|robbery|robbed|killing|wounded|injured|hit");
    /** Police and court steps: "charged him with murder on Saturday" dates the charge, whatever the clause names. */
    private static final Pattern STEPS = Pattern.compile("(?i)\\b(?:charged|charges|arrested|arrests?|pleaded|pleads|convicted"
            + "|sentenced|indicted|booked|accused|arraigned|jailed|detained|apprehended|extradited|custody|guilty)\\b");
    /** Attribution that may follow what it reports: "… on Saturday, security officials said". */
    private static final Pattern SPEECH = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|according|reported|reports|added|wrote|stated|statement)\\b");
    private static final int BACK = 250, AHEAD = 100;
    /** What may stand between "according" and the noun that names its source: " to ", " to the ", " to police ". */
    private static final Pattern SOURCE = Pattern.compile("(?i)\\s+to\\s+(?:(?:the|a|an|police|county|federal|state)\\s+)?");

    /** Whether the expression ending at {@code end} qualifies the happening's own noun: "the Friday shooting", "Saturday's homicide". */
    static boolean qualifiesTheHappening(String text, int to, int end) {
        return QUALIFIES.matcher(text.substring(end, Math.min(to, end + AHEAD))).find();
    }

    /** True when the time expression at [start, end) of {@code text}, in the sentence [from, to), dates the happening. */
    static boolean dates(String text, int from, int to, int start, int end) {
        return judge(text, from, to, start, end) > 0;
    }

    /**
     * 1 when the time expression at [start, end) of {@code text}, in the sentence [from, to), dates the happening;
     * -1 when it dates something said or done about it; 0 when nothing around it tells.
     */
    static int judge(String text, int from, int to, int start, int end) {
        String after = text.substring(end, Math.min(to, end + AHEAD));
        if (QUALIFIES.matcher(after).find()) return 1;
        if (QUALIFIES_LATER.matcher(after).find()) return -1;
        String before = text.substring(Math.max(from, start - BACK), start);
        int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), before.lastIndexOf(':'));
        Matcher step = STEPS.matcher(before);
        int stepEnd = -1;
        while (step.find(stepEnd < 0 ? clause + 1 : stepEnd)) stepEnd = step.end();
        if (stepEnd >= 0 && !reportsTheDeed(before.substring(stepEnd))) return -1;
        int happening = lastEnd(HAPPENING.matcher(before)), afterwards = lastAfterwards(before);
        if (happening < afterwards && DEATH.matcher(before.substring(lastStart(AFTERWARDS.matcher(before)))).lookingAt()
                && SHOT_AFTER.matcher(after).find()) {
            return 1; // "died Friday night after he was shot": the day of the death is the day of the shooting
        }
        if (happening >= 0 || afterwards >= 0) return happening >= afterwards ? 1 : -1;
        Matcher h = HAPPENING.matcher(after), a = AFTERWARDS.matcher(after);
        int hs = h.find() ? h.start() : Integer.MAX_VALUE, as = Integer.MAX_VALUE;
        int source = -1; // "according to court records": the source's words name no later step
        while (a.find()) {
            if (SPEECH.matcher(a.group()).matches()) {
                if (a.group().equalsIgnoreCase("according")) source = a.end();
                continue;
            }
            if (source >= 0 && SOURCE.matcher(after.substring(source, a.start())).matches()) continue;
            as = a.start();
            break;
        }
        if (hs == as) return 0;
        if (hs < as && hs != Integer.MAX_VALUE && COMPLEMENT.matcher(after.substring(0, hs)).find()) {
            return 0; // "received probation Thursday for shooting", "recalled Thursday how …": the deed is another clause's
        }
        return hs < as ? 1 : -1;
    }

    /** A word that opens a complement of an earlier verb between the expression and the happening after it. */
    private static final Pattern COMPLEMENT = Pattern.compile("(?i)\\b(?:for|to|how|over)\\b");

    /** Whether words after a police or court step report the deed itself ("charged … for the fatal shooting … Tuesday"), not a charge's name. */
    private static boolean reportsTheDeed(String between) {
        Matcher h = HAPPENING.matcher(between);
        while (h.find()) if (!CHARGE_NAMES.matcher(h.group()).matches()) return true;
        return false;
    }

    /**
     * Where the last cue of a later step ends, or -1. A speech verb followed by its reported clause ("police say the boy
     * was at the park Monday night") reports, rather than dates, what follows: only one right before the expression
     * ("said Monday", "told reporters on Monday") counts.
     */
    private static int lastAfterwards(String before) {
        Matcher a = AFTERWARDS.matcher(before);
        int end = -1;
        while (a.find()) {
            if (SPEECH.matcher(a.group()).matches() && !ADJACENT.matcher(before.substring(a.end())).matches()) continue;
            end = a.end();
        }
        return end;
    }

    private static int lastStart(Matcher m) {
        int start = 0;
        while (m.find()) start = m.start();
        return start;
    }

    /** What may stand between a speech verb and the time of speaking: "said Monday", "told reporters late Monday". */
    private static final Pattern ADJACENT = Pattern.compile("(?i)\\s*(?:\\w+\\s+)?(?:on|late|early|this|last)?\\s*");
    private static final Pattern DEATH = Pattern.compile("(?i)died|dies|pronounced|declared");
    /** "… after he was shot", "after being shot", "after a friend shot him". */
    private static final Pattern SHOT_AFTER = Pattern.compile("(?i)^[^.;]{0,40}?\\bafter\\b[^.;]{0,40}?\\b(?:shot|shooting|gunshot|wounded|stabbed)\\b");

    private static int lastEnd(Matcher m) {
        int end = -1;
        while (m.find()) end = m.end();
        return end;
    }
}
