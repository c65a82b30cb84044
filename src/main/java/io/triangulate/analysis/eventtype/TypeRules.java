package io.triangulate.analysis.eventtype;

import io.triangulate.model.EventType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static io.triangulate.analysis.eventtype.Concept.*;

/**
 * The language-independent decision: from the concepts found in a text to a score per event type. Each
 * rule reads as an ACLED / CASE-2021 definition (the means decides among the violent types, the target
 * tells an armed clash from an attack, who acts and how tells the four protest types apart, who takes a
 * place tells the territorial types apart), and the lead's event counts over background mentions.
 */
final class TypeRules {
    private TypeRules() {}

    private static final EventType[] TYPES = EventType.values();

    /** The types named by the means of violence. */
    private static final EventType[] MEANS = {EventType.SUIC_BOMB, EventType.CHEM_WEAP, EventType.GRENADE,
            EventType.AIR_STRIKE, EventType.ART_MISS_ATTACK, EventType.REM_EXPLOS};

    /** Baseline score of OTHER: a text with no clearer cue than this is not one of the event types. */
    static final double OTHER_BASELINE = 0.3;

    /** Scores indexed by {@link EventType#ordinal()}; non-negative, not normalised. */
    static double[] score(Evidence e) {
        Scores s = new Scores(e);

        // --- the means of violence -------------------------------------------------------------------
        double hostile = e.a(ATTACK_VERB) + e.a(NONSTATE_ACTOR) + e.a(MIL_TARGET) + e.a(CIV_TARGET)
                + e.a(KILLING) + e.a(CASUALTY) + e.a(SHOOTING) + e.a(CLASH);
        // Only a weak word for heavy weapons ("tank", "heavy weapons", "projectile") with nothing fired, no
        // attack, blast or victim: equipment (troops moving with tanks) or a storage tank, not a shelling.
        boolean struck = e.has(ATTACK_VERB) || e.has(SHOOTING) || e.has(CLASH) || e.has(KILLING) || e.has(CASUALTY)
                || e.has(NONSTATE_ACTOR) || e.has(EXPLOSION) && !e.has(MAN_MADE) && !e.has(FIRE) && !e.has(FACILITY_N);
        boolean weakHeavyWeapon = e.a(ARTILLERY) < 2 && !struck;
        double hostileActs = e.a(ATTACK_VERB) + e.a(NONSTATE_ACTOR) + e.a(SHOOTING) + e.a(CLASH) + e.a(AIR)
                + (weakHeavyWeapon ? 0 : e.a(ARTILLERY));
        // Killing oneself is a suicide bombing only with a blast in the same sentence ("detonated explosives,
        // killing themselves"), not a suicide after a shooting with a bomb threat paragraphs away.
        boolean selfBlast = e.near(SELF_KILL, EXPLOSION, 12) || e.near(SELF_KILL, BOMB, 12) || e.near(SELF_KILL, IED, 12);
        s.add(EventType.SUIC_BOMB, 1.6 * (e.a(SUICIDE) + (selfBlast ? e.a(SELF_KILL) : 0)), SUICIDE, SELF_KILL);
        // (The explosives then are the bomber's own: that blast is not a remote explosive besides.)
        double selfBlastFactor = selfBlast ? 0.5 : 1.0;
        double chem = e.a(CHEM);
        // A leak, a spill, a plant: an accident unless someone attacked.
        if ((e.has(CHEM_ACCIDENT) || e.has(MAN_MADE)) && hostileActs == 0) chem *= 0.3;
        s.add(EventType.CHEM_WEAP, 1.4 * chem, CHEM);
        s.add(EventType.GRENADE, 1.25 * e.a(GRENADE), GRENADE);
        s.add(EventType.AIR_STRIKE, 1.25 * e.a(AIR), AIR);
        // Aircraft named with no strike, blast, fire, fight or victim ("military planes entered the air defence
        // zone", "jets flew over the capital") are a flight, not an air strike.
        if (aircraftOnly(e)) s.scale(EventType.AIR_STRIKE, 0.3);
        s.add(EventType.ART_MISS_ATTACK, 1.15 * e.a(ARTILLERY), ARTILLERY);
        if (weakHeavyWeapon) s.scale(EventType.ART_MISS_ATTACK, 0.4);
        // A bomb or an explosion that hits someone, with no other means named, is a remote explosive.
        double otherMeans = e.a(SUICIDE) + e.a(GRENADE) + e.a(AIR) + e.a(ARTILLERY) + chem;
        double remote = 1.2 * e.a(IED) + (hostile > 0 ? 0.6 * e.a(BOMB) + (otherMeans == 0 ? 1.0 : 0.4) * e.a(EXPLOSION)
                : 0.3 * e.a(BOMB));
        // A bomb that went off ("a bomb hidden in a bag exploded") is a remote explosive even with no victim named.
        if (hostile == 0 && otherMeans == 0 && e.near(BOMB, EXPLOSION, 5)) remote += 0.6 * e.a(BOMB) + 0.6 * e.a(EXPLOSION);
        s.add(EventType.REM_EXPLOS, selfBlastFactor * remote, IED, BOMB, EXPLOSION);
        // An explosion at a plant, a depot or a gas tank with no attacker, bomb or weapon named is an accident.
        boolean attackNamed = e.has(BOMB) || e.has(IED) || e.has(ATTACK_VERB) || e.has(NONSTATE_ACTOR) || e.has(SHOOTING)
                || e.has(CLAIM) || e.has(MIL_TARGET) || e.has(ARTILLERY) && !weakHeavyWeapon || e.has(AIR) || e.has(GRENADE) || e.has(SUICIDE);
        // (The place alone, "a storage bunker at a treatment plant exploded", is enough: plants and tanks blow up by accident.)
        boolean facility = e.has(MAN_MADE) || e.has(FIRE) || e.has(CHEM_ACCIDENT) || e.has(ACCIDENT) || e.near(FACILITY_N, EXPLOSION, 8);
        if (e.has(EXPLOSION) && !attackNamed && facility) {
            s.add(EventType.MAN_MADE_DISASTER, 1.0 * e.a(EXPLOSION), EXPLOSION);
            s.scale(EventType.REM_EXPLOS, 0.5);
        }
        // An aircraft that crashed is an accident, not a strike.
        if (e.a(ACCIDENT) >= 2 && hostileActs - e.a(AIR) == 0) s.scale(EventType.AIR_STRIKE, 0.3);
        // Missiles fired by jets are an air strike; shells filled with gas a chemical attack.
        if (e.a(AIR) >= 1.5) s.scale(EventType.ART_MISS_ATTACK, 0.5);
        if (chem >= 2) {
            s.scale(EventType.ART_MISS_ATTACK, 0.4);
            s.scale(EventType.AIR_STRIKE, 0.4);
        }

        // --- weapons seized, defused, intercepted ----------------------------------------------------
        // Intercepting guns at a border is a seizure; intercepting missiles is counted below.
        double act = e.a(SEIZE) + e.a(DEFUSE) + (e.has(ARMS) ? e.a(INTERCEPT) : 0);
        double arms = e.a(ARMS) + 0.5 * (e.a(ARTILLERY) + e.a(GRENADE) + e.a(IED) + e.a(CHEM));
        double disr = 0;
        if (arms >= 0.7 && act >= 1) disr = 1.0 + 0.5 * Math.min(arms, act);
        disr += 1.0 * e.a(DEFUSE);
        // Missiles or drones intercepted: the interception is the event.
        // (Drones shot down by air defences likewise, "air defences destroyed a drone launched towards the city",
        // but not an aircraft downed in a battle that killed people.)
        if (e.before(INTERCEPT, ARTILLERY, 4) || e.before(ARTILLERY, INTERCEPT, 2)
                || e.before(INTERCEPT, AIR, 4) && !e.has(CASUALTY) && !e.has(KILLING) && !e.has(CLASH)) {
            disr += 1.0 + 1.3 * (e.a(ARTILLERY) + e.a(AIR));
        }
        else if (e.a(INTERCEPT) >= 1.5 && e.a(ARTILLERY) + e.a(AIR) >= 1.5) disr += 1.5;
        // An explosive device that did not go off (found, assessed, destroyed before use) is a weapon disrupted.
        boolean wentOff = e.has(EXPLOSION) || e.has(CASUALTY) || e.has(KILLING) || e.has(ATTACK_VERB) || e.has(SHOOTING)
                || e.has(CLASH) || e.has(SUICIDE);
        if (e.has(IED) && !wentOff && act == 0) {
            disr += 1.0 * e.a(IED);
            s.scale(EventType.REM_EXPLOS, 0.5);
        }
        s.add(EventType.DISR_WEAP, disr, SEIZE, DEFUSE, INTERCEPT, ARMS);
        boolean used = e.has(EXPLOSION) || e.has(CASUALTY) || e.has(KILLING) || e.has(ATTACK_VERB) || e.has(CLASH);
        if ((act >= 1 && disr > 0 || e.a(DEPLOY) >= 2) && !used) {
            // The weapons are the object of a seizure, a find or a deployment, not the means of an attack.
            for (EventType t : new EventType[] {EventType.GRENADE, EventType.REM_EXPLOS, EventType.ART_MISS_ATTACK,
                    EventType.CHEM_WEAP, EventType.AIR_STRIKE, EventType.ATTACK}) s.scale(t, 0.4);
        }

        // --- armed clash or attack: the target decides ----------------------------------------------
        // A "possible attack" or one "planned" or "attempted to" launch has not happened.
        double shoot = e.a(SHOOTING), kill = e.a(KILLING), atk = e.aOutside(ATTACK_VERB, FUTURE, 2, INTENT, 3), clash = e.a(CLASH);
        double mil = e.a(MIL_TARGET), civ = e.a(CIV_TARGET);
        // Soldiers or police who shoot, beat or kill ("soldiers tortured detainees") are the attackers, not the
        // target: with no armed group named against them, they make no armed clash.
        if (!e.has(NONSTATE_ACTOR)) mil = Math.max(0, mil - asAgent(e, MIL_TARGET));
        // An ambush (a cue that is both a clash and an attack) is a clash only when armed men are its target.
        if (mil < 1) clash = Math.max(0, clash - strongest(e, CLASH, ATTACK_VERB));
        boolean armedSides = mil >= 1 || clash >= 1.5;
        s.add(EventType.ARMED_CLASH, 1.1 * clash + (armedSides ? 0.9 * atk + 0.5 * shoot + 0.4 * kill : 0),
                CLASH, ATTACK_VERB);
        double onPeople = civ >= 1 || !armedSides ? 1.0 : 0.35;
        s.add(EventType.ATTACK, onPeople * (1.0 * shoot + 0.7 * atk + 0.5 * kill), SHOOTING, ATTACK_VERB, KILLING);
        // The weapon names the event: a grenade thrown or a shell fired during clashes is a grenade or shelling.
        double means = 0;
        for (EventType t : MEANS) means = Math.max(means, s.get(t));
        if (means >= 2) {
            s.scale(EventType.ARMED_CLASH, 0.6);
            s.scale(EventType.ATTACK, 0.6);
        } else if (e.has(EXPLOSION) && clash == 0 && shoot == 0 && otherMeans == 0 && !e.has(MAN_MADE)) {
            // "A blast targeting a police convoy killed three": with no fighting or gunfire named, the explosion
            // is the means of the attack on the armed men, not a clash with them.
            s.scale(EventType.ARMED_CLASH, 0.5);
        }

        // --- demonstrations ---------------------------------------------------------------------------
        double disperse = e.a(DISPERSE);
        // Protests a journalist "reported on" or a video "of" are what the report is about, not the event.
        double p = (e.has(REPORTED) ? e.aOutside(PROTEST, REPORTED, 3) : e.a(PROTEST)) + 0.5 * disperse;
        // Arrests or deployments "ahead of" or "in anticipation of" protests: the protest has not happened.
        // (An attempt to protest that the police stop with arrests or force is a protest met with intervention.)
        boolean stopped = e.has(ARREST) || e.has(DISPERSE) || e.has(REPRESSION);
        if (e.before(FUTURE, PROTEST, 4) || (e.before(INTENT, PROTEST, 3) && !stopped)) p *= 0.4;
        double riotCore = e.a(RIOT);
        double property = e.a(LOOT) + e.a(ARSON) + e.a(VANDAL);
        double mobAtProtest = 1.0;
        if (p > 0) {
            // Clashes at a demonstration are the demonstrators' violence, not an armed clash.
            if (!e.has(NONSTATE_ACTOR)) s.scale(EventType.ARMED_CLASH, 0.3);
            // What follows "against" or "denouncing" is what the protest is about, not what happened at it.
            double riot = e.aOutside(RIOT, TOPIC, 6, INTENT, 2) + 0.6 * e.aOutside(CLASH, TOPIC, 6) + 0.5 * property;
            // Protesters who attack, damage, burn or loot ("demonstrators damaged the gates", "protesters assaulted
            // two journalists") turn the protest violent, whatever the verb's own weight.
            // (Throwing, tearing down or smashing anything counts the same: "demonstrators threw rocks and projectiles".)
            riot += byProtesters(e, ATTACK_VERB) + byProtesters(e, VANDAL) + byProtesters(e, ARSON) + byProtesters(e, LOOT)
                    + byProtesters(e, THROW_V) + byProtesters(e, DAMAGE_V);
            // Roads blocked or things thrown by the police ("police blocked roads leading to the square") are no riot.
            riot = Math.max(0, riot - byForces(e, RIOT));
            double lethal = e.aOutside(LETHAL_FORCE, TOPIC, 6), repress = e.aOutside(REPRESSION, TOPIC, 6);
            double peaceful = e.a(PEACEFUL), arrest = e.aOutside(ARREST, TOPIC, 6), hurt = e.a(CASUALTY) + e.a(KILLING);
            // Soldiers or police hit by a named weapon (a grenade, a bomb) are no protesters hurt by the forces.
            if (means >= 2 && mil >= 1) hurt = 0;
            // "Security forces shot (at) protesters": the forces' gunfire is force against the demonstration.
            if (riot < 1 && forcesFireOnProtest(e)) lethal += 0.8 * e.a(SHOOTING);
            // "…were shot dead by the security forces during the protests": the passive says the same.
            else if (riot < 1 && e.a(PROTEST) >= 2 && e.before(SHOOTING, GOV_ACTOR, 4)) lethal += 0.8 * e.a(SHOOTING);
            // Demonstrators killed with the security forces on the scene and no violence by the crowd.
            if (riot < 1 && e.a(PROTEST) >= 2.5 && e.aOutside(KILLING, TOPIC, 6) >= 0.5 && e.has(GOV_ACTOR)) lethal += 1.0;
            double force = lethal + (hurt > 0 ? repress : 0) + (hurt > 0 && riot < 1 ? disperse : 0);
            double intervention = disperse + repress + hurt;
            EventType sub;
            double signal;
            if ((force >= 1 && riot < force) || (peaceful >= 1 && intervention >= 0.5 && riot < 1)) {
                sub = EventType.FORCE_AGAINST_PROTEST;
                signal = Math.max(force, peaceful);
            } else if (riot >= 1) {
                sub = EventType.VIOL_DEMONSTR;
                signal = riot;
            } else if (disperse + repress >= 1 || arrest >= 1) {
                sub = EventType.PROTEST_WITH_INTER;
                signal = disperse + repress + arrest;
            } else {
                sub = EventType.PEACE_PROTEST;
                signal = peaceful;
            }
            s.add(sub, 1.2 * p + 0.5 * Math.min(signal, 2), PROTEST, DISPERSE);
            // (The property and mob scores are added below: their factors are kept until then. Arrests at a
            // protest keep their full score: the protest type already outweighs them when it leads.)
            if (riot >= 1) {
                // Angry crowds at a protest are the protest turning violent (a mere "crowd" is not yet a protest).
                if (p >= 1.5 || riotCore >= 2) property *= 0.3;
                mobAtProtest = 0.5;
            }
        } else if (riotCore > 0 && !e.has(NONSTATE_ACTOR)) {
            // Rioters with no word for a protest are still a violent demonstration, and what they burn is theirs.
            s.add(EventType.VIOL_DEMONSTR, 0.8 * riotCore + 0.8 * property, RIOT);
            property *= 0.3;
            // Stones and petrol bombs thrown at the police "during clashes" are a riot, not an armed clash.
            if (riotCore >= 2 && means < 2 && e.a(MIL_TARGET) < 1) s.scale(EventType.ARMED_CLASH, 0.5);
        }

        // --- other violence ----------------------------------------------------------------------------
        // Police or soldiers beating someone (a detainee "beaten to death by police") are no mob: an attack.
        double mobByForces = Math.min(e.a(MOB), byForces(e, MOB, 3) + byAgent(e, MOB, GOV_ACTOR, 4));
        s.add(EventType.MOB_VIOL, 1.4 * mobAtProtest * (e.a(MOB) - mobByForces), MOB);
        // Rival crowds or communities clashing with no armed group or forces named: mob violence, not an armed clash.
        if (e.a(MOB) - mobByForces >= 2 && !e.has(MIL_TARGET) && !e.has(NONSTATE_ACTOR) && !e.has(GOV_ACTOR)) {
            s.scale(EventType.ARMED_CLASH, 0.5);
        }
        s.add(EventType.ATTACK, 1.2 * mobByForces, MOB);
        s.add(EventType.SEX_VIOL, 1.5 * e.a(SEXUAL), SEXUAL);
        s.add(EventType.ABDUCT_DISSAP, 1.3 * e.a(ABDUCT), ABDUCT);
        // Hostages "executed" or "killed" are the victims of the killing told: the killing is the event.
        if (inside(e, ABDUCT, KILLING)) s.scale(EventType.ABDUCT_DISSAP, 0.5);
        // People missing after a flood or a crash are victims of the disaster, not of an abduction.
        if (e.a(NATURAL) + e.a(ACCIDENT) + e.a(MAN_MADE) >= 1.5 && e.a(ABDUCT) < 2.5) s.scale(EventType.ABDUCT_DISSAP, 0.3);
        // An arrest for a crime, a rape or a weapons find is typed by what it is for; an arrest for a crime of
        // office (corruption, bribery) is a politically significant arrest, not organised crime.
        double organised = Math.max(0, e.a(CRIME) - e.a(GRAFT));
        double arrestFactor = organised >= 1.5 || e.a(SEXUAL) >= 2 ? 0.5 : 1.0;
        s.add(EventType.ARREST, arrestFactor * e.a(ARREST), ARREST);
        // Burning a bus with its passengers is an attack on them; property destruction is without victims.
        // (Armed men who burn and kill in one raid carry out an attack: their arson is part of it.)
        if (e.a(KILLING) >= 0.5 && (civ >= 1 || e.has(ATTACK_VERB) || e.has(SHOOTING))) property *= e.has(NONSTATE_ACTOR) ? 0.35 : 0.5;
        s.add(EventType.PROPERTY_DISTRUCT, 1.1 * property, LOOT, ARSON, VANDAL);

        // --- strategic developments --------------------------------------------------------------------
        // An agreement between conflict or political actors, not a player's contract or a film deal.
        boolean political = e.has(CEASEFIRE) || e.has(PRISONER_SWAP) || e.has(GOV_ACTOR) || e.has(NONSTATE_ACTOR)
                || e.has(DIPLO) || e.has(SANCTION) || e.has(CLASH);
        double agreeFactor = political ? 1.0 : 0.4;
        s.add(EventType.AGREEMENT, agreeFactor * (1.2 * e.a(AGREE) + 1.3 * e.a(CEASEFIRE) + 0.9 * e.a(TALKS)
                + 1.3 * e.a(PRISONER_SWAP)), AGREE, CEASEFIRE, TALKS, PRISONER_SWAP);
        s.add(EventType.CHANGE_TO_GROUP_ACT, 1.0 * e.a(DEPLOY) + 0.9 * e.a(WITHDRAW) + 1.3 * e.a(DEFECT),
                DEPLOY, WITHDRAW, DEFECT);
        // A withdrawal or a deployment that an agreement provides for ("agreed on the withdrawal of troops")
        // is the agreement's content; troops sent after an attack with a named weapon are its aftermath.
        if (e.before(AGREE, WITHDRAW, 8) || e.before(AGREE, DEPLOY, 8) || e.before(CEASEFIRE, WITHDRAW, 8)) {
            s.scale(EventType.CHANGE_TO_GROUP_ACT, 0.5);
        }
        if (used && means >= 1.5) s.scale(EventType.CHANGE_TO_GROUP_ACT, 0.5);
        // Troops "deployed in the area" told after a shooting, an attack or a clash are its setting, not the event.
        int violentFirst = Math.min(Math.min(e.first(ATTACK_VERB), e.first(SHOOTING)), e.first(CLASH));
        if (violentFirst < e.first(DEPLOY) && !e.has(WITHDRAW) && !e.has(DEFECT)) s.scale(EventType.CHANGE_TO_GROUP_ACT, 0.5);
        // Attackers "killing three officers before withdrawing": the withdrawal ends the violent event told first.
        int violent = Math.min(Math.min(e.first(ATTACK_VERB), e.first(SHOOTING)), e.first(CLASH));
        if (violent < e.first(WITHDRAW) && e.firstSentence(WITHDRAW) == 0 && leavesPlace(e) == 0) {
            s.scale(EventType.CHANGE_TO_GROUP_ACT, 0.4);
        }
        s.add(EventType.HQ_ESTABLISHED, 1.8 * e.a(BASE_SETUP), BASE_SETUP);
        territory(e, s);
        // A place taken, told before a chemical attack is named ("retook the town, the site of a sarin attack
        // in 2017"), is the event; the chemical attack is the place's history.
        double taken = s.get(EventType.GOV_REGAINS_TERIT) + s.get(EventType.NON_STATE_ACTOR_OVERTAKES_TER);
        int firstCapture = Math.min(e.first(CAPTURE), e.first(RECAPTURE));
        if (taken >= 2 && firstCapture < e.first(CHEM)) s.scale(EventType.CHEM_WEAP, 0.5);
        // Forces withdrawing from a named place (a town, an area, a base) leave it to others: a handover of
        // territory, not only a change in the group's activity.
        // (A withdrawal the parties "agreed" on is the agreement's content, as above.)
        double leave = e.before(AGREE, WITHDRAW, 8) ? 0 : leavesPlace(e);
        if (leave > 0 && !e.has(CLASH)) {
            s.addAt(EventType.NON_VIOL_TERRIT_TRANSFER, 1.0 * leave, e.first(WITHDRAW));
            s.scale(EventType.CHANGE_TO_GROUP_ACT, 0.7);
        }
        // Territory changing hands "under a deal": the transfer is the event, the deal its background (a
        // place handed over counts; prisoners or weapons handed over do not).
        double transfer = s.get(EventType.NON_VIOL_TERRIT_TRANSFER) + s.get(EventType.GOV_REGAINS_TERIT)
                + s.get(EventType.NON_STATE_ACTOR_OVERTAKES_TER)
                + (e.near(NO_RESISTANCE, TERRITORY, 4) ? 1.2 * e.a(NO_RESISTANCE) : 0);
        if (transfer >= 2) s.scale(EventType.AGREEMENT, 0.5);
        s.add(EventType.NON_VIOL_TERRIT_TRANSFER, 1.2 * e.a(NO_RESISTANCE), NO_RESISTANCE);

        // --- security-related, non-political ------------------------------------------------------------
        // A robbery in which people are shot is reported as a shooting.
        double crimeFactor = shoot >= 2 && (e.has(KILLING) || e.has(CASUALTY)) ? 0.6 : 1.0;
        // Looting by an armed group is property destruction in a conflict, not organised crime.
        if (e.has(LOOT) && e.has(NONSTATE_ACTOR) && e.a(CRIME) < 2.5) crimeFactor *= 0.5;
        if (e.has(ARREST) && organised < 1) crimeFactor *= 0.4;
        s.add(EventType.ORG_CRIME, 1.3 * crimeFactor * e.a(CRIME), CRIME);
        s.add(EventType.NATURAL_DISASTER, 1.5 * e.a(NATURAL), NATURAL);
        s.add(EventType.MAN_MADE_DISASTER, 1.2 * (e.a(MAN_MADE) + e.a(ACCIDENT) + e.a(CHEM_ACCIDENT))
                + (hostileActs == 0 ? 0.5 * e.a(FIRE) + (e.has(BOMB) ? 0 : 0.4) * e.a(EXPLOSION) : 0), MAN_MADE, ACCIDENT, CHEM_ACCIDENT, FIRE);

        // --- statements ----------------------------------------------------------------------------------
        s.add(EventType.DIPLO, 1.2 * e.a(DIPLO) + 1.5 * e.a(SANCTION), DIPLO, SANCTION);
        double attrib = 1.6 * e.a(CLAIM) + 1.2 * e.a(BLAME) + 1.2 * e.a(DENY);
        // "Police arrested two suspects accused of planning attacks": the accusation is the arrest's charge.
        if (e.before(ARREST, BLAME, 6)) attrib *= 0.5;
        if (attrib > 0 && claimFollowsEvent(e)) attrib *= 0.4;
        s.add(EventType.ATTRIB, attrib, CLAIM, BLAME, DENY);

        fallbacks(e, s);

        // People fleeing after an attack, a shooting, a fight or a killing told before them ("killed four
        // policemen before fleeing") are part of that violent event; a flight told first is the event itself.
        int violence = Math.min(Math.min(e.first(ATTACK_VERB), e.first(SHOOTING)), Math.min(e.first(CLASH), e.first(KILLING)));
        double displaced = e.a(DISPLACEMENT) * (violence < e.first(DISPLACEMENT) ? 0.5 : 1.0);
        s.add(EventType.OTHER, OTHER_BASELINE + 1.2 * displaced + 1.0 * e.a(NON_EVENT), DISPLACEMENT, NON_EVENT);
        return s.finish();
    }

