package io.triangulate.grouping;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A story while the grouper holds it: its articles, the signatures of its latest members and its index keys. */
final class StoryState {
    final String id;
    final long seq;
    /** article ids with their arrival numbers, in arrival order */
    final List<String> articles = new ArrayList<>();
    final List<Long> arrivals = new ArrayList<>();
    /** signatures of the most recent members (bounded) */
    final ArrayDeque<Signature> members = new ArrayDeque<>();
    final Set<Integer> keys = new LinkedHashSet<>();
    int firstDate = Signature.NO_DATE, lastDate = Signature.NO_DATE;
    /** the stream clock when it last changed: undated stories expire by it */
    int touched = Signature.NO_DATE;
    boolean live = true;
    /** expiry day the eviction queue holds it under */
    long queuedExpiry;
    boolean queued;
    /** the story as one pseudo-article (summed vectors), rebuilt after each change */
    Signature cached;
    /** the core names of its reports (sorted; see Grouper.coreEvidence), null until asked for after a change */
    int[] core;
    /** out of the window but findable by its names: the summary stands for its members */
    boolean archived;
    /** came back from the archive: its summary stands among the members */
    boolean revived;
    Signature summary;
    /** archived: key dimensions found mostly in its own articles (sorted) */
    int[] distinctive = new int[0];
    /** archived: its most typical reports, kept beside the summary for scoring */
    List<Signature> kept = List.of();
    long archiveExpiry;
    /** the day a follow-up brought it back from the archive: ordinary evidence joins it within the span from then */
    int revivedOn = Signature.NO_DATE;

    StoryState(String id, long seq) {
        this.id = id;
        this.seq = seq;
    }

    /** Its members changed: what is derived from them (summary, core names) is rebuilt when next asked for. */
    void changed() {
        cached = null;
        core = null;
    }

    /** All articles have their signature retained (splitting needs them). */
    boolean complete() { return !revived && members.size() == articles.size(); }

    /** The day from which the span of ordinary evidence counts: its first date, or the day it was revived. */
    int spanStart() { return revivedOn != Signature.NO_DATE ? revivedOn : firstDate; }

    void addDate(int d) {
        if (d == Signature.NO_DATE) return;
        if (firstDate == Signature.NO_DATE || d < firstDate) firstDate = d;
        if (lastDate == Signature.NO_DATE || d > lastDate) lastDate = d;
    }

    /** Days between a date and the story's date range (0 inside it). */
    int gap(int d) {
        if (d == Signature.NO_DATE || firstDate == Signature.NO_DATE) return 0;
        if (d < firstDate) return firstDate - d;
        if (d > lastDate) return d - lastDate;
        return 0;
    }

    /** The last day on which the story can still receive articles. */
    long expiry(int windowDays, int latenessDays) {
        int ref = lastDate != Signature.NO_DATE ? Math.max(lastDate, revivedOn) : touched;
        if (ref == Signature.NO_DATE) return Long.MAX_VALUE;
        return (long) ref + windowDays + latenessDays;
    }
}
