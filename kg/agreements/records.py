"""Document-level assembly: triggers become agreements, cues become stages and facts.

An :class:`Assembly` walks the sentences in order. Each trigger is bound to
an agreement: one with the same parties (and no conflicting title), the one
with its title, or, for a reference back, the agreement in focus. Each cue is
bound to the nearest trigger of its clause or sentence, or to the focus when
the sentence has none and names no other parties. Facts come from the
sentence of the cue that supports them (:mod:`kg.agreements.facts`).
"""
from __future__ import annotations

import re
from typing import Optional

from kg.agreements import facts
from kg.agreements.parties import named_parties
from kg.agreements.rec import Rec
from kg.agreements.units import Cue, Sentence, Trigger
from kg.doc import STAGES, AgreementRecord, Claim, Document, Span
from kg.lang.base import Language
from kg.lexicon import Lexicon


class Assembly:
    """Agreements of one document, built sentence by sentence."""

    def __init__(self, doc: Document, language: Language, lexicon: Lexicon) -> None:
        self.doc, self.language, self.lexicon = doc, language, lexicon
        self.recs: list[Rec] = []
        self.focus: Optional[Rec] = None
        self.pending: list[tuple[Sentence, list[Trigger]]] = []
        #: the parties the headline coordinates ("Russia and Mali agree on..."): the article's pair
        self.headline: frozenset[str] = frozenset()
        #: blocs the article lists with their members ("Mercosur (Argentina, Brazil...)")
        self.members: dict[str, tuple[str, ...]] = {}

    # --- binding triggers --------------------------------------------------------------

    @staticmethod
    def _title_keys(t: Trigger) -> set[str]:
        """A title by its words, and a named agreement also by its lexicon key (any inflection)."""
        keys = {re.sub(r"\W+", "", t.title).lower()} if t.title else set()
        return keys | {t.named} if t.named else keys

    def _find(self, parties: frozenset[str], t: Trigger, sentence: Optional[Sentence] = None) -> Optional[Rec]:
        titles = self._title_keys(t)
        same = [r for r in self.recs if r.parties == parties and not _years_apart(r, t.year)]
        if titles:
            for r in same:
                if any(_same_title(a, b) for a in titles for b in r.titles):
                    return r
            same = [r for r in same if not r.titles or t.new is False and not r.titles - titles]
        if t.new and same and not t.region and self._older(same[-1], sentence):
            return None  # "a new treaty" beside an older one between the same parties
        return same[-1] if same else None

    def _older(self, rec: Rec, sentence: Optional[Sentence] = None) -> bool:
        """An agreement dated well before the article (or before the year the sentence names):
        a "new" one with the same parties is another."""
        year = (self.doc.published or "")[:4]
        if sentence is not None:
            years = [str(d.value)[:4] for d in self.doc.dates if d.value and not d.relative
                     and sentence.span.start <= d.span.start < sentence.span.end]
            year = max(years + [year])
        dates = [str(c.value)[:4] for _p, c in rec.signed_on]
        return bool(year and dates and min(dates) < str(int(year) - 1))

    def _create(self, parties: frozenset[str], t: Trigger, sentence: Sentence) -> Rec:
        rec = Rec(parties, sentence.index, kind=t.kind, last=sentence.index)
        self.recs.append(rec)
        if self.pending and not t.region:
            self._flush(rec)
        return rec

    def bind(self, t: Trigger, sentence: Sentence) -> list[Rec]:
        """The agreement(s) a trigger refers to, created on first mention."""
        if t.distributive:
            return [r for p in t.distributive if (r := self._get(frozenset(p), t, sentence)) is not None]
        # a bloc whose members the article listed stands for them: "the Mercosur-EFTA treaty"
        parties = list(dict.fromkeys(k for key in t.parties for k in self.members.get(key, (key,))))
        if (t.demonstrative or t.document or t.definite) and not t.explicit and self.focus is not None \
                and not t.title and (len(parties) < 2 or set(parties) <= self.focus.parties
                                     or t.demonstrative or not self._signs(sentence, t)):
            return [self.focus]  # "this agreement", "the document", "ratify the deal": the one in focus
        if len(parties) < 2 and t.named:
            named = named_parties(self.lexicon, t.named)
            if len(named) >= 2:
                parties = named
        if len(parties) >= 2 and not t.explicit and self.focus is not None and set(parties) < self.focus.parties:
            return [self.focus]  # some of the focus's parties, named around a bare noun: the same agreement
        if len(parties) >= 2 and t.definite and not t.explicit and not t.new \
                and not any(r.parties == set(parties) for r in self.recs):
            wider = [r for r in self.recs if set(parties) < r.parties]
            if wider:  # "the treaty", signed for some of its parties: the one they are parties to
                return [wider[-1]]
        if len(parties) >= 2:
            got = self._get(frozenset(parties), t, sentence)
            return [got] if got is not None else []
        titles = self._title_keys(t)
        for r in reversed(self.recs):
            if titles & r.titles:
                return [r]
        if parties:
            fits = [r for r in self.recs if set(parties) <= r.parties and not r.label]
            if self.focus is not None and set(parties) <= self.focus.parties:
                return [self.focus]
            if fits:
                return [fits[-1]]
            other = self._other_party(sentence, t, parties[0])
            if other:
                got = self._get(frozenset((parties[0], other)), t, sentence)
                return [got] if got is not None else []
            if t.definite or t.document:
                return [self.focus] if self.focus is not None else self._from_headline(t, sentence)
            return self._from_headline(t, sentence)
        if self.focus is not None and (t.definite or t.document or not t.new):
            return [self.focus]
        return self._from_headline(t, sentence)

    def _from_headline(self, t: Trigger, sentence: Sentence) -> list[Rec]:
        """No agreement in focus yet: an agreement of the headline's pair, when the trigger fits it."""
        if len(self.headline) < 2 or t.region or t.hypothetical or not set(t.parties) <= self.headline:
            return []
        got = self._get(self.headline, t, sentence)
        return [got] if got is not None else []

    @staticmethod
    def _signs(sentence: Sentence, t: Trigger) -> bool:
        """A signing cue governs the trigger: only signing introduces an agreement by its subject."""
        clause = sentence.clause_of(t.start)
        return any(c.kind in ("sign", "conclude") and clause.start <= c.start < clause.end for c in sentence.cues)

    def _other_party(self, sentence: Sentence, t: Trigger, key: str) -> Optional[str]:
        """A lone party with one other party in the sentence's subject: "X's deal ... Y"."""
        keys = [p.key for g in sentence.groups if g.role in ("subject", "owner") for p in g.members
                if p.key != key and _outside(sentence, p.start)]
        distinct = list(dict.fromkeys(keys))
        return distinct[0] if len(distinct) == 1 else None

    def _get(self, parties: frozenset[str], t: Trigger, sentence: Sentence) -> Optional[Rec]:
        found = self._find(parties, t, sentence)
        if found is None and t.hypothetical:
            return None  # "if A and B sign a treaty": no agreement comes of it
        return found if found is not None else self._create(parties, t, sentence)

    # --- one sentence -----------------------------------------------------------------

    def _headline_pair(self, sentence: Sentence) -> None:
        if self.doc.title_span is not None and sentence.span.start < self.doc.title_span.end:
            pair = next((g.keys for g in sentence.groups if g.role == "subject" and len(g.keys) >= 2), None)
            if pair is not None:
                self.headline = frozenset(pair)

    def add(self, sentence: Sentence) -> None:
        """Bind the sentence's triggers, then apply its cues and clauses to what they refer to.

        A sentence that refers back before any agreement has been named ("The deal, which
        expires at midnight, ..." under a headline naming no parties) is kept and applied to
        the first agreement the article names (cataphora).
        """
        self._headline_pair(sentence)
        for g in sentence.groups:
            self.members.update(g.blocs)
        bound: list[tuple[Trigger, list[Rec]]] = []
        waiting: list[Trigger] = []
        for t in sentence.triggers:
            recs = self.bind(t, sentence)
            if recs:
                bound.append((t, recs))
                if not t.region:
                    self.focus = recs[-1]
            elif not t.region and not t.new:
                waiting.append(t)
        if self.focus is None and (waiting or sentence.cues) and not bound:
            self.pending.append((sentence, waiting))
            return
        self._apply(sentence, bound)

    def _apply(self, sentence: Sentence, bound: list[tuple[Trigger, list[Rec]]],
               focus: Optional[Rec] = None) -> None:
        doc, language = self.doc, self.language
        evidence = Span(sentence.span.start, sentence.span.end)
        focus = focus or self.focus
        for t, recs in bound:
            for rec in recs:
                rec.last = max(rec.last, sentence.index)
                facts.name(doc, language, t, rec, evidence)
                rec.titles |= self._title_keys(t)
                claimed = {c.value for c in rec.party_claims}
                named = set(t.parties) | {k for d in t.distributive for k in d}
                for key in sorted(rec.parties & named - claimed):  # the sentence that names each party
                    rec.party_claims.append(Claim(key, evidence))
                facts.dated_noun(doc, language, t, rec, evidence)
        for cue in sentence.cues:
            for rec in self._targets(cue, sentence, bound, focus):
                facts.apply_cue(doc, language, sentence, cue, rec, evidence, bound)
        main = [r for t, rs in bound if not t.region for r in rs] or \
            ([focus] if focus is not None and self._continues(sentence, focus) else [])
        compared = [r for t, rs in bound if t.region for r in rs]
        facts.clauses(doc, language, sentence, main, compared, bound, evidence)

    def _flush(self, rec: Rec) -> None:
        """The first agreement named: what earlier sentences said of "the deal" is about it."""
        pending, self.pending = self.pending, []
        for sentence, waiting in pending:
            fits = [t for t in waiting if set(t.parties) <= rec.parties]
            if waiting and not fits:
                continue
            self._apply(sentence, [(t, [rec]) for t in fits], focus=rec)

    def _continues(self, sentence: Sentence, focus: Optional[Rec]) -> bool:
        """A sentence without a trigger speaks of the focus if it names no party outside it."""
        if focus is None:
            return False
        keys = {p.key for g in sentence.groups if g.role not in ("mediator", "witness", "locative")
                for p in g.members if p.via != "person"}
        return keys <= focus.parties

    def _targets(self, cue: Cue, sentence: Sentence, bound: list[tuple[Trigger, list[Rec]]],
                 focus: Optional[Rec]) -> list[Rec]:
        region = next((r for r in sentence.regions if r[0] <= cue.start < r[1]), None)
        cands = [(t, rs) for t, rs in bound if (region is not None) == t.region]
        if cands:
            clause = sentence.clause_of(cue.start)
            inside = [(t, rs) for t, rs in cands if clause.start <= t.start < clause.end]
            pool = inside or cands
            t, rs = min(pool, key=lambda tr: abs(tr[0].start - cue.start))
            return rs
        if region is None and focus is not None and self._continues(sentence, focus) and (
                cue.kind != "terminate" or self.language.cue("participation").search(
                    self.doc.folded, *_clause_span(sentence, cue))):
            # ending something without naming it ("to end the conflict") ends no agreement,
            # suspending one's participation does
            return [focus]
        return []

    # --- the result -------------------------------------------------------------------

    def records(self) -> list[AgreementRecord]:
        """The finished agreements; several between the same parties get labels that tell them
        apart by content (the signing year, else the title), so that other articles agree."""
        out: list[AgreementRecord] = []
        for rec in self.recs:
            if len(rec.parties) >= 2:
                out.append(_finish(rec))
        by_parties: dict[frozenset[str], list[AgreementRecord]] = {}
        for record in out:
            by_parties.setdefault(record.parties, []).append(record)
        for group in by_parties.values():
            if len(group) < 2:
                continue
            used: set[str] = set()
            for i, record in enumerate(group):
                label = _content_label(record) or str(i + 1)
                while label in used:
                    label += "-" + str(i + 1)
                used.add(label)
                record.label = label
        return out