    /** Below this, no type is named by its own cues: the weaker evidence of {@link #fallbacks} decides. */
    static final double NAMED = 1.0;

    /**
     * When no cue names the event, the most likely type from weaker evidence: people wounded with no armed
     * opponent named were attacked; deaths or injuries with no attacker, weapon or violence named are an
     * accident (a crash, a poisoning, a collapse); armed forces
     * named with no violence, protest or other event are changing what they do (moving, forming, massing).
     */
    private static void fallbacks(Evidence e, Scores s) {
        double named = 0;
        for (EventType t : TYPES) if (t != EventType.OTHER) named = Math.max(named, s.get(t));
        if (named >= NAMED) return;
        // (A weak heavy-weapon word, "tanks", is the forces' equipment here, not violence.)
        // (An attack that is only feared or planned, "to defend against a possible attack", is no violence.)
        boolean violence = e.aOutside(ATTACK_VERB, FUTURE, 2, INTENT, 3) > 0 || e.has(SHOOTING) || e.has(CLASH) || e.has(KILLING) || e.has(BOMB)
                || e.has(IED) || e.has(AIR) && !aircraftOnly(e) || e.a(ARTILLERY) >= 2 || e.has(GRENADE) || e.has(SUICIDE) || e.has(CHEM)
                || e.has(EXPLOSION) || e.has(MOB) || e.has(SEXUAL) || e.has(ABDUCT) || e.has(CRIME)
                || e.has(LOOT) || e.has(ARSON) || e.has(VANDAL);
        boolean other = e.has(PROTEST) || e.has(RIOT) || e.has(ARREST) || e.has(NATURAL) || e.has(DISPLACEMENT)
                || e.has(NON_EVENT) || e.has(DIPLO) || e.has(AGREE) || e.has(TALKS);
        if (violence || other) return;
        boolean armed = e.has(GOV_ACTOR) || e.has(NONSTATE_ACTOR) || e.has(MIL_TARGET) || e.has(SECURITY_FORCE);
        if (e.near(SETUP_V, BASE_N, 5) || e.near(SETUP_V, MIL_TARGET, 5)) {
            // A setting-up verb beside a base, a camp or a post in either order ("new posts were set up"): a base established.
            s.add(EventType.HQ_ESTABLISHED, 0.9, SETUP_V);
        } else if (armed && e.near(TAKE_V, CIV_TARGET, 5) && !e.near(TAKE_V, TERRITORY, 3)) {
            // Armed men or forces who take, seize or grab people (not a place): an abduction.
            s.add(EventType.ABDUCT_DISSAP, 0.9, TAKE_V);
        } else if (e.has(WOUNDED) && (e.has(CIV_TARGET) || !e.has(MIL_TARGET))) {
            // People "wounded" (by a weapon, unnamed) with no armed opponent: an attack on them.
            s.add(EventType.ATTACK, 0.7 * Math.min(e.a(WOUNDED), 1.5), WOUNDED);
        } else if (e.has(CASUALTY) && !e.has(NONSTATE_ACTOR) && !e.has(WOUNDED)) {
            s.add(EventType.MAN_MADE_DISASTER, 0.7 * Math.min(e.a(CASUALTY), 1.5), CASUALTY);
        } else if (e.has(INQUIRY) && e.has(GOV_ACTOR) && !e.has(NONSTATE_ACTOR) && !e.has(MIL_TARGET)) {
            // Police with suspects or an investigation and no armed group, violence or politics named: a crime.
            s.add(EventType.ORG_CRIME, 0.8, INQUIRY);
        } else if (aircraftOnly(e) && (e.has(GOV_ACTOR) || e.has(MIL_TARGET))) {
            // The forces' aircraft flying, with no strike: a movement of the forces.
            s.add(EventType.CHANGE_TO_GROUP_ACT, 0.8, MIL_TARGET, GOV_ACTOR);
        } else if (e.a(MIL_TARGET) + e.a(GOV_ACTOR) + e.a(NONSTATE_ACTOR) >= 1.5 && !e.has(CASUALTY)) {
            // (Forces that only state a stance, "the army would continue to support the reforms", do nothing new.)
            if (!e.has(STANCE)) s.add(EventType.CHANGE_TO_GROUP_ACT, 0.8, MIL_TARGET, GOV_ACTOR, NONSTATE_ACTOR);
        }
    }

