"""People the lexicon lacks, found by the title that introduces them.

"Kenyan President William Ruto", "президент Кении Уильям Руто", "الرئيس
الكيني وليام روتو", "肯尼亚总统鲁托": a title (with the state next to it)
followed by a name. The state gives the person's country, the title their
role. Later bare mentions of the same person's family name in the article
("Ruto", "Руто", "روتو", "鲁托") get the same key.

Everything language-specific (titles, stop words, particles, honorifics) is
data in each ``kg.lang.xx`` module (``TITLES``; shared parts in :mod:`kg.lang.titles`); this module only applies it. Precision over
recall: a false person becomes a false signatory, so a name is taken only
where its boundaries are clear (capitalised words in Latin and Cyrillic
script; two or three words ended by a stop word in Arabic and Persian;
transliteration characters in Chinese), and a name the lexicon knows is left
to the lexicon.

Typical use::

    for mention, country, role in find_titled_persons(doc.text, doc.language, lexicon, doc.mentions):
        ...  # mention.key == "person:williamruto", country == "Q114", role == "head_of_state"
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from kg.doc import Mention
from kg.lang.titles import titles_for
from kg.lexicon import Lexicon
from kg.text import Folded, fold

__all__ = ["find_titled_persons", "person_key"]

Result = tuple[Mention, Optional[str], Optional[str]]

_CASED = ("en", "fr", "es", "ru")
_ARABIC = ("ar", "fa")
_LATIN_TOKEN = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")
_CYR_TOKEN = re.compile(r"[^\W\d_](?:[\w-]*[^\W_])?")
_AR_TOKEN = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+")
_ROMAN = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|Jr|Sr)$")
_ZH_DOTS = "·・‧•･∙"
_SPACE = re.compile(r"[ \t\u00a0\u2009\u202f]+")


# --- data, compiled once per language ---------------------------------------------------------

@dataclass
class _Rules:
    lang: str
    titles: re.Pattern
    roles: list[tuple[Optional[str], bool]]
    pre_gap: Optional[re.Pattern]
    connector: Optional[re.Pattern]
    apposition: re.Pattern
    honorifics: list[str]
    particles: frozenset[str]
    particle_prefixes: tuple[str, ...]
    stop: frozenset[str]
    stop_prefixes: tuple[str, ...]
    compound_first: frozenset[str]
    post_skip: frozenset[str]
    name_words: tuple[int, int]
    require_state: bool
    title_case: frozenset[str]
    data: dict = field(default_factory=dict)


def _lang(lang: Optional[str]) -> str:
    low = (lang or "en").replace("_", "-").lower()
    return "zh" if low.startswith("zh") else low.split("-")[0]


def _fold(s: str, lang: str) -> str:
    return fold(s, lang).text


@lru_cache(maxsize=None)
def _rules(lang: str) -> Optional[_Rules]:
    data = titles_for(lang)
    if data is None:
        return None
    clitics = data.get("clitics", {})
    alts, roles = [], []
    entries = sorted(data["titles"], key=lambda t: -len(t[0]))  # longest title first
    for i, (pattern, role, needs) in enumerate(entries):
        for name, fragment in clitics.items():
            pattern = pattern.replace("{" + name + "}", fragment)
        alts.append(f"(?P<t{i}>{_fold(pattern, lang)})")
        roles.append((role, needs))
    body = "|".join(alts)
    if lang == "zh":
        titles = re.compile(body)
    elif lang in _ARABIC:
        titles = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
    else:
        titles = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
    flags = re.IGNORECASE if lang in _CASED else 0

    def rx(key: str) -> Optional[re.Pattern]:
        return re.compile(data[key], flags) if data.get(key) is not None else None

    def words(key: str) -> list[str]:
        return [_fold(w, lang) for w in data.get(key, [])]

    return _Rules(
        lang=lang, titles=titles, roles=roles, pre_gap=rx("pre_gap"), connector=rx("connector"),
        apposition=rx("apposition") or re.compile(r"\s*" if lang == "zh" else r"\s+"),
        honorifics=sorted(words("honorifics"), key=len, reverse=True),
        particles=frozenset(words("particles")),
        particle_prefixes=tuple(p + "-" if not p.endswith("'") else p for p in data.get("particle_prefixes", [])),
        stop=frozenset(words("stop")), stop_prefixes=tuple(data.get("stop_prefixes", [])),
        compound_first=frozenset(words("compound_first")), post_skip=frozenset(words("post_skip")),
        name_words=tuple(data.get("name_words", (2, 3))), require_state=bool(data.get("require_state")),
        title_case=frozenset(data.get("title_case_words", [])), data=data,
    )


# --- the article, folded, with the lexicon's mentions ---------------------------------------

@dataclass
class _Ctx:
    text: str
    lang: str
    rules: _Rules
    lexicon: Lexicon
    f: Folded
    countries: list[tuple[int, int, str, str]]  # folded start, end, key, kind (state, org, adjective)
    blocks: list[tuple[int, int, str]]          # folded start, end, kind: every lexicon mention

    @property
    def t(self) -> str:
        return self.f.text

    def blocked(self, s: int, e: int) -> Optional[str]:
        """Kind of a lexicon mention overlapping [s, e) (person first), or None."""
        kinds = [k for bs, be, k in self.blocks if bs < e and s < be]
        if not kinds:
            return None
        return "person" if "person" in kinds else kinds[0]


def _context(text: str, lang: str, rules: _Rules, lexicon: Lexicon, known: list[Mention]) -> _Ctx:
    f = fold(text, lang)
    known = list(known or [])
    # ``known`` is normally every lexicon mention (doc.mentions); given only persons, find the rest
    found = [] if any(m.kind != "person" for m in known) else list(lexicon.find_mentions(text, lang))
    adjectives = [m for m in known if m.kind == "adjective"] or list(lexicon.find_adjectives(text, lang))
    countries, blocks = [], []
    for m in found + known + adjectives:
        fs, fe = f.at(m.span.start), f.at(m.span.end)
        if fe <= fs:
            continue
        blocks.append((fs, fe, m.kind))
        if m.kind in ("state", "org"):
            countries.append((fs, fe, m.key, m.kind))
        elif m.kind == "adjective" and (m.stands_for or m.key):
            countries.append((fs, fe, m.stands_for or m.key, "adjective"))
    countries.sort()
    return _Ctx(text, lang, rules, lexicon, f, countries, blocks)


# --- one title -----------------------------------------------------------------------------

@dataclass
class _Found:
    start: int                      # folded offsets of the name
    end: int
    words: list[tuple[int, int]]    # folded spans of the name's words (family name last)
    country: Optional[str]
    role: Optional[str]
    key: str = ""


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
            hit = next((c for c in ctx.countries if c[0] == conn.end() and c[3] != "adjective"), None)
        if hit is None:
            # Arabic: the adjective may start after a proclitic article (الإيراني -> إيراني).
            slack = 3 if ctx.lang in _ARABIC else 0
            hit = next((c for c in ctx.countries if ts < c[0] <= q + slack and c[1] > pos
                        and not _SPACE.search(t[q:c[0]])), None)
        if hit is None:
            break
        country = country or hit[2]
        pos = hit[1]
        if ctx.lang in _ARABIC:  # the rest of the word: الإيرانية
            while pos < len(t) and re.match(r"\w", t[pos]):
                pos += 1
    if rules.post_skip:
        while True:
            gap = _SPACE.match(t, pos)
            q = gap.end() if gap else pos
            m = _AR_TOKEN.match(t, q)
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
    for s, e, key, _kind in ctx.countries:
        if e <= ts and ts - e <= 12 and rules.pre_gap.fullmatch(t, e, ts):
            if best is None or e > best[0]:
                best = (e, key)
    if best is not None:
        return best[1]
    if ctx.lang == "zh":  # one-character abbreviation: 俄总统, 伊朗前外长 handled above
        stops = rules.data.get("stop_chars", "")
        for gap in range(0, 3):
            c = ts - gap - 1
            if c < 0 or not rules.pre_gap.fullmatch(t, c + 1, ts):
                continue
            key = ctx.lexicon.abbreviation(t[c])
            if key and (c == 0 or not _is_han(t[c - 1]) or t[c - 1] in stops):
                return key
    return None


def _country_inside(ctx: _Ctx, ts: int, te: int) -> Optional[str]:
    """A demonym inside a title: "ministre iranien des Affaires étrangères"."""
    return next((c[2] for c in ctx.countries if ts <= c[0] and c[1] <= te), None)


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _title_case_line(ctx: _Ctx, pos: int) -> bool:
    """A Title-Case headline ("Kenyan President Signs Defence Pact With Iran") names nobody reliably."""
    t = ctx.t
    a = t.rfind("\n", 0, pos) + 1
    b = t.find("\n", pos)
    line = t[a:] if b == -1 else t[a:b]
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    if ctx.rules.title_case and any(
            m.group(1) in ctx.rules.title_case for m in re.finditer(r"[a-z'’] ([A-Z][a-z]*)\b", line)):
        return True
    long = [w for w in words if len(w) >= 4]
    if len(long) >= 5 and not line.rstrip().endswith((".", "!", "?", "\"", "”", "»", ":")):
        return sum(w[0].isupper() for w in long) / len(long) > 0.75
    return False


def _at_title(ctx: _Ctx, m: re.Match) -> Optional[_Found]:
    rules, t = ctx.rules, ctx.t
    index = next(i for i, g in enumerate(m.groups()) if g is not None)
    role, needs = rules.roles[index]
    ts, te = m.span()
    after, pos = _country_after(ctx, ts, te) if ctx.lang != "zh" else (None, te)
    country = after or _country_inside(ctx, ts, te) or _country_before(ctx, ts)
    if country is None and (needs or rules.require_state):
        return None
    app = rules.apposition.match(t, pos)
    if app is None or "\n" in app.group():
        return None
    pos = app.end()
    pos = _skip_honorifics(ctx, pos)
    if ctx.lang in _CASED:
        name = _cased_name(ctx, pos)
    elif ctx.lang in _ARABIC:
        name = _arabic_name(ctx, pos)
    else:
        name = _zh_name(ctx, pos)
    if name is None:
        return None
    start, end, words = name
    if ctx.lang in ("en", "fr", "es") and _title_case_line(ctx, start):
        return None
    return _Found(start, end, words, country, role)


def _skip_honorifics(ctx: _Ctx, pos: int) -> int:
    t = ctx.t
    for _ in range(3):
        for h in ctx.rules.honorifics:
            end = pos + len(h)
            if t.startswith(h, pos) and (ctx.lang == "zh" or (end < len(t) and t[end] in " \t\u00a0")):
                pos = end
                gap = _SPACE.match(t, pos)
                if gap and ctx.lang != "zh":
                    pos = gap.end()
                break
        else:
            return pos
    return pos


# --- names: Latin and Cyrillic ---------------------------------------------------------------

def _is_stop_cased(rules: _Rules, w: str) -> bool:
    if w in rules.stop:
        return True
    if rules.lang == "ru":  # stems: Республики, Федерации
        return any(len(s) >= 4 and w.startswith(s) and len(w) - len(s) <= 3 for s in rules.stop)
    return False


def _classify(rules: _Rules, w: str) -> Optional[str]:
    if w in rules.particles:
        return "particle"
    if _is_stop_cased(rules, w):
        return None
    if _ROMAN.match(w):
        return "suffix"
    if w[0].isupper():
        letters = [c for c in w if c.isalpha()]
        if len(letters) > 1 and all(c.isupper() for c in letters):
            return None  # an acronym: NATO, МИД
        return "cap"
    low = w.lower()
    for p in rules.particle_prefixes:
        if low.startswith(p) and len(w) > len(p) and w[len(p)].isupper():
            return "cap"  # al-Sudani
    return None


def _cased_name(ctx: _Ctx, pos: int):
    rules, t = ctx.rules, ctx.t
    token = _CYR_TOKEN if ctx.lang == "ru" else _LATIN_TOKEN
    toks: list[tuple[int, int, str]] = []
    while True:
        m = token.match(t, pos)
        if not m:
            break
        s, e = m.span()
        w = m.group()
        poss = w.endswith(("'s", "’s"))
        if poss:
            w, e = w[:-2], e - 2
        kind = _classify(rules, w)
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
    while toks and toks[-1][2] == "particle":
        toks.pop()
    if not toks or toks[0][2] != "cap":
        return None
    caps = sum(1 for tk in toks if tk[2] == "cap")
    words = caps + sum(1 for tk in toks if tk[2] == "suffix")
    lo, hi = rules.name_words
    if words < lo or caps > hi:
        return None
    # the words, family name last; a regnal number stays last, so "Abdullah" alone is never clustered
    words_out = [(s, e) for s, e, k in toks if k != "particle"]
    return toks[0][0], toks[-1][1], words_out


# --- names: Arabic and Persian --------------------------------------------------------------

@dataclass
class _Tok:
    s: int
    e: int
    w: str
    boundary: bool  # punctuation or the end of the line follows


def _arabic_tokens(ctx: _Ctx, pos: int, limit: int = 10) -> list[_Tok]:
    t, orig, idx = ctx.t, ctx.text, ctx.f.index
    out: list[_Tok] = []
    while len(out) < limit:
        m = _AR_TOKEN.match(t, pos)
        if not m:
            break
        s, e = m.span()
        # Persian: a ZWNJ (folded to a space) joins the parts of one word: خامنه‌ای
        while e < len(t) and t[e] == " " and orig[idx[e]] == "\u200c":
            m2 = _AR_TOKEN.match(t, e + 1)
            if not m2:
                break
            e = m2.end()
        gap = _SPACE.match(t, e)
        boundary = not (gap and _AR_TOKEN.match(t, gap.end()))
        out.append(_Tok(s, e, t[s:e].replace(" ", ""), boundary))
        if boundary:
            break
        pos = gap.end()
    return out


def _is_stop_arabic(rules: _Rules, w: str) -> bool:
    if w in rules.stop:
        return True
    return any(w.startswith(p) and w[len(p):] in rules.stop for p in rules.stop_prefixes)


def _ends_with_ta_marbuta(ctx: _Ctx, tok: _Tok) -> bool:
    return ctx.lang == "ar" and ctx.text[ctx.f.index[tok.e - 1]] == "ة"


def _has_tanween(ctx: _Ctx, tok: _Tok) -> bool:
    """An indefinite noun (مرسوماً، اتفاقاً) is no name; folding dropped the mark, the original keeps it."""
    a, b = ctx.f.index[tok.s], ctx.f.index[tok.e]
    return any(c in "\u064b\u064c\u064d" for c in ctx.text[a:b + 1])


def _agreement_word(ctx: _Ctx, tok: _Tok) -> bool:
    from kg.lang import rules_for
    return bool(rules_for(ctx.lang).AGREEMENT.search(ctx.t, tok.s, tok.e))


def _bad_arabic_word(ctx: _Ctx, tok: _Tok) -> bool:
    rules = ctx.rules
    return (len(tok.w) < 2 or _is_stop_arabic(rules, tok.w) or rules.titles.match(ctx.t, tok.s) is not None
            or _ends_with_ta_marbuta(ctx, tok) or _has_tanween(ctx, tok) or _agreement_word(ctx, tok)
            or tok.w.endswith("ات"))


def _arabic_name(ctx: _Ctx, pos: int):
    rules = ctx.rules
    toks = _arabic_tokens(ctx, pos)
    lo, hi = rules.name_words
    units: list[list[_Tok]] = []
    i = 0
    while i < len(toks) and len(units) < hi:
        tok = toks[i]
        hit = ctx.blocked(tok.s, tok.e)
        if hit == "person":
            return None
        if hit is not None or _bad_arabic_word(ctx, tok):
            break
        if ctx.lang == "ar" and tok.w.startswith("ال") and not units:
            return None  # a first name never takes the article: an unknown adjective or a noun
        unit, j = [tok], i + 1
        if tok.w in rules.compound_first and not tok.boundary and j < len(toks):
            unit.append(toks[j])  # عبد الفتاح
            j += 1
        while (j + 1 < len(toks) and toks[j].w in rules.particles and not toks[j - 1].boundary
               and not toks[j].boundary and not ctx.blocked(toks[j + 1].s, toks[j + 1].e)
               and not _is_stop_arabic(rules, toks[j + 1].w)):
            unit += [toks[j], toks[j + 1]]  # بن سلمان، آل ثاني
            j += 2
        if len(units) >= lo:
            # a third word only where the name visibly ends after it
            end_tok = unit[-1]
            nxt = toks[j] if j < len(toks) else None
            ends = end_tok.boundary or nxt is None or _is_stop_arabic(rules, nxt.w) \
                or ctx.blocked(nxt.s, nxt.e) is not None
            if not ends or (ctx.lang == "ar" and not end_tok.w.startswith("ال") and len(unit) == 1
                            and _looks_common_ar(end_tok.w)):
                break
        units.append(unit)
        i = j
        if unit[-1].boundary:
            break
    if len(units) < lo:
        return None
    if ctx.lang == "ar" and all(u[-1].w.endswith("ا") for u in units):
        return None  # indefinite accusatives: وقع الرئيس الروسي أمرا تنفيذيا
    words = [(u[-1].s, u[-1].e) if len(u) == 1 else (u[0].s, u[-1].e) for u in units]
    family = [(tk.s, tk.e) for u in units for tk in u if tk.w not in rules.particles]
    return units[0][0].s, units[-1][-1].e, family if family else words


def _looks_common_ar(w: str) -> bool:
    """Arabic plural nouns rarely end a name (اتفاقيات، العلاقات)."""
    return w.endswith("ات")


# --- names: Chinese ------------------------------------------------------------------------

def _zh_name(ctx: _Ctx, pos: int):
    data, t = ctx.rules.data, ctx.t
    translit, surnames = data["translit"], data["surnames"]
    stop_chars, stop_words = data["stop_chars"], data["stop_words"]
    n = len(t)

    def stops_at(i: int) -> bool:
        return i >= n or not _is_han(t[i]) or t[i] in stop_chars or any(t.startswith(w, i) for w in stop_words)

    if any(t.startswith(w, pos) for w in stop_words):
        return None
    # a transliteration: 鲁托, 马苏德·佩泽什基安
    i, parts, cur = pos, [], pos
    while i < n:
        if t[i] in translit and not (i > cur and any(t.startswith(w, i) for w in stop_words)):
            i += 1
            continue
        if t[i] in _ZH_DOTS and i > cur and i + 1 < n and t[i + 1] in translit:
            parts.append((cur, i))
            i += 1
            cur = i
            continue
        break
    if i > cur:
        parts.append((cur, i))
    chars = sum(e - s for s, e in parts)
    if parts and all(e - s >= 1 for s, e in parts) and (len(parts) > 1 or chars >= 2) and chars <= 14:
        if len(parts) == 1 and chars > 6:
            return None
        end = parts[-1][1]
        if ctx.blocked(pos, end):
            inner = [bs for bs, be, _k in ctx.blocks if pos < bs < end]
            if ctx.blocked(pos, pos + 1) or not inner:
                return None
            end = min(inner)  # 鲁托 + a place name glued on
            parts = [(s, min(e, end)) for s, e in parts if s < end]
            if end - pos < 2 or parts[-1][1] - parts[-1][0] < 1:
                return None
        return pos, end, parts
    # a Chinese, Korean or Japanese name: 尹锡悦 (surname + one or two characters, then a clear end)
    if pos < n and t[pos] in surnames:
        for length in (2, 3):
            end = pos + length
            if end > n or any(not _is_han(c) or c in data["inner_stop_chars"] for c in t[pos + 1:end]):
                break
            if stops_at(end):
                if ctx.blocked(pos, end):
                    return None
                return pos, end, [(pos, end)]
    return None


# --- keys and clustering ---------------------------------------------------------------------

_RU_ENDINGS = sorted(["ого", "его", "ому", "ему", "ыми", "ими", "ием", "ией", "еем", "ой", "ей", "ою", "ею",
                      "ую", "юю", "ым", "им", "ом", "ем", "ая", "яя", "ий", "ый", "ия", "ии", "ию", "ея", "ею",
                      "ее", "а", "я", "у", "ю", "е", "ы", "и", "й", "ь"], key=len, reverse=True)


def ru_stem(word: str) -> str:
    """A Russian name word without its case ending: Путина, Путиным -> путин; Сергея -> серг."""
    w = word.lower().replace("ё", "е")
    for ending in _RU_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: len(w) - len(ending)]
    return w


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def person_key(name: str, lang: Optional[str]) -> str:
    """The key of a person the lexicon lacks, from the name as written (any case in Russian)."""
    from kg.link import local_key  # lazy: kg.link imports the lexicon
    code = _lang(lang)
    name = _fold(name, code) if code in ("zh", "ar", "fa") else name
    if code == "ru":
        name = " ".join(ru_stem(w) for w in re.findall(r"[\w-]+", name))
    elif code in ("en", "fr", "es"):
        name = _strip_accents(name).replace("’", "'")
    elif code == "zh":
        name = "".join("·" if c in _ZH_DOTS else c for c in name)
    return local_key("person", name)


def _free(ctx: _Ctx, taken: list[tuple[int, int]], s: int, e: int) -> bool:
    return ctx.blocked(s, e) is None and not any(a < e and s < b for a, b in taken)


def _cluster(ctx: _Ctx, persons: list[_Found], taken: list[tuple[int, int]]) -> list[_Found]:
    """Later mentions of a titled person: the full name again, or the family name alone."""
    t, rules = ctx.t, ctx.rules
    out: list[_Found] = []
    seen: set[str] = set()
    # a family name two titled persons share (Paetongtarn and Thaksin Shinawatra) names neither alone
    owners: dict[str, set[str]] = {}
    for p in persons:
        fam = t[p.words[-1][0]:p.words[-1][1]]
        owners.setdefault(ru_stem(fam) if ctx.lang == "ru" else fam, set()).add(p.key)
    for p in persons:
        if p.key in seen:
            continue
        seen.add(p.key)
        forms: list[tuple[int, int]] = []
        if ctx.lang == "zh":
            full = t[p.start:p.end]
            family = t[p.words[-1][0]:p.words[-1][1]] if len(p.words) > 1 else None
            for needle in [full] + ([family] if family and len(family) >= 2 else []):
                for m in re.finditer(re.escape(needle), t):
                    forms.append(m.span())
        elif ctx.lang == "ru":
            fam = ru_stem(t[p.words[-1][0]:p.words[-1][1]])
            given = [ru_stem(t[s:e]) for s, e in p.words[:-1]]
            if len(fam) >= 3:
                for m in _CYR_TOKEN.finditer(t):
                    if m.group()[0].isupper() and ru_stem(m.group()) == fam:
                        forms.append(_extend_left(ctx, m.start(), m.end(), given, _CYR_TOKEN, ru_stem))
        elif ctx.lang in _ARABIC:
            fam = t[p.words[-1][0]:p.words[-1][1]]
            given = [t[s:e] for s, e in p.words[:-1]]
            if len(fam) >= 3 and not _is_stop_arabic(rules, fam):
                for m in _AR_TOKEN.finditer(t):
                    w, s = m.group(), m.start()
                    if w == "و" + fam and ctx.lang == "ar":
                        s += 1
                    elif w != fam:
                        continue
                    forms.append(_extend_left(ctx, s, m.end(), given, _AR_TOKEN, lambda x: x))
        else:
            fam = t[p.words[-1][0]:p.words[-1][1]]
            given = [t[s:e] for s, e in p.words[:-1]]
            full = t[p.start:p.end]
            forms += [m.span() for m in re.finditer(rf"(?<![\w'’-]){re.escape(full)}(?![\w-])", t)]
            if len(fam) >= 4 and not _is_stop_cased(rules, fam):
                for m in re.finditer(rf"(?<![\w'’-]){re.escape(fam)}(?![\w-])", t):
                    forms.append(_extend_left(ctx, m.start(), m.end(), given, _LATIN_TOKEN, lambda x: x))
        last = t[p.words[-1][0]:p.words[-1][1]]
        shared = len(owners.get(ru_stem(last) if ctx.lang == "ru" else last, ())) > 1
        for s, e in sorted(set(f for f in forms if f is not None), key=lambda x: (x[0], -x[1])):
            if shared and not re.search(r"[\s·]", t[s:e]):
                continue  # the family name alone: whose?
            if _free(ctx, taken, s, e):
                taken.append((s, e))
                out.append(_Found(s, e, [], p.country, p.role, p.key))
    return out


def _extend_left(ctx: _Ctx, s: int, e: int, given: list[str], token: re.Pattern, norm) -> Optional[tuple[int, int]]:
    """Grow a family-name hit over the person's given names before it; None if another name precedes it."""
    t = ctx.t
    start = s
    for g in reversed(given):
        if start < 2 or t[start - 1] != " ":
            break
        prev = _token_before(t, start - 1, token)
        if prev is None or norm(t[prev:start - 1]) != g:
            break
        start = prev
    if start == s and ctx.lang in _CASED and e + 1 < len(t) and t[e] == " ":
        nxt = token.match(t, e + 1)
        if nxt and _classify(ctx.rules, nxt.group()) == "cap" and ctx.blocked(*nxt.span()) is None:
            return None  # "Mohammed Ali": the family name starts someone else's longer name
    if start == s and ctx.lang in _CASED and s >= 2 and t[s - 1] == " ":
        prev = _token_before(t, s - 1, token)
        # a capitalised word at the start of a sentence tells nothing ("Later Chinh said")
        if prev is not None and t[:prev].rstrip(" \t\"“«(") and t[:prev].rstrip(" \t\"“«(")[-1] not in ".!?:;\n":
            w = t[prev:s - 1]
            cased = _classify(ctx.rules, w)
            if cased == "cap" and ctx.blocked(prev, s - 1) is None and not ctx.rules.titles.fullmatch(w):
                return None  # "Gladys Ruto": someone else with the same family name
    return start, e


