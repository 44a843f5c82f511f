"""The only code that writes triples: an article and its facts in, the article's named graph out.

What is written is the graph contract of the README: the article (schema:NewsArticle and
nif:Context), entities, mentions with offsets, events, offices, quotes, quantities, relations
and the build's provenance.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS
from rdflib.term import Node

from kg.corpus import Article
from kg.facts import CITY, COUNTRY, GROUP, ORGANIZATION, PERSON, PLACE, ArticleFacts, Entity, Mention
from kg.rdf.iri import IRIs
from kg.rdf.namespace import NKG
from kg.rdf.vocab import CAMEO, ITSRDF, NIF, ORG, SCHEMA, SEM, WD, event_type_labels, ontology

CLASSES = {
    PERSON: (SCHEMA.Person, SEM.Actor),
    ORGANIZATION: (SCHEMA.Organization, SEM.Actor),
    COUNTRY: (SCHEMA.Country, SEM.Place, SEM.Actor),
    CITY: (SCHEMA.City, SEM.Place, SEM.Actor),
    PLACE: (SCHEMA.Place, SEM.Place),
    GROUP: (NKG.Group, SEM.Actor),
}
PRECISION = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}
RELATIONS = {"nationality": SCHEMA.nationality, "headOf": ORG.headOf, "memberOf": ORG.memberOf,
             "succeeded": NKG.succeeded, "candidateIn": NKG.candidateIn, "alignment": NKG.alignment,
             "containedInPlace": SCHEMA.containedInPlace}


# The terms written for every mention, looked up once (a namespace attribute builds a new URIRef).
TYPE, PHRASE, SENTENCE, BEGIN, END, ANCHOR, CONTEXT, IDENT, IN_SENTENCE, NAMES = (
    RDF.type, NIF.Phrase, NIF.Sentence, NIF.beginIndex, NIF.endIndex, NIF.anchorOf, NIF.referenceContext,
    ITSRDF.taIdentRef, NIF.sentence, NKG.names)

Triple = tuple[Node, Node, Node]


class Triples:
    """A named graph as it is written: its IRI and its triples in order, each once.

    Building an rdflib ``Graph`` indexes every triple three ways; a build only streams the triples
    into the store, so the mapping collects them here and ``graph()`` makes the rdflib Graph for
    whoever wants to query one article's graph in Python.
    """

    def __init__(self, identifier: URIRef):
        self.identifier = identifier
        self._triples: dict[Triple, None] = {}

    def add(self, triple: Triple) -> None:
        self._triples[triple] = None

    def __contains__(self, triple: Triple) -> bool:
        return triple in self._triples

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def graph(self) -> Graph:
        g = Graph(identifier=self.identifier)
        g.addN((s, p, o, g) for s, p, o in self._triples)
        return g


def event_type(code: str) -> URIRef:
    return CAMEO[code] if code[:1].isdigit() else NKG[code]


def article_graph(article: Article, facts: ArticleFacts, iris: IRIs, build: URIRef | None = None,
                  version: str = "") -> Graph:
    """One article's named graph as an rdflib Graph whose identifier is the graph's IRI."""
    return article_triples(article, facts, iris, build, version).graph()


def article_triples(article: Article, facts: ArticleFacts, iris: IRIs, build: URIRef | None = None,
                    version: str = "") -> Triples:
    """One article's named graph: its IRI and its triples, as a build writes them to the store."""
    g = Triples(iris.graph(article.id))
    a = iris.article(article.id)
    aid = article.id

    g.add((a, RDF.type, SCHEMA.NewsArticle))
    g.add((a, RDF.type, NIF.Context))
    g.add((a, SCHEMA.identifier, Literal(aid)))
    g.add((a, NIF.isString, Literal(article.text)))
    g.add((a, NIF.beginIndex, Literal(0, datatype=XSD.integer)))
    g.add((a, NIF.endIndex, Literal(len(article.text), datatype=XSD.integer)))
    g.add((a, DCTERMS.source, Literal(article.source)))
    g.add((a, NKG.contentHash, Literal(article.digest)))
    if version:
        g.add((a, NKG.extractorVersion, Literal(version)))
    if article.headline:
        g.add((a, SCHEMA.headline, Literal(article.headline)))
    if article.published:
        g.add((a, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=XSD.date)))
    if article.dateline:
        g.add((a, NKG.dateline, Literal(article.dateline)))
    if article.url:
        g.add((a, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
    if build is not None:
        g.add((a, PROV.wasGeneratedBy, build))

    sentences = sorted(facts.sentences)
    starts = [s.begin for s in sentences]
    written: dict[int, URIRef] = {}  # sentence begin -> its IRI, once written

    def sentence_of(m: Mention) -> URIRef | None:
        i = bisect.bisect_right(starts, m.begin) - 1
        if i < 0 or not m.begin < sentences[i].end:
            return None
        s = sentences[i]
        if s.begin not in written:
            written[s.begin] = iris.mention(aid, s.begin, s.end)
            g.add((written[s.begin], TYPE, SENTENCE))
            _offsets(g, written[s.begin], a, s)
        return written[s.begin]

    def mention(m: Mention, of: URIRef) -> URIRef:
        iri = iris.mention(aid, m.begin, m.end)
        g.add((iri, TYPE, PHRASE))
        _offsets(g, iri, a, m)
        g.add((iri, IDENT, of))
        if s := sentence_of(m):
            g.add((iri, IN_SENTENCE, s))
        return iri

    ents: dict[str, URIRef] = {}
    for e in facts.entities:
        ents[e.key] = _entity(g, e, iris)
        for m in e.mentions:
            mention(m, ents[e.key])
            if s := sentence_of(m):  # the sentence names the entity: co-mention reads it without the mentions
                g.add((s, NAMES, ents[e.key]))

    names = {e.key: e.label for e in facts.entities}
    for office in facts.offices:
        person = ents[office.holder]
        label = office.label(names)
        post = iris.post(label)
        g.add((post, RDF.type, ORG.Post))
        g.add((post, RDFS.label, Literal(label, lang="en")))
        if office.organization in ents:
            g.add((post, ORG.postIn, ents[office.organization]))
        if office.former:
            g.add((person, NKG.formerlyHeld, post))
            g.add((person, SCHEMA.jobTitle, Literal(f"former {label}")))
        else:
            g.add((person, ORG.holds, post))
            g.add((person, SCHEMA.jobTitle, Literal(label)))

    events: dict[int, URIRef] = {}
    for ev in facts.events:
        e = iris.within("event", aid, ev.trigger.begin, ev.trigger.end)
        if ev.trigger.begin in events:  # "Lithuania and Latvia criticised": one event each, one trigger
            e = URIRef(f"{e}-{sum(1 for x in facts.events if x.trigger.begin == ev.trigger.begin and x is not ev)}")
            while (e, RDF.type, SEM.Event) in g:
                e = URIRef(f"{e}x")
        events.setdefault(ev.trigger.begin, e)
        g.add((e, RDF.type, SEM.Event))
        g.add((e, SEM.eventType, event_type(ev.type)))
        what = event_type_labels().get(ev.type, ev.type)
        who = " -> ".join(n for n in (names.get(ev.source or ""), names.get(ev.target or "")) if n)
        g.add((e, RDFS.label, Literal(f"{what}: {who}" if who else what, lang="en")))
        for key in ev.actors:
            g.add((e, SEM.hasActor, ents[key]))
        if ev.source:
            g.add((e, NKG.source, ents[ev.source]))
        if ev.target:
            g.add((e, NKG.target, ents[ev.target]))
        if ev.place:
            g.add((e, SEM.hasPlace, ents[ev.place]))
        if ev.when:
            g.add((e, SEM.hasTimeStamp, Literal(ev.when.value, datatype=PRECISION[ev.when.precision])))
        g.add((e, NKG.confidence, Literal(Decimal(str(ev.confidence)), datatype=XSD.decimal)))
        if ev.negated:
            g.add((e, NKG.negated, Literal(True)))
        g.add((e, PROV.wasDerivedFrom, a))
        for m in (ev.trigger, *ev.mentions):
            mention(m, e)

    for q in facts.quotes:
        iri = iris.within("quote", aid, q.mention.begin, q.mention.end)
        g.add((iri, RDF.type, SCHEMA.Quotation))
        g.add((iri, SCHEMA.text, Literal(q.text)))
        g.add((iri, SCHEMA.isPartOf, a))
        if q.speaker:
            g.add((iri, SCHEMA.creator, ents[q.speaker]))
        mention(q.mention, iri)

    for n in facts.quantities:
        iri = iris.within("quantity", aid, n.mention.begin, n.mention.end)
        g.add((iri, RDF.type, SCHEMA.QuantitativeValue))
        value = int(n.value) if float(n.value).is_integer() else Decimal(str(n.value))
        g.add((iri, SCHEMA.value, Literal(value)))
        if n.unit:
            g.add((iri, SCHEMA.unitText, Literal(n.unit)))
        if n.qualifier:
            g.add((iri, NKG.qualifier, Literal(n.qualifier)))
        if n.measures:
            g.add((iri, NKG.measures, Literal(n.measures)))
        owner = next((events[ev.trigger.begin] for ev in facts.events
                      if ev.sentence.begin <= n.mention.begin < ev.sentence.end), a)
        g.add((owner, NKG.quantity, iri))
        mention(n.mention, iri)

    for r in facts.relations:
        subject = ents.get(r.subject)
        if subject is None:
            continue
        if r.predicate == "alignment":
            obj: URIRef | Literal | None = Literal(r.object)
        elif r.object.startswith("event:"):
            obj = events.get(int(r.object[6:]))
        else:
            obj = ents.get(r.object)
        if obj is None:
            continue
        predicate = RELATIONS[r.predicate]
        g.add((subject, predicate, obj))
        statement = iris.statement(aid, subject, predicate, obj)
        g.add((statement, RDF.type, RDF.Statement))
        g.add((statement, RDF.subject, subject))
        g.add((statement, RDF.predicate, predicate))
        g.add((statement, RDF.object, obj))
        g.add((statement, PROV.wasDerivedFrom, sentence_of(r.mention) or a))
    return g


def _offsets(g: Triples, iri: URIRef, article: URIRef, m: Mention) -> None:
    g.add((iri, BEGIN, Literal(m.begin, datatype=XSD.integer)))
    g.add((iri, END, Literal(m.end, datatype=XSD.integer)))
    g.add((iri, ANCHOR, Literal(m.text)))
    g.add((iri, CONTEXT, article))


def _entity(g: Triples, e: Entity, iris: IRIs) -> URIRef:
    iri = iris.entity(e)
    for cls in CLASSES[e.type]:
        g.add((iri, RDF.type, cls))
    g.add((iri, RDFS.label, Literal(e.label)))
    for alias in e.aliases:
        g.add((iri, SKOS.altLabel, Literal(alias)))
    if e.wikidata:
        g.add((iri, OWL.sameAs, WD[e.wikidata]))
    if e.type == COUNTRY and e.country:
        g.add((iri, SCHEMA.identifier, Literal(e.country)))
    return iri


def build_graph(iris: IRIs, build: URIRef, version: str, started: dt.datetime, ended: dt.datetime,
                articles: int) -> Graph:
    """The provenance of one build (its triples go into the builds graph)."""
    g = Graph(identifier=iris.builds_graph())
    g.add((build, RDF.type, NKG.Build))
    g.add((build, RDF.type, PROV.Activity))
    g.add((build, RDFS.label, Literal(f"kg build {version} at {started.isoformat(timespec='seconds')}")))
    g.add((build, PROV.startedAtTime, Literal(started, datatype=XSD.dateTime)))
    g.add((build, PROV.endedAtTime, Literal(ended, datatype=XSD.dateTime)))
    g.add((build, SCHEMA.softwareVersion, Literal(version)))
    g.add((build, SCHEMA.size, Literal(articles)))
    return g


def vocabulary_graph(iris: IRIs) -> Graph:
    """The vocabulary and the CAMEO codes, in their own named graph, so queries can use labels
    and Goldstein values."""
    g = Graph(identifier=iris.vocabulary_graph())
    for name in ("kg.ttl", "cameo.ttl"):
        for triple in ontology(name):
            g.add(triple)
    return g
