"""The figures of the performance issue, on a store of N articles (default 5,000).

    python bench/bench_scale.py [--articles 5000] [--engine turbo|pyshacl]

Copies the seeds, dev and dev2 articles (each copy a distinct article: its URL, when it has
one, gets ``?copy=N``) into a temporary folder, then measures in one process:

- a validated ``kg build --store`` of all of them (articles/s, peak memory);
- adding 10 new articles to that store, validated; removing one; rebuilding 10 unchanged;
- every canned query and ``kg facts --merged`` on the full store (milliseconds, best of 3);
- extraction alone (read + mentions + agreements) on the dev2 articles repeated.

A benchmark, not a test: it prints figures and asserts nothing.
"""
from __future__ import annotations

import argparse
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.canned import bind, list_queries  # noqa: E402
from kg.graph import KnowledgeGraph  # noqa: E402
from kg.lexicon import load_lexicon  # noqa: E402
from kg.pipeline import process_document  # noqa: E402
from kg.read import read_document  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
_URL = re.compile(r"\]\((https?://[^)\s]+)\)")


def sources() -> list[Path]:
    folders = [ROOT / "seeds"] + [EVAL / name for name in ("dev", "dev2") if (EVAL / name).is_dir()]
    return [f for d in folders for f in sorted(d.iterdir()) if f.is_file()]


def make_corpus(files: list[Path], count: int, into: Path, start: int = 0) -> list[Path]:
    """``count`` copies, each a distinct article (a URL made unique, a file name made unique)."""
    into.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(start, start + count):
        src = files[i % len(files)]
        text = src.read_text(encoding="utf-8", errors="replace")
        text = _URL.sub(lambda m: f"]({m.group(1)}?copy={i})", text, count=1)
        dst = into / f"{i:06d}_{src.name}"
        dst.write_text(text, encoding="utf-8")
        out.append(dst)
    return out


def seconds(fn) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--engine", default=None, help="SHACL engine (default: the fast one)")
    parser.add_argument("--extract", type=int, default=500, help="articles for the extraction-only figure")
    args = parser.parse_args()
    files = sources()
    load_lexicon()
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        tmp = Path(tmp)
        corpus = make_corpus(files, args.articles, tmp / "corpus")
        extra = make_corpus(files, 10, tmp / "extra", start=args.articles)
        print(f"{len(corpus)} articles copied from {len(files)} ({', '.join(sorted({f.parent.name for f in files}))})")
        with KnowledgeGraph.open(tmp / "store", create=True) as graph:
            t, result = seconds(lambda: graph.add([str(tmp / "corpus")], engine=args.engine))
            print(f"validated build        {t:8.1f} s  {len(corpus) / t:7.1f} articles/s  "
                  f"peak {peak_mib():,.0f} MiB  ({result.summary()})")
            t, result = seconds(lambda: graph.add([str(p) for p in extra], engine=args.engine))
            print(f"add 10, validated      {t:8.2f} s  ({result.summary()})")
            t, removed = seconds(lambda: graph.remove(extra[0].name))
            print(f"remove 1               {t:8.2f} s  (removed: {removed})")
            t, result = seconds(lambda: graph.add([str(p) for p in extra[1:]], engine=args.engine))
            print(f"rebuild 9 unchanged    {t:8.2f} s  ({result.changes.summary()})")
            agreement = next((r["a"] for r in graph.query(
                "SELECT ?a WHERE { GRAPH <https://w3id.org/newskg/id/graph/merged> { "
                "?a kg:party <https://w3id.org/newskg/id/entity/Q159> ; a kg:Agreement } } LIMIT 1")), None)
            article = next((r["a"] for r in graph.query("SELECT ?a WHERE { ?a a schema:NewsArticle } LIMIT 1")), None)
            params = {"state": "Q159", "agreement": str(agreement), "subject": str(agreement), "article": str(article)}
            for query in list_queries():
                if any(p not in params for p in query.parameters):
                    print(f"query {query.name:22}  (skipped: parameters {', '.join(query.parameters)})")
                    continue
                text = bind(query, {p: params[p] for p in query.parameters})
                best = min(seconds(lambda: graph.query(text))[0] for _ in range(3))
                rows = len(graph.query(text))
                print(f"query {query.name:22} {best * 1000:8.0f} ms  {rows} rows")
            best = min(seconds(lambda: graph.facts(merged=True))[0] for _ in range(3))
            print(f"facts --merged               {best * 1000:8.0f} ms")
        sample = [files[i % len(files)] for i in range(args.extract)]
        t, _ = seconds(lambda: [process_document(read_document(str(f))) for f in sample])
        print(f"extraction alone       {t:8.1f} s  {len(sample) / t:7.1f} articles/s (one core)")


if __name__ == "__main__":
    main()
