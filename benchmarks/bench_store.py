"""Store benchmark: every named query on a million-triple graph, Oxigraph (the default store) against rdflib's memory.

    python benchmarks/bench_store.py                     # 1,000,000 triples; writes benchmarks/STORE.md
    python benchmarks/bench_store.py --triples 200000 --timeout 20
    python benchmarks/bench_store.py --quick             # 20,000 triples, a smoke run; table on stdout only

The graph is generated, seeded, in kg's own shape: synthetic articles with their facts (``kg.facts``:
entities with mentions, offices, events typed with CAMEO codes and kg's own types with source,
target, place and date, quotes, quantities, relations, sentences), written by kg's own mapping
(``kg.rdf.mapping.article_graph``), so every triple is one kg writes: articles with ``nif:isString``,
mentions with nif offsets and sentences, reified relations, the vocabulary graph
(``vocabulary_graph``: ``ontologies/kg.ttl`` + ``ontologies/cameo.ttl``) and a build graph. People
are drawn from a pool of 4,000 with Zipf-like popularity (a few appear in hundreds of articles, as in
news); countries carry their Wikidata IDs. Articles are generated until the graph has ``--triples``.

Loading: ``kg.store.open_dataset(folder, "oxigraph")`` with each article put in by
``kg.store.replace_graph`` (one transaction per article, as ``kg build`` does); for rdflib the same
graphs go into ``open_dataset(folder, "memory")`` (an rdflib ``Dataset`` whose default graph is the
union). Every query in ``kg.query.names()`` runs with ``kg.query.run`` and its rows are materialised
with ``kg.query.rows``; the rows of the two stores are compared (sorted, floats rounded). A query
whose header marks a binding ``(required)`` gets a real IRI: the person written in the most article
graphs for ``?actor``/``?resource``/``?person``/``?speaker``, and so on. Optional bindings are left
open (the query over the whole graph).

Both sides run with a per-query time limit, so the run ends in reasonable time whatever the store
does: Oxigraph in a worker process that opens the store read-only (as ``kg query`` does), killed
and restarted on the next query when one overruns ``--ox-timeout``; it runs a query three times
when the first run takes under 5 s (the table shows the first, which the bar is checked on, and the
best). rdflib in a worker that loads the graph once and forks a process per query (so nothing is
loaded twice), killed after ``--timeout``. A query that hits its limit counts as the limit, and the
totals and ratios are then bounds (≥ or ≤); nothing is extrapolated from a smaller graph.

Not a test: pytest collects ``tests/`` and ``notebooks/`` only.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gc
import hashlib
import io
import json
import os
import random
import re
import resource
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import fields
from importlib import resources
from importlib.metadata import version
from pathlib import Path

from rdflib import Graph, URIRef

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

BARS = {"query": 1.0, "speedup": 10.0}
ORGS = ("Ministry of Defence", "Ministry of Foreign Affairs", "Ministry of Health", "Interior Ministry",
        "Central Bank", "Supreme Court", "Electoral Commission", "National Police", "Armed Forces",
        "Finance Ministry", "Parliament", "Red Cross Society")
PARTIES = ("Democratic Party", "People's Alliance", "National Front", "Labour Movement", "Green Coalition",
           "Liberal Union", "Social Democrats", "Freedom Party")
INTERNATIONAL = (("United Nations", "Q1065"), ("European Union", "Q458"), ("NATO", "Q7184"),
                 ("African Union", "Q7159"), ("International Monetary Fund", "Q7804"),
                 ("World Health Organization", "Q7817"), ("World Bank", "Q7164"),
                 ("Organization of American States", "Q123759"))
PLACES = ("Red Sea", "Sahel", "Balkans", "Horn of Africa", "Amazon basin", "Mekong Delta", "Black Sea",
          "Gulf of Aden", "Andes", "Great Lakes region")
TITLES = ("President", "Prime Minister", "Foreign Minister", "Defence Minister", "Health Minister",
          "Interior Minister", "Finance Minister", "spokesperson", "opposition leader", "central bank governor",
          "army chief", "mayor", "senator", "ambassador")
VERBS = ("accused", "met", "criticised", "threatened", "arrested", "signed a deal with", "urged", "condemned",
         "praised", "sanctioned", "attacked", "visited", "rejected demands from", "called on", "warned")
QUOTE_WORDS = ("we will not accept this", "the people deserve the truth", "this is a dangerous escalation",
               "our doors remain open to dialogue", "the law applies to everyone", "we need help now",
               "there will be consequences", "nobody is above the constitution", "the talks were constructive",
               "we are ready to defend our borders", "prices must come down", "the victims must not be forgotten")
UNITS = ("people", "troops", "migrants", "dollars", "percent", "homes", "tonnes", "protesters")
QUALIFIERS = (None, None, "at least", "about", "more than", "nearly")
KG_TYPES = ("Election", "Candidacy", "Appointment", "Resignation", "Succession", "Impeachment", "Migration",
            "BorderCrossing", "Disaster", "CourtRuling")


# ------------------------------------------------------------------------------------------------
# The synthetic graph


class Pools:
    """The entities articles draw from, with Zipf-like popularity for people."""

    def __init__(self, seed: int, people: int = 4000):
        import make_corpus  # the name lists and countries (it imports kg: not at module level, see main)
        from rdflib.namespace import SKOS

        from kg.rdf.vocab import ontology

        rng = random.Random(f"kg-store-pools-{seed}")
        wikidata = {}
        with resources.files("kg").joinpath("data", "countries.tsv").open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                wikidata[row["name"]] = (row["wikidata"], row["alpha2"])
        self.countries = [(name, dem, plural, cities, *wikidata.get(name, (None, None)))
                          for name, dem, plural, cities in make_corpus.COUNTRIES]
        seen: set[str] = set()
        self.people: list[tuple[str, str, int]] = []  # (first, last, home country index)
        nats = list(make_corpus.NAMES)
        while len(self.people) < people:
            nat = rng.choice(nats)
            firsts, lasts = (x.split() for x in make_corpus.NAMES[nat])
            first, last = rng.choice(firsts), rng.choice(lasts)
            if rng.random() < 0.5:
                last = f"{last}-{rng.choice(lasts)}" if rng.random() < 0.5 else f"{rng.choice(firsts)} {last}"
            if f"{first} {last}" in seen:
                continue
            seen.add(f"{first} {last}")
            home = next((i for i, c in enumerate(self.countries) if c[0] == nat), rng.randrange(len(self.countries)))
            self.people.append((first, last, home))
        self.weights = [1 / (rank + 1) ** 0.9 for rank in range(people)]
        self.codes = sorted(str(c) for c in ontology("cameo.ttl").objects(None, SKOS.notation))

    def person(self, rng: random.Random) -> int:
        return rng.choices(range(len(self.people)), self.weights)[0]


def synthetic_article(index: int, pools: Pools, seed: int):
    """One article and its facts, with consistent character offsets."""
    from make_corpus import TOPICS

    from kg.corpus import DATELINE, HEADLINE, PARAGRAPH, Article, Block
    from kg.facts import (
        CITY,
        COUNTRY,
        GROUP,
        ORGANIZATION,
        PERSON,
        PLACE,
        ArticleFacts,
        Entity,
        Event,
        Mention,
        Office,
        Quantity,
        Quote,
        Relation,
        When,
    )

    rng = random.Random(f"kg-store-{seed}-{index}")
    date = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(7 * 365))
    home = rng.randrange(len(pools.countries))
    abroad = rng.sample([i for i in range(len(pools.countries)) if i != home], k=rng.randint(1, 3))
    people = list(dict.fromkeys(pools.person(rng) for _ in range(rng.randint(4, 8))))
    parts: list[str] = []
    pos = 0
    ents: dict[str, dict] = {}
    mentions: dict[str, list] = defaultdict(list)

    def put(text: str):
        nonlocal pos
        parts.append(text)
        begin, pos = pos, pos + len(text)
        return Mention(begin, pos, text)

    def entity(key: str, kind: str, label: str, **extra) -> str:
        ents.setdefault(key, {"type": kind, "label": label, "aliases": set(), **extra})
        return key

    def mention(key: str, surface: str):
        m = put(surface)
        mentions[key].append(m)
        if surface != ents[key]["label"]:
            ents[key]["aliases"].add(surface)
        return m

    def country(i: int) -> str:
        name, _, _, _, qid, alpha2 = pools.countries[i]
        return entity(f"country:{i}", COUNTRY, name, wikidata=qid, country=alpha2)

    def person(i: int) -> tuple[str, str]:
        first, last, _ = pools.people[i]
        key = entity(f"person:{i}", PERSON, f"{first} {last}")
        return key, (last if mentions.get(key) else f"{first} {last}")

    sentences: list[tuple[int, int]] = []
    events, quotes, quantities, offices, relations = [], [], [], [], []
    headline = f"{pools.countries[home][0]} {rng.choice(VERBS)} {pools.countries[abroad[0]][0]} over " \
               f"{rng.choice(TOPICS)}"
    blocks = [Block(HEADLINE, 0, len(headline))]
    put(headline + "\n\n")
    city = rng.choice(pools.countries[home][3])
    dateline = f"{city}, {date:%B} {date.day}, {date.year} –"
    blocks.append(Block(DATELINE, pos, pos + len(dateline)))
    put(dateline + " ")
    body_start = pos

    for s in range(rng.randint(13, 18)):
        if s and rng.random() < 0.3:
            put("\n\n")
        elif s:
            put(" ")
        start = pos
        kind = rng.choices(("event", "quote", "quantity", "profile"), (6, 2, 2, 1))[0]
        if kind == "event":
            src_is_person = rng.random() < 0.7
            if src_is_person:
                src, surface = person(rng.choice(people))
                if surface.count(" ") and rng.random() < 0.5:  # a first mention with a title
                    t = put(f"{pools.countries[home][1]} {rng.choice(TITLES)} ")
                    off = Office(src, t.text.split(" ", 1)[1].strip(), t, country(home))
                    if "former" in {f.name for f in fields(Office)} and rng.random() < 0.1:
                        off = Office(src, off.title, t, off.organization, True)
                    offices.append(off)
                    relations.append(Relation(src, "nationality", country(home), t))
                mention(src, surface)
            else:
                src = country(rng.choice([home, *abroad]))
                mention(src, ents[src]["label"])
            put(" ")
            trigger = put(rng.choice(VERBS))
            put(" ")
            if rng.random() < 0.5:
                tgt = country(rng.choice(abroad))
                mention(tgt, ents[tgt]["label"])
            elif rng.random() < 0.5:
                o = rng.randrange(len(ORGS))
                tgt = entity(f"org:{home}:{o}", ORGANIZATION, f"{pools.countries[home][0]}'s {ORGS[o]}")
                mention(tgt, ents[tgt]["label"])
            else:
                tgt, surface = person(rng.choice(people))
                mention(tgt, surface)
            place = None
            if rng.random() < 0.5:
                put(" in ")
                if rng.random() < 0.8:
                    c = rng.choice(pools.countries[home][3])
                    place = entity(f"city:{c}", CITY, c)
                else:
                    p = rng.choice(PLACES)
                    place = entity(f"place:{p}", PLACE, p)
                mention(place, ents[place]["label"])
            when = None
            if rng.random() < 0.6:
                put(" on ")
                day = date - dt.timedelta(days=rng.randrange(10))
                m = put(f"{day:%B} {day.day}")
                when = When(day.isoformat(), "day", m)
            elif rng.random() < 0.3:
                put(" in ")
                m = put(f"{date:%B} {date.year}")
                when = When(f"{date:%Y-%m}", "month", m)
            put(".")
            code = rng.choice(pools.codes) if rng.random() < 0.85 else rng.choice(KG_TYPES)
            events.append(Event(trigger, code, Mention(start, pos, ""), src, tgt, (src, tgt), place,
                                when or When(date.isoformat(), "day"), 0.9 if when else 0.6, rng.random() < 0.05))
        elif kind == "quote":
            put("“")
            words = ", and ".join(rng.sample(QUOTE_WORDS, k=rng.randint(1, 3)))
            words = words[0].upper() + words[1:]
            q = put(words)
            put(",” ")
            speaker, surface = person(rng.choice(people))
            mention(speaker, surface)
            put(" said")
            if rng.random() < 0.4:
                put(" in ")
                c = rng.choice(pools.countries[home][3])
                mention(entity(f"city:{c}", CITY, c), c)
            put(".")
            quotes.append(Quote(words, q, speaker if rng.random() < 0.9 else None))
        elif kind == "quantity":
            qualifier = rng.choice(QUALIFIERS)
            value = rng.choice((12, 40, 150, 1200, 2500, 30000, 2.5, 7.9))
            unit = rng.choice(UNITS)
            text = f"{qualifier + ' ' if qualifier else ''}{value:,} {unit}"
            put("Officials said ")
            m = put(text)
            put(" were affected in ")
            c = rng.choice(pools.countries[home][3])
            cm = mention(entity(f"city:{c}", CITY, c), c)
            put(", ")
            mention(country(home), pools.countries[home][0])
            relations.append(Relation(f"city:{c}", "containedInPlace", country(home), cm))
            put(", according to ")
            g = entity(f"group:{home}", GROUP, pools.countries[home][2], country=pools.countries[home][5])
            mention(g, pools.countries[home][2])
            put(" officials.")
            quantities.append(Quantity(value, m, unit, qualifier, unit))
        else:  # a profile: party, alignment, succession
            who, surface = person(rng.choice(people))
            m = mention(who, surface)
            party = rng.randrange(len(PARTIES))
            put(", a leader of the ")
            p = entity(f"party:{home}:{party}", ORGANIZATION, f"{PARTIES[party]} of {pools.countries[home][0]}")
            mention(p, ents[p]["label"])
            relations.append(Relation(who, "memberOf", p, m))
            relations.append(Relation(p, "alignment", rng.choice(("centrist", "far-right", "leftist")), m))
            if len(people) > 1 and rng.random() < 0.5:
                put(", succeeded ")
                other, surface2 = person(people[-1] if people[-1] != people[0] else people[1])
                if other != who:
                    mention(other, surface2)
                    relations.append(Relation(who, "succeeded", other, m))
                else:
                    put("a rival")
            if rng.random() < 0.5:
                put(" and backs the ")
                name, qid = rng.choice(INTERNATIONAL)
                io_key = entity(f"io:{qid}", ORGANIZATION, name, wikidata=qid)
                mention(io_key, name)
            put(".")
        sentences.append((start, pos))

    text = "".join(parts)
    sent_mentions = tuple(Mention(b, e, text[b:e]) for b, e in sentences)
    events = [Event(ev.trigger, ev.type, next(s for s in sent_mentions if s.begin <= ev.trigger.begin < s.end),
                    ev.source, ev.target, ev.actors, ev.place, ev.when, ev.confidence, ev.negated) for ev in events]
    blocks.append(Block(PARAGRAPH, body_start, len(text)))
    entities = tuple(Entity(key, e["type"], e["label"], tuple(mentions[key]), tuple(sorted(e["aliases"])),
                            e.get("wikidata"), e.get("country")) for key, e in ents.items() if mentions.get(key))
    known = {e.key for e in entities}
    relations = [r for r in relations if r.subject in known and (r.predicate == "alignment" or r.object in known)]
    article_id = f"bench-{index:06d}"
    article = Article(id=article_id, text=text, blocks=tuple(blocks), source=f"bench/{article_id}.txt",
                      headline=headline, dateline=dateline, published=date, url=f"https://news.example/{index}",
                      digest=f"{index:064x}")
    facts = ArticleFacts(article_id, entities, tuple(events), tuple(offices), tuple(quotes), tuple(quantities),
                         tuple(dict.fromkeys(relations)), sent_mentions)
    return article, facts


def graphs(triples: int, seed: int) -> Iterator[Graph]:
    """The vocabulary graph, a build graph, then article graphs until the total reaches ``triples``."""
    from kg.extract import EXTRACTOR_VERSION
    from kg.rdf.iri import IRIs
    from kg.rdf.mapping import article_graph, build_graph, vocabulary_graph

    iris = IRIs()
    pools = Pools(seed)
    build = iris.build("bench")
    total = 0
    for g in (vocabulary_graph(iris), build_graph(iris, build, "bench", dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
                                                  dt.datetime(2025, 1, 1, tzinfo=dt.UTC), 0)):
        total += len(g)
        yield g
    i = 0
    while total < triples:
        article, facts = synthetic_article(i, pools, seed)
        g = article_graph(article, facts, iris, build, EXTRACTOR_VERSION)
        total += len(g)
        i += 1
        yield g


def load(dataset, triples: int, seed: int) -> dict:
    """Generate the graphs and put them into ``dataset`` the way a build does; what it took."""
    from kg import store as stores

    gen = put = 0.0
    n = articles = 0
    it = graphs(triples, seed)
    while True:
        c = time.perf_counter()
        g = next(it, None)
        gen += time.perf_counter() - c
        if g is None:
            break
        c = time.perf_counter()
        stores.replace_graph(dataset, g)
        put += time.perf_counter() - c
        n += len(g)
        articles += "/graph/bench-" in str(g.identifier)
    return {"generate": gen, "load": put, "triples": n, "articles": articles}


# ------------------------------------------------------------------------------------------------
# Queries and their bindings


def required_bindings(name: str) -> list[str]:
    """The variables a named query's header marks ``(required)``."""
    from kg import query

    header = "\n".join(line for line in query.text(name).splitlines() if line.startswith("#"))
    return re.findall(r"\?(\w+) \(required\)", header)


