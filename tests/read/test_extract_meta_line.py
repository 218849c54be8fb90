"""A web page's line of facts about itself ("Posted Monday 9 March 2026 · Parks team"),
which trafilatura files as metadata, keeps its day in the text a reader checks."""

from __future__ import annotations

from pathlib import Path

from kg.read.extract import extract


def _page(tmp_path: Path, meta: str) -> Path:
    page = tmp_path / "parks.html"
    page.write_text(
        "<html><head><title>Park visits</title></head><body><nav><a href='/'>Home</a></nav>"
        "<main><h1>Park visits climb past a million</h1>"
        f"<p class='meta'>{meta}</p>"
        "<p>The borough's nine parks counted 1.04 million visits in the year, up from "
        "960,000 a year before, the parks department said in its annual note.</p>"
        "<p>The lakeside café took a record £212,000 over the summer months, the note "
        "added, and volunteers planted 3,400 bulbs along the river walk.</p></main>"
        "</body></html>", encoding="utf-8")
    return page


def test_a_meta_line_s_day_stands_under_the_headline(tmp_path: Path) -> None:
    text = extract(_page(tmp_path, "Posted Monday 9 March 2026 &middot; Parks team")).text
    assert "Park visits climb past a million\n\nPosted Monday 9 March 2026 · Parks team\n\n" \
        "The borough's" in text
    assert text.count("9 March 2026") == 1
    # a writer's byline in the meta line is not (its year would date the whole story)
    text = extract(_page(tmp_path, "By Ana Reyes &middot; Monday 9 March 2026")).text
    assert "9 March 2026" not in text
