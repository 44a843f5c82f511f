"""Quantities: counts of people and things, money with its currency, percentages.

A number keeps its qualifier ("at least", "around") and, when the sentence says, the noun it
counts ("100 people") and what it measures ("a population of roughly 34 million"). Numbers come
from the model's CARDINAL, MONEY, PERCENT and QUANTITY entities, split where they join two
("between 3,000 and 4,000"), and from the runs of digits the model left untagged when a scale,
a currency or a percent sign says they are amounts ("around 120 million euros"). Vague amounts
count as their scale ("hundreds" 100, "tens of thousands" 10,000). A number that only picks out
known things ("the two countries"), an adjective ("a three-judge bench"), a ratio ("three times") or
a fraction ("nearly a quarter", "two-thirds") is no quantity. Money carries its ISO
4217 code: a currency word several countries share ("shillings", "pesos", "CFA francs") is that of
the country named with the amount, else of the story's country (the dateline's, then the most named).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache

import pycountry
from spacy.tokens import Doc, Span, Token

from kg.extract.entities import Entities
from kg.facts import CITY, COUNTRY, Mention, Quantity
from kg.lexicon import cities, countries, demonyms, norm

QUALIFIERS = ("at least", "at most", "more than", "less than", "fewer than", "over", "under", "nearly",
              "almost", "around", "about", "roughly", "approximately", "some", "up to", "an estimated",
              "as many as", "as few as", "close to", "just over", "just under", "well over", "estimated",
              "no fewer than", "no more than", "upwards of", "only", "just", "a further", "another",
              "as much as", "as little as", "below", "above", "several")
QUALIFIER = re.compile(rf"^(?:{'|'.join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))})\b\s*",
                       re.IGNORECASE)
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
          "b": 1e9, "trillion": 1e12, "tn": 1e12, "k": 1e3, "dozen": 12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7,
          "crores": 1e7}  # South Asian outlets count in lakhs (100,000) and crores (10 million)
VAGUE = {f"{word}s": scale for word, scale in SCALES.items() if word.isalpha() and len(word) > 2} | {"tens": 10}
FRACTIONS = {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"}
WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
WORDS.update({w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())})
CURRENCIES = {"a$": "AUD", "c$": "CAD", "s$": "SGD", "n$": "NAD", "f$": "FJD", "r$": "BRL", "j$": "JMD",  # before
              # "$" ("US$", "NZ$": a country's dollar)
              "ksh": "KES", "tk": "BDT",  # "Ksh 3 billion", "Tk 50 crore"
              "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
              "dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
              "rupee": "INR", "rouble": "RUB", "ruble": "RUB", "peso": "peso", "sol": "PEN", "soles": "PEN",
              "real": "BRL", "reais": "BRL", "franc": "CHF", "won": "KRW", "lira": "TRY", "shekel": "ILS",
              "rand": "ZAR", "naira": "NGN", "cordoba": "NIO", "riyal": "SAR", "dirham": "AED", "usd": "USD",
              "eur": "EUR", "gbp": "GBP"}
#: Currency words spelt otherwise than in the ISO 4217 list, with the names they stand for there.
ALIASES = {"crown": ("krone", "krona", "koruna"), "crowns": ("krone", "krona", "koruna"), "kroner": ("krone",),
           "kronor": ("krona",), "kronur": ("krona",), "reais": ("real",), "lei": ("leu",), "rs": ("rupee",),
           "meticais": ("metical",)}
#: Countries of the Central African CFA franc (XAF); the West African one (XOF) is the other.
CENTRAL_AFRICAN_CFA = {"CM", "CF", "TD", "CG", "GQ", "GA"}
KINDS = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
#: Determiners before "two" when it picks out a pair already known: "the two countries", "our two nations".
KNOWN = frozenset({"the", "these", "those", "its", "their", "our", "his", "her", "my", "your", "both"})
AMOUNT = re.compile(r"(?:[A-Z]{0,3}[$€£¥₹₽₩])?\d[\d,]*(?:\.\d+)?(?:bn|mn|tn|[mkb])?", re.IGNORECASE)
#: Words after a hyphenated number that make it a length, a time or a form, not a count: "a 48-hour strike".
NOT_COUNTED = frozenset({"way", "storey", "story", "floor", "hour", "day", "week", "month", "year", "minute", "second",
                         "km", "kilometre", "kilometer", "mile", "metre", "meter", "point", "time", "fold"})

#: Nouns a magnitude stands before: "a 5.9 quake".
QUAKES = frozenset({"quake", "earthquake", "tremor", "aftershock"})
#: Units of length, which a speed counts per hour.
LENGTHS = frozenset({"km", "kilometre", "kilometer", "mile", "metre", "meter"})


def parse_number(text: str) -> float | None:
    """The value of a written number: "330,000", "34 million", "1.5bn", "twenty-five", "a dozen".

    >>> parse_number("roughly 34 million")
    34000000.0
    >>> parse_number("twenty-five")
    25.0
    """
    text = QUALIFIER.sub("", text.lower().strip()).replace(",", "")
    text = re.sub(r"\b[a-z]{0,3}[$€£¥₹₽₩]|%", " ", text)  # "US$", "FJ$", "€", "%"
    value: float | None = None
    total = 0.0
    previous = ""
    for word in re.findall(r"\d+(?:\.\d+)?|[a-z]+", text.replace("-", " ")):
        if re.fullmatch(r"\d+(?:\.\d+)?", word):
            value = (value or 0) + float(word)
        elif word in WORDS:
            value = (value or 0) + WORDS[word]
        elif word in FRACTIONS:
            return None  # "a quarter", "two-thirds": a share, not an amount
        elif word in VAGUE:  # "hundreds", "tens of thousands", "dozens"
            value = (value or 1) * VAGUE[word]
            if VAGUE[word] >= 1e3:
                total += value
                value = None
        elif word == "of" and previous in VAGUE:
            pass
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
            pass
        elif previous in ("a", "an") and value == 1:
            value = None  # "an additional 1.5 billion", "a further 200": an adjective after the article, no "one"
        else:
            break
        previous = word
    result = total + (value or 0)
    return result if (total or value is not None) else None


def _unit(ent: Span, home: Callable[[], tuple[str, ...]]) -> tuple[str | None, str | None]:
    """(what is counted or the currency, what the number measures)."""
    text = ent.text.lower()
    if ent.label_ == "PERCENT" or "%" in text or "percent" in text or "per cent" in text or (
            ent.end + 1 < len(ent.doc) and ent.doc[ent.end].lower_ == "percentage"):  # "3.1 percentage points"
        return "percent", _measured(ent)
    if code := _money(ent, home):
        return code, _measured(ent)
    if ent.label_ == "MONEY":
        return None, _measured(ent)
    number = next((t for t in reversed(ent) if _numeric(t)), ent.root)  # "an estimated 130 billion": "billion"
    head = number.head
    if number.dep_ in ("nummod", "quantmod", "compound") and head.pos_ in ("NOUN", "PROPN"):
        return head.text.lower(), None
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is not None and nxt.lower_ == "of":  # "thousands of migrants"
        pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return pobj.text.lower(), None
    return None, _measured(ent)


def _money(ent: Span, home: Callable[[], tuple[str, ...]]) -> str | None:
    """The currency of an amount: a symbol or code in it ("$", "NZ$", "€"), else a currency word in
    it or just after it ("45 billion ariary", "a 20 million forint loan", "2 million New Zealand
    dollars"), of the country named with it, else, for a word several countries' money shares
    ("shillings", "pesos", "CFA francs"), of the story's country."""
    text = ent.text.lower()
    if code := _dollar(text) or next((code for key, code in CURRENCIES.items() if not key.isalpha() and key in text),
                                     None):
        return code
    doc = ent.doc
    end = ent.end
    while end < min(ent.end + 3, len(doc)) and doc[end].is_alpha and (doc[end].is_title or doc[end].lower_ == "cfa"):
        end += 1  # "New Zealand", "Danish", "CFA"
    start = ent.start - 1 if ent.start and doc[ent.start - 1].text[:1].isupper() and _currency(
        doc[ent.start - 1].lower_.rstrip(".")) else ent.start  # "Rs 500 crore", "KSh 3 billion"
    words = doc[start:min(end + 1, len(doc))]
    own = [k.code for i in range(len(words)) for n in (1, 2)
           if (k := demonyms().get(key := norm(words[i:i + n].text)) or countries().get(key))]
    if any(t.lower_ == "cfa" for t in words):
        return "XAF" if next(iter((*own, *home())), None) in CENTRAL_AFRICAN_CFA else "XOF"
    return next((code for t in words if t.text.rstrip(".").isalpha() and (
        code := _currency(t.lower_.rstrip("."), own, home))), None)


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
    @cache
    def home() -> tuple[str, ...]:
        """The story's countries: the dateline's, then those it names, the most named first."""
        def code(key: str) -> str | None:
            label = norm(entities.label_of(key))
            if entities.type_of(key) == COUNTRY:
                return known.code if (known := countries().get(label)) else None
            return cities().get(label, (None,))[0]  # "NAIROBI (Reuters)"

        keys = [k for t in doc if entities.type_of(k := entities.at(t)) in (COUNTRY, CITY)]
        named = sorted(set(keys), key=lambda k: (k not in entities.dateline_places, -keys.count(k)))
        return tuple(dict.fromkeys(c for k in named if (c := code(k))))

    for span in _numbers(doc):
        if not entities.in_body(span) or _no_amount(span):
            continue
        text = span.text
        start = span.start_char
        for width in (2, 1) if not QUALIFIER.match(text) else ():  # "over roughly $5 million": one qualifier
            before = doc[max(span.start - width, 0):span.start]
            if width <= span.start and QUALIFIER.fullmatch(before.text + " "):
                start, text = before.start_char, doc.text[before.start_char:span.end_char]
                break
        value = parse_number(text)
        if value is None or (span.label_ == "CARDINAL" and text.lower() in ("one", "a", "an")):
            continue
        qualifier = QUALIFIER.match(text)
        unit, measures = _unit(span, home)
        yield Quantity(value=value, mention=Mention(start, span.end_char, text), unit=unit,
                       qualifier=qualifier.group(0).strip().lower() if qualifier else None,
                       measures=measures)


def _numbers(doc: Doc) -> Iterator[Span]:
    """The model's number entities, one per number, then the amounts it left untagged."""
    taken: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in KINDS or ent.label_ in ("DATE", "TIME", "ORDINAL"):
            taken.update(range(ent.start, ent.end))
        if ent.label_ not in KINDS:
            continue
        start, end = ent.start, ent.end
        while start < end and doc[start].pos_ == "PROPN" and not _numeric(doc[start]):
            start += 1  # "Mongolia 45 billion yen": the name is not the amount's
        label = ent.label_
        if start == ent.start and start > 0 and re.fullmatch(r"[A-Z]{0,3}[$€£¥₹₽₩]", doc[start - 1].text) and \
                not doc[start - 1].whitespace_:
            start, label = start - 1, "MONEY"  # "€400m", which the model splits into "€", "400" and "m"
        if end < len(doc) and doc[end].lower_ in SCALES and doc[end].is_alpha and (
                not doc[end - 1].whitespace_ or len(doc[end]) > 3 and end not in taken):
            end += 1  # "€400m" split by the model; "Rs 500 crore" with the scale left out
        if doc[start].lower_ == "between":  # "between 3,000 and 4,000": two numbers
            start += 1
        if label == "PERCENT" and end < len(doc) and doc[end].text == "%" and doc[end - 1].like_num:
            end += 1  # "from 4.5% to 7" + "%": the model leaves the second sign out
        taken.update(range(start, end))
        for token in doc[start:end]:  # "$3 million and €5bn", "Mongolia 45 billion yen", "from 4.5% to 7%"
            if (token.lower_ in ("and", "or") or token.lower_ == "to" and doc[token.i - 1].text == "%") \
                    and token.i > start:
                yield Span(doc, start, token.i, label=label)
                start = token.i + 1
        if start < end:
            yield Span(doc, start, end, label=label)
    i = 0
    while i < len(doc):
        end = _amount_end(doc, i, taken)
        if end is None:
            i += 1
            continue
        after = doc[end] if end < len(doc) else None
        label = "MONEY" if doc[i].text[0] in "$€£¥₹₽₩" or doc[i].text[1:2].isupper() else None
        if after is not None and end not in taken and (after.text == "%" or after.lower_ == "percent"):
            end, label = end + 1, "PERCENT"
        elif after is not None and end not in taken and _currency(after.lower_):
            end, label = end + 1, "MONEY"
        tally = i > 1 and doc[i - 1].text in ("-", "–") and i - 2 in taken and _numeric(doc[i - 2])  # "voted 97-88"
        if label is None and end - i == 1 and doc[i].text[-1].isdigit() and not tally:
            i = end
            continue  # a bare untagged number is a code or a name's, not an amount
        yield Span(doc, i, end, label=label or "CARDINAL")
        i = end


def _amount_end(doc: Doc, i: int, taken: set[int]) -> int | None:
    """Where an untagged amount that starts at token ``i`` ends: "120 billion", "NZ$2.1 billion",
    "dozens", "tens of thousands", "a dozen"; None if none starts there."""
    if i in taken:
        return None
    word = doc[i].lower_
    if AMOUNT.fullmatch(doc[i].text):
        end = i + 1
    elif word in VAGUE:
        end = i + 1
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in VAGUE:
            end += 2  # "tens of thousands"
        return end if not any(j in taken for j in range(i, end)) else None
    elif word in ("a", "an") and i + 1 < len(doc) and doc[i + 1].lower_ == "dozen":
        return i + 2 if i + 1 not in taken else None
    else:
        return None
    while end < len(doc) and end not in taken and doc[end].lower_ in SCALES:
        end += 1
    return end


def _numeric(token: Token) -> bool:
    """A digit-bearing amount or a number word."""
    return token.like_num or bool(AMOUNT.fullmatch(token.text))


def _speed(span: Span) -> bool:
    """A speed: "gusts of up to 70 km per hour", "winds of 120 kilometres an hour"."""
    doc = span.doc
    end = span.end
    if span[-1].lemma_.lower() not in LENGTHS:  # "70" + "km"
        if end == len(doc) or doc[end].lemma_.lower() not in LENGTHS:
            return False
        end += 1
    return end + 1 < len(doc) and doc[end].lower_ in ("per", "an", "a") and doc[end + 1].lower_ == "hour"


def _length_or_heat(span: Span) -> bool:
    """A distance or a temperature, a measure rather than a count: "about 40 kilometres", "12 miles", "above
    38C", "50 degrees"; an area or a volume ("160,000 square kilometres", "2 billion cubic metres") is one."""
    words = [t.lemma_.lower() for t in span]
    return not {"square", "cubic", "sq"} & set(words) and (bool(LENGTHS & set(words)) or "degree" in words or any(
        re.fullmatch(r"[\d.]+°?[CF]\.?|°[CF]?", t.text) for t in span))


def _no_amount(span: Span) -> bool:
    """"the two countries", "a three-judge bench", "three times the limit", "magnitude 6.4", "70 km per hour",
    "at 4 am"."""
    if span.label_ not in ("CARDINAL", "QUANTITY"):
        return False
    if span[-1].lower_ in ("am", "pm", "a.m.", "p.m.") or span.end < len(span.doc) and span.doc[span.end].lower_ in (
            "a.m.", "p.m.", "a.m", "p.m"):
        return True  # "at about 4 am": a time of day
    if span.label_ == "QUANTITY" or span[-1].text[-1:] in "CF.":  # "above 44C", taken for a count
        return _speed(span) or _length_or_heat(span)
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    compound = after is not None and after.text in ("-", "–") and span.end + 1 < len(doc)
    ratio = (after is not None and after.lower_ == "in" and span.end + 1 < len(doc) and _numeric(doc[span.end + 1])
             and doc[span.end + 1].ent_type_ != "DATE") or (
        before is not None and before.lower_ == "in" and span.start > 1 and _numeric(doc[span.start - 2])
        and span.label_ != "DATE")  # (not "from just two in 2022")
    return (before is not None and before.lower_ in KNOWN and span.text.lower() == "two") or _speed(span) or (
        compound and doc[span.end + 1].lower_ in NOT_COUNTED) or (after is not None and after.lower_ == "times") or (
        before is not None and before.lower_ == "magnitude") or ratio or (  # "one in five": a ratio
        after is not None and after.lemma_.lower() in QUAKES and "." in span.text)  # "a 5.9 quake": a scale value


def _dollar(text: str) -> str | None:
    """The dollar a country's code before "$" names: "FJ$250,000" is FJD, "TT$" TTD."""
    m = re.search(r"(?<![a-z])([a-z]{2})\$", text)
    currency = pycountry.currencies.get(alpha_3=f"{m.group(1).upper()}D") if m else None
    return currency.alpha_3 if currency is not None and "Dollar" in currency.name else None


@cache
def _shared() -> dict[str, frozenset[str]]:
    """Currency words of the ISO 4217 list and the codes of every currency they name: "tenge"
    one, "shilling" four (the first two letters of a national currency's code are its country's)."""
    table: dict[str, set[str]] = {}
    for currency in pycountry.currencies:
        word = currency.name.split()[-1].lower()
        if word.isalpha() and not currency.alpha_3.startswith("X") and word not in ("mark", "sum", "oro"):
            table.setdefault(word, set()).add(currency.alpha_3)
    return {word: frozenset(codes) for word, codes in table.items()}


@cache
def _currencies() -> dict[str, str]:
    """Currency words and their ISO 4217 codes when the word alone says which: the table above,
    then every currency the ISO list names by a word of its own ("tenge", "forint", "cedi")."""
    found = {word: next(iter(codes)) for word, codes in _shared().items() if len(codes) == 1}
    found.update((word, code) for word, code in CURRENCIES.items() if word.isalpha())
    return found


def _currency(word: str, own: Iterable[str] = (), home: Callable[[], Iterable[str]] = tuple) -> str | None:
    """The ISO code of a currency word, singular or plural: of the country named with the amount
    (``own``: "Australian dollars", "Danish crowns") or, for a word several countries' money shares
    ("pesos", "shillings", "dinars"), of the story's first country (``home``) that uses it."""
    def known(w: str) -> bool:
        return w in _currencies() or w in _shared()

    singular = word if known(word) or not word.endswith("s") else word[:-2] if word.endswith("es") and known(
        word[:-2]) else word[:-1]  # "dollars"; "quetzales", "colones": a Spanish plural
    names = ALIASES.get(word) or ALIASES.get(singular) or (singular,)
    codes = {c for name in names for c in _shared().get(name, ())}
    for places in (own, () if singular == "dollar" else home()) if len(codes) > 1 else ():  # a bare "$" or
        # "dollars": the US dollar
        if code := next((c for place in places for c in sorted(codes) if c[:2] == place), None):
            return code
    return next((c for name in names if (c := _currencies().get(name))), None) or (
        codes.pop() if len(codes) == 1 else None)
