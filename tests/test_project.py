"""The project's promises about itself: generated files current, vocabulary declared, CI honest."""

from __future__ import annotations

import re

from rdflib import RDF, RDFS, Graph
from rdflib.namespace import OWL

from kg.rdf.vocab import NAMESPACE_FILE, NKG_IRI, ontology, render_namespace

from .conftest import ROOT


def test_generated_namespace_is_current():
    assert NAMESPACE_FILE.read_text(encoding="utf-8") == render_namespace()


def test_every_nkg_term_written_is_declared(corpus_build):
    _, g, _ = corpus_build
    declared = {s for s in ontology().subjects(RDF.type, None) if str(s).startswith(NKG_IRI)}
    used = set()
    for s, p, o in g.triples((None, None, None)):
        for term in (s, p, o):
            if str(term).startswith(NKG_IRI):
                used.add(term)
    assert used and used <= declared, used - declared


def test_every_property_declares_label_comment_and_range():
    kg = ontology()
    for prop in set(kg.subjects(RDF.type, OWL.ObjectProperty)) | set(kg.subjects(RDF.type, OWL.DatatypeProperty)):
        assert kg.value(prop, RDFS.label) and kg.value(prop, RDFS.comment) and kg.value(prop, RDFS.range), prop


def test_cameo_codes_complete():
    cameo = ontology("cameo.ttl")
    from rdflib.namespace import SKOS

    codes = {str(c) for c in cameo.objects(None, SKOS.notation)}
    assert {f"{i:02d}" for i in range(1, 21)} <= codes
    assert {"010", "111", "130", "154", "173", "174", "1724", "1324"} <= codes
    assert len(codes) > 300


def test_trigger_lexicon_codes_exist_and_cover_all_roots():
    from rdflib.namespace import SKOS

    from kg.lexicon import triggers

    codes = {str(c) for c in ontology("cameo.ttl").objects(None, SKOS.notation)}
    ours = {str(s)[len(NKG_IRI):] for s in ontology().subjects(SKOS.inScheme, None)}
    used = set()
    for code, future in triggers().values():
        assert code in codes or code in ours or code == "-" and future is not None, code  # "-": only when promised
        assert future is None or future in codes, future
        used.add(code)
    cameo_used = {c for c in used if c[:1].isdigit()}
    assert len(cameo_used) >= 80
    assert {c[:2] for c in cameo_used} == {f"{i:02d}" for i in range(1, 21)}


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)\n```", readme, re.DOTALL)
    assert len(blocks) == 2, "the Quick start holds exactly two commands"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "grep -m1 -E '^python3 -m venv \\.venv && .*pytest' README.md" in ci
    assert re.match(r"^python3 -m venv \.venv && .*pytest", blocks[1])


def test_no_turtle_file_is_broken():
    for path in (ROOT / "ontologies").glob("*.ttl"):
        assert len(Graph().parse(path)) > 10
