"""Entities: a searchable list; one entity's figures, claims, relations and neighbourhood."""

import re

import pandas as pd
import streamlit as st
from rdflib import URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.app.data import (
    GRAPH_PANEL_STYLE, UrlState, corpus, graph_elements, kind_style, local, md, other_sources,
    query_documents, readable, twin,
)
from kg.namespaces import CG, SCHEMA
from kg.sparql.named import bindings_for, named_queries
from kg.vocab import ROLES

c = corpus()
url = UrlState("entities")
st.title("Entities")

graph = c.entities
LISTED = 1_000  # rows and dropdown options: search narrows a longer list
DOCUMENTS_SHOWN = 20  # an entity's documents built to show its figures and neighbourhood


def _option(row: dict | None, fallback: str) -> str:
    if row is None:
        return fallback
    return f"{row['label']} ({row['figures']} figures, {row['claims']} claims)"


url.seed("entities-q", url.get("q", ""))
search = st.text_input("Search", key="entities-q")
matching = [e for e in sorted(graph.values(), key=lambda e: (-e["figures"] - e["claims"],
                                                             e["label"].lower()))
            if search.lower() in e["label"].lower() or search.lower() in e["entity"]]
listed = matching[:LISTED]
if len(matching) > LISTED:
    st.caption(f"The {LISTED:,} most mentioned of {len(matching):,} entities: search to narrow.")
by_key = {e["entity"]: e for e in graph.values()}
choice = url.get("entity") if url.external else st.session_state.get("entities-entity")
if choice and choice not in {e["entity"] for e in listed}:
    listed += [e for e in matching if e["entity"] == choice]
options = [e["entity"] for e in listed]
url.seed("entities-entity", url.get("entity", "(choose)"))
if st.session_state["entities-entity"] not in options:  # the search left it out
    st.session_state["entities-entity"] = "(choose)"
picked = st.selectbox("Entity", ["(choose)"] + options, key="entities-entity",
                      format_func=lambda x: _option(by_key.get(x), x))
state = {"q": search or None, "entity": None if picked == "(choose)" else picked}
st.dataframe(pd.DataFrame(listed), hide_index=True, width="stretch")

query = named_queries()["figures-about"]
if picked == "(choose)":
    url.write(state)
    twin(query.text, listed, "entities")
    st.stop()

info = by_key[picked]
iri = URIRef(info["iri"])
about_it = c.documents_about(str(iri))
if len(about_it) > DOCUMENTS_SHOWN:
    st.caption(f"Figures, claims and neighbourhood from the first {DOCUMENTS_SHOWN} of the "
               f"{len(about_it):,} documents about it; the SPARQL page asks all of them.")
built = [c.document(d) for d in about_it[:DOCUMENTS_SHOWN]]
st.header(md(info["label"]))
# an IRI is code, not Markdown: escaping it broke the link (https://w3id\.org/…)
st.markdown(f"**Type** {md(info['type'])}  \n**IRI** `{iri}`")
for doc in built:
    alt = sorted(str(a) for a in doc.graph.objects(iri, SKOS.altLabel))
    if alt:
        st.markdown("**Also called** " + md(", ".join(alt)))
    for same in doc.graph.objects(iri, SCHEMA.sameAs):
        if re.fullmatch(r"http://www\.wikidata\.org/entity/Q\d+", str(same)):
            st.link_button(f"Wikidata {local(str(same))}", str(same))

figures = query_documents(about_it[:DOCUMENTS_SHOWN], query.text,
                          bindings_for(query, {"entity": str(iri)}))
st.subheader("Figures")
st.dataframe(pd.DataFrame(readable(figures)), hide_index=True, width="stretch")

about = sorted({str(f) for doc in built for f in doc.graph.subjects(SCHEMA.about, iri)
                if (f, RDF.type, CG.Figure) in doc.graph})
said = other_sources(about)
st.subheader("Other sources say")
if said:
    st.dataframe(pd.DataFrame(said), hide_index=True, width="stretch")
else:
    st.caption("No other document reports these figures' quantities.")

