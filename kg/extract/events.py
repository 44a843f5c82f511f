"""Events: who did what to whom, where and when.

A trigger is a verb or an event noun found in the trigger lexicon (``kg/data/triggers.tsv``).
Source and target come from the parse: subjects and objects, passive agents, the subject of a
control verb ("pledged to detain"), shared objects of coordinated verbs ("detain and expel
migrants"), and the subject of a light or support verb whose object is an event noun ("made the
announcement", "declared a state of emergency"). Some verbs take their meaning from their object:
"released funds" is aid, "released prisoners" a release; "deployed troops" a show of force,
"deployed volunteers" aid. A promised or future act becomes the matching threat (CAMEO 13x) or,
for cooperation, the matching intent (03x); a negated act is marked.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from itertools import islice

from lemminflect import getAllLemmas, getInflection
from spacy.tokens import Doc, Span, Token

from kg.extract.dates import FUTURE, OFFSET, PAST, PRESENT, days_long, offset, resolve, temporal_spans, tense, year_told
from kg.extract.dates import clause_of as _clause
from kg.extract.entities import FORCE_MEMBERS, NATIONAL, QUANTITY_NOUNS, Entities, two_sentences_back
from kg.extract.quantities import VAGUE
from kg.facts import CITY, COUNTRY, GROUP, ORGANIZATION, PERSON, PLACE, Event, Mention, When
from kg.lexicon import GROUP_NOUNS, SPEECH_VERBS, TITLES, norm, organizations, triggers
from kg.nlp.components import CURRENCY

#: Verbs that carry an event noun in their object: the noun says what happened.
SUPPORT_VERBS = {"announce", "declare", "impose", "order", "make", "launch", "issue", "hold", "carry", "conduct",
                 "stage", "begin", "start", "extend", "reimpose", "introduce", "enact", "approve", "sign",
                 "reach", "call", "seal", "agree", "win", "lose", "mount", "unleash", "carry out", "put", "lodge",
                 "file", "lift", "end", "open", "resume", "restart", "broker", "agree to", "give", "grant", "hand",
                 "deliver", "table", "submit", "present", "bring", "fire", "use", "lob", "spray",  # "fired tear gas"
                 "step", "intensify", "trade",  # "stepped up patrols", "traded accusations"
                 "increase", "expand", "widen", "tighten", "boost",  # "increased air patrols", "widened sanctions"
                 "organise", "organize",  # "organised a protest"
                 "ease", "relax", "loosen"}  # "eased the curfew"
#: Support verbs that undo the measure or action their object names: "lifted the curfew", "ended the strike".
UNDOING = {"lift", "end", "ease", "relax", "loosen"}
#: What undoing a measure or an action is coded as: curfews, emergencies, bans and sanctions eased, protests
#: halted, fighting wound down.
EASED = {"1723": "0813", "1724": "0814", "1721": "0811", "1722": "0812", "172": "081", "163": "085", "14": "082",
         "19": "087"}
#: Verbs that only carry the event noun they govern: "voiced criticism", "held talks".
LIGHT_VERBS = SUPPORT_VERBS | {"voice", "express", "have", "take", "do", "deliver", "give", "offer", "stage", "host",
                               "lead", "join", "continue", "step up", "intensify", "wage", "claim", "bear", "assume",
                               "conclude", "complete", "lay"}  # "laid a wreath"
#: Verbs of holding a meeting for others, whose subject is no side of it: "Kenya hosted talks between X and Y".
HOSTING = {"host", "organise", "organize", "convene", "broker", "mediate", "facilitate", "sponsor"}
#: Verbs whose infinitive complement is only promised or threatened.
PROMISE_VERBS = {"pledge", "promise", "vow", "threaten", "plan", "intend", "warn", "swear", "offer",
                 "propose", "seek", "want", "aim", "hope", "prepare", "go", "decide", "agree"}
#: Passive verbs whose subject does what their infinitive says: "is expected to meet", "is due to sign".
RAISING = {"expect", "schedule", "set", "due", "slate", "say", "believe", "report", "poise", "tip"}
REPORTED = {"say", "believe", "report"}  # "is said to have fled": done, only told at second hand
#: Verbs whose infinitive complement is only asked for: the asking is the event.
ASKING_VERBS = {"urge", "ask", "call", "demand", "request", "press", "appeal", "order", "tell", "invite", "encourage",
                "beg", "implore", "instruct", "direct", "push", "want", "expect", "pressure", "pressurise",
                "pressurize", "lobby", "petition"}
#: Modifiers of an event noun that put it ahead: "the next summit", "the planned talks".
AHEAD = {"next", "upcoming", "planned", "forthcoming", "proposed", "scheduled"}
#: Verbs of command: what an authority orders done, it does ("ordered the army to withdraw").
COMMANDING = {"order", "instruct", "direct"}
#: Verbs of going somewhere, whose subject does the visit or the talks they go "for".
TRAVEL_VERBS = {"arrive", "travel", "fly", "come", "go", "head", "land", "return", "leave", "set", "meet", "gather"}
#: Verbs whose object is only asked for: "demanded the resignation of X", "called for elections".
ASKED_FOR = {"demand", "call for", "seek", "urge", "request", "ask for", "push for", "press for", "appeal for"}
#: Verbs that, negated or declined, decline to comment (CAMEO 011): "did not say when", "declined to comment".
NO_COMMENT = {"comment", "say", "respond", "reply", "confirm", "elaborate", "specify", "disclose", "answer"}
#: Verbs whose complement is refused, so not done: "ruled out raising taxes", "refused to resign".
REFUSING_VERBS = {"rule out", "refuse", "decline", "reject", "deny", "avoid", "resist", "oppose"}
#: Verbs of accusing: what follows their "of" is alleged, not done ("accused X of supporting").
ACCUSING_VERBS = {"accuse", "charge", "suspect", "blame", "convict", "acquit", "clear", "allege", "find"}
#: Verbs that put their object in a post: "appointed X ..., replacing Y".
APPOINTING = {"appoint", "name", "nominate", "choose", "pick", "select", "hire", "tap", "elect"}
#: Verbs of making people do something: "forced residents to flee".
CAUSING = {"force", "compel", "drive", "cause", "prompt", "push", "make"}
#: Verbs whose object does what their infinitive says: "forced thousands to flee".
OBJECT_CONTROL = CAUSING - {"make"} | {"oblige", "leave", "help", "allow"} | APPOINTING
#: Verbs whose complement is only tried: "attempting to cross".
ATTEMPT_VERBS = {"attempt", "try", "seek", "struggle", "scramble"}
#: CAMEO roots of acts done together: "X and Y signed an agreement" is one act, the other a party to it.
MUTUAL_ROOTS = {"03", "04", "05", "06", "08"}
#: Cooperative acts each coordinated doer does on its own: aid is given, talks hosted or mediated, support
#: voiced, not shared.
SEVERAL_DOERS = ("033", "042", "043", "045", "051", "052", "053", "054", "055")
#: What is set up to shelter or feed people in need: "set up a camp for the displaced".
SHELTERS = {"camp", "tent", "shelter", "kitchen", "clinic", "hospital"}
#: Bodies set up to look into something or to settle it: "set up a joint panel".
PANELS = {"committee", "commission", "panel", "group", "taskforce", "force", "mechanism", "body", "tribunal"}
#: Words that make a body set up an inquiry: "a panel set up to investigate".
INQUIRIES = {"investigate", "investigation", "investigative", "inquiry", "probe", "examine"}
#: Ties between parties that one may threaten to review: "would review its membership of the bloc".
REVIEWED_TIES = {"membership", "status", "cooperation", "relation", "tie", "agreement", "accord", "treaty", "pact",
                 "funding", "aid", "assistance", "grant"}
#: The agreements a party may suspend, cutting its dealings with the other: "suspended the free trade agreement".
PACTS = {"agreement", "accord", "treaty", "pact", "deal"}
#: What one party does with another and may cut off: "suspended visa services", "halted deliveries".
DEALINGS = {"operation", "order", "service", "delivery", "flight", "export", "import", "aid", "cooperation",
            "production", "shipment", "supply", "trade", "relation", "tie", "contact", "programme", "program",
            "disbursement", "payment", "funding", "assistance", "project"}
#: Kinds of event that move people: their objects are places, not targets.
MOVEMENT = {"Migration", "BorderCrossing"}
#: Verbs whose subject decides what a passive, future clause under them says will be done.
DECIDING_VERBS = {"confirm", "announce", "order", "decide", "declare", "pledge", "promise", "vow", "direct",
                  "instruct", "approve", "authorise", "authorize"}
#: Verbs whose subject undergoes the event noun in their object: "they face expulsion".
EXPERIENCER_VERBS = {"face", "suffer", "undergo", "risk", "fear", "avoid", "escape", "survive", "endure",
                     "receive", "get", "dodge", "evade", "resist", "await"}
#: Verbs of sending people somewhere, whose infinitive says what for.
SENDING = {"send", "deploy", "dispatch", "fly", "mobilize", "mobilise", "station", "airlift"}
#: Verbs of giving: with aid as their object they are aid (07x), whatever the lexicon says.
TRANSFER_VERBS = {"release", "send", "deliver", "distribute", "provide", "give", "allocate", "donate", "pledge",
                  "dispatch", "deploy", "offer", "approve", "disburse", "ship", "airlift", "fly", "channel",
                  "announce", "grant", "contribute", "commit", "transfer", "extend", "earmark", "set aside",
                  "promise", "lend"}
AID_NOUNS = {"aid", "assistance", "fund", "funding", "funds", "relief", "supply", "supplies", "food", "water",
             "tent", "medicine", "team", "volunteer", "doctor", "rescuer", "specialist", "tanker", "pack", "kit",
             "grant", "loan", "money", "donation", "support", "help", "shelter", "blanket", "vaccine", "convoy",
             "sum", "firefighting", "ration", "disbursement", "distribution"}
HUMANITARIAN = {"humanitarian", "emergency", "relief", "food", "water", "tent", "medicine", "rescue", "volunteer",
                "doctor", "rescuer", "specialist", "tanker", "pack", "kit", "shelter", "blanket", "vaccine",
                "firefighting", "ration", "medical"}
#: People on the move whom a state may turn back at its border: "turned back 300 migrants".
MOVERS = {"migrant", "refugee", "asylum seeker", "asylum-seeker", "passenger", "returnee"}
#: Foreigners a state may order out besides diplomats: "ordered the UN's top official to leave".
ENVOYS = {"official", "journalist", "correspondent", "reporter", "coordinator", "representative"}
#: Military craft that may be sent for relief: "firefighting aircraft".
CONVEYANCES = {"aircraft", "ship", "jet"}
#: Nature's forces, and what they do when they ruin: "lava destroyed three homes".
FORCES = {"lava", "magma", "floodwater", "flood", "water", "mud", "mudslide", "landslide", "fire", "flame", "blaze",
          "wildfire", "storm", "wind", "wave", "tsunami", "ash", "rain", "river", "snow", "avalanche", "quake",
          "earthquake", "tremor", "typhoon", "cyclone", "hurricane", "torrent"}
#: What floods when it bursts or overflows: "the Shire River burst its banks".
WATERWAYS = {"river", "dam", "lake", "reservoir", "levee", "dyke", "dike", "embankment", "canal", "stream"}
RUINING = {"destroy", "damage", "flatten", "bury", "engulf", "raze", "submerge", "wreck", "sweep", "swamp", "breach",
           "inundate", "gut"}
#: What a state crushes when it represses: "crushed mass protests".
UPRISINGS = {"protest", "demonstration", "uprising", "revolt", "rebellion", "mutiny", "riot", "dissent", "strike",
             "rally", "unrest", "opposition", "insurrection"}
#: Verbs that answer an act with another, which its noun tells: "responded with tear gas".
RESPONDING = {"respond", "retaliate", "react", "reply", "answer", "hit"}
#: Titles of those a vote or a coup removes: "voted to remove President X".
HEADS = {"president", "prime", "premier", "governor", "mayor", "chancellor", "speaker", "chairman", "chairwoman",
         "chief", "leader"}
#: Heads of sub-national units, whose successors are appointed: "was sworn in as governor".
LOCAL_HEADS = {"governor", "mayor"}
#: Armed men no army or group is named for, and criminal gangs, whose violence is no war: "gunmen stormed the hotel",
#: "jihadists attacked two army posts", "mutineers stormed the radio station".
IRREGULARS = {"gunman", "attacker", "assailant", "bandit", "raider", "gang", "militant", "jihadist", "mutineer"}
#: What collapses in a disaster, and talks that collapse.
STRUCTURES = {"bridge", "footbridge", "building", "roof", "dam", "mine", "pit", "wall", "tunnel", "stand", "house",
              "school", "church", "chapel", "mosque", "hotel", "tower", "block", "stadium", "factory", "warehouse",
              "ceiling", "scaffolding", "crane", "shaft", "embankment", "structure", "apartment", "market", "temple",
              "hospital"}
NEGOTIATIONS = {"talk", "negotiation", "ceasefire", "truce", "dialogue", "mediation"}
TRUCES = {"ceasefire", "truce", "armistice"}
#: Nouns that measure out an event noun: "three rounds of talks", "hours of talks", "a series of strikes".
MEASURES = {"round", "hour", "day", "week", "month", "series", "wave", "spate", "string", "set"}
#: Words for a share of what follows "of": "eased some of the sanctions", "lifted part of the curfew".
PORTIONS = {"some", "part", "most", "much", "many", "all", "half", "several", "rest", "bulk"}
#: Words that make a vote an election: "the presidential vote", "the local vote".
ELECTORAL = {"presidential", "parliamentary", "legislative", "general", "local", "municipal", "regional", "national",
             "provincial", "snap", "early", "popular"}
#: What a state grants and can take away as a sanction.
PERMITS = {"licence", "license", "permit", "accreditation", "registration", "concession", "visa", "passport"}
#: What one fights without attacking anyone: fires, floods, diseases, social ills.
FOES_NO_ONE = {"fire", "wildfire", "blaze", "flame", "wind", "flood", "floodwater", "drought", "disease", "outbreak",
               "epidemic", "pandemic", "virus", "cholera", "malaria", "poverty", "hunger", "corruption", "inflation",
               "crime", "climate", "unemployment", "slick", "spill", "pollution"}
#: What is alleged against someone: rejecting it denies responsibility.
ALLEGATIONS = {"accusation", "allegation", "claim", "charge", "report", "suggestion"}
#: Verbs that, done to aid, cut it: "reduced rations", "suspended funding".
CUTTING_VERBS = {"cut", "reduce", "slash", "suspend", "halt", "freeze", "stop", "withhold", "end"}
#: The injured, whom treating is medical aid: "treated 43 wounded people".
HURT = {"wounded", "injured", "hurt", "casualty", "patient", "victim", "survivor"}
WEAPONS = {"weapon", "arm", "ammunition", "missile", "rocket", "artillery", "shell", "tank", "jet", "fighter",
           "drone", "howitzer", "munition", "air defence", "air defense", "defence", "defense", "military"}
RESCUE = {"rescue", "relief", "evacuation", "evacuate", "humanitarian", "search", "clean-up", "cleanup", "recovery",
          "help", "assist", "aid"}
#: Forces of the police, whose sending is police power (CAMEO 153), not military force.
POLICE_NOUNS = {"police", "officer", "gendarme", "policeman", "constable"}
#: Who is sent to treat the sick and the hurt, to fight fires or to rescue people.
CARERS = {"health", "medical", "medic", "paramedic", "nurse", "doctor", "epidemiologist", "surgeon", "firefighter",
          "fireman", "rescuer", "lifeguard"}
#: What is paid for victims and their families.
COSTS = {"cost", "bill", "funeral", "expense", "compensation", "damage"}
BEREAVED = {"family", "victim", "relative", "survivor", "widow", "orphan"}
#: Passages between states, whose closing blocks movement from one to the other.
FRONTIERS = {"border", "frontier", "crossing"}
#: Ways in and out of a country or a place, which its authorities close.
PASSAGES = {"border", "frontier", "crossing", "road", "highway", "airspace", "airport", "port", "checkpoint"}
#: What rioters throw.
PROJECTILES = {"stone", "rock", "brick", "bottle", "flare", "firework", "firebomb", "molotov", "petrol bomb",
               "projectile", "egg", "chair"}
#: Where people are driven from when they are displaced.
HOMES = {"home", "house", "village", "town", "land", "farm", "neighbourhood", "neighborhood"}
#: What people are pulled out of in a rescue, and what makes a home one: "pulled 40 people from flooded houses".
DEBRIS = {"rubble", "debris", "wreckage", "ruins", "ruin", "mud", "water", "floodwater", "sea", "river", "mine", "pit",
          "shaft", "building", "car", "vehicle", "sand", "snow", "landslide", "flood", "flooded", "rooftop", "roof"}
#: Craft with people aboard: seizing one takes its crew ("pirates seized a tanker").
VESSELS = {"ship", "tanker", "vessel", "boat", "freighter", "ferry", "trawler", "dhow", "yacht", "aircraft", "plane",
           "airliner", "helicopter", "bus"}
#: Verbs of founding a body, and the bodies states found by a pact: "formed the Pacific Defence Alliance".
FOUNDING = {"form", "found", "create", "establish", "launch"}
ALLIANCES = {"alliance", "bloc", "confederation", "pact", "axis"}
#: Verbs that, done to people, are abductions: "gunmen seized five workers".
SEIZING_VERBS = {"seize", "grab", "snatch"}
#: Buildings searched in a raid.
PREMISES = {"office", "headquarters", "home", "house", "premises", "building", "residence", "compound", "apartment",
            "flat", "warehouse", "property", "factory", "plant"}
PEOPLE_NOUNS = {"worker", "people", "person", "man", "woman", "child", "hostage", "civilian", "tourist", "engineer",
                "inmate", "prisoner", "escapee", "warden", "official", "officer", "guard", "commander", "suspect",
                "employee", "passenger", "villager", "student", "journalist", "crew", "manager", "owner",
                "supervisor", "director", "executive", "girl", "boy", "schoolgirl", "schoolboy", "pupil", "teacher",
                "farmer", "fisherman", "missionary", "driver"}
MILITARY_WORDS = {"military", "combat", "army", "offensive", "air", "ground", "troop", "armed"}
HALTING_VERBS = {"halt", "suspend", "stop", "pause", "end", "cease", "call off", "scale back", "wind down"}
OPERATIONS = {"operation", "offensive", "attack", "strike", "airstrike", "bombing", "raid", "hostility", "fighting",
              "assault", "shelling", "bombardment", "incursion"}
DIPLOMATS = {"ambassador", "envoy", "diplomat", "chargé", "consul", "attaché", "emissary"}
#: Those sent to see, observe or talk, whose going is a visit: "sent a team of observers", "a delegation".
VISITORS = {"delegation", "mission", "minister", "observer", "monitor", "expert", "inspector"}
#: What makes a mission sent a force, not a visit.
ARMED_MISSIONS = {"peacekeeping", "peacekeeper", "stabilisation", "stabilization", "standby", "security"}
#: Words that make a force sent abroad a peacekeeping one: "a standby force", "peacekeeping troops".
PEACEKEEPING = {"peacekeeping", "stabilisation", "stabilization", "standby"}
MILITARY_NOUNS = {"troop", "soldier", "gendarme", "force", "army", "warship", "ship", "jet", "aircraft", "tank",
                  "battalion", "brigade", "unit", "marine", "division", "missile", "artillery", "police", "officer",
                  "guard", "reinforcement", "paratrooper", "vehicle", "drone", "submarine", "fighter", "frigate",
                  "destroyer", "corvette", "gunboat", "warplane"}
#: Kinds of event that need no doer: elections are held, disasters strike.
STANDALONE = {"Election", "Disaster", "Impeachment"}
#: Kinds of event that befall a person once, however many words tell them: "was sworn in ... succeeds".
ONCE = {"Succession", "Resignation"}
#: CAMEO codes of happenings that a noun names whether or not it says who took part: "weeks of
#: protests", "riots in the capital", "a bombing at the market" (and "a bomb exploded").
HAPPENINGS = ("141", "145", "183")
ELECTION, CANDIDACY = "Election", "Candidacy"
#: Acts that a passive tells whole without saying who did them or to whom: "a curfew was imposed", "the six
#: were arrested" (an arrest is always of people; a curfew binds everyone).
UNDERGONE = {"173", "1723"}
#: CAMEO roots of acts done in words: statements and denials, appeals, intents, talks, praise, demands, criticism,
#: refusals, threats.
WORDS_ROOTS = {"01", "02", "03", "04", "05", "10", "11", "12", "13"}
#: Acts of a court coded under those roots, done on the day of the judgment as rulings are: "convicted".
COURT_ACTS = {"116"}
#: CAMEO roots of violence: an act of violence needs a doer who can act ("floods killed" is not one).
VIOLENT_ROOTS = {"18", "19", "20"}
#: The intent (03x) that a promised act of cooperation is coded as.
INTENT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
          "071": "0331", "072": "0332", "073": "0333", "074": "0334", "061": "0311", "062": "0312",
          "063": "0313", "064": "0314", "081": "0351", "083": "0353", "084": "0353", "085": "0354",
          "086": "0355", "087": "0356", "045": "039", "046": "036", "043": "036", "044": "036", "042": "036"}
#: Verbs that, done by a court or a judge, are a ruling: "a judge ordered her held".
RULING_VERBS = {"order", "rule", "uphold", "overturn", "quash", "annul", "acquit", "jail",
                "sentence", "fine", "block", "halt", "strike down", "throw out", "dismiss", "reject", "approve",
                "refuse", "confirm", "award"}  # "the appeals court refused the request": a ruling
#: What a court pronounces with a conviction, as part of the same verdict.
SENTENCING = {"sentence", "order", "fine", "jail"}
#: What a court decides, which can be appealed.
RULINGS = {"verdict", "ruling", "conviction", "sentence", "decision", "judgment", "judgement", "fine", "acquittal"}
#: Verbs of a court's verdict on a defendant, besides its rulings: "found him guilty", "cleared him".
VERDICT_VERBS = {"convict", "find", "clear"}
COURT_WORDS = {"court", "judge", "tribunal", "magistrate", "jury", "justice", "judiciary"}
#: Adjectives whose infinitive complement is only offered: "ready to meet", "willing to talk".
READY = {"ready", "willing", "prepared", "eager", "determined", "keen", "set", "poised", "open"}
#: Verbs of meeting a rival in an election: "X faces Y in the run-off" is a candidacy.
CONTEST = {"face", "challenge", "take on", "contest", "battle"}
#: CAMEO roots of cooperation: saying one will not cooperate is a rejection (120).
COOPERATION_ROOTS = {"03", "04", "05", "06", "07", "08"}
#: Auxiliaries of what one will do: "would not" refuses, "could not" only fails.
WILL = {"will", "would", "shall", "'ll", "wo"}
MODALS = {"will", "shall", "would", "could", "may", "might", "'ll", "wo", "can"}
PLACE_PREPS = {"in", "at", "along", "near", "across", "into", "inside", "outside", "throughout", "on", "to",
               "from", "within", "off"}
TARGET_PREPS = {"against", "on", "at"}


def _verb_lemma(token: Token) -> str:
    """The verb's lemma, mended by lemminflect's dictionary when the tagger got an inflected trigger wrong
    ("fined" -> "fin", "retook" taken for a base form)."""
    lemma = token.lemma_.lower()

    def known(word: str) -> bool:
        return (word, "VERB") in triggers() or word in LIGHT_VERBS  # "staged a rally" -> "stag"

    if known(lemma):
        return lemma
    guesses = (lemma[:-1], lemma[:-2]) if token.lower_.endswith("ed") and lemma.endswith("e") else ()
    return next((stem for stem in (*getAllLemmas(token.lower_, "VERB").get("VERB", ()), *guesses) if known(stem)),
                lemma)  # "deregistered" -> "deregistere", "unbanned" -> "unbanne": a word the tagger does not know


def _phrasal(token: Token) -> str:
    """The verb's lemma, with its particle or preposition when the lexicon knows the pair ("call for")."""
    lemma = _verb_lemma(token)
    direct = any(c.dep_ in ("dobj", "oprd") for c in token.children)  # "called a strike for Monday" is no "call
    # for", "were taken prisoner in the clash" no "take in"
    for child in token.children:
        if (child.dep_ == "prt" or child.dep_ == "prep" and not direct
                or child.dep_ == "advmod" and child.i == token.i + 1) and (  # "stepped down" parsed as an adverb
                f"{lemma} {child.lower_}", "VERB") in triggers():
            return f"{lemma} {child.lower_}"
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
    if after.pos_ == "ADJ" and (f"{lemma} {after.lower_}", "VERB") in triggers():
        return f"{lemma} {after.lower_}"  # "were shot dead", "shot dead two protesters": however "dead" is parsed
    for adj in token.doc[token.i + 2:token.i + 12] if token.tag_ != "VBG" else ():  # ("jailed them after finding
        # them guilty": the ground of the act told)
        negated = token.doc[adj.i - 1].lower_ == "not"
        if adj.pos_ == "ADJ" and (idiom := f"{lemma} {'not ' if negated else ''}{adj.lower_}", "VERB") in triggers() \
                and token in islice(adj.ancestors, 3):
            return idiom  # "found the officer guilty", "found them not guilty": however the parser links the adjective
    for mark in (m for c in token.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"):
        if mark.i == token.i + 1 and (f"{lemma} {mark.lower_}", "VERB") in triggers():
            return f"{lemma} {mark.lower_}"  # "called for the managers to be charged"
    for child in token.children:  # "took office", "opened fire": a verb and its bare object as one idiom
        if child.dep_ == "dobj" and not any(c.dep_ in ("det", "poss") for c in child.children) and (
                f"{lemma} {child.lower_}", "VERB") in triggers():
            return f"{lemma} {child.lower_}"
        if child.dep_ in ("dobj", "oprd", "ccomp", "xcomp") and child.i > token.i:  # "declared the envoy persona
            for n in (3, 2) if child.dep_ == "dobj" or child.pos_ != "NOUN" else (3, 2, 1):  # non grata", "were
                # declared persona non grata": a fixed phrase, however parsed; "were taken hostage": a verb and its
                # bare noun complement
                idiom = " ".join([lemma, *(t.lower_ for t in token.doc[child.i:child.i + n])])
                if (idiom, "VERB") in triggers():
                    return idiom
    for prep in (t for t in token.subtree if t.dep_ == "prep" and _clause(t) == token):  # "taken into custody",
        # "bring those responsible to justice" (the parser hangs "to justice" on "responsible")
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and not any(
                d.dep_ == "poss" or d.dep_ == "det" and d.lower_ != "the" for d in c.children)):
            idiom = f"{lemma} {prep.lower_} {pobj.lower_}"  # (also "took to the streets")
            if (idiom, "VERB") in triggers():
                return idiom
    return lemma


@cache
def _noun_prefixes() -> frozenset[str]:
    """Every leading substring of the lexicon's event nouns, however their words are joined."""
    return frozenset(key[:i] for key, pos in triggers() if pos == "NOUN" for i in range(1, len(key) + 1))


def noun_trigger(token: Token) -> tuple[str, Span] | None:
    """The longest event noun starting at ``token`` ("state of emergency", "run-off", "curfew")."""
    if not (token.pos_ in ("NOUN", "PROPN") or token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.i == (
            token.i + 1) and (token.head.lemma_.lower(), "NOUN") not in triggers()) or token.ent_type_ in (
            "DATE", "TIME", "PERSON", "GPE", "NORP"):
        return None  # (an adjective only as the first word of a noun that is no event without it: "tear gas",
        # whatever the tagger made of "tear"; not "presidential election")
    if (shared := _done_jointly(token)) is not None:
        return shared
    if token.lemma_.lower() not in _noun_prefixes() and token.lower_ not in _noun_prefixes():
        return None  # no event noun starts with this word: most tokens end here, cheaply
    if _amount(token):
        return None
    doc = token.doc
    lemmas = [t.lemma_.lower() for t in doc[token.i:min(token.i + 4, token.sent.end)]]
    for n in range(len(lemmas), 0, -1):  # four words at most, within the sentence, the longest first
        span = doc[token.i:token.i + n]
        words = lemmas[:n]
        for key in (" ".join(words), span.text.lower(), "".join(words)):
            if (key, "NOUN") in triggers():
                return key, span
    return None


#: Adjectives that make an act one that several sides do together: "a joint exercise", "coordinated patrols".
TOGETHER = {"joint", "coordinated", "combined"}


def _done_jointly(token: Token) -> tuple[str, Span] | None:
    """The joint act a noun names when "joint" (or "coordinated") qualifies it from further off than the word before,
    which the lexicon's "joint exercise" does not reach: "a joint search-and-rescue exercise", "joint naval and air
    drills", "coordinated patrols" (the noun alone stands for the act)."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.lower_ in TOGETHER and (
            c.i < token.i - 1 or c.lower_ != "joint") for c in token.children):
        return None
    key = next((k for w in (token.lemma_.lower(), token.lower_) if (k := f"joint {w}", "NOUN") in triggers()), None)
    return (key, token.doc[token.i:token.i + 1]) if key else None


def _amount(token: Token) -> bool:
    """ "lost a great deal of weight": an amount, no agreement."""
    return token.lower_ == "deal" and any(c.lower_ in ("great", "good") for c in token.children)


def _headless_predicate(verb: Token) -> bool:
    """A sentence the parser hung on its subject's name, with the verb as a modifier of it:
    "Prime Minister X, who was not there, called on the troops" (X the root, "called" its acl), "The board named
    X as interim chief" (a body is named no one: it names someone)."""
    if verb.dep_ == "acl" and verb.lemma_.lower() in APPOINTING and verb.i == verb.head.i + 1 and \
            verb.head.lemma_.lower() in VOTING_BODIES | {"government", "presidency", "president", "ministry"} and any(
                c.dep_ in ("oprd", "dobj") and c.ent_type_ == "PERSON" for c in verb.children):
        return True
    if not (verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("PROPN", "NOUN") and verb.i > verb.head.i and (
            verb.head.dep_ == "ROOT" or verb.head.dep_ == "nsubj" and sum(  # "X, which ..., offered to mediate, its
                c.dep_ == "nsubj" for c in verb.head.head.children) > 1)):  # ministry said": two subjects of "said"
        return False
    if verb.doc[verb.i - 1].text == ",":
        return True
    own = {t.i for t in verb.subtree}  # "Some 300 migrants crossed into Poland": no other verb to be the predicate
    return not any(c.dep_ == "agent" for c in verb.children) and not any(
        t.pos_ in ("VERB", "AUX") and t.i not in own for t in verb.sent)


def _subject(verb: Token) -> Token | None:
    """The doer of ``verb``: its subject, or the subject it shares with a controlling or coordinated verb."""
    raised = shared = held = False
    start = verb
    if (told := _said_object_as_subject(verb)) is not None:
        return told
    while True:
        for child in verb.children:
            if shared and child.dep_ == "nsubjpass" and (held or not any(c.dep_ == "agent" for c in verb.children)):
                return child  # "X, who was arrested in May and resigned a week later": X resigned; "X was received
                # by Y and held talks with her": X (but "was detained by police and released": by the police)
            if child.dep_ == "agent" and verb.tag_ != "VBD":  # not "called the case revenge by the ruling party"
                return next((c for c in child.children if c.dep_ == "pobj"), None)
            if child.dep_ == "csubj":  # a misparsed "Presiding Judge X sentenced": "Presiding" with X its object
                return next((t for t in child.subtree if t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")), child)
            if child.dep_ == "nsubj":  # "the opposition Social Democratic Party": the name
                child = _qualified(child)
                return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                             and not _split_from(c, child)), child)
            if raised and child.dep_ == "nsubjpass" and (verb.lemma_.lower() in RAISING or verb.lemma_.lower() in
                                                          APPOINTING):
                return child  # "X is expected to meet": X meets; "X was named to succeed Y": X succeeds
        for pobj in (p for c in verb.children if c.dep_ == "prep" and c.i < verb.i for p in c.children
                     if p.dep_ == "pobj"):  # "In Lisbon, the minister, X, said": the parser hung X on the place
            named = [a for a in pobj.subtree if a.dep_ == "appos" and a.pos_ == "PROPN" and a.right_edge.i + 2 ==
                     verb.i and a.doc[verb.i - 1].text == ","]
            if named:
                return named[0]
        raised = verb.dep_ == "xcomp"
        if (teller := _teller(verb)) is not None:
            verb = teller
            continue
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBJECT_CONTROL and (
                obj := next((c for c in verb.head.children if c.dep_ == "dobj"), None)) is not None:
            return obj  # "forced thousands to flee": the thousands flee
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in APPOINTING and (
                obj := next((c for c in verb.head.children if c.dep_ == "dobj"), None)) is not None:
            return obj  # "appointed X as minister, replacing Y": X replaces Y
        if verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.dep_ in ("ccomp", "acl") and (
                verb.head.tag_ in ("VBZ", "VBP") or verb.head.tag_ == "VB" and any(
                    c.dep_ == "aux" and c.lower_ in MODALS for c in verb.head.children)
                or verb.head.tag_ == "VBN" and any(
                    c.dep_ == "aux" and c.lower_ == "had" for c in verb.head.children) and not any(
                    c.dep_ == "nsubj" and (c.lemma_.lower() in SPOKEN_FOR or c.pos_ == "PRON")
                    for c in verb.head.children)) and any(
                c.dep_ == "nsubj" for c in verb.head.children) and _hung_subject(verb) is None and (
                outer := next((a for a in verb.head.ancestors if a.tag_ == "VBD"), None)) is not None:
            verb = outer  # "X rejected claims that Y commands the rebels and accused Z", "X admitted that nurses had
            continue  # not been paid, and promised", "X said sanctions would hurt the poor and accused Z": the simple
            # past goes with X's verb, not the backshifted or the modal one (but
            # "said her ministry had lodged a protest and demanded", "said it had sent troops and killed 11": the
            # body they speak for may do both)
        if (hung := _hung_subject(verb) or (_clause_subject_as_pobj(verb) if verb.dep_ == "conj" and verb == start
                                            else None)) is not None:
            return hung
        if verb.dep_ == "ccomp" and verb.tag_ == "VBD" and not any(c.dep_ in (
                "nsubj", "nsubjpass", "expl", "csubj", "mark") for c in verb.children) and any(
                c.dep_ == "ccomp" and c.i < verb.i for c in verb.head.children):
            verb = verb.head  # "X said the vote was rigged, accused Y of fraud and called for a recount": a past verb
            continue  # with no subject after what X said is X's next act, which the parser took for more of it
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.doc[verb.i - 1].text == "," and \
                _subject_given_to_infinitive(verb.head):
            verb = verb.head.head  # "called on the minister to resign, accusing him": the ones who call accuse
            continue
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head != verb and verb.head.pos_ in ("VERB", "AUX"):
            shared = verb.dep_ == "conj" and verb.tag_ == "VBD" and not _passive(verb)
            held = shared and any(c.dep_ == "dobj" for c in verb.children)  # an object: active, not "and released"
            if verb.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                    and not (verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children)) and (
                    (found := _clause_subject_as_pobj(verb)) is not None or verb.tag_ not in ("VBD", "VBN")
                    or any(c.dep_ == "mark" for c in verb.children) or start.head != verb or start.dep_ != "conj"):
                return found  # "after the army launched": its own clause; "..., accusing X": the same doer; a
                # subjectless past with no conjunction that an act is coordinated with is a participle the parser
                # took for a clause ("raided the offices of traders linked to the senator and seized cash": who
                # raided seized)
            verb = verb.head.head if _subjunctive(verb.head) else verb.head  # "demanded that she resign,
            continue  # accusing her of ...": the ones who demand accuse
        if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp":
            verb = verb.head.head  # "the government was ready to meet": who was ready
            continue
        if verb.dep_ in ("relcl", "acl") and (verb.tag_ == "VBG" or _headless_predicate(verb)):
            return verb.head  # "..., killing 12"; a misparsed "Prime Minister X, who ..., called on": X
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "responded by sending": who responded
            shared = verb.i == start.i and verb.head.lower_ in ("after", "before", "for", "since", "upon", "while")
            verb = verb.head.head  # "X was arrested after organizing a protest": X organized
            continue
        if shared and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head  # "four soldiers detained after crossing the frontier": the soldiers crossed
        return _party_to_the_deal(verb) if verb == start else None


