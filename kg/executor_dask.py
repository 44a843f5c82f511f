"""The Dask executor: parsing and extraction on the workers of a ``dask.distributed`` cluster.

Imported only when a build asks for ``executor="dask"``: kg itself never imports Dask. The workers
must be able to import the same kg and load the same spaCy model (the same environment); each
loads the model once, when this build's plugin is registered (and again only when it restarts).
Partitions of articles go out lazily, a bounded number at a time, and come back in any order; they
are handed on in input order, because cross-article entity resolution in the main process depends
on the order it sees the articles in.
"""

from __future__ import annotations

import itertools
import re
import threading
import uuid
from collections.abc import Iterable, Iterator
from importlib.metadata import version as package_version

try:
    from distributed import Client, Future, LocalCluster, WorkerPlugin, as_completed, get_worker
    from distributed.client import FutureCancelledError
    from distributed.scheduler import KilledWorker
except ImportError as e:  # kg.executor turns this into a one-line error
    raise ImportError(f"the dask executor needs Dask: pip install 'kg[dask]' ({e})") from e

from kg import executor
from kg.corpus import Article, ArticleError
from kg.executor import ExecutorError
from kg.extract import EXTRACTOR_VERSION
from kg.facts import ArticleFacts

#: Seconds to reach the scheduler before giving up, and for at least one worker to be there.
CONNECT_TIMEOUT = 10.0
WORKERS_TIMEOUT = 60.0
#: Partitions submitted but not yet handed on (running, queued or waiting for an earlier one), per worker thread.
IN_FLIGHT_PER_THREAD = 2
#: ``--scheduler local`` or ``local:N``: a cluster of N worker processes on this machine, for the
#: duration of the build (tests and benchmarks; a real cluster is started with ``dask scheduler``).
LOCAL = re.compile(r"local(?::(\d+))?")


def _versions() -> tuple[str, str]:
    return package_version("kg"), EXTRACTOR_VERSION


class ModelPlugin(WorkerPlugin):
    """Loads the spaCy model once on each worker (and on workers that join or restart later).

    Registered under a name that carries the model and kg's versions, idempotently: a second build
    with the same model finds it loaded. A worker whose kg differs from the client's refuses, so a
    cluster never mixes the graphs of two extractor versions.
    """

    idempotent = True

    def __init__(self, model: str | None):
        self.model = model
        self.versions = _versions()
        self.name = f"kg-model:{model or 'default'}:{':'.join(self.versions)}"

    def setup(self, worker) -> None:
        if _versions() != self.versions:
            raise ExecutorError(f"worker {worker.address} has kg {'/extractor '.join(_versions())}, "
                                f"the client kg {'/extractor '.join(self.versions)}: install the same kg everywhere")
        _quiet(worker)
        _worker_model(worker, self.model)


def _quiet(worker) -> None:
    """Take off a worker what costs spaCy CPU time and buys kg nothing (measured on 32 articles, per task:
    7.8 s of CPU with Dask's defaults, 6.1 s without these two, 5.0 s in kg's own process pool).

    Dask's statistical profiler samples the running task's stack every 10 ms: spaCy's stacks are
    deep, so that is 20-30% more CPU. And the nanny starts workers with ``MALLOC_TRIM_THRESHOLD_``
    set, which also turns off glibc's adaptive mmap threshold: every large array spaCy allocates is
    then mmapped and unmapped again. The thresholds are set back to about glibc's adaptive steady state.
    """
    for name in ("profile", "profile-cycle"):
        callback = worker.periodic_callbacks.get(name)
        if callback is not None:
            callback.stop()
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-3, 32 * 2**20)  # M_MMAP_THRESHOLD
        libc.mallopt(-1, 64 * 2**20)  # M_TRIM_THRESHOLD
    except (OSError, AttributeError):  # not glibc: nothing to undo
        pass


_LOCK = threading.Lock()  # one model a process: a worker with several threads runs one partition at a time


