"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a built graph.

Design, in the order a request travels:

* **HTTP** — the standard library's ``ThreadingHTTPServer``, one thread per connection, bound to
  127.0.0.1 by default. Exactly two paths exist: ``/sparql`` (the endpoint) and ``/`` (a short JSON
  description). Every other path is 404: nothing is ever read from disk on behalf of a request, so
  there is no directory listing and no path to traverse.
* **Protocol** — queries come as ``GET /sparql?query=``, as a ``POST`` form (``query=``) or as a
  ``POST`` with an ``application/sparql-query`` body; ``default-graph-uri`` and ``named-graph-uri``
  set the dataset. Request bodies over ``max_body`` bytes (1 MiB) are refused with 413.
* **Read-only** — SPARQL Update is never executed: an ``update=`` parameter or an
  ``application/sparql-update`` body is refused with 403 without being looked at. A ``query=``
  that pyoxigraph cannot parse as a query is 403 when it parses as an update (rdflib's parser, which
  only parses) and 400 with pyoxigraph's message otherwise. ``SERVICE`` (federated query) is refused
  with 403 as well: Oxigraph would fetch the URL, and this endpoint makes no requests of its own
  (a lexical scan finds it: pyoxigraph has no syntax tree to look at).
* **Workers** — queries run in a small pool of worker processes (``python -c`` subprocesses that import
  kg.serve only, one socket pair each; POSIX), each with the store opened
  read-only (``pyoxigraph.Store.read_only``; several processes may do so at once) or, for a build
  folder without ``store/``, with ``kg.trig`` loaded into its own in-memory store. The default graph
  is the union of the named graphs (``use_default_graph_as_union``) unless the request or the query
  (``FROM``) names a dataset. pyoxigraph has no query timeout, so the request thread waits at most
  ``timeout`` seconds for the answer; past that the worker is killed and replaced, and the client
  gets 504. A runaway query therefore holds one worker for at most ``timeout`` seconds while the
  others keep answering; a request that finds every worker busy for ``timeout`` seconds gets 503.
