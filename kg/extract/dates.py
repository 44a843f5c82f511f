"""Temporal expressions resolved against the publication date, to the precision the text gives.

dateparser does the parsing; what it cannot know comes from the sentence: the tense of the verb
that governs the expression decides whether "Friday" or "December 14" lies before or after the
publication date, and durations ("111 days", "recent days") are not dates at all.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from functools import cache, lru_cache

from dateparser.date import DateDataParser
from spacy.tokens import Span, Token

from kg.facts import Mention, When
from kg.nlp.components import in_a_name

PAST, PRESENT, FUTURE = "past", "present", "future"

NUMBER = (r"(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
          r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
          r"ninety|hundreds?|thousands?|dozens?|a couple of|a few|few|several|many|some|recent|coming|past|"
          r"the past|the last|the next|the coming|the first|the)(?:-\w+)?")
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century)s?"
#: "111 days", "just weeks", "recent days", "the past three months", "nine and seven years", "a two-year",
#: "week-long": spans of time, not points.
DURATION = re.compile(
    rf"^(?:(?:just|only|about|around|nearly|almost|some|over|more than|less than|within|for|up to|at least)\s+)*"
    rf"(?:{NUMBER}[\s-]+(?:(?:and|or|to)\s+)?)*{UNIT}(?:[\s-]+(?:long|old|later|earlier))?$",
    re.IGNORECASE)
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAY = re.compile(rf"^(?:on\s+)?(?:(last|this|next|past|coming)\s+)?({'|'.join(WEEKDAYS)})"
                     r"(?:\s+(?:morning|afternoon|evening|night))?$", re.IGNORECASE)
#: "the weekend", "over the weekend", "next weekend": told by its Saturday, the weekday rule's way.
WEEKEND = re.compile(r"^(?:over\s+)?(?:the\s+)?(?:(last|this|next|past|coming)\s+)?weekend$", re.IGNORECASE)
#: "earlier this week", "later in the month": the period the publication date is in.
THIS_PERIOD = re.compile(r"^(?:earlier|later|late|early)?\s*(?:in\s+)?(?:this|(?<=in )the)\s+(year|month|week)$",
                         re.IGNORECASE)
#: "the 1990s", "the mid-2000s": a decade, which names no year, month or day.
DECADE = re.compile(r"^(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[89]|20)\d0'?s$", re.IGNORECASE)
#: "this summer", "last spring", "next autumn": a season says only which year (the last one is the
#: latest to have ended: "last summer" in October is this year's).
SEASON = re.compile(r"^(?:(?:earlier|later|late|early)\s+)?(?:in\s+)?(this|last|next|past|coming)\s+"
                    r"(spring|summer|autumn|fall)$", re.IGNORECASE)
SEASON_ENDS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}
MONTH_NUMBERS = {name.lower()[:3]: i for i, name in enumerate(calendar.month_name) if name}
MONTH_NAME = "(?:" + "|".join(calendar.month_name[1:]) + ")"
#: "February and March last year", "May and June 2024": two months say only their year.
MONTH_PAIR = re.compile(rf"^{MONTH_NAME}\s+(?:and|or|to)\s+({MONTH_NAME})"
                        r"(?:,?\s+((?:1[89]|20)\d\d)|\s+(last|this|next)\s+year)?$", re.IGNORECASE)
#: "1998 to 2000", "between 2019 and 2021": a period told by its two years, dated by the year it began.
YEAR_RANGE = re.compile(r"^(?:between\s+)?((?:1[89]|20)\d\d)\s*(?:to|until|through|and|-|–)\s*(?:1[89]|20)\d\d$",
                        re.IGNORECASE)
MONTH_OF_YEAR = re.compile(rf"^({'|'.join(calendar.month_name[1:])})\s+(last|this|next)\s+year$", re.IGNORECASE)
WHICH_MONTH = re.compile(rf"^(last|next|this|past|coming)\s+({'|'.join(calendar.month_name[1:])})(?:'s)?$",
                         re.IGNORECASE)
#: A year, a month or a month's day, written out: "2019", "October", "October 2019", "October, 2019",
#: "October 14". dateparser reads each one way only (its year for a bare month or day is replaced by
#: the nearest one in the tense's direction anyway), so they are resolved without it (~1.5 ms a call).
PLAIN_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
PLAIN_MONTH = re.compile(rf"^({'|'.join(calendar.month_name[1:])})"
                         r"(?:,?\s+((?:1[89]|20)\d\d)|\s+([1-9]|[12]\d|3[01]))?$")
#: "the end of the year", "the end of this month": the period the publication date is in.
OWN_PERIOD = re.compile(r"(?:the|this|the current)\s+(year|month)", re.IGNORECASE)
#: "recent weeks", "the past few weeks": the weeks up to now, told as the publication month.
RECENT_WEEKS = re.compile(r"^(?:recent|the\s+(?:past|last)\s+(?:few|several))\s+weeks$", re.IGNORECASE)
#: "last week", "next month", "Last year": one step from the publication date, as dateparser takes it.
STEP = re.compile(r"^(last|next)\s+(week|month|year)$", re.IGNORECASE)
VAGUE_PREFIX = re.compile(r"^(?:early|mid|late|(?:the\s+)?(?:end|start|beginning|middle)\s+of)[\s-]+",
                          re.IGNORECASE)
#: Verbs whose complement lies ahead: "scheduled for", "due on", "plans to".
FUTURE_VERBS = {"schedule", "plan", "set", "due", "expect", "pledge", "promise", "vow", "threaten", "intend",
                "aim", "hope", "prepare", "propose", "slate", "will"}
MODALS = {"will", "shall", "would", "could", "may", "might", "'ll", "wo"}
#: Future verbs whose own date is when the promise was made: "pledged in May to invest".
PROMISING = {"pledge", "promise", "vow", "threaten", "intend", "aim", "hope", "prepare", "propose"}


ABBREVIATED = "|".join(("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"))
#: A month's name, or its abbreviation with its dot or before a number: a bare "Mar" or "Jan" is a word of a
#: name ("Vina del Mar") more often than a month.
MONTHS = "|".join(calendar.month_name[1:]) + rf"|(?:{ABBREVIATED})(?:\.|(?=\s+\d))"
#: Temporal expressions the model's NER sometimes misses: "on Wednesday", "in May", "last week".
TEMPORAL = re.compile(
    rf"\b(?:(?:last|next|this|past|coming|earlier this|later this)\s+)?(?:{'|'.join(d.title() for d in WEEKDAYS)})"
    rf"(?:\s+(?:morning|afternoon|evening|night))?\b"
    rf"|\b(?:(?:early|mid|late)[\s-])?(?:{MONTHS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?\b"
    rf"|\b\d{{1,2}}\s+(?:{MONTHS}|{ABBREVIATED})(?:\s+\d{{4}})?\b"
    r"|\b(?:last|next|this|earlier this|later this)\s+(?:week|month|year|weekend|spring|summer|autumn|fall)\b"
    r"|\bthe\s+weekend\b|\b(?:earlier|later)\s+in\s+the\s+(?:week|month|year)\b"
    r"|\b(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago\b"
    r"|\b(?:yesterday|today|tomorrow|overnight|last night)\b"
    r"|\b(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+(?:day|night|evening|morning|afternoon)\b"
    r"|\bat\s+(?:the|that)\s+time\b(?!\s+of\b)"
    r"|\b(?:(?:a\s+few|several|two|three|four|five|six)\s+)?hours\s+(?:later|earlier)\b")


def _ents(sent: Span) -> list[Span]:
    """``sent.ents`` read from the sentence's own tokens: ``Span.ents`` scans every entity of the
    document, which made dating every event quadratic in the article's length."""
    doc, out, i = sent.doc, [], sent.start
    while i < sent.end:
        token = doc[i]
        if token.ent_iob_ == "B":
            j = i + 1
            while j < len(doc) and doc[j].ent_iob_ == "I":
                j += 1
            if j <= sent.end:
                out.append(Span(doc, i, j, label=token.ent_type_))
            i = j
        else:
            i += 1
    return out


