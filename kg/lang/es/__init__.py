"""Spanish."""
from __future__ import annotations

from kg.lang import latin
from kg.lang.base import Cues, Dates, Furniture, Language, Morphology, Script, Titles, alt

MONTHS = {m: i for i, m in enumerate(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                      "septiembre", "octubre", "noviembre", "diciembre"], 1)} | {
    "setiembre": 9, "ene": 1, "feb": 2, "abr": 4, "jun": 6, "jul": 7, "ago": 8, "sept": 9, "oct": 10,
    "nov": 11, "dic": 12}
WEEKDAYS = {d: i for i, d in enumerate(["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"])}
_M, _W = alt(*MONTHS), alt(*WEEKDAYS)
_SHORT = alt("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "sept", "oct", "nov", "dic")
NUMBERS = {"uno": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
           "nueve": 9, "diez": 10, "doce": 12, "quince": 15, "veinte": 20, "veinticinco": 25, "treinta": 30,
           "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "noventa y nueve": 99, "cien": 100}
_N = alt(*NUMBERS)

DATES = Dates(
    months=MONTHS, weekdays=WEEKDAYS,
    day_words={"hoy": 0, "ayer": -1, "la víspera": -1},
    week_words={"pasado": 0},
    month_words={"el mes pasado": -1, "este mes": 0},
    year_words={"el año pasado": -1, "este año": 0, "el próximo año": 1, "el año próximo": 1},
    patterns=(
        r"(?P<mrel>el mes pasado|este mes)",
        rf"(?P<d>\d{{1,2}})\s+de\s+(?P<m>{_M})\s+(?:de|del)\s+(?P<y>\d{{4}})",
        rf"\b(?:principios|comienzos|mediados|finales|fines) de\s+(?P<m>{_M})(?:\s+(?:de|del)\s+(?P<y>\d{{4}}))?",
        rf"(?P<d>\d{{1,2}})\s+de\s+(?P<m>{_M})\s+(?:pasado\b|(?P<yrel>del año pasado))",  # "el 19 de junio pasado": the last 19 June
        rf"(?P<m>{_M})\s+(?:de|del)\s+(?P<y>\d{{4}})",
        rf"(?P<d>\d{{1,2}})\s+de\s+(?P<m>{_M})",
        rf"(?P<d>\d{{1,2}})\s+(?P<m>{_SHORT})\b\.?",  # agency datelines: "Madrid, 5 jun (EFE)"
        rf"\ben\s+(?P<m>{_M})\b",
        rf"\b(?:el\s+|este\s+)?(?P<wd>{_W})(?:\s+(?P<wrel>pasado))?",
        r"(?P<yrel>el año pasado|este año|el próximo año|el año próximo)",
        r"\b(?P<drel>hoy|ayer)\b",
        r"\ben\s+(?P<y>(?:19|20)\d{2})\b",
        r"(?<![\d/.,-])\b(?P<y>(?:19|20)\d{2})\b(?!\.\d|,\d|[\d/-])",
    ),
)

CUES = Cues(
    # "de acuerdo con" (according to), "estar de acuerdo en" (to agree) name no agreement
    agreement=(r"\b(?:tratados?|(?<!\bde )acuerdos?(?: marco)?|(?<=\bde )acuerdos\b|(?<=\bde )acuerdo(?!\s+(?:con|a|en|para|sobre)\b|\s*[,.;:])|pactos?|protocolos?|memor[áa]ndums?(?: de entendimiento)?"
               r"|convenios?|convenciones?|cartas? (?=de\b)|TLC|RAA)\b"),
    kinds={"tratado": "treaty", "pacto": "pact", "protocolo": "protocol", "memorándum": "memorandum",
           "memorandum": "memorandum", "conven": "convention", "acuerdo": "agreement", "carta": "charter"},
    document=r"\b(?:documento|texto)\b",
    anaphora=r"\b(?:el|la|este|esta|dicho|dicha|del|al|ese|esa|los|las|estos|estas)\s+(?:[\w-]+\s+){0,3}$",
    demonstrative=r"\b(?:este|esta|dicho|dicha|ese|esa|estos|estas)\b",
    new=r"\b(?:un nuevo|una nueva|nuevo|nueva|otro|otra|similares?|otros|otras)\b",
    organisation_tail=r"^\s*(?:del Atlántico Norte)",
    sign=r"\bfirm(?:a|an|ó|aron|ado|ada|ados|adas|ar|ará|arán|aría|en|e|ando)\b|\bsuscrib\w*|\bsuscrit\w*|\brubric\w*",
    # "firma" after a determiner is the noun ("la firma del acuerdo"), not the verb
    sign_verb=r"\b(?<!la )(?<!una )(?<!su )(?<!de )firma\b|\bfirm(?:an|ó|aron|ado|ada|ará|arán)\b|\bsuscrib(?:ió|ieron|e|en)\b|\brubric(?:ó|aron)\b",
    ratify=r"\bratific\w*|\baprob(?:ó|aron|ado|ación) (?:el|del)?\s*(?:tratado|acuerdo|convenio|pacto)",
    in_force=r"\bentr\w* en vigor|\ben vigor\b|\bentrada en vigencia|\bvigente\b",
    terminate=(r"\bretir\w*|\bdenunci\w*|\bsuspend\w*|\bsuspensi[óo]n\b|\banul\w*|\brompi\w*|\bderog\w*"
               r"|\bsalida del?\b|\bexpir\w*"
               # leaving it: only with the agreement right after (one leaves a city or a meeting too)
               r"|\b(?:abandon|sal)(?:ó|ió|ieron|aron|ir|ar|e|en|a|an)(?= (?:definitivamente |formalmente )?(?:de )?"
               r"(?:el |la |los |del )(?:acuerdo|tratado|pacto|convenio|protocolo))"),
    # "prevé firmar" plans; "el acuerdo prevé un aumento" only provides for it
    plan=(r"\b(?:firmará|firmarán|será firmad\w*|va a|van a|prevé (?:firmar|suscribir|concluir|la firma)|previst[oa]s?"
          r"|negoci\w*|proyecto|borrador\w*|prepar\w*|próxima firma|buscan|pretende\w*|propuesta|planea\w*|tendrá lugar"
          r"|se celebrará)\b"),
    conclude=r"\b(?:alcanz(?:ó|aron|ado) un acuerdo|lleg(?:ó|aron) a un acuerdo|acordaron)\b",
    act=(r"\b(?:(?:la |una |el |un )?(?:ley|decreto|proyecto de ley|instrumentos? de ratificación))\b"
         r"|\b(?:el |los )?protocolos? (?:sobre|de|para) (?:el )?(?:intercambio|canje) de (?:los )?(?:instrumentos de )?"
         r"ratificaci\w*"),
    participation=r"\b(?:participación|membresía)\b",
    purpose=r"\b(?:para|para que|a fin de)\s+(?:su |sus |la |el |que )?(?:\w+\s+){0,3}$",
    future=(r"\b(?:firmará|firmarán|será|serán|va a|van a|próxim\w*|pronto|debe|deben|deberá|deberán|aún debe"
            r"|pendiente|podría|tendrá|tendrán|ratifiquen|prevén?(?= (?:firmar|suscribir|concluir|ratificar|rubricar))|entrará|entrarán|ratificará|ratificarán|suscribirá"
            r"|suscribirán|se celebrará|previst[oa]s?)\b|\bantes de fin de año|\ba finales de este año"
            # before a stage, that stage is ahead: "antes de su ratificación", "antes de la entrada en vigor"
            r"|\bantes de (?:su|la|el)\s*(?:\w+\s+)?(?=ratificación|entrada en vigor|firma)"),
    past=r"\b(?:firmaron|firmó|firmado|firmada|suscribieron|suscribió|suscrito|rubricaron|rubricó)\b",
    negation=r"\b(?:no|sin|ningún|ninguna|nunca|ni)\b",
    hedge=r"\b(?:podría|podrían|quizás|quizá|probablemente|posiblemente)\b",
    conditional=r"\b(?:si)\b|\?\s*$|¿",
    # "fue firmado", "firmado por", "el acuerdo, firmado en Madrid"; never the active "han firmado en Madrid"
    passive=(r"\b(?:fue|fueron|ha sido|han sido|será|serán|habían sido|había sido)\s+(?:firmad\w*|suscrit\w*|rubricad\w*)"
             r"|(?<!\bhan )(?<!\bha )(?<!\bhabían )(?<!\bhabía )(?<!\bhaber )(?<!\bhemos )"
             r"\b(?:firmad|suscrit|rubricad)[oa]s?\s+(?:por|en|el)\b"),
    agent=r"\bpor\b",
    signer_side="both",
    conjunction=r"\b(?:y|e|así como)\b|,",
    with_=r"\b(?:con)\b",
    between=r"\b(?:entre)\b",
    mediator=r"\b(?:con la mediación d[e]l?|bajo los auspicios d[e]l?|mediad[oa] por|auspiciad[oa] por|patrocinad[oa] por|mediación)\b",
    witness=r"\b(?:en presencia d[e]l?|presenciad[oa] por|ante|con la participación d[e]l?)\b",
    # "el embajador de India en Marruecos", "la representante permanente de España ante la ONU"
    envoy=(r"\b(?:embajador\w*|representante\w*|enviad[oa]\w*)\s+(?:[\w'-]+\s+){0,3}?(?:ante|en)\s+"
           r"(?:la\s+|el\s+|los\s+)?"),
    locative=r"\b(?:en)\s+(?:la\s+|el\s+)?",
    place_lead=r"(?:la\s+)?(?:ciudad|capital)\s+(?:[\w-]+\s+)?(?:de\s+)?",
    city_noun=r"\b(?:ciudad|localidad)\b",
    relative=r"\b(?:que|el cual|la cual)\b",
    visit=r"\bdurante (?:la|su) visita(?: oficial| de Estado)?(?: [\w ,.]{0,60}?)? (?:a|en)\s+(?:la\s+)?",
    capital=r"\bcapital\b",
    filler=r"\b(?:el|la|los|las|su|sus|homólog[oa]|(?:los )?(?:Estados|países)(?: miembros)? de(?: la| el)?|miembros de)\b|\b(?:la |el )?(?:República|Reino|Estado|Federación|Principado) (?:de la |del |de )",
    multilateral=r"\b(?:trilateral|multilateral|tres países|tripartito)\b",
    sides=r"\b(?:ambos países|ambas partes|las partes|los dos países|ambas naciones|ambos gobiernos|ambos bloques)\b",
    office_subjects=(
        (r"\b(?:los dos|ambos|los)\s+(?:cancilleres|ministros de (?:asuntos|relaciones) exteriores)\b", "foreign_minister"),
        (r"\b(?:los dos|ambos|los)\s+(?:primeros ministros)\b", "head_of_government"),
        (r"\b(?:los dos|ambos|los)\s+(?:presidentes|mandatarios|jefes de estado)\b", "head_of_state"),
        (r"\b(?:los dos|ambos|los)\s+(?:líderes|dirigentes)\b", "leader"),
        (r"\b(?:los dos|ambos|los)\s+ministros\b", "minister"),
    ),
    mutual_defence=(r"defensa mutua|defensa colectiva|asistencia mutua|ayuda mutua|asistencia militar"
                    r"|(?:agresión|ataque) (?:armado )?contra uno\b[^.]{0,80}(?:el otro|ambos)"
                    r"|ataque armado contra un[oa] de (?:los países|las partes)[^.]{0,60}(?:ayuda|asistencia) militar"
                    r"|alianza (?:militar|defensiva)|defensa común|defensa (?:\w+ )?recíproca"),
    validity=r"\b(?:vigencia|válid[oa]|duración|durará|por un período)\b",
    extension=r"\b(?:prorrog\w*|prórroga|renov\w*|extend\w*|amplia\w*)\b",
    duration=(rf"\b(?:por|durante|de)\s+(?P<n>\d+|{_N})\s+(?P<unit>años|días|meses)\b",
              rf"\bvigencia de (?P<n>\d+|{_N})\s+(?P<unit>años)\b"),
    units={"años": "Y", "días": "D", "meses": "M"},
    numbers=NUMBERS,
    compare=(r"\b(?:como|similar(?:es)? a)\b(?P<region>[^;.]+)",),
    contrast=(r"\b(?:a diferencia de|al contrario que|al contrario de)\b(?P<region>[^;.]+)",),
)

TITLES = Titles(
    titles=(
        (r"vicepresident[ae]", "vice_president", False),
        (r"president[ae]\s+del\s+gobierno", "head_of_government", False),
        (r"president[ae]", "head_of_state", False),
        (r"mandatari[oa]", "head_of_state", False),
        (r"jef[ea]\s+de(?:l)?\s+estado", "head_of_state", False),
        (r"primer[oa]?\s+ministr[oa]", "head_of_government", False),
        (r"jef[ea]\s+del\s+gobierno", "head_of_government", False),
        # a demonym may stand inside: "el ministro ruso de Exteriores", "la ministra española de Defensa"
        (r"ministr[oa](?:\s+[\w-]+)?\s+de\s+(?:asuntos\s+exteriores|relaciones\s+exteriores|exteriores)", "foreign_minister", False),
        (r"ministr[oa]s\s+de\s+(?:asuntos\s+exteriores|relaciones\s+exteriores|exteriores)", "foreign_minister", False),
        (r"viceministr[oa]", "minister", False),
        (r"vicecanciller", "foreign_minister", False),
        (r"canciller", "foreign_minister", False),
        (r"jef[ea]\s+de\s+la\s+diplomacia", "foreign_minister", False),
        (r"ministr[oa](?:\s+[\w-]+)?\s+de\s+defensa", "defence_minister", False),
        (r"secretari[oa]\s+de\s+defensa", "defence_minister", False),
        (r"ministr[oa](?:\s+[\w-]+)?\s+de\s+(?:economía|comercio|energía|hacienda|industria)", "minister", False),
        (r"príncipe\s+heredero", "crown_prince", False),
        (r"rey", "head_of_state", False),
        (r"reina", "head_of_state", False),
        (r"emir", "head_of_state", False),
        (r"secretari[oa]\s+de\s+estado", "foreign_minister", True),
        (r"secretari[oa]\s+general", "secretary_general", False),
        (r"líder\s+supremo", "supreme_leader", False),
        (r"embajador(?:a)?", "ambassador", True),
        (r"homólog[oa]", None, False),
    ),
    connector=r"(?:de\s+la\s+|del\s+|de\s+)",
    apposition=r"\s*,\s*|\s+",
    honorifics=latin.HONORIFICS,
    # ranks are written in lower case before the family name: "el coronel Keita", "del general Diarra"
    courtesy=latin.COURTESY + tuple(f"{a} {r}" for a in ("el", "del", "al") for r in ("general", "coronel", "capitán")),
    particles=latin.PARTICLES,
    particle_prefixes=latin.PARTICLE_PREFIXES,
    stop=latin.STOP,
    name_words=(2, 4),
)

_NAMES = r"(?-i:[A-ZÁÉÍÓÚÑ][\w'’.-]*)(?:(?:\s+|\s*,\s*|\s+(?:y)\s+)(?-i:[A-ZÁÉÍÓÚÑ][\w'’.-]*)){0,7}"
FURNITURE = Furniture(
    drop_line=(r"^compartir(?: en .{1,20})?$", r"^publicidad$", r"^(?:etiquetas|temas)\s*:",
               r"^(?:lee|lea|leer|ver|vea) (?:también|además)\s*:\s*\S.*$",
               r"^\[(?:lee|leer|lea)\s*(?:también|más)?\s*:.{0,120}\]$"),
    header_drop=(rf"^por\s+{_NAMES}$",),
    read_also=(r"(?:lee también|leer más|te puede interesar|noticias relacionadas|lea también)\s*:?",),
    source_labels=("Fuente",),
    published_labels=("Publicado el", "Publicado", "Fecha de publicación"),
    sections=("Internacional", "Mundo", "Política"),
    home_words=("Inicio", "Portada"),
    credit=("agencia", "corresponsal", "enviado especial"),
    agency_credit=r"\s+con\s+(?:AFP|EFE|AP|Reuters|agencias)\s*$",
    function_words=tuple("el la los las de del y que en un una por con para es se al lo como más su sus fue ha "
                         "según".split()),
    # "Paris, 5 juin (AFP) -", "Madrid, 5 jun (EFE).-": the dateline's day anchors "mercredi", "este lunes"
    datelines=latin.DATELINES + (
               r"^(?-i:[A-ZÁÉÍÓÚÑ])[\w.'’ -]{1,40}?,\s*(?P<day>\d{1,2}\s+(?:de\s+)?\w{3,10}\.?(?:\s+(?:de\s+)?\d{4})?)\s*\((?P<name>[^()]{2,40})\)\s*\.?\s*[-–—:]+",
    ),
    known_datelines=latin.KNOWN_DATELINES,
    promos=(r"^sigue a (?P<name>(?-i:[A-Z])[\w&\' ]{1,30}?) en (?:twitter|x|facebook|telegram|instagram)\b",),
    url_labels=("artículo original", "enlace"),
)

#: a comma breaks the clause, except around a name in apposition ("el presidente ruso, Vladímir Putin, y su
#: homólogo iraní, Masud Pezeshkian, firmaron"): before a name closed by another comma, before the next
#: member of a list of signers, and before the signing verb itself (a comma never parts subject and verb)
_CLAUSE_BREAKS = (r"[;:]|\s[-–—]+\s"
                  r"|,(?!\s+(?:(?-i:[A-ZÁÉÍÓÚÑ])[\w'’.-]*\s*){1,4},)"
                  r"(?!\s+(?:y|e)\s+(?:su|sus|el|la|los)\s+(?:homólog|president|primer|ministr|canciller|rey))"
                  r"(?!\s+(?:ya\s+|también\s+)?(?:(?:han|ha|habían|había)\s+)?(?:firm|suscrib|rubric)\w*)")

LANGUAGE = Language(
    code="es", name="Spanish", columns=("es", "en", "fr"), label_column="es",
    script=Script(system="Latin", marks="ñáíóú¿¡", abbreviations=latin.ABBREVIATIONS, quotes=latin.QUOTES,
                  clause_breaks=_CLAUSE_BREAKS),
    morphology=Morphology(adjective_forms=lambda base: latin.romance_forms(base, "es")),
    dates=DATES, titles=TITLES, cues=CUES, furniture=FURNITURE,
)
