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
from typing import Optional

from kg.agreements.rec import Rec
from kg.agreements.units import Cue, Party, Sentence, Trigger, locative_before
from kg.mentions.persons import title_pattern
from kg.doc import Claim, Document, Mention, Span
from kg.lang.base import Language


#: cue kind -> (stage in the actual mode, stage when planned or future)
_STAGE = {"sign": "signed", "ratify": "ratified", "in_force": "in_force", "terminate": "terminated"}


def _outside(sentence: Sentence, offset: int) -> bool:
    return not any(a <= offset < b for a, b in sentence.regions)


# --- names ------------------------------------------------------------------------------------

def name(doc: Document, language: Language, t: Trigger, rec: Rec, evidence: Span) -> None:
    """The agreement's name as written: its quoted title (found with the trigger), or the noun with
    modifiers. A quotation that merely contains the noun is a statement, not a name."""
    text = doc.text
    surface = t.title or _noun_phrase(doc, language, t)
    if t.title is None and surface != text[t.start:t.end] and _is_title(surface):
        t.title = surface
    if surface and all(c.value != surface for c in rec.names):
        rec.names.append(Claim(surface, evidence))


def _is_title(surface: str) -> bool:
    words = surface.split()
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= max(2, len(words) - 2)


def _noun_phrase(doc: Document, language: Language, t: Trigger) -> str:
    """The noun with what names it: capitalised words before a capitalised noun ("Pukpuk Treaty"),
    the characters before it in unspaced scripts (自贸协定), else the noun alone."""
    text = doc.text
    if not language.script.spaced:
        i = t.start
        stops = language.titles.stop_chars + language.cues.name_boundary
        while i > 0 and t.start - i < 10 and text[i - 1].isalpha() and text[i - 1] not in stops:
            i -= 1
        return text[i:t.end]
    noun = text[t.start:t.end]
    if not (language.script.cased and noun[:1].isupper()):
        return noun
    words = re.findall(r"\S+", text[max(0, t.start - 60):t.start])[-4:]
    keep: list[str] = []
    for w in reversed(words):
        if not re.fullmatch(r"[\w'’-]+", w) or not w[:1].isupper() or w in language.titles.stop:
            break
        keep.insert(0, w)
    return " ".join(keep + [noun]).strip()


# --- dates on the noun --------------------------------------------------------------------------

def dated_noun(doc: Document, language: Language, t: Trigger, rec: Rec, evidence: Span) -> None:
    """A year right before the noun dates its signing: "the 2015 agreement", "2010年签署的条约"."""
    if t.year:
        rec.add_date(1, Claim(t.year, evidence))
        rec.events.append(("signed", "weak", Claim("signed", evidence)))


# --- cues -----------------------------------------------------------------------------------

def apply_cue(doc: Document, language: Language, sentence: Sentence, cue: Cue, rec: Rec, evidence: Span,
              bound: list[tuple[Trigger, list[Rec]]]) -> None:
    """Record the stage a cue reports for ``rec``, and the signing facts of its sentence."""
    claim = Claim("", evidence, _attribution(doc, sentence))
    mode = cue.mode
    if mode == "conditional":
        return
    if mode == "actual" and _dated_ahead(doc, sentence, cue):
        mode = "future"  # "enters into force on 1 January" said in November
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
        # a signing named by a noun ("the signing", "签约") without a past verb may still be ahead
        noun = cue.kind == "sign" and not cue.verb and not language.cue("past").search(
            doc.folded, max(sentence.clause_of(cue.start).start, cue.start - 40), min(sentence.span.end, cue.end + 40))
        headline = doc.title_span is not None and sentence.span.start < doc.title_span.end
        # a headline's present tense may announce what is still ahead: it counts if the body agrees
        rec.events.append((stage, "weak" if noun or headline and cue.kind == "sign" else "actual", claim))
        if cue.kind == "sign":
            _signing(doc, language, sentence, cue, rec, evidence)
        elif cue.kind in ("ratify", "in_force", "terminate"):
            _signing_elsewhere(doc, language, sentence, cue, rec, evidence)
    elif cue.kind == "sign":
        rec.events.append(("planned", "plan", claim))


def _dated_ahead(doc: Document, sentence: Sentence, cue: Cue) -> bool:
    """The date nearest the cue in its clause lies after the article's own date."""
    from kg.dates import parse_iso
    anchor = doc.published
    if not anchor:
        return False
    clause = sentence.clause_of(cue.start)
    near = [d for d in _clause_dates(doc, sentence, clause.start, clause.end) if abs(d.span.start - cue.start) <= 60]
    if not near:
        return False
    best = min(near, key=lambda d: abs(d.span.start - cue.start))
    value = str(best.value)
    return value[:len(anchor)] > anchor[:len(value)] if len(value) <= len(anchor) else False


