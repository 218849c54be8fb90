"""An amount of money or a quantity in its unit that the text writes again in the same words,
where the two clauses name one measure ("the bridge repairs cost £7.35 million" … "the £7.35
million repair bill"), is one quantity said twice: kg read ties the two as a restatement. The
same digits of another measure ("£45 a month" … "saves £45 a year"), a bound a rule sets
("income above £52,000"), a length of time and the end a move reached beside a level stated
alone are not tied."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_blocks, relation_labels, violations

TITLE = "Harbour repairs"


def test_an_amount_said_again_of_one_measure_is_one_quantity(tmp_path: Path) -> None:
    text = ("The harbour board said the breakwater repairs cost £7.35 million in 2025, "
            "mostly for new armour stone. Board members approved the spending in March.\n\n"
            "Divers who inspected the work said the repairs cost £7.35 million, as budgeted.\n")
    labels = relation_labels(tmp_path, TITLE, text, "RestatementRelation")
    assert labels == ["£7.35 million said again, of what it was said of before"]
    assert violations(tmp_path) == []


def test_a_quantity_in_its_unit_said_three_times_is_tied_each_time(tmp_path: Path) -> None:
    text = ("The cooperative stored 812 tonnes of grain at the end of June.\n\n"
            "Its silos held 812 tonnes of grain, enough for the winter.\n\n"
            "A stock of 812 tonnes of grain is the largest in a decade.\n")
    (tmp_path / "note.txt").write_text(f"{TITLE}\n\n{text}", encoding="utf-8")
    from kg.read import read

    made = read(tmp_path / "note.txt", tmp_path / "c")
    blocks = relation_blocks(made.folder, "RestatementRelation")
    # the third saying is tied to the first and the second, the second to the first
    assert len(blocks) == 3


def test_the_same_digits_of_another_measure_are_not_tied(tmp_path: Path) -> None:
    text = ("A season ticket for the ferry costs £45 a month.\n\n"
            "Commuters who switch to the new rail card pay £45 less each year.\n")
    assert relation_labels(tmp_path, TITLE, text, "RestatementRelation") == []


def test_a_bound_a_rule_sets_is_not_a_quantity_said_again(tmp_path: Path) -> None:
    text = ("Council tax relief is paid on income above £52,000 only.\n\n"
            "A household whose income is above £52,000 gets a smaller relief.\n")
    assert relation_labels(tmp_path, TITLE, text, "RestatementRelation") == []


def test_a_level_a_move_reached_is_not_tied_to_a_level_stated_alone(tmp_path: Path) -> None:
    text = ("Wind farms supplied 14.2 TWh of power, gas 9.6 TWh and solar 3.1 TWh.\n\n"
            "Solar output has grown from 1.4 TWh in 2019 to 3.1 TWh, as panels spread.\n")
    assert relation_labels(tmp_path, TITLE, text, "RestatementRelation") == []


def test_a_range_said_again_ties_its_low_end_though_the_high_end_is_named_alike(
        tmp_path: Path) -> None:
    """"£40m" and "£44m" both name the forecast profit; "£44m" is itself said again, so it is
    no rival for the low end's twin (the high end, "to £44m" once and "and £44m" after, is a
    move's end once only and is left alone)."""
    text = ("- Forecast profit of £40m to £44m confirmed for the year\n\n"
            "The directors continue to expect a forecast profit of between £40m and £44m.\n")
    labels = relation_labels(tmp_path, "Ferry operator trading update", text,
                             "RestatementRelation")
    assert labels == ["£40m said again, of what it was said of before"]


def test_a_figure_said_again_ties_nothing_where_another_is_named_alike(tmp_path: Path) -> None:
    """"parking fees of £2.3 million" twice, but "parking fees of £0.8 million" too: which one
    the later one states the words do not say, and equal values never choose."""
    text = ("The council took parking fees of £2.3 million in the town and parking fees of "
            "£0.8 million at the coast.\n\n"
            "The auditors checked parking fees of £2.3 million against the machines.\n")
    assert relation_labels(tmp_path, TITLE, text, "RestatementRelation") == []
