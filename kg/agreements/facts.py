"""The facts one sentence supports about the agreements it refers to, each with that sentence.

A signing cue in the actual mode gives the signing date (the nearest date of
its clause), the place (a city or seat named with a locative) and the
signatories (the people on the subject side of an active signing verb, or
after the agent marker of a passive one; never those named as witnesses or
mediators). Other cues give stages. Durations count only when bound to the
agreement (a "20-year treaty", "valid for 10 years"), not when an extension
names them; a mutual-defence pledge counts for the agreement the sentence is
about, negated where the clause negates it.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from kg.agreements.units import Cue, Sentence, Trigger
from kg.doc import Claim, Document, Mention, Span
from kg.lang.base import Language

if TYPE_CHECKING:
    from kg.agreements.records import Rec

#: cue kind -> (stage in the actual mode, stage when planned or future)
_STAGE = {"sign": "signed", "ratify": "ratified", "in_force": "in_force", "terminate": "terminated"}


def _outside(sentence: Sentence, offset: int) -> bool:
    return not any(a <= offset < b for a, b in sentence.regions)


# --- names ------------------------------------------------------------------------------------

def name(doc: Document, language: Language, t: Trigger, rec: "Rec", evidence: Span) -> None:
    """The agreement's name as written: a quoted title around the noun, or the noun with modifiers."""
    text = doc.text
    surface = t.title or _quoted(doc, language, t) or _noun_phrase(doc, language, t)
    if t.title is None and surface != text[t.start:t.end] and _is_title(surface):
        t.title = surface
    if surface and all(c.value != surface for c in rec.names):
        rec.names.append(Claim(surface, evidence))


def _is_title(surface: str) -> bool:
    words = surface.split()
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= max(2, len(words) - 2)


def _quoted(doc: Document, language: Language, t: Trigger) -> Optional[str]:
    text = doc.text
    for open_q, close_q in language.script.quotes:
        left = text.rfind(open_q, max(0, t.start - 60), t.start + 1)
        if left == -1:
            continue
        right = text.find(close_q, t.end, t.end + 60)
        if right == -1:
            continue
        inner = text[left + len(open_q):right]
        if inner and open_q not in inner and close_q not in inner and len(inner) <= 90 \
                and not re.search(r"[\n;.!?。]", inner):
            return inner.strip()
    return None


def _noun_phrase(doc: Document, language: Language, t: Trigger) -> str:
    text = doc.text
    if not language.script.spaced:
        i = t.start
        stops = language.titles.stop_chars + "的了一项份个这该此签署订达成为期年中和与同及在"
        while i > 0 and t.start - i < 10 and text[i - 1].isalpha() and text[i - 1] not in stops:
            i -= 1
        return text[i:t.end]
    words = re.findall(r"\S+", text[max(0, t.start - 60):t.start])[-3:]
    keep: list[str] = []
    for w in reversed(words):
        if not re.fullmatch(r"[\w'’-]+", w) or len(w) <= 3 or w.lower() in {"with", "signed", "this", "that", "their"}:
            break
        keep.insert(0, w)
    return " ".join(keep + [text[t.start:t.end]]).strip()


# --- dates on the noun --------------------------------------------------------------------------

def dated_noun(doc: Document, language: Language, t: Trigger, rec: "Rec", evidence: Span) -> None:
    """A year right before the noun dates its signing: "the 2015 agreement", "2010年签署的条约"."""
    for d in doc.dates:
        if d.value and not d.relative and 0 <= t.start - d.span.end <= 14 and d.span.start >= evidence.start:
            gap = doc.folded[d.span.end:t.start]
            if not re.search(r"[,;:.،。]", gap) and len(re.findall(r"\w+", gap)) <= 2:
                rec.signed_on.append((1, Claim(d.value, evidence)))
                rec.events.append(("signed", "weak", Claim("signed", evidence)))
                return


# --- cues -----------------------------------------------------------------------------------

def apply_cue(doc: Document, language: Language, sentence: Sentence, cue: Cue, rec: "Rec", evidence: Span,
              bound: list[tuple[Trigger, list["Rec"]]]) -> None:
    """Record the stage a cue reports for ``rec``, and the signing facts of its sentence."""
    claim = Claim("", evidence, _attribution(doc, sentence))
    mode = cue.mode
    if mode == "conditional":
        return
    if cue.kind == "plan":
        if mode != "negated":
            rec.events.append(("planned", "plan", claim))
        return
    if cue.kind == "conclude":
        if mode == "actual":
            rec.events.append(("signed", "weak", claim))
        elif mode in ("future", "hedged"):
            rec.events.append(("planned", "plan", claim))
        return
    stage = _STAGE[cue.kind]
    if mode == "actual":
        rec.events.append((stage, "actual", claim))
        if cue.kind == "sign":
            _signing(doc, language, sentence, cue, rec, evidence)
        elif cue.kind in ("ratify", "in_force", "terminate"):
            _signing_elsewhere(doc, language, sentence, cue, rec, evidence)
    elif cue.kind == "sign":
        rec.events.append(("planned", "plan", claim))


