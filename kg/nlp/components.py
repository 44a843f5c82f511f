"""Our spaCy components. Every registration of the package is in this one module."""

from __future__ import annotations

import re
import unicodedata
import warnings
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.lexicon import (
    HONORIFICS,
    PORTFOLIO_WORDS,
    TITLES,
    cities,
    countries,
    demonyms,
    norm,
    organizations,
    subdivisions,
)

CURRENCY = re.compile(
    r"[$€£¥₹₽₩¢]|\b(dollars?|euros?|pounds?|yen|yuan|renminbi|rupees?|roubles?|rubles?|pesos?|soles?|reais|"
    r"real|francs?|won|lira|shekels?|dirhams?|riyals?|rands?|nairas?|cents?|usd|eur|gbp|us\$|bitcoins?)\b",
    re.IGNORECASE)
#: Last words that make a name an organisation, whatever the model said.
ORG_WORDS = {"inc", "ltd", "llc", "plc", "corp", "corporation", "company", "group", "bank", "party", "court",
             "ministry", "agency", "council", "commission", "organization", "organisation", "association", "union",
             "institute", "university", "authority", "inspectorate", "administration", "office", "federation",
             "society", "societies", "committee", "front", "movement", "alliance", "coalition", "forces", "army",
             "navy", "police", "service", "services", "foundation", "fund", "programme", "program", "network",
             "congress", "parliament", "assembly", "senate", "tribunal", "board", "bureau", "department",
             "secretariat", "chamber", "cabinet", "government", "church", "club", "league", "trust", "brigade",
             "guard", "airlines", "airways", "chemicals", "holdings", "industries", "media", "news", "times",
             "refining", "mining", "shipping", "logistics", "petroleum", "pharmaceuticals", "motors", "enterprises",
             "watch", "forum"}
#: Last words of a company's name, which no other body's name follows: "Varda Trade and Kolm Holdings" are two.
CORPORATE = {"inc", "ltd", "llc", "plc", "corp", "holdings", "gmbh"}
#: Last words of bodies named for the country they are posted in: "the UN Mission in South Sudan".
POSTED_BODIES = {"mission", "office", "delegation", "operation", "force"}
#: Last words that make a name a built place: "Parliament House", "Minsk National Airport".
FACILITY_WORDS = {"house", "palace", "complex", "airport", "airbase", "square", "avenue", "street", "boulevard",
                  "road", "highway", "bridge", "stadium", "arena", "building", "tower", "plaza", "mausoleum",
                  "monument", "memorial", "cathedral", "mosque", "temple", "terminal", "harbour", "harbor", "dam",
                  "port", "hill", "reservoir"}
#: Bodies that a capitalised word names on its own: "Senate President X" presides over the Senate.
LEGISLATURES = {"senate", "parliament", "congress", "assembly", "duma", "knesset", "bundestag", "bundesrat", "seimas",
                "sejm", "saeima", "riigikogu", "storting", "folketing", "riksdag", "althing", "eduskunta", "sabor",
                "rada", "majlis", "mazhilis", "khural", "hural", "kenesh", "skupstina", "sobranie", "oireachtas",
                "cortes"}
#: Last words of organisations' names that no person's name ends with.
REGIONAL_SUFFIXES = {"africa", "europe", "asia", "americas", "international", "worldwide", "global"}
#: The credit line that ends an agency's story: "(Reporting by X; Editing by Y)".
CREDITS = re.compile(r"\W*(?:additional )?(?:reporting|writing|editing|compiled)\b.* by ", re.IGNORECASE)
#: Continents and their parts, which no one is named.
CONTINENTS = {"africa", "europe", "asia", "americas", "america", "oceania", "antarctica", "north africa", "west africa",
              "east africa", "southern africa", "central africa", "central asia", "south asia", "southeast asia",
              "east asia", "latin america", "south america", "north america", "central america", "middle east",
              "eastern europe", "western europe", "the balkans", "balkans", "caribbean", "sahel", "horn of africa"}
#: Prepositions after which a name is a place: "in Khartoum", "from Rawalpindi".
LOCATIVE = {"in", "at", "from", "to", "near", "off", "across", "outside", "inside", "around", "into", "towards",
            "toward", "via", "through", "throughout", "between", "within"}
BIG_CITY = 100_000
HUGE_CITY = 500_000
PARTICLES = {"de", "van", "der", "den", "von", "bin", "al", "el", "da", "dos", "das", "du", "la", "le", "di", "ben",
             "ibn", "bint", "abu", "del", "della", "ter", "op", "zu"}
#: Words that name a storm: "Typhoon Lotus", "Hurricane Ida", "Cyclone Remal".
STORMS = {"typhoon", "hurricane", "cyclone", "storm", "tropical"}
#: Last words of names that are documents, not organisations.
NOT_ORG_WORDS = {"agreement", "treaty", "accord", "act", "law", "bill", "pact", "deal", "convention", "charter",
                 "card", "cards", "protocol", "declaration"}


#: Lowercase words after a region's name that are no part of it.
REGION_WORDS = frozenset({"province", "region", "district", "county", "prefecture", "governorate", "oblast",
                          "department", "state"})


#: Adjectives of a level of government that open a post after the place's name: "Mwanza Regional Commissioner".
LEVELS = {"regional", "provincial", "municipal"}  # adjectives: "Nairobi County" is a name