#: Verbs that make a deal, and the deals they make, which a participle may tell: "a plan agreed with Norland".
DEAL_MAKING = {"agree", "sign", "reach", "strike", "negotiate", "conclude", "seal"}
DEAL_NOUNS = {"deal", "agreement", "accord", "plan", "programme", "program", "pact", "treaty", "loan", "arrangement"}


def _party_to_the_deal(verb: Token) -> Token | None:
    """The one who holds a deal told by a participle with the other party after "with", who made it with them:
    "the government was carrying out a plan agreed with Norland" (the government agreed it), "Ostavia would receive
    fuel under a deal signed with Norland"; not a deal whose doer is told ("signed by the minister"), nor a person's
    (states and bodies hold such deals: "X made cuts the centrepiece of his government under a plan agreed with the
    IMF" is the government's)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in DEAL_MAKING or (
            verb.head.lemma_.lower() not in DEAL_NOUNS) or not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) or any(
            c.dep_ == "agent" for c in verb.children):
        return None
    holder = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX", "PROPN") or (
        a.lemma_.lower() in SPOKEN_FOR)), None)
    if holder is not None and holder.pos_ in ("VERB", "AUX"):
        holder = _subject(holder)
    return holder if holder is not None and holder.ent_type_ != "PERSON" and (
        holder.pos_ == "PROPN" or holder.lemma_.lower() in SPOKEN_FOR) else None


def _qualified(subject: Token) -> Token:
    """The noun subject an adjective the parser made a second subject qualifies: "Federal police and army troopers
    evicted", "Federal" a subject of its own."""
    if subject.pos_ != "ADJ":
        return subject
    return next((c for c in subject.head.children if c.dep_ == "nsubj" and c.left_edge.i == subject.i + 1), subject)


#: Words that open a clause of time or cause, which the parser may take for a preposition before its subject.
CLAUSE_OPENERS = {"after", "before", "until", "since", "as", "because"}


def _clause_subject_as_pobj(verb: Token) -> Token | None:
    """The subject of an adverbial clause that the parser hung on its opening word as an object: in "was appointed
    after her predecessor, Piet Smit, resigned" the predecessor (Smit) resigned; also when it took the verb for one
    coordinated with another clause: "which charged him last year after the contractor, Tresk Power, admitted
    paying bribes" (the contractor admitted)."""
    if verb.tag_ != "VBD" or verb.i < 2 or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    ends = (verb.doc[verb.i - 1], verb.doc[verb.i - 2]) if verb.doc[verb.i - 1].text == "," else (verb.doc[verb.i - 1],)
    pobj = next((a for end in ends for a in (end, *end.ancestors) if a.dep_ == "pobj" and a.right_edge == end), None)
    if pobj is None or pobj.head.lower_ not in CLAUSE_OPENERS or pobj.head.dep_ != "prep":
        return None
    return next((a for a in pobj.children if a.dep_ == "appos" and a.pos_ == "PROPN"), pobj)


def _subject_given_to_infinitive(verb: Token) -> bool:
    """Whether the parser made the one asked by the verb before an infinitive the infinitive's subject, which an
    infinitive without "for" has not: "called on Minister X to resign" (X is called on)."""
    return verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(
        c.dep_ == "nsubj" for c in verb.children) and not any(c.lower_ == "for" for c in verb.lefts)


def _split_from(name: Token, noun: Token) -> bool:
    """Whether the parser split a name off the end of the noun phrase before it, which the name only qualifies:
    "200 supporters of the opposition X Party gathered" (the supporters gather; but "agents of the agency X
    destroyed" is the agency's act, as its agents' acts are)."""
    before = name.doc[name.left_edge.i - 1]
    return before.dep_ == "pobj" and before.head.head == noun and noun.lemma_.lower() not in AGENTS_OF


def _hung_subject(verb: Token) -> Token | None:
    """The names right before a coordinated verb that has no subject, which the parser coordinated with the
    noun before them: in "said it would send experts, and Norland and Ostavia dispatched planes" and "when X
    retook the region and thousands of Tarvans fled", Norland and Ostavia dispatched, the Tarvans fled; also past
    the name's acronym in brackets: "Norland sent boats and the Ostavian Union (OU) pledged aid"."""
    if verb.dep_ != "conj" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    first = verb.doc[verb.i - 1]
    if first.text == ")" and verb.i >= 4 and verb.doc[verb.i - 3].text == "(":  # the name or its acronym
        first = next((t for t in (verb.doc[verb.i - 4], verb.doc[verb.i - 2]) if t.dep_ == "conj"), first)
    if first.pos_ != "PROPN" or first.dep_ != "conj":
        return None
    while first.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head.i < first.i:
        first = first.head  # "Norland and Ostavia": from the first name
    return first if first.dep_ == "conj" and first.head.pos_ == "NOUN" and any(
        c.dep_ == "cc" and first.head.i < c.i < first.i for c in first.head.children) else None


def _teller(verb: Token) -> Token | None:
    """The verb of saying that a past act, coordinated by the parser with a participle, an adjective or a
    copula in what is said, is coordinated with: "X said 31 people had been taken to hospital, and demanded
    an inquiry", "told reporters the drills were planned long ago and dismissed the concern", "said the
    islands were an easy target and promised $5 million": X demands, dismisses, promises; and a present perfect
    after a present verb of saying: "X says votes were bought and has refused to accept the result"."""
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    if verb.dep_ != "conj" or verb.tag_ != "VBD" and not perfect or (verb.head.tag_ not in ("VBN", "JJ") or any(
            c.dep_ == "nsubj" for c in verb.head.children)) and not (
            verb.head.lemma_ == "be" and verb.head.dep_ == "ccomp"):  # "said the states were a target and promised"
        return None
    teller = next((a for a in verb.head.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in SPEECH_VERBS
                   and a.i < verb.head.i), None)
    return teller if teller is None or not perfect or teller.tag_ in ("VBZ", "VBP") else None


def _object(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "dative"):  # "two officers, who were suspended": the officers
            return verb.head if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" else child
    for child in verb.children:  # "detain and expel migrants": the object is the last conjunct's
        if child.dep_ == "conj" and child.pos_ == "VERB":
            found = next((c for c in child.children if c.dep_ == "dobj"), None)
            if found is not None:
                return found
    named = next((c for c in verb.children if c.dep_ == "oprd" and c.ent_type_ == "PERSON"), None)
    if named is not None:
        return named  # "and named Deputy Minister X to replace him", X misparsed as a predicate
    if (said := _misparsed_object(verb)) is not None:
        return said
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in verb.children):
        return next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _said_object_as_subject(verb: Token) -> Token | None:
    """The people the parser took for the object of "said" when they are the subject of the past perfect it
    coordinated with "said": in "UNICEF said at least 1,500 people had fled to Wabag", the people fled."""
    if verb.dep_ != "conj" or verb.head.lemma_.lower() != "say" or any(c.dep_ in ("nsubj", "nsubjpass")
                                                                       for c in verb.children) or not any(
            c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.tag_ == "NNS" and c.i < verb.i), None)


def _misparsed_object(verb: Token) -> Token | None:
    """The object the parser took for a second subject of the verb of saying after it: in "police ... detained
    at least 85 people, including X, the Interior Ministry said", the people."""
    after = verb.i + 1
    while after < len(verb.doc) and verb.doc[after].dep_ in ("advmod", "nummod", "quantmod", "amod", "det", "compound"):
        after += 1
    noun = verb.doc[after] if after < len(verb.doc) else None
    if noun is None or noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in SPEECH_VERBS or noun.head.i < verb.i:
        return None
    return noun if sum(c.dep_ == "nsubj" for c in noun.head.children) > 1 else None


def _pobj(token: Token, prep: str) -> Token | None:
    """The object of the token's preposition ``prep``: "cooperating with investigators" -> investigators."""
    return next((p for c in token.children if c.dep_ == "prep" and c.lower_ == prep for p in c.children
                 if p.dep_ == "pobj"), None)


def _thing_given(verb: Token, obj: Token | None) -> Token | None:
    """What a verb with two objects hands over, not to whom: "would give Norland 20 million euros", "gave the
    refugees water" (the one it goes to stays the verb's object, its target)."""
    if obj is not None and obj.dep_ == "dative":
        return next((c for c in verb.children if c.dep_ == "dobj"), obj)
    return obj


def _recipient(verb: Token) -> Token | None:
    """Whom something is given to: "sent aid to flood victims"."""
    for child in verb.children:
        if child.dep_ == "dative" or (child.dep_ == "prep" and child.lower_ in ("to", "for")):
            pobj = child if child.dep_ == "dative" else next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _infinitive(verb: Token) -> bool:
    """Whether a verb is the infinitive its head governs: "pledged to send", and "offered on Thursday to
    mediate", which the parser hangs as a purpose."""
    return verb.dep_ == "xcomp" or verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                for c in verb.children)


def _modality(verb: Token) -> tuple[bool | str, bool]:
    """(only promised or future, negated) for a verb or the verb carrying a noun.

    "would" reported after a past verb ("confirmed that troops would be deployed", "said it would
    send a team") is the future of the past, returned as "reported": a decision reported (see
    :func:`code_for`).
    """
    future: bool | str = False
    negated = False
    seen = verb
    for _ in range(4):
        for child in seen.children:
            if child.dep_ == "neg" or child.dep_ == "nsubjpass" and any(
                    d.dep_ == "det" and d.lower_ == "no" for d in child.children):
                negated = True  # "did not", "no officials had been killed" (not "no candidate won ... the election")
            if child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS - {"can"}:
                reported = child.lower_ == "would" and seen.dep_ == "ccomp" and seen.head.tag_ == "VBD"
                future = future or ("reported" if reported else True)
        if _infinitive(seen) and (seen.head.lemma_.lower() in PROMISE_VERBS | (RAISING - REPORTED) | {"be"} or (
                seen.head.pos_ == "ADJ" and seen.head.lemma_.lower() in READY)):
            future = True  # "pledged to detain", "ready to meet", "the bank is to provide": not done yet
        if _infinitive(seen) and seen.head.pos_ == "ADJ" and seen.head.lemma_.lower() in ("likely", "unlikely",
                                                                                          "unable"):
            future = True  # "was likely to overturn": not done yet; "unlikely to", "unable to": nor will it be
            negated = negated or seen.head.lemma_.lower() != "likely"
        if seen.head == seen or seen.dep_ not in ("xcomp", "conj") or seen.dep_ == "conj" and (seen.tag_ in (
                "VBD", "VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ in MODALS for c in seen.children)):
            break  # a finite verb has its own tense: "had not been consulted and warned that ..." warned; a
            # conjunct has its own modal: "would not accept the count and would contest it" contests
        seen = seen.head
    return future, negated


def _place(trigger: Token, entities: Entities) -> str | None:
    for token in trigger.subtree:
        if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS:
            key = entities.of(token)
            if key and entities.type_of(key) in (COUNTRY, CITY, PLACE):
                return key
            for child in token.subtree:  # "at the border with Chile"
                key = entities.of(child) if child.i != token.i else None
                if key and entities.type_of(key) in (COUNTRY, CITY, PLACE):
                    return key
    return None


def _gerund_phrase(token: Token, noun: Token) -> bool:
    """Whether ``token`` hangs from ``noun`` with at most a gerund after a preposition between: "talks on
    joining the EU in June 2024"."""
    while token.i != noun.i:
        if token.head == token or token.pos_ in ("VERB", "AUX") and token.dep_ != "pcomp":
            return False
        token = token.head
    return True


def _within_phrase(token: Token, trigger: Token) -> bool:
    """Whether ``token`` hangs from the noun ``trigger`` with no verb between: "the run-off on
    October 19", not "the run-off after no candidate won on Sunday"."""
    while token.i != trigger.i:
        if token.head == token or (token.pos_ in ("VERB", "AUX") and not (
                token.dep_ in ("acl", "relcl") and token.head.i == trigger.i) and token.dep_ not in ("ccomp", "xcomp")):
            return False  # a participle or relative clause on the noun itself still describes it, with what it
            # reports ("a referendum, which officials said would be held in May")
        token = token.head
    return True


#: Links a date may follow up from the trigger's clause to the clause it hangs from: "pledged in May
#: to invest", "resigned on Wednesday ... and appointed", "talks mediated by Norland". A reported
#: clause ("ccomp") only when it is past: what will be done has its own time ("said on Monday that
#: troops would be sent"), what was done happened by the time it was said.
CLAUSE_LINKS = {"xcomp", "conj", "advcl", "acl", "relcl", "amod", "compound", "dobj", "pobj", "prep", "nsubj",
                "nsubjpass", "attr", "acomp", "pcomp", "npadvmod"}


def _clauses(trigger: Token) -> tuple[list[Token], list[Token]]:
    """The trigger's own clause, then the clauses it hangs from, nearest first; and the nouns a
    relative clause on the way describes ("the run-off set for December 14, where Lima faces Soto")."""
    clause = _clause(trigger)
    out, nouns = [clause], []
    token = clause
    while token.head != token and len(out) < 4 and (token.dep_ in CLAUSE_LINKS or (
            token.dep_ == "agent") or (  # "was filed two weeks ago by lawmakers, who accused him": then
            token.dep_ == "ccomp" and (tense(token) == PAST or any(  # "said on Monday it had detained 12"
                c.dep_ == "aux" and c.lower_ == "to" for c in token.children)  # "in 2022 allowed X to use"
                or token == trigger and token.head.tag_ == "VBD" and any(
                    c.dep_ == "aux" and c.lower_ in WILL for c in token.children)))):
        # "said last week it would provide": a promise is dated when it was made (not "would hold a run-off")
        if token.dep_ == "conj" and any(c.dep_ == "mark" or c.dep_ == "advmod" and c.lower_ in (
                "later", "subsequently", "afterwards", "since", "then") for c in token.children):
            break  # "arrested on Tuesday and that the army had killed two", "... and was later released"
        if token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN") and noun_trigger(token.head):
            nouns.append(token.head)  # "a 2012 agreement signed by A and B": the agreement's year (not "leaders,
            # who led protests in 2022, threatened on Tuesday": people, whose clause tells what else they did)
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token not in out:
            out.append(token)
    root = clause.sent.root
    if clause.dep_ == "acl" and root.pos_ in ("NOUN", "PROPN") and root not in out:
        out.append(root)  # a verbless root: "Last month, a fishing boat overturned near the shore", the verb parsed
        # as the boat's modifier and "last month" as the root
    return out, nouns


def _when(trigger: Token, sent: Span, published: dt.date | None):
    """The date of the sentence's temporal expression in the trigger's phrase, its clause or the
    clauses that clause hangs from (nearest first), else the publication date (and the caller
    lowers its confidence)."""
    dates = temporal_spans(sent)
    mine: list[Span] = []
    after: list[Span] = []
    ahead = [e for e in dates if _set_for(e, trigger)]
    if trigger.pos_ in ("NOUN", "PROPN"):  # "last October's elections", "the run-off on October 19"
        mine = ahead + [e for e in dates if _within_phrase(e.root, trigger) and e not in ahead]
        mine += [e for e in dates if _measures_to(e, trigger)]  # "four days before the elections" (not "three
        # days after the Oct. 4 election": the election's own day)
    clauses, nouns = _clauses(trigger)
    if trigger.dep_ == "conj" and trigger.tag_ == "VBD" and any(
            c.dep_ == "aux" and c.lower_ == "had" for c in trigger.head.children):
        clauses = [c for c in clauses if c != trigger.head]  # "said on Monday 12 had been detained this year, and
        # called on them to drop the charges": the call is no part of what had happened by then (it was on Monday)
    if trigger.tag_ in ("VBP", "VBZ") or trigger.dep_ in ("conj", "relcl") and any(
            c.dep_ == "aux" and c.lower_ in ("has", "have") for c in trigger.children):
        clauses = clauses[:1]  # "jailed in May for crimes he denies": what holds now, not then; "reached 10% in
        # September, and the opposition has accused the coalition", "detained in May, a charge they have denied": as
        # of now
    when_ = next((c for clause in clauses for c in clause.children if c.lower_ == "when" and c.i > clause.sent.start
                  and clause.dep_ in ("advcl", "relcl")), None)
    if when_ is not None:  # "since Monday, when the union began the strike (to demand ...)": the day told before
        told = next((e for e in dates if e.end in (when_.i, when_.i - 1)), None)
        if told is not None:
            nouns = [*nouns, told.root]
    for i, clause in enumerate(clauses):
        mine += [e for e in dates if _date_clause(e) == clause and e not in mine]
        mine += [e for e in dates if e not in mine and _at_their_protest(e, clause)]
        mine += [e for e in dates if e not in mine and _in_the_operation(e, clause)]
        if i == 0:  # the own clause's date first, then that of the noun a relative clause describes
            mine += [e for e in dates for noun in nouns if _within_phrase(e.root, noun) and e not in mine]
            mine += [e for e in dates for obj in clause.children if obj.dep_ == "dobj" and trigger.pos_ == "VERB"
                     and trigger.lemma_.lower() not in ACCUSING_VERBS and _gerund_phrase(e.root, obj)
                     and e not in mine]  # "opened talks on joining the EU in June 2024": the date the parser hung
            # inside the object's phrase (not "freed soldiers detained last year", "accused them of shelling X")
            mine += [e for e in dates for purpose in clause.children if purpose.dep_ in ("advcl", "xcomp") and (
                _infinitive(purpose) and _verb_lemma(clause) not in PROMISE_VERBS | ASKING_VERBS and any(
                    c.dep_ == "dobj" for c in clause.children)) and _clause(e.root) == purpose and e not in mine]
            # "fired tear gas to break up a rally late on Wednesday, officials said on Thursday": done when what it
            # was done for was (not "urged them to leave by Friday")
            mine += [e for e in dates for conj in clause.children if conj.dep_ == "conj" and conj.pos_ == "VERB" and (
                not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in conj.children)) and (
                e.root.head == conj and e.root.dep_ == "npadvmod" or _day_of_both(e, conj, trigger))
                and e.start > conj.i and e not in mine]  # "formed the AES and quit ECOWAS last year": both then
            # (not "accused X and called for a strike on Tuesday", "had sent vaccine and would deploy a team next
            # week": an act with its own auxiliary has its own time)
            mine += [e for e in dates if (acl := _clause(e.root)).dep_ == "acl" and acl.head.dep_ == "pobj" and (
                acl.head.head.lower_ in ("under", "in") and ((held := acl.head.head.head) == clause or (
                    held.dep_ == "dobj" and held.head == clause))) and e not in mine]
            # "Under a deal signed in 2023, the EU pledged 105 million euros": the terms of a deal are dated to the
            # deal; "In an indictment filed last May, prosecutors accused him", "claimed responsibility in a video
            # posted on Wednesday": what a document says, to the document
            mine += [e for e in dates if _of_its_participle(e, clause) and e not in mine]
            mine += [e for e in dates if _on_its_arrival(e, clause) and e not in mine]
            after = [e for e in dates if _in_what_it_followed(e, clause) and e not in mine]
            mine += after
    for child in clauses[0].children:  # "have returned since the rebels left the city in May"
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" or c.dep_ == "advmod" and (
                c.lower_ == "when" and c.i < child.i) for c in child.children):  # "would demand it when talks begin
            # next month": the time of a when-clause is the act's
            mine += [e for e in dates if _clause(e.root) == child and e not in mine]
        if _infinitive(child):  # "has been fighting to overthrow the government since 2007"
            mine += [e for e in dates if _clause(e.root) == child and e.root.head.lower_ == "since" and e not in mine]
    promised = [e for e in dates if _of_the_promised_act(e, trigger) and e not in mine]
    asked = [e for e in dates if _of_the_asked_act(e, trigger)]
    mine = asked + promised + [e for e in mine if e not in asked]
    for ent in mine:
        if ent not in asked and (_of_another_event(ent.root, trigger) or _names_a_thing(ent, trigger) or _an_end(
                ent, trigger) or _of_the_blamed_act(ent, trigger) or (
                _bounds_a_comparison(ent) and ent.root not in nouns)):
            continue
        how = FUTURE if ent in ahead and trigger.pos_ != "VERB" or ent in asked else PRESENT if _names_its_day(
            ent) or ent in ahead and tense(ent.root) == PAST else tense(_saying_of(ent) or ent.root)  # a verb's own
        # tense says whether the weekday it set lies ahead ("called a strike for Monday", told once the strike was
        # held); a calendar day set in the past is the nearest ("called a strike for March 26" eight days before it)
        when = offset(ent, sent, published, trigger) or resolve(ent.text, year_told(ent, dates, published), how,
                                                       Mention(ent.start_char, ent.end_char, ent.text))
        if when and when.precision == "day" and ent.root.head.lower_ == "since" and ent.root not in nouns and not (
                any(t.like_num for t in ent)):
            when = replace(when, value=when.value[:7], precision="month")  # "since Friday": a span, not a day
            # (but "since Monday, when the union began the strike": the day it began; "has travelled there four
            # times since Oct. 20": a calendar day is the day the span began)
        if when and (ent in promised and when.precision == "year" and not (
                published and when.value == str(published.year)) or ent in after and when.precision != "year"):
            continue  # a goal ("pledged to double trade by 2030", but "by the end of the year" is the year the
            # promise was made in); a day or month after which the act came
        if when and published and trigger.tag_ == "VBD" and when.value > published.isoformat() and (
                ent not in promised + ahead + asked):
            continue  # "promised to march again on Saturday": the promised act's day, not the vow's
        if when and when.precision != "year" and (vague := _weeks_from(clauses)) and (
                _clause(ent.root) in clauses[clauses.index(vague):]):
            when = replace(when, value=when.value[:4], precision="year")
        if when:
            return _from_its_start(_from_its_first_day(when, ent, trigger), trigger), True
    if published:
        return _from_its_start(resolve(published.isoformat(), published), trigger), False
    return None, False


def _measures_to(date: Span, noun: Token) -> bool:
    """Whether a distance counts from the day of its clause to the happening a noun names, which it dates: "internet
    was cut on Wednesday, four days before the elections" (on the Sunday)."""
    prep = date.doc[date.end] if date.end < len(date.doc) else None
    return prep is not None and prep.lower_ in ("before", "after") and noun.head == prep and noun.dep_ == "pobj" and (
        OFFSET.match(date.text.strip()) is not None)


def _names_its_day(date: Span) -> bool:
    """Whether a calendar day modifies a noun, which the tense of the clause does not place: "barred him from the
    March 22 election" is the nearest March 22, whichever side of the news it falls."""
    return date.root.dep_ in ("compound", "nmod") and date.root.head.pos_ in ("NOUN", "PROPN") and any(
        t.like_num for t in date) and not re.search(r"\d{4}", date.text)


def _set_for(date: Span, trigger: Token) -> bool:
    """Whether a date is the day the act a trigger sets up is set for, which dates the act and the setting of it
    alike: "set an election for April 12", "called a general strike for next Monday" (the strike, or the call)."""
    prep = date.root.head
    if date.root.dep_ != "pobj" or prep.lower_ != "for":
        return False
    if trigger.pos_ in ("NOUN", "PROPN"):
        return trigger.dep_ == "dobj" and prep.head == trigger.head
    return prep.head == trigger and any(c.dep_ == "dobj" and noun_trigger(c) for c in trigger.children)


#: Prepositions that put a date at the end of what an act set up: "until 2030", "through 2027".
ENDS = {"until", "till", "through"}


def _an_end(date: Span, trigger: Token) -> bool:
    """Whether a date in the verb's own clause only ends what the act set up, which is no time of the act:
    "offered a job guarantee until 2030", "promised loans to support its budget through 2031", "adjourned the trial
    until March 3" (not "served until 2024, when the government withdrew them": the time of what ended then; nor "the
    vote was delayed until 2028": the vote's)."""
    return trigger.pos_ == "VERB" and _clause(date.root) == trigger and (date.root.dep_ == "pobj" and (
        date.root.head.lower_ in ENDS) or date[0].lower_ in ENDS)


#: Verbs of blaming, whose "of" or "for" phrase tells the act blamed: "accused X of shelling", "blamed X for a flood".
BLAMING = {"accuse", "blame"}


def _of_the_blamed_act(date: Span, trigger: Token) -> bool:
    """Whether a date the parser hangs on a verb of blaming stands after the act it blames, whose time it is: "blamed
    the dam for flooding along the river in September", "blaming the rebels for an attack on a farm before dawn on
    Sunday" (not "accused them on Monday of fraud": the accusation's day stands before what it blames)."""
    return trigger.lemma_.lower() in BLAMING and _clause(date.root) == trigger and any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i < date.start for c in trigger.children)


def _before_its_mark(date: Span) -> Token | None:
    """The clause a date belongs to that the parser hangs on a subordinate clause though it stands before the
    clause's conjunction, where the clause's own modifiers never stand: "the bill was passed by the Senate last month
    after the House approved it in April" (the passing's month; the approval's is April). A distance there
    measures the clause it comes before: "five days after police arrested him"."""
    own = _clause(date.root)
    mark = next((c for c in own.children if c.dep_ == "mark"), None)
    return own.head if own.dep_ == "advcl" and mark is not None and date.end <= mark.i and (
        date.root.head == own) and not OFFSET.match(date.text.strip()) else None


def _bounds_a_comparison(date: Span) -> bool:
    """Whether a date only bounds a superlative, the last time something was as great, which is no time of what
    is compared: "the epidemic is the deadliest in the region since 2023", "the largest protest since May" (but the
    date is that of the happening a clause after it tells: "since 2023, when 60 people died")."""
    prep = date.root.head
    if date.root.dep_ != "pobj" or prep.lower_ != "since":
        return False
    return prep.head.tag_ == "JJS" or any(c.tag_ == "JJS" for c in prep.head.children if c.dep_ in (
        "amod", "attr", "acomp"))


def _of_its_participle(date: Span, clause: Token) -> bool:
    """Whether a date hangs from a present participle on a noun of the clause, which happened as the clause's act
    did: "police broke up a sit-in by nurses demanding higher pay outside the ministry on Monday"."""
    own = _clause(date.root)
    return own.tag_ == "VBG" and own.dep_ == "acl" and own.head.pos_ in ("NOUN", "PROPN") and (
        _clause(own.head) == clause) and clause.tag_ in ("VBD", "VBN")


def _on_its_arrival(date: Span, clause: Token) -> bool:
    """Whether a date dates the arrival or first work of what a past act sent, told in a relative clause on it, by
    which day it had been sent: "sent two helicopters, which reached the valley on Tuesday", "dispatched two planes,
    which began flying over the town on Sunday"."""
    own = _clause(date.root)
    relative = own.head if own.dep_ == "xcomp" else own
    return relative.dep_ == "relcl" and relative.tag_ == "VBD" and relative.head.dep_ == "dobj" and (
        relative.head.head == clause) and clause.tag_ in ("VBD", "VBN") and _verb_lemma(clause) in SENDING


def _in_the_operation(date: Span, clause: Token) -> bool:
    """Whether a date is the start a relative clause tells of the operation a past act was done in, which takes that
    start: "troops raided smuggling depots in an operation that began on Friday" (not "in a town that rebels took in
    May")."""
    own = _clause(date.root)
    noun = own.head
    return own.dep_ in ("relcl", "acl") and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") and (
        noun.head.head == clause) and clause.tag_ in ("VBD", "VBN") and (
        noun.lemma_.lower() in OPERATIONS or _kind_of(noun) is not None)


def _in_what_it_followed(date: Span, clause: Token) -> bool:
    """Whether a date is that of the happening a past act followed, which gives the act its year (the caller
    keeps only a year): "fled after the militia took the city in 2021", "took office after mass rallies in 2020
    toppled the old cabinet"."""
    own = _clause(date.root)
    return own.dep_ == "advcl" and own.head == clause and clause.tag_ in ("VBD", "VBN") and any(
        c.dep_ == "mark" and c.lower_ == "after" for c in own.children)


#: Verbs whose object had ended by their time: "ended a three-day visit", "followed two weeks of sit-ins".
ENDING = {"end", "conclude", "complete", "wrap", "follow", "cap"}


def _from_its_start(when: When | None, trigger: Token) -> When | None:
    """The first day of an event told as days long, when the day found is that of its end: "ended a three-day
    visit on Thursday" (the Tuesday), "after a two-day strike" (a multi-day happening takes its start); and the
    month of one told as weeks long: "followed three weeks of talks", "after weeks of protests" (the day it ended
    is not the day of the talks)."""
    noun = next((c for c in trigger.children if c.dep_ == "dobj"), trigger) if trigger.lemma_.lower() in ENDING \
        else trigger
    if when is None or when.precision != "day" or noun.pos_ not in ("NOUN", "PROPN"):
        return when
    phrase = noun.head.head if noun.head.lower_ == "of" else noun  # "four days of talks"
    if phrase is not noun and phrase.lemma_.lower() == "week":
        return replace(when, value=when.value[:7], precision="month")
    if phrase.dep_ == "dobj" and phrase.head.lemma_.lower() in UNDOING and (found := noun_trigger(noun)) and (
            _most_specific(EASED, _code(found[0], "NOUN", False) or "")):
        return when  # "ended a 12-day strike on Friday": the act is the ending (082), on its own day
    days = days_long(noun.doc[phrase.left_edge.i:noun.i].text)
    ended = phrase.dep_ == "pobj" and phrase.head.lower_ in ("after", "following") or (
        phrase.dep_ == "dobj" and phrase.head.lemma_.lower() in ENDING) or phrase.dep_ == "nsubj" and any(
        c.dep_ == "mark" and c.lower_ == "after" for c in phrase.head.children)  # "after a strike turned violent"
    if not days or not ended:
        return when
    return replace(when, value=(dt.date.fromisoformat(when.value) - dt.timedelta(days=days - 1)).isoformat())


#: "for a third day", "for the fourth straight day": the Nth day of a happening, told just before its date.
NTH_DAY = re.compile(r"\bfor\s+(?:a|the)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
                     r"(?:(?:straight|consecutive|successive|running)\s+)?day(?:\s+on)?$", re.IGNORECASE)
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
            "tenth": 10}


def _day_of_a_run(date: Span) -> tuple[Token, int] | None:
    """The "for" of the Nth day a happening ran told before a date, and N: "clashed for a third day on Monday"."""
    before = date.doc[max(date.sent.start, date.start - 7):date.start]
    m = NTH_DAY.search(before.text)
    if m is None:
        return None
    prep = before.char_span(m.start(), m.start() + 3)
    return (prep.root, ORDINALS[m.group(1).lower()]) if prep is not None else None


def _from_its_first_day(when: When, date: Span, trigger: Token) -> When:
    """The day an act its own clause tells as going on for its Nth day began, which is the act's day: "exchanged
    fire for a third day on Wednesday" (since the Monday)."""
    run = _day_of_a_run(date)
    if when.precision != "day" or run is None or _clause(run[0]) != _clause(trigger):
        return when
    return replace(when, value=(dt.date.fromisoformat(when.value) - dt.timedelta(days=run[1] - 1)).isoformat())


def _weeks_from(clauses: list[Token]) -> Token | None:
    """The clause an act's clause is told to lie an uncounted number of weeks or months from ("was deployed in
    June 2011, weeks after troops overran the town"), whose date then gives the act only its year."""
    for clause in clauses:
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in
                                          clause.children) and any(
                c.dep_ == "npadvmod" and c.tag_ == "NNS" and c.lemma_.lower() in ("week", "month") and not any(
                    n.dep_ == "nummod" for n in c.children) for c in clause.children):
            return clause.head
    return None


#: Verbs of promising whose promise takes the date of the act promised, when the text gives it (a threat, "vowed
#: to march again next week", "warned that teachers would walk out next month", is dated when it was made).
VOWING = {"pledge", "promise", "swear"}


def _of_the_promised_act(date: Span, trigger: Token) -> bool:
    """Whether a date dates the act a promise verb promises, which dates the promise: "promised to name a
    cabinet by Friday", "pledged that grants would reach every family by next week" (not "pledged to act
    before December", a deadline, nor "promised to punish those who rioted on Monday"; the caller drops a
    year, a goal more than a date: "pledged to double trade by 2030")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in VOWING or date.root.head.lower_ == "before":
        return False
    act = _clause(date.root)
    if act.dep_ == "conj" and act.head.head == trigger:
        act = act.head  # "promised to name a cabinet and to review the contract by Friday"
    return act.head == trigger and (act.dep_ == "xcomp" and _infinitive(act) or act.dep_ == "ccomp" and any(
        c.dep_ == "aux" and c.lower_ in WILL for c in act.children))


def _of_the_asked_act(date: Span, trigger: Token) -> bool:
    """Whether a date told after the happening a call or an invitation asks for dates that happening, which lies
    ahead and dates the call: "called for a general strike on Tuesday", "invited the unions to talks on Friday",
    "called for protests next Saturday" (not "called on Tuesday for a strike": the day of the call)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in ASKING_VERBS:
        return False
    asked = next((p for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("for", "to")
                  for p in c.children if p.dep_ == "pobj" and (found := noun_trigger(p)) and _code(
                      found[0], "NOUN", False)), None)
    if asked is None or date.start < asked.i:
        return False
    token = date.root
    while token not in (asked, trigger) and token.head != token and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token in (asked, trigger)


def _at_their_protest(date: Span, clause: Token) -> bool:
    """Whether a date dates the protest of the people a past act was done to or by, which the act met: "fired
    tear gas at teachers who marched through the capital on Tuesday", "activists who tried to march on the
    parliament on Friday were dispersed"."""
    protest = _clause(date.root)
    relative = protest.head if protest.dep_ == "xcomp" else protest
    obj = next((c for c in protest.children if c.dep_ == "dobj"), None)
    if relative.dep_ != "relcl" or clause.tag_ not in ("VBD", "VBN") or not (
            _code(_verb_lemma(protest), "VERB", False) or _object_code(_verb_lemma(protest), obj) or "").startswith(
            "14"):  # "marched", "threw stones"
        return False
    people = relative.head
    return people.head == clause and people.dep_ in ("nsubj", "nsubjpass", "dobj") or (
        people.dep_ == "pobj" and people.head.head == clause)


def _day_of_both(date: Span, conj: Token, trigger: Token) -> bool:
    """Whether the day that ends a second past act also dates the first one its subject did: "were detained
    for several hours and released late on Thursday", "set mattresses on fire and took guards hostage on
    Sunday" (not "accused the government and called for a strike on Tuesday": what is asked for has its own day)."""
    if not (date.root.dep_ == "pobj" and date.root.head.lower_ == "on" and conj.tag_ in ("VBD", "VBN") and (
            trigger.tag_ in ("VBD", "VBN")) and _verb_lemma(conj) not in PROMISE_VERBS | ASKING_VERBS | SPEECH_VERBS):
        return False
    token = date.root.head
    while token.dep_ in ("prep", "advmod", "oprd") and token.head != token:
        token = token.head  # "released late on Thursday", "took them hostage on Sunday"
    return token == conj


