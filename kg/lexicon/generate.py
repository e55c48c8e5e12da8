"""Regenerate ``data/states.tsv`` from babel's bundled CLDR data.

    python -m kg.lexicon.generate            # rewrite data/states.tsv
    python -m kg.lexicon.generate --check    # exit 1 if the file is stale

CLDR gives each state's standard name in every language we need; the QIDs
below are the only hand-made part. Each was cross-checked against a
Wikidata-derived country table (ISO code -> item); a state whose QID could not
be checked would get an empty qid column rather than a guess. Short and
alternative forms (朝鲜, РФ, USA...) are not CLDR's business: they live in
``data/aliases.tsv``, which this script never touches.
"""
from __future__ import annotations

import argparse
import os
import re
import sys

import babel
from babel import Locale

from kg.lexicon import columns

#: the name columns: every column a supported language reads (kg.lang registry)
LANGS: tuple[str, ...] = columns()
OUT = os.path.join(os.path.dirname(__file__), "data", "states.tsv")

#: ISO 3166-1 alpha-2 -> Wikidata QID: the 193 UN members, the two observer
#: states (Holy See, Palestine), Taiwan and Kosovo.
STATES: dict[str, str] = {
    "AF": "Q889", "AL": "Q222", "DZ": "Q262", "AD": "Q228", "AO": "Q916", "AG": "Q781",
    "AR": "Q414", "AM": "Q399", "AU": "Q408", "AT": "Q40", "AZ": "Q227", "BS": "Q778",
    "BH": "Q398", "BD": "Q902", "BB": "Q244", "BY": "Q184", "BE": "Q31", "BZ": "Q242",
    "BJ": "Q962", "BT": "Q917", "BO": "Q750", "BA": "Q225", "BW": "Q963", "BR": "Q155",
    "BN": "Q921", "BG": "Q219", "BF": "Q965", "BI": "Q967", "CV": "Q1011", "KH": "Q424",
    "CM": "Q1009", "CA": "Q16", "CF": "Q929", "TD": "Q657", "CL": "Q298", "CN": "Q148",
    "CO": "Q739", "KM": "Q970", "CG": "Q971", "CD": "Q974", "CR": "Q800", "CI": "Q1008",
    "HR": "Q224", "CU": "Q241", "CY": "Q229", "CZ": "Q213", "KP": "Q423", "DK": "Q35",
    "DJ": "Q977", "DM": "Q784", "DO": "Q786", "EC": "Q736", "EG": "Q79", "SV": "Q792",
    "GQ": "Q983", "ER": "Q986", "EE": "Q191", "SZ": "Q1050", "ET": "Q115", "FJ": "Q712",
    "FI": "Q33", "FR": "Q142", "GA": "Q1000", "GM": "Q1005", "GE": "Q230", "DE": "Q183",
    "GH": "Q117", "GR": "Q41", "GD": "Q769", "GT": "Q774", "GN": "Q1006", "GW": "Q1007",
    "GY": "Q734", "HT": "Q790", "HN": "Q783", "HU": "Q28", "IS": "Q189", "IN": "Q668",
    "ID": "Q252", "IR": "Q794", "IQ": "Q796", "IE": "Q27", "IL": "Q801", "IT": "Q38",
    "JM": "Q766", "JP": "Q17", "JO": "Q810", "KZ": "Q232", "KE": "Q114", "KI": "Q710",
    "KW": "Q817", "KG": "Q813", "LA": "Q819", "LV": "Q211", "LB": "Q822", "LS": "Q1013",
    "LR": "Q1014", "LY": "Q1016", "LI": "Q347", "LT": "Q37", "LU": "Q32", "MG": "Q1019",
    "MW": "Q1020", "MY": "Q833", "MV": "Q826", "ML": "Q912", "MT": "Q233", "MH": "Q709",
    "MR": "Q1025", "MU": "Q1027", "MX": "Q96", "FM": "Q702", "MD": "Q217", "MC": "Q235",
    "MN": "Q711", "ME": "Q236", "MA": "Q1028", "MZ": "Q1029", "MM": "Q836", "NA": "Q1030",
    "NR": "Q697", "NP": "Q837", "NL": "Q55", "NZ": "Q664", "NI": "Q811", "NE": "Q1032",
    "NG": "Q1033", "MK": "Q221", "NO": "Q20", "OM": "Q842", "PK": "Q843", "PW": "Q695",
    "PA": "Q804", "PG": "Q691", "PY": "Q733", "PE": "Q419", "PH": "Q928", "PL": "Q36",
    "PT": "Q45", "QA": "Q846", "KR": "Q884", "RO": "Q218", "RU": "Q159", "RW": "Q1037",
    "KN": "Q763", "LC": "Q760", "VC": "Q757", "WS": "Q683", "SM": "Q238", "ST": "Q1039",
    "SA": "Q851", "SN": "Q1041", "RS": "Q403", "SC": "Q1042", "SL": "Q1044", "SG": "Q334",
    "SK": "Q214", "SI": "Q215", "SB": "Q685", "SO": "Q1045", "ZA": "Q258", "SS": "Q958",
    "ES": "Q29", "LK": "Q854", "SD": "Q1049", "SR": "Q730", "SE": "Q34", "CH": "Q39",
    "SY": "Q858", "TJ": "Q863", "TZ": "Q924", "TH": "Q869", "TL": "Q574", "TG": "Q945",
    "TO": "Q678", "TT": "Q754", "TN": "Q948", "TR": "Q43", "TM": "Q874", "TV": "Q672",
    "UG": "Q1036", "UA": "Q212", "AE": "Q878", "GB": "Q145", "US": "Q30", "UY": "Q77",
    "UZ": "Q265", "VU": "Q686", "VE": "Q717", "VN": "Q881", "YE": "Q805", "ZM": "Q953",
    "ZW": "Q954",
    # observers and states of limited recognition
    "VA": "Q237", "PS": "Q219060", "TW": "Q865", "XK": "Q1246",
}
NON_MEMBERS = {"VA", "PS", "TW", "XK"}
#: CLDR names that, matched across languages, would name the wrong state
#: (Spanish "Congo" is Congo-Brazzaville; in most news "Congo" is the DRC).
AMBIGUOUS = {"Congo"}


