"""Extraction quality on the gold set (tests/gold), held at floors so it cannot regress silently.

The floors are the figures measured when they were last raised (see the issue's closing notes);
the bars the product aims for: entities 0.90, offices 0.75, relations 0.60, events 0.70, event
dates 0.90, quotes 0.85, quantities 0.85 (F1). Raise a floor whenever a change lifts its figure;
never lower one to make a change pass. (They are set anew when the gold set grows: at 58
articles — 42 of them written and annotated before the extractor saw them, 30 of those scored
first as held-out sets — events, 0.632, and event dates, 0.873, were below their bars; raised since.
At 66, when a held-out set of 8 joined, every figure fell: events 0.697 -> 0.678; raised since.
At 74, with the next held-out set: events 0.706 -> 0.683, event dates 0.904 -> 0.899. At 90, with two
sets of 8 annotated blind and scored once as unseen: events 0.684 -> 0.645, event dates 0.902 -> 0.897.
Event dates are a ratio over matched events: when recall rose (793 matched, up from 759), 709 were dated
right (up from 681) but the ratio fell to 0.894, the new ones being harder to date; its floor followed.
At 98, with a set of 8 annotated blind and scored once as unseen (events 0.563 there): events 0.697 ->
0.684, relations 0.801 -> 0.794, quantities 0.986 -> 0.983. At 106, with a set of 8 annotated blind (events
0.534 there when first scored): events 0.693 -> 0.679, offices 0.907 -> 0.888, dates 0.902 -> 0.899;
raised since. At 114, with a set of 8 annotated blind (events 0.465 there when first scored, 0.560 when
it joined): events 0.710 -> 0.697, entities 0.956 -> 0.954, offices 0.903 -> 0.897. At 128, with two
sets of 7 annotated blind (events 0.559 and 0.562 there when first scored): events 0.700 -> 0.685, offices
0.897 -> 0.885, quotes 0.982 -> 0.9700, entities 0.954 -> 0.9495, event dates 0.901 -> 0.8996. At 142, with two
more sets of 7 annotated blind (events 0.691 and 0.591 there when first scored): events 0.697 -> 0.696,
entities 0.950 -> 0.942, offices 0.885 -> 0.871, relations 0.813 -> 0.798, quotes 0.982 -> 0.978,
quantities 0.981 -> 0.980. At 177, with three sets of 7 annotated blind (events 0.671, 0.591 and 0.568 when
first scored) and two more scored once as unseen (0.646 and 0.553): events 0.705 -> 0.692, entities 0.955 ->
0.949, offices 0.897 -> 0.881, quotes 0.995 -> 0.989, quantities 0.980 -> 0.977; event dates 0.906 -> 0.917;
events raised since. Five more sets of 7 annotated blind (events 0.647, 0.616, 0.579, 0.654 and 0.477 when
first scored) are in tests/gold/new, held at floors of their own (NEW_FLOORS) until the extractor meets the
bars on them too: with them, at 212 articles, events were 0.686 and, at the end of that session, 0.697.
Two more sets of 7 annotated blind joined them (events 0.616 and 0.601, event dates 0.950 when first scored);
at the end of that session the 226 articles together scored events 0.706 and event dates 0.934. Sets 33 and
34 (events 0.571 and 0.686, event dates 0.897 when first scored) joined tests/gold/new after that, then
sets 35 and 36 and the 46 articles held out until then, then sets 37 to 40, 45 to 48, 49 to 52, 53 to 56,
57 to 60, 61 to 64 and 65 to 68; sets 41 to 44 are the held-out set now.)
"""

from __future__ import annotations

import functools
import json

import pytest

from kg.eval import evaluate

from .conftest import ROOT

FLOORS = {"entities": 0.955, "offices": 0.895, "relations": 0.84, "events": 0.77, "quotes": 0.989,
          "quantities": 0.98}
