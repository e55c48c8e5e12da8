"""Extract: find the agreements an article reports, with evidence.

Language-independent procedure over the language data in ``kg.lang.xx``:
for each sentence, every agreement noun is a *trigger*; its parties come
from the states named around it (coordinated pairs such as "俄罗斯与伊朗",
"روسيا وإيران", "Moscow with Minsk and Pyongyang", metonyms and the
countries of named leaders); its lifecycle stage, signing date, place,
signatories, duration and mutual-defence clause come from cues in the
same sentence. Comparisons ("unlike the treaty with X", "类似X中的条款")
delimit a region whose agreement gets its own facts. A demonstrative
("该协议", "the agreement") refers back to the agreement in focus.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from kg.dates import find_dates, parse_iso
from kg.doc import STAGES, AgreementRecord, Claim, Document, Mention, Span
from kg.lang import rules_for
from kg.lexicon import Lexicon, load_lexicon
from kg.persons import find_titled_persons
from kg.text import Folded, fold, split_clauses, split_sentences

_CLAUSE_PUNCT = re.compile(r"[，。；;：:!?！？]")
_CLAUSE_SPLIT = re.compile(r"[，,；;：:،؛]")
_ZH_ABBREV_CONTEXT = "条协关双两合军战《“友同峰会联之"


@dataclass(frozen=True)
class PartyMention:
    """A mention that denotes a state (directly, as metonym, or as its leader)."""

    start: int  # folded offsets
    end: int
    state: str
    via: str    # state, metonym, person, abbrev, adjective, org
    mention: Optional[Mention] = None


@dataclass
class _Context:
    doc: Document
    folded: Folded
    rules: object
    lexicon: Lexicon
    parties: list[PartyMention]
    cities: list[tuple[int, int, Mention]]
    persons: list[tuple[int, int, Mention]]
    outlets: list[tuple[int, int, Mention]]
    countries: dict[str, str]  # person key -> the state they act for
    current: Optional[AgreementRecord] = None


def extract(doc: Document, lexicon: Optional[Lexicon] = None) -> Document:
    """Fill ``doc.sentences``, ``doc.mentions``, ``doc.agreements`` and cited agencies."""
    lexicon = lexicon or load_lexicon()
    lang = doc.language or "en"
    rules = rules_for(lang)
    folded = fold(doc.text, lang)
    doc.sentences = split_sentences(doc.text)
    doc.mentions = lexicon.find_mentions(doc.text, lang)
    countries = {e.key: e.country for e in map(lexicon.get, {m.key for m in doc.mentions if m.kind == "person"})
                 if e is not None and e.country}
    adjectives = lexicon.find_adjectives(doc.text, lang)
    for mention, country, _role in find_titled_persons(doc.text, lang, lexicon, doc.mentions + adjectives):
        doc.mentions.append(mention)  # "Foreign Minister X Y": people the lexicon lacks
        if country:
            countries.setdefault(mention.key, country)
    doc.mentions.sort(key=lambda m: m.span)
    ctx = _Context(doc, folded, rules, lexicon,
                   *_index_mentions(doc, folded, lexicon, rules, lang, countries, adjectives), countries)
    for sentence in doc.sentences:
        _extract_sentence(ctx, sentence)
    doc.agreements = [a for a in doc.agreements if len(a.parties) >= 2]
    return doc


# --- mentions -----------------------------------------------------------------------

def _index_mentions(doc: Document, folded: Folded, lexicon: Lexicon, rules, lang: str, countries: dict[str, str],
                    adjectives: list[Mention]):
    parties: list[PartyMention] = []
    cities, persons, outlets = [], [], []
    for m in doc.mentions:
        fs, fe = folded.at(m.span.start), folded.at(m.span.end)
        if m.kind in ("state", "org"):
            parties.append(PartyMention(fs, fe, m.key, m.kind, m))
        elif m.kind in ("city", "seat"):
            if m.kind == "city":
                cities.append((fs, fe, m))
            located = rules.PLACE_PREP.search(folded.text[max(0, fs - 6):fs])
            if m.stands_for and not located:  # "signed in Moscow" is a place, "Moscow and Tehran" a party
                parties.append(PartyMention(fs, fe, m.stands_for, "metonym", m))
        elif m.kind == "person":
            persons.append((fs, fe, m))
            if m.key in countries:
                parties.append(PartyMention(fs, fe, countries[m.key], "person", m))
        elif m.kind == "adjective" and m.stands_for:
            parties.append(PartyMention(fs, fe, m.stands_for, "adjective", m))
        elif m.kind == "outlet":
            outlets.append((fs, fe, m))
    for m in adjectives:
        fs, fe = folded.at(m.span.start), folded.at(m.span.end)
        if not any(p.start < fe and fs < p.end for p in parties):
            parties.append(PartyMention(fs, fe, m.stands_for or m.key, "adjective", m))
    if lang == "zh":
        parties += _zh_abbreviations(folded.text, lexicon, parties)
    parties.sort(key=lambda p: (p.start, p.end))
    return parties, cities, persons, outlets


def _zh_abbreviations(text: str, lexicon: Lexicon, known: list[PartyMention]) -> list[PartyMention]:
    """Compounds of one-character state abbreviations: 俄伊条约, 俄朝关系, 中美."""
    chars = "".join(c for c in set(text) if lexicon.abbreviation(c))
    if not chars:
        return []
    out = []
    pattern = re.compile(rf"[{re.escape(chars)}]{{2,4}}(?=[{_ZH_ABBREV_CONTEXT}])")
    for m in pattern.finditer(text):
        if any(p.start < m.end() and m.start() < p.end for p in known):
            continue
        for i, ch in enumerate(m.group()):
            key = lexicon.abbreviation(ch)
            if key:
                out.append(PartyMention(m.start() + i, m.start() + i + 1, key, "abbrev"))
    return out


# --- per sentence ---------------------------------------------------------------------

@dataclass
class _Trigger:
    start: int
    end: int
    clause: tuple[int, int]
    region: Optional[tuple[int, int]]  # comparison region holding it, if any
    records: list[AgreementRecord]
    segment: Optional[tuple[int, int]] = None  # where its own dates, places and signers may be


def _segment(text: str, triggers: list[_Trigger], i: int, s0: int, s1: int) -> tuple[int, int]:
    """The stretch of the sentence a trigger owns against neighbours about *other* agreements,
    cut at the last clause break between them: "the Aachen treaty, signed in 2019, and the
    Quirinal treaty, concluded in Rome in 2021" gives each its own date and place."""
    mine = triggers[i].records

    def boundary(left: int, right: int) -> int:
        breaks = [m.end() for m in _CLAUSE_SPLIT.finditer(text, left, right)]
        return breaks[-1] if breaks else right

    before = [boundary(t.end, triggers[i].start) for t in triggers[:i] if t.records and t.records != mine]
    after = [boundary(triggers[i].end, t.start) for t in triggers[i + 1:] if t.records and t.records != mine]
    return (max(before, default=s0), min(after, default=s1))


