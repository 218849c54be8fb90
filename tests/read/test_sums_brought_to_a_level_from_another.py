"""An amount added to a stock, and the level the words bring it to before the level it
came from ("…, bringing the network to 31 from 27"): the level before and the amount added
sum to the level after, as they do written "from 27 to 31". Of several moves the net one is
what they add ("opened 9 and closed 3, a net gain of 6")."""

from __future__ import annotations

from tests.read import relation_labels


def _sums(tmp_path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Depot network update", text, "SumRelation")


def test_the_level_after_said_before_the_level_before(tmp_path) -> None:
    assert _sums(tmp_path, "The carrier plans to open four new depots next year, bringing "
                           "the network to 31 from 27 now.") == ["27 + four = 31"]


def test_of_the_moves_the_net_gain_is_added(tmp_path) -> None:
    assert _sums(tmp_path, "We opened 9 branches and closed 3, a net gain of 6, taking the "
                           "total to 58 branches at the year end from 52 a year earlier.") == \
        ["52 + 6 = 58"]


def test_the_bare_verb_after_will_lifts_the_level(tmp_path) -> None:
    # "will add … and lift …": the verb's bare form after "will" as its "-ing" form
    assert _sums(tmp_path, "The new wing will add 120 beds and lift capacity from 480 to "
                           "600 beds.") == ["480 + 120 = 600"]
