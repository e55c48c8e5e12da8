"""Score predicted agreement facts against gold, by field and by language.

Same rules as ``shared/eval/score.py`` (tests/test_score.py checks they agree):
documents are flattened into facts; predicted agreements pair with gold ones
by equal party sets (several with the same parties: the pairs sharing most
facts first); entities are equal by QID when both have one, else by a folded
name. Every error is an :class:`Error` that can show the sentence behind it.
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


@dataclass(frozen=True)
class Error:
    """One missed, spurious or wrong fact: where, what gold says, what was predicted, and the
    sentences the prediction was claimed from (``evidence``), when the graph carries them."""

    doc: str
    field: str
    kind: str                    # "missed", "spurious" or "wrong"
    where: str = ""              # the agreement's parties as written ("Russia/Iran"), or ""
    gold: object = None
    pred: object = None
    evidence: tuple[str, ...] = ()

    def __str__(self) -> str:
        where = f"[{self.where}] " if self.where else ""
        if self.kind in ("missed", "spurious") and self.gold is None and self.pred is None:
            return f"{self.doc} {where}{self.kind} {self.field}"
        if self.field == "signatory":
            return f"{self.doc} {where}signatories missed={self.gold} extra={self.pred}"
        return f"{self.doc} {where}{self.field}: gold={self.gold!r} pred={self.pred!r}"


@dataclass
class Tally:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    errors: list[Error] = field(default_factory=list)

    def add(self, key: tuple[str, str], tp: int = 0, fp: int = 0, fn: int = 0,
            error: Optional[Error] = None) -> None:
        self.tp[key] += tp
        self.fp[key] += fp
        self.fn[key] += fn
        if error is not None and (fp or fn):
            self.errors.append(error)


def _overlap(gold: dict, pred: dict) -> int:
    """How many facts two agreements with the same parties share (to pair several such)."""
    n = sum(1 for f in SCALARS if gold.get(f) is not None and _norm(f, gold.get(f)) == _norm(f, pred.get(f)))
    n += int(bool(gold.get("signed_at")) and same_entity(gold.get("signed_at"), pred.get("signed_at")))
    return n + len(pair_entities(gold.get("signatories") or [], pred.get("signatories") or [])[0])


def pair_agreements(golds: list[dict], preds: list[dict]) -> dict[int, dict]:
    """Gold index -> predicted agreement, one to one, among equal party sets; where several share
    the parties, the pairs sharing most facts go first (the order a system lists them is moot)."""
    candidates = sorted((-_overlap(g, p), gi, pi) for gi, g in enumerate(golds)
                        for pi, p in enumerate(preds) if same_parties(g, p))
    out: dict[int, dict] = {}
    used: set[int] = set()
    for _n, gi, pi in candidates:
        if gi not in out and pi not in used:
            out[gi] = preds[pi]
            used.add(pi)
    return out


def _label(agreement: dict) -> str:
    return "/".join(n for e in agreement.get("parties") or [] for n in (e.get("names") or [e.get("qid")])[:1])


def _score_doc(gold: dict, pred: Optional[dict], tally: Tally) -> None:
    lang, doc, pred = gold.get("language") or "?", gold["doc"], pred or {}

    def scalar(name: str, g, p, where: str = "", evidence: tuple[str, ...] = ()) -> None:
        g, p = _norm(name, g), _norm(name, p)
        if g is not None and p is not None and g == p:
            tally.add((name, lang), tp=1)
        else:
            tally.add((name, lang), fp=int(p is not None), fn=int(g is not None),
                      error=Error(doc, name, "wrong" if g is not None and p is not None else
                                  "missed" if g is not None else "spurious", where, g, p, evidence))

    scalar("language", (gold.get("language") or "").lower() or None, (pred.get("language") or "").lower() or None)
    scalar("published", gold.get("published"), pred.get("published"))
    gp, pp = gold.get("publisher"), pred.get("publisher")
    if gp and pp and same_entity(gp, pp):
        tally.add(("publisher", lang), tp=1)
    else:
        tally.add(("publisher", lang), fp=int(bool(pp)), fn=int(bool(gp)),
                  error=Error(doc, "publisher", "wrong" if gp and pp else "missed" if gp else "spurious",
                              "", gp, pp))
    golds, left = list(gold.get("agreements") or []), list(pred.get("agreements") or [])
    paired = pair_agreements(golds, left)
    for gi, g in enumerate(golds):
        where = _label(g)
        p = paired.get(gi)
        if p is None:
            for f in _facts(g):
                tally.add((f, lang), fn=1, error=Error(doc, f, "missed", where))
            continue
        left = [x for x in left if x is not p]
        ev = {k: tuple(v) for k, v in (p.get("evidence") or {}).items()}
        tally.add(("agreement", lang), tp=1)
        for f in SCALARS:
            scalar(f, g.get(f), p.get(f), where, ev.get(f, ()))
        ga, pa = g.get("signed_at"), p.get("signed_at")
        if ga and pa and same_entity(ga, pa):
            tally.add(("signed_at", lang), tp=1)
        else:
            tally.add(("signed_at", lang), fp=int(bool(pa)), fn=int(bool(ga)),
                      error=Error(doc, "signed_at", "wrong" if ga and pa else "missed" if ga else "spurious",
                                  where, ga, pa, ev.get("signed_at", ())))
        pairs, missed, extra = pair_entities(g.get("signatories") or [], p.get("signatories") or [])
        tally.add(("signatory", lang), tp=len(pairs), fn=len(missed), fp=len(extra),
                  error=Error(doc, "signatory", "wrong", where, missed, extra, ev.get("signatory", ())))
    for p in left:
        ev = {k: tuple(v) for k, v in (p.get("evidence") or {}).items()}
        for f in _facts(p):
            tally.add((f, lang), fp=1, error=Error(doc, f, "spurious", _label(p), evidence=ev.get(f, ())))


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
    errors: tuple[Error, ...]
    #: (field, language) -> (tp, fp, fn, P, R, F1)
    cells: dict = field(default_factory=dict)

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

    def field_table(self) -> str:
        """F1 of each field in each language ("-" where the field has no fact there), with the
        field's P and R over all languages."""
        langs = sorted({lang for _f, lang in self.cells})
        lines = [f"{'F1 by field':18}" + "".join(f"{lang:>7}" for lang in langs) + f"{'P':>7}{'R':>7}{'F1':>7}"]
        for name, (_tp, _fp, _fn, p, r, f) in self.by_field.items():
            row = []
            for lang in langs:
                cell = self.cells.get((name, lang))
                row.append(f"{cell[5]:7.3f}" if cell and cell[0] + cell[1] + cell[2] else f"{'-':>7}")
            lines.append(f"{name:18}" + "".join(row) + f"{p:7.3f}{r:7.3f}{f:7.3f}")
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
        cells={k: total(lambda x, k=k: x == k) for k in sorted(keys)},
    )


