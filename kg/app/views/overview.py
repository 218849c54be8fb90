"""Overview: the documents, what they hold, and the most important findings first."""

import pandas as pd
import streamlit as st
from rdflib.namespace import DCTERMS, RDFS

from kg.app.data import corpus, md, twin
from kg.app.main import page
from kg.namespaces import CG, ENT

c = corpus()
st.title("claimgraph")
st.subheader(c.report.headline())

rows = []
for doc in c.result.documents:
    g = doc.graph
    mine = [f for f in c.report.findings if f.document == doc.doc_id]
    rows.append({"document": doc.doc_id, "title": str(g.value(doc.iri, DCTERMS.title) or ""),
                 "claims": doc.count(CG.Claim), "figures": doc.count(CG.Figure),
                 "relations": sum(doc.relation_counts().values()),
                 "entities": len({e for e in g.subjects(RDFS.label, None)
                                  if str(e).startswith(str(ENT))}),
                 "violations": sum(f.severity == "violation" for f in mine),
                 "warnings": sum(f.severity == "warning" for f in mine)})
totals = {k: sum(r[k] for r in rows) for k in ("claims", "figures", "relations", "entities")}
for col, (name, value) in zip(st.columns(4), totals.items(), strict=True):
    col.metric(name.capitalize(), value)
st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")

summary = c.report.summary()
st.markdown(f"**{summary['passed']} of {summary['relations']} relations consistent**")
# one bar of relations by status, in severity order and the status colours
STATUS_COLOURS = {"pass": "#2e8b57", "info": "#3498db", "warning": "#f1c40f",
                  "violation": "#c0392b"}
counts = {s: sum(1 for v in c.report.relations.values() if v == s) for s in STATUS_COLOURS}
st.bar_chart(pd.DataFrame([counts], index=["relations"]), horizontal=True, stack=True,
             color=list(STATUS_COLOURS.values()), height=140)

st.header("Most important findings")
important = [f for f in c.report.findings if f.severity in ("violation", "warning")]
if not important:
    st.success("Nothing at or above warning.")
for f in important[:10]:
    st.markdown(f"**{f.severity.upper()}** · {md(f.check)} · {md(f.label or f.id)}  \n"
                f"{md(f.arithmetic or f.message)}")
    st.page_link(page("findings"), label="Open in Findings", query_params={"finding": f.id})
if len(important) > 10:
    st.page_link(page("findings"), label=f"… and {len(important) - 10} more: all findings")
for d in c.report.diagnosis_objects[:10]:
    st.info("Diagnosis: " + md(d.headline()))

twin("""PREFIX cg: <https://w3id.org/claimgraph/ns#>
SELECT ?document (COUNT(DISTINCT ?claim) AS ?claims) (COUNT(DISTINCT ?figure) AS ?figures)
WHERE { GRAPH ?document { { ?claim a cg:Claim } UNION { ?figure a cg:Figure } } }
GROUP BY ?document""", rows, "documents")
