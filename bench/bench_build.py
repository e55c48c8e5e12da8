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

from kg.build import build_dataset, build_export_graph  # noqa: E402
from kg.lexicon import load_lexicon  # noqa: E402
from kg.pipeline import process_document  # noqa: E402
from kg.read import read_document  # noqa: E402
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
    with tempfile.TemporaryDirectory() as tmp:
        files = make_corpus(sources, args.articles, Path(tmp))
        n = len(files)
        print(f"{n} articles from {', '.join(str(s) for s in sources)}")
        docs = timed("read", lambda: [read_document(str(f)) for f in files], n)
        docs = timed("extract + link", lambda: [process_document(d) for d in docs], n)
        dataset = timed("build RDF (rdflib)", lambda: build_dataset(docs), n)
        export = timed("export graph", lambda: build_export_graph(dataset), n)
        print(f"{'':28}{len(export):9d} triples in graph.ttl, "
              f"{sum(1 for _ in dataset.quads((None, None, None, None))):d} quads in graph.trig")
        timed("write graph.trig", lambda: dataset.serialize(destination=str(Path(tmp) / "g.trig"), format="trig"), n)
        if not args.no_validate:
            report = timed("validate (pyshacl)", lambda: validate_graph(export), n)
            print(f"{'':28}conforms={report.conforms}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MiB")


if __name__ == "__main__":
    main()
