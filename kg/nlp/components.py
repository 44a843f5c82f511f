"""Our spaCy components. Every registration of the package is in this one module."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.lexicon import TITLES

CURRENCY = re.compile(
    r"[$€£¥₹₽₩¢]|\b(dollars?|euros?|pounds?|yen|yuan|renminbi|rupees?|roubles?|rubles?|pesos?|soles?|reais|"
    r"real|francs?|won|lira|shekels?|dirhams?|riyals?|rands?|nairas?|cents?|usd|eur|gbp|us\$|bitcoins?)\b",
    re.IGNORECASE)


class EntityFix:
    """Corrects the small model's habitual entity errors.

    - MONEY with no currency ("roughly 34 million") becomes CARDINAL;
    - titles are cut off the front of PERSON spans ("President Jeri" -> "Jeri");
    - a possessive "'s" and surrounding punctuation are cut off every entity.
    """

    def __call__(self, doc: Doc) -> Doc:
        ents = []
        for ent in doc.ents:
            label = ent.label_
            start, end = ent.start, ent.end
            if label == "MONEY" and not CURRENCY.search(ent.text):
                label = "CARDINAL"
            while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
                end -= 1
            while end > start and doc[start].is_punct:
                start += 1
            if label == "PERSON":
                start = _after_title(doc, start, end)
            if end > start:
                ents.append(Span(doc, start, end, label=label))
        doc.ents = ents
        return doc


def _after_title(doc: Doc, start: int, end: int) -> int:
    """The first token after any leading titles within [start, end)."""
    moved = True
    while moved and end - start > 1:
        moved = False
        for n in (3, 2, 1):
            if end - start > n and " ".join(t.lower_ for t in doc[start:start + n]) in TITLES:
                start += n
                moved = True
                break
    return start


@Language.factory("kg_entity_fix", requires=["doc.ents"], assigns=["doc.ents"])
def make_entity_fix(nlp: Language, name: str) -> EntityFix:
    return EntityFix()
