"""A text that names a province or state as a government ("Province of Manitoba") anywhere
counts its bare "$" in that province's dollar, as a "Town, Province" head does."""

from __future__ import annotations

from kg.authoring.new import local_dollar


def test_a_province_named_as_a_funder_places_the_dollar() -> None:
    text = ("RIVERBEND YOUTH CENTRE\nDraft budget for the coming year\n\n"
            "Overview\n\nWe plan to spend $912,000 next year, up from $874,500.\n\n"
            + "Programme notes and staffing changes are set out below.\n" * 12 +
            "\nFunding\n\n  Province of Manitoba, operating grant ....... 540,000\n"
            "  City youth fund ............................ 118,000\n")
    assert local_dollar(text) == "CAD"
    assert local_dollar(text.replace("Province of Manitoba", "State of Queensland")) == "AUD"
    # a "state of" that names no government does not; the US dollar named outright wins
    assert local_dollar("The charity spent $4,200 on a study of the state of Victoria "
                        "Park's paths.") is None
    # the US dollar named outright still wins
    assert local_dollar("Province of Manitoba grant: US$50,000; hall hire $1,200.") is None
