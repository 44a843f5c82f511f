"""Extraction quality on the gold set (tests/gold), held at floors so it cannot regress silently.

The floors are the figures measured when they were last raised (see the issue's closing notes);
the bars the product aims for: entities 0.90, offices 0.75, relations 0.60, events 0.70, event
dates 0.90, quotes 0.85, quantities 0.85 (F1). Raise a floor whenever a change lifts its figure;
never lower one to make a change pass. (They were set anew once, when six harder articles,
annotated before the extractor saw them, took the set from 16 to 22 articles: on that set event
dates, 0.883, are below their bar.)
"""

from __future__ import annotations

import pytest

from kg.eval import evaluate

from .conftest import ROOT

FLOORS = {"entities": 0.93, "offices": 0.85, "relations": 0.81, "events": 0.70, "quotes": 0.87, "quantities": 0.90}
DATE_FLOOR = 0.88


@pytest.fixture(scope="module")
def scores():
    return evaluate(ROOT / "tests" / "gold")


@pytest.mark.parametrize("kind", FLOORS)
def test_f1_at_least_its_floor(scores, kind):
    assert scores.total[kind].f1 >= FLOORS[kind], scores.total[kind].as_dict()


def test_event_dates(scores):
    assert scores.date_accuracy >= DATE_FLOOR


def test_every_gold_article_scored(scores):
    assert len(scores.articles) >= 10
    assert all(s.tp + s.fn > 0 for s in (scores.total[k] for k in FLOORS))
