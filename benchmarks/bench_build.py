"""Build throughput: `kg.build.build` end to end against spaCy's own `nlp.pipe`, on the same texts, in one run.

    python benchmarks/bench_build.py                    # 2,000 articles (+ 200 for memory); writes benchmarks/BUILD.md
    python benchmarks/bench_build.py --articles 500 --out /tmp/bench
    python benchmarks/bench_build.py --quick            # 30 articles, a smoke run; table on stdout only

The corpus is made by ``benchmarks/make_corpus.py`` (seeded, ~400 words an article) in ``OUT/corpus``.
Every configuration runs in a fresh Python process, so peaks of resident memory do not mix; the
parent process samples the child's process tree (the child and any workers it forks) for the
proportional set size (PSS: shared pages split between the processes that share them) every second,
and the child reports its own peak RSS (``getrusage(RUSAGE_SELF).ru_maxrss``). Configurations:

* ``spacy-N``: the baseline. ``kg.nlp.load()`` (the same model and components the build uses), then
  ``nlp.pipe`` over the article texts as kg reads them, with kg's batch size, ``n_process=N``.
  Timed: the pipe only (the texts are read and the model loaded before the clock starts).
* ``build-N``: ``kg.build.build([corpus], fresh_folder, n_process=N)`` end to end: reading, model
  load, NLP, extraction, mapping, the Oxigraph store, the exports ``kg.trig``/``kg.ttl`` and the
  summary. Timed: the call. The worker processes seen in the tree are reported, so a build that
  ignores ``n_process`` shows up as 0 workers.
* ``rebuild``: ``build`` again into ``build-1``'s folder, the corpus unchanged.
* ``build-1 (small)``: the first 200 articles (``--small``), for peak memory against 2,000.
* ``stages``: the build's data flow (mirroring ``kg/build.py``) with a clock around each stage,
  one process: read all articles; load the model; parse (time spent inside ``kg.nlp.parse``'s
  generator); extract; resolve people; map (``article_triples``); store (``replace_graphs`` on the
  build's batches, here on the same thread so its time is its own, and the vocabulary and build
  graphs); export (the build's streamed exports: the time inside ``Exports.append`` for each batch,
  and closing them); summary (triple count and the summary query). Memory checkpoints along the way.

Words are whitespace-separated words of the article texts (headline and dateline included).
Not a test: pytest collects ``tests/`` and ``notebooks/`` only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BATCH_SIZE = 64  # kg.nlp.parse's default, which kg.build uses

CONFIGS = ("spacy-1", "spacy-2", "build-1", "rebuild", "build-2", "small", "stages")
BARS = {"e2e": 0.85, "scaling": 1.6, "memory": 1.3, "rebuild": 0.05}


# ------------------------------------------------------------------------------------------------
# The child side: one configuration, one process, one JSON line on stdout.


def _rss_self_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_children_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _cpu() -> float:
    """CPU seconds (user + sys) of this process and of its child processes waited for so far."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _read(corpus: Path):
    from kg.build import articles_of

    problems: list[str] = []
    articles = list(articles_of([corpus], problems))
    return articles, problems


def child_spacy(corpus: Path, n_process: int) -> dict:
    from kg.nlp import load

    articles, _ = _read(corpus)
    texts = [a.text for a in articles]
    nlp = load()
    tokens = 0
    started, cpu = time.perf_counter(), _cpu()
    for doc in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=n_process):
        tokens += len(doc)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "cpu": _cpu() - cpu, "articles": len(texts),
            "words": sum(len(t.split()) for t in texts), "tokens": tokens,
            "pipeline": nlp.pipe_names, "model": f"{nlp.meta['name']} {nlp.meta['version']}"}


def child_build(corpus: Path, dest: Path, n_process: int) -> dict:
    from kg.build import build

    articles, _ = _read(corpus)  # for the word count only; not timed
    words = sum(len(a.text.split()) for a in articles)
    started, cpu = time.perf_counter(), _cpu()
    report = build([corpus], dest, n_process=n_process)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "cpu": _cpu() - cpu, "articles": report.articles, "built": report.built,
            "unchanged": report.unchanged,
            "words": words, "triples": report.triples, "problems": len(report.problems)}


