"""Run batches of files on more than one machine: a Dask cluster, or local worker processes.

The work sent out is always a pure function of its arguments (files in; articles or a shard
out, plus warnings), so a batch lost with its worker can be run again anywhere and gives the same
result: the Dask scheduler re-runs the tasks of a worker that died. Results come back in input
order, whatever order they finish in, so that the graph does not depend on the cluster.

Dask is imported only here and only when a scheduler is given: the base install does not need it
(``pip install 'kg[dask]'``).
"""
from __future__ import annotations

import hashlib
import os
from typing import Any, Callable, Iterator, Optional, Sequence, Union

from kg.build import ArticleGraph
from kg.lexicon import load_lexicon
from kg.pipeline import make_article
from kg.read import InputFile, ReadError
from kg.read.files import is_url

#: files per batch sent to a worker when not told otherwise: large enough that a task's overhead
#: (a few ms on the scheduler, the worker's first lexicon load) is small against its work
DEFAULT_BATCH = 64


class DistributedError(Exception):
    """The cluster could not be used or a batch failed on it; ``str()`` is one line."""


def batches(files: Sequence[InputFile], size: int) -> list[list[InputFile]]:
    """Consecutive batches of ``size`` files, by input order (so shard N always holds the same files)."""
    size = max(1, size)
    return [list(files[i:i + size]) for i in range(0, len(files), size)]


def connect(scheduler: str):
    """A Dask client for ``scheduler``: an address (``tcp://HOST:8786``) or a scheduler file
    (``scheduler.json``, as ``dask scheduler --scheduler-file`` writes it)."""
    try:
        from distributed import Client
    except ImportError:
        raise DistributedError("--scheduler needs Dask: pip install 'dask[distributed]' (or kg[dask])") from None
    try:
        if scheduler.endswith(".json") or os.path.isfile(scheduler):
            if not os.path.isfile(scheduler):
                raise DistributedError(f"{scheduler}: no such scheduler file")
            return Client(scheduler_file=scheduler, timeout="10s", set_as_default=False)
        return Client(scheduler, timeout="10s", set_as_default=False)
    except DistributedError:
        raise
    except (OSError, TimeoutError, ValueError) as exc:
        raise DistributedError(f"{scheduler}: cannot reach the Dask scheduler ({' '.join(str(exc).split())[:200]})") \
            from None


def _call(packed: tuple[Callable, tuple]) -> Any:
    func, args = packed
    return func(*args)


def run_in_order(func: Callable, calls: Sequence[tuple], scheduler: Optional[str] = None, jobs: int = 1,
                 names: Optional[Sequence[str]] = None, retries: int = 2) -> Iterator[Any]:
    """``func(*args)`` for every ``args`` in ``calls``, results in the order of ``calls``: on the
    Dask cluster at ``scheduler``, else on ``jobs`` local processes (one: here). ``names`` (a
    batch's first file, say) name a call whose failure ends the run, in the one-line error."""
    names = list(names) if names is not None else [str(i) for i in range(len(calls))]
    if scheduler is None:
        if jobs <= 1 or len(calls) < 2:
            for args in calls:
                yield func(*args)
            return
        import multiprocessing
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        load_lexicon()  # loaded before forking: the workers share it
        with context.Pool(min(jobs, len(calls)), initializer=load_lexicon) as pool:
            yield from pool.imap(_call, [(func, args) for args in calls])
        return
    client = connect(scheduler)
    try:
        token = hashlib.sha1(repr([(func.__qualname__, a) for a in calls]).encode()).hexdigest()[:12]
        # pure tasks with keys from their arguments: a task re-run after a lost worker is the same task
        futures: list = [client.submit(func, *args, key=f"kg-{func.__name__}-{token}-{i:05d}", pure=False,
                                       retries=retries) for i, args in enumerate(calls)]
        for i in range(len(futures)):
            try:
                result = futures[i].result()
            except Exception as exc:  # KilledWorker (lost on too many workers), a worker's import error...
                raise DistributedError(f"{names[i]}: its batch failed on the cluster "
                                       f"({type(exc).__name__}: {' '.join(str(exc).split())[:300]})") from None
            futures[i] = None  # let the cluster forget it
            yield result
    finally:
        client.close()


def for_workers(files: Sequence[InputFile]) -> list[InputFile]:
    """The files as workers must see them: absolute paths (a worker runs in its own folder), URLs
    as they are; their relative names (what names the articles) unchanged."""
    return [f if is_url(f) else InputFile(os.path.abspath(f), f.relative) for f in files]


def make_batch(files: Sequence[InputFile]) -> list[Union[ArticleGraph, ReadError]]:
    """:func:`kg.pipeline.make_article` for each file of a batch: what a Dask task does when the
    articles go back to the client (ArticleGraphs travel as N-Triples)."""
    return [make_article(path) for path in files]


def dask_articles(scheduler: str, batch_size: int = DEFAULT_BATCH) -> Callable[[Sequence[InputFile]],
                                                                             Iterator[Union[ArticleGraph, ReadError]]]:
    """An article source for :func:`kg.pipeline.build` that makes the articles on a Dask cluster,
    in batches of ``batch_size`` files, and yields them in input order."""
    def source(files: Sequence[InputFile]) -> Iterator[Union[ArticleGraph, ReadError]]:
        groups = batches(for_workers(files), batch_size)
        for made in run_in_order(make_batch, [(group,) for group in groups], scheduler=scheduler,
                                 names=[group[0] for group in groups]):
            yield from made
    return source
