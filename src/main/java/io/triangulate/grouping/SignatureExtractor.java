package io.triangulate.grouping;

import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.EventMention;
import io.triangulate.model.Figure;
import io.triangulate.model.FigureKind;
import io.triangulate.model.Place;
import io.triangulate.model.PlaceMention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an analysed article into a {@link Signature}, updating the stream's document frequencies. */
final class SignatureExtractor {
    private static final Pattern STREET = Pattern.compile(
            "\\b((?:\\d{1,3}(?:st|nd|rd|th)|\\p{Lu}[\\p{L}'’]+)(?:\\s+\\p{Lu}[\\p{L}'’]+)?)\\s+"
                    + "(?:Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Drive|Dr\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Court|Ct\\.?"
                    + "|Place|Parkway|Pkwy\\.?|Highway|Hwy\\.?|Terrace|Circle|Way|Trail|Pike|Square)\\b");
    private static final Pattern BLOCK = Pattern.compile("\\b(\\d{2,5})\\s+block\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGE = Pattern.compile(
            "\\b(\\d{1,2})(?:-year-old|\\s+years?\\s+old|\\s*ans\\b|\\s*años\\b|-?jährige|\\s*Jahre\\s+alt|\\s*anni\\b|\\s*jaar\\b|\\s*(?:عاما|عامًا|سنة|عام))"
                    + "|\\b(?:aged|age|âgée?|de|di|van|im Alter von)\\s+(\\d{1,2})\\b(?=\\s*(?:,|\\.|\\)|ans|años|anni|jaar|Jahren))"
                    + "|\\p{Lu}\\p{L}+,\\s+(\\d{1,2}),");
    private static final Pattern AGES = Pattern.compile(
            "\\b(?:ages|aged|âgés de|de|di|van)\\s+(\\d{1,2}(?:\\s*(?:,|and|et|y|e|und|en)\\s*\\d{1,2})+)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** A sum of money: "$2.6 million", "£74m", "€ 40,000", "2 million euros", "deux millions d'euros". */
    private static final Pattern MONEY = Pattern.compile(
            "(?<c1>US\\$|\\$|£|€)\\s?(?<n1>\\d[\\d,]*(?:\\.\\s?\\d+)?)(?:\\s*-?\\s*(?<m1>million|billion|thousand|mn|bn|m|b)\\b)?"
                    + "|\\b(?<n2>\\d[\\d,]*(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\\s*-?\\s*"
                    + "(?<m2>million|billion|thousand|millions?|milliards?|Millionen|Milliarden|millones|milioni)?\\s*-?\\s*(?:de\\s+|d'|di\\s+)?"
                    + "(?<c2>euros?|Euro|dollars?|Dollar|dólares|pounds?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> SMALL = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private final Vocabulary vocab;
    private final SourceProfiles sources = new SourceProfiles(5000, 20000);
    private final int maxTextDims;
    private final int indexTerms;

    SignatureExtractor(Vocabulary vocab, int maxTextDims, int indexTerms) {
        this.vocab = vocab;
        this.maxTextDims = maxTextDims;
        this.indexTerms = indexTerms;
    }

    Signature extract(AnalysedArticle a) {
        String title = a.article().title() == null ? "" : a.article().title();
        String body = a.text() == null ? a.article().text() : a.text();

        // --- text channel
        Map<Integer, Integer> tf = new HashMap<>();
        Map<Integer, Integer> ttf = new HashMap<>();
        for (String t : Tokenizer.tokens(title)) {
            int id = vocab.id("w:" + t);
            tf.merge(id, 2, Integer::sum);
            ttf.merge(id, 1, Integer::sum);
        }
        for (String t : Tokenizer.tokens(body)) tf.merge(vocab.id("w:" + t), 1, Integer::sum);

        // --- key channel
        Map<Integer, Integer> ktf = new HashMap<>();
        Map<Integer, Double> kboost = new HashMap<>();
        String all = title + "\n" + body;
        Set<String> names = NameKeys.of(all);
        for (String k : names) ktf.merge(vocab.id("n:" + k), 1, Integer::sum);
        Set<Integer> streets = new TreeSet<>();
        Matcher m = STREET.matcher(all);
        while (m.find()) {
            StringBuilder key = new StringBuilder();
            for (String w : m.group(1).split("\\s+")) {
                String k = Character.isDigit(w.charAt(0)) ? w.replaceAll("\\D", "") : NameKeys.key(w);
                if (k != null) key.append(k).append(' ');
            }
            if (key.isEmpty()) continue;
            int id = vocab.id("s:" + key.toString().trim());
            streets.add(id);
            ktf.merge(id, 1, Integer::sum);
            kboost.put(id, 2.0);
        }
        m = BLOCK.matcher(all);
        while (m.find()) {
            int id = vocab.id("b:" + m.group(1));
            streets.add(id);
            ktf.merge(id, 1, Integer::sum);
            kboost.put(id, 1.5);
        }
        Set<Integer> ages = new TreeSet<>();
        m = AGE.matcher(all);
        while (m.find()) {
            String g = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            int age = Integer.parseInt(g);
            if (age < 1 || age > 99) continue;
            ages.add(age);
            ktf.merge(vocab.id("a:" + age), 1, Integer::sum);
        }
        m = AGES.matcher(all);
        while (m.find()) {
            Matcher d = NUMBER.matcher(m.group(1));
            while (d.find()) {
                int age = Integer.parseInt(d.group());
                if (age < 1 || age > 99) continue;
                if (ages.add(age)) ktf.merge(vocab.id("a:" + age), 1, Integer::sum);
            }
        }
        Map<Long, Signature.GeoPoint> places = new LinkedHashMap<>();
        for (PlaceMention pm : a.places()) {
            if (pm.demonym() || pm.place() == null) continue;
            Place p = pm.place();
            int id = vocab.id("p:" + p.geonamesId());
            ktf.merge(id, 1, Integer::sum);
            if (p.kind() == Place.Kind.CITY) {
                kboost.put(id, 1.5);
                places.putIfAbsent(p.geonamesId(), new Signature.GeoPoint(p.geonamesId(), p.lat(), p.lon()));
            } else {
                kboost.put(id, 0.3);
            }
        }

        // --- main event: date, figures
        EventMention main = null;
        for (EventMention e : a.events()) if (e.role() == EventMention.Role.MAIN) { main = e; break; }
        LocalDate pub = a.published() != null ? a.published() : a.article().published();
        int date = Signature.NO_DATE;
        boolean explicit = false;
        if (main != null && main.date() != null) {
            date = (int) main.date().toEpochDay();
            // a day read from the text of an undated article (year, week guessed) is evidence, never a contradiction
            explicit = main.dateText() != null && a.article().published() != null;
        } else if (pub != null) {
            date = (int) pub.toEpochDay();
        }
        Signature.GeoPoint where = null;
        if (main != null && main.location() != null && main.location().place() != null && !main.location().demonym()) {
            Place p = main.location().place();
            if (p.kind() == Place.Kind.CITY) where = new Signature.GeoPoint(p.geonamesId(), p.lat(), p.lon());
            if (p.kind() == Place.Kind.CITY)
                places.putIfAbsent(p.geonamesId(), new Signature.GeoPoint(p.geonamesId(), p.lat(), p.lon()));
            int id = vocab.id("p:" + p.geonamesId());
            ktf.merge(id, 2, Integer::sum);
            kboost.merge(id, 2.0, Math::max);
        }
        List<Figure> figures = main != null && !main.figures().isEmpty() ? main.figures() : a.figures();
        Integer killed = figure(figures, FigureKind.KILLED), injured = figure(figures, FigureKind.INJURED);

        // --- weights
        Set<Integer> distinct = new LinkedHashSet<>(tf.keySet());
        distinct.addAll(ktf.keySet());
        vocab.countDocument(distinct);
        Set<Integer> boiler = sources.observe(a.article().source(), distinct);
        tf.keySet().removeAll(boiler);
        ktf.keySet().removeAll(boiler);
        ttf.keySet().removeAll(boiler);
        Map<Integer, Double> tw = new HashMap<>();
        tf.forEach((id, c) -> tw.put(id, (1 + Math.log(c)) * vocab.idf(id)));
        Map<Integer, Double> kw = new HashMap<>();
        ktf.forEach((id, c) -> kw.put(id, (1 + Math.log(c)) * vocab.idf(id) * kboost.getOrDefault(id, 1.0)));
        SparseVector text = SparseVector.of(tw, maxTextDims);
        SparseVector keys = SparseVector.of(kw, 64);
        Map<Integer, Double> tt = new HashMap<>();
        ttf.forEach((id, c) -> tt.put(id, vocab.idf(id)));
        SparseVector titleVec = SparseVector.of(tt, 32);
        long rareDf = 3 + vocab.documents() / 5000;
        int[] rare = java.util.Arrays.stream(keys.ids()).filter(id -> vocab.df(id) <= rareDf).toArray();

        List<Integer> index = new ArrayList<>();
        tw.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue(), x.getValue())).limit(indexTerms)
                .forEach(e -> index.add(e.getKey()));
        for (int id : keys.ids()) if (!index.contains(id)) index.add(id); // every language-independent key

        return new Signature(a.id(), a.language(), date, explicit, text, keys,
                index.stream().mapToInt(Integer::intValue).toArray(), places.values().toArray(new Signature.GeoPoint[0]),
                killed, injured, ages.stream().mapToInt(Integer::intValue).toArray(),
                streets.stream().mapToInt(Integer::intValue).toArray(), titleVec, rare, a.article().published() != null, where,
                amounts(all), a.article().published() != null ? (int) a.article().published().toEpochDay() : Signature.NO_DATE);
    }

