"""Unit tests for factcheck.normalize: intervals, measures, subjects, periods, sources,
hedges, relations, and the unit vocabulary against pint."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import yaml

from factcheck.model import Claim, Document
from factcheck.normalize import claims_for
from factcheck.resources import vocab_path

D = date(2024, 12, 17)
DAY = timedelta(days=1)


def claims(text: str, when: date | None = D) -> tuple[Claim, ...]:
    return claims_for(Document(id="t", text=text, date=when))


def one(text: str, when: date | None = D) -> Claim:
    (c,) = claims(text, when)
    return c


def test_ids_offsets_and_determinism():
    text = "Russian forces lost 1,600 troops and 4 tanks.\nOverall, 765,000 troops."
    a, b = claims(text), claims(text)
    assert a == b
    assert [c.id for c in a] == ["c1", "c2", "c3"]
    for c in a:
        assert text[c.start:c.end] == c.text
    assert (a[2].line, a[2].column) == (2, 10)


@pytest.mark.parametrize("text,lower,upper", [
    ("lost 1,600 troops", 1550, 1649),            # rounded to the hundred, half up, whole
    ("1,600 km", 1550, 1650),                     # a length: 1,650 km itself is excluded
    ("lost 765,110 troops", 765110, 765110),      # exact
    ("lost 70 vehicles", 70, 70),
    ("more than 765,000 troops", 765000, 765999),  # ceiling: not 790,000; N itself (count_closed)
    ("at least 50 drones", 50, None),
    ("fewer than 30 drones", 0, 29),              # a count cannot be below zero
    ("up to 4,000 km", 0, 4000),                  # nor a length
    ("profit of less than $5m", None, 5_000_000),  # money may be (a loss)
    ("inflation under 2%", None, 2),              # a percentage may be negative
    ("approximately 3km", 2.5, 3.5),              # rounded at its last written digit
    ("approximately 70 vehicles", 65, 74),        # so 63 is not "approximately 70"
    ("nearly 800,000 troops", 720000, 799999),
    ("exactly 1,600 troops", 1600, 1600),
    ("between 3 and 5 miles", 3, 5),
    ("a 3.5 km drive", 3.5, 3.5),
])
def test_intervals_from_qualifier_and_precision(text, lower, upper):
    c = one(text)
    assert c.lower == pytest.approx(lower) if lower is not None else c.lower is None
    assert c.upper == pytest.approx(upper) if upper is not None else c.upper is None


def test_open_bounds_are_marked():
    c = one("The front is more than 3 km away")
    assert c.extra_dict().get("lower_open") is True and c.lower == 3
    # a count: reporters write "more than N" for a report of exactly N (qualifiers.yaml
    # count_closed), so the bound is N itself, closed
    c = one("more than 765,000 troops were lost")
    assert c.lower == 765000 and "lower_open" not in c.extra_dict()
    c = one("Russia lost more than 1,950 troops")
    assert (c.lower, c.upper) == (1950, 1959)


def test_more_than_a_count_keeps_a_lower_bound_in_other_dimensions():
    c = one("The front is more than 3 km away")
    assert c.lower == 3 and c.extra_dict().get("lower_open") is True
    c = one("Prices rose more than 2.5%")
    assert c.extra_dict().get("lower_open") is True


@pytest.mark.parametrize("text,measure", [
    ("Russia lost 1,600 casualties", "personnel_losses"),
    ("Russia lost 1,600 men killed and wounded", "personnel_losses"),
    ("Russia lost 4 main battle tanks", "tanks"),
    ("Russia lost 34 unmanned aerial systems", "drones"),
    ("Russia lost 15 infantry fighting vehicles and armored personnel carriers",
     "armoured_vehicles"),
    ("Russia lost 8 artillery pieces and multiple launch rocket systems", "artillery_and_mlrs"),
    ("Russia lost 70 tactical vehicles and fuel trucks", "vehicles_fuel_tanks"),
    # a translated report's names for the General Staff's fields
    ("Russia lost 29 cars and tankers", "vehicles_fuel_tanks"),
    ("Russia lost 527 multiple launch systems", "mlrs"),
    ("Russian forces are 3 km from the town", "distance"),
    ("Inflation rose to 3.2% in November", "inflation"),
    ("The unemployment rate was 4.1%", "unemployment"),
    ("The ministry reported 250 new cases", "cases"),
])
def test_measures(text, measure):
    assert claims(text)[-1].measure == measure


def test_troops_are_losses_only_when_lost():
    assert one("Russia deployed 10,000 troops to the border").measure is None
    assert one("Russia lost 10,000 troops").measure == "personnel_losses"


@pytest.mark.parametrize("text", [
    "Russian forces lost 40 tanks", "the Russian military lost 40 tanks",
    "Russia's army lost 40 tanks", "Moscow's troops lost 40 tanks",
])
def test_subject_aliases(text):
    assert one(text).subject == "russian_forces"


def test_subject_carries_across_sentences_of_a_paragraph():
    cs = claims("Ukrainian forces struck a depot. They destroyed 12 tanks there.")
    assert cs[0].subject == "ukrainian_forces"


def test_attribution_is_not_the_subject():
    c = one("According to the Ukrainians, the Russian forces lost 70 tanks.")
    assert (c.subject, c.source) == ("russian_forces", "Ukrainian Ministry of Defense")


@pytest.mark.parametrize("text,source", [
    ("Russia lost 40 tanks, according to the Ukrainian Ministry of Defense.",
     "Ukrainian Ministry of Defense"),
    ("Russia lost 40 tanks, per the latest Ukrainian estimates.", "Ukrainian Ministry of Defense"),
    ("Ukraine's General Staff said Russia lost 40 tanks.", "Ukrainian Ministry of Defense"),
    ("The Kyiv Independent reported 40 tanks lost.", "Kyiv Independent"),
    ("“Russian forces are about 3km from the town,” the British Military Intelligence assessed.",
     "British Military Intelligence"),
])
def test_sources(text, source):
    assert claims(text)[0].source == source


def test_quote_source_wins_inside_the_quote():
    c = one("“The enemy lost 40 tanks,” the UK Defence Intelligence concluded, according to "
            "Reuters.")
    assert c.source == "British Military Intelligence" and c.quoted


@pytest.mark.parametrize("text,hedge", [
    ("Russia reportedly lost 40 tanks", "reportedly"),
    ("Russia has highly likely lost 40 tanks", "highly likely"),
    ("an estimated 5,000 troops", "estimated"),
    ("Russia allegedly lost 40 tanks", "allegedly"),
    ("Russia lost 40 tanks", None),
])
def test_hedges(text, hedge):
    assert one(text).hedge == hedge


def test_hedge_after_the_figure_does_not_apply():
    c = one("Russian forces are approximately 3km away, having reportedly taken the village.")
    assert c.hedge is None


@pytest.mark.parametrize("text,start,end,cumulative", [
    ("Over the past 24 hours, Russia lost 1,600 troops.", D - DAY, D - DAY, False),
    ("Russia lost 1,600 troops in 24 hours.", D - DAY, D - DAY, False),
    ("Overall, Russia has lost 765,000 troops.", date(2022, 2, 24), D, True),
    ("Russia has lost 765,000 troops since the start of the invasion.", date(2022, 2, 24), D,
     True),
    ("Russia lost 40 tanks yesterday.", date(2024, 12, 16), date(2024, 12, 16), False),
    ("Russia lost 400 tanks last month.", date(2024, 11, 1), date(2024, 11, 30), False),
    ("Russia lost 9,000 troops in early December.", date(2024, 12, 1), date(2024, 12, 10), False),
    # a total to date since the year began (the days reported by publication), not the
    # war-long running total (normalize/readings.py, _to_date)
    ("Russia has lost 30,000 troops so far this year.", date(2024, 1, 1), date(2024, 12, 16),
     False),
])
def test_periods(text, start, end, cumulative):
    c = one(text)
    assert (c.period.start, c.period.end, c.cumulative) == (start, end, cumulative)


def test_no_period_without_words_or_date():
    assert one("Russia lost 40 tanks.", None).period is None
    assert one("Russia lost 40 tanks.").period is None


def test_period_carries_within_a_paragraph():
    cs = claims("Over the past 24 hours, Russia lost 1,600 troops. It also lost 4 tanks.")
    assert cs[1].period == cs[0].period


def test_multiple_relation():
    a, b = claims("Russia lost 1,600 troops, double the previous day's 1,070.")
    assert a.extra_dict()["relation"] == {"kind": "multiple", "factor": 2.0, "of": b.id}


def test_percent_change_relation():
    cs = claims("Prices rose by a 15% increase from 200 to 230 dollars.")
    amount = cs[0]
    ch = amount.extra_dict()["change"]
    assert (ch["kind"], ch["amount"], ch["direction"]) == ("percent", 15.0, "up")
    assert (ch["from"], ch["to"]) == (cs[1].id, cs[2].id)
    assert amount.role == "change"


def test_absolute_change_relation():
    cs = claims("Russia lost 1,500 troops, up 300 from 1,200 the day before.")
    ch = cs[1].extra_dict()["change"]
    assert (ch["kind"], ch["direction"], ch["from"], ch["to"]) == ("absolute", "up", cs[2].id,
                                                                   cs[0].id)


def test_total_and_parts():
    t, k, w = claims("Russia lost 1,600 casualties: about 1,100 killed and 700 wounded.")
    assert t.role == "total"
    assert (k.role, k.group, w.role, w.group) == ("part", t.id, "part", t.id)


def test_a_total_of_with_parts():
    t, a, b = claims("Russia lost a total of 120 vehicles: 70 trucks, 34 drones.")
    assert t.role == "total" and a.group == t.id and b.group == t.id


def test_coordinated_list_items_share_a_group():
    cs = claims("Russia lost approximately 70 tactical vehicles and fuel trucks, 34 unmanned "
                "aerial systems, 8 artillery pieces and multiple launch rocket systems, and 4 "
                "main battle tanks.")
    assert [c.measure for c in cs] == ["vehicles_fuel_tanks", "drones", "artillery_and_mlrs",
                                       "tanks"]
    assert {c.group for c in cs} == {"g1"} and {c.role for c in cs} == {"item"}


def test_shares_of_one_whole():
    cs = claims("In the poll, 40% of voters backed Smith, 35% backed Jones and 30% backed Lee.")
    assert [c.role for c in cs] == ["share"] * 3 and len({c.group for c in cs}) == 1


def test_conversion():
    a, b = claims("The town is 3 km (5 miles) away.")
    assert b.extra_dict()["conversion_of"] == a.id


def test_sections():
    text = ("Headline about 3 km\nKey Points: Russia lost 1,600 troops.\n- It lost 4 tanks.\n"
            "Body says 70 trucks.\nPhoto: 2 tanks burning.")
    cs = claims(text)
    assert [c.section for c in cs] == ["headline", "keypoints", "keypoints", "body", "caption"]


def test_claims_are_picklable_and_json_ready():
    import json
    import pickle

    cs = claims("Russia lost 1,600 casualties: about 1,100 killed and 700 wounded, a 15% "
                "increase from 1,391.")
    assert pickle.loads(pickle.dumps(cs)) == cs
    json.dumps([c.as_dict() for c in cs])


def test_every_vocabulary_unit_parses_in_pint_with_currencies():
    from factcheck.normalize.units import registry

    ureg = registry()
    data = yaml.safe_load(vocab_path("units.yaml").read_text(encoding="utf-8"))
    for entry in data["units"]:
        ureg.parse_units(entry["unit"])
    for cur in data["currencies"]:
        assert ureg.parse_units(cur["code"]).dimensionality


def test_currencies_never_convert_into_each_other():
    from factcheck.normalize.units import convert, same_dimension

    assert convert(3, "dime", "USD") == pytest.approx(0.3)
    assert convert(1, "USD", "EUR") is None
    assert not same_dimension("USD", "EUR")
    assert same_dimension("kilometer", "mile")


def test_claim_units_parse_in_pint():
    from factcheck.normalize.units import registry

    ureg = registry()
    text = ("It is 3 km (2 miles) away; $15.4/hour; 20 J/m^2 per year; 4 km2; 3 dimes; 45 °C; "
            "10kg (25lbs); 4,500 tpd; 8 MB; 7.3 MWh; 1,600 troops; 15%.")
    for c in claims(text):
        ureg.parse_units(c.unit) if c.unit else None


def test_vocabulary_files_open_with_a_format_comment():
    for name in ("qualifiers.yaml", "units.yaml", "measures.yaml", "subjects.yaml",
                 "sources.yaml", "hedges.yaml", "numbers.yaml", "dates.yaml"):
        first = vocab_path(name).read_text(encoding="utf-8").lstrip().splitlines()[0]
        assert first.startswith("#"), name


def test_malformed_vocabulary_names_file_and_line(tmp_path, monkeypatch):
    from factcheck.extract import vocab

    bad = tmp_path / "qualifiers.yaml"
    bad.write_text("# doc\nphrases:\n  more than: gt\n   bad: [\n", encoding="utf-8")
    monkeypatch.setattr(vocab, "vocab_path", lambda name: tmp_path / name)
    vocab.load.cache_clear()
    try:
        with pytest.raises(vocab.VocabError, match=r"qualifiers\.yaml:\d+: malformed YAML"):
            vocab.load("qualifiers.yaml")
    finally:
        vocab.load.cache_clear()


def test_daily_and_cumulative_markers_in_one_sentence_go_to_the_nearest_figure():
    a, b = claims("Ukraine's General Staff reported 1,780 Russian personnel losses over the past "
                  "day, taking the cumulative total to 745,700.")
    assert (a.cumulative, a.period.start, a.period.end) == (False, D - DAY, D - DAY)
    assert (b.cumulative, b.period.start) == (True, date(2022, 2, 24))


def test_subject_named_right_after_the_figure():
    c = one("Ukraine's General Staff reported 1,780 Russian personnel losses.")
    assert (c.subject, c.measure) == ("russian_forces", "personnel_losses")


def test_noun_search_stops_at_a_conjunction_and_verb():
    a, b = claims("The report put personnel losses over the past day at 1,390 and listed 5 tanks.")
    assert (a.measure, b.measure) == ("personnel_losses", "tanks")


def test_the_outlet_itself_is_no_source():
    c = one("Russia lost 9,510 troops, according to our sum of the daily reports.")
    assert c.source is None


def test_a_colon_far_from_the_figure_makes_no_total():
    cs = claims("Losses over the same seven reports were lower than in recent weeks: 23 tanks, "
                "157 armoured combat vehicles.")
    assert all(c.role != "total" for c in cs)


def test_subject_depends_on_the_domain():
    assert one("Russia's central bank held its key rate at 21%.").subject == "russia"
    assert one("Russia lost 40 tanks.").subject == "russian_forces"


@pytest.mark.parametrize("text,qualifier,kind_lower,kind_upper", [
    ("Russia lost 1,600 troops or more.", "or more", 1600, None),
    ("The town is 3 km or so away.", "or so", 2.5, 3.5),
])
def test_qualifier_after_the_figure(text, qualifier, kind_lower, kind_upper):
    c = one(text)
    assert c.qualifier == qualifier
    assert c.lower == pytest.approx(kind_lower)
    assert c.upper == (pytest.approx(kind_upper) if kind_upper is not None else None)


def test_multiple_shares_measure_and_the_referent_keeps_its_own_date():
    a, b = claims("Russia lost 1,600 troops, double the previous day's 1,070.")
    assert (b.measure, b.subject) == ("personnel_losses", "russian_forces")
    # the day before the last full day (D-1) that a figure of the day covers
    assert b.period.start == b.period.end == date(2024, 12, 15)
    assert a.period is None


def test_change_with_values_before_the_amount():
    new, old, amount = claims("Inflation rose to 12% in December from 11.2% in November, an "
                              "increase of 0.8 percentage points.")
    ch = amount.extra_dict()["change"]
    assert (ch["kind"], ch["direction"], ch["from"], ch["to"]) == ("absolute", "up", old.id,
                                                                   new.id)
    assert amount.extra_dict()["percentage_points"] is True
    assert (new.period.start, old.period.start) == (date(2024, 12, 1), date(2024, 11, 1))


def test_a_total_of_is_no_running_total():
    cs = claims("Over the past 24 hours, Russia lost a total of 120 vehicles: 70 trucks and 50 "
                "tanks.")
    assert all(not c.cumulative and c.period.start == D - DAY for c in cs)
    assert cs[0].role == "total" and {c.group for c in cs[1:]} == {cs[0].id}


def test_a_figure_in_a_table_cell_is_a_figure_of_its_row():
    text = ("Russian losses reported by Ukraine's General Staff:\n\n"
            "| Category | Over the past day | Total |\n|---|---|---|\n"
            "| Tanks | 8 | 9,500 |\n| Drones | 34 | 20,200 |\n")
    got = [(c.text, c.measure, c.cumulative) for c in claims(text)]
    assert got == [("8", "tanks", False), ("9,500", "tanks", True),
                   ("34", "drones", False), ("20,200", "drones", True)]


@pytest.mark.parametrize("text,source", [
    ("Ukraine's air force said it shot down 30 drones.", "Ukraine's air force"),
    ("Poland's interior ministry said 1,200 people crossed.", "Poland's interior ministry"),
    ("Ukraine's military said it shot down 30 drones.", "Ukrainian Ministry of Defense"),
    # a bare service is a source of its own (sources.yaml ``services``, readings35): its
    # count is never the General Staff's report; a bare "the military" stays none
    ("The air force said 30 drones were shot down.", "air force"),
    ("The military said 30 drones were shot down.", None),
])
def test_a_named_partys_body_is_a_source(text, source):
    assert one(text).source == source


def test_health_measures_named_before_the_figure():
    assert one("Flu hospitalizations rose to 33,900 last week.").measure == "hospitalisations"
    assert one("The CDC estimates 5.3 million illnesses this season.").measure == "cases"


def test_euro_zone_spelled_in_two_words_is_the_eurozone():
    assert one("Inflation in the euro zone rose to 2.2% in November.").subject == "eurozone"


@pytest.mark.parametrize("text,measure", [
    ("Net income was $19.3bn in the quarter.", "profit"),
    ("The bank reported a pre-tax profit of £2.1bn.", "profit"),
    ("Revenue rose to $35.1bn.", "revenue"),
])
def test_profit_is_not_revenue(text, measure):
    assert one(text).measure == measure
