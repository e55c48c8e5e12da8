"""The shapes accept a graph built as MODEL.md says and reject the usual mistakes.

Graphs are built by hand here (not by kg.build) so the shapes are tested
against the model, not against whatever the builder happens to emit.
"""
from __future__ import annotations

import logging
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef

import kg.validate as kv
from kg.validate import (ENGINES, SLICE_MISMATCH, ValidationReport, Violation, compact, load_shapes,
                         validate_file, validate_graph)
from kg import vocab
from kg.vocab import KG, KGR, OA, OWL, PROV, RDF, SCHEMA, WD, WDT, bind_prefixes, resource

# A plain Namespace: rdflib's XSD DefinedNamespace warns when pytest probes
# module attributes during collection.
XSD = Namespace(str(vocab.XSD))

BODY = "俄罗斯与朝鲜2024年6月在平壤签署全面战略伙伴关系条约。"
QUOTE = "2024年6月在平壤签署"

# rdflib's own TriG / N-Quads / JSON-LD plugins use its deprecated ConjunctiveGraph API.
pytestmark = pytest.mark.filterwarnings(r"ignore::DeprecationWarning:rdflib\..*")

ARTICLE = resource("article", "000_test")
AGREEMENT = resource("agreement", "Q159_Q423")
SIGNING = URIRef(f"{AGREEMENT}/event/signed")
CLAUSE = URIRef(f"{AGREEMENT}/clause/mutual-defence")
RUSSIA = resource("entity", "Q159")
DPRK = resource("entity", "Q423")
PYONGYANG = resource("entity", "Q18808")
PUTIN = resource("entity", "Q7747")
OUTLET = resource("entity", "outlet:xinhua")
BUILD = resource("build", "0" * 40)
CLAIM = resource("claim", "000_test", "a" * 40)
TARGET = URIRef(f"{CLAIM}/target")
QUOTE_SEL = URIRef(f"{CLAIM}/quote")
POS_SEL = URIRef(f"{CLAIM}/position")


@pytest.fixture(autouse=True)
def _quiet_ill_typed_literals():
    """rdflib logs a traceback for every ill-typed literal; the negative cases make some on purpose."""
    logger = logging.getLogger("rdflib.term")
    old = logger.level
    logger.setLevel(logging.ERROR)
    yield
    logger.setLevel(old)


@pytest.fixture(autouse=True)
def _both_engines(monkeypatch):
    """Every validation in this file runs on every engine, and they must agree: the same
    (focus node, path, constraint, severity) set. The fast engine is the default, pyshacl the
    reference; a case where they differ fails here, whichever test it belongs to."""
    real = kv._validate_one

    def both(graph, shapes, ontology, graph_name, engine=None):
        reports = {name: real(graph, shapes, ontology, graph_name, engine=name) for name in ENGINES}
        found = {name: {(v.focus, v.path, v.component, v.severity) for v in r.violations
                        if not (name == "turbo" and _ill_typed_year(v))}
                 for name, r in reports.items()}
        assert found["turbo"] == found["pyshacl"], (found["turbo"] ^ found["pyshacl"])
        return reports["turbo"]
    monkeypatch.setattr(kv, "_validate_one", both)


_YEARISH = {"gYear": r"-?[0-9]{4,}", "gYearMonth": r"-?[0-9]{4,}-(0[1-9]|1[0-2])"}


def _ill_typed_year(v: Violation) -> bool:
    """The one known difference: SHACL says sh:datatype fails an ill-typed literal, and turbo
    checks xsd:gYear / xsd:gYearMonth lexical forms ("2024-13"), which rdflib, so pyshacl, does
    not. Our sh:pattern on kg:date reports such a date with both engines anyway."""
    import re
    m = re.fullmatch(r'"(.*)"\^\^<http://www.w3.org/2001/XMLSchema#(gYear|gYearMonth)>', v.value or "")
    return bool(m) and v.component in ("sh:OrConstraintComponent", "sh:DatatypeConstraintComponent") \
        and not re.fullmatch(_YEARISH[m.group(2)], m.group(1))


