"""The shape of a language's data: one typed :class:`Language` object per language.

Everything the engine knows about a language lives in ``kg/lang/<iso>/`` as
one ``LANGUAGE = Language(...)`` built from the records below. The engine
(reading, mentions, agreements) never asks which language it has: it asks
the object. Patterns are written in the language's natural spelling and
compiled here *after* folding them like the text they will meet
(:func:`kg.text.fold`), so Persian ی, Arabic أ or traditional Chinese in a
rule can never silently miss the folded text.

Every regex field is a plain string (or tuple of strings) in the data and a
compiled pattern on the object; :meth:`Language.compile` does that once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from typing import Callable, Mapping, Optional

from kg.folding import fold_chars

Inflect = Callable[[str], tuple[str, tuple[str, ...]]]


def alt(*words: str) -> str:
    """A regex alternation of literal ``words``, longest first so that prefixes never win."""
    flat = [w for w in words if w]
    return "|".join(re.escape(w) for w in sorted(set(flat), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Script:
    """How the writing system behaves: what the engine may assume about words and names."""

    #: the Unicode script family the language is written in (Latin, Cyrillic, Arabic, Han)
    system: str = "Latin"
    #: letters this language uses and its script-mates do not (Persian پ چ ژ گ): language identification
    marks: str = ""
    #: words are separated by spaces (False: Chinese)
    spaced: bool = True
    #: capital letters mark names (Latin, Cyrillic, Greek)
    cased: bool = True
    #: one-to-one character folding applied before matching (variants -> one letter)
    fold: Mapping[str, str] = field(default_factory=dict)
    #: characters the reader removes from the text (diacritics, tatweel): folding stays 1:1
    strip: str = ""
    #: the sentence ends after these characters
    terminators: str = ".!?"
    #: tokens before a full stop that do not end a sentence (Mr., U.S., Jan.)
    abbreviations: tuple[str, ...] = ()
    #: clause breaks inside a sentence (regex)
    clause_breaks: str = r"[,;:]|\s[-–—]\s"
    #: quotation marks that may enclose an agreement's title: (open, close) pairs
    quotes: tuple[tuple[str, str], ...] = (('"', '"'), ("“", "”"))
    #: writing direction, for HTML's dir attribute (ltr, rtl): the browse pages show text as written
    direction: str = "ltr"


@dataclass(frozen=True)
class Morphology:
    """How names and words change shape in running text (for the lexicon matcher)."""

    #: proclitics written together with the next word (Arabic و ب ل ك ف)
    prefixes: tuple[str, ...] = ()
    #: definite articles glued to adjectives (Arabic ال): only adjectives take them
    articles: tuple[str, ...] = ()
    #: word (nominative) -> (stem, endings it may take): Russian case endings
    inflect: Optional[Inflect] = None
    #: endings of a demonym/nisba beyond its base (Arabic ة ين ون; Persian ها)
    adjective_suffixes: tuple[str, ...] = ()
    #: base demonym -> every gender/number form (French iranien -> iranienne, iraniens...)
    adjective_forms: Optional[Callable[[str], list[str]]] = None
    #: what may follow a compound of one-character state abbreviations (Chinese 俄美关系, 中尼自贸协定)
    abbreviation_context: str = ""
    #: a name word reduced to what every case form shares (Russian Путиным -> путин): person keys
    stem: Optional[Callable[[str], str]] = None


@dataclass(frozen=True)
class Dates:
    """Dates as this language writes them; one table serves publication dates and the text."""

    months: Mapping[str, int] = field(default_factory=dict)
    weekdays: Mapping[str, int] = field(default_factory=dict)
    #: today / yesterday -> day offset
    day_words: Mapping[str, int] = field(default_factory=dict)
    #: "last" (week) -> weeks back
    week_words: Mapping[str, int] = field(default_factory=dict)
    #: "last month" -> month offset
    month_words: Mapping[str, int] = field(default_factory=dict)
    #: "last year" -> year offset
    year_words: Mapping[str, int] = field(default_factory=dict)
    #: regexes with named groups y m d wd wrel drel mrel yrel (and sm sy for Solar Hijri months)
    patterns: tuple[str, ...] = ()
    #: Solar Hijri month names (Persian)
    solar_months: Mapping[str, int] = field(default_factory=dict)
    #: years below this are Solar Hijri when written as numbers (1403/08/21)
    solar_years: bool = False
    #: all-digit dates: "dmy" (17/01/2025) or "mdy" (01/17/2025)
    numeric: str = "dmy"
    #: the language's own numerals -> int (Chinese 二十一 -> 21); ASCII digits need none
    numeral: Optional[Callable[[str], Optional[int]]] = None


@dataclass(frozen=True)
class Titles:
    """Titles that introduce a person's name ("Foreign Minister X", "外长X", "وزير الخارجية X")."""

    #: (pattern, role, needs_state): with needs_state the title counts only next to a state
    titles: tuple[tuple[str, Optional[str], bool], ...] = ()
    #: every title needs a state next to it (no capitals tell a name from the next noun)
    require_state: bool = False
    #: between a state or demonym and a following title ("Kenya's President", "俄罗斯新任总统")
    pre_gap: Optional[str] = None
    #: between a title and a following state ("President *of* Kenya")
    connector: Optional[str] = None
    #: between the title (with its state) and the name
    apposition: str = r"\s+"
    #: words skipped after the title's state (Persian خود)
    post_skip: tuple[str, ...] = ()
    #: words before a name that are not part of it (Sheikh, الشيخ, آقای)
    honorifics: tuple[str, ...] = ()
    #: forms of address that introduce a person on their own, even by the family name alone
    #: ("Mr Otieno", "Mme Diallo", "le colonel Keita"); matched as written, before a capital
    courtesy: tuple[str, ...] = ()
    #: lower-case name parts (bin, al, van, de) and hyphenated ones (al-Sudani)
    particles: tuple[str, ...] = ()
    particle_prefixes: tuple[str, ...] = ()
    #: words that end a name (function words, verbs, office words)
    stop: tuple[str, ...] = ()
    #: clitics that make a stop word out of a longer one (Arabic وقال)
    stop_prefixes: tuple[str, ...] = ()
    #: first name words that need the next one (عبد الفتاح)
    compound_first: tuple[str, ...] = ()
    #: (min, max) words of a name
    name_words: tuple[int, int] = (2, 3)
    #: capitalised function words that give away a Title-Case headline
    title_case_words: tuple[str, ...] = ()
    #: Chinese: characters of transliterated foreign names
    translit: str = ""
    #: Chinese: family names that open a Chinese, Korean or Japanese name
    surnames: str = ""
    #: Chinese: characters that end a name, and those never inside one
    stop_chars: str = ""
    inner_stop_chars: str = ""
    stop_words: tuple[str, ...] = ()
    #: name-part separators inside a transliterated name (·)
    name_dots: str = ""
    #: word endings that mark a common noun, never a name's last word (Arabic ة, ات)
    noun_endings: str = ""
    #: a name whose every word has this ending is an indefinite noun phrase (Arabic ا)
    indefinite_ending: str = ""
    #: prefixes a first name never takes (the Arabic article ال)
    no_first_prefix: tuple[str, ...] = ()
    #: letters spelt either way in stop words (hamza forms): stop words are compared as written, since
    #: folding would merge a preposition with a given name
    stop_variants: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Cues:
    """The words that report agreements and what happens to them, as regex sources.

    Families, not phrase lists: a cue names a kind of event ("sign", "ratify"),
    a marker names a role ("brokered by" -> mediator). The engine decides what
    the combination means; the language only says which words are which.
    """

    #: agreement nouns (the noun itself; modifiers are read around it)
    agreement: str = ""
    #: noun stem -> kind (treaty, pact, protocol, memorandum, convention, charter, deal)
    kinds: Mapping[str, str] = field(default_factory=dict)
    #: nouns that refer back to an agreement but never introduce one ("the document", "该文件")
    document: str = ""
    #: a determiner before the noun makes it refer back ("the", "this", "该", "这份")
    anaphora: str = ""
    #: a strong demonstrative: always refers back ("this", "该")
    demonstrative: str = ""
    #: "a new", "another": the noun introduces a different agreement
    new: str = ""
    #: "new" written after the noun, where adjectives follow it (معاهدة جديدة): matched at the noun's end
    new_after: str = ""
    #: characters that end a noun phrase read leftwards from an agreement noun (unspaced scripts)
    name_boundary: str = ""
    #: agreement nouns that name an organisation when capitalised inside a name (Treaty Organization)
    organisation_tail: str = ""
    # lifecycle cues
    sign: str = ""
    #: a finite signing verb: only its subject or agent signs (a noun names no signer)
    sign_verb: str = ""
    ratify: str = ""
    in_force: str = ""
    terminate: str = ""
    plan: str = ""
    #: an agreement reached, agreed (counts as signed only when no later cue says otherwise)
    conclude: str = ""
    #: acts that sign *about* an agreement: a law or decree ratifying or suspending it, the instruments
    #: of ratification: signing one of them is not signing the agreement
    act: str = ""
    #: "participation", "membership": suspending or leaving it ends the agreement for that party
    participation: str = ""
    #: purpose before a cue ("in order to", "pour sa ratification", "чтобы", "为了"): not yet done
    purpose: str = ""
    # modality
    future: str = ""
    past: str = ""
    negation: str = ""
    hedge: str = ""
    conditional: str = ""
    #: passive signing ("was signed"): signers follow the agent marker
    passive: str = ""
    agent: str = ""
    #: signers stand before the verb, after it, or both (free word order)
    signer_side: str = "before"
    #: the verb (and its negation) closes the clause: "تعهدی برای دفاع مشترک ندارد"
    negation_follows: bool = False
    #: the object may stand between the subject and the signing verb (SOV, or a final participle:
    #: "X قرارداد را امضا کرد", "X hat den Vertrag unterzeichnet")
    object_before_verb: bool = False
    # roles of the states around a trigger
    conjunction: str = ""
    with_: str = ""
    between: str = ""
    mediator: str = ""
    witness: str = ""
    #: an envoy's posting ("ambassador to", "驻", "لدى"): the state or body named is no party
    envoy: str = ""
    #: a locative preposition before a place ("in", "в", "في", "在"); matched ending right at the place
    locative: str = ""
    #: what may stand between the locative and the city ("the eastern French city of", "العاصمة المغربية")
    place_lead: str = ""
    #: the nouns for "city" and "town" in place_lead: after them an unknown capitalised name is a
    #: city ("in the eastern city of Nancy", "في مدينة جيلونج")
    city_noun: str = ""
    #: relative pronouns after a noun ("that", "que", "который", "الذي", "که"): "the protocol that
    #: A and B signed" takes its parties from the relative clause
    relative: str = ""
    #: where the object stands before the verb in a phrase of its own ("在协定上签字"): a signer
    #: read back from the verb passes over it
    object_phrase: str = ""
    #: "during a visit to": the place of a visit is the place of a signing made during it
    visit: str = ""
    #: the word "capital": "the North Korean capital" names the capital of North Korea
    capital: str = ""
    #: a list of parties that is one multilateral agreement ("trilateral", "三方")
    multilateral: str = ""
    #: pronoun subjects and "the two sides": the parties of the agreement in focus
    sides: str = ""
    #: plural office subjects ("the two foreign ministers signed"): (pattern, role); the signers are
    #: the people of that office (or introduced as counterparts) from the parties
    office_subjects: tuple[tuple[str, str], ...] = ()
    #: words that may stand inside a list of parties without breaking it ("the", "his", "counterpart")
    filler: str = ""
    #: extending or renewing: a duration it names is not the agreement's term
    extension: str = ""
    #: the agreement is the subject of a validity verb: "is valid", "lasts", "有效期", "يسري"
    validity: str = ""
    # clauses
    mutual_defence: str = ""
    #: wording that denies a mutual-defence obligation outright ("not a military alliance")
    no_mutual_defence: str = ""
    #: durations: regexes with a group ``n`` and optionally ``unit`` (years by default)
    duration: tuple[str, ...] = ()
    #: unit words -> ISO designator (year -> Y, day -> D, month -> M)
    units: Mapping[str, str] = field(default_factory=dict)
    numbers: Mapping[str, int] = field(default_factory=dict)
    #: comparisons: the group ``region`` holds the compared agreement ("similar to the treaty with X")
    compare: tuple[str, ...] = ()
    #: contrasts, the same with the opposite meaning ("unlike the treaty with X"): what the main
    #: agreement lacks, the compared one has
    contrast: tuple[str, ...] = ()


