"""Validate a graph against the shapes (``kg/data/shapes/``) and report in our own terms.

pyshacl's report is itself an RDF graph; the rest of ``kg`` (CLI, tests,
benchmarks) wants plain values, so we turn it into a frozen
:class:`ValidationReport`. One check SHACL cannot express cheaply -- that
``articleBody[start:end]`` really is the quoted evidence -- is done here in
Python and reported the same way (component ``kg:EvidenceSliceMismatch``).
"""
from __future__ import annotations

import contextlib
import logging
import warnings
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence, Union

import pyoxigraph as ox

from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.terms import rdflib_graph
from kg.vocab import OA, PREFIXES, RDF, SCHEMA, bind_prefixes

try:
    from importlib.resources.abc import Traversable
except ImportError:  # Python 3.10
    from importlib.abc import Traversable

__all__ = ["Violation", "ValidationReport", "load_shapes", "load_ontology", "data_files",
           "validate_graph", "validate_graphs", "validate_dataset", "validate_file", "parse_file",
           "SLICE_MISMATCH", "ENGINES", "default_engine", "validate_triples"]

SH = Namespace("http://www.w3.org/ns/shacl#")
#: The component name of our Python-side evidence check.
SLICE_MISMATCH = "kg:EvidenceSliceMismatch"

#: Prefixes for display: ours plus ``sh:`` for constraint components.
_DISPLAY_PREFIXES: dict[str, str] = {**{p: str(ns) for p, ns in PREFIXES.items()}, "sh": str(SH)}

#: File extension -> rdflib parser name.
FORMATS: dict[str, str] = {
    ".ttl": "turtle", ".turtle": "turtle",
    ".trig": "trig",
    ".nt": "nt", ".ntriples": "nt",
    ".nq": "nquads", ".nquads": "nquads",
    ".jsonld": "json-ld", ".json": "json-ld",
}

_SEVERITY_RANK = {"Violation": 0, "Warning": 1, "Info": 2}

#: SHACL engines by name -> the module whose ``validate`` we call. Both take pySHACL's
#: arguments and return its report graph; turbo (pyshacl-turbo, in Rust) is about ten times
#: faster and linear in the graph, pyshacl is the reference (tests/test_shapes.py holds them equal).
ENGINES: dict[str, str] = {"turbo": "pyshacl_turbo", "pyshacl": "pyshacl"}


def default_engine() -> str:
    """turbo when it is installed (a dependency), else pyshacl."""
    import importlib.util
    return "turbo" if importlib.util.find_spec("pyshacl_turbo") is not None else "pyshacl"


def _engine(name: Optional[str]):
    """The ``validate`` function of engine ``name`` (None: the default); ValueError if unknown."""
    import importlib
    name = name or default_engine()
    if name not in ENGINES:
        raise ValueError(f"{name}: unknown SHACL engine (one of {', '.join(ENGINES)})")
    return importlib.import_module(ENGINES[name]).validate


