package io.triangulate.analysis.eventtype;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
     * Nouns of action whose Snowball stem differs from their verb's, mapped to the verb so that one cue covers
     * both ("seized weapons" and "the seizure of weapons", "destroyed the bridge" and "the destruction of the
     * bridge", "expelled the diplomats" and "the expulsion of the diplomats").
     */
    static final Map<String, String> NOMINAL = build(
            "seize", "seizure seizures",
            "detain", "detention detentions",
            "destroy", "destruction",
            "demolish", "demolition demolitions",
            "intervene", "intervention interventions",
            "invade", "invasion invasions",
            "occupy", "occupation",
            "rob", "robbery robberies",
            "expel", "expulsion expulsions",
            "collide", "collision collisions",
            "bribe", "bribery",
            "provoke", "provocation provocations",
            "evade", "evasion",
            "deny", "denial denials",
            "injure", "injury injuries");

    /**
     * Words whose Snowball stem is that of a trigger of another meaning, kept whole: a Protestant is no
     * protest, a mining company lays no mines, an executive is not an execution, relatives are not
     * (diplomatic) relations, villagers are people (seized villagers are no village taken), and protesters or demonstrators are people ("protesters … killed"), not a protest ("a protest
     * against the killing").
     */
    static final Map<String, String> KEPT_WHOLE = build(
            "protestant", "protestant protestants protestantism",
            "protester", "protester protesters protestor protestors",
            "demonstrator", "demonstrator demonstrators",
            "mining", "mining",
            "executive", "executive executives",
            "relative", "relative relatives",
            "villager", "villager villagers");

    /** British spellings whose American form differs by more than a suffix rule (or would collide under one). */
    static final Map<String, String> SPELLING = build(
            "defense", "defence defences",
            "offense", "offence offences",
            "license", "licence licences",
            "pretense", "pretence",
            "center", "centre",
            "centers", "centres",
            "centered", "centred",
            "theater", "theatre",
            "theaters", "theatres",
            "meter", "metre",
            "meters", "metres",
            "kilometer", "kilometre",
            "kilometers", "kilometres",
            "caliber", "calibre",
            "maneuver", "manoeuvre",
            "maneuvers", "manoeuvres",
            "maneuvered", "manoeuvred",
            "program", "programme",
            "programs", "programmes",
            "tire", "tyre",
            "tires", "tyres",
            "jewelry", "jewellery",
            "jail", "gaol",
            "airplane", "aeroplane",
            "airplanes", "aeroplanes",
            "gray", "grey");

    /** Stems of words whose British "-our" is the American "-or" (neighbourhood, armoured, rumours…). */
    private static final String[] OUR = {"neighbour", "honour", "labour", "armour", "harbour", "rumour", "favour",
            "behaviour", "colour", "vapour", "humour", "valour", "endeavour", "saviour", "rigour", "vigour", "tumour",
            "odour", "clamour", "candour", "splendour", "parlour"};

    /** Verbs and nouns whose British doubled "l" is single in American spelling (travelled, cancelling). */
    private static final Set<String> DOUBLED_L = Set.of("travel", "cancel", "label", "fuel",
            "signal", "level", "channel", "total", "marshal", "counsel", "quarrel", "model", "dial", "equal", "rival",
            "shovel", "tunnel", "pedal", "panel", "unravel", "spiral", "initial");

    /** What comes before "-ise" in words that are no British spelling of an "-ize" verb: they are left as they are. */
    private static final Set<String> ISE_WORDS = Set.of("prom", "expert", "exerc", "surpr",
            "comprom", "enterpr", "prem", "advert", "rev", "telev", "superv", "dev", "compr", "desp", "disgu",
            "franch", "merchand", "otherw", "prec", "conc", "pra", "cru", "bru", "likew", "clockw", "dem", "exc",
            "inc", "chem", "repr", "treat", "parad", "porpo", "torto", "improv", "circumc", "exorc", "appr", "val",
            "pract", "chast");

    private static final Pattern ISE =
            Pattern.compile("(.+?)is(e|es|ed|ing|ation|ations|er|ers)");
    private static final Pattern YSE = Pattern.compile("(.+?(?:al|l|t))ys(e|es|ed|ing)");

    /**
     * The American spelling of a lower-cased British form (defence, neighbourhood, mobilised, travelled,
     * paralysed), so that one cue covers both; other words are returned unchanged.
     */
    static String american(String w) {
        String s = SPELLING.get(w);
        if (s != null) return s;
        if (w.length() < 5) return w;
        if (w.contains("our")) {
            for (String r : OUR) {
                if (w.startsWith(r)) return r.substring(0, r.length() - 2) + "r" + w.substring(r.length());
            }
        }
        if (w.endsWith("lled") || w.endsWith("lling") || w.endsWith("ller") || w.endsWith("llers")) {
            int cut = w.indexOf("ll", w.length() - 6);
            if (cut > 0 && DOUBLED_L.contains(w.substring(0, cut + 1))) return w.substring(0, cut + 1) + w.substring(cut + 2);
        }
        if (w.indexOf("is", w.length() - 7) >= 0) {
            var m = ISE.matcher(w);
            if (m.matches() && m.group(1).length() >= 3 && !ISE_WORDS.contains(m.group(1))) {
                return m.group(1) + "iz" + m.group(2);
            }
        }
        if (w.indexOf("ys", w.length() - 6) >= 0) {
            var m = YSE.matcher(w);
            if (m.matches()) return m.group(1) + "yz" + m.group(2);
        }
        return w;
    }

    private static Map<String, String> build(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            for (String form : pairs[i + 1].split(" ")) m.put(form, pairs[i]);
        }
        return Map.copyOf(m);
    }
}
