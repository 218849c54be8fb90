"""kg read: an average per a measured unit whose own sentence states its total ("paid an
average of £310 per tonne for their apples, putting the value of the crop at £2.6 million")
over the count in that unit an earlier sentence gives, further back than the sentence just
before: the one figure of the unit and of the average's period that a word of the average's
sentence names ("apples").  Two such figures named alike, or none named so, leave it
unread."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels

SURVEY = """# Wessex Cider Apple Survey: Harvest 2025

Main findings

- Bittersweet varieties made up 61.9% of the crop.

Harvest by county

| County | Orchard area (ha) | Harvest (t) |
| Somerset | 410 | 5,200 |
| Devon | 190 | 2,100 |
| Dorset | 100 | 1,100 |
| All counties | 700 | 8,400 |

Late frost in April cut the blossom on the lower slopes.

Juice and sales

{pressed} Mills sold the juice on to 42 cideries.

Growers were paid an average of £310 per tonne for their apples, putting the farm-gate value
of the crop at £2.6 million.
"""


def test_the_count_a_word_of_the_average_names_two_sentences_back(tmp_path: Path) -> None:
    text = SURVEY.format(pressed="The 8,400 tonnes of apples pressed gave 5.9 million litres "
                                 "of juice.")
    assert read_labels(tmp_path, "survey.md", text, "AverageRelation") == [
        "£2.6 million ÷ 8,400 tonnes = £310 per tonne"]


def test_two_counts_named_alike_leave_it_unread(tmp_path: Path) -> None:
    # the apples pressed and the apples bought in: which the crop's value is over is unsaid
    text = SURVEY.format(pressed="The 8,400 tonnes of apples pressed gave 5.9 million litres "
                                 "of juice, and 1,300 tonnes of apples were bought in.")
    assert read_labels(tmp_path, "survey.md", text, "AverageRelation") == []


def test_a_count_no_word_of_the_average_names_is_none(tmp_path: Path) -> None:
    text = SURVEY.format(pressed="The 8,400 tonnes pressed gave 5.9 million litres of juice.")
    assert read_labels(tmp_path, "survey.md", text, "AverageRelation") == []


def test_a_yield_over_the_area_a_word_of_its_sentence_names_before(tmp_path: Path) -> None:
    # (a yield in tonnes per hectare and its crop in tonnes: the hectares of the crop the
    # sentence names, of the two areas the sentence before lists)
    text = ("Farm survey 2025\n\nRye was sown on 12,400 hectares, with spelt on 3,100 "
            "hectares.\n\nThe spelt harvest came in at 14,900 tonnes, equivalent to 4.8 "
            "tonnes per hectare.\n")
    assert read_labels(tmp_path, "farms.txt", text, "AverageRelation") == [
        "14,900 tonnes ÷ 3,100 hectares = 4.8 tonnes per hectare each"]


def test_a_table_cell_named_by_its_row_is_no_count(tmp_path: Path) -> None:
    # "Marsh Peat Works" is one producer: its cell shares "peat" with the sentence, and is no
    # count the heat "per tonne of peat" is over (a sentence with a figure stands between:
    # the table's last row is not the sentence just before)
    text = ("# Peat cutting report 2025\n\n| Producer | 2024 (t) | 2025 (t) |\n|---|---:|---:|\n"
            "| Marsh Peat Works | 910 | 1,040 |\n| Hollow Fen Ltd | 620 | 700 |\n\n"
            "The season started 12 days late.\n\nDrying sheds used 260 MWh, equivalent to "
            "0.25 MWh per tonne of peat.\n")
    assert read_labels(tmp_path, "peat.md", text, "AverageRelation") == []
