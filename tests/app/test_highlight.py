"""The Source page's HTML: claims by status, figures inside them, the suspect apart."""

from __future__ import annotations

from kg.app.highlight import Span, highlighted


def test_a_highlight_runs_across_blank_lines_in_one_element() -> None:
    text = "x\n\nA is 5.\n\nB is 6. y"
    five, six = text.index("5"), text.index("6")
    html = highlighted(text, [Span(1, text.index(" y"), "violation", "c")],
                       [Span(five, five + 1, "figure", "a"), Span(six, six + 1, "suspect", "b")])
    assert html.count("<mark") == 1 and html.count("</mark>") == 1
    assert ">\n\nA is <span data-figure=\"a\"" in html
    assert 'title="b: suspect"' in html and html.endswith(".</mark> y</div>")


def test_text_is_escaped_and_overlaps_keep_the_first() -> None:
    html = highlighted("<img src=x>&", [Span(0, 4, "pass", "c<1>"), Span(2, 6, "pass", "d")], [])
    assert "<img" not in html and "&lt;img src=x&gt;&amp;" in html.replace(
        '</mark>', '').replace('<mark data-claim="c&lt;1&gt;" title="c&lt;1&gt;: pass" '
                               'style="background:#abebc6">', '')
    assert 'data-claim="d"' not in html


def test_a_figure_across_a_claims_end_is_closed_and_reopened() -> None:
    html = highlighted("abcdef", [Span(0, 3, "pass", "c")], [Span(2, 5, "figure", "f")])
    assert html.count('<span data-figure="f"') == 2
    assert html.index("</span></mark>") < html.index('<span data-figure="f"', html.index("</mark>"))