DATE_FLOOR = 0.93  # a ratio over matched events: events newly found without a date in their sentence lower it
# (0.936 -> 0.934 as events rose from 1906 to 1918 matched, the new ones dated by the publication day)
UNIT_FLOOR = 0.98  # currency codes and "percent" of the matched money and percentages (531/533 at 177 articles)
#: The floors of the newest sets, tests/gold/new (347 articles), below the bars for events: 0.627 when they were
#: set at 35 articles (0.593 when those sets were first scored). Sets 31 and 32 (14 articles; events 0.616 and
#: 0.601, event dates 0.950 when first scored) joined them: offices 0.864 -> 0.827, relations 0.838 -> 0.816,
#: events 0.631 -> 0.625. Raised since: events 0.655, offices 0.852 (event dates 0.960). Sets 33 and 34 (14
#: articles) joined them: events 0.655 -> 0.649, offices 0.852 -> 0.815, relations 0.816 -> 0.808, quotes 0.965
#: -> 0.959, event dates 0.960 -> 0.947. Raised since: events 0.668, offices 0.851, entities 0.934 (event dates 0.954).
#: Sets 35 and 36 (14 articles; events 0.600 and 0.549, event dates 0.973 when first scored) joined them: events
#: 0.672 -> 0.658, offices 0.851 -> 0.834, relations 0.820 -> 0.804 (event dates 0.956). Raised since: events
#: 0.698, offices 0.850, relations 0.816, entities 0.939 (event dates 0.955). The 46 articles held out until
#: then (looked at once, article by article; events 0.646, event dates 0.893 at their last scoring) joined
#: them, and four fresh blind sets of 7 (events 0.663, 0.625, 0.576, 0.587; event dates 0.923, 0.831, 0.947,
#: 0.741 when first scored; 0.613 and 0.863 together) became the held-out set:
#: at 123 articles, events 0.698 -> 0.679, offices 0.850 -> 0.838, relations 0.816 -> 0.797, entities 0.939 ->
#: 0.934, quotes 0.971 -> 0.965 (event dates 0.933). Raised since: events 0.701, entities 0.936, quotes 0.967
#: (event dates 0.949). The four held-out sets (events 0.626, event dates 0.874 at their last scoring, looked
#: at only as totals until then) joined them, and four fresh blind sets of 7 became the held-out set: at 151
#: articles, events 0.701 -> 0.687, offices 0.839 -> 0.832, relations 0.799 -> 0.793, entities 0.936 -> 0.932,
#: quotes 0.967 -> 0.959 (event dates 0.936). The fresh held-out sets 41 to 44 scored events 0.624, 0.565, 0.705,
#: 0.575 (0.621 together) and event dates 0.948, 0.900, 0.892, 0.960 (0.922 together) when first scored.
#: Raised since: events 0.706, offices 0.844, quotes 0.966, quantities 0.971 (event dates 0.937); then events 0.717,
#: offices 0.852, relations 0.801 (event dates 0.934). Raised to events 0.730, relations 0.814, offices 0.855 at
#: 151; then sets 45 to 48 (28 articles; events 0.670, 0.593, 0.702, 0.598 when first scored, 0.641 together, and
#: 0.646 after the same session's rules; event dates 0.954) joined them: at 179 articles, events 0.730 -> 0.718,
#: relations 0.814 -> 0.808, offices 0.855 -> 0.856, quotes 0.970 -> 0.969 (event dates 0.934 -> 0.936). Raised
#: since: events 0.729 at 179. Then sets 49 to 52 (28 articles; events 0.651, 0.576, 0.712, 0.663 when first
#: scored, 0.650 together; offices 0.737, relations 0.730, event dates 0.928) joined them: at 207 articles, events
#: 0.729 -> 0.720, relations 0.828 -> 0.819, offices 0.860 -> 0.858, quotes 0.970 -> 0.969, entities 0.934 ->
#: 0.932 (event dates 0.935 -> 0.934). Then sets 53 to 56 (28 articles; events 0.582 when first scored, offices
#: 0.796, relations 0.715, event dates 0.923; 0.594, 0.828, 0.775 at the end of that session) joined them: at 235
#: articles, events 0.729 -> 0.714, relations 0.822 -> 0.817, offices 0.862 -> 0.858, quantities 0.972 -> 0.971
#: (event dates 0.933 -> 0.931). Then sets 57 to 60 (28 articles; events 0.644 when first scored, offices 0.796,
#: relations 0.748, event dates 0.870; 0.667, 0.858, 0.765 at the end of that session) joined them: at 263
#: articles, events 0.714 -> 0.709, relations 0.817 -> 0.811, offices 0.858 -> 0.855 (event dates 0.931 -> 0.926);
#: raised since: events 0.725 at 263. Then sets 61 to 64 (28 articles; events 0.588, 0.692, 0.503, 0.662 when first
#: scored, 0.609 together, 0.622 once three of their events followed the majority of the gold; offices 0.822,
#: relations 0.738, event dates 0.902) joined them: at 291 articles, events 0.735 -> 0.725, relations 0.813 ->
#: 0.810, entities 0.933 -> 0.931, quotes 0.972 -> 0.969 (event dates 0.923); raised since: events 0.730 at 291.
#: Then sets 65 to 68 (28 articles; events 0.646 when first scored, offices 0.820, relations 0.759, event dates
#: 0.895; 0.653, 0.855, 0.794, 0.915 at the end of that session) joined them: at 319 articles, events 0.730 ->
#: 0.723, offices 0.858 -> 0.855, relations 0.810 -> 0.806 (event dates 0.922); raised since: events 0.731,
#: offices 0.860, relations 0.808 (event dates 0.925). Then sets 69 to 72 (28 articles; events 0.668 when first
#: scored, offices 0.776, relations 0.719, event dates 0.916) joined them: at 347 articles, events 0.731 -> 0.726,
#: offices 0.860 -> 0.853, relations 0.808 -> 0.803, quotes 0.970 -> 0.967 (event dates 0.925).
NEW_FLOORS = {"entities": 0.925, "offices": 0.85, "relations": 0.80, "events": 0.72, "quotes": 0.965,
              "quantities": 0.97}
