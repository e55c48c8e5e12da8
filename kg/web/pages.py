"""The four browse pages as data: what each shows, read through canned queries.

Each builder returns a :class:`Page`: the template's context and the page's table (the rows
its JSON and CSV downloads give). Lookups are batched per page (one ``names`` query for every
node on it), never one query per row.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Optional

from kg.build import STAGE_IRI, STAGE_OF
from kg.canned import get_query
from kg.doc import STAGES
from kg.query import compact_iri
from kg.vocab import KG, SIGNATORY
from kg.web import svg
from kg.web.data import (AGREEMENT, ARTICLE, ENTITY, MERGED, Name, Names, Reader, direction, iso_of,
                         local_name, sparql_string)

PAGE_SIZE = 50
LIST_QUERY = "agreements (filtered, one page)"


class NotFound(Exception):
    """No such agreement, state or article in the graph."""


@dataclass
class Page:
    template: str
    context: dict
    table: tuple[tuple[str, ...], list[dict]] = ((), [])
    #: the label of the query whose rows the table is (the downloads say which)
    table_query: str = ""


def href(iri: Optional[str]) -> Optional[str]:
    """The browse page of an agreement, a party (state or organisation) or an article IRI."""
    if not iri:
        return None
    if iri.startswith(AGREEMENT) and "/event/" not in iri and "/clause/" not in iri:
        return "/agreement/" + iri[len(AGREEMENT):]
    for base, path in ((ENTITY, "/state/"), (ARTICLE, "/article/")):
        if iri.startswith(base):
            return path + iri[len(base):]
    return None


def stage(iri: Optional[str]) -> Optional[str]:
    return STAGE_OF.get(iri or "")


@dataclass(frozen=True)
class Party:
    iri: str
    name: Name
    iso: Optional[str]
    wikidata: Optional[str]
    href: Optional[str]

    @property
    def key(self) -> str:
        """Its id in page paths and the list's state filter (Q159, or a local key)."""
        return local_name(self.iri)


def party(names: Names, iri: str, lang: str, fallbacks: tuple[str, ...] = (), link: bool = True) -> Party:
    """A party or signatory as shown: name for the reader, ISO code, Wikidata item, its page."""
    wikidata = names.wikidata(iri)
    return Party(iri, names.pick(iri, lang, fallbacks), iso_of(iri, wikidata), wikidata,
                 href(iri) if link and iri.startswith(ENTITY) else None)


# -- the list -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Filters:
    state: Optional[str] = None      # an entity's local name: a QID such as Q159, or a local key
    stage: Optional[str] = None      # planned, signed...
    year: Optional[str] = None       # of the signing
    language: Optional[str] = None   # of a reporting article
    search: str = ""                 # in any of the agreement's names
    oldest_first: bool = False
    page: int = 1


def list_query(f: Filters) -> str:
    """The canned ``agreements`` query, filtered, sorted and cut to one page (LIMIT/OFFSET)."""
    merged = f"GRAPH <{MERGED}>"
    conditions = []
    if f.state:
        conditions.append(f"FILTER EXISTS {{ {merged} {{ ?agreement kg:party <{ENTITY}{f.state}> }} }}")
    if f.stage:
        conditions.append(f"FILTER(?status = <{STAGE_IRI[f.stage]}>)")
    if f.year:
        conditions.append(f'FILTER(STRSTARTS(STR(?signed_on), "{int(f.year):04d}"))')
    if f.language:
        conditions.append(f"FILTER EXISTS {{ {merged} {{ ?agreement kg:reportedIn ?in_article }}\n"
                          f"    GRAPH ?in_graph {{ ?in_article schema:inLanguage {sparql_string(f.language)} }} }}")
    if f.search:
        conditions.append(f"FILTER EXISTS {{ {merged} {{ ?agreement schema:name ?any_name }}\n"
                          f"    FILTER(CONTAINS(LCASE(STR(?any_name)), {sparql_string(f.search.lower())})) }}")
    order = "(!BOUND(?signed_on)) STR(?signed_on)" if f.oldest_first else "DESC(STR(?signed_on))"
    body = get_query("agreements").text.strip()
    return (f"SELECT * WHERE {{\n  {{\n{body}\n  }}\n  " + "\n  ".join(conditions) +
            f"\n}}\nORDER BY {order} ?agreement\nLIMIT {PAGE_SIZE + 1} OFFSET {(f.page - 1) * PAGE_SIZE}\n")


