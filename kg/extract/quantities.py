"""Quantities: counts of people and things, money with its currency, percentages.

A number keeps its qualifier ("at least", "around") and, when the sentence says, the noun it
counts ("100 people") and what it measures ("a population of roughly 34 million").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.extract.entities import Entities
from kg.facts import Mention, Quantity

QUALIFIERS = ("at least", "at most", "more than", "less than", "fewer than", "over", "under", "nearly",
              "almost", "around", "about", "roughly", "approximately", "some", "up to", "an estimated",
              "as many as", "as few as", "close to", "just over", "just under", "well over", "estimated",
              "no fewer than", "no more than", "upwards of", "only", "just", "a further", "another")
QUALIFIER = re.compile(rf"^(?:{'|'.join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))})\b\s*",
                       re.IGNORECASE)
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
          "b": 1e9, "trillion": 1e12, "tn": 1e12, "k": 1e3, "dozen": 12}
WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
WORDS.update({w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())})
CURRENCIES = {"us$": "USD", "a$": "AUD", "nz$": "NZD", "c$": "CAD", "hk$": "HKD", "s$": "SGD",  # before "$"
              "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
              "dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
              "rupee": "INR", "rouble": "RUB", "ruble": "RUB", "peso": "peso", "sol": "PEN", "soles": "PEN",
              "real": "BRL", "reais": "BRL", "franc": "CHF", "won": "KRW", "lira": "TRY", "shekel": "ILS",
              "rand": "ZAR", "naira": "NGN", "riyal": "SAR", "dirham": "AED", "usd": "USD", "eur": "EUR",
              "gbp": "GBP"}
KINDS = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")


def parse_number(text: str) -> float | None:
    """The value of a written number: "330,000", "34 million", "1.5bn", "twenty-five", "a dozen".

    >>> parse_number("roughly 34 million")
    34000000.0
    >>> parse_number("twenty-five")
    25.0
    """
    text = QUALIFIER.sub("", text.lower().strip()).replace(",", "")
    text = re.sub(r"\b(?:us|a|nz|c|hk|s)\$|[$€£¥₹₽₩%]", " ", text)
    value: float | None = None
    total = 0.0
    for word in re.findall(r"\d+(?:\.\d+)?|[a-z]+", text.replace("-", " ")):
        if re.fullmatch(r"\d+(?:\.\d+)?", word):
            value = (value or 0) + float(word)
        elif word in WORDS:
            value = (value or 0) + WORDS[word]
        elif word in SCALES:
            if word in ("m", "b", "k", "bn", "mn", "tn") and value is None:
                continue
            value = (value or 1) * SCALES[word]
            if SCALES[word] >= 1e3:
                total += value
                value = None
        elif word in ("a", "an") and value is None:
            value = 1
        elif word in ("and", "point"):
            continue
        else:
            break
    result = total + (value or 0)
    return result if (total or value is not None) else None


def _unit(ent: Span) -> tuple[str | None, str | None]:
    """(what is counted or the currency, what the number measures)."""
    text = ent.text.lower()
    if ent.label_ == "PERCENT" or "%" in text or "percent" in text or "per cent" in text:
        return "percent", _measured(ent)
    if ent.label_ == "MONEY":
        for key, code in CURRENCIES.items():
            if key in text if not key.isalpha() else re.search(rf"\b{key}s?\b", text):
                return code, _measured(ent)
        return None, _measured(ent)
    head = ent.root.head
    if ent.root.dep_ in ("nummod", "quantmod", "compound") and head.pos_ in ("NOUN", "PROPN"):
        word = head.text.lower()
        code = CURRENCIES.get(word) or CURRENCIES.get(word[:-1] if word.endswith("s") else word)
        if code and word.isalpha():  # "70,000 naira", "12.5 million euros" the model did not call money
            return code, _measured(ent)
        return word, None
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is not None and nxt.lower_ == "of":  # "thousands of migrants"
        pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return pobj.text.lower(), None
    return None, _measured(ent)


def _measured(ent: Span) -> str | None:
    """The noun a number measures: "a population of 34 million", "inflation fell to 12%"."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ == "of" and before.head.pos_ == "NOUN" and ent.start >= 2:
        return before.head.text.lower()  # "population of roughly 34 million", however it is parsed
    root = ent.root
    if root.head.dep_ == "prep" or root.dep_ == "pobj":
        prep = root.head
        if prep.head.pos_ == "NOUN":
            return prep.head.text.lower()
    if root.dep_ in ("dobj", "attr") and root.head.pos_ == "VERB":
        subject = next((c for c in root.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "NOUN":
            return subject.text.lower()
    return None


def find_quantities(doc: Doc, entities: Entities) -> Iterator[Quantity]:
    for ent in doc.ents:
        if ent.label_ not in KINDS or not entities.in_body(ent):
            continue
        text = ent.text
        start = ent.start_char
        for width in (2, 1):
            before = doc[max(ent.start - width, 0):ent.start]
            if width <= ent.start and QUALIFIER.fullmatch(before.text + " "):
                start, text = before.start_char, doc.text[before.start_char:ent.end_char]
                break
        value = parse_number(text)
        if value is None or (ent.label_ == "CARDINAL" and text.lower() in ("one", "a", "an")):
            continue
        qualifier = QUALIFIER.match(text)
        unit, measures = _unit(ent)
        yield Quantity(value=value, mention=Mention(start, ent.end_char, text), unit=unit,
                       qualifier=qualifier.group(0).strip().lower() if qualifier else None,
                       measures=measures)
