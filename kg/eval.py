"""Scoring the extractor against hand-made gold annotations (``tests/gold/FORMAT.md``).

For each kind of fact — entities, offices, relations, events, quotes, quantities — it counts true
positives, false positives and misses, one-to-one, and reports precision, recall and F1 over all
articles and per article, with every miss and false positive spelt out. Event dates are scored
on the events that matched.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from kg.corpus import Article, read_file
from kg.facts import CITY, GROUP, PLACE, ArticleFacts
from kg.lexicon import countries, organizations

KINDS = ("entities", "offices", "relations", "events", "quotes", "quantities")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses
        self.false_positives += other.false_positives

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Evaluation:
    total: dict[str, Score]
    articles: dict[str, dict[str, Score]]
    dates_right: int = 0
    dates_scored: int = 0
    #: per article, each matched event whose date is not the gold's: "trigger: predicted != gold"
    wrong_dates: dict[str, list[str]] = field(default_factory=dict)
    #: matched amounts of money and percentages whose unit (ISO currency code, "percent") is the gold's
    units_right: int = 0
    units_scored: int = 0
    wrong_units: dict[str, list[str]] = field(default_factory=dict)

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.dates_scored if self.dates_scored else 1.0

    @property
    def unit_accuracy(self) -> float:
        return self.units_right / self.units_scored if self.units_scored else 1.0

    def as_dict(self) -> dict:
        return {"total": {k: s.as_dict() for k, s in self.total.items()},
                "event_dates": {"exact": self.dates_right, "of": self.dates_scored,
                                "accuracy": round(self.date_accuracy, 3)},
                "money_and_percent_units": {"right": self.units_right, "of": self.units_scored,
                                            "accuracy": round(self.unit_accuracy, 3)},
                "articles": {a: {k: s.as_dict() for k, s in kinds.items()} for a, kinds in self.articles.items()}}


def fold(text: str | None) -> str:
    """Names compared loosely: accents, case, punctuation and a leading "the" do not matter."""
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9%$]+", " ", text.replace("'s ", " ")).strip()
    return text[4:] if text.startswith("the ") else text


def _head(text: str) -> str:
    word = fold(text).split()[-1] if fold(text) else ""
    return word[:-1] if word.endswith("s") else word


def _match(gold: list, predicted: list, same: Callable[[object, object], bool]) -> tuple[list, list, list]:
    """One-to-one greedy matching: (pairs, unmatched gold, unmatched predicted)."""
    left = list(predicted)
    pairs, missed = [], []
    for g in gold:
        hit = next((p for p in left if same(g, p)), None)
        if hit is None:
            missed.append(g)
        else:
            left.remove(hit)
            pairs.append((g, hit))
    return pairs, missed, left


class _Names:
    """Predicted entities seen through the gold's names."""

    def __init__(self, gold_entities: list[dict], facts: ArticleFacts):
        self.gold = gold_entities
        self.facts = facts
        self.pred = {e.key: e for e in facts.entities}
        self.to_gold: dict[str, str] = {}

    @staticmethod
    def names(g: dict) -> set[str]:
        return {fold(g["label"]), *(fold(a) for a in g.get("aliases", []))}

    def same_entity(self, g: dict, e) -> bool:
        types = {g["type"], e.type}
        if g["type"] != e.type and types != {CITY, PLACE}:
            return False
        gold_names = self.names(g)
        return fold(e.label) in gold_names or fold(g["label"]) in {fold(a) for a in (e.label, *e.aliases)} or (
            fold(g["label"]) in _known_names(e.wikidata))  # "Czech Republic" is Czechia

    def label(self, key: str | None) -> str | None:
        """The gold label of a predicted entity key (or its own label when it has no gold match)."""
        if key is None:
            return None
        if key in self.to_gold:
            return self.to_gold[key]
        e = self.pred.get(key)
        return e.label if e else key

    def same(self, gold_label: str | None, key: str | None) -> bool:
        if gold_label is None or key is None:
            return gold_label is None and key is None
        predicted = self.label(key)
        if fold(predicted) == fold(gold_label):
            return True
        e = self.pred.get(key)
        if e is not None and _common_group(e):
            return _head(e.label) == _head(gold_label)
        return any(fold(gold_label) in self.names(g) and fold(predicted) == fold(g["label"]) for g in self.gold)


@cache
def _known_names(wikidata: str | None) -> frozenset[str]:
    """Every name the shipped tables give the country or organisation linked to ``wikidata``."""
    if wikidata is None:
        return frozenset()
    tables = (countries(), organizations())
    return frozenset(fold(name) for table in tables for name, known in table.items() if known.wikidata == wikidata)


def _common_group(e) -> bool:
    """A group named by a common noun ("migrants", "Kenyan forces"): not a named entity in the gold."""
    return e.type == GROUP and e.label.split()[-1].islower()


