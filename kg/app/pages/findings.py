"""Findings: every finding, filterable; quotes in context, the arithmetic, the interval
reasoning, and the diagnosis with a what-if switch."""

import re

import streamlit as st
from rdflib import URIRef
from rdflib.namespace import RDF

from kg.app.data import corpus, esc, local, md, other_sources, twin
from kg.namespaces import CG, SCHEMA
from kg.numbers import describe_interval

c = corpus()
params = st.query_params
st.title("Findings")

SEVERITIES = ["violation", "warning", "info", "pass"]
checks = sorted({f.check for f in c.report.findings})
documents = ["(all)"] + c.report.documents
entity_labels = {}
for doc in c.result.documents:
    for e in set(doc.graph.objects(None, SCHEMA.about)):
        label = doc.graph.value(e, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))
        entity_labels[str(e)] = str(label) if label else local(str(e))


def listed(name: str, allowed: list[str], default: list[str]) -> list[str]:
    given = [x for x in params.get(name, "").split(",") if x in allowed]
    return given or default


left, mid, right, far = st.columns(4)
severity = left.multiselect("Severity", SEVERITIES, listed("severity", SEVERITIES,
                                                             ["violation", "warning", "info"]))
check = mid.multiselect("Check", checks, listed("check", checks, []))
doc_choice = right.selectbox("Document", documents,
                             index=documents.index(params.get("doc", "(all)"))
                             if params.get("doc", "(all)") in documents else 0)
entity_options = ["(all)"] + sorted(entity_labels, key=lambda e: entity_labels[e])
entity = far.selectbox("Entity", entity_options, format_func=lambda e: entity_labels.get(e, e),
                       index=entity_options.index(params["entity"])
                       if params.get("entity") in entity_options else 0)
only = params.get("finding")

params["severity"] = ",".join(severity)
if check:
    params["check"] = ",".join(check)
if doc_choice != "(all)":
    params["doc"] = doc_choice


def concerns_entity(f) -> bool:
    if entity == "(all)":
        return True
    for doc in c.result.documents:
        for node in f.figures + f.claims:
            if (URIRef(node), SCHEMA.about, URIRef(entity)) in doc.graph:
                return True
    return False


shown = [f for f in c.report.findings
         if (only is None or f.id == only) and (only or f.severity in severity)
         and (not check or f.check in check) and (doc_choice == "(all)" or f.document == doc_choice)
         and concerns_entity(f)]
