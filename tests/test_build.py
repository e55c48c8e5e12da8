"""The build stage on its own: deterministic IRIs, claims with exact evidence, the merged view."""
from __future__ import annotations

from rdflib import Literal

from kg import vocab
from kg.agreements import find_agreements
from kg.build import agreement_iri, build_article_graph, date_literal, entity_iri
from kg.doc import AgreementRecord, Claim, Span
from kg.lexicon import load_lexicon
from kg.mentions import find_mentions
from kg.merge import MERGED, consistent_date
from kg.names import local_key
from kg.read import read_text
from kg.store import GraphStore
from kg.terms import to_rdflib
from kg.vocab import KG, OA, SCHEMA


def _doc(text: str, name: str = "a.txt", url: str | None = None):
    doc = read_text(text, name)
    doc.url = url
    lexicon = load_lexicon()
    return find_agreements(find_mentions(doc, lexicon), lexicon)


def test_unknown_names_get_stable_local_keys() -> None:
    assert local_key("outlet", "Daily Example Gazette") == local_key("outlet", "daily example  gazette")
    assert local_key("person", "佩泽什基安").startswith("person:")
    assert local_key("person", "佩泽什基安") == local_key("person", "佩泽什基安")


def test_iris_are_deterministic_and_order_free() -> None:
    assert agreement_iri(["Q794", "Q159"]) == agreement_iri(["Q159", "Q794"])
    assert agreement_iri(["Q159", "Q794"], "2001") != agreement_iri(["Q159", "Q794"])
    assert str(entity_iri("person:jane-roe")).endswith("/entity/person/jane-roe")


def test_dates_keep_their_precision() -> None:
    assert date_literal("2024").datatype == vocab.XSD.gYear
    assert date_literal("2024-06").datatype == vocab.XSD.gYearMonth
    assert date_literal("2024-06-19").datatype == vocab.XSD.date
    assert consistent_date(["2024", "2024-06", "2024-06"]) == "2024-06"
    assert consistent_date(["2025-01-17", "2025-01"]) == "2025-01-17"


def test_article_graph_has_a_claim_per_fact_with_exact_quotes() -> None:
    doc = _doc("Headline\n\nKenya and Ghana signed a 20-year treaty in Nairobi on 17 January 2025.")
    graph = build_article_graph(doc)
    body = str(next(graph.objects(None, SCHEMA.articleBody)))
    properties = set(graph.objects(None, KG.claimProperty))
    assert {KG.party, KG.status, KG.date, KG.place, KG.duration} <= properties
    for quote, start, end in zip(graph.objects(None, OA.exact), graph.objects(None, OA.start),
                                 graph.objects(None, OA.end)):
        assert str(quote) in body
    starts = list(graph.objects(None, OA.start))
    assert starts and all(0 <= int(s) < len(body) for s in starts)


def test_two_agreements_between_the_same_parties_are_two_nodes() -> None:
    doc = _doc("Headline\n\nRussia and North Korea signed a new treaty on 19 June 2024. It replaces the 2000 "
               "treaty between Russia and North Korea.")
    graph = build_article_graph(doc)
    nodes = set(graph.subjects(vocab.RDF.type, KG.Agreement))
    assert len(nodes) == 2


def test_merged_graph_takes_the_latest_stage_and_majority_clause() -> None:
    docs = []
    for stage, defence in (("planned", None), ("signed", False), ("signed", False)):
        doc = _doc("Headline\n\nRussia and Iran are mentioned here.", f"{stage}{len(docs)}.txt")
        record = AgreementRecord(parties=frozenset({"Q159", "Q794"}))
        record.stages.append(Claim(stage, Span(0, 1)))
        record.status = record.stages[0]
        if defence is not None:
            record.mutual_defense = Claim(defence, Span(0, 1))
        doc.agreements = [record]
        docs.append(doc)
    store = GraphStore()
    store.add_documents(docs)
    merged = [(to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object))
              for q in store.store.quads_for_pattern(None, None, None, MERGED)]
    node = agreement_iri({"Q159", "Q794"})
    assert {o for s, p, o in merged if s == node and p == KG.status} == {KG.Signed}
    assert {o for s, p, o in merged if p == KG.obligationPresent} == {Literal(False)}
    assert len({o for s, p, o in merged if s == node and p == KG.reportedIn}) == 3


def test_merge_keeps_agreements_years_apart_separate() -> None:
    docs = []
    for name, text in (("a.txt", "Russia and North Korea signed a treaty in 2000."),
                       ("b.txt", "Russia and North Korea signed a treaty on 19 June 2024."),
                       ("c.txt", "The treaty between Russia and North Korea was signed in June 2024.")):
        docs.append(_doc("Headline\n\n" + text, name))
    store = GraphStore()
    store.add_documents(docs)
    nodes = {to_rdflib(q.subject) for q in store.store.quads_for_pattern(None, None, None, MERGED)
             if to_rdflib(q.predicate) == vocab.RDF.type and to_rdflib(q.object) == KG.Agreement}
    assert len(nodes) == 2
