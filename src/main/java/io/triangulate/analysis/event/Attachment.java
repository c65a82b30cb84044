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
    private static final Pattern HAPPENING = Pattern.compile("(?i)\\b(?:shot|shoot(?:ing|ings|out)?|gunfire|gunshots?"
            + "|gunned down|fired|firing|opened fire|kill(?:ed|ing)|slain|slaying|murder(?:ed)?|homicide|stabb(?:ed|ing)"
            + "|wounded|injured|attack(?:ed)?|robbed|robbery|carjack(?:ed|ing)|happened|occurred|took place|erupted"
            + "|broke out|respond(?:ed|ing)|dispatched|called|calls?|911|found|discovered|struck|altercation|argument"
            + "|fight|confrontation|(?:was|were) reported|ambushed|hit)\\b");
    /** Words that report what was said or done later: speech, police and court steps, death in hospital. */
    private static final Pattern AFTERWARDS = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|identified|released"
            + "|confirmed|announced|arrested|arrests?|charged|charges?|booked|arraigned|sentenced|sentencing|pleaded|indicted"
            + "|convicted|appeared|appears?|remained|remains|listed|updated|posted|named|investigating|searching|vigil"
            + "|funeral|memorial|court|hearing|trial|jail|custody|surrendered|extradited|face|faces|facing|hospitalized"
            + "|autops(?:y|ies)|reported|reports|according|conference|statement|spoke|asked|died|dies|passed away"
            + "|succumbed|buried|rallied|gathered|march(?:ed)?|met|meeting|issued|filed|published|wrote|visited)\\b");
    /** "the Nov. 8 shooting", "Saturday's homicide": the expression qualifies the happening's own noun. */
    private static final Pattern QUALIFIES = Pattern.compile(
            "(?i)^(?:['’]s)?\\s+(?:(?!the\\b|a\\b|an\\b|that\\b|police\\b)[a-z-]+\\s+){0,2}(?:shootings?|homicides?|killings?|slayings?|murders?|attacks?|stabbings?|gunfire|robbery)\\b");
    /** Police and court steps: "charged him with murder on Saturday" dates the charge, whatever the clause names. */
    private static final Pattern STEPS = Pattern.compile("(?i)\\b(?:charged|charges|arrested|arrests?|pleaded|pleads|convicted"
            + "|sentenced|indicted|booked|accused|arraigned|jailed|detained|apprehended|extradited|custody|guilty)\\b");
    private static final int BACK = 120, AHEAD = 60;

    /** True when the time expression at [start, end) of {@code text}, in the sentence [from, to), dates the happening. */
    static boolean dates(String text, int from, int to, int start, int end) {
        String after = text.substring(end, Math.min(to, end + AHEAD));
        if (QUALIFIES.matcher(after).find()) return true;
        String before = text.substring(Math.max(from, start - BACK), start);
        int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), before.lastIndexOf(':'));
        if (STEPS.matcher(before.substring(clause + 1)).find()) return false;
        int happening = lastEnd(HAPPENING.matcher(before)), afterwards = lastEnd(AFTERWARDS.matcher(before));
        if (happening >= 0 || afterwards >= 0) return happening >= afterwards;
        Matcher h = HAPPENING.matcher(after), a = AFTERWARDS.matcher(after);
        int hs = h.find() ? h.start() : Integer.MAX_VALUE, as = a.find() ? a.start() : Integer.MAX_VALUE;
        return hs < as;
    }

    private static int lastEnd(Matcher m) {
        int end = -1;
        while (m.find()) end = m.end();
        return end;
    }
}
