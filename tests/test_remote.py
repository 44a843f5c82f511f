"""A remote SPARQL store (issue 8): `kg build --store sparql+http://...` into a private Virtuoso
(tests/virtuoso.py), compared with a local Oxigraph build of the same articles.

Graphs are compared per named graph as sets of N-Triples lines, after one normalisation: Virtuoso
keeps typed literals by value, not by spelling (``"0.80"^^xsd:decimal`` comes back ``"0.8"``,
``"1.5E0"^^xsd:double`` as ``"1.5"``), so numbers and times are compared by their value. The graph
of builds is left out, and the IRI of the build that wrote an article is replaced by a
placeholder: both record each build's own start time. An article's source path is compared by its
file name (the builds read copies of the articles in different folders).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg import store as stores
from kg.build import build, load_graph
from kg.cli import app
from kg.rdf.iri import IRIs
from tests.virtuoso import VirtuosoServer

from .conftest import ROOT

ARTICLES = ("peru-chile-border-emergency", "portugal-health-minister-resigns", "dutch-court-fines-chemical-firm")
BUILDS, VOCABULARY = str(IRIs().builds_graph()), str(IRIs().vocabulary_graph())
BUILD_IRI = str(IRIs().build(""))
SOURCE = "http://purl.org/dc/terms/source"
runner = CliRunner()


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name in ARTICLES:
        shutil.copy(ROOT / "tests" / "gold" / f"{name}.txt", folder)
    return folder


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    """The articles built into a local Oxigraph store: the reference."""
    root = tmp_path_factory.mktemp("local")
    report = build([_corpus(root / "corpus")], root / "build", n_process=1)
    assert report.built == len(ARTICLES)
    return root


@pytest.fixture
def remote(virtuoso_server: VirtuosoServer, monkeypatch):
    """The server's query endpoint as a store URL; credentials and the update endpoint in the environment.
    Afterwards every graph is dropped but the vocabulary's, which the next build then need not rewrite."""
    monkeypatch.setenv(stores.USER_ENV, virtuoso_server.user)
    monkeypatch.setenv(stores.PASSWORD_ENV, virtuoso_server.password)
    monkeypatch.setenv(stores.UPDATE_URL_ENV, virtuoso_server.update_url)
    yield "sparql+" + virtuoso_server.sparql_url
    drop = [g for g in virtuoso_server.graphs() if g != VOCABULARY]
    if drop:
        virtuoso_server.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in drop))