class EntityFix:
    """Corrects the small model's habitual entity errors, with general rules and gazetteers.

    - MONEY with no currency ("roughly 34 million") becomes CARDINAL;
    - titles are cut off the front of PERSON spans ("President Okafor" -> "Okafor"), and a name right
      after a title is a PERSON whatever the model said ("spokeswoman Tilda Harrow");
    - a possessive "'s", punctuation, a leading "the" and leading lowercase descriptions are cut
      off names ("investment bank EFG Hermes" -> "EFG Hermes");
    - a person's name split in two by the model is joined ("José Luis" + "Mamani Quispe");
    - a name ending in an organisation word ("... Party", "... Court") is an ORG;
    - a known city the model called an organisation, or a person in a place phrase ("in Kyiv"),
      is a GPE; a known country or organisation keeps its type.
    """

    def __init__(self, common_words: frozenset[str] = frozenset(), describing_words: frozenset[str] = frozenset()):
        self.common_words = common_words  # English dictionary words, from the lemmatizer's tables
        self.describing_words = describing_words  # the adjectives, verbs and adverbs among them

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self._fixed(doc)
        except Exception as e:  # noqa: BLE001 (a rule that fails on one text must not stop the build)
            warnings.warn(f"entity rules failed on the text opening {doc.text[:60]!r} ({type(e).__name__}: {e}); "
                          "the model's own entities stand", RuntimeWarning, stacklevel=2)
            return doc

    def _fixed(self, doc: Doc) -> Doc:
        for token in doc:
            if token.dep_ == "case" and token.lower_ in ("'s", "’s") and token.tag_ != "POS":
                token.tag_, token.pos_ = "POS", "PART"  # "the WHO's representative": a possessive, not "is"
        titled = [self._whole_titled(doc, s) for s in _titled_names(doc)]
        fixed: list[Span] = []
        for ent in doc.ents:
            if any(ent.start < t.end and t.start < ent.end for t in titled):
                continue
            known = norm(ent.text) in organizations()
            if ent.label_ == "ORG" and len(ent) == 1 and ent.end < len(doc) and doc[ent.end].lower_ in TITLES \
                    and not known:
                continue  # "Interior Minister": the portfolio is part of a title, not an organisation
            if ent.label_ == "ORG" and ent.start >= 2 and not known and (" ".join(
                    t.lower_ for t in doc[ent.start - 2:ent.start + 1]) in TITLES or (
                    doc[(of := _portfolio_start(doc, ent.start)) - 1].lower_ in ("of", "for")
                    and of >= 2 and doc[of - 2].lower_ in TITLES
                    and all(t.lower_ in PORTFOLIO_WORDS or t.lower_ in ("and", "&") for t in ent))):
                continue  # "Minister of" + "State for Trade", + "Labour and Employment", "Minister of Labour and" +
                # "Social Security": the title goes on
            if ent.label_ == "ORG" and ent[-1].lower_ in NOT_ORG_WORDS and not known:
                continue  # "the Comprehensive Economic Partnership Agreement" is a document
            named = ent[1:] if ent[0].lower_ == "the" else ent
            chamber = ent.label_ in ("PERSON", "ORG") and len(named) > 2 and named[0].lower_ in LEGISLATURES \
                and named[0].is_title and all(t.is_title and t.lower_ not in ORG_WORDS for t in named[1:]) \
                and named.start > 1 and doc[named.start - 2].lower_ == "of"
            if chamber:  # "Speaker of the Seimas Ana Roth": the chamber, then the person
                fixed.append(Span(doc, named.start, named.start + 1, label="ORG"))
                ent = Span(doc, named.start + 1, ent.end, label="PERSON")
            owner, ent = _owner_and_body(doc, ent)
            if owner is not None and (not fixed or owner.start >= fixed[-1].end):
                fixed.append(owner)  # "Ivory Coast’s" + "Coffee and Cocoa Council": the country, then its body
            span = self._fix(doc, ent)
            if span is None or span.label_ in ("PERSON", "ORG") and any(
                    doc[k:span.end].text.lower() in TITLES for k in range(max(span.start - 3, 0), span.start + 1)):
                continue  # "First Admiral" before the name: a rank, no one; "President" + "Pro Tempore": a title's end
            member, span = _member_and_body(doc, span)
            if member is not None and (not fixed or member.start >= fixed[-1].end):
                fixed.append(member)
            tail = doc[span.end:ent.end]
            if span.label_ == "ORG" and len(tail) == 2 and tail[0].text == "(" and tail[1].is_upper \
                    and ent.end < len(doc) and doc[ent.end].text == ")":
                if not fixed or span.start >= fixed[-1].end:  # (the name may be the end of the one before's)
                    fixed.append(span)  # "World Food Agency (WFA" + ")": the name, then its acronym on its own
                span = Span(doc, tail[1].i, tail[1].i + 1, label="ORG")
            if fixed and not chamber and self._continues(doc, fixed[-1], span):
                span = Span(doc, fixed[-1].start, span.end, label="PERSON")
                fixed.pop()
            elif fixed and not chamber and (_dangling(doc, fixed[-1], span) or _national_society(fixed[-1], span)):
                # "Human Environment and" + "Transport Inspectorate", "Austrian" + "People's Party"
                span = Span(doc, fixed[-1].start, span.end, label="ORG")
                fixed.pop()
            elif not chamber and _place_named_for_a_people(doc, span):
                span = Span(doc, span.start - 1, span.end, label="GPE")
                if fixed and fixed[-1].end > span.start:
                    fixed.pop()  # the nationality the model tagged on its own
            if not fixed or span.start >= fixed[-1].end:
                fixed.append(span)
        fixed = [s for s in fixed if not (s.label_ == "ORG" and s[-1].lower_ in CUT_SHORT)]  # "Special Adviser of the"
        known = _known_organisations(doc)  # "Human Rights Watch" the model missed, "Doctors" + "Without Borders"
        fixed = sorted([s for s in fixed if not any(s.start < k.end and k.start < s.end for k in known)] + known,
                       key=lambda s: s.start)
        for span in _named_after_kind(doc):  # "the charity Save Our Lakes": the whole name, not "Lakes"
            fixed = [f for f in fixed if not (span.start <= f.start and f.end <= span.end)]
            if not any(span.start < f.end and f.start < span.end for f in fixed):
                fixed.append(span)
        fixed.sort(key=lambda s: s.start)
        for span in _named_by_kind(doc) + _untagged_countries(doc) + _untagged_bodies(doc) + _spelled_out(doc):
            if not any(span.start < f.end and f.start < span.end for f in fixed):
                fixed.append(span)
        fixed = _named_for_country(doc, sorted(fixed, key=lambda s: s.start))
        ents = [s for s in fixed if not any(s.start < t.end and t.start < s.end for t in titled)] + titled
        ents += [s for s in self._bodies_before_titles(doc, ents)
                 if not any(s.start < e.end and e.start < s.end for e in ents)]
        ents = [part for s in ents for part in _coordinated_places(doc, s)]
        ents = [Span(doc, s.start + 1, s.end, label="PERSON") if s.label_ == "PERSON" and len(s) > 2 and (
            s[0].lower_ in HONORIFICS) else s for s in ents]  # "Sheikh X Y": a form of address, no part of the name
        doc.ents = filter_spans(ents)  # no rule may leave two names on one word
        return doc

    def _bodies_before_titles(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Names the model left untagged right before the title before a person's name: "Kremlin
        spokeswoman X", "Nordvik chief executive X" name the body the post is in. Not portfolios,
        kinds of body or demonyms ("Trade Minister X", "Army chief X", "Lithuanian Foreign Minister
        X"), nor adjectives, verbs or a common noun opening the sentence ("Supreme Leader X"); a
        legislature is a body ("Senate President X")."""
        found = []
        for person in (e for e in ents if e.label_ == "PERSON"):
            i = person.start
            n = next((n for n in (3, 2, 1) if i - n > 0 and " ".join(t.lower_ for t in doc[i - n:i]) in TITLES), 0)
            start = i = i - n
            level = n and i > 1 and doc[i - 1].lower_ in LEVELS and doc[i - 1].is_title
            if level:  # "Upper East Regional Minister X": the region before the level's adjective
                start = i = i - 1
            while n and start > 0 and (self._body_word(doc[start - 1]) or level and doc[start - 1].pos_ == "PROPN"
                                       and doc[start - 1].is_title and doc[start - 1].lower_ not in TITLES):
                start -= 1
            if start < i and not any(norm(doc[k:i].text) in countries() or norm(doc[k:i].text) in demonyms()
                                     for k in range(start, i)):  # "Sri Lankan", "North Korean" are no body
                province = _subdivision(norm(doc[start:i].text))  # "Kesto Governor X": the place he governs
                found.append(Span(doc, start, i, label="GPE" if level or province else "ORG"))
        return found

    def _body_word(self, token) -> bool:
        word = token.lower_
        return ((token.pos_ == "PROPN" or not self._common(word)) and token.is_title and word not in TITLES
                and word not in PORTFOLIO_WORDS and norm(token.text) not in demonyms()
                and (word in LEGISLATURES or word not in ORG_WORDS and word not in self.describing_words
                     and not (token.is_sent_start and self._common(word))))

    def _fix(self, doc: Doc, ent: Span) -> Span | None:  # noqa: C901 (a list of rules)
        label, start, end = ent.label_, ent.start, ent.end
        if doc[start].lower_ in STORMS or (start > 0 and doc[start - 1].lower_ in STORMS):
            return None  # "Typhoon Lotus": a storm, which is an event, not an actor
        if label in ("WORK_OF_ART", "PRODUCT", "EVENT") and len(ent) > 1 and ent[-1].is_title \
                and ent[-1].lower_ in ORG_WORDS and all(t.is_title or t.lower_ in CONNECTORS or t.tag_ == "POS"
                                                        for t in ent):
            label = "ORG"  # "the Vatican Press Office", "the Prosecutor General's Office" taken for a title of a
            # work: a body's name
        if label in ("PERSON", "GPE", "NORP", "LOC", "FAC") and len(ent) > 1 and ent[-1].is_title and ent[
                -1].lower_.rstrip(".") in CORPORATE | {"co"}:
            label = "ORG"  # "Haifeng Ocean Fishing Co.", "Tarvo Holdings": a company, whatever the model took it for
        if label == "MONEY" and not CURRENCY.search(ent.text):
            label = "CARDINAL"
        if label in ("GPE", "NORP") and end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN" \
                and CURRENCY.fullmatch(doc[end].text):
            return None  # "paid in U.S. dollars": a currency's name, which names no country
        if label in ("DATE", "TIME", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW") and norm(ent.text) in countries():
            label = "GPE"  # "in western Niger", the country taken for a date
        if label == "DATE" and in_a_name(ent):
            label, end = "ORG", next(t.i for t in doc[end:] if t.lower_ in ORG_WORDS) + 1  # "the March 23
            # Movement", "the 6 April Youth Movement": a name
        if label == "CARDINAL" and len(ent) == 1 and re.fullmatch(r"(?:19|20)\d\d", ent.text) \
                and ent[0].dep_ == "nummod" and ent[0].head.pos_ == "NOUN" and start > 0 \
                and doc[start - 1].lower_ in ("a", "an", "the", "its", "his", "her", "their", "this", "that"):
            label = "DATE"  # "a 2022 investigation", "the 2019 election": a year, not a count
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
            end -= 1
        while end > start and (doc[start].is_punct or doc[start].lower_ == "the"):
            start += 1
        if label == "ORG" and end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s") and not doc[end - 1].whitespace_ \
                and doc[end + 1].pos_ in ("VERB", "AUX", "PUNCT", "CCONJ", "ADV") and doc[end + 1].text != "(":
            end += 1  # "Moody's raised its rating": a "'s" that owns nothing is the name's own (not "the Regional
            # Government's (KRG) office", whose acronym comes between)
        opener = next((i for i in range(start, end) if doc[i].text == "("), None)
        if opener is not None and not any(doc[j].text == ")" for j in range(opener, end)):
            end = opener  # "World Food Agency (WFA": the name, not the half-open acronym after it
            while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
                end -= 1
        if label == "PERSON" and end - start == 3 and doc[start].lower_ in ("al", "el") and doc[start + 1].text == "-" \
                and not any(e.label_ == "PERSON" and len(e) > 3 and doc[start + 2].text in e.text for e in doc.ents):
            label = "ORG"  # "claimed by al-Nasra": no one is named by the article and a name alone
        if label in ("ORG", "GPE", "NORP") and end - start > 1 and doc[start].lower_ in HONORIFICS:
            label = "PERSON"  # "Dr Ada Okafor", "Mr Okafor": a form of address before a person's name
        if label in ("ORG", "PERSON", "GPE", "NORP", "LOC", "FAC"):
            start = _first_name_token(doc, start, end)
        if label in ("ORG", "GPE") and start > 0 and doc[start - 1].text in ("al", "el") \
                and doc[start - 1].whitespace_ and doc[start].is_title:
            start -= 1  # "fighters from al" + "Shabaab": the article is part of the name
        if label in ("ORG", "PERSON", "GPE", "LOC") and end - start > 1 and doc[end - 1].is_lower \
                and doc[end - 1].lower_ in REGION_WORDS:
            end -= 1  # "the northern Tarvo province": the province's name
            label = "GPE" if label in ("ORG", "PERSON") else label
        if label in ("ORG", "PERSON", "GPE", "LOC") and end - start > 1 and doc[end - 1].lower_ in LEVELS \
                and end < len(doc) and doc[end].lower_ in TITLES:
            end -= 1  # "Mwanza Regional" + "Commissioner X": the region, whose post the adjective begins
            label = "GPE" if label in ("ORG", "PERSON") else label
        if label in ("PERSON", "GPE", "LOC") and end - start > 1 and (start == 0 or doc[start].is_sent_start or (
                doc[start - 1].is_space or doc[start - 1].text in ".!?")) \
                and self._common(doc[start].lower_) and norm(doc[start + 1:end].text) in countries():
            start += 1  # "Neighbouring Norland" opening a sentence: the country, not a longer name
            label = "GPE"
        while label == "PERSON" and end - start > 1 and doc[start].lower_ in ORG_WORDS:
            start += 1  # "President of the Senate" + "Senate Hugo Fernández": the body is not the name's
        while label in ("PERSON", "ORG", "GPE") and end - start > 1 and doc[end - 1].is_lower \
                and doc[end - 1].pos_ in ("NOUN", "ADV", "VERB", "ADJ") and doc[end - 2].whitespace_ \
                and (doc[end - 1].lower_ not in ORG_WORDS
                     or doc[end - 1].lower_ in KIND_NOUNS and doc[end - 2].is_title):
            end -= 1  # "the National Congress hours after the vote": a name ends in a capitalised word, and a
            # lowercase kind after it says what it names ("the Front for Democracy party"; not "UN refugee agency")
        if end <= start:
            return None
        if label == "NORP" and self._name_not_nation(doc, start, end):
            label = "PERSON"  # "Han" + "Ji-yun", "Taras" + "Hrytsenko": a name the model took for a people's
        if label in ("GPE", "LOC", "ORG", "PERSON") and start > 0 and doc[start - 1].is_title \
                and norm(doc[start - 1:end].text) in countries():
            start, label = start - 1, "GPE"  # "South" + "Sudan's government" opening a sentence
        if label in ("PERSON", "ORG", "GPE"):
            while start > 0:
                if _hyphenated_before(doc, start):
                    start -= 2  # "Regional Anti-" + "Smuggling Bureau"
                elif (doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title
                      and doc[start - 1].ent_iob_ == "O" and doc[start - 1].dep_ == "compound"
                      and doc[start - 1].lower_ not in TITLES
                      and (label != "PERSON" or doc[start - 1].lower_ not in ORG_WORDS)  # "the Senate" + "Ruth Alvez"
                      and norm(doc[start:end].text) not in countries()
                      and (start < 2 or doc[start - 2].lower_ not in ("of", "for"))):
                    start -= 1  # "Luz Marina" + "Copa Tarqui": the front of a name the model left out
                else:
                    break
        if label == "PERSON" and self._unknown_first_word(doc, start):
            start -= 1
        first = doc[start - 1] if start > 1 and doc[start - 2].lower_ == "the" else None
        if label in ("PERSON", "ORG") and doc[end - 1].lower_ in ORG_WORDS and first is not None and first.is_title \
                and (first.lower_ in TITLES or plural_title(first)):
            start -= 1  # "the General" + "Labour Federation", "the Teachers" + "Service Commission": one body's name
        if label in ("ORG", "PERSON"):  # "Office of the UN" + "High Commissioner for Refugees" + "(UNHCR)": the
            j = end  # whole name; and one with an acronym is a body's, no person's ("... al-Nasr wal-Jihad (JNJ)")
            while j < len(doc) and (doc[j].is_title or doc[j].lower_ in ("of", "for", "the", "on") or doc[
                    j].lower_ == "and" and j + 1 < len(doc) and doc[j + 1].is_title or j + 2 < len(doc)
                    and doc[j].is_lower and doc[j + 1].text == "-" and not doc[j].whitespace_
                    and doc[j + 2].is_title) and j - end < 10:
                j += 3 if doc[j].is_lower and doc[j].lower_ not in ("of", "for", "the", "on", "and") else 1
                # (not "the PNH and the Gang Force (GF)", two bodies)
            acronym = doc[j + 1].text if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" else ""
            spelled = acronym.isupper() and set(acronym) <= {t.text[0] for t in doc[start:j] if t.text[0].isupper()}
            if label == "PERSON" and len(acronym) >= 3 and spelled and doc[j - 1].is_title \
                    and acronym[0] == doc[start].text[0]:  # (not "Ana Roth of the Movement for Renewal (MR)")
                end, label = j, "ORG"
            elif label == "ORG" and j > end and doc[j - 1].is_title and acronym.isupper() and (
                    all(t.text[0] in acronym for t in doc[end:j] if t.is_title) or spelled):
                end = j  # (an acronym in the name's own language may take the words' initials in another order)
        if label == "ORG":  # "Organization for Security and Co-operation" + "in Europe": the name in the table
            for extra in range(6, 0, -1):
                if end + extra <= len(doc) and doc[end + extra - 1].tag_ != "POS" \
                        and norm(doc[start:end + extra].text) in organizations():
                    end += extra
                    break
        if label in ("ORG", "FAC") and end + 1 < len(doc) and doc[end].tag_ == "POS" and doc[end + 1].is_title \
                and doc[end + 1].lower_ in ORG_WORDS and end - start > 1 and doc[start].lower_ not in TITLES \
                and doc[end - 2:end].text.lower() not in TITLES and (doc[end - 1].lower_ in TITLES or doc[
                    end - 1].lower_ in ("people", "children", "women")):
            end += 2  # "the Eastport Magistrate" + "'s Court": the court's name
            label = "ORG"
        if label == "ORG" and end - start > 1 and norm(doc[start:end].text) not in organizations():
            for n in (2, 1):  # "UN Special Rapporteur": the organisation without the post
                if end - start > n and " ".join(t.lower_ for t in doc[end - n:end]) in TITLES and (
                        norm(doc[start:end - n].text) in organizations()):
                    end -= n
                    break
        while label in ("GPE", "LOC") and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_title and doc[end + 1].ent_iob_ != "B" \
                and norm(doc[end + 1].text) not in countries() and norm(doc[end + 1].text) not in cities():
            end += 2  # "Tarvo" + "-Lund region": one region's name (not "Tarvo-Eastport", two cities)
        if (label == "ORG" and doc[end - 1].lower_ in ORG_WORDS or label in ("GPE", "LOC") and doc[end - 1].is_title
                and doc[end - 1].lower_ in REGION_WORDS) and end + 1 < len(doc) and doc[end].lower_ == "of" \
                and (doc[end + 1].ent_type_ in ("GPE", "LOC") or norm(doc[end + 1].text) in cities()
                     or norm(doc[end + 1].text) in countries()):
            end += 2  # "District Court of Eastport", "the Northern District of Norland"
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        if label == "ORG" and start > 2 and doc[start - 1].lower_ == "and" and doc[start - 2].is_title \
                and doc[start - 2].ent_iob_ == "O" and doc[start - 2].pos_ in ("PROPN", "NOUN") \
                and (doc[start - 3].lower_ == "the" or doc[start - 3].tag_ == "POS"):
            start -= 2  # "the Employment and" + "Labour Relations Court": one body's name
        if label == "ORG":
            end = _section_end(doc, end)  # "Amnesty International" + "Kenya": the body's national section
        if label == "ORG" and doc[end - 1].is_title and doc[end - 1].lower_ in ORG_WORDS:
            end = _of_what(doc, end)  # "the Guayaquil Chamber" + "of Commerce": the whole name
        if label == "ORG" and start > 0 and doc[start - 1].is_title and f"{doc[start - 1].lower_} {doc[start].lower_}" \
                in TITLES and any(t.tag_ == "POS" for t in doc[start:end]):
            start -= 1  # "Attorney" + "General's Office": the office of the post, named whole
        if label == "ORG" and doc[end - 1].lower_ in POSTED_BODIES and end + 1 < len(doc) and doc[end].lower_ == "in" \
                and doc[end + 1].is_title and doc[end + 1].ent_type_ in ("GPE", "LOC"):
            end += 2  # "U.N. Support Mission in Libya", "Integrated Office in Haiti": the mission's name
            while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ in ("GPE", "LOC"):
                end += 1
        if label in ("PERSON", "ORG") and all(t.is_lower for t in doc[start + 1:end]) and doc[start].is_sent_start \
                and (doc[start].lower_ in self.common_words or doc[start].lemma_.lower() in self.common_words) \
                and norm(doc[start].text) not in organizations() and norm(doc[start].text) not in countries() \
                and norm(doc[start].text) not in cities():
            return None  # "Turnout was 87%", "Seismologists said", "Coast guard vessels": a capitalised word
            # opening a sentence, and lowercase words after it, no name
        if label == "PERSON":
            if _descriptors_only(doc, start, end):
                return None  # "Sri Lankan President" before the name: a nationality and a title, no one's name
            start = _after_title(doc, start, end)
            while (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].ent_iob_ != "B"
                   and doc[end - 1].whitespace_ and norm(doc[end].text) not in countries()
                   and doc[end].lower_ not in TITLES and doc[end:end + 2].text.lower() not in TITLES):
                end += 1  # "José Luis" + "Mamani Quispe": the rest of a long name (not "Izmir" + "Mayor" before
                # "Deniz Ozkan", nor "Solomon Islands" + "Prime Minister X")
            end = _syllables(doc, end)  # "Oh Sung" + "-min"
        text = doc[start:end].text
        key = norm(text)
        if label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP") and end > start:
            label = _retype(doc, start, end, label, key)
        if label in ("PERSON", "ORG", "GPE") and key not in countries() and key not in organizations():
            label = _kind(doc, start, end, label)
        return Span(doc, start, end, label=label)

    def _name_part(self, token) -> bool:
        """A capitalised proper noun the model left untagged that may be a part of a person's name."""
        return (token.pos_ == "PROPN" and token.is_title and token.ent_iob_ == "O" and token.lower_ not in ORG_WORDS
                and self._no_known_word(token))

    def _name_not_nation(self, doc: Doc, start: int, end: int) -> bool:
        """Whether what the model called a nationality is no people the tables know and stands in a
        person's name: beside another proper noun, or before the name the model did find."""
        if end <= start or norm(doc[start:end].text) in demonyms() or norm(doc[start:end].text) in countries() \
                or not all(t.pos_ == "PROPN" and t.is_title for t in doc[start:end]):
            return False
        after = doc[end] if end < len(doc) and doc[end - 1].whitespace_ == " " else None
        before = doc[start - 1] if start > 0 and doc[start - 1].whitespace_ == " " else None
        if after is not None and (after.ent_iob_ == "B" and after.ent_type_ == "PERSON"
                                  or after.is_title and _syllables(doc, after.i + 1) > after.i + 1):
            return True  # "Han" + "Ji-yun"
        return not any(self._common(t.lower_) for t in doc[start:end]) and (
            after is not None and self._name_part(after)
            or before is not None and self._name_part(before) and before.dep_ == "compound")

    def _whole_titled(self, doc: Doc, span: Span) -> Span:
        """A name beside a title with the front the model gave it ("Thaung" of "Thaung Zaw Min", taken
        for a verb; not "Oil" of "Minister of Energy and Oil X Y"), or, untagged, that opens the sentence and is
        no English word."""
        whole = next((e for e in doc.ents if e.label_ == "PERSON" and e.start < span.start < e.end
                      and doc[e.start].is_title and not any(t.lower_ in TITLES or plural_title(t)
                                                            or t.lower_ in PORTFOLIO_WORDS
                                                            for t in doc[e.start:span.start])),
                     None)
        if whole is not None:
            return Span(doc, whole.start, span.end, label=span.label_)
        if self._unknown_first_word(doc, span.start):
            return Span(doc, span.start - 1, span.end, label=span.label_)
        return span

    def _unknown_first_word(self, doc: Doc, start: int) -> bool:
        """Whether the word before a person's name opens the sentence and is no English word, nor a
        title or a nationality: "Thaung" + "Zaw Min", the first word taken for a verb."""
        if start == 0:
            return False
        t = doc[start - 1]
        return (t.is_sent_start and t.is_title and t.is_alpha and t.ent_iob_ == "O" and t.whitespace_ == " "
                and not t.is_stop and t.pos_ in ("PROPN", "NOUN", "VERB", "ADJ") and self._no_known_word(t))

    def _no_known_word(self, token) -> bool:
        """Whether a word is no English word, title, nationality or country: it may be part of a name."""
        return not self._common(token.lower_) and token.lower_ not in TITLES and norm(token.text) not in demonyms() \
            and norm(token.text) not in countries()

    def _common(self, word: str) -> bool:
        """A dictionary word, or one made from it with -ing or -ed ("neighbouring", "war-torn" aside)."""
        return any(w in self.common_words for w in (word, word[:-3], word[:-3] + "e", word[:-2], word[:-1])
                   if len(w) > 2)

    @staticmethod
    def _continues(doc: Doc, person: Span, span: Span) -> bool:
        """A name of proper nouns right after a person's name, with nothing between, is more of it."""
        return (person.label_ == "PERSON" and span.start == person.end and span.label_ in ("PERSON", "ORG", "GPE")
                and doc[person.end - 1].whitespace_ == " " and all(t.pos_ == "PROPN" for t in span)
                and norm(span.text) not in countries() and norm(span.text) not in organizations())


#: Lowercase nouns that say what kind of organisation the proper noun before them names: "the Volta party".
KIND_NOUNS = {"party", "movement", "group", "alliance", "coalition", "militia", "company", "firm", "bank", "union",
              "network", "organisation", "organization", "agency", "foundation", "charity", "airline", "insurer",
              "gang", "cartel"}


def _named_by_kind(doc: Doc) -> list[Span]:
    """Proper nouns the model left untagged right before a lowercase kind of organisation, or with
    one in apposition: "the far-right Volta party", "the Arrow group", "the Sahel Civic Observatory,
    a rights group"."""
    found = []
    for t in doc:
        named = t.pos_ == "PROPN" and t.is_title and t.ent_iob_ == "O" and t.lower_ not in TITLES and any(
            c.dep_ == "appos" and c.is_lower and c.lemma_.lower() in ORG_KINDS for c in t.children) or (
            t.is_upper and len(t) >= 3 and t.is_alpha and t.ent_iob_ == "O" and t.dep_ == "appos"
            and t.head.is_lower and t.head.lemma_.lower() in ORG_KINDS | POSTED_BODIES and t.i > 0
            and doc[t.i - 1].text == ",")  # "the peacekeeping mission, MONUSLA,"
        if named or t.lower_ in KIND_NOUNS and t.is_lower and t.i > 0:
            end = t.i + 1 if named else t.i
            start = t.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and doc[start - 1].ent_iob_ == "O" and doc[start - 1].dep_ == "compound" \
                    and doc[start - 1].head.i == t.i and doc[start - 1].lower_ not in TITLES:
                start -= 1
            if start < end and norm(doc[start:end].text) not in countries():
                found.append(Span(doc, start, end, label="ORG"))
    return found


def _named_after_kind(doc: Doc) -> list[Span]:
    """A name of capitalised words after "the" and a lowercase kind of organisation: "the charity Save
    Our Lakes said", "the group Mothers of the Disappeared"; two words at least, none a title, and
    none the model took for a person, a date or a number."""
    found = []
    for t in doc:
        if not (t.is_lower and t.pos_ == "NOUN" and t.lemma_.lower() in ORG_KINDS and t.i > 0
                and doc[t.i - 1].lower_ in ("the", "a", "an")):
            continue
        end = t.i + 1
        while end < len(doc) and (doc[end].is_title and doc[end].is_alpha or doc[end].lower_ in (
                "of", "for", "the", "and") and end + 1 < len(doc) and doc[end + 1].is_title and end > t.i + 1):
            end += 1
        span = doc[t.i + 1:end]
        if len(span) >= 2 and span[-1].is_title and not any(
                w.lower_ in TITLES or w.ent_type_ not in ("", "ORG", "GPE", "LOC", "NORP", "FAC") for w in span) \
                and not (end < len(doc) and doc[end].tag_ == "POS") and norm(span.text) not in countries():
            found.append(Span(doc, span.start, span.end, label="ORG"))
    return found


def _spelled_out(doc: Doc) -> list[Span]:
    """An untagged name of capitalised words that an acronym in brackets follows: "Deputies from We
    Continue the Change (PP) walked out" (the acronym may be of the name in another language)."""
    found = []
    for t in doc:
        if not (t.text == "(" and t.i + 2 < len(doc) and doc[t.i + 2].text == ")" and doc[t.i + 1].is_upper
                and 2 <= len(doc[t.i + 1]) <= 6 and doc[t.i + 1].is_alpha):
            continue
        start = t.i
        while start > 0 and doc[start - 1].ent_iob_ == "O" and (doc[start - 1].is_title and doc[start - 1].is_alpha or (
                doc[start - 1].lower_ in ("the", "of", "for", "and") and start < t.i)):
            start -= 1
        while start < t.i and (doc[start].lower_ in ("the", "of", "for", "and") or doc[start].is_sent_start):
            start += 1
        words = [w for w in doc[start:t.i] if w.is_title]
        if len(words) >= 2 and doc[start].is_title and doc[t.i - 1].is_title and not any(
                w.lower_ in TITLES for w in words) and norm(doc[start:t.i].text) not in countries():
            found.append(Span(doc, start, t.i, label="ORG"))
    return found


def _hyphenated_before(doc: Doc, start: int) -> bool:
    """Whether a capitalised word the model left untagged is hyphenated to the front of a name: "Anti-" of
    "Anti-Corruption Bureau"."""
    return start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
        and not doc[start - 2].whitespace_ and doc[start - 2].is_title and doc[start - 2].ent_iob_ == "O"


def _untagged_bodies(doc: Doc) -> list[Span]:
    """Capitalised names ending in a word for a body that the model left untagged ("TransportALL
    Global Union"): two words at least, the last the head of the others."""
    found = []
    for t in doc:
        if t.pos_ != "PROPN" or t.ent_iob_ != "O" or t.lower_ not in ORG_WORDS or not t.text[:1].isupper():
            continue
        start = t.i
        while start > 0:
            if _hyphenated_before(doc, start):
                start -= 2  # "the Regional Anti-Smuggling Bureau"
            elif doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                    and doc[start - 1].ent_iob_ == "O" and doc[start - 1].dep_ == "compound" \
                    and (start <= doc[start - 1].head.i <= t.i or t.dep_ == "compound"
                         and doc[start - 1].head == t.head) and doc[start - 1].lower_ not in TITLES:
                start -= 1  # "the Bellmouth Cove Refining plant": each word a compound of the next, or of the plant
            else:
                break
        if start == t.i and start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].pos_ == "PROPN" \
                and doc[start - 2].text[:1].isupper() and doc[start - 2].ent_iob_ == "O":
            start -= 2  # "the Plateau State House of Assembly": the body "of" its kind
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                    and doc[start - 1].ent_iob_ == "O" and doc[start - 1].dep_ == "compound" \
                    and doc[start - 1].lower_ not in TITLES:
                start -= 1
        if start < t.i:
            found.append(Span(doc, start, _of_what(doc, t.i + 1), label="ORG"))
    return found


def _syllables(doc: Doc, end: int) -> int:
    """The end of a name after the lowercase syllables hyphenated to its last word: "Dong-hyun",
    "Ji-hye", "Young-ae" (Korean given names), which the model leaves out."""
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_lower and doc[end + 1].is_alpha and len(doc[end + 1]) <= 5:
        end += 2
    return end


def _name_end(doc: Doc, i: int) -> int:
    """The end of a person's name starting at token i: capitalised proper nouns, joined by hyphens
    and particles ("Pieter-Jan van Dael", "Saad bin Nasser al-Harbi"); i when there is none."""
    end = i
    while end < len(doc) and end - i < 8:
        t = doc[end]
        if t.pos_ == "PROPN" and t.is_title and t.lower_ not in TITLES:
            end += 1
        elif (t.text == "-" and end > i and not doc[end - 1].whitespace_ and end + 1 < len(doc)
              and doc[end + 1].is_title):
            end += 1
        elif t.lower_ in PARTICLES and end > i and end + 1 < len(doc) and (
                doc[end + 1].is_title or doc[end + 1].text == "-" or (
                    doc[end + 1].lower_ in PARTICLES and end + 2 < len(doc) and doc[end + 2].is_title)):
            end += 1  # "de Vries", "van den Berg", "bin Khalid"
        else:
            break
    return _syllables(doc, end) if end > i else end


def _portfolio_start(doc: Doc, i: int) -> int:
    """Where the portfolio words and their "and" before i begin: the first word of "Labour and" before "Social
    Security"."""
    while i > 0 and (doc[i - 1].lower_ in ("and", "&") or doc[i - 1].is_title and doc[i - 1].lower_ in PORTFOLIO_WORDS):
        i -= 1
    return i


def _portfolio_end(doc: Doc, i: int) -> int:
    """After a title at i, the end of its portfolio in capitalised portfolio words ("Minister of
    Foreign Affairs and Trade"); i + 1 when there is none."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ not in ("of", "for"):
        return i + 1
    j = i + 2
    while j < len(doc) and ((doc[j].is_title and doc[j].lower_ in PORTFOLIO_WORDS) or (
            doc[j].lower_ in ("and", "&") and j > i + 2)):
        j += 1
    return j if j > i + 2 and doc[j - 1].lower_ not in ("and", "&") else i + 1


def plural_title(token) -> bool:
    """A title for more than one: "Senators", "Generals"."""
    return token.lower_.endswith("s") and len(token) > 4 and token.lower_[:-1] in TITLES


def _capitalised(token) -> bool:
    """A word of a name: "Bank", or in capitals, "PDR"."""
    return token.is_title or token.is_upper and token.is_alpha


def _titled_names(doc: Doc) -> list[Span]:
    """Names that a title stands right before or after: "chief executive, Pieter-Jan van Dael",
    "Minister of Foreign Affairs and Trade Ana Reyes", "Tilda Harrow, the trade spokesperson".
    Two words at least."""
    found: list[Span] = []
    lower = [t.lower_ for t in doc]  # read once: a slice of the Doc makes a Token for every word
    spaced = [t.text_with_ws.lower() for t in doc]  # "secretary-general" is three tokens with no space
    for t in doc:
        if t.pos_ not in ("NOUN", "PROPN") and not (t.i and lower[t.i - 1] == "-") or not any(
                "".join(spaced[max(t.i - n, 0):t.i + 1]).strip() in TITLES for n in range(4)) and not (
                plural_title(t)):  # "Senators Ana Roth and Eva Lind"
            continue
        start = _portfolio_end(doc, t.i)
        start += next((m for m in (2, 1) if " ".join(lower[t.i:start + m]) in TITLES), 0)  # "President Pro Tempore X"
        if t.i + 2 < len(doc) and lower[t.i + 1] in ("for", "of") and (start == len(doc) or doc[start].text != ","):
            j = t.i + 2  # "Representative for Foreign Affairs and Security Policy, X Y": the post's
            while j < min(t.i + 10, len(doc)) and (_capitalised(doc[j]) or lower[j] in ("and", "&", "the", "of")
                                                   or lower[j] in PORTFOLIO_WORDS):
                j += 1  # name in capitals or its portfolio ("spokesman for foreign affairs, X Y", "governor of the
                # Bank of the Tresk PDR, X Y"), then the person's
            if j > t.i + 2 and j < len(doc) and doc[j].text == "," and (_capitalised(doc[j - 1])
                                                                        or lower[j - 1] in PORTFOLIO_WORDS):
                start = j
        start += start < len(doc) and doc[start].text == ","

        end = _name_end(doc, start)
        if end - start >= 2 and end <= t.sent.end and not _a_place(doc, start, end) \
                and lower[end - 1] not in ORG_WORDS:  # "the General Labour Federation": a body's name
            found.append(Span(doc, start, end, label="PERSON"))
    for sent in doc.sents:
        i = sent.start
        while i < sent.end:
            end = _name_end(doc, i)
            if end - i >= 2 and end + 2 < sent.end and doc[end].text == "," and doc[i].ent_type_ != "GPE":
                window = doc[end + 1:min(end + 6, sent.end)]
                owner = window[0].lower_ in ("the", "a", "an") or (len(window) > 2 and window[1].tag_ == "POS")
                k = next((k for k, w in enumerate(window) if w.lower_ in ("of", "at", "for")), 0)
                post = k > 0 and all(w.is_lower for w in window[:k]) and (window[k - 1].lower_ in TITLES or " ".join(
                    w.lower_ for w in window[max(k - 2, 0):k]) in TITLES)  # ", general secretary of the union"
                if (owner and any(w.lower_ in TITLES for w in window) or post) and not any(
                        w.lower_ in ORG_WORDS for w in doc[i:end]):  # ", the minister", ", UNICEF's representative"
                    found.append(Span(doc, i, end, label="PERSON"))
            i = max(end, i + 1)
    spans: list[Span] = []
    for span in sorted(found, key=lambda s: (s.start, -len(s))):
        if not spans or span.start >= spans[-1].end:
            spans.append(span)
    return spans


def _a_place(doc: Doc, start: int, end: int) -> bool:
    """Whether a name the model called a place or a nationality is one the tables know: "the minister,
    Kenya's ..."; not a person's name the model took for a place ("its president, Ana Roth")."""
    if doc[start].ent_type_ not in ("GPE", "NORP"):
        return False
    key = norm(doc[start:end].text)
    return any(norm(doc[start:k].text) in countries() or norm(doc[start:k].text) in demonyms()
               for k in range(start + 1, end + 1)) or key in cities() or _subdivision(key)


CONNECTORS = {"and", "of", "for", "the", "&", "de", "on"}
#: Last words of an organisation's name that the model cut short.
CUT_SHORT = {"of", "the", "for", "and", "on", "in", "&"}


#: Words of the names of parties and civic bodies, which a nationality can begin ("the Costa Rican Chamber of
#: Industries", "the Austrian People's Party"), unlike a body of the state, which acts as its country.
SOCIETY_WORDS = {"party", "association", "federation", "confederation", "chamber", "league", "society", "alliance",
                 "front", "movement"}


def _national_society(first: Span, second: Span) -> bool:
    """A nationality the model cut from the party or civic body whose name it begins."""
    return first.label_ == "NORP" and first.end == second.start and second.label_ == "ORG" and second[0].is_title \
        and norm(first.text) in demonyms() and any(t.lower_ in SOCIETY_WORDS for t in second)


#: Words that end a place's name after a nationality: "Spanish Town", "Dutch Harbor".
PLACE_ENDS = {"town", "city", "harbour", "harbor", "bay", "point", "creek", "valley", "heights", "springs", "falls"}


def _place_named_for_a_people(doc: Doc, span: Span) -> bool:
    """A nationality the model cut from the place whose name it begins: "Spanish" + "Town" is a town in Jamaica, no
    Spaniard."""
    before = doc[span.start - 1] if span.start else None
    return len(span) == 1 and span[0].is_title and span[0].lower_ in PLACE_ENDS and before is not None and (
        before.is_title and norm(before.text) in demonyms())


def _dangling(doc: Doc, first: Span, second: Span) -> bool:
    """An organisation's name the model cut at "and", a comma or a plural's apostrophe: the two halves are one
    name."""
    if first.label_ != "ORG" or second.label_ not in ("ORG", "GPE", "PERSON") or not second[0].is_title:
        return False
    gap = doc[first.end:second.start]
    if gap and (first[-1].lower_ in ORG_WORDS or norm(first.text) in organizations()):
        return False  # "Rajshahi University and Jahangirnagar University": two bodies, each named whole
    if gap and (len(second) == 1 and second[0].lower_ in LEGISLATURES or second[-1].lower_ in CORPORATE):
        return False  # "the House of Representatives and Senate", "Varda Trade and Kolm Holdings": two bodies
    if len(gap) == 1 and gap[0].text in ("'", "’") and first[-1].lower_.endswith("s") and not first[-1].whitespace_:
        return True  # "Dock Workers" + "'" + "Solidarity": a plural possessive inside one name
    return (len(gap) == 0 and first[-1].lower_ in CONNECTORS) or (
        len(gap) in (1, 2) and all(t.lower_ in CONNECTORS or t.text == "," for t in gap) and gap[-1].lower_ == "and")


def _first_name_token(doc: Doc, start: int, end: int) -> int:
    """Skip lowercase words in front of a name, and the rest of a hyphenated word they begin."""
    i = start
    if doc[i].lower_ in PARTICLES and i + 2 < end and doc[i + 1].text == "-" and not doc[i].whitespace_:
        return start  # "al-Qaeda", "al-Shabaab": the article is part of the name
    while i < end - 1 and (doc[i].is_lower or doc[i].text == "-" or doc[i - 1].text == "-" and i > start):
        i += 1
    return i if i < end and not doc[i].is_lower else start


#: Nouns for settlements and divisions: "the town of X", "X district".
SETTLEMENTS = {"town", "village", "city", "port", "district", "province", "region", "county", "municipality",
               "township", "island", "state", "department", "governorate", "prefecture"}


def _named_as_a_place(doc: Doc, start: int, end: int, label: str) -> bool:
    """A name the text sets as a place: "the town of X", "X district", or a "person" right after
    "in"/"near" (not an organisation: "invested in Nordvik Steel")."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if after is not None and after.is_lower and after.lemma_.lower() in SETTLEMENTS:
        return True
    if after is not None and after.lower_ == "and" and _pair_of_settlements(doc, end + 1):
        return True  # "the Tarvo and Lund provinces": both are provinces
    if before is not None and before.lower_ == "of" and start > 1 and doc[start - 2].lemma_.lower() in SETTLEMENTS:
        return True
    if after is not None and after.text == "," and any(c.dep_ == "appos" and c.lemma_.lower() in SETTLEMENTS
                                                       for c in doc[start:end].root.children):
        return True  # "X, the largest city in the east"
    if label == "ORG" and end - start == 1 and before is not None and before.lower_ in ("in", "near", "outside") \
            and doc[start].is_title and doc[start].lower_ not in ORG_WORDS | LEGISLATURES \
            and before.head.lemma_.lower() not in FINANCE and (
                after is None or after.tag_ != "POS" and not after.is_title):
        return True  # "raids on houses in Tarvo", "kept his seat in Tarvo"; not "a stake in Nordvik"
    return label == "PERSON" and before is not None and before.lower_ in ("in", "near", "outside") and (
        after is None or after.tag_ != "POS") and all(t.pos_ == "PROPN" for t in doc[start:end])


def _owner_and_body(doc: Doc, ent: Span) -> tuple[Span | None, Span]:
    """A country's possessive the model took into the name of its body: "Ivory Coast’s Coffee and Cocoa
    Council" is the country and the "Coffee and Cocoa Council"."""
    if ent.label_ != "ORG":
        return None, ent
    mark = next((t.i for t in ent[1:-1] if t.tag_ == "POS"), None)
    if mark is None or not doc[mark + 1].is_title or norm(doc[ent.start:mark].text) not in countries():
        return None, ent
    return Span(doc, ent.start, mark, label="GPE"), Span(doc, mark + 1, ent.end, label="ORG")


def _member_and_body(doc: Doc, ent: Span) -> tuple[Span | None, Span]:
    """A person's name the model took into the name of the body after it: "Ana Roth of the Movement for Renewal"
    is a member and the movement (not "Friends of the Earth" or "the Bank of the South": a person's name has no
    article before it and no body's word in it, and the body's name has one)."""
    of = next((t.i for t in ent[2:4] if t.lower_ == "of"), None)
    if ent.label_ != "ORG" or of is None or of + 2 >= ent.end or doc[of + 1].lower_ != "the" or (
            ent.start > 0 and doc[ent.start - 1].lower_ in ("the", "a", "an")):
        return None, ent
    name, body = doc[ent.start:of], doc[of + 2:ent.end]
    if not all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in ORG_WORDS | TITLES for t in name) or not any(
            t.lower_ in ORG_WORDS for t in body) or norm(name.text) in countries() or norm(name.text) in demonyms():
        return None, ent
    return Span(doc, name.start, name.end, label="PERSON"), Span(doc, body.start, body.end, label="ORG")