def _extract_sentence(ctx: _Context, sentence: Span) -> None:
    f = ctx.folded
    s0, s1 = f.at(sentence.start), f.at(sentence.end)
    text = f.text
    rules = ctx.rules
    clauses = [(f.at(c.start), f.at(c.end)) for c in split_clauses(ctx.doc.text, sentence)]
    regions = [(m.start("region"), m.end("region")) for pat in rules.COMPARE for m in pat.finditer(text, s0, s1)]
    hypothetical = bool(rules.HYPOTHETICAL.search(text, s0, s1))
    attributed = _attribution(ctx, s0, s1)
    triggers: list[_Trigger] = []
    if not hypothetical:
        for m in rules.AGREEMENT.finditer(text, s0, s1):
            if _inside_name(ctx, m.start(), m.end()):  # "Collective Security Treaty Organization"
                continue
            clause = next((c for c in clauses if c[0] <= m.start() < c[1]), (s0, s1))
            region = next((r for r in regions if r[0] <= m.start() < r[1]), None)
            records = _resolve_parties(ctx, m.start(), m.end(), clause, region, regions, (s0, s1))
            trig = _Trigger(m.start(), m.end(), clause, region, records)
            triggers.append(trig)
            if records and region is None:
                ctx.current = records[-1]
        for i, trig in enumerate(triggers):
            trig.segment = _segment(text, triggers, i, s0, s1)
            for record in trig.records:
                _add_facts(ctx, record, trig, regions, (s0, s1), sentence, attributed)
        if not triggers and ctx.current is not None:
            _pronoun_subject(ctx, s0, s1, clauses, regions, sentence, attributed, triggers)
    _mutual_defence(ctx, triggers, regions, (s0, s1), sentence, attributed)
    _duration(ctx, triggers, regions, (s0, s1), sentence, attributed)


