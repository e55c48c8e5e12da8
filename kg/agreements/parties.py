"""Who an agreement trigger is between, read from the words around it.

In order of trust: a "between" list after the noun ("the treaty between A
and B"); a compound before it ("the Russia-Iran treaty", "俄美条约"); a
"with" partner plus the side that signs with it ("A signed a deal with B";
"with B and C" is one agreement each unless the text says trilateral); the
agent of a passive ("signed by A and B"); the coordinated subject of the
sentence ("A and B signed"). Mediators, witnesses, hosts and places named
with a locative are never parties. A named agreement the lexicon knows
brings its own parties when the text names none.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.agreements.units import Group, Sentence, Trigger
from kg.doc import Document
from kg.lang.base import Language
from kg.lexicon import Lexicon

#: roles whose states are never parties of the agreement they surround
EXCLUDED = ("mediator", "witness", "locative", "envoy")


def _in_region(sentence: Sentence, offset: int) -> Optional[tuple[int, int]]:
    return next((r for r in sentence.regions if r[0] <= offset < r[1]), None)


def _compound(language: Language, folded: str, sentence: Sentence, t: Trigger) -> list[str]:
    """Parties joined by hyphens or juxtaposed right around the noun: "Russia-Iran treaty", "中尼自贸协定"."""
    best: list[str] = []
    for g in sentence.groups:
        if len(g.keys) < 2:
            continue
        gaps = [folded[a.end:b.start] for a, b in zip(g.members, g.members[1:]) if a.key != b.key]
        if not gaps or not all(re.fullmatch(r"\s*[-–—/·]?\s*", gap) for gap in gaps):
            continue  # a compound is hyphenated ("Russia-Iran") or juxtaposed ("中俄"), not "A and B"
        before_gap = folded[g.end:t.start]
        after_gap = folded[t.end:g.start]
        if 0 <= t.start - g.end <= 40 and not re.search(r"[,;:.،؛。]", before_gap) and _modifiers(language, before_gap):
            best = g.keys
        elif 0 <= g.start - t.end <= 40 and not re.search(r"[,;:.،؛。]", after_gap) and _modifiers(language, after_gap):
            best = best or g.keys
    return best


def _modifiers(language: Language, gap: str) -> bool:
    """A gap of a few modifier words (no verb-like long stretch): "free trade", "mutual defence"."""
    if not language.script.spaced:
        return len(gap) <= 10
    return len(re.findall(r"\w+", gap)) <= 5


def _after(sentence: Sentence, t: Trigger, role: str, window: int, folded: str) -> Optional[Group]:
    """The nearest group of ``role`` after the noun: within ``window``, or anywhere in its clause."""
    clause = sentence.clause_of(t.start)
    for g in sentence.groups:
        if g.role == role and g.start >= t.end and not re.search(r"[;:.،؛。]", folded[t.end:g.start]) and \
                (g.start - t.end <= window or g.end <= clause.end):
            return g
    return None


def _between_before(language: Language, folded: str, sentence: Sentence, t: Trigger) -> Optional[Group]:
    """Postpositional "between": "A与B之间的协议"."""
    marker = language.cue("between")
    for g in sentence.groups:
        if len(g.keys) >= 2 and 0 <= t.start - g.end <= 30:
            m = marker.match(folded, g.end)
            if m and not language.script.spaced:
                return g
    return None


def _subject(sentence: Sentence, t: Trigger, folded: str, before: Optional[int] = None) -> Optional[Group]:
    """The coordinated subject: the nearest role-less group before the trigger in its sentence
    (before the "with" partner when there is one: "A 与 B 签署"), a list of two or more before a
    single name (a demonym in "the Moroccan capital" is no subject)."""
    limit = min(t.start, before) if before is not None else t.start
    cands = [g for g in sentence.groups if g.role in ("subject", "owner") and g.end <= limit]
    several = [g for g in cands if len(g.keys) >= 2 and sentence.clause_of(g.start) == sentence.clause_of(t.start)]
    if several:
        return several[-1]
    return cands[-1] if cands else None


def _owner_after(language: Language, folded: str, groups: list[Group], t: Trigger,
                 partner: Group) -> Optional[Group]:
    """A possessor between the noun and its "with" partner: "соглашений ЕАЭС с Монголией"."""
    for g in groups:
        if g.role == "subject" and t.end <= g.start and g.end <= partner.start and \
                g.start - t.end <= 20 and not re.search(r"[,;:.،؛。]", folded[t.end:partner.start]):
            return g
    return None


def _relative_subject(language: Language, folded: str, sentence: Sentence, t: Trigger) -> Optional[Group]:
    """The subject of a relative clause right after the noun, beside its signing verb: "the
    agreement (that) A and B signed", "l'accord que A et B ont signé", "البروتوكول الذي وقعته A وB"."""
    relative = language.cue("relative").search(folded, t.end, min(sentence.span.end, t.end + 40))
    if relative is not None and not re.search(r"[,;:.،؛。]", folded[t.end:relative.start()].rstrip(" ,،")) \
            and len(re.findall(r"\w+", folded[t.end:relative.start()])) <= 4:
        for c in sentence.cues:
            if c.kind not in ("sign", "ratify", "conclude") or not relative.end() <= c.start <= relative.end() + 30:
                continue
            for g in sentence.groups:  # the subject next to the verb, before or after it
                near = 0 <= c.start - g.end <= 25 or 0 <= g.start - c.end <= 12
                if g.role == "subject" and g.start >= relative.end() and near and len(g.keys) >= 2 \
                        and not re.search(r"[,;:.،؛。]", folded[min(g.end, c.end):max(g.start, c.start)]):
                    return g
    for g in sentence.groups:
        gap = folded[t.end:g.start]
        if g.role != "subject" or not 0 <= g.start - t.end <= 12 or re.search(r"[,;:.،؛。]", gap) \
                or len(re.findall(r"\w+", gap)) > 2:
            continue
        if any(c.kind in ("sign", "ratify", "conclude") and c.verb and 0 <= c.start - g.end <= 25
               and not re.search(r"[,;:.،؛。]", folded[g.end:c.start]) for c in sentence.cues):
            return g
    return None


