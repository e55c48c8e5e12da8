"""How long one huge single-sentence article takes (issue 10: work per file must stay linear).

    python bench/bench_long.py [--megabytes 2]

Builds a file of real news sentences run together with commas (no full stop until the end),
then times `kg build` on it in-process, by stage. Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.agreements import find_agreements  # noqa: E402
from kg.build import article_triples  # noqa: E402
from kg.lexicon import load_lexicon  # noqa: E402
from kg.mentions import find_mentions  # noqa: E402
from kg.read import read_document  # noqa: E402


def make(size: int, folder: Path) -> Path:
    """English news sentences (the synthetic set's) in a seeded random order, each numbered so no
    two repeat (the reader drops repeated text), joined by commas into one sentence."""
    sentences = [s.strip() for p in sorted((ROOT / "tests" / "data" / "synth").glob("*_en.txt"))
                 for s in re.split(r"(?<=[.!?])\s+", p.read_text(encoding="utf-8")) if len(s.strip()) > 40]
    rng = random.Random(7)
    parts, n, total = [], 0, 0
    while total < size:
        n += 1
        part = f"in item {n} " + rng.choice(sentences).rstrip(".!?")
        parts.append(part)
        total += len(part) + 2
    path = folder / "one-sentence.txt"
    path.write_text(", ".join(parts)[:size] + ".\n", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=2.0)
    args = parser.parse_args()
    lexicon = load_lexicon()
    with tempfile.TemporaryDirectory() as tmp:
        path = make(int(args.megabytes * 1_000_000), Path(tmp))
        print(f"{path.stat().st_size / 1e6:.1f} MB, one sentence, no two parts alike")
        t0 = time.perf_counter()
        doc = read_document(str(path))
        t1 = time.perf_counter()
        find_mentions(doc, lexicon)
        t2 = time.perf_counter()
        find_agreements(doc, lexicon)
        t3 = time.perf_counter()
        triples = sum(1 for _ in article_triples(doc))
        t4 = time.perf_counter()
    for name, seconds in (("read", t1 - t0), ("mentions", t2 - t1), ("agreements", t3 - t2), ("build", t4 - t3),
                          ("total", t4 - t0)):
        print(f"{name:12} {seconds:7.2f} s")
    print(f"{len(doc.sentences)} pieces of at most a bounded length, {len(doc.mentions)} mentions, "
          f"{len(doc.agreements)} agreements, {triples} triples")


if __name__ == "__main__":
    main()
