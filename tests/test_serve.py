"""kg serve: a read-only SPARQL endpoint, tested over real HTTP on 127.0.0.1 with SPARQLWrapper as the client.

Every server here listens on 127.0.0.1, port 0, runs in a daemon thread and is shut down by its fixture;
every client call has a timeout and every loop a fixed length.
"""

from __future__ import annotations

import csv
import http.client
import inspect
import io
import json
import shutil
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import quote, urlencode

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from SPARQLWrapper import CSV, JSON, N3, POST, POSTDIRECTLY, TSV, TURTLE, URLENCODED, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import EndPointNotFound, QueryBadFormed

from kg.build import build
from kg.serve import keywords, serve

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
MAX_ROWS = 1000  # the corpus graph has some 3,000 triples: enough to be truncated
RDFS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX schema: <https://schema.org/> "
PEOPLE = RDFS + "SELECT ?person ?name WHERE { ?person a schema:Person ; rdfs:label ?name } ORDER BY ?name"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
BUILDS = "https://w3id.org/newskg/id/graph/builds"
# a cross join of the whole store with itself, four times over: runs for hours
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@contextmanager
def running(folder: Path, **options):
    """A server on 127.0.0.1:<free port>, serving in a daemon thread until the block ends."""
    server = serve(folder, port=0, **options)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


@pytest.fixture(scope="module", autouse=True)
def no_proxy():
    """Loopback only: urllib must not send 127.0.0.1 to a proxy from the environment."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("no_proxy", "*")
        mp.setenv("NO_PROXY", "*")
        yield


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("serve") / "build"
    build([CORPUS], out)
    return out


@pytest.fixture(scope="module")
def server(built):
    with running(built, max_rows=MAX_ROWS) as s:  # the default host, timeout and workers
        yield s


@pytest.fixture(scope="module")
def store(built) -> ox.Store:
    """The same store, read directly, to check the endpoint's answers against."""
    return ox.Store.read_only(str(built / "store"))


def client(server, fmt=JSON, query: str = PEOPLE, method: str = "GET", request: str = URLENCODED) -> SPARQLWrapper:
    sparql = SPARQLWrapper(server.url)
    sparql.setTimeout(30)
    sparql.setReturnFormat(fmt)
    sparql.setMethod(method)
    sparql.setRequestMethod(request)
    sparql.setQuery(query)
    return sparql