def agreements_page(reader: Reader, f: Filters, lang: str) -> Page:
    found = reader.run(LIST_QUERY, list_query(f))
    more, rows = len(found) > PAGE_SIZE, found[:PAGE_SIZE]
    parties = reader.canned("parties")
    languages = reader.canned("languages")
    nodes = [r["agreement"] for r in rows] + [p for r in rows for p in (r["parties"] or "").split()] + \
        [r["signed_at"] for r in rows] + [p["party"] for p in parties]
    names = Names.read(reader, nodes)
    items = [{"href": href(r["agreement"]), "name": names.pick(r["agreement"], lang),
              "parties": [party(names, p, lang) for p in sorted((r["parties"] or "").split())],
              "stage": stage(r["status"]), "signed_on": r["signed_on"],
              "signed_at": names.pick(r["signed_at"], lang) if r["signed_at"] else None,
              "sources": int(r["sources"] or 0), "languages": int(r["languages"] or 0)} for r in rows]
    choices = sorted((party(names, p["party"], lang) for p in parties), key=lambda p: (p.iso or "~", p.name.text))
    return Page("agreements.html", {"items": items, "filters": f, "more": more, "states": choices,
                                    "stages": STAGES, "source_languages": [r["language"] for r in languages]},
                (found.variables, rows), LIST_QUERY)


# -- one agreement --------------------------------------------------------------------------

def agreement_page(reader: Reader, key: str, lang: str) -> Page:
    iri = AGREEMENT + key
    facts = reader.canned("agreement", agreement=iri)
    if not facts:
        raise NotFound(f"no agreement {key}")
    timeline = reader.canned("timeline", agreement=iri)
    sources = reader.canned("sources", agreement=iri)
    evidence = reader.canned("evidence", agreement=iri)
    conflicts = reader.canned("agreement-conflicts", agreement=iri)
    by_node: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r in facts:
        by_node[r["node"]][r["property"]].append(r["value"])
    top = by_node[iri]
    article_langs = tuple(dict.fromkeys(s["language"] for s in sources if s["language"]))
    entity_values = {v for props in by_node.values() for vs in props.values() for v in vs if v.startswith(ENTITY)}
    names = Names.read(reader, [iri, *entity_values])
    pick = lambda node: names.pick(node, lang, article_langs)  # noqa: E731
    events = _events(timeline)
    signing = next((by_node[e] for e in top.get(str(KG.hasEvent), []) if str(KG.Signing) in
                    by_node[e].get("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", [])), {})
    clauses = [{"type": compact_iri(c.get(str(KG.clauseType), [""])[0]),
                "present": c.get(str(KG.obligationPresent), [None])[0]}
               for c in (by_node[n] for n in top.get(str(KG.hasClause), []))]
    source_of = {s["article"]: s for s in sources}
    context = {
        "iri": iri, "name": pick(iri), "other_names": names.all(iri),
        "kind": (top.get(str(KG.agreementKind)) or [None])[0], "stage": stage((top.get(str(KG.status)) or [None])[0]),
        "parties": [party(names, p, lang, article_langs) for p in sorted(top.get(str(KG.party), []))],
        "signatories": [party(names, p, lang, article_langs, link=False) for p in sorted(top.get(str(SIGNATORY), []))],
        "signed_on": (signing.get(str(KG.date)) or [None])[0],
        "signed_at": [pick(p) for p in signing.get(str(KG.place), [])],
        "duration": _duration((top.get(str(KG.duration)) or [None])[0]),
        "clauses": clauses,
        "timeline": svg.timeline([svg.Event(e["stage"], e["date"], href(e["articles"][0]) if e["articles"] else None,
                                            len(e["articles"])) for e in events]),
        "events": [{**e, "precision": svg.precision(e["date"]) if e["date"] else None,
                    "articles": [_source(source_of, a) for a in e["articles"]]} for e in events],
        "conflicts": [{"about": _about(c["body"]), "property": compact_iri(c["property"]),
                       "a": {"value": c["value"], "source": _source(source_of, c["article"]), "quote": c["quote"]},
                       "b": {"value": c["other"], "source": _source(source_of, c["other_article"]),
                             "quote": c["other_quote"]}} for c in conflicts],
        "sources": _sources(sources, evidence, iri),
    }
    return Page("agreement.html", context, (evidence.variables, list(evidence)), "evidence")