    /** Only aircraft named (no strike word), with no hostile act, blast, weapon or victim: a flight. */
    private static boolean aircraftOnly(Evidence e) {
        return e.has(AIR) && e.a(AIR) - e.a(AIRCRAFT) < 0.01 && !e.has(ATTACK_VERB) && !e.has(SHOOTING) && !e.has(CLASH)
                && !e.has(KILLING) && !e.has(CASUALTY) && !e.has(WOUNDED) && !e.has(EXPLOSION) && !e.has(BOMB) && !e.has(IED)
                && !e.has(ARTILLERY) && !e.has(CHEM) && !e.has(GRENADE) && !e.has(ARSON) && !e.has(VANDAL);
    }

    /** Strength of the matches of {@code c} that are the subject of a violent act right after them ("police shot"). */
    private static double asAgent(Evidence e, Concept c) {
        java.util.IdentityHashMap<Cue, Double> best = new java.util.IdentityHashMap<>();
        for (Lexicon.Match m : e.matches(c)) {
            for (Concept act : new Concept[] {SHOOTING, KILLING, ATTACK_VERB}) {
                boolean agent = false;
                for (Lexicon.Match v : e.matches(act)) {
                    if (v.sentence() == m.sentence() && v.start() >= m.end() && v.start() - m.end() <= 2 && !v.passive()) agent = true;
                }
                if (agent) {
                    best.merge(m.cue(), m.cue().weight() * Evidence.factor(m), Math::max);
                    break;
                }
            }
        }
        double w = 0;
        for (double v : best.values()) w += v;
        return w;
    }

