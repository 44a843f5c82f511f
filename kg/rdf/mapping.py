"""The only code that writes triples: an article and its facts in, the article's named graph out.

What is written is the graph contract of the README: the article (schema:NewsArticle and
nif:Context), entities, mentions with offsets, events, offices, quotes, quantities, relations
and the build's provenance.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal

import pyoxigraph as ox
from oxrdflib._converter import from_ox, to_ox
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


Triple = tuple[Node, Node, Node]

_ESCAPES = str.maketrans({**{chr(c): f"\\u{c:04X}" for c in (*range(0x20), 0x7F)}, "\\": "\\\\", '"': '\\"',
                         "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"})
_UNSAFE_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def nt(term: Node) -> str:
    """A term as N-Triples (and SPARQL) write it; the same text as ``str(to_ox(term))``, made
    without building an Oxigraph term: a build writes a million of these per thousand articles."""
    if isinstance(term, URIRef):
        if _UNSAFE_IRI.search(term):
            return str(to_ox(term))  # let Oxigraph say what is wrong with it
        return f"<{term}>"
    if isinstance(term, Literal):
        text = _string(str(term))
        if term.language:
            return f"{text}@{term.language.lower()}"  # as Oxigraph keeps tags: lowercase
        if term.datatype and str(term.datatype) != _XSD_STRING:
            return f"{text}^^<{term.datatype}>"
        return text
    return str(to_ox(term))


def _string(text: str) -> str:
    """A plain string literal as N-Triples writes it: ``nt(Literal(text))``."""
    return '"' + text.translate(_ESCAPES) + '"'


def _integer(n: int) -> str:
    """An xsd:integer literal as N-Triples writes it: ``nt(Literal(n, datatype=XSD.integer))``."""
    return f'"{n}"^^{INTEGER}'


class Terms(dict):
    """Term -> its N-Triples text, each made once: a graph, or a batch of graphs, names the same
    predicates, entities and articles over and over, and a lookup costs a tenth of ``nt``."""

    def __missing__(self, term: Node) -> str:
        text = self[term] = nt(term)
        return text


# The terms written for every mention and entity, as N-Triples text, made once.
(TYPE, PHRASE, SENTENCE, BEGIN, END, ANCHOR, CONTEXT, IDENT, IN_SENTENCE, INTEGER, LABEL, ALT_LABEL, IDENTIFIER,
 NAMES) = map(nt, (RDF.type, NIF.Phrase, NIF.Sentence, NIF.beginIndex, NIF.endIndex, NIF.anchorOf,
                   NIF.referenceContext, ITSRDF.taIdentRef, NIF.sentence, XSD.integer, RDFS.label, SKOS.altLabel,
                   SCHEMA.identifier, NKG.names))
CLASS_TEXTS = {kind: tuple(map(nt, classes)) for kind, classes in CLASSES.items()}


class Triples:
    """A named graph as it is written: its IRI and its triples in order, each once, kept as
    N-Triples text (``s p o``, no final dot), which is what the store loads.

    Most of an article's triples are a mention's offsets and words: the mapping writes their text
    directly (``add_text``); rdflib terms given to ``add`` are written as ``nt`` writes them (and
    kept). Iterating gives rdflib terms (those of the text parsed back), and ``graph()`` makes the
    rdflib Graph, for whoever wants to query one article's graph in Python. A term that N-Triples
    cannot write (an invalid IRI) is kept aside: ``lines()`` raises the error ``nt`` raised for it,
    as the store's writer expects, while rdflib's memory store takes it.
    """

    def __init__(self, identifier: URIRef):
        self.identifier = identifier
        self._lines: dict[str, Triple | None] = {}  # line -> the rdflib triple, when ``add`` was given it
        self._unwritable: dict[Triple, ValueError] = {}
        self._terms = Terms()

    def add(self, triple: Triple) -> None:
        try:
            line = " ".join(map(self._terms.__getitem__, triple))
        except ValueError as e:
            self._unwritable[triple] = e
            return
        self._lines.setdefault(line, triple)

    def add_text(self, s: str, p: str, o: str) -> None:
        """Add a triple given as the N-Triples text of its three terms."""
        self._lines.setdefault(f"{s} {p} {o}", None)

    def text(self, term: Node) -> str:
        """``nt(term)``, made once per graph."""
        return self._terms[term]

    def lines(self) -> Iterable[str]:
        """The triples as N-Triples lines without their final `` .``, in order."""
        if self._unwritable:
            raise ValueError(str(next(iter(self._unwritable.values()))))
        return self._lines.keys()

    def __contains__(self, triple: Triple) -> bool:
        if triple in self._unwritable:
            return True
        try:
            return " ".join(map(nt, triple)) in self._lines
        except ValueError:
            return False  # not writable, and not among the unwritable

    def __iter__(self) -> Iterator[Triple]:
        text = "".join(f"{line} .\n" for line, triple in self._lines.items() if triple is None)
        parsed = ox.parse(text.encode(), ox.RdfFormat.N_TRIPLES)
        for triple in self._lines.values():
            if triple is None:
                t = next(parsed)
                triple = _from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)
            yield triple
        yield from self._unwritable

    def __len__(self) -> int:
        return len(self._lines) + len(self._unwritable)

    def graph(self) -> Graph:
        g = Graph(identifier=self.identifier)
        g.addN((s, p, o, g) for s, p, o in self)
        return g


def _from_ox(term) -> Node:
    """The rdflib term of an Oxigraph term; a plain string stays a plain ``Literal`` (rdflib tells
    it from the same string typed xsd:string)."""
    if isinstance(term, ox.Literal) and not term.language and term.datatype.value == _XSD_STRING:
        return Literal(term.value)
    return from_ox(term)


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
    context = g.text(a)

    def sentence_of(m: Mention) -> URIRef | None:
        i = bisect.bisect_right(starts, m.begin) - 1
        if i < 0 or not m.begin < sentences[i].end:
            return None
        s = sentences[i]
        if s.begin not in written:
            written[s.begin] = iris.mention(aid, s.begin, s.end)
            iri = g.text(written[s.begin])
            g.add_text(iri, TYPE, SENTENCE)
            _offsets(g, iri, context, s)
        return written[s.begin]

    def mention(m: Mention, of: URIRef) -> URIRef | None:
        """The mention's triples; returns its sentence."""
        iri = nt(iris.mention(aid, m.begin, m.end))
        g.add_text(iri, TYPE, PHRASE)
        _offsets(g, iri, context, m)
        g.add_text(iri, IDENT, g.text(of))
        if s := sentence_of(m):
            g.add_text(iri, IN_SENTENCE, g.text(s))
        return s

    ents: dict[str, URIRef] = {}
    for e in facts.entities:
        ents[e.key] = _entity(g, e, iris)
        for m in e.mentions:
            if s := mention(m, ents[e.key]):  # the sentence names the entity: co-mention reads it without mentions
                g.add_text(g.text(s), NAMES, g.text(ents[e.key]))

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


def _offsets(g: Triples, iri: str, context: str, m: Mention) -> None:
    """A mention's offsets, words and article, as N-Triples text (``iri`` and ``context`` are)."""
    g.add_text(iri, BEGIN, _integer(m.begin))
    g.add_text(iri, END, _integer(m.end))
    g.add_text(iri, ANCHOR, _string(m.text))
    g.add_text(iri, CONTEXT, context)


def _entity(g: Triples, e: Entity, iris: IRIs) -> URIRef:
    """The entity's types, names and links (every article names its entities again: written as text)."""
    iri = iris.entity(e)
    s = g.text(iri)
    for cls in CLASS_TEXTS[e.type]:
        g.add_text(s, TYPE, cls)
    g.add_text(s, LABEL, _string(e.label))
    for alias in e.aliases:
        g.add_text(s, ALT_LABEL, _string(alias))
    if e.wikidata:
        g.add((iri, OWL.sameAs, WD[e.wikidata]))
    if e.type == COUNTRY and e.country:
        g.add_text(s, IDENTIFIER, _string(e.country))
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
