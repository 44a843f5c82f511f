"""The CLI is thin: its --json output equals the Python API's result."""

from __future__ import annotations

import json

import pyoxigraph
import pytest
from typer.testing import CliRunner

from kg import network, query
from kg.build import load_graph
from kg.cli import app

runner = CliRunner()


def test_build_summary_and_exit_codes(workdir, monkeypatch):
    monkeypatch.chdir(workdir)
    (workdir / "corpus" / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = runner.invoke(app, ["build", "--json"])
    assert result.exit_code == 1  # some inputs skipped
    summary = json.loads(result.stdout)
    assert summary["articles"] == 1 and summary["entities"]["Person"] == 6
    g = load_graph(workdir / "build")
    assert summary["triples"] == sum(1 for _ in g.quads((None, None, None, None))) >= len(g)  # per graph
    assert any("broken.txt: binary file" in p for p in summary["problems"])
    assert (workdir / "build" / "kg.trig").exists() and (workdir / "build" / "kg.ttl").exists()


def test_build_nothing_buildable(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["build", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"skipped: {tmp_path / 'nowhere'}: no such file or directory"


def test_query_json_equals_api(corpus_build):
    _, g, out = corpus_build
    result = runner.invoke(app, ["query", "--name", "people_offices", "--graph", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == json.loads(json.dumps(query.rows(query.run(g, "people_offices")), default=str))


def test_query_with_binding(corpus_build):
    _, _, out = corpus_build
    result = runner.invoke(app, ["query", "--name", "quotes", "--graph", str(out), "--format", "json",
                                 "--bind", "speaker=https://w3id.org/newskg/id/person/luis-cordero"])
    rows = json.loads(result.stdout)
    assert [r["name"] for r in rows] == ["Luis Cordero"]


def test_query_text_and_errors(corpus_build):
    _, _, out = corpus_build
    ok = runner.invoke(app, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://schema.org/Person> }",
                             "--graph", str(out), "--format", "csv"])
    assert ok.exit_code == 0 and ok.stdout.strip().splitlines() == ["n", "6"]
    bad = runner.invoke(app, ["query", "SELECT WHERE {", "--graph", str(out)])
    assert bad.exit_code == 2 and "query failed" in bad.stderr
    missing = runner.invoke(app, ["query", "--name", "people_offices", "--graph", str(out / "nope")])
    assert missing.exit_code == 2 and "run `kg build` first" in missing.stderr


def test_network_json_equals_api(corpus_build):
    _, g, out = corpus_build
    result = runner.invoke(app, ["network", "--graph", str(out), "--top", "5", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == network.centrality(network.actor_network(g), top=5)


def test_validate_passes_on_a_build_and_fails_on_a_broken_graph(corpus_build, tmp_path):
    _, g, out = corpus_build
    ok = runner.invoke(app, ["validate", "--graph", str(out)])
    assert ok.exit_code == 0 and "no violations" in ok.stdout
    broken = tmp_path / "broken.ttl"
    text = (out / "kg.ttl").read_text(encoding="utf-8")
    broken.write_text(text.replace("nkg:confidence 0.", "nkg:confidence 7.", 1), encoding="utf-8")
    bad = runner.invoke(app, ["validate", "--graph", str(broken)])
    assert bad.exit_code == 1 and "violations" in bad.stdout and "confidence" in bad.stdout


@pytest.mark.parametrize("fmt,parser", [("ttl", "TURTLE"), ("trig", "TRIG"), ("nq", "N_QUADS"), ("nt", "N_TRIPLES"),
                                        ("jsonld", "JSON_LD")])
def test_export_every_format_parses_with_the_same_triples(corpus_build, tmp_path, fmt, parser):
    _, g, out = corpus_build
    target = tmp_path / f"graph.{fmt}"
    result = runner.invoke(app, ["export", "--graph", str(out), "--format", fmt, "--out", str(target)])
    assert result.exit_code == 0, result.output
    parsed = list(pyoxigraph.parse(path=str(target), format=getattr(pyoxigraph.RdfFormat, parser)))
    triples = {(q.subject, q.predicate, q.object) for q in parsed}  # a union: one triple in two graphs is one
    assert len(triples) == len(g)


def test_export_to_stdout(corpus_build):
    _, g, out = corpus_build
    result = runner.invoke(app, ["export", "--graph", str(out), "--format", "nt"])
    assert result.exit_code == 0 and len(result.stdout_bytes.decode().strip().splitlines()) == len(g)
