"""Extractors: the text a reader sees, whatever the file's format."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.problems import InputError
from kg.read.extract import extract

DATA = Path(__file__).parent / "data"


def test_a_web_page_gives_its_article_not_its_navigation_or_footer() -> None:
    got = extract(DATA / "retail.html")
    assert got.format == "html"
    assert "Retail e-commerce sales reached $298.4 billion in 2014" in got.text
    for chrome in ("555-0199", "cookies", "Silver Hill"):
        assert chrome not in got.text
    assert got.date == "2015-02-17"


def test_a_web_page_table_is_pipe_rows_under_its_caption() -> None:
    text = extract(DATA / "retail.html").text
    assert "Table 1. Retail e-commerce sales (billions of dollars)\n" \
           "| Quarter | 2013 | 2014 | Change (%) |\n| Q1 | 60.1 | 69.1 | 15.0 |" in text
    assert "---" not in text  # Markdown separator rows are not the table's


def test_a_pdf_gives_its_text_and_table_rows() -> None:
    text = extract(DATA / "retail.pdf").text
    assert "up 15.4 percent from $258.5 billion in 2013" in " ".join(text.split())
    # a table without rules, its head set as tight as a sentence, is read column by column
    assert "| Quarter | 2013 | 2014 | Change (%) |\n| Q1 | 60.1 | 69.1 | 15.0 |" in text
    assert "| Year | 258.5 | 298.4 | 15.4 |" in text


def test_markdown_loses_its_markup_and_keeps_its_tables(tmp_path: Path) -> None:
    p = tmp_path / "n.md"
    p.write_text("# Sales\n\nSales rose **9 percent** to [$4.8 billion](https://x.test).\n\n"
                 "| Region | 2023 | 2024 |\n|---|---:|---:|\n| North | 1.1 | 1.2 |\n",
                 encoding="utf-8")
    got = extract(p)
    assert got.title == "Sales"
    assert "Sales rose 9 percent to $4.8 billion." in got.text
    assert "| North | 1.1 | 1.2 |" in got.text and "https://x.test" not in got.text


@pytest.mark.parametrize("name, content, message", [
    ("a.docx", b"PK", "kg read does not read .docx files"),
    ("b.txt", b"\xff\xfe\x00bad", "not UTF-8 text"),
    ("c.pdf", b"%PDF-1.4 garbage", "not a PDF that can be read"),
    ("d.html", b"<html><head><title>x</title></head><body></body></html>", "no article text"),
])
def test_a_file_it_cannot_read_is_one_problem_naming_it(tmp_path: Path, name: str,
                                                        content: bytes, message: str) -> None:
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(InputError, match=message) as caught:
        extract(p)
    assert name in caught.value.problem.file


def test_a_fifo_is_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"is a FIFO \(named pipe\), not a file"):
        extract(fifo)


def pdf_file(objects: list[bytes]) -> bytes:
    """A PDF of ``objects`` (numbered from 1, the catalog first), with its cross-reference
    table and trailer."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % at for at in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def write_pdf(path: Path, words: list[tuple[float, float, str, bool]
                                      | tuple[float, float, str, bool, float]],
              rules: list[tuple[float, float, float, float]] = ()) -> None:
    """A one-page PDF with each (x, top, text, bold) word in 9-point Helvetica (the base
    fonts every PDF reader knows, so the file needs no font of its own), or in the size a
    fifth item gives, and each (x0, top, x1, bottom) rule a thin filled box."""
    def escaped(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "".join(f"BT /{'F2' if bold else 'F1'} {size[0] if size else 9} Tf 1 0 0 1 {x} "
                     f"{792 - top - (size[0] if size else 9)} Tm ({escaped(text)}) Tj ET\n"
                     for x, top, text, bold, *size in words)
    stream += "".join(f"{x0} {792 - bottom} {x1 - x0} {bottom - top} re f\n"
                      for x0, top, x1, bottom in rules)
    body = stream.encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(body) + body + b"endstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>"]
    path.write_bytes(pdf_file(objects))


