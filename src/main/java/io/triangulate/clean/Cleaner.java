package io.triangulate.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops what is not reporting from an article's text: promotion lines, polls and vote tallies,
 * subscription, privacy and log-in boilerplate, editorial-standards footers, photo credits, share buttons,
 * bylines and time stamps. Keeps embedded social-media posts (as {@link Block.Kind#EMBEDDED_POST} blocks
 * attributed to their account, with the {@code t.co} and {@code pic.twitter.com} links stripped) and
 * quotations ({@link Block.Kind#QUOTE}, with the speaker when the paragraph names one).
 *
 * <p>Rules are per language in {@code rules-LANG.txt} resources; English rules apply to every article and
 * the article language's own rules after them. Paragraphs are the text's lines (hard-wrapped lines, where
 * a line ends mid-sentence and the next starts in lower case, are joined). A rule that removes only a span
 * never drops the rest of its paragraph, so reporting glued after a footer is kept.
 *
 * <p>Thread-safe and stateless.
 */
public final class Cleaner {
    private static final Cleaner INSTANCE = new Cleaner();

    private static final Pattern LINKS = Pattern.compile(
            "(?:https?://)?(?:t\\.co|pic\\.twitter\\.com|pic\\.x\\.com|bit\\.ly|ow\\.ly|dlvr\\.it|trib\\.al)/[A-Za-z0-9_./?=&-]+");
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    /** The signature an embedded tweet ends with: "— Name (@handle) January 4, 2020". */
    private static final Pattern POST_SIGNATURE = Pattern.compile(
            "[—–―]{1,2}\\s*(?<name>[^\\n()—–]{0,80}?)\\s*\\(\\s*@(?<handle>[A-Za-z0-9_]{1,30})\\s*\\)\\s*"
                    + "(?:" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+\\p{L}+\\.?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*$"
                    + "|(?:^|\\s)--\\s*(?<name2>[^\\n()]{0,80}?)\\s*\\(\\s*@(?<handle2>[A-Za-z0-9_]{1,30})\\s*\\)\\s*"
                    + "(?:" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+\\p{L}+\\.?\\s+\\d{4})\\s*$");
    /** Instagram/Facebook embeds: "A post shared by Name (@handle) on Jan 4, 2020 at 5:01am PST". */
    private static final Pattern SHARED_POST = Pattern.compile(
            "A post shared by\\s*(?<name>[^()\\n]{0,80}?)\\s*\\(\\s*@(?<handle>[A-Za-z0-9_.]{1,30})\\s*\\)");
    private static final String OPEN_QUOTES = "“\"«„‘";
    private static final Pattern QUOTE_SPEAKER = Pattern.compile(
            "[,.!?…]?\\s*[”\"»’]\\s*[,.]?\\s*(?:"
                    + "(?<who>\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|al|el|de|of|the)){0,5})\\s+"
                    + "(?:said|says|reported|wrote|told|added|tweeted|posted|stated|explained|noted|warned|declared|announced|insisted|confirmed)\\b"
                    + "|(?:said|says|wrote|added|tweeted|told\\s+\\p{L}+|a\\s+déclaré|a\\s+dit|a\\s+affirmé|a\\s+ajouté|selon|dijo|afirmó|declaró|señaló|sagte|erklärte|betonte)\\s+"
                    + "(?<who2>(?:the\\s+|le\\s+|la\\s+|l'|el\\s+|der\\s+|die\\s+)?\\p{L}[^,.;:!?\\n]{1,60}))");

    private Cleaner() {}

    /** The cleaner (rules load on first use of each language, then are shared). */
    public static Cleaner create() { return INSTANCE; }

    /**
     * Cleans one article.
     *
     * @param text     the article text as read
     * @param language ISO 639-1 code of the text, or null (English rules only)
     */
    public Cleaned clean(String text, String language) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
        List<Rules> rules = lang.equals("en") ? List.of(Rules.of("en")) : List.of(Rules.of("en"), Rules.of(lang));
        List<Removed> removed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String p : Paragraphs.split(text)) {
            String reason = poll(p, rules);
            if (reason != null) {
                // a question right before a poll answer is the poll's question
                if (!kept.isEmpty() && kept.get(kept.size() - 1).endsWith("?")) {
                    removed.add(new Removed(kept.remove(kept.size() - 1), "poll"));
                }
                removed.add(new Removed(p, reason));
                continue;
            }
            if (pollQuestionWithAnswer(p, rules)) {
                removed.add(new Removed(p, "poll"));
                continue;
            }
            String q = removeSpans(p, rules, removed);
            if (q == null) continue;
            reason = paragraphRule(q, rules);
            if (reason != null) {
                removed.add(new Removed(q, reason));
                continue;
            }
            kept.add(q);
        }
        return build(kept, removed);
    }

    private static String poll(String p, List<Rules> rules) {
        int words = Paragraphs.words(p);
        for (Rules rs : rules) {
            for (Rules.Rule r : rs.option) {
                if (words <= r.maxWords() && r.pattern().matcher(p).matches()) return r.reason();
            }
        }
        return null;
    }

    /** "Do you believe …? Yes": a question with a poll answer glued after it. */
    private static boolean pollQuestionWithAnswer(String p, List<Rules> rules) {
        int q = p.lastIndexOf('?');
        if (q < 0 || q == p.length() - 1 || Paragraphs.words(p) > 40) return false;
        String tail = p.substring(q + 1).strip();
        return !tail.isEmpty() && poll(tail, rules) != null;
    }

    private static String paragraphRule(String p, List<Rules> rules) {
        int words = Paragraphs.words(p);
        String lower = null;
        for (Rules rs : rules) {
            for (Rules.Rule r : rs.para) {
                if (words > r.maxWords()) continue;
                if (lower == null) lower = p.toLowerCase(Locale.ROOT);
                if (r.foundIn(p, lower)) return r.reason();
            }
        }
        return null;
    }

    /** Removes boilerplate spans and short links; null when nothing worth keeping is left. */
    private static String removeSpans(String p, List<Rules> rules, List<Removed> removed) {
        String s = p;
        String lower = p.toLowerCase(Locale.ROOT);
        boolean changed = false;
        for (Rules rs : rules) {
            for (Rules.Rule r : rs.span) {
                if (!r.triggered(lower)) continue;
                Matcher m = r.pattern().matcher(s);
                if (!m.find()) continue;
                StringBuilder sb = new StringBuilder(s.length());
                int last = 0;
                do {
                    removed.add(new Removed(m.group().strip(), r.reason()));
                    sb.append(s, last, m.start()).append(' ');
                    last = m.end();
                } while (m.find());
                sb.append(s, last, s.length());
                s = sb.toString();
                changed = true;
            }
        }
        Matcher m = LINKS.matcher(s);
        if ((lower.contains("t.co/") || lower.contains("pic.") || lower.contains("bit.ly") || lower.contains("ow.ly")
                || lower.contains("dlvr.it") || lower.contains("trib.al")) && m.find()) {
            StringBuilder sb = new StringBuilder(s.length());
            int last = 0;
            do {
                removed.add(new Removed(m.group(), "link"));
                sb.append(s, last, m.start()).append(' ');
                last = m.end();
            } while (m.find());
            sb.append(s, last, s.length());
            s = sb.toString();
            changed = true;
        }
        if (changed) {
            s = Paragraphs.normalizeSpaces(s);
            if (!Paragraphs.hasWord(s)) {
                if (!s.isEmpty()) removed.add(new Removed(s, "leftover"));
                return null;
            }
        }
        return s;
    }

    private static Cleaned build(List<String> kept, List<Removed> removed) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>(kept.size());
        for (String p : kept) {
            if (!text.isEmpty()) text.append("\n\n");
            int start = text.length();
            text.append(p);
            blocks.add(classify(p, start, text.length()));
        }
        return new Cleaned(text.toString(), blocks, removed);
    }

    private static Block classify(String p, int start, int end) {
        boolean hasHandle = p.contains("(@") || p.contains("( @");
        Matcher m = POST_SIGNATURE.matcher(p);
        if (hasHandle && m.find()) {
            String handle = m.group("handle") != null ? m.group("handle") : m.group("handle2");
            return new Block(start, end, Block.Kind.EMBEDDED_POST, "@" + handle);
        }
        m = SHARED_POST.matcher(p);
        if (hasHandle && m.find()) return new Block(start, end, Block.Kind.EMBEDDED_POST, "@" + m.group("handle"));
        if (!p.isEmpty() && OPEN_QUOTES.indexOf(p.charAt(0)) >= 0 && mostlyQuoted(p)) {
            Matcher s = QUOTE_SPEAKER.matcher(p);
            String who = null;
            if (s.find()) who = s.group("who") != null ? s.group("who") : s.group("who2").strip();
            return new Block(start, end, Block.Kind.QUOTE, who);
        }
        return new Block(start, end, Block.Kind.PARAGRAPH, null);
    }

    /** True when the paragraph is a quotation: most of it quoted, or only a short attribution outside the quotes. */
    private static boolean mostlyQuoted(String p) {
        int inside = 0, outsideWords = 0;
        boolean in = false, word = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            switch (c) {
                case '“', '«', '„' -> in = true;
                case '”', '»' -> in = false;
                case '"' -> in = !in;
                default -> {
                    if (in) {
                        inside++;
                    } else {
                        boolean letter = Character.isLetterOrDigit(c);
                        if (letter && !word) outsideWords++;
                        word = letter;
                    }
                }
            }
        }
        return inside * 2 >= p.length() || inside > 0 && outsideWords <= 10;
    }
}
