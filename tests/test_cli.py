"""The CLI is thin: its --json output equals the Python API's result."""

from __future__ import annotations

import json

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
    assert summary["triples"] == len(load_graph(workdir / "build"))
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