PREFIXES = """PREFIX schema: <https://schema.org/> PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> """


def pick_bindings(dataset) -> dict[str, str]:
    """Real IRIs from the data: the person in the most article graphs, the country in the most, an
    event, an article (GRAPH ?g patterns: cheap on both stores)."""
    from kg import query

    def one(sparql: str) -> str | None:
        rows = query.rows(dataset.query(PREFIXES + sparql))
        return next(iter(rows[0].values())) if rows else None

    def most(cls: str) -> str | None:
        return one(f"SELECT ?x (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?x a {cls} }} }} GROUP BY ?x "
                   "ORDER BY DESC(?n) ?x LIMIT 1")

    person, country = most("schema:Person"), most("schema:Country")
    event = one("SELECT ?e WHERE { GRAPH ?g { ?e a sem:Event } } ORDER BY ?e LIMIT 1")
    article = one("SELECT ?a WHERE { GRAPH ?g { ?a a schema:NewsArticle } } ORDER BY ?a LIMIT 1")
    return {"actor": person, "resource": person, "person": person, "speaker": person, "source": person,
            "target": country, "event": event, "article": article, "country": country,
            "root": "https://w3id.org/newskg/cameo/14"}


def copies(dataset, iri: str) -> int:
    """In how many named graphs the resource's label is written."""
    sparql = f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ <{iri}> rdfs:label ?l }} }}"
    rows = list(dataset.query(PREFIXES + sparql))
    return int(rows[0][0]) if rows else 0


