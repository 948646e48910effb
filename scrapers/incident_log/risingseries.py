"""Of two number series cited once in every paragraph, the records' own: the one in order.

A report of numbered paragraphs may cite two numbers in each incident's paragraph, each
once and all different: the office's own case number and another office's report number
(a referring agency's, a hospital's). Counted alone the two tie, and the shape first in
order would win by accident. The office's own numbers are issued as the cases come in,
so read in paragraph order they rise (gaps aside); the other office's follow no order of
this report. Where exactly one of the tied series rises nearly every step and the others
do not, that one is the records' series (``numberorder.rising_share``).

The office's numbers may be a year and a serial of four digits each, a shape that alone
reads as a range (of years, of times) and is no id: such numbers join the tie too, taken
only when they rise, once in as many paragraphs as the other series (``paras.py``, which
then leaves out the short notes citing them again: follow-ups on an earlier case)."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.numberorder import RISING, UNORDERED, rising_share
from prr.scrapers.incident_log.text import is_id

_PAIR = re.compile(r"^\d+-\d+$")


def rising_series(tied: dict[str, list[str]]) -> str | None:
    """The one shape of ``tied`` (shape -> its numbers in paragraph order) whose numbers
    rise, the others in no order; None when no such single series stands out."""
    if len(tied) < 2:
        return None
    shares = {sh: rising_share(dict(enumerate(v))) for sh, v in tied.items()}
    rising = [sh for sh, s in shares.items() if s >= RISING]
    if len(rising) != 1 or any(s > UNORDERED for sh, s in shares.items() if sh != rising[0]):
        return None
    return rising[0]


def digit_pairs(tokens) -> list[str]:
    """The tokens of two long groups of digits joined by a dash (seven digits or more), not
    ids alone (they read as a range of years or of times): a year and its serial too, to be
    taken only when their values rise through the paragraphs as a series."""
    return [t for t in tokens if _PAIR.match(t) and not is_id(t) and sum(map(str.isdigit, t)) >= 7]
