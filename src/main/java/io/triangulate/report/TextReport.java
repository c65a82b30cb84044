package io.triangulate.report;

import io.triangulate.model.AnalysisResult;
import io.triangulate.model.ArticleSummary;
import io.triangulate.model.Event;
import io.triangulate.model.Evidence;
import io.triangulate.model.Fact;
import io.triangulate.model.FactStatus;
import io.triangulate.model.FactValue;
import io.triangulate.model.Location;
import io.triangulate.model.Story;
import io.triangulate.model.Warning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The readable report of {@code analyze --format text}: per story its articles, per event a line of
 * what, when, where and how many, a side-by-side table of sources and fields with conflicts and updates
 * marked, and the sentences on each side of every conflict or update.
 */
public final class TextReport {
    private static final int CELL = 24;

    private TextReport() {}

    public static String render(AnalysisResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Triangulate: %d article%s, %d stor%s, %d event%s%s%n",
                r.articles().size(), r.articles().size() == 1 ? "" : "s",
                r.stories().size(), r.stories().size() == 1 ? "y" : "ies",
                r.events().size(), r.events().size() == 1 ? "" : "s",
                r.warnings().isEmpty() ? "" : ", " + r.warnings().size() + " input(s) skipped"));
        Map<String, ArticleSummary> articles = new HashMap<>();
        for (ArticleSummary a : r.articles()) articles.put(a.id(), a);
        Map<String, Event> events = new HashMap<>();
        for (Event e : r.events()) events.put(e.id(), e);
        for (Story s : r.stories()) {
            sb.append('\n').append("═".repeat(78)).append('\n');
            sb.append("STORY ").append(s.id()).append(" · ").append(s.articles().size()).append(" article")
                    .append(s.articles().size() == 1 ? "" : "s").append('\n');
            for (String id : s.articles()) {
                ArticleSummary a = articles.get(id);
                if (a == null) continue;
                sb.append("  ").append(pad(a.id(), 22)).append(' ')
                        .append(a.published() == null ? "undated   " : a.published().toString()).append(' ')
                        .append(a.language() == null ? "??" : a.language()).append("  ")
                        .append(a.source() == null ? "" : a.source() + " · ")
                        .append(a.title() == null ? "" : clip(a.title(), 50)).append('\n');
            }
            for (String eid : s.events()) {
                Event e = events.get(eid);
                if (e != null) event(sb, e);
            }
        }
        if (!r.warnings().isEmpty()) {
            sb.append("\nSkipped inputs\n");
            for (Warning w : r.warnings()) sb.append("  ").append(w.input()).append(": ").append(w.message()).append('\n');
        }
        return sb.toString();
    }

    private static void event(StringBuilder sb, Event e) {
        sb.append('\n').append("  ").append(e.id()).append(" · ").append(e.role().toUpperCase(Locale.ROOT)).append(" · ")
                .append(e.type()).append(" · ").append(e.date() == null ? "date unknown" : e.date()).append(" · ")
                .append(place(e.location())).append('\n');
        sb.append("    killed ").append(e.killed() == null ? "?" : e.killed())
                .append(" · injured ").append(e.injured() == null ? "?" : e.injured())
                .append(" · reported by ").append(String.join(", ", e.articles())).append('\n');
        List<String> cols = e.articles().size() > 4 ? e.articles().subList(0, 4) : e.articles();
        sb.append("    ").append(pad("field", 10));
        for (String a : cols) sb.append(pad(clip(a, CELL - 2), CELL));
        sb.append(pad("status", 10)).append("independent sources of the first value\n");
        for (Fact f : e.facts()) {
            Map<String, String> byArticle = new LinkedHashMap<>();
            for (FactValue v : f.values()) {
                String shown = v.value() + (v.count() != null ? " ×" + v.count() : "");
                for (String a : v.articles()) byArticle.merge(a, shown, (x, y) -> x + "; " + y);
            }
            sb.append("    ").append(pad(f.field(), 10));
            for (String a : cols) sb.append(pad(clip(byArticle.getOrDefault(a, "—"), CELL - 2), CELL));
            sb.append(pad(f.status() == FactStatus.CONFLICT ? "CONFLICT" : f.status() == FactStatus.UPDATED ? "UPDATED" : f.status().json(), 10));
            if (!f.values().isEmpty()) {
                FactValue top = f.values().get(0);
                sb.append(String.format(Locale.ROOT, "%d src, conf %.2f", top.sources().size(), top.confidence()));
            }
            sb.append('\n');
        }
        if (e.articles().size() > cols.size()) sb.append("    (+").append(e.articles().size() - cols.size()).append(" more articles)\n");
        for (Fact f : e.facts()) {
            if (f.status() != FactStatus.CONFLICT && f.status() != FactStatus.UPDATED) continue;
            sb.append("    ! ").append(f.field()).append(' ').append(f.status() == FactStatus.CONFLICT ? "conflict" : "updated")
                    .append(f.reconciled() == null ? " (open)" : " → " + shownReconciled(f)).append('\n');
            for (FactValue v : f.values()) {
                for (Evidence ev : v.evidence()) {
                    sb.append("      ").append(v.value()).append(v.count() != null ? " ×" + v.count() : "")
                            .append(" — ").append(ev.article()).append(who(ev)).append(": “")
                            .append(clip(ev.text().replaceAll("\\s+", " "), 140)).append("”\n");
                }
            }
        }
    }

    private static String shownReconciled(Fact f) {
        for (FactValue v : f.values()) if (v.value().equals(f.reconciled())) return v.value();
        return f.values().isEmpty() ? f.reconciled() : f.values().get(0).value();
    }

    private static String who(Evidence ev) {
        if (ev.attribution() == null || ev.attribution().speaker() == null) return "";
        return " (" + ev.attribution().speaker() + (ev.attribution().via() != null ? " via " + ev.attribution().via() : "") + ")";
    }

    private static String place(Location l) {
        if (l == null) return "place unknown";
        List<String> parts = new ArrayList<>();
        parts.add(l.name());
        if (l.admin1() != null && !l.admin1().equals(l.name())) parts.add(l.admin1());
        parts.add(l.country());
        return String.join(", ", parts) + String.format(Locale.ROOT, " (%.2f, %.2f)", l.lat(), l.lon());
    }

    private static String pad(String s, int n) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < n) sb.append(' ');
        return sb.toString();
    }

    private static String clip(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "…"; }
}