    /** Whether the text has a currency sign or word, without which {@link #MONEY} cannot match. */
    static boolean namesCurrency(String text) {
        if (text.indexOf('$') >= 0 || text.indexOf('£') >= 0 || text.indexOf('€') >= 0) return true;
        String t = text.toLowerCase(java.util.Locale.ROOT);
        return t.contains("euro") || t.contains("dollar") || t.contains("dólar") || t.contains("pound");
    }

    /** Sums of money of at least 100,000 in dollars, pounds or euros, each {@link Signature#amount encoded}, sorted. */
    static long[] amounts(String text) {
        if (!namesCurrency(text)) return new long[0]; // most texts name no money: skip the pattern's search
        Set<Long> out = new TreeSet<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            String n = (m.group("n1") != null ? m.group("n1") : m.group("n2")).toLowerCase(java.util.Locale.ROOT).replace(",", "").replace(" ", "");
            double v;
            int small = SMALL.indexOf(n);
            if (small >= 0) v = small + 1;
            else {
                try { v = Double.parseDouble(n); } catch (NumberFormatException e) { continue; }
            }
            String mul = m.group("m1") != null ? m.group("m1") : m.group("m2");
            if (mul != null) {
                mul = mul.toLowerCase(java.util.Locale.ROOT);
                v *= mul.startsWith("th") ? 1e3 : mul.startsWith("b") || mul.startsWith("milliard") ? 1e9 : 1e6;
            }
            if (v < 100_000 || v > 1e15) continue; // small sums (a reward, a fine) differ between the reports of one event
            String c = (m.group("c1") != null ? m.group("c1") : m.group("c2")).toLowerCase(java.util.Locale.ROOT);
            int currency = c.contains("$") || c.startsWith("dol") ? 1 : c.equals("£") || c.startsWith("pound") ? 2 : 3;
            out.add(Signature.amount(currency, v));
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static Integer figure(List<Figure> figures, FigureKind kind) {
        for (Figure f : figures) if (f.kind() == kind && f.value() != null) return f.value();
        return null;
    }
}