@lru_cache(maxsize=64)
def temporal_spans(sent: Span) -> tuple[Span, ...]:
    """The sentence's temporal expressions: the model's DATE and TIME entities, and those it missed.
    Made once per sentence (a Span is equal only to a span of the same Doc): every event of the
    sentence asks for them."""
    spans = [_after_a_duration(_before_a_term(_from_its_first_time_word(e))) for e in _ents(sent)
             if e.label_ in ("DATE", "TIME")
             and not in_a_name(e) and not (e.label_ == "TIME" and CLOCK.fullmatch(e.text.lower()))]
    spans = [s for s in spans if len(s)]
    taken = {t.i for s in spans for t in s}
    for m in TEMPORAL.finditer(sent.text):
        if m.group(0) == "May" and not re.match(r"\s+\d", sent.text[m.end():]) and not re.search(
                r"\b(?:in|of|since|until|by|from|early|mid|late)\s+$", sent.text[:m.start()]):
            continue  # "may" the verb, capitalised at the start of a sentence
        span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="contract")
        if span is not None and len(span) and not any(t.i in taken or t.ent_type_ in NAMES for t in span) \
                and not in_a_name(span):
            spans.append(span)
    return tuple(_month_pairs(spans))


def _month_pairs(spans: list[Span]) -> list[Span]:
    """Two months joined into one span, which names their year: "arrested in February and March last year"."""
    out, joined = [], set()
    for span in spans:
        second = next((s for s in spans if s.start == span.end + 1 and span.doc[span.end].lower_ in ("and", "or")
                       and re.fullmatch(MONTH_NAME, span.text) and re.match(MONTH_NAME + r"\b", s.text)), None)
        if second is not None:
            joined.add(second.start)
            span = span.doc[span.start:second.end]
        out.append(span)
    return [s for s in out if s.start not in joined]