    /**
     * Strength of the active matches of {@code c} whose subject is the protesters, at most two words before them
     * ("protesters assaulted", "demonstrators then damaged"), unless a topic stands between ("a protest against
     * attacks") or the forces follow as the agent ("protesters attacked by police").
     */
    private static double byProtesters(Evidence e, Concept c) {
        double w = 0;
        for (Lexicon.Match m : e.matches(c)) {
            if (m.passive() || m.negated() || hasAfter(e, m, GOV_ACTOR, 3)) continue;
            boolean agent = false;
            for (Lexicon.Match x : e.matches(PROTEST)) {
                if (x.sentence() != m.sentence() || x.end() > m.start() || m.start() - x.end() > 2) continue;
                boolean topic = false;
                for (Lexicon.Match t : e.matches(TOPIC)) if (t.end() > x.start() && t.start() < m.start()) topic = true;
                if (!topic) agent = true;
            }
            if (agent) w = Math.max(w, Math.max(1.0, m.cue().weight()) * Evidence.factor(m));
        }
        return w;
    }

    /** Whether a match of {@code c} lies inside a match of {@code outer} ("hostages" in "executed five hostages"). */
    private static boolean inside(Evidence e, Concept c, Concept outer) {
        for (Lexicon.Match o : e.matches(outer)) {
            for (Lexicon.Match m : e.matches(c)) {
                if (m != o && m.start() >= o.start() && m.end() <= o.end()) return true;
            }
        }
        return false;
    }