def good_graph() -> Graph:
    """A small article graph following ontology/MODEL.md."""
    g = Graph()
    bind_prefixes(g)
    # article
    g.add((ARTICLE, RDF.type, SCHEMA.NewsArticle))
    g.add((ARTICLE, SCHEMA.headline, Literal("俄朝签署条约", lang="zh")))
    g.add((ARTICLE, SCHEMA.articleBody, Literal(BODY, lang="zh")))
    g.add((ARTICLE, SCHEMA.url, Literal("https://example.org/news/1", datatype=XSD.anyURI)))
    g.add((ARTICLE, SCHEMA.datePublished, Literal("2024-06-20", datatype=XSD.date)))
    g.add((ARTICLE, SCHEMA.inLanguage, Literal("zh")))
    g.add((ARTICLE, SCHEMA.publisher, OUTLET))
    g.add((ARTICLE, KG.fileName, Literal("000_test.txt")))
    g.add((ARTICLE, KG.contentHash, Literal("ab" * 32)))
    g.add((ARTICLE, PROV.wasGeneratedBy, BUILD))
    g.add((BUILD, RDF.type, KG.BuildActivity))
    # entities
    for node, cls, name, qid in [
        (RUSSIA, KG.State, Literal("俄罗斯", lang="zh"), "Q159"),
        (DPRK, KG.State, Literal("朝鲜", lang="zh"), "Q423"),
        (PYONGYANG, SCHEMA.City, Literal("平壤", lang="zh"), "Q18808"),
        (PUTIN, SCHEMA.Person, Literal("普京", lang="zh"), "Q7747"),
    ]:
        g.add((node, RDF.type, cls))
        g.add((node, SCHEMA.name, name))
        g.add((node, OWL.sameAs, WD[qid]))
    g.add((RUSSIA, SCHEMA.name, Literal("Россия", lang="ru")))
    g.add((OUTLET, RDF.type, SCHEMA.NewsMediaOrganization))
    g.add((OUTLET, SCHEMA.name, Literal("新华社", lang="zh")))
    # agreement
    g.add((AGREEMENT, RDF.type, KG.Agreement))
    g.add((AGREEMENT, SCHEMA.name, Literal("全面战略伙伴关系条约", lang="zh")))
    g.add((AGREEMENT, KG.party, RUSSIA))
    g.add((AGREEMENT, KG.party, DPRK))
    g.add((AGREEMENT, KG.status, KG.Signed))
    g.add((AGREEMENT, KG.agreementKind, Literal("treaty")))
    g.add((AGREEMENT, KG.duration, Literal("P20Y", datatype=XSD.duration)))
    g.add((AGREEMENT, KG.hasEvent, SIGNING))
    g.add((AGREEMENT, KG.hasClause, CLAUSE))
    g.add((AGREEMENT, WDT.P1891, PUTIN))
    # event
    g.add((SIGNING, RDF.type, KG.Signing))
    g.add((SIGNING, KG.stage, KG.Signed))
    g.add((SIGNING, KG.date, Literal("2024-06", datatype=XSD.gYearMonth)))
    g.add((SIGNING, KG.place, PYONGYANG))
    g.add((SIGNING, PROV.wasAssociatedWith, PUTIN))
    # clause
    g.add((CLAUSE, RDF.type, KG.Clause))
    g.add((CLAUSE, KG.clauseType, KG.MutualDefence))
    g.add((CLAUSE, KG.obligationPresent, Literal(True)))
    # claim: the signing date, with its evidence
    start = BODY.index(QUOTE)
    g.add((CLAIM, RDF.type, KG.Claim))
    g.add((CLAIM, OA.hasBody, SIGNING))
    g.add((CLAIM, KG.claimProperty, KG.date))
    g.add((CLAIM, KG.claimValue, Literal("2024-06", datatype=XSD.gYearMonth)))
    g.add((CLAIM, KG.attributedTo, OUTLET))
    g.add((CLAIM, OA.hasTarget, TARGET))
    g.add((TARGET, RDF.type, OA.SpecificResource))
    g.add((TARGET, OA.hasSource, ARTICLE))
    g.add((TARGET, OA.hasSelector, QUOTE_SEL))
    g.add((TARGET, OA.hasSelector, POS_SEL))
    g.add((QUOTE_SEL, RDF.type, OA.TextQuoteSelector))
    g.add((QUOTE_SEL, OA.exact, Literal(QUOTE)))
    g.add((POS_SEL, RDF.type, OA.TextPositionSelector))
    g.add((POS_SEL, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
    g.add((POS_SEL, OA.end, Literal(start + len(QUOTE), datatype=XSD.nonNegativeInteger)))
    return g


def _violations(report: ValidationReport, focus: URIRef) -> list[Violation]:
    return [v for v in report.violations if v.focus == str(focus) and v.severity == "Violation"]


def assert_fails_on(report: ValidationReport, focus: URIRef, path: URIRef | None = None,
                    component: str | None = None) -> Violation:
    """The report fails, names ``focus`` in its text, and has a matching violation."""
    assert not report.conforms, report.text()
    assert compact(str(focus)) in report.text()
    hits = [v for v in _violations(report, focus)
            if (path is None or v.path == str(path)) and (component is None or v.component == component)]
    assert hits, report.text()
    assert all(v.message for v in hits)
    return hits[0]


# --- the good graph ---------------------------------------------------------

def test_good_graph_conforms() -> None:
    report = validate_graph(good_graph())
    assert report.conforms, report.text()
    assert report.count("Violation") == 0
    assert report.text().splitlines()[-1].startswith("Conforms")


def test_good_graph_conforms_with_ontology_mixed_in() -> None:
    from kg.validate import load_ontology

    report = validate_graph(good_graph(), ontology=load_ontology())
    assert report.conforms, report.text()


def test_plain_string_and_langstring_labels_both_accepted() -> None:
    g = good_graph()
    g.add((DPRK, SCHEMA.name, Literal("North Korea")))
    g.add((DPRK, SCHEMA.name, Literal("كوريا الشمالية", lang="ar")))
    assert validate_graph(g).conforms


def test_state_without_qid_is_only_a_warning() -> None:
    g = good_graph()
    g.remove((DPRK, OWL.sameAs, None))
    report = validate_graph(g)
    assert report.conforms, report.text()
    assert any(v.severity == "Warning" and v.focus == str(DPRK) for v in report.violations)


# --- agreements -------------------------------------------------------------

def test_agreement_with_one_party_fails() -> None:
    g = good_graph()
    g.remove((AGREEMENT, KG.party, DPRK))
    v = assert_fails_on(validate_graph(g), AGREEMENT, KG.party, "sh:MinCountConstraintComponent")
    assert "two" in v.message


def test_party_that_is_not_a_state_or_organization_fails() -> None:
    g = good_graph()
    g.add((AGREEMENT, KG.party, PYONGYANG))  # a city
    assert_fails_on(validate_graph(g), AGREEMENT, KG.party)


def test_status_not_a_stage_fails() -> None:
    g = good_graph()
    g.remove((AGREEMENT, KG.status, None))
    g.add((AGREEMENT, KG.status, KG.MutualDefence))
    v = assert_fails_on(validate_graph(g), AGREEMENT, KG.status, "sh:InConstraintComponent")
    assert v.value is not None and "MutualDefence" in v.value


def test_two_statuses_fail() -> None:
    g = good_graph()
    g.add((AGREEMENT, KG.status, KG.InForce))
    assert_fails_on(validate_graph(g), AGREEMENT, KG.status, "sh:MaxCountConstraintComponent")


def test_agreement_without_name_fails() -> None:
    g = good_graph()
    g.remove((AGREEMENT, SCHEMA.name, None))
    assert_fails_on(validate_graph(g), AGREEMENT, SCHEMA.name)


def test_bad_duration_fails() -> None:
    g = good_graph()
    g.remove((AGREEMENT, KG.duration, None))
    g.add((AGREEMENT, KG.duration, Literal("20 years")))
    assert_fails_on(validate_graph(g), AGREEMENT, KG.duration)


def test_untyped_agreement_is_still_checked() -> None:
    g = good_graph()
    g.remove((AGREEMENT, RDF.type, KG.Agreement))
    g.remove((AGREEMENT, KG.party, DPRK))
    assert_fails_on(validate_graph(g), AGREEMENT, KG.party)


# --- events -----------------------------------------------------------------

@pytest.mark.parametrize("date", [
    Literal("去年七月", datatype=XSD.date),
    Literal("2024-13-45", datatype=XSD.date),
    Literal("2024-13", datatype=XSD.gYearMonth),
    Literal("24", datatype=XSD.gYear),
    Literal("2024-06-20"),  # right form, wrong datatype
])
def test_malformed_event_date_fails(date: Literal) -> None:
    g = good_graph()
    g.remove((SIGNING, KG.date, None))
    g.add((SIGNING, KG.date, date))
    assert_fails_on(validate_graph(g), SIGNING, KG.date)


@pytest.mark.parametrize("date", [
    Literal("2024", datatype=XSD.gYear),
    Literal("2024-06-19", datatype=XSD.date),
])
def test_other_date_precisions_conform(date: Literal) -> None:
    g = good_graph()
    g.remove((SIGNING, KG.date, None))
    g.add((SIGNING, KG.date, date))
    report = validate_graph(g)
    assert report.conforms, report.text()


def test_event_without_stage_fails() -> None:
    g = good_graph()
    g.remove((SIGNING, KG.stage, None))
    assert_fails_on(validate_graph(g), SIGNING, KG.stage, "sh:MinCountConstraintComponent")


def test_signatory_must_be_a_person() -> None:
    g = good_graph()
    g.add((SIGNING, PROV.wasAssociatedWith, RUSSIA))
    assert_fails_on(validate_graph(g), SIGNING, PROV.wasAssociatedWith)


# --- clauses ----------------------------------------------------------------

def test_clause_needs_boolean_obligation() -> None:
    g = good_graph()
    g.remove((CLAUSE, KG.obligationPresent, None))
    g.add((CLAUSE, KG.obligationPresent, Literal("yes")))
    assert_fails_on(validate_graph(g), CLAUSE, KG.obligationPresent)


# --- entities ---------------------------------------------------------------

@pytest.mark.parametrize("same_as", [WD.P31, WD.Qabc, WD.Q0, URIRef("https://www.wikidata.org/wiki/Q159")])
def test_bad_qid_fails(same_as: URIRef) -> None:
    g = good_graph()
    g.remove((RUSSIA, OWL.sameAs, None))
    g.add((RUSSIA, OWL.sameAs, same_as))
    v = assert_fails_on(validate_graph(g), RUSSIA, OWL.sameAs, "sh:PatternConstraintComponent")
    assert "wikidata" in v.message.lower()


def test_entity_without_name_fails() -> None:
    g = good_graph()
    g.remove((PUTIN, SCHEMA.name, None))
    assert_fails_on(validate_graph(g), PUTIN, SCHEMA.name)


# --- articles ---------------------------------------------------------------

def test_article_checks() -> None:
    g = good_graph()
    g.add((ARTICLE, SCHEMA.articleBody, Literal("second body")))
    g.remove((ARTICLE, SCHEMA.inLanguage, None))
    g.add((ARTICLE, SCHEMA.inLanguage, Literal("Chinese")))
    report = validate_graph(g)
    assert_fails_on(report, ARTICLE, SCHEMA.articleBody, "sh:MaxCountConstraintComponent")
    assert_fails_on(report, ARTICLE, SCHEMA.inLanguage, "sh:PatternConstraintComponent")


# --- claims -----------------------------------------------------------------

def test_dangling_evidence_fails() -> None:
    g = good_graph()
    g.remove((TARGET, OA.hasSource, None))
    g.add((TARGET, OA.hasSource, resource("article", "not_in_graph")))
    report = validate_graph(g)
    v = assert_fails_on(report, TARGET, OA.hasSource, "sh:ClassConstraintComponent")
    assert "NewsArticle" in v.message
    assert _violations(report, CLAIM)  # the claim is named too (via sh:node)


def test_slice_mismatch_fails() -> None:
    g = good_graph()
    g.remove((QUOTE_SEL, OA.exact, None))
    g.add((QUOTE_SEL, OA.exact, Literal("2024年7月在平壤签署")))
    report = validate_graph(g)
    v = assert_fails_on(report, CLAIM, OA.exact, SLICE_MISMATCH)
    assert QUOTE in v.message  # says what the text really reads
    assert report.count("Violation") == 1  # SHACL itself is satisfied


def test_start_not_before_end_fails() -> None:
    g = good_graph()
    g.remove((POS_SEL, OA.end, None))
    g.add((POS_SEL, OA.end, Literal(0, datatype=XSD.nonNegativeInteger)))
    assert_fails_on(validate_graph(g), POS_SEL, OA.start, "sh:LessThanConstraintComponent")


def test_claim_missing_value_and_quote_selector_fails() -> None:
    g = good_graph()
    g.remove((CLAIM, KG.claimValue, None))
    g.remove((TARGET, OA.hasSelector, QUOTE_SEL))
    report = validate_graph(g)
    assert_fails_on(report, CLAIM, KG.claimValue, "sh:MinCountConstraintComponent")
    assert_fails_on(report, TARGET, OA.hasSelector)


def test_blank_node_agreement_fails() -> None:
    g = good_graph()
    b = BNode()
    for p, o in list(g.predicate_objects(AGREEMENT)):
        g.add((b, p, o))
    report = validate_graph(g)
    assert not report.conforms
    assert any(v.focus == f"_:{b}" and v.component == "sh:NodeKindConstraintComponent"
               for v in report.violations)


# --- report and files -------------------------------------------------------

def test_report_text_is_one_line_per_violation_plus_summary() -> None:
    g = good_graph()
    g.remove((AGREEMENT, KG.party, DPRK))
    report = validate_graph(g)
    lines = report.text().splitlines()
    assert len(lines) == len(report.violations) + 1
    assert lines[-1].startswith("Does not conform")
    assert any(line.startswith("[Violation] kgr:agreement/Q159_Q423 kg:party:") for line in lines)


def test_load_shapes_parses() -> None:
    shapes = load_shapes()
    assert len(shapes) > 100


@pytest.mark.parametrize("suffix,fmt", [(".ttl", "turtle"), (".nt", "nt"), (".jsonld", "json-ld")])
def test_validate_file_single_graph(tmp_path: Path, suffix: str, fmt: str) -> None:
    g = good_graph()
    path = tmp_path / f"graph{suffix}"
    g.serialize(path, format=fmt, encoding="utf-8")
    report = validate_file(path)
    assert report.conforms, report.text()
    bad = good_graph()
    bad.remove((AGREEMENT, KG.party, DPRK))
    bad.serialize(path, format=fmt, encoding="utf-8")
    assert_fails_on(validate_file(path), AGREEMENT, KG.party)


@pytest.mark.parametrize("suffix,fmt", [(".trig", "trig"), (".nq", "nquads")])
def test_validate_file_per_named_graph(tmp_path: Path, suffix: str, fmt: str) -> None:
    """Each named graph stands alone: the article lives in graph A, so a claim in graph B dangles."""
    good = good_graph()
    ds = Dataset()
    bind_prefixes(ds)
    name_a = KGR["graph/article/000_test"]
    name_b = KGR["graph/article/001_test"]
    ga = ds.graph(name_a)
    for t in good:
        ga.add(t)
    gb = ds.graph(name_b)
    for t in good.triples((None, None, None)):
        if t[0] in (CLAIM, TARGET, QUOTE_SEL, POS_SEL):
            gb.add(t)
    path = tmp_path / f"graph{suffix}"
    ds.serialize(path, format=fmt)
    report = validate_file(path)
    assert not report.conforms
    bad = [v for v in report.violations if v.severity == "Violation"]
    assert bad and all(v.graph == str(name_b) for v in bad), report.text()
    assert "kgr:graph/article/001_test | " in report.text()


def test_validate_file_rejects_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "graph.xyz"
    path.write_text("")
    with pytest.raises(ValueError):
        validate_file(path)


def test_validate_graph_accepts_dataset() -> None:
    ds = Dataset()
    g = ds.graph(KGR["graph/merged"])
    for t in good_graph():
        g.add(t)
    report = validate_graph(ds)
    assert report.conforms, report.text()


def test_engines_agree_on_a_built_graph_with_planted_violations() -> None:
    """The builder's own output for the seeds, with one mistake of each kind planted in it
    (the autouse fixture compares the engines on it)."""
    from kg.pipeline import build
    from conftest import SEEDS
    graph = build([str(SEEDS)], validate=False).export
    assert validate_graph(graph).conforms
    agreement = next(graph.subjects(RDF.type, KG.Agreement))
    event = next(graph.objects(agreement, KG.hasEvent))
    entity = next(graph.subjects(RDF.type, KG.State))
    graph.remove((agreement, KG.status, None))
    graph.add((agreement, KG.status, KG.Signed))
    graph.add((agreement, KG.status, KG.Planned))
    graph.set((event, KG.date, Literal("2024-02-30", datatype=XSD.date)))
    graph.remove((entity, SCHEMA.name, None))
    graph.add((agreement, KG.duration, Literal("ten years", datatype=XSD.duration)))
    report = validate_graph(graph)
    failed = {(v.focus, v.path) for v in report.violations if v.severity == "Violation"}
    assert {(str(agreement), str(KG.status)), (str(event), str(KG.date)), (str(entity), str(SCHEMA.name)),
            (str(agreement), str(KG.duration))} <= failed, report.text()


def test_an_unknown_engine_is_one_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown SHACL engine"):
        kv._engine("fast")


@pytest.mark.parametrize("plant", ["none", "party", "slice", "date"])
def test_triples_validated_as_pyoxigraph_give_the_report_of_the_rdflib_graph(plant: str) -> None:
    """What build workers run (validate_triples: turbo over a pyoxigraph store, our evidence
    check over its terms) reports what validate_graph reports for the same graph."""
    import pyoxigraph as ox
    from kg.terms import to_ox
    g = good_graph()
    if plant == "party":
        g.remove((AGREEMENT, KG.party, None))
    elif plant == "slice":
        g.set((POS_SEL, OA.start, Literal(0, datatype=XSD.nonNegativeInteger)))
    elif plant == "date":
        g.set((SIGNING, KG.date, Literal("2024-02-30", datatype=XSD.date)))
    triples = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in g]
    keys = {name: {(v.focus, v.path, v.component, v.severity) for v in report.violations}
            for name, report in (("triples", kv.validate_triples(triples, engine="turbo")),
                                 ("graph", validate_graph(g)))}
    assert keys["triples"] == keys["graph"]
    assert bool(keys["graph"]) == (plant != "none")