def _with(sentence: Sentence, t: Trigger) -> Optional[Group]:
    clause = sentence.clause_of(t.start)
    cands = [g for g in sentence.groups if g.role == "with"]
    inside = [g for g in cands if clause.start <= g.start < clause.end]
    pool = inside or [g for g in cands if g.start >= t.end]
    if not pool:
        return None
    return min(pool, key=lambda g: abs(g.start - t.end))


def resolve_parties(doc: Document, language: Language, lexicon: Lexicon, sentence: Sentence, t: Trigger) -> None:
    """Set ``t.parties`` (and ``explicit``, ``distributive``, ``region``, ``title``, ``name``)."""
    folded = doc.folded
    region = _in_region(sentence, t.start)
    t.region = region is not None
    groups = sentence.groups
    if region is not None:
        groups = [g for g in groups if region[0] <= g.start < region[1]]
    else:
        groups = [g for g in groups if _in_region(sentence, g.start) is None]
    view = Sentence(sentence.index, sentence.span, sentence.clauses, sentence.parties, groups, sentence.triggers,
                    sentence.cues, sentence.regions)
    excluded = {k for g in groups if g.role in EXCLUDED for k in g.keys} - \
        {k for g in groups if g.role not in EXCLUDED for k in g.keys}

    def keep(keys: list[str]) -> list[str]:
        return [k for k in keys if k not in excluded]

    between = _after(view, t, "between", 60, folded) or _between_before(language, folded, view, t)
    if between is not None and len(keep(between.keys)) >= 2:
        t.parties, t.explicit = keep(between.keys), True
        return
    compound = keep(_compound(language, folded, view, t))
    if len(compound) >= 2:
        t.parties, t.explicit = compound, True
        return
    partner = _with(view, t)
    subject = _subject(view, t, folded, before=partner.start if partner is not None else None)
    agent = next((g for g in groups if g.role == "agent" and g.start >= t.end), None)
    if t.region and t.start == t.end:  # an elided noun: its parties are the region's
        subject = subject if subject is not None and subject.start >= t.start else None
    if partner is not None:
        owner = _owner_after(language, folded, groups, t, partner)
        if owner is not None:  # "agreements of the EAEU with X", "l'accord de l'UE avec X"
            subject = owner
        if subject is None and agent is None:  # "those signed by A with B": the agent signs with the partner
            agent = next((g for g in groups if g.role == "agent" and g.end <= partner.start), None)
        side = keep(subject.keys) if subject is not None else keep(agent.keys) if agent is not None else []
        others = [k for k in keep(partner.keys) if k not in side]
        multilateral = bool(language.cue("multilateral").search(folded, sentence.span.start, sentence.span.end))
        if len(side) == 1 and 2 <= len(others) <= 3 and not multilateral:
            # "A signed treaties with B and C": one each; a long list signs one agreement together
            t.distributive = [[side[0], k] for k in others]
            t.explicit = True
            return
        t.parties = side + others
        t.explicit = len(t.parties) >= 2
        return
    if agent is not None and len(keep(agent.keys)) >= 2:  # "signed by A and B", "by X's leader and Y's"
        t.parties, t.explicit = keep(agent.keys), True
        return
    relative = _relative_subject(language, folded, view, t)
    if relative is not None and len(keep(relative.keys)) >= 2 and (subject is None or len(subject.keys) < 2):
        t.parties, t.explicit = keep(relative.keys), True  # "the agreement (that) A and B signed"
        return
    if subject is not None and keep(subject.keys):
        t.parties = keep(subject.keys)
        return
    free = [g for g in groups if g.role == "subject" and g.start > t.end and keep(g.keys)]
    if free and language.cues.signer_side == "both":  # verb-first order: "وقعت أستراليا وبريطانيا اتفاقية"
        t.parties = keep(free[0].keys)


def named_parties(lexicon: Lexicon, key: str) -> list[str]:
    entry = lexicon.get(key)
    return list(entry.parties) if entry is not None else []
