"""The golden test of the first article: facts checked by hand against the text."""

from __future__ import annotations

import pyoxigraph
from rdflib import OWL, RDF, RDFS, URIRef
from rdflib.namespace import SKOS

from kg.rdf.namespace import NKG
from kg.rdf.validate import validate
from kg.rdf.vocab import CAMEO, ITSRDF, NIF, ORG, SCHEMA, SEM, WD


def labels(g, cls):
    return sorted(str(g.value(s, RDFS.label)) for s in set(g.subjects(RDF.type, cls)))


def entity(g, label):
    found = [s for s in g.subjects(RDFS.label, None) if str(g.value(s, RDFS.label)) == label
             and (s, RDF.type, SEM.Actor) in g]
    assert len(found) == 1, (label, found)
    return found[0]


def test_exactly_the_six_people(corpus_build):
    _, g, _ = corpus_build
    assert labels(g, SCHEMA.Person) == sorted([
        "Jose Jeri", "Jose Antonio Kast", "Jeannette Jara", "Dina Boluarte", "Arturo Valverde", "Luis Cordero"])


def test_countries_linked_to_wikidata(corpus_build):
    _, g, _ = corpus_build
    expected = {"Peru": "Q419", "Chile": "Q298", "Venezuela": "Q717"}
    for name, qid in expected.items():
        country = entity(g, name)
        assert (country, RDF.type, SCHEMA.Country) in g
        assert (country, OWL.sameAs, WD[qid]) in g


def test_no_entity_from_headline_headings_or_boilerplate(corpus_build):
    _, g, _ = corpus_build
    from kg.corpus import DATELINE, PARAGRAPH, read_file

    from .conftest import CORPUS, FIRST

    (article,) = read_file(CORPUS / f"{FIRST}.txt")
    body = [(b.begin, b.end) for b in article.blocks if b.kind in (PARAGRAPH, DATELINE)]
    for m in set(g.subjects(NIF.anchorOf, None)):
        begin = int(g.value(m, NIF.beginIndex))
        assert any(b <= begin < e for b, e in body), (begin, str(g.value(m, NIF.anchorOf)))
    names = {str(g.value(s, RDFS.label)) for s in g.subjects(RDF.type, SEM.Actor)}
    assert not names & {"Peru Declares State of Emergency", "Migration Surge", "Security Measures", "Troop",
                        "Regional Reactions", "Leave a Reply", "Reply"}


def test_aliases_kept(corpus_build):
    _, g, _ = corpus_build
    jeri = entity(g, "Jose Jeri")
    assert "Jeri" in {str(a) for a in g.objects(jeri, SKOS.altLabel)}


def test_mentions_match_text(corpus_build):
    _, g, _ = corpus_build
    count = 0
    for m in set(g.subjects(NIF.anchorOf, None)):
        context = g.value(m, NIF.referenceContext)
        text = str(g.value(context, NIF.isString))
        begin, end = int(g.value(m, NIF.beginIndex)), int(g.value(m, NIF.endIndex))
        assert text[begin:end] == str(g.value(m, NIF.anchorOf))
        count += 1
    assert count > 30


def test_every_entity_event_quote_quantity_has_a_mention(corpus_build):
    _, g, _ = corpus_build
    for cls in (SEM.Actor, SEM.Place, SEM.Event, SCHEMA.Quotation, SCHEMA.QuantitativeValue):
        things = set(g.subjects(RDF.type, cls))
        assert things, cls
        for thing in things:
            assert any(True for _ in g.subjects(ITSRDF.taIdentRef, thing)), thing


def events(g, code):
    return [e for e in g.subjects(SEM.eventType, code)]


def test_state_of_emergency_declared_by_jeri(corpus_build):
    _, g, _ = corpus_build
    (event,) = events(g, CAMEO["1724"])
    assert g.value(event, NKG.source) == entity(g, "Jose Jeri")
    assert str(g.value(event, SEM.hasTimeStamp)) == "2025-11-28"


def test_kast_pledges_are_threats(corpus_build):
    _, g, _ = corpus_build
    kast = entity(g, "Jose Antonio Kast")
    threats = {str(g.value(e, SEM.eventType)) for e in g.subjects(NKG.source, kast)
               if str(g.value(e, SEM.eventType)).startswith(str(CAMEO["13"]))}
    assert len(threats) >= 2  # detain and expel, as threats


