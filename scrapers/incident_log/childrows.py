"""Child lines in a table's number column: a line set in deeper than the rows, a mark
before its number (``  + 24-R-0614  RSQ  joint call``, ``     » S24-2103 ...``).

A log listing a joint call once, under the service that led it, prints the numbers the
other services drew on the same call under that row, each on a line of its own in the
number column, often with the service's code beside it: the lines look like rows, but
they are the row's children, and their numbers are the lead entry's related numbers, not
records. A list mark before the number and a deeper indent than the rows' own tell them
(a row's number opens its line, or stands after the row's first cells at the rows'
common indent; a child's line opens with the mark alone, further in). A help-desk export
names what the child is between the mark and the number (``+ merged XR-0071 ...``, a
duplicate ticket merged into the row's): a word or two there change nothing of that.

Read from the document: the mark and the indents are its own. The number column's lines
are looked at (one regular expression each); nothing is done unless at least two such
lines sit under rows, at most twice as many as the rows, and only then are the other
lines carrying a number looked at for the same mark and indent. In place, the child
lines leave the column's lines and are skipped while the row's cells are read (their
words would fall into the row's columns); their numbers stay in the span of the row
above, so they are its related numbers, and the row's raw text keeps them as printed.
"""
from __future__ import annotations

import re
from collections import Counter

# a mark before the number: a plus, an arrow, a bullet, a dash or an asterisk, then a space;
# a word or two may say what the child is before its number (``+ merged XR-0071 ...``): the
# mark and the indent tell the line, the words only sit between them and the number
_MARKED = re.compile(r"^( *)(?:[+>»›•·▪◦‣●■►▸–—*\-↳└→]{1,2}) +(?:[^\W\d_]+:? +){0,2}(\S+)")
MIN_CHILDREN = 2


def child_rows(doc, found) -> set[int]:
    """Take the child lines out of ``found`` (an id column), skipped by the cells; the
    lines taken (empty when the column has none)."""
    if found is None or found.kind != "id_column" or len(found.lines) < 4:
        return set()
    lines = doc.lines
    marked = {}
    for i in found.lines:
        m = _MARKED.match(lines[i])
        if m is not None and m.group(2) == found.ids.get(i):
            marked[i] = len(m.group(1))
    # (a joint call has a child line per other service: a few more than the rows at most)
    if len(marked) < MIN_CHILDREN or len(marked) > 2 * (len(found.lines) - len(marked)):
        return set()
    # the rows' own indent: the most common among the unmarked lines of the column
    lead = Counter(len(lines[i]) - len(lines[i].lstrip()) for i in found.lines if i not in marked).most_common(1)[0][0]
    children, above = set(), None
    for i in found.lines:
        if i in marked and above is not None and marked[i] > lead + 1:
            children.add(i)
        elif i not in marked:
            above = i
    if len(children) < MIN_CHILDREN:
        return set()
    # the same lines the column left out (a number out of its series' run): children too
    depths = {marked[i] for i in children}
    for i in range(found.lines[0], len(lines)):
        if i in children or i in found.ids or i in doc.skip or not doc.ids[i]:
            continue
        m = _MARKED.match(lines[i])
        if m is not None and len(m.group(1)) in depths and any(tok == m.group(2) for _, tok in doc.ids[i]):
            children.add(i)
    found.lines = [i for i in found.lines if i not in children]
    found.ids = {i: tok for i, tok in found.ids.items() if i not in children}
    doc.skip = doc.skip | children
    return children


def keep_child_lines(records: list[dict], spans, children: set[int], doc) -> None:
    """Each row's child lines back in its raw text, as printed."""
    if not children:
        return
    for rec, (s, e) in zip(records, spans):
        if any(s <= i < e for i in children):
            printed = doc.printed or doc.lines
            rec["raw"] = "\n".join(printed[i].rstrip() for i in range(s, e)
                                   if (i not in doc.skip or i in children) and printed[i].strip())