def _date_clause(date: Span) -> Token:
    """The clause a date belongs to: the verb of saying for the day it was said, which the parser may hang in the
    reported clause; what was said to have happened takes that day unless its own clause has one ("said on
    Friday it had expelled six diplomats late on Thursday": Thursday; "said on Friday it had expelled six
    diplomats": Friday)."""
    return _saying_of(date) or _before_its_mark(date) or _clause(date.root)


def _saying_of(date: Span) -> Token | None:
    """The verb of saying whose day a date is, when the parser hangs it in the reported clause: its tense, not the
    reported act's, places a weekday ("said on Monday it would send observers": the Monday before)."""
    clause = _before_its_mark(date) or _clause(date.root)
    return clause.head if _of_the_saying(date, clause) else None


def _of_the_saying(date: Span, clause: Token) -> bool:
    """Whether a date the parser hangs in a reported clause stands between the verb of saying and the
    clause's subject."""
    head = clause.head
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (clause.dep_ == "ccomp" and head.lemma_.lower() in SPEECH_VERBS and subject is not None
            and head.i < date.start and date.end <= subject.left_edge.i)


def _names_a_thing(date: Span, trigger: Token) -> bool:
    """Whether a bare year is part of the name of a thing, which it does not date the act on: "suspended the 2013
    constitution", "would send the 2027 budget to parliament" (but "the 2019 election" is an event of that year)."""
    root = date.root
    return re.fullmatch(r"\d{4}", date.text.strip()) is not None and root.dep_ in ("nummod", "compound", "nmod") and (
        root.head.pos_ == "NOUN" and root.head.i != trigger.i and not (
            (found := noun_trigger(root.head)) and _code(found[0], "NOUN", False)))


def _of_another_event(token: Token, trigger: Token) -> bool:
    """Whether a date hangs from an event noun in a prepositional phrase below the trigger: the
    date of that event, not the trigger's ("claimed responsibility for a bombing on Sunday",
    "invited the rebels to talks on Thursday")."""
    if token.dep_ in ("compound", "nmod", "npadvmod", "amod") and token.head.i != trigger.i and token.head.pos_ == \
            "NOUN" and token.head.dep_ == "pobj" and token.head.head.lower_ in ("of", "in", "about") and (
            found := noun_trigger(token.head)) and _code(found[0], "NOUN", False):
        return True  # "accused Indian agents of involvement in the June 2023 killing": the killing's date (but
        # "arrested 31 teachers at a protest last week", "the October fighting forced residents to flee": then)
    while token.i != trigger.i and token.head != token and token.pos_ not in ("VERB", "AUX"):
        if token.dep_ == "pobj" and token.head.lower_ in ("for", "to", "over") and (found := noun_trigger(token)) \
                and (_code(found[0], "NOUN", False) or "")[:2] != "01":
            return True  # but "frozen over concerns in 2022": a feeling is no event of its own time
        token = token.head
    return False


@cache
def _threat(code: str) -> str | None:
    """The threat the lexicon most often gives for an act of this code, else of its kind: 132 for an
    administrative sanction (172), 138 for a show of force (154), 130 for a summons (110, as for 115)."""
    for i, kind in enumerate((code, code, code[:3], code[:2])):  # its own code first, then those it starts
        found = Counter(threat for act, threat in triggers().values() if threat and (  # (172, 1724, ...)
            act == kind if i == 0 else act.startswith(kind)))
        if found:
            return found.most_common(1)[0][0]
    return None


def _most_specific(table: dict[str, str], code: str) -> str | None:
    """The entry for the longest head of a CAMEO code that a table has: "1723", else "172", else "17"."""
    return next((table[code[:n]] for n in (4, 3, 2) if code[:n] in table), None)


def code_for(code: str, future: bool | str, threat: str | None = None) -> str:
    """The code of an act, or of its promise: a threat for conflict, an intent for cooperation.
    A "reported" future ("said it would") is an intent for cooperation and a threat otherwise ("said the
    ministry would suspend the licences", "said the army would send 500 more soldiers": a deployment
    promised is coercive, root 13)."""
    if not future or not code[:1].isdigit():
        return code
    intent = _most_specific(INTENT, code)
    if future == "reported" and intent:
        return intent
    return threat or intent or _threat(code) or code


def _code(lemma: str, pos: str, future: bool | str) -> str | None:
    entry = triggers().get((lemma, pos))
    if entry is None:
        return None
    code, threat = entry
    if code == "-":  # an act the lexicon knows only as promised: "would review its cooperation with X" threatens,
        return threat if future else None  # "would rebuild the bridges" pledges aid; "reviewed the figures" is no act
    return code_for(code, future, threat)


#: Verbs that deny what their clause, or the allegation they reject, says.
DENYING = {"deny", "refute", "dispute", "reject", "dismiss"}


def _denied(verb: Token) -> bool:
    """Whether a verb tells what is denied: "denied that civilians had been killed", "denied reports that
    soldiers had fled", "rejected accusations that its fighters carried out the raid"."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DENYING:
        return True
    claim = verb.head
    return verb.dep_ in ("acl", "ccomp") and claim.lemma_.lower() in ALLEGATIONS and claim.dep_ == "dobj" \
        and claim.head.lemma_.lower() in DENYING


ANSWERING = {"respond", "reply", "answer"}


def _silent(verb: Token, lemma: str, future: bool | str) -> bool:
    """A comment not given so far ("has not commented", "did not immediately comment") or a request left unanswered
    ("did not respond to requests for comment"): silence, not the refusal a "would not comment" or "declined to
    comment" voices (a negated act is no event)."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have") or c.dep_ == "advmod" and c.lower_ == "immediately"
               for c in verb.children) or (not future and lemma in ANSWERING)  # "did not immediately comment": not
    # reached yet


def _asked_for(verb: Token, entities: Entities) -> bool:
    """Whether a verb is only asked for, however deep in what is asked: "urged Pakistan to suspend
    deportations", "called on governments to free ..." (parsed as a purpose), "urged the owner to pay
    whatever it took to free the sailors" (not "is expected to meet", which is planned, nor what an
    authority orders done)."""
    token = verb
    while token.dep_ in ("xcomp", "ccomp", "advcl", "conj") and token.head != token:
        if token.dep_ == "conj":  # "urged X to release the prisoners and lift sanctions": both asked for (not a
            if token.tag_ != "VB":  # finite verb the parser hung there: "urged calm and promised to expand")
                return False
            token = token.head
            continue
        infinitive = _infinitive(token) or token.dep_ == "ccomp" and any(  # "expected Washington to lift"
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if token.dep_ == "advcl" and not infinitive:
            return False  # "after the army launched ...": a clause of its own
        asker = token.head
        if _subjunctive(token):
            return True  # "demanded that she resign": asked for, not done
        if infinitive and asker.lemma_.lower() in ASKING_VERBS:
            return not (asker.lemma_.lower() == "expect" and any(c.dep_ == "auxpass" for c in asker.children)) \
                and not _commanded(token, entities)
        token = asker
    return False


def _subjunctive(verb: Token) -> bool:
    """Whether a verb is the bare verb of a "that" clause of demanding: "demanded that she resign", "insisted
    that the minister step down", "urged that the talks be resumed" (not "said that they resign often", nor
    "ordered that he be freed", an authority's act)."""
    asker = verb.head
    return verb.dep_ == "ccomp" and asker.lemma_.lower() in ASKING_VERBS - {"order", "tell"} | {"insist"} and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) and verb.tag_ in ("VB", "VBP") and (
        verb.lower_ == verb.lemma_.lower()) and not any(c.dep_ == "aux" for c in verb.children)


def _commanded(verb: Token, entities: Entities) -> bool:
    """Whether the verb is an act that someone with authority orders done: "ordered the army to
    withdraw its troops" (not what a court orders, which is its ruling, nor ordering envoys out)."""
    order = verb.head
    return verb.dep_ == "xcomp" and order.lemma_.lower() in COMMANDING and (_phrasal(verb), "VERB") in triggers() \
        and not _promised_only(_phrasal(verb)) \
        and _subject_code(order.lemma_.lower(), order, entities) != "CourtRuling" \
        and not _object_code(order.lemma_.lower(), _object(order))


def _threatened_cooperation(verb: Token) -> bool:
    """Whether a verb is a cooperative act threatened, which threatens to take something away, not to
    cooperate: "threatened to withdraw the party's ministers" (not "threatened to attack")."""
    return _infinitive(verb) and verb.head.lemma_.lower() == "threaten" and (_object_code(
        _phrasal(verb), _object(verb)) or _code(_phrasal(verb), "VERB", False) or _promised_only(
        _phrasal(verb)) or "")[:2] in COOPERATION_ROOTS


def _refused_act(verb: Token) -> bool:
    """Whether a verb is what someone refuses to do, or a conjunct of it with no subject or auxiliary of its own:
    "ruled out raising the tax", "refused to sign the bill or return it to the house"."""
    if verb.dep_ == "conj" and verb.tag_ == verb.head.tag_ and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        verb = verb.head
    return verb.dep_ in ("xcomp", "dobj", "pcomp") and _phrasal(verb.head) in REFUSING_VERBS


def _promised_by_its_head(verb: Token) -> bool:
    """Whether a verb the lexicon knows only as promised is the infinitive of a verb of promising that tells the same
    promise: "offered to send rescue boats", "threatened to close the strait" (not "planned to close the camp", nor
    "vowed to hunt down the rebels", a show of force)."""
    return _promised_only(_phrasal(verb)) is not None and _infinitive(verb) and (
        verb.head.lemma_.lower() in PROMISE_VERBS) and _code(_phrasal(verb.head), "VERB", False) == (
        _promised_only(_phrasal(verb)))


def _only_possible(verb: Token) -> bool:
    """Whether a verb is told only as possible, or as what was once to be done: "could pay", "may close", "was to
    send 40 engineers"."""
    return any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might") for c in verb.children) or (
        _infinitive(verb) and verb.head.lemma_ == "be" and verb.head.tag_ == "VBD")


def _promised_only(lemma: str) -> str | None:
    """The promise of an act the lexicon knows only as promised: "threatened to publish the records" threatens what
    a plain "would publish" would promise."""
    code, promised = triggers().get((lemma, "VERB"), (None, None))
    return promised if code == "-" else None


#: A state's own organs, whom its leaders order about: an order given to them is no sanction.
STATE_ORGANS = {"ministry", "department", "commission", "committee", "agency", "office", "force", "army", "military",
                "police", "troop", "soldier", "official", "minister", "cabinet", "government", "authority"}


def _orders_to_act(verb: Token, entities: Entities) -> bool:
    """Whether an authority orders a firm or a body to do what is no event of its own, an administrative
    sanction: "ordered the bank to raise its capital buffer", "ordered it to recall 2 million boxes" (not
    "ordered ministers to settle the dispute", "ordered the energy ministry to review the permits", orders given to
    its own people)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return verb.lemma_.lower() in COMMANDING and obj is not None and not _is_person(obj, entities) and any(
        c.dep_ == "xcomp" and _infinitive(c) for c in verb.children) and obj.lemma_.lower() not in STATE_ORGANS


#: What erupts in a disaster.
VOLCANIC = {"volcano", "mountain", "crater", "fissure", "vent", "geyser", "lava", "magma", "eruption", "caldera"}


def _erupting_event(verb: Token) -> bool:
    """Whether what erupts or breaks out is itself an event of ours: "fighting erupted", "the war,
    which erupted in 2023" (no volcano)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head
    if verb.lemma_.lower() == "erupt" and subject is not None and subject.pos_ in ("NOUN", "VERB") and \
            subject.lemma_.lower() not in VOLCANIC:
        return True  # "the dispute erupted in April", "tensions erupted": no volcano
    return subject is not None and (found := noun_trigger(subject)) is not None and \
        _code(found[0], "NOUN", False) != "Disaster"


def _removal(verb: Token) -> bool:
    """"removed the president from office", "ousted from power", "voted to remove President X": a removal from
    office."""
    if verb.lemma_.lower() in ("remove", "oust", "depose") and any(  # whoever holds a post
            c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in HEADS or any(
                t.dep_ == "compound" and t.lemma_.lower() in HEADS for t in c.children)) for c in verb.children):
        return True
    return verb.lemma_.lower() in ("remove", "oust", "dismiss", "depose", "force") and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(p.lemma_.lower() in ("office", "power", "presidency")
                                                        for p in c.children) for c in verb.children)


def _succession(verb: Token, entities: Entities, sent: Span, published, negated: bool) -> Event | None:
    """"X was sworn in as her successor", "named X as his successor": X succeeds the one whose successor he is."""
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    noun = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
    if noun is None or noun.lemma_.lower() not in ("successor", "replacement"):
        return None
    holder = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if holder is None and not any(c.dep_ == "auxpass" for c in verb.children):
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    before = next((c for c in noun.children if c.dep_ == "poss"), None)
    if before is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "to")), None)
        before = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if entities.type_of(entities.of(holder)) != PERSON:
        return None
    return _event(verb.doc[verb.i:verb.i + 1], verb, "Succession", sent, entities, published, holder, before, negated)


#: Those whom one helps in a criminal case.
#: Who, besides the justice system, questions people as an investigation: "questioned by military intelligence".
INVESTIGATORS = {"detective", "intelligence", "officer"}
JUSTICE = {"investigator", "investigation", "inquiry", "probe", "prosecutor", "prosecution", "police", "court",
           "judge", "justice"}


def _asked_by_justice(verb: Token) -> bool:
    """Whether police, a judge or investigators do the questioning: "were questioned by military intelligence"."""
    asking = {t.lemma_.lower() for c in verb.children if c.dep_ in ("nsubj", "agent", "prep") for t in c.subtree}
    if (subject := _subject(verb)) is not None:
        asking.add(subject.lemma_.lower())
    return bool(asking & (JUSTICE | INVESTIGATORS))


def _collapse(what: Token | None) -> str | None:
    """What a collapse is by what collapsed: a building's a disaster, talks' a breakdown of negotiations (164);
    a currency's or a government's neither."""
    if what is None:
        return None
    word = what.lemma_.lower()
    return "Disaster" if word in STRUCTURES else "164" if word in NEGOTIATIONS else None


#: What strikes from the air, and what strikes from the ground: "drones struck", "shells hit the market".
AERIAL_WEAPONS = {"drone", "missile", "warplane", "jet", "aircraft", "helicopter", "airstrike", "bomber"}
ARTILLERY = {"shell", "artillery", "mortar", "tank", "howitzer", "fire"}


def _subject_code(lemma: str, verb: Token, entities: Entities) -> str | None:
    """Verbs whose doer or partner decides the event: what a court orders is a ruling; people who return
    migrate; cooperating with investigators is judicial cooperation."""
    if lemma == "collapse":
        return _collapse(next((c for c in verb.children if c.dep_ == "nsubj"), None))  # "the roof collapsed"
    if lemma in ("speak", "talk") and verb.tag_ != "VBG" and any(
            t.lemma_.lower() in ("telephone", "phone") for t in verb.subtree if _clause(t) == verb):
        return "041"  # "X spoke by telephone with Y": a call (not a word to reporters, nor "said X, speaking by
        # satellite phone from the ship")
    if lemma in ("walk out", "pull out", "withdraw", "walk") and any(
            t.dep_ == "pobj" and t.head.lower_ in ("of", "from") and t.lemma_.lower() in NEGOTIATIONS
            for t in verb.subtree if _clause(t) == verb):
        return "164"  # "the union walked out of talks with the ministry": it broke the talks off
    post = _pobj(verb, "as")
    if lemma in ("swear in", "take office") and post is not None and (post.lemma_.lower() in LOCAL_HEADS or any(
            c.lower_ in ("acting", "interim") for c in post.children)):
        return "Appointment"  # "was sworn in as acting president", "as governor": a post filled, no head of state
        # succeeded
    force = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    headless = verb.dep_ == "acl" and verb.head.i == verb.i - 1 and verb.sent.root.pos_ not in ("VERB", "AUX")
    if lemma in ("sink", "overturn", "crash") and _wrecked(force or (verb.head if headless else None), verb, entities):
        return "Disaster"  # "an overloaded ferry sank on Tuesday", "a fishing boat overturned": no one sank it
    if lemma in ("strike", "hit") and force is not None and any(
            c.dep_ == "dobj" and c.lemma_.lower() in HAZARDS for c in verb.children):
        return "Disaster"  # "the tanker struck a reef", "the ferry hit rocks off the island": an accident, no attack
    if lemma.split()[0] in RUINING and force is not None and force.lemma_.lower() in FORCES:
        return "Disaster"  # "lava destroyed three homes", "floodwaters swept away 40 houses": nature's doing
    if lemma in ("burst", "overflow", "overtop") and force is not None and force.lemma_.lower() in WATERWAYS:
        return "Disaster"  # "the river burst its banks", "the dam overflowed": a flood
    told = {t.lemma_.lower() for t in verb.subtree if _clause(t) == verb}
    if lemma in ("declare", "proclaim") and "disaster" in told and told & {"zone", "area", "national"}:
        return "1724"  # "declared the two regions a disaster zone", "declared the drought a national disaster":
        # emergency powers, however the parser hangs it
    if lemma in ("designate", "list", "brand", "declare") and "terrorist" in told and not any(
            c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return "172"  # "designated both groups as terrorist organisations": an administrative sanction (not "which
        # is designated a terrorist organisation": what it is)
    subject = _subject(verb)
    if subject is None or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ == "agent" for c in verb.children)):
        return None  # "was ordered to pay": by whom is not said; "was ordered by the court": the court rules
    if verb.dep_ == "relcl" and subject.lower_ in ("which", "who", "that"):
        subject = verb.head  # "gunmen who stormed the compound": the gunmen stormed it
    name = (entities.label_of(entities.of(subject)) or "").lower().split(" of ")[0]
    if lemma in RULING_VERBS and (subject.lemma_.lower() in COURT_WORDS or name.split()[-1:] in (
            ["court"], ["tribunal"]) or any(t.dep_ == "compound" and t.lemma_.lower() in COURT_WORDS
                                            for t in subject.subtree)):  # "Magistrate X ordered"
        return "CourtRuling"
    if lemma == "receive" and _is_person(subject, entities) and _is_person(_object(verb) or None, entities) or (
            lemma == "welcome" and entities.type_of(entities.of(_object(verb))) == PERSON):
        return "043"  # "had been received by President X at the palace", "Norland welcomed President X with a
        # parade": a visitor hosted (welcoming a decision is praise)
    doer = _counted(subject).lemma_.lower()  # "hundreds of protesters"
    plea = next((c for c in verb.children if c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ in (
        "guilty", "innocent")), None) if lemma == "plead" else None
    if plea is not None:  # "pleaded not guilty": a denial; "pleaded guilty": an admission (not an appeal)
        return "016" if plea.lower_ == "innocent" or any(c.dep_ == "neg" for c in plea.children) else "015"
    if lemma in ("free", "liberate") and doer in POLICE_NOUNS | {"troop", "soldier", "force", "commando", "army",
                                                                  "marine", "unit"}:
        return "073"  # "security forces freed the aid worker in a dawn raid", "were freed by troops": a rescue (the
        # captors, or a state, who free people release them: 0841)
    if lemma in ("strike", "hit", "pound") and doer in AERIAL_WEAPONS | ARTILLERY:
        return "195" if doer in AERIAL_WEAPONS else "194"  # "Ukrainian drones struck a refinery", "was hit by
        # mortar fire": an attack from the air or with guns (not "the storm hit", "a strike hit the port")
    if lemma in ("blockade", "block") and doer in CIVILIANS:
        return "144"  # "students blockaded the roads": a protest that obstructs, no military blockade
    host = _pobj(verb, "on")
    if lemma == "call on" and entities.type_of(entities.of(host)) == PERSON and not any(
            _infinitive(t) and t != verb for t in verb.subtree):
        return "036"  # "is due to call on the president": a visit; "called on X to free" is an appeal
    partner = _pobj(verb, "with")
    if lemma in ("cooperate", "co-operate", "collaborate") and partner is not None and {
            t.lemma_.lower() for t in partner.subtree} & JUSTICE:
        return "063"  # "cooperating with investigators": judicial cooperation
    if lemma in ("clash", "scuffle", "brawl", "fight") and doer in CIVILIANS:
        return "182"  # "rival supporters clashed": a fight between people, no military force
    if lemma in ("storm", "overrun") and doer in CIVILIANS:
        return "145"  # "protesters stormed the embassy": a riot, no military assault
    if lemma == "protest" and entities.type_of(entities.of(subject)) == COUNTRY:
        return "114"  # "the Chinese embassy protested the seizure": a state's formal complaint, no demonstration
    violent = (own := _code(lemma, "VERB", False) or "")[:2] == "19" and own[:3] != "191"  # (police who seal off
    # a building or a road restrict movement, no repression)
    if doer in POLICE_NOUNS and (violent or own[:3] == "182") and not lemma.startswith("exchange"):
        return "175"  # "riot police stormed the halls", "police shot dead two protesters": repression, no war (but
        # "police exchanged fire with armed guards" is a fight)
    if violent and own[:3] != "192" and (doer in IRREGULARS or doer == "member" and any(
            t.lemma_.lower() in IRREGULARS for t in subject.subtree)):
        return "180"  # "gunmen stormed the hotel", "attackers killed 12 guests", "gang members killed 30 people",
        # "militants killed 22 villagers": unconventional violence, no army (but "militants overran the province"
        # took territory, as an army does)
    if lemma == "return" and entities.type_of(entities.of(subject)) == GROUP and not any(
            c.dep_ == "prep" and any(p.lemma_.lower() in ("power", "office", "work", "talk", "table")
                                     for p in c.children) for c in verb.children):
        return "Migration"  # "thousands of refugees have returned"; not "returned to power"
    left = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if lemma == "suspend" and entities.type_of(entities.of(left)) in (COUNTRY, ORGANIZATION, PERSON):
        return "172"  # "the bloc suspended Togo from its bodies": an administrative sanction, not relations cut
    if lemma in ("leave", "quit", "exit") and entities.type_of(entities.of(left)) == ORGANIZATION and \
            entities.type_of(entities.of(subject)) in (COUNTRY, ORGANIZATION):
        return "160"  # "Mali and Niger left ECOWAS", "which quit the bloc": a membership given up, no post left
    if lemma == "leave":
        bound = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children), None)
        if entities.type_of(entities.of(subject)) == GROUP and (entities.type_of(entities.of(bound)) in (
                COUNTRY, CITY, PLACE) or entities.type_of(entities.of(left)) in (COUNTRY, CITY) or _settlement(
                left) or _settlement(bound)):
            return "Migration"  # "thousands of young men have left for Europe", "refugees left the country",
            # "families have left their villages", "migrants had left the Libyan town of Zuwara"
    return None


#: Texts a chamber or a cabinet passes: "passed the bill", "approved an identical text".
LEGISLATION = {"bill", "law", "budget", "reform", "text", "amendment", "legislation"}


def _chamber(verb: Token, entities: Entities) -> bool:
    """Whether a bill is passed by a body: a named chamber, state or party ("the Senate passed", "approved by
    the National Assembly"), or one its word names ("parliament passed a law")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else _subject(verb)
    return doer is not None and (entities.type_of(entities.of(doer)) in (ORGANIZATION, COUNTRY) or (
        doer.lemma_.lower() in VOTING_BODIES | {"house", "chamber", "government"}))


#: Verbs of trade, an act between parties only when promised: "will sell electricity to Norland".
TRADING = {"sell", "export", "buy", "purchase", "import", "ship"}
#: Verbs of changing an amount a government sets, an act between parties only when promised: "would raise child
#: benefits by 15%", "will phase out its duty on cars" (a rise in taxes or prices made is no event).
ADJUSTING = {"raise", "cut", "lower", "increase", "reduce", "double", "expand", "exempt", "phase out", "scrap"}
#: Verbs that take away a charge, and the charges a government may take away.
LIFTING = {"suspend", "remove", "abolish", "scrap"}
CHARGES = {"tax", "duty", "tariff", "fee", "levy", "toll", "surcharge"}


def _one_of(noun: Token, words: set[str]) -> bool:
    """Whether a noun is one of the words, however the tagger lemmatised it ("taxes" taken for "taxis")."""
    return bool({noun.lemma_.lower(), noun.lower_.removesuffix("es")} & words)


#: The amounts a government sets.
POLICY_AMOUNTS = {"tax", "benefit", "allowance", "subsidy", "spending", "salary", "wage", "pension", "fee", "tariff",
                  "duty", "quota", "transfer", "income", "levy", "price"}
#: Verbs of keeping to what was agreed or decided, an act only when promised: "would respect the ceasefire".
COMPLYING = {"honour", "honor", "respect", "abide"}
#: Places people live in and leave: "left their villages", "left the town of X", "left for the city of Y".
SETTLEMENTS = {"home", "village", "town", "city", "homeland", "camp", "district", "province", "region"}
#: What is left of the dead, which sides hand back: "handed over the bodies of 1,000 soldiers".
REMAINS = {"body", "remains", "remain", "corpse"}
#: Places an armed force holds: "seized the airport".
STRONGHOLDS = {"base", "airport", "port", "barracks", "garrison", "outpost", "post", "hill", "territory", "capital",
               "crossing", "area", "locality", "county"}


def _settlement(place: Token | None) -> bool:
    """Whether a word names a place people live in: "their villages", "the Libyan town of Zuwara"."""
    return place is not None and place.lemma_.lower() in SETTLEMENTS


#: Vehicles that overturn or sink in an accident, besides vessels.
VEHICLES = {"bus", "minibus", "truck", "lorry", "car", "train", "vehicle", "canoe", "barge", "submarine", "raft"}


#: What a ship runs onto by accident: "struck a reef".
HAZARDS = {"reef", "rock", "sandbank", "shoal", "sandbar", "iceberg", "pier", "jetty", "wharf"}


def _wrecked(subject: Token | None, verb: Token, entities: Entities) -> bool:
    """Whether a vessel or vehicle sank or overturned of itself: "the ferry sank", "the MV Bukoba sank off the
    port", "a boat overturned near the shore" (parsed as the boat's modifier); not "the navy sank two boats",
    "shares sank 5%", "the court overturned the ruling"."""
    if subject is None or any(c.dep_ in ("dobj", "auxpass") for c in verb.children):
        return False
    return subject.lemma_.lower() in VESSELS | VEHICLES or subject.pos_ == "PROPN" and entities.type_of(
        entities.of(subject)) not in (PERSON, ORGANIZATION, COUNTRY, GROUP)


def _is_person(token: Token | None, entities: Entities) -> bool:
    """Whether a token names a person: "President X", "the prime minister", "their leaders", "her"."""
    return token is not None and (entities.type_of(entities.of(token)) == PERSON or token.lemma_.lower() in TITLES
                                  or token.lower_ in ("him", "her", "them", "he", "she", "they"))


#: What is agreed when an agreement is made: "agreed a $3 billion bailout with the IMF".
DEALS = {"deal", "bailout", "loan", "programme", "program", "agreement", "accord", "package", "pact", "treaty"}


def _deal_agreed(verb: Token) -> str | None:
    """An agreement made, told by "agree" and what was agreed or whom with: "agreed to a $3 billion bailout
    with the IMF", "agreed a new loan programme", "agreed with the IMF to scrap maize subsidies", "agreed to
    trim the budget under a programme with the World Bank" (not "agreed to hold talks": an intent)."""
    if verb.lemma_.lower() != "agree" or _modality(verb)[0]:
        return None
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on") for p in c.children
        if p.dep_ == "pobj"]
    partners = [p for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "with" and (
        c.head == verb or c.head.lemma_.lower() in DEALS) for p in c.children if p.dep_ == "pobj" and (
        p.ent_type_ in ("ORG", "GPE") or any(t.ent_type_ in ("ORG", "GPE") for t in p.children))]
    return "057" if any(n.lemma_.lower() in DEALS for n in nouns) or partners else None


def _questions_people(verb: Token, entities: Entities) -> bool:
    """Whether "question" interrogates people: by the justice system, or by no one named ("two officials
    were questioned"); not "questioned Chilean claims", "reporters questioned the minister"."""
    who = _object(verb)
    people = _is_person(who, entities) or who is not None and (entities.type_of(entities.of(who)) == GROUP or _counted(
        who).lemma_.lower() in PEOPLE_NOUNS | GROUP_NOUNS | SOME)
    return people and (_asked_by_justice(verb) or _agentless(verb))


def _counted(token: Token) -> Token:
    """What a number counts: "29 of the 41 inmates", "hundreds of protesters"."""
    if not (token.like_num or token.lemma_.lower() in QUANTITY_NOUNS):
        return token
    return _pobj(token, "of") or token


def _members(noun: Token) -> str | None:
    """Who a team is made of: "a team of observers" (a bare "team" may be any: "dispatched the team")."""
    members = _pobj(noun, "of") if noun.lemma_.lower() in ("team", "group") else None
    return members.lemma_.lower() if members is not None else None


#: What is violated by force, not by breaking a rule: the code of the violation.
VIOLATED = {"ceasefire": "196", "truce": "196", "armistice": "196", "airspace": "150"}


#: Those handed over to face justice, no captives freed, and those who take them: "handed the suspect over to the
#: court", "handed to agents of the drug agency".
WANTED = {"suspect", "fugitive", "accused", "defendant", "convict", "criminal", "smuggler", "trafficker"}
CUSTODIANS = COURT_WORDS | JUSTICE | {"agent", "extradition", "custody"}


def _captives_freed(obj: Token, counted: Token, people: bool) -> bool:
    """Whether a doer hands over captives, who are set free: a group of people ("handed over 23 soldiers and
    civilians to the Red Cross", "handed over six Ostran nationals at the crossing"); not suspects handed to justice
    ("handed the suspects over to the court") nor one person handed to a state ("handed him over to Norland", "handed
    over a general to the International Criminal Court": an extradition). Told in the passive ("the hostages were
    handed over to the mediators"), the hand-over only restates the release the story tells."""
    taker = _pobj(obj.head, "to") or _pobj(obj, "to")  # (or hung on the one handed over)
    return obj.dep_ == "dobj" and counted.tag_ == "NNS" and (people or counted.lemma_.lower() == "national") and (
        counted.lemma_.lower() not in WANTED) and not (
        taker is not None and {t.lemma_.lower() for t in taker.subtree} & CUSTODIANS)


