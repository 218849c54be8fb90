"""kg read: a relative risk (a risk ratio) is the ratio of the two groups' risks the words
set before it, the first group's over the second's; a confidence level ("95% CI") is no
risk, an odds ratio no ratio of the two percents, and a third percent leaves the pair open."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _ratios(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Walking group trial, 2025", text, "RatioRelation",
                           name="abstract.txt")


def test_a_relative_risk_is_the_first_group_s_risk_over_the_second_s(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "A fall occurred in 96 participants (15.2%) in the walking arm "
                             "and in 131 (20.9%) in the control arm, a relative risk of 0.73 "
                             "(95% CI 0.61 to 0.88).") == ["15.2% to 20.9%: 0.73"]
    # the confidence level before the ratio is no risk
    assert _ratios(tmp_path / "ci", "Readmission fell to 11.0% from 14.5%, a difference of "
                                    "3.5 percentage points (95% CI 1.2 to 5.8) and a risk "
                                    "ratio of 0.76.") == ["11.0% to 14.5%: 0.76"]


def test_a_relative_risk_said_alone_takes_the_risks_of_the_sentence_before(
        tmp_path: Path) -> None:
    assert _ratios(tmp_path, "Pneumonia was diagnosed in 40 patients (8.4%) given the "
                             "vaccine and in 66 (13.8%) given placebo. The relative risk was "
                             "0.61, a 39% lower risk.") == ["8.4% to 13.8%: 0.61"]
    # three groups' percents: which two the ratio divides, the words leave open
    assert _ratios(tmp_path / "three", "Pneumonia was diagnosed in 8.4% of the first arm, "
                                       "10.2% of the second and 13.8% of the third. The "
                                       "relative risk was 0.61.") == []
    # an odds ratio is not the ratio of the two percents
    assert _ratios(tmp_path / "odds", "Pneumonia was diagnosed in 40 patients (8.4%) given "
                                      "the vaccine and in 66 (13.8%) given placebo. The odds "
                                      "ratio was 0.57.") == []