def _attribution(doc: Document, sentence: Sentence) -> Optional[str]:
    """The cited agency a sentence attributes its content to ("according to Reuters")."""
    for c in doc.cited_agencies:
        if c.evidence.start == sentence.span.start:
            return str(c.value)
    return None


def _clause_dates(doc: Document, sentence: Sentence, lo: int, hi: int):
    return [d for d in doc.dates if d.value and lo <= d.span.start < hi and _outside(sentence, d.span.start)]


def _signing(doc: Document, language: Language, sentence: Sentence, cue: Cue, rec: "Rec", evidence: Span) -> None:
    clause = sentence.clause_of(cue.start)
    dates = _clause_dates(doc, sentence, clause.start, clause.end)
    priority = 3
    if not dates:
        others = [c for c in sentence.cues if c is not cue and c.kind in ("ratify", "in_force", "terminate")]
        if not others:
            dates = _clause_dates(doc, sentence, sentence.span.start, sentence.span.end)
            priority = 2
    if dates:
        best = min(dates, key=lambda d: abs(d.span.start - cue.start))
        rec.signed_on.append((priority, Claim(best.value, evidence)))
    place = _place(doc, language, sentence, cue)
    if place is not None and rec.signed_at is None:
        rec.signed_at = Claim(place, evidence)
    for key in _signers(doc, language, sentence, cue, rec):
        if all(c.value != key for c in rec.signatories):
            rec.signatories.append(Claim(key, evidence))


def _signing_elsewhere(doc: Document, language: Language, sentence: Sentence, cue: Cue, rec: "Rec",
                       evidence: Span) -> None:
    """A later stage's sentence dates the signing only within a signing word's own clause."""
    for other in sentence.cues:
        if other.kind == "sign" and other.mode == "actual" and other is not cue:
            clause = sentence.clause_of(other.start)
            dates = _clause_dates(doc, sentence, clause.start, clause.end)
            if dates:
                best = min(dates, key=lambda d: abs(d.span.start - other.start))
                rec.signed_on.append((2, Claim(best.value, evidence)))


def _place(doc: Document, language: Language, sentence: Sentence, cue: Cue) -> Optional[str]:
    """A city or seat named with a locative in the sentence, nearest the cue."""
    locative = language.cue("locative")
    from kg.lexicon import load_lexicon
    lexicon = load_lexicon()
    best: Optional[tuple[int, str]] = None
    for m in doc.mentions:
        if m.kind not in ("city", "seat") or not sentence.span.start <= m.span.start < sentence.span.end:
            continue
        if not _outside(sentence, m.span.start):
            continue
        if not locative.search(doc.folded, max(sentence.span.start, m.span.start - 14), m.span.start):
            continue
        key = m.key
        if m.kind == "seat":
            entry = lexicon.get(m.key)
            key = entry.located_in if entry is not None and entry.located_in else None
            if key is None:
                continue
        distance = abs(m.span.start - cue.start)
        if best is None or distance < best[0]:
            best = (distance, key)
    return best[1] if best else None


def _persons(doc: Document, lo: int, hi: int) -> list[Mention]:
    return [m for m in doc.mentions if m.kind == "person" and lo <= m.span.start < hi]


def _signers(doc: Document, language: Language, sentence: Sentence, cue: Cue, rec: "Rec") -> list[str]:
    """People who signed: the subject side of an active signing verb, or the agent of a passive one."""
    folded = doc.folded
    excluded = {p.mention.key for g in sentence.groups if g.role in ("mediator", "witness") for p in g.members}
    passive = language.cue("passive")
    is_passive = any(m.start() <= cue.start < m.end() + 2 for m in passive.finditer(
        folded, max(sentence.span.start, cue.start - 30), min(sentence.span.end, cue.end + 30)))
    found: list[Mention] = []
    if is_passive:
        agent = language.cue("agent").search(folded, cue.end, min(sentence.span.end, cue.end + 100))
        if agent is not None:
            found = _run(doc, language, agent.end(), sentence.span.end, sentence)
    elif cue.verb:
        clause = sentence.clause_of(cue.start)
        if language.cues.signer_side in ("before", "both"):
            found = _run_before(doc, language, sentence, cue.start)
        if not found and language.cues.signer_side == "both":
            found = _run(doc, language, cue.end, clause.end if clause.end > cue.end else sentence.span.end, sentence)
    out: list[str] = []
    for m in found:
        if m.key in excluded:
            continue
        if m.stands_for and rec.parties and m.stands_for not in rec.parties:
            continue
        if m.key not in out:
            out.append(m.key)
    return out


