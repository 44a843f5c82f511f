"""Where the NLP runs: parsing and extraction of a stream of articles, in this process, in a pool
of worker processes that each load the model once (``executor="local"``), or on the workers of a
Dask cluster (``executor="dask"``, see kg/executor_dask.py; Dask is imported only then). The build
maps and stores what comes back, in the main process.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import itertools
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterable, Iterator

from kg.corpus import Article, ArticleError
from kg.extract import extract
from kg.facts import ArticleFacts
from kg.nlp import load, parse

#: Seconds one article's extraction may take (about a second for a news article): past them an extractor bug
#: that loops is the article's error, and the build goes on.
EXTRACT_SECONDS = 60


class _TookTooLong(BaseException):
    """Raised in the extraction when its time is up (not an Exception, which the extractor's code may catch)."""


@contextlib.contextmanager
def _time_limit(seconds: float):
    """Stop the block with _TookTooLong after ``seconds``: in the main thread of a process (each worker's),
    where signals arrive; elsewhere (a Dask worker's thread) the block runs unlimited."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def stop(signum, frame):
        raise _TookTooLong

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _safe_extract(article: Article, doc) -> ArticleFacts | ArticleError:
    """The article's facts, or the one-line error of an extractor bug: one article never stops a build."""
    try:
        with _time_limit(EXTRACT_SECONDS):
            return extract(article, doc)
    except _TookTooLong:
        return ArticleError(f"{article.source}: extraction took longer than {EXTRACT_SECONDS} seconds (stopped)")
    except Exception as e:  # noqa: BLE001 (whatever went wrong, the other articles go on)
        first = str(e).splitlines()[0] if str(e) else ""
        return ArticleError(f"{article.source}: extraction failed ({type(e).__name__}: {first})")


EXECUTORS = ("local", "dask")


class ExecutorError(RuntimeError):
    """An executor that cannot run: an unknown one, Dask not installed, a scheduler out of reach."""


def extract_all(articles: Iterable[Article], *, model: str | None = None, n_process: int = 1, batch: int = 16,
                executor: str = "local", scheduler: str | None = None,
                ) -> Iterator[tuple[Article, ArticleFacts | ArticleError]]:
    """Parse and extract each article: ``(article, facts)`` in input order, with an ArticleError in
    place of the facts for an article the extractor fails on.

    ``executor="dask"`` runs both on the workers of the Dask scheduler at ``scheduler``
    (``tcp://HOST:PORT``, or ``local:N`` for a cluster of N processes on this machine for the
    duration of the build), partitions of ``batch`` articles at a time; ``n_process`` is ignored.
    The cluster is reached only when there is an article to parse.

    With ``n_process`` > 1, worker processes each load the model once and run both the spaCy
    pipeline and the extraction on batches of articles, so the main process only maps and stores.
    At most two batches per worker are in flight: the corpus streams through in flat memory. The
    model is loaded only when there is an article to parse.
    """
    if executor == "dask":
        if not scheduler:
            raise ExecutorError("the dask executor needs the address of a scheduler: --scheduler tcp://HOST:PORT")
        yield from _dask_extract_all(articles, model=model, batch=batch, scheduler=scheduler)
        return
    if executor != "local":
        raise ExecutorError(f"unknown executor {executor!r}: one of {', '.join(EXECUTORS)}")
    articles = iter(articles)
    head = list(itertools.islice(articles, batch + 1))
    if not head:
        return
    if len(head) <= batch:
        n_process = 1  # a handful of articles: starting workers would cost more than it saves
    articles = itertools.chain(head, articles)
    if n_process <= 1:
        nlp = load(model)
        for article, doc in parse(nlp, articles):
            yield article, _safe_extract(article, doc)
        return
    context = multiprocessing.get_context("spawn")
    with _sigint_blocked():  # the workers start with Ctrl-C held back, even while importing (see _worker_init)
        pool = context.Pool(n_process, initializer=_worker_init, initargs=(os.getpid(), model))
    with pool:
        pending: collections.deque = collections.deque()
        for chunk in _chunks(articles, batch):
            pending.append(pool.apply_async(_worker_extract, (chunk,)))
            if len(pending) >= 2 * n_process:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _dask_extract_all(articles: Iterable[Article], *, model, batch, scheduler):
    articles = iter(articles)
    head = list(itertools.islice(articles, 1))
    if not head:  # nothing to parse: no cluster needed
        return
    try:
        from kg import executor_dask
    except ImportError as e:
        raise ExecutorError(str(e).splitlines()[0]) from None
    yield from executor_dask.extract_all(itertools.chain(head, articles), scheduler=scheduler, model=model, batch=batch)


@contextlib.contextmanager
def _sigint_blocked() -> Iterator[None]:
    """Ctrl-C held back (blocked, not ignored) in this thread: the processes it starts inherit the
    block, and a Ctrl-C that comes meanwhile is delivered here when the block ends, not lost."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
        yield
        return
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()  # started later, it would unblock Ctrl-C once it is up
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _chunks(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


_WORKER_NLP = None


def _worker_init(parent: int, model: str | None) -> None:
    global _WORKER_NLP
    # Ctrl-C reaches the whole process group: only the main process handles it, and it stops the
    # workers. A worker dying of it on its own would leave the pool waiting for it forever. The
    # worker started with it blocked (_sigint_blocked): one sent since is dropped by the ignore.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _die_with(parent)
    _WORKER_NLP = load(model)


def _die_with(parent: int) -> None:
    """On Linux, the kernel kills this worker when the main process dies (even of SIGKILL), rather than
    leaving it to parse on for nobody and fail writing to a closed pipe."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the pool's own clean-up has to do
        return
    if os.getppid() != parent:  # the main process died before the line above
        os._exit(1)


def _worker_extract(chunk: list[Article]) -> list[tuple[Article, ArticleFacts | ArticleError]]:
    return [(article, _safe_extract(article, doc)) for article, doc in parse(_WORKER_NLP, chunk)]