def _inside_name(ctx: _Context, start: int, end: int) -> bool:
    """An agreement noun inside an organisation's or outlet's name is not an agreement."""
    return any(p.via == "org" and p.start <= start and end <= p.end for p in ctx.parties) or \
        any(fs <= start and end <= fe for fs, fe, _m in ctx.outlets)


def _pronoun_subject(ctx: _Context, s0: int, s1: int, clauses, regions, sentence: Span,
                     attributed: Optional[str], triggers: list) -> None:
    """"It was signed in 2022 by...": a pronoun subject with a lifecycle verb continues the focus."""
    rules, text = ctx.rules, ctx.folded.text
    m = rules.PRONOUN.match(text, s0, s1)
    if m is None or not any(p.search(text, s0, s1) for p in (rules.SIGN, rules.RATIFY, rules.IN_FORCE,
                                                              rules.TERMINATE)):
        return
    clause = next((c for c in clauses if c[0] <= m.start() < c[1]), (s0, s1))
    trig = _Trigger(m.start(), m.end(), clause, None, [ctx.current])
    triggers.append(trig)
    _add_facts(ctx, ctx.current, trig, regions, (s0, s1), sentence, attributed, name=False)


def _attribution(ctx: _Context, s0: int, s1: int) -> Optional[str]:
    """The cited agency a sentence attributes its content to ("路透社说", "according to Reuters")."""
    for fs, _fe, m in ctx.outlets:
        if s0 <= fs < s1 and m.key != ctx.doc.publisher:
            return m.key
    return None


def _in(span: tuple[int, int], start: int, end: int) -> bool:
    return span[0] <= start and end <= span[1]


def _outside(regions: list[tuple[int, int]], start: int) -> bool:
    return not any(r[0] <= start < r[1] for r in regions)


def _distinct(parties: Iterable[PartyMention]) -> list[str]:
    seen: list[str] = []
    for p in parties:
        if p.state not in seen:
            seen.append(p.state)
    return seen


def _groups(ctx: _Context, within: tuple[int, int]) -> list[list[PartyMention]]:
    """Coordinated runs of state mentions: "俄罗斯与伊朗", "Moscow with Minsk and Pyongyang"."""
    text, rules = ctx.folded.text, ctx.rules
    members = [p for p in ctx.parties if _in(within, p.start, p.end)]
    groups: list[list[PartyMention]] = []
    for p in members:
        if groups:
            last = groups[-1][-1]
            gap = text[last.end:p.start]
            same = p.state == last.state
            comma = re.search(r"[,،，、]", gap)
            joined = (len(gap) <= rules.MAX_GAP and not _CLAUSE_PUNCT.search(re.sub(r"[,،]", "", gap))
                      and (not comma or _list_gap(rules, gap))  # "Russia, Iran and China", not "X, since Y"
                      # a title between a state and its leader joins them ("俄罗斯总统普京"), a comma does not
                      and (same and not comma or not gap.strip() or bool(rules.CONNECTOR.search(gap))))
            if p.start < last.end or joined:
                groups[-1].append(p)
                continue
        groups.append([p])
    return groups


def _list_gap(rules, gap: str) -> bool:
    """A gap that holds only list punctuation and a conjunction: ", ", " and ", "، و", "、"."""
    words = re.sub(r"[,،，、]", " ", gap).split()
    # every word a conjunction or a short article: ", ", " and ", ", le ", "، و"
    return all(rules.CONNECTOR.fullmatch(w) or len(w) <= 3 and w.isalpha() for w in words)


