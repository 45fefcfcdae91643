"""speed32: two review leftovers made general, each read from its one vocabulary (the
written short names of entities.yaml ``name_aliases``; the change verbs of changes.yaml), and
the extraction speed work's identical output."""

from __future__ import annotations

from datetime import date

import pytest
from everyday_support import claims, find

_NOV09 = date(2009, 11, 6)


# -- a short name written in capitals opening an everyday figure's sentence ------------------

@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("US unemployment rose to 10.2% in October.", "10.2%", "united_states"),
    ("U.S. unemployment rose to 10.2% in October.", "10.2%", "united_states"),
    ("USA unemployment rose to 10.2% in October.", "10.2%", "united_states"),
    ("UK unemployment rose to 7.8% in October.", "7.8%", "united_kingdom"),
    ("EU inflation eased to 0.5% in October.", "0.5%", "european_union"),
])
def test_every_written_name_alias_names_the_place_of_an_everyday_figure(text, figure, subject):
    assert find(claims(text, _NOV09), figure).subject == subject


def test_a_pronoun_opening_a_sentence_is_no_alias():
    from factcheck.normalize.entities import written_alias
    assert written_alias("US unemployment rose", 0) == "united states"
    assert written_alias("U.S. unemployment rose", 0) == "united states"
    assert written_alias("Us and them", 0) is None
    assert written_alias("told us 5 times", 5) is None


# -- "by" after any change verb of the vocabulary: "half" is the change's amount -------------

@pytest.mark.parametrize("verb", ["rose", "fell", "declined", "slipped", "plunged", "were up",
                                  "was cut", "has shrunk"])
def test_half_after_a_change_verb_and_by_is_the_change(verb):
    c = find(claims(f"Exports {verb} by half in the year to October.", _NOV09), "half")
    assert (c.value, c.role) == (0.5, "change")


def test_half_after_by_with_no_change_verb_is_no_change():
    cs = claims("The bill was passed by half of the members in October.", _NOV09)
    assert all(c.role != "change" for c in cs)
