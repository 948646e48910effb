"""How the sentences of entries run together in paragraphs are told apart, and how each
begins (``seriesentries.py`` reads the entry opener from these forms).

A sentence ends at a full stop, question or exclamation mark followed by a space, except:

- after a clock's ``hrs.`` (``At 0158 hrs. Deputy ...`` is one sentence);
- before a number of letters and digits (``arrest no. A25-0639``);
- after a month's abbreviation before the day's number (``Dec. 17, 8:00 a.m.``): the
  full stop is the abbreviation's, and the date opens the sentence it is part of.

A sentence's **form** is its leading mark (a bullet, a bracket), else its first word and
the kind of the next (``At 9``, ``Case 9``); a sentence opened by a date written out
(``Dec. 17, 8:00 a.m.``, ``October 3, 2025 at 02:44``), or in figures with its clock
(``3/9/26, 0342 hrs — ...``), has the form ``<date>``, whatever the month or the day:
a log whose every entry opens with when it happened shows one form there, not twelve
month names or none (a date's first word is no plain word).
"""
from __future__ import annotations

import re

_MONTH_ABBREVIATION = r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\."
SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\d hrs\.)"
                          rf"(?!(?<={_MONTH_ABBREVIATION})\s+\d{{1,2}}\b)"
                          r"[\"')\]]?\s+(?=\S)(?![A-Z]+\d)")
# a date leading the sentence as prose writes it: the month's name (or its abbreviation)
# and the day, the year after it or not (the log's), the weekday's name before it or not
# ("Monday, March 16, 0446 hrs."; a weekday's name alone is a word like any). A numeric
# date leading a line is a row's first column (an export's, a table's time stamp), left to
# the readers of rows.
DAY_LEAD = re.compile(r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                      r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                      r"[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b(?![/:.-]?\d)(?:,? (?:19|20)\d\d\b)?")
DATE_FORM = "<date>"
# a date in figures and its clock leading the sentence ("3/9/26, 0055 hrs — DUI at ...",
# "03/09/2026 14:20 - ..."): the same lead written short, but only with the clock after it
# (a date in figures alone opens a table row's cells, a date range, a count's heading)
FIGURES_LEAD = re.compile(r"^\d{1,2}/\d{1,2}/(?:\d\d){1,2},?\s+(?:\d{1,2}:\d\d|\d{4}\s*hrs\b)", re.IGNORECASE)


# a short label closed by a colon leading a paragraph ("Added later: 3/9/26, 0342 hrs ...",
# "NOTE (typed 03/17/26): ..."): a heading set before an entry written in afterwards (at a
# page's foot, out of the entries' order), no part of the entry it leads
LABEL_LEAD = re.compile(r"^[A-Z][^:.!?]{0,60}?:\s+(?=\S)")
LABEL_WORDS = 8


def after_label(sentence: str) -> str | None:
    """The sentence after a short label closed by a colon leading it, or None."""
    m = LABEL_LEAD.match(sentence)
    return sentence[m.end():] if m and len(m.group(0).split()) <= LABEL_WORDS else None


def form(sentence: str) -> str:
    """How a sentence begins: ``<date>``, its leading mark, else its first word and the
    kind of the next."""
    if DAY_LEAD.match(sentence) or FIGURES_LEAD.match(sentence):
        return DATE_FORM
    first = sentence[0]
    if not first.isalnum():
        return first
    words = sentence.split(None, 2)
    if len(words) < 2 or not words[0].isalpha():
        return ""
    nxt = words[1][0]
    return words[0] + " " + ("9" if nxt.isdigit() else "a" if nxt.isalpha() else nxt)


def comma_opening(sentence: str, opener: str) -> int | None:
    """Where, inside ``sentence``, a comma stands before a capitalised word and the next
    of the kind an entry's opening sentence has (``..., Case 9``): the start of the opener's
    words, or None. Where the entries' sentences open so, such a comma is an OCR reading
    of the full stop ending the sentence before (``called it in, Report 24-01009, ...``)."""
    word, _, kind = opener.partition(" ")
    if not word.isalpha() or not word[0].isupper() or kind not in ("9", "a"):
        return None
    nxt = r"\d" if kind == "9" else r"[^\W\d_]"
    m = re.search(rf",\s+(?={re.escape(word)}\s+{nxt})", sentence)
    return m.end() if m else None