    /** Strength of the matches of {@code c} right after the security forces, their subject ("police blocked roads"). */
    private static double byForces(Evidence e, Concept c) {
        return byForces(e, c, 0);
    }

    /** Strength of the matches of {@code c} with the security forces at most {@code window} words before them. */
    private static double byForces(Evidence e, Concept c, int window) {
        double w = 0;
        for (Lexicon.Match m : e.matches(c)) {
            if (hasBefore(e, m, GOV_ACTOR, window)) w += m.cue().weight() * Evidence.factor(m);
        }
        return w;
    }

    /** Strength of the passive matches of {@code c} whose agent follows ("was beaten to death by police"). */
    private static double byAgent(Evidence e, Concept c, Concept agent, int window) {
        double w = 0;
        for (Lexicon.Match m : e.matches(c)) {
            if (m.passive() && hasAfter(e, m, agent, window) && !hasAfter(e, m, MOB, window)) w += m.cue().weight() * Evidence.factor(m);
        }
        return w;
    }

    /** The strongest match of {@code c} whose cue also signals {@code also}, weighted by where it stands. */
    private static double strongest(Evidence e, Concept c, Concept also) {
        double w = 0;
        for (Lexicon.Match m : e.matches(c)) {
            if (m.cue().concepts().contains(also)) w = Math.max(w, m.cue().weight() * Evidence.factor(m));
        }
        return w;
    }

