"""Vocabulary look-ups for normalization: measures, subjects, sources, hedges.

Patterns are compiled once per process from ``rules/vocab`` (measures.yaml, subjects.yaml,
sources.yaml, hedges.yaml). All matching runs on the lower-cased document text with offsets
unchanged (``str.lower`` keeps offsets for the scripts news text uses; a text where it would
not is matched on a per-character lowering instead). This module must not judge claims.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date
from functools import lru_cache
from typing import Any

from ..extract import vocab
from ..extract.dates import markers, not_cumulative
from ..extract.numbers import QuantityMention, change_words, grammar
from ..extract.text import longest_first
from .phrases import PhraseTable, WordIndex

# a list's next count right after a counted phrase: ", 11,488", " and 9,672", ", and some 300"
_LIST_NEXT = re.compile(r"(?:[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)"
                        r"(?:(?:about|some|nearly|almost|over|more than)[ \u00a0]+)?"
                        r"\d[\d,.]*[ \u00a0]+")

_AP = "[’']"


def _phrase_re(p: str) -> str:
    out = []
    for ch in p:
        if ch in "'’":
            out.append(_AP)
        elif ch == " ":
            out.append(r"[\s\u00a0-]+")    # keys spell hyphens as spaces ("open source")
        elif ch == "-":
            out.append(r"[-\s]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _alt(phrases: list[str]) -> str:
    ps = longest_first({p.lower().strip() for p in phrases if p and p.strip()})
    return "|".join(_phrase_re(p) for p in ps)


def _key(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").replace("-", " ").split())


_NOUN_STOP = re.compile(r"[,;:.!?()\[\]“”\"—–]|\s-\s|\s(?:and|or)\s+(?=[\d$€£])"
                        r"|\n(?=[ \t]*(?:\n|[-*+•#>]|\d+[.)]\s))")
# "by" as a word (written "by" first, then the look behind, so that the scan for it runs at C
# speed: a leading "\b" is tried at every position)
_BY = re.compile(r"by(?<!\wby)\s+")
# words that end the modifiers between a figure and its noun ("1,390 and listed 5 tanks")
NO_MARKER = 1 << 30
CLAUSE_BREAK = re.compile(r"[,;:()\u2014]| \u2013 | - ")
_HAS_DIGIT = re.compile(r"\d")
# the nouns of a change that "in" and the thing changed may follow: "a 14% jump in profit"
_CHANGE_NOUNS_IN = frozenset("""rise rises increase increases jump jumps fall falls drop drops
decline declines decrease decreases gain gains growth climb surge slump cut cuts""".split())
_NOUN_BREAK = frozenset("""
and or but that which who whom while as to in on at by from than was were is are be been had has
have with after before since over under into per listed reported said
""".split())
# the words that end the noun counted after a figure ("16.5 million in March": none named)
NOUN_BREAK = _NOUN_BREAK
# participles that may stand before a count's noun as its modifier: "1,732 reported road
# deaths" (not "5 reported destroyed", "12 reported killed": a participle after them)
_ATTRIBUTIVE = frozenset("reported recorded registered listed".split())


def _attributive(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, right after a figure, modifies the noun after it."""
    return words[i] in _ATTRIBUTIVE and i + 1 < len(words) and \
        words[i + 1] not in _NOUN_BREAK and not words[i + 1].endswith("ed") and \
        words[i + 1][:1].isalpha()


# "95 of them": a part of a count named earlier
_ANTECEDENT = frozenset("them these those which whom".split())
# a pronoun ends the counted noun: "13.1 million subscribers it added"
_PRONOUNS = frozenset("it they he she we you its their his her our this these those there".split())
# "added" before a figure counts what was added ("Employers added 227,000 jobs")
_COUNT_ADDED = re.compile(r"add(?:ed|s|ing)?\s+(?:(?:about|around|nearly|almost|some|roughly|"
                          r"more\s+than|over|another|a\s+further|a\s+net|an\s+estimated|a\s+"
                          r"record|just)\s+)*[\d$€£¥]")
_PUT_OUT = re.compile(r"puts?\s+(?:out\s+of\s+(?:action|commission|the\s+fight)|down\b)")
_AFTER_VERB = re.compile(
    r"\s+(?!(?:on|in|at|by|that|to|for|from|with|last|this|earlier|later|yesterday|today|it|"
    r"they|he|she|we|there|its|their|his|her|some|about|around|nearly|more|over)\b)"
    r"((?:the\s+)?[^,;:.!?“”\"]{2,80})", re.I)
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december today yesterday""".split())
_FIRST_WORD = re.compile(r"\s*([a-z’'-]+)")
# words that, right after a figure, show that no noun names what it counts
_NOT_A_NOUN = frozenset("""
 was were is are be been has have had in on at by for from to and or but the a an according per
since over this that which while as with after before during until against than of so reached
rose fell higher lower more less fewer greater smaller bigger larger up down above below
year-on-year year-over-year annually ahead last earlier later quarter-on-quarter month-on-month
unchanged mark milestone threshold barrier worldwide abroad overseas nationwide statewide
countrywide elsewhere respectively apiece altogether then rather instead thanks owing due
again
overnight tonight
""".split())
# ("35,000 and 31,680 respectively", "two goals apiece", "rose by 1,310 overnight": adverbs
# after a count, no noun of it;
# "put at 261,000 rather than 212,000", "3% instead of 4%": the figure it replaces follows)


# capitalised only because they open a sentence or list item: never a source on their own
_PLAIN_WORDS = frozenset("""
also alone meanwhile separately however earlier later now today yesterday then still both all
each it they this these those there here officials figures data
""".split())


def _plain_word(w: str, measure_phrases: dict[str, Any]) -> bool:
    """Whether one capitalised word is an ordinary word, not a name ("Also reported",
    "Tanks reported destroyed"): a function word, an adverb or a measure's noun."""
    k = w.lower().strip(".,:;").removesuffix("'s").removesuffix("’s")
    return k in _PLAIN_WORDS or k in _NOT_A_NOUN or k in measure_phrases or k in _CALENDAR


def _first_word(low: str, span: tuple[int, int]) -> str:
    m = _FIRST_WORD.match(low, span[0], span[1])
    return m.group(1) if m else ""
# (the source's phrase ends before a verb of what it holds: "Monday's figures from Ukraine's
# armed forces included eight armored combat vehicles")
_INTRO_NP = re.compile(
    r"\s+((?:the\s+|a\s+)?(?:[^,;:.!?()\n“”\"]|\n(?![ \t]*(?:\n|[-*+] |#|\d+[.)] )))"
    r"{2,80}?)(?=\s*(?:[,;:.!?()“”\"]|\n[ \t]*(?:\n|[-*+] |#|\d+[.)] )|$|\s(?:the\s+)?"
    r"(?:russian|ukrainian)\s+forces\b|\s(?:that|which|who|showed|show|included|includes|"
    r"include|gave|gives)\b))")
# the words of a source's name that make it a counting institution, never a side that loses
_BODY_NAME = re.compile(r"\b(?:general staff|ministry)\b")
# introducers of a loss as a side reports it ("reported lost by", "claimed destroyed by"):
# the name after them is a proper-noun phrase, with the words of a body ("Ukraine's military")
_REPORTED = ("reported ", "claimed ")
_REPORTER_NP = re.compile(
    r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|of|and|for|military|army|armed|forces|"
    r"general|staff|ministry|defen[cs]e|government|officials|authorities|command|"
    r"intelligence))*")
# "by Ukraine's count", "by the Ukrainian army's latest estimate", "on Kyiv's figures": whose
# count a figure is (an attribution with no verb), never whose losses it counts
_BY_COUNT = re.compile(
    r"\b(?:by|on|in|to)\s+((?:the\s+)?[a-z][a-z.’'-]*(?:\s+[a-z][a-z.’'-]*){0,3}?(?:'s|’s)\s+"
    r"(?:own\s+)?(?:latest\s+|updated\s+|new\s+|daily\s+)?(?:count|tally|estimates?|figures|"
    r"reckoning|calculations?|data|numbers|reports|updates))\b")
# the same phrase opening a sentence as its grammatical subject: "Kyiv's tally passed 1,050,000
# on Monday", "Ukraine's count rose to N": whose count it is, not a side (no side is named)
_COUNT_OPENS = re.compile(
    r"[\s\W]*((?:the\s+)?[a-z][a-z.’'-]*(?:\s+[a-z][a-z.’'-]*){0,3}?(?:'s|’s)\s+"
    r"(?:own\s+)?(?:latest\s+|updated\s+|new\s+|daily\s+|running\s+)?(?:count|tally|"
    r"reckoning|figures|data|numbers|reports|updates))\b")
# (a possessive before a space or a soft line break: "Kyiv's\ncount stood at 9,249")
_POSSESSIVE_GAP = re.compile(r"['’]s\s")
_AUXILIARY = re.compile(r"[ \u00a0]+(?:has|have|had)(?:[ \u00a0]+(?:also|now|already))?[ \u00a0]*$")
_PRONOUN = re.compile(r"\b(?:they|them|their|it|its|these|those|such)\b")
_NOW = re.compile(r"\b(?:currently|now|today|at present|as of|presently|at the moment)\b")


# what a distance is measured to: "3 km from (the southern outskirts of) Pokrovsk", "110 km
# south of Tampa", "5 km from Pokrovsk's southern edge", "8 km outside the city": up to three
# lower-case words (away, south, north-west...), a preposition, an optional part of a place
# ("the southern outskirts of"), then a proper name or an anaphoric "the town"
_PL_WS = r"[ \u00a0\n]+"
_PLACE_AFTER = re.compile(
    rf"[ \u00a0\n]*(?:[a-z][a-z-]*{_PL_WS}){{0,3}}?(?:from|of|outside|near|to|towards?|beyond)"
    rf"{_PL_WS}(?:(?:the{_PL_WS})?(?:[a-z-]+{_PL_WS})?(?:outskirts|edges?|centre|center|limits|"
    rf"border|approaches|boundary|entrance){_PL_WS}of{_PL_WS})?"
    rf"(?:(?P<ana>the{_PL_WS}(?:town|city|village|settlement|region|capital)\b)"
    rf"|(?P<name>[A-Z][\w’'.-]*(?:[ \u00a0](?:[A-Z][\w’'-]*|(?:of|on|de|del)(?=[ \u00a0][A-Z])))"
    rf"{{0,3}}))")
_POSSESSIVE = re.compile(r"[’']s?$")
# a speaker named by the body they speak for: "a spokesman for the Khortytsia group of forces"
_SPEAKER_FOR = re.compile(
    r"\b(?:spokesman|spokeswoman|spokesperson|official|officials|representative|"
    r"commander|head|chief|adviser|advisor|analyst|analysts)[ \u00a0]+(?:for|of|at|from)"
    r"[ \u00a0]+(?:the[ \u00a0]+)?([A-Z][\w’'-]*(?:[ \u00a0]+[\w’'-]+){0,4})[ \u00a0]*$")

# a source named again by its head noun: "the same ministry", "the agency"
_ANAPHOR_SOURCE = re.compile(
    r"(?i)(?:the|that|this)[ \u00a0]+(?:same[ \u00a0]+)?([a-z]+[ \u00a0]+)??(ministry|agency|service|office|"
    r"department|bureau|authority|institute|organisation|organization|programme|program|"
    r"commission|committee|council|centre|center)")
# "According to the bulletin" after "the daily bulletin of the General Staff": a document of
# the source named last before it, whatever its name ("According to the same report" after
# "Ukraine's General Staff said": that body's report, never a source named "same report")
_ANAPHOR_DOCUMENT = re.compile(r"(?i)(?:the|that|this)[ \u00a0]+(?:same[ \u00a0]+|latest[ \u00a0]+|"
                               r"daily[ \u00a0]+)?(?:bulletin|update|briefing|statement|release|"
                               r"report)")
# a speaker named by the body before them: "a senior UN humanitarian official"
_SPEAKER_NOUNS = ("spokesman", "spokeswoman", "spokesperson", "official", "officials",
                  "representative", "commander", "envoy", "diplomat", "diplomats", "minister",
                  "adviser", "advisor")
_SPEAKER_OF = re.compile(
    r"(?<![\w’'-])([A-Z][\w’'.-]*(?:[ \u00a0]+[A-Z][\w’'.-]*){0,3})(?:[ \u00a0]+[a-z-]+){0,2}"
    r"[ \u00a0]+(?:" + "|".join(_SPEAKER_NOUNS) + r")[ \u00a0]*$")



_NOUN_SKIP = frozenset("""of the a an from to away in on at into toward towards more than less
square cubic sq per each some about around nearly roughly its their his her""".split())
# words that open a phrase of time or circumstance after a figure, not its noun: "210 mm over
# the month" measures no "over"
# ("per", "each", "every": "$42,000 per store" is an amount spread over stores, not one of them)
_NOUN_PREP_STOP = frozenset("""over during across since until till through throughout within under
after before between for with without against beyond ago above below per each every
and or but nor while whereas this last next so""".split())
# (nor a conjunction: "8.1 tonnes per hectare and the area planted" counts no "and"; nor the
# opening of a time, "800,000 hectares this year", "1,200 last month", "so far")
# after a measurement (a temperature, a depth), these open where it was measured: "above 25C
# in 40 towns" measures no towns
_PLACE_OPEN = frozenset("in at on near across".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")
NOUN_WINDOW = 80    # characters after a figure where its noun may stand
# a figure fronted before its clause: "At £10.7bn, borrowing in February was ...", "At 4.1%,
# unemployment is ..." (the sentence's opening words, then the comma and the clause's noun)
# a basis a measure is counted on, right before a phrase that then names no figure of its own:
# "profit before one-off costs", "earnings excluding exceptional items"
# a period noun right after a naming phrase: "budget year", "tax year", "funding period" (not
# the phrase's figures told in turn: "Russia's losses year by year: 106,720 in 2022")
_PERIOD_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:year|years|period|cycle)\b"
                                r"(?![ \u00a0-]*(?:by|on|to|after|over)\b)")
_BASIS_BEFORE = re.compile(r"\b(?:before|excluding|after|net[ \u00a0]+of)[ \u00a0]+"
                           r"(?:[a-z-]+[ \u00a0]+){0,2}$")
_FRONTED_AT = re.compile(r"[\s\"“‘']*at[ \u00a0]+(?:(?:about|around|nearly|almost|just|some|"
                         r"roughly|more[ \u00a0]+than|over|under)[ \u00a0]+)?")
_FRONTED_CLAUSE = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:(?:the|its|their|this|that|public|"
                             r"sector|net|total|overall|annual|monthly)[ \u00a0]+){0,3}")


# after an amount of money, these open what it was earned from or spent on, not what it is
# ("$7.7 billion on iPhone sales", "$2 million for new buses")
_MONEY_STOP = frozenset("on from in at into to for".split())


