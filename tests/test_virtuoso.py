"""Smoke test of the Virtuoso fixture (tests/virtuoso.py): the server starts on loopback with the
password from the environment, and a named graph goes in by the Graph Store Protocol, comes back,
answers a SELECT and a CONSTRUCT, and is dropped. Skipped when virtuoso-t is not installed."""

from __future__ import annotations

import rdflib
import requests
from rdflib.compare import isomorphic
from requests.auth import HTTPDigestAuth

from tests import virtuoso
from tests.virtuoso import VirtuosoServer

# The fixtures, until tests/conftest.py registers them with pytest_plugins = ["tests.virtuoso"].
virtuoso_server = virtuoso.virtuoso_server
virtuoso_clean = virtuoso.virtuoso_clean

GRAPH = "https://w3id.org/newskg/id/graph/smoke-test"
NTRIPLES = """\
<https://example.org/id/a> <http://www.w3.org/2000/01/rdf-schema#label> "Ünïcode — “quoted” 日本" .
<https://example.org/id/a> <https://example.org/def#count> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .
<https://example.org/id/a> <https://example.org/def#date> "2025-11-28"^^<http://www.w3.org/2001/XMLSchema#date> .
<https://example.org/id/a> <https://example.org/def#ratio> "1.5E0"^^<http://www.w3.org/2001/XMLSchema#double> .
<https://example.org/id/a> <https://example.org/def#name> "Pérou"@fr .
"""


def test_server_listens_on_loopback_only(virtuoso_server: VirtuosoServer):
    assert virtuoso_server.base_url.startswith("http://127.0.0.1:")
    assert virtuoso_server.select("SELECT (1 AS ?one) {}")[0]["one"]["value"] == "1"
    anonymous = requests.put(
        virtuoso_server.gsp_url,
        params={"graph": GRAPH},
        data=NTRIPLES.encode(),
        headers={"Content-Type": "application/n-triples"},
        timeout=30,
    )
    assert anonymous.status_code == 401  # digest challenge: the write endpoints need the password


def test_graph_store_round_trip(virtuoso_clean: VirtuosoServer):
    server = virtuoso_clean
    auth = HTTPDigestAuth(server.user, server.password)
    with requests.Session() as http:
        http.auth = auth
        put = http.put(
            server.gsp_url,
            params={"graph": GRAPH},
            data=NTRIPLES.encode(),
            headers={"Content-Type": "application/n-triples"},
            timeout=30,
        )
        assert put.status_code in (200, 201), put.text

        got = http.get(server.gsp_url, params={"graph": GRAPH}, headers={"Accept": "application/n-triples"}, timeout=30)
        assert got.status_code == 200
        assert got.headers["Content-Type"].startswith("application/n-triples")
        sent = rdflib.Graph().parse(data=NTRIPLES, format="nt")
        assert isomorphic(rdflib.Graph().parse(data=got.text, format="nt"), sent)

        rows = server.select(f"SELECT ?p ?o WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}")
        assert len(rows) == len(sent)
        count = next(r["o"] for r in rows if r["p"]["value"] == "https://example.org/def#count")
        assert count == {
            "type": "typed-literal",
            "datatype": "http://www.w3.org/2001/XMLSchema#integer",
            "value": "42",
        }

        construct = http.get(
            server.sparql_url,
            params={"query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"},
            headers={"Accept": "application/n-triples"},
            timeout=30,
        )
        assert construct.status_code == 200
        assert isomorphic(rdflib.Graph().parse(data=construct.text, format="nt"), sent)

        assert server.graphs() == [GRAPH]
        deleted = http.delete(server.gsp_url, params={"graph": GRAPH}, timeout=30)
        assert deleted.status_code == 200
        assert http.get(server.gsp_url, params={"graph": GRAPH}, timeout=30).status_code == 404
        assert server.graphs() == []


def test_update_replaces_a_graph_and_drop_graphs_empties_the_store(virtuoso_clean: VirtuosoServer):
    server = virtuoso_clean
    triple = '<https://example.org/id/b> <https://example.org/def#v> "{}" .'
    for value in ("old", "new"):
        server.update(f"DROP SILENT GRAPH <{GRAPH}> ; INSERT DATA {{ GRAPH <{GRAPH}> {{ {triple.format(value)} }} }}")
    rows = server.select(f"SELECT ?o WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}")
    assert [r["o"]["value"] for r in rows] == ["new"]
    assert server.drop_graphs() == [GRAPH]
    assert server.graphs() == []