    /** One shooting with the security forces just before it and the protest just after ("police fired on marchers"). */
    private static boolean forcesFireOnProtest(Evidence e) {
        for (Lexicon.Match m : e.matches(SHOOTING)) {
            if (hasBefore(e, m, GOV_ACTOR, 2) && hasAfter(e, m, PROTEST, 5)) return true;
        }
        return false;
    }

    /** How many words after a withdrawal its place may stand ("withdrew on Sunday from the border crossing"). */
    static final int LEAVE_REACH = 7;

    /** Strength of withdrawals followed in their sentence by a place ("withdrew from the town"). */
    private static double leavesPlace(Evidence e) {
        double w = 0;
        for (Lexicon.Match m : e.matches(WITHDRAW)) {
            if (hasAfter(e, m, TERRITORY, LEAVE_REACH)) w = Math.max(w, m.cue().weight() * Evidence.factor(m));
        }
        return w;
    }

    /** "…an attack later claimed by IS": the claim is about the event the sentence reports first. */
    private static boolean claimFollowsEvent(Evidence e) {
        int claim = Math.min(e.first(CLAIM), Math.min(e.first(BLAME), e.first(DENY)));
        int sentence = Math.min(e.firstSentence(CLAIM), Math.min(e.firstSentence(BLAME), e.firstSentence(DENY)));
        if (sentence > 0) return true;
        for (Concept c : new Concept[] {SUICIDE, GRENADE, AIR, ARTILLERY, IED, BOMB, SHOOTING, ATTACK_VERB, CLASH, KILLING,
                ABDUCT, MOB, SEXUAL, LOOT, ARSON, VANDAL}) {
            if (e.first(c) < claim && e.firstSentence(c) == 0) return true;
        }
        return false;
    }