def _run(doc: Document, language: Language, start: int, end: int, sentence: Sentence) -> list[Mention]:
    """The coordinated people starting at ``start``: "by X and Y", "X, Y and Z"."""
    persons = _persons(doc, start, end)
    out: list[Mention] = []
    pos = start
    for m in persons:
        gap = doc.folded[pos:m.span.start]
        if out and (len(gap) > 80 or re.search(r"[;:.؛。]", gap) or language.cue("witness").search(gap)
                    or language.cue("mediator").search(gap)):
            break
        if not out and (len(gap) > 90 or re.search(r"[;.؛。]", gap)):
            break
        out.append(m)
        pos = m.span.end
    return out


def _run_before(doc: Document, language: Language, sentence: Sentence, verb: int) -> list[Mention]:
    """The people on the subject side of a verb, read back from it within its sentence."""
    persons = [m for m in _persons(doc, sentence.span.start, verb)]
    out: list[Mention] = []
    pos = verb
    for m in reversed(persons):
        gap = doc.folded[m.span.end:pos]
        if len(gap) > (60 if out else 120) or re.search(r"[;:.؛。]", gap) or language.cue("witness").search(gap) \
                or language.cue("mediator").search(gap):
            break
        if language.cue("agreement").search(gap) and not out:
            break
        out.insert(0, m)
        pos = m.span.start
    return out


# --- clauses: duration and mutual defence ------------------------------------------------------

def clauses(doc: Document, language: Language, sentence: Sentence, main: list["Rec"], compared: list["Rec"],
            bound: list[tuple[Trigger, list["Rec"]]], evidence: Span) -> None:
    _duration(doc, language, sentence, main, bound, evidence)
    _mutual_defence(doc, language, sentence, main, compared, evidence)


def _duration(doc: Document, language: Language, sentence: Sentence, main: list["Rec"],
              bound: list[tuple[Trigger, list["Rec"]]], evidence: Span) -> None:
    folded = doc.folded
    units, numbers = language.cues.units, language.folded_keys(language.cues.numbers)
    extension = language.cue("extension")
    validity = language.cue("validity")
    for pattern in language.cue_list("duration"):
        for m in pattern.finditer(folded, sentence.span.start, sentence.span.end):
            if not _outside(sentence, m.start()):
                continue
            clause = sentence.clause_of(m.start())
            if extension.search(folded, clause.start, clause.end):
                continue
            near = [(t, rs) for t, rs in bound if not t.region and
                    (0 <= t.start - m.end() <= 40 or 0 <= m.start() - t.end <= 40)]
            bound_here = near or ([] if not validity.search(folded, clause.start, clause.end) else
                                  [(t, rs) for t, rs in bound if not t.region])
            targets = [r for _t, rs in bound_here for r in rs] or (main if validity.search(folded, clause.start, clause.end) else [])
            if not targets:
                continue
            value = _iso(m, units, numbers, language)
            if value is None:
                continue
            for rec in targets:
                if rec.duration is None:
                    rec.duration = Claim(value, evidence)
            return


def _iso(m: re.Match[str], units, numbers: dict[str, int], language: Language) -> Optional[str]:
    from kg.dates import parse_number
    token = m.group("n").lower()
    n = numbers.get(token) or parse_number(token, language)
    if not n or n > 199:
        return None
    unit = m.groupdict().get("unit")
    designator = units.get(unit.lower() if unit else "", units.get(unit or "", "Y")) if unit else "Y"
    return f"P{n}{designator}"


def _mutual_defence(doc: Document, language: Language, sentence: Sentence, main: list["Rec"],
                    compared: list["Rec"], evidence: Span) -> None:
    folded = doc.folded
    hits = list(language.cue("mutual_defence").finditer(folded, sentence.span.start, sentence.span.end))
    if not hits:
        return
    for rec in compared:
        if rec.mutual_defense is None and any(not _outside(sentence, h.start()) for h in hits):
            rec.mutual_defense = Claim(True, evidence)
    hit = next((h for h in hits if _outside(sentence, h.start())), None)
    if hit is None or not main:
        return
    clause = sentence.clause_of(hit.start())
    negation = language.cue("negation")
    negated = bool(negation.search(folded, clause.start, hit.start()))
    if not negated and language.cues.negation_follows:
        negated = bool(negation.search(folded, hit.end(), clause.end))  # verb-final: the negation follows
    if language.cue("hedge").search(folded, clause.start, hit.start()) or \
            language.cue("conditional").search(folded, clause.start, clause.end):
        return
    for rec in main:
        if rec not in compared:
            rec.mutual_defense = Claim(not negated, evidence)
