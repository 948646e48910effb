"""Rows of a log quoted one by one in a reply: copies of rows printed further up or down.

A log sent by e-mail day after day and printed from the mailbox holds the replies too: a
reader asking about a few entries (``can you pull the body-cam for these``) quotes their
rows behind the mark (``> ``), between the quoted headers of the message answered
(``> From:``, ``> Sent:``) and a ``> [rest of message trimmed]``. The rows are the same
incidents as the day's table printed unmarked, and read as rows of the table they count
again. ``quoted.py`` puts aside a quoted run whose lines are nearly all printed again
unmarked; here the run is mostly headers that the mail client shortened, so the run as a
whole is no copy, though each of its rows is.

Told from the text: a marked line with a record number in it (``find_ids``) and a few
words more, whose words, line for line, are printed unmarked elsewhere in the document.
Only its words are blanked (the mark stays, so the quoted run keeps its length and the
reading of quoted logs is as before): a row quoted whole from a log printed nowhere else
finds no unmarked copy and is kept.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.text import find_ids

MIN_WORDS = 4       # a number, a date or a type, a place: fewer is a reference, no row
_MARK = re.compile(r"^( *(?:> ?)*>)(?= |$)(.*)$")
_SPACES = re.compile(r"\s+")


def blank_quoted_rows(page_texts: list[str]) -> list[str] | None:
    """The pages with each quoted row that copies an unmarked line left as its mark alone,
    or None where no quoted row copies one."""
    pages = [t.split("\n") for t in page_texts]
    quoted = [(p, i, _words(m.group(2))) for p, lines in enumerate(pages) for i, line in enumerate(lines)
              if ">" in line and (m := _MARK.match(line))]
    rows = [(p, i, w) for p, i, w in quoted if len(w.split()) >= MIN_WORDS and find_ids(w)]
    if not rows:
        return None
    unmarked = {_words(line) for lines in pages for line in lines if not _MARK.match(line)}
    copies = [(p, i) for p, i, w in rows if w in unmarked]
    if not copies:
        return None
    for p, i in copies:
        pages[p][i] = _MARK.match(pages[p][i]).group(1)
    return ["\n".join(lines) for lines in pages]


def _words(line: str) -> str:
    return _SPACES.sub(" ", line).strip()
