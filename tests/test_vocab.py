"""Code, ontology and shapes agree on the vocabulary.

kg/vocab.py is the one place terms are declared in Python; ontology/kg.ttl is
where they are defined for everyone else; shapes/kg.ttl constrains them. A
term in one and not the others is a typo or a forgotten update.
"""
from __future__ import annotations

import ast
import tokenize
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef

import kg
from kg import vocab
from kg.validate import load_ontology, load_shapes

ROOT = Path(kg.__file__).resolve().parent.parent
KG_NS = str(vocab.KG._NS)
SCHEMA_NS = str(vocab.SCHEMA._NS)
OA_NS = str(vocab.OA._NS)
# Plain namespaces (rdflib's DefinedNamespaces warn when pytest probes module attributes).
OWL = Namespace("http://www.w3.org/2002/07/owl#")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")

DECLARING_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                   OWL.NamedIndividual, RDF.Property, RDFS.Class}


def declared(cls: type) -> set[str]:
    """The local names a DefinedNamespace class declares."""
    return {name for name in cls.__annotations__ if not name.startswith("_")}


def iris_in(graph: Graph, ns: str) -> set[str]:
    """Local names of every IRI in ``ns`` that appears anywhere in ``graph``."""
    out = set()
    for triple in graph:
        for node in triple:
            if isinstance(node, URIRef) and str(node).startswith(ns) and len(str(node)) > len(ns):
                out.add(str(node)[len(ns):])
    return out


@pytest.fixture(scope="module")
def ontology() -> Graph:
    """The ontology as the package ships it (kg/data/ontology/, via importlib.resources)."""
    return load_ontology()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


@pytest.fixture(scope="module")
def ontology_terms(ontology: Graph) -> set[str]:
    """kg: terms the ontology declares (typed as a class, property or individual)."""
    return {str(s)[len(KG_NS):] for s, t in ontology.subject_objects(RDF.type)
            if isinstance(s, URIRef) and str(s).startswith(KG_NS) and t in DECLARING_TYPES}


def source_uses(prefix: str) -> dict[str, set[str]]:
    """``{name: {files}}`` for every ``PREFIX.name`` / ``PREFIX["name"]`` in kg/**/*.py code.

    Tokenised rather than grepped, so docstrings and comments (vocab.py's own
    ``SCHEMA.headLine`` typo example) do not count.
    """
    uses: dict[str, set[str]] = {}
    for path in sorted((ROOT / "kg").rglob("*.py")):
        with path.open("rb") as fh:
            tokens = [t for t in tokenize.tokenize(fh.readline)
                      if t.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT,
                                        tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING)]
        for i, tok in enumerate(tokens[:-2]):
            if tok.type != tokenize.NAME or tok.string != prefix:
                continue
            if i > 0 and tokens[i - 1].string == ".":
                continue  # something.KG.x is not our KG
            op, nxt = tokens[i + 1], tokens[i + 2]
            name = None
            if op.string == "." and nxt.type == tokenize.NAME:
                name = nxt.string
            elif op.string == "[" and nxt.type == tokenize.STRING:
                literal = ast.literal_eval(nxt.string)
                name = literal if isinstance(literal, str) else None
            if name is None or name.startswith("_"):
                continue  # KG._NS and friends: DefinedNamespace internals
            uses.setdefault(name, set()).add(str(path.relative_to(ROOT)))
    return uses


def test_source_scan_finds_uses() -> None:
    """Guard the scanner itself: validate.py uses OA.hasTarget and SCHEMA.articleBody."""
    assert "kg/validate.py" in source_uses("OA").get("hasTarget", set())
    assert "kg/validate.py" in source_uses("SCHEMA").get("articleBody", set())
    assert "headLine" not in source_uses("SCHEMA")


def test_ontology_header(ontology: Graph) -> None:
    onto = URIRef("https://w3id.org/newskg/ontology")
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(onto, OWL.versionInfo) is not None
    assert ontology.value(onto, RDFS.comment) is not None