def _same_title(a: str, b: str) -> bool:
    """One title written out in full inside another ("Russia-Iran Comprehensive Strategic
    Partnership Treaty" and "Comprehensive Strategic Partnership Treaty"): one agreement."""
    short, long = sorted((a, b), key=len)
    return short == long or len(short) >= 6 and short in long


def _years_apart(rec: Rec, year: str) -> bool:
    """A trigger dated to a year two or more years from the agreement's signing: another agreement."""
    years = {str(c.value)[:4] for _p, c in rec.signed_on}
    return bool(year and years and all(abs(int(y) - int(year[:4])) >= 2 for y in years))


def _content_label(record: AgreementRecord) -> str:
    """What tells an agreement apart from others between the same parties: its signing year,
    else a slug of its first name."""
    if record.signed_on is not None:
        return str(record.signed_on.value)[:4]
    if record.names:
        slug = re.sub(r"\W+", "-", str(record.names[0].value).lower()).strip("-")
        return slug[:40]
    return ""


def _clause_span(sentence: Sentence, cue: Cue) -> tuple[int, int]:
    clause = sentence.clause_of(cue.start)
    return clause.start, clause.end


def _outside(sentence: Sentence, offset: int) -> bool:
    return not any(a <= offset < b for a, b in sentence.regions)


