"""Each arithmetic check with a passing and a failing hand-made document."""

from __future__ import annotations

import pytest

from tests.check.conftest import fig, finding, rel

SUM_TEXT = "Shops sold 2.1 million, online 3.2 million, in all {total} million."


@pytest.mark.parametrize("total,severity", [("5.3", "pass"), ("6.3", "violation")])
def test_sum(check, total: str, severity: str) -> None:
    report = check(SUM_TEXT.format(total=total),
                   fig("a", "2.1 million", "2100000"), fig("b", "3.2 million", "3200000"),
                   fig("t", f"{total} million", str(int(float(total) * 10**6))),
                   rel("r", "SumRelation", "cg:total :t ; cg:part :a, :b"))
    f = finding(report, "r")
    assert (f.severity, f.check) == (severity, "sum")
    assert f.arithmetic == (f"3.2 million + 2.1 million = 5.3 million; "
                            f"stated total {total} million")
    assert f.expected == "5.3 million (5.2 to 5.4 million)"


@pytest.mark.parametrize("total,severity", [
    ("2.51", "pass"),       # [2.505, 2.515] touches the parts' [2.395, 2.505] at 2.505
    ("2.52", "violation"),  # [2.515, 2.525] starts above 2.505
    ("2.39", "pass"),       # [2.385, 2.395] touches 2.395 from below
    ("2.38", "violation"),
])
def test_sum_at_the_interval_boundary(check, total: str, severity: str) -> None:
    report = check(f"A was 1.25, B was 1.2, together {total}.",
                   fig("a", "1.25", "1.25"), fig("b", "1.2", "1.2"),
                   fig("t", total, total),
                   rel("r", "SumRelation", "cg:total :t ; cg:part :a, :b"))
    assert finding(report, "r").severity == severity


@pytest.mark.parametrize("gap,severity", [("1.1", "pass"), ("2.1", "violation")])
def test_difference(check, gap: str, severity: str) -> None:
    report = check(f"Ours was 5.3 million, theirs 4.2 million, a gap of {gap} million.",
                   fig("m", "5.3 million", "5300000"), fig("s", "4.2 million", "4200000"),
                   fig("d", f"{gap} million", str(int(float(gap) * 10**6))),
                   rel("r", "DifferenceRelation", "cg:minuend :m ; cg:subtrahend :s ; "
                                                  "cg:difference :d"))
    f = finding(report, "r")
    assert (f.severity, f.check) == (severity, "difference")
    assert f.arithmetic.startswith("5.3 million − 4.2 million = 1.1 million")


@pytest.mark.parametrize("gap,severity", [("14", "pass"), ("4", "violation")])
def test_the_gap_between_two_percentages_in_points_is_a_difference(check, gap: str,
                                                                  severity: str) -> None:
    report = check(f"Phones 62%, laptops 48%, a gap of {gap} percentage points.",
                   fig("a", "62%", "62", "unit:PERCENT"), fig("b", "48%", "48", "unit:PERCENT"),
                   fig("d", f"{gap} percentage points", gap, "cg:PercentagePoint"),
                   rel("r", "DifferenceRelation",
                       "cg:minuend :a ; cg:subtrahend :b ; cg:difference :d"))
    assert not [f for f in report.findings if f.check == "structure" and f.severity != "pass"]
    f = finding(report, "r")
    assert (f.severity, f.check) == (severity, "difference")
    assert f.arithmetic.startswith("62% − 48% = 14")


def test_a_gap_in_points_between_a_percentage_and_a_count_is_still_a_unit_error(check) -> None:
    report = check("Phones 62%, laptops 48 units, a gap of 14 percentage points.",
                   fig("a", "62%", "62", "unit:PERCENT"), fig("b", "48 units", "48"),
                   fig("d", "14 percentage points", "14", "cg:PercentagePoint"),
                   rel("r", "DifferenceRelation",
                       "cg:minuend :a ; cg:subtrahend :b ; cg:difference :d"))
    assert [f for f in report.findings if f.check == "structure" and f.severity == "violation"]
    assert not [f for f in report.findings if f.check == "difference"]