GOLD_DIRS = ("gold", "gold/new", "heldout")  # every folder of gold, under tests/


@pytest.fixture(scope="module")
def scores():
    return evaluate(ROOT / "tests" / "gold")


@pytest.fixture(scope="module")
def new_scores():
    return evaluate(ROOT / "tests" / "gold" / "new")


@pytest.mark.parametrize("kind", FLOORS)
def test_f1_at_least_its_floor(scores, kind):
    assert scores.total[kind].f1 >= FLOORS[kind], scores.total[kind].as_dict()


@pytest.mark.parametrize("kind", NEW_FLOORS)
def test_f1_on_the_newest_sets_at_least_its_floor(new_scores, kind):
    assert new_scores.total[kind].f1 >= NEW_FLOORS[kind], new_scores.total[kind].as_dict()


def test_event_dates(scores):
    assert scores.date_accuracy >= DATE_FLOOR


def test_money_and_percent_units(scores):
    assert scores.unit_accuracy >= UNIT_FLOOR and scores.units_scored >= 100, scores.wrong_units


def test_every_gold_article_scored(scores):
    assert len(scores.articles) >= 10
    assert all(s.tp + s.fn > 0 for s in (scores.total[k] for k in FLOORS))


def test_the_scorer_finds_gold_words_wherever_they_stand():
    """A quantity is matched where the extractor found it, even when the headline repeats the
    gold's words first; a wrong value or a place elsewhere is no match."""
    from kg.corpus import assemble
    from kg.eval import score_article
    from kg.facts import ArticleFacts, Mention, Quantity

    article = assemble([("Firm fined 12.5 million euros", None), ("A court fined the firm 12.5 million euros on "
                                                                  "Monday. It has 40 staff.", None)], id="t",
                       source="test")
    body = article.text.index("12.5 million euros", article.text.index("court"))
    gold = {"quantities": [{"text": "12.5 million euros", "value": 12_500_000}, {"text": "40", "value": 40}]}

    def scored(*quantities):
        (scores, *_) = score_article(gold, article, ArticleFacts("t", quantities=quantities))
        return scores["quantities"].tp, scores["quantities"].fp

    found = Quantity(12_500_000, Mention(body, body + 12, "12.5 million"), "EUR")
    assert scored(found) == (1, 0)
    assert scored(Quantity(12_000_000, found.mention, "EUR")) == (0, 1)
    staff = article.text.index("40")
    assert scored(found, Quantity(40, Mention(staff, staff + 2, "40"))) == (2, 0)
    assert scored(Quantity(40, found.mention)) == (0, 1)


