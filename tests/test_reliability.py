"""Reliability (issue #7): bad input never stops a build, and a killed build loses nothing.

Bad input: each problem is one line naming the file and what is wrong, every other article is
built, and `kg build` exits 0 (all built), 1 (some skipped) or 2 (none). Interruptions: real
`kg build` processes are stopped by SIGINT, SIGTERM and SIGKILL at several moments (while starting,
while writing articles to the store, while writing each export); each time the exports still hold
the last finished graph, the store opens and holds, per article, the old or the new graph and
nothing in between, and the next build finishes the job: it ends with the graph of a clean build.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg import executor
from kg.build import PENDING, build, load_graph
from kg.cli import app
from kg.corpus import MAX_ARTICLE_CHARS, MAX_FILE_BYTES, ArticleError, find_files, read_corpus, read_file

from .conftest import CORPUS, FIRST

runner = CliRunner()
SOURCE = (CORPUS / f"{FIRST}.txt").read_text(encoding="utf-8")
HEADLINE, DATELINE_PARAGRAPH, SECOND, *_ = SOURCE.split("\n\n")
SHORT = "\n\n".join([HEADLINE, DATELINE_PARAGRAPH, SECOND])  # a small article: fast to parse


@pytest.fixture
def cached_model(nlp, monkeypatch):
    """In-process builds reuse the session's model instead of loading it again."""
    monkeypatch.setattr(executor, "load", lambda model=None: nlp)


def problems_of(items) -> list[str]:
    return [str(i) for i in items if isinstance(i, ArticleError)]


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


# ---------------------------------------------------------------------------------------------
# Bad input, file by file: one ArticleError naming the file and the problem


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "empty file"),
    ("blank.md", b" \n\n\t\n", "empty file"),
    ("binary.txt", bytes(range(256)) * 40, "binary file, not text"),
    ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(500), "binary file, not text"),
    ("bad-utf16.txt", b"\xff\xfe" + "Rain".encode("utf-16-le") + b"\x00", "not valid UTF-16 text"),
    ("only-boilerplate.txt", b"Advertisement\n\nPhoto: AP\n\nScroll to continue", "no article text found"),
])
def test_bad_file_gives_one_line(tmp_path, name, data, message):
    (tmp_path / name).write_bytes(data)
    (problem,) = problems_of(read_corpus([tmp_path]))
    assert problem.startswith(f"{tmp_path / name}: {message}") and "\n" not in problem


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "utf-8-sig", "utf-16-be"])
def test_legacy_and_utf16_encodings(tmp_path, encoding):
    text = "Président visits Bogotá\n\nThe président of Perú spoke in Bogotá on Friday.\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # with its BOM
    (tmp_path / "a.txt").write_bytes(data)
    (article,) = read_file(tmp_path / "a.txt")
    assert article.headline == "Président visits Bogotá"
    assert article.body == "The président of Perú spoke in Bogotá on Friday."


