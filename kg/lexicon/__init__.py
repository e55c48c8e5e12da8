"""The lexicon: states, organisations, places, people and outlets, by name.

Data lives in ``kg/lexicon/data/*.tsv`` (see ``data/README.md``); this module
loads it into :class:`Entry` objects and finds their names in article text.
Keys are Wikidata QIDs where the QID is certain and local keys
(``person:pezeshkian``) otherwise: a wrong QID would silently merge distinct
things in the graph, a missing one only loses a link.

Typical use::

    lex = load_lexicon()
    for m in lex.find_mentions(doc.text, doc.language):
        ...  # m.key, m.kind, m.stands_for (莫斯科 -> Q159)
"""
from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterator, Optional
from urllib.parse import urlsplit

from ..doc import Mention, Span
from .match import ArabicMatcher, Hit, LatinMatcher, ZhMatcher
from .normalize import fold_arabic, fold_latin, fold_zh, lookup_key, script_of
from .russian import adjective_stem

__all__ = ["Entry", "Lexicon", "load_lexicon", "LANGS", "KINDS", "DATA_DIR"]

#: Name columns, in the order the data files use.
LANGS: tuple[str, ...] = ("zh", "zh_Hant", "ar", "fa", "ru", "en", "fr", "es")
#: Entity kinds, in the order that breaks ties between identical names.
KINDS: tuple[str, ...] = ("state", "org", "seat", "city", "person", "outlet")
DATA_DIR = os.path.join(os.path.dirname(__file__), "data")
ENTITY_FILES: tuple[str, ...] = ("states.tsv", "orgs.tsv", "places.tsv", "persons.tsv", "outlets.tsv")

_QID = re.compile(r"^Q[1-9][0-9]*$")
#: Endings after an Arabic/Persian adjective's base: الروسية, الروسيين; ایرانی‌ها.
#: Persian gets no ه: روسیه is Russia, not روسی + ه.
_ADJ_SUFFIXES: dict[str, tuple[str, ...]] = {
    "ar": ("تين", "تان", "ين", "ون", "ان", "ه"),
    "fa": ("های", "ها", "ان"),
}
_ARTICLE = re.compile(r"^(?:the|le|la|les|l'|el|los|las|al-|el-)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    """One entity and every name the lexicon knows for it, per language."""

    key: str
    kind: str
    qid: Optional[str] = None
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    stands_for: Optional[str] = None  # cities and seats: the state they denote
    country: Optional[str] = None     # persons: the state (or org) they act for
    role: Optional[str] = None        # persons: head_of_state, foreign_minister, ...
    hosts: tuple[str, ...] = ()       # outlets: web hosts, without www.
    located_in: Optional[str] = None  # seats: the city they are in (Kremlin -> Moscow)

    def __hash__(self) -> int:  # names is a dict; the key identifies the entry
        return hash(self.key)

    def label(self, lang: str = "en") -> str:
        """Best display name in ``lang``; falls back to zh for zh_Hant, then en."""
        lang = _norm_lang(lang)
        order = [lang, "zh"] if lang == "zh_Hant" else [lang]
        for code in order + ["en"] + list(LANGS):
            names = self.names.get(code)
            if names:
                return names[0]
        return self.key

    def all_names(self) -> tuple[str, ...]:
        """Every name in every language, without duplicates."""
        seen: dict[str, None] = {}
        for lang in LANGS:
            for n in self.names.get(lang, ()):
                seen.setdefault(n, None)
        return tuple(seen)


def _norm_lang(lang: Optional[str]) -> str:
    """Map codes such as zh-TW, zh-Hant, zh_hk to the lexicon's columns."""
    if not lang:
        return "en"
    low = lang.replace("-", "_").lower()
    if low.startswith("zh"):
        return "zh_Hant" if any(t in low for t in ("hant", "tw", "hk", "mo")) else "zh"
    return low.split("_")[0]


def read_tsv(path: str) -> list[dict[str, str]]:
    """Rows of a data file: ``#`` lines are comments, the first other line the header."""
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in reader]


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