_DIGIT = re.compile(r"\d")
# a count set against another owner's, its noun written once: "one runway to Heathrow's two",
# "three wins to Spain's two"
_ELIDED_OWN = re.compile(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)"
                         r"[ \u00a0]+([a-z]{3,})[ \u00a0]+(?:to|against|versus|vs\.?)[ \u00a0]+"
                         r"(?:[a-z][\w.-]*[ \u00a0]+){0,2}?[\w.-]+['’]s?[ \u00a0]*$")


def _past_participles(tokens: list[str]) -> list[str]:
    """The words after a figure without the participles that open them as adjectives before
    a noun ("29,717 laboratory-confirmed and probable cases", "1,200 confirmed cases"): a
    participle alone or before a preposition stays ("11 killed in the attack")."""
    i = 0
    while i + 1 < len(tokens) and tokens[i].endswith("ed") and tokens[i + 1] not in _OPEN_PREPS:
        i += 1
        if tokens[i] in ("and", "or") and i + 2 < len(tokens):
            i += 2      # "... and probable": the second adjective of the pair
    return tokens[i:] if i < len(tokens) else tokens


# the words right after a figure that are no noun it counts ("176 on a turnout of 26.9%")
_NOT_A_NOUN_AFTER = frozenset("""on in at of a an the with and or to from by for over than as
after before since more fewer less up down""".split())


def noun_right_after(low: str, end: int) -> str:
    """The noun right after a figure ending at ``end``, singular, or "" (the word ``_WORD_AFTER``
    reads): what a gap or a majority counts ("a majority of 23 seats"), never a noun further
    on ("176 on a turnout")."""
    m = _WORD_AFTER.match(low, end)
    if m is None or m.group(1) in _NOT_A_NOUN_AFTER:
        return ""
    w = m.group(1)
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


def counted_noun(text: str, end: int, money: bool = False, measured: bool = False) -> str:
    """The first content word after a figure, singular ("3,000 km of territory" ->
    "territory", "1,200 troops" -> "troop"): what the figure counts or measures, so two figures
    of one thing in units of different kinds can be compared. Looked for in the figure's clause
    within NOUN_WINDOW characters (searching to the clause's end made a long clause of figures
    quadratic). For an amount of ``money`` a preposition ends the search (``_MONEY_STOP``); for
    a ``measured`` figure (a physical unit) a preposition of place does (``_PLACE_OPEN``)."""
    hi = min(len(text), end + NOUN_WINDOW)
    # (a bracket ends it too: "4 miles (6 km) long" counts no km)
    stop = min([i for i in (text.find(".", end, hi), text.find("\n", end, hi),
                            text.find(",", end, hi), text.find(";", end, hi),
                            text.find("(", end, hi)) if i >= 0] or [hi])
    if money and (digit := _DIGIT.search(text, end, stop)) is not None:
        # (another figure ends an amount's search: "£1 million of his 20 employees' tax" is
        # no amount of employees; the noun after the 20 is the 20's)
        stop = digit.start()
    for m in _WORD.finditer(text, end, stop):
        w = m.group(0).lower()
        if (money and w in _MONEY_STOP) or w in _NOUN_PREP_STOP or \
                (measured and w in _PLACE_OPEN):
            return ""
        if w not in _NOUN_SKIP:
            one = w[:-1] if w.endswith("s") and len(w) > 3 and w not in _SAME_IN_SINGULAR else w
            part = _NOUN_PART.match(text, m.end(), stop)
            if part is not None and part.group(1).lower() in _noun_parts():
                # "kilograms of milk solids": the solids, not the milk (measures.yaml)
                return f"{w} {part.group(1).lower()}"
            return one
    return ""


# the word right after a noun, one space between
_NOUN_PART = re.compile(r"[ \u00a0]([A-Za-z]+)\b")


@lru_cache(maxsize=1)
def _noun_parts() -> frozenset[str]:
    """Words that after a noun name another thing made of it (measures.yaml ``noun_parts``)."""
    return frozenset(str(w).lower() for w in vocab.section("measures.yaml", "noun_parts", list))



# a short aside between a source and its verb: "Moscow, for its part, admitted", "The
# Kremlin, however, said"
_ASIDE = re.compile(r",[ \u00a0]*(?:for[ \u00a0]+its[ \u00a0]+part|for[ \u00a0]+their[ \u00a0]+part|"
                    r"however|meanwhile|in[ \u00a0]+turn|in[ \u00a0]+contrast|by[ \u00a0]+contrast|"
                    r"too|also|though|in[ \u00a0]+a[ \u00a0]+rare[ \u00a0]+\w+|"
                    # "Ukrinform, quoting the same morning report, said": whose figures it gives
                    r"(?:quoting|citing|drawing[ \u00a0]+on|relying[ \u00a0]+on|referring[ \u00a0]+to)"
                    r"[ \u00a0]+[^,;:()\d]{1,50})[ \u00a0]*,[ \u00a0]*$", re.I)
# an adverb between a source and its verb: "Russia last reported", "Moscow previously said"
_ADVERB_END = re.compile(r"[ \u00a0]+(?:last|first|previously|earlier|later|also|officially|"
                         r"recently|once|only|then|itself|has|have|had)[ \u00a0]*$")
# a pronoun right before the verb: "when it said", "they estimated"
# the proper name that opens a sentence ("Moscow officially last named ...")
_OPENER = re.compile(r"[ \u00a0\n\"“]*([A-Z][\w’'-]+(?:[ \u00a0]+[A-Z][\w’'-]+){0,2})(?=[ \u00a0]+[a-z])")
_PRONOUN_END = re.compile(r"(?:^|[ \u00a0])(?:it|they)[ \u00a0]*$")

# a word of loss in the clause after a figure: "1,218,940 combat losses", "200 tanks lost"
_LOSS_WORDS = (r"\b(?:loss|losses|lost|destroyed|killed|dead|casualt|wounded|downed|"
               r"shot\s+down|eliminated|liquidated)")
_LOSS_AFTER = re.compile(r"[\d.,\s]*[^.;:!?()]{0,60}?" + _LOSS_WORDS)
_LOSS_WORD = re.compile(_LOSS_WORDS)

