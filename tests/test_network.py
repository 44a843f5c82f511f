"""Network analysis: projections from RDF, measures with known answers, pictures and exports, the CLI.

The small graphs are written as RDF here, the way ``kg/rdf/mapping.py`` writes them (events typed with
CAMEO concepts whose Goldstein values come from the vocabulary graph), so the named queries are tested
too; rdflib's own SPARQL engine answers them. The corpus tests use the Oxigraph store of a real build.
"""

from __future__ import annotations

import doctest
import json
import re

import networkx as nx
import pytest
from rdflib import RDF, RDFS, Dataset, Literal, Namespace, URIRef
from typer.testing import CliRunner

from kg import network
from kg.network import cli, draw, measures, projections
from kg.rdf.iri import IRIs, slug
from kg.rdf.mapping import event_type, vocabulary_graph
from kg.rdf.namespace import NKG
from kg.rdf.vocab import ITSRDF, NIF, ORG, SCHEMA, SEM

BASE = "https://w3id.org/newskg/id/"
CLASSES = {"Person": (SCHEMA.Person,), "Country": (SCHEMA.Country, SEM.Place), "Group": (NKG.Group,),
           "Organization": (SCHEMA.Organization,), "City": (SCHEMA.City, SEM.Place)}
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # plain: pytest collection pokes at DefinedNamespaces
runner = CliRunner()


class Tiny:
    """A hand-built graph: actors, events (CAMEO codes, sources, targets, dates), sentences naming actors."""

    def __init__(self):
        self.ds = Dataset(default_union=True)
        vocabulary = vocabulary_graph(IRIs())
        named = self.ds.graph(vocabulary.identifier)
        for triple in vocabulary:
            named.add(triple)
        self.g = self.ds.graph(URIRef(BASE + "graph/tiny"))
        self.n = 0
        self.default = self.article("tiny", "2025-01-01")

    def article(self, name: str, published: str | None) -> URIRef:
        a = URIRef(BASE + f"article/{name}")
        self.g.add((a, RDF.type, SCHEMA.NewsArticle))
        self.g.add((a, RDF.type, NIF.Context))
        if published:
            self.g.add((a, SCHEMA.datePublished, Literal(published, datatype=XSD.date)))
        return a

    def actor(self, kind: str, label: str) -> URIRef:
        iri = URIRef(BASE + f"{kind.lower()}/{slug(label)}")
        for cls in (*CLASSES[kind], SEM.Actor):
            self.g.add((iri, RDF.type, cls))
        self.g.add((iri, RDFS.label, Literal(label)))
        return iri

    def office(self, person: URIRef, country: URIRef, title: str) -> None:
        post = URIRef(BASE + f"post/{slug(title)}")
        self.g.add((post, RDF.type, ORG.Post))
        self.g.add((post, ORG.postIn, country))
        self.g.add((person, ORG.holds, post))

    def event(self, code: str, source=None, target=None, *others, date: str | None = "2025-01-01",
              datatype=XSD.date, place=None, negated: bool = False) -> URIRef:
        self.n += 1
        e = URIRef(BASE + f"event/tiny/{self.n}")
        self.g.add((e, RDF.type, SEM.Event))
        self.g.add((e, SEM.eventType, event_type(code)))
        self.g.add((e, RDFS.label, Literal(f"event {self.n} ({code})", lang="en")))
        for actor in (source, target, *others):
            if actor is not None:
                self.g.add((e, SEM.hasActor, actor))
        if source is not None:
            self.g.add((e, NKG.source, source))
        if target is not None:
            self.g.add((e, NKG.target, target))
        if place is not None:
            self.g.add((e, SEM.hasPlace, place))
        if date is not None:
            self.g.add((e, SEM.hasTimeStamp, Literal(date, datatype=datatype)))
        if negated:
            self.g.add((e, NKG.negated, Literal(True)))
        self.g.add((e, NKG.confidence, Literal("0.8", datatype=XSD.decimal)))
        return e

    def sentence(self, *actors: URIRef, article: URIRef | None = None) -> URIRef:
        article = article or self.default
        self.n += 1
        s = URIRef(f"{article}#char={self.n * 100},{self.n * 100 + 50}")
        self.g.add((s, RDF.type, NIF.Sentence))
        self.g.add((s, NIF.referenceContext, article))
        for i, actor in enumerate(actors):
            m = URIRef(f"{article}#char={self.n * 100 + i},{self.n * 100 + i + 1}")
            self.g.add((m, RDF.type, NIF.Phrase))
            self.g.add((m, NIF.sentence, s))
            self.g.add((m, NIF.referenceContext, article))
            self.g.add((m, ITSRDF.taIdentRef, actor))
            self.g.add((s, NKG.names, actor))  # as the mapping writes it: the sentence names the mention's entity
        return s