def _object_code(lemma: str, obj: Token | None) -> str | None:
    """Verbs whose object decides the event: giving aid, deploying troops."""
    if obj is None:
        return None
    if lemma in ("pass", "approve", "adopt") and obj.lemma_.lower() in LEGISLATION:
        if _modality(obj.head)[0]:
            return None  # "the assembly will approve the budget", "is expected to approve the text": no vote yet
        return "0832"  # "the Senate passed the bill", "the budget was approved by the National Assembly": a policy
        # changed by vote
    if lemma in ("violate", "breach") and obj.lemma_.lower() in VIOLATED:
        return VIOLATED[obj.lemma_.lower()]  # "violated the ceasefire": a truce broken by force (196), "violated
        # Greek airspace": a show of force (150), not a law broken (128)
    around = [t for c in obj.head.children if c.dep_ in ("prep", "dobj", "dative") or (
        c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        for t in c.subtree]  # "sent soldiers to help with rescue work": what for
    words = {t.lemma_.lower() for t in (*obj.subtree, *around)}
    money = any(t.ent_type_ == "MONEY" or CURRENCY.fullmatch(t.text) for t in obj.subtree)  # "150 million euros"
    head = obj.lemma_.lower()
    counted = _counted(obj)
    noun = counted.lemma_.lower()
    people = noun in GROUP_NOUNS or noun in PEOPLE_NOUNS or counted.ent_type_ == "PERSON" or noun in TITLES \
        or obj.lower_ in ("them", "him", "her", "us")
    if lemma in ("give", "hand", "grant") and {"mandate", "form"} <= (clause := {
            t.lemma_.lower() for t in obj.head.subtree}) and clause & {"government", "cabinet"}:
        return "Appointment"  # "gave the party's leader the mandate to form a government": a post given (however the
        # parser hangs the mandate after a long apposition)
    if lemma in ("question", "interrogate") and people and _asked_by_justice(obj.head) or (
            lemma == "take in" and "questioning" in words):
        return "091"  # "police were questioning the manager", "were questioned by a judge", "taken in for
        # questioning": an investigation (not "questioned the plan", "reporters questioned the minister")
    if lemma in ("dismiss", "sack") and people or lemma == "fire" and (counted.ent_type_ == "PERSON" or noun in TITLES):
        return "0831"  # "dismissed the health minister", "sacked its army chief": a change of leadership (not
        # "dismissed the appeal", "fired tear gas")
    if lemma in ("recognise", "recognize") and (obj.ent_type_ == "GPE" or head in (
            "government", "state", "independence", "sovereignty", "republic")):
        return "054"  # "recognises the People's Republic as the sole government", "recognised Kosovo's
        # independence": diplomatic recognition (not "recognised the difficulties")
    if lemma == "regret" and (head in ("loss", "death", "violence", "incident", "accident") or noun in HURT):
        return "018"  # "deeply regretted the loss of life": sorrow (regretting a decision is disapproval)
    if lemma == "crush" and head in UPRISINGS:
        return "175"  # "security forces crushed mass protests": repression
    if lemma in ("declare", "proclaim", "impose", "extend") and head == "emergency":
        return "1724"  # "declared an mpox emergency", "extended the emergency": emergency powers
    if lemma in ("challenge", "contest") and words & {"court", "tribunal"}:
        return "115"  # "challenged the law in the Constitutional Court": a lawsuit ("would challenge", a threat)
    if lemma == "search" and head in PREMISES:
        return "171"  # "officers searched the ministry's headquarters": a raid (not "searched for survivors")
    if lemma in FOUNDING and head in ALLIANCES:
        return "057"  # "formed the Pacific Defence Alliance": states bound by a pact
    if lemma in SEIZING_VERBS and (obj.ent_type_ in ("GPE", "LOC") or head in SETTLEMENTS | STRONGHOLDS or any(
            c.dep_ == "appos" and c.lemma_.lower() in SETTLEMENTS | STRONGHOLDS for c in obj.children)):
        return "192"  # "rebels seized the provincial capital", "seized Bria, the largest town in the east": territory
        # occupied
    if lemma in SEIZING_VERBS and (people or head in VESSELS):
        return "181"  # "seized five oil workers": an abduction, not property seized
    if lemma in ("agree", "accept") and head in TRUCES:
        return "0871"  # "agreed a ceasefire", "the militias accepted a truce": a ceasefire
    if lemma == "take" and head in ("matter", "case", "dispute", "issue", "complaint") and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in obj.head.children):
        return "115"  # "took the case to the Supreme Court", "would take the matter to the Security Council": a
        # dispute brought before a court or a body
    if lemma == "dissolve" and head == "party":
        return "1722"  # "the court dissolved the opposition Forward Party": a party banned
    if lemma in ("reject", "refuse", "invalidate", "annul") and head in ("candidacy", "candidature", "nomination"):
        return "1722"  # "the electoral commission rejected X's candidacy", "rejected the nomination of Y": a candidate
        # barred, no proposal turned down
    if lemma in ("push", "tow", "turn", "send", "force") and (head in VESSELS or noun in MOVERS) and any(
            c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in obj.head.children):
        return "174"  # "the navy pushed back two boats", "border guards turned back 300 migrants": people expelled
    if lemma == "intercept" and (head in VESSELS or people):
        return "191"  # "the coast guard intercepted three migrant boats": movement stopped (not jets intercepting
        # jets)
    if lemma in ("table", "file", "submit", "lodge", "present") and head == "motion":
        return "114"  # "the opposition tabled a no-confidence motion": a formal complaint ("would table", a threat)
    if lemma == "raise" and head in ("matter", "issue", "concern", "case", "complaint") and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in obj.head.children):
        return "114"  # "had raised the matter with the foreign minister": a complaint made to an authority (not
        # "raised concerns about the plan", "raised prices")
    if lemma in ("summon", "call in") and (head in DIPLOMATS or noun in DIPLOMATS or head == "d'affaires"):
        return "114"  # "summoned Norland's ambassador", "called in the charge d'affaires": a formal complaint
    leave = next((c for c in obj.head.children if c.dep_ == "xcomp" and c.lemma_.lower() == "leave"), None)
    ordered_out = lemma == "order" and leave is not None
    envoy_named = any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in obj.children)
    if (head in DIPLOMATS or noun in DIPLOMATS) and (lemma in ("recall", "withdraw", "expel") or ordered_out and (
            not envoy_named)):
        return "161"  # "recalled its ambassador", "ordered the ambassadors to leave": relations cut (but "ordered
        # the ambassador, X, to leave the country" expels the one named, as the 174 below)
    if ordered_out and (head in MILITARY_NOUNS - POLICE_NOUNS or head == "mission") and head not in VESSELS:
        return "1661" if words & {"peacekeeping", "peacekeeper"} else "166"  # "ordered French troops to leave",
        # "ordered the peacekeeping mission to leave": forces expelled
    if ordered_out and (counted.ent_type_ == "PERSON" or envoy_named or noun in TITLES | ENVOYS or obj.lower_ in (
            "him", "her") or any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("country", "territory") for c in leave.children)):
        return "174"  # "ordered her to leave the country within 72 hours", "ordered the UN's top official to leave":
        # an expulsion
    if ordered_out and people:
        return "Migration"  # "ordered all 9,000 residents to leave": an evacuation
    if lemma in ("force", "drive", "chase", "uproot") and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(p.lemma_.lower() in HOMES for p in c.children)
            for c in obj.head.children):
        return "Migration"  # "1.3 million people have been forced from their homes": displaced
    handed = lemma == "hand over" or lemma == "hand" and any(c.lower_ == "over" for c in obj.head.children)
    if (handed or lemma == "return") and (head in REMAINS or noun in REMAINS):
        return "084"  # "handed over the bodies of 1,000 soldiers", "returned the remains of three soldiers"
    if handed and _captives_freed(obj, counted, people):
        return "0841"  # "the rebels handed over 23 soldiers to the Red Cross", "Varna handed over six Ostran
        # nationals at the crossing": captives set free
    if lemma in ("capture", "recapture") and people:
        return "173"  # "recaptured 29 inmates": people arrested, not territory taken
    if lemma in ("suspend", "revoke", "cancel", "withdraw", "strip") and head in PERMITS or lemma in (
            "suspend", "freeze") and head in ("activity", "account") or lemma in (
            "strip", "lift", "revoke", "waive", "remove") and words & {"immunity", "nationality", "citizenship"}:
        return "172"  # "suspended the company's mining licence", "froze its bank accounts", "stripped him of his
        # immunity": an administrative sanction
    if lemma in ("open", "establish") and (head in SHELTERS - {"camp", "hospital"} or head in (
            "centre", "center", "hospital") and words & {"treatment", "cholera", "field", "relief", "emergency"}):
        return "073"  # "opened a shelter for the evacuees", "opened two cholera treatment centres": relief given (not
        # "opened a new hospital": a building inaugurated)
    if lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in obj.head.children):
        if head in SHELTERS and (obj.lower_ != "camp" or any(obj.children)):
            return "073"  # "set up a camp for 2,500 people", "tents had been set up for evacuees": relief given (but
            # "families set up camp beside the highway": they settled there)
        if head in ("barricade", "roadblock"):
            return "144"  # "set up burning barricades": a blockade
        if head in PANELS and _modality(obj.head)[0]:
            return "030"  # "the two governments will set up a joint committee": cooperation promised
        if head in PANELS and words & INQUIRIES:
            return "090"  # "a panel set up by the ministry to investigate the collapse": an inquiry
    if lemma == "review" and head in PERMITS | REVIEWED_TIES and obj.dep_ == "dobj" and _modality(obj.head)[0]:
        return "132" if head in PERMITS else "1311" if head in AID_NOUNS else "1313"  # "would review the bank's
        # licence", "its funding", "its membership of the bloc": a sanction or a cut threatened (not "will review
        # the rate", "reviewed the figures", "the pact will be reviewed in 2030")
    if lemma in ("suspend", "call off", "cancel", "break off") and head in NEGOTIATIONS:
        return "164"  # "peace talks that the president suspended in January", "called off talks with X",
        # "broke off negotiations": negotiations halted
    if lemma == "suspend" and head in DEALINGS | PACTS:
        return "160"  # "suspended visa services", "suspended orders from the plant", "suspended the free trade
        # agreement": dealings cut (a suspended licence, official or member is a sanction)
    if lemma == "suspend" and head == "constitution":
        return "1721"  # "the junta suspended the constitution": rights restricted
    if lemma in ("quit", "leave", "exit") and (name := next((e for e in obj.doc.ents if e.start <= obj.i < e.end),
                                                            None)) is not None and norm(name.text) in organizations():
        return "160"  # "quit the Economic Community of West African States": relations cut, no post left
    if lemma in ("dismiss", "sack", "suspend") and people or lemma == "suspend" and obj.ent_type_ in (
            "ORG", "GPE", "PERSON"):
        return "172"  # "dismissed the warden", "suspended 12 guards", "the bloc suspended Mali": an administrative
        # sanction
    if lemma in HALTING_VERBS and head in OPERATIONS and (head != "operation" or words & MILITARY_WORDS or (
            (subject := _subject(obj.head)) is not None and subject.lemma_.lower() in MILITARY_NOUNS)):
        return "087"  # "the army halted operations": de-escalation; a mine that suspends operations is no army
    if lemma in ("reject", "dismiss", "refute") and head in ALLEGATIONS:
        return "016"  # "rejected accusations that its fighters carried out the raid": responsibility denied
    if lemma == "treat" and (people or noun in HURT) and not _agentless(obj.head) and (
            words & HURT or noun in HURT or any(t.lemma_.lower() in ("inhalation", "injury", "burn", "wound")
                                                for t in around)):
        return "073"  # "treated 43 wounded people", "treated 63 people for smoke inhalation": medical aid (but
        # "40 people were treated for injuries" tells the hurt, not who helped them)
    if lemma in ("throw", "hurl", "lob") and (head in PROJECTILES or words & PROJECTILES):
        return "145"  # "threw stones and petrol bombs at police": a violent protest
    if lemma in ("pull", "pull out", "dig", "haul", "drag", "lift", "winch", "hoist") and people and (
            DEBRIS | {"alive"}) & {t.lemma_.lower() for t in obj.head.subtree}:
        return "073"  # "pulled 46 people alive from the rubble", "winched three survivors from the sea", "pulled out
        # 41 children alive": a rescue
    if lemma in ("deploy", "send", "dispatch") and words & CARERS or lemma in ("fly", "airlift") and CARERS & {
            t.lemma_.lower() for t in obj.subtree}:
        return "073"  # "deployed 50 more nurses to the border province", "sent 120 firefighters", "flew in 35
        # firefighters": humanitarian aid, no force (but "soldiers flown home for medical checks" are no carers)
    if lemma in ("deploy", "send", "dispatch", "move", "mobilize", "mobilise", "station") and head in MILITARY_NOUNS:
        if words & RESCUE or head in CONVEYANCES and words & HUMANITARIAN or any(
                t.lemma_.lower() in HUMANITARIAN for c in obj.children if c.dep_ == "conj" for t in c.subtree):
            return "073"  # troops sent to rescue people bring aid, "firefighting aircraft" relief, "500 soldiers and
            # 30 tonnes of food" relief with the hands to give it
        if any(c.lemma_.lower() in PEACEKEEPING for c in obj.children if c.dep_ in ("amod", "compound")):
            return "074"  # "deployed a standby force to the region", "sent peacekeeping troops": a peacekeeping
            # force, not a show of force
        return "153" if head in POLICE_NOUNS else "154"  # police power (153), military force (154)
    if lemma in ("pay", "cover") and (words & COSTS or money and words & BEREAVED):
        return "071"  # "would pay the funeral costs of both men", "the hospital bills of the injured", "pay 1
        # million francs to the family of each victim": aid given
    if lemma in ("close", "shut") and head in PASSAGES:
        return "191" if head in FRONTIERS | {"airport"} else "172"  # "closed its land border with Guinea", "closed two
        # border crossings", "closed the international airport": movement in and out blocked; "closed its roads to all
        # vehicles": movement restricted
    if lemma == "train" and noun in MILITARY_NOUNS | {"sailor", "pilot", "cadet"}:
        return "062"  # "will train 60 naval officers a year": military cooperation (not "trained volunteers")
    if lemma in ("send", "dispatch", "deploy") and (head in DIPLOMATS or {head, noun, _members(obj)} & VISITORS) and (
            not words & (RESCUE | HUMANITARIAN | MILITARY_WORDS | ARMED_MISSIONS)):
        return "042"  # "sent diplomats to the site", "sent a team of observers to the vote", "would deploy a mission of
        # 80 people": a visit (not a rescue team, a peacekeeping mission)
    if lemma in ("move", "relocate") and obj.dep_ == "nsubjpass" and noun in PEOPLE_NOUNS | GROUP_NOUNS and (
            noun not in MILITARY_NOUNS | POLICE_NOUNS) and not _modality(obj.head)[0]:
        return "Migration"  # "900,000 people had been moved to storm shelters": an evacuation (not a patient moved
        # to hospital, troops redeployed or people who "would be moved")
    if (head in GROUP_NOUNS or obj.ent_type_ == "PERSON") and head not in AID_NOUNS:
        return None  # "released a Danish aid worker": a person set free, not aid given
    if lemma in TRANSFER_VERBS and words & WEAPONS:
        return "072"  # "promised to send air defence systems": military aid
    aid = head in AID_NOUNS or any(c.dep_ == "compound" and c.lemma_.lower() in AID_NOUNS for c in obj.children)
    if lemma in CUTTING_VERBS and (money or aid) and not words & WEAPONS:
        return "1623" if words & HUMANITARIAN else "1621" if money or words & {
            "loan", "fund", "funds", "funding", "disbursement"} else "162"  # "reduced rations", "cut funding",
        # "halted disbursements": aid reduced
    if lemma in TRANSFER_VERBS and (money or words & AID_NOUNS):
        if words & {"weapon", "arm", "ammunition", "missile", "military"}:
            return "072"
        return "073" if words & HUMANITARIAN else "071" if money or words & {"loan", "fund", "funds"} else "070"
    return None


def find_events(doc, entities: Entities, published: dt.date | None) -> Iterator[Event]:
    for event, _token in _events_in(doc, entities, published):
        yield event


def _events_in(doc, entities: Entities, published: dt.date | None) -> Iterator[tuple[Event, Token]]:
    """Each event with its trigger token. A past act whose sentence gives no date happened when the
    paragraph's last dated act did ("Protesters marched on Monday. Police fired tear gas."), as does the
    act that opens the next paragraph; an act done in words is dated by its own sentence ("He denied
    the reports" is said when it is told)."""
    last: tuple[int, When] | None = None
    first: When | None = None
    before = -1
    dated: dict[str, When] = {}  # the date of the last dated event of each kind
    for sent in doc.sents:
        if not entities.in_body(sent):
            continue
        paragraph = entities.paragraph(sent.start_char)
        opening, before = paragraph != before, paragraph
        carried: dict[int, When] = {}  # the acts of this sentence dated by the paragraph's last dated act
        for event, token in _sentence_events(sent, entities, published):
            undated, referred = not event.when or event.when.mention is None, False
            if undated and (kind := _soon_after(token)) is not None and kind in dated:
                event = replace(event, when=dated[kind])  # "flew in rescuers within hours of the quake"
            elif undated and event.type in dated and _told_before(token):
                event, referred = replace(event, when=dated[event.type]), True  # "The agreement, which was signed
                # by the two ministers at a ceremony": the signing the lead dated (no new dated act to carry)
            elif undated and DEAL_CODE in dated and _a_term_of_the_deal(token):  # "Under its terms, A will cut fees":
                event = replace(event, when=replace(dated[DEAL_CODE], mention=None))  # the deal's day, told there
            if event.when and event.when.mention is not None:
                if not referred:  # a date taken from a happening told before is no new date to carry
                    dated[event.type] = event.when
                    if event.when.precision == "day" and (
                            published is None or event.when.value <= published.isoformat()):
                        last = (paragraph, event.when)
                        first = first or event.when
            elif last and (last[0] == paragraph or last[0] == paragraph - 1 and opening and token.dep_ == "ROOT") \
                    and token.tag_ == "VBD" and tense(token) == PAST \
                    and (event.type[:2] not in WORDS_ROOTS or event.type in COURT_ACTS):
                event = replace(event, when=last[1])
                carried[token.i] = last[1]
            elif token.dep_ in ("conj", "advcl") and token.head.i in carried and token.tag_ in ("VBD", "VBN", "VBG") \
                    and tense(token) != FUTURE and (event.type[:2] not in WORDS_ROOTS or event.type in COURT_ACTS):
                event = replace(event, when=carried[token.head.i])  # "The attackers stormed the village, torching
                # homes", "set fire to two vehicles and seized weapons": what the carried act did, then
            elif first and event.source is None and (event.type[:2] in VIOLENT_ROOTS or event.type in MOVEMENT) \
                    and _agentless(token) and tense(token) == PAST and not any(
                        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in token.children):
                event = replace(event, when=first)  # "At least 30 people were killed", "thousands were
                # evacuated": the toll of what the article opened with (one "have been forced" is as of now)
            yield event, token


#: Short spans that put an act on the day of the event they follow: "within hours of the quake".
SHORT_SPANS = {"hour", "minute", "shortly", "moments", "moment", "soon"}


def _soon_after(trigger: Token) -> str | None:
    """The kind of the event an act followed within hours, which gives the act its day: "flew in rescue teams
    within hours of the quake", "hours after the attack", "shortly after the blast"."""
    clause = _clause(trigger)
    for prep in (t for t in clause.subtree if t.dep_ == "prep" and _clause(t) == clause):
        if (kind := _during_the(prep, clause)) is not None:
            return kind
        span = [t for t in prep.subtree if t.i < prep.i] + list(prep.children)
        if not {t.lemma_.lower() for t in span} & SHORT_SPANS:
            continue
        for pobj in (c for c in prep.subtree if c.dep_ == "pobj"):
            if kind := _kind_of(pobj):
                return kind
    return None


def _kind_of(noun: Token) -> str | None:
    """The kind of event a noun names, for dating what was done after or during it ("hours after the vote" on a
    motion decides one, it elects no one)."""
    found = noun_trigger(noun)
    kind = _code(found[0], "NOUN", False) if found else None
    return kind if kind and not (kind == ELECTION and _decision_vote(noun)) else None


#: The code of a deal, whose terms are dated to it.
DEAL_CODE = "057"


def _a_term_of_the_deal(token: Token) -> bool:
    """Whether an act is a term of a deal told before, which is dated to the deal: "Under its terms, A will cut its
    fees, and B will lift a ban", "Under the agreement, C will pay the arrears"."""
    clause = _clause(token)
    while True:
        if any(prep.dep_ == "prep" and prep.lower_ == "under" and any(p.dep_ == "pobj" and (
                p.lemma_.lower() == "term" or (_code(found[0], "NOUN", False) if (found := noun_trigger(p)) else "")
                == DEAL_CODE) and any(c.dep_ in ("det", "poss") for c in p.children) for p in prep.children)
               for prep in clause.children):
            return True
        if clause.dep_ != "conj" or clause.head == clause:
            return False
        clause = clause.head


def _told_before(token: Token) -> bool:
    """Whether a trigger refers back to a happening told before: a definite noun ("the agreement") or a
    past relative clause on one ("the memorandum, which was signed at the ministry")."""
    noun = token.head if token.dep_ in ("relcl", "acl") and token.tag_ in ("VBD", "VBN") else token
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _during_the(prep: Token, clause: Token) -> str | None:
    """The kind of the event told before that an act was done in or during, which gives the act its date:
    "were arrested in the raid", "teachers who were suspended during the strike"."""
    if prep.head != clause or prep.lower_ not in ("in", "during") or clause.tag_ not in ("VBD", "VBN"):
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in pobj.children):
        return None
    return _kind_of(pobj)


#: What crowds do while they demand, besides the acts the lexicon codes as protest: "camped on the square,
#: demanding", "blockaded faculties, demanding", "joined the march, demanding" (not a strike: "went on strike,
#: demanding higher pay" is two events, the strike and its demand).
PROTESTING = {"camp", "block", "blockade", "occupy", "gather", "join", "chant", "picket", "sit"}


def _demand_of_a_protest(participle: Token) -> bool:
    """Whether "demanding" tells what a protest told by its verb demands: "rallied outside parliament, demanding
    early elections", "rallied on the square, holding portraits and demanding an exchange"."""
    first = participle
    while first.dep_ == "conj" and first.head.tag_ == "VBG":
        first = first.head  # "burning tyres and demanding his reinstatement"
    if first.dep_ not in ("advcl", "acl", "conj") or first.head.pos_ != "VERB":  # ("blocked the road, burning
        # tyres and demanding", parsed as a conjunct of "blocked")
        return False
    verb = first.head
    code = _code(_phrasal(verb), "VERB", False) or ""
    if code[:2] == "14" and code[:3] != "143" or _verb_lemma(verb) in PROTESTING:
        return True
    return any(c.dep_ in ("dobj", "pobj") and (found := noun_trigger(c)) and (
        _code(found[0], "NOUN", False) or "")[:3] in ("141", "144") for c in verb.children)  # "joined the march"


#: Verbs whose that-clause is what they pledge or threaten, told by the verb: "vowed that the union would appeal".
VOWING_THAT = {"vow", "promise", "pledge", "swear", "threaten"}


def _told_in_a_warning(token: Token) -> bool:
    """Whether an act is what a threatening warning or a vow says will be done, with its conditions: "warned that
    the army would track down the gunmen", "warned that teachers would walk out unless they were paid",
    "warning that it would respond", "promised that Varna would send instructors": the warning or the promise is
    the one event (not "warned of a catastrophe", no threat)."""
    clause = token
    while clause.head != clause:
        said = clause.head.lemma_.lower()
        if clause.dep_ == "ccomp" and (said == "warn" and _threatens(clause.head) or said in VOWING_THAT):
            return True
        clause = clause.head
    return False


#: Views that the simple present tells as held, wherever the verb stands: "waters that Vietnam considers its own",
#: "whom he supports", "the party opposes the reform" (but "we deeply regret the violence" is said now).
STANCES = {"consider", "support", "back", "oppose", "favour", "favor"}


def _not_told_as_done(token: Token) -> bool:
    """Whether an act is one left undone ("announced the layoffs without consulting the union") or one only
    alleged ("accused the government of signing the deal", "charged with leading the raid"): the accusation is the
    event, and nothing is done without doing it."""
    clause, around = token, False  # (what was around the alleged act happened: "of killing nine people during
    # protests")
    while clause.head != clause:
        if clause.dep_ == "pcomp" and clause.head.lower_ == "without" or clause.dep_ == "pcomp" and not around and (
                clause.head.lower_ in ("of", "with") and clause.head.head.lemma_.lower() in ACCUSING_VERBS):
            return True
        if any(m.dep_ in ("mark", "nsubj", "nsubjpass") for m in clause.children) or (
                clause.dep_ == "conj" and clause.tag_ != clause.head.tag_):
            return False  # a clause of its own: "accused X of fraud, which X denies", "accused X of acting too
            # slowly and called on Y to act"
        around = around or clause.dep_ in ("pobj", "prep")
        clause = clause.head
    return False


def _grounds_of_a_ruling(verb: Token) -> bool:
    """Whether "ruling" tells the grounds of the act its clause hangs on: "outlawed the party, ruling that it had
    been financed from abroad", "refused to extradite him, ruling that the treaty barred it": one act (but
    "reduced his sentence, ruling that": the ruling tells what the lexicon does not)."""
    act = verb.head
    return verb.lemma_.lower() == "rule" and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp") and (
        act.pos_ == "VERB") and act.tag_ != "VBG" and (
        _code(_phrasal(act), "VERB", False) or _object_code(_phrasal(act), _object(act))) is not None


def _a_condition(token: Token) -> bool:
    """Whether an act is only the condition of another: "would march on the capital if the talks failed", "would
    leave the coalition unless the cuts were reversed", "if Oslo continued its campaign": nothing told as done (but
    not a clause of its own the parser hangs on the condition: "if X suspended its tariffs, and that officials would
    meet")."""
    clause = token
    while clause.head != clause:
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        if clause.dep_ == "advcl" and marks & {"if", "unless"}:
            return True
        if marks:
            return False
        clause = clause.head
    return False


def _sentence_events(sent: Span, entities: Entities, published: dt.date | None) -> Iterator[tuple[Event, Token]]:
    used: set[int] = set()
    for token in sent:
        if token.i in used:
            continue
        quoted = entities.quoted_at(token.idx) and entities.quoted_at(_clause(token).idx)
        speaker = _speaker_at(token.idx, entities) if quoted else None
        if quoted and speaker is None:
            continue  # words of no one named: none of their acts can be the speaker's threat
        event = None
        if token.pos_ == "VERB":
            event = _verb_event(token, sent, entities, published, used)
        if event is None and token.i not in used and token.pos_ in ("NOUN", "PROPN", "ADJ") and not (
                _broken_off(token)):  # as noun_trigger asks (talks that broke down are told by the breakdown)
            event = _noun_event(token, sent, entities, published, used)
        if event is None and token.pos_ == "VERB" and token.i not in used:
            event = _candidacy(token, sent, entities, published) or _breakdown(token, sent, entities, published)
        if event is None and token.pos_ == "ADJ":
            event = _feeling(token, sent, entities, published)
        if quoted and not (event and event.type.startswith("13") and event.source == speaker):
            continue  # "'We will appeal,' the company said": the quote is what was said, its acts are words;
            # but "'We are going to declare an emergency,' he said" is his threat
        if event and event.type == "Election" and _decision_vote(
                next((t for t in sent if t.idx == event.trigger.begin), token)):
            continue  # (the noun a verb carries too: "spent $2 million on organising the vote", "won 12 votes")
        if event and (_told_in_a_warning(token) or _a_condition(token) or _not_told_as_done(token) or (
                _grounds_of_a_ruling(token))):
            continue  # "warned that the army would track down the gunmen": the warning is the threat
        if event and event.type[:2] == "10" and token.tag_ == "VBG" and _demand_of_a_protest(token):
            continue  # "rallied outside parliament, demanding early elections": the rally tells what they demand
        if event and token.lemma_.lower() in ("replace", "succeed") and (
                token.dep_ == "xcomp" and token.head.lemma_.lower() in APPOINTING):
            continue  # "named her deputy to replace him": one appointment
        if event and token.lemma_.lower() in ("replace", "succeed") and (PERSON not in (
                entities.type_of(event.source), entities.type_of(event.target)) or (
                obj := next((c for c in token.children if c.dep_ == "dobj"), None)) is not None and entities.type_of(
                entities.of(obj)) != PERSON and obj.lemma_.lower() not in TITLES):
            continue  # "families must replace their roofs", "she said the ministry would replace the stock": posts
            # pass between people
        if event and event.type == "Succession" and entities.type_of(event.source) not in (PERSON, None) and not any(
                c.lemma_.lower() == "power" for c in token.children):
            continue  # "the force took control", "Norland taking over the presidency": no one succeeds anyone (but
            # "the army seized power")
        if event and event.type == "Migration" and event.source is None and (token.dep_ == "amod" or any(
                c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in token.children)):
            continue  # "aid for displaced families", "1.5 million people are displaced in the province": who they
            # are, no flight told
        if event and token.pos_ == "VERB" and (event.source is None and (
                event.type[:2] in VIOLENT_ROOTS or event.type in MOVEMENT) and _tally(token) or _record(token) or (
                event.type[:2] in VIOLENT_ROOTS and _ongoing(token))):
            continue  # "over 5,000 people have been killed since 2016", "X has expelled more than 450 opponents
            # since 2018": a statistic, no happening (but "40 people have been detained since the protests began"
            # tells the crackdown); "is battling jihadist militants in its north": an ongoing conflict, a status
        if event and (event.source or event.type in STANDALONE or event.type == "Migration" and event.target or (
                (token.pos_ in ("NOUN", "PROPN") or token.lemma_.lower() == "explode")
                and event.type.startswith(HAPPENINGS)) or event.type == "164" and _broken_talks(token) or (
                event.type[:2] == "19" and _outbreak(token) or event.type[:2] in ("18", "19") and _deadly(token)) or (
                (event.target or _undergone_by_people(token, entities) or event.type in UNDERGONE)
                and _agentless(token) and (
                    event.type[:2] not in VIOLENT_ROOTS or not (_disaster_in(sent) or _caused(token) or (
                        token.lemma_.lower() in TOLLS and _disaster_told(sent.doc)))))):
            others = [k for k in _co_subjects(token, entities) if k != event.source]
            also = [k for k in _co_objects(token, entities) if k not in (event.source, event.target)] if (
                event.target) else []
            mutual = event.type[:2] in MUTUAL_ROOTS and not event.type.startswith(SEVERAL_DOERS) and (
                token.lemma_.lower() not in PROMISE_VERBS - {"agree", "decide"})  # "Kenya and Uganda offered": each
            if mutual and event.target is None and (partner := _partner(token, entities)):
                event = replace(event, target=partner, actors=tuple(dict.fromkeys((*event.actors, partner))))
            if others and mutual and event.target is None:
                event = replace(event, target=others[0], actors=tuple(dict.fromkeys((*event.actors, *others))))
                others = [others[0]]  # "Norland and Ostavia signed an agreement": an act between the two, each way
            yield event, token  # who did it is the point of an event: a doer-less act is too little
            if others and mutual and event.target == others[0]:
                yield replace(event, source=others[0], target=event.source), token
                others = []
            for other in others:  # "Norland and Ostavia criticised": one each
                if other != event.source:  # (against the first if it was the one the act was against: "the war
                    # between A and B")
                    yield replace(event, source=other, target=event.source if event.target == other else (
                        event.target), actors=tuple(dict.fromkeys((other, *event.actors[1:])))), token
            for other in also:  # "met President Ilir Daci and Lena Sova": one meeting each
                yield replace(event, target=other, actors=tuple(dict.fromkeys((*event.actors[:-1], other)))), token


def _speaker_at(offset: int, entities: Entities) -> str | None:
    """Who speaks the quote around a character offset."""
    return next((who for b, e, who in entities.quoted if b <= offset < e), None)


#: People who act for the body they are "of", "from" or "for": "officers of the crime agency", "a team from the agency",
#: and the members of a force, party or body, whose acts are the body's: "fighters from the X Front attacked",
#: "observers from the OSCE criticised the count".
AGENTS_OF = {"officer", "agent", "official", "delegation", "team", "investigator", "inspector",
             "staff", "representative", "envoy", "mission", "service", "office", "committee", "rescuer",
             "fighter", "gunman", "militant", "rebel", "militiaman", "soldier", "troop", "crew", "member",
             "deputy", "lawmaker", "legislator", "senator", "prosecutor", "negotiator", "delegate", "volunteer",
             "leader", "detective", "spokesman", "spokeswoman", "spokesperson", "management", "leadership",
             "observer", "monitor", "guard", "expert"}


def _actor(token: Token | None, entities: Entities) -> Token | None:
    """Who an unnamed subject or object is: the person the parser hung as an apposition on the noun
    after it ("The head of the commission, Piet Smit, resigned": Smit, not the commission), or the
    organisation or state an agent acts for ("arrested by officers of the National Crime Agency" is the
    agency's arrest, as CAMEO codes an agent's act as its body's), or the two sides that say what "they"
    will do ("Both sides said they would reopen the crossings")."""
    if token is not None and token.lower_ in ("they", "we") and token.dep_ == "nsubj" and token.head.dep_ == "ccomp" \
            and (teller := _subject(token.head.head)) is not None and (entities.pair(teller) or (
                entities.of(token) is None and teller.pos_ == "NOUN" and teller.tag_ != "NN")):
        return teller  # "Kenyan police said they had arrested 12": the police, whom no name before stands for
    if token is not None and token.lower_ == "it" and token.dep_ == "nsubj" and token.head.dep_ == "ccomp" and (
            entities.of(token) is None and (teller := _subject(token.head.head)) is not None and teller.pos_ == "NOUN"
            and _state_for(teller, entities) is not None):
        return teller  # "the army said it had sent reinforcements": the army, which no entity before "it" stands for
    if token is not None and (teller := _body_saying_it(token, entities)) is not None:
        return teller  # "the company, which said it would pay": the company, whatever "it" came after
    if token is not None and (body := _body_of_teller(token, entities) or _group_antecedent(
            token, entities)) is not None:
        return body
    if token is None:
        return None
    if (named := _named_apposition(token, entities) or _bench_of(token, entities) or _same_court(token, entities)) \
            is not None:
        return named
    if entities.type_of(entities.of(token)) not in (None, GROUP):
        return token
    for prep in (c for c in token.children if c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            named = next((a for a in pobj.children if a.dep_ == "appos" and a.pos_ == "PROPN"
                          and entities.type_of(entities.of(a)) == PERSON), None)
            if named is not None and entities.type_of(entities.of(pobj)) != PERSON:
                return named
            if token.is_title and token.lower_ in TITLES and prep.lower_ in ("of", "for") and entities.type_of(
                    entities.of(pobj)) == PERSON:
                return pobj  # "Minister of Indigenous Peoples Mira Vell accused": the name the parser hung on the
                # portfolio is the minister's
            if _agent_lemma(token) in AGENTS_OF and prep.lower_ in ("of", "from", "for") and (entities.type_of(
                    entities.of(pobj)) in (ORGANIZATION, COUNTRY) or _state_pair(pobj, entities)):
                return pobj  # "officials from both countries will hold talks": the two countries
    owner = next((c for t in (token, *(c for c in token.children if c.dep_ == "compound")) for c in t.children
                  if c.dep_ == "poss"), None)  # "the agency's director-general", "director" its compound
    if token.lemma_.lower() in AGENTS_OF and entities.type_of(entities.of(owner)) in (ORGANIZATION, COUNTRY) or (
            token.lower_ in TITLES and entities.type_of(entities.of(owner)) == ORGANIZATION):
        return owner  # "the European Union's foreign policy service": the union; "the agency's director-general
        # condemned", whom nothing names: the agency
    return _unit_of(token, entities) or _acting_conjunct(token, entities) or _body_of_agents_before(
        token, entities) or _agency_of_specialists(token, entities) or _bloc_of_leaders(token, entities) or token


def _bloc_of_leaders(token: Token, entities: Entities) -> Token | None:
    """The bloc whose leaders act together, as CAMEO codes a summit's decisions as the bloc's: "leaders of the X
    Community suspended Norland", and leaders the sentence puts at a summit, the bloc the story has named: "heads
    of state gathered for a summit froze Norland's access to loans" (not one leader)."""
    if token.lemma_.lower() not in ("head", "leader") or token.tag_ != "NNS" or entities.type_of(
            entities.of(token)) not in (None, GROUP):
        return None
    named = next((t for t in token.subtree if t.dep_ == "pobj" and t.head.lower_ == "of" and t.pos_ == "PROPN" and (
        entities.type_of(entities.of(t)) == ORGANIZATION)), None)
    if named is not None or not any(t.lemma_.lower() == "summit" for t in token.sent):
        return named
    return next((t for t in reversed(token.doc[:token.i]) if entities.type_of(entities.at(t)) == ORGANIZATION), None)


def _body_saying_it(token: Token, entities: Entities) -> Token | None:
    """The named organisation or state that says what "it" did or will do, which "it" is: "KMG, which said it had
    halted processing and would pay", "Norland said it would respond" (not another body named between)."""
    if token.lower_ != "it" or token.dep_ != "nsubj" or token.head.dep_ != "ccomp" or (
            token.head.head.lemma_.lower() not in SPEECH_VERBS) or (teller := _subject(token.head.head)) is None:
        return None
    return teller if entities.type_of(entities.capital_country(entities.of(teller))) in (ORGANIZATION, COUNTRY) \
        else None


def _group_antecedent(token: Token, entities: Entities) -> Token | None:
    """The body whose officers or investigators, an unnamed group, "they" stand for: "VCC investigators detained him
    after officers searched his office. They seized cash" (the commission's officers, as under their own noun)."""
    if token.lower_ not in ("they", "them") or entities.type_of(key := entities.of(token)) != GROUP:
        return None
    last = max((i for i in entities.tokens_of(key) if i < token.i), default=None)
    if last is None or token.doc[last].lemma_.lower() not in FORCE_MEMBERS | POLICE_NOUNS:
        return None
    actor = _actor(token.doc[last], entities)
    return actor if actor is not None and entities.of(actor) != key else None


def _body_of_agents_before(token: Token, entities: Entities) -> Token | None:
    """The body whose investigators the story has just named, which bare investigators after them are: "Detectives
    from the X Commission picked him up ... Officers searched his office" (the commission searched); only for a
    bare plural ("officers", not "local officers", "two officers") and within this sentence or the two before
    (not soldiers or rescuers, whom many bodies send)."""
    if token.lemma_.lower() not in FORCE_MEMBERS or token.tag_ != "NNS" or any(c.dep_ in (
            "det", "poss", "amod", "compound", "nmod", "nummod", "prep") for c in token.children):
        return None
    for agent in reversed(token.doc[two_sentences_back(token):token.i]):
        if agent.lemma_.lower() in FORCE_MEMBERS and agent.pos_ == "NOUN":
            body = _unit_of(agent, entities) or next((p for prep in agent.children if prep.dep_ == "prep" and (
                prep.lower_ in ("of", "from")) for p in prep.children if p.dep_ == "pobj"), None)
            if body is not None and entities.type_of(entities.of(body)) == ORGANIZATION:
                return body
    return None


#: Words for a speciality that agencies name by another word: "anti-graft investigators" of an anti-corruption body.
SPECIALITIES = {"graft": "corruption", "bribery": "corruption", "drug": "narcotics", "terror": "terrorism"}


def _agency_of_specialists(token: Token, entities: Entities) -> Token | None:
    """The agency the story names whose speciality the agents' "anti-" word gives, which they are: "Polish
    anti-corruption agents arrested the mayor ... Officers of the Central Anti-Corruption Bureau raided", "anti-graft
    investigators" of an anti-corruption bureau (not bare or local officers, whom many bodies send)."""
    if token.lemma_.lower() not in FORCE_MEMBERS | POLICE_NOUNS | {"unit", "squad"} or not (
            found := re.search(r"\banti-?\s*([a-z]+)", token.doc[token.left_edge.i:token.i].text.lower())):
        return None
    aim = "anti" + SPECIALITIES.get(found.group(1), found.group(1))
    return next((t for t in token.doc if entities.type_of(key := entities.at(t)) == ORGANIZATION and aim in re.sub(
        r"[\s-]", "", entities.label_of(key).lower())), None)


def _agent_lemma(token: Token) -> str:
    """The lemma of a noun for agents, also of a plural the tagger took for a name at the head of a sentence:
    "Rebels of the X Front freed 11 workers" (rebel)."""
    lemma = token.lemma_.lower()
    if token.i == token.sent.start and token.tag_ == "NNP" and lemma.endswith("s") and lemma[:-1] in AGENTS_OF:
        return lemma[:-1]
    return lemma


def _body_of_teller(token: Token, entities: Entities) -> Token | None:
    """The body whose spokesman or representative says what "it" did, which "it" is: "the agency's
    representative, X, said it had delivered 2 million tablets" (the agency, not a body named before)."""
    if token.lower_ != "it" or token.dep_ != "nsubj" or token.head.dep_ != "ccomp" or (
            teller := _subject(token.head.head)) is None or teller.lemma_.lower() not in AGENTS_OF | TITLES:
        return None
    return next((c for c in teller.children if c.dep_ == "poss" and entities.type_of(entities.of(c)) in (
        ORGANIZATION, COUNTRY)), None)


def _state_pair(token: Token, entities: Entities) -> tuple[str, ...]:
    """The two states "both sides" or "the two countries" stand for, whose officials act for them (not two
    organisations, which "both sides" may not mean)."""
    both = entities.pair(token) or ()
    return both if all(entities.type_of(k) == COUNTRY for k in both) else ()


def _named_apposition(token: Token, entities: Entities) -> Token | None:
    """The name set beside an unnamed noun that it stands for: "her coalition partner, the Liberal Party, had
    demanded", "the chief of staff, Piet Smit, resigned", "a group calling itself the X Front claimed" (not a
    noun that is itself a group: "the protesters, mostly students, marched"); also a title the model took for a
    body's name: "the Minister of Communication, Piet Smit, denied"; and the person the parser hung on a body whose
    post stands between them: "The Varna Union (VU) special envoy, Piet Smit, urged" (Smit, not the union)."""
    if entities.type_of(entities.of(token)) == ORGANIZATION and (person := next((
            a for a in token.children if a.dep_ == "appos" and entities.type_of(entities.of(a)) == PERSON and any(
                t.dep_ == "appos" and t.lemma_.lower() in TITLES for t in token.doc[token.i + 1:a.i])), None)):
        return person
    if entities.of(token) is not None and token.lemma_.lower() not in TITLES:
        return None
    names = [a for a in token.children if a.dep_ == "appos"] + [  # "a group calling itself the X Movement"
        o for c in token.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("call", "name") and any(
            r.lower_ in ("itself", "themselves") for r in c.children) for o in c.children if o.dep_ in ("oprd", "attr")]
    return next((t for a in names for t in a.subtree if t.pos_ == "PROPN" and (
        t == a or t.dep_ == "compound" and t.head == a) and entities.type_of(entities.at(t)) in (
        PERSON, ORGANIZATION, COUNTRY)), None)  # the name itself, not the noun after it ("the Liberal party")


#: Who sits on a court, whose rulings are the court's.
JUDGES = {"judge", "magistrate", "justice"}


def _bench_of(token: Token, entities: Entities) -> Token | None:
    """The named court a judge sits on, whose act it is, as CAMEO codes a court's ruling as the court's: "a judge at
    the Varna City Court ordered", "Chief Magistrate Piet Smit of the Tresk Road Court granted bail" (not a judge
    whose court goes unnamed: "Magistrate Piet Smit set bail")."""
    if token.lemma_.lower() not in JUDGES and not (entities.type_of(entities.of(token)) == PERSON and any(
            c.dep_ == "compound" and c.lemma_.lower() in JUDGES for c in token.children)):
        return None
    return next((p for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "at") for p in c.children
                 if p.dep_ == "pobj" and p.lemma_.lower() in ("court", "tribunal")
                 and entities.type_of(entities.of(p)) == ORGANIZATION), None)


