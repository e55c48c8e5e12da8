"""The link and build stages on their own."""
from rdflib import Literal

from kg.build import agreement_iri, build_article_graph, date_literal, entity_iri
from kg.merge import MERGED, consistent_date
from kg.store import GraphStore
from kg.terms import to_rdflib
from kg.doc import AgreementRecord, Claim, Span
from kg.extract import extract
from kg.link import link, local_key
from kg.read import read_text
from kg import vocab
from kg.vocab import KG, OA, SCHEMA


def _doc(text: str, lang: str, url: str | None = None, publisher: list[str] | None = None):
    doc = read_text(text, "a.txt")
    doc.language, doc.url, doc.publisher_names = lang, url, publisher or []
    return link(extract(doc))


def test_publisher_from_the_url_host_and_agencies_cited():
    doc = _doc("标题\n\n路透社说，俄罗斯与伊朗签署了条约。", "zh", url="https://www.voachinese.com/a/1.html")
    assert doc.publisher == "outlet:voa"
    assert [c.value for c in doc.cited_agencies] == ["Q130879"]
    assert "美国之音" in doc.entities["outlet:voa"].names


def test_unknown_publisher_keeps_a_stable_key_and_its_name():
    doc = _doc("Title\n\nNothing here.", "en", publisher=["Daily Example Gazette"])
    assert doc.publisher == local_key("outlet", "Daily Example Gazette")
    assert doc.entities[doc.publisher].names == ("Daily Example Gazette",)
    assert local_key("person", "佩泽什基安") == local_key("person", "佩泽什基安")


def test_transliteration_variants_are_one_person():
    a = _doc("标题\n\n伊朗总统佩泽希齐扬和俄罗斯总统普京签署了协议。", "zh")
    b = _doc("标题\n\n伊朗总统佩泽什基安和俄罗斯总统普京签署了协议。", "zh")
    sig_a = {c.value for r in a.agreements for c in r.signatories}
    sig_b = {c.value for r in b.agreements for c in r.signatories}
    assert sig_a == sig_b and len(sig_a) == 2


def test_iris_are_deterministic_and_order_free():
    assert agreement_iri(["Q794", "Q159"]) == agreement_iri(["Q159", "Q794"])
    assert str(entity_iri("person:pezeshkian")).endswith("/entity/person/pezeshkian")


def test_dates_keep_their_precision():
    assert date_literal("2024").datatype == vocab.XSD.gYear
    assert date_literal("2024-06").datatype == vocab.XSD.gYearMonth
    assert date_literal("2024-06-19").datatype == vocab.XSD.date
    assert consistent_date(["2024", "2024-06", "2024-06"]) == "2024-06"
    assert consistent_date(["2025-01-17", "2025-01"]) == "2025-01-17"


def test_article_graph_has_a_claim_per_fact_with_exact_quotes():
    doc = _doc("标题\n\n俄罗斯与伊朗于2025年1月17日在莫斯科签署了为期20年的条约。", "zh")
    graph = build_article_graph(doc)
    body = str(next(graph.objects(None, SCHEMA.articleBody)))
    properties = set(graph.objects(None, KG.claimProperty))
    assert {KG.party, KG.status, KG.date, KG.place, KG.duration} <= properties
    quotes = [str(q) for q in graph.objects(None, OA.exact)]
    assert quotes and all(q in body for q in quotes)
    starts = list(graph.objects(None, OA.start))
    assert starts and all(0 <= int(s) < len(body) for s in starts)


def test_merged_graph_takes_the_latest_stage_and_majority_clause():
    docs = []
    for stage, defence in (("planned", None), ("signed", False), ("signed", False)):
        doc = read_text("T\n\nbody", f"{stage}{len(docs)}.txt")
        record = AgreementRecord(parties=frozenset({"Q159", "Q794"}))
        record.stages.append(Claim(stage, Span(0, 1)))
        record.status = record.stages[0]
        if defence is not None:
            record.mutual_defense = Claim(defence, Span(0, 1))
        doc.agreements = [record]
        docs.append(link(doc))
    store = GraphStore()
    store.add_documents(docs)
    merged = [(to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object))
              for q in store.store.quads_for_pattern(None, None, None, MERGED)]
    node = agreement_iri({"Q159", "Q794"})
    assert {o for s, p, o in merged if s == node and p == KG.status} == {KG.Signed}
    assert {o for s, p, o in merged if p == KG.obligationPresent} == {Literal(False)}
    assert len({o for s, p, o in merged if s == node and p == KG.reportedIn}) == 3