def _canonical(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> str:
    if isinstance(term, ox.Literal) and term.datatype.value.startswith("http://www.w3.org/2001/XMLSchema#"):
        kind = term.datatype.value.rsplit("#", 1)[1]
        if kind in ("decimal", "double", "float"):
            return f"{Decimal(term.value).normalize()}^^{kind}"
        if kind in ("integer", "int", "long"):
            return f"{int(term.value)}^^{kind}"
        if kind == "dateTime":
            return f"{dt.datetime.fromisoformat(term.value.replace('Z', '+00:00')).isoformat()}^^{kind}"
    if isinstance(term, ox.NamedNode) and term.value.startswith(BUILD_IRI):
        return "<the build>"
    return str(term)


def graphs_of(dataset) -> dict[str, set[str]]:
    """Named graph -> its triples as canonical N-Triples lines (less the graph of builds)."""
    inner = stores.oxigraph_of(stores.in_memory(dataset))
    out: dict[str, set[str]] = {}
    for quad in inner:
        if quad.graph_name.value != BUILDS:
            obj = quad.object
            if quad.predicate.value == SOURCE:  # the path of the article's file, in another folder
                obj = ox.Literal(Path(obj.value).name)
            out.setdefault(quad.graph_name.value, set()).add(
                " ".join(_canonical(t) for t in (quad.subject, quad.predicate, obj)))
    return out


def assert_same_graphs(remote_url: str, local_folder: Path) -> None:
    got, want = graphs_of(load_graph(remote_url)), graphs_of(load_graph(local_folder))
    assert sorted(got) == sorted(want)
    for name in want:
        assert got[name] == want[name], name


def invoke(*args: str, ok: bool = True):
    result = runner.invoke(app, list(args))
    if ok:
        assert result.exit_code == 0, (result.output, result.stderr)
    assert os.environ.get(stores.PASSWORD_ENV, "\0") not in result.output + result.stderr
    return result


def test_api_build_equals_local(remote, local, tmp_path):
    report = build([local / "corpus"], tmp_path / "out", store=remote, n_process=1)
    assert (report.built, report.problems) == (len(ARTICLES), [])
    assert_same_graphs(remote, local / "build")
    want = build([local / "corpus"], local / "build")  # unchanged: its counts
    assert report.triples == want.triples and report.entities == want.entities
    # the build folder still gets the exports, equal to the local build's
    for name in ("kg.trig", "kg.ttl"):
        assert (tmp_path / "out" / name).stat().st_size > 0
    assert not (tmp_path / "out" / ".exports-pending").exists() and (tmp_path / "out" / "summary.json").exists()
    exported = ox.Dataset(ox.parse(path=str(tmp_path / "out" / "kg.trig")))
    assert len(exported) == sum(1 for q in ox.parse(path=str(local / "build" / "kg.trig")))


def test_cli_build_readers_and_incremental_rebuild(remote, local, tmp_path):
    corpus = shutil.copytree(local / "corpus", tmp_path / "corpus")
    first = invoke("build", str(corpus), "--out", str(tmp_path / "out"), "--store", remote, "-j", "1", "--json")
    assert json.loads(first.stdout)["built"] == len(ARTICLES)
    assert_same_graphs(remote, local / "build")

    # readers: the same answers from the server as from the local build (URL given as --graph or --store)
    for args in (["query", "--name", "people_offices", "--format", "json"], ["validate"],
                 ["network", "--top", "5", "--json"]):
        here = invoke(*args, "--graph", str(local / "build"))
        there = invoke(*args, "--graph", remote)
        assert there.stdout == here.stdout, args
    args = ["query", "--name", "people_offices", "--format", "json"]
    assert invoke(*args, "--store", remote).stdout == invoke(*args, "--graph", str(local / "build")).stdout
    invoke("export", "--format", "nq", "--graph", remote, "--out", str(tmp_path / "remote.nq"))
    exported = {q.graph_name.value for q in ox.parse(path=str(tmp_path / "remote.nq"), format=ox.RdfFormat.N_QUADS)}
    assert exported == {*graphs_of(load_graph(remote)), BUILDS}

    # an edited article is replaced and a deleted one removed, exactly those graphs
    edited, deleted = ARTICLES[0], ARTICLES[1]
    reference = shutil.copytree(local / "build", tmp_path / "reference")
    for folder in (corpus, tmp_path / "refcorpus"):
        if folder != corpus:
            shutil.copytree(local / "corpus", folder)
        path = folder / f"{edited}.txt"
        path.write_text(path.read_text() + "\nThe minister said on Monday that talks would continue.\n")
        (folder / f"{deleted}.txt").unlink()
    want = build([tmp_path / "refcorpus"], reference, n_process=1)
    before = graphs_of(load_graph(remote))
    again = invoke("build", str(corpus), "--out", str(tmp_path / "out"), "--store", remote, "-j", "1", "--json")
    got = json.loads(again.stdout)
    assert (got["built"], got["unchanged"], got["removed"]) == (1, len(ARTICLES) - 2, 1) == (
        want.built, want.unchanged, want.removed)
    after = graphs_of(load_graph(remote))
    iris = IRIs()
    assert str(iris.graph(deleted)) in before and str(iris.graph(deleted)) not in after
    assert after[str(iris.graph(edited))] != before[str(iris.graph(edited))]
    for name in ARTICLES[2:]:
        assert after[str(iris.graph(name))] == before[str(iris.graph(name))]
    assert_same_graphs(remote, reference)


def test_replacement_is_one_request(remote):
    """A replacement is one update: when the server refuses any part of it, the old graph stays whole."""
    from rdflib import Graph, Literal, URIRef

    dataset = load_graph(remote)
    old = Graph(identifier=URIRef(str(IRIs().graph("atomic"))))
    for i in range(600):  # more than one INSERT DATA block
        old.add((URIRef(f"https://example.org/s{i}"), URIRef("https://example.org/p"), Literal(i)))
    stores.replace_graphs(dataset, [old])
    assert dataset.store.graph_sizes().get(old.identifier) == 600
    text = stores.replace_update([old], max_block=stores.MAX_BLOCK)
    assert text.count("INSERT DATA") == 3 and text.startswith("DROP SILENT GRAPH")
    with pytest.raises(stores.StoreRefused):
        dataset.store.update_text(text.replace("INSERT DATA", "INSERT DATA {", 1) + " ; garbage")
    assert dataset.store.graph_sizes().get(old.identifier) == 600

    # readers while it is replaced again and again see the old graph or the new one, nothing between
    import threading

    new = Graph(identifier=old.identifier)
    for i in range(300):
        new.add((URIRef(f"https://example.org/t{i}"), URIRef("https://example.org/p"), Literal(i)))
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{old.identifier}> {{ ?s ?p ?o }} }}"
    reader = load_graph(remote).store
    seen: set[int] = set()
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            seen.add(int(next(iter(reader.query(count))).n))

    thread = threading.Thread(target=read)
    thread.start()
    try:
        for graph in (new, old, new, old):
            stores.replace_graphs(dataset, [graph])
    finally:
        done.set()
        thread.join()
    assert seen and seen <= {300, 600}, seen

    stores.remove_graph(dataset, old.identifier)
    assert old.identifier not in dataset.store.graph_sizes()


