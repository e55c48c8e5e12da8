"""German: the language added last, to show what adding one takes (this folder and a lexicon column)."""
from __future__ import annotations

from kg.lang import latin
from kg.lang.base import Cues, Dates, Furniture, Language, Morphology, Script, Titles, alt

MONTHS = {m: i for i, m in enumerate(["januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
                                      "september", "oktober", "november", "dezember"], 1)} | {"jänner": 1, "maerz": 3}
WEEKDAYS = {d: i for i, d in enumerate(["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
                                        "sonntag"])} | {"sonnabend": 5}
_M, _W = alt(*MONTHS), alt(*WEEKDAYS)
NUMBERS = {"ein": 1, "zwei": 2, "drei": 3, "fünf": 5, "zehn": 10, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30,
           "fünfzig": 50, "hundert": 100}
_N = alt(*NUMBERS)

DATES = Dates(
    months=MONTHS, weekdays=WEEKDAYS,
    day_words={"heute": 0, "gestern": -1},
    week_words={"vergangenen": 0, "letzten": 0},
    month_words={"im vergangenen monat": -1, "letzten monat": -1, "diesen monat": 0},
    year_words={"im vergangenen jahr": -1, "letztes jahr": -1, "in diesem jahr": 0, "dieses jahr": 0},
    patterns=(
        rf"(?P<d>\d{{1,2}})\.\s*(?P<m>{_M})\s+(?P<y>\d{{4}})",
        rf"(?P<m>{_M})\s+(?P<y>\d{{4}})",
        rf"(?P<d>\d{{1,2}})\.\s*(?P<m>{_M})\b",
        rf"\bim\s+(?P<m>{_M})\b",
        rf"\b(?:am\s+)?(?:(?P<wrel>vergangenen|letzten)\s+)?(?P<wd>{_W})",
        r"(?P<yrel>im vergangenen Jahr|letztes Jahr|in diesem Jahr|dieses Jahr)",
        r"\b(?P<drel>heute|gestern)\b",
        r"(?<![\d/.,-])\b(?P<y>(?:19|20)\d{2})\b(?!\.\d|,\d|[\d/-])",
    ),
)

CUES = Cues(
    agreement=(r"\b(?:\w*(?:vertrag|verträge|verträgen|vertrages|abkommen|abkommens|pakt|pakts|pakte|protokoll"
               r"|protokolls|absichtserklärung|übereinkommen|übereinkunft|charta))\b"),
    kinds={"vertrag": "treaty", "verträg": "treaty", "pakt": "pact", "protokoll": "protocol",
           "absichtserklärung": "memorandum", "übereinkommen": "convention", "charta": "charter"},
    document=r"\b(?:Dokument|Text)\b",
    anaphora=r"\b(?:der|die|das|dem|den|des|dieser|diese|dieses|diesem|diesen|jener|jene)\s+(?:[\w-]+\s+){0,3}$",
    demonstrative=r"\b(?:dieser|diese|dieses|diesem|diesen|jener|jene)\b",
    new=r"\b(?:ein neues|einen neuen|eine neue|neue[nrs]?|ein weiteres|einen weiteren|ähnliche[nrs]?)\b",
    sign=r"\b(?:unterzeichne\w*|unterzeichnung|unterschrieben|unterschreib\w*|abgeschlossen|schlossen|paraphiert)\b",
    sign_verb=r"\b(?:unterzeichne(?:te|ten|t|n)|unterschrieben|unterschreiben|schlossen|paraphierten)\b",
    ratify=r"\bratifi\w*",
    in_force=r"\bin Kraft (?:getreten|treten|tritt|trat)\b|\bInkrafttreten\b",
    terminate=r"\b(?:kündig\w*|ausgestiegen|ausgetreten|austret\w*|austritt|(?:tritt|trat|treten)\w* (?:\w+ ){0,4}?aus(?= dem| der| des)|aussteig\w*|aufgekündigt|ausgesetzt|aussetz\w*|suspendiert)\b",
    plan=r"\b(?:verhandl\w*|entwurf|geplant\w*|planen|plant|wollen|will|soll(?:en)?|vorbereit\w*)\b",
    conclude=r"\b(?:einigten sich|geeinigt|Einigung erzielt)\b",
    act=r"\b(?:Gesetz\w*|Dekret\w*|Ratifikationsurkunde\w*)\b",
    participation=r"\b(?:Teilnahme|Mitgliedschaft|Beteiligung)\b",
    purpose=r"\b(?:um|damit|für (?:seine|ihre|die))\s+(?:\w+\s+){0,2}$",
    future=r"\b(?:wird|werden|soll|sollen|will|wollen|künftig|bald|noch)\b",
    past=r"\b(?:unterzeichneten|unterzeichnete|hat\w*\s+(?:\w+\s+)?unterzeichnet|haben\s+(?:\w+\s+)?unterzeichnet|wurde\w*\s+(?:\w+\s+)?unterzeichnet)\b",
    negation=r"\b(?:nicht|kein\w*|ohne|nie)\b",
    hedge=r"\b(?:könnte\w*|möglicherweise|wahrscheinlich|vermutlich|soll angeblich)\b",
    conditional=r"\b(?:wenn|falls|ob)\b|\?\s*$",
    passive=r"\b(?:wurde|wurden|ist|sind)\s+(?:\w+\s+){0,3}unterzeichnet\b",
    agent=r"\b(?:von|vom)\b",
    object_before_verb=True,
    signer_side="both",
    conjunction=r"\b(?:und|sowie)\b|,",
    with_=r"\b(?:mit)\b",
    between=r"\b(?:zwischen)\b",
    mediator=r"\b(?:unter Vermittlung|vermittelt von|auf Vermittlung|unter der Schirmherrschaft)\b",
    witness=r"\b(?:im Beisein|in Anwesenheit)\b",
    locative=r"\b(?:in|im)\s+",
    place_lead=r"(?:der\s+)?(?:\w+\s+)?(?:Hauptstadt|Stadt)\s+",
    city_noun=r"Stadt\b",
    relative=r"\b(?:das|den|die|welches)\b",
    visit=r"\b(?:während|bei) (?:eines?|seines?|ihres?) (?:Besuchs?|Reise) (?:in|nach)\s+",
    capital=r"Hauptstadt",
    filler=r"\b(?:der|die|das|den|dem|des|sein|seine|ihr|ihre|(?:den |die )?(?:Staaten|Länder|Mitglieder) (?:der|des))\b|\b(?:der |die )?(?:Republik|Königreich|Staat) ",
    multilateral=r"\b(?:trilateral\w*|multilateral\w*|drei Länder)\b",
    sides=r"\b(?:beide Länder|beide Seiten|die beiden Länder|die Parteien|beide Staaten)\b",
    mutual_defence=(r"gegenseitige\w* (?:Verteidigung|Beistand\w*|Hilfe)|kollektive\w* Verteidigung|Beistandspflicht"
                    r"|Beistandsklausel|Militärbündnis|Verteidigungsbündnis"
                    r"|Angriff auf (?:einen|eine|eines|einer)\b[^.]{0,80}Angriff auf (?:alle|beide|den anderen)"),
    validity=r"\b(?:gültig|Laufzeit|Dauer)\b",
    extension=r"\b(?:verlänger\w*)\b",
    duration=(rf"\b(?P<n>\d+|{_N})(?:-|\s)?(?P<unit>jährig)\w*",
              rf"\b(?:für|über|von)\s+(?P<n>\d+|{_N})\s+(?P<unit>Jahre|Jahren|Tage|Tagen|Monate|Monaten)\b"),
    units={"jährig": "Y", "Jahre": "Y", "Jahren": "Y", "Tage": "D", "Tagen": "D", "Monate": "M", "Monaten": "M"},
    numbers=NUMBERS,
    compare=(r"\b(?:ähnlich wie|wie)\b(?P<region>[^;.]+)",),
    contrast=(r"\b(?:anders als|im Gegensatz zu)\b(?P<region>[^;.]+)",),
)