def _resolve_parties(ctx: _Context, start: int, end: int, clause: tuple[int, int],
                     region: Optional[tuple[int, int]], regions: list[tuple[int, int]],
                     sentence: tuple[int, int]) -> list[AgreementRecord]:
    """The agreement(s) a trigger refers to, created on first mention."""
    text, rules = ctx.folded.text, ctx.rules
    scope = region or clause
    in_scope = [p for p in ctx.parties if _in(scope, p.start, p.end)
                and (region is not None or _outside(regions, p.start))]
    window_start = max(scope[0], start - 40)
    ana = rules.ANAPHORA.search(text, window_start, start)
    if ana is not None:
        np_states = _distinct(p for p in in_scope if p.start >= ana.start() and p.end <= start)
        if len(np_states) >= 2:
            return _records(ctx, np_states, text, sentence)
        current = ctx.current
        strong = rules.DEMONSTRATIVE.search(ana.group()) is not None
        if current is not None and (strong or set(_distinct(in_scope)) <= current.parties):
            return [current]
    states, hub = _party_states(ctx, in_scope, scope, regions, region, sentence, start)
    if len(states) < 2:
        if ctx.current is not None and set(states) <= ctx.current.parties:
            return [ctx.current]
        return []
    return _records(ctx, states, text, sentence, hub)


def _party_states(ctx: _Context, in_scope: list[PartyMention], scope: tuple[int, int],
                  regions: list[tuple[int, int]], region: Optional[tuple[int, int]],
                  sentence: tuple[int, int], trigger_start: int) -> tuple[list[str], bool]:
    # a coordination may run across commas ("Kyrgyzstan, Tajikistan and Uzbekistan"): groups are
    # built over the sentence (or the comparison region) and kept when they reach into the clause
    for group in _groups(ctx, region or sentence):
        group = [p for p in group if region is not None or _outside(regions, p.start)]
        if any(_in(scope, p.start, p.end) for p in group) and len(_distinct(group)) >= 2:
            return _distinct(group), _hub_group(ctx, group)
    distinct = _distinct(in_scope)
    if len(distinct) == 2:
        return distinct, True
    sentence_parties = [p for p in ctx.parties if _in(sentence, p.start, p.end)
                        and (region is not None or _outside(regions, p.start))]
    if len(distinct) == 1:
        subject = next((p.state for p in sentence_parties if p.state != distinct[0]
                        and p.start < scope[0]), None)
        return (distinct + [subject] if subject else distinct), True
    if len(distinct) > 2:
        return distinct, True
    groups = [g for g in _groups(ctx, sentence) if len(_distinct(g)) >= 2
              and (region is not None or _outside(regions, g[0].start))]
    if groups:
        nearest = min(groups, key=lambda g: min(abs(trigger_start - g[-1].end), abs(trigger_start - g[0].start)))
        return _distinct(nearest), _hub_group(ctx, nearest)
    every = _distinct(sentence_parties)
    return (every if len(every) == 2 else []), True


def _hub_group(ctx: _Context, group: list[PartyMention]) -> bool:
    """True for "A with B and C" (bilaterals around A), False for "A, B and C" (one multilateral)."""
    first = group[0]
    second = next((p for p in group if p.state != first.state), None)
    return second is not None and bool(ctx.rules.WITH.search(ctx.folded.text, first.end, second.start))


def _records(ctx: _Context, states: list[str], text: str, sentence: tuple[int, int],
             hub: bool = True) -> list[AgreementRecord]:
    """Bilateral records around the first state for "A with B and C"; one record for a multilateral."""
    if len(states) > 2 and hub and not ctx.rules.MULTILATERAL.search(text, *sentence):
        hub = states[0]
        return [_record(ctx, frozenset((hub, other))) for other in states[1:]]
    return [_record(ctx, frozenset(states))]


def _record(ctx: _Context, parties: frozenset[str]) -> AgreementRecord:
    for record in ctx.doc.agreements:
        if record.parties == parties:
            return record
    record = AgreementRecord(parties=parties)
    ctx.doc.agreements.append(record)
    return record


# --- facts ----------------------------------------------------------------------------

def _search_range(trig: _Trigger, regions: list[tuple[int, int]], sentence: tuple[int, int]):
    """Where a trigger's facts may come from: its comparison region, or the sentence outside them."""
    if trig.region is not None:
        return trig.region, []
    return sentence, regions