def _token_before(t: str, end: int, token: re.Pattern) -> Optional[int]:
    i = end
    while i > 0 and (t[i - 1].isalnum() or t[i - 1] in "-'’"):
        i -= 1
    m = token.fullmatch(t, i, end)
    return i if m else None


# --- entry point ------------------------------------------------------------------------------

def find_titled_persons(text: str, lang: Optional[str], lexicon: Lexicon,
                        known: Optional[list[Mention]] = None) -> list[Result]:
    """Persons introduced by a title, and their later mentions: ``(mention, country, role)``.

    ``mention`` has kind ``person`` and key ``person:<slug>`` (see :func:`person_key`);
    ``country`` is the state (or organisation) key named with the title, or None;
    ``role`` a persons.tsv role (``head_of_state``, ``foreign_minister``...) or None.
    ``known`` is the lexicon's mentions of ``text`` (``doc.mentions``); names
    overlapping a person there are skipped (the lexicon wins), and states there
    give the titles their country. Given no mention other than persons, the
    lexicon is searched here. Spans index ``text``.
    """
    code = _lang(lang)
    rules = _rules(code)
    if rules is None or not text:
        return []
    ctx = _context(text, code, rules, lexicon, known or [])
    intros: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for m in rules.titles.finditer(ctx.t):
        p = _at_title(ctx, m)
        if p is None or any(a < p.end and p.start < b for a, b in taken):
            continue
        p.key = person_key(ctx.t[p.start:p.end] if code in ("zh", "ar", "fa") else
                           ctx.text[ctx.f.span(p.start, p.end).start:ctx.f.span(p.start, p.end).end], code)
        taken.append((p.start, p.end))
        intros.append(p)
    # one person, one country: the first title that names a state decides for every mention
    country: dict[str, Optional[str]] = {}
    role: dict[str, Optional[str]] = {}
    for p in intros:
        if country.get(p.key) is None:
            country[p.key] = p.country
        if role.get(p.key) is None:
            role[p.key] = p.role
    found = intros + _cluster(ctx, intros, taken)
    out: list[Result] = []
    for p in sorted(found, key=lambda p: p.start):
        span = ctx.f.span(p.start, p.end)
        mention = Mention(span, text[span.start:span.end], p.key, "person", None)
        out.append((mention, p.country or country.get(p.key), p.role or role.get(p.key)))
    return out