* **Results** — the worker serialises with pyoxigraph: SELECT and ASK as SPARQL JSON, XML, CSV or
  TSV; CONSTRUCT and DESCRIBE as Turtle or N-Triples. The format is the first of: the media types
  the Accept header names (by q), the ``format`` parameter (``json``, ``xml``, ``csv``, ``tsv``,
  ``turtle``, ``ntriples`` or a media type), a wildcard in Accept; no Accept header means ``*/*``
  (JSON, or Turtle for graphs). Nothing acceptable is 406.
* **Result size** — results over ``max_rows`` rows (or triples) are **truncated** to ``max_rows``,
  and the response says so: ``X-KG-Truncated: true`` (``false`` when complete).

A worker sees the store as it was when the worker opened it: restart ``kg serve`` after a rebuild.
"""

from __future__ import annotations

import itertools
import json
import queue
import re
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection, Pipe
from pathlib import Path
from urllib.parse import parse_qs

import pyoxigraph as ox

from kg.rdf.vocab import PREFIXES

ENDPOINT = "/sparql"
DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8000
DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS, DEFAULT_WORKERS = 10.0, 10_000, 4
MAX_BODY = 1 << 20  # bytes of request body
DRAIN_LIMIT = 16 << 20  # an oversized body up to this size is read (and dropped) so the client sees the 413
KG_HOME = str(Path(__file__).resolve().parents[1])  # where workers find kg if it is not installed
STARTUP_TIMEOUT = 60.0  # seconds a worker may take to open the store
READ_ONLY = "this endpoint is read-only: SPARQL Update is not allowed"

# media type -> pyoxigraph format; the first of each table is the default
RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES}
ALIASES = {"application/json": "application/sparql-results+json", "application/turtle": "text/turtle",
           "application/x-turtle": "text/turtle"}
FORMAT_NAMES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle", "ttl": "text/turtle",
                "n3": "text/turtle", "ntriples": "application/n-triples", "n-triples": "application/n-triples",
                "nt": "application/n-triples"}
RDF_FILES = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".ttl": ox.RdfFormat.TURTLE,
             ".nt": ox.RdfFormat.N_TRIPLES}


# --- content negotiation ------------------------------------------------------------------------

def wanted(accept: str | None, formats: list[str]) -> tuple[str, ...]:
    """The media ranges a client asks for, best first: Accept's media types (by q, then order), then the
    ``format`` parameter, then Accept's wildcards. No (or an empty) Accept header counts as ``*/*``."""
    ranked = []
    for i, part in enumerate((accept or "*/*").split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, i, media.lower()))
    ranges = [media for _, _, media in sorted(ranked)]
    named = [FORMAT_NAMES.get(f.strip().lower(), f.strip().lower()) for f in formats]
    return (*[m for m in ranges if "*" not in m], *named, *[m for m in ranges if "*" in m])


def negotiate(ranges: tuple[str, ...], formats: dict) -> str | None:
    """The first media type of ``formats`` that ``ranges`` accept, or None."""
    for media in ranges:
        media = ALIASES.get(media, media)
        if media in formats:
            return media
        if media == "*/*":
            return next(iter(formats))
        match = next((m for m in formats if m.startswith(media[:-1])), None) if media.endswith("/*") else None
        if match:
            return match
    return None


# --- what a query text says, before it runs ------------------------------------------------------

# strings, IRIs and comments: whatever they hold is not a keyword. An unclosed string runs to the end of
# its line (or, for a long string, of the text): every string match succeeds, so the scan stays linear.
_OPAQUE = re.compile(r'"""(?:[^"\\]|\\.?|"(?!""))*(?:"""|\Z)' r"|'''(?:[^'\\]|\\.?|'(?!''))*(?:'''|\Z)"
                     r'|"(?:[^"\\\n\r]|\\.?)*"?' r"|'(?:[^'\\\n\r]|\\.?)*'?"
                     r'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n\r]*', re.S)
# a bare word: not a ?variable, $variable, prefix:, :local name, @language tag or part of a longer name
_WORD = re.compile(r"(?<![\w?$:@.\-])[A-Za-z]+(?![\w:.\-])")


def keywords(query: str) -> set[str]:
    """The bare words of a SPARQL text outside strings, IRIs and comments, upper-cased.

    pyoxigraph exposes no syntax tree, so this small lexical scan answers the two questions a worker
    must ask before running a query: does it use SERVICE, does it name its own dataset (FROM)? A false
    positive only refuses a query; it never runs one that should have been refused. Linear time: 1 MiB
    of text takes well under a second, in the worker, under the query timeout."""
    return {w.upper() for w in _WORD.findall(_OPAQUE.sub(" ", query))}


# --- the worker side: runs in its own process ----------------------------------------------------

@dataclass(frozen=True)
class Reply:
    """An HTTP answer: status, media type, body, and (for query results) whether it was truncated."""

    status: int
    content_type: str
    body: bytes
    truncated: bool | None = None


@dataclass(frozen=True)
class Job:
    query: str
    accept: tuple[str, ...] = ("*/*",)
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Config:
    source: Path  # an Oxigraph store folder, or an RDF file to load into memory
    max_rows: int = DEFAULT_MAX_ROWS
    prefixes: dict = field(default_factory=lambda: dict(PREFIXES))


def error(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))


def open_store(source: Path) -> ox.Store:
    """The store a worker queries: the on-disk store read-only, or an RDF file loaded into memory."""
    if source.is_dir():
        return ox.Store.read_only(str(source))
    store = ox.Store()
    store.bulk_load(path=str(source), format=RDF_FILES.get(source.suffix, ox.RdfFormat.TRIG))
    return store


def worker_main(fd: int) -> None:
    """A worker's life: read its Config from the pipe, open the store, say "ready", then answer jobs
    until the pipe closes (the server stopped, or died)."""
    conn = Connection(fd)
    config = conn.recv()
    try:
        store = open_store(config.source)
    except Exception as e:
        conn.send(error(500, f"cannot open {config.source}: {e}"))
        return
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = answer(store, job, config)
        except Exception as e:  # evaluation failed: say so, keep serving
            reply = error(500, f"query failed: {e}")
        conn.send(reply)


def answer(store: ox.Store, job: Job, config: Config) -> Reply:
    """Run one query and serialise its result in the negotiated format."""
    words = keywords(job.query)
    if "SERVICE" in words:
        return error(403, "SERVICE (federated query) is not allowed: this endpoint makes no requests of its own")
    dataset: dict = {}
    try:
        if job.default_graphs:
            dataset["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
        else:  # the union of the named graphs, unless the query says FROM
            dataset["use_default_graph_as_union"] = "FROM" not in words
        if job.named_graphs:
            dataset["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    except ValueError as e:
        return error(400, f"bad graph IRI: {e}")
    try:
        result = store.query(job.query, **dataset)
    except SyntaxError as e:
        return error(403, READ_ONLY) if is_update(job.query) else error(400, f"malformed query: {e}")
    formats = GRAPH_FORMATS if isinstance(result, ox.QueryTriples) else RESULT_FORMATS
    media = negotiate(job.accept, formats)
    if media is None:
        asked = ", ".join(job.accept) or "nothing"
        return error(406, f"cannot answer this query as {asked}; ask for one of {', '.join(formats)}")
    fmt, limit = formats[media], config.max_rows
    content_type = f"{media}; charset=utf-8" if media.startswith("text/") else media
    if isinstance(result, ox.QueryBoolean):
        return Reply(200, content_type, result.serialize(format=fmt), truncated=False)
    items = list(itertools.islice(result, limit + 1))  # one more than allowed tells us whether there are more
    truncated, items = len(items) > limit, items[:limit]
    if isinstance(result, ox.QueryTriples):
        body = ox.serialize(items, format=fmt, prefixes=config.prefixes if fmt == ox.RdfFormat.TURTLE else None)
    else:  # the rows we kept, as TSV in pyoxigraph's own term syntax, parsed back and written as asked
        variables = result.variables
        lines = ["\t".join(f"?{v.value}" for v in variables)]
        lines += ["\t".join("" if row[v] is None else str(row[v]) for v in variables) for row in items]
        kept = ox.parse_query_results("".join(line + "\n" for line in lines), ox.QueryResultsFormat.TSV)
        body = kept.serialize(format=fmt)
    return Reply(200, content_type, body, truncated=truncated)


def is_update(text: str) -> bool:
    """Whether ``text`` parses as a (non-empty) SPARQL Update. rdflib's parser only parses."""
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        return bool(parseUpdate(text).request)
    except Exception:
        return False


# --- the pool: worker processes, killed and replaced when a query overruns ------------------------

class QueryTimeout(Exception):
    pass


class _Worker:
    """A worker process and our end of its pipe.

    It is started as ``python -c`` (not by multiprocessing, whose "spawn" would re-import the caller's
    main module, the whole CLI with spaCy, in every worker, and whose "fork" would copy a threaded
    server): it imports kg.serve and pyoxigraph only. It has its own session, so Ctrl-C at the
    terminal reaches the server alone, which then stops its workers. POSIX only (``pass_fds``)."""

    LAUNCH = "import sys; sys.path.append(sys.argv[2]); from kg.serve import worker_main; worker_main(int(sys.argv[1]))"

    def __init__(self, config: Config):
        self.conn, child = Pipe()
        self.process = subprocess.Popen([sys.executable, "-c", self.LAUNCH, str(child.fileno()), KG_HOME],
                                        pass_fds=[child.fileno()], stdin=subprocess.DEVNULL, start_new_session=True)
        child.close()
        self.conn.send(config)
        self.ready = False

    def wait_ready(self) -> None:
        if self.ready:
            return
        try:
            if not self.conn.poll(STARTUP_TIMEOUT):
                raise RuntimeError(f"a query worker did not start within {STARTUP_TIMEOUT:g} s")
            message = self.conn.recv()
        except EOFError:
            raise RuntimeError("a query worker exited while starting (its error is above)") from None
        if isinstance(message, Reply):
            raise RuntimeError(message.body.decode("utf-8").strip())
        self.ready = True

    def ask(self, job: Job, timeout: float) -> Reply:
        self.wait_ready()
        self.conn.send(job)
        if not self.conn.poll(timeout):
            raise QueryTimeout
        return self.conn.recv()

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(5)
        self.conn.close()


class Pool:
    """``size`` worker processes; ``run`` lends one to a job for at most ``timeout`` seconds."""

    def __init__(self, config: Config, size: int = DEFAULT_WORKERS, timeout: float = DEFAULT_TIMEOUT):
        if size < 1 or timeout <= 0 or config.max_rows < 0:
            raise ValueError("workers must be at least 1, timeout positive and max_rows not negative")
        self.config, self.timeout = config, timeout
        self._lock = threading.Lock()
        self._closed = False
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._workers = [_Worker(config) for _ in range(size)]
        try:
            for worker in self._workers:
                worker.wait_ready()  # a store that cannot be opened fails here, not on the first query
                self._idle.put(worker)
        except BaseException:
            self.close()
            raise

    def run(self, job: Job) -> Reply:
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return error(503, f"every query worker stayed busy for {self.timeout:g} s; try again later")
        try:
            reply = worker.ask(job, self.timeout)
        except QueryTimeout:
            reply = error(504, f"query stopped: it ran longer than {self.timeout:g} s")
            worker = self._replace(worker)
        except (EOFError, OSError, RuntimeError) as e:  # the worker died (or failed to start)
            reply = error(503 if self._closed else 500, f"query worker failed: {str(e) or 'it exited'}")
            worker = self._replace(worker)
        if worker is not None:
            self._idle.put(worker)
        return reply

    def _replace(self, worker: _Worker) -> _Worker | None:
        worker.stop()
        with self._lock:
            if worker in self._workers:
                self._workers.remove(worker)
            if self._closed:
                return None
            fresh = _Worker(self.config)
            self._workers.append(fresh)
            return fresh

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self._workers = self._workers, []
        for worker in workers:
            worker.stop()


# --- HTTP -----------------------------------------------------------------------------------------

class Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def _form(text: str) -> dict[str, list[str]]:
    try:
        return parse_qs(text, keep_blank_values=True, errors="strict", max_num_fields=100)
    except ValueError as e:  # too many fields, or not UTF-8
        raise Refused(400, f"bad parameters: {e}") from None


class _Handler(BaseHTTPRequestHandler):
    server: Server
    server_version = "kg-sparql"
    timeout = 30  # seconds a client may stall while sending its request

    def do_GET(self) -> None:
        self._respond(self._get)

    def do_POST(self) -> None:
        self._respond(self._post)

    def _respond(self, handle) -> None:
        try:
            reply = handle()
        except Refused as e:
            reply = error(e.status, e.message)
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            if reply.truncated is not None:
                self.send_header("X-KG-Truncated", "true" if reply.truncated else "false")
            self.send_header("Vary", "Accept")
            self.end_headers()
            self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client left

    def _path(self) -> str:
        """The query string of a request to the endpoint; any other path is 404."""
        path, _, query_string = self.path.partition("?")
        if path != ENDPOINT:
            raise Refused(404, f"not found; the SPARQL endpoint is {ENDPOINT}")
        return query_string

    def _get(self) -> Reply:
        if self.path == "/":
            return self.server.about()
        return self._sparql(_form(self._path()))

    def _post(self) -> Reply:
        params = _form(self._path())
        body = self._body()
        kind = self.headers.get_content_type()
        if kind == "application/sparql-update":
            raise Refused(403, READ_ONLY)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise Refused(400, "the request body is not UTF-8") from None
        if kind == "application/x-www-form-urlencoded":
            for key, values in _form(text).items():
                params.setdefault(key, []).extend(values)
        elif kind == "application/sparql-query":
            params.setdefault("query", []).append(text)
        else:
            raise Refused(415, f"unsupported Content-Type {kind}: send application/x-www-form-urlencoded "
                               "or application/sparql-query")
        return self._sparql(params)

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            raise Refused(411, "send the body with a Content-Length, not chunked")
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            raise Refused(411, "a POST needs a Content-Length") from None
        if length < 0:
            raise Refused(400, "bad Content-Length")
        if length > self.server.max_body:
            if length <= DRAIN_LIMIT:  # read and drop it, so the client finishes sending and reads our answer
                while length > 0 and (chunk := self.rfile.read(min(length, 1 << 16))):
                    length -= len(chunk)
            raise Refused(413, f"request body over {self.server.max_body} bytes")
        return self.rfile.read(length)

    def _sparql(self, params: dict[str, list[str]]) -> Reply:
        if "update" in params:
            raise Refused(403, READ_ONLY)
        texts = params.get("query", [])
        if len(texts) != 1:
            raise Refused(400, "give exactly one query parameter" if texts else "no query: give ?query=SPARQL")
        text = texts[0]
        if not text.strip():
            raise Refused(400, "empty query")
        return self.server.pool.run(Job(text, wanted(self.headers.get("Accept"), params.get("format", [])),
                                        tuple(params.get("default-graph-uri", [])),
                                        tuple(params.get("named-graph-uri", []))))

    def log_message(self, format: str, *args) -> None:
        if self.server.log:
            super().log_message(format, *args)


class Server(ThreadingHTTPServer):
    """The endpoint: ``serve_forever()`` answers requests, ``shutdown()`` stops that (from another thread),
    ``server_close()`` closes the socket and stops the workers. Usable as a context manager."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], pool: Pool, *, max_body: int = MAX_BODY, log: bool = False):
        self.pool, self.max_body, self.log = pool, max_body, log
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{f'[{host}]' if ':' in host else host}:{port}{ENDPOINT}"

    def about(self) -> Reply:
        description = {
            "service": "kg SPARQL endpoint (read-only)", "endpoint": ENDPOINT,
            "graph": "/".join(self.pool.config.source.parts[-2:]),
            "timeout_seconds": self.pool.timeout, "max_rows": self.pool.config.max_rows,
            "max_body_bytes": self.max_body, "truncated_results_header": "X-KG-Truncated",
            "select_ask_formats": list(RESULT_FORMATS), "construct_describe_formats": list(GRAPH_FORMATS)}
        return Reply(200, "application/json", json.dumps(description, indent=2).encode("utf-8"))

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


def graph_source(folder: Path | str) -> Path:
    """What to serve: the build folder's Oxigraph store, else its kg.trig, else the RDF file given."""
    folder = Path(folder)
    if (folder / "store").is_dir():
        return folder / "store"
    if (folder / "kg.trig").is_file():
        return folder / "kg.trig"
    if folder.is_file() and folder.suffix in RDF_FILES:
        return folder
    raise FileNotFoundError(f"{folder}: no store/ or kg.trig here; run `kg build` first")


def serve(folder: Path | str = "build", host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
          timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS, workers: int = DEFAULT_WORKERS,
          max_body: int = MAX_BODY, log: bool = False) -> Server:
    """A SPARQL endpoint over the graph in ``folder``, bound and with its workers ready, not yet serving.

    Call ``serve_forever()`` (in a thread, say), later ``shutdown()`` and ``server_close()``.
    ``port=0`` takes any free port; ``server.url`` says which."""
    pool = Pool(Config(graph_source(folder), max_rows), size=workers, timeout=timeout)
    try:
        return Server((host, port), pool, max_body=max_body, log=log)
    except BaseException:
        pool.close()
        raise


def main(folder: Path | str = "build", host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
         timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS, workers: int = DEFAULT_WORKERS) -> None:
    """Serve until Ctrl-C, printing the endpoint's URL and logging each request to stderr."""
    server = serve(folder, host, port, timeout=timeout, max_rows=max_rows, workers=workers, log=True)
    print(f"SPARQL endpoint at {server.url} over {server.pool.config.source} "
          f"(timeout {timeout:g} s, at most {max_rows} rows; Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
