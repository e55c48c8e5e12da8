"""Score predicted agreement facts against gold, by field and by language.

Same rules as ``shared/eval/score.py`` (tests/test_score.py checks they agree):
documents are flattened into facts; predicted agreements pair with gold ones
by equal party sets; entities are equal by QID when both have one, else by a
folded name.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

_STRIP = re.compile(r"[\s·・‧\-‐‑–—.'\"“”«»《》「」()（）\u0640\u064b-\u0652]")
_FOLD = str.maketrans({"ی": "ي", "ى": "ي", "ک": "ك", "أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه"})
SCALARS = ("status", "signed_on", "duration", "mutual_defense")


def fold_name(name: Optional[str]) -> str:
    return _STRIP.sub("", unicodedata.normalize("NFKC", name or "").casefold().translate(_FOLD))


def same_entity(gold: Optional[dict], pred: Optional[dict]) -> bool:
    if not gold or not pred:
        return False
    if gold.get("qid") and pred.get("qid"):
        return gold["qid"] == pred["qid"]
    names = {fold_name(n) for n in gold.get("names") or []} - {""}
    return any(fold_name(n) in names for n in pred.get("names") or [])


def pair_entities(gold: list, pred: list) -> tuple[list, list, list]:
    """Greedy one-to-one pairing: (pairs, unpaired gold, unpaired predicted)."""
    left, pairs, missed = list(pred), [], []
    for g in gold:
        hit = next((p for p in left if same_entity(g, p)), None)
        if hit is None:
            missed.append(g)
        else:
            left.remove(hit)
            pairs.append((g, hit))
    return pairs, missed, left


def same_parties(gold: dict, pred: dict) -> bool:
    pairs, missed, extra = pair_entities(gold.get("parties") or [], pred.get("parties") or [])
    return bool(pairs) and not missed and not extra


def _facts(agreement: dict) -> list[str]:
    facts = ["agreement"] + [f for f in SCALARS if agreement.get(f) is not None]
    if agreement.get("signed_at"):
        facts.append("signed_at")
    return facts + ["signatory"] * len(agreement.get("signatories") or [])


def _norm(field_name: str, value):
    if value is None:
        return None
    return str(value).upper() if field_name == "duration" else str(value).lower() if field_name == "status" else value


@dataclass
class Tally:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def add(self, key: tuple[str, str], tp: int = 0, fp: int = 0, fn: int = 0, note: str = "") -> None:
        self.tp[key] += tp
        self.fp[key] += fp
        self.fn[key] += fn
        if note and (fp or fn):
            self.errors.append(note)


def _score_doc(gold: dict, pred: Optional[dict], tally: Tally) -> None:
    lang, doc, pred = gold.get("language") or "?", gold["doc"], pred or {}

    def scalar(name: str, g, p, where: str = "") -> None:
        g, p = _norm(name, g), _norm(name, p)
        if g is not None and p is not None and g == p:
            tally.add((name, lang), tp=1)
        else:
            tally.add((name, lang), fp=int(p is not None), fn=int(g is not None),
                      note=f"{doc} {where}{name}: gold={g!r} pred={p!r}")

    scalar("language", (gold.get("language") or "").lower() or None, (pred.get("language") or "").lower() or None)
    scalar("published", gold.get("published"), pred.get("published"))
    gp, pp = gold.get("publisher"), pred.get("publisher")
    if gp and pp and same_entity(gp, pp):
        tally.add(("publisher", lang), tp=1)
    else:
        tally.add(("publisher", lang), fp=int(bool(pp)), fn=int(bool(gp)), note=f"{doc} publisher: gold={gp} pred={pp}")
    left = list(pred.get("agreements") or [])
    for g in gold.get("agreements") or []:
        label = "/".join(n for e in g.get("parties") or [] for n in (e.get("names") or [e.get("qid")])[:1])
        p = next((x for x in left if same_parties(g, x)), None)
        if p is None:
            for f in _facts(g):
                tally.add((f, lang), fn=1, note=f"{doc} [{label}] missed {f}")
            continue
        left.remove(p)
        tally.add(("agreement", lang), tp=1)
        for f in SCALARS:
            scalar(f, g.get(f), p.get(f), f"[{label}] ")
        ga, pa = g.get("signed_at"), p.get("signed_at")
        if ga and pa and same_entity(ga, pa):
            tally.add(("signed_at", lang), tp=1)
        else:
            tally.add(("signed_at", lang), fp=int(bool(pa)), fn=int(bool(ga)),
                      note=f"{doc} [{label}] signed_at: gold={ga} pred={pa}")
        pairs, missed, extra = pair_entities(g.get("signatories") or [], p.get("signatories") or [])
        tally.add(("signatory", lang), tp=len(pairs), fn=len(missed), fp=len(extra),
                  note=f"{doc} [{label}] signatories missed={missed} extra={extra}")
    for p in left:
        label = "/".join(n for e in p.get("parties") or [] for n in (e.get("names") or [e.get("qid")])[:1])
        for f in _facts(p):
            tally.add((f, lang), fp=1, note=f"{doc} [{label}] spurious {f}")


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(frozen=True)
class Score:
    """Totals as (tp, fp, fn, precision, recall, f1) overall, by field and by language."""

    overall: tuple
    by_field: dict
    by_language: dict
    errors: tuple[str, ...]

    @property
    def f1(self) -> float:
        return self.overall[5]

    @property
    def precision(self) -> float:
        return self.overall[3]

    @property
    def recall(self) -> float:
        return self.overall[4]

    def table(self) -> str:
        lines = [f"{'':18}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>7}{'R':>7}{'F1':>7}"]
        rows = [("overall", self.overall)] + [(f"field {k}", v) for k, v in self.by_field.items()]
        rows += [(f"lang {k}", v) for k, v in self.by_language.items()]
        for name, (tp, fp, fn, p, r, f) in rows:
            lines.append(f"{name:18}{tp:5}{fp:5}{fn:5}{p:7.3f}{r:7.3f}{f:7.3f}")
        lines.append(f"F1 {self.f1:.3f}")
        return "\n".join(lines)


def score(gold_docs: list[dict], pred_docs: list[dict]) -> Score:
    """Score ``pred_docs`` against ``gold_docs``; only documents named in gold count."""
    preds = {d["doc"].rsplit("/", 1)[-1]: d for d in pred_docs}
    tally = Tally()
    for g in gold_docs:
        _score_doc(g, preds.get(g["doc"]), tally)

    def total(select) -> tuple:
        tp = sum(v for k, v in tally.tp.items() if select(k))
        fp = sum(v for k, v in tally.fp.items() if select(k))
        fn = sum(v for k, v in tally.fn.items() if select(k))
        return (tp, fp, fn, *prf(tp, fp, fn))

    keys = set(tally.tp) | set(tally.fp) | set(tally.fn)
    return Score(
        overall=total(lambda k: True),
        by_field={f: total(lambda k, f=f: k[0] == f) for f in sorted({k[0] for k in keys})},
        by_language={lang: total(lambda k, lang=lang: k[1] == lang) for lang in sorted({k[1] for k in keys})},
        errors=tuple(tally.errors),
    )