def query_jobs(values: dict[str, str]) -> list[tuple[str, dict[str, str]]]:
    from kg import query

    return [(name, {var: values.get(var) or values["actor"] for var in required_bindings(name)})
            for name in query.names()]


def _cell(v):
    return round(v, 6) if isinstance(v, float) else v


def timed_query(dataset, name: str, bindings: dict[str, str]) -> tuple[float, float, int, str]:
    """Seconds (wall clock), CPU seconds of this process, rows and a digest of the rows (sorted, floats rounded) to
    compare the stores' answers."""
    from kg import query

    started, cpu = time.perf_counter(), time.process_time()
    rows = query.rows(query.run(dataset, name, {k: URIRef(v) for k, v in bindings.items()}))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    canon = sorted(json.dumps({k: _cell(v) for k, v in r.items()}, sort_keys=True, default=str) for r in rows)
    return seconds, cpu, len(rows), hashlib.sha1("\n".join(canon).encode()).hexdigest()[:12]


def _print_result(name: str, result: dict) -> None:
    print("QUERY " + json.dumps({"name": name, **result}), flush=True)


# ------------------------------------------------------------------------------------------------
# Oxigraph: a worker process on the store opened read-only (as `kg query` does); the parent kills it
# when a query overruns and starts a fresh one for the next query.


