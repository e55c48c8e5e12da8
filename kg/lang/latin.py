"""Data shared by the languages written in Latin script (English, French, Spanish, German).

Name shapes are the same across them: capitalised words, lower-case particles
(bin, al, van, de), honorifics before a name. Each language adds its own
function words and office words to ``STOP``.
"""
from __future__ import annotations

#: capitalised words that end or refuse a name, whatever the Latin-script language
STOP: tuple[str, ...] = (
    # articles, pronouns, conjunctions, prepositions (sentence-initial or title case)
    "The", "A", "An", "And", "Or", "But", "On", "In", "At", "Of", "For", "To", "With", "By", "From",
    "As", "After", "Before", "During", "Over", "Under", "Into", "Amid", "Since", "While", "When",
    "He", "She", "His", "Her", "It", "Its", "They", "Their", "We", "Our", "This", "That", "These", "Those",
    "Le", "La", "Les", "L'", "Un", "Une", "Des", "Du", "Et", "Ou", "Mais", "Il", "Elle", "Ils", "Ce", "Cette",
    "Leur", "Leurs", "Selon", "Lors", "Après", "Avant", "Pour", "Dans", "Sur", "Avec", "Par",
    "El", "Los", "Las", "Una", "Y", "O", "Pero", "Según", "Tras", "Durante", "Para", "Con", "Por", "En",
    "Der", "Die", "Das", "Und", "Mit", "Von", "Im", "Am", "Zum", "Zur", "Nach", "Bei",
    # days and months
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Today", "Yesterday", "Tomorrow",
    "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche",
    "Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo",
    "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
    # verbs and adverbs that follow a name in title-case text
    "Said", "Says", "Say", "Will", "Would", "Has", "Have", "Had", "Was", "Were", "Is", "Are", "Be",
    "Also", "Not", "Signs", "Signed", "Sign", "Meets", "Met", "Visits", "Visited", "Calls", "Called",
    # office words: a title followed by another office word is no name
    "President", "Presidents", "Vice", "Prime", "Minister", "Ministers", "Ministry", "Foreign", "Defence",
    "Defense", "Affairs", "Secretary", "General", "State", "Crown", "Prince", "King", "Queen", "Emir",
    "Chancellor", "Chief", "Deputy", "Acting", "Former", "Elect", "Office", "Government", "Administration",
    "Cabinet", "Council", "Parliament", "Assembly", "Spokesman", "Spokeswoman", "Spokesperson",
    "Republic", "Kingdom", "Federation", "Union", "United", "National", "Democratic", "People's",
    "Party", "Army", "Forces", "Palace", "University", "Airport", "International", "Street",
    "Avenue", "Road", "Bridge", "Hospital", "Center", "Centre", "Square", "Hall", "Stadium", "Foundation",
    "Award", "Prize", "Park", "Base", "Port", "City", "Mosque", "Institute", "College", "School", "Library",
    "Museum", "Boulevard", "Highway", "Tower", "Complex", "Hotel", "Club", "Cup", "Trophy", "Medal", "Order",
    "Fund", "Initiative", "Program", "Programme", "Doctrine", "Plan", "Era", "Later", "However", "Meanwhile",
    "Earlier", "Then", "Both", "Still", "Yet", "Now", "Here", "There", "House", "Embassy", "Summit",
    "Agreement", "Treaty", "Pact", "Accord", "Protocol", "Convention", "Charter", "Memorandum", "Deal",
    "Président", "Présidente", "Ministre", "Premier", "Première", "Affaires", "Étrangères", "Défense",
    "Armées", "Gouvernement", "Presidente", "Presidenta", "Ministro", "Ministra", "Primer", "Primera",
    "Asuntos", "Exteriores", "Relaciones", "Defensa", "Gobierno", "Canciller", "Estado", "Kanzler",
    "Bundeskanzler", "Bundeskanzlerin", "Kanzlerin", "Außenminister", "Außenministerin", "Verteidigungsminister",
    "Regierung", "Präsident", "Präsidentin", "Ministerpräsident", "Premierminister", "Minister", "Ministerin",
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "M.", "Mme", "Sr.", "Sra.", "Herr", "Frau",
)
#: forms of address before a family name, in every Latin-script language
COURTESY: tuple[str, ...] = ("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "M.", "Mme", "Mme.",
                             "Sr.", "Sra.", "Herr", "Frau", "Gen.", "Col.", "Capt.", "Lt.")