# words of a date that a sentence may open with right before a source's name ("In March Kyiv
# counted ..."): capitalised, but no part of the name
_DATE_LEAD = frozenset(("in", "on", "by", "since", "during", "through", "until", "last", "this",
                        "early", "late", "mid", "january", "february", "march", "april", "may",
                        "june", "july", "august", "september", "october", "november",
                        "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                        "saturday", "sunday"))



# a rate the text names by the word before it ("recycling rate", "vacancy rate", "pass
# rate"), not a rate of something ("the rate of inflation"): group 1 the word
# (never a possessive's letter: "Prince Edward Island's rate" names no "s rate")
_NAMED_RATE = re.compile(r"(?<![\w’'])([a-z]+)[ \u00a0]+rate\b(?![ \u00a0]+of\b)")
# a figure or a clause's end between a named rate and a percentage: the rate is not its measure
_DIGIT_OR_STOP = re.compile(r"[\d;:()]|\.(?:[ \u00a0]|$)")
# words before "rate" that name no thing measured: a rate's frequency, rank or standing
_RATE_NOT_A_THING = frozenset(("the", "a", "an", "its", "their", "this", "that", "same",
                               "annual", "annualised", "annualized", "average", "current",
                               "new", "record", "overall", "official", "headline",
                               "underlying", "higher", "lower", "faster", "slower", "fixed",
                               "variable", "flat", "going", "standard", "basic", "top",
                               "full", "reduced", "base", "market", "exchange", "interest",
                               "national", "regional", "local", "state", "provincial",
                               "federal", "global", "city", "county", "previous", "latest",
                               "own", "whose", "which", "what",
                               # a verb that moves or keeps a rate: "Bank of Russia raises rate
                               # to 4.5%" names the central bank's rate, no "raises rate"
                               "raise", "raises", "raised", "cut", "cuts", "lift", "lifts",
                               "lifted", "hike", "hikes", "hiked", "hold", "holds", "held",
                               "keep", "keeps", "kept", "set", "sets", "lower", "lowers",
                               "lowered", "leave", "leaves", "left", "increase", "increases",
                               "increased", "boost", "boosts", "boosted", "slash", "slashes",
                               "slashed", "trim", "trims", "trimmed", "reduce", "reduces",
                               "reduced", "freeze", "freezes", "froze", "frozen", "change",
                               "changes", "changed", "ease", "eases", "eased", "tighten",
                               "tightens", "tightened"))

class Lexicon:
    """The vocabularies of ``rules/vocab`` as look-up tables and patterns, and one document's
    word index (``begin``) that the look-ups run on."""

    def __init__(self) -> None:
        self._load_measures(vocab.load("measures.yaml"))
        self._mv: dict[str, str] | None = None
        self._load_subjects(vocab.load("subjects.yaml").get("subjects", {}) or {})
        src = vocab.load("sources.yaml")
        self._load_sources(src)
        self.hedge_of: dict[str, str] = {}
        for canon, spellings in (vocab.load("hedges.yaml").get("hedges", {}) or {}).items():
            for sp in spellings or []:
                self.hedge_of[_key(sp)] = canon
        self._attr_cache: dict[tuple[int, int], list[tuple[tuple[int, int], str]]] = {}
        self._places: dict[str, str] | None = None       # gazetteer spelling -> entry
        self._spellings: dict[str, str] | None = None    # another spelling -> the usual one
        self._place_firsts: dict[str, int] | None = None   # last word -> longest name
        self._members: dict[str, tuple[str, ...]] = {}
        self._build_tables(src.get("verbs", []) or [], src.get("introducers", []) or [])
        self.ix: WordIndex | None = None
        self._by: list[int] = []
        self._window_cache = {}
        self._open: Any = None
        self._lost_by_cache: list[tuple[str, re.Pattern[str], re.Pattern[str],
                                        re.Pattern[str]]] | None = None
        self._daily: dict[str, bool] = {}     # measure -> daily_reports

    def _load_measures(self, ms: dict[str, Any]) -> None:
        """measures.yaml: the measures, their families and domains, the phrases that name
        each after a figure (``phrases``) and before it (``before``), and the context a
        phrase needs (``context_for``, ``context_phrases``)."""
        self.domains: dict[str, dict[str, Any]] = ms.get("domains", {}) or {}
        self.dim_default: dict[str, str] = ms.get("dimensions", {}) or {}
        self.measures: dict[str, dict[str, Any]] = ms.get("measures", {}) or {}
        for mid, spec in self.measures.items():
            if not isinstance(spec, dict):
                raise vocab.VocabError(f"{vocab.vocab_path('measures.yaml')}: measure '{mid}' "
                                       "must be a mapping")
        self.families: dict[str, str] = {
            mid: str(spec["family"]) for mid, spec in self.measures.items() if spec.get("family")}
        self.generic_before = frozenset(_key(p) for p in ms.get("generic_before", []) or [])
        self.rank_measure: str | None = ms.get("rank_measure") or None
        # verbs after a figure's noun whose object is no measure of the figure ("322 women won
        # seats"): they end the modifier words a measure's phrase may follow
        self.subject_verbs = frozenset(_key(p) for p in ms.get("subject_verbs", []) or [])
        self._ctx_cache: dict[str, re.Pattern[str]] = {}
        self._story_re: dict[str, re.Pattern[str]] = {}
        self._story_cache: dict[tuple[str, str, int, int, int, int], bool] = {}
        with_context = {mid: spec["context_for"] for mid, spec in self.measures.items()
                        if isinstance(spec.get("context_for"), dict)}
        # measure -> phrases that need its context_for words nearby
        self._strict: dict[str, frozenset[str]] = {
            mid: frozenset(_key(p) for p in (ctx.get("phrases") or []))
            for mid, ctx in with_context.items()}
        # measure -> words in the figure's sentence that rule out its context_for phrases
        self._unless: dict[str, re.Pattern[str]] = {
            mid: re.compile(r"(?<![\w])(?:" + "|".join(
                re.escape(str(w).lower()) for w in ctx["unless"]) + ")")
            for mid, ctx in with_context.items() if ctx.get("unless")}
        self._context_phrases: dict[str, frozenset[str]] = {
            mid: frozenset(_key(p) for p in spec["context_phrases"])
            for mid, spec in self.measures.items() if spec.get("context_phrases") is not None}
        # measure -> phrases that are their own word of losses in a war's story ("960
        # occupiers over the past day": Kyiv names the enemy's people it counts as put out of
        # action so); they need no loss word, a force verb still makes them a force's size
        self._own_context: dict[str, frozenset[str]] = {
            mid: frozenset(_key(p) for p in spec["own_context"])
            for mid, spec in self.measures.items() if spec.get("own_context")}
        # measure -> the verbs that, right before the figure, make its context phrases a
        # force's size ("amassing as many as 50,000 troops"), not a count of its losses
        self._force_verbs: dict[str, re.Pattern[str]] = {
            mid: re.compile(r"(?<![\w])(?:" + "|".join(
                re.escape(str(w).lower()) for w in spec["force_verbs"]) + r")[a-z]*"
                r"(?:\s+(?:up|in|out|over))?\s+(?:(?:" + _FORCE_QUALIFIERS + r")\s+)?"
                # a part of the force: "sent 50,000 troops, including 10,000 North Koreans"
                r"(?:\d[\d,.]*(?:\s+[a-z-]+){1,4},?\s+(?:including|among them|of whom|"
                r"among whom)\s+(?:(?:" + _FORCE_QUALIFIERS + r")\s+)?)?$")
            for mid, spec in self.measures.items() if spec.get("force_verbs")}
        # measure -> the verbs that, right before the figure, are its context ("Kyiv claimed
        # 17,410 Russian troops in May")
        self._count_verbs: dict[str, re.Pattern[str]] = {
            mid: re.compile(r"(?<![\w])(?:" + "|".join(
                re.escape(str(w).lower()).replace(r"\ ", r"\s+") for w in spec["count_verbs"]) +
                r")"
                r"\s+(?:(?:" + _FORCE_QUALIFIERS + r")\s+)?$")
            for mid, spec in self.measures.items() if spec.get("count_verbs")}
        self.own_subjects = frozenset(mid for mid, spec in self.measures.items()
                                      if spec.get("own_subject"))
        # dimensions a naming phrase before the figure may name: rates, money and counts, and
        # any a measure with "before" phrases declares ("carbon dioxide ... 36.8bn tonnes")
        self._before_dims = frozenset({"percent", "currency", "currency_rate", ""} | {
            str(u) for spec in self.measures.values()
            if spec.get("before") for u in spec.get("units") or []})
        # the set of measures a derived measure adds up -> it ("a combined total of N tanks and
        # armoured combat vehicles")
        self.sum_measure: dict[frozenset[str], str] = {
            frozenset(str(x) for x in spec["sum_of"]): mid
            for mid, spec in self.measures.items() if spec.get("sum_of")}
        self._kind_re: re.Pattern[str] | None = None
        self.phrase_measure: dict[str, list[str]] = {}
        self.before_measure: dict[str, list[str]] = {}
        for mid, spec in self.measures.items():
            for p in spec.get("phrases", []) or []:
                self.phrase_measure.setdefault(_key(p), []).append(mid)
            befores = list(spec.get("before", []) or [])
            if spec.get("phrases_before"):
                befores += list(spec.get("phrases", []) or [])
            for p in befores:
                self.before_measure.setdefault(_key(p), []).append(mid)
        # the words of every measure phrase: a capitalised run made only of them ("CPI", "Bank
        # Rate") names a measure, no entity (entities.py)
        self.measure_words = frozenset(w for p in list(self.phrase_measure) +
                                       list(self.before_measure) for w in p.split())
        # every phrase that names a measure after a figure (bare.py: a longer phrase than a
        # bare noun names its own field)
        self.measure_phrases = frozenset(self.phrase_measure)
        # every phrase that names a measure before or after a figure: one word of them alone
        # ("CPI") is never an entity's name (entities.py)
        self.measure_names = self.measure_phrases | frozenset(self.before_measure)

    def _load_subjects(self, subj: dict[str, Any]) -> None:
        """subjects.yaml: each alias with its subjects (in file order) and the domains each
        is limited to; the words a subject may not follow (``not_after``)."""
        # alias -> [(subject, domains or None)], in file order
        self.alias_subjects: dict[str, list[tuple[str, frozenset[str] | None]]] = {}
        self.not_after: dict[str, frozenset[str]] = {}
        for sid, spec in subj.items():
            if isinstance(spec, dict):
                aliases, doms = spec.get("aliases", []) or [], spec.get("domains")
                if spec.get("not_after"):
                    self.not_after[sid] = frozenset(str(w).lower() for w in spec["not_after"])
            else:
                aliases, doms = spec or [], None
            dset = frozenset(doms) if doms else None
            for a in aliases:
                self.alias_subjects.setdefault(_key(a), []).append((sid, dset))
        self.alias_subject = {a: v[0][0] for a, v in self.alias_subjects.items()}
        # subject -> the domains it is limited to (None: any)
        self.subject_domains: dict[str, frozenset[str] | None] = {
            sid: doms for v in self.alias_subjects.values() for sid, doms in v}

    def _load_sources(self, src: dict[str, Any]) -> None:
        """sources.yaml: each source's names and aliases, and the bodies a named party's
        possessive may introduce ("Ukraine's air force")."""
        self.alias_source: dict[str, str] = {}
        for name, aliases in (src.get("sources", {}) or {}).items():
            self.alias_source[_key(name)] = name
            for a in aliases or []:
                self.alias_source.setdefault(_key(a), name)
        self.source_alias_re = re.compile(
            r"(?<![\w])(" + _alt(list(self.alias_source)) + r")(?![\w])")
        # counting bodies that credit a sentence they open: alias -> its canonical name, or
        # the name as written (None) when no source lists it
        names = [str(n) for n in src.get("subject_sources", []) or []]
        subject = {_key(a): n for a, n in self.alias_source.items() if n in names}
        subject.update({_key(n): None for n in names if _key(n) not in subject})
        self.subject_source: dict[str, str | None] = subject
        self.subject_source_re = re.compile(r"(?<![\w])(" + _alt(list(subject)) + r")(?![\w])")
        # "the open-source site Oryx", "the independent outlet Mediazona": a description of
        # the body set before its name (up to three words, then a kind of body)
        kinds = [str(k) for k in src.get("subject_source_kinds", []) or []]
        self.source_kind_re = re.compile(
            r"(?:[a-z][\w'’-]*[ \u00a0]+){0,3}?(?:" + _alt(kinds) + r")[ \u00a0]+") \
            if kinds else None
        self.basis_introducers = tuple(str(b).lower() for b in
                                       src.get("basis_introducers", []) or [])
        bodies = [b.lower() for b in src.get("bodies", []) or []]
        self.bodies = frozenset(bodies)
        self.object_verbs = frozenset(str(v).lower() for v in src.get("object_verbs", []) or [])
        # "Ukraine's air force", "Poland's interior ministry": a named party's body, kept as
        # written when no alias names it
        self.possessive_body = re.compile(
            r"(?<![\w’'-])([A-Z][\w.-]*(?:[ \u00a0]+[A-Z][\w.-]*){0,2}[’']s[ \u00a0]+"
            r"(?:[a-z-]+[ \u00a0]+){0,2}(?:" + _alt(bodies) + r"))[ \u00a0]*$"
        ) if bodies else None
        # "the air force said": a service's own count (sources.yaml ``services``)
        services = [str(b).lower() for b in src.get("services", []) or []]
        self.services = frozenset(services)
        self.bare_service = re.compile(
            r"(?:^|[ \u00a0])the[ \u00a0]+(?:" + _alt(services) + r")[ \u00a0]*$",
            re.IGNORECASE) if services else None

    def _build_tables(self, verbs: list[str], intro: list[str]) -> None:
        """The phrase tables a document's word index is built with (``begin``)."""
        cum, daily, _ = markers()
        self.after_table = PhraseTable((k, k) for k in self.phrase_measure)
        self.subject_table = PhraseTable((a, a) for a in self.alias_subjects)
        self.tables = {
            "subject": self.subject_table,
            "hedge": PhraseTable(self.hedge_of.items()),
            "before": PhraseTable((k, k) for k in self.before_measure),
            "verb": PhraseTable((x, x) for x in verbs),
            "intro": PhraseTable((_key(x), _key(x)) for x in intro),
            "cum": PhraseTable((x, True) for x in cum),
            "notcum": PhraseTable((x, True) for x in not_cumulative()),
            "daily": PhraseTable((x, True) for x in daily),
        }

    def begin(self, low: str, ws: Any | None = None) -> WordIndex:
        """Index one document (lower-cased text, and its word list when known); later look-ups
        refer to it."""
        self._attr_cache = {}
        self._window_cache: dict[tuple[str, str, int, int], bool] = {}
        self._named: list[tuple[int, str]] = []   # (where, source) resolved so far, in order
        self._pronouns: dict[int, int] = {}
        self.ix = WordIndex(low, self.tables, ws)
        # where "by " stands, found once: looking for it from each figure to its sentence's end
        # was quadratic in a long sentence of figures
        self._by = [m.start() for m in _BY.finditer(low)]
        return self.ix

    def marker_spans(self, ss: int, se: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The running-total and the daily markers in the sentence [ss, se), in order, as
        spans; a running-total marker inside a ``not_cumulative`` phrase ("a total of",
        "monthly total") is left out. A marker after a figure applies to it only within its
        clause (no comma, semicolon, colon, bracket or dash between: "45,450 losses, the
        highest monthly total so far" is no running total); see ``CLAUSE_BREAK``."""
        ix = self.ix
        assert ix is not None
        cm, dm, nm = ix.matches["cum"], ix.matches["daily"], ix.matches["notcum"]
        rc, rd = cm.between(ss, se), dm.between(ss, se)
        if not rc and not rd:
            return [], []
        cum = [(cm.starts[k], cm.ends[k]) for k in rc]
        if cum:
            nots = [(nm.starts[j], nm.ends[j]) for j in nm.between(max(0, ss - 20), se)]
            if nots:
                cum = [(a, b) for a, b in cum if not any(x <= a and b <= y for x, y in nots)]
        daily = [(dm.starts[k], dm.ends[k]) for k in rd]
        return cum, daily

    def flags(self, ss: int, se: int) -> tuple[bool, bool]:
        """(cumulative marker, daily marker) in the sentence [ss, se)."""
        ix = self.ix
        assert ix is not None
        return bool(ix.matches["cum"].between(ss, se)), bool(ix.matches["daily"].between(ss, se))

    # -- measures -------------------------------------------------------------------------
    def noun_after(self, text: str, low: str, end: int, se: int) -> tuple[int, int] | None:
        """The words after a figure up to the clause end, as a span (None when empty)."""
        lim = min(se, end + 90)
        m = _NOUN_STOP.search(low, end, lim)
        stop = m.start() if m else lim
        if stop <= end:
            return None
        return end, stop

    def measure(self, low: str, q: QuantityMention, noun: tuple[int, int] | None, ss: int,
                se: int, telegraphic: bool = False) -> str | None:
        dim = q.dim if q.dim not in ("currency_rate",) else "currency"
        if q.dim == "points":
            dim = "percent"
        ix = self.ix
        assert ix is not None
        first = ""
        if noun is not None:
            i0 = ix.word_at(noun[0])
            first = ix.words[i0] if i0 < len(ix.words) and ix.starts[i0] < noun[1] else ""
        if dim in self._before_dims:
            # "Net profit of $6.99 billion beat forecasts", "Core inflation of 3.9%": the phrase
            # right before "of" names the figure, whatever words follow it
            bm = ix.matches["before"]
            r = bm.between(max(ss, q.start - 60), q.start)
            if len(r) and _PHRASE_OF.fullmatch(low, bm.ends[r[len(r) - 1]], q.start):
                phrase = bm.payloads[r[len(r) - 1]]
                if phrase not in self.generic_before:
                    for mid in self.before_measure.get(phrase, []):
                        if self._fits(mid, dim, phrase, low, ss, se, before=True):
                            return mid
        if first == "of":
            # "411 of the 650 seats": a part takes the measure of the whole it is part of
            j = i0 + 1
            if j < len(ix.words) and ix.words[j] in _ANTECEDENT:
                # "air defences shot down 95 of them": a part of a count named before, whose
                # measure is that count's, never the agent's phrase before the figure
                return None
            if j < len(ix.words) and ix.words[j] == "the":
                j += 1
            if j < len(ix.words) and ix.words[j][:1].isdigit() and ix.starts[j] < noun[1]:
                got = ix.match_at(self.after_table, j + 1, noun[1])
                if got is not None:
                    for mid in self.phrase_measure.get(got[2], []):
                        if self._fits(mid, dim, got[2], low, ss, se, wide=telegraphic):
                            return mid
        if noun is not None and first in _CHANGE_NOUNS_IN and i0 + 1 < len(ix.words) and \
                ix.words[i0 + 1] == "in" and \
                (got := self._changed_in(low, i0, dim, ss, se)) is not None:
            return got
        if noun is not None and first in _NOUN_BREAK:
            # a phrase that opens with its own preposition ("$143 billion in revenue", "of
            # sales"): "in" ends the noun for any other phrase
            got = ix.match_at(self.after_table, i0, noun[1])
            if got is not None:
                for mid in self.phrase_measure.get(got[2], []):
                    if self._fits(mid, dim, got[2], low, ss, se, wide=telegraphic):
                        return mid
        if noun is not None and (first not in _NOUN_BREAK or _attributive(ix.words, i0)):
            # a phrase right after the figure, or after up to four modifier words ("9,162 and
            # for artillery systems at 20,039" names nothing after 9,162)
            for i in range(i0, min(i0 + 5, len(ix.words))):
                if ix.starts[i] >= noun[1] or (i > i0 and (ix.words[i] in _NOUN_BREAK
                                                           or ix.words[i] in _OPEN_PREPS
                                                           or ix.words[i][0] <= "9" or
                                                           ix.words[i] in self.subject_verbs)):
                    break  # another figure: "seven reports totalled 60 tanks"; a verb the
                    # counted noun does ("322 women won seats": women, not seats)
                got = ix.match_at(self.after_table, i, noun[1])
                if got is None:
                    continue
                phrase = got[2]
                for mid in self.phrase_measure.get(phrase, []):
                    if self._fits(mid, dim, phrase, low, ss, se, wide=telegraphic,
                                  at=q.start, until=got[1]):
                        return mid
                break
        if dim == "" and (got := self.lost_by_side(low, q, noun, first, ss, se)) is not None:
            return got
        if dim in self._before_dims and (noun is None or first in _NOT_A_NOUN or
                                           first in _COUNTED_PEOPLE or
                                           _EVERY_STRETCH.match(low, q.end) is not None) and \
                (got := self._named_before(low, q, dim, ss, se)) is not None:
            # nearest naming phrase before the figure in its sentence; "people" alone after
            # the figure only says what is counted ("the number of losses to 325,580 people",
            # "the death toll rose to 45 people"): the phrase before names the measure
            return got
        if dim in self._before_dims and _FRONTED_AT.fullmatch(low, ss, q.start):
            got = self._named_after_fronted(low, q, ss, se, dim)
            if got is not None:
                return got
        if q.unit and dim in self.dim_default:
            return self.dim_default[dim]
        return None

    def _named_before(self, low: str, q: QuantityMention, dim: str, ss: int,
                      se: int) -> str | None:
        """The measure the nearest naming phrase before figure ``q`` in its sentence names
        (``measure``), past a generic phrase and a basis ("profit before one-off costs")."""
        ix = self.ix
        assert ix is not None
        bm = ix.matches["before"]
        r = _outside_asides(bm, bm.between(self._parallel_item_end(low, ss, q.num_start),
                                           q.num_start), low, q.num_start)
        if len(r) and _phrase_not_the_figures(low, bm.ends[r[len(r) - 1]], q):
            return None     # another clause, or a measure moving another thing to the figure
        if not len(r):
            return None
        last = len(r) - 1
        while last >= 0 and _PERIOD_NOUN_AFTER.match(low, bm.ends[r[last]]):
            last -= 1   # "this budget year, but the office had spent $185,102": a phrase that
            #             names a period ("budget year", "tax year") names no measure
        if last < 0:
            return None
        if last and _BASIS_BEFORE.search(low, max(ss, bm.starts[r[last]] - 30),
                                         bm.starts[r[last]]):
            # "Pre-tax profit before one-off costs rose to £627 million": the costs are what
            # the profit is counted before, the profit is the figure's
            last -= 1
        phrase = bm.payloads[r[last]]
        if phrase in self.generic_before:
            # a generic phrase ("the running total") defers to a measure's own phrase earlier
            # in the sentence
            k = last
            while k > 0 and bm.payloads[r[k]] in self.generic_before:
                k -= 1
            own = bm.payloads[r[k]]
            if own not in self.generic_before:
                for mid in self.before_measure.get(own, []):
                    if self._fits(mid, dim, own, low, ss, se, before=True):
                        return mid
        for mid in self.before_measure.get(phrase, []):
            if self._fits(mid, dim, phrase, low, ss, se, before=True):
                return mid
        return None

    def _changed_in(self, low: str, i0: int, dim: str, ss: int, se: int) -> str | None:
        """"a 14 per cent jump in annual profit": the measure of what changed, named by a
        phrase within three words after the change noun at word ``i0`` and its "in"."""
        ix = self.ix
        assert ix is not None
        bm = ix.matches["before"]
        lo = ix.starts[i0 + 1] + 3
        hi = min(se, ix.ends[min(i0 + 4, len(ix.words) - 1)])
        r = bm.between(lo, hi)
        if not len(r) or _HAS_DIGIT.search(low, lo, bm.ends[r[0]]):
            return None
        phrase = bm.payloads[r[0]]
        for mid in self.before_measure.get(phrase, []):
            # (a percentage is of what changed, whatever its unit)
            if dim == "percent" or self._fits(mid, dim, phrase, low, ss, se, before=True):
                return mid
        return None

    def lost_by_side(self, low: str, q: QuantityMention, noun: tuple[int, int] | None,
                     first: str, ss: int, se: int) -> str | None:
        """The measure whose ``lost_by`` side "lost" the figure right before it: "The
        occupiers lost 750 people" (``first``, the noun's first word, is "people") is that
        side's personnel; a bare "Russia lost 1,380 in the past day" is too, but only with a
        period right after the figure, words of troops in the document and no other field of
        the war named in it (``lost_bare_needs``); otherwise None (the measure stays open)."""
        first = first if noun is not None else ""
        if first and first not in _NOT_A_NOUN and first not in _COUNTED_PEOPLE:
            return None
        for mid, before, needs, side in self._lost_by():
            if not before.search(low, max(ss, q.start - 80), q.start) and not (
                    _LOST_PRONOUN.search(low, max(ss, q.start - 80), q.start) and
                    side.search(low, max(0, ss - LOST_PRONOUN_REACH), ss)):
                continue
            if first in _COUNTED_PEOPLE:
                return mid if self._fits(mid, "", "people", low, ss, se) else None
            if first and first not in _NOUN_BREAK and not _PERIOD_AFTER.match(low, q.end, se):
                return None     # ("lost over 700 again in a day": an adverb, then the period)
            if not (_PERIOD_AFTER.match(low, q.end, se) or
                    _PERIOD_OPENING.match(low, ss, q.start)) or not needs.search(low):
                return None
            if self._other_war_fields(mid).search(low):
                return None     # "... and five tanks. It also lost 72 in the past day"
            return mid
        return None

    def _lost_by(self) -> list[tuple[str, re.Pattern[str], re.Pattern[str], re.Pattern[str]]]:
        """Per measure with ``lost_by``: (measure, the side and "lost" right before a figure,
        the words of troops its bare figure needs, the side's names alone)."""
        got = self._lost_by_cache
        if got is None:
            got = self._lost_by_cache = [
                (mid, re.compile(side + r"(?:\s+(?:has|have|had))?(?:\s+(?:also|already))?"
                                 r"\s+(?:lost|loses)\s+(?:(?:" + _FORCE_QUALIFIERS +
                                 r")\s+)?$"),
                 re.compile(r"(?<![\w])(?:" + "|".join(
                     re.escape(str(w).lower()) for w in spec.get("lost_bare_needs") or []) +
                     ")"),
                 re.compile(side))
                for mid, spec in self.measures.items() if spec.get("lost_by")
                for side in [r"(?<![\w])(?:" + "|".join(
                    re.escape(str(w).lower()) for w in spec["lost_by"]) + r")(?![\w])"]]
        return got

    def _other_war_fields(self, mid: str) -> re.Pattern[str]:
        """Every phrase of the other measures of ``mid``'s domain (tanks, drones, ...)."""
        rx = self._ctx_cache.get(mid + "\0others")
        if rx is None:
            dom = self.domain(mid)
            words = sorted({p for p, mids in self.phrase_measure.items()
                            if any(m != mid and self.domain(m) == dom for m in mids)
                            and mid not in mids}, key=len, reverse=True)
            rx = self._ctx_cache[mid + "\0others"] = re.compile(
                r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])")
        return rx

    def _parallel_item_end(self, low: str, ss: int, at: int) -> int:
        """Where a naming phrase before a bare figure may start: after the figure and noun of a
        parallel item right before it ("53,300 troops and 2,175 tanks, among them 3,150 troops
        over the past seven days and 350 in the last day": 350 counts what 3,150 counts, not
        the tanks named before), else the sentence start ``ss``."""
        m = _PARALLEL_BEFORE.search(low, max(ss, at - 120), at)
        if m is None:
            return ss
        ix = self.ix
        assert ix is not None
        i = ix.word_at(m.end("num"))
        got = ix.match_at(self.after_table, i, m.end("noun")) if i < len(ix.words) else None
        if got is None or got[0] != m.start("noun") or not self.phrase_measure.get(got[2]):
            return ss
        return got[1]

    def ranked_measure(self, low: str, q: QuantityMention, words: tuple[int, int], ss: int,
                       se: int) -> str | None:
        """The measure of figure ``q`` set "at N" in a sentence ranking a month or a week
        (``words``: the record words' span, month_records.ranked_at) with nothing counted
        after it: the first naming phrase after the record words ("the third-costliest month
        of 2024 for Russian troops"), else the rank words' own measure (``rank_measure``:
        measures.yaml, what "the costliest month" of a war counts when nothing is named), when
        the story is of that measure's domain."""
        ix = self.ix
        assert ix is not None
        dim = "" if q.dim == "count" else q.dim
        for i in range(ix.word_at(words[1]), len(ix.words)):
            if ix.starts[i] >= se:
                break
            got = ix.match_at(self.after_table, i, se)
            if got is None:
                continue
            for mid in self.phrase_measure.get(got[2], []):
                if self._fits(mid, dim, got[2], low, ss, se, before=True):
                    return mid
        mid = self.rank_measure
        spec = self.measures.get(mid or "", {})
        if mid and dim in (spec.get("units") or [dim]) and \
                self.story_of(spec.get("domain"), low, ss, se) and \
                self._in_window(mid, "context", low, ss, se):
            return mid
        return None

    def _named_after_fronted(self, low: str, q: QuantityMention, ss: int, se: int,
                             dim: str) -> str | None:
        """The measure of a figure fronted by "At" before its clause ("At £10.7bn, borrowing
        in February was ..."): the naming phrase that opens the clause after the comma."""
        assert self.ix is not None
        bm = self.ix.matches["before"]
        r = bm.between(q.end, min(se, q.end + 40))
        if not len(r) or not _FRONTED_CLAUSE.fullmatch(low, q.end, bm.starts[r[0]]):
            return None
        phrase = bm.payloads[r[0]]
        for mid in self.before_measure.get(phrase, []):
            if self._fits(mid, dim, phrase, low, ss, se, before=True):
                return mid
        return None

    def _fits(self, mid: str, dim: str, phrase: str, low: str, ss: int, se: int,
              before: bool = False, wide: bool = False, at: int | None = None,
              until: int | None = None) -> bool:
        """Whether ``phrase`` names measure ``mid`` for a figure of dimension ``dim`` in the
        sentence low[ss:se]; ``at`` is the figure's start, for a phrase after it (ending at
        ``until``)."""
        spec = self.measures.get(mid, {})
        units = spec.get("units")
        if units is not None and dim not in units:
            return False
        if not self.story_of(spec.get("domain"), low, ss, se):
            return False    # "312 aircraft" in an airline's results: no war's count
        if at is not None and self._held(spec.get("domain"), low, max(ss, at - 160), at):
            return False    # "Poland has ordered 180 K2 tanks": a purchase, no war's count
        force = self._force_verbs.get(mid)
        if force is not None and at is not None and phrase in self._context_phrases.get(
                mid, ()) and force.search(low, max(ss, at - 120), at):
            return False    # "deployed 10,000 troops ... to retake territory lost": a force
        strict = self._strict.get(mid)
        if strict is not None and phrase in strict:
            # a phrase that other domains use too ("16 dead" after a storm) needs the
            # measure's own words nearby (troops, soldiers, forces... for personnel losses)
            if not self._in_window(mid, "context_for", low, max(0, ss - 300), se):
                return False
            unless = self._unless.get(mid)
            if unless is not None and self._in_window(mid, "unless", low, ss, se):
                return False   # "70,457 wounded" by Gaza's health ministry: no troops' losses
        ctx = spec.get("context")
        if ctx:
            need = self._context_phrases.get(mid)
            if (need is None and not before) or (need is not None and phrase in need):
                # a noun right after the figure ("1,200 troops") needs the loss word in its
                # own sentence ("About 1,200 troops had been deployed" after "62 people died"
                # is no loss), unless it is telegraphic (a headline or key point: "Over the
                # past day: 1,300 personnel"); a naming phrase before the figure ("the figure")
                # may lean on the sentences before
                lo = max(0, ss - 200) if before or wide else ss
                if not self._in_window(mid, "context", low, lo, se) and not \
                        self._claimed(mid, low, ss, at) and not (
                            at is not None and phrase in self._own_context.get(mid, ())) \
                        and not (until is not None and self._listed_with(mid, low, until, se)):
                    return False
        return True

    def _listed_with(self, mid: str, low: str, end: int, se: int) -> bool:
        """Whether the phrase ending at ``end`` is followed, in one list after one verb, by a
        count of another measure of ``mid``'s daily-reported domain that needs no words of
        its own ("the totals stood at 790,800 Russian troops and 9,672 tanks", "1,208,970
        soldiers, 11,488 tanks and ..."): the list is one report's counts of the same war, and
        the troops figure shares the tanks' (readings67, issue #10)."""
        m = _LIST_NEXT.match(low, end, se)
        dom = self.domain(mid)
        if m is None or not self.daily_reports(mid):
            return False
        ix = self.ix
        assert ix is not None
        i = ix.word_at(m.end())
        for k in range(i, min(i + 3, len(ix.words))):
            got = ix.match_at(self.after_table, k, se)
            if got is not None:
                return any(o != mid and self.domain(o) == dom and
                           not self.measures.get(o, {}).get("context")
                           for o in self.phrase_measure.get(got[2], []))
        return False

    def _claimed(self, mid: str, low: str, ss: int, at: int | None) -> bool:
        """Whether one of measure ``mid``'s ``count_verbs`` stands right before the figure at
        ``at`` ("Kyiv claimed 17,410 Russian troops in May"): the claim is of losses."""
        rx = self._count_verbs.get(mid)
        return rx is not None and at is not None and \
            rx.search(low, max(ss, at - 60), at) is not None

    def _held(self, dom: str | None, low: str, lo: int, at: int) -> bool:
        """Whether one of domain ``dom``'s ``holding_verbs`` stands right before the figure
        at ``at`` (low[lo:at]; a qualifier, "more" or "a further" may stand between): "has
        ordered 180 K2 tanks", "bought a further 1,500 tanks" count what was bought, and a
        war's losses are never counted so."""
        verbs = (self.domains.get(dom) or {}).get("holding_verbs") if dom else None
        if not verbs:
            return False
        rx = self._story_re.get("\1" + str(dom))
        if rx is None:
            rx = self._story_re["\1" + str(dom)] = re.compile(
                r"(?<![\w])(?:" + "|".join(re.escape(str(w).lower()).replace(r"\ ", r"\s+")
                                          for w in verbs) +
                r")[a-z]*\s+(?:(?:" + _FORCE_QUALIFIERS + r"|more|some)\s+)?"
                # the later items of the list the verb takes: "ordered 180 K2 tanks and 366
                # Abrams tanks", "bought 1,500 tanks, 300 aircraft and ..."
                r"(?:\d[\d,.]*(?:\s+[\w’'-]+){1,3}(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
                r"(?:(?:" + _FORCE_QUALIFIERS + r"|more|some)\s+)?){0,3}$")
        if rx.search(low, lo, at) is None:
            return False
        # (a word of loss by the figure makes it a count of losses whatever the verb: "had
        # 1,218,940 combat losses", "Russian losses in the war have exceeded 841,000")
        return _LOSS_AFTER.match(low, at, min(len(low), at + 90)) is None and \
            _LOSS_WORD.search(low, max(lo, at - 80), at) is None

    def story_of(self, dom: str | None, low: str, ss: int = 0, se: int = 0) -> bool:
        """Whether the story ``low`` (lower case, whole) may hold figures of domain ``dom``:
        one of the domain's ``story_words`` stands somewhere in it, or one of its
        ``sentence_words`` in the figure's sentence low[ss:se] (true for a domain that lists
        none). The story and each sentence are searched once (the figures of one sentence
        share the answer: searching it again for each was quadratic in a long one)."""
        spec = self.domains.get(dom) or {} if dom else {}
        if not spec.get("story_words"):
            return True
        if self._searched(dom, "story_words", low, 0, len(low)):
            return True
        return bool(se > ss and spec.get("sentence_words") and
                    self._searched(dom, "sentence_words", low, ss, se))

    def _searched(self, dom: str, key: str, low: str, lo: int, hi: int) -> bool:
        """Whether one of domain ``dom``'s ``key`` words stands in low[lo:hi], remembered."""
        ck = (dom, key, hash(low), len(low), lo, hi)     # (a string caches its hash)
        got = self._story_cache.get(ck)
        if got is None:
            if len(self._story_cache) > 4096:
                self._story_cache.clear()
            rx = self._story_re.get(dom + "\0" + key)
            if rx is None:
                words = (self.domains.get(dom) or {}).get(key) or []
                rx = self._story_re[dom + "\0" + key] = re.compile(
                    r"(?<![\w])(?:" + "|".join(re.escape(str(w)) for w in words) + ")")
            got = self._story_cache[ck] = rx.search(low, lo, hi) is not None
        return got

    def _in_window(self, mid: str, kind: str, low: str, lo: int, hi: int) -> bool:
        """Whether the measure's ``kind`` words (context, context_for, unless) stand in
        low[lo:hi]: a span of a sentence, the same for all its figures, so searched once per
        document (searching it again for each figure was quadratic in a long sentence)."""
        key = (mid, kind, lo, hi)
        got = self._window_cache.get(key)
        if got is None:
            rx = self._unless[mid] if kind == "unless" else (
                self._context_re(mid, "context_for") if kind == "context_for"
                else self._context_re(mid))
            # (as before: the context words in a slice, "unless" in the text between lo and hi)
            found = rx.search(low, lo, hi) if kind == "unless" else rx.search(low[lo:hi])
            got = self._window_cache[key] = found is not None
        return got

    def _context_re(self, mid: str, key: str = "context") -> re.Pattern[str]:
        rx = self._ctx_cache.get(mid + "\0" + key)
        if rx is None:
            ctx = self.measures[mid].get(key) or []
            if isinstance(ctx, dict):
                ctx = ctx.get("words") or []
            rx = self._ctx_cache[mid + "\0" + key] = re.compile(
                r"(?<![\w])(?:" + "|".join(re.escape(c) for c in ctx) + ")")
        return rx



    def kind_phrases_re(self) -> re.Pattern[str]:
        """Every measure's phrase as one pattern, longest first (group 1: the phrase), to
        read the kinds a combined figure lists."""
        if self._kind_re is None:
            keys = sorted(self.phrase_measure, key=len, reverse=True)
            self._kind_re = re.compile(r"(" + "|".join(re.escape(k) for k in keys) +
                                       r")(?![\w-])")
        return self._kind_re

    def domain(self, measure: str | None) -> str | None:
        return self.measures.get(measure, {}).get("domain") if measure else None

    def scope_start(self, measure: str | None) -> date | None:
        if not measure:
            return None
        dom = self.measures.get(measure, {}).get("domain")
        v = (self.domains.get(dom) or {}).get("scope_start")
        if isinstance(v, date):
            return v
        return date.fromisoformat(str(v)) if v else None

    def daily_reports(self, measure: str | None) -> bool:
        """Whether the measure's domain is reported in daily reports (measures.yaml
        ``daily_reports``): a report's figure with no period is then the day's figure."""
        if not measure:
            return False
        got = self._daily.get(measure)
        if got is None:     # (asked for every figure many times over: kept per measure)
            dom = self.measures.get(measure, {}).get("domain")
            got = self._daily[measure] = bool((self.domains.get(dom) or {}).get(
                "daily_reports"))
        return got

    def family_members(self, measure: str) -> tuple[str, ...]:
        """Every measure of ``measure``'s family (itself included)."""
        got = self._members.get(measure)
        if got is None:
            fam = self.family(measure)
            got = self._members[measure] = tuple(
                m for m in self.measures if self.family(m) == fam) or (measure,)
        return got

    def family(self, measure: str | None) -> str | None:
        """The measure's family (measures.yaml ``family``), else the measure itself."""
        if measure is None:
            return None
        return self.families.get(measure, measure)

    def shares_period(self, measure: str | None) -> bool:
        """Whether the measure's domain shares one period across measures in a paragraph."""
        dom = self.domain(measure)
        return bool(dom and (self.domains.get(dom) or {}).get("shared_period"))

    def of_change(self, measure: str | None) -> bool:
        """Whether the measure is itself a rate of change (measures.yaml ``of_change``)."""
        spec = self.measures.get(measure) if measure else None
        return bool(spec.get("of_change")) if isinstance(spec, dict) else False

    def held(self, measure: str | None) -> bool:
        """Whether the measure is one its subject holds, so that a count of it gained or lost
        is a change of the holding (measures.yaml ``held``: seats)."""
        spec = self.measures.get(measure) if measure else None
        return bool(spec.get("held")) if isinstance(spec, dict) else False

    def daily_max(self, measure: str | None) -> float | None:
        """More than any single day of ``measure`` has brought (measures.yaml), or None."""
        spec = self.measures.get(measure) if measure else None
        got = spec.get("daily_max") if isinstance(spec, dict) else None
        return float(got) if got is not None else None

    def total_max(self, measure: str | None) -> float | None:
        """Far more than ``measure``'s running total has ever come to (measures.yaml), or
        None."""
        spec = self.measures.get(measure) if measure else None
        got = spec.get("total_max") if isinstance(spec, dict) else None
        return float(got) if got is not None else None

    def own_subject(self, measure: str | None) -> bool:
        """Whether the measure takes a subject only from its own sentence (own_subject)."""
        return measure in self.own_subjects

    def is_state(self, measure: str | None) -> bool:
        return bool(measure and self.measures.get(measure, {}).get("state"))

    def says_now(self, sentence_low: str) -> bool:
        return bool(_NOW.search(sentence_low))

    def open_measure(self, text: str, low: str, qs: int, qe: int, ss: int,
                     se: int) -> str | None:
        """What a count is of when no vocabulary measure names it (entities.yaml
        ``open_measures``): the head noun after it, singular ("1.81 million vehicles" ->
        vehicle), a synonym's measure ("fatalities" -> deaths), and for a generic noun
        ("people", "residents") the verb with it ("166 people infected", "11 people who died",
        "killed 11") when there is one."""
        om = self._open
        if om is None:
            data = vocab.load("entities.yaml").get("open_measures", {}) or {}
            om = self._open = (frozenset(str(w) for w in data.get("generic", []) or []),
                               {str(k): str(v) for k, v in (data.get("verbs") or {}).items()},
                               {str(k): str(v) for k, v in (data.get("nouns") or {}).items()},
                               frozenset(str(w) for w in data.get("subsets", []) or []),
                               frozenset(str(w) for w in data.get("occurrences", []) or []))
        generic, verbs, nouns, subsets, occurrences = om
        if _EVERY_STRETCH.match(low, qe):
            return None     # "about 58 every hour of the month": a rate, no count of hours
        m = _OPEN_NOUN.match(low, qe, min(se, qe + 60))
        noun = subset = None
        noun_end = m.end() if m else qe     # where the words after the noun begin
        if m is not None:
            words = _open_words(m.group(1).split())
            noun = words[-1] if words else None
            # "68 home goals": a subset of the goals, a measure of its own
            subset = words[-2] if len(words) > 1 and words[-2] in subsets else None
            if noun is not None and (noun in _NOT_A_NOUN or noun in _CALENDAR):
                noun = None
            elif noun in occurrences:
                return None
            if noun is not None:
                k = low.find(noun, m.start(1))
                if not text[k:k + len(noun)].islower():
                    noun = None
                else:
                    noun_end = k + len(noun)
        other = _AND_OTHER.match(low, noun_end, se) if noun is not None else None
        if other is not None:
            # "89,210 homes, businesses and other structures": what the list counts is the
            # class its "and other" names, the measure a restatement of it gives
            noun, noun_end = other.group(1), other.end()
        if noun is not None and noun not in generic:
            if noun in nouns:
                return nouns[noun]
            war = [mid for mid in self.phrase_measure.get(noun, [])
                   if self.domain(mid) == "conflict"]
            if war and any(self.war_around(mid, low, ss, se) for mid in war):
                return None     # a war desk's noun out of its context ("deployed 10,000
                # troops" are no losses): no measure, as before open measures (but "homes"
                # out of a power cut are homes, and "400,000 vehicles" a carmaker recalls,
                # with no word of the war's around, are vehicles)
            if noun in self.measures:
                return noun
            # the verb right before the count tells two counts of one noun apart: vehicles
            # "delivered" and vehicles "built" are two measures
            verb = _VERB_BEFORE.search(low, max(ss, qs - 25), qs)
            if subset is not None:
                return f"{subset} {_singular(noun)}"
            part = _PARTICIPLE_AFTER.match(low, noun_end, se)
            if verb is None and part is not None and part.group(1) not in _PLAIN_VERBS:
                # "the 48 rings offered the vaccine at once": a group its participle sets
                # apart, as a verb before the count does ("offered 48 rings")
                return f"{_singular(noun)} {part.group(1)}"
            if verb is not None and verb.group(1) not in _PLAIN_VERBS:
                return f"{_singular(noun)} {verb.group(1)}"
            return _singular(noun)
        # a verb: "people killed", "people who died", "people were evacuated", "killed 11"
        # (right after the noun: "the 516 people infected were homeless")
        tail = _OPEN_VERB_AFTER.match(low, noun_end, se)
        if noun is not None and tail is not None and _verb_of(low, tail, se, verbs):
            return _verb_of(low, tail, se, verbs)
        if noun is None and not _PORTION_BEFORE.search(low, max(ss, qs - 60), qs):
            # a bare count and its verb: "Another 5 were killed in Alabama" (not a portion
            # of a count before it, "Of these, 1,130 were killed": that count's measure)
            # (a verb alone: "the 80.9 million who passed through in 2019" after Heathrow's
            # passengers are the measure named before, no visitors)
            tail = _OPEN_VERB_AFTER.match(low, qe, se)
            if tail is not None and tail.group(1) in verbs:
                return verbs[tail.group(1)]
        head = low[max(ss, qs - 30):qs].split()
        if m is not None and noun is None and m.group(1).split()[0] in verbs:
            return verbs[m.group(1).split()[0]]     # "11 killed"
        while head and head[-1] in ("about", "some", "nearly", "almost", "more", "than",
                                    "at", "least", "around", "roughly", "another"):
            head.pop()
        if head and head[-1] in verbs:
            return verbs[head[-1]]
        if noun is None and (el := _ELIDED_OWN.search(low, max(ss, qs - 60), qs)) is not None:
            # "one runway to Heathrow's two": the count of the noun its pair named
            return nouns.get(el.group(1), _singular(el.group(1)))
        if noun is None:
            got = _measure_named_before(text, low, ss, qs, generic, verbs, nouns)
            if got is None:
                head = _sentence_subject(text, low, ss, qs, generic)
                if head is not None:
                    got = nouns.get(head) or (head if head in self.measures else
                                              _singular(head))
            return got
        return nouns.get(noun, noun)    # ("residents", a generic noun: the population)

    def war_around(self, mid: str, low: str, ss: int, se: int) -> bool:
        """Whether the words a conflict measure needs (``context``, ``context_for``) stand in
        the figure's sentence or the 200 characters before it; true for one that needs none."""
        spec = self.measures[mid]
        kinds = [k for k in ("context", "context_for") if spec.get(k)]
        return not kinds or any(self._in_window(mid, k, low, max(0, ss - 200), se)
                                for k in kinds)

    def change_noun(self, text: str, low: str, qs: int, qe: int, ss: int) -> str | None:
        """What a percentage change is of, in the words of the change itself: "a 4.99%
        council tax rise", "raise council tax by 4.99%", "Government funding rose by 6%" ->
        the one or two nouns (lower case, or capitalised as the sentence's first word); None
        when the figure is worded otherwise."""
        m = _PCT_NOUN_RISE.match(low, qe, min(len(low), qe + 40))
        if m is None:
            m = _RAISE_NOUN_BY.search(low, max(ss, qs - 50), qs) or \
                _noun_rose_by().search(low, max(ss, qs - 50), qs)
        if m is None:
            return None
        words = m.group(1).split()
        said = text[m.start(1):m.end(1)]
        if any(w in _NOUN_BREAK or w in _NOT_A_NOUN or w in _PRONOUNS or w in _CALENDAR or
               w in _OPEN_PREPS or w.endswith("ly") for w in words) or \
                not (said.islower() or (m.start(1) == ss and said[1:].islower())):
            return None
        return " ".join(words[-2:])

    def rate_noun(self, low: str, qs: int, ss: int) -> str | None:
        """What a percentage level is of when a named rate stands before it in its clause: "the
        official recycling rate for waste from households fell to 43.4%", "Household
        recycling rate in England falls to 41.4%" -> "recycling rate"; None when no such rate,
        a figure stands between, or the word before "rate" names no thing ("the annual rate",
        "its rate", "the lowest rate", "the national rate", a possessive: "Calgary's rate")."""
        m = None
        for m in _NAMED_RATE.finditer(low, max(ss, qs - 80), qs):
            pass
        if m is None or _DIGIT_OR_STOP.search(low, m.end(), qs):
            return None
        word = m.group(1)
        if word in _RATE_NOT_A_THING or word in _NOT_A_NOUN or word in _PRONOUNS or \
                word in _CALENDAR or word.endswith(("ly", "est")):     # "the lowest rate"
            return None
        return f"{word} rate"

    def money_noun(self, low: str, qe: int, se: int, qs: int | None = None,
                   ss: int = 0) -> str | None:
        """The noun that names what an amount of money is, singular: right after it ("a $2
        billion deal" -> deal), after its "of" ("£20m of savings" -> saving) or before it
        ("savings of £20m"); None when a word of another kind stands there ("$2 billion in",
        "$2 billion last year", "a rise of £20m": an amount of change, read elsewhere)."""
        m = _MONEY_NOUN.match(low, qe, se)
        if m is not None and _names_money(m.group(1)):
            return _singular(m.group(1))
        for m in (_MONEY_OF_NOUN.match(low, qe, se),
                  _NOUN_OF_MONEY.search(low, max(ss, qs - 45), qs) if qs is not None else None):
            if m is not None and _names_money(m.group(1)):
                return _singular(m.group(1))
        # named by its verb (entities.yaml ``money_verbs``): "the appeal raised £19m", "£19m
        # raised in the first 24 hours" are money raised
        verbs = self._money_verbs()
        m = _WORD_AFTER.match(low, qe, se)
        if m is not None and m.group(1) in verbs:
            return verbs[m.group(1)]
        if qs is not None:
            m = _WORD_BEFORE.search(low, max(ss, qs - 30), qs)
            if m is not None and m.group(1) in verbs:
                return verbs[m.group(1)]
        return None

    def _money_verbs(self) -> dict[str, str]:
        got = self._mv
        if got is None:
            data = vocab.load("entities.yaml").get("money_verbs") or {}
            got = self._mv = {str(k): str(v) for k, v in data.items()}
        return got
    # -- subjects -------------------------------------------------------------------------
    def subject_before(self, low: str, ss: int, pos: int,
                       exclude: list[tuple[int, int]], se: int | None = None,
                       domain: str | None = None) -> str | None:
        ix = self.ix
        assert ix is not None
        sm = ix.matches["subject"]
        for k in reversed(sm.between(ss, pos)):
            start = sm.starts[k]
            if any(s <= start < e for s, e in exclude):
                continue
            sid = self.pick_subject(sm.payloads[k], domain)
            if sid is not None and sid in self.not_after and \
                    sm.payloads[k] in self._gazetteer():
                words = low[max(0, start - 30):start].split()
                if words and (words[-1] in self.not_after[sid] or
                              " ".join(words[-2:]) in self.not_after[sid]):
                    # "Russia's losses in Ukraine", "the invasion of Ukraine": a place, not
                    # whom it is about
                    continue
            if sid is not None:
                return sid
        return None

    def pick_subject(self, alias: str, domain: str | None) -> str | None:
        cands = self.alias_subjects.get(alias, [])
        if domain is not None:
            for sid, doms in cands:
                if doms is not None and domain in doms:
                    return sid
            for sid, doms in cands:
                if doms is None:
                    return sid
            return None
        return cands[0][0] if cands else None

    def subject_in(self, low: str, pos: int, se: int, exclude: list[tuple[int, int]],
                   domain: str | None = None) -> str | None:
        # passive voice after the figure: "... lost by the Russian forces"
        k = bisect_left(self._by, pos)
        m = _BY.match(low, self._by[k], se) if k < len(self._by) and self._by[k] < se else None
        if not m:
            return None
        ix = self.ix
        assert ix is not None
        i = ix.word_at(m.end())
        if i < len(ix.words) and ix.words[i] == "the":
            got = ix.match_at(self.subject_table, i, se) or ix.match_at(self.subject_table, i + 1,
                                                                        se)
        else:
            got = ix.match_at(self.subject_table, i, se)
        if got and not any(s <= got[0] < e for s, e in exclude):
            return self.pick_subject(got[2], domain)
        return None

    def subject_in_noun(self, noun: tuple[int, int] | None, exclude: list[tuple[int, int]],
                        domain: str | None) -> str | None:
        """An alias among the first words after the figure: "1,780 Russian personnel losses"."""
        if noun is None:
            return None
        ix = self.ix
        assert ix is not None
        i0 = ix.word_at(noun[0])
        for i in range(i0, min(i0 + 2, len(ix.words))):
            if ix.starts[i] >= noun[1] or ix.words[i] in _NOUN_BREAK:
                break
            got = ix.match_at(self.subject_table, i, noun[1])
            if got and not any(s <= got[0] < e for s, e in exclude):
                return self.pick_subject(got[2], domain)
        return None

    def has_pronoun(self, low: str, ss: int, pos: int, se: int) -> bool:
        """Whether a pronoun stands in [ss, pos) of the sentence [ss, se) (its first pronoun
        is looked up once per document)."""
        end = self._pronouns.get(ss)
        if end is None:
            m = _PRONOUN.search(low, ss, se)
            end = self._pronouns[ss] = m.end() if m else 1 << 30
        return end <= pos

    # -- sources --------------------------------------------------------------------------
    @staticmethod
    def story_key(phrase: str) -> str:
        """How sources.yaml's names are keyed (lower case, ’ as ', hyphens as spaces)."""
        return _key(phrase)

    def story_body(self, name: str, seen: list[str]) -> str | None:
        """A body named bare ("the Defence Ministry said") in a story whose figures an earlier
        sentence credited to a named party's body: that party's source when one of its aliases
        is the party's name and this body ("Ukraine's defence ministry"), the latest first;
        None when ``name`` is no bare body (sources.yaml ``bodies``) or no source seen fits."""
        body = _key(name)
        if body not in self.bodies:
            return None
        for canon in reversed(seen):
            if any(c == canon and a.endswith(" " + body) and a != body
                   for a, c in self.alias_source.items()):
                return canon
        return None

    def canonical_source(self, phrase: str) -> str | None:
        low = phrase.lower()
        m = self.source_alias_re.search(low)
        if m:
            return self.alias_source[_key(m.group(1))]
        words = phrase.strip(" ,.;:").split()
        if words and words[0].lower() in ("our", "my", "we", "us", "this", "these"):
            return None  # the outlet itself: "according to our sum of the reports"
        while words and words[0].lower() in ("the", "a", "an", "latest", "recent", "new", "its",
                                             "their", "his", "her"):
            words = words[1:]
        if not words:
            return None
        # a bare pronoun or a generic word is no source
        if len(words) == 1 and words[0].lower() in ("it", "they", "he", "she", "we", "i", "you",
                                                    "this", "that", "who", "which", "officials",
                                                    "reports", "report"):
            return None
        if not any(w[:1].isupper() for w in words) and len(words) > 4:
            return None
        if len(words) > 4 and any(ch.isdigit() for ch in phrase):
            # "figures from Ukraine on Tuesday put Russia's artillery losses at 50": a clause
            # with a figure of its own, not a source's name
            return None
        name = " ".join(words)
        # a place in its older spelling is the place ("according to Kiev": Kyiv's count)
        return self._respelled().get(_key(name), name) if len(words) <= 3 else name

    def _respelled(self) -> dict[str, str]:
        """A place's other spellings the gazetteer lists (lower case) -> its usual spelling
        ("kiev" -> "Kyiv"); a name itself is never respelled ("Kyiv" stays, not the oblast)."""
        if self._spellings is None:
            out: dict[str, str] = {}
            items = vocab.load("gazetteer.yaml").get("places", []) or []
            names = {_key(str(i.get("name", "") if isinstance(i, dict) else i)) for i in items}
            for item in items:
                if isinstance(item, dict):
                    for a in item.get("aliases", []) or []:
                        if _key(str(a)) not in names:
                            out.setdefault(_key(str(a)), str(item.get("name", "")))
            self._spellings = out
        return self._spellings

    def attributions(self, text: str, low: str, ss: int, se: int
                     ) -> list[tuple[tuple[int, int], str]]:
        key = (ss, se)
        got = self._attr_cache.get(key)
        if got is not None:
            return got
        out: list[tuple[tuple[int, int], str]] = []
        ix = self.ix
        assert ix is not None
        im = ix.matches["intro"]
        for k in im.between(ss, se):
            m = _INTRO_NP.match(low, im.ends[k], se)
            if m is None:
                continue
            s, e = m.span(1)
            if im.payloads[k].endswith(" by") and im.payloads[k].startswith(_REPORTED):
                # "troops reported lost by Ukraine rose by 1,370": the reporter's name only,
                # never the clause whose verb follows it
                np = _REPORTER_NP.match(text, s, e)
                if np is None:
                    continue
                e = np.end()
            if im.payloads[k] == "per" and not (text[s:s + 1].isupper() or low.startswith(
                    ("the ", "a "), s)):
                continue  # "per day", "per cent"
            name = None
            if self._named and text[s:s + 2] in ("th", "Th"):
                # "According to the ministry" after "Ukraine's defence ministry said": the
                # source named last with those words, as "the ministry said" reads
                name = self._anaphor_source(text[s:e].strip(), s)
            name = name or self.canonical_source(text[s:e])
            if name:
                out.append(((im.starts[k], e), name))
                self._named.append((s, name))
        if _POSSESSIVE_GAP.search(low, ss, se):
            opens = _COUNT_OPENS.match(low, ss, se)
            for m in [*_BY_COUNT.finditer(low, ss, se), *([opens] if opens else [])]:
                name = self.source_alias_re.search(m.group(1))
                if name:
                    out.append((m.span(), self.alias_source[_key(name.group(1))]))
                    self._named.append((m.start(1), out[-1][1]))
        if "general staff" in low[ss:se] or "ministry" in low[ss:se]:
            self._body_names(low, ss, se, out)
        vm = ix.matches["verb"]
        for k in vm.between(ss, se):
            vs, ve = vm.starts[k], vm.ends[k]
            if _COUNT_ADDED.match(low, vs) or _PUT_OUT.match(low, vs):
                # "Employers added 227,000 jobs": a count, not who says so; "the number of
                # Russians put out of action": what was done to them, not who says so
                continue
            plural = low[vs:ve] in _PLURAL_VERBS
            if plural and _DETERMINER_END.search(low, max(ss, vs - 12), vs):
                continue    # "its estimate of Moscow's losses": a noun, not a verb
            lo = max(ss, vs - 90)
            before = text[lo:vs]
            cut = max(before.rfind(c) for c in ",;:“”\"—(")
            aside = _ASIDE.search(before)
            if aside is not None:
                # "Moscow, for its part, admitted": the source stands before the aside
                cut = max(before.rfind(c, 0, aside.start()) for c in ",;:“”\"—(")
                before = before[:aside.start()] + " "
            # "BBC Russian and Mediazona have identified": the auxiliary is no part of the name
            raw = before[cut + 1:]
            phrase = _AUXILIARY.sub(" ", _ADVERB_END.sub(" ", raw))
            name = self._np_source(phrase.strip()) if phrase.strip() else None
            if name is None and _ESTIMATING_VERB.match(low, vs):
                body = _ESTIMATING_BODY.search(phrase)
                name = " ".join(body.group(1).split()) if body else None
            if name is None and self._named and phrase.lstrip()[:2] in ("th", "Th"):
                name = self._anaphor_source(phrase.strip(), vs)
            if name is None and self._named and _PRONOUN_END.search(phrase) and \
                    self._named[-1][0] >= max(0, ss - 300):
                # "Russia last reported its casualties early in the war, when it said that
                # around 6,000 ...": the source just named
                name = self._named[-1][1]
            if name is None and _PRONOUN_END.search(phrase):
                # "Moscow officially last named the number killed in September 2022 - then
                # they declared 5,937 dead": no source named yet; the name opening the sentence
                opener = _OPENER.match(text, ss, vs)
                name = self._np_source(opener.group(1)) if opener else None
            if name:
                # (from where the name starts: an aside cut out of ``raw`` stands after it)
                out.append(((lo + cut + 1 + len(raw) - len(raw.lstrip()), vs), name))
                self._named.append((vs, name))
                continue
            # "..., said the ministry." (never "estimate X": a verb that is also a noun)
            after = text[ve:min(se, ve + 90)]
            am = None if plural or low[vs:ve] in self.object_verbs else \
                _AFTER_VERB.match(after)
            if am:
                name = self._np_source(am.group(1).strip())
                if name:
                    out.append(((ve + am.start(1), ve + am.end(1)), name))
                    self._named.append((ve, name))
        self._attr_cache[key] = out
        return out

    def _body_names(self, low: str, ss: int, se: int,
                    out: list[tuple[tuple[int, int], str]]) -> None:
        """A source's name that is a staff or a ministry ("Ukraine's General Staff counts far
        more: 6,290 tanks"), with no verb of saying: who counts, so the side it names
        ("Ukraine's") is never whose losses the figures are."""
        for m in self.source_alias_re.finditer(low, ss, se):
            if _BODY_NAME.search(m.group(1)) and not any(
                    a <= m.start() < b for (a, b), _ in out):
                out.append((m.span(), self.alias_source[_key(m.group(1))]))
                self._named.append((m.start(), out[-1][1]))

    def _anaphor_source(self, phrase: str, pos: int) -> str | None:
        """"The same ministry said", "the health ministry said": the source named last before
        ``pos`` whose name has those words ("Gaza Health Ministry"), else None."""
        if _ANAPHOR_DOCUMENT.fullmatch(phrase):
            return next((name for at, name in reversed(self._named) if at < pos), None)
        m = _ANAPHOR_SOURCE.fullmatch(phrase)
        if m is None:
            return None
        words = [w.lower() for w in (m.group(1) or "").split()] + [m.group(2).lower()]
        for at, name in reversed(self._named):
            if at < pos and all(w in name.lower().split() for w in words):
                return name
        return None

    def _np_source(self, phrase: str) -> str | None:
        m = self.source_alias_re.search(phrase.lower())
        if m:
            return self.alias_source[_key(m.group(1))]
        # only a proper-noun phrase ("the Kyiv Independent") counts without an alias
        words = phrase.split()
        tail: list[str] = []
        for w in reversed(words):
            if w[:1].isupper() or (tail and w.lower() in ("of", "for", "the", "and")):
                tail.insert(0, w)
            else:
                break
        while tail and tail[0].lower() in ("of", "for", "the", "and"):
            tail = tail[1:]
        while len(tail) > 1 and tail[0].lower().rstrip(",") in _DATE_LEAD:
            tail = tail[1:]     # "In March Kyiv counted ...": the date before the name
        if not tail and (" for " in phrase or " of " in phrase or " at " in phrase or
                         " from " in phrase):
            # "a spokesman for the Khortytsia group of forces": the body a speaker stands for
            m = _SPEAKER_FOR.search(phrase)
            if m is not None:
                return " ".join(m.group(1).split())
        if not tail and self.possessive_body is not None:
            m = self.possessive_body.search(phrase)
            if m is not None:
                return " ".join(m.group(1).split())
        if not tail and self.bare_service is not None:
            m = self.bare_service.search(phrase)
            if m is not None:
                # "..., the air force said": a service's own count, kept as written
                return " ".join(m.group(0).split()).removeprefix("the ").removeprefix("The ")
        if not tail and phrase.rstrip().endswith(_SPEAKER_NOUNS):
            # "a senior UN humanitarian official": the body named before the speaker
            m = _SPEAKER_OF.search(phrase)
            if m is not None:
                name = " ".join(m.group(1).split())
                canon = self.source_alias_re.fullmatch(name.lower())
                return self.alias_source[_key(canon.group(1))] if canon else name
        if not tail:
            m = _GROUP_SOURCE.search(phrase)
            if m is not None:
                # "military experts reckon", "several Western analysts suggest": a group of
                # people who estimate, not the dataset's publisher
                return " ".join(m.group(1).split())
        if tail and not (len(tail) == 1 and tail[0].lower() in ("it", "they", "he", "she",
                                                                 "we", "i", "you", "this")) \
                and not all(w.lower().strip(".,").removesuffix("'s").removesuffix("’s")
                            in _CALENDAR for w in tail) \
                and not (len(tail) == 1 and _plain_word(tail[0], self.phrase_measure)):
            return " ".join(tail)
        return None

    def quote_source(self, text: str, low: str, qs: int, qe: int) -> str | None:
        """Who a quotation belongs to: "“...,” X assessed", "“...,” said X", "X said: “...”"."""
        ix = self.ix
        assert ix is not None
        vm = ix.matches["verb"]
        lim = min(len(text), qe + 160)
        after = vm.between(qe, lim)
        if len(after):
            k = after[0]
            vs, ve = vm.starts[k], vm.ends[k]
            head = text[qe:vs]
            # only the attribution clause may stand between the quote and its verb ("the
            # number of Russians put out of action" after it is no attribution)
            if not any(ch in head for ch in ".!?“”\"\n;") and not _PUT_OUT.match(low, vs):
                phrase = head.strip(" ,\u00a0—–-")
                if phrase:
                    got = self._np_source(phrase) or self.canonical_source(phrase)
                    if got:
                        return got
                else:  # "“...,” said the ministry."
                    am = _AFTER_VERB.match(text, ve, lim)
                    if am:
                        got = self._np_source(am.group(1).strip())
                        if got:
                            return got
        before = vm.between(max(0, qs - 160), qs)
        if len(before):
            k = before[-1]
            vs, ve = vm.starts[k], vm.ends[k]
            tail = text[ve:qs]
            if len(tail) <= 30 and not any(ch in tail for ch in ".!?“”\"\n"):
                head = text[max(0, vs - 90):vs]
                cut = max(head.rfind(c) for c in ".;:“”\"\n")
                phrase = head[cut + 1:].strip(" ,")
                if phrase:
                    got = self._np_source(phrase)
                    if got:
                        return got
        return None

    # -- hedges ---------------------------------------------------------------------------
    def hedge(self, low: str, pos: int, ss: int, se: int) -> str | None:
        lo = max(ss, low.rfind(";", ss, pos) + 1)
        ix = self.ix
        assert ix is not None
        hm = ix.matches["hedge"]
        r = hm.between(lo, pos)
        return hm.payloads[r[-1]] if len(r) else None

    # -- places ---------------------------------------------------------------------------
    def _gazetteer(self) -> dict[str, str]:
        """Every accepted spelling (lower case, no possessive) -> the gazetteer's usual
        spelling; read on first use (only distances need it)."""
        if self._places is None:
            places: dict[str, str] = {}
            for item in vocab.load("gazetteer.yaml").get("places", []) or []:
                if isinstance(item, dict):
                    name = str(item.get("name", ""))
                    spellings = [name, *[str(a) for a in item.get("aliases", []) or []]]
                else:
                    name = str(item)
                    spellings = [name]
                for sp in spellings:
                    places.setdefault(_key(sp), name)
                    if sp.endswith(" Oblast"):
                        places.setdefault(_key(sp[:-7]), name)
            self._places = places
        return self._places

    def canonical_place(self, name: str) -> str:
        """A place name as the gazetteer spells it, else as written (possessive dropped)."""
        name = _POSSESSIVE.sub("", name.strip().rstrip("."))
        return self._gazetteer().get(_key(name), name)

    def place_after(self, text: str, end: int, se: int) -> tuple[str | None, bool]:
        """What the distance ending at ``end`` is measured to: (name, anaphoric). The name is
        None when the text names no place; anaphoric is True for "the town", "the city's".
        A capitalised name must be in the gazetteer or not start the words after the figure
        with a function word."""
        m = _PLACE_AFTER.match(text, end, se)
        if m is None:
            return None, False
        if m.group("ana"):
            return None, True
        name = m.group("name")
        if name.lower() in _NOT_PLACES:
            return None, False
        return self.canonical_place(name), False

    def last_place_before(self, text: str, pos: int) -> str | None:
        """The gazetteer place named last before ``pos`` (for "the town" after it), looked up
        word by word backwards (up to 300 words) in the document's word index."""
        gaz = self._gazetteer()
        if self._place_firsts is None:
            self._place_firsts = {}
            for key in gaz:
                ws = key.split()
                n = self._place_firsts.get(ws[-1], 0)
                self._place_firsts[ws[-1]] = max(n, len(ws))
        ix = self.ix
        assert ix is not None
        W = ix.words
        lasts = self._place_firsts
        i = ix.word_at(pos) - 1
        stop = max(-1, i - 300)
        while i > stop:
            n = lasts.get(W[i])
            if n:
                for k in range(min(n, i + 1), 0, -1):
                    name = " ".join(W[i - k + 1:i + 1])
                    if name in gaz:
                        return gaz[name]
            i -= 1
        return None


# the words after a count up to its head noun: "1.81 million vehicles", "157 emergency shelters"
# a group of people as the source of an estimate, with up to two words before it ("military
# experts", "independent analysts"); quantifiers and articles are left out of the name
_GROUP_SOURCE = re.compile(
    r"(?:^|\s)(?:(?:some|several|many|various|most|other|the|a|few)\s+)*"
    r"((?:[A-Za-z-]+\s+){0,2}(?:experts|analysts|observers|researchers|commentators|"
    r"specialists|economists|diplomats|officials))\s*$", re.IGNORECASE)
# a body that makes estimates of its own, a source only before a verb of estimating ("a
# Washington think tank estimates that ... 1.2 million"); "The think tank put Russia's
# casualties at 162,390" restates the General Staff's count
_ESTIMATING_BODY = re.compile(r"(?:^|\s)((?:[A-Za-z-]+\s+){0,2}(?:think[ -]tanks?|study|studies))"
                              r"\s*$", re.IGNORECASE)
_ESTIMATING_VERB = re.compile(r"(?:estimat|reckon|assess|believ|suggest|project|calculat)")
# attribution verbs of a plural source that are nouns as well ("Western officials estimate"
# but "its estimate of"): a source only before them, never after, nor after a determiner
_PLURAL_VERBS = frozenset(("estimate", "suggest", "assess", "reckon"))
_DETERMINER_END = re.compile(r"(?:\b(?:its|their|the|an?|his|her|our|my|your|this|that|"
                             r"whose)|['’]s)\s+$")
# nouns after a figure that say only that people are counted, not what of them
_COUNTED_PEOPLE = frozenset(("people", "persons", "individuals"))
# a period right after a bare figure ("lost 1,380 in the past day", "over the past 24 hours")
_PERIOD_AFTER = re.compile(r"[ \u00a0]+(?:again[ \u00a0]+)?(?:(?:in|over|during|within)[ \u00a0]+(?:the[ \u00a0]+)?"
                           r"(?:past|last|previous)[ \u00a0]+(?:day|24[ \u00a0]+hours|week|month)"
                           r"|in[ \u00a0]+(?:a|one)[ \u00a0]+(?:single[ \u00a0]+)?day|overnight|"
                           r"yesterday|on[ \u00a0]+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")
# ... or a period that opens the figure's sentence ("In November it had lost 47,520", "On
# Tuesday, Russia lost 1,200"): a month, a weekday or a past day, week or month
_PERIOD_OPENING = re.compile(r"\W*(?:in|during|throughout|over|on)[ \u00a0]+(?:the[ \u00a0]+)?"
                             r"(?:(?:past|last|previous)[ \u00a0]+(?:day|24[ \u00a0]+hours|week|"
                             r"seven[ \u00a0]+days|month)|january|february|march|april|may|june|"
                             r"july|august|september|october|november|december|"
                             r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^,;:.\d]{0,80}$")
# a pronoun for the side ("it had lost", "they lost") stands for it when the side is named
# in the sentence before (within LOST_PRONOUN_REACH characters)
_LOST_PRONOUN = re.compile(r"(?<![\w])(?:it|they)(?:\s+(?:has|have|had))?(?:\s+(?:also|already))?"
                           r"\s+(?:lost|loses)\s+$")
LOST_PRONOUN_REACH = 300
# the qualifiers that may stand between a force verb and its figure ("amassing as many as")
_FORCE_QUALIFIERS = ("as many as|up to|about|around|some|nearly|almost|more than|over|roughly|"
                     "an estimated|another|at least|an additional|a further|a total of")
_VERB_BEFORE = re.compile(r"\b([a-z]+ed|built|sold|made|won|lost|took|got|cut|hit|drew|flew|"
                          r"ran|grew|brought|bought|kept|left|held)[ \u00a0]+(?:about[ \u00a0]+|"
                          r"some[ \u00a0]+|nearly[ \u00a0]+|almost[ \u00a0]+|more[ \u00a0]+than[ \u00a0]+|"
                          r"a[ \u00a0]+record[ \u00a0]+|a[ \u00a0]+total[ \u00a0]+of[ \u00a0]+|"
                          r"just[ \u00a0]+|over[ \u00a0]+)?$")
# verbs that say only that a count was given: no measure of their own
# a past participle right after a counted noun with an object of its own, which sets a group
# apart ("rings offered the vaccine", "those given a placebo"); a participle alone or with a
# phrase describes the things ("systems destroyed in August", "vehicles fitted with airbags")
_PARTICIPLE_AFTER = re.compile(r"[ \u00a0]+((?!(?:indeed|hundred|exceed|proceed|succeed)\b)"
                               r"[a-z]{3,}ed)[ \u00a0]+(?:the|a|an|their|its)[ \u00a0]")
_PLAIN_VERBS = frozenset("""reported recorded registered counted listed logged totalled totaled
reached topped hit passed exceeded surpassed confirmed announced posted noted stood numbered
included estimated revised raised lowered""".split())
_PHRASE_OF = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:(?:about|nearly|almost|some|just|around|roughly)"
                        r"[ \u00a0]+)?")
_OPEN_PREPS = frozenset("""across among around between within without through throughout near
about against along beyond inside outside toward towards upon via despite including""".split())
_OPEN_VERBS = frozenset("""went came made took got left lost won gave kept ran rose fell grew
saw say says said include includes stood sat put set paid met beat hit topped would could
should will may might must can compare compares remain remains continue continues represent
represents mean means make makes show shows take takes bring brings push pushes lift lifts
leave leaves broke breaks sold""".split())
# words after an amount that say what kind of figure it is, not what it is of ("The $3.40
# average" restates a price; "a $2 billion increase" is a change)
# a level said of the noun phrase before its verb: "the waiting list in England fell to 7.45m"
# words that name how many of the noun before them, not a thing: "passenger numbers"
_COUNT_WORDS = frozenset("numbers number figures totals count counts levels".split())
# words of a count's scope or standing before its noun, no thing it counts: "the overall count"
_COUNT_ADJECTIVES = frozenset("overall running total cumulative official grand combined whole "
                              "entire latest new final updated".split())
_SAID_OF = re.compile(
    r"(?<![a-z-])((?:[a-z][a-z-]+[ \u00a0]+){0,2}[a-z][a-z-]+)[ \u00a0]+"
    r"(?:in[ \u00a0]+[a-z]+(?:[ \u00a0]+[a-z]+)?[ \u00a0]+)?(?:rose|fell|grew|climbed|dropped|"
    r"reached|jumped|increased|decreased|declined|stood|stands|hit|hits|falls|rises|grows|"
    r"reaches|climbs|drops|totalled|totaled|totals|rise|fall|grow|climb|drop|jump|reach|top)"
    r"[ \u00a0]+(?:(?:\d[\d.,]*%|[a-z]+)[ \u00a0]+)?(?:to[ \u00a0]+|at[ \u00a0]+)?"
    r"(?:(?:about|some|nearly|almost|around|roughly|more[ \u00a0]+than|over|just|an[ \u00a0]+"
    r"estimated|a[ \u00a0]+record)[ \u00a0]+)?$")
# ... or said to be it: "The resident population was 21,507,719" (a noun phrase of two
# words at most right before the verb, nothing between)
_SAID_TO_BE = re.compile(
    r"(?<![a-z-])((?:[a-z][a-z-]+[ \u00a0]+)?[a-z][a-z-]+)[ \u00a0]+(?:was|were|is|are)[ \u00a0]+"
    r"(?:(?:about|some|nearly|almost|around|roughly|more[ \u00a0]+than|just|an[ \u00a0]+"
    r"estimated)[ \u00a0]+)?$")
_PORTION_BEFORE = re.compile(r"\b(?:of|among)[ \u00a0]+(?:these|them|those|whom|which|the[ \u00a0]+"
                             r"dead|the[ \u00a0]+total)\b")
_MONEY_NOT_WHAT = frozenset("""average total figure amount sum level mark record high low peak
increase rise jump fall drop decline cut gain growth loss surplus shortfall difference gap
apiece worth overall net gross each per a an the""".split())
_WORD_AFTER = re.compile(r"[ \u00a0]+([a-z]+)\b")
_WORD_BEFORE = re.compile(r"\b([a-z]+)[ \u00a0]+(?:(?:about|some|nearly|almost|more[ \u00a0]+than|"
                          r"over|just|a[ \u00a0]+further|another|(?:a[ \u00a0]+)?record|"
                          r"an[ \u00a0]+estimated|a[ \u00a0]+total[ \u00a0]+of)[ \u00a0]+)?$")
_MONEY_NOUN = re.compile(r"[ \u00a0]+([a-z][a-z-]{2,})\b(?![’'])")
# what a percentage change is of: "a 4.99% council tax rise", "raise council tax by 4.99%",
# "Government funding rose by 6%"
_PCT_NOUN_RISE = re.compile(r"[ \u00a0]+((?:[a-z]+[ \u00a0]+)?[a-z]+)[ \u00a0]+(?:increase|rise|"
                            r"hike|cut|reduction)\b")
_RAISE_NOUN_BY = re.compile(r"\b(?:raise[sd]?|raising|cut|cuts|cutting|increase[sd]?|lift(?:ed|s)?|"
                            r"lower(?:ed|s)?)[ \u00a0]+(?:(?:its|their|the)[ \u00a0]+)?((?:[a-z]+"
                            r"[ \u00a0]+)?[a-z]+)[ \u00a0]+by[ \u00a0]+$")


@lru_cache(maxsize=1)
def _noun_rose_by() -> re.Pattern:
    """The one or two words before a change verb that end at a figure: "Government funding
    rose by", "Passenger numbers grew about" (verbs: ``rules/vocab/changes.yaml``)."""
    # (a place, a sector or whose may stand between the noun and its verb: "Retail sales in
    # Canada fell 0.1%", "Sales at the retailer fell 30%", "Applications for asylum in the UK
    # fell by 20%"; and "were down", "edged up" are verbs of change too)
    return re.compile(r"(?<![\w’'-])((?:[a-z]+[ \u00a0]+)?[a-z]+)[ \u00a0]+"
                      r"(?:(?:in|across|at|for)[ \u00a0]+(?:the[ \u00a0]+)?[a-z]+"
                      r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]+){0,2}(?:" + change_words("past", "present") +
                      r"|(?:was|were|is|are|edged|inched)[ \u00a0]+(?:up|down))[ \u00a0]+"
                      r"(?:by[ \u00a0]+)?(?:(?:just|about|some|nearly|almost|around)[ \u00a0]+)?$")


# "£20m of savings" and "savings of £20m": the noun on the other side of "of"
_MONEY_OF_NOUN = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:(?:new|extra|additional|further)"
                            r"[ \u00a0]+)?([a-z][a-z-]{2,})\b(?![’'])")
