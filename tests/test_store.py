"""The graph layer: both stores answer alike, builds are incremental, exports are whole."""

from __future__ import annotations

import shutil
from decimal import Decimal

import pyoxigraph
import pytest
from rdflib import XSD, Dataset, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import PROV

from kg import executor
from kg import query as queries
from kg import store as stores
from kg.build import Report, Writer, build, load_graph
from kg.rdf.mapping import Triples
from kg.resolve import People
from kg.store import MEMORY, OXIGRAPH

from .conftest import CORPUS, FIRST

SECOND = """Floods Force Thousands From Homes in Northern Kenya

NAIROBI, Kenya, April 3, 2024 (Reuters) - Kenyan President William Ruto ordered troops to help evacuate
flooded villages on Tuesday, as the Kenya Red Cross said at least 5,000 families had fled their homes.

"We will not leave anyone behind," Ruto told reporters in Nairobi.
"""


def article_ids(g: Dataset) -> set[str]:
    return {str(r.id) for r in g.query(
        "PREFIX schema: <https://schema.org/> SELECT ?id WHERE { ?a a schema:NewsArticle ; schema:identifier ?id }")}


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    """The same corpus built into each store."""
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(CORPUS / f"{FIRST}.txt", corpus)
    (corpus / "kenya-floods.txt").write_text(SECOND, encoding="utf-8")
    out = {}
    for kind in (OXIGRAPH, MEMORY):
        folder = tmp_path_factory.mktemp(kind)
        build([corpus], folder, store=kind)
        out[kind] = load_graph(folder, kind)
    return out


@pytest.mark.parametrize("name", [n for n in queries.names()])
def test_stores_answer_every_named_query_alike(both, name):
    def answer(g):
        return sorted(repr(sorted(row.items())) for row in queries.rows(queries.run(g, name)))

    ox, mem = answer(both[OXIGRAPH]), answer(both[MEMORY])
    assert set(ox) - set(mem) == set() and set(mem) - set(ox) == set()
    assert ox == mem


def test_stores_hold_the_same_graph(both):
    def graphs(g):
        out: dict[str, Graph] = {}
        for s_, p, o, c in g.quads((None, None, None, None)):
            if p == PROV.wasGeneratedBy:
                continue  # each build is its own activity
            if isinstance(o, Literal) and o.datatype == XSD.string:
                o = Literal(str(o))  # RDF 1.1: the same literal; oxrdflib spells the type out
            elif isinstance(o, Literal) and isinstance(o.toPython(), (Decimal, int, float)):
                o = Literal(float(o.toPython()))  # Oxigraph keeps numbers in canonical form: "-7" for "-7.0"
            out.setdefault(str(getattr(c, "identifier", c)), Graph()).add((s_, p, o))
        out.pop(next((n for n in out if n.endswith("/graph/builds")), ""), None)  # build times differ
        return out

    ox, mem = graphs(both[OXIGRAPH]), graphs(both[MEMORY])
    assert set(ox) == set(mem) and len(ox) == 3  # two articles and the vocabulary
    for name in ox:
        assert len(ox[name]) == len(mem[name]) and isomorphic(ox[name], mem[name]), name


def test_incremental_rebuild(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / f"{FIRST}.txt", corpus)
    (corpus / "kenya-floods.txt").write_text(SECOND, encoding="utf-8")
    out = tmp_path / "build"
    first = build([corpus], out)
    assert (first.built, first.unchanged, first.removed) == (2, 0, 0)

    def no_model(*_a, **_k):
        raise AssertionError("an unchanged corpus must not load the model")

    def no_reading(*_a, **_k):
        raise AssertionError("an unchanged corpus must not read the whole graph")

    with monkeypatch.context() as m:
        m.setattr(executor, "load", no_model)
        m.setattr(People, "learn_from", no_reading)  # the earlier builds' names: only needed to build
        m.setattr(queries, "text", no_reading)  # the summary query: the counts are kept from the last build
        again = build([corpus], out)
    assert (again.built, again.unchanged, again.removed) == (0, 2, 0)
    assert (again.triples, again.entities, again.events, again.quotes, again.quantities) == (
        first.triples, first.entities, first.events, first.quotes, first.quantities)
    g = load_graph(out)  # triples are counted graph by graph: what two articles both state counts twice
    assert first.triples == sum(1 for _ in g.quads((None, None, None, None))) >= len(g)
    assert first.entities["Person"] >= 6

    # edit one article, add one, delete one
    (corpus / "kenya-floods.txt").write_text(SECOND.replace("William Ruto", "Raila Odinga").replace(
        "Ruto told", "Odinga told"), encoding="utf-8")
    (corpus / "new.md").write_text("# Strike in Lagos\n\nLAGOS, Nigeria, May 2, 2024 (AP) - Workers went on strike "
                                   "on Monday, the Nigeria Labour Congress said.\n", encoding="utf-8")
    (corpus / f"{FIRST}.txt").unlink()
    third = build([corpus], out)
    assert (third.built, third.unchanged, third.removed) == (2, 0, 1)
    g = load_graph(out)
    assert article_ids(g) == {"kenya-floods", "new"}
    people = {str(r.n) for r in g.query(
        "PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n }")}
    assert "Raila Odinga" in people and "William Ruto" not in people and "Jose Jeri" not in people
    # the exports follow the store
    trig = list(pyoxigraph.parse(path=str(out / "kg.trig"), format=pyoxigraph.RdfFormat.TRIG))
    assert len(trig) == len(g)


