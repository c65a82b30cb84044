package io.triangulate.analysis.event;

import io.triangulate.analysis.eventtype.EventTypeClassifier;
import io.triangulate.model.EventMention;
import io.triangulate.model.EventType;
import io.triangulate.model.Figure;
import io.triangulate.model.FigureKind;
import io.triangulate.model.Place;
import io.triangulate.model.PlaceMention;
import io.triangulate.model.Sentence;
import io.triangulate.model.TimeMention;
import io.triangulate.model.TimexType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Finds the real-world happenings an article describes and what it says of each: the
 * {@link EventMention}s that reconciliation aligns across articles.
 *
 * <p>It reads the factual sentences (asserted or reported, never speculated or opinion) in order and
 * keeps a current incident. A sentence that reports an occurrence starts a new incident when it
 * names a different day than the current one, or a town more than {@value #SAME_PLACE_KM} km
 * away; otherwise it adds to the current incident. Sentences that only give figures add them to the
 * current incident, or to every main incident when they speak of "the two attacks". The first
 * incident, and those on its day, are {@code MAIN}; incidents on other days are {@code BACKGROUND}.
 * Without a date of its own an incident happened on the publication day.
 */
public final class EventMentionExtractor {
    static final double SAME_PLACE_KM = 25;
    /** Mentions a country needs before the article counts as about it. */
    private static final int DOMINANT = 3;
    /** A defaulted date may be refined by an explicit one this many days earlier (news: "Friday night"). */
    private static final int REFINE_DAYS = 2;
    /** … and by one of the same type up to this many days earlier. */
    private static final int REFINE_MAX_DAYS = 60;
    /** Sentences (from 0, the headline) that count as the lead. */
    private static final int LEAD_SENTENCES = 5;
    private static final Pattern PLURAL_REFERENCE = Pattern.compile(
            "(?i)\\b(?:(?:the|both|all)(?: (?:two|three|four|2|3|4))? (?:attacks|incidents|strikes|shootings|explosions|blasts|bombings|raids)|both)\\b"
                    + "|\\b(?:les|des) deux (?:attaques|attentats|tirs)\\b|\\blos dos ataques\\b|\\bbeiden (?:Angriffe|Anschläge)\\b");
    private static final Pattern RELATIVE_DISTANCE = Pattern.compile(
            "(?i)(?:\\b\\S+ (?:miles?|km|kilomet(?:er|re)s?) (?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?(?: of)?|\\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? of|\\boutside of|\\bfrom|\\bau (?:nord|sud)|\\bal (?:norte|sur)|\\bnördlich|\\bsüdlich) (?:the )?$");
    private static final Pattern EMBASSY = Pattern.compile("(?i)embass|consulat|ambassade|embajada|botschaft|ambasciata|سفارة|السفارة");
    /** "11 p.m.", "shortly before midnight": a time of day that names no day. */
    private static final Pattern CLOCK_ONLY = Pattern.compile(
            "(?i)(?:(?:shortly |just )?(?:before|after|around|about|at|by|until|approximately|approx\\.|roughly|nearly) )?(?:\\d{1,2}(?:[:.h]\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?|h|o'clock|uhr|heures?)?|noon|midnight|midday|minuit|midi|mediod[ií]a|medianoche|mitternacht|mittag)");
    /** "said on Wednesday", "told reporters on Wednesday morning": when it was said, not when it happened. */
    private static final Pattern SPEECH_TIME = Pattern.compile(
            "(?i)(?:\\b(?:posted|published|updated|last updated|modified|date(?:d)?|release(?:d)?)\\s*:?\\s*(?:on\\s*)?$)|\\b(?:said|says|told (?:reporters|journalists|\\w+)|announced|added|stated|confirmed|(?<!\\b(?:was|were|been|being) )reported|declared|a déclaré|a indiqué|dijo|declaró|sagte|teilte mit|ha detto|zei)(?: (?!(?:the|a|an|that|his|her|their|its)\\b)\\w+)?\\s+(?:on|late|early|this|last)?\\s*$");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}");
    /** What opens a page's own timestamp: a bracket after a dateline, "Posted on:", "Update, 12:44 p.m.,". */
    private static final Pattern STAMP_BEFORE = Pattern.compile("(?i)(?:\\(\\s*(?:(?:posted|published|updated)(?: on)?:?\\s*)?"
            + "|\\b(?:update[ds]?|posted|published)\\b\\s*(?:@|at|on)?\\s*(?:\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\.?\\s*)?[,:(]?\\s*)$");
    private static final int DATELINE_CHARS = 300;
    private static final Pattern PRO_ANTI = Pattern.compile("(?i)\\b(?:pro|anti|non)-$");
    /** A web headline's trailing outlet branding: "… - WQOW TV: Eau Claire, WI News", "… | Springfield News-Leader", "… | Dayton, OH". */
    private static final Pattern OUTLET_SUFFIX = Pattern.compile("\\s(?:[-|–—]|::)\\s(?=.*(?:(?i:\\b(?:news|tv|weather|sports|radio|channel"
            + "|times|herald|journal|tribune|gazette|post|press|leader|daily|online|courier|observer|register|star|sun|telegram)\\b|\\.com\\b)"
            + "|\\b[KW][A-Z]{2,3}\\b)|[A-Z][\\w .'’-]*,\\s*[A-Z]{2}\\s*$)");
    /** A dateline opening a story: "BEDFORD, N.H. -", "CHICAGO (STMW) —", "SPRINGFIELD, Tenn. (AP) -". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*[A-Z][A-Z.'’ -]+(?:,\\s*[A-Z][A-Za-z.]*(?:\\s[A-Z][A-Za-z.]*)?)?\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:[-—–]+|:)");
    /** How far a headline's or lead's town may lie from the dateline's and still be the more precise place. */
    private static final double DATELINE_KM = 60;
    /** Beyond this distance from the town whose police handle it, a main incident's town is a misread namesake. */
    private static final double POLICE_KM = 100;
    private static final Pattern OVERNIGHT = Pattern.compile("(?i)(?:early |late )?overnight");
    /** "(DOB 07/19/98)", "born Jan. 6, 1992": a birthday, not a day of the event. */
    private static final Pattern BIRTH = Pattern.compile("(?i)(?:\\bDOB|D\\.O\\.B\\.|\\bborn(?: on)?|\\bbirth(?: ?date)?)\\s*[:,]?\\s*$");
    /** A holiday named alone, which may stand for a season or an occasion rather than a day. */
    private static final Pattern HOLIDAY = Pattern.compile("(?i)(?:the )?(?:christmas|thanksgiving|easter|halloween|new year['’]?s"
            + "|fourth of july|4th of july|independence day|memorial day|labor day|valentine['’]?s day|mother['’]?s day|father['’]?s day)");
    private static final Pattern FOR_BEFORE = Pattern.compile("(?i)\\bfor\\s+$");
    private static final Pattern HOLIDAY_PERIOD = Pattern.compile("(?i)\\s+(?:holidays?|weekend|break|season|vacation|shopping|gifts?|presents?)\\b");
    private static final Pattern AGENCY_AFTER = Pattern.compile("\\s*\\((?:[A-Z]{2,6}|Reuters|Bloomberg)\\)");
    private static final Pattern FUTURE_CONTEXT = Pattern.compile("(?i)(?<![\\w-])(?:as of|until|by|starting)\\s*$");
    /** "from Monday to Friday", "from Jan. 5 through Feb. 2": the start of a period, not a day of the event. */
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)(?<![\\w-])from\\s*$");
    private static final Pattern PERIOD_AFTER = Pattern.compile("(?i)^\\s*(?:to|until|till|through|thru|-|–)\\s");

    private final EventTypeClassifier types;

    public EventMentionExtractor(EventTypeClassifier types) {
        this.types = Objects.requireNonNull(types, "types");
    }

    /** What the extractor reads: one article's cleaned text and the other extractors' findings in it. */
    public record Input(String article, String text, String language, LocalDate published, List<Sentence> sentences,
                        List<TimeMention> times, List<PlaceMention> places, List<Figure> figures, Place homeTown) {
        /** Without the outlet's home town. */
        public Input(String article, String text, String language, LocalDate published, List<Sentence> sentences,
                     List<TimeMention> times, List<PlaceMention> places, List<Figure> figures) {
            this(article, text, language, published, sentences, times, places, figures, null);
        }

        public Input {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(text, "text");
            sentences = List.copyOf(sentences);
            times = List.copyOf(times);
            places = List.copyOf(places);
            figures = List.copyOf(figures);
        }
    }

    /** The event mentions of one article, in order of first mention. */
    public List<EventMention> extract(Input in) {
        Triggers triggers = Triggers.forLanguage(in.language());
        List<Incident> incidents = new ArrayList<>();
        Incident current = null;
        LocalDate mainDate = null;
        Frame frame = frame(in);
        for (Sentence s : in.sentences()) {
            if (!s.attribution().modality().factual()) continue;
            List<Figure> figs = within(in.figures(), s);
            boolean weaponOrCasualty = figs.stream().anyMatch(f -> f.kind() != FigureKind.OTHER);
            boolean onlyNone = !figs.isEmpty() && figs.stream().allMatch(f -> f.kind() == FigureKind.OTHER
                    || (f.kind() != FigureKind.WEAPON && Integer.valueOf(0).equals(f.value())));
            Triggers.Hit hit = triggers.find(s.text());
            boolean occurrence = hit != null && (hit.strong() || weaponOrCasualty);
            PlaceMention place = location(in, s, current, frame);
            Dated dated = date(in, s, hit);
            boolean otherPeriod = dated == null && current != null && otherPeriod(in, s, current.date);

            if (weaponOrCasualty && place == null && dated == null && PLURAL_REFERENCE.matcher(s.text()).find()) {
                // "no casualties in the two attacks": the figures hold for every main incident so far
                for (Incident i : incidents) if (i.role == EventMention.Role.MAIN) i.add(s, figs, null);
                continue;
            }
            if (otherPeriod) {
                // "last targeted in September", "hit repeatedly since 2020": another time than the incident's
                if (!occurrence || (hit.definite() && !weaponOrCasualty)) continue;
                Incident past = new Incident(null, null, false, EventMention.Role.BACKGROUND);
                past.add(s, figs, place);
                incidents.add(past);
                current = past;
                continue;
            }
            if (!occurrence && dated != null && current != null && s.index() <= LEAD_SENTENCES) {
                // "All four bodies were found around 11:50 a.m. Wednesday": the lead dates the news
                Incident undated = firstUndatedMain(incidents);
                if (undated == current && in.published() != null && !dated.date.isAfter(in.published())
                        && ChronoUnit.DAYS.between(dated.date, in.published()) <= REFINE_DAYS
                        && (place == null || sameRegion(current.place, place.place()))) {
                    current.date = dated.date;
                    current.dateText = dated.text;
                    current.dateExplicit = true;
                    mainDate = dated.date;
                    current.add(s, figs, place);
                    continue;
                }
            }
            if (!occurrence) {
                if (!weaponOrCasualty || (dated != null && current != null && !dated.date.equals(current.date))) continue;
                if (current != null) current.add(s, figs, null);
                continue;
            }

            Incident target = current;
            if (current == null) {
                target = null;
            } else if (dated != null && !dated.date.equals(current.date)) {
                Incident undated = firstUndatedMain(incidents);
                if (undated != null && refines(in, undated, dated, place, s)) {
                    // "A man was shot dead in X." … "The shooting happened Friday night.": the day of the news
                    undated.date = dated.date;
                    undated.dateText = dated.text;
                    undated.dateExplicit = true;
                    for (Incident i : incidents) {
                        if (i.role == EventMention.Role.MAIN && !i.dateExplicit && Objects.equals(i.date, mainDate)) i.date = dated.date;
                    }
                    mainDate = dated.date;
                    target = undated;
                } else {
                    target = findSameDay(incidents, dated.date, place);
                }
            } else if (place != null && current.place != null && !compatible(current.place, place.place())) {
                // another place: an incident already there on that day, else a new one
                target = findCompatible(incidents, place, dated != null ? dated.date : mainDate);
            } else if (dated == null && place != null && current.role == EventMention.Role.BACKGROUND) {
                // a placed, undated sentence after a recollection returns to the news when its place fits a main incident
                target = findCompatible(incidents, place, mainDate);
            }

            if (target == null && current != null && onlyNone && place == null) {
                target = current; // "nobody was killed or injured": said of the incident at hand
            }
            if (target == null && hit.definite() && !weaponOrCasualty && current != null) {
                continue; // "threatened … for the killing": a reference back, not a new incident
            }
            if (target == null) {
                LocalDate date = dated != null ? dated.date : (mainDate != null ? mainDate : in.published());
                EventMention.Role role = mainDate == null || date == null || date.equals(mainDate)
                        ? EventMention.Role.MAIN : EventMention.Role.BACKGROUND;
                if (incidents.isEmpty() && dated != null && in.published() != null
                        && ChronoUnit.DAYS.between(dated.date, in.published()) > 30) {
                    // the lead recalls an old event: still the article's main one unless a later one is news
                    role = EventMention.Role.MAIN;
                }
                target = new Incident(date, dated != null ? dated.text : null, dated != null, role);
                if (role == EventMention.Role.MAIN && mainDate == null) mainDate = date;
                incidents.add(target);
            }
            target.add(s, figs, place);
            if (target.trigger == null) target.trigger = clause(s.text(), hit.offset());
            target.actors.addAll(Participants.actors(s.text(), in.language()));
            target.targets.addAll(Participants.targets(s.text(), in.language()));
            current = target;
        }

        if (firstMain(incidents) == null) weakMain(in, triggers, incidents);
        relocate(in, incidents, frame);
        redate(in, incidents, frame);
        earlierDeed(in, incidents, frame);
        stampADayEarly(in, incidents, frame);
        PlaceMention prominent = prominentPlace(in, frame);
        List<EventMention> out = new ArrayList<>();
        for (Incident i : incidents) {
            if (i.sentences.isEmpty()) continue;
            if (i.place == null && i.role == EventMention.Role.MAIN) i.place = prominent;
            StringBuilder text = new StringBuilder();
            for (Sentence s : i.sentences) {
                if (text.length() > 700) break;
                text.append(s.text()).append(' ');
            }
            EventType type = type(in, i, text.toString());
            List<Integer> idx = i.sentences.stream().map(Sentence::index).toList();
            out.add(new EventMention(in.article(), out.size(), i.role, type, i.date, i.dateText, i.place,
                    i.figures, dedupe(i.actors), dedupe(i.targets), idx));
        }
        return out;
    }

    /** Whether the article is in English (or of no identified language): the English-only cues apply. */
    private static boolean english(Input in) {
        return in.language() == null || "en".equals(in.language());
    }

    /** Words that tell of a happening only in an article that reports none otherwise: a last resort for its main incident. */
    private static final Pattern LESSER_HAPPENING = Pattern.compile("(?i)\\b(?:shootouts?|accidents?|grazed|hospitalized"
            + "|bod(?:y|ies) (?:was |were |has been |have been )?found|found dead)\\b");

    /**
     * An article that reports no happening with a strong trigger or a figure ("Shootout at a seniors' club nets prison
     * term", "Body found on Cricket Drive") still tells of one: its first factual sentence with any trigger is its main
     * incident, so that the article's place and day are read as for any other.
     */
    private static void weakMain(Input in, Triggers triggers, List<Incident> incidents) {
        for (Sentence s : in.sentences()) {
            if (!s.attribution().modality().factual()) continue;
            Triggers.Hit hit = triggers.find(s.text());
            if (hit == null && english(in)) {
                java.util.regex.Matcher m = LESSER_HAPPENING.matcher(s.text());
                if (m.find()) hit = new Triggers.Hit(m.start(), m.group(), false, false);
            }
            if (hit == null) continue;
            Dated dated = date(in, s, hit);
            Incident main = new Incident(dated != null ? dated.date : in.published(), dated != null ? dated.text : null, dated != null,
                    EventMention.Role.MAIN);
            main.add(s, within(in.figures(), s), null);
            main.trigger = clause(s.text(), hit.offset());
            int at = 0;
            while (at < incidents.size() && incidents.get(at).sentences.stream().allMatch(x -> x.index() < s.index())) at++;
            incidents.add(at, main);
            return;
        }
    }

    /**
     * Where the article as a whole is: the first town its headline, dateline or lead names (a
     * "PHILADELPHIA (CBS) —" dateline, "Man shot in Kensington"), else its most named town. Main
     * incidents whose sentences name no place happened there.
     */
    private static PlaceMention prominentPlace(Input in, Frame frame) {
        int leadEnd = in.sentences().size() > 3 ? in.sentences().get(3).end() : in.text().length();
        PlaceMention first = null, region = null;
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        PlaceMention most = null;
        int outlet = outletStart(in);
        for (PlaceMention p : in.places()) {
            if (notEventPlace(in, p, frame, outlet)) continue;
            if (p.place().kind() == Place.Kind.CITY) {
                if (first == null && p.start() < leadEnd) first = p;
                int c = counts.merge(p.place().geonamesId(), 1, Integer::sum);
                if (most == null || c > counts.get(most.place().geonamesId())) most = p;
            } else if (p.place().kind() == Place.Kind.ADMIN1 && region == null && p.start() < leadEnd) {
                region = p;
            }
        }
        if (first != null) return first;
        if (most != null) return most;
        if (region != null) return region;
        PlaceMention branding = outletTown(in, frame, outlet);
        return branding != null ? branding : homeTown(in);
    }

    /**
     * The outlet's home town (when the caller knows it, see {@code HomeRegions}) as a place of the article: where a
     * local story that names no place at all happened. Not a mention of the text: it spans nothing.
     */
    private static PlaceMention homeTown(Input in) {
        Place h = in.homeTown();
        return h == null ? null : new PlaceMention(0, 0, h.name(), h, null, false, 0.5);
    }

    /**
     * The town of the headline's outlet branding ("… - WMC Action News 5 - Memphis, Tennessee"): the outlet's home,
     * where a local story that names no place of its own happened.
     */
    private static PlaceMention outletTown(Input in, Frame frame, int outlet) {
        if (outlet < 0 || in.sentences().isEmpty()) return null;
        int headlineEnd = in.sentences().get(0).end();
        for (PlaceMention p : in.places()) {
            if (p.start() < outlet || p.start() >= headlineEnd) continue;
            if (p.place().kind() == Place.Kind.CITY && !p.demonym() && !stray(in, p, frame)) return p;
        }
        return null;
    }

    private static Incident firstUndatedMain(List<Incident> incidents) {
        for (Incident i : incidents) {
            if (i.role == EventMention.Role.MAIN) return i.dateExplicit ? null : i;
        }
        return null;
    }

    /**
     * Whether an explicit earlier day dates an incident the article had only dated by its publication:
     * when the place fits and the day is at most {@value #REFINE_DAYS} days back, or further back for
     * an occurrence of the same type (a follow-up report of an arrest recalling "the killing on Jan. 26").
     */
    private boolean refines(Input in, Incident undated, Dated dated, PlaceMention place, Sentence s) {
        if (in.published() == null || dated.date.isAfter(in.published())) return false;
        if (place != null && undated.place != null && !compatible(undated.place, place.place())) return false;
        long days = ChronoUnit.DAYS.between(dated.date, in.published());
        if (days <= REFINE_DAYS) return true;
        if (days > REFINE_MAX_DAYS || undated.sentences.isEmpty()) return false;
        // a headline alone ("Teen recovering after being shot in Toledo") is dated by its lead
        if (undated.sentences.size() == 1 && s.index() <= LEAD_SENTENCES) return true;
        EventType mine = types.classify(s.text(), in.language());
        return mine != EventType.OTHER && mine == types.classify(undated.sentences.get(0).text(), in.language());
    }

    private static Incident findSameDay(List<Incident> incidents, LocalDate date, PlaceMention place) {
        for (Incident i : incidents) {
            if (!date.equals(i.date)) continue;
            if (place == null || i.place == null || compatible(i.place, place.place())) return i;
        }
        return null;
    }

    private static Incident findCompatible(List<Incident> incidents, PlaceMention place, LocalDate date) {
        for (Incident i : incidents) {
            if (i.place == null || !Objects.equals(i.date, date)) continue;
            if (compatible(i.place, place.place())) return i;
        }
        return null;
    }

    /** A place is compatible with an incident's place when it is the same, nearby, or contains it. */
    private static boolean compatible(PlaceMention current, Place p) {
        if (current == null) return true;
        Place c = current.place();
        if (c.geonamesId() == p.geonamesId()) return true;
        if (!c.country().equals(p.country())) return false;
        if (p.kind() == Place.Kind.COUNTRY || c.kind() == Place.Kind.COUNTRY) return true;
        if (p.kind() == Place.Kind.ADMIN1 || c.kind() == Place.Kind.ADMIN1) return Objects.equals(c.admin1(), p.admin1());
        return c.distanceKm(p) <= SAME_PLACE_KM;
    }

    /** Looser than {@link #compatible}: the same first-order division (a town and its suburbs). */
    private static boolean sameRegion(PlaceMention current, Place p) {
        if (current == null || compatible(current, p)) return true;
        Place c = current.place();
        return c.country().equals(p.country()) && c.admin1() != null && c.admin1().equals(p.admin1())
                && c.distanceKm(p) <= 100;
    }

    /** "8:18 PM EST": a time zone, never a place. */
    private static final Pattern TIME_ZONE = Pattern.compile("(?:[ECMP][SD]T|[ECMP]T)");

    private static boolean isTown(Place p) { return p.kind() == Place.Kind.CITY; }

    /** "shot in Ocala", "at a bar near Albany": a place the sentence locates something at, not a name's modifier. */
    private static final Pattern LOCATIVE = Pattern.compile("(?i)\\b(?:in|at|near|outside|inside)\\s+(?:(?:the|a|an|suburban|downtown|rural)\\s+)?$");

    /** "Salina Police", "the Albany Police Department", "police in Erie": the jurisdiction that handles the event. */
    private static final Pattern FACILITY_IN = Pattern.compile("(?i)\\b(?:center|centre|park|mall|school|church|club|bar|lounge"
            + "|hotel|motel|apartments?|complex|store|restaurant|station|base|airport|college|university)\\s+in\\s+$");
    /** "taken to a hospital in Atlanta": where the wounded were treated, not where they were shot. */
    private static final Pattern HOSPITAL_IN = Pattern.compile("(?i)\\b(?:hospital|medical cent(?:er|re)|trauma cent(?:er|re))\\s+in\\s+$");
    private static final Pattern POLICE_AFTER = Pattern.compile("(?i)^(?:['’]s?)?\\s+(?:police|PD\\b|sheriff|county sheriff)");
    private static final Pattern POLICE_BEFORE = Pattern.compile("(?i)\\b(?:police|officers|deputies) (?:in|of) $");
    /** "Spain St.", "Maryland Drive", "the 1900 block of Dover": a street named after a place. */
    private static final Pattern STREET_AFTER = Pattern.compile("^\\s+(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Ln|Lane|Way|Ct|Court|Pl"
            + "|Pkwy|Parkway|Hwy|Highway|Circle|Cir|Terrace|Trail|Pike|Turnpike|Square|Plaza)\\b");
    /** "Hamilton Church Road", "Clinton Mill Rd": a place's name as the first of a street's two words (not "Salem Township Highway"). */
    private static final Pattern STREET_AFTER_WORD = Pattern.compile("^ (?!(?:Township|Twp|County|City|Village|Borough|Parish)\\b)[A-Z][a-z]+"
            + " (?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Ln|Lane|Pkwy|Parkway|Hwy|Highway|Pike)\\b");
    /** "Avontra Moore, 22, of Lake Placid": where someone lives, not where it happened. */
    private static final Pattern HOME_BEFORE = Pattern.compile("\\b\\d{1,3},?\\s+of\\s+$");
    /** "the Austin neighborhood", "Egger Highlands community": a part of a town, not the town of that name. */
    private static final Pattern NEIGHBOURHOOD_AFTER = Pattern.compile("^\\s+(?:neighbou?rhoods?|section)\\b");
    /** "Mount Sinai Hospital", "a Knoxville hospital": where the wounded were taken, not where they were shot. */
    private static final Pattern HOSPITAL_AFTER = Pattern.compile("^(?:\\s+(?:Memorial|Regional|General|Community|Methodist|Baptist|Medical|University|Children['’]s))*\\s+(?:Hospital|Medical Cent(?:er|re)|Health Cent(?:er|re)|Trauma)\\b"
            + "|^\\s+(?:area\\s+)?hospitals?\\b"); // "flown to a Knoxville hospital"
    /** "Dunbar Elementary", "Lincoln High School", "Northgate Mall": a school or shop named after a place or person, not a town. */
    private static final Pattern INSTITUTION_AFTER = Pattern.compile("^\\s+(?:Elementary|Middle School|High School|Intermediate|Academy|Mall|Plaza|Shopping)\\b");
    /** "the West Side", "South Side": a part of the town the story is about. */
    private static final Pattern SIDE = Pattern.compile("(?i)(?:(?:far|near|lower|upper)\\s+)?(?:north|south|east|west)(?:\\s*(?:east|west))?\\s+side");
    private static final Pattern STREET_BEFORE = Pattern.compile("(?i)\\bblock of (?:[NSEW]\\.? |north |south |east |west )?$");
    /** "near Broadway and Strauss Street", "Springfield and Chester avenues": a corner of two streets. */
    private static final Pattern CORNER_AFTER = Pattern.compile("^\\s+(?:and|&)\\s+(?:[NSEW]\\.?\\s+)?(?:[A-Z0-9][\\w.'’]*\\s+){1,3}?"
            + "(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Ln|Lane|Pkwy|Parkway|Hwy|Highway)s?\\b"
            + "|^\\s+(?:and|&)\\s+[A-Z][\\w.'’]*\\s+(?i:streets|avenues|roads)\\b");
    /** "the Chicago Tribune", "told the Denver Post": a newspaper named after its city, not where it happened. */
    private static final Pattern NEWSPAPER_AFTER = Pattern.compile("^\\s+(?:Tribune|Times|Herald|Post|Sun-Times|Journal|Gazette|Dispatch"
            + "|Register|Examiner|Courier|Chronicle|Inquirer|Free Press|Enquirer|Observer|Sentinel|Telegraph|Star-Telegram|Daily News)\\b");
    /** "Independence and Wabash avenues": the second of two streets named together. */
    private static final Pattern STREETS_AFTER = Pattern.compile("^\\s+(?i:streets|avenues|roads|aves|sts)\\b");
    /** "at 82nd and Slide", "Main Street and Dover": the second street of a corner. */
    private static final Pattern CORNER_BEFORE = Pattern.compile("(?:\\b\\d+(?:st|nd|rd|th)|\\b(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Ln|Lane)\\.?)\\s+(?:and|&)\\s+$");

    private static int at(Input in, PlaceMention p, Sentence s) {
        String before = in.text().substring(Math.max(s.start(), p.start() - 40), p.start());
        String after = in.text().substring(p.end(), Math.min(s.end(), p.end() + 30));
        int r = LOCATIVE.matcher(before).find() ? 2 : 0;
        if (FACILITY_IN.matcher(before).find()) r += 6; // "at Hollywood Recreation Center in Las Vegas": the town that holds it
        if (POLICE_AFTER.matcher(after).find() || POLICE_BEFORE.matcher(before).find()) r += 3;
        return r;
    }

    /**
     * A place name that does not name the town where something happened: a street ("Spain St."), a neighbourhood
     * ("the Austin neighborhood", "the West Side"), a hospital ("Mount Sinai Hospital"), or a town whose own state or
     * country written after it says it was misread ("Pinetown, N.C." read as South Africa's Pinetown).
     */
    private static boolean street(Input in, PlaceMention p) {
        String before = in.text().substring(Math.max(0, p.start() - 20), p.start());
        String after = in.text().substring(p.end(), Math.min(in.text().length(), p.end() + 40));
        if (STREET_AFTER.matcher(after).find() || STREET_BEFORE.matcher(before).find()) return true;
        if (STREET_AFTER_WORD.matcher(after).find()) return true;
        if (CORNER_AFTER.matcher(after).find() || CORNER_BEFORE.matcher(before).find() || STREETS_AFTER.matcher(after).find()) return true;
        if (NEWSPAPER_AFTER.matcher(after).find()) return true;
        if (HOME_BEFORE.matcher(before).find()) return true;
        if (INSTITUTION_AFTER.matcher(after).find() && p.place().kind() == Place.Kind.CITY) return true;
        if (NEIGHBOURHOOD_AFTER.matcher(after).find() || HOSPITAL_AFTER.matcher(after).find() || SIDE.matcher(p.text()).matches()
                || TIME_ZONE.matcher(p.text()).matches()) return true;
        return p.place().kind() == Place.Kind.CITY && misqualified(in, p);
    }

    /** "PINETOWN, N.C." resolved outside North Carolina: the written state contradicts the town's reading. */
    private static boolean misqualified(Input in, PlaceMention p) {
        for (PlaceMention q : in.places()) {
            if (q.start() < p.end()) continue;
            if (q.start() > p.end() + 3) return false;
            if (!in.text().substring(p.end(), q.start()).matches("\\s*,\\s*")) return false;
            Place w = q.place();
            if (w.kind() == Place.Kind.ADMIN1) return !w.country().equals(p.place().country()) || !Objects.equals(w.admin1(), p.place().admin1());
            if (w.kind() == Place.Kind.COUNTRY) return !w.country().equals(p.place().country());
            return false;
        }
        return false;
    }

    /** A capitalised word right before a name, which makes it a person's surname ("Matthew Durham", "Tristan Gray"). */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?:^|[\\s\"“(])([A-Z][a-z]*(?:['’][A-Z][a-z]+)?) +$");
    /** Capitalised words that qualify a place rather than name a person ("Metro Atlanta", "Downtown Denver", "Saturday"). */
    private static final java.util.Set<String> NOT_FIRST_NAMES = java.util.Set.of("metro", "downtown", "suburban", "greater",
            "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern", "southern",
            "eastern", "western", "central", "rural", "upper", "lower", "old", "new", "in", "at", "near", "the", "a", "an", "of",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "police", "from", "to");

    /**
     * Whether a town's name is written as a person's surname somewhere in the article ("the attorney for Matthew Durham",
     * "identified the victim as Tristan Gray"): after a capitalised word that is neither a place, a word the article
     * writes in lower case, a day, a month nor a place's qualifier. Such a name is a person throughout the article,
     * unless it is written with its state. The headline (title case) does not count, nor a city of 100,000 or more
     * (a caption's "Courtesy Baltimore Police", "Assistant Brooklyn U.S. Attorney").
     */
    static boolean surname(Input in, PlaceMention p) {
        if (p.place().kind() != Place.Kind.CITY || p.place().population() >= 100_000 || p.text().contains(" ") || qualified(in, p)) return false;
        int headlineEnd = in.sentences().isEmpty() ? 0 : in.sentences().get(0).end();
        for (PlaceMention q : in.places()) {
            if (!q.text().equals(p.text()) || q.start() < headlineEnd) continue;
            int from = Math.max(0, q.start() - 25);
            while (from > 0 && !Character.isWhitespace(in.text().charAt(from - 1))) from--; // whole words only
            String before = in.text().substring(from, q.start());
            java.util.regex.Matcher m = NAME_BEFORE.matcher(before);
            if (!m.find()) continue;
            String w = m.group(1);
            if (w.length() < 2 || NOT_FIRST_NAMES.contains(w.toLowerCase(java.util.Locale.ROOT)) || lowerElsewhere(in.text(), w)) continue;
            int ws = q.start() - (before.length() - m.start(1));
            boolean placeWord = false;
            for (PlaceMention r : in.places()) if (r.start() <= ws && r.end() > ws) placeWord = true;
            if (!placeWord) return true;
        }
        return false;
    }

    /** A capitalised word and an age after a name ("Cleveland Smelley, 31"): the name is a person's first name. */
    private static final Pattern SURNAME_AGE_AFTER = Pattern.compile("^ +([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?),\\s+\\d{1,3}\\b");
    /** Words that make a name before them a place's, not a person's ("Deerfield Township, 12"). */
    private static final java.util.Set<String> PLACE_WORDS = java.util.Set.of("Township", "Twp", "County", "Parish", "Borough",
            "City", "Village", "Heights", "Beach", "Park", "Springs", "Falls", "Valley", "Hills", "Lake", "Island", "Junction");

    /**
     * Whether a town's name is written as a person's first name somewhere in the article: before a capitalised word
     * that is no place and an age ("brothers Antoine Smelley, 33, and Cleveland Smelley, 31"). Such a name is a person
     * throughout the article, unless it is written with its state.
     */
    static boolean firstName(Input in, PlaceMention p) {
        if (p.place().kind() != Place.Kind.CITY || p.text().contains(" ") || qualified(in, p)) return false;
        for (PlaceMention q : in.places()) {
            int e = q.end();
            // cheap test first: a capitalised word right after the name
            if (e + 1 >= in.text().length() || in.text().charAt(e) != ' ' || !Character.isUpperCase(in.text().charAt(e + 1))
                    || !q.text().equals(p.text())) continue;
            java.util.regex.Matcher m = SURNAME_AGE_AFTER.matcher(in.text().substring(q.end(), Math.min(in.text().length(), q.end() + 40)));
            if (!m.find() || PLACE_WORDS.contains(m.group(1))) continue;
            int ws = q.end() + m.start(1);
            boolean placeWord = false;
            for (PlaceMention r : in.places()) if (r.start() <= ws && r.end() > ws) placeWord = true;
            if (!placeWord) return true;
        }
        return false;
    }

    /** Whether the text writes this word in lower case somewhere (a common word, not a first name). */
    private static boolean lowerElsewhere(String text, String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        int i = text.indexOf(lower);
        while (i >= 0) {
            boolean startOk = i == 0 || !Character.isLetter(text.charAt(i - 1));
            int e = i + lower.length();
            boolean endOk = e >= text.length() || !Character.isLetter(text.charAt(e));
            if (startOk && endOk) return true;
            i = text.indexOf(lower, i + 1);
        }
        return false;
    }

    /** "flown to Fargo", "rushed to Tampa": where the wounded were taken. */
    private static final Pattern TAKEN_TO = Pattern.compile("(?i)\\b(?:flown|airlifted|rushed|taken|transported)\\s+(?:\\w+\\s+)?to\\s+$");
    /** "arrested in Detroit", "captured in Mexico": where a suspect was caught, not where the deed was done. */
    private static final Pattern CAUGHT_IN = Pattern.compile("(?i)\\b(?:arrested|captured|caught|nabbed|apprehended)\\s+in\\s+$");
    /** "arrested in Tampa shooting": the place then names the deed itself. */
    private static final Pattern DEED_AFTER = Pattern.compile("(?i)^\\s+(?:[\\w'’-]+\\s+)?(?:shootings?|killings?|slayings?|murders?|deaths?"
            + "|homicides?|stabbings?|case|attacks?|robbery|standoff)\\b");

    /** Whether a place is where someone was taken or caught after the event. */
    static boolean destination(Input in, PlaceMention p, String before) {
        if (TAKEN_TO.matcher(before).find()) return true;
        if (!CAUGHT_IN.matcher(before).find()) return false;
        String after = in.text().substring(p.end(), Math.min(in.text().length(), p.end() + 30));
        return !DEED_AFTER.matcher(after).find();
    }

    /** The most specific place the sentence locates something at: not a demonym, an outlet's name, an embassy's country or a reference point. */
    private static PlaceMention location(Input in, Sentence s, Incident current, Frame frame) {
        PlaceMention best = null, continuing = null;
        String speakers = (nullToEmpty(s.attribution().speaker()) + " | " + nullToEmpty(s.attribution().via()));
        int outlet = s.index() == 0 ? outletStart(in) : -1;
        for (PlaceMention p : in.places()) {
            if (p.start() < s.start() || p.end() > s.end() || p.demonym()) continue;
            if (outlet >= 0 && p.start() >= outlet || stray(in, p, frame)) continue;
            if (!speakers.isBlank() && speakers.contains(p.text()) && p.place().kind() == Place.Kind.COUNTRY) continue;
            if (p.facility() != null && EMBASSY.matcher(p.facility()).find() && p.place().kind() == Place.Kind.COUNTRY) continue;
            String before = in.text().substring(Math.max(s.start(), p.start() - 40), p.start());
            if (RELATIVE_DISTANCE.matcher(before).find() || PRO_ANTI.matcher(before).find()) continue;
            if (street(in, p) || suburbOf(in, p) || HOSPITAL_IN.matcher(before).find() || surname(in, p) || firstName(in, p)) continue;
            if (destination(in, p, before)) continue;
            if (best == null || rank(p) + at(in, p, s) > rank(best) + at(in, best, s)) best = p;
            if (current != null && current.place != null && compatible(current.place, p.place())
                    && (continuing == null || rank(p) > rank(continuing))) continuing = p;
        }
        // a sentence that names the incident's town among others goes on about that incident
        return continuing != null && rank(continuing) >= rank(best) - 5 ? continuing : best;
    }

    /**
     * The country most of the article's places lie in, when it clearly dominates (at least {@value #DOMINANT}
     * mentions and twice any other country's), else null.
     */
    static String dominantCountry(Input in) {
        java.util.Map<String, Integer> n = new java.util.HashMap<>();
        for (PlaceMention p : in.places()) if (!p.demonym()) n.merge(p.place().country(), 1, Integer::sum);
        String best = null;
        int top = 0, second = 0;
        for (var e : n.entrySet()) {
            if (e.getValue() > top) { second = top; top = e.getValue(); best = e.getKey(); }
            else if (e.getValue() > second) second = e.getValue();
        }
        return top >= DOMINANT && top >= 2 * second ? best : null;
    }

    /**
     * A town or country of another country than the one the article is about, named without its state or country:
     * in local news more likely a misread name ("Magnet store", "Send us your news") than the place of the event.
     */
    private static boolean stray(Input in, PlaceMention p, Frame frame) {
        if (frame.country() != null && !frame.country().equals(p.place().country()) && p.place().kind() != Place.Kind.ADMIN1) return true;
        // a town of another state than the one the article's places lie in: a namesake ("Austin" in a Chicago story)
        return frame.region() != null && p.place().kind() == Place.Kind.CITY && p.place().country().equals(frame.country())
                && !Objects.equals(frame.region(), p.place().admin1()) && frame.anchor().distanceKm(p.place()) > STRAY_KM
                && !qualified(in, p);
    }

    /** How far from the article's state a town of another state must lie to count as a namesake (a neighbouring state's town may be meant). */
    private static final double STRAY_KM = 150;

    /**
     * Where the article's places lie: its dominant country and, within it, its dominant state when one clearly
     * dominates, with the first place named there.
     */
    record Frame(String country, String region, Place anchor) {}

    static Frame frame(Input in) {
        String country = dominantCountry(in);
        if (country == null) return new Frame(null, null, null);
        java.util.Map<String, Integer> n = new java.util.HashMap<>();
        java.util.Map<String, Place> first = new java.util.HashMap<>();
        for (PlaceMention p : in.places()) {
            Place q = p.place();
            if (p.demonym() || !q.country().equals(country) || q.admin1() == null || q.kind() == Place.Kind.COUNTRY || street(in, p)) continue;
            n.merge(q.admin1(), 1, Integer::sum);
            first.putIfAbsent(q.admin1(), q);
        }
        String best = null;
        int top = 0, second = 0;
        for (var e : n.entrySet()) {
            if (e.getValue() > top) { second = top; top = e.getValue(); best = e.getKey(); }
            else if (e.getValue() > second) second = e.getValue();
        }
        boolean dominates = top >= DOMINANT && top >= 2 * second;
        return new Frame(country, dominates ? best : null, dominates ? first.get(best) : null);
    }

    /** "Prince George, Va.", "Manchester (N.H.)": a town named with its own state right after it. */
    private static boolean qualified(Input in, PlaceMention p) {
        for (PlaceMention q : in.places()) {
            if (q.start() < p.end() || q.start() > p.end() + 3) continue;
            return q.place().kind() == Place.Kind.ADMIN1 && Objects.equals(q.place().admin1(), p.place().admin1())
                    && in.text().substring(p.end(), q.start()).matches("\\s*[,(]?\\s*");
        }
        return false;
    }

    private static int rank(PlaceMention p) {
        int r = switch (p.place().kind()) {
            case CITY -> 30;
            case ADMIN1 -> 20;
            case COUNTRY -> 10;
        };
        return r + (p.facility() != null ? 5 : 0);
    }

    private record Dated(LocalDate date, String text) {}

    /**
     * The article's main incident is at the town of the story's dateline ("CHICAGO (STMW) —") unless its own
     * place is a town of the same state near it (the dateline names the nearest known town).
     */
    private static void relocate(Input in, List<Incident> incidents, Frame frame) {
        Incident main = firstMain(incidents);
        if (main == null) return;
        // an unplaced main incident (a headline alone) takes the article's prominent place, which the rules below refine
        if (main.place == null) main.place = prominentPlace(in, frame);
        if (main.place == null) return;
        if (main.place.place().kind() == Place.Kind.ADMIN1) {
            // "shot in Tennessee" … "in Brownsville": the first town of that state the article names
            int outlet = outletStart(in);
            for (PlaceMention p : in.places()) {
                if (p.place().kind() != Place.Kind.CITY || notEventPlace(in, p, frame, outlet)) continue;
                if (p.place().country().equals(main.place.place().country()) && Objects.equals(p.place().admin1(), main.place.place().admin1())) {
                    main.place = p;
                    break;
                }
            }
        }
        PlaceMention dl = dateline(in);
        if (dl != null) {
            Place c = main.place.place(), d = dl.place();
            // a nearby town of the text is the more precise place, unless the text names the dateline's town again
            boolean near = c.geonamesId() == d.geonamesId() || c.kind() == Place.Kind.CITY && c.country().equals(d.country())
                    && Objects.equals(c.admin1(), d.admin1()) && c.distanceKm(d) <= DATELINE_KM && !namedAgain(in, dl);
            if (!near && !headlineTownOfDatelineState(in, main.place, dl)) main.place = dl;
        }
        PlaceMention town = townInCounty(in, main, frame);
        if (town != null) main.place = town;
        // the police who handle it are the town's ("Chicago Police" for a story datelined at a neighbourhood named like a Texan town)
        PlaceMention police = policeTown(in, frame);
        Place c = main.place.place();
        if (police != null && c.kind() == Place.Kind.CITY && !qualified(in, main.place)
                && (!c.country().equals(police.place().country()) || c.distanceKm(police.place()) > POLICE_KM)) {
            main.place = police;
        }
        if (farNamesake(in, main.place)) main.place = homeTown(in);
    }

    /**
     * Whether the headline names the main incident's town (or county) in the dateline's state or near it ("Stamford
     * gunshot victim 'doing well'" over "BRIDGEPORT —", "Marysville school shooter" over "SEATTLE —"): a wire or
     * station bureau datelines the story where it writes it, the headline says where it happened.
     */
    private static boolean headlineTownOfDatelineState(Input in, PlaceMention main, PlaceMention dateline) {
        if (in.sentences().isEmpty() || main.start() >= in.sentences().get(0).end() || main.end() <= main.start()) return false;
        Place c = main.place(), d = dateline.place();
        if (c.kind() != Place.Kind.CITY || !c.country().equals(d.country())) return false;
        // a county only when written as one ("Lake Co. toddler"; a bare "Pasco" or "Navajo Nation" is vaguer than a town)
        if (COUNTY.matcher(c.name()).matches() && !WRITTEN_COUNTY.matcher(main.text()).find()
                && !WRITTEN_COUNTY_AFTER.matcher(in.text().substring(main.end(), Math.min(in.text().length(), main.end() + 10))).find()) return false;
        double km = c.distanceKm(d);
        // a village far from the dateline's city is more likely a part of it named like a far town ("Washington Park")
        if (c.population() < SMALL_TOWN && km > HOME_KM) return false;
        return Objects.equals(c.admin1(), d.admin1()) || km <= NEARBY_KM;
    }

    /** "Lake Co.", "Orleans Parish": a county written with its division word. */
    private static final Pattern WRITTEN_COUNTY = Pattern.compile("(?i)\\b(?:county|co\\.?|parish|borough)$");
    private static final Pattern WRITTEN_COUNTY_AFTER = Pattern.compile("^\\s+(?:County|Co\\.|Parish|Borough)");
    /** A town smaller than this, far from where the story is written, may be a neighbourhood of a namesake. */
    private static final long SMALL_TOWN = 10_000;

    /** Beyond this distance from a local outlet's home town, a town of another state is a misread local name. */
    private static final double HOME_KM = 150;
    /** A city this big is news in its own right ("Austin", "Milwaukee"), not a local name misread. */
    private static final long BIG_CITY = 200_000;

    /**
     * Whether the main incident's town is a far namesake of a local name: the outlet's home town is known, the town
     * lies in another state or country over {@value #HOME_KM} km from it, is not written with its state, and the
     * article names no state or country but the outlet's own ("Germantown" or "Homewood" in a city paper are its
     * neighbourhoods, not Maryland's or Illinois's towns); a big city of the outlet's country is taken as written.
     */
    private static boolean farNamesake(Input in, PlaceMention main) {
        Place h = in.homeTown(), c = main.place();
        if (h == null || c.kind() != Place.Kind.CITY || qualified(in, main)
                || c.population() >= BIG_CITY && c.country().equals(h.country())) return false;
        if (c.country().equals(h.country()) && Objects.equals(c.admin1(), h.admin1()) || c.distanceKm(h) <= HOME_KM) return false;
        if (corroborated(in, main) || COUNTY.matcher(c.name()).matches() && WRITTEN_COUNTY.matcher(main.text()).find()) return false;
        int outlet = outletStart(in);
        int headlineEnd = in.sentences().isEmpty() ? 0 : in.sentences().get(0).end();
        for (PlaceMention p : in.places()) {
            if (p.demonym() || outlet >= 0 && p.start() >= outlet && p.start() < headlineEnd) continue;
            Place q = p.place();
            if (q.kind() == Place.Kind.COUNTRY && !q.country().equals(h.country())) return false;
            if (q.kind() == Place.Kind.ADMIN1 && !(q.country().equals(h.country()) && Objects.equals(q.admin1(), h.admin1()))) return false;
        }
        return true;
    }

    /** How near another place of the article must lie to vouch for a town's far reading. */
    private static final double CORROBORATE_KM = 40;

    /**
     * Whether another name of the article (not the town's own, nor the headline's outlet branding) is read as a place
     * near the town ("Goldsboro" with "the Wayne County Sheriff's Office", "Ridgeville" with "Berkeley County"): two
     * names agreeing on one far region are that region, not a local name misread.
     */
    private static boolean corroborated(Input in, PlaceMention main) {
        Place c = main.place();
        int outlet = outletStart(in);
        int headlineEnd = in.sentences().isEmpty() ? 0 : in.sentences().get(0).end();
        for (PlaceMention p : in.places()) {
            if (p.demonym() || p.place().kind() != Place.Kind.CITY || p.place().geonamesId() == c.geonamesId()
                    || outlet >= 0 && p.start() >= outlet && p.start() < headlineEnd) continue;
            if (p.text().equalsIgnoreCase(main.text())) continue;
            if (p.place().country().equals(c.country()) && c.distanceKm(p.place()) <= CORROBORATE_KM) return true;
        }
        return false;
    }

    /** "a suburban Seattle home", "the suburbs of Chicago": a big city the event happened near, not in. */
    private static final Pattern SUBURB_BEFORE = Pattern.compile("(?i)\\b(?:suburban|suburbs? of)\\s+$");
    /** "a Chicago suburb", "Seattle-area": the same, named after the city. */
    private static final Pattern SUBURB_AFTER = Pattern.compile("(?i)^(?:-area\\b|\\s+suburbs?\\b)");

    /** Whether a town is named as the city whose suburb the event happened in ("suburban Seattle", "a Chicago suburb"). */
    static boolean suburbOf(Input in, PlaceMention p) {
        if (p.place().kind() != Place.Kind.CITY) return false;
        String before = in.text().substring(Math.max(0, p.start() - 20), p.start());
        String after = in.text().substring(p.end(), Math.min(in.text().length(), p.end() + 12));
        return SUBURB_BEFORE.matcher(before).find() || SUBURB_AFTER.matcher(after).find();
    }

    /** "Pinellas County", "Orleans Parish": a county, which holds the towns the event may be placed at more precisely. */
    private static final Pattern COUNTY = Pattern.compile("(?i).*\\b(?:county|parish|borough)$");
    /** "a rural Williston address", "their Deland home": a town named as where a dwelling is. */
    private static final Pattern RESIDENCE_AFTER = Pattern.compile("^\\s+(?:address|home|residence|house|apartment|property)\\b");
    /** How far from a county's centre a town may lie and still be taken as inside it. */
    private static final double COUNTY_KM = 35;

    /**
     * When the main incident is placed at a county, the first town inside it that a sentence of the article
     * locates something at ("Pinellas deputies …" … "at his home in Eastlake"), names a dwelling after ("a rural
     * Williston address") or names with its police ("La Porte Police", "police in Punxsutawney"), else null.
     */
    private static PlaceMention townInCounty(Input in, Incident main, Frame frame) {
        Place c = main.place.place();
        if (c.kind() != Place.Kind.CITY || !COUNTY.matcher(c.name()).matches()) return null;
        int outlet = outletStart(in);
        for (Sentence s : in.sentences()) {
            for (PlaceMention p : in.places()) {
                if (p.start() < s.start() || p.end() > s.end()) continue;
                Place t = p.place();
                if (t.kind() != Place.Kind.CITY || COUNTY.matcher(t.name()).matches() || notEventPlace(in, p, frame, outlet)) continue;
                if (!t.country().equals(c.country()) || !Objects.equals(t.admin1(), c.admin1()) || c.distanceKm(t) > COUNTY_KM) continue;
                String before = in.text().substring(Math.max(s.start(), p.start() - 40), p.start());
                String after = in.text().substring(p.end(), Math.min(s.end(), p.end() + 20));
                // "at his home in Eastlake", "a rural Williston address", "La Porte Police", "state police in Punxsutawney"
                if (LOCATIVE.matcher(before).find() || RESIDENCE_AFTER.matcher(after).find()
                        || POLICE_AFTER.matcher(after).find() || POLICE_BEFORE.matcher(before).find()) return p;
            }
        }
        return null;
    }

    /** Two places within {@value #NEARBY_KM} km of each other (an admin1 or country is never nearby). */
    private static boolean nearby(Place a, Place b) {
        return a.kind() == Place.Kind.CITY && b.kind() == Place.Kind.CITY && a.distanceKm(b) <= NEARBY_KM;
    }

    /** A town this close to the main incident's may be where the story's own incident happened (its suburb, its county). */
    private static final double NEARBY_KM = 100;

    /** Whether the text names the town of a mention again after it ("SNELLVILLE — …" … "a home in Snellville"). */
    private static boolean namedAgain(Input in, PlaceMention p) {
        for (PlaceMention q : in.places()) if (q.start() > p.start() && q.place().geonamesId() == p.place().geonamesId()) return true;
        return false;
    }

    /** The first town the article names with its police or sheriff ("Chicago Police", "police in Erie"), or null. */
    private static PlaceMention policeTown(Input in, Frame frame) {
        int outlet = outletStart(in);
        for (PlaceMention p : in.places()) {
            if (p.place().kind() != Place.Kind.CITY || notEventPlace(in, p, frame, outlet)) continue;
            String before = in.text().substring(Math.max(0, p.start() - 40), p.start());
            String after = in.text().substring(p.end(), Math.min(in.text().length(), p.end() + 30));
            if (POLICE_AFTER.matcher(after).find() || POLICE_BEFORE.matcher(before).find()) return p;
        }
        return null;
    }

    /** The article's first main incident that some sentence tells, or null. */
    private static Incident firstMain(List<Incident> incidents) {
        for (Incident i : incidents) if (i.role == EventMention.Role.MAIN && !i.sentences.isEmpty()) return i;
        return null;
    }

    /**
     * Whether a place mention cannot be where the article's incident happened: a demonym, part of the headline's
     * outlet branding (from {@code outlet}, see {@link #outletStart}), a stray name or a street.
     */
    private static boolean notEventPlace(Input in, PlaceMention p, Frame frame, int outlet) {
        int headlineEnd = in.sentences().isEmpty() ? 0 : in.sentences().get(0).end();
        return p.demonym() || outlet >= 0 && p.start() >= outlet && p.start() < headlineEnd || stray(in, p, frame) || street(in, p)
                || surname(in, p) || firstName(in, p);
    }

    /** The town of a dateline opening one of the first sentences after the headline (not one its written state contradicts), else null. */
    static PlaceMention dateline(Input in) {
        for (Sentence s : in.sentences()) {
            if (s.index() == 0) continue;
            if (s.index() > LEAD_SENTENCES) break;
            if (!DATELINE.matcher(s.text()).find()) continue;
            for (PlaceMention p : in.places()) {
                if (p.start() < s.start() || p.start() > s.start() + 3 || p.demonym()) continue;
                // "LETCHER, S.D." read as Kentucky's county: the written state says the town was misread
                return p.place().kind() == Place.Kind.CITY && !misqualified(in, p) ? p : null;
            }
        }
        return null;
    }

    /** Where the headline's outlet branding starts, or -1: the outlet's home town is not where the event was. */
    static int outletStart(Input in) {
        if (in.sentences().isEmpty()) return -1;
        Sentence h = in.sentences().get(0);
        java.util.regex.Matcher m = OUTLET_SUFFIX.matcher(h.text());
        return m.find() ? h.start() + m.start() : -1;
    }

    /**
     * The article's main incident takes the day of the first expression that dates the happening itself
     * ({@link Attachment}) in a sentence that is about it (its own, or one naming no other place), when its day
     * was only the publication day or came from an expression that dates something else: a follow-up's "was
     * arrested Monday" or "police said Tuesday" gives way to "the shooting happened Saturday night".
     */
    private void redate(Input in, List<Incident> incidents, Frame frame) {
        if (in.published() == null || !english(in)) return;
        Incident main = firstMain(incidents);
        if (main == null) return;
        if (main.dateExplicit && main.dateText != null && attachedIn(in, main)) return;
        TimeMention chosen = null, neutral = null, hedged = null;
        search:
        for (Sentence s : in.sentences()) {
            boolean factual = s.attribution().modality().factual();
            boolean own = main.sentences.stream().anyMatch(x -> x.index() == s.index());
            if (!own) {
                PlaceMention p = location(in, s, main, frame);
                // a far town of the same country: another incident (a foreign match there is more likely a misread name;
                // a town nearby, a suburb the dateline's city stands for)
                if (p != null && main.place != null && !compatible(main.place, p.place())
                        && p.place().country().equals(main.place.place().country()) && !nearby(main.place.place(), p.place())
                        && elsewhere(in, s, p)) continue;
            }
            for (TimeMention t : in.times()) {
                if (t.start() < s.start() || t.end() > s.end() || !usable(in, s, t)) continue;
                int j = Attachment.judge(in.text(), s.start(), s.end(), t.start(), t.end());
                if (!factual) {
                    // "a shooting Thursday evening … appears to have been accidental": hedged about, not about when
                    // ("may have been a response to Friday's strike": the hedge covers what follows it, day included)
                    if (j > 0 && hedged == null && beforeHedge(in, s, t) && Triggers.forLanguage(in.language()).find(s.text()) != null) hedged = t;
                    continue;
                }
                if (j > 0) { chosen = t; break search; }
                if (j == 0 && neutral == null && s.index() <= 2 * LEAD_SENTENCES) neutral = t;
            }
        }
        if (chosen == null) chosen = hedged;
        // an incident dated only by its publication takes a day its lead gives, even without a cue word
        if (chosen == null && !main.dateExplicit) chosen = neutral;
        if (chosen == null) return;
        LocalDate day = day(in, chosen);
        if (day.equals(main.date) && main.dateExplicit) return;
        LocalDate old = main.date;
        for (Incident i : incidents) {
            if (i != main && i.role == EventMention.Role.MAIN && !i.dateExplicit && Objects.equals(i.date, old)) i.date = day;
        }
        main.date = day;
        main.dateText = chosen.text();
        main.dateExplicit = true;
    }

    /**
     * A report tells the deed first and later steps after it: "a man was shot Friday night at a party" … "officers went
     * back to the house Saturday morning after the shooting". When a sentence about the main incident, before the one its
     * day comes from, dates the happening itself ({@link Attachment}) to an earlier day (up to {@value #REFINE_MAX_DAYS}
     * days; a bare weekday only within the six days before publication), that earlier day is the incident's.
     */
    private static void earlierDeed(Input in, List<Incident> incidents, Frame frame) {
        if (in.published() == null || !english(in)) return;
        Incident main = firstMain(incidents);
        if (main == null || !main.dateExplicit || main.dateText == null || main.date == null) return;
        int from = dayFrom(in, main);
        if (from < 0) return;
        for (Sentence s : in.sentences()) {
            if (s.index() >= from) return;
            if (!s.attribution().modality().factual() || !about(in, s, main, frame)) continue;
            for (TimeMention t : in.times()) {
                if (t.start() < s.start() || t.end() > s.end() || !usable(in, s, t)) continue;
                LocalDate day = day(in, t);
                // a deed up to two months before the step the report leads with; a bare weekday of the last six days
                boolean nextDaytime = day.equals(main.date.plusDays(1)) && daytime(t.text());
                if (!day.isBefore(main.date) && !nextDaytime || ChronoUnit.DAYS.between(day, main.date) > REFINE_MAX_DAYS
                        || bareWeekday(t.text()) && ChronoUnit.DAYS.between(day, in.published()) >= 7) continue;
                if (Attachment.judge(in.text(), s.start(), s.end(), t.start(), t.end()) <= 0) continue;
                for (Incident i : incidents) {
                    if (i != main && i.role == EventMention.Role.MAIN && !i.dateExplicit && Objects.equals(i.date, main.date)) i.date = day;
                }
                main.date = day;
                main.dateText = t.text();
                return;
            }
        }
    }

    /**
     * "Saturday morning", "1:27 a.m. Saturday", "2:15 p.m. Wednesday": a weekday with its time of day. Told first, it dates
     * the deed although a later sentence names the evening before ("Friday night": the party, the argument, the calls);
     * a bare next day ("Sunday") or "overnight" does not (tuning part: 6 articles gained, none lost).
     */
    static boolean daytime(String text) {
        return WEEKDAY.matcher(text).find() && DAYTIME.matcher(text).find() && !NIGHT.matcher(text).find();
    }

    private static final Pattern DAYTIME = Pattern.compile("(?i)\\b(?:morning|afternoon|noon|midday|dawn|a\\.?m\\b\\.?|p\\.?m\\b\\.?)");
    private static final Pattern NIGHT = Pattern.compile("(?i)\\b(?:night|evening|overnight|midnight)\\b");

    /** The index of the first sentence holding the expression the main incident's day comes from, or -1. */
    private static int dayFrom(Input in, Incident main) {
        for (Sentence s : in.sentences()) {
            for (TimeMention t : in.times()) {
                if (t.start() < s.start() || t.end() > s.end() || !t.text().equals(main.dateText) || !usable(in, s, t)) continue;
                if (day(in, t).equals(main.date)) return s.index();
            }
        }
        return -1;
    }

    /**
     * A main incident dated by a bare weekday six days before publication ("Wednesday" in a paper stamped Tuesday) while
     * a sentence about it names the publication day's own weekday ("Tuesday night"): the two are consecutive days, not
     * eight days apart — the page was stamped a day early (near midnight, another time zone) and "Wednesday" is the
     * writer's today. The incident takes the publication day's expression.
     */
    private static void stampADayEarly(Input in, List<Incident> incidents, Frame frame) {
        if (in.published() == null || !english(in)) return;
        Incident main = firstMain(incidents);
        if (main == null || main.date == null || main.dateText == null || !main.date.equals(in.published().minusDays(6))
                || !bareWeekday(main.dateText)) return;
        for (Sentence s : in.sentences()) {
            if (!s.attribution().modality().factual() || !about(in, s, main, frame)) continue;
            for (TimeMention t : in.times()) {
                if (t.start() < s.start() || t.end() > s.end() || !usable(in, s, t) || !WEEKDAY.matcher(t.text()).find()
                        || !day(in, t).equals(in.published())) continue;
                if (Attachment.judge(in.text(), s.start(), s.end(), t.start(), t.end()) < 0) continue;
                main.date = in.published();
                main.dateText = t.text();
                main.dateExplicit = true;
                return;
            }
        }
    }

    /** "Friday", "Friday night": a weekday with no date or "last" that would fix its week. */
    private static boolean bareWeekday(String text) {
        return WEEKDAY.matcher(text).find() && !MONTH_DAY.matcher(text).find() && !LAST_WEEKDAY.matcher(text).find();
    }

    /** Whether a sentence is about the main incident: its own, or one that places nothing at a far town of its country. */
    private static boolean about(Input in, Sentence s, Incident main, Frame frame) {
        if (main.sentences.stream().anyMatch(x -> x.index() == s.index())) return true;
        PlaceMention p = location(in, s, main, frame);
        return p == null || main.place == null || compatible(main.place, p.place())
                || !p.place().country().equals(main.place.place().country()) || nearby(main.place.place(), p.place())
                || !elsewhere(in, s, p);
    }

    /**
     * Whether a far town really places its sentence elsewhere: named after "in/at/near" or with its police ("in Erie",
     * "Salina police"). A bare name ("Webb was shot on Jan. 31", "at Azalea Park Apartments") is more likely a person or a
     * building read as a town, and does not keep the sentence from dating the incident.
     */
    private static boolean elsewhere(Input in, Sentence s, PlaceMention p) {
        return at(in, p, s) > 0 && !BUILDING_AFTER.matcher(in.text().substring(p.end(), Math.min(s.end(), p.end() + 40))).lookingAt();
    }

    /** "at Azalea Park Apartments", "the Hollywood Recreation Center": a building named after a place, not the town. */
    private static final Pattern BUILDING_AFTER = Pattern.compile("^(?:\\s+[A-Z][a-z]+){0,2}\\s+(?:Apartments?|Apts\\b|Complex|Townhomes"
            + "|Condominiums|Condos|Motel|Hotel|Inn|Recreation Cent(?:er|re)|Community Cent(?:er|re)|Shopping Cent(?:er|re)|Mall|Plaza)\\b");

    /**
     * Whether a time expression comes before the first hedge of its sentence ("… Thursday evening appears to have been …"),
     * or the sentence has none (set apart for another reason: "… Saturday night. It was unclear why" run together).
     */
    private static boolean beforeHedge(Input in, Sentence s, TimeMention t) {
        java.util.regex.Matcher h = HEDGE.matcher(s.text());
        return !h.find() || s.start() + h.start() >= t.end();
    }

    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:may|might|could|would|appears?|appeared|seems?|seemed"
            + "|believed?|believes|likely|possibly|probably|apparently|allegedly|suspected|thought)\\b");

    /** Whether the main incident's date expression, in one of its sentences, may date the happening itself. */
    private static boolean attachedIn(Input in, Incident main) {
        for (Sentence s : main.sentences) {
            for (TimeMention t : in.times()) {
                if (t.start() < s.start() || t.end() > s.end() || !t.text().equals(main.dateText)) continue;
                if (Attachment.judge(in.text(), s.start(), s.end(), t.start(), t.end()) > 0) return true;
            }
        }
        return false;
    }

    /** A day-precise expression, not a clock time alone, a future day, a page's timestamp or a time of speaking. */
    private static boolean usable(Input in, Sentence s, TimeMention t) {
        if (t.date() == null || (t.type() != TimexType.DATE && t.type() != TimexType.TIME)) return false;
        if (t.type() == TimexType.TIME && CLOCK_ONLY.matcher(t.text()).matches()) return false;
        if (in.published() != null && day(in, t).isAfter(in.published())) return false;
        String before = in.text().substring(Math.max(s.start(), t.start() - 12), t.start());
        if (FUTURE_CONTEXT.matcher(before).find() || BIRTH.matcher(before).find()) return false;
        // "injuries from Friday morning's shooting" dates it; "from Monday to Friday" is a period
        if (FROM_BEFORE.matcher(before).find()
                && PERIOD_AFTER.matcher(in.text().substring(t.end(), Math.min(s.end(), t.end() + 10))).lookingAt()) return false;
        if (HOLIDAY.matcher(t.text()).matches() && (FOR_BEFORE.matcher(before).find()
                || HOLIDAY_PERIOD.matcher(in.text().substring(t.end(), Math.min(s.end(), t.end() + 20))).lookingAt())) {
            return false; // "a shotgun he got for Christmas", "over the Thanksgiving holiday": not the day of the event
        }
        String speech = in.text().substring(Math.max(s.start(), t.start() - 30), t.start());
        return !SPEECH_TIME.matcher(speech).find() && !timestamp(in, t);
    }

    /**
     * The day an expression gives an event: "overnight" alone is the night that ended on the publication day,
     * and what happened after midnight is dated on that day.
     */
    private static LocalDate day(Input in, TimeMention t) {
        if (in.published() == null) return t.date();
        if (OVERNIGHT.matcher(t.text()).matches()) return in.published();
        if (t.date().isAfter(in.published()) && pastWeekday(in, t)) {
            // "the Friday shooting" read as next Friday: a shooting already reported is the past one
            return t.date().minusWeeks(1);
        }
        if (LAST_WEEKDAY.matcher(t.text()).find() && t.date().equals(in.published().minusDays(1))) {
            // "last Friday" written on a Saturday: yesterday would be "Friday"; news means the week before
            return t.date().minusWeeks(1);
        }
        return t.date();
    }

    /**
     * Whether an expression resolved to a day after publication is a bare weekday that qualifies the happening's own
     * noun ({@link Attachment}): "the Friday shooting" in a Thursday paper is last Friday's.
     */
    private static boolean pastWeekday(Input in, TimeMention t) {
        if (!WEEKDAY.matcher(t.text()).find() || MONTH_DAY.matcher(t.text()).find() || t.date().minusWeeks(1).isAfter(in.published())) return false;
        for (Sentence s : in.sentences()) {
            if (t.start() < s.start() || t.end() > s.end()) continue;
            return Attachment.qualifiesTheHappening(in.text(), s.end(), t.end());
        }
        return false;
    }

    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\b");
    /** A calendar date written out: "Jan. 31", "3/14", "the 4th". */
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\d/\\d|\\b\\d{1,2}(?:st|nd|rd|th)\\b|\\b(?:19|20)\\d{2}\\b");
    private static final Pattern LAST_WEEKDAY = Pattern.compile("(?i)\\blast\\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b");

    /** The day the sentence dates its occurrence to: the day-precise expression nearest the trigger, never a future one. */
    private static Dated date(Input in, Sentence s, Triggers.Hit hit) {
        TimeMention best = null;
        int anchor = s.start() + (hit != null ? hit.offset() : 0);
        for (TimeMention t : in.times()) {
            if (t.start() < s.start() || t.end() > s.end() || !usable(in, s, t)) continue;
            if (best == null || Math.abs(t.start() - anchor) < Math.abs(best.start() - anchor)) best = t;
        }
        return best == null ? null : new Dated(day(in, best), best.text());
    }

    /**
     * The type of an incident: read from the text of its sentences; where that reads as a stance or an
     * arrangement, the clause of its first trigger votes too, so that "soldiers were deployed after the drone
     * strike" is typed by the strike it reports.
     */
    private EventType type(Input in, Incident i, String text) {
        java.util.Map<EventType, Double> all = types.scores(text, in.language());
        EventType whole = best(all);
        if (i.trigger == null || !NOT_AN_OCCURRENCE.contains(whole)) return whole;
        java.util.Map<EventType, Double> local = types.scores(i.trigger, in.language());
        java.util.Map<EventType, Double> sum = new java.util.EnumMap<>(EventType.class);
        all.forEach((k, v) -> sum.merge(k, v, Double::sum));
        local.forEach((k, v) -> sum.merge(k, v, Double::sum));
        return best(sum);
    }

    /** Types that describe a stance or an arrangement rather than something that happened to someone. */
    private static final java.util.Set<EventType> NOT_AN_OCCURRENCE = java.util.EnumSet.of(EventType.OTHER, EventType.DIPLO,
            EventType.AGREEMENT, EventType.CHANGE_TO_GROUP_ACT, EventType.HQ_ESTABLISHED, EventType.ATTRIB,
            EventType.NON_VIOL_TERRIT_TRANSFER);

    private static EventType best(java.util.Map<EventType, Double> scores) {
        EventType best = EventType.OTHER;
        double bestScore = -1;
        for (var e : scores.entrySet()) if (e.getValue() > bestScore) { bestScore = e.getValue(); best = e.getKey(); }
        return best;
    }

    /** The clause holding an offset: from the punctuation before it to the punctuation after. */
    private static String clause(String sentence, int offset) {
        int from = offset, to = offset;
        while (from > 0 && ",;:—–(".indexOf(sentence.charAt(from - 1)) < 0) from--;
        while (to < sentence.length() && ",;:—–).".indexOf(sentence.charAt(to)) < 0) to++;
        return sentence.substring(from, to).strip();
    }

    /**
     * True when the sentence places what it says in a period that does not hold the incident's day: a
     * month, year or season given as such ("in September", "since 2020"), not a day.
     */
    private static boolean otherPeriod(Input in, Sentence s, LocalDate day) {
        if (day == null) return false;
        for (TimeMention t : in.times()) {
            if (t.start() < s.start() || t.end() > s.end() || t.type() != TimexType.DATE || t.date() != null) continue;
            String v = t.value();
            if (v.matches("\\d{4}")) {
                if (Integer.parseInt(v) != day.getYear()) return true;
            } else if (v.matches("\\d{4}-\\d{2}")) {
                if (!v.equals(day.toString().substring(0, 7))) return true;
            }
        }
        return false;
    }

    /**
     * A page's own timestamp rather than an event's day: a full date with a clock time ("April 11, 2013
     * 4:39 PM", "4/7/2013 1:53:00 AM"), or the publication day written in full near the top.
     */
    private static boolean timestamp(Input in, TimeMention t) {
        // "CHATTANOOGA, Tenn., July 18 (Reuters) -", a caption's "…, July 18, 2016 (KOIN)": the outlet's stamp
        if (AGENCY_AFTER.matcher(in.text().substring(t.end(), Math.min(in.text().length(), t.end() + 14))).lookingAt()) return true;
        if (in.published() != null && Math.abs(ChronoUnit.DAYS.between(t.date(), in.published())) <= 1) {
            // "RICHMOND, Ind. (April 11, 2014) –", "(Posted on: February 13, 2014)", "Update, 12:44 p.m., Jan. 24:"
            String before = in.text().substring(Math.max(0, t.start() - 25), t.start());
            String after = in.text().substring(t.end(), Math.min(in.text().length(), t.end() + 3));
            if (STAMP_BEFORE.matcher(before).find() && (before.strip().endsWith("(") ? after.startsWith(")") : true)) return true;
        }
        boolean withYear = YEAR.matcher(t.text()).find();
        if (withYear && CLOCK.matcher(t.text()).find()) return true;
        if (withYear && t.start() < DATELINE_CHARS && t.date().equals(in.published())) {
            String after = in.text().substring(t.end(), Math.min(in.text().length(), t.end() + 20));
            return CLOCK.matcher(after).find() || t.start() < 120;
        }
        return false;
    }

    private static List<Figure> within(List<Figure> figures, Sentence s) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : figures) if (f.start() >= s.start() && f.end() <= s.end()) out.add(f);
        return out;
    }

    private static List<String> dedupe(List<String> xs) {
        List<String> out = new ArrayList<>();
        for (String x : xs) if (out.stream().noneMatch(o -> o.equalsIgnoreCase(x))) out.add(x);
        return out;
    }

    private static String nullToEmpty(String s) { return s == null ? "" : s; }

    /** One incident being built from consecutive sentences. */
    private static final class Incident {
        LocalDate date;
        String dateText;
        boolean dateExplicit;
        final EventMention.Role role;
        PlaceMention place;
        final List<Sentence> sentences = new ArrayList<>();
        final List<Figure> figures = new ArrayList<>();
        final List<String> actors = new ArrayList<>();
        final List<String> targets = new ArrayList<>();
        /** the clause around the first trigger: what the incident's type is read from first */
        String trigger;

        Incident(LocalDate date, String dateText, boolean explicit, EventMention.Role role) {
            this.date = date;
            this.dateText = dateText;
            this.dateExplicit = explicit;
            this.role = role;
        }

        void add(Sentence s, List<Figure> figs, PlaceMention p) {
            if (sentences.stream().noneMatch(x -> x.index() == s.index())) sentences.add(s);
            figures.addAll(figs);
            if (p != null && (place == null || rank(p) > rank(place) && compatible(place, p.place()))) place = p;
        }
    }
}
