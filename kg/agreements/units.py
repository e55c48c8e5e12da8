"""The pieces of a sentence the agreement rules reason over.

A sentence is read into typed units over the folded text: *parties* (states
and organisations, directly or through a capital, a seat of power, a demonym
or a leader), *groups* of coordinated parties with the role the words before
them give ("between", "with", "brokered by", "in"), agreement *triggers*
(nouns, quoted titles, named agreements, references back) and lifecycle
*cues* with their modality. Everything here is language-neutral; the words
come from the language's :class:`~kg.lang.base.Cues`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from kg.doc import Document, Mention, Span
from kg.lang.base import Language
from kg.mentions.persons import title_pattern

PARTY_KINDS = ("state", "org")


@dataclass(frozen=True)
class Party:
    """A mention that denotes a possible party."""

    start: int
    end: int
    key: str
    via: str  # state, org, metonym, person, adjective
    mention: Mention


@dataclass
class Group:
    """Coordinated parties ("Russia and Iran", "Moscow, Minsk and Pyongyang") and their role."""

    members: list[Party]
    role: str = "subject"  # subject, with, between, agent, mediator, witness, locative, owner, other
    #: where the group begins in the text when its first word is a bloc replaced by its listed members
    head: Optional[int] = None
    #: blocs listed with their members here ("Mercosur (Argentina, Brazil...)"): bloc -> member keys
    blocs: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.members[0].start if self.head is None else self.head

    @property
    def end(self) -> int:
        return self.members[-1].end

    @property
    def keys(self) -> list[str]:
        out: list[str] = []
        for p in self.members:
            if p.key not in out:
                out.append(p.key)
        return out


@dataclass
class Trigger:
    """A mention of an agreement: its noun (or title), and what the words around it say."""

    start: int
    end: int
    kind: str
    sentence: int
    definite: bool = False       # a determiner refers back ("the treaty", "该协议", "الاتفاقية")
    demonstrative: bool = False  # a strong one ("this treaty", "该协议")
    new: bool = False            # "a new treaty", "another", "similar agreements"
    document: bool = False       # "the document": refers back, never introduces
    title: Optional[str] = None  # a quoted or capitalised proper title, or an acronym
    named: Optional[str] = None  # a named agreement's lexicon key
    name: str = ""               # the name as written (for the graph)
    parties: list[str] = field(default_factory=list)
    explicit: bool = False       # the parties are bound to the noun (between, compound, with)
    distributive: list[list[str]] = field(default_factory=list)  # "with B and C": one agreement each
    region: bool = False         # inside a comparison ("unlike the treaty with X")
    hypothetical: bool = False   # under "if", "whether", "no matter what": refers, never introduces
    year: str = ""               # a year right before the noun: "the 2015 agreement", "2010年的条约"


@dataclass
class Cue:
    """A lifecycle word and its modality in its clause."""

    start: int
    end: int
    kind: str           # sign, ratify, in_force, terminate, plan, conclude
    mode: str           # actual, future, negated, hedged, conditional
    verb: bool = False  # a finite signing verb: its subject or agent signed


@dataclass
class Sentence:
    """One sentence with its units (folded offsets = text offsets)."""

    index: int
    span: Span
    clauses: list[Span]
    parties: list[Party]
    groups: list[Group]
    triggers: list[Trigger]
    cues: list[Cue]
    regions: list[tuple[int, int]]
    #: the regions that contrast ("unlike X"): what the main agreement lacks, X has
    contrasts: set[tuple[int, int]] = field(default_factory=set)

    def region_of(self, offset: int) -> Optional[tuple[int, int]]:
        return next((r for r in self.regions if r[0] <= offset < r[1]), None)

    def clause_of(self, offset: int) -> Span:
        for c in self.clauses:
            if c.start <= offset < c.end:
                return c
        return self.span


# --- parties ----------------------------------------------------------------------------------

def locative_before(language: Language, folded: str, start: int, floor: int = 0) -> bool:
    """A locative (with its lead words: "in the eastern city of") ends right before ``start``."""
    c = language.cues
    pattern = language.pattern(f"(?:{c.locative or '(?!)'})(?:{c.place_lead})?$" if c.place_lead
                               else f"(?:{c.locative or '(?!)'})$")
    visit = language.pattern(f"(?:{c.visit or '(?!)'})$")
    lo = max(floor, start - 60)
    return bool(pattern.search(folded, lo, start) or visit.search(folded, lo, start))

def party_mentions(doc: Document, language: Language, mentions: list[Mention]) -> list[Party]:
    """Every mention that may denote a party, with what it denotes."""
    folded = doc.folded
    out: list[Party] = []
    for m in mentions:
        s, e = m.span.start, m.span.end
        if m.kind in PARTY_KINDS:
            out.append(Party(s, e, m.key, m.kind, m))
        elif m.kind in ("city", "seat") and m.stands_for:
            # "signed in Moscow" is a place; "Moscow and Tehran signed" a party; "MOSCOW (Reuters) -" a dateline
            if not locative_before(language, folded, s) and not _dateline(doc, m):
                out.append(Party(s, e, m.stands_for, "metonym", m))
        elif m.kind == "person" and m.stands_for:
            out.append(Party(s, e, m.stands_for, "person", m))
        elif m.kind == "adjective" and m.stands_for:
            out.append(Party(s, e, m.stands_for, "adjective", m))
    out.sort(key=lambda p: (p.start, p.end))
    return out


def _dateline(doc: Document, m: Mention) -> bool:
    """A city opening one of the first paragraphs, followed by a credit, a date or a dash."""
    s = m.span.start
    line_start = doc.text.rfind("\n", 0, s) + 1
    if doc.text[line_start:s].strip(" \t\"'“«(【[") or line_start > len(doc.text) // 2:
        return False
    return bool(re.match(r"\s*(?:,[^,\n]{1,40}?)?\s*(?:\([^)\n]{1,40}\)|/[^/\n]{1,30}/|\d{1,2}\s*\w*)?\s*[.]?\s*[-–—:]",
                         doc.text[m.span.end:m.span.end + 60]))


def _gap_joins(language: Language, gap: str, same: bool) -> bool:
    """Whether the text between two parties coordinates them ("and", ", ", "، و", "、")."""
    stripped = gap.strip()
    if not stripped:
        return True
    if len(gap) > 50:
        return False
    rest = title_pattern(language).sub(" ", gap)  # "and the prime minister of": titles stand in lists
    rest = language.cue("conjunction").sub(" ", rest)
    rest = language.cue("filler").sub(" ", rest)
    if not language.script.spaced:  # no word lengths to go by: only conjunctions, titles and fillers
        joins = bool(language.cue("conjunction").search(gap))
        return (not rest.strip() or joins and len(rest.strip()) <= 4 and not re.search(r"[,;:.。]", rest)) and \
            (joins or same or not gap.strip())
    joined = bool(language.cue("conjunction").search(gap))
    words = re.findall(r"\w+", rest)
    if any(len(w) > 3 for w in words):
        # a person after their own state or title: "Kenyan President X", "俄罗斯总统普京"
        # never across a verb or an agreement: "Russia and Iran signed a treaty in the Iranian capital"
        return same and not joined and len(gap) <= 40 and not re.search(r"[,;:.،؛]", gap) and \
            not language.cue("agreement").search(gap) and not language.cue("sign").search(gap)
    if re.search(r"[;:.!?؛。]", rest):
        return False
    return joined or same or not words


def groups_of(language: Language, folded: str, parties: list[Party], span: Span) -> list[Group]:
    """Coordinated runs of parties inside ``span``, with the role the words before them give."""
    inside = [p for p in parties if span.start <= p.start and p.end <= span.end]
    groups: list[Group] = []
    for p in inside:
        if groups:
            last = groups[-1].members[-1]
            if p.start < last.end or _gap_joins(language, folded[last.end:p.start], p.key == last.key):
                groups[-1].members.append(p)
                continue
        groups.append(Group([p]))
    groups = _split_with(language, folded, _members_in_brackets(folded, groups))
    for g in groups:
        g.role = g.role if g.role == "with" else _role(language, folded, g, span)
    return groups


def _split_with(language: Language, folded: str, groups: list[Group]) -> list[Group]:
    """Where one word means both "and" and "with" (Chinese 与): "A与B和C" is A with B and C."""
    with_ = language.cue("with_")
    out: list[Group] = []
    for g in groups:
        gaps = [folded[a.end:b.start] for a, b in zip(g.members, g.members[1:])]
        first = next((i for i, gap in enumerate(gaps) if gap.strip() and with_.search(gap)), None)
        later = first is not None and any(gap.strip() and not with_.search(gap) for gap in gaps[first + 1:])
        if first is not None and later:
            out.append(Group(g.members[:first + 1]))
            out.append(Group(g.members[first + 1:], role="with"))
        else:
            out.append(g)
    return out


def _members_in_brackets(folded: str, groups: list[Group]) -> list[Group]:
    """"Mercosur (Argentina, Brazil, Paraguay and Uruguay)": the listed members are the parties."""
    for g in groups:
        kept: list[Party] = []
        for i, p in enumerate(g.members):
            nxt = g.members[i + 1] if i + 1 < len(g.members) else None
            if p.via == "org" and nxt is not None and re.fullmatch(r"\s*\(\s*", folded[p.end:nxt.start]):
                listed = [q.key for q in g.members[i + 1:] if ")" not in folded[p.end:q.start]]
                g.blocs[p.key] = tuple(dict.fromkeys(listed))
                if not kept:
                    g.head = p.start  # the group still begins at the bloc: "with EFTA (Iceland, ...)"
                continue
            kept.append(p)
        g.members[:] = kept
    return groups


_ROLE_CUES = (("envoy", "envoy"), ("mediator", "mediator"), ("witness", "witness"), ("between", "between"),
              ("with", "with_"), ("agent", "agent"))


def _role(language: Language, folded: str, group: Group, span: Span) -> str:
    before = folded[max(span.start, group.start - 40):group.start]
    after = folded[group.end:min(span.end, group.end + 6)]
    for role, cue in _ROLE_CUES:
        pattern = language.cue(cue)
        for m in pattern.finditer(before):
            tail = title_pattern(language).sub(" ", before[m.end():])
            if role == "envoy" and tail.strip():
                continue
            rest = language.cue("filler").sub(" ", tail)  # "with the member states of": fillers are no distance
            if not tail.strip() or len(rest.strip()) <= 12 and not re.search(r"[,;:،؛]", tail) and \
                    not re.search(r"\w{4,}", rest):
                if role == "agent" and not language.cue("sign").search(before[max(0, m.start() - 30):m.start()]) \
                        and not language.cue("sign").search(folded, group.end, min(span.end, group.end + 20)):
                    continue  # an agent only beside a signing word: "signed by A and B", "由A和B签署"
                return role
    if locative_before(language, folded, group.start, span.start) and \
            all(p.via in ("metonym", "state") for p in group.members) and group.members[0].mention.kind != "org":
        return "locative"
    if re.match(r"^(?:'s|’s)\b", after):
        return "owner"
    return "subject"


# --- triggers ---------------------------------------------------------------------------------

def _kind(language: Language, noun: str) -> str:
    low = noun.lower()
    return next((kind for stem, kind in language.cues.kinds.items() if language.fold(stem).lower() in low),
                "agreement")


def triggers_of(doc: Document, language: Language, index: int, span: Span, mentions: list[Mention]) -> list[Trigger]:
    """The agreement mentions of one sentence: nouns, named agreements and references back."""
    folded = doc.folded
    out: list[Trigger] = []
    here = doc.mentions_in(span.start, span.end)
    orgs = [m for m in here if m.kind in ("org", "outlet", "state")]
    named = [m for m in here if m.kind == "agreement"]
    taken: list[tuple[int, int]] = [(m.span.start, m.span.end) for m in named]
    for m in named:
        out.append(Trigger(m.span.start, m.span.end, "agreement", index, named=m.key, title=m.surface,
                           name=m.surface))
    tail = language.cue("organisation_tail")
    acts = [m.span() for m in language.cue("act").finditer(folded, span.start, span.end)]
    for m in language.cue("agreement").finditer(folded, span.start, span.end):
        s, e = m.span()
        if any(o.span.start <= s and e <= o.span.end for o in orgs):
            continue  # "Collective Security Treaty Organization": a name, not an agreement
        if any(a <= s < b for a, b in taken):
            continue
        if tail.match(folded, e):
            continue
        if any(a <= s < b for a, b in acts):
            continue  # "the protocol on the exchange of instruments of ratification" is an act
        out.append(Trigger(s, e, _kind(language, m.group()), index))
    for m in language.cue("document").finditer(folded, span.start, span.end):
        s, e = m.span()
        if not any(t.start <= s < t.end or s <= t.start < e for t in out):
            out.append(Trigger(s, e, "agreement", index, document=True, definite=True))
    out.sort(key=lambda t: t.start)
    conditional = language.cue("conditional")
    breaks = language.pattern(language.script.clause_breaks)
    for t in out:
        _determiners(language, folded, t, span)
        lo = max([span.start] + [b.end() for b in breaks.finditer(folded, span.start, t.start)])
        t.hypothetical = bool(conditional.search(folded, lo, t.start))
        t.year = _year_before(doc, language, folded, t, span)
        if t.title is None and not t.document:
            t.title = quoted_title(doc.text, language, t.start, t.end)
            if t.title is not None:
                t.new = False  # "新" inside 《新削减战略武器条约》 is part of the name
    return out


def _year_before(doc: Document, language: Language, folded: str, t: Trigger, span: Span) -> str:
    """An absolute year right before the noun dates the agreement ("the 2015 agreement")."""
    for d in doc.dates_in(span.start, span.end):
        if d.value and not d.relative and span.start <= d.span.start and 0 <= t.start - d.span.end <= 14:
            gap = folded[d.span.end:t.start]
            if re.search(r"[,;:.،。]", gap) or len(re.findall(r"\w+", gap)) > 2:
                continue
            # no other stage and no one acting in between: "2018年川普退出该协议" dates the leaving
            if any(language.cue(kind).search(gap) for kind in ("terminate", "ratify", "in_force", "plan")) or \
                    any(m.kind == "person" for m in doc.mentions_in(d.span.end, t.start)):
                continue
            return str(d.value)
    return ""


def quoted_title(text: str, language: Language, start: int, end: int) -> Optional[str]:
    """The title in quotes around an agreement noun: 《新削减战略武器条约》, «Договор о ...»."""
    for open_q, close_q in language.script.quotes:
        if open_q == close_q and open_q in "'":
            continue
        left = text.rfind(open_q, max(0, start - 60), start + 1)
        if left == -1:
            continue
        right = text.find(close_q, end, end + 60)
        if right == -1:
            continue
        inner = text[left + len(open_q):right]
        if inner and open_q not in inner and close_q not in inner and 2 <= len(inner) <= 90 \
                and not re.search(r"[\n;.!?。,，]", inner):
            return inner.strip()
    return None


def _determiners(language: Language, folded: str, t: Trigger, span: Span) -> None:
    before = folded[max(span.start, t.start - 40):t.start]
    if language.cue("anaphora").search(before):
        t.definite = True
        window = before[-30:]
        t.demonstrative = bool(language.cue("demonstrative").search(window))
    t.new = bool(language.cue("new").search(folded, max(span.start, t.start - 30), t.start))
    if language.cues.new_after and not t.new:
        t.new = bool(language.cue("new_after").match(folded, t.end, min(span.end, t.end + 20)))


# --- cues -------------------------------------------------------------------------------------

_CUE_KINDS = ("terminate", "in_force", "ratify", "sign", "plan", "conclude")


def cues_of(language: Language, folded: str, span: Span, clauses: list[Span],
            regions: Optional[list[tuple[int, int]]] = None) -> list[Cue]:
    """Lifecycle cues in a sentence, each with the modality its clause gives it."""
    out: list[Cue] = []
    taken: list[tuple[int, int]] = []
    verbs = [m.span() for m in language.cue("sign_verb").finditer(folded, span.start, span.end)]
    act = language.cue("act")
    for kind in _CUE_KINDS:
        for m in language.cue(kind).finditer(folded, span.start, span.end):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            if kind == "sign" and _signs_an_act(language, act, folded, s, e, span):
                continue  # signing a law about the agreement (ratifying, suspending it) is no signing
            clause = next((c for c in clauses if c.start <= s < c.end), span)
            region = next((r for r in regions or () if r[0] <= s < r[1]), None)
            out.append(Cue(s, e, kind, _mode(language, folded, s, e, clause, span, region),
                           verb=any(a <= s < b or s <= a < e for a, b in verbs)))
    out.sort(key=lambda c: c.start)
    return out


def _signs_an_act(language: Language, act: re.Pattern[str], folded: str, s: int, e: int, span: Span) -> bool:
    """The signing verb's object is a law, a decree or instruments of ratification."""
    after = act.search(folded, e, span.end)
    if after is not None and after.start() - e <= 25 and not re.search(r"[,;:،。]", folded[e:after.start()]):
        return True
    if language.cues.object_before_verb:  # the object stands before a final verb
        before = [m for m in act.finditer(folded, max(span.start, s - 25), s)]
        return bool(before) and not re.search(r"[,;:،。]", folded[before[-1].end():s])
    return False