def _finish(rec: Rec) -> AgreementRecord:
    """The record's status (latest stage reported), signing date (best supported), and the rest."""
    actual = [(s, c) for s, strength, c in rec.events if strength == "actual"]
    weak = [(s, c) for s, strength, c in rec.events if strength == "weak"]
    plans = [(s, c) for s, strength, c in rec.events if strength == "plan"]
    stages: list[Claim] = []
    status: Optional[Claim] = None
    for stage, claim in actual:
        stages.append(Claim(stage, claim.evidence, claim.attributed_to))
        if status is None or STAGES.index(stage) > STAGES.index(status.value):
            status = Claim(stage, claim.evidence, claim.attributed_to)
    if status is None and weak and not plans:
        stage, claim = weak[0]
        status = Claim(stage, claim.evidence, claim.attributed_to)
        stages.append(status)
    if status is None and plans:
        stage, claim = plans[0]
        status = Claim("planned", claim.evidence, claim.attributed_to)
        stages.append(status)
    signed_on = None
    if rec.signed_on and (status is None or status.value != "planned"):
        signed_on = max(rec.signed_on, key=lambda pc: (pc[0], len(str(pc[1].value))))[1]
    if status is None and (signed_on is not None or rec.signatories):
        status = Claim("signed", (signed_on or rec.signatories[0]).evidence)
        stages.append(status)
    seen: set = set()
    unique = []
    for c in stages:
        if (c.value, c.evidence) not in seen:
            seen.add((c.value, c.evidence))
            unique.append(c)
    unsigned = status is not None and status.value == "planned"  # who is to sign where is no signing
    return AgreementRecord(
        parties=rec.parties, names=rec.names, party_claims=rec.party_claims, status=status, stages=unique,
        signed_on=signed_on, signed_at=None if unsigned else rec.signed_at,
        signatories=[] if unsigned else rec.signatories, duration=rec.duration,
        mutual_defense=rec.mutual_defense, kind=rec.kind, label=rec.label,
    )
