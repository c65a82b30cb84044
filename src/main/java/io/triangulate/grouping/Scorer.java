package io.triangulate.grouping;

import java.util.Arrays;
import java.util.List;

/**
 * Scores whether two articles report the same event: a linear model over pair features (text cosine and
 * cosine over language-independent keys, each split by whether the languages agree; nearness and distance
 * of resolved places; gap between event dates; shared or contradicting streets, ages and figures).
 * The weights were fitted by logistic regression on pairs from the tuning part of the gold data (gva and
 * ecbplus, fully analysed; see {@code PairDump} and {@code TuneGrouping} in the tests); the score is the log-odds
 * that the pair is one event. The gold data holds no pair across languages, so the cross-language weights
 * ({@code textCosX}, {@code keyCosX}, {@code rareSharedX}) are priors set by hand, checked on the project's own
 * multilingual fixtures; features absent from the data (near/far places before extraction landed) likewise.
 */
final class Scorer {
    /** Feature names, in order. */
    static final List<String> FEATURES = List.of(
            "textCos", "keyCos", "textCosX", "keyCosX", "nearPlace", "farPlace", "sameDay", "nextDay", "gapDays",
            "dateConflict", "sharedStreet", "streetConflict", "sharedAges", "ageConflict", "killedDiffer",
            "injuredDiffer", "figuresAgree", "streetAndAgeConflict", "titleCos", "rareShared", "rareNoneShared", "sqrtTextCos", "sqrtKeyCos", "rareSharedX");
    static final int N = FEATURES.size();

    private final double[] w;
    private final double bias;
    private final double nearKm, farKm;
    /** log-odds for sums of money that agree / that all differ (in a currency both name); not fitted, see amounts */
    private final double amountAgree, amountConflict;

    /**
     * @param weights one weight per feature in {@link #FEATURES}
     * @param bias    the intercept
     */
    Scorer(double[] weights, double bias, double nearKm, double farKm) {
        this(weights, bias, nearKm, farKm, AMOUNT_AGREE, AMOUNT_CONFLICT);
    }

    Scorer(double[] weights, double bias, double nearKm, double farKm, double amountAgree, double amountConflict) {
        this.amountAgree = amountAgree;
        this.amountConflict = amountConflict;
        if (weights.length != N) throw new IllegalArgumentException("expected " + N + " weights, got " + weights.length);
        this.w = weights.clone();
        this.bias = bias;
        this.nearKm = nearKm;
        this.farKm = farKm;
    }

    /** The tuned model. */
    static Scorer standard() {
        return new Scorer(DEFAULT_WEIGHTS, DEFAULT_BIAS, 15, 80);
    }

    static final double[] DEFAULT_WEIGHTS = {4.95, -0.80, 5, 14, 0.18, -1.92, 2.58, 1.53, 0.31, -1.43, 1.59, -1.32, 0.85, -1.09, 0.04, -0.06, 0.73, -1.33, 3.40, -0.05, -0.38, 7.51, 2.32, 1.5};
    static final double DEFAULT_BIAS = -5.45;
    static final double AMOUNT_AGREE = 1, AMOUNT_CONFLICT = -1;

    /** The same model with other weights for sums of money. */
    Scorer withAmounts(double agree, double conflict) { return new Scorer(w, bias, nearKm, farKm, agree, conflict); }

    double score(Signature a, Signature b) {
        double[] f = features(a, b);
        double s = bias;
        for (int i = 0; i < N; i++) s += w[i] * f[i];
        int m = amounts(a, b);
        if (m > 0) s += amountAgree;
        else if (m < 0) s += amountConflict;
        return s;
    }

    /**
     * Whether the sums of money the two name agree (1: one within 6% of one in the same currency), all differ
     * (−1: both name sums in a currency, none close) or cannot be compared (0). Two heists, two contracts, two
     * budgets of one kind differ by their sums; reports of one event repeat them (or convert them to another
     * currency, hence the comparison within a currency).
     */
    static int amounts(Signature a, Signature b) {
        long[] x = a.amounts(), y = b.amounts();
        if (x.length == 0 || y.length == 0) return 0;
        boolean comparable = false;
        for (long p : x) for (long q : y) {
            if (p / Signature.CURRENCY != q / Signature.CURRENCY) continue;
            comparable = true;
            long u = p % Signature.CURRENCY, v = q % Signature.CURRENCY;
            if (Math.abs(u - v) <= 0.06 * Math.max(u, v)) return 1;
        }
        return comparable ? -1 : 0;
    }

