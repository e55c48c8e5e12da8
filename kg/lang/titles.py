"""Titles that introduce a person's name, per language (data only; see :mod:`kg.persons`).

Each language has one dict with these keys (a key may be absent):

``titles``
    ``(pattern, role, needs_state)`` triples. ``pattern`` is a regular
    expression fragment written in natural orthography; :mod:`kg.persons`
    folds it like the article text (Arabic letter variants, simplified
    Chinese) and matches it case-insensitively on word boundaries. In Arabic
    ``{AL}`` stands for the article with its proclitics (ال، وال، بال، لل...)
    and ``{P}`` for proclitics on a bare noun (و، ف، ب، ل، ك). ``role`` is a
    persons.tsv role (or None: "counterpart" tells no office). With
    ``needs_state`` the title counts only with a state/organisation next to
    it (Arabic ``رئيس`` alone heads anything; ``رئيس كوريا`` heads a state).
``require_state``
    Every title needs a state next to it: Chinese (``总统选举`` is no name),
    Arabic and Persian (no capitals to tell a name from the next noun),
    Russian ("президент Сбербанка Герман Греф": capitalised organisations).
    Without a country a person cannot vouch for a party anyway.
``pre_gap``
    What may stand between a state (or demonym) and a following title:
    "Kenya's President", "Kenyan President", "俄罗斯新任总统".
``connector``
    What may stand between a title and a following state: "President *of* Kenya".
``apposition``
    What may stand between the title (with its state) and the name: a comma.
``post_skip``
    Words skipped after the title's state (Persian ``همتای روس خود``).
``honorifics``
    Words before the name that are not part of it (Sheikh, الشيخ, آقای).
``particles``
    Lower-case name parts (bin, al, van, von, de), and ``particle_prefixes``
    hyphenated ones (al-Sudani).
``stop``
    Words that end a name (Latin: capitalised function words, days, office
    words; Arabic/Persian: prepositions, verbs, common nouns).
``name_words``
    (min, max) name words, particles not counted.
"""
from __future__ import annotations

# --- Latin script ------------------------------------------------------------------------

_LATIN_STOP = [
    # articles, pronouns, conjunctions, prepositions (sentence-initial or title case)
    "The", "A", "An", "And", "Or", "But", "On", "In", "At", "Of", "For", "To", "With", "By", "From",
    "As", "After", "Before", "During", "Over", "Under", "Into", "Amid", "Since", "While", "When",
    "He", "She", "His", "Her", "It", "Its", "They", "Their", "We", "Our", "This", "That", "These", "Those",
    "Le", "La", "Les", "L'", "Un", "Une", "Des", "Du", "Et", "Ou", "Mais", "Il", "Elle", "Ils", "Ce", "Cette",
    "Leur", "Leurs", "Selon", "Lors", "Après", "Avant", "Pour", "Dans", "Sur", "Avec", "Par",
    "El", "Los", "Las", "Una", "Y", "O", "Pero", "Según", "Tras", "Durante", "Para", "Con", "Por", "En",
    # days and months (English capitalises them; fr/es only at sentence start)
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Today", "Yesterday", "Tomorrow",
    "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche",
    "Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo",
    # verbs and adverbs that follow a name in title-case text
    "Said", "Says", "Say", "Will", "Would", "Has", "Have", "Had", "Was", "Were", "Is", "Are", "Be",
    "Also", "Not", "Signs", "Signed", "Meets", "Met", "Visits", "Visited", "Calls", "Called",
    # office words: a title followed by another office word is no name
    "President", "Presidents", "Vice", "Prime", "Minister", "Ministers", "Ministry", "Foreign", "Defence",
    "Defense", "Affairs", "Secretary", "General", "State", "Crown", "Prince", "King", "Queen", "Emir",
    "Chancellor", "Chief", "Deputy", "Acting", "Former", "Elect", "Office", "Government", "Administration",
    "Cabinet", "Council", "Parliament", "Assembly", "Spokesman", "Spokeswoman", "Spokesperson",
    "Republic", "Kingdom", "Federation", "Union", "United", "National", "Democratic", "People's",
    "Party", "Army", "Forces", "Palace", "University", "Airport", "International", "Causeway", "Street",
    "Avenue", "Road", "Bridge", "Hospital", "Center", "Centre", "Square", "Hall", "Stadium", "Foundation",
    "Award", "Prize", "Park", "Base", "Port", "City", "Mosque", "Institute", "College", "School", "Library",
    "Museum", "Boulevard", "Highway", "Tower", "Complex", "Hotel", "Club", "Cup", "Trophy", "Medal", "Order",
    "Fund", "Initiative", "Program", "Programme", "Doctrine", "Plan", "Era", "Later", "However", "Meanwhile",
    "Earlier", "Then", "Both", "Still", "Yet", "Now", "Here", "There", "House", "Embassy", "Summit", "Agreement", "Treaty", "Pact",
    "Président", "Présidente", "Ministre", "Premier", "Première", "Affaires", "Étrangères", "Défense",
    "Armées", "Gouvernement", "Presidente", "Presidenta", "Ministro", "Ministra", "Primer", "Primera",
    "Asuntos", "Exteriores", "Relaciones", "Defensa", "Gobierno", "Canciller", "Estado",
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "M.", "Mme", "Sr.", "Sra.",
]
_LATIN_HONORIFICS = ["Sheikh", "Sheikha", "Sheik", "Cheikh", "Jeque", "Dr.", "Dr", "Prof.", "Sir", "Dame",
                     "Ayatollah", "Ayatolá", "Prince", "Princess", "Prince", "Príncipe", "Princesse",
                     "General", "Gen.", "Général", "Marshal", "Field Marshal", "Maréchal", "Mariscal",
                     "Admiral", "Amiral", "Almirante"]
