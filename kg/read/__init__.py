"""READ stage: input files -> :class:`~kg.doc.Document` with clean text and what the page says.

Every later offset indexes ``Document.text`` and the graph stores it verbatim
as ``schema:articleBody``, so this stage decides, once and deterministically,
what counts as the article: the headline, a blank line, then the body
paragraphs one per line, furniture removed (:mod:`kg.read.clean`). It also
fills the fields it owns: title, URL, publication date, language, the folded
text, the sentences, and the outlet names printed where publishers go.

Inputs: RSS items, HTML pages, RSS/Atom XML, Markdown and plain text, UTF-8
only; anything else is refused with a one-line :class:`ReadError`.
"""
from __future__ import annotations

import hashlib
import os
from typing import Optional

from kg.doc import Document, PrintedName, Span
from kg.dates import first_full_date
from kg.lang import get
from kg.langid import detect_language
from kg.read import clean, meta
from kg.read.files import (INPUT_SUFFIXES, MAX_BYTES, InputFile, ReadError, decode, guess_encoding, iter_input_files,
                           load_bytes)
from kg.read.formats import parse
from kg.text import fold, split_sentences, strip_marks

__all__ = ["ReadError", "InputFile", "INPUT_SUFFIXES", "MAX_BYTES", "iter_input_files", "read_document", "read_text",
           "guess_encoding"]


def read_document(path: str, relative: Optional[str] = None) -> Document:
    """Read one input file into a Document; raises :class:`ReadError`.

    ``relative`` is its name under the input folder (an :class:`InputFile` carries it): the
    article's identity when the page states no URL of its own."""
    raw = load_bytes(path)
    text = decode(raw, path)
    relative = relative or getattr(path, "relative", None) or os.path.basename(path)
    return _build(text, os.path.basename(path), path, hashlib.sha256(raw).hexdigest(), relative)


def read_text(text: str, doc_id: str = "<string>") -> Document:
    """Read an in-memory article (tests, the Python API); ``doc_id`` doubles as path."""
    if not text.strip():
        raise ReadError(doc_id, "empty text")
    return _build(text, os.path.basename(doc_id) or doc_id, doc_id, hashlib.sha256(text.encode("utf-8")).hexdigest(),
                  doc_id)


def _build(raw_text: str, doc_id: str, path: str, sha256: str, relative: str) -> Document:
    """Parse, clean and assemble one Document."""
    page = parse(raw_text, os.path.splitext(doc_id)[1].lower())
    lines = clean.drop_blocks(clean.cut_read_also(clean.normalize(page.lines)))
    url = page.url or meta.find_url(lines)
    title = _clean_title(page.title)
    names = list(page.names) + meta.harvest(lines, title)  # before cleaning: widgets name outlets too
    if (h := meta.host(url)) is not None:
        names.append(PrintedName(h, 2, known_only=True))
    lines = clean.dedupe([s for s in (clean.strip_inline(line) for line in clean.drop_junk(lines)) if s], title)
    code = detect_language("\n".join(([title] if title else []) + lines))
    language = get(code)
    date_index, stated, rest_at = meta.find_published(lines, language, title or (lines[0] if lines else None))
    published = page.published or stated or _raw_date(page.raw_dates, language) or page.fallback_published
    title_index = meta.pick_title(lines, date_index) if title is None else None
    if title_index is not None:
        title = lines[title_index]
    names += meta.near_date(lines, date_index, title)
    if date_index is not None and len(lines[date_index]) - rest_at > 12:
        lines[date_index] = lines[date_index][rest_at:].strip()  # a paragraph opening with its date
        date_index = None
    names += meta.dateline_names([line for i, line in enumerate(lines) if i != date_index])
    lines = [line for i, line in enumerate(lines) if i not in (date_index, title_index)]
    if not lines and not title:
        raise ReadError(path, "no article text after cleaning")
    title = strip_marks(title, language) if title else None
    body = [strip_marks(line, language) for line in lines]
    text = (f"{title}\n\n" + "\n".join(body) if title else "\n".join(body)).rstrip("\n")
    folded = fold(text, language)
    return Document(
        doc_id=doc_id, key=url or relative, path=path, text=text, sha256=sha256, title=title,
        title_span=Span(0, len(title)) if title else None, url=url, published=published,
        language=code, folded=folded, sentences=split_sentences(folded, language),
        printed_names=sorted(names, key=lambda n: n.rank),
    )


def _raw_date(values: list[str], language) -> Optional[str]:
    for value in values:
        found = first_full_date(fold(value, language), language)
        if found:
            return found[0]
    return None


def _clean_title(title: Optional[str]) -> Optional[str]:
    """A metadata headline normalised like body lines."""
    if not title:
        return None
    return " ".join(clean.normalize([title])).strip() or None