@dataclass(frozen=True)
class Violation:
    """One validation result.

    ``focus`` and ``path`` are full IRIs (``_:id`` for blank nodes), ``value``
    is the offending value in N-Triples form, ``component`` is compact
    (``sh:MinCountConstraintComponent``, ``kg:EvidenceSliceMismatch``),
    ``severity`` is ``Violation``, ``Warning`` or ``Info``. ``graph`` names the
    named graph the result comes from (None for a plain graph / default graph).
    """

    focus: str
    path: Optional[str]
    component: str
    severity: str
    message: str
    value: Optional[str]
    graph: Optional[str] = None

    def text(self) -> str:
        """One readable line, IRIs shortened with our prefixes."""
        where = compact(self.focus)
        if self.graph:
            where = f"{compact(self.graph)} | {where}"
        parts = [f"[{self.severity}]", where]
        if self.path:
            parts.append(compact(self.path))
        line = " ".join(parts) + f": {self.message}"
        if self.value is not None:
            line += f" (value: {_compact_n3(self.value)})"
        return line + f" [{self.component}]"


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of validating one graph or dataset."""

    conforms: bool
    violations: tuple[Violation, ...]

    @classmethod
    def of(cls, violations: Iterable[Violation]) -> "ValidationReport":
        """A report of these violations (sorted, repeats dropped), as validation makes it."""
        return _report(list(violations))

    def count(self, severity: str) -> int:
        return sum(1 for v in self.violations if v.severity == severity)

    def text(self) -> str:
        """One line per result, then a summary line."""
        lines = [v.text() for v in self.violations]
        counts = (f"{self.count('Violation')} violation(s), {self.count('Warning')} warning(s), "
                  f"{self.count('Info')} info")
        lines.append(("Conforms: " if self.conforms else "Does not conform: ") + counts)
        return "\n".join(lines)


# --- loading ----------------------------------------------------------------

def data_files(name: str) -> list[Traversable]:
    """The ``*.ttl`` files of ``kg/data/<name>/`` (``shapes`` or ``ontology``), sorted by name.

    Read through importlib.resources so that an installed wheel finds them as a
    source checkout does; the top-level ``shapes/`` and ``ontology/`` folders are
    symlinks to these, so there is one copy.
    """
    directory = resources.files("kg").joinpath("data", name)
    if not directory.is_dir():
        raise FileNotFoundError(f"kg: the package has no data/{name}/ folder (a broken install?)")
    found = sorted((f for f in directory.iterdir() if f.name.endswith(".ttl")), key=lambda f: f.name)
    if not found:
        raise FileNotFoundError(f"kg: no *.ttl files in the package's data/{name}/")
    return found


def _parse(name: str) -> Graph:
    graph = Graph(bind_namespaces="none")
    bind_prefixes(graph)
    for f in data_files(name):
        graph.parse(data=f.read_bytes(), format="turtle")
    return graph


def load_shapes() -> Graph:
    """The SHACL shapes (every ``*.ttl`` in ``kg/data/shapes/``), freshly parsed."""
    return _parse("shapes")


def load_ontology() -> Graph:
    """The kg ontology (``kg/data/ontology/*.ttl``), for callers who want sh:class to follow subclasses."""
    return _parse("ontology")


@lru_cache(maxsize=1)
def _default_shapes() -> Graph:
    # Cached privately: validate_graph never mutates it; load_shapes() hands out copies.
    return load_shapes()


@contextlib.contextmanager
def _quiet_rdflib() -> Iterator[None]:
    """Silence rdflib's traceback-laden warning for ill-typed literals.

    A literal like ``"2024-13-45"^^xsd:date`` is exactly what validation is
    for; the report says so, the log need not. rdflib's own parsers also
    trip its ConjunctiveGraph deprecation warnings, which are not ours to fix.
    """
    logger = logging.getLogger("rdflib.term")
    old = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"rdflib\.")
            yield
    finally:
        logger.setLevel(old)


# --- validation -------------------------------------------------------------

def validate_graph(graph: Graph, shapes: Optional[Graph] = None,
                   ontology: Optional[Graph] = None, engine: Optional[str] = None) -> ValidationReport:
    """Validate one graph with pyshacl plus the evidence-slice check.

    The shapes use ``sh:or`` over concrete classes, so no ontology is needed;
    pass ``ontology`` (e.g. :func:`load_ontology`) to let ``sh:class`` follow
    ``rdfs:subClassOf`` as well. A :class:`~rdflib.Dataset` is validated one
    named graph at a time (see :func:`validate_dataset`). ``engine`` is a name in
    :data:`ENGINES` (default: :func:`default_engine`).
    """
    if isinstance(graph, Dataset):
        return validate_dataset(graph, shapes, ontology, engine)
    return _validate_one(graph, shapes, ontology, graph_name=None, engine=engine)


def validate_dataset(dataset: Dataset, shapes: Optional[Graph] = None,
                     ontology: Optional[Graph] = None, engine: Optional[str] = None) -> ValidationReport:
    """Validate every named graph, and the default graph, separately.

    Each article graph must stand on its own (its claims point at its own
    article node), so graphs are never unioned for validation.
    """
    return validate_graphs(_split(dataset), shapes, ontology, engine)


def validate_graphs(graphs: Iterable[tuple[Optional[str], Graph]], shapes: Optional[Graph] = None,
                    ontology: Optional[Graph] = None, engine: Optional[str] = None) -> ValidationReport:
    """Validate (name, graph) pairs one graph at a time; ``None`` names the default graph."""
    violations: list[Violation] = []
    for name, graph in graphs:
        violations.extend(_validate_one(graph, shapes, ontology, graph_name=name, engine=engine).violations)
    return _report(violations)


def parse_file(path: Union[str, Path]) -> Dataset:
    """``path`` parsed by rdflib as written (ill-typed literals kept), its format told by its extension."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"kg: cannot tell the RDF format of {path} "
                         f"(known extensions: {', '.join(sorted(FORMATS))})")
    dataset = Dataset()
    with _quiet_rdflib():
        dataset.parse(path, format=fmt)
    return dataset


def validate_file(path: Union[str, Path], shapes: Optional[Graph] = None,
                  ontology: Optional[Graph] = None, engine: Optional[str] = None) -> ValidationReport:
    """Parse ``path`` by its extension and validate it (per named graph for TriG / N-Quads)."""
    return validate_dataset(parse_file(path), shapes, ontology, engine)


def _split(dataset: Dataset) -> list[tuple[Optional[str], Graph]]:
    """(name, graph) for each non-empty graph; the default graph is named None."""
    out: list[tuple[Optional[str], Graph]] = []
    for context in dataset.graphs():
        if len(context) == 0:
            continue
        copy = Graph()
        bind_prefixes(copy)
        for triple in context:
            copy.add(triple)
        ident = context.identifier
        name = None if ident == DATASET_DEFAULT_GRAPH_ID else _node_str(ident)
        out.append((name, copy))
    out.sort(key=lambda item: (item[0] is not None, item[0] or ""))
    return out


_COMPILED: dict[int, tuple[Graph, object]] = {}


def _compiled(shapes: Graph):
    """turbo's compiled program for ``shapes`` (kept for the few shapes graphs a process uses)."""
    hit = _COMPILED.get(id(shapes))
    if hit is None or hit[0] is not shapes:
        from pyshacl_turbo import CompiledShapes
        if len(_COMPILED) > 8:
            _COMPILED.clear()
        hit = _COMPILED[id(shapes)] = (shapes, CompiledShapes(shapes))
    return hit[1]


def _validate_one(graph: Graph, shapes: Optional[Graph], ontology: Optional[Graph],
                  graph_name: Optional[str], engine: Optional[str] = None) -> ValidationReport:
    shapes_graph = shapes if shapes is not None else _default_shapes()
    with _quiet_rdflib():
        if (engine or default_engine()) == "turbo" and ontology is None:
            _, results, _ = _compiled(shapes_graph).validate(graph, **_OPTIONS)  # shapes compiled once
        else:  # imported on first use: the engines are slow to import
            _, results, _ = _engine(engine)(graph, shacl_graph=shapes_graph, ont_graph=ontology,
                                            advanced=False, **_OPTIONS)  # no SHACL-AF rules in our shapes
    return _named_report(_from_results(results) + _slice_mismatches(graph), graph_name)


#: how every validation runs: no inference, every result, warnings and infos kept
_OPTIONS = dict(inference="none", abort_on_first=False, allow_infos=True, allow_warnings=True)


def _named_report(violations: list[Violation], graph_name: Optional[str]) -> ValidationReport:
    """The report of one graph's violations, each naming that graph (None: a plain graph)."""
    if graph_name is not None:
        violations = [replace(v, graph=graph_name) for v in violations]
    return _report(violations)


def _report(violations: list[Violation]) -> ValidationReport:
    unique = list(dict.fromkeys(violations))
    unique.sort(key=lambda v: (v.graph or "", _SEVERITY_RANK.get(v.severity, 9), v.focus,
                               v.path or "", v.component, v.message, v.value or ""))
    conforms = not any(v.severity == "Violation" for v in unique)
    return ValidationReport(conforms=conforms, violations=tuple(unique))


def _from_results(results: Graph) -> list[Violation]:
    """Our Violations from pyshacl's sh:ValidationReport graph (top-level results only)."""
    out: list[Violation] = []
    for report in results.subjects(RDF.type, SH.ValidationReport):
        for result in results.objects(report, SH.result):
            focus = results.value(result, SH.focusNode)
            path = results.value(result, SH.resultPath)
            component = results.value(result, SH.sourceConstraintComponent)
            severity = results.value(result, SH.resultSeverity)
            value = results.value(result, SH.value)
            out.append(Violation(
                focus=_node_str(focus) if focus is not None else "",
                path=(_node_str(path) if isinstance(path, URIRef)
                      else "<complex path>" if path is not None else None),
                component=compact(str(component)) if component is not None else "",
                severity=_local(severity) if severity is not None else "Violation",
                message=_message(results, result),
                value=value.n3() if value is not None else None,
            ))
    return out


def _message(results: Graph, result: Node) -> str:
    """The English (or untagged, or first) sh:resultMessage."""
    messages = sorted(results.objects(result, SH.resultMessage), key=str)
    for lang in ("en", None):
        for m in messages:
            if isinstance(m, Literal) and m.language == lang:
                return str(m)
    return str(messages[0]) if messages else "(no message)"


def _slice_mismatches(graph: Graph) -> list[Violation]:
    """Claims whose quote is not the article text at their offsets (an rdflib graph)."""
    return _slices(((_node_str(s), str(p), (_node_str(o), str(o), o.n3())) for s, p, o in graph
                    if str(p) in _EVIDENCE))


#: the predicates the evidence check reads (the rest of a graph is skipped)
_EVIDENCE = frozenset(str(p) for p in (OA.hasTarget, OA.hasSource, SCHEMA.articleBody, OA.hasSelector,
                                       OA.exact, OA.start, OA.end))


def _ox_key(term) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def _slices(rows: Iterable[tuple[str, str, tuple[str, str, str]]]) -> list[Violation]:
    """The evidence check over (subject, predicate, (object key, lexical form, N-Triples)) rows,
    whichever library the triples come from. Missing or ill-typed pieces are left to the shapes;
    this only compares what is there."""
    index: dict[str, dict[str, list[tuple[str, str, str]]]] = {}
    for s, p, o in rows:
        index.setdefault(s, {}).setdefault(p, []).append(o)

    def objects(node: str, predicate) -> list[tuple[str, str, str]]:
        return index.get(node, {}).get(str(predicate), [])
    out: list[Violation] = []
    for claim, predicates in index.items():
        for target, _lex, _n3 in predicates.get(str(OA.hasTarget), []):
            for source, _l, _n in objects(target, OA.hasSource):
                bodies = objects(source, SCHEMA.articleBody)
                if not bodies:
                    continue
                text = bodies[0][1]
                selectors = [sel for sel, _l2, _n2 in objects(target, OA.hasSelector)]
                quotes = [q for sel in selectors for q in objects(sel, OA.exact)]
                spans = [(a[1], b[1]) for sel in selectors for a in objects(sel, OA.start) for b in objects(sel, OA.end)]
                for _key, quote, quote_n3 in quotes:
                    for start_text, end_text in spans:
                        start, end = _as_int(start_text), _as_int(end_text)
                        if start is None or end is None or text[start:end] == quote:
                            continue
                        out.append(Violation(
                            focus=claim, path=str(OA.exact), component=SLICE_MISMATCH, severity="Violation",
                            message=(f"Evidence does not match its article: articleBody[{start}:{end}] of "
                                     f"{compact(source)} reads {text[start:end]!r}, but oa:exact is {quote!r}"),
                            value=quote_n3))
    return out


def _as_int(lexical: str) -> Optional[int]:
    """A non-negative integer offset, or None (the shapes report a malformed one)."""
    return int(lexical) if lexical.isascii() and lexical.isdigit() else None


def validate_triples(triples: Sequence, graph_name: Optional[str] = None,
                     engine: Optional[str] = None) -> ValidationReport:
    """One graph given as pyoxigraph triples (what the builder makes), validated without turning
    it into rdflib first: turbo reads a pyoxigraph store itself. What a build worker runs on
    each article it makes; the reference engine gets an rdflib copy."""
    if (engine or default_engine()) != "turbo":
        return _validate_one(rdflib_graph(triples), None, None, graph_name, engine)
    store = ox.Store()
    store.load(ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.N_TRIPLES)
    with _quiet_rdflib():
        _, results, _ = _compiled(_default_shapes()).validate(store, **_OPTIONS)
    rows = ((_ox_key(t.subject), t.predicate.value, (_ox_key(t.object), t.object.value, str(t.object)))
            for t in triples if t.predicate.value in _EVIDENCE)
    return _named_report(_from_results(results) + _slices(rows), graph_name)


# --- display helpers --------------------------------------------------------

def _node_str(node: Node) -> str:
    return f"_:{node}" if isinstance(node, BNode) else str(node)


def _local(iri: Node) -> str:
    s = str(iri)
    return s.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def compact(iri: str) -> str:
    """``https://w3id.org/newskg/id/agreement/x`` -> ``kgr:agreement/x`` (longest namespace wins)."""
    best = ""
    best_prefix = ""
    for prefix, ns in _DISPLAY_PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(best) and len(iri) > len(ns):
            best, best_prefix = ns, prefix
    return f"{best_prefix}:{iri[len(best):]}" if best else iri


def _compact_n3(n3: str) -> str:
    """Shorten ``<iri>`` and ``^^<datatype>`` inside an N-Triples term."""
    if n3.startswith("<") and n3.endswith(">"):
        short = compact(n3[1:-1])
        return short if short != n3[1:-1] else n3
    if "^^<" in n3 and n3.endswith(">"):
        lexical, _, dt = n3.rpartition("^^<")
        short = compact(dt[:-1])
        return f"{lexical}^^{short}" if short != dt[:-1] else n3
    return n3