    double[] features(Signature a, Signature b) {
        double[] f = new double[N];
        boolean sameLang = a.language() == null || b.language() == null || a.language().equals(b.language());
        double tc = a.text().dot(b.text()), kc = a.keys().dot(b.keys());
        if (sameLang) { f[0] = tc; f[1] = kc; } else { f[2] = tc; f[3] = kc; }
        double min = minKm(a, b);
        if (!Double.isNaN(min)) {
            if (min <= nearKm) f[4] = 1;
            else if (min > farKm && far(a, b)) f[5] = 1;
        }
        if (a.dated() && b.dated()) {
            int gap = Math.abs(a.date() - b.date());
            if (gap == 0) f[6] = 1;
            else if (gap == 1) f[7] = 1;
            f[8] = Math.min(gap, 30) / 30.0;
            if (a.dateExplicit() && b.dateExplicit() && gap > 1) f[9] = 1;
        }
        int st = intersect(a.streets(), b.streets());
        if (st > 0) f[10] = 1;
        else if (a.streets().length > 0 && b.streets().length > 0) f[11] = 1;
        int ag = intersect(a.ages(), b.ages());
        if (ag > 0) f[12] = Math.min(ag, 2);
        else if (a.ages().length > 0 && b.ages().length > 0) f[13] = 1;
        boolean kBoth = a.killed() != null && b.killed() != null, iBoth = a.injured() != null && b.injured() != null;
        if (kBoth && !a.killed().equals(b.killed())) f[14] = 1;
        if (iBoth && !a.injured().equals(b.injured())) f[15] = 1;
        if ((kBoth || iBoth) && f[14] == 0 && f[15] == 0) f[16] = 1;
        if (f[11] == 1 && f[13] == 1) f[17] = 1;
        f[18] = a.title().dot(b.title());
        int rs = Math.max(intersect(a.rare(), b.keys().ids()), intersect(b.rare(), a.keys().ids()));
        f[19] = Math.min(rs, 3);
        if (rs == 0 && a.rare().length > 0 && b.rare().length > 0) f[20] = 1;
        if (sameLang) f[21] = Math.sqrt(Math.max(0, tc));
        f[22] = Math.sqrt(Math.max(0, kc)); // keys do not depend on the language
        if (!sameLang) f[23] = Math.min(rs, 3);
        return f;
    }

    /** True when the two articles carry evidence that they report different events. */
    boolean conflict(Signature a, Signature b) {
        if (a.dated() && b.dated() && a.dateExplicit() && b.dateExplicit() && Math.abs(a.date() - b.date()) > 1) return true;
        return placeOrPeopleConflict(a, b);
    }

    /** The evidence of {@link #conflict} other than dates: places far apart, or other streets and other ages. */
    boolean placeOrPeopleConflict(Signature a, Signature b) {
        double min = minKm(a, b);
        if (!Double.isNaN(min) && min > farKm && far(a, b)) return true;
        return a.streets().length > 0 && b.streets().length > 0 && intersect(a.streets(), b.streets()) == 0
                && a.ages().length > 0 && b.ages().length > 0 && intersect(a.ages(), b.ages()) == 0;
    }

    /**
     * True when the two articles give explicit dates more than {@code days} apart: beyond the error of resolving
     * weekday names and relative dates, or of reports dating a night-time event either side of midnight.
     */
    boolean datesApart(Signature a, Signature b, int days) {
        return a.dated() && b.dated() && a.dateExplicit() && b.dateExplicit() && Math.abs(a.date() - b.date()) > days;
    }

    /**
     * Whether places far apart mean different events: only when both main events are placed (a city merely
     * mentioned — an actor's home town, a company's seat — says nothing about where the event happened).
     */
    private boolean far(Signature a, Signature b) {
        return a.where() != null && b.where() != null && a.where().distanceKm(b.where()) > farKm;
    }

    private static double minKm(Signature a, Signature b) {
        if (a.places().length == 0 || b.places().length == 0) return Double.NaN;
        double min = Double.MAX_VALUE;
        for (var p : a.places()) for (var q : b.places()) min = Math.min(min, p.id() == q.id() ? 0 : p.distanceKm(q));
        return min;
    }

    static int intersect(int[] x, int[] y) {
        int i = 0, j = 0, c = 0, nx = x.length, ny = y.length;
        while (i < nx && j < ny) { // without a data-dependent branch, as SparseVector.dot
            int a = x[i], b = y[j];
            c += a == b ? 1 : 0;
            i += a <= b ? 1 : 0;
            j += b <= a ? 1 : 0;
        }
        return c;
    }

    @Override public String toString() { return "Scorer" + Arrays.toString(w) + " bias " + bias; }
}
