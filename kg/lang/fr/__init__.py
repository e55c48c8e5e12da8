"""French."""
from __future__ import annotations

from kg.lang import latin
from kg.lang.base import Cues, Dates, Furniture, Language, Morphology, Script, Titles, alt

MONTHS = {m: i for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                      "septembre", "octobre", "novembre", "décembre"], 1)} | {
    "fevrier": 2, "aout": 8, "decembre": 12, "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9,
    "oct": 10, "nov": 11, "déc": 12, "dec": 12}
WEEKDAYS = {d: i for i, d in enumerate(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"])}
_M, _W = alt(*MONTHS), alt(*WEEKDAYS)
NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "douze": 12, "quinze": 15, "vingt": 20, "vingt-cinq": 25, "trente": 30,
           "quarante": 40, "cinquante": 50, "soixante": 60, "quatre-vingt-dix-neuf": 99, "cent": 100}
_N = alt(*NUMBERS)

DATES = Dates(
    months=MONTHS, weekdays=WEEKDAYS,
    day_words={"aujourd'hui": 0, "hier": -1},
    week_words={"dernier": 0},
    month_words={"le mois dernier": -1, "ce mois-ci": 0},
    year_words={"l'an dernier": -1, "l'année dernière": -1, "cette année": 0, "l'an passé": -1,
                "de l'année en cours": 0, "l'année prochaine": 1, "l'an prochain": 1},
    patterns=(
        r"(?P<mrel>le mois dernier|ce mois-ci)",
        rf"\b(?:mi-|début |fin )(?P<m>{_M})\b(?:\s+(?P<y>\d{{4}}))?",
        rf"(?P<d>\d{{1,2}})(?:er)?\s+(?P<m>{_M})\.?\s+(?P<y>\d{{4}})",
        rf"(?P<m>{_M})\s+(?P<y>\d{{4}})",
        rf"\ben\s+(?P<m>{_M})\s+(?P<yrel>de l'année en cours|dernier|de l'an dernier)",
        rf"(?P<d>\d{{1,2}})(?:er)?\s+(?P<m>{_M})\b",
        rf"\ben\s+(?P<m>{_M})\b",
        rf"\b(?:ce\s+)?(?P<wd>{_W})(?:\s+(?P<wrel>dernier))?",
        r"(?P<yrel>l'an dernier|l'année dernière|cette année|l'an passé|l'année prochaine|l'an prochain)",
        r"\b(?P<drel>aujourd'hui|hier)\b",
        r"\ben\s+(?P<y>(?:19|20)\d{2})\b",
        r"(?<![\d/.,-])\b(?P<y>(?:19|20)\d{2})\b(?!\.\d|,\d|[\d/-])",
    ),
)

CUES = Cues(
    # "d'accord", "en accord avec", "d'un commun accord" say that people agree, not that there is an agreement
    agreement=(r"\b(?:trait[ée]s?|(?<!d')(?<!\ben )(?<!\bcommun )accords?(?:-cadres?)?|pactes?|protocoles?(?: d'accord)?|m[ée]morandums?"
               r"|conventions?|chartes?|ententes?|AECG|CETA|ALE)\b"),
    kinds={"trait": "treaty", "pacte": "pact", "protocole": "protocol", "mémorandum": "memorandum",
           "memorandum": "memorandum", "convention": "convention", "charte": "charter", "accord": "agreement"},
    document=r"\b(?:document|texte)\b",
    anaphora=r"\b(?:le|la|l'|ce|cet|cette|ces|ledit|ladite|les|du|au|de l')\s*(?:[\w'-]+\s+){0,3}$",
    demonstrative=r"\b(?:ce|cet|cette|ces|ledit|ladite)\b",
    new=r"\b(?:un nouvel?|une nouvelle|nouvel?|nouvelle|un autre|une autre|semblables?|similaires?)\b",
    organisation_tail=r"^\s*(?:de l'Atlantique Nord|sur la sécurité collective)",
    sign=(r"\bsign(?:é|ée|és|ées|ent|er|ature|atures|era|eront|èrent|ait|aient|ons|ez|e)\b|\bconclu(?:e|s|es|t|rent)?\b"
          r"|\bparaph(?:é|ée|és|ées|er|ent)\b|\bapposé (?:leurs? )?signatures?\b"),
    sign_verb=r"\bsign(?:é|ée|és|ées|ent|era|eront|èrent|e)\b|\bconclu\b|\bparaph(?:é|ée)\b|\bapposé leurs? signatures?",
    ratify=r"\bratifi\w*|\bapprouv\w* (?:le|la|l')?\s*(?:trait|accord|pacte|convention)",
    in_force=r"\bentr[ée]\w* en vigueur|\ben vigueur\b|\bmise en œuvre\b|\bmise en oeuvre\b",
    terminate=(r"\bretir[ée]\w*|\bretrait\b|\bd[ée]nonc\w*|\bsuspend\w*|\bsuspension\b|\babrog\w*|\bsort(?:ie|ir|i) de\b"
               r"|\brompu\w*|\bexpir\w*|\bcaduc\w*|\bmis fin|\bmettre fin"
               # "quitter l'accord": only with the agreement right after (one quits a room, a city too)
               r"|\bquitt\w*(?= (?:définitivement |officiellement )?(?:l'|le |la |les )(?:accord|traité|pacte|convention|protocole))"),
    # "prévoit de signer" plans; "l'accord prévoit une clause" only provides for it
    plan=(r"\b(?:va|vont|devrait|devraient|pr[ée]voi\w* d(?:e\b|')|pr[ée]vue?s?|n[ée]goci\w*|projet|envisag\w*"
          r"|pr[ée]par\w*|sera sign\w*|seront sign\w*|en vue de|proposition|aura lieu|auront lieu|se tiendra)\b"),
    conclude=r"\b(?:sont parvenus? à|parvenu\w* à un accord|se sont entendus?|trouvé un accord)\b",
    act=(r"\b(?:(?:la |une |le |un )?(?:loi|décret|projet de loi|instruments? de ratification))\b"
         r"|\b(?:le |un )?(?:protocole|procès-verbal) (?:d'|de l'|sur l'|relatif à l')échange des (?:instruments|lettres)"
         r" de ratification"),
    participation=r"\b(?:participation|adhésion)\b",
    purpose=r"\b(?:pour|afin de|afin que|en vue de)\s+(?:sa |son |leur |la |le |l\')?(?:\w+\s+){0,2}$",
    future=(r"\b(?:va|vont|devrait|devraient|signera|signeront|prochain\w*|bient[ôo]t|doit|doivent|devra|devront"
            r"|reste à|restent à|doit encore|en attente|sera|seront|entrera|entreront|ratifiera|ratifieront"
            r"|conclura|concluront|aura lieu|auront lieu|se tiendra|pr[ée]vue?s?)\b"
            r"|\b(?:pour|afin de|en vue de) (?:conclure|signer|finaliser)\b|\bd'ici la fin de l'année|\bavant la fin de l'année"
            # before a stage, that stage is ahead: "avant même sa ratification", "avant son entrée en vigueur"
            r"|\bavant (?:même )?(?:sa|son|leur|la|le|l')\s*(?:\w+\s+)?(?=ratification|entrée en vigueur|signature)"),
    past=r"\b(?:ont|a|avait|avaient|été)\s+(?:\w+\s+)?(?:sign[ée]\w*|conclu\w*|paraph\w*)|\bsignèrent\b|\bsign[ée]e?s?\b",
    negation=r"\b(?:ne|n'|pas|sans|aucun\w*|jamais|ni)\b|\bn'",
    hedge=r"\b(?:pourrait|pourraient|peut-être|probablement|devrait|devraient|serait|seraient)\b",
    conditional=r"\b(?:si|s'il|s'ils)\b|\?\s*$",
    # "a été signé", "signé par", "l'accord signé le 5 mai"; never the active "ont signé le traité"
    passive=(r"\b(?:a|ont|avait|avaient|sera|seront|aura|auront|avoir)\s+été\s+(?:sign[ée]\w*|paraph[ée]\w*|conclu\w*)"
             r"|\b(?:sign[ée]e?s?|paraph[ée]e?s?)\s+(?:[\w'-]+\s+){0,4}?par\b"
             r"|(?:\b(?:accord|traité|pacte|texte|document|protocole|convention|charte|mémorandum|entente)s?|,)\s+"
             r"(?:sign[ée]e?s?|paraph[ée]e?s?)\b"),
    agent=r"\bpar\b",
    signer_side="before",
    conjunction=r"\b(?:et|ainsi que)\b|,",
    with_=r"\b(?:avec)\b",
    between=r"\b(?:entre)\b",
    mediator=(r"\b(?:sous l'égide d[eu]s?|sous l'égide de l'|sous les auspices d[eu]s?|sous la médiation d[eu]s?"
              r"|grâce à la médiation d[eu]s?|négocié par|parrainé par|avec la médiation d[eu]s?|médiation)\b"),
    witness=r"\b(?:en présence d[eu]s?|en présence de l'|devant|aux côtés d[eu]s?)\b",
    # "l'ambassadeur de l'Inde au Maroc", "le représentant permanent de la France auprès de l'ONU"
    envoy=(r"\b(?:ambassadeur|ambassadrice|représentant\w*|envoyé\w*)\s+(?:[\w'-]+\s+){0,3}?"
           r"(?:auprès d[eu]s?|auprès de l'|auprès de la|à|au|aux|en)\s+(?:la\s+|l\')?"),
    locative=r"\b(?:à|au|aux|en|dans)\s+",
    place_lead=r"(?:la\s+)?(?:ville|capitale)\s+(?:[\w-]+\s+)?(?:de\s+|d')?",
    city_noun=r"\b(?:ville|cité)\b",
    relative=r"\b(?:que|qu')",
    visit=r"\blors d(?:e|'une) (?:la |sa )?(?:visite|voyage)(?: officielle| d'État)?(?: [\w ,.]{0,40}?)? (?:à|au|en)\s+",
    capital=r"\bcapitale\b",
    filler=r"\b(?:le|la|les|l\'|son|sa|ses|leur|leurs|homologue|(?:les )?(?:États|pays)(?: membres)? de(?: la| l\')?|membres de)\b|\b(?:la |le |l')?(?:République|Royaume|État|Fédération|Principauté) (?:de la |de l'|du |de |d')",
    multilateral=r"\b(?:trilatéra\w*|multilatéra\w*|trois pays|tripartite)\b",
    sides=r"\b(?:les deux (?:pays|parties|parties|États|gouvernements|camps|voisins)|les parties|ils)\b",
    office_subjects=(
        (r"\b(?:les deux|les)\s+ministres des affaires étrangères\b|\bles deux chefs de la diplomatie\b", "foreign_minister"),
        (r"\b(?:les deux|les)\s+(?:premiers ministres)\b", "head_of_government"),
        (r"\b(?:les deux|les)\s+(?:présidents|chefs d'état)\b", "head_of_state"),
        (r"\b(?:les deux|les)\s+dirigeants\b|\bles chefs de la transition\b", "leader"),
        (r"\b(?:les deux|les)\s+ministres\b", "minister"),
    ),
    mutual_defence=(r"d[ée]fense mutuelle|d[ée]fense collective|assistance mutuelle|assistance militaire mutuelle"
                    r"|d[ée]fense réciproque|assistance (?:militaire )?réciproque|aide militaire (?:mutuelle|réciproque)"
                    r"|assistance militaire immédiate|se porter mutuellement assistance"
                    r"|(?:agression|attaque) contre l'une?\b[^.]{0,80}contre (?:les deux|l'autre|les autres)"
                    r"|considérée comme une agression contre les autres|alliance (?:défensive|militaire)"
                    r"|clause de défense|se défendre mutuellement|soutien mutuel en cas d'attaque"),
    validity=r"\b(?:valable|valide|durée|en vigueur pour|pour une période)\b",
    extension=r"\b(?:prolong\w*|reconduit\w*|renouvel\w*|prorog\w*)\b",
    duration=(rf"\b(?:pour une (?:durée|période) de|d'une (?:durée|période) de|pour|de|sur|valable(?: pour)?|valide(?: pour)?)"
              rf"\s+(?P<n>\d+|{_N})\s+(?P<unit>ans|années|jours|mois)\b",),
    units={"ans": "Y", "années": "Y", "jours": "D", "mois": "M"},
    numbers=NUMBERS,
    compare=(r"\b(?:comme|semblables? à|similaires? à|à l'image de)\b(?P<region>[^;.]+)",),
    contrast=(r"\b(?:contrairement à|à la différence d[eu]s?|au contraire d[eu]s?)\b(?P<region>[^;.]+)",),
)

TITLES = Titles(
    titles=(
        (r"vice-présidente?", "vice_president", False),
        (r"présidente?", "head_of_state", False),
        (r"premi(?:er|ère)\s+ministre", "head_of_government", False),
        (r"ministre(?:\s+[\w-]+)?\s+des\s+affaires\s+étrangères(?:\s+et\s+de\s+la\s+coopération\s+internationale)?", "foreign_minister", False),
        (r"ministre(?:\s+[\w-]+)?\s+de\s+l'europe\s+et\s+des\s+affaires\s+étrangères", "foreign_minister", False),
        (r"chef(?:fe)?\s+de\s+la\s+diplomatie", "foreign_minister", False),
        (r"ministre(?:\s+[\w-]+)?\s+de\s+la\s+défense", "defence_minister", False),
        (r"ministre(?:\s+[\w-]+)?\s+des\s+armées", "defence_minister", False),
        (r"ministre(?:\s+[\w-]+)?\s+(?:de\s+l'économie|du\s+commerce|de\s+l'énergie)", "minister", False),
        (r"prince\s+héritier", "crown_prince", False),
        (r"roi", "head_of_state", False),
        (r"reine", "head_of_state", False),
        (r"émir", "head_of_state", False),
        (r"chancelière?", "head_of_government", False),
        (r"secrétaire\s+d'état", "foreign_minister", True),
        (r"secrétaire\s+générale?", "secretary_general", False),
        (r"guide\s+suprême", "supreme_leader", False),
        (r"ambassadeur|ambassadrice", "ambassador", True),
        (r"colonel|capitaine|général|commandant|lieutenant-colonel", "military", True),
        (r"homologue", None, False),
    ),
    connector=r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')",
    apposition=r"\s*,\s*|\s+",
    honorifics=latin.HONORIFICS,
    # ranks are written in lower case before the family name: "le colonel Keita", "du général Diarra"
    courtesy=latin.COURTESY + tuple(f"{a} {r}" for a in ("le", "du", "au") for r in (
        "général", "colonel", "capitaine", "commandant", "lieutenant-colonel")),
    particles=latin.PARTICLES,
    particle_prefixes=latin.PARTICLE_PREFIXES,
    stop=latin.STOP,
    name_words=(1, 4),
)

_NAMES = r"(?-i:[A-ZÀ-Þ][\w'’.-]*)(?:(?:\s+|\s*,\s*|\s+(?:et)\s+)(?-i:[A-ZÀ-Þ][\w'’.-]*)){0,7}"
FURNITURE = Furniture(
    drop_line=(
        r"^partager(?: cet article| sur .{1,20})?$",
        r"^publicité$",
        r"^(?:mots[- ]clés|tags|thèmes)\s*:",
        r"^(?:temps de lecture\s*:\s*)?\d+\s*min(?:utes?)?(?: de lecture)?$",
        r"^(?:à |a )?lire (?:aussi|également)\s*:\s*\S.*$",
        r"^peut être une image de .{0,80}$",
    ),
    header_drop=(rf"^par\s+{_NAMES}$",),
    read_also=(r"(?:(?:à |a )?lire (?:aussi|également)|sur le même sujet|nos articles sur le sujet"
               r"|dans la même rubrique)\s*:?",),
    source_labels=("Source",),
    published_labels=("Publié le", "Publié", "Mis en ligne le", "Mis à jour le"),
    sections=("Monde", "International", "Politique", "Économie", "Afrique"),
    home_words=("Accueil",),
    credit=("agence", "correspondant", "envoyé spécial"),
    agency_credit=r"\s+avec\s+(?:AFP|AP|Reuters|agences)\s*$",
    function_words=tuple("le la les des du de et est un une que qui dans pour pas sur au aux avec ce cette sont "
                         "ont été il elle ses leur selon".split()),
    # "Paris, 5 juin (AFP) -", "Madrid, 5 jun (EFE).-": the dateline's day anchors "mercredi", "este lunes"
    datelines=latin.DATELINES + (
               r"^(?-i:[A-ZÀ-Þ])[\w.'’ -]{1,40}?,\s*(?:le\s+)?(?P<day>\d{1,2}(?:er)?\s+(?:de\s+)?\w{3,10}\.?(?:\s+(?:de\s+)?\d{4})?)\s*\((?P<name>[^()]{2,40})\)\s*\.?\s*[-–—:]+",
    ),
    known_datelines=latin.KNOWN_DATELINES,
    promos=(r"^suivez (?P<name>(?-i:[A-Z])[\w&\' ]{1,30}?) sur (?:twitter|x|facebook|telegram|instagram)\b",),
    url_labels=("article original", "lien"),
)

#: a comma breaks the clause, except around a name in apposition ("le ministre sénégalais, Yassine Fall, et son
#: homologue français, Jean-Noël Barrot, ont signé"): before a name closed by another comma, before the next
#: member of a list of signers, and before the signing verb itself (a comma never parts subject and verb)
_CLAUSE_BREAKS = (r"[;:]|\s[-–—]+\s"
                  r"|,(?!\s+(?:(?-i:[A-ZÀ-Þ])[\w'’.-]*\s*){1,4},)"
                  r"(?!\s+et\s+(?:son|sa|ses|le|la|les|l')\s*(?:homologue|président|premi|ministre|chef|roi))"
                  r"(?!\s+(?:(?:ont|a|avaient|avait)\s+(?:(?:également|aussi|ensuite|alors|finalement)\s+)?)?"
                  r"(?:sign|paraph|conclu)\w*)")

LANGUAGE = Language(
    code="fr", name="French", columns=("fr", "en", "es"), label_column="fr",
    script=Script(system="Latin", marks="éèêàçù", abbreviations=latin.ABBREVIATIONS, quotes=latin.QUOTES,
                  clause_breaks=_CLAUSE_BREAKS),
    morphology=Morphology(adjective_forms=lambda base: latin.romance_forms(base, "fr")),
    dates=DATES, titles=TITLES, cues=CUES, furniture=FURNITURE,
)