def _entities(gold: dict, facts: ArticleFacts, names: _Names) -> Score:
    predicted = [e for e in facts.entities if not _common_group(e)]
    pairs, missed, extra = _match(gold.get("entities", []), predicted, names.same_entity)
    for g, e in pairs:
        names.to_gold[e.key] = g["label"]
    return Score(len(pairs), len(extra), len(missed), [f"{g['type']} {g['label']}" for g in missed],
                 [f"{e.type} {e.label}" for e in extra])


def _title_words(title: str) -> frozenset[str]:
    return frozenset(w for w in fold(title).split() if w not in ("of", "the", "for"))


def _offices(gold: dict, facts: ArticleFacts, names: _Names) -> Score:
    labels = {e.key: e.label for e in facts.entities}
    predicted = [(o, o.label(labels)) for o in facts.offices]

    def same(g, p):
        office, _ = p
        title = f"former {office.title}" if office.former else office.title
        return (names.same(g["holder"], office.holder) and _title_words(g["title"]) == _title_words(title)
                and (g.get("in") is None or names.same(g["in"], office.organization)))

    pairs, missed, extra = _match(gold.get("offices", []), predicted, same)
    return Score(len(pairs), len(extra), len(missed),
                 [f"{g['holder']}: {g['title']}" + (f" of {g['in']}" if g.get("in") else "") for g in missed],
                 [f"{names.label(o.holder)}: {'former ' if o.former else ''}{label}" for o, label in extra])


def _relations(gold: dict, facts: ArticleFacts, names: _Names) -> Score:
    triggers = {ev.trigger.begin: ev for ev in facts.events}

    def same(g, r):
        if g["predicate"] != r.predicate or not names.same(g["subject"], r.subject):
            return False
        if r.predicate == "alignment":
            return fold(g["object"]) == fold(r.object)
        if r.object.startswith("event:"):
            ev = triggers.get(int(r.object[6:]))
            return ev is not None and fold(g["object"]) in {fold(m.text) for m in (ev.trigger, *ev.mentions)}
        return names.same(g["object"], r.object)

    pairs, missed, extra = _match(gold.get("relations", []), list(facts.relations), same)
    return Score(len(pairs), len(extra), len(missed),
                 [f"{g['subject']} {g['predicate']} {g['object']}" for g in missed],
                 [f"{names.label(r.subject)} {r.predicate} {names.label(r.object)}" for r in extra])


def _root(code: str) -> str:
    return code[:2] if code[:1].isdigit() else code


def _events(gold: dict, facts: ArticleFacts, names: _Names, text: str) -> tuple[Score, int, int, list[str]]:
    def sentence_span(piece: str) -> tuple[int, int]:
        at = text.find(piece)
        if at < 0:
            return (-1, -1)
        covering = [s for s in facts.sentences if s.begin < at + len(piece) and at < s.end]
        return (min(s.begin for s in covering), max(s.end for s in covering)) if covering else (at, at + len(piece))

    def same(g, ev):
        begin, end = sentence_span(g["sentence"])
        return (any(begin <= m.begin < end for m in (ev.trigger, *ev.mentions)) and _root(g["type"]) == _root(ev.type)
                and names.same(g.get("source"), ev.source))

    # a negated event is marked as not having happened ("did not vote"): the gold lists happenings
    pairs, missed, extra = _match(gold.get("events", []), [e for e in facts.events if not e.negated], same)
    dated = sum(1 for g, ev in pairs if g.get("date") and ev.when and ev.when.value == g["date"])
    scored = sum(1 for g, _ in pairs if g.get("date"))
    wrong = [f"'{g['trigger']}' {ev.when.value if ev.when else '-'} (gold {g['date']})" for g, ev in pairs
             if g.get("date") and not (ev.when and ev.when.value == g["date"])]

    def show(code, trigger, source, target):
        return f"{code} '{trigger}' {source or '-'} -> {target or '-'}"

    return (Score(len(pairs), len(extra), len(missed),
                  [show(g["type"], g["trigger"], g.get("source"), g.get("target")) for g in missed],
                  [show(ev.type, ev.trigger.text, names.label(ev.source), names.label(ev.target)) for ev in extra]),
            dated, scored, wrong)


def _quotes(gold: dict, facts: ArticleFacts, names: _Names) -> Score:
    def same(g, q):
        return fold(q.text).startswith(fold(g["text"])[:40]) and names.same(g.get("speaker"), q.speaker)

    pairs, missed, extra = _match(gold.get("quotes", []), list(facts.quotes), same)
    return Score(len(pairs), len(extra), len(missed),
                 [f"{g.get('speaker')}: {g['text'][:50]}" for g in missed],
                 [f"{names.label(q.speaker)}: {q.text[:50]}" for q in extra])


