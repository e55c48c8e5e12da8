"""One bad file never stops the rest: 1,000 generated bad inputs next to the seeds (issue 10).

Random bytes, truncated UTF-8, deep nesting (open and closed), huge lines, control characters,
mixed scripts, foreign encodings, entity bombs, empty files. The build finishes without a
traceback, the seeds' facts are what they are alone, and every bad file is either built or
named on its own warning line.
"""
from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.facts import article_facts
from kg.pipeline import build

from conftest import SEEDS

KINDS = 20


def _bad(i: int, rng: random.Random) -> tuple[str, bytes]:
    kind = i % KINDS
    words = "Kenya and Ghana signed a defence pact in Nairobi on Monday".split()
    sentence = " ".join(rng.choice(words) for _ in range(12)) + "."
    if kind == 0:
        return "txt", bytes(rng.randrange(256) for _ in range(rng.randrange(1, 4000)))
    if kind == 1:
        return "txt", ("Кения и Гана подписали договор. " * 40).encode()[:rng.randrange(3, 900)]  # cut mid-character
    if kind == 2:
        return "html", ("<div>" * rng.randrange(3000, 6000) + f"<p>{sentence}</p>").encode()
    if kind == 3:
        depth = rng.randrange(1000, 3000)
        return "html", ("<div>" * depth + sentence + "</div>" * depth).encode()
    if kind == 4:
        return "txt", (sentence[:-1] + ", ").encode() * rng.randrange(200, 800)  # one long line
    if kind == 5:
        return "txt", "".join(chr(rng.randrange(0, 32)) for _ in range(500)).encode() + sentence.encode()
    if kind == 6:
        return "txt", "肯尼亚 и Гана وغانا Kenya 和 گانا signed 签署 подписали وقعت".encode() * 30
    if kind == 7:
        return "txt", sentence.encode("utf-16")
    if kind == 8:
        return "txt", "肯尼亚和加纳签署了防务协定。".encode("gb18030") * 20
    if kind == 9:
        return "txt", "وقعت كينيا وغانا اتفاقية دفاعية.".encode("cp1256") * 20
    if kind == 10:
        return "txt", "Кения и Гана подписали договор.".encode("koi8-r") * 20
    if kind == 11:
        return "txt", "ケニアとガーナは協定に署名した。".encode("shift_jis") * 20
    if kind == 12:
        return "xml", (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
                       b'<!ENTITY c "&b;&b;&b;&b;&b;&b;">]><rss><channel><item><title>&c;&c;</title>'
                       b'<description>&c;</description></item></channel></rss>')
    if kind == 13:
        return "xml", b"<rss><channel><item><title>unclosed" + sentence.encode() * 50
    if kind == 14:
        return "txt", b""
    if kind == 15:
        return "txt", b" \n\t\n   \n" * rng.randrange(1, 50)
    if kind == 16:
        return "html", b"<html><body>" + b"<a href='x'>link</a> " * rng.randrange(100, 2000) + b"</body></html>"
    if kind == 17:
        return "txt", ("\ufeff\u200b\u202e" + sentence + "\udcff".encode("utf-8", "surrogatepass").decode("latin-1")).encode(
            "utf-8", "surrogatepass")
    if kind == 18:
        return "html", b"<p>" + ("&#" + str(rng.randrange(1, 1_200_000)) + ";").encode() * 300 + b"</p>"
    return "md", ("# " + sentence + "\n\n" + "| a | b |\n|---|---|\n" * 200).encode()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bad")
    shutil.copytree(SEEDS, root / "seeds")
    rng = random.Random(10)
    for i in range(1000):
        suffix, data = _bad(i, rng)
        (root / "bad" / f"{i % 10}").mkdir(parents=True, exist_ok=True)
        (root / "bad" / f"{i % 10}" / f"bad_{i:04d}.{suffix}").write_bytes(data)
    return root


def test_a_thousand_bad_files_never_stop_the_build(corpus: Path) -> None:
    warnings: list = []
    result = build([str(corpus)], validate=False, on_skip=warnings.append)
    built = {d.path for d in result.documents}
    named = {str(w.path) for w in warnings}
    bad = {str(p) for p in (corpus / "bad").rglob("bad_*")}
    assert bad <= built | named, sorted(bad - built - named)[:5]
    assert all("\n" not in str(w) for w in warnings)
    alone = build([str(SEEDS)], validate=False)
    seeds = lambda facts: sorted((d for d in facts if not d["doc"].startswith("bad_")), key=lambda d: d["doc"])  # noqa: E731
    assert seeds(article_facts(result.store.store)) == seeds(article_facts(alone.store.store))


def test_the_cli_prints_one_line_per_skipped_file_and_no_traceback(corpus: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(corpus / "bad" / "2"), str(corpus / "seeds"),
                                       "--out", str(tmp_path / "out"), "--no-validate"])
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
