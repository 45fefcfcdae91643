"""Relations between the figures of one document, as the consistency rules need them.

- A stated multiple: "1,600, double the previous day's 800" -> ("relation", {"kind":
  "multiple", "factor": 2.0, "of": <claim>}) on the first figure.
- A stated change: "a 15% increase from 200 to 230", "1,500, up 300 from 1,200" ->
  ("change", {"kind", "amount", "direction", "from", "to"}) on the amount; role "change".
- Totals and parts: "1,600 casualties: about 1,100 killed and 700 wounded" -> the total gets
  role "total", the parts role "part" and group = the total's id.
- Coordinated lists: "70 vehicles, 34 drones and 4 tanks" -> role "item", a shared group "gN".
- Shares of one whole: "40% of voters ..., 35% ... and 25% ..." -> role "share", one group.
- Conversions: "3 km (5 miles)" -> ("conversion_of", <claim>) on the second.

Claims are referred to by their index in the draft list here; ``claims_for`` rewrites indexes
to ids. Multiplier words come from rules/vocab/numbers.yaml. This module must not judge.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from collections.abc import Iterator
from itertools import islice, takewhile
from typing import Any

from ..extract import vocab
from ..extract.dates import month_names
from ..extract.numbers import change_words, grammar
from .apposed_extras import apposed_extras
from .part_sum_shares import part_sum_shares
from .point_moves import point_moves
from .gapped_changes import gapped_changes
from .hiring_changes import hiring_changes
from .comparison_gaps import comparison_gaps
from .pronoun_levels import compared_before, referred_level
from .respectively_pairs import respectively_pairs
from .comparisons import _SHARE_OF, _WHEN_WAS, FROM_SOURCE, MORE_THAN_DURATION, MULT_HEDGE, mult_bound, OR_LINK, a_span, compare, move_amount_of, \
    _VERB_CLAUSE_BETWEEN, \
    factors_first as _factors_first, one_measure, shares_after_their_parts, \
    leaving_the_rest, pair_amounts, portion_shares, gapped_name
from .cues import BODY_SIZE, ONE_REPORT_AFTER, WS, Spots, one_of, optional, word_of
from .lexicon import _singular as singular, counted_noun, fraction_words
from .units import subunits
from .across import (RELATIVE_AMOUNT_AFTER, joint_after, rate_unit, relate_across, relate_parts_across,
                     changes_then_their_moves, words as across_words)
from .planned_bases import planned_bases
from .of_whole_shares import of_whole_shares
from .count_averages import count_averages
from .instalments import instalments
from .alliances import ALLIED, allied_totals
from .named_shares import held_measures, shares_of_that, shares_the_part_before_is
from .part_shares import part_shares
from .share_portions import portions_beside_their_shares
from .possessive_shares import possessive_shares
from .period_sums import period_sums
from .compared_totals import compared_totals
from .balances import balances
from .change_parts import change_parts
from .paragraph_changes import paragraph_changes
from .together_sums import together_sums
from .sibling_share_wholes import sibling_share_wholes
from .joint_shares import joint_shares
from .worded_multiples import worded_multiples
from .multiples_from_before import multiples_from_before
from .multiple_moves import multiple_moves
from .growth_to_level_before import growth_to_level_before
from .per_head_amounts import per_head_amounts
from .bloc_sums import bloc_sums
from .makes_sums import makes_sums
from .change_sums import change_sums
from .all_but import all_but_rests
from .postposed_portions import portions_of_them
from .summed_vote_totals import summed_vote_totals
from .shares_of_it import shares_of_it
from .complete_splits import complete_splits
from .averages_ahead import averages_ahead
from .earlier_sentences import earlier_sentences, told_level
from .forecast_gaps import forecast_gaps
from .implicit_units import implicit_units
from .elided_units import elided_plain_units, elided_units
from .dropped_zeros import dropped_zeros
from .extra_amounts import extra_amounts
from .earlier_records import records_beaten_by
from .base_years import changes_against_base_years
from .prior_periods import changes_from_the_period_before
from .comparative_sizes import comparative_sizes
from .majorities import majority_parts
from .of_the_named import portions_of_named_wholes
from .share_of_named import shares_of_named_wholes
from .paces import paced_across
from .two_sides import two_sides
from .verb_wholes import act_of, wholes_by_act
from .parts import name_part, named_part
from .counted_sums import counted_sums
from .relative_subjects import relative_subjects
from .complements import complement_totals, counted_joint_totals, group_sizes, \
    named_joint_totals, share_of_what
from .table_lines import table_totals
from .elliptic import elliptic_gaps, possessive_multiples, rests_after
from .ranks import placed_by_ordinal, rank_move, rank_orders
from .aside_directions import aside_directions
from .counted_shares import counted_shares
from .each_places import each_places
from .extremes import series_extremes
from .result_lists import shared_wholes
from .locales import sentence_kind
from .since import from_only_changes, since_changes, year_before_changes
# margins across clauses, totals of named members and lists after their total, levels that
# moved against the earlier level (everyday46; each module's docstring gives its copy)
from .margins import all_margins
from .members import lists_after_total, named_members_totals
from .moves import moved_levels
from .move_chains import move_chains
from .point_moves_from_a_level import point_moves_from_a_level
from .point_levels import point_levels
from .thresholds import sides_of_named, thresholds_passed
from .held_by_lists import held_by_lists
from .holders_after_counts import holders_after_counts
from .than_named import than_named
from .that_multiples import that_multiples
from .back_comparisons import back_comparisons
from .headline_changes import headline_changes
from .clause_breakdowns import breakdown_re, clause_breakdowns
from .bracket_shares import bracket_shares
from .market_share_groups import market_share_groups
from .implied_changes import implied_amounts, implied_changes
from .overruns import over_budget, over_budget_amounts
from .unit_costs import unit_costs
from .spare_margins import spare_margins
from .sub_unit_gaps import sub_unit_gaps
from .added_to import added_for_a_total, added_to_earlier, percent_before_added
from .joint_ahead import joint_totals_ahead
from .compared_openings import changes_after_compared_opening
from .later_gains import gains_after_their_levels
from .earlier_percentages import percentages_before_their_levels
from .multiples_back import multiples_back
from .rate_averages import rate_averages
from .net_changes import net_changes
from .revision_totals import revision_totals
from .referendum_sides import referendum_sides
from .rest_counts import rest_counts
from .rest_of_parts import (rests_after_more_parts, rests_left_over, rests_of_parts,
                            rests_that_leave)
from .record_since import record_since
from .apposed_sums import apposed_sums
from .brand_parts import brand_parts
from .sub_portions import alone_portions
from .tallies import kept_tallies, vote_tallies
from .part_lists import part_lists
from .common_wholes import unstated_common_wholes
from .years_against import years_against
from .other_nouns import amounts_of_other_nouns
from .named_back_periods import periods_named_back
from .amounts_beside_percent import amounts_beside_percent_changes
from .later_levels import changes_with_later_levels, parallel_directions
from .scope_splits import scope_splits
from .sentences import by_sentence
from .footings import agreeing_level

_PAREN = re.compile(r"^\s*\(\s*(?:(?:about|around|roughly|approx\.?|approximately|some|or|~|ca\.?"
                    r"|c\.)\s*)?$")
_PAREN_CLOSE = re.compile(r"^\s*\)")
_OR_CONVERTED = re.compile(r"^\s*,\s*or\s+(?:(?:about|around|roughly|nearly|almost|some|"
                           r"approximately)\s+)?$")
# "463,477 acres (187,562 hectares), about 724 square miles": the same figure in a third
# unit, the clause ending with it; the time the figure is of may stand between ("had burned
# 368,256 acres by Monday, July 29, about 575 square miles"), or its place and year
_TIME_ASIDE = (r"(?:\s+(?:by|on|as\s+of)\s+[a-z]+day(?:,?\s+[a-z]+\.?\s+\d{1,2}|"
               r",?\s+\d{1,2}\s+[a-z]+)?"
               # ("burned 324,917 acres in California in 2023, about 131,500 hectares")
               r"|(?:\s+in\s+[a-z]+(?:\s+[a-z]+){0,2}?)?\s+in\s+(?:19|20)\d\d)?")
_ABOUT_CONVERTED = re.compile(r"^\)?" + _TIME_ASIDE + r"\s*,\s*(?:about|around|roughly|nearly|"
                              r"almost|some|approximately)\s+$", re.I)
_COMMA_ASIDE = re.compile(r"\)?" + _TIME_ASIDE + r"\s*,\s*", re.I)
_CONVERTED_END = re.compile(r"\s*(?:[.,;:)]|$)")
_ABOUT_WORDS = frozenset("about around roughly nearly almost some approximately".split())


def _converted_aside(gap: str, b: dict[str, Any]) -> bool:
    """", about 724 square miles" after a figure (the hedge in the gap or in b's own words)."""
    if _ABOUT_CONVERTED.match(gap):
        return True
    q = (b.get("qualifier") or "").lower().split()
    return bool(_COMMA_ASIDE.fullmatch(gap)) and bool(q) and q[0] in _ABOUT_WORDS
# (a colon may stand further on, after the words of the total's noun: "78 confirmed cases
# from the second dose onwards: 16 in the vaccine group and 62 in the placebo group"), but
# not after a comparison: "seven reports were lower than in recent weeks: 23 tanks, ...")
_TOTAL_OPEN = re.compile(
    # (not a ranking's next place: "with £1,482,663, followed by London (£1,139,167)")
    r"^(?:(?:(?:(?!\b(?:followed|ahead|behind|trailed)\b)[^.;!?]){0,25}?(?::|\s—|\s–|\()|"
    r"(?:(?!\b(?:than|compared|against|versus)\b)[^.;!?\d]){26,110}?:)"
    r"(?-i:\s*(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){1,4})?"
    r"|[^.;!?\d]{0,50}?(?:,?\s+including|,?\s+of\s+(?:which|whom)|"
    r",?\s+comprising|,?\s+among\s+them|,?\s+made\s+up\s+of|,?\s+split\s+(?:into|between)|"
    r",?\s+namely|\s+(?:include|includes|included|comprise|comprises|comprised))|"
    # (a verb of composition may follow a longer clause: "2,021 lynx in the wild in Spain and
    # Portugal in 2023, according to the census, made up of 1,299 adults and 722 cubs")
    r"(?:(?!\b(?:than|compared|against|versus|while|whereas)\b)[^.;:!?\d]){51,130}?,\s*"
    r"(?:made\s+up\s+of|comprising|consisting\s+of|split\s+(?:into|between)|divided\s+into))\s*"
    r"(?:(?:about|around|roughly|approximately|some|nearly|almost|more\s+than|over|at\s+least|"
    r"just)\s+)?$"
    # (a count written as a hyphened modifier of the body its list splits: "the 58-seat council
    # with 21 Labour members, 17 SNP, ...", "a 20-strong squad that has 12 forwards and ...")
    r"|^-[a-z]+\s+(?:[a-z][\w’'-]*\s+){1,3}?(?:(?:that|which)\s+)?(?:now\s+)?(?:with|has|had|have)\s+$",
    re.I)
_LIST_GAP = re.compile(r"^[^.;:!?()]{0,80}?(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
                       r"(?:(?:about|around|roughly|approximately|some|nearly|almost|more\s+than|"
                       r"over|at\s+least|another|a\s+further|just)\s+)?$", re.I)
# items with the name of what each counts between them: "Texas has reported 309 cases, New
# Mexico 42 and Oklahoma four", "Turkey 41,156 deaths and Syria about 5,800"
_NAMED_GAP = re.compile(
    r"^[^.;:!?()\d]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)" +
    optional("ahead of|behind|followed by|then", WS) + optional("the", WS) +
    # (a holder named in lower case: "Labour 32, Conservative 10 and independent 2")
    r"(?:[a-z-]+\s+){0,2}(?:(?:[A-Z][\w’'.-]*\s+){1,4}|(?:independents?|others)\s+)" +
    optional("had|has|have|is|was", WS) +
    optional("with|at|on|got|won|took|received|reported|recorded|confirmed|polling at|on", WS) +
    optional("about|around|roughly|nearly|almost|some|just", WS) + "$")
# amounts each in brackets after its name: "Berkshire Hathaway ($3.4 billion), Citizens ($2.6
# billion) and Universal Insurance ($1 billion)"
_BRACKET_NAMED_GAP = re.compile(r"^\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
                                r"(?:[A-Z][\w’'.&-]*\s+){1,4}\($")
# percentages each after a label in lower case: "52.2% of sales, hybrids 13.9% and diesel 5.1%"
# (the label may end on "in": "higher in 52.5% of cases, the same in 31.3% and lower in 16.1%")
_LABEL_GAP = re.compile(r"^[^.;:!?()\d]{0,60}?(?:,\s*(?:and\s+|with\s+)?|\s+and\s+)"
                        r"(?:(?:the|its|their)\s+)?(?:[a-z][a-z-]+\s+){1,2}"
                        # (a label with its examples, and the verb of a breakdown: "the aviation
                        # system responsible for 23.1% and other causes such as weather for 4.9%")
                        # (a bare "for" only after the examples: "sexual offences for 17%"
                        # after "accounted for 31%" is read as before)
                        r"(?:(?:such\s+as|like|including)\s+(?:[a-z][a-z-]+\s+){1,2}for\s+|"
                        r"(?:responsible|accounting)\s+for\s+|in\s+)?$")
# an item after a plural noun in lower case whose verb the sentence gave once: "Coastal ports
# handled 106.96 million TEU, and inland river ports 13.23 million"
_GAPPED_GAP = re.compile(r"^[^.;:!?()\d]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|its|their)\s+)?"
                         r"(?:[a-z][a-z-]+\s+){0,2}(?!(?:has|was|is|does|goes|its|this|thus|"
                         r"plus|less|across|unless|as|us|gets|takes|makes|holds|wins|sees|says)\s)"
                         r"[a-z][a-z-]+s\s+$")
# a list's last item written as "one" or "another", which is read as no figure: "four wanted
# the cut, four no change and one, Alan Taylor, a half-point cut"
_ONE_MORE_ITEM = re.compile(r"(?:,|\band)[ \u00a0]+(?:one|another)\b(?![ \u00a0]*(?:of|in|-|per|"
                            r"hundred|thousand|million|billion)\b)", re.I)
_PORTION_OPEN = re.compile(word_of("including|of which|of whom|among them|include|includes|"
                                   "included", WS), re.I)
# a total stated after its list: "70 vehicles, 34 drones and 4 tanks, a total of 108 ..." or
# "... and 4 tanks: 108 pieces of equipment in all", "$55 million at home and $86.1 million
# abroad, for a worldwide total of $141.1 million"
_TOTAL_CLOSE = re.compile(
    r"^[^.;!?]{0,40}?(?:,|\s—|\s–|:|\()\s*(?P<w>(?:(?:cost|costing|came\s+to|coming\s+to|were\s+worth|worth|for)\s+)?a\s+(?:(?:worldwide|global|combined|joint|total|grand|record|national|overall)\s+)?total\s+of|(?:(?:cost|costing|came\s+to|coming\s+to|were\s+worth|worth)\s+)?a\s+combined|in\s+total|altogether|"
    r"an?\s+(?:worldwide|global|combined|joint|overall)\s+(?:[a-z-]+\s+)?of|"
    # (the days' takings summed as their stretch: "..., Rs 7.86 crore on Sunday, a four-day
    # opening weekend of Rs 24.27 crore", "for a first-week total of $32m")
    r"an?\s+(?:[a-z]+-(?:day|night|week)\s+)?(?:(?:opening|first|debut|first-week|full|weekend|"
    r"weekly)\s+){0,2}(?:weekend|week|fortnight|total|tally|haul|takings|gross)\s+of|"
    r"totall?ing|making|bringing\s+the\s+total\s+to)?\s*(?:for\s+|so\s+)?(?:about\s+|some\s+|roughly\s+|"
    r"nearly\s+|almost\s+|around\s+)?$", re.I)
# (", a worldwide debut of $529m": a total of every scope; "for" alone before a figure that
# opens on "a total of": "for a total of $18.4m")
# a stretch's length written as one word before its noun: "four-day", "10-day", "three-week"
_SPAN_WORD = re.compile(r"[A-Za-z0-9]+-(?:day|night|week)")
# the words right after a list's last item that make it a portion of the item before ("$112
# million abroad, $26 million of it in China, for a global start of $142 million"): no list
_PORTION_OF_ITEM = re.compile(r"\s+of\s+(?:it|them|those|these)\b")
# (", so 88 people died in the two fires": the items' things counted together, no stretch of
# time)
_IN_ALL = re.compile(r"^[^.;!?,]{0,40}?\b(?:in\s+all|in\s+total|altogether|combined|between\s+them|"
                     r"in\s+(?:the\s+)?(?:two|three|four|five|both)\s+(?!(?:years|months|weeks|days|"
                     r"decades|quarters|seasons|periods|hours)\b)[a-z]+s)\b", re.I)
_A_TOTAL = re.compile(r"(?:a\s+total\s+of|in\s+total|altogether|overall|total\s+of)\s*$", re.I)
# (not "gave up 154.48 points": a fall)
_UP = re.compile(r"(?i)\b(?:increase[sd]?|increasing|rise|rises|rising|rose|risen|"
                 r"(?<!gave )(?<!give )(?<!gives )(?<!giving )(?<!given )up|jump(?:ed|s|ing)?|"
                 r"gr[eo]w(?:n|s|th|ing)?|climb(?:ed|s|ing)?|soar(?:ed|s|ing)?|surg(?:e[sd]?|ing)|"
                 r"gain(?:ed|s|ing)?|advanc(?:e[sd]?|ing)|rall(?:ied|ies|ying)|rebound(?:ed|s|ing)?|"
                 r"higher|more|rais(?:e[sd]?|ing)|"
                 r"lift(?:ed|s|ing)?|"
                 r"hike[sd]?|widen(?:ed|s|ing)?|expand(?:ed|s|ing)?|"
                 # (a rate's own verbs: "inflation accelerated to 3.1% from 2.9%")
                 r"accelerat(?:ed|es)|quicken(?:ed|s))\b")
_DOWN = re.compile(r"(?i)\b(?:decrease[sd]?|decreasing|decline[sd]?|declining|fall|falls|fell|fallen|"
                   r"falling|down|drop(?:ped|s|ping)?|cut|cuts|cutting|reduc(?:ed|tion|es|e|ing)|lower(?:ed|s|ing)?|less|"
                   r"fewer|shr[aiu]nk|slump(?:ed|s|ing)?|plung(?:e[sd]?|ing)|slid(?:es?|ing)?|"
                   r"slip(?:ped|s|ping)?|dip(?:ped|s|ping)?|eas(?:ed|es?|ing)|"
                   r"tumbl(?:ed|es?|ing)|plummet(?:ed|s|ing)?|sank|sinks?|sinking|sag(?:ged|s|ging)?|"
                   r"retreat(?:ed|s)?|lost|lose[s]?|losing|shed|sheds|shedding|gave\s+up|"
                   r"giv(?:e|es|en|ing)\s+up|slowdown|narrow(?:ed|s|ing)|contract(?:ed|ing)|"
                   # (a rate's own: "inflation slowed to 7.3% from 7.4%", "cooled", "moderated")
                   r"slow(?:ed|s)|cool(?:ed|s)|moderat(?:ed|es)|decelerat(?:ed|es)|"
                   # (a level short of the one set against it: "just below the 95% target, a
                   # shortfall of 0.3 points")
                   r"shortfalls?)\b")


# a verb, its object and "by" right before an amount: "cutting the backlog of 67,573 cases by"
_VERB_OBJECT_BY = re.compile(r"\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|"
                             r"lift(?:s|ed|ing)?|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?)"
                             r"[ \u00a0](?:[^.;:!?,]|(?<=\d)[.,](?=\d))*\bby[ \u00a0]+(?:\w+[ \u00a0]+)?$")
# a hedge between "by" and its amount
_HEDGE_LAST = frozenset(("about", "around", "roughly", "some", "nearly", "almost"))
# the verb right before an amount of change ("slipped 1% to £8.94 billion")
_CHANGE_LAST = frozenset("""up down by increase increased increases rose fell grew jumped dropped
declined decreased climbed gained lost slipped slid dipped eased tumbled plunged plummeted sank
sagged retreated soared surged advanced rallied rebounded
rise rises fall falls grow grows jump jumps climb climbs drop drops slip slips slide slides
dip dips ease eases tumble tumbles plunge plunges sink sinks soar soars surge surges
shrank shrunk shrinks narrowed narrows widened widens expanded expands contracted
gain gains lose loses""".split())
# (with the present forms of headlines: "US retail sales fall 4.1% in May")
# the verbs of a percentage added to a level ("adding 6.3% to reach 154,407"): a rise
_ADDED = frozenset("add adds added adding".split())
# a participle that opens a clause after a comma says a change too (", rising 7% to 111 from
# 104"); not after a preposition ("after rising 1.2% in July" is an earlier period's)
_CHANGE_PARTICIPLE = re.compile(r",\s*(?:rising|falling|growing|climbing|jumping|dropping|"
                                r"declining|increasing|decreasing|slipping|sliding|easing|"
                                r"soaring|surging|shrinking|narrowing|widening|expanding|"
                                r"contracting)\s+(?:(?:by|about|some|nearly|almost)\s+)?$")
# a participle of gain or loss opening a clause after two levels: "up from 202 in 2019,
# gaining 209", "fell to 121 seats from 365, losing 244", "adding 61 to the 11 they held"
_GAIN_PARTICIPLE = re.compile(r",[ \u00a0]*(gaining|adding|losing|shedding)[ \u00a0]+"
                              r"(?:(?:about|around|roughly|some|nearly|almost|just|another|"
                              r"a[ \u00a0]+further)[ \u00a0]+)?$")
_GAIN_PARTICIPLE_UP = frozenset(("gaining", "adding"))
# the verbs right before a count of a holding that make it a change of it ("gained 11 seats")
_GAIN_LOSS = frozenset("gained lost gain gains lose loses".split())
# verbs of a move that take no object, said right before an amount (never "lost", "gained",
# "dropped", "sank", "grew", "advanced": "Russian forces dropped 200 glide bombs", "farmers
# grew 3.2 million tonnes" count things, not a move)
_VERB_LAST = frozenset("""rose rise rises fell fall falls jumped jump jumps declined decreased
slipped slip slips dipped dip dips tumbled tumble tumbles plunged plunge plunges plummeted sagged
soared soar soars surged surge surges rallied rebounded shrank shrunk shrinks increased increases
narrowed narrows widened widens eased eases slid slide slides""".split())
_VERB_RIGHT_BEFORE = re.compile(r"\b[a-z]+[ \u00a0]+$")
# nouns of a change
_CHANGE_NOUNS = "increase|rise|jump|gain|drop|fall|decline|decrease|cut|reduction|growth|slowdown"
# (the word between is a noun of the amount, never a conjunction: "the same in 31.3% and lower
# in 16.1%" holds no change of 31.3%)
_NOUN_THEN_MOVE = re.compile(r"^\s*(?!(?:and|or|but|nor)\s)[a-z]+\s+(?:higher|lower)\b(?!-)")
_CHANGE_AFTER = re.compile(r"^\s*(?:" + one_of(_CHANGE_NOUNS + "|more|fewer|less|higher|lower") +
                           r"\b|(?!(?:and|or|but|nor|a|an|the)\s)[a-z]+\s+(?:higher|lower)\b(?!-))")
# (never an article's adjective: "12.7% a higher certificate pass" names a qualification)
# (a noun of the amount may come between: "closed 137.97 points lower at 5,123.02", never
# "3 lower-income homes")
# a noun of a figure's own right after it ("8.8 million passengers"), not a date or a link word
_OF_THE_TOTAL_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the|its|their)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
                                 r"total\b")
# past participles not ending in "-ed", which name no thing of a figure's own ("the 170,000
# lost in 2015", "the 1.2 million sold a year earlier")
_IRREGULAR_PARTICIPLES = (r"lost|sold|spent|built|paid|made|won|held|taken|given|seen|brought|"
                          r"bought|caught|kept|left|cut|hit|run|drawn|grown|shown|flown|done|"
                          r"found|sent|lent|stolen|broken|chosen|driven|written|known|thrown|"
                          r"fought|fled|led|laid|sought|told|struck|swept|spun|shot|set|put")
_OWN_NOUN = re.compile(
    r"[ \u00a0]+(?!(?:in|on|at|a|an|the|last|this|that|from|to|and|or|by|for|of|per|each|"
    r"years?|weeks?|months?|days?|ago|earlier|before|after|since|over|under|with|was|were|is|"
    r"are|a\s+year|previously|compared|against|than|" + _IRREGULAR_PARTICIPLES +
    r")\b|[a-z]+ed\b)[a-z][a-z-]+")
_RATE_THAN_PERIOD = re.compile(
    r"[ \u00a0]+(?:higher|lower|more|less|up|down)[ \u00a0]+(?:than|on|from)[ \u00a0]+(?:a|the|"
    r"last|its)?[ \u00a0]*(?:same[ \u00a0]+(?:month|period|quarter)[ \u00a0]+)?(?:year|month|"
    r"quarter|week)?s?\b")
_POINTS = re.compile(r"[ \u00a0]+points?\b")
# "a 4.99% council tax rise", "a 5% pay rise": a percentage, what it is of, the change's noun
_NOUN_CHANGE_AFTER = re.compile(r"^\s*(?:[a-z]+\s+){1,2}(?:increase|rise|hike|cut|reduction)\b")
_CHANGE_NOUN_SET = frozenset(w for n in _CHANGE_NOUNS.split("|") for w in (n, n + "s"))
# (and nouns of no direction that take the sentence's own: "83.7%, up from 76.3%, an
# improvement of 7.4 points"; the amount set off by commas too: "a bigger increase, of £708,")
_CHANGE_OF = re.compile(r"\b" + one_of(_CHANGE_NOUNS + "|loss|net loss|net gain|improvement|"
                                        "deterioration|slowing|easing|acceleration|shortfall", WS) +
                        r",?\s+of\s+" + optional("about|some|nearly|almost", WS) + "$")
_TO_VALUE = re.compile(r"\b(?:to|at|reached|hit|of)\s+(?:the\s+)?(?:\w+\s+){0,2}$")
# ("on" as British copy writes it: "up 18% on the previous week's 2,400")
# (not "on revenue of $18.2 billion": an amount named by its own noun, no earlier value)
# (the words between name what is compared, and end at a coordinator: "3 million tonnes below
# its March outlook and 12 million tonnes ..." compares the 3 million with no figure)
_NAMED_WORD = r"(?!(?:and|or|but|while)\s)[\w’'-]+"
_FROM = re.compile(r"\b(?:from|than|on(?!\s+(?:[\w’'-]+\s+){1,2}of\s+$)|compared\s+(?:with|to)|"
                   r"against)\s+(?:the\s+)?(?:" + _NAMED_WORD + r"\s+){0,3}"
                   r"(?:(?:total|level|figure|count|tally|reading|record|high|low|peak|best|"
                   r"mark)\s+of\s+)?$")
# (the noun of the earlier value may stand last: "an increase of 28,000 on June's revised total
# of 1.14 million")
# a market's previous close after its change and new level: "lost 0.9% to 4,796, after closing
# at 4,896 on Monday" (a day between: "fell 1.2% to 16,790 on Monday, after closing at"); or the
# session's start: "closed down 87.6 points at 5,970.1, having started the day at 6,057.7"
_PREVIOUS_CLOSE = re.compile(r"^(?:\s+(?:on|in)\s+[a-z]+)?\s*,?\s*(?:after|having)\s+(?:(?:closing|closed|ending|ended|"
                             r"finishing|finished|settling|settled)|(?:opening|opened|starting|"
                             r"started)(?:\s+(?:the\s+)?(?:day|session|week|trading))?)\s+at\s+"
                             r"(?:a\s+record\s+)?$")
# roles of figures that are never the values of a change: the whole a part is counted in, a
# multiple's base, another change's amount
_NOT_VALUE = frozenset({"whole", "change", "reference", "factor", "difference"})
# a figure someone expected, not one that happened: "beat forecasts of $5.4bn", "its target of
# 1.8 million"
# a figure named as a benchmark after it, not a level that moved: "below the 95% target and
# down from 94.3% in August" (the level is the sentence's 93.4%, not the target)
_BENCHMARK_AFTER = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:target|goal|threshold|benchmark|"
                              r"standard|limit|ceiling|cap)s?\b")
_EXPECTED_BEFORE = re.compile(
    r"\b(?:forecasts?|expectations?|estimates?|targets?|consensus|predictions?|projections?|"
    r"guidance|goal)\b"
    # ("its average inflation forecast for the year to 5.4%")
    r"(?:[ \u00a0]+for[ \u00a0]+(?:the|this|next)[ \u00a0]+(?:year|quarter|month|half))?"
    r"[^.;,\d]{0,15}?\b(?:of|for|at|was|is)?[ \u00a0]*(?:about[ \u00a0]+|around[ \u00a0]+)?$|"
    # "expects fourth-quarter revenue of $24 billion to $25 billion"
    r"\b(?:expects|expected|projects|forecast|forecasts|sees)[ \u00a0]+(?:[\w-]+[ \u00a0]+){1,3}?"
    r"(?:of|at)[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+|up[ \u00a0]+to[ \u00a0]+)?$")
# an estimate said hedged right after its verb: "now expects about 64,000 cases by then" (the
# hedge is the figure's own words)
_ESTIMATE_VERB = re.compile(r"\b(?:expects|projects|predicts|forecasts|estimates)[ \u00a0]+$")
_HEDGED = re.compile(r"(?:about|around|roughly|some)[ \u00a0]")
# "its aim of cutting the backlog of 67,573 cases by about 14,500 to 53,000": the level aimed at
# (read within its sentence, farther back than ``_EXPECTED_BEFORE``)
_AIMED_AT_BEFORE = re.compile(
    r"\b(?:aim|target|ambition|goal|pledge|plan)s?[ \u00a0]+(?:of|to)[ \u00a0]+(?:cut|cutting|reduce|"
    r"reducing|bring|bringing|raise|raising|increase|increasing|lift|lifting)\b[^.;:!?]{0,80}?"
    r"[ \u00a0]to[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+)?$")
# "the 0.1% fall economists had expected": the figure someone expected, said after it
# (also a forecast an amount beat, never the earlier value of its change: "grew 10% to $8.09
# billion, above the $8.04 billion Wall Street had forecast")
_EXPECTED_AFTER = re.compile(
    r"(?:[ \u00a0]+(?:fall|drop|decline|rise|increase|gain|growth|contraction))?[ \u00a0]+"
    r"(?:that[ \u00a0]+)?(?:most[ \u00a0]+)?(?:economists|analysts|forecasters|markets|investors|"
    r"the[ \u00a0]+market|the[ \u00a0]+city|experts|wall[ \u00a0]+street|traders|observers)"
    r"[ \u00a0]+(?:had[ \u00a0]+|were[ \u00a0]+|are[ \u00a0]+)?(?:expected|expecting|forecast|forecasting|"
    r"predicted|predicting|anticipated|estimated|pencilled[ \u00a0]+in|looking[ \u00a0]+for)\b|"
    # "the £6.5bn the Office for Budget Responsibility had forecast for the month"
    r"[ \u00a0]+the[ \u00a0]+(?:[a-z][\w’'-]*[ \u00a0]+){1,5}?had[ \u00a0]+(?:expected|forecast|"
    r"predicted|projected|pencilled[ \u00a0]+in)\b(?![ \u00a0]+to\b)")
# "missed its A&E target for 20,400 patients": the count the target was missed for, not a target
_MISSED_FOR = re.compile(r"\b(?:missed|misses|missing|failed|fails|breached|breaches)\b[^.;\d]{0,40}"
                         r"\btargets?[ \u00a0]+for[ \u00a0]+$")
_AGAINST_EXPECTED = re.compile(
    r"\b(?:against|compared[ \u00a0]+(?:with|to)|versus|vs\.?)[ \u00a0]+(?:an?[ \u00a0]+|the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?"
    r"(?:[\w’'-]+[ \u00a0]+){0,2}?(?:targets?|forecasts?|expectations?|consensus|goals?|guidance|"
    r"projections?|predictions?|norm|normal|(?:long[- ]term[ \u00a0]+|seasonal[ \u00a0]+)?average)\b"
    r"[^.;\d]{0,20}$")
# the norm a level is set against, named after it: "to 67.7%, against 80.5% normally", "against
# 74.8% for the time of year": what is usual, never the change's earlier value
_NORM_AFTER = re.compile(
    r"[ \u00a0]+(?:normally|usually|typically|on[ \u00a0]+average|for[ \u00a0]+the[ \u00a0]+time[ \u00a0]+"
    r"of[ \u00a0]+(?:the[ \u00a0]+)?year|(?:is|was|would[ \u00a0]+be)[ \u00a0]+(?:normal|usual|typical)|"
    r"(?:the[ \u00a0]+)?(?:long[- ]term|seasonal|\w+-year)[ \u00a0]+average)\b")
_EXPECTED_WORDS = ("forecast", "expectation", "estimate", "target", "consensus", "prediction",
                   "projection", "guidance", "goal", "expect", "project", "sees")
_CHANGE_WORDS = re.compile(r"\b(?:up|down|rose|fell|from|than|compared|against|versus)\b")
# ("to 1,500", "to a record 1,323 million", "to a seasonally adjusted annual rate of 872,000")
# (not the "to" of "thanks to", "due to", "owing to", "according to": "up 7% from 5.83 million
# thanks to three exhibitions")
_TO = re.compile(r"(?<!thanks )(?<!due )(?<!owing )(?<!according )(?<!close )\bto\s+(?:(?:the\s+)?(?:\w+\s+){0,2}|(?:the\s+|an?\s+)?(?:[\w-]+\s+){1,4}?"
                 r"(?:rate|level|pace|total|high|low|record|figure|tally)\s+of\s+)$")
# the "a hectare" of a rate written right after its figure ("9.1 tonnes a hectare"): the unit
# it is counted per, not a value of its own
_PER_UNIT = re.compile(r"(?:an?|per|each)\s+[a-z]+")


# the words right before a compared value: "up from", "down from", "from the", "compared with",
# "against", "than", "after" (the figure of the period before); _COMPARED_ONLY also "rather
# than", "instead of" (the estimate a revision replaced: "now put at 261,000 rather than
# 212,000")
_COMPARED_BEFORE = re.compile(r"\b(?:from|than|against|compared\s+(?:with|to)|versus|vs\.?|after)"
                              r"\s+(?:the\s+|a\s+)?$")
# (every match of _COMPARED_ONLY and _FROM_ONLY holds one of _COMPARED_WORDS)
_COMPARED_WORDS = ("from", "compar", "against", "versus", "vs", "after", "rather", "instead",
                   "up on", "down on", "up slightly on", "down slightly on")
# (a direction may carry an adverb: "down slightly from", "up sharply from")
_DEGREE = r"(?:\s+(?:slightly|sharply|steeply|marginally|modestly|a\s+little|only))?"
_COMPARED_ONLY = re.compile(r"\b(?:(?:up|down|rising|falling|higher|lower|increase|decrease|"
                            r"rise|fall|drop|jump)" + _DEGREE + r"\s+from|(?:up|down)" + _DEGREE +
                            r"\s+on\s+the|compared\s+(?:with|to)|against|versus|"
                            r"vs\.?|after|compares?\s+with|compares?\s+to|rather\s+than|instead\s+of)"
                            r"\s+(?:the\s+|a\s+)?"
                            r"(?:(?!(?:and|or)\b)[\w’'-]+\s+){0,2}$")
# (not a list's next item: "8.6 million crimes against adults and 800,000 against children")
# (not a stretch of time: "the 74.9 million of the second quarter of 2014" is that quarter's
# figure, no part of another)
# (not "of its own citizens": the owner's whole set, not a total counted before)
_OF_THE_REST = re.compile(r"\s+of\s+(?:the|these|those|them|all|its|their)\s+(?![\d$€£])(?!own\b)"
                          r"(?!(?:(?:same|first|second|third|fourth|final|last|previous|prior|"
                          r"latest|past|whole|entire|full|following|next)\s+)?(?:day|week|"
                          r"month|quarter|half|year|season|period|decade|century|summer|"
                          r"winter|spring|autumn|fall|fiscal|financial|calendar)s?\b)")
# a figure of a count the story says was superseded: "An earlier count had put his lead at
# 13,107", "the initial estimate of 40,000" (every match holds one of ``superseded``'s words)
# a level that was not, under a condition said before it: "without it the bank would have
# earned $4.55 a share", "excluding the charge, profit would have risen to $2.1 billion"
_COUNTERFACTUAL = re.compile(
    r"\b(?:without|excluding|but[ \u00a0]+for|if|had[ \u00a0]+it[ \u00a0]+not|otherwise)\b"
    r"[^.;:!?\d]{0,60}?\b(?:would|could|might)[ \u00a0]+have[ \u00a0]+(?:been[ \u00a0]+)?"
    r"(?:[a-z][\w-]*[ \u00a0]+){0,3}?(?:(?:about|around|nearly|almost)[ \u00a0]+)?$")
# the bar or mark a contest was won at, one of an athlete's several in it ("He had already won
# the competition at 6.07m" before the record attempt at 6.27m): no level of the day's mark
_WON_AT = re.compile(r"\b(?:won|wins|clinched|sealed|secured)[ \u00a0]+(?:the[ \u00a0]+)?"
                     r"(?:competition|contest|event|title|gold|victory)[ \u00a0]+at[ \u00a0]+$")
_SUPERSEDED = re.compile(r"\b(?:earlier|previous|prior|initial|original|preliminary)\s+"
                         r"(?:count|tally|estimate|figure|result|reading|projection)s?\b"
                         r"[^.;:!?\d]{0,40}$")
# ... or whose own words after it say it was the first estimate, since revised: "a smaller
# fall than the 2.1% first reported", "the 40,000 initially estimated"
_SUPERSEDED_AFTER = re.compile(r"\s+(?:(?:that|which)\s+)?(?:(?:it|they|was|were|had\s+been|"
                               r"has\s+been)\s+)?(?:first|initially|originally|previously|"
                               r"earlier)\s+(?:reported|estimated|announced|published|given|"
                               r"stated|put\s+out|forecast)\b")
_STILL = re.compile(r"\b(?:still|remained|remain|remains|continued\s+to\s+be)\b[^,;.]{0,30}$|"
                    # "Inflation has since fallen to 3.2%": a later level than the one before
                    r"\bsince\s+(?:fallen|risen|dropped|climbed|eased|slowed|fell|rose|grown|"
                    r"increased|decreased|jumped|slipped|edged\s+(?:up|down))\s+(?:back\s+)?"
                    r"to\s+$")
_STILL_AFTER = re.compile(r"[^,;.]{0,30}\b(?P<w>still|remained|remain|remains)\b")
_STILL_GAP = re.compile(r"(?:\s+[a-z]+)?\s+(?:short\s+of|below|above|behind|ahead\s+of|under|"
                        r"less\s+than|more\s+than|fewer\s+than|lower\s+than|higher\s+than)\s+"
                        r"(?:the|its|their|a|an)?\s*[$€£\d]")
_STILL_COMPARED = re.compile(r"\s+(?:well\s+|far\s+)?(?:short|below|above|behind|ahead|under|"
                             r"over|less|more|fewer|lower|higher|up|down)\b")
_CHANGE_VERB = re.compile(r"\b(?:ris|rose|fall|fell|gr[eo]w|drop|climb|jump|increas|decreas|"
                          r"declin|cut|reduc|soar|plung|slump|surg|slid|slip|dip|eas(?:ed|ing)\b|"
                          r"tumbl|sank|sink|shr[aiu]nk|rais|lift|hik|lower|boost|trim|slash|doubl|"
                          r"tripl|halv|up\b|down\b|slow(?:ed|ing)\b|cool(?:ed|ing)\b|moderat|"
                          r"decelerat|accelerat|quicken)")
# an increment, not a level: "Another 1,600 deaths are under investigation"
_ADDITIONAL = re.compile(r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$")
# "three new measles cases", "two more suspected cases": a count added, after the figure
# (not "3 more cases than last week", a gap: _THAN_AHEAD)
# ("new" only when the sentence goes on to the total it brings: "three new cases, taking the
# outbreak to 68"; "445,000 new claims" names a count of its own; "The 445,000" restates one)
_ADDITIONAL_AFTER = re.compile(r"[ \u00a0]+(more|new|further|additional|extra)[ \u00a0]+"
                               r"(?!than\b|of\b|and\b|or\b)[a-z]")
_THAN_AHEAD = re.compile(r"[^.;]{0,60}?\bthan\b")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their|these|those)[ \u00a0]+$")
_TAKING_TO = re.compile(r"\b(?:taking|bringing|pushing|raising|lifting)\b[^.;]{0,60}?\bto\b")
# ("slightly up on the 434,400 of the week before": British copy's "up on", "down on")
_DIRECTION_FROM = re.compile(r"\b(up|down|higher|lower|rising|falling|rose|fell|increased|"
                             r"decreased)" + _DEGREE +
                             r"\s+(?:from|(?<=up )on|(?<=down )on)\s+(?:the\s+|a\s+)?"
                             r"(?:[\w’'-]+\s+){0,2}$")
# a level said to be above or below the one right after: "3.13 million passengers, beating the
# 3.06 million of December 2019", "surpassing the previous record of 68.3 million" (group 1;
# not "beating its target by 200,000": a margin)
# ("21.8GW, the most since records began, above the previous high of 21.6GW": a level set
# above or below another with no amount between them is ordered like one it beat)
_BEATING = re.compile(r"\b(beating|surpassing|topping|exceeding|eclipsing|outstripping|"
                      r"overtaking|beat|beats|surpass(?:ed|es)|topped|exceed(?:ed|s)|"
                      r"eclips(?:ed|es)|outstrip(?:ped|s)|overt(?:ook|akes)|passed|"
                      r"falling[ \u00a0]+short[ \u00a0]+of|(?:fell|falls)[ \u00a0]+short[ \u00a0]+of|short[ \u00a0]+of|"
                      r"above|below|(?:higher|lower)[ \u00a0]+than)"
                      r"[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?"
                      # ("last year's on-the-night record of"; not "who beat Newcastle 2-1 to
                      # finish on 84": a match won, its score, and another clause)
                      r"(?:(?!by\b|to\b)[a-z’'-]+[ \u00a0]+){0,5}"
                      # ("beat its busiest year, 2019, when 80.9 million travelled")
                      r"(?:[\w’'-]+,[ \u00a0]*(?:19|20)\d\d,[ \u00a0]*when[ \u00a0]+)?$")
# "215,000 workers, ahead of the 205,000 economists had pencilled in": a level ahead of or behind
# a forecast (only before a figure named as forecast: "ahead of the 2024 election" is a time)
_AHEAD_OF = re.compile(r"\b(ahead[ \u00a0]+of|behind)[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+|"
                       r"their[ \u00a0]+)?(?:[a-z’'-]+[ \u00a0]+){0,3}$")
# "38% of global electricity, more than coal at 36%", "92.1% in March, fewer than in February
# (93.2%)": a level set against another named thing's or time's, at least one word between
# other than an article (never the qualifier of "more than 12 of them", nor "8 bronze, more
# than the 30 of Athens", which is the tally's)
_MORE_THAN_NAMED = re.compile(r"\b((?:more|less|fewer|bigger|larger|greater|smaller)[ \u00a0]+than)"
                              r"[ \u00a0]+(?:(?:the|a|an|its|their)[ \u00a0]+)?"
                              r"(?!(?:the|a|an|its|their)\b)"
                              # (not a multiple: "more than triple their 4.6% share", everyday112)
                              r"(?!(?:double|triple|treble|quadruple|twice|half|[a-z]+[ \u00a0]+times)\b)"
                              r"(?:[\w’'-]+[ \u00a0]+){1,4}(?:\([ \u00a0]*)?$")
# "more than the 170,000 economists had forecast": with a forecast after the figure, "more
# than the" sets the level against it (otherwise "8 bronze, more than the 30 of Athens" is the
# tally's)
_MORE_THAN_THE = re.compile(r"\b((?:more|less|fewer)[ \u00a0]+than)[ \u00a0]+(?:the|its|their)[ \u00a0]+$")
_FORECASTER_AFTER = re.compile(r"[ \u00a0]+(?:economists|analysts|forecasters|investors|experts|"
                               r"traders|observers)\b")
# a verb whose "up" is no direction: "signed up 5.3 million subscribers", "racked up 40 wins"
_PHRASAL_UP = re.compile(r"\b(?:sign(?:ed|s|ing)?|set(?:s|ting)?|rack(?:ed|s|ing)?|notch(?:ed|es|"
                         r"ing)?|clock(?:ed|s|ing)?|chalk(?:ed|s|ing)?|rang|ring(?:s|ing)?|"
                         r"snap(?:ped|s|ping)?|scoop(?:ed|s|ing)?|drum(?:med|s|ming)?|"
                         r"rustl(?:ed|es|ing)|tot(?:ted|s|ting)?|sum(?:med|s|ming)?|"
                         r"mop(?:ped|s|ping)?)[ \u00a0]+up[ \u00a0]*$")
# a record of the lowest, between a level and the record it beat
_LOW_RECORD = re.compile(r"\b(?:fewest|lowest|least|smallest|slowest|cheapest|shortest)\b")
_ING_FORM = {"beat": "beating", "beats": "beating", "surpassed": "surpassing",
             "surpasses": "surpassing", "topped": "topping", "exceeded": "exceeding",
             "exceeds": "exceeding", "eclipsed": "eclipsing", "eclipses": "eclipsing",
             "outstripped": "outstripping", "outstrips": "outstripping", "overtook": "overtaking",
             "overtakes": "overtaking", "passed": "passing", "fell short of": "falling short of",
             "falls short of": "falling short of"}
# a word that joins another clause or comparison between a level and "above"/"beating"
# (but "€509 million, though that was short of the €548 million": a pronoun takes the level up)
_SAID_OF_IT = re.compile(r"\b(?:though|although|but|and|while)[ \u00a0]+(?:that|this|it)[ \u00a0]+"
                         r"(?:was|is|remained|remains|stayed|came)[ \u00a0]+(?:(?:still|well|"
                         r"just|far|slightly)[ \u00a0]+)?$")
_JOINED_CLAUSE = re.compile(r"\b(?:(?<!\d[ \u00a0])(?<!\d,[ \u00a0])and|and(?![ \u00a0](?:\d|(?:jan|feb|"
                            r"mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))|but|while|"
                            r"whereas|although|though)\b")
# (not a span's "between 1 and 25 February", "between July 1, 2014, and July 1, 2015")
# a change noun right after a compared level: "beating forecasts of a 0.5% fall" compares changes
_CHANGE_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:fall|drop|decline|rise|increase|gain|loss|"
                                r"growth|contraction|cut)\b")
_UP_WORDS = frozenset({"up", "higher", "rising", "rose", "increased", "risen", "climbed",
                       "jumped", "grew", "gained", "soared", "surged", "rebounded", "edged up",
                       "raised", "lifted", "boosted", "hiked", "accelerated", "quickened"})
# the wire order with no amount, "slipped to 3.68 million ... from 3.75 million": the verb before
# the new value says the direction (group 1)
# (or a verb that takes what it moved as its object: "NS&I raised the prize fund rate to 1.4%
# from 1%", "the bank cut its base rate to 5% from 5.25%")
_VERB_TO = re.compile(r"\b(rose|risen|climbed|jumped|increased|grew|gained|soared|surged|"
                      r"rebounded|edged up|fell|fallen|dropped|declined|decreased|slipped|slid|"
                      r"sank|tumbled|plunged|eased|dipped|shrank|edged down|"
                      # (a rate's pace: "growth slowed to 7.4% from 7.7%")
                      r"slowed|cooled|moderated|decelerated|accelerated|quickened|"
                      r"(?:raised|lifted|boosted|hiked|cut|lowered|reduced|trimmed|slashed)"
                      r"(?:[ \u00a0]+(?!(?:and|or|but|while|whereas|as|by|from)\b)[a-z’'&-]+){1,5}?"
                      r"(?=[ \u00a0]+to[ \u00a0])|"
                      # (a revision or a set figure, its object long: "revised down its forecast
                      # for US growth this year to 4% from 5.2%", "cut its forecast for world
                      # growth in 2020 to", everyday99)
                      r"(?:revised[ \u00a0]+(?:up|upward|upwards|higher|down|downward|downwards|"
                      r"lower)|raised|lifted|cut|lowered|trimmed)[ \u00a0]+(?:its|their|the|his|"
                      r"her|our)(?:[ \u00a0]+(?!(?:and|or|but|while|whereas|as|by|from)\b)"
                      r"[a-z0-9’'&-]+){1,8}?(?=[ \u00a0]+to[ \u00a0]))"
                      # (an adverb of degree between: "slowed slightly to 7.3% from 7.4%"; a
                      # comma after the verb: "rose, to 1,616 from 1,514")
                      r",?(?:[ \u00a0]+(?:slightly|sharply|further|again|marginally|modestly|"
                      r"steeply))?[ \u00a0]+"
                      r"(?:back[ \u00a0]+)?to[ \u00a0]+(?:an?[ \u00a0]+|the[ \u00a0]+)?"
                      r"(?:(?:about|around|nearly|almost|some|just|roughly|estimated|record|"
                      r"seasonally|adjusted)[ \u00a0]+){0,3}$")
_FROM_ONLY = re.compile(r"\bfrom\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,2}$")
_COMPARED_AFTER = re.compile(r"\s+(?:(?:a|one|the)\s+(?:year|week|month|day|quarter)\s+"
                             r"(?:earlier|before|ago)|(?:the\s+)?(?:previous|prior)\s+"
                             r"(?:year|week|month|day|quarter))\b")
# the words between two items of one unit: "4,000 acres on Monday and 2,500 on Tuesday"
_UNIT_ITEM_GAP = re.compile(r"\s+(?:on|in|at|by|during)\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+and\s+")
_BARE_ITEM_BEFORE = re.compile(r"(?:\b(?:including|includes?|of\s+which|of\s+them|among\s+them|and|or)|,)"
                               r"\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$")
# a figure written as so many a day (a week, a month): a rate, no count of a period
_SO_MANY_A_DAY = re.compile(r"[ \u00a0\n]+(?:a|per|each|every)[ \u00a0\n]+(?:day|week|month)\b")
# what follows a figure that names nothing itself: "1,400 in the past day", "1,400 on Tuesday."
_BARE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:in|on|over|during|at|the|a|an|last|this|yesterday|"
                         r"overnight|per|each|since|from|according)\b)")
# a year's part named before a fraction word: "in the first half of 2022, 59% of ...", "the
# third quarter" (a stretch of time, no multiple of the figure after it)
_PART_OF_A_YEAR = re.compile(r"(?i)\b(?:first|second|third|fourth|final|last|latter|back|"
                             r"front|opening|closing)[ \u00a0-]+$")
_MULT_HINT = re.compile(r"(?i)doub|twice|tripl|trebl|thrice|times|half|third|quarter|quadrupl")
# a multiple word after a determiner names a thing, no multiple of the figure after it: "growth
# of 1.1% for the half was ahead of the group's 0.7%" (the half-year)
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|this|that|each|every|per)[ \u00a0]+$")


@lru_cache(maxsize=1)
def _anaphor_re() -> re.Pattern[str]:
    """A sentence that opens by relating the previous sentence's figure to a new one:
    "That was twice the 1,070 reported the day before." """
    mult = grammar().multiples
    return re.compile(
        r"^\s*(?:that|this|it|which|the\s+figure|the\s+toll|the\s+number)\s+(?:was|is|were|are|"
        r"marks?|marked|represents?|represented|amounts?\s+to|amounted\s+to)\s+"
        # (a complement of its own first: "That is the most cases since 1994, and more than
        # double the 372 cases of 2018")
        r"(?:(?:the|a|an)\s+[^.;!?]{0,70}?,?\s+and\s+)?(?:about\s+|"
        r"roughly\s+|almost\s+|nearly\s+|more\s+than\s+|over\s+|exactly\s+)?(?P<m>" + "|".join(
            re.escape(k).replace(r"\ ", r"\s+") for k in sorted(mult, key=len, reverse=True))
        + r")\b(?![-\u2010\u2011])(?P<rest>[^.;!?]{0,60})$", re.I)


@lru_cache(maxsize=1)
def _mult_re() -> re.Pattern[str]:
    """A multiple said in words after a figure ("..., about half the 70%"), never the first
    part of a compound ("during that half-hour", "a half-time lead")."""
    mult = grammar().multiples
    return re.compile(
        r"^[\s,]*(?:[\w’'-]+[\s,]+){0,12}?[,(—–-]?\s*(?:which\s+is\s+|that\s+is\s+|or\s+|about\s+|"
        r"roughly\s+|almost\s+|nearly\s+|more\s+than\s+|over\s+)?"
        # (not the half of a year, "in the first half of 2020, more than double ...": the
        # multiple is further on, everyday112)
        r"(?<!first\s)(?<!second\s)(?<!final\s)(?<!last\s)(?<!first-)(?<!second-)(?P<m>" + "|".join(
            re.escape(k).replace(r"\ ", r"\s+") for k in sorted(mult, key=len, reverse=True))
        + r")\b(?![-\u2010\u2011])(?P<rest>[^.;!?]{0,60})$", re.I)


# (the counted noun may stand between: "537 deaths (of which 600 were children)")
# (or the words of its clause, no clause of another subject between: "4,469 flu patients were
# in hospital beds in England each day last week, including 211 in critical care")
# (nor the words of an amount of change, "£130,000 more than last year, including ...": the
# parts are of the level before it)
_OF_WHICH = re.compile(r"(?:\s+(?!(?:and|but|while|whereas|although|though|as|when|than|more|less|"
                       r"fewer|up|down|from|compared|higher|lower)\b)"
                       r"[A-Za-z][\w’'-]*){0,12}?[\s,(—–-]+(?:of\s+which|of\s+whom|including|among\s+them)\s+"
                       # (a group noun before the count: "1,318 people, including a crew of 96")
                       r"(?:an?\s+(?:crew|staff|team|party|contingent|complement|workforce)\s+of\s+)?"
                       r"(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?")
# the words from one item after "of which" to the next: " was wind and ", " were sold, ",
# " from the Coast Guard and "
_OF_WHICH_NEXT = re.compile(r"(?:[ \u00a0]+(?:was|were|is|are|came\s+from))?"
                            r"(?:[ \u00a0]+(?!and\b)[A-Za-z][\w’'-]*)"
                            r"{0,5}?(?:[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+)?"
                            r"|[ \u00a0]+and[ \u00a0]+)"
                            r"(?:(?:about|some|nearly|almost|another)[ \u00a0]+)?")
# "four of those seven nests": the whole named right after "of those"
_OF_THOSE_FIGURE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:them|those|these|which|whom)[ \u00a0]+"
                              r"(?:\d|([a-z]+)\b)")


def _whole_named_after(low: str, b: dict[str, Any]) -> bool:
    """Whether "of those" after count ``b`` is followed by the count of the whole itself."""
    m = _OF_THOSE_FIGURE.match(low, b["end"])
    if m is None:
        return False
    word = m.group(1)
    g = grammar()
    return word is None or word in g.cardinals or word in g.tens


_OF_THEM = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:them|those|these|whom|which)\b")
# the count of the sentence before named as a total: "Departures made up 511,238 of that total"
_OF_THAT_TOTAL = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:that|this|the)[ \u00a0]+(?:total|tally|figure|number)\b")
# the count of the sentence before named again by a plural noun under "the" with no figure:
# "Airbus will cut 2,362 jobs. Germany will lose 829 of the posts, Spain 630 ..."
_OF_THE_PLURAL = re.compile(r"[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+)?"
                            r"[a-z][\w-]*[a-z]s(?=[ \u00a0]*(?:[,;:)]|\.(?!\d)|$)|"
                            r"[ \u00a0]+(?:and|while|whereas|but)\b)")
# (an owner may stand before the whole: "20 of the council's 51 seats")
_OF_WHOLE = re.compile(r"[ \u00a0\n]+(?:out[ \u00a0\n]+)?of[ \u00a0\n]+(?:the[ \u00a0\n]+"
                       r"|its[ \u00a0\n]+|their[ \u00a0\n]+|"
                       r"those[ \u00a0\n]+|these[ \u00a0\n]+)?"
                       # (a possessive of up to three words: "of the European Union's 27";
                       # no conjunction among them: "6.2% of the total and Villa's 4.1%" are
                       # two shares, the second no whole of the first; nor a preposition that
                       # sets a rival's against it: "53.49% of the vote to Labor's 46.51%")
                       r"(?:(?:(?!(?:and|or|but|while|whereas|to|against|versus|vs|over|than|"
                       r"with)[ \u00a0])[a-z][\w-]*[ \u00a0]+)"
                       r"{0,2}[a-z][\w-]*[’']s[ \u00a0\n]+)?"
                       r"(?:(?:usual|normal|planned|scheduled|expected|estimated|total|available|"
                       r"eligible|registered)[ \u00a0\n]+)?")

# ... with the part's noun between: "29,372 battery electric cars out of 142,633"
_NAMED_OUT_OF = re.compile(r"(?:[ \u00a0]+[a-z][\w’'-]*){1,4}?[ \u00a0]+out[ \u00a0]+of[ \u00a0]+"
                           r"(?:(?:the|all|a|its|their)[ \u00a0]+)?")


# an amount of change named by its noun after a level: ", a drop of almost", ", a rise of"
_NOUN_OF_CHANGE = re.compile(r",[ \u00a0]*an?[ \u00a0]+(drop|fall|decline|decrease|reduction|rise|"
                             r"increase|gain|climb|jump)[ \u00a0]+of[ \u00a0]+(?:(?:about|almost|"
                             r"nearly|some|roughly|around|just|more[ \u00a0]+than)[ \u00a0]+)?$")
_POINTS_WORD = re.compile(r"[ \u00a0]*(?:percentage[ \u00a0]+)?points?\b")


def _shares_of_named_wholes(text: str, low: str, drafts: list[dict[str, Any]]) -> None:
    """Shares whose whole the text names: "12,000 of its 42,000 jobs, nearly 30%", "That is
    one in seven"; the sibling's whole elided ("43.6% of the total, while Labour's 10,269,051
    votes made up 32.1%": sibling_share_wholes.py); the parts before it together ("...;
    together the three parties took about 70 per cent": joint_shares.py); "the month's
    average of 56.9mm and about 14% of it" (shares_of_it.py); a part named by its holder's
    possessive ("so Arsenal's payment was about 6.2% of the total": possessive_shares.py)."""
    _shares_of_wholes(low, drafts)
    sibling_share_wholes(low, drafts)
    joint_shares(low, drafts)
    shares_of_it(low, drafts)
    possessive_shares(text, low, drafts)


def _two_levels_then_change(low: str, drafts: list[dict[str, Any]],
                            sents: list[list[int]]) -> None:
    """Two levels of one measure in a sentence with no change word between them, then the
    change between them named by its noun right after the second: "In 2005, 20.9% of adults
    smoked; by 2010 the share was 19.3%, a drop of 1.6 percentage points", "12.7% in 2005 and
    8.3% in 2010, a fall of 4.4 points". The amount is the change from the first to the
    second; only where exactly two levels of the amount's unit stand before it in the
    sentence, of two periods written for each, and the noun's direction is theirs (a gap in points of
    percentages: points only, never a bare "%", which may be a relative change)."""
    for idxs in sents:
        for p, n in enumerate(idxs):
            d = drafts[n]
            # (the noun's match holds one comma, its first character: it can only open at
            # the last comma before the figure)
            comma = low.rfind(",", d["sentence"][0], d["start"])
            noun = _NOUN_OF_CHANGE.match(low, comma, d["start"]) if comma >= 0 else None
            if noun is None or not d["value"] or p < 2 or d.get("role") not in (None, "change") \
                    or any(x == "change" and ("from" in v or "to" in v)
                           for x, v in d["extra"]):
                continue
            pts = _POINTS_WORD.match(low, d["end"]) is not None or \
                "point" in low[d["start"]:d["end"]]
            before = [j for j in idxs[:p] if drafts[j]["value"] and
                      drafts[j].get("role") in (None, "compared")]
            unit = "percent" if pts or d["unit"] == "percent" else d["unit"]
            levels = [j for j in before if drafts[j]["unit"] == unit]
            if len(levels) != 2 or (unit == "percent" and not pts) or \
                    (d["unit"] not in ("", unit)) or before[-1] != levels[-1] or \
                    _CHANGE_WORD_BETWEEN.search(low, drafts[levels[0]]["end"],
                                                drafts[levels[1]]["start"]):
                continue
            ta, tb = (drafts[j].get("period") for j in levels)
            if ta is None or tb is None or ta == tb:
                continue    # (two things at one time: "£86 ..., while London will pay £1,405")
            a, b = (drafts[j]["value"] for j in levels)
            down = noun.group(1) in ("drop", "fall", "decline", "decrease", "reduction")
            if a == b or (a > b) != down:
                continue
            d["extra"] = [x for x in d["extra"] if x[0] != "change"]
            d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                          "direction": "down" if down else "up",
                                          "from": levels[0], "to": levels[1]}))
            d["role"] = "change"
            drafts[levels[0]]["role"] = drafts[levels[0]].get("role") or "compared"


# an amount of change set in apposition, its comparative ending the phrase: "The new cap, £94
# higher, covers ...", "will pay £2,101 under the new cap, £130 more, to reflect ..."
_APPOSITIVE_MORE = re.compile(r"[ \u00a0]+(?P<dir>higher|lower|more|less|fewer|cheaper|dearer)"
                              r"(?=[ \u00a0]*[,;.)]|[ \u00a0]*$)")
_APPOSITIVE_OPEN = re.compile(r"(?:,|\()[ \u00a0]*(?:(?:about|around|roughly|some|nearly|"
                              r"almost|just)[ \u00a0]+)?$")
_FROM_BEFORE = re.compile(r"\bfrom[ \u00a0]+$")
_TO_BETWEEN = re.compile(r"[ \u00a0]+to[ \u00a0]+")
APPOSITIVE_BACK = 2     # sentences back the levels of an appositive change may stand
_APPOSITIVE_UP = frozenset({"higher", "more", "dearer"})


def _appositive_changes(low: str, drafts: list[dict[str, Any]],
                        sents: list[list[int]]) -> None:
    """An amount of change in apposition with no earlier value in its words ("The new cap,
    £94 higher, covers January to March"; "Customers who pay by cheque will pay £2,101, £130
    more, ...") is the change between two of the story's levels: its sentence's level before
    it (else, with no figure of its unit before it, the last "from A to B" of the sentences
    before) and the earlier level it is set against, judged by readings: of the levels of its
    unit in the sentences before, the one nearest to what the amount implies, taken only when
    within half the amount of it (so a comparison with a value the story never gives is left
    alone, and one every reading disagrees with is checked)."""
    for k, idxs in enumerate(sents):
        for p, n in enumerate(idxs):
            d = drafts[n]
            m = _APPOSITIVE_MORE.match(low, d["end"])
            if m is None or not d["value"] or d["value"] <= 0 or d.get("role") is not None or \
                    d["unit"] == "percent" or \
                    _APPOSITIVE_OPEN.search(low, max(d["sentence"][0], d["start"] - 12),
                                            d["start"]) is None:
                continue
            up = m.group("dir") in _APPOSITIVE_UP
            back = [j for s in sents[max(0, k - APPOSITIVE_BACK):k] for j in s
                    if drafts[j]["unit"] == d["unit"] and (drafts[j]["value"] or 0) > 0]
            own = [j for j in idxs[:p] if drafts[j]["unit"] == d["unit"]]
            pair = _appositive_levels(low, drafts, d, up, own, back)
            if pair is None:
                continue
            d["role"] = "change"
            d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                          "direction": "up" if up else "down",
                                          "from": pair[0], "to": pair[1]}))


def _appositive_levels(low: str, drafts: list[dict[str, Any]], d: dict[str, Any], up: bool,
                       own: list[int], back: list[int]) -> tuple[int, int] | None:
    """The (earlier, later) levels an appositive change is between (``_appositive_changes``),
    or None when the text gives no reading near enough."""
    if not own:
        pairs = [(a, b) for a, b in zip(back, back[1:])
                 if drafts[a]["sentence"] == drafts[b]["sentence"] and
                 _FROM_BEFORE.search(low, max(0, drafts[a]["start"] - 8), drafts[a]["start"])
                 and _TO_BETWEEN.fullmatch(low, drafts[a]["end"], drafts[b]["start"])]
        if not pairs or (drafts[pairs[-1][1]]["value"] > drafts[pairs[-1][0]]["value"]) != up:
            return None
        return pairs[-1]
    to = drafts[own[-1]]
    if to.get("role") is not None or not to["value"]:
        return None
    want = float(to["value"]) - float(d["value"]) * (1 if up else -1)
    cands = [j for j in back + own[:-1] if drafts[j].get("role") in (None, "compared", "total")
             and (to.get("measure") is None or drafts[j].get("measure") in (None, to["measure"]))]
    if not cands:
        return None
    best = min(reversed(cands), key=lambda j: abs(float(drafts[j]["value"]) - want))
    if abs(float(drafts[best]["value"]) - want) > 0.5 * float(d["value"]):
        return None
    return best, own[-1]


# a change said between two levels (they are then a change's values already)
_CHANGE_WORD_BETWEEN = re.compile(r"\b(?:rose|fell|grew|dropped|declined|increased|decreased|"
                                  r"climbed|slipped|jumped|up|down|from|to)\b")


def _stated_changes(text: str, low: str, drafts: list[dict[str, Any]],
                    by_sent: dict[tuple[int, int], list[int]], lex: Any) -> None:
    """The amounts of change and the values they run between (``_changes``), then the second
    amounts of one change, rates of a change said in the next sentence, "respectively" and the
    appositive changes."""
    sents = list(by_sent.values())
    added_to_earlier(low, drafts, sents)    # "won 72 seats, adding 61 to the 11 they held"
    added_for_a_total(low, drafts, sents)   # "by 19.7%, adding 10.4 million for a total of"
    _changes(text, low, drafts, lex)
    percent_before_added(low, drafts, sents)    # "grew by 19.7%, adding 10.4 million ..."
    _one_change_two_amounts(low, drafts, by_sent)
    _definite_rate_of_change(low, drafts, sents)    # "... 121 more. The rise of 12% ..."
    _amount_or_percent(low, drafts, by_sent)
    growth_to_level_before(low, drafts, sents)  # "Since 2010 it has grown by 6.3m, or 2.05%"
    _percent_then_amount(low, drafts, by_sent)
    _level_amount_percent(low, drafts, by_sent)
    _respectively(low, drafts, by_sent)
    respectively_pairs(low, drafts, by_sent)    # "..., against C and D, a rise of x and ..."
    _change_with_levels_after(low, drafts)
    gapped_changes(low, drafts)     # "rose 11,500 to 8,141,000 and part-time jobs 5,900 to": gapped_changes.py
    _appositive_changes(low, drafts, sents)     # "The new cap, £94 higher, covers ..."
    _levels_beside_a_move(low, drafts, sents)   # "rose to 28.3% from 27.8%, above the 25.4%"
    over_budget(low, drafts, sents)     # "£2.6bn but came in at £4.6bn, 80% over budget"
    over_budget_amounts(low, drafts, sents)     # "$185,102, $109,102 more than budgeted"
    parallel_directions(low, drafts)    # "... down from 7.29 million treatments and 6.17 million"
    changes_with_later_levels(low, drafts)  # "fell by 43,000 in January. ... 7.25 million, down"
    sub_unit_gaps(low, drafts)  # "$1.29 a share, 23 cents more than the $1.06": sub_unit_gaps.py
    paragraph_changes(low, drafts)  # "rise by 10% ... £149 more ... from £1,568 to £1,717"
    change_parts(low, drafts)   # "rose by N1.17 billion ... N1.05 billion of the increase"
    hiring_changes(low, drafts)     # "Private employers hired 64,000": hiring_changes.py
    net_changes(low, drafts)    # "fell by 531,702 ... down 861,237, while ... up 329,535": net_changes.py
    revision_totals(low, drafts)    # "revised down to 252,000 from 275,000 ..., 7,000 lower than first reported"
    comparison_gaps(low, drafts)    # "8.8 points above ... and 5.8 below it, a gap of 14.6"


def _implied_and_records(low: str, drafts: list[dict[str, Any]]) -> None:
    """Changes and records set against two of the story's figures elsewhere, once its stated
    changes are read."""
    implied_changes(low, drafts)    # "so the forecast implies growth of 2.9%": implied_changes.py
    implied_amounts(low, drafts)    # "The rise amounts to 22,703,743": implied_changes.py
    record_since(low, drafts)   # "the deepest since output shrank 11.6%": record_since.py


def _averages_over_counts(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Amounts over a count: "in 3,319 cinemas, averaging $7,834 each" (count_averages.py);
    "$30.5 billion, or $6.14 for each of 4.96 billion passengers" (per_head_amounts.py); "paid
    in two equal instalments of R$1.3728" (instalments.py)."""
    count_averages(low, drafts, sents)
    per_head_amounts(low, drafts, sents)
    instalments(low, drafts, sents)


def _figure_marks(text: str, low: str, drafts: list[dict[str, Any]]) -> None:
    """What a figure's own words mark before any pair is read: "8.7 million pounds" of profit
    (implicit_units.py), "one each in Queensland and South Australia" (each_places.py), "The
    list's record was 7.77 million" (extremes.py), "had 50.72% of the votes tallied"
    (counted_shares.py)."""
    implicit_units(low, drafts)
    each_places(text, drafts)
    series_extremes(low, drafts)
    counted_shares(low, drafts)


def relate(text: str, low: str, drafts: list[dict[str, Any]], lex: Any) -> list[dict[str, Any]]:
    """Every relation between the figures of a document (module docstring), set on the drafts
    in place; returns them. What two figures side by side say of each other comes first
    (``_adjacent_pair``), then compared values further apart, factors, changes, comparisons,
    own roles, vote shares, inherited measures and periods, and the totals, parts and lists."""
    _figure_marks(text, low, drafts)
    _one_measure_per_noun(low, drafts)
    group_sizes(low, drafts)    # "one of the five biggest vendors": no level of the story
    vote_tallies(low, drafts)   # "the nine-member committee voted 7-2": tallies.py
    compared = Spots(low, _COMPARED_WORDS)
    for i in range(len(drafts) - 1):
        _adjacent_pair(text, low, drafts, i, compared)
    by_sent = by_sentence(drafts)
    sents = list(by_sent.values())
    holders_after_counts(text, drafts, sents, lex)  # "19 are SNP, 18 Conservative": its holder
    elided_units(low, drafts)   # "7.0 tonnes a hectare, ... 9.1 tonnes": elided_units.py
    elided_plain_units(low, drafts)     # "170,000 working days ..., down from 788,000"
    _parallel_compared(text, drafts, sents)
    aside_directions(low, drafts)   # "X treatments, for Y patients, up from Z": aside_directions.py
    _compared_apart(low, drafts, sents)
    # factors in digits and multiples said by a verb, before changes read their values
    _factors_first(text, low, drafts, sents)
    # "20.9% ...; by 2010 the share was 19.3%, a drop of 1.6 percentage points"
    _two_levels_then_change(low, drafts, sents)
    _stated_changes(text, low, drafts, by_sent, lex)    # "<amount> ... from A to B"
    _lost_of_a_whole(low, drafts)   # "lost 23 of their 107 seats, ending with 84"
    _groups_compared(low, drafts, by_sent)      # "among A (39.5%) than among B (30.3%)"
    compare(text, low, drafts, sents)   # differences, ratios, averages (comparisons.py)
    that_multiples(low, drafts, sents)  # "paid £500,000 ... twice that, £1 million": that_multiples.py
    _averages_over_counts(low, drafts, sents)
    # "Of that, about 38%, or Rs 1.72 trillion": named_shares.py
    shares_of_that(low, drafts)
    # gaps to a figure of the sentence before, groups of the thing counted (across.py)
    relate_across(low, drafts, sents, lex)
    _own_roles(text, low, drafts)
    apposed_extras(low, drafts)  # "to £1,435.86 from £1,367.46, an extra £68.40"
    records_beaten_by(low, drafts)  # "beat the previous best of 3,639,331 by 194,775"
    _votes_and_sizes(text, low, drafts, sents)
    all_margins(text, low, drafts, sents)   # margins.py
    _derived_rates(low, drafts, sents)  # rates from two figures (rates.yaml), parts known
    _segments(low, drafts)
    _other_bases(low, drafts)
    _summary_bases(drafts)
    _breakdowns(text, low, drafts)
    _than_named_values(low, drafts, sents)
    than_named(text, drafts, lex)   # "on 14.3%, more votes than the Lib Dems": than_named.py
    back_comparisons(low, drafts)   # "That was more than the 170,000 forecast": back_comparisons.py
    planned_bases(low, drafts, sents)   # "2.3 million fewer than planned": planned_bases.py
    _definite_restatements(text, low, drafts)
    _restated_by_noun(text, low, drafts)
    _change_values_measure(low, drafts)
    _inherited_measures(low, drafts)
    _restated_periods(low, drafts, lex)
    _named_references(low, drafts)
    _exchange_rates(low, drafts)
    _wholes_and_parts(text, low, drafts, sents, lex)
    _later_vote_shares(drafts, low)
    referendum_sides(low, drafts)   # "51.9% backing Leave ... The Remain side took 48.1%"
    _later_share_list(drafts)
    _rest_of_shares(low, drafts)
    bracket_shares(text, drafts, sents)
    _verb_items(low, drafts, sents)
    part_shares(low, drafts)    # "Voluntary liquidations accounted for 80% of the total"
    _shares_of_named_wholes(text, low, drafts)
    period_sums(low, drafts)    # a year's quarters adding up to it: period_sums.py
    compared_totals(low, drafts)    # "73.6% ..., against 75.8%": compared_totals.py
    _named_gaps_and_sums(low, drafts)
    _implied_and_records(low, drafts)
    elided_units(low, drafts)   # (again, once changes are read)
    _rests(low, drafts, sents)
    _earlier_values(low, drafts)
    # "grew by 32.7 million ... It rose from 248.7 million to 281.4 million": the moves
    # ``_earlier_values`` found, after the amount the sentence before gave (across.py)
    changes_then_their_moves(low, drafts, sents)
    # "That compared with 45,774 in 2022, ..., a fall of 16,337": compared_openings.py
    changes_after_compared_opening(low, drafts, sents, _COMPARE_OPEN)
    # "... up from 61.6 million in 2022. It had gained 17.6 million passengers": later_gains.py
    gains_after_their_levels(low, drafts, sents, _daily_loss_measures())
    # "posted a 14 per cent rise in ... profit. ... £1.05 billion, compared with £919.7
    # million": earlier_percentages.py
    percentages_before_their_levels(low, drafts, sents)
    multiples_back(low, drafts)     # "The figure is 60 times that of ...": multiples_back.py
    rate_averages(low, drafts)      # "153,336 acres ..., about 9,000 acres a day": rate_averages.py
    averages_ahead(low, drafts)     # "averaged about 81 a day. ... 29,437 ... 365 days": averages_ahead.py
    _amounts_across_sentences(low, drafts, sents)
    _restated_changes(low, drafts)
    # "That was down 4.7% from 5,848,534, a fall of 272,588": amounts_beside_percent.py
    amounts_beside_percent_changes(low, drafts, sents)
    _amounts_in_words(low, drafts, lex)
    _appositive_breakdowns(text, drafts, sents)
    clause_breakdowns(low, drafts, sents)
    _age_groups(low, drafts)
    _implausible_wholes(low, drafts)
    _overlapping_shares(low, drafts)
    _unwritten_wholes(low, drafts)  # shares of a whole no figure gives; firms' market shares
    _rates_are_no_sums(low, drafts)     # "5.9 deaths per 1,000 live births"
    _ranks_and_moves(low, drafts)
    _last_readings(low, drafts)
    return drafts


def _last_readings(low: str, drafts: list[dict[str, Any]]) -> None:
    """The readings of ``relate`` made once every relation is set."""
    dropped_zeros(low, drafts)      # "fell to 7% from 7.3%": the 7% to a tenth (dropped_zeros.py)
    relative_subjects(low, drafts)  # "driven by containers, which ... 102.7 million tonnes"


def _shares_of_wholes(low: str, drafts: list[dict[str, Any]]) -> None:
    """Shares of a whole the text gives: "12,000 of its 42,000 jobs, nearly 30%"
    (of_whole_shares.py) and "223 were late. That is about one in seven" (named_shares.py)."""
    of_whole_shares(low, drafts)
    shares_the_part_before_is(low, drafts)


def _unwritten_wholes(low: str, drafts: list[dict[str, Any]]) -> None:
    """Shares of a whole no figure gives: a common whole (common_wholes.py) and the market
    the firms' shares said apart are of (market_share_groups.py)."""
    unstated_common_wholes(low, drafts)
    market_share_groups(low, drafts)


def _amounts_across_sentences(low: str, drafts: list[dict[str, Any]],
                              sents: list[list[int]]) -> None:
    """Amounts of ``relate`` that work between figures of neighbouring sentences (everyday95)."""
    extra_amounts(low, drafts, sents)   # "rose to £221.20 ... it was £203.85 ... an extra £17.35"
    part_sum_shares(low, drafts, sents)     # "The five accounted for more than half of the growth"
    point_moves(low, drafts, sents)     # "closed down 1.9%. The 135.96-point drop left the FTSE at"


def _wholes_and_parts(text: str, low: str, drafts: list[dict[str, Any]],
                      sents: list[list[int]], lex: Any) -> None:
    """The totals, parts and lists of ``relate``: wholes stated before or after their parts,
    joint totals, tables, alliances and a group's brands."""
    _totals_and_lists(text, low, drafts, sents)
    named_members_totals(low, drafts, sents)
    lists_after_total(low, drafts, sents)
    _portions_after_a_count(low, drafts, sents)
    # "Of that, 1.8m tonnes, or 7.2%, ... Almost half, 12.1m tonnes or 49.1%, ...": share_portions.py
    portions_beside_their_shares(low, drafts, sents)
    shares_after_their_parts(low, drafts, sents)    # "1,501,043 of them, one in eight"
    _the_rest_after_portions(low, drafts, sents)
    rests_after_more_parts(low, drafts, sents)  # "... The Conservatives took 8 and the remaining 3"
    relate_parts_across(low, drafts, sents)
    _parts_after_total(low, drafts, sents)
    _parts_the_total_includes(low, drafts, sents)
    _total_after_list(low, drafts, sents)
    # "X won 1,541 votes ... UKIP took 260 and Labour 106, out of 3,361 cast": summed_vote_totals.py
    summed_vote_totals(low, drafts, sents)
    # "$307m overseas, for a worldwide debut of $476m" (complements.py), before joint figures
    complement_totals(low, drafts)
    _joint_total(low, drafts, sents)
    joint_totals_ahead(low, drafts, sents)  # "The two fires burned 250,000 acres between them."
    apposed_sums(low, drafts)   # "38% and 9%, together 47%": apposed_sums.py
    held_by_lists(low, drafts)  # "The council's 74 seats are now held by 28 ...": held_by_lists.py
    # "- Anglian Water: 273,163 hours (89,514)" ... "- Total: 3,606,170 hours": table_lines.py
    table_totals(text, low, drafts)
    named_joint_totals(low, drafts)
    counted_joint_totals(low, drafts, grammar().cardinals)
    counted_sums(low, drafts, grammar().cardinals)  # "..., a combined 177,000 in the four industries"
    # "With the 56 seats of its ally, the BJP will hold 161": alliances.py
    allied_totals(text, low, drafts)
    possessive_multiples(low, drafts)
    elliptic_gaps(low, drafts)
    _items_of_a_whole(low, drafts, sents)
    _wholes_across_sentences(text, low, drafts, lex, sents)
    _places_of_total(text, low, drafts)
    _places_of_a_country(low, drafts)
    _parts_of_an_owners_whole(low, drafts)
    part_lists(low, drafts)     # a group's brands a paragraph after its total: part_lists.py
    brand_parts(low, drafts, sents)     # brands of a group's whole: brand_parts.py
    portions_of_them(low, drafts, sents)    # "..., 4,500 of them remain": postposed_portions.py


# a loss counted out of what was held: "lost 23 of their 107 seats", "cut 300 of its 2,000 jobs"
_LOST_BEFORE = re.compile(r"\b(?:lost|loses?|losing|shed|sheds|shedding|cut|cuts|cutting|gave[ \u00a0]+up|"
                          r"gives?[ \u00a0]+up|giving[ \u00a0]+up|forfeited)[ \u00a0]+"
                          r"(?:(?:about|some|nearly|almost|roughly)[ \u00a0]+)?$")
# ... and the holding it left: ", ending with 84", ", leaving them with 84", ", down to 84"
_LEFT_WITH = re.compile(r"[ \u00a0]*(?:[a-z][\w’'-]*[ \u00a0]*){0,2}?,?[ \u00a0]*(?:(?:and[ \u00a0]+)?"
                        r"(?:end(?:ed|ing|s)?[ \u00a0]+(?:up[ \u00a0]+)?with|"
                        r"(?:leaving|left)(?:[ \u00a0]+(?:it|them|him|her|the[ \u00a0]+[a-z]+))?"
                        r"[ \u00a0]+with|down[ \u00a0]+to|to[ \u00a0]+(?:just[ \u00a0]+)?))[ \u00a0]+$")


def _lost_of_a_whole(low: str, drafts: list[dict[str, Any]]) -> None:
    """"The Moderates lost 23 of their 107 seats, ending with 84": a count lost out of the
    holding it is counted in ("N of their M", read as a part of its whole) is a fall from that
    holding to the one the words after it leave; wrong-arithmetic judges it."""
    for i in range(len(drafts) - 2):
        a, w, x = drafts[i], drafts[i + 1], drafts[i + 2]
        if a.get("role") != "of_whole" or a.get("group") != i + 1 or not a["value"] or \
                x["sentence"] != a["sentence"] or x["unit"] != a["unit"] or \
                x.get("role") is not None or x["value"] is None or \
                _LOST_BEFORE.search(low, max(a["sentence"][0], a["start"] - 30), a["start"]) is None \
                or _LEFT_WITH.fullmatch(low, w["end"], x["start"]) is None:
            continue
        a["role"], a["group"] = "change", None
        a["extra"].append(("change", {"kind": "absolute", "amount": float(a["value"]),
                                      "direction": "down", "from": i + 1, "to": i + 2}))


def _named_gaps_and_sums(low: str, drafts: list[dict[str, Any]]) -> None:
    """Gaps and sums named by words once compared and expected values are read: an outturn
    against its forecast ("the outturn was £1.5bn above its forecast": forecast_gaps.py), a
    balance of two sides ("so the population will fall by 512,000", "a shortfall of":
    balances.py), a whole said together after its parts ("Together that takes the total ...
    to 63,596": together_sums.py; "giving the centre-left bloc 75 seats": bloc_sums.py; the
    joint amount of changes, "Together the revisions took 110,000 jobs off": change_sums.py),
    two portions that split a whole between two sides
    ("90 were in the placebo group and 5 in the group given the vaccine": complete_splits.py),
    a cost worked out from a price per unit ("163.7p a litre ... filling a 55-litre car
    costs £90.04": unit_costs.py), and a margin to a mark ("39 short of the 76 needed", "with
    85 to spare": spare_margins.py)."""
    forecast_gaps(low, drafts)
    balances(low, drafts)
    together_sums(low, drafts)
    bloc_sums(low, drafts)      # "... and the Greens 10, giving the left bloc 75": bloc_sums.py
    makes_sums(low, drafts)     # "... and Kansas 5.8 million. That makes 23.4 million": makes_sums.py
    change_sums(low, drafts)    # "Together the revisions took 110,000 jobs off": change_sums.py
    complete_splits(low, drafts)
    scope_splits(low, drafts)   # "Full-time jobs rose 11,500 ... and part-time jobs 5,900": scope_splits.py
    all_but_rests(low, drafts)  # "All but one of the 155 ... the 154 dead": all_but.py
    rest_counts(low, drafts)     # "every one of the 153 ... except a girl": rest_counts.py
    unit_costs(low, drafts)     # "163.7p a litre ... filling a 55-litre car, £90.04": unit_costs.py
    spare_margins(low, drafts)  # "39 short of the 76 needed", "with 85 to spare": spare_margins.py


def _ranks_and_moves(low: str, drafts: list[dict[str, Any]]) -> None:
    """The last passes of ``relate``, once every level is read: years set against another
    year's figure (years_against.py), a tally's counts kept as its portions (tallies.py),
    places in a ranking ("second with 16.1 million": ranks.py), changes since a time ("it has since grown by 3 million",
    "rose by 90 in a week, from 465": since.py), levels a verb says moved (moves.py), the
    ends of expected ranges, and "the remaining 6" after a whole's other parts
    (rest_of_parts.py)."""
    years_against(low, drafts)  # "Both years were well below 2015, when ...": years_against.py
    kept_tallies(drafts)        # a tally's counts stay its portions: tallies.py
    rank_orders(low, drafts)
    since_changes(low, drafts)
    from_only_changes(low, drafts)
    year_before_changes(low, drafts)    # "..., so it was 0.1 points lower than a year earlier"
    moved_levels(low, drafts)
    move_chains(low, drafts)    # "cut to 3.60%, after a cut to 3.85% in May and to 4.10% in ..."
    thresholds_passed(low, drafts)  # "7.52 million, passing 7.5 million": thresholds.py
    # "a 7.8 earthquake, followed by a smaller second quake of magnitude 7.5"
    comparative_sizes(low, drafts)  # comparative_sizes.py
    sides_of_named(low, drafts)     # "97 micrograms, far above that limit": thresholds.py
    point_levels(low, drafts)   # "cut by a quarter point to 4.5%" from a level said apart
    point_moves_from_a_level(low, drafts)   # "to 175 basis points, from the peak of 5.5%"
    _expected_range_ends(low, drafts)
    _expected_coordinates(low, drafts)
    rests_of_parts(low, drafts)     # "... and the remaining 6": the whole less the others
    rests_left_over(low, drafts)    # "..., leaving two for others": the whole less the others
    rests_that_leave(low, drafts)   # ". That leaves four seats for independents": the same


def _totals_and_lists(text: str, low: str, drafts: list[dict[str, Any]],
                      sents: list[list[int]]) -> None:
    """Totals, parts and lists, per sentence (a total may stand in the sentence before):
    portions of a total and their shares first, then the lists of coordinated figures."""
    alone_portions(text, drafts, sents)     # "almost 4 million in China alone": sub_portions.py
    for k, idxs in enumerate(sents):
        _of_the_total(text, low, drafts, idxs, sents[k - 1] if k else [])
        if (semi := _included_after_semicolon(low, drafts, idxs)) is not None:
            # "Officials said 179 people died; the dead included 82 men and 97 women"
            _of_the_total(text, low, drafts, idxs[semi[1]:], idxs[:semi[1]], semi[0])
        portion_shares(low, drafts, idxs)
    used_group: set[int] = set()
    gcount = 0
    for k, idxs in enumerate(sents):
        gcount = _lists(text, drafts, idxs, gcount, used_group, sents[k - 1] if k else [])


@lru_cache(maxsize=1)
def _rate_base_after() -> re.Pattern[str]:
    """rules/vocab/rates.yaml ``rate_base_after``."""
    return re.compile(str(vocab.load("rates.yaml")["rate_base_after"]))


def _rates_are_no_sums(low: str, drafts: list[dict[str, Any]]) -> None:
    """A rate on a base ("5.9 deaths per 1,000 live births") is no sum of parts: the states'
    rates after it ("Mississippi had the highest rate, 9.08 deaths per 1,000 live births, ahead
    of Alabama at 8.52") are no portions of it, nor is a rate a portion of a count."""
    pat = _rate_base_after()
    rated = {i for i, d in enumerate(drafts) if pat.match(low, d["end"])}
    if not rated:
        return
    for i, d in enumerate(drafts):
        if d.get("role") in ("portion", "part") and isinstance(d.get("group"), int) and \
                (d["group"] in rated or i in rated):
            d["role"], d["group"] = None, None


_EXPECTED_RANGE_TO = re.compile(r"[ \u00a0]*(?:to|-|\u2013)[ \u00a0]*")


def _expected_range_ends(low: str, drafts: list[dict[str, Any]]) -> None:
    """The upper end of an expected range is expected too: "raised its guidance for the year
    to $5.25 to $5.35 a share" (the $5.35 is no level of the quarter's earnings to restate)."""
    for a, b in zip(drafts, drafts[1:]):
        if a.get("role") == "expected" and b.get("role") is None and a["unit"] == b["unit"] \
                and a["sentence"] == b["sentence"] and \
                _EXPECTED_RANGE_TO.fullmatch(low, a["end"], b["start"]):
            b["role"] = "expected"


# an object coordinated with an earlier one under the same verb: "... and revenue of " (not a
# new clause with its own subject or verb: "and it reported revenue of")
_AND_OBJECT_OF = re.compile(
    r",?[ \u00a0]*\band[ \u00a0]+(?:(?!(?:it|they|he|she|we|the|its|their|was|were|is|are|has|had|"
    r"have|reported|posted|earned|made|said|delivered|booked)\b)[a-z][\w-]*[ \u00a0]+){1,3}"
    r"of[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+)?$")
# the verb that makes its objects expected: "Analysts had expected earnings of "
_EXPECTING_OBJECT = re.compile(
    r"\b(?:expected|expecting|forecast|forecasting|predicted|predicting|estimated|projected|"
    r"pencilled[ \u00a0]+in)[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){1,3}?(?:of|at)[ \u00a0]+"
    r"(?:about[ \u00a0]+|around[ \u00a0]+)?$")


def _expected_coordinates(low: str, drafts: list[dict[str, Any]]) -> None:
    """The second object of an expecting verb is expected too: "Analysts had expected earnings
    of $2.50 a share and revenue of $28.90 billion" (the $28.90 billion is no revenue to
    restate). Only when the first is that verb's own object and no figure stated as a level
    stands between them."""
    for k, d in enumerate(drafts):
        # (the cue is read in the 80 characters before the figure, the first object among the
        # sentence's 12 figures before it: a long sentence is not read again for each figure)
        if d.get("role") is not None or \
                not _AND_OBJECT_OF.search(low, max(d["sentence"][0], d["start"] - 80), d["start"]):
            continue
        same = list(takewhile(lambda j: drafts[j]["sentence"] == d["sentence"],
                              range(k - 1, max(-1, k - 13), -1)))
        firsts = [j for j in reversed(same) if drafts[j].get("role") == "expected"]
        if not firsts or any(drafts[i].get("role") is None for i in range(firsts[0] + 1, k)):
            continue
        if any(_EXPECTING_OBJECT.search(low, max(d["sentence"][0], drafts[j]["start"] - 60),
                                        drafts[j]["start"]) for j in firsts):
            d["role"] = "expected"


# an amount of money's unit: an ISO currency code (units.currency_definitions)
_ISO_CODE = re.compile("[A-Z]{3}")
# the count's noun and the comma before its split: "339 cases, "
# (its noun's words, up to three, or up to eight that say where and when with no verb among
# them: "9,891 people in emergency accommodation in Ireland in July, 6,024 adults and 3,867
# children", everyday98)
_NOUN_COMMA = re.compile(r"(?:(?:[ \u00a0]+[a-z][\w-]*){0,3}|(?:[ \u00a0]+(?!(?:was|were|is|are|"
                         r"has|have|had|be|been|said|says|will|would|which|who|that|while|but|"
                         r"and|or)\b)[a-z][\w'\u2019-]*){4,8})[ \u00a0]*,[ \u00a0]*")


def _appositive_breakdowns(text: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """A count split right after it, in apposition, by words that name its kinds ("The outbreak
    stands at 339 cases, 301 confirmed and 38 probable, and 212 deaths"): the figures of the
    split are its parts, which may not add up to more, whatever list the sentence's figures
    were first read as (the deaths after the split are no part)."""
    low = text.lower()
    label = breakdown_re()
    for idxs in sents:
        for p, t in enumerate(idxs[:-2]):
            d = drafts[t]
            # (a count names its measure; an amount of money is one by its unit: "had taken
            # $1.03 billion, $459 million at home and $572 million overseas")
            if (d.get("measure") is None and not _ISO_CODE.fullmatch(d["unit"])) or \
                    not d["value"] or d.get("role") not in (None, "item") \
                    or label.match(low, d["end"] + 1):
                continue    # ("40 dead, 31 injured and 15 missing": three kinds, one list)
            parts, q, after, last = [], p + 1, -1, ""
            while q < len(idxs):
                x = drafts[idxs[q]]
                lab = label.match(low, x["end"] + 1) if low[x["end"]:x["end"] + 1] == " " \
                    else None
                sep = low[after:x["start"]].strip() if parts else ","
                if x["unit"] != d["unit"] or not x["value"] or lab is None or \
                        sep not in (",", "and", ", and"):
                    break
                parts.append(idxs[q])
                q, after, last = q + 1, lab.end(), sep
                if sep != ",":
                    break
            if len(parts) < 2 or last == "," or \
                    not _NOUN_COMMA.fullmatch(low, d["end"], drafts[parts[0]]["start"]):
                continue
            old_group = drafts[parts[0]].get("group")
            d["role"], d["group"] = "total", None
            for j in parts:
                x = drafts[j]
                x["role"], x["group"] = "part", t
                x["measure"] = x.get("measure") if x.get("measure") == d["measure"] \
                    else d["measure"]
            for j in idxs:     # the rest of the list the sentence was read as stands alone
                x = drafts[j]
                if j != t and j not in parts and x.get("role") == "item" and \
                        x.get("group") == old_group:
                    x["role"], x["group"] = None, None


# a part this many times its whole was paired with the wrong whole (a region's 2.3 billion
# passengers with an airport's 88 million), not mistyped: no portion of that whole is kept
PART_WHOLE_MAX_RATIO = 10.0


# a portion's own share of the whole in brackets right after it: "503 (71%)"
_BRACKET_SHARE = re.compile(r"[ \u00a0]*\([ \u00a0]*(\d+(?:\.\d+)?)[ \u00a0]*%[ \u00a0]*\)")


def _overlapping_shares(low: str, drafts: list[dict[str, Any]]) -> None:
    """"Of the 704 cases, 503 (71%) were in unvaccinated people and 689 (98%) in US residents":
    portions of one whole whose own shares add up to more than 100% are traits that overlap,
    not a breakdown; each is checked against the whole alone (``own_axis``), never summed."""
    shares: dict[int, list[tuple[int, float]]] = {}
    for i, d in enumerate(drafts):
        w = d.get("group")
        if d.get("role") == "portion" and isinstance(w, int):
            m = _BRACKET_SHARE.match(low, d["end"])
            if m is not None:
                shares.setdefault(w, []).append((i, float(m.group(1))))
    for got in shares.values():
        if len(got) > 1 and sum(v for _, v in got) > 100.5:
            for k, (i, _) in enumerate(got):
                drafts[i]["extra"].append(("own_axis", k + 1))
    _portions_for_criteria(low, drafts)


# the criterion a portion is counted for, in its clause: "101 met the target for the first MMR
# dose", "68 for the 5-in-1 vaccine"
_FOR_CRITERION = re.compile(r"(?:[ \u00a0]+[a-z][\w-]*){0,3}?[ \u00a0]+for[ \u00a0]+"
                            r"(?:the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+|each[ \u00a0]+)?"
                            r"([\w-]+(?:[ \u00a0]+[a-z][\w-]*)?)")


# measures whose every unit is cast for one choice only: their portions "for" a side split the
# whole, they never overlap
_CHOSEN_FOR = frozenset({"votes"})


def _portions_for_criteria(low: str, drafts: list[dict[str, Any]]) -> None:
    """"Of 149 local authorities, 101 met the target for the first MMR dose and 68 for the
    5-in-1 vaccine": portions of one whole in one sentence, each counted for a criterion of
    its own, are counts that overlap (an authority may meet both targets), no breakdown; each
    is checked against the whole alone (``own_axis``), never summed. But votes "for" a side
    are cast for one side only: "Of the 33,551,983 valid votes, 17,410,742 were for Leave and
    16,141,241 for Remain" is a breakdown (``_CHOSEN_FOR``)."""
    groups: dict[int, list[tuple[int, str]]] = {}
    for i, d in enumerate(drafts):
        w = d.get("group")
        if d.get("role") != "portion" or not isinstance(w, int) or d["unit"] == "percent" or \
                drafts[w].get("measure") in _CHOSEN_FOR:
            continue
        m = _FOR_CRITERION.match(low, d["end"], _clause_end(low, d))
        groups.setdefault(w, []).append((i, m.group(1) if m is not None else ""))
    for got in groups.values():
        crits = [c for _, c in got]
        if len(got) > 1 and all(crits) and len(set(crits)) == len(crits) and \
                len({drafts[i]["sentence"] for i, _ in got}) == 1:
            for k, (i, _) in enumerate(got):
                if not any(key == "own_axis" for key, _ in drafts[i]["extra"]):
                    drafts[i]["extra"].append(("own_axis", f"for{k + 1}"))


def _implausible_wholes(low: str, drafts: list[dict[str, Any]]) -> None:
    """Portions read across sentences are paired with the nearest earlier whole of their
    measure; when one of them is more than ``PART_WHOLE_MAX_RATIO`` times that whole, the
    pairing is wrong, and the portions of that whole are read as figures of their own (but a
    count of an age group stays a portion, of no whole: "Forty-nine of the confirmed cases
    are children aged 1 to 10" after "Two new suspected cases")."""
    wrong = set()
    for d in drafts:
        w = d.get("group")
        if d.get("role") != "portion" or not isinstance(w, int) or not 0 <= w < len(drafts):
            continue
        whole = drafts[w]
        if d["value"] and whole["value"] and d["unit"] == whole["unit"] and \
                float(d["value"]) > PART_WHOLE_MAX_RATIO * float(whole["value"]):
            wrong.add(w)
    for i, d in enumerate(drafts):
        if d.get("role") == "portion" and d.get("group") in wrong:
            w = d["group"]
            d["role"] = "portion" if _AGED_GROUP.match(low, d["end"], _clause_end(low, d)) \
                else None
            d["group"] = None
            if any(k == "of_them" for k, _ in d["extra"]):
                _them_further_back(drafts, i, w)


def _them_further_back(drafts: list[dict[str, Any]], i: int, wrong: int) -> None:
    """"The outbreak centred on Gaines County, which has spread to four states, accounts for
    at least 950 of them": "them" cannot be the four states, a part being no more than its
    whole; they are the nearest count before, in this sentence or the two before, that may
    hold the portion (within ``PART_WHOLE_MAX_RATIO``): "1,281 measles cases" (everyday72).
    A portion that no such count may hold stays a figure of its own."""
    d = drafts[i]
    seen = {d["sentence"]}
    for j in range(i - 1, -1, -1):
        x = drafts[j]
        seen.add(x["sentence"])
        if len(seen) > 3 or x.get("section") != d.get("section"):
            return
        if j == wrong or x["unit"] != d["unit"] or not x["value"] or \
                x.get("role") not in (None, "total", "update") or \
                float(d["value"]) > PART_WHOLE_MAX_RATIO * float(x["value"]):
            continue
        d["role"], d["group"] = "portion", j
        if d.get("measure") in (None, drafts[wrong].get("measure")):
            d["measure"] = x.get("measure")
        return


# "up from 15 points a month earlier": the figure after it is an earlier value
_UP_FROM = re.compile(r"\b(?:up|down|higher|lower|rose|fell|risen|fallen|increased|decreased|"
                      r"climbed|dropped|grew|jumped|slipped|eased)[ \u00a0]+from[ \u00a0]+"
                      r"(?:(?:about|around|nearly|almost|some|just)[ \u00a0]+)?$")


def _earlier_values(low: str, drafts: list[dict[str, Any]]) -> None:
    """The earlier values of moves the text states with no amount (``_up_from_values``,
    ``_verb_from_to``), the prior year's in brackets (``_prior_year_brackets``), and a base
    year's level the story gives elsewhere ("1.9% more than in 2019": base_years.py)."""
    _up_from_values(low, drafts)
    _verb_from_to(low, drafts)
    _prior_year_brackets(low, drafts)
    changes_against_base_years(low, drafts)
    changes_from_the_period_before(low, drafts)     # prior_periods.py


# a prior year's value in brackets right after a figure, as company results write it:
# "£58.5m (2001: £52.0m)", "56.67p (2015: 70.73p)", "(2022/23: £1.2bn)"
_PRIOR_OPEN = re.compile(r"[ \u00a0]*\([ \u00a0]*(?:fy[ \u00a0]*)?(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?"
                         r"[ \u00a0]*:[ \u00a0]*")
_PRIOR_CLOSE = re.compile(r"[ \u00a0]*\)")
# the text saying its brackets hold an earlier period's figures: "(2011 in brackets)",
# "(last year's figures in brackets)", "figures for 2022 in brackets"
_BRACKETS_SAID = re.compile(r"\b(?:(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?|last[ \u00a0]+year|"
                            r"a[ \u00a0]+year[ \u00a0]+(?:earlier|ago|before)|the[ \u00a0]+"
                            r"(?:previous|prior)[ \u00a0]+year|prior[ \u00a0]+year)(?:['’]s)?"
                            r"(?:[ \u00a0]+(?:figures?|numbers?|results?|comparatives?))?"
                            r"[ \u00a0]+in[ \u00a0]+(?:brackets|parentheses)\b")
_BARE_OPEN = re.compile(r"[ \u00a0]*\([ \u00a0]*")
# an amount of change right after the bracket: "(2001: £52.0m), up 12.4%", ", an increase of"
_AMOUNT_AFTER_BRACKET = re.compile(r"[ \u00a0]*\)[ \u00a0]*,?[ \u00a0]*(?:up|down|an?[ \u00a0]+"
                                   r"(?:increase|rise|fall|drop|decrease|decline)[ \u00a0]+of"
                                   r")?[ \u00a0]*(?:by[ \u00a0]+)?$")


def _prior_year_brackets(low: str, drafts: list[dict[str, Any]]) -> None:
    """"Profit before tax of £58.5m (2001: £52.0m), up 12.4%", "rose 13.6% to £63.8m (2001:
    £56.1m)": the bracketed figure is the earlier value the level is compared with, never a
    level to restate; an amount of change that runs to the level with no earlier value, or
    stands right after the bracket with no values, is the change between the two. After the
    text says so ("Key figures (2011 in brackets):"), a bare bracket holds the earlier value
    too ("Revenue: £1,583m (£1,396m)")."""
    said = _BRACKETS_SAID.search(low)
    for i in range(1, len(drafts)):
        a, b = drafts[i - 1], drafts[i]
        if a["sentence"] != b["sentence"] or a["unit"] != b["unit"] or \
                a["value"] is None or b["value"] is None or \
                b.get("role") not in (None, "compared") or \
                not (_PRIOR_OPEN.fullmatch(low, a["end"], b["start"]) or (
                    said is not None and a["start"] > said.end() and
                    _BARE_OPEN.fullmatch(low, a["end"], b["start"]))) or \
                not _PRIOR_CLOSE.match(low, b["end"]):
            continue
        b["role"] = "compared"
        for j in (i - 2, i + 1):
            if not 0 <= j < len(drafts) or drafts[j]["sentence"] != a["sentence"]:
                continue
            ch = next((v for k, v in drafts[j]["extra"] if k == "change" and isinstance(v, dict)),
                      None)
            if ch is None or ch.get("from") is not None or \
                    ch.get("to") not in (None, i - 1) or ch.get("kind") not in ("percent",
                                                                            "absolute"):
                continue
            if ch.get("to") is None and (j != i + 1 or not _AMOUNT_AFTER_BRACKET.fullmatch(
                    low, b["end"], drafts[j]["start"])):
                continue
            if ch["kind"] == "absolute" and drafts[j]["unit"] != a["unit"]:
                continue
            ch.update({"from": i, "to": i - 1})


def _up_from_values(low: str, drafts: list[dict[str, Any]]) -> None:
    """A figure right after "up from", "fell from" is the earlier value of a change even when
    the sentence gives no new value ("Labour's lead was up from 15 points a month earlier"),
    and so is every figure of a sentence that opens by saying the story's figures compare with
    it ("These results compare with revenue of $43.6 billion ... a year ago", "That compares
    with a profit of $185 million, or 38 cents a share"): compared with, never a level to
    restate."""
    for d in drafts:
        # (a list's item too: "Deaths among motorcyclists rose from 339, and 65 people died")
        if d.get("role") in (None, "item") and d["value"] is not None and (
                _UP_FROM.search(low, max(d["sentence"][0], d["start"] - 30), d["start"]) or
                _HELD_BEFORE.search(low, max(d["sentence"][0], d["start"] - 30), d["start"]) or
                _COMPARE_OPEN.match(low, d["sentence"][0], d["start"])):
            d["role"] = "compared"


# a verb of direction right before "from A": "falling from 18.8 to 17.4", "climbing from 9.93%
# in 2017 to 10.02%" (group 1), and the words from A to its new value B
_VERB_FROM = re.compile(r"\b(rose|risen|rising|climbed|climbing|jumped|jumping|increased|"
                        r"increasing|grew|growing|gained|soared|surged|rebounded|went[ \u00a0]+up|"
                        r"fell|fallen|falling|dropped|dropping|declined|declining|decreased|"
                        r"decreasing|slipped|slid|sank|tumbled|plunged|eased|dipped|shrank|"
                        r"shrinking|went[ \u00a0]+down|"
                        # (a rate's pace: "slowing from 3.3% ... to 2.2%")
                        r"slowed|slowing|cooled|cooling|easing|moderated|moderating|"
                        r"accelerated|accelerating|quickened|quickening)"
                        r"[ \u00a0]+(?:back[ \u00a0]+)?from[ \u00a0]+"
                        r"(?:(?:about|around|nearly|almost|some|just|roughly)[ \u00a0]+)?$")
_FROM_A_TO_B = re.compile(r"(?:[ \u00a0]+(?:in|on|during|at|for|by)(?:[ \u00a0]+[\w’'-]+){1,6}?)?"
                          r"[ \u00a0]+to[ \u00a0]+"
                          r"(?:(?:about|around|nearly|almost|some|just|roughly)[ \u00a0]+)?")
# (the direction words of "17.4, up from 18.8", with the verbs' -ing forms)
_UP_VERBS = _UP_WORDS | {"climbing", "jumping", "increasing", "growing", "went up", "accelerated",
                         "accelerating", "quickened", "quickening"}


def _verb_from_to(low: str, drafts: list[dict[str, Any]]) -> None:
    """"The teen birth rate fell from 18.8 to 17.4": a move from one level to another with no
    amount said; the earlier value is compared with, and the verb's direction is checkable
    (``direction`` on it, as for "17.4, down from 18.8")."""
    for i in range(1, len(drafts)):
        a, b = drafts[i - 1], drafts[i]
        if a["sentence"] != b["sentence"] or a["unit"] != b["unit"] or \
                a.get("role") not in (None, "compared") or b.get("role") is not None or \
                any(k == "direction" for k, _ in a["extra"]) or \
                a["value"] is None or b["value"] is None or \
                not _FROM_A_TO_B.fullmatch(low, a["end"], b["start"]):
            continue
        m = _VERB_FROM.search(low, max(a["sentence"][0], a["start"] - 40), a["start"])
        if m is None:
            continue
        a["role"] = "compared"
        a["extra"].append(("direction", {"to": i,
                                         "up": " ".join(m.group(1).split()) in _UP_VERBS}))


# what was held before the story's moment: "It had held 46 seats after the 2012 election",
# "the party previously held 12": an earlier value, not the level the story reports
_HELD_BEFORE = re.compile(r"\b(?:had[ \u00a0]+(?:previously[ \u00a0]+)?(?:held|controlled|had)|"
                          r"previously[ \u00a0]+(?:held|controlled|had))[ \u00a0]+"
                          r"(?:(?:about|around|nearly|almost|some|just|only)[ \u00a0]+)?$")


# a sentence that opens on the figures before it being compared with its own: "These results
# compare with ...", "That compared with ...", "This compares to ..."
_COMPARE_OPEN = re.compile(r"\W*(?:that|this|these|those|it|they|the\s+(?:results|figures|"
                           r"numbers|figure|total|number|tally|count))(?:\s+(?:results|figures|numbers))?\s+(?:compares?|"
                           r"compared)\s+(?:with|to)\b")


# a breakdown line of a list: "- 1 to 10 years: 49 cases", "Texas: 309" (the label before
# the colon names the part the line's figure counts)
_LABEL_LINE = re.compile(r"[ \t]*(?:[-•*–][ \t]*)?([^:\n]{1,40}?):[ \t]*(?:about[ \t]+|some[ \t]+)?$")
# a figure inside such a label ("1 to 10 years" of "- 1 to 10 years: 49 cases")
_IN_LABEL = re.compile(r"(?:[ \t]+[A-Za-z]+)?[ \t]*:[ \t]*\S")
# "the other seven cases", "the remaining 12"
# "the other 140,000", "another 2,934": the words right before a figure that make it the rest
# of a count (not "went the other way, rising 7%"; _THE_OTHER below opens a sentence)
_THE_OTHER_BEFORE = re.compile(r"\b(?:the\s+(?:other|remaining)|another|the\s+rest,?)\s+"
                               r"(?:(?:about|some|nearly|almost)\s+)?$")
# a count restricted to some people: "four probable cases in people with exposure ...", "Six
# cases were found in people who said ..."
_RESTRICTED = re.compile(
    r"(?:[ \u00a0]+[a-z-]+){0,3}?[ \u00a0]+(?:(?:were|was|are|is|have\s+been|had\s+been)[ \u00a0]+)?"
    r"(?:(?:found|reported|confirmed|recorded|diagnosed|seen|identified)[ \u00a0]+)?(?:in|among)"
    r"[ \u00a0]+(?:people|persons|patients|children|adults|those|individuals|residents|students|"
    r"infants|babies|women|men|travell?ers|visitors|workers)[ \u00a0]+(?:who|with|that|whose|aged|"
    r"under|over|ages)\b")


# a count of an age group, in its own clause: "15 are aged 11 to 18", "Forty-nine of the
# confirmed cases are children aged 1 to 10", "12 were under the age of five"
_AGED_GROUP = re.compile(r"(?:[ \u00a0]+[a-z-]+){0,6}?[ \u00a0]+(?:aged|ages)[ \u00a0]+(?:\d|between|under|"
                         r"over|[a-z]+[ \u00a0]+(?:to|and)\b)|(?:[ \u00a0]+[a-z-]+){0,4}?[ \u00a0]+(?:under|"
                         r"over)[ \u00a0]+the[ \u00a0]+age[ \u00a0]+of\b")
_CLAUSE_STOP = re.compile(r"[,;:.()]")
# the words before an age itself ("aged 19 to 29", "ages 5 to 19"): the figure counts nobody
_AGE_BEFORE = re.compile(r"\b(?:aged|ages|age)[ \u00a0]+$")


def _clause_end(low: str, d: dict[str, Any]) -> int:
    """Where the clause of the figure ``d`` ends after it (the next comma or stop, at most 90
    characters on, within its sentence)."""
    stop = min(d["sentence"][1], d["end"] + 90)
    m = _CLAUSE_STOP.search(low, d["end"], stop)
    return m.start() if m else stop


@lru_cache(maxsize=1)
def _time_label() -> re.Pattern[str]:
    """A month's name (dates.yaml) or a year in a line's label: the label says when."""
    months = "|".join(sorted((re.escape(m) for m in month_names()), key=len, reverse=True))
    return re.compile(r"(?<![a-z])(?:" + months + r")(?![a-z])|\b(?:19|20)\d\d\b")


def _a_label(text: str, ls: int, label: str) -> bool:
    """Whether the words before a line's colon label a part: a short name or bracket ("Texas",
    "1 to 10 years"), never a clause ("Twelve vehicles were destroyed") nor what the figure
    counts or when ("- Russian personnel losses: 700,390", "- Also reported: 15 tanks",
    "Jan–Mar 2025: 125,680 Russian troops")."""
    words = label.split()
    if not words or len(words) > 5 or _time_label().search(label.lower()):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("to", "and", "of", "the",
                                                                     "years", "aged", "ages")
               for w in words)


def _breakdowns(text: str, low: str, drafts: list[dict[str, Any]]) -> None:
    """Figures of a breakdown are parts, not restatements: a list line's figure is of its
    label ("- 1 to 10 years: 49 cases": the subject gains " / 1 to 10 years", and the label's
    own figure is no claim of the story), "Of the confirmed cases, 59 were not immunized",
    "the other seven cases" and a count restricted to some people ("six cases were found in
    people who said ...") are portions."""
    for i, d in enumerate(drafts):
        if d["value"] is None:
            continue
        ls = text.rfind("\n", 0, d["start"]) + 1
        lm = _LABEL_LINE.fullmatch(text, ls, d["start"])
        if lm is not None and d.get("measure") is not None and d.get("_noun") is not None and \
                _a_label(text, ls, lm.group(1)):
            # (a line whose label names the measure, "- Tanks: 4", is no part: the figure
            # names nothing after it)
            name_part(d, " ".join(lm.group(1).lower().split()))
            continue
        if text[ls:d["start"]].strip(" \t-•*–") == "" and _IN_LABEL.match(text, d["end"]):
            d["role"] = "label"     # "1 to 10 years" of "- 1 to 10 years: 49 cases"
            continue
        if d.get("role") is not None:
            continue
        ss = d["sentence"][0]
        if _THE_OTHER_BEFORE.search(low, max(ss, d["start"] - 24), d["start"]) or \
                _RESTRICTED.match(low, d["end"], min(d["sentence"][1], d["end"] + 90)):
            d["role"] = "portion"
    # "Of the new homes, 212,600 were newly built": a portion of the homes given before
    portions_of_named_wholes(low, drafts)


def _age_groups(low: str, drafts: list[dict[str, Any]]) -> None:
    """A count of an age group in its own clause ("15 are aged 11 to 18") that no breakdown
    took as its part is a portion of its count, never that count restated (an age itself,
    "aged 19 to 29", counts nobody)."""
    for d in drafts:
        if d.get("role") is None and d["value"] is not None and \
                _AGED_GROUP.match(low, d["end"], _clause_end(low, d)) and \
                not _AGE_BEFORE.search(low, max(d["sentence"][0], d["start"] - 12), d["start"]):
            d["role"] = "portion"


def _rest_of_shares(low: str, drafts: list[dict[str, Any]]) -> None:
    """"BHP owns 57.5% of the mine and Rio Tinto 30%; two Japanese groups hold the remaining
    12.5%": a percentage that is the rest ("the remaining", "the other") after shares of one
    whole given just before it in its sentence is one more share of that whole, which
    shares-over-100 sums (run once shares are grouped)."""
    for k, d in enumerate(drafts):
        if d["unit"] != "percent" or d.get("role") not in (None, "portion") or \
                d.get("group") is not None or not _THE_OTHER_BEFORE.search(
                    low, max(d["sentence"][0], d["start"] - 24), d["start"]):
            continue
        prev = next((x for x in reversed(drafts[max(0, k - 6):k]) if x["unit"] == "percent"),
                    None)
        if prev is not None and prev.get("role") == "share" and \
                prev.get("group") is not None and prev["sentence"] == d["sentence"]:
            d["role"], d["group"] = "share", prev["group"]


# a clause that puts a figure on another basis than the story's plain one: "Not counting
# certain one-time items, the profit increased 20 percent to $2.7 billion", "Excluding tax
# benefits, it earned 80 cents a share", "On an adjusted basis, ..."
_BASIS_OPEN = re.compile(r"\W*(?:excluding|not\s+counting|stripping\s+out|leaving\s+(?:out|aside)|"
                         r"setting\s+aside|adjusted\s+for|on\s+an?\s+(?:adjusted|"
                         r"underlying|like-for-like|comparable|constant[- ]currency|organic)\s+"
                         r"basis|at\s+constant\s+(?:currency|currencies|exchange\s+rates)|"
                         r"in\s+constant\s+currency)\b[^.;:,]{0,80},")


# a measure's noun with its basis before it: "adjusted earnings per share", "underlying profit"
_BASIS_NOUN = re.compile(r"\b(?:adjusted|underlying|like-for-like|non-gaap|pro[- ]forma|"
                         r"organic)[ \u00a0]+(?:(?:net|operating|pre-?tax|pretax|core|"
                         r"diluted)[ \u00a0]+)?(?:earnings|profits?|income|revenues?|sales|"
                         r"ebitda|ebit|eps|operating)\b")


# a clause that sets or changes a forecast before its figures: "lifted its full-year revenue
# forecast by $700 million to $62 billion", "Adjusted earnings are now expected to be $3.25"
_OUTLOOK_CLAUSE = re.compile(
    r"\b(?:(?:raised|raises|lifted|lifts|cut|cuts|lowered|lowers|boosted|trimmed|narrowed|"
    r"reaffirmed|maintained|upgraded|downgraded)[ \u00a0]+(?:its|their|the)[ \u00a0]+"
    r"(?:[a-z-]+[ \u00a0]+){0,3}?(?:forecasts?|outlook|guidance|targets?|estimates?|"
    r"projections?)|(?:is|are)[ \u00a0]+(?:now[ \u00a0]+)?expected[ \u00a0]+to[ \u00a0]+be|"
    r"(?:now[ \u00a0]+)?expects?[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,3}?(?:of|at|between))\b"
    r"[^.;]*$")


def _other_bases(low: str, drafts: list[dict[str, Any]]) -> None:
    """A figure its clause puts on another basis (``_BASIS_OPEN``) is of that basis: its
    subject gains " / adjusted", so that it is never the plain figure restated ("profit rose
    20% to $2.5 billion ... Not counting one-time items, the profit increased 20% to $2.7
    billion")."""
    for d in drafts:
        if d.get("measure") is None or d["value"] is None:
            continue
        m = _BASIS_OPEN.match(low, d["sentence"][0], d["start"])
        # (the clause's last 160 characters before the figure: linear in a long sentence)
        lo = max(d["sentence"][0], d["start"] - 160)
        lo = max(lo, low.rfind(";", lo, d["start"]) + 1)
        if m is None:
            # "Adjusted earnings per share rose 26% to $1.01": the basis said of the measure
            m = _BASIS_NOUN.search(low, lo, d["start"])
        if m is not None and ";" not in low[m.end():d["start"]]:
            subj = d.get("subject")
            if not (subj or "").endswith(" / adjusted"):
                d["subject"] = f"{subj} / adjusted" if subj else "adjusted"
        if _OUTLOOK_CLAUSE.search(low, lo, d["start"]):
            # "raised its earnings guidance by 27 cents to $2.93 a share": a forecast's figure,
            # never the quarter's actual restated (its change still reads)
            subj = d.get("subject")
            if " / forecast" not in (subj or ""):
                d["subject"] = f"{subj} / forecast" if subj else "forecast"


_ADJUSTED = " / adjusted"


def _summary_bases(drafts: list[dict[str, Any]]) -> None:
    """A headline's or key point's figure that names no basis ("# Sainsbury's profits up 9% to
    £656m") restates the body's figure of its measure, subject and period on the one basis the
    body gives it: when every such body figure is on another basis (``_other_bases``: "underlying
    pre-tax profit rose 9% to £665 million") and none is plain, the summary's figure is of that
    basis too; with both in the body, it stays plain (either may be the one it means)."""
    adjusted: set[tuple[Any, ...]] = set()
    plain: set[tuple[Any, ...]] = set()
    levels = [d for d in drafts if d.get("section") == "body" and d.get("measure") is not None
              and d["value"] is not None and d.get("role") not in ("change", "factor")]
    for d in drafts:
        if d.get("section") != "body" or d.get("measure") is None or d["value"] is None:
            continue
        subj = str(d.get("subject") or "")
        key = (d["measure"], d["unit"], subj.removesuffix(_ADJUSTED), d.get("period"))
        (adjusted if subj.endswith(_ADJUSTED) else plain).add(key)
    if not adjusted:
        return
    for d in drafts:
        if d.get("section") not in ("headline", "keypoints") or d.get("measure") is None or \
                d["value"] is None or str(d.get("subject") or "").endswith(_ADJUSTED) or \
                d.get("role") in ("change", "factor") or agreeing_level(d, levels):
            continue
        head = (d["measure"], d["unit"], str(d.get("subject") or ""))
        period = d.get("period")
        def alike(keys: set[tuple[Any, ...]]) -> bool:
            return any(k[:3] == head and (period is None or k[3] in (None, period)) for k in keys)
        if alike(adjusted) and not alike(plain):
            d["subject"] = f"{d['subject']}{_ADJUSTED}" if d.get("subject") else "adjusted"


# a definite change that names its own stretch of time or its own measure after its noun:
# "the 25p rise in the wholesale cost of petrol since the Spring Statement" is no change said
# before ("1.6p more than the day before") restated
_OWN_SPAN_AFTER = re.compile(r"[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?(?:rise|fall|increase|decrease|drop|"
                             r"jump|gain|cut|decline|growth|climb)(?:[ \u00a0]+(?:in|of|on)[ \u00a0]+"
                             r"(?:(?!(?:is|was|were|are|has|had)\b)[a-z’'-]+[ \u00a0]+){0,6}?)?"
                             r"[ \u00a0]*since\b")
# ... and one a forecast gave: "double the 0.3% decline that had been forecast", "the 0.7% fall
# economists polled by Reuters had expected", "the 2% rise forecast by analysts"
_FORECAST_AFTER = re.compile(
    r"[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?(?:(?:that|which)[ \u00a0]+(?:had[ \u00a0]+been|has[ \u00a0]+been|"
    r"was|were|had)?[ \u00a0]*|(?:economists|analysts|forecasters|investors|traders|markets?|the"
    r"[ \u00a0]+market|the[ \u00a0]+consensus)[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,4}?(?:had[ \u00a0]+)?|)"
    r"(?:forecast|expected|predicted|projected|anticipated|pencilled[ \u00a0]+in)\b")
# a change restated in the body as one already given: "The 12% rise was the biggest since 2019"
_DEFINITE_CHANGE = re.compile(r"(?:\bthe|\bits|\btheir|\bthis|\bthat|[\w-]+[’']s)\s+"
                              r"(?:(?:" + _CHANGE_NOUNS + r")\s+of\s+)?"
                              r"(?:(?:about|nearly|almost|some|roughly|more\s+than|over|"
                              r"at\s+least)\s+)?$")


_RATE_AFTER = re.compile(r"[ \u00a0]+(?:(higher|lower|more|less|fewer|up|down)[ \u00a0]+"
                         r"(?:than|on|from)|(above|below)[ \u00a0]+(?:the[ \u00a0]+)?(?:last|"
                         r"a|the|this|that)[ \u00a0]+(?:year|month|week|quarter|time|level)"
                         r"(?:[’']s)?(?:[ \u00a0]+level)?)\b")


def _change_of(d: dict[str, Any], low: str = "") -> dict[str, Any] | None:
    """The change an amount states, or (with ``low``) the one a percentage level states as
    a comparison ("Prices were 6.5% higher than a year earlier": a rate of change given as
    a level, up)."""
    if d.get("role") == "change":
        return next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
    if low and d.get("role") in (None, "compared") and d["unit"] == "percent" and \
            (m := _RATE_AFTER.match(low, d["end"])) is not None:
        return {"kind": "percent", "level": True,
                "direction": "up" if (m.group(1) or m.group(2)) in ("higher", "more", "up",
                                                                    "above") else "down"}
    return None


def _restated_changes(low: str, drafts: list[dict[str, Any]]) -> None:
    """A change the headline or key points restate from the body ("UK house prices up 6.5%
    in a year" over "Prices were 6.5% higher than a year earlier"), or the body restates as one
    already given ("The 12% rise was the biggest since 2019"): ("restated_change", {"of": j})
    on the restatement, j the body's change of the same kind, direction, unit, subject and
    measure, so that a rule compares the two amounts. Of several, the one whose amount can be
    the same, else the nearest in value; a restatement that names no measure ("The 12% rise")
    repeats the change nearest before it (the headline's, the body's first). Linear: each
    restatement looks at the last RESTATE_WINDOW changes of the body."""
    body: list[int] = []
    summary: list[int] = []
    kinds: dict[int, dict[str, Any]] = {}
    for i, d in enumerate(drafts):
        ch = _change_of(d, low)
        if ch is None or d["value"] is None:
            continue
        kinds[i] = ch
        if d.get("section") in ("headline", "keypoints"):
            if not ch.get("level"):
                summary.append(i)
            continue
        if d.get("section") != "body":
            continue
        if body and not ch.get("level") and _DEFINITE_CHANGE.search(
                low, max(d["sentence"][0], d["start"] - 25), d["start"]) and \
                not _OWN_SPAN_AFTER.match(low, d["end"]) and \
                not _FORECAST_AFTER.match(low, d["end"], d["sentence"][1]):
            # (not a change of a span of its own: "The previous low was the 11% rise of the
            # 2000s" after the 2010s' 9%)
            _restate_change(drafts, i, [j for j in body[-RESTATE_WINDOW:]
                                        if drafts[j]["sentence"] != d["sentence"] and
                                        not _periods_apart(drafts[j], d)], -1, kinds)
        body.append(i)
    for i in summary:
        _restate_change(drafts, i, body[:RESTATE_WINDOW], 0, kinds, low)


def _words_shared(low: str, a: dict[str, Any], b: dict[str, Any], names: bool = True) -> bool:
    """Whether the words before two figures in their sentences share a content word (by its
    first five letters), or name one entity: a headline's unnamed change and the body change it
    would restate speak of one thing ("Apple sales rise 5%" and "Apple's revenue rose 5%")."""
    def stems(x: dict[str, Any]) -> set[str]:
        return {w[:5] for w in re.findall(r"[a-z]{4,}", low[x["sentence"][0]:x["start"]])
                if w not in _STOP_WORDS}
    # (or they name one entity, however written: "BA profit jumps 37%" over "British Airways
    # reported a 27% rise")
    shared = stems(a) & stems(b)
    if not names:
        # (words alone, not a name both sentences open on: "sainsbury's" is no measure)
        shared -= {w[:5] for w in re.findall(r"[a-z]{4,}", str(a.get("subject") or ""))}
        return bool(shared)
    return bool(shared) or (
        a.get("subject") is not None and a.get("subject") == b.get("subject"))


def _measure_named_alike(low: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether the words before two figures in their sentences name one measure by two of its
    names (measures.yaml ``before``): "# Sales jump 22%" and "The company's revenue rose
    22.45%" both speak of revenue."""
    names = _measure_names()

    def named(x: dict[str, Any]) -> set[str]:
        return {m for w in re.findall(r"[a-z]{4,}", low[x["sentence"][0]:x["start"]])
                for m in names.get(w, ())}
    return bool(named(a) & named(b))


@lru_cache(maxsize=1)
def _measure_names() -> dict[str, frozenset[str]]:
    """Each one-word name measures.yaml gives a measure before its figure -> those measures."""
    out: dict[str, set[str]] = {}
    for m, spec in (vocab.load("measures.yaml").get("measures") or {}).items():
        for w in (spec or {}).get("before") or ():
            if " " not in str(w):
                out.setdefault(str(w).lower(), set()).add(str(m))
    return {k: frozenset(v) for k, v in out.items()}


# the good a price is of, right before the price noun: "Electricity prices rose 15.3%"
_PRICED_GOOD = re.compile(r"\b([a-z][a-z-]+)\s+(?:prices?|costs?|bills?|fares?|rents?|tariffs?)\b")
_NOT_A_GOOD = frozenset("""the its their our your his her a an of and or in on for at to with
average overall general consumer retail wholesale producer all higher lower rising falling
soaring median mean typical asking monthly annual weekly daily headline underlying basic base
real nominal new current old previous regulated unregulated capped""".split())


def _priced_good_apart(low: str, body: dict[str, Any], head: dict[str, Any]) -> bool:
    """Whether the body's change is the price of a good the headline does not name ("#
    Australian prices up 1.4%" restates no "Electricity prices rose 15.3%"): the word right
    before the price noun in the body's clause, when it names a good, must stand in the
    headline's sentence too."""
    goods = [m.group(1) for m in _PRICED_GOOD.finditer(low, body["sentence"][0], body["start"])]
    if not goods or goods[-1] in _NOT_A_GOOD:
        return False
    return re.search(r"\b" + re.escape(goods[-1][:5]), low[head["sentence"][0]:head["sentence"][1]]) \
        is None


_STOP_WORDS = frozenset("""that this with from were have been their there than also after into
over year years said says rose rise rises fell fall falls grew grow grows more less""".split())


_LAST_DIGITS = re.compile(r"\d+(?:\.(\d+))?")


def _as_written(low: str, d: dict[str, Any]) -> tuple[float, float]:
    """The interval a percentage's digits stand for once rounding is allowed for ("12%" is 11.5
    to 12.5, "12.4%" 12.35 to 12.45), before the engine's own readings of its wording; other
    figures as they are."""
    m = None
    for m in _LAST_DIGITS.finditer(low, d["start"], d["end"]):
        pass
    if m is None or d["lower"] is None or d["upper"] is None or d["unit"] != "percent":
        return d["lower"], d["upper"]
    half = 0.5 * 10 ** -len(m.group(1) or "")
    return d["lower"] - half, d["upper"] + half


def _other_subject_change(low: str, drafts: list[dict[str, Any]], d: dict[str, Any],
                          ch: dict[str, Any], cands: list[int], kinds: dict[int, dict[str, Any]],
                          points: bool) -> list[int]:
    """A headline's change whose subject no body change of its kind has ("# Rail fares rise
    4.6%" over "Regulated fares in England went up by 4.6%"; the headline names the thing
    more loosely, everyday54): each body change of its kind, direction, unit and period
    whose measure is the headline's or none, and whose priced good the headline does not
    leave out, is a reading. The headline is paired only when there is one reading and its
    amount disagrees; with two or more ("In Scotland, ScotRail fares will rise by 3.8%" of
    the same month too), or one that agrees, nothing is set."""
    alike = [j for j in cands if (c := kinds.get(j)) is not None and
             drafts[j]["value"] is not None and c.get("kind") == ch.get("kind") and
             c.get("direction") == ch.get("direction") and drafts[j]["unit"] == d["unit"] and
             any(k == "percentage_points" for k, _ in drafts[j]["extra"]) == points]
    if any(drafts[j].get("subject") == d.get("subject") for j in alike):
        return []       # (the subject is the body's: the usual pairing has spoken)
    fits = [j for j in alike if drafts[j].get("measure") in (None, d.get("measure")) and
            (d.get("period") is None or drafts[j].get("period") in (None, d.get("period"))) and
            not _priced_good_apart(low, drafts[j], d)]
    return fits if len(fits) == 1 and drafts[fits[0]].get("measure") is not None else []


# a fraction in words with no digit: "a half", "a third", "two-thirds", "one quarter"
_WORD_FRACTION = re.compile(r"(?:(?:a|an|one|two|three|four)[ \u00a0-]+)?(?:half|thirds?|"
                            r"quarters?|fifths?|tenths?)")


def _restate_change(drafts: list[dict[str, Any]], i: int, cands: list[int], near: int,
                    kinds: dict[int, dict[str, Any]], low: str | None = None) -> None:
    """Pair the restatement ``i`` with one of the body's changes ``cands`` (see
    ``_restated_changes``); ``near`` is the end of ``cands`` a restatement without a measure
    repeats (-1 the latest, 0 the first). The headline's change is paired only with changes
    that name their measure; the body's "That 21% fall" with the change right before it even
    when neither names one ("Buy-to-let lending fell 12%")."""
    d = drafts[i]
    ch = kinds[i]
    points = any(k == "percentage_points" for k, _ in d["extra"])
    # a subject the body's restatement only carries from the sentences before ("... English
    # applicants were down 8.3%. The fall of more than 23,000 ...") is not one it names
    subject = None if near == -1 and str((d.get("_basis") or {}).get("subject") or "") \
        .startswith("carried") else d.get("subject")
    if low is not None and _WORD_FRACTION.fullmatch(low, d["start"], d["end"]):
        # ("# Net migration down by a third" restates no "down 106,000": a share of the
        # earlier level, never a count; headline_changes reads it against the levels)
        cands = [j for j in cands if abs(drafts[j]["value"] or 0.0) < 1]
    fits = [j for j in cands if (c := kinds.get(j)) is not None and
            drafts[j]["value"] is not None and c.get("kind") == ch.get("kind") and
            c.get("direction") == ch.get("direction") and drafts[j]["unit"] == d["unit"] and
            (drafts[j].get("measure") is not None or near == -1) and
            drafts[j].get("measure") == (d.get("measure") or drafts[j].get("measure")) and
            (subject is None or drafts[j].get("subject") == subject) and
            any(k == "percentage_points" for k, _ in drafts[j]["extra"]) == points and
            (near == -1 or low is None or not _priced_good_apart(low, drafts[j], d))]
    if not fits and near == 0 and d.get("measure") is None and subject is not None:
        # a headline's change that names no measure ("University applications from UK
        # students down 7.6%") restates the body's one change of its kind, direction and
        # subject that names none either ("... running 7.6% below last year's level"): only
        # when there is exactly one such
        fits = [j for j in cands if (c := kinds.get(j)) is not None and
                drafts[j]["value"] is not None and c.get("kind") == ch.get("kind") and
                c.get("direction") == ch.get("direction") and drafts[j]["unit"] == d["unit"]
                and drafts[j].get("measure") is None and drafts[j].get("subject") == subject
                and any(k == "percentage_points" for k, _ in drafts[j]["extra"]) == points]
        if len(fits) != 1:
            return
    only = not fits and near == 0 and d.get("measure") is None and subject is None
    if only:
        fits = _only_change_alike(drafts, d, ch, cands, kinds, points, low)
    if not fits and near == 0 and d.get("measure") is not None and subject is not None and \
            low is not None:
        fits = _other_subject_change(low, drafts, d, ch, cands, kinds, points)
    if not fits:
        return
    same = [j for j in fits if drafts[j]["lower"] <= d["upper"] and
            drafts[j]["upper"] >= d["lower"]]
    # (a percentage paired by every word of the headline is not set aside for another
    # change that lacks some of them: "# Recorded crime down 9%" is not the survey's 9%)
    if not same and near == 0 and d.get("measure") is None and \
            not (only and d["unit"] == "percent") and \
            _unnamed_change_alike(drafts, d, ch, [j for j in cands if j not in fits], kinds):
        return
    if same:
        target = same[0]
    elif d.get("measure") is None:
        target = fits[near]
        if near == 0 and low is not None and not only:
            # the first that shares a word with it ("# Marrakesh traffic jumps 21.1%" is
            # Marrakesh's rise, not the country's; "Domestic burglaries rise 3%" restates no
            # "Bicycle thefts rose by 22%")
            alike = [j for j in cands if (c := kinds.get(j)) is not None and
                     drafts[j]["value"] is not None and c.get("kind") == ch.get("kind") and
                     c.get("direction") == ch.get("direction") and
                     drafts[j]["unit"] == d["unit"] and
                     # (not another subject's: "# Bank of Ireland profit falls 16%" restates no
                     # "Profits at its UK retail arm fell 24%")
                     (subject is None or drafts[j].get("subject") in (None, subject))]
            # (a reading whose amount can be the headline's wins: "# N Brown profits up 12%"
            # over "a profit before tax of £58.5m ..., up 12.4%" and "Operating profit rose
            # 13.6%" is the 12.4%, of either profit the headline may mean)
            dl, du = _as_written(low, d)
            agree = [j for j in alike if (x := _as_written(low, drafts[j]))[0] <= du and
                     x[1] >= dl and (_words_shared(low, d, drafts[j]) or
                                     _measure_named_alike(low, d, drafts[j]))]
            # (of those that disagree, one sharing a word before an entity alone: "# Sainsbury's
            # lifts underlying profit 15%" is the body's "underlying profit ... rose 11.3%",
            # not "Total sales climbed 5.7%")
            target = agree[0] if agree else next(
                (j for j in fits + alike if _words_shared(low, d, drafts[j], names=False)),
                next((j for j in fits + alike if _words_shared(low, d, drafts[j])), -1))
            if target < 0:
                return
    else:
        target = min(fits, key=lambda j: abs(drafts[j]["value"] - d["value"]))
    d["extra"].append(("restated_change", {"of": target}))
    if kinds[target].get("level") and not any(k == "restated_change"
                                              for k, _ in drafts[target]["extra"]):
        # a level restated as a change carries the pair's key too
        drafts[target]["extra"].append(("restated_change", {"of": target}))


def _only_change_alike(drafts: list[dict[str, Any]], d: dict[str, Any], ch: dict[str, Any],
                       cands: list[int], kinds: dict[int, dict[str, Any]], points: bool,
                       low: str | None) -> list[int]:
    """A headline's change that names neither a measure nor a subject ("# Energy bills to jump
    by £693") restates the body's one change of its kind, direction and unit ("..., an
    increase of £693, or 54%"): [that change] when there is exactly one (or the first of
    several when none of them agrees), an amount of money or
    a count, and the body sets no other earlier value of its unit against a level (a pair
    "from £8.60 to £10" may be the change the headline means: "# Minimum wage for young
    workers to rise by ..."); else none. A percentage is never paired so: the body's other
    levels give percentage changes of their own that no amount states."""
    if low is None:
        return []
    if d["unit"] == "percent":
        return _percent_change_named_alike(low, drafts, d, ch, cands, kinds, points)
    alike = [j for j in cands if (c := kinds.get(j)) is not None and
             drafts[j]["value"] is not None and c.get("kind") == ch.get("kind") and
             c.get("direction") == ch.get("direction") and drafts[j]["unit"] == d["unit"] and
             any(k == "percentage_points" for k, _ in drafts[j]["extra"]) == points]
    earlier = [x for x in drafts if x.get("section") == "body" and x.get("role") == "compared"
               and x["unit"] == d["unit"]]
    if not alike or len(earlier) > 1:
        return []
    if len(alike) > 1:
        # (several such changes, "an increase of £693" and the prepayment meters' "bigger
        # rise, of £708": each is a reading; when one agrees the headline stands, and when
        # none does it is set against the first, the story's lead)
        if any(drafts[j]["lower"] <= d["upper"] and drafts[j]["upper"] >= d["lower"]
               for j in alike):
            return []
        return alike[:1]
    return alike


def _percent_change_named_alike(low: str, drafts: list[dict[str, Any]], d: dict[str, Any],
                                ch: dict[str, Any], cands: list[int],
                                kinds: dict[int, dict[str, Any]], points: bool) -> list[int]:
    """A headline's percentage change that names neither a measure nor a subject ("# Recorded
    crime down 7%") restates the body's one change of its kind and direction whose words
    before it hold every content word of the headline's, two at least ("Crimes recorded by
    police in England and Wales fell by 7%"; the survey's "crimes ... down 9%" lacks
    "recorded"): [that change], else none (lead42)."""
    def stems(x: dict[str, Any]) -> set[str]:
        return {w[:5] for w in re.findall(r"[a-z]{4,}", low[x["sentence"][0]:x["start"]])
                if w not in _STOP_WORDS and not _UP.fullmatch(w) and not _DOWN.fullmatch(w)}
    own = stems(d)
    if len(own) < 2:
        return []
    kin = [j for j in cands if (c := kinds.get(j)) is not None and
           drafts[j]["value"] is not None and c.get("kind") == ch.get("kind") and
           c.get("direction") == ch.get("direction") and drafts[j]["unit"] == d["unit"] and
           any(k == "percentage_points" for k, _ in drafts[j]["extra"]) == points]
    if kin and drafts[kin[0]]["lower"] <= d["upper"] and drafts[kin[0]]["upper"] >= d["lower"]:
        return []   # (the lead's change agrees: "# Water bills to go up 3.5%" over "after a
        #             rise of 3.5 per cent", not "Southern Water bills go up 5.3 per cent")
    alike = [j for j in kin if own <= stems(drafts[j])]
    return alike if len(alike) == 1 else []


def _unnamed_change_alike(drafts: list[dict[str, Any]], d: dict[str, Any], ch: dict[str, Any],
                          others: list[int], kinds: dict[int, dict[str, Any]]) -> bool:
    """Whether a headline's change that names no measure ("Recorded crime up 9% as homicides
    rise") can be the body's change of its kind, direction and amount that names none either
    ("recorded 5.6 million offences ..., up 9%"): one plausible reading agrees, so the
    headline is not set against the body's other changes ("Homicides rose 14%")."""
    points = any(k == "percentage_points" for k, _ in d["extra"])
    return any((c := kinds.get(j)) is not None and drafts[j]["value"] is not None and
               c.get("kind") == ch.get("kind") and c.get("direction") == ch.get("direction") and
               drafts[j]["unit"] == d["unit"] and
               any(k == "percentage_points" for k, _ in drafts[j]["extra"]) == points and
               drafts[j]["lower"] <= d["upper"] and drafts[j]["upper"] >= d["lower"]
               for j in others)


_OTHERS_SHARE = re.compile(r"[ \u00a0]+(?:(?:went|going|was|were)[ \u00a0]+)?(?:to|for)[ \u00a0]+"
                           r"(?:the[ \u00a0]+)?(?:other|others|minor|smaller|independent|"
                           r"remaining|rest|third|fringe|all[ \u00a0]+other)\b")


_PARTICIPLE_SET_APART = re.compile(r"[ \u00a0]+[a-z][\w-]*[ \u00a0]+[a-z]{3,}ed[ \u00a0]+"
                                   r"(?:the|a|an|their|its)[ \u00a0]")


def _one_measure_per_noun(low: str, drafts: list[dict[str, Any]]) -> None:
    """An open measure carries the verb before its count only to tell two counts of one noun
    apart ("vehicles delivered" and "vehicles built"): where a document counts a noun with
    one such verb and otherwise without any ("carried 48 million trips", "fell 18% to 41
    million trips"), the two read alike, as the noun."""
    forms: dict[str, set[str]] = {}
    for d in drafts:
        m = d.get("measure")
        if m and d.get("_open"):
            forms.setdefault(m.split(" ", 1)[0], set()).add(m)
    for noun, seen in forms.items():
        verbs = [m for m in seen if m != noun]
        if noun in seen and len(verbs) == 1 and not any(
                d.get("measure") == verbs[0] and _PARTICIPLE_SET_APART.match(
                    low, d["end"]) for d in drafts):
            # (but a participle after the noun sets a group apart: "the 48 rings offered the
            # vaccine at once" are not the 90 rings)
            for d in drafts:
                if d.get("measure") == verbs[0] and d.get("_open"):
                    d["measure"] = noun
    _noun_alone_as_longer(low, drafts)


def _noun_alone_as_longer(low: str, drafts: list[dict[str, Any]]) -> None:
    """"International tourist arrivals rose 4% to 1.035 billion ... The 1.035 billion arrivals
    of 2012": a count written right before its noun alone reads as the one longer open measure
    of the document that ends in it (not a subset's, "68 home goals" beside "90 goals", nor
    where two longer ones end in it, "business arrivals" and "tourist arrivals", nor a noun
    with words of its own, "231,000 new claims" beside "continuing claims")."""
    subsets = frozenset(str(w) for w in (vocab.load("entities.yaml").get("open_measures") or
                                         {}).get("subsets", []) or [])
    longer: dict[str, set[str]] = {}
    for d in drafts:
        m = d.get("measure")
        if m and d.get("_open") and " " in m and m.split(" ", 1)[0] not in subsets:
            longer.setdefault(m.rsplit(" ", 1)[1], set()).add(m)
    for d in drafts:
        m = d.get("measure")
        if m in longer and d.get("_open") and len(longer[m]) == 1 and \
                re.match(r"[ \u00a0]+" + re.escape(m) + r"s?\b", low[d["end"]:d["end"] + 60]):
            d["measure"] = next(iter(longer[m]))


def _later_vote_shares(drafts: list[dict[str, Any]], low: str = "") -> None:
    """A candidate's share of the vote in the sentence after the others' ("Hiremath had
    50.72% ... and Straney 42.85%. Joe Winfield ... had 6% of the vote"): one more share of
    the same vote, when no share of that group is about the same candidate; the rest's share
    after the candidates' ("..., with 5% going to minor candidates") too."""
    for k, d in enumerate(drafts):
        others = bool(low) and d["unit"] == "percent" and d.get("role") is None and \
            _OTHERS_SHARE.match(low, d["end"]) is not None
        if not others and (d["unit"] != "percent" or d.get("role") is not None or
                           d.get("measure") != "vote_share" or not d.get("subject")):
            continue
        prev = next((x for x in reversed(drafts[max(0, k - 6):k])
                     if x.get("role") == "share" and x["unit"] == "percent"), None)
        if prev is None or not _adjacent_or_same(prev, d):
            continue
        if others:
            if prev.get("measure") == "vote_share" or \
                    _VOTE_CONTEXT.search(low, prev["sentence"][0], prev["sentence"][1]):
                d["role"], d["group"] = "share", prev["group"]
                d["measure"], d["subject"] = "vote_share", "others"
            continue
        members = [x for x in drafts[max(0, k - 12):k] if x.get("group") == prev["group"] and
                   x.get("role") == "share"]
        if any(x.get("measure") == "vote_share" for x in members) and \
                all(x.get("subject") != d["subject"] for x in members):
            d["role"] = "share"
            d["group"] = prev["group"]


def _later_share_list(drafts: list[dict[str, Any]]) -> None:
    """"The Liberal Democrats took 29% of the vote, the Conservatives 26% and Labour 24%. The
    UK Independence Party won 15% but no seats, and the Greens 4%": a list of shares of other
    parties in the sentence right after a list of vote shares, naming no whole of its own,
    continues that vote (one share group, which may not pass 100%)."""
    groups: dict[Any, list[int]] = {}
    for i, d in enumerate(drafts):
        if d.get("role") == "share" and d["unit"] == "percent" and d.get("group") is not None:
            groups.setdefault(d["group"], []).append(i)
    order = sorted(groups.values(), key=lambda g: g[0])
    for first, later in zip(order, order[1:]):
        a, b = drafts[first[-1]], drafts[later[0]]
        subjects = [drafts[j].get("subject") for j in later]
        if not any(drafts[j].get("measure") == "vote_share" for j in first) or \
                any(drafts[j].get("measure") not in (None, "vote_share") for j in later) or \
                None in subjects or \
                set(subjects) & {drafts[j].get("subject") for j in first} or \
                not _adjacent(a, b) or later[0] != first[-1] + 1:
            continue
        for j in later:
            drafts[j]["group"] = a["group"]
            drafts[j]["measure"] = "vote_share"


PLACE_PARTS_WINDOW = 30     # figures after a total where the figures of its places may stand


_NAME_LIST = re.compile(r"[A-Z][\w’'-]*[^.;:!?\d]{0,40}?(?:,|\band\b)\s+(?:and\s+)?[A-Z]")


# what is measured at a place, not counted there: the 22 inches of snow in Stowe and the 21
# at Loon Mountain are no parts of one total (nor are temperatures, speeds or rates)
_MEASURED_AT = frozenset({"length", "temperature", "speed", "pressure", "percent", "points"})


# a count of places: "35 states", "12 countries"
_PLACES_COUNTED = re.compile(r"[ \u00a0]+(?:states|countries|counties|provinces|regions|cities|"
                             r"districts|towns|municipalities|islands|boroughs|parishes|"
                             r"departments|prefectures|territories)\b")
_ACROSS_PLACES = re.compile(
    r"\b(?:across|in)\s+(?:\w+\s+){0,2}?(?:states|counties|countries|provinces|regions|cities|"
    r"districts|towns|municipalities|islands|boroughs|parishes|departments|prefectures)\b")


def _adds_up(d: dict[str, Any]) -> bool:
    """Whether figures of d's kind at several places add up to one at them all (counts,
    money, areas, masses do; depths, temperatures, speeds and rates do not, nor a level held
    as of a moment, measures.yaml ``state``: the average rent of a region is no part of the
    country's, "£868" in the South West beside "£782" outside London)."""
    return d["unit"] != "percent" and d["_q"].dim not in _MEASURED_AT and \
        d.get("measure") not in _state_measures()


@lru_cache(maxsize=1)
def _state_measures() -> frozenset[str]:
    """The measures held as of a moment (measures.yaml ``state``: a price, a distance)."""
    ms = vocab.load("measures.yaml").get("measures", {}) or {}
    return frozenset(k for k, v in ms.items() if isinstance(v, dict) and v.get("state"))


def _places_of_total(text: str, low: str, drafts: list[dict[str, Any]]) -> None:
    """A total whose sentence names the places (or parties, companies) it covers ("infected
    28,616 people ... in Guinea, Liberia and Sierra Leone") and figures of its measure and
    unit for two or more of those names in the rest of its paragraph or the next ("Sierra
    Leone had 14,124 cases ... Liberia recorded 10,678"): those are portions of it, which
    may not add up to more (issue #11: parts and totals across sentences). A figure that has a role other than a list item, is
    about the total's own subject or is not smaller than the total is left alone."""
    # (a total whose named members' items are already read, members.py, keeps its list)
    listed = {x["group"] for x in drafts if x.get("role") == "item" and
              isinstance(x.get("group"), int)}
    for t, d in enumerate(drafts):
        if d.get("role") not in (None, "total") or d.get("measure") is None or \
                not d["value"] or d.get("group") is not None or not _adds_up(d) or t in listed:
            continue
        # (the names stand within a few words: a bounded slice, linear in a long sentence)
        end = min(d["sentence"][1], d["end"] + 200)
        # or names none but says how many places: "killed 14 people across three states"
        across = _ACROSS_PLACES.search(low, d["end"], end)
        if across is None and _NAME_LIST.search(text, d["end"], end) is None:
            continue     # no list of two names or more
        tail = low[d["end"]:end]
        # the total's own subject may be one of the names it lists ("in Ardenia, Belmar and
        # Corvia" gives the figure the subject Ardenia)
        own = d.get("subject") is not None and re.search(
            r"\b" + re.escape(str(d["subject"]).split()[-1]) + r"\b", tail) is not None
        breaks = 0
        found: dict[str, int] = {}
        for j in range(t + 1, min(len(drafts), t + 1 + PLACE_PARTS_WINDOW)):
            x = drafts[j]
            if x["sentence"] == d["sentence"]:
                continue
            breaks += low.count("\n\n", drafts[j - 1]["end"], x["start"])
            if breaks > 1:
                break
            subj = x.get("subject")
            # (a portion of a figure after the total is re-read as a portion of the total:
            # "Ardenia had 5,100. Belmar recorded 2,800 and Corvia 1,400")
            if x.get("measure") != d["measure"] or x["unit"] != d["unit"] or \
                    not (x.get("role") in (None, "item") or (
                        x.get("role") == "portion" and isinstance(x.get("group"), int) and
                        x["group"] > t)) or not subj or \
                    (subj == d.get("subject") and not own) or x["value"] is None or \
                    x["value"] >= d["value"] or subj in found:
                continue
            if across is not None or \
                    re.search(r"\b" + re.escape(str(subj).split()[-1]) + r"\b", tail):
                found[subj] = j
        if len(found) < 2:
            continue
        for j in found.values():
            # portions: the story need not give a figure for every place it names
            drafts[j]["role"] = "portion"
            drafts[j]["group"] = t


# a time of its own between two earlier values ("up from 41% a fortnight earlier and 18% at the
# start of the year"): each is an earlier value of the one figure before "up from", at its own
# time, not the counterpart of a figure in a list before it
_OWN_TIME = re.compile(r"\b(?:earlier|ago|before|previously|last|(?:19|20)\d\d|in\s+(?:january|"
                       r"february|march|april|may|june|july|august|september|october|november|"
                       r"december))\b", re.I)


def _moved_to(drafts: list[dict[str, Any]], idxs: set[int]) -> bool:
    """Whether a figure of ``idxs`` is already the new value of a move another figure states
    ("slipped from 27.1% in April to 26.6%, and 44% of adults ..."): the end of its own
    clause's move, not an item of a list the figures after "up from" pair with."""
    return any(k in ("direction", "change") and isinstance(v, dict) and v.get("to") in idxs
               for d in drafts for k, v in d["extra"])


def _amounts_in_words(low: str, drafts: list[dict[str, Any]], lex: Any) -> None:
    """Changes said in words: a headline's fraction or multiple ("# Profits fall by nearly
    two-thirds": headline_changes.py), fractions as amounts ("up by about a third from 1.5
    million tonnes"), and a headline's amounts."""
    headline_changes(low, drafts)
    earlier_sentences(low, drafts)  # "was £1 million. A year earlier it was £2.4 million"
    worded_multiples(low, drafts)   # "profit more than halved. ... £1 million ... £2.4 million"
    multiples_from_before(low, drafts)  # "2,800 ... The total has doubled from 1,100"
    multiple_moves(low, drafts)     # "more than doubled in the year, rising 120% to £5.5m"
    _fraction_amounts(low, drafts)
    _headline_amounts(drafts, lex)


def _rests(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """"leaving 400 others" in each sentence, then the rests said after their parts."""
    for idxs in sents:
        leaving_the_rest(low, drafts, idxs)
    rests_after(low, drafts)


def _parallel_compared(text: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Two lists of one length on either side of "up from" ("8.7 million illnesses, 78,000
    hospitalisations and 4,500 deaths ..., up from 6.2 million illnesses, 53,000
    hospitalisations and 2,100 deaths a week earlier"): each item after it is the compared
    value of the item in the same place before it (issue #11: "respectively"), not of the
    last one, and none of them is a level of its own."""
    def run(idxs: list[int], p: int, step: int) -> list[int]:
        got = [idxs[p]]
        k = p + step
        while 0 <= k < len(idxs):
            a, b = (idxs[k - step], idxs[k]) if step > 0 else (idxs[k], idxs[k - step])
            if not _LIST_GAP.match(text[drafts[a]["end"]:drafts[b]["start"]]):
                break
            got.append(idxs[k])
            k += step
        return got if step > 0 else got[::-1]
    for idxs in sents:
        for p in range(1, len(idxs)):
            b = drafts[idxs[p]]
            dirn = next((v for k, v in b["extra"] if k == "direction"), None)
            if b.get("role") != "compared" or dirn is None or dirn["to"] != idxs[p - 1]:
                continue
            after, before = run(idxs, p, 1), run(idxs, p - 1, -1)
            if len(after) < 2 or len(after) != len(before) or any(
                    drafts[x]["unit"] != drafts[y]["unit"] or
                    drafts[y].get("role") not in (None, "compared")
                    for x, y in zip(before, after)) or \
                    _moved_to(drafts, set(before[:-1])) or any(
                    _OWN_TIME.search(text, drafts[x]["end"], drafts[y]["start"])
                    for x, y in zip(after, after[1:])):
                continue
            b["extra"].remove(("direction", dirn))
            for x, y in zip(before, after):
                dy = drafts[y]
                dy["role"] = "compared"
                dy["extra"].append(("direction", {"to": x, "up": dirn["up"]}))
                if dy.get("measure") is None:
                    dy["measure"] = drafts[x].get("measure")


# "A total of 2,367 voters cast ballots.": a total its next sentence may split
_TOTAL_WORDS = re.compile(r"\b(?:a\s+total\s+of|in\s+all|in\s+total|altogether)\b")
# the words between two coordinated parts: "1,310 votes and the runner-up 1,057", "14,124
# cases, Liberia 10,678"
_PART_GAP = re.compile(r"[^.;:!?\d]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)[^.;:!?\d]{0,30}")
# (a list the sentence says makes the figure may describe each part at more length: "made up
# of 39,850 people who had applied through the main scheme and 8,270 who applied directly")
# (a bracketed label may hold digits: "2,106 offers for honours degree (Level 8) courses and")
_MADE_GAP = re.compile(r"(?:[^.;:!?\d(]|\([^()]{0,20}\)){0,90}?(?:,\s*(?:and\s+)?|\s+and\s+)"
                       r"[^.;:!?\d]{0,30}")
# words in that gap that set the figures against each other, no parts of one whole: "The
# average daily loss rate was 1,025, up from February, when 26,310 casualties were recorded"
_COMPARING_GAP = re.compile(r"\b(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b|\bthan\b|"
                            r"\bversus\b|\bvs\b")
# "won 28 of their 38 games, drew 7 and lost 3": parts of one whole, each with its verb
_VERB_ITEM_GAP = re.compile(r"(?:\s+[a-z]+){0,2}?(?:,\s*(?:and\s+)?|\s+and\s+)[a-z]+\s+")


def _parts_after_total(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """A total stated as one ("A total of 2,367 voters cast ballots") and split in the next
    sentence into coordinated figures of its measure and unit ("The winner received 1,310
    votes and the runner-up 1,057"): those are its parts (issue #11: parts and totals across
    sentences). Each part must be smaller than the total, and none may have a role already."""
    for k in range(len(sents) - 1):
        nxt = sents[k + 1]
        # "They were made up of 1,575 ..., 226 ... and 17 ...": the sentence says its list
        # makes the figure before, whatever each item counts
        made = _MADE_UP_OPEN.fullmatch(low, drafts[nxt[0]]["sentence"][0],
                                       drafts[nxt[0]]["start"]) is not None
        # (a portion may be made up of parts in turn: "Of them, 48,120 found their place
        # through Clearing. That figure is made up of ...", a nested breakdown)
        tot = [i for i in sents[k] if drafts[i].get("role") in (
            (None, "total", "portion", "of_whole") if made else (None, "total")) and
               drafts[i]["value"] and drafts[i].get("measure") is not None and
               (made or _TOTAL_WORDS.search(low, max(drafts[i]["sentence"][0],
                                                     drafts[i]["start"] - 20), drafts[i]["end"]))]
        if made:
            tot = [i for i in tot if drafts[i]["unit"] == drafts[nxt[0]]["unit"]]
        if len(tot) != 1:
            _places_after_count(drafts, sents[k], sents[k + 1])
            continue
        t = drafts[tot[0]]
        if not _adjacent(t, drafts[nxt[0]]):
            continue
        # (a proportion in words is no count of a part: "18,270, about a fifth of the national
        # total" is the 18,270's share of the total)
        parts = _list_ends(low, drafts, [
            j for j in nxt if drafts[j]["unit"] == t["unit"] and drafts[j]["value"] and
            not (t["unit"] == "" and 0 < drafts[j]["value"] < 1 <= t["value"])])
        if len(parts) < 2 or any(
                drafts[j].get("role") not in ((None, "item") if made else (None,)) or
                (drafts[j].get("group") is not None and not made) or
                (drafts[j].get("measure") not in (None, t["measure"]) and not made) or
                drafts[j]["value"] >= t["value"] for j in parts) or \
                not all((_MADE_GAP if made else _PART_GAP).fullmatch(
                    low, drafts[a]["end"], drafts[b]["start"]) and
                        not _COMPARING_GAP.search(low, drafts[a]["end"], drafts[b]["start"])
                        for a, b in zip(parts, parts[1:])):
            continue
        for j in parts:
            drafts[j]["role"] = "part"
            drafts[j]["group"] = tot[0]
            if not made:
                drafts[j]["measure"] = t["measure"]
        if made and t.get("role") is None:
            t["role"] = "total"


# the words after a list's last item that close the list with a clause of another figure:
# "... and 999 for Level 7/6 courses, made to 2,806 applicants"
_CLAUSE_AFTER_LIST = re.compile(r"[^,;]*,[ \u00a0]+(?!and\b)[a-z]+[ \u00a0]+(?:to|by|among|from)"
                                r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?$")
_AND = re.compile(r"\band\b")


def _list_ends(low: str, drafts: list[dict[str, Any]], parts: list[int]) -> list[int]:
    """``parts`` up to the item after the list's "and" when a clause of another figure follows
    it ("2,106 offers for ... and 999 for ..., made to 2,806 applicants": no third part)."""
    for n in range(1, len(parts) - 1):
        a, b, c = drafts[parts[n - 1]], drafts[parts[n]], drafts[parts[n + 1]]
        if _AND.search(low, a["end"], b["start"]) and \
                _CLAUSE_AFTER_LIST.fullmatch(low, b["end"], c["start"]):
            return parts[:n + 1]
    return parts


# (a definite noun phrase may stand for the figure: "The quarter's figure was made up of",
# "The month's insolvencies consisted of", "That figure is made up of")
_MADE_UP_OPEN = re.compile(r"\W*(?:they|these|those|this|it|the[ \u00a0]+total|"
                           r"(?:the|that|this)[ \u00a0]+"
                           r"(?:[a-z][\w’'-]*[ \u00a0]+){0,2}?[a-z][\w’'-]*)[ \u00a0]+(?:were|was|"
                           r"are|is)?[ \u00a0]*(?:made[ \u00a0]+up[ \u00a0]+of|comprised|"
                           r"consisted[ \u00a0]+of|split[ \u00a0]+into|broke[ \u00a0]+down[ \u00a0]+"
                           r"into|broken[ \u00a0]+down[ \u00a0]+into|divided[ \u00a0]+into)[ \u00a0]+")


# a sentence that opens on the figure before it: "Of those, 8,228 were lodged ...", "Of that,
# $528 million came from ..."
_OF_THOSE_OPEN = re.compile(r"\W*of\s+(?:those|these|that|this|them|the\s+total|which|"
                            # a demonstrative with the noun the figure before was
                            # ("Of that total,", "Of that requirement,"), then a comma
                            r"(?:that|this)\s+[a-z][\w’'-]*(?=\s*,))\s*,?\s+"
                            r"(?:[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?\s+)?"
                            r"(?:(?:about|some|nearly|almost|more\s+than|just)\s+)?")
# (the first portion may follow its name: "Of those, trans-Atlantic 1.4 million (down 4.5%),
# Latin America 3.1 million ...", a list each of whose items is a portion)
# draft key: a portion whose words name the count it is of ("15 of them"), never re-read as
# a member of a larger whole
NAMED_PORTION = "_named_portion"
# "and the BJP three", "and 7,810 between April and June": a sibling after a portion
_AND_SIBLING = re.compile(r"[^.;:!?\d]{0,60}?\band\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?$")


# a list of holders and their counts after a portion: "They won 10 of those seats, Labour 8,
# the Liberal Democrats 2 ..." (the portion's own words, then a comma and the next name)
# (a demonstrative only: "2.95 million of the total, Audis 902,400" names the whole, and the
# brands after it may be counted apart)
_HOLDER_SIBLING = re.compile(r"(?:[ \u00a0]+of[ \u00a0]+(?:those|these|them)(?:[ \u00a0]+"
                             r"[a-z][\w-]*)?)?[ \u00a0]*,[ \u00a0]+(?:the[ \u00a0]+)?"
                             r"(?:[a-z][\w’'&.-]*[ \u00a0]+){1,4}")


def _named_sibling_after(low: str, drafts: list[dict[str, Any]], parts: list[int],
                         j: int) -> bool:
    """Whether figure ``j`` goes on the list of ``parts`` after a comma and a name of its own
    (a holder none of the parts has: no figure compared or carried from them)."""
    x, last = drafts[j], drafts[parts[-1]]
    return _HOLDER_SIBLING.fullmatch(low, last["end"], x["start"]) is not None and \
        _COMPARING_GAP.search(low, last["end"], x["start"]) is None and \
        bool(x.get("subject")) and x["unit"] == last["unit"] and \
        x["subject"] not in {drafts[p].get("subject") for p in parts}


def _measure_or_its_whole(drafts: list[dict[str, Any]], w: int) -> str | None:
    """The measure of figure ``w``, or of the whole it is a part of when it names none ("21 of
    the council's 60 seats" counts seats)."""
    g = drafts[w].get("group")
    return drafts[w].get("measure") or (
        drafts[g].get("measure") if isinstance(g, int) and not isinstance(g, bool) else None)


def _count_further_back(low: str, drafts: list[dict[str, Any]], sents: list[list[int]],
                        k: int) -> int | None:
    """The count a portion "of them" opening sentence ``k`` is of when the sentence before
    gives none of its unit ("... to 48 known infections. Most are children under 18. Thirteen
    of them have been admitted to hospital"): the last figure of its unit before it, in its
    paragraph and the two before, that names what it counts and is a level; a figure of its
    unit that names no noun (an age, "under 18") is passed over, any other ends the search."""
    first = drafts[sents[k][0]]
    window = _paragraphs_back(low, drafts, sents, k)
    for j in reversed([i for i in window if i < sents[k][0]]):
        d = drafts[j]
        if d["unit"] != first["unit"] or not d["value"]:
            continue
        if d.get("measure") is None and d.get("role") is None:
            continue
        if d.get("role") in (None, "total", "whole") and one_measure(d, first):
            return j
        return None
    return None


def _portions_after_a_count(low: str, drafts: list[dict[str, Any]],
                            sents: list[list[int]]) -> None:
    """Portions of a count given in the sentence before (issue #11: parts and totals across
    sentences), which may not add up to more than it: a sentence that opens on it ("The first
    half of 2016 brought 16,038 claims. Of those, 8,228 were lodged between January and March
    and 7,810 between April and June"), a figure "of them" right after it ("reduced to 18
    seats. The Akali Dal won 15 of them and the BJP three": the alliance's 18, not the
    assembly's 117), each sibling joined to that portion by "and", and the next sentence's
    "other" or "remaining" one ("restored more than 250,000 of them. The other 140,000 were
    still waiting"). The count is the last figure of its unit in the sentence before; a
    portion is never larger than it nor of another measure."""
    for idxs in sents:
        _of_whom_list(low, drafts, idxs)
    for k in range(1, len(sents)):
        idxs, prev = sents[k], sents[k - 1]
        if not idxs or not prev:
            continue
        first = drafts[idxs[0]]
        opens = _OF_THOSE_OPEN.fullmatch(low, first["sentence"][0], first["start"]) is not None
        if not opens and not ((_OF_THEM.match(low, first["end"]) or
                               _OF_THAT_TOTAL.match(low, first["end"]) or
                               _OF_THE_PLURAL.match(low, first["end"])) and idxs[0] - 1 == prev[-1]):
            continue
        if first["unit"] == "percent":
            # "610, or 74.7%, responded. Of those, 94.6% thought ...": a percentage of
            # "those" is a share of the people counted, its whole 100%, never a part of the
            # percentage before
            continue
        w = next((j for j in reversed(prev) if drafts[j]["unit"] == first["unit"] and
                  drafts[j]["value"] and drafts[j].get("role") in (None, "total", "whole")),
                 None)
        if w is None and not opens:
            w = _count_further_back(low, drafts, sents, k)
        if w is not None:
            w = _demonstrative_whole(low, drafts, idxs[0], w)   # "10 of those seats"
        if w is None or _COMPARED_BEFORE.search(
                low, max(drafts[w]["sentence"][0], drafts[w]["start"] - 25), drafts[w]["start"]):
            continue    # ("Deliveries were 7.4% higher than the 462,890 of a year earlier. The
            # Model 3 and Model Y made up 481,166 of them": the deliveries of now, not the
            # figure they are set against)
        whole = drafts[w]
        parts = [idxs[0]]
        listed = first.get("role") == "item"
        for j in idxs[1:]:
            if listed and drafts[j].get("group") == first.get("group"):
                parts.append(j)     # (a list the opening portion is the first item of goes
                continue            # on with it, past the changes in brackets of its items)
            if listed and drafts[j]["unit"] != first["unit"]:
                continue
            if _AND_SIBLING.fullmatch(low, drafts[parts[-1]]["end"], drafts[j]["start"]) is None \
                    and not _named_sibling_after(low, drafts, parts, j):
                break
            parts.append(j)
        nxt = sents[k + 1] if k + 1 < len(sents) else []
        other = nxt[0] if nxt and _THE_OTHER.fullmatch(
            low, drafts[nxt[0]]["sentence"][0], drafts[nxt[0]]["start"]) else None
        if other is not None:
            parts.append(other)     # "The other 140,000 were still waiting" (a state as of then)
        # ("The remaining 1,300 posts" after "2,700 jobs ... 1,400 of them": the rest of
        # that count, whatever noun it is given, already read as a portion of something)
        parts = [j for j in parts if drafts[j]["unit"] == whole["unit"] and drafts[j]["value"]
                 and (drafts[j].get("role") is None and drafts[j].get("group") is None or
                      drafts[j].get("role") == "item" or
                      # ("the remaining 74,700", read as a portion of no count yet)
                      drafts[j].get("role") == "portion" and drafts[j].get("group") in (None, w) or
                      j == other and drafts[j].get("role") in ("update", "portion") and
                      drafts[j].get("group") in (None, w)) and
                 (j == other or
                  drafts[j].get("measure") in (None, _measure_or_its_whole(drafts, w)))]
        # a breakdown that ends on "the remaining 74,700" or "the rest" says it is complete:
        # its parts are the whole's, which they must add up to, not portions that may fall short
        role = "part" if len(parts) > 1 and _THE_REST_BEFORE.search(
            low, max(drafts[parts[-1]]["sentence"][0], drafts[parts[-1]]["start"] - 24),
            drafts[parts[-1]]["start"]) else "portion"
        # (a whole broken down already, "67 people: 62 passengers and five crew", is cut
        # along another axis by "Of those, 38 were killed. The rest, 29, survived": each
        # breakdown is summed on its own)
        axis = f"s{drafts[parts[0]]['sentence'][0]}" if parts and any(
            d.get("group") == w and j not in parts and d["sentence"] == whole["sentence"] and
            d.get("role") in ("part", "item", "portion") for j, d in enumerate(drafts)) else None
        for j in parts:
            drafts[j]["role"], drafts[j]["group"] = role, w
            drafts[j]["measure"] = drafts[j].get("measure") or whole.get("measure")
            drafts[j][NAMED_PORTION] = True
            if axis is not None and not any(k == "own_axis" for k, _ in drafts[j]["extra"]):
                drafts[j]["extra"].append(("own_axis", axis))


def _wholes_across_sentences(text: str, low: str, drafts: list[dict[str, Any]], lex: Any,
                             sents: list[list[int]]) -> None:
    """Figures said of one whole across sentences, a body's holdings, then the rest that
    completes them ("The other 46 seats went to ...", ``_rests_completing``)."""
    _one_whole_across_sentences(text, low, drafts, lex)
    _holdings_of_a_body(low, drafts, lex)
    _rests_completing(low, drafts, sents, "of_whole")


def _the_rest_after_portions(low: str, drafts: list[dict[str, Any]],
                             sents: list[list[int]]) -> None:
    """"Of the confirmed cases, 59 were not immunized and two had one dose. The other seven had
    no confirmed status": a sentence that opens on the rest ("The other", "The remaining"), or
    whose only figure it is ("... and the Speaker took the remaining 23"), after a sentence of portions of one whole completes that breakdown: the rest joins it, and
    its parts must add up to the whole."""
    _rests_completing(low, drafts, sents, "portion")
    _the_rest_in_sentence(low, drafts, sents)


def _rests_completing(low: str, drafts: list[dict[str, Any]], sents: list[list[int]],
                      kind: str) -> None:
    """The rests of ``_the_rest_after_portions`` after a sentence of figures of one role
    ``kind``: "portion", or "of_whole" once the figures said of one whole across sentences
    are read (``_one_whole_across_sentences``, ``_holdings_of_a_body``: "Labour won 411 of the 650 seats. // The
    Conservatives were reduced to 121 seats and the Liberal Democrats won 72. The other 46
    seats went to smaller parties", everyday72)."""
    for k in range(1, len(sents)):
        idxs, prev = sents[k], sents[k - 1]
        if not idxs or not prev:
            continue
        rest = drafts[idxs[0]]
        # (the rest opens its sentence, or is its only figure: "Parties from Northern Ireland,
        # Plaid Cymru, the Greens and the Speaker took the remaining 23")
        if rest.get("role") not in (None, "portion") or rest.get("group") is not None or \
                not rest["value"] or (_THE_OTHER.fullmatch(low, rest["sentence"][0],
                                                           rest["start"]) is None and
                                      len(idxs) > 1) or \
                _THE_REST_BEFORE.search(low, rest["sentence"][0], rest["start"]) is None:
            continue
        # (a change beside a part is none of the breakdown: "the Liberal Democrats won 72, up
        # 61, and the SNP 9, down 39. The remaining 37 went to ...", everyday111)
        portions = [j for j in prev if drafts[j]["unit"] == rest["unit"] and drafts[j]["value"]
                    and drafts[j].get("role") != "change"]
        # (the whole may stand in the same sentence as its one part: "Twenty of the EU's 27
        # member states use the euro. The other seven ...")
        named = [j for j in portions if kind == "of_whole" and
                 any(drafts[i].get("group") == j for i in portions)]
        portions = [j for j in portions if j not in named]
        groups = {drafts[j].get("group") for j in portions}
        if len(portions) + len(named) < 2 or len(groups) != 1 or \
                any(drafts[j].get("role") != kind for j in portions):
            continue
        w = groups.pop()
        if not isinstance(w, int) or isinstance(w, bool) or \
                drafts[w]["value"] is None or rest["value"] >= drafts[w]["value"]:
            continue
        portions = _earlier_shares_of(drafts, w, portions, rest)
        axis = [v for key, v in drafts[portions[0]]["extra"] if key == "own_axis"]
        for j in (*portions, idxs[0]):
            drafts[j]["role"], drafts[j]["group"] = "part", w
            drafts[j]["measure"] = drafts[j].get("measure") or drafts[w].get("measure")
        if axis and not any(key == "own_axis" for key, _ in rest["extra"]):
            rest["extra"].append(("own_axis", axis[0]))


def _earlier_shares_of(drafts: list[dict[str, Any]], w: int, portions: list[int],
                       rest: dict[str, Any]) -> list[int]:
    """The portions a rest completes, with the figures of sentences before that are said "of"
    the same whole in its own words ("Labour won 411 of the 650 seats. // The Conservatives
    were reduced to 121 seats and the Liberal Democrats won 72. The other 46 went to ..."):
    each is a part of that breakdown (everyday72); portions of no such whole stay as they
    are."""
    if drafts[portions[0]].get("role") != "of_whole":
        return portions
    earlier = [j for j, x in enumerate(drafts[:portions[0]])
               if x.get("role") == "of_whole" and x.get("group") == w and
               x["unit"] == rest["unit"] and x["value"] and x.get("section") == rest.get("section")]
    return earlier + portions


def _the_rest_in_sentence(low: str, drafts: list[dict[str, Any]],
                          sents: list[list[int]]) -> None:
    """"Twelve of the 19 officials expect one more rise, while the remaining seven would
    hold": the rest after portions of one whole earlier in its sentence completes that
    breakdown, whose parts must add up to the whole (as the next sentence's rest does:
    ``_the_rest_after_portions``)."""
    for idxs in sents:
        for p, r in enumerate(idxs):
            rest = drafts[r]
            if p == 0 or rest.get("role") not in (None, "portion") or \
                    rest.get("group") is not None or not rest["value"] or \
                    _THE_REST_BEFORE.search(low, max(rest["sentence"][0], rest["start"] - 24),
                                            rest["start"]) is None:
                continue
            # (not the whole itself when it stands in the sentence too: "Of the 650
            # constituencies, 533 are in England, ... and the remaining 18 in Northern
            # Ireland", everyday89)
            wholes = {drafts[j].get("group") for j in idxs[:p]}
            before = [j for j in idxs[:p] if drafts[j]["unit"] == rest["unit"] and
                      drafts[j].get("role") != "whole" and j not in wholes]
            groups = {drafts[j].get("group") for j in before}
            if not before or len(groups) != 1 or \
                    any(drafts[j].get("role") not in ("portion", "of_whole") for j in before):
                continue
            w = groups.pop()
            if not isinstance(w, int) or isinstance(w, bool) or drafts[w]["value"] is None or \
                    rest["value"] >= drafts[w]["value"]:
                continue
            for j in (*before, r):
                drafts[j]["role"], drafts[j]["group"] = "part", w


# the words right before the last figure of a breakdown that make it the rest of the whole
# ("the remaining 74,700", "the other 140,000", "the rest, 12"): the breakdown is complete
# ("another 2,934" is one more portion, not the rest)
_THE_REST_BEFORE = re.compile(r"\b(?:the\s+(?:other|remaining)|the\s+rest,?)\s+"
                              r"(?:(?:about|some|nearly|almost)\s+)?$")


# "..., of whom 1,100 were Afghans, 700 Iranians and 450 Eritreans", "723 homicides, among them
# the 96 Hillsborough deaths": a breakdown of the count before it in the sentence, after a
# clause break
_OF_WHOM_BEFORE = re.compile(r"[,(\u2014\u2013][ \u00a0]*(?:of[ \u00a0]+whom|of[ \u00a0]+which|"
                             r"among[ \u00a0]+them)[ \u00a0]+(?:the[ \u00a0]+)?"
                             r"(?:(?:about|some|nearly|almost|more[ \u00a0]+than|just)[ \u00a0]+)?$")


# a clause break between a count and "N of them": "; ", ", and ", ", but "
_CLAUSE_BEFORE = re.compile(r"(?:;|,[ \u00a0]*(?:and|but|while)\b|\band\b)[^.;,\d]{0,60}$")


def _of_whom_list(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """A count broken down after "of whom", "of which", "among them" in its own sentence
    ("Some 2,400 people crossed in September, of whom 1,100 were Afghans, 700 Iranians and
    450 Eritreans"): the figure after those words and the other items of its list are
    portions of the nearest figure of their unit before them, and count what it counts."""
    for p, b in enumerate(idxs):
        d = drafts[b]
        if p and d.get("role") == "portion" and type(d.get("group")) is int and \
                _OF_WHOM_BEFORE.search(low, max(d["sentence"][0], d["start"] - 40), d["start"]):
            # (a portion read already: the portions after it whose verb is elided)
            for j in _of_whom_more(low, drafts, idxs, p, d["unit"]):
                drafts[j]["role"], drafts[j]["group"] = "portion", d["group"]
                drafts[j]["measure"] = d.get("measure") or drafts[j].get("measure")
                drafts[j][NAMED_PORTION] = True
            continue
        if p == 0 or d.get("role") not in (None, "item") or not d["value"] or \
                not _OF_WHOM_BEFORE.search(low, max(d["sentence"][0], d["start"] - 40),
                                           d["start"]) and not (
                    # "Ten of the cases were severe; nine of them were in the placebo group"
                    _OF_THEM.match(low, d["end"]) and
                    _CLAUSE_BEFORE.search(low, drafts[idxs[p - 1]]["end"], d["start"])):
            continue
        # (within WHOLE_WINDOW figures either side: linear in a sentence of many figures)
        w = next((j for j in reversed(idxs[max(0, p - WHOLE_WINDOW):p])
                  if drafts[j]["unit"] == d["unit"]), None)
        if w is None or not drafts[w]["value"] or \
                drafts[w].get("role") not in (None, "total", "whole") or \
                d["unit"] == "percent" and RELATIVE_AMOUNT_AFTER.match(low, drafts[w]["end"]):
            # ("1.7 million trains ..., 11% fewer than a year before, and 74.7% of them ran on
            # time": a share of them is of the trains, never of the 11% a comparison states)
            continue
        parts = [b] + ([j for j in idxs[p + 1:p + 1 + WHOLE_WINDOW]
                        if drafts[j].get("role") == "item" and
                        drafts[j].get("group") == d.get("group") and
                        drafts[j]["unit"] == d["unit"]] if d.get("role") == "item" else [])
        parts += _of_whom_more(low, drafts, idxs, idxs.index(parts[-1]), d["unit"])
        for j in parts:
            drafts[j]["role"], drafts[j]["group"] = "portion", w
            drafts[j]["measure"] = drafts[w].get("measure") or drafts[j].get("measure")
            drafts[j][NAMED_PORTION] = True


# the words before the next portion of an "of whom" breakdown whose verb is elided, after the
# change the portion before carries: "of whom 74,000 flew to Asia, up 10.6 per cent, and
# 105,000 to North America"
_AND_NEXT = re.compile(r",?[ \u00a0]+and[ \u00a0]+(?:(?:about|some|nearly|almost|just)[ \u00a0]+)?$")


def _of_whom_more(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int,
                  unit: str | None) -> list[int]:
    """The portions after portion ``idxs[p]`` of an "of whom" breakdown that its list did not
    hold, since each carries a change of its own between them (everyday97): each next figure
    of the unit after ", and", past the changes in between; none past a figure of any other
    kind."""
    out: list[int] = []
    last = drafts[idxs[p]]["end"]
    for j in idxs[p + 1:p + 1 + WHOLE_WINDOW]:
        x = drafts[j]
        if x.get("role") == "change" and x["unit"] == "percent":
            last = x["end"]
            continue
        if x["unit"] != unit or x.get("role") is not None or not x["value"] or \
                low.find(",", last, x["start"]) < 0 or \
                not _AND_NEXT.search(low, last, x["start"]):
            break
        out.append(j)
        last = x["end"]
    return out


# a sentence that opens on the total before it and what it holds: "The total includes £14m
# given by the public"; the sentence after it, on the rest: "The other £5m came from ..."
_TOTAL_INCLUDES = re.compile(r"\W*the\s+(?:total|sum|tally|amount|toll|figure)\s+(?:includes|"
                             r"included|comprises|comprised|(?:is|was)\s+made\s+up\s+of)\s+"
                             r"(?:(?:about|some|nearly|almost|more\s+than)\s+)?")
_THE_OTHER = re.compile(r"\W*(?:the\s+(?:other|remaining)|another|the\s+rest,?)\s+"
                        r"(?:(?:about|some|nearly|almost)\s+)?")
TOTAL_BACK = 8      # figures back where the total a sentence opens on may stand


def _parts_the_total_includes(low: str, drafts: list[dict[str, Any]],
                              sents: list[list[int]]) -> None:
    """A sentence that opens on "the total" and what it includes, after the figure it names
    ("The appeal raised £19m in its first 24 hours. The total includes £14m given by the
    public. The other £5m came from the government"): its figures, and the next sentence's
    "other" or "remaining" one, are portions of that figure (the nearest one before, of their
    unit, in this paragraph or the one before), which they may not exceed."""
    for k, idxs in enumerate(sents):
        first = drafts[idxs[0]]
        if not _TOTAL_INCLUDES.fullmatch(low, first["sentence"][0], first["start"]):
            continue
        parts = [i for i in idxs if drafts[i]["unit"] == first["unit"] and
                 drafts[i].get("role") is None and drafts[i]["value"]]
        nxt = sents[k + 1] if k + 1 < len(sents) else []
        if nxt and drafts[nxt[0]]["unit"] == first["unit"] and \
                drafts[nxt[0]].get("role") in (None, "portion") and \
                drafts[nxt[0]].get("group") is None and \
                _THE_OTHER.fullmatch(low, drafts[nxt[0]]["sentence"][0], drafts[nxt[0]]["start"]):
            parts.append(nxt[0])
        whole = next((j for j in range(idxs[0] - 1, max(-1, idxs[0] - TOTAL_BACK), -1)
                      if drafts[j]["unit"] == first["unit"] and drafts[j]["value"] and
                      drafts[j].get("role") in (None, "total") and
                      drafts[j].get("section") == first.get("section") and
                      low.count("\n\n", drafts[j]["end"], first["start"]) <= 1), None)
        if whole is None or not parts:
            continue
        for i in parts:
            drafts[i]["role"], drafts[i]["group"] = "portion", whole


# a sentence that opens with its total: "In all, 4,600 volunteers took part."
_TOTAL_LEAD = re.compile(r"\W*(?:in\s+all|altogether|in\s+total|all\s+told|combined)\s*,?\s+"
                         r"(?:[a-z]+\s+){0,3}?$|\W*(?:a|the)\s+total\s+of\s+$")


# a sentence that opens on several things named before it, counted, and their joint figure:
# "Together the two airports accounted for 16.7 million passengers"
_JOINT_LEAD = re.compile(r"\W*(?:together|between\s+them|combined|jointly)\s*,?\s+(?:the\s+)?"
                         r"(?P<n>two|three|four|five|six)\s+(?:[a-z-]+\s+){1,4}?$")


def _joint_total(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """The joint figure of a sentence that opens on "Together the two airports ..." is the
    total of the last that many figures of its unit in the sentence before (levels, not
    changes or shares), which must add up to it."""
    for k in range(1, len(sents)):
        idxs = sents[k]
        if len(idxs) < 2:
            continue
        c, i = drafts[idxs[0]], idxs[1]
        d = drafts[i]
        m = _JOINT_LEAD.fullmatch(low, d["sentence"][0], d["start"])
        if m is None or d.get("role") not in (None, "item") or not d["value"] or \
                c["start"] < m.start("n") or c["end"] > m.end("n"):
            continue
        n = grammar().cardinals[m.group("n")]    # (numbers.yaml's number words)
        if not _adjacent(drafts[sents[k - 1][-1]], d):
            continue
        parts = _joint_parts(low, drafts, sents, k, d, n)
        if parts is None:
            continue
        if any(drafts[j]["value"] >= d["value"] for j in parts):
            continue
        c["role"] = "factor"        # the count of the things, no figure of its own
        d["role"], d["group"] = "total", None
        d["subject"] = None         # of them all, none of the subjects named before
        d["extra"].append(("joint", True))  # (the sum of those named only: no level of the
        # story's whole, "Together the four accounted for 1.6 billion" of the EU's 2.8 billion)
        for j in parts:
            drafts[j]["role"], drafts[j]["group"] = "part", i


def _joint_parts(low: str, drafts: list[dict[str, Any]], sents: list[list[int]], k: int,
                 d: dict[str, Any], n: int) -> list[int] | None:
    """The ``n`` figures a joint figure ``d`` (sentence ``k``) adds up: the last ones of its
    unit in the sentence before that count one thing (a count of another noun between them is
    passed over: "Gatwick, which has one runway to Heathrow's two, served 38 million"); None
    when there are not ``n`` (figures further back are ``complements.counted_joint_totals``'
    to read)."""
    def level(j: int) -> bool:
        return drafts[j]["unit"] == d["unit"] and bool(drafts[j]["value"]) and \
            drafts[j].get("role") in (None, "item", "portion") and _of_the_same(low, drafts[j], d)
    prev = [j for j in sents[k - 1] if level(j)]
    if prev and drafts[prev[-1]].get("measure") is not None:
        kind = drafts[prev[-1]]["measure"]
        prev = [j for j in prev if drafts[j].get("measure") in (None, kind)]
    if len(prev) >= n:
        return prev[-n:]
    return None


def _of_the_same(low: str, part: dict[str, Any], total: dict[str, Any]) -> bool:
    """Whether two percentages are shares of one thing, as far as their words say: "19% of the
    total" (of the seats) is no part of "57.4% of the vote"."""
    if part["unit"] != "percent":
        return True
    a, b = share_of_what(low, part), share_of_what(low, total)
    return a is None or b is None or a == b


def _total_after_list(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """A list of the sentence before ("given to 2,400 people, and 1,800 received a placebo")
    and a sentence that opens with their total ("In all, 4,200 volunteers took part"): the
    items are its parts, which must add up to it."""
    has_total = {x.get("group") for x in drafts if x.get("role") == "total"}
    for k in range(1, len(sents)):
        i = sents[k][0]
        d = drafts[i]
        if d.get("role") is not None or not d["value"] or \
                not _TOTAL_LEAD.fullmatch(low, d["sentence"][0], d["start"]):
            continue
        prev = sents[k - 1]
        if not _adjacent(drafts[prev[-1]], d):
            continue
        groups = {drafts[j].get("group") for j in prev if drafts[j].get("role") == "item"}
        if len(groups) != 1:
            continue
        g = groups.pop()
        items = [j for j in prev if drafts[j].get("group") == g]
        if any(j > items[-1] and drafts[j]["unit"] == d["unit"] and drafts[j]["value"] and
               drafts[j].get("role") is None for j in prev):
            continue    # (a count after the list's last item the list did not take: "..., an
            # independent 43 and a socialist candidate 9": the list may not be complete)
        if len(items) < 2 or any(drafts[j]["unit"] != d["unit"] or
                                 drafts[j]["value"] is None or
                                 drafts[j]["value"] >= d["value"] for j in items) or \
                g in has_total:
            continue
        d["role"] = "total"
        for j in items:
            drafts[j]["role"] = "part"
            drafts[j]["group"] = i


_SUBJECT_AFTER_LIST = re.compile(r"\b(?:with|after)\s+$")


def _items_of_a_whole(text_low: str, drafts: list[dict[str, Any]],
                      sents: list[list[int]]) -> None:
    """"The Liberal Democrats won 8 of the 14 seats ..., the Conservatives 4 and Labour 2":
    the list after a count out of a whole is more counts out of that whole (which may not
    add up to more), when every item counts what the first does and names its own subject."""
    sizes: dict[Any, int] = {}
    for x in drafts:
        if x.get("role") == "item":
            sizes[x.get("group")] = sizes.get(x.get("group"), 0) + 1
    for idxs in sents:
        for p, w in enumerate(idxs):
            dw = drafts[w]
            whole = dw.get("group")
            if dw.get("role") != "of_whole" or not isinstance(whole, int) or \
                    isinstance(whole, bool) or \
                    _SUBJECT_AFTER_LIST.search(text_low, drafts[idxs[0]]["sentence"][0], dw["start"]):
                # ("With 648 of 650 seats declared, Labour has 412, ...": the count declared
                # so far is no party's share)
                continue
            # (the whole itself may have been read as the list's first item: "9 of the 16
            # seats ..., the Conservatives 5 and the Greens 4")
            if any(drafts[j].get("role") == "of_whole" and drafts[j].get("group") != whole
                   for j in idxs[p + 1:]):
                continue    # ("won 29 of 40 and in Negeri Sembilan 31 of 36, leaving PN 11
                # and five": a later count out of another whole; the list after pairs with
                # the two)
            if any(drafts[j].get("role") == "of_whole" and drafts[j].get("group") != whole
                   for j in idxs[:p]):
                if drafts[whole].get("role") == "item":
                    # (nor is the whole an item of the list after it: "31 of 36, leaving PN
                    # 11 and five")
                    drafts[whole]["role"], drafts[whole]["group"] = "whole", None
                break
            items = [j for j in idxs[p + 1:] if drafts[j].get("role") == "item" and j != whole]
            groups = {drafts[j].get("group") for j in items}
            own = drafts[whole].get("role") == "item" and drafts[whole].get("group") in groups
            # (or the noun of a threshold between, carried on to the list: "26 of 59, four
            # short of the 30 needed for a majority, with PH on 24 and BN on nine")
            bars = {drafts[j].get("measure") for j in idxs[p + 1:] if j not in items and
                    drafts[j].get("role") == "compared" and drafts[j].get("measure")}
            if len(items) < 1 or len(groups) != 1 or any(
                    drafts[j]["unit"] != dw["unit"] or
                    drafts[j].get("measure") not in (None, dw.get("measure"),
                                                     drafts[whole].get("measure"), *bars) or
                    not ((dw.get("subject") and drafts[j].get("subject") and
                          drafts[j].get("subject") != dw.get("subject")) or
                         _states_apart(text_low, drafts[whole], drafts[j]))
                    for j in items) or \
                    len(items) + own != sizes.get(next(iter(groups))):
                continue
            if own:
                drafts[whole]["role"], drafts[whole]["group"] = "whole", None
            for j in items:
                drafts[j]["role"], drafts[j]["group"] = "of_whole", whole
                drafts[j]["measure"] = dw.get("measure")
            break


def _states_apart(low: str, whole: dict[str, Any], item: dict[str, Any]) -> bool:
    """Whether the first count out of ``whole`` and a later ``item`` name two states of its
    members by one preposition: "24 of the 38 universities in deficit ... and 16 in surplus"
    (the 16 are out of the 38 too, not a list with them)."""
    a = _STATE_AFTER.match(low, whole["end"])
    b = _STATE_AFTER.match(low, item["end"])
    return a is not None and b is not None and a.group(1) == b.group(1) and \
        a.group(2) != b.group(2)


# the state words right after a whole ("universities in deficit") or an item ("16 in surplus")
_STATE_AFTER = re.compile(r"(?:[ \u00a0]+[a-z][\w-]*)?[ \u00a0]+(in|on|with|without)[ \u00a0]+"
                          r"(?!(?:the|a|an|its|their|this|that|last|next|\d)\b)([a-z][\w-]*)")


# a whole a percentage is of ("of the vote", "of new car sales in the UK"): its head noun is
# the last word before a preposition, a link word or the end of the phrase
_OF_WHOLE_NOUN = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+|all[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?"
                            r"((?:[a-z][\w’'-]*[ \u00a0]*){1,4})")
# a share of a bare plural, with no article: "84% of trains on time", "2.8% of trains" (a rate
# of the subject's own things; not the vote's "52% of votes cast", a common whole)
_OF_BARE_PLURAL = re.compile(r"[ \u00a0]+of[ \u00a0]+(?!(?:the|all|its|their|votes?|ballots?|seats?|"
                             r"those|these|them)\b)[a-z]+s\b")
# a whole its owner's by a possessive: "of its total income", "of their sales"
_OF_OWN = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:its|their|his|her)\b")
_PHRASE_STOP = frozenset("""in on at for from to by and or with than as this that last a an the
its their of while but after before since across""".split())
# the words before a figure that make it a level of its own, not a party's or a product's part
# of a whole: "Turnout was 60%", "rose to 40%"
_LEVEL_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|stood\s+at|stands\s+at|reached|to|from|"
                           r"by|than|of|hit|rate|turnout)\s+(?:(?:about|around|nearly|almost|some|"
                           r"just|only)\s+)?$")


def _whole_head(low: str, end: int) -> str | None:
    """The head noun of the whole a percentage ending at ``end`` says it is of, if it says."""
    m = _OF_WHOLE_NOUN.match(low, end)
    if m is None or re.search(r"[’']s\b", m.group(1)) or _OF_OWN.match(low, end):
        # ("8.2% of the world's electricity", "57% of its total income": a whole of its
        # owner's; the figures of other places or bodies after it are each of their own)
        return None
    words = []
    for w in m.group(1).split():
        if w in _PHRASE_STOP:
            break
        words.append(w)
    return re.sub(r"(?:’s|'s|s)$", "", words[-1]) if words else None


WHOLE_WINDOW = 24        # figures after a share or a count out of a whole where more may stand
_LEVELS = frozenset({"level", "normal", "average", "capacity", "target", "usual", "total"})


def _restates_earlier(drafts: list[dict[str, Any]], k: int, x: dict[str, Any]) -> bool:
    """Whether ``x`` repeats a figure of its measure and value given before the ``k``-th
    ("Democrats won 97 of the 151 seats ... Connecticut House Democrats' 97 seats give them a
    majority"): a restatement, no member of a whole named in between. Looks WHOLE_WINDOW back."""
    return any(d["value"] == x["value"] and d["unit"] == x["unit"] and
               d.get("measure") == x.get("measure") for d in drafts[max(0, k - WHOLE_WINDOW):k])


# a verb or noun of what is counted right after a bare count: "where 13 fledged", "11 chicks"
_COUNTED_AFTER = re.compile(r"[ \u00a0]+([a-z][a-z-]+)")


def _counts_another_noun(low: str, whole_count: dict[str, Any], x: dict[str, Any]) -> bool:
    """Whether a count ``x`` of no known measure counts another thing than the first count out
    of a whole, ``whole_count`` ("Nine of the 14 nesting attempts"): the word after each (a
    noun or a verb) differs, or either has none."""
    a = _COUNTED_AFTER.match(low, whole_count["end"])
    b = _COUNTED_AFTER.match(low, x["end"])
    return a is None or b is None or a.group(1).rstrip("s") != b.group(1).rstrip("s")


# "all" or "the" right before a count: the whole of what it counts ("swept all 32 seats",
# "across the 245 seats contested"), no one member's part of an earlier whole
_A_WHOLE_BEFORE = re.compile(r"\b(?:all|all\s+(?:of\s+)?the|the)\s+$")


def _one_whole_across_sentences(text: str, low: str, drafts: list[dict[str, Any]],
                                lex: Any = None) -> None:
    """Shares of one whole and counts out of one whole in the sentences after the first, in
    its paragraph and the next: "MPLA won 71.8% of the vote ..., giving it 175 of the 220 seats. UNITA ...
    took 18.7% and 32 seats, and the new CASA-CE coalition 6.0% and eight seats. The PRS won
    1.7% and three seats ..." (shares of the vote, and counts out of the 220 seats); "Battery
    electric cars made up 19.6% of new car sales ... Petrol cars accounted for 52.2% of
    sales, hybrids 13.9% and diesel 5.1%" (in the next paragraph). A later figure joins when
    it is of the same unit
    and measure (or, for a percentage, says "of" the same whole, or stands after a name or a
    verb of taking), names a subject none of the others has, is dated as the first or not
    at all, and is no change, compared value or part of another whole. Three figures make
    such a group; two do when they count what their subjects hold of the whole (measures.yaml
    ``held``: "nine of the 17 seats. The Antigua Labour Party won ... seven seats": no party
    holds another's seat)."""
    n = len(drafts)
    for k, a in enumerate(drafts):
        if a.get("role") not in (None, "of_whole", "share") or not a["value"]:
            continue
        whole = a.get("group") if a.get("role") == "of_whole" else None
        head = None
        if a["unit"] == "percent":
            # (a bare plural, "2.8% of trains", or "153.6% of GDP": each one's own, no common)
            head = None if _own_rate(low, a["end"]) else _whole_head(low, a["end"])
            if head is None and (a.get("measure") == "vote_share" or (
                    a.get("role") == "share" and
                    _CHOICE_WORDS.search(low, *a["sentence"]) is not None)):
                # ("Labour is on 42% and the Conservatives on 22%, according to a YouGov
                # poll": two parties' shares of one vote intention)
                head = "vote"
            if head is None or head in _LEVELS:
                continue
        elif whole is None or not isinstance(whole, int) or isinstance(whole, bool):
            continue
        if (not a.get("subject") and a.get("measure") != "vote_share") or (
                a.get("role") in ("share", "of_whole") and any(
                x.get("group") == a.get("group") and x.get("role") == a.get("role")
                for x in drafts[max(0, k - WHOLE_WINDOW):k])):
            continue    # (a share group, or the counts out of one whole, read from the first)
        # (its paragraph and the next, and on from each member to the paragraph after its own)
        para_end = _next_paragraph_end(low, a["end"])
        members, subjects = [k], {a["subject"], *_joint_names(a.get("subject"))}
        # (the whole a share is worked from is its own: "19.6% of new car sales ... 381,970
        # electric cars were sold out of 1.95 million new cars")
        own = {v.get("per") for x, v in a["extra"] if x == "ratio" and isinstance(v, dict)}
        for j in range(k + 1, min(n, k + 1 + WHOLE_WINDOW)):
            x = drafts[j]
            if x["start"] >= para_end:
                break
            if j in own:
                continue
            if x["sentence"] != a["sentence"] and (
                    x.get("role") == "whole" or (
                        whole is not None and x["unit"] == a["unit"] and
                        (x.get("role") == "of_whole" and x.get("group") != whole or
                         _A_WHOLE_BEFORE.search(low, max(x["sentence"][0], x["start"] - 12),
                                                x["start"])))):
                break   # (another body's whole: "The BJP won 57 of Uttarakhand's 70 seats"
                # after Punjab's 117: its seats and its vote are no more of Punjab's; "PN
                # swept all 32 seats in Terengganu", "Across the 245 seats contested": a
                # whole of its own, all of which no party of the first whole holds)
            if x["sentence"] == a["sentence"] or x["unit"] != a["unit"] or not x["value"] or \
                    x.get("role") not in (None, "item", "share") or \
                    x.get("period") not in (None, a.get("period")) or \
                    _restates_earlier(drafts, k, x):
                continue
            if a["unit"] == "percent":
                if _share_of_another(low, drafts, a, x, head, members):
                    continue
            elif x.get("measure") != a.get("measure") or x.get("role") not in (None, "item") or \
                    (x.get("role") == "item" and isinstance(x.get("group"), int)) or \
                    (a.get("measure") is None and _counts_another_noun(low, a, x)):
                continue
            if _held_apart(low, x):
                continue
            if not _another_member(drafts, x, members, subjects):
                continue
            members.append(j)
            subjects.update((x["subject"], *_joint_names(x["subject"])))
            para_end = max(para_end, _next_paragraph_end(low, x["end"]))
        # (two only when the first names its party: "With 648 of 650 seats declared, Labour
        # has 412" counts the declared seats, no party's)
        if len(members) < (2 if whole is not None and lex is not None and
                           lex.held(a.get("measure")) and
                           (a.get("_basis") or {}).get("subject") == "written" else 3):
            continue
        if whole is not None:
            for j in members[1:]:
                drafts[j]["role"], drafts[j]["group"] = "of_whole", whole
            continue
        gid = next((drafts[j]["group"] for j in members if drafts[j].get("role") == "share"),
                   None) or f"w{k}"
        old = {drafts[j].get("group") for j in members if drafts[j].get("group") is not None}
        for x in drafts:
            if x.get("group") in old and x.get("role") in ("share", "item") and \
                    x["unit"] == "percent":
                x["role"], x["group"] = "share", gid
        for j in members:
            drafts[j]["role"], drafts[j]["group"] = "share", gid


def _held_apart(low: str, x: dict[str, Any]) -> bool:
    """Whether count ``x`` is held apart from a whole's members: a pronoun's count may be a
    joint one (``_PRONOUN_HOLDS``); what a party held before the vote is no part of the new
    whole (``_HELD_INTO_VOTE``)."""
    lo = max(x["sentence"][0], x["start"] - 40)
    return bool(_PRONOUN_HOLDS.search(low, lo, x["start"]) or
                _HELD_INTO_VOTE.search(low, lo, x["start"]) or
                _HELD_INTO_VOTE_AFTER.match(low, x["end"]))


def _another_member(drafts: list[dict[str, Any]], x: dict[str, Any], members: list[int],
                    subjects: set[Any]) -> bool:
    """Whether ``x`` names a subject none of the whole's members has (or stands in their
    list): not a joint figure of members ("A coalition of the PVV and VVD would hold 61"); a
    party a list names with no proper name ("the largest opposition party took 36.7% and the
    Greens 9.1%") is one of the list's choices."""
    listed = x.get("group") is not None and x.get("role") in ("item", "share")
    if not x.get("subject") and not listed:
        return False
    if x.get("subject") not in subjects and not subjects & set(_joint_names(x.get("subject"))):
        return True
    return x.get("group") is not None and any(drafts[i].get("group") == x["group"]
                                              for i in members)


def _next_paragraph_end(low: str, pos: int) -> int:
    """Where the paragraph after the one ``pos`` stands in ends (the text's end if none)."""
    end = low.find("\n\n", pos)
    end = low.find("\n\n", end + 2) if end >= 0 else -1
    return len(low) if end < 0 else end


def _joint_names(subject: Any) -> list[str]:
    """The names a joint subject joins ("national and act": national, act); none for one. A
    joint subject holds its names' figures: "the two parties with 59 of the 122 seats" before
    "National won 48 seats": National's 48 are inside the 59, no other member of the whole."""
    return str(subject).split(" and ") if subject and " and " in str(subject) else []


def _share_of_another(low: str, drafts: list[dict[str, Any]], a: dict[str, Any],
                      x: dict[str, Any], head: str | None, members: list[int]) -> bool:
    """Whether percentage ``x`` is a share of another whole than ``a``'s (``head``): it names
    another, or names none and is no share of the vote after one (a bare percentage only
    after a share of the vote: "Turnout was 60% of registered voters. Labour took 40%" are of
    two wholes), or is a share of a whole of its own ("In the Senate race, the Democrat led by
    3 points, 50% to 47%"), unless it is listed with the members."""
    own = _whole_head(low, x["end"])
    if own is not None:
        return own != head
    grouped = x.get("group") is not None and any(
        drafts[i].get("group") == x["group"] for i in members)
    if grouped:
        return False
    lo = max(x["sentence"][0], x["start"] - 30)
    # (a party's share it fell or rose to is still its share of the vote: "The Conservatives
    # fell to 24%")
    level = _LEVEL_BEFORE.search(low, lo, x["start"]) is not None and not (
        x.get("subject") and _MOVED_TO_BEFORE.search(low, lo, x["start"]))
    return head != "vote" or level or \
        x.get("measure") not in (None, a.get("measure")) or x.get("role") == "share"


_MOVED_TO_BEFORE = re.compile(r"\b(?:fell|dropped|slumped|sank|slid|slipped|collapsed|plunged|"
                              r"tumbled|crashed|edged|rose|climbed|jumped|surged|soared|leapt|"
                              r"recovered)\s+to\s+(?:(?:about|around|nearly|almost|some|just|only)"
                              r"\s+)?$")


# a pronoun and its verb right before a count: "they will hold 82 seats", "it now has 12"; it
# may count subjects already counted ("With the 16 seats of their ally, they will hold 82")
_PRONOUN_HOLDS = re.compile(r"\b(?:they|it|he|she|we)[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?"
                            r"(?:hold|holds|held|have|has|had|control|controls|won|took|get|"
                            r"gets)[ \u00a0]+(?:a[ \u00a0]+total[ \u00a0]+of[ \u00a0]+)?$")
# a holding before the vote, no part of the whole it produced: "Labor, which held 51 seats before
# the election, was reduced to seven", "went into the election with 51 seats", "had 44 seats
# in the outgoing parliament"
_HELD_INTO_VOTE = re.compile(r"\b(?:previously|formerly|went[ \u00a0]+into[ \u00a0]+(?:the[ \u00a0]+)?"
                             r"(?:election|vote|poll)[ \u00a0]+with|going[ \u00a0]+into[ \u00a0]+"
                             r"(?:the[ \u00a0]+)?(?:election|vote|poll)[ \u00a0]+with)[ \u00a0]+"
                             r"(?:[a-z]+[ \u00a0]+){0,2}?$")
_HELD_INTO_VOTE_AFTER = re.compile(r"(?:[ \u00a0]+[a-z]+){0,2}?[ \u00a0]+(?:before|prior[ \u00a0]+to|"
                                      r"going[ \u00a0]+into|ahead[ \u00a0]+of)[ \u00a0]+(?:the|this|"
                                      r"last[ \u00a0]+\w+'s)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:election|"
                                      r"vote|poll|ballot)|(?:[ \u00a0]+[a-z]+){0,2}?[ \u00a0]+(?:in|at)"
                                      r"[ \u00a0]+the[ \u00a0]+(?:last|previous|outgoing|old)[ \u00a0]+"
                                      r"(?:election|parliament|assembly|council|legislature|house|vote)")
# the count a majority or a win needs, no holding: "which would need 43 councillors", "the 326
# needed for a majority", "43 seats are required"
_NEEDED_BEFORE = re.compile(r"\b(?:needs?|needed|needing|requires?|required|requiring)[ \u00a0]+"
                            r"(?:(?:at[ \u00a0]+least|about|around|some|just)[ \u00a0]+)?$")
_NEEDED_AFTER = re.compile(r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?:(?:is|are|was|were)[ \u00a0]+)?"
                           r"(?:needed|required)\b")
# a figure a goal takes, right after it: "passed the 326 seats needed for a majority", "the 50
# votes required to pass" (a threshold set against a level, none itself)
_THRESHOLD_AFTER = re.compile(r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?:(?:is|are|was|were)[ \u00a0]+)?"
                              r"(?:needed|required)[ \u00a0]+(?:for|to)\b")
# the goal a count needed is for, right after it: "needs 23 seats for a majority", "needed 50
# votes to pass"
_GOAL_AFTER = re.compile(r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?:for[ \u00a0]+(?:a|an|the|overall)"
                         r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:majority|control|win|quorum|pass)|"
                         r"to[ \u00a0]+(?:win|pass|govern|control|form|take|secure|hold|override))\b")
# a verb of holding right before a bare count: "The Conservatives ... won 22 and an
# independent one"
_WON_BEFORE = re.compile(r"\b(?:won|took|has|have|had|holds|held|kept|retained)[ \u00a0]+$")


def _table_of_holders(drafts: list[dict[str, Any]], x: dict[str, Any]) -> bool:
    """Whether ``x`` is an item of a list of at least three bare counts, each of a holder of
    its own and none of a measure: a table written as text ("The council's new make-up:
    Labour 23, Conservatives 20, Liberal Democrats six, ..."), whose counts are holdings of
    the body named by its size before it (``_holdings_of_a_body``)."""
    if x.get("role") != "item" or x.get("group") is None:
        return False
    items = [d for d in drafts if d.get("role") == "item" and d.get("group") == x["group"]]
    holders = [d.get("subject") for d in items]
    return len(items) >= 3 and all(holders) and len(set(holders)) == len(holders) and \
        all(d.get("measure") is None and not d["unit"] for d in items)


def _holdings_of_a_body(low: str, drafts: list[dict[str, Any]], lex: Any) -> None:
    """The seats of one body, counted party by party after it is named by its size ("leaving
    the 50-seat authority under no overall control. Independents ... with 17 councillors. The
    Conservatives now have 13 seats and the Liberal Democrats 11 ... Labour won six"), in its
    paragraph and the next: counts out of that whole, which may not add up to more. A count
    joins when it is of the held measure (measures.yaml ``held``) or, bare ("Labour won six,"),
    follows one that is; each of a subject of its own, no change or compared value (a party's
    "lost 23 seats" is a change: ``_bare_change``), dated as the whole or not at all. Another
    whole of the measure ends the count (Southend's "51 seats" after North Somerset's)."""
    if lex is None:
        return
    n = len(drafts)
    for k, w in enumerate(drafts):
        if w["unit"] or not w["value"] or w.get("role") not in (None, "whole"):
            continue
        sized = BODY_SIZE.match(low, w["end"])
        if sized is not None:
            measure = next((m for m in lex.phrase_measure.get(sized.group(1) + "s", ())
                            if lex.held(m)), None)
        elif w.get("role") == "whole" and lex.held(w.get("measure")):
            measure = w["measure"]
        else:
            continue
        if measure is None:
            continue
        para_end = low.find("\n\n", w["end"])
        para_end = low.find("\n\n", para_end + 2) if para_end >= 0 else -1
        para_end = len(low) if para_end < 0 else para_end
        members: list[int] = []
        tabled: set[int] = set()
        # (the counts already read out of it: "Labour won 411 of the 650 seats")
        # (not a count of the seats declared so far, "644 of 650 seats have now declared:
        # Labour 410, ...": the holdings after it are its parts)
        progress = next((i for i in range(max(0, k - 4), min(n, k + WHOLE_WINDOW))
                         if drafts[i].get("role") == "of_whole" and drafts[i].get("group") == k
                         and _DECLARED_AFTER.match(low, w["end"])), None)
        subjects = {str(x.get("subject")) for i, x in
                    enumerate(drafts[max(0, k - 4):k + WHOLE_WINDOW], max(0, k - 4))
                    if x.get("role") == "of_whole" and x.get("group") == k and i != progress}
        subjects.update(n for s in list(subjects) for n in _joint_names(s))
        for j in range(k + 1, min(n, k + 1 + WHOLE_WINDOW)):
            x = drafts[j]
            if x["start"] >= para_end:
                break
            if x.get("measure") in (measure, None) and x.get("role") == "whole" or \
                    x.get("role") is None and not x["unit"] and x["sentence"] != w["sentence"] and \
                    _A_WHOLE_BEFORE.search(low, max(x["sentence"][0], x["start"] - 12), x["start"]):
                break       # the seats of another body ("swept all 32 seats in Terengganu")
            # (a list read as the portions of a party's count before it is re-read: "with 17
            # councillors. The Conservatives now have 13 seats and the Liberal Democrats 11")
            reread = x.get("role") == "portion" and x.get("group") in members and \
                not x.get(NAMED_PORTION)
            # (a holding as of the count or later: "now have 23", not "had 30 in 2019")
            if x["unit"] or x["value"] is None or _restates_earlier(drafts, k, x) or \
                    x.get(ALLIED) or not (x.get("role") in (None, "item") or reread) or \
                    (x.get("period") is not None and w.get("period") is not None and
                     x["period"][0] < w["period"][0]):
                continue
            # (a bare count after a party's count out of the whole: "Democrats won 97 of the
            # 151 seats ... Republicans were left with 54.")
            if x.get("measure") is None and _table_of_holders(drafts, x):
                tabled.add(j)
            bare = x.get("measure") is None and (bool(members or subjects) and (
                _BARE_AFTER.match(low, x["end"]) is not None or
                _WON_BEFORE.search(low, max(0, x["start"] - 12), x["start"]) is not None) or
                j in tabled)
            if x.get("measure") != measure and not bare:
                continue
            subj = x.get("subject")
            if not subj or subj in subjects or subj == w.get("subject") and sized is None or \
                    _PRONOUN_HOLDS.search(low, max(x["sentence"][0], x["start"] - 40),
                                          x["start"]) or \
                    _NEEDED_BEFORE.search(low, max(x["sentence"][0], x["start"] - 40),
                                          x["start"]) or _NEEDED_AFTER.match(low, x["end"]):
                continue    # (nor a pronoun's count, maybe a joint one: ``_PRONOUN_HOLDS``;
                # nor the count a majority needs: "which would need 43 councillors")
            members.append(j)
            subjects.update((subj, *_joint_names(subj)))
        if len(members) + len(subjects) < 2:
            continue
        w["role"] = "whole"
        w["measure"] = w.get("measure") or measure
        for j in members:
            drafts[j]["role"], drafts[j]["group"] = ("of_whole", k) if progress is None else \
                ("portion", progress)
            # (a table's bare counts are parts of the body, not levels that another figure of
            # its holder restates: "after losing seven seats ... Labour 23")
            drafts[j]["measure"] = drafts[j].get("measure") if j in tabled else measure


# the words after a whole that make the count out of it before a count of those declared so
# far: " seats have now declared", " constituencies have been counted"
_DECLARED_AFTER = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:have|has)[ \u00a0]+(?:now[ \u00a0]+)?"
                             r"(?:been[ \u00a0]+)?(?:declared|counted|reported|called)\b")


# a figure of the whole country: "24,488 across the country", "314 cases nationally"
_NATIONAL_WORDS = (r"\b(?:across|throughout|in)[ \u00a0]+the[ \u00a0]+(?:whole[ \u00a0]+)?"
                   r"(?:country|nation)\b|\bnation(?:wide|ally)\b|\bcountry-?wide\b")


@lru_cache(maxsize=1)
def _national() -> re.Pattern[str]:
    """The words that give a figure for a whole country: the fixed ones ("across the country",
    "nationwide") and "across" or "throughout" before a country's name (entities.yaml
    ``whole_countries``: "1,288 cases across the United States")."""
    names = sorted((str(w).lower() for w in vocab.load("entities.yaml").get("whole_countries")
                    or []), key=len, reverse=True)
    if not names:
        return re.compile(_NATIONAL_WORDS)
    named = "|".join(re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in names)
    return re.compile(_NATIONAL_WORDS + r"|\b(?:across|throughout)[ \u00a0]+(?:" + named +
                      r")(?![\w.-])")
# the group a count is of, written before it: "deaths among car users", "among under-fives"
_AMONG_GROUP = re.compile(r"\bamong[ \u00a0]+(?:the[ \u00a0]+)?(?P<group>[a-z][\w’'-]*)")
# a ranking of places after a total: "Selangor had the most cases", "California led with"
_RANKED = re.compile(r"\b(?:had|has|have|recorded|reported|saw|accounted[ \u00a0]+for)[ \u00a0]+"
                     r"the[ \u00a0]+(?:most|highest|largest|biggest)\b|\bled[ \u00a0]+with\b|"
                     r"\b(?:hit|affected)[ \u00a0]+(?:the[ \u00a0]+)?(?:hardest|worst|most)\b|"
                     r"\b(?:hardest|worst|most)[ \u00a0]+(?:hit|affected)\b")


def _heads_a_ranking(low: str, drafts: list[dict[str, Any]], k: int) -> bool:
    """Whether figure ``k`` is an item of a ranking in its own sentence: it stands after
    "followed by stealing with", "ahead of Meru with", or the next figure of its sentence
    does."""
    w = drafts[k]
    if _RANKED_BESIDE.search(low, max(w["sentence"][0], w["start"] - 80), w["start"]):
        return True     # ("..., followed by stealing with 18,534": ranked itself)
    if k + 1 >= len(drafts) or drafts[k + 1]["sentence"] != w["sentence"]:
        return False
    x = drafts[k + 1]
    return _RANKED_BESIDE.search(low, max(w["end"], x["start"] - 80), x["start"]) is not None


def _places_of_a_country(low: str, drafts: list[dict[str, Any]]) -> None:
    """Counts of places within a country after its count, in its paragraph and the next:
    after a figure its words give for the whole country ("More structures burned in 2018
    than in any other year: 24,488 across the country. California alone lost 22,867 ..."), or
    opened as a ranking of its places ("Malaysia recorded 72,356 dengue cases ... Selangor had
    the most cases, with 40,849. Kuala Lumpur ... followed with 8,794, and Johor with 6,057"):
    portions of it, which may not add up to more (issue #11: a state's count above the
    national total). A place's count is of the total's measure (a national figure that names
    none takes the noun its sentence names before it), dated within its period or not at
    all, and about a place of its own; a list read as the portions of the first place's
    count is re-read. Bounded: WHOLE_WINDOW figures after the total."""
    n = len(drafts)
    for k, w in enumerate(drafts):
        if w.get("role") not in (None, "total") or not w["value"] or \
                w.get("group") is not None or not _adds_up(w):
            continue
        ss, se = w["sentence"]
        if _heads_a_ranking(low, drafts, k):
            continue    # ("Assault was the most common offence, with 19,328 cases, followed by
            # stealing with 18,534": one of a ranking's items, no whole of the places after it)
        # (the words may open near the figure and run past the window: "642 whooping cough
        # cases across the United States")
        # (a phrase opening more than 40 characters after the figure is not its own; the
        # search ends 100 after that, not at the sentence's end: linear in a long sentence)
        national = _national().search(low, max(ss, w["start"] - 60), min(se, w["end"] + 140))
        if national is not None and national.start() > w["end"] + 40:
            national = None
        if national is None and w.get("measure") is None:
            continue
        if sum(x.get("group") == k and x.get("role") in ("portion", "part") and
               x.get("subject") == w.get("subject")
               for x in drafts[k + 1:k + 1 + WHOLE_WINDOW]) > 1:
            continue    # ("Of the 1,051,570 houses damaged, 317,391 have been destroyed and
            # 734,179 partly damaged ... Balochistan ... 61,488 damaged houses": a breakdown on
            # another axis than the places; a place's count is no third part of it (one subset,
            # "Of those, 66 have been hospitalised", is no breakdown)
        para_end = low.find("\n\n", w["end"])
        para_end = low.find("\n\n", para_end + 2) if para_end >= 0 else -1
        para_end = len(low) if para_end < 0 else para_end
        lead = low[max(ss, w["start"] - 120):w["start"]]
        members: list[int] = []
        subjects = {w.get("subject")}
        for j in range(k + 1, min(n, k + 1 + WHOLE_WINDOW)):
            x = drafts[j]
            if x["start"] >= para_end:
                break
            reread = x.get("role") == "portion" and x.get("group") in members and \
                not x.get(NAMED_PORTION)
            # (in the total's own sentence only after a ranking's words: "..., with Michigan
            # worst hit at 760,000", a bare count then of the total's measure)
            ranked = _RANKED.search(low, max(w["end"], x["start"] - 60), x["start"]) is not None
            if (x["sentence"] == w["sentence"] and not ranked) or x["unit"] != w["unit"] or \
                    x["value"] is None or not (x.get("role") in (None, "item") or reread) or \
                    not (x.get("measure") or (ranked and _BARE_AFTER.match(low, x["end"]))) or \
                    not _period_within(x, w) or x.get("cumulative") != w.get("cumulative"):
                continue
            measure = x.get("measure") or w.get("measure")
            if measure != w.get("measure") and not (
                    w.get("measure") is None and
                    re.search(r"\b" + re.escape(str(measure).split()[0]), lead)):
                continue
            if w.get("period") and not x.get("period") and \
                    _OF_ALL.search(low, x["sentence"][0], x["start"]):
                continue    # ("In 2018, 24,488 ... California has suffered more than half of
                # all losses, nearly 60,000": of every year's, no part of the dated total)
            if _framed_apart(low, w, x, group=True):
                continue    # (the count of a group, "deaths among car users fell to 1,059", has
                # no place's count of everyone for a part: "the Metropolitan Police area had the
                # most deaths, 182")
            subj = x.get("subject")
            if not subj or subj in subjects or any(
                    drafts[i]["value"] == x["value"] for i in members):
                continue    # (nor one restating a place's count: "some of its 430,000")
            if national is None and not members and \
                    _RANKED.search(low, x["sentence"][0], x["start"]) is None:
                break   # no ranking of places opens after it: the figures are no parts
            members.append(j)
            subjects.add(subj)
        for j in members:
            drafts[j]["role"], drafts[j]["group"] = "portion", k
            drafts[j]["measure"] = drafts[j].get("measure") or w.get("measure")


# a share of every one counted, in a place's sentence: "more than half of all losses"
_OF_ALL = re.compile(r"\b(?:half|third|quarter|fifth|tenth|most|majority|share|\d+(?:\.\d+)?%|"
                     r"percent|per[ \u00a0]+cent)[ \u00a0]+of[ \u00a0]+all\b")
# a portion of a whole its owner's figure gave: "4.9 million of the group's passengers"
_OF_OWNERS = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:its|their|the[ \u00a0]+[a-z]+[’']s)[ \u00a0]+"
                        r"(?:[a-z]+[ \u00a0]+)??([a-z]{3,})\b")
OWNER_BACK = 12     # figures back where the owner's whole may stand


def _parts_of_an_owners_whole(low: str, drafts: list[dict[str, Any]]) -> None:
    """A figure given as a portion of its owner's whole ("Flights within Europe carried 4.9
    million of the group's passengers and domestic routes 2.0 million. North American routes
    carried 989,000, ... and Latin America 374,000.") after that whole ("The group carried
    8.9 million passengers in May"): it and the figures of its unit that follow in its
    paragraph, naming no other measure, are portions of the whole, which they may not exceed
    together. The whole is the nearest earlier figure (OWNER_BACK at most) of the noun named."""
    n = len(drafts)
    for k, d in enumerate(drafts):
        if d.get("role") not in (None, "portion") or not d["value"] or not _adds_up(d):
            continue
        m = _OF_OWNERS.match(low, d["end"])
        if m is None:
            continue
        stem = m.group(1)[:-1] if m.group(1).endswith("s") else m.group(1)
        whole = next((j for j in range(k - 1, max(-1, k - OWNER_BACK), -1)
                      if drafts[j]["unit"] == d["unit"] and drafts[j]["value"] and
                      drafts[j].get("role") in (None, "total") and
                      str(drafts[j].get("measure") or "").startswith(stem)), None)
        if whole is None or d.get("group") not in (None, whole):
            continue
        para_end = low.find("\n\n", d["end"])
        para_end = len(low) if para_end < 0 else para_end
        parts = [k]
        for j in range(k + 1, min(n, k + 1 + WHOLE_WINDOW)):
            x = drafts[j]
            if x["start"] >= para_end:
                break
            if x["unit"] != d["unit"] or x["value"] is None or \
                    x.get("role") not in (None, "item") or \
                    x.get("measure") not in (None, drafts[whole].get("measure")):
                break
            parts.append(j)
        for j in parts:
            drafts[j]["role"], drafts[j]["group"] = "portion", whole
            drafts[j]["measure"] = drafts[j].get("measure") or drafts[whole].get("measure")


def _places_after_count(drafts: list[dict[str, Any]], sent: list[int], nxt: list[int]) -> None:
    """A count ("The flood affected 12,400 homes") and, in the next sentence, a list of bare
    counts of its unit each at a place of its own ("About 8,100 were in Somerset and 5,200 in
    Devon"): portions of the count, which may not add up to more. The sentence before must
    hold one such count, about no named body, and the list name nothing of its own."""
    cands = [i for i in sent if drafts[i].get("role") is None and drafts[i]["value"] and
             drafts[i].get("measure") is not None and not drafts[i]["unit"] and
             _adds_up(drafts[i])]
    if len(cands) != 1 or not nxt or not _adjacent(drafts[cands[0]], drafts[nxt[0]]) or \
            drafts[cands[0]].get("subject") is not None:
        return      # (a count about one named body is no total of others: a ranking)
    t = drafts[cands[0]]
    parts = [j for j in nxt if drafts[j]["value"]]
    subjects = [drafts[j].get("subject") for j in parts]
    if len(parts) < 2 or any(
            drafts[j]["unit"] or drafts[j].get("role") not in (None, "item") or
            drafts[j].get("measure") not in (None, t["measure"]) or
            drafts[j]["value"] >= t["value"] for j in parts) or \
            None in subjects or len(set(subjects)) != len(parts) or \
            t.get("subject") in subjects or \
            len({drafts[j].get("group") for j in parts}) != 1:
        return
    for j in parts:
        drafts[j]["role"] = "portion"
        drafts[j]["group"] = cands[0]
        drafts[j]["measure"] = t["measure"]


def _verb_items(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Figures coordinated after "A of the B", each with a verb of its own ("City won 28 of
    their 38 games, drew 7 and lost 3"): parts of the same whole B."""
    for idxs in sents:
        for p, i in enumerate(idxs):
            a = drafts[i]
            if a.get("role") != "of_whole" or a.get("group") is None:
                continue
            prev = idxs[p + 1] if p + 1 < len(idxs) else None
            if prev is None or drafts[prev].get("role") != "whole":
                continue
            last = prev
            for j in idxs[p + 2:]:
                b = drafts[j]
                if b.get("role") is not None or b["unit"] != a["unit"] or b["value"] is None \
                        or not _VERB_ITEM_GAP.fullmatch(low, drafts[last]["end"], b["start"]):
                    break
                if b.get("measure") is not None and \
                        b["measure"] != drafts[prev].get("measure"):
                    break   # ("..., scoring 96 goals": a count of another noun ends them)
                b["role"] = "of_whole"
                b["group"] = a["group"]
                last = j


def _by_density(dim_a: str, dim_b: str) -> bool:
    """Whether one figure restates the other only through a density the text does not give:
    a volume and a mass, or their rates ("181 bushels an acre (about 11.4 tonnes a hectare)",
    "50 gallons (190 kilograms)"); no conversion to check, where "3 km (5 kg)" is a slip."""
    ha, _, ra = dim_a.partition("/")
    hb, _, rb = dim_b.partition("/")
    return {ha, hb} == {"volume", "mass"} and ra == rb


def _same_unit_as_written(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``b`` is in ``a``'s unit and written at least as finely: then it is no
    conversion nor rounding of ``a`` but a figure of its own, such as the year before's that
    company reports put in brackets ("Equity per share was €7.47 (€7.24)"); a rounding in
    brackets ("$1,234,567 ($1.2 million)") is written more coarsely and is still checked."""
    qa, qb = a.get("_q"), b.get("_q")
    return a["unit"] == b["unit"] and qa is not None and qb is not None and \
        float(getattr(qb, "step", 1.0) or 0.0) <= float(getattr(qa, "step", 1.0) or 0.0)


def _adjacent_pair(text: str, low: str, drafts: list[dict[str, Any]], i: int,
                   compared: Spots) -> None:
    """What figure ``i`` and the next one say of each other: a conversion, a stated multiple,
    and within one sentence a compared value, a portion, a whole (``_same_sentence_pair``;
    ``compared``: where the document's _COMPARED_WORDS stand)."""
    a, b = drafts[i], drafts[i + 1]
    if _inside_another(drafts, i + 1):
        return      # ("five" of "Four in five of those admitted" is no portion of "Four")
    gap = text[a["end"]:b["start"]]
    same_sentence = a["sentence"] == b["sentence"]
    # conversion "3 km (5 miles)", "156 inches, or 13 feet"
    # (a share in brackets is never the conversion of a figure of another kind: "people aged
    # over 65 (68.5%)" restates the share before the age)
    if same_sentence and a["unit"] and b["unit"] and \
            (a["unit"] == "percent") == (b["unit"] == "percent") and \
            not _by_density(a["_q"].dim, b["_q"].dim) and not _same_unit_as_written(a, b) and (
            (_PAREN.match(gap) and _PAREN_CLOSE.match(text[b["end"]:b["end"] + 3])) or
            ((_OR_CONVERTED.match(gap) or (_converted_aside(gap, b) and
                                           _CONVERTED_END.match(text, b["end"]))) and
             a["unit"] != b["unit"] and
             a["_q"].dim == b["_q"].dim and a["_q"].dim not in ("", "count", "currency",
                                                                "percent"))):
        b["extra"].append(("conversion_of", i))
        b["measure"] = b.get("measure") or a.get("measure")
        b["subject"] = b.get("subject") or a.get("subject")
        b["period"] = b.get("period") or a.get("period")
        ab, bb = a.get("_basis") or {}, b.get("_basis") or {}
        if b["period"] is not None and (a.get("period") is None or (
                bb.get("period") == "written" and ab.get("period") != "written")):
            # one figure in two units has one period, whichever of them the date was read
            # for: "the record of 38.7C (101.7F), set ... in 2019" dates both (a date the
            # conversion's words give outranks one the figure carried from before)
            a["period"] = b["period"]
            if ab:
                ab["period"] = bb.get("period", ab.get("period"))
        if a["_q"].dim == "temperature" and (
                _BY_GAP.search(low, max(0, a["start"] - 24), a["start"]) or
                _GAP_AFTER.match(low, b["end"] + 1)):
            # "by 1.6C (2.9F)", "1.9C (3.4F) above": a number of degrees, converted without
            # the scales' offsets
            b["extra"].append(("temperature_gap", 1))
        return
    if same_sentence and _range_conversion(text, drafts, i):
        return
    # stated multiple "1,600, double the previous day's 800", or across a sentence
    # break: "... 1,600 men ... . That was twice the 1,070 reported the day before."
    mm = None
    if same_sentence:
        if _MULT_HINT.search(gap):
            mm = _mult_re().match(gap)
            if mm is not None and (_MULT_ENDS.match(mm.group("rest")) or
                                   _MULT_CLAUSE.search(mm.group("rest")) or
                                   _MULT_BASE_NAMED.match(mm.group("rest")) or
                                   _MULT_VERB_TO.search(mm.group("m") + mm.group("rest")) or
                                   _MULT_PORTION.match(mm.group("rest")) or
                                   _MULT_OF_WHOM.match(mm.group("rest")) or
                                   _MULT_IN_A_ROW.match(mm.group("rest")) or
                                   _PART_OF_A_YEAR.search(gap, 0, mm.start("m")) or
                                   _DETERMINER_BEFORE.search(gap, 0, mm.start("m"))):
                # "671 million, or about half, while Asia ... 324 million": a share said in
                # words that ends its phrase, no multiple of the figure after it; nor a
                # multiple word that names a thing a relative clause then describes ("the
                # triple lock, which guarantees at least 2.5%")
                mm = None
    elif _adjacent(a, b):
        opening = text[b["sentence"][0]:b["start"]]
        if _MULT_HINT.search(opening):
            mm = _anaphor_re().match(opening)
    if mm is not None:
        a = _stated_multiple(low, drafts, i, mm, same_sentence,
                             _multiple_of_same_noun(low, drafts, i) if same_sentence else
                             _anaphor_level(drafts, i))
    if same_sentence:
        j = _past_scope_count(low, drafts, i)
        _same_sentence_pair(low, drafts[j] if j != i else a, b, j, compared)
        if b.get("role") == "portion" and b.get("group") == j:
            b["group"] = _whole_that_counts_it(low, drafts, j, b)


# a count that says over what a figure was measured: "40,267 across 380 matches", "an average
# of 12 over 30 days", "in 43 forces"
_NOUN_RIGHT_AFTER = re.compile(r"[ \u00a0]+(?!(?:in|on|at|of|to|from|and|or|but|up|down|a|an|the|"
                               r"this|that|last|per|each|for|with|by|than|more|less|over|"
                               r"across|after|before|since|while|as|was|were|is|are)\b)"
                               r"[a-z][a-z'-]+")
# a per-share figure said beside the total it divides: ", or $1.19 a share,"
_PER_SHARE_ASIDE = re.compile(r"[ \u00a0]+(?:a|per)[ \u00a0]+(?:diluted[ \u00a0]+)?share\b")
# a count written as an adjective of a body's size: "the 151-member House", "650-seat"
_SIZE_ADJECTIVE = re.compile(r"[-\u2010\u2011][a-z]")
_SCOPE_COUNT_BEFORE = re.compile(r"\b(?:across|over|throughout|in)[ \u00a0]+(?:the[ \u00a0]+|all[ \u00a0]+)?$")


# a second comparison joined to a multiple's phrase: ", and well above the previous record of"
_AND_COMPARED = re.compile(r"[^.;:\d]{0,20}?,[ \u00a0]+and[ \u00a0]+(?:(?:well|far|just|comfortably|"
                           r"easily)[ \u00a0]+)?(?:above|below|over|under|beating|ahead[ \u00a0]+of)\b")


def _multiple_said_of(low: str, drafts: list[dict[str, Any]], i: int) -> int | None:
    """The figure a multiple describes when ``i`` is the multiple's base and a second
    comparison is joined to the multiple's phrase: "averaged 49mm, almost three times the
    long-term average of 17mm, and well above the previous record of 41mm" sets the 49mm, not
    the 17mm, against the 41mm (lead42). None otherwise."""
    a, b = drafts[i], drafts[i + 1]
    if a["sentence"] != b["sentence"] or not _AND_COMPARED.match(low, a["end"], b["start"]):
        return None
    for x in (i - 1, i - 2):
        if x < 0 or drafts[x]["sentence"] != a["sentence"] or drafts[x]["unit"] != b["unit"]:
            continue
        if _MULTIPLE_PHRASE.fullmatch(low, drafts[x]["end"], a["start"]):
            return x
    return None


# from a level to the base of the multiple said of it: ", almost three times the long-term
# September average of "
_MULTIPLE_PHRASE = re.compile(r"(?:[^.;:\d,]{0,40}?,)?[ \u00a0]*(?:(?:about|almost|nearly|roughly|more[ \u00a0]+"
                              r"than|over)[ \u00a0]+)?(?:twice|double|triple|half|(?:[a-z]+|\d+"
                              r"(?:\.\d+)?)[ \u00a0]+times)[ \u00a0]+(?:the|its|their)\b[^.;:\d]{0,60}?"
                              r"(?:of[ \u00a0]+)?")


# a span that says which of a count's people or things are counted: "waiting more than 52 weeks",
# "older than 65 years", "longer than 18 months"
_TIME_SPAN_QUALIFIES = re.compile(r"\b(?:more|longer|less|fewer|over|under|at[ \u00a0]+least|"
                                  r"older|younger)[ \u00a0]+(?:than[ \u00a0]+)?$")


# a word that sets the figure after it against the one before ("..., fewer than the 385,022")
_SET_AGAINST_WORD = re.compile(r"\b(?:fewer|more|less|higher|lower|than|up|down|from|"
                               r"compared|against|beating|above|below)\b")


def _past_scope_count(low: str, drafts: list[dict[str, Any]], i: int) -> int:
    """The figure the next one (``i + 1``) is set against: ``i``, or the one before it when
    ``i`` only counts what the figure before it was measured across ("a record 40,267 across
    380 matches, up from 39,950": the 39,950 is the earlier attendance, compared with the
    40,267, and no count of matches; its new value is the attendance)."""
    a, b = drafts[i], drafts[i + 1]
    if (x := _multiple_said_of(low, drafts, i)) is not None:
        return x
    if i and _PER_SHARE_ASIDE.match(low, a["end"]) and drafts[i - 1]["sentence"] == a["sentence"] \
            and drafts[i - 1]["unit"] == b["unit"] and b["unit"] and \
            OR_LINK.fullmatch(low, drafts[i - 1]["end"], a["start"]):
        return i - 1    # "earned $1.07 billion, or $1.19 a share, ..., up from $818 million"
    if i and drafts[i - 1]["sentence"] == a["sentence"] and \
            drafts[i - 1]["unit"] == a["unit"] == b["unit"] and \
            (_rate_beside_level(low, a, b) or _SIZE_ADJECTIVE.match(low, a["end"])) and \
            not _rate_beside_level(low, drafts[i - 1], b) and \
            not _SIZE_ADJECTIVE.match(low, drafts[i - 1]["end"]):
        return i - 1    # "79.2 million in 2023, or about 6.6 million a month, up from 61.6
        # million"; "77 seats in the 151-member House, up from 68": the level, not the rate
        # or the size of the body
    if i and a["_q"].dim == "time" and a["unit"] != b["unit"] and \
            drafts[i - 1]["sentence"] == a["sentence"] and drafts[i - 1]["unit"] == b["unit"] and \
            _TIME_SPAN_QUALIFIES.search(low, max(a["sentence"][0], a["start"] - 30),
                                        a["_q"].num_start) and \
            _SET_AGAINST_WORD.search(low, a["end"], b["start"]):
        return i - 1    # "383,083 people had been waiting more than 52 weeks ..., fewer than
        # the 385,022": the span says whom the count counts, the count is set against
    if i == 0 or a["unit"] or b["unit"] or _NOUN_RIGHT_AFTER.match(low, a["end"]) is None or \
            _NOUN_RIGHT_AFTER.match(low, b["end"]) is not None:
        return i
    p = drafts[i - 1]
    if p["sentence"] != a["sentence"] or p["unit"] != b["unit"] or \
            _NOUN_RIGHT_AFTER.match(low, p["end"]) is not None or \
            _SCOPE_COUNT_BEFORE.search(low, max(p["end"], a["start"] - 20), a["start"]) is None:
        return i
    return i - 1


# the words after a multiple that end its phrase before the next figure
_MULT_ENDS = re.compile(r"\s*(?:[,;:)\u2014\u2013]|\s-\s)")
# a multiple verb whose new level follows "to": "the Sweden Democrats more than doubled their
# seats to 49" says 49 is the doubled level, no multiple of the figure before the verb;
# (dates46) nor one whose earlier value follows "from", in a clause of its own too: "Use of
# the 11 stations almost doubled between 2006/7 and 2017/8, from 25.6m to 50.8m entries"
_MULT_VERB_TO = re.compile(r"^(?:doubled|tripled|trebled|quadrupled|halved)\b(?:[^.;,]*\bto|"
                           r"[^.;]*\bfrom)\s*$", re.I)
# a multiple of a period's figure the text does not give, its phrase ended: "€20 million in
# fees, double the year before, and a €38 million levy" (the levy is no base of it)
_MULT_BASE_NAMED = re.compile(
    r"\s+(?:the\s+(?:year|month|week|day|quarter|season)\s+(?:before|earlier)|the\s+previous\s+"
    r"(?:year|month|week|day|quarter|season)|last\s+(?:year|month|week|season|time)|"
    r"a\s+(?:year|month|week)\s+(?:earlier|ago|before)|(?:in|of)\s+(?:19|20)\d\d|"
    # (or a norm: "145.3mm of rain, twice the 1971-2000 average, beating the record of 136.2mm")
    r"the\s+(?:[\w’'-]+\s+){0,3}?(?:average|norm|normal|usual(?:\s+amount)?))\s*[,;)\u2014\u2013]",
    re.I)
# a portion of a whole before it in apposition to the figure after: "35 deaths, and more than
# half of them, 20, ..." (20 is the portion: majorities.py), no multiple of the 20
_MULT_PORTION = re.compile(r"\s*(?:of\s+)?(?:them|those|these|the\s+[\w’'-]+(?:\s+[\w’'-]+){0,2})"
                           r"\s*[,(\u2014\u2013]\s*(?:(?:up|down)\s+)?(?:(?:about|around|some|nearly|"
                           r"almost|roughly|more\s+than|over)\s+)?$", re.I)
# "30,000 people, half of whom were given two doses": a share of the figure before, no
# multiple of the one after
_MULT_OF_WHOM = re.compile(r"\s*(?:of\s+)?(?:whom|which)\b", re.I)
# a relative clause between a multiple word and the next figure: the word was a name's
_MULT_CLAUSE = re.compile(r"[,(\u2014\u2013]\s*(?:which|who|whose|that|where|when)\b", re.I)


# a temperature that is a gap between two others: "beat the record by 1.6C (2.9F)", "1.9C
# (3.4F) warmer than"
_BY_GAP = re.compile(r"\bby[ \u00a0]+(?:(?:about|around|nearly|almost|some|just|roughly|more"
                     r"[ \u00a0]+than|over)[ \u00a0]+)?$")
_GAP_AFTER = re.compile(r"[ \u00a0]*(?:degrees?[ \u00a0]+)?(?:above|below|higher|lower|warmer|"
                        r"cooler|colder|hotter|more|less)\b")


_RANGE_TO = re.compile(r"\s*(?:to|-|–|and)\s*")


def _range_conversion(text: str, drafts: list[dict[str, Any]], i: int) -> bool:
    """A range and its conversion in brackets, "10 to 15 feet (3 to 4.6 metres)": at the
    pair (15 feet, 3), each end of the second range is the conversion of the first's."""
    if i < 1 or i + 2 >= len(drafts):
        return False
    a1, a2, b1, b2 = drafts[i - 1:i + 3]
    if not (a1["unit"] and a1["unit"] == a2["unit"] and b1["unit"] and b1["unit"] == b2["unit"]
            and a1["unit"] != b1["unit"] and a1["sentence"] == b2["sentence"] and
            _RANGE_TO.fullmatch(text, a1["end"], a2["start"]) and
            _PAREN.match(text[a2["end"]:b1["start"]]) and
            _RANGE_TO.fullmatch(text, b1["end"], b2["start"]) and
            _PAREN_CLOSE.match(text[b2["end"]:b2["end"] + 3])):
        return False
    for frm, to in ((i - 1, b1), (i, b2)):
        to["extra"].append(("conversion_of", frm))
        to["measure"] = to.get("measure") or drafts[frm].get("measure")
    return True


def _multiple_of_same_noun(low: str, drafts: list[dict[str, Any]], i: int) -> int:
    """The figure a multiple said before figure ``i + 1`` speaks of: figure ``i``, unless
    ``i + 1`` names what it counts, ``i`` counts another noun and an earlier figure of the
    sentence counts that one: "launched at least 59 ballistic missiles in an estimated 31
    rounds of test firings, ..., more than double the previous record of 25 missiles" doubles
    the missiles, not the rounds. (The nouns are read in the three words after each figure.)"""
    a, b = drafts[i], drafts[i + 1]
    amount = move_amount_of(low, drafts, i, b)
    if amount is not None:
        return amount   # "by 100 basis points to 8.5%, twice the 50-point rise": the amount
    noun = counted_noun(low, b["end"])
    if not noun or a["unit"] != b["unit"] or _names_noun(low, a, noun):
        return i
    for j in range(i - 1, -1, -1):
        x = drafts[j]
        if x["sentence"] != b["sentence"]:
            break
        if x["unit"] == b["unit"] and x["value"] and _names_noun(low, x, noun):
            return j
    return i


def _anaphor_level(drafts: list[dict[str, Any]], i: int) -> int:
    """The figure "That was twice ..." speaks of when the sentence before ends on figure
    ``i``: ``i``, unless ``i`` is the earlier value a level of that sentence was compared with
    ("34 deaths per 100,000, up from 22 per 100,000 in 2007-09. That is more than double the
    national average": the 34 is doubled, not the 22); then that level."""
    a = drafts[i]
    if a.get("role") != "compared":
        return i
    to = next((v.get("to") for k, v in a["extra"] if k == "direction" and isinstance(v, dict)),
              None)
    if isinstance(to, int) and 0 <= to < len(drafts) and drafts[to]["sentence"] == a["sentence"]:
        return to
    return i


def _names_noun(low: str, d: dict[str, Any], noun: str) -> bool:
    """Whether ``noun`` (singular) stands in the three words after figure ``d``."""
    words = re.findall(r"[a-z][a-z'’-]*", low[d["end"]:d["end"] + 60])[:3]
    return any(singular(w) == noun or w == noun for w in words)


# the words after an amount of change: "77 more than in 2018", "60 fewer", "a 12% rise"
_AMOUNT_WORDS_AFTER = re.compile(r"[ \u00a0]*(?:[a-z]+[ \u00a0]+)?(?:more|fewer|less|higher|lower|"
                                 r"up|down|" + _CHANGE_NOUNS + r")\b")


def _multiplied_before(low: str, drafts: list[dict[str, Any]], i: int, b: dict[str, Any]
                       ) -> int:
    """The figure of the sentence before (read back from its figure ``i``: its last, or the
    level its last was compared with, ``_anaphor_level``) that a sentence opening
    "That was twice the ..." multiplies to reach ``b``: the latest in b's unit that counts what
    b counts ("15,600 cases and 537 deaths ... That is twice the 14,600 cases"), else the
    latest in its unit ("... 2,435 TWh in 2020, almost a tenth of the world's supply. That was
    more than double the 1,283 TWh of 2015"); an amount of change is passed over ("1,264
    deaths ..., 77 more than in 2018. It is ... more than double the 545 of a decade
    earlier": the level, not its change). ``i`` when none is in b's unit."""
    sent = drafts[i]["sentence"]
    same = list(takewhile(lambda j: drafts[j]["sentence"] == sent, range(i, -1, -1)))
    unit = [j for j in same if drafts[j]["unit"] == b["unit"] and drafts[j]["value"]]
    level = [j for j in unit if not _AMOUNT_WORDS_AFTER.match(low, drafts[j]["end"],
                                                              drafts[j]["end"] + 20)
             and drafts[j].get("role") != "compared"]
    if b.get("measure") is not None:
        for pool in (level, [j for j in same if drafts[j]["unit"] == b["unit"]]):
            named = [j for j in pool if drafts[j].get("measure") == b["measure"]]
            if named:
                return named[0]
    if drafts[i]["unit"] == b["unit"] and i in level:
        return i
    return (level or unit or [i])[0]


# a count of times in succession, no multiple: "to win the World Cup twice in a row"
_MULT_IN_A_ROW = re.compile(r"[ \u00a0]*(?:in[ \u00a0]+a[ \u00a0]+row|running|in[ \u00a0]+succession|"
                            r"on[ \u00a0]+the[ \u00a0]+trot)\b")


def _stated_multiple(low: str, drafts: list[dict[str, Any]], i: int, mm: re.Match[str],
                     same_sentence: bool, base: int) -> dict[str, Any]:
    """Record the multiple ``mm`` states between figure ``i + 1`` and the figure it is a
    multiple of (figure ``base``, or across a sentence break the previous sentence's figure of
    the same measure); returns that figure."""
    a, b = drafts[base], drafts[i + 1]
    factor = grammar().multiples[" ".join(mm.group("m").lower().split())]
    if not same_sentence:
        a = drafts[_multiplied_before(low, drafts, base, b)]
    rel = {"kind": "multiple", "factor": factor, "of": i + 1}
    # "more than twice the 1.3 million" is from double up, "nearly three times" short of it
    hedge = MULT_HEDGE.search(mm.string[:mm.start("m")])
    if hedge is not None:
        rel["bound"] = mult_bound(hedge.group(1))
    a["extra"].append(("relation", rel))
    # the figure compared with is another quantity, not a restatement of a
    b["role"] = b.get("role") or "reference"
    # "1,600 troops, double the previous day's 800": the same measure
    for x, y in ((a, b), (b, a)):
        if y.get("measure") is None and x.get("measure") is not None and \
                x["unit"] == y["unit"]:
            y["measure"] = x["measure"]
        if y.get("subject") is None and x.get("subject") is not None:
            y["subject"] = x["subject"]
    return a


# between two items of a list of totals: their nouns and "and" or a comma ("troops and ")
_TOTALS_GAP = re.compile(r"[ \u00a0\n]+[a-z][a-z'-]*(?:[ \u00a0\n]+[a-z][a-z'-]*){0,3}?[ \u00a0\n]*"
                         r"(?:,[ \u00a0\n]*(?:and[ \u00a0\n]+)?|[ \u00a0\n]+and[ \u00a0\n]+)")


# "reached about 700,400 after 1,300 more casualties", "700,390, after 1,300 Russian soldiers
# were killed or wounded": "after" a figure of what happened, no value compared with
_AFTER_BEFORE = re.compile(r"\bafter\s+(?:another\s+|a\s+further\s+)?$")
_EVENT_AFTER = re.compile(r"\s+(?:more|additional|further|new)\b|(?:\s+[a-z][\w’'-]*){0,3}\s+"
                          r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:killed|wounded|"
                          r"lost|destroyed|downed|shot|eliminated|injured|put\s+out)\b")


def _after_an_event(low: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``b`` follows "after" as the count of what happened ("after 1,300 more
    casualties", "after 1,300 Russian soldiers were killed"), not as a compared value ("1,390,
    after 1,170 the day before")."""
    return _AFTER_BEFORE.search(low, max(a["end"], b["start"] - 20), b["start"]) is not None \
        and _EVENT_AFTER.match(low, b["end"], b["sentence"][1]) is not None


def _noun_head(low: str, d: dict[str, Any]) -> str:
    """The last word of the noun phrase after figure ``d`` ("EF-4 tornadoes in Arkansas" ->
    "tornadoe"), its plural "s" dropped; "" when none was read."""
    span = d.get("_noun")
    words = re.findall(r"[a-z0-9][a-z0-9’'-]*", low[span[0]:span[1]]) if span else []
    cut = next((k for k, w in enumerate(words) if w in _NOUN_PHRASE_END), len(words))
    words = [w for w in words[:cut] if not w[0].isdigit()]
    return words[-1].rstrip("s") if words else ""


# the words that end a noun phrase after a figure ("EF-4 tornadoes in Arkansas")
_NOUN_PHRASE_END = frozenset("""in on at of from for with by to and or who which that have has had was
were is are be been will would could can may""".split())


def _same_noun_before(low: str, drafts: list[dict[str, Any]], j: int,
                      b: dict[str, Any]) -> int | None:
    """The figure before ``j`` in its sentence that counts the noun portion ``b`` counts, when
    ``j`` counts another: "At least 92 tornadoes ... in more than a dozen states, including two
    EF-4 tornadoes" (the tornadoes' part, not the states')."""
    own = _noun_head(low, b)
    if not own or _noun_head(low, drafts[j]) in ("", own):
        return None
    return next((q for q in range(j - 1, -1, -1)
                 if drafts[q]["sentence"] == drafts[j]["sentence"] and
                 drafts[q]["unit"] == b["unit"] and _noun_head(low, drafts[q]) == own), None)


def _whole_that_counts_it(low: str, drafts: list[dict[str, Any]], j: int, b: dict[str, Any]
                          ) -> int:
    """The whole of a portion said right after a list of totals of several counts ("53,300
    troops and 2,175 tanks, among them 3,150 troops over the past seven days"): the item of
    that list that counts what the portion counts, when the item right before it counts
    something else; else that item ``j``."""
    named = _same_noun_before(low, drafts, j, b)
    if named is not None:
        return named
    m = b.get("measure")
    if not m or drafts[j].get("measure") in (None, m):
        return j
    q = j
    while q > 0 and drafts[q - 1]["sentence"] == drafts[j]["sentence"] and \
            _TOTALS_GAP.fullmatch(low, drafts[q - 1]["end"], drafts[q]["start"]):
        q -= 1
        if drafts[q].get("measure") == m and drafts[q]["unit"] == b["unit"]:
            return q
    return j


def _rate_beside_level(low: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``a`` is a rate a day, week or month and ``b`` none: "79.2 million passengers
    in 2023, or about 6.6 million a month, up from 61.6 million in 2022" sets 61.6 million
    against the year's level, not against its monthly rate."""
    return _SO_MANY_A_DAY.match(low, a["end"]) is not None and \
        _SO_MANY_A_DAY.match(low, b["end"]) is None


def _own_move(low: str, b: dict[str, Any]) -> bool:
    """Whether ``b`` opens a move of its own, "... to 7.6%, and in Irish it rose from 9.1% to
    11.9%": a verb of direction right before "from b" and "to" a figure right after it make b
    the earlier value of that move (``_verb_from_to``), never one compared with the figure
    before it in the sentence."""
    m = _FROM_A_TO_B.match(low, b["end"])
    return m is not None and low[m.end():m.end() + 1] in _FIGURE_OPENERS and \
        _VERB_FROM.search(low, max(b["sentence"][0], b["start"] - 40), b["start"]) is not None


_FIGURE_OPENERS = frozenset("0123456789$£€¥₹")


# the verbs by which someone sets or revises a figure: the new figure is as written
_SET_VERBS = frozenset({"raised", "lifted", "boosted", "hiked", "cut", "lowered", "reduced",
                        "trimmed", "slashed", "revised"})
_SET_HEDGED = re.compile(r"\b(?:about|around|roughly|some|nearly|almost|over|under|more|less|"
                     r"fewer|up|just|approximately|estimated)\b")


def _stated_way(low: str, said: str, a: dict[str, Any], i: int) -> dict[str, Any]:
    """The direction words ``said`` (a verb, its object, or "up from") give to the move to
    figure ``a`` (draft ``i``): ``{"to": i, "up": ...}``, with ``"exact_to"`` when a verb
    sets or revises ``a`` with no hedge ("revised down to 200,000 from 194,000", "raised its
    forecast to 13% from 10%"): a round revised figure is the figure itself, not an interval
    its rounding would open (everyday99)."""
    words = said.split()
    up = words[0] in _UP_WORDS or said in _UP_WORDS or (
        words[0] == "revised" and len(words) > 1 and words[1] in ("up", "upward", "upwards",
                                                                  "higher"))
    out: dict[str, Any] = {"to": i, "up": up}
    if words[0] in _SET_VERBS and not _SET_HEDGED.search(low, max(a["sentence"][0], a["start"] - 12),
                                                     a["end"]):
        out["exact_to"] = True
    return out


_WHEN_IT_MOVED_FROM = re.compile(r",[ \u00a0]*(?:when|after|as)[ \u00a0]+(?:it|they)[ \u00a0]+(?:had[ \u00a0]+)?"
                                 r"(?:rose|risen|fell|fallen|climbed|dropped|jumped|increased|"
                                 r"decreased|grew|grown|declined|slipped)[ \u00a0]+from[ \u00a0]+"
                                 r"(?:(?:about|around|some|nearly|almost)[ \u00a0]+)?[$£€]?$")


def _same_sentence_pair(low: str, a: dict[str, Any], b: dict[str, Any], i: int,
                        compared: Spots) -> None:
    """Roles that figure ``b`` takes from the words between it and ``a`` (draft ``i``) in one
    sentence: a compared value, a portion of a, the whole a is part of; and the measure of a
    compared value or bare next item that names none. Places moved in a ranking ("slipped
    eight places after its traffic fell from 43.7 million") say nothing of the next figure."""
    if rank_move(low, a):
        return
    _bare_counterpart(low, a, b)
    _rate_counterpart(low, a, b)
    # "183.7 million, up from 168.6 million": the earlier value is compared with, not
    # restated
    near = compared.any_in(max(a["end"], b["start"] - 40), b["start"]) and \
        not _after_an_event(low, a, b) and not _own_move(low, b)
    if b.get("role") is None and a["unit"] == b["unit"] and \
            not _after_apposed_list(low, a, b) and \
            ((near and _COMPARED_ONLY.search(low, max(a["end"], b["start"] - 40), b["start"])) or
             _COMPARED_AFTER.match(low, b["end"]) or
             # "falling to 121 seats from 365": a change's earlier value
             (near and _FROM_ONLY.search(low, max(a["end"], b["start"] - 30), b["start"]) and
              _CHANGE_VERB.search(low, b["sentence"][0], a["start"])) or
             # "The cap of £1,971 came into force in April, when it rose from £1,277": the
             # level's own clause says where it moved from
             (near and _WHEN_IT_MOVED_FROM.search(low, max(a["end"], b["start"] - 40),
                                                  b["start"]))):
        b["role"] = "compared"
        dm = _DIRECTION_FROM.search(low, max(a["end"], b["start"] - 20), b["start"]) or (
            _FROM_ONLY.search(low, max(a["end"], b["start"] - 30), b["start"]) and
            _VERB_TO.search(low, max(a["sentence"][0], a["start"] - 80), a["start"]))
        if dm is not None and a.get("role") is None and not _rate_beside_level(low, a, b) and \
                not _EXPECTED_BEFORE.search(low, max(a["sentence"][0], a["start"] - 40),
                                            a["start"]) and \
                not _BENCHMARK_AFTER.match(low, a["end"]):
            # "2.4 million, down from 3 million": the direction is checkable (not from a
            # forecast: "above forecasts of $6.5 billion and up from $7.3 billion")
            b["extra"].append(("direction", _stated_way(low, dm.group(1), a, i)))
    _beaten_level(low, a, b, i)
    _beaten_growth(low, a, b, i)
    _paced_change(low, a, b, i)
    # "537 deaths (of which 600 were children)": a portion of the figure before
    if b.get("role") is None and a["unit"] == b["unit"] and \
            _OF_WHICH.fullmatch(low, a["end"], b["start"]):
        b["role"] = "portion"
        b["group"] = i
        b["_of_which"] = True
    elif b.get("role") is None and a.get("_of_which") and a["unit"] == b["unit"] and \
            _OF_WHICH_NEXT.fullmatch(low, a["end"], b["start"]):
        # "136 GW, of which 72 GW was wind and 49 GW solar": the list goes on as portions
        b["role"], b["group"], b["_of_which"] = "portion", a["group"], True
    # "400 cases ..., 41 of them hospitalised": a portion of the figure before (not of a gap:
    # "some 90 million more than in 2014, and about 130 million of them" are of the level)
    if b.get("role") is None and not b["unit"] and not a["unit"] and \
            _OF_THEM.match(low, b["end"]) and a.get("role") not in ("change", "difference") and \
            _MORE_FEWER.match(low, a["end"]) is None and (a["value"] or 0) >= 1 and \
            not _whole_named_after(low, b):     # (nor of a fraction: "Half ... four of those")
        b["role"] = "portion"
        b["group"] = i
        # (it counts what the count before counts: "Ten cases were severe; nine of them ...";
        # a portion's own portions too, "Ten of the cases ..., and nine of them": ``of_them``)
        # (an open measure's: a vocabulary one may yet be revised, "launched 120 Shahed drones
        # ..., shot down 95 of them" are no losses)
        if b.get("measure") is None and a.get("measure") is not None and a.get("_open"):
            b["measure"] = a["measure"]
            if isinstance(b.get("_basis"), dict):
                b["_basis"]["measure"] = ("carried within the sentence: the count of "
                                          f"\"{low[a['start']:a['end']]}\"")
        b["extra"].append(("of_them", 1))
    elif b.get("role") is None and a.get("role") == "portion" and a["unit"] == b["unit"] and \
            any(k == "of_them" for k, _ in a["extra"]) and _placed_sibling(low, a, b):
        # "208 cases, 198 of them in Texas and 10 in New Mexico": the next place's portion
        b["role"], b["group"] = "portion", a["group"]
        # (a group noun names which portion, not what is counted: "71 of them firefighters
        # and 27 civilians" count the injured)
        b["measure"] = (a.get("measure") or b.get("measure")) if _named_sibling(low, a, b) \
            else (b.get("measure") or a.get("measure"))
    # "411 of the 650 seats": the whole a part is counted in is no restatement of it
    if a["unit"] == b["unit"] and (_OF_WHOLE.fullmatch(low, a["end"], b["start"]) or
                                   _NAMED_OUT_OF.fullmatch(low, a["end"], b["start"]) or
                                   _named_of_whole(low, a, b)):
        b["role"] = b.get("role") or "whole"
        if a.get("role") is None and b["role"] == "whole":
            # ... and the part is counted in it: "2,549 of the 4,032 deaths" (a figure
            # of its own still: "Labour won 411 of the 650 seats")
            a["role"] = "of_whole"
            a["group"] = i + 1
    _carried_to_next(low, a, b)


# the part's plural noun before "of the" whole: "lost 22,867 structures of the 24,488 lost
# nationwide"; and what may follow the whole: the same noun, a participle, or the clause's end
_NOUN_OF_THE = re.compile(r"[ \u00a0]+(?P<noun>[a-z][\w-]*[a-z]s)[ \u00a0]+of[ \u00a0]+(?:the|its|"
                          r"their)[ \u00a0]+")
_WHOLE_THEN = re.compile(r"[ \u00a0]+(?P<word>[a-z][\w-]*)|[ \u00a0]*(?:[,;:.)]|$)")


def _named_of_whole(low: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``a`` is counted in ``b`` with its noun between them ("22,867 structures of
    the 24,488 lost nationwide", "12 goals of the 30 goals scored"): the whole names the same
    noun, or none (a participle or the clause's end after it); "200 residents of the 1,500
    homes" are no part of the homes."""
    m = _NOUN_OF_THE.fullmatch(low, a["end"], b["start"])
    after = _WHOLE_THEN.match(low, b["end"]) if m is not None else None
    if after is None:
        return False
    word = after.group("word")
    return word is None or word == m.group("noun") or (word.endswith("ed") and len(word) > 4) \
        or word in ("lost", "won", "held", "sold", "built", "made", "taken", "cut", "killed")


_TIME_SPANS = frozenset(("hour", "day", "week", "month", "year"))

# a figure's sum over the span its sentence names, right after it: "... a day in March, 24,100
# over the month", "in all over the week"
_SPAN_SUM_AFTER = re.compile(r"[ \u00a0]+(?:in[ \u00a0]+all[ \u00a0]+|in[ \u00a0]+total[ \u00a0]+)?"
                             r"(?:over|across|during|for)[ \u00a0]+(?:the|that)[ \u00a0]+"
                             r"(?:whole[ \u00a0]+|entire[ \u00a0]+)?(?:month|week|year|quarter|"
                             r"period)\b")


def _carried_to_next(low: str, a: dict[str, Any], b: dict[str, Any]) -> None:
    """The measure, subject and unit figure ``b`` takes from ``a`` before it in its sentence
    when its own words name none (see ``_same_sentence_pair``)."""
    # a compared value that names no measure is of the figure it is compared with:
    # "1,390 soldiers ..., up from 1,170 the day before", "2.6% from 2.3%"
    if b.get("measure") is None and a.get("measure") is not None and \
            a["unit"] == b["unit"] and (
                _COMPARED_BEFORE.search(low, a["end"], b["start"]) or
                (_BARE_AFTER.match(low, b["end"]) is not None and
                 _BARE_ITEM_BEFORE.search(low, a["end"], b["start"]) and
                 # "31,270 troops in October, or about 1,000 a day": a rate of the count, no
                 # item of it (readings' averages read it), unless the count is a rate too
                 (_SO_MANY_A_DAY.match(low, b["end"]) is None or
                  str(a["measure"]).endswith("_per_day")))):
        # also a part or a bare next item of the same thing: "757,340 soldiers ...,
        # including 1,400 in the past day", "1,350 troops on Monday and 1,400 on
        # Tuesday"
        b["measure"] = a["measure"]
        if str(a["measure"]).endswith("_per_day") and (
                ONE_REPORT_AFTER.match(low, b["end"]) or _SPAN_SUM_AFTER.match(low, b["end"])):
            # ("an average of 777 troops a day in March, 24,100 over the month": the span's
            # sum of the count, no rate; readings74)
            b["measure"] = str(a["measure"]).removesuffix("_per_day")
        bb = b.get("_basis")
        cmp = _COMPARED_BEFORE.search(low, a["end"], b["start"])
        if isinstance(bb, dict) and bb.get("measure", "none") == "none" and \
                str(a["measure"]).rstrip("s") not in _TIME_SPANS and \
                (cmp is None or cmp.group(0).startswith("after") and
                 bb.get("period") == "written"):
            # (a key its sentence carries is decided within the paragraph: an error may
            # rest on it; not a count of days, "Three of the ten worst days came in
            # September, among them 1,560", whose count the paragraph's losses give; a
            # compared value, "up from 570 the day before", is named by readings' own basis;
            # one "after" with a day of its own is the next report's figure, "1,610 on Monday
            # after 2,010 on Sunday", readings73)
            bb["measure"] = f"carried within the sentence: the count of \"{low[a['start']:a['end']]}\""
        own = b.get("subject")
        # (but "5 were killed in Alabama and 3 in Tennessee": the 3 are Tennessee's)
        if not (own and own != a.get("subject") and re.match(
                r"[ \u00a0]+(?:in|at)[ \u00a0]+(?:the[ \u00a0]+)?" + re.escape(own.split()[0]) +
                r"\b", low[b["end"]:b["end"] + 40])):
            b["subject"] = a.get("subject") or own
    # "4,000 acres on Monday and 2,500 on Tuesday": a bare next item is in the unit of the
    # one before it
    if not b["unit"] and a["unit"] and a["unit"] != "percent" and b["value"] and \
            b.get("role") is None and not b["_q"].spelled and \
            _BARE_AFTER.match(low, b["end"]) is not None and \
            _UNIT_ITEM_GAP.fullmatch(low, a["end"], b["start"]):
        b["unit"] = a["unit"]
        b["measure"] = b.get("measure") or a.get("measure")


# between a portion "of them" in a place or group and the next one's: " of them in texas and ",
# " of them among firefighters and "
_PLACED_SIBLING = re.compile(r"[ \u00a0]+of[ \u00a0]+them[ \u00a0]+(?:were[ \u00a0]+)?(in|among)[ \u00a0]+"
                             r"(?:[\w’'.-]+[ \u00a0]+){0,3}?[\w’'.-]+(?:,[ \u00a0]*(?:and[ \u00a0]+)?|"
                             r"[ \u00a0]+and[ \u00a0]+)")
_PLACE_AFTER = re.compile(r"[ \u00a0]+(in|among)[ \u00a0]+"
                          r"(?!the[ \u00a0]+(?:past|last|first|year|month))")


# "71 of them firefighters and 27 civilians", "41 of them children, and 12 women": portions
# each named by a plural noun of its own right after it
_NAMED_SIBLING = re.compile(r"[ \u00a0]+of[ \u00a0]+them[ \u00a0]+(?:were[ \u00a0]+)?"
                            r"([a-z][a-z-]+s|[a-z-]*(?:men|children|people))(?:,[ \u00a0]*(?:and[ \u00a0]+)?|"
                            r"[ \u00a0]+and[ \u00a0]+)")
# (the noun ends the clause: "and 40 homes were destroyed" is a count of its own)
# ("children", "men" and "people" alone too: "86,940 of them children and 537,833 adults")
_GROUP_AFTER = re.compile(r"[ \u00a0]+([a-z][a-z-]+s|[a-z-]*(?:men|children|people))"
                          r"(?=[ \u00a0]*(?:[.,;:)]|$))")
# plural nouns that name a span or a unit, no group of the count
_NOT_GROUPS = frozenset("""years months weeks days hours minutes seconds times points percent
others more less""".split())


def _named_sibling(low: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``b`` is the next portion after portion ``a`` "of them", each named by a group
    noun of its own ("98 people were injured, 71 of them firefighters and 27 civilians"): two
    plural nouns that differ and name no span of time."""
    m, n = _NAMED_SIBLING.fullmatch(low, a["end"], b["start"]), _GROUP_AFTER.match(low, b["end"])
    return m is not None and n is not None and m.group(1) != n.group(1) and \
        not {m.group(1), n.group(1)} & _NOT_GROUPS


def _placed_sibling(low: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``b`` is the next portion after portion ``a`` "of them", each in a place or
    among a group of its own with one preposition ("198 of them in Texas and 10 in New Mexico";
    "71 of them among firefighters and 27 among civilians"): places must be two subjects; or
    each named by a group noun of its own (``_named_sibling``)."""
    if _named_sibling(low, a, b):
        return True
    m, n = _PLACED_SIBLING.fullmatch(low, a["end"], b["start"]), _PLACE_AFTER.match(low, b["end"])
    if m is None or n is None or m.group(1) != n.group(1):
        return False
    return m.group(1) == "among" or (bool(a.get("subject")) and bool(b.get("subject")) and
                                     a["subject"] != b["subject"])


# the last item of a breakdown in apposition to the figure before it: "launched 96 rockets in
# 2023, 91 Falcon 9s and " (a level set against what follows is the total's, not the item's)
_LAST_OF_APPOSED_LIST = re.compile(r"\d[\d,.]*[ \u00a0][^,;:()]{1,40},[ \u00a0]*(?:[a-z]+[ \u00a0]+)?"
                                   r"\d[\d,.]*[ \u00a0][^,;:()]{1,40}?[ \u00a0]and[ \u00a0]+$")


_LIST_GOES_ON = re.compile(r"[^\d,.;:]{0,30},[ \u00a0]*(?:and[ \u00a0]+)?\d")


def _after_apposed_list(low: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``a`` is the last item of a breakdown in apposition and ``b``, a lone figure
    after it, is set against the breakdown's total ("96 rockets, 91 Falcon 9s and five Falcon
    Heavies, up from 61"; not a list set against a list: "8.7 million illnesses, 78,000
    hospitalisations and 4,500 deaths ..., up from 6.2 million illnesses, 53,000 ...")."""
    # (the pattern spans at most ~110 characters: a window, not the whole sentence, keeps a
    # sentence of thousands of figures linear)
    return _LAST_OF_APPOSED_LIST.search(low, max(a["sentence"][0], a["start"] - 160),
                                        a["start"]) is not None and \
        _LIST_GOES_ON.match(low, b["end"]) is None


# a growth rate right before its forecast's: "grew 0.4% in the June quarter, beating forecasts
# of 0.3%" ("grew", "rose", "expanded", "up" right before the rate)
_GREW_BY = re.compile(r"\b(?:grew|rose|expanded|increased|climbed|up)[ \u00a0]+(?:by[ \u00a0]+)?"
                      r"(?:(?:a[ \u00a0]+)?(?:seasonally[ \u00a0]+adjusted|an[ \u00a0]+annual(?:ised|ized)?)"
                      r"[ \u00a0]+)?$")
_FORECASTS_OF = re.compile(r"\b(?:forecasts?|expectations?|estimates?|consensus|predictions?)"
                           r"[ \u00a0]+(?:of|for)[ \u00a0]+(?:an?[ \u00a0]+)?$")


def _beats_upward(word: str) -> bool:
    """Whether a comparison's words ("beating", "falling short of", "behind") set the first
    figure above the second."""
    return not word.startswith(("falling", "fell", "falls", "short", "below", "lower", "less",
                                "fewer", "smaller", "behind"))


def _beaten_growth(low: str, a: dict[str, Any], b: dict[str, Any], i: int) -> None:
    """"grew 0.4% in the June quarter, beating forecasts of 0.3%", "rose 9.6%, beating the
    9.2% economists had forecast": a growth rate said to beat (or fall short of) the forecast
    rate right after it, both rises, so that the two rates' order is checked like two levels'
    (``_beaten_level`` leaves amounts of change alone: "fell 0.2%, beating forecasts of a 0.5%
    fall" needs the forecast's sign, which a bare rate does not give)."""
    if b.get("role") is not None or a["unit"] != "percent" or b["unit"] != "percent" or \
            a["value"] is None or b["value"] is None or a.get("role") not in (None, "change") or \
            _GREW_BY.search(low, max(a["sentence"][0], a["start"] - 40), a["start"]) is None or \
            _CHANGE_NOUN_AFTER.match(low, b["end"]) or b["start"] - a["end"] > 90:
        return
    if not (_FORECASTS_OF.search(low, max(a["end"], b["start"] - 30), b["start"]) or
            _EXPECTED_AFTER.match(low, b["end"], min(len(low), b["end"] + 50))):
        return
    m = _BEATING.search(low, a["end"], b["start"]) or _AHEAD_OF.search(low, a["end"], b["start"])
    if m is None or _JOINED_CLAUSE.search(low, a["end"], m.start()):
        return
    word = " ".join(m.group(1).split())
    word = _ING_FORM.get(word, word)
    up = _beats_upward(word)
    b["role"] = "compared"
    b["extra"].append(("direction", {"to": i, "up": up, "words": word}))


def _beaten_level(low: str, a: dict[str, Any], b: dict[str, Any], i: int) -> None:
    """"3.13 million passengers passed through, beating the 3.06 million of December 2019": a
    level said to be above (or short of) the one right after it in its clause, so that the
    direction is checked like "up from". Only levels of one unit and no amount of change on
    either side ("0.2C above the record", "fell 0.2%, beating forecasts of a 0.5% fall" say
    nothing of the levels' order)."""
    # (a bare figure of the level's scale takes its unit: "808.59 million tonnes, slightly
    # above May's 808.52 million")
    bare = not b["unit"] and a["unit"] not in ("", "percent") and \
        _same_scale(dict(a, unit=""), b) and _SCALE_WORD.search(low, b["start"], b["end"])
    if b.get("role") is not None or a.get("role") is not None or \
            (a["unit"] != b["unit"] and not bare) or \
            (a["unit"] == "percent" and not _percent_levels(a, b)) or \
            _after_apposed_list(low, a, b):
        return  # ("96 rockets, 91 Falcon 9s and five Falcon Heavies, up from 61": the total's)
    gap_from = max(a["end"], b["start"] - 50)
    forecast = _EXPECTED_AFTER.match(low, b["end"], min(len(low), b["end"] + 50)) is not None
    m = _BEATING.search(low, gap_from, b["start"]) or \
        (_AHEAD_OF.search(low, gap_from, b["start"]) if forecast else None) or \
        _MORE_THAN_NAMED.search(low, gap_from, b["start"]) or \
        (_MORE_THAN_THE.search(low, gap_from, b["start"]) if forecast or (
            # "169.3mm ... between 1 and 25 February, more than the 175.2mm of February 2002":
            # a level of another time set against the one before it, the first figure of its
            # sentence (not "32 medals, 15 gold, 9 silver and 8 bronze, already more than the
            # 30 of Athens": the tally's)
            a.get("period") and b.get("period") and a["period"] != b["period"] and
            not _DIGIT.search(low, a["sentence"][0], a["start"])) else None)
    if m is None or _CHANGE_NOUN_AFTER.match(low, b["end"]) or \
            _change_amount_words(low, a):
        return
    if bare:
        b["unit"] = a["unit"]
    if _JOINED_CLAUSE.search(low, a["end"], m.start()) and \
            not _SAID_OF_IT.search(low, a["end"], m.start()) and \
            not _MULTIPLE_PHRASE.match(low, a["end"], m.start()):
        # (but a multiple's phrase after the first figure joins the second comparison to it:
        # ``_multiple_said_of``)
        return      # "735 aircraft, 11% more than the 661 it delivered in 2022 and above its
        # target of 720": "and" joins a second comparison of the first figure, not the 661's
    word = " ".join(m.group(1).split())
    word = _ING_FORM.get(word, word)    # (the message says "not passing it")
    up = _beats_upward(word)
    if word in ("beating", "surpassing", "eclipsing") and \
            _LOW_RECORD.search(low, a["end"], m.start()):
        up = False  # "66 points, the fewest of the Premier League era, beating the 76 of
        # 2018-19": a record low beaten is a lower level
    b["role"] = "compared"
    b["extra"].append(("direction", {"to": i, "up": up, "words": word}))
    if forecast and _FORECASTER_AFTER.match(low, b["end"]):
        # "187,000 jobs, more than the 170,000 economists had forecast": the forecast is of
        # the level's measure, the noun after it names who forecast it
        b["measure"], b["subject"] = a.get("measure"), a.get("subject")
        b["period"] = b.get("period") or a.get("period")


# a level set against the new level of a move, after its earlier value: ", above the", "but well
# below the 2021 peak of", "and short of its target of" (group 1 the word)
_BESIDE_MOVE = re.compile(r"(?:,|[ \u00a0]and|[ \u00a0]but)[ \u00a0]+(?:(?:still|well|far|just|also|"
                          r"slightly)[ \u00a0]+)?(above|below|beating|short[ \u00a0]+of)[ \u00a0]+"
                          r"(?:the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?(?:[\w’'-]+[ \u00a0]+){0,3}$")
_BESIDE_PASS = re.compile(r"[ \u00a0]*(?:(?:of|in)[ \u00a0]+(?:19|20)\d\d)?(?:,|[ \u00a0]and|[ \u00a0]but)")


def _levels_beside_a_move(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """"rose to 28.3% from 27.8%, above the 25.4% of 2019 but well below the 2021 peak of
    44.8%": after a move's earlier value, the levels set above or below by a comma, "and" or
    "but" are set against the move's new level (each placed below or above it, checked like
    "up from"). Only levels of the new level's unit with no role yet, no amount of change."""
    for same in sents:
        for k, i in enumerate(same[:-1]):
            x = drafts[i]
            to = next((v["to"] for key, v in x["extra"] if key == "direction" and
                       "words" not in v), None) if x.get("role") == "compared" else None
            if to is None:
                continue
            prev = x
            for j in same[k + 1:]:
                y = drafts[j]
                m = _BESIDE_MOVE.search(low, prev["end"], y["start"])
                if m is None or y.get("role") is not None or y["unit"] != drafts[to]["unit"] or \
                        _BESIDE_PASS.match(low, prev["end"], m.end()) is None or \
                        _CHANGE_NOUN_AFTER.match(low, y["end"]) or \
                        (y["unit"] == "percent" and not _percent_levels(drafts[to], y)):
                    break
                word = " ".join(m.group(1).split())
                y["role"] = "compared"
                y["extra"].append(("direction", {"to": to, "up": word in ("above", "beating"),
                                                 "words": _ING_FORM.get(word, word)}))
                prev = y


# two groups' figures set side by side by a comparative and "than": "more common among
# middle-aged adults (39.5%) than among younger (30.3%) or older (35.4%) adults", "The rate
# among men (41%) was higher than among women (38%)"; the comparative before the first figure
# in its clause, or between the figures before "than"
_GROUP_COMPARATIVE = (r"((?:more|less)[ \u00a0]+(?:common|likely|prevalent)|higher|lower|more|"
                      r"less|greater|smaller|bigger|larger|fewer)")
_GROUP_WORD_BEFORE = re.compile(r"\b" + _GROUP_COMPARATIVE + r"\b[^.;:!?\d]{0,60}$")
_GROUPS_THAN = re.compile(r"[ \u00a0]*\)?[ \u00a0]*,?(?P<gap>(?:[ \u00a0]+[a-z-]+){0,6}?)[ \u00a0]+than"
                          r"[ \u00a0]+(?:(?:among|in|for|at|with|of|on)[ \u00a0]+)?(?:(?:the|those)"
                          r"[ \u00a0]+)?(?:[a-z-]+[ \u00a0]+){0,3}?(?:[a-z-]+[ \u00a0]*(?=[(,]))?[(,]?"
                          r"[ \u00a0]*(?:at[ \u00a0]+)?")
_GROUP_OR = re.compile(r"[ \u00a0]*\)?[ \u00a0]*,?[ \u00a0]+(?:or|and)[ \u00a0]+(?:(?:among|in|for|at|"
                       r"with)[ \u00a0]+)?(?:[a-z-]+[ \u00a0]+){0,3}?[(,]?[ \u00a0]*(?:at[ \u00a0]+)?")
_GROUP_WORD = re.compile(r"\b" + _GROUP_COMPARATIVE + r"\b")


def _groups_compared(low: str, drafts: list[dict[str, Any]],
                     by_sent: dict[tuple[int, int], list[int]]) -> None:
    """Two groups' levels a comparative orders ("_GROUP_COMPARATIVE"): the figure after "than"
    (and each joined to it by "or"/"and") is placed below the first for "higher", "more", above
    it for "lower", "fewer", checked like "up from". Levels of one unit only, none an amount
    of change ("39.5% higher than 30%" is a change: the comparative right after the figure)."""
    for same in by_sent.values():
        for k in range(len(same) - 1):
            i, j = same[k], same[k + 1]
            a, b = drafts[i], drafts[j]
            m = _GROUPS_THAN.fullmatch(low, a["end"], b["start"])
            if m is None or a["unit"] != b["unit"] or a.get("role") is not None or \
                    b.get("role") is not None or not _percent_levels(a, b) or \
                    a["value"] is None or b["value"] is None:
                continue
            gap = m.group("gap").split()
            w = _GROUP_WORD.search(m.group("gap"))
            if w is not None and gap and gap[0] == w.group(1).split()[0]:
                continue    # "(39.5%) higher than": an amount of change
            if w is None:
                w = _GROUP_WORD_BEFORE.search(low, max(a["sentence"][0], a["start"] - 80),
                                              a["start"])
            if w is None:
                continue
            word = " ".join(w.group(1).split())
            up = word.split()[0] in ("higher", "more", "greater", "bigger", "larger")
            for n in [j] + [x for x, y in zip(same[k + 2:], same[k + 1:])
                            if _GROUP_OR.fullmatch(low, drafts[y]["end"], drafts[x]["start"])
                            and drafts[x]["unit"] == a["unit"] and drafts[x].get("role") is None]:
                drafts[n]["role"] = "compared"
                drafts[n]["extra"].append(("direction", {"to": i, "up": up,
                                                         "words": word + " than"}))


def _percent_levels(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two percentages are levels a comparison may order ("The share of visits for
    flu-like illness was 3.1%, above the national baseline of 2.1%"): neither a change nor a
    gap in points (a change beating a forecast change says nothing of levels)."""
    return not any(k in ("change", "percentage_points", "direction") for k, _ in
                   a["extra"] + b["extra"])


# the pace of one change against another's: "rose 1.2% ..., faster than the 0.8% of the June
# quarter", "grew 0.3%, slower than the 0.5% ..."
_PACED = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:and[ \u00a0]+|a[ \u00a0]+)?(faster|quicker|slower|more[ \u00a0]+"
                    r"(?:quickly|slowly|rapidly)|deeper|steeper|sharper|milder|shallower|"
                    r"(?:more|less|bigger|larger|greater|smaller)(?=[ \u00a0]+(?:[a-z]+[ \u00a0]+)?than[ \u00a0]+"
                    r"(?:the\b|its\b|their\b|a\b|[a-z]+['’]s[ \u00a0])))"
                    r"(?:[ \u00a0]+(?:pace|rate|rise|increase|growth|fall|drop|decline|contraction))?"
                    r"[ \u00a0]+than[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?"
                    r"(?:(?!by\b|and\b|or\b|but\b)[\w’'-]+[ \u00a0]+){0,3}$")
# (no "and" among them: "3.7% more than a year earlier and 54.2% of the market" sets the 3.7%
# against a time, the 54.2% is another figure of the clause)
# the words of a larger change: "faster", "deeper", "more than the"
_PACE_LARGER = frozenset(("faster", "quicker", "more quickly", "more rapidly", "deeper", "steeper",
                          "sharper", "more", "bigger", "larger", "greater"))


def _paced_change(low: str, a: dict[str, Any], b: dict[str, Any], i: int) -> None:
    """"Prices rose 1.2% in the quarter, faster than the 0.8% of the June quarter": a
    percentage change said to be faster (or slower) than the percentage right after it in its
    clause; the sizes of the two changes are checked like "beating" levels ("faster" is the
    larger, whatever the direction of both)."""
    if a["unit"] != "percent" or b["unit"] != "percent" or b.get("role") is not None or \
            any(k == "percentage_points" for k, _ in a["extra"] + b["extra"]):
        return
    m = _PACED.search(low, a["end"], b["start"])
    if m is None or m.end() != b["start"] or _JOINED_CLAUSE.search(low, a["end"], m.start()):
        return
    word = " ".join(m.group(1).split())
    b["role"] = "compared"
    b["extra"].append(("direction", {"to": i, "up": word in _PACE_LARGER,
                                     "words": f"{word} than"}))


def _change_amount_words(low: str, a: dict[str, Any]) -> bool:
    """Whether ``a`` is written as an amount of change ("a rise of 300", "up 3%", "0.2C
    above")."""
    before = low[max(a["sentence"][0], a["start"] - 20):a["start"]]
    return bool(re.search(r"\b(?:up|down|by|rose|fell|grew|gained|lost|(?:rise|fall|increase|"
                          r"drop|decline|gain|loss|growth|jump|cut)[ \u00a0]+of)[ \u00a0]+$",
                          before)
                or _CHANGE_NOUN_AFTER.match(low, a["end"]) or
                # ("312.46 points above the previous record": its noun may stand between)
                re.match(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:more|less|fewer|higher|lower|above|"
                         r"below)\b", low[a["end"]:]))


# the words before the other value of a comparison: "down slightly from", "less than the
# record", "fall by 2.1 million tonnes to"
_COUNTERPART_BEFORE = re.compile(r"^[^.;:!?()\d]{0,40}?\b(?:from|than|to|against|compared\s+(?:with|to)|"
                                 r"versus|vs\.?)\s+(?:the\s+|a\s+|its\s+|their\s+)?"
                                 r"(?:[\w’'-]+\s+){0,2}$")
# between a figure and the gap to another said right after it: "3.6 million tonnes, some 4.3
# million less than ..."
_GAP_AMOUNT_BEFORE = re.compile(r"(?:[ \u00a0]+(?:in|on|during|by|at)[ \u00a0]+[\w \u00a0]{1,25}?)?"
                                r"[ \u00a0]*[,(—–][ \u00a0]*(?:(?:some|about|around|roughly|nearly|"
                                r"almost|just|only|or)[ \u00a0]+)?")
_SCALE_WORD = re.compile(r"[ \u00a0]*(million|billion|trillion|thousand|mn|bn|m|b|k)$")


def _numerator(unit: str) -> str:
    """The unit a rate is counted in ("penny / liter" -> "penny"; "" for no rate)."""
    return unit.split(" / ")[0] if " / " in unit else ""


def _same_currency(unit: str, numerator: str) -> bool:
    """Whether ``unit`` is ``numerator`` or a smaller unit of its currency ("penny" of "GBP";
    not "GBP" of "penny": "30.61p a litre ..., which adds £16.84" is no amount a litre)."""
    if not numerator:
        return False
    subs = subunits()
    return unit == numerator or (unit in subs and numerator in subs and
                                 subs[unit][0] == subs[numerator][0] and
                                 subs[unit][1] < subs[numerator][1])


def _rate_counterpart(low: str, a: dict[str, Any], b: dict[str, Any]) -> None:
    """An amount or other value of a rate written without its "a litre" is in the rate's unit:
    "145.2p a litre in May, down 3.2p from April's 149.4p" (pence a litre, all three)."""
    if b["unit"] and _same_currency(b["unit"], _numerator(a["unit"])) and \
            b.get("role") is None and _CHANGE_WORDS.search(low, a["end"], b["start"]) and \
            not re.search(r"[ \u00a0]*(?:a|per|each|every)[ \u00a0]+[a-z]", low[b["end"]:b["end"] + 8]):
        # (an amount in the rate's sub-unit keeps it: "£1.45 a litre, 5p less": pence a litre)
        b["unit"] = f"{b['unit']} / {a['unit'].split(' / ', 1)[1]}"
        b["measure"] = b.get("measure") or a.get("measure")
    elif not b["unit"] and _numerator(a["unit"]) and b.get("role") is None and \
            a["value"] and b["value"] and not b["_q"].spelled and \
            a["value"] / 3.0 <= b["value"] <= a["value"] * 3.0 and \
            _RATE_BARE_BEFORE.search(low[max(a["end"], b["start"] - 20):b["start"]]) and \
            not _SCALE_WORD.search(low, b["start"], b["end"]):
        # "7.0 tonnes a hectare, down from 7.2 last year": the rate's whole unit left out
        # (everyday48)
        b["unit"] = a["unit"]
        b["measure"] = b.get("measure") or a.get("measure")


# the words right before a bare value set against a rate ("down from 7.2", "against 6.1")
_RATE_BARE_BEFORE = re.compile(r"\b(?:(?:up|down)[ \u00a0]+from|against|compared[ \u00a0]+"
                               r"(?:with|to)|versus)[ \u00a0]+(?:the[ \u00a0]+)?\Z")


def _bare_counterpart(low: str, a: dict[str, Any], b: dict[str, Any]) -> None:
    """The other value of a comparison written bare with the scale word of the figure
    before it is in that figure's unit: "36.7 million tonnes, down slightly from 36.8
    million", "fall by 2.1 million tonnes to 50 million", "12.2 million tonnes less than the
    record 716.2 million", and the gap said right after the figure: "3.6 million square
    kilometres, some 4.3 million less than the 7.9 million of 1980" (a bare figure with no scale
    word, "40,000 more than", keeps none: its unit is not written)."""
    if b["unit"] or not a["unit"] or a["unit"] == "percent" or b.get("role") is not None or \
            not b["value"] or b["_q"].spelled or \
            (a["_q"].dim in ("", "time") and not a.get("_unit_of_before")):
        return
    sb = _SCALE_WORD.search(low, b["start"], b["end"])
    if sb is None or not re.search(r"\b" + sb.group(1) + r"\b", low[a["start"]:a["end"]]) or \
            not (_COUNTERPART_BEFORE.match(low[a["end"]:b["start"]]) or
                 (_GAP_AMOUNT_BEFORE.fullmatch(low, a["end"], b["start"]) and
                  _THAN_AFTER.match(low, b["end"]))):
        return
    b["unit"] = a["unit"]
    b["measure"] = b.get("measure") or a.get("measure")
    b["_unit_of_before"] = True     # (its own counterpart after it may take it in turn)


# "364 of the deaths and Lilongwe for 312": a second place's part after a first's
_PARALLEL_PART = re.compile(r"[ \u00a0]+of[ \u00a0]+the[ \u00a0]+[a-z]+(?:,[ \u00a0]+|,?[ \u00a0]+and"
                            r"[ \u00a0]+)(?:[\w’'-]+[ \u00a0]+){1,3}?(?:for|with|had|has|at)[ \u00a0]+")
# "..., pedestrians for 409, motorcyclists for 365 and pedal cyclists for 100": the parts after it
_PARALLEL_NEXT = re.compile(r"(?:,[ \u00a0]+|,?[ \u00a0]+and[ \u00a0]+)(?:[\w’'-]+[ \u00a0]+){1,3}?"
                            r"(?:for|with|had|has|at)[ \u00a0]+")
# "the nine seats of one partner and the six of the other": a figure whose noun the one
# before it in its sentence gives, owned by what follows "of" (no portion of that figure)
_AND_THE_BEFORE = re.compile(r"(?:\band|\bor|,)[ \u00a0]+the[ \u00a0]+$")
_NOUN_OF_AFTER = re.compile(r"[ \u00a0]+[a-z]+[ \u00a0]+of[ \u00a0]+")


def _elliptic_owner(low: str, drafts: list[dict[str, Any]], k: int) -> bool:
    """Whether figure ``k`` leaves out the noun of the figure before it in its sentence, which
    names its owner with "of" ("With the nine seats of one partner and the six of the other":
    six seats of the other partner, no six of the nine)."""
    d = drafts[k]
    if not k or drafts[k - 1]["sentence"] != d["sentence"] or \
            not _AND_THE_BEFORE.search(low, max(d["sentence"][0], d["start"] - 12), d["start"]):
        return False
    return _NOUN_OF_AFTER.match(low, drafts[k - 1]["end"]) is not None


# "of those seats", "of these": a demonstrative points back to the nearest count it can mean
_OF_DEMONSTRATIVE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:these|those)\b")


def _demonstrative_whole(low: str, drafts: list[dict[str, Any]], k: int, whole: int) -> int:
    """The whole portion ``k`` is "of those" when that is a part itself: "21 of the council's
    60 seats were contested ... They won 10 of those seats" counts the 21, the nearest count of
    the same unit and measure from ``whole``'s sentence on that is a portion of ``whole`` (it
    becomes the whole of its own portions, ``of_them``). Otherwise ``whole``."""
    d = drafts[k]
    if _OF_DEMONSTRATIVE.match(low, d["end"]) is None:
        return whole
    for j in range(k - 1, -1, -1):
        x = drafts[j]
        if x["sentence"] < drafts[whole]["sentence"]:
            break
        if x.get("role") in ("of_whole", "portion") and x.get("group") == whole and \
                x["unit"] == d["unit"] and x["value"] and x["value"] > (d["value"] or 0) and \
                x.get("measure") in (None, drafts[whole].get("measure")) and \
                x["sentence"] != d["sentence"]:
            d["extra"].append(("of_them", 1))
            return j
    return whole


def _parallel_parts(low: str, drafts: list[dict[str, Any]], k: int, whole: int) -> None:
    """"Blantyre accounts for 364 of the deaths and Lilongwe for 312", "Car occupants
    accounted for 755 of the deaths, pedestrians for 409 and cyclists for 100": the next
    parts of the same whole after portion ``k``, each one named in its own words."""
    d, rx = drafts[k], _PARALLEL_PART
    for n in range(k + 1, min(len(drafts), k + 1 + WHOLE_WINDOW)):
        nxt = drafts[n]
        if nxt["sentence"] != d["sentence"] or nxt.get("role") not in (None, "item") or \
                nxt["unit"] != d["unit"] or not rx.fullmatch(low, drafts[n - 1]["end"],
                                                             nxt["start"]):
            return
        nxt["role"], nxt["group"] = "portion", whole
        nxt["measure"] = drafts[whole]["measure"]
        rx = _PARALLEL_NEXT


# "of the structures", "of those tries": the plural noun a portion names its whole by
_OF_THE_NOUN = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the|these|those|its|their)[ \u00a0]+"
                          r"([a-z]{3,}s)\b")
# ... after a modifier or two: "all seven of their premier league games" (everyday120)
_OF_THE_MODIFIED_NOUN = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the|these|those|its|their)[ \u00a0]+"
                                   r"((?:[a-z]+[ \u00a0]+){1,2}?)([a-z]{3,}s)\b")
# nouns that name the whole of any count of people ("Six of the dead")
_ANY_WHOLE = frozenset("""dead injured wounded victims people others patients residents
total figures""".split())


def _first_of_a_list(low: str, drafts: list[dict[str, Any]], j: int) -> bool:
    """Whether figure ``j`` opens a list of counts in its sentence ("Fifteen patients are aged
    11 to 18, one is aged 19 to 29 and four are aged 30 to 39"): one group among several,
    never the whole a later "N of the patients" is counted in."""
    x = drafts[j]
    for y in drafts[j + 1:j + 1 + WHOLE_WINDOW]:
        if y["sentence"] != x["sentence"]:
            return False
        # (another count of its own noun is no sibling: "9,500 cholera cases and 299 deaths")
        if y["unit"] == x["unit"] and y.get("measure") in (None, x.get("measure")) and \
                not any(k == "range" for k, _ in y["extra"]) and \
                re.search(r"\band[ \u00a0]+$", low[max(x["end"], y["start"] - 6):y["start"]]):
            return True
    return False


# the words between two items of a list of portions once the figures of another kind inside
# them are set aside ("49 of the cases are children aged [1 to 10], 15 are aged [11 to 18] and
# three ..."): a comma or "and", a few words after it
_SIBLING_GAP = re.compile(r"[^.;:!?\d]{0,80}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w’'-]+\s+){0,3}?")


def _listed_siblings(low: str, drafts: list[dict[str, Any]], k: int, whole: int) -> None:
    """"By age, 49 of the confirmed cases are children aged 1 to 10, 15 are aged 11 to 18 and
    three are aged 30 to 39": the bare counts listed after a portion in its sentence, each
    after a comma or "and" and the list closed by "and", are portions of the same whole.
    Figures of another unit between them (the ages) are words of the items, not items."""
    d = drafts[k]
    run: list[int] = []
    prev_end = d["end"]
    skipped: list[tuple[int, int]] = []
    for j in range(k + 1, min(len(drafts), k + 12)):
        x = drafts[j]
        if x["sentence"] != d["sentence"]:
            break
        if x["unit"] != d["unit"]:
            skipped.append((x["start"], x["end"]))
            continue
        gap = low[prev_end:x["start"]]
        for a, b in reversed(skipped):
            if prev_end <= a:
                gap = gap[:a - prev_end] + gap[b - prev_end:]
        skipped = []
        if x.get("role") is not None or not x["value"] or \
                x["value"] >= (drafts[whole]["value"] or 0) or \
                x.get("measure") not in (None, drafts[whole]["measure"]) or \
                _SIBLING_GAP.fullmatch(gap) is None:
            break
        run.append(j)
        prev_end = x["end"]
        if re.search(r"\band\s+(?:[\w’'-]+\s+){0,3}?$", gap):
            break       # ("and" closes the list)
    else:
        return
    if not run or not re.search(r"\band\s+(?:[\w’'-]+\s+){0,3}?$",
                                low[drafts[run[-2]]["end"] if len(run) > 1 else d["end"]:
                                    drafts[run[-1]]["start"]]):
        return
    for j in run:
        drafts[j]["role"], drafts[j]["group"] = "portion", whole
        drafts[j]["measure"] = drafts[whole]["measure"]


def _names_whole(low: str, part: dict[str, Any], whole: dict[str, Any]) -> bool:
    """Whether the noun a portion names its whole by ("nearly 60,000 of the structures")
    fits the figure taken as that whole: its counted noun or measure ("1,709 structures"),
    not "four people"; true when the portion names none or a noun of any count of people."""
    m = _OF_THE_NOUN.match(low, part["end"])
    if m is None:
        m2 = _OF_THE_MODIFIED_NOUN.match(low, part["end"])
        if m2 is None or any(w in _ANY_WHOLE for w in m2.group(1).split()):
            return True
        noun = m2.group(2)
    else:
        noun = m.group(1)
    if noun in _ANY_WHOLE:
        return True
    stem = noun[:-1]
    after = low[whole["end"]:whole["end"] + 40]
    return re.search(r"\b" + re.escape(stem), after) is not None or \
        str(whole.get("measure") or "").startswith(stem[:-1] if stem.endswith("e") else stem)


# one figure said again in another unit right after it: "$3.8 billion, or 73 cents a share"
_OR_SAID_AGAIN = re.compile(r"[ \u00a0]*,[ \u00a0]*or[ \u00a0]+")


def _inside_another(drafts: list[dict[str, Any]], k: int) -> bool:
    """Whether figure ``k`` is a number inside a figure written around it ("five" in "Four in
    five of those admitted"): no portion of the figure before it."""
    d = drafts[k]
    return any(drafts[j]["start"] <= d["start"] and d["end"] <= drafts[j]["end"] and
               (drafts[j]["start"], drafts[j]["end"]) != (d["start"], d["end"])
               for j in range(max(0, k - 3), k))


def _measure_of_the_whole(low: str, d: dict[str, Any], whole: dict[str, Any]) -> None:
    """A portion takes the measure of the whole it is of; one whose own words named none
    ("Sixteen of them were lost since November 4") records that it was carried from the
    whole's count, as words of its paragraph (or of the one before) decided it (readings70)."""
    if d.get("measure") is None and isinstance(d.get("_basis"), dict) and \
            d["_basis"].get("measure") == "none":
        where = "within the paragraph" if "\n\n" not in low[whole["end"]:d["start"]] else \
            "from the previous paragraph"
        d["_basis"]["measure"] = (f"carried {where}: the count of "
                                  f"\"{low[whole['start']:whole['end']]}\"")
    d["measure"] = whole["measure"]


def _own_roles(text: str, low: str, drafts: list[dict[str, Any]]) -> None:
    """Roles a figure's own words give it: expected ("beat forecasts of $5.4bn"), additional
    ("another 1,600"), a portion of the figures before ("Six of the dead"), a later state
    ("were still without power"). (Each pattern is searched only where the words every
    match of it holds stand: ``Spots``.)"""
    expected = Spots(low, _EXPECTED_WORDS)
    additional = Spots(low, ("another", "further", "additional", "extra"))
    still = Spots(low, ("still", "remain", "continued", "since"))
    superseded = Spots(low, ("earlier", "previous", "prior", "initial", "original",
                             "preliminary"))
    for k, d in enumerate(drafts):
        start = d["start"]
        if d.get("role") in (None, "compared") and (
                (expected.any_in(max(0, start - 40), start) and
                 _EXPECTED_BEFORE.search(low, max(0, start - 40), start) and
                 not _MISSED_FOR.search(low, max(0, start - 60), start) and
                 not _FORECAST_CHANGED_BY.search(low, max(0, start - 60), start)) or
                _EXPECTED_AFTER.match(low, d["end"], min(len(low), d["end"] + 50)) or
                _AIMED_AT_BEFORE.search(low, max(d["sentence"][0], start - 120), start) or
                _HEDGED.match(low, start) and _ESTIMATE_VERB.search(low, max(0, start - 20),
                                                                  start)) or \
                d.get("role") is None and k and drafts[k - 1].get("role") == "expected" and \
                _OR_SAID_AGAIN.fullmatch(low, drafts[k - 1]["end"], start):
            d["role"] = "expected"      # (and "a forecast of $3.8 billion, or 73 cents a share")
        elif d.get("role") is None and _COUNTERFACTUAL.search(
                low, max(d["sentence"][0], start - 90), start):
            d["role"] = "compared"  # "without it the bank would have earned $4.55 a share"
        elif d.get("role") is None and superseded.any_in(max(d["sentence"][0], start - 60),
                                                         start) and \
                _SUPERSEDED.search(low, max(d["sentence"][0], start - 60), start) or \
                d.get("role") is None and _SUPERSEDED_AFTER.match(low, d["end"]):
            d["role"] = "compared"    # "An earlier count had put his lead at 13,107"
        elif d.get("role") is None and d["unit"] and _WON_AT.search(
                low, max(d["sentence"][0], start - 60), start):
            d["role"] = "compared"  # "He had already won the competition at 6.07m": one bar
        elif d.get("role") is None and (
                _THRESHOLD_AFTER.match(low, d["end"]) or
                _NEEDED_BEFORE.search(low, max(d["sentence"][0], start - 40), start) and
                _GOAL_AFTER.match(low, d["end"])):
            # "the 326 seats needed for a majority", "A party needs 23 seats for a majority": a
            # threshold, no holding
            d["role"] = "compared"
        elif d.get("role") is None and (
                (additional.any_in(max(0, start - 20), start) and
                 _ADDITIONAL.search(low, max(0, start - 20), start)) or
                (not d["unit"] and (am := _ADDITIONAL_AFTER.match(low, d["end"])) and
                 not _THAN_AHEAD.match(low, d["end"], d["sentence"][1]) and
                 not _DEFINITE_BEFORE.search(low, max(0, start - 8), start) and
                 (am.group(1) != "new" or _TAKING_TO.search(low, d["end"], d["sentence"][1])))):
            # "another 1,600"; "confirmed three new cases", "Two more suspected cases are
            # being investigated": a number added, no level of the count
            d["role"] = "additional"

        elif d.get("role") is None and not d["unit"] and _OF_THE_REST.match(low, d["end"]) and \
                not (0 < (d["value"] or 0) < 1 and _OF_THE_TOTAL_AFTER.match(low, d["end"])) and \
                not _inside_another(drafts, k) and not _elliptic_owner(low, drafts, k):
            # (a proportion in words "of the total", "about a sixth of the total", counts
            # nothing: it is a share of the story's total, which named_shares finds)
            d["role"] = "portion"    # "Six of the dead were in Autauga County"
            # ... of the total counted just before: "Five people were killed. Six of the
            # dead ...", "9,500 cholera cases ... 2,500 of the cases"
            # (of the nearest such total, or the nearest of the part's own subject: "Texas has
            # reported 309 cases, New Mexico 42 and Oklahoma four. In Texas, 211 of the cases")
            fits = [j for j in range(k - 1, max(-1, k - 6), -1)
                    if drafts[j]["unit"] == d["unit"] and
                    drafts[j].get("role") in (None, "total") and
                    drafts[j].get("measure") is not None and
                    (_adjacent_or_same(drafts[j], d) or _lead_of_paragraph_before(low, drafts[j], d))
                    and
                    d.get("measure") in (None, drafts[j]["measure"]) and
                    # (within the total's period: "nearly 60,000 of the structures lost since
                    # 2005" is no part of the four killed in 2011 the sentence before)
                    _period_within(d, drafts[j]) and _names_whole(low, d, drafts[j]) and
                    not _first_of_a_list(low, drafts, j)]
            if fits:
                j = next((j for j in fits if d.get("subject") and
                          drafts[j].get("subject") == d["subject"]), fits[0])
                j = _demonstrative_whole(low, drafts, k, j)
                d["group"] = j
                _measure_of_the_whole(low, d, drafts[j])
                _parallel_parts(low, drafts, k, j)
                _listed_siblings(low, drafts, k, j)
        elif d.get("role") is None and (
                (still.any_in(max(d["sentence"][0], start - 40), start) and
                 _STILL.search(low, max(d["sentence"][0], start - 40), start) and
                 # ("though still about 16,000 below the 45,728": a gap, no later state)
                 not _STILL_GAP.match(low, d["end"])) or
                # (_STILL_AFTER's word starts within 31 characters of the figure's end)
                (still.any_in(d["end"], d["end"] + 31) and
                 (sm := _STILL_AFTER.match(low, d["end"])) is not None and
                 # (a capital is a name: "16,141,241 for Remain", the referendum's side)
                 text[sm.start("w")].islower() and
                 # ("... 40.9 million passengers were still short of the 46.6 million": a
                 # comparison, no later state)
                 not _STILL_COMPARED.match(low, sm.end()))):
            d["role"] = "update"     # "2.4 million were still without power": a later state


# a sentence that opens on the whole its figures are parts of: "Of the 11 people who died, 7
# were men and 4 women", "Among the 1,624 killed, ..."; or on the previous sentence's figure:
# "Of these, 67 were laboratory confirmed and 42 negative", "Of those, 2,500 ..."
_OF_THE_OPEN = re.compile(r"\s*(?:of|among)\s+(?:(?:the|all|its|their|(?:this|last)\s+"
                          r"(?:year|season|month)[’']s)\s+)?"
                          # (a possessive whole: "Of the council's 85 seats", "Of Fife's 75",
                          # "Of Renfrewshire Council's 43 seats")
                          r"(?:(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[’']s\s+)?$")
_OF_THESE_OPEN = re.compile(r"\s*(?:of|among)\s+(?:these|those|them|whom|which|the\s+(?P<adj>[a-z-]+\s+)?(?:total|"
                            r"victims|(?P<named>cases|patients|dead|injured|wounded)))\b[^.;:!?]{0,40}?,"
                            r"\s*", re.I)
# ... or a sentence that opens by saying what the previous sentence's count includes: "The dead
# include 617 men, 280 women and 499 children", "They included 12 children"
_THEY_INCLUDE_OPEN = re.compile(r"\W*(?:they|the[ \u00a0]+(?:dead|victims|injured|casualties))[ \u00a0]+"
                                r"(?:include|includes|included|including)[ \u00a0]+"
                                r"(?:(?:about|around|some|nearly|almost|at[ \u00a0]+least)[ \u00a0]+)?")
_PART_SEP = re.compile(r",|;|\band\b|\bor\b")
_AND_BEFORE = re.compile(r"\band\b")
_PORTION_BREAK = re.compile(r"\b(?:from|than|compared|against|up|down|rose|fell)\b")
_MORE_THAN_AFTER = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:more|fewer|less)[ \u00a0]+"
                              r"(?:[a-z]+[ \u00a0]+)?than\b")


# a whole named by what befell its people ("Of the dead", "Of the injured"): the words its count
# may be written with
_WHOLE_NAMED_BY = {"dead": ("dead", "death", "died", "kill", "fatal"),
                   "injured": ("injur", "wound", "hurt"), "wounded": ("injur", "wound", "hurt")}


def _included_after_semicolon(low: str, drafts: list[dict[str, Any]], idxs: list[int]
                              ) -> tuple[int, int] | None:
    """(where the clause opens, the place in ``idxs`` of its first figure) for a sentence's
    last clause after a semicolon that says what the count before it includes ("; the dead
    included 82 men and 97 women"), with figures on both sides; else None."""
    if len(idxs) < 3:
        return None
    d = drafts[idxs[0]]
    semi = low.rfind(";", d["end"], drafts[idxs[-1]]["start"])
    if semi < 0:
        return None
    k = next((p for p, j in enumerate(idxs) if drafts[j]["start"] > semi), None)
    if not k or _THEY_INCLUDE_OPEN.fullmatch(low, semi + 1, drafts[idxs[k]]["start"]) is None:
        return None
    return semi + 1, k


def _of_the_total(text: str, low: str, drafts: list[dict[str, Any]], idxs: list[int],
                  prev: list[int], clause: int | None = None) -> None:
    """Portions of a whole named at the opening of their sentence (see _OF_THE_OPEN), or of
    the clause after its semicolon (``clause``: where it opens; ``prev``: the figures before)."""
    if not idxs:
        return
    first = drafts[idxs[0]]
    ss = first["sentence"][0] if clause is None else clause
    total = None
    axis: tuple[str, str] | None = None
    parts = idxs
    if _OF_THE_OPEN.fullmatch(low, ss, first["start"]) and len(idxs) > 1 and \
            (k := _after_the_opening(text, drafts, idxs)) is not None:
        total, parts = idxs[0], idxs[k:]
    elif prev and ((these := _OF_THESE_OPEN.match(text, ss)) and
                   these.end() >= first["start"] - 40 or
                   _THEY_INCLUDE_OPEN.fullmatch(low, ss, first["start"]) and len(idxs) > 1):
        # (not a count of places: "419 people in 35 states. Of those, 66 ..." are people)
        act = act_of(these.group()) if these else None
        cands = [j for j in prev if drafts[j].get("role") in (None, "total") + (
                     ("of_whole", "portion", "whole") if act is not None else ()) and
                 _compatible(drafts[j], first) and drafts[j]["unit"] == first["unit"] and
                 not _PLACES_COUNTED.match(low, drafts[j]["end"])]
        if act is not None:
            # "Of those who voted, ...": the count whose words say they voted, not the rolls
            # it is a part of (verb_wholes.py)
            cands = wholes_by_act(low, drafts, cands, act)
        named = these.group("named") if these else None
        if named:
            # "Among the cases, 110 ...": a count of cases, not "Forty-two people have been
            # hospitalized" before it
            # ("Of the dead, 17,388 ...": a count of people who died, "19,136 people had died")
            # (whose words may stand before it too: "The number of people killed ... has risen
            # from 74 to 82. Of the dead, 46 ...")
            stems = _WHOLE_NAMED_BY.get(named.lower())
            if stems is None:
                stem = named.lower().rstrip("s")
                cands = [j for j in cands if stem in low[drafts[j]["end"]:drafts[j]["end"] + 25]
                         or str(drafts[j].get("measure") or "").startswith(stem)]
            else:
                cands = [j for j in cands if any(
                    st in low[drafts[j]["end"]:drafts[j]["end"] + 25] or
                    st in str(drafts[j].get("measure") or "") for st in stems)] or [
                    j for j in cands if any(st in low[drafts[j]["sentence"][0]:drafts[j]["end"]]
                                            for st in stems)]
            adj = these.group("adj") if these else None
            if adj:
                # "Of the confirmed cases, 59 ...": a count of confirmed cases, not the "three
                # cases" of the line before it
                cands = [j for j in cands if adj.strip().lower() in re.split(
                    r"[\n.;]", low[drafts[j]["end"]:drafts[j]["end"] + 25], maxsplit=1)[0]]
        # (a whole a tenth of its first part is another count, not this one mistyped: "three
        # new confirmed cases" is no whole of "Of the confirmed cases, 59 ...")
        cands = [j for j in cands if first["value"] is None or drafts[j]["value"] is None or
                 10 * drafts[j]["value"] >= first["value"]]
        if not cands and named and prev:
            # "Of the confirmed cases, 59 ..." after a paragraph between: the nearest earlier
            # count whose own words name the noun and its modifier ("68 confirmed cases")
            cands = _named_count_before(low, drafts, prev[0], first, named,
                                        _OF_THESE_OPEN.match(text, ss).group("adj"))
            if cands:
                total = cands[-1]
                # (a breakdown that opens on its whole's name, far from it, is one of its own,
                # summed on its own: "By age, 49 of the confirmed cases ..." and "Of the
                # confirmed cases, 59 were not immunized ..." cut the same 68 along two axes)
                axis = ("own_axis", f"s{ss}")
        if total is None and cands and (clause is not None or _adjacent(drafts[cands[-1]], first)):
            total = _whole_of_those(drafts, cands, first)
        elif total is None and first.get("role") is None and first["unit"] != "percent":
            # "Of the confirmed cases, 150 were not immunized": a part of a whole the story
            # gave further up, never that whole restated
            first["role"] = "portion"
    if total is None or drafts[total]["unit"] == "percent":
        return
    if axis is not None:
        for j in parts:
            drafts[j]["extra"].append(axis)
    _portions_of(text, low, drafts, total, parts, ss)


def _portions_of(text: str, low: str, drafts: list[dict[str, Any]], total: int,
                 parts: list[int], ss: int) -> None:
    """Mark ``parts`` (figures of the sentence opening at ``ss``) portions of ``total``, up to
    the first that is no further part of the opening's whole (``_of_the_total``)."""
    prev_end = drafts[parts[0]]["start"]
    closed = False
    for j in parts:
        d = drafts[j]
        if d["unit"] and not drafts[total]["unit"] and d.get("role") is None:
            continue    # "2,500 would go within 18 months and 300 later": a duration between
        if j != parts[0] and not _PART_SEP.search(text, prev_end, d["start"]):
            continue    # "41 were children under 10, 12 ...": a figure inside a part's words
        if closed and len(low[prev_end:d["start"]].split()) > 4:
            break       # "Of the 242 on board, 230 passengers and 12 crew, only one survived
            # ..., confirming 241 deaths": a list closed by "and" ends before a clause of its own
        closed = j != parts[0] and _AND_BEFORE.search(low, prev_end, d["start"]) is not None
        if j != parts[0] and _PORTION_OPEN.search(text, prev_end, d["start"]):
            break       # "31 are children, including 12 babies": a part of the part before it
        prev_end = d["end"]
        if d.get("role") is not None or not _compatible(drafts[total], d) or \
                d["unit"] != drafts[total]["unit"] or \
                _PORTION_BREAK.search(low, max(ss, d["start"] - 15), d["start"]) or \
                (j != parts[0] and _MORE_THAN_AFTER.match(low, d["end"])):
            break       # ("..., 74 are overcrowded, and there are 9,242 more prisoners than
            # the jails were built for": an amount over another count, no second part)
        d["role"] = "portion"
        d["group"] = total
        if d.get("measure") is None:
            d["measure"] = drafts[total].get("measure")


def _after_the_opening(text: str, drafts: list[dict[str, Any]], idxs: list[int]) -> int | None:
    """Where the parts start after a sentence's opening "Of the 30 attractions ...,": the
    first figure after the comma that closes it, past the figures of other units inside it
    ("Of the 30 attractions whose visitor numbers fell by 10% or more, 27 were gardens");
    None when no such comma comes first."""
    first = drafts[idxs[0]]
    for k in range(1, len(idxs)):
        d = drafts[idxs[k]]
        if "," in text[first["end"]:d["start"]]:
            return k
        if d["unit"] == first["unit"]:
            return None
    return None


def _whole_of_those(drafts: list[dict[str, Any]], cands: list[int], first: dict[str, Any]) -> int:
    """The whole "Of those" names among the sentence before's counts: of those no smaller
    than the first part, the largest ("killing all 176 people on board: 167 passengers and
    nine crew. Of those, 82 were Iranian": the nine crew cannot hold 82; the 176 and the 167
    both can, and the parts are held to the larger, so that they are flagged only when they
    exceed every whole "those" may be), else the nearest. A whole is never smaller than one
    of its parts, so a count that is can only be the whole's breakdown, not the whole."""
    v = first["value"]
    fits = [j for j in cands if v is None or drafts[j]["value"] is None or
            drafts[j]["value"] >= v]
    if not fits:
        return cands[-1]
    return max(reversed(fits), key=lambda j: drafts[j]["value"] or 0.0)


def _named_count_before(low: str, drafts: list[dict[str, Any]], before: int,
                        first: dict[str, Any], named: str, adj: str | None) -> list[int]:
    """The count a portion's opening names ("Of the confirmed cases, 59 ..."), further up
    than the sentence before: the nearest level of its unit, larger than the portion, whose
    own words name the noun and the modifier (within 12 figures and two paragraphs)."""
    stem = named.lower().rstrip("s")
    words = f"{adj.strip().lower()} {stem}" if adj else stem
    after = first["start"]
    breaks = 0
    for j in range(before - 1, max(-1, before - 13), -1):
        w = drafts[j]
        breaks += low.count("\n\n", w["end"], after)
        after = w["start"]
        if breaks > 2:
            break
        if w.get("role") in (None, "total") and w["unit"] == first["unit"] and w["value"] and \
                (first["value"] is None or w["value"] > first["value"]) and \
                words in " ".join(low[w["end"]:w["end"] + 30].split()):
            return [j]
    return []


# "by 57% to 42%", "58% of the vote to 42% for Tom Barrow": two sides' shares of one vote; the
# other side's name may stand before its share ("53.49% of the national two-party-preferred
# vote to Labor's 46.51%")
_VERSUS_GAP = re.compile(r"\s+(?:of\s+the\s+(?:[a-z][\w-]*\s+){0,2}?(?:vote|votes|ballots|"
                         r"vote\s+cast)\s+)?(?:to|against|versus|vs\.?)\s+(?:(?:the\s+)?"
                         r"(?:[a-z][\w.-]*\s+){0,2}[a-z][\w.-]*[’']s?\s+)?")
_NOT_VERSUS = re.compile(word_of("from|between|rose|fell|rising|falling|grew|dropped|up|down|"
                                 "increased|decreased|climbed|jumped") + "[^,;]{0,30}$")
_VOTE_CONTEXT = re.compile(word_of("won|win|wins|beat|beating|defeat|defeating|led|leading|lead|"
                                   "polling|polled|voted|vote|votes|ballots?|backed|referendum|"
                                   "approved|disapproved|survey"))
# the words of a story of choices, whose leader's percentage is a share of one whole
_CHOICE_WORDS = re.compile(word_of("votes?|voters?|voting|voted|polls?|polling|polled|ballots?|"
                                   "elections?|electorate|candidates?|party|parties|referendum|"
                                   "survey|surveyed|respondents|seats?|primary|caucus"))
# "1,088,225 votes, or 43.8%. ... 812,397 votes, or 32.7%": each candidate's share of the vote
_OR_SHARE_GAP = re.compile(r"\s*,\s*or\s+" + optional("about|nearly|almost", WS))
_VOTES_OR = re.compile(r"\bvotes?\s*,?\s+or\s+" + optional("about|nearly|almost", WS) + "$")


def _vote_shares(text: str, low: str, drafts: list[dict[str, Any]],
                 sents: list[list[int]]) -> None:
    """Shares of one vote stated as two sides ("by 57% to 42%") or one candidate per sentence
    ("..., or 43.8%. ... , or 32.7%"): one share group, so that they cannot pass 100%; then
    results written as counts with their shares (``result_lists.shared_wholes``)."""
    n = 0
    for idxs in sents:
        for p, a in enumerate(idxs[:-1]):
            b = idxs[p + 1]
            da, db = drafts[a], drafts[b]
            if da["unit"] != "percent" or db["unit"] != "percent" or \
                    da.get("role") is not None or db.get("role") is not None:
                continue
            if not _VERSUS_GAP.fullmatch(low, da["end"], db["start"]):
                continue
            ss = da["sentence"][0]
            if _NOT_VERSUS.search(low, ss, da["start"]) or \
                    not _VOTE_CONTEXT.search(low, ss, da["sentence"][1]):
                continue
            n += 1
            for j in (a, b):
                drafts[j]["role"] = "share"
                drafts[j]["group"] = f"v{n}"
    run: list[int] = []
    for idxs in sents + [[]]:
        # (a count of votes before ", or": "to her 98,610, or 49.11%"; never an amount in
        # percentage points, which is a gap: "a lead of 4,631 votes, or 1.78 points")
        got = [j for j in idxs if drafts[j]["unit"] == "percent" and
               drafts[j].get("role") is None and
               not any(k == "percentage_points" for k, _ in drafts[j]["extra"]) and
               (_VOTES_OR.search(low, max(0, drafts[j]["start"] - 25), drafts[j]["start"]) or
                (j and drafts[j - 1].get("measure") == "votes" and
                 drafts[j - 1].get("role") is None and
                 _OR_SHARE_GAP.fullmatch(low, drafts[j - 1]["end"], drafts[j]["start"])))]
        for j in got:
            # "58,210 votes, or 56.2%": a share of the vote, whether or not others follow
            drafts[j]["measure"] = drafts[j].get("measure") or "vote_share"
        if got and (not run or _adjacent(drafts[run[-1]], drafts[got[0]])):
            run += got
            continue
        if len(run) > 1:
            n += 1
            for j in run:
                drafts[j]["role"] = "share"
                drafts[j]["group"] = f"v{n}"
        run = got
    # results as a list of counts with shares: "who took 1,456 votes (53.8%), ... who took
    # 934 (34.5%)" (result_lists.py)
    shared_wholes(low, drafts)


def _votes_and_sizes(text: str, low: str, drafts: list[dict[str, Any]],
                     sents: list[list[int]]) -> None:
    """Shares of a vote and the sizes of parts and changes words give: "That was a steeper
    drop than the 0.5% decline" (paces.py), "most of them, 170,000" (majorities.py), "46% of
    the 18 million eligible voters, about 8.3 million" (share_of_named.py), "by 57% to 42%"
    (``_vote_shares``), "by 622 votes to 558, or 52.7% to 47.3%" (two_sides.py)."""
    paced_across(low, drafts, sents)
    majority_parts(low, drafts)
    # "71.9% of the 19.5 million eligible voters, about 14 million": share_of_named.py
    shares_of_named_wholes(low, drafts)
    _vote_shares(text, low, drafts, sents)
    two_sides(low, drafts, sents)


# the words between the two values of a "from A to B" pair: " to ", " in July to "
_PAIR_TO = re.compile(r"(?:[ \u00a0]+(?:in|on|at)[ \u00a0]+[\w ]{1,20}?)?[ \u00a0]+to[ \u00a0]+"
                      r"(?:(?:about|around|nearly|almost|some|roughly|just)[ \u00a0]+)?")


def _compared_apart(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """A compared value whose figure is not the one right before it: "83.9% of children ...
    by age five, down from 84.5%" (the figure of the same unit nearest before it)."""
    for idxs in sents:
        last: dict[Any, int] = {}      # unit -> the latest figure of it so far (linear)
        for p, j in enumerate(idxs):
            b = drafts[j]
            prev = last.get(b["unit"])
            last[b["unit"]] = j
            if p < 2 or b.get("role") is not None:
                continue
            if prev is None or prev == idxs[p - 1]:
                continue    # the adjacent case is read in relate()
            a = drafts[prev]
            lo = max(a["end"], b["start"] - 40)
            if p + 1 < len(idxs) and drafts[idxs[p + 1]]["unit"] == b["unit"] and \
                    _PAIR_TO.fullmatch(low, b["end"], drafts[idxs[p + 1]]["start"]):
                continue    # "edged up from £19.1bn to £19.7bn": a pair of its own
            if a.get("role") is None and _COMPARED_ONLY.search(low, lo, b["start"]):
                b["role"] = "compared"
                dm = _DIRECTION_FROM.search(low, max(a["end"], b["start"] - 20), b["start"])
                if dm is not None:
                    b["extra"].append(("direction", {"to": prev,
                                                     "up": dm.group(1) in _UP_WORDS}))


_OWNER_BEFORE = re.compile(r"[a-z][\w-]*[’']s\s+$")    # "bloomberg's 51%"
_GENERIC_OF = re.compile(r"\b(?:total|figure|number|count|tally|toll)\s+of\s+(?:about\s+|some\s+|"
                         r"nearly\s+|almost\s+)?$")


_WITH_BEFORE = re.compile(r"\bwith\s+(?:(?:about|around|nearly|almost|some|roughly|just)\s+)?$")
PARALLEL_WINDOW = 8     # figures back where a parallel "with N <noun>" may stand


# the words after a noun that say only "how many of it": "cow numbers", "visitor figures"
_COUNT_WORDS = frozenset(("numbers", "number", "figures", "figure", "count", "counts", "total",
                          "totals", "levels", "level"))


def _change_values_measure(low: str, drafts: list[dict[str, Any]]) -> None:
    """The counts a percentage change is between are counts of what the change's own words
    name: "Homicides rose 14% from 630 to 719" makes 630 and 719 homicides (the measure of
    "The 719 homicides were the most in a decade"), as a noun after them would. Only counts
    that name no measure of their own take it. Then an amount that names a thing of its own
    ("238 fewer herds") loses values of another such measure (other_nouns.py)."""
    nouns = {str(k): str(v) for k, v in ((vocab.load("entities.yaml").get("open_measures")
                                          or {}).get("nouns") or {}).items()}
    for d in drafts:
        if not d.get("_open") or d["unit"] != "percent" or not d.get("measure") or \
                d.get("role") != "change":
            continue
        ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
        if ch is None or ch.get("kind") != "percent":
            continue
        words = str(d["measure"]).split()
        # ("dairy cow numbers fell 1.26%": the numbers are of cows, everyday98)
        word = words[-2] if len(words) > 1 and words[-1] in _COUNT_WORDS else words[-1]
        measure = nouns.get(word) or singular(word)
        for j in (ch.get("from"), ch.get("to")):
            x = drafts[j] if isinstance(j, int) else None
            if x is not None and x.get("measure") is None and not x["unit"] and \
                    x["value"] is not None:
                x["measure"] = measure
                x["_open"] = True
                if isinstance(x.get("_basis"), dict):
                    x["_basis"]["measure"] = "written"
    amounts_of_other_nouns(low, drafts)     # "..., and 238 fewer herds": other_nouns.py


def _inherited_measures(low: str, drafts: list[dict[str, Any]]) -> None:
    """A figure that names no measure restating one that did: "Bloomberg's 51%" after his "51%
    of the vote", "The March total of 2,591" after "2,591 confirmed cases": the one measure the
    earlier figures of its entity (or, after "the total of", of its unit) have. A bare figure
    "with N" in a ranking takes the measure of the last "with N <noun>" of its unit in its
    paragraph ("the busiest airport, with 101.5 million passengers ... Beijing Capital was
    second with 89.9 million")."""
    for k, d in enumerate(drafts):
        if d.get("measure") is not None or d.get("role") is not None or d["value"] is None:
            continue
        if _WITH_BEFORE.search(low, max(0, d["start"] - 20), d["start"]) and \
                _BARE_AFTER.match(low, d["end"]):
            par = next((x for x in reversed(drafts[max(0, k - PARALLEL_WINDOW):k])
                        if x["unit"] == d["unit"] and x.get("measure") is not None and
                        _WITH_BEFORE.search(low, max(0, x["start"] - 20), x["start"])), None)
            if par is not None and "\n\n" not in low[par["end"]:d["start"]]:
                d["measure"] = par["measure"]
                continue
        generic = _GENERIC_OF.search(low, max(0, d["start"] - 30), d["start"]) is not None
        owned = _OWNER_BEFORE.search(low, max(0, d["start"] - 30), d["start"]) is not None
        if not generic and not (owned and d.get("subject") is not None):
            continue
        seen = {x["measure"] for x in drafts[:k]
                if x.get("measure") and x["unit"] == d["unit"] and
                x.get("role") in (None, "total", "item", "compared", "of_whole") and
                (generic or x.get("subject") == d.get("subject"))}
        if len(seen) == 1:
            d["measure"] = seen.pop()


# a sentence that opens on a part of a business: "Data centre revenue was a record $14.51
# billion", "iPhone sales fell 2%", "Services revenue rose to $22.3 billion"
_SEGMENT_OPEN = re.compile(r"\W*((?:[a-z][\w&-]*\s+){1,2}?)(?:revenues?|sales|turnover|"
                           r"profits?|income|earnings|deliveries|shipments|bookings)\b")
SEGMENT_WINDOW = 80     # characters before a figure where its clause may name a part of a business
_SEGMENT_NAMED = re.compile(r"\b(?:its|their|the|[a-z][\w&-]*[’']s)\s+((?:[a-z][\w&-]*\s+){1,3}?"
                            r"(?:business|division|unit|arm|segment|subsidiary))\b")
# a clause that opens on a part of an economy's output: "Services output rose 0.8%, while
# production fell 0.1%" (output, production or activity of a sector, not the whole economy)
_SECTOR_OPEN = re.compile(r"\W*(?:(?:while|whereas|and|but)\s+)?((?:[a-z][\w&-]*\s+){0,2}?"
                          r"(?:output|production|activity))\s+(?:rose|fell|grew|shrank|"
                          r"contracted|expanded|increased|decreased|declined|dropped|climbed|"
                          r"slipped|was|were|jumped)\b")
_SECTOR_HEADS = frozenset("output production activity economic economy's national total "
                          "domestic uk us".split())
_NOT_SEGMENT = frozenset("""the its their his her our this that total net gross overall group
quarterly annual yearly monthly full-year half-year first-quarter second-quarter third-quarter
fourth-quarter record underlying adjusted reported organic pre-tax pretax after-tax operating
core comparable like-for-like global worldwide company company's firm's and of in""".split())


def _segments(low: str, drafts: list[dict[str, Any]]) -> None:
    """A figure of a business's part is about that part: its subject gains the part's name
    ("nvidia / data centre"), so that it is never compared with the whole business's figure
    of the same measure. "Apple revenue" names the business itself; a part's name read as the
    entity ("Data" of "Data centre revenue", capitalised at the sentence start) gives way to
    the entity named before it, in this figure and in the later figures that carried it."""
    entity = None
    misread: dict[str, str] = {}
    for d in drafts:
        subj = d.get("subject")
        if subj in misread and (d.get("_basis") or {}).get("subject", "").startswith("carried"):
            d["subject"] = subj = misread[subj]
        m = None
        if d.get("role") is None and d.get("measure") is not None:
            m = _SEGMENT_OPEN.match(low, d["sentence"][0], d["start"])
            if m is None or any(w in _SAYS for w in m.group(1).split()):
                # "..., while its ice cream business grew sales 3.1% to €7.9 billion": a
                # part the figure's own clause names by its kind
                # (within SEGMENT_WINDOW characters: linear in a long sentence)
                ss = max(d["sentence"][0], d["start"] - SEGMENT_WINDOW)
                cs = max(ss, low.rfind(",", ss, d["start"]) + 1, low.rfind(";", ss, d["start"]) + 1)
                m = _SEGMENT_NAMED.search(low, cs, d["start"]) or \
                    _SECTOR_OPEN.match(low, cs, d["start"]) or m
        # ("domestic", "UK" name a sector of an economy's output, but a business's part of
        # its revenue: "Domestic revenue of $13.41 billion")
        words = [w for w in m.group(1).split() if w not in _NOT_SEGMENT and
                 (m.re is not _SECTOR_OPEN or w not in _SECTOR_HEADS)] if m else []
        if m is not None and m.re is _SECTOR_OPEN and m.group(1).split()[-1] == "production" \
                and not words:
            words = ["production"]      # "while production fell 0.1%": industry's output
        name = " ".join(words)
        if not words or name == subj or any(w in _SAYS for w in words):
            if subj is not None and subj not in misread:
                entity = subj
            continue
        if subj is not None and name.startswith(subj + " ") and entity is not None:
            misread[subj] = entity      # "Data" of "Data centre revenue"
            subj = entity
        d["subject"] = subj
        name_part(d, name)


_SAYS = frozenset("said says reported reports posted posts expects expected sees saw forecast "
                  "forecasts announced "
                  # a headline's verb before what it moved: "Infosys raises revenue forecast",
                  # "Denso cuts profit outlook", "Nike beats sales estimates" (everyday109)
                  "raises raised lifts lifted cuts trims trimmed lowers lowered beats misses "
                  "missed boosts boosted slashes slashed hikes hiked".split())


# a figure that opens its sentence as one already given: "The 1,020 confirmed deaths compare
# with ...", "Rockland's 155 cases are ...", "The March total of 2,591 was ...", "Bloomberg's
# 51% was ...", "Its quarterly revenue of $18.12 billion beat ..."
_DEFINITE_OPEN = re.compile(
    r"\W*(?:[\w’'.-]+\s+){0,4}?(?:the|its|their|[\w-]+[’']s)\s+"
    r"(?:(?:[a-z0-9][\w-]*\s+){0,2}(?:total|figure|number|count|tally|toll|revenue|sales|"
    r"turnover|profit|loss|rainfall|share)\s+of\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?$")
# words that make the opening something other than the restated figure's own name: a
# comparison ("That is more than the 14,600 ..."), a verb before it, a preposition
_NOT_DEFINITE = re.compile(r"\b(?:is|was|are|were|be|been|than|from|compared|against|versus|"
                           r"after|before|since|above|below|over|under|to|with|by|and|or|in|on|"
                           r"at|for|as|like|unlike|while|whereas)\b")


def _period_named(period: Any, named: list[str]) -> bool:
    """Whether the words a restatement names its period by ("march", "2012") fit ``period``,
    a calendar year or month."""
    if period is None:
        return False
    start, end = period
    for w in named:
        if w.isdigit() and not (start.year == end.year == int(w) and start.month == 1 and
                                end.month == 12):
            return False
        if w in _MONTHS and not (start.month == end.month == _MONTHS.index(w) + 1 and
                                 start.year == end.year):
            return False
        if not w.isdigit() and w not in _MONTHS:
            return False    # "last year's total": not resolved here
    return True


# the period a restatement names before its figure: "The March total of", "The 2012 total of";
# a day's name ("Monday's 1,770", "yesterday's"), which in copy of a daily report may be the
# report of that day or the day it covers, so that no earlier figure is surely the one it
# repeats (``_period_named`` leaves it alone)
_NAMED_PERIOD = re.compile(r"\b(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|"
                           r"september|october|november|december|(?:last|this|next)\s+"
                           r"(?:year|month|week|quarter)|monday|tuesday|wednesday|thursday|friday|"
                           r"saturday|sunday|yesterday|today)\b")
_MONTHS = ("january february march april may june july august september october november "
           "december").split()
RESTATE_WINDOW = 40     # earlier figures of its unit a restatement may repeat
_RESTATES_FROM = frozenset({None, "total", "item", "share", "of_whole", "compared", "whole"})


def _restated_candidates(text: str, d: dict[str, Any],
                         cands: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The earlier figures a definite figure may restate: "Of the three, Air Canada had ...",
    a number in words with no noun or measure of its own, counts the things just named; only
    its value could say which figure it repeats (none, when no earlier figure has it)."""
    if d.get("measure") is None and not any(ch.isdigit() for ch in text[d["start"]:d["end"]]):
        return [x for x in cands if x["value"] == d["value"]]
    return cands


# the words between a figure and the noun it counts: "The three relegated clubs"
_MODIFIERS = re.compile(r"[ \u00a0]+((?:[a-z][a-z-]+[ \u00a0]+){1,2}?)([a-z]+)\b")
# words after a figure that are no modifier of a noun: a verb, a preposition, an article
_NOT_MODIFIERS = frozenset("""is are was were be been have has had will would can could may
of in on at to for by from with and or but the a an than that which who per""".split())


def _narrowed_by_modifier(low: str, d: dict[str, Any], x: dict[str, Any]) -> bool:
    """Whether definite figure ``d`` counts a narrower set than earlier figure ``x`` of its
    measure: a word between ``d`` and its noun that ``x``'s sentence does not write ("The
    three relegated clubs" after "when the league had 22 clubs": the relegated ones, no
    restatement of the 22). Only when ``d`` is no larger than ``x``: a subset as large as its
    set or larger is no reading ("The 1,200 confirmed deaths" after "1,020 deaths" restates
    them wrongly, either way)."""
    if d["value"] is None or x["value"] is None or float(d["value"]) > float(x["value"]):
        return False
    head = str(d.get("measure") or "").split()[-1:] or [""]
    m = _MODIFIERS.match(low, d["end"])
    if m is None:
        return False
    if not head[0]:
        # (a figure read with no measure yet: its own plural noun after the modifier, "The
        # two southern fires" after "the three blazes burning in the state")
        if not (m.group(2).endswith("s") and len(m.group(2)) > 3) or \
                _NOT_MODIFIERS & set(m.group(1).split()):
            return False
    elif len(head[0]) < 3 or not m.group(2).startswith(head[0][:-1] or head[0]):
        return False
    own = low[x["sentence"][0]:x["sentence"][1]]
    return any(len(w) > 3 and not re.search(r"\b" + re.escape(w) + r"\b", own)
               for w in m.group(1).split())


# a comparison that names what it sets the figure before it against, whose value follows
# after a comma: "were more than the utility usually sees in a whole year, about 25,000"
_THAN_NAMED_GAP = re.compile(r"\b(?:more|fewer|less|greater|higher|lower|larger|smaller|bigger|"
                             r"worse|better)\s+than\s+(?:the|a|an|its|their|his|her|what|"
                             r"any|in)\b[^.;:!?()\d]*,\s*(?:about|around|nearly|some|roughly|"
                             r"almost|just|at)?\s*$")


def _than_named_values(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """The figure after a comparison that names what the figure before it is set against
    (``_THAN_NAMED_GAP``: "The 35,000 outages were more than the utility usually sees in a
    whole year, about 25,000") is that compared value: no level of the first one's measure,
    no item listed beside it."""
    for idxs in sents:
        for i, j in zip(idxs, idxs[1:]):
            a, b = drafts[i], drafts[j]
            if b.get("role") is None and a["unit"] == b["unit"] and b["value"] is not None and \
                    _THAN_NAMED_GAP.search(low, a["end"], b["start"]):
                b["role"] = "compared"


# a noun with a defining clause of its own right after a figure: "The 58,787 students who sat
# the state exams", "the 1,200 homes that lost power"
_OWN_CLAUSE = re.compile(r"[ \u00a0]+(?:[a-z-]+[ \u00a0]+){1,2}?(?:who|that)[ \u00a0]+[a-z]")


def _own_group_apart(low: str, d: dict[str, Any], x: dict[str, Any]) -> bool:
    """Whether the definite figure ``d`` defines its own group by a clause after its noun
    ("The 58,787 students who sat the state exams") and earlier figure ``x`` is not near it in
    value: a group the clause names anew ("Of the 6,605 students who took higher-level
    agricultural science" is another), not ``x`` restated (everyday105). One near in value
    ("the 8,400 students who sat" after 7,400) is still read as its restatement."""
    return _OWN_CLAUSE.match(low, d["end"]) is not None and not _near(d, x)


def _definite_restatements(text: str, low: str, drafts: list[dict[str, Any]]) -> None:
    """A figure written as one already given (``_DEFINITE_OPEN``) takes the keys it leaves
    open from the earlier figure it restates: its measure, subject, period and running-total
    flag, so that the restatement is compared with what it repeats, whether or not its value
    agrees. The earlier figure is the one level figure of the same unit (and measure, subject
    and written period, where the restatement gives them) in an earlier sentence; when the
    earlier figures of that kind have more than one value, the restatement is left alone.
    Linear in the figures of each unit."""
    by_unit: dict[str, list[int]] = {}
    by_rate: dict[str, list[int]] = {}   # "USD" -> figures in USD / gallon, USD / hour...
    unmeasured: dict[str, list[int]] = {}   # compared values and wholes read with no measure
    compared: dict[str, list[int]] = {}     # compared values read with a measure
    for k, d in enumerate(drafts):
        unit = d["unit"]
        earlier = by_unit.setdefault(unit, [])
        rates = by_rate.get(unit) if unit else None
        if d["value"] is not None and d.get("role") is None and (earlier or rates) and \
                _DEFINITE_OPEN.fullmatch(low, d["sentence"][0], d["start"]) and \
                not _NOT_DEFINITE.search(low, d["sentence"][0], d["start"]) and \
                _names_only(text[d["sentence"][0]:d["start"]]):
            named = _NAMED_PERIOD.findall(low, d["sentence"][0], d["start"])
            # (an earlier peak or whole read with no measure that it agrees with is what it
            # repeats: "down from a peak of 195,000 ... The 195,000 outages")
            taken = d.get("measure") is not None and _restates_unmeasured(
                d, [drafts[j] for j in unmeasured.get(unit, [])[-8:]
                    if _agrees(d, drafts[j])], named)
            if not taken:
                # (an earlier compared value of its measure that it agrees with is what it
                # repeats: "fell to 623,000 from an upwardly revised 631,000 ... The 631,000
                # was the highest since October 1982")
                agreeing = [drafts[j] for j in compared.get(unit, [])[-8:]
                            if d["measure"] in (None, drafts[j]["measure"]) and
                            drafts[j]["sentence"] != d["sentence"] and _agrees(d, drafts[j])]
                taken = bool(agreeing) and _take_restated(d, agreeing, named, compared=True)
            if not taken and (d.get("measure") is not None or not _own_noun(low, d) or
                              _rate_restated(low, d)):
                # (the last RESTATE_WINDOW figures of the unit: linear in a long document)
                taken = _take_restated(d, _restated_candidates(text, d, [
                    drafts[j] for j in earlier[-RESTATE_WINDOW:]
                    if not _narrowed_by_modifier(low, d, drafts[j]) and
                    not _own_group_apart(low, d, drafts[j])]), named)
            if not taken and d.get("measure") is not None and \
                    (d.get("_basis") or {}).get("measure") == "none" and \
                    not any(drafts[j]["measure"] == d["measure"]
                            for j in earlier[-RESTATE_WINDOW:]):
                # the noun it counts is no vocabulary measure ("The 445,000 new claims"), nor
                # what an earlier figure counts, but names an earlier figure in that figure's
                # own sentence ("new claims for unemployment benefits rose ... to 445,000"):
                # that figure's measure
                noun = d["measure"].split()[0]
                own_words = low[d["sentence"][0]:min(d["sentence"][1], d["end"] + 40)]
                # (an earlier figure of "continuing claims" is no "new claims": a modifier of
                # its measure the restatement does not write rules it out)
                cands = [drafts[j] for j in earlier[-RESTATE_WINDOW:]
                         if _noun_named_before(low, d, drafts[j], noun,
                                               head=" " not in d["measure"]) and
                         not _narrowed_by_modifier(low, dict(d, measure=None), drafts[j]) and all(
                             w in own_words for w in str(drafts[j]["measure"]).split()[:-1])]
                own = d["measure"]
                d["measure"] = None
                if not _take_restated(d, cands, named):
                    d["measure"] = own
            if not taken and d.get("measure") is not None:
                _restates_unmeasured(d, [drafts[j] for j in unmeasured.get(unit, [])[-8:]],
                                     named)
            if d.get("measure") is None and rates:
                # "$3.40 a gallon ... The $3.40 average": a rate restated without its "a
                # gallon" is that rate, when the noun it is given with ("average") names
                # the rate's figure in its own sentence ("The national average price ...")
                cands = [drafts[j] for j in rates[-RESTATE_WINDOW:]
                         if _noun_named_before(low, d, drafts[j])]
                _take_restated(d, cands, named)
                if d.get("measure") is not None:
                    d["unit"] = cands[-1]["unit"]
        elif d["value"] is not None and d.get("role") is None and d.get("measure") is None and \
                earlier and _AT_FIGURE_OPEN.fullmatch(low, d["sentence"][0], d["start"]):
            _figure_first(low, d, [drafts[j] for j in earlier[-RESTATE_WINDOW:]])
        if d.get("role") in ("compared", "whole") and d.get("measure") is None:
            unmeasured.setdefault(unit, []).append(k)
        elif d.get("role") == "compared" and d["value"] is not None:
            compared.setdefault(unit, []).append(k)
        if d.get("role") in _RESTATES_FROM and d.get("measure") is not None:
            earlier.append(k)
            if " / " in unit:
                by_rate.setdefault(unit.split(" / ")[0], []).append(k)


def _agrees(d: dict[str, Any], x: dict[str, Any]) -> bool:
    """Whether the intervals of figures ``d`` and ``x`` overlap."""
    return None not in (d["lower"], d["upper"], x["lower"], x["upper"]) and \
        x["lower"] <= d["upper"] and x["upper"] >= d["lower"]


def _restates_unmeasured(d: dict[str, Any], cands: list[dict[str, Any]], named: list[str]
                         ) -> bool:
    """A definite figure of a measure no earlier figure was read with ("The 195,000 outages")
    restates an earlier peak, compared value or whole read with no measure ("down from a peak
    of 195,000"), judged by readings (``_take_restated``: the one it agrees with, else the
    nearest in value): it takes that figure's keys, and that figure its measure."""
    own = d["measure"]
    d["measure"] = None
    cands = [x for x in cands if x["sentence"] != d["sentence"]]
    taken = bool(cands) and _take_restated(d, cands, named, compared=True)
    if taken:
        d["_restates"]["measure"] = own
    d["measure"] = own
    return taken


# a figure written first and named after it: "At 10.4%, the September rate was the highest
# since March", "At 20,400, the trust's breaches were ..."
_AT_FIGURE_OPEN = re.compile(r"\W*at\s+(?:(?:about|around|nearly|almost|just|some)\s+)?")
_FIGURE_FIRST_NOUN = re.compile(r",\s+(?:the|its|their)\s+((?:[\w’'-]+\s+){0,3}?)"
                                r"(?P<noun>[a-z]{4,})\s+(?:was|is|were|are|has|had|have|stood|"
                                r"stands|remains|remained|marks|marked|compares|compared|puts|put|"
                                r"makes|made|came|comes)\b")


def _figure_first(low: str, d: dict[str, Any], earlier: list[dict[str, Any]]) -> None:
    """A figure that opens its sentence before the noun it is ("At 10.4%, the September rate
    was the highest since March") restates the earlier figure of its unit whose own sentence
    names that noun before it ("Spain's unemployment rate rose to 10.4% in September"), of
    the period the noun phrase names if it names one: it takes that figure's keys, so that a
    wrong value is compared (``_take_restated``; left alone when such figures disagree)."""
    m = _FIGURE_FIRST_NOUN.match(low, d["end"])
    if m is None:
        return
    noun = m.group("noun")
    noun = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    named = _NAMED_PERIOD.findall(low, m.start(), m.end())
    _take_restated(d, [x for x in earlier if _noun_named_before(low, d, x, noun)], named)


_VERB_AFTER = re.compile(r"\s*(?:was|is|are|were|had|has|have|compares?|compared|put|puts|made|"
                         r"makes|beat|beats|met|meets|remained|remains|stood|stands|marked|"
                         r"marks|represents?|represented|came|comes|exceeded|exceeds|fell|rose|"
                         r"topped|tops)\b")


def _noun_named_before(low: str, d: dict[str, Any], x: dict[str, Any],
                       word: str | None = None, head: bool = False) -> bool:
    """Whether ``word`` (by default the word right after d: "The $3.40 average"; an open
    measure's noun, singular, "claim", matches "claims" too) stands before x in x's sentence
    ("The national average price of regular gas is $3.40 a gallon"); with ``head``, as the
    head of its noun phrase, not a modifier of the noun after it ("new claims for benefits
    rose to 445,000" names claims; "8 were in the vaccine group" names no vaccines)."""
    if word is None:
        m = _FIRST_WORD.match(low, d["end"])
        word = m.group(1) if m is not None else ""
    if len(word) <= 3:
        return False
    found = re.finditer(r"\b" + re.escape(word) + r"(?:s|es)?\b", low[x["sentence"][0]:x["start"]])
    return any(not head or _HEAD_END.match(low, x["sentence"][0] + m.end()) for m in found)


# what may follow the head of a noun phrase: no word (a stop, a bracket, a figure), a
# function word or a verb; another noun after it makes the word its modifier ("vaccine group")
_HEAD_END = re.compile(r"(?:\s*[^\w\s]|\s*\d|\s*$|\s+(?:for|of|to|in|on|at|from|by|with|and|or|"
                       r"but|was|were|is|are|had|has|have|rose|fell|grew|dropped|climbed|"
                       r"jumped|reached|totalled|totaled|stood|numbered|that|which|who|since|"
                       r"after|before|during|between|than|as|per|a|an|the|this|last|over|"
                       r"under|about|around|came|hit|more|fewer|less|\w+ed)\b)")


_FIRST_WORD = re.compile(r"[ \u00a0]+([a-z][a-z-]*)")


def _rate_restated(low: str, d: dict[str, Any]) -> bool:
    """A percentage named right after it as a rate or share already given ("The 3.6%
    expansion of 2023", "The 2.9 percent annual rate": across.yaml ``restating_rate``): its
    noun is no new thing but the earlier percentage it repeats, which ``_take_restated``
    judges by readings."""
    return d["unit"] == "percent" and across_words()["restating_rate"].match(low, d["end"]) \
        is not None


def _own_noun(low: str, d: dict[str, Any]) -> bool:
    """The figure counts a noun of its own, written right after it ("the 31 morning
    reports"), which no vocabulary measure names: not a restatement of an earlier measure
    ("The March total of 2,951 was ...")."""
    return d.get("_noun") is not None and _VERB_AFTER.match(low, d["end"]) is None


def _names_only(opening: str) -> bool:
    """The words before a restated figure's determiner are names ("North Carolina's Buncombe
    County's 30 deaths"), not a clause of its own ("Our sum covers the 31 reports")."""
    words = opening.split()
    k = next((i for i, w in enumerate(words) if w.lower() in ("the", "its", "their") or
              w.endswith(("'s", "’s"))), len(words))
    return all(w[:1].isupper() or w[:1].isdigit() for w in words[:k])


def _restated_by_noun(text: str, low: str, drafts: list[dict[str, Any]]) -> None:
    """A definite figure named by a noun that sums up an amount already given ("The €222
    million fee", "The $31 billion bill": rules/vocab/across.yaml ``restating_noun``) whose
    noun no earlier figure of its unit is measured by: it restates one of those figures,
    whatever measure (or none) each was read with ("signed Neymar for €222 million";
    "catastrophes cost insurers $31 billion"). Judged by readings: the figure it may restate
    is the one nearest in value, so that a restatement that agrees with any earlier figure
    is never contradicted and one that agrees with none is compared with the closest. The
    restatement takes its subject, period and measure; an earlier figure read with no measure
    takes the noun's (the restatement says what it was)."""
    noun = across_words()["restating_noun"]
    seen: dict[str, list[int]] = {}
    for k, d in enumerate(drafts):
        unit = d["unit"]
        earlier = [drafts[j] for j in seen.get(unit, [])[-RESTATE_WINDOW:]
                   if drafts[j]["sentence"] != d["sentence"]]
        if (d["value"] or 0) > 0 and d.get("role") is None and d.get("measure") is not None and \
                earlier and noun.match(low, d["end"]) and \
                _DEFINITE_OPEN.fullmatch(low, d["sentence"][0], d["start"]) and \
                not _NOT_DEFINITE.search(low, d["sentence"][0], d["start"]) and \
                _names_only(text[d["sentence"][0]:d["start"]]) and \
                all(x.get("measure") != d["measure"] for x in earlier):
            named = _NAMED_PERIOD.findall(low, d["sentence"][0], d["start"])
            found = [x for x in earlier if (x["value"] or 0) > 0 and (
                _period_named(x.get("period"), named) if named else x.get("role") != "compared")]
            if found:
                src = min(reversed(found), key=lambda x: abs(math.log(float(x["value"]) /
                                                                       float(d["value"]))))
                own = d["measure"]
                d["measure"] = None
                _take_restated(d, [src], named)
                if src.get("measure") is None:
                    src["measure"] = d["measure"] = own
        if d["value"] and d.get("role") in _RESTATES_FROM:
            seen.setdefault(unit, []).append(k)


HEADLINE_RATIO = 2.0   # a headline amount restates a body figure at most this far from it
# roles of a figure that a headline amount never restates: amounts of change and values set
# against another (any level may be the one: a part, a share's amount, a total)
_NOT_RESTATED = frozenset({"change", "compared", "expected", "difference", "factor",
                           "reference", "additional"})


def _amount_kind(d: dict[str, Any]) -> str | None:
    """The kind of amount a headline figure may restate by value alone: money, or a plain
    count of four digits or more ("rise 41% to 36,465"; a small count, "Three hurt", may be
    anything the story counts)."""
    if d["unit"] and d["_q"].dim == "currency":
        return "money"
    if not d["unit"] and d["_q"].dim in ("", "count") and (d["value"] or 0) >= 1000 and \
            d["value"] == int(d["value"]):
        return "count"
    return None


def _headline_amounts(drafts: list[dict[str, Any]], lex: Any = None) -> None:
    """An amount of money or a large count in the headline or key points that no words
    measure ("The Wolverine opens to $141.1 million worldwide", "Asylum applications rise
    41% to 36,465") restates a body figure of its unit (``_amount_kind``):
    judged by readings, the one nearest in value among the body's measured levels (within
    ``HEADLINE_RATIO``, of its subject when both name one), so that a headline that agrees
    with any of them (a part or a total alike) is never contradicted and one that agrees
    with none is compared with the closest. It takes that figure's measure, subject and
    period. Everyday domains only: a war report's headline total is read by its own
    conventions (the running total beside the day's figure, factcheck.normalize.readings)."""
    body = [x for x in drafts if x["section"] == "body" and (x["value"] or 0) > 0 and
            x.get("measure") is not None and x.get("role") not in _NOT_RESTATED and
            _amount_kind(x) is not None and
            (lex is None or lex.domain(x["measure"]) != "conflict")]
    for d in drafts:
        if d["section"] not in ("headline", "keypoints") or d.get("measure") is not None or \
                not (d["value"] or 0) > 0 or d.get("role") is not None or \
                _amount_kind(d) is None:
            continue
        cands = [x for x in body if x["unit"] == d["unit"] and (
            not d.get("subject") or not x.get("subject") or x["subject"] == d["subject"])]
        if not cands or any(x["section"] == "body" and x["unit"] == d["unit"] and
                            (x["value"] == d["value"] or _agrees(d, x)) and
                            x.get("measure") is None and
                            x.get("role") not in _NOT_RESTATED for x in drafts):
            # ("Universities share A$416.6m" over the body's unmeasured "A$416.6 million":
            # the figure it restates word for word, or rounded, "$141 million" over "$141.1
            # million", everyday83; not a measured part of it nearby)
            continue
        src = min(cands, key=lambda x: abs(math.log(float(x["value"]) / float(d["value"]))))
        if max(src["value"], d["value"]) > HEADLINE_RATIO * min(src["value"], d["value"]):
            continue
        d["measure"] = src["measure"]
        # (the keys of the figure it restates: a body figure no entity was read for makes
        # the headline's "UK" no other subject)
        d["subject"] = src.get("subject")
        d["period"] = d.get("period") or src.get("period")
        d["cumulative"] = src.get("cumulative", False)


RESTATED_READING_RATIO = 1.5   # a restatement matching no earlier figure is of one this near


def _restated_reading(d: dict[str, Any], found: list[dict[str, Any]]
                      ) -> tuple[dict[str, Any] | None, bool]:
    """The figure a restatement repeats when the earlier figures it may repeat disagree
    ("839 cases this year ..., when 963 were reported ... Illinois has seven. The 839 cases
    are ..."): judged by readings, the last one its interval agrees with (then nothing is
    contradicted), else the one nearest in value, which every reading disagrees with as much
    or more (then the restatement is compared with it); None when none is within
    ``RESTATED_READING_RATIO`` of it (a new figure, not a wrong restatement). With it, whether
    the restatement agrees with it."""
    agree = [x for x in found if x["lower"] is not None and x["upper"] is not None and
             d["lower"] is not None and d["upper"] is not None and
             x["lower"] <= d["upper"] and x["upper"] >= d["lower"]]
    if agree:
        return agree[-1], True
    v = float(d["value"])
    near = [x for x in found if v > 0 and float(x["value"]) > 0 and
            max(v, float(x["value"])) / min(v, float(x["value"])) <= RESTATED_READING_RATIO]
    if not near:
        return None, False
    return min(reversed(near), key=lambda x: abs(math.log(float(x["value"]) / v))), False


def _near(d: dict[str, Any], x: dict[str, Any]) -> bool:
    """Whether figure ``x`` is within ``RESTATED_READING_RATIO`` of ``d`` (values unknown or
    not positive: taken as near)."""
    try:
        v, w = float(d["value"]), float(x["value"])
    except (TypeError, ValueError):
        return True
    if v <= 0 or w <= 0:
        return True
    return max(v, w) / min(v, w) <= RESTATED_READING_RATIO


def _within(inner: Any, outer: Any) -> bool:
    """Whether period ``inner`` (start, end) lies within period ``outer``."""
    return outer[0] <= inner[0] and inner[1] <= outer[1]


# the keys besides measure, subject and period that set two figures of one measure apart
# (rules/consistency/conflicting-figures.yaml ``same``), marked after the relations
_RESTATED_EXTRA_KEYS = ("kind", "place", "footing")


def carry_restated_keys(drafts: list[dict[str, Any]]) -> None:
    """A restatement (``_take_restated``) that names none of the keys ``_RESTATED_EXTRA_KEYS``
    takes those of the figure it repeats ("Utilities restored electricity to ... 8.48 million
    customers" is of kind electricity, and so is "The 8.48 million outages"): it is compared
    with what its original is compared with, never with figures its original is set apart
    from. Run after the passes that mark those keys."""
    for d in drafts:
        src = d.get("_restates")
        if src is None:
            continue
        own = {k for k, _ in d["extra"]}
        d["extra"].extend((k, v) for k, v in src["extra"] if k in _RESTATED_EXTRA_KEYS and
                          k not in own)


def _take_restated(d: dict[str, Any], earlier: list[dict[str, Any]], named: list[str],
                   compared: bool = False) -> bool:
    basis = d.get("_basis") or {}
    # a subject only carried from the sentences before ("Illinois had seven cases." then
    # "The 839 cases are the most since 1992") is no subject the restatement names: it takes
    # the subject of what it restates
    carried = str(basis.get("subject") or "").startswith("carried")
    subject = None if carried else d.get("subject")
    found = [x for x in earlier
             if x["sentence"] != d["sentence"] and x["value"] is not None and
             d.get("measure") in (None, x["measure"]) and
             (subject is None or x.get("subject") in (None, subject)) and
             (_period_named(x.get("period"), named) if named else
              compared or x.get("role") != "compared")]
    # (a count far from a rate per day restates no rate: "Russian losses averaged 1,570 a day
    # in December ... The month's total of 48,670")
    src, agrees = (found[-1], True) if len({float(x["value"]) for x in found}) == 1 and not (
        str(found[-1].get("measure") or "").endswith("_per_day") and not _near(d, found[-1])) \
        else _restated_reading(d, found)
    if src is None:
        return False
    if d.get("measure") is None and basis:
        basis["measure"] = "carried from the figure it restates"
    d["measure"] = d.get("measure") or src["measure"]
    if carried:
        d["subject"] = src.get("subject")
        basis["subject"] = "carried from the figure it restates" if d["subject"] else "none"
    d["subject"] = d.get("subject") or src.get("subject")
    d["_restates"] = src
    if src.get("role") == "whole" and ("restated", True) not in src["extra"]:
        # (a whole a later figure restates, "of the 600,000 DTE Energy customers ... The
        # 600,000 outages", is a level of its measure, compared with the restatement)
        src["extra"].append(("restated", True))
    if src.get("period") is not None and not agrees and (
            d.get("period") is None or (basis.get("period") == "written" and
                                        not _within(d["period"], src["period"]))):
        # a restatement that agrees with none of the figures it may repeat keeps its own
        # written period when that is another time ("The 1,180 troops lost over the past
        # day" of a liveblog's update, nearest in value to another day's), or none
        # (restated-figure-mismatch then sets it against each of them), but is a running
        # total when what it repeats is one
        d["cumulative"] = src.get("cumulative", False)
    elif src.get("period") is not None:
        d["period"] = src.get("period")
        d["cumulative"] = src.get("cumulative", False)
        if basis:
            basis["period"] = basis["scope"] = "carried from the figure it restates"
    return True


def _restated_periods(low: str, drafts: list[dict[str, Any]], lex: Any) -> None:
    """An undated figure that repeats an earlier dated figure of its measure, unit and value
    ("A record 18 million passengers used the airport in 2019 ... The 18 million passengers
    included ...") restates it: it takes that figure's period and running-total flag, so that
    it is compared with figures of the same period only. Everyday domains only (a daily
    report's figures have their own conventions). First, an undated figure in a sentence that
    names back a group the sentence before dated takes its period ("The adults included 1,778
    families": named_back_periods.py)."""
    periods_named_back(low, drafts)
    seen: dict[tuple[Any, str, float], dict[str, Any]] = {}
    for d in drafts:
        m = d.get("measure")
        if m is None or d["value"] is None or (lex is not None and lex.domain(m) == "conflict"):
            continue
        key = (m, d["unit"], float(d["value"]))
        if d.get("period") is not None:
            if d.get("section") == "body":
                seen.setdefault(key, d)
        elif key in seen and d.get("role") in (None, "total", "item") and not named_part(d):
            # (a part named as one, "- 30 to 39 years: three cases", repeats nothing)
            src = seen[key]
            d["period"] = src["period"]
            d["cumulative"] = src.get("cumulative", False)
            # and it is about the same entity ("The airport's 79.2 million passengers" after
            # Heathrow's 79.2 million and Gatwick's 40.9 million)
            if src.get("subject") is not None:
                d["subject"] = src["subject"]


def _lead_of_paragraph_before(low: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """a stands in the first sentence of the paragraph right before b's: "There were 1,732
    road deaths in 2015 ... [next paragraph] Car occupants accounted for 755 of the deaths"."""
    ps = a["sentence"][0]
    # (the first paragraph of a text has no break before it)
    return low.count("\n\n", a["end"], b["start"]) == 1 and \
        (low[max(0, ps - 2):ps] == "\n\n" or not low[:ps].strip()) and \
        low.find("\n\n", a["end"], b["start"]) < \
        b["sentence"][0] <= low.find("\n\n", a["end"], b["start"]) + 3


def _change_with_levels_after(low: str, drafts: list[dict[str, Any]]) -> None:
    """A percentage change with no values of its own and, in the next sentence of its
    paragraph, a level "down from" or "up from" an earlier one of its measure and subject, in
    its direction ("UK house prices fell 1.7% in September ... The average home now costs
    £161,797, down from £164,654 in August"): the change is between those two values."""
    for i, d in enumerate(drafts):
        ch = next((v for k, v in d["extra"] if k == "change"), None)
        if ch is None or ch.get("kind") != "percent" or "from" in ch or "to" in ch or \
                d.get("measure") is None or _two_changes_of_measure(drafts, i):
            continue
        for j in range(i + 1, min(len(drafts), i + MAX_CHANGE_SPAN)):
            x = drafts[j]
            if not _adjacent(d, x) or "\n\n" in low[d["end"]:x["start"]]:
                if x["sentence"] != d["sentence"]:
                    break
                continue
            dirn = next((v for k, v in x["extra"] if k == "direction"), None)
            if dirn is None or dirn["up"] != (ch.get("direction") == "up") or \
                    x.get("measure") != d["measure"] or x.get("subject") != d.get("subject"):
                continue
            to = drafts[dirn["to"]]
            if to["unit"] == x["unit"] and to["value"] and x["value"] and \
                    to.get("role") != "change" and to["unit"] != "percent":
                # (never rates: "Gas prices were up 128.9% ... Food prices rose 16.4%, ...,
                # up from 14.6%" sets one rate of change against another, no levels)
                ch.update({"from": j, "to": dirn["to"]})
            break


def _two_changes_of_measure(drafts: list[dict[str, Any]], i: int) -> bool:
    """Whether the sentence of percentage change ``i`` holds another percentage change of its
    measure ("rose 1.2% in April and were 10.9% higher than a year earlier"): a month's change
    and a year's, the first perhaps seasonally adjusted where the average prices after it are
    not, so which one the next sentence's levels give is a guess and neither is worked out."""
    d = drafts[i]
    return any(j != i and x["sentence"] == d["sentence"] and x["unit"] == "percent" and
               x.get("measure") == d.get("measure") and
               any(k == "change" for k, _ in x["extra"])
               for j, x in enumerate(drafts[max(0, i - 6):i + 7], start=max(0, i - 6)))


def _adjacent_or_same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["sentence"] == b["sentence"] or _adjacent(a, b)


def _adjacent(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """b stands in the sentence right after a's (a being that sentence's last figure)."""
    return 0 <= b["sentence"][0] - a["sentence"][1] <= 3


MAX_CHANGE_SPAN = 8      # figures after an amount of change where its from/to values may stand


def _mark_said_twice(low: str, p: dict[str, Any], d: dict[str, Any], direction: str) -> bool:
    """Mark percentage ``d`` and the amount ``p`` right before it as one change with no values
    when ``d`` says ``p`` again, as a share, after ", or" and no change of its own ("would leave
    2021 about 30,000 cars, or 1.9%, above 2020": counted from a level no figure gives, so
    neither figure is the other's earlier or new value); True when it did."""
    if d["unit"] != "percent" or p["unit"] == "percent" or p.get("role") or \
            _NOUN_OR_AGAIN.fullmatch(low, p["end"], d["start"]) is None or \
            _CHANGE_WORDS.search(low, d["sentence"][0], p["start"]) is not None:
        return False
    for x, kind in ((p, "absolute"), (d, "percent")):
        x["extra"].append(("change", {"kind": kind, "amount": float(x["value"]),
                                      "direction": direction}))
        x["role"] = "change"
    return True


# an amount's noun, then ", or" and the same amount again: " cars, or "
_NOUN_OR_AGAIN = re.compile(r"(?:[ \u00a0]+[a-z-]+){0,2}[ \u00a0]*,[ \u00a0]*or[ \u00a0]+")


def _words_before(low: str, d: dict[str, Any], width: int) -> str:
    """The words of ``d``'s sentence in the ``width`` characters before it."""
    return low[max(d["sentence"][0], d["start"] - width):d["start"]]


def _expected_amount(before: str, wide: str = "") -> bool:
    """Whether the words before a figure make it a forecast's value ("had forecast growth of
    0.5%"); not the amount a forecast was changed by ("raised its guidance by 27 cents"; its
    verb may stand further back, in ``wide``: "cut its full-year ordinary profit forecast by
    5.9%")."""
    return any(w in before for w in _EXPECTED_WORDS) and \
        _EXPECTED_BEFORE.search(before) is not None and \
        not _FORECAST_CHANGED_BY.search(wide or before)


def _earlier_rate(d: dict[str, Any], before: str) -> bool:
    """Whether percentage ``d`` is the earlier rate a change slowed or sped from ("Sales rose
    7.2% ..., a slowdown from the 13.5% growth of the same period of 2023"): a rate of another
    period the change is set against, no change of this sentence's values (role "compared")."""
    if d["unit"] != "percent" or not _EARLIER_RATE_BEFORE.search(before):
        return False
    d["role"] = d.get("role") or "compared"
    return True


# the words before an earlier rate of change that the sentence's own change slowed or sped
# from: "a slowdown from the 13.5% growth", "an acceleration from 2.1%"
# (or a record a change is measured against: "That was below the previous record low of 11%
# growth, set in the decade before")
_EARLIER_RATE_BEFORE = re.compile(r"\b(?:(?:slowdown|slowing|deceleration|acceleration|speeding[ \u00a0]+up|"
                                  r"pick-?up)[ \u00a0]+from[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+|"
                                  r"their[ \u00a0]+|an?[ \u00a0]+)?|(?:previous|prior|former|old)"
                                  r"[ \u00a0]+(?:record[ \u00a0]+)?(?:low|high|record|peak)[ \u00a0]+of"
                                  r"[ \u00a0]+)$")


# a forecast changed by an amount: "raised its earnings guidance by 27 cents"
_FORECAST_CHANGED_BY = re.compile(r"\b(?:raised|raises|lifted|lifts|cut|cuts|lowered|lowers|"
                                  r"boosted|trimmed|upgraded|downgraded|increased|reduced)\b"
                                  r"[^.;,\d]{0,80}\bby[ \u00a0]+(?:about[ \u00a0]+|some[ \u00a0]+)?$")


def _beaten_forecast(low: str, x: dict[str, Any]) -> bool:
    """Whether ``x`` is a forecast an amount beat or missed, never its earlier value
    (``_EXPECTED_AFTER``: "above the $8.04 billion Wall Street had forecast")."""
    return _EXPECTED_AFTER.match(low, x["end"], min(len(low), x["end"] + 50)) is not None


def _from_of_same_change(low: str, drafts: list[dict[str, Any]], used_from: dict[int, int],
                         d: dict[str, Any], to: int) -> int | None:
    """The earlier value of the change right before amount ``d`` when ``d`` restates it in
    another kind (an amount after a percentage): "fell 7% from £1,690 to £1,568 a year, a drop
    of £122" (not a change from a level of the sentence after). Only the words of an
    apposition stand between the new value and ``d`` (no base of its own: "and up 34% from the
    previous quarter" is another change); None otherwise."""
    if d["start"] < drafts[to]["end"] or \
            not _APPOSED_AMOUNT.fullmatch(low, drafts[to]["end"], d["start"]):
        return None
    for f, t in used_from.items():
        if t != to or drafts[f]["sentence"] != d["sentence"]:
            continue
        other = next((x for x in drafts if x.get("role") == "change" and x is not d and
                      dict(x["extra"]).get("change", {}).get("from") == f), None)
        if other is not None and (other["unit"] == "percent") != (d["unit"] == "percent"):
            return f
    return None


def _earlier_of(low: str, drafts: list[dict[str, Any]], used_from: dict[int, int],
                sents: tuple[dict, dict], d: dict[str, Any], to: int,
                text: str) -> tuple[int | None, int]:
    """The earlier and new value of amount ``d`` whose new value ``to`` stands right before it:
    the change it restates in another kind (``_from_of_same_change``, ``_base_of_same_change``),
    else an earlier value the next sentence gives (``_later_from``)."""
    if (frm := _from_of_same_change(low, drafts, used_from, d, to)) is not None:
        return frm, to
    if (new := _base_of_same_change(low, drafts, d, to)) is not None:
        return to, new
    return _later_from(low, drafts, sents[0], sents[1], d, to, text), to


def _base_of_same_change(low: str, drafts: list[dict[str, Any]], d: dict[str, Any],
                         base: int) -> int | None:
    """The new value of the change amount ``d`` restates in another kind when the figure right
    before ``d`` is that change's earlier value ("3,091 fewer than the peak of 10,820 in March
    2018, a fall of 29 per cent": the 29 per cent is the fall from 10,820, not a fall to it
    from a figure of the next sentence); None otherwise. Only a dating phrase may follow the
    earlier value before the apposition."""
    if base + 1 >= len(drafts) or drafts[base + 1] is not d or \
            drafts[base]["sentence"] != d["sentence"] or \
            not _BASE_THEN_AMOUNT.fullmatch(low, drafts[base]["end"], d["start"]):
        return None
    pct = d["unit"] == "percent"
    ch = next((c for x in drafts if x.get("role") == "change" and x is not d and
               x["sentence"] == d["sentence"] and (x["unit"] == "percent") != pct and
               (c := dict(x["extra"]).get("change", {})).get("from") == base), None)
    return None if ch is None or ch.get("to") is None else ch["to"]


# the words from a change's earlier value to an amount restating the change: " in March 2018,
# a fall of ", " a year earlier, or "
_BASE_THEN_AMOUNT = re.compile(r"(?:[ \u00a0]+(?:in|on|at|a|the|last|that)\b[^,.;:()]{0,24}?)?"
                               r"[ \u00a0]*,[ \u00a0]*(?:a|an|or)[ \u00a0]+(?:(?:drop|fall|rise|"
                               r"increase|decrease|cut|reduction|jump|gain|decline)[ \u00a0]+"
                               r"of[ \u00a0]+)?")


# the words from a change's new value to an amount restating it: " a year, a drop of "
_APPOSED_AMOUNT = re.compile(r"(?:[ \u00a0]+(?:a|per)[ \u00a0]+(?:year|month|week|day))?[ \u00a0]*,[ \u00a0]*"
                             r"(?:a|an|or)[ \u00a0]+(?:(?:drop|fall|rise|increase|decrease|cut|"
                             r"reduction|jump|gain|decline)[ \u00a0]+of[ \u00a0]+)?")


def _by_clause(low: str, d: dict[str, Any], before: str) -> tuple[str, str]:
    """The words before amount ``d`` its direction is read from, and their last word: "by"
    for "by about 14,500"; and when "by" has no direction word near, the verb farther back
    in its clause, its object between with no comma ("cutting the Crown Court backlog of
    67,573 cases by about 14,500"; never "grew by 4.6% ..., and total pay by 4.8%")."""
    last = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
    if last in _HEDGE_LAST and re.search(r"\bby[ \u00a0]+\w+[ \u00a0]*$", before):
        last = "by"
    if last == "by" and not (_UP.search(before) or _DOWN.search(before)):
        wide = low[max(d["sentence"][0], d["start"] - 120):d["start"]]
        if _VERB_OBJECT_BY.search(wide):
            before = wide
    return before, last


def _changes(text: str, low: str, drafts: list[dict[str, Any]], lex: Any = None) -> None:
    """Stated changes: an amount of change ("up 300", "a 15% increase", "rose by 13") with the
    values it is the change between ("from 1,200 to 1,500"), found after the amount
    (``_values_after``) or before it (``_values_before``); an amount with no values is still
    marked as one (``_bare_change``). The amount gets role "change" and ``extra.change``;
    the earlier value role "compared". A factor ("rose 10-fold to 5,100") is no amount."""
    by_sent = by_sentence(drafts)
    place = {i: k for same in by_sent.values() for k, i in enumerate(same)}
    used_from: dict[int, int] = {}     # an earlier value -> the new value of its change
    next_sent: dict[tuple[int, int], tuple[int, int]] | None = None   # built when needed
    order: list[tuple[int, int]] | None = None      # the sentences in order, when needed
    order_of: dict[tuple[int, int], int] = {}
    for i, d in enumerate(drafts):
        if d.get("role") in ("change", "factor") or i in used_from or rank_move(low, d):
            continue    # (a factor, "rose tenfold", is no amount; nor a change's earlier value;
            #              nor places moved in a ranking, "slipped eight places")
        same, k = by_sent[d["sentence"]], place[i]
        if k and _second_amount(low, drafts, d, same[k - 1]):
            continue
        before = low[max(d["sentence"][0], d["start"] - 40):d["start"]]
        if _expected_amount(before, _words_before(low, d, 120)) or _earlier_rate(d, before):
            continue    # "had forecast growth of 0.5%": what was expected, no change read
        before, last = _by_clause(low, d, before)
        direction = None if last == "up" and _PHRASAL_UP.search(before) else \
            _change_direction(low, d, before, last)     # ("signed up 5.3 million": no rise)
        if direction is None or gapped_name(low, d) is not None:
            continue    # (a gapped comparison's amount is comparisons._relative_to's)
        frm, to = _values_after(low, drafts, same, k, i, direction)
        if frm is None and to is None and k and \
                _mark_said_twice(low, drafts[same[k - 1]], d, direction):
            continue
        if to is None and _no_values(low, drafts, d, frm, (before, last, direction), lex):
            continue
        fwd_to = to     # "rose 3.7% ... to £268,144", its earlier value yet to be found
        if to is not None and frm is None:
            to = None
        if frm is None:
            # (an amount with its own new value after it takes no pair before it: "profit rose
            # to £2.2 billion from £1.4 billion, as revenue climbed 11% to £9.4 billion")
            frm, to, direction = (None, fwd_to, direction) if fwd_to is not None else \
                _pair_before(low, drafts, same, k, used_from, direction)
            if frm is not None and _other_base(low, drafts[frm], d):
                frm = to = None
            if frm is None and to is None and _value_right_before(low, drafts, same, k):
                to = same[k - 1]    # "18 million passengers ..., a 3.5% increase"
            if to is not None and frm is None:
                # "rose 3.7% to £268,144. The average price a year earlier was £258,557."
                if next_sent is None:
                    keys = list(by_sent)
                    next_sent = dict(zip(keys, keys[1:]))
                frm, to = _earlier_of(low, drafts, used_from, (by_sent, next_sent), d, to, text)
                if frm is None:
                    # "1.7 billion riders in 2019. In 2020 ... a drop of 62%": the sentence before
                    frm = _dated_before(low, drafts, by_sent, d, to)
                if frm is None and (new := _newer_before(low, drafts, by_sent, d, to)) >= 0:
                    frm, to = (new, to) if _BARE_COMPARATIVE.match(low, d["end"]) else (to, new)
                if frm is None and not _new_named_for(low, d, drafts[to]):
                    to = None
            if (frm is None or to is None) and _pair_before_told(low, drafts, same, i):
                # "That is a rise of 21%." after "5,408 ..., up from 4,469 the week before.": the
                # values of the sentences before (three back at most)
                d["_text"] = text
                if order is None:
                    order = list(by_sent)
                    order_of = {key: n for n, key in enumerate(order)}
                frm, to = _earlier_pair(drafts, by_sent, order, order_of[d["sentence"]], d, i)
                del d["_text"]
            if frm is None and to is not None:
                frm = _earlier_in_relative_clause(low, drafts, same, k, to)
            if frm is None or to is None:
                _bare_change(d, before, last, direction, lex, low[d["end"]:d["end"] + 40],
                             drafts[to] if to is not None else None, low[d["start"]:d["end"] + 8])
                if to is not None and d.get("role") == "change":
                    # "will rise by £21 to £1,738 ..., up 1.2% from the current £1,717": the
                    # new value is known, the earlier one may be another amount's
                    d["_new"] = to
                continue
        if to is None:
            to = _new_value_before(low, drafts, same, k, frm, (before, last, direction),
                                   lex, used_from)
            if to is None and (to := _new_value_before_it(low, drafts, by_sent, d, frm, k)) is None:
                continue
        if _not_one_change(low, drafts[frm], drafts[to]):
            _bare_change(d, before, last, direction, lex, own=low[d["start"]:d["end"] + 8])
            continue
        if _fraction_change(low, drafts, d, frm, to, direction, used_from):
            continue
        kind = "percent" if d["unit"] == "percent" and drafts[frm]["unit"] != "percent" \
            else "absolute"
        _take_elided_unit(low, d, drafts[frm], drafts[to])  # "47 days, 16 more than the 31 days"
        if kind == "absolute" and d["unit"] != drafts[frm]["unit"] and \
                bool(d["unit"]) != bool(drafts[frm]["unit"]) and not (
                    drafts[frm]["unit"] == "percent" and _POINTS.match(low, d["end"])):
            # "down from 7.7%, and 7 more deaths": a count is no change of a rate (but "from
            # 4.2% to 3.9%, a drop of 0.3 points" is one, in percentage points)
            continue
        frm, to = _pair_of_named_measure(low, drafts, same, d, frm, to)
        frm = _nearest_listed_base(low, drafts, d, frm, to, kind)
        _set_change(low, drafts, same[k - 1] if k else None, d, (kind, direction, frm, to),
                    used_from, _BARE_COMPARATIVE.match(low, d["end"]) is not None)


# a second earlier value listed after the first with its own time: "up from 82.2% in May and
# 76.2% in April"
_AND_ANOTHER_BASE = re.compile(r"(?:[ \u00a0]+(?:in|on|at)[ \u00a0]+(?:[a-z0-9]+[ \u00a0]+)?[a-z0-9]+)"
                               r",?[ \u00a0]+and[ \u00a0]+(?:from[ \u00a0]+)?")


def _nearest_listed_base(low: str, drafts: list[dict[str, Any]], d: dict[str, Any], frm: int,
                         to: int, kind: str) -> int:
    """The earlier value of amount ``d`` when a second one of another time is listed right
    after ``frm`` ("88.2% in June, up from 82.2% in May and 76.2% in April, a rise of 12 points
    in two months"): the amount may be the change from either, so it takes the one its reading
    fits best (contradict only when every reading disagrees); else ``frm``."""
    nxt = frm + 1
    if nxt >= len(drafts) or drafts[nxt]["start"] >= d["start"] or nxt == to or \
            drafts[nxt]["sentence"] != d["sentence"] or \
            drafts[nxt]["unit"] != drafts[frm]["unit"] or \
            drafts[nxt].get("role") not in (None, "compared") or \
            not drafts[nxt]["value"] or not drafts[frm]["value"] or \
            _AND_ANOTHER_BASE.fullmatch(low, drafts[frm]["end"], drafts[nxt]["start"]) is None:
        return frm
    new = float(drafts[to]["value"] or 0)

    def misfit(j: int) -> float:
        old = float(drafts[j]["value"])
        implied = abs(new / old - 1.0) * 100.0 if kind == "percent" else abs(new - old)
        return abs(implied - abs(float(d["value"])))
    if misfit(nxt) < misfit(frm):
        drafts[nxt]["role"] = drafts[nxt].get("role") or "compared"
        return nxt
    return frm


# an amount set against the figure after it by "more/less than": "6.74 million, about 400,000
# more than the 6.34 million of 2021/22, a rise of 6.3%"
_AMOUNT_THAN_THE = re.compile(r"[ \u00a0]+(?:(?P<up>more|higher|greater)|fewer|less|lower)"
                              r"[ \u00a0]+than[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+)?")


def _than_pair_before(low: str, drafts: list[dict[str, Any]], same: list[int], k: int,
                      direction: str) -> tuple[int | None, int | None]:
    """(earlier value, level) of an amount of change right after a comparison of the level
    before it with the figure right before the amount ("recorded 6.74 million offences, about
    400,000 more than the 6.34 million of 2021/22, a rise of 6.3 per cent": the rise is from
    the 6.34 million to the 6.74 million, the comparison's own change, never from a figure of
    the next sentence to the 6.34 million); else (None, None)."""
    if k < 3:
        return None, None
    level, gap, frm = (drafts[j] for j in same[k - 3:k])
    m = _AMOUNT_THAN_THE.match(low, gap["end"], frm["start"])
    if m is None or m.end() != frm["start"] or level["unit"] != frm["unit"] or \
            not level["value"] or not frm["value"] or \
            (m.group("up") is not None) != (direction == "up") or \
            (level["value"] > frm["value"]) != (direction == "up"):
        return None, None
    return same[k - 1], same[k - 3]


def _take_elided_unit(low: str, d: dict[str, Any], a: dict[str, Any],
                      b: dict[str, Any]) -> None:
    """Bare amount ``d``, "more/fewer/less than" right after it, takes the unit its two values
    share ("took 47 days to sell, 16 more than the 31 days of July 2021"): the writer leaves
    the unit out of the amount between them."""
    if not d["unit"] and bool(a["unit"]) and a["unit"] == b["unit"] and \
            a["unit"] != "percent" and a["start"] > d["end"] > b["end"] and \
            _THAN_AFTER.match(low, d["end"]) is not None:
        d["unit"] = a["unit"]


# an amount with a bare comparative and no "than" after it ("Last year's total was 29,437, 141
# fewer, and ..."): set against what was said before it (the 29,578 so far this year), never
# against a figure of the sentences after, even when the sentence dates the newer figure
# ("That compares with 70,893 a year earlier" makes the dated one the earlier value; "141
# fewer" sets the 29,437 against the newer one); that newer figure stays a level of its own,
# which later changes may be of ("12% higher than the 26,501")
_BARE_COMPARATIVE = re.compile(r"[ \u00a0]+(?:more|fewer|less|higher|lower)[ \u00a0]*(?:[,;:.)]|$)")
# a value set against the level before it: "28.1%, against 19.7% before the pandemic, "
_SET_AGAINST_LEAD = re.compile(r"\b(?:against|versus|vs\.?|compared[ \u00a0]+(?:with|to))[ \u00a0]+"
                               r"(?:(?:the|a|an)[ \u00a0]+)?$")
_TIME_THEN_COMMA = re.compile(r"[^,;.\d]{0,40},[ \u00a0]*")


def _pair_before(low: str, drafts: list[dict[str, Any]], same: list[int], k: int,
                 used_from: dict[int, int], direction: str
                 ) -> tuple[int | None, int | None, str]:
    """(from, to, direction) of the amount ``same[k]`` among the figures before it
    (``_values_before``), or an earlier value told in a sentence of its own right before it
    (``_told_pair_before``); a bare comparative right after the value set against the level
    ("28.1%, against 19.7% before the pandemic, 8.4 points lower") may be that value's: the
    amount is checked, its side is not (the direction is the values')."""
    frm, to = _values_before(low, drafts, same, k, used_from)
    if frm is None and to is None and k:
        frm, to = _told_pair_before(low, drafts, same, k)
    if frm is None and to is None and k:
        frm, to = _set_against_pair_before(low, drafts, same, k, direction)
    if frm is None and to is None:
        frm, to = _than_pair_before(low, drafts, same, k, direction)
    if frm is not None and to is not None and \
            _comparative_of_the_set_against(low, drafts, same, k, frm, to):
        direction = "up" if drafts[to]["value"] > drafts[frm]["value"] else "down"
    return frm, to, direction


# the noun of a gap below a level set against: "a shortfall of 0.3 points"
_SHORTFALL_OF = re.compile(r"\bshortfall[ \u00a0]+of[ \u00a0]+(?:(?:about|some|nearly|almost|just)"
                           r"[ \u00a0]+)?$")
_SIDE_WORDS = frozenset({"below", "under", "above", "over"})


def _set_against_pair_before(low: str, drafts: list[dict[str, Any]], same: list[int], k: int,
                             direction: str) -> tuple[int | None, int | None]:
    """(earlier value, level) for a shortfall after the one pair its sentence sets against
    each other by a word of side ("94.7% ..., just below the 95% recommended, a shortfall of
    0.3 points": the 95% is ``direction``-linked to the 94.7% by "below"), when the pair runs
    the amount's way; else (None, None)."""
    d = drafts[same[k]]
    if not _SHORTFALL_OF.search(low, max(d["sentence"][0], d["start"] - 30), d["start"]):
        return None, None
    pairs = []
    for p in range(k):
        dirn = next((v for x, v in drafts[same[p]]["extra"] if x == "direction"), None)
        if isinstance(dirn, dict) and isinstance(dirn.get("to"), int) and \
                dirn["to"] in same[:k] and dirn.get("words") in _SIDE_WORDS:
            pairs.append((same[p], dirn["to"], bool(dirn.get("up"))))
    if len(pairs) != 1 or pairs[0][2] != (direction == "up"):
        return None, None
    return pairs[0][0], pairs[0][1]


def _told_pair_before(low: str, drafts: list[dict[str, Any]], same: list[int], k: int
                      ) -> tuple[int | None, int | None]:
    """(earlier value, level) for an amount right after an earlier value told in a sentence
    of its own ("... was 28.1% in September. Before the pandemic it was 19.7%, 8.4 points
    lower": ``earlier_sentences`` set the 19.7% against the 28.1%), else (None, None)."""
    j = same[k - 1]
    f, d = drafts[j], drafts[same[k]]
    to = told_level(low, drafts, j)
    pts = _POINTS.match(low, d["end"])
    if to is None or to >= j or \
            drafts[to]["sentence"] == f["sentence"] or \
            not re.fullmatch(r"[ \u00a0]*,[ \u00a0]*", low[f["end"]:d["start"]]) or \
            _BARE_COMPARATIVE.match(low, pts.end() if pts else d["end"]) is None:
        return None, None
    return j, to


def _comparative_of_the_set_against(low: str, drafts: list[dict[str, Any]], same: list[int],
                                    k: int, frm: int, to: int) -> bool:
    """Whether amount ``same[k]`` ends on a bare comparative ("8.4 points lower") right after
    the value set against its level ("against 19.7% before the pandemic,"): the comparative
    may say which side that value is on as well as the level's, so it fixes no direction."""
    d, f = drafts[same[k]], drafts[frm]
    pts = _POINTS.match(low, d["end"])
    return same[k - 1] == frm and f["start"] > drafts[to]["start"] and \
        _BARE_COMPARATIVE.match(low, pts.end() if pts else d["end"]) is not None and \
        (_SET_AGAINST_LEAD.search(low, max(0, f["start"] - 20), f["start"]) is not None or
         drafts[to]["sentence"] != f["sentence"]) and \
        _TIME_THEN_COMMA.fullmatch(low, f["end"], d["start"]) is not None


# a rate of change set against the rate before it, right after it: "grew 7.7%, up from 7.2% in
# the three months to March", "rose 0.1%, down from 0.2% in July", "rose 0.3%, faster than the
# revised 0.2% of the month before"
_RATE_THEN_RATE = re.compile(r"(?:[ \u00a0]+(?:on|over|in)[ \u00a0]+(?:the|a)[ \u00a0]+"
                             r"(?:month|quarter|year|week|day))?[ \u00a0]*,[ \u00a0]*"
                             r"(?:up|down|higher|lower|compared[ \u00a0]+with|"
                             r"against|(?:faster|slower|quicker|stronger|weaker)[ \u00a0]+than)[ \u00a0]+"
                             r"(?:from[ \u00a0]+)?(?:the[ \u00a0]+|a[ \u00a0]+)?"
                             r"(?:[a-z]+[ \u00a0]+){0,2}?$")


def _value_right_before(low: str, drafts: list[dict[str, Any]], same: list[int], k: int) -> bool:
    """Whether the figure before the ``k``-th of sentence ``same`` may be its amount's new
    value: a value, with no clause of its own subject between ("to £36.5m, after gifts in
    wills dropped by £6.5m" is no change of the £36.5m)."""
    return bool(k) and drafts[same[k - 1]].get("role") not in _NOT_VALUE and \
        _OTHER_CLAUSE.search(low, drafts[same[k - 1]]["end"], drafts[same[k]]["start"]) is None


def _no_values(low: str, drafts: list[dict[str, Any]], d: dict[str, Any], frm: int | None,
               said: tuple[str, str, str], lex: Any) -> bool:
    """Whether amount ``d``, with no new value after it (and ``frm`` the earlier value found
    after it, if any), takes no values from elsewhere in its story: a rate set against the rate
    before it ("grew 7.7%, up from 7.2%": ``_rate_after_rate``), or an amount counted from a
    thing named by words that no figure gives ("opened 51% bigger than the first Wolverine
    film"; then it is a bare amount)."""
    if frm is not None:
        if not _rate_after_rate(low, d, drafts[frm]):
            return False
        drafts[frm]["role"] = drafts[frm].get("role") or "compared"
        return True
    if not _THING_BASE_AFTER.match(low, d["end"], d["sentence"][1]) and \
            not _range_of_amounts(low, d):
        return False
    before, last, direction = said
    _bare_change(d, before, last, direction, lex, low[d["end"]:d["end"] + 40],
                 own=low[d["start"]:d["end"] + 8])
    return True


_PERCENT_TO = re.compile(r"[ \u00a0]+to[ \u00a0]+(\d+(?:\.\d+)?)[ \u00a0]*(?:%|per[ \u00a0]*cent|percent)")


def _range_of_amounts(low: str, d: dict[str, Any]) -> bool:
    """Whether percentage ``d`` opens a range of amounts ("to rise by 4% to 10%, from 4% to 9%
    before"): with a larger percentage after a bare "to", a range is as plausible a reading
    as a rise to a new level, so the amount takes no values (contradict only when every
    reading disagrees)."""
    m = _PERCENT_TO.match(low, d["end"]) if d["unit"] == "percent" and \
        "point" not in low[d["start"]:d["end"]] else None     # (not "9 points to 70.9%")
    return m is not None and d["value"] is not None and float(m.group(1)) > float(d["value"])


def _rate_after_rate(low: str, d: dict[str, Any], frm: dict[str, Any]) -> bool:
    """Whether percentage ``d``, read as an amount of change, is set against an earlier
    percentage right after it ("grew 7.7%, up from 7.2%"): then both are rates of change, the
    amount a level of its rate compared with the rate before, not a change from 7.2% to a
    level found elsewhere in the sentence."""
    return d["unit"] == frm["unit"] == "percent" and frm["start"] > d["end"] and \
        not _POINTS.match(low, d["end"]) and \
        _RATE_THEN_RATE.fullmatch(low, d["end"], frm["start"]) is not None


def _set_change(low: str, drafts: list[dict[str, Any]], prev: int | None, d: dict[str, Any],
                change: tuple[str, str, int, int], used_from: dict[int, int],
                bare: bool = False) -> None:
    """Amount ``d`` is a change (kind, direction, from, to); its earlier value is compared
    with, not restated (never a level of its own), but for a ``bare`` comparative's
    (``_BARE_COMPARATIVE``: the figure it is set against stays a level); an amount
    "or"-linked before it is the same change's (``_or_linked_amount``)."""
    kind, direction, frm, to = change
    if a_span(low, drafts[frm]) or a_span(low, drafts[to]):
        return      # "in the latest three months ... than in the previous three": spans
    d["extra"].append(("change", {"kind": kind, "amount": float(d["value"]),
                                  "direction": direction, "from": frm, "to": to}))
    d["role"] = "change"
    if bare:
        return
    used_from[frm] = to
    drafts[frm]["role"] = drafts[frm].get("role") or "compared"
    if frm + 1 < len(drafts) and drafts[frm + 1]["sentence"] == drafts[frm]["sentence"] and \
            drafts[frm + 1].get("role") is None and \
            _OR_SAID_AGAIN.fullmatch(low, drafts[frm]["end"], drafts[frm + 1]["start"]):
        drafts[frm + 1]["role"] = "compared"    # "from $202 million, or $1.78 a share"
    if prev is not None:
        _or_linked_amount(low, drafts, prev, d, kind)


# "rose from 56.8% and 64.7% to 63.5% and 69.9% respectively, gains of 6.7 and 5.2 points":
# lists of one length, each opened by what its figures are (from, to, amount of change)
_RUN_GAP = re.compile(r"[ \u00a0]*(?:percentage[ \u00a0]+)?(?:points?[ \u00a0]*)?(?:,[ \u00a0]*(?:and[ \u00a0]+)?|and[ \u00a0]+)")
_RUN_FROM = re.compile(r"\bfrom[ \u00a0]+(?:the[ \u00a0]+)?$")
_RUN_TO = re.compile(r"\bto[ \u00a0]+(?:the[ \u00a0]+)?$")
_RUN_UP = re.compile(r"\b(?:rose|risen|grew|climbed|increased|jumped|up|gains?|rises?|increases?|"
                     r"jumps?)\b(?:[ \u00a0]+of)?[ \u00a0]+(?:about[ \u00a0]+|some[ \u00a0]+)?$")
_RUN_DOWN = re.compile(r"\b(?:fell|fallen|dropped|declined|decreased|slipped|down|falls?|drops?|"
                       r"declines?|decreases?|losses)\b(?:[ \u00a0]+of)?[ \u00a0]+"
                       r"(?:about[ \u00a0]+|some[ \u00a0]+)?$")


# a share said of each of several things and their counts after it: "each made up 44% of the
# total, 20,333 and 20,159 respectively", "... of the total, with 20,333 and 20,159 offences
# respectively"
_EACH_OF_TOTAL = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the|all)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
                            r"total[ \u00a0]*,[ \u00a0]*(?:with[ \u00a0]+)?$")
_EACH_WORD = re.compile(r"\beach\b[^.;:,!?()\d]{0,40}$")
_EACH_AND = re.compile(r"[ \u00a0]+and[ \u00a0]+")
_EACH_RESPECTIVELY = re.compile(r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]+respectively\b")
EACH_BACK = 4           # sentences back the total of "each ... of the total" may stand
EACH_NEAR = 1.25        # the total is within this factor of what the counts and share imply


def _each_share_respectively(low: str, drafts: list[dict[str, Any]],
                             sents: list[list[int]]) -> None:
    """A share said of each of several things, their counts after it "respectively"
    ("Assaults and robberies each made up 44% of the total, 20,333 and 20,159
    respectively"): each count is that share of the story's total, a level of the counts'
    unit in the sentences before, judged by readings (the one nearest to what the counts
    and the share imply, within ``EACH_NEAR`` of it). The share is held to the count that
    fits it worst (``("ratio", {"of": count, "per": total})``), so that it is flagged when
    any count is not that share of the total."""
    for k, idxs in enumerate(sents):
        for p, n in enumerate(idxs[:-2]):
            d = drafts[n]
            a, b = drafts[idxs[p + 1]], drafts[idxs[p + 2]]
            if d.get("role") not in (None, "each") or d["unit"] != "percent" or \
                    not d["value"] or not _EACH_WORD.search(low, max(d["sentence"][0],
                                                                     d["start"] - 50), d["start"]) or \
                    a["unit"] != b["unit"] or a["unit"] == "percent" or \
                    not a["value"] or not b["value"] or \
                    not _EACH_OF_TOTAL.fullmatch(low, d["end"], a["start"]) or \
                    not _EACH_AND.fullmatch(low, a["end"], b["start"]) or \
                    not _EACH_RESPECTIVELY.match(low, b["end"]):
                continue
            share = float(d["value"]) / 100.0
            implied = (float(a["value"]) + float(b["value"])) / 2.0 / share
            cands = [j for s in sents[max(0, k - EACH_BACK):k] for j in s
                     if drafts[j]["unit"] == a["unit"] and drafts[j].get("role") in
                     (None, "total") and (drafts[j]["value"] or 0) > max(a["value"], b["value"])]
            if not cands:
                continue
            total = min(reversed(cands), key=lambda j: abs(math.log(
                float(drafts[j]["value"]) / implied)))
            tv = float(drafts[total]["value"])
            if max(tv, implied) / min(tv, implied) > EACH_NEAR:
                continue
            worst = max((idxs[p + 1], idxs[p + 2]), key=lambda j: abs(
                float(drafts[j]["value"]) / tv - share))
            d["extra"].append(("ratio", {"of": worst, "per": total}))


def _respectively(low: str, drafts: list[dict[str, Any]],
                  by_sent: dict[tuple[int, int], list[int]]) -> None:
    """Changes said "respectively": the k-th figure of the amounts' list is the change from
    the k-th figure of the "from" list to the k-th of the "to" list ("Great Western and
    Merseyrail rose from 56.8% and 64.7% to 63.5% and 69.9% respectively, gains of 6.7 and
    5.2 points"); shares said of each of them (``_each_share_respectively``)."""
    _each_share_respectively(low, drafts, list(by_sent.values()))
    for (ss, se), same in by_sent.items():
        if len(same) < 6 or "respectively" not in low[ss:se]:
            continue
        runs: list[list[int]] = [[same[0]]]
        for j in same[1:]:
            if _RUN_GAP.fullmatch(low, drafts[runs[-1][-1]]["end"], drafts[j]["start"]):
                runs[-1].append(j)
            else:
                runs.append([j])
        kinds: dict[str, list[int]] = {}
        direction = None
        prev_end = ss
        for run in runs:
            head = low[max(prev_end, drafts[run[0]]["start"] - 30):drafts[run[0]]["start"]]
            prev_end = drafts[run[-1]]["end"]
            if len(run) < 2:
                continue
            if _RUN_FROM.search(head):
                kinds.setdefault("from", run)
            elif _RUN_TO.search(head):
                kinds.setdefault("to", run)
            elif (up := _RUN_UP.search(head)) or _RUN_DOWN.search(head):
                kinds.setdefault("amount", run)
                direction = "up" if up else "down"
        if len(kinds) != 3 or len({len(r) for r in kinds.values()}) != 1:
            continue
        for a, f, t in zip(kinds["amount"], kinds["from"], kinds["to"]):
            d, fd = drafts[a], drafts[f]
            if fd["unit"] != drafts[t]["unit"] or not d["value"]:
                break
            kind = "percent" if d["unit"] == "percent" and fd["unit"] != "percent" and \
                not any(x == "percentage_points" for x, _ in d["extra"]) else "absolute"
            d["extra"] = [x for x in d["extra"] if x[0] != "change"]
            d["extra"].append(("change", {"kind": kind, "amount": float(d["value"]),
                                          "direction": direction, "from": f, "to": t}))
            d["role"] = "change"
            fd["role"] = "compared"


# "fell 173.1 points, or 2.4%, to 7,100.3": an amount of change, the same change as a
# percentage after ", or", and the new value after "to" or "at"
_OR_PERCENT = re.compile(r"(?:[ \u00a0]+points?)?(?:[ \u00a0]+[a-z]+)?"
                         # (the base between: "rose 3.3% from a year earlier, or $0.99, to $31.06")
                         r"(?:[ \u00a0]+(?:from|on)[ \u00a0]+(?:a|the|last)[ \u00a0]+[a-z]+"
                         r"(?:[ \u00a0]+(?:earlier|before|ago))?)?[ \u00a0]*,[ \u00a0]*or[ \u00a0]+")
# (a period may stand before: "up 113,000, or 0.4%, on the year at 30.3 million", "or 1.3%,
# on Wednesday to close at a record 26,115.65"; the level a market's move ended at may be said
# with its verb: "to close at", "to end the day at", "to settle at", "closing at")
_TO_OR_AT = re.compile(r"(?:[ \u00a0]+points?)?[ \u00a0]*,?[ \u00a0]*(?:(?:(?:on|over|in)[ \u00a0]+the[ \u00a0]+(?:year|quarter|"
                       r"month|week|day|session)|year[ \u00a0-]on[ \u00a0-]year|on[ \u00a0]+a[ \u00a0]+year[ \u00a0]+"
                       r"(?:earlier|ago|before)|on[ \u00a0]+(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
                       r"[ \u00a0]*,?[ \u00a0]*)?(?:(?:to[ \u00a0]+(?:close|finish|end|settle)|closing|"
                       r"finishing|ending|settling)(?:[ \u00a0]+(?:the|its)[ \u00a0]+(?:day|session|week|"
                       r"month|year|trading[ \u00a0]+day))?[ \u00a0]+at|to|at)[ \u00a0]+"
                       r"(?:(?:a|an)[ \u00a0]+(?:(?:new|fresh|all-time)[ \u00a0]+)?(?:record|high|low)"
                       r"(?:[ \u00a0]+of)?[ \u00a0]+|(?:a|an)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,3}?of[ \u00a0]+)?")


# the words that make the figure after them the level a change reaches: "has fallen to an
# estimated ", "rose to about "
_TO_LEVEL_BEFORE = re.compile(r"\b(?:rose|risen|fell|fallen|climbed|dropped|grew|grown|"
                              r"increased|decreased|declined|jumped|slipped)[ \u00a0]+to[ \u00a0]+"
                              r"(?:(?:an?|some)[ \u00a0]+)?(?:(?:estimated|about|around|roughly|"
                              r"nearly|almost|just)[ \u00a0]+)?$")


# between the two ends of a range said again in another unit: "$727.9bn to $730.7bn"
_RANGE_SAID_AGAIN = re.compile(r"[ \u00a0]*(?:to|and|-|\u2013)[ \u00a0]*")


def _amount_or_percent(low: str, drafts: list[dict[str, Any]],
                       by_sent: dict[tuple[int, int], list[int]]) -> None:
    """"The index fell 173.1 points, or 2.4%, to 7,100.3", "sales rose 200,000, or 12.5%, to
    1.8 million": the percentage is the amount out of the earlier value the new one implies
    (the percentage's change takes the amount as ``by``, read by ``pair_amounts``' check).
    The percentage may come first ("gained 1.12%, or 77.95 points, to 7,015.36") and the
    direction after the amount or the percentage ("edged 6.23 points higher, or 0.08%, to
    close at", "ended 55.2 points, or 0.8%, lower at 7,263")."""
    for same in by_sent.values():
        for k in range(len(same) - 2):
            x, y, t = (drafts[j] for j in same[k:k + 3])
            a, p, ia = (y, x, same[k + 1]) if x["unit"] == "percent" and \
                y["unit"] != "percent" else (x, y, same[k])
            # (an amount in a currency's sub-unit is of its level's unit: "rose by 17 cents, or
            # 0.5%, to $35.87")
            av, tv = _in_one_unit(a, t)
            per = None
            if av is None:
                # (a price per unit, its "a barrel" left out of the amount: "fell 33 cents, or
                # 0.8%, to $39.50 a barrel")
                av, tv, per = _per_unit_left_out(a, t)
            if p["unit"] != "percent" or av is None or not av or \
                    not tv or av >= tv * 10 or \
                    any(x == "percentage_points" for x, _ in p["extra"]) or \
                    _OR_PERCENT.fullmatch(low, x["end"], y["start"]) is None:
                continue
            after = _MOVED_WORD.match(low, y["end"])
            base = _FROM_BASE.fullmatch(low, y["end"], t["start"]) is not None and \
                t.get("role") is None
            if not base and _TO_OR_AT.fullmatch(low, after.end() if after else y["end"],
                                                t["start"]) is None:
                continue
            if any(k == "range" for k, _ in p["extra"]) and a is y and \
                    _RANGE_SAID_AGAIN.fullmatch(low, y["end"], t["start"]):
                continue    # "a rise of between 3.8% and 4.2%, or $727.9bn to $730.7bn": the
                # range said again in levels, no amount and its new level
            if _TO_LEVEL_BEFORE.search(low, max(x["sentence"][0], x["start"] - 40), x["start"]):
                continue    # "has fallen to 155,000, or 0.5%, from 677,000, or 2%": a level
                # and its share of a whole, not the amount of the change
            direction = _direction_before(low[max(x["sentence"][0], x["start"] - 30):x["start"]])
            said = _MOVED_WORD.fullmatch(low[x["end"]:y["start"]].split(",")[0] + ",")
            if direction is None:
                said = said or after
                direction = None if said is None else \
                    "up" if said.group(1) == "higher" else "down"
            if direction is None or (direction == "down" and av >= tv * 10):
                continue
            p["extra"] = [x for x in p["extra"] if x[0] != "change"]
            if per is not None:
                a["unit"] = f"{a['unit']} / {per}"
            _amount_and_percent(p, a, direction, same[k + 2], ia, base)
            if base and k:
                _level_before_amount(low, drafts, same[k - 1], ia, same[k + 2])


# from a level to the amount of its change with its rate and base after: ", up ", " on
# january 1, 2013, up ", ", an increase of "
_LEVEL_THEN_MOVE = re.compile(r"(?:[ \u00a0]*,?[ \u00a0]+(?:in|on|at|as[ \u00a0]+of|by)[ \u00a0]+"
                              r"[^;.()]{1,40}?)?[ \u00a0]*,?[ \u00a0]*(?:up|down|an?[ \u00a0]+(?:increase|rise|"
                              r"gain|fall|drop|decline)[ \u00a0]+of)[ \u00a0]+$")


def _level_before_amount(low: str, drafts: list[dict[str, Any]], lvl: int, a: int,
                         base: int) -> None:
    """"315,091,138 on January 1, 2013, up 2,272,462, or 0.73%, from 312,818,676": the level
    right before the amount is the new value of the change from the base (its amount is then
    checked against both, as "up 2,272,462 from 312,818,676" is)."""
    x, d, b = drafts[lvl], drafts[a], drafts[base]
    ch = next((v for k, v in d["extra"] if k == "change"), None)
    if ch is None or ch.get("kind") != "absolute" or ch.get("from") is not None or \
            ch.get("to") is not None or x.get("role") is not None or x["value"] is None or \
            x["unit"] != d["unit"] or b["unit"] != d["unit"] or \
            _LEVEL_THEN_MOVE.fullmatch(low, x["end"], d["start"]) is None:
        return
    ch["from"], ch["to"] = base, lvl


def _per_unit_left_out(a: dict[str, Any], t: dict[str, Any]
                       ) -> tuple[float | None, float | None, str | None]:
    """(``a``'s value and ``t``'s in ``t``'s currency, the unit ``t`` is a price of) when ``t``
    is a price per unit ("$39.50 a barrel": "USD / barrel") and ``a`` an amount of that
    currency or a sub-unit of it that leaves the "a barrel" out ("33 cents"); else Nones."""
    parts = str(t["unit"] or "").split(" / ")
    if len(parts) != 2 or not a["unit"] or "/" in str(a["unit"]):
        return None, None, None
    av, tv = _in_one_unit(a, dict(t, unit=parts[0]))
    return (av, tv, parts[1]) if av is not None else (None, None, None)


# between "grew by 44,000, or 1.4%" and the earlier level it is out of: ", from 3,063,456"
_FROM_BASE = re.compile(r"[ \u00a0]*,?[ \u00a0]*from[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+)?")


# the direction of a market's move said after its amount: "edged 6.23 points higher, or 0.08%",
# "55.2 points, or 0.8%, lower at 7,263"
_MOVED_WORD = re.compile(r"[ \u00a0]*,?(?:[ \u00a0]+points?)?[ \u00a0]+(higher|lower)[ \u00a0]*,?")


# between a percentage change and the same change's amount put after it: "closed 8.8%
# lower, down 32.25p at 334.25p", "rose 4%, up 12p to 310p"
_PCT_THEN_AMOUNT = re.compile(r"(?:[ \u00a0]+(higher|lower))?[ \u00a0]*,[ \u00a0]*(up|down|off)"
                              r"[ \u00a0]+(?:by[ \u00a0]+)?")


def _percent_then_amount(low: str, drafts: list[dict[str, Any]],
                         by_sent: dict[tuple[int, int], list[int]]) -> None:
    """"Barclays closed 8.8% lower, down 32.25p at 334.25p": a percentage change, then the
    same change as an amount in the new value's unit and the new value, the order of the
    markets report. The percentage is the amount out of the earlier value the level implies
    (as ``_amount_or_percent``'s "fell 173.1 points, or 2.4%, to 7,100.3"). The two words of
    direction must agree: "rose 4%, down 3p at 90p" is two things."""
    for same in by_sent.values():
        for k in range(len(same) - 2):
            p, a, t = (drafts[j] for j in same[k:k + 3])
            if p["unit"] != "percent" or a["unit"] != t["unit"] or a["unit"] == "percent" or \
                    not a["value"] or not t["value"] or a["value"] >= t["value"] * 10 or \
                    any(x == "percentage_points" for x, _ in p["extra"]) or \
                    any(x == "change" and isinstance(v, dict) and v.get("from") is not None
                        for x, v in p["extra"] + a["extra"]) or \
                    _TO_OR_AT.fullmatch(low, a["end"], t["start"]) is None:
                continue
            gap = _PCT_THEN_AMOUNT.fullmatch(low, p["end"], a["start"])
            if gap is None:
                continue
            direction = "up" if gap.group(2) == "up" else "down"
            before = low[max(p["sentence"][0], p["start"] - 30):p["start"]]
            said = "up" if gap.group(1) == "higher" else "down" if gap.group(1) else \
                _direction_before(before)
            if said is not None and said != direction:
                continue
            p["extra"] = [x for x in p["extra"] if x[0] != "change"]
            _amount_and_percent(p, a, direction, same[k + 2], same[k + 1])


# a sentence opening on the change the sentence before stated, with its rate: "The rise of 12%
# leaves Scotland with ...", "That increase of 6.5% was ..."
_THE_GROWTH_RATE_OF = re.compile(r"\W*(?:the|this|that|its)[ \u00a0]+(?:growth[ \u00a0]+rate|"
                                   r"rate[ \u00a0]+of[ \u00a0]+growth)[ \u00a0]+of[ \u00a0]+")
_THE_CHANGE_OF = re.compile(r"\W*(?:the|this|that|its)[ \u00a0]+(?:" + _CHANGE_NOUNS +
                              r"|growth[ \u00a0]+rate|rate[ \u00a0]+of[ \u00a0]+growth)[ \u00a0]+of[ \u00a0]+(?:(?:about|around|some|roughly|nearly|"
                              r"almost|just[ \u00a0]+over|just[ \u00a0]+under)[ \u00a0]+)?$")


def _definite_rate_of_change(low: str, drafts: list[dict[str, Any]],
                             sents: list[list[int]]) -> None:
    """"A total of 1,172 people died ..., 121 more than the year before. The rise of 12%
    leaves ...": a percentage that opens its sentence as "the rise of" the one absolute change
    of the sentence before is that change's rate, to the level right before the amount (its
    new value) by the amount: ("change", {"to", "by"}), as "77 more, an increase of 6%" is
    read in one sentence. Left alone when the sentence before holds more than one change."""
    for k in range(1, len(sents)):
        p = drafts[sents[k][0]]
        ch = next((v for x, v in p["extra"] if x == "change"), None)
        # ("The growth rate of 0.92%": a rise's rate, said as a level of growth)
        growth = ch is None and p.get("role") is None and p["unit"] == "percent" and \
            bool(p["value"]) and _THE_GROWTH_RATE_OF.fullmatch(low, p["sentence"][0],
                                                               p["start"]) is not None
        if growth:
            ch = {"kind": "percent", "amount": float(p["value"]), "direction": "up"}
        if p["unit"] != "percent" or (p.get("role") != "change" and not growth) or ch is None or \
                any(v is not None for key, v in ch.items() if key in ("from", "to", "by")) or \
                not _THE_CHANGE_OF.fullmatch(low, p["sentence"][0], p["start"]) or \
                not _adjacent(drafts[sents[k - 1][-1]], p):
            continue
        prev = sents[k - 1]
        amounts = [(n, j) for n, j in enumerate(prev) if drafts[j].get("role") == "change"]
        if len(amounts) != 1:
            continue
        n, a = amounts[0]
        ach = next((v for x, v in drafts[a]["extra"] if x == "change"), None)
        if ach is None or ach.get("kind") != "absolute" or ach.get("from") is not None or \
                ach.get("direction") != ch.get("direction") or (not n and ach.get("to") is None):
            continue    # ("grew by 2.8 million to 311.6 million. The growth rate of 0.92%":
            #             the amount may open its sentence when it names its new value)
        to = ach.get("to") if ach.get("to") is not None else prev[n - 1]
        if drafts[to]["unit"] != drafts[a]["unit"] or drafts[to].get("role") not in (None,) or \
                not drafts[to]["value"] or drafts[to]["value"] <= drafts[a]["value"]:
            continue
        p["extra"] = [x for x in p["extra"] if x[0] != "change"]
        _amount_and_percent(p, drafts[a], ch["direction"], to, a)


def _direction_before(before: str) -> str | None:
    """"up" or "down" as the last direction word of ``before`` says, None without one."""
    ups, downs = list(_UP.finditer(before)), list(_DOWN.finditer(before))
    if not ups and not downs:
        return None
    return "up" if ups and (not downs or ups[-1].start() > downs[-1].start()) else "down"


def _amount_and_percent(p: dict[str, Any], a: dict[str, Any], direction: str, to: int,
                        by: int, base: bool = False) -> None:
    """Percentage ``p`` is the change to level ``to`` by amount ``a`` (figure ``by``), which
    is an amount of change in that direction too, unless it has a role already; with
    ``base``, ``to`` is the earlier level the change is from ("grew by 44,000, or 1.4%, from
    3,063,456": ``base_of``)."""
    p["extra"].append(("change", {"kind": "percent", "amount": float(p["value"]),
                                  "direction": direction, "by": by,
                                  **({"base_of": to} if base else {"to": to})}))
    p["role"] = "change"
    if a.get("role") is None:
        a["extra"].append(("change", {"kind": "absolute", "amount": float(a["value"]),
                                      "direction": direction}))
        a["role"] = "change"


# "559,030 applied, 5,160 fewer (0.9%) than a year earlier", "... 412,000, up 9,000, or 2.2%,
# on last year", "737 million bushels, down 344 million bushels or 32% from ...": between the
# amount and its percentage, a comparative word at most and a bracket or "or"
_AMOUNT_PCT_GAP = re.compile(r"[ \u00a0]*(?:(?:more|fewer|less|higher|lower)[ \u00a0]*)?"
                             r"(?:\(|,?[ \u00a0]*or[ \u00a0]+)[ \u00a0]*")
_BRACKET_SHUT = re.compile(r"\)[ \u00a0]*(?:[,.;]|$)")
_MORE_FEWER = re.compile(r"[ \u00a0]*(more|fewer|less|higher|lower|cheaper|dearer)\b")
_THAN_ON = re.compile(r"[ \u00a0]*\)?[ \u00a0]*,?[ \u00a0]*(?:(?:more|fewer|less|higher|lower|"
                      r"cheaper|dearer)[ \u00a0]+)?(?:than|on|from|compared|(below|above))\b")


# a market's close, then its move as a noun with the amount and the percentage: "closed at
# 24,465.16 on Friday with a loss of 8.96 points, or 0.04%", "ended at 2,955.45, a gain of
# 6.94 points or 0.24%"
_CLOSE_MOVE = re.compile(r"(?:[ \u00a0]+points?)?(?:[ \u00a0]+on[ \u00a0]+[a-z]+day)?"
                         # ("£193.62 for 2010-11, an increase of £4.69, or 2.48%")
                         r"(?:[ \u00a0]+(?:for|in)[ \u00a0]+(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?)?[ \u00a0]*,?[ \u00a0]*"
                         r"(?:(?:for|with)[ \u00a0]+)?an?[ \u00a0]+(?:net[ \u00a0]+)?(gain|rise|increase|"
                         r"loss|fall|drop|decline)[ \u00a0]+of[ \u00a0]+")
_MOVE_OR_PCT = re.compile(r"(?:[ \u00a0]+points?)?[ \u00a0]*,?[ \u00a0]*or[ \u00a0]+")
_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[.;,)]|$)")


def _points_unit(amount: str, level: str) -> bool:
    """Whether an amount in unit ``amount`` can be the change of a level in unit ``level``: the
    same unit, or an index's points beside its bare level ("1,355.53 for a gain of 7.97
    points")."""
    return amount == level or {amount, level} == {"point", ""}


def _level_amount_percent(low: str, drafts: list[dict[str, Any]],
                          by_sent: dict[tuple[int, int], list[int]]) -> None:
    """A level, then the amount it changed by and that amount as a percentage: "559,030 had
    applied, 5,160 fewer (0.9%) than a year earlier", "Sales were 412,000, up 9,000, or 2.2%,
    on last year". The percentage is the amount out of the earlier value the level implies
    (its change takes the level as ``to`` and the amount as ``by``, as in
    ``_amount_or_percent``'s "fell 173.1 points, or 2.4%, to 7,100.3")."""
    for same in by_sent.values():
        for k in range(1, len(same) - 1):
            t, a, p = (drafts[j] for j in same[k - 1:k + 2])
            if a["unit"] != t["unit"] and rate_unit(t["unit"], a["unit"]) == t["unit"] and \
                    p["unit"] == "percent" and _AMOUNT_PCT_GAP.fullmatch(low, a["end"], p["start"]):
                a["unit"] = t["unit"]   # ("132.54p a litre ..., 1.16p or 0.9% lower": pence a
                # litre, everyday102)
            if p["unit"] != "percent" or not _points_unit(a["unit"], t["unit"]) or not a["value"] or \
                    not t["value"] or a["value"] >= t["value"] or p.get("role") is not None \
                    or any(x == "percentage_points" for x, _ in p["extra"]) or \
                    t.get("role") not in (None, "total") or \
                    a.get("role") not in (None, "change") or \
                    any(x == "change" and isinstance(v, dict) and v.get("from") is not None
                        for x, v in a["extra"]):
                continue
            noun = _CLOSE_MOVE.fullmatch(low, t["end"], a["start"])
            if noun is not None and _MOVE_OR_PCT.fullmatch(low, a["end"], p["start"]) and \
                    _CLAUSE_END.match(low, p["end"]):
                # "closed at 1,355.53 for a gain of 7.97 points, or 0.59%"
                _amount_and_percent(p, a, "up" if noun.group(1) in ("gain", "rise", "increase")
                                    else "down", same[k - 1], same[k])
                continue
            gap = _AMOUNT_PCT_GAP.fullmatch(low, a["end"], p["start"])
            # (or the bracket closes the clause: "213,500, up 1,300 (0.6%), as more came")
            if gap is None or _THAN_ON.match(low, p["end"]) is None and not (
                    "(" in gap.group(0) and _BRACKET_SHUT.match(low, p["end"])):
                continue
            # (the word may follow the percentage: "1.16p or 0.9% lower than", everyday102)
            word = _MORE_FEWER.match(low, a["end"]) or _MORE_FEWER.match(low, p["end"])
            before = low[max(t["end"], a["start"] - 20):a["start"]]
            ups, downs = list(_UP.finditer(before)), list(_DOWN.finditer(before))
            side = _THAN_ON.match(low, p["end"])
            if word is None and side is not None and side.group(1):
                direction = "down" if side.group(1) == "below" else "up"
            elif word is not None:
                direction = "down" if word.group(1) in ("fewer", "less", "lower", "cheaper") \
                    else "up"
            elif ups or downs:
                direction = "up" if ups and (not downs or ups[-1].start() > downs[-1].start()) \
                    else "down"
            else:
                continue
            _amount_and_percent(p, a, direction, same[k - 1], same[k])
    _level_percent_amount(low, drafts, by_sent)     # (the other order: "£1,348, up 8.8% or £109")


# a level, then the percentage of its change and the same change as an amount: "£1,348, up
# 8.8% or £109 on the year", "£766 a month, 7.9% or £56 more"
# (the level's time may stand before the comma: "reached 1,323 million in 2017, up 7% or 84
# million", "£1,307 a month in October, 8.7% or £105 more")
_LEVEL_PCT_GAP = re.compile(r"(?:[ \u00a0]+(?:a|per|each)[ \u00a0]+(?:month|year|week|day))?"
                            r"(?:[ \u00a0]+(?:in|during)[ \u00a0]+(?:(?:19|20)\d\d|(?:january|"
                            r"february|march|april|may|june|july|august|september|october|"
                            r"november|december)(?:[ \u00a0]+(?:19|20)\d\d)?)|[ \u00a0]+(?:last|this)"
                            r"[ \u00a0]+(?:year|month|week|quarter))?[ \u00a0]*,"
                            r"[ \u00a0]*(?:(up|down|higher|lower)[ \u00a0]+(?:by[ \u00a0]+)?)?")
_PCT_OR_AMOUNT = re.compile(r"[ \u00a0]*,?[ \u00a0]*or[ \u00a0]+")
_AMOUNT_MOVED = re.compile(r"[ \u00a0]+(more|less|fewer|higher|lower)\b")


def _level_percent_amount(low: str, drafts: list[dict[str, Any]],
                          by_sent: dict[tuple[int, int], list[int]]) -> None:
    """A level, then its change as a percentage and, after "or", as an amount: "In England
    the average rent was £1,348, up 8.8% or £109 on the year", "Wales £766 a month, 7.9% or
    £56 more". The percentage is the amount out of the earlier value the level implies (as
    ``_level_amount_percent``'s "412,000, up 9,000, or 2.2%"); the direction is said before
    the percentage or after the amount, and the two must agree."""
    for same in by_sent.values():
        for k in range(1, len(same) - 1):
            t, p, a = (drafts[j] for j in same[k - 1:k + 2])
            if p["unit"] != "percent" or a["unit"] != t["unit"] or a["unit"] == "percent" or \
                    not a["value"] or not t["value"] or a["value"] >= t["value"] or \
                    any(x == "percentage_points" for x, _ in p["extra"]) or \
                    t.get("role") not in (None, "total") or \
                    any(x == "change" and isinstance(v, dict) and (
                        v.get("from") is not None or v.get("to") is not None)
                        for x, v in p["extra"] + a["extra"]):
                continue
            gap = _LEVEL_PCT_GAP.fullmatch(low, t["end"], p["start"])
            if gap is None or _PCT_OR_AMOUNT.fullmatch(low, p["end"], a["start"]) is None:
                continue
            said = _AMOUNT_MOVED.match(low, a["end"])
            before = None if gap.group(1) is None else \
                "up" if gap.group(1) in ("up", "higher") else "down"
            after = None if said is None else \
                "up" if said.group(1) in ("more", "higher") else "down"
            if (before or after) is None or None not in (before, after) and before != after:
                continue
            p["extra"] = [x for x in p["extra"] if x[0] != "change"]
            a["extra"] = [x for x in a["extra"] if x[0] != "change"]
            a["role"] = None if a.get("role") == "change" else a.get("role")
            _amount_and_percent(p, a, before or after, same[k - 1], same[k + 1])


def _fraction_amounts(low: str, drafts: list[dict[str, Any]]) -> None:
    """"That was up by about a third from roughly 1.5 million tonnes": a fraction in words
    read as the amount of a change between two levels of a unit is a share of the earlier
    level, a percentage change (never an absolute change of a third of a tonne); levels in
    percent, or an amount in points, are left as they are ("half a point" is absolute)."""
    for d in drafts:
        ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
        if ch is None or ch.get("kind") != "absolute" or ch.get("fraction") or \
                not isinstance(ch.get("from"), int) or d["unit"] or \
                not 0 < (d["value"] or 0) < 1 or \
                any(k == "percentage_points" for k, _ in d["extra"]) or \
                fraction_words().search(low, d["start"], d["end"]) is None:
            continue
        frm = drafts[ch["from"]]
        to = drafts[ch["to"]] if isinstance(ch.get("to"), int) else None
        if frm["unit"] in ("", "percent") or (to is not None and to["unit"] != frm["unit"]):
            continue
        ch.update({"kind": "percent", "amount": float(d["value"]) * 100.0, "fraction": 1})


def _fraction_change(low: str, drafts: list[dict[str, Any]], d: dict[str, Any], frm: int,
                     to: int, direction: str, used_from: dict[int, int]) -> bool:
    """"about a third fewer than the record 45,774": a fraction in words is a share of the
    earlier value, a percentage change (True when ``d`` is one and was set)."""
    if d["unit"] or not 0 < (d["value"] or 0) < 1 or \
            fraction_words().search(low, d["start"], d["end"]) is None:
        return False
    d["extra"].append(("change", {"kind": "percent", "amount": float(d["value"]) * 100.0,
                                  "direction": direction, "from": frm, "to": to,
                                  "fraction": 1}))
    d["role"] = "change"
    drafts[frm]["role"] = drafts[frm].get("role") or "compared"
    used_from[frm] = to
    return True


# a relative clause that gives a figure of the sentence's subject before its change: "Russia,
# which harvested 52.1 million tonnes last season, is expected to see its crop fall by ..."
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose)\b[^,;.]*$")
_RELATIVE_END = re.compile(r"^[^,;.\d]*(?:last|a\s+year\s+earlier|the\s+year\s+before|the\s+"
                         r"previous\s+\w+|in\s+(?:19|20)\d\d)?[^,;.\d]*,")


def _earlier_in_relative_clause(low: str, drafts: list[dict[str, Any]], same: list[int], k: int,
                                to: int) -> int | None:
    """The earlier value of a change with an amount and a new value ("fall by 2.1 million
    tonnes to 50 million") given before the amount in a relative clause about the sentence's
    subject ("Russia, which harvested 52.1 million tonnes last season, ..."): a figure of the
    new value's unit and measure, alone in that clause."""
    for j in reversed(same[:k]):
        x = drafts[j]
        if x["unit"] != drafts[to]["unit"] or x.get("role") is not None or not x["value"] or \
                x.get("measure") != drafts[to].get("measure"):
            continue
        if _RELATIVE_CLAUSE.search(low, x["sentence"][0], x["start"]) and \
                _RELATIVE_END.match(low[x["end"]:x["end"] + 80]) and \
                _same_scale(x, drafts[to]):
            return j
        return None
    return None


def _keep_own_from(low: str, d: dict[str, Any], x: dict[str, Any], frm: int,
                   used_from: dict[int, int]) -> None:
    """The earlier value ``x`` (draft ``frm``) that amount ``d``'s own words name is its, even
    with the new value left to another sentence: "That was almost 63,000 more than the 814,574
    it moved in October, ..., and 23.6% more than in November 2015" (the 814,574 is no earlier
    value of the 23.6%); but "Prices were 6.5% higher than a year earlier, ..., up from 5.8%"
    is a level, and its 5.8% free."""
    if "," not in low[d["end"]:x["start"]]:
        used_from.setdefault(frm, -1)


def _other_things(low: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures each count a noun of their own, and not one thing: "673 cases
    ... in 22 states ..., six more than the 667 cases": a change is between two values of
    one thing, so the 22 states are never the new value of the cases' change."""
    return not one_measure(a, b) and _OWN_NOUN.match(low, a["end"]) is not None and \
        _OWN_NOUN.match(low, b["end"]) is not None


def _new_value_before(low: str, drafts: list[dict[str, Any]], same: list[int], k: int,
                      frm: int, words: tuple[str, str, str], lex: Any,
                      used_from: dict[int, int]) -> int | None:
    """The new value of the ``k``-th figure's change whose earlier value ``frm`` follows it,
    standing right before the amount ("1,500, up 300 from 1,200"); not a per-share figure
    beside it ("earned $7.7 billion, or $1.28 a share, up 12% from $6.9 billion"): the nearest
    of the three before of the earlier value's scale. None when there is none: the amount is
    then marked as one (``_amount_from_only``, ``_bare_change``), or, for "were 3.2% higher
    than a year earlier, down from 3.4% in February", left a level (an annual rate whose
    earlier value follows)."""
    d = drafts[same[k]]
    if _RATE_THAN_PERIOD.match(low, d["end"]) and "," in low[d["end"]:drafts[frm]["start"]]:
        # (not "46.7% less than January 2023's $804.6 million": the figure after "than" is
        # the earlier value, no period's)
        _keep_own_from(low, d, drafts[frm], frm, used_from)
        return None
    # (not the earlier value of a change before: "up 19% from 23.6 million in 2022 and 2%
    # fewer than the 28.7 million of 2019" is 28.1 million against 28.7 million)
    # (a rate's "an acre" and a bracketed conversion are no figures of their own here: "177.3
    # bushels an acre (about 11.1 tonnes a hectare), 3.9 bushels more than 2022's 173.4")
    # (nor a stretch of time: "1,335 ... in the first 31 days of 2024, a rise of 13% on 1,180")
    # (nor a share and its whole, an aside on the level before them: "won 2,290 votes, 36.2%
    # of the 6,324 cast and 667 more than Labour's 1,623" is 2,290 against 1,623)
    near = list(islice((j for j in _back(same, k) if not _PER_UNIT.fullmatch(
        low, drafts[j]["start"], drafts[j]["end"]) and not a_span(low, drafts[j]) and not any(
            x == "conversion_of" for x, _ in drafts[j]["extra"]) and
        not _share_or_its_whole(low, drafts, same, j)), 3))
    # (nor another amount: "38.2C ..., 6C above the average for July and 1.4C below the
    # record of 39.6C" is 38.2C against 39.6C)
    # (nor the same change's other amount: "144.8 million tonnes, 2.6 million tonnes or 2% more
    # than the 142.2 million tonnes" is 144.8 against 142.2; ``_or_linked_amount`` reads the 2.6)
    if not drafts[frm]["unit"] and drafts[frm]["value"] and d["unit"] == "percent" and \
            not _OWN_NOUN.match(low, drafts[frm]["end"]):
        # "Ukraine's at 20 million tonnes, down 10% from 22.3 million": a bare earlier value
        # is in the unit of the level a percentage change comes to (a count or a quantity, no
        # money or share: those write their sign; an amount in figures keeps the earlier
        # value's unit as written, "0.3 million more than Memphis with 4.3 million")
        bare = next((j for j in near if drafts[j]["unit"] and drafts[j]["unit"] != "percent"
                     and drafts[j]["_q"].dim not in ("currency", "percent") and
                     drafts[j].get("role") not in _NOT_VALUE | {"compared"} and
                     _same_scale(dict(drafts[j], unit=""), drafts[frm])), None)
        if bare is not None and bare == near[0]:
            drafts[frm]["unit"] = drafts[bare]["unit"]
    to = next((j for j in near if _same_scale(drafts[j], drafts[frm]) and j not in used_from
               and drafts[j].get("role") not in _NOT_VALUE | {"compared"} and
               not _ATTRIBUTIVE.match(low, drafts[j]["end"]) and
               not _recipient_count(low, drafts, j) and
               not (_GAP_AFTER_AMOUNT.match(low, drafts[j]["end"]) and
                    not _annual_rate_for_points(low, d, drafts[j])) and
               not OR_LINK.fullmatch(low, drafts[j]["end"], d["start"]) and
               not _other_things(low, drafts[j], drafts[frm]) and
               not compared_before(low, d, drafts[j]) and
               not _set_against_before(low, drafts, same, j) and
               not _EARLIER_OBJECT.search(low, max(drafts[j]["sentence"][0],
                                                   drafts[j]["start"] - 60), drafts[j]["start"]) and
               not _VERB_CLAUSE_BETWEEN.search(low, drafts[j]["end"], d["start"]) and
               not _OBJECT_CLAUSE_BEFORE.search(low, drafts[j]["end"], d["start"]) and
               not _WHEN_WAS.search(low, max(drafts[j]["sentence"][0], drafts[j]["start"] - 60),
                                    drafts[j]["start"])), None)
    # (nor a value of a "when" clause, an earlier time's: "an increase of 45% on the first
    # quarter of 2020, when there were 41,015 cases, and a 4% rise on the previous quarter's
    # 57,047" sets the 4% against 57,047, not 41,015 against 57,047)
    if to is not None and _portion_or_its_whole(low, drafts, same, to, frm):
        to = None   # (two readings of the new value: leave the amount unpaired)
    elif to is None:
        to = _rate_of_bare_earlier(low, drafts, near, frm)
    if to is None:
        before, last, direction = words
        _amount_from_only(low, drafts, d, frm, before, last, direction, lex, used_from)
        if d.get("role") != "change":
            _bare_change(d, before, last, direction, lex, own=low[d["start"]:d["end"] + 8])
        _keep_own_from(low, d, drafts[frm], frm, used_from)
    return to


# "a slight improvement on the previous week's average of 96%": the figure a comparison is made
# on, an earlier level, never the new value of an amount after it ("..., but 2.4 points higher
# than the 93.3% of the same week last year" is this week's level against 93.3%)
_EARLIER_OBJECT = re.compile(r"\b(?:improvement|deterioration|increase|rise|fall|drop|decline|"
                             r"gain)[ \u00a0]+(?:on|from)[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+)?"
                             r"(?:[\w’'-]+[ \u00a0]+){0,4}?(?:of[ \u00a0]+)?$")
# "3.3% higher in October than a year earlier": a rate over twelve months, said as a change
_ANNUAL_RATE_AFTER = re.compile(r"[ \u00a0]+(?:higher|lower|up|down)\b[^,.;:\d]{0,30}?\b(?:than|on|"
                                r"from)[ \u00a0]+(?:a|the)?[ \u00a0]*(?:year|12[ \u00a0]+months)"
                                r"[ \u00a0]+(?:earlier|ago|before)\b")


def _annual_rate_for_points(low: str, d: dict[str, Any], j: dict[str, Any]) -> bool:
    """Whether ``j`` is a twelve-month rate said as a change ("prices were 3.3% higher in
    October than a year earlier") and ``d`` a move in points after it ("down 0.4 points from
    September's 3.7%"): the rate is the level the points move to."""
    return j["unit"] == "percent" and d["unit"] in ("percent", "") and \
        (any(k == "percentage_points" for k, _ in d["extra"]) or
         _POINTS.match(low, d["end"]) is not None) and \
        _ANNUAL_RATE_AFTER.match(low, j["end"]) is not None


# a clause of its own that names, as its object, what the amount right after it is of: "That
# leaves around 7% waiting longer, and puts performance 2.4 points below the 95% target" (the
# 2.4 is of the performance, never of the 7% before the clause; "and puts it 2.4 points below"
# still refers back)
_OBJECT_CLAUSE_BEFORE = re.compile(r"[,;][ \u00a0]*(?:and|but|which|while)[ \u00a0]+(?:puts|put|putting|"
                                   r"leaves|left|leaving|takes|took|taking|brings|brought|"
                                   r"bringing|keeps|kept|keeping|pushes|pushed|pushing|places|"
                                   r"placed|placing|sets|setting)[ \u00a0]+(?!(?:it|them|this|"
                                   r"that|these|those)\b)(?:[a-z'’-]+[ \u00a0]+){1,4}$")


# a portion's aside closed by a comma right before the amount: "2,461 flu patients ...,
# including 122 in critical care, down 18% from 3,019"
_PORTION_ASIDE = re.compile(r"\b(?:including|among[ \u00a0]+them|of[ \u00a0]+whom|of[ \u00a0]+which)"
                            r"[ \u00a0]+$")


def _share_or_its_whole(low: str, drafts: list[dict[str, Any]], same: list[int], j: int) -> bool:
    """Whether figure ``j`` of sentence ``same`` is a share written "X% of the N" or that
    share's whole N (read by ``comparisons._share_of_whole`` after the changes)."""
    k = same.index(j)
    x = drafts[j]
    if x["unit"] == "percent" and k + 1 < len(same):
        return _SHARE_OF.fullmatch(low, x["end"], drafts[same[k + 1]]["start"]) is not None
    return k > 0 and drafts[same[k - 1]]["unit"] == "percent" and \
        _SHARE_OF.fullmatch(low, drafts[same[k - 1]]["end"], x["start"]) is not None


def _portion_or_its_whole(low: str, drafts: list[dict[str, Any]], same: list[int], to: int,
                          frm: int) -> bool:
    """Whether new value ``to`` is a portion set in an aside of its whole ("including 122 in
    critical care") with the amount right after the aside's comma, the whole earlier in the
    sentence and of the earlier value's scale: "2,461 flu patients ..., including 122 in
    critical care, down 18% from 3,019" may be the change of the 2,461 or of the 122. Both
    readings are open, so the amount takes neither (judge readings, not guesses)."""
    t = drafts[to]
    head = t.get("group")
    if t.get("role") != "portion" or not isinstance(head, int) or head not in same or \
            head >= to or not _same_scale(drafts[head], drafts[frm]):
        return False
    return _PORTION_ASIDE.search(low, max(drafts[head]["end"], t["start"] - 20),
                                 t["start"]) is not None


# the words from an amount to the figure it is set against: "6.8% above January's revised pace
# of 1,657,000", "12% more than the 26,501" (no figure, no clause between)
_AGAINST_AFTER_AMOUNT = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?(?:above|below|(?:more|"
                                   r"fewer|less|higher|lower|greater|bigger|larger|smaller)"
                                   r"[ \u00a0]+than)\b(?:(?![,;:.!?]|\b(?:and|but|while)\b)"
                                   r"[^\d])*$")


def _set_against_before(low: str, drafts: list[dict[str, Any]], same: list[int], j: int) -> bool:
    """Whether figure ``j`` is what an amount before it in its sentence is set against ("That
    was 6.8% above January's revised pace of 1,657,000 and 22.3% higher than the 1,447,000"):
    an earlier value of that comparison, never the new value of a later amount (which
    describes what the first one does: the level of the sentence before)."""
    q = next((i for i in reversed(same) if i < j), None)
    return q is not None and drafts[q]["value"] is not None and \
        _AGAINST_AFTER_AMOUNT.match(low, drafts[q]["end"], drafts[j]["start"]) is not None


# the words between a count and the count of those it went to: "handed over 735 aircraft to
# 87 customers", "sent 40 ambulances to 12 hospitals" (no punctuation, no figure, no "from")
_TO_RECIPIENT = re.compile(r"[ \u00a0]+(?:(?!from\b)[a-z][a-z'’-]*[ \u00a0]+){1,4}to[ \u00a0]+"
                           r"(?:(?:about|around|nearly|almost|some|more[ \u00a0]+than|over)"
                           r"[ \u00a0]+)?")


def _recipient_count(low: str, drafts: list[dict[str, Any]], j: int) -> bool:
    """Whether figure ``j`` counts those a count just before it went to, "735 commercial
    aircraft to 87 customers": both name a noun of their own and no verb of change leads to the
    "to" (as in "cut its fleet from 300 planes to 250 planes"), so the second is no level of
    the first's thing and never the new value of a change said after it ("..., 11% more than
    the 661 it delivered in 2022" compares the aircraft, not the customers)."""
    if j == 0:
        return False
    a, b = drafts[j - 1], drafts[j]
    if a["sentence"] != b["sentence"] or a["unit"] or b["unit"] or \
            _OWN_NOUN.match(low, a["end"]) is None or _OWN_NOUN.match(low, b["end"]) is None:
        return False
    return _TO_RECIPIENT.fullmatch(low, a["end"], b["start"]) is not None and \
        _CHANGE_VERB.search(low, a["sentence"][0], b["start"]) is None


# a figure joined to its noun by a hyphen, a size that describes the thing ("the 126-seat
# house", "a 500-bed hospital"): no level that changes, so never a change's new value
_ATTRIBUTIVE = re.compile(r"-[a-z]")

_OWN_RATE = re.compile(r"[ \u00a0]*(?:a|per|each|every)[ \u00a0]+(?!(?:year|month|week|day|decade|"
                       r"quarter|fortnight)s?\b)[a-z]")


def _rate_of_bare_earlier(low: str, drafts: list[dict[str, Any]], near: list[int],
                          frm: int) -> int | None:
    """The new value of a change whose earlier value is written without the "a tonne" of
    the rate before it: "reached $320 a tonne this week, up 71 per cent from $187 a year
    ago" (the $187 is $187 a tonne, as ``_rate_counterpart`` reads it beside its rate). The
    earlier value takes the rate's unit; None when no rate of its unit stands before it."""
    b = drafts[frm]
    if not b["unit"] or b.get("role") not in (None, "compared") or \
            _OWN_RATE.match(low, b["end"]):
        return None     # ("$187 a tonne" is written in its rate; "$187 a year ago" is not)
    for j in near:
        a = drafts[j]
        if a["unit"] and _numerator(a["unit"]) == b["unit"] and \
                a.get("role") not in _NOT_VALUE | {"compared"} and a["value"]:
            b["unit"] = a["unit"]
            b["measure"] = b.get("measure") or a.get("measure")
            return j if _same_scale(a, b) else None
    return None


def _amount_from_only(low: str, drafts: list[dict[str, Any]], d: dict[str, Any], frm: int,
                      before: str, last: str, direction: str, lex: Any,
                      used_from: dict[int, int]) -> None:
    """An amount of change that opens its sentence with an earlier value after it and no new
    value: "The cap rose by £149 in October, from £1,568" (the amount and its earlier value,
    the new value left to the reader, never the next figure's level: ``_base``, read by
    ``_one_change_two_amounts``). ("Prices were 6.5% higher than a year earlier, ..., up from
    5.8% in October" stays a level: the annual rate, whose earlier value is 5.8%.)"""
    if last == "by":
        _bare_change(d, before, last, direction, lex, own=low[d["start"]:d["end"] + 8])
        if d.get("role") == "change":
            d["_base"] = frm
            used_from[frm] = -1     # (no new value written)
            drafts[frm]["role"] = drafts[frm].get("role") or "compared"


def _one_change_two_amounts(low: str, drafts: list[dict[str, Any]],
                            by_sent: dict[tuple[int, int], list[int]]) -> None:
    """Two amounts of one change in one sentence, each written with one of its values:
    "will rise by £21 to £1,738 ..., up 1.2% from the current £1,717" (the £21 takes the
    earlier value the 1.2% gives), "rose by £149 in October, from £1,568, an increase of about
    10%" (the 10% is the £149 out of the £1,568: ("ratio", {"of", "per"}) on it). Reads the
    marks ``_changes`` left (``_new``, ``_base``) and removes them."""
    for same in by_sent.values():
        marked = [(k, i) for k, i in enumerate(same)
                  if "_new" in drafts[i] or "_base" in drafts[i]]
        if not marked:
            continue
        for k, i in marked:
            d = drafts[i]
            # (the other amount stands within MAX_CHANGE_SPAN figures: linear in a long sentence)
            near = same[max(0, k - MAX_CHANGE_SPAN):k + 1 + MAX_CHANGE_SPAN]
            ch = next((v for k, v in d["extra"] if k == "change"), None)
            if ch is None or ch.get("from") is not None:
                continue
            new, base = d.get("_new"), d.get("_base")
            # (an amount counted over a stretch of its own takes no earlier value of another:
            # "down by 1,674 over the year to 127,909, from 129,583 a year earlier, a cut of
            # 15,825 since 2010")
            own = d.get("period") if (d.get("_basis") or {}).get("period") == "written" \
                else None
            if new is not None and d["unit"] == drafts[new]["unit"]:
                frm = next((v["from"] for j in near if j != i
                            for x, v in drafts[j]["extra"] if x == "change" and
                            v.get("to") == new and v.get("from") is not None and
                            (own is None or drafts[j].get("period") == own)), None)
                if frm is not None and drafts[frm]["unit"] == d["unit"]:
                    ch.update({"from": frm, "to": new})
            if new is not None and ch.get("from") is None:
                # the new value is known, the earlier one not (yet): kept for a second
                # amount of the same change ("rose by 84 million to 1,323 million, up 7%")
                ch["to"] = new
            if base is not None and d["unit"] and d["unit"] == drafts[base]["unit"] and \
                    drafts[base]["value"]:
                # a bare percentage of the same change later in the sentence
                pct = next((j for j in near if j > i and drafts[j]["unit"] == "percent" and
                            drafts[j].get("role") == "change" and
                            not any(k == "percentage_points" for k, _ in drafts[j]["extra"]) and
                            all(v.get("from") is None for k, v in drafts[j]["extra"]
                                if k == "change")), None)
                if pct is not None and not any(k == "ratio" for k, _ in drafts[pct]["extra"]):
                    drafts[pct]["extra"].append(("ratio", {"of": i, "per": base}))
        for _, i in marked:
            drafts[i].pop("_new", None)
            drafts[i].pop("_base", None)
        for k, i in marked:
            pair_amounts(drafts, same[max(0, k - MAX_CHANGE_SPAN):k + 1 + MAX_CHANGE_SPAN], i,
                         low)


def _in_one_unit(a: dict[str, Any], b: dict[str, Any]) -> tuple[float | None, float | None]:
    """The values of ``a`` and ``b`` in one unit: as written when their units are the same, in
    their currency when one or both are its sub-unit ("17 cents" and "$35.87" -> 0.17 and
    35.87); (None, None) for two units that are not one."""
    x, y = float(a["value"] or 0), float(b["value"] or 0)
    if a["unit"] == b["unit"]:
        return x, y
    subs = subunits()
    ca, cb = subs.get(a["unit"] or ""), subs.get(b["unit"] or "")
    if ca is None or cb is None or ca[0] != cb[0]:
        return None, None
    return x * ca[1], y * cb[1]


def _same_scale(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two values could be one thing at two times: of one unit, and no more than a
    thousandfold apart ($7.7 billion and $6.9 billion; not $1.28 and $6.9 billion). A currency
    and its sub-unit are one unit ("99 cents, ... down 33% from $1.47")."""
    x, y = _in_one_unit(a, b)
    if x is None or y is None:
        return False
    x, y = abs(x), abs(y)
    return not x or not y or max(x, y) <= 1000 * min(x, y)


_MADE_UP = re.compile(r"\b(?:made|make|makes|making)\s+up\s*$")


@lru_cache(maxsize=1)
def _daily_loss_measures() -> frozenset[str]:
    """The measures of a domain reported daily (measures.yaml: a war's losses), whose "lost N"
    counts losses rather than changing a level."""
    v = vocab.load("measures.yaml")
    daily = {k for k, dom in (v.get("domains") or {}).items()
             if isinstance(dom, dict) and dom.get("daily_reports")}
    return frozenset(k for k, m in (v.get("measures") or {}).items()
                     if isinstance(m, dict) and m.get("domain") in daily)


# a level a figure did not reach, no amount of a fall: "falls just short of 95%", "fell well
# short of its target of 2,000"
_FALLS_SHORT = re.compile(r"\bf[ae]ll(?:s|ing|en)?[ \u00a0]+(?:(?:just|well|far|slightly|narrowly|"
                          r"a[ \u00a0]+little|only)[ \u00a0]+)?short[ \u00a0]+of\b[^\d]*$")


# the stretch an amount of money is said for, right after it: " a year", " per month"
_PER_STRETCH_LEAD = re.compile(r"[ \u00a0]+(?:a|an|per|each)[ \u00a0]+(year|month|week|day)\b"
                               r"(?=[ \u00a0]+(?:more|less|fewer|higher|lower)\b)")
_PER_STRETCH = re.compile(r"\b(?:a|an|per|each)[ \u00a0]+(year|month|week|day)\b")


def _change_direction(low: str, d: dict[str, Any], before: str, last: str) -> str | None:
    """"up" or "down" when the figure is worded as an amount of change ("up 300 from 1,200",
    "a 15% increase", "rose 15%"), else None: the direction word nearest the amount decides
    ("lost 1,500, up 300" is up); the words after it end with its sentence ("... by 6.7
    inches. | Most of the rain fell ..." says nothing of its direction)."""
    after_words = low[d["end"]:min(d["end"] + 60, d["sentence"][1])]
    if (per := _PER_STRETCH_LEAD.match(after_words)) is not None and not any(
            m.group(1) != per.group(1) for m in _PER_STRETCH.finditer(
                low, max(low.rfind("\n", 0, d["start"]) + 1, d["start"] - 400), d["start"])):
        after_words = after_words[per.end():]   # "or £34.07 a year more": the stretch it is
        # said for stands between the amount and its comparative (not when its paragraph says
        # another: "rose to £230.25 a week ... went up to £176.45 from £169.50, or about £360 a
        # year more" is a year's worth of a weekly rise)
    after_words = after_words[:40]
    if last == "up" and _MADE_UP.search(before):
        return None     # "Electric cars made up 19.6% of sales": a share, no change
    if last in _CHANGE_LAST and low.startswith(("above", "beyond", "past", "below"), d["start"]):
        return None     # "would climb above 11%", "fell below 2%": the level passed, no amount
    if last == "lost" and d.get("measure") in _daily_loss_measures():
        return None     # "Russia lost 780 troops over the past day": a count of losses
    if _FALLS_SHORT.search(before + re.sub(r"[\d.,]+.*", "", low[d["start"]:d["end"]])):
        return None     # "vaccination falls just short of 95% goal": a level not reached
    gap = _GAP_TO_FIGURE.match(after_words)
    gapped = after_words
    if gap is None and _OR_AMOUNT.search(before) and after_words.startswith(","):
        # "12 million tonnes, or 2%, less than the 709 million": the second amount of one
        # change in commas (a level's comma, "1,500, more than the 1,200 of 2019", is no amount)
        gapped = after_words[1:]
        gap = _GAP_TO_FIGURE.match(gapped)
    if gap is not None and MORE_THAN_DURATION.match(
            gapped, gap.start(1 if gap.group(1) else 2) - 1):
        gap = None      # "2.7 million appointments, or 8.8%, took place more than 22 days after
        # booking": how long they waited, no amount of change
    if not d["unit"] and MORE_THAN_DURATION.match(after_words):
        return None     # "11,477 more than 18 months": how long they waited, no amount
    if d["unit"] == "percent" and last in _ADDED:
        return "up"     # "adding 6.3% to reach 154,407 from 145,189", "the index added 0.4%"
    if (gain := _GAIN_PARTICIPLE.search(before)) is not None:
        if d.get("measure") in _daily_loss_measures():
            return None     # "..., losing 1,300 troops": a count of losses, no amount
        return "up" if gain.group(1) in _GAIN_PARTICIPLE_UP else "down"
    if gap is not None:
        # "72 points below Tuesday's reading of 494", "3.9 bushels more than 2022's 173.4"
        return "up" if gap.group(1) in ("more", "higher") or gap.group(2) in ("above", "ahead of") else "down"
    if d["unit"] == "percent" and not after_words.lstrip().startswith("of") and \
            (verb := _VERB_OBJECT_PERCENT.search(before)) is not None:
        # "Sainsbury's lifts underlying profit 11%", "boosts dividend 10%": a transitive
        # change verb with its object between it and the percentage
        return "down" if _DOWN.fullmatch(verb.group(1)) else "up"
    if (noun := _APPOSED_CHANGE_NOUN.search(before)) is not None and \
            _VALUE_AFTER_APPOSED.match(after_words):
        # "Wyoming had the biggest rise, 32.4 per cent, to 147 deaths from 111": the amount
        # set after the change's noun, its values after it (everyday112)
        return "down" if noun.group(1) in _DOWN_NOUNS else "up"
    if not (last in _CHANGE_LAST or _CHANGE_PARTICIPLE.search(before) or
            _CHANGE_AFTER.match(after_words) or
            (d["unit"] == "percent" and _NOUN_CHANGE_AFTER.match(after_words)) or
            ("of" in before and _CHANGE_OF.search(before))):
        return _gapped_direction(low, d, before, after_words)
    best = None
    for rx, name in ((_UP, "up"), (_DOWN, "down")):
        for m in rx.finditer(before):
            if MORE_THAN_DURATION.match(before, m.start() - 1) if m.start() else False:
                continue    # "reduced the number waiting more than 18 months ... by 56%": how
                # long they waited, no direction of the amount
            dist = len(before) - m.end()
            if best is None or dist < best[0]:
                best = (dist, name)
        m = rx.search(after_words[:25])
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    if best is None and _NO_DIRECTION_OF.search(before):
        # "83.7% in January, up from 76.3% in January 2011, an improvement of 7.4 points": a
        # noun of no direction takes the last its sentence gave before it
        ups = [(m.end(), name) for rx, name in ((_UP, "up"), (_DOWN, "down"))
               for m in rx.finditer(low, d["sentence"][0], d["start"])]
        best = (0, max(ups)[1]) if ups else None
    if best is None and last == "by":
        best = _verb_far_before_by(low, d)
    if best is None and d.get("measure") in held_measures() and _LOSS_OF.search(before):
        best = (0, "down")  # "from the 48 it won in 2019, a loss of 39": seats lost
    if best is None and last == "by" and (
            "point" in low[d["start"]:d["end"]] or _TO_FIGURE.match(after_words)):
        # "... and the jobless rate by 5.3 percentage points": points after "by" are an amount
        # of change, never a level (a gapped "and total pay by 4.8%" may share its verb's values);
        # so is "and July's by 25,000 to 89,000", with its new value after it (everyday102)
        return _gapped_direction(low, d, before, after_words)
    return best[1] if best else None


# a change's noun with its amount set after it in commas: "the biggest rise, 32.4 per cent,
# to 147", "the steepest fall, 31.3 per cent to 101" (the value it reached after the amount)
_APPOSED_CHANGE_NOUN = re.compile(r"\b(rise|increase|jump|gain|fall|drop|decline|decrease)"
                                  r"[ \u00a0]*,[ \u00a0]*(?:(?:about|some|nearly|almost|roughly|"
                                  r"around|just)[ \u00a0]+)?$")
_VALUE_AFTER_APPOSED = re.compile(r",?[ \u00a0]+(?:to|from)[ \u00a0]+(?:[$£€]|sh|ksh)?\d")
_DOWN_NOUNS = frozenset({"fall", "drop", "decline", "decrease"})


# a verb of change that opens its clause, with the thing changed and where it is between it
# and "by": "cut the herring catch off Scotland's west coast by 23 per cent"
_VERB_FAR_BEFORE_BY = re.compile(r"\b(?:(?P<up>rais(?:e[sd]?|ing)|increas(?:e[sd]?|ing)|"
                                 r"lift(?:ed|s|ing)?|boost(?:ed|s|ing)?)|(?P<down>cut(?:s|ting)?|"
                                 r"reduc(?:e[sd]?|ing)|lower(?:ed|s|ing)?|slash(?:ed|es|ing)?|"
                                 r"trim(?:med|s|ming)?))[ \u00a0]+(?:the|its|their|this|next)"
                                 r"[ \u00a0]+[^,;:.()\d]{0,80}?[ \u00a0]by[ \u00a0]+"
                                 r"(?:(?:about|around|roughly|some|nearly|almost|more[ \u00a0]+than|"
                                 r"up[ \u00a0]+to|a[ \u00a0]+further)[ \u00a0]+)?$")


def _verb_far_before_by(low: str, d: dict[str, Any]) -> tuple[int, str] | None:
    """A transitive verb of change further back than the words read before an amount after
    "by" ("cut the herring catch off Scotland's west coast by 23 per cent"): its direction."""
    m = _VERB_FAR_BEFORE_BY.search(low, max(d["sentence"][0], d["start"] - 130), d["start"])
    if m is None:
        return None
    return (0, "up" if m.group("up") else "down")


# "a loss of" right before a figure: of a holding, a fall (of profit, a level: "a loss of $5m")
_LOSS_OF = re.compile(r"\b(?:net\s+)?loss\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$")



# a change whose verb an earlier clause of its sentence gave, the amount then "to" and a value:
# "rose 23% to £14.9m, ..., and at the Donkey Sanctuary 10% to £24.8m"
_GAPPED_OPEN = re.compile(r",[ \u00a0]+and[ \u00a0]+(?:(?:at|in|for|among)[ \u00a0]+)?(?:the[ \u00a0]+)?"
                          r"(?:[\w’'-]+[ \u00a0]+){1,4}$")
_TO_FIGURE = re.compile(r"[ \u00a0]+to[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+)?[$€£]?\d")
# "... and the jobless rate by": a second amount of change whose verb is the one before
_GAPPED_BY = re.compile(r"\band[ \u00a0]+(?:(?:the|its|their)[ \u00a0]+)?(?:[\w’'-]+[ \u00a0]+){1,4}"
                        r"by[ \u00a0]+(?:(?:about|around|nearly|almost|some|more[ \u00a0]+than)"
                        r"[ \u00a0]+)?$")
# ("revised down by 61,000 to 118,000, and July's by 25,000": a revision's way, everyday102)
_VERB_BY = re.compile(r"\b(?:revised[ \u00a0]+)?(risen|rose|grown|grew|climbed|jumped|increased|"
                      r"fallen|fell|dropped|declined|decreased|slipped|shrunk|shrank|(?<=revised )"
                      r"(?:down|up))[ \u00a0]+by[ \u00a0]+"
                      r"(?:(?:about|around|nearly|almost|some|more[ \u00a0]+than)[ \u00a0]+)?[$€£]?\d")
_VERB_AMOUNT_TO = re.compile(r"\b(rose|grew|climbed|jumped|increased|fell|dropped|declined|"
                             r"decreased|slipped|slumped)[ \u00a0]+(?:by[ \u00a0]+)?[$€£]?[\d.,]+"
                             r"(?:%|[ \u00a0]*(?:per[ \u00a0]+cent|percent|points?|[a-z]{1,2}))?"
                             r"[ \u00a0]+to[ \u00a0]+[$€£]?\d")


def _gapped_direction(low: str, d: dict[str, Any], before: str, after_words: str) -> str | None:
    """The direction of an amount whose verb its sentence gave once for two changes ("rose 23%
    to £14.9m, 36% of its income, and at the Donkey Sanctuary 10% to £24.8m"): after ", and"
    and a name, with "to" and a value after it, the verb of the last "VERB N to V" before."""
    if _GAPPED_BY.search(before):
        # "the number of unemployed has risen by 8.2 million and the jobless rate by 5.3
        # percentage points": the verb of the last "VERB by N" before
        by = list(_VERB_BY.finditer(low, d["sentence"][0], d["start"]))
        return (("down" if _DOWN.fullmatch(by[-1].group(1)) else "up") if by else None)
    if not _GAPPED_OPEN.search(before) or not _TO_FIGURE.match(after_words):
        return None
    verbs = list(_VERB_AMOUNT_TO.finditer(low, d["sentence"][0], d["start"]))
    if not verbs:
        return None
    return "up" if verbs[-1].group(1) in ("rose", "grew", "climbed", "jumped", "increased") \
        else "down"


# a transitive change verb, its object (one to three words, no figure) and the percentage right
# after: "lifts underlying profit 11%", "cut its dividend 20%"
_VERB_OBJECT_PERCENT = re.compile(
    r"\b(lift(?:s|ed)?|boost(?:s|ed)?|rais(?:es|ed)|increas(?:es|ed)|grow(?:s)?|grew|"
    r"cut(?:s)?|lower(?:s|ed)|slash(?:es|ed)?|trim(?:s|med)?|reduc(?:es|ed))"
    r"[ \u00a0]+(?:(?:its|their|the|his|her|annual|yearly|quarterly|full-year|half-year|"
    r"underlying|pre-tax|pretax|operating|net|core|total|group|[a-z]+)[ \u00a0]+){0,2}"
    r"(?:profits?|sales|revenues?|turnover|earnings|dividends?|payouts?|prices?|fares?|"
    r"rents?|output|spending|budget|forecasts?|guidance|margins?|pay|wages?|salaries|"
    r"income|investment|production|exports?|imports?|bills?|fees?|charges?)[ \u00a0]+(?:by[ \u00a0]+)?$")


# nouns of a change that say no direction of their own
_NO_DIRECTION_OF = re.compile(r"\b(?:improvement|deterioration|slowing|easing|acceleration)\s+of\s+(?:about\s+|some\s+|"
                              r"nearly\s+|almost\s+)?$")


# an amount with its own noun that sets one figure against another written after it: "3.9
# bushels more than 2022's 173.4", "72 points below Tuesday's reading of 494" (never "8,849
# metres above sea level": no figure after)
_GAP_TO_FIGURE = re.compile(r"^[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?(?:(more|higher|fewer|less|lower)"
                            r"[ \u00a0]+than|(above|below|behind|ahead[ \u00a0]+of))[ \u00a0]+(?:(?:the|a|an|its|their)"
                            r"[ \u00a0]+)?(?:[\w’'-]+[ \u00a0]+){0,3}?[$€£]?\d")
_GAP_AFTER_AMOUNT = re.compile(r"(?:[ \u00a0]*,[ \u00a0]*or[ \u00a0]+[^,.;:!?]{1,25},)?"    # ", or almost 3%,"
                               r"[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?(?:above|below|behind|ahead[ \u00a0]+of|"
                               r"more|fewer|less|higher|lower)\b")
# a clause joined after an amount, before its gap word: " points and well below the "
_AND_THEN_GAP = re.compile(r"\b(?:and|but|while|yet)\b")
_GAP_WORD = re.compile(r"\b(?:above|below|behind|ahead[ \u00a0]+of)[ \u00a0]+(?:(?:the|a|an|its|their)[ \u00a0]+)?"
                       r"(?:" + _NAMED_WORD + r"[ \u00a0]+){0,3}$")


# a percentage named as an amount of change by the noun right after it: "a 3.4% increase"
# (or a comparative with its noun: "domestic demand rose 4% on 2.1% more capacity")
_AMOUNT_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:(?:increase|rise|fall|drop|decline|decrease|gain|"
                                r"jump|growth|contraction|slump|cut)s?\b|(?:more|less|fewer)"
                                r"[ \u00a0]+[a-z])")


# a list going on to its next item after a change: ", and the Greens"
_NEXT_ITEM = re.compile(r",\s+and\s+(?:the\s+)?[A-Za-z]")


# a clause of its own verb and noun before a "to": "... and lifting its domestic total to",
# ", bringing the total to"
_OWN_TO_CLAUSE = re.compile(r"(?:,|\band\b)[ \u00a0]+[a-z]+(?:ing|ed)[ \u00a0]+(?:its|their|the|his|her)"
                            r"[ \u00a0]+[^,;]*\bto[ \u00a0]+")
# a level written right before its amount of change: "taking $20 million, down 12%"
_LEVEL_THEN_AMOUNT = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:up|down|higher|lower)?[ \u00a0]*")

# a concessive clause after an amount: ", though it stays above", ", although still below"
_CONCESSION = re.compile(r"[,;]\s*(?:though|although|even\s+though|yet|but)\b")
# the level a change reached, after "at": "9.5% higher than a year earlier at £290,000"
# a level a move ended at: "closed 137.97 points lower at 5,123.02, a fall of 2.6%"
_MOVED_AT = re.compile(r"\b(?:lower|higher|down|up|off)\s+at\s+$")


def _named_new(low: str, ss: int, start: int) -> bool:
    """Whether the words before a figure starting at ``start`` (its sentence opening at
    ``ss``) make it the new value of a change: "rose ... to 6,270.4", "lower at 5,123.02",
    "down 87.6 points at 5,970.1"."""
    return bool(_TO.search(low, max(ss, start - 12), start) or
                _MOVED_AT.search(low, max(ss, start - 12), start) or
                _MOVED_BY_AT.search(low, max(ss, start - 40), start))


def _new_named_for(low: str, d: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether the words before ``new`` make it amount ``d``'s new value (``_named_new``), or
    a level a verb says was reached ("reached a record 21 million a week, up a million") is
    the new value of an amount after it; a percentage there is paired with the amount after
    it instead ("up 7% or 84 million")."""
    ss, start = d["sentence"][0], new["start"]
    return _named_new(low, ss, start) or (
        d["unit"] != "percent" and _REACHED.search(low, max(ss, start - 40), start) is not None)


# "down 87.6 points at 5,970.1", "up 19.5p at 314.75p", "off 3% at 120": an amount after
# "up"/"down"/"off", at most its unit's word, then "at" before the level it brought its figure to
_MOVED_BY_AT = re.compile(r"\b(?:up|down|off)[ \u00a0]+(?:by[ \u00a0]+)?[$€£¥]?\d[\d,.]*"
                          r"(?:[ \u00a0]*(?:[a-z]+|%))?[ \u00a0]+at[ \u00a0]+"
                          r"(?:(?:about|around|some|roughly|nearly|almost)[ \u00a0]+)?$")


# a verb that says a level was reached, right before it: "reached a record", "hit an all-time
# high of" (not "stood at", which a "when" clause gives an earlier level with)
_REACHED = re.compile(r"\b(?:reached|hit|totall?ed)[ \u00a0]+(?:(?:a|an)[ \u00a0]+"
                      r"(?:record|all-time[ \u00a0]+high[ \u00a0]+of|new[ \u00a0]+high[ \u00a0]+of)"
                      r"[ \u00a0]+)?$")

_AT_VALUE = re.compile(r"\bat\s+(?:(?:about|around|some|roughly|nearly|almost)\s+)?$")
# a "to" right before a figure, the change's new value after the period it is counted over:
# "climbed 8.3% on the month to 656,000, from 606,000" (not "compared to")
_ENDS_TO = re.compile(r"(?<!compared)\sto\s+(?:(?:about|around|some|roughly|nearly|almost)\s+)?$")
# the level a change leaves its subject with, written as a clause of its own: "lost 9.1% of its
# residents, leaving it with 722", "shed 12 seats, which left it on 13", "and now has 722"
# (a pronoun or the subject's noun before "with/at/on"; a bare "leaving 33.5%" is the rest of a
# whole, never the new level)
_LEFT_WITH_LEVEL = re.compile(
    r"(?:,[ \u00a0]*|[ \u00a0]+and[ \u00a0]+)(?:(?:which|that)[ \u00a0]+)?(?:leaving|left|leaves)"
    r"[ \u00a0]+(?:it|them|(?:the|its|their)[ \u00a0]+[a-z]+)[ \u00a0]+(?:with|at|on)[ \u00a0]+"
    r"(?:(?:about|around|some|roughly|nearly|almost|just)[ \u00a0]+)?$|"
    r"[ \u00a0]+and[ \u00a0]+now[ \u00a0]+(?:has|have|stands[ \u00a0]+at|stand[ \u00a0]+at)[ \u00a0]+"
    r"(?:(?:about|around|some|roughly|nearly|almost|just)[ \u00a0]+)?$")


def _new_value_gap(gap: str) -> bool:
    """Whether the words before a figure make it a change's new value: "to", "at", ", leaving
    it with"."""
    return bool(_TO.search(gap) or _AT_VALUE.search(gap) or _LEFT_WITH_LEVEL.search(gap))


def _rate_beside(d: dict[str, Any], x: dict[str, Any], gap: str) -> bool:
    """Whether percentage ``x`` after change ``d`` is a rate of another measure set beside it
    ("an increase of 27% against inflation of about 11%"), never its earlier value."""
    return d["unit"] == "percent" and x["unit"] == "percent" and \
        not any(k == "percentage_points" for k, _ in d["extra"]) and \
        _AGAINST_A_RATE.search(gap) is not None


# a figure a forecast gives: never the earlier value of a change
_FORECAST_BEFORE = re.compile(r"\b(?:expects?|expected|forecasts?|predicts?|predicted|projects?|"
                              r"projected|will|would|could)\b[^.;,\d]{0,30}$")
_CLAUSE_CUT = re.compile(r",|;|\b(?:and|while|as|but)\b")
# a clause opened by a participle after a comma whose "to" is an infinitive, words standing
# between it and the figure: ", becoming the first side to take four titles" (not ", bringing
# the total to 1,545")
# "to take", "to account for": the infinitive of a share a change brought its figure to
_TO_TAKE_SHARE = re.compile(r"\bto\s+(?:take|account\s+for|make\s+up|represent|claim|capture|"
                            r"command)\s+(?:(?:a|an|the|about|around|some|nearly|almost|just)\s+)?$")
# a participle moving another measure of the subject's, a standing rather than the amount's
# own ("Sainsbury's sales grew 4.8%, taking its share to 16.1% from 16%": the share's two
# levels, never the values of a 4.8% rise in sales); the noun is named in the group
_OWN_STANDING_TO = re.compile(r",\s*(?:taking|lifting|pushing|raising|bringing|leaving|cutting|"
                              r"lowering|edging)\s+(?:its|their|his|her)\s+(?:market\s+)?"
                              r"(?P<noun>share|stake|margin|lead)\s+(?:up\s+|down\s+)?to\s+$")
_PARTICIPLE_THEN_TO = re.compile(r",\s*[a-z]+ing\b[^,;.]*\bto\s+(?!(?:about|around|some|roughly|"
                                 r"nearly|almost|over|more\s+than)\s+$)[a-z]+\s+(?:[a-z]+\s+)?$")
# the finite verb of another change ("up from 5.8%" after a comma still speaks of the level)
_CLAUSE_VERB = re.compile(r"\b(?:rose|fell|grew|climbed|jumped|dropped|declined|increased|"
                          r"decreased|slipped|eased|slowed|surged|soared|plunged|tumbled|edged|"
                          r"rises|falls|grows|climbs|has\s+risen|has\s+fallen|"
                          # a move yet to come: "..., while pulses are set to slip to 9.22
                          # million tonnes from 9.34 million"
                          r"(?:to|will|would|could|may|might)\s+(?:rise|fall|grow|climb|drop|"
                          r"decline|increase|decrease|slip|ease|slow|jump|edge|dip)|"
                          # a clause whose actor moves another thing: "..., after the Bank of
                          # England raised its base rate to 0.75% from 0.5%"
                          r"raised|lifted|lowered|hiked|trimmed|slashed|reduced|boosted|"
                          r"(?:has|have|had)\s+(?:raised|cut|lifted|lowered))\b")


# a clause after the amount that tells the same move with its levels: "the 8.43p added in May
# 2008, when diesel climbed from 120.83p to 129.26p" (the time of the amount, "when")
_WHEN_SAME_MOVE = re.compile(r"^[^,;]*,[ \u00a0]+when[ \u00a0]+(?P<subj>(?:[\w’'-]+[ \u00a0]+){1,3}?)"
                             r"(?:rose|fell|grew|climbed|jumped|dropped|declined|increased|"
                             r"decreased|slipped|eased|surged|soared|plunged|tumbled|went[ \u00a0]+"
                             r"(?:up|down))[ \u00a0]+from[ \u00a0]+\W?$")


def _when_same_move(low: str, gap: str, d: dict[str, Any]) -> bool:
    """Whether ``gap`` after amount ``d`` is a "when" clause telling the same move with its
    levels: its subject is a pronoun or a thing named in the 250 characters before the amount
    ("Diesel went up 6.12p. That was ... behind the 8.43p added in May 2008, when diesel
    climbed from ..."), not another thing ("Prices rose 3% in May, when diesel climbed")."""
    m = _WHEN_SAME_MOVE.search(gap)
    if m is None:
        return False
    subj = m.group("subj").split()
    head = subj[-1]
    if head in ("it", "they", "prices", "price", "this", "that"):
        return True
    return re.search(rf"\b{re.escape(head)}\b", low[max(0, d["start"] - 250):d["start"]]) \
        is not None


# the direction said again before the earlier value: "rose 4% to 1.035 billion, up from"
_SAME_WAY_FROM = {
    way: re.compile(r",[ \u00a0]*(?:" + words + r")[ \u00a0]+from[ \u00a0]+(?:the[ \u00a0]+)?"
                    r"(?:[\w’'-]+[ \u00a0]+){0,3}$")
    for way, words in (("up", "up|higher|rising|increasing"), ("down", "down|lower|falling"))}
_NEVER = re.compile(r"(?!)")


_WHICH_LEAVES = re.compile(r",\s*(?:which|that)\s+(?:would\s+|will\s+|could\s+)?"
                           r"(?:leave|leaves|left|put|puts|keep|keeps|kept|take|takes|took)\b")


# a figure's own amount of change right after its words: ", down 0.3 points", ", up by 4%"
# (after a word that sets it beside the level: _SET_BESIDE)
_SET_BESIDE = re.compile(r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:[^\d\s]+\s+){0,3}$")
# "from" with the words of a place or group and no direction before it: "those from further
# afield 29,300", "visitors from abroad 4.1 million"
_FROM_ORIGIN = re.compile(r"\b(?:those|people|students|visitors|tourists|applicants|arrivals|"
                          r"migrants|workers|patients|passengers|ones)\s+from\s+(?:[a-z][\w’'-]*\s+){1,3}$")
_OWN_CHANGE_AFTER = re.compile(r"[^\d,.;:()]{0,30},[ \u00a0]*(?:up|down|rising|falling)[ \u00a0]+"
                               r"(?:by[ \u00a0]+)?(?:about[ \u00a0]+|some[ \u00a0]+)?[\d£$€]")


def _beside_with_own_change(low: str, drafts: list[dict[str, Any]], j: int, n: int) -> bool:
    """Whether figure ``j`` is set beside another level ("against 98% of girls' entries") and
    the amount ``n`` right after it is its own change (", down 0.3 points"): then ``j`` is
    that change's new value and no level before it is its earlier one."""
    a, d = drafts[j], drafts[n]
    m = _OWN_CHANGE_AFTER.match(low, a["end"])
    if m is None or not m.end() - 1 <= d["start"] < m.end() + 12:
        return False
    lead = max(a["sentence"][0], a["start"] - 40)
    # (or "from" names where it comes from, no earlier value: "those from further afield
    # 29,300, up 0.4%")
    return _SET_BESIDE.search(low, lead, a["start"]) is not None or \
        _FROM_ORIGIN.search(low, lead, a["start"]) is not None


# a change of something else named between an amount and the values after it: "after April's
# rise in the sales tax", "following a cut in interest rates"
_ANOTHER_CHANGE_OF = re.compile(r"\b(?:after|following|since|despite|with)\b[^,;.]{0,30}?\b(?:rise|"
                                r"increase|hike|cut|fall|drop|reduction)s?[ \u00a0]+in[ \u00a0]+")


# the measure a change noun names after the amount: "a 17% rise in earnings per share"
_CHANGE_IN = re.compile(r"[ \u00a0]+(?:rise|increase|jump|gain|climb|fall|drop|decline|decrease)"
                        r"[ \u00a0]+in[ \u00a0]+((?:[a-z][\w-]*[ \u00a0]*){1,4})")


def _pair_of_named_measure(low: str, drafts: list[dict[str, Any]], same: list[int],
                           d: dict[str, Any], frm: int, to: int) -> tuple[int, int]:
    """The pair a change is between when its noun names the measure ("from $7.80 billion, or
    $1.42 a share, a 17% rise in earnings per share"): the figures of that measure said right
    after the pair's values, not the values themselves, when theirs is another."""
    m = _CHANGE_IN.match(low, d["end"])
    if m is None:
        return frm, to
    named = " ".join(m.group(1).split())
    if str(drafts[to].get("measure") or "").replace("_", " ") in named:
        return frm, to

    def said_again(x: int) -> int | None:
        nxt = next((j for j in same if j > x), None)
        return nxt if nxt is not None and drafts[nxt].get("measure") and \
            str(drafts[nxt]["measure"]).replace("_", " ") in named else None
    t2, f2 = said_again(to), said_again(frm)
    return (f2, t2) if t2 is not None and f2 is not None else (frm, to)


_OPEN_BRACKET = re.compile(r"[ \u00a0]*\([ \u00a0]*")


def _passed_over(low: str, drafts: list[dict[str, Any]], j: int, gap: str, frm: int | None,
                 to: int | None) -> bool:
    """Whether figure ``j`` (``gap`` before it) among an amount's values is none of them and
    the search for them goes on past it."""
    x = drafts[j]
    if not gap.strip() and _PER_UNIT.fullmatch(low, x["start"], x["end"]):
        return True     # "to 9.1 tonnes a hectare from 8.6 tonnes": the rate's "a hectare"
    if frm is None and to is None and _SPAN_GAP.fullmatch(gap) and \
            _SPAN_UNIT.fullmatch(x["unit"] or ""):
        return True     # "has grown by 734 in five weeks to 84,533": the change's own span
    if not gap.strip() and to is not None and j - 1 == to and x["unit"] and \
            x["unit"] != drafts[to]["unit"]:
        return True     # "to 91.3 million 60kg bags ..., from 100.9 million bags": the size
        # of what the new value counts, written right after it, no value of the change
    if to is not None and j - 1 == to and x["unit"] and drafts[to]["unit"] and \
            x["unit"] != drafts[to]["unit"] and _OPEN_BRACKET.fullmatch(gap):
        return True     # "fell 9.5% to 25.24 billion yuan ($4.05 billion), from 27.88 billion
        # yuan": the new value converted in brackets, no value of the change
    # "fell 4% to $194 million, or $1.72 a share, from $202 million": the value said again
    # per share
    return (frm is not None or to is not None) and _OR_SAID_AGAIN.fullmatch(gap) is not None


# a later move of the level after the change: "..., before returning to 2.0% in 2027", "and
# then rising to"
# a change's base named in words, then another move: "from that peak but up from"
_WORDED_BASE_THEN = re.compile(r"\bfrom[ \u00a0]+(?:[a-z’'-]+[ \u00a0]+){1,3}(?:but|while|though|"
                               r"although|yet|and)[ \u00a0]+(?:still[ \u00a0]+|is[ \u00a0]+|was[ \u00a0]+)?"
                               r"(?:up|down|higher|lower)\b")
_LATER_MOVE = re.compile(r"\b(?:before|then|later|after\s+which)\s+(?:[a-z]+ing|[a-z]+ed)\s+"
                         r"(?:back\s+)?(?:to|at)\s+(?:(?:about|around|nearly|almost|some"
                         r"|just)\s+)?$")


# an earlier value set apart as an extreme: ", down from a peak of", ", up from a record low of"
_FROM_AN_EXTREME = re.compile(r",\s*(?:down|up|back)\s+from\s+(?:a|an|the|its|their)\s+"
                              r"(?:[a-z-]+\s+){0,2}?(?:peak|high|low|record|top|trough)\s+of\s+"
                              r"(?:(?:about|around|nearly|almost|some|just)\s+)?$")


_IN_YEAR_AFTER = re.compile(r"[ \u00a0]+in[ \u00a0]+((?:19|20)\d\d)\b(?![-\u2013/])")


def _years_back(low: str, drafts: list[dict[str, Any]], b: dict[str, Any],
                new: dict[str, Any]) -> bool:
    """Whether ``b``, written with its own year ("7.7% in 2019"), is of a year more than one
    before the year of the new level ``new`` (its period's, else the latest of the story's)."""
    m = _IN_YEAR_AFTER.match(low, b["end"])
    if m is None:
        return False
    now = new.get("period") or max((x["period"] for x in drafts if x.get("period")),
                                   key=lambda p: p[1], default=None)
    return now is not None and int(m.group(1)) < now[1].year - 1


def _beside_apart(low: str, drafts: list[dict[str, Any]], j: int, to: int | None) -> bool:
    """Whether figure ``j``, set beside a change's new level, is a level of its own: one with
    its own change ("97.1% of boys' entries, down 0.2 points, against 98% of girls' entries,
    down 0.3 points"), or of a year further back than the one before ("rose 0.4 points to
    9.3%, against 7.7% in 2019"): no earlier value of the change."""
    return bool(_OWN_CHANGE_AFTER.match(low, drafts[j]["end"])) or \
        to is not None and _years_back(low, drafts, drafts[j], drafts[to])


def _not_one_change(low: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether earlier value ``a`` and new value ``b`` can be no two values of one change:
    two things, each named by its own noun ("seven airports handled 8.8 million passengers,
    10.7% more than ...": never airports and passengers; but "Cases ... rose 48% to 1,204
    reports, from 814": the 814 names nothing of its own), or a rate and a level ("rose 3.4%,
    up from 2.8% ..., taking the average home to £292,000")."""
    if not one_measure(a, b) and _OWN_NOUN.match(low, a["end"]) and \
            _OWN_NOUN.match(low, b["end"]):
        return True
    return "percent" in (a["unit"], b["unit"]) and a["unit"] != b["unit"]


def _no_rate(d: dict[str, Any], x: dict[str, Any], frm: int | None, to: int | None) -> bool:
    """Whether amount ``d`` is in points, ``x`` no percentage, and no value of ``d`` found yet:
    "2% from 2.5%, half a percentage point lower, leaving the average home at £214,745" (an
    amount in points moves a rate, never a price or a count after it)."""
    return frm is None and to is None and x["unit"] != "percent" and \
        any(k == "percentage_points" for k, _ in d["extra"])


_AGAINST_A_RATE = re.compile(r"\b(?:against|compared[ \u00a0]+(?:with|to)|versus|outpacing|"
                             r"outstripping)[ \u00a0]+(?:an?[ \u00a0]+|the[ \u00a0]+)?(?:[a-z-]+[ \u00a0]+){0,2}?"
                             r"(?:inflation|price[ \u00a0]+rises|growth|pay[ \u00a0]+growth|earnings"
                             r"[ \u00a0]+growth)[ \u00a0]+(?:of|at|running[ \u00a0]+at)[ \u00a0]+(?:(?:about|"
                             r"around|roughly|some|nearly|almost|just)[ \u00a0]+)?$")


# from the earlier value of a move to the amount after it: "fell to 180,329 from 190,549 at the
# end of August, a drop of 10,220"
_AMOUNT_AFTER_PAIR = re.compile(r"(?:[ \u00a0]+[\w’'-]+){0,6}?[ \u00a0]*,[ \u00a0]*(?:a|an)[ \u00a0]+"
                                r"(?:[a-z]+[ \u00a0]+)?(?:drop|fall|rise|increase|decrease|decline|"
                                r"gain|cut|reduction|jump|climb)[ \u00a0]+of[ \u00a0]+"
                                r"(?:(?:about|around|some|nearly|almost|just)[ \u00a0]+)?")


def _pair_right_before(low: str, drafts: list[dict[str, Any]], same: list[int],
                       k: int) -> tuple[int, int] | None:
    """(from, to) of the move that amount ``same[k]`` names right after it, in apposition: "fell
    to 180,329 from 190,549 at the end of August, a drop of 10,220, against 249,024 a year
    before" (the amount is that move's, not one from the figure set against later); None
    otherwise."""
    if k < 1 or not _AMOUNT_AFTER_PAIR.fullmatch(low, drafts[same[k - 1]]["end"],
                                                 drafts[same[k]]["start"]):
        return None
    p = drafts[same[k - 1]]
    dirn = next((v for x, v in p["extra"] if x == "direction"), None)
    pair = None
    if p.get("role") == "compared" and isinstance(dirn, dict) and dirn.get("to") in same[:k - 1]:
        pair = same[k - 1], int(dirn["to"])     # "to 180,329 from 190,549, a drop of"
    elif k >= 2:
        # "dropped from 1,237 to 1,103, a fall of 134": the earlier value before the new one
        q = drafts[same[k - 2]]
        dirn = next((v for x, v in q["extra"] if x == "direction"), None)
        if q.get("role") == "compared" and isinstance(dirn, dict) and \
                dirn.get("to") == same[k - 1]:
            pair = same[k - 2], same[k - 1]
    if pair is not None and any(drafts[j].get("role") == "change" for j in same[:k]):
        return None     # "by a quarter of a point to 2%, down from a peak of 4%, a cut of two
        # points in all": the move has an amount of its own before; the one after is another
    return pair


def _values_after(low: str, drafts: list[dict[str, Any]], same: list[int], k: int,
                  i: int, direction: str | None = None) -> tuple[int | None, int | None]:
    """(from, to) among the figures after amount ``i`` (the ``k``-th of its sentence
    ``same``), up to MAX_CHANGE_SPAN of them: "up 300 from 1,200 to 1,500", the wire order
    "rose 9% to A from B" too. (The whole sentence from each amount was quadratic.)"""
    frm = to = None
    ranged = False      # the earlier value came by a gap word ("above the"), not "from"
    d = drafts[i]
    if (pair := _pair_right_before(low, drafts, same, k)) is not None or _range_of_amounts(low, d):
        return pair or (None, None)     # (the move before; or "by 4% to 10%", maybe a range)
    for j in same[k + 1:k + 1 + MAX_CHANGE_SPAN]:
        gap = low[drafts[j - 1]["end"] if j - 1 >= i else d["end"]:drafts[j]["start"]]
        if drafts[j].get("role") in _NOT_VALUE or _no_rate(d, drafts[j], frm, to):
            break
        if _passed_over(low, drafts, j, gap, frm, to):
            continue
        if frm is None and to is None and (_ANOTHER_CHANGE_OF.search(gap) or
                                           _WORDED_BASE_THEN.search(gap) or
                                           _OTHER_SIDE_ON.search(gap)):
            break   # another change's or another subject's values (the patterns')
        if (frm is not None or to is not None) and (_UP.search(gap) or _DOWN.search(gap)) \
                and not (frm is None and _SAME_WAY_FROM.get(direction or "", _NEVER).search(gap)):
            break   # "..., while net income fell 20% to ...": the next change's values (but
            # "rose 4% to 1.035 billion in 2012, up from 996 million" gives its earlier value)
        cut = _CLAUSE_CUT.search(gap) if frm is None and to is None else None
        if cut is not None and _CLAUSE_VERB.search(gap, cut.end()) and \
                not _when_same_move(low, gap, d):
            break   # "Online sales rose 3.4%, and the share ... rose to 26.6% from 26.2%"
        if _NEXT_ITEM.search(gap):
            break   # "Labour won five, two more than before, and the Greens four": the
            # next item of a list, not the change's earlier value
        if (frm is None and to is not None and _FROM_AN_EXTREME.search(gap)) or \
                (frm is None and to is None and _LATER_MOVE.search(gap)):
            break   # a peak several steps back, or a move after the change (the patterns')
        if frm is None and _CONCESSION.search(gap):
            break   # "fell from 68.2% to 67.6%, a drop of 0.6 points, though it stays above the
            # 67.3% of 2019": a clause that concedes sets the level against another time
        if frm is None and _rate_beside(d, drafts[j], gap):
            break   # "an increase of 27% against inflation of about 11%" (_rate_beside)
        if frm is None and _AGAINST_EXPECTED.search(gap):
            break   # "a drop of 2.7 points, against a target of 93%": set against what was
            # aimed at or forecast, never the change's earlier value
        if frm is None and to is not None and _WHICH_LEAVES.search(gap):
            break   # "to 17.5% ..., which would leave the rate below the 19% inflation
            # expected": a relative clause sets the new value against another thing
        if frm is None and _AMOUNT_NOUN_AFTER.match(low, drafts[j]["end"]) and \
                not re.search(r"\bfrom\s+(?:an?\s+|the\s+)?$", gap):
            break   # "rise by 2% to 3% ..., on top of a 3.4% increase last year": another
            # amount of change, named by its noun, is no earlier value
        if frm is None and _NORM_AFTER.match(low, drafts[j]["end"]) and \
                _SET_BESIDE.search(gap):
            break   # "fell two points to 67.7%, against 80.5% normally": the norm
        if frm is None and _EXPECTED_AFTER.match(low, drafts[j]["end"]):
            break   # "up 16%, against the $1.30 analysts had forecast": what was expected,
            # never the change's earlier value
        if frm is None and _SET_BESIDE.search(gap) and _beside_apart(low, drafts, j, to):
            break   # "against 98% of girls' entries, down 0.3 points", "to 9.3%, against 7.7%
            # in 2019": a level set beside the new one, no earlier value (_beside_apart)
        if frm is None and (FROM_SOURCE.search(gap) or _RANKED_BESIDE.search(gap)):
            break   # "need 43 more from their last 17 games" (what it is made in), "to
            # 36.8%, behind X on 38.7%" (a rival's level): never its earlier value
        if frm is None and to is not None and _PREVIOUS_CLOSE.match(gap):
            frm = j
        elif frm is None and (_FROM.search(gap) or _GAP_WORD.search(gap)) and \
                not _AT_VALUE.search(gap) and not (to is None and _ENDS_TO.search(gap)):
            if _FROM.search(gap) is None and (to is not None and "," in gap or
                                              _AND_THEN_GAP.search(gap)):
                break   # "to 330 million, still below the 336 million of a year ago", "a fall
                # of 2.5 points and well below the 85% target": another level beside it
            frm = j
            ranged = _FROM.search(gap) is None
        elif to is None and _new_value_gap(gap):
            if _TO_TAKE_SHARE.search(gap) or _standing_of_another_measure(low, d, gap):
                break   # "rose 32.1% to take 8.9% of the market": the share it came to hold,
                # a figure of another measure, no new value of the change
            if _PARTICIPLE_THEN_TO.search(gap):
                break   # "two more than Arsenal on 89, becoming the first side to take four
                # titles": an infinitive of another clause, no new value of the change
            if frm is not None and _OWN_TO_CLAUSE.search(gap) and k and \
                    _LEVEL_THEN_AMOUNT.fullmatch(low, drafts[same[k - 1]]["end"], d["start"]) \
                    and drafts[same[k - 1]]["unit"] == drafts[frm]["unit"]:
                # "taking $20 million, down 12% from $22.8 million ... and lifting its domestic
                # total to $54.3 million": the level stands before the amount; the "to" is
                # another clause's (a running total), not the change's new value
                break
            if frm is not None and ranged and gap.strip() in ("to", "-", "\u2013"):
                # "rose 8.4%, above the 1% to 3% target range": a range the amount is set
                # against, no earlier and new value of its change
                return None, None
            to = j
        else:
            break
        if frm is not None and to is not None:
            break
    if frm is not None and (_beaten_forecast(low, drafts[frm]) or
                            _other_base_after(low, drafts[frm], d)):
        frm = None      # (a forecast beaten is no earlier value; nor, for "rose 15% on a year
        #                  earlier to 182 million, up from 180 million at the end of December",
        #                  a value of another span back than the amount's own base)
    return frm, to   # (a "to" without a "from" is the caller's to keep or drop)


def _standing_of_another_measure(low: str, d: dict[str, Any], gap: str) -> bool:
    """Whether ``gap`` (from amount ``d`` to a figure after it) opens a participle clause that
    moves the subject's share, stake, margin or lead (``_OWN_STANDING_TO``) while the amount's
    own words name another measure: "sales grew 4.8%, taking its share to 16.1%" (but "its
    share rose 0.4 points, taking its share to 30.4%" keeps its values)."""
    m = _OWN_STANDING_TO.search(gap)
    return m is not None and m.group("noun") not in low[d["sentence"][0]:d["start"]]


# a clause that sets another subject's level beside the amount's: ", with the Conservatives
# on ", "; and the Greens at " ("Labour is on 39%, down three points, with the Conservatives on
# 35%": never the change's earlier value)
_OTHER_SIDE_ON = re.compile(r"[,;][ \u00a0]*(?:with|and|while|whereas|as)[ \u00a0]+(?:the[ \u00a0]+)?"
                            r"(?:[a-z][\w’'.-]*[ \u00a0]+){1,4}?(?:on|at)[ \u00a0]+$")


# a rival ranked beside the changed one, and its level: ", behind TransPennine Express on ",
# "ahead of Labour at ", "followed by the Greens with "
_RANKED_BESIDE = re.compile(r"\b(?:behind|ahead[ \u00a0]+of|followed[ \u00a0]+by|trailing|"
                            r"level[ \u00a0]+with|tied[ \u00a0]+with)[ \u00a0]+(?:the[ \u00a0]+)?"
                            r"(?:[\w’'.&-]+[ \u00a0]+){1,5}?(?:on|at|with)[ \u00a0]+"
                            r"(?:(?:about|around|some|just)[ \u00a0]+)?$")


# the span a change took, between its amount and its values: " in ", " over the past "
_SPAN_GAP = re.compile(r"[ \u00a0]+(?:in|over|within)[ \u00a0]+(?:(?:the|just)[ \u00a0]+)?"
                       r"(?:(?:past|last|first)[ \u00a0]+)?")
_SPAN_UNIT = re.compile(r"(?:hour|day|week|month|year)s?")


def _back(seq: list[int], pos: int) -> Iterator[int]:
    """``seq[pos - 1]``, ``seq[pos - 2]``, ... ``seq[0]``, without copying ``seq[:pos]``."""
    for p in range(pos - 1, -1, -1):
        yield seq[p]


# the same change given again as another amount: "to 163,646 from 140,552, an increase of
# 16.4%", "than the £9,250 cap that has applied since 2017, an increase of about 3.1%" (not
# "from $5.93 billion a year earlier and up 34% from the previous quarter")
@lru_cache(maxsize=1)
def _same_change_cue() -> re.Pattern[str]:
    """The words between an earlier value and a second amount of its change (nouns:
    rules/vocab/changes.yaml ``restating``)."""
    return re.compile(r"(?:\s+(?:[^\d,;.()]|(?:19|20)\d\d){1,60}?)?"
                      r"\s*,\s*(?:or|(?:an?\s+)?(?:" + change_words("restating") + r")\s+of)\s+"
                      r"(?:about\s+|nearly\s+|almost\s+)?")


# (or "..., and online spending fell 1.7%": a clause of its own subject and change verb; not
# "..., and that was a rise of 4%", which speaks of the change before; nor a clause that gives
# the cause, "fell 16%, from £43.4m to £36.5m, after gifts in wills dropped by £6.5m")
_OTHER_CLAUSE = re.compile(r",\s+(?:while|whereas|but|although|though)\s+|;\s+|"
                           r",?\s+(?:and|after|as|because)\s+(?!(?:that|this|it|which)\b)"
                           r"(?:[a-z][\w’'-]*\s+){1,3}?"
                           r"(?:rose|fell|grew|dropped|climbed|jumped|slipped|declined|increased|"
                           r"decreased|edged|slid|shrank|soared|plunged|gained|lost|"
                           # (or a verb of a count of its own: ", and small businesses bought
                           # 5,872, down by more than 8%")
                           r"bought|sold|took|registered|recorded|reported|handled|carried|"
                           r"earned|spent|posted|received|issued)\b")


def _same_change(low: str, earlier: dict[str, Any], amount: dict[str, Any]) -> bool:
    """Whether ``amount`` is a second amount of the change whose earlier value ``earlier``
    ends: right after it ("..., an increase of 16.4%", "..., or 7.4%"), or at the end of the
    sentence's figures with no other change between and its direction after it ("fell 1.4% to
    1.71 billion from 1.73 billion ..., about 24 million fewer trips")."""
    if _same_change_cue().fullmatch(low, earlier["end"], amount["start"]):
        return True
    between = low[earlier["end"]:amount["start"]]
    # (an absolute amount in the values' unit: "and 17% higher than the previous quarter" is
    # another comparison)
    if amount["unit"] != earlier["unit"] or amount["unit"] == "percent" or \
            re.search(r"\band\s*$", between):
        return False
    return len(between) <= 120 and _UP.search(between) is None and \
        _DOWN.search(between) is None and \
        _CHANGE_AFTER.match(low[amount["end"]:amount["end"] + 40]) is not None


# the time an amount of change names as its own base, right after it: "up 10% on the year",
# "12% higher year on year", "down 3% from a year earlier"
_OWN_BASE = re.compile(r"[ \u00a0]+(?:(?:higher|lower|more|less)[ \u00a0]+)?(?:on[ \u00a0]+(?:the|a)"
                       r"[ \u00a0]+year\b|year[- ]on[- ]year\b|(?:from|on|than)[ \u00a0]+a[ \u00a0]+year"
                       r"[ \u00a0]+(?:earlier|before|ago)\b|(?:from|on|than)[ \u00a0]+(?:the[ \u00a0]+)?"
                       r"same[ \u00a0]+(?:month|quarter|period|time)[ \u00a0]+(?:a|last)[ \u00a0]+year\b)")
# words that date an earlier value to a year before: "from 675 million a year earlier"
_YEAR_BEFORE = re.compile(r"\b(?:a[ \u00a0]+year[ \u00a0]+(?:earlier|before|ago)|last[ \u00a0]+year|"
                          r"(?:19|20)\d\d|same[ \u00a0]+(?:month|quarter|period))\b")


def _other_base(low: str, frm: dict[str, Any], d: dict[str, Any]) -> bool:
    """Whether amount ``d`` names a year-earlier base of its own ("Users rose to 678 million
    from 675 million, up 10% on the year") while the earlier value before it is not dated to
    that time: the two are changes over different spans (a quarter's 675 million, the
    year's 10%), so the amount is no change between those values."""
    if _OWN_BASE.match(low, d["end"]) is None:
        return False
    # (the words that date the earlier value end at the next figure: "down from $3.36 a month
    # ago and $3.37 a year ago, a fall of seven cents on the year" dates the $3.36 a month back)
    nxt = _NEXT_FIGURE.search(low, frm["end"], d["start"])
    return _YEAR_BEFORE.search(low, frm["start"], nxt.start() if nxt else d["start"]) is None


_NEXT_FIGURE = re.compile(r"[$€£¥]?\d")


# words right after an earlier value that date it to a shorter span back than a year: "up from
# 180 million at the end of December", "from 406 million at the end of last year", "from 489
# million in the previous quarter", "from 57,047 a quarter earlier"
_SHORTER_BEFORE = re.compile(
    r"[ \u00a0]+(?:(?:at[ \u00a0]+the[ \u00a0]+end[ \u00a0]+of|in|during|for)[ \u00a0]+)?(?:"
    r"last[ \u00a0]+year\b|(?:the[ \u00a0]+)?(?:previous|last|prior|preceding)[ \u00a0]+"
    r"(?:quarter|month|week)\b|(?:a|one|the)[ \u00a0]+(?:quarter|month|week)[ \u00a0]+"
    r"(?:earlier|before|ago)\b|(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b(?![ \u00a0,]*(?:19|20)\d\d))")
# (a bare "last year" counts only after "at the end of": "from 406 million at the end of last
# year" is a quarter back, "from 616 million last year" may well be the year-earlier base)
_END_OF = re.compile(r"[ \u00a0]+at[ \u00a0]+the[ \u00a0]+end[ \u00a0]+of[ \u00a0]+")


def _other_base_after(low: str, frm: dict[str, Any], d: dict[str, Any]) -> bool:
    """Whether amount ``d`` names a year-earlier base of its own ("rose 15% on a year earlier
    to 182 million") while the earlier value found after it is dated to a shorter span back
    ("up from 180 million at the end of December"): a quarter's or month's change set beside
    the year's, so the amount is no change between those values (``_other_base`` reads the
    same with the earlier value before the amount)."""
    if _OWN_BASE.match(low, d["end"]) is None or frm["unit"] == "percent":
        return False    # (a rate after a rate, "6.5% higher than a year earlier, up from 5.8%
        #                  in October", is the annual rate set against last month's)
    m = _SHORTER_BEFORE.match(low, frm["end"])
    if m is None:
        return False
    return re.search(r"\blast[ \u00a0]+year\b", m.group(0)) is None or \
        _END_OF.match(low, frm["end"]) is not None


# between one pair of values and the next of a list of pairs: " and in northern ireland "
_AND_SIBLING_PAIR = re.compile(r"(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)(?:[\w’'.-]+[ \u00a0]+){0,4}")


# an earlier value named as an average: "from an average of 3.6 per count in 2013 to just 0.5"
# (its "of" is no "to" of a new value)
_FROM_AVERAGE = re.compile(r"\bfrom\s+(?:an?\s+|the\s+)?(?:average|mean|median)\s+of\s+$")


def _base_of_a_multiple(low: str, drafts: list[dict[str, Any]], same: list[int], p: int,
                        k: int) -> bool:
    """Whether the ``p``-th figure of ``same`` is the base of a multiple the figure right before
    the ``k``-th holds, which that amount of change names in apposition ("more than doubled
    their share, from 5.7% to 12.86%, a rise of 7.16 points": the 5.7% is the rise's earlier
    value too; not "halved, from 45,527 to 22,903, and those waiting more than a year fell by
    33,000", another clause's fall)."""
    j = same[p]
    if drafts[j].get("role") != "reference" or p != k - 2:
        return False
    new = drafts[same[k - 1]]
    return _NOUN_OF_CHANGE.fullmatch(low, new["end"], drafts[same[k]]["start"]) is not None and \
        any(kind == "relation" and isinstance(v, dict) and v.get("kind") == "multiple" and
            v.get("of") == j for kind, v in new["extra"])


# from the new value of a "to A from B" pair to its earlier value: " from ", " tonnes from "
_TO_THEN_FROM = re.compile(r"[ \u00a0]*(?:[a-z]+[ \u00a0]+)?from[ \u00a0]+[$£€]?")


def _values_before(low: str, drafts: list[dict[str, Any]], same: list[int], k: int,
                   used_from: dict[int, int]) -> tuple[int | None, int | None]:
    """(from, to) among the figures before the ``k``-th figure of sentence ``same``: "rose
    to 12% from 11.2%, an increase of 0.8 points"; a value another change already started
    from (``used_from``) is not this one's, unless to the same new value ("rose by 23,094 to
    163,646 from 140,552, an increase of 16.4%")."""
    frm = to = None
    at = 0      # frm's place in ``same``
    ss = drafts[same[k]]["sentence"][0]
    if k and _beside_with_own_change(low, drafts, same[k - 1], same[k]):
        return None, same[k - 1]
    # (not across a clause of another subject: "Revenue rose 5% to $2.1 billion from $2.0
    # billion, while costs fell by $40 million" is no change of revenue; nor across a
    # semicolon: "... down from 4.7%, and total pay by 4.8%; after inflation, pay rose 0.5%")
    cut = ss
    for m in _OTHER_CLAUSE.finditer(low, max(ss, drafts[same[k]]["start"] - 160),
                                    drafts[same[k]]["start"]):
        cut = m.end()
    for p in range(max(0, k - MAX_CHANGE_SPAN), k):
        j = same[p]
        if (drafts[j].get("role") in _NOT_VALUE and not _base_of_a_multiple(low, drafts, same, p, k)) \
                or drafts[j]["start"] < cut or \
                _EXPECTED_BEFORE.search(low, max(ss, drafts[j]["start"] - 40), drafts[j]["start"]):
            continue    # (nor a target or forecast: "against a target of 85%")
        lead = low[max(ss, drafts[j]["start"] - 25):drafts[j]["start"]]
        said_from, said_to = _FROM.search(lead) or _after_earlier(low, lead, drafts[j]), \
            _TO_VALUE.search(lead)
        if said_from is not None and said_to is not None and \
                said_to.start() > said_from.start() and not _FROM_AVERAGE.search(lead):
            said_from = None    # "Deaths from the disease rose to 108 from 61": the nearer word
            #                     (but "from an average of 3.6" names its earlier value)
        # (a pair after a whole pair starts again: "from 40.9% to 34.0% and in Northern Ireland
        # from 44.0% to 37.5%, a fall of 6.5 points" is the nearer pair's fall)
        # (or after a pair whose own change follows it: "falls from $7,106 to $2,355, 67% less,
        # and Stelara from $13,836 to $4,695, a reduction of 66%" is Stelara's fall)
        restart = frm is not None and to is not None and frm < to < j and \
            said_from is not None and (
                _AND_SIBLING_PAIR.fullmatch(low, drafts[to]["end"], drafts[j]["start"]) is not None
                or any(drafts[x].get("role") == "change" for x in range(to + 1, j)))
        if (frm is None or restart) and said_from is not None and (
                j not in used_from or ((used_from[j] == to or (to is None and
                                                               used_from[j] >= 0)) and
                                       p == k - 1 and
                                       _same_change(low, drafts[j], drafts[same[k]]))):
            # ("up 94% from $18.1bn a year earlier and 17% higher than the last quarter")
            frm, at = j, p
            if restart:
                to = None
            if to is None and used_from.get(j, -1) >= 0:
                to = used_from[j]   # "will cost £64 a year, £4 more than the £60 charge ...,
                # an increase of about 6.7%": the new value of the change it restates
        elif said_to is not None and (to is None or frm is None or to < frm):
            if frm is not None and to is not None and to < frm and \
                    drafts[to]["unit"] == drafts[frm]["unit"] and \
                    _TO_THEN_FROM.fullmatch(low, drafts[to]["end"], drafts[frm]["start"]):
                frm = None  # a whole "to A from B" pair before: the "to" opens the next pair
                # ("for 2023 to 6% from 6.1%, and for 2024 to 2.9% from 3.1%, a reduction
                # of 0.2 points" is the second pair's; not "reaching at least a 4 ... fell
                # from 73.2% to 68.2%", nor "from 115,000 tonnes to 88,500 tonnes, a cut of
                # nearly a quarter, and ... from 60,000 tonnes to 44,000 tonnes")
            to = j      # (the nearest: "rose 12% to $4.1 billion, on revenue of $18.2
            # billion, up 9% from ...": the 9% is the revenue's; and the "to" after "from":
            # "the share of entries graded at least a 4 fell from 68.2% to 67.6%")
    if frm is not None and to is None:
        # "Turnout was 59.7%, down from 67.3% in 2019, a fall of 7.6 points": the new
        # value is the figure right before the earlier one (the nearest of its unit)
        # (never a target or forecast named before it: "61% ..., against a target of 85%
        # and down from 63.5% in March, a fall of 2.5 points" is the 61%'s fall)
        prev = next((j for j in _back(same, at)
                     if drafts[j].get("role") not in _NOT_VALUE and
                     drafts[j]["unit"] == drafts[frm]["unit"] and
                     not _EXPECTED_BEFORE.search(low, max(ss, drafts[j]["start"] - 40),
                                                 drafts[j]["start"])), None)
        if prev is not None and (_CHANGE_WORDS.search(low, drafts[prev]["end"],
                                                      drafts[frm]["start"]) or
                                 _after_earlier(low, low[max(ss, drafts[frm]["start"] - 25):
                                                         drafts[frm]["start"]], drafts[frm])):
            to = _head_of_apposed_list(low, drafts, same, prev)
    if frm is not None and _count_of_its_own_between(drafts, same, k, frm, to):
        return None, None
    return frm, to


def _head_of_apposed_list(low: str, drafts: list[dict[str, Any]], same: list[int],
                          j: int) -> int:
    """The figure a level stands for: ``j`` itself, or, when ``j`` is the last item of a
    breakdown in apposition ("launched 96 rockets in 2023, 91 Falcon 9s and five Falcon
    Heavies, up from 61"), the total it breaks down (the 96)."""
    m = _LAST_OF_APPOSED_LIST.search(low, drafts[j]["sentence"][0], drafts[j]["start"])
    if m is None:
        return j
    return next((x for x in same if drafts[x]["start"] == m.start() and
                 drafts[x]["unit"] == drafts[j]["unit"]), j)


# an earlier value set after the level by "after" and dated to an earlier time: "now 31.7%
# full after 95.1% a year earlier, a fall of 53.4 percentage points"
_AFTER_WORD = re.compile(r"\bafter\s+(?:(?:about|around|some|nearly|almost)\s+)?$")
_EARLIER_TIME_AFTER = re.compile(r"\s+(?:a|one|the)\s+(?:year|week|month|quarter|day)\s+"
                                 r"(?:earlier|before|ago)\b|\s+(?:last|the\s+previous)\s+"
                                 r"(?:year|week|month|quarter)\b|\s+in\s+(?:19|20)\d\d\b")


def _after_earlier(low: str, lead: str, x: dict[str, Any]) -> re.Match[str] | None:
    """"after" right before figure ``x`` that an earlier time follows ("after 95.1% a year
    earlier"): ``x`` is an earlier value, as after "from"."""
    m = _AFTER_WORD.search(lead)
    return m if m is not None and _EARLIER_TIME_AFTER.match(low, x["end"]) else None


def _count_of_its_own_between(drafts: list[dict[str, Any]], same: list[int], k: int,
                              frm: int, to: int | None) -> bool:
    """Whether the figure right before the amount (the ``k``-th of ``same``) is a count of
    another thing standing after the pair the amount would be read with: "928 charities, up
    from 764 a year ago, and 79,054 donations were made, 7,854 more than last year" gives the
    7,854 to the donations (their earlier count unwritten), never to the charities' 928 and
    764. (A pair whose earlier value is right before the amount keeps it: "rose to 12% from
    11.2%, an increase of 0.8 points"; nor does money said again another way: "to $921 million
    from $627 million, or $1.54 a share, up 48%".)"""
    near = same[k - 1] if k else None
    if near is None or near in (frm, to) or drafts[near]["start"] < drafts[frm]["start"] or \
            drafts[near].get("role") is not None or to is None:
        return False
    if drafts[same[k]]["unit"] == drafts[to]["unit"] == "percent" and \
            drafts[near]["unit"] != "percent" and drafts[near]["value"] and \
            not any(x == "percentage_points" for x, _ in drafts[same[k]]["extra"]):
        # "flew 75.6% full, against 75.2% in 2011, and December brought 5.6 million
        # passengers, 2% more than a year earlier": a percentage says how much the count
        # right before it grew, no points between the two shares
        return True
    mn, mt = drafts[near].get("measure"), drafts[to].get("measure")
    return mn is not None and mt is not None and mn != mt and \
        drafts[near]["unit"] == drafts[to]["unit"] == ""


def _bare_change(d: dict[str, Any], before: str, last: str, direction: str,
                 lex: Any, after: str = "", new: dict[str, Any] | None = None,
                 own: str = "") -> None:
    """An amount of change with no values to check it against: "rose by 13 to 10,014", "cut
    its rate by 0.75 points", "a gain of 209 on its result in 2019", "6.5% higher than a year
    earlier", "the 12% rise", "its share rose 3.7 points" are amounts, not levels of the thing
    (a measure that is itself a change, GDP growth, keeps it as its level). ``after``: the words
    after the amount; ``new``: the new value written after it with "to", when there is one
    ("Sales fell 84.9 million to 6,270.4 million": a verb of change, then the amount and the
    level it came to in one unit, is a change whatever the unit). ``own``: the amount's own
    words and a few after them; a fraction in words ("a third higher than in 2019") is a
    relative change in percent, but not a fraction of a unit ("three tenths of a point")."""
    named = _CHANGE_AFTER.match(after) or (_NOUN_CHANGE_AFTER.match(after)
                                           if d["unit"] == "percent" else None)
    points = any(k == "percentage_points" for k, _ in d["extra"])
    new_of_unit = new is not None and new["unit"] == d["unit"] and _same_scale(d, new)
    if (last in ("by", "up", "down") or _CHANGE_OF.search(before) or
            # "The Conservatives lost 23 seats", "Independents gained 11": a change of what
            # the party holds (measures.yaml ``held``), not its seats
            (last in _GAIN_LOSS and lex is not None and lex.held(d.get("measure"))) or
            ((d["unit"] == "percent" or _POINTS.match(after) or new_of_unit) and (
                last in _CHANGE_LAST or _CHANGE_PARTICIPLE.search(before))) or
            (d["unit"] == "percent" and _VERB_OBJECT_PERCENT.search(before)) or
            # "closed 137.97 points lower at 5,123.02": the direction after the amount's noun
            (new_of_unit and _NOUN_THEN_MOVE.match(after) is not None) or
            (named is not None and (d["unit"] == "percent" or
                                    named.group().split()[0] in _CHANGE_NOUN_SET)) or
            # "£1.50 lower than in 2019": a gap to another time's level
            _THAN_AFTER.match(after) or
            # "Payrolls rise 119,000", "Nonfarm payrolls rose 119,000 in September": a count or
            # an amount of money right after a verb of change, "by" left out (lead42); never a
            # temperature ("Temperatures soar 35C" says the level)
            (last in _VERB_LAST and not d["unit"].startswith("degree") and new is None and
             _VERB_RIGHT_BEFORE.search(before) is not None) or
            # "..., and at the Donkey Sanctuary 10% to £24.8m": the verb given before
            (_GAPPED_OPEN.search(before) and _TO_FIGURE.match(after))) and \
            not (lex is not None and lex.of_change(d.get("measure")) and not points):
        # (a measure that is itself a change keeps "grew 0.3%" as its level, but "inflation
        # fell 0.2 points to 3.2%" is an amount: a level of a rate is never in points)
        kind = "percent" if d["unit"] == "percent" and not points else "absolute"
        change = {"kind": kind, "amount": float(d["value"]), "direction": direction}
        fm = fraction_words().search(own)
        if not d["unit"] and 0 < d["value"] < 1 and fm and not _OF_AFTER.match(own, fm.end()):
            change = {**change, "kind": "percent", "amount": float(d["value"]) * 100.0,
                      "fraction": 1}
        d["extra"].append(("change", change))
        d["role"] = "change"


_OF_AFTER = re.compile(r"[ \u00a0]+of\b")
_THAN_AFTER = re.compile(r"\s*(?:higher|lower|more|fewer|less)\s+than\b")
# an amount compared with a thing named by words alone, up to its clause's end: "51% bigger
# than the first Wolverine film", "20% more than its rival" (not a time: "than last year",
# "than in March", "than a year earlier" may have their level in another sentence)
_THING_BASE_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:bigger|larger|higher|greater|smaller|lower|more|fewer|less)[ \u00a0]+than|"
    r"(?:up|down)[ \u00a0]+on)[ \u00a0]+(?!(?:[^.;,\d]*\b(?:year|month|quarter|week|day|"
    r"season|period|time|before|earlier|ago|previously|last|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|spring|summer|autumn|winter|"
    r"forecasts?|expect\w*|estimates?|targets?|guidance)\b))[^.;,\d]{3,60}(?=[.;,]|$)")


def _sentence_before(low: str, drafts: list[dict[str, Any]],
                     by_sent: dict[tuple[int, int], list[int]],
                     d: dict[str, Any]) -> tuple[int, int] | None:
    """The sentence with figures right before ``d``'s, when no paragraph break parts them
    (found from the sentence's first figure: linear in a long document)."""
    first = min(by_sent[d["sentence"]])
    if not first:
        return None
    prev = drafts[first - 1]["sentence"]
    return None if "\n\n" in low[prev[1]:d["sentence"][0]] else prev


# the words of a sentence that give its figure as the earlier value of a change stated before
def _dated_before(low: str, drafts: list[dict[str, Any]],
                  by_sent: dict[tuple[int, int], list[int]], d: dict[str, Any],
                  to: int) -> int | None:
    """The earlier value of a change whose new value is dated ("Ridership in 2020 plunged to
    640 million, a drop of 62%"), given in the sentence before with an earlier period of its
    own ("carried 1.7 billion riders in 2019"), or in its own sentence before the new value
    ("The whole of 2022 brought 45,774 arrivals ...; the 2023 total of 29,437 was 36% lower",
    everyday80): the last figure there of the new value's unit and measure (or none), a level,
    not split from it by a paragraph; its own sentence first."""
    t = drafts[to]
    if t.get("period") is None:
        return None
    if (span := _STATED_SPAN.match(low, d["end"])) is not None:
        # "rose by more than 70 per cent in a week, to 149": the earlier value is a week
        # before the new one, never the level of "this time last year" in the sentence before
        days = _SPAN_DAYS[span.group(1)]
        j = _dated_before_within(low, drafts, by_sent, d, to)
        return j if j is not None and \
            (t["period"][0] - drafts[j]["period"][1]).days <= 2 * days else None
    return _dated_before_within(low, drafts, by_sent, d, to)


# the span a change states right after its amount ("rose 70% in a week", "over the past
# month"): the earlier value it is set against lies that span before the new one
_STATED_SPAN = re.compile(r"[ \u00a0]+(?:in|over|within)[ \u00a0]+(?:a|one|just[ \u00a0]+a|"
                          r"(?:the[ \u00a0]+)?(?:past|last|latest)|a[ \u00a0]+single)"
                          r"[ \u00a0]+(day|week|fortnight|month|year)\b")
_SPAN_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 31, "year": 366}


def _dated_before_within(low: str, drafts: list[dict[str, Any]],
                         by_sent: dict[tuple[int, int], list[int]], d: dict[str, Any],
                         to: int) -> int | None:
    """``_dated_before`` without the span check."""
    t = drafts[to]
    own = [j for j in by_sent.get(d["sentence"], []) if drafts[j]["end"] <= t["start"]]
    # (not where another change stands before: "rose 7.3% to 132.2 million, and ... grew 9.8%
    # to 248.7 million" sets each change against its own values)
    if not any(drafts[j].get("role") == "change" for j in own) and \
            (j := _dated_level(low, drafts, reversed(own), t)) is not None:
        return j
    prev = _sentence_before(low, drafts, by_sent, d)
    if prev is None:
        return _period_before_named(drafts, d, to)
    if (j := _dated_level(low, drafts, reversed(by_sent.get(prev, [])), t)) is not None:
        return j
    return _period_before_named(drafts, d, to)


def _dated_level(low: str, drafts: list[dict[str, Any]], cands: Iterator[int],
                 t: dict[str, Any]) -> int | None:
    """The first of ``cands`` that is a level of new value ``t``'s unit and measure (or none)
    over an earlier period of the same length (``_dated_before``)."""
    for j in cands:
        x = drafts[j]
        if x.get("role") in (None, "total") and x["unit"] == t["unit"] and x["value"] and \
                x.get("period") is not None and x["period"][1] < t["period"][0] and \
                (x.get("measure") is None or t.get("measure") is None or
                 x["measure"] == t["measure"]) and \
                _same_scale(x, t) and _same_span(x["period"], t["period"]):
            # (one thing at two times: of one scale, over periods of one length; not "for
            # each seat flown one mile ... against August 2009" before "in the first eight
            # months ... up 3% at 79.82 billion miles")
            return j
    return None


def _period_before_named(drafts: list[dict[str, Any]], d: dict[str, Any],
                         to: int) -> int | None:
    """Further back ("Heathrow handled 83.9 million passengers in 2024 ... The airport expects
    84.2 million passengers this year, an increase of 0.4%"): the level of the new value's
    measure and subject (both named), unit and scale, over the span of its length that ends
    right before the new value's, when every such level of the story (in the
    ``_PERIOD_BACK`` figures before it) is one value. Never for an amount of another subject
    ("growth slowed to 6.1%, leaving India behind China, whose economy grew 6.9%"), nor a
    percentage change of a rate."""
    t = drafts[to]
    if not t.get("measure") or not t.get("subject") or t.get("period") is None or \
            d.get("subject") not in (None, t["subject"]) or t["unit"] == "percent":
        return None
    start = t["period"][0]
    found = [j for j in range(max(0, to - _PERIOD_BACK), to)
             if drafts[j].get("role") in (None, "total") and drafts[j]["unit"] == t["unit"] and
             drafts[j].get("measure") == t["measure"] and
             drafts[j].get("subject") == t["subject"] and drafts[j]["value"] and
             drafts[j].get("period") is not None and
             (start - drafts[j]["period"][1]).days == 1 and
             _same_span(drafts[j]["period"], t["period"]) and _same_scale(drafts[j], t)]
    if not found or len({float(drafts[j]["value"]) for j in found}) != 1:
        return None
    return found[-1]


_PERIOD_BACK = 60   # figures looked back over for the level of the period before


# a sentence that opens on the level of the sentence before: "That was a rise of 35% on ...",
# "This is an increase of", "It marked a fall of"
_THAT_WAS = re.compile(r"[\s\"“]*(?:that|this|it)[ \u00a0]+(?:was|is|marks|marked|represents|"
                       r"represented|amounts[ \u00a0]+to|amounted[ \u00a0]+to)[ \u00a0]+"
                       r"(?:an?[ \u00a0]+)?(?:[a-z]+[ \u00a0]+)?(?:rise|increase|jump|gain|fall|"
                       r"drop|decline|decrease|cut)[ \u00a0]+of[ \u00a0]+"
                       r"(?:(?:about|around|nearly|almost|roughly|some|more[ \u00a0]+than)[ \u00a0]+)?$")


def _new_value_before_it(low: str, drafts: list[dict[str, Any]],
                         by_sent: dict[tuple[int, int], list[int]], d: dict[str, Any],
                         frm: int, k: int) -> int | None:
    """The new value of amount ``d``'s change from ``frm`` said in the sentence before: the
    level "That was a rise of ..." refers to (its sentence's first figure), or the item its
    clause's opening names (``_level_named_before``), whose bare-change mark is then dropped."""
    to = _level_that_refers_to(low, drafts, by_sent, d, frm) if not k else \
        referred_level(low, drafts, min(by_sent[d["sentence"]]), d, frm, _same_scale)
    if to is None and (to := _level_named_before(low, drafts, by_sent, d, frm)) is not None:
        # (the amount was marked a bare change when no new value stood beside it)
        d["extra"] = [x for x in d["extra"] if x[0] != "change" or
                      not isinstance(x[1], dict) or x[1].get("from") is not None]
    return to


# a clause's opening words up to its change verb: "apartment completions rose ", "and single
# houses rose " (group `words`)
_NAMED_CHANGE_OPEN = re.compile(r"(?:\n[^a-z]*|[;,][ \u00a0]*(?:and|while|but)?[ \u00a0]*)"
                                r"(?P<words>(?:[a-z][a-z-]*[ \u00a0]+){1,4}?)"
                                r"(?:rose|fell|grew|increased|decreased|declined|dropped|climbed|"
                                r"jumped|slipped|were[ \u00a0]+up|were[ \u00a0]+down|was[ \u00a0]+up|"
                                r"was[ \u00a0]+down)[ \u00a0]+(?:by[ \u00a0]+)?$")
# the noun a figure of a breakdown is named by after it: "758 were apartments", "1,328 single
# houses" (group `noun`, its last word the head)
_NOUN_NAMED_AFTER = re.compile(r"[ \u00a0]+(?:(?:were|was)[ \u00a0]+)?(?P<noun>(?:[a-z][a-z-]*"
                               r"[ \u00a0]+){0,2}?[a-z][a-z-]*)(?=[ \u00a0]*(?:[.,;:]|and\b|in\b|$))")
_NOT_NAMES = frozenset("the a an of in on at by for to and or its their this that these those "
                       "were was is are have has had been".split())


def _stem_word(w: str) -> str:
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _level_named_before(low: str, drafts: list[dict[str, Any]],
                        by_sent: dict[tuple[int, int], list[int]], d: dict[str, Any],
                        old: int) -> int | None:
    """The new value of a change with an earlier value and none of its own, whose clause opens
    on the name of one item of the sentence before ("2,834 were scheme dwellings, 1,328 single
    houses and 758 apartments. Apartment completions rose 55.6% from 487 a year earlier"): that
    item, the one figure there named by a word of the opening (its head noun), of the earlier
    value's unit, larger than nothing and within a factor of ten of it."""
    lo = max(d["sentence"][0], d["start"] - 80)
    # (the sentence's start marked as a line's, never a window's cut mid-sentence)
    m = _NAMED_CHANGE_OPEN.search(("\n" if lo == d["sentence"][0] else "") + low[lo:d["start"]])
    prev = _sentence_before(low, drafts, by_sent, d)
    if m is None or prev is None:
        return None
    opening = {_stem_word(w) for w in m.group("words").split()} - _NOT_NAMES
    t = drafts[old]
    named = []
    for j in by_sent.get(prev, [])[-12:]:     # (a breakdown's items: a bounded window)
        x = drafts[j]
        n = _NOUN_NAMED_AFTER.match(low, x["end"])
        if n is None or x["unit"] != t["unit"] or not x["value"] or not t["value"] or \
                x.get("role") not in (None, "item", "part", "portion") or \
                not 0.1 <= float(x["value"]) / float(t["value"]) <= 10.0:
            continue
        if _stem_word(n.group("noun").split()[-1]) in opening:
            named.append(j)
    return named[0] if len(named) == 1 else None


def _level_that_refers_to(low: str, drafts: list[dict[str, Any]],
                          by_sent: dict[tuple[int, int], list[int]], d: dict[str, Any],
                          old: int) -> int | None:
    """The new value of a change whose sentence opens on "That was a rise of" and gives its
    earlier value after the amount ("Buyers took 29,372 battery electric cars. That was a rise
    of 35% on the 21,726 of November 2021"): the last level of the sentence before, in the
    same paragraph, of the earlier value's unit, measure (or none) and scale, not dated
    before it."""
    if not _THAT_WAS.fullmatch(low, d["sentence"][0], d["start"]):
        return None
    t = drafts[old]
    prev = _sentence_before(low, drafts, by_sent, d)
    if prev is None:
        return None
    for j in reversed(by_sent[prev]):
        x = drafts[j]
        if x.get("role") in (None, "total", "of_whole") and x["unit"] == t["unit"] and \
                x["value"] and _same_scale(x, t) and (
                    t.get("measure") is None or x.get("measure") in (None, t["measure"])):
            if x.get("period") is not None and t.get("period") is not None and \
                    x["period"][1] <= t["period"][0]:
                return None
            return j
    return None


def _newer_before(low: str, drafts: list[dict[str, Any]],
                  by_sent: dict[tuple[int, int], list[int]], d: dict[str, Any],
                  old: int) -> int:
    """The new value of a change whose amount stands right after its earlier value, which its
    sentence dates before ("The backlog reached a record 78,329 cases at the end of June. That
    compares with 70,893 a year earlier, a rise of 10%"; "A year earlier it stood at 70,893,
    so the caseload has grown by 10%"): the last figure of the sentence before of its unit
    and measure, of one scale, dated after it, a level not split from it by a paragraph (-1
    when none)."""
    t = drafts[old]
    first = min(by_sent[d["sentence"]])
    if t.get("period") is None or not first or t.get("role") is not None or \
            not _EARLIER_SENT_WIDE.search(low, *d["sentence"]) or \
            _CHANGE_WORDS.search(low, d["sentence"][0], t["start"]) or \
            (_OWN_BASE.match(low, d["end"]) is not None and
             not _EARLIER_SENT_WIDE.search(low, d["sentence"][0], d["start"])):
        return -1     # (its own sentence dates it earlier, and moves nothing before it; not
        #               "515 million users at the end of March, 22% more than a year earlier",
        #               where the year-earlier words are the amount's own base, the 515 million
        #               its new value; but "A year ago drivers were paying $2.15, so the average
        #               is $1.25 more than a year ago" dates the $2.15 itself)
    prev = _sentence_before(low, drafts, by_sent, d)
    if prev is None:
        return -1
    for j in reversed(by_sent.get(prev, [])):
        x = drafts[j]
        if x.get("role") in (None, "total") and x["unit"] == t["unit"] and x["value"] and \
                x.get("period") is not None and x["period"][0] > t["period"][1] and \
                (x.get("measure") is None or t.get("measure") is None or
                 x["measure"] == t["measure"]) and _same_scale(x, t):
            return j
    return -1


def _same_span(a: tuple[Any, Any], b: tuple[Any, Any]) -> bool:
    """Whether two periods are of one length, give or take a month's or a leap year's days
    (periods shorter than a month are of one length only when their days are: a day is no
    three-day weekend, everyday83)."""
    try:
        la, lb = (a[1] - a[0]).days + 1, (b[1] - b[0]).days + 1
    except TypeError:
        return True
    if min(la, lb) < 28:
        return la == lb
    return abs(la - lb) <= max(3, 0.05 * max(la, lb))


_OWN_PERIOD = re.compile(r"[^.;,\d]{0,25}?\b(?:than|from|on|over|since)\s+(?:the\s+|a\s+|one\s+|"
                         r"last\s+|previous\s+|prior\s+|same\s+)*(day|week|month|quarter|year)")
_PERIOD_UNITS = re.compile(r"\b(day|week|month|quarter|year)s?\b")
# an amount that names the month or year it is counted from: "100,000 more than in March",
# "up 4% on 2019", "100,000 more than the previous record set in March"; a later value dated
# otherwise ("the average for 2022 was 6.79 million") is not its start
_OWN_NAMED_PERIOD = re.compile(r"[^.;,\d]{0,25}?\b(?:than|from|on|over|since)\s+"
                               r"(?:(?:the|a|its|previous|prior|last|old|record|figure|level|"
                               r"total|peak|high|low|one|set|recorded|reported|reached)\s+){0,5}?"
                               r"(?:in\s+|"
                               r"at\s+the\s+end\s+of\s+|the\s+end\s+of\s+)?(january|february|"
                               r"march|april|may|june|july|august|september|october|november|"
                               r"december|(?:19|20)\d\d)\b")
LATER_FROM_SENTENCES = 4     # sentences after a change where its earlier value may stand
# the words that make a figure the base its own sentence's figure before it is compared with
# ("6 million ..., fewer than the 8.8 million of a year before")
_COMPARED_OBJECT = re.compile(r"\b(?:than|compared\s+(?:with|to)|against|versus)\s+"
                              r"(?:the\s+|its\s+|their\s+|a\s+|an\s+)?$")
_EARLIER_SENT = re.compile(r"\b(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:year|month|week|"
                           r"quarter|day)\s+before|(?:previous|prior|preceding)\s+(?:year|month|"
                           r"week|quarter|day)|(?:in|during)\s+(?:19|20)\d\d|"
                           r"last\s+(?:year|month|week|quarter)[’']s)\b")
# (the sentence that dates a value before a newer one in the sentence before may date it by
# month or season and year, or years back: "That compares with 4,588,252 in April 2011", "five
# years earlier" (not "six years ago", counted from now: "Six years ago Özil cost £42.5m, so the
# record has risen by almost 70%" is no change from the sentence before's last figure);
# _later_from keeps the narrower words, where a month and year in a clause often dates
# another thing: "from the peak of 5.5% the rate reached in May 2023")
_EARLIER_SENT_WIDE = re.compile(_EARLIER_SENT.pattern[:-3] + r"|(?:in|during)\s+(?:january|"
                                r"february|march|april|may|june|july|august|september|october|"
                                r"november|december|spring|summer|autumn|fall|winter)\s+"
                                r"(?:19|20)\d\d|(?:two|three|four|five|six|seven|eight|nine|ten|"
                                r"\d{1,2})\s+(?:years|months|weeks|quarters)\s+(?:earlier|before))\b")
# a second amount of the same change: "an increase of 24,029 ballots, or 7.4%"
_OR_AMOUNT = re.compile(r"\bor\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$")
def _amount_alone(low: str, drafts: list[dict[str, Any]], same: list[int], i: int) -> bool:
    """Whether amount ``i`` is its sentence's only figure but for itself said again (", or
    £111", ", works out at about £9.25 a month"): its values are then the sentences' before."""
    ss = drafts[i]["sentence"][0]
    return len(same) == 1 or all(
        j == i or _OR_AMOUNT.search(low, max(ss, drafts[j]["start"] - 8), drafts[j]["start"]) or
        _WORKS_OUT_AT.search(low, max(ss, drafts[j]["start"] - 30), drafts[j]["start"]) or
        (j < i and _CHANGE_IS_CHANGE.fullmatch(low, drafts[j]["end"], drafts[i]["start"])) or
        (j > i and _CHANGE_IS_CHANGE.fullmatch(low, drafts[i]["end"], drafts[j]["start"]))
        for j in same)


def _pair_before_told(low: str, drafts: list[dict[str, Any]], same: list[int], i: int) -> bool:
    """Whether amount ``i`` takes its values from a pair of the sentences before: its
    sentence's only figure (``_amount_alone``), or a change named with "the"."""
    return _amount_alone(low, drafts, same, i) or _definite_change(low, drafts[i])


def _definite_change(low: str, d: dict[str, Any]) -> bool:
    """Whether amount ``d`` is named as a change told before by "the": "and the increase of
    3.4 per cent gives ...", "the 3.3 per cent increase would ..." (whatever else its sentence
    holds, its values are a pair before it)."""
    ss = d["sentence"][0]
    if _THE_CHANGE_OF_BEFORE.search(low, max(ss, d["start"] - 30), d["start"]) is not None:
        return _NAMES_ITS_OWN.match(low, d["end"]) is None
    noun = _MOVE_NOUN_AFTER.match(low, d["end"]) \
        if _THE_BEFORE.search(low, max(ss, d["start"] - 5), d["start"]) else None
    # (not one that names its own thing: "The 5p cut in fuel duty looks small beside ...")
    return noun is not None and _NAMES_ITS_OWN.match(low, noun.end()) is None


_THE_CHANGE_OF_BEFORE = re.compile(r"(?<![\w-])(?<!of[ \u00a0])the[ \u00a0]+(?:increase|rise|hike|jump|fall|drop|cut|"
                                   r"reduction|decrease|decline)[ \u00a0]+of[ \u00a0]+$")
_THE_BEFORE = re.compile(r"(?<![\w-])the[ \u00a0]+$")
_NAMES_ITS_OWN = re.compile(r"[ \u00a0]+(?:in|of|for|to)[ \u00a0]+(?!the[ \u00a0]+(?:year|month|week|"
                            r"quarter|period)\b)[a-z]")
_MOVE_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:increase|rise|hike|jump|fall|drop|cut|reduction|"
                              r"decrease|decline)\b")


# one change said two ways in one sentence: "The £693 increase is a rise of 54%" (the amount
# restated as a percentage; both are the changes of the pair before)
_MOVE_NOUN = r"(?:increase|rise|hike|jump|gain|fall|drop|cut|reduction|decrease|decline|loss)"
_CHANGE_IS_CHANGE = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?" + _MOVE_NOUN + r"[ \u00a0]+"
                               r"(?:is|was|represents|represented|amounts[ \u00a0]+to|"
                               r"amounted[ \u00a0]+to)[ \u00a0]+(?:an?[ \u00a0]+)?(?:[a-z]+[ \u00a0]+)?" +
                               _MOVE_NOUN + r"[ \u00a0]+of[ \u00a0]+(?:(?:about|around|roughly|"
                               r"some|nearly|almost|just[ \u00a0]+over|more[ \u00a0]+than)[ \u00a0]+)?")


# the same amount said over another stretch of time: "£111 a year, works out at about £9.25 a
# month" (normalize.bases checks the conversion; here it is no other figure of the sentence)
_WORKS_OUT_AT = re.compile(r"\b(?:works?[ \u00a0]+out[ \u00a0]+(?:at|to)|equating[ \u00a0]+to|"
                           r"equivalent[ \u00a0]+to)[ \u00a0]+(?:(?:about|around|roughly|some|"
                           r"nearly|almost)[ \u00a0]+)?$")


def _or_linked_amount(low: str, drafts: list[dict[str, Any]], prev: int, d: dict[str, Any],
                      kind: str) -> None:
    """The first of two amounts of one change joined by "or" whose direction and values come
    after the second ("2.6 million tonnes or 2% more than the 142.2 million tonnes"): the
    absolute amount is the same change as the percentage ``d`` just read, from and to the same
    values."""
    p = drafts[prev]
    ch = next((v for x, v in d["extra"] if x == "change"), None)
    if ch is None or kind != "percent" or p.get("role") or \
            not OR_LINK.fullmatch(low, p["end"], d["start"]) or \
            p["unit"] != drafts[ch["from"]]["unit"] or not p["unit"]:
        return
    p["extra"].append(("change", dict(ch, kind="absolute", amount=float(p["value"]))))
    p["role"] = "change"


def _second_amount(low: str, drafts: list[dict[str, Any]], d: dict[str, Any],
                   prev: int) -> bool:
    """"an increase of 24,029 ballots, or 7.4%": the percentage is the same change as the
    amount before it; it takes that change's values (True when it did)."""
    if d["unit"] != "percent" or not _OR_AMOUNT.search(low, max(d["sentence"][0],
                                                                d["start"] - 8), d["start"]):
        return False
    ch = next((v for x, v in drafts[prev]["extra"] if x == "change"), None)
    if ch is None or ch.get("from") is None or ch["kind"] != "absolute" or \
            drafts[ch["from"]]["unit"] == "percent":
        return False
    d["extra"].append(("change", dict(ch, kind="percent", amount=float(d["value"]))))
    d["role"] = "change"
    return True


# a change verb in a clause before its new value ("rose 15% from a year earlier to 210 million")
_CHANGED_IN_CLAUSE = re.compile(r"\b(?:rose|risen|fell|fallen|grew|grown|climbed|increased|"
                                r"decreased|dropped|declined|jumped|slipped|gained|up|down)\b")


def _of_one_scale(x: dict[str, Any], t: dict[str, Any]) -> bool:
    """Whether figure ``x`` may be an earlier value of new value ``t`` found by reading on:
    within a factor of 20 of it ("8.0 tonnes" a yield, never the start of a harvest of "14.0
    million tonnes"; a reading that implies a change of millions of per cent is no plausible
    one)."""
    a, b = abs(float(x["value"])), abs(float(t["value"] or 0))
    return a == b or (a > 0 and b > 0 and 1 / 20 <= a / b <= 20)


def _named_kinds_differ(low: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether the sentences of two figures name two kinds of one thing (rules/vocab/
    across.yaml kinds: "a litre of petrol", "diesel"); one of no named kind differs from none."""
    ka, kb = sentence_kind(low, a["sentence"]), sentence_kind(low, b["sentence"])
    return ka is not None and kb is not None and ka != kb


def _later_from(low: str, drafts: list[dict[str, Any]],
                by_sent: dict[tuple[int, int], list[int]],
                next_sent: dict[tuple[int, int], tuple[int, int]], d: dict[str, Any],
                to: int, text: str = "") -> int | None:
    """The earlier value of a change whose amount and new value stand in one sentence and
    whose earlier value the next sentence gives, with words that date it before ("The
    average price a year earlier was £258,557", "The airport handled 17.4 million passengers
    in 2018"): a figure of the new value's unit and measure (or none). A headline's change
    has none: the body's first sentence restates it."""
    t = drafts[to]
    nxt = next_sent.get(d["sentence"])
    if nxt is None or nxt[0] - d["sentence"][1] > 3 or d.get("section") != "body" or \
            _BARE_COMPARATIVE.match(low, d["end"]):
        return None     # (a bare "141 fewer" is set against what was said before it)
    ts, te = t["sentence"]
    # "three cents higher than last week": the amount names the period it is counted from;
    # a value dated otherwise ("A year ago drivers were paying $2.15") is not its start
    own = _OWN_PERIOD.match(low, d["end"], min(d["sentence"][1], d["end"] + 50))
    own_named = _OWN_NAMED_PERIOD.match(low, d["end"], min(d["sentence"][1], d["end"] + 60))
    levels_between = False     # a figure of the new value's unit in a sentence passed over
    for step in range(LATER_FROM_SENTENCES):
        if nxt is None:
            return None
        ns, ne = nxt
        for j in by_sent[nxt]:
            x = drafts[j]
            # the dating words in the figure's own clause, and no change of its own after it
            # (a colon or semicolon closes a clause too: "5.2% more than a year earlier: 2.1
            # million domestic" dates the 5.2%, not the 2.1 million after the colon)
            cs = max(ns, *(low.rfind(c, ns, x["start"]) + 1 for c in ",:;"))
            ce = min((e for c in ",:;" if (e := low.find(c, x["end"], ne)) >= 0), default=ne)
            if _EARLIER_SENT.search(low, cs, ce) is None or \
                    _CHANGE_WORDS.search(low, x["end"], ce):
                continue
            if j and drafts[j - 1]["sentence"] == nxt and drafts[j - 1]["start"] >= cs and \
                    _TO.search(low[cs:x["start"]]) and \
                    _CHANGED_IN_CLAUSE.search(low, cs, drafts[j - 1]["start"]) and \
                    not _period_right_before(x, t):
                continue    # "Paying subscribers rose 15% from a year earlier to 210 million":
                #             the new value of its own clause's change (an amount before it),
                #             dated to now (not "The previous week's figure was revised up to
                #             453,000", a value said again)
            if own is not None and (named := _PERIOD_UNITS.findall(low, cs, ce)) and \
                    own.group(1) not in named:
                continue    # dated by another kind of period than the amount names
            if own_named is not None and not re.search(
                    r"\b" + own_named.group(1) + r"\b", low[cs:ce]):
                continue    # "100,000 more than in March": a value of 2022 is not its start
            if own is not None and not _one_period_back(own.group(1), x, t):
                continue    # "up 3% on the year before. That compares with £48bn in
                #             2017/18": a value dated years before is no start of a change
                #             over one year
            if _FORECAST_BEFORE.search(low, max(cs, x["start"] - 40), x["start"]):
                continue    # "The airport expects 81.4 million passengers in 2024": a forecast
            if _named_kinds_differ(low, x, t):
                continue    # "petrol ... £1.77, 7p less than a month ago ... Diesel ...
                #             last month's £2.02": another named kind's price is no start
            if _two_named_subjects(text, x, t) and not re.search(
                    r"\b" + re.escape(str(x["subject"]).split()[-1]) + r"\b", low[ts:te]):
                continue    # "Kingsman ... down 51% at $17.5 million. ... the $85 million the
                #             first SpongeBob film made in 2004": another title's figure
            if j and drafts[j - 1]["sentence"] == nxt and \
                    _COMPARED_OBJECT.search(low, cs, x["start"]):
                continue    # "expects 6 million more, fewer than the 8.8 million of a year
                #             before": the base of its own sentence's comparison
            if x.get("role") is None and x["unit"] == t["unit"] and x["value"] is not None and \
                    _of_one_scale(x, t) and x.get("measure") in (None, t.get("measure")) and \
                    (x.get("period") is None or t.get("period") is None or
                     x["period"][1] < t["period"][0]) and \
                    (step == 0 or ((x.get("measure") is not None or (
                        t.get("measure") is None and not levels_between)) and
                                   x.get("subject") and
                                   re.search(r"\b" + re.escape(str(x["subject"]).split()[-1]) +
                                             r"\b", low[ts:te]))):
                # (further on, only a figure of the measure about what the new value's
                # sentence names: "Atlanta had handled 96.2 million passengers in 2014"; or,
                # when neither names a measure, the first level of the unit after it: "rise
                # by £67 to £1,966 ... Last year's average Band D bill was £1,899")
                return j
        levels_between = levels_between or any(drafts[j]["unit"] == t["unit"]
                                               for j in by_sent[nxt])
        after = next_sent.get(nxt)
        if after is None or low.count("\n\n", ne, after[0]) + low.count(
                "\n\n", d["sentence"][1], ns) > 1:
            return None
        nxt = after
    return None


# the most days between the end of a period and the start of the next one of its kind, with
# a month's slack for reporting periods that overlap or skip (fiscal years, "the year before")
_PERIOD_GAP_DAYS = {"day": 3, "week": 10, "month": 40, "quarter": 100, "year": 400}


def _period_right_before(x: dict[str, Any], t: dict[str, Any]) -> bool:
    """Whether ``x`` is dated to the period of the same length that ends the day before ``t``'s
    begins (2016's level before 2017's: "In 2016 the airport's numbers had risen 7.5% to 9.4
    million" gives the level a change of 2017 starts from, though it is the new value of a
    change of its own, lead42)."""
    xp, tp = x.get("period"), t.get("period")
    try:
        return xp is not None and tp is not None and (tp[0] - xp[1]).days == 1 and \
            abs((xp[1] - xp[0]).days - (tp[1] - tp[0]).days) <= 3
    except TypeError:
        return False


def _one_period_back(unit: str, x: dict[str, Any], t: dict[str, Any]) -> bool:
    """Whether earlier value ``x`` may be the start of a change its amount counts from one
    ``unit`` back ("on the year before", "than last month") to new value ``t``: True when
    either is undated, else when ``x``'s period ends no more than about one such period
    before ``t``'s begins."""
    xp, tp = x.get("period"), t.get("period")
    if xp is None or tp is None or unit not in _PERIOD_GAP_DAYS:
        return True
    try:
        return (tp[0] - xp[1]).days <= _PERIOD_GAP_DAYS[unit]
    except TypeError:
        return True


def _two_named_subjects(text: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether figures ``a`` and ``b`` are said of two different things the text names with
    capitals ("Kingsman" and "The SpongeBob Movie"): no word of one subject in the other, and
    each written capitalised (a common noun, "the airport", may name the other's place)."""
    sa, sb = a.get("subject"), b.get("subject")
    if not text or not sa or not sb or sa == sb or set(str(sa).split()) & set(str(sb).split()):
        return False
    for s in (str(sa), str(sb)):
        m = re.search(r"\b" + re.escape(s) + r"\b", text, re.IGNORECASE)
        if m is None or not m.group(0)[:1].isupper():
            return False
    return True


def _earlier_pair(drafts: list[dict[str, Any]], by_sent: dict[tuple[int, int], list[int]],
                  keys: list[tuple[int, int]], k: int, d: dict[str, Any], i: int
                  ) -> tuple[int | None, int | None]:
    """(from, to) of the nearest sentence before the amount's that compares two values: one
    compared value ("up from 4,469") and the figure it is compared with, of the amount's unit
    (a percentage change may be of anything; points and absolute amounts of the same unit).
    A percentage change finds its pair in its own paragraph only: a new paragraph's "Season
    ticket journeys dropped 9.2%" may be a change of anything, not of the journeys counted
    in the paragraph before (an amount in the pair's own unit, "Passenger numbers rose by 1.6
    million", "fell by 0.6 percentage points", may look back past the break, and so may one
    that points back to it, "The increase of 6.4%")."""
    percentage = d["unit"] == "percent" and not any(x == "percentage_points"
                                                    for x, _ in d["extra"])
    # (a sentence that opens by pointing back, "The increase of 6.4% ...", may look back past
    # the break too: it names the change before it)
    points_back = _POINTS_BACK.match(d["_text"], d["sentence"][0]) is not None or \
        _definite_change(d["_text"].lower(), d)
    for back in range(1, 4):     # d's sentence is keys[k]
        if k - back < 0 or (percentage and not points_back and
                            "\n\n" in d["_text"][keys[k - back][1]:d["sentence"][0]]):
            break
        idxs = by_sent[keys[k - back]]
        comp = [j for j in idxs if drafts[j].get("role") == "compared"]
        pairs = _from_to_pairs(d["_text"].lower(), drafts, idxs)
        if len(pairs) > 1:
            break   # "Gas will rise from £1,000 to £1,300 and electricity from £800 to £1,200.
            #         That is a rise of 30%": which pair it restates is open
        bare_pair = None if comp else _bare_from_to(d["_text"].lower(), drafts, idxs)
        if bare_pair is not None:
            comp = [bare_pair[0]]
        if len(comp) != 1:
            if any(drafts[j].get("role") == "change" or _changed_to().search(
                    d["_text"].lower(), max(0, drafts[j]["start"] - 24), drafts[j]["start"]) or
                   _WILL_CHANGE_TO.search(d["_text"].lower(), max(0, drafts[j]["start"] - 24),
                                          drafts[j]["start"])
                   for j in idxs):
                # "..., up from 13.1%. Core inflation rose to 6.5%. Prices rose 0.5% between
                # August and September": a figure of another thing stands between, so the
                # amount is no rise of the pair before it
                break
            continue
        frm = comp[0]
        if percentage and drafts[frm]["unit"] == "percent":
            # "after 0.7% growth in the first quarter ... output was 0.9% higher": a
            # percentage said of two percentages may be their gap in points or a change of the
            # rate itself; no pair is read for it
            break
        points = not d["unit"] and drafts[frm]["unit"] == "percent" and \
            _BARE_POINTS.match(d["_text"].lower(), d["end"]) is not None
        if not points and (d["unit"] != "percent" or
                           any(x == "percentage_points" for x, _ in d["extra"])):
            if drafts[frm]["unit"] != d["unit"] and not (
                    drafts[frm]["unit"] == "percent" and d["unit"] == "percent"):
                if d["unit"] or drafts[frm]["unit"]:
                    continue
        cands = [j for j in idxs[:idxs.index(frm)] if drafts[j]["unit"] == drafts[frm]["unit"]
                 and drafts[j].get("role") in (None, "total", "of_whole")]
        if bare_pair is not None:
            cands = [bare_pair[1]]
        elif pairs and pairs[0][0] == frm and drafts[pairs[0][1]].get("role") in (
                None, "total", "of_whole"):
            cands = [pairs[0][1]]   # "rose from £1,277 to £1,971": the new value after it
        if not cands:
            continue
        if _own_other_period(d, drafts[cands[-1]], drafts[frm]):
            # "It was the largest drop since a fall of more than 2.4% last September": an
            # amount dated in its own words to another period is no change of the pair
            return None, None
        m, pm = d.get("measure"), drafts[frm].get("measure") or drafts[cands[-1]].get("measure")
        if points and m is not None and str(m).startswith("point"):
            m = None    # ("points" names the unit, no measure of its own)
        # the same thing: the amount names the pair's measure, or points back to it ("That
        # is a rise of 21%", "The fall of 30,000 ...")
        named = m is None and _named_change().match(d["_text"].lower(), d["sentence"][0],
                                                    d["start"]) is not None
        if (m is not None and m == pm) or (points_back and not points) or named:
            # (bare points are the pair's only when the sentence names the change: "The fall of
            # 0.4 points in food prices" may be of another thing)
            if points:
                # "4.1% in March, against 4.6% a year earlier. So joblessness is down 0.8
                # points": points of the pair's percentages
                d["unit"] = "percent"
                d["extra"].append(("percentage_points", True))
            return frm, cands[-1]
        return None, None
    return None, None


# from the earlier value of a "from A to B" pair to its new one: " to ", " a year to "
_FROM_THEN_TO = re.compile(r"[ \u00a0]*(?:(?:an?|per)[ \u00a0]+[a-z]+[ \u00a0]+)?to[ \u00a0]+[$£€]?")
_FROM_OPEN = re.compile(r"(?<![\w-])(?:rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|"
                        r"go|goes|went|gone|going|grow|grows|grew|grown|growing|drop|drops|"
                        r"dropped|dropping|increase[sd]?|decrease[sd]?|climb(?:s|ed)?|jump(?:s|ed)?)"
                        r"[ \u00a0]+from[ \u00a0]+[$£€]?$")


_FROM_RIGHT_BEFORE = re.compile(r"(?<![\w-])from[ \u00a0]+[$£€]?$")


def _from_to_pairs(low: str, drafts: list[dict[str, Any]], idxs: list[int]
                   ) -> list[tuple[int, int]]:
    """The "from A to B" pairs of one unit among a sentence's figures ``idxs``."""
    return [(a, b) for a, b in zip(idxs, idxs[1:])
            if drafts[a]["unit"] == drafts[b]["unit"] and
            _FROM_RIGHT_BEFORE.search(low, max(0, drafts[a]["start"] - 8), drafts[a]["start"]) and
            _FROM_THEN_TO.fullmatch(low, drafts[a]["end"], drafts[b]["start"])]


def _bare_from_to(low: str, drafts: list[dict[str, Any]], idxs: list[int]
                  ) -> tuple[int, int] | None:
    """(earlier, new) of the one "rose from A to B" pair in a sentence that gives no amount of
    its own ("The cap will rise from £1,277 to £1,971 a year."), the pair a later sentence's
    "The £693 increase is a rise of 54%" restates; None when there is none or more than one."""
    found = None
    for a, b in zip(idxs, idxs[1:]):
        if drafts[a]["unit"] == drafts[b]["unit"] and drafts[a].get("role") is None and \
                drafts[b].get("role") is None and \
                _FROM_OPEN.search(low, max(0, drafts[a]["start"] - 16), drafts[a]["start"]) and \
                _FROM_THEN_TO.fullmatch(low, drafts[a]["end"], drafts[b]["start"]):
            if found is not None:
                return None
            found = (a, b)
    return found
# "points" right after a bare amount: its unit, when the pair it is read against is percentages
_BARE_POINTS = re.compile(r"[ \u00a0]+points?\b")


def _own_other_period(d: dict[str, Any], new: dict[str, Any],
                      old: dict[str, Any] | None = None) -> bool:
    """True when the amount's period is written in its own sentence and is not the period of
    the value it would be the change to, nor the stretch from the earlier value's period to
    it ("4.1% in October, against 4.8% in January. So joblessness has come down 0.7 points
    since the start of the year": the stretch opens in January and holds October)."""
    written = (d.get("_basis") or {}).get("period") == "written"
    return written and d.get("period") is not None and new.get("period") is not None and \
        d["period"] != new["period"] and not _stretch_between(d["period"], new, old)


def _stretch_between(span: tuple[Any, Any], new: dict[str, Any],
                     old: dict[str, Any] | None) -> bool:
    """Whether ``span`` runs from within the earlier value's period over the new value's: the
    stretch a change between the two covers ("since the start of the year" after January's and
    October's figures)."""
    if old is None or old.get("period") is None:
        return False
    (s0, s1), (n0, n1), (o0, o1) = span, new["period"], old["period"]
    return o0 <= s0 <= o1 and s0 <= n0 and n1 <= s1


# a level reached by a change of its own ("Core inflation rose to 6.5%", "will rise to £3,000"):
# a sentence that says so stands between an amount and any pair before it
_WILL_CHANGE_TO = re.compile(r"\b(?:rise|rises|fall|falls|increase|increases|drop|drops|climb|"
                             r"climbs|jump|jumps|grow|grows|go[ \u00a0]+up|goes[ \u00a0]+up|go[ \u00a0]+"
                             r"down|goes[ \u00a0]+down)[ \u00a0]+to[ \u00a0]+(?:about[ \u00a0]+|some[ \u00a0]+|"
                             r"nearly[ \u00a0]+|almost[ \u00a0]+)?[$£€]?$")


@lru_cache(maxsize=1)
def _changed_to() -> re.Pattern:
    return re.compile(r"\b(?:" + change_words("past") + r")\s+to\s+(?:about\s+|some\s+|"
                      r"nearly\s+|almost\s+|a\s+record\s+)?$")


# a sentence that opens on the changed thing and its change: "Coverage fell by", "Passenger
# numbers rose by"
@lru_cache(maxsize=1)
def _named_change() -> re.Pattern:
    return re.compile(r"\s*(?:[a-z][\w-]*\s+){1,3}(?:" + change_words("past") +
                      r"|(?:was|is|were|are)\s+(?:up|down))\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|"
                      r"almost\s+)?$")


_POINTS_BACK = re.compile(r"\s*(?:that|this|it|which)(?:'s|’s|\s+(?:is|was|marks|marked|"
                          r"represents|represented|amounts\s+to|amounted\s+to))\b|\s*the\s+"
                          r"(?:[$£€]?\d[\d.,]*(?:%|p|bn|m|k|\s+per\s*cent|\s+percent)?\s+)?"   # "The £693 increase"
                          r"(?:rise|fall|increase|decrease|drop|gain|change|jump|decline)\b",
                          re.I)


# measures of an amount per share: "$7.7 billion, or $1.28 a share" is one profit said twice,
# no list of two amounts
_PER_SHARE = frozenset({"earnings_per_share"})


# an amount set against another figure, never an item of a list: "84 million more than in
# 2016", "12.2 million tonnes less than the record"
_SET_AGAINST_AFTER = re.compile(r"[ \u00a0]*(?:(?:more|fewer|less|higher|lower|greater|bigger|"
                                r"smaller)(?:[ \u00a0]+[a-z]+){0,2}?[ \u00a0]+than|short[ \u00a0]+of|"
                                # (a gap named by its noun: "300 units ahead of its rival")
                                r"(?:[a-z][\w’'-]*[ \u00a0]+)?(?:ahead[ \u00a0]+of|clear[ \u00a0]+of|"
                                r"behind))\b", re.I)


def _counted_in_passing(text: str, a: dict[str, Any], b: dict[str, Any],
                        c: dict[str, Any]) -> bool:
    """Whether ``b``, between items ``a`` and ``c`` of one unit, is a small count written in
    words of no unit of theirs ("the two sources"): a word of the clause, not a figure of it;
    or the bracketed value of another time after ``a`` ("Wolverhampton 1,495 (1,262), Worcester
    855 (806)": ``comparisons._bracketed_other_value``)."""
    opened = _BRACKET_OPEN.fullmatch(text, a["end"], b["start"])
    if opened is not None and a["unit"] == c["unit"] and text[b["end"]:b["end"] + 1] == ")" and \
            (b.get("role") in ("compared", "change") or
             (b["unit"] == "percent" and b.get("role") is None and
              (opened.group(1) or a["unit"] != "percent" and
               _SHARE_TO_NEXT_ITEM.fullmatch(text, b["end"], c["start"])))):
        return True     # (or its own change: "trans-Atlantic 1.4 million (down 4.5%), Latin
        # America 3.1 million (up 2.6%)"; or a count's share: "796 female couples (56%)")
    if b.get("role") == "change" and a["unit"] == c["unit"] and b["unit"] != a["unit"] and \
            _COMMA_CHANGE.fullmatch(text, a["end"], b["start"]) and \
            text[b["end"]:b["end"] + 1] == ",":
        return True     # (or set off by commas: "106.96 million TEU, down 5%, and inland river
        # ports 13.23 million, down 8.2%")
    if _whole_of_first_share(text, a, b, c):
        return True
    return bool(a["unit"]) and a["unit"] == c["unit"] and b["unit"] != a["unit"] and \
        b.get("role") is None and b["value"] is not None and 0 < float(b["value"]) <= 12 and \
        text[b["start"]:b["end"]].isalpha()


def _whole_of_first_share(text: str, a: dict[str, Any], b: dict[str, Any],
                          c: dict[str, Any]) -> bool:
    """Whether ``b`` is the whole share ``a`` is "of", with share ``c`` after it: "Smith took
    60% of the 1,000 votes, Jones 35% and Brown 15%" (the shares of one whole)."""
    return a["unit"] == c["unit"] == "percent" and b["unit"] != "percent" and \
        b.get("role") in (None, "whole") and \
        _OF_WHOLE.fullmatch(text[a["end"]:b["start"]].lower()) is not None


# an item's own change set off by commas right after it: "106.96 million TEU, down 5%, and"
_COMMA_CHANGE = re.compile(r"(?:[ \u00a0]+[\w-]+){0,2}?,[ \u00a0]*(?:up|down)[ \u00a0]+", re.I)
_COMMA_CHANGE_LEAD = re.compile(r"^((?:[ \u00a0]+[\w-]+){0,2}?),[ \u00a0]*(?:up|down)[ \u00a0]+"
                                r"[\d,.]+[ \u00a0]*(?:%|per[ \u00a0]+cent|percent)(?=,)", re.I)


# a change in apposition after a figure: "43,118 flights, up nearly 4%" (from the figure's end to
# the change's)
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
_CHANGE_ASIDE = re.compile(r"(?:[ \u00a0]+[\w-]+){0,2}?,[ \u00a0]*(?:up|down)[ \u00a0]+(?:(?:about|"
                           r"around|roughly|some|nearly|almost|just[ \u00a0]+(?:over|under))"
                           r"[ \u00a0]+)?[\d,.]+[ \u00a0]*(?:%|per[ \u00a0]+cent|percent)", re.I)


# the bracketed value of another time an item's gap opens with: " (1,262), Worcester "
# (the item's noun may stand first: "796 female couples (56%) and 613 male couples (44%)")
_BRACKETED_LEAD = re.compile(r"^((?: [a-z-]+){0,3}) \((?:(?:up|down)[ \u00a0]+)?[\d,.]+%?\)")
# from an item's bracketed share to the next item: "(56%) and 613", "(31.3%), 394" (no name
# between: "(31.3%), Ward Four 394" holds a number of the name)
_SHARE_TO_NEXT_ITEM = re.compile(r"\)[ \u00a0]*,?[ \u00a0]*(?:and[ \u00a0]+)?(?:[a-z-]+[ \u00a0]+){0,3}")
_BRACKET_OPEN = re.compile(r"(?: [a-z-]+){0,3} \(((?:up|down)[ \u00a0]+)?")


# a verb that makes the figure after it a part of what the clause's subject counts: "The two
# outbreak states account for the overwhelming majority, 201 cases"
_PART_VERB_GAP = re.compile(r"\b(?:accounted|accounts|account|accounting)\s+for\b|"
                            r"\b(?:made|make|makes|making)\s+up\b", re.I)


def _set_against_or_counted(text: str, a: dict[str, Any], b: dict[str, Any], gap: str) -> bool:
    """Whether either figure is set against another after it ("1,323 million, some 84 million
    more than in 2016") or ``a`` counts the subject ``b`` is a part of: no two items."""
    return bool(_SET_AGAINST_AFTER.match(text, b["end"]) or
                _SET_AGAINST_AFTER.match(text, a["end"])) or _counted_subject(text, a, b, gap)


def _counted_subject(text: str, a: dict[str, Any], b: dict[str, Any], gap: str) -> bool:
    """Whether ``a`` counts the subject whose part ``b`` is, not an item listed beside it: a
    verb of parts between them ("The two outbreak states account for the overwhelming majority,
    201 cases") and each figure the count of a noun of its own, not the same one."""
    na, nb = a.get("_noun"), b.get("_noun")
    if na is None or nb is None or _PART_VERB_GAP.search(gap) is None:
        return False
    return text[na[0]:na[1]].lower().rstrip("s") != text[nb[0]:nb[1]].lower().rstrip("s")


# amounts of money each paid "for" a named thing, or shares each "for" a name: "Josko Gvardiol
# for £77m, Jeremy Doku for £55m" (not counts: "Asia accounted for 324 million, the Americas
# for 207 million", a breakdown of the total before)
_NAMED_FOR_GAP = re.compile(r"^[^.;:!?()\d]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)"
                            r"(?:[A-Z][\w’'.-]*\s+){1,4}for\s+$")


# the share of one whole left once the share before it is taken: "some 41% chose to wait
# longer or were complex cases, so 59% were the routine waits" (the rest of the same whole)
_SO_REST_GAP = re.compile(r"^[^.;:!?()\d]{0,80}?,[ \u00a0]*(?:so|meaning|which[ \u00a0]+means)"
                          r"[ \u00a0]+(?:(?:about|around|roughly|some|nearly|almost|just)"
                          r"[ \u00a0]+)?$")


# counts of different things parted by semicolons, each only its noun: "the count stood at
# 12,025 tanks; 24,763 armoured vehicles; 44,082 artillery systems; and 1,870 multiple rocket
# launchers" (readings70; no words of time, place or a verb before the semicolon, nor a last
# word in -ed: "of whom 31 died; and 395 pedal cyclists")
_SEMICOLON_ITEM_GAP = re.compile(
    r"^(?:[ \u00a0]+(?!(?:in|on|at|during|over|the|a|an|of|for|to|since|from|by|was|were|is|"
    r"are|had|has|have|said|says|per|each|every|this|that|last|day|week|month|year)\b)"
    r"[a-z][\w-]*){1,4}(?<!ed)[ \u00a0]*;[ \u00a0]*(?:and[ \u00a0]+)?$", re.I)


def _item_gap(gap: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``gap`` between figures ``a`` and ``b`` may part two items of one list."""
    if ";" in gap and a.get("measure") and b.get("measure") and a["measure"] != b["measure"] \
            and a["unit"] == b["unit"] and a.get("role") is None and \
            _SEMICOLON_ITEM_GAP.match(gap):
        # (not "454 motorcyclists (8%), of whom 31 died; and 395 pedal cyclists": a part's
        # verb ends its clause, and a portion is no item of a list of counts)
        return True
    # (and shares of one whole: "responsible for 50.7% of them and Network Rail for 27.8%")
    money = a["unit"] == b["unit"] and (a["unit"] == "percent" or
                                        bool(_ISO_CODE.fullmatch(a["unit"] or "")))
    return bool(_LIST_GAP.match(gap) or _NAMED_GAP.match(gap) or
                (money and _NAMED_FOR_GAP.match(gap)) or
                _BRACKET_NAMED_GAP.match(gap) or
                (a["unit"] == b["unit"] == "percent" and
                 (_LABEL_GAP.match(gap) or _SO_REST_GAP.match(gap))) or
                (a["unit"] == b["unit"] and _GAPPED_GAP.match(gap)))


# a clause of five words or more after a share, then ", and" and the next share
_LONG_CLAUSE_THEN_AND = re.compile(r"^(?:[ \u00a0]+[^\s,.;:!?()\d]+){5,}[ \u00a0]*,[ \u00a0]*and[ \u00a0]+"
                                   r"(?:(?:about|around|roughly|some|nearly|almost|just)[ \u00a0]+)?$")


# the next clause of a list that says its verb again after another name: " people and the
# Camp Fire killed ", " homes; Woolsey destroyed " (group `verb`)
_PARALLEL_CLAUSE = re.compile(r"(?:[ \u00a0]+[a-z][\w’'-]*){0,3}[ \u00a0]*[,;]?[ \u00a0]*(?:and[ \u00a0]+|while[ \u00a0]+)?"
                              r"(?:the[ \u00a0]+)?(?:[A-Z][\w’'.-]*[ \u00a0]+){1,4}(?P<verb>[a-z]{3,})[ \u00a0]+")
_VERB_BEFORE = re.compile(r"\b([a-z]{3,})[ \u00a0]+$")
_NOT_VERBS = frozenset("for with from into onto over under about after and the".split())


def _parallel_clause(text: str, a: dict[str, Any], gap: str) -> bool:
    """Whether ``gap`` after ``a`` opens a clause of another name with the verb ``a``'s clause
    gave it: "The Woolsey Fire killed 3 people and the Camp Fire killed 85" (two items)."""
    m = _PARALLEL_CLAUSE.fullmatch(gap)
    if m is None:
        return False
    before = _VERB_BEFORE.search(text, max(a["sentence"][0], a["start"] - 30), a["start"])
    # (a preposition said again is no verb: "Asia accounted for 324 million, the Americas for
    # 207 million" is read as portions of the whole before, not as a list)
    return before is not None and before.group(1) == m.group("verb") and \
        m.group("verb") not in _NOT_VERBS


def _in_words_share(text: str, d: dict[str, Any]) -> bool:
    """Whether ``d`` is a proportion in words ("more than three-quarters", "half")."""
    return not d["unit"] and d["value"] is not None and 0 < d["value"] < 1 and \
        fraction_words().search(text, d["start"], d["end"]) is not None


def _ends_list(text: str, a: dict[str, Any], b: dict[str, Any], gap: str,
               run: list[int]) -> bool:
    """Whether figure ``b`` after ``a`` (``gap`` between) is no further item of their list."""
    # (a factor, "more than six times the October figure", counts nothing)
    # (nor a gap: "91 points, two ahead of Arsenal on 89")
    if b.get("role") in _NOT_LISTED or a.get("role") in _NOT_LISTED or \
            any(x[0] == "conversion_of" for x in b["extra"]):
        return True
    if (a.get("role") == "expected") != (b.get("role") == "expected"):
        return True     # "the 0.2% economists had expected and a full percentage point above
        # the consensus": what was forecast is no item beside what happened
    if _set_against_or_counted(text, a, b, gap):
        return True     # "1,323 million, some 84 million more than in 2016": an amount
    if _per_phrase_after(text, a) != _per_phrase_after(text, b):
        return True     # "50,645 people arrived, almost 82 a day": a rate is no item of the
        # counts beside it
    if _in_words_share(text, a) != _in_words_share(text, b):
        return True     # "nearly 60,000 structures, more than half of the national total": a
        # proportion in words is no item beside the count it is a share of
    if a["unit"] == b["unit"] == "percent" and _LONG_CLAUSE_THEN_AND.match(gap):
        return True     # "Some 86% were unvaccinated or had an unknown vaccination status,
        # and 44% were taken to hospital": two clauses each saying a thing of its own share,
        # not the items of one split ("60% were shot down and 35% were jammed" stays one)
    # "..., and 4 tanks, a total of 108" / "..., 532 in all": the total
    return not (_item_gap(gap, a, b) or _parallel_clause(text, a, gap)) or \
        not _compatible(a, b) or \
        (a.get("measure") in _PER_SHARE) != (b.get("measure") in _PER_SHARE) or \
        (b.get("qualifier") or "").endswith("total of") or \
        (len(run) > 1 and joint_after().match(text, b["end"], b["end"] + 40) is not None)


# "23,745 men and 16,898 women, up from 35,838": an earlier value right after a breakdown
_UP_FROM_AFTER = re.compile(r"(?:[ \u00a0]+[a-z][\w’'-]*){0,3}[ \u00a0]*,[ \u00a0]*(?:up|down)[ \u00a0]+"
                            r"from[ \u00a0]+(?:the[ \u00a0]+)?", re.I)


def _from_after_parts(text: str, drafts: list[dict[str, Any]], idxs: list[int], p: int,
                      total: int) -> None:
    """"A total of 40,643 runners finished, 23,745 men and 16,898 women, up from 35,838": the
    earlier value after the breakdown's last part is the total's, of the total's scale (the
    nearest figure was taken for the level it is set against)."""
    if p + 1 >= len(idxs):
        return
    last, j = idxs[p], idxs[p + 1]
    x = drafts[j]
    if not _UP_FROM_AFTER.fullmatch(text, drafts[last]["end"], x["start"]) or \
            not _same_scale(drafts[total], x):
        return
    for k, v in x["extra"]:
        if k == "direction" and isinstance(v, dict) and v.get("to") == last:
            v["to"] = total


def _total_and_larger(drafts: list[dict[str, Any]], run: list[int]) -> bool:
    """Whether "a total of" opens a pair whose second figure is the larger ("an international
    total of $280 million and $410 million worldwide"): two totals of two scopes, not a total
    and its one part."""
    a, b = drafts[run[0]], drafts[run[1]]
    return len(run) == 2 and a["value"] is not None and b["value"] is not None and \
        a["unit"] == b["unit"] and b["value"] > a["value"]


def _total_of_then_parts(text: str, drafts: list[dict[str, Any]], run: list[int]) -> bool:
    """Whether a list's first figure, written "A total of", is the total of the figures after
    it: "A total of 40,643 runners finished ..., 23,745 men and 16,898 women" (a comma after
    its clause, every later figure smaller); not "a total of 4,358 tanks and 8,449 armored
    vehicles", where "a total of" is said of each."""
    first = drafts[run[0]]
    if len(run) < 3 or not (first.get("qualifier") or "").lower().endswith("total of"):
        return False
    gap = text[first["end"]:drafts[run[1]]["start"]]
    return "," in gap and first["value"] is not None and all(
        drafts[j]["value"] is not None and drafts[j]["value"] < first["value"] for j in run[1:])


def _first_totals_the_rest(text: str, drafts: list[dict[str, Any]], run: list[int]) -> bool:
    """Whether a list's first figure is the total of the others, by its words: "a total of"
    (``_total_of_then_parts``), kinds that share its noun (``_total_then_kinds``) or parts
    set after it in apposition, each saying where it stands (``_apposed_breakdown``)."""
    return _total_of_then_parts(text, drafts, run) or _total_then_kinds(text, drafts, run) or \
        _apposed_breakdown(text, drafts, run)


def _total_then_kinds(text: str, drafts: list[dict[str, Any]], run: list[int]) -> bool:
    """Whether a list's first figure is the total of kinds that share the last item's noun,
    one of the total's own: "shed 400 jobs, 250 professional and 150 academic positions" (each
    kind a bare word before "and" or a comma, every later figure smaller); not "400 jobs in
    Sydney, 250 jobs in Melbourne and 150 in Perth", items of one noun."""
    first, last = drafts[run[0]], drafts[run[-1]]
    m = first.get("measure")
    if len(run) < 3 or m is None or last.get("measure") != m or first["value"] is None or \
            not _NOUN_THEN_COMMA.fullmatch(text, first["end"], drafts[run[1]]["start"]):
        return False
    for j in run[1:-1]:
        d = drafts[j]
        if d.get("measure") == m or \
                not _BARE_KIND.fullmatch(text, d["end"], drafts[j + 1]["start"]):
            return False
    return all(drafts[j]["value"] is not None and drafts[j]["value"] < first["value"]
               for j in run[1:])


# a total's noun and the comma before its kinds (" jobs, "), and a kind's bare word before
# the next ("professional and ", "clinical, ")
_NOUN_THEN_COMMA = re.compile(r"[ \u00a0]+[a-z][\w-]*,[ \u00a0]+", re.I)
_BARE_KIND = re.compile(r"[ \u00a0]+[a-z][\w-]*(?:,[ \u00a0]+|,?[ \u00a0]+and[ \u00a0]+)",
                        re.I)


def _lists(text: str, drafts: list[dict[str, Any]], idxs: list[int], gcount: int,
           used: set[int], prev: list[int] = ()) -> int:
    """Group coordinated figures of one sentence; a stated total gets the parts."""
    if len(idxs) < 2:
        return gcount
    pos_of = {j: p for p, j in enumerate(idxs)}   # a figure's place in idxs (not idxs.index:
    k = 0                                         # a sentence of N figures made it quadratic)
    while k < len(idxs):
        run = [idxs[k]]
        while k + 1 < len(idxs):
            a, b = drafts[idxs[k]], drafts[idxs[k + 1]]
            gap_from = a["end"]
            if k + 2 < len(idxs) and _counted_in_passing(text, a, b, drafts[idxs[k + 2]]):
                # "China produced 728 TWh from the two sources, the EU 540 TWh": a count in
                # words of another kind between two items is no break in the list
                if _whole_of_first_share(text, a, b, drafts[idxs[k + 2]]):
                    gap_from = b["end"]     # (the shares' whole: the gap runs from it)
                k += 1
                a, b = drafts[idxs[k - 1]], drafts[idxs[k + 1]]
                gap_from = max(gap_from, a["end"])
            gap = _BRACKETED_LEAD.sub(r"\1", text[gap_from:b["start"]], count=1)
            gap = _COMMA_CHANGE_LEAD.sub(r"\1", gap, count=1)
            if _ends_list(text, a, b, gap, run):
                break
            run.append(idxs[k + 1])
            k += 1
        k += 1
        if len(run) < 2:
            continue
        if all(drafts[j].get("measure") is None for j in run):
            # "... recorded 30 deaths; Georgia had 25, South Carolina had 25": bare items
            # count what the figure before them in the sentence counts
            before = next((j for j in _back(idxs, pos_of[run[0]])
                           if drafts[j].get("measure") and
                           drafts[j]["unit"] == drafts[run[0]]["unit"] and
                           not _counts_items(drafts[j], drafts, run)), None)
            if before is not None:
                for j in run:
                    drafts[j]["measure"] = drafts[before]["measure"]
        first = drafts[run[0]]    # (the list's first figure, its total when it heads it)
        total, run = _list_total(text, drafts, idxs, pos_of, run)
        percent = all(drafts[j]["unit"] == "percent" for j in run)
        if total is not None:
            # "including", "of which", "among them": the parts named need not make the whole
            # (and an item the list goes on with in a word read as no figure: "four wanted
            # the cut, four wanted no change and one, Alan Taylor, a bigger cut")
            last = drafts[run[-1]]
            role = "portion" if _PORTION_OPEN.search(text[drafts[total]["end"]:
                                                          first["start"]]) or \
                _ONE_MORE_ITEM.search(text, last["end"], min(last["sentence"][1],
                                                             last["end"] + 80)) else "part"
            if drafts[total].get("role") not in ("portion", "change"):
                drafts[total]["role"] = "total"     # (a change split by place stays a change)
            for j in run:
                drafts[j]["role"] = role
                drafts[j]["group"] = total
            _from_after_parts(text, drafts, idxs, pos_of[run[-1]], total)
            continue
        if not percent and prev and not _counted_before(text, drafts, idxs, pos_of[run[0]], run):
            # (not when the list's own sentence counts its items, in the three figures before
            # it: "Only two harvests have been larger: 17.23 million tonnes in 2008 and 16.70
            # million in 2000")
            # the total in the sentence before: "Three hundred and fifty-five cases have been
            # reported ... Texas has reported 309 cases, New Mexico 42 and Oklahoma four."
            m = first.get("measure")
            cands = _wholes_before(drafts, prev, first, text.lower()) or \
                _whole_of_named_items(text, drafts, prev, run)
            # (every item of the measure: "killed at least 59 people ..., and 247 were
            # injured" is no list of the deaths)
            # (and every item's period within the whole's: "521 in October 2023 ... figures
            # like 359 in June and 291 in September" are other months, no parts of it)
            if len(cands) == 1 and _adjacent(drafts[cands[0]], first) and \
                    one_measure(drafts[cands[0]], first) and \
                    not _framed_apart(text, drafts[cands[0]], first) and \
                    not _siblings_of(drafts, cands[0], run) and \
                    not _places_of_one_ranking(text.lower(), drafts, cands[0], first) and \
                    all(drafts[j].get("measure") in (None, m) and
                        _period_within(drafts[j], drafts[cands[0]]) and
                        not _before_its_earlier_value(drafts, drafts[j], cands[0]) and
                        not _far_above(drafts[j], drafts[cands[0]]) for j in run):
                for j in run:
                    drafts[j]["role"] = "portion"
                    drafts[j]["group"] = cands[0]
                continue
        gcount += 1
        gid = f"g{gcount}"
        role = "share" if percent and _share_whole(text, drafts, run) and \
            _one_whole(text, drafts, run) and not _nested_shares(text, drafts, run) and \
            not _comparative_traits(text, drafts, run) else "item"
        if percent and role != "share":
            role = "item"
        for j in run:
            drafts[j]["role"] = role
            drafts[j]["group"] = gid
    return gcount


def _list_total(text: str, drafts: list[dict[str, Any]], idxs: list[int],
                pos_of: dict[int, int], run: list[int]) -> tuple[int | None, list[int]]:
    """(the total of list ``run``, the list's parts): a total right before it ("1,600
    casualties: about 1,100 killed and 700 ..."), its own first figure ("a total of 120: 70
    ..., 34 ...", "killed 31 people, 17 in Texas and 12 in Ohio"), or one after it; None when
    none is stated."""
    first = drafts[run[0]]
    total = _total_before_list(text, drafts, idxs, pos_of[run[0]], run)
    if total is None and ((_A_TOTAL.search(text[max(0, first["start"] - 20):first["start"]])
                           and not _total_and_larger(drafts, run))
                          or _first_totals_the_rest(text, drafts, run)):
        total, run = run[0], run[1:]
    if total is None:
        total = _closing_total(text, drafts, idxs, pos_of[run[-1]], run)
    if total is not None and (_counts_the_names(text, drafts, total, run) or
                              _threshold_of_counted(drafts, idxs, pos_of, total, run)):
        total = None
    return total, run


# the qualifiers that make a figure a bound ("below 50%", "more than 10%")
_BOUND_WORDS = frozenset(("below", "under", "above", "over", "more than", "less than",
                          "fewer than", "at least", "at most"))


def _threshold_of_counted(drafts: list[dict[str, Any]], idxs: list[int],
                          pos_of: dict[int, int], total: int, run: list[int]) -> bool:
    """Whether the figure before a list is a bound each item meets, not their sum: "Five
    districts were below 50%: Lady Frere (49.5%), ..." (a figure of a unit written as a bound,
    "below", "over", right after a bare count of its sentence: the count is of the items, a
    few, whether or not it matches them; list-count-mismatch reads that)."""
    t = drafts[total]
    if not t["unit"] or total not in pos_of or pos_of[total] == 0 or \
            " ".join((t.get("qualifier") or "").lower().split()) not in _BOUND_WORDS:
        return False
    c = drafts[idxs[pos_of[total] - 1]]
    v = c.get("value")
    return c["sentence"] == t["sentence"] and not c["unit"] and v is not None and \
        v == int(v) and 2 <= v <= 40 and len(run) >= 2


# a count's noun phrase up to the colon that opens its list: " provinces and prefectures: "
_COLON_LEAD_IN = re.compile(r"[ \u00a0]+(?:[a-z][\w’'-]*[ \u00a0]+){0,6}?[a-z][\w’'-]*[ \u00a0]*:[ \u00a0]+$")


def _counted_before(text: str, drafts: list[dict[str, Any]], idxs: list[int], pos: int,
                    run: list[int]) -> bool:
    """Whether one of the three figures before a list (its first at ``pos`` of ``idxs``) counts
    its items; a count of the names the items belong to is none ("nine provinces: Al Haouz
    394, ..." lists the deaths of each)."""
    return any(_counts_items(drafts[idxs[p]], drafts, run) and
               not _counts_the_names(text, drafts, idxs[p], run)
               for p in range(pos - 1, max(-1, pos - 4), -1))


def _counts_the_names(text: str, drafts: list[dict[str, Any]], total: int,
                      run: list[int]) -> bool:
    """Whether the figure before a list counts its names, not the sum of its figures: "Deaths
    were recorded in nine provinces and prefectures: Al Haouz 394, Taroudant 271, ..." (a count
    of one measure, then a colon, each item a name and its figure of another measure; the
    names are what ``listed_names`` sets against the count)."""
    t = drafts[total]
    m = {drafts[j].get("measure") for j in run}
    if t.get("measure") is None or len(m) != 1 or None in m or t["measure"] in m:
        return False
    if not _COLON_LEAD_IN.fullmatch(text, t["end"], drafts[run[0]]["start"] -
                                    len(_name_before(text, drafts[run[0]]))):
        return False
    return all(_name_before(text, drafts[j]) for j in run)


def _name_before(text: str, d: dict[str, Any]) -> str:
    """The name words right before a list item's figure ("Al Haouz " before "394"), or ""."""
    s = d["start"]
    m = re.search(r"(?:[A-Z][\w’'.-]*[ \u00a0]+){1,4}$", text[max(0, s - 50):s])
    return m.group() if m else ""


def _places_of_one_ranking(low: str, drafts: list[dict[str, Any]], whole: int,
                           first: dict[str, Any]) -> bool:
    """Whether a list whose first item holds a place by a rank word ("Japan came third in the
    table with 20 golds, ahead of Australia on 18 and France on 16") follows a sentence whose
    figures hold places too ("China, level on 40 golds, were second with 91 medals"): the
    holders of one ranking, each with its own figure, not parts of the figure before."""
    return placed_by_ordinal(low, first) and any(
        x["sentence"] == drafts[whole]["sentence"] and placed_by_ordinal(low, x) for x in drafts)


# a sentence opening on the frame its figures are counted in: "On motorways, ", "Among
# children, ", "In the North Sea, "
_FRAME_OPENING = re.compile(r"\s*(?:on|in|among|across|at|outside)\s+(?:the\s+)?"
                            r"(?P<frame>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}?)\s*,")


def _framed_apart(text: str, whole: dict[str, Any], first: dict[str, Any],
                  group: bool = False) -> bool:
    """Whether a figure is kept apart from a whole before it by the frame the whole is counted
    in, when the figure's sentence does not name that frame again: with ``group`` (a place's
    count), a group written before the whole in its sentence ("Deaths among car users fell 16%
    to 1,059"; boys and girls may still be parts of it) or, for a figure in a
    later paragraph, the frame the whole's sentence opens on ("On motorways, 132 people were
    killed. || The Metropolitan Police area had the most deaths, 182, followed by West
    Yorkshire with 84"). A place's or a list's count that does not name the frame may as well
    be of everyone (all roads, all road users), so it is no part of the framed figure. Within
    one paragraph a list may go on under an opening frame ("In Texas, 355 cases were
    reported. Dallas County had 309, ...")."""
    low = text.lower()
    ws, we = whole["sentence"]
    fs, fe = first["sentence"]
    m = _AMONG_GROUP.search(low, ws, whole["start"]) if group else None
    frame = m.group("group") if m is not None else None
    if frame is None and "\n" in text[we:fs]:
        m = _FRAME_OPENING.match(low, ws, whole["start"])
        frame = m.group("frame") if m is not None else None
    return frame is not None and \
        re.search(r"\b" + re.escape(frame) + r"\b", low[fs:fe]) is None


def _far_above(item: dict[str, Any], whole: dict[str, Any]) -> bool:
    """Whether ``item`` is more than twice ``whole``: then no part of it, but a figure of
    another scope ("Manchester United made a profit of £49 million. Manchester City took £392
    million, with a £20 million profit, and Arsenal £354 million" lists no parts of United's
    profit); a part mistyped over its whole is off by less (the restatement rules' max_ratio)."""
    a, b = item.get("value"), whole.get("value")
    return bool(a) and bool(b) and float(a) > 2 * float(b)


# a list of other entities' counts adding up to more than this times a count of the sentence
# before is no breakdown of it (``_siblings_of``)
SIBLINGS_OVER = 1.5


def _siblings_of(drafts: list[dict[str, Any]], w: int, run: list[int]) -> bool:
    """Whether the items of ``run`` name entities of their own, each another, beside the one
    the figure ``w`` of the sentence before is about ("their seats from 20 to 49. The Greens
    took 25 seats, the Centre Party 22, ...": the other parties' seats, no parts of the 49)."""
    subj = drafts[w].get("subject")
    own = {drafts[j].get("subject") for j in run}
    # (and whose sum is far above it: a list that overshoots its whole by a little is a part
    # mistyped, "Texas has reported 390 cases" of 355, which the whole is there to catch)
    return subj is not None and None not in own and len(own) > 1 and subj not in own and \
        sum(float(drafts[j]["value"] or 0) for j in run) > SIBLINGS_OVER * float(drafts[w]["value"])


def _wholes_before(drafts: list[dict[str, Any]], prev: list[int],
                   first: dict[str, Any], low: str = "") -> list[int]:
    """The figures of the sentence before that may be the whole of a list whose first item is
    ``first``: of its unit, measure and scope (the day's 249 deaths are no whole of the
    running totals "rose to 23,084 killed and 58,926 wounded"), and not a headline's figure
    the first item restates ("Mayor re-elected with 45,210 votes" over "with 45,210 votes,
    ahead of ... with 42,798")."""
    m = first.get("measure")
    noun = _noun_words(low, first)
    # (a measure no vocabulary names is the counted noun both figures give: "moved 120.19
    # million TEU ... Coastal ports handled 106.96 million TEU")
    return [j for j in prev if drafts[j].get("role") is None and
            drafts[j].get("section") == first.get("section") and
            drafts[j]["value"] != first["value"] and
            drafts[j]["unit"] == first["unit"] and _adds_up(first) and
            (drafts[j].get("measure") == m if m is not None else
             drafts[j].get("measure") is None and noun is not None and
             _noun_words(low, drafts[j]) == noun) and
            bool(drafts[j].get("cumulative")) == bool(first.get("cumulative"))]


# a name right before a list item's number: "SNP 27", "Liberal Democrats 1", "independents 1"
_NAME_RIGHT_BEFORE_ITEM = re.compile(r"(?:[A-Z][\w’'&-]*|\bindependents?|\bothers)[ \u00a0]+$")


def _whole_of_named_items(text: str, drafts: list[dict[str, Any]], prev: list[int],
                          run: list[int]) -> list[int]:
    """The whole of a list of names and their bare counts that says no noun ("The final
    tally was SNP 27, Labour 21, Conservatives 14, ...") in the sentence before: its one count
    of the items' unit with a measure, larger than every item ("South Lanarkshire Council has
    64 members"), everyday106."""
    if any(drafts[j].get("measure") is not None or
           _NAME_RIGHT_BEFORE_ITEM.search(text, max(0, drafts[j]["start"] - 40),
                                          drafts[j]["start"]) is None for j in run):
        return []
    top = max(float(drafts[j]["value"] or 0) for j in run)
    got = [j for j in prev if drafts[j].get("role") is None and
           drafts[j].get("measure") is not None and drafts[j]["unit"] == drafts[run[0]]["unit"]
           and drafts[j].get("section") == drafts[run[0]].get("section") and
           drafts[j]["value"] is not None and drafts[j]["value"] > top]
    return got if len(got) == 1 else []


def _noun_words(low: str, d: dict[str, Any]) -> str | None:
    """The counted noun written after figure ``d`` ("teu" of "120.19 million TEU"), or None."""
    span = d.get("_noun")
    return low[span[0]:span[1]] if low and isinstance(span, tuple) else None


_NOT_LISTED = frozenset({"change", "portion", "of_whole", "factor", "compared", "difference",
                          "product"})


def _before_its_earlier_value(drafts: list[dict[str, Any]], part: dict[str, Any],
                              w: int) -> bool:
    """Whether ``part`` is dated no later than an earlier value the whole ``w`` is set against
    ("2,967 tigers, up 33% from 2,226 in 2014. The census found 1,411 tigers in 2006 and 1,706
    in 2010"): the whole is of a later time than that value, so a figure of that time or
    before is an earlier level of the series, no part of it."""
    pp = part.get("period")
    if pp is None:
        return False
    for x in drafts:
        for k, v in x["extra"]:
            if not isinstance(v, dict) or v.get("to") != w:
                continue
            old = x if k == "direction" else (
                drafts[v["from"]] if k == "change" and isinstance(v.get("from"), int) else None)
            if old is not None and old.get("period") is not None and \
                    pp[1] <= old["period"][1]:
                return True
    return False


def _periods_apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures' periods are both given and share no day."""
    pa, pb = a.get("period"), b.get("period")
    return pa is not None and pb is not None and (pa[1] < pb[0] or pb[1] < pa[0])


def _period_within(part: dict[str, Any], whole: dict[str, Any]) -> bool:
    """Whether ``part``'s period lies within ``whole``'s (true when either has none)."""
    pp, wp = part.get("period"), whole.get("period")
    return pp is None or wp is None or (wp[0] <= pp[0] and pp[1] <= wp[1])


def _counts_items(d: dict[str, Any], drafts: list[dict[str, Any]], run: list[int]) -> bool:
    """"across four states: 1.2 million in Florida, 936,000 in Georgia, ...": a figure equal
    to the number of the list's items, one of them larger, counts the items (the states); it
    is neither their sum nor what they measure (a sum is at least each of its items: "across
    four subdivisions: 12 in Serua, four in Suva, three in Rewa and four in Naitasiri")."""
    v = d.get("value")
    return v is not None and float(v) == len(run) and any(
        drafts[j].get("value") is not None and float(drafts[j]["value"]) > float(v)
        for j in run)


def _closing_total(text: str, drafts: list[dict[str, Any]], idxs: list[int], pos: int,
                   run: list[int]) -> int | None:
    """The figure right after a list (its last item at ``idxs[pos]``) that states its total,
    if the words say so."""
    if pos + 1 >= len(idxs):
        return None
    t = idxs[pos + 1]
    if _SPAN_WORD.fullmatch(text, drafts[t]["start"], drafts[t]["end"]) and \
            pos + 2 < len(idxs):
        t = idxs[pos + 2]   # (the stretch's length in its words: "a four-day weekend of")
    last, cand = drafts[run[-1]], drafts[t]
    m = _TOTAL_CLOSE.match(text[last["end"]:cand["start"]])
    if m is None or cand.get("role") is not None or _PORTION_OF_ITEM.match(text, last["end"]):
        return None
    bare_total = not cand["unit"] and last["unit"] and last["unit"] != "percent" and \
        joint_after().match(text, cand["end"], cand["end"] + 40) is not None
    if not bare_total and not _compatible(last, cand):
        return None
    kinds = {drafts[j].get("measure") for j in run} - {None}
    if len(kinds) > 1 and cand.get("measure") in kinds:
        return None     # "lost 1,140 troops and six tanks in the day, for a total of 1,000,340
        # troops": the total of one of the items' counts, no sum of the list
    if bare_total:
        # "4,000 acres on Monday and 2,500 on Tuesday, 6,500 in all": the list's unit
        cand["unit"] = last["unit"]
        cand["measure"] = cand.get("measure") or last.get("measure")
    if m.group("w") or (cand.get("qualifier") or "").endswith("total of") or \
            _IN_ALL.match(text[cand["end"]:cand["end"] + 60]):
        return t
    return None


# a breakdown set in apposition to its total: the total's noun and a comma ("31 people, "),
# then parts that each say where they stand, in a name ("17 in Texas", "11 in the Eaton fire",
# "17 of them in Texas"), the last after "and"
# (the head is the total's noun, never a time or place of its own: "$3.10 on weekdays, $2.90 on
# Saturdays and $2.50 on Sundays" are three fares)
_APPOSED_HEAD = re.compile(r"[ \u00a0]+(?!(?:on|in|at|for|from|to|by|per|a|an|each|every|this|"
                           r"last|next|a[ \u00a0]+day|a[ \u00a0]+week)\b)[a-z][\w’'-]*"
                           r"(?:[ \u00a0]+[a-z][\w’'-]*)?[ \u00a0]*,[ \u00a0]+")
_PLACED_PART = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+them[ \u00a0]+)?(?:in|at|across)"
                          r"[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")


def _apposed_breakdown(text: str, drafts: list[dict[str, Any]], run: list[int]) -> bool:
    """Whether the first figure of list ``run`` is the total of the others, set after it in
    apposition: "The storms killed 31 people, 17 in Texas, 9 in Ohio and 3 in Iowa" (a whole
    breakdown; one written "including 17 in Texas" is a portion and is read elsewhere)."""
    first = drafts[run[0]]
    if len(run) < 3 or not first["value"] or \
            not _APPOSED_HEAD.fullmatch(text, first["end"], drafts[run[1]]["start"]) or \
            not re.search(r"\band\b", text[drafts[run[-2]]["end"]:drafts[run[-1]]["start"]]):
        return False
    return all(drafts[j]["value"] is not None and drafts[j]["value"] < first["value"] and
               drafts[j]["unit"] == first["unit"] and _PLACED_PART.match(text, drafts[j]["end"])
               for j in run[1:])


def _total_before_list(text: str, drafts: list[dict[str, Any]], idxs: list[int], pos: int,
                       run: list[int]) -> int | None:
    """The total right before list ``run`` (its first item at ``idxs[pos]``), or the one before
    the total's own change in apposition ("43,118 flights, up nearly 4%: 35,277 European and
    7,841 intercontinental") or before the count of the items ("across four states:"), or
    None."""
    total = _total_right_before(text, drafts, idxs[pos - 1], run) if pos > 0 else None
    if total is None and pos > 1 and _CHANGE_ASIDE.fullmatch(
            text, drafts[idxs[pos - 2]]["end"], drafts[idxs[pos - 1]]["end"]):
        total = _total_right_before(text, drafts, idxs[pos - 2], run, aside=True)
    if total is None and pos > 2:
        total = _total_before_its_change(text, drafts, idxs[pos - 3:pos], run)
    if total is None and pos > 1 and _counts_items(drafts[idxs[pos - 1]], drafts, run) and \
            drafts[idxs[pos - 1]].get("role") is None:
        # "4.45 million customers without power across four states: 3.28 million in
        # Florida, ...": the count of the items stands between the total and its list
        total = _total_right_before(text, drafts, idxs[pos - 2], run)
        t, c = drafts[idxs[pos - 2]], drafts[idxs[pos - 1]]
        if total is None and _TOTAL_TO_COUNT.fullmatch(text, t["end"], c["start"]) and \
                _COUNT_TO_LIST.fullmatch(text, c["end"], drafts[run[0]]["start"]) and \
                t.get("role") is None and _compatible(t, drafts[run[0]]) and \
                not _IN_RELATIVE.search(text, max(t["sentence"][0], t["start"] - 50),
                                        t["start"]):
            # (a longer clause before the count: "More than 300,000 electric customers were
            # without power on Monday morning across five states: nearly 110,000 in ...")
            total = idxs[pos - 2]
    return total


# the words from a total to the count of its list's items, and from that count to the list
_TOTAL_TO_COUNT = re.compile(r"(?:(?!\b(?:than|compared|against|versus|while|whereas)\b)"
                             r"[^.;:!?()\d]){1,90}", re.I)
_COUNT_TO_LIST = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]+\s*:\s*(?:(?:about|around|roughly|"
                            r"approximately|some|nearly|almost|more\s+than|over|at\s+least|"
                            r"just)\s+)?", re.I)


def _total_before_its_change(text: str, drafts: list[dict[str, Any]], three: list[int],
                             run: list[int]) -> int | None:
    """The level of a change that sets it against an earlier value right before the colon of
    a list: "3,009 crimes against property, 7% fewer than the 3,243 of last year: 86
    burglaries, ..." (the list breaks down the level the sentence reports). The earlier value
    is a reading too: a list that adds up to it is left to it, never set against the level."""
    t, c, b = three
    d, ch = drafts[t], dict(drafts[c]["extra"]).get("change")
    first = drafts[run[0]]
    if not isinstance(ch, dict) or ch.get("to") != t or ch.get("from") != b or \
            drafts[b].get("role") != "compared" or d.get("role") is not None or \
            not d.get("value") or not _compatible(d, first) or \
            not _LEVEL_TO_CHANGE.fullmatch(text, d["end"], drafts[c]["start"]) or \
            not _COMPARED_TO_COLON.fullmatch(text, drafts[b]["end"], first["start"]):
        return None
    values = [drafts[j]["value"] for j in run]
    if any(v is None for v in values) or \
            abs(sum(values) - float(drafts[b]["value"])) <= 0.005 * float(drafts[b]["value"]):
        return None
    return t


# from a level to the change after it ("3,009 crimes against property, 7%") and from the
# earlier value that change names to the colon of a list (" of last year: ")
_LEVEL_TO_CHANGE = re.compile(r"[^.;:!?()\d]{0,60},[ \u00a0]*(?:(?:up|down|about|around|"
                              r"roughly|some|nearly|almost)[ \u00a0]+)?", re.I)
_COMPARED_TO_COLON = re.compile(r"[^.;:!?()\d]{0,30}:[ \u00a0]*(?:(?:about|around|roughly|"
                                r"some|nearly|almost)[ \u00a0]+)?", re.I)


def _total_right_before(text: str, drafts: list[dict[str, Any]], t: int, run: list[int],
                        aside: bool = False) -> int | None:
    """``t`` when it is the total of the list ``run`` right after it ("1,600 casualties: about
    1,100 killed and 700 ..."), else None; ``aside``: the total's own change stands between
    ("€6.45 billion, up 9.4 per cent: ...", whose decimal point ends no sentence)."""
    first = drafts[run[0]]
    d = drafts[t]
    gap = text[d["end"]:first["start"]]
    if aside:
        gap = _DECIMAL_POINT.sub("#", gap)
    if text[max(0, d["start"] - 1):d["start"]] == "(" and gap.lstrip().startswith(")"):
        return None     # "men (53%), women (51%) and Latinos (57%)": a share in its own
        # brackets opens no bracket of parts
    if d["unit"] == "percent" and _RATE_OF_CHANGE_BEFORE.search(
            text, max(d["sentence"][0], d["start"] - 24), d["start"]):
        return None     # "growth was fastest in Romania, up 15.9%, Slovakia (11.5%) and
        # ...": a rate of change is no total of the rates after it
    if run[0] == t + 1:
        # no figure between the two: digits in the gap are a date's ("59,597,300 on census
        # day, 21 March 2021: 56,489,800 in England and ..."), no other count in the way
        gap = _DIGIT.sub("#", gap)
    if (_TOTAL_OPEN.match(gap) or _NAMED_TOTAL_COLON.fullmatch(gap) and _A_TOTAL.search(
            text, max(d["sentence"][0], d["start"] - 20), d["start"] + 11)) and \
            _compatible(d, first) and (d.get("role") is None or _nested_total(d, gap) or
                                       _bare_change_split(d, gap)) and \
            not _counts_items(d, drafts, run) and \
            not _IN_RELATIVE.search(text, max(d["sentence"][0], d["start"] - 50), d["start"]):
        return t
    return None


def _bare_change_split(d: dict[str, Any], gap: str) -> bool:
    """Whether change ``d``, an amount with no levels of its own, is split by place or kind in
    the list after its colon: "a net gain of 17 seats: 10 in New South Wales, three in
    Tasmania ..." (each part is the change's there; they make the amount)."""
    ch = next((v for k, v in d["extra"] if k == "change"), None)
    return d.get("role") == "change" and isinstance(ch, dict) and ch.get("kind") == "absolute" \
        and ch.get("from") is None and ch.get("to") is None and ch.get("by") is None and \
        gap.rstrip().endswith(":") and not _PORTION_OPEN.search(gap)


def _nested_total(d: dict[str, Any], gap: str) -> bool:
    """Whether portion ``d`` is split in turn by the list after its colon: "Its four businesses
    accounted for 30,200 of them: 10,600 in legal, ..." (a nested breakdown whose parts must
    make it; not "including ...", whose parts need not)."""
    return d.get("role") == "portion" and isinstance(d.get("group"), int) and \
        gap.rstrip().endswith(":") and not _PORTION_OPEN.search(gap)


_DIGIT = re.compile(r"\d")
# the words right before a percentage that make it a rate of change: "up 15.9%", "rose by 3%"
_RATE_OF_CHANGE_BEFORE = re.compile(r"\b(?:up|down|rose|fell|grew|climbed|jumped|dropped|"
                                    r"declined|increased|decreased)[ \u00a0]+(?:by[ \u00a0]+)?"
                                    r"(?:(?:about|around|some|nearly|almost|just)[ \u00a0]+)?$",
                                    re.I)
# a figure called a total ("A total of 1,409 ...") may open a whole clause before the colon of
# its list: "A total of 1,409 couples married in England and Wales between 29 March and 30
# June, the first figures show: 796 ... and 613 ..."
_NAMED_TOTAL_COLON = re.compile(r"(?:(?!\b(?:than|compared|against|versus)\b)[^.;!?\d]){1,160}:"
                                r"[ \u00a0]*")
# a figure inside a relative clause ("people who said they had two doses: two in Ashby and
# three in Brant") is no total of the list after it
_IN_RELATIVE = re.compile(r"\b(?:who|which|whom|whose)\b[^,;:()]*$")


# a figure's "a day", "people a boat", "each" that ends its phrase: the figure is a rate (a
# plural noun may stand between: not a verb, "980 received a placebo")
_PER_PHRASE_AFTER = re.compile(r"[ \u00a0]+(?:(?:extra|more|additional|new)[ \u00a0]+)?"
                               r"(?:(?:[a-z]+s|people|men|women|children)[ \u00a0]+)?"
                               r"(?:(?:a|an|per|every)[ \u00a0]+[a-z]+|each)"
                               # (the period it is over may follow: "27,000 passengers a day
                               # in 2017", "a day over the year")
                               r"(?=(?:[ \u00a0]+(?:in|during|over|across)[ \u00a0]+(?:(?:the|"
                               r"last|this)[ \u00a0]+)?(?:\d{4}|year|month|week|quarter|period|"
                               r"season)s?\b)?[ \u00a0]*(?:[,.;:)]|on[ \u00a0]+average\b|$))", re.I)


def _per_phrase_after(text: str, d: dict[str, Any]) -> bool:
    return _PER_PHRASE_AFTER.match(text, d["end"], d["end"] + 40) is not None


def _compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if (a["unit"] == "percent") != (b["unit"] == "percent"):
        return False
    ua, ub = a["unit"], b["unit"]
    if bool(ua) != bool(ub):
        return False    # "Over four months, 147 cases": a duration is no item of a count
    if ua and ub and ua != ub and (ua.split()[0] != ub.split()[0]):
        # different units can still be a list of one dimension ("3 km and 2 miles"), but
        # currencies never mix
        return False
    return True


_OF_NOUN = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+|all[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?"
                      r"([a-z][\w-]*)")


@lru_cache(maxsize=1)
def _nested_label_re() -> re.Pattern[str]:
    """rules/vocab/numbers.yaml ``nested_share_labels``, as a search over a share's label."""
    words = vocab.load("numbers.yaml").get("nested_share_labels") or []
    label = "|".join(re.escape(str(w)).replace(r"\ ", r"[ \u00a0-]+")
                     for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{label})\b")


def _nested_shares(text: str, drafts: list[dict[str, Any]], run: list[int]) -> bool:
    """Whether the shares of a list are thresholds, one counted within another ("By their fifth
    birthday 94.4% of children had received a first dose and 88.6% both doses"): a label after
    a share (up to the next share, or the clause's end for the last) names a level that
    includes the others ("both", "at least", "or more"), so the shares overlap and are no
    split of the whole that must stay within 100%."""
    low = text.lower()
    nested = _nested_label_re()
    for p, j in enumerate(run):
        d = drafts[j]
        end = drafts[run[p + 1]]["start"] if p + 1 < len(run) else _apposed_clause_end(low, d)
        if nested.search(low, d["end"], max(d["end"], end)):
            return True
    return False


# a share that is the subject of its own verb and a comparative: "83% collected less
# household rubbish" (group 1: the verb)
_SHARE_VERB_COMPARATIVE = re.compile(
    r"[ \u00a0]+(?:of[ \u00a0]+(?:them|those|these|the[ \u00a0]+[a-z]+)[ \u00a0]+)?"
    r"([a-z]+)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:more|less|fewer|higher|lower)\b")


def _comparative_traits(text: str, drafts: list[dict[str, Any]], run: list[int]) -> bool:
    """Whether the shares of a list answer separate yes/no questions, not one split of the
    whole: two of them are each the subject of a different verb with a comparative ("94% of
    councils recycled more, while 83% collected less rubbish and 88% sent less waste to
    landfill"). Each trait may hold for most of the whole, so they overlap. One verb with
    opposite comparatives ("40% spent more and 35% spent less") is still one split."""
    low = text.lower()
    verbs = set()
    for j in run:
        m = _SHARE_VERB_COMPARATIVE.match(low, drafts[j]["end"])
        if m is not None:
            verbs.add(m.group(1))
    return len(verbs) >= 2


def _apposed_clause_end(low: str, d: dict[str, Any]) -> int:
    """Where the label of the last share ``d`` ends: its clause's end, or, when the share stands
    in apposition between two commas ("more than half, 53%, can get speeds of
    300Mbit/s or more"), the end of the clause after that comma, which holds its label."""
    end = _clause_end(low, d)
    if end < d["sentence"][1] and low[end] == "," and not low[d["end"]:end].strip() and \
            low[max(0, d["start"] - 3):d["start"]].rstrip().endswith(","):
        return _clause_end(low, {"end": end + 1, "sentence": d["sentence"]})
    return end


def _one_whole(text: str, drafts: list[dict[str, Any]], run: list[int]) -> bool:
    """Whether the percentages are of one whole: "70% of cases and 85% of deaths" are not."""
    wholes = set()
    for j in run:
        m = _OF_NOUN.match(text.lower(), drafts[j]["end"])
        if m is not None:
            wholes.add(m.group(1).rstrip("s"))
    return len(wholes) <= 1


# a verb that gives a share of one whole to its subject: "were responsible for 50.7% of
# cancellations", "accounted for 62% of sales", "caused 17% of delays"
_SPLIT_VERB_BEFORE = re.compile(r"\b(?:(?:was|were|is|are|been)[ \u00a0]+(?:responsible"
                                r"|to[ \u00a0]+blame)"
                                r"[ \u00a0]+for|accounted[ \u00a0]+for|accounts?[ \u00a0]+for|"
                                r"made[ \u00a0]+up|makes?[ \u00a0]+up|caused|causes?)[ \u00a0]+"
                                r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under)"
                                r"[ \u00a0]+)?$")
# a share of a level, not of a whole its parts make up ("95% of pre-pandemic levels")
_OF_A_LEVEL = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?"
                         r"(?:levels?|normal|average|capacity|target|the\s+usual)\b")


# a share of the subject's own whole ("61% of its electricity"): the possessive stands for
# each subject of the list in turn
_OF_ITS_OWN = re.compile(r"\s+of\s+(?:its|their|his|her)\b")


def _share_whole(text: str, drafts: list[dict[str, Any]], run: list[int]) -> bool:
    """Percentages of one whole: the first is "N% of X" or they share a sentence of choices."""
    first = drafts[run[0]]
    ss, se = first["sentence"]
    low = text.lower()
    after = text[first["end"]:first["end"] + 30].lower()
    if _SPLIT_VERB_BEFORE.search(low, max(ss, first["start"] - 40), first["start"]) and \
            _OF_BARE_PLURAL.match(after) and len({drafts[j].get("subject") for j in run}) > 1:
        # "Train operators were responsible for 50.7% of cancellations, Network Rail for
        # 27.8%": a verb that gives each its part of one whole, not a rate of its own
        return True
    if (_OF_ITS_OWN.match(after) or (
            _OF_BARE_PLURAL.match(after) and not _VOTE_CONTEXT.search(low, ss, se) and
            not _CHOICE_WORDS.search(low, ss, se))) and \
            len({drafts[j].get("subject") for j in run}) > 1:
        # "Denmark took 61% of its electricity from wind and sun, Uruguay 44%", "c2c ran 84%
        # of trains on time, followed by TfL Rail with 77.7%": each one's share of its own
        # whole (a bare plural names no common one), not shares of one
        return False
    vote = {m.group() for m in _VOTE_CONTEXT.finditer(low, ss, se)}
    if vote and vote <= {"led", "leading", "lead"} and \
            not _CHOICE_WORDS.search(low, max(0, ss - 400), se):
        # "Denmark led with 55%, ahead of Ireland at 30%": a ranking of each place's own
        # rate, not shares of one vote, unless the story is about choices (a vote, a poll)
        vote = set()
    if vote and not _NOT_VERSUS.search(low, ss, first["start"]):
        return True     # "polling at 36%, ahead of ... at 29% and ... at 21%"
    if _OF_A_LEVEL.match(after) or any((drafts[j]["value"] or 0) > 100 for j in run):
        return False    # "95% of pre-pandemic levels on weekdays and 105% at weekends"
    if _own_whole().match(low, first["end"]):
        return False    # "Romania ran a deficit of 9.3% of GDP, Poland 6.6%": each one's
        # ratio to its own economy, no shares of one whole
    # (an adverb may come first: "some 41% either chose to wait longer or were complex cases")
    return bool(re.match(r"^\s+(?:(?:either|also|still)\s+)?(?:of|said|say|backed|back|support|"
                         r"supported|voted|opposed|favou?r|chose|preferred|were|are)\b", after))


def _own_rate(low: str, end: int) -> bool:
    """Whether the words after a percentage make it a rate of the subject's own whole: a
    bare plural ("2.8% of trains") or a whole each place has its own of ("9.3% of GDP")."""
    return bool(_OF_BARE_PLURAL.match(low, end) or _own_whole().match(low, end))


@lru_cache(maxsize=1)
def _own_whole() -> re.Pattern[str]:
    """rules/vocab/rates.yaml ``own_whole``: a whole each place or company has its own of."""
    return re.compile(str(vocab.load("rates.yaml")["own_whole"]))


@lru_cache(maxsize=1)
def _rates_vocab() -> tuple[list[tuple[re.Pattern[str], str, str, bool]], re.Pattern[str],
                            re.Pattern[str]]:
    """rules/vocab/rates.yaml, compiled: (words, numerator, denominator, whether the whole
    reaches back paragraphs) for each rate."""
    from ..extract import vocab

    v = vocab.load("rates.yaml")
    try:
        rates = [(re.compile(str(r["words"])), str(num), str(r["denominator"]),
                  r.get("reach") == "paragraphs") for r in v.get("rates") or []
                 for num in (r["numerator"] if isinstance(r["numerator"], list)
                             else [r["numerator"]])]
        return rates, re.compile(str(v["per_capita"])), re.compile(str(v["population"]))
    except (KeyError, TypeError, re.error) as exc:
        raise vocab.VocabError(f"{vocab.vocab_path('rates.yaml')}: {exc}") from None


_RATE_FROM = frozenset({None, "total", "item"})


def _derived_rates(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """A rate the story works out from two of its figures: a share whose sentence names the
    rate ("About 40% of those infected died", "The death rate among known cases is about 3%")
    is the ratio of the nearest earlier level figures of the rate's two measures, in its
    sentence or the two before it; a count "for every 1,000 people" is the story's earlier
    figure of its measure over the population it names ("With a population of about
    200,000, Samoa has had nearly 29 cases for every 1,000 people" after "5,707 people")."""
    rates, per_capita, population = _rates_vocab()
    pops = [i for i, d in enumerate(drafts)
            if not d["unit"] and d["value"] and population.search(low, max(0, d["start"] - 40),
                                                                  d["start"])]
    for k, idxs in enumerate(sents):
        ss, se = drafts[idxs[0]]["sentence"]
        # the rates the sentence names, read once per sentence (not once per figure)
        named = [(num, den, reach) for rx, num, den, reach in rates if rx.search(low, ss, se)]
        window = [i for j in sents[max(0, k - 2):k + 1] for i in j] if named else []
        for i in idxs:
            d = drafts[i]
            if d["value"] is None or any(x[0] == "ratio" for x in d["extra"]):
                continue
            if d.get("role") is None and _is_rate_share(low, d):
                for num, den, reach in named:
                    a, b = _rate_reading(drafts, idxs if reach else window, i, (num, den),
                                         _paragraphs_back(low, drafts, sents, k) if reach
                                         else None)
                    if a is not None and b is not None and not _rate_of_another(d, drafts[a]):
                        d["extra"].append(("ratio", {"of": a, "per": b}))
                        named = []    # one rate per sentence
                        break
                continue
            m = per_capita.match(low, d["end"]) if not d["unit"] else None
            if m is None or d.get("measure") is None or not pops:
                continue
            a = _nearest(drafts, list(range(max(0, i - RESTATE_WINDOW * 5), i)), i,
                         d["measure"], other_sentence=True)
            pop = [j for j in pops if j != i and j != a]
            if a is not None and pop:
                base = float(m.group("base").replace(",", ""))
                d["extra"].append(("ratio", {"of": a, "per": pop[-1] if pop[-1] < i else pop[0],
                                             "base": base}))
                d["role"] = "rate"


def _rate_of_another(d: dict[str, Any], a: dict[str, Any]) -> bool:
    """Whether the rate ``d`` is said of another subject than the count it would be worked
    from ("4,738 deaths worldwide ... Chad now has the highest case fatality rate, 6.8%")."""
    # (a subject only carried from the sentence before names no other: "Kassala state has
    # recorded 2,500 of the cases. The death rate among known cases is about 3%")
    written = str((d.get("_basis") or {}).get("subject") or "") == "written"
    return written and bool(d.get("subject")) and bool(a.get("subject")) and \
        d["subject"] != a["subject"]


def _paragraphs_back(low: str, drafts: list[dict[str, Any]], sents: list[list[int]],
                     k: int) -> list[int]:
    """The figures of sentence ``k``'s paragraph and the two before, up to it: where the whole
    of a rate that names it ("about 14% of those infected") is looked for (rates.yaml
    ``reach: paragraphs``)."""
    lo = drafts[sents[k][0]]["sentence"][0]
    for _ in range(3):
        lo = low.rfind("\n\n", 0, lo) if lo > 0 else -1
    return [i for j in sents[:k + 1] for i in j if drafts[i]["start"] > lo]


def _rate_reading(drafts: list[dict[str, Any]], window: list[int], i: int,
                  named: tuple[str, str], den_window: list[int] | None = None
                  ) -> tuple[int | None, int | None]:
    """The two figures a named rate at ``i`` is worked from. When the story gives more than
    one level of either measure ("1,210 deaths since March 2022, 80 this week ... 36,943
    cases, 3,500 in the past seven days"), each pair is a reading of the rate, and the one
    nearest the stated rate is taken: the rate is contradicted only when every reading
    disagrees (a case fatality rate of 3.3% is 1,210 of 36,943, not 80 of 3,500). The two
    figures of a reading are of one subject. ``den_window``: where the whole is looked for,
    when not in ``window``."""
    nums = _levels(drafts, window, i, named[0])
    dens = _levels(drafts, window if den_window is None else den_window, i, named[1])
    if not nums or not dens:
        return None, None
    if len(nums) == 1 and len(dens) == 1:
        return nums[0], dens[0]
    v = drafts[i]["value"] / (100.0 if drafts[i]["unit"] == "percent" else 1.0)
    # (among several, a reading pairs figures of one subject: Sudan's 299 deaths are not out of Kassala's
    # 2,500 cases)
    pairs = [(abs(drafts[a]["value"] / drafts[b]["value"] - v), -a, -b, a, b)
             for a in nums for b in dens if drafts[b]["value"] and (
                 drafts[a].get("subject") is None or drafts[b].get("subject") is None or
                 drafts[a].get("subject") == drafts[b].get("subject"))]
    if not pairs:
        return nums[0], dens[0]     # (subjects read apart: the nearest pair, as before)
    _, _, _, a, b = min(pairs)
    return a, b


def _levels(drafts: list[dict[str, Any]], window: list[int], i: int, measure: str,
            most: int = 3) -> list[int]:
    """The nearest (at most ``most``) figures before ``i`` among ``window`` that state a
    level of ``measure``, nearest first."""
    out: list[int] = []
    for j in reversed(window):
        x = drafts[j]
        if j >= i or x["value"] is None or x["unit"] or x.get("measure") != measure or \
                x.get("role") not in _RATE_FROM and x.get("role") != "portion":
            continue
        out.append(j)
        if len(out) == most:
            break
    return out


def _is_rate_share(low: str, d: dict[str, Any]) -> bool:
    """A percentage, or a fraction in words ("about half"), that is no change or gap."""
    if any(k == "percentage_points" for k, _ in d["extra"]):
        return False
    if d["unit"] == "percent":
        return True
    return not d["unit"] and 0 < d["value"] < 1 and \
        fraction_words().search(low, d["start"], d["end"]) is not None


def _nearest(drafts: list[dict[str, Any]], window: list[int], i: int, measure: str,
             other_sentence: bool = False) -> int | None:
    """The nearest figure before ``i`` among ``window`` that states a level of ``measure``."""
    for j in reversed(window):
        x = drafts[j]
        if j >= i or x["value"] is None or x["unit"] or x.get("measure") != measure or \
                x.get("role") not in _RATE_FROM:
            continue
        if other_sentence and x["sentence"] == drafts[i]["sentence"]:
            continue
        return j
    return None


@lru_cache(maxsize=1)
def _reference_re() -> re.Pattern[str]:
    """A figure related to an earlier one named by its period or place, not restated: "The
    March total of 2,591 was nearly double the February figure", "Rockland's 155 cases are
    about half of the national total"."""
    mult = grammar().multiples
    return re.compile(
        r"(?:\s+[a-z-]+){0,2}?\s+(?:was|is|were|are|came\s+to|stood\s+at)\s+(?:about\s+|roughly\s+|almost\s+|"
        r"nearly\s+|more\s+than\s+|over\s+|exactly\s+|just\s+)?(?P<m>" + "|".join(
            re.escape(k).replace(r"\ ", r"\s+") for k in sorted(mult, key=len, reverse=True))
        + r")\s+(?:of\s+)?(?:that\s+of\s+)?the\s+(?P<w>[a-z]+)(?:[’']s)?\s+(?:figure|total|"
        r"number|count|tally|level)\b")


def _named_references(low: str, drafts: list[dict[str, Any]]) -> None:
    """A multiple or a fraction of an earlier figure the sentence names by its period ("the
    February figure": the figure of the same measure for that month or year) or by its place
    or entity ("the national total": the figure of the same measure whose subject it names):
    a stated multiple of that figure, checked as "double the 1,070" is."""
    rx = _reference_re()
    mult = grammar().multiples
    for i, d in enumerate(drafts):
        if d["value"] is None or d.get("measure") is None or \
                d.get("role") not in (None, "total", "item"):
            continue
        m = rx.match(low, d["end"], d["sentence"][1])
        if m is None:
            continue
        w = m.group("w")
        for j in range(i - 1, max(-1, i - 1 - RESTATE_WINDOW * 5), -1):
            x = drafts[j]
            if x["value"] is None or x.get("measure") != d["measure"] or x["unit"] != d["unit"] \
                    or x["sentence"] == d["sentence"]:
                continue
            if (w.isdigit() or w in _MONTHS) and _period_named(x.get("period"), [w]) or \
                    (x.get("subject") or "").startswith(w[:5]) and len(w) >= 5:
                factor = mult[" ".join(m.group("m").lower().split())]
                d["extra"].append(("relation", {"kind": "multiple", "factor": factor,
                                                "of": j}))
                break


@lru_cache(maxsize=1)
def _exchange_vocab() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str],
                               re.Pattern[str]]:
    """The ``exchange`` section of rules/vocab/rates.yaml, compiled."""
    from ..extract import vocab

    v = vocab.load("rates.yaml").get("exchange") or {}
    try:
        return ({str(k): str(c) for k, c in (v.get("currency_words") or {}).items()},
                re.compile(str(v["rate_after"])), re.compile(str(v["equals"])),
                re.compile(str(v["conversion_gap"])))
    except (KeyError, TypeError, re.error) as exc:
        raise vocab.VocabError(f"{vocab.vocab_path('rates.yaml')}: exchange: {exc}") from None


def _currency_code(unit: str) -> str | None:
    return unit if len(unit) == 3 and unit.isupper() else None


def _exchange_rates(low: str, drafts: list[dict[str, Any]]) -> None:
    """A currency conversion checked at the rate the article states, and only then: "€59.6
    billion, about $64.4 billion at an exchange rate of $1.08 per euro", "£2.4 billion ($3.05
    billion) (£1 = $1.27)", "£500 million ($635 million at $1.27 to the pound)". The rates
    (rules/vocab/rates.yaml, ``exchange``) get role "rate"; the converted amount gets
    ``conversion_of`` its original and ``fx_rate`` (units of its currency per unit of the
    original's)."""
    words, rate_after, equals, gap_rx = _exchange_vocab()
    rates: dict[tuple[str, str], float] = {}     # (to, from) -> units of `to` per `from`

    def put(to: str, frm: str, r: float) -> None:
        if r > 0 and to != frm:
            rates.setdefault((to, frm), r)
            rates.setdefault((frm, to), 1.0 / r)

    n = len(drafts)
    for i, d in enumerate(drafts):
        unit, v = d["unit"], d["value"]
        if not unit or not v:
            continue
        if " / " in unit:           # "$1.08 per euro": USD / EUR
            to, _, frm = unit.partition(" / ")
            if _currency_code(to) and _currency_code(frm):
                put(to, frm, float(v))
                d["role"] = "rate"
            continue
        code = _currency_code(unit)
        if code is None:
            continue
        m = rate_after.match(low, d["end"])
        if m is not None and m.group("cur") in words:     # "$1.27 to the pound"
            put(code, words[m.group("cur")], float(v))
            d["role"] = "rate"
            continue
        if i + 1 < n:                                       # "£1 = $1.27"
            b = drafts[i + 1]
            bcode = _currency_code(b["unit"] or "")
            if bcode and bcode != code and b["value"] and b["sentence"] == d["sentence"] and \
                    equals.fullmatch(low, d["end"], b["start"]) and "=" in low[d["end"]:b["start"]] \
                    or bcode and bcode != code and v == 1 and b["value"] and \
                    equals.fullmatch(low, d["end"], b["start"]):
                put(bcode, code, float(b["value"]) / float(v))
                d["role"] = b["role"] = "rate"
    if not rates:
        return
    for i in range(n - 1):
        a, b = drafts[i], drafts[i + 1]
        ca, cb = _currency_code(a["unit"] or ""), _currency_code(b["unit"] or "")
        if not ca or not cb or ca == cb or (cb, ca) not in rates or \
                a.get("role") == "rate" or b.get("role") == "rate" or \
                a["sentence"] != b["sentence"] or not gap_rx.fullmatch(low, a["end"], b["start"]):
            continue
        if not any(k == "conversion_of" for k, _ in b["extra"]):
            b["extra"].append(("conversion_of", i))
        b["extra"].append(("fx_rate", rates[(cb, ca)]))
        b["measure"] = b.get("measure") or a.get("measure")
        b["subject"] = b.get("subject") or a.get("subject")