def _same_court(token: Token, entities: Entities) -> Token | None:
    """The court the story first names, which "the same court" points back to as the one whose rulings it tells,
    not a court named since as where an appeal goes: "The Varna City Court jailed X ... his lawyers appealed to the
    Supreme Court ... Last year, the same court acquitted Y" (the city court)."""
    if token.lemma_.lower() not in ("court", "tribunal") or not any(c.lower_ == "same" for c in token.children):
        return None
    return next((t for t in token.doc[:token.i] if t.lemma_.lower() in ("court", "tribunal") and entities.type_of(
        entities.at(t)) == ORGANIZATION), None)


def _acting_conjunct(token: Token, entities: Entities) -> Token | None:
    """The first of the nouns coordinated with an unnamed one that stands for someone, whose act it is too: "a
    cargo ship and a Greek coast guard boat rescued the migrants" (Greece; the ship is no entity), "taxi operators
    and students protested", "the resident and intern doctors walked out" (the students, the doctors)."""
    if token.dep_ != "nsubj" or entities.of(token) is not None:
        return None
    return next((c for c in _conjuncts(token) if entities.type_of(entities.of(c)) in (
        PERSON, ORGANIZATION, COUNTRY, GROUP)), None)


def _unit_of(token: Token, entities: Entities) -> Token | None:
    """The organisation whose mission, members or craft, named by the organisation's name before them, act: "talks
    between the IMF mission and the finance ministry" (the IMF's), "M23 rebels seized the town" (M23's), "a Coast
    Guard vessel towed the boat back" (the Coast Guard's); not when
    the mission has a name of its own, which the parser may hang on the place after it: "the United Nations
    mission in Congo, MONUSCO," is MONUSCO."""
    mission = token.lemma_.lower() == "mission"
    if token.lemma_.lower() not in AGENTS_OF | VESSELS or mission and token.tag_ != "NN":
        return None
    if token.lemma_.lower() in VESSELS and (operator := next((  # "a cargo plane chartered by the WFP delivered"
            p for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children if a.dep_ == "agent"
            for p in a.children if p.dep_ == "pobj" and entities.type_of(entities.of(p)) in (ORGANIZATION, COUNTRY)),
            None)) is not None:
        return operator
    if mission and (named := next((a for p in token.children if p.dep_ == "prep" for o in p.children
                                   if o.dep_ == "pobj" for a in o.children if a.dep_ == "appos"
                                   and a.pos_ == "PROPN"), None)):
        return named if entities.type_of(entities.of(named)) == ORGANIZATION else None
    return next((c for c in token.children if c.dep_ in ("compound", "nmod") and c.i < token.i and entities.type_of(
        entities.of(c)) == ORGANIZATION), None)


#: Bodies whose promised acts the official who announces them answers for: "said the ministry would ...".
SPOKEN_FOR = {"government", "state", "ministry", "administration", "authority", "cabinet", "office", "party",
              "alliance", "bloc", "department", "investigator", "lawyer", "company", "defense", "defence", "navy",
              "army", "military", "country", "nation", "union", "federation"}
#: Of those, the words that name a body of their own when capitalised: "the African Union would deploy" is the AU's.
NAMED_WHEN_CAPITALISED = {"union", "federation"}


def _speaker_for(subject: Token | None, entities: Entities, verb: Token | None = None) -> Token | None:
    """The official who answers for what they say an unnamed body of theirs will do: "the minister said
    the government would suspend the licences", "said his lawyers would ask the court", "said the
    government was ready to meet" (the minister threatens, asks, offers), as CAMEO codes an announcement
    as the announcer's act; not a doer the clause names ("said Norland would withdraw"), nor when the speaker
    vows or threatens it, which is the speaker's act already ("vowed that the army would retake the town"), nor a
    named body's pledge told as made ("the European Union pledged 20 million euros, a spokeswoman said")."""
    clause = subject.head if subject is not None and subject.dep_ == "nsubj" else None
    reported = clause  # "said the army had deployed troops and that the government would pay": the second clause too
    while reported is not None and reported.dep_ == "conj":
        reported = reported.head
    if clause is None or reported.dep_ != "ccomp" or reported.head.lemma_.lower() not in SPEECH_VERBS - (
            PROMISE_VERBS) or not (_body_will(subject, clause) or verb == clause and _voiced_stance(subject, clause)
                                   or _ready_state(subject, clause, entities)
                                   or _side_will(subject, clause, entities)):
        return None
    speaker = _subject(reported.head)
    return speaker if entities.type_of(entities.of(speaker)) == PERSON else None


def _body_will(subject: Token, clause: Token) -> bool:
    """Whether the subject is an unnamed body of the speaker's that the clause says will, is ready to or plans to act:
    "the government would suspend", "the ministry was ready to meet", "her office had opened an inquiry"."""
    return _own_body(subject) and (
        clause.lemma_.lower() in PROMISE_VERBS and subject.pos_ != "PROPN" and not _told_as_done(clause) or any(
            c.dep_ == "aux" and c.lower_ in WILL or (c.dep_ == "acomp" and c.lemma_.lower() in READY)
            for c in clause.children) or _own_office(subject))


def _own_body(subject: Token) -> bool:
    """Whether the subject is an unnamed body of the speaker's: "the government", "his country", "her ministry"."""
    return subject.lemma_.lower() in SPOKEN_FOR and not (
        subject.lemma_.lower() in NAMED_WHEN_CAPITALISED and not subject.is_lower) and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her", "its", "their") for c in subject.children)


#: Roots of what a body says it feels or thinks of something: regret and sympathy (01), welcome and praise (05),
#: disapproval (11).
STANCE_ROOTS = ("01", "05", "11")


def _voiced_stance(subject: Token, clause: Token) -> bool:
    """Whether the reported clause tells what an unnamed body of the speaker's feels or thinks, which only the speaker
    voices: "said the cabinet regretted the deaths", "said his country welcomed investment" (not "had
    welcomed", told as done, nor what the body did besides: "and had ordered an inquiry")."""
    return _own_body(subject) and (_code(clause.lemma_.lower(), "VERB", False) or "")[
        :2] in STANCE_ROOTS and not _told_as_done(clause)


def _told_as_done(clause: Token) -> bool:
    """Whether a reported act is told in the perfect, as done: "said the firm had offered a 5% pay rise" (the
    firm's offer, not the speaker's)."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)


def _side_will(subject: Token, clause: Token, entities: Entities) -> bool:
    """Whether the subject is an unnamed group of the speaker's own side that the clause says will act, whose
    promised or threatened act is the speaker's: "the union leader said teachers would hold a sit-in", "said his
    supporters would rally" (not "they", nor a group the story names)."""
    return subject.tag_ == "NNS" and subject.pos_ == "NOUN" and entities.type_of(entities.of(subject)) in (
        None, GROUP) and not any(c.dep_ in ("nummod", "amod", "compound") for c in subject.children) and any(
        c.dep_ == "aux" and c.lower_ in WILL for c in clause.children)


def _ready_state(subject: Token, clause: Token, entities: Entities) -> bool:
    """Whether the subject is a named state or body the speaker says stands ready to act, which is the speaker's
    offer: "the minister said Norland was ready to release the detainees", "said the EU stood ready to help"."""
    return subject.pos_ == "PROPN" and entities.type_of(entities.capital_country(entities.of(subject))) in (
        COUNTRY, ORGANIZATION) and any(c.dep_ == "acomp" and c.lemma_.lower() in READY and any(
            x.dep_ == "xcomp" for x in c.children) for c in clause.children)


def _own_office(subject: Token) -> bool:
    """Whether the subject is the speaker's own office, whose acts, done ones too, are the speaker's: "the
    ombudsman said her office had opened an inquiry", "the attorney general said his office had asked Interpol"."""
    return subject.lemma_.lower() == "office" and any(c.dep_ == "poss" and c.lower_ in ("his", "her")
                                                       for c in subject.children)


def _event(trigger: Span, verb: Token, code: str, sent: Span, entities: Entities, published,
           source: Token | None, target: Token | None, negated: bool) -> Event:
    source = _speaker_for(source, entities, verb) or source
    source, target = _actor(source, entities), _actor(target, entities)
    source_key, target_key = (_state_for(t, entities) for t in (source, target))
    if (both := entities.pair(source)) is not None:  # "the two leaders agreed": one with the other
        source_key, target_key = both[0], target_key or both[1]
    if target_key == source_key:
        target_key = None
    place = _place(verb, entities)
    if target_key and (entities.type_of(target_key) == PLACE or (
            code in MOVEMENT and entities.type_of(target_key) in (CITY, COUNTRY))):  # "evacuated villagers": whom
        place, target_key = place or target_key, None  # "crossed into the Grodno region": where, not whom
    if source_key and (entities.type_of(source_key) == PLACE or code in MOVEMENT and entities.type_of(source_key) in (
            CITY, ORGANIZATION) and trigger.root.pos_ == "NOUN"):
        place, source_key = place or source_key, None  # "the Torkham crossing", "the river flooded": where, no doer
    when, dated = _when(verb, sent, published)
    actors = tuple(k for k in (source_key, target_key) if k)
    confidence = 0.5 + (0.2 if source_key else 0) + (0.1 if target_key else 0) + (0.1 if dated else 0)
    return Event(trigger=Mention(trigger.start_char, trigger.end_char, trigger.text), type=code,
                 sentence=Mention(sent.start_char, sent.end_char, sent.text), source=source_key,
                 target=target_key, actors=actors, place=place, when=when,
                 confidence=round(confidence, 2), negated=negated)


def _state_for(actor: Token | None, entities: Entities) -> str | None:
    """The entity that acts: a capital's state ("Warsaw accuses Minsk"), the state whose army or navy
    acts ("the army launched air strikes"), else the actor's own entity."""
    key = entities.capital_country(entities.of(actor))
    if actor is not None and entities.type_of(key) in (None, GROUP):
        return entities.state_of_service(actor) or _authorities_state(actor, entities) or _army_of(
            actor, entities) or _service_command(actor, entities) or key
    return key


#: Common nouns for the body that heads a state's security service: "the army command", "the border guard service".
COMMANDS = {"command", "headquarters", "service"}
#: The services such a body heads.
SECURITY_SERVICES = {"army", "navy", "military", "police", "guard", "gendarmerie", "coastguard"}


def _service_command(actor: Token, entities: Entities) -> str | None:
    """The state whose security service's command acts, as the service itself would, when the model names no body:
    "the Kyrgyz border guard command accused Tajikistan", "Norland's army command said" (the state a demonym or
    possessive gives, else the army's own state); not a command nothing ties to a state ("the border guard
    command")."""
    service = next((c for c in actor.children if c.dep_ == "compound" and c.lemma_.lower() in SECURITY_SERVICES), None)
    if actor.lemma_.lower() not in COMMANDS or actor.tag_ != "NN" or service is None:
        return None
    return next((k for t in actor.subtree if t.i < actor.i and t.dep_ in ("amod", "poss", "compound") and (
        entities.type_of(k := entities.capital_country(entities.of(t) or entities.demonym(t))) == COUNTRY)),
        None) or entities.state_of_service(service)


def _army_of(actor: Token, entities: Entities) -> str | None:
    """The state whose army the sentence tells of, whose soldiers unnamed ones that act are: "the army said it had
    launched air strikes, then a ground assault in which soldiers killed 40 fighters" (the army's state's;
    not "the army put down a mutiny by soldiers demanding pay")."""
    if actor.lemma_.lower() not in ("soldier", "troop") or actor.tag_ != "NNS" or any(
            c.dep_ in ("amod", "compound", "poss", "acl", "relcl") for c in actor.children) or not (
            actor.dep_ == "nsubj" or actor.dep_ == "pobj" and actor.head.dep_ == "agent"):
        return None
    return next((state for t in actor.sent if t.lemma_.lower() in ("army", "military") and t != actor and (
        state := entities.state_of_service(t))), None)


#: What may qualify "the authorities" that still govern a whole state: "the military authorities".
STATE_WIDE = NATIONAL | {"military", "government"}


def _authorities_state(actor: Token, entities: Entities) -> str | None:
    """The state the story last named, whose government "the authorities" who act are when nothing says whose ("In
    neighbouring Norland, authorities evacuated 5,000 people", "the military authorities declared mourning"),
    as CAMEO codes a government's acts as its state's; not "local" or "port authorities", nor "the authorities
    in Tresk"."""
    if actor.lemma_.lower() != "authority" or actor.tag_ != "NNS" or actor.dep_ != "nsubj" or any(
            c.dep_ in ("poss", "compound", "nmod") or c.dep_ == "amod" and c.lower_ not in STATE_WIDE or
            c.dep_ == "prep" and c.lower_ in ("in", "of") for c in actor.children):
        return None
    return entities.antecedent(actor, COUNTRY)


#: Nouns of removing someone from office, which a vote decides.
REMOVALS = {"removal", "impeachment", "suspension", "dismissal", "ouster", "recall"}
#: What a body votes on, and bodies that vote: such a vote decides a motion, it elects no one.
MOTIONS = {"resolution", "motion", "bill", "draft", "amendment", "law", "budget", "measure", "proposal", "text"}
VOTING_BODIES = {"council", "parliament", "assembly", "senate", "congress", "committee", "board", "lawmaker",
                 "legislator", "shareholder", "member", "delegate", "minister", "cabinet", "court", "judge"}


def _threatens(warn: Token) -> bool:
    """Whether a warning threatens: someone warned ("warned Myanmar that", "warned migrants they had
    111 days"), warned against something, or an act announced ("warned that it would respond");
    not "warned that the bank could face a fine", "warned of a catastrophe"."""
    if any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ == "against" for c in warn.children):
        return True
    return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in WILL for a in c.children) and not (
        _a_mere_thing(next((s for s in c.children if s.dep_ == "nsubj"), None))) for c in warn.children)


def _a_mere_thing(subject: Token | None) -> bool:
    """Whether the subject of what a warning says will happen is a thing no one can threaten with: "warned that the
    levy would ruin family farms", "that the drought would worsen" (a forecast; not "that the army would pursue them",
    "that Norland would respond")."""
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    noun = subject.lemma_.lower()
    return noun not in GROUP_NOUNS | PEOPLE_NOUNS | MILITARY_NOUNS | STATE_ORGANS | SPOKEN_FOR | TITLES | OPERATIONS \
        and not any(c.dep_ in ("poss", "relcl") for c in subject.children)  # "its forces", "civil servants who
    # stayed away", "military operations would continue", "any further attack will receive a response"


def _penalty_warned(warn: Token, entities: Entities) -> bool:
    """Whether a named party warns that others could face a penalty: "the minister warned that the company's
    executives could face criminal charges" (a threat; not "analysts warned that the lender could face a fine", nor
    "warned that the country could face a famine")."""
    return any(c.dep_ == "ccomp" and c.lemma_.lower() == "face" and any(
        d.dep_ == "dobj" and (found := noun_trigger(d)) and (
            (code := _code(found[0], "NOUN", False) or "")[:2] in ("16", "17") or code == "CourtRuling")
        for d in c.children) for c in warn.children) and entities.type_of(
        entities.of(_actor(_subject(warn), entities))) in (PERSON, COUNTRY, ORGANIZATION)


def _appeals(ask: Token) -> bool:
    """Whether asking is an appeal: someone asked to do something or for something ("asked Norland to
    send observers", "asked the navies for patrols", "asked for him to be released"), in the active
    voice and done (not "when asked about it", "asked not to be named", "when asked for comment", "would
    ask the court to annul it")."""
    if _passive(ask) or ask.tag_ == "VBN" and not any(c.dep_ == "aux" for c in ask.children):
        return False  # "when asked for comment"
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in ask.children):
        return False  # "would ask the court to annul the vote": not asked yet
    if _phrasal(ask) == "ask for":
        return True
    return any(c.dep_ in ("dobj", "dative") for c in ask.children) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        or c.dep_ == "prep" and c.lower_ == "for" for c in ask.children)


def _conviction_told(doc) -> bool:
    """Whether an article tells a conviction in words of its own ("convicted", "a conviction", "found guilty")."""
    return any(t.lemma_.lower() in ("convict", "conviction") or t.lower_ == "guilty" for t in doc)


#: What is asked for when asking for information (101) or for access to someone held (100).
ASKED_INFORMATION = {"information", "detail", "explanation", "clarification", "data", "account"}


def _asked_for_what(ask: Token) -> str | None:
    """The demand an asking makes when it asks for facts or for access: "asked Ostra for full information on the
    incident", "asked for details of the operation" demand information (101); "asked for consular access to the
    crew" demands (100); not a plea for help (020)."""
    asked = _pobj(ask, "for")
    if asked is None:
        return None
    if asked.lemma_.lower() in ASKED_INFORMATION:
        return "101"
    return "100" if asked.lemma_.lower() == "access" else None


#: Those a host receives, and the honours a visitor is received with: "welcomed both delegations", "with a guard of
#: honour".
GUESTS = {"delegation", "delegate"}
HONOURS = {"guard", "parade", "ceremony", "salute", "carpet"}


def _welcomes_a_visitor(verb: Token, obj: Token | None, entities: Entities) -> bool:
    """Whether welcoming receives a visitor (043) rather than approving something (051): a person or a delegation
    welcomed ("welcomed President X with a military parade", "welcomed both delegations"), someone received with
    honours ("was welcomed by X with a guard of honour") or someone who arrived and was welcomed ("arrived on Monday
    and was welcomed at the airport by X")."""
    if obj is not None and obj.lower_ not in ("them", "they") and (_is_person(obj, entities) or (
            obj.lemma_.lower() in GUESTS)):
        return True
    if (honour := _pobj(verb, "with")) is not None and honour.lemma_.lower() in HONOURS:
        return True
    return obj is None and _passive(verb) and verb.dep_ == "conj" and _verb_lemma(verb.head) in TRAVEL_VERBS


def _removes_a_holder(verb: Token, obj: Token | None, entities: Entities) -> bool:
    """Whether dismissing removes someone from office (0831): a person named ("dismissed Tavik") or a cabinet
    ("dismissed his entire cabinet"); not a claim dismissed ("dismissed them as lies")."""
    if obj is None or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False
    return obj.lemma_.lower() in ("cabinet", "government") or obj.lower_ not in ("them", "they") and (
        _is_person(obj, entities))


def _planned_ask(ask: Token) -> bool:
    """Whether asking is a planned demand (130): someone will or could ask
    someone to act, "said his lawyers would ask the Supreme Court to annul the vote", "said it could ask
    Norland to return the money"; not a body's own people, "would ask its members to ratify the deal"."""
    return any(c.dep_ == "aux" and c.lower_ in MODALS - {"can", "ca"} for c in ask.children) and any(
        c.dep_ in ("dobj", "dative") and not any(p.dep_ == "poss" for p in c.children) for c in ask.children) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in ask.children)


def _crosses_border(verb: Token, entities: Entities) -> bool:
    """Whether entering or crossing passes a frontier: a border or a country named or said ("entered
    Poland", "crossed into the Grodno region", "crossed illegally from Belarus", "entered the country")."""
    if any(t.lemma_.lower() in ("border", "frontier") for t in verb.sent):
        return True  # "a state of emergency along the border as thousands of migrants cross"
    for t in verb.subtree:
        if t.head.i == verb.i or t.head.head.i == verb.i and t.head.dep_ == "prep":
            if t.lemma_.lower() in ("country", "territory", "boundary"):
                return True
            if entities.type_of(entities.of(t)) in (COUNTRY, PLACE, CITY):
                return True
    return False


def _characterized(verb: Token) -> Token | None:
    """What a verb of calling names: its object, or the noun its relative clause describes ("a proposal
    X has called 'a surrender'", "a bill that X has called ...")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.dep_ == "relcl" and (obj is None or obj.tag_ in ("WDT", "WP")):
        return verb.head
    return obj


#: What is called for when calling for calm: "called for restraint from all sides".
CALM = {"restraint", "calm"}


def _called_for(lemma: str, verb: Token) -> str | None:
    """What calling for an act of protest, a truce or talks is: "called for a general strike" mobilises dissent
    (133), "called for an immediate ceasefire" or "for restraint" appeals for de-escalation (0256), "called for
    dialogue" appeals for talks (026), not a demand; and what calling on someone to resign, to investigate or to
    release someone is: a demand for a leader's going (1041), for an inquiry (101) or for a release (1053), not a
    plea."""
    if lemma in ("call on", "call upon"):
        act = next((c for c in verb.children if _infinitive(c)), None)
        code = _code(_phrasal(act), "VERB", False) if act is not None else None
        if act is not None and (inquiry := _object(act)) is not None and inquiry.lemma_.lower() in INQUIRIES:
            code = "090"  # "called on the government to set up an independent inquiry": an inquiry all the same
        return "1041" if code == "Resignation" else "101" if code and code[:2] == "09" else "1053" if (
            code and code[:3] == "084") else None  # "called on the authorities to free him": a release demanded
    if lemma != "call for" or (asked := _pobj(verb, "for")) is None:
        return None
    if asked.lemma_.lower() in CALM:
        return "0256"
    if asked.lemma_.lower() in NEGOTIATIONS - TRUCES:
        return "026"
    code = _code(found[0], "NOUN", False) if (found := noun_trigger(asked)) else None
    if code and code[:2] == "14":
        return "133"
    return "0256" if code and code[:3] == "087" else None


def _legal_appeal(verb: Token, bare: bool = True) -> bool:
    """ "appealed the verdict", "would appeal the detention order", "would appeal the size of the penalty", "a
    verdict his lawyers have appealed", "would appeal to the Supreme Court", a bare "said X would appeal": a case
    taken to a higher court (115), no plea for help (020); a bare "'We will appeal,' the company said" only when
    ``bare`` (it is not quoted words)."""
    appealed = _characterized(verb)
    court = _pobj(verb, "to")
    return verb.lemma_.lower() == "appeal" and (appealed is not None and {
        t.lemma_.lower() for t in appealed.subtree} & (RULINGS | {"order", "penalty"}) or (
        court is not None and court.lemma_.lower() in COURT_WORDS) or bare and not any(
        c.dep_ in ("dobj", "prep", "xcomp", "ccomp") for c in verb.children))


def _court_petitioned(verb: Token) -> bool:
    """Whether a verb asks a court to rule, a case brought (115), no plea: "asked the court to annul the decree",
    "petitioned the High Court to declare the strike illegal" (not "would ask the court to annul it", a demand
    planned)."""
    court = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    return _verb_lemma(verb) in ("ask", "petition") and _appeals(verb) and court is not None and (
        court.lemma_.lower() in ("court", "tribunal"))  # (a prosecutor asking a judge to detain someone pleads)


def _restates_a_denial(verb: Token) -> bool:
    """Whether a participle only restates the denial or rejection it hangs on: "rejected the suspension, calling it
    interference", "denied arming the militias, calling the accusation baseless" (not "walked out of the talks,
    calling the demands unrealistic"); FORMAT.md: a participle that only restates an act is no event."""
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.lemma_.lower() in DENYING


def _restates_a_welcome(verb: Token) -> bool:
    """Whether calling something names only restates the welcome or praise of whoever the relative clause hangs on:
    "the sanctions were welcomed by X, who called them a first step", "X, who called the deal a milestone, welcomed
    it" (FORMAT.md: what only restates an act is no event of its own)."""
    if verb.dep_ != "relcl":
        return False
    doer = verb.head
    act = doer.head.head if doer.dep_ == "pobj" and doer.head.dep_ == "agent" else doer.head if (
        doer.dep_ == "nsubj") else None
    return act is not None and act.lemma_.lower() in THANKING | {"welcome"}


def _characterizes(verb: Token) -> bool:
    """ "called the vote 'a parliamentary coup'", "branded the ruling a travesty": a verdict on what
    the object names, not the naming of an event (as in "called a strike")."""
    lemma = verb.lemma_.lower()
    obj = _characterized(verb)
    if obj is None or obj.lower_ in ("what", "which", "that"):
        return False  # "condemned what he called a massacre": the condemning is the act
    if lemma in ("call", "brand", "dub", "label"):
        return any(c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "ADJ") for c in verb.children) or (
            any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in obj.children)) or (
            lemma != "call" and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children))
    if lemma == "dismiss" and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) and (
            found := noun_trigger(obj)):  # "dismissed the reshuffle as cosmetic": an act disparaged (but
        return (_code(found[0], "NOUN", False) or "01")[:2] not in SAYING_ROOTS  # "dismissed the criticism as
        # hysteria" rejects what was said)
    return False


#: The roots of acts done by saying: statements, appeals, demands, criticism, rejections, threats.
SAYING_ROOTS = {"01", "02", "10", "11", "12", "13"}
#: Words of praise in what someone calls something: "called Chile a trusted partner", "hailed it a milestone".
PRAISE = {"partner", "friend", "ally", "success", "milestone", "breakthrough", "victory", "achievement", "model",
          "historic", "landmark", "triumph", "example", "good", "great", "positive", "important", "excellent"}


#: Verbs of thanks and praise, whose "for" tells an act already done: "thanked Oman for its mediation".
THANKING = {"thank", "praise", "commend", "congratulate", "hail", "applaud"}


def _thanked_for(token: Token) -> bool:
    """Whether a noun or verb is what someone is thanked or praised for: "thanked the churches for their
    mediation", "praised the cabinet for bargaining honestly" (the thanks is the act told)."""
    return token.dep_ in ("pobj", "pcomp") and token.head.lower_ == "for" and \
        token.head.head.lemma_.lower() in THANKING


def _praised(verb: Token) -> bool:
    """Whether what a verb of calling names its object is praise ("a trusted partner", "a historic step")."""
    named = [c for c in verb.children if c.dep_ in ("oprd", "xcomp")] + [
        c for c in _characterized(verb).children if c.dep_ == "appos"]  # "called the verdict 'an
    # important first step'"
    return any(t.lemma_.lower() in PRAISE for c in named for t in (c, *c.children))


def _decision_vote(token: Token) -> bool:
    """ "A vote on the resolution", "the Security Council vote", "voted in favour": a decision, not an election."""
    if token.lemma_.lower() not in ("vote", "ballot"):
        return False
    if token.head.lemma_.lower() == "hold" and not any(c.dep_ == "prep" and c.lower_ in ("on", "against")
                                                       for c in token.children):
        return False  # "both votes will be held in late November": polls held (not "a vote held on the resolution")
    if token.pos_ == "NOUN" and not any(  # "the June 26 vote", "Sunday's vote", "the presidential vote"
            c.ent_type_ == "DATE" or c.lemma_.lower() in ELECTORAL for c in token.children):
        return True  # "took 32% of the vote", "a vote had been postponed": no election named
    if token.tag_ == "NNS" or token.head.lemma_.lower() in ("win", "receive", "get", "cast", "secure", "garner"):
        return True  # "won 27% of the votes", "received 12 votes": ballots counted, not the election
    if any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in token.children):
        return True
    if any(c.dep_ in ("compound", "poss", "nsubj") and c.lemma_.lower() in VOTING_BODIES for c in token.children):
        return True
    return any(t.lemma_.lower() in MOTIONS or t.lemma_.lower() == "favour" or t.lower_ == "favor"
               for t in token.sent)


def _sides(noun: Token) -> list[Token]:
    """The sides a noun of a mutual act names after "between": "talks between Norland and the rebels", "between
    Norlander and Ostavian officials"."""
    between = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    sides = [p for c in between.children if c.dep_ == "pobj" for p in (c, *_conjuncts(c))] if between else []
    named = [n for m in sides[0].children if m.dep_ in ("amod", "nmod", "compound") for n in (m, *_conjuncts(m))
             if n.ent_type_ == "NORP"] if len(sides) == 1 else []
    if len(sides) == 2 and sides[1].pos_ == "NOUN" and (hung := next((
            c for c in sides[0].children if c.dep_ == "appos" and c.i > sides[1].i), None)) is not None:
        sides = [sides[0], hung]  # "between Minister X and his counterpart, Y": the parser hangs Y on X
    return named if len(named) == 2 else [_people_of(side) for side in sides]  # "talks between Norlander and
    # Ostavian officials": the two countries'


def _people_of(side: Token) -> Token:
    """The state a demonym ties agents to, which they act for: "between the mission and Norlander officials"
    (Norland's; but "Norlander partners" are no state's)."""
    if side.pos_ != "NOUN" or side.lemma_.lower() not in AGENTS_OF:
        return side
    return next((m for m in side.children if m.dep_ in ("amod", "compound") and m.ent_type_ == "NORP"), side)


def _ready_for(noun: Token) -> Token | None:
    """The verb whose subject is ready for the act a noun names, "open to" or "ready for" it: "remained open to
    talks", "is ready for negotiations with the rebels" (the subject's intent)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("to", "for"):
        return None
    adjective = noun.head.head
    if adjective.lemma_.lower() not in READY or adjective.dep_ != "acomp" or adjective.head.pos_ not in ("VERB", "AUX"):
        return None
    return adjective.head


def _talks_ended_by(noun: Token) -> Token | None:
    """The verb an act of talks measured out in time leads to, done by the sides of the talks: "signed the deal
    after two days of talks", "agreed at the end of three rounds of negotiations" (not a verb of saying: "told
    reporters after hours of talks" is when it was said; nor a passive one)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lemma_.lower() not in MEASURES:
        return None
    phrase = noun.head.head
    prep = phrase.head if phrase.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of" and prep.head.lower_ == "end" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "at the end of a week of talks"
    if prep is None or prep.lower_ not in ("after", "following", "at") or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    if verb.lemma_.lower() in SPEECH_VERBS or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None  # (nor "the hostages were freed after months of talks": the freed held no talks)
    return verb


def _partner(verb: Token, entities: Entities) -> str | None:
    """The other side of a mutual act, after "with": "negotiated with Beijing", "met with the rebels"."""
    with_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    pobj = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ is not None else None
    return entities.capital_country(entities.of(pobj))


#: Participles that make the one after "by" a doer of the act beside the subject: "helped by local fishermen".
HELPING = {"help", "assist", "aid", "join"}