def _named_for_country(doc: Doc, spans: list[Span]) -> list[Span]:
    """A country's name right before a body's name, with no possessive between, begins that name: "Varna
    Corruption Watch", "Varna Labour Congress" are bodies named for their country, not the country and a body."""
    joined: list[Span] = []
    for span in spans:
        if joined and span.label_ == "ORG" and joined[-1].label_ == "GPE" and joined[-1].end == span.start and \
                span[-1].lower_ in ORG_WORDS and span[0].is_title and norm(joined[-1].text) in countries():
            span = Span(doc, joined.pop().start, span.end, label="ORG")
        joined.append(span)
    return joined


def _of_what(doc: Doc, end: int) -> int:
    """The end of a body's name that goes on with "of" and capitalised words the model left out: "Chamber" +
    "of Commerce", "Court" + "of Appeal" (not a place, which other rules add, nor a sentence's next name)."""
    j = end + 1
    while j < len(doc) and doc[j].is_title and doc[j].ent_iob_ == "O" and doc[j].pos_ in ("PROPN", "NOUN") \
            and norm(doc[j].text) not in countries() and norm(doc[j].text) not in cities():
        j += 1
    return j if end + 1 < j and doc[end].lower_ == "of" else end


def _coordinated_places(doc: Doc, span: Span) -> list[Span]:
    """Two places the model took for one name joined by "and": "firefighters from Tarvo and Lund", "the
    Tarvo and Lund dams" (not a name in the tables, "Trinidad and Tobago", nor a
    body's, "the Tarvo and Lund Council")."""
    name = norm(span.text)
    if span.label_ not in ("ORG", "GPE", "LOC") or name in organizations() or name in countries() or _subdivision(
            name) or name in cities():
        return [span]
    ands = [t.i for t in span if t.lower_ == "and"]
    if len(ands) != 1 or not span.start < ands[0] < span.end - 1:
        return [span]
    first, second = doc[span.start:ands[0]], doc[ands[0] + 1:span.end]
    if any(len(part) > 3 or first.text == second.text or not all(
            t.is_title and t.lower_ not in ORG_WORDS and t.lower_ not in TITLES or t.tag_ == "POS" for t in part)
           for part in (first, second)):
        return [span]
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    placed = before is not None and before.lower_ in LOCATIVE | {"of", "on"} or (
        after is not None and after.is_lower and after.tag_ == "NNS" and (
            after.lemma_ in SETTLEMENTS or after.lemma_ in FACILITY_WORDS or after.lemma_ in GEO_NOUNS))
    if not placed:
        return [span]
    return [Span(doc, first.start, first.end, label="GPE"), Span(doc, second.start, second.end, label="GPE")]