def oxigraph_worker(args) -> int:
    from kg import store as stores

    jobs = json.loads(Path(args.jobs).read_text(encoding="utf-8"))[args.skip:]
    c = time.perf_counter()
    dataset = stores.open_dataset(Path(args.store), stores.OXIGRAPH, read_only=True)
    print("OPEN " + json.dumps({"seconds": time.perf_counter() - c}), flush=True)
    for name, bindings in jobs:
        signal.alarm(int(args.ox_timeout) + 60)  # a last resort should the parent be gone: it kills this worker
        try:
            runs = [timed_query(dataset, name, bindings)]
            if runs[0][0] < args.repeat_below:
                runs += [timed_query(dataset, name, bindings) for _ in range(2)]
            _print_result(name, {"seconds": runs[0][0], "cpu": runs[0][1], "best": min(r[0] for r in runs),
                                 "runs": len(runs), "rows": runs[0][2], "digest": runs[0][3]})
        except Exception as e:  # noqa: BLE001
            _print_result(name, {"error": f"{type(e).__name__}: {e}"[:200]})
    return 0


def close_store(dataset) -> None:
    """Close the loaded store as ``kg build`` does: with ``kg.store.close`` where kg has it (Oxigraph's memory
    tables written out), else by flushing it here. Left unflushed, the write-ahead log of a million triples
    (about 700 MB) is replayed by every process that opens the store: a minute before the first query."""
    from kg import store as stores

    if hasattr(stores, "close"):
        stores.close(dataset)
        return
    inner = stores.oxigraph_of(dataset)
    if inner is not None:
        inner.flush()
    dataset.close()


