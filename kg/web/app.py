"""The browse pages of ``kg serve``: routes, request parameters, HTML, JSON and CSV.

Read-only by construction: every page is a GET that runs canned queries through
:class:`~kg.web.data.Reader`; nothing here can write to the store. Jinja2 renders with
autoescape on, so article text and names (data) never become markup.
"""
from __future__ import annotations

import re
import urllib.parse
from typing import TYPE_CHECKING, Callable, Optional

from jinja2 import Environment, PackageLoader

from kg.doc import STAGES
from kg.graph import QueryError
from kg.lang import SUPPORTED, get
from kg.query import format_rows
from kg.web import svg
from kg.web.data import Reader, user_language
from kg.web.pages import (Filters, NotFound, Page, agreement_page, agreements_page, article_page,
                          state_page)

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

Response = tuple[int, bytes, str]
#: the id part of a page's path: our IRIs' local names (percent-encoded, as in the IRI)
_ID = re.compile(r"[A-Za-z0-9%._~/-]+")


class WebApp:
    """Answers the browse paths (``/``, ``/agreement/ID``, ``/state/ID``, ``/article/ID``)."""

    def __init__(self, graph: "KnowledgeGraph") -> None:
        self.graph = graph
        self.env = Environment(loader=PackageLoader("kg.web", "templates"), autoescape=True,
                               trim_blocks=True, lstrip_blocks=True)
        self.env.globals.update(stage_label=svg.LABELS, colours=svg.COLOURS,
                                language_name=lambda code: get(code).name, languages=SUPPORTED)

    def handles(self, path: str) -> bool:
        return path == "/" or path.startswith(("/agreement/", "/state/", "/article/"))

    def get(self, raw_path: str, headers) -> Response:
        """One GET: the page as HTML, or its table as ``?format=json`` / ``csv``."""
        url = urllib.parse.urlsplit(raw_path)
        params = {k: v[-1] for k, v in urllib.parse.parse_qs(url.query).items()}
        lang = user_language(params.get("lang"), headers.get("Accept-Language"))
        reader = Reader(self.graph)
        try:
            page = self._route(url.path, params, reader, lang)
        except NotFound as exc:
            return self._error(404, str(exc), lang)
        except (ValueError, QueryError) as exc:
            return self._error(400, str(exc), lang)
        except Exception as exc:  # a bug of ours: one line on the page, not a dropped connection
            return self._error(500, f"{type(exc).__name__}: {exc}", lang)
        if page is None:
            return self._error(404, "no such page", lang)
        fmt = params.get("format")
        if fmt in ("json", "csv"):
            variables, rows = page.table
            text = format_rows(list(variables), [["" if r[v] is None else r[v] for v in variables] for r in rows], fmt)
            return 200, text.encode("utf-8"), "application/json" if fmt == "json" else "text/csv; charset=utf-8"
        context = {**page.context, "lang": lang, "queries": reader.queries, "table_query": page.table_query,
                   "path": url.path, "params": params,
                   "link": _linker(url.path, params)}
        html = self.env.get_template(page.template).render(**context)
        return 200, html.encode("utf-8"), "text/html; charset=utf-8"

    def _route(self, path: str, params: dict, reader: Reader, lang: str) -> Optional[Page]:
        if path == "/":
            return agreements_page(reader, _filters(params), lang)
        for prefix, build in (("/agreement/", agreement_page), ("/state/", state_page), ("/article/", article_page)):
            if path.startswith(prefix):
                key = path[len(prefix):]
                if not _ID.fullmatch(key) or ".." in key:
                    raise NotFound(f"not an id: {key[:80]}")
                return build(reader, iri_part(key), lang)
        return None

    def _error(self, status: int, message: str, lang: str) -> Response:
        html = self.env.get_template("error.html").render(status=status, message=message, lang=lang, queries=[],
                                                          link=_linker("/", {}), path="", params={})
        return status, html.encode("utf-8"), "text/html; charset=utf-8"


def iri_part(path_part: str) -> str:
    """A path's id as our IRIs write it: IRIs may hold any script (agreement/Q159_Q30/中导条约),
    which a browser sends percent-encoded as UTF-8; ASCII escapes (%2F in article ids) stay."""
    return re.sub(r"(?:%[89A-Fa-f][0-9A-Fa-f])+", lambda m: urllib.parse.unquote(m.group(0)), path_part)


def _filters(params: dict) -> Filters:
    """The list's filters from the query string; anything malformed is a 400, not a guess."""
    state = params.get("state") or None
    if state and (not _ID.fullmatch(state) or ".." in state):
        raise ValueError(f"state: not a QID such as Q159 or an entity key: {state[:60]!r}")
    stage = params.get("stage") or None
    if stage and stage not in STAGES:
        raise ValueError(f"stage: one of {', '.join(STAGES)}")
    year = params.get("year") or None
    if year and not re.fullmatch(r"\d{4}", year):
        raise ValueError("year: four digits")
    language = params.get("language") or None
    if language and not re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z0-9]+)*", language):
        raise ValueError("language: an ISO 639-1 code such as ar")
    page = params.get("page") or "1"
    if not re.fullmatch(r"[1-9]\d{0,5}", page):
        raise ValueError("page: a number from 1")
    return Filters(state, stage, year, language, (params.get("q") or "").strip()[:200],
                   params.get("sort") == "oldest", int(page))


def _linker(path: str, params: dict) -> Callable[..., str]:
    """link(page=2) -> this page's URL with those parameters changed (None removes one)."""
    def link(**changes: object) -> str:
        merged = {**params, **{k: v for k, v in changes.items()}}
        query = urllib.parse.urlencode({k: v for k, v in merged.items() if v not in (None, "")})
        return path + ("?" + query if query else "")
    return link