def test_cordero_criticises(corpus_build):
    _, g, _ = corpus_build
    (event,) = events(g, CAMEO["111"])
    assert g.value(event, NKG.source) == entity(g, "Luis Cordero")


def test_jeri_succeeds_boluarte_in_october(corpus_build):
    _, g, _ = corpus_build
    jeri, boluarte = entity(g, "Jose Jeri"), entity(g, "Dina Boluarte")
    assert (jeri, NKG.succeeded, boluarte) in g
    (event,) = events(g, NKG.Succession)
    assert g.value(event, NKG.source) == jeri and g.value(event, NKG.target) == boluarte
    assert str(g.value(event, SEM.hasTimeStamp)) == "2025-10"


def test_run_off_on_december_14_with_candidates(corpus_build):
    _, g, _ = corpus_build
    (event,) = events(g, NKG.Election)
    assert str(g.value(event, SEM.hasTimeStamp)) == "2025-12-14"
    assert (entity(g, "Jose Antonio Kast"), NKG.candidateIn, event) in g


def test_offices(corpus_build):
    _, g, _ = corpus_build
    posts = {(str(g.value(p, RDFS.label)), str(g.value(g.value(p, ORG.postIn), RDFS.label)))
             for p in g.subjects(RDF.type, ORG.Post)}
    assert ("President of Peru", "Peru") in posts
    assert ("Minister of Security of Chile", "Chile") in posts
    jeri = entity(g, "Jose Jeri")
    assert str(g.value(g.value(jeri, ORG.holds), RDFS.label)) == "President of Peru"


def test_quotes_with_speakers(corpus_build):
    _, g, _ = corpus_build
    said = {str(g.value(g.value(q, SCHEMA.creator), RDFS.label)): str(g.value(q, SCHEMA.text))
            for q in g.subjects(RDF.type, SCHEMA.Quotation)}
    assert said["Jose Jeri"].startswith("We ARE going to declare a state of emergency")
    assert said["Luis Cordero"].startswith("People cannot be used as a means")


def test_quantities(corpus_build):
    _, g, _ = corpus_build
    values = {int(g.value(q, SCHEMA.value)): q for q in g.subjects(RDF.type, SCHEMA.QuantitativeValue)}
    assert {100, 330_000, 34_000_000} <= set(values)
    assert str(g.value(values[100], NKG.qualifier)) == "at least"
    assert str(g.value(values[100], SCHEMA.unitText)) == "people"
    assert str(g.value(values[34_000_000], NKG.measures)) == "population"


def test_turtle_parsed_by_oxigraph_has_same_triples(corpus_build):
    _, g, out = corpus_build
    from rdflib import Graph

    rd = Graph().parse(out / "kg.ttl", format="turtle")
    ox = set(pyoxigraph.parse(path=str(out / "kg.ttl"), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(ox) == len(rd) > 1000  # (a triple two graphs state is written under each: count the set)
    trig = list(pyoxigraph.parse(path=str(out / "kg.trig"), format=pyoxigraph.RdfFormat.TRIG))
    assert {str(q.graph_name) for q in trig} >= {"<https://w3id.org/newskg/id/graph/peru-chile-border-emergency>"}


def test_shapes_validate(corpus_build):
    _, g, _ = corpus_build
    result = validate(g)
    assert result.conforms, result.text


def test_shapes_catch_a_broken_graph(corpus_build):
    _, g, _ = corpus_build
    from rdflib import Graph, Literal

    broken = Graph()
    for t in g.triples((None, None, None)):
        broken.add(t[:3])
    jeri = entity(g, "Jose Jeri")
    broken.add((jeri, RDFS.label, Literal("Another label")))
    event = next(iter(events(g, CAMEO["111"])))
    broken.remove((event, SEM.eventType, None))
    result = validate(broken)
    assert not result.conforms and result.violations >= 2


def test_article_node(corpus_build):
    _, g, _ = corpus_build
    (article,) = set(g.subjects(RDF.type, SCHEMA.NewsArticle))
    assert (article, RDF.type, NIF.Context) in g
    assert str(g.value(article, SCHEMA.identifier)) == "peru-chile-border-emergency"
    assert str(g.value(article, SCHEMA.datePublished)) == "2025-11-28"
    assert str(g.value(article, SCHEMA.headline)).startswith("Peru Declares State of Emergency")
    build = g.value(article, URIRef("http://www.w3.org/ns/prov#wasGeneratedBy"))
    assert build is not None and (build, RDF.type, URIRef("http://www.w3.org/ns/prov#Activity")) in g