_NOUN_OF_MONEY = re.compile(r"(?<![\w-])([a-z][a-z-]{2,})[ \u00a0]+of[ \u00a0]+(?:(?:about|some|"
                            r"nearly|almost|around|roughly|more[ \u00a0]+than|over|at[ \u00a0]+"
                            r"least|up[ \u00a0]+to|just|an[ \u00a0]+estimated)[ \u00a0]+)?$")


def _names_money(w: str) -> bool:
    """Whether a word beside an amount of money can name what the amount is."""
    return not (w in _NOUN_BREAK or w in _NOT_A_NOUN or w in _PRONOUNS or w in _OPEN_VERBS or
                w in _OPEN_PREPS or w in _CALENDAR or w in _MONEY_NOT_WHAT or
                _singular(w) in _MONEY_NOT_WHAT or w.endswith(("ed", "ing", "ly")))
# "the number of people evacuated reached about 1,200": the count's noun (and verb) before it
_NUMBER_OF = re.compile(
    r"\b(?:number|total|count|tally)[ \u00a0]+of[ \u00a0]+((?:[a-z-]+[ \u00a0]+){1,2}?)"
    r"(?:[a-z-]+[ \u00a0]+){0,3}?(?:(?:has|had|have)[ \u00a0]+)?(?:reached|rose|risen|fell|fallen|"
    r"climbed|jumped|stood|stands|was|is|were|hit|increased|decreased|dropped|grew|topped|passed|"
    r"surged|soared|came)[ \u00a0]+(?:to[ \u00a0]+|at[ \u00a0]+)?(?:(?:about|some|nearly|"
    r"almost|around|roughly|more[ \u00a0]+than|over|just|an[ \u00a0]+estimated)[ \u00a0]+)?$")
