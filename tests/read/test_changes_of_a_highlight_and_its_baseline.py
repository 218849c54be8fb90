"""kg read: a results release's highlight states a move's size and the level it reached
("Net income up 12.5% to $27.0 million") and its body states that level again against its
baseline ("Net income rose to $27.0 million from $24.0 million"): the two sentences state one
change, from the baseline to the level, by the highlight's size, the way its words say. That
change is read instead of a bare comparison of the two levels. The level must be written the
same way in both (never matched by value alone), the comparison must be of a level with its
baseline, and where two highlights reach that level which one is meant is a guess: the
comparison stays."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

_RELEASE = ("Highlights\n\n- Net income up 12.5% to $27.0 million\n- Orders of 1,420 units\n\n"
            "Results\n\nNet income rose to $27.0 million from $24.0 million, helped by lower "
            "freight costs.")


def test_the_highlight_sizes_the_move_its_body_states(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Harwick Tools", _RELEASE, "PercentChangeRelation") == [
        "$24.0 million to $27.0 million: up 12.5%"]
    assert relation_labels(tmp_path / "b", "Harwick Tools", _RELEASE,
                           "ComparisonRelation") == []
    # ("$27 million" is the same value written otherwise: no restatement the words make)
    text = _RELEASE.replace("up 12.5% to $27.0 million", "up 12.5% to $27 million")
    assert relation_labels(tmp_path / "c", "Harwick Tools", text, "PercentChangeRelation") == []
    assert relation_labels(tmp_path / "d", "Harwick Tools", text, "ComparisonRelation") == [
        "$27.0 million > $24.0 million"]
    # (two highlights reach the level: which one sizes the move is a guess)
    text = _RELEASE.replace("- Orders of 1,420 units",
                            "- Net income up 9.0% to $27.0 million on a constant-currency basis")
    assert relation_labels(tmp_path / "e", "Harwick Tools", text, "PercentChangeRelation") == []
    assert relation_labels(tmp_path / "f", "Harwick Tools", text, "ComparisonRelation") == [
        "$27.0 million > $24.0 million"]
    # ("ahead of the $25.0 million target": a level against a target, not its own past)
    text = _RELEASE.replace("rose to $27.0 million from $24.0 million",
                            "came to $27.0 million, ahead of the $25.0 million target")
    assert relation_labels(tmp_path / "g", "Harwick Tools", text, "PercentChangeRelation") == []


def test_a_fall_takes_the_way_its_highlight_says(tmp_path: Path) -> None:
    text = ("Highlights\n\n- Operating costs down 4,0% to R812,5 million\n\n"
            "Operating costs eased to R812,5 million (2024: R846,4 million) as the fleet "
            "was renewed.")
    assert relation_labels(tmp_path, "Kopano Freight", text, "PercentChangeRelation") == [
        "R846,4 million to R812,5 million: down 4,0%"]


def test_a_highlight_may_set_its_move_after_the_level(tmp_path: Path) -> None:
    text = ("Highlights\n\n- Revenue of $412.8 million, up 6.5% year over year\n\n"
            "Review\n\nRevenue grew to $412.8 million from $387.6 million as volumes "
            "recovered.")
    assert relation_labels(tmp_path, "Orrin Foods", text, "PercentChangeRelation") == [
        "$387.6 million to $412.8 million: up 6.5%"]
