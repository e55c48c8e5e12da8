"""English."""
from __future__ import annotations

from kg.lang import latin
from kg.lang.base import Cues, Dates, Furniture, Language, Morphology, Script, Titles, alt

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
MONTHS = {m: i for i, m in enumerate(_MONTHS, 1)} | {m[:3]: i for i, m in enumerate(_MONTHS, 1)} | {"sept": 9}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday"])}
_M = alt(*[m.capitalize() for m in MONTHS], "Sept")
_W = alt(*[w.capitalize() for w in WEEKDAYS])
NUMBERS = {w: i for i, w in enumerate(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                       "ten", "eleven", "twelve"], 1)} | {
    "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "ninety-nine": 99, "hundred": 100, "a hundred": 100, "one hundred": 100}
_N = alt(*NUMBERS)

DATES = Dates(
    months=MONTHS, weekdays=WEEKDAYS,
    day_words={"today": 0, "yesterday": -1},
    week_words={"last": 0},
    month_words={"last month": -1, "this month": 0, "earlier this month": 0},
    year_words={"last year": -1, "this year": 0, "earlier this year": 0, "next year": 1},
    patterns=(
        r"\b(?P<mrel>last month|earlier this month|this month)\b",
        rf"\b(?:mid|early|late|the end of|the beginning of)[- ](?P<m>{_M})\b(?:\s+(?P<y>\d{{4}}))?",
        rf"(?P<m>{_M})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})",
        rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?:of\s+)?(?P<m>{_M})\.?,?\s+(?P<y>\d{{4}})",
        rf"(?P<m>{_M})\.?\s+(?:of\s+)?(?P<y>\d{{4}})",
        rf"(?P<m>{_M})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b",
        rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_M})\b",
        rf"(?:(?P<wrel>last)\s+)?(?P<wd>{_W})",
        rf"\b(?:in|since|during|until|by)\s+(?P<m>{_M})\b(?:\s+(?P<yrel>last year|this year|next year))?",
        r"\b(?P<yrel>last year|earlier this year|this year|next year)\b",
        r"\b(?P<drel>today|yesterday)\b",
        r"(?<![\d/.,-])\b(?P<y>(?:19|20)\d{2})\b(?!\.\d|,\d|[\d/-]|\s*(?:km|kilomet|people|troops|soldiers|tonnes|%))",
    ),
    numeric="mdy",
)

