"""Where a contact's words are: the sentence, list item or line a number or address stands
in (``segment``, which does not end a sentence at an abbreviation's period), and what the
lines next to it say about it (``around``: a dial-in block's code line, a label line)."""
from __future__ import annotations

import re
from functools import lru_cache

# A sentence end (".!?" then spaces before a capital or a bracket), a " | " or " • " separator,
# or a line break. (Written to start with the space every one of them starts with, the
# look-behinds checked from there: a pattern that starts with a look-behind makes the regex
# engine try every position; this one skips ahead to a space. Same matches, ~1.7x faster.)
_SEGMENT_END = re.compile(r"\s(?:(?<=[.!?]\s)\s*(?=[A-Z(])|[•·|]\s|(?<=\n))")


# A period that ends an abbreviation, not a sentence: an initial or a direction ("44 N. Main
# Street", "J. Smith") and the usual street and title abbreviations.
ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:St|Ave|Blvd|Rd|Dr|Ln|Ct|Pl|Hwy|Pkwy|Ste|No|Mt|Ft|Dept|Div|Inc|Co|Corp|"
                           r"Jr|Sr|Mr|Mrs|Ms|Dr|Hon|Gov|Rev|Bldg|Fl|Rm|Cal|Calif))\.$")


def _sentence_ends(text: str, a: int, b: int):
    for m in _SEGMENT_END.finditer(text, a, b):
        if text[m.start() - 1:m.start()] == "." and ABBREVIATION.search(text, max(0, m.start() - 8), m.start()):
            continue
        yield m


@lru_cache(maxsize=8192)      # each contact asks for its sentence two or three times; sites repeat blocks
def segment(text: str, start: int, end: int) -> str:
    """The sentence / list item / line containing text[start:end]."""
    a = text.rfind("\n", 0, start) + 1          # segments never cross lines: search the line only
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for m in _sentence_ends(text, a, start):
        a = m.end()
    m = next(_sentence_ends(text, end, line_end), None)
    b = m.start() if m else line_end
    return text[a:b].strip()


CODE_LINE = re.compile(r"^\s*(?:participant|access|meeting|conference|webinar|attendee)\s*(?:code|id|number|#)|"
                       r"^\s*pass\s*(?:code|word)", re.I)


def around(text: str, start: int) -> str:
    """What the lines next to a number say about it: a dial-in block puts
    "Participant Code: ..." on the line after the number, or "Join by phone:" alone
    on the line before it."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    near = []
    if b >= 0:
        nxt_end = text.find("\n", b + 1)
        nxt = text[b + 1:nxt_end if nxt_end >= 0 else len(text)]
        if CODE_LINE.search(nxt):
            near.append(nxt)
    if a > 0:
        prev = text[text.rfind("\n", 0, a - 1) + 1:a - 1]
        if (prev.rstrip().endswith(":") and len(prev) <= 80) or re.match(r"\s*or\b", text[a:], re.I):
            near.append(prev)       # a label line, or the line an "Or telephone: ..." line is the alternative to
    return "\n".join(near)
