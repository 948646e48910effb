"""Pages snaked into column groups told by a title line that repeats its column titles:
each group is read top to bottom, then the next group to its right.

A listing printed narrow may fill the page with two or three copies of its table side by
side ("read down, then across"), the column titles printed over each copy on one title
line. ``pdftotext -layout`` then prints unrelated rows of every group on one line, and
readers that find rows by their number or a time see one row where two or three stand
(or none when the rows print only a time under day headings). The page tells its groups
itself: a title line whose words are the same run of two or more titles, two to
``MAX_GROUPS`` times over (layout text may space the copies apart differently). Each
copy's first word marks where its group starts on every line below it; each group's lines
are then set one after another below the first group's titles, each later group's values
moved under them, so a day heading or a count line of one group stays between that
group's rows, and a record cut between the foot of one group and the head of the next is
continued on the line after its start. Lines running across a gutter below the titles
(a page's footer) are kept whole, after the groups.

A line at the head of a later group that opens with a parenthesised mark and no digits
where the first column's values stand (a "continued" mark) goes on from the record the
previous group ended with: the mark is blanked, its text set under the next title, so the
line reads as that record's next line. A narrow group may print a time one space before
the next cell under titles one space apart ("TIME TYPE"): made two spaces (``_widen``).
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.text import TIME_ONLY_RE, cells, is_rule

SAMPLE_PAGES = 3         # pages looked at before deciding the document has no such title line
HEAD_LINES = 12          # lines of a page its title line is looked for in
MAX_GROUPS = 4
MIN_TITLES = 2           # titles of one group
MIN_BODY = 4             # body lines of a page below the title line
SEVERAL_LINES = 0.4      # share of a left group's lines opening blank: records of two lines
_WORD = re.compile(r"\S+")
SHARE = 0.6              # rows parted by one space under a title's start (day headings, counts: no rows)
_MARK = re.compile(r"^\([^\d()]{1,12}\)")     # a parenthesised word, no digits: a continued mark


def split_title_groups(page_texts: list[str]) -> list[str] | None:
    """The page texts with every page snaked into repeated-title column groups rewritten
    group by group, or None when no page of the first ``SAMPLE_PAGES`` has such a title line."""
    out = list(page_texts)
    changed = False
    for k, text in enumerate(page_texts):
        if k >= SAMPLE_PAGES and not changed:
            return None
        lines = text.split("\n")
        found = _title_line(lines)
        if found is None:
            continue
        head, starts = found
        body = lines[head + 1:]
        if sum(1 for ln in body if len(ln) > starts[1] and ln[starts[1]:].strip()) < MIN_BODY \
                or not _own_reading(body, starts):
            continue
        out[k] = "\n".join(_rewrite(lines, head, starts))
        changed = True
    return out if changed else None


def _own_reading(body: list[str], starts: list[int]) -> bool:
    """Groups this reader is for: three or more (``twocol.py`` parts a page in two only), or
    two whose records run over several lines (a line under a record's first opens blank
    where the numbers stand, and a record may be cut at the foot of the left group). Two
    groups of one-line rows are left to ``twocol.py``, which reads them as two columns, and
    so are rows with an odd wrapped line (fewer lines opening blank) and two pages printed on
    one sheet, each under its own ruled titles."""
    if len(starts) >= 3:
        return True
    left = [ln[starts[0]:starts[1]] for ln in body if ln[starts[0]:starts[1]].strip()]
    if not left or is_rule(left[0]):
        return False        # a rule under each copy of the titles: two pages printed on one sheet
    share = sum(1 for ln in left if ln[:1] == " ") / len(left)
    return SEVERAL_LINES <= share <= 1 - SEVERAL_LINES


def _title_line(lines: list[str]) -> tuple[int, list[int]] | None:
    """The title line's index and where each group starts, when a line among the first
    ``HEAD_LINES`` printed ones repeats one run of titles two or more times (its words: the
    copies may be spaced apart differently)."""
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > HEAD_LINES:
            return None
        words = [(m.start(), m.group().upper()) for m in _WORD.finditer(line)]
        if any(w[:1].isdigit() for _, w in words) or len(cells(line)) < 2 * MIN_TITLES:
            continue
        for n in range(MAX_GROUPS, 1, -1):
            if len(words) % n:
                continue
            size = len(words) // n
            run = [w for _, w in words[:size]]
            if size >= MIN_TITLES and all([w for _, w in words[j * size:(j + 1) * size]] == run for j in range(n)):
                return i, [words[j * size][0] for j in range(n)]
    return None


def _cut(line: str, x: int) -> int:
    """Where a line is parted at a group's start: moved left off a word it would split."""
    while 0 < x < len(line) and line[x - 1] != " " and line[x] != " ":
        x -= 1
    return x