def _pair_of_settlements(doc: Doc, i: int) -> bool:
    """Whether a name at i ends before a plural noun of settlements: "(Tarvo and) Lund provinces"."""
    j = i
    while j < len(doc) and j < i + 3 and doc[j].is_title:
        j += 1
    return i < j < len(doc) and doc[j].is_lower and doc[j].tag_ == "NNS" and doc[j].lemma_.lower() in SETTLEMENTS


#: Words that put money "in" an organisation: "a stake in Nordvik".
FINANCE = {"invest", "investment", "stake", "share", "interest", "holding", "position", "investor"}


@cache
def _folded_subdivisions() -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode() for s in subdivisions())


def _subdivision(key: str) -> bool:
    """Whether a name is a province's or state's, written with or without its accents ("Tamil Nādu")."""
    return key in subdivisions() or key in _folded_subdivisions()


def _retype(doc: Doc, start: int, end: int, label: str, key: str) -> str:
    last = doc[end - 1].lower_
    before = doc[start - 1] if start > 0 else None
    if key in countries() and label != "NORP":
        return "GPE"
    if label == "PERSON" and key in CONTINENTS:
        return "LOC"  # "the group's deputy Asia director": a region, no one's name
    if label in ("GPE", "ORG", "NORP", "LOC") and end - start > 1 and before is not None and before.lower_ in (
            "by", "and", ",") and CREDITS.match(doc[start].sent.text) and key not in cities() \
            and key not in countries():
        return "PERSON"  # "(Reporting by Ana Roth in Lima and Jon Vik in Quito)": the reporters
    if key in organizations() and label in ("PERSON", "GPE", "LOC", "FAC"):
        return "ORG"
    titled = before is not None and before.lower_ in TITLES
    if label != "PERSON" and titled and end - start <= 4 and all(t.pos_ == "PROPN" for t in doc[start:end]) \
            and key not in CONTINENTS and not (end < len(doc) and doc[end].is_lower and doc[end].lower_ in TITLES):
        return "PERSON"  # "spokeswoman Tilda Harrow", "President Ruto"
    if last in ORG_WORDS and label in ("PERSON", "GPE", "LOC", "FAC"):
        return "ORG"
    if label == "PERSON" and before is not None and before.lower_ == "of" and doc[start - 2].lower_ in BODY_HEADS:
        return "ORG"  # "chief executive of Thalassa Maritime": one heads a body, not a person
    if last in FACILITY_WORDS and end - start > 1 and label in ("ORG", "PERSON", "GPE"):
        return "FAC"
    if label in ("ORG", "PERSON") and _subdivision(key) and key not in organizations():
        return "GPE"  # a province the model called an organisation
    if label in ("PERSON", "ORG") and _named_as_a_place(doc, start, end, label):
        return "GPE"  # "the nearby town of Thumane", "in Dhanusha district", "in Quang Ngai"
    city = cities().get(key)
    if city and label in ("ORG", "PERSON", "LOC", "FAC"):
        locative = before is not None and before.lower_ in LOCATIVE
        if locative or (label == "ORG" and city[1] >= BIG_CITY) or (
                label == "PERSON" and city[1] >= (HUGE_CITY if end - start == 1 else BIG_CITY)):
            return "GPE"  # (a big city's name of several words is no one's: "Santa Cruz de la Sierra")
    return label