def _attribution(doc: Document, sentence: Sentence) -> Optional[str]:
    """The cited agency a sentence attributes its content to ("according to Reuters")."""
    for c in doc.cited_agencies:
        if c.evidence.start == sentence.span.start:
            return str(c.value)
    return None


def _clause_dates(doc: Document, sentence: Sentence, lo: int, hi: int, cue: Optional[Cue] = None):
    """Resolved dates in [lo, hi): inside the cue's comparison when it has one, else outside all."""
    region = sentence.region_of(cue.start) if cue is not None else None
    return [d for d in doc.dates_in(lo, hi) if d.value and
            (sentence.region_of(d.span.start) == region)]


def _stretch(sentence: Sentence, cue: Cue) -> tuple[int, int]:
    """The part of the sentence a cue speaks for: between the neighbouring cues of other stages."""
    others = [c for c in sentence.cues if c is not cue and c.kind != cue.kind and c.kind != "plan"]
    lo = max((c.end for c in others if c.end <= cue.start), default=sentence.span.start)
    hi = min((c.start for c in others if c.start >= cue.end), default=sentence.span.end)
    return lo, hi


def _signing(doc: Document, language: Language, sentence: Sentence, cue: Cue, rec: Rec, evidence: Span) -> None:
    clause = sentence.clause_of(cue.start)
    lo, hi = _stretch(sentence, cue)  # another stage's cue takes the dates on its side
    dates = _clause_dates(doc, sentence, max(lo, clause.start), min(hi, clause.end), cue)
    priority = 3
    if not dates:
        dates = _clause_dates(doc, sentence, lo, hi, cue)
        priority = 2
    if dates:
        best = min(dates, key=lambda d: abs(d.span.start - cue.start))
        rec.add_date(priority, Claim(best.value, evidence))
    place = _place(doc, language, sentence, cue)
    if place is not None and rec.signed_at is None:
        rec.signed_at = Claim(place, evidence)
    for key in _signers(doc, language, sentence, cue, rec):
        if all(c.value != key for c in rec.signatories):
            rec.signatories.append(Claim(key, evidence))


def _signing_elsewhere(doc: Document, language: Language, sentence: Sentence, cue: Cue, rec: Rec,
                       evidence: Span) -> None:
    """A later stage's sentence dates the signing only within a signing word's own clause."""
    for other in sentence.cues:
        if other.kind == "sign" and other.mode == "actual" and other is not cue:
            clause = sentence.clause_of(other.start)
            dates = _clause_dates(doc, sentence, clause.start, clause.end)
            if dates:
                best = min(dates, key=lambda d: abs(d.span.start - other.start))
                rec.add_date(2, Claim(best.value, evidence))


def _place(doc: Document, language: Language, sentence: Sentence, cue: Cue) -> Optional[str]:
    """A city or seat named with a locative in the sentence, nearest the cue."""
    clause = sentence.clause_of(cue.start)
    return _place_in(doc, language, sentence, cue, clause.start, clause.end) or \
        _place_in(doc, language, sentence, cue, *_stretch(sentence, cue))


def _place_in(doc: Document, language: Language, sentence: Sentence, cue: Cue, lo: int, hi: int) -> Optional[str]:
    from kg.lexicon import load_lexicon
    lexicon = load_lexicon()
    best: Optional[tuple[int, str]] = None
    for m in doc.mentions_in(lo, hi):
        if m.kind not in ("city", "seat"):
            continue
        if sentence.region_of(m.span.start) != sentence.region_of(cue.start):
            continue  # a compared agreement's signing place stays in its comparison, and the other way round
        if not locative_before(language, doc.folded, m.span.start, sentence.span.start):
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
    return [m for m in doc.mentions_in(lo, hi) if m.kind == "person"]