def fetch(server, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
    """One raw HTTP request: (status, headers, body)."""
    host, port = server.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response, response.read()
    finally:
        connection.close()


def get(server, params: dict, accept: str | None = None):
    return fetch(server, "GET", "/sparql?" + urlencode(params), headers={"Accept": accept} if accept else None)


def count(server) -> int:
    return int(client(server, query=COUNT).query().convert()["results"]["bindings"][0]["n"]["value"])


def people(store) -> list[tuple[str, str]]:
    return [(s["person"].value, s["name"].value) for s in store.query(PEOPLE, use_default_graph_as_union=True)]


# --- binding and paths ----------------------------------------------------------------------------

def test_binds_to_loopback_by_default(server):
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
    assert server.server_address[0] == "127.0.0.1"
    assert server.url.startswith("http://127.0.0.1:") and server.url.endswith("/sparql")


@pytest.mark.parametrize("path", ["/nope", "/sparql/", "/sparqlx", "/../etc/passwd", "/sparql/../../etc/passwd",
                                  "/%2e%2e/%2e%2e/etc/passwd", "//etc/passwd", "/store/CURRENT", "/kg.trig",
                                  "/../../../../../../etc/passwd?query=ASK%7B%7D"])
def test_other_paths_are_404(server, path):
    for method, body in (("GET", None), ("POST", b"query=ASK%7B%7D")):
        status, _, text = fetch(server, method, path, body, {"Content-Type": "application/x-www-form-urlencoded"})
        assert status == 404
        assert b"root:" not in text and b"<html" not in text.lower()


def test_root_describes_the_endpoint(server):
    status, response, body = fetch(server, "GET", "/")
    assert status == 200 and response.getheader("Content-Type") == "application/json"
    about = json.loads(body)
    assert about["endpoint"] == "/sparql" and about["max_rows"] == MAX_ROWS and about["timeout_seconds"] == 10


# --- queries and formats --------------------------------------------------------------------------

@pytest.mark.parametrize("method,request_method", [("GET", URLENCODED), (POST, URLENCODED), (POST, POSTDIRECTLY)])
def test_select_json_by_get_and_both_posts(server, store, method, request_method):
    result = client(server, JSON, PEOPLE, method, request_method).query()
    assert result.info()["content-type"] == "application/sparql-results+json"
    assert result.info()["x-kg-truncated"] == "false"
    rows = result.convert()["results"]["bindings"]
    assert [(r["person"]["value"], r["name"]["value"]) for r in rows] == people(store)
    assert len(rows) == 6


def test_select_xml_csv_tsv(server, store):
    expected = people(store)
    document = client(server, XML).query().convert()
    names = [b.getElementsByTagName("literal")[0].firstChild.data
             for b in document.getElementsByTagName("binding") if b.getAttribute("name") == "name"]
    assert names == [name for _, name in expected]

    result = client(server, CSV).query()
    assert result.info()["content-type"] == "text/csv; charset=utf-8"
    table = list(csv.reader(io.StringIO(result.convert().decode("utf-8"))))
    assert table[0] == ["person", "name"] and [tuple(row) for row in table[1:]] == expected

    result = client(server, TSV).query()
    assert result.info()["content-type"] == "text/tab-separated-values; charset=utf-8"
    lines = result.convert().decode("utf-8").splitlines()
    assert lines[0] == "?person\t?name"
    assert lines[1:] == [f'<{person}>\t"{name}"' for person, name in expected]


def test_ask(server):
    assert client(server, JSON, RDFS + "ASK { ?p a schema:Person }").query().convert()["boolean"] is True
    assert client(server, JSON, "ASK { <urn:x:nothing> ?p ?o }").query().convert()["boolean"] is False
    document = client(server, XML, "ASK { ?s ?p ?o }").query().convert()
    assert document.getElementsByTagName("boolean")[0].firstChild.data == "true"


def test_construct_as_turtle_and_ntriples(server, store):
    query = RDFS + "CONSTRUCT { ?p rdfs:label ?name } WHERE { ?p a schema:Person ; rdfs:label ?name }"
    result = client(server, TURTLE, query).query()
    assert result.info()["content-type"] == "text/turtle; charset=utf-8"
    turtle = Graph().parse(data=result.convert().decode("utf-8"), format="turtle")

    sparql = client(server, N3, query)
    sparql.setOnlyConneg(True)
    sparql.addCustomHttpHeader("Accept", "application/n-triples")
    result = sparql.query()
    assert result.info()["content-type"] == "application/n-triples"
    ntriples = Graph().parse(data=result.convert().decode("utf-8"), format="nt")

    assert len(turtle) == len(people(store)) == 6
    assert isomorphic(turtle, ntriples)
    described = Graph().parse(data=client(server, TURTLE, f"DESCRIBE <{people(store)[0][0]}>").query().convert(),
                              format="turtle")
    assert len(described) > 3


def test_negotiation(server):
    status, response, body = get(server, {"query": COUNT, "format": "csv"})  # no Accept: the format parameter
    assert status == 200 and response.getheader("Content-Type").startswith("text/csv") and body.startswith(b"n\r\n")
    status, response, _ = get(server, {"query": COUNT, "format": "tsv"}, "text/html,*/*;q=0.8")  # a browser
    assert status == 200 and response.getheader("Content-Type").startswith("text/tab-separated-values")
    status, response, _ = get(server, {"query": COUNT, "format": "csv"}, "application/sparql-results+xml")
    assert status == 200 and response.getheader("Content-Type") == "application/sparql-results+xml"
    status, response, _ = get(server, {"query": COUNT}, "text/csv;q=0.5, application/json")
    assert status == 200 and response.getheader("Content-Type") == "application/sparql-results+json"
    status, response, _ = get(server, {"query": "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1"})
    assert status == 200 and response.getheader("Content-Type").startswith("text/turtle")
    for query, accept in ((COUNT, "text/turtle"), (COUNT, "application/rdf+xml"),
                          ("CONSTRUCT WHERE { ?s ?p ?o }", "application/sparql-results+json")):
        status, _, body = get(server, {"query": query}, accept)
        assert status == 406 and b"ask for one of" in body


def test_dataset_from_the_request_or_the_query(server, store):
    in_builds = len(list(store.query(f"SELECT * WHERE {{ GRAPH <{BUILDS}> {{ ?s ?p ?o }} }}")))
    sparql = client(server, JSON, COUNT)
    sparql.addDefaultGraph(BUILDS)
    assert int(sparql.query().convert()["results"]["bindings"][0]["n"]["value"]) == in_builds
    from_query = client(server, JSON, f"SELECT (COUNT(*) AS ?n) FROM <{BUILDS}> WHERE {{ ?s ?p ?o }}")
    assert int(from_query.query().convert()["results"]["bindings"][0]["n"]["value"]) == in_builds
    named = client(server, JSON, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    named.addNamedGraph(BUILDS)
    assert [r["g"]["value"] for r in named.query().convert()["results"]["bindings"]] == [BUILDS]
    status, _, body = get(server, {"query": COUNT, "default-graph-uri": "not an IRI"})
    assert status == 400 and b"bad graph IRI" in body


def test_kg_trig_without_a_store(built, tmp_path, store):
    shutil.copy(built / "kg.trig", tmp_path / "kg.trig")  # a build folder without store/
    with running(tmp_path, workers=1) as memory:
        assert count(memory) == len(list(store.query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")))
    with pytest.raises(FileNotFoundError, match="run `kg build` first"):
        serve(tmp_path / "empty", port=0)


# --- refusals -------------------------------------------------------------------------------------

UPDATES = [
    "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }",
    "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }",
    RDFS + 'DELETE DATA { <urn:x:s> rdfs:label "x" }',
    "DELETE WHERE { ?s ?p ?o }",
    RDFS + 'DELETE { ?s rdfs:label ?o } INSERT { ?s rdfs:label "gone" } WHERE { ?s rdfs:label ?o }',
    f"WITH <{BUILDS}> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}",
    "LOAD <http://127.0.0.1:9/nothing.ttl> INTO GRAPH <urn:x:g>",
    "CLEAR ALL",
    "CREATE GRAPH <urn:x:g>",
    "DROP ALL",
    f"COPY <{BUILDS}> TO <urn:x:g>",
    f"MOVE <{BUILDS}> TO <urn:x:g>",
    f"ADD <{BUILDS}> TO <urn:x:g>",
]


def test_every_update_form_is_refused_and_nothing_changes(server, store):
    before = count(server)
    for update in UPDATES:
        for request_method in (URLENCODED, POSTDIRECTLY):  # update= in a form; an application/sparql-update body
            sparql = client(server, JSON, update, POST, request_method)
            assert sparql.isSparqlUpdateRequest()
            with pytest.raises(HTTPError) as refused:
                sparql.query()
            assert refused.value.code == 403
        assert get(server, {"update": update})[0] == 403
        status, _, body = get(server, {"query": update})  # an update passed off as a query
        assert status == 403 and b"read-only" in body
        form = urlencode({"query": update}).encode()
        assert fetch(server, "POST", "/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    assert count(server) == before == len(list(store.query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")))
    assert client(server, JSON, "ASK { <urn:x:s> ?p ?o }").query().convert()["boolean"] is False


def test_service_is_refused(server):
    status, _, body = get(server, {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"})
    assert status == 403 and b"SERVICE" in body
    harmless = 'SELECT ?service WHERE { BIND("SERVICE <http://x/> {}" AS ?service) } # SERVICE'
    assert get(server, {"query": harmless})[0] == 200
    assert keywords(harmless) == {"SELECT", "WHERE", "BIND", "AS"}
    assert "FROM" not in keywords("PREFIX from: <urn:x:> SELECT ?from WHERE { ?from from:p <urn:from> }")


def test_malformed_queries_are_400_with_the_parsers_message(server):
    for request_method in (URLENCODED, POSTDIRECTLY):
        with pytest.raises(QueryBadFormed) as bad:
            client(server, JSON, "SELECT ?s WHERE { ?s ?p }", POST, request_method).query()
        assert "malformed query: error at 1:" in str(bad.value)
    assert get(server, {"query": "  "})[0] == 400
    assert fetch(server, "GET", "/sparql")[0] == 400  # no query at all
    assert fetch(server, "GET", f"/sparql?query={quote(COUNT)}&query={quote(COUNT)}")[0] == 400
    assert fetch(server, "POST", "/sparql", COUNT.encode(), {"Content-Type": "text/plain"})[0] == 415
    with pytest.raises(EndPointNotFound):
        SPARQLWrapper(server.url + "x").query()


def test_oversized_body_is_413_and_the_server_lives_on(server):
    body = b"ASK { }" + b" " * (1 << 20)  # just over 1 MiB
    for kind in ("application/sparql-query", "application/x-www-form-urlencoded"):
        status, _, text = fetch(server, "POST", "/sparql", body, {"Content-Type": kind})
        assert status == 413 and b"over 1048576 bytes" in text
    assert count(server) > 3000


# --- limits ---------------------------------------------------------------------------------------

def test_results_over_max_rows_are_truncated_and_say_so(server):
    total = count(server)
    assert total > MAX_ROWS
    result = client(server, JSON, "SELECT * WHERE { ?s ?p ?o }").query()
    assert result.info()["x-kg-truncated"] == "true"
    assert len(result.convert()["results"]["bindings"]) == MAX_ROWS
    result = client(server, CSV, "SELECT * WHERE { ?s ?p ?o }").query()
    assert result.info()["x-kg-truncated"] == "true" and len(result.convert().splitlines()) == MAX_ROWS + 1
    result = client(server, TURTLE, "CONSTRUCT WHERE { ?s ?p ?o }").query()
    assert result.info()["x-kg-truncated"] == "true"
    assert len(Graph().parse(data=result.convert(), format="turtle")) == MAX_ROWS
    result = client(server, JSON, f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {MAX_ROWS}").query()
    assert result.info()["x-kg-truncated"] == "false" and len(result.convert()["results"]["bindings"]) == MAX_ROWS


def test_a_runaway_query_is_stopped_without_blocking_anyone(built):
    with running(built, timeout=2.0, workers=2) as fast:
        outcome = {}

        def runaway():
            started = time.perf_counter()
            try:
                client(fast, JSON, SLOW).query()
            except HTTPError as e:
                outcome["status"], outcome["body"] = e.code, e.read()
            outcome["seconds"] = time.perf_counter() - started

        thread = threading.Thread(target=runaway, daemon=True)
        thread.start()
        time.sleep(0.3)  # the runaway now holds one worker
        assert count(fast) > 3000
        assert thread.is_alive()  # answered while the runaway still runs: the other worker took it
        for _ in range(4):
            assert count(fast) > 3000
        thread.join(20)
        assert not thread.is_alive()
        assert outcome["status"] == 504 and b"longer than 2 s" in outcome["body"]
        assert 2 <= outcome["seconds"] < 10
        for _ in range(4):  # the killed worker was replaced: both workers answer again
            assert count(fast) > 3000


def test_load(server, store):
    """8 clients at once, 25 queries each, mixed forms and formats: every one answered, and right."""
    threads, per_thread = 8, 25
    expected = people(store)
    answered, failures = [0] * threads, []

    def work(i: int) -> None:
        for j in range(per_thread):
            try:
                kind = (i + j) % 4
                if kind == 0:
                    rows = client(server, JSON).query().convert()["results"]["bindings"]
                    assert [(r["person"]["value"], r["name"]["value"]) for r in rows] == expected
                elif kind == 1:
                    assert client(server, JSON, RDFS + "ASK { ?p a schema:Person }", POST).query().convert()["boolean"]
                elif kind == 2:
                    assert len(client(server, CSV).query().convert().splitlines()) == len(expected) + 1
                else:
                    query = RDFS + "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a schema:Person ; rdfs:label ?n }"
                    turtle = client(server, TURTLE, query, POST, POSTDIRECTLY).query().convert()
                    assert len(Graph().parse(data=turtle, format="turtle")) == len(expected)
                answered[i] += 1
            except Exception as e:  # collected and reported below
                failures.append(f"client {i} query {j}: {e!r}")

    started = time.perf_counter()
    pool = [threading.Thread(target=work, args=(i,), daemon=True) for i in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join(60)
    seconds = time.perf_counter() - started
    print(f"\nload: {sum(answered)}/{threads * per_thread} queries answered by {threads} concurrent clients "
          f"in {seconds:.2f} s ({sum(answered) / seconds:.0f} queries/s)")
    assert not failures, failures[:5]
    assert sum(answered) == threads * per_thread