class Lexicon:
    """Entries by key, name, host and in running text."""

    def __init__(self, entries: dict[str, Entry], abbreviations: dict[str, tuple[str, bool, tuple[str, ...]]],
                 adjectives: dict[str, list[tuple[str, str]]], blockers: dict[str, list[str]]) -> None:
        self._entries = entries
        self._abbr = abbreviations
        self._adj_base = adjectives  # lang -> [(base form, state key)]
        self._blockers = blockers
        self._by_name: dict[str, list[Entry]] = {}
        self._by_host: dict[str, Entry] = {}
        prio = {k: i for i, k in enumerate(KINDS)}
        for e in sorted(entries.values(), key=lambda e: prio.get(e.kind, 99)):
            for n in e.all_names():
                bucket = self._by_name.setdefault(lookup_key(n), [])
                if e not in bucket:
                    bucket.append(e)
            for h in e.hosts:
                self._by_host.setdefault(h.lower(), e)
        self._matchers: dict[str, Callable[[str], list[Hit[str]]]] = {}
        self._adj_matchers: dict[str, Callable[[str], list[Hit[str]]]] = {}
        self._adj_index: dict[str, dict[str, str]] = {}

    # -- plain access ---------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries.values())

    def get(self, key: str) -> Optional[Entry]:
        """The entry with this key (a QID or a local key), or None."""
        return self._entries.get(key)

    def by_host(self, host: str) -> Optional[Entry]:
        """The outlet publishing at ``host`` (a host or a URL; www. and subdomains fold)."""
        if not host:
            return None
        h = host.strip().lower()
        if "//" in h:
            h = urlsplit(h).hostname or ""
        h = h.split("/")[0].split(":")[0].rstrip(".")
        if h.startswith("www."):
            h = h[4:]
        while h:
            if h in self._by_host:
                return self._by_host[h]
            if "." not in h:
                return None
            h = h.split(".", 1)[1]
            if "." not in h:  # do not fall back to a bare TLD
                return None
        return None

    def lookup(self, name: str, lang: Optional[str] = None) -> list[Entry]:
        """Entries called exactly ``name`` (after normalisation), states first.

        With ``lang``, an inflected or clitic-bearing form (России, بموسكو) is
        also accepted when it is a single whole mention of one entry.
        """
        hits = list(self._by_name.get(lookup_key(name), []))
        if hits:
            return hits
        stripped = name.strip()
        if "." in stripped and " " not in stripped:  # a host: voachinese.com
            outlet = self.by_host(stripped)
            if outlet:
                return [outlet]
        if not lang:
            return []
        # "The Philippines", "l'Arabie saoudite": an article, then one whole name.
        rest = _ARTICLE.sub("", fold_latin(stripped), count=1)
        offset = len(stripped) - len(rest)
        found = self.find_mentions(stripped, lang)
        if len(found) == 1:
            m = found[0]
            clitic_ok = script_of(lang) == "arabic" and m.span.start <= 4
            if m.span.end == len(stripped) and (m.span.start <= offset or clitic_ok):
                e = self.get(m.key)
                return [e] if e else []
        return []

    def abbreviation(self, char: str, allow_ambiguous: bool = False) -> Optional[str]:
        """State key for a Chinese one-character abbreviation (俄 -> Q159, 韓 -> Q884).

        Ambiguous characters (巴: Pakistan, Palestine, Brazil) give None unless
        ``allow_ambiguous``, when they give the most frequent reading.
        """
        got = self._abbr.get(fold_zh(char))
        if got is None:
            return None
        key, ambiguous, _ = got
        return key if (allow_ambiguous or not ambiguous) else None

    def abbreviation_readings(self, char: str) -> tuple[str, ...]:
        """Every state a one-character abbreviation may stand for, likeliest first."""
        got = self._abbr.get(fold_zh(char))
        if got is None:
            return ()
        return (got[0],) + tuple(k for k in got[2] if k != got[0])

    def adjective(self, word: str, lang: str) -> Optional[str]:
        """State key for a demonym or relational adjective (российского, الروسية, iranienne).

        A hyphenated compound (российско-иранский) gives its first component;
        use :meth:`find_adjectives` to get every component.
        """
        lang = _norm_lang(lang)
        index = self._adjective_index(lang)
        script = script_of(lang)
        if script == "ru":
            part = fold_latin(word.strip()).lower().split("-")[0]
            stem = adjective_stem(part)
            return index.get(stem) if stem else index.get(part)
        if script == "arabic":
            w, _ = fold_arabic(word.strip())
            w = w.replace(" ", "")
            for pre in ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك", ""):
                if not w.startswith(pre):
                    continue
                core = w[len(pre):]
                for suf in _ADJ_SUFFIXES.get(lang, ()) + ("",):
                    if suf and not core.endswith(suf):
                        continue
                    base = core[: len(core) - len(suf)] if suf else core
                    if base in index:
                        return index[base]
            return None
        if script == "zh":
            return index.get(fold_zh(word.strip()))
        w = fold_latin(word.strip()).casefold()
        return index.get(w) or index.get(w.split("-")[0])  # nord-coréen; franco-russe

    # -- matching -------------------------------------------------------------

    def find_mentions(self, text: str, lang: Optional[str]) -> list[Mention]:
        """Every lexicon name in ``text``: leftmost-longest, non-overlapping, in order.

        Spans index the original ``text``. Chinese text is also searched for
        names in Latin script (拉夫罗夫（Sergei Lavrov）), Russian and Arabic text
        too, since articles quote names in the original.
        """
        lang = _norm_lang(lang)
        script = script_of(lang)
        hits = self._matcher(lang)(text)
        if script != "latin":
            taken = [(h.start, h.end) for h in hits]
            extra = [h for h in self._matcher("en")(text)
                     if not any(h.start < e and s < h.end for s, e in taken)]
            hits = sorted(hits + extra, key=lambda h: h.start)
        out: list[Mention] = []
        for h in hits:
            e = self._entries[h.target]
            out.append(Mention(Span(h.start, h.end), text[h.start:h.end], e.key, e.kind, e.stands_for))
        return out

    def find_adjectives(self, text: str, lang: Optional[str]) -> list[Mention]:
        """Demonyms and relational adjectives (روسي, российско-, iranien) as mentions.

        Each has ``kind="adjective"`` and ``key == stands_for ==`` the state.
        Kept apart from :meth:`find_mentions` because "the Russian war" names
        Russia without making it a party to anything.
        """
        lang = _norm_lang(lang)
        matcher = self._adj_matchers.get(lang)
        if matcher is None:
            matcher = self._build_adj_matcher(lang)
            self._adj_matchers[lang] = matcher
        return [Mention(Span(h.start, h.end), text[h.start:h.end], h.target, "adjective", h.target)
                for h in matcher(text)]

    # -- internals ------------------------------------------------------------

    def _names_for(self, langs: tuple[str, ...]) -> list[tuple[str, Optional[str]]]:
        # Blockers first: on an identical surface the blocker wins (ru Того).
        out: list[tuple[str, Optional[str]]] = []
        for lang in langs:
            out.extend((b, None) for b in self._blockers.get(lang, ()))
        prio = {k: i for i, k in enumerate(KINDS)}
        for e in sorted(self._entries.values(), key=lambda e: prio.get(e.kind, 99)):
            for lang in langs:
                out.extend((n, e.key) for n in e.names.get(lang, ()))
        return out

    def _matcher(self, lang: str) -> Callable[[str], list[Hit[str]]]:
        script = script_of(lang)
        cache_key = {"zh": "zh", "latin": "latin", "ru": "ru"}.get(script, lang)
        m = self._matchers.get(cache_key)
        if m is None:
            if script == "zh":
                m = ZhMatcher(self._names_for(("zh", "zh_Hant"))).find
            elif script == "ru":
                m = LatinMatcher(self._names_for(("ru",)), russian=True).find
            elif script == "arabic":
                # Persian and Arabic spell names differently; an Arabic spelling in
                # Persian text is more often a Persian word (دوشنبه "Monday").
                m = ArabicMatcher(self._names_for(("fa",) if lang == "fa" else ("ar",))).find
            else:
                m = LatinMatcher(self._names_for(("en", "fr", "es"))).find
            self._matchers[cache_key] = m
        return m

    def _adjective_index(self, lang: str) -> dict[str, str]:
        idx = self._adj_index.get(lang)
        if idx is not None:
            return idx
        idx = {}
        script = script_of(lang)
        for base, key in self._adj_base.get(lang, []):
            if script == "ru":
                for form in (base, adjective_stem(base) or base):
                    idx.setdefault(fold_latin(form).lower(), key)
            elif script == "arabic":
                idx.setdefault(fold_arabic(base)[0].replace(" ", ""), key)
            elif script == "zh":
                idx.setdefault(fold_zh(base), key)
            else:
                for form in _romance_forms(base, lang):
                    idx.setdefault(form.casefold(), key)
        self._adj_index[lang] = idx
        return idx

    def _build_adj_matcher(self, lang: str) -> Callable[[str], list[Hit[str]]]:
        script = script_of(lang)
        pairs = self._adj_base.get(lang, [])
        if script == "ru":
            names: list[tuple[str, Optional[str]]] = []
            for base, key in pairs:
                for b in (base, base[:1].upper() + base[1:]):
                    names.append((b, key))
            return LatinMatcher(names, russian=True).find
        if script == "arabic":
            return ArabicMatcher(pairs, suffixes=_ADJ_SUFFIXES.get(lang, ()), article=True).find
        if script == "zh":
            return ZhMatcher(pairs).find
        forms: list[tuple[str, Optional[str]]] = []
        for base, key in pairs:
            for f in _romance_forms(base, lang):
                forms.append((f, key))
                forms.append((f[:1].upper() + f[1:], key))
        return LatinMatcher(forms).find


