package io.triangulate.reconcile;

/**
 * Which figure wins when the articles of an event differ. See docs/reconciliation.md.
 */
public enum Policy {
    /**
     * Figures that grow as reports come in are revisions: the latest value of the best-sourced
     * article wins. Values that contradict without such an order stay an open conflict, the value with
     * the most independent sources shown first.
     */
    LATEST,
    /** ACLED's rule: where sources differ, the most conservative (lowest) figure is the reconciled one. */
    CONSERVATIVE
}
