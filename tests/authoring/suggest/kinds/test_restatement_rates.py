"""Two amounts of one unit that are rates of different things ("for each kilogram of fish",
"each pond gave") are two measures, however alike the words around them: no restatement."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested

_TEXT = ("Trout farming in the valley, 2025\n\n"
         "Key figures\n\n"
         "- Feed deliveries rose to 8,150 tonnes; on average 1.4 kg of feed pellets was used "
         "for each kilogram of trout raised.\n\n"
         "- Farms numbered 212.\n\n"
         "The valley's ponds covered 640 hectares, so each pond hectare took about 12,700 kg "
         "of feed pellets over the year.\n")


def test_rates_of_different_things_are_no_restatement(tmp_path: Path) -> None:
    found = suggested(tmp_path, _TEXT)
    assert not [roles for kind, roles, _ in found if kind == "RestatementRelation"
                and {"1.4 kg", "about 12,700 kg"} <= set(roles["first"] + roles["restatedAs"])]


def test_rates_of_the_same_thing_are_still_tied(tmp_path: Path) -> None:
    text = _TEXT.replace("so each pond hectare took about 12,700 kg of feed pellets over the "
                         "year", "and on average 1.4 kg of feed pellets was used for each "
                         "kilogram of trout raised there")
    found = suggested(tmp_path, text)
    assert [roles for kind, roles, _ in found if kind == "RestatementRelation"
            and roles["restatedAs"] == ("1.4 kg",)]