def test_a_bare_text_article_takes_the_gold_publication_date(tmp_path):
    """A .txt article with no date in it is dated as its feed would date it: by the gold's
    "published" (2025-03-14 is a Friday, so "on Tuesday" is 2025-03-11)."""
    (tmp_path / "a.txt").write_text("Police detain activist\n\nPolice arrested the activist Ana Lima on Tuesday.\n",
                                    encoding="utf-8")
    gold = {"article": "a.txt", "published": "2025-03-14",
            "entities": [{"label": "Ana Lima", "type": "Person", "aliases": []}],
            "events": [{"sentence": "Police arrested the activist", "trigger": "arrested", "type": "173",
                        "source": "police", "target": "Ana Lima", "place": None, "date": "2025-03-11"}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = evaluate(tmp_path)
    assert (result.dates_right, result.dates_scored) == (1, 1)


def test_the_scorer_checks_the_currency_of_matched_money(tmp_path):
    """Money and percentages matched by value are checked for their unit: the shillings of a story
    from Kenya are Kenyan shillings, so a gold that says Ugandan ones finds the unit wrong."""
    for name, unit in (("a", "KES"), ("b", "UGX")):
        (tmp_path / f"{name}.txt").write_text("Firm fined\n\nNAIROBI, Kenya (Reuters) - A court fined the firm 2.5 "
                                              "billion shillings and 4% of its turnover.\n", encoding="utf-8")
        gold = {"article": f"{name}.txt", "published": "2025-03-14", "quantities": [
            {"text": "2.5 billion shillings", "value": 2.5e9, "unit": unit},
            {"text": "4%", "value": 4, "unit": "percent"}]}
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = evaluate(tmp_path)
    assert (result.total["quantities"].tp, result.units_right, result.units_scored) == (4, 3, 4)
    assert result.wrong_units == {"b": ["'2.5 billion shillings' KES (gold UGX)"]}


def test_the_scorer_knows_a_country_by_any_of_its_names(tmp_path):
    """A gold that calls Czechia "Czech Republic" (the article says only "Czech") names the country the
    extractor linked; a gold "Slovakia" does not."""
    for name, country in (("a", "Czech Republic"), ("b", "Slovakia")):
        (tmp_path / f"{name}.txt").write_text("Minister quits\n\nThe Czech agriculture minister resigned on "
                                              "Tuesday.\n", encoding="utf-8")
        gold = {"article": f"{name}.txt", "published": "2025-03-14",
                "entities": [{"label": country, "type": "Country", "aliases": ["Czech"]}]}
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = evaluate(tmp_path)
    assert [(s["entities"].tp, s["entities"].fn) for s in result.articles.values()] == [(1, 0), (0, 1)]


def test_every_gold_articles_graph_validates():
    """The graphs of every gold article (dev and held-out), as a build writes them, conform to the
    SHACL shapes: a fact the extractor gets wrong must still be a well-formed one."""
    from kg.build import extract_all
    from kg.corpus import read_file
    from kg.extract import EXTRACTOR_VERSION
    from kg.rdf.iri import IRIs
    from kg.rdf.mapping import article_graph, vocabulary_graph
    from kg.rdf.validate import validate
    from kg.resolve import People

    iris = IRIs()
    articles = [a for folder in GOLD_DIRS for path in sorted((ROOT / "tests" / folder).glob("*.gold.json"))
                for a in read_file(path.parent / json.loads(path.read_text())["article"])]
    graph = vocabulary_graph(iris)
    people = People()  # one label per entity across articles ("Yaounde" and "Yaoundé"), as a build decides
    for article, facts in extract_all(articles):
        graph += article_graph(article, people.resolve(facts), iris, iris.build("20250101T000000000000Z"),
                               EXTRACTOR_VERSION)
    result = validate(graph)
    assert result.conforms, "\n".join(result.lines())


@functools.cache
def _event_types() -> frozenset[str]:
    """The CAMEO codes and our own event types, as the ontologies declare them."""
    import rdflib

    ours = rdflib.Graph().parse(ROOT / "ontologies" / "kg.ttl").subjects(
        rdflib.RDF.type, rdflib.URIRef("https://w3id.org/newskg/def#EventType"))
    cameo = rdflib.Graph().parse(ROOT / "ontologies" / "cameo.ttl").objects(None, rdflib.SKOS.notation)
    return frozenset({str(o).rsplit("#", 1)[1] for o in ours} | {str(n) for n in cameo})


def _gold_problems(path) -> list[str]:
    """What in one gold file the scorer could never match, or the format does not allow."""
    from kg.corpus import read_file

    gold = json.loads(path.read_text(encoding="utf-8"))
    (article,) = list(read_file(path.parent / gold["article"]))
    labels = {e["label"] for e in gold.get("entities", [])}
    codes = _event_types()
    problems = []
    for ev in gold.get("events", []):
        if ev["sentence"] not in article.text:
            problems.append(f"event sentence not in the text: {ev['sentence'][:60]!r}")
        if ev["trigger"] not in ev["sentence"]:
            problems.append(f"trigger {ev['trigger']!r} not in its sentence {ev['sentence'][:60]!r}")
        if ev["type"] not in codes:
            problems.append(f"unknown event type {ev['type']!r}")
        if ev.get("place") and ev["place"] not in labels:
            problems.append(f"event place {ev['place']!r} is no entity")
    problems += [f"quote speaker {q['speaker']!r} is no entity" for q in gold.get("quotes", [])
                 if q.get("speaker") and q["speaker"] not in labels]
    problems += [f"office holder {o['holder']!r} is no entity" for o in gold.get("offices", [])
                 if o["holder"] not in labels]
    problems += [f"quantity {q['text']!r} not in the text" for q in gold.get("quantities", [])
                 if q["text"] not in article.text]
    return [f"{path.name}: {p}" for p in problems]


def test_the_gold_can_be_matched():
    """Every gold fact names what the scorer can find: a sentence piece as the article reads once
    extracted from its .md or .html, the trigger inside it, a known event type, entities by label.
    (The held-out gold is checked for the pieces only, so that nobody reads its facts here.)"""
    problems = [p for folder in ("gold", "gold/new") for path in sorted((ROOT / "tests" / folder).glob("*.gold.json"))
                for p in _gold_problems(path)]
    assert not problems, "\n".join(problems)
    held_out = [p for path in sorted((ROOT / "tests" / "heldout").glob("*.gold.json")) for p in _gold_problems(path)
                if "not in the text" in p]
    assert not held_out, f"{len(held_out)} held-out gold pieces are not in their article"
