"""A PDF's text and tables (pdfplumber): each page's words outside its tables as running
text, each table as pipe rows where it stands on the page."""

from __future__ import annotations

from pathlib import Path

from kg.problems import InputError, Problem, display_path
from kg.read.extract import Extracted


def extract_pdf(path: Path, data: bytes) -> Extracted:
    import io
    import logging

    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings are not the user's
    blocks: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            meta = pdf.metadata or {}
            for page in pdf.pages:
                blocks.extend(_page(page))
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise InputError(Problem(display_path(path), 0, f"not a PDF that can be read "
                                 f"({type(exc).__name__})")) from None
    except Exception as exc:  # pdfminer raises its own types for damaged files
        if type(exc).__module__.startswith(("pdfminer", "pdfplumber")):
            raise InputError(Problem(display_path(path), 0, f"not a PDF that can be read "
                                     f"({type(exc).__name__})")) from None
        raise
    text = "\n".join(blocks).strip("\n") + "\n"
    if not text.strip():
        raise InputError(Problem(display_path(path), 0, "the PDF has no text layer",
                                 "run OCR on it first (e.g. ocrmypdf) and read the result"))
    title = meta.get("Title") if isinstance(meta.get("Title"), str) else None
    return Extracted(text, title=title or None, format="pdf")


def _page(page) -> list[str]:
    """A page's blocks from top to bottom: text between tables, and the tables."""
    tables = page.find_tables()
    if not tables:
        return [page.extract_text(x_tolerance=1.5) or "", ""]
    pieces: list[tuple[float, str]] = []
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

    rest = page.filter(outside)
    # text above, between and below the tables, each band extracted on its own
    edges = [0.0] + [y for b in sorted(boxes, key=lambda b: b[1]) for y in (b[1], b[3])] \
        + [float(page.height)]
    for top, bottom in zip(edges[::2], edges[1::2]):
        if bottom - top < 1:
            continue
        band = rest.crop((0, top, page.width, bottom), strict=False)
        words = band.extract_text(x_tolerance=1.5) or ""
        if words.strip():
            pieces.append((top, words))
    for table in tables:
        rows = ["| " + " | ".join(_cell(c) for c in row) + " |" for row in table.extract()]
        pieces.append((table.bbox[1], "\n".join(rows)))
    pieces.sort(key=lambda p: p[0])
    return [text for _, text in pieces] + [""]


def _cell(value: str | None) -> str:
    return " ".join((value or "").split())
