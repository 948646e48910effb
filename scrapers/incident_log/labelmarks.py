"""How a form marks its labels in the page text: dotted leaders between a label and its
value, numbers before the labels. Both are rewritten before the lines are read, every value
staying where it is printed."""
from __future__ import annotations

import re
from collections import Counter

# dotted leaders between a label and its value ("Case No ........ 25-02542"): blanked to
# the spaces of a label column, the value staying where it is printed
_LEADER = re.compile(r"(?<=[^\s.]) ?\.{4,} ?(?=[^\s.])")
# a leader closed by the label's colon ("NATURE....: THEFT"): the colon stays on the label
_COLON_LEADER = re.compile(r"(?<=[^\s.]) ?\.{2,}:")


# the same leaders set with spaces (". . . . . 25-1253"), from the entry's last full stop on
_SPACED_LEADER = re.compile(r"(?<=[^\s.])\.(?: \.){3,} ?(?= )")
# spaced leaders set apart from the label and closed by its colon ("Report no . . . . :",
# "Taken     . :" beside them on a detail screen): the colon joins the label, so the words
# are read as a label and not as a column of their own beside the values
_SPACED_COLON_LEADER = re.compile(r"(?<=[^\s.])(?: +\.)+ ?:")


def blank_leaders(text: str) -> str:
    if ". . . ." in text:
        text = _SPACED_LEADER.sub(lambda m: " " * len(m.group(0)), text)
    if ". . :" in text or ". .:" in text:
        text = _SPACED_COLON_LEADER.sub(lambda m: ":" + " " * (len(m.group(0)) - 1), text)
    if "...." not in text:          # most pages: no regular expression run at all
        return text
    text = _COLON_LEADER.sub(lambda m: ":" + " " * (len(m.group(0)) - 1), text)
    return _LEADER.sub(lambda m: " " * len(m.group(0)), text)


# labels numbered as on a form ("(1) Log Ref.      WC-2025-0301", "2) Logged"): the number marks
# them as labels (a colon elsewhere), so a label opened by one is written as one ended by a
# colon ("    Log Ref.:     WC-2025-0301"), every value staying where it is printed
_LABEL_NUMBER = re.compile(r"(?:(?<=^)|(?<=\n)|(?<=  ))\(?(\d{1,2})\) ([A-Z][\w.'/&-]*(?: [\w.'/&-]+){0,3})"
                           r"(?: (?= )|(?=\n|$))")


def mark_numbered_labels(text: str) -> str:
    if "1) " not in text or "2) " not in text:     # most pages: no regular expression run
        return text
    found = Counter((m.group(1), m.group(2)) for m in _LABEL_NUMBER.finditer(text))
    per_number = Counter(n for n, _ in found.elements())
    # a numbered set of labels repeating per record: each number with the same words on
    # several records ("(1) Log Ref."), not a numbered list of charges that differ
    labels = {n: lab for (n, lab), c in found.items() if c >= 2 and c >= 0.8 * per_number[n]}
    if "1" not in labels or "2" not in labels or len(labels) < 3:
        return text
    return _LABEL_NUMBER.sub(lambda m: " " * (m.start(2) - m.start(0)) + m.group(2) + ":"
                             if labels.get(m.group(1)) == m.group(2) else m.group(0), text)