_PARTICLES = ["bin", "ben", "bint", "ibn", "al", "Al", "el", "El", "ould", "de", "del", "della", "di", "da",
              "dos", "das", "do", "van", "von", "der", "den", "ter", "la", "le", "du", "mac"]
_PARTICLE_PREFIXES = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ben", "abu", "d'"]

EN = {
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

FR = {
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

ES = {
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

# --- Russian -------------------------------------------------------------------------------

_N = r"(?:а|у|ом|е)?"          # masculine noun endings: президент(а|у|ом|е)
_ADJ = r"(?:ый|ого|ому|ым|ом|ий|его|ему|им|ем)"

RU = {
    "titles": [
        (rf"вице-президент{_N}", "vice_president", False),
        (rf"вице-премьер{_N}", "head_of_government", False),
        (rf"президент{_N}", "head_of_state", False),
        (rf"премьер-министр{_N}", "head_of_government", False),
        (rf"председател(?:ь|я|ю|ем|е)\s+правительства", "head_of_government", False),
        (rf"премьер{_N}", "head_of_government", True),
        (rf"министр{_N}\s+иностранных\s+дел", "foreign_minister", False),
        (rf"министр{_N}\s+обороны", "defence_minister", False),
        (r"глав(?:а|ы|е|у|ой)\s+(?:МИД|внешнеполитического\s+ведомства)", "foreign_minister", False),
        (r"глав(?:а|ы|е|у|ой)\s+(?:Минобороны|оборонного\s+ведомства)", "defence_minister", False),
        (r"глав(?:а|ы|е|у|ой)\s+правительства", "head_of_government", False),
        (r"глав(?:а|ы|е|у|ой)\s+государства", "head_of_state", False),
        (rf"наследн{_ADJ}\s+принц{_N}", "crown_prince", False),
        (r"корол(?:ь|я|ю|ем|е)", "head_of_state", False),
        (rf"эмир{_N}", "head_of_state", False),
        (rf"канцлер{_N}", "head_of_government", False),
        (r"госсекретар(?:ь|я|ю|ем|е)", "foreign_minister", False),
        (rf"государственн{_ADJ}\s+секретар(?:ь|я|ю|ем|е)", "foreign_minister", False),
        (rf"генеральн{_ADJ}\s+секретар(?:ь|я|ю|ем|е)", "secretary_general", False),
        (rf"генсек{_N}", "secretary_general", False),
        (rf"верховн{_ADJ}\s+лидер{_N}", "supreme_leader", False),
        (rf"лидер{_N}", "head_of_state", True),
        (r"председател(?:ь|я|ю|ем|е)", "head_of_state", True),
        (r"коллег(?:а|и|е|у|ой|ою)", None, False),
    ],
    #: "президент Сбербанка Герман Греф": without a state the capitalised words may be an organisation
    "require_state": True,
    "pre_gap": r"\s+",
    "apposition": r"\s*,\s*|\s+",
    "honorifics": ["шейх", "шейха", "шейхом", "принц", "принца", "принцем", "господин", "господина",
                   "аятолла", "аятоллы", "аятоллой", "генерал", "генерала", "генералом", "маршал", "маршала"],
    #: capitalised words that are not names: their stems (an ending may follow)
    "stop": ["Республик", "Федераци", "Королевств", "Штат", "Эмират", "Союз", "Совет", "Министерств",
             "Правительств", "Государств", "Кремл", "Белый", "Белого", "Организаци", "Объединенн",
             "Соединенн", "Арабск", "Исламск", "Народн", "Демократическ", "Ассоциаци", "Компани", "Корпораци", "Академи", "Университет", "Комитет",
             "Агентств", "Палат", "Фонд", "Центр", "Банк", "Госдум", "Дума", "Думы", "Думе", "Понедельник",
             "Вторник", "Сред", "Четверг", "Пятниц", "Суббот", "Воскресень", "Сегодня", "Вчера", "Он",
             "Она", "Они", "Его", "Ее", "Их", "Это", "Этот", "Эта", "Эти", "Как", "Так", "Также", "При", "После", "По",
             "На", "В", "Во", "С", "Со", "И", "Но", "Глава", "Министр", "Президент", "Премьер", "Договор",
             "Соглашени", "Пакт", "Меморандум"],
    "particles": ["бин", "ибн", "бен", "аль", "эль", "фон", "ван", "де", "да", "дер"],
    "particle_prefixes": ["аль", "эль", "ас", "ад", "ат", "ан", "ар", "аш"],
    "name_words": (2, 3),
}

# --- Arabic --------------------------------------------------------------------------------

_AR_VERBS = [
    "قال", "يقول", "قالت", "أكد", "يؤكد", "أكدت", "أعلن", "يعلن", "أعلنت", "صرح", "وقع", "يوقع", "وقعا", "وقعت",
    "زار", "يزور", "تزور", "التقى", "يلتقي", "استقبل", "يستقبل", "بحث", "يبحث", "أشار", "يشير", "أوضح", "دعا",
    "يدعو", "شدد", "يشدد", "اعتبر", "رحب", "يرحب", "أجرى", "يجري", "ترأس", "يترأس", "وصل", "يصل", "غادر",
    "يغادر", "أضاف", "يضيف", "أبلغ", "قام", "يقوم", "سيزور", "سيوقع", "سيلتقي", "كان", "يكون", "كانت",
    "أعرب", "يعرب", "هنأ", "عقد", "يعقد", "حضر", "يحضر", "شارك", "يشارك", "تلقى", "أرسل", "بعث", "اتفق",
    "اتفقا", "ناقش", "يناقش", "تناول", "أجريا", "عقدا", "بحثا", "وقعا", "أكدا",
]
AR = {
    "titles": [
        (r"{P}نائب\s+{AL}رئيس", "vice_president", False),
        (r"{AL}رئيس\s+الوزراء", "head_of_government", False),
        (r"{P}رئيس\s+الوزراء", "head_of_government", False),
        (r"{P}رئيس\s+وزراء", "head_of_government", True),
        (r"{AL}رئيس\s+الحكومة", "head_of_government", False),
        (r"{P}رئيس\s+حكومة", "head_of_government", True),
        (r"{AL}رئيسة?", "head_of_state", False),
        (r"{P}رئيسة?", "head_of_state", True),
        (r"{P}وزيرة?\s+(?:الخارجية|الشؤون\s+الخارجية)", "foreign_minister", False),
        (r"{P}وزيرة?\s+خارجية", "foreign_minister", True),
        (r"{P}وزيرة?\s+الدفاع", "defence_minister", False),
        (r"{P}وزيرة?\s+دفاع", "defence_minister", True),
        (r"{P}ولي\s+العهد", "crown_prince", False),
        (r"{P}ولي\s+عهد", "crown_prince", True),
        (r"{AL}عاهل", "head_of_state", False),
        (r"{AL}ملك", "head_of_state", False),
        (r"{P}ملك", "head_of_state", True),
        (r"{P}أمير", "head_of_state", True),
        (r"{AL}مستشارة?", "head_of_government", True),
        (r"{AL}أمين\s+العام", "secretary_general", False),
        (r"{AL}مرشد\s+الأعلى", "supreme_leader", False),
        (r"{P}زعيم", "head_of_state", True),
        (r"{P}نظير(?:ه|ها|هما|هم)", None, False),
    ],
    #: no capital letters: only a state next to the title makes the words after it likely a name
    "require_state": True,
    "clitics": {"AL": r"(?:[وف]?(?:ال|بال|لل|كال))", "P": r"(?:[وف]?[بلك]?)"},
    "honorifics": ["الشيخ", "الشيخة", "السيد", "السيدة", "الدكتور", "الأمير", "الأميرة", "الملك", "المشير",
                   "الفريق", "اللواء", "الجنرال", "آية الله", "سمو", "جلالة", "فخامة", "معالي", "سماحة"],
    #: name parts that join the next word to the name: محمد بن سلمان، تميم بن حمد آل ثاني
    "particles": ["بن", "ابن", "بنت", "آل"],
    #: first words that need the next one: عبد الفتاح، أبو بكر
    "compound_first": ["عبد", "أبو", "أبي", "ابو"],
    "stop": [
        "في", "على", "إلى", "الى", "من", "عن", "مع", "خلال", "بعد", "قبل", "منذ", "حول", "لدى", "عند", "أمام",
        "ضد", "عبر", "بين", "نحو", "حتى", "دون", "إثر", "اثر", "وفق", "وفقا", "لـ", "ب", "ل",
        "أن", "إن", "ان", "أنه", "إنه", "انه", "أنها", "إنها", "لكن", "كما", "قد", "لقد", "ثم", "أو", "أم",
        "لا", "لم", "لن", "ما", "هل", "الذي", "التي", "الذين", "اللذين", "و", "هو", "هي", "هما", "هم",
        "يوم", "اليوم", "أمس", "غدا", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
        "نظير", "نظيره", "نظيرها", "نظيريه", "السابق", "السابقة", "الحالي", "الجديد", "المنتخب", "الأسبق",
        "المؤقت", "بالوكالة", "التنفيذي", "الأعلى", "العام", "الأول", "الثاني", "الأسبق", "نفسه",
        "اتفاق", "اتفاقية", "معاهدة", "مذكرة", "بيان", "رسالة", "زيارة", "لقاء", "اجتماع", "محادثات",
        "اتصالا", "اتصال", "هاتفيا", "رسميا", "كلمة", "مؤتمر", "قمة", "وفد", "وفدا", "مرسوم", "مرسوما",
        "قانون", "قانونا", "قرار", "قرارا", "بيانا", "خطاب", "خطابا", "برقية", "تصريح", "تصريحات", "اليوم",
        "مساء", "صباح", "أيضا", "كذلك", "رسمي", "رسميا", "جولة", "مباحثات", "بنود", "نص", "وثيقة", "مشروع",
    ] + _AR_VERBS,
    #: proclitics: a stop word with one of these in front is a stop word too (وقال، فإن، بأن)
    "stop_prefixes": ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"],
    "name_words": (2, 3),
}

# --- Persian -------------------------------------------------------------------------------

FA = {
    "titles": [
        (r"معاون\s+اول\s+رئیس\s*جمهور(?:ی)?", "vice_president", False),
        (r"معاون\s+رئیس\s*جمهور(?:ی)?", "vice_president", False),
        (r"رئیس\s*جمهور(?:ی)?", "head_of_state", False),
        (r"نخست\s*وزیر", "head_of_government", False),
        (r"وزیر\s+امور\s+خارجه", "foreign_minister", False),
        (r"وزیر\s+خارجه", "foreign_minister", False),
        (r"وزیر\s+دفاع", "defence_minister", False),
        (r"ولی\s*عهد", "crown_prince", False),
        (r"پادشاه", "head_of_state", False),
        (r"امیر", "head_of_state", True),
        (r"صدر\s*اعظم", "head_of_government", False),
        (r"رهبر", "head_of_state", True),
        (r"دبیر\s*کل", "secretary_general", False),
        (r"همتای", None, False),
    ],
    "require_state": True,
    "post_skip": ["خود", "کشورمان"],
    "honorifics": ["آقای", "خانم", "دکتر", "شیخ", "آیت الله", "آیت‌الله", "حجت الاسلام", "سردار", "ژنرال",
                   "سرلشکر", "شاهزاده", "ملک", "سلطان"],
    "particles": ["بن", "آل"],
    "compound_first": ["عبد"],
    "stop": [
        "در", "به", "با", "از", "که", "را", "و", "برای", "تا", "این", "آن", "او", "وی", "ایشان", "روز",
        "امروز", "دیروز", "فردا", "گفت", "کرد", "کردند", "است", "بود", "شد", "شده", "خود", "نیز", "هم",
        "طی", "ضمن", "پس", "پیش", "بر", "بین", "میان", "درباره", "هنگام", "شنبه", "یکشنبه", "دوشنبه",
        "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "دیدار", "سفر", "امضا", "اعلام", "تاکید", "گفتگو",
        "گفت‌وگو", "نظیر", "همتای", "همتایش", "می", "نمی", "سابق", "جدید", "کشور", "کشورمان", "دولت",
        "توافق", "توافقنامه", "قرارداد", "معاهده", "پیمان", "یادداشت", "بیانیه", "نامه", "اظهار", "کرده",
        "داشت", "دارد", "خواهد", "باید", "افزود", "گفته", "اشاره", "همچنین", "فرمان", "قانون", "طرح", "لایحه",
        "حکم", "دستور", "سند", "پیام", "تلفنی", "رسمی", "هیئت", "هیات",
    ],
    "name_words": (2, 3),
}

# --- Chinese -------------------------------------------------------------------------------

ZH = {
    "titles": [
        (r"副总统", "vice_president", False),
        (r"总统", "head_of_state", False),
        (r"副总理", "head_of_government", False),
        (r"总理", "head_of_government", False),
        (r"首相", "head_of_government", False),
        (r"外交部长", "foreign_minister", False),
        (r"外交大臣", "foreign_minister", False),
        (r"外长", "foreign_minister", False),
        (r"国务卿", "foreign_minister", False),
        (r"国防部长", "defence_minister", False),
        (r"国防大臣", "defence_minister", False),
        (r"防长", "defence_minister", False),
        (r"王储", "crown_prince", False),
        (r"国王", "head_of_state", False),
        (r"埃米尔", "head_of_state", False),
        (r"国家主席", "head_of_state", False),
        (r"国务委员长", "head_of_state", False),
        (r"委员长", "head_of_state", False),
        (r"主席", "head_of_state", False),
        (r"最高领袖", "supreme_leader", False),
        (r"总书记", "head_of_state", False),
        (r"秘书长", "secretary_general", False),
        (r"总理兼外长", "head_of_government", False),
    ],
    "require_state": True,
    #: between the state and the title: 俄罗斯新任总统, 伊朗前外长
    "pre_gap": r"(?:新任|现任|前任|时任|代理|候任|当选|首任|前|代|新)?",
    "honorifics": ["谢赫"],
    #: characters used in transliterated foreign names (Xinhua usage); a run of them is a name
    "translit": (
        "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查柴彻达戴丹道德登迪蒂丁东杜多厄恩尔法凡范菲费芬丰"
        "弗福富盖甘冈戈格根古瓜圭哈海汉豪赫亨洪胡华怀霍基吉加贾杰捷金津卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗"
        "劳勒雷蕾黎里理利莉列林琳玲隆卢鲁路伦罗洛吕马玛迈麦曼芒梅门蒙孟米敏明莫默姆牧穆纳娜奈南内尼宁纽努诺"
        "历山大契娅丽瑞琪茨涅通那"
        "欧帕潘庞培佩彭皮珀普齐奇恰乔切钦琴琼丘萨塞赛桑瑟森沙莎善尚舍什施史舒斯松苏索塔泰坦汤唐特提图托瓦万"
        "旺威韦维温沃乌伍武西希锡席夏谢辛休修雅亚扬耶叶伊因英尤约泽扎詹兹祖佐卓"
    ),
    #: family names that start a Chinese, Korean or Japanese name (尹锡悦, 石破茂)
    "surnames": (
        "李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶"
        "阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖"
        "龚文朴岸菅安岩茂河麻阮裴"
    ),
    #: a character that ends a name (function words, verbs, time words)
    "stop_chars": "在于与和同跟及对向从把被将已曾也还都就又再说称表的了是为今昨上下前后周星月日年等一会访抵致出签举见指宣通发并以而则即均亦率携俩人先女",
    #: characters that never stand inside a Chinese, Korean or Japanese given name
    "inner_stop_chars": "的了是与和及同跟对向从被把将已曾也还都就说称表",
    #: two-character words that end a name even when they start with a transliteration character
    "stop_words": ["特别", "多次", "达成", "加强", "希望", "坦言", "亚洲", "西方", "东方", "南方", "北方", "本人",
                   "本周", "本月", "当天", "当日", "随后", "此前", "此次", "同时", "表示", "政府", "当局", "会见",
                   "会晤", "会谈", "访问", "出席", "签署", "举行", "抵达", "发表", "致电", "通电话", "宣布", "强调",
                   "指出", "提出", "阁下", "先生", "女士", "夫人", "伊始", "明天", "明年", "明确"],
}

TITLES: dict[str, dict] = {"en": EN, "fr": FR, "es": ES, "ru": RU, "ar": AR, "fa": FA, "zh": ZH}
