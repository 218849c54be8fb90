"""Entry point: the pages and their deep-link paths (/overview, /findings, /entities,
/source, /sparql; each page keeps its state in the URL's query parameters)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

# not "pages/": Streamlit would take a folder of that name beside the script for its
# own page list on a cold deep link, before st.navigation runs
PAGES = Path(__file__).resolve().parent / "views"


def run() -> None:
    st.set_page_config(page_title="claimgraph", layout="wide")
    pages = [
        st.Page(PAGES / "overview.py", title="Overview", url_path="overview", default=True),
        st.Page(PAGES / "findings.py", title="Findings", url_path="findings"),
        st.Page(PAGES / "entities.py", title="Entities", url_path="entities"),
        st.Page(PAGES / "source.py", title="Source", url_path="source"),
        st.Page(PAGES / "sparql.py", title="SPARQL", url_path="sparql"),
    ]
    st.navigation(pages).run()


if __name__ == "__main__":
    run()