#: Posts that are held in a body: "founder of X", "chief executive of X" make X an organisation.
BODY_HEADS = {"executive", "ceo", "founder", "co-founder", "director", "chairman", "chairwoman", "chairperson",
              "owner", "co-owner", "manager", "shareholder", "board"}
#: Lowercase nouns after a name that make it a natural place: "the Nieuwe Maas river", "the Torkham crossing".
GEO_NOUNS = {"river", "lake", "sea", "bay", "strait", "gulf", "mountain", "mountains", "valley", "desert",
             "peninsula", "island", "islands", "canal", "crossing", "pass", "border", "plateau", "basin", "delta"}
#: Lowercase nouns for kinds of organisation, in front of a name or in an apposition after it.
ORG_KINDS = KIND_NOUNS | {"exporter", "importer", "producer", "maker", "manufacturer", "retailer", "carrier",
                          "operator", "broadcaster", "newspaper", "lender", "developer", "supplier", "conglomerate",
                          "giant", "startup", "watchdog", "regulator", "ngo", "organisation", "outlet", "club",
                          "site", "website", "portal", "daily", "weekly", "magazine", "paper", "tabloid", "channel"}


def _kind(doc: Doc, start: int, end: int, label: str) -> str:
    """The kind of thing a common noun beside the name says it is: "the Nieuwe Maas river" is a place,
    "environmental group Milieudefensie" and "Fonterra, the country's largest dairy exporter" organisations."""
    after = doc[end] if end < len(doc) else None
    if after is not None and after.is_lower and after.lemma_.lower() in GEO_NOUNS and after.pos_ == "NOUN":
        return "LOC"
    if label == "PERSON" and end - start > 1 and doc[end - 1].lower_ in REGIONAL_SUFFIXES:
        return "ORG"  # "Greenpeace Africa", "Amnesty International": no one's surname
    if label != "PERSON":
        return label
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.is_lower and before.lower_ in ORG_KINDS and before.pos_ == "NOUN":
        return "ORG"  # "rights group Foro Penal"
    if after is not None and after.text == "," and end + 2 < len(doc):
        appos = next((t for t in doc[start:end].root.children if t.dep_ == "appos"), None)
        if appos is not None and appos.lemma_.lower() in (ORG_KINDS if end - start == 1 else KIND_NOUNS):
            return "ORG"  # "Acme, a dairy exporter"; "Agro Norte, a company" (not "Ana Roth, a machine operator")
    return label