    /** Who takes a place, and whether by force: government, non-state actor, or a handover. */
    private static void territory(Evidence e, Scores s) {
        boolean firstEvent = true;
        List<Lexicon.Match> events = new ArrayList<>(e.matches(CAPTURE));
        for (Lexicon.Match m : e.matches(RECAPTURE)) if (!events.contains(m)) events.add(m);
        events.sort(Comparator.comparingInt(Lexicon.Match::start));
        for (Lexicon.Match m : events) {
            boolean recapture = m.cue().concepts().contains(RECAPTURE);
            boolean territorial = m.cue().concepts().contains(TERRITORY) || hasAfter(e, m, TERRITORY, 8);
            if (!territorial || hasBefore(e, m, INTENT, 3)) continue;
            // Taking or recovering a place is done by armed men; rescuers who "recovered" an area after a flood are not.
            if (!e.has(GOV_ACTOR) && !e.has(NONSTATE_ACTOR) && !e.has(MIL_TARGET) && !e.has(SECURITY_FORCE)) continue;
            Concept actor = actorOf(e, m);
            EventType t;
            // The other side withdrawing hands a place over, unless it withdrew under fire.
            boolean underFire = e.has(CLASH) || e.has(ARTILLERY) || e.has(AIR) || e.has(SHOOTING);
            if (e.has(NO_RESISTANCE) || (e.has(WITHDRAW) && !underFire)) t = EventType.NON_VIOL_TERRIT_TRANSFER;
            else if (actor == GOV_ACTOR) t = EventType.GOV_REGAINS_TERIT;
            else if (actor == NONSTATE_ACTOR) t = EventType.NON_STATE_ACTOR_OVERTAKES_TER;
            else t = recapture ? EventType.GOV_REGAINS_TERIT : EventType.NON_STATE_ACTOR_OVERTAKES_TER;
            double w = 1.6 * m.cue().weight() * Evidence.factor(m) * (firstEvent ? 1 : 0.3);
            s.addAt(t, w, m.start());
            firstEvent = false;
        }
    }