def labels(rows, key="label"):
    return [r[key] for r in rows]


# ---- known answers on hand-built graphs ---------------------------------------------------------------------

def test_star_centre_ranks_first():
    t = Tiny()
    hub = t.actor("Person", "Hub")
    for name in ("Ann", "Bob", "Cy", "Dee"):
        t.event("040", hub, t.actor("Person", name))
    net = network.actor_network(t.ds)
    assert net.number_of_nodes() == 5 and net.number_of_edges() == 4
    ranked = network.centrality(net, top=None)
    assert ranked[0]["label"] == "Hub" and ranked[0]["degree"] == 4 and ranked[0]["betweenness"] == 1.0
    assert ranked[0]["eigenvector"] == max(r["eigenvector"] for r in ranked)
    dyads = network.dyad_network(t.ds)
    assert dyads.out_degree(str(hub)) == 4 and all(d["goldstein_mean"] == 1.0 for *_, d in dyads.edges(data=True))


@pytest.fixture(scope="module")
def barbell():
    """Two cliques of four, every pair in a clique consulting once, joined by one event between A1 and B1."""
    t = Tiny()
    sides = {side: [t.actor("Person", f"{side}{i}") for i in range(1, 5)] for side in "AB"}
    for members in sides.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                t.event("040", a, b)
    t.event("042", sides["A"][0], sides["B"][0])
    return t, network.actor_network(t.ds)


def test_bridge_ends_have_top_betweenness(barbell):
    _, net = barbell
    ranked = sorted(network.centrality(net, top=None), key=lambda r: -r["betweenness"])
    assert {r["label"] for r in ranked[:2]} == {"A1", "B1"}
    assert ranked[2]["betweenness"] < ranked[1]["betweenness"]
    # sampled betweenness repeats for a seed
    assert network.betweenness(net, k=4, seed=3) == network.betweenness(net, k=4, seed=3)


def test_louvain_finds_the_two_cliques(barbell):
    _, net = barbell
    found = network.communities(net, seed=1)
    assert sorted(sorted(c["labels"]) for c in found) == [["A1", "A2", "A3", "A4"], ["B1", "B2", "B3", "B4"]]
    assert found == network.communities(net, seed=1)


def test_shortest_path_carries_the_events_on_the_way(barbell):
    _, net = barbell
    result = network.shortest_paths(net, "A2", "B3")
    assert result["length"] == 3
    assert [[(s["from_label"], s["to_label"]) for s in p] for p in result["paths"]] == [
        [("A2", "A1"), ("A1", "B1"), ("B1", "B3")]]
    bridge = result["paths"][0][1]["events"]
    assert [(e["code"], e["goldstein"], e["date"]) for e in bridge] == [("042", 1.9, "2025-01-01")]
    assert network.ego(net, "A1")[0]["label"] == "A1"
    assert {r["label"] for r in network.ego(net, "A1") if r["distance"] == 1} == {"A2", "A3", "A4", "B1"}


@pytest.fixture(scope="module")
def triangle():
    """Three countries; people act for them through an office or a nationality."""
    t = Tiny()
    a, b, c = (t.actor("Country", n) for n in ("Atlantis", "Borduria", "Carpania"))
    president = t.actor("Person", "Ada President")
    t.office(president, a, "President of Atlantis")
    envoy = t.actor("Person", "Boris Envoy")
    t.g.add((envoy, SCHEMA.nationality, b))
    t.event("057", president, b)  # +8.0  Atlantis -> Borduria
    t.event("042", a, envoy)  # +1.9  Atlantis -> Borduria (the envoy is Bordurian)
    t.event("130", envoy, c)  # -4.4  Borduria -> Carpania
    t.event("190", c, a)  # -10.0 Carpania -> Atlantis
    t.event("050", a, c)  # +3.5  Atlantis -> Carpania
    t.event("173", president, a)  # -5.0 inside Atlantis: not a pair of countries
    return t


