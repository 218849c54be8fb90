"""Source: the document text with every claim highlighted by status; pick a claim to see
its figures and findings."""

import pandas as pd
import streamlit as st
from rdflib import URIRef
from rdflib.namespace import RDF

from kg.app.data import UrlState, corpus, diagnosed, local, md, readable, twin
from kg.app.highlight import Span, highlighted, legend
from kg.app.main import page
from kg.namespaces import CG, QUDT

c = corpus()
url = UrlState("source")
st.title("Source")
if not c.documents:
    st.warning("No document built.")
    st.stop()
ids = c.documents
# the document and the claim side by side, so a deep link's claim stands on the first screen
pick_doc, pick_claim = st.columns([2, 3])
url.seed("source-doc", url.get("doc") if url.get("doc") in ids else ids[0])
if st.session_state["source-doc"] not in ids:  # the claims folder changed since
    st.session_state["source-doc"] = ids[0]
doc_id = pick_doc.selectbox("Document", ids, key="source-doc")
doc = c.document(doc_id)
g = doc.graph

status = c.claim_status
suspects = {x.figure for d in c.report.diagnosis_objects for x in d.candidates}
claims = sorted((a.start, a.end, str(node)) for node, a in doc.anchors.items()
                if (node, RDF.type, CG.Claim) in g)
spans = [{"claim": local(claim), "start": start, "end": end,
          "status": status.get(claim, "not checked")} for start, end, claim in claims]
figures = [Span(a.start, a.end, "suspect" if str(node) in suspects else "figure", local(node))
           for node, a in doc.anchors.items() if (node, RDF.type, CG.Figure) in g]
by_name = {s["claim"]: s for s in spans}


def claim_option(name: str) -> str:
    """A claim as the list shows it: its id, status and first words."""
    if name not in by_name:
        return name
    s = by_name[name]
    words = " ".join(doc.text[s["start"]:s["end"]].split())
    return f"{name} · {s['status']} · {words[:70]}{'…' if len(words) > 70 else ''}"


names = [s["claim"] for s in spans]
url.seed("source-claim", url.get("claim") if url.get("claim") in names else "(choose)")
if st.session_state["source-claim"] not in names:  # another document chosen since
    st.session_state["source-claim"] = "(choose)"
chosen = pick_claim.selectbox("Claim", ["(choose)"] + names, format_func=claim_option,
                              key="source-claim")
# the document in the URL once asked for or changed (a page opened bare writes nothing)
url.write({"doc": doc_id if url.get("doc") is not None or doc_id != ids[0] else None,
           "claim": None if chosen == "(choose)" else chosen})
if chosen != "(choose)":
    here = by_name[chosen]
    iri = next(s for _, _, s in claims if local(s) == chosen)
    with st.container(border=True):
        # the chosen claim's own words, its figures marked and the suspect outlined
        st.caption(f"Chosen claim {chosen} · {here['status']}")
        start, end = here["start"], here["end"]
        st.html(highlighted(
            doc.text[start:end], [Span(0, end - start, here["status"], chosen)],
            [Span(f.start - start, f.end - start, f.status, f.name) for f in figures
             if start <= f.start and f.end <= end], chosen=chosen, fold=True,
            css_class="cg-claim"))
        for d in c.report.diagnosis_objects:
            if any(x.figure in {str(f) for f in g.subjects(CG.claim, URIRef(iri))}
                   for x in d.candidates):
                st.markdown("**Diagnosis** " + md(diagnosed(c, d)["sentence"]))
        for f in c.report.findings:
            if iri in f.claims:
                st.markdown(f"**{f.severity.upper()}** · {md(f.check)} · "
                            f"{md(f.label or f.id)} — {md(f.arithmetic or f.message)}")
                st.page_link(page("findings"), label="Open in Findings",
                             query_params={"finding": f.id})
        rows = [{"figure": local(str(f)), "quote": str(g.value(f, CG.quote)),
                 "value": str(g.value(f, QUDT.numericValue)), "unit": str(g.value(f, QUDT.unit))}
                for f in g.subjects(CG.claim, URIRef(iri)) if (f, RDF.type, CG.Figure) in g]
        st.markdown("**Figures**")
        st.dataframe(pd.DataFrame(readable(rows)), hide_index=True, width="stretch")

# HTML, never Markdown: the source's "$…$" is money, "![x](y)" is text, a blank line is text
st.html(legend())
# the text scrolls in its own box, so the page below it stays in reach
with st.container(height=560):
    st.html(highlighted(doc.text, [Span(s["start"], s["end"], s["status"], s["claim"])
                                   for s in spans], figures,
                        chosen=None if chosen == "(choose)" else chosen))

twin("""PREFIX cg: <https://w3id.org/claimgraph/ns#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?claim ?start ?end WHERE { GRAPH ?doc { ?claim a cg:Claim ; cg:anchor ?a .
  ?a oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end } } ORDER BY ?start""", spans,
     f"spans-{doc_id}")