def _talks_held_with(trigger: Token, entities: Entities) -> str | None:
    """The other side of talks held "with" it, who holds them as much as the subject does: "X held talks with
    Prime Minister Y" (Y with X too); not talks measured out ("held three rounds of talks with the kidnappers"),
    opened or led, nor told by one side ("she said she had held talks with Y"), which tell one side's part; nor
    with a pronoun for one the sentence gave another part ("was received by Y and held talks with her")."""
    noun = next((c for c in trigger.children if c.dep_ == "dobj"), trigger) if trigger.pos_ == "VERB" else trigger
    if noun.lemma_.lower() not in ("talk", "negotiation") or noun.dep_ != "dobj" or noun.head.lemma_.lower() != (
            "hold") or noun.head.dep_ == "ccomp" and noun.head.head.lemma_.lower() in SPEECH_VERBS:
        return None
    with_ = next((c for t in (noun, noun.head) for c in t.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    pobj = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ is not None else None
    return _state_for(_actor(pobj, entities), entities) if pobj is not None and pobj.pos_ != "PRON" else None


def _co_subjects(verb: Token, entities: Entities) -> list[str]:
    """The other entities coordinated with the verb's subject (the signers' for the talks before the signing)."""
    if verb.pos_ in ("NOUN", "PROPN") and (held := _talks_ended_by(verb)) is not None:
        return _co_subjects(held, entities)  # "Norland and Ostavia signed after two days of talks": both talked
    if (other := _talks_held_with(verb, entities)) is not None:
        return [other]
    if verb.pos_ in ("NOUN", "PROPN") and (_kind_of(verb) or "")[:2] in ("04", "19") and len(
            sides := _sides(verb)) == 2:
        other = _state_for(_actor(sides[1], entities), entities)  # "talks between Norland and Ostavia", "the war
        return [other] if other else []  # between A and B": each side with the other (a deal between them may be
        # told long after it was made)
    if verb.pos_ != "VERB":
        return []
    subject = next((_qualified(c) for c in verb.children if c.dep_ == "nsubj"), None) or _hung_subject(verb)
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(
            c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):  # "Mali and Niger left ECOWAS and formed
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # the AES": they both formed it
    if subject is None:  # "brokered by Norland and Ostavia": the agents
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if subject is None and verb.dep_ == "xcomp":  # "the House and the Senate voted to override the veto": both
        subject = _subject(verb)  # override it
    if subject is None:
        return []
    if verb.dep_ == "relcl" and subject.lower_ in ("which", "who", "that"):
        subject = verb.head  # "Mali, Burkina Faso and Niger, which quit ECOWAS": the three quit it
    demonyms = [c for a in subject.children if a.dep_ in ("amod", "nmod") and entities.of(subject) == entities.of(a)
                for c in _conjuncts(a)]  # "Tajik and Kyrgyz border guards": the guards of both states
    agents = subject.lemma_.lower() in AGENTS_OF and entities.type_of(entities.of(subject)) in (None, GROUP)
    bodies = [p for c in subject.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for p in c.children
              if p.dep_ == "pobj"] if agents else []
    demonyms += [c for p in bodies for c in _conjuncts(p)]  # "teams from the NDRF and the fire service rescued": each
    helpers = [p for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() in HELPING for a in c.children
               if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]  # "soldiers, helped by fishermen,
    # rescued 400 people": the fishermen rescued them too
    hung = [c for c in subject.children if c.dep_ in ("nmod", "compound") and any(  # "by Mali and Burkina Faso",
        g.dep_ == "cc" for g in c.children) and entities.of(c) not in (None, entities.of(subject))]  # Mali hung
    # inside the second name
    split = [c for c in verb.children if c.dep_ == "nsubj" and c != subject and not _split_from(c, subject) and not (
        verb.dep_ == "relcl" and c.lower_ in ("which", "who", "that"))]  # "the
    # ministry and the WHO launched": two subjects where the parser missed the "and"
    keys = [entities.capital_country(entities.of(_named_conjunct(t, entities))) for t in (
        *_conjuncts(subject), *demonyms, *_name_conjuncts(subject, entities), *hung, *helpers, *split)]
    keys += [k for p in bodies for k in _state_pair(p, entities)]  # "officials from both sides will meet": each
    return [k for k in keys if k and entities.type_of(k) != PLACE]  # a place does nothing


def _named_conjunct(token: Token, entities: Entities) -> Token:
    """The person a coordinated title names, when the parser hangs the name on the first conjunct: in
    "received by President X and the army chief of staff, General Y", Y."""
    if token.pos_ != "NOUN" or token.dep_ != "conj" or entities.of(token) is not None:
        return token
    return next((a for a in token.head.children if a.dep_ == "appos" and a.i > token.i
                 and entities.type_of(entities.of(a)) == PERSON), token)


def _co_objects(verb: Token, entities: Entities) -> list[str]:
    """The other named entities coordinated with the verb's object ("met Daci and Sova"); the
    people of a plural noun phrase are one target."""
    obj = _object(verb) if verb.pos_ == "VERB" else None
    if obj is None and verb.pos_ == "VERB" and verb.dep_ == "conj" and _passive(verb):  # "X and Y were detained
        obj = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)  # and released": both released
    if obj is None:
        return []
    hung = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN"]  # the parser may hang the second
    # name on the verb
    included = [p for c in _inclusions(verb, obj) for p in c.children if p.dep_ == "pobj"]
    included += [c for p in included for c in _conjuncts(p)]  # "detained 85 people, including lawmaker X": X too
    named = [c for a in obj.children if a.dep_ == "appos" for c in _conjuncts(a)] if _named_apposition(
        obj, entities) is not None else []  # "detained two student leaders, X and Y": Y too
    keys = [entities.capital_country(entities.of(t)) for t in (*_conjuncts(obj), *hung, *included, *named)]
    return [k for k in keys if entities.type_of(k) in (PERSON, ORGANIZATION, COUNTRY) or entities.type_of(k) == GROUP
            and obj.pos_ == "PROPN"]  # actors, not places; "X and two businessmen were arrested": them too


def _inclusions(verb: Token, obj: Token) -> list[Token]:
    """The "including" phrases that name some of an object's members: on the object ("detained 85 people, including
    X"), on the noun a number counts ("banned 11 of the party's leaders, including X"), or hung by the parser on the
    verb after a time phrase ("detained 23 protesters on Wednesday night, including X")."""
    on_verb = [c for c in verb.children if c.lower_ == "including" and c.dep_ == "prep" and c.i > obj.i] if (
        obj.dep_ in ("dobj", "nsubjpass")) else []  # (not one before the object: "arrested 23 people, including X,
    # and charged them")
    return [c for h in dict.fromkeys((obj, _counted(obj))) for c in h.children if c.lower_ == "including"] + on_verb


def _name_conjuncts(subject: Token, entities: Entities) -> list[Token]:
    """The names the parser coordinated with a word inside the subject's own name: "the Committee to Protect
    Journalists (CPJ) and Reporters Without Borders (RSF) condemned" hangs the second name from "Journalists"."""
    key = entities.of(subject)
    if key is None:
        return []
    inside = [t for t in subject.subtree if t != subject and entities.of(t) == key]
    before = [t for t in subject.subtree if entities.of(t) not in (None, key) and any(
        entities.of(c) == key for c in _conjuncts(t))]  # "Amnesty International and Human Rights Watch condemned":
    # the parser hangs the first name inside the second
    return [c for t in inside for c in _conjuncts(t) if entities.of(c) not in (None, key)] + before


def _conjuncts(token: Token) -> list[Token]:
    """The words coordinated with ``token``, however the parser chained them: "Britain, Canada and
    Norway" hangs Norway from Canada."""
    out = []
    for child in token.children:
        if child.dep_ == "conj":
            out += [child, *_conjuncts(child)]
    return out


def _disaster_in(sent: Span) -> bool:
    """Whether the sentence names a disaster: "27 people were killed in the quake" is no attack."""
    return any((found := noun_trigger(t)) and _code(found[0], "NOUN", False) == "Disaster" and not (
        found[0] in BLASTS and _bombing(sent)) for t in sent if t.pos_ == "NOUN")


def _disaster_told(doc: Doc) -> bool:
    """Whether the article tells of a disaster, whose toll a doer-less "one person was killed" is."""
    return any(_disaster_in(sent) for sent in doc.sents) or any(
        t.pos_ == "VERB" and _code(t.lemma_.lower(), "VERB", False) == "Disaster" for t in doc)


#: Verbs of a toll: who died or was hurt.
TOLLS = {"kill", "injure", "wound", "hurt", "die"}
#: Words that tie a toll to what caused it: "were killed when the roof collapsed", "killed in strikes".
CAUSE_MARKS = {"when", "after", "as"}


def _caused(verb: Token) -> bool:
    """Whether a doer-less toll is told as the outcome of another happening: "two people were killed when the
    roof collapsed", "60 people have been killed in strikes since", "nine were killed after the ferry collided"
    (that happening is the event, the dead its toll; but "killed when shells hit a market" is told by its toll)."""
    if verb.lemma_.lower() not in TOLLS:
        return False  # "was abducted when gunmen stopped the convoy": the abduction is an act of its own
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]  # "was killed and
    # dozens were injured on Wednesday when police fired", the parser hanging the clause on the day
    clauses = [c for v in verbs for c in v.children if c.dep_ == "advcl"] + [
        r for v in verbs for p in v.children if p.dep_ == "prep" for o in p.children for r in o.children
        if r.dep_ == "relcl"]
    return any(any(m.dep_ in ("mark", "advmod") and m.lower_ in CAUSE_MARKS for m in c.children)
               and (not _violent_clause(c) or _doer_told(c)) for c in clauses) or any(
        c.dep_ == "prep" and c.lower_ in CAUSE_MARKS and any(  # "after a bus overturned", parsed as a phrase
            a.dep_ == "acl" and a.pos_ == "VERB" and not _violent_clause(a) for p in c.children for a in p.children)
        for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
            (found := noun_trigger(p)) and (_code(found[0], "NOUN", False) or "")[:2] not in VIOLENT_ROOTS
            for p in c.children if p.dep_ == "pobj") for c in verb.children)  # but "killed in fighting": the fighting


def _causer(verb: Token, entities: Entities) -> Token | None:
    """Who made people do something, if an actor: "the militia forced", "the fighting killed 19 and forced"
    (no one), "weeks of protests forced" (no one), "rebels attacked the town, killing 12 and forcing"; or the
    people themselves, who flee what no one does: "a wildfire tore through the hills, forcing 800 residents to
    flee" (the residents flee)."""
    clause = verb
    causer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    while causer is None and (clause.dep_ == "conj" or clause.dep_ == "advcl" and clause.tag_ == "VBG") and \
            clause.head.pos_ == "VERB":
        clause = clause.head  # "attacked the village, killing 12 and forcing farmers to flee": the attackers
        causer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if entities.type_of(entities.of(_actor(causer, entities))) not in (None, CITY, PLACE):
        return causer  # "fighters of the X Front attacked": the front's
    if causer is not None and (found := noun_trigger(causer)) and _code(found[0], "NOUN", False) == "Disaster":
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    return None


def _doer_told(verb: Token) -> bool:
    """Whether a clause names who did it: "when police fired tear gas" (an act of its own, the dead its toll),
    not "when shells hit a market"."""
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() not in WEAPONS | PROJECTILES
               for c in verb.children)


def _violent_clause(verb: Token) -> bool:
    """Whether a clause tells violence: "when gunmen opened fire", "when shells hit a market"."""
    return (_code(_phrasal(verb), "VERB", False) or "")[:2] in VIOLENT_ROOTS or any(
        c.dep_ == "nsubj" and c.lemma_.lower() in WEAPONS | PROJECTILES for c in verb.children)


def _tally(verb: Token) -> bool:
    """Whether a doer-less toll counts over a span of time up to now: "have been killed since January",
    "has displaced 120,000 people so far this year"."""
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    span = any(t.lower_ in ("since", "so far") or t.lower_ == "far" and t.i and verb.doc[t.i - 1].lower_ == "so"
               for t in verb.subtree if t.head == verb or t.head.head == verb)
    year = any(t.lower_ == "year" and any(c.lower_ in ("last", "this") for c in t.children) or t.dep_ == "pobj" and (
        t.head.lower_ in ("in", "during") and re.fullmatch(r"(?:19|20)\d\d", t.text)) for t in verb.subtree
        if t.head == verb or t.head.head == verb)
    patient = _object(verb)
    counted = patient is not None and any(c.dep_ in ("nummod", "quantmod") for c in _counted(patient).subtree)
    return perfect and span or _passive(verb) and year and counted  # "more than 600 people were abducted in
    # the state last year": a year's toll, no one happening


def _ongoing(verb: Token) -> bool:
    """Whether a verb is told in the present progressive: "is also battling militants in its north", "separatists
    are fighting for a state of their own" (a state of affairs, not "were fighting", nor "has been fighting the
    army since April", which dates a war)."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBG" and any(c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in auxes) and not any(
        c.lemma_ == "have" for c in auxes)


def _record(verb: Token) -> bool:
    """Whether a perfect act counts many over the years or months up to now: "has expelled more than 450
    opponents since 2018", "at least 11 journalists have been expelled since 2020" (not "has detained 40
    people since Monday")."""
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        return False
    since = [p for v in (verb, *_conjuncts(verb)) for c in v.children if c.dep_ == "prep" and c.lower_ == "since"
             for p in c.children
             if p.dep_ == "pobj" and (re.fullmatch(r"(?:19|20)\d\d", p.text) or p.lower_ in MONTH_NAMES)]
    if any(c.dep_ == "advmod" and c.lower_ in ("repeatedly", "long") for c in verb.children):
        return True  # "has repeatedly clashed with the central government", "has long battled insurgents"
    if any(p.lower_ in ("years", "decade", "decades") or re.fullmatch(r"(?:19|20)\d\d", p.text) and c.lower_ == "since"
           for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"):
        return True  # "has battled insurgencies for more than a decade", "has seized tankers in recent years", "has
        # fought the government since 2018": what has gone on for years, no one happening
    patient = _object(verb)
    return bool(since) and patient is not None and any(
        c.dep_ in ("nummod", "quantmod") or c.like_num or c.lower_ in VAGUE for c in (patient, *_counted(
            patient).subtree))  # "hundreds of its members held since 2020"


def _agentless(verb: Token) -> bool:
    """A passive verb that names no doer: "40 people have been detained" still says what was done to whom."""
    return verb.pos_ == "VERB" and verb.tag_ == "VBN" and _passive(verb) \
        and not any(c.dep_ == "agent" for c in verb.children) and verb.dep_ not in ("xcomp", "advcl")


#: Words that stand for people already told of: "most were released", "12 of those held".
SOME = {"most", "many", "some", "those", "all", "several", "others", "both"}


def _undergone_by_people(verb: Token, entities: Entities) -> bool:
    """Whether a passive verb's subject is people nobody names: "a third driver, who had been abducted",
    "two former federation presidents were indicted"."""
    patient = _object(verb)
    return patient is not None and patient.dep_ != "dobj" and (
        _is_person(patient, entities) or _counted(patient).lemma_.lower() in PEOPLE_NOUNS | GROUP_NOUNS | SOME)


def _passive(verb: Token) -> bool:
    """Whether a verb is passive, by its own auxiliary or that of the passive it is coordinated with: "were
    detained and accused of spying", "was arrested and charged"."""
    return any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "conj" and verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" for c in verb.head.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _candidacy(verb: Token, sent: Span, entities: Entities, published) -> Event | None:
    """"X faces Y in the run-off": two people contesting an election the sentence names."""
    if _phrasal(verb) not in CONTEST and verb.lemma_.lower() not in CONTEST:
        return None
    elections = [t for t in sent if (found := noun_trigger(t)) and _code(found[0], "NOUN", False) == ELECTION]
    election = next((t for t in elections if t in verb.subtree), elections[0] if elections else None)  # "took the
    # lead in the first round and will face Y in a run-off on April 5": the run-off
    if election is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and entities.type_of(entities.of(c)) == PERSON),
                   None)
    if subject is None and verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        subject = _subject(verb)  # "X took the lead in the first round and will face Y in a run-off"
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is None or entities.type_of(entities.of(subject)) != PERSON:
        return None
    event = _event(verb.doc[verb.i:verb.i + 1], verb, CANDIDACY, sent, entities, published, subject,
                   obj if entities.type_of(entities.of(obj)) == PERSON else None, False)
    when, dated = _when(election, sent, published)  # a candidacy is as of the election it is in
    return replace(event, when=when) if dated else event


#: Verbs that link a feeling to whoever has it: "was deeply concerned", "remains alarmed".
LINKING_VERBS = {"be", "remain", "feel", "become", "grow"}


def _feeling(adjective: Token, sent: Span, entities: Entities, published) -> Event | None:
    """A feeling voiced about what happened: "the bloc said it was deeply concerned" (the adjective names
    the act, its holder is the doer)."""
    code = _code(adjective.lower_, "ADJ", False)
    link = adjective.head
    if code is None or adjective.dep_ != "acomp" or link.lemma_.lower() not in LINKING_VERBS:
        return None
    future, negated = _modality(link)
    if future:
        return None  # "would be concerned if": no feeling voiced yet
    return _event(adjective.doc[adjective.i:adjective.i + 1], link, code, sent, entities, published, _subject(link),
                  None, negated)


#: Verbs that say what will not happen, not what someone refuses to do: "would not affect supplies".
NOT_REFUSALS = {"be", "have", "affect", "need", "happen", "get", "know", "expect", "matter", "last", "hesitate",
                "see", "want", "seem", "become", "remain", "say", "comment", "rule", "change", "reach", "cost",
                "exceed", "return", "come", "go", "work", "run", "take", "make"}


def _stated_act(verb: Token) -> bool:
    """Whether a verb is a future act stated as such: "would not accept", "said they would block the road"."""
    return any(c.dep_ == "aux" and c.lower_ in WILL for c in verb.children) and not _passive(verb) and (
        verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS)


def _refusal(verb: Token, entities: Entities) -> bool:
    """Whether a negated future act is a refusal its doer states: "said Norland would not accept more
    migrants", "his client would not give up his seat" (not "the closure would not affect supplies")."""
    return _stated_act(verb) and any(c.dep_ == "neg" for c in verb.children) and (
        _verb_lemma(verb) not in NOT_REFUSALS or _phrasal(verb) != _verb_lemma(verb)) and entities.type_of(
        entities.of(_actor(_subject(verb), entities))) in (PERSON, ORGANIZATION, COUNTRY)


def _ultimatum(verb: Token, entities: Entities) -> bool:
    """Whether a future act its doers state hangs on what others do: "said the group would advance on the
    city if the attacks did not stop", "said it would push for sanctions unless X halted" (not "the plant would
    close if prices fell", "we will be facing a famine if", nor "would serve until a successor is named": a time;
    a warning that it would is told by the warning, "would join the strike unless" by the strike)."""
    if not (_stated_act(verb) and verb.head.lemma_.lower() not in PROMISE_VERBS and not any(
            c.dep_ == "neg" or c.dep_ == "dobj" and noun_trigger(c) for c in verb.children) and (
            _verb_lemma(verb) not in EXPERIENCER_VERBS) and any(c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) for c in verb.children)):
        return False  # (the doer, dearer to find, only for a stated act on a condition)
    doer = _actor(_subject(verb), entities)
    return doer is not None and (entities.type_of(entities.of(doer)) in (PERSON, ORGANIZATION, COUNTRY, GROUP) or
                                 _counted(doer).lemma_.lower() in GROUP_NOUNS)


#: Spans of time one side gives another to act by.
DEADLINES = {"hour", "day", "week", "month", "deadline"}


def _deadline_given(verb: Token) -> bool:
    """Whether a verb gives someone a time to act or else bear what follows "or": "gave the council 30 days to
    free the prisoners or face sanctions", "had given the miners 48 hours to return or lose their jobs" (an
    ultimatum; not "was given a week to leave": an expulsion, told by its own verb)."""
    return verb.lemma_.lower() == "give" and not _passive(verb) and any(
        c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in DEADLINES for c in verb.children) and any(
        _infinitive(c) and any(o.dep_ == "cc" and o.lower_ == "or" for o in c.subtree) for c in verb.children)


def _on_condition(verb: Token) -> bool:
    """Whether an act is refused until something is done: "would not attend unless", "until it receives"."""
    return any(c.dep_ == "prep" and c.lower_ in ("until", "unless") or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("until", "unless") for m in c.children) for c in verb.children)


#: Where the sick or injured are examined: a check-up, no inquiry.
CLINICS = {"hospital", "clinic", "infirmary"}
#: Where people arrive: a crowd gathered there waits for them.
ARRIVAL_POINTS = {"border", "frontier", "crossing", "checkpoint", "airport", "port", "harbour", "harbor", "station",
                  "terminal", "quay", "pier"}


def _at_a_point_of_arrival(verb: Token) -> bool:
    """Whether people gathered at a border, port or airport: "families gathered at the border", "gathered at the port
    of Sa Ky to wait for news" (not "gathered outside parliament")."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and p.lemma_.lower() in ARRIVAL_POINTS
               for c in verb.children for p in c.children if p.dep_ == "pobj")


def _can_act(token: Token | None, entities: Entities) -> bool:
    """Whether a subject can do violence: an entity or a group of people, not "floods" (nor "Landslides" the
    model takes for a name as it opens a sentence)."""
    return token is not None and (entities.of(token) is not None or token.lemma_.lower() in GROUP_NOUNS) and not (
        {token.lemma_.lower(), token.lower_.removesuffix("s")} & FORCES)


def _trip(verb: Token) -> bool:
    """Whether a verb is a trip to come, whose meeting or talks are the visit itself: "is due to travel to Lisbon
    next week for talks", "will travel to Astana to meet the president"."""
    return verb.lemma_.lower() == "travel" and bool(_modality(verb)[0])


#: Verbs that let others act: what they let be done is not done yet.
PERMITTING = {"allow", "permit", "enable", "authorize", "authorise", "empower", "let"}


def _visit_made(trip: Token, entities: Entities) -> bool:
    """Whether a trip is a named person's visit made to a named place: "the minister, who flew to Kesto on
    Thursday, said" (a trip "to meet X" or "for talks" is told by the meeting; "before flying to Orsk" is
    planned)."""
    traveller = trip.head if trip.dep_ == "relcl" else _subject(trip)
    return trip.tag_ != "VBG" and not any(c.dep_ in ("advcl", "xcomp") or c.dep_ == "prep" and c.lower_ == "for"
                                          for c in trip.children) and entities.type_of(entities.of(
        _pobj(trip, "to"))) in (CITY, COUNTRY, PLACE) and entities.type_of(entities.of(traveller)) == PERSON


def _permitted(verb: Token) -> bool:
    """Whether a verb is what someone is let do: "the law allows security forces to impose curfews", "until
    France allowed its officers to intercept boats" (a permission, no act done)."""
    while verb.dep_ == "conj" and verb.tag_ == "VB":
        verb = verb.head  # "to impose curfews and to search homes"
    return verb.dep_ in ("xcomp", "ccomp") and verb.tag_ == "VB" and verb.head.lemma_.lower() in PERMITTING