@pytest.mark.parametrize("word,value,severity", [
    ("a quarter", "0.25", "pass"), ("a third", "0.333333", "violation")])
def test_ratio(check, word: str, value: str, severity: str) -> None:
    report = check(f"Online made 2.4 billion, {word} of the 9.6 billion total.",
                   fig("n", "2.4 billion", "2400000000"), fig("d", "9.6 billion", "9600000000"),
                   fig("q", word, value, "unit:UNITLESS"),
                   rel("r", "RatioRelation", "cg:numerator :n ; cg:denominator :d ; cg:ratio :q"))
    f = finding(report, "r")
    assert (f.severity, f.check) == (severity, "ratio")
    assert f.arithmetic.startswith("2.4 billion ÷ 9.6 billion = 0.25")


def test_ratio_in_percent(check) -> None:
    report = check("Online made 2.4 billion, 25% of the 9.6 billion total.",
                   fig("n", "2.4 billion", "2400000000"), fig("d", "9.6 billion", "9600000000"),
                   fig("q", "25%", "25", "unit:PERCENT"),
                   rel("r", "RatioRelation", "cg:numerator :n ; cg:denominator :d ; cg:ratio :q"))
    assert finding(report, "r").severity == "pass"


def test_zero_denominator_is_a_finding_not_a_crash(check) -> None:
    report = check("Online made 2.4 billion, a quarter of the 0 total.",
                   fig("n", "2.4 billion", "2400000000"), fig("d", "0", "0"),
                   fig("q", "a quarter", "0.25", "unit:UNITLESS"),
                   rel("r", "RatioRelation", "cg:numerator :n ; cg:denominator :d ; cg:ratio :q"))
    f = finding(report, "r")
    assert (f.severity, f.check) == ("violation", "ratio")
    assert "denominator may be zero" in f.message


@pytest.mark.parametrize("verb,direction,severity", [
    ("fell", "cg:Decrease", "pass"),
    ("rose", "cg:Increase", "violation"),  # the sign is wrong
])
def test_percent_change_and_its_direction(check, verb, direction, severity) -> None:
    report = check(f"Sales {verb} by 11%, from $57.4 billion to $50.9 billion.",
                   fig("chg", "11%", "11", "unit:PERCENT"),
                   fig("i", "$57.4 billion", "57400000000", "unit:CCY_USD"),
                   fig("f", "$50.9 billion", "50900000000", "unit:CCY_USD"),
                   rel("r", "PercentChangeRelation",
                       f"cg:initial :i ; cg:final :f ; cg:change :chg ; cg:direction {direction}"))
    f = finding(report, "r")
    assert (f.severity, f.check) == (severity, "percent-change")
    assert f.expected == "-11.32% (-11.49% to -11.16%)"


def test_percent_change_wrong_size(check) -> None:
    report = check("Sales fell by 13%, from $57.4 billion to $50.9 billion.",
                   fig("chg", "13%", "13", "unit:PERCENT"),
                   fig("i", "$57.4 billion", "57400000000", "unit:CCY_USD"),
                   fig("f", "$50.9 billion", "50900000000", "unit:CCY_USD"),
                   rel("r", "PercentChangeRelation",
                       "cg:initial :i ; cg:final :f ; cg:change :chg ; cg:direction cg:Decrease"))
    assert finding(report, "r").severity == "violation"


@pytest.mark.parametrize("points,severity", [("2.5", "pass"), ("25", "violation")])
def test_percentage_points(check, points: str, severity: str) -> None:
    report = check(f"The share rose {points} percentage points, from 10.5% to 13%.",
                   fig("chg", f"{points} percentage points", points, "cg:PercentagePoint"),
                   fig("i", "10.5%", "10.5", "unit:PERCENT"), fig("f", "13%", "13", "unit:PERCENT"),
                   rel("r", "PercentagePointChangeRelation",
                       "cg:initial :i ; cg:final :f ; cg:change :chg ; cg:direction cg:Increase"))
    assert (finding(report, "r").severity, finding(report, "r").check) == \
        (severity, "percent-change")


