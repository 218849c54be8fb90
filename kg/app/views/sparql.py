"""SPARQL: an editor prefilled from the named queries; read-only and time-limited like
the endpoint.  What the person did is in the URL, to share it and to step back through:
a named query picked is one history entry and a query run another; typing adds none and
runs nothing (the editor re-runs the page at every keystroke)."""

import pandas as pd
import streamlit as st
from streamlit_ace import st_ace

from kg.app.data import (
    EDITOR_STYLE, EDITOR_THEME, QUERY_MAX_ROWS, QUERY_TIMEOUT, UrlState, query_result,
)
from kg.problems import InputError
from kg.sparql.guard import QueryError
from kg.sparql.named import bindings_for, named_queries
from kg.store import StoreError

OWN = "(your own)"
#: the editor's text before anything is picked: what the store holds, by graph
START = "SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
DOWNLOADS = {"json": ("SPARQL Results JSON", "results.srj", "application/sparql-results+json"),
             "csv": ("CSV", "results.csv", "text/csv"),
             "turtle": ("Turtle", "results.ttl", "text/turtle"),
             "ntriples": ("N-Triples", "results.nt", "application/n-triples")}

url = UrlState("sparql")
st.title("SPARQL")
st.caption(f"Read-only: updates, LOAD and SERVICE are refused; each query stops after "
           f"{QUERY_TIMEOUT:g} s or {QUERY_MAX_ROWS} results.")
catalogue = named_queries()
named = url.get("name") if url.get("name") in catalogue else OWN  # the URL's
url.seed("sparql-name", named)
if url.external:  # opened, a link, Back or Forward: the editor starts again from the URL
    st.session_state["sparql-opened"] = st.session_state.get("sparql-opened", 0) + 1
name = st.selectbox("Named query", [OWN] + list(catalogue), key="sparql-name",
                    format_func=lambda n: n if n == OWN else f"{n}: {catalogue[n].title}")
picked = name != named  # another query chosen: its text, its own parameters, not run
default = catalogue[name].text if name in catalogue else START
st.caption("Query")
# Ace, bundled with the component (no request leaves the app): SPARQL highlighted as typed,
# in one dark theme for light and dark (its frame is the component's, which the app's CSS
# does not reach), with the app's corrections so every colour reads at 4.5:1 on it, on the
# cursor's line and under a selection (no Ace theme does: chrome's variables were 4.3:1)
st.html(EDITOR_STYLE, unsafe_allow_javascript=True)  # the app's own, constant
text = st_ace(value=default if picked else url.get("query", default), language="sparql",
              theme=EDITOR_THEME, min_lines=10, max_lines=30, font_size=14,
              show_gutter=True, auto_update=True,
              key=f"query-{name}-{st.session_state['sparql-opened']}")
given = {}
for p in catalogue[name].params if name in catalogue else ():
    key = f"sparql-{name}-{p.name}"
    url.seed(key, "" if picked else url.get(p.name, ""))
    given[p.name] = st.text_input(f"{p.name}: {p.description}", key=key)
run = st.button("Run", type="primary")
if picked:
    state = {"name": None if name == OWN else name}
elif run:
    state = {"name": None if name == OWN else name, "query": None if text == default else text,
             **{k: v or None for k, v in given.items()}, "run": "1"}
else:  # typed, or opened: the URL stays as it is
    state = dict(url.url)
url.write(state)
state = {k: v for k, v in state.items() if v is not None}

if state.get("run") == "1":
    ran = state.get("query", default)
    values = {k: state.get(k, "") for k in given}
    asked = (ran, tuple(sorted(values.items())))
    last = st.session_state.get("sparql-result")
    if last is None or last[0] != asked:  # a keystroke's rerun shows the result it has
        try:
            bindings = bindings_for(catalogue[name], values) if name in catalogue and \
                ran == catalogue[name].text else None
            st.session_state["sparql-result"] = last = (asked, query_result(ran, bindings))
        except (QueryError, StoreError) as exc:
            st.session_state["sparql-result"] = last = (asked, str(exc))
        except InputError as exc:  # a named query's parameter missing, say
            st.session_state["sparql-result"] = last = (asked, str(exc.problem))
    st.code(ran, language="sparql")  # the query as run, highlighted
    if text != ran:
        st.caption("The query was edited since this ran: Run to see the new result.")
    if isinstance(last[1], str):
        st.error(last[1])
    else:
        rows, downloads, truncated = last[1]
        if truncated:
            st.warning(f"The first {len(rows):,} rows: the result has more. `kg query` "
                       "answers them all (or add LIMIT and OFFSET to page through them).")
        else:
            st.caption(f"{len(rows):,} rows")
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
        for column, (fmt, data) in zip(st.columns(len(downloads)), downloads.items(),
                                       strict=True):
            label, file, mime = DOWNLOADS[fmt]
            column.download_button(f"Download {label}", data, file, mime, key=f"dl-{fmt}")
