"""People the lexicon lacks, found by the title that introduces them, and their later mentions.

"Kenyan President William Ruto", "президент Кении Уильям Руто", "الرئيس
الكيني وليام روتو", "肯尼亚总统鲁托": a title (with the state next to it)
followed by a name. The state gives the person's country, the title their
role. Later mentions of the same family name get the same key.

What a name looks like depends on the script, never on a language code:
cased scripts take capitalised words; spaced scripts without case take two
or three words ended by a stop word; unspaced scripts take a run of
transliteration characters or a family name and one or two characters. All
word lists are the language's :class:`~kg.lang.base.Titles`. Precision over
recall: a false person becomes a false signatory, so a name is taken only
where its boundaries are clear.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from kg.doc import Mention, Span
from kg.lang.base import Language
from kg.lexicon import Lexicon
from kg.names import local_key

_TOKEN = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")
_LETTERS = re.compile(r"[^\W\d_]+")
_ROMAN = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|Jr|Sr)\.?$")
_SPACE = re.compile(r"[ \t]+")
#: no known name is longer: what may overlap a position starts at most this far before it
_LONGEST = 120


@dataclass
class _Rules:
    titles: re.Pattern[str]
    roles: list[tuple[Optional[str], bool]]
    pre_gap: Optional[re.Pattern[str]]
    connector: Optional[re.Pattern[str]]
    apposition: re.Pattern[str]
    honorifics: list[str]
    particles: frozenset[str]
    particle_prefixes: tuple[str, ...]
    stop: frozenset[str]
    stop_prefixes: tuple[str, ...]
    compound_first: frozenset[str]
    post_skip: frozenset[str]
    noun_endings: Optional[re.Pattern[str]]
    indefinite: Optional[re.Pattern[str]]
    courtesy: Optional[re.Pattern[str]] = None


@dataclass(frozen=True)
class _RawStops:
    stop: frozenset[str]
    stop_prefixes: tuple[str, ...]


@lru_cache(maxsize=16)
def _raw_rules(language: Language) -> _RawStops:
    """Stop words as written, with the variants of one letter spelt both ways (hamza forms)."""
    t = language.titles
    light = str.maketrans(dict(t.stop_variants))
    variants = {w for w in t.stop} | {w.translate(light) for w in t.stop}
    return _RawStops(frozenset(variants), tuple(t.stop_prefixes))


@lru_cache(maxsize=16)
def _rules(language: Language) -> Optional[_Rules]:
    t = language.titles
    if not t.titles:
        return None
    entries = sorted(t.titles, key=lambda x: -len(x[0]))  # longest title first
    alts = [f"(?P<t{i}>{language.fold(p)})" for i, (p, _r, _n) in enumerate(entries)]
    body = "|".join(alts)
    s = language.script
    if not s.spaced:
        titles = re.compile(body)
    elif not s.cased:
        titles = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
    else:
        titles = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
    flags = re.IGNORECASE if s.cased else 0

    def rx(src: Optional[str]) -> Optional[re.Pattern[str]]:
        return re.compile(src, flags) if src is not None else None

    def words(items) -> list[str]:
        return [language.fold(w) for w in items]

    return _Rules(
        titles=titles, roles=[(r, n) for _p, r, n in entries], pre_gap=rx(t.pre_gap), connector=rx(t.connector),
        apposition=re.compile(t.apposition if s.spaced else r"\s*"),
        honorifics=sorted(words(t.honorifics), key=len, reverse=True), particles=frozenset(words(t.particles)),
        particle_prefixes=tuple(p + "-" if not p.endswith("'") else p for p in t.particle_prefixes),
        stop=frozenset(words(t.stop)), stop_prefixes=tuple(words(t.stop_prefixes)),
        compound_first=frozenset(words(t.compound_first)), post_skip=frozenset(words(t.post_skip)),
        noun_endings=re.compile(t.noun_endings) if t.noun_endings else None,
        indefinite=re.compile(t.indefinite_ending) if t.indefinite_ending else None,
        courtesy=re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(language.fold(c)) for c in sorted(
            t.courtesy, key=len, reverse=True)) + r")[ \t]+(?=[^\W\d_])", re.IGNORECASE) if t.courtesy and s.cased
        else None,
    )


def title_pattern(language: Language) -> re.Pattern[str]:
    """Every title of the language as one pattern (folded; never matching when it has none)."""
    rules = _rules(language)
    return rules.titles if rules is not None else re.compile(r"(?!)")


@dataclass
class _Found:
    start: int
    end: int
    words: list[tuple[int, int]]    # spans of the name's words (family name last)
    country: Optional[str]
    role: Optional[str]
    key: str = ""


class _Taken:
    """Stretches of the text already claimed by a name (constant time per check)."""

    def __init__(self, size: int) -> None:
        self._cover = bytearray(size + 1)

    def overlaps(self, s: int, e: int) -> bool:
        return any(self._cover[s:e])

    def add(self, s: int, e: int) -> None:
        self._cover[s:e] = b"\x01" * (e - s)


class _Ctx:
    """The article (its folded copy) with what the lexicon found in it."""

    def __init__(self, text: str, folded: str, language: Language, rules: _Rules, lexicon: Lexicon,
                 known: list[Mention]) -> None:
        self.text, self.t, self.language, self.rules, self.lexicon = text, folded, language, rules, lexicon
        self.rules_raw = _raw_rules(language)
        self.countries: list[tuple[int, int, str, str]] = sorted(
            (m.span.start, m.span.end, m.stands_for or m.key, m.kind) for m in known
            if m.kind in ("state", "org") or m.kind == "adjective")
        self.blocks = sorted((m.span.start, m.span.end, m.kind) for m in known)
        self._block_starts = [b[0] for b in self.blocks]
        self._country_starts = [c[0] for c in self.countries]
        self._tokens: Optional[dict[str, list[tuple[int, int]]]] = None

    def tokens_of(self, base: str) -> list[tuple[int, int]]:
        """Spans of the words whose base form (stem, without a clitic prefix) is ``base``;
        the text is indexed once, so looking up every person stays linear."""
        if self._tokens is None:
            stem = self.language.morphology.stem
            clitics = [c for c in self.language.morphology.prefixes if c]
            self._tokens = {}
            for m in _TOKEN.finditer(self.t):
                w, s = m.group(), m.start()
                if self.cased and not w[0].isupper():
                    continue
                self._tokens.setdefault(stem(w) if stem else w, []).append((s, m.end()))
                for c in clitics:  # "وبوتين": the clitic off, the name from after it
                    if w.startswith(c) and len(w) > len(c):
                        self._tokens.setdefault(w[len(c):], []).append((s + len(c), m.end()))
        return self._tokens.get(base, [])

    def near(self, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
        """States and demonyms starting in [lo, hi) (a bisection: work stays linear in the text)."""
        return self.countries[bisect_left(self._country_starts, lo):bisect_left(self._country_starts, hi)]

    def blocked(self, s: int, e: int) -> Optional[str]:
        lo = bisect_left(self._block_starts, s - _LONGEST)
        kinds = [k for bs, be, k in self.blocks[lo:bisect_left(self._block_starts, e)] if bs < e and s < be]
        if not kinds:
            return None
        return "person" if "person" in kinds else kinds[0]

    @property
    def cased(self) -> bool:
        return self.language.script.cased

    @property
    def spaced(self) -> bool:
        return self.language.script.spaced


# --- the state next to a title ---------------------------------------------------------------

def _country_after(ctx: _Ctx, ts: int, te: int) -> tuple[Optional[str], int]:
    """State named right after a title ("of Kenya", "России", "الإيراني"); and where it ends."""
    t, rules = ctx.t, ctx.rules
    country, pos = None, te
    for _ in range(2):
        q = pos
        gap = _SPACE.match(t, q)
        if gap:
            q = gap.end()
        hit = None
        conn = rules.connector.match(t, q) if rules.connector else None
        if conn:
            hit = next((c for c in ctx.near(conn.end(), conn.end() + 1) if c[3] != "adjective"), None)
        if hit is None:
            slack = 3 if not ctx.cased else 0  # an adjective after a glued article (الإيراني)
            hit = next((c for c in ctx.near(ts + 1, q + slack + 1) if c[1] > pos
                        and not _SPACE.search(t[q:c[0]])), None)
        if hit is None:
            break
        country = country or hit[2]
        pos = hit[1]
        if not ctx.cased:  # the rest of the word: the demonym's endings
            while pos < len(t) and re.match(r"\w", t[pos]):
                pos += 1
    if rules.post_skip:
        while True:
            gap = _SPACE.match(t, pos)
            q = gap.end() if gap else pos
            m = _LETTERS.match(t, q)
            if not (gap and m and m.group() in rules.post_skip):
                break
            pos = m.end()
    return country, pos


def _country_before(ctx: _Ctx, ts: int) -> Optional[str]:
    """State or demonym right before a title ("Kenyan President", "Kenya's", "俄罗斯总统", "俄总统")."""
    rules, t = ctx.rules, ctx.t
    if rules.pre_gap is None:
        return None
    best = None
    for s, e, key, _kind in ctx.near(ts - _LONGEST, ts):
        if e <= ts and ts - e <= 12 and rules.pre_gap.fullmatch(t, e, ts):
            if best is None or e > best[0]:
                best = (e, key)
    if best is not None:
        return best[1]
    if not ctx.spaced and ctx.lexicon.has_abbreviations():  # a one-character abbreviation: 俄总统
        stops = ctx.language.titles.stop_chars
        for gap in range(0, 3):
            c = ts - gap - 1
            if c < 0 or not rules.pre_gap.fullmatch(t, c + 1, ts):
                continue
            keys = ctx.lexicon.abbreviations(t[c])
            if keys and (c == 0 or not t[c - 1].isalpha() or t[c - 1] in stops):
                return keys[0]
    return None


def _country_inside(ctx: _Ctx, ts: int, te: int) -> Optional[str]:
    """A demonym inside a title: "ministre iranien des Affaires étrangères"."""
    return next((c[2] for c in ctx.near(ts, te) if c[1] <= te), None)


def _title_case_line(ctx: _Ctx, pos: int) -> bool:
    """A Title-Case headline ("Kenyan President Signs Defence Pact With Iran") names nobody reliably."""
    words_case = ctx.language.titles.title_case_words
    if not words_case:
        return False
    t = ctx.t
    a = t.rfind("\n", 0, pos) + 1
    b = t.find("\n", pos)
    line = t[a:] if b == -1 else t[a:b]
    if len(line) > 400:  # no headline is this long
        return False
    if any(m.group(1) in words_case for m in re.finditer(r"[a-z'’] ([A-Z][a-z]*)\b", line)):
        return True
    long = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4]
    if len(long) >= 5 and not line.rstrip().endswith((".", "!", "?", "\"", "”", "»", ":")):
        return sum(w[0].isupper() for w in long) / len(long) > 0.75
    return False


def _at_title(ctx: _Ctx, m: re.Match[str]) -> Optional[_Found]:
    rules, t = ctx.rules, ctx.t
    index = next(i for i, g in enumerate(m.groups()) if g is not None)
    role, needs = rules.roles[index]
    ts, te = m.span()
    after, pos = _country_after(ctx, ts, te) if ctx.spaced else (None, te)
    country = after or _country_inside(ctx, ts, te) or _country_before(ctx, ts)
    if country is None and (needs or ctx.language.titles.require_state):
        return None
    app = rules.apposition.match(t, pos)
    if app is None or "\n" in app.group():
        return None
    pos = _skip_honorifics(ctx, app.end())
    if not ctx.spaced:
        name = _unspaced_name(ctx, pos)
    elif ctx.cased:
        name = _cased_name(ctx, pos)
    else:
        name = _uncased_name(ctx, pos)
    if name is None:
        return None
    start, end, words = name
    if ctx.cased and _title_case_line(ctx, start):
        return None
    return _Found(start, end, words, country, role)


def _skip_honorifics(ctx: _Ctx, pos: int) -> int:
    t = ctx.t
    for _ in range(3):
        for h in ctx.rules.honorifics:
            end = pos + len(h)
            if t.startswith(h, pos) and (not ctx.spaced or (end < len(t) and t[end] in " \t")):
                pos = end
                gap = _SPACE.match(t, pos)
                if gap and ctx.spaced:
                    pos = gap.end()
                break
        else:
            return pos
    return pos


# --- names in cased scripts ------------------------------------------------------------------

def _is_stop_cased(ctx: _Ctx, w: str) -> bool:
    stop = ctx.rules.stop
    if w in stop:
        return True
    if ctx.language.morphology.stem is not None:  # stems of inflected office words: Республики
        return any(len(s) >= 4 and w.startswith(s) and len(w) - len(s) <= 3 for s in stop)
    return False


def _classify(ctx: _Ctx, w: str) -> Optional[str]:
    rules = ctx.rules
    if w in rules.particles:
        return "particle"
    if _is_stop_cased(ctx, w):
        return None
    if _ROMAN.match(w):
        return "suffix"
    if w[0].isupper():
        letters = [c for c in w if c.isalpha()]
        if len(letters) > 1 and all(c.isupper() for c in letters):
            return "acronym" if len(letters) >= 3 else None  # a family name in capitals, or NATO
        return "cap"
    low = w.lower()
    for p in rules.particle_prefixes:
        if low.startswith(p) and len(w) > len(p) and w[len(p)].isupper():
            return "cap"  # al-Sudani
    return None


def _cased_name(ctx: _Ctx, pos: int, min_words: Optional[int] = None):
    t = ctx.t
    toks: list[tuple[int, int, str]] = []
    while True:
        m = _TOKEN.match(t, pos)
        if not m:
            # an initial: "A. Лихачев", "George H. W. Bush"
            ini = re.match(r"[^\W\d_]\.", t[pos:pos + 2])
            if ini and t[pos].isupper() and pos + 3 < len(t) and t[pos + 2] == " ":
                toks.append((pos, pos + 2, "initial"))
                pos += 3
                continue
            break
        s, e = m.span()
        w = m.group()
        poss = w.endswith(("'s", "’s"))
        if poss:
            w, e = w[:-2], e - 2
        if len(w) == 1 and e < len(t) and t[e] == "." and w.isupper():
            toks.append((s, e + 1, "initial"))
            if e + 2 < len(t) and t[e + 1] == " ":
                pos = e + 2
                continue
            break
        kind = _classify(ctx, w)
        if kind == "acronym":  # a surname written in capitals follows a given name, never opens one
            kind = "cap" if toks and toks[-1][2] == "cap" and not ctx.lexicon.lookup(w) else None
        if kind is None:
            break
        hit = ctx.blocked(s, e)
        if hit == "person":
            return None  # the lexicon knows this person
        if hit is not None:
            break
        if kind == "suffix" and not toks:
            break
        toks.append((s, e, kind))
        if poss or kind == "suffix":
            break
        if e + 1 < len(t) and t[e] == " ":
            pos = e + 1
        else:
            break
    while toks and toks[-1][2] in ("particle", "initial"):
        toks.pop()
    if not toks or toks[0][2] not in ("cap", "initial"):
        return None
    caps = sum(1 for tk in toks if tk[2] == "cap")
    words = caps + sum(1 for tk in toks if tk[2] in ("suffix", "initial"))
    lo, hi = ctx.language.titles.name_words
    if words < (lo if min_words is None else min_words) or caps > hi or caps == 0:
        return None
    words_out = [(s, e) for s, e, k in toks if k not in ("particle", "initial")]
    return toks[0][0], toks[-1][1], words_out


# --- names in spaced scripts without case (Arabic script) -----------------------------------

@dataclass
class _Tok:
    s: int
    e: int
    w: str
    boundary: bool  # punctuation or the end of the line follows


def _uncased_tokens(ctx: _Ctx, pos: int, limit: int = 10) -> list[_Tok]:
    t, orig = ctx.t, ctx.text
    out: list[_Tok] = []
    while len(out) < limit:
        m = _LETTERS.match(t, pos)
        if not m:
            break
        s, e = m.span()
        # a zero-width non-joiner (folded to a space) joins the parts of one word
        while e < len(t) and t[e] == " " and orig[e] == "\u200c":
            m2 = _LETTERS.match(t, e + 1)
            if not m2:
                break
            e = m2.end()
        gap = _SPACE.match(t, e)
        boundary = not (gap and _LETTERS.match(t, gap.end()))
        out.append(_Tok(s, e, t[s:e].replace(" ", ""), boundary))
        if boundary:
            break
        pos = gap.end()
    return out


def _is_stop_uncased(rules: _Rules, w: str) -> bool:
    return w in rules.stop or any(w.startswith(p) and w[len(p):] in rules.stop for p in rules.stop_prefixes)


def _stop_token(ctx: _Ctx, tok: _Tok) -> bool:
    """A stop word, compared as written: folding merges letters that tell words apart (a
    preposition and a given name may fold alike)."""
    light = str.maketrans(dict(ctx.language.titles.stop_variants))
    word = ctx.text[tok.s:tok.e].replace("\u200c", "")
    return _is_stop_uncased(ctx.rules_raw, word) or _is_stop_uncased(ctx.rules_raw, word.translate(light))


def _bad_uncased_word(ctx: _Ctx, tok: _Tok, first: bool) -> bool:
    rules = ctx.rules
    original = ctx.text[tok.s:tok.e]
    return (len(tok.w) < 2 or _stop_token(ctx, tok) or rules.titles.match(ctx.t, tok.s) is not None
            or (first and rules.noun_endings is not None and rules.noun_endings.search(original) is not None)
            or ctx.language.cue("agreement").search(ctx.t, tok.s, tok.e) is not None)


def _uncased_name(ctx: _Ctx, pos: int):
    rules = ctx.rules
    toks = _uncased_tokens(ctx, pos)
    lo, hi = ctx.language.titles.name_words
    no_first = tuple(ctx.language.fold(p) for p in ctx.language.titles.no_first_prefix)
    units: list[list[_Tok]] = []
    i = 0
    while i < len(toks) and len(units) < hi:
        tok = toks[i]
        hit = ctx.blocked(tok.s, tok.e)
        if hit == "person":
            return None
        if hit is not None or _bad_uncased_word(ctx, tok, not units):
            break
        if not units and no_first and tok.w.startswith(no_first):
            return None  # a first name never takes the article: an unknown adjective or a noun
        unit, j = [tok], i + 1
        if tok.w in rules.compound_first and not tok.boundary and j < len(toks):
            unit.append(toks[j])  # a first word that needs the next one
            j += 1
        while (j + 1 < len(toks) and toks[j].w in rules.particles and not toks[j - 1].boundary
               and not toks[j].boundary and not ctx.blocked(toks[j + 1].s, toks[j + 1].e)
               and not _stop_token(ctx, toks[j + 1])):
            unit += [toks[j], toks[j + 1]]  # name particles: bin X, Al X
            j += 2
        if len(units) >= lo:  # a further word only where the name visibly ends after it
            nxt = toks[j] if j < len(toks) else None
            ends = unit[-1].boundary or nxt is None or _stop_token(ctx, nxt) \
                or ctx.blocked(nxt.s, nxt.e) is not None
            if not ends:
                break
        units.append(unit)
        i = j
        if unit[-1].boundary:
            break
    if len(units) < lo:
        return None
    if rules.indefinite is not None and all(rules.indefinite.search(u[-1].w) for u in units):
        return None  # an indefinite noun phrase, not a name
    words = [(u[-1].s, u[-1].e) if len(u) == 1 else (u[0].s, u[-1].e) for u in units]
    family = [(tk.s, tk.e) for u in units for tk in u if tk.w not in rules.particles]
    return units[0][0].s, units[-1][-1].e, family if family else words


# --- names in unspaced scripts (Chinese) -----------------------------------------------------

def _unspaced_name(ctx: _Ctx, pos: int):
    data, t = ctx.language.titles, ctx.t
    translit, surnames, dots = data.translit, data.surnames, data.name_dots
    stop_chars, stop_words = data.stop_chars, data.stop_words
    n = len(t)

    def stops_at(i: int) -> bool:
        return i >= n or not t[i].isalpha() or t[i] in stop_chars or any(t.startswith(w, i) for w in stop_words)

    if any(t.startswith(w, pos) for w in stop_words):
        return None
    i, parts, cur = pos, [], pos
    while i < n:  # a transliteration, its parts joined by a dot
        if t[i] in translit and not (i > cur and any(t.startswith(w, i) for w in stop_words)):
            i += 1
            continue
        if dots and t[i] in dots and i > cur and i + 1 < n and t[i + 1] in translit:
            parts.append((cur, i))
            i += 1
            cur = i
            continue
        break
    if i > cur:
        parts.append((cur, i))
    chars = sum(e - s for s, e in parts)
    if parts and (len(parts) > 1 or chars >= 2) and chars <= 14:
        if len(parts) == 1 and chars > 6:
            return None
        end = parts[-1][1]
        if ctx.blocked(pos, end):
            inner = [bs for bs, be, _k in ctx.blocks if pos < bs < end]
            if ctx.blocked(pos, pos + 1) or not inner:
                return None
            end = min(inner)  # a transliteration with a place name glued on
            parts = [(s, min(e, end)) for s, e in parts if s < end]
            if end - pos < 2 or parts[-1][1] - parts[-1][0] < 1:
                return None
        return pos, end, parts
    if pos < n and t[pos] in surnames:  # a family name and one or two characters, then a clear end
        for length in (2, 3):
            end = pos + length
            if end > n or any(not c.isalpha() or c in data.inner_stop_chars for c in t[pos + 1:end]):
                break
            if stops_at(end):
                if ctx.blocked(pos, end):
                    return None
                return pos, end, [(pos, end)]
    return None


# --- keys and later mentions -----------------------------------------------------------------

def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def person_key(name: str, language: Language) -> str:
    """The key of a person the lexicon lacks, from the name as written (any case form)."""
    folded = language.fold(name)
    stem = language.morphology.stem
    if stem is not None:
        folded = " ".join(stem(w) for w in re.findall(r"[\w-]+", folded))
    dots = language.titles.name_dots
    if dots:
        folded = "".join("·" if c in dots else c for c in folded)
    return local_key("person", _strip_accents(folded))


def _family(ctx: _Ctx, p: _Found) -> str:
    fam = ctx.t[p.words[-1][0]:p.words[-1][1]]
    stem = ctx.language.morphology.stem
    return stem(fam) if stem else fam


def _later_mentions(ctx: _Ctx, persons: list[_Found], taken: _Taken) -> list[_Found]:
    """Later mentions of a titled person: the full name again, or the family name alone."""
    t = ctx.t
    stem = ctx.language.morphology.stem
    out: list[_Found] = []
    seen: set[str] = set()
    owners: dict[str, set[str]] = {}  # a family name two persons share names neither alone
    for p in persons:
        owners.setdefault(_family(ctx, p), set()).add(p.key)
    for p in persons:
        if p.key in seen:
            continue
        seen.add(p.key)
        forms: list[Optional[tuple[int, int]]] = []
        if not ctx.spaced:
            full = t[p.start:p.end]
            family = t[p.words[-1][0]:p.words[-1][1]] if len(p.words) > 1 else None
            for needle in [full] + ([family] if family and len(family) >= 2 else []):
                forms += [m.span() for m in re.finditer(re.escape(needle), t)]
        else:
            fam = _family(ctx, p)
            given = [stem(t[s:e]) if stem else t[s:e] for s, e in p.words[:-1]]
            if stem is None:
                full = t[p.start:p.end]
                forms += [m.span() for m in re.finditer(rf"(?<![\w'’-]){re.escape(full)}(?![\w-])", t)]
            if len(fam) >= (3 if not ctx.cased or stem else 4) and not _is_stop_uncased(ctx.rules, fam):
                for s, e in ctx.tokens_of(fam):  # the family name, inflected or behind a clitic
                    forms.append(_extend_left(ctx, s, e, given, single=len(p.words) == 1))
        shared = len(owners.get(_family(ctx, p), ())) > 1
        for span in sorted({f for f in forms if f is not None}, key=lambda x: (x[0], -x[1])):
            s, e = span
            if shared and not re.search(r"[\s·]", t[s:e]):
                continue  # the family name alone: whose?
            if ctx.blocked(s, e) is None and not taken.overlaps(s, e):
                taken.add(s, e)
                out.append(_Found(s, e, [], p.country, p.role, p.key))
    return out


def _extend_left(ctx: _Ctx, s: int, e: int, given: list[str], single: bool = False) -> Optional[tuple[int, int]]:
    """Grow a family-name hit over the given names before it; None if another name claims it.
    A person known by the family name alone ("Mr Otieno") takes the given name written before it."""
    t = ctx.t
    stem = ctx.language.morphology.stem
    start = s
    for g in reversed(given):
        if start < 2 or t[start - 1] != " ":
            break
        prev = _token_before(t, start - 1)
        if prev is None or (stem(t[prev:start - 1]) if stem else t[prev:start - 1]) != g:
            break
        start = prev
    if start == s and ctx.cased and e + 1 < len(t) and t[e] == " ":
        nxt = _TOKEN.match(t, e + 1)
        if nxt and _classify(ctx, nxt.group()) == "cap" and ctx.blocked(*nxt.span()) is None:
            return None  # the family name starts someone else's longer name
    if start == s and ctx.cased and s >= 2 and t[s - 1] == " ":
        prev = _token_before(t, s - 1)
        before = t[:prev].rstrip(" \t\"“«(") if prev is not None else ""
        if prev is not None and (single or before and before[-1] not in ".!?:;\n"):
            w = t[prev:s - 1]
            if _classify(ctx, w) == "cap" and ctx.blocked(prev, s - 1) is None \
                    and not ctx.rules.titles.fullmatch(w) and w not in ctx.rules.honorifics:
                if single and not _ROMAN.match(w):
                    return prev, e  # "John Otieno" where only "Mr Otieno" was introduced
                return None  # someone else with the same family name
    return start, e


def _token_before(t: str, end: int) -> Optional[int]:
    i = end
    while i > 0 and (t[i - 1].isalnum() or t[i - 1] in "-'’"):
        i -= 1
    return i if _TOKEN.fullmatch(t, i, end) else None


def _state_of(ctx: _Ctx, end: int) -> Optional[str]:
    """"le colonel Keita du Mali", "Mr Otieno of Kenya": the state named right after a name."""
    gap = _SPACE.match(ctx.t, end)
    q = gap.end() if gap else end
    conn = ctx.rules.connector.match(ctx.t, q) if ctx.rules.connector else None
    hit = next((c for c in ctx.near(conn.end(), conn.end() + 1) if c[3] == "state"), None) if conn else None
    return hit[2] if hit else None


def _name_before_title(ctx: _Ctx, m: re.Match[str]) -> Optional[_Found]:
    """"X Y, Iran's interior minister, ...", "علی شمخانی، دبیر ... ایران،": a name, a comma, then a
    title with its state. Two or three words before the comma, from a clear start (the sentence,
    a conjunction, a comma) and naming nothing the lexicon knows."""
    t, rules = ctx.t, ctx.rules
    if not ctx.spaced:
        return None
    index = next(i for i, g in enumerate(m.groups()) if g is not None)
    role, _needs = rules.roles[index]
    ts, te = m.span()
    country = _country_after(ctx, ts, te)[0]
    country = country or _country_inside(ctx, ts, te)
    lead = ts
    before = _country_before(ctx, ts)
    if before is not None:  # "Kofi Mensah, Ghana's trade minister": the state opens the apposition
        lead = max((s for s, e, _k, _kind in ctx.near(ts - _LONGEST, ts) if e <= ts and ts - e <= 12), default=ts)
        country = country or before
    comma = re.search(r"[,،]\s*(?:(?i:the|le|la|el|l')\s+)?$", t[max(0, lead - 8):lead])
    if country is None or comma is None:
        return None
    end = max(0, lead - 8) + comma.start()
    words: list[tuple[int, int]] = []
    pos = end
    while len(words) < 3 and pos > 0:
        start = _token_before(t, pos)
        if start is None or start == pos:
            break
        w = t[start:pos]
        if ctx.blocked(start, pos) is not None or (ctx.cased and not w[0].isupper()) or \
                _is_stop_uncased(rules, w) or w in rules.stop or len(w) < 2 or w in rules.honorifics:
            break
        words.insert(0, (start, pos))
        if start < 1 or t[start - 1] != " ":
            break
        pos = start - 1
    if len(words) < 2:
        return None
    opening = t[:words[0][0]].rstrip(" ")
    conj = ctx.language.pattern(ctx.language.cues.conjunction) if ctx.language.cues.conjunction else None
    clear = not opening or opening[-1] in ".!?:;,،\n«\"“" or (conj is not None and conj.search(opening[-4:]))
    if not clear and len(words) == 3:  # a longer run: the first of three words may be the verb or noun before
        words = words[1:]
        clear = True
    if not clear:
        return None
    return _Found(words[0][0], words[-1][1], words, country, role)


def _courtesy_intros(ctx: _Ctx) -> list[_Found]:
    """"Mr Otieno", "le colonel Keita": a form of address introduces a person, even by one name."""
    out: list[_Found] = []
    if ctx.rules.courtesy is None or not ctx.spaced:
        return out
    for m in ctx.rules.courtesy.finditer(ctx.t):
        name = _cased_name(ctx, m.end(), min_words=1)
        if name is None or not ctx.t[name[0]].isupper() or _title_case_line(ctx, name[0]):
            continue
        out.append(_Found(name[0], name[1], name[2], None, None))
    return out


def _bracketed(ctx: _Ctx, intros: list[_Found]) -> list[_Found]:
    """"Kofi Mensah (Ghana)": a state in brackets right after a name is that person's state.
    Gives titled persons without a state their state, and finds untitled full names."""
    out: list[_Found] = []
    if not ctx.cased or not ctx.spaced:
        return out
    t = ctx.t
    for s0, e0, key, kind in ctx.countries:
        opening = re.search(r"\(\s*$", t[max(0, s0 - 3):s0])
        if kind != "state" or opening is None or not re.match(r"\s*\)", t[e0:e0 + 3]):
            continue
        end = max(0, s0 - 3) + opening.start()
        while end > 0 and t[end - 1] == " ":
            end -= 1
        known = next((p for p in intros if p.end == end), None)
        if known is not None:
            known.country = known.country or key
            continue
        starts, pos = [], end
        for _ in range(4):  # the name's first word: up to four words back
            start = _token_before(t, pos)
            if start is None:
                break
            starts.append(start)
            if start < 1 or t[start - 1] != " ":
                break
            pos = start - 1
        for start in reversed(starts):  # the longest name that ends at the bracket
            name = _cased_name(ctx, start)
            if name is not None and name[1] == end and not _title_case_line(ctx, start):
                out.append(_Found(name[0], name[1], name[2], key, None))
                break
    return out


def find_titled_persons(text: str, folded: str, language: Language, lexicon: Lexicon,
                        known: list[Mention]) -> list[Mention]:
    """Persons introduced by a title and their later mentions, as ``person`` mentions.

    ``known`` holds the lexicon's mentions (states, demonyms, known persons):
    names overlapping a known person are left to the lexicon, and states give
    the titles their country (``Mention.stands_for``); ``Mention.role`` is the
    office (``head_of_state``, ``foreign_minister``...) or None.
    """
    rules = _rules(language)
    if rules is None or not text:
        return []
    ctx = _Ctx(text, folded, language, rules, lexicon, known)
    intros: list[_Found] = []
    taken = _Taken(len(text))
    for m in rules.titles.finditer(folded):
        p = _at_title(ctx, m)
        if p is None or taken.overlaps(p.start, p.end):
            continue
        p.key = person_key(text[p.start:p.end], language)
        taken.add(p.start, p.end)
        intros.append(p)
    later = [p for p in (_name_before_title(ctx, m) for m in rules.titles.finditer(folded)) if p is not None]
    for p in later + _courtesy_intros(ctx) + _bracketed(ctx, intros):
        if taken.overlaps(p.start, p.end):
            continue
        p.key = person_key(text[p.start:p.end], language)
        p.country = p.country or _state_of(ctx, p.end)
        taken.add(p.start, p.end)
        intros.append(p)
    intros.sort(key=lambda p: p.start)
    country: dict[str, Optional[str]] = {}
    role: dict[str, Optional[str]] = {}
    for p in intros:  # one person, one country: the first title that names a state decides
        if country.get(p.key) is None:
            country[p.key] = p.country
        if role.get(p.key) is None:
            role[p.key] = p.role
    found = intros + _later_mentions(ctx, intros, taken)
    return [Mention(Span(p.start, p.end), text[p.start:p.end], p.key, "person",
                    p.country or country.get(p.key), p.role or role.get(p.key))
            for p in sorted(found, key=lambda p: p.start)]
