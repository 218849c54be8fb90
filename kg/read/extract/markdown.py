"""Markdown to the text a reader sees: markup gone, tables as pipe rows (markdown-it-py)."""

from __future__ import annotations

from kg.read.extract import Extracted


def extract_markdown(source: str) -> Extracted:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(source)
    blocks: list[str] = []
    row: list[str] | None = None
    bold_rows: list[tuple[str, str]] = []  # (the row's line, its label) where set in bold
    label_bold = False
    title = None
    lists: list[str] = []  # the kinds of the lists the token stands in, innermost last
    item = False  # whether the next run of words opens a bulleted list's item
    for i, tok in enumerate(tokens):
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            lists.append(tok.type)
        elif tok.type in ("bullet_list_close", "ordered_list_close") and lists:
            lists.pop()
        elif tok.type == "list_item_open":
            item = bool(lists) and lists[-1] == "bullet_list_open"
        if tok.type == "tr_open":
            row = []
        elif tok.type == "tr_close" and row is not None:
            blocks.append("| " + " | ".join(row) + " |")
            if label_bold and row and row[0]:
                bold_rows.append((blocks[-1], row[0]))
            row = None
        elif tok.type == "inline":
            text = _inline(tok)
            if row is not None:
                if not row:
                    label_bold = _all_strong(tok)
                row.append(text)
            else:
                # a bullet's item keeps its mark, as a page's list does: a summary's key
                # point, read as one (a numbered list's numbers are no figures: left out)
                blocks.append("- " + text if item and text else text)
                item = False
                if title is None and i > 0 and tokens[i - 1].type == "heading_open":
                    title = text
        elif tok.type in ("paragraph_close", "heading_close", "table_close") and row is None:
            blocks.append("")
        elif tok.type in ("fence", "code_block"):
            blocks.extend([tok.content.rstrip("\n"), ""])
    text = "\n".join(_squeeze(blocks)).strip("\n") + "\n"
    return Extracted(text, title=title, format="md", bold=_spans(text, bold_rows))


def _all_strong(token) -> bool:
    """Whether every word of an inline run is set in bold ("**Total**")."""
    depth, words, bold = 0, False, True
    for child in token.children or []:
        if child.type == "strong_open":
            depth += 1
        elif child.type == "strong_close":
            depth -= 1
        elif child.type in ("text", "code_inline") and child.content.strip():
            words = True
            bold = bold and depth > 0
    return words and bold


def _spans(text: str, rows: list[tuple[str, str]]) -> tuple[tuple[int, int], ...]:
    """Where each bold row's label stands in the text, rows found top to bottom."""
    out, at = [], 0
    for line, label in rows:
        found = text.find(line + "\n", at)
        if found < 0:
            continue
        out.append((found + 2, found + 2 + len(label)))
        at = found + len(line)
    return tuple(out)


def _inline(token) -> str:
    """An inline run's words: emphasis, links and code markup dropped, images by their
    alternative text, hard and soft breaks as one space."""
    out = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif child.type == "image":
            out.append(child.content)
    return "".join(out).strip()


def _squeeze(lines: list[str]) -> list[str]:
    """No two blank lines in a row, and a table's rows kept together."""
    out: list[str] = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    return out
