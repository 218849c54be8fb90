"""SPARQL: an editor prefilled from the named queries; read-only and time-limited like
the endpoint; the query lives in the URL so it can be shared."""

import pandas as pd
import streamlit as st
from streamlit_ace import st_ace

from kg.app.data import QUERY_MAX_ROWS, QUERY_TIMEOUT, query_result
from kg.sparql.guard import QueryError
from kg.sparql.named import bindings_for, named_queries
from kg.store import StoreError

params = st.query_params
st.title("SPARQL")
st.caption(f"Read-only: updates, LOAD and SERVICE are refused; each query stops after "
           f"{QUERY_TIMEOUT:g} s or {QUERY_MAX_ROWS} results.")
catalogue = named_queries()
names = ["(your own)"] + list(catalogue)
name = st.selectbox("Named query", names, index=names.index(params["name"])
                    if params.get("name") in names else 0,
                    format_func=lambda n: n if n == "(your own)" else
                    f"{n}: {catalogue[n].title}")
default = catalogue[name].text if name in catalogue else \
    "SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
initial = params.get("query", default) if name == params.get("name", name) else default
st.caption("Query")
# Ace, bundled with the component (no request leaves the app): SPARQL highlighted as typed
text = st_ace(value=initial, language="sparql", theme="chrome", min_lines=10, max_lines=30,
              font_size=14, show_gutter=True, auto_update=True, key=f"query-{name}")
given = {}
if name in catalogue:
    for p in catalogue[name].params:
        given[p.name] = st.text_input(f"{p.name}: {p.description}", params.get(p.name, ""))
params["name"] = name
params["query"] = text
for k, v in given.items():
    params[k] = v
if st.button("Run", type="primary") or params.get("run") == "1":
    params["run"] = "1"
    try:
        bindings = bindings_for(catalogue[name], given) if name in catalogue and \
            text == catalogue[name].text else None
        rows, downloads, truncated = query_result(text, bindings)
        st.code(text, language="sparql")  # the query as run, highlighted
        if truncated:
            st.warning(f"The first {len(rows):,} rows: the result has more. `kg query` "
                       "answers them all (or add LIMIT and OFFSET to page through them).")
        else:
            st.caption(f"{len(rows):,} rows")
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
        names = {"json": ("SPARQL Results JSON", "results.srj", "application/sparql-results+json"),
                 "csv": ("CSV", "results.csv", "text/csv"),
                 "turtle": ("Turtle", "results.ttl", "text/turtle"),
                 "ntriples": ("N-Triples", "results.nt", "application/n-triples")}
        for column, (fmt, data) in zip(st.columns(len(downloads)), downloads.items(),
                                       strict=True):
            label, file, mime = names[fmt]
            column.download_button(f"Download {label}", data, file, mime, key=f"dl-{fmt}")
    except (QueryError, StoreError) as exc:
        st.error(str(exc))
    except Exception as exc:  # an InputError from a missing parameter, say
        from kg.problems import InputError
        if not isinstance(exc, InputError):
            raise
        st.error(str(exc.problem))