st.caption(f"{len(shown)} of {len(c.report.findings)} findings")
PER_PAGE = 25  # a page of findings re-renders fast on a large corpus
pages = max(1, -(-len(shown) // PER_PAGE))
page_no = min(max(1, int(params.get("page", "1") or 1)), pages)
if pages > 1:
    page_no = st.number_input(f"Page (of {pages})", 1, pages, page_no)
    params["page"] = str(page_no)
shown_here = shown[(page_no - 1) * PER_PAGE:page_no * PER_PAGE]

COLOURS = {"violation": "#f8d7da", "warning": "#fff3cd", "info": "#d1ecf1", "pass": "#d4edda"}


def context_html(text: str, quotes) -> str:
    start = max(0, min(q.start for q in quotes) - 120)
    end = min(len(text), max(q.end for q in quotes) + 120)
    out, pos = ["…" if start else ""], start
    for q in sorted(quotes, key=lambda q: q.start):
        if q.start < pos:
            continue
        out.append(esc(text[pos:q.start]))
        out.append(f"<mark>{esc(text[q.start:q.end])}</mark>")
        pos = q.end
    out.append(esc(text[pos:end]) + ("…" if end < len(text) else ""))
    return "<div style='white-space: pre-wrap; font-family: serif'>" + "".join(out) + "</div>"


def intervals(f) -> list[str]:
    from kg.check.arithmetic import unit_code
    lines = []
    for doc in c.result.documents:
        if doc.doc_id != f.document:
            continue
        g = doc.graph
        for node in map(URIRef, f.figures):
            if (node, RDF.type, CG.Figure) not in g:
                continue
            low, high = g.value(node, CG.lowerBound), g.value(node, CG.upperBound)
            from decimal import Decimal
            text = describe_interval(Decimal(str(low)) if low is not None else None,
                                     Decimal(str(high)) if high is not None else None,
                                     unit_code(g, node))
            lines.append(f"{md(g.value(node, CG.quote))} stands for {md(text)}")
    return lines


def what_if(candidates) -> set[str]:
    """Ids of the findings that clear if the candidates took their suggested values."""
    from kg.check import check_corpus
    from kg.diagnose.whatif import Assumption, apply

    assumed = apply(c.result, [Assumption(URIRef(x.figure), x.suggested, x.suggested_decimals, "")
                               for x in candidates])
    after = check_corpus(assumed, diagnose=False)
    still = {f.id for f in after.findings if f.severity == "violation"}
    return {f.id for f in c.report.findings if f.severity == "violation"} - still


for f in shown_here:
    with st.container(border=True):
        badge = f"<span style='background:{COLOURS[f.severity]};padding:2px 6px'>" \
                f"{esc(f.severity.upper())}</span>"
        st.markdown(f"{badge} <b>{esc(f.check)}</b> · {esc(f.label or f.id)}",
                    unsafe_allow_html=True)
        source = c.sources.get(f.document)
        if source is not None and f.quotes:
            st.markdown(context_html(source.text, f.quotes), unsafe_allow_html=True)
        if f.arithmetic:
            st.markdown(f"**Arithmetic** {md(f.arithmetic)}")
        if f.expected or f.observed:
            st.markdown(f"**Expected** {md(f.expected)}  \n**Observed** {md(f.observed)}")
        reasoning = intervals(f)
        if reasoning and f.check not in ("structure", "provenance"):
            st.markdown("**Intervals** " + "; ".join(reasoning))
        st.caption(f.message)
        said = other_sources(f.figures) if f.check != "agreement" else []
        if said:
            st.markdown("**Other sources say** " + "; ".join(
                f"{md(r['document'])}: {md(r['says'])} for {md(r['here'])} "
                f"({'agrees' if r['agrees'] == 'yes' else 'disagrees'})" for r in said))
        if f.suppressed_by is not None:
            st.info(f"Accepted by {f.suppressed_by.creator} on {f.suppressed_by.date}: "
                    f"{f.suppressed_by.reason}")
        for d in c.report.diagnosis_objects:
            group = [x for x in d.candidates if f.id in x.explains]
            if not group and not (d.status == "ambiguous" and any(
                    f.id in x.explains for g in d.alternatives for x in g)):
                continue
            st.markdown("**Diagnosis** " + md(d.headline()))
            for x in group:
                st.markdown(f"- suspect: {md(x.quote)} ({md(local(x.figure))}); the other "
                            f"figures imply {md(x.describe_implied())}; support: {x.support} "
                            f"relation(s), {x.source_support} other source(s); slip: "
                            f"{md(x.pattern or 'none recognised')}")
            if group and all(x.suggested is not None for x in group):
                key = "whatif-" + re.sub(r"\W", "-", f.id)
                label = ", ".join(f"{x.quote} = {x.describe_value(x.suggested)}" for x in group)
                if st.toggle(f"What if {label}?", key=key):
                    cleared = what_if(group)
                    st.success("Clears: " + (", ".join(sorted(cleared)) or "nothing"))

twin("""PREFIX cg: <https://w3id.org/claimgraph/ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?finding ?status ?check ?claim ?expected ?observed WHERE {
  GRAPH ?g { ?f dcterms:identifier ?finding ; cg:status ?status ; cg:checkKind ?check .
             OPTIONAL { ?f cg:concernsClaim ?claim } OPTIONAL { ?f cg:expected ?expected }
             OPTIONAL { ?f cg:observed ?observed } }
} ORDER BY ?finding""", [{k: v for k, v in f.as_dict().items() if k != "quotes"} for f in shown],
     "findings")
