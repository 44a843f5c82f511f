"""Quotes and their speakers.

A quote is the text between straight or curly double quotes; one left open at the end of a
paragraph runs on into the next paragraph that opens with a quote mark, as news style writes it.
The speaker is the subject of the nearest speech verb outside the quote in the sentences the quote
touches ("X said", "said X", "he said", "X told reporters"), or the object of "according to".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract.entities import Entities
from kg.facts import Mention, Quote

SPEECH_VERBS = {"say", "tell", "add", "state", "warn", "declare", "announce", "insist", "explain", "write",
                "tweet", "post", "ask", "reply", "respond", "argue", "claim", "note", "stress", "emphasize",
                "emphasise", "vow", "pledge", "promise", "acknowledge", "admit", "comment", "continue",
                "conclude", "assert", "remark", "recall", "testify", "predict", "caution", "urge", "shout",
                "answer", "confirm", "deny", "describe", "call", "complain", "suggest", "repeat"}
OPEN, CLOSE = "“\"", "”\""
QUOTE = re.compile(r"[“\"]([^“”\"]+?)(?:[”\"]|$)", re.MULTILINE)
MIN_WORDS = 3  # shorter quoted text is a scare quote or a title, not speech


def quote_spans(text: str, begin: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """(begin, end, closed) of each quoted stretch in ``text[begin:end]``, without the marks."""
    for m in QUOTE.finditer(text, begin, end):
        closed = m.end() > m.start(1) + len(m.group(1)) and text[m.end() - 1] in CLOSE
        yield m.start(1), m.start(1) + len(m.group(1)), closed


def _speaker(doc: Doc, begin: int, end: int, entities: Entities) -> str | None:
    inside = range(begin, end)
    span = doc.char_span(begin, end, alignment_mode="expand")
    if span is None:
        return None
    sents = [span[0].sent] if span[0].sent == span[-1].sent else [span[0].sent, span[-1].sent]
    candidates = []
    for sent in sents:
        for token in sent:
            if token.idx in inside:
                continue
            if token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX"):
                subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None and subject.idx not in inside:
                    distance = min(abs(token.idx - begin), abs(token.idx - end))
                    candidates.append((distance, subject))
            if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                pobj = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    candidates.append((min(abs(token.idx - begin), abs(token.idx - end)), pobj))
    for _, subject in sorted(candidates, key=lambda c: c[0]):
        if key := entities.of(subject):
            return key
    return None


def find_quotes(doc: Doc, entities: Entities) -> Iterator[Quote]:
    text = doc.text
    previous: Quote | None = None
    left_open = False
    for begin_para, end_para in entities.body:
        for begin, end, closed in quote_spans(text, begin_para, end_para):
            words = text[begin:end].split()
            if len(words) < MIN_WORDS:
                continue
            quoted = text[begin:end].strip().rstrip(",")
            begin = begin + (len(text[begin:end]) - len(text[begin:end].lstrip()))
            end = begin + len(quoted)
            speaker = _speaker(doc, begin, end, entities)
            continued = left_open and begin - 1 == begin_para
            if speaker is None and previous is not None and (continued or not closed):
                speaker = previous.speaker
            quote = Quote(quoted, Mention(begin, end, quoted), speaker)
            entities.quoted.append((begin, end, speaker))
            previous, left_open = quote, not closed
            yield quote
