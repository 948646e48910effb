"""Entries of every kind in one narrative: the ones citing the case number are the records.

A sheriff's shift narrative gives each entry a paragraph led by its time: a jail booking
under a booking number, a paper served, a call without a report, and the case reports,
whose paragraph says, somewhere, ``Case <number> opened``. Several series of numbers run
through the entries (bookings, papers, warrants, cases); the one the words before it name
as the case number (``column_for`` read on "<word> #": "Case", "Case No.") is the records'
series, and the entries citing none of it are no records (nor is an entry repeating a
number cited before: a booking on a case). Read only where time-led entries are found
and more of them than any column of numbers: one look at the words before each number,
where it is first cited (a journal's updates cite a case again under words of their own,
"Update <number>: lead passed on", as many as half the cases: the case was named where
it was opened)."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import shape

MIN_RECORDS = 5
LABELLED = 0.8      # of a series' numbers with the case named right before them


@lru_cache(maxsize=256)
def _names_case(words: tuple[str, ...]) -> bool:
    """The last one or two words before a number name it as the case number: as a label
    of their own ("Case No.:") or as a number's label ("Case" read as "Case #")."""
    for k in (1, 2):
        label = " ".join(words[-k:]).strip(":#")
        if len(words) >= k and label and (column_for(label) == "case_no" or column_for(label + " #") == "case_no"):
            return True
    return False


def case_entries(lines: list[str], ids: list[list[tuple[int, str]]], spans: list[tuple[int, int]]
                 ) -> list[int] | None:
    """The indexes of the entries citing a series labelled as the case number (each number
    once), or None when no series is so labelled or every entry cites it."""
    cited: list[list[str]] = []
    labelled: Counter = Counter()
    occurs: Counter = Counter()
    first: set[str] = set()
    for s, e in spans:
        toks = []
        for i in range(s, e):
            for x, tok in ids[i]:
                toks.append(tok)
                # a number cited again (an update, a lead passed on: under words of their
                # own) was named where it was first cited: its first citation is judged
                if tok in first:
                    continue
                first.add(tok)
                before = lines[i][:x].split()
                if not before and i > s:        # the number wrapped to the start of a line
                    before = lines[i - 1].split()
                sh = shape(tok)
                occurs[sh] += 1
                labelled[sh] += _names_case(tuple(before[-2:]))
        cited.append(toks)
    good = [(n, sh) for sh, n in labelled.items() if n >= MIN_RECORDS and n >= LABELLED * occurs[sh]]
    if not good:
        return None
    series = max(good)[1]
    keep, seen = [], set()
    for k, toks in enumerate(cited):
        own = [t for t in toks if shape(t) == series]
        if own and own[0] not in seen:
            keep.append(k)
        seen.update(own)
    return keep if MIN_RECORDS <= len(keep) < len(spans) else None