_SENTENCE_END = re.compile(r"(?<=[.!?。！？؟])\s+|\n+")


def _mentioning(body: str, names: list[str], at_least: int = 1) -> list[str]:
    """Sentences of ``body`` naming at least ``at_least`` of ``names`` (for missed facts)."""
    wanted = [n for n in names if n and len(n) >= 2]
    out = []
    for sentence in _SENTENCE_END.split(body):
        if len({n for n in wanted if n in sentence}) >= min(at_least, len(wanted)) and wanted:
            out.append(sentence.strip())
    return out


def _names(value) -> list[str]:
    items = value if isinstance(value, list) else [value] if isinstance(value, dict) else []
    return [n for item in items for n in item.get("names") or []]


def explain(report: Score, gold_docs: list[dict], pred_docs: list[dict], limit: int = 2) -> list[str]:
    """Every error, each followed by the sentences behind it: the quoted evidence of a predicted
    fact, or for a missed one the article's sentences that name what gold expects."""
    bodies = {d["doc"].rsplit("/", 1)[-1]: d.get("body") or "" for d in pred_docs}
    gold_by_doc = {g["doc"]: g for g in gold_docs}
    lines: list[str] = []
    for e in report.errors:
        lines.append(f"- {e}")
        quotes = list(e.evidence)
        if not quotes and e.kind in ("missed", "wrong"):
            body = bodies.get(e.doc, "")
            if e.field == "agreement":
                gold = next((a for a in gold_by_doc.get(e.doc, {}).get("agreements") or [] if _label(a) == e.where),
                            None)
                parties = [(p.get("names") or [""])[0] for p in (gold or {}).get("parties") or []]
                quotes = _mentioning(body, parties, at_least=2)
            elif e.gold is not None:
                quotes = _mentioning(body, _names(e.gold) or [str(e.gold)[:4]])
        for q in quotes[:limit]:
            lines.append(f"    > {q[:300]}")
    return lines
