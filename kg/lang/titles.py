"""Titles that introduce a person's name: the format, and the parts shared by languages.

Each language module (``kg.lang.xx``) defines ``TITLES``, a dict with these keys
(a key may be absent); :mod:`kg.persons` applies them:

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


def titles_for(lang: str | None) -> dict | None:
    """The ``TITLES`` dict of ``kg.lang.<lang>`` (None for a language without one)."""
    import importlib
    if lang not in ("en", "fr", "es", "ru", "ar", "fa", "zh"):
        return None
    return importlib.import_module(f"kg.lang.{lang}").TITLES
