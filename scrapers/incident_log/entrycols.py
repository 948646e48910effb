"""Pages whose entries run down two or more columns side by side, a column each for a shift,
a watch, a unit or a desk, each entry a stack of lines opened by one that carries its record
number after something else (a date and time: ``10/13 0705 NUMBER``, then the type, the
place, the outcome).

``pdftotext -layout`` prints the columns line by line across the page, so one text line
holds a line of two or three unrelated entries, and reading it row by row mixes them.
``twocol.py`` finds two columns from record numbers opening lines in both halves, and
``grid.py`` bands of cards opened by numbers; here the numbers stand inside their entries'
first lines, so their positions are not where the columns start, and a column's entries
need not be level with the other columns' ones.

Told from the document: lines of the first ``SAMPLE_PAGES`` pages holding two or more
record numbers of one shape, far apart with a gutter between (a cheap test: one pass over
the numbers already found). Then, page by page, a column starts where its numbers' opening
lines start (after a gutter of two blanks left of the number); every column's entries open
alike (the same lead before the number), the gutter before each column is blank on nearly
every line, and each column is stacked: its lines start at its edge and nearly every line
with a number has a line without one under it. A table fails that: the stretch between two
of its number columns holds cells at several places, and its rows follow each other line
after line. Each column is then printed top to bottom, then the next, its entries made rows
of one table as ``grid.py`` makes its cards (the number a cell of its own), its title and
total kept as lines; lines across the gutters stay whole, above the columns or below them.

A table whose rows are keyed by a margin column of numbers of another shape, left of every
such number, one opening each band, fails too: its cells side by side (an incident's
persons in party columns, each person's arrest number after its lead, level across the
row's second line) only look like entries (``_keyed_by_margin``).
"""
from __future__ import annotations

from collections import Counter

from prr.scrapers.incident_log.grid import _card_rows
from prr.scrapers.incident_log.text import shape

SAMPLE_PAGES = 3         # pages looked at before deciding the document has no entry columns
MIN_ACROSS = 3           # lines holding numbers in two columns, in the sampled pages
MIN_APART = 20           # characters between two columns' numbers on one line
MIN_WIDTH = 16           # characters of a column
MIN_GUTTER = 2
_GUTTER = " " * MIN_GUTTER
MAX_COLUMNS = 4
MIN_LEAD = 4            # characters printed before the number on an entry's first line
STEADY = 0.8             # share of a column's numbers at its most common place


def split_entry_columns(doc, page_texts: list[str]) -> list[str] | None:
    """The page texts with every page of entry columns rewritten column by column (each
    entry a row of one table), or None when no line of the first pages holds numbers of
    one shape in two columns."""
    main = _across_shape(doc)
    if main is None:
        return None
    pages: dict[int, list] = {}
    known = None        # the last page's column starts: a page too short to tell them keeps them
    for k, text in enumerate(page_texts):
        lines = text.splitlines()
        start = doc.first_line(k + 1)
        numbers = {i - start: own for i in range(start, min(start + len(lines), len(doc.ids)))
                   for own in [[(x, tok) for x, tok in doc.ids[i] if shape(tok) == main]] if own}
        others = {i - start: own for i in range(start, min(start + len(lines), len(doc.ids)))
                  for own in [[(x, tok) for x, tok in doc.ids[i] if shape(tok) != main]] if own}
        starts = entry_columns(lines, numbers, others)
        if starts is None and known and _gutters_blank(lines, known):
            starts = known
        if starts:
            pages[k] = _column_by_column(lines, [0] + starts[1:], numbers)
            known = starts
    if not pages:
        return None
    # the entries of every page as rows of one table, so their lines line up as columns
    rows = iter(_card_rows([item for items in pages.values() for item in items if isinstance(item, list)]))
    out = list(page_texts)
    for k, items in pages.items():
        out[k] = "\n".join(next(rows) if isinstance(item, list) else item for item in items)
    return out


