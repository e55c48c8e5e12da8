"""Page furniture out, article lines in: what counts as the article is decided here, once.

Every fact extracted from furniture would be a false fact (a teaser about
another treaty, a tag that names a country), so furniture goes before any
offset exists. The rules are each language's :class:`~kg.lang.base.Furniture`
plus the forms every site prints whatever its language (:data:`COMMON_DROP`,
:data:`COMMON_INLINE`), merged because the language is only known after
cleaning. Besides rules, general means: a "read also" heading cuts the rest
of the page, a run of short menu words above the headline goes, a body
printed twice is kept once.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from kg.lang import all_languages
from kg.langid import function_words, script_of

#: lines any site prints whatever its language
COMMON_DROP: tuple[str, ...] = (
    r"^(?:\d{1,7}|\d{1,3}(?:,\d{3})+)$",      # a view counter or a page number
    r"^(?:https?://|www\.)\S+$",              # a bare link
    r"^(?:top|↑|▲)$",                         # back-to-top button
    r"^[\W_]+$",                              # a rule, bullets, ornaments only
    r"^(?:©|\(c\)|copyright)\s*.{0,80}$",     # a copyright line
)
#: in-line widgets: a serialised teaser list ("list of 4 items ... end of list"), a stray PHP "Array"
COMMON_INLINE: tuple[str, ...] = (
    r"(?:\S{1,12}\s*)?list of \d+ items?\s*list 1 of \d+.*?end of list",
    r"^Array(?=[^\x00-\x7f])",
)
#: how many kept lines at the top count as the header (headline, byline, date)
HEADER_LINES = 6


@dataclass(frozen=True)
class Rules:
    """All languages' furniture rules, merged and compiled once."""

    drop_line: re.Pattern[str]
    header_drop: re.Pattern[str]
    read_also: re.Pattern[str]
    inline: tuple[re.Pattern[str], ...]
    blocks: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    source: re.Pattern[str]
    source_line: re.Pattern[str]
    published_label: re.Pattern[str]
    byline: re.Pattern[str]
    lead_credit: re.Pattern[str]
    breadcrumb: re.Pattern[str]
    sections: frozenset[str]


def _alt(words: Sequence[str]) -> str:
    """Regex alternation, longest first so that a longer label beats its suffix."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) or r"(?!)"


def _labels(words: Sequence[str]) -> str:
    """Labels that must start a word (Latin, Cyrillic) or follow a separator (Han); Arabic
    labels may be glued to the widget text before them."""
    def one(word: str) -> str:
        script = script_of(word[0]) or ""
        guard = {"Latin": r"(?<![^\W\d_])", "Cyrillic": r"(?<![^\W\d_])",
                 "Han": r"(?:^|(?<=[\s|｜\]】）)]))"}.get(script, "")
        return guard + re.escape(word)
    return "|".join(one(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) or r"(?!)"


@lru_cache(maxsize=1)
def rules() -> Rules:
    """Every language's furniture (plus the common forms) compiled into one set of patterns."""
    langs = all_languages()
    merged: dict[str, list] = {}
    for language in langs:
        f = language.furniture
        for name in ("drop_line", "header_drop", "read_also", "inline", "blocks", "source_labels",
                     "published_labels", "sections", "outlet_suffixes", "home_words"):
            merged.setdefault(name, []).extend(getattr(f, name))
    flags = re.IGNORECASE
    sources = _labels(merged["source_labels"])
    return Rules(
        drop_line=re.compile("|".join(f"(?:{p})" for p in list(COMMON_DROP) + merged["drop_line"]), flags),
        header_drop=re.compile("|".join(f"(?:{p})" for p in merged["header_drop"]) or r"(?!)", flags),
        read_also=re.compile("|".join(f"(?:{p})" for p in merged["read_also"]) or r"(?!)", flags),
        inline=tuple(re.compile(p, flags) for p in list(COMMON_INLINE) + merged["inline"]),
        blocks=tuple((re.compile(a, flags), re.compile(b, flags)) for a, b in merged["blocks"]),
        source=re.compile(rf"(?:{sources})\s*[:：]\s*(?P<name>[^|｜:：\n]{{2,40}}?)\s*(?:[|｜]|$|\s(?=[^\s]+[:：]))", flags),
        source_line=re.compile(rf"^(?:{sources})\s*[:：]\s*[^|｜]{{1,40}}$", flags),
        published_label=re.compile(rf"(?:^|(?<=\s))(?:{_labels(merged['published_labels'])})(?![^\W\d_])\s*[:：]?\s*", flags),
        byline=re.compile(rf"^(?P<name>[^/／|｜\d:：]{{2,30}}?)\s*[/／]\s*(?:{_alt(merged['sections'])})$", flags),
        lead_credit=re.compile(r"^[(（【〔\[](?P<name>[^()（）【】〔〕\[\]]{2,20}?(?:"
                               + _alt(merged["outlet_suffixes"]) + r"))[)）】〕\]]", flags),
        breadcrumb=re.compile(rf"^(?:(?:{_alt(merged['home_words'])})\s*(?:->|>|›|»|/|\|)"
                              r"|[^>›»«]{1,15}(?:\s(?:->|>|›|»)\s[^>›»«]{1,15}){2,5}$)", flags),
        sections=frozenset(w.casefold() for w in merged["sections"] + merged["home_words"]),
    )


