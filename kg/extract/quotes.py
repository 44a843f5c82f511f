"""Quotes and their speakers.

A quote is the text between double quotes (straight or curly) or single quotes (curly, or straight
ones that are not apostrophes); one left open at the end of a paragraph runs on into the next
paragraph that opens with a quote mark, as news style writes it. The speaker is found, in order:

- the subject of the verb of saying that governs a quoted phrase ("accused Poland of "militarising
  the border"", "called it "a surrender""), or that reports the clause it stands in ("said the
  journalist was held "in accordance with the law"", "warned that it would respond "with full
  force"");
- the subject of the nearest speech verb outside the quote in the sentences the quote touches
  ("X said", "said X", "he said", "X told reporters"), or the object of "according to" or the name
  set beside it;
- the subject of any other verb the quoted phrase hangs from;
- for a quote that stands alone after another quote of the same paragraph, or that continues one,
  the speaker of that quote.

People who speak for a body speak as the body ("observers from the OSCE", "SADC, whose observers");
a common noun that names nobody ("officials said") gives no speaker.

Pronouns and "the company"-style nouns are resolved to their antecedent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.extract.entities import Entities, two_sentences_back
from kg.facts import COUNTRY, GROUP, ORGANIZATION, PERSON, Mention, Quote
from kg.lexicon import SPEECH_VERBS, TITLES

CLOSE = "”\"’'"
#: "…", “…”, ‘…’ and '…' (whose inner apostrophes sit between letters: 'the court's view').
QUOTE = re.compile(r"[“\"]([^“”\"]+?)(?:[”\"]|$)|‘((?:[^‘’]|(?<=\w)’(?=\w))+?)(?:’(?!\w)|$)"
                   r"|(?<![\w'])'((?:[^'\n]|(?<=\w)'(?=\w))+?)'(?!\w)", re.MULTILINE)
MIN_WORDS = 3  # shorter quoted text is a scare quote or a title, not speech
#: Nouns for a body that speaks for the organisation named before it: "the world body", "the panel".
PANELS = {"body", "panel", "bench"}
#: Verbs for holding up or putting out a thing that bears words: "carried banners that read ...".
CARRY = {"hold", "carry", "wave", "raise", "display", "wear", "unfurl", "hang", "issue", "release", "publish",
         "post", "put"}


def quote_spans(text: str, begin: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """(begin, end, closed) of each quoted stretch in ``text[begin:end]``, without the marks."""
    for m in QUOTE.finditer(text, begin, end):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        inner_end = m.start(group) + len(m.group(group))
        closed = m.end() > inner_end and text[m.end() - 1] in CLOSE
        yield m.start(group), inner_end, closed


def _governor(span, inside: range) -> Token | None:
    """The verb outside the quote that the quoted words hang from."""
    return next((t for t in span.root.ancestors if t.idx not in inside and t.pos_ in ("VERB", "AUX")), None)


def _speech_above(span, inside: range) -> Token | None:
    """The nearest verb of saying outside the quote that the quoted words hang from, or the one
    that reports its clause: in "he warned that it would respond "with full force"", "warned",
    whose subject says the words."""
    token = next((t for t in span.root.ancestors if t.idx not in inside and t.pos_ in ("VERB", "AUX")
                  and t.lemma_.lower() in SPEECH_VERBS), None)
    while token is not None and token.dep_ == "ccomp" and token.head.lemma_.lower() in SPEECH_VERBS:
        token = token.head
    return token


def _subject(verb: Token) -> Token | None:
    start = verb
    saying = verb.lemma_.lower() in SPEECH_VERBS
    participle = saying and verb.tag_ == "VBG"
    while True:
        if verb.dep_ == "acl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return verb.head  # "The chairman, Ana Roth, backed her, saying ...": the chairman
        subject = max((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), default=None,
                      key=lambda c: c.i if c.i < verb.i else -c.i) or next(  # of two, the one next to the verb: the
            # parse may hang "the Front (NUF) spokesman X called" on both the body and the person
            (c for c in verb.children if c.dep_ == "csubj"), None) or (  # a misparsed "Presiding Judge X said"
            _reduced_relative(verb) if saying else None)
        if saying and verb != start and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS and (
                participle or subject is not None and subject.dep_ == "nsubjpass" or start.tag_ == "VBD" and any(
                    c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)):
            # the words of the one who told the clause the parse hung them on: "X said troops had been
            # deployed and warned that ...", "X said Y would train sailors, describing the pact as ...", "X said
            # the government would deploy soldiers and warned that ..." (a past verb shares no "would")
            return _subject(verb.head)
        if subject is not None or verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head == verb:
            return subject
        verb = verb.head


def _reduced_relative(verb: Token) -> Token | None:
    """The subject of a verb of saying that the parse took for the subject of a clause before it: in
    "A statement read on television said ...", "A report issued on Monday said ...", the statement."""
    clause = next((c for c in verb.lefts if c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN")
                   and c.right_edge.i + 1 == verb.i), None)
    subject = next((c for c in clause.lefts if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None) if clause else None
    return subject if subject is not None and subject.i + 1 == clause.i else None


def _speaker(doc: Doc, begin: int, end: int, entities: Entities) -> str | None:
    inside = range(begin, end)
    span = doc.char_span(begin, end, alignment_mode="expand")
    if span is None:
        return None
    candidates: list[tuple[int, Token]] = []
    outer = _speech_above(span, inside) if span.root.dep_ != "ROOT" else None
    if outer is not None and (subject := _subject(outer)) is not None:
        candidates.append((-2, subject))
    governor = _governor(span, inside)
    if governor is not None and span.root.dep_ != "ROOT" and (subject := _subject(governor)) is not None:
        # the verb the quote hangs from, when it is a verb of saying, speaks first; any other verb last
        candidates.append((-1 if governor.lemma_.lower() in SPEECH_VERBS else 10**6, subject))
    sents = [span[0].sent] if span[0].sent == span[-1].sent else [span[0].sent, span[-1].sent]
    if (tail := _tail(doc, sents[-1], end)) is not None:
        sents.append(tail)
    for sent in sents:
        for token in sent:
            if token.idx in inside:
                continue
            if token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX"):
                subject = _subject(token) or _named_before(doc, end, token, entities) or _named_after(token, entities)
                if subject is not None and subject.idx not in inside:
                    candidates.append((min(abs(token.idx - begin), abs(token.idx - end)), subject))
            if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                pobj = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
                if pobj is not None:  # "according to the weather bureau, the National Weather Service": the name first
                    distance = min(abs(token.idx - begin), abs(token.idx - end))
                    if token.idx >= end and not doc.text[end:token.idx].strip(" \"”’',"):
                        distance = -3  # "the law, which "violates ...", according to X": X's words, whoever asks
                    beside = [t for t in (*pobj.children, *token.children) if t.dep_ in ("appos", "conj", "pobj")]
                    beside += [t for c in pobj.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                               for t in a.children if t.dep_ == "pobj"]  # "according to a statement issued by X"
                    candidates += [(distance, t) for t in (*beside, pobj) if t.i > pobj.i or t == pobj]
    for _, subject in sorted(candidates, key=lambda c: c[0]):
        subject = _person_in_apposition(subject, entities) or subject
        key = entities.of(subject) or _named_in(subject, entities)
        if key is None or _unnamed(key, entities):
            key = (_body_of(subject, entities) or entities.state_of_service(subject) or _carrier(subject, entities)
                   or key)
        if key is not None:
            # "officials said", "protesters chanted": the text does not say who
            return None if _unnamed(key, entities) else entities.capital_country(key)  # "Riyadh said": the state
    return None


def _person_in_apposition(subject: Token, entities: Entities) -> Token | None:
    """The person a body's name has in apposition, as the parse hangs "the Front (PF) spokesman X said" on
    the body: the words are the person's."""
    if entities.type_of(entities.of(subject)) not in (ORGANIZATION, COUNTRY):
        return None
    return next((c for c in subject.children if c.dep_ == "appos" and entities.type_of(entities.of(c)) == PERSON),
                None)