def test_signed_triangle_balance_by_hand(triangle):
    countries = network.dyad_network(triangle.ds, by="country")
    assert sorted(countries.nodes[n]["label"] for n in countries) == ["Atlantis", "Borduria", "Carpania"]
    rows = network.balance(countries)
    got = [(r["a_label"], r["b_label"], r["events"], r["goldstein_sum"], r["goldstein_mean"], r["side"]) for r in rows]
    assert got == [("Borduria", "Carpania", 1, -4.4, -4.4, "conflict"),
                   ("Atlantis", "Carpania", 2, -6.5, -3.25, "conflict"),
                   ("Atlantis", "Borduria", 2, 9.9, 4.95, "cooperation")]
    directed = {(r["a_label"], r["b_label"]): r["goldstein_sum"] for r in network.balance(countries, directed=True)}
    assert directed[("Carpania", "Atlantis")] == -10.0 and directed[("Atlantis", "Carpania")] == 3.5
    domestic = network.dyad_network(triangle.ds, by="country", domestic=True)
    assert domestic.has_edge(*[n for n in domestic if domestic.nodes[n]["label"] == "Atlantis"] * 2)


def test_dyad_edges_carry_counts_means_codes_and_dates(triangle):
    dyads = network.dyad_network(triangle.ds)
    ada = network.find_actor(dyads, "Ada President")
    edge = dyads[ada][network.find_actor(dyads, "Borduria")]
    assert (edge["count"], edge["goldstein_mean"], edge["codes"], edge["dates"]) == (1, 8.0, ["057"], ["2025-01-01"])
    rows = network.dyads(dyads)
    assert rows[0]["goldstein_mean"] == -10.0 and rows[-1]["goldstein_mean"] == 8.0


def test_time_windows_compare_dates_of_any_precision():
    t = Tiny()
    a, b = t.actor("Person", "Ann"), t.actor("Person", "Bob")
    t.event("040", a, b, date="2024", datatype=XSD.gYear)
    t.event("042", a, b, date="2025-03", datatype=XSD.gYearMonth)
    t.event("057", a, b, date="2025-06-15")
    t.event("111", a, b, date=None)
    codes = lambda **w: network.dyad_network(t.ds, **w)[str(a)][str(b)]["codes"]  # noqa: E731
    assert codes() == ["040", "042", "057", "111"]
    assert codes(start="2025") == ["042", "057"]
    assert codes(start="2025-03-20", end="2025-06") == ["042", "057"]  # March overlaps the 20th onwards
    assert codes(end="2025-02-28") == ["040"]
    assert codes(start="2024-12-31", end="2024-12-31") == ["040"]
    bipartite = network.bipartite_network(t.ds)
    assert [r["date"] for r in network.timeline(bipartite, "Ann")] == ["2024", "2025-03", "2025-06-15", None]
    assert [r["code"] for r in network.timeline(bipartite, "Ann", start="2025-04")] == ["057"]
    with pytest.raises(ValueError):
        network.actor_network(t.ds, start="last week")


def test_type_generic_and_negated_filters():
    t = Tiny()
    peru, chile = t.actor("Country", "Peru"), t.actor("Country", "Chile")
    jeri, migrants = t.actor("Person", "Jose Jeri"), t.actor("Group", "migrants")
    t.event("1724", jeri, chile)
    t.event("174", jeri, migrants)
    t.event("190", peru, chile, negated=True)
    t.sentence(jeri, peru, migrants)
    everyone = network.actor_network(t.ds)
    assert sorted(everyone.nodes[n]["label"] for n in everyone) == ["Chile", "Jose Jeri", "Peru", "migrants"]
    assert not everyone.has_edge(str(peru), str(chile))  # the only Peru-Chile event is denied
    assert network.actor_network(t.ds, negated=True).has_edge(str(peru), str(chile))
    named = network.actor_network(t.ds, generic=False)
    assert str(migrants) not in named and named[str(jeri)][str(peru)]["comentions"] == 1
    countries = network.actor_network(t.ds, types=["country"])
    assert set(countries) == {str(peru), str(chile)} and countries.number_of_edges() == 0
    with pytest.raises(ValueError):
        network.actor_network(t.ds, types=["Planet"])


