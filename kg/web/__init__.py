"""Browse pages for ``kg serve``: agreements, one agreement, a state, an article, as HTML.

Server-rendered (Jinja2 templates in ``templates/``, SVG pictures from :mod:`kg.web.svg`)
over the same :class:`~kg.graph.KnowledgeGraph` and canned queries the CLI uses; no
JavaScript, no fonts or files from elsewhere, so the pages work offline.
"""
from kg.web.app import WebApp

__all__ = ["WebApp"]
