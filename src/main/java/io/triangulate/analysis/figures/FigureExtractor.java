package io.triangulate.analysis.figures;

import io.triangulate.model.Figure;
import io.triangulate.model.FigureKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Finds counted figures in news text: killed, injured, arrested, missing, kidnapped, weapons and
 * projectiles, and other counted groups, in English, French, Spanish, German, Italian, Dutch and Arabic.
 *
 * <p>Counts come from digits, number words ({@link NumberWords}), "a/an" before a person, Arabic duals,
 * vague quantities ("dozens", "several") and hedges ("at least 3", "more than 10", "about 20", "3 to 5").
 * A count becomes a figure through the phrase around it: "two people were shot dead", "killing 6 civilians",
 * "left three dead and five wounded", "police arrested two men", "two Katyusha rockets". A singular passive
 * without a number ("was shot and killed", "was taken into custody") counts one; negatives ("no casualties",
 * "nobody was hurt", "no injuries") count zero. Ages, times, dates, addresses, calibres, years, money and
 * percentages are never read as figures.
 *
 * <p>Conventions: in gun-violence news a person "shot" who did not die is injured, so "was shot" is
 * INJURED 1 (see {@link #summarise(List)} for how such counts combine with deaths). A negative inside a
 * hedged sentence ("there do not appear to have been any casualties") is kept but marked approximate.
 * "The rockets missed any personnel" is not read as a casualty figure: it says where the rockets fell,
 * not that nobody was hurt.
 *
 * <p>Instances are immutable and thread-safe; lexicons are per-language resources
 * ({@code io/triangulate/analysis/figures/<lang>.lex}) loaded once.
 */
public final class FigureExtractor {
    private static final Pattern AGE = Pattern.compile("(?:\\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month|week)s?-old");
    private static final Pattern AGES = Pattern.compile("(?:\\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month|week)s?-olds");
    private static final Pattern LADEN = Pattern.compile("\\p{L}+-(?:laden|packed|rigged|filled|loaded|armed|carrying)");
    private static final Pattern GUNSHOT_WOUND = Pattern.compile("(?iu)\\bgunshot wounds?\\b");
    /** A singular figure that adds a victim to those already counted: "was also killed", "another man was wounded". */
    private static final Pattern ADDITIONAL = Pattern.compile("(?iu)\\b(?:also|second|third|fourth|fifth|sixth|seventh)\\b");
    /** A victim introduced as one more, opening the figure: "another man was wounded", "another person got shot". */
    private static final Pattern ANOTHER = Pattern.compile(
            "(?iu)another\\s+(?!(?:shooting|incident|attack|case|was|were|is|has|had|got|one|of)\\b)[\\p{L}\\d-]+");
    /** A death by one's own hand said without a reflexive: "took his own life", "a self-inflicted gunshot wound". */
    private static final Pattern OWN_LIFE = Pattern.compile("(?iu)\\bown\\s+life\\b|\\bself-inflicted\\b");
    private static final Pattern SELF = Pattern.compile("(?iu)\\b(?:himself|herself|themselves|self)\\b");
    private static final Pattern RANGE_TOKEN = Pattern.compile("(\\d{1,6})[-\u2013](\\d{1,6})");
    private static final Pattern WEAK = Pattern.compile("(?iu)\\b(shot|shoots|shootings?|gunshot|gunfire|fired at|struck|striking|strikes|hit|hitting|bullets?)\\b");
    /** Taken to a hospital: said of victims who die there as well as of survivors. */
    private static final Pattern TRANSPORT = Pattern.compile(
            "(?iu)\\b(?:(?:taken|transported|rushed|driven|flown|airlifted|brought|carried|sent)\\s+(?:by\\s+\\w+\\s+)?)?to\\s+(?:(?:a|an|the|area|local|nearby)\\s+){0,2}hospitals?\\b"
            + "|\\b(?:taken|transported|rushed|treated|driven|flown|airlifted|brought|carried|dropped|showed|arrived|walked|drove|went)"
            + "\\s+(?:by\\s+\\w+\\s+|(?:off|up|himself|herself|themselves)\\s+)?(?:to|at|into)\\s+[^,;]{0,60}?"
            + "(?:hospitals?|(?:medical|trauma|emergency|burn|health)\\s+(?:cent(?:er|re)|room))\\b|\\bairlifted\\b");
    /**
     * A victim named again rather than counted: "injured girl", "wounded teen" (as in "the injured girl"),
     * "injuring the toddler", "wounding the victim"; possibly the one who died.
     */
    private static final Pattern ANAPHORIC = Pattern.compile(
            "(?iu)(?:injured|wounded|hurt)\\s+([\\p{L}-]+)|(?:injuring|wounding|hitting|striking|shooting|shot)\\s+the\\s+[\\p{L}-]+");
    private static final Pattern STRONG = Pattern.compile("(?iu)(wound|injur|hurt|hospital|critical|condition|stable|\\bothers?\\b)");

    private FigureExtractor() {}

    /** An extractor with the built-in lexicons. */
    public static FigureExtractor create() {
        for (String l : Lexicon.LANGUAGES) Lexicon.of(l);
        return new FigureExtractor();
    }

    /**
     * The figures in a text, in text order.
     *
     * @param text     any length of text (a sentence, a paragraph, an article)
     * @param language ISO 639-1 code of the text ("en", "fr", "es", "de", "it", "nl", "ar"); others read as English
     */
    public List<Figure> extract(String text, String language) {
        Objects.requireNonNull(text, "text");
        Lexicon lex = Lexicon.of(language);
        List<Figure> out = new Run(text, Tokenizer.tokenize(text, lex), lex).run();
        if (!lex.language.equals("ar") && hasArabic(text)) {      // an embedded Arabic post in another language's article
            Lexicon ar = Lexicon.of("ar");
            for (Figure f : new Run(text, Tokenizer.tokenize(text, ar), ar).run()) {
                if (hasArabic(f.text())) out.add(f);
            }
        }
        out.sort(Comparator.comparingInt(Figure::start).thenComparing(f -> f.kind().ordinal()));
        return out;
    }

    private static boolean hasArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') return true;
        }
        return false;
    }

    /**
     * Killed and injured implied by a set of figures (typically those of an article's title and lead),
     * for one incident:
     * <ul>
     * <li>killed: the largest KILLED value; 0 when only negatives ("no one was killed") speak; else null;</li>
     * <li>injured: the largest INJURED value from words of harm ("wounded", "injured", "hospitalized",
     * "suffered a gunshot wound"); counts of people "shot" include those who died, and so do injuries
     * without a subject of their own ("was taken to the hospital", "suffered a gunshot wound", often said of
     * the victim who later died), so those give shot − killed when that is larger; 0 when only negatives
     * speak; else null.</li>
     * </ul>
     * Approximate figures count by their lower bound.
     */
    public static CasualtySummary summarise(List<Figure> figures) {
        Tally t = tally(figures);
        return new CasualtySummary(t.killed(), t.injured());
    }

    /**
     * Whether the injured count {@link #summarise} gives is a count of people shot with no word on the dead
     * ("two people were shot", "the victim was shot"): some of those shot may be the dead another report
     * counts, so across reports it stands for shot, not survived.
     */
    public static boolean injuredCountsShot(List<Figure> figures) {
        return tally(figures).shotOnly();
    }

    /**
     * Killed and injured as {@link #summarise} gives them, and whether injured only counts people shot while no
     * figure speaks of the dead ({@link #injuredCountsShot}): both from one pass over the figures.
     */
    public record Tally(Integer killed, Integer injured, boolean shotOnly) {}

    /** {@link #summarise} and {@link #injuredCountsShot} in one pass. */
    public static Tally tally(List<Figure> figures) {
        Integer killed = null, strong = null, shot = null;
        boolean killedZero = false, injuredZero = false;
        int killedChain = 0, strongChain = 0, shotChain = 0;      // one victim, then "was also killed", "another man was wounded"
        boolean suicide = false;                                  // "before killing himself": the shooter, not one of those shot
        java.util.Set<String> deadHeads = deadHeads(figures);     // "girl dies": "the girl was injured" may be her
        List<String[]> theDead = oneDead(figures);                // "infant killed": "father shot" is someone else
        Figure lastKilled = null;                                 // "killed two before killing himself": three dead
        int withShooter = 0;
        int ordinal = 0;                                          // "a fourth man was wounded": at least four people hit
        int killedOrdinal = 0;                                    // "Third victim dies": at least three dead
        Figure prevInjured = null;
        int joined = 0;                                           // "2 shot and wounded, 3 others grazed": 5
        int besideOne = 0;                                        // "a boy was wounded … injured three other people": 4
        java.util.Set<Figure> diedLater = diedLater(figures);  // "a fifth victim … was airlifted … and succumbed": dead
        java.util.Set<Figure> thenDied = thenDied(figures);    // "a child who had been hospitalized … has died": not a survivor
        for (Figure f : figures) {
            Integer v = f.value();
            if (v == null) continue;
            if (diedLater.contains(f)) {
                killedOrdinal = Math.max(killedOrdinal, ordinal(f.text()));
                continue;
            }
            if (f.kind() == FigureKind.INJURED && v > 0) {
                if (v == 1) ordinal = Math.max(ordinal, ordinal(f.text()));
                if (othersListedAfter(prevInjured, f)) joined = Math.max(joined, prevInjured.value() + v);
                if (othersOfOne(prevInjured, f)) besideOne = Math.max(besideOne, v + 1);
                prevInjured = f;
            } else if (f.kind() == FigureKind.KILLED) prevInjured = null;
            boolean more = v == 1 && ADDITIONAL.matcher(f.text()).find();
            if (f.kind() == FigureKind.KILLED) {
                if (v == 1 && SHOOTER_SUICIDE.matcher(f.text()).matches()) {
                    if (lastKilled != null && f.start() >= lastKilled.end() && f.start() - lastKilled.end() <= 80) {
                        withShooter = Math.max(withShooter, lastKilled.value() + 1);   // the same sentence: his victims, then him
                    }
                } else if (v > 0 && !SELF.matcher(f.text()).find()) lastKilled = f;
                if (v == 0) killedZero = true;
                else killed = killed == null ? v : Math.max(killed, v);
                if (v == 1) killedChain = more && killedChain > 0 ? killedChain + 1 : Math.max(killedChain, 1);
                if (v == 1) killedOrdinal = Math.max(killedOrdinal, leadingOrdinal(f.text()));   // "a third victim died": 3 dead
                if (v == 1 && (SELF.matcher(f.text()).find() || OWN_LIFE.matcher(f.text()).find())) suicide = true;
            } else if (f.kind() == FigureKind.INJURED) {
                if (v == 0) { injuredZero = true; continue; }
                boolean someoneElse = v == 1 && !more && (otherThanTheDead(f.text(), theDead)
                        || ANOTHER.matcher(f.text()).lookingAt());       // "another man was wounded": not the dead, not chained
                if ((isShotOnly(f.text()) || v == 1 && namesTheDead(f.text(), deadHeads) || thenDied.contains(f)) && !(more && v == 1) && !someoneElse) { // "the mother was also shot": not one of the dead
                    shot = shot == null ? v : Math.max(shot, v);
                    if (v == 1) shotChain = more && shotChain > 0 ? shotChain + 1 : Math.max(shotChain, 1);
                } else {
                    strong = strong == null ? v : Math.max(strong, v);
                    if (v == 1) strongChain = more && strongChain > 0 ? strongChain + 1 : Math.max(strongChain, 1);
                }
            }
        }
        if (killed != null) killed = Math.max(killed, Math.max(killedChain, killedOrdinal));
        if (withShooter > 0) killed = killed == null ? withShooter : Math.max(killed, withShooter);
        if (strong != null) strong = Math.max(strong, strongChain);
        if (shot != null) shot = Math.max(shot, shotChain);
        if (killed == null && killedZero) killed = 0;
        Integer injured = strong;
        if (shot != null) {
            int dead = killed == null ? 0 : killed;
            if (suicide && dead > 0 && !shotSelf(figures) && shotOthers(figures)) dead--;  // the shooter's own death is not among those he shot
            int rest = Math.max(0, shot - dead);
            injured = injured == null ? rest : Math.max(injured, rest);
        }
        if (joined > 0) injured = injured == null ? joined : Math.max(injured, joined);
        if (besideOne > 0 && (killed == null || killed == 0)) injured = injured == null ? besideOne : Math.max(injured, besideOne);
        if (ordinal > 1) {
            int rest = ordinal - (killed == null ? 0 : killed);
            if (rest > 0) injured = injured == null ? rest : Math.max(injured, rest);
        }
        int[] people = Victims.count(figures);                    // "a man was killed … a woman was wounded"
        if (people[0] > 1 && killed != null) killed = Math.max(killed, people[0]);
        if (people[1] > 0 && (killed == null || people[0] > 0)) injured = injured == null ? people[1] : Math.max(injured, people[1]);
        boolean shotOnly = killed == null && !killedZero && strong == null && shot != null && people[1] == 0;
        if (injured == null && injuredZero) injured = 0;
        return new Tally(killed, injured, shotOnly);
    }

    private static final Pattern ORDINAL = Pattern.compile("(?iu)\\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\b");
    private static final java.util.List<String> ORDINALS = java.util.List.of("first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth");
    /** A count of others opening a figure: "3 others grazed", "two other people wounded". */
    private static final Pattern COUNTED_OTHERS = Pattern.compile("(?iu)[\\p{L}\\d]+\\s+others?\\b");
    /** A shooter's death after the others': "before killing himself", "then fatally shot herself" (English). */
    private static final Pattern SHOOTER_SUICIDE = Pattern.compile("(?iu)(?:before|then)\\s.*\\b(?:himself|herself|own life)");

    /** Person nouns that name one victim again ("the girl", "the victim"), English. */
    private static final Pattern HEAD = Pattern.compile(
            "(?iu)\\b(man|woman|boy|girl|child|teen|teenager|toddler|baby|infant|victim|student|son|daughter|father|mother|husband|wife)\\b");
    /** A singular subject named again, definite or bare: "the girl was injured", "Girl injured", "her son was hurt". */
    private static final Pattern DEFINITE_SUBJECT = Pattern.compile(
            "(?iu)(?:(?:the|his|her|their)\\s+)?(?:[\\p{L}\\d-]+\\s+)?(man|woman|boy|girl|child|teen|teenager|toddler|baby|infant|victim|student|son|daughter|father|mother|husband|wife)\\b(?!\\s*,\\s*\\d).*");

    /** Head nouns of the singular deaths among the figures ("girl dies", "a 3-year-old girl has died"). */
    private static java.util.Set<String> deadHeads(List<Figure> figures) {
        java.util.Set<String> heads = new java.util.HashSet<>();
        for (Figure f : figures) {
            if (f.kind() != FigureKind.KILLED || !Integer.valueOf(1).equals(f.value())) continue;
            var m = HEAD.matcher(f.text());
            if (m.find()) heads.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
            var a = AGE_OF.matcher(f.text());
            if (a.find()) heads.add(ageKey(a.group(1)));
        }
        return heads;
    }

    /**
     * The head noun and age of each singular death with one or the other ("infant killed", "a 9-year-old died"), when
     * the figures tell of one dead only; empty otherwise (English).
     */
    private static List<String[]> oneDead(List<Figure> figures) {
        List<String[]> out = new ArrayList<>();
        for (Figure f : figures) {
            if (f.kind() != FigureKind.KILLED || f.value() == null || f.value() == 0) continue;
            if (f.value() > 1) return List.of();
            String[] p = person(f.text());
            if (p[0] != null || p[1] != null) out.add(p);
        }
        return out;
    }

    /** [head noun or null, age key or null] of the first person a figure names. */
    private static String[] person(String text) {
        var m = HEAD.matcher(text);
        var a = YEARS_OLD.matcher(text);
        return new String[]{m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : null, a.find() ? ageKey(a.group(1)) : null};
    }

    private static final Pattern YEARS_OLD = Pattern.compile("(?iu)\\b(\\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\\b");
    private static final java.util.Set<String> CHILDREN = java.util.Set.of("boy", "girl", "child", "toddler", "baby", "infant");
    private static final java.util.Set<String> ADULTS = java.util.Set.of("man", "woman", "husband", "wife", "mother", "father");

    /**
     * Whether a singular injury names someone who cannot be the one dead person: another sex ("grandson killed" is not the
     * "grandmother shot"), a child beside an adult, another age in years.
     */
    private static boolean otherThanTheDead(String text, List<String[]> dead) {
        if (dead.isEmpty() || ALIVE.matcher(text).find()) return false;
        String[] p = person(text);
        if (p[0] == null && p[1] == null) return false;
        for (String[] d : dead) if (!differ(p, d)) return false;
        return true;
    }

    private static boolean differ(String[] a, String[] b) {
        if (a[1] != null && b[1] != null && !a[1].equals(b[1])) return true;
        if (a[0] == null || b[0] == null || a[0].equals(b[0])) return false;
        int ga = Victims.gender(a[0]), gb = Victims.gender(b[0]);
        if (ga != 0 && gb != 0 && ga != gb) return true;
        return CHILDREN.contains(a[0]) && ADULTS.contains(b[0]) || ADULTS.contains(a[0]) && CHILDREN.contains(b[0]);
    }

    /** An age in a figure: "3-year-old", "three-year-old". */
    private static final Pattern AGE_OF = Pattern.compile("(?iu)\\b(\\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month)-old\\b");
    /** A singular subject named by its age, definite or bare: "3-year-old critically injured", "the 3-year-old was hit". */
    private static final Pattern AGE_SUBJECT = Pattern.compile("(?iu)(?:(?:the|his|her|their)\\s+)?(\\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month)-old\\b(?!\\s*,\\s*\\d).*");

    /** "age:3" for "3" and "three". */
    private static String ageKey(String age) {
        String a = age.toLowerCase(java.util.Locale.ROOT);
        return "age:" + NumberWords.parse(a, "en").map(String::valueOf).orElse(a);
    }

    /** Whether a singular injury names, definite or bare, a person of the kind that died: perhaps the same person. */
    private static boolean namesTheDead(String text, java.util.Set<String> deadHeads) {
        if (deadHeads.isEmpty() || ALIVE.matcher(text).find() || ADDITIONAL.matcher(text).find()) return false;
        var age = AGE_OF.matcher(text);                            // "killed a 12-year-old … wounded a 12-year-old": the same age
        if (age.find() && deadHeads.contains(ageKey(age.group(1)))) return true;
        if (text.regionMatches(true, 0, "a ", 0, 2) || text.regionMatches(true, 0, "an ", 0, 3)) return false;
        var a = AGE_SUBJECT.matcher(text);
        if (a.matches()) return deadHeads.contains(ageKey(a.group(1)));
        var m = DEFINITE_SUBJECT.matcher(text);
        return m.matches() && (deadHeads.contains(m.group(1).toLowerCase(java.util.Locale.ROOT)) || deadHeads.contains("victim"));
    }

    /**
     * Whether {@code f} counts others listed right after the group {@code prev} of one headline or clause ("2 shot and
     * wounded, 3 others grazed"): both have a subject of their own, at most ", and " between them, an exact count.
     */
    private static boolean othersListedAfter(Figure prev, Figure f) {
        if (prev == null || prev.value() == null || prev.value() == 0 || !f.exact()) return false;
        if (SUBJECTLESS.matcher(prev.text()).lookingAt() || !COUNTED_OTHERS.matcher(f.text()).lookingAt()) return false;
        return f.start() > prev.end() && f.start() - prev.end() <= 6;
    }

    /** "others" in a count: "three other people", "two others". */
    private static final Pattern OTHERS = Pattern.compile("(?iu)\\bothers?\\b");
    /** Characters between one victim and a count of others that still speaks of that victim (a sentence or two). */
    private static final int NEAR_OTHERS = 200;

    /**
     * Whether {@code f} counts others beside the one victim {@code prev} wounded just before it ("A boy was in critical
     * condition after a shooting that also injured three other people"): together one more than the count.
     */
    private static boolean othersOfOne(Figure prev, Figure f) {
        if (prev == null || !Integer.valueOf(1).equals(prev.value()) || f.value() == null || f.value() < 2 || !f.exact()
                || SUBJECTLESS.matcher(prev.text()).lookingAt()) return false;     // "was taken to a hospital": whose?
        return OTHERS.matcher(f.text()).find() && f.start() > prev.end() && f.start() - prev.end() <= NEAR_OTHERS;
    }

    /** A death without a subject of its own: "and succumbed to his injuries", "later died", "was pronounced dead". */
    private static final Pattern SUBJECTLESS_DEATH = Pattern.compile("(?iu)(?:and\\s+)?(?:was|later|died|succumbed|passed|has|had)\\b.*");
    /** Characters between an ordinal victim's injury and a subjectless death that still speaks of that victim. */
    private static final int SAME_CLAUSE = 70;

    /**
     * Singular injuries of an ordinal victim followed closely by a death without a subject ("A fifth victim, a man, was
     * airlifted … and succumbed to his injuries"): that victim died, so the ordinal counts the dead (English).
     */
    private static java.util.Set<Figure> diedLater(List<Figure> figures) {
        java.util.Set<Figure> out = new java.util.HashSet<>();
        for (int i = 0; i + 1 < figures.size(); i++) {
            Figure f = figures.get(i), g = figures.get(i + 1);
            if (f.kind() != FigureKind.INJURED || !Integer.valueOf(1).equals(f.value()) || leadingOrdinal(f.text()) == 0) continue;
            if (g.kind() == FigureKind.KILLED && Integer.valueOf(1).equals(g.value()) && g.start() >= f.end()
                    && g.start() - f.end() <= SAME_CLAUSE && SUBJECTLESS_DEATH.matcher(g.text()).matches()) out.add(f);
        }
        return out;
    }

    /** Characters between a singular injury and the subjectless death that ends its clause ("… has now died"). */
    static final int THEN_DIED = 80;

    /**
     * Singular injuries without an ordinal followed closely by a death without a subject ("A child who had been
     * hospitalized since the shooting has died", "a juvenile injured Monday has died of his injuries"): told of the
     * victim who died, so they count as people shot, the dead among them, not as survivors (English).
     */
    static java.util.Set<Figure> thenDied(List<Figure> figures) {
        java.util.Set<Figure> out = new java.util.HashSet<>();
        for (int i = 0; i + 1 < figures.size(); i++) {
            Figure f = figures.get(i), g = figures.get(i + 1);
            if (f.kind() != FigureKind.INJURED || !Integer.valueOf(1).equals(f.value()) || leadingOrdinal(f.text()) != 0) continue;
            if (g.kind() == FigureKind.KILLED && Integer.valueOf(1).equals(g.value()) && g.start() >= f.end()
                    && g.start() - f.end() <= THEN_DIED && SUBJECTLESS_DEATH.matcher(g.text()).matches()) out.add(f);
        }
        return out;
    }

    /** The ordinal of a singular figure ("a fourth victim was wounded" → 4), 0 without one (English). */
    /** An ordinal opening a figure, "(a) third victim dies": 3; else 0 ("the fifth man" may be one of a list of the shot). */
    private static final Pattern LEADING_ORDINAL = Pattern.compile("(?iu)(?:an?\\s+)?(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\s.*");

    private static int leadingOrdinal(String text) {
        var m = LEADING_ORDINAL.matcher(text);
        return m.matches() ? ORDINALS.indexOf(m.group(1).toLowerCase(java.util.Locale.ROOT)) + 1 : 0;
    }

    private static int ordinal(String text) {
        var m = ORDINAL.matcher(text);
        return m.find() ? ORDINALS.indexOf(m.group(1).toLowerCase(java.util.Locale.ROOT)) + 1 : 0;
    }

    /**
     * Killed and injured of the incident an article reports: {@link #summarise} over the figures of its
     * title and lead (the first {@value #LEAD_CHARS} characters of the body, cut at a sentence end), where
     * news states the toll of the incident it is about, since later paragraphs often recall other incidents.
     * Injured, when the title and lead say nothing of it, is read from the whole article (victims are often
     * described further down); killed is not, since later deaths are more often other incidents' (both
     * choices measured on the tuning part of gva, incident level). A headline that gives both tolls ("1 dead, 3
     * hurt in …") gives the injured: the lead may count people shot, the dead among them, or victims one by one.
     *
     * @param title    the headline, may be empty
     * @param text     the body
     * @param language ISO 639-1 code
     */
    public CasualtySummary summariseArticle(String title, String text, String language) {
        String t = title == null ? "" : title;
        String body = lead(text == null ? "" : text, LEAD_CHARS);
        List<Figure> figures = new ArrayList<>(notRoundUp(extract(t, language), t));
        CasualtySummary headline = summarise(figures);
        List<Figure> bodyFigures = notRoundUp(extract(body, language), body);
        figures.addAll(bodyFigures);
        CasualtySummary lead = withShooterShot(summarise(figures), body, bodyFigures);
        if (headline.killed() != null && headline.injured() != null && headline.injured() > 0) {
            return new CasualtySummary(lead.killed(), headline.injured());   // "1 dead, 3 hurt in …": the outlet's own toll of the wounded
        }
        if (text == null || body.length() >= text.length()) return lead;
        String rest = text.substring(body.length());
        if (lead.injured() != null) {
            if (lead.injured() != 0 || lead.killed() == null || lead.killed() == 0 || saysNoneHurt(figures)) return lead;
            // the lead's only hurt are its dead ("a man was shot … and died"): others counted beside them further down
            int others = 0;
            for (Figure f : notRoundUp(extract(rest, language), rest)) {
                if (f.kind() == FigureKind.INJURED && !f.approximate() && f.value() != null && f.value() > 0 && OTHERS_BESIDE.matcher(f.text()).find()) {
                    others = Math.max(others, f.value());
                }
            }
            return others > 0 ? new CasualtySummary(lead.killed(), others) : lead;
        }
        List<Figure> all = new ArrayList<>(figures);
        all.addAll(notRoundUp(extract(rest, language), rest));
        return new CasualtySummary(lead.killed(), summarise(all).injured());
    }

    /** Others counted beside the dead: "injuring three others", "two other people were wounded". */
    private static final Pattern OTHERS_BESIDE = Pattern.compile("(?iu)\\b[\\p{L}\\d]+\\s+other(?:s|\\s+(?:people|persons|men|women|victims))\\b");

    /** Whether a negative speaks of the hurt ("no one else was injured" is no figure; "no injuries" is). */
    private static boolean saysNoneHurt(List<Figure> figures) {
        for (Figure f : figures) if (f.kind() == FigureKind.INJURED && Integer.valueOf(0).equals(f.value())) return true;
        return false;
    }

    /**
     * A sentence that sums up several incidents ("21 people were shot across the city", "two separate shootings
     * left six injured", "a violent weekend"): its figures are no one incident's (English).
     */
    private static final String DAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final Pattern ROUND_UP = Pattern.compile("(?iu)\\b(?:across\\s+(?:the|this|our)\\s+(?:city|area|region|county|state|five\\s+boroughs|nation|country)"
            + "|(?:separate|different|unrelated|several|multiple)\\s+(?:shooting\\s+)?(?:shootings|incidents|attacks)|citywide|city-wide"
            + "|violent\\s+(?:weekend|night|holiday|day|stretch)|weekend\\s+(?:of\\s+)?(?:violence|shootings|gunfire)"
            + "|shootings\\s+(?:over|during|this)\\s+the\\s+weekend|so\\s+far\\s+this\\s+year"
            // a span of days: "11 people shot from Tuesday afternoon to early Wednesday", "28 people shot in the city since Friday"
            + "|from\\s+" + DAY + "(?:\\s+\\w+)?\\s+(?:to|through|until|till)\\s+(?:early\\s+|late\\s+)?" + DAY
            + "|(?:in|across)\\s+the\\s+city\\s+since\\s+" + DAY + "|(?:people|persons|victims)\\s+(?:shot|killed|wounded)\\s+since\\s+" + DAY
            + "|\\bin\\s+(?-i:[A-Z])[\\p{L}]+(?:\\s+(?-i:[A-Z])[\\p{L}]+)?\\s+shootings"
            // shootings of a span or a whole city: "3 dead, 26 wounded in weekend Detroit shootings", "7 wounded in city shootings"
            + "|\\bin\\s+(?:weekend|overnight|city|citywide|holiday|nighttime|weeknight)\\s+(?:[\\p{L}]+\\s+)?shootings"
            // several shootings counted or spread over a city: "three overnight shootings", "a series of shootings",
            // "shootings across Chicago", "shootings throughout the city"
            + "|(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,3}|several|multiple|series\\s+of|string\\s+of|rash\\s+of|spate\\s+of|half\\s+a\\s+dozen|dozens\\s+of)"
            + "\\s+(?:(?!other\\b)[\\p{L}-]+\\s+){0,2}?shootings"       // not "accused in two other shootings"
            + "|shootings\\s+(?:across|throughout|around)\\s+(?:the\\s+city|(?-i:[A-Z])[\\p{L}]+)"
            // deaths put down to violence at large, not to one shooting: "several children have lost their lives to gun violence"
            + "|(?:lost|lose|losing)\\s+their\\s+lives\\s+to\\s+(?:gun\\s+|senseless\\s+|street\\s+)?violence"
            // a count since corrected: "Police originally said that seven people were shot, but amended that number"
            + "|(?:originally|initially|first|earlier)\\s+(?:said|told|reported|stated|announced)"
            + "|(?:had|have)\\s+(?:originally|initially)\\s+(?:said|told|reported|stated))\\b");

    /**
     * Whether a sentence sums up several incidents ("21 people were shot across the city", "a violent weekend") or
     * gives a count since corrected ("police originally said seven were shot"): its figures are no one incident's
     * current count (English).
     */
    public static boolean roundUp(String sentence) {
        return sentence != null && ROUND_UP.matcher(sentence).find();
    }

    /** The figures of {@code text} outside sentences that sum up several incidents or give a count since corrected. */
    static List<Figure> notRoundUp(List<Figure> figures, String text) {
        if (figures.isEmpty() || !ROUND_UP.matcher(text).find()) return figures;
        List<Figure> out = new ArrayList<>();
        for (Figure f : figures) {
            int a = f.start(), b = f.end();
            while (a > 0 && !sentenceEnd(text, a - 1)) a--;
            while (b < text.length() && !sentenceEnd(text, b)) b++;
            if (!ROUND_UP.matcher(text.substring(a, Math.min(text.length(), b + 1))).find()) out.add(f);
        }
        return out;
    }

    private static boolean sentenceEnd(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    /** The shooter killed by police after his victims: "… before he was shot and killed by officers" (English). */
    private static final Pattern SHOOTER_SHOT = Pattern.compile(
            "(?iu)\\b(?:before|until)\\s+(?:he|she|the\\s+(?:gunman|shooter|suspect|attacker))\\s+was\\s+"
            + "(?:(?:shot\\s+and\\s+)?killed|fatally\\s+shot|shot\\s+dead|shot\\s+to\\s+death)\\s+by\\s+"
            + "(?:police|officers|deputies|troopers|(?:an?|the)\\s+(?:police\\s+)?(?:officer|deputy|trooper)s?)\\b");

    /**
     * The killed of {@code s} with the shooter among them when a sentence counts his victims and then his death by
     * police ("Four people were killed by a man … before he was shot and killed by police" → 5): the archive counts
     * the shooter among the dead.
     */
    static CasualtySummary withShooterShot(CasualtySummary s, String text, List<Figure> figures) {
        var m = SHOOTER_SHOT.matcher(text);
        int killed = s.killed() == null ? 0 : s.killed();
        while (m.find()) {
            for (Figure f : figures) {
                if (f.kind() != FigureKind.KILLED || f.value() == null || f.value() == 0 || f.end() > m.start()
                        || m.start() - f.end() > 120 || SELF.matcher(f.text()).find()) continue;
                String between = text.substring(f.end(), m.start());
                if (between.matches("(?s).*[.!?]\\s.*") || between.contains("\n")) continue;
                killed = Math.max(killed, f.value() + 1);
            }
        }
        return killed == (s.killed() == null ? 0 : s.killed()) ? s : new CasualtySummary(killed, s.injured());
    }

    /** Characters of an article body read as its lead by {@link #summariseArticle}. */
    public static final int LEAD_CHARS = 800;

    /** The first {@code chars} characters of a text, extended to the end of the sentence they cut. */
    static String lead(String text, int chars) {
        if (text.length() <= chars) return text;
        int e = chars;
        while (e < text.length() && e < chars + 300) {
            char c = text.charAt(e);
            if ((c == '.' || c == '\n' || c == '!' || c == '?') && (e + 1 == text.length() || Character.isWhitespace(text.charAt(e + 1)))) break;
            e++;
        }
        return text.substring(0, Math.min(text.length(), e + 1));
    }

    /** Whether a count of people shot names the shooter himself ("shot himself"), who then is among them. */
    private static boolean shotSelf(List<Figure> figures) {
        for (Figure f : figures) if (f.kind() == FigureKind.INJURED && SELF.matcher(f.text()).find()) return true;
        return false;
    }

    /** A shooting of others told actively: "shot a deputy", "wounding two" (not "was taken to a hospital"). */
    private static final Pattern ACTIVE_SHOT = Pattern.compile(
            "(?iu)(?:shot|shoots|shooting|wounded|wounds|wounding|injured|injures|injuring|hitting|striking)\\s+(?!himself|herself|themselves|self\\b).*");

    /**
     * Someone named as shot in the passive, not a pronoun nor the shooter: "an officer was shot", "the clerk was
     * wounded"; beside a shooter who then killed himself, a victim other than him.
     */
    private static final Pattern PASSIVE_OTHER = Pattern.compile(
            "(?iu)(?:an?|the)\\s+(?![\\p{L}-]*(?:gunman|gunmen|shooter|suspect|attacker|assailant)\\b)(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+"
            + "\\s+(?:was|were)\\s+(?:also\\s+)?(?:shot|wounded|injured|hit|struck)\\b.*");

    /**
     * Whether the people counted as shot include others than a shooter who killed himself: a count of several, or
     * a victim named after an active verb. A lone "the child was taken to a hospital" beside "fatally shot himself"
     * is the child who died.
     */
    private static boolean shotOthers(List<Figure> figures) {
        for (Figure f : figures) {
            if (f.kind() != FigureKind.INJURED || f.value() == null || f.value() == 0) continue;
            if (f.value() > 1 || ACTIVE_SHOT.matcher(f.text()).matches() || PASSIVE_OTHER.matcher(f.text()).matches()) return true;
        }
        return false;
    }

    /** Whether an INJURED figure only says people were shot ("two people were shot"), not that they survived. */
    static boolean isShotOnly(String text) {
        if (ALIVE.matcher(text).find()) return false;             // "is in stable condition": a survivor, never one of the dead
        if (SUBJECTLESS.matcher(text).lookingAt()) return true;   // "was taken to the hospital": maybe the one who died
        if (NAMED_AND_OTHERS.matcher(text).matches()) return true; // "shot Smith and two others": Smith may be the one who died
        String rest = GUNSHOT_WOUND.matcher(text).replaceAll("gunshot");       // a gunshot wound says shot, not survived
        rest = TRANSPORT.matcher(rest).replaceAll("shot");                     // taken to hospital: the dead too
        var anaphoric = ANAPHORIC.matcher(rest);
        if (anaphoric.matches() && (anaphoric.group(1) == null                   // "injured four" is a count, not "injured girl"
                || NumberWords.parse(anaphoric.group(1), "en").isEmpty()
                    && !anaphoric.group(1).equalsIgnoreCase("another"))) return true;   // "wounded another": one more, not the dead
        return WEAK.matcher(rest).find() && !STRONG.matcher(rest).find();
    }

    /** A weak verb, a name and others counted with it: "shot Smith and two others", "hitting Jones and two other men". */
    private static final Pattern NAMED_AND_OTHERS = Pattern.compile(
            "(?u)(?:(?i:gunfire|bullets?)\\s+)?(?i:shot|shooting|hitting|hit|struck|striking)\\s+(?:\\p{Lu}[\\p{L}'.-]*\\s+){1,4}(?i:and)\\s+\\S+\\s+(?i:others?)\\b.*");

    /** Words that say the victim lives: stable (not critical) condition, survived, recovering, treated and released. */
    private static final Pattern ALIVE = Pattern.compile(
            "(?iu)\\b(?:(?:stable|fair|good|serious)\\s+condition|survived|(?:is|are|remains|remain)\\s+(?:still\\s+)?(?:being\\s+treated|hospitalized|in\\s+the\\s+hospital)|recovering|expected\\s+to\\s+(?:survive|recover|live|make\\s+a\\s+(?:full\\s+)?recovery)"
            + "|non-?life[- ]threatening|non\\s+life[- ]threatening|treated\\s+and\\s+released)");

    /** Singular injuries with no subject of their own: the victim may be the one counted as killed. */
    private static final Pattern SUBJECTLESS = Pattern.compile(
            "(?iu)(?:was|is|has|had|got|gets|suffered|sustained|suffering|sustaining|a été|est|fue|resultó|wurde|è|werd|raakte)\\b");

    /** One extraction over one text. */
    private static final class Run {
        final String text;
        final List<Token> t;
        final Lexicon lex;
        final boolean[] used;
        final List<Figure> out = new ArrayList<>();

        Run(String text, List<Token> tokens, Lexicon lex) {
            this.text = text;
            this.t = tokens;
            this.lex = lex;
            this.used = new boolean[tokens.size()];
        }

        List<Figure> run() {
            boolean[] rel = new boolean[t.size()];
            for (int i = 0; i < t.size(); i++) rel[i] = t.get(i).word() && lex.relevant(t.get(i));
            for (int i = 0; i < t.size(); i++) {
                if (!rel[i]) continue;
                int e = negative(i);
                if (e > i) i = e - 1;
            }
            for (int i = 0; i < t.size(); i++) {
                if (used[i] || !rel[i]) continue;
                int e = multiple(i);
                if (e > i) i = e - 1;
            }
            for (int i = 0; i < t.size(); i++) {
                if (used[i] || !rel[i]) continue;
                Quantity q = quantity(i);
                if (q == null) continue;
                int e = counted(q);
                if (e > i) i = e - 1;
                else if (q.end() > i + 1 && !q.article()) i = q.end() - 1;
            }
            for (int i = 0; i < t.size(); i++) {
                if (used[i] || !t.get(i).word() || !t.get(i).capitalised()) continue;
                int e = namedGroup(i);
                if (e > i) i = e - 1;
            }
            for (int i = 0; i < t.size(); i++) {
                if (used[i] || !rel[i]) continue;
                int e = singular(i);
                if (e > i) i = e - 1;
            }
            for (int i = 0; i < t.size(); i++) {
                if (used[i] || !rel[i]) continue;
                int e = named(i);
                if (e > i) i = e - 1;
            }
            if (lex.language.equals("en")) {
                for (int i = 0; i + 1 < t.size(); i++) {
                    if (used[i] || !t.get(i).word() || !t.get(i).norm().endsWith("'s")) continue;
                    int e = possessive(i);
                    if (e > i) i = e - 1;
                }
            }
            return out;
        }

        /** The casualty word at {@code k}, unless a particle makes another verb of it ("the drone was shot down"). */
        private PhraseSet.Match<Lexicon.Cue> afterCue(int k) {
            PhraseSet.Match<Lexicon.Cue> c = lex.after.match(t, k);
            if (c != null && c.end() < t.size() && lex.particles.contains(t.get(c.end()).norm())) return null;
            return c;
        }

        // ---- negatives -------------------------------------------------------------------------------

        private int negative(int i) {
            PhraseSet.Match<java.util.Set<FigureKind>> m = lex.negative.match(t, i);
            if (m != null) { zero(i, m.end(), m.value()); return m.end(); }
            PhraseSet.Match<Boolean> s = lex.negSubjects.match(t, i);
            if (s != null) {
                int j = s.end();
                boolean others = j < t.size() && lex.breaks.contains(t.get(j).norm()); // "no one else": says nothing
                if (others) j++;
                boolean otherNoun = !others && lex.breaks.contains(t.get(j - 1).norm()); // "no other student was hurt": says nothing
                others |= otherNoun;
                int k = j;
                if (otherNoun || lex.functionWords.contains(t.get(j - 1).norm())) {           // "none of its personnel": skip the noun
                    while (k < t.size() && k < j + 3 && t.get(k).word() && !lex.aux.contains(t.get(k).norm())
                            && !lex.breaks.contains(t.get(k).norm()) && afterCue(k) == null) k++;
                    j = k;
                }
                while (k < t.size() && k < j + 4 && lex.aux.contains(t.get(k).norm())) k++;
                PhraseSet.Match<Lexicon.Cue> c = afterCue(k);
                if (c != null && k > j && others) { mark(i, c.end()); return c.end(); }
                if (c != null && k > j) {
                    java.util.Set<FigureKind> kinds = lex.both.contains(t.get(k).norm()) || c.value().kind() == FigureKind.INJURED
                            ? java.util.Set.of(FigureKind.KILLED, FigureKind.INJURED) : java.util.Set.of(c.value().kind());
                    int end = c.end();
                    if (end + 1 < t.size() && lex.coordinators.contains(t.get(end).norm())) {
                        PhraseSet.Match<Lexicon.Cue> d = afterCue(end + 1);   // "nobody was killed or injured"
                        if (d != null) {
                            kinds = java.util.EnumSet.copyOf(kinds);
                            kinds.add(d.value().kind());
                            if (lex.both.contains(t.get(end + 1).norm())) kinds.add(FigureKind.INJURED);
                            end = d.end();
                        }
                    }
                    zero(i, end, kinds);
                    return end;
                }
                mark(i, j);
                return j;
            }
            String n = t.get(i).norm();
            if (lex.negDeterminers.contains(n)) return negNoun(i, i + 1);
            if (lex.negParticles.contains(n) || n.endsWith("n't")) {
                for (int k = i + 1; k < t.size() && k <= i + 6 && t.get(k).word(); k++) {
                    if (lex.negAny.contains(t.get(k).norm())) return negNoun(i, k + 1);
                }
            }
            return i + 1;
        }

        private int negNoun(int start, int j) {
            for (int k = j; k < t.size() && k <= j + 2 && t.get(k).word(); k++) {
                String n = t.get(k).norm();
                if (lex.breaks.contains(n) || lex.functionWords.contains(n)) return start + 1;
                java.util.Set<FigureKind> kinds = lex.casualtyNouns.get(n);
                if (kinds == null) { String s = lex.stripPrefix(n); if (s != null) kinds = lex.casualtyNouns.get(s); }
                if (kinds != null) { zero(start, k + 1, kinds); return k + 1; }
            }
            return start + 1;
        }

        private void zero(int from, int to, java.util.Set<FigureKind> kinds) {
            boolean hedged = hedgedSentence(from, to);
            for (FigureKind k : FigureKind.values()) {
                if (kinds.contains(k)) add(from, to, k, 0, 0, hedged, null);
            }
            mark(from, to);
        }

        private boolean hedgedSentence(int from, int to) {
            int s = from;
            while (s > 0 && !endsSentence(s - 1)) s--;
            for (int k = s; k < to; k++) if (lex.hedgeCues.contains(t.get(k).norm())) return true;
            return false;
        }

        private boolean endsSentence(int k) {
            String x = t.get(k).text();
            return x.equals(".") || x.equals("!") || x.equals("?") || x.equals("\u061F") || x.equals(";") || x.equals("\n");
        }

        /** "double homicide", "triple-murder", "quadruple shooting", "murder-suicide". */
        private int multiple(int i) {
            PhraseSet.Match<Lexicon.Fixed> f = lex.fixed.match(t, i);
            if (f != null && i > 0 && lex.chargeBlockers.contains(t.get(i - 1).norm())) return f.end();  // "attempted murder-suicide": nobody died
            if (f != null) {
                int from = i > 0 && AFTERWARDS.contains(t.get(i - 1).norm()) && f.value().kind() == FigureKind.KILLED
                        && t.get(f.end() - 1).norm().equals("life") && lex.language.equals("en") ? i - 1 : i;   // "before taking his own life"
                add(from, f.end(), f.value().kind(), f.value().count(), f.value().open() ? null : f.value().count(), false, null);
                mark(i, f.end());
                return f.end();
            }
            String n = t.get(i).norm();
            int deadly = deadlyShooting(i);                       // "deadly officer-involved shooting", "fatal nightclub shooting"
            if (deadly > i) {
                add(i, deadly, FigureKind.KILLED, t.get(deadly - 1).norm().endsWith("s") ? 2 : 1, null, false, null);
                mark(i, deadly);
                return deadly;
            }
            Integer times = null;
            Lexicon.Cue head = null;
            int end = i + 1;
            int dash = n.indexOf('-');
            if (dash > 0) {
                times = lex.multiples.get(n.substring(0, dash));
                head = lex.multipleHeads.get(n.substring(dash + 1));
            } else if (i + 1 < t.size()) {
                times = lex.multiples.get(n);
                head = lex.multipleHeads.get(t.get(i + 1).norm());
                end = i + 2;
            }
            if (times == null || head == null) return -1;
            add(i, end, head.kind(), times, times, false, null);
            mark(i, end);
            return end;
        }

        private static final java.util.Set<String> DEADLY = java.util.Set.of("deadly", "fatal");
        /** What a deadly event is called: "shooting", "shootout", "gunfire" (one death; two for a plural). */
        private static final java.util.Set<String> DEADLY_HEADS = java.util.Set.of("shooting", "shootings", "shootout",
                "shootouts", "gunfire");

        /**
         * "deadly|fatal" before a shooting, a shootout or gunfire, with up to two words naming its kind or place between
         * ("deadly gunfire", "deadly officer-involved shooting", "fatal Oak Street shootout"): the index after the head
         * noun, else -1 (English; "deadly shooting" itself is a fixed phrase). Not across a multiple ("fatal double
         * shooting"), a person, a number or function words.
         */
        private int deadlyShooting(int i) {
            if (!lex.language.equals("en") || !DEADLY.contains(t.get(i).norm())) return -1;
            for (int k = i + 1; k < t.size() && k <= i + 3; k++) {
                Token x = t.get(k);
                if (!x.word() || used[k]) return -1;
                String n = x.norm();
                if (DEADLY_HEADS.contains(n)) return k + 1;
                if (lex.functionWords.contains(n) || lex.breaks.contains(n) || lex.aux.contains(n) || lex.connectors.contains(n)
                        || lex.multiples.containsKey(n) || lex.isPerson(n) || NumberWords.span(t, k, lex) != null) return -1;
            }
            return -1;
        }

        // ---- quantities ------------------------------------------------------------------------------

        /** "so many", "too many", "how many" (English): an exclamation or a question, never a count. */
        private boolean exclamative(int j) {
            return lex.language.equals("en") && t.get(j).norm().equals("many") && j > 0
                    && EXCLAMATIVE.contains(t.get(j - 1).norm());
        }

        private static final java.util.Set<String> EXCLAMATIVE = java.util.Set.of("so", "too", "how");

        private Quantity quantity(int i) {
            int j = i;
            Lexicon.Hedge hedge = null;
            PhraseSet.Match<Lexicon.Hedge> h = lex.hedges.match(t, i);
            if (h != null && h.end() < t.size()) { hedge = h.value(); j = h.end(); }
            boolean between = false;
            if (j < t.size() && lex.betweenWords.contains(t.get(j).norm())) { between = true; j++; }
            if (j >= t.size() || used[j]) return null;
            PhraseSet.Match<Lexicon.Vague> v = lex.vague.match(t, j);
            if (v != null && !between) {
                Lexicon.Vague vg = v.value();
                if (hedge == null && exclamative(j)) return null;                // "so many kids are getting killed": no toll
                if (lex.correlatives.contains(t.get(j).norm())) {                 // "both diplomats and troops"
                    for (int k = v.end(); k < t.size() && k <= v.end() + 3 && t.get(k).word(); k++) {
                        if (lex.connectors.contains(t.get(k).norm())) return null;
                    }
                }
                return new Quantity(i, v.end(), vg.min(), vg.max(), vg.approximate() || hedge == Lexicon.Hedge.APPROX, false, null);
            }
            Token tok = t.get(j);
            var rm = RANGE_TOKEN.matcher(tok.norm());
            if (rm.matches() && plausible(j)) {
                int a = Integer.parseInt(rm.group(1)), b = Integer.parseInt(rm.group(2));
                if (a < b) return new Quantity(i, j + 1, a, b, hedge == Lexicon.Hedge.APPROX, false, null);
                return null;
            }
            NumberWords.Span n = NumberWords.span(t, j, lex);
            if (n != null) {
                if (tok.digits() && !plausible(j)) return null;
                int lo = n.value(), end = n.end();
                Integer hi = null;
                if (end + 1 < t.size() && (lex.rangeWords.contains(t.get(end).norm()) || t.get(end).text().equals("-")
                        || (between && lex.connectors.contains(t.get(end).norm())))) {
                    NumberWords.Span n2 = NumberWords.span(t, end + 1, lex);
                    if (n2 != null && n2.value() > lo && (!t.get(end + 1).digits() || plausible(end + 1))) { hi = n2.value(); end = n2.end(); }
                }
                if (hi != null) return new Quantity(i, end, lo, hi, hedge == Lexicon.Hedge.APPROX, false, null);
                return hedged(i, end, lo, hedge);
            }
            if (hedge == null && !between) {
                if (lex.articles.contains(tok.norm())) return new Quantity(i, j + 1, 1, 1, false, true, null);
                String dual = lex.duals.get(tok.norm());
                if (dual == null) { String s = lex.stripPrefix(tok.norm()); if (s != null) dual = lex.duals.get(s); }
                if (dual != null) return new Quantity(i, j + 1, 2, 2, false, false, dual);
            }
            return null;
        }

        private static Quantity hedged(int i, int end, int n, Lexicon.Hedge hedge) {
            if (hedge == null) return new Quantity(i, end, n, n, false, false, null);
            return switch (hedge) {
                case MIN -> new Quantity(i, end, n, null, false, false, null);
                case MORE -> new Quantity(i, end, n + 1, null, false, false, null);
                case LESS -> new Quantity(i, end, null, Math.max(0, n - 1), false, false, null);
                case UPTO -> new Quantity(i, end, null, n, false, false, null);
                case APPROX -> new Quantity(i, end, n, n, true, false, null);
            };
        }

        /** A North American broadcaster's call sign: "WSB", "KARE", "CTV" is not one. */
        private static final Pattern CALL_SIGN = Pattern.compile("[KW][A-Z]{2,3}");
        private static final Pattern CALL_SIGN_SHOUTED = Pattern.compile("[A-Z][A-Z']+");
        /** Words before digits that name a broadcaster, not a count. */
        private static final java.util.Set<String> STATION = java.util.Set.of("channel", "news", "fox", "nbc", "abc", "cbs");
        /** Emergency telephone numbers, and the words around them that make them one ("called 911", "911 dispatchers"). */
        private static final java.util.Set<String> EMERGENCY_NUMBERS = java.util.Set.of("911", "999", "112");
        private static final java.util.Set<String> CALLING = java.util.Set.of("call", "called", "calls", "calling", "dial", "dialed",
                "dialled", "dialing", "dialling", "phoned", "phone", "to", "via");
        private static final java.util.Set<String> CALL_WORDS = java.util.Set.of("call", "calls", "caller", "callers", "dispatcher",
                "dispatchers", "dispatch", "operator", "operators", "center", "centre", "tape", "tapes", "recording", "recordings",
                "line", "system", "hang-up", "hangup");
        /** "younger than 12", "older than 60": an age. */
        private static final java.util.Set<String> AGE_COMPARATIVES = java.util.Set.of("younger", "older");

        private static final java.util.Set<String> STREETS = java.util.Set.of("rd", "road", "st", "street", "ave", "avenue",
                "blvd", "boulevard", "dr", "drive", "lane", "ln", "way", "court", "ct", "pl", "place", "hwy", "highway", "pkwy",
                "parkway", "circle", "terrace", "pike", "trail");

        /** Whether capitalised words from {@code k} end in a street type within four words ("Carter Homestead Rd."), English. */
        private boolean address(int k) {
            if (!lex.language.equals("en")) return false;
            for (int x = k; x < t.size() && x < k + 4 && t.get(x).word() && t.get(x).capitalised(); x++) {
                if (STREETS.contains(t.get(x).norm())) return true;
            }
            return false;
        }

        /** Whether a token of digits can be a count: not a time, date, year, address, calibre, money or percentage. */
        /** Words joining a bare age to the next ("12- and 10-year-old", "8- to 10-year-olds"). */
        private static final java.util.Set<String> AGE_PAIR = java.util.Set.of("and", "or", "to", "through");

        private boolean plausible(int j) {
            Token tok = t.get(j);
            Token prev = j > 0 ? t.get(j - 1) : null;
            Token next = j + 1 < t.size() ? t.get(j + 1) : null;
            Token next2 = j + 2 < t.size() ? t.get(j + 2) : null;
            if (prev != null) {
                String p = prev.text();
                if (p.equals("$") || p.equals("€") || p.equals("£") || p.equals("#") || lex.currency.contains(prev.norm())) return false;
                if (p.equals(".") && prev.end() == tok.start() && (j < 2 || !t.get(j - 2).digits())) return false; // .40-caliber
                if ((p.equals("/") || p.equals(":")) && prev.end() == tok.start()) return false;
                if (lex.months.contains(prev.norm())) return false;
                if (j >= 2 && t.get(j - 2).digits() && (prev.norm().equals("of") || prev.text().equals("/"))) return false; // "Image 2 of 9"
                if (STATION.contains(prev.norm())) return false;                       // "Channel 11", "KSLA News 12", "NBC 6": a station
                if (CALL_SIGN.matcher(prev.text()).matches() && prev.end() + 1 == tok.start()
                        && (j < 2 || !CALL_SIGN_SHOUTED.matcher(t.get(j - 2).text()).matches())) return false;   // "WSB 2", "KARE 11": a station (not "… WITH 2" in a text all in capitals)
                if (prev.norm().equals("than") && j >= 2 && AGE_COMPARATIVES.contains(t.get(j - 2).norm())) return false; // "a boy younger than 12"
                if (prev.norm().equals("no") && next != null && next.text().equals(".")) return false;
                if (AGE_WORDS.contains(prev.norm()) || prev.norm().equals("of") && j >= 2 && AGE_WORDS.contains(t.get(j - 2).norm())) return false; // "ages of 11"
                if (AGE_RANGE.contains(prev.norm()) && j >= 3 && t.get(j - 2).digits() && (AGE_WORDS.contains(t.get(j - 3).norm())
                        || t.get(j - 3).norm().equals("of") && j >= 4 && AGE_WORDS.contains(t.get(j - 4).norm()))) return false; // "between the ages of 11 and 15"
                if (prev.norm().equals("no") && prev.end() + 1 == tok.start() && text.charAt(prev.end()) == '.') return false;
            }
            if (next != null) {
                String x = next.text();
                if (x.equals("%") || x.equals(":") && next2 != null && (next2.digits() || Character.isDigit(next2.text().charAt(0))) || x.equals("/") && (next.start() == tok.end() || next2 != null && next2.digits())) return false;
                if (lex.currency.contains(next.norm()) || lex.months.contains(next.norm()) || lex.timeWords.contains(next.norm())) return false;
                if ((next.norm().equals("a") || next.norm().equals("p")) && next2 != null && next2.text().equals(".")) return false;
                if (lex.units.contains(next.norm())) return false;
                if (next.norm().matches("(?:year|month|week)s?-olds?")) return false;   // "14 Year-Old": an age
                if (x.equals("-") && next.start() == tok.end() && next2 != null && AGE_PAIR.contains(next2.norm()) && j + 3 < t.size()
                        && (AGE.matcher(t.get(j + 3).norm()).matches() || AGES.matcher(t.get(j + 3).norm()).matches())) return false; // "his 12- and 10-year-old sons"
                if (next.capitalised() && address(j + 1)) return false;                  // "2501 Carter Homestead Rd.": an address
                if (next.norm().equals("news") && next.capitalised()) return false;     // "2 NEWS has learned": a station
            }
            String d = tok.text().replace(",", "");
            if (EMERGENCY_NUMBERS.contains(d) && (prev != null && CALLING.contains(prev.norm()) || next != null && CALL_WORDS.contains(next.norm())))
                return false;                                                           // "called 911", "a 911 call": a phone number
            Integer y = NumberWords.digits(d);
            if (y != null && d.length() == 4 && !tok.text().contains(",")) {
                if (y >= 1800 && y <= 2100 && (next == null || !lex.isPerson(next.norm()))) return false;
            }
            return d.length() <= 7;
        }

        // ---- counted phrases -------------------------------------------------------------------------

        /** Tries every pattern on a quantity; returns the token after the figure, or -1. */
        private int counted(Quantity q) {
            int e = diedSince(q);
            if (e > 0) return e;
            e = after(q);
            if (e > 0) return e;
            e = before(q);
            if (e > 0) return e;
            e = weapon(q);
            if (e > 0) return e;
            return other(q);
        }

        /** Words opening what a group of people went through before their deaths: "who were shot", "involved in". */
        private static final java.util.Set<String> RELATIVE_OPENERS = java.util.Set.of("who", "that", "involved", "shot",
                "wounded", "injured", "hurt", "hospitalized");
        /** Words between "have" and "died": "have now died", "have since died", "have both died". */
        private static final java.util.Set<String> DIED_SINCE_ADVERBS = java.util.Set.of("now", "since", "all", "both",
                "later", "each", "also", "subsequently");
        private static final java.util.Set<String> PERFECT_AUX = java.util.Set.of("have", "had");

        /**
         * A group of people described by a relative clause or a participle, then their deaths since (English):
         * "Two teens who were shot in a triple shooting on Wednesday have died", "All four people involved in the
         * shooting have now died" → KILLED of the group, not one death; -1 otherwise.
         */
        private int diedSince(Quantity q) {
            if (!lex.language.equals("en") || q.article() || q.min() == null || q.max() == null || q.min() < 2) return -1;
            if (q.start() > 0 && t.get(q.start() - 1).norm().equals("of")) return -1;   // "one of five people shot … has died": one
            int j = q.end();
            boolean person = false;
            while (j < t.size() && j < q.end() + 3 && t.get(j).word() && isPerson(j) && !used[j]) { person = true; j++; }
            if (!person || j >= t.size() || !RELATIVE_OPENERS.contains(t.get(j).norm())) return -1;
            for (int k = j + 1; k < t.size() && k < j + 20; k++) {
                if (endsSentence(k)) return -1;                  // "in a triple shooting" may be read already
                if (!PERFECT_AUX.contains(t.get(k).norm())) continue;
                int d = k + 1;
                while (d < t.size() && d < k + 3 && DIED_SINCE_ADVERBS.contains(t.get(d).norm())) d++;
                if (d < t.size() && t.get(d).norm().equals("died") && !used[d]) {
                    add(q.start(), d + 1, FigureKind.KILLED, q.min(), q.max(), q.approximate(), null);
                    mark(q.start(), j);
                    mark(d, d + 1);
                    return d + 1;
                }
                return -1;
            }
            return -1;
        }

        /** "two people were shot dead", "3 killed", "three men and a woman were wounded", "one fatally". */
        private int after(Quantity q) {
            int j = q.end();
            int gap = 0;
            boolean person = q.dualNoun() != null && !lex.weaponModifiers.containsValue(q.dualNoun()) && lex.persons.containsValue(q.dualNoun())
                    || lex.language.equals("en") && PEOPLE_WORDS.contains(t.get(q.end() - 1).norm());   // "Parents, 2 children dead"
            boolean perpetrator = false, passive = false;
            int loose = 0;                                     // words of the gap that are neither persons nor auxiliaries
            Quantity fatalAside = null;                        // "one fatally" between the group and its verb: the dead among them
            while (j < t.size()) {
                Token x = t.get(j);
                if (afterCue(j) != null && (gap > 0 || !lex.aux.contains(x.norm()))) break;
                if (gap > 0 && transportClause(j) != null) break;
                if (lex.injuryVerbs.contains(x.norm())) break;
                if (person && isDash(j)) {                      // "Six people — five men and a woman — were shot": an aside
                    int open = j;
                    while (open < t.size() && isDash(open)) open++;
                    int k = open;
                    while (k < t.size() && k < open + 12 && !isDash(k) && !endsSentence(k)) k++;
                    if (k < t.size() && k > open && isDash(k)) {
                        j = k + 1;
                        while (j < t.size() && isDash(j)) j++;
                        continue;
                    }
                }
                if (!x.word() && !x.text().equals(",")) break;
                String n = x.norm();
                if (lex.negParticles.contains(n) || n.endsWith("n't")) return -1;   // "who weren't injured"
                if (gap == 0 && lex.units.contains(n)) return charges(q, j);
                if (n.equals(",") && j + 1 < t.size() && (AGE_WORDS.contains(t.get(j + 1).norm())      // "Two men, ages 19 and 22, were shot"
                        || person && INCLUDING.contains(t.get(j + 1).norm()))) {          // "Four people, including a boy, were shot" (not "who shot 4, including …")
                    int k = j + 2;
                    while (k < t.size() && k < j + 10 && !t.get(k).text().equals(",")) k++;
                    if (k < t.size() && t.get(k).text().equals(",")) { j = k + 1; continue; }
                }
                if (n.equals(",") && person && !q.article() && j + 1 < t.size() && lex.language.equals("en")
                        && (t.get(j + 1).norm().equals("a") || t.get(j + 1).norm().equals("an"))) {
                    int k = j + 2;                                    // "Two victims, a 40-year-old man and a 19-year-old woman, were hospitalized"
                    while (k < t.size() && k < j + 30 && !endsSentence(k) && !(t.get(k).text().equals(",") && k + 1 < t.size()
                            && (lex.aux.contains(t.get(k + 1).norm()) || afterCue(k + 1) != null))) k++;
                    if (k < t.size() && k < j + 30 && t.get(k).text().equals(",") && !endsSentence(k)) { j = k + 1; continue; }
                }
                if (n.equals(",") && person && fatalAside == null && lex.language.equals("en")) {
                    Quantity d = j + 1 < t.size() && !used[j + 1] ? quantity(j + 1) : null;   // "Four teens, one fatally, were shot"
                    if (d != null && d.min() != null && !d.article() && d.end() + 1 < t.size()
                            && t.get(d.end()).norm().equals("fatally") && t.get(d.end() + 1).text().equals(",")) {
                        fatalAside = d;
                        j = d.end() + 2;
                        continue;
                    }
                }
                if (n.equals(",") && gap > 0 && q.start() > 0 && joinBlocked(q.start() - 1)) break; // "according to an official, a boy was shot"
                if (lex.connectors.contains(n) || n.equals(",")) {
                    int qs = j + 1;                                 // "a woman and her three sons were found dead": 4
                    if (person && qs + 1 < t.size() && lex.language.equals("en") && POSSESSIVES.contains(t.get(qs).norm()) && !used[qs]
                            && !used[qs + 1] && t.get(qs + 1).word() && (t.get(qs + 1).digits() || lex.numbers.containsKey(t.get(qs + 1).norm()))) qs++;
                    Quantity q2 = qs < t.size() && !used[qs] ? quantity(qs) : null;
                    if (q2 != null && q2.min() != null) {
                        int k = q2.end();
                        boolean p2 = false, thing = false;
                        while (k < t.size() && k < q2.end() + 3 && t.get(k).word() && afterCue(k) == null
                                && !lex.aux.contains(t.get(k).norm())) {
                            if (isPerson(k)) p2 = true;
                            else thing = true;
                            k++;
                        }
                        if (q2.article() && !p2) break;
                        if (person && !p2 && n.equals(",")) break;   // "five men, two are in critical condition": a part of them
                        if (person && !p2 && thing) break;            // "four people and two vehicles were shot"
                        if (!person && gap == 0) break;
                        if (loose > 1) break;              // "a student discharged the weapon and another student": two clauses
                        q = q.plus(q2, q2.end());
                        j = k;
                        continue;
                    }
                    if (person && lex.connectors.contains(n) && j + 1 < t.size() && singularNoun(j + 1)) {
                        q = q.plus(new Quantity(j + 1, j + 2, 1, 1, false, false, null), j + 2); // "a mother and son"
                        j += 2;
                        continue;
                    }
                    break;
                }
                if (lex.aux.contains(n)) { passive |= lex.passiveAux.contains(n); j++; continue; }
                if (gap == 0 && n.equals("more") && lex.language.equals("en") && !q.article()) {   // "5 more wounded": others
                    person = true; gap++; j++; continue;
                }
                if (lex.breaks.contains(n) && !isPerson(j) || NumberWords.span(t, j, lex) != null) break;
                if (lex.articles.contains(n) && !lex.objects.contains(n)) return -1;
                if (!person && lex.weapons.match(t, j) != null) return -1;       // "two drones struck": weapons, not victims   // "Image 6 of 12 A woman died": a new phrase
                if (!person && lex.language.equals("en") && THINGS.contains(n)) return -1;   // "two vehicles were shot": no victims
                if (isPerson(j)) { person = true; perpetrator = lex.perpetrators.contains(n); }
                else if (!lex.aux.contains(n)) loose++;
                if (++gap > 4) return -1;
                j++;
            }
            while (j < t.size() && (lex.aux.contains(t.get(j).norm()) || lex.negParticles.contains(t.get(j).norm())
                    || t.get(j).norm().endsWith("n't"))) {
                String a = t.get(j).norm();
                if (lex.negParticles.contains(a) || a.endsWith("n't")) return -1;
                passive |= lex.passiveAux.contains(a);
                j++;
            }
            PhraseSet.Match<Lexicon.Cue> c = afterCue(j);
            if (c == null) c = injuryClause(j);
            if (c == null && q.min() != null && q.min() > 1 && j < t.size() && t.get(j).norm().equals("with") && lex.language.equals("en")) {
                c = injuryClause(j, true);                         // "three others with serious injuries"
            }
            if (c == null) c = transportClause(j);
            if (c == null) return -1;
            if (!passive && presentVerbAfter(j, c)) return -1;         // "Two men fatally shoot a clerk"
            if (q.article() && !person && !(lex.language.equals("en") && (t.get(q.start()).norm().equals("another")
                    || q.end() < t.size() && ordinal(t.get(q.end()).norm()) > 1))) return -1; // "and another wounded", "a fourth wounded"
            if (!person && (t.get(j).norm().equals("with") || j == q.end() && lex.fatalWords.contains(t.get(j).norm()))) return -1; // "Hwy 150 with a gunshot wound", "multiple fatal wounds": wounds of people
            if (perpetrator && !passive && c.value().weak()) return -1; // "a pair of gunmen shot" is not two victims
            if (!passive && activeObject(c.end())) return -1;          // "two men killed a woman": the men are not victims
            int end = survivable(c);
            for (int k = q.start(); k < end; k++) if (used[k]) return -1;
            int pronoun = pronounPartner(q);                           // "he and his 2 kids were found dead": 3
            if (pronoun >= 0) q = new Quantity(pronoun, q.end(), q.min() + 1, q.max() + 1, q.approximate(), false, null);
            int name = namePartner(q, j);                              // "Lee and another man were found dead": 2
            if (name >= 0) q = new Quantity(name, q.end(), 2, 2, false, false, null);
            if (fatalAside != null) {
                if (!c.value().weak() || c.value().kind() != FigureKind.INJURED) return -1;   // only "were shot", one fatally
                add(fatalAside.start(), fatalAside.end() + 1, FigureKind.KILLED, fatalAside.min(), fatalAside.max(), fatalAside.approximate(), null);
            }
            add(q.start(), end, c.value().kind(), q.min(), q.max(), q.approximate(), null);
            mark(q.start(), end);
            return end;
        }

        /**
         * The index of a subject pronoun coordinated before a possessive count, "he and his 2 kids", "she and her
         * three children", opening a clause (English): the pronoun is one more person; else -1.
         */
        private int pronounPartner(Quantity q) {
            int k = q.start() - 3;
            if (!lex.language.equals("en") || q.article() || q.min() == null || q.max() == null || k < 0) return -1;
            String pro = t.get(k).norm(), and = t.get(k + 1).norm(), pos = t.get(k + 2).norm();
            if (!and.equals("and") || !(pro.equals("he") && pos.equals("his") || pro.equals("she") && pos.equals("her"))) return -1;
            if (used[k] || used[k + 1] || used[k + 2]) return -1;
            return k;
        }

        /**
         * The index of a name coordinated before one person, "Ray Cole and his elder son were pronounced dead", "Lee and
         * another man were found dead", when a plural verb follows (English): the name is one more person; else -1.
         */
        private int namePartner(Quantity q, int verb) {
            if (!lex.language.equals("en") || !Objects.equals(q.min(), 1) || !Objects.equals(q.max(), 1) || q.start() < 2) return -1;
            boolean plural = false;
            for (int k = q.end(); k < verb && k < t.size(); k++) if (t.get(k).norm().equals("were")) plural = true;
            if (!plural || !t.get(q.start() - 1).norm().equals("and") || used[q.start() - 1]) return -1;
            int k = q.start() - 2;
            if (used[k] || !t.get(k).word()) return -1;
            if (lex.isPerson(t.get(k).norm()) && !plural(t.get(k).norm()) && k > 0 && t.get(k - 1).norm().equals("the")) {
                k--;                                                                    // "the man and his son were found dead"
            } else {
                if (!t.get(k).capitalised() || lex.isPerson(t.get(k).norm())) return -1;
                while (k > 0 && !used[k - 1] && t.get(k - 1).word() && t.get(k - 1).capitalised() && !lex.isPerson(t.get(k - 1).norm())) k--;
            }
            return k > 0 && NOT_SUBJECT_BEFORE.contains(t.get(k - 1).norm()) ? -1 : k;   // "shot at Lee and a man …": not a subject
        }

        /** Words before a name that make it an object, not a subject: "fired at Lee and …", "shot by Lee and …". */
        private static final java.util.Set<String> NOT_SUBJECT_BEFORE = java.util.Set.of("at", "by", "to", "with", "of", "for",
                "from", "on", "into", "toward", "towards", "between", "shot", "killed", "wounded", "hit", "struck");

        /** Vague quantities that are people themselves (English). */
        private static final java.util.Set<String> PEOPLE_WORDS = java.util.Set.of("parents", "twins");

        /** A dash opening or closing an aside: "—", "–", or "--" written as two hyphens, set apart by spaces. */
        private boolean isDash(int k) {
            String x = t.get(k).text();
            if (x.equals("\u2014") || x.equals("\u2013")) return true;
            return x.equals("-") && (k + 1 < t.size() && t.get(k + 1).text().equals("-") || k > 0 && t.get(k - 1).text().equals("-"));
        }

        /** Words opening an aside that names some of the counted group ("four people, including a boy, were shot"). */
        private static final java.util.Set<String> INCLUDING = java.util.Set.of("including", "among", "darunter", "inclusief");

        /** Things hit by gunfire, not people: "two vehicles were shot", "three homes were struck" (English). */
        private static final java.util.Set<String> THINGS = java.util.Set.of("vehicle", "vehicles", "car", "cars", "truck",
                "trucks", "home", "homes", "house", "houses", "building", "buildings", "window", "windows", "apartment",
                "apartments", "business", "businesses", "bus", "buses");

        /** Animals, not people: "one of the family dogs" (English). */
        private static final java.util.Set<String> ANIMALS = java.util.Set.of("dog", "dogs", "cat", "cats", "horse", "horses",
                "pet", "pets", "puppy", "puppies", "cow", "cows", "cattle", "deer", "goat", "goats", "pig", "pigs");

        /** Whether "of …" at {@code k} names animals within a few words ("of the family dogs"). */
        private boolean animalsOf(int k) {
            if (k >= t.size() || !t.get(k).norm().equals("of")) return false;
            for (int j = k + 1; j < t.size() && j <= k + 4 && t.get(j).word(); j++) if (ANIMALS.contains(t.get(j).norm())) return true;
            return false;
        }

        /** Words before a casualty verb that make it no happening: "threatened to kill two", "could kill". */
        private static final java.util.Set<String> MODALS = java.util.Set.of("to", "would", "could", "will", "might", "may", "can", "should", "cannot");
        private static final java.util.Set<String> AGE_WORDS = java.util.Set.of("ages", "aged", "age");
        /** Words joining the two ends of an age range: "ages 11 to 15". */
        private static final java.util.Set<String> AGE_RANGE = java.util.Set.of("and", "to", "through", "-", "\u2013");

        /**
         * Victims named with their ages as the subject: "John Smith, 24, and Mary Jones, 31, were shot dead" → 2
         * (English; one named victim is read by {@link #singular}).
         */
        private int namedGroup(int i) {
            if (!lex.language.equals("en")) return -1;
            int k = i, people = 0;
            while (true) {
                int w = 0;
                while (k < t.size() && t.get(k).word() && t.get(k).capitalised() && w < 4 && !lex.months.contains(t.get(k).norm())
                        && !lex.weekdays.contains(t.get(k).norm())) { k++; w++; }
                if (w < 2 || k + 2 >= t.size() || !t.get(k).text().equals(",") || !t.get(k + 1).digits()
                        || t.get(k + 1).norm().length() > 2 || !t.get(k + 2).text().equals(",")) return -1;
                people++;
                k += 3;
                if (k < t.size() && t.get(k).norm().equals("and")) { k++; continue; }
                if (k < t.size() && t.get(k).word() && t.get(k).capitalised()) continue;
                break;
            }
            if (people < 2) return -1;
            int j = k;
            while (j < t.size() && j < k + 4 && lex.aux.contains(t.get(j).norm()) && afterCue(j) == null) j++;
            PhraseSet.Match<Lexicon.Cue> c = afterCue(j);
            if (c == null || j == k && activeObject(c.end())) return -1;
            for (int x = i; x < c.end(); x++) if (used[x]) return -1;
            add(i, c.end(), c.value().kind(), people, people, false, null);
            mark(i, c.end());
            return c.end();
        }

        private static final java.util.Set<String> OBJECT_DETERMINERS = java.util.Set.of("a", "an", "his", "her", "their", "the", "its");
        private static final java.util.Set<String> DEFINITE = java.util.Set.of("the", "his", "her", "their", "its");
        private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("his", "her", "their");
        /** Words before a shooter's own death that tell it followed the others' ("before killing himself", "then shot himself"). */
        private static final java.util.Set<String> AFTERWARDS = java.util.Set.of("before", "then");
        private static final java.util.Set<String> REFLEXIVES = java.util.Set.of("himself", "herself", "self", "themselves");

        /**
         * One victim named as an object, from {@code k}: "his 2-year-old nephew", "a 20-year-old woman", "her mother",
         * "himself" (English); the index after it, or -1.
         */
        private int victimPhrase(int k) {
            if (!lex.language.equals("en") || k >= t.size() || !t.get(k).word()) return -1;
            String n = t.get(k).norm();
            if (REFLEXIVES.contains(n)) return k + 1;
            int j = OBJECT_DETERMINERS.contains(n) ? k + 1 : k;
            boolean age = false, person = false;
            if (j < t.size() && AGE.matcher(t.get(j).norm()).matches()) { age = true; j++; }
            if (!age) j = modifiers(j);                // "Elmwood boy", "deputy's son"
            while (j < t.size() && j < k + 7 && singularNoun(j) && !lex.perpetrators.contains(t.get(j).norm())) { person = true; j++; }
            return age || person ? j : -1;
        }

        /**
         * Words that qualify a person noun before it, from {@code j}: place names ("Elmwood boy", "Fair Oaks woman") and a
         * possessor ("the deputy's son", "her sister's husband"); the index of the person noun after them, or {@code j}
         * when none follows (English).
         */
        private int modifiers(int j) {
            int k = j;
            for (int n = 0; k < t.size() && n < 3; n++) {
                Token x = t.get(k);
                String w = x.norm();
                boolean possessor = w.endsWith("'s") && w.length() > 2;
                boolean compound = !possessor && k + 1 < t.size() && t.get(k + 1).word()          // "police officer's son"
                        && t.get(k + 1).norm().endsWith("'s")
                        && lex.persons.containsKey(t.get(k + 1).norm().substring(0, t.get(k + 1).norm().length() - 2));
                if (!x.word() || !(x.capitalised() || possessor || compound) || lex.months.contains(w)
                        || lex.weekdays.contains(w) || lex.timeWords.contains(w) || lex.breaks.contains(w) && !compound
                        || lex.functionWords.contains(w) || lex.persons.containsKey(w) && !compound) break;
                k++;
                if (k < t.size() && t.get(k).text().equals(".") && k + 1 < t.size() && t.get(k + 1).capitalised()) k++; // "St."
            }
            return k > j && k < t.size() && singularNoun(k) ? k : j;
        }

        /**
         * A counted plural group coordinated after an object: "(his) three (young) children", "two grandchildren":
         * [count, end], or null (English).
         */
        private int[] countedVictims(int k) {
            if (!lex.language.equals("en") || k >= t.size()) return null;
            int j = POSSESSIVES.contains(t.get(k).norm()) ? k + 1 : k;
            if (j >= t.size()) return null;
            String n = t.get(j).norm();
            Integer v = n.matches("\\d{1,2}") ? Integer.valueOf(n) : lex.numbers.get(n);
            if (v == null || v < 2 || v > 20) return null;
            j++;
            for (int a = 0; a < 2 && j < t.size() && (!lex.persons.containsKey(t.get(j).norm()) || t.get(j).norm().equals("other"))
                    && (t.get(j).norm().equals("other") || AGE.matcher(t.get(j).norm()).matches() || AGES.matcher(t.get(j).norm()).matches()
                        || t.get(j).word() && !lex.functionWords.contains(t.get(j).norm()) && !t.get(j).capitalised()); a++) j++;
            if (j >= t.size() || !lex.persons.containsKey(t.get(j).norm())
                    || !(plural(t.get(j).norm()) || t.get(j).norm().endsWith("children"))) return null;
            int e = j + 1;
            if (e < t.size() && (lex.aux.contains(t.get(e).norm()) || afterCue(e) != null
                    || t.get(e).word() && t.get(e).norm().endsWith("ed"))) return null;  // "… and two men were arrested": a new clause
            return new int[]{v, e};
        }

        /** Further victims coordinated after an object ("… nephew and his 24-year-old step-brother"): [count, end]. */
        private int[] moreVictims(int end) { return moreVictims(end, false); }

        /** As {@link #moreVictims(int)}; after a {@code definite} object, ", a 16-year-old boy" describes it (an apposition). */
        private int[] moreVictims(int end, boolean definite) {
            int count = 0;
            while (end + 1 < t.size() && (t.get(end).norm().equals("and") || t.get(end).text().equals(","))) {
                int[] counted = t.get(end).norm().equals("and") ? countedVictims(end + 1) : null;
                if (counted != null) {                                          // "killed his wife and three children"
                    for (int x = end; x < counted[1]; x++) if (used[x]) return new int[]{count, end};
                    count += counted[0];
                    end = counted[1];
                    break;
                }
                int e = victimPhrase(end + 1);
                if (e < 0) break;
                if (definite && count == 0 && t.get(end).text().equals(",")
                        && lex.articles.contains(t.get(end + 1).norm())) break;   // "shot the victim, a 16-year-old boy"
                if (t.get(end).text().equals(",") && !REFLEXIVES.contains(t.get(end + 1).norm())
                        && !singularNoun(e - 1)) break;                             // "his brother, 22-year-old Sam Lee": an apposition
                if (t.get(end).text().equals(",") && e < t.size() && t.get(e).word()
                        && (afterCue(e) != null || t.get(e).norm().endsWith("ed"))) break;   // "shoots himself, father charged": a new clause
                for (int x = end; x < e; x++) if (used[x]) return new int[]{count, end};
                count++;
                end = e;
            }
            return new int[]{count, end};
        }

        /** Whether the word before a group makes it a prepositional object or a speaker, not a list of victims. */
        private boolean joinBlocked(int k) {
            String n = t.get(k).norm();
            return t.get(k).word() && (n.equals("to") || n.equals("of") || lex.breaks.contains(n) || lex.before.match(t, k) != null);
        }

        /** "three counts of first-degree murder": the victims a charge sheet counts. */
        private int charges(Quantity q, int j) {
            if (q.article() || q.min() == null || !lex.chargeUnits.contains(t.get(j).norm())) return -1;
            for (int k = j + 1; k < t.size() && k <= j + 5 && t.get(k).word(); k++) {
                String n = t.get(k).norm();
                if (lex.chargeBlockers.contains(n)) return -1;            // "attempted murder"
                Lexicon.Cue c = lex.charges.get(n);
                if (c != null) {
                    add(q.start(), k + 1, c.kind(), q.min(), q.max(), q.approximate(), null);
                    mark(q.start(), k + 1);
                    return k + 1;
                }
            }
            return -1;
        }

        /** "the shooting that killed Savonie McNeil": a casualty verb before a person's name counts one. */
        private int named(int i) {
            PhraseSet.Match<Lexicon.Cue> c = lex.before.match(t, i);
            if (c == null) return -1;
            int k = c.end(), names = 0;
            int p = k < t.size() && (t.get(k).norm().equals("the") || !lex.articles.contains(t.get(k).norm())) ? victimPhrase(k) : -1;
            if (p > k) {                      // "shoots uncle", "striking the driver", "killed 13-year-old friend"
                for (int x = i; x < p; x++) if (used[x]) return -1;
                int[] more = moreVictims(p, DEFINITE.contains(t.get(k).norm()));
                add(i, more[1], c.value().kind(), 1 + more[0], 1 + more[0], false, null);
                mark(i, more[1]);
                return more[1];
            }
            names = nameWords(k);                                                 // not "Wounded In Strip District"
            k += names;
            int a = k;                                                            // "shooting Ann Cruz, 35, and her son"
            if (names >= 1 && a + 3 < t.size() && t.get(a).text().equals(",") && t.get(a + 1).digits()
                    && t.get(a + 1).norm().length() <= 3 && t.get(a + 2).text().equals(",")) a += 3;
            if (names >= 1 && a + 1 < t.size() && t.get(a).norm().equals("and") && lex.language.equals("en")) {
                int[] counted = countedVictims(a + 1);                            // "struck Milner and three others": 4
                if (counted != null) {
                    for (int x = i; x <= a; x++) if (used[x]) return -1;
                    if (!releaseOther(a + 1, counted[1])) return -1;             // read before as a mere group ("three others")
                    add(i, counted[1], c.value().kind(), 1 + counted[0], 1 + counted[0], false, null);
                    mark(i, counted[1]);
                    return counted[1];
                }
                int[] more = moreVictims(a);                                      // "shooting Ann Cruz and her 12-year-old son": 2
                if (more[0] > 0) {
                    for (int x = i; x < more[1]; x++) if (used[x]) return -1;
                    add(i, more[1], c.value().kind(), 1 + more[0], 1 + more[0], false, null);
                    mark(i, more[1]);
                    return more[1];
                }
            }
            boolean surname = names == 1 && c.value().kind() == FigureKind.KILLED && lex.language.equals("en")
                    && (k >= t.size() || !t.get(k).word() || !t.get(k).capitalised());  // "fatally wounding Brandt in the neck"
            if (names < 2 && !surname || c.value().weak()) return -1;            // "Shooting Claims St. Marie Youth"
            int people = 1;
            while (k + 2 < t.size() && (t.get(k).norm().equals("and") || t.get(k).text().equals(",")) && lex.language.equals("en")) {
                int more = nameWords(k + 1);                                      // "fatally shot Earnest Sneed and Seth Easley"
                if (more < 2) break;
                people++;
                k += 1 + more;
            }
            for (int x = i; x < k; x++) if (used[x]) return -1;
            add(i, k, c.value().kind(), people, people, false, null);
            mark(i, k);
            return k;
        }

        /**
         * Frees the tokens {@code from}..{@code to} when they are unused or read only as OTHER groups (removed from the
         * figures); false when a casualty or other figure holds any of them.
         */
        private boolean releaseOther(int from, int to) {
            int s = t.get(from).start(), e = t.get(to - 1).end();
            List<Figure> others = new ArrayList<>();
            for (Figure f : out) {
                if (f.end() <= s || f.start() >= e) continue;
                if (f.kind() != FigureKind.OTHER || f.start() < s || f.end() > e) return false;
                others.add(f);
            }
            for (int x = from; x < to; x++) {
                if (!used[x]) continue;
                int ts = t.get(x).start();
                if (others.stream().noneMatch(f -> f.start() <= ts && ts < f.end())) return false;
            }
            out.removeAll(others);
            return true;
        }

        /** Nouns after a person's possessive that tell what befell the person: "the boy's death", "teen's shooting". */
        private static final java.util.Map<String, FigureKind> POSSESSED = java.util.Map.of("death", FigureKind.KILLED,
                "murder", FigureKind.KILLED, "killing", FigureKind.KILLED, "slaying", FigureKind.KILLED,
                "homicide", FigureKind.KILLED, "shooting", FigureKind.INJURED);

        /**
         * One victim named by a possessive (English): "Rock Falls teen's death", "9-Year-Old Boy's Murder" → KILLED 1,
         * "teen's shooting death" → KILLED 1, "16-year-old's gunshot wound", "girl's shooting" → INJURED 1.
         */
        private int possessive(int i) {
            String n = t.get(i).norm();
            String stem = n.substring(0, n.length() - 2);
            if (!(lex.persons.containsKey(stem) && !plural(stem) && !lex.functionWords.contains(stem)) && !AGE.matcher(stem).matches()) return -1;
            int j = i + 1;
            if (!t.get(j).word() || used[j]) return -1;
            String a = t.get(j).norm(), b = j + 1 < t.size() && t.get(j + 1).word() ? t.get(j + 1).norm() : "";
            FigureKind kind;
            int end;
            if (a.equals("shooting") && (b.equals("death") || b.equals("murder"))) { kind = FigureKind.KILLED; end = j + 2; }
            else if (a.equals("gunshot") && (b.equals("wound") || b.equals("wounds"))) { kind = FigureKind.INJURED; end = j + 2; }
            else if (POSSESSED.containsKey(a)) { kind = POSSESSED.get(a); end = j + 1; }
            else return -1;
            add(i, end, kind, 1, 1, false, null);
            mark(i, end);
            return end;
        }

        /** "killing 6 civilians", "police arrested two men", "killing an American subcontractor". */
        private int before(Quantity q) {
            PhraseSet.Match<Lexicon.Cue> c = null;
            int from = -1;
            int anchor = q.start();
            if (!q.article() && anchor > 0 && POSSESSIVES.contains(t.get(anchor - 1).norm()) && !used[anchor - 1]
                    && lex.language.equals("en")) anchor--;                       // "killed his two sons"
            else if (!q.article() && anchor > 0 && t.get(anchor - 1).norm().equals("another") && !used[anchor - 1]
                    && lex.language.equals("en")) anchor--;                       // "wounded another three students"
            for (int b = anchor - 1; b >= 0 && b >= anchor - 4; b--) {
                if (used[b] || !t.get(b).word()) break;
                PhraseSet.Match<Lexicon.Cue> m = lex.before.match(t, b);
                if (m == null) m = matchStripped(lex.before, b);
                if (m != null && m.end() == anchor) { c = m; from = b; }        // the longest: "fatally shot himself"
            }
            if (c == null) return -1;
            if (from > 0 && MODALS.contains(t.get(from - 1).norm()) && lex.language.equals("en")
                    && !t.get(from).norm().matches(".*(?:ing|ed|s)")) return -1;   // "threatened to kill two", not "pleaded guilty to murdering two"
            int end = q.end();
            boolean person = q.dualNoun() != null && lex.persons.containsValue(q.dualNoun());
            for (int k = q.end(); k < t.size() && k < q.end() + 4 && t.get(k).word(); k++) {
                String n = t.get(k).norm();
                if (k == q.end() && lex.units.contains(n)) return -1;
                if (isPerson(k)) {
                    person = true;
                    end = k + 1;
                    while (end < t.size() && end < k + 3 && t.get(end).word() && isPerson(end)) end++; // "American subcontractor"
                    break;
                }
                if (lex.breaks.contains(n) || lex.aux.contains(n) || afterCue(k) != null
                        || lex.connectors.contains(n) || NumberWords.span(t, k, lex) != null) break;  // "killed two and wounded three"
            }
            if (q.article() && !person && loneAnother(q)) person = true;            // "killed one man and wounded another."
            if (q.article() && !person) return -1;
            if (!person && q.end() < t.size() && t.get(q.end()).word() && lex.weapons.match(t, q.end()) != null) return -1;
            if (!person && animalsOf(q.end())) return -1;                          // "injuring one of the family dogs"
            if ((person || !q.article()) && q.min() != null && q.min() > 1 && lex.language.equals("en") && end + 1 < t.size()
                    && t.get(end).norm().equals("and")) {                                   // "killed four classmates and himself", "kills six and himself"
                int r = end + 1 < t.size() && t.get(end + 1).norm().equals("then") ? end + 2 : end + 1;
                if (r < t.size() && REFLEXIVES.contains(t.get(r).norm()) && !used[r]) {
                    q = new Quantity(q.start(), r + 1, q.min() + 1, q.max() == null ? null : q.max() + 1, q.approximate(), false, null);
                    end = r + 1;
                }
            }
            if (person && q.min() != null && q.min() == 1 && Objects.equals(q.max(), 1)) {   // "injured a boy and a woman"
                int[] more = moreVictims(end);
                if (more[0] > 0) { q = new Quantity(q.start(), more[1], 1 + more[0], 1 + more[0], false, false, null); end = more[1]; }
            } else if (q.min() != null && q.min() == 1 && q.dualNoun() == null && REFLEXIVES.contains(t.get(q.start()).norm())) {
                int[] more = moreVictims(end);                                        // "shooting self, girl"
                if (more[0] > 0) { q = new Quantity(q.start(), more[1], 1 + more[0], 1 + more[0], false, false, null); end = more[1]; person = true; }
            }
            PhraseSet.Match<Lexicon.Hedge> ph = end < t.size() ? lex.postHedges.match(t, end) : null;
            if (ph != null && q.min() != null && q.min().equals(q.max())) {
                q = hedged(q.start(), q.end(), q.min(), ph.value());
                end = ph.end();
            }
            if (c.value().kind() == FigureKind.KILLED && REFLEXIVES.contains(t.get(q.start()).norm()) && from > 0
                    && AFTERWARDS.contains(t.get(from - 1).norm()) && lex.language.equals("en")) from--;   // "before killing himself": the shooter's end
            add(from, end, c.value().kind(), q.min(), q.max(), q.approximate(), null);
            mark(from, end);
            return end;
        }

        private static final java.util.Set<String> AFTER_ANOTHER = java.util.Set.of("in", "at", "and", "with", "on", "before", "after");

        /** "another" standing alone as an object, a person ("wounded another.", "wounded another in the leg"), English. */
        private boolean loneAnother(Quantity q) {
            if (!lex.language.equals("en") || !t.get(q.start()).norm().equals("another") || q.end() != q.start() + 1) return false;
            return q.end() >= t.size() || !t.get(q.end()).word() || AFTER_ANOTHER.contains(t.get(q.end()).norm());
        }

        /** "two Katyusha rockets", "two mortar shells", "صاروخي كاتيوشا", "deux roquettes Katioucha". */
        private int weapon(Quantity q) {
            List<String> mods = new ArrayList<>();
            String head = null;
            int j = q.end();
            if (q.dualNoun() != null) {
                if (lex.persons.containsValue(q.dualNoun())) return -1;
                head = q.dualNoun();
            } else {
                for (int k = 0; k < 3 && j < t.size() && t.get(j).word(); k++) {
                    PhraseSet.Match<String> w = lex.weapons.match(t, j);
                    if (w != null) { head = w.value(); j = w.end(); break; }
                    Token x = t.get(j);
                    String compound = compoundWeapon(x, mods);
                    if (compound != null) { head = compound; j++; break; }
                    String mod = lex.weaponModifiers.get(x.norm());
                    if (mod != null) mods.add(mod);
                    else if (LADEN.matcher(x.norm()).matches()) { j++; continue; }     // "explosive-laden drones"
                    else if (x.capitalised() && !lex.language.equals("de")) mods.add(x.text());
                    else break;
                    j++;
                }
                if (head == null) return -1;
                if (q.article() && j - q.end() > 2) return -1;
            }
            while (j < t.size() && t.get(j).word()) {           // post-posed modifiers
                String mod = lex.weaponModifiers.get(t.get(j).norm());
                if (mod == null) { String s = lex.stripPrefix(t.get(j).norm()); if (s != null) mod = lex.weaponModifiers.get(s); }
                if (mod == null) break;
                mods.add(mod);
                j++;
            }
            String object = (String.join(" ", mods) + " " + head).strip();
            if (j < t.size() && lex.weaponBlockers.contains(t.get(j).norm())) {
                if (q.article()) return -1;
                add(q.start(), j + 1, FigureKind.OTHER, q.min(), q.max(), q.approximate(), object + " " + singular(t.get(j).norm()));
                mark(q.start(), j + 1);
                return j + 1;
            }
            add(q.start(), j, FigureKind.WEAPON, q.min(), q.max(), q.approximate(), object);
            mark(q.start(), j);
            return j;
        }

        /** A naive singular for blocker nouns ("attacks" → "attack", "casings" → "casing"); other languages keep the word. */
        private String singular(String n) {
            if (!lex.language.equals("en")) return n;
            return n.endsWith("s") && n.length() > 3 ? n.substring(0, n.length() - 1) : n;
        }

        /** German and Dutch compounds: "Katjuscha-Raketen", "Mörsergranaten". */
        private String compoundWeapon(Token x, List<String> mods) {
            if (!lex.language.equals("de") && !lex.language.equals("nl")) return null;
            String n = x.norm();
            int dash = n.lastIndexOf('-');
            if (dash > 0) {
                String last = n.substring(dash + 1);
                PhraseSet.Match<String> w = lex.weapons.match(List.of(new Token(last, last, 0, 0, true)), 0);
                if (w != null) {
                    String m = n.substring(0, dash);
                    String mod = lex.weaponModifiers.get(m);
                    mods.add(mod != null ? mod : x.text().substring(0, dash));
                    return w.value();
                }
            }
            return null;
        }

        /** A phrase matched with a clitic prefix removed from its first token ("وإصابة" as "اصابة"). */
        private <V> PhraseSet.Match<V> matchStripped(PhraseSet<V> set, int b) {
            String s = lex.stripPrefix(t.get(b).norm());
            if (s == null) return null;
            List<Token> copy = new ArrayList<>(t.subList(b, Math.min(t.size(), b + 6)));
            Token x = copy.get(0);
            copy.set(0, new Token(x.text(), s, x.start(), x.end(), true));
            PhraseSet.Match<V> m = set.match(copy, 0);
            return m == null ? null : new PhraseSet.Match<>(b + m.end(), m.value());
        }

        /** "thousands of fighters": a counted group of people that is not a casualty figure. */
        private static final java.util.Set<String> HARMED = java.util.Set.of("injured", "wounded");
        private static final java.util.Set<String> SHOOTINGS = java.util.Set.of("shooting", "shootings");

        private int other(Quantity q) {
            if (q.article() || q.min() == null || q.min() < 2 && !q.approximate() || q.dualNoun() != null) return -1;
            boolean en = lex.language.equals("en");
            boolean harmed = false;                                  // "the three injured men": the injured
            int from = q.start();
            if (en && from >= 2 && !used[from - 1] && !used[from - 2] && t.get(from - 1).norm().equals("of")
                    && SHOOTINGS.contains(t.get(from - 2).norm())) from -= 2;   // "the shootings of four people": four shot
            for (int k = q.end(); k < t.size() && k < q.end() + 3 && t.get(k).word(); k++) {
                String n = t.get(k).norm();
                if (k == q.end() && lex.units.contains(n)) return -1;
                if (isPerson(k)) {
                    FigureKind kind = en && (harmed || from < q.start()) ? FigureKind.INJURED : FigureKind.OTHER;
                    add(from, k + 1, kind, q.min(), q.max(), q.approximate(), kind == FigureKind.OTHER ? lex.person(n) : null);
                    mark(from, k + 1);
                    return k + 1;
                }
                if (en && HARMED.contains(n)) harmed = true;
                if (lex.breaks.contains(n) || lex.aux.contains(n)) return -1;
            }
            return -1;
        }

        /** "was shot and killed", "was taken into custody", "suffered a gunshot wound", "died": one person. */
        private int singular(int i) {
            PhraseSet.Match<Lexicon.Cue> self = lex.singularSelf.match(t, i);
            if (self == null) self = injuryClause(i);
            PhraseSet.Match<Lexicon.Cue> c = null;
            if (self != null) c = self;
            else if (singularPerson(i)) {
                int j = i + 1, count = 1;
                while (j + 1 < t.size() && (t.get(j).text().equals(",") || t.get(j).text().equals("&")
                        || lex.connectors.contains(t.get(j).norm())) && (singularNoun(j + 1) || AGE.matcher(t.get(j + 1).norm()).matches())) {
                    count++;                                               // "Mother, boy fatally shot"
                    j += 2;
                    while (j < t.size() && j < i + 12 && singularNoun(j)) j++;   // "Woman, 1-year-old boy wounded"
                }
                if (count == 1 && j + 2 < t.size() && t.get(j).text().equals(",") && t.get(j + 1).digits()
                        && t.get(j + 1).norm().length() <= 3 && t.get(j + 2).text().equals(",")) j += 3;   // "Girl, 8, shot"
                int auxFrom = j;
                boolean passive = false;
                while (j < t.size() && j < auxFrom + 4 && lex.aux.contains(t.get(j).norm()) && afterCue(j) == null) {
                    passive |= lex.passiveAux.contains(t.get(j).norm());
                    j++;
                }
                c = afterCue(j);
                if (c == null && passive) c = transportClause(j);          // "A boy was taken to Mercy Hospital"
                if (c == null) return -1;
                if (!passive && lex.perpetrators.contains(t.get(i).norm())) return -1;
                if (!passive && activeObject(c.end())) return -1;
                if (!passive && presentVerbAfter(j, c)) return -1;     // "Farmer fatally shoots neighbor": he is no victim
                if (count > 1) {
                    for (int k = i; k < c.end(); k++) if (used[k]) return -1;
                    add(i, c.end(), c.value().kind(), count, count, false, null);
                    mark(i, c.end());
                    return c.end();
                }
            } else {
                PhraseSet.Match<Lexicon.Cue> aux = lex.singular.match(t, i);
                if (aux == null) return -1;
                int j = aux.end();
                while (j < t.size() && j < aux.end() + 3 && lex.aux.contains(t.get(j).norm()) && afterCue(j) == null) j++;
                c = afterCue(j);
                if (c == null) c = transportClause(j);                    // "was transported to St. Mary's Medical Center"
                if (c == null) return -1;
            }
            if (i > 0) {
                Token p = t.get(i - 1);
                String pn = p.norm();
                if (lex.language.equals("en") && agentBefore(i)) return -1;  // "Father shot by 5-year-old daughter dies": she is the agent
                if (lex.pluralSubjects.contains(pn)) return -1;
                if (plural(pn) && !lex.language.equals("ar")) return -1; // "the victims died"
                if (NumberWords.span(t, i - 1, lex) != null && p.word()) return -1;
            }
            int end = survivable(c);
            for (int k = i; k < end; k++) if (used[k]) return -1;
            int ordinal = self == null && !singularPerson(i) ? ordinalApposition(i) : -1;
            if (ordinal >= 0) {                                         // "A second victim, a 19-year-old man, was treated and released"
                add(ordinal, end, c.value().kind(), 1, 1, false, null);
                mark(ordinal, end);
                return end;
            }
            int both = bothBefore(i);                                   // "Both the gunman and the child were taken to a hospital": 2
            if (both >= 0) {
                add(both, end, c.value().kind(), 2, 2, false, null);
                mark(both, end);
                return end;
            }
            add(i, end, c.value().kind(), 1, 1, false, null);
            mark(i, end);
            return end;
        }

        /**
         * The index of "both" opening a pair coordinated before the noun at {@code i} with a plural verb after it,
         * "both the suspect and the (minor) child were …" (English); else -1.
         */
        private int bothBefore(int i) {
            if (!lex.language.equals("en") || i + 1 >= t.size() || !t.get(i + 1).norm().equals("were")) return -1;
            boolean and = false;
            for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
                Token x = t.get(k);
                if (used[k] || !x.word() || endsSentence(k)) return -1;
                String n = x.norm();
                if (n.equals("and")) { if (and) return -1; and = true; }
                else if (n.equals("both")) return and && k + 1 < i ? k : -1;
            }
            return -1;
        }

        private static final java.util.Set<String> ORDINAL_WORDS = java.util.Set.of("second", "third", "fourth", "fifth",
                "sixth", "seventh", "eighth", "ninth", "tenth");

        /**
         * The start of "(a) second victim, …," before a verb without a subject at {@code i}: an ordinal person whose
         * apposition (a name, an age) stands between it and the verb (English); else -1.
         */
        private int ordinalApposition(int i) {
            if (!lex.language.equals("en") || i < 4 || !t.get(i - 1).text().equals(",")) return -1;
            for (int k = i - 2; k >= 2 && k >= i - 12; k--) {
                Token x = t.get(k);
                if (used[k] || endsSentence(k)) return -1;
                if (!x.text().equals(",")) continue;
                int n = k - 1;
                if (!isPerson(n) || !ORDINAL_WORDS.contains(t.get(n - 1).norm())) return -1;
                int from = n - 1;
                if (from > 0 && (t.get(from - 1).norm().equals("a") || t.get(from - 1).norm().equals("an"))) from--;
                for (int y = from; y < i; y++) if (used[y]) return -1;
                return from;
            }
            return -1;
        }

        /** Whether the noun at {@code i} is the agent of a passive before it: "by (her) (5-year-old) daughter". */
        private boolean agentBefore(int i) {
            int k = i - 1;
            if (k >= 0 && AGE.matcher(t.get(k).norm()).matches()) k--;
            if (k >= 0 && (OBJECT_DETERMINERS.contains(t.get(k).norm()))) k--;
            return k >= 0 && t.get(k).norm().equals("by");
        }

        /**
         * The end of an injury figure, extended over a phrase that says the wounds are not deadly ("brought to a hospital
         * with non-life-threatening injuries", "… with minor injuries", "… in stable condition"), so that
         * the figure tells a survivor, never one of the dead (English).
         */
        private int survivable(PhraseSet.Match<Lexicon.Cue> c) {
            int k = c.end();
            if (c.value().kind() != FigureKind.INJURED || !lex.language.equals("en") || k >= t.size()
                    || !SURVIVABLE_OPENERS.contains(t.get(k).norm())) return k;
            boolean mild = false;
            for (int x = k + 1; x < t.size() && x <= k + 7 && (t.get(x).word() || t.get(x).text().equals("-")); x++) {
                String n = t.get(x).norm();
                if (MILD.contains(n) || n.startsWith("non-life") || n.equals("non")) mild = true;
                if (mild && (lex.injuryNouns.contains(n) || n.equals("condition"))) return x + 1;
            }
            return k;
        }

        private static final java.util.Set<String> SURVIVABLE_OPENERS = java.util.Set.of("with", "for", "in");
        private static final java.util.Set<String> MILD = java.util.Set.of("minor", "stable", "fair", "good", "superficial");

        /**
         * Whether the casualty word {@code c} read at {@code j} ("fatally") opens a longer verb in the present tense
         * ("fatally shoots"): the subject before it did the shooting (English).
         */
        private boolean presentVerbAfter(int j, PhraseSet.Match<Lexicon.Cue> c) {
            if (!lex.language.equals("en")) return false;
            PhraseSet.Match<Lexicon.Cue> verb = lex.before.match(t, j);
            return verb != null && verb.end() > c.end() && PRESENT.matcher(t.get(verb.end() - 1).norm()).matches();
        }

        private static final Pattern PRESENT = Pattern.compile("\\p{L}+[^s]s");

        /** Whether an object follows a casualty verb at {@code k}, so the verb is active ("killed his wife"). */
        private boolean activeObject(int k) {
            if (k >= t.size() || !t.get(k).word()) return false;
            String n = t.get(k).norm();
            if (lex.articles.contains(n) || lex.objects.contains(n) || isPerson(k)) return true;
            if (lex.language.equals("en") && k > 0 && !t.get(k - 1).capitalised() && nameWords(k) >= 2) return true; // "fatally shot Earnest Sneed"
            return NumberWords.span(t, k, lex) != null || lex.vague.match(t, k) != null;
        }

        /** Capitalised words from {@code k} that may make a person's name (not a month, weekday, time or preposition), at most 4. */
        private int nameWords(int k) {
            int names = 0;
            while (k < t.size() && t.get(k).word() && t.get(k).capitalised() && !lex.months.contains(t.get(k).norm())
                    && !lex.timeWords.contains(t.get(k).norm()) && !lex.weekdays.contains(t.get(k).norm())
                    && !lex.breaks.contains(t.get(k).norm()) && names < 4) { k++; names++; }
            return names;
        }

        /** A singular person noun ("son", "boyfriend"), not a pronoun-like entry. */
        private boolean singularNoun(int k) {
            if (!t.get(k).word()) return false;
            String n = t.get(k).norm();
            return lex.persons.containsKey(n) && !plural(n) && !lex.functionWords.contains(n) && !n.equals("other");
        }

        /** Whether a person noun is plural ("victims", "men", "children"): a form whose canonical differs and looks plural. */
        private boolean plural(String n) {
            String p = lex.persons.get(n);
            if (p == null || p.equals(n)) return false;
            if (!lex.language.equals("en")) return true;
            return n.endsWith("s") || n.endsWith("men") || n.equals("children") || n.equals("people") || n.equals("police");
        }

        /** A singular person noun or an age used as one: "Toddler shot", "3-year-old shot in South Toledo". */
        private boolean singularPerson(int i) {
            Token x = t.get(i);
            if (!x.word()) return false;
            if (i > 0 && t.get(i - 1).word() && NumberWords.span(t, i - 1, lex) != null) return false;
            String n = x.norm();
            if (lex.persons.containsKey(n)) return !plural(n) && !lex.functionWords.contains(n) && !n.equals("other") && !n.equals("them");
            return AGE.matcher(n).matches();
        }

        private static final java.util.Set<String> TRANSPORT_VERBS = java.util.Set.of("taken", "transported", "rushed", "treated",
                "airlifted", "flown", "driven", "brought", "carried", "dropped", "showed", "arrived", "walked", "drove", "went");
        /** Words between a way to hospital and its preposition: "dropped off at", "showed up at", "drove himself to". */
        private static final java.util.Set<String> TRANSPORT_PARTICLES = java.util.Set.of("off", "up", "himself", "herself",
                "themselves", "by");
        private static final java.util.Set<String> TRANSPORT_PREPOSITIONS = java.util.Set.of("to", "at", "into");
        private static final java.util.Set<String> CARE_PLACES = java.util.Set.of("hospital", "hospitals", "center", "centre", "room");
        private static final java.util.Set<String> CARE_QUALIFIERS = java.util.Set.of("medical", "trauma", "emergency", "burn", "health");

        /**
         * A transport to a named place of care (English): "taken to St. Mary's Hospital", "transported to Johnson City
         * Medical Center", "flown to a trauma center". Read like "taken to the hospital" (injured, maybe the one who died).
         */
        private PhraseSet.Match<Lexicon.Cue> transportClause(int j) {
            if (!lex.language.equals("en") || j + 2 >= t.size() || !TRANSPORT_VERBS.contains(t.get(j).norm())) return null;
            int k = j + 1;
            if (k + 1 < t.size() && t.get(k).norm().equals("by") && t.get(k + 1).word()) k += 2;   // "by ambulance"
            else if (k < t.size() && TRANSPORT_PARTICLES.contains(t.get(k).norm())) k++;        // "dropped off at"
            if (k >= t.size() || !TRANSPORT_PREPOSITIONS.contains(t.get(k).norm())) return null;
            for (int x = k + 1; x < t.size() && x <= k + 8; x++) {
                Token y = t.get(x);
                String n = y.norm();
                if (n.equals("hospital") || n.equals("hospitals")
                        || CARE_PLACES.contains(n) && CARE_QUALIFIERS.contains(t.get(x - 1).norm())) {
                    return new PhraseSet.Match<>(x + 1, new Lexicon.Cue(FigureKind.INJURED, true));
                }
                boolean nameWord = y.word() && (y.capitalised() || OBJECT_DETERMINERS.contains(n) || n.equals("of")
                        || n.equals("area") || n.equals("local") || n.equals("nearby") || CARE_QUALIFIERS.contains(n));
                if (!nameWord && !n.equals(".") && !n.equals("'") && !n.equals("-")) return null;
            }
            return null;
        }

        /** "suffered a gunshot wound", "sustained non-life-threatening injuries", "suffered fatal wounds". */
        private PhraseSet.Match<Lexicon.Cue> injuryClause(int j) { return injuryClause(j, false); }

        /** With {@code with}, also "with serious injuries" (after a count of several people only). */
        private PhraseSet.Match<Lexicon.Cue> injuryClause(int j, boolean with) {
            if (j >= t.size() || !(lex.injuryVerbs.contains(t.get(j).norm()) || with && t.get(j).norm().equals("with"))) return null;
            boolean fatal = false;
            for (int k = j + 1; k < t.size() && k <= j + 5 && t.get(k).word(); k++) {
                String n = t.get(k).norm();
                if (lex.fatalWords.contains(n)) fatal = true;
                if (lex.injuryNouns.contains(n)) return new PhraseSet.Match<>(k + 1, new Lexicon.Cue(fatal ? FigureKind.KILLED : FigureKind.INJURED, false));
            }
            return null;
        }

        private boolean isPerson(int k) {
            Token x = t.get(k);
            if (lex.isPerson(x.norm())) return true;
            if (lex.language.equals("en") && (AGE.matcher(x.norm()).matches() || AGES.matcher(x.norm()).matches())) return true; // "a 5-year-old", "two 17-year-olds"
            // capitalised demonyms: "an American", "two Iraqis"
            String n = x.norm();
            return x.capitalised() && lex.language.equals("en") && k > 0
                    && (n.endsWith("ian") || n.endsWith("ians") || n.endsWith("can") || n.endsWith("cans") || n.endsWith("ese")
                    || n.endsWith("qi") || n.endsWith("qis") || n.endsWith("ani") || n.endsWith("anis"));
        }

        private void mark(int from, int to) {
            for (int k = from; k < to && k < used.length; k++) used[k] = true;
        }

        private void add(int from, int to, FigureKind kind, Integer min, Integer max, boolean approx, String object) {
            if (kind == FigureKind.KILLED && min != null && min == 1 && max != null && max == 1 && from > 0 && !used[from - 1]
                    && lex.language.equals("en") && ordinal(t.get(from - 1).norm()) > 1
                    && !(from > 1 && t.get(from - 2).norm().equals("the"))) from--;   // "Third victim dies", not "the fifth man" of a list
            if (min != null && min == 1 && from > 0 && !used[from - 1] && lex.language.equals("en")
                    && t.get(from - 1).norm().equals("also") && lex.singular.match(t, from) != null) from--;   // "also was injured": one more
            int s = t.get(from).start(), e = t.get(to - 1).end();
            out.add(new Figure(s, e, text.substring(s, e), kind, min, max, approx, object));
        }
    }
}
