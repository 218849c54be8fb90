"""kg read: a sentence that names a row by letters in brackets after the words they stand
for ("Adjusted earnings per share (AEPS) rose 6.0%") names that row, where the words start;
a row whose label is only the first of those words ("Adjusted earnings") is not named."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

TABLE = ("Table 1. Results (£ million unless stated)\n\n"
         "| | 2025 | 2024 | % change |\n"
         "|---|---|---|---|\n"
         "| Revenue | 640.2 | 601.5 | 6.4 |\n"
         "| Adjusted earnings | 88.1 | 81.9 | 7.6 |\n"
         "| AEPS (pence) | 41.3 | 38.9 | 6.2 |\n\n")


def test_the_row_the_letters_name_is_restated(tmp_path: Path) -> None:
    text = TABLE + "Adjusted earnings per share (AEPS) rose 6.2% to 41.3 pence.\n"
    labels = relation_labels(tmp_path, "Trading update", text, "RestatementRelation",
                             name="results.md")
    assert "AEPS (pence), % change: the table and the text" in labels
    assert not any(label.startswith("Adjusted earnings,") for label in labels)


def test_the_words_alone_still_name_their_own_row(tmp_path: Path) -> None:
    text = TABLE + "Adjusted earnings rose 7.6% to £88.1 million.\n"
    labels = relation_labels(tmp_path, "Trading update", text, "RestatementRelation",
                             name="results.md")
    assert "Adjusted earnings, % change: the table and the text" in labels


def test_letters_alone_in_brackets_after_other_words_name_their_row(tmp_path: Path) -> None:
    text = ("Table 2. Key figures (€ million)\n\n"
            "| | 2025 | 2024 | % change |\n"
            "|---|---|---|---|\n"
            "| Sales | 310.4 | 295.0 | 5.2 |\n"
            "| EBITDA | 61.8 | 57.3 | 7.9 |\n\n"
            "Operating cash earnings (EBITDA) climbed to €61.8 million from €57.3 million.\n")
    labels = relation_labels(tmp_path, "Trading update", text, "RestatementRelation",
                             name="results.md")
    assert "EBITDA, 2025: the table and the text" in labels