def _tail(doc: Doc, sent: Span, end: int) -> Span | None:
    """The words that report a quote ending its sentence, when the parse cut them off as a sentence of
    their own: in "“Is that fair?” he said.", "he said" (a sentence does not open in lower case)."""
    if sent.end >= len(doc) or doc.text[end:sent.end_char].strip(CLOSE + "?!.,"):
        return None
    after = doc[sent.end].sent
    return after if after[0].is_alpha and after[0].is_lower else None


def _named_before(doc: Doc, end: int, verb: Token, entities: Entities) -> Token | None:
    """The one person named before a verb of saying the parse gives no subject, after the quote
    when the quote comes first (""...," the agency's director for Chad, Ana Roth, said"; "In Lome,
    Norland's health minister, Ana Roth, said the state would pay "every cent"")."""
    people = [t for t in doc[verb.sent.start:verb.i] if (t.idx >= end or verb.idx < end) and (key := entities.at(t))
              and entities.type_of(key) == PERSON]
    return people[0] if len({entities.at(t) for t in people}) == 1 else None


def _named_after(verb: Token, entities: Entities) -> Token | None:
    """The person named right after a verb of saying the parse gives no subject: ""...," said Ana Roth, a
    shopkeeper in the town, who ..." (the parse may hang the name on a later verb)."""
    after = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    return after if after is not None and entities.type_of(entities.at(after)) == PERSON else None