def _signers(doc: Document, language: Language, sentence: Sentence, cue: Cue, rec: Rec) -> list[str]:
    """People who signed: the subject side of an active signing verb (and its "with" partner),
    or the agent of a passive one; "the two foreign ministers signed" names the parties' ones."""
    folded = doc.folded
    excluded = {p.mention.key for g in sentence.groups if g.role in ("mediator", "witness") for p in g.members}
    passive = language.cue("passive")
    is_passive = any(m.start() <= cue.start < m.end() + 2 for m in passive.finditer(
        folded, max(sentence.span.start, cue.start - 30), min(sentence.span.end, cue.end + 30)))
    clause = sentence.clause_of(cue.start)
    found: list[Mention] = []
    if is_passive:
        agent = language.cue("agent").search(folded, cue.end, min(sentence.span.end, cue.end + 100))
        if agent is not None:
            found = _run(doc, language, agent.end(), sentence.span.end, sentence)
        else:  # verb-final: "توسط X و Y امضا شد", the agent before the verb
            lo = _stretch(sentence, cue)[0]
            before = [m for m in language.cue("agent").finditer(folded, lo, cue.start)]
            if before:
                found = _run(doc, language, before[-1].end(), cue.start, sentence)
    elif cue.verb:
        if language.cues.signer_side in ("before", "both"):
            found = _run_before(doc, language, sentence, clause, cue.start)
            if not found and not _subject_in(doc, language, sentence, clause, cue):
                # the clause opens with an adverb or a "with" phrase: the subject is in the clause before
                previous = [c for c in sentence.clauses if c.end <= clause.start]
                for back in (1, 4):  # one clause back; or past appositions: "X, Kenya's minister, and Y, ..."
                    if not found and len(previous) >= back:
                        found = _run_before(doc, language, sentence, Span(previous[-back].start, clause.end),
                                            cue.start)
        if not found and language.cues.signer_side == "both":
            # the first signer in the verb's clause; the list may run on past commas ("X (A), Y (B) and Z")
            found = _run(doc, language, cue.end, sentence.span.end, sentence, listed_after=clause.end)
            if found and clause.end > cue.end and found[0].span.start >= clause.end:
                found = []
        partner = next((g for g in sentence.groups if g.role in ("with", "between")
                        and clause.start <= g.start < clause.end), None)
        if partner is not None:  # "X signed with Y", "signed between X and Y": both sign
            found += [p.mention for p in partner.members if p.via == "person"]
        if not found:
            found = _office_holders(doc, language, clause, cue, rec)
    if not found and not is_passive:  # a passive written like the active: "وقعت في طشقند ... من قبل X"
        agent = language.cue("agent").search(folded, cue.end, min(sentence.span.end, cue.end + 100))
        if agent is not None and not any(c.kind == "sign" and cue.end <= c.start < agent.start()
                                         for c in sentence.cues if c is not cue):
            found = _run(doc, language, agent.end(), sentence.span.end, sentence)
            found = found if found and found[0].span.start - agent.end() <= 40 else []
    out: list[str] = []
    for m in found:
        if m.key in excluded:
            continue
        if m.stands_for and rec.parties and m.stands_for not in rec.parties:
            continue
        if m.key not in out:
            out.append(m.key)
    return out


_OFFICE_MATCH = {"leader": ("head_of_state", "head_of_government", "supreme_leader", "military"),
                 "minister": ("minister", "foreign_minister", "defence_minister")}


def _office_holders(doc: Document, language: Language, clause: Span, cue: Cue, rec: Rec) -> list[Mention]:
    """"The two foreign ministers signed": the foreign ministers (or counterparts) of the parties."""
    before = doc.folded[clause.start:cue.start]
    for source, role in language.cues.office_subjects:
        if not language.pattern(source).search(before):
            continue
        roles = _OFFICE_MATCH.get(role, (role,))
        out: list[Mention] = []
        for m in doc.mentions:
            if m.kind == "person" and m.stands_for in rec.parties and (m.role in roles or m.role is None) \
                    and all(o.key != m.key for o in out):
                out.append(m)
        by_party = {m.stands_for for m in out}
        return out if len(by_party) >= 2 else []
    return []


_INITIAL = re.compile(r"(?<![\w.])[^\W\d_]\.(?=\s*[^\W\d_])")


def _run(doc: Document, language: Language, start: int, end: int, sentence: Sentence,
         listed_after: Optional[int] = None) -> list[Mention]:
    """The coordinated people starting at ``start``: "by X and Y", "X, Y and Z". Past
    ``listed_after`` (the verb's clause end) only a plain list goes on: "X (A), Y (B) and Z"."""
    persons = _persons(doc, start, end)
    out: list[Mention] = []
    pos = start
    for m in persons:
        gap = _INITIAL.sub(" ", doc.folded[pos:m.span.start])  # "and minister A. Diallo": an initial ends nothing
        if out and (len(gap) > 80 or re.search(r"[;:.؛。]", gap) or language.cue("witness").search(gap)
                    or language.cue("mediator").search(gap)):
            break
        if out and listed_after is not None and m.span.start >= listed_after and \
                not _list_gap(language, doc, pos, m.span.start):
            break
        if not out and (len(gap) > 90 or re.search(r"[;.؛。]", gap)):
            break
        out.append(m)
        pos = m.span.end
    return out


