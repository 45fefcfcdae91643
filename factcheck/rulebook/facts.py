"""The facts rules can match, and the kinds of their fields.

Facts are built by ``factcheck.engine_facts``; this table is what rule files may name in
``where``, ``facts`` and message templates. Kinds: "num" (numbers, 0/1 for yes/no), "str"
(categorical: compared across facts through the integer code ``<field>_k``), "text" (words shown
in messages; never compared). Data only: no parsing, no compiling.
"""

from __future__ import annotations

# durable_rules' JSON parser rejects exponents with a sign ('1e+16', error 204), and Python writes
# floats of 1e16 and over that way: open bounds and every posted number stay within +-1e15.
BIG = 1e15

_SPAN = {"start": "num", "end": "num", "anchor": "text", "text": "text"}
FACT_TYPES: dict[str, dict[str, str]] = {
    "claim": {
        **_SPAN, "id": "str", "n": "num", "value": "num", "lower": "num", "upper": "num",
        "has_value": "num", "open_lower": "num", "open_upper": "num",
        # the upper bound of the figure's literal reading ("more than N": none, BIG)
        "reach": "num",
        "unit": "str", "dim": "str", "measure": "str", "subject": "str", "period": "str",
        # "past" when the period ended over a year before publication, "" otherwise
        "era": "str",
        # 1 for a figure of the headline, standfirst or key points; rn: the order in which
        # figures restate each other (the body's in text order, then those of the lead)
        "lead": "num", "rn": "num",
        # 1 when the figure has a measure (a vocabulary measure or a counted noun)
        "has_measure": "num",
        "pstart": "num", "pend": "num", "has_period": "num", "source": "str", "has_source": "num",
        "hedge": "str", "hedged": "num", "cumulative": "num", "quoted": "num", "section": "str",
        "role": "str", "group": "str", "qualifier": "str", "sentence": "num", "pub": "num",
        "display": "text", "noun": "str", "converted": "num", "place": "str", "level": "num",
        # a count out of a stated whole ("20 of the council's 51 seats"): that whole's value
        # ("" otherwise), so counts out of two wholes are never one figure restated
        "whole": "str", "has_whole": "num",
        # the basis the figure is stated on ("like-for-like", "real", "with bonuses"; "" when
        # its words give none): figures on two footings are two figures, never one restated
        "footing": "str",
        # what a count of an open measure says its things did, by the verb after the noun
        # ("applicants had been accepted": accept; "" when none): two statuses, two groups
        "status": "str",
        # the kind of thing its sentence names, one of a set that never overlap (rules/vocab/
        # across.yaml kinds: "petrol", "diesel"; "" when none): two kinds, two figures
        "kind": "str", "has_kind": "num",
        # 1 when a key rests on no words of the claim's paragraph (a document default, a key
        # carried from another paragraph); weak_why: which key, how it was decided
        "weak": "num", "weak_why": "text",
        # 1 when the figure's words make it a count up to a moment ("had died by Sunday
        # night", "the death toll reached 12 on Monday"): normalize, extra.as_of
        "as_of": "num",
        # 1 when the words leave the figure's measure open between its own and another
        # ("That brings the total to 285,506" after a day's drones: the total of either count;
        # normalize, extra.may_mean): the datasets read both, same-document rules neither
        "measure_open": "num",
        # the highest value a round figure stands for at its own rounding ("one million" is
        # rounded to the million: up to 1,500,000), the value itself when it is not rounded
        "round_half": "num",
        # an amount of change: its id, or the id of the change it restates ("" otherwise)
        "change_key": "str",
        # a day's figure beside the running total it brings ("860 troops, taking the total to
        # 326,440"): that total's n (normalize.readings, extra.pair_total; else 0) and the
        # interval its wording allows (pair_lower, pair_upper: as lower and upper)
        "pair_n": "num", "pair_lower": "num", "pair_upper": "num",
        # a running total: the day's figure that brings it (its n and interval)
        "day_n": "num", "day_lower": "num", "day_upper": "num",
        # 1 when one of the claim's readings has no reference value while another has (the
        # years of another war carried from a figure beside it): not every reading disagrees
        "open_reading": "num",
        # 1 when no other figure of a measure stands in the claim's sentence: words about
        # "the figure" there (a record claim) can only be of it
        "alone": "num",
        # the body the sentence before credits when the figure's own sentence names none
        # ("" otherwise): another body's figure may stand unattributed after it
        "source_before": "str",
        # liveblogs (factcheck.engine_updates): the update a claim stands in, whether its
        # period runs to the update's day, the time frame two figures must share to be
        # compared, and the corrections the text announces
        "update": "str", "live": "num", "frame": "str", "retracted": "num", "revised": "num",
        "correction": "str",
    },
    "running": {
        **_SPAN, "kind": "str", "measure": "str", "subject": "str", "claims": "text",
        "value": "num", "lower": "num", "upper": "num", "expected_value": "num",
        "expected_lower": "num", "expected_upper": "num", "prev_value": "num",
        "prev_lower": "num", "prev_upper": "num", "revised": "num", "has_next": "num",
        "next_value": "num", "next_lower": "num", "next_upper": "num",
        "next_expected_lower": "num", "next_expected_upper": "num", "next_revised": "num",
        "has_before": "num", "before_expected_lower": "num", "before_expected_upper": "num",
        "day": "num", "day_iso": "text", "prev_iso": "text", "total_text": "text",
        "prev_text": "text", "increments_text": "text", "expected_display": "text",
        "total_update": "text", "prev_update": "text",
    },
    "sum": {
        **_SPAN, "kind": "str", "group": "str", "count": "num", "parts_value": "num",
        "claims": "text",
        "parts_lower": "num", "parts_upper": "num", "parts_rounded": "num",
        "parts_rounded_up": "num",
        "has_total": "num", "total_n": "num",
        "total_value": "num", "total_lower": "num", "total_upper": "num", "measure": "str",
        "parts_text": "text", "total_text": "text", "parts_display": "text",
        "parts_said": "text", "total_display": "text", "unit_display": "text", "weak": "num", "weak_why": "text",
        # for editors: what the last part would be if the others and the whole are right
        # ("If the other figures are right, "222" would be 202."), and that value to write
        "fit_exact": "text", "fit_most": "text", "fit_suggested": "text",
    },
    "relation": {
        **_SPAN, "kind": "str", "claim_n": "num", "of_n": "num", "factor": "num",
        "amount": "num", "direction": "str", "a_value": "num", "a_lower": "num",
        "a_upper": "num", "expected_value": "num", "expected_lower": "num",
        "expected_upper": "num", "a_dim": "str", "b_dim": "str", "measure": "str",
        "exact": "num", "a_text": "text", "b_text": "text", "expected_display": "text", "words": "text",
        "claim": "text", "of": "text", "a_display": "text",
        # a multiple's factor written as a figure of its own: that claim's n (kind "factor")
        "factor_n": "num",
        # a ratio of two counts of a war's losses (normalize/loss_ratios.py): 1
        "counts": "num",
        # for editors: what the figures imply, in the article's own style ("from €3.5 billion
        # to €4.2 billion is a rise of 20%"), and the figure to write instead
        "implied": "text", "suggested": "text",
        # a ranking's way: a place below the one above is "larger" from the highest, "smaller"
        # from the lowest, when the figures break it
        "beyond": "text",
    },
    "date": {
        **_SPAN, "day": "num", "pub": "num", "has_pub": "num", "weekday_stated": "num",
        "weekday_actual": "num", "future_cue": "num", "iso": "text", "weekday_name": "text",
        "actual_name": "text", "pub_iso": "text",
    },
    "anniversary": {
        **_SPAN, "nth": "num", "event_year": "num", "year": "num", "pub_year": "num",
        "has_pub": "num", "elsewhen": "num", "pub_iso": "text", "nth_expected": "num",
        "event_text": "text", "year_text": "text", "pub_year_text": "text",
    },
    "period": {
        **_SPAN, "first": "num", "last": "num", "first_iso": "text", "last_iso": "text",
    },
    "name": {
        **_SPAN, "key": "str", "in_gazetteer": "num", "nearest": "text",
        "nearest_score": "num", "count": "num", "inflected": "num", "opening": "num",
    },
    "name_pair": {
        **_SPAN, "similarity": "num", "a_text": "text", "b_text": "text", "a_count": "num",
        "b_count": "num", "a_in_gazetteer": "num", "b_in_gazetteer": "num", "inflected": "num",
    },
    "reference": {
        **_SPAN, "claim_n": "num", "index": "num", "kind": "str", "role": "str",
        "measure": "str", "subject": "str", "value": "num", "lower": "num", "upper": "num",
        "day": "num", "lag": "num", "cumulative": "num", "correction": "num",
        "has_correction": "num", "source": "str", "document": "str", "display": "text",
        "date_iso": "text", "claim": "text", "detail": "text", "reading": "text",
        "weak": "num", "weak_why": "text",
        # an amount of change: its id, or the id of the change it restates ("" otherwise)
        "change_key": "str",
        # a day's figure's reference (the claim's pair_n): the same report's total of the
        # running total the day's figure brings (total_index: that reference; -1 if none)
        "has_total": "num", "total_index": "num", "total_lower": "num", "total_upper": "num",
        "total_display": "text", "total_text": "text", "total_detail": "text",
        # a running total's reference: the same report's figure for the day
        "has_day": "num", "day_lower": "num", "day_upper": "num", "day_display": "text",
        # a record reading's value (the highest daily figure of its days: 1, the lowest: -1;
        # 2 and -2 when the words name the window; 0 for any other reference)
        "record": "num",
        # the first day of the reference's period (ordinal; 0 if it has none): a record
        # month's or week's, set against the claim's own (pstart)
        "pstart": "num",
    },
    # one running total of a sentence listing totals of several measures with no day written
    # (factcheck.report_fits): the report days it fits, how many of the sentence's totals
    # each day's report fits, the days fitting them all and the day fitting the most
    "report_fit": {
        **_SPAN, "claim": "text", "claim_n": "num", "sentence": "num", "totals": "num",
        # how many report days fit every total (the latest of them: common_iso)
        "common": "num", "common_iso": "text",
        # the report day fitting the most totals (the later on a tie), how many, whether no
        # other day fits as many (strict), and whether this total fits it
        "best_fits": "num", "strict": "num", "fits_best": "num", "best_iso": "text",
        # that report's value for this total (index: its reference; -1 if none)
        "index": "num", "best_display": "text", "best_detail": "text",
        # the days this total fits; the other totals that fit the best day
        "own_iso": "text", "others_text": "text", "weak": "num",
        # a tie the document's other figures given as current settle: the one tied day they
        # fit (settled_iso), their words, whether this total fits that day, the sentence's
        # totals that do, and that report's value for this total
        "settled": "num", "settled_iso": "text", "settled_by": "text", "fits_settled": "num",
        "settled_others": "text", "settled_display": "text", "settled_detail": "text",
    },
}
# Fields that hold claim ids: the claims a finding involves (for evidence and verdicts).
CLAIM_FIELDS = {"claim": ("id",), "sum": ("claims",), "relation": ("claim", "of"),
                "reference": ("claim",), "running": ("claims",),
                "report_fit": ("claim",)}