    private static boolean hasBefore(Evidence e, Lexicon.Match m, Concept c, int window) {
        for (Lexicon.Match x : e.matches(c)) {
            if (x.sentence() == m.sentence() && x.end() <= m.start() && m.start() - x.end() <= window) return true;
        }
        return false;
    }

    private static boolean hasAfter(Evidence e, Lexicon.Match m, Concept c, int window) {
        for (Lexicon.Match x : e.matches(c)) {
            if (x.sentence() == m.sentence() && x.start() >= m.end() && x.start() - m.end() <= window) return true;
        }
        return false;
    }

    /**
     * The nearest actor before the verb in its sentence, else the nearest after it ("seized by…"); in the
     * passive ("were pushed back", "was seized") the actor after the verb, else the other side of the one before.
     */
    private static Concept actorOf(Evidence e, Lexicon.Match m) {
        // An actor inside the cue is the side driven out ("cleared of terrorists"): the other side took the place.
        for (Lexicon.Match x : e.matches(NONSTATE_ACTOR)) {
            if (x.start() > m.start() && x.end() <= m.end() && !x.cue().concepts().contains(GOV_ACTOR)) return GOV_ACTOR;
        }
        Concept before = null, after = null;
        int db = Integer.MAX_VALUE, da = Integer.MAX_VALUE;
        List<Lexicon.Match> actors = new ArrayList<>(e.matches(GOV_ACTOR));
        actors.addAll(e.matches(NONSTATE_ACTOR));
        for (Lexicon.Match x : actors) {
            if (x.sentence() != m.sentence()) continue;
            Concept c = x.cue().concepts().contains(GOV_ACTOR) ? GOV_ACTOR : NONSTATE_ACTOR;
            if (x.end() <= m.start() && m.start() - x.end() < db) {
                db = m.start() - x.end();
                before = c;
            } else if (x.start() >= m.end() && x.start() - m.end() < da) {
                da = x.start() - m.end();
                after = c;
            }
        }
        if (m.passive()) {
            if (after != null && da <= 6) return after;
            if (before != null) return before == GOV_ACTOR ? NONSTATE_ACTOR : GOV_ACTOR;
        }
        return before != null ? before : after;
    }

    /** Accumulates type scores with the earliest position of their evidence; the lead's type gets a bonus. */
    private static final class Scores {
        private final Evidence e;
        private final double[] v = new double[TYPES.length];
        private final int[] pos = new int[TYPES.length];

        Scores(Evidence e) {
            this.e = e;
            Arrays.fill(pos, Integer.MAX_VALUE);
        }

        void add(EventType t, double value, Concept... anchors) {
            if (value <= 0) return;
            v[t.ordinal()] += value;
            for (Concept c : anchors) if (e.has(c)) pos[t.ordinal()] = Math.min(pos[t.ordinal()], e.first(c));
        }

        void addAt(EventType t, double value, int at) {
            if (value <= 0) return;
            v[t.ordinal()] += value;
            pos[t.ordinal()] = Math.min(pos[t.ordinal()], at);
        }

        double get(EventType t) {
            return v[t.ordinal()];
        }

        void scale(EventType t, double f) {
            v[t.ordinal()] *= f;
        }

        double[] finish() {
            double max = 0;
            for (int i = 0; i < v.length; i++) if (i != EventType.OTHER.ordinal()) max = Math.max(max, v[i]);
            int lead = -1;
            for (int i = 0; i < v.length; i++) {
                if (i == EventType.OTHER.ordinal() || v[i] < 0.5 * max || v[i] <= 0) continue;
                if (lead < 0 || pos[i] < pos[lead]) lead = i;
            }
            if (lead >= 0 && pos[lead] != Integer.MAX_VALUE) v[lead] *= LEAD_BONUS;
            return v;
        }
    }

    /** Factor for the type whose evidence comes first among the strong candidates. */
    static final double LEAD_BONUS = 1.25;
}