def _unnamed(key: str, entities: Entities) -> bool:
    return entities.type_of(key) == GROUP and entities.label_of(key).islower()


def _body_of(subject: Token, entities: Entities) -> str | None:
    """The body that people speak for: "observers from the OSCE said", "SADC, whose observers had
    described the vote as ...", "the Union's foreign policy service called it ...", "a group calling
    itself the Front for Change said"."""
    def body(token: Token) -> str | None:
        key = entities.of(token)
        return key if key and entities.type_of(key) in (ORGANIZATION, COUNTRY) else None

    for child in subject.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "of", "at"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (key := body(pobj) or pobj.pos_ == "NOUN" and _body_of(pobj, entities)):
                    return key  # "a statement from the Beninese presidency": Benin's
        if child.dep_ in ("poss", "compound", "amod") and (key := body(child)):
            return key  # "the Union's foreign policy service", "a ministry statement", "a TASAC statement"
        if child.dep_ == "poss" and subject.lemma_.lower() == "office" and entities.type_of(
                key := entities.of(child)) == PERSON:
            return key  # "a statement from the president's office": the president's words
        if child.dep_ == "compound" and child.lower_ == "government" and not any(child.children) and (
                key := entities.government_of(child)):
            return key  # "a government statement said": the state the government governs
        if child.dep_ == "compound" and child.lower_ == "ministry" and not any(child.children) and (
                key := _ministry_before(child, entities) or entities.government_of(child)):
            return key  # "according to a ministry statement": the ministry just named, else its state
        if child.dep_ == "acl" and child.lemma_.lower() in ("call", "name"):
            if key := next((k for c in child.children if c.dep_ in ("oprd", "dobj", "xcomp") and (k := body(c))),
                           None):
                return key
        if child.dep_ == "poss" and child.lower_ == "whose":
            clause = next((a for a in subject.ancestors if a.dep_ == "relcl"), None)
            return entities.of(clause.head) if clause is not None else None
    if subject.lemma_.lower() in PANELS and subject.tag_ == "NN":
        # "the regional body said", "a three-judge panel ruled": the organisation last named
        return entities.antecedent(subject, ORGANIZATION)
    return None


#: Last words of a ministry's name: "the Foreign Ministry", "the Federal Foreign Office".
MINISTRY_WORDS = {"ministry", "office", "department"}


def _ministry_before(token: Token, entities: Entities) -> str | None:
    """The named ministry a lower-case "ministry" stands for, named in its sentence or the two before:
    "Norland's Foreign Office summoned the envoy. ... according to a ministry spokeswoman"."""
    for t in reversed(token.doc[two_sentences_back(token):token.i]):
        key = entities.at(t)
        label = entities.label_of(key).lower().split() if key else []
        if entities.type_of(key) == ORGANIZATION and label and (label[-1] in MINISTRY_WORDS or label[0] == "ministry"):
            return key
    return None


def _carrier(subject: Token, entities: Entities) -> str | None:
    """Who holds up or puts out the words a thing bears: "protesters carried placards reading ...",
    "Acme issued a statement that said ...": the protesters, Acme."""
    thing = subject.head.head if subject.dep_ in ("nsubj", "nsubjpass") and subject.head.dep_ == "relcl" and \
        subject.tag_ == "WDT" else subject
    if thing.dep_ != "dobj" or entities.at(thing) or thing.pos_ != "NOUN" or thing.head.lemma_.lower() not in CARRY:
        return None
    holder = _subject(thing.head)
    return None if holder is None else entities.of(holder) or _body_of(holder, entities)