def test_comention_and_bipartite_projections():
    t = Tiny()
    old, new = t.article("old", "2024-05-01"), t.article("new", "2025-05-01")
    a, b, c = (t.actor("Person", n) for n in ("Ann", "Bob", "Cy"))
    t.sentence(a, b, article=old)
    t.sentence(a, b, c, article=new)
    t.event("040", a, b, c)
    co = network.comention_network(t.ds)
    assert co[str(a)][str(b)]["weight"] == 2 and co[str(a)][str(c)]["weight"] == 1
    recent = network.comention_network(t.ds, start="2025")
    assert recent[str(a)][str(b)]["weight"] == 1
    bipartite = network.bipartite_network(t.ds)
    assert nx.is_bipartite(bipartite)
    event = next(n for n, d in bipartite.nodes(data=True) if d["kind"] == "event")
    assert bipartite.nodes[event]["goldstein"] == 1.0 and bipartite[str(a)][event]["role"] == "source"
    assert bipartite[str(c)][event]["role"] == "actor"
    shared = network.project_actors(bipartite)
    assert shared[str(b)][str(c)]["weight"] == 1 and shared[str(b)][str(c)]["event_ids"] == [event]


@pytest.mark.parametrize("directed", [False, True])
def test_sparse_betweenness_equals_networkx(directed):
    g = nx.gnm_random_graph(300, 1200, seed=5, directed=directed)
    for k in (None, 40):
        want = nx.betweenness_centrality(g, k=k, seed=9 if k else None)
        got = measures.sparse_betweenness(g, k=k, seed=9)
        assert max(abs(want[v] - got[v]) for v in g) < 1e-12
    large = nx.gnm_random_graph(measures.SAMPLE_ABOVE + 100, 3000, seed=5, directed=directed)
    want = nx.betweenness_centrality(large, k=20, seed=9)
    got = network.betweenness(large, k=20, seed=9)  # large and unweighted: the sparse path
    assert got == measures.sparse_betweenness(large, k=20, seed=9)
    assert max(abs(want[v] - got[v]) for v in large) < 1e-12


def test_eigenvector_never_raises():
    dag = network.eigenvector(nx.DiGraph([(1, 2), (2, 3)]))  # no cycle: power iteration fails
    assert set(dag) == {1, 2, 3} and all(v >= 0 for v in dag.values())
    disconnected = nx.disjoint_union(nx.complete_graph(4), nx.path_graph(3))
    values = network.eigenvector(disconnected)
    assert len(values) == 7 and max(values, key=values.get) in range(4)
    assert network.centrality(nx.DiGraph([("a", "b"), ("b", "c")]), top=None)  # a DAG: no error


def test_pictures_and_exports(tmp_path, barbell):
    _, net = barbell
    net = net.copy()
    nx.set_node_attributes(net, {n: None for n in net}, "nothing")
    graphml, gexf = draw.write_graphml(net, tmp_path / "n.graphml"), draw.write_gexf(net, tmp_path / "n.gexf")
    back = nx.read_graphml(graphml)
    assert back.number_of_nodes() == 8 and back.number_of_edges() == net.number_of_edges()
    edge = next(d for *_, d in back.edges(data=True) if d["events"] == 1)
    assert isinstance(edge["event_ids"], str) and "nothing" not in back.nodes[next(iter(back))]
    assert nx.read_gexf(gexf).number_of_nodes() == 8
    page = draw.to_html(net, tmp_path / "n.html", color="community")
    assert "<script>" in page and "<svg" in page  # self-contained: nothing is fetched
    assert not re.search(r"(src|href)\s*=|<link|fetch\(|XMLHttpRequest|@import|url\((?!#)", page)
    draw.draw_network(net, tmp_path / "n.png", color="community")
    assert (tmp_path / "n.png").read_bytes()[:4] == b"\x89PNG"
    rows = [{"actor_label": "A", "date": "2025-01", "type": "Consult", "goldstein": 1.0},
            {"actor_label": "A", "date": "2025-02-03", "type": "Fight", "goldstein": -10.0}]
    draw.draw_timeline(rows, tmp_path / "t.png")
    draw.draw_balance([{"a_label": "X", "b_label": "Y", "goldstein_mean": -3.0, "scored": 2}], tmp_path / "b.png")
    assert (tmp_path / "t.png").stat().st_size > 1000 and (tmp_path / "b.png").stat().st_size > 1000


