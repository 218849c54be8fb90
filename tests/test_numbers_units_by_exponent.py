"""A unit over another as science writes it, the second with a negative power ("t ha−1",
"µg m⁻³", "mg L-1"), is the vocabulary's unit per unit; the power is no number of its
own; and where the vocabulary has no such unit ("cm d−1") the number has no unit (not the
first one's)."""
from kg.numbers import find_mentions


def _read(text):
    return [(m.text, str(m.value), m.unit) for m in find_mentions(text)]


def test_a_unit_over_a_negative_power_is_the_vocabularys_rate():
    assert _read("Barley gave 6.4 t ha−1 on the terraces.") == [("6.4 t ha−1", "6.4", "T/HA")]
    assert _read("Nitrate stayed near 3.1 mg L-1 all summer.") == [("3.1 mg L-1", "3.1", "MG/L")]
    assert _read("Soot peaked at 41 µg m⁻³ downtown.") == [("41 µg m⁻³", "41", "UG/M3")]
    assert _read("Boats kept to 8 km h^-1 in the channel.") == [("8 km h^-1", "8", "KM/H")]


def test_the_power_is_no_number_and_an_unknown_rate_is_no_first_unit():
    assert _read("Snails crossed 35 cm d−1 over moss and 210 m−2 were counted.") == [
        ("35", "35", None), ("210", "210", None)]
    # a hyphen between a letter and a digit elsewhere stays what it was
    assert [t for t, _, _ in _read("the B-2 form and scores of 3-2")] == ["2", "3", "2"]


def test_square_metres_written_short_are_square_metres():
    assert _read("The depot shipped 3.2 million sq m of flooring.") == [
        ("3.2 million sq m", "3200000", "M2")]
    assert [u for _, _, u in _read("A 95 sqm flat and a 40 sq. m studio.")] == ["M2", "M2"]


def test_the_power_is_no_number_past_the_things_counted():
    # "45 plants m−2": the plants stand between the number and its unit's power, which is
    # read as a count per square metre, never as a number "2" of its own
    assert [t for t, _, _ in _read("Seedlings reached 45 plants m−2 under mulch, 15 m−2 "
                                   "without it and 12 snails m-2 by June.")] == [
        "45 plants m−2", "15", "12 snails m-2"]
    # a range after a word, and a number hyphened to a longer word, stay what they were
    assert [t for t, _, _ in _read("Of 40 children aged 6-12, 3 pupils sat paper-2.")] == [
        "40", "6-12", "3", "2"]


def test_the_substance_between_a_unit_and_its_negative_power_changes_no_unit():
    # "kg N ha-1", "t CO2-eq ha−1": the formula of what was weighed stands between the
    # two units; the rate is still mass per area, and its power no number of its own
    assert _read("Leaching averaged 37 kg N ha-1 in the unlimed fields.") == [
        ("37 kg N ha-1", "37", "KG/HA")]
    assert _read("Straw gave 2.9 t CO2-eq ha−1 and compost 1.7 t CO2e ha-1.") == [
        ("2.9 t CO2-eq ha−1", "2.9", "T/HA"), ("1.7 t CO2e ha-1", "1.7", "T/HA")]
    assert _read("Peat lost 16.5 kg N2O-N ha⁻¹ and stored 640 g C m-2.") == [
        ("16.5 kg N2O-N ha⁻¹", "16.5", "KG/HA"), ("640 g C m-2", "640", "G/M2")]
