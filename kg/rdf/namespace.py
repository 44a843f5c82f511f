"""The nkg: vocabulary. Generated from ontologies/kg.ttl by `python -m kg.rdf.vocab`; do not edit."""

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class NKG(DefinedNamespace):
    _fail = True

    Appointment: URIRef
    BorderCrossing: URIRef
    Build: URIRef
    Candidacy: URIRef
    CourtRuling: URIRef
    Disaster: URIRef
    Election: URIRef
    EventType: URIRef
    EventTypes: URIRef
    Group: URIRef
    Impeachment: URIRef
    Migration: URIRef
    Resignation: URIRef
    Succession: URIRef
    alignment: URIRef
    candidateIn: URIRef
    confidence: URIRef
    contentHash: URIRef
    dateline: URIRef
    extractorVersion: URIRef
    formerlyHeld: URIRef
    goldstein: URIRef
    measures: URIRef
    names: URIRef
    negated: URIRef
    quadClass: URIRef
    qualifier: URIRef
    quantity: URIRef
    source: URIRef
    succeeded: URIRef
    target: URIRef

    _NS = Namespace("https://w3id.org/newskg/def#")