def test_same_person_same_iri_across_articles(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / f"{FIRST}.txt", corpus)
    (corpus / "z-later.txt").write_text(
        "Peru Extends Emergency\n\nLIMA, Peru, December 20, 2025 (Reuters) - Jeri extended the state of "
        "emergency on Saturday. Chile's Kast welcomed the move.\n", encoding="utf-8")
    out = tmp_path / "build"
    build([corpus], out)
    g = load_graph(out)
    rows = {(str(r.a), str(r.id)) for r in g.query(
        "PREFIX schema: <https://schema.org/> PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#> "
        "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
        "SELECT DISTINCT ?a ?id WHERE { ?m itsrdf:taIdentRef <https://w3id.org/newskg/id/person/jose-jeri> ; "
        "nif:referenceContext/schema:identifier ?id . BIND(1 AS ?a) }")}
    assert {i for _, i in rows} == {FIRST, "z-later"}


def test_two_processes_build_the_same_graph(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / f"{FIRST}.txt", corpus)
    (corpus / "kenya-floods.txt").write_text(SECOND, encoding="utf-8")
    graphs = {}
    for jobs in (1, 2):
        out = tmp_path / f"build{jobs}"
        build([corpus], out, n_process=jobs, batch=1)  # batches of one: the workers really run
        g = load_graph(out)
        graphs[jobs] = {}
        for s_, p, o, c in g.quads((None, None, None, None)):
            name = str(getattr(c, "identifier", c))
            if "/graph/builds" not in name and p != PROV.wasGeneratedBy:
                graphs[jobs].setdefault(name, Graph()).add((s_, p, o))
    assert set(graphs[1]) == set(graphs[2])
    for name in graphs[1]:
        assert isomorphic(graphs[1][name], graphs[2][name]), name