def _across_shape(doc) -> str | None:
    """The shape of the numbers standing in two or more columns of a line, when enough lines
    of the first ``SAMPLE_PAGES`` pages hold them so (one pass over their numbers)."""
    shapes: Counter = Counter()
    for i, found in enumerate(doc.ids):
        if doc.pages[i] > SAMPLE_PAGES:
            break
        if len(found) >= 2:
            for sh, xs in _by_shape(found).items():
                if _across(doc.lines[i], xs):
                    shapes[sh] += 1
    if not shapes:
        return None
    sh, n = shapes.most_common(1)[0]
    return sh if n >= MIN_ACROSS else None


def _by_shape(found: list[tuple[int, str]]) -> dict[str, list[tuple[int, str]]]:
    by_shape: dict[str, list[tuple[int, str]]] = {}
    for x, tok in found:
        by_shape.setdefault(shape(tok), []).append((x, tok))
    return by_shape


def _across(line: str, found: list[tuple[int, str]]) -> bool:
    """Two or more numbers on a line, far apart with a gutter between each two."""
    return len(found) >= 2 and all(b - a >= MIN_APART and _GUTTER in line[a + len(t):b]
                                   for (a, t), (b, _) in zip(found, found[1:]))


def entry_columns(lines: list[str], numbers: dict[int, list[tuple[int, str]]],
                  others: dict[int, list[tuple[int, str]]] | None = None) -> list[int] | None:
    """Where a page's entry columns start, given the record numbers on its lines (and the
    numbers of other shapes, ``others``), or None.

    The numbers' places come from the lines holding two or more of them; a column starts
    where its numbers' opening lines start (after a gutter of two blanks left of the
    number, or the margin), and that start must have a gutter before it on nearly every
    line and open lines without a number too (its entries' further lines). Columns left of
    which a margin column of numbers of another shape opens every band are no entries of
    their own (``_keyed_by_margin``)."""
    places: list[int] = []
    for i, found in numbers.items():
        if _across(lines[i], found):
            places.extend(x for x, _ in found)
    if not places:
        return None
    clusters: list[list[int]] = []
    for x in sorted(places):
        if clusters and x - clusters[-1][-1] <= 2:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    if not 2 <= len(clusters) <= MAX_COLUMNS:
        return None
    starts, leads = [], []
    for cl in clusters:
        place = Counter(cl).most_common(1)[0][0]
        opened = Counter(_cell_start(lines[i], x) for i, found in numbers.items() for x, _ in found
                         if abs(x - place) <= 2)
        s, n = opened.most_common(1)[0]
        if n < STEADY * sum(opened.values()):
            return None
        starts.append(s)
        leads.append(place - s)
    # every column's entries open alike: the same lead (a date and time) before the number
    if min(leads) < MIN_LEAD or max(leads) - min(leads) > 2:
        return None
    if any(b - a < MIN_WIDTH for a, b in zip(starts, starts[1:])):
        return None
    if not _gutters_blank(lines, starts):
        return None
    if others and _keyed_by_margin(numbers, others):
        return None
    body = [(i, ln) for i, ln in enumerate(lines) if ln.strip() and not _crosses(ln, starts)]
    for a, b in zip(starts, starts[1:] + [10 ** 6]):
        if not _stacked(body, numbers, a, b):
            return None
    return starts


def _keyed_by_margin(numbers: dict[int, list[tuple[int, str]]], others: dict[int, list[tuple[int, str]]]) -> bool:
    """A column of numbers of another shape at one place left of every entry's number, one
    of them in every band that ends with an entry (on the entry's line or above it, below
    the entry before): the rows of a table keyed by those numbers, whose cells side by side
    (the persons of one incident, each with a number of its own) only look like entries."""
    entries = sorted(numbers)
    left = min(x for found in numbers.values() for x, _ in found) - MIN_GUTTER
    margin = {i: xs for i, found in others.items() for xs in [[x for x, _ in found if x < left]] if xs}
    if len(entries) < MIN_ACROSS or not margin:
        return False
    place = Counter(xs[0] for xs in margin.values()).most_common(1)[0][0]
    keyed = sorted(i for i, xs in margin.items() if abs(xs[0] - place) <= 2)
    opened = sum(1 for before, i in zip([-1] + entries, entries) if any(before < j <= i for j in keyed))
    return opened >= STEADY * len(entries)