def _descriptors_only(doc: Doc, start: int, end: int) -> bool:
    """Whether [start, end) is only demonyms and titles ("Costa Rican Foreign Minister")."""
    i = start
    while i < end:
        n = next((n for n in (3, 2, 1) if i + n <= end and (
            " ".join(t.lower_ for t in doc[i:i + n]) in TITLES or norm(doc[i:i + n].text) in demonyms())), 0)
        if not n:
            return False
        i += n
    return True


def _known_organisations(doc: Doc) -> list[Span]:
    """Names of several words from the shipped table of organisations, wherever they stand, longest
    first, and not inside a longer name ("Mozambique Red Cross", "United Nations Human Rights Committee")."""
    found: list[Span] = []
    title = [t.is_title for t in doc]  # read once, not for every length tried at every word
    i = 0
    while i < len(doc):
        n = next((n for n in range(10, 1, -1) if i + n <= len(doc) and title[i + n - 1]
                  and norm(doc[i:i + n].text) in organizations()
                  and not (i > 0 and doc[i - 1].pos_ == "PROPN" and title[i - 1] and not doc[i].is_sent_start)
                  and not (i + n < len(doc) and doc[i + n].pos_ == "PROPN" and title[i + n]
                           and _section_end(doc, i + n) == i + n)), 0) if title[i] else 0
        if not n and _known_acronym(doc, i):
            n = 1
        if n:
            n = _section_end(doc, i + n) - i
            found.append(Span(doc, i, i + n, label="ORG"))
        i += n or 1
    return found