def _mode(language: Language, folded: str, s: int, e: int, clause: Span, sentence: Span,
          region: Optional[tuple[int, int]] = None) -> str:
    """actual, future, negated, hedged or conditional: the markers nearest the cue in its clause
    (inside a comparison, only the compared stretch speaks for its cues)."""
    if region is not None:
        clause = Span(max(clause.start, region[0]), min(clause.end, region[1]))
    window = (max(clause.start, s - 50), min(clause.end, e + 30))
    before = (max(clause.start, s - 40), s)
    if language.cue("conditional").search(folded, clause.start, s):
        return "conditional"
    negation = language.cue("negation")
    if negation.search(folded, *before) or (not language.script.cased and not language.script.spaced
                                            and negation.search(folded, max(clause.start, s - 6), s)):
        return "negated"
    if language.cue("purpose").search(folded, max(clause.start, s - 30), s):
        return "future"  # "for its ratification", "чтобы оно вступило в силу"
    future = [m for m in language.cue("future").finditer(folded, *window)]
    future += [m for m in language.cue("plan").finditer(folded, max(clause.start, s - 12), s)]  # "plans to sign"
    past = [m for m in language.cue("past").finditer(folded, *window) if not (s <= m.start() and m.end() <= e + 2)]
    if future:
        nearest_future = min(abs(m.start() - s) for m in future)
        nearest_past = min((abs(m.start() - s) for m in past), default=10 ** 6)
        if nearest_future <= nearest_past:
            return "future"
    if language.cue("hedge").search(folded, *before):
        return "hedged"
    return "actual"


def comparison_regions(language: Language, folded: str, span: Span, parties: list[Party],
                       contrast_only: bool = False) -> list[tuple[int, int]]:
    """Stretches about a compared agreement ("unlike the treaty with X", "类似X中的条款").

    A region runs to the first clause break that does not continue a list of parties:
    "similar to those signed with Germany, Italy, and Spain, was signed in Nancy" ends at Spain.
    """
    breaks = language.pattern(language.script.clause_breaks)
    conjunction = language.cue("conjunction")
    starts = {p.start for p in parties}
    out = []
    kinds = ("contrast",) if contrast_only else ("compare", "contrast")
    for pattern in [p for k in kinds for p in language.cue_list(k)]:
        for m in pattern.finditer(folded, span.start, span.end):
            a, b = m.start("region"), m.end("region")
            for br in breaks.finditer(folded, a, b):
                nxt = re.match(r"\s*", folded[br.end():]).end() + br.end()
                if nxt in starts or conjunction.match(folded, nxt):
                    continue
                b = br.start()
                break
            out.append((a, b))
    return out
