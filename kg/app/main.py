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


#: the highlighted code's colours (light theme, dark theme), each at least 4.5:1 on its
#: code block (WCAG AA): Streamlit's own are one palette for both, 2.3:1 to 4.2:1 on one
CODE_COLOURS = {
    ".token.comment, .token.prolog, .token.doctype, .token.cdata, .token.punctuation":
        ("#5c5f6b", "#a6aab8"),
    ".token.keyword, .token.tag, .token.function, .token.class-name, .token.selector":
        ("#0b5cad", "#6cb6ff"),
    ".token.attr-name, .token.property, .token.variable": ("#00677f", "#4fd1f5"),
    ".token.boolean, .token.constant, .token.symbol, .token.string, .token.char, "
    ".token.attr-value": ("#1a6b2a", "#7ee29a"),
    ".token.number, .token.regex": ("#00696b", "#5fd4c8"),
    ".token.operator, .token.entity, .token.decorator, .token.atrule": ("#9a4700", "#ffa657"),
    ".token.url": ("#6d3fc0", "#c4a7ff"),
    ".token.important": ("#b3261e", "#ff8a80"),
}
#: a slider's value above its thumb, in the theme's primary colour: 3.9:1 on the dark theme
SLIDER_VALUE = ("#b02a3c", "#ff7a88")


def style() -> str:
    """The app's own CSS: captions Streamlit fades to 3.9:1 in light mode made readable
    (4.5:1, WCAG AA), each severity's chip in the filters in its badge's colours, and
    code and a slider's value in colours readable on the theme shown (CSS ``light-dark``
    follows the colour scheme Streamlit sets for its theme, not the system's)."""
    from kg.app.data import BADGE_COLOURS
    chips = "".join(
        f'[data-testid="stMain"] span[data-tag]:has(> span[title^="{severity}"]) '
        f"{{background: {background}; color: {colour}}} "
        f'[data-testid="stMain"] span[data-tag]:has(> span[title^="{severity}"]) svg '
        f"{{fill: {colour}; color: {colour}}} "
        for severity, (background, colour) in BADGE_COLOURS.items())
    code = "".join(
        ", ".join(f'[data-testid="stMain"] [data-testid="stCode"] {token.strip()}'
                  for token in tokens.split(","))
        + f" {{color: light-dark({light}, {dark})}} "
        for tokens, (light, dark) in CODE_COLOURS.items())
    return ("<style>[data-testid='stCaptionContainer'] {opacity: .75 !important} "
            + chips + code
            + '[data-testid="stMain"] [data-testid="stCode"] .namespace {opacity: 1} '
            + '[data-testid="stMain"] [data-testid="stSliderThumbValue"] '
            f"{{color: light-dark({SLIDER_VALUE[0]}, {SLIDER_VALUE[1]})}} </style>")


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
