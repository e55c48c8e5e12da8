"""Loading a large graph into a real Oxigraph server: `kg load` over HTTP vs `oxigraph load`.

    python bench/bench_load.py [--triples 1000000] [--batch-size 50000]

Makes a graph of news-KG-shaped triples (claims, quotes, offsets, names in
several scripts), starts an Oxigraph server on 127.0.0.1, loads it with each
protocol of `kg load`, then times the server's own offline bulk loader on the
same file. A benchmark: it prints figures and asserts nothing.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg.remote import Remote, load_graphs  # noqa: E402
from kg.servers import oxigraph_command, start_oxigraph  # noqa: E402

KG = "https://w3id.org/newskg/ontology#"
OA = "http://www.w3.org/ns/oa#"
ID = "https://w3id.org/newskg/id/"
NAMES = ["俄罗斯与伊朗签署了全面战略伙伴关系条约", "وقّع بوتين معاهدة شاملة", "Договор о всеобъемлющем партнерстве",
         "Strategic Mutual Defence Agreement", "معاهده همکاری همه‌جانبه"]


def make_triples(count: int) -> list[ox.Triple]:
    out: list[ox.Triple] = []
    i = 0
    while len(out) < count:
        claim = ox.NamedNode(f"{ID}claim/doc{i // 50}/{i:08x}")
        target, quote, pos = (ox.NamedNode(f"{claim.value}/{x}") for x in ("target", "quote", "position"))
        out += [
            ox.Triple(claim, ox.NamedNode(f"{OA}hasBody"), ox.NamedNode(f"{ID}agreement/Q{i % 997}_Q{i % 991}")),
            ox.Triple(claim, ox.NamedNode(f"{KG}claimProperty"), ox.NamedNode(f"{KG}party")),
            ox.Triple(claim, ox.NamedNode(f"{OA}hasTarget"), target),
            ox.Triple(target, ox.NamedNode(f"{OA}hasSelector"), quote),
            ox.Triple(quote, ox.NamedNode(f"{OA}exact"), ox.Literal(f"{NAMES[i % len(NAMES)]} {i}")),
            ox.Triple(pos, ox.NamedNode(f"{OA}start"), ox.Literal(str(i % 5000), datatype=ox.NamedNode(
                "http://www.w3.org/2001/XMLSchema#integer"))),
        ]
        i += 1
    return out[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--batch-size", type=int, default=50_000)
    args = parser.parse_args()
    triples = make_triples(args.triples)
    graph = f"{ID}graph/bench"
    with tempfile.TemporaryDirectory() as tmp:
        nt = Path(tmp) / "bench.nt"
        nt.write_bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
        print(f"{len(triples):,} triples, {nt.stat().st_size / 1e6:.0f} MB of N-Triples")
        for protocol, replace in (("gsp", False), ("gsp", True), ("update", False)):
            if protocol == "update" and len(triples) > 200_000:
                subset = triples[:200_000]  # INSERT DATA is slow by nature: measure on a fifth
            else:
                subset = triples
            server = start_oxigraph(Path(tmp) / f"ox-{protocol}-{replace}")
            try:
                report = load_graphs(Remote(server.base, "oxigraph", timeout=600), {graph: subset},
                                     protocol, replace, args.batch_size)
            finally:
                server.stop()
            label = f"kg load --protocol {protocol}" + (" --replace" if replace else "")
            print(f"{label:40}{report.seconds:8.1f} s {report.triples / report.seconds:12,.0f} triples/s "
                  f"({report.triples:,} triples, verified)")
        start = time.perf_counter()
        subprocess.run([oxigraph_command(), "load", "--location", str(Path(tmp) / "ox-offline"), "--file", str(nt),
                        "--graph", graph], check=True, capture_output=True)
        seconds = time.perf_counter() - start
        print(f"{'oxigraph load (offline bulk loader)':40}{seconds:8.1f} s {len(triples) / seconds:12,.0f} triples/s")


if __name__ == "__main__":
    main()