def test_every_vocab_term_is_in_the_ontology_with_label_and_comment(ontology: Graph) -> None:
    problems = []
    for name in sorted(declared(vocab.KG)):
        term = URIRef(KG_NS + name)
        types = set(ontology.objects(term, RDF.type))
        if not types & DECLARING_TYPES:
            problems.append(f"kg:{name} is not declared (no owl:Class/Property/NamedIndividual type)")
        for prop in (RDFS.label, RDFS.comment):
            values = [v for v in ontology.objects(term, prop)
                      if isinstance(v, Literal) and v.language == "en" and str(v).strip()]
            if not values:
                problems.append(f"kg:{name} has no English {prop.split('#')[-1]}")
    assert not problems, "\n".join(problems)


def test_every_ontology_term_is_in_vocab(ontology: Graph) -> None:
    missing = iris_in(ontology, KG_NS) - declared(vocab.KG)
    assert not missing, f"in ontology/kg.ttl but not in kg/vocab.py KG: {sorted(missing)}"


def test_properties_have_domain_and_individuals_a_class(ontology: Graph, ontology_terms: set[str]) -> None:
    problems = []
    for name in sorted(ontology_terms):
        term = URIRef(KG_NS + name)
        types = set(ontology.objects(term, RDF.type))
        if types & {OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property}:
            if ontology.value(term, RDFS.domain) is None:
                problems.append(f"kg:{name} has no rdfs:domain")
            if types & {OWL.ObjectProperty, OWL.DatatypeProperty} and ontology.value(term, RDFS.range) is None:
                problems.append(f"kg:{name} has no rdfs:range")
        if OWL.NamedIndividual in types and not any(str(t).startswith(KG_NS) for t in types):
            problems.append(f"kg:{name} is an individual of no kg: class")
    assert not problems, "\n".join(problems)


def test_every_kg_term_in_shapes_is_in_the_ontology(shapes: Graph, ontology_terms: set[str]) -> None:
    missing = iris_in(shapes, KG_NS) - ontology_terms
    assert not missing, f"shapes/ use kg: terms the ontology does not declare: {sorted(missing)}"


def test_every_kg_term_in_source_is_in_the_ontology(ontology_terms: set[str]) -> None:
    uses = source_uses("KG")
    missing = {name: files for name, files in uses.items() if name not in ontology_terms}
    assert not missing, f"kg/*.py use KG terms the ontology does not declare: {missing}"


@pytest.mark.parametrize("prefix,cls", [("SCHEMA", vocab.SCHEMA), ("OA", vocab.OA)])
def test_every_reused_term_in_source_is_declared(prefix: str, cls: type) -> None:
    uses = source_uses(prefix)
    missing = {name: files for name, files in uses.items() if name not in declared(cls)}
    assert not missing, f"kg/*.py use {prefix} terms kg/vocab.py does not declare: {missing}"


@pytest.mark.parametrize("ns,cls", [(SCHEMA_NS, vocab.SCHEMA), (OA_NS, vocab.OA)])
def test_schema_and_oa_terms_in_shapes_are_in_vocab(shapes: Graph, ns: str, cls: type) -> None:
    missing = iris_in(shapes, ns) - declared(cls)
    assert not missing, f"shapes/ use {ns} terms not declared in kg/vocab.py: {sorted(missing)}"


def test_shapes_explain_themselves(shapes: Graph) -> None:
    """Every node shape has an rdfs:comment and every property shape an sh:message."""
    SH = Namespace("http://www.w3.org/ns/shacl#")
    problems = []
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        if shapes.value(shape, RDFS.comment) is None and shapes.value(shape, SH.message) is None:
            problems.append(f"node shape {shape} has neither rdfs:comment nor sh:message")
    for shape in set(shapes.objects(None, SH.property)):
        if shapes.value(shape, SH.message) is None:
            problems.append(f"property shape on {shapes.value(shape, SH.path)} has no sh:message")
    assert not problems, "\n".join(problems)