def run_oxigraph(store: Path, jobs_file: Path, jobs: list, timeout: float, env: dict,
                 opens: list[float]) -> dict[str, dict]:
    """Each query's result; ``opens`` gets the seconds each worker took to open the store."""
    results: dict[str, dict] = {}
    while len(results) < len(jobs):
        skip = len(results)
        cmd = [sys.executable, str(Path(__file__).resolve()), "--oxigraph-worker", "--store", str(store),
               "--jobs", str(jobs_file), "--skip", str(skip), "--repeat-below", "5", "--ox-timeout", str(timeout)]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, cwd=ROOT, env=env)
        try:
            _read_results(proc, jobs, results, timeout, opens)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
    return results


def _read_results(proc, jobs: list, results: dict, timeout: float, opens: list[float]) -> None:
    """Collect the worker's results; kill it when the query it is on overruns ``timeout``."""
    buffer = b""
    deadline = time.monotonic() + timeout + 15  # + opening the store, + two repeats of a run under 5 s
    while len(results) < len(jobs):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([proc.stdout], [], [], left)[0]:
            name = jobs[len(results)][0]  # the query it is on overran: note it; the caller starts a new worker
            results[name] = {"timeout": timeout, "error": f"timeout ({timeout:.0f} s)"}
            print(f"[bench_store] oxigraph {name}: timeout ({timeout:.0f} s)", file=sys.stderr, flush=True)
            return
        chunk = os.read(proc.stdout.fileno(), 65536)
        if not chunk:  # the worker ended before answering every query
            proc.wait()
            name = jobs[len(results)][0]
            results[name] = {"error": f"the worker died (exit code {proc.returncode})"}
            return
        buffer += chunk
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            if line.startswith(b"OPEN "):
                opens.append(json.loads(line[5:])["seconds"])
                deadline = time.monotonic() + timeout + 10  # the first query's limit runs from here
                continue
            if line.startswith(b"QUERY "):
                r = json.loads(line[6:])
                name = r.pop("name")
                results[name] = r
                print(f"[bench_store] oxigraph {name}: "
                      + (f"{r['seconds']:.3f} s, {r['rows']} rows" if "seconds" in r else r["error"]),
                      file=sys.stderr, flush=True)
                deadline = time.monotonic() + timeout + 10  # + two repeats of a run under 5 s