def _events(timeline) -> list[dict]:
    """The timeline rows (one per event and article) as one entry per stage, in lifecycle order."""
    out: dict[str, dict] = {}
    for r in timeline:
        s = stage(r["stage"])
        if s is None:
            continue
        e = out.setdefault(s, {"stage": s, "date": r["date"], "articles": []})
        if r["article"] and r["article"] not in e["articles"]:
            e["articles"].append(r["article"])
    return [out[s] for s in STAGES if s in out]


def _duration(value: Optional[str]) -> Optional[str]:
    m = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?", value or "")
    if not m:
        return value
    parts = [f"{n} {unit}{'s' * (int(n) != 1)}" for n, unit in zip(m.groups(), ("year", "month", "day")) if n]
    return ", ".join(parts) or value


def _about(body: str) -> str:
    """What a claim is about: "agreement", or the event or clause (signed, mutual-defence)."""
    m = re.search(r"/(?:event|clause)/([^/]+)$", body)
    return m.group(1) if m else "agreement"


def _source(source_of: dict, article: Optional[str]) -> dict:
    s = source_of.get(article or "", {})
    return {"href": href(article), "headline": Name(s.get("headline") or local_name(article or ""), s.get("language")),
            "published": s.get("published"), "publisher": s.get("publisher")}


def _sources(sources, evidence, agreement: str) -> list[dict]:
    """Every reporting article with its evidence sentences (each once, with the facts it gives)."""
    quotes: dict[str, dict[tuple, dict]] = defaultdict(dict)
    for r in evidence:
        key = (int(r["start"]), int(r["end"]))
        q = quotes[r["article"]].setdefault(key, {"text": r["quote"], "start": key[0], "end": key[1], "facts": []})
        fact = f"{_about(r['body'])} {compact_iri(r['property'])} = {_short(r['value'])}"
        if fact not in q["facts"]:
            q["facts"].append(fact)
    out = []
    for s in sources:
        lang = s["language"]
        out.append({"href": href(s["article"]), "headline": Name(s["headline"] or local_name(s["article"]), lang),
                    "published": s["published"], "publisher": s["publisher"], "url": s["url"], "lang": lang,
                    "dir": direction(lang), "quotes": [quotes[s["article"]][k] for k in sorted(quotes[s["article"]])]})
    return out


def _short(value: str) -> str:
    return local_name(value) if value.startswith(("http://", "https://")) else value


# -- one state ------------------------------------------------------------------------------

#: partners drawn in the network picture (the list below it has them all)
NETWORK_SIZE = 40