def test_percent_is_kept_apart_from_percentage_points(check) -> None:
    # a relative change relation over a change written in points is a structure error
    report = check("The share rose 2.5 percentage points, from 10.5% to 13%.",
                   fig("chg", "2.5 percentage points", "2.5", "cg:PercentagePoint"),
                   fig("i", "10.5%", "10.5", "unit:PERCENT"), fig("f", "13%", "13", "unit:PERCENT"),
                   rel("r", "PercentChangeRelation",
                       "cg:initial :i ; cg:final :f ; cg:change :chg ; cg:direction cg:Increase"))
    f = finding(report, "r")
    assert (f.severity, f.check) == ("violation", "structure")
    assert "percentage points" in f.message


RATE = (':rate a cg:Figure ; cg:claim :c ; cg:quote "6.14" ; qudt:numericValue 6.14 ; '
        "qudt:unit cg:CurrencyPerCurrency ; schema:about ent:x ; cg:measures cg:ExchangeRate .\n")


@pytest.mark.parametrize("usd,severity", [("9.3", "pass"), ("8.3", "violation")])
def test_conversion_at_a_stated_rate(check, usd: str, severity: str) -> None:
    report = check(f"It sold 57.1 billion yuan, {usd} billion US dollars at 6.14 yuan a dollar.",
                   fig("a", "57.1 billion yuan", "57100000000", "unit:CCY_CNY"),
                   fig("u", f"{usd} billion US dollars", str(int(float(usd) * 10**9)),
                       "unit:CCY_USD"), RATE,
                   rel("r", "ConversionRelation",
                       "cg:amount :a ; cg:convertedAmount :u ; cg:rate :rate"))
    f = finding(report, "r")
    assert (f.severity, f.check) == (severity, "conversion")
    assert f.arithmetic.startswith("57.1 billion yuan ÷ 6.14 = 9.3 billion US dollars")


def test_conversion_without_a_rate_reports_the_implied_rate(check) -> None:
    report = check("It sold 57.1 billion yuan, 9.3 billion US dollars.",
                   fig("a", "57.1 billion yuan", "57100000000", "unit:CCY_CNY"),
                   fig("u", "9.3 billion US dollars", "9300000000", "unit:CCY_USD"),
                   rel("r", "ConversionRelation", "cg:amount :a ; cg:convertedAmount :u"))
    f = finding(report, "r")
    assert (f.severity, f.check) == ("info", "conversion")
    assert f.message == ("No exchange rate is stated: the figures imply 6.1398 CNY per USD "
                         "(6.1016 to 6.1784). No reference rate either: no day to take a "
                         "reference rate from: give the relation a dcterms:date, or the "
                         "figures' period (dcterms:temporal) a schema:startDate. Add a cg:rate "
                         "figure with its source to check the conversion.")
    assert report.exit_code() == 0


@pytest.mark.parametrize("day,usd,severity", [
    ("2014-11-11", "9.3", "pass"),      # ECB: 6.12339 yuan a dollar (Tuesday)
    ("2014-11-15", "9.3", "pass"),      # a Saturday: Friday's rate, 6.12978
    ("2014-11-11", "8.3", "warning"),   # 8.25 to 8.35 against 9.224 to 9.427
])
def test_conversion_against_the_reference_rate_of_its_day(check, day, usd, severity) -> None:
    report = check(f"It sold 57.1 billion yuan, {usd} billion US dollars, on that day.",
                   fig("a", "57.1 billion yuan", "57100000000", "unit:CCY_CNY"),
                   fig("u", f"{usd} billion US dollars", str(int(float(usd) * 10**9)),
                       "unit:CCY_USD"),
                   rel("r", "ConversionRelation", "cg:amount :a ; cg:convertedAmount :u",
                       f'; dcterms:date "{day}"^^xsd:date '))
    f = finding(report, "r")
    assert (f.severity, f.check) == (severity, "conversion")
    if severity == "warning":
        assert f.message == (
            "At the ECB reference rate of 2014-11-11 (6.12339 CNY per USD, taken as 6.0621561 to "
            "6.1846239) the amount converts to 9324900000 (9224490000 to 9427340000), but it is "
            "stated as 8300000000 (8250000000 to 8350000000): the figures imply 6.8795 CNY per "
            "USD.")
        assert report.exit_code() == 0 and report.exit_code("warning") == 1
    rate = "6.12339" if day == "2014-11-11" else "6.12978"
    assert f.arithmetic.startswith(f"57.1 billion yuan ÷ {rate} CNY per USD (European Central "
                                   f"Bank reference rate of {'2014-11-11' if day == '2014-11-11' else '2014-11-14'}")