CUES = Cues(
    agreement=(r"\b(?:treat(?:y|ies)|agreements?|pacts?|accords?|memorand(?:um|a)(?: of understanding)?|MoUs?"
               r"|protocols?|conventions?|charters?|(?<!great )(?<!good )deals?(?! with (?:it|this|that|them))"
               r"|armistice|framework(?= (?:for|on)\b)|(?:(?:cooperation|security|trade|partnership) )framework"
               r"|FTA|CEPA|RAA|SOFA)\b"),
    kinds={"treat": "treaty", "pact": "pact", "accord": "accord", "memorand": "memorandum", "mou": "memorandum",
           "protocol": "protocol", "convention": "convention", "charter": "charter", "deal": "deal",
           "framework": "agreement", "armistice": "agreement"},
    document=r"\b(?:document|text)\b",
    anaphora=r"\b(?:the|this|that|these|those|such|its|their|the same)\s+(?:[\w'’-]+\s+){0,4}$",
    demonstrative=r"\b(?:this|that|these|those|such)\b",
    new=r"\b(?:a new|another|a second|a separate|similar|a similar|a fresh|an earlier|a previous)\b",
    organisation_tail=r"^\s*(?:Organi[sz]ation|Alliance|Council|Secretariat|Commission|Office)\b",
    sign=(r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|seal(?:s|ed|ing)?|conclud(?:e|es|ed|ing)(?! (?:talks|negotiations|"
          r"discussions|consultations|a visit|the visit|its|his|her))|signatures?"
          r"|put (?:pen to paper|their signatures?))\b"),
    sign_verb=r"\b(?:sign(?:s|ed)?|ink(?:s|ed)?|seal(?:s|ed)?|concluded|put pen to paper)\b",
    ratify=r"\b(?:ratif(?:y|ies|ied|ying|ication)|instruments? of ratification)\b",
    in_force=(r"\b(?:(?:enter(?:s|ed|ing)?|came|come|comes|coming) into (?:force|effect)|took effect|takes? effect"
              r"|(?:is|are|was|remains?|now) in force|entry into force|became effective|went into effect"
              r"|(?:is|are|was) in effect)\b"),
    terminate=(r"\b(?:withdr(?:ew|awn|awal|aws|aw|awing)|pull(?:s|ed|ing)? out|terminat(?:e|ed|es|ion|ing)"
               r"|scrap(?:s|ped|ping)?|abrogat\w*|suspend(?:s|ed|ing)?|suspension|denounc\w*|exit(?:ed|s|ing)?"
               r"|expir(?:e|es|ed|y|ing)|lapsed?|tore up|tear up|quit|annul\w*|revok\w*|collapsed?)\b"),
    plan=(r"\b(?:negotiat\w*|talks (?:on|over|about)|drafts?|drafted|propos(?:e|ed|al|es)|plan(?:s|ned)? to"
          r"|prepar(?:e|es|ed|ing)|upcoming|intend\w*|set to|expected to|awaiting (?:signature|ratification)"
          r"|to be signed|would sign|will sign|agreed to (?:sign|conclude|negotiate)|initial(?:l)?ed|announce[ds]?)\b"),
    conclude=r"\b(?:reach(?:ed|es)? (?:an? |the )?(?:\w+ )?(?:agreement|deal|accord)|agree[ds]?|struck|clinch(?:ed)?|finali[sz]ed)\b",
    act=r"\b(?:(?:a |the )?(?:law|bill|decree|executive order|instruments? of ratification|ratification instruments?)\b)",
    participation=r"\b(?:participation|membership)\b",
    purpose=r"\b(?:in order to|so that|to allow|to enable|for (?:its|their|the))\s+(?:\w+\s+){0,2}$",
    future=(r"\b(?:will|would|shall|to be (?:signed|ratified)|to sign|to conclude|to finali[sz]e|plans? to|planned"
            r"|set to|expected to|going to|upcoming|next (?:week|month|year)|soon|intends? to|aims? to|hopes? to"
            r"|must|has yet to|have yet to|needs? to|yet to be|still needs?|awaiting|awaits?|pending|would need"
            r"|necessary|required|needed|for (?:its|the) entry into force|before (?:its|the|their) (?:\w+ )?(?=ratification|entry into force|signing|signature)"
            r"|by the end of (?:the|this) (?:year|month)|before the end of (?:the|this) (?:year|month)"
            r"|later this (?:year|month|week))\b"),
    past=r"\b(?:signed|inked|concluded|sealed|initial(?:l)?ed|ha(?:s|ve|d) (?:\w+ )?(?:signed|inked|sealed))\b",
    negation=r"\b(?:not|no|never|neither|nor|without|refused to|failed to|declined to|n't)\b|n't\b",
    hedge=r"\b(?:may|might|could|reportedly|possibly|likely|would|perhaps)\b",
    conditional=r"\b(?:if|unless|whether)\b|\?\s*$",
    passive=r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+\s+)?(?:signed|inked|sealed|concluded)\b",
    agent=r"\bby\b",
    signer_side="before",
    conjunction=r"\b(?:and|as well as|plus|&)\b|,|&",
    with_=r"\b(?:with|together with|alongside)\b",
    between=r"\b(?:between|among)\b",
    mediator=(r"\b(?:brokered|mediated|facilitated|sponsored|hosted|organi[sz]ed|backed|guaranteed)\s+by\b"
              r"|\b(?:mediation|auspices|good offices|help|aegis) of\b|\bunder (?:the )?(?:auspices|aegis)\b"
              r"|\bmediator\b|\bin talks hosted\b"),
    witness=r"\b(?:in the presence of|witnessed by|attended by|watched by|before|alongside|joined by)\b",
    envoy=r"\b(?:ambassador|envoy|representative|mission) (?:to|at|in)\s+(?:the\s+)?",
    locative=r"\b(?:in|at)\s+(?:the\s+)?",
    place_lead=r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:city|capital|town|port city|port|resort|village)\s+(?:of\s+)?",
    city_noun=r"\b(?:city|town|port city|port|resort|village)\b",
    relative=r"\b(?:that|which)\b",
    visit=(r"\b(?:during|on|in the course of|while on) (?:a |an |the |his |her |their )?(?:(?:first|official|state|"
           r"working|historic|two-day|three-day) )*(?:visit|trip) to\s+(?:the\s+)?"),
    capital=r"\bcapital\b",
    filler=r"\b(?:the|his|her|its|their|our|counterpart|members? of|(?:member )?states of|countries of|nations of|other)\b|\b(?:the )?(?:Republic|Kingdom|State|Sultanate|Emirate|Federation|Principality) of\b",
    multilateral=r"\b(?:trilateral|multilateral|tripartite|three-way|three countries|three nations|member states|all \w+ countries)\b",
    sides=(r"\b(?:the two (?:sides|countries|nations|states|governments|parties|neighbou?rs|leaders)"
           r"|both (?:sides|countries|nations|states|governments|parties)|the parties|they|the countries)\b"),
    office_subjects=(
        (r"\b(?:the two|both|the)\s+foreign ministers\b", "foreign_minister"),
        (r"\b(?:the two|both|the)\s+(?:prime ministers|premiers)\b", "head_of_government"),
        (r"\b(?:the two|both|the)\s+(?:presidents|heads of state)\b", "head_of_state"),
        (r"\b(?:the two|both|the)\s+leaders\b", "leader"),
        (r"\b(?:the two|both|the)\s+defen[cs]e (?:ministers|secretaries)\b", "defence_minister"),
        (r"\b(?:the two|both|the)\s+ministers\b", "minister"),
    ),
    mutual_defence=(r"mutual[- ]defen[cs]e|collective defen[cs]e|mutual (?:military )?(?:assistance|aid|support)"
                    r"|common defen[cs]e|defend each other|come to (?:each other'?s|the other'?s) (?:aid|defen[cs]e|assistance)"
                    r"|(?:attack|aggression) (?:on|against) (?:one|either)\b[^.]{0,80}(?:attack|aggression) (?:on|against) (?:all|both|the other)"
                    r"|(?:armed )?attack (?:on|against) (?:one|either) (?:of them|party|side|country)"
                    r"|(?:assist|help|aid) each other (?:militarily|in (?:the event|case) of)"
                    r"|military alliance|defen[cs]e (?:clause|commitment|obligation|guarantee)s?"),
    validity=r"\b(?:valid|in force|last(?:s|ing)?|runs?|term|duration|period)\b",
    extension=r"\b(?:extend(?:s|ed|ing)?|extension|renew(?:s|ed|al|ing)?|prolong\w*)\b",
    duration=(rf"\b(?P<n>\d+|{_N})-(?P<unit>year|day|month)s?(?:-long)?\b(?!-old)",
              rf"\bfor (?:a (?:period|term) of )?(?P<n>\d+|{_N}) (?P<unit>years|days|months)\b",
              rf"\bvalid (?:for|until) (?P<n>\d+|{_N}) (?P<unit>years|days|months)\b",
              r"\b(?P<n>century|decade|half-century)-long\b"),
    units={"year": "Y", "years": "Y", "day": "D", "days": "D", "month": "M", "months": "M",
           "century": "Y", "decade": "Y", "half-century": "Y"},
    numbers=NUMBERS | {"century": 100, "decade": 10, "half-century": 50},
    compare=(r"\b(?:similar to|like|as in|akin to|modell?ed on|compared (?:with|to))\b(?P<region>[^;.]+)",),
    contrast=(r"\b(?:unlike|in contrast to|as opposed to|contrary to)\b(?P<region>[^;.]+)",),
)