status_of = c.claim_status
claims, relations = [], {}
for doc in built:
    g = doc.graph
    for claim in g.subjects(SCHEMA.about, iri):
        if (claim, RDF.type, CG.Claim) in g:
            claims.append({"claim": local(str(claim)), "status": status_of.get(
                str(claim), "not checked"), "quote": " ".join(
                str(g.value(claim, CG.quote)).split())})
    for fig in g.subjects(SCHEMA.about, iri):
        for p in ROLES:
            for r in g.subjects(p, fig):
                relations[str(r)] = {"relation": local(str(r)),
                                     "label": str(g.value(r, RDFS.label) or ""),
                                     "status": c.report.relations.get(str(r), "unchecked")}
st.subheader("Claims")
st.dataframe(pd.DataFrame(claims), hide_index=True, width="stretch")
st.subheader("Relations")
st.dataframe(pd.DataFrame(list(relations.values())), hide_index=True, width="stretch")

st.subheader("Neighbourhood")
NODES = 40
url_nodes = url.get("nodes", "")
url.seed("entities-nodes", min(400, max(10, int(url_nodes) // 10 * 10))
         if url_nodes.isdigit() else NODES)
limit = st.slider("Nodes shown (layouts slow down past a few hundred)", 10, 400, step=10,
                  key="entities-nodes")
url.write({**state, "nodes": None if limit == NODES else str(limit)})
# the name in "label", the one field st_link_analysis shows as text (graph_elements)
nodes, edges = {str(iri): {"id": str(iri), "kind": "ENTITY", "label": info["label"]}}, []


def add(node: str, kind: str, name: str) -> bool:
    if node not in nodes and len(nodes) >= limit:
        return False
    nodes.setdefault(node, {"id": node, "kind": kind, "label": name[:40]})
    return True


for doc in built:
    g = doc.graph
    for thing in sorted(g.subjects(SCHEMA.about, iri), key=str):
        kind = "FIGURE" if (thing, RDF.type, CG.Figure) in g else "CLAIM"
        if add(str(thing), kind, local(str(thing))):
            edges.append({"id": f"{thing}-about", "source": str(thing), "target": str(iri),
                          "label": "ABOUT"})
        for p in ROLES:
            for r in sorted(g.subjects(p, thing), key=str):
                status = c.report.relations.get(str(r), "unchecked")
                if add(str(r), status.upper(), local(str(r))):
                    edges.append({"id": f"{r}-{thing}", "source": str(r), "target": str(thing),
                                  "label": local(str(p)).upper()})
st.html("<div>" + " ".join(
    f'<span style="display:inline-block;width:10px;height:10px;border-radius:5px;'
    f'background:{colour}"></span> {name}' for name, colour in (
        ("entity", "#6f42c1"), ("claim", "#6c757d"), ("figure", "#0d6efd"),
        ("relation that holds", "#198754"), ("violated relation", "#dc3545"),
        ("warning", "#ffc107"), ("info", "#0dcaf0"))) + " · edges: ABOUT, and each relation's "
        "role (TOTAL, PART, …)</div>")
shown = len(nodes)
st.html(GRAPH_PANEL_STYLE, unsafe_allow_javascript=True)  # the app's own, constant
st.caption(f"{shown} nodes" + (" (capped: raise the slider to expand)" if shown >= limit else ""))
try:
    from st_link_analysis import EdgeStyle, st_link_analysis
    styles = [kind_style(kind, colour) for kind, colour in (
        ("ENTITY", "#6f42c1"), ("CLAIM", "#6c757d"), ("FIGURE", "#0d6efd"),
        ("PASS", "#198754"), ("VIOLATION", "#dc3545"), ("INFO", "#0dcaf0"),
        ("WARNING", "#ffc107"))]
    st_link_analysis(graph_elements(list(nodes.values()), edges), "cose", styles,
                     [EdgeStyle(label, caption="label", directed=True, labeled=None)
                      for label in {e["label"] for e in edges}], key=f"graph-{picked}-{limit}")
except ImportError:  # pragma: no cover - the component is a dependency
    st.json({"nodes": list(nodes.values()), "edges": edges})

twin(query.text.replace("?entity", f"<{iri}>"), figures,
     "figures-about-" + re.sub(r"[^\w.-]+", "-", picked))  # a file name: no "/" in it
