"""The browse pages of kg serve over plain HTTP (no browser): routes, filters, languages,
escaping, downloads, read-only; and the SVG builders on their own."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.servers import free_port
from kg.web import svg
from kg.web.app import iri_part
from kg.web.pages import underline

from conftest import SCRIPT_HEADLINE, SEEDS

RU_IR = "https://w3id.org/newskg/id/agreement/Q159_Q794"
MERGED = "https://w3id.org/newskg/id/graph/merged"


def fetch(base: str, path: str, headers: dict | None = None, data: bytes | None = None) -> tuple[int, str, dict]:
    request = urllib.request.Request(base + path, headers=headers or {}, data=data)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read().decode("utf-8"), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8"), dict(exc.headers)


def agreement_links(html: str) -> list[str]:
    return re.findall(r'class="agreement-link" href="/agreement/([^"?]+)', html)


def test_the_list_has_one_row_per_merged_agreement(browse):
    base, graph = browse
    status, html, headers = fetch(base, "/")
    merged = graph.query(f"SELECT DISTINCT ?a WHERE {{ GRAPH <{MERGED}> {{ ?a a kg:Agreement }} }}")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert sorted(agreement_links(html)) == sorted(r["a"].rsplit("/agreement/", 1)[1] for r in merged)
    assert "default-src 'none'" in headers["Content-Security-Policy"]


@pytest.mark.parametrize("query, expected", [
    ("state=Q794", ["Q159_Q794"]),
    ("state=Q159&stage=ratified", ["Q159_Q423"]),
    ("year=2025", ["Q159_Q794"]),
    ("language=ar&sort=oldest", ["Q159_Q423", "Q159_Q794"]),
    ("q=" + urllib.parse.quote("俄伊条约"), ["Q159_Q794"]),
    ("q=PACT", ["Q114_Q117"]),
    ("state=Q159&page=2", []),
])
def test_the_list_filters_sorts_and_pages(browse, query, expected):
    status, html, _ = fetch(browse[0], "/?" + query)
    assert status == 200 and agreement_links(html) == expected, (query, agreement_links(html))


def test_every_row_of_a_state_filter_has_that_party(browse):
    status, html, _ = fetch(browse[0], "/?state=Q159")
    rows = re.findall(r'<tr class="agreement">(.*?)</tr>', html, re.S)
    assert status == 200 and len(rows) == 4 and all('data-key="Q159"' in r for r in rows)


@pytest.mark.parametrize("query", ["year=25", "stage=done", "state=%3Cx%3E", "page=0", "language=%22"])
def test_a_malformed_filter_is_a_400_page(browse, query):
    status, html, _ = fetch(browse[0], "/?" + query)
    assert status == 400 and "<h1>400</h1>" in html


def test_names_follow_the_readers_language_and_fall_back_to_the_articles(browse):
    base, graph = browse
    names = {r["n"]: r["l"] for r in graph.query(
        f"SELECT ?n (LANG(?n) AS ?l) WHERE {{ GRAPH <{MERGED}> {{ <https://w3id.org/newskg/id/entity/Q159> schema:name ?n }} }}")}
    arabic = next(n for n, lang in names.items() if lang == "ar")
    for path, headers in (("/state/Q159?lang=ar", {}), ("/state/Q159", {"Accept-Language": "fr;q=0.9, ar"})):
        html = fetch(base, path, headers)[1]
        title = re.search(r'<h1 class="state-name">(.*?)</h1>', html, re.S).group(1)
        assert f'<bdi lang="ar" dir="rtl">{arabic}</bdi>' in title, (path, title)
    english = re.search(r'<h1 class="state-name">(.*?)</h1>', fetch(base, "/state/Q159?lang=en")[1], re.S).group(1)
    shown = re.search(r'<bdi lang="(\w+)" dir="\w+">([^<]+)</bdi>', english)
    assert shown and names.get(shown.group(2)) == shown.group(1), english  # a name the articles gave
    assert '<span class="iso" title="ISO 3166-1">RU</span>' in english


def test_the_agreement_page_shows_lifecycle_conflicts_and_sources(browse):
    base, graph = browse
    status, html, _ = fetch(base, "/agreement/Q159_Q794")
    assert status == 200
    signed = re.search(r'<g class="event" data-stage="signed" data-date="([^"]*)" data-precision="(\w+)">', html)
    assert signed and signed.groups() == ("2025-01-17", "day")
    assert 'href="http://www.wikidata.org/entity/Q159"' in html and 'href="http://www.wikidata.org/entity/Q794"' in html
    conflicts = graph.query(f"SELECT ?v WHERE {{ GRAPH ?g {{ ?c oa:hasBody <{RU_IR}/event/signed> ; "
                            "kg:claimProperty kg:date ; kg:claimValue ?v } }")
    values = {r["v"] for r in conflicts}
    assert len(values) >= 2 and all(f'<b class="value">{v}</b>' in html for v in values)
    quotes = {r["q"] for r in graph.query(f"""SELECT DISTINCT ?q WHERE {{ GRAPH ?g {{ ?c oa:hasBody <{RU_IR}> ;
        oa:hasTarget/oa:hasSelector/oa:exact ?q }} }}""")}
    marked = {m for m in re.findall(r'<blockquote class="evidence"[^>]*><mark>(.*?)</mark>', html, re.S)}
    assert quotes and quotes <= {m.replace("&#34;", '"').replace("&#39;", "'") for m in marked}
    assert re.search(r'<blockquote class="evidence" lang="ar" dir="rtl"', html)
    assert "20 years" in html


def test_agreements_that_share_their_parties_each_show_their_own_evidence(browse):
    """Merged nodes get a year (agreement/Q142_Q183/2019) where the article graphs name the
    agreement by its parties only; each page still finds its own sources' sentences."""
    base, _ = browse
    for year, place, other in (("2000", "Paris", "Aachen"), ("2019", "Aachen", "Paris")):
        html = fetch(base, f"/agreement/Q142_Q183/{year}")[1]
        quotes = re.findall(r'<blockquote class="evidence"[^>]*><mark>(.*?)</mark>', html, re.S)
        assert any(place in q for q in quotes) and not any(other in q for q in quotes), (year, quotes)
        assert re.search(rf'data-stage="signed" data-date="{year}-01-22"', html)
        article = re.search(r'<section class="source" data-article="(/article/[^"]+)"', html).group(1)
        assert f'href="/agreement/Q142_Q183/{year}"' in fetch(base, article)[1]  # its facts link back