TITLES = Titles(
    titles=(
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
        (r"(?:trade|commerce|economy|finance|energy)\s+minister", "minister", False),
        (r"minister\s+(?:of|for)\s+(?:trade|commerce|economy|finance|energy|production)", "minister", False),
        (r"(?:business\s+and\s+)?trade\s+secretary", "minister", False),
        (r"deputy\s+(?:foreign|prime)\s+minister", "minister", False),
        (r"ambassador", "ambassador", True),
        (r"crown\s+prince", "crown_prince", False),
        (r"king", "head_of_state", False),
        (r"queen", "head_of_state", False),
        (r"emir", "head_of_state", False),
        (r"amir", "head_of_state", True),
        (r"sultan", "head_of_state", True),
        (r"chancellor", "head_of_government", False),
        (r"secretary[- ]general", "secretary_general", False),
        (r"general\s+secretary", "head_of_state", False),  # a communist party leader (Vietnam, China, USSR)
        (r"supreme\s+leader", "supreme_leader", False),
        (r"counterpart", None, False),
    ),
    pre_gap=r"\s+|'s\s+",
    connector=r"of\s+(?:the\s+)?",
    apposition=r"\s*,\s*|\s+",
    honorifics=latin.HONORIFICS,
    courtesy=latin.COURTESY,
    particles=latin.PARTICLES,
    particle_prefixes=latin.PARTICLE_PREFIXES,
    stop=latin.STOP,
    name_words=(2, 4),
    title_case_words=("With", "And", "To", "For", "Of", "In", "On", "At", "As", "By", "From", "Over", "Into",
                      "After", "Amid", "Is", "Are", "The", "A", "An", "Its", "Their"),
)