def _open_words(tokens: list[str]) -> list[str]:
    """The words after a figure that may name what it counts, up to the first that cannot
    (a verb, a pronoun, a preposition, a participle)."""
    words: list[str] = []
    for w in _past_participles(tokens):
        if w in _TIME_BACK:
            # "841,660 reported one week ago", "1,200 troops a week earlier": the words of
            # the time before it name no count
            while words and words[-1] in _TIME_SPAN_WORDS:
                words.pop()
            break
        if w in _NOUN_BREAK or w in _PRONOUNS or w in _OPEN_VERBS or w in _NOT_A_NOUN or \
                w in _OPEN_PREPS or w.endswith(("ed", "ing")):
            break
        words.append(w)
    return words


# the words that end a time back from the figure ("one week ago", "a day earlier") and those
# that the time is written with before them, which name no count
_TIME_BACK = frozenset("ago earlier later".split())
_TIME_SPAN_WORDS = frozenset("""a an one two three four five six seven eight nine ten few several
day days week weeks fortnight fortnights month months year years""".split())
# a list of nouns after a count closed by the class they belong to: ", businesses and other
# structures"
_AND_OTHER = re.compile(r"(?:,[ \u00a0]+[a-z][a-z-]*){0,4},?[ \u00a0]+(?:and|or)[ \u00a0]+other[ \u00a0]+"
                        r"([a-z][a-z-]*)")