def _list_gap(language: Language, doc: Document, a: int, b: int) -> bool:
    """Only brackets, titles (with their states), conjunctions and fillers between two names:
    a list, no apposition ("X, adviser to President Y")."""
    spans = [(m.span.start, m.span.end) for m in doc.mentions_in(a, b) if m.kind in ("state", "adjective", "org")]
    gap = "".join(" " if any(s <= i < e for s, e in spans) else doc.folded[i] for i in range(a, b))
    rest = re.sub(r"\([^()]*\)", " ", _INITIAL.sub(" ", gap))
    rest = title_pattern(language).sub(" ", rest)
    rest = language.cue("conjunction").sub(" ", rest)
    rest = language.cue("filler").sub(" ", rest)
    return not re.search(r"\w{3,}", rest)


def _holes(language: Language, folded: str, sentence: Sentence) -> list[tuple[int, int]]:
    """Stretches naming mediators and witnesses ("brokered by X", "при посредничестве X"),
    with their marker: a list of signers reads across them."""
    out = []
    for g in sentence.groups:
        if g.role in ("mediator", "witness"):
            cue = language.cue("mediator" if g.role == "mediator" else "witness")
            marker = None
            for m in cue.finditer(folded, max(sentence.span.start, g.start - 40), g.start):
                marker = m
            out.append((marker.start() if marker else g.start, g.end))
    return out


def _gap_without(folded: str, a: int, b: int, holes: list[tuple[int, int]]) -> str:
    return "".join(folded[i] for i in range(a, b) if not any(h0 <= i < h1 for h0, h1 in holes))


def _subject_in(doc: Document, language: Language, sentence: Sentence, clause: Span, cue: Cue) -> bool:
    """Whether the clause names its own subject before the verb (a party or person outside
    the with/mediator/witness phrases)."""
    holes = _holes(language, doc.folded, sentence) + [(g.start, g.end) for g in sentence.groups if g.role == "with"]
    return any(clause.start <= p.start < cue.start and not any(a <= p.start < b for a, b in holes)
               for p in sentence.parties)


def _owned(doc: Document, persons: list[Mention], party: Party) -> bool:
    """A state right after its own person ("Colonel Keita of Mali") is the person's, not a subject."""
    return any(m.stands_for == party.key and (
        0 <= party.start - m.span.end <= 8 and not re.search(r"[,;:.،]", doc.folded[m.span.end:party.start])
        # in the person's apposition: "Kofi Mensah, the Ghanaian trade minister,"
        or 0 <= party.start - m.span.end <= 40 and re.match(r"\s*[,،]", doc.folded[m.span.end:party.start])
        and not re.search(r"[;:.]", doc.folded[m.span.end:party.start])) for m in persons)


def _run_before(doc: Document, language: Language, sentence: Sentence, clause: Span, verb: int) -> list[Mention]:
    """The people on the subject side of a verb, read back from it within its clause (a state
    named nearer the verb than any person is the subject: nobody is named as signing)."""
    holes = _holes(language, doc.folded, sentence) + [(g.start, g.end) for g in sentence.groups if g.role == "with"]
    inside = lambda pos: any(h0 <= pos < h1 for h0, h1 in holes)  # noqa: E731
    persons = [m for m in _persons(doc, clause.start, verb) if not inside(m.span.start)]
    object_at = verb
    if language.cues.object_before_verb:  # "A and B [treaty of X and Y] signed": X and Y name the object
        noun = language.cue("agreement").search(doc.folded, clause.start, verb)
        object_at = noun.start() if noun is not None else verb
    persons_all = _persons(doc, clause.start, verb)
    states = [p.start for p in sentence.parties if p.via in ("state", "org") and clause.start <= p.start < object_at
              and not inside(p.start) and not _owned(doc, persons_all, p)]
    if states and (not persons or max(states) > persons[-1].span.end):
        return []
    out: list[Mention] = []
    pos = verb
    for m in reversed(persons):
        gap = _INITIAL.sub(" ", _gap_without(doc.folded, m.span.end, pos, holes))
        if len(gap) > (60 if out else 120) or re.search(r"[;:.؛。]", gap) or language.cue("witness").search(gap) \
                or language.cue("mediator").search(gap):
            break
        if language.cue("agreement").search(language.cue("object_phrase").sub(" ", gap)) and not out \
                and not language.cues.object_before_verb:
            break  # "X and the treaty Y signed": Y signed, unless the object goes before the verb
        out.insert(0, m)
        pos = m.span.start
    return out


# --- clauses: duration and mutual defence ------------------------------------------------------