@pytest.mark.parametrize("module", [projections, measures, draw])
def test_docstring_examples_run(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


# ---- the corpus ---------------------------------------------------------------------------------------------

def test_jeri_and_peru_rank_at_the_top_of_the_actor_network(corpus_build):
    _, g, _ = corpus_build
    ranked = labels(network.centrality(network.actor_network(g), top=4))
    assert ranked[0] == "Jose Jeri" and "Peru" in ranked, ranked  # the migrants and Chile rank beside Peru: what
    # "Peruvian authorities" do is Peru's act, no group of its own tied to Peru
    named = labels(network.centrality(network.actor_network(g, generic=False), top=3))
    assert {"Jose Jeri", "Peru"} <= set(named), named


def test_peru_chile_dyad_is_on_the_conflict_side(corpus_build):
    _, g, _ = corpus_build
    rows = network.balance(network.dyad_network(g, by="country"))
    pair = next(r for r in rows if {r["a_label"], r["b_label"]} == {"Peru", "Chile"})
    assert pair["goldstein_mean"] < 0 and pair["side"] == "conflict", pair
    # the evidence: Peru's president (an office in Peru) declaring, and threatening, an emergency at Chile's border
    peru = network.find_actor(network.actor_network(g), "Peru")
    assert network.affiliations(g)[network.find_actor(network.actor_network(g), "Jose Jeri")] == [peru]
    countries = network.dyad_network(g, by="country")
    edge = countries[peru][network.find_actor(countries, "Chile")]
    assert set(edge["codes"]) == {"1724", "1324"}


def test_queries_agree_on_both_stores(corpus_build):
    from kg.build import load_graph

    _, g, out = corpus_build
    memory = load_graph(out, store="memory")  # rdflib's SPARQL engine instead of Oxigraph's
    for kind in ("actors", "dyads", "countries", "bipartite"):
        a, b = network.projection(g, kind), network.projection(memory, kind)
        assert nx.utils.nodes_equal(a.nodes(data=True), b.nodes(data=True)), kind
        assert nx.utils.edges_equal(a.edges(data=True), b.edges(data=True)), kind


def test_corpus_timeline_is_in_date_order(corpus_build):
    _, g, _ = corpus_build
    rows = network.timeline(network.bipartite_network(g), "Jose Jeri")
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates) and dates[0] == "2025-10" and rows[0]["type"] == "Succession"


def _cli(*args):
    result = runner.invoke(cli.app, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_cli_json_equals_api(corpus_build):
    _, g, out = corpus_build
    gr = ["--graph", str(out)]
    net = network.actor_network(g)
    assert _cli("centrality", *gr, "--top", "5", "--json") == network.centrality(net, top=5)
    assert _cli(*gr, "--top", "5", "--json") == network.centrality(net, top=5)  # no subcommand: the ranking
    assert _cli("communities", *gr, "--json") == network.communities(net)
    assert _cli("ego", "Peru", *gr, "--radius", "2", "--json") == network.ego(net, "Peru", radius=2)
    assert _cli("path", "Kast", "Dina Boluarte", *gr, "--json") == network.shortest_paths(net, "Kast", "Dina Boluarte")
    bipartite = network.bipartite_network(g, places=True)
    assert _cli("timeline", "Chile", *gr, "--json") == network.timeline(bipartite, "Chile")
    assert _cli("balance", *gr, "--json") == network.balance(network.dyad_network(g, by="country"))
    named = network.actor_network(g, types=["Person", "Country"], generic=False)
    assert _cli("centrality", *gr, "--type", "Person", "--type", "Country", "--no-generic", "--json") == \
        network.centrality(named)
    dyads = network.dyad_network(g, start="2025-11", end="2025-11")
    assert _cli("centrality", *gr, "-n", "dyads", "--start", "2025-11", "--end", "2025-11", "--json") == \
        network.centrality(dyads)


def test_cli_tables_exports_and_errors(corpus_build, tmp_path):
    _, _, out = corpus_build
    table = runner.invoke(cli.app, ["centrality", "--graph", str(out), "--top", "3"])
    assert table.exit_code == 0 and "Jose Jeri" in table.stdout and "(3 rows)" in table.stdout
    for name in ("n.graphml", "n.gexf", "n.html", "n.png"):
        done = _cli("export", str(tmp_path / name), "--graph", str(out), "--json")
        assert (tmp_path / name).stat().st_size > 0 and done["nodes"] > 0
    missing = runner.invoke(cli.app, ["ego", "Nobody", "--graph", str(out)])
    assert missing.exit_code == 2 and "no actor 'Nobody'" in missing.stderr
    bad = runner.invoke(cli.app, ["timeline", "Peru", "--graph", str(out), "--start", "last week"])
    assert bad.exit_code == 2 and "unreadable date" in bad.stderr
    nowhere = runner.invoke(cli.app, ["centrality", "--graph", str(tmp_path / "nope")])
    assert nowhere.exit_code == 2 and "run `kg build` first" in nowhere.stderr