def housing_pdf(path: Path) -> None:
    """A table set without rules: a head over three lines, numbers right-aligned under
    it, the last row (the whole region) in bold."""
    words = [(72, 72, "Housing survey", True),
             (72, 100, "Most dwellings in the four districts were occupied this spring.", False),
             (72, 130, "Table 2. Dwellings by district, second quarter 2024 (thousands; rates "
                       "in percent)", True)]
    right = [150, 215, 280, 345, 420, 495]  # where each column's numbers end
    head = [("", "", "Occupied"), ("", "", "Vacant"), ("", "All", "dwellings"),
            ("Vacancy", "rate", "2023"), ("Vacancy", "rate", "2024"), ("", "Change", "(points)")]
    for n, line in enumerate(zip(*head)):
        words += [(x1 - 5.0 * len(text), 150 + 10 * n, text, True)
                  for x1, text in zip(right, line) if text]
    words.append((72, 170, "District", True))
    rows = [("Ashby", "412.0 18.0 430.0 4.6 4.2 -0.4"), ("Brook", "250.5 14.5 265.0 5.9 5.5 -0.4"),
            ("Carrow", "98.1 6.9 105.0 6.0 6.6 0.6"), ("Region", "760.6 39.4 800.0 5.2 4.9 -0.3")]
    for n, (label, cells) in enumerate(rows):
        bold = label == "Region"
        words.append((72, 195 + 18 * n, label, bold))
        words += [(x1 - 5.0 * len(text), 195 + 18 * n, text, bold)
                  for x1, text in zip(right, cells.split())]
    words.append((72, 290, "Figures are rounded to the nearest hundred dwellings.", False))
    write_pdf(path, words)


def test_a_pdf_table_without_rules_is_read_column_by_column(tmp_path: Path) -> None:
    from kg.read.tables import find_tables

    housing_pdf(tmp_path / "housing.pdf")
    got = extract(tmp_path / "housing.pdf")
    # the head's three lines are each column's head; the caption stays running text
    assert ("| District | Occupied | Vacant | All dwellings | Vacancy rate 2023 | "
            "Vacancy rate 2024 | Change (points) |\n"
            "| Ashby | 412.0 | 18.0 | 430.0 | 4.6 | 4.2 | -0.4 |") in got.text
    assert "Table 2. Dwellings by district" in got.text
    assert "Figures are rounded" in got.text and "Most dwellings" in got.text
    assert [got.text[a:b] for a, b in got.bold] == ["Region"]
    [table] = find_tables(got.text, got.bold)
    assert [r.total for r in table.rows] == [False, False, False, True]  # bold, not named
    assert table.period == "2024-Q2" and table.scale == 3


def test_a_bold_last_row_of_a_web_page_or_markdown_table_is_marked(tmp_path: Path) -> None:
    page = tmp_path / "lines.html"
    page.write_text(
        "<html><head><title>Ridership</title></head><body><article><h1>Ridership by line</h1>"
        "<p>Ridership grew on every line of the network last year, the transit agency reported "
        "in its annual review of the year.</p><table><caption>Boardings by line, 2024 "
        "(thousands)</caption><thead><tr><th>Line</th><th>Boardings</th></tr></thead><tbody>"
        "<tr><td>Red</td><td>1,200</td></tr><tr><td>Blue</td><td>800</td></tr>"
        "<tr><td><strong>Network</strong></td><td><strong>2,000</strong></td></tr></tbody>"
        "</table><p>The agency will publish monthly figures from March onwards.</p>"
        "</article></body></html>", encoding="utf-8")
    got = extract(page)
    assert [got.text[a:b] for a, b in got.bold] == ["Network"]
    assert got.text[got.bold[0][0] - 2:].startswith("| Network | 2,000 |")
    notes = tmp_path / "lines.md"
    notes.write_text("# Boardings\n\n| Line | Boardings |\n|---|---:|\n| Red | 1,200 |\n"
                     "| Blue | 800 |\n| **Network** | **2,000** |\n", encoding="utf-8")
    got = extract(notes)
    assert [got.text[a:b] for a, b in got.bold] == ["Network"]
    assert "**" not in got.text