def test_a_50_mb_article_is_refused_at_once(tmp_path):
    """The policy: a .txt/.md/.html file over 10 MB is refused unread; so is any article (a JSONL
    record too) longer than 200,000 characters. One line each; the rest is built."""
    assert MAX_FILE_BYTES == 10 * 2**20 and MAX_ARTICLE_CHARS == 200_000
    sentence = b"Officials said the river rose again on Friday. "
    with open(tmp_path / "huge.txt", "wb") as f:
        for _ in range(50 * 2**20 // (len(sentence) * 1000) + 1):
            f.write(sentence * 1000)
    size = (tmp_path / "huge.txt").stat().st_size
    assert size >= 50 * 2**20
    (tmp_path / "long.md").write_text("# Long\n\n" + "A long report. " * 20_000, encoding="utf-8")
    with open(tmp_path / "feed.jsonl", "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "huge", "text": "Rain fell on Lima. " * (50 * 2**20 // 19)}) + "\n")
        f.write(json.dumps({"id": "small", "text": "Rain fell on Lima on Monday."}) + "\n")
    clock = time.perf_counter()
    items = list(read_corpus([tmp_path]))
    assert time.perf_counter() - clock < 20  # a few seconds: nothing is parsed
    assert [i.id for i in items if not isinstance(i, ArticleError)] == ["small"]
    assert sorted(problems_of(items)) == sorted([
        f"{tmp_path / 'feed.jsonl'}:1: article too long ({len('Rain fell on Lima. ') * (50 * 2**20 // 19):,} "
        f"characters; the limit is 200,000)",
        f"{tmp_path / 'huge.txt'}: file too large ({size / 2**20:.1f} MB; the limit is 10 MB)",
        f"{tmp_path / 'long.md'}: article too long (300,005 characters; the limit is 200,000)",
    ])


def test_html_full_of_scripts_menus_and_comments(tmp_path):
    junk = "".join(f"<script>var t{i} = '<p>tracking {i}</p>'; if (a < b && c > d) {{}}</script>" for i in range(50))
    page = f"""<!DOCTYPE html><html><head><title>Site | Floods</title><style>p {{ color: red }}</style>
    <meta property="article:published_time" content="2024-04-03T08:00:00Z">{junk}</head><body>
    <header><ul class="menu"><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></header>
    <nav><a href="/sport">Sport</a></nav><div id="cookie-banner">We use cookies</div>
    <!-- <p>Commented out paragraph</p> --><![if !IE]><![endif]><![weird[ x ]]>
    <main><article><h1>Floods Force Thousands From Homes</h1>
    <p>NAIROBI, Kenya (Reuters) - Floods forced 5,000 families from their homes on Tuesday.</p>
    <aside>Most read: Celebrity news</aside><div class="share">Share on Facebook</div>
    <p>The Kenya Red Cross said more rain was expected.</p><noscript>Enable JavaScript</noscript>
    <form><button>Subscribe</button></form></article></main>
    <footer>Copyright 2024</footer>{junk}<script>document.write("<p>late</p>")</script></body></html>"""
    (tmp_path / "floods.html").write_text(page, encoding="utf-8")
    (article,) = read_file(tmp_path / "floods.html")
    assert article.headline == "Floods Force Thousands From Homes"
    assert article.dateline == "NAIROBI, Kenya (Reuters) -"
    assert article.body == ("Floods forced 5,000 families from their homes on Tuesday.\n\n"
                            "The Kenya Red Cross said more rain was expected.")
    assert article.text == ("Floods Force Thousands From Homes\n\nNAIROBI, Kenya (Reuters) - Floods forced 5,000 "
                            "families from their homes on Tuesday.\n\nThe Kenya Red Cross said more rain was expected.")
    assert article.published == dt.date(2024, 4, 3)


def test_missing_path_broken_link_fifo_and_unreadable_file(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(SHORT, encoding="utf-8")
    (corpus / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(corpus / "pipe.txt")  # reading it would block forever
    (corpus / "locked.txt").write_text(SHORT, encoding="utf-8")
    (corpus / "locked.txt").chmod(0)
    if os.geteuid() == 0:  # root reads anything: make this one file unreadable as it would be for a user
        real = Path.read_bytes

        def read_bytes(self):
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    clock = time.perf_counter()
    items = list(read_corpus([corpus, tmp_path / "missing", tmp_path / "missing.txt"]))
    assert time.perf_counter() - clock < 5
    assert [i.id for i in items if not isinstance(i, ArticleError)] == ["good"]
    assert sorted(problems_of(items)) == sorted([
        f"{corpus / 'broken.txt'}: broken symbolic link",
        f"{corpus / 'locked.txt'}: cannot read (Permission denied)",
        f"{corpus / 'pipe.txt'}: not a regular file",
        f"{tmp_path / 'missing'}: no such file or directory",
        f"{tmp_path / 'missing.txt'}: no such file or directory",
    ])
    # a FIFO named on the command line is refused too, not read
    assert problems_of(read_corpus([corpus / "pipe.txt"])) == [f"{corpus / 'pipe.txt'}: not a regular file"]


def test_a_reader_bug_is_reported_not_raised(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "b.md").write_text("# B\n\nRain fell in Lima.", encoding="utf-8")

    def broken(*_a, **_k):
        raise RuntimeError("a bug\nover two lines")

    monkeypatch.setattr("kg.corpus.read_text", broken)
    items = list(read_corpus([tmp_path]))
    assert [i.id for i in items if not isinstance(i, ArticleError)] == ["b"]
    assert problems_of(items) == [f"{tmp_path / 'a.txt'}: cannot read (RuntimeError: a bug over two lines)"]


def test_thousands_of_files(tmp_path):
    """3,000 tiny files (and some that are not articles) are found and read in seconds."""
    corpus = tmp_path / "many"
    for d in range(30):
        sub = corpus / f"d{d:02d}"
        sub.mkdir(parents=True)
        for i in range(100):
            (sub / f"n{i:03d}.txt").write_text(f"Story {d} {i}\n\nOfficials in Lima said {i} people left on Friday.",
                                               encoding="utf-8")
        (sub / "notes.csv").write_text("a,b\n", encoding="utf-8")
        (sub / "x.txt.bak").write_text("old", encoding="utf-8")
    (corpus / "d00" / "empty.txt").write_text("", encoding="utf-8")
    clock = time.perf_counter()
    files = list(find_files([corpus]))
    items = list(read_corpus([corpus]))
    seconds = time.perf_counter() - clock
    assert len(files) == 3001 and files == sorted(files)
    articles = [i for i in items if not isinstance(i, ArticleError)]
    assert len(articles) == 3000 and len({a.id for a in articles}) == 100  # ids are file names: n000 ... n099
    assert problems_of(items) == [f"{corpus / 'd00' / 'empty.txt'}: empty file"]
    assert seconds < 30, seconds


# ---------------------------------------------------------------------------------------------
# Bad input, end to end through `kg build`: one line per problem, the rest built, the exit code


def write_mixed_corpus(corpus: Path) -> list[str]:
    """Good articles in awkward shapes, and bad inputs; returns the ids that must be built."""
    corpus.mkdir()
    (corpus / "plain.txt").write_text(SHORT, encoding="utf-8")
    (corpus / "latin1.txt").write_bytes("Crise au Pérou\n\nLe président péruvien José Jerí a déclaré l'état "
                                        "d'urgence à la frontière avec le Chili vendredi.".encode("latin-1"))
    (corpus / "utf16.txt").write_bytes(SHORT.replace("Jose Jeri", "José Jerí").encode("utf-16"))
    (corpus / "spanish.md").write_text(
        "# Perú declara el estado de emergencia\n\nEl presidente José Jerí anunció el viernes el estado de "
        "emergencia en la frontera con Chile, mientras miles de migrantes intentan cruzar.\n", encoding="utf-8")
    (corpus / "chinese.txt").write_text("秘鲁宣布边境紧急状态\n\n秘鲁总统何塞·赫里周五宣布与智利边境进入紧急状态。"
                                        "数千名移民试图越境。", encoding="utf-8")
    (corpus / "no-punctuation.txt").write_text(
        "troops deployed at the border\n\nperuvian president jose jeri announced a state of emergency along the "
        "border with chile as thousands of migrants cross police general arturo valverde said the measures aim "
        "to keep order and more troops would come", encoding="utf-8")
    (corpus / "page.html").write_text(
        "<html><head><script>var a = 1;</script></head><body><nav>Home</nav><h1>Storm Hits Coast</h1>"
        "<!-- ad --><p>LIMA, Peru (Reuters) - A storm hit the coast on Monday, officials said.</p>"
        "<footer>Copyright</footer></body></html>", encoding="utf-8")
    (corpus / "feed.jsonl").write_text(
        json.dumps({"id": "feed-1", "text": "Protesters marched in Lima on Monday.", "headline": "March"}) + "\n"
        + '{"id": "feed-2", "text": "broken\n'
        + json.dumps({"id": "[/x]", "text": "Rain fell in Santiago on Tuesday, officials said."}) + "\n",
        encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "[bold]odd name.txt").write_bytes(b"\x00\x01\x02" * 50)
    (corpus / "vocabulary.txt").write_text(SHORT, encoding="utf-8")  # its graph would be kg's vocabulary graph
    (corpus / "dangling.txt").symlink_to(corpus / "gone.txt")
    return sorted(["plain", "latin1", "utf16", "spanish", "chinese", "no-punctuation", "page", "feed-1", "[/x]"])


def test_build_skips_bad_input_and_builds_the_rest(tmp_path, monkeypatch, cached_model):
    corpus = tmp_path / "corpus"
    good = write_mixed_corpus(corpus)
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(corpus), "--out", str(out), "--json", "--jobs", "1"])
    assert result.exit_code == 1, result.output  # some inputs skipped
    summary = json.loads(result.stdout)
    assert summary["articles"] == len(good) and summary["built"] == len(good)
    assert sorted(summary["problems"]) == sorted([
        f"{corpus / '[bold]odd name.txt'}: binary file, not text",
        f"{corpus / 'binary.txt'}: binary file, not text",
        f"{corpus / 'dangling.txt'}: broken symbolic link",
        f"{corpus / 'empty.txt'}: empty file",
        f"{corpus / 'feed.jsonl'}:2: broken JSON (Unterminated string starting at)",
        f"{corpus / 'vocabulary.txt'}: the id 'vocabulary' is reserved for kg's own graphs",
    ])
    # one line per problem on stderr, printed as is (no rich markup eaten)
    assert sorted(stderr_lines(result)) == sorted(f"skipped: {p}" for p in summary["problems"])
    ids = {str(r.id) for r in load_graph(out).query(
        "PREFIX schema: <https://schema.org/> SELECT ?id WHERE { ?a a schema:NewsArticle ; schema:identifier ?id }")}
    assert sorted(ids) == good
    for name in ("kg.trig", "kg.ttl"):  # the exports parse
        assert list(ox.parse(path=str(out / name), format=ox.RdfFormat.TRIG if name.endswith("trig")
                             else ox.RdfFormat.TURTLE))

    # the summary in plain text, with the odd file names as they are
    again = runner.invoke(app, ["build", str(corpus), "--out", str(out), "--jobs", "1"])
    assert again.exit_code == 1
    assert f"skipped: {corpus / '[bold]odd name.txt'}: binary file, not text" in stderr_lines(again)
    assert "Traceback" not in again.output


def test_exit_codes_all_some_none(tmp_path, monkeypatch, cached_model):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(SHORT, encoding="utf-8")
    everything = runner.invoke(app, ["build", str(corpus), "--out", str(tmp_path / "o1")])
    assert everything.exit_code == 0, everything.output
    assert stderr_lines(everything) == []

    (corpus / "b.txt").write_bytes(b"")
    some = runner.invoke(app, ["build", str(corpus), "--out", str(tmp_path / "o1")])
    assert some.exit_code == 1 and stderr_lines(some) == [f"skipped: {corpus / 'b.txt'}: empty file"]

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.txt").write_bytes(b"\x00" * 10)
    (bad / "y.jsonl").write_text("{broken\n", encoding="utf-8")
    none = runner.invoke(app, ["build", str(bad), str(tmp_path / "missing"), "--out", str(tmp_path / "o2")])
    assert none.exit_code == 2
    assert stderr_lines(none) == [f"skipped: {bad / 'x.txt'}: binary file, not text",
                                  f"skipped: {bad / 'y.jsonl'}:1: broken JSON (Expecting property name enclosed in "
                                  "double quotes)",
                                  f"skipped: {tmp_path / 'missing'}: no such file or directory"]


def test_small_build_of_many_files(tmp_path, cached_model):
    """A folder of many tiny files builds end to end (a smaller number: the NLP is the slow part)."""
    corpus = tmp_path / "many"
    corpus.mkdir()
    for i in range(40):
        (corpus / f"n{i:03d}.txt").write_text(f"Story {i}\n\nOfficials in Lima said {i + 2} people left on Friday.",
                                              encoding="utf-8")
    report = build([corpus], tmp_path / "out")
    assert (report.articles, report.built, report.problems) == (40, 40, [])


# ---------------------------------------------------------------------------------------------
# Interruptions: real `kg build` processes killed at several moments

KG = [str(Path(sys.executable).with_name("kg"))] if Path(sys.executable).with_name("kg").exists() else [
    sys.executable, "-m", "kg.cli"]
#: Left out of every comparison: each build is its own activity, and the extractor version is a
#: fingerprint of the extraction code, which is not what these tests are about.
PER_BUILD = ("<http://www.w3.org/ns/prov#wasGeneratedBy>", "<https://w3id.org/newskg/def#extractorVersion>")


def variant(i: int, edit: int = 0) -> str:
    """Small articles, each a little different; ``edit`` changes an article's text."""
    return (SHORT.replace("Jose Jeri announced", f"Jose Jeri announced on day {i}")
            .replace("economic hardships", f"economic hardships ({i} reports, edition {edit})"))


def write_corpus(folder: Path, articles: dict[str, str]) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def graph_of(quads) -> dict[str, frozenset[str]]:
    """Named graph -> its triples as N-Triples lines, leaving out what differs from build to build:
    the builds graph and each article's prov:wasGeneratedBy and extractor version."""
    out: dict[str, set[str]] = {}
    for q in quads:
        name = str(q.graph_name)
        if name.endswith("/graph/builds>") or str(q.predicate) in PER_BUILD:
            continue
        out.setdefault(name, set()).add(f"{q.subject} {q.predicate} {q.object}")
    return {k: frozenset(v) for k, v in out.items()}


_PARSED: dict[tuple, object] = {}


def exported(folder: Path) -> tuple[dict[str, frozenset[str]] | None, frozenset[str] | None]:
    """(kg.trig by graph, kg.ttl's triples), each None when the file is not there; parsing fails loudly."""
    def parsed(path: Path, read):
        if not path.exists():
            return None
        key = (path, path.stat().st_mtime_ns, path.stat().st_size, path.stat().st_ino)  # unchanged: parsed once
        if key not in _PARSED:
            _PARSED[key] = read(str(path))
        return _PARSED[key]

    trig = parsed(folder / "kg.trig", lambda p: graph_of(ox.parse(path=p, format=ox.RdfFormat.TRIG)))
    ttl = parsed(folder / "kg.ttl", lambda p: frozenset(
        f"{t.subject} {t.predicate} {t.object}" for t in ox.parse(path=p, format=ox.RdfFormat.TURTLE)
        if str(t.predicate) not in PER_BUILD and "/id/build/" not in str(t.subject)))
    return trig, ttl


def union(graphs: dict[str, frozenset[str]]) -> frozenset[str]:
    return frozenset().union(*graphs.values())


def stored(folder: Path) -> dict[str, frozenset[str]]:
    store = ox.Store.read_only(str(folder / "store"))  # opens: not corrupt
    try:
        return graph_of(store.quads_for_pattern(None, None, None))
    finally:
        del store


def pool_workers(pgid: int) -> list[int]:
    """The multiprocessing workers in process group ``pgid`` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and os.getpgid(int(entry.name)) == pgid and \
                    b"spawn_main" in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:  # gone meanwhile
            continue
    return found


def wal_bytes(folder: Path) -> int:
    """The bytes of the store's write-ahead logs; a log the store removes while they are counted counts none."""
    total = 0
    for log in (folder / "store").glob("*.log"):
        try:
            total += log.stat().st_size
        except FileNotFoundError:  # gone between the listing and the look (a build still closing the store)
            continue
    return total


class Killed:
    """One `kg build` run, stopped by ``sig`` when ``when`` happens."""

    def __init__(self, corpus: Path, out: Path, sig: signal.Signals | None, when: str, jobs: int = 1):
        self.sig, self.when = sig, when
        args = [*KG, "build", str(corpus), "--out", str(out), "--jobs", str(jobs)]
        started = time.monotonic()
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                start_new_session=True, env={**os.environ, "COLUMNS": "200"})
        self.fired = False
        try:
            low = wal_bytes(out) if (out / "store").is_dir() else 0
            while proc.poll() is None and sig is not None:
                low = min(low, wal_bytes(out)) if (out / "store").is_dir() else low  # opening may empty the log
                if self._due(when, out, started, low, proc.pid):
                    # Ctrl-C reaches the whole process group; kill and TERM go to the process
                    if sig == signal.SIGINT:
                        os.killpg(proc.pid, sig)
                    else:
                        proc.send_signal(sig)
                    self.fired = True
                    break
                time.sleep(0.005)
            self.stdout, self.stderr = proc.communicate(timeout=240)
        finally:
            self.leftovers = self._reap(proc.pid)
        self.code = proc.returncode
        self.seconds = time.monotonic() - started

    def _due(self, when: str, out: Path, started: float, low: int, pgid: int) -> bool:
        kind, _, arg = when.partition(":")
        if kind == "after":
            return time.monotonic() - started >= float(arg)
        if kind == "workers":  # a second after the pool's worker processes started
            if not getattr(self, "workers_seen", None) and len(pool_workers(pgid)) >= int(arg):
                self.workers_seen = time.monotonic()
            return bool(getattr(self, "workers_seen", None)) and time.monotonic() - self.workers_seen >= 1
        if kind == "writes":  # the store's write-ahead log grew by an article (~0.5 MB): articles are being written
            return (out / "store").is_dir() and wal_bytes(out) > low + 100_000
        if kind == "export":  # the temporary file of this export exists: it is being written
            return any(out.glob(f".{arg}.*"))
        raise ValueError(when)

    @staticmethod
    def _reap(pgid: int) -> bool:
        """Whether processes of the run (pool workers) outlived it by ten seconds; ends them."""
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.killpg(pgid, 0)
            except ProcessLookupError:
                return False
            time.sleep(0.05)
        os.killpg(pgid, signal.SIGKILL)
        return True

    def __repr__(self) -> str:
        return f"<{self.sig and self.sig.name} at {self.when}: fired={self.fired} code={self.code}>"


@pytest.fixture(scope="module")
def versions(tmp_path_factory, nlp):
    """Corpus A (12 articles) and corpus B (A with 4 edited, 2 removed, 22 added), to be written in
    turn into the same folder, and the graph of a clean build of B."""
    root = tmp_path_factory.mktemp("interrupt")
    a = {f"a{i:02d}": variant(i) for i in range(12)}
    b = {k: v for k, v in a.items() if k not in ("a10", "a11")}
    b.update({f"a{i:02d}": variant(i, edit=1) for i in range(6, 10)})
    b.update({f"b{i:02d}": variant(100 + i) for i in range(22)})
    write_corpus(root / "corpus", b)
    real_load = executor.load
    executor.load = lambda model=None: nlp
    try:
        report = build([root / "corpus"], root / "clean")
    finally:
        executor.load = real_load
    assert report.built == len(b) and not report.problems
    clean = exported(root / "clean")
    assert clean[0] == stored(root / "clean") and clean[1] == union(clean[0])
    return root, a, b, clean


def check_after(run: Killed, out: Path, graphs) -> str:
    """What must hold after any stopped build; returns which graph the exports hold.

    While Python starts and imports (the first second or two), Ctrl-C is Python's: it prints a
    KeyboardInterrupt traceback, or is lost when it lands in a ``__del__`` ("Exception ignored in")
    and the build goes on. Only then is a traceback, or an exit code of 0, accepted; later, an exit code of 0
    only when the build had finished the new graph before the signal came (a fast machine's workers may parse
    what is left within the second the stop waits)."""
    starting = run.when.startswith("after:")
    assert "Traceback" not in run.stderr or (run.sig == signal.SIGINT and starting), run.stderr
    assert not run.leftovers, f"{run}: worker processes outlived the build"
    if run.fired and run.sig in (signal.SIGINT, signal.SIGTERM) and "Traceback" not in run.stderr:
        # stopped by kg's handler, or before kg set it up by Python's, or (starting) lost
        codes = (130, -signal.SIGINT) if run.sig == signal.SIGINT else (143, -signal.SIGTERM)
        finished = run.code == 0 and exported(out) == graphs["B"]  # the signal came once the work was done
        assert run.code in codes or (starting and run.code == 0) or finished, run
        if run.code > 0:  # one line, or none when it came just before or after the build itself
            lines = [x for x in run.stderr.splitlines() if x.strip()]
            assert len(lines) <= 1 and all(re.fullmatch(
                r"error: (interrupted|terminated): .*/kg\.trig and kg\.ttl still hold the last finished build; "
                r"run `kg build` again to finish", line) for line in lines), lines
            assert not list(out.glob(".kg.*.*")), "temporary files left behind"
    if run.fired and run.sig == signal.SIGKILL:
        assert run.code == -signal.SIGKILL
    trig, ttl = exported(out)
    a_trig, a_ttl = graphs["A"]
    b_trig, b_ttl = graphs["B"]
    # the exports are whole: the previous graph, or (once a build finished them) the new one
    assert trig in (a_trig, b_trig), run
    assert ttl in (a_ttl, b_ttl), run
    assert ttl == union(trig) or (trig, ttl) == (b_trig, a_ttl), run  # kg.ttl is replaced after kg.trig
    # the store opens, and each article's graph is its old or its new one, never a mix
    for name, triples in stored(out).items():
        assert triples in (a_trig.get(name), b_trig.get(name)), f"{run}: {name} is neither version"
    return "A" if trig == a_trig and ttl == a_ttl else "B" if trig == b_trig and ttl == b_ttl else "A/B"


def test_killed_builds_lose_nothing(versions, cached_model):
    root, a, b, clean = versions
    out, corpus = root / "out", root / "corpus"
    runs: list[tuple[Killed, str]] = []

    # the very first build, killed after it began writing: no exports yet, and the store opens
    write_corpus(corpus, a)
    first = Killed(corpus, out, signal.SIGKILL, "writes")
    assert first.fired and first.code == -signal.SIGKILL, first.stderr
    assert exported(out) == (None, None)
    partial = stored(out)  # what it had stored: on a loaded machine the kill may land before the first graph
    assert len(partial) < len(a)
    done = build([corpus], out)  # the next build finishes the job (in process, to save starting one)
    # it parses only what is missing (all, should the extraction code have changed in between)
    assert done.built in (len(a) - len(partial), len(a)) and done.problems == []
    graphs = {"A": exported(out), "B": clean}  # the previous graph, and the new one
    assert graphs["A"][0] == stored(out) and graphs["A"][1] == union(graphs["A"][0])
    assert len(graphs["A"][0]) == len(a) + 1  # and the vocabulary
    assert all(partial[name] == graphs["A"][0][name] for name in partial)
    shutil.copytree(out, root / "previous")

    # from A to B, stopped again and again; each build takes up where the last one stopped
    stops = [(signal.SIGINT, "after:0.5", 1), (signal.SIGTERM, "after:1.5", 1), (signal.SIGKILL, "after:3", 1),
             (signal.SIGINT, "workers:2", 2),  # Ctrl-C with worker processes (more than 16 articles to parse)
             (signal.SIGTERM, "writes", 1),
             (signal.SIGKILL, "writes", 2),  # its workers must not outlive it
             (signal.SIGKILL, "export:kg.trig", 1),  # leaves its temporary file: the next build removes it
             (signal.SIGTERM, "export:kg.ttl", 1)]  # kg.trig is new, kg.ttl still old: the next build redoes both
    write_corpus(corpus, b)
    for sig, when, jobs in stops:
        if when.startswith("workers") or not when.startswith("after") and runs[-1][1] == "B":
            # a stop while starting was lost (the build finished), or the stops before left too little to
            # parse for the workers to be caught at it: start again from the previous graph
            shutil.rmtree(out)
            shutil.copytree(root / "previous", out)
        run = Killed(corpus, out, sig, when, jobs)
        runs.append((run, check_after(run, out, graphs)))
    fired = {(r.sig, r.when) for r, _ in runs if r.fired}
    # these moments come in every run: writing articles, then each export (the earlier stops leave work)
    for sig, when, _ in stops[3:]:
        assert (sig, when) in fired, (sig, when, runs)

    final = build([corpus], out)
    assert (final.articles, final.problems) == (len(b), [])
    assert exported(out) == graphs["B"], "the exports are not those of a clean build"
    assert stored(out) == graphs["B"][0], "the store is not that of a clean build"
    assert not (out / PENDING).exists() and not list(out.glob(".kg.*.*"))


def _raising(article):
    raise RuntimeError("boom\nsecond line")


def _looping(article):  # a loop whose condition never turns false
    while article.id == "bad":
        pass


@pytest.mark.parametrize("bug, seconds, problem", [
    (_raising, None, "extraction failed (RuntimeError: boom)"),
    (_looping, 2, "extraction took longer than 2 seconds (stopped)"),  # stopped by the time limit
])
def test_an_extractor_bug_skips_one_article_and_keeps_the_rest(tmp_path, monkeypatch, bug, seconds, problem):
    import kg.build as building

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Rain In Lima\n\nLIMA, Peru, May 2, 2025 (AP) - Rain fell in Lima.\n",
                                     encoding="utf-8")
    (corpus / "bad.txt").write_text("Storm In Quito\n\nQUITO, Ecuador, May 2, 2025 (AP) - A storm hit Quito.\n",
                                    encoding="utf-8")
    real = executor.extract

    def flaky(article, doc):
        if article.id == "bad":
            bug(article)
        return real(article, doc)

    monkeypatch.setattr(executor, "extract", flaky)
    if seconds:
        monkeypatch.setattr(executor, "EXTRACT_SECONDS", seconds)
    report = building.build([corpus], tmp_path / "build")
    assert report.built == 1
    assert report.problems == [f"{corpus / 'bad.txt'}: {problem}"]


def test_a_stop_signal_that_lands_in_a_finalizer_is_delivered_again():
    """Python ignores an exception raised in ``__del__``: a SIGTERM that arrived there would be lost and
    the build would run on, so the handler sends the signal again once the finalizer has returned."""
    from kg import cli

    got = []
    before = signal.signal(signal.SIGUSR1, lambda signum, frame: got.append(signum))
    try:
        class Finalized:
            def __del__(self):
                cli._terminate(signal.SIGUSR1, sys._getframe())

        Finalized()  # dropped at once: its __del__ runs here
        time.sleep(0.5)
    finally:
        signal.signal(signal.SIGUSR1, before)
    assert got == [signal.SIGUSR1]
    with pytest.raises(KeyboardInterrupt):
        cli._terminate(signal.SIGTERM, sys._getframe())