def _add_facts(ctx: _Context, record: AgreementRecord, trig: _Trigger, regions, sentence_f, sentence: Span,
               attributed: Optional[str], name: bool = True) -> None:
    text, rules = ctx.folded.text, ctx.rules
    ev = sentence  # the evidence of a fact is its sentence
    if name:
        surface = _name(ctx, trig)
        if surface:
            record.names.append(Claim(surface, ev, attributed))
        kind = _kind(rules, text[trig.start:trig.end])
        if record.kind == "agreement" and kind != "agreement":
            record.kind = kind
    for key in sorted(record.parties):
        record.party_claims.append(Claim(key, ev, attributed))
    (r0, r1), holes = _search_range(trig, regions, sentence_f)
    title = ctx.doc.title_span
    headline = title is not None and sentence.start <= title.start < sentence.end
    stage, sign_at, own = _stage(rules, text, trig, (r0, r1), holes, parse_iso(ctx.doc.published), headline)
    if stage is None:
        return
    claim = Claim(stage, ev, attributed)
    record.stages.append(claim)
    if record.status is None or STAGES.index(stage) > STAGES.index(record.status.value):
        record.status = claim
    if sign_at is None or stage == "planned":
        return
    if trig.segment is not None and trig.region is None:
        r0, r1 = max(r0, trig.segment[0]), min(r1, trig.segment[1])
    _signing_facts(ctx, record, sign_at, (r0, r1), holes, ev, attributed, strong=own and stage == "signed")


def _kind(rules, noun: str) -> str:
    low = noun.lower()
    return next((kind for stem, kind in rules.KINDS.items() if stem in low), "agreement")


def _name(ctx: _Context, trig: _Trigger) -> str:
    """The agreement's name as written: a quoted title, or the noun with its modifiers."""
    orig = ctx.doc.text
    a, b = ctx.folded.span(trig.start, trig.end).start, ctx.folded.span(trig.start, trig.end).end
    quotes = getattr(ctx.rules, "QUOTES", "\"“”")
    left = max((orig.rfind(q, max(0, a - 40), a) for q in quotes), default=-1)
    if left != -1:  # the noun inside a quoted title: “Strategic Mutual Defence Agreement”
        right = min((i for i in (orig.find(q, b, b + 40) for q in quotes) if i != -1), default=-1)
        inner = orig[left + 1:right] if right != -1 else ""
        if inner and not any(q in inner for q in quotes) and len(inner) <= 80 and not re.search(r"[()\n.;]", inner):
            return inner.strip()
    if ctx.doc.language == "zh":
        i = a
        while i > 0 and a - i < 12 and "\u4e00" <= orig[i - 1] <= "\u9fff" and orig[i - 1] not in "的了一项份个这该此与和同跟及在于将已签署订达成为期年中":
            i -= 1
        return orig[i:b]
    if ctx.doc.language in ("ar", "fa"):  # the noun comes first, its adjectives follow
        while a > 0 and not orig[a - 1].isspace() and orig[a - 1] not in "\"«“(":
            a -= 1  # keep the article: المعاهدة
        after = []
        for word in orig[b:b + 60].split()[:3]:
            if word.strip("،.:\"«»") != word or word in _AR_FA_STOP or word[:2] in ("ست", "سي", "سن"):
                break
            after.append(word)
        return " ".join([orig[a:b]] + after).strip()
    if ctx.doc.language in ("fr", "es", "ru"):  # complements follow: "accord de défense mutuelle"
        following = orig[b:b + 80].split()[:6]
        if not following or not _COMPLEMENT_START.match(following[0]):
            return orig[a:b]
        after = []
        for word in following:
            bare = word.strip(",.;:«»\"()")
            if not bare or bare.lower() in _COMPLEMENT_STOP or not _NAME_WORD.fullmatch(bare):
                break
            after.append(bare)
            if bare != word:
                break
        return " ".join([orig[a:b]] + after).strip()
    words = orig[max(0, a - 60):a].split()[-4:]
    keep: list[str] = []
    for word in reversed(words):  # the modifiers right before the noun: "20-year strategic partnership"
        if not _NAME_WORD.fullmatch(word) or word.lower() in _NAME_STOP:
            break
        keep.insert(0, word)
    return " ".join(keep + [orig[a:b]]).strip()