# a stretch right after a figure that makes it a rate ("58 every hour", "1,383 each day"):
# the stretch is no noun the figure counts (Lexicon.open_measure)
_EVERY_STRETCH = re.compile(r"[ \u00a0]+(?:every|each|per)[ \u00a0]+(?:second|minute|hour|day|"
                            r"night|week|fortnight|month|quarter|year)\b")
_OPEN_NOUN = re.compile(r"[ \u00a0]+((?:[A-Za-z][A-Za-z-]*(?:[ \u00a0]+|(?=[^A-Za-z -]|$))){1,4})")
_PARTICLE = re.compile(r"[ \u00a0]+([a-z]+)")


def _verb_of(low: str, tail: re.Match[str], se: int, verbs: dict[str, str]) -> str | None:
    """The measure a generic noun's verb names (entities.yaml ``open_measures.verbs``), the
    verb with its particle first: "people passed through the museum's doors" are visitors,
    while "passed" alone names nothing ("people passed the test")."""
    nxt = _PARTICLE.match(low, tail.end(1), se)
    if nxt is not None and f"{tail.group(1)} {nxt.group(1)}" in verbs:
        return verbs[f"{tail.group(1)} {nxt.group(1)}"]
    return verbs.get(tail.group(1))


_OPEN_VERB_AFTER = re.compile(r"[ \u00a0]+(?:who[ \u00a0]+)?(?:(?:have|had|has|were|was|are|is|"
                              r"been|being)[ \u00a0]+){0,2}([a-z]+)")


