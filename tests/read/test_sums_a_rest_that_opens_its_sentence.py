"""kg read: a rest that opens its sentence ("The remaining 760 …", or "The balance of 760 …",
the rest right after its "of") carries on from the sentence before, whose one amount of its
unit is the other part, share or not ("Its own crews fixed 1,240 potholes."), of the whole
said before that. A count that names the set whose amounts are added ("the four depots") is
no such amount."""

from __future__ import annotations

from pathlib import Path

from tests.read import sum_labels

_DEPOTS = ("The council repaired 2,000 potholes last winter. Its own crews fixed 1,240 "
           "potholes. {rest} were left to a contractor.\n")


def test_a_rest_that_opens_its_sentence_completes_the_one_before(tmp_path: Path) -> None:
    for n, rest in enumerate(("The remaining 760", "The balance of 760")):
        (tmp_path / str(n)).mkdir()
        assert sum_labels(tmp_path / str(n), "note.txt",
                          _DEPOTS.format(rest=rest)) == ["1,240 + 760 = 2,000"], rest
    # (the four depots are a set of things, not a second amount of potholes)
    text = ("The council repaired 2,000 potholes last winter. Together the four depots fixed "
            "1,240 potholes. The balance of 760 went to a contractor.\n")
    (tmp_path / "n").mkdir()
    assert sum_labels(tmp_path / "n", "note.txt", text) == ["1,240 + 760 = 2,000"]