def _named_in(subject: Token, entities: Entities) -> str | None:
    """The person a title subject names in its phrase: "UNHCR's representative in Chad, Annelies
    Verbeek, told reporters" (the parser may hang the name on "Chad"), or the one a misparsed
    clausal subject holds ("Presiding Judge Seo Ji-hye said": "Presiding" with "Seo" its object)."""
    clausal = subject.dep_ == "csubj"
    if not clausal and subject.lower_ not in TITLES and subject.lemma_.lower() not in TITLES:
        return None
    people = [k for t in subject.subtree if (clausal or t.i > subject.i) and (k := entities.at(t))
              and entities.type_of(k) == PERSON]
    if not people and (second := _second_subject(subject)) is not None and entities.type_of(
            key := entities.at(second)) == PERSON:
        return key
    if len(set(people)) == 1:
        return people[0]
    # "The chairman of the board, Ana Roth, backed Vollmer": the first name set off by a comma
    return next((k for t in subject.subtree if t.i > subject.i and t.i > 0 and subject.doc[t.i - 1].text == ","
                 and (k := entities.at(t)) and entities.type_of(k) == PERSON), None)


def _second_subject(subject: Token) -> Token | None:
    """The name set off by a comma after a title that the parse made a second subject of the verb:
    ""...," said the union's secretary-general, Ana Roth."."""
    if subject.dep_ != "nsubj":
        return None
    doc = subject.doc
    return next((c for c in subject.head.children if c.dep_ == "nsubj" and c.i > subject.i
                 and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","), None)


def _alone(doc: Doc, begin: int, end: int) -> bool:
    """Whether the quote is all there is of its sentences (no words of the reporter around it)."""
    span = doc.char_span(begin, end, alignment_mode="expand")
    if span is None:
        return False
    first, last = span[0].sent, span[-1].sent
    outside = [t for t in doc[first.start:last.end] if not (begin <= t.idx < end) and not t.is_punct
               and not t.is_space]
    return not outside


def _heading(doc: Doc, quote: Quote, entities: Entities) -> bool:
    """Whether a quote is a paragraph of its own, a crosshead that lifts words from the story."""
    begin, end = quote.mention.begin, quote.mention.end
    return any(b <= begin and end <= e and doc.text[b:e].strip(" \"“”‘’'.,") == doc.text[begin:end].strip(" .,")
               for b, e in entities.body)


def _repeated(quote: Quote, later: list[Quote]) -> str | None:
    """The speaker of the later quote that repeats a crosshead's words: "Time is up" over a paragraph
    where Ana Roth says "... and time is up for them"."""
    words = quote.text.lower().strip(" .,!")
    return next((q.speaker for q in later if q.speaker is not None and words in q.text.lower()), None)


def find_quotes(doc: Doc, entities: Entities) -> Iterator[Quote]:
    quotes = list(_quotes(doc, entities))
    for i, quote in enumerate(quotes):
        if quote.speaker is None and _heading(doc, quote, entities):
            quotes[i] = replace(quote, speaker=_repeated(quote, quotes[i + 1:]))
    yield from quotes


def _quotes(doc: Doc, entities: Entities) -> Iterator[Quote]:
    text = doc.text
    previous: Quote | None = None
    previous_para = -1
    left_open = False
    for para, (begin_para, end_para) in enumerate(entities.body):
        for begin, end, closed in quote_spans(text, begin_para, end_para):
            words = text[begin:end].split()
            if len(words) < MIN_WORDS:
                continue
            quoted = text[begin:end].strip().rstrip(",")
            begin = begin + (len(text[begin:end]) - len(text[begin:end].lstrip()))
            end = begin + len(quoted)
            entities.quoted.append((begin, end, None))  # its words name no one who says them
            speaker = _speaker(doc, begin, end, entities)
            continued = left_open and begin - 1 == begin_para
            follows = previous is not None and previous_para == para and _alone(doc, begin, end)
            if speaker is None and previous is not None and (continued or follows):
                speaker = previous.speaker
            quote = Quote(quoted, Mention(begin, end, quoted), speaker)
            entities.quoted[-1] = (begin, end, speaker)
            previous, previous_para, left_open = quote, para, not closed
            yield quote
