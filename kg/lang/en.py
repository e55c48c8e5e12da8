"""English."""
import re

from kg.dates import alternation, compile_patterns
from kg.lang.boilerplate import Boilerplate, _months, NAMES
from kg.lang.titles import _LATIN_STOP, _LATIN_HONORIFICS, _PARTICLES, _PARTICLE_PREFIXES

_MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"]
MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, 1)} | {m[:3]: i for i, m in enumerate(_MONTH_NAMES, 1)} | {"sept": 9}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
DAY_REL = {"today": 0, "yesterday": -1}
WEEK_REL = {"last": 1}
YEAR_REL = {"last year": -1, "this year": 0, "earlier this year": 0}
MONTH_REL = {"last month": -1, "this month": 0, "earlier this month": 0}

_M = alternation([m.capitalize() for m in MONTHS] + ["Sept"])
_W = alternation([w.capitalize() for w in WEEKDAYS])
DATE_PATTERNS = compile_patterns([
    r"\b(?P<mrel>last month|earlier this month|this month)\b",
    rf"\b(?:mid|early|late|the end of|the beginning of)[- ](?P<m>{_M})\b(?:\s+(?P<y>\d{{4}}))?",
    rf"(?P<m>{_M})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})",
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_M})\.?,?\s+(?P<y>\d{{4}})",
    rf"(?P<m>{_M})\.?\s+(?:of\s+)?(?P<y>\d{{4}})",
    rf"(?P<m>{_M})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b",
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_M})\b",
    rf"(?:(?P<wrel>last)\s+)?(?P<wd>{_W})",
    rf"\b(?:in|since|during)\s+(?P<m>{_M})\b(?:\s+(?P<yrel>last year|this year))?",
    r"\b(?P<yrel>last year|earlier this year|this year)\b",
    r"\bin\s+(?P<y>(?:19|20)\d{2})\b",
    r"\b(?P<drel>today|yesterday)\b",
    r"(?<![\d/.,-])\b(?P<y>(?:19|20)\d{2})\b(?![\d/.,-]|\s*(?:km|kilomet|people|troops|soldiers|tonnes|%))",
])

AGREEMENT = re.compile(r"\b(?:[Tt]reat(?:y|ies)|[Aa]greements?|[Pp]acts?|[Aa]ccords?|[Mm]emorand(?:um|a)(?: of [Uu]nderstanding)?"
                       r"|MoU|[Pp]rotocols?|[Cc]onventions?|(?:[Tt]rade|[Dd]efen[cs]e|[Ss]ecurity|[Pp]eace|[Mm]inerals?|[Aa]rms) [Dd]eals?"
                       r"|RAA|SOFA)\b")
KINDS = {"treat": "treaty", "pact": "pact", "accord": "accord", "memorand": "memorandum", "mou": "memorandum",
         "protocol": "protocol", "convention": "convention", "deal": "deal"}
ANAPHORA = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ss]uch|[Ii]ts)\s+(?P<np>(?:(?!(?:in|of|to|by|with|for|on|at|from|the|a|an|and|that|which)\b)[\w\"“”'-]+\s+){0,4})$")
DEMONSTRATIVE = re.compile(r"\b(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ss]uch)\b")
CONNECTOR = re.compile(r"\band\b|\bwith\b|&|,|\bbetween\b|[-–]")
MAX_GAP = 30
SIGN = re.compile(r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|conclud(?:e|es|ed)(?!\s+(?:talks|negotiations|discussions|consultations|a visit))|seal(?:s|ed)?|initial(?:l?ed))\b|\bsignature\b", re.I)
RATIFY = re.compile(r"\b(?:ratif(?:y|ies|ied|ying|ication)|approv(?:al|ed|es))\b", re.I)
IN_FORCE = re.compile(r"\b(?:entered|came|took)\s+into\s+(?:force|effect)\b|\bis now in force\b", re.I)
TERMINATE = re.compile(r"\b(?:withdr(?:ew|awn|awal|aws)|terminat(?:ed|es|ion)|scrapp(?:ed)|pulled out|abrogat\w*)\b", re.I)
PLAN = re.compile(r"\b(?:will|to be signed|plan(?:s|ned)?|set to|expected to|prepar(?:e|es|ing|ed)|negotiat\w*|draft|propos\w*|upcoming|intend\w*|would)\b", re.I)
FUTURE = re.compile(r"\b(?:will|would|shall|to be signed|to sign|to conclude|to finali[sz]e|plans? to|planned|set to|expected to|going to|upcoming|next (?:week|month|year)|soon|intends? to|aims? to)\b|\b(?:must|has yet to|have yet to|needs? to|yet to be|still needs?|awaits?|pending)\b", re.I)
PAST = re.compile(r"\b(?:signed|inked|concluded(?!\s+(?:talks|negotiations|discussions))|sealed|initial(?:l)?ed)\b(?!\s+(?:by|in)\b[^.]{0,40}\bwill\b)", re.I)
HYPOTHETICAL = re.compile(r"\b(?:[Ii]f|[Ww]hether|[Uu]nless)\b|\?\s*$")
NEGATION = re.compile(r"\b(?:not|no|without|never|neither|nor)\b|n't\b", re.I)
HEDGE = re.compile(r"\b(?:may|might|could|expected|likely|reportedly|possibly|would)\b", re.I)
MUTUAL_DEFENSE = re.compile(
    r"mutual[- ]defen[cs]e|collective defen[cs]e|mutual (?:military )?assistance|common defen[cs]e"
    r"|(?:attack|aggression) (?:on|against) (?:either|one)\b[^.]{0,80}(?:against|on) both"
    r"|armed attack (?:on|against) (?:one|either)|come to each other'?s (?:aid|defen[cs]e)", re.I)
COMPARE = [re.compile(r"\b(?:similar to|like|unlike|as in|akin to|modell?ed on)\b(?P<region>[^;.]+)", re.I)]
NUMBERS = {w: i for i, w in enumerate(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                         "ten"], 1)} | {"fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30, "fifty": 50}
_NW = "|".join(sorted(NUMBERS, key=len, reverse=True))
DURATION = [re.compile(rf"\b(?P<n>\d+|{_NW})[- ]year\b", re.I), re.compile(r"\bfor (?:a (?:period|term) of )?(?P<n>\d+) years\b", re.I)]
PLACE_PREP = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)
MULTILATERAL = re.compile(r"\b(?:trilateral|multilateral|three countries|three nations|member states)\b", re.I)
QUOTES = "\"“”"
SIGNER_SIDE = "before"
PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+\s+)?signed\b", re.I)
AGENT = re.compile(r"\bby\b", re.I)
SIGN_VERB = re.compile(r"\b(?:signed|inked|sign|signs|concluded|sealed|initial(?:l)?ed)\b", re.I)
WITH = re.compile(r"\bwith\b", re.I)
PRONOUN = re.compile(r"\s*(?:It|The (?:document|text))\b")


