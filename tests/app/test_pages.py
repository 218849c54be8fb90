"""Every page of the app, through Streamlit's AppTest: content, not just "no exception"."""

from __future__ import annotations

import re
from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.conftest import BUNDLED_DIR, PAPER_DIR, ROOT

APP = str(ROOT / "kg" / "app" / "main.py")  # the pages (app.py is their st.App)


def page(page_name: str, claims: Path = PAPER_DIR, **query: str) -> AppTest:
    import os
    os.environ["CLAIMGRAPH_CLAIMS"] = str(claims)
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    at.switch_page(f"views/{page_name}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + \
        [s.value for s in at.subheader] + [t.value for t in at.title] + \
        [i.value for i in at.info] + [s.value for s in at.success] + \
        [e.value for e in at.error] + \
        [h.value for h in at.header] + [h.proto.body for h in at.get("html")]
    return "\n".join(parts)


def test_overview_counts_and_most_important_findings() -> None:
    at = page("overview")
    out = texts(at)
    assert "11 of 14 relations consistent (2 violations, 2 warnings)" in out
    assert [m.value for m in at.metric] == ["1", "39", "24", "14", "48"]
    assert "**VIOLATION** · sum · Black Friday 2014: malls plus online platforms make the total" \
        in out
    assert "is most likely 9\\.1 billion US dollars" in out


def test_findings_page_shows_the_violation_with_its_diagnosis() -> None:
    at = page("findings")
    out = texts(at)
    assert "<b>sum</b> · Black Friday 2014: malls plus online platforms make the total" in out
    assert "<mark>910 million US dollars</mark>" in out
    assert "**Expected** 3\\.21 billion US dollars \\(3\\.155 to 3\\.265 billion US dollars\\)" in out
    assert "910 million US dollars stands for 905 to 915 million US dollars" in out
    # issue 17: the support named, not counted
    assert "suspect: 910 million US dollars (f\\-bf\\-malls); the other figures imply 9 to " \
           "9\\.2 billion US dollars; support: sum “Black Friday 2014: malls plus online " \
           "platforms make the total”, difference “US malls lag behind Alibaba by 200 million US " \
           "dollars”; other sources: 0; slip: power of ten" in out
    # violations and the warnings (the second: China's population against the World Bank's)
    assert at.caption[0].value == "4 of 18 findings"


def test_findings_what_if_switch_clears_both_violations() -> None:
    """Issue 17: the what-if listed raw ids; it now shows each relation as stated and as
    corrected, and names what clears, what still fails and what newly fails."""
    at = page("findings", finding="china-us-ecommerce-2014/r-bf-sum/sum")
    [switch] = [t for t in at.toggle if t.key.startswith("whatif-")]
    assert switch.label == "What if 910 million US dollars = 9.1 billion US dollars?"
    switch.set_value(True).run()
    assert [s.value for s in at.success] == [
        "Clears: difference “US malls lag behind Alibaba by 200 million US dollars”, sum “Black "
        "Friday 2014: malls plus online platforms make the total”"]
    assert not at.warning and not at.error  # nothing still or newly failing
    [table] = [h.proto.body for h in at.get("html") if "cg-whatif" in h.proto.body]
    row = re.search(r"<tr><td>sum “Black Friday[^<]*</td>(.*?)</tr>", table).group(1)
    assert re.fullmatch(
        r"<td>2\.3 billion US dollars \+ 910 million US dollars = 3\.21 billion US dollars; "
        r"stated total 11\.4 billion US dollars <span [^>]*data-severity='violation'[^>]*>"
        r"violation</span></td><td>9\.1 billion US dollars \+ 2\.3 billion US dollars = 11\.4 "
        r"billion US dollars; stated total 11\.4 billion US dollars <span [^>]*"
        r"data-severity='pass'[^>]*>pass</span></td>", row)


def test_findings_filters_come_from_the_url() -> None:
    at = page("findings", severity="pass", check="comparison")
    assert at.caption[0].value == "6 of 18 findings"
    assert at.query_params["severity"] == "pass"


def test_entity_page_lists_its_figures() -> None:
    at = page("entities", entity="alibaba")
    out = texts(at)
    assert "Alibaba" in [h.value for h in at.header]
    assert "**Also called** Ali, Alibaba Group" in out
    figures = at.dataframe[1].value
    assert list(figures["quote"]) == ["57.1 billion yuan", "a trillion GMV",
                                      "9.3 billion US dollars", "15 years",
                                      "200 million US dollars"]
    relations = at.dataframe[3].value
    assert dict(zip(relations["relation"], relations["status"], strict=True))["r-malls-gap"] == \
        "violation"


def source_html(at: AppTest) -> str:
    return next(h.proto.body for h in at.get("html") if "cg-source" in h.proto.body)


def test_source_page_highlights_claims_by_status() -> None:
    at = page("source", claim="c-bf-channels")
    html = source_html(at)
    assert re.search(r'<mark data-claim="c-bf-channels" data-chosen="true" title="c-bf-channels: '
                     r'violation" style="background:#f5b7b1; outline[^"]*">The market research',
                     html)
    assert '<mark data-claim="c-quarter" title="c-quarter: pass"' in html
    figures = at.dataframe[0].value
    assert sorted(figures["quote"]) == ["11.4 billion US dollars", "2.3 billion US dollars",
                                        "910 million US dollars"]


def test_the_violated_claim_is_highlighted_to_its_end_and_its_suspect_marked() -> None:
    """Issue 17: the claim spans a blank line, and its highlight stopped before it, so no
    highlight held "910 million US dollars"; the suspect was not marked apart."""
    html = source_html(page("source"))
    claim = re.search(r'<mark data-claim="c-bf-channels"[^>]*>(.*?)</mark>', html, re.S)
    assert claim and "\n" in claim.group(1)  # across the line break, in one element
    assert re.search(r'<span data-figure="f-bf-malls" title="f-bf-malls: suspect"[^>]*>910 '
                     r'million US dollars</span>', claim.group(1))
    assert '<span data-figure="f-bf-online" title="f-bf-online: figure"' in claim.group(1)


def test_source_text_is_html_never_markdown(make_doc) -> None:
    """Issue 17: "$57.4 billion … $50.9 billion" became math, "1." a list, and "![img](x)"
    in a source an image the browser fetched."""
    text = ("1. Sales\n\nSales fell from $57.4 billion in 2013 to $50.9 billion. "
            "![img](http://example.org/pixel.png) [click](javascript:alert(1))")
    claims = (':c a cg:Claim ; cg:quote "Sales fell from $57.4 billion in 2013 to $50.9 '
              'billion." ; schema:about ent:x .\nent:x rdfs:label "X" .\n'
              ':w1 a cg:Waiver ; cg:quote "1. Sales" ; cg:reason "section number" .\n'
              ':w2 a cg:Waiver ; cg:quote "in 2013" ; cg:reason "a year" .\n'
              ':f1 a cg:Figure ; cg:claim :c ; cg:quote "$57.4 billion" ; qudt:numericValue '
              "57400000000 ; qudt:unit unit:CCY_USD ; schema:about ent:x ; "
              "cg:measures cg:SalesVolume .\n"
              ':f2 a cg:Figure ; cg:claim :c ; cg:quote "$50.9 billion" ; qudt:numericValue '
              "50900000000 ; qudt:unit unit:CCY_USD ; schema:about ent:x ; "
              "cg:measures cg:SalesVolume .\n")
    at = page("source", make_doc("md", text=text, claims=claims))
    html = source_html(at)
    assert "Sales fell from <span" in html and "$57.4 billion</span> in 2013 to" in html
    assert "![img](http://example.org/pixel.png) [click](javascript:alert(1))" in html
    assert not any("$57.4" in m.value for m in at.markdown)  # no Markdown carries the text


def test_sparql_page_runs_a_named_query_from_the_url() -> None:
    at = page("sparql", name="claims-in-violations", run="1")
    frame = at.dataframe[0].value
    assert list(frame["check"]) == ["sum", "difference"]
    # the editor is a component (Ace): the query as run is shown below it, highlighted
    assert at.code[0].value.startswith("# title: Claims in violations")


def test_sparql_page_refuses_updates_and_service() -> None:
    at = page("sparql", name="(your own)", run="1",
              query="SELECT * WHERE { SERVICE <http://example.org/s> { ?s ?p ?o } }")
    assert [e.value for e in at.error] == [
        "SERVICE is refused: queries may not make outbound requests"]


def test_text_from_claims_files_is_escaped(make_doc) -> None:
    from kg.app.data import GRAPH_PANEL_STYLE
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    text = f"The {evil} shop sold 5 items and 7 boxes."
    claims = (f':c a cg:Claim ; cg:quote """{text}""" ; schema:about ent:evil .\n'
              f'ent:evil a schema:Organization ; rdfs:label """{evil}""" .\n'
              ':f a cg:Figure ; cg:claim :c ; cg:quote "5 items" ; qudt:numericValue 5 ; '
              "qudt:unit unit:NUM ; schema:about ent:evil ; cg:measures cg:SalesVolume .\n"
              ':g a cg:Figure ; cg:claim :c ; cg:quote "7 boxes" ; qudt:numericValue 7 ; '
              "qudt:unit unit:NUM ; schema:about ent:evil ; cg:measures cg:SalesVolume .\n"
              f':r a cg:ComparisonRelation ; cg:claim :c ; cg:basis cg:Stated ; '
              f'rdfs:label """{evil}""" ; cg:greater :f ; cg:lesser :g .\n')
    root = make_doc("evil", text=text, claims=claims)
    for name, query in (("findings", {}), ("source", {"claim": "c"}), ("entities",
                                                                        {"entity": "evil"}),
                        ("overview", {})):
        at = page(name, root, **query)
        rendered = texts(at).replace(GRAPH_PANEL_STYLE, "")  # the app's own script, constant
        assert not re.search(r"(?<!\\)<(script|img)", rendered), (name, rendered)
        if name in ("findings", "source"):
            assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in rendered


def test_findings_are_paged_on_a_larger_corpus(make_doc) -> None:
    text = "Shops sold 2.1 million, online 3.2 million, in all 6.3 million."
    claims = (f':c a cg:Claim ; cg:quote "{text}" ; schema:about ent:x .\n'
              'ent:x rdfs:label "X" .\n'
              + "".join(f':{n} a cg:Figure ; cg:claim :c ; cg:quote "{q}" ; qudt:numericValue {v} ; '
                        "qudt:unit unit:NUM ; schema:about ent:x ; cg:measures cg:SalesVolume .\n"
                        for n, q, v in (("a", "2.1 million", 2100000), ("b", "3.2 million", 3200000),
                                        ("t", "6.3 million", 6300000)))
              + ':r a cg:SumRelation ; cg:claim :c ; cg:basis cg:Stated ; rdfs:label "r" ; '
                "cg:total :t ; cg:part :a, :b .\n")
    for i in range(30):
        root = make_doc(f"d{i:02}", text=text, claims=claims)
    at = page("findings", root, page="2")
    assert at.caption[0].value == "30 of 90 findings"
    assert at.number_input[0].value == 2
    shown = [h.proto.body for h in at.get("html") if "<b>sum</b>" in h.proto.body]
    assert len(shown) == 5  # 30 violations, 25 on the first page
    # an entity in many documents: a few of them are built to show it, and it says so
    entity = page("entities", root, entity="x")
    assert ("Figures, claims and neighbourhood from the first 20 of the 30 documents about "
            "it; the SPARQL page asks all of them.") in [c.value for c in entity.caption]
    assert len(entity.dataframe[1].value) == 60  # the figures of those 20 documents


def test_entity_page_shows_what_other_sources_say() -> None:
    at = page("entities", BUNDLED_DIR, entity="us-large-malls")
    assert "Other sources say" in [s.value for s in at.subheader]
    [said] = [d.value for d in at.dataframe if "says" in d.value.columns]
    assert said.to_dict("records") == [
        {"figure": "f-bf-malls", "here": "910 million US dollars",
         "document": "shopping-days-2014", "says": "9.1 billion US dollars", "agrees": "no",
         "finding": "china-us-ecommerce-2014/f-bf-malls/agreement"},
        {"figure": "f-bf-malls", "here": "9.1 billion US dollars",
         "document": "china-us-ecommerce-2014", "says": "910 million US dollars",
         "agrees": "no", "finding": "shopping-days-2014/f-bf-malls/agreement"}]


def test_findings_page_shows_other_sources_and_their_support() -> None:
    at = page("findings", BUNDLED_DIR, finding="china-us-ecommerce-2014/r-bf-sum/sum")
    out = texts(at)
    assert "**Other sources say** shopping\\-days\\-2014: 9\\.1 billion US dollars for 910 " \
           "million US dollars (disagrees); shopping\\-days\\-2014: 2\\.5 billion US dollars " \
           "for 2\\.3 billion US dollars (disagrees)" in out
    assert "platforms make the total”, difference “US malls lag behind Alibaba by 200 million US " \
           "dollars”; other sources: 1; slip: power of ten" in out


def test_numbers_read_as_written_with_their_units() -> None:
    """Issue 17: tables showed 57100000000 and unit:CCY_CNY; an entity's IRI was escaped
    into a broken link."""
    at = page("entities", entity="alibaba")
    figures = at.dataframe[1].value
    assert "57.1 billion yuan" in list(figures["value"])
    assert "unit" not in figures.columns and "sales volume" in list(figures["measures"])
    assert any("**IRI** `https://w3id.org/claimgraph/entity/alibaba`" in m.value
               for m in at.markdown)
    source = page("source", claim="c-bf-channels").dataframe[0].value
    assert sorted(source["value"]) == ["11.4 billion US dollars", "2.3 billion US dollars",
                                       "910 million US dollars"]


def test_a_relations_finding_is_said_with_units_not_raw_numbers() -> None:
    """Issue 17: captions showed 8390000000; the arithmetic says it with units."""
    at = page("findings")
    assert not any("8390000000" in c.value for c in at.caption)
    assert "8\\.39 billion US dollars" in texts(at)


def test_every_filter_and_the_what_if_live_in_the_url() -> None:
    """Issue 17: the entity filter never reached the URL, cleared filters came back on
    reload, finding= pinned the list with no control, and the what-if state was lost."""
    at = page("findings", check="sum")
    at.selectbox[1].set_value("https://w3id.org/claimgraph/entity/us-large-malls").run()
    assert at.query_params["entity"] == "https://w3id.org/claimgraph/entity/us-large-malls"
    at.multiselect[1].set_value([]).run()  # clear the check filter
    assert "check" not in at.query_params
    at.multiselect[0].set_value([]).run()  # no severity at all, on purpose
    assert at.query_params["severity"] == "" and at.caption[0].value.startswith("0 of")
    pinned = page("findings", finding="china-us-ecommerce-2014/r-bf-sum/sum",
                  whatif="china-us-ecommerce-2014/r-bf-sum/sum")
    assert [i.value for i in pinned.info][0] == (
        "Showing one finding: china-us-ecommerce-2014/r-bf-sum/sum")
    [switch] = [t for t in pinned.toggle if t.key.startswith("whatif-")]
    assert switch.value is True and pinned.success  # restored from the URL, and run
    pinned.button[0].click().run()
    assert "finding" not in pinned.query_params


def test_sparql_results_download_in_the_standard_formats() -> None:
    """Issue 17: CSV only; now SPARQL 1.1 Results JSON too, and the query highlighted."""
    import json
    at = page("sparql", name="claims-in-violations", run="1")
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Download SPARQL Results JSON" in labels and "Download CSV" in labels
    assert any(c.language == "sparql" for c in at.code)
    from kg.app.data import query_result
    from kg.sparql.named import named_queries
    _, downloads, truncated = query_result(named_queries()["claims-in-violations"].text)
    assert not truncated
    data = json.loads(downloads["json"])
    assert data["head"]["vars"] and len(data["results"]["bindings"]) == 2


def test_a_result_past_the_row_limit_shows_its_first_rows_and_says_so(monkeypatch) -> None:
    """Issue 32: at 1,000 documents named queries answer tens of thousands of rows; the
    app shows the first ones with a warning instead of an error and no rows."""
    monkeypatch.setattr("kg.app.data.QUERY_MAX_ROWS", 1)
    at = page("sparql", name="claims-in-violations", run="1")
    assert [w.value for w in at.warning] == [
        "The first 1 rows: the result has more. `kg query` answers them all (or add "
        "LIMIT and OFFSET to page through them)."]
    assert len(at.dataframe[0].value) == 1 and not at.error


def test_entities_are_listed_with_counts_and_claims_with_their_status() -> None:
    """Issue 17: the entity list had no counts, and an entity's claims no status."""
    at = page("entities", entity="us-large-malls")
    listed = at.dataframe[0].value
    assert {"figures", "claims", "documents"} <= set(listed.columns)
    sizes = list(listed["figures"] + listed["claims"])
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > sizes[-1]  # the biggest first
    malls = listed[listed["entity"] == "us-large-malls"].iloc[0]
    assert malls["figures"] >= 1
    claims = next(d.value for d in at.dataframe if "quote" in d.value.columns
                  and "claim" in d.value.columns)
    assert "violation" in list(claims["status"])


def test_findings_say_where_name_their_document_and_link_to_the_source() -> None:
    """Issue 17: no claims.ttl:LINE / source.txt:LINE, no document, no link to Source (and
    back), and findings that could not be checked mixed in by default."""
    at = page("findings", finding="china-us-ecommerce-2014/r-bf-sum/sum")
    captions = [c.value for c in at.caption]
    assert any(re.fullmatch(r".*claims/china-us-ecommerce-2014/claims\.ttl:\d+ · .*claims/"
                            r"china-us-ecommerce-2014/source\.txt:\d+", c) for c in captions)
    assert any("<i>china-us-ecommerce-2014</i>" in h.proto.body for h in at.get("html"))
    links = [(p.proto.label, p.proto.page) for p in at.get("page_link")]
    assert any(label == "Show in Source" and "source" in target for label, target in links)
    assert page("findings").multiselect[0].value == ["violation", "warning"]
    source = page("source", claim="c-bf-channels")
    assert "Open in Findings" in [p.proto.label for p in source.get("page_link")]


def test_overview_counts_per_document_and_colours_by_status() -> None:
    """Issue 17: no per-document counts; the chart was one colour in alphabetical order."""
    import json
    at = page("overview")
    [documents] = [d.value for d in at.dataframe]
    row = documents.iloc[0]
    assert (row["document"], row["violations"], row["warnings"]) == (
        "china-us-ecommerce-2014", 2, 2)
    [chart] = at.get("vega_lite_chart")
    spec = json.loads(chart.proto.spec)
    colours = spec["encoding"]["color"]["scale"]["range"]
    assert colours == ["#2e8b57", "#3498db", "#f1c40f", "#c0392b"]  # pass … violation


def test_snippets_start_at_a_word_and_fold_the_sources_line_breaks() -> None:
    """Issue 17: snippets started mid-word and kept hard line breaks."""
    from kg.app.data import corpus
    at = page("findings", finding="china-us-ecommerce-2014/r-bf-sum/sum")
    snippet = next(h.proto.body for h in at.get("html") if "<mark>" in h.proto.body)
    import html
    words = html.unescape(re.sub(r"<[^>]+>", "", snippet)).strip("…")
    assert "\n" not in words
    text = " ".join(corpus().sources["china-us-ecommerce-2014"].text.split())
    start = text.index(words[:40])
    assert start == 0 or text[start - 1] == " "  # a whole word first


def test_the_neighbourhood_graph_has_a_legend() -> None:
    """Issue 17: unlabelled dots with no legend."""
    out = texts(page("entities", entity="us-large-malls"))
    for name in ("entity", "claim", "figure", "relation that holds", "violated relation"):
        assert name in out


def test_the_app_reads_kg_checks_cache_and_builds_only_what_it_shows(tmp_path) -> None:
    """Issue 17, point 4: the app reuses the check pipeline and its cache: after kg check,
    opening it checks nothing again, and the listings build no document."""
    from click.testing import CliRunner

    from kg.app import data
    from kg.cli import cli
    from kg.synth import write_corpus
    claims = tmp_path / "claims"
    write_corpus(claims, 12, seed=3)
    done = CliRunner().invoke(cli, ["check", "--claims", str(claims), "--format", "json",
                                    "--output", str(tmp_path / "r.json")])
    assert done.exit_code == 1, done.output
    at = page("overview", claims)
    c = data._slot(str(claims))["corpus"]
    assert (len(c.reused), c.checked) == (12, [])
    assert "12 document(s) read from kg check's cache, 0 checked now." in texts(at)
    for name in ("findings", "entities"):
        page(name, claims)
    assert not c._built  # counts, facets, intervals and entities came from the summaries
    page("source", claims)
    assert list(c._built) == [c.documents[0]]
    facets = page("findings", claims).multiselect[0].options
    assert facets[0].startswith("violation (") and facets[0].endswith(")")


def test_a_document_that_does_not_build_is_named_and_the_others_still_shown(make_doc) -> None:
    """Bad input: one line naming the file, the line and what is wrong; the other
    documents are still shown."""
    text = "Shops sold 2 boxes."
    good = (f':c a cg:Claim ; cg:quote "{text}" ; schema:about ent:x .\n'
            'ent:x rdfs:label "X" .\n'
            ':f a cg:Figure ; cg:claim :c ; cg:quote "2 boxes" ; qudt:numericValue 2 ; '
            "qudt:unit unit:NUM ; schema:about ent:x ; cg:measures cg:SalesVolume .\n")
    make_doc("good", text=text, claims=good)
    root = make_doc("bad", text=text, claims=':c a cg:Claim ; cg:quote "unclosed .\n')
    at = page("overview", root)
    [error] = [e.value for e in at.error]
    assert re.match(r".*claims/bad/claims\.ttl:\d+", error.replace("\\", "")), error
    assert [m.value for m in at.metric][0] == "1"  # the good document
    assert list(at.dataframe[0].value["document"]) == ["good"]


def test_the_graph_is_handed_only_inert_data(make_doc) -> None:
    """Issue 29: st_link_analysis writes a node's fields, all but ``label``, into its info
    panel as HTML; an entity's label in ``name`` ran script there.  What people read is in
    ``label`` as it is, every other field is escaped once, and the styles pick nodes by
    ``kind``."""
    import html
    import json
    evil = '<img src=x onerror="document.title=1">'
    claims = ('ent:a\\&b a schema:Organization ; rdfs:label """' + evil + '""" .\n'
              ':c a cg:Claim ; cg:quote "5 items and 7 boxes" ; schema:about ent:a\\&b .\n'
              ':f a cg:Figure ; cg:claim :c ; cg:quote "5 items" ; qudt:numericValue 5 ; '
              "qudt:unit unit:NUM ; schema:about ent:a\\&b ; cg:measures cg:SalesVolume .\n"
              ':g a cg:Figure ; cg:claim :c ; cg:quote "7 boxes" ; qudt:numericValue 7 ; '
              "qudt:unit unit:NUM ; schema:about ent:a\\&b ; cg:measures cg:SalesVolume .\n"
              ':r a cg:ComparisonRelation ; cg:claim :c ; cg:basis cg:Stated ; rdfs:label "r" ; '
              "cg:lesser :f ; cg:greater :g .\n")
    at = page("entities", make_doc("x", text="5 items and 7 boxes", claims=claims),
              entity="a&b")
    [graph] = [e.proto for e in at.get("component_instance")
               if e.proto.component_name.endswith("st_link_analysis")]
    args = json.loads(graph.json_args)
    nodes = [n["data"] for n in args["elements"]["nodes"]]
    edges = [e["data"] for e in args["elements"]["edges"]]
    assert nodes[0] == {"id": "https://w3id.org/claimgraph/entity/a&amp;b", "kind": "ENTITY",
                        "label": evil}
    assert len(nodes) == 5 and len(edges) == 5  # the claim, two figures, the relation
    for data in nodes + edges:
        for key, value in data.items():
            if key != "label":
                assert value == html.escape(html.unescape(value)), (key, value)
    assert {s["selector"] for s in args["style"] if s["selector"].startswith("node")} == {
        f"node[kind = '{k}']" for k in ("ENTITY", "CLAIM", "FIGURE", "PASS", "VIOLATION",
                                        "INFO", "WARNING")}
    assert all(s["style"].get("label") == "data(label)" for s in args["style"])


SLASHED = ('<https://w3id.org/claimgraph/entity/a/b> a schema:Organization ; '
           'rdfs:label "A slash B" .\n'
           ':c a cg:Claim ; cg:quote "5 items and 7 boxes" ; '
           'schema:about <https://w3id.org/claimgraph/entity/a/b> .\n'
           ':f a cg:Figure ; cg:claim :c ; cg:quote "5 items" ; qudt:numericValue 5 ; '
           "qudt:unit unit:NUM ; schema:about <https://w3id.org/claimgraph/entity/a/b> ; "
           "cg:measures cg:SalesVolume .\n")


def test_an_entity_with_a_slash_in_its_name_is_shown_like_any(make_doc) -> None:
    """Issue 29: an entity IRI with a "/" after the entity namespace crashed Entities with
    a traceback (the page looked it up by the part after the last "/")."""
    root = make_doc("x", text="5 items and 7 boxes", claims=SLASHED)
    listed = page("entities", root)
    assert list(listed.dataframe[0].value["entity"]) == ["a/b"]
    at = page("entities", root, entity="a/b")
    assert [h.value for h in at.header] == ["A slash B"]
    assert any("`https://w3id.org/claimgraph/entity/a/b`" in m.value for m in at.markdown)
    assert list(at.dataframe[1].value["quote"]) == ["5 items"]
    assert not at.error
    assert page("entities", root, entity="b").selectbox[0].value == "(choose)"


def test_a_claims_file_broken_after_the_check_is_one_line_naming_it(make_doc) -> None:
    """Issue 29: a document that no longer builds (edited since the app checked it) made a
    page show a Python traceback with absolute paths; it is one line naming the file."""
    root = make_doc("x", text="5 items and 7 boxes", claims=SLASHED)
    page("entities", root)  # checked and kept
    claims = root / "x" / "claims.ttl"
    claims.write_text(claims.read_text(encoding="utf-8") + "\n:broken a\n", encoding="utf-8")
    at = page("entities", root, entity="a/b")  # builds the document again: it fails
    [error] = [e.value for e in at.error]
    assert "claims.ttl:" in error and "x no longer builds" in error, error
    assert "\n" not in error and "Traceback" not in error and str(ROOT) not in error
    assert not at.exception


def test_a_links_unknown_finding_or_severity_is_said_and_left_out() -> None:
    """Issue 33: ?finding=nope showed "Showing one finding: nope" and "0 of 18";
    severity=bogus cleared every severity."""
    at = page("findings", finding="nope")
    assert [w.value for w in at.warning] == [
        "The link's finding 'nope' is not in this corpus (checked again since, or "
        "mistyped): showing all findings."]
    assert not at.info and at.caption[0].value == "4 of 18 findings"
    at = page("findings", severity="bogus")
    assert at.multiselect[0].value == ["violation", "warning"]  # the default, not nothing
    assert "'bogus' is not one of violation, warning, info, pass" in at.warning[0].value
    at = page("findings", severity="violation,bogus")
    assert at.multiselect[0].value == ["violation"]
    assert page("findings", severity="").multiselect[0].value == []  # cleared on purpose


def test_every_finding_card_links_to_itself() -> None:
    """Issue 33: a finding's own card had no link to itself (to share it)."""
    at = page("findings")
    links = [(p.proto.label, p.proto.query_string) for p in at.get("page_link")]
    mine = [q for label, q in links if label == "Link to this finding"]
    assert len(mine) == 4  # one per card shown
    assert "finding=china-us-ecommerce-2014%2Fr-bf-sum%2Fsum" in mine