HONORIFICS: tuple[str, ...] = (
    "Sheikh", "Sheikha", "Sheik", "Cheikh", "Jeque", "Dr.", "Dr", "Prof.", "Sir", "Dame",
    "Ayatollah", "Ayatolá", "Prince", "Princess", "Príncipe", "Princesse",
    "General", "Gen.", "Général", "Marshal", "Field Marshal", "Maréchal", "Mariscal",
    "Admiral", "Amiral", "Almirante", "Colonel", "Col.", "Captain", "Capitaine", "Capitán", "Coronel",
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "M.", "Mme", "Mme.", "Sr.", "Sra.", "Herr", "Frau",
)
PARTICLES: tuple[str, ...] = (
    "bin", "ben", "bint", "ibn", "al", "Al", "el", "El", "ould", "de", "del", "della", "di", "da",
    "dos", "das", "do", "van", "von", "der", "den", "ter", "la", "le", "du", "mac",
)
PARTICLE_PREFIXES: tuple[str, ...] = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ben", "abu", "d'")
#: how titles, signatures and abbreviations are punctuated in Latin-script news
ABBREVIATIONS: tuple[str, ...] = (
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Capt", "Sgt", "Prof", "Rep", "Sen", "Gov",
    "Mt", "No", "vs", "etc", "Inc", "Co", "Corp", "Ltd", "U.S", "U.K", "U.N", "E.U", "Jan", "Feb", "Mar",
    "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "M", "Mme", "Sra", "Sres", "Dña", "Av",
    "art", "Art", "p", "pp", "ca", "approx", "Nr", "bzw", "ggf",
)
QUOTES: tuple[tuple[str, str], ...] = (('"', '"'), ("“", "”"), ("«", "»"), ("‘", "’"), ("'", "'"))


def romance_forms(base: str, lang: str) -> list[str]:
    """Gender and number forms of a French, Spanish or English demonym from its base form."""
    forms = [base]
    if lang == "fr":
        forms += [base + "s"]
        if not base.endswith("e"):
            forms += [base + "e", base + "es"]
        if base.endswith(("en", "éen")):
            forms += [base + "ne", base + "nes"]
    elif lang == "es":
        if base.endswith("o"):
            forms += [base[:-1] + s for s in ("a", "os", "as")]
        elif base.endswith(("í", "ú")):
            forms += [base + "es", base + "s"]
        elif base.endswith("és"):
            forms += [base[:-2] + s for s in ("esa", "eses", "esas")]
        elif base.endswith("án"):
            forms += [base[:-2] + s for s in ("ana", "anes", "anas")]
        elif base.endswith("e"):
            forms += [base + "s"]
        else:
            forms += [base + "es"]
    elif lang == "en" and base.endswith(("n", "i")):
        forms += [base + "s"]  # Russians, Iranians, Saudis
    elif lang == "de":
        forms += [base + e for e in ("e", "en", "er", "es", "em")]
    return forms

#: "MOSCOW (Reuters) -", "CIUDAD DE MÉXICO (EL UNIVERSAL).-": a city in capitals or title case, the
#: credit in brackets, then a dash
DATELINES: tuple[str, ...] = (
    r"^(?-i:[A-ZÀ-Þ])[\w.'’ -]{1,40}?(?:,\s*[\w .'’-]{2,30}?)?\s*\((?P<name>[^()]{2,40})\)\s*\.?\s*[-–—:]+",
    r"^\((?P<name>[^()]{2,30})\)\s*\.?\s*[-–—:]+",  # "(AP) —", "(Reuters) -" without a city
)
#: "NEW DELHI, Jan 5 (IANS) India and ...": a capitalised city and a credit with no dash
KNOWN_DATELINES: tuple[str, ...] = (
    r"^(?-i:[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,30}),\s*[\w .'’-]{2,30}?\s*\((?P<name>[^()]{2,40})\)\s+(?=(?-i:[A-ZÀ-Þ]))",
    r"^\((?P<name>[^()]{2,30})\)\s+(?=(?-i:[A-ZÀ-Þ]))",
    # "Nairobi, March 3 (AFP) Kenya and ...": a city in capitals and small letters, then a date
    r"^(?-i:[A-ZÀ-Þ][a-zß-ÿ'’-]{2,20})(?: (?-i:[A-ZÀ-Þ][a-zß-ÿ'’-]{2,20}))?,\s*[\w .'’-]{0,15}\d{1,2}[\w .'’-]{0,12}?"
    r"\s*\((?P<name>[^()]{2,40})\)\s+(?=(?-i:[A-ZÀ-Þ]))",
)