# a clause of its own between a naming phrase and a figure
# a non-restrictive aside closed before the figure: ", which leaves out housing costs,",
# "(excluding fuel)"; what it names is said of its antecedent, not of the figure after it
_FORMULA = re.compile(r"[ \u00a0]+(?:plus|minus)[ \u00a0]+\d[\d.]*[ \u00a0]*(?:%|per[ \u00a0]*cent\b|"
                      r"percent\b|percentage[ \u00a0]+points?\b)")
_REL_ASIDE = re.compile(r",[ \u00a0]+(?:which|who|whose|where)\b[^,;()]*,|\([^()]*\s[^()]*\)")


# where an aside may open, and the spaces before a "plus"/"minus" (a formula's opening)
_ASIDE_OPEN = re.compile(r"\(|,[ \u00a0]+(?:which|who|where)")
_SPACES_BEFORE_FORMULA = re.compile(r"[ \u00a0]+(?=plus|minus)")
_marks: tuple[Any, ...] = (None, [], [], [])


def _aside_marks(low: str) -> tuple[list[int], list[int], list[int]]:
    """Where an aside may open in ``low``, and the starts and ends of the runs of spaces before
    "plus" or "minus", found once per text (the last text's are kept)."""
    global _marks
    if _marks[0] is not low:
        runs = [m.span() for m in _SPACES_BEFORE_FORMULA.finditer(low)]
        _marks = (low, [m.start() for m in _ASIDE_OPEN.finditer(low)],
                  [a for a, _ in runs], [b for _, b in runs])
    return _marks[1], _marks[2], _marks[3]


