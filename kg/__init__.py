"""kg: multilingual news about international agreements -> a validated RDF knowledge graph.

The Python API is :class:`kg.KnowledgeGraph` (``kg/graph.py``): open a store
folder or a graph file, add articles, query, read the facts, validate, export.
The stages behind ``add`` are in :mod:`kg.pipeline`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "__version__"]

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph


def __getattr__(name: str) -> Any:
    """``kg.KnowledgeGraph`` on first use: ``import kg`` (and ``kg --help``) stays fast."""
    if name == "KnowledgeGraph":
        from kg.graph import KnowledgeGraph
        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
