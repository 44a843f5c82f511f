"""Namespaces, and the generator of ``kg/rdf/namespace.py`` from ``ontologies/kg.ttl``.

Run ``python -m kg.rdf.vocab`` after editing the ontology; a test checks the generated file is
current.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import OWL, RDF, Graph, Namespace
from rdflib.namespace import DCTERMS, PROV, RDFS, SKOS, XSD

NKG_IRI = "https://w3id.org/newskg/def#"
CAMEO = Namespace("https://w3id.org/newskg/cameo/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
ORG = Namespace("http://www.w3.org/ns/org#")
WD = Namespace("http://www.wikidata.org/entity/")
DEFAULT_BASE = "https://w3id.org/newskg/id/"

PREFIXES = {"nkg": NKG_IRI, "cameo": str(CAMEO), "sem": str(SEM), "schema": str(SCHEMA), "nif": str(NIF),
            "itsrdf": str(ITSRDF), "org": str(ORG), "prov": str(PROV), "skos": str(SKOS), "owl": str(OWL),
            "rdfs": str(RDFS), "xsd": str(XSD), "dct": str(DCTERMS), "wd": str(WD)}


def ontology(name: str = "kg.ttl") -> Graph:
    """One of the shipped ontologies (kg.ttl, cameo.ttl, shapes.ttl) as a Graph."""
    graph = Graph()
    graph.parse(data=resources.files("kg").joinpath("ontologies", name).read_text(encoding="utf-8"), format="turtle")
    return graph


@cache
def event_type_labels() -> dict[str, str]:
    """CAMEO codes and our event type names -> their English labels."""
    graph = ontology("cameo.ttl")
    out = {str(code): str(graph.value(concept, SKOS.prefLabel))
           for concept, code in graph.subject_objects(SKOS.notation)}
    kg = ontology()
    for concept, label in kg.subject_objects(SKOS.prefLabel):
        if str(concept).startswith(NKG_IRI):
            out[str(concept)[len(NKG_IRI):]] = str(label)
    return out


def bind(graph: Graph) -> Graph:
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True)
    return graph


def render_namespace() -> str:
    """The source of kg/rdf/namespace.py: a DefinedNamespace with every nkg: term of kg.ttl."""
    graph = ontology()
    terms = sorted({str(s)[len(NKG_IRI):] for s in graph.subjects(RDF.type, None)
                    if str(s).startswith(NKG_IRI) and len(str(s)) > len(NKG_IRI)})
    lines = ['"""The nkg: vocabulary. Generated from ontologies/kg.ttl by `python -m kg.rdf.vocab`; do not edit."""',
             "", "from rdflib import URIRef", "from rdflib.namespace import DefinedNamespace, Namespace", "", "",
             "class NKG(DefinedNamespace):", "    _fail = True", ""]
    lines += [f"    {t}: URIRef" for t in terms]
    lines += ["", f'    _NS = Namespace("{NKG_IRI}")', ""]
    return "\n".join(lines)


NAMESPACE_FILE = Path(__file__).with_name("namespace.py")

if __name__ == "__main__":
    NAMESPACE_FILE.write_text(render_namespace(), encoding="utf-8")
    print(f"wrote {NAMESPACE_FILE}")