def _outside_asides(bm: Any, r: range, low: str, at: int) -> range | list[int]:
    """The matches of ``r`` (indexes into ``bm``) outside any aside that closes before the
    figure at ``at``: "The consumer prices index, which leaves out housing costs, was 0.1%"
    is the index's figure, never one of "costs"."""
    if not len(r):
        return r
    lo = bm.starts[r[0]]
    # (no aside opens in [lo, at), no formula after any match's end: ``r`` as it is, without
    # reading every match of a long sentence for each of its figures; the matches of one
    # table do not overlap, so their ends are sorted)
    opens, run_starts, run_ends = _aside_marks(low)
    k = bisect_right(run_ends, bm.ends[r[0]])
    if bisect_left(opens, lo) == bisect_left(opens, at) and \
            (k == len(run_ends) or run_starts[k] > bm.ends[r[len(r) - 1]]):
        return r
    spans = [(m.start(), m.end()) for m in _REL_ASIDE.finditer(low, lo, at)]
    # "fares go up by RPI plus 1%, the rise would be 4.8%": an index in a formula names
    # neither its margin nor the result (no level of the index)
    formula = [i for i in r if _FORMULA.match(low, bm.ends[i])]
    if not spans and not formula:
        return r
    return [i for i in r if i not in formula and
            not any(a <= bm.starts[i] < b for a, b in spans)]


# a parallel item right before a bare figure: a figure, its noun (one to three words), perhaps
# a time phrase of its own, and "and" or a comma ("3,150 troops over the past seven days and ")
_PARALLEL_BEFORE = re.compile(
    r"(?<![\d,.])(?P<num>\d[\d,]*)[ \u00a0\n]+(?P<noun>[a-z][a-z'-]*(?:[ \u00a0\n]+[a-z][a-z'-]*){0,2}?)"
    r"(?:[ \u00a0\n]+(?:over|in|during|on|within)[ \u00a0\n]+(?:the[ \u00a0\n]+)?(?:past|last|previous)"
    r"[ \u00a0\n]+[a-z0-9 \u00a0-]{1,25}?)?[ \u00a0\n]*(?:,[ \u00a0\n]*(?:and[ \u00a0\n]+)?|[ \u00a0\n]+and"
    r"[ \u00a0\n]+)$")
_OWN_CLAUSE = re.compile(r",[ \u00a0]+(?:and|while|but|whereas)[ \u00a0]+(?:it|they|he|she)\b|;")
def _phrase_not_the_figures(low: str, end: int, q: QuantityMention) -> bool:
    """Whether a measure's phrase ending at ``end`` names another clause's figure ("Revenue
    was $45.6bn, ..., and it returned $21bn") or moves another thing to figure ``q``
    ("Stubborn inflation pushes rates to 4.5%": the figure is the rates')."""
    return _OWN_CLAUSE.search(low, end, q.num_start) is not None or \
        _MOVES_OBJECT.fullmatch(low, end, q.start) is not None


# a measure that moves another thing to the figure: "inflation pushes rates to 4.5%", "demand
# lifts prices to a record" (the figure is the object's, not the measure's before the verb)
_MOVES_OBJECT = re.compile(r"[ \u00a0]+(?:push|lift|drive|send|force|keep|take|help)(?:s|ed|es)?"
                           r"[ \u00a0]+(?:(?:the|its|their|uk|us|eu)[ \u00a0]+)?[a-z-]+[ \u00a0]+"
                           r"(?:(?:up|down|higher|lower|back)[ \u00a0]+)?to[ \u00a0]+"
                           r"(?:(?:a[ \u00a0]+)?(?:record|new|fresh|high|low)[ \u00a0]+)*$")


# nouns whose singular is their plural ("species", "series"): no "specy"
_SAME_IN_SINGULAR = frozenset("species series means headquarters".split())


@lru_cache(maxsize=1)
def fraction_words() -> re.Pattern[str]:
    """The words of a fraction written out ("half", "a third", "two-fifths", "three
    quarters"), in either case: the denominators of numbers.yaml, the words the figure finder
    reads fractions with. Every check that asks whether a figure is a share in words reads
    this one pattern (they kept four lists, each with its own subset of the words)."""
    dens = sorted(grammar().denoms, key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, dens)) + r")\b")


def _singular(w: str) -> str:
    if w in _SAME_IN_SINGULAR:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


# capitalised words after "from"/"of" that are no place
_NOT_PLACES = frozenset("""the a an monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
""".split())


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    return Lexicon()


def get() -> Lexicon:
    lx = _lexicon()
    lx._attr_cache = {}
    return lx


# the subject of a sentence said to reach a level, with words after its head noun: "Measles
# cases linked to the outbreak in West Texas have reached 355"
_SUBJECT_HEAD = re.compile(
    r"[\W_]*(?:the[ \u00a0]+)?((?:[a-z][a-z-]+[ \u00a0]+){0,2}([a-z][a-z-]+s))[ \u00a0]+"
    r"(?:linked|related|connected|tied|held|in|at|across|from|among|within)[ \u00a0]")
_LEVEL_BEFORE = re.compile(
    r"[ \u00a0](?:(?:has|have|had)[ \u00a0]+)?(?:reached|risen[ \u00a0]+to|rose[ \u00a0]+to|"
    r"climbed[ \u00a0]+to|stood[ \u00a0]+at|stands[ \u00a0]+at|totalled|totaled|topped|hit|"
    r"reaches|hits|tops)[ \u00a0]+(?:(?:a[ \u00a0]+record|about|some|nearly|almost|around|"
    r"roughly|more[ \u00a0]+than|over|an[ \u00a0]+estimated)[ \u00a0]+)?$")


def _sentence_subject(text: str, low: str, ss: int, qs: int,
                      generic: frozenset[str]) -> str | None:
    """The head noun of the subject of a sentence whose verb of level stands right before the
    count, with words after the head ("Measles cases linked to the outbreak in West Texas have
    reached 355" -> cases): one clause (no comma between), the head in lower case (or
    capitalised as the sentence's first word), not a generic noun ("people")."""
    if qs - ss > 160 or _CLAUSE_MARK.search(low, ss, qs) or \
            _LEVEL_BEFORE.search(low, max(ss, qs - 40), qs) is None:
        return None
    m = _SUBJECT_HEAD.match(low, ss, qs)
    if m is None:
        return None
    words, head = m.group(1).split(), m.group(2)
    said = text[m.start(1):m.end(1)]
    if head in generic or head in _LEVEL_VERBS or any(w in _NOUN_BREAK or w in _NOT_A_NOUN or w in _PRONOUNS or
                              w in _CALENDAR or w.endswith("ly") for w in words) or \
            not (said.islower() or (said[:1].isupper() and said[1:].islower())):
        return None
    return head


_CLAUSE_MARK = re.compile(r"[,;:()]")
# "Kyiv's count since the full-scale invasion now stands at 738,660": a noun phrase after a
# preposition is its object, not what the verb is said of; and an adverb of time before the
# verb ("now", "still") is no word of a noun phrase
_OBJECT_OF = re.compile(r"(?:^|[ \u00a0])(?:since|of|in|on|at|by|from|for|after|before|during|"
                        r"over|under|into|through|with|against|to)[ \u00a0]+the$")
_TIME_ADVERBS = frozenset("now currently still already so thus".split())
# a verb of level read as a plural head ("The figure now stands at 992,570": no "stands")
_LEVEL_VERBS = frozenset("stands reaches hits tops totals rises falls climbs grows remains "
                         "sits".split())
# a count's own name, which names no thing counted ("The figure stands at 992,570")
_GENERIC_HEADS = frozenset("figure figures count counts tally tallies total totals toll tolls "
                           "number numbers record records estimate estimates".split())


# "The population of the United States was 308,745,538", "the turnover of Acme Ltd rose to
# £4m": a noun of a name (in capitals) said to be, or to reach, the figure
_NOUN_OF_NAME = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ \u00a0]+([a-z][a-z-]+)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?:[A-Z][\w’'.-]*[ \u00a0]+(?:(?:and|of|de)[ \u00a0]+)?){1,4}"
    r"(?:(?:was|were|is|are|stood[ \u00a0]+at|stands[ \u00a0]+at|rose[ \u00a0]+to|fell[ \u00a0]+to|"
    r"reached|totalled|totaled|hit)[ \u00a0]+)"
    r"(?:(?:about|some|nearly|almost|around|roughly|more[ \u00a0]+than|over|just|an[ \u00a0]+"
    r"estimated)[ \u00a0]+)?$")


def _noun_of_a_name(text: str, ss: int, qs: int, generic: frozenset[str]) -> str | None:
    """The noun a count with none after it is of when its clause opens "The population of the
    United States was": that noun, unless it names nothing counted ("the number", "the
    figure") or is a generic noun ("people")."""
    m = _NOUN_OF_NAME.search(text, max(ss, qs - 90), qs)
    if m is None:
        return None
    noun = m.group(1)
    if noun in generic or noun in _GENERIC_HEADS or noun in _NOUN_BREAK or \
            noun in _NOT_A_NOUN or noun in _CALENDAR or noun in _MONEY_NOT_WHAT or \
            noun in ("number", "total", "count", "tally", "share", "rate", "proportion"):
        return None
    return noun


def _measure_named_before(text: str, low: str, ss: int, qs: int, generic: frozenset[str],
                          verbs: dict[str, str], nouns: dict[str, str]) -> str | None:
    """What a count with no noun after it counts, named before it: "The number of people
    evacuated reached about 1,200" (the noun and verb after "the number of"), "The waiting list
    in England fell to 7.45 million" (the noun phrase its verb is said of)."""
    # "The number of people evacuated reached about 1,200": what the count is of is
    # named before it, as it would be after it ("900 people had been evacuated")
    nm = _NUMBER_OF.search(low, max(ss, qs - 90), qs)
    # (words in lower case only: "the number of Russian soldiers killed" names a side,
    # the war desk's vocabulary reads it)
    if nm is not None and text[nm.start(1):nm.end()].islower():
        words = [w for w in low[nm.start(1):nm.end()].split()
                 if w not in ("the", "a", "an")]
        if words and words[0] in generic:
            return verbs.get(words[1]) if len(words) > 1 else None
        if words and words[0] not in _NOUN_BREAK and words[0] not in _NOT_A_NOUN:
            return nouns.get(words[0]) or _singular(words[0])
    named = _noun_of_a_name(text, ss, qs, generic)
    if named is not None:
        return nouns.get(named) or _singular(named)
    # "The waiting list in England fell to 7.45 million": the noun phrase its verb
    # is said of (its last two words), as "Hospital waiting list falls to 7.54m"
    sv = _SAID_OF.search(low, max(ss, qs - 70), qs) or _SAID_TO_BE.search(low, max(ss, qs - 50),
                                                                           qs)
    # (the words before it, read back a few characters: linear in a long sentence)
    lead = low[max(ss, sv.start(1) - 12):sv.start(1)].rstrip(" \u00a0#*>-\n") \
        if sv is not None else "x"
    if sv is not None and sv.start(1) - 12 > ss and not lead.endswith(("the", ".", ":")):
        lead = "x"     # (more words before it than the window holds)
    if sv is not None and (lead == "" or lead.endswith(("the", ".", ":"))) and \
            not _OBJECT_OF.search(lead):
        words = sv.group(1).split()
        if words[0] == "the":
            words = words[1:]
        if not any(w in _NOUN_BREAK or w in _NOT_A_NOUN or w in _PRONOUNS or
                   w in _CALENDAR or w in generic or w in _TIME_ADVERBS or w.endswith("ly")
                   for w in words):
            k = sv.start(1)
            said = text[k:sv.end(1)]
            # (lower case, or capitalised only as the sentence's first word)
            toks = said.split()
            if len(toks) == len(words) > 1 and toks[0].isupper() and len(toks[0]) > 1:
                # a headline's name before the noun ("IAG passenger numbers rise"): whose,
                # not what
                said, words = " ".join(toks[1:]), words[1:]
            if len(words) > 1 and words[-1] in _COUNT_WORDS:
                if words[-2] in _COUNT_ADJECTIVES or words[-2].endswith(("-long", "-wide")):
                    return None     # "The overall count reached", "the war-long tally": a
                    # word of the count's scope, no thing it counts (readings63)
                words = words[:-1]      # "passenger numbers rise to 8.9 million": passengers
            if len(words) == 1 and words[0] in _GENERIC_HEADS:
                return None     # "The figure stands at 992,570": no thing of its own
            if words and (said.islower() or (said[:1].isupper() and said[1:].islower())):
                words = words[-2:]
                named = " ".join(words[:-1] + [_singular(words[-1])])
                return nouns.get(" ".join(words)) or named
    return None