def _worker_model(worker, model: str | None):
    from kg.nlp import load

    models = worker.__dict__.setdefault("kg_models", {})
    with _LOCK:
        if model not in models:
            models[model] = load(model)
        return models[model]


def extract_partition(articles: list[Article], model: str | None) -> list[ArticleFacts | ArticleError]:
    """Runs on a worker: each article's facts (or its one-line ArticleError), in the order given."""
    from kg.nlp import parse

    nlp = _worker_model(get_worker(), model)
    with _LOCK:  # spaCy's pipeline is not meant to be shared between threads; the GIL would serialise them anyway
        return [executor._safe_extract(article, doc) for article, doc in parse(nlp, articles)]


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return f"{type(e).__name__}: {text.splitlines()[0]}" if text else type(e).__name__


def connect(scheduler: str) -> tuple[Client, LocalCluster | None]:
    """A client of the scheduler at ``scheduler`` (or of a new local cluster), with at least one worker."""
    cluster = None
    local = LOCAL.fullmatch(scheduler.strip())
    try:
        if local:
            n = int(local.group(1) or 2)
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address=None)
            client = Client(cluster, set_as_default=False)
        else:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError, TypeError) as e:
        if cluster is not None:
            cluster.close()
        raise ExecutorError(f"cannot reach the Dask scheduler at {scheduler} ({_first_line(e)})") from None
    try:
        client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
    except (OSError, TimeoutError) as e:
        client.close()
        if cluster is not None:
            cluster.close()
        raise ExecutorError(f"the Dask scheduler at {scheduler} has no workers ({_first_line(e)}); "
                            "start some with `dask worker " + scheduler + "`") from None
    return client, cluster


def extract_all(articles: Iterable[Article], *, scheduler: str, model: str | None = None,
                batch: int = 16) -> Iterator[tuple[Article, ArticleFacts | ArticleError]]:
    """``(article, facts)`` in input order, the parsing and extraction done on the cluster's workers."""
    client, cluster = connect(scheduler)
    futures: dict[str, tuple[Future, int]] = {}  # key of a submitted, unfinished partition -> it and its number
    try:
        try:
            client.register_plugin(ModelPlugin(model))
        except ExecutorError:
            raise
        except Exception as e:  # noqa: BLE001 (a worker's failure to load the model, as one line)
            raise ExecutorError(f"a Dask worker could not load the model ({_first_line(e)})") from None
        threads = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()) or 1
        window = IN_FLIGHT_PER_THREAD * threads
        run = uuid.uuid4().hex[:12]
        parts = enumerate(_chunks(iter(articles), batch))
        held: dict[int, list[Article]] = {}  # submitted, not yet handed on
        done: dict[int, list] = {}  # finished before an earlier partition
        queue = as_completed(loop=client.loop)
        submitted = handed = 0

        def submit() -> bool:
            nonlocal submitted
            number, chunk = next(parts, (None, None))
            if chunk is None:
                return False
            key = f"kg-extract-{run}-{number}"
            held[number] = chunk
            future = client.submit(extract_partition, chunk, model, key=key, pure=False, retries=0)
            futures[key] = (future, number)
            queue.add(future)
            submitted += 1
            return True

        while submitted - handed < window and submit():
            pass
        for future in queue:
            _, number = futures.pop(future.key)
            try:
                done[number] = future.result()
            except KilledWorker as e:
                raise ExecutorError(f"Dask workers died running a partition of articles ({_first_line(e)})") from None
            except FutureCancelledError as e:
                raise ExecutorError(f"the Dask scheduler cancelled a partition ({_first_line(e)})") from None
            future.release()
            while handed in done:
                yield from zip(held.pop(handed), done.pop(handed), strict=True)
                handed += 1
            while submitted - handed < window and submit():
                pass
    finally:  # finished, failed, or abandoned (Ctrl-C): no orphan partitions keep the workers busy
        try:
            if futures:
                client.cancel([future for future, _ in futures.values()])
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def _chunks(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk
