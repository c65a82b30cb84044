package io.triangulate.reconcile;

import io.triangulate.model.Figure;
import io.triangulate.model.FigureKind;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One article's figure per kind for one event: the largest exact count given (several sentences
 * often repeat or refine it), a bound when only bounds are given, zero only when nothing larger is said.
 */
final class Figures {
    private Figures() {}

    static Map<FigureKind, Figure> perKind(List<Figure> figures) {
        Map<FigureKind, Figure> best = new EnumMap<>(FigureKind.class);
        for (Figure f : figures) {
            if (f.kind() == FigureKind.WEAPON || f.kind() == FigureKind.OTHER || f.value() == null) continue;
            Figure b = best.get(f.kind());
            if (b == null || rank(f) > rank(b)) best.put(f.kind(), f);
        }
        return best;
    }

    private static long rank(Figure f) {
        long v = f.value();
        return (f.exact() ? 1L << 40 : 0) + v;
    }
}