# ------------------------------------------------------------------------------------------------
# rdflib: a worker process that loads the graph once and forks a child for each query.


def rdflib_worker(args) -> int:
    from kg import store as stores

    jobs = json.loads(Path(args.jobs).read_text(encoding="utf-8"))
    folder = Path(tempfile.mkdtemp(prefix="kg-bench-rdflib-"))
    try:
        dataset = stores.open_dataset(folder, stores.MEMORY)
        loaded = load(dataset, args.triples, args.seed)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    loaded["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"[bench_store] rdflib: {loaded['triples']:,} triples loaded in {loaded['load']:.1f} s "
          f"(generated in {loaded['generate']:.1f} s)", file=sys.stderr, flush=True)
    print("LOAD " + json.dumps(loaded), flush=True)
    for name, bindings in jobs:
        r = run_forked(dataset, name, bindings, args.timeout)
        print(f"[bench_store] rdflib {name}: " + (f"{r['seconds']:.2f} s, {r['rows']} rows" if "seconds" in r
                                                  else r["error"]), file=sys.stderr, flush=True)
        _print_result(name, r)
    return 0


def run_forked(dataset, name: str, bindings: dict, timeout: float) -> dict:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: run one query, report, leave without cleanup
        os.close(read)
        signal.alarm(int(timeout) + 30)  # a last resort should the worker be gone: it kills this child
        try:
            seconds, _, rows, digest = timed_query(dataset, name, bindings)
            out = {"seconds": seconds, "rows": rows, "digest": digest}
        except Exception as e:  # noqa: BLE001
            out = {"error": f"{type(e).__name__}: {e}"[:200]}
        os.write(write, json.dumps(out).encode())
        os._exit(0)
    os.close(write)
    deadline = time.monotonic() + timeout
    data = b""
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(read)
            return {"timeout": timeout, "error": f"timeout ({timeout:.0f} s)"}
        ready, _, _ = select.select([read], [], [], left)
        if ready:
            chunk = os.read(read, 65536)
            if not chunk:
                break
            data += chunk
    os.waitpid(pid, 0)
    os.close(read)
    return json.loads(data) if data else {"error": "the query process died"}