_NAMES = r"(?-i:[A-Z][\w'’.-]*)(?:(?:\s+|\s*,\s*|\s+(?:and|&)\s+)(?-i:[A-Z][\w'’.-]*)){0,7}"
FURNITURE = Furniture(
    drop_line=(
        r"accessibility shortcuts",
        r"^skip to (?:main )?content$",
        r"^\d+\s*(?:min|mins|minutes?)\.?\s*read$",
        r"^(?:share|share this(?: article| story| page)?|tweet|email|print|copy link|comments?)$",
        r"^(?:follow us|sign up for|subscribe to) .{0,60}$",
        r"^(?:advertisement|sponsored|listen to (?:this )?article.*)$",
        r"^(?:tags?|topics?|keywords?|related topics)\s*:",
        r"^image\s*:\s*.{0,80}$",
    ),
    header_drop=(rf"^(?:by|written by|reporting by)\s+{_NAMES}$", r"^(?:author|reporter)s?\s*:.{2,60}$"),
    read_also=(r"(?:read (?:also|more)|also read|see also|related(?: articles| stories| news| content| topics)?"
               r"|more on (?:this(?: story| topic)?|[\w -]{2,30})|you may also like|recommended(?: for you)?"
               r"|more stories)\s*:?",),
    source_labels=("Source",),
    published_labels=("First published on", "First published", "Published on", "Published", "Posted on",
                      "Posted", "Date", "Updated"),
    sections=("World", "International", "Politics", "Business", "Asia", "Middle East", "Europe", "News",
              "Opinion"),
    outlet_suffixes=("News", "Press", "Agency", "Times", "Post", "TV", "Radio", "Herald", "Tribune"),
    home_words=("Home", "Homepage", "You are here"),
    credit=("news agency", "agency", "correspondent", "reporter"),
    agency_credit=r"\s+with\s+(?:AFP|AP|Reuters|dpa|agencies)\s*$",
    function_words=tuple("the and of to in is that for on with as was by it from said has have be are at which "
                         "this an its were will would not but".split()),
    datelines=latin.DATELINES,
    known_datelines=latin.KNOWN_DATELINES,
    promos=(r"^(?:follow|like) (?P<name>(?-i:[A-Z])[\w&\' ]{1,30}?) on (?:twitter|x|facebook|telegram|instagram|whatsapp|youtube)\b",),
    url_labels=("url", "link", "source url", "original article", "original"),
)

LANGUAGE = Language(
    code="en", name="English", columns=("en", "fr", "es"), label_column="en",
    script=Script(abbreviations=latin.ABBREVIATIONS, quotes=latin.QUOTES,
                  clause_breaks=r"[,;:]|\s[-–—]+\s"),
    morphology=Morphology(adjective_forms=lambda base: latin.romance_forms(base, "en")),
    dates=DATES, titles=TITLES, cues=CUES, furniture=FURNITURE,
)
