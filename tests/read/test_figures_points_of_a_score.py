"""kg read reads the points of a score or a game ("the fatigue score dropped by 5.3 points",
"won with 74 points") in claimgraph's score points, not as counts nor as percentage points
(a confidence level's "95%" makes no sentence one of percentages); the two ends of a move in
points, a score's most ("74 points out of 90") and an average of points are in points too; a
market's points, points beside percentage points and points of places (a text that counts
"charging points") are no score's; and a between-group gap in points is between the arms'
moves, never between one arm's ends."""

from __future__ import annotations

import re
from pathlib import Path


def _units(folder: Path) -> dict[str, str]:
    """Each figure's quote -> its unit, as kg read wrote them into ``folder``'s claims."""
    claims = (folder / "claims.ttl").read_text(encoding="utf-8")
    return dict(re.findall(r'cg:quote "([^"]*)" ;\n(?:    cg:quotePrefix [^\n]*\n)?'
                           r'(?:    [^\n]*\n)*?    qudt:unit ([^ ;]+)', claims))


def _read(tmp_path: Path, text: str) -> tuple[dict[str, str], str]:
    """The units of the figures kg read wrote, and the labels of its relations, a line each."""
    from kg.read import read

    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "note.txt").write_text(text, encoding="utf-8")
    folder = read(tmp_path / "note.txt", tmp_path / "c").folder
    relations = folder / "relations.ttl"
    labels = re.findall(r'rdfs:label "([^"]*)"', relations.read_text(encoding="utf-8")) \
        if relations.exists() else []
    return _units(folder), "\n".join(labels)


def test_the_points_of_a_trial_score_beside_a_confidence_level(tmp_path: Path) -> None:
    units, _ = _read(tmp_path, (
        "Fatigue after rehabilitation\n\nResults: The fatigue score dropped by 5.3 points with "
        "the exercise programme and by 1.9 points with advice alone, a difference of 3.4 "
        "points (95% CI 0.8 to 6.0). The smallest change patients notice is 3 points.\n"))
    assert units["5.3 points"] == "cg:ScorePoint"
    assert units["1.9 points"] == "cg:ScorePoint"
    assert units["3.4 points"] == "cg:ScorePoint"
    assert units["3 points"] == "cg:ScorePoint"


def test_the_points_of_a_game_and_their_average(tmp_path: Path) -> None:
    units, _ = _read(tmp_path, (
        "Quiz league\n\nThe Red Lions won the final with 74 points out of 90, six points ahead "
        "of the Owls. The four finalists scored 260 points between them, an average of 65 each.\n"))
    assert units["74 points"] == units["90"] == "cg:ScorePoint"
    assert units["six points"] == "cg:ScorePoint"
    assert units["260 points"] == "cg:ScorePoint"
    assert units["65"] == "cg:ScorePoint"


def test_percentage_points_and_a_market_s_points_are_no_score(tmp_path: Path) -> None:
    units, _ = _read(tmp_path, (
        "Labour market\n\nThe jobless rate rose 0.4 points to 5.2% in March. The FTSE 100 "
        "index closed 38 points lower.\n"))
    assert units["0.4"] == "cg:PercentagePoint"
    assert units.get("38") != "cg:ScorePoint"
    # points beside percentage points are percentage points, a confidence level or not
    units, _ = _read(tmp_path / "pp", (
        "Glucose trial\n\nHbA1c fell by 0.71 percentage points with the diet and by 0.24 "
        "points with usual care (95% CI 0.2 to 0.7).\n"))
    assert units["0.24"] == "cg:PercentagePoint"


def test_points_of_places_are_counted(tmp_path: Path) -> None:
    # a text that counts charging points: its bare "points" are places, no score
    units, _ = _read(tmp_path, (
        "Kerbside charging\n\nThe council runs 640 public charging points. It plans to reach "
        "a total of 1,500 points by 2028.\n"))
    assert units["1,500"] == "unit:NUM"


def test_the_ends_of_a_move_in_points_and_the_gap_between_two_arms(tmp_path: Path) -> None:
    units, relations = _read(tmp_path, (
        "Tinnitus trial\n\nResults: In the sound-therapy arm the mean handicap score fell "
        "from 52.4 to 38.1, an improvement of 14.3 points; in the counselling arm it fell "
        "from 51.7 to 41.5, an improvement of 10.2 points. The between-group difference of "
        "4.1 points favoured sound therapy.\n\nPain scores went from 6.1 to 4.2 points in one "
        "arm and from 5.9 to 5.3 points in the other, a between-group difference of 1.3 "
        "points.\n"))
    assert units["52.4"] == units["38.1"] == "cg:ScorePoint"
    # the ends of each move, and the gap between the arms' moves
    assert "52.4 - 38.1 = 14.3 points" in relations
    assert "14.3 points - 10.2 points = 4.1 points" in relations
    # never between the second arm's two ends
    assert "51.7 - 41.5 = 4.1 points" not in relations
    assert "5.9 - 5.3 points = 1.3 points" not in relations