#: Times of day that name no day: "at 7 a.m.", "an overnight siege", "shortly before noon" (the day is told
#: elsewhere, or is the one the article is about).
CLOCK = re.compile(r"(?:(?:about|around|at|shortly|just|before|after|until|by|early|late|the)\s+)*"
                   r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|gmt|utc|hours|h)?(?:\s+local time)?|noon|midnight|"
                   r"overnight|dawn|dusk|daybreak|nightfall|hours|minutes)")
#: The preposition a temporal expression may open with: "on Monday", "in May".
LEADING_PREP = re.compile(r"^(?:on|in|at|by|since|from|until|during|before)\s+", re.IGNORECASE)
#: Kinds of names a date may be part of.
NAMES = {"ORG", "PERSON", "GPE", "FAC", "LOC", "NORP", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"}
#: Lowercase words a temporal expression may begin with: "on Monday", "late last year", "about two weeks ago".
DATE_LEADS = {"early", "late", "mid", "last", "next", "this", "that", "the", "a", "an", "on", "in", "at", "since",
              "until", "till", "by", "from", "between", "about", "around", "nearly", "almost", "some", "over", "past",
              "coming", "earlier", "later", "each", "every", "recent", "previous", "following", "before", "after",
              "during", "within", "just", "only", "more", "than", "less", "few", "several", "two", "three", "four",
              "five", "six", "seven", "eight", "nine", "ten", "one", "yesterday", "today", "tomorrow", "tonight",
              "overnight", "end", "beginning", "start", "middle", "of"}


def _from_its_first_time_word(span: Span) -> Span:
    """A date the model ran on from the words before it: "walkout on Sept. 1" is "on Sept. 1"."""
    start = span.start
    while start < span.end and span.doc[start].is_lower and span.doc[start].is_alpha \
            and span.doc[start].lower_ not in DATE_LEADS and not span.doc[start].like_num:
        start += 1
    return span.doc[start:span.end]


def _after_a_duration(span: Span) -> Span:
    """A date the model ran on from the duration before it: "two days ago" of "for several hours two days ago"."""
    for m in TEMPORAL.finditer(span.text):
        if 0 < m.start() and m.end() == len(span.text) and DURATION.match(span.text[:m.start()].strip()):
            found = span.doc.char_span(span.start_char + m.start(), span.end_char, alignment_mode="contract")
            return found if found is not None and len(found) else span
    return span


def _before_a_term(span: Span) -> Span:
    """A date the model ran into the term after it: "January 2024" of "January 2024 to 12 years", "early 2024"
    of "In early 2024, weeks of blockades" (not "Monday, March 3" nor "March 3, 2025")."""
    for t in span[1:-1]:
        if t.lower_ == "to" and t.nbor().like_num and span[-1].lemma_.lower() in ("year", "month", "week", "day"):
            return span.doc[span.start:t.i]
        if t.text == "," and not any(w.like_num or TEMPORAL.match(w.text) for w in span.doc[t.i + 1:span.end]):
            return span.doc[span.start:t.i]
    return span


#: "a day earlier", "two days later", "three weeks before": a distance from another time.
OFFSET = re.compile(r"^(?:(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+"
                    r"(?P<unit>day|week|month|year)s?|"
                    r"(?:(?:a\s+few|several|two|three|four|five|six)\s+)?hours)"
                    r"(?:\s+(?P<way>earlier|later|before|after))?$", re.IGNORECASE)
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
#: How many days a happening lasted, told before its noun: "a three-day visit", "four days of talks".
LASTING = re.compile(r"\b(\w+)[\s-]+days?(?:[\s-]+long)?(?:\s+of)?$", re.IGNORECASE)


def days_long(words: str) -> int | None:
    """The number of days the words before a happening's noun give it."""
    m = LASTING.search(words.strip())
    count = m.group(1).lower() if m else ""
    return int(count) if count.isdigit() else COUNTS.get(count)


#: "the following day", "the next day": a day after the day last named.
NEXT_DAY = re.compile(r"^(?:on\s+)?(?:the\s+)?(?:following|next)\s+(day)$", re.IGNORECASE)
#: "that year", "the same month", "that evening", "later that day": the time last named; "at the time": that
#: time, to the precision it was named with.
SAME_TIME = re.compile(r"^(?:(?:in|on|later|earlier)\s+)?(?:that|the\s+same)\s+(year|month|day|night|evening|morning|"
                       r"afternoon)$|^(?:at\s+)?(?:the|that)\s+(time)$", re.IGNORECASE)


def offset(span: Span, sent: Span, published: dt.date | None, trigger: Token | None = None) -> When | None:
    """The day a distance names from the sentence's other date (else the publication date): "a
    bombing a day earlier" than "Thursday"; "said on Thursday, a day after X dismissed Y": Y's
    dismissal, a day before Thursday. "That year" is the year last named before it. A distance in weeks gives
    only the month, as "three weeks ago" does."""
    if span.text.strip().lower() == "overnight" and (evening := _evening_before(span, sent, published)):
        return evening
    if (same := SAME_TIME.match(span.text.strip())) is not None:
        unit = (same.group(1) or same.group(2)).lower()
        return _last_named(span, sent, published, unit if unit in ("year", "month", "time") else "day")
    m = OFFSET.match(span.text.strip()) or NEXT_DAY.match(span.text.strip())
    if m is None:
        return None
    way = "later" if m.re is NEXT_DAY else (m.group("way") or "").lower()
    if not way and trigger is not None and (headed := _from_what_followed(span, trigger)) and (
            counted := _counted_from(span, sent, published, m, headed)):
        return counted
    if not way:  # "a day after X dismissed": the word after the distance says which way
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        way = nxt.lower_ if nxt is not None and nxt.lower_ in ("after", "before") else ""
        way = {"after": "earlier", "before": "later"}.get(way, "")  # X happened that long before the anchor
    if not way:
        return None
    count = "1" if m.re is NEXT_DAY else (m.group("count") or "0").lower()  # "hours later": the same day
    days = int(count) if count.isdigit() else COUNTS[count]
    unit = (m.group("unit") or "day").lower() if m.re is OFFSET else "day"
    if unit in ("month", "year"):
        return _months_off(span, sent, published, days * (12 if unit == "year" else 1), way, unit)
    days *= 7 if unit == "week" else 1
    anchor = _day_in(sent, published, span, inside=_what_it_measures_from(span))
    if anchor is None and way in ("later", "after"):  # "lodged a complaint two days later": after the last day told
        before = sent.doc[:sent.start].sents if sent.start else []
        anchor = _day_in(sent, published, span, ("month", "year")) or next(  # "arrested in October and resigned
            (w for s in reversed(list(before)[-3:]) if (w := _day_in(s, published, None, ("day", "month", "year")))),
            None)  # a week later", "In 2021 gunmen seized 279 girls. They were freed four days later."
        if anchor is not None and anchor.precision != "day":  # no day to count from: at most its month or year
            return When(anchor.value, anchor.precision, Mention(span.start_char, span.end_char, span.text)) \
                if days <= 14 or anchor.precision == "year" else None
    if anchor is None and way == "earlier" and _past_anchor(span):
        anchor = _day_told_before(sent, published)
    base = dt.date.fromisoformat(anchor.value) if anchor else published
    if base is None:
        return None
    day = base - dt.timedelta(days=days) if way in ("earlier", "before") else base + dt.timedelta(days=days)
    return _when(day, "month" if unit == "week" else "day", Mention(span.start_char, span.end_char, span.text))


def _from_what_followed(span: Span, trigger: Token) -> str:
    """Which way an act lies from what the distance that dates it counts from, when the act is the one the
    distance measures ("was detained two days before polling": earlier; "opened an inquiry two days after the
    shooting": later), not the one it counts from ("said on Thursday, a day after X dismissed Y")."""
    prep = span.doc[span.end] if span.end < len(span.doc) else None
    if prep is None or prep.lower_ not in ("after", "before") or prep.dep_ != "prep" or trigger.pos_ != "VERB" or (
            span.root.head not in (trigger, prep) or prep.head != trigger) or trigger.i in _what_it_measures_from(span):
        return ""
    return "later" if prep.lower_ == "after" else "earlier"


def _counted_from(span: Span, sent: Span, published: dt.date | None, m: re.Match, way: str) -> When | None:
    """The day a distance puts an act from a happening it names: that happening's day in the phrase ("two days
    after the June 25 shooting"), else the last past day the sentence or the two before it told."""
    count = (m.group("count") or "0").lower() if m.re is OFFSET else "1"
    unit = (m.group("unit") or "day").lower() if m.re is OFFSET else "day"
    days = (int(count) if count.isdigit() else COUNTS[count]) * (7 if unit == "week" else 1)
    if m.re is not OFFSET or unit not in ("day", "week"):
        return None
    inside = _what_it_measures_from(span)
    anchor = next((w for e in temporal_spans(sent) if e.root.i in inside and not OFFSET.match(e.text.strip())
                   and (w := _told(e, sent, published)) and w.precision == "day"), None) or _day_told_before(
        sent, published)
    if anchor is None:
        return None
    base = dt.date.fromisoformat(anchor.value)
    day = base - dt.timedelta(days=days) if way == "earlier" else base + dt.timedelta(days=days)
    return _when(day, "month" if unit == "week" else "day", Mention(span.start_char, span.end_char, span.text))


def _what_it_measures_from(span: Span) -> set[int]:
    """The tokens of what a distance counts from ("two days after Ana, who arrived on Tuesday, had been
    received"): a day told there is that act's own, no anchor to count from."""
    prep = span.doc[span.end] if span.end < len(span.doc) else None
    if prep is None or prep.lower_ not in ("after", "before"):
        return set()
    told = prep.head if prep.dep_ == "mark" else prep  # "after she, who ..., had been received": its clause
    return {t.i for t in told.subtree if t.i > prep.i}


def _past_anchor(span: Span) -> bool:
    """Whether a distance before what it follows ("a day after a raid") counts from a past act of its
    sentence, told before: "The detentions followed a day after the search" (not "The vote comes a week after he quit",
    which counts from now)."""
    prep = span.doc[span.end] if span.end < len(span.doc) else None
    return prep is not None and prep.lower_ == "after" and prep.head.tag_ == "VBD"


def _day_told_before(sent: Span, published: dt.date | None) -> When | None:
    """The past day the latest of the two sentences before ``sent`` names: "was detained on Thursday. The
    detentions followed a day after the search": the search was on Wednesday."""
    before = list(sent.doc[:sent.start].sents)[-2:] if sent.start else []
    return next((w for s in reversed(before) if (w := _day_in(s, published, None)) and (
        published is None or w.value <= published.isoformat())), None)


def _months_off(span: Span, sent: Span, published: dt.date | None, months: int, way: str, unit: str) -> When | None:
    """The month (or year) a distance in months or years names from the sentence's other date, else the
    publication date: "the Senate passed the bill, a month after the House approved it"; "resigned in
    November; he was indicted a month earlier"; "came seven months after the party lost the election"; "signed a
    deal in 2016 and quit it three years later" (a year counts years)."""
    anchor = _day_in(sent, published, span, ("day", "month", "year") if unit == "year" else ("day", "month")) or (
        published and When(published.isoformat(), "day"))
    if anchor is None:
        return None
    base = dt.date.fromisoformat((anchor.value + "-01-01")[:7] + "-01")
    step = -months if way in ("earlier", "before") else months
    year, month = divmod(base.year * 12 + base.month - 1 + step, 12)
    return _when(dt.date(year, month + 1, 1), "month" if unit == "month" else "year",
                 Mention(span.start_char, span.end_char, span.text))


#: A day told by its evening: "late on Saturday", "late Tuesday", "on Monday night" (the words before the day's span
#: with it).
EVENING = re.compile(r"\blate\s+(?:on\s+)?\w+day$|\w+day\s+(?:night|evening)$", re.IGNORECASE)


def _evening_before(span: Span, sent: Span, published: dt.date | None) -> When | None:
    """The day after a late evening named before "overnight", in its sentence or the two before, which the night
    that follows that evening runs into: "clashes broke out late on Tuesday. Dozens were detained overnight"."""
    before = list(sent.doc[:sent.start].sents)[-2:] if sent.start else []
    evening = next((e for s in (*before, sent) for e in temporal_spans(s) if e.start < span.start and EVENING.search(
        e.doc[max(e.start - 2, s.start):e.end].text)), None)
    when = resolve(evening.text, published, PAST) if evening is not None else None
    day = dt.date.fromisoformat(when.value) + dt.timedelta(days=1) if when and when.precision == "day" else None
    if day is None or published is None or day > published:
        return None
    return _when(day, "day", Mention(span.start_char, span.end_char, span.text))


def _last_named(span: Span, sent: Span, published: dt.date | None, unit: str) -> When | None:
    """The year, month or day of the date named last before ``span``, in its sentence or the two before:
    "signed a deal in 2024. X, who was elected that year": 2024; "marched on Monday. ... that evening": Monday."""
    before = list(sent.doc[:sent.start].sents)[-2:] if sent.start else []
    named = [(e, s) for s in (*before, sent) for e in temporal_spans(s) if e.start < span.start
             and not OFFSET.match(e.text.strip())]
    size = {"year": 4, "month": 7, "time": 4}.get(unit, 10)
    for e, s in reversed(named):
        when = _told(e, s, published)
        if when is not None and len(when.value) >= size:
            if unit == "time":
                return replace(when, mention=Mention(span.start_char, span.end_char, span.text))
            return When(when.value[:size], unit, Mention(span.start_char, span.end_char, span.text))
    return None


def _told(span: Span, sent: Span, published: dt.date | None) -> When | None:
    """The time a temporal expression names, "that evening" being the day named before it."""
    if SAME_TIME.match(span.text.strip()):
        return offset(span, sent, published)
    return resolve(span.text, published, tense(span.root))


def _day_in(sent: Span, published: dt.date | None, besides: Span | None, precisions=("day",),
            inside: set[int] = frozenset()) -> When | None:
    """The first day (or date of the given precisions) the sentence names, other than ``besides``,
    other distances and dates among the tokens ``inside``."""
    return next((w for e in temporal_spans(sent) if e != besides and not OFFSET.match(e.text.strip())
                 and e.root.i not in inside
                 and (w := _told(e, sent, published)) and w.precision in precisions), None)


def tense(token: Token) -> str:
    """Past, present or future, from the verb that governs ``token``."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    seen = verb
    while True:
        auxes = [c for c in seen.children if c.dep_ in ("aux", "auxpass")]
        lemma = seen.lemma_.lower()
        if (lemma in FUTURE_VERBS and not (seen is verb and lemma in PROMISING and (verb.tag_ == "VBD" or (
                verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl")))) and not (
                lemma == "set" and any(c.lemma_ == "fire" and c.dep_ == "dobj" or c.lower_ in (
                    "ablaze", "alight") or c.dep_ == "prt" and c.lower_ == "off" for c in seen.children))) or any(
                # "set fire to", "set off by Tuesday's quake" were done; "set for", "set to", "set a deadline of
                # Friday" lie ahead
                a.lower_ in MODALS for a in auxes) or any(  # "is due to travel on Thursday"
                c.dep_ == "acomp" and c.lemma_.lower() in FUTURE_VERBS for c in seen.children):
            return FUTURE  # "scheduled for December 14"; but "pledged in May", "the changes proposed in May"
            # were in May
        if seen.lemma_.lower() == "go" and seen.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in seen.children):
            return FUTURE
        if seen.pos_ == "ADJ" and lemma in ("ready", "willing"):
            return FUTURE  # "was ready to reopen talks on Monday": what one is ready to do lies ahead
        if seen.dep_ in ("xcomp", "conj") and seen.head != seen and not (seen.dep_ == "conj" and seen.tag_ == "VBD"):
            # "will meet X and sign a deal on Friday" lies ahead; "would raise it at the summit, and spoke to
            # Y on Tuesday evening" has its own past
            seen = seen.head
            continue
        break
    if verb.tag_ == "VBD" or any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP", "VBD") for a in
                                 (c for c in verb.children if c.dep_ == "aux")) or any(
            c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children):  # "was arrested in March"
        return PAST
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl"):
        return PAST
    if verb.tag_ == "VBZ" and verb.pos_ == "VERB" and WEEKDAY.match(token.text):
        return FUTURE  # "travels on Friday to Maputo": a day named with the present is one ahead
    return PRESENT


@cache
def _parser(prefer: str, base: dt.date) -> DateDataParser:
    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime.combine(base, dt.time()), "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})


@lru_cache(maxsize=16384)
def _parse(text: str, prefer: str, base: dt.date) -> tuple[dt.date, str] | None:
    """dateparser's day and period for ``text``; the same expression recurs across an article's events."""
    data = _parser(prefer, base).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period


def _when(day: dt.date, precision: str, mention: Mention | None) -> When:
    value = {"day": day.isoformat(), "month": f"{day.year:04d}-{day.month:02d}", "year": f"{day.year:04d}"}
    return When(value[precision], precision, mention)


def _nearest_year(month: int, day: int, base: dt.date, how: str) -> dt.date | None:
    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if how == PAST:
        options = [d for d in options if d <= base] or options
        return max(options) if options else None
    if how == FUTURE:
        options = [d for d in options if d >= base] or options
        return min(options) if options else None
    return min(options, key=lambda d: abs(d - base)) if options else None


def year_told(span: Span, spans: tuple[Span, ...], published: dt.date | None) -> dt.date | None:
    """The day a month named without its year is reckoned from: the end of the one earlier year the
    sentence gives ("became prime minister in June 2023 after her party won the April election": April
    2023), else the publication date."""
    if published is None or not PLAIN_MONTH.match(_bare(span.text)) or re.search(r"\d{4}", span.text):
        return published
    clause = clause_of(span.root)
    years = {int(m.group()) for other in spans if other != span and _anchors(other, clause)
             for m in re.finditer(r"\b(?:1[89]|20)\d\d\b", other.text)}
    return dt.date(years.pop(), 12, 31) if len(years) == 1 and min(years) < published.year else published


def clause_of(token: Token) -> Token:
    """The verb (or the root) whose clause holds the token."""
    while token.pos_ not in ("VERB", "AUX") and token.head != token:
        token = token.head
    return token


def _anchors(span: Span, clause: Token) -> bool:
    """Whether a dated adverbial ("in June 2023") sits in the clause or one the clause hangs from (not
    "who left the ministry in 2024", "rounds held since 2023", "under the 2016 press code")."""
    root = span.root
    if not (root.dep_ == "npadvmod" or root.dep_ == "pobj" and root.head.lower_ in ("in", "on", "by", "during")):
        return False
    own = clause_of(root)
    return own == clause or own in clause.ancestors


def _bare(text: str) -> str:
    return LEADING_PREP.sub("", " ".join(text.split()).strip(" ,."))


def resolve(text: str, published: dt.date | None, how: str = PRESENT,
            mention: Mention | None = None) -> When | None:
    """The point in time ``text`` names, or None for durations and what cannot be placed.

    >>> resolve("December 14", dt.date(2025, 11, 28), FUTURE).value
    '2025-12-14'
    >>> resolve("in October", dt.date(2025, 11, 28), PAST).value
    '2025-10'
    >>> resolve("111 days", dt.date(2025, 11, 28)) is None
    True
    """
    text = " ".join(text.replace("’", "'").split()).strip(" ,.")
    text = re.sub(r"^(?:early|late)\s+(?=(?:on\s+)?[A-Z])", "", text)  # "early Monday", "late on Wednesday"
    text = LEADING_PREP.sub("", text)
    text = re.sub(r"'s$", "", text)  # "Thursday's vote"
    text = re.sub(r"^(?:the\s+)?(?:early hours|small hours|morning|afternoon|evening|night)\s+of\s+", "", text,
                  flags=re.IGNORECASE)  # "the early hours of Monday"
    if RECENT_WEEKS.match(text) and published:  # "have left their villages in recent weeks": this month
        return _when(published, "month", mention)
    if not text or DURATION.match(text) or SAME_TIME.match(text) or re.fullmatch(r"\d+[.,][\d.,]*|\d{1,3}", text):
        return None  # "magnitude 5.8", which the model may call a date, names no day
    has_year = re.search(r"\b(1[89]|20)\d\d\b", text)
    if published is None and not has_year:
        return None
    base = published or dt.date.today()
    if text.lower() in ("overnight", "last night") and how != FUTURE:
        return _when(base - dt.timedelta(days=1), "day", mention)  # the night before the day of the news
    if m := WEEKEND.match(text):  # "cut power at the weekend": its Saturday; "since the weekend": the caller's month
        text = f"{m.group(1) if (m.group(1) or 'this').lower() != 'this' else ''} saturday".strip()
    if m := WEEKDAY.match(text):
        which, name = (m.group(1) or "").lower(), m.group(2).lower()
        delta = (base.weekday() - WEEKDAYS[name]) % 7
        if which in ("next", "coming") or (not which and how == FUTURE):
            ahead = (WEEKDAYS[name] - base.weekday()) % 7 or (7 if which else 0)
            return _when(base + dt.timedelta(days=ahead), "day", mention)
        if which in ("last", "past") and delta == 0:
            delta = 7
        return _when(base - dt.timedelta(days=delta), "day", mention)
    if m := THIS_PERIOD.match(text):  # "earlier this week", like "this week": a week says only which month
        return _when(base, {"week": "month"}.get(m.group(1).lower(), m.group(1).lower()), mention)
    if DECADE.match(text):
        return None
    if m := SEASON.match(text):
        which, ends = m.group(1).lower(), SEASON_ENDS[m.group(2).lower()]
        year = base.year - (which in ("last", "past") and base.month <= ends) + (which in ("next", "coming") and
                                                                                   base.month > ends - 3)
        return _when(dt.date(year, 1, 1), "year", mention)
    if m := MONTH_PAIR.match(text):  # "in February and March last year", "between May and June 2024"
        if m.group(2):
            return _when(dt.date(int(m.group(2)), 1, 1), "year", mention)
        if m.group(3):
            return _when(dt.date(base.year + {"last": -1, "next": 1}.get(m.group(3).lower(), 0), 1, 1), "year", mention)
        month = _nearest_year(MONTH_NUMBERS[m.group(1).lower()[:3]], 1, base.replace(day=1), how)
        return _when(month, "year", mention) if month else None
    if m := YEAR_RANGE.match(text):  # "fought a war from 1998 to 2000": the year it began
        return _when(dt.date(int(m.group(1)), 1, 1), "year", mention)
    if m := MONTH_OF_YEAR.match(text):  # "March last year", "in May next year"
        step = {"last": -1, "next": 1}.get(m.group(2).lower(), 0)
        return _when(dt.date(base.year + step, MONTH_NUMBERS[m.group(1).lower()[:3]], 1), "month", mention)
    if m := WHICH_MONTH.match(text):  # "last October", "next March"
        which, month = m.group(1).lower(), MONTH_NUMBERS[m.group(2).lower()[:3]]
        if which in ("last", "past"):
            year = base.year if month < base.month else base.year - 1
        elif which in ("next", "coming"):
            year = base.year if month > base.month else base.year + 1
        else:
            year = base.year
        return _when(dt.date(year, month, 1), "month", mention)
    if re.fullmatch(r"\d{1,3}", text):
        return None  # "44": an age or a count the model called a date, not a year
    if ISO_DAY.match(text):  # the publication date itself, the fallback of every undated event
        return _when(dt.date.fromisoformat(text), "day", mention)
    if (vague := VAGUE_PREFIX.sub("", text)) != text and (m := OWN_PERIOD.fullmatch(vague)):
        return _when(base, m.group(1).lower(), mention)  # "by the end of the year": this year's
    text = vague
    if PLAIN_YEAR.match(text):
        return _when(dt.date(int(text), 1, 1), "year", mention)
    if m := PLAIN_MONTH.match(text):
        month = MONTH_NUMBERS[m.group(1).lower()[:3]]
        if m.group(2):
            return _when(dt.date(int(m.group(2)), month, 1), "month", mention)
        if m.group(3) is None:
            return _when(_nearest_year(month, 1, base.replace(day=1), how), "month", mention)
        if day := _nearest_year(month, int(m.group(3)), base, how):
            return _when(day, "day", mention)
    if m := STEP.match(text):
        step = 1 if m.group(1).lower() == "next" else -1
        unit = m.group(2).lower()
        if unit == "week":  # a week says only which month
            return _when(base + dt.timedelta(days=7 * step), "month", mention)
        if unit == "month":
            year, month = divmod(base.year * 12 + base.month - 1 + step, 12)
            return _when(dt.date(year, month + 1, 1), "month", mention)
        return _when(dt.date(base.year + step, 1, 1), "year", mention)
    prefer = {PAST: "past", FUTURE: "future"}.get(how, "current_period")
    parsed = _parse(text, prefer, base)
    if parsed is None:
        return None
    day, period = parsed
    if period == "week":  # "last week", "three weeks ago": a week says only which month
        period = "month"
    if period == "time":
        period = "day"
    if period not in ("day", "month", "year"):
        return None
    if not has_year and period == "day" and re.search(r"[A-Za-z]{3}", text) and not re.search(
            r"ago|yesterday|today|tomorrow|last|next|later|earlier", text, re.IGNORECASE):
        day = _nearest_year(day.month, day.day, base, how) or day
    elif not has_year and period == "month" and not re.search(r"last|next|this", text, re.IGNORECASE):
        day = _nearest_year(day.month, 1, base.replace(day=1), how) or day
    return _when(day, period, mention)