_NAME_WORD = re.compile(r"[\w'’-]+")
_NAME_STOP = {"a", "an", "the", "this", "that", "these", "its", "their", "his", "her", "our", "signed", "sign", "signs",
              "to", "of", "on", "and", "with", "in", "by", "has", "have", "had", "will", "would", "was", "were", "is",
              "are", "said", "un", "une", "le", "la", "les", "des", "du", "de", "ce", "cet", "cette", "ont", "a", "signé",
              "el", "los", "las", "del", "y", "con", "и", "с", "в", "на", "по", "о", "подписали", "подписал"}
#: a complement opens with a preposition or an adjective ending: "de défense", "stratégique", "о ..."
_COMPLEMENT_START = re.compile(r"(?:de|du|des|d['’]\w+|sur|relatif|relative|del|sobre|о|об|по)$|\w+(?:ique|iques|el|elle|al|ale|"
                               r"aux|ien|ienne|ais|aise|ico|ica|ого|ый|ий|ой|ая|ое|ые|ие)$", re.I)
_COMPLEMENT_STOP = {"entre", "avec", "qui", "que", "a", "ont", "est", "sont", "signé", "signée", "le", "la", "les",
                    "pour", "par", "lors", "dans", "y", "con", "que", "fue", "между", "с", "со", "который",
                    "которое", "была", "был", "было", "в", "на", "и"}
_AR_FA_STOP = {"بين", "مع", "في", "على", "من", "إلى", "الى", "التي", "الذي", "عن", "حول", "تضم", "تنص", "و",
               "با", "در", "به", "از", "که", "را", "و", "میان", "بین"}


def _nearest(matches: list[re.Match], pos: int) -> Optional[re.Match]:
    return min(matches, key=lambda m: abs(m.start() - pos), default=None)


def _finditer(pattern: re.Pattern, text: str, rng: tuple[int, int], holes) -> list[re.Match]:
    return [m for m in pattern.finditer(text, *rng) if _outside(holes, m.start())]


def _past_date(rules, text: str, rng: tuple[int, int], holes, anchor) -> bool:
    """A dated signing verb with no tense marker happened: "1月17日,普京与...签署", "أمس الأربعاء توقيع"."""
    for d in find_dates(text, rules, anchor, *rng):
        if d.value and _outside(holes, d.start) and (anchor is None and not d.relative
                                                     or anchor is not None and d.value <= anchor.isoformat()):
            return True
    return False


def _stage(rules, text: str, trig: _Trigger, rng: tuple[int, int], holes,
           anchor=None, headline: bool = False) -> tuple[Optional[str], Optional[int], bool]:
    """The stage the sentence reports for this trigger, where its signing verb is, and whether
    that verb is about this signing (not a ratification law's)."""
    clause = (max(trig.clause[0], rng[0]), min(trig.clause[1], rng[1])) if trig.region is None else rng
    for stage, pattern in (("terminated", rules.TERMINATE), ("in_force", rules.IN_FORCE), ("ratified", rules.RATIFY)):
        hits = _finditer(pattern, text, clause, holes) or _finditer(pattern, text, rng, holes)
        if hits and not _future_before(rules, text, hits[0].start(), clause, rng, holes):
            sign = _nearest(_finditer(rules.SIGN, text, rng, holes), trig.start)
            return stage, (sign.start() if sign else None), False
    signs = _finditer(rules.SIGN, text, clause, holes) or _finditer(rules.SIGN, text, rng, holes)
    if signs:
        sign = _nearest(signs, trig.start)
        if not clause[0] <= sign.start() < clause[1]:
            clause = _clause_around(text, sign.start(), rng)
        for scope in (clause, rng):  # the signing verb's clause speaks first, then the sentence
            tense = _tense(rules, text, sign.start(), scope, holes, anchor)
            if tense is not None:
                return tense, (sign.start() if tense == "signed" else None), True
        if headline:  # headlines report in the present: "Macron et Tusk signent un traité"
            return "signed", sign.start(), True
        return None, None, True
    if _finditer(rules.PLAN, text, clause, holes):
        return "planned", None, False
    dated = _dated_noun(rules, text, trig, clause, anchor)
    if dated is not None:  # "Britain's 2010 treaties", "1951年的条约"
        return "signed", dated, True
    return None, None, False