def test_a_day_outside_the_reference_data_is_not_checkable_and_says_why(check) -> None:
    report = check("It sold 57.1 billion yuan, 9.3 billion US dollars.",
                   fig("a", "57.1 billion yuan", "57100000000", "unit:CCY_CNY"),
                   fig("u", "9.3 billion US dollars", "9300000000", "unit:CCY_USD"),
                   rel("r", "ConversionRelation", "cg:amount :a ; cg:convertedAmount :u",
                       '; dcterms:date "2001-05-02"^^xsd:date '))
    f = finding(report, "r")
    assert (f.severity, f.check) == ("info", "conversion")
    assert "No reference rate either: the ECB reference rates for CNY cover 2005-04-01 to " \
        in f.message and ", not 2001-05-02." in f.message


@pytest.mark.parametrize("greater,lesser,severity", [
    ("57.7%", "24.2%", "pass"), ("24.2%", "57.7%", "violation"),
    ("24.2%", "24.2%", "pass"),       # both [24.15, 24.25]: the first may still be larger
    ("24.2%", "24.3%", "violation"),  # [24.15, 24.25] vs [24.25, 24.35]: touching is not greater
])
def test_comparison(check, greater: str, lesser: str, severity: str) -> None:
    text = f"Tmall grew {greater}; Amazon only {lesser}." if greater != lesser else \
        f"Tmall grew {greater}; Amazon only the same, {lesser} again."
    report = check(text, fig("g", greater, greater.rstrip("%"), "unit:PERCENT",
                             "; cg:quotePrefix \"grew\" " if greater == lesser else ""),
                   fig("l", lesser, lesser.rstrip("%"), "unit:PERCENT",
                       "; cg:quotePrefix \"same,\" " if greater == lesser else ""),
                   rel("r", "ComparisonRelation", "cg:greater :g ; cg:lesser :l"))
    assert (finding(report, "r").severity, finding(report, "r").check) == (severity, "comparison")


def test_one_sided_hedge_is_open_above(check) -> None:
    # "more than 400" may be any size, so it can be greater than 900
    report = check("More than 400 cities joined, against 900 towns.",
                   fig("g", "More than 400", "400"), fig("l", "900", "900"),
                   rel("r", "ComparisonRelation", "cg:greater :g ; cg:lesser :l"))
    assert finding(report, "r").severity == "pass"
    report = check("Fewer than 400 cities joined, against 900 towns.",
                   fig("g", "Fewer than 400", "400"), fig("l", "900", "900"),
                   rel("r", "ComparisonRelation", "cg:greater :g ; cg:lesser :l"))
    assert finding(report, "r").severity == "violation"


@pytest.mark.parametrize("total,severity", [("10.5", "pass"), ("13", "violation")])
def test_hedge_widens_a_sum(check, total: str, severity: str) -> None:
    # "close to 10 million" is 9 to 11 million; with 0.5 million the total is 9.5 to 11.5
    report = check(f"Others made close to 10 million and we made 0.5 million, "
                   f"{total} million together.",
                   fig("a", "close to 10 million", "10000000"), fig("b", "0.5 million", "500000"),
                   fig("t", f"{total} million", str(int(float(total) * 10**6))),
                   rel("r", "SumRelation", "cg:total :t ; cg:part :a, :b"))
    assert finding(report, "r").severity == severity


