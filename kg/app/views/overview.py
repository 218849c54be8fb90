"""Overview: the documents, what they hold, and the most important findings first."""

import pandas as pd
import streamlit as st

from kg.app.data import corpus, diagnosed, forget, md, ranked_diagnoses, twin
from kg.app.main import page

c = corpus()
st.title("claimgraph")
st.subheader(c.report.headline())
# what is most likely wrong, and where, on the first screen: what a reader opens the app for
diagnoses = ranked_diagnoses(c)
if diagnoses:
    first = diagnosed(c, diagnoses[0])
    st.error(f"**Most likely wrong** in **{md(first['document'])}** "
             f"({md(first['title'])}): {md(first['sentence'])}")
    if first["finding"]:
        st.page_link(page("findings"), label="Open this finding",
                     query_params={"finding": first["finding"]})
if c.checked or c.reused:
    st.caption(f"{len(c.reused)} document(s) read from kg check's cache, {len(c.checked)} "
               "checked now.")
if st.button("Check again", help="Read the claims folder again (after an edit)"):
    forget()
    st.rerun()
for p in c.problems[:20]:
    st.error(md(str(p)))

per_document: dict[str, dict[str, int]] = {}
for f in c.report.findings:
    counts = per_document.setdefault(f.document, {"violation": 0, "warning": 0})
    if f.severity in counts:
        counts[f.severity] += 1
rows = []
for doc_id, s in c.summaries.items():
    mine = per_document.get(doc_id, {})
    # what is wrong beside the name, before the long title could push it out of sight
    rows.append({"document": doc_id, "violations": mine.get("violation", 0),
                 "warnings": mine.get("warning", 0), "title": s.title, "claims": s.claims,
                 "figures": s.figures, "relations": s.relations, "entities": len(s.entities)})
totals = {"documents": len(rows), **{k: sum(r[k] for r in rows)
                                      for k in ("claims", "figures", "relations")},
          "entities": len(c.entities)}
for col, (name, value) in zip(st.columns(5), totals.items(), strict=True):
    col.metric(name.capitalize(), f"{value:,}")
# the documents with the most violations first: what a reviewer opens first
st.dataframe(pd.DataFrame(sorted(rows, key=lambda r: (-r["violations"], -r["warnings"]))),
             hide_index=True, width="stretch")

summary = c.report.summary()
st.markdown(f"**{summary['passed']:,} of {summary['relations']:,} relations consistent**")
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
    st.markdown(f"**{f.severity.upper()}** · {md(f.check)} · {md(f.label or f.id)} · "
                f"{md(f.document)}  \n{md(f.arithmetic or f.message)}")
    st.page_link(page("findings"), label="Open in Findings", query_params={"finding": f.id})
if len(important) > 10:
    st.page_link(page("findings"), label=f"… and {len(important) - 10:,} more: all findings")
for d in diagnoses[1:10]:
    other = diagnosed(c, d)
    st.info(f"Diagnosis in **{md(other['document'])}**: {md(other['sentence'])}")
    if other["finding"]:
        st.page_link(page("findings"), label="Open this finding",
                     query_params={"finding": other["finding"]})

twin("""PREFIX cg: <https://w3id.org/claimgraph/ns#>
SELECT ?document (COUNT(DISTINCT ?claim) AS ?claims) (COUNT(DISTINCT ?figure) AS ?figures)
WHERE { GRAPH ?document { { ?claim a cg:Claim } UNION { ?figure a cg:Figure } } }
GROUP BY ?document""", rows, "documents")
