"""Scale-out figures: articles/s on 1 process, --jobs 2 and a Dask cluster; load rates of the shards.

    python bench/bench_dask.py [--articles 1000] [--workers 2] [--files-per-shard 64]

Copies the seeds and ../shared/eval/{dev,dev2} (when there) under new names until the corpus holds
``--articles`` files (each copy's URLs get a suffix, so every copy is a distinct article), then
builds shards from it three ways (one process, ``--jobs 2``, a Dask scheduler with ``--workers``
one-thread workers on 127.0.0.1), checks the three give the same bytes, and prints articles/s,
articles/s per core, shard bytes and triples per article. Then it loads the shards into a real
Oxigraph server with ``kg load --shards`` (parallel Graph Store Protocol POSTs) and with the
offline ``oxigraph load``, each followed by ``kg merge``, and prints quads/s. A benchmark: it prints
figures and asserts nothing but that the three builds agree.
"""
from __future__ import annotations

import argparse
import gzip
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.bulk import load_shards, merge_remote  # noqa: E402
from kg.lexicon import load_lexicon  # noqa: E402
from kg.remote import Remote  # noqa: E402
from kg.servers import oxigraph_command, start_dask, start_oxigraph  # noqa: E402
from kg.shards import build_shards, shard_files  # noqa: E402

URL = re.compile(r"(https?://[^\s\"'<>]+)")


def make_corpus(sources: list[Path], count: int, into: Path) -> Path:
    files = [f for s in sources for f in sorted(s.iterdir()) if f.is_file() and not f.name.startswith(".")]
    folder = into / "corpus"
    folder.mkdir()
    for i in range(count):
        src = files[i % len(files)]
        text = src.read_text(encoding="utf-8", errors="replace")
        copy = i // len(files)
        if copy:  # the same article again would be skipped as a repeat: give its URLs a suffix
            text = URL.sub(lambda m: f"{m.group(1)}-copy{copy}", text)
        (folder / f"{i:06d}_{src.name}").write_text(text, encoding="utf-8")
    return folder


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--files-per-shard", type=int, default=64)
    parser.add_argument("--parallel", type=int, default=4, help="kg load --shards --parallel")
    args = parser.parse_args()
    shared = ROOT.parent / "shared" / "eval"
    sources = [ROOT / "seeds"] + [shared / s for s in ("dev", "dev2") if (shared / s).is_dir()]
    if len(sources) == 1:
        sources.append(ROOT / "tests" / "data" / "synth")
    load_lexicon()
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        tmp_path = Path(tmp)
        corpus = make_corpus(sources, args.articles, tmp_path)
        print(f"{args.articles} articles from {', '.join(str(s) for s in sources)}; "
              f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at the start")
        runs = {}
        with start_dask(tmp_path / "dask", workers=args.workers) as cluster:
            for label, jobs, scheduler, cores in (("1 process", 1, None, 1), ("--jobs 2", 2, None, 2),
                                                  (f"Dask, {args.workers} workers", 1, str(cluster.scheduler_file),
                                                   args.workers)):
                out = tmp_path / f"shards-{len(runs)}"
                start = time.perf_counter()
                result = build_shards([str(corpus)], str(out), args.files_per_shard, jobs=jobs, scheduler=scheduler)
                seconds = time.perf_counter() - start
                rate = result.articles / seconds
                print(f"{label:22}{seconds:8.1f} s {rate:9.1f} articles/s {rate / cores:8.1f} per core "
                      f"({result.articles} articles, {result.quads:,} quads, {len(result.shards)} shards)")
                runs[label] = (out, result)
        first_out, result = next(iter(runs.values()))
        same = all(folder_bytes(out) == folder_bytes(first_out) for out, _r in runs.values())
        print(f"the three builds wrote the same shards, byte for byte: {same}")
        if not same:
            sys.exit(1)
        files = shard_files(str(first_out))
        gz = sum(os.path.getsize(f) for f in files)
        raw = sum(len(gzip.decompress(Path(f).read_bytes())) for f in files)
        n = result.articles
        print(f"per article: {result.quads / n:.0f} quads, {raw / n / 1e3:.1f} kB of N-Quads, "
              f"{gz / n / 1e3:.1f} kB gzip")
        total = result.quads + 2 + n  # + the activity's two quads and one prov:used per article
        server = start_oxigraph(tmp_path / "ox-gsp")
        try:
            remote = Remote(server.base, "oxigraph", timeout=600)
            report = load_shards(remote, str(first_out), parallel=args.parallel)
            print(f"{'kg load --shards':22}{report.seconds:8.1f} s {report.quads / report.seconds:12,.0f} quads/s "
                  f"(--parallel {args.parallel}, counted on the server)")
            merged = merge_remote(remote)
            print(f"{'kg merge':22}{merged.seconds:8.1f} s ({merged.downloaded:,} quads read, "
                  f"{merged.merged:,} merged triples written)")
        finally:
            server.stop()
        start = time.perf_counter()
        subprocess.run([oxigraph_command(), "load", "--location", str(tmp_path / "ox-offline"), "--file", *files],
                       check=True, capture_output=True)
        seconds = time.perf_counter() - start
        print(f"{'oxigraph load':22}{seconds:8.1f} s {total / seconds:12,.0f} quads/s (offline, same shards)")
        on_disk = sum(f.stat().st_size for f in (tmp_path / "ox-offline").rglob("*") if f.is_file())
        print(f"{'':22}Oxigraph on disk: {on_disk / 1e6:.1f} MB, {on_disk / total:.0f} bytes per quad, "
              f"{on_disk / n / 1e3:.1f} kB per article")


if __name__ == "__main__":
    main()