def test_wrong_password_is_one_line(remote, virtuoso_server, monkeypatch, tmp_path):
    monkeypatch.setenv(stores.PASSWORD_ENV, "not-the-password")
    result = invoke("build", str(tmp_path), "--out", str(tmp_path / "out"), "--store", remote, ok=False)
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and virtuoso_server.update_url in line and "refused" in line
    assert "not-the-password" not in result.output + result.stderr


def test_unreachable_server_is_one_line(tmp_path, monkeypatch):
    monkeypatch.delenv(stores.UPDATE_URL_ENV, raising=False)
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"sparql+http://127.0.0.1:{port}/sparql"
    for args in (["query", "--name", "people_offices", "--graph", url], ["validate", "--graph", url],
                 ["build", str(tmp_path), "--out", str(tmp_path / "out"), "--store", url]):
        result = invoke(*args, ok=False)
        assert result.exit_code == 2
        line = result.stderr.strip()
        assert len(line.splitlines()) == 1 and f"http://127.0.0.1:{port}/sparql" in line and "reach" in line, line


def test_credentials_are_not_taken_from_the_url(tmp_path):
    result = invoke("query", "--name", "people_offices", "--graph", "sparql+http://dba:secret@127.0.0.1:1/sparql",
                    ok=False)
    assert result.exit_code == 2 and "secret" not in result.output + result.stderr
    assert stores.USER_ENV in result.stderr


def test_basic_auth_when_the_server_asks_for_it(monkeypatch):
    """A server that challenges with HTTP basic (Fuseki, GraphDB) gets basic; the query still runs."""
    import base64
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            auth = self.headers.get("Authorization", "")
            seen.append(auth.split(" ")[0])
            if auth != "Basic " + base64.b64encode(b"kg:s3cret").decode():
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="kg"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = b'{"head": {}, "boolean": true}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"sparql+http://127.0.0.1:{server.server_address[1]}/sparql"
    monkeypatch.delenv(stores.UPDATE_URL_ENV, raising=False)
    try:
        monkeypatch.setenv(stores.USER_ENV, "kg")
        monkeypatch.setenv(stores.PASSWORD_ENV, "s3cret")
        dataset = load_graph(url)
        assert dataset.store.ask("ASK { ?s ?p ?o }")
        assert seen[:2] == ["", "Basic"] and seen[2:] == ["Basic"] * len(seen[2:])  # then sent up front
        monkeypatch.setenv(stores.PASSWORD_ENV, "wrong")
        with pytest.raises(stores.StoreError, match="refused the credentials") as refused:
            load_graph(url)
        assert "wrong" not in str(refused.value) and len(str(refused.value).splitlines()) == 1
    finally:
        server.shutdown()
        server.server_close()