def _romance_forms(base: str, lang: str) -> list[str]:
    """Gender and number forms of an en/fr/es adjective from its base form."""
    forms = [base]
    if lang == "fr":
        forms += [base + "s"]
        if not base.endswith("e"):
            forms += [base + "e", base + "es"]
        if base.endswith(("en", "éen")):
            forms += [base + "ne", base + "nes"]
    elif lang == "es":
        if base.endswith("o"):
            forms += [base[:-1] + s for s in ("a", "os", "as")]
        elif base.endswith(("í", "ú")):
            forms += [base + "es", base + "s"]
        elif base.endswith("és"):
            forms += [base[:-2] + s for s in ("esa", "eses", "esas")]
        elif base.endswith("án"):
            forms += [base[:-2] + s for s in ("ana", "anes", "anas")]
        elif base.endswith("e"):
            forms += [base + "s"]
        else:
            forms += [base + "es"]
    elif lang == "en" and base.endswith(("n", "i")):
        forms += [base + "s"]  # Russians, Iranians, Saudis (not Philippines: a state)
    return forms


def _check_qid(qid: str, where: str) -> Optional[str]:
    if not qid:
        return None
    if not _QID.match(qid):
        raise ValueError(f"{where}: malformed QID {qid!r}")
    return qid


def build_lexicon(data_dir: str = DATA_DIR) -> Lexicon:
    """Read every data file in ``data_dir`` into a :class:`Lexicon` (uncached)."""
    raw: dict[str, dict] = {}
    for fname in ENTITY_FILES:
        path = os.path.join(data_dir, fname)
        if not os.path.exists(path):
            continue
        for i, row in enumerate(read_tsv(path), start=2):
            where = f"{fname} row {i}"
            key = row.get("key", "")
            if not key:
                raise ValueError(f"{where}: empty key")
            if key in raw:
                raise ValueError(f"{where}: duplicate key {key}")
            qid = _check_qid(row.get("qid", ""), where)
            if key.startswith("Q") and key != qid:
                raise ValueError(f"{where}: key {key} looks like a QID but qid is {qid!r}")
            raw[key] = {
                "key": key, "kind": row.get("kind") or "state", "qid": qid,
                "names": {lang: _split(row.get(lang, "")) for lang in LANGS},
                "stands_for": row.get("stands_for") or None,
                "country": row.get("country") or None,
                "role": row.get("role") or None,
                "hosts": tuple(h.lower().removeprefix("www.") for h in _split(row.get("hosts", ""))),
                "located_in": row.get("located_in") or None,
            }
    alias_path = os.path.join(data_dir, "aliases.tsv")
    if os.path.exists(alias_path):
        for i, row in enumerate(read_tsv(alias_path), start=2):
            key, lang = row.get("key", ""), _norm_lang(row.get("lang", ""))
            if key not in raw:
                raise ValueError(f"aliases.tsv row {i}: unknown key {key}")
            if lang not in LANGS:
                raise ValueError(f"aliases.tsv row {i}: unknown language {lang}")
            names = raw[key]["names"][lang]
            names.extend(n for n in _split(row.get("names", "")) if n not in names)
    entries = {
        k: Entry(key=r["key"], kind=r["kind"], qid=r["qid"],
                 names={lang: tuple(v) for lang, v in r["names"].items() if v},
                 stands_for=r["stands_for"], country=r["country"], role=r["role"], hosts=r["hosts"],
                 located_in=r["located_in"])
        for k, r in raw.items()
    }

    abbreviations: dict[str, tuple[str, bool, tuple[str, ...]]] = {}
    path = os.path.join(data_dir, "abbreviations.tsv")
    if os.path.exists(path):
        for row in read_tsv(path):
            ch = fold_zh(row["char"])
            alts = tuple(_split(row.get("alternatives", "")))
            abbreviations[ch] = (row["key"], row.get("ambiguous", "") in ("1", "yes", "true"), alts)

    adjectives: dict[str, list[tuple[str, str]]] = {}
    path = os.path.join(data_dir, "adjectives.tsv")
    if os.path.exists(path):
        for row in read_tsv(path):
            lang = _norm_lang(row["lang"])
            for w in _split(row["words"]):
                adjectives.setdefault(lang, []).append((w, row["key"]))

    blockers: dict[str, list[str]] = {}
    path = os.path.join(data_dir, "blockers.tsv")
    if os.path.exists(path):
        for row in read_tsv(path):
            langs = ("en", "fr", "es") if row["lang"] == "latin" else (_norm_lang(row["lang"]),)
            for lang in langs:
                blockers.setdefault(lang, []).extend(_split(row["words"]))
    return Lexicon(entries, abbreviations, adjectives, blockers)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The project lexicon, read once per process."""
    return build_lexicon(DATA_DIR)
