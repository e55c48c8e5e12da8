"""The one document type that flows through every stage.

read -> extract -> link -> build -> validate -> export. Every stage takes a
:class:`Document` and fills in its part; only :mod:`kg.build` turns it into
RDF. All character offsets index ``Document.text``, the cleaned article text
that the graph stores verbatim as ``schema:articleBody``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

#: Lifecycle stages, earliest first; the order decides which stage is "latest".
STAGES: tuple[str, ...] = ("planned", "signed", "ratified", "in_force", "terminated")


@dataclass(frozen=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` into ``Document.text``."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass(frozen=True)
class Mention:
    """A surface form in the text that names an entity.

    ``key`` is the lexicon key of the entity (a Wikidata QID such as ``Q159``
    or a local key such as ``person:pezeshkian``); ``kind`` is one of
    ``state``, ``org``, ``city``, ``person``, ``outlet``. ``stands_for`` is the
    state a metonym denotes (a capital or a seat of power: 莫斯科 -> Q159).
    """

    span: Span
    surface: str
    key: str
    kind: str
    stands_for: Optional[str] = None


@dataclass(frozen=True)
class Claim:
    """One asserted value with the sentence that asserts it."""

    value: object
    evidence: Span
    attributed_to: Optional[str] = None  # key of a cited agency, when attributed


@dataclass
class AgreementRecord:
    """What one article asserts about one agreement (identified by its parties)."""

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
    kind: str = "agreement"                                    # treaty, agreement, pact, memorandum...
    signed_on_direct: bool = False  # signed_on came from a sentence about the signing itself


@dataclass(frozen=True)
class EntityRef:
    """An entity as the article knows it: key, kind, optional QID and names used."""

    key: str
    kind: str
    qid: Optional[str]
    names: tuple[str, ...]


@dataclass
class Document:
    """An article and everything the stages have learned about it."""

    doc_id: str                      # the input file's basename
    path: str                        # as given by the user
    text: str                        # cleaned article text (headline first)
    sha256: str = ""                 # of the raw input bytes
    title: Optional[str] = None
    title_span: Optional[Span] = None
    url: Optional[str] = None
    published: Optional[str] = None  # "YYYY-MM-DD"
    language: Optional[str] = None   # ISO 639-1
    publisher_names: list[str] = field(default_factory=list)  # as printed (names, hosts)
    publisher_hints: list[str] = field(default_factory=list)  # short header lines that may name it
    # filled by extract / link
    sentences: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    agreements: list[AgreementRecord] = field(default_factory=list)
    cited_agencies: list[Claim] = field(default_factory=list)  # value: outlet key
    publisher: Optional[str] = None  # outlet key, set by link
    entities: dict[str, EntityRef] = field(default_factory=dict)  # key -> ref, set by link