def _rewrite(lines: list[str], head: int, starts: list[int]) -> list[str]:
    """The page's lines above its title, then each group: its titles, then its lines."""
    title = lines[head]
    out = lines[:head]
    groups: list[list[str]] = [[] for _ in starts]
    across = [ln for ln in lines[head + 1:] if any(ln[max(0, x - 2):x].strip() for x in starts[1:])]
    for line in [title, *lines[head + 1:]]:
        if line in across:
            continue
        bounds = [_cut(line, x) for x in starts[1:]]
        edges = [0, *bounds, max(len(line), bounds[-1])]
        for g, x in enumerate(starts):
            part = line[edges[g]:edges[g + 1]]
            if g and edges[g] < x and not part[:x - edges[g]].strip():
                part = part[x - edges[g]:]      # lined up with the group's own titles
            groups[g].append(part.rstrip())
    rows = _widen(groups[0])
    for group in groups[1:]:
        first = next((j for j, r in enumerate(group[1:], 1) if r.strip()), None)
        if first is not None and _MARK.match(group[first]):
            group[first] = _unmarked(group[first], group[0])
        rows = _trimmed(rows) + _lined_up(_widen(group), rows[0])
    return out + _trimmed(rows) + across


def _unmarked(line: str, title: str) -> str:
    """A continued line with its mark blanked and the text after the mark set under the
    next title (where a record's later lines stand), when it fits there."""
    m = _MARK.match(line)
    rest = line[m.end():]
    text = rest.lstrip()
    cell = re.split(r" {2,}", text, maxsplit=1)[0]
    start = m.end() + len(rest) - len(text)
    nxt = next((w.start() for w in _WORD.finditer(title) if w.start() >= m.end() and _cell_start(title, w.start())), None)
    end = start + len(cell)
    after = len(line) - len(line[end:].lstrip()) if line[end:].strip() else len(line) + 2
    if nxt is None or nxt + len(cell) + 2 > after:
        return " " * m.end() + rest
    return (" " * nxt + cell).ljust(after) + line[after:]


def _trimmed(rows: list[str]) -> list[str]:
    while rows and not rows[-1].strip():
        rows = rows[:-1]
    return rows


def _cell_start(title: str, x: int) -> bool:
    return x == 0 or title[max(0, x - 2):x] == "  "


def _lined_up(group: list[str], first_title: str) -> list[str]:
    """A later group's lines (below its title) moved so each title's values stand where the
    first group's do: the copies of the title may be spaced apart differently, and the
    groups' rows are read as one table under the first group's titles."""
    to = [m.start() for m in _WORD.finditer(first_title)]
    at = [m.start() for m in _WORD.finditer(group[0])]
    keys = [k for k in range(1, min(len(to), len(at))) if _cell_start(first_title, to[k]) and _cell_start(group[0], at[k])]
    out = []
    for r in group[1:]:
        if len(cells(r)) < 2:
            out.append(r)       # one run of words (a day heading, a count): no cells to move
            continue
        cuts, last = [], 0
        for k in keys:
            last = max(last, min(_cut(r, at[k]), len(r)))
            cuts.append(last)
        edges = [0, *cuts, len(r)]
        cur = r[:edges[1]].rstrip()
        for j, k in enumerate(keys, 1):
            seg = r[edges[j]:edges[j + 1]].rstrip()
            if not seg.strip():
                continue
            start = edges[j] + len(seg) - len(seg.lstrip())
            gap = start - len(r[:start].rstrip())
            x = to[k] + start - at[k]
            if cur.strip():
                x = max(x, len(cur) + min(gap, 2))
            cur = cur.ljust(max(x, 0)) + seg.lstrip()
        out.append(cur)
    return out


def _widen(rows: list[str]) -> list[str]:
    """A group's titles and rows with the single space after a time made two where it parts
    nearly every row under the start of a title: a time set one space before the next cell
    ("09:40 NOISE" under "TIME TYPE") is a column of its own (dated by the day heading above
    it), which the column finder (gaps of two spaces) cannot see; read as one cell, the
    time is lost in the type."""
    title, body = rows[0], rows[1:]
    for m in reversed(list(_WORD.finditer(title))[1:]):
        x = m.start()
        if title[x - 1] != " " or title[x - 2] == " ":
            continue        # (titles already apart)
        long = [r for r in body if len(r) > x + 1 and r[:x - 1].strip()]
        # (the rows' words may stand a character off the title's, as layout text sets them)
        at = next((y for y in (x, x + 1, x - 1) if len(long) >= MIN_BODY and _parted(long, y) >= SHARE * len(long)), None)
        if at is None:
            continue
        title = title[:x] + " " * max(1, at + 1 - x) + title[x:]
        # (a line of words across the position, a count or a heading, is left as printed)
        body = [r[:at] + " " + r[at:] if len(r) > at and r[at - 1] == " " and (r[at] == " " or _parted([r], at))
                else r for r in body]
    return [title, *body]


def _parted(rows: list[str], x: int) -> int:
    """Rows whose time ends one space before a word starting at ``x``."""
    return sum(1 for r in rows if r[x - 1] == " " and r[x] != " " and r[x - 2] != " "
               and TIME_ONLY_RE.match(r[:x].split()[-1]))