def test_both_engines_agree_on_a_reference_rate_warning(make_doc) -> None:
    from kg.build import build_corpus
    from kg.check import check_corpus
    from kg.report.json_report import to_json
    text = "It sold 57.1 billion yuan, 8.3 billion US dollars, on that day."
    claims = (f':c a cg:Claim ; cg:quote """{text}""" ; schema:about ent:x .\n'
              'ent:x rdfs:label "X" ; schema:startDate "2014-11-11"^^xsd:date .\n'
              + fig("a", "57.1 billion yuan", "57100000000", "unit:CCY_CNY",
                    "; dcterms:temporal ent:x ")
              + fig("u", "8.3 billion US dollars", "8300000000", "unit:CCY_USD",
                    "; dcterms:temporal ent:x ")
              + rel("r", "ConversionRelation", "cg:amount :a ; cg:convertedAmount :u"))
    result = build_corpus(make_doc("t", text=text, claims=claims))
    fast, reference = (check_corpus(result, engine=e) for e in ("oxigraph", "pyshacl"))
    assert finding(fast, "r").severity == "warning"  # the day came from the figures' period
    assert to_json(fast) == to_json(reference)


@pytest.mark.parametrize("period,usd,severity,name", [
    # 2014's mean of 255 daily rates, 6.1612: 2.79 trillion yuan is $452.8 billion
    ('"2014"^^xsd:gYear', "453", "pass",
     "the mean of the 255 daily ECB reference rates of 2014, 2014-01-01 to 2014-12-31"),
    ('"2014"^^xsd:gYear', "461", "warning",
     "the mean of the 255 daily ECB reference rates of 2014, 2014-01-01 to 2014-12-31"),
    # 31 December 2013's 6.054 gives $460.9 billion: a day converts at its own rate
    ('"2013-12-31"^^xsd:date', "453", "warning", "the ECB reference rate of 2013-12-31"),
    ('"2013-12-31"^^xsd:date', "461", "pass", "the ECB reference rate of 2013-12-31"),
])
def test_a_period_converts_at_the_mean_of_its_daily_reference_rates(
        check, period: str, usd: str, severity: str, name: str) -> None:
    """Issue 31: "2.79 trillion yuan in 2014, or $453 billion" was checked at the rate of
    31 December 2013 (a false warning); a year converts at the mean of its days' rates."""
    report = check(f"Sales came to 2.79 trillion yuan in 2014, or ${usd} billion.",
                   fig("a", "2.79 trillion yuan", "2790000000000", "unit:CCY_CNY",
                       f"; dcterms:temporal {period} "),
                   fig("u", f"${usd} billion", f"{usd}000000000", "unit:CCY_USD",
                       f"; dcterms:temporal {period} "),
                   rel("r", "ConversionRelation", "cg:amount :a ; cg:convertedAmount :u"))
    f = finding(report, "r")
    assert (f.severity, f.check) == (severity, "conversion")
    source = name.replace("ECB", "European Central Bank")
    if "mean" not in name:
        source = "European Central Bank reference rate of 2013-12-31"
    assert f"({source}, taken as ±1%)" in f.arithmetic
    if severity == "warning":
        assert f.message.startswith(f"At {name} (")


def test_a_weekend_converts_at_the_mean_of_its_working_days(check) -> None:
    """A period whose days are partly without a rate (a weekend) averages the days that
    have one: Thanksgiving 2014, Thursday to Sunday, has Thursday's and Friday's."""
    text = "They sold 10 billion yuan, or 1.6 billion dollars, over the weekend."
    report = check(text,
                   fig("a", "10 billion yuan", "10000000000", "unit:CCY_CNY",
                       "; dcterms:temporal ent:weekend "),
                   fig("u", "1.6 billion dollars", "1600000000", "unit:CCY_USD",
                       "; dcterms:temporal ent:weekend "),
                   'ent:weekend a dcterms:PeriodOfTime ; rdfs:label "Thanksgiving weekend 2014" ; '
                   'schema:startDate "2014-11-27"^^xsd:date ; '
                   'schema:endDate "2014-11-30"^^xsd:date .\n',
                   rel("r", "ConversionRelation", "cg:amount :a ; cg:convertedAmount :u"))
    f = finding(report, "r")
    assert f.severity == "pass"
    assert ("(the mean of the 2 daily European Central Bank reference rates of Thanksgiving "
            "weekend 2014, 2014-11-27 to 2014-11-30, taken as ±1%)") in f.arithmetic
