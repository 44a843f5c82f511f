"""The `kg` command: thin Typer commands over the Python API."""

from __future__ import annotations

import json
import os
import signal
import threading
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kg import build as building
from kg import query as queries
from kg import serve as serving
from kg.corpus import ArticleError, find_files
from kg.executor import EXECUTORS, ExecutorError
from kg.network.cli import app as network_app
from kg.nlp import ModelError
from kg.store import StoreBusy, StoreError

app = typer.Typer(help="kg: a knowledge graph of who did what to whom, where and when, from news.",
                  no_args_is_help=True, add_completion=False)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

GraphOption = Annotated[Path, typer.Option("--graph", "-g", help="A build folder, a graph file or a SPARQL store "
                                           "sparql+http(s)://HOST:PORT/PATH.")]
StoreOption = Annotated[str | None, typer.Option(help="oxigraph, memory or sparql+http(s)://HOST:PORT/PATH "
                                                 "(default: what the build folder has).")]


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)


class _Terminated(KeyboardInterrupt):
    """SIGTERM during a build: it stops like Ctrl-C, closing the store and removing temporary files."""


def _terminate(signum, frame) -> None:
    if frame is not None and frame.f_code.co_name == "__del__":
        # an exception raised in a finalizer is printed and ignored, and the build would go on: send the
        # signal again once the finalizer has returned
        threading.Timer(0.05, os.kill, (os.getpid(), signum)).start()
        return
    raise _Terminated()


def _line(text: str) -> str:
    """``text`` as one line of plain text: control characters escaped, no rich markup."""
    return escape("".join(c if c.isprintable() else repr(c)[1:-1] for c in text))


@app.command()
def build(
    paths: Annotated[list[Path] | None, typer.Argument(help="Article files or folders.")] = None,
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Where to write kg.trig and kg.ttl.")] = Path("build"),
    model: Annotated[str | None, typer.Option(help="spaCy model name or path.")] = None,
    base: Annotated[str, typer.Option(help="Base IRI of the instances.")] = building.DEFAULT_BASE,
    store: Annotated[str, typer.Option(help="oxigraph (persistent, default), memory, or a shared SPARQL 1.1 store "
                                       "sparql+http(s)://HOST:PORT/PATH (credentials: KG_SPARQL_USER, "
                                       "KG_SPARQL_PASSWORD).")] = "oxigraph",
    force: Annotated[bool, typer.Option("--force", help="Re-extract every article, changed or not.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (default: the number of cores); "
                                      "ignored with --executor dask.")] = (os.cpu_count() or 1),
    executor: Annotated[str, typer.Option(help="Where the NLP runs: local (this machine, --jobs processes) or dask "
                                          "(the workers of --scheduler).")] = "local",
    scheduler: Annotated[str | None, typer.Option(
        metavar="ADDRESS", help="The Dask scheduler, tcp://HOST:PORT (or local:N, N worker processes here), "
                                "for --executor dask.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Build the knowledge graph of the articles under PATHS (default: corpus/), or bring it up to date."""
    paths = paths or [Path("corpus")]
    if executor not in EXECUTORS:
        _fail(f"--executor must be one of {', '.join(EXECUTORS)}, not {_line(executor)!r}")
    if executor == "dask" and not scheduler:
        _fail("--executor dask needs --scheduler tcp://HOST:PORT (the address `dask scheduler` prints)")
    try:
        total = sum(1 for _ in find_files(paths))
    except ArticleError:
        total = None  # the build reports the missing path
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=err, transient=True, disable=as_json)
    with progress:
        task = progress.add_task("building", total=total)
        try:
            sigterm = signal.signal(signal.SIGTERM, _terminate)
        except ValueError:  # not the main thread: leave SIGTERM alone
            sigterm = False
        try:
            report = building.build(paths, out_dir, model=model, base=base, store=store, force=force, n_process=jobs,
                                    progress=lambda a: progress.update(task, advance=1, description=_line(a.id[:30])),
                                    executor=executor, scheduler=scheduler)
        except (ModelError, ValueError, StoreBusy, StoreError, ExecutorError) as e:
            _fail(_line(str(e)))
        except KeyboardInterrupt as e:  # Ctrl-C or SIGTERM: one line, no traceback
            what, code = ("terminated", 143) if isinstance(e, _Terminated) else ("interrupted", 130)
            _fail(f"{what}: {_line(str(out_dir))}/kg.trig and kg.ttl still hold the last finished build; "
                  "run `kg build` again to finish", code)
        finally:
            if sigterm is not False:
                signal.signal(signal.SIGTERM, signal.SIG_DFL if sigterm is None else sigterm)
    for problem in report.problems:
        err.print(f"[yellow]skipped:[/yellow] {_line(problem)}", highlight=False)
    if as_json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        out.print(f"[bold]{report.articles}[/bold] articles -> {_line(str(out_dir))}/kg.trig, "
                  f"{_line(str(out_dir))}/kg.ttl")
        if report.built == 0:
            out.print(f"nothing changed: no NLP run ({report.unchanged} unchanged, {report.removed} removed)")
        else:
            out.print(f"built {report.built}, unchanged {report.unchanged}, removed {report.removed}")
        out.print("entities: " + (", ".join(f"{k} {v}" for k, v in sorted(report.entities.items())) or "none"))
        out.print(f"events: {report.events}   quotes: {report.quotes}   quantities: {report.quantities}")
        out.print(f"triples: {report.triples}   seconds: {report.seconds:.1f}")
    if report.articles == 0:
        raise typer.Exit(2 if report.problems else 1)
    if report.problems:
        raise typer.Exit(1)


@app.command()
def query(
    sparql: Annotated[str | None, typer.Argument(help="SPARQL text, a .rq file, or a named query.")] = None,
    graph: GraphOption = Path("build"),
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    name: Annotated[str | None, typer.Option("--name", "-n", help="A named query.")] = None,
    bind: Annotated[list[str] | None, typer.Option(help="VAR=IRI or VAR=literal, for the query's bindings.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the named queries.")] = False,
    store: StoreOption = None,
) -> None:
    """Run a SPARQL query against the graph."""
    if list_:
        for n in queries.names():
            out.print(f"[bold]{n}[/bold]: {queries.describe(n)}", highlight=False)
        return
    text = name or sparql
    if not text:
        _fail("give a query, a .rq file or --name NAME")
    if fmt not in ("table", "csv", "json"):
        _fail(f"unknown format {fmt!r}: use table, csv or json")
    try:
        g = building.load_graph(graph, store)
        result = queries.run(g, text, _bindings(bind or []))
    except (FileNotFoundError, KeyError, ValueError, StoreError) as e:
        _fail(str(e).strip("'\""))
    except Exception as e:  # a malformed query: say what the parser said
        _fail(f"query failed: {e}")
    print(queries.render(queries.rows(result), fmt))


def _bindings(pairs: list[str]) -> dict:
    from rdflib import Literal, URIRef

    out_: dict = {}
    for pair in pairs:
        var, sep, val = pair.partition("=")
        if not sep:
            _fail(f"--bind takes VAR=VALUE, not {pair!r}")
        out_[var.lstrip("?")] = URIRef(val) if val.startswith(("http://", "https://", "urn:")) else Literal(val)
    return out_


app.add_typer(network_app, name="network")


@app.command()
def validate(graph: GraphOption = Path("build"), store: StoreOption = None,
             full: Annotated[bool, typer.Option("--full", help="Print pyshacl's whole report.")] = False) -> None:
    """Validate the graph against the SHACL shapes; exit 1 when it has violations."""
    from kg.rdf.validate import validate as run_validation
    from kg.store import in_memory

    try:  # a remote store's graphs are validated in memory: pyshacl reads every triple
        result = run_validation(in_memory(building.load_graph(graph, store)))
    except (FileNotFoundError, StoreError) as e:
        _fail(str(e))
    print(result.text if full else "\n".join(result.lines()))
    if not result.conforms:
        raise typer.Exit(1)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="ttl, trig, nq, nt or jsonld.")] = "ttl",
    out_file: Annotated[Path | None, typer.Option("--out", "-o", help="File to write (default: stdout).")] = None,
    graph: GraphOption = Path("build"),
    store: StoreOption = None,
) -> None:
    """Export the graph; streamed from the store, written atomically to --out."""
    import sys

    from kg import store as stores

    try:
        g = building.load_graph(graph, store)
        if out_file is not None:
            building.export(g, out_file, fmt)
        else:
            stores.export(g, sys.stdout.buffer, fmt)
    except (FileNotFoundError, ValueError, StoreError) as e:
        _fail(str(e))


