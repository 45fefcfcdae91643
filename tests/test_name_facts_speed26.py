"""Name facts with cheap bounds first (speed26): the pairs of a document's spellings are
compared by difflib's ratio only where its length and letter bounds reach the floor, and each
name's nearest gazetteer entry is kept per process. The facts are those of the plain ratio
over every pair, computed here as the reference."""

from __future__ import annotations

import difflib
from datetime import date

from factcheck import engine_facts as EF
from factcheck.model import Document
from factcheck.normalize import mentions_of

TEXT = ("Russian forces pressed on Velyka Novosilka and Kurakhove. Ukraine said Velyka Novsilka "
        "held, as did Kurakhovo; Pokrovsk, Myrnohrad, Toretsk and Chasiv Yar came under fire. "
        "North Carolina and South Carolina, Kharkiv and Kharkov, Zaporizhzhia and Zaporizhia, "
        "Bakhmut, Avdiivka, Vuhledar, Selydove and Huliaipole were named too.")


def _plain_pairs(found, gazetteer):
    """The name pairs the floor admits, by the plain ratio of every pair."""
    names = EF._names(found)
    first = {}
    for text, start, _ in names:
        first.setdefault(text, start)
    keys = sorted(first, key=first.get)
    out = set()
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if a.lower() == b.lower():
                continue
            sim = difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio()
            if sim >= EF.NAME_FLOOR and not EF._other_name(a, b):
                out.add((frozenset((a, b)), round(sim, 4)))
    return out


def test_name_pairs_are_those_of_the_plain_ratio():
    found = mentions_of(Document(id="t", text=TEXT, date=date(2024, 12, 17)))
    gaz = ("Velyka Novosilka", "Kurakhove", "Pokrovsk", "Kharkiv", "Zaporizhzhia")
    facts = EF._name_facts(found, gaz)
    got = {(frozenset((f["a_text"], f["b_text"])), f["similarity"])
           for f in facts if f["t"] == "name_pair"}
    want = _plain_pairs(found, gaz)
    assert len(want) >= 4          # spellings of one place are paired; other names are not
    assert got == want
    # the nearest entries kept per process give the same facts a second time
    assert EF._name_facts(found, gaz) == facts
    assert EF._nearest("Velyka Novsilka", gaz)[:1] == ("Velyka Novosilka",)
