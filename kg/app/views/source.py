"""Source: the document text with every claim highlighted by status; pick a claim to see
its figures and findings."""

import pandas as pd
import streamlit as st
from rdflib.namespace import RDF

from kg.app.data import corpus, local, md, readable, twin
from kg.app.highlight import Span, highlighted, legend
from kg.app.main import page
from kg.namespaces import CG, QUDT

c = corpus()
params = st.query_params
st.title("Source")
if not c.documents:
    st.warning("No document built.")
    st.stop()
ids = c.documents
doc_id = st.selectbox("Document", ids, index=ids.index(params["doc"]) if params.get("doc") in ids
                      else 0)
params["doc"] = doc_id
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
# HTML, never Markdown: the source's "$…$" is money, "![x](y)" is text, a blank line is text
st.html(legend())
# the text scrolls in its own box, so a claim's details stand right below it, not after
# thousands of pixels of text
with st.container(height=560):
    st.html(highlighted(doc.text, [Span(s["start"], s["end"], s["status"], s["claim"])
                                   for s in spans], figures))

names = [s["claim"] for s in spans]
chosen = st.selectbox("Claim", ["(choose)"] + names,
                      index=names.index(params["claim"]) + 1 if params.get("claim") in names else 0)
if chosen != "(choose)":
    params["claim"] = chosen
    iri = next(s for _, _, s in claims if local(s) == chosen)
    rows = [{"figure": local(str(f)), "quote": str(g.value(f, CG.quote)),
             "value": str(g.value(f, QUDT.numericValue)), "unit": str(g.value(f, QUDT.unit))}
            for f in g.subjects(CG.claim, __import__("rdflib").URIRef(iri))
            if (f, RDF.type, CG.Figure) in g]
    st.subheader("Figures")
    st.dataframe(pd.DataFrame(readable(rows)), hide_index=True, width="stretch")
    st.subheader("Findings")
    for f in c.report.findings:
        if iri in f.claims:
            st.markdown(f"**{f.severity.upper()}** · {md(f.check)} · {md(f.label or f.id)} — "
                        f"{md(f.arithmetic or f.message)}")
            st.page_link(page("findings"), label="Open in Findings",
                         query_params={"finding": f.id})

twin("""PREFIX cg: <https://w3id.org/claimgraph/ns#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?claim ?start ?end WHERE { GRAPH ?doc { ?claim a cg:Claim ; cg:anchor ?a .
  ?a oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end } } ORDER BY ?start""", spans,
     f"spans-{doc_id}")