# ------------------------------------------------------------------------------------------------
# The parent: load Oxigraph, run both sides, make the table.


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, help="size of the graph (default 1,000,000; 20,000 with --quick)")
    ap.add_argument("--quick", action="store_true", help="a smoke run: 20,000 triples, no STORE.md unless --md")
    ap.add_argument("--timeout", type=float, default=40, help="seconds per rdflib query before it is killed")
    ap.add_argument("--ox-timeout", type=float, default=30, help="seconds per Oxigraph query before it is killed")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", help="folder for the Oxigraph store (default: a temporary one, removed after)")
    ap.add_argument("--md", help="markdown file to write (default benchmarks/STORE.md; none with --quick); - for none")
    ap.add_argument("--no-snapshot", action="store_true", help="use kg/ as it is, not a copy taken at the start")
    ap.add_argument("--rdflib-worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--oxigraph-worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--jobs", help=argparse.SUPPRESS)
    ap.add_argument("--store", help=argparse.SUPPRESS)
    ap.add_argument("--skip", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--repeat-below", type=float, default=5, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    args.triples = args.triples or (20_000 if args.quick else 1_000_000)
    if args.rdflib_worker:
        return rdflib_worker(args)
    if args.oxigraph_worker:
        return oxigraph_worker(args)
    argv_used = list(sys.argv[1:] if argv is None else argv)
    import bench_build

    started = dt.datetime.now(dt.UTC)
    load_start = os.getloadavg()[0]
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so a killed run stops its workers too
    work = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="kg-bench-store-"))
    work.mkdir(parents=True, exist_ok=True)
    revision = bench_build.git_revision()
    snapshot = None if args.no_snapshot else bench_build.snapshot_kg(work)
    if snapshot is not None:  # this process and the workers run the same copy of kg/
        sys.path.insert(0, str(snapshot))
    env = bench_build.with_path(snapshot)

    from kg import store as stores

    shutil.rmtree(work / stores.STORE_DIR, ignore_errors=True)

    # Oxigraph: load here, query in a worker
    dataset = stores.open_dataset(work, stores.OXIGRAPH)
    ox_load = load(dataset, args.triples, args.seed)
    print(f"[bench_store] oxigraph: {ox_load['triples']:,} triples ({ox_load['articles']:,} articles) loaded in "
          f"{ox_load['load']:.1f} s (generated in {ox_load['generate']:.1f} s)", file=sys.stderr, flush=True)
    values = pick_bindings(dataset)
    spread = {"person": (values["actor"], copies(dataset, values["actor"])),
              "country": (values["country"], copies(dataset, values["country"]))}
    c = time.perf_counter()
    close_store(dataset)
    ox_load["close"] = time.perf_counter() - c
    del dataset  # no writer left open while the read-only workers open the store
    gc.collect()
    ox_load["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ox_load["disk_mb"] = sum(p.stat().st_size for p in (work / stores.STORE_DIR).rglob("*") if p.is_file()) / 2**20
    jobs = query_jobs(values)
    jobs_file = work / "jobs.json"
    jobs_file.write_text(json.dumps(jobs), encoding="utf-8")
    opens: list[float] = []
    ox = run_oxigraph(work, jobs_file, jobs, args.ox_timeout, env, opens)
    ox_load["open"] = opens

    # rdflib: a worker loads the same graph and forks a process per query
    cmd = [sys.executable, str(Path(__file__).resolve()), "--rdflib-worker", "--jobs", str(jobs_file),
           "--triples", str(args.triples), "--seed", str(args.seed), "--timeout", str(args.timeout)]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    rd: dict[str, dict] = {}
    rd_load: dict = {}
    for line in proc.stdout.splitlines():
        if line.startswith("QUERY "):
            r = json.loads(line[6:])
            rd[r.pop("name")] = r
        elif line.startswith("LOAD "):
            rd_load = json.loads(line[5:])
    if proc.returncode != 0:
        print(f"[bench_store] the rdflib worker failed (exit code {proc.returncode})", file=sys.stderr)

    command = "python benchmarks/bench_store.py" + (" " + " ".join(argv_used) if argv_used else "")
    args.revision = revision + (", measured on a copy of `kg/` taken at the start of the run" if snapshot else "")
    table = render(args, command, started, (load_start, os.getloadavg()[0]), ox_load, ox, rd_load, rd, jobs, spread)
    print(table)
    md = args.md if args.md is not None else (None if args.quick else str(HERE / "STORE.md"))
    if md and md != "-":
        Path(md).write_text(table, encoding="utf-8")
        print(f"[bench_store] wrote {md}", file=sys.stderr)
    (work / "results.json").write_text(json.dumps({"oxigraph": ox, "oxigraph_load": ox_load, "rdflib": rd,
                                                   "rdflib_load": rd_load, "jobs": jobs}, indent=1), encoding="utf-8")
    if not args.out:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _side(r: dict | None) -> tuple[float | None, bool, str]:
    """(seconds or the timeout, whether it is only a lower bound, the cell text)."""
    if r is None:
        return None, True, "not run"
    if "seconds" in r:
        return r["seconds"], False, f"{r['seconds']:.3f}"
    if "timeout" in r:
        return r["timeout"], True, f"> {r['timeout']:.0f} (timeout)"
    return None, True, r.get("error", "?")


def render(args, command, started, load, ox_load, ox, rd_load, rd, jobs, spread) -> str:
    import bench_build

    bound = {name: b for name, b in jobs if b}
    out = io.StringIO()
    w = out.write
    w("## Store: named queries on a million-triple graph\n\n" if args.triples >= 1_000_000 else
      f"## Store: named queries on a {args.triples:,}-triple graph\n\n")
    w(f"`{command}`, {started:%Y-%m-%d %H:%M} UTC, kg {args.revision}.\n\n")
    w(f"Machine: {bench_build.machine()}. pyoxigraph {version('pyoxigraph')} (through oxrdflib "
      f"{version('oxrdflib')}), rdflib {version('rdflib')}. Load average {load[0]:.1f} at the start, "
      f"{load[1]:.1f} at the end (above 0: other work shared the CPUs).\n\n")
    w(f"Graph: {ox_load['triples']:,} triples in {ox_load['articles']:,} synthetic articles plus the vocabulary "
      f"and build graphs (seed {args.seed}; generated by kg's own mapping in {ox_load['generate']:.0f} s). "
      f"Loading, one `replace_graph` per article as `kg build` does: Oxigraph {ox_load['load']:.1f} s "
      f"({ox_load['disk_mb']:,.0f} MB on disk; peak RSS of the loading process {ox_load['rss_mb']:,.0f} MB), "
      f"rdflib memory {rd_load.get('load', float('nan')):.1f} s (peak RSS {rd_load.get('rss_mb', float('nan')):,.0f}"
      f" MB). The most widespread person, <{spread['person'][0]}>, is written (label, types) in "
      f"{spread['person'][1]:,} article graphs, the most widespread country, <{spread['country'][0]}>, in "
      f"{spread['country'][1]:,}.\n\n")
    opens = ox_load.get("open") or []
    if opens:
        w(f"After loading, the store was closed as `kg build` closes it, its memory tables written to disk "
          f"({ox_load.get('close', float('nan')):.1f} s); a worker then opened it read-only in "
          f"{max(opens):.2f} s (the slowest of {len(opens)} opening{'s' if len(opens) > 1 else ''}). Left "
          f"unflushed, every opening replays the write-ahead log first (56 s at a million triples when measured).\n\n")
    w(f"Oxigraph: the store opened read-only in a worker process, as `kg query` does; the first run is shown "
      f"and checked against the bar (wall clock; beside it the worker's CPU time over that run, which other work on "
      f"the machine inflates less), with the best of three when the first took under 5 s; a query still running "
      f"after {args.ox_timeout:.0f} s is killed. rdflib: one run in a process forked from one holding the loaded "
      f"graph, killed after {args.timeout:.0f} s. A timeout counts as its limit, so totals and ratios with "
      f"one are bounds (≥, ≤). Rows: the number of rows and whether both stores gave the same rows (sorted, "
      f"floats rounded to 6 places).\n\n")
    if bound:
        w("Required bindings: " + "; ".join(f"`{n}`: " + ", ".join(f"?{k} = <{v}>" for k, v in b.items())
                                             for n, b in bound.items()) + ".\n\n")
    w(f"| query | Oxigraph s (first) | Oxigraph CPU s (first) | Oxigraph s (best) | rdflib s | rdflib / Oxigraph "
      f"| rows | same rows | Oxigraph < {BARS['query']:.0f} s |\n")
    w("|---|---:|---:|---:|---:|---:|---:|---|---|\n")
    ox_total = rd_total = 0.0
    ox_lower = rd_lower = False
    slow = []
    for name, _ in jobs:
        o, r = ox.get(name), rd.get(name)
        os_, ol, ot = _side(o)
        rs, rl, rt = _side(r)
        ox_total += os_ or 0
        rd_total += rs or 0
        ox_lower |= ol
        rd_lower |= rl
        if os_ and rs:
            ratio = rs / max(os_, 1e-9)
            rc = f"{ratio:,.1f}" if not (ol or rl) else (f"≥ {ratio:,.1f}" if rl and not ol else
                                                         f"≤ {ratio:,.2f}" if ol and not rl else "?")
        else:
            rc = "–"
        best = f"{o['best']:.3f}" if o and "best" in o and o.get("runs", 1) > 1 else ""
        cpu = f"{o['cpu']:.3f}" if o and "cpu" in o else ""
        rows = (o or {}).get("rows", (r or {}).get("rows"))
        same = ("yes" if o["digest"] == r["digest"] else "**no**") if o and r and "digest" in o and "digest" in r \
            else "–"
        ok = bool(o) and not ol and os_ < BARS["query"]
        if not ok:
            slow.append(name)
        w(f"| {name} | {ot} | {cpu} | {best} | {rt} | {rc} | {'' if rows is None else f'{rows:,}'} | {same} "
          f"| {'yes' if ok else '**no**'} |\n")
    ratio = rd_total / max(ox_total, 1e-9)
    if not ox_lower and not rd_lower:
        total_ratio, met = f"{ratio:,.1f}", ratio >= BARS["speedup"]
    elif rd_lower and not ox_lower:
        total_ratio, met = f"≥ {ratio:,.1f}", True if ratio >= BARS["speedup"] else None
    elif ox_lower and not rd_lower:
        total_ratio, met = f"≤ {ratio:,.2f}", False if ratio < BARS["speedup"] else None
    else:
        total_ratio, met = f"? ({ratio:,.2f} with both sides' timeouts counted as their limits)", None
    w(f"| **total** | **{'≥ ' if ox_lower else ''}{ox_total:,.2f}** | | | **{'≥ ' if rd_lower else ''}"
      f"{rd_total:,.1f}** | **{total_ratio}** | | | |\n\n")
    finished = [o["seconds"] for o in ox.values() if "seconds" in o]
    slowest = max(ox, key=lambda k: ox[k].get("seconds", ox[k].get("timeout", 0))) if ox else "?"
    w("| bar | value | met |\n|---|---|---|\n")
    w(f"| every named query < {BARS['query']:.0f} s on the default store (Oxigraph, first run) | "
      f"{len(jobs) - len(slow)} of {len(jobs)} under; slowest {slowest}"
      f"{f' ({max(finished):.2f} s among those that finished)' if finished else ''}"
      f"{'; over: ' + ', '.join(slow) if slow else ''} | {'**yes**' if not slow else '**no**'} |\n")
    w(f"| default store ≥ {BARS['speedup']:.0f}x faster than rdflib in total | {total_ratio} | "
      f"{'**yes**' if met else '**no**' if met is False else '**undecided**'} |\n")
    return out.getvalue()


if __name__ == "__main__":
    raise SystemExit(main())