@app.command()
def serve(
    graph: GraphOption = Path("build"),
    host: Annotated[str, typer.Option(help="Address to listen on; the default answers this machine only.")] = (
        serving.DEFAULT_HOST),
    port: Annotated[int, typer.Option(help="Port to listen on; 0 takes any free port.")] = serving.DEFAULT_PORT,
    timeout: Annotated[float, typer.Option(help="Seconds a query may run before it is stopped (504).")] = (
        serving.DEFAULT_TIMEOUT),
    max_rows: Annotated[int, typer.Option(help="Rows (or triples) per answer; beyond, answers are truncated "
                                               "and say so in X-KG-Truncated.")] = serving.DEFAULT_MAX_ROWS,
    workers: Annotated[int, typer.Option(help="Query worker processes.")] = serving.DEFAULT_WORKERS,
) -> None:
    """Serve the graph as a read-only SPARQL endpoint at http://HOST:PORT/sparql."""
    try:
        serving.main(graph, host, port, timeout=timeout, max_rows=max_rows, workers=workers)
    except (OSError, RuntimeError, ValueError) as e:  # no graph, port in use, store unreadable
        _fail(str(e))


@app.command("eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="A folder of articles with NAME.gold.json beside each.")],
    model: Annotated[str | None, typer.Option(help="spaCy model name or path.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    brief: Annotated[bool, typer.Option("--brief", help="Leave out the list of misses and false positives.")] = False,
) -> None:
    """Score the extractor against gold annotations: precision, recall and F1 per kind of fact."""
    from kg import eval as scoring

    if not scoring.gold_files(gold_dir):
        _fail(f"{gold_dir}: no *.gold.json files")
    try:
        result = scoring.evaluate(gold_dir, model=model)
    except ModelError as e:
        _fail(str(e))
    if as_json:
        print(json.dumps(result.as_dict(), indent=2))
    else:
        for line in scoring.report(result, details=not brief):
            print(line)


if __name__ == "__main__":
    app()