def child_stages(corpus: Path, dest: Path) -> dict:
    """kg/build.py's data flow, one stage at a time, with a clock around each (n_process=1)."""
    import datetime as dt
    from importlib.metadata import version as package_version

    from kg import query as queries
    from kg import store as stores
    from kg.build import ExportFiles, Writer
    from kg.extract import EXTRACTOR_VERSION, extract
    from kg.nlp import load, parse
    from kg.rdf.iri import IRIs
    from kg.rdf.mapping import article_triples, build_graph, vocabulary_graph
    from kg.rdf.vocab import DEFAULT_BASE
    from kg.resolve import People

    t: dict[str, float] = dict.fromkeys(
        ("read", "model load", "parse (spaCy, kg.nlp.parse)", "extract", "resolve people", "map (article_triples)",
         "store (Oxigraph)", "export (kg.trig, kg.ttl)", "summary (count, summary query)"), 0.0)
    clock = time.perf_counter
    total = clock()
    started = dt.datetime.now(dt.UTC)
    memory: list[tuple[str, float, float]] = []  # (checkpoint, RSS now, peak RSS so far), MB

    def checkpoint(name: str) -> None:
        memory.append((name, _pss_kb(os.getpid()) / 1024, _rss_self_mb()))

    checkpoint("start (imports done)")
    c = clock()
    articles, _ = _read(corpus)
    t["read"] += clock() - c
    checkpoint("articles read")

    c = clock()
    iris = IRIs(DEFAULT_BASE)
    dataset = stores.open_dataset(dest, stores.OXIGRAPH)
    stores.article_states(dataset)
    people = People()
    t["store (Oxigraph)"] += clock() - c
    streamed = ExportFiles(dest, stores.prefixes(dataset))  # a first build: exports written batch by batch
    append = streamed.exports.append

    def timed_append(*args) -> None:
        c = clock()
        append(*args)
        t["export (kg.trig, kg.ttl)"] += clock() - c

    streamed.exports.append = timed_append

    c = clock()
    nlp = load()
    t["model load"] += clock() - c
    checkpoint("model loaded")

    build_iri = iris.build(started.strftime("%Y%m%dT%H%M%S%fZ"))
    parsed = parse(nlp, articles)
    triples_mapped = done = 0
    batch: list = []
    marks = {len(articles) // 10: "10% of articles stored", len(articles) // 2: "50% of articles stored"}
    while True:
        c = clock()
        item = next(parsed, None)
        t["parse (spaCy, kg.nlp.parse)"] += clock() - c
        if item is None:
            break
        article, doc = item
        c = clock()
        facts = extract(article, doc)
        t["extract"] += clock() - c
        c = clock()
        facts = people.resolve(facts)
        t["resolve people"] += clock() - c
        c = clock()
        graph = article_triples(article, facts, iris, build_iri, EXTRACTOR_VERSION)
        t["map (article_triples)"] += clock() - c
        triples_mapped += len(graph)
        batch.append(graph)
        done += 1
        if len(batch) >= Writer.ARTICLES or done == len(articles):  # the build's batches, written here in line
            c, exported = clock(), t["export (kg.trig, kg.ttl)"]
            stores.replace_graphs(dataset, batch, streamed.exports)
            t["store (Oxigraph)"] += clock() - c - (t["export (kg.trig, kg.ttl)"] - exported)  # not the export's
            batch = []
        if done in marks:
            checkpoint(marks[done])
    checkpoint("all articles stored")

    c = clock()
    stores.replace_graph(dataset, vocabulary_graph(iris))
    stores.add_to_graph(dataset, build_graph(iris, build_iri, package_version("kg"), started,
                                             dt.datetime.now(dt.UTC), len(articles)))
    t["store (Oxigraph)"] += clock() - c
    c = clock()
    streamed.close(dataset, (iris.vocabulary_graph(), iris.builds_graph()))
    t["export (kg.trig, kg.ttl)"] += clock() - c
    checkpoint("exports written")
    c = clock()
    triples = stores.statements(dataset)  # as kg/build.py counts them
    list(dataset.query(queries.text("summary")))
    t["summary (count, summary query)"] += clock() - c
    checkpoint("summary done")
    stores.close(dataset)
    seconds = clock() - total
    return {"seconds": seconds, "stages": t, "memory": memory, "articles": len(articles), "triples": triples,
            "words": sum(len(a.text.split()) for a in articles)}


def child_main(args) -> int:
    corpus, dest = Path(args.corpus), Path(args.dest) if args.dest else None
    if args.child == "spacy":
        result = child_spacy(corpus, args.n_process)
    elif args.child == "build":
        result = child_build(corpus, dest, args.n_process)
    elif args.child == "stages":
        result = child_stages(corpus, dest)
    else:
        raise SystemExit(f"unknown child {args.child!r}")
    import kg

    result["kg"] = str(Path(kg.__file__).parent)
    result["rss_self_mb"] = _rss_self_mb()
    result["rss_children_mb"] = _rss_children_mb()
    print("RESULT " + json.dumps(result), flush=True)
    return 0


# ------------------------------------------------------------------------------------------------
# The parent side: run each configuration in a fresh process, sample its memory, make the tables.


def _pss_kb(pid: int) -> int:
    """A process's proportional set size (kB), from /proc/PID/smaps_rollup (cheap), else its RSS."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except OSError:
        return 0


def _tree_pss_mb(proc) -> tuple[float, int]:
    """PSS of a process and its descendants (MB), and how many descendants there are."""
    import psutil

    try:
        kids = proc.children(recursive=True)
    except psutil.Error:
        kids = []
    return sum(_pss_kb(p.pid) for p in [proc, *kids]) / 1024, len(kids)


def run_child(name: str, argv: list[str], timeout: float, log, env: dict[str, str] | None = None) -> dict:
    """Run one configuration in a fresh process; its result, with the sampled peaks and wall time."""
    import psutil

    cmd = [sys.executable, str(Path(__file__).resolve()), *argv]
    print(f"[bench_build] {name}: {' '.join(argv)}", file=sys.stderr, flush=True)
    started = time.perf_counter()
    out_file = tempfile.TemporaryFile(mode="w+")
    proc = subprocess.Popen(cmd, stdout=out_file, stderr=log, cwd=ROOT, start_new_session=True, env=env)
    ps = psutil.Process(proc.pid)
    peak_pss, max_workers, timed_out = 0.0, 0, False
    try:
        while proc.poll() is None:
            pss, kids = _tree_pss_mb(ps)
            peak_pss, max_workers = max(peak_pss, pss), max(max_workers, kids)
            if time.perf_counter() - started > timeout:
                timed_out = True
                break
            time.sleep(1.0)
    finally:
        if proc.poll() is None:  # timed out, or this process is being stopped: the child and its workers go too
            os.killpg(proc.pid, 9)  # its own session, so one signal reaches the workers it forked
            proc.wait()
    wall = time.perf_counter() - started
    out_file.seek(0)
    lines = [line for line in out_file.read().splitlines() if line.startswith("RESULT ")]
    result = json.loads(lines[-1][7:]) if lines else {}
    if timed_out:
        result["error"] = f"timed out after {timeout:.0f} s"
    elif proc.returncode != 0 or not lines:
        result["error"] = f"exit code {proc.returncode} (see the log)"
    result.update(name=name, wall=wall, peak_pss_mb=peak_pss, workers=max_workers)
    msg = result.get("error") or f"{result.get('seconds', 0):.1f} s"
    print(f"[bench_build] {name}: {msg}, peak PSS {peak_pss:.0f} MB, {max_workers} child processes",
          file=sys.stderr, flush=True)
    return result


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 2**20:.1f} GiB RAM"
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cores} CPUs (nproc) {cpu}, {ram}, Linux {platform.release()}, Python {platform.python_version()}"


def snapshot_kg(work: Path) -> Path:
    """A copy of the working tree's ``kg/`` package in ``work/kg-snapshot/``, to put first on the path:
    every configuration then measures the same code, even while ``kg/`` is being edited."""
    dest = work / "kg-snapshot"
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(ROOT / "kg", dest / "kg", symlinks=False, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def with_path(path: Path | None) -> dict[str, str]:
    """The environment for a child process, with ``path`` first on PYTHONPATH."""
    env = os.environ.copy()
    if path is not None:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(path), env.get("PYTHONPATH", "")) if p)
    return env


def git_revision() -> str:
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "kg"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        return rev + (" with uncommitted changes in kg/" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _f(x, fmt="{:,.1f}", missing="–"):
    return missing if x is None else fmt.format(x)


def _met(ok: bool | None) -> str:
    return "n/a" if ok is None else ("**yes**" if ok else "**no**")


def report(results: dict[str, dict], args, command: str, load: tuple[float, float], started: dt.datetime) -> str:
    def rate(r, key):
        if r.get("error") or not r.get("seconds"):
            return None
        return r.get(key, 0) / r["seconds"] if r.get(key) is not None else None

    lines = [
        "## Build throughput",
        "",
        f"`{command}`, {started:%Y-%m-%d %H:%M} UTC, kg {args.revision}"
        + (", measured on a copy of `kg/` taken at the start of the run (others were editing it)."
           if any("kg-snapshot" in r.get("kg", "") for r in results.values()) else "."),
        "",
        f"Machine: {machine()}. spaCy {version('spacy')}, model "
        f"{results.get('spacy-1', {}).get('model', '?')} with pipes "
        f"{', '.join(results.get('spacy-1', {}).get('pipeline', []) or ['?'])}; pyoxigraph {version('pyoxigraph')}, "
        f"rdflib {version('rdflib')}. Load average {load[0]:.1f} at the start, {load[1]:.1f} at the end "
        "(above 0 means other work shared the CPUs and every number here is somewhat pessimistic).",
        "",
        f"Corpus: `benchmarks/make_corpus.py`, seed {args.seed}: {args.articles:,} articles, "
        f"{results.get('build-1', results.get('spacy-1', {})).get('words', 0):,} words "
        f"(and its first {args.small:,} for the memory comparison). Each configuration ran in a fresh process.",
        "",
        "| configuration | articles | words | seconds | CPU seconds | words/s | articles/s | triples | triples/s "
        "| peak RSS, main process (MB) | peak PSS, all processes (MB) | worker processes |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    labels = {
        "spacy-1": "spaCy `nlp.pipe`, n_process=1 (baseline)",
        "spacy-2": "spaCy `nlp.pipe`, n_process=2 (baseline)",
        "build-1": "`kg.build.build`, n_process=1",
        "build-2": "`kg.build.build`, n_process=2",
        "rebuild": "`kg.build.build` again, corpus unchanged",
        "small": f"`kg.build.build`, n_process=1, first {args.small:,} articles",
        "stages": "stage-by-stage run (below), n_process=1",
    }
    for key, label in labels.items():
        r = results.get(key)
        if r is None:
            continue
        if r.get("error"):
            lines.append(f"| {label} | | | {r['error']} | | | | | | | {_f(r.get('peak_pss_mb'), '{:,.0f}')} | |")
            continue
        lines.append(
            f"| {label} | {r.get('articles', 0):,} | {r.get('words', 0):,} | {r['seconds']:,.1f} "
            f"| {_f(r.get('cpu'))} | {_f(rate(r, 'words'), '{:,.0f}')} | {_f(rate(r, 'articles'), '{:,.1f}')} "
            f"| {_f(r.get('triples'), '{:,}')} | {_f(rate(r, 'triples'), '{:,.0f}')} "
            f"| {r['rss_self_mb']:,.0f} | {r['peak_pss_mb']:,.0f} | {r['workers']} |")
    lines += ["", "Seconds: the timed call in the child (the spaCy rows: the pipe only, texts read and model loaded "
              "before; the build rows: the whole `build()` call, model load included); CPU seconds: user + system "
              "time of the child and its worker processes during that call. Process wall times "
              "(interpreter start and imports included): "
              + ", ".join(f"{k} {r['wall']:.1f} s" for k, r in results.items()) + ".", ""]

    def ratio(a, b):
        return a / b if a is not None and b else None

    w = {k: rate(r, "words") for k, r in results.items()}
    e2e1, e2e2 = ratio(w.get("build-1"), w.get("spacy-1")), ratio(w.get("build-2"), w.get("spacy-2"))
    scale, spacy_scale = ratio(w.get("build-2"), w.get("build-1")), ratio(w.get("spacy-2"), w.get("spacy-1"))
    b1, sm, rb = results.get("build-1", {}), results.get("small", {}), results.get("rebuild", {})
    mem = ratio(b1.get("rss_self_mb") if not b1.get("error") else None,
                sm.get("rss_self_mb") if not sm.get("error") else None)
    mem_pss = ratio(b1.get("peak_pss_mb") if not b1.get("error") else None,
                    sm.get("peak_pss_mb") if not sm.get("error") else None)
    ok_rb, ok_b1 = not rb.get("error"), not b1.get("error")
    second = ratio(rb.get("seconds") if ok_rb else None, b1.get("seconds") if ok_b1 else None)
    second_wall = ratio(rb.get("wall") if ok_rb else None, b1.get("wall") if ok_b1 else None)
    workers2 = results.get("build-2", {}).get("workers")

    def check(v, bar, op):
        return None if v is None else (v >= bar if op == ">=" else v <= bar if op == "<=" else v < bar)

    lines += [
        "| check | value | bar | met |",
        "|---|---:|---:|---|",
        f"| end-to-end / spaCy baseline throughput, 1 process | {_f(e2e1, '{:.2f}')} | ≥ {BARS['e2e']} "
        f"| {_met(check(e2e1, BARS['e2e'], '>='))} |",
        f"| end-to-end / spaCy baseline throughput, 2 processes | {_f(e2e2, '{:.2f}')} | ≥ {BARS['e2e']} "
        f"| {_met(check(e2e2, BARS['e2e'], '>='))} |",
        f"| build throughput, 2 processes / 1 process | {_f(scale, '{:.2f}')} | ≥ {BARS['scaling']} "
        f"| {_met(check(scale, BARS['scaling'], '>='))} |",
        f"| (for reference) spaCy alone, 2 processes / 1 process | {_f(spacy_scale, '{:.2f}')} | | |",
        f"| peak RSS (main process), {args.articles:,} / {args.small:,} articles | {_f(mem, '{:.2f}')} "
        f"| ≤ {BARS['memory']} | {_met(check(mem, BARS['memory'], '<='))} |",
        f"| (for reference) peak PSS of the process tree, {args.articles:,} / {args.small:,} | "
        f"{_f(mem_pss, '{:.2f}')} | | |",
        f"| second build / first build, `build()` time | {_f(second, '{:.3f}')} | < {BARS['rebuild']} "
        f"| {_met(check(second, BARS['rebuild'], '<'))} |",
        f"| (for reference) the same, whole process wall time | {_f(second_wall, '{:.3f}')} | | |",
        "",
    ]
    if workers2 is not None and not results.get("build-2", {}).get("error"):
        lines += [f"`build(n_process=2)` ran with {workers2} worker process(es) besides the main one"
                  + (" (n_process had no effect on this run)." if workers2 == 0 else ".") + "", ""]

    st = results.get("stages", {})
    if st.get("stages"):
        total = st["seconds"]
        lines += [f"Where the time goes ({st['articles']:,} articles, n_process=1, one process, clock around each "
                  f"stage; total {total:,.1f} s, against {b1.get('seconds', float('nan')):,.1f} s for the "
                  "`build()` call above):", "",
                  "| stage | seconds | share |", "|---|---:|---:|"]
        for name, s in sorted(st["stages"].items(), key=lambda kv: -kv[1]):
            lines.append(f"| {name} | {s:,.1f} | {100 * s / total:.1f}% |")
        other = total - sum(st["stages"].values())
        lines += [f"| (between stages) | {other:,.1f} | {100 * other / total:.1f}% |", ""]
        if st.get("memory"):
            lines += ["Memory along the stage-by-stage run (PSS of the process at each point; peak RSS so far):", "",
                      "| checkpoint | PSS now (MB) | peak RSS so far (MB) |", "|---|---:|---:|"]
            lines += [f"| {name} | {now:,.0f} | {peak:,.0f} |" for name, now, peak in st["memory"]]
            lines.append("")
    elif st.get("error"):
        lines += [f"Stage-by-stage run: {st['error']}.", ""]
    return "\n".join(lines)


def parent_main(args) -> int:
    started = dt.datetime.now(dt.UTC)
    load_start = os.getloadavg()[0]
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so a killed run stops its child processes too
    work = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="kg-bench-build-"))
    work.mkdir(parents=True, exist_ok=True)
    args.revision = git_revision()
    snapshot = None if args.no_snapshot else snapshot_kg(work)
    if snapshot is not None:
        sys.path.insert(0, str(snapshot))
    env = with_path(snapshot)
    corpus, small = work / "corpus", work / "corpus-small"
    sys.path.insert(0, str(HERE))
    import make_corpus

    print(f"[bench_build] corpus: {args.articles} articles into {corpus}", file=sys.stderr, flush=True)
    paths = make_corpus.write(corpus, args.articles, args.seed)
    if small.exists():
        shutil.rmtree(small)
    small.mkdir()
    for p in sorted(paths)[:args.small]:
        shutil.copy(p, small / p.name)
    for d in ("build-1", "build-2", "build-small", "build-stages"):
        shutil.rmtree(work / d, ignore_errors=True)

    log = open(work / "bench_build.log", "a")  # noqa: SIM115
    results: dict[str, dict] = {}
    c, t = str(corpus), args.timeout
    configs = {
        "spacy-1": ["--child", "spacy", "--corpus", c, "--n-process", "1"],
        "spacy-2": ["--child", "spacy", "--corpus", c, "--n-process", "2"],
        "build-1": ["--child", "build", "--corpus", c, "--dest", str(work / "build-1"), "--n-process", "1"],
        "rebuild": ["--child", "build", "--corpus", c, "--dest", str(work / "build-1"), "--n-process", "1"],
        "build-2": ["--child", "build", "--corpus", c, "--dest", str(work / "build-2"), "--n-process", "2"],
        "small": ["--child", "build", "--corpus", str(small), "--dest", str(work / "build-small"), "--n-process", "1"],
        "stages": ["--child", "stages", "--corpus", c, "--dest", str(work / "build-stages")],
    }
    for name, argv in configs.items():
        if name in args.configs:
            results[name] = run_child(name, argv, t, log, env)
    log.close()

    command = "python benchmarks/bench_build.py" + (" " + " ".join(args.argv) if args.argv else "")
    table = report(results, args, command, (load_start, os.getloadavg()[0]), started)
    print(table)
    md = args.md if args.md is not None else (None if args.quick else str(HERE / "BUILD.md"))
    if md and md != "-":
        Path(md).write_text(table, encoding="utf-8")
        print(f"[bench_build] wrote {md}", file=sys.stderr)
    (work / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    if not args.out and not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, help="articles in the corpus (default 2,000; 30 with --quick)")
    ap.add_argument("--small", type=int, help="articles for the memory comparison (default 200; 10 with --quick)")
    ap.add_argument("--quick", action="store_true", help="a smoke run: 30 articles, no BUILD.md unless --md")
    ap.add_argument("--out", help="working folder: corpus, builds, log, results.json (default: a temporary one)")
    ap.add_argument("--md", help="markdown file to write (default benchmarks/BUILD.md; none with --quick); - for none")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per configuration before it is killed")
    ap.add_argument("--keep", action="store_true", help="keep the temporary working folder")
    ap.add_argument("--configs", default=",".join(CONFIGS),
                    help=f"comma-separated configurations to run (default all: {','.join(CONFIGS)})")
    ap.add_argument("--no-snapshot", action="store_true",
                    help="measure kg/ as it is when each configuration starts, not a copy taken at the start")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--dest", help=argparse.SUPPRESS)
    ap.add_argument("--n-process", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    args.argv = list(sys.argv[1:] if argv is None else argv)
    if args.child:
        return child_main(args)
    args.configs = [c.strip() for c in args.configs.split(",") if c.strip()]
    unknown = set(args.configs) - set(CONFIGS)
    if unknown:
        ap.error(f"unknown configurations: {', '.join(sorted(unknown))}")
    args.articles = args.articles or (30 if args.quick else 2000)
    args.small = min(args.articles, args.small or (max(3, args.articles // 10) if args.quick else 200))
    return parent_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
