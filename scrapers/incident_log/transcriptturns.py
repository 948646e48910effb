"""A transcript's turns on numbered lines (a deposition, a hearing): one paragraph a turn.

A transcript prints every line numbered down the left margin, 1..N on each page (blank
lines numbered too; the numbers are blanked by ``linegutter.py``), often double spaced, and
each turn opens at one column with its speaker's mark (``Q.``, ``A.``, ``Q``/``A``), its
wrapped lines set further in. A log read into the record comes out as answers: ``A.  Entry
XX-0001. Reported ... <type>, <place>. Disposition: ...`` over two or three lines. Read as
printed, the spacing line between every two lines parts an answer into one-line
paragraphs (its place and outcome torn from its number), and the mark stands as a sentence
of its own before the answer's first, so nothing tells how the entries open.

Told from the numbered pages only: two or more marks (one or two capitals, a period or a
colon or none, then a gap) open ``MIN_EACH`` or more numbered lines each, at one column.
The numbered lines are then the transcript's own: a line between them with no number is
spacing and is dropped (a numbered blank line stays a break), each line opening at the
turns' column with a mark or a speaker's name (``MR. SMITH:``) starts a paragraph of
its own (a wrapped line may be set flush under the mark), and the mark is taken off, its
text moved to the mark's column, so a turn reads as a paragraph its first sentence opens
(``paras.py`` then reads each answer citing one number of the series as a record). A turn
the page break cuts (the next page's numbered lines open with its wrapped lines) is closed
on the page it opens, its wrapped lines moved up: a paragraph ends at a page's end."""
from __future__ import annotations

import re
from collections import Counter

MIN_EACH = 5        # numbered lines opened by each of two marks
MIN_AT_COLUMN = 0.9     # of the marked lines: at the turns' column
_MARK = re.compile(r"^( *)([A-Z]{1,2}[.:]?)( {2,})(?=\S)")
# a speaker named in capitals before a colon, at the turns' column: "MR. SMITH:", "THE WITNESS:"
_SPEAKER = re.compile(r"^ *[A-Z][A-Z.' ]{1,40}(?: \d+)?:(?= )")


def turn_paragraphs(printed: list[str], blanked: list[str]) -> list[str] | None:
    """The pages (numbers blanked) set one paragraph a turn, the speakers' marks taken
    off; None where the numbered lines open no turns."""
    pages = [(p.splitlines(), b.splitlines()) for p, b in zip(printed, blanked)]
    marks: Counter = Counter()
    columns: Counter = Counter()
    for lines, plain in pages:
        for line, was in zip(plain, lines):
            if line != was and (m := _MARK.match(line)):
                marks[m.group(2)] += 1
                columns[len(m.group(1))] += 1
    two = marks.most_common(2)
    if len(two) < 2 or two[1][1] < MIN_EACH:
        return None
    column, n = columns.most_common(1)[0]
    if n < MIN_AT_COLUMN * sum(columns.values()):
        return None
    parts = [_page_parts(lines, plain, column) for lines, plain in pages]
    for before, after in zip(parts, parts[1:]):
        _carry_over(before, after)
    out = []
    for part, text in zip(parts, blanked):
        if part is None:
            out.append(text)
            continue
        head, body, tail = part
        kept = list(head)
        for line, opens in body:
            if (opens or not line) and kept and kept[-1].strip():
                kept.append("")     # a turn opens, or a numbered blank line: a paragraph ends
            if line:
                kept.append(line)
        kept += tail
        out.append("\n".join(kept) + ("\n" if text.endswith("\n") else ""))
    return out


def _page_parts(lines: list[str], plain: list[str], column: int):
    """A page's lines above its numbered ones, its numbered lines as (text, opens a turn)
    (a numbered blank line as ("", False), the spacing between them dropped, a turn's
    mark taken off), and its lines below; None where no line is numbered."""
    numbered = [k for k, (line, was) in enumerate(zip(plain, lines)) if line != was]
    if not numbered:
        return None
    first, last = numbered[0], numbered[-1]
    numbered = set(numbered)
    body = []
    for k in range(first, last + 1):
        line = plain[k]
        if not line.strip():
            if k in numbered:
                body.append(("", False))      # a numbered blank line: the transcript's own break
            continue                           # a line between numbered ones: spacing
        m = _MARK.match(line)
        at_column = len(line) - len(line.lstrip()) == column
        opens = bool(m and len(m.group(1)) == column or _SPEAKER.match(line) and at_column)
        if m and opens:
            line = " " * column + line[m.end():]
        body.append((line, opens))
    return plain[:first], body, plain[last + 1:]


def _carry_over(before, after) -> None:
    """A turn the page break cut (the next page's numbered lines open with wrapped lines,
    not a turn, and this page's last numbered line is text): its wrapped lines moved up
    to close it, so the turn reads as one paragraph on the page it opens."""
    if before is None or after is None or not before[1] or not before[1][-1][0]:
        return
    body = after[1]
    n = 0
    while n < len(body) and body[n][0] and not body[n][1]:
        n += 1
    before[1].extend(body[:n])
    del body[:n]
