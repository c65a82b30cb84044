package io.triangulate.analysis.figures;

import io.triangulate.model.Figure;
import io.triangulate.model.FigureKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Victims introduced one by one (English): each singular figure whose subject is an indefinite noun phrase
 * ("a 19-year-old woman was hit in the knee", "a man was pronounced dead") introduces a person; a definite
 * one ("the boy was taken to a hospital") refers back to someone already counted. Two introductions are one
 * person when their head nouns are equal and their ages, when both say one, too (a headline's "A man was
 * shot" and the lead's "a 25-year-old man was shot and killed"). A person is dead when any of its figures
 * says killed, or a death without a subject of its own follows its introduction ("a man was shot … and
 * was pronounced dead").
 */
final class Victims {
    /** "a|an [descriptor…] head" then a verb or auxiliary. */
    private static final Pattern INTRO = Pattern.compile(
            "(?iu)^an?\\s+((?:[\\p{L}\\d'-]+\\s+){0,3}?)([\\p{L}\\d-]+)\\s+(?:was|is|has|had|remains|remained|died|dies|suffered|sustained|got|later)\\b.*");
    /** A death without a subject of its own: said of the person just introduced. */
    private static final Pattern SUBJECTLESS = Pattern.compile("(?iu)(?:was|is|has|had|later|and)\\b");
    /** Characters between an introduction and a subjectless death that still speaks of it (one clause). */
    private static final int NEAR = 40;
    /** Words that make an introduction another person than those before: "an adult was also shot and killed". */
    private static final Pattern ALSO = Pattern.compile("(?iu)\\b(?:also|another|second|third|fourth|fifth)\\b");
    /** An age: "5-year-old", "five-year-old", and as often written "5-year old", "5 year old". */
    private static final Pattern AGE = Pattern.compile("(?iu)\\b(\\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ](?:year|month|week)s?[- ]old\\b");

    /** One person: head noun, age (or null), dead. */
    private record Person(String head, String age, boolean dead) {}

    private static final java.util.Set<String> MALE = java.util.Set.of("man", "boy", "male", "son", "father", "husband",
            "brother", "boyfriend", "uncle", "grandfather", "nephew", "stepfather", "teenage boy", "gentleman");
    private static final java.util.Set<String> FEMALE = java.util.Set.of("woman", "girl", "female", "daughter", "mother",
            "wife", "sister", "girlfriend", "aunt", "grandmother", "niece", "stepmother", "lady", "mom");

    /** Children and adults: "a woman was shot … a child was struck" are two people. */
    private static final java.util.Set<String> CHILDREN = java.util.Set.of("boy", "girl", "child", "toddler", "baby", "infant");
    private static final java.util.Set<String> ADULTS = java.util.Set.of("man", "woman", "husband", "wife", "mother", "father", "adult");

    private Victims() {}

    /** Whether two head nouns may name one person: not of different sexes, not a child and an adult. */
    static boolean compatible(String a, String b) {
        int ga = gender(a), gb = gender(b);
        if (ga != 0 && gb != 0 && ga != gb) return false;
        return !(CHILDREN.contains(a) && ADULTS.contains(b) || ADULTS.contains(a) && CHILDREN.contains(b));
    }

    /** 1 male, 2 female, 0 unknown ("teen", "child", "victim", "person"): people of different sexes are two. */
    static int gender(String head) {
        return MALE.contains(head) ? 1 : FEMALE.contains(head) ? 2 : 0;
    }

    /** [people dead, people hurt and alive] among the indefinite singular victims of the figures. */
    static int[] count(List<Figure> figures) {
        List<Person> people = new ArrayList<>();
        int last = -1, lastEnd = 0;                                       // the person a subjectless figure speaks of
        for (Figure f : figures) {
            if (!Integer.valueOf(1).equals(f.value()) || f.kind() != FigureKind.KILLED && f.kind() != FigureKind.INJURED) continue;
            Matcher m = INTRO.matcher(f.text());
            if (!m.matches()) {
                if (f.kind() == FigureKind.KILLED && last >= 0 && f.start() - lastEnd <= NEAR
                        && SUBJECTLESS.matcher(f.text()).lookingAt()) {                  // "… and was pronounced dead"
                    Person p = people.get(last);
                    people.set(last, new Person(p.head(), p.age(), true));
                }
                continue;
            }
            String head = m.group(2).toLowerCase(Locale.ROOT);
            Matcher a = AGE.matcher(m.group(1) + head);
            String age = a.find() ? a.group(1).toLowerCase(Locale.ROOT) : null;
            if (AGE.matcher(head).matches()) head = "person";                  // "a 17-year-old was wounded"
            boolean dead = f.kind() == FigureKind.KILLED;
            int same = -1;
            boolean more = ALSO.matcher(f.text()).find();                    // "an adult was also shot": someone else
            for (int i = 0; i < people.size() && !more; i++) {
                Person p = people.get(i);
                boolean heads = compatible(p.head(), head);
                if (heads && (p.age() == null || age == null || p.age().equals(age))) { same = i; break; }
            }
            lastEnd = f.end();
            if (same < 0) { people.add(new Person(head, age, dead)); last = people.size() - 1; }
            else {
                last = same;
                Person p = people.get(same);
                people.set(same, new Person(p.head().equals("person") ? head : p.head(), p.age() == null ? age : p.age(), p.dead() || dead));
            }
        }
        int dead = 0;
        for (Person p : people) if (p.dead()) dead++;
        return new int[]{dead, people.size() - dead};
    }
}