def clauses(doc: Document, language: Language, sentence: Sentence, main: list[Rec], compared: list[Rec],
            bound: list[tuple[Trigger, list[Rec]]], evidence: Span) -> None:
    _duration(doc, language, sentence, main, bound, evidence)
    _mutual_defence(doc, language, sentence, main, compared, bound, evidence)


def _duration(doc: Document, language: Language, sentence: Sentence, main: list[Rec],
              bound: list[tuple[Trigger, list[Rec]]], evidence: Span) -> None:
    """A term bound to the agreement: next to its noun ("a 20-year treaty", "为期20年的协议",
    "قرارداد ۲۰ ساله"), or in a clause that says it is valid or lasts that long. An extension's
    length ("extended for five more years") is no term."""
    folded = doc.folded
    units, numbers = language.cues.units, language.folded_keys(language.cues.numbers)
    extension, validity = language.cue("extension"), language.cue("validity")
    for pattern in language.cue_list("duration"):
        for m in pattern.finditer(folded, sentence.span.start, sentence.span.end):
            if not _outside(sentence, m.start()):
                continue
            clause = sentence.clause_of(m.start())
            if extension.search(folded, clause.start, clause.end):
                continue
            near = [r for t, rs in bound if not t.region and _adjacent(doc, sentence, t, m) for r in rs]
            valid = bool(validity.search(folded, clause.start, clause.end))
            in_clause = [r for t, rs in bound if not t.region and clause.start <= t.start < clause.end for r in rs]
            targets = near or ((in_clause or ([] if bound else main)) if valid else [])
            value = _iso(m, units, numbers, language) if targets else None
            if value is None:
                continue
            for rec in targets:
                if rec.duration is None:
                    rec.duration = Claim(value, evidence)
            return


def _adjacent(doc: Document, sentence: Sentence, t: Trigger, m: re.Match[str]) -> bool:
    """The duration modifies the noun: right before it, or in its complement right after (a few
    words with no date or lifecycle word between: "treaty on Monday after a three-year war" is no term)."""
    folded = doc.folded
    if 0 <= t.start - m.end() <= 30:
        return not re.search(r"[,;:.،؛。]", folded[m.end():t.start])
    if not 0 <= m.start() - t.end <= 50:
        return False
    gap = folded[t.end:m.start()]
    if re.search(r"[,;:.،؛。]", gap) or len(re.findall(r"\w+", gap)) > 6:
        return False
    return not doc.dates_in(t.end, m.start()) and \
        not any(t.end <= c.start < m.start() for c in sentence.cues)


def _iso(m: re.Match[str], units, numbers: dict[str, int], language: Language) -> Optional[str]:
    from kg.dates import parse_number
    token = m.group("n").lower()
    n = numbers.get(token) or parse_number(token, language)
    if not n or n > 199:
        return None
    unit = m.groupdict().get("unit")
    designator = units.get(unit.lower() if unit else "", units.get(unit or "", "Y")) if unit else "Y"
    return f"P{n}{designator}"


def _mutual_defence(doc: Document, language: Language, sentence: Sentence, main: list[Rec],
                    compared: list[Rec], bound: list[tuple[Trigger, list[Rec]]], evidence: Span) -> None:
    folded = doc.folded
    hits = list(language.cue("mutual_defence").finditer(folded, sentence.span.start, sentence.span.end))
    if not hits:
        return
    hit = next((h for h in hits if _outside(sentence, h.start())), None)
    negated = hedged = False
    if hit is not None:
        clause = sentence.clause_of(hit.start())
        negation = language.cue("negation")
        negated = bool(negation.search(folded, clause.start, hit.start()))
        if not negated and language.cues.negation_follows:
            negated = bool(negation.search(folded, hit.end(), clause.end))  # verb-final: the negation follows
        hedged = bool(language.cue("hedge").search(folded, clause.start, hit.start()) or
                      language.cue("conditional").search(folded, clause.start, clause.end))
    for rec in compared:
        region = next((sentence.region_of(t.start) for t, rs in bound if t.region and rec in rs), None)
        inside = any(region and region[0] <= h.start() < region[1] for h in hits)
        similar = region is not None and region not in sentence.contrasts and hit is not None and hit.start() < region[0]
        contrast = region is not None and region in sentence.contrasts and hit is not None and negated
        if rec.mutual_defense is None and (inside or similar or contrast):
            # "clauses similar to those of X", "unlike X, it has no such clause": X has one
            rec.mutual_defense = Claim(True, evidence)
    if hit is None or not main or hedged:
        return
    for rec in main:
        if rec not in compared:
            rec.mutual_defense = Claim(not negated, evidence)