def _clause_around(text: str, pos: int, rng: tuple[int, int]) -> tuple[int, int]:
    """The clause (between commas, semicolons, colons) of ``rng`` that holds ``pos``."""
    start = max((m.end() for m in _CLAUSE_SPLIT.finditer(text, rng[0], pos)), default=rng[0])
    end = next((m.start() for m in _CLAUSE_SPLIT.finditer(text, pos, rng[1])), rng[1])
    return start, end


def _tense(rules, text: str, verb: int, scope: tuple[int, int], holes, anchor) -> Optional[str]:
    """signed / planned from the tense markers nearest the signing verb in ``scope``."""
    past = _finditer(rules.PAST, text, scope, holes)
    future = _finditer(rules.FUTURE, text, scope, holes) + _finditer(rules.PLAN, text, scope, holes)
    p, fu = _nearest(past, verb), _nearest(future, verb)
    if p is not None or fu is not None:
        if fu is None or (p is not None and abs(p.start() - verb) <= abs(fu.start() - verb)):
            return "signed"
        return "planned"
    form = getattr(rules, "SIGNED_FORM", None)
    if form is not None and _finditer(form, text, scope, holes) or _past_date(rules, text, scope, holes, anchor):
        return "signed"
    return None


def _future_before(rules, text: str, at: int, clause: tuple[int, int], rng: tuple[int, int], holes) -> bool:
    """A future marker earlier in the clause: "将于明年生效" is not in force yet."""
    start = clause[0] if clause[0] <= at < clause[1] else rng[0]
    return any(m.start() < at for m in _finditer(rules.FUTURE, text, (start, at + 1), holes))


def _dated_noun(rules, text: str, trig: _Trigger, clause: tuple[int, int], anchor) -> Optional[int]:
    """A past absolute date right before the agreement noun dates its signing."""
    lo = max(clause[0], trig.start - 30)
    for d in find_dates(text, rules, anchor, lo, trig.start):
        if d.value and not d.relative and (anchor is None or d.value <= anchor.isoformat()):
            return d.start
    return None


def _signing_facts(ctx: _Context, record: AgreementRecord, sign_at: int, rng, holes, ev: Span,
                   attributed: Optional[str], strong: bool = True) -> None:
    text, rules = ctx.folded.text, ctx.rules
    anchor = parse_iso(ctx.doc.published)
    # a later stage's sentence dates the signing only within the signing verb's own clause
    date_rng = rng if strong else _clause_around(text, sign_at, rng)
    dates = [d for d in find_dates(text, rules, anchor, *date_rng) if _outside(holes, d.start)]
    resolved = [d for d in dates if d.value]
    if resolved:
        best = min(resolved, key=lambda d: abs(d.start - sign_at))
        _set_date(record, Claim(best.value, ev, attributed), strong)
    for key in _signers(ctx, record, sign_at, rng, holes):
        if all(c.value != key for c in record.signatories):
            record.signatories.append(Claim(key, ev, attributed))
    for fs, fe, m in ctx.cities:
        if rng[0] <= fs < rng[1] and _outside(holes, fs) and rules.PLACE_PREP.search(text[max(0, fs - 6):fs]):
            if record.signed_at is None:
                record.signed_at = Claim(m.key, ev, attributed)
            break