def state_page(reader: Reader, key: str, lang: str) -> Page:
    iri = ENTITY + key
    agreements = reader.canned("agreements-of-state", state=iri)
    if not agreements:
        raise NotFound(f"no agreements of {key}")
    partners = reader.canned("partners-of-state", state=iri)
    names = Names.read(reader, [iri] + [r["agreement"] for r in agreements] + [r["partner"] for r in partners])
    me = party(names, iri, lang)
    with_whom: dict[str, list[str]] = defaultdict(list)
    for r in partners:
        with_whom[r["agreement"]].append(r["partner"])
    items = [{"href": href(r["agreement"]), "name": names.pick(r["agreement"], lang), "stage": stage(r["status"]),
              "signed_on": r["signed_on"], "partners": [party(names, p, lang) for p in sorted(with_whom[r["agreement"]])]}
             for r in agreements]
    count: dict[str, int] = defaultdict(int)
    for r in partners:
        count[r["partner"]] += 1
    drawn = sorted(count, key=lambda p: (-count[p], p))[:NETWORK_SIZE]
    nodes = [svg.Node(p, _label(party(names, p, lang)), href(p)) for p in sorted(drawn, key=lambda p: _label(party(names, p, lang)))]
    edges = [svg.Edge(r["partner"], stage(r["status"]), href(r["agreement"]),
                      f"{names.pick(r['agreement'], lang).text} ({stage(r['status']) or 'stage unknown'})")
             for r in partners if r["partner"] in drawn]
    picture = svg.network(svg.Node(iri, _label(me)), nodes, edges)
    return Page("state.html", {"state": me, "items": items, "network": picture, "partners": len(count),
                               "drawn": len(drawn)}, (agreements.variables, list(agreements)), "agreements-of-state")


def _label(p: Party) -> str:
    return f"{p.name.text} {p.iso}" if p.iso else p.name.text


# -- one article ----------------------------------------------------------------------------

def article_page(reader: Reader, key: str, lang: str) -> Page:
    iri = ARTICLE + key
    found = reader.canned("article", article=iri)
    if not found:
        raise NotFound(f"no article {key}")
    art = found[0]
    facts = reader.canned("facts-of-article", article=iri)
    merged = [r["agreement"] for r in reader.canned("agreements-of-article", article=iri)]
    language = art["language"]

    def merged_node(body: str) -> Optional[str]:
        """The merged agreement a claim's node belongs to: the article names it by its parties
        (agreement/Q159_Q794), the merged graph may add a year (agreement/Q159_Q794/2025)."""
        if not body.startswith(AGREEMENT):
            return None
        local = re.sub(r"/(?:event|clause)/[^/]+$", "", body)
        return next((m for m in merged if m == local or m.startswith(local + "/")), None)

    names = Names.read(reader, {r["value"] for r in facts if r["value"].startswith(ENTITY)} | set(merged))
    body = art["body"] or ""

    def shown(value: str) -> str:
        return names.pick(value, language or lang).text if value.startswith(ENTITY) else _short(value)

    rows = []
    for r in facts:
        agreement = merged_node(r["body"])
        rows.append({"agreement": names.pick(agreement, language or lang) if agreement else None,
                     "agreement_href": href(agreement), "node": _about(r["body"]) if agreement else
                     _short(r["body"]), "property": compact_iri(r["property"]), "value": shown(r["value"]),
                     "start": int(r["start"]), "end": int(r["end"])})
    return Page("article.html", {"iri": iri, "headline": Name(art["headline"] or key, language), "text_lang": language,
                                 "dir": direction(language), "published": art["published"], "url": art["url"],
                                 "file": art["file"], "segments": underline(body, rows), "facts": rows},
                (facts.variables, list(facts)), "facts-of-article")


def underline(text: str, facts: list[dict]) -> list[dict]:
    """The text cut where a fact's span starts or ends: each piece with the facts it carries
    (none: plain text). Offsets index the text as the graph stores it."""
    cuts = sorted({0, len(text)} | {min(max(0, f[k]), len(text)) for f in facts for k in ("start", "end")})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        on = [f for f in facts if f["start"] <= a and b <= f["end"]]
        label = "; ".join(dict.fromkeys(f"{f['property']} = {f['value']}" for f in on))
        out.append({"text": text[a:b], "facts": len(on), "title": label, "start": a, "end": b})
    return out