def _purpose(verb: Token) -> bool:
    """Whether a verb is the purpose of a sending: "sent a team to distribute food", "deployed troops to
    restore order" (the sending is the act), or of a panel set up: "set up a committee to investigate"; or the
    protest or demand a summons or a march is for: "summoned the ambassador to protest against the decision",
    "marched to parliament to demand their pay" (one act)."""
    while verb.dep_ == "conj" and verb.tag_ == "VB":
        verb = verb.head  # "to register the returnees and distribute food"
    if verb.dep_ in ("xcomp", "ccomp") and verb.tag_ == "VB" and verb.head.lemma_.lower() == "help":
        verb = verb.head  # "sent divers to help search for the missing"
        if verb.dep_ == "advcl" and verb.head.lemma_.lower() in PROMISE_VERBS:
            return True  # "offered to send boats and divers to help search": what the offer is for
    if not (verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return False
    if verb.lemma_.lower() in ("meet", "discuss") and _trip(verb.head):
        return True  # "is due to travel to Lisbon to meet bankers": the visit planned is the one act
    if verb.dep_ == "advcl" and any(c.dep_ == "dobj" and c.lemma_.lower() in PANELS for c in verb.head.children):
        return True  # "set up a panel to investigate the collapse": what the panel is for, its setting up the act
    if verb.lemma_.lower() in ("protest", "demand"):  # (but a strike and its demand are two acts)
        return (code := _code(_verb_lemma(verb.head), "VERB", False) or "")[:2] in ("11", "14") and code[:3] != "143"
    return _verb_lemma(verb.head) in SENDING


def _flown_in(verb: Token) -> Token | None:
    """What is flown in, which the parser takes for the object of "in": "flew in tents and food" (not "flew in a
    helicopter to the town", whose "in" does not follow the verb)."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else verb
    return _pobj(verb, "in") if _verb_lemma(verb) in ("fly", "airlift") and after.lower_ == "in" else None


def _refused(code: str | None, verb: Token, negated: bool) -> str | None:
    """What a negated promise of cooperation is: a refusal, "would not endorse the declaration", "will not withdraw
    the bill" (120), or a conditional threat, "would not end the strike unless the company withdrew the cut" (139)."""
    if code and code[:2] in COOPERATION_ROOTS and negated and not _passive(verb) and any(
            c.dep_ == "aux" and c.lower_ in WILL for c in verb.children):
        return "139" if _on_condition(verb) else "120"
    return None


def _offered_to_host(verb: Token) -> Token | None:
    """The infinitive of hosting or brokering others' talks a verb offers, an offer to mediate (039): "offered to host
    talks between the two rivals", "offered to broker a deal"."""
    if _verb_lemma(verb) != "offer":
        return None
    return next((c for c in verb.children if _infinitive(c) and c.lemma_.lower() in HOSTING), None)


#: Words of a change in an amount, the object of agreeing to one: "agreed to a 30% increase".
CHANGES = {"increase", "rise", "raise", "cut", "reduction", "hike"}


def _conceded(agree: Token) -> bool:
    """Whether agreeing, told as what ended a dispute, meets a demand on pay, prices or taxes: "the strike ended
    when the cabinet agreed to a 30% increase", "after the ministry agreed to cut fuel prices" (not "agreed to
    cut tariffs" in a deal between states, told as a main clause)."""
    if agree.dep_ not in ("advcl", "relcl") or not any(
            m.dep_ in ("mark", "advmod") and m.lower_ in ("after", "when", "before", "until") for m in agree.children):
        return False
    to = _pobj(agree, "to")
    return to is not None and to.lemma_.lower() in CHANGES or any(
        _infinitive(c) and _phrasal(c) in ADJUSTING and (kept := _object(c)) is not None and _one_of(
            _counted(kept), POLICY_AMOUNTS) for c in agree.children)


def _deal_term(verb: Token) -> bool:
    """Whether a verb is what one side will do under a deal told before: "Under the deal, Kesto will build a plant
    and train technicians" (not what the act is for, "to help farmers grow maize", nor a verb that only starts the
    act its complement tells, "will start supplying power")."""
    clause = verb
    while clause.dep_ == "conj" and clause.tag_ == "VB" and not any(c.dep_ == "aux" for c in clause.children):
        clause = clause.head  # "will widen the tax and phase out exemptions": the will of the first verb
    return any(c.dep_ == "aux" and c.lower_ in WILL for c in clause.children) and not any(
        c.dep_ == "xcomp" for c in verb.children) and _a_term_of_the_deal(verb)


def _verb_event(verb: Token, sent, entities, published, used) -> Event | None:
    lemma = _phrasal(verb)
    if _asked_for(verb, entities):
        return None  # "urged Pakistan to suspend deportations": asked for, not done
    if _purpose(verb) or _thanked_for(verb) or _permitted(verb):
        return None  # "sent a team to distribute food": what the sending is for, not done yet; "praised the
        # government for negotiating": the praise is the act told
    if lemma in COMMANDING and any(c.dep_ == "xcomp" and _commanded(c, entities) for c in verb.children):
        return None  # "ordered the army to withdraw": the withdrawal is the event
    if lemma in ("ask", "ask for") and not (_appeals(verb) or _planned_ask(verb)):
        return None  # "when asked about", "asked not to be named", "asked him what": no appeal made
    if _killed_in(verb) is not None:
        return None  # "12 guards were killed in an ambush": the ambush tells what happened
    if lemma == "vote out" and not _is_person(_object(verb), entities):
        return None  # "voters voted out the ruling party": an election lost (but "councillors voted out the mayor")
    if lemma == "question" and not _questions_people(verb, entities):
        return None  # "questioned Chilean claims", "questioned whether": doubted, no one interrogated
    if lemma == "warn" and not (_threatens(verb) or _penalty_warned(verb, entities)):
        return None  # "warned that supplies could run out", "warned of risks": a prediction, no threat
    if lemma == "meet" and verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl") and not any(
            c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return None  # "leaders of the bloc, meeting in the capital, said": where they sat, no meeting with anyone
    if verb.tag_ in ("VBZ", "VBP") and verb.lower_ in getInflection(lemma.split()[0], verb.tag_) and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children) and \
            not entities.quoted_at(verb.idx) and lemma not in SPEECH_VERBS and lemma != "deny" and \
            (own := _code(lemma, "VERB", False) or "0")[:1].isdigit() and (
                verb.dep_ in ("ROOT", "conj", "relcl") and own[:2] not in ("10", "11", "12") or lemma in STANCES):
        return None  # "Chad hosts 1.3 million refugees", "the two countries dispute the border": what holds, no
        # act (but "prosecutors allege", "fishermen blame foreign fleets", "he denies": said now; "she succeeds X")
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in verb.children):
        return None  # "the tribunal usually rules within three months": what is done as a rule, no act
    if any(c.dep_ == "aux" and c.lower_ in ("can", "ca") for c in verb.children) or _only_possible(verb) and not (
            verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ("warn", "threaten")):
        return None  # "cholera can kill within hours", "the risk that he could flee", "was to send engineers": what
        # can happen or was once to, not what happened (but "warned that it could impose sanctions" threatens)
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return None  # "if elected": a condition, not an act
    if _hypothetical(verb):
        return None  # "if convicted, she would be banned from politics": what a condition would bring
    if _forecast(verb) and (_code(lemma, "VERB", False) or "")[:2] not in ("03", "04"):
        return None  # "the board is expected to consider it in December": a schedule nobody promised (but "is
        # expected to meet IMF officials next week", "to visit China": a meeting planned)
    if any(c.dep_ == "advmod" and c.lower_ == "ever" for c in verb.children):
        return None  # "the biggest deal our nations have ever signed": a comparison, not an act
    accused = verb
    while (accused.dep_ == "xcomp" or accused.dep_ in ("advcl", "conj") and accused.tag_ == "VBG" and (
            lemma in TOLLS)) and accused.head.pos_ == "VERB":
        accused = accused.head  # "accused him of planning to storm the palace": the storming too; "accused them of
        # ordering police to fire, killing 12": the deaths too
    if accused.dep_ == "pcomp" and accused.head.head.lemma_.lower() in ACCUSING_VERBS or (
            accused is not verb and accused.lemma_.lower() in ACCUSING_VERBS):
        return None  # "accused them of supporting repression": what they are accused of, not a fact
    if _denied(verb):
        return None  # "denied that any civilians had been killed": the denial is the event
    if lemma == "deny" and _passive(verb) and any(c.dep_ == "dobj" for c in verb.children):
        return None  # "had been denied visits": refused something, no denial made
    if lemma in SENTENCING and verb.dep_ in ("advcl", "conj", "relcl") and any(
            a.lemma_.lower() == "convict" for a in verb.ancestors):
        return None  # "convicted him, sentencing him to 14 years and ordering him to repay": one verdict
    if lemma == "charge" and verb.dep_ == "conj" and _verb_lemma(verb.head) in ("arrest", "detain") and not (
            any(_modality(verb)) or _passive(verb)):
        return None  # "arrested the mayor and charged him with taking bribes": the charge is part of the arrest (but
        # "was arrested last Thursday and charged on Saturday" tells two steps)
    if lemma in ("vote", "agree", "decide") and any(
            c.dep_ == "xcomp" and ((_phrasal(c), "VERB") in triggers() and not _promised_by_its_head(c) or _removal(
                c)) for c in verb.children):
        return None  # "voted to remove the president": the removal is the event
    future, negated = _modality(verb)
    if _removal(verb) and not future:  # "will be removed from office if ...": not decided yet
        return _event(verb.doc[verb.i:verb.i + 1], verb, "Impeachment", sent, entities, published, _subject(verb),
                      next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None), negated)
    if _refused_act(verb):
        return None  # "ruled out raising the tax", "refused to sign the bill or return it": refused, not done
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ATTEMPT_VERBS and not (
            _code(lemma, "VERB", False) or "0")[:1].isdigit():
        return None  # "families attempting to cross": an attempt is no crossing
    if _threatened_cooperation(verb) or _infinitive(verb) and _deadline_given(verb.head):
        return None  # "threatened to withdraw the party's ministers", "gave them a week to free the hostages or ...":
        # the threat is the event
    if (host := _offered_to_host(verb)) is not None:
        used.update(t.i for t in host.subtree)  # (not the talks themselves, which are only offered)
        return _event(verb.doc[verb.i:verb.i + 1], verb, "039", sent, entities, published, _subject(verb), None,
                      negated)
    if lemma in PROMISE_VERBS and any(_infinitive(c) and (_object_code(_phrasal(c), _object(c)) or (
            not _promised_by_its_head(c) and _code(_phrasal(c), "VERB", True)) or lemma in ("vow", "threaten") and (
            _supported_code(c)) or "")[:1].isdigit() and not _threatened_cooperation(c)
            for c in verb.children):
        return None  # "pledged to detain": the promised act is the event (but "promised to name a cabinet" is
        # a promise: what posts and votes are promised is no appointment nor election yet)
    if lemma in ("discuss", "supply") and (lemma == "discuss" and _infinitive(verb) and (
            (_code(_verb_lemma(verb.head), "VERB", False) or "")[:2] in ("03", "04") or _verb_lemma(verb.head)
            in TRAVEL_VERBS) or lemma == "supply" and (
            verb.tag_ == "VBZ" and not any(c.dep_ == "aux" for c in verb.children))):
        return None  # "will meet next week to discuss the appeal": the meeting is the event; "the plant supplies
        # electricity": what it does, no act
    declined = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in NO_COMMENT), None) \
        if lemma in ("decline", "refuse") else None
    if declined is not None or negated and lemma in NO_COMMENT:  # "declined to comment", "did not say when"
        used.update(c.i for c in (verb, declined) if c is not None)
        if declined is None and _silent(verb, lemma, future):
            return None  # "has not commented on the agreement", "had not replied to a request for comment":
            # silence, no refusal made
        return _event(verb.doc[verb.i:verb.i + 1], verb, "011", sent, entities, published, _subject(verb), None,
                      False)
    obj = _object(verb) or _flown_in(verb)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.doc[verb.left_edge.i - 1].text == ",":
        obj = verb.head  # "the motion, tabled by the opposition, ...": a participle set off by commas tells what was
        # done to its noun (but "a bill approved by the Senate" only says which bill)
    if lemma in ("back", "support", "endorse") and (verb.dep_ in ("acl", "amod") or any(
            c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children) or obj is not None and (
            obj.lemma_.lower() in MOTIONS or obj.lemma_.lower() in REMOVALS)):
        return None  # "senators backed the removal": a vote, told by its outcome; "a candidate (who is) backed
        # by X": who he is, no act
    if lemma == "release" and _object_noun_lemma(verb, obj) in DOCUMENTS:
        return None  # "released a report": a publication, not someone set free
    if lemma == "admit" and obj is not None and (entities.type_of(entities.of(obj)) in (PERSON, GROUP) or _counted(
            obj).lemma_.lower() in PEOPLE_NOUNS | GROUP_NOUNS):
        return None  # "85 students had been admitted to the programme", "was admitted to hospital": let in, no
        # admission made
    if (called := _characterized(verb)) is not None and _characterizes(verb) and _restates_a_denial(verb) and not (
            called.lower_ in ("them", "him", "her") or entities.type_of(entities.of(called)) in (PERSON, GROUP)):
        return None  # "denied the charges, calling the case 'a vendetta'": the denial is the one act (but "rejected
        # calls to free the men, calling them criminals" accuses them)
    if lemma == "blame" and _a_mere_thing(_pobj(verb, "on")):
        return None  # "blamed the delays on a shortage of parts", "the drought has been blamed on the weather": a
        # cause named, no one accused (but "blamed the attack on the rebels")
    if _characterizes(verb) and _restates_a_welcome(verb):
        return None  # "the deal was welcomed by the bloc, which called it a vital step": the welcome is the one act
    if (called := _characterized(verb)) is not None and _characterizes(verb):  # "called the strike 'a massacre'":
        used.add(called.i)  # a denunciation; "called Chile 'a trusted partner'": praise
        return _event(verb.doc[verb.i:verb.i + 1], verb, code_for("051" if _praised(verb) else "111", future), sent,
                      entities, published, _subject(verb), called, negated)
    if obj is None and lemma in ("reject", "dismiss", "refute") and verb.dep_ in ("relcl", "acl", "ccomp") and (
            verb.head.lemma_.lower() in ALLEGATIONS):
        obj = verb.head  # "a charge the mission rejected", "charges that X rejected as false": the charge is rejected
    if obj is not None and obj.lemma_.lower() in MEASURES | PORTIONS:  # "held three rounds of talks": the talks;
        obj = _pobj(obj, "of") or obj  # "lifted some of the sanctions": the sanctions
    if lemma in SUPPORT_VERBS and obj is not None and _subject_code(lemma, verb, entities) != "CourtRuling" and (
            found := _object_noun(obj) or noun_trigger(obj) or _noun_head_trigger(obj)):  # the longest first
        key, span = found
        negated = negated or _none_of(span.root)  # "made no arrests"
        code = None if key in BURNING or _a_tax(key, span.root) or (_code(key, "NOUN", False) == DEAL_CODE and (
            key not in DEAL_ACTS and lemma not in MAKING_DEALS)) else _code(key, "NOUN", future)  # "starting a fire",
        # "brought the blaze under control": the fire is told by what it did, not by who started or fought it;
        # "extended a transit agreement", "approved the deal": a deal made before
        if code and code[:3] == "150" and _with_partners(span.root):
            code = code_for("062", future)  # "held exercises with Australian forces": military cooperation
        if code and lemma in UNDOING and (done := _code(key, "NOUN", False)) and (eased := _most_specific(EASED, done)):
            code = code_for(eased, future)  # "lifted the curfew", "ended the state of emergency", "eased
            # sanctions on X", "called off the strike": the measure or the dissent eased, not imposed
        if code and _ties_cut(span.root):
            code = code_for("160", future)
        if code and code[:3] == "172" and _on_trade(span.root):
            code = code_for("163", future)  # "imposed restrictions on Lithuanian imports", "an export ban": trade
            # embargoed, not people restricted
        if code and lemma in ("sign", "broker"):
            code = _code(lemma, "VERB", future)  # "signed a ceasefire": the signing of an agreement; "brokered
            # a deal between them": a mediation
        if code and code[:2] == "14" and lemma in ("lodge", "file", "register", "submit"):
            code = "114"  # "lodged the strongest possible protest with X": a formal complaint, no demonstration
        if code and key == "appeal" and lemma in ("file", "lodge", "submit"):
            code = code_for("115", future)  # "would file an appeal with the Supreme Court": a case taken higher
        if code in UNDONE_IF_AHEAD and future:
            code = None  # "could impose fines": no ruling yet
        if code and code[:2] == "14" and _organised_again(span.root, entities):
            code = None  # "the union, which organised the march": the march told before
        if code and code[:2] == "14" and not future and _set_for_later(verb, span, published):
            code = code_for(code, True)  # "called a general strike for next Monday": dissent threatened
        if code and code[:2] == "04" and lemma == "lose":
            code = None  # "lost contact with the vessel": no one was met
        if code and lemma == "fire" and any(c.lower_ == "test" for c in verb.children):
            code = code_for("150", future)  # "test-fired a missile": a show of force, no strike
        if (refused := _refused(code, verb, negated)) is not None:
            code, negated = refused, False  # "would not end the strike": refused
        if code:
            used.update(t.i for t in span)
            against = next((c for c in span[-1].children if c.dep_ == "prep" and c.lower_ in ("against", "on")),
                           None)
            target = next((c for c in against.children if c.dep_ == "pobj"), None) if against else None
            if target is None and code[:2] == "04":
                target = _pobj(span[-1], "with") or _pobj(verb, "with")  # "held talks with the rebels": them
            doer = None if code in STANDALONE else _subject(verb)  # "X won the election", "Chile held elections":
            # an election is held by no one, as its noun alone says
            if code == "Impeachment" and entities.type_of(entities.of(_subject(verb))) == ORGANIZATION:
                doer, target = _subject(verb), target or _pobj(span[-1], "of")  # "Congress approved the impeachment
                # of X": the chamber impeaches X
            event = _event(span, verb, code, sent, entities, published, doer, target, negated)
            return replace(event, mentions=(Mention(verb.idx, verb.idx + len(verb), verb.text),))
    if (succession := _succession(verb, entities, sent, published, negated)) is not None:
        return succession
    by_subject = _subject_code(lemma, verb, entities)
    special = _leaving(lemma, verb, obj, entities) or (by_subject if by_subject == "CourtRuling" else None) or (
        _object_code(lemma, _thing_given(verb, obj))) or by_subject or (  # "the court rejected a further claim": a
        # ruling, no denial
        "115" if _legal_appeal(verb, bare=not entities.quoted_at(verb.idx)) or _court_petitioned(verb) else None) or (
        _called_for(lemma, verb)) or (
        "172" if _orders_to_act(verb, entities) else None) or (
        "0871" if lemma == "agree" and (_pobj(verb, "to") or verb).lemma_.lower() in TRUCES else None)  # "agreed to
    # the ceasefire"
    if special == "0832" and lemma in ("pass", "approve", "adopt") and not _chamber(verb, entities):
        return None  # "senators approved a mining bill": members vote, only a chamber passes a bill
    if special == "181" and entities.type_of(entities.of(_subject(verb))) == COUNTRY:
        special = "1711" if obj.lemma_.lower() in VESSELS else "173"  # "the navy seized two trawlers": a state
        # confiscates ships and arrests people; pirates abduct them
    elif special == "181" and obj.lemma_.lower() in VESSELS and entities.type_of(entities.of(
            _subject(verb))) == ORGANIZATION:
        special = "1711"  # "the Revolutionary Guard seized a container ship", "the coast guard seized a trawler": a
        # named force confiscates it, as a state does
    if special and special != "0871" and (lemma in PROMISE_VERBS or special[:2] == "07" and lemma in (
            "announce", "commit")):  # (a ceasefire agreed is made: no promise)
        future = True  # "pledged $1.2 million in aid", "announced 2 million dollars": aid promised
    code = code_for(special, future) if special else _code(lemma, "VERB", future)
    if code and not special and _promised_by_its_head(verb):
        code = None  # "offered to send boats": the offer is the promise
    code = _deal_agreed(verb) or code  # "agreed a $3 billion bailout with the IMF": an agreement made
    if code and lemma == "welcome" and _welcomes_a_visitor(verb, obj, entities):
        code = code_for("043", future)  # "was welcomed at the airport by the president": a visitor received
    if code and not special and lemma in ("dismiss", "sack") and _removes_a_holder(verb, obj, entities):
        code = code_for("0831", future)  # "dismissed Tavik hours after the arrest", "dismissed his entire cabinet"
    if code == "CourtRuling" and lemma == "sentence" and not _conviction_told(verb.doc):
        code = "116"  # "a court sentenced the former governor to 12 years" where no conviction is told: the
        # sentence tells the conviction (told apart, "was convicted ... and sentenced", the penalty is a ruling)
    if code and lemma in ("ask", "ask for") and (asked := _asked_for_what(verb)) is not None:
        code = code_for(asked, future)  # "asked Ostra for information on the incident", "asked for consular access"
    if lemma in ("agree", "agree to") and not future and _conceded(verb):
        code = "0832"  # "the walkout ended once the cabinet agreed to raise pay by 25%": a demand met
    if lemma == "ask" and _planned_ask(verb):
        if entities.type_of(entities.of(_subject(verb))) == COUNTRY:
            return None  # "said Norland would ask the court to annul the vote": a state's step to come
        code = "130"  # "his lawyers would ask the court to annul the vote", "she would ask the appeals court to
        # quash the indictment": a party's demand planned, no appeal made
    if code is None and lemma == "travel" and future and not negated and entities.type_of(
            entities.of(_pobj(verb, "to"))) in (CITY, COUNTRY):
        code = "036"  # "the minister will travel to Lisbon next week", "is due to travel to Mumbai": a visit planned
    if code is None and lemma == "attend" and verb.tag_ == "VBD" and not future and not negated and (
            subject := _subject(verb)) is not None and subject.lemma_.lower() in ("leader", "head"):
        code = "042"  # "the leaders of Malawi and Namibia attended": each state's visit to the host
    if code is None and lemma in ("fly", "travel") and not future and not negated and _visit_made(verb, entities):
        code = "042"  # "the minister, who flew to Kesto on Thursday, said"
    if code is None and lemma in TRADING and any(c.dep_ == "aux" and c.lower_ in WILL for c in verb.children):
        code = "0311"  # "under the deal, Norland will sell up to 1,000 megawatts to X": trade promised (but "families
        # sold their houses", "traders sell goods at the market" are no acts between parties)
    if code is None and not negated and _deal_term(verb):
        code = "0311"  # "Under the agreement, Kesto will build a plant and train 150 technicians": what one side
        # undertakes in a deal
    kept = obj or _pobj(verb, "by")  # "would abide by the ruling"
    if code is None and kept is not None and any(c.dep_ == "aux" and c.lower_ in WILL for c in verb.children) and (
            lemma in ADJUSTING and _one_of(_counted(kept), POLICY_AMOUNTS) or lemma in COMPLYING and (
            kept.lemma_.lower() in DEALS | TRUCES | RULINGS)):
        code = "0342" if lemma in ADJUSTING else "030"  # "said the government would cut export taxes", "said his men
        # would respect the ceasefire": a policy change or compliance promised (a promise "to cut" is told by its verb)
    if kept is not None and lemma in LIFTING and _one_of(_counted(kept), CHARGES) and any(
            c.dep_ == "aux" and c.lower_ in WILL for c in verb.children):
        code = "0342"  # "would suspend import duty on maize until the end of the year": a burden eased, promised (no
        # sanction threatened)
    if lemma == "explode" and _bombing(sent):
        if (bomb := _subject(verb)) is not None and bomb.i in used:
            return None  # "a car bomb exploded": the bomb tells the bombing
        code = code_for("183", future)  # "the device exploded in the market"
    if (refused := _refused(code, verb, negated)) is not None:
        code, negated = refused, False
    elif code is None and negated and _refusal(verb, entities):
        code, negated = ("139" if _on_condition(verb) else "120"), False  # "said Norland would not accept more
        # migrants", "would not give up his seat": refused; "would not attend unless": a conditional threat
    elif code is None and (_ultimatum(verb, entities) or _deadline_given(verb)):
        code = "139"  # "said the group would advance on the city if the attacks did not stop", "gave them 30 days
        # to free the prisoners or face sanctions": a conditional threat
    if code == "Migration" and verb.tag_ == "VBG" and lemma in ("flee", "leave", "escape"):
        return None  # "crossed into Chad, fleeing attacks", "refugees fleeing the offensive", "are fleeing": why
        # they moved, or who they are, no flight told
    if code == ELECTION and (verb.dep_ == "amod" or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in (
            "register", "eligible", "entitle", "allow")):
        return None  # "no elected president", "7.9 million were registered to vote": who they are, no vote told
    if code == "BorderCrossing" and not _crosses_border(verb, entities):
        return None  # "police entered the halls", "crossed the street": no frontier crossed
    if code is None or code in UNDONE_IF_AHEAD and future or code == "Disaster" and _erupting_event(verb):
        return None  # "the court is expected to rule": no ruling yet; "imports will flood the market": no flood
    if not code[:1].isdigit() and _infinitive(verb) and verb.head.lemma_.lower() in PROMISE_VERBS and (
            _code(verb.head.lemma_.lower(), "VERB", False) or "")[:2] in ("03", "13"):
        return None  # "promised to name a cabinet": the promise is the event
    passive = verb.tag_ == "VBN" and (_passive(verb) or verb.dep_ in ("acl", "amod")
                                      and not any(c.dep_ == "nsubj" for c in verb.children)
                                      and not _headless_predicate(verb))  # a misparsed "X conceded defeat" (an
    # adjective before "defeat", with its own subject), or the one verb of a sentence parsed as a name, is active
    if passive:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None) or _hung_agent(verb, entities)
        source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" else verb  # "said they were held
        teller = clause.head.lemma_.lower()  # and would be charged"
        if source is None and clause.dep_ == "ccomp" and (
                teller in DECIDING_VERBS or teller in ("say", "tell") and (code[:2] == "13" or code[:3] == "035")) \
                and future and not entities.quoted_at(verb.idx):
            source = _subject(clause.head)  # "confirmed that troops would be deployed": by whoever confirmed; "said
            # those detained would be charged", "told reporters they would be charged": a threat by whoever said
            # it; "said the students would be released": a promise of a release
        if source is None and code.startswith("173"):
            source = _security_speaker(sent, entities)  # "43 people were arrested, police said": by the police
        if source is None and code in ("116", "CourtRuling") and verb.dep_ not in ("acl", "amod", "relcl"):
            source = _court_before(verb, entities)  # "the X Court jailed A ... B was acquitted": by the court
        target = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if target is None and verb.dep_ == "conj":  # "resigned and was replaced by X": the one who resigned; "were
            target = (_subject(verb.head) if any(c.dep_ == "auxpass" for c in verb.children) else None) or next(
                (c for c in verb.head.children if c.dep_ == "nsubjpass"), None)  # detained and accused": the detained
        if verb.dep_ in ("acl", "amod"):
            target = verb.head
        if code == "Succession" and (source is None or lemma.startswith("swear")):
            source, target = target, None  # "X was sworn in": X takes office (also "sworn in by the president",
            # who only administers the oath)
    else:
        source, target = _subject(verb), obj
        if code == "Succession" and lemma == "swear in" and (obj is not None or _pobj(verb, "in") is not None):
            code, target = "Appointment", obj or _pobj(verb, "in")  # "the president swore in the new cabinet": who
            # swears others in installs them
        if code[:2] in ("11", "12") and obj is not None and obj.pos_ == "NOUN" and entities.of(obj) is None and (
                owner := next((c for c in obj.children if c.dep_ == "poss" and entities.of(c)), None)) is not None:
            target = owner  # "voted to override President X's veto", "criticised Y's remarks": theirs
        if code == "Migration" and verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in CAUSING and (
                obj is None or entities.type_of(entities.of(obj)) in (CITY, PLACE, COUNTRY)):
            source, target = _causer(verb.head, entities), source  # "forced thousands of residents to flee": the
            # residents are driven out, by whoever forced them
    if code == "Succession" and entities.of(target) is None:  # "took over from X"
        target = _pobj(verb, "from")
    if special in ("194", "195") and source is not None and entities.of(source) is None:
        source = next((c for c in source.children if c.dep_ in ("amod", "compound", "poss") and entities.of(c)),
                      source)  # "Ukrainian drones also hit the plant", "army drones struck": the state's weapons
    if special and special.startswith("07"):
        target = _recipient(verb)
    elif special in ("153", "154", "042"):
        target = None  # the troops or diplomats are what is sent, not whom it is aimed at
    elif special == "161":  # "its ambassador to Russia", "the British ambassador": the other state
        target = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
                       for p in c.children if p.dep_ == "pobj"), None) or next(
            (c for c in obj.children if c.dep_ in ("amod", "compound") and entities.of(c)), None)
    if lemma == "explode":
        source = None  # "a bomb exploded": what exploded is no doer
    elif code[:2] in VIOLENT_ROOTS and not passive and not _can_act(source, entities):
        return None
    if code[:2] in VIOLENT_ROOTS and obj is not None and lemma.split()[-1] != obj.lower_ and {obj.lemma_.lower(), *(
            p.lemma_.lower() for c in obj.children if c.lower_ == "of" for p in c.children)} & FOES_NO_ONE:
        return None  # "firefighters battling the flames", "fighting corruption": no one is attacked (but an idiom's
        # own object is no foe: "opened fire")
    if lemma == "examine" and any(c.dep_ == "prep" and c.lower_ in ("at", "in") and p.lemma_.lower() in CLINICS
                                  for c in verb.children for p in c.children if p.dep_ == "pobj"):
        return None  # "was being examined at a military hospital": a medical check, no inquiry
    if code.startswith("14") and lemma == "gather" and _at_a_point_of_arrival(verb):
        return None  # "relatives gathered at the port to wait for news": a crowd waiting for someone, no protest
    if code.startswith("14") and source is not None and source.lemma_.lower() in MILITARY_NOUNS | {"sailor", "airman"}:
        return None  # "2,000 soldiers marched past the palace": a parade, not a protest
    if code == "Disaster":
        source = None  # "the MV Nyerere capsized", "Mount Kelo erupted": what struck is no doer
    if _promised_only(lemma) and obj is not None and obj.lemma_.lower() in DEALS:
        used.update(range(obj.left_edge.i, obj.i + 1))  # "would submit the peace treaty to parliament": the deal
        # is what is promised, no pact intended
    return _event(verb.doc[verb.i:verb.i + 1], verb, code, sent, entities, published, source, target, negated)


#: Who may be the doer of a passive act when the parser hangs "by" on the place before it.
AGENT_NOUNS = AGENTS_OF | POLICE_NOUNS | {"soldier", "troop", "force", "guard", "gunman", "militant", "rebel",
                                          "fighter", "authority", "investigator", "prosecutor", "detective"}


#: Goods and trade that a measure on them makes an embargo: "restrictions on imports", "an export ban".
TRADE = {"import", "export", "trade", "good", "product", "shipment", "commodity"}


def _on_trade(noun: Token) -> bool:
    """Whether a measure's noun names goods or trade as what it bears on: "restrictions on imports"."""
    on = _pobj(noun, "on")
    return any(t.lemma_.lower() in TRADE for t in (
        *noun.children, *((on, *on.children) if on is not None else ())) if t.dep_ in ("compound", "amod", "pobj"))


#: What a party or a state leaves when it cuts its ties: "pulled out of the coalition", "quit the alliance".
#: Nouns of leaving: "its withdrawal from the pact".
WITHDRAWALS = {"withdrawal", "pullout", "pull-out", "exit"}
PARTNERSHIPS = {"coalition", "government", "alliance", "bloc", "pact", "agreement", "treaty", "accord", "deal",
                "partnership", "cabinet", "majority", "federation", "grouping", "arrangement", "convention"}
def _ties_cut(noun: Token) -> bool:
    """Whether a noun of leaving leaves a pact or a coalition: "announced its withdrawal from the defence pact" (ties
    cut, 160, no pull-back of forces)."""
    return noun.lemma_.lower() in WITHDRAWALS and (left := _pobj(noun, "from")) is not None and (
        left.lemma_.lower() in PARTNERSHIPS)


#: Office holders a party calls back from a coalition: "withdrew its six councillors".
MANDATES = {"minister", "councillor", "councilor", "lawmaker", "deputy", "legislator", "mp", "member",
            "representative", "senator"}


def _leaving(lemma: str, verb: Token, obj: Token | None, entities: Entities) -> str | None:
    """A party or a state quitting a coalition, a pact or a government is ties cut (160), not a military
    pull-back (087) nor a resignation: "the Social Democrats pulled out of the coalition", "withdrew its ministers
    from the government" (but "withdrew troops from the border", and the minister who "quit the government"
    resigns; talks walked out of are told by _subject_code)."""
    if lemma not in ("withdraw", "pull out", "pull", "quit", "leave", "exit", "walk out"):
        return None
    if _is_person(_subject(verb), entities):
        return None
    out = next((c for c in verb.children if c.lower_ == "out"), verb)  # "pulled out of", parsed as two prepositions
    left = [t for t in (obj, _pobj(verb, "from"), _pobj(verb, "of"), _pobj(out, "of")) if t is not None]
    if any(t.lemma_.lower() in PARTNERSHIPS for t in left) or obj is not None and _counted(
            obj).lemma_.lower() in MANDATES:
        return "160"
    if left in ([], [obj]) and not any(c.dep_ == "dobj" for c in verb.children) and lemma in (
            "quit", "leave", "exit", "pull out") and entities.type_of(entities.of(_subject(verb))) == ORGANIZATION:
        return "160"  # "the Farmers' Party, its junior partner, quit on Monday": a party leaves the coalition it is in
    return None


def _hung_agent(verb: Token, entities: Entities) -> Token | None:
    """The "by" phrase of a passive verb that the parser hung on the place or time before it: "was detained on
    Tuesday at a base near the town by agents of the security service" (not "a house by the river"); or the
    one a passive verb shares with the passive it is coordinated with: "were detained by police and released
    without charge" (released by the police)."""
    if verb.dep_ == "conj" and verb.head.tag_ == "VBN" and _passive(verb.head) and not any(
            c.dep_ in ("nsubjpass", "nsubj", "auxpass") for c in verb.children):  # not "... and was later released
        return next((c for c in verb.head.children if c.dep_ == "agent"), None)  # on bail": a clause of its own
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "on", "near", "outside")):
        for by in (t for t in prep.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.head.pos_ in (
                "NOUN", "PROPN")):
            pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
            if pobj is not None and (pobj.lemma_.lower() in AGENT_NOUNS or entities.type_of(entities.of(pobj)) in (
                    PERSON, ORGANIZATION, COUNTRY)):
                return by
    return None


#: Words that name the bodies that arrest people.
SECURITY_WORDS = {"police", "command", "gendarmerie", "guard", "guards", "army", "military", "forces", "service"}


def _court_before(verb: Token, entities: Entities) -> Token | None:
    """The court that last ruled in this paragraph or the three before, whose verdict a passive one with no "by"
    tells: "The Varna City Court jailed Piet Smit. His two aides were acquitted" (by the city court; not for those
    the clause only describes: "officials convicted of graft", "a man who was jailed in 2019")."""
    court = next((t for t in reversed(verb.doc[:verb.i]) if t.dep_ == "nsubj" and t.lemma_.lower() in COURT_WORDS
                  and t.head.lemma_.lower() in RULING_VERBS | VERDICT_VERBS), None)
    if court is None or entities.paragraph(court.idx) < max(entities.paragraph(verb.idx) - 3, 0):
        return None
    return _actor(court, entities)


def _security_speaker(sent: Span, entities: Entities) -> Token | None:
    """The named police or security force that reports, in the sentence, the count of the people arrested in an
    operation it does not say who made: "43 people were arrested, the Varna Police Command said", not "X was
    arrested, police said", which only tells of one arrest, nor "43 people were arrested, police said" or "..., the
    Interior Ministry said", which tell the count, not who arrested them."""
    if not any(t.dep_ == "nsubjpass" and any(c.dep_ == "nummod" for c in t.children) for t in sent):
        return None
    for token in sent:
        if token.lemma_.lower() in SPEECH_VERBS and token.pos_ == "VERB" and (subject := _subject(token)) is not None:
            key = entities.of(subject)
            if entities.type_of(key) == ORGANIZATION and set(entities.label_of(key).lower().split()) & SECURITY_WORDS:
                return subject
    return None


#: People who, when they clash, assault each other rather than wage war.
CIVILIANS = {"supporter", "protester", "demonstrator", "fan", "resident", "student", "worker", "villager", "crowd",
             "activist", "youth", "mob", "striker", "miner", "farmer", "trader", "voter", "rival", "rioter", "looter"}
#: Nouns of an activity that also name the unit doing it: "a patrol boarded the boat".
UNITS = {"patrol", "mission", "force", "picket"}  # "pickets blocked the road": the strikers who picket
#: Our types whose event nouns take their doer after "of": "the resignation of the minister".
BY_ITS_SUBJECT = {"Resignation", "Migration", "BorderCrossing", "Candidacy"}
#: Moves done to people, whose "of" names those moved: "the evacuation of 4,500 people".
MOVED_OUT = {"evacuation", "relocation", "resettlement", "repatriation", "displacement"}
#: Codes of acts that an event noun's owner undergoes: "their arrest", "his conviction", "her release".
DONE_TO_OWNER = ("17", "18", "084", "116", "CourtRuling", "Impeachment")
KILLINGS = {"killing", "murder", "assassination", "execution", "death", "shooting", "beating"}
#: What is released when nobody is set free.
DOCUMENTS = {"report", "statement", "video", "footage", "data", "figure", "result", "photo", "image", "list",
             "document", "recording", "transcript", "details", "guideline", "forecast", "study", "survey", "audit",
             "picture"}


def _hypothetical(verb: Token) -> bool:
    """Whether an act is what a bare condition would bring, in the conditional mood: "if convicted, she would
    forfeit her seat and be banned from politics", "would send more planes if needed" (not "would boycott the exams
    unless the arrears were paid", a threat with its terms)."""
    head = verb.head if verb.dep_ == "conj" else verb
    return any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in (*verb.children, *head.children)) \
        and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for c in head.children)


def _forecast(verb: Token) -> bool:
    """Whether an act is only expected of its doer, no promise of theirs: "is expected to approve the text",
    "was expected to decide whether to admit the case"."""
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
        if verb.lemma_.lower() == "expect" and any(c.dep_ == "auxpass" for c in verb.children):
            return True
    return False


def _with_partners(noun: Token) -> bool:
    """Whether a show of force is held with partners named: "exercises with Australian and New Zealand forces"
    (not "drills near the border")."""
    around = [*noun.children, *(noun.head.children if noun.dep_ == "dobj" else ())]  # "held exercises with X"
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        t.ent_type_ in ("GPE", "NORP", "ORG") for t in c.subtree) for c in around)


def _military_strike(noun: Token) -> bool:
    """Whether "strikes" are a state's attacks: "Russian strikes", "Israel's strikes", "killed in strikes" (not
    "a teachers' strike", "the national strike")."""
    if any(c.dep_ == "amod" and c.ent_type_ == "NORP" or c.dep_ == "poss" and c.ent_type_ == "GPE"
           for c in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_.lower() in TOLLS


def _set_for_later(verb: Token, span: Span, published: dt.date | None) -> bool:
    """Whether an act a verb sets up is set for a day after the news: "called a general strike for next
    Monday" (not "called a strike for Monday", told once it was held, nor "called a strike over pay")."""
    for prep in (c for t in (verb, span.root) for c in t.children if c.dep_ == "prep" and c.lower_ == "for"):
        date = next((e for e in prep.doc.ents if e.label_ == "DATE" and prep.i < e.start <= prep.i + 1), None)
        when = resolve(date.text, published) if date is not None and published else None
        if when is not None and when.value > published.isoformat():
            return True
    return False


def _supported_code(verb: Token) -> str | None:
    """The code of the event noun a light verb carries: "stage a strike", "file an appeal"."""
    obj = _object(verb)
    if _phrasal(verb) not in ("stage", "hold", "call", "launch", "file", "lodge", "mount", "carry out", "begin",
                              "start", "declare", "impose", "conduct") or obj is None:
        return None
    found = _object_noun(obj) or noun_trigger(obj)
    return _code(found[0], "NOUN", False) if found else None


def _object_noun_lemma(verb: Token, obj: Token | None) -> str | None:
    """What the verb acts on: its object, or the noun a participle describes ("a report released by")."""
    if obj is None and verb.dep_ in ("acl", "amod", "relcl"):
        obj = verb.head
    return obj.lemma_.lower() if obj is not None else None


def _object_noun(obj: Token):
    """The event noun an object is or ends: "a state of emergency", "a health emergency" (its
    modifiers first, so the longest noun that holds the object's head wins)."""
    for t in obj.doc[obj.left_edge.i:obj.i]:  # "tear gas", whatever the tagger made of "tear"
        span = obj.doc[t.i:obj.i + 1]
        if not all(x.whitespace_ for x in span[:-1]):
            continue  # "run-off" is found below, as one word
        for key in (" ".join(x.lemma_.lower() for x in span), span.text.lower()):
            if (key, "NOUN") in triggers():
                return key, span
    for t in obj.doc[obj.left_edge.i:obj.i + 1]:
        if t.i < obj.i and (t.dep_ != "compound" or not t.whitespace_):
            continue  # a modifying noun ("health"), not a hyphenated word's first part ("run-off")
        found = noun_trigger(t)
        if found and found[1].start <= obj.i < found[1].end:
            return found
    return None


def _noun_head_trigger(token: Token):
    key = token.lemma_.lower()
    if (key, "NOUN") in triggers() and not _amount(token):
        return key, token.doc[token.i:token.i + 1]
    return None


def _measure_of(noun: Token) -> Token:
    """The noun that measures out an event noun, which stands in the sentence for it: "a final round of talks",
    "two days of talks"; else the noun itself."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in MEASURES:
        return noun.head.head
    return noun


#: Nouns of the act of making a deal, events whatever verb governs them: "the signing of the accord".
DEAL_ACTS = {"signing", "ratification"}
#: Verbs that make a deal: "signed an agreement", "the deal reached last month", "concluded a separate deal".
MAKING_DEALS = {"sign", "reach", "agree", "agree to", "conclude", "seal", "strike", "clinch", "finalise", "finalize",
                "broker", "ink", "negotiate", "secure", "hammer out", "announce", "initial", "forge"}


def _deal_made(noun: Token) -> bool:
    """Whether a deal noun is told being made, by the verb it is the object or subject of or by a clause on it: "signed
    an agreement", "the deal was reached", "agreed on a deal", "the agreement, which was signed by" (not "welcomed
    the agreement", "extend a transit agreement", "in protest at a trade agreement")."""
    verbs = [noun.head] if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "conj") else []
    if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "on"):
        verbs.append(noun.head.head)  # "agreed on a deal"
    verbs += [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    return any(v.pos_ in ("VERB", "AUX") and (_phrasal(v) in MAKING_DEALS or v.lemma_.lower() in MAKING_DEALS)
               for v in verbs)


def _done_by(noun: Token, entities: Entities) -> Token | None:
    """Who a participle on an event noun says carried it out, by the name before a common noun if it has one: "an
    offensive launched in May by Kesto rebels" (Kesto), "protests led by the union" (not the host of talks:
    "talks hosted by Norway"; nor what a verb of its own tells: "an agreement signed by A and B")."""
    participle = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and (
        _phrasal(c) in LIGHT_VERBS - HOSTING - UNDOING) and (_phrasal(c), "VERB") not in triggers()), None)
    agents = [c for c in participle.children if c.dep_ == "agent" and c.lower_ == "by"] if participle else []
    doer = next((p for a in agents for p in a.children if p.dep_ == "pobj"), None)
    name = next((c for c in doer.children if c.dep_ == "compound" and c.pos_ == "PROPN" and entities.of(c)),
                None) if doer is not None and doer.pos_ == "NOUN" else None
    return name or doer


def _people_moved(noun: Token) -> Token | None:
    """The people a noun of moving people out names after "of", whoever moved them: "forced the evacuation of
    12,000 people", "prompted the evacuation of residents" (a Migration of theirs with no doer told)."""
    moved = _pobj(noun, "of")
    return moved if moved is not None and _counted(moved).lemma_.lower() in PEOPLE_NOUNS | MOVERS | BEREAVED | {
        "resident", "inhabitant", "family", "household"} else None


