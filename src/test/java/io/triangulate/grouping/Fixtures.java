package io.triangulate.grouping;

import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;
import io.triangulate.model.EventType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Loads the test fixtures (written for these tests) as minimally analysed articles. */
final class Fixtures {
    private Fixtures() {}

    /** Reads {@code /grouping/<dir>/<name>.txt}: first line {@code date YYYY-MM-DD}; language from the name's suffix. */
    static Article article(String dir, String name) {
        String res = "/grouping/" + dir + "/" + name + ".txt";
        try (InputStream in = Fixtures.class.getResourceAsStream(res)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + res);
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int nl = s.indexOf('\n');
            LocalDate date = LocalDate.parse(s.substring(0, nl).trim().substring(5).trim());
            String lang = name.contains("-") && name.substring(name.lastIndexOf('-') + 1).matches("[a-z]{2}")
                    ? name.substring(name.lastIndexOf('-') + 1) : "en";
            return new Article(name, null, null, null, date, lang, s.substring(nl + 1).trim(), res);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AnalysedArticle minimal(Article a) {
        return new AnalysedArticle(a, a.text(), a.language(), a.published(), false, List.of(), List.of(), List.of(),
                List.of(), EventType.OTHER, List.of());
    }

    static List<AnalysedArticle> load(String dir, String... names) {
        List<AnalysedArticle> out = new ArrayList<>();
        for (String n : names) out.add(minimal(article(dir, n)));
        out.sort(Comparator.comparing(AnalysedArticle::published));
        return out;
    }
}