def test_a_ruled_pdf_table_marks_its_bold_last_row(tmp_path: Path) -> None:
    xs, tops = [70, 170, 250, 330], [100, 120, 140, 160, 180]
    rules = [(xs[0], y, xs[-1], y + 0.5) for y in tops] + \
        [(x, tops[0], x + 0.5, tops[-1]) for x in xs]
    words = [(80, 105, "Line", True), (180, 105, "2023", True), (260, 105, "2024", True)]
    for n, (label, a, b) in enumerate([("Red", "1,200", "1,260"), ("Blue", "800", "790"),
                                       ("Network", "2,000", "2,050")]):
        bold = label == "Network"
        words += [(80, 125 + 20 * n, label, bold), (180, 125 + 20 * n, a, bold),
                  (260, 125 + 20 * n, b, bold)]
    write_pdf(tmp_path / "ruled.pdf", [(70, 70, "Boardings by line (thousands)", True)] + words,
              rules)
    got = extract(tmp_path / "ruled.pdf")
    assert "| Line | 2023 | 2024 |\n| Red | 1,200 | 1,260 |" in got.text
    assert [got.text[a:b] for a, b in got.bold] == ["Network"]


def test_rows_a_ruled_table_stacks_in_one_cell_are_rows_of_their_own() -> None:
    """pdfplumber gives a ruled block of rows as one row of multi-line cells; each line is
    a row, where every cell of the row has as many lines."""
    from kg.read.extract.pdf import _unstacked
    rows = [["Segment\nApparel\nFootwear", "2024\n612.4\n428.9", "2023\n575.0\n441.2"],
            ["Total", "1,041.3", "1,016.2"], ["Note\nsee below", "", None]]
    assert _unstacked(rows) == [["Segment", "2024", "2023"], ["Apparel", "612.4", "575.0"],
                                ["Footwear", "428.9", "441.2"], ["Total", "1,041.3", "1,016.2"],
                                ["Note\nsee below", "", None]]


