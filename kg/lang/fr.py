"""French."""
import re

from kg.dates import alternation, compile_patterns
from kg.lang.boilerplate import Boilerplate, _months, NAMES
from kg.lang.titles import _LATIN_STOP, _LATIN_HONORIFICS, _PARTICLES, _PARTICLE_PREFIXES

MONTHS = {m: i for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                      "septembre", "octobre", "novembre", "décembre"], 1)}
WEEKDAYS = {d: i for i, d in enumerate(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"])}
DAY_REL = {"aujourd'hui": 0, "hier": -1}
WEEK_REL = {"dernier": 1}
YEAR_REL = {"l'an dernier": -1, "l'année dernière": -1, "cette année": 0}
MONTH_REL = {"le mois dernier": -1, "ce mois-ci": 0}

_M, _W = alternation(MONTHS), alternation(WEEKDAYS)
DATE_PATTERNS = compile_patterns([
    r"(?P<mrel>le mois dernier|ce mois-ci)",
    rf"\b(?:mi-|début |fin )(?P<m>{_M})\b(?:\s+(?P<y>\d{{4}}))?",
    rf"(?P<d>\d{{1,2}})(?:er)?\s+(?P<m>{_M})\s+(?P<y>\d{{4}})",
    rf"(?P<m>{_M})\s+(?P<y>\d{{4}})",
    rf"(?P<d>\d{{1,2}})(?:er)?\s+(?P<m>{_M})",
    rf"\ben\s+(?P<m>{_M})",
    rf"\b(?P<wd>{_W})(?:\s+(?P<wrel>dernier))?",
    r"(?P<yrel>l'an dernier|l'année dernière|cette année)",
    r"\b(?P<drel>aujourd'hui|hier)\b",
], re.I)

AGREEMENT = re.compile(r"\b(?:[Tt]rait[ée]s?|[Aa]ccords?|[Pp]actes?|[Pp]rotocoles?|[Mm][ée]morandums?|[Cc]onventions?|[Cc]hartes?)\b")
KINDS = {"trait": "treaty", "pacte": "pact", "protocole": "protocol", "mémorandum": "memorandum",
         "memorandum": "memorandum", "convention": "convention"}
ANAPHORA = re.compile(r"\b(?:[Ll]e|[Ll]a|[Ll]'|[Cc]e|[Cc]et|[Cc]ette|[Cc]es|[Ll]edit|[Ll]adite)\s*(?P<np>(?:(?!(?:de|du|des|à|au|aux|par|pour|avec|en|sur|le|la|les|un|une|et|qui|que)\b)[\w-]+\s+){0,4})$")
DEMONSTRATIVE = re.compile(r"\b(?:[Cc]e|[Cc]et|[Cc]ette|[Cc]es|[Ll]edit|[Ll]adite)\b")
CONNECTOR = re.compile(r"\bet\b|\bavec\b|,|\bentre\b|[-–]", re.I)
MAX_GAP = 30
SIGN = re.compile(r"\bsign(?:é|ée|és|ées|ent|er|ature|era|eront|èrent)\b|\bconclu\w*|\bparaph\w*", re.I)
RATIFY = re.compile(r"\bratifi\w*|\bapprouv\w*", re.I)
IN_FORCE = re.compile(r"\bentr[ée]\w* en vigueur", re.I)
TERMINATE = re.compile(r"\bretir[ée]\w*|\bd[ée]nonc\w*|\bsuspendu\w*", re.I)
PLAN = re.compile(r"\b(?:va|vont|devrait|devraient|pr[ée]voi\w*|n[ée]goci\w*|projet|envisag\w*|pr[ée]par\w*)\b", re.I)
FUTURE = re.compile(r"\b(?:va|vont|devrait|devraient|signera|signeront|prochain\w*|bient[ôo]t)\b|\b(?:doit|doivent|devra|devront|reste à|restent à|doit encore|en attente)\b|\b(?:pour|afin de|en vue de) (?:conclure|signer|finaliser)\b", re.I)
PAST = re.compile(r"\b(?:ont|a|avait|avaient|été)\s+(?:sign[ée]\w*|apposé leurs? signatures?)|\bsignèrent\b|\bsign[ée]\w*\s+(?:le|lors|mercredi|lundi|mardi|jeudi|vendredi|samedi|dimanche)\b", re.I)
HYPOTHETICAL = re.compile(r"\b(?:si|s'il|s'ils)\b|\?\s*$", re.I)
NEGATION = re.compile(r"\b(?:ne|n'|pas|sans|aucun\w*)\b", re.I)
HEDGE = re.compile(r"\b(?:pourrait|pourraient|peut-être|probablement|devrait)\b", re.I)
MUTUAL_DEFENSE = re.compile(r"d[ée]fense mutuelle|d[ée]fense collective|assistance mutuelle"
                            r"|(?:agression|attaque) contre l'un\b[^.]{0,80}contre les deux", re.I)
COMPARE = [re.compile(r"\b(?:comme|semblables? à|similaires? à|à l'image de|contrairement à)\b(?P<region>[^;.]+)", re.I)]
DURATION = [re.compile(r"\b(?:pour une durée de|d'une durée de|pour)\s+(?P<n>\d+)\s+ans\b", re.I)]
PLACE_PREP = re.compile(r"\b(?:à|au)\s+$", re.I)
MULTILATERAL = re.compile(r"\b(?:trilatéral\w*|multilatéral\w*|trois pays)\b", re.I)
QUOTES = "\"«»“”"
SIGNER_SIDE = "before"
PASSIVE = re.compile(r"\b(?:a|ont|avait|avaient)\s+été\s+sign[ée]\w*|\bsign[ée]e?s?\s+(?:lors|le|à)\b", re.I)
AGENT = re.compile(r"\bpar\b", re.I)
SIGN_VERB = re.compile(r"\bsign(?:é|ée|és|ées|ent|era|eront|èrent)\b|\bapposé leurs? signatures?", re.I)
WITH = re.compile(r"\bavec\b", re.I)
PRONOUN = re.compile(r"\s*(?:Il|Elle|Le document|Le texte)\b")


BOILERPLATE = Boilerplate(
    lang="fr",
    drop_line=(
        r"^partager(?: cet article| sur .{1,20})?$",
        r"^publicité$",
        r"^(?:mots[- ]clés|tags|thèmes)\s*:",
        r"^(?:temps de lecture\s*:\s*)?\d+\s*min(?:utes?)?(?: de lecture)?$",
        r"^(?:à |a )?lire (?:aussi|également)\s*:\s*\S.*$",
    ),
    header_drop=(rf"^par\s+{NAMES}$",),
    cut_from=(
        (r"(?:(?:à |a )?lire (?:aussi|également)|sur le même sujet|nos articles sur le sujet|"
         r"dans la même rubrique)\s*:?",),
    ),
    source_labels=("Source",),
    published_labels=("Publié le", "Publié", "Mis en ligne le", "Mis à jour le"),
    sections=("Monde", "International", "Politique", "Économie", "Afrique"),
    home_words=("Accueil",),
    months=_months("janvier|janv", "février|fevrier|févr|fevr", "mars", "avril|avr", "mai",
                   "juin", "juillet|juil", "août|aout", "septembre|sept",
                   "octobre|oct", "novembre|nov", "décembre|decembre|déc|dec"),
)


TITLES = {
    "titles": [
        (r"vice-présidente?", "vice_president", False),
        (r"présidente?", "head_of_state", False),
        (r"premi(?:er|ère)\s+ministre", "head_of_government", False),
        (r"ministre(?:\s+[\w-]+)?\s+des\s+affaires\s+étrangères", "foreign_minister", False),
        (r"ministre(?:\s+[\w-]+)?\s+de\s+l'europe\s+et\s+des\s+affaires\s+étrangères", "foreign_minister", False),
        (r"chef(?:fe)?\s+de\s+la\s+diplomatie", "foreign_minister", False),
        (r"ministre(?:\s+[\w-]+)?\s+de\s+la\s+défense", "defence_minister", False),
        (r"ministre(?:\s+[\w-]+)?\s+des\s+armées", "defence_minister", False),
        (r"prince\s+héritier", "crown_prince", False),
        (r"roi", "head_of_state", False),
        (r"reine", "head_of_state", False),
        (r"émir", "head_of_state", False),
        (r"chancelière?", "head_of_government", False),
        (r"secrétaire\s+d'état", "foreign_minister", True),
        (r"secrétaire\s+générale?", "secretary_general", False),
        (r"guide\s+suprême", "supreme_leader", False),
        (r"homologue", None, False),
    ],
    "connector": r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')",
    "apposition": r"\s*,\s*|\s+",
    "honorifics": _LATIN_HONORIFICS,
    "particles": _PARTICLES,
    "particle_prefixes": _PARTICLE_PREFIXES,
    "stop": _LATIN_STOP,
    "name_words": (2, 4),
}
