"""Dates resolved against the publication date, checked by hand against a calendar.

2025-11-28 is a Friday.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kg.extract import dates
from kg.extract.dates import FUTURE, PAST, PRESENT, resolve


def _facts_of(text: str, published: dt.date):
    """The facts of a one-paragraph article published that day, extracted as a build extracts them."""
    from dataclasses import replace

    from kg.build import extract_all
    from kg.corpus import read_text

    article = replace(read_text(text, id="t", source="t.txt"), published=published)
    [(_, facts)] = list(extract_all([article]))
    return facts

PUBLISHED = dt.date(2025, 11, 28)


@pytest.mark.parametrize("text,how,value,precision", [
    ("December 14", FUTURE, "2025-12-14", "day"),
    ("December 14", PRESENT, "2025-12-14", "day"),
    ("December 14", PAST, "2024-12-14", "day"),
    ("in October", PAST, "2025-10", "month"),
    ("October", FUTURE, "2026-10", "month"),
    ("Friday", PAST, "2025-11-28", "day"),
    ("on Friday", FUTURE, "2025-11-28", "day"),
    ("Tuesday", PAST, "2025-11-25", "day"),
    ("Tuesday", FUTURE, "2025-12-02", "day"),
    ("last Tuesday", PAST, "2025-11-25", "day"),
    ("last Friday", PAST, "2025-11-21", "day"),
    ("next month", FUTURE, "2025-12", "month"),
    ("three weeks ago", PAST, "2025-11", "month"),  # the week of 2025-11-07: a week says only its month
    ("last week", PAST, "2025-11", "month"),  # 2025-11-17 to 2025-11-23
    ("three days ago", PAST, "2025-11-25", "day"),
    ("earlier this year", PAST, "2025", "year"),
    ("Sept. 15, 2026", FUTURE, "2026-09-15", "day"),
    ("14 February", PRESENT, "2026-02-14", "day"),
    ("yesterday", PAST, "2025-11-27", "day"),
    ("overnight", PAST, "2025-11-27", "day"),  # the night before the day of the news
    ("last night", PAST, "2025-11-27", "day"),
    ("last year", PAST, "2024", "year"),
    ("March 2024", PAST, "2024-03", "month"),
    ("last October", PAST, "2025-10", "month"),
    ("last December", PAST, "2024-12", "month"),
    ("next March", FUTURE, "2026-03", "month"),
    ("Thursday's", PAST, "2025-11-27", "day"),
    ("early Friday", PAST, "2025-11-28", "day"),
    ("late on Wednesday", PAST, "2025-11-26", "day"),
    ("the early hours of Monday", PAST, "2025-11-24", "day"),
    ("this summer", PAST, "2025", "year"),  # a season says only its year
    ("earlier this summer", PAST, "2025", "year"),
    ("last summer", PAST, "2025", "year"),  # the latest summer to have ended, June to August 2025
    ("last autumn", PAST, "2024", "year"),  # autumn 2025 runs to November's end: the last one ended is 2024's
    ("next spring", FUTURE, "2026", "year"),
    ("March last year", PAST, "2024-03", "month"),
    ("earlier in the week", PAST, "2025-11", "month"),  # as "earlier this week": a week says only its month
    ("later in the month", FUTURE, "2025-11", "month"),
    ("from 1987 to 1991", PAST, "1987", "year"),  # a period told by its two years: the year it began
    ("between 2016 and 2019", PAST, "2016", "year"),
    ("in May next year", FUTURE, "2026-05", "month"),
    ("at the weekend", PAST, "2025-11-22", "day"),  # a weekend is told by its Saturday, as a weekday is
    ("over the weekend", PAST, "2025-11-22", "day"),
    ("this weekend", FUTURE, "2025-11-29", "day"),
    ("next weekend", PAST, "2025-11-29", "day"),
])
def test_resolve(text, how, value, precision):
    when = resolve(text, PUBLISHED, how)
    assert when is not None and (when.value, when.precision) == (value, precision)


@pytest.mark.parametrize("text", ["111 days", "recent days", "just weeks", "the past three months", "two years",
                                  "44", "two-year", "a 30-day", "week-long", "48-hour"])  # "a two-year deal"
def test_durations_are_not_dates(text):
    assert resolve(text, PUBLISHED, PAST) is None


@pytest.mark.parametrize("published", [PUBLISHED, dt.date(2024, 2, 29), dt.date(2025, 3, 1), dt.date(2023, 12, 31),
                                       dt.date(2026, 1, 4)])
def test_plain_shapes_read_as_dateparser_reads_them(published, monkeypatch):
    """A year, a month, a month's day and "last/next week/month/year" are resolved without
    dateparser: the same point in time, at the same precision, as through it."""
    texts = ["2019", "1999", "October", "May", "February", "October 2019", "March, 2031", "October 14", "February 29",
             "February 28", "September 31", "January 1", "December 31", "last week", "Next week", "last month",
             "next month", "Last year", "next year"]
    ours = {(t, how): resolve(t, published, how) for t in texts for how in (PAST, PRESENT, FUTURE)}
    never = re.compile(r"(?!)")
    for name in ("PLAIN_YEAR", "PLAIN_MONTH", "STEP"):
        monkeypatch.setattr(dates, name, never)
    assert ours == {(t, how): resolve(t, published, how) for t in texts for how in (PAST, PRESENT, FUTURE)}


@pytest.mark.parametrize("text", ["6.3", "7.1", "12", "1,400"])
def test_a_bare_number_is_no_date(text):
    assert resolve(text, PUBLISHED, PAST) is None


def test_no_publication_date_only_absolute_dates():
    assert resolve("Friday", None, PAST) is None
    assert resolve("March 3, 2021", None, PAST).value == "2021-03-03"


def test_a_date_run_into_a_prison_term_is_the_date(nlp):
    from kg.extract.dates import temporal_spans

    doc = nlp("A judge sentenced her in March 2023 to 9 years in jail.")
    assert [s.text for s in temporal_spans(next(iter(doc.sents)))] == ["March 2023"]


def test_a_distance_from_the_sentences_other_date(nlp):
    from kg.extract.dates import offset, temporal_spans

    published = dt.date(2026, 5, 8)  # a Friday
    sent = next(iter(nlp("The ministry said on Thursday, a day after the governor sacked the jail chief.").sents))
    (distance,) = [s for s in temporal_spans(sent) if s.text.startswith("a day")]
    assert offset(distance, sent, published).value == "2026-05-06"  # the day before that Thursday
    sent = next(iter(nlp("Militants claimed a bombing that tore through a market two days earlier.").sents))
    (distance,) = [s for s in temporal_spans(sent) if "days" in s.text]
    assert offset(distance, sent, published).value == "2026-05-06"  # no other date: from publication
    sent = next(iter(nlp("The talks lasted two days.").sents))
    assert all(offset(s, sent, published) is None for s in temporal_spans(sent))  # a duration is no time


def test_a_date_inside_a_name_is_no_date(nlp):
    from kg.extract.dates import temporal_spans

    doc = nlp("Talks with the March 23 Movement (M23) and the 6 April Youth Movement broke down on Tuesday.")
    assert [s.text for s in temporal_spans(next(iter(doc.sents)))] == ["Tuesday"]


def test_days_later_than_a_month_told_before_are_in_that_month(nlp):
    from kg.extract.dates import offset, temporal_spans

    published = dt.date(2026, 5, 8)
    doc = nlp("The ministry raised fuel prices in March. Unions called a strike two days later.")
    second = list(doc.sents)[1]
    (distance,) = [s for s in temporal_spans(second) if "days" in s.text]
    assert offset(distance, second, published).value == "2026-03"
    doc = nlp("The ministry raised fuel prices on March 3. Unions called a strike two days later.")
    second = list(doc.sents)[1]
    (distance,) = [s for s in temporal_spans(second) if "days" in s.text]
    assert offset(distance, second, published).value == "2026-03-05"
    (sent,) = nlp("He was arrested in October 2023 and resigned a week later.").sents  # no day to count from
    (distance,) = [s for s in temporal_spans(sent) if "week" in s.text]
    assert offset(distance, sent, published).value == "2023-10"
    (sent,) = nlp("He was arrested in October 2023 and resigned five weeks later.").sents
    (distance,) = [s for s in temporal_spans(sent) if "weeks" in s.text]
    assert offset(distance, sent, published) is None
    doc = nlp("In 2021 bandits abducted 140 pupils from a college. They were released four days later.")
    second = list(doc.sents)[1]
    (distance,) = [s for s in temporal_spans(second) if "days" in s.text]
    assert offset(distance, second, published).value == "2021"  # not four days after the publication


def test_setting_fire_is_done_and_a_vote_set_for_a_day_lies_ahead(nlp):
    from kg.extract.dates import temporal_spans, tense

    def tense_of_its_date(text):
        (span,) = temporal_spans(next(iter(nlp(text).sents)))
        return tense(span.root)

    assert tense_of_its_date("On Saturday night, looters set fire to two shops.") == PAST
    assert tense_of_its_date("The vote is set for Saturday.") == FUTURE
    assert tense_of_its_date("Floods set off by Sunday's storm cut the road.") == PAST


def test_that_evening_and_hours_later_are_the_day_named_before(nlp):
    text = ("Riot police fired tear gas at protesters in Beirut on Monday. Crowds blocked the coastal "
            "road with burning tyres that evening. On the same day, the army arrested 12 men in Sidon. "
            "Hours later, gunmen attacked a police post in Tyre. The government condemned the attack three days "
            "later.")
    facts = _facts_of(text, dt.date(2026, 3, 12))  # a Thursday
    dates = {e.trigger.text: (e.when.value, e.when.mention.text) for e in facts.events}
    assert dates["blocked"] == ("2026-03-09", "that evening")  # the Monday, not the day of the news
    assert dates["arrested"] == ("2026-03-09", "the same day")
    assert dates["attacked"] == ("2026-03-09", "Hours later")
    assert dates["condemned"] == ("2026-03-12", "three days later")  # three days after that Monday


def test_a_date_the_model_ran_on_from_a_duration(nlp):
    from kg.extract.dates import temporal_spans

    (sent,) = nlp("Truckers blocked the main road to Kesto for several hours two days ago.").sents
    assert [s.text for s in temporal_spans(sent)] == ["two days ago"]


@pytest.mark.parametrize("text", ["the 1990s", "the 2010s", "the mid-2000s"])
def test_a_decade_is_no_date(text):
    assert resolve(text, PUBLISHED, PAST) is None


def test_earlier_this_week_gives_the_month_like_this_week():
    assert [(w.value, w.precision) for w in (resolve(t, PUBLISHED, PAST) for t in (
        "earlier this week", "this week"))] == [(PUBLISHED.isoformat()[:7], "month")] * 2


def test_a_bare_month_abbreviation_is_a_word_of_a_name(nlp):
    from kg.extract.dates import temporal_spans

    (sent,) = nlp("Floods around Porto del Mar displaced 300 families in Jan 2024, and aid arrived on Feb. 9.").sents
    assert [s.text for s in temporal_spans(sent)] == ["Jan 2024", "Feb. 9"]


def test_a_distance_in_weeks_gives_the_month_as_weeks_ago_do(nlp):
    from kg.extract.dates import offset, temporal_spans

    published = dt.date(2026, 5, 8)  # a Friday
    (sent,) = nlp("The assembly in Ostrel passed the law on Tuesday, two weeks after the police detained nine "
                  "activists.").sents
    (distance,) = [s for s in temporal_spans(sent) if "weeks" in s.text]
    when = offset(distance, sent, published)
    assert (when.value, when.precision) == ("2026-04", "month")  # Tuesday 5 May less 14 days: 21 April


def test_at_the_time_is_the_time_named_before_to_its_precision(nlp):
    from kg.extract.dates import offset, temporal_spans

    published = dt.date(2026, 5, 8)
    doc = nlp("The Varna embassy in Ostrel closed in March 2019. Lusitania recalled its envoy at the time.")
    second = list(doc.sents)[1]
    (span,) = [s for s in temporal_spans(second) if "time" in s.text]
    when = offset(span, second, published)
    assert (when.value, when.precision) == ("2019-03", "month")
    (sent,) = nlp("Officials at the time of the blast said nothing.").sents
    assert not [s for s in temporal_spans(sent) if "time" in s.text]  # the time of a happening it names


def test_a_call_or_invitation_is_dated_by_the_day_of_what_it_asks_for(nlp):
    text = ("The Varna Unity Party called for a general strike across the south on Tuesday. Jon Tavik invited "
            "union leaders to talks in Ostrel on Friday. The Ostrel Workers Union called for nationwide protests next "
            "Saturday. The Ostrel Teachers Union called on Tuesday for a strike.")
    facts = _facts_of(text, dt.date(2026, 3, 8))  # a Sunday
    dates = [(e.trigger.text, e.when.value) for e in facts.events]
    assert ("called", "2026-03-10") in dates  # the coming Tuesday, the strike's day
    assert ("invited", "2026-03-13") in dates  # the coming Friday, the talks' day
    assert ("called", "2026-03-14") in dates  # the Saturday after the publication's week
    assert ("called", "2026-03-03") in dates  # a day before what is asked for is the call's own day


def test_overnight_after_a_late_evening_is_the_night_into_the_next_day(nlp):
    from kg.extract.dates import offset, temporal_spans

    published = dt.date(2026, 3, 12)  # a Thursday
    doc = nlp("Riot police fired water cannon at students in Ostrel late on Tuesday. At least 40 people were "
              "detained overnight, a rights group said.")
    second = list(doc.sents)[1]
    (span,) = temporal_spans(second)
    assert offset(span, second, published).value == "2026-03-11"  # the night from Tuesday into Wednesday
    (sent,) = nlp("Rescuers in Kalta pulled nine people from the rubble overnight.").sents
    (span,) = temporal_spans(sent)
    assert offset(span, sent, published) is None  # no evening told: the night before the news, as resolve reads it
    assert resolve(span.text, published, PAST).value == "2026-03-11"


def test_two_acts_told_in_different_months_are_two_events(nlp):
    text = ("The Varna Trade Council said it would hold talks with Ostrel in Kalta in July. The Varna Trade Council "
            "will also hold its next summit in Dorna in November.")
    facts = _facts_of(text, dt.date(2026, 5, 29))
    assert sorted((e.trigger.text, e.when.value) for e in facts.events) == [("summit", "2026-11"),
                                                                           ("talks", "2026-07")]


def test_ending_a_strike_is_dated_by_its_own_day_not_the_strikes_start(nlp):
    text = ("Nurses at the main hospital in Ostrel went back on Friday, ending a 12-day strike about unpaid "
            "wages, their union said. Jon Tavik ended a three-day visit to Kalta on Thursday.")
    facts = _facts_of(text, dt.date(2025, 9, 19))  # a Friday
    dates = {(e.type[:2], e.trigger.text): e.when.value for e in facts.events}
    assert dates[("08", "strike")] == "2025-09-19"  # the strike ended on the Friday
    assert dates[("04", "visit")] == "2025-09-16"  # a visit that ended on Thursday began on the Tuesday


def test_a_calendar_day_on_a_noun_is_the_nearest_whatever_the_tense(nlp):
    text = "The electoral commission of Ostrel barred Jon Tavik from the March 22 presidential election on Wednesday."
    facts = _facts_of(text, dt.date(2026, 3, 6))  # a Friday
    dates = {e.trigger.text: e.when.value for e in facts.events}
    assert dates["election"] == "2026-03-22"  # sixteen days ahead, not a year back for the past "barred"
    assert dates["barred"] == "2026-03-04"


def test_an_act_done_in_a_document_takes_the_documents_date(nlp):
    text = ("A little-known group calling itself the Kalta Youth Front claimed responsibility in a clip put "
            "online on Wednesday.")
    facts = _facts_of(text, dt.date(2025, 10, 9))  # a Thursday
    assert [(e.trigger.text, e.when.value) for e in facts.events] == [("claimed", "2025-10-08")]


def test_a_past_act_joined_to_a_pluperfect_one_takes_not_its_time(nlp):
    text = ("The Kalta Press Freedom Group said on Monday that at least 12 reporters had been held in Varna this "
            "year, and called on the police to drop the charges. The Ostrel Rights League said at least 9 "
            "reporters had been jailed in Varna this year, and called on the police to free them.")
    facts = _facts_of(text, dt.date(2025, 11, 6))  # a Thursday
    calls = [e.when.value for e in facts.events if e.trigger.text == "called"]
    assert calls == ["2025-11-03", "2025-11-06"]  # the day it was said, not "this year" of what had happened


def test_an_act_on_its_nth_day_is_dated_by_the_day_it_began(nlp):
    text = ("Varnan and Tosk forces exchanged rocket fire along the frontier for a third day on Wednesday. "
            "Farmers blocked the main highway into Ostra for the second day on Tuesday.")
    facts = _facts_of(text, dt.date(2026, 5, 22))  # a Friday
    assert [(e.trigger.text, e.when.value) for e in facts.events] == [("exchanged", "2026-05-18"),
                                                                      ("blocked", "2026-05-18")]


def test_a_calendar_day_a_past_call_set_the_act_for_is_the_nearest(nlp):
    text = "The Varna Workers Union, angry at the new levy, called a general strike for March 26."
    facts = _facts_of(text, dt.date(2026, 3, 18))
    assert [(e.trigger.text, e.when.value) for e in facts.events if e.type[:2] == "13"] == [
        ("general strike", "2026-03-26")]  # eight days ahead, not a year back


#: The dates of the events of one paragraph: (text, publication day, [(trigger, date)]).
WHEN_OF_EVENTS = {
    "a past act since the weekend is dated to the month": (
        "Soldiers of the Varna army have rescued about 300 people by boat since the weekend, an army spokesman said.",
        dt.date(2026, 3, 12), [("rescued", "2026-03")]),
    "a date through which an act lasts is no time of the act": (
        "The World Bank has promised $400 million to support the Republic of Varna's economy through 2031.",
        dt.date(2026, 5, 22), [("support", "2026-05-22")]),
    "an act weeks before or after a dated one takes only its year": (
        "The Kalta mission was deployed in May 2009, weeks after Tosk troops overran Ostra, forcing thousands of "
        "residents to flee north.",
        dt.date(2026, 5, 22), [("overran", "2009"), ("flee", "2009")]),
    "a day one is ready to act on lies ahead": (
        "The Varnan health minister said the government was ready to reopen talks with the doctors' union on Monday. "
        "The Varnan finance minister said on Monday that Varna was ready to meet protest leaders.",
        dt.date(2025, 7, 8), [("reopen", "2025-07-14"), ("meet", "2025-07-07")]),  # a Tuesday; "meet" is said on Monday
    "earlier in the week is a temporal expression": (
        "Tosk rebels attacked a police post in Ostra earlier in the week, the Varnan army said.",
        dt.date(2026, 2, 11), [("attacked", "2026-02")]),
    "a promise due by the end of this year is dated to the year": (
        "Jon Tavik promised to hire 300 more teachers for Ostra by the end of the year. Piet Smit pledged to double "
        "exports to Varna by 2030.",
        dt.date(2026, 3, 10), [("promised", "2026"), ("pledged", "2026-03-10")]),  # a goal
    "a date after the act a verb of blaming blames is that act's time": (
        "Jon Tavik blamed Tosk rebels for an ambush on a convoy outside the town of Ostra before dawn on Sunday.",
        dt.date(2026, 3, 10), [("blamed", "2026-03-10")]),  # a Tuesday: the ambush was on Sunday
    "what was sent is sent by the day a relative clause on it tells it arrived or began work": (
        "Kalta sent 80 firefighters on Saturday, and the Republic of Varna dispatched three water-bombing planes, "
        "which began flying over Ostra at dawn on Sunday.",
        dt.date(2026, 7, 19), [("sent", "2026-07-18"), ("dispatched", "2026-07-19")]),  # a Sunday
    "a distance before a happening's noun counts to it from the day of its clause": (
        "Mobile internet was cut across most of Varna on Wednesday night, four days before parliamentary elections.",
        dt.date(2026, 2, 5), [("elections", "2026-02-08")]),  # a Thursday: the Wednesday, and four days on
    "a term of a deal told before is dated to the deal": (
        "The Republic of Varna and Kalta signed a transit agreement on Wednesday. Under its terms, Varna will cut "
        "port fees for Kaltan cargo by 15%, and Kalta will lift a ban on Varnan trucks.",
        dt.date(2025, 6, 12), [("agreement", "2025-06-11"), ("agreement", "2025-06-11"), ("cut", "2025-06-11"),
                               ("ban", "2025-06-11")]),
    "acts done in an operation take the start a relative clause on it tells": (
        "Varnan troops with helicopter cover raided arms depots near Ostra in an operation that began on "
        "Friday, capturing 400 rifles, the defence ministry said on Monday.",
        dt.date(2026, 2, 24), [("raided", "2026-02-20"), ("capturing", "2026-02-20")]),  # a Tuesday
}


@pytest.mark.parametrize("text, published, expected", WHEN_OF_EVENTS.values(), ids=WHEN_OF_EVENTS.keys())
def test_when_of_events(nlp, text, published, expected):
    assert [(e.trigger.text, e.when.value) for e in _facts_of(text, published).events] == expected
