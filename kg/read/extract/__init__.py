"""From the file a user has to the text its claims anchor to.

Each format has an extractor that returns the document's running text, with its tables
written as pipe rows (``| Quarter | 2013 | 2014 |``, the caption on the line before), so
that everything after extraction reads one kind of text whatever came in:

>>> from pathlib import Path
>>> import tempfile
>>> p = Path(tempfile.mkdtemp()) / "note.md"
>>> _ = p.write_text("# Sales\\n\\nSales rose **9 percent** to [$4.8 billion](https://x).\\n")
>>> print(extract(p).text)
Sales
<BLANKLINE>
Sales rose 9 percent to $4.8 billion.
<BLANKLINE>
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.problems import InputError, Problem, display_path

@dataclass(frozen=True)
class Extracted:
    """A document's text as a reader sees it, and what the file says about itself."""

    text: str
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    format: str = "txt"
    #: where the document sets words in bold (a PDF table's row labels), offsets in text
    bold: tuple[tuple[int, int], ...] = ()
    #: a web page's footer, which the text leaves out: who publishes the page ("… Pty Ltd.
    #: ABN 12 345 678 901", an address), read only to tell which dollar its "$" is
    footer: str = ""


def formats() -> dict[str, str]:
    """File suffix to format name."""
    return {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html",
            ".htm": "html", ".xhtml": "html", ".pdf": "pdf"}


def extract(path: Path) -> Extracted:
    """The text of the file at ``path``; a file that cannot be read is an
    :class:`~kg.problems.InputError` naming it."""
    fmt = formats().get(path.suffix.lower())
    if fmt is None:
        raise InputError(Problem(display_path(path), 0, f"kg read does not read "
                                 f"{path.suffix or 'suffix-less'} files",
                                 "give a .txt, .md, .html or .pdf file"))
    data = read_bytes(path)
    if fmt == "pdf":
        from kg.read.extract.pdf import extract_pdf
        return extract_pdf(path, data)
    text = decode(path, data)
    if fmt == "html":
        from kg.read.extract.html import extract_html
        return extract_html(path, text)
    if fmt == "md":
        from kg.read.extract.markdown import extract_markdown
        return extract_markdown(text)
    return Extracted(text.replace("\r\n", "\n"), format="txt")


def read_bytes(path: Path) -> bytes:
    """The file's bytes, as every input is read (:func:`kg.files.read_input`): a regular
    file only, its size checked before reading, so a FIFO or a huge file is never read."""
    from kg.files import UnreadableFile, read_input
    try:
        return read_input(path)
    except UnreadableFile as exc:
        raise InputError(Problem(display_path(path), 0, str(exc), exc.hint)) from None


def decode(path: Path, data: bytes) -> str:
    """UTF-8 text (a byte-order mark dropped); anything else names the byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(Problem(display_path(path), 0, f"not UTF-8 text (byte {exc.start})",
                                 "convert it to UTF-8")) from None
