package io.triangulate.reconcile;

import io.triangulate.analysis.figures.FigureExtractor;
import io.triangulate.model.Figure;
import io.triangulate.model.FigureKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * <b>People shot are the dead and the wounded together: shot = killed + injured.</b> The one arithmetic rule behind
 * every cross-report figure rule that moves a count between people shot, the dead and the wounded (docs/reconciliation.md
 * §3), written once here:
 * <ul>
 *   <li>{@link #wounded}: the wounded among people shot, given the dead (shot − killed, at least 0);</li>
 *   <li>{@link #hit}: everyone hit, the dead and the wounded together (killed + injured);</li>
 * </ul>
 * and the rules that read one report's count of people shot against another report's dead
 * ({@link #lessTheDead}, {@link #shotTotalOfOthers}, {@link #shotCalledInjured}). Within one article
 * {@link FigureExtractor#tally} applies the same rule; {@link Reconciler} (the wounded who died since, an injured count
 * that falls because the wounded died) and {@link DayApart} (victims' totals) compare reports by {@link #hit}.
 */
final class PeopleShot {
    private PeopleShot() {}

    /** The wounded among {@code shot} people of whom {@code killed} died: shot − killed, never below 0. */
    static int wounded(int shot, int killed) { return Math.max(0, shot - killed); }

    /** Everyone hit: the dead and the wounded together. */
    static long hit(long killed, long injured) { return killed + injured; }

    /**
     * The report's injured count is its count of people shot ("Seven people were shot"), said while the report
     * gives no figure of the dead at all, beside some of them spoken of as hurt ("three of the injured drove
     * themselves to hospital"): when another report's dead and injured add up to it, the dead are among them
     * ({@link #shotTotalOfOthers}).
     */
    static boolean shotCount(Figures.Given f, List<Figure> figures) {
        Figure said = f.figure();
        return said.kind() == FigureKind.INJURED && Objects.equals(said.value(), f.value())
                && figures.stream().noneMatch(x -> x.kind() == FigureKind.KILLED)
                && FigureExtractor.tally(List.of(said)).shotOnly();
    }

    /**
     * The shot counts said beside some of their report's hurt ({@link #shotCount}) that another report's dead and
     * injured add up to ("Seven people were shot" beside "One killed, 6 wounded"): those count the dead too.
     */
    static List<Claim> shotTotalOfOthers(List<Claim> injured, Set<Claim> beside, List<Claim> killed) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : injured) {
            if (!beside.contains(c) || c.min() == null) continue;
            boolean sum = killed.stream().anyMatch(k -> !k.article().equals(c.article()) && k.min() != null && k.min() > 0
                    && injured.stream().anyMatch(i -> i.article().equals(k.article()) && i.min() != null
                            && hit(k.min(), i.min()) == c.min()));
            if (sum) out.add(c);
        }
        return out;
    }

    /**
     * People shot include the dead: an article that counts people shot ("three people were shot") and says
     * nothing of deaths gives, once other reports establish the dead, shot − killed injured ("three shot",
     * elsewhere "one of them died" → 2 injured), as {@code FigureExtractor.summarise} does within one article.
     * The claims made are added to {@code shot}: still counts of people shot, the dead already out of them.
     */
    static List<Claim> lessTheDead(List<Claim> injured, Set<Claim> shot, int killed) {
        List<Claim> out = new ArrayList<>(injured.size());
        for (Claim c : injured) {
            if (!shot.contains(c) || c.min() == null) { out.add(c); continue; }
            Claim less = c.counting(wounded(c.min(), killed), c.max() == null ? null : wounded(c.max(), killed));
            shot.add(less);
            out.add(less);
        }
        return out;
    }

    /**
     * A stated injured count equal to the number shot that another report gives with the dead among them
     * ("Four shot, one killed" → 3 injured, elsewhere "One killed, four injured") counts the dead with the
     * wounded: it is read as people shot, less the dead. Not when its own report counts the shot as the
     * wounded and the dead together ("1 dead, 4 injured" beside "five people were shot"): there the wounded are
     * the four.
     *
     * @param shotTotals injured claims derived from people shot → the number shot
     * @param ownShot    an injured claim → the other counts of wounded its report gives
     */
    static List<Claim> shotCalledInjured(List<Claim> injured, Map<Claim, Integer> shotTotals, Map<Claim, Set<Integer>> ownShot,
                                         int killed) {
        List<Claim> out = new ArrayList<>(injured.size());
        for (Claim c : injured) {
            boolean same = !shotTotals.containsKey(c) && c.min() != null && c.min().equals(c.max())
                    && !ownShot.getOrDefault(c, Set.of()).contains((int) hit(killed, c.min())) && shotTotals.entrySet().stream()
                    .anyMatch(e -> !e.getKey().article().equals(c.article()) && e.getValue().equals(c.min())
                            && e.getKey().min() != null && hit(killed, e.getKey().min()) == c.min());
            if (!same) { out.add(c); continue; }
            int v = wounded(c.min(), killed);
            out.add(c.counting(v, v));
        }
        return out;
    }
}