def test_a_path_id_in_any_script_is_the_iri_as_written():
    assert iri_part("Q159_Q30/%E4%B8%AD%E5%AF%BC%E6%9D%A1%E7%BA%A6") == "Q159_Q30/中导条约"
    assert iri_part("seeds%2F004_6bd7e0b00256c35c.txt") == "seeds%2F004_6bd7e0b00256c35c.txt"


def test_a_script_headline_is_text_on_every_page_that_shows_it(browse):
    base, _ = browse
    listed = fetch(base, "/?q=pact")[1]
    agreement = agreement_links(listed)[0]
    article = re.search(r'href="/article/([^"]*script-headline[^"]*)"', fetch(base, f"/agreement/{agreement}")[1])
    for path in (f"/agreement/{agreement}", f"/article/{article.group(1)}"):
        html = fetch(base, path)[1]
        assert "<script" not in html and "&lt;script&gt;window.kgPwned = 1&lt;/script&gt;" in html, path
        assert "&lt;b&gt;sign&lt;/b&gt;" in html


def test_the_article_page_underlines_facts_at_their_offsets(browse):
    base, graph = browse
    article = "https://w3id.org/newskg/id/article/seeds%2F004_6bd7e0b00256c35c.txt"
    html = fetch(base, "/article/seeds%2F004_6bd7e0b00256c35c.txt")[1]
    body = graph.query(f"SELECT ?b WHERE {{ GRAPH ?g {{ <{article}> schema:articleBody ?b }} }}")[0]["b"]
    spans = {(int(r["s"]), int(r["e"])) for r in graph.query(f"""SELECT ?s ?e WHERE {{ GRAPH ?g {{
        ?t oa:hasSource <{article}> ; oa:hasSelector ?p . ?p oa:start ?s ; oa:end ?e }} }}""")}
    underlined = [(int(a), int(b)) for a, b in re.findall(r'<u class="fact[^"]*" title="[^"]*" data-start="(\d+)" '
                                                           r'data-end="(\d+)"', html)]
    assert underlined and all(any(s <= a and b <= e for s, e in spans) for a, b in underlined)
    assert {a for a, _ in underlined} >= {s for s, _ in spans}
    assert '<div class="text" lang="ar" dir="rtl">' in html and "page furniture" in html
    assert len(body) > 100


def test_every_page_offers_its_table_and_its_sparql(browse):
    base, _ = browse
    for path in ("/", "/agreement/Q159_Q794", "/state/Q159", "/article/seeds%2F004_6bd7e0b00256c35c.txt"):
        html = fetch(base, path)[1]
        links = re.findall(r'class="sparql-link" href="(/query\?query=[^"]+)"', html)
        assert links, path
        for link in links:
            status, text, _ = fetch(base, link.replace("&amp;", "&"))
            assert status == 200 and "results" in json.loads(text), (path, link)
        status, text, headers = fetch(base, path + "?format=json")
        rows = json.loads(text)
        assert status == 200 and headers["Content-Type"] == "application/json" and rows, path
        table = re.search(r'class="sparql-link" href="(/query\?query=[^"]+)" data-table="yes"', html).group(1)
        assert len(json.loads(fetch(base, table.replace("&amp;", "&"))[1])["results"]["bindings"]) == len(rows), path
        status, text, _ = fetch(base, path + "?format=csv")
        assert status == 200 and text.splitlines()[0] == ",".join(rows[0]), path


