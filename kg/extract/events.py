"""Events: who did what to whom, where and when.

A trigger is a verb or an event noun found in the trigger lexicon (``kg/data/triggers.tsv``).
Source and target come from the parse: subjects and objects, passive agents, the subject of a
control verb ("pledged to detain"), shared objects of coordinated verbs ("detain and expel
migrants"), and the subject of a light or support verb whose object is an event noun ("made the
announcement", "declared a state of emergency"). A promised or future act becomes the matching
threat; a negated act is marked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.dates import FUTURE, resolve, tense
from kg.extract.entities import Entities
from kg.facts import CITY, COUNTRY, PLACE, Event, Mention
from kg.lexicon import triggers

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
#: Verbs that carry an event noun in their object: the noun says what happened.
SUPPORT_VERBS = {"announce", "declare", "impose", "order", "make", "launch", "issue", "hold", "carry", "conduct",
                 "stage", "begin", "start", "extend", "reimpose", "introduce", "enact", "approve", "sign",
                 "reach", "call", "seal", "agree", "win", "lose", "mount", "unleash", "carry out", "put"}
#: Verbs whose infinitive complement is only promised or threatened.
PROMISE_VERBS = {"pledge", "promise", "vow", "threaten", "plan", "intend", "warn", "swear", "offer",
                 "propose", "seek", "want", "aim", "hope", "prepare", "go", "decide", "agree", "refuse"}
#: Verbs whose subject undergoes the event noun in their object: "they face expulsion".
EXPERIENCER_VERBS = {"face", "suffer", "undergo", "risk", "fear", "avoid", "escape", "survive", "endure",
                     "receive", "get", "dodge", "evade", "resist", "await"}
MODALS = {"will", "shall", "would", "could", "may", "might", "'ll", "wo", "can"}
PLACE_PREPS = {"in", "at", "along", "near", "across", "into", "inside", "outside", "throughout", "on", "to",
               "from", "within", "off"}
AGENT_PREPS = {"by"}
TARGET_PREPS = {"against", "on", "at", "with", "of", "to", "for"}


def _phrasal(token: Token) -> str:
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ == "prt" or (child.dep_ == "prep" and (f"{lemma} {child.lower_}", "VERB") in triggers()):
            phrase = f"{lemma} {child.lower_}"
            if (phrase, "VERB") in triggers():
                return phrase
    return lemma


def noun_trigger(token: Token) -> tuple[str, Span] | None:
    """The longest event noun starting at ``token`` ("state of emergency", "run-off", "curfew")."""
    if token.pos_ not in ("NOUN", "PROPN") and token.tag_ not in ("NN", "NNS"):
        return None
    doc = token.doc
    for n in (4, 3, 2, 1):
        if token.i + n > token.sent.end:
            continue
        span = doc[token.i:token.i + n]
        words = [t.lemma_.lower() for t in span]
        for key in (" ".join(words), span.text.lower(), "".join(w for w in words)):
            if (key, "NOUN") in triggers():
                return key, span
    return None


def _subject(verb: Token) -> Token | None:
    """The doer of ``verb``: its subject, or the subject it shares with a controlling or coordinated verb."""
    while True:
        for child in verb.children:
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
            if child.dep_ in ("nsubj", "csubj"):
                return child
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head is not verb and verb.head.pos_ in ("VERB", "AUX"):
            if verb.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                return None
            verb = verb.head
            continue
        if verb.dep_ in ("relcl", "acl") and verb.tag_ == "VBG":
            return verb.head
        return None


def _object(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "dative"):
            return child
    for child in verb.children:  # "detain and expel migrants": the object is the last conjunct's
        if child.dep_ == "conj" and child.pos_ == "VERB":
            found = next((c for c in child.children if c.dep_ == "dobj"), None)
            if found is not None:
                return found
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in verb.children):
        return next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPS - {"of", "to", "for", "with"}:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _modality(verb: Token) -> tuple[bool, bool]:
    """(only promised or future, negated) for a verb or the verb carrying a noun.

    "would" reported after a past verb ("confirmed that troops would be deployed") is the future of
    the past: a decision reported, not a threat.
    """
    future = negated = False
    seen = verb
    for _ in range(4):
        for child in seen.children:
            if child.dep_ == "neg":
                negated = True
            if child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS - {"can"}:
                reported = child.lower_ == "would" and seen.dep_ == "ccomp" and seen.head.tag_ == "VBD"
                future = future or not reported
        if seen.dep_ == "xcomp" and seen.head.lemma_.lower() in PROMISE_VERBS:
            future = True
        if seen.dep_ in ("xcomp", "conj") and seen.head is not seen:
            seen = seen.head
            continue
        break
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


def _clause(token: Token) -> Token:
    while token.pos_ not in ("VERB", "AUX") and token.head is not token:
        token = token.head
    return token


def _when(trigger: Token, sent: Span, entities: Entities, published: dt.date | None):
    """The date of the sentence's temporal expression in the trigger's phrase or clause, else the
    publication date (and the caller lowers its confidence)."""
    dates = [e for e in sent.ents if e.label_ in ("DATE", "TIME")]
    subtree = {t.i for t in trigger.subtree}
    clause = _clause(trigger)
    mine = [e for e in dates if e.root.i in subtree] or [e for e in dates if _clause(e.root) is clause]
    for ent in mine:
        when = resolve(ent.text, published, tense(ent.root),
                       Mention(ent.start_char, ent.end_char, ent.text))
        if when:
            return when, True
    if published:
        return resolve(published.isoformat(), published), False
    return None, False


def _code(lemma: str, pos: str, future: bool) -> str | None:
    entry = triggers().get((lemma, pos))
    if entry is None:
        return None
    code, threat = entry
    return (threat or code) if future else code


def find_events(doc, entities: Entities, published: dt.date | None) -> Iterator[Event]:
    used: set[int] = set()
    for sent in doc.sents:
        if not entities.in_body(sent):
            continue
        for token in sent:
            if token.i in used:
                continue
            event = None
            if token.pos_ == "VERB":
                event = _verb_event(token, sent, entities, published, used)
            if event is None and token.i not in used:
                event = _noun_event(token, sent, entities, published, used)
            if event:
                yield event


def _event(trigger: Span, verb: Token, code: str, sent: Span, entities: Entities, published,
           source: Token | None, target: Token | None, negated: bool) -> Event:
    source_key = entities.of(source)
    target_key = entities.of(target)
    if target_key == source_key:
        target_key = None
    when, dated = _when(verb, sent, entities, published)
    actors = tuple(k for k in (source_key, target_key) if k)
    confidence = 0.5 + (0.2 if source_key else 0) + (0.1 if target_key else 0) + (0.1 if dated else 0)
    return Event(trigger=Mention(trigger.start_char, trigger.end_char, trigger.text), type=code,
                 sentence=Mention(sent.start_char, sent.end_char, sent.text), source=source_key,
                 target=target_key, actors=actors, place=_place(verb, entities), when=when,
                 confidence=round(confidence, 2), negated=negated)


def _verb_event(verb: Token, sent, entities, published, used) -> Event | None:
    lemma = _phrasal(verb)
    if lemma in PROMISE_VERBS and any(c.dep_ == "xcomp" and (_phrasal(c), "VERB") in triggers()
                                      for c in verb.children):
        return None  # "pledged to detain": the promised act is the event
    future, negated = _modality(verb)
    obj = _object(verb)
    if lemma in SUPPORT_VERBS or lemma.split()[0] in SUPPORT_VERBS:
        if obj is not None and (found := noun_trigger(obj) or _noun_head_trigger(obj)):
            key, span = found
            code = _code(key, "NOUN", future)
            if code:
                used.update(t.i for t in span)
                target = next((c for c in span[-1].children if c.dep_ == "prep" and c.lower_ in ("against", "on")),
                              None)
                target = next((c for c in target.children if c.dep_ == "pobj"), None) if target else None
                event = _event(span, verb, code, sent, entities, published, _subject(verb), target, negated)
                verb_mention = Mention(verb.idx, verb.idx + len(verb), verb.text)
                return replace(event, mentions=(verb_mention,))
    code = _code(lemma, "VERB", future)
    if code is None:
        return None
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) or (
            verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN"):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if source is None and verb.dep_ in ("ccomp",) and verb.head.pos_ == "VERB":
            source = _subject(verb.head)
        target = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if verb.dep_ in ("acl", "amod"):
            target = verb.head
    else:
        source, target = _subject(verb), obj
    return _event(verb.doc[verb.i:verb.i + 1], verb, code, sent, entities, published, source, target, negated)


def _noun_head_trigger(token: Token):
    key = token.lemma_.lower()
    if (key, "NOUN") in triggers():
        return key, token.doc[token.i:token.i + 1]
    return None


def _noun_event(token: Token, sent, entities, published, used) -> Event | None:
    found = noun_trigger(token)
    if not found:
        return None
    key, span = found
    head = span.root
    if head.dep_ == "compound" or (head.dep_ == "amod" and head.head.pos_ == "NOUN"):
        return None  # "immigration crackdown": a modifier, not an event of its own
    verb = head.head if head.dep_ in ("dobj", "pobj", "attr") else head
    while verb.dep_ == "prep" or verb.pos_ == "ADP":
        verb = verb.head
    future, negated = _modality(verb) if verb.pos_ in ("VERB", "AUX") else (False, False)
    target = None
    if head.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in EXPERIENCER_VERBS:
        source, target = None, _subject(verb)  # "they face expulsion": they are the ones expelled
    elif head.dep_ == "dobj" and verb.pos_ == "VERB":
        source = _subject(verb)
    else:
        source = next((c for c in head.children if c.dep_ == "poss"), None)
        if source is None:
            by = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            source = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        if source is None:  # "a Chilean crackdown", "the Peru government's"
            source = next((c for c in head.children if c.dep_ in ("amod", "compound", "nmod")
                           and entities.of(c)), None)
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("against", "on", "with"):
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
    code = _code(key, "NOUN", future and tense(head) == FUTURE)
    if code is None:
        return None
    used.update(t.i for t in span)
    return _event(span, head, code, sent, entities, published, source, target, negated)


def merge(events: list[Event]) -> list[Event]:
    """One event per happening: a later mention of the same type with the same doer (or none, as
    in "the state of emergency" after "declared a state of emergency") joins the earlier one."""
    out: list[Event] = []
    for event in events:
        same = next((e for e in reversed(out) if e.type == event.type and (
            event.source in (None, e.source) or e.source is None) and event.target in (None, e.target)
            and not e.negated and not event.negated), None)
        if same is None:
            out.append(event)
            continue
        i = out.index(same)
        out[i] = Event(
            trigger=same.trigger, type=same.type, sentence=same.sentence, source=same.source or event.source,
            target=same.target or event.target, actors=tuple(dict.fromkeys(same.actors + event.actors)),
            place=same.place or event.place,
            when=same.when if same.when and (same.when.mention or not event.when or not event.when.mention)
            else event.when,
            confidence=max(same.confidence, event.confidence), negated=False,
            mentions=same.mentions + (event.trigger,) + event.mentions)
    return out

