"""Ad-hoc SPARQL over a pyoxigraph store, with our prefixes predeclared.

The default graph is the union of all named graphs, so a query without
``GRAPH`` sees every article and the merged view.
"""
from __future__ import annotations

import re

import csv
import io
import json
from typing import Optional

import pyoxigraph as ox

from kg.vocab import PREFIXES, sparql_prefixes


def solutions(store: ox.Store, text: str) -> tuple[list[str], list[list[Optional[str]]]]:
    """(variables, rows of lexical values; None where a variable is unbound) of any query form.

    ASK gives one column ``ask``; CONSTRUCT and DESCRIBE give ``subject, predicate, object``.
    Raises SyntaxError for a query that does not parse or cannot be evaluated.
    """
    prefixes = sparql_prefixes()
    try:
        result = store.query(prefixes + text, use_default_graph_as_union=True)
    except Exception as exc:  # pyoxigraph raises SyntaxError for parse errors, others for evaluation
        raise SyntaxError(_own_lines(str(exc), prefixes.count("\n"))) from exc
    if isinstance(result, (bool, ox.QueryBoolean)):
        return ["ask"], [["true" if bool(result) else "false"]]
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return names, [[_text(row[n]) for n in names] for row in result]
    return ["subject", "predicate", "object"], [[_text(t.subject), _text(t.predicate), _text(t.object)]
                                                for t in result]


def run_query(store: ox.Store, text: str) -> tuple[list[str], list[list[str]]]:
    """Like :func:`solutions`, with unbound values as empty strings (for tables and CSV)."""
    variables, rows = solutions(store, text)
    return variables, [["" if v is None else v for v in row] for row in rows]


def _text(term) -> Optional[str]:
    if term is None:
        return None
    return term.value if not isinstance(term, ox.BlankNode) else f"_:{term.value}"


def compact_iri(value: str) -> str:
    """``https://w3id.org/newskg/ontology#Signed`` -> ``kg:Signed`` for reading in a terminal."""
    for prefix, ns in PREFIXES.items():
        if value.startswith(str(ns)) and len(value) > len(str(ns)):
            return f"{prefix}:{value[len(str(ns)):]}"
    return value


def format_rows(variables: list[str], rows: list[list[str]], fmt: str) -> str:
    """Render as an aligned ``table``, ``csv`` or ``json`` (list of objects)."""
    if fmt == "json":
        return json.dumps([dict(zip(variables, r)) for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(variables)
        writer.writerows(rows)
        return buf.getvalue()
    rows = [[compact_iri(c) for c in r] for r in rows]
    widths = [min(60, max([len(v)] + [len(r[i]) for r in rows])) for i, v in enumerate(variables)]
    line = lambda cells: " | ".join(c[:60].ljust(w) for c, w in zip(cells, widths)).rstrip()
    out = [line(variables), "-+-".join("-" * w for w in widths)] + [line(r) for r in rows]
    return "\n".join(out) + f"\n({len(rows)} rows)\n"


def _own_lines(message: str, shift: int) -> str:
    """Positions in a parse error as the user's query counts them (our prefix lines removed)."""
    def fix(m: re.Match[str]) -> str:
        line = int(m.group(1)) - shift
        return f"line {line} column {m.group(2)}" if line >= 1 else m.group(0)
    return re.sub(r"\b(\d+):(\d+)\b", fix, message, count=1)
