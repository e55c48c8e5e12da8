"""Spanish (baseline)."""
import re

from kg.dates import alternation, compile_patterns
from kg.lang.boilerplate import Boilerplate, _months, NAMES
from kg.lang.titles import _LATIN_STOP, _LATIN_HONORIFICS, _PARTICLES, _PARTICLE_PREFIXES

MONTHS = {m: i for i, m in enumerate(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                      "septiembre", "octubre", "noviembre", "diciembre"], 1)}
WEEKDAYS = {d: i for i, d in enumerate(["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"])}
DAY_REL = {"hoy": 0, "ayer": -1}
WEEK_REL = {"pasado": 1}
YEAR_REL = {"el año pasado": -1, "este año": 0}
MONTH_REL = {"el mes pasado": -1, "este mes": 0}

_M, _W = alternation(MONTHS), alternation(WEEKDAYS)
DATE_PATTERNS = compile_patterns([
    r"(?P<mrel>el mes pasado|este mes)",
    rf"(?P<d>\d{{1,2}})\s+de\s+(?P<m>{_M})\s+de\s+(?P<y>\d{{4}})",
    rf"(?P<m>{_M})\s+de\s+(?P<y>\d{{4}})",
    rf"(?P<d>\d{{1,2}})\s+de\s+(?P<m>{_M})",
    rf"\ben\s+(?P<m>{_M})",
    rf"\b(?:el\s+)?(?P<wd>{_W})(?:\s+(?P<wrel>pasado))?",
    r"(?P<yrel>el año pasado|este año)",
    r"\b(?P<drel>hoy|ayer)\b",
], re.I)

AGREEMENT = re.compile(r"\b(?:[Tt]ratados?|[Aa]cuerdos?|[Pp]actos?|[Pp]rotocolos?|[Mm]emorándums?|[Cc]onvenios?|[Cc]onvenciones?)\b")
KINDS = {"tratado": "treaty", "pacto": "pact", "protocolo": "protocol", "memorándum": "memorandum", "conven": "convention"}
ANAPHORA = re.compile(r"\b(?:[Ee]l|[Ll]a|[Ee]ste|[Ee]sta|[Dd]icho|[Dd]icha)\s+(?P<np>(?:(?!(?:de|del|a|al|por|para|con|en|sobre|el|la|los|las|un|una|y|que)\b)[\w-]+\s+){0,4})$")
DEMONSTRATIVE = re.compile(r"\b(?:[Ee]ste|[Ee]sta|[Dd]icho|[Dd]icha)\b")
CONNECTOR = re.compile(r"\by\b|\bcon\b|,|\bentre\b|[-–]", re.I)
MAX_GAP = 30
SIGN = re.compile(r"\bfirm\w*|\bsuscrib\w*|\bconclu\w*", re.I)
RATIFY = re.compile(r"\bratific\w*|\baprob\w*", re.I)
IN_FORCE = re.compile(r"\bentr\w* en vigor", re.I)
TERMINATE = re.compile(r"\bretir\w*|\bdenunci\w*|\bsuspend\w*", re.I)
PLAN = re.compile(r"\b(?:firmará|firmarán|va a|van a|prevé|negoci\w*|proyecto|prepar\w*)\b", re.I)
FUTURE = re.compile(r"\b(?:firmará|firmarán|va a|van a|próxim\w*|pronto)\b|\b(?:debe|deben|deberá|aún debe|pendiente)\b", re.I)
PAST = re.compile(r"\b(?:firmaron|firmó|firmado|suscribieron|suscribió)\b", re.I)
HYPOTHETICAL = re.compile(r"\b(?:si)\b|\?\s*$", re.I)
NEGATION = re.compile(r"\b(?:no|sin|ningún|ninguna)\b", re.I)
HEDGE = re.compile(r"\b(?:podría|podrían|quizás|probablemente)\b", re.I)
MUTUAL_DEFENSE = re.compile(r"defensa mutua|defensa colectiva|asistencia mutua|(?:agresión|ataque) contra uno\b[^.]{0,80}contra ambos", re.I)
COMPARE = [re.compile(r"\b(?:como|similar(?:es)? a|a diferencia de)\b(?P<region>[^;.]+)", re.I)]
DURATION = [re.compile(r"\b(?:por|durante)\s+(?P<n>\d+)\s+años\b", re.I)]
PLACE_PREP = re.compile(r"\ben\s+$", re.I)
MULTILATERAL = re.compile(r"\b(?:trilateral|multilateral|tres países)\b", re.I)
QUOTES = "\"«»“”"
SIGNER_SIDE = "before"
PASSIVE = re.compile(r"\bfue\s+firmad\w*|\bfueron\s+firmad\w*", re.I)
AGENT = re.compile(r"\bpor\b", re.I)
SIGN_VERB = re.compile(r"\bfirm(?:ó|aron|ado|an)\b", re.I)
WITH = re.compile(r"\bcon\b", re.I)
PRONOUN = re.compile(r"\s*(?:El documento|El texto)\b")


BOILERPLATE = Boilerplate(
    lang="es",
    drop_line=(r"^compartir(?: en .{1,20})?$", r"^publicidad$", r"^(?:etiquetas|temas)\s*:"),
    header_drop=(rf"^por\s+{NAMES}$",),
    cut_from=((r"(?:lee también|leer más|te puede interesar|noticias relacionadas)\s*:?",),),
    source_labels=("Fuente",),
    published_labels=("Publicado el", "Publicado", "Fecha de publicación"),
    sections=("Internacional", "Mundo", "Política"),
    home_words=("Inicio", "Portada"),
    months=_months("enero|ene", "febrero|feb", "marzo|mar", "abril|abr", "mayo|may", "junio|jun",
                   "julio|jul", "agosto|ago", "septiembre|setiembre|sept|sep", "octubre|oct",
                   "noviembre|nov", "diciembre|dic"),
)


TITLES = {
    "titles": [
        (r"vicepresident[ae]", "vice_president", False),
        (r"president[ae]\s+del\s+gobierno", "head_of_government", False),
        (r"president[ae]", "head_of_state", False),
        (r"mandatari[oa]", "head_of_state", False),
        (r"jef[ea]\s+de(?:l)?\s+estado", "head_of_state", False),
        (r"primer[oa]?\s+ministr[oa]", "head_of_government", False),
        (r"jef[ea]\s+del\s+gobierno", "head_of_government", False),
        (r"ministr[oa]\s+de\s+(?:asuntos\s+exteriores|relaciones\s+exteriores|exteriores)", "foreign_minister", False),
        (r"canciller", "foreign_minister", False),
        (r"jef[ea]\s+de\s+la\s+diplomacia", "foreign_minister", False),
        (r"ministr[oa]\s+de\s+defensa", "defence_minister", False),
        (r"príncipe\s+heredero", "crown_prince", False),
        (r"rey", "head_of_state", False),
        (r"reina", "head_of_state", False),
        (r"emir", "head_of_state", False),
        (r"secretari[oa]\s+de\s+estado", "foreign_minister", True),
        (r"secretari[oa]\s+general", "secretary_general", False),
        (r"líder\s+supremo", "supreme_leader", False),
        (r"homólog[oa]", None, False),
    ],
    "connector": r"(?:de\s+la\s+|del\s+|de\s+)",
    "apposition": r"\s*,\s*|\s+",
    "honorifics": _LATIN_HONORIFICS,
    "particles": _PARTICLES,
    "particle_prefixes": _PARTICLE_PREFIXES,
    "stop": _LATIN_STOP,
    "name_words": (2, 4),
}