def _noun_event(token: Token, sent, entities, published, used) -> Event | None:
    found = noun_trigger(token)
    if not found:
        return None
    key, span = found
    head = span.root
    if head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.is_title and head.i < head.head.i \
            and _code(key, "NOUN", False) == "Disaster":
        span = span.doc[span.start:head.head.i + 1]  # "Typhoon Lotus": the storm's name is the event
        head = head.head
    if head.dep_ == "compound" or (head.dep_ == "amod" and head.head.pos_ == "NOUN"):
        return None  # "immigration crackdown": a modifier, not an event of its own
    if entities.type_of(entities.at(head)) == ORGANIZATION or _named_body(head, entities):
        return None  # "the Episcopal Conference", "the Rally for the Republic": a name, not an event
    if head.lemma_.lower() in UNITS and (head.dep_ in ("nsubj", "nsubjpass") or head.dep_ == "pobj" and
                                         head.head.dep_ == "agent" or _fired_on(head)):
        return None  # "a coast guard patrol boarded two boats", "the UN peacekeeping mission said": who acts;
        # "opened fire on a Thai patrol": who was shot at
    if head.lemma_.lower() == "protest" and head.dep_ == "pobj" and head.head.lower_ == "in" and not any(
            c.dep_ in ("det", "poss") for c in head.children):
        return None  # "went on hunger strike in protest at the ruling": why they did it, not an act of its own
    if head.lemma_.lower() == "protest" and head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.lemma_.lower() == "note":
        return None  # "handed her a note of protest": a diplomatic complaint, no demonstration
    if head.dep_ == "pobj" and head.head.lower_ in ("after", "at", "following") and (
            own := _code(key, "NOUN", False) or "")[:2] in ("03", "04") and own != "045" and not any(
                c.dep_ == "prep" and c.lower_ in ("with", "between") for c in head.children):
        return None  # "announced after a cabinet meeting", "told reporters after the talks": when it was said (but
        # "said after talks with her counterpart": a meeting between the two)
    if _restated(head, key):
        return None  # "held talks on Monday, their first meeting since July": the talks told again
    if _code(key, "NOUN", False) == "Disaster" and _disaster_told_again(head, entities):
        return None  # "eight hours after the quake": the quake told before, not one more
    if _such(head):
        return None  # "killed in such clashes since 2021": acts of a kind, counted
    if _in_general(head):
        return None  # "floods are common in the region", "protests over late pay have become frequent": a kind of
        # event said to recur, no one act
    if _what_it_was(head):
        return None  # "it was the third impeachment of a governor since 2020": the act told, described
    if _spoken_at(head):
        return None  # "told reporters at the rally", "said at a protest in Varna": where it was said, the rally told
        # where it is the point (its hearers are no protesters)
    if (_code(key, "NOUN", False) or "")[:2] == "14" and (_dispersed(head) or _organised_again(head, entities)):
        return None  # "fired tear gas to break up a rally": the crowd the force acts on; "the union, which organised
        # the march, said": the march told before, by its marchers
    if head.dep_ == "pobj" and head.head.lower_ == "for" and _trip(head.head.head) or _thanked_for(head):
        return None  # "is due to travel to Kesto for talks with X": the visit planned is the one act; "thanked
        # Oman for its mediation": the thanks is the act told
    first = head
    while first.dep_ == "conj" and first.head != first:
        first = first.head  # "early elections and the resignation of X": both asked for; "responded with air
        # strikes and ground raids": both the army's (what governs the first noun governs the ones joined to it)
    verb = first.head if first.dep_ in ("dobj", "pobj", "attr") else head
    while (verb.dep_ == "prep" or verb.pos_ == "ADP") and verb.head != verb:  # (a headline "Amid the blockade."
        verb = verb.head  # has the preposition for its root)
    if first.dep_ == "pobj" and first.head.lower_ in ("from", "of") and head.lemma_.lower() in PARTNERSHIPS and (
            verb.pos_ == "VERB" and _leaving(_phrasal(verb), verb, _object(verb), entities) or (
            verb.lemma_.lower() in WITHDRAWALS)):
        return None  # "pulled out of the defence treaty", "its withdrawal from the pact": ties cut, no pact made
    if first.dep_ == "dobj" and verb.lemma_.lower() in DENYING and (_code(key, "NOUN", False) or "")[:2] == "14":
        return None  # "rejected the protest as baseless": a complaint answered, told when it was lodged, no rally
    if first.dep_ == "dobj" and verb.lemma_.lower() in BANNING and (_code(key, "NOUN", False) or "")[:2] == "14":
        return None  # "banned all demonstrations": the ban is told, no demonstration
    if first.dep_ == "pobj" and first.head.lower_ == "from" and verb.lemma_.lower() in BANNING | BARRING and (
            _code(key, "NOUN", False) not in STANDALONE):
        return None  # "has barred the army rulers from its meetings since 2021": kept out of it, none held (but an
        # election one is barred from is held all the same)
    if first.dep_ == "dobj" and verb.lemma_.lower() == "lose" and (_code(key, "NOUN", False) or "")[:2] == "04":
        return None  # "lost contact with the vessel": no one was met
    if first.dep_ == "dobj" and verb.pos_ == "VERB" and _code(key, "NOUN", False) not in STANDALONE and (
            _subject_code(_phrasal(verb), verb, entities) == "CourtRuling"):
        return None  # "the court also ordered the confiscation of a farm": an order of the ruling, which tells it
        # (but "annulled last month's election": one held)
    asker = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "for" else first.head
    if asker.pos_ == "VERB" and _phrasal(asker) in ASKED_FOR and first.dep_ in ("dobj", "pobj"):
        return None  # "marched to demand early elections and the resignation of X": asked for, not done
    if _asked_by_call(first):
        return None  # "rejected the students' call for early elections", "called for X to resign and for early
        # elections": asked for, not held
    if verb.pos_ == "VERB" and _denied(verb):
        return None  # "rejected accusations that its fighters carried out the raid": denied, not told as done
    if first.dep_ == "dobj" and (_asked_for(verb, entities) or _permitted(verb)):
        return None  # "asked the court to increase the sentence", "urged them to hold talks": asked for, not done;
        # "allows security forces to impose curfews": only let be done
    future, negated = _modality(verb) if verb.pos_ in ("VERB", "AUX") else (False, False)
    negated = negated or _none_of(head)  # "made no arrests"
    code = _code(key, "NOUN", future and tense(head) == FUTURE or any(
        c.dep_ == "amod" and c.lower_ in AHEAD for c in head.children))  # "the next summit": planned
    if code and code[:3] == "150" and _with_partners(head):
        code = code_for("062", future)  # "the exercises with Australian forces": military cooperation
    if code and code[:2] == "04" and (ready := _ready_for(head)) is not None:
        code, verb = code_for(code, True), ready  # "Norland remains open to talks": an intent to meet
    if key == "collapse":
        code = _collapse(_pobj(head, "of") or next((c for c in head.children if c.dep_ == "compound"), None))
        # "the collapse of a bridge", "the collapse of pay talks", "a crane collapse"
    if _ties_cut(head):
        code = code_for("160", future)
    if code and code[:3] == "172" and _on_trade(head):
        code = code_for("163", future)  # "a ban on grain imports remains in force": trade embargoed
    if _a_tax(key, head):
        return None
    if code and code[:2] == "07" and _received(head):
        return None  # "Samoa receives 40% of its aid from Australia", "has relied on IMF bailouts": a holding
    if code == DEAL_CODE and key not in DEAL_ACTS and not _deal_made(head):
        return None  # "protested against the trade agreement", "the two states have an extradition treaty": a deal
        # told of, none made
    if key == "drought" and not (first.dep_ == "nsubj" and first.head.tag_ == "VBD"):
        return None  # "struggled with a drought", "a drought has cut output": a condition (but "a drought hit")
    if key in BURNING | BLASTS and not _burned(head):
        return None  # "opened fire", "came under fire", "fought the blaze": no fire that broke out
    if key == "strike" and _military_strike(head):
        code = code_for("195", future)  # "killed in Russian strikes": a state's strikes from the air, no walkout
    if key in BLASTS and _bombing(sent):
        code = code_for("183", future)  # "a car bomb blast", "explosions in what officials called sabotage"
    if code is None or code in UNDONE_IF_AHEAD and future:
        return None  # "rain could trigger flash floods": no disaster yet; "could impose fines": no ruling yet
    if first.dep_ == "pobj" and first.head.lower_ == "without":
        return None  # "to block websites without a court order", "held without charge": an act that is not there
    if code[:3] == "071" and first.dep_ != "dobj":
        return None  # "a recovery backed by a $7 billion IMF loan", "the fifth review of its bailout": money held
        # (a loan is lent by the verb that grants or approves it)
    general = code == ELECTION or first.dep_ == "pobj" and first.head.lower_ in ("to", "with", "against")
    if code in (ELECTION, "Disaster") and head.tag_ == "NNS" and general and not any(
            c.dep_ in ("det", "poss", "amod", "compound") or (
                c.dep_ == "prep" and c.lower_ in ("in", "on", "for", "of")) for c in head.children):
        return None  # "since it first contested elections", "help African nations adapt to droughts and floods":
        # elections or disasters in general
    source = target = None
    if first.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in EXPERIENCER_VERBS:
        target = _subject(verb)  # "they face expulsion": they are the ones expelled
    elif first.dep_ == "dobj" and verb.lemma_.lower() in HOSTING and len(sides := _sides(head)) == 2:
        if future:
            return None  # "offered to host talks between X and Y", "ready to mediate talks": only the offer is told
        source, target = sides  # "Kenya hosted talks between X and Y": the sides talk, Kenya's act is the hosting
    elif first.dep_ == "dobj" and verb.pos_ == "VERB" and _phrasal(verb) in LIGHT_VERBS:
        source = _subject(verb)  # "voiced criticism", "held talks"
    elif head.dep_ == "dobj":  # "welcomed the agreement": the one who welcomes did not make the agreement, but
        source = _agent_of(head) or _done_by(head, entities)  # "rejected accusations by Ostavian officials": theirs
        if source is None and code == "Resignation":
            source = _of_doer(head)  # "the vote followed the resignation in November of the mayor": the mayor's
    elif first.dep_ == "pobj" and first.head.lower_ == "with" and verb.lemma_.lower() in RESPONDING:
        source = _subject(verb)  # "police, who responded with tear gas", "retaliated with air strikes"
    elif first.dep_ == "pobj" and first.head.lower_ == "on" and verb.lemma_.lower() == "go":
        source = _subject(verb)  # "junior doctors went on strike in 2023": they strike
    elif _ready_for(head) is not None:
        source = _subject(verb)  # "Norland remained open to talks": Norland would talk
    elif first.dep_ == "pobj" and first.head.lower_ == "in" and verb.lemma_.lower() in ("be", "remain", "stay"):
        source = _subject(verb)  # "the government was in talks with the company": the government talks
    elif first.dep_ == "pobj" and first.head.lower_ == "in" and (taker := _taking_part(first.head)) is not None:
        source = _subject(taker)  # "120,000 teachers took part in the strike", "refused to participate in talks"
    elif (measure := _measure_of(head)).dep_ == "pobj" and measure.head.lower_ == "for" and code[:2] in ("03", "04") \
            and (traveller := measure.head.head).pos_ == "VERB" and traveller.lemma_.lower() in TRAVEL_VERBS:
        source = _subject(traveller)  # "X arrived for a state visit", "flew to Doha for talks", "travelled to Lima for
        # a final round of talks": X visits, X talks
    elif code[:3] == "046" and not _sides(head) and (held := _talks_ended_by(head)) is not None:
        source = _subject(held)  # "Norland and Ostavia signed the deal after two days of talks": the signers talked
    elif first.dep_ == "pobj" and first.head.lower_ in ("during", "after", "before") and code[:2] == "04" and (
            code[:3] != "045") and (
            verb.pos_ in ("VERB", "AUX") and not any(c.lower_ in ("between", "by") for c in head.children)) and (
            (to := _pobj(head, "to")) is None or entities.of(to)):
        source = _subject(verb)  # "pledged aid during a visit to Cotonou", "said after talks with X": the subject's
        # (not "during a campaign visit to the border": a trip at home)
    else:
        source = next((c for c in head.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")), None)
        # (not "Tuesday's evacuation")
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if source is not None and of is None and (code.startswith(DONE_TO_OWNER) or head.lemma_.lower() in KILLINGS):
            source, target = None, source  # "their arrest", "Indjai's release": the owner undergoes it (not in
            # "the group's kidnapping of tourists", "Russia's invasion of Ukraine")
        if source is None:
            source = _agent_of(head) or _done_by(head, entities)
        if source is None and of is not None and (code[:2] in ("02", "04", "10", "14") or code in BY_ITS_SUBJECT):
            source = next((c for c in of.children if c.dep_ == "pobj"), None)  # "the walkout of Saudi Arabia's
            # delegation", "the visit of the Indian president", "at the request of the president": the one who does it
        if source is None:  # "a Chilean crackdown"
            source = next((c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and entities.of(c)),
                          None)
        if source is None and len(sides := _sides(head)) == 2:
            source, target = sides  # "talks between Norland and the rebels": one side with the other
        elif source is None and len(sides) == 1 and entities.pair(sides[0]) is not None:
            source = sides[0]  # "a gun battle between the two sides": the two told before, one with the other
    if source is None and code[:2] in ("17", "18", "19", "20"):
        source = _state_in(head, entities)  # "fled a military crackdown in neighbouring Myanmar": Myanmar's
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("against", "on", "with"):
            target = next((c for c in child.children if c.dep_ == "pobj"), target)
    if key in MOVED_OUT and source is not None and source.dep_ == "pobj" and source.head.lower_ == "of":
        source, target = None, source  # "the evacuation of some 3,000 residents": those moved out, by whoever did it
        # (but "the exodus of refugees": they leave)
    if key in MOVED_OUT and source is None and _people_moved(head) is not None:
        used.update(t.i for t in span)
        return _event(span, head, code, sent, entities, published, None, _people_moved(head), negated)
    if code == "BorderCrossing" and any(c.dep_ == "poss" for c in head.children):
        return None  # "closed two of its six border crossings", "screening points at its crossings": a state's
        # crossing points, no one crossing
    if code == "Impeachment" and source is None:
        return None  # "removed by impeachment", "the impeachment was brought by lawmakers": a chamber impeaches, as
        # the verb of its vote tells
    if code in STANDALONE or key.endswith("war") and any(c.lower_ == "civil" for c in head.lefts):
        source = None  # "Chile's run-off", "Sudan's civil war": the country is where it is held or fought, not who
        # does it
    elif entities.of(source) is None and entities.of(target) is None and not code.startswith(HAPPENINGS) and not (
            code[:2] == "19" and (_outbreak(head) or _deadly(head))):
        return None  # "the talks", "a statement": too little to say who did what (but "fighting erupted": it did)
    if source is None and target is None and _told_again(head, code, entities):
        return None  # "Protesters marched on parliament ... Police said the march was peaceful": the march told
    if key in RAIDS and entities.of(source) is None and _deadly(head):
        code = code_for("180", future)  # "an attack on a police post killed six officers": no one named stands behind
        # it, unconventional violence
    used.update(t.i for t in span)
    return _event(span, head, code, sent, entities, published, source, target, negated)


#: The months' names, which a span "since June" may start from.
MONTH_NAMES = {m.lower() for m in calendar.month_name if m}
#: Adverbs of what is done as a rule, not once: "usually rules within three months".
HABITUAL = {"usually", "often", "normally", "typically", "generally", "routinely", "regularly", "frequently",
            "rarely", "seldom", "sometimes"}
#: What talks do when they end without a deal: "talks broke down", "negotiations collapsed", "talks stalled".
BREAKDOWNS = {"break down", "collapse", "stall", "fail", "falter", "founder", "break off"}


def _with_particle(verb: Token) -> set[str]:
    """The verb's lemma, alone and with the particle right after it: {"break", "break down"}."""
    lemma = _verb_lemma(verb)
    return {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and (
        c.i == verb.i + 1))}


def _broken_talks(verb: Token) -> Token | None:
    """The talks a verb tells ended without a deal, its subject: "talks with the employers broke down on
    Monday", "the issue on which talks collapsed"."""
    talks = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if talks is not None and verb.pos_ == "VERB" and _with_particle(verb) & BREAKDOWNS and (
            talks.lemma_.lower() in NEGOTIATIONS - TRUCES):
        return talks
    return None


#: What fighting does when it starts: "fighting erupted", "the war began in April 2023", "clashes broke out".
ONSETS = {"begin", "start", "erupt", "break out", "resume", "flare", "flare up"}


def _outbreak(noun: Token) -> bool:
    """Whether a noun of fighting is told breaking out, which makes it a happening whoever fought: "fighting
    resumed near the town", "since the war began in April 2023", "the war, which erupted in 2023"."""
    if noun.pos_ != "NOUN":
        return False
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    verbs += [c for c in noun.children if c.dep_ == "relcl" and any(
        s.dep_ == "nsubj" and s.lower_ in ("which", "that") for s in c.children)]
    return any(v.pos_ == "VERB" and _with_particle(v) & ONSETS for v in verbs)


#: Nouns of an assault by one side, which is unconventional violence when no one is named for it.
RAIDS = {"attack", "ambush"}


#: Charges on goods, which are tariffs when laid on another state's goods (and taxes or tasks otherwise).
LEVIES = {"duty", "surcharge", "levy"}


def _a_tax(key: str, charge: Token) -> bool:
    """Whether a charge is no tariff: not laid on goods a state or its people are named for ("relieved of his
    duties", "the levy the treasury announced", "a surcharge on fuel"; but "a 15% duty on Ostavian rice", "duties
    on imports")."""
    on = _pobj(charge, "on") or (_pobj(charge.head, "on") if charge.dep_ == "dobj" else None)  # "imposed duties
    # of up to 30% on Norland timber"
    return key in LEVIES and not (on is not None and any(
        t.ent_type_ in ("GPE", "NORP") or t.lemma_.lower() in ("import", "export") for t in on.subtree))


def _deadly(noun: Token) -> bool:
    """Whether a noun of fighting is told by the lives it took, which makes it a happening whoever fought: "an
    ambush outside Kesto killed 40 people", "clashes last year killed dozens", "12 guards were killed in an
    ambush", "five days of fighting killed 43 people"."""
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return _killed_in(noun.head.head) == noun
    noun = _measure_of(noun)  # "five days of fighting killed 43 people"
    return noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in TOLLS


def _killed_in(verb: Token) -> Token | None:
    """The fighting a toll with no doer says the dead fell in: "12 soldiers were killed in the ambush" (the ambush
    is the event, the dead a quantity)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in TOLLS or not _agentless(verb):
        return None
    return next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                 if p.dep_ == "pobj" and (_code(p.lemma_.lower(), "NOUN", False) or "")[:2] in ("18", "19")), None)


def _broken_off(noun: Token) -> bool:
    """Whether a noun (or the compound it begins) names talks that broke down: "peace talks ... broke down"."""
    while noun.dep_ == "compound" and noun.head != noun:
        noun = noun.head
    return noun.dep_ == "nsubj" and _broken_talks(noun.head) == noun


def _breakdown(verb: Token, sent, entities, published) -> Event | None:
    """Talks broken off (164), between the sides the talks name, by no one named if need be: "talks between
    the government and the drivers broke down", "the talks stalled in June"."""
    if (talks := _broken_talks(verb)) is None:
        return None
    event = _event(verb.doc[verb.i:verb.i + 1], verb, "164", sent, entities, published, None, None,
                   _modality(verb)[1])
    held = _noun_event(talks, sent, entities, published, set())
    return replace(event, source=held.source, target=held.target, actors=held.actors) if held else event


#: Kinds of event that are only ever told as done: a future one has not happened ("rain could trigger
#: floods", "the court is expected to rule", "could impose fines").
UNDONE_IF_AHEAD = {"Disaster", "CourtRuling"}


def _none_of(noun: Token) -> bool:
    """Whether an event noun is told as none at all: "made no arrests"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


#: Verbs that forbid what their object names: "banned all demonstrations".
BANNING = {"ban", "prohibit", "outlaw", "forbid"}
#: Verbs that keep someone out of what follows "from": "barred him from the summit".
BARRING = {"bar", "exclude", "suspend", "expel", "block", "stop", "prevent", "disqualify"}
#: Nouns of a fire, a disaster only when told as one that broke out or struck.
BURNING = {"fire", "blaze"}
#: Nouns of an explosion: an accident (a disaster), or a bombing when the sentence tells of bombs or attacks.
BLASTS = {"explosion", "blast"}
#: Words that make an explosion a bombing.
BOMB_WORDS = {"bomb", "bomber", "bombing", "sabotage", "attack", "attacker", "suicide", "militant", "explosive",
              "device", "grenade", "ied", "rocket", "missile", "drone", "shell", "claim", "terrorist", "saboteur"}


def _bombing(sent: Span) -> bool:
    """Whether the sentence, or one of the two before, tells of bombs or attacks: "A car bomb went off
    outside the station. Twelve people died in the blast"."""
    return any(t.lemma_.lower() in BOMB_WORDS for t in sent.doc[two_sentences_back(sent[0]):sent.end])


def _disaster_told_again(noun: Token, entities: Entities) -> bool:
    """Whether a bare disaster noun after "the" names one the article told before: "pulled a girl from the ruins
    eight hours after the quake", "power has been cut since the quake" (not "the spill was detected in July": dated
    there, nor "a quake in 2024")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
            c.dep_ in ("amod", "compound", "nmod", "prep", "relcl", "acl", "nummod", "poss") or c.ent_type_ in (
                "DATE", "TIME") for c in noun.children):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass") and any(c.ent_type_ in ("DATE", "TIME") for c in noun.head.subtree):
        return False
    return any(t.pos_ in ("NOUN", "PROPN", "VERB") and entities.in_body(t) and _code(
        t.lemma_.lower(), "VERB" if t.pos_ == "VERB" else "NOUN", False) == "Disaster"
        for t in noun.doc[:noun.sent.start])


def _such(noun: Token) -> bool:
    """Whether an event noun names a kind of act, not one act: "hundreds have died in such clashes since 2019",
    "such attacks are rare"."""
    return any(c.dep_ in ("det", "amod", "predet") and c.lower_ == "such" for c in noun.children)


def _in_general(noun: Token) -> bool:
    """Whether a bare plural event noun is the subject of a linking verb and an adjective, which says what such
    events are like: "Floods are common in Varna in the rainy season", "Protests over pay have become frequent"."""
    verb = noun.head
    return noun.dep_ == "nsubj" and noun.tag_ in ("NNS", "NNPS") and verb.lemma_ in LINKING_VERBS and any(
        c.dep_ == "acomp" for c in verb.children) and not any(
        c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def _what_it_was(noun: Token) -> bool:
    """Whether an event noun only says what its subject was, the act the subject names or the article told: "It was
    the third impeachment of a governor since 2020", "The March vote was the country's eighth election in four years"
    (not "there was an explosion at the plant")."""
    be = noun.head
    return noun.dep_ == "attr" and be.lemma_ == "be" and not any(c.dep_ == "expl" for c in be.children)


#: Verbs of forces ending a gathering, whose object is the crowd they act on: "broke up a rally".
DISPERSING = {"disperse", "break up", "scatter", "clear", "storm"}
#: What forces fire "on" or "at" a gathering: "opened fire on a protest", "fired tear gas at the march".
SHOTS = {"fire", "gas", "cannon", "bullet", "grenade", "shoot"}


def _dispersed(noun: Token) -> bool:
    """Whether a gathering noun names the crowd a force acts on, the target of that act, no protest of its own:
    "fired tear gas to break up an opposition rally", "dispersed the march", "opened fire on a protest over pay" (not
    "arrested 38 students during protests", nor "fired tear gas at a march of farmers": they marched)."""
    if _agent_of(noun) is not None or _pobj(noun, "of") is not None:
        return False
    if noun.dep_ == "dobj":
        return noun.head.pos_ == "VERB" and bool(_with_particle(noun.head) & DISPERSING)
    return _fired_on(noun)


def _fired_on(noun: Token) -> bool:
    """Whether a noun is what shots were fired "on" or "at": "opened fire on a protest", "fired tear gas at the
    march", "opened fire on a Thai patrol"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "at"):
        return False
    at = noun.head.head  # "fired tear gas at", "opened fire on": however the parser hangs the preposition
    return at.lemma_.lower() in SHOTS or at.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in SHOTS for c in at.children)


#: Verbs of calling, leading or joining a gathering: "which organised the march", "who joined the strike".
ORGANISING = {"organise", "organize", "lead", "join", "call", "stage"}


def _organised_again(noun: Token, entities: Entities) -> bool:
    """Whether a gathering noun after "the" is one told before, named again only in a relative clause on who
    organised, led or joined it: "the union, which organised the march, said", "a student who joined the march",
    "doctors who led the strike were suspended" (its marchers are told where it was first told)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in ORGANISING or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head  # "who helped organise the protest"
    root = (_code(noun.lemma_.lower(), "NOUN", False) or "")[:2]
    return verb.dep_ == "relcl" and any(t.pos_ in ("NOUN", "VERB") and entities.in_body(t) and (
        _code(t.lemma_.lower(), t.pos_, False) or "")[:2] == root for t in noun.doc[:noun.sent.start])


def _burned(noun: Token) -> bool:
    """Whether a fire noun tells of a fire that happened: "a fire at an apartment block killed 56 people",
    "a blaze broke out", "100 people died in two blazes" (not "opened fire", "under fire", "fought the fire")."""
    if noun.dep_ == "nsubj":
        return noun.head.pos_ == "VERB" and noun.head.lemma_.lower() not in SPEECH_VERBS
    if any(c.dep_ == "relcl" and c.lemma_.lower() in ("burn", "rage", "spread", "destroy", "gut", "kill")
           for c in noun.children):
        return True  # "setting off a fire that burned for six hours"
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "by") and noun.head.head.lemma_.lower() in (
        TOLLS | {"destroy", "damage"})


def _told_again(noun: Token, code: str, entities: Entities) -> bool:
    """Whether a happening noun after "the" with no doer, no date and no place of its own names one the article told
    before by the same word: "the protest remained peaceful", "police dispersed the rally" (not "the protests
    began last month": dated there; nor "the war, which erupted in 2023")."""
    if not (code.startswith(HAPPENINGS) or code[:2] == "19") or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
            c.dep_ in ("amod", "compound", "nmod", "prep", "relcl", "acl") or c.ent_type_ in ("DATE", "TIME")
            for c in noun.children) or _outbreak(noun) or _deadly(noun):
        return False
    if noun.dep_ == "nsubj" and any(c.ent_type_ in ("DATE", "TIME") for c in noun.head.subtree):
        return False
    return any(t.pos_ in ("NOUN", "VERB") and (_code(t.lemma_.lower(), t.pos_, False) or "")[:2] == code[:2]
               and entities.in_body(t) for t in noun.doc[:noun.sent.start])


def _spoken_at(noun: Token) -> bool:
    """Whether a noun of a gathering is only where someone spoke: "told supporters at a rally", "said at the
    protest" (not "arrested 31 teachers at a protest", nor "said at a rally of 3,000 doctors": who rallied told)."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.head.head.pos_ == "VERB" and (
        noun.head.head.lemma_.lower() in SPEECH_VERBS) and (_code(noun.lemma_.lower(), "NOUN", False) or "")[:2] in (
        "01", "04", "14") and _pobj(noun, "of") is None


#: Modifiers that make a coercive act a state's: "a military crackdown", "a government offensive".
STATE_FORCES = {"military", "army", "government", "security", "police", "state"}


def _state_in(noun: Token, entities: Entities) -> Token | None:
    """The country a state's unnamed forces act in, which is the one acting: "fled a military crackdown in
    neighbouring Myanmar", "a government offensive in Norland" (not "a crackdown in Varna": a city; nor "a rebel
    offensive in Norland")."""
    where = _pobj(noun, "in")
    if where is None or entities.type_of(entities.of(where)) != COUNTRY:
        return None
    return where if any(c.dep_ in ("amod", "compound") and c.lower_ in STATE_FORCES for c in noun.children) else None


#: Nouns of asking for something, whose "for" names what is asked, not done: "a call for early elections".
CALLS = {"call", "demand", "appeal", "push", "pressure", "campaign", "clamour", "clamor", "plea"}


def _asked_by_call(noun: Token) -> bool:
    """Whether a noun after "for" is asked for by a noun of asking or by a second "for" of a verb of asking: "the
    students' call for early elections", "called for the cabinet to resign and for early elections"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    asker = noun.head.head
    if asker.pos_ == "NOUN" and asker.lemma_.lower() in CALLS:
        return True
    if noun.head.dep_ != "conj":
        return False
    first = next((c for c in asker.children if c.dep_ in ("mark", "prep") and c.lower_ == "for"), None)
    return first is not None and asker.head.pos_ == "VERB" and asker.head.lemma_.lower() in {
        a.split()[0] for a in ASKED_FOR if a.endswith(" for")}


def _named_body(noun: Token, entities: Entities) -> bool:
    """Whether an event noun describes a body an apposition names: "the UN peacekeeping mission, MINUSCA", "the
    monitoring mission, the OSCE SMM" (a body, not an act)."""
    return any(c.dep_ == "appos" and c.i > noun.i and entities.type_of(entities.of(c)) == ORGANIZATION
               for c in noun.children)


#: Verbs of getting or living on what others give, which tell no giving: "received $560 million in aid in 2024".
RECEIVING = {"receive", "rely", "depend", "get"}


def _received(noun: Token) -> bool:
    """Whether a noun of aid or loans is what its recipient gets or lives on, the verb above it one of receiving:
    "receives most of its aid from Norland", "received $5 million in US aid last year", "relied on bailouts"."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in RECEIVING and all(
        t.dep_ in ("dobj", "pobj", "prep", "nummod", "quantmod") or t.pos_ in ("NUM", "NOUN", "ADP", "SYM")
        for t in noun.ancestors if t.i != verb.i and verb in t.ancestors)


def _restated(noun: Token, key: str) -> bool:
    """Whether an event noun set beside another act of its kind only describes it: "held talks in Varna, their
    first meeting since July", "the accord, the first such deal in a decade"."""
    after_comma = noun.dep_ == "dobj" and noun.doc[noun.left_edge.i - 1].text == ","  # a second object, as the
    # parser may take "held talks on Monday, their first meeting"
    if noun.dep_ not in ("appos", "npadvmod") and not after_comma:
        return False
    told = [noun.head] if noun.head.pos_ in ("NOUN", "PROPN") else [
        c for c in noun.head.children if c.dep_ == "dobj" and c != noun]
    root = (_code(key, "NOUN", False) or "")[:2]
    return any((found := noun_trigger(t)) and (_code(found[0], "NOUN", False) or "")[:2] == root for t in told)


def _of_doer(noun: Token) -> Token | None:
    """Who does what the noun names, after "of", also when the parser hung "of" on a date between them:
    "the resignation of Mayor X", "the resignation in November of Mayor X"."""
    doer = _pobj(noun, "of")
    if doer is None:
        dated = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "on")
                 for p in c.children if p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME")]
        doer = next((d for p in dated if (d := _pobj(p, "of")) is not None), None)
    return doer


def _taking_part(in_: Token) -> Token | None:
    """The verb of taking part that an "in" hangs from: "took part in", "participated in", "joined in"
    (not a participle: "barred the union from organising or participating in" is not done)."""
    taker = in_.head.head if in_.head.lower_ == "part" and in_.head.dep_ == "dobj" else in_.head
    taking = taker.lemma_.lower() in ("participate", "join", "engage") or taker.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in taker.children)
    return taker if taking and taker.pos_ == "VERB" and taker.tag_ != "VBG" else None


def _agent_of(noun: Token) -> Token | None:
    """Who does what an event noun names, after "by": "the attack by the rebels"; the people a protest is of:
    "a rally of her supporters"; or the people a protest is held at: "arrested 31 teachers at a protest"."""
    by = _pobj(noun, "by")
    if by is not None or noun.lemma_.lower() not in UPRISINGS:
        return by
    if (of := _pobj(noun, "of")) is not None and _counted(of).lemma_.lower() in GROUP_NOUNS | PEOPLE_NOUNS:
        return of  # "told a rally of her supporters", "a march of farmers": they rally
    if noun.dep_ != "pobj" or noun.head.lower_ != "at":
        return None
    at = noun.head.head  # "fired tear gas at thousands of supporters at a protest": the supporters
    around = [c for c in at.children if c.dep_ in ("dobj", "nsubjpass")] + [
        p for c in at.children if c.dep_ == "prep" and c.lower_ == "at" for p in c.children if p.dep_ == "pobj"
        and p != noun] if at.pos_ == "VERB" else [at]
    return next((p for p in around if _counted(p).lemma_.lower() in GROUP_NOUNS | PEOPLE_NOUNS), None)


def merge(events: list[Event], doc: Doc | None = None) -> list[Event]:
    """One event per happening: a later mention of the same kind by the same doer (unless both are
    verbs of different words), a definite noun with no doer ("the state of emergency" after
    "declared a state of emergency"), or "the announcement" of what its doer announced, joins the
    earlier one."""
    verbs = {t.idx: t for t in doc if t.pos_ == "VERB"} if doc is not None else {}
    out: list[Event] = []
    for event in events:
        anaphoric = event.source is None and event.trigger.text.lower() != event.sentence.text.lower() and \
            _definite(event)
        same = next((e for e in reversed(out) if (e.type == event.type or anaphoric and e.type.startswith(
                event.type)) and not (e.negated or event.negated) and (
            (event.source is not None and event.source == e.source and (
                event.target in (None, e.target) or e.type in ONCE and e.target is None or _result(e, event, verbs))
             and not _different_acts(e, event, verbs) and _same_year(e, event))
            or (event.source is not None and event.source == e.source and _release_in_a_swap(e, event))
            or (anaphoric and event.target in (None, e.target) and _same_time(e, event))
            or (event.source is None and event.target is not None and event.target == e.target
                and not _different_acts(e, event, verbs) and _same_year(e, event))  # "she was detained"; not
            # "arrested ... charged", nor "were evacuated ... 11,000 people were evacuated in 2019"
            or (event.type in STANDALONE and _same_time(e, event) and _same_round(e, event)
                and not _first_told(event))
            or (event.source is None and event.type.startswith(HAPPENINGS) and _same_time(e, event)))), None)
        if same is None and event.type == "010" and _definite(event):  # "declared a curfew ... made the
            same = next((e for e in reversed(out) if e.source == event.source and any(  # announcement": the curfew
                m.text.lower().startswith(("announc", "declar")) for m in (e.trigger, *e.mentions))), None)
        if same is None and event.type[:2] in VIOLENT_ROOTS and (
                then := verbs.get(event.trigger.begin)) is not None and then.lemma_.lower() in TOLLS:
            same = next((e for e in reversed(out) if _result(e, event, verbs) and e.type[:2] != "08"), None)
            # "freed the hostage in a raid, killing four of her captors", "the plane crashed, killing 71": the deaths
            # are what the act did (but "ended the siege, killing four gunmen": no ending kills, the force used does)
        if same is None and event.type == "Succession" and event.source is not None and event.target is None:
            same = next((e for e in reversed(out) if e.type == "Appointment" and e.target == event.source), None)
            # "named General X to replace him ... X was sworn in": the swearing-in is part of the appointment
        if same is None:
            out.append(event)
            continue
        out[out.index(same)] = replace(
            same, target=same.target or event.target, actors=tuple(dict.fromkeys(same.actors + event.actors)),
            place=same.place or event.place,
            when=event.when if _finer(event, same) else same.when if same.when and (
                same.when.mention or not event.when or not event.when.mention or _other_word(same, event))
            else event.when,
            confidence=max(same.confidence, event.confidence),
            mentions=same.mentions + (event.trigger,) + event.mentions)
    return out


#: Words for a swap of prisoners, whose releases each side's own act tells.
SWAPS = ("exchang", "swap", "trade")


def _release_in_a_swap(swap: Event, release: Event) -> bool:
    """Whether a release is one side's part of a prisoner swap told before it by the same side: "A and B exchanged
    14 prisoners on Friday ... A freed eight soldiers" (FORMAT.md: a lead that sums up the acts after it is no event
    of its own; a prisoner exchange is one 0841 by each side)."""
    return swap.type == release.type == "0841" and swap.trigger.text.lower().startswith(SWAPS) and not (
        release.trigger.text.lower().startswith(SWAPS))


def _finer(later: Event, first: Event) -> bool:
    """Whether a later mention dates the event more finely within the date the first gave: "last month's
    election ... the April 12 vote" is the day."""
    return all(e.when is not None and e.when.mention is not None for e in (later, first)) and len(
        later.when.value) > len(first.when.value) and later.when.value.startswith(first.when.value)


def _different_acts(a: Event, b: Event, verbs: dict[int, Token]) -> bool:
    """Two verbs of different words are two acts ("fined the firm ... sentenced two managers"), but for a
    participle that tells what the act did ("attacked the camp, killing 12"); a noun may name the act a
    verb told ("declared a curfew ... the curfew")."""
    x, y = a.trigger.text.lower(), b.trigger.text.lower()
    return a.trigger.begin in verbs and b.trigger.begin in verbs and x[:4] != y[:4] and a.type not in ONCE \
        and not _result(a, b, verbs)


def _result(a: Event, b: Event, verbs: dict[int, Token]) -> bool:
    """Whether ``b`` tells what the act ``a`` did or was done for: "attacked the camp, killing 12", "fired
    tear gas to disperse the crowd"."""
    then = verbs.get(b.trigger.begin)
    return then is not None and then.dep_ == "advcl" and (then.tag_ == "VBG" or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in then.children)) and then.head.idx in (
        a.trigger.begin, *(m.begin for m in a.mentions))


def _other_word(a: Event, b: Event) -> bool:
    """Whether two events of a kind that needs no doer are named by different nouns ("the run-off" and
    "Sunday's election"): the date of one need not be the other's."""
    return a.type in STANDALONE and a.trigger.text.lower()[:4] != b.trigger.text.lower()[:4]


def _same_round(a: Event, b: Event) -> bool:
    """Whether two elections may be one: a run-off is not the first round ("the election" before it),
    unless one sentence names both ("was elected in a run-off")."""
    def run_off(e: Event) -> bool:
        return any(w in m.text.lower().replace("-", "") for m in (e.trigger, *e.mentions)
                   for w in ("runoff", "second round"))

    return a.type != "Election" or run_off(a) == run_off(b) or a.sentence == b.sentence  # "elected in a run-off"


def _same_time(a: Event, b: Event) -> bool:
    """Whether two events may be one: no two different dates that the text gives."""
    if a.when is None or b.when is None or a.when.mention is None or b.when.mention is None:
        return True
    return a.when.value.startswith(b.when.value) or b.when.value.startswith(a.when.value)


def _same_year(a: Event, b: Event) -> bool:
    """Whether two events may be one by their years, and their months when both tell one: "closed its border on
    Wednesday ... last closed its border in 2014" are two closures, "would hold talks in July ... the next summit
    will be held in November" two meetings (but "arrived on Tuesday for a visit ... the visit, which ends on
    Thursday" may be one)."""
    if a.when is None or b.when is None or a.when.mention is None or b.when.mention is None:
        return True
    size = 7 if a.when.precision != "year" and b.when.precision != "year" else 4
    return a.when.value[:size] == b.when.value[:size]


def _first_told(event: Event) -> bool:
    """Whether a dated disaster noun after "a" or "an" tells of another happening than the one before:
    "the crush ... eight people died in a crush at the same stadium in 2019"."""
    before = event.sentence.text[:event.trigger.begin - event.sentence.begin].split()
    return event.type == "Disaster" and event.when is not None and event.when.mention is not None and bool(
        before) and before[-1].lower() in ("a", "an")


def _definite(event: Event) -> bool:
    """Whether the trigger is a noun after "the", "this" or "that" in its sentence."""
    offset = event.trigger.begin - event.sentence.begin
    before = event.sentence.text[:offset].split()
    return bool(before) and before[-1].lower() in ("the", "this", "that", "these", "those")