# --- lines ---------------------------------------------------------------------------------

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069"
                        "\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DATELINE_DASH = re.compile(r"^[^.。!?]{1,25}?\s*[—–]$")


def normalize(lines: Sequence[str]) -> list[str]:
    """NFC, invisible marks out, runs of blanks to one space, stripped; datelines merged."""
    out: list[str] = []
    for raw in "\n".join(lines).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _SPACES.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFC", raw))).strip()
        out.append(line.replace("\u2028", " ").replace("\u2029", " "))
    return _merge_datelines(out)


def _merge_datelines(lines: list[str]) -> list[str]:
    """A dateline left alone on its line by HTML flow joins the paragraph it introduces."""
    out: list[str] = []
    pending = ""
    for line in lines:
        if not line:
            out.append(line)
            continue
        if _DATELINE_DASH.match(line):
            pending = f"{pending}{line} "
            continue
        out.append(pending + line)
        pending = ""
    if pending:
        out.append(pending.strip())
    return out


def cut_read_also(lines: list[str]) -> list[str]:
    """A "read also" heading on its own line opens another article's teaser: it and all below go.

    In the first lines (the header) it is only dropped: a page may print a teaser above the story.
    """
    kept = [i for i, line in enumerate(lines) if line]
    pattern = rules().read_also
    for pos, i in enumerate(kept):
        if pattern.fullmatch(lines[i]):
            if pos < 2:
                lines = lines[:i] + [""] + lines[i + 1:]
                continue
            return lines[:i]
    return lines


def drop_blocks(lines: list[str]) -> list[str]:
    """Remove start..end blocks such as a machine-written summary (end within 40 lines)."""
    out: list[str] = []
    i = 0
    blocks = rules().blocks
    while i < len(lines):
        for start, end in blocks:
            if start.search(lines[i]):
                stop = next((j for j in range(i, min(i + 40, len(lines))) if end.fullmatch(lines[j])), None)
                if stop is not None:
                    i = stop + 1
                    break
        else:
            out.append(lines[i])
            i += 1
    return out


def strip_inline(line: str) -> str:
    """Remove in-line furniture (teaser lists, "(end)", editor tags)."""
    for pattern in rules().inline:
        line = pattern.sub(" ", line)
    return " ".join(line.split())


def _is_nav_bar(line: str, next_line: str) -> bool:
    """A run of menu words above a headline: many short items and no function words."""
    tokens = line.split()
    words = function_words()
    if re.search(r"[.。,，!?！？:：;；،؟\"“”«»]", line) or any(t.lower() in words for t in tokens):
        return False
    cjk = sum(1 for c in line if script_of(c) in ("Han", "Kana", "Hangul")) > len(line) / 3
    min_tokens, max_len = (8, 4) if cjk else (10, 14)
    return len(tokens) >= min_tokens and all(len(t) <= max_len for t in tokens) and title_like(next_line)


def drop_junk(lines: list[str]) -> list[str]:
    """Drop furniture lines; header-only rules (nav bars, bylines) look at the top."""
    r = rules()
    kept: list[str] = []
    nonempty = [line for line in lines if line]
    for i, line in enumerate(nonempty):
        if r.drop_line.search(line) or r.source_line.match(line) and not r.published_label.search(line):
            continue
        if i < HEADER_LINES:
            following = nonempty[i + 1] if i + 1 < len(nonempty) else ""
            if r.byline.match(line) or r.header_drop.search(line) \
                    or (len(line) <= 60 and r.breadcrumb.match(line)) or _is_nav_bar(line, following):
                continue
        kept.append(line)
    return kept


def dedupe(lines: list[str], title: Optional[str]) -> list[str]:
    """Keep one copy of the body: drop squashed copies and repeated paragraphs.

    Some scrapes hold the article twice, once run together on one line and
    once paragraphed; a long line mostly made of other lines is that copy.
    Exact repeats (a title printed again, a doubled caption) go too.
    """
    compact = [re.sub(r"\s+", "", line) for line in lines]
    out: list[str] = []
    seen: set[str] = {re.sub(r"\s+", "", title)} if title else set()
    # a squashed copy is one of the few longest lines: test those only, so the work stays bounded
    longest = set(sorted((i for i, c in enumerate(compact) if len(c) >= 300), key=lambda i: -len(compact[i]))[:3])
    for i, line in enumerate(lines):
        if i in longest:
            covered = sum(len(c) for j, c in enumerate(compact)
                          if j != i and 12 <= len(c) < len(compact[i]) and c in compact[i])
            if covered >= 0.5 * len(compact[i]):
                continue
        if len(compact[i]) >= 6 and compact[i] in seen:
            continue
        seen.add(compact[i])
        out.append(line)
    return out


_SENTENCE_END = re.compile(r"[.。:：,，;；،]$")


def title_like(line: str) -> bool:
    """Short and not ending like a sentence: could be a headline."""
    if not line or _SENTENCE_END.search(line) and not line.endswith("..."):
        return False
    cjk = sum(1 for c in line if script_of(c) in ("Han", "Kana", "Hangul"))
    limit = 60 if cjk > len(line) / 3 else 160
    return len(line) <= limit and len(line.split()) <= 30