@dataclass(frozen=True)
class Furniture:
    """Page furniture the reader strips or reads (matched line by line, case-insensitively).

    Rules describe a *form* that a whole class of sites prints (a labelled line,
    a widget caption, a "read also" heading), never one article's wording.
    """

    #: a line matching any of these is dropped
    drop_line: tuple[str, ...] = ()
    #: dropped only among the first lines (bylines: "By ..." opens body sentences too)
    header_drop: tuple[str, ...] = ()
    #: a heading that opens another article's teaser: it and everything below go
    read_also: tuple[str, ...] = ()
    #: removed from inside a line
    inline: tuple[str, ...] = ()
    #: (start, end) lines of a block that is dropped whole (machine summaries)
    blocks: tuple[tuple[str, str], ...] = ()
    #: "Source", "来源", "المصدر": ``label: outlet`` names the publisher
    source_labels: tuple[str, ...] = ()
    #: "Published", "تاريخ النشر": ``label: date``
    published_labels: tuple[str, ...] = ()
    #: section names in an ``Outlet / Section`` line under the headline
    sections: tuple[str, ...] = ()
    #: endings of outlet names ("News", "通讯社", "برس")
    outlet_suffixes: tuple[str, ...] = ()
    #: words a breadcrumb starts with ("Home", "首页")
    home_words: tuple[str, ...] = ()
    #: words for "agency", "news agency", "correspondent" in credits ("به گزارش خبرنگار مهر")
    credit: tuple[str, ...] = ()
    #: "with AFP", "avec agences": an agency credit after an outlet's name
    agency_credit: str = ""
    #: frequent function words: they tell languages apart and headlines from menus
    function_words: tuple[str, ...] = ()
    #: dateline and credit forms that name the publishing outlet (group ``name``), searched in
    #: the first body lines after folding: "CITY (Agency) -", "(新华社北京3日电)", "به گزارش ایسنا،"
    datelines: tuple[str, ...] = ()
    #: looser dateline forms ("CITY - Agency" alone on its line): they name the publisher only
    #: when the lexicon knows the name as an outlet
    known_datelines: tuple[str, ...] = ()
    #: labels of a line stating the article's own address ("Original article:", "原文链接")
    url_labels: tuple[str, ...] = ()
    #: promotion lines that name the site ("Follow X on Telegram", "請加入X粉絲團"): group ``name``
    promos: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class Language:
    """Everything the engine needs to know about one language."""

    code: str
    name: str
    #: lexicon name columns matched in this language's text, in priority order
    columns: tuple[str, ...]
    script: Script = Script()
    morphology: Morphology = Morphology()
    dates: Dates = Dates()
    titles: Titles = Titles()
    cues: Cues = Cues()
    furniture: Furniture = Furniture()
    #: this language's code for the lexicon column of display labels
    label_column: str = ""
    #: compiled on first use by :meth:`compiled`
    _compiled: dict = field(default_factory=dict, compare=False, repr=False)

    def fold(self, text: str) -> str:
        """Fold ``text`` like article text of this language (see :func:`kg.text.fold`)."""
        return fold_chars(text, self.script.fold)

    def pattern(self, source: str, flags: int = 0) -> re.Pattern[str]:
        """A regex written in this language's spelling, compiled against folded text."""
        key = (source, flags)
        got = self._compiled.get(key)
        if got is None:
            got = re.compile(self.fold(source) if source else r"(?!)", flags | self.flags)
            self._compiled[key] = got
        return got

    def cue(self, name: str) -> re.Pattern[str]:
        """The compiled :class:`Cues` field ``name`` (a never-matching pattern when empty)."""
        return self.pattern(getattr(self.cues, name))

    def cue_list(self, name: str) -> tuple[re.Pattern[str], ...]:
        """The compiled patterns of a tuple-valued :class:`Cues` field."""
        return tuple(self.pattern(p) for p in getattr(self.cues, name))

    def folded_keys(self, table: Mapping[str, int]) -> dict[str, int]:
        """A word table with keys folded (and lower-cased) like the text they meet."""
        return {self.fold(k).lower(): v for k, v in table.items()}

    @property
    def flags(self) -> int:
        """Cased scripts match cue words case-insensitively."""
        return re.IGNORECASE if self.script.cased else 0

    def with_(self, **changes) -> "Language":
        """A copy with some records replaced (for tests)."""
        return replace(self, _compiled={}, **changes)


def field_names(record: type) -> tuple[str, ...]:
    """The declared fields of a record type (tests check every language fills the same ones)."""
    return tuple(f.name for f in fields(record))


class LazyMap(Mapping[str, str]):
    """A character table built on first use (the Chinese table is read from opencc's data)."""

    def __init__(self, build: Callable[[], dict[str, str]]) -> None:
        self._build = build
        self._table: Optional[dict[str, str]] = None

    def _get(self) -> dict[str, str]:
        if self._table is None:
            self._table = self._build()
        return self._table

    def __getitem__(self, key: str) -> str:
        return self._get()[key]

    def get(self, key: str, default=None):  # type: ignore[override]
        return self._get().get(key, default)

    def __iter__(self):
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())