def _section_end(doc: Doc, end: int) -> int:
    """The end of the country's name after a name ending in "International", which names the body's
    national section ("Amnesty International Kenya"), else ``end``."""
    if doc[end - 1].lower_ != "international" or not doc[end - 1].whitespace_:
        return end
    return next((end + n for n in (3, 2, 1) if end + n <= len(doc) and doc[end].is_title
                 and norm(doc[end:end + n].text) in countries()), end)


def _known_acronym(doc: Doc, i: int) -> bool:
    """An acronym from the table of organisations the model left untagged: "the UN peacekeeping mission in
    Congo, MONUSCO, said" (not in a line all in capitals)."""
    token = doc[i]
    return (token.ent_iob_ == "O" and token.is_upper and token.is_alpha and len(token) >= 3
            and norm(token.text) in organizations()
            and not any(t.is_upper and t.is_alpha and len(t) > 1 for t in doc[max(i - 2, 0):i + 3] if t.i != i))


def in_a_name(span: Span) -> bool:
    """Whether the date is part of a name: the "March 23" of the "March 23 Movement", the "6 April"
    of the "6 April Youth Movement"."""
    doc, end = span.doc, span.end
    while end < len(doc) and end < span.end + 3 and doc[end].is_title and doc[end].lower_ not in ORG_WORDS:
        end += 1
    return any(t.like_num for t in span) and end < len(doc) and doc[end].is_title and doc[end].lower_ in ORG_WORDS


