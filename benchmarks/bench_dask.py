"""Distributed builds (issue #8): the local executor against a Dask cluster with as many worker processes.

    python benchmarks/bench_dask.py                       # 300 articles, 2 rounds; writes benchmarks/DASK.md
    python benchmarks/bench_dask.py --articles 1000 --rounds 3 --out /tmp/bench-dask
    python benchmarks/bench_dask.py --quick               # 20 articles, one round; table on stdout only

The corpus is made by ``benchmarks/make_corpus.py`` (seeded, ~400 words an article) in ``OUT/corpus``.
Both executors build the same corpus into fresh folders, in the same run, on the same machine:

* ``local``: ``kg.build.build([corpus], folder, n_process=W)``, today's default: a pool of W worker
  processes is started, each loads the model, parses and extracts; the main process resolves, maps
  and stores. Timed: the call (pool start and model loads included).
* ``dask, cold``: a ``distributed.LocalCluster`` of W worker processes (one thread each, loopback)
  is started first, untimed (a cluster is a service that outlives builds); then
  ``build(..., executor="dask", scheduler=ADDRESS)`` is timed: connecting, the workers loading the
  model (the plugin kg registers), parsing and extracting on the workers, and the same main-process
  work as ``local``. The like-for-like comparison with ``local``.
* ``dask, warm``: a second build on the same cluster into another fresh folder: the workers already
  hold the model, as they would for every build after the first on a long-running cluster.

Rounds alternate the order (local first, then dask first) so that a change in the machine's load
hurts both alike; the ratio is taken over the summed times of all rounds. The load average is
noted before each run: the CPUs are shared, and any load above 0 slows every figure here.
The code measured is a copy of ``kg/`` taken at the start (put first on PYTHONPATH, which the
workers inherit), so that edits to the tree during the run cannot mix two versions.
Not a test: pytest collects ``tests/`` and ``notebooks/`` only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

from bench_build import git_revision, machine  # this folder is on the path when run as a script

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BAR = 0.8  # issue #8: the Dask run is at least 0.8x as fast as the local one
SNAPSHOT_ENV = "KG_BENCH_DASK_SNAPSHOT"


def snapshot_and_reexec(work: Path) -> None:
    """Run again with a copy of ``kg/`` first on PYTHONPATH (the Dask workers inherit it)."""
    if os.environ.get(SNAPSHOT_ENV):
        return
    dest = work / "kg-snapshot"
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(ROOT / "kg", dest / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    env = os.environ.copy()
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(dest), env.get("PYTHONPATH", "")) if p)
    env[SNAPSHOT_ENV] = git_revision()
    os.execve(sys.executable, [sys.executable, *sys.argv], env)


def timed_build(name: str, corpus: Path, dest: Path, words: int, **kwargs) -> dict:
    from kg.build import build

    load = os.getloadavg()[0]
    print(f"[bench_dask] {name}: load {load:.1f}", file=sys.stderr, flush=True)
    started = time.perf_counter()
    report = build([corpus], dest, **kwargs)
    seconds = time.perf_counter() - started
    print(f"[bench_dask] {name}: {seconds:.1f} s, {report.built} built, {len(report.problems)} problems",
          file=sys.stderr, flush=True)
    return {"name": name, "seconds": seconds, "built": report.built, "triples": report.triples,
            "problems": len(report.problems), "words": words, "load": load}


def run(args, work: Path) -> tuple[list[dict], dict]:
    import make_corpus
    from distributed import LocalCluster

    from kg.build import articles_of

    corpus = work / "corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    make_corpus.write(corpus, args.articles, seed=args.seed)
    articles = list(articles_of([corpus], []))
    words = sum(len(a.text.split()) for a in articles)
    results: list[dict] = []
    info = {"words": words, "articles": len(articles), "cluster_start": []}
    for rnd in range(1, args.rounds + 1):
        order = ("local", "dask") if rnd % 2 else ("dask", "local")
        for which in order:
            folder = work / f"round{rnd}-{which}"
            shutil.rmtree(folder, ignore_errors=True)
            if which == "local":
                results.append({**timed_build("local", corpus, folder, words, n_process=args.workers), "round": rnd})
                continue
            started = time.perf_counter()
            with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                              dashboard_address=None) as cluster:
                info["cluster_start"].append(time.perf_counter() - started)
                for temperature in ("cold", "warm"):
                    shutil.rmtree(folder / temperature, ignore_errors=True)
                    results.append({**timed_build(f"dask, {temperature}", corpus, folder / temperature, words,
                                                  executor="dask", scheduler=cluster.scheduler_address),
                                    "round": rnd})
    return results, info


def table(results: list[dict], info: dict, args, command: str, started: dt.datetime, load: tuple) -> str:
    import kg

    lines = [
        "## Distributed builds: local executor against Dask",
        "",
        f"`{command}`, {started:%Y-%m-%d %H:%M} UTC, kg {os.environ.get(SNAPSHOT_ENV) or git_revision()}"
        + (" (measured on a copy of `kg/` taken at the start)" if "kg-snapshot" in kg.__file__ else "") + ".",
        "",
        f"Machine: {machine()}; spaCy {version('spacy')}, dask {version('dask')}, distributed "
        f"{version('distributed')}. Load average (1, 5, 15 min) {load[0][0]:.2f}, {load[0][1]:.2f}, "
        f"{load[0][2]:.2f} at the start, {load[1][0]:.2f}, {load[1][1]:.2f}, {load[1][2]:.2f} at the end: "
        "other work shared the CPUs, so every figure here is pessimistic.",
        "",
        f"Corpus: `benchmarks/make_corpus.py`, seed {args.seed}: {info['articles']:,} articles, "
        f"{info['words']:,} words. {args.workers} worker processes for both executors; "
        f"Dask `LocalCluster` started in {', '.join(f'{s:.1f}' for s in info['cluster_start'])} s (not timed).",
        "",
        "| round | executor | seconds | words/s | articles built | triples | problems | load avg before |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(f"| {r['round']} | {r['name']} | {r['seconds']:,.1f} | {r['words'] / r['seconds']:,.0f} "
                     f"| {r['built']:,} | {r['triples']:,} | {r['problems']} | {r['load']:.1f} |")

    def rate(name):
        rows = [r for r in results if r["name"] == name]
        return sum(r["words"] for r in rows) / sum(r["seconds"] for r in rows) if rows else None

    local, cold, warm = rate("local"), rate("dask, cold"), rate("dask, warm")
    same = len({r["triples"] for r in results}) == 1 and not any(r["problems"] for r in results)
    lines += [
        "",
        "| check | value | bar | met |",
        "|---|---:|---:|---|",
        f"| Dask (cold) / local throughput, words/s over all rounds | {cold / local:.2f} | ≥ {BAR} "
        f"| {'**yes**' if cold / local >= BAR else '**no**'} |",
        f"| Dask (warm) / local throughput | {warm / local:.2f} | | |",
        f"| every build has the same number of triples and no problems | {'yes' if same else 'no'} | yes "
        f"| {'**yes**' if same else '**no**'} |",
        "",
        f"Throughput over all rounds: local {local:,.0f} words/s, Dask cold {cold:,.0f}, Dask warm {warm:,.0f}.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=None, help="articles in the corpus (300; --quick 20)")
    parser.add_argument("--rounds", type=int, default=None, help="rounds, alternating the order (2; --quick 1)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes for both executors (2)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=None, help="working folder (default: a temporary one)")
    parser.add_argument("--md", type=Path, default=None, help="write the table here (default: benchmarks/DASK.md, "
                        "none with --quick)")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 20 articles, one round")
    args = parser.parse_args(argv)
    args.articles = args.articles or (20 if args.quick else 300)
    args.rounds = args.rounds or (1 if args.quick else 2)
    md = args.md or (None if args.quick else HERE / "DASK.md")
    command = "python benchmarks/bench_dask.py " + " ".join(sys.argv[1:])
    work = args.out or Path(tempfile.gettempdir()) / f"kg-bench-dask-{os.getuid()}"
    work.mkdir(parents=True, exist_ok=True)
    snapshot_and_reexec(work)
    sys.path.insert(0, str(HERE))  # make_corpus
    started = dt.datetime.now(dt.UTC)
    load_start = os.getloadavg()
    results, info = run(args, work)
    text = table(results, info, args, command, started, (load_start, os.getloadavg()))
    print(text)
    if md is not None:
        md.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