#: CLDR abbreviations news spells out, per column ("St. Kitts & Nevis" -> "Saint Kitts and Nevis")
SPELLED_OUT: dict[str, tuple[tuple[str, str], ...]] = {"en": (("&", "and"), ("St. ", "Saint "))}


def clean(name: str, lang: str) -> list[str]:
    """CLDR display name -> names as articles write them.

    "Myanmar (Burma)" gives both; "St. Kitts & Nevis" also gives "Saint Kitts
    and Nevis"; "Congo - Kinshasa" also gives "Congo-Kinshasa".
    """
    out: list[str] = []
    m = re.match(r"^(.*?)\s*[(（](.*?)[)）]\s*$", name)
    if m and not re.search(r"[（）]", name):
        out += [m.group(1).strip(), m.group(2).strip()]
    else:
        out.append(name.strip())
    more: list[str] = []
    for n in out:
        if " - " in n:
            more.append(n.replace(" - ", "-"))
        for old, new in SPELLED_OUT.get(lang, ()):
            if old in n:
                more.append(n.replace(old, new))
    seen: dict[str, None] = {}
    for n in out + more:
        if n and n not in AMBIGUOUS:
            seen.setdefault(n, None)
    return list(seen)


def render() -> str:
    """The full text of states.tsv."""
    locales = {lang: Locale.parse(lang) for lang in LANGS}
    lines = [
        "# Generated by `python -m kg.lexicon.generate` from babel's CLDR data; do not edit by hand.",
        f"# babel {babel.__version__}",
        "# Names: CLDR display names per language. Extra names go in aliases.tsv.",
        "# QIDs: ISO 3166-1 code -> Wikidata item, cross-checked against a Wikidata-derived",
        "# country table (ISO code, label, QID). See kg/lexicon/generate.py.",
        "\t".join(("key", "qid", "kind", "iso2") + LANGS + ("source",)),
    ]
    for iso, qid in sorted(STATES.items(), key=lambda kv: int(kv[1][1:])):
        names = []
        for lang in LANGS:
            cldr = locales[lang].territories.get(iso, "")
            names.append("|".join(clean(cldr, lang)) if cldr else "")
        status = "observer/limited recognition" if iso in NON_MEMBERS else "UN member"
        en = locales["en"].territories.get(iso, iso)
        source = f"{status}; wikidata item for ISO {iso} ({en}); names CLDR"
        lines.append("\t".join([qid, qid, "state", iso] + names + [source]))
    return "\n".join(lines) + "\n"


def generated_with(path: str = OUT) -> str | None:
    """The babel version recorded in a generated file (CLDR names change between releases)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# babel "):
                return line.split()[2]
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if states.tsv differs from a fresh render")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        with open(OUT, encoding="utf-8") as fh:
            if fh.read() != text:
                print("states.tsv is stale: run python -m kg.lexicon.generate", file=sys.stderr)
                return 1
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(f"wrote {OUT} ({len(STATES)} states)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