def test_a_web_page_keeps_the_dateline_its_byline_gives(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(
        "<html><head><title>Ferry fares</title></head><body><nav><a href='/'>Home</a></nav>"
        "<article><h1>Island ferry fares to rise in spring</h1>"
        "<div class='article-byline'>Reporting by Tomas Eld <time datetime='2023-11-03'>"
        "Thursday, November 3, 2023</time></div>"
        "<p>The island ferry company will raise its standard return fare to $46 from $42 "
        "in March, the operator told passengers in a notice posted at both terminals.</p>"
        "<p>Season tickets for commuters will stay at their present price until the "
        "summer timetable begins, the notice added.</p></article></body></html>",
        encoding="utf-8")
    text = extract(page).text
    # the weekday is a claim a reader checks: it stands under the headline, once
    assert "Island ferry fares to rise in spring\n\nThursday, November 3, 2023\n\nThe island" \
        in text
    assert text.count("November 3, 2023") == 1


def test_a_web_page_dateline_already_in_the_text_is_not_added_again(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(
        "<html><body><article><h1>Island ferry fares to rise in spring</h1>"
        "<p>Harbour desk, <time datetime='2023-11-03'>3 November 2023</time>. The island "
        "ferry company will raise its standard return fare to $46 from $42 in March, the "
        "operator told passengers in a notice posted at both terminals on Thursday.</p>"
        "</article></body></html>", encoding="utf-8")
    assert extract(page).text.count("3 November 2023") == 1


def test_a_line_set_larger_than_the_body_is_a_paragraph_of_its_own(tmp_path: Path) -> None:
    """A masthead, a headline in large type and the first sentence stand one under the other
    with no gap a text reader sees: the headline is its own paragraph, so the sentence
    after it is a sentence of its own, not the headline's tail."""
    path = tmp_path / "bulletin.pdf"
    write_pdf(path, [(72, 60, "Harbour Board monthly bulletin", False),
                     (72, 76, "Cargo volumes climb for a", True, 20),
                     (72, 100, "third month", True, 20),
                     (72, 128, "The port handled 4.2 million tonnes in May, up 3% on April.",
                      False),
                     (72, 140, "Bulk grain made up 1.1 million tonnes of it.", False)])
    text = extract(path).text
    assert "Harbour Board monthly bulletin\n\nCargo volumes climb for a\nthird month\n\n" \
        "The port handled 4.2 million tonnes" in text
    assert "May, up 3% on April.\nBulk grain" in text  # body lines stay one paragraph


def test_a_web_page_s_date_is_looked_for_in_english_only(tmp_path: Path) -> None:
    """htmldate's last resort, dateparser, tried each of its 200-odd locales (compiling each
    one's patterns, seconds) on a notice that holds no date; it now reads English alone."""
    import htmldate.extractors

    page = tmp_path / "fees.html"
    page.write_text("<html><body><article><h1>Parking charges</h1>"
                    "<p class='note'>Permits renew March 31 and September 30</p>"
                    "<p>Each permit costs 45 pounds a year, up from 40 pounds.</p>"
                    "<p>About 2,300 permits were issued.</p></article></body></html>",
                    encoding="utf-8")
    extract(page)
    assert htmldate.extractors.get_external_parser().languages == ["en"]


def test_a_web_page_whose_wrapped_lines_a_fallback_keeps_is_read_in_whole_sentences() -> None:
    """A page with no article element, where trafilatura's recall pass hands back a fallback
    extractor's text (the source's line wraps as breaks, each table cell on a line): its
    sentences are read whole and its table as pipe rows."""
    text = extract(DATA / "ferry-figures.html").text
    assert "a rise of 4.1% on the year before." in text
    assert "the average fare paid by a lorry was £96, which kept" in text
    assert "| Harbour | 301,200 | 288,900 | +4.3 |" in text


def test_a_page_s_table_stays_in_rows_when_the_fallback_extractor_would_flatten_it() -> None:
    """A page with a cookie banner and short sections, where trafilatura's fallback finds
    more words and sets the table down one cell a line: the table is read in rows, and each
    paragraph stays one paragraph."""
    text = extract(DATA / "loans-cookie-banner.html").text
    assert "| Riverside | 19,900 | 18,600 | +7.0 |" in text
    assert "| All branches | 61,500 | 58,570 | +5.0 |" in text
    assert "up 5.0% on the year before and more than in any year" in text


def test_a_web_page_paragraph_wrapped_in_its_source_is_one_paragraph(tmp_path: Path) -> None:
    """A line break inside a ``<p>`` of the page's source is a space to a browser: the
    sentence it falls in stays whole, not cut into two paragraphs."""
    page = tmp_path / "wrapped.html"
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Loans</title>"
        "</head><body><div class='wrap'><h1>Library loans</h1>\n<h2>Loans</h2>\n"
        "<p>Each reader in the north branch borrowed 42 books over the year, against 14\n"
        "books for each reader in the south branch. The branches will swap some stock\n"
        "in the spring, the council said in its annual review of the service.</p>\n"
        "<p>The review is out in May.</p></div></body></html>", encoding="utf-8")
    text = extract(page).text
    assert "against 14 books for each reader in the south branch. The branches will swap " \
           "some stock in the spring," in text


def write_pages(path: Path, pages: list[list[tuple[float, str]]]) -> None:
    """A PDF of several pages, each (top, text) line at x=72 in 9-point Helvetica."""
    streams = ["".join(f"BT /F1 9 Tf 1 0 0 1 72 {792 - top - 9} Tm ({text}) Tj ET\n"
                       for top, text in lines).encode("latin-1") for lines in pages]
    n = len(pages)
    font = 3 + 2 * n
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
                   b" ".join(b"%d 0 R" % (3 + 2 * k) for k in range(n)), n)]
    for k, body in enumerate(streams):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + 2 * k, font))
        objects.append(b"<< /Length %d >>\nstream\n" % len(body) + body + b"endstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    path.write_bytes(pdf_file(objects))


def test_a_sentence_a_page_break_cuts_runs_on_over_the_break(tmp_path: Path) -> None:
    """A page that ends mid-sentence and a next page that opens in lower case are one
    sentence, not two paragraphs; a page that ends on a stop stays a paragraph's end."""
    path = tmp_path / "report.pdf"
    write_pages(path, [[(72, "The mill ground 48,200 tonnes of grain in 2024, up 3.0%."),
                        (84, "Deliveries came to 31.5 million litres")],
                       [(72, "against 29.8 million litres, or 210 litres a head."),
                        (84, "A new silo opened in March.")],
                       [(72, "the site was quiet in August, the firm said.")]])
    text = extract(path).text
    assert "Deliveries came to 31.5 million litres\nagainst 29.8 million litres" in text
    assert "A new silo opened in March.\n\nthe site was quiet" in text


def test_a_markdown_bullet_keeps_its_mark_and_a_numbered_item_does_not(tmp_path: Path) -> None:
    """A bulleted item is a key point, as a web page's list item is ("- …"); a numbered
    list's numbers are the list's, no figure, and are left out as before."""
    p = tmp_path / "k.md"
    p.write_text("# Depot report\n\n## In brief\n\n- Buses ran **1.2 million** miles.\n"
                 "* Fuel cost £0.9 million.\n\n## Notes\n\n1. Miles are in service only.\n",
                 encoding="utf-8")
    text = extract(p).text
    assert "- Buses ran 1.2 million miles.\n" in text
    assert "- Fuel cost £0.9 million.\n" in text
    assert "\nMiles are in service only.\n" in text


def test_a_pdf_line_a_drawn_bullet_opens_is_a_list_item(tmp_path: Path) -> None:
    """The bullets of a PDF's list drawn as small squares have no character in its text
    layer: each line one opens is marked as an item, its wrapped line stays with it, and
    the line back at the margin after the list starts a paragraph of its own."""
    path = tmp_path / "summary.pdf"
    write_pdf(path, [(72, 60, "Key points", False),
                     (90, 80, "Boardings rose 4% to 2.1 million.", False),
                     (90, 92, "Fares brought in £3.5 million, up from", False),
                     (90, 104, "£3.2 million.", False),
                     (72, 116, "Ridership review", False),
                     (72, 128, "The network carried 2.1 million boardings in the year.", False)],
              rules=[(80, 83, 83, 86), (80, 95, 83, 98)])
    text = extract(path).text
    assert "Key points\n\u2022 Boardings rose 4% to 2.1 million.\n" \
        "\u2022 Fares brought in £3.5 million, up from\n£3.2 million.\n\n" \
        "Ridership review\nThe network carried" in text


def test_a_pdf_table_keeps_its_set_in_labels_set_in(tmp_path: Path) -> None:
    """A label set in under another (a breakdown of it) stays set in inside its cell, in a
    table set without rules and in a ruled one; labels centred in their column do not."""
    from kg.read.tables import find_tables

    rows = [("Fees", 72, "310.0 290.0"), ("Tuition", 84, "205.5 190.0"),
            ("Boarding", 84, "62.0 60.5"), ("Grants", 72, "88.0 85.0")]
    words = [(72, 72, "Income by source (NZ$ million)", True),
             (255, 100, "2025", True), (325, 100, "2024", True)]
    for n, (label, x, cells) in enumerate(rows):
        words.append((x, 120 + 18 * n, label, False))
        words += [(x1 - 5.0 * len(text), 120 + 18 * n, text, False)
                  for x1, text in zip([275, 345], cells.split())]
    write_pdf(tmp_path / "plain.pdf", words)
    got = extract(tmp_path / "plain.pdf")
    assert "| Fees | 310.0 | 290.0 |\n|   Tuition | 205.5 | 190.0 |" in got.text
    [table] = find_tables(got.text)
    assert [r.indent for r in table.rows] == [1, 3, 3, 1]

    xs, tops = [70, 170, 250, 330], [100, 120, 140, 160, 180]
    rules = [(xs[0], y, xs[-1], y + 0.5) for y in tops] + \
        [(x, tops[0], x + 0.5, tops[-1]) for x in xs]
    ruled = [(80, 105, "Source", True), (180, 105, "2025", True), (260, 105, "2024", True)]
    for n, (label, x, cells) in enumerate(rows[:3]):
        a, b = cells.split()
        ruled += [(x + 8, 125 + 20 * n, label, False), (180, 125 + 20 * n, a, False),
                  (260, 125 + 20 * n, b, False)]
    write_pdf(tmp_path / "ruled.pdf", ruled, rules)
    got = extract(tmp_path / "ruled.pdf")
    assert "| Fees | 310.0 | 290.0 |\n|   Tuition | 205.5 | 190.0 |\n|   Boarding |" in got.text

    centred = [(72, 72, "Income by source (NZ$ million)", True),
               (255, 100, "2025", True), (325, 100, "2024", True)]
    for n, (label, cells) in enumerate([("Fees", "310.0 290.0"), ("Tuition", "205.5 190.0"),
                                        ("Boarding and meals", "62.0 60.5"),
                                        ("Grants", "88.0 85.0")]):
        centred.append((120 - 2.5 * len(label), 120 + 18 * n, label, False))
        centred += [(x1 - 5.0 * len(text), 120 + 18 * n, text, False)
                    for x1, text in zip([275, 345], cells.split())]
    write_pdf(tmp_path / "centred.pdf", centred)
    assert "|   " not in extract(tmp_path / "centred.pdf").text
