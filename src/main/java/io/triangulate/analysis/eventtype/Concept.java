package io.triangulate.analysis.eventtype;

/**
 * Language-independent meaning units that the per-language lexicons map words and phrases to. The type
 * rules ({@link TypeRules}) reason over these, so one rule set serves every language.
 */
enum Concept {
    // weapons and modes of violence
    AIR, ARTILLERY, IED, SUICIDE, GRENADE, CHEM, SHOOTING, KILLING, ATTACK_VERB, CLASH, EXPLOSION, BOMB,
    // an aircraft named (a jet, a drone, a helicopter), not yet a strike: with no hostile act it is a flight
    AIRCRAFT,
    // targets and actors
    MIL_TARGET, CIV_TARGET, GOV_ACTOR, NONSTATE_ACTOR, SECURITY_FORCE,
    // protests
    PROTEST, PEACEFUL, RIOT, DISPERSE, LETHAL_FORCE, REPRESSION,
    // other violence against people and property
    MOB, SEXUAL, ABDUCT, ARREST, LOOT, ARSON, VANDAL,
    // weapons disrupted
    SEIZE, ARMS, DEFUSE, INTERCEPT,
    // strategic developments
    AGREE, CEASEFIRE, TALKS, PRISONER_SWAP, DEPLOY, WITHDRAW, DEFECT, BASE_SETUP, CAPTURE, RECAPTURE,
    NO_RESISTANCE, TERRITORY,
    // security-related, non-political
    CRIME, NATURAL, MAN_MADE, ACCIDENT, FIRE, CHEM_ACCIDENT,
    // crimes of office (corruption, bribery, embezzlement): an arrest for one is a politically significant arrest
    GRAFT,
    // statements
    DIPLO, SANCTION, CLAIM, BLAME, DENY,
    // displacement, humanitarian, everyday news
    DISPLACEMENT, CASUALTY, NON_EVENT,
    // "wounded": hurt by a weapon, not in an accident (a fallback when no attack is named)
    WOUNDED,
    // back-off classes, read only when no cue names the event: a setting-up verb and a base in either order
    // ("camps have been established"), a taking verb (people taken), an inquiry (suspects, an investigation)
    SETUP_V, BASE_N, TAKE_V, INQUIRY,
    // verbs of a crowd's violence, whatever their object: throwing, tearing down, smashing (read with protesters as subject)
    THROW_V, DAMAGE_V,
    // a plant, a depot, a storage tank, a boiler: where an explosion with no attacker named is an accident
    FACILITY_N,
    // a stance stated, not an act: "would continue to support", "reaffirmed its commitment"
    STANCE,
    // modality: "intended to take", "in anticipation of"
    INTENT, FUTURE,
    // "killing themselves", "suicide": a suicide bombing only with an explosion
    SELF_KILL,
    // "against", "denouncing": what follows is what a protest is about
    TOPIC,
    // "reported on", "footage of": what follows is what a report shows, not the event itself
    REPORTED
}
