"""normalize.names: the one spelling names are compared in."""

from __future__ import annotations

from factcheck.extract import NameMention, find_mentions
from factcheck.normalize.names import name_spelling, normalized_names


def test_name_spelling_folds_apostrophes_possessives_and_spaces():
    assert name_spelling("Kyiv’s") == "Kyiv"
    assert name_spelling("Velyka\u00a0 Novosilka") == "Velyka Novosilka"
    assert name_spelling("O’Brien") == "O'Brien"
    assert name_spelling("Ｋｙｉｖ") == "Kyiv"          # NFKC: full-width letters


def test_normalized_names_keep_the_start_and_cut_the_end():
    got = normalized_names([NameMention(5, 11, "Kyiv’s"), NameMention(20, 24, "Kyiv")])
    assert got == (NameMention(5, 9, "Kyiv"), NameMention(20, 24, "Kyiv"))


def test_the_extractor_carries_names_as_a_mention_kind():
    found = find_mentions("In Pokrovsk, Ukrainian officials said 1,600 troops left.", None)
    assert [(n.start, n.text) for n in found.names] == [(3, "Pokrovsk"), (13, "Ukrainian")]
