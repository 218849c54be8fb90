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
