"""kg read: "Together the three funders give …" after a list of exactly three items, each
stating one amount, is the sum of the items; a longer list, whose items the words do not
single out, gives none."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels


def _sums(tmp_path: Path, text: str) -> list[str]:
    return read_labels(tmp_path, "note.md", text, "SumRelation")


def test_together_the_three_after_a_list_of_three_is_their_sum(tmp_path: Path) -> None:
    assert _sums(tmp_path, (
        "# Library appeal 2025\n\n"
        "## Who pays\n\n"
        "- County arts council: £64,000 (two-year grant)\n"
        "- Friends of the library: £21,500\n"
        "- Parish precept: £9,800\n\n"
        "Together the three funders provide £95,300 towards the new reading room.\n")) == [
        "£64,000 + £21,500 + £9,800 = £95,300"]
    # a list of four: which three, the words do not say
    assert _sums(tmp_path / "longer", (
        "# Library appeal 2025\n\n"
        "## Who pays\n\n"
        "- Town council: £12,000\n"
        "- County arts council: £64,000 (two-year grant)\n"
        "- Friends of the library: £21,500\n"
        "- Parish precept: £9,800\n\n"
        "Together the three funders provide £95,300 towards the new reading room.\n")) == []
