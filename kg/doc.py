"""The one document type that flows through every stage, and the small types it carries.

read -> mentions -> agreements -> build -> validate -> store/export. Each stage
fills in the fields it owns (marked below) and reads only those of earlier
stages; only :mod:`kg.build` turns a document into RDF. Every offset indexes
``Document.text``, the cleaned article text that the graph stores verbatim
as ``schema:articleBody``; ``Document.folded`` has the same length, so an
offset found in it is an offset in the text.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Callable, Optional

#: Lifecycle stages, earliest first; the order decides which stage is "latest".
STAGES: tuple[str, ...] = ("planned", "signed", "ratified", "in_force", "terminated")


@dataclass(frozen=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` into ``Document.text``."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start:self.end]

    def __contains__(self, offset: object) -> bool:
        return isinstance(offset, int) and self.start <= offset < self.end


@dataclass(frozen=True)
class Mention:
    """A surface form in the text that names an entity.

    ``key`` is the lexicon key (a Wikidata QID such as ``Q159`` or a local key
    such as ``person:jane-roe``); ``kind`` is one of ``state``, ``org``,
    ``city``, ``seat``, ``person``, ``outlet``, ``adjective`` (a demonym) or
    ``agreement`` (a named agreement). ``stands_for`` is the state the mention
    points at: a capital or seat of power used as a metonym, a demonym, the
    state a person acts for.
    """

    span: Span
    surface: str
    key: str
    kind: str
    stands_for: Optional[str] = None
    role: Optional[str] = None


@dataclass(frozen=True)
class DateMention:
    """A date expression and its value at the precision written (None when unresolvable)."""

    span: Span
    value: Optional[str]
    relative: bool


@dataclass(frozen=True)
class PrintedName:
    """An outlet name the page prints where publishers go (source line, credit, byline, host).

    ``rank`` orders candidates (0 first); a name with ``known_only`` counts only
    when the lexicon knows it as an outlet (a short line that may be anything).
    """

    name: str
    rank: int
    known_only: bool = False


@dataclass(frozen=True)
class Claim:
    """One asserted value with the sentence that asserts it."""

    value: object
    evidence: Span
    attributed_to: Optional[str] = None  # key of a cited agency, when attributed


@dataclass
class AgreementRecord:
    """What one article asserts about one agreement."""

    parties: frozenset[str]
    names: list[Claim] = field(default_factory=list)          # value: surface name
    party_claims: list[Claim] = field(default_factory=list)   # value: party key
    status: Optional[Claim] = None                            # value: one of STAGES
    stages: list[Claim] = field(default_factory=list)         # every stage reported
    signed_on: Optional[Claim] = None                         # value: "YYYY[-MM[-DD]]"
    signed_at: Optional[Claim] = None                         # value: city key
    signatories: list[Claim] = field(default_factory=list)    # value: person key
    duration: Optional[Claim] = None                          # value: "P20Y"
    mutual_defense: Optional[Claim] = None                    # value: bool
    kind: str = "agreement"                                   # treaty, pact, memorandum...
    #: tells apart several agreements between the same parties in one article ("" for the first)
    label: str = ""


@dataclass(frozen=True)
class EntityRef:
    """An entity as the article knows it: key, kind, optional QID and the names used."""

    key: str
    kind: str
    qid: Optional[str]
    names: tuple[str, ...]


@dataclass
class Document:
    """An article and everything the stages have learned about it."""

    # --- read ------------------------------------------------------------------------------
    doc_id: str                      # the input file's basename (what the scorer matches)
    path: str                        # as given by the user
    text: str                        # cleaned article text (headline first)
    sha256: str = ""                 # of the raw input bytes
    #: the article's identity in the graph: the URL it states, else its path under the input folder
    key: str = ""
    title: Optional[str] = None
    title_span: Optional[Span] = None
    url: Optional[str] = None
    published: Optional[str] = None  # "YYYY-MM-DD"
    language: Optional[str] = None   # ISO 639-1
    folded: str = ""                 # kg.text.fold(text): same length as text
    sentences: list[Span] = field(default_factory=list)
    printed_names: list[PrintedName] = field(default_factory=list)
    # --- mentions ---------------------------------------------------------------------------
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    publisher: Optional[str] = None  # outlet key
    cited_agencies: list[Claim] = field(default_factory=list)  # value: outlet key
    entities: dict[str, EntityRef] = field(default_factory=dict)  # key -> ref
    # --- agreements -------------------------------------------------------------------------
    agreements: list[AgreementRecord] = field(default_factory=list)

    @property
    def identity(self) -> str:
        """What names the article in the graph: ``key``, else the file name."""
        return self.key or self.doc_id

    def sentence_of(self, offset: int) -> Span:
        """The sentence holding ``offset`` (a one-character span when none does)."""
        starts = self._starts(self.sentences, lambda s: s.start)
        i = bisect_right(starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return Span(offset, min(offset + 1, len(self.text)))

    def mentions_in(self, lo: int, hi: int) -> list[Mention]:
        """The mentions starting in [lo, hi): a bisection, so that work per sentence stays bounded."""
        return self._slice(self.mentions, lambda m: m.span.start, lo, hi)

    def dates_in(self, lo: int, hi: int) -> list[DateMention]:
        """The dates starting in [lo, hi)."""
        return self._slice(self.dates, lambda d: d.span.start, lo, hi)

    def _slice(self, items: list, start_of: Callable, lo: int, hi: int) -> list:
        starts = self._starts(items, start_of)
        if starts is None:  # not in text order: filter
            return [x for x in items if lo <= start_of(x) < hi]
        return items[bisect_left(starts, lo):bisect_left(starts, hi)]

    def _starts(self, items: list, start_of: Callable) -> Optional[list[int]]:
        """The items' start offsets (None unless ascending), cached while the list is unchanged."""
        cache = self.__dict__.setdefault("_index", {})
        key = id(items)
        got = cache.get(key)
        if got is None or got[0] is not items or got[1] != len(items):
            starts = [start_of(x) for x in items]
            ordered = all(a <= b for a, b in zip(starts, starts[1:]))
            got = (items, len(items), starts if ordered else None)
            cache[key] = got
        return got[2]