def test_pages_are_read_only_and_unknown_ids_are_404(browse):
    base, graph = browse
    before = len(graph)
    assert fetch(base, "/", data=b"x=1")[0] == 405
    assert fetch(base, "/query", {"Content-Type": "application/sparql-update"}, b"CLEAR ALL")[0] == 405
    for path in ("/agreement/nope", "/state/Q1", "/article/nope", "/agreement/..%2F..", "/nothing"):
        assert fetch(base, path)[0] == 404, path
    assert len(graph) == before


def test_kg_serve_prints_where_to_browse_and_warns_off_loopback(tmp_path):
    store = tmp_path / "s"
    one = tmp_path / "in"
    one.mkdir()
    (one / "a.txt").write_text((SEEDS / "003_fc4972f94a6e8f42.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert CliRunner().invoke(main, ["build", str(one), "--store", str(store), "-q", "--no-validate"]).exit_code == 0
    for host, lines in (("127.0.0.1", 1), ("0.0.0.0", 2)):
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port),
                                   "--host", host], stderr=subprocess.PIPE, text=True)
        try:
            said = [server.stderr.readline() for _ in range(lines)]
            deadline = time.monotonic() + 30
            while fetch(f"http://127.0.0.1:{port}", "/")[0] != 200 and time.monotonic() < deadline:
                time.sleep(0.2)
        except OSError:
            said = said
        finally:
            server.terminate()
            server.wait(10)
        where = f"http://{host}:{port}"
        assert said[-1].rstrip("\n") == f"browse {where}/  ·  SPARQL {where}/query", said
        if lines == 2:
            assert said[0].startswith("warning: listening on 0.0.0.0"), said


def test_kg_serve_help_teaches_the_pages():
    text = CliRunner().invoke(main, ["serve", "--help"]).output
    for page in ("GET /  ", "/agreement/ID", "/state/QID", "/article/ID", "?format=json", "?lang="):
        assert page in text, page


# -- the SVG builders, on their own -----------------------------------------------------------

def test_a_year_is_a_span_a_month_shorter_and_a_day_a_dot():
    picture = str(svg.timeline([svg.Event("signed", "2024"), svg.Event("ratified", "2024-06"),
                                svg.Event("in_force", "2024-06-01"), svg.Event("planned")]))
    root = ET.fromstring(picture)
    ns = {"s": "http://www.w3.org/2000/svg"}
    events = {g.get("data-stage"): g for g in root.iterfind(".//s:g[@class='event']", ns)}
    year = float(events["signed"].find("s:rect", ns).get("width"))
    month = float(events["ratified"].find("s:rect", ns).get("width"))
    assert 10 < year / month < 13, (year, month)
    assert events["in_force"].find("s:circle", ns) is not None and events["in_force"].find("s:rect", ns) is None
    assert events["planned"].get("data-precision") == "none"
    assert [t.text for t in events["signed"].iterfind("s:text", ns)] == ["2024"]


def test_date_spans_follow_the_precision():
    assert svg.date_span("2024") == (svg.dt.date(2024, 1, 1), svg.dt.date(2025, 1, 1))
    assert svg.date_span("2024-12") == (svg.dt.date(2024, 12, 1), svg.dt.date(2025, 1, 1))
    assert svg.date_span("2025-01-17") == (svg.dt.date(2025, 1, 17), svg.dt.date(2025, 1, 18))


def test_the_network_escapes_names_and_colours_edges_by_stage():
    picture = str(svg.network(svg.Node("Q1", "<script>x</script>", "/state/Q1"),
                              [svg.Node("Q2", 'A "B" & C'), svg.Node("Q3", "D")],
                              [svg.Edge("Q2", "signed", "/agreement/a", "<b>t</b>"), svg.Edge("Q2", "planned"),
                               svg.Edge("Q3", "terminated")]))
    root = ET.fromstring(picture)  # well-formed: every name escaped
    ns = {"s": "http://www.w3.org/2000/svg"}
    assert "<script>" not in picture and [t.text for t in root.iterfind(".//s:text", ns)][:2] == ['A "B" & C', "D"]
    edges = [(e.get("data-stage"), e.get("stroke")) for e in root.iterfind(".//s:line[@class='edge']", ns)]
    assert edges == [("signed", svg.COLOURS["signed"]), ("planned", svg.COLOURS["planned"]),
                     ("terminated", svg.COLOURS["terminated"])]


def test_underline_cuts_the_text_at_every_fact_boundary():
    text = "abcdefghij"
    facts = [{"start": 2, "end": 6, "property": "p", "value": "1"}, {"start": 4, "end": 8, "property": "q", "value": "2"}]
    pieces = underline(text, facts)
    assert "".join(p["text"] for p in pieces) == text
    assert [(p["text"], p["facts"]) for p in pieces] == [("ab", 0), ("cd", 1), ("ef", 2), ("gh", 1), ("ij", 0)]
