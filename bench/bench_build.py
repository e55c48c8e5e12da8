"""Throughput of `kg build`, stage by stage, on the seeds and dev sets repeated.

    python bench/bench_build.py [--articles 2000] [--dev ../shared/eval/dev] [--no-validate]

Copies the inputs under new names into a temporary folder until it holds
``--articles`` files, then times read, extract+link, RDF build, serialisation
and validation, and prints articles per second and peak memory. A benchmark,
not a test: it prints figures and asserts nothing.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.lexicon import load_lexicon  # noqa: E402
from kg.pipeline import process_documents  # noqa: E402
from kg.read import read_document  # noqa: E402
from kg.store import GraphStore  # noqa: E402
from kg.validate import validate_graph  # noqa: E402


def make_corpus(sources: list[Path], count: int, into: Path) -> list[Path]:
    files = [f for s in sources for f in sorted(s.iterdir()) if f.is_file()]
    out = []
    for i in range(count):
        src = files[i % len(files)]
        dst = into / f"{i:05d}_{src.name}"
        shutil.copyfile(src, dst)
        out.append(dst)
    return out


def timed(label: str, fn, n: int, unit: str = "articles"):
    start = time.perf_counter()
    value = fn()
    seconds = time.perf_counter() - start
    print(f"{label:28}{seconds:9.2f} s {n / seconds:10.1f} {unit}/s")
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    parser.add_argument("--no-validate", action="store_true")
    args = parser.parse_args()
    sources = [ROOT / "seeds"] + ([args.dev] if args.dev.is_dir() else [])
    load_lexicon()  # warm: built once per process
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        files = make_corpus(sources, args.articles, Path(tmp))
        n = len(files)
        print(f"{n} articles from {', '.join(str(s) for s in sources)}")
        docs = timed("read", lambda: [read_document(str(f)) for f in files], n)
        docs = timed("extract + link", lambda: process_documents(docs), n)
        store = GraphStore(Path(tmp) / "store")
        timed("build into store + merge", lambda: store.add_documents(docs), n)
        print(f"{'':28}{len(store):9d} quads in the store")
        timed("write graph.trig", lambda: store.dump(Path(tmp) / "g.trig", "trig"), n)
        timed("write graph.ttl", lambda: store.dump(Path(tmp) / "g.ttl", "turtle"), n)
        timed("re-run (no-op)", lambda: store.add_documents(docs), n)
        if not args.no_validate:
            export = timed("export graph to rdflib", store.export_graph, n)
            report = timed("validate (pyshacl)", lambda: validate_graph(export), n)
            print(f"{'':28}conforms={report.conforms}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MiB")


if __name__ == "__main__":
    main()
