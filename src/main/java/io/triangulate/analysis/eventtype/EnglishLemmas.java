package io.triangulate.analysis.eventtype;

import java.util.HashMap;
import java.util.Map;

/**
 * Past forms of the irregular English verbs that news of conflict, protest and disaster use, mapped to
 * their base form before stemming, so that one cue covers every inflection ("take control" also matches
 * "took control", "taken control"). Forms that are also common nouns or adjectives of another meaning
 * ("left", "found", "wound", "saw", "struck" with the strike of workers) are left out.
 */
final class EnglishLemmas {
    private EnglishLemmas() {}

    static final Map<String, String> IRREGULAR = build(
            "take", "took taken",
            "retake", "retook retaken",
            "overtake", "overtook overtaken",
            "undertake", "undertook undertaken",
            "throw", "threw thrown",
            "fight", "fought",
            "blow", "blew blown",
            "break", "broke broken",
            "steal", "stole stolen",
            "flee", "fled",
            "catch", "caught",
            "hold", "held",
            "begin", "began begun",
            "drive", "drove driven",
            "overrun", "overran",
            "run", "ran",
            "fall", "fell fallen",
            "fly", "flew flown",
            "give", "gave given",
            "rise", "rose risen",
            "withdraw", "withdrew withdrawn",
            "seek", "sought",
            "bring", "brought",
            "lead", "led",
            "send", "sent",
            "burn", "burnt",
            "lay", "laid",
            "light", "lit",
            "sweep", "swept",
            "beat", "beaten",
            "hide", "hid hidden",
            "sink", "sank sunk",
            "lose", "lost",
            "win", "won",
            "speak", "spoke spoken",
            "stand", "stood",
            "tear", "tore torn",
            "arise", "arose arisen",
            "forbid", "forbade forbidden",
            "freeze", "froze frozen",
            "slay", "slew slain",
            "bleed", "bled",
            "dig", "dug",
            "buy", "bought",
            "sell", "sold",
            "build", "built",
            "meet", "met",
            "keep", "kept",
            "feed", "fed",
            "flee", "fled",
            "strive", "strove striven",
            "go", "went gone",
            "come", "came",
            "become", "became",
            "overthrow", "overthrew overthrown",
            "shake", "shook shaken",
            "swear", "swore sworn",
            "write", "wrote written",
            "choose", "chose chosen",
            "fling", "flung",
            "wear", "wore worn",
            "ride", "rode ridden",
            "stick", "stuck",
            "sling", "slung");

    /**
     * Words whose Snowball stem is that of a trigger of another meaning, kept whole: a Protestant is no
     * protest, a mining company lays no mines, an executive is not an execution, relatives are not
     * (diplomatic) relations, and protesters or demonstrators are people ("protesters … killed"), not a protest ("a protest
     * against the killing").
     */
    static final Map<String, String> KEPT_WHOLE = build(
            "protestant", "protestant protestants protestantism",
            "protester", "protester protesters protestor protestors",
            "demonstrator", "demonstrator demonstrators",
            "mining", "mining",
            "executive", "executive executives",
            "relative", "relative relatives");

    private static Map<String, String> build(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            for (String form : pairs[i + 1].split(" ")) m.put(form, pairs[i]);
        }
        return Map.copyOf(m);
    }
}
