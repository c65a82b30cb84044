package io.triangulate.analysis.attribution;

import io.triangulate.model.Attribution;
import io.triangulate.model.Modality;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who stands behind a sentence, and how the article puts it forward.
 *
 * <p>Recognises reported speech and its source in English, French, Spanish, German, Italian, Dutch and
 * Arabic: a trailing reporting clause ("…, security officials said"; "…, a déclaré le ministre"), a leading
 * one ("Reuters reported that…", "Police say…"), a source preposition ("according to the Iraqi military
 * command", "selon", "según", "laut", "secondo", "volgens", "وفقا ل"), a relay citing another source
 * ("The Times of Israel reported, citing the Iraqi military": speaker "Iraqi military", via
 * "The Times of Israel"), a labelled quotation ("“An Iraqi security source: …,” Al-Arabiya reported":
 * speaker "Iraqi security source", via "Al-Arabiya") and embedded posts ("… — Name (@handle) January 4, 2020").
 *
 * <p>Modality: {@link Modality#OPINION} for promotion, appeals, editorial commitments and rhetorical
 * questions in the outlet's voice; {@link Modality#SPECULATED} for hedges and conjecture ("may have been",
 * "it's possible", "likely", "unclear", "appears to"), whoever says them; {@link Modality#REPORTED} when a
 * source is found; {@link Modality#ASSERTED} otherwise.
 *
 * <p>Immutable and thread-safe; rules are per-language resources
 * ({@code io/triangulate/analysis/attribution/<lang>.lex}) compiled once.
 */
public final class AttributionAnalyzer {
    private static final Pattern TWEET = Pattern.compile(
            "[—–-]\\s*(?<name>[^—–()\\n]{1,60}?)\\s*\\((?<handle>@\\w{1,30})\\)\\s*(?:\\p{L}+\\.?\\s+\\d{1,2},\\s+\\d{4})?\\s*$");
    private static final Pattern LINKS = Pattern.compile("\\s*(?:https?://\\S+|pic\\.twitter\\.com/\\S+)");
    private static final int MAX_SPEAKER_WORDS = 8;
    private static final Pattern APPOSITION = Pattern.compile("\\s*([^,]{2,50}),\\s+[^,]{2,90},\\s*");
    private static final Pattern NOT_NP = Pattern.compile(
            "(?iu)(?:^|\\s)(?:who|which|that|when|while|because|if|and then|but|it|this|there|here|what|how|why|was|were|is|are|has|had|have|not|would|will|could|should|can|may|might|must|do|does|did|nothing|something|anything|so|yes|no)(?:\\s|$)");

    private AttributionAnalyzer() {}

    /** An analyzer with the built-in rules. */
    public static AttributionAnalyzer create() {
        for (String l : Rules.LANGUAGES) Rules.of(l);
        return new AttributionAnalyzer();
    }

    /**
     * The attribution of one sentence.
     *
     * @param sentence one sentence (or an embedded post)
     * @param language ISO 639-1 code; unknown languages are read as English
     * @return speaker (null for the outlet's own voice), via (the relaying outlet or account, nullable), modality
     */
    public Attribution attribute(String sentence, String language) {
        Objects.requireNonNull(sentence, "sentence");
        Rules r = Rules.of(language);
        String s = sentence.contains("http") || sentence.contains("pic.twitter") ? LINKS.matcher(sentence).replaceAll("").strip() : sentence.strip();
        String speaker = null, via = null;
        Rules.Words stems = new Rules.Words(s);

        if (s.contains("(@")) {
            Matcher tw = TWEET.matcher(s);
            if (tw.find()) {
                via = tw.group("handle");
                String body = s.substring(0, tw.start()).strip();
                speaker = label(r, body);
                if (speaker == null) speaker = according(r, body, new Rules.Words(body));
                if (speaker == null) speaker = clean(r, tw.group("name"));
                return new Attribution(speaker, via, modality(r, body, true, new Rules.Words(body)));
            }
        }

        String outer = null, cite = null;
        if (stems.any(r.verbGate)) {
            String[] found = reportingClause(r, s, stems);
            if (found != null) { outer = found[0]; cite = found[1]; }
        }
        String inner = quoteLabel(r, s);
        String acc = according(r, s, stems);
        if (inner == null && outer == null && acc == null) inner = label(r, s);

        if (inner != null) { speaker = inner; via = outer; }
        else if (cite != null) { speaker = cite; via = outer; }
        else if (acc != null) { speaker = acc; via = outer != null && !outer.equalsIgnoreCase(acc) ? outer : null; }
        else speaker = outer;
        return new Attribution(speaker, via, modality(r, s, speaker != null, stems));
    }

    /**
     * The speaker of a reporting clause and the source it cites, or null: trailing ("…, police said"),
     * inverted ("…, said fire chief Dana Ross"), leading ("Reuters reported that…"), or verb-first (Arabic).
     * Verbs are found once; each clause shape is then checked from the verb, so the cost is linear.
     */
    private static String[] reportingClause(Rules r, String s, Rules.Words words) {
        boolean first = true;
        String[] leading = null;
        Matcher v;
        int from = 0;
        while ((v = words.find(r.verb, r.verbGate, s, from)) != null) {
            from = v.end() > v.start() ? v.end() : v.start() + 1;
            if (!verb(v)) { first = false; continue; }
            int vs = v.start(), ve = v.end();
            Matcher tail = r.trailTail.matcher(s).region(ve, s.length());
            if (tail.lookingAt()) {
                int b = vs;
                while (b > 0 && ",\"“”»".indexOf(s.charAt(b - 1)) < 0) b--;
                String sp = s.substring(b, vs);
                if (plainNp(sp) && ok(r, sp)) {
                    String cite = tail.group("cite") == null ? null : citing(r, tail.group("cite"));
                    return new String[] {clean(r, sp), cite};
                }
            }
            int p = vs - 1;
            while (p >= 0 && Character.isWhitespace(s.charAt(p))) p--;
            if (p >= 0 && ",\"“”»".indexOf(s.charAt(p)) >= 0) {
                Matcher inv = r.invertedTail.matcher(s).region(ve, s.length());
                if (inv.lookingAt() && ok(r, inv.group("sp")) && !startsWithPronoun(r, inv.group("sp"))) {
                    return new String[] {clean(r, inv.group("sp")), null};
                }
            }
            if (first && leading == null) {
                String sp = s.substring(0, vs);
                Matcher ap = APPOSITION.matcher(sp);
                if (ap.matches()) sp = ap.group(1);                // "Shamann Walton, vice president of the board, said"
                Matcher lt = r.leadTail.matcher(s).region(ve, s.length());
                if (sp.length() <= 70 && plainNp(sp) && sp.indexOf(',') < 0 && lt.lookingAt() && ok(r, sp)) {
                    leading = new String[] {clean(r, sp), lt.group("cite") == null ? null : citing(r, lt.group("cite"))};
                }
            }
            first = false;
        }
        if (leading != null) return leading;
        if (r.verbFirst != null) {
            Matcher m = r.verbFirst.matcher(s);
            if (m.find() && ok(r, m.group("sp"))) return new String[] {clean(r, m.group("sp")), null};
        }
        return null;
    }

    /** "…, said he knows": after an inverted verb a pronoun starts a clause, not a speaker. */
    private static boolean startsWithPronoun(Rules r, String sp) {
        String t = sp.strip();
        int sp1 = t.indexOf(' ');
        return r.pronoun.matcher(sp1 < 0 ? t : t.substring(0, sp1)).matches();
    }

    /** Text that can be a noun phrase: no clause punctuation (a full stop only inside an abbreviation, "U.S."). */
    private static boolean plainNp(String sp) {
        for (int i = 0; i < sp.length(); i++) {
            char c = sp.charAt(i);
            if (";:!?\"“”«»()\n،؛".indexOf(c) >= 0) return false;
            if (c == '.' && (i + 1 >= sp.length() || Character.isWhitespace(sp.charAt(i + 1)))) return false;
        }
        return !sp.isBlank();
    }

    /** How a sentence is put forward (see {@link #attribute}). */
    public Modality modality(String sentence, String language) {
        return attribute(sentence, language).modality();
    }

    private static Modality modality(Rules r, String s, boolean attributed, Rules.Words words) {
        if (words.find(r.opinion, r.opinionGate, s, 0) != null) return Modality.OPINION;
        int from = 0;
        Matcher m;
        while ((m = words.find(r.speculation, r.speculationGate, s, from)) != null) {
            Matcher not = r.notSpeculation.matcher(s).region(m.start(), s.length());
            if (!not.lookingAt()) return Modality.SPECULATED;
            from = m.start() + 1;
        }
        if (attributed) return Modality.REPORTED;
        String t = s.strip();
        if ((t.endsWith("?") || t.endsWith("\u061F")) && !t.startsWith("\"") && !t.startsWith("\u201C")) return Modality.OPINION;
        return Modality.ASSERTED;
    }

    private static String according(Rules r, String s, Rules.Words words) {
        Matcher m;
        int from = 0;
        while ((m = words.find(r.according, r.accordingGate, s, from)) != null) {
            from = m.start() + 1;
            String sp = m.group("sp");
            Matcher stop = r.npStop.matcher(sp);
            if (stop.find()) sp = sp.substring(0, stop.start());
            // Arabic: the preposition ل before the article ال is written لل ("للشرطة" = ل + الشرطة)
            if (m.group("acc").endsWith("ل") && sp.startsWith("ل")) sp = "ا" + sp;
            if (ok(r, sp)) return clean(r, sp);
        }
        return null;
    }

    private static String citing(Rules r, String s) {
        Matcher m = r.citing.matcher(s);
        return m.find() && ok(r, m.group("sp")) ? clean(r, m.group("sp")) : null;
    }

    /** "“An Iraqi security source: Two rockets…”": a source label opening a quotation. */
    private static String quoteLabel(Rules r, String s) {
        Matcher m = r.quoteLabel.matcher(s);
        if (m.find() && sourceLabel(r, m.group("sp")) && words(m.group("sp")) <= 6) return clean(r, m.group("sp"));
        return null;
    }

    /** "مصدر أمني عراقي: سقوط صاروخي…": a source label opening a statement. */
    private static String label(Rules r, String s) {
        Matcher m = r.label.matcher(s);
        if (m.find() && sourceLabel(r, m.group("sp")) && words(m.group("sp")) <= 6) return clean(r, m.group("sp"));
        return quoteLabel(r, s);
    }

    /** A reporting verb in title case mid-sentence is a noun ("Reports of rocket attacks", "United States"). */
    private static boolean verb(Matcher m) {
        String v = m.group("v");
        return v == null || v.isEmpty() || !Character.isUpperCase(v.charAt(0));
    }

    /** Whether a label names a source, in the sentence's language or any other ("مصدر" in an English article). */
    private static boolean sourceLabel(Rules r, String label) {
        if (r.sourceNoun.matcher(label).find()) return true;
        for (String l : Rules.LANGUAGES) if (Rules.of(l).sourceNoun.matcher(label).find()) return true;
        return false;
    }

    private static boolean ok(Rules r, String sp) {
        if (sp == null) return false;
        String t = sp.strip();
        if (t.isEmpty() || words(t) > MAX_SPEAKER_WORDS) return false;
        if (r.language.equals("en") && NOT_NP.matcher(t).find()) return false;
        for (int i = 0; i < t.length(); i++) if (Character.isDigit(t.charAt(i))) return false;
        return Character.isLetter(t.codePointAt(0)) || t.charAt(0) == '@';
    }

    private static String clean(Rules r, String sp) {
        String t = sp.strip();
        Matcher m = r.strip.matcher(t);
        if (m.find()) {
            String lead = m.group().strip();
            boolean capitalThe = lead.startsWith("The") || lead.startsWith("THE");
            if (!(capitalThe && r.keepThe.matcher(t).find())) t = t.substring(m.end());
        }
        t = t.replaceAll("[\\s,;:]+$", "");
        return t.isEmpty() ? null : t;
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }
}
