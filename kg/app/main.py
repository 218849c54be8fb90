"""Entry point: the pages and their deep-link paths (/ for the overview, /findings,
/entities, /source, /sparql; each page keeps its state in the URL's query parameters).
Streamlit serves the default page at /; /overview (its reserved path) opens it there."""

from __future__ import annotations

import logging
from pathlib import Path

import streamlit as st

# not "pages/": Streamlit would take a folder of that name beside the script for its
# own page list on a cold deep link, before st.navigation runs
PAGES = Path(__file__).resolve().parent / "views"
#: this script, which st.App runs for each session (kg.app.server, app.py)
SCRIPT = str(Path(__file__).resolve())


#: url path -> (file, title); the overview is the default page
VIEWS = {"overview": ("overview.py", "Overview"), "findings": ("findings.py", "Findings"),
         "entities": ("entities.py", "Entities"), "source": ("source.py", "Source"),
         "sparql": ("sparql.py", "SPARQL")}
_pages: dict[str, st.Page] = {}


def page(name: str) -> st.Page:
    """A page by its url path, for st.page_link (a link that stays in the tab)."""
    if not _pages:
        for path, (file, title) in VIEWS.items():
            _pages[path] = st.Page(PAGES / file, title=title, url_path=path,
                                   default=path == "overview")
    return _pages[name]


_log = logging.getLogger("kg.app")


def style() -> str:
    """The app's own CSS: captions Streamlit fades to 3.9:1 in light mode made readable
    (4.5:1, WCAG AA), and each severity's chip in the filters in its badge's colours."""
    from kg.app.data import BADGE_COLOURS
    chips = "".join(
        f'[data-testid="stMain"] span[data-tag]:has(> span[title^="{severity}"]) '
        f"{{background: {background}; color: {colour}}} "
        f'[data-testid="stMain"] span[data-tag]:has(> span[title^="{severity}"]) svg '
        f"{{fill: {colour}; color: {colour}}} "
        for severity, (background, colour) in BADGE_COLOURS.items())
    return ("<style>[data-testid='stCaptionContainer'] {opacity: .75 !important} "
            + chips + "</style>")


def run() -> None:
    st.set_page_config(page_title="claimgraph", layout="wide")
    st.html(style())
    try:
        st.navigation([page(name) for name in VIEWS]).run()
    except Exception as exc:  # st.stop and st.rerun are BaseExceptions: they pass
        st.error(failure(exc))
        _log.exception("a page failed")  # the traceback for the server's log, not the page


def failure(exc: Exception) -> str:
    """One line for a page that failed: a claims file's problem names the file and line
    (:class:`kg.problems.InputError`); anything else, what it was, never a traceback.

    >>> print(failure(ValueError("Invalid IRI code point '<'\\nat /home/x/kg/check.py")))
    This page could not be shown (ValueError: Invalid IRI code point '<'); the server's ...
    """
    from kg.problems import InputError
    if isinstance(exc, InputError):
        return str(exc)
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return (f"This page could not be shown ({type(exc).__name__}{': ' if first else ''}"
            f"{first}); the server's log has the details.")


if __name__ == "__main__":
    run()