TITLES = Titles(
    titles=(
        (r"Bundeskanzler(?:in)?|Kanzler(?:in)?", "head_of_government", False),
        (r"Präsident(?:in|en)?|Staatschef(?:in)?", "head_of_state", False),
        (r"Ministerpräsident(?:in|en)?|Premierminister(?:in)?|Regierungschef(?:in)?", "head_of_government", False),
        (r"Außenminister(?:in)?", "foreign_minister", False),
        (r"Verteidigungsminister(?:in)?", "defence_minister", False),
        (r"Wirtschaftsminister(?:in)?|Handelsminister(?:in)?", "minister", False),
        (r"König(?:in)?", "head_of_state", False),
        (r"Generalsekretär(?:in)?", "secretary_general", False),
        (r"Amtskollege|Amtskollegin", None, False),
    ),
    pre_gap=r"\s+|s\s+",
    apposition=r"\s*,\s*|\s+",
    honorifics=latin.HONORIFICS,
    courtesy=latin.COURTESY,
    particles=latin.PARTICLES,
    particle_prefixes=latin.PARTICLE_PREFIXES,
    stop=latin.STOP,
    name_words=(2, 4),
)

FURNITURE = Furniture(
    drop_line=(r"^(?:teilen|artikel teilen|drucken|werbung|anzeige)$", r"^(?:schlagworte|themen)\s*:"),
    read_also=(r"(?:lesen sie auch|mehr zum thema|das könnte sie auch interessieren)\s*:?",),
    source_labels=("Quelle",),
    published_labels=("Veröffentlicht am", "Veröffentlicht", "Stand"),
    sections=("Ausland", "Politik", "Welt"),
    home_words=("Startseite",),
    credit=("Agentur", "Korrespondent"),
    agency_credit=r"\s+mit\s+(?:dpa|AFP|Reuters|Agenturen)\s*$",
    function_words=tuple("der die das und ist nicht mit den dem ein eine zu von auf für sich des im auch wird wurde "
                         "hat".split()),
    datelines=latin.DATELINES,
    known_datelines=latin.KNOWN_DATELINES,
    url_labels=("Originalartikel", "Link"),
)

LANGUAGE = Language(
    code="de", name="German", columns=("de", "en"), label_column="de",
    script=Script(system="Latin", marks="äöüß", abbreviations=latin.ABBREVIATIONS + ("Dr", "Nr", "z.B", "bzw", "u.a", "d.h"), quotes=(
        ("„", "“"), ('"', '"'), ("»", "«"), ("“", "”")), clause_breaks=r"[,;:]|\s[-–—]+\s"),
    morphology=Morphology(adjective_forms=lambda base: latin.romance_forms(base, "de")),
    dates=DATES, titles=TITLES, cues=CUES, furniture=FURNITURE,
)