def test_one_label_for_spellings_of_one_name_across_articles(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Minister Speaks\n\nLIMA, Peru, May 2, 2025 (AP) - Luis Cordero spoke in Lima.\n",
                                  encoding="utf-8")
    (corpus / "b.txt").write_text("Minister Travels\n\nLIMA, Peru, May 3, 2025 (AP) - Luís Cordero flew to Quito.\n",
                                  encoding="utf-8")
    build([corpus], tmp_path / "build")
    g = load_graph(tmp_path / "build")
    labels = [str(r.label) for r in g.query(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?label WHERE { "
        "<https://w3id.org/newskg/id/person/luis-cordero> rdfs:label ?label }")]
    assert labels == ["Luis Cordero"]


@pytest.mark.parametrize("store", [OXIGRAPH, MEMORY])
def test_a_graph_the_store_refuses_costs_only_its_article(tmp_path, store):
    """The build writes articles in batches; a batch with one unwritable graph is written again
    article by article, so the others still land and the bad one is one problem line."""
    from rdflib import URIRef

    from kg.corpus import Article

    def article(name: str) -> Article:
        return Article(id=name, source=f"{name}.txt", text="Rain fell.", blocks=())

    def graph(name: str, obj) -> Triples:
        g = Triples(URIRef(f"https://example.org/graph/{name}"))
        g.add((URIRef(f"https://example.org/{name}"), URIRef("https://example.org/p"), obj))
        return g

    dataset = stores.open_dataset(tmp_path, store)
    report = Report()
    with Writer(dataset, report) as writer:
        writer.ARTICLES = 10  # one batch for the three
        writer.limit = 10
        writer.put(article("a"), graph("a", Literal(1)))
        writer.put(article("b"), graph("b", URIRef("https://example.org/not an iri")))
        writer.put(article("c"), graph("c", Literal("ok")))
    names = {str(g) for g in {q[3] for q in dataset.quads((None, None, None, None))}}
    if store == OXIGRAPH:
        assert names == {"https://example.org/graph/a", "https://example.org/graph/c"}
        assert report.built == 2
        assert len(report.problems) == 1 and report.problems[0].startswith("b.txt: the store refused its graph (")
    else:  # rdflib takes any IRI: all three are written
        assert report.built == 3 and not report.problems
    stores.close(dataset)


def test_exports_written_while_an_empty_store_fills_hold_what_it_holds(tmp_path):
    """A build that fills an empty store appends each batch to kg.trig and kg.ttl once it is
    stored: the files end up with the store's graph, terms as the store keeps them ("1.0" as a
    decimal is "1"), without a graph the store refused, and with one set of prefix lines."""
    import io

    from rdflib import URIRef

    from kg.corpus import Article

    def article(name: str) -> Article:
        return Article(id=name, source=f"{name}.txt", text="Rain fell.", blocks=())

    def graph(name: str, *objects) -> Triples:
        g = Triples(URIRef(f"https://example.org/graph/{name}"))
        for i, obj in enumerate(objects):
            g.add((URIRef("https://example.org/shared"), URIRef(f"https://example.org/p{i}"), obj))
        return g

    dataset = stores.open_dataset(tmp_path, OXIGRAPH)
    trig, ttl = io.BytesIO(), io.BytesIO()
    exports = stores.Exports(trig, ttl, {"ex": "https://example.org/"})
    report = Report()
    with Writer(dataset, report, exports=exports) as writer:  # batches of 1, 2, then 1 article
        writer.put(article("a"), graph("a", Literal(Decimal("1.0")), Literal("a\n\"quoted\"")))
        writer.put(article("b"), graph("b", URIRef("https://example.org/not an iri")))
        writer.put(article("c"), graph("c", Literal(Decimal("1.0")), Literal(True)))
        writer.put(article("d"), graph("d", Literal("x", lang="EN")))
    inner = stores.oxigraph_of(dataset)
    assert report.built == 3 and len(report.problems) == 1
    quads = {str(q) for q in inner}
    assert {str(q) for q in pyoxigraph.parse(trig.getvalue(), pyoxigraph.RdfFormat.TRIG)} == quads
    assert {str(t) for t in pyoxigraph.parse(ttl.getvalue(), pyoxigraph.RdfFormat.TURTLE)} == {
        str(q.triple) for q in inner}
    assert '"1"^^<http://www.w3.org/2001/XMLSchema#decimal>' in " ".join(quads)
    for data in (trig.getvalue(), ttl.getvalue()):
        assert data.startswith(b"@prefix ex: <https://example.org/> .\n") and data.count(b"@prefix") == 1
    stores.close(dataset)


def test_oxigraph_bulk_loads_new_graphs_and_replaces_old_ones_whole(tmp_path, monkeypatch):
    """New graphs of a batch go in by one bulk load (a small step by a transaction), graphs the
    store has are replaced by an update; either way each graph ends up exactly as given."""
    from rdflib import URIRef

    def graph(name: str, n: int, tag: str) -> Triples:
        g = Triples(URIRef(f"https://example.org/graph/{name}"))
        for i in range(n):
            g.add((URIRef(f"https://example.org/{name}/{i}"), URIRef("https://example.org/p"), Literal(f"{tag} {i}")))
        return g

    dataset = stores.open_dataset(tmp_path, OXIGRAPH)
    inner = stores.oxigraph_of(dataset)
    calls = []

    def counted(name: str):
        real = getattr(pyoxigraph.Store, name)

        def call(self, *args, **kwargs):
            calls.append(name)
            return real(self, *args, **kwargs)
        return call

    for name in ("bulk_load", "load", "update"):
        monkeypatch.setattr(pyoxigraph.Store, name, counted(name))
    small = [graph("s", 3, "v1")]
    stores.replace_graphs(dataset, small)
    assert calls == ["load"]  # under MIN_BULK quads: a transaction
    big = [graph(f"b{i}", stores.MIN_BULK // 2, "v1") for i in range(3)]
    calls.clear()
    stores.replace_graphs(dataset, big)
    assert calls == ["bulk_load"]
    again = [graph("s", 2, "v2"), graph("b0", 5, "v2"), graph("new", stores.MIN_BULK, "v2")]
    calls.clear()
    stores.replace_graphs(dataset, again)
    assert sorted(calls) == ["bulk_load", "update"]
    expected = {g.identifier: {tuple(map(str, t)) for t in g} for g in [*big, *again]}
    for name, triples in expected.items():
        assert {tuple(map(str, t)) for t in dataset.graph(name)} == triples, name
    assert len(inner) == sum(map(len, expected.values()))

    # a bad term anywhere in a bulk step writes nothing of it
    bad = graph("bad", stores.MIN_BULK, "v1")
    bad.add((URIRef("https://example.org/x"), URIRef("https://example.org/p"), URIRef("https://example.org/no iri")))
    with pytest.raises((SyntaxError, ValueError)):
        stores.replace_graphs(dataset, [graph("fine", stores.MIN_BULK, "v1"), bad])
    assert not inner.contains_named_graph(pyoxigraph.NamedNode("https://example.org/graph/fine"))
    stores.close(dataset)


def test_leftover_bulk_files_are_removed_when_the_store_opens(tmp_path):
    stores.close(stores.open_dataset(tmp_path, OXIGRAPH))
    leftover = tmp_path / stores.STORE_DIR / "bulk-123456789.sst"  # as a bulk load killed midway leaves them
    leftover.write_bytes(b"\0" * 100)
    dataset = stores.open_dataset(tmp_path, OXIGRAPH)
    assert not leftover.exists()
    stores.close(dataset)
