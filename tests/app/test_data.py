"""kg.app.data: what every page reads."""

from __future__ import annotations

import re

from kg.app import data


def test_progress_counts_the_documents_then_goes_away(monkeypatch) -> None:
    """Issue 17: the first page sat behind a bare spinner while it checked."""
    drawn: list[tuple[float, str]] = []

    class Bar:
        emptied = False

        def progress(self, value: float, text: str) -> None:
            drawn.append((value, text))

        def empty(self) -> None:
            Bar.emptied = True

    def progress(value: float, text: str) -> Bar:
        drawn.append((value, text))
        return Bar()

    monkeypatch.setattr(data.st, "progress", progress)
    step = data.progress_bar("Checking the documents")(200)
    for _ in range(150):
        step()
    assert drawn[0] == (0.0, "Checking the documents: 0 of 200 documents")
    assert drawn[-1] == (0.75, "Checking the documents: 150 of 200 documents")
    assert not Bar.emptied
    for _ in range(50):
        step()
    assert Bar.emptied


def test_markdown_text_makes_no_link_image_or_formatting() -> None:
    """Regression: Streamlit's Markdown linked a bare address after its escapes were undone
    (a tracking pixel's address became a link)."""
    for text in ("![x](http://e.org/p.png)", "see www.e.org", "mail a@e.org", "*b* `c` $d$"):
        out = data.md(text)
        assert out.replace(data.JOINER, "").replace("\\", "") == text
        assert not re.search(r"(?<!\\)[*`$!\[\]()]", out)
        assert not re.search(r"https?://|www\\?\.|\w@", out)
