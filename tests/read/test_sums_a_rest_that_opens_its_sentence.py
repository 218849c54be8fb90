"""kg read: a rest written "the balance of 760" (the rest right after its "of", as "the
remaining 760" puts it before) completes the whole of the share the sentence before sets
off ("Its own crews fixed 1,240 potholes, or 62% of the total. The balance of 760 …");
never "the balance of the 2,000", the whole it is the rest of."""

from __future__ import annotations

from pathlib import Path

from tests.read import sum_labels

_DEPOTS = ("The council repaired 2,000 potholes last winter. Its own crews fixed 1,240 "
           "potholes, or 62% of the total. {rest} went to a contractor.\n")


def test_the_balance_of_an_amount_is_the_rest(tmp_path: Path) -> None:
    for n, rest in enumerate(("The remaining 760", "The balance of 760")):
        (tmp_path / str(n)).mkdir()
        assert sum_labels(tmp_path / str(n), "note.txt",
                          _DEPOTS.format(rest=rest)) == ["1,240 + 760 = 2,000"], rest