def _untagged_countries(doc: Doc) -> list[Span]:
    """Countries' names and demonyms the model left untagged, standing alone ("Neighbouring Bangladesh
    said", "under Togolese mediation", the demonym taken for a plain adjective): not a part of a longer
    name ("Chad Smith", "Jordan Valley")."""
    found: list[Span] = []
    for i, token in enumerate(doc):
        if token.ent_iob_ != "O" or not token.is_title or token.pos_ not in ("PROPN", "ADJ") \
                or token.pos_ == "ADJ" and token.head.tag_ == "NNS":  # "Somali pirates" are a kind of people
            continue
        n, label = next(((n, label) for table, label in ((countries(), "GPE"), (demonyms(), "NORP"))
                         for n in (3, 2, 1) if i + n <= len(doc) and all(t.ent_iob_ == "O" for t in doc[i:i + n])
                         and norm(doc[i:i + n].text) in table), (0, ""))
        after = doc[i + n] if i + n < len(doc) else None
        if n and not (after is not None and after.pos_ == "PROPN" and after.is_title) and not (
                i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title and not doc[i - 1].is_sent_start):
            found.append(Span(doc, i, i + n, label=label))
    return found


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
    words: dict[str, set[str]] = {pos: set() for pos in ("noun", "verb", "adj", "adv")}
    if "lemmatizer" in nlp.pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups
        if lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            for pos in words:
                words[pos].update(index.get(pos, []))
    describing = words["verb"] | words["adj"] | words["adv"]
    return EntityFix(frozenset(words["noun"] | describing), frozenset(describing))