def _stacked(body: list[tuple[int, str]], numbers: dict[int, list[tuple[int, str]]], a: int, b: int) -> bool:
    """A column of entries stacked in lines: its lines start at its own edge (a table's
    stretch between two number columns holds cells at several places), and nearly every
    line holding a number has a line without one under it (a table's rows follow each
    other line after line)."""
    parts = [(i, ln[a:b]) for i, ln in body if ln[a:b].strip()]
    if not parts:
        return False
    at_edge = sum(1 for _, part in parts if part[:1].strip())
    numbered = [any(a <= x < b for x, _ in numbers.get(i, ())) for i, _ in parts]
    followed = sum(1 for k, n in enumerate(numbered) if n and k + 1 < len(parts) and not numbered[k + 1])
    return at_edge >= STEADY * len(parts) and followed >= STEADY * sum(numbered) > 0


def _cell_start(line: str, x: int) -> int:
    """Where the text holding position ``x`` starts: after the last gutter left of it."""
    before = line[:x]
    gap = before.rfind(_GUTTER)
    if gap < 0:
        return len(before) - len(before.lstrip())
    return gap + len(before[gap:]) - len(before[gap:].lstrip())


def _gutters_blank(lines: list[str], starts: list[int]) -> bool:
    """Nearly every line leaves the gutter before each column but the first blank (a title
    or a footer across the page may cross them)."""
    body = [ln for ln in lines if ln.strip()]
    crossing = sum(1 for ln in body if any(ln[s - MIN_GUTTER:s].strip() for s in starts[1:]))
    return bool(body) and crossing <= max(2, len(body) // 10)


def _column_by_column(lines: list[str], starts: list[int], numbers: dict[int, list[tuple[int, str]]]) -> list:
    """The page's columns one after another: each entry (a line holding a number in the
    column and the column's lines under it, up to the next entry or a line blank across the
    page) as the list of its lines, the column's other lines (its title, its total) as they
    are. Lines across the gutters stay whole, above the columns before the first line
    printing two of them, below them after."""
    crossing = [_crosses(ln, starts) if ln.strip() else None for ln in lines]
    ends = starts[1:] + [10 ** 6]
    first = min(numbers, default=len(lines))
    while first > 0 and (crossing[first - 1] is None or crossing[first - 1] is False
                         and sum(1 for part in _parts(lines[first - 1], starts) if part.strip()) >= 2):
        first -= 1      # the columns' titles above their first entries (a title across the page stays above)
    columns: list[list] = [[] for _ in starts]
    open_entry: list[list[str] | None] = [None for _ in starts]
    foot: list[str] = []
    for i in range(first, len(lines)):
        if crossing[i] is None:     # blank across the page: every column's entry ends
            open_entry = [None for _ in starts]
            continue
        if crossing[i]:
            foot.append(lines[i])
            continue
        for c, (part, a, b) in enumerate(zip(_parts(lines[i], starts), starts, ends)):
            if not part.strip():
                continue
            own = [(x - a, tok) for x, tok in numbers.get(i, ()) if a <= x < b]
            if own:         # the number a cell of its own: the values beside it are cells too
                x, tok = own[0]
                open_entry[c] = ["   ".join(v for v in (part[:x].strip(), tok, part[x + len(tok):].strip()) if v)]
                columns[c].append(open_entry[c])
            elif open_entry[c] is not None:
                open_entry[c].append(part.strip())
            else:
                columns[c].append(part.strip())
    body: list = []
    for col in columns:
        body.extend(col)
        body.append("")
    return lines[:first] + body + foot


def _parts(line: str, starts: list[int]) -> list[str]:
    return [line[a:b] for a, b in zip(starts, starts[1:] + [None])]


def _crosses(line: str, starts: list[int]) -> bool:
    """A line with text in a gutter (the characters just before a column's start)."""
    return any(line[s - MIN_GUTTER:s].strip() for s in starts[1:])