def _signers(ctx: _Context, record: AgreementRecord, sign_at: int, rng, holes) -> list[str]:
    """People who sign: the subject of an active signing verb, or the agent of a passive one."""
    text, rules = ctx.folded.text, ctx.rules
    verb = _nearest([m for m in rules.SIGN_VERB.finditer(text, *rng) if _outside(holes, m.start())], sign_at)
    if verb is None or abs(verb.start() - sign_at) > 40:
        return []
    sign_at = verb.start()
    passive = next((m for m in rules.PASSIVE.finditer(text, max(rng[0], sign_at - 25), min(rng[1], sign_at + 25))), None)
    agent = rules.AGENT.search(text, sign_at, min(rng[1], sign_at + 40)) if passive else None
    out = []
    for fs, fe, m in ctx.persons:
        if not (rng[0] <= fs < rng[1] and _outside(holes, fs)) or ctx.countries.get(m.key) not in record.parties:
            continue
        if passive is not None:
            ok = agent is not None and agent.end() <= fs < agent.end() + 80
        elif fs < sign_at:
            ok = rules.SIGNER_SIDE in ("before", "both")
        else:
            between = text[sign_at:fs]
            ok = (rules.SIGNER_SIDE in ("after", "both") and len(between) <= 80
                  or ctx.doc.language == "zh" and "的" in between and len(between) <= 15)
        if ok:
            out.append(m.key)
    return out


def _set_date(record: AgreementRecord, claim: Claim, strong: bool = True) -> None:
    """Keep the article's signing date: a sentence about the signing itself beats one about a
    later stage; a more precise date that agrees with the kept one refines it."""
    kept = record.signed_on
    if kept is None or strong and not record.signed_on_direct:
        record.signed_on = claim
    elif str(claim.value).startswith(str(kept.value)) and len(str(claim.value)) > len(str(kept.value)):
        record.signed_on = claim
    else:
        return
    record.signed_on_direct = strong or record.signed_on_direct


def _targets(ctx: _Context, triggers: list[_Trigger]) -> list[AgreementRecord]:
    out: list[AgreementRecord] = []
    for t in triggers:
        for r in t.records:
            if r not in out:
                out.append(r)
    return out


def _mutual_defence(ctx: _Context, triggers: list[_Trigger], regions, sentence_f, sentence: Span,
                    attributed: Optional[str]) -> None:
    text, rules = ctx.folded.text, ctx.rules
    hits = list(rules.MUTUAL_DEFENSE.finditer(text, *sentence_f))
    hits = [h for h in hits if not re.search(r"不得|不能|不允许|不应|shall not|must not", h.group())]
    if not hits:
        return
    ev = sentence  # the evidence of a fact is its sentence
    compared = _targets(ctx, [t for t in triggers if t.region is not None])
    for record in compared:
        record.mutual_defense = record.mutual_defense or Claim(True, ev, attributed)
    main = _targets(ctx, [t for t in triggers if t.region is None])
    if not main and ctx.current is not None:
        main = [ctx.current]
    hit = next((h for h in hits if _outside(regions, h.start())), None)
    if hit is None:
        return
    clause_start = max(sentence_f[0], max((m.end() for m in re.finditer(r"[，,。；;]", text[sentence_f[0]:hit.start()])),
                                           default=0) + sentence_f[0])
    before = text[clause_start:hit.start()]
    negated = bool(rules.NEGATION.search(before))
    if not negated and getattr(rules, "NEGATION_AFTER", False):  # verb-final languages
        clause_end = next((m.start() for m in re.finditer(r"[،,.;؛]", text[hit.end():sentence_f[1]])), None)
        after = text[hit.end():hit.end() + clause_end if clause_end is not None else sentence_f[1]]
        negated = bool(rules.NEGATION.search(after))
    hedged = bool(rules.HEDGE.search(text, clause_start, hit.end()))
    if hedged:
        return
    for record in main:
        if record not in compared:
            record.mutual_defense = Claim(not negated, ev, attributed)


def _duration(ctx: _Context, triggers: list[_Trigger], regions, sentence_f, sentence: Span,
              attributed: Optional[str]) -> None:
    from kg.dates import parse_number
    text = ctx.folded.text
    for pattern in ctx.rules.DURATION:
        for m in pattern.finditer(text, *sentence_f):
            if not _outside(regions, m.start()):
                continue
            token = m.group("n")
            years = parse_number(token) or getattr(ctx.rules, "NUMBERS", {}).get(token.lower())
            if not years or years > 199:
                continue
            main = _targets(ctx, [t for t in triggers if t.region is None]) or (
                [ctx.current] if ctx.current is not None else [])
            for record in main:
                if record.duration is None:
                    record.duration = Claim(f"P{years}Y", sentence, attributed)
            return
