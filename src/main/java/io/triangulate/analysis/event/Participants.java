package io.triangulate.analysis.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who did it and to whom, from the shapes English news uses: "X fired/launched/attacked …",
 * "attacked … by X", "targeted X", "attack(s) on X", "landed on/near X". Other languages give none yet.
 */
final class Participants {
    private static final String NP = "((?:the |a |an )?(?!(?:on|in|at|by|near|with|after|for|from|to|of)\\b)[\\p{L}\\p{N}'’.-]+(?: (?!(?:on|in|at|by|over|near|with|after|when|while|and then|that|which|who|where|is|was|as|for|from|since|during|late|early|this|last|about)\\b)[\\p{L}\\p{N}'’.-]+){0,6})";
    private static final Pattern BY = Pattern.compile(
            "\\b(?:attacked|killed|shot dead|shot and killed|targeted|fired|launched|claimed|carried out|bombed|shelled|stormed|raided)\\b[^.;:]*?\\bby " + NP,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT = Pattern.compile(
            "(?:^|[,;] )((?:[A-Z][\\p{L}'’-]*|a|an|the|two|three|several|armed|masked|unknown|suspected)(?: [\\p{L}'’-]+){0,4}) (?:fired|launched|attacked|opened fire|shot|stormed|raided|shelled|bombed|claimed responsibility)\\b");
    private static final Pattern TARGET = Pattern.compile(
            "\\b(?:targeted|targeting|struck|shelled|bombed|raided|stormed|hit|attacks? on|attack against|landed (?:on|near|in)|fell (?:on|near|in))\\s+" + NP,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_AN_ACTOR = Pattern.compile(
            "(?i)^(?:officials?|police said|reports?|sources?|the sources|site|area|repeatedly|again)$"
                    + "|^(?:it|they|he|she|we|this|that|there|which|who)\\b|\\b(?:was|were|is|are|has|had|have|been|be|being)\\b",
            Pattern.CASE_INSENSITIVE);

    private Participants() {}

    static List<String> actors(String sentence, String language) {
        if (!"en".equals(language)) return List.of();
        List<String> out = new ArrayList<>();
        Matcher m = BY.matcher(sentence);
        while (m.find()) add(out, m.group(1));
        m = SUBJECT.matcher(sentence);
        while (m.find()) add(out, m.group(1));
        return out;
    }

    static List<String> targets(String sentence, String language) {
        if (!"en".equals(language)) return List.of();
        List<String> out = new ArrayList<>();
        Matcher m = TARGET.matcher(sentence);
        while (m.find()) add(out, m.group(1));
        return out;
    }

    private static void add(List<String> out, String phrase) {
        String p = phrase.strip().replaceAll("[’'\".,]+$", "");
        p = p.replaceFirst("(?i)^(?:the|a|an) ", "");
        if (p.length() < 3 || NOT_AN_ACTOR.matcher(p).find()) return;
        String key = p.toLowerCase(Locale.ROOT);
        for (String o : out) if (o.toLowerCase(Locale.ROOT).equals(key)) return;
        out.add(p);
    }
}