def _quantities(gold: dict, facts: ArticleFacts, text: str) -> tuple[Score, list[str], list[str]]:
    """The score, then the gold units of the matched money and percentages, and those we got wrong."""
    def same(g, q):  # the gold's words wherever they stand (a headline may repeat them before the body)
        overlaps = any(q.mention.begin < m.end() and m.start() < q.mention.end
                       for m in re.finditer(re.escape(g["text"]), text))
        return overlaps and abs(q.value - float(g["value"])) <= 1e-6 * max(1.0, abs(float(g["value"])))

    pairs, missed, extra = _match(gold.get("quantities", []), list(facts.quantities), same)
    units = [(g, q) for g, q in pairs if re.fullmatch(r"[A-Z]{3}|percent", g.get("unit") or "")]
    return (Score(len(pairs), len(extra), len(missed), [f"{g['text']} = {g['value']}" for g in missed],
                  [f"{q.mention.text} = {q.value:g}" for q in extra]),
            [g["unit"] for g, _ in units], [f"'{g['text']}' {q.unit} (gold {g['unit']})" for g, q in units
                                            if q.unit != g["unit"]])


def score_article(gold: dict, article: Article, facts: ArticleFacts) -> tuple[dict[str, Score], int, int]:
    scores, dated, scored, *_ = _score_article(gold, article, facts)
    return scores, dated, scored


def _score_article(gold: dict, article: Article, facts: ArticleFacts) -> tuple[dict[str, Score], int, int, list[str],
                                                                               list[str], list[str]]:
    names = _Names(gold.get("entities", []), facts)
    scores = {"entities": _entities(gold, facts, names)}
    scores["offices"] = _offices(gold, facts, names)
    scores["relations"] = _relations(gold, facts, names)
    scores["events"], dated, scored, wrong = _events(gold, facts, names, article.text)
    scores["quotes"] = _quotes(gold, facts, names)
    scores["quantities"], units, wrong_units = _quantities(gold, facts, article.text)
    return scores, dated, scored, wrong, units, wrong_units


def gold_files(folder: Path | str) -> list[Path]:
    return sorted(Path(folder).glob("*.gold.json"))


def evaluate(folder: Path | str, *, model: str | None = None) -> Evaluation:
    """Extract every gold article in ``folder`` and score it against its gold."""
    from kg.build import extract_all

    golds, articles = {}, []
    for path in gold_files(folder):
        gold = json.loads(path.read_text(encoding="utf-8"))
        (article,) = list(read_file(path.parent / gold["article"]))
        if article.published is None and gold.get("published"):  # a bare text file: the date a feed would give
            article = replace(article, published=dt.date.fromisoformat(gold["published"]))
        golds[article.id] = gold
        articles.append(article)
    total = {k: Score() for k in KINDS}
    per: dict[str, dict[str, Score]] = {}
    result = Evaluation(total, per)
    for article, facts in extract_all(articles, model=model):
        if not isinstance(facts, ArticleFacts):  # the extractor failed on it: it found nothing
            facts = ArticleFacts(article.id)
        scores, dated, scored, wrong, units, wrong_units = _score_article(golds[article.id], article, facts)
        per[article.id] = scores
        if wrong:
            result.wrong_dates[article.id] = wrong
        if wrong_units:
            result.wrong_units[article.id] = wrong_units
        result.dates_right += dated
        result.dates_scored += scored
        result.units_right += len(units) - len(wrong_units)
        result.units_scored += len(units)
        for kind, s in scores.items():
            total[kind].add(s)
    return result


def report(result: Evaluation, *, details: bool = True) -> Iterable[str]:
    """The evaluation as lines of text: totals, per-article F1, then every miss and false positive."""
    yield f"{'kind':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"
    for kind, s in result.total.items():
        yield f"{kind:<12}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}"
    yield f"event dates exact: {result.dates_right}/{result.dates_scored} = {result.date_accuracy:.3f}"
    yield (f"money and percent units right: {result.units_right}/{result.units_scored} = "
           f"{result.unit_accuracy:.3f}")
    yield ""
    yield f"{'article (F1)':<40}" + "".join(f"{k[:9]:>10}" for k in KINDS)
    for name, scores in result.articles.items():
        yield f"{name[:39]:<40}" + "".join(f"{scores[k].f1:>10.2f}" for k in KINDS)
    if not details:
        return
    for name, scores in result.articles.items():
        lines = [f"  miss {k}: {m}" for k in KINDS for m in scores[k].misses]
        lines += [f"  false {k}: {m}" for k in KINDS for m in scores[k].false_positives]
        lines += [f"  wrong date: {m}" for m in result.wrong_dates.get(name, [])]
        lines += [f"  wrong unit: {m}" for m in result.wrong_units.get(name, [])]
        if lines:
            yield ""
            yield name
            yield from lines