BOILERPLATE = Boilerplate(
    lang="en",
    drop_line=(
        r"accessibility shortcuts",
        r"^skip to (?:main )?content$",
        r"^\d+\s*(?:min|mins|minutes?)\.?\s*read$",
        r"^(?:share|share this(?: article| story| page)?|tweet|email|print|copy link|comments?)$",
        r"^(?:follow us|sign up for|subscribe to) .{0,60}$",
        r"^(?:advertisement|sponsored|listen to (?:this )?article.*)$",
        r"^(?:tags?|topics?|keywords?)\s*:",
        r"^(?:read (?:also|more)|also read|see also|related)\s*:\s*\S.*$",
    ),
    header_drop=(rf"^(?:by|written by|reporting by)\s+{NAMES}$", r"^(?:author|reporter)s?\s*:.{2,60}$"),
    cut_from=(
        (r"(?:read (?:also|more)|also read|related(?: articles| stories| news| content)?|"
         r"more on this(?: story| topic)?|you may also like|recommended(?: for you)?|more stories)\s*:?",),
    ),
    source_labels=("Source",),
    published_labels=("First published on", "First published", "Published on", "Published",
                      "Posted on", "Posted", "Date"),
    sections=("World", "International", "Politics", "Business", "Asia", "Middle East", "Europe",
              "News", "Opinion"),
    outlet_suffixes=("News", "Press", "Agency", "Times", "Post", "TV", "Radio", "Herald", "Tribune"),
    home_words=("Home", "Homepage", "You are here"),
    months=_months("jan|january", "feb|february", "mar|march", "apr|april", "may",
                   "jun|june", "jul|july", "aug|august", "sep|sept|september",
                   "oct|october", "nov|november", "dec|december"),
)


TITLES = {
    "titles": [
        (r"president[- ]elect", "head_of_state", False),
        (r"vice[- ]president", "vice_president", False),
        (r"president", "head_of_state", False),
        (r"prime\s+minister", "head_of_government", False),
        (r"premier", "head_of_government", True),
        (r"foreign\s+minister", "foreign_minister", False),
        (r"foreign\s+affairs\s+minister", "foreign_minister", False),
        (r"external\s+affairs\s+minister", "foreign_minister", False),
        (r"minister\s+(?:of|for)\s+foreign\s+affairs", "foreign_minister", False),
        (r"minister\s+of\s+external\s+affairs", "foreign_minister", False),
        (r"foreign\s+secretary", "foreign_minister", False),
        (r"secretary\s+of\s+state", "foreign_minister", False),
        (r"defen[cs]e\s+minister", "defence_minister", False),
        (r"minister\s+(?:of|for)\s+defen[cs]e", "defence_minister", False),
        (r"defen[cs]e\s+secretary", "defence_minister", False),
        (r"secretary\s+of\s+defen[cs]e", "defence_minister", False),
        (r"crown\s+prince", "crown_prince", False),
        (r"king", "head_of_state", False),
        (r"queen", "head_of_state", False),
        (r"emir", "head_of_state", False),
        (r"amir", "head_of_state", True),
        (r"sultan", "head_of_state", True),
        (r"chancellor", "head_of_government", False),
        (r"secretary[- ]general", "secretary_general", False),
        (r"supreme\s+leader", "supreme_leader", False),
        (r"counterpart", None, False),
    ],
    "pre_gap": r"\s+|'s\s+",
    "connector": r"of\s+(?:the\s+)?",
    "apposition": r"\s*,\s*|\s+",
    "honorifics": _LATIN_HONORIFICS,
    "particles": _PARTICLES,
    "particle_prefixes": _PARTICLE_PREFIXES,
    "stop": _LATIN_STOP,
    "name_words": (2, 4),
    #: capitalised function words that give away a Title-Case headline
    "title_case_words": ["With", "And", "To", "For", "Of", "In", "On", "At", "As", "By", "From", "Over",
                         "Into", "After", "Amid", "Is", "Are", "The", "A", "An", "Its", "Their"],
}
