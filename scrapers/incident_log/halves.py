"""Sheets printed two pages to a side ("2-up"): each half of the sheet is a page of its own.

``pdftotext -layout`` prints such a sheet line by line across both halves, so every text
line holds a line of one logical page and a line of the other: two unrelated records side
by side. ``twocol.py`` finds two columns from record numbers opening lines in both halves;
a reduced page of labelled blocks opens its lines with labels ("Case: ..."), not numbers.

Told from the sheet itself: a wide blank gutter near the middle of the sheet that (nearly)
no line crosses, with two halves about as wide as each other that look alike: their lines
open with words of the same shapes (the same labels, or numbers of one shape) and both
carry record numbers of one shape, in like numbers, not opening most lines (rows that
numbers open are ``twocol.py``'s, which finds their columns from the numbers). A table's columns fail that: the
column right of a gutter opens with other values than the first column, and the record
numbers stand left of it only. Each half is then read as its own page (the left one
first); lines crossing the gutter (a sheet's footer) follow the right half.

Told also by the page numbers printed under the halves: a sheet whose foot prints two
numbers alone, every sheet's different and together numbering the pages 1..n once each
(``_numbered``), holds two pages however unlike they look (a cover beside a notes page, a
masthead page beside a running head). Its gutter is a blank run of positions between the
two numbers (``_folio_gutter``); each half is read as its own page and the halves put in
the order of their numbers (a booklet prints 12|1, 2|11, ...). On such sheets a line
blank in one half only is the other half's line printed at a height of its own, no break
in the half's text (a paragraph, a block running on), and is left out of it.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.columns import word_cover
from prr.scrapers.incident_log.text import find_ids, shape

SAMPLE_PAGES = 2         # sheets looked at before deciding the document is not printed 2-up
MIN_LINES = 12           # printed lines of a sheet
MIN_HALF_LINES = 6       # printed lines of each half
MIN_WIDTH = 24           # characters of a half
MIN_GUTTER = 3           # blank characters between the halves
SLACK = 3                # characters the right half's lines may start left of its edge
MAX_WIDTH_RATIO = 2.0    # wider half / narrower
HEAD_LINES = 3          # printed lines at a half's top and foot looked at for its own title
MIN_ALIKE = 0.6          # share of the halves' line openings of the same shapes
_DIGITS = re.compile(r"\d+")


def split_page_halves(page_texts: list[str]) -> tuple[list[str], list[int]] | None:
    """The page texts with every sheet printed two pages to a side cut into its two
    pages, and the sheet (1-based) of each; None when none of the first
    ``SAMPLE_PAGES`` sheets is so."""
    cuts = [_cut(text.splitlines()) for text in page_texts[:SAMPLE_PAGES]]
    numbered = _numbered(page_texts)
    if not any(cuts) and not numbered:
        return None
    out: list[str] = []
    sheets: list[int] = []
    for k, text in enumerate(page_texts):
        lines = text.splitlines()
        cut = cuts[k] if k < SAMPLE_PAGES else _cut(lines)
        parts = _halves(lines, cut, numbered) if cut else _half_blank(lines) or _folio_halves(lines) or [text]
        out.extend(parts)
        sheets.extend([k + 1] * len(parts))
    order = _folio_order(out)
    if order is not None:
        out, sheets = [out[i] for i in order], [sheets[i] for i in order]
    return out, sheets


def _half_blank(lines: list[str]) -> list[str] | None:
    """A sheet of a document printed two pages to a side whose one half is (nearly) blank:
    ``pdftotext`` then moves the other half's text to the left, and prints the blank
    half's few lines (a notice) left of that text's margin, among its lines. Told by its
    foot (or head) printing two page numbers: the lines left of the margin are cut out as
    the blank page's, the rest dedented as the other page's, each with its own number (the
    page of text the lower one: unused pages come at a booklet's end)."""
    body = [ln for ln in lines if ln.strip()]
    if len(body) < MIN_LINES:
        return None
    numbers = _folios(body[-1]) or _folios(body[0])
    if not numbers or len(numbers) != 2:
        return None
    edges = Counter(len(ln) - len(ln.lstrip()) for ln in body)
    margin = edges.most_common(1)[0][0]
    if margin < MIN_GUTTER:
        return None
    text, blank = [], []
    for ln in lines:
        if _folios(ln):
            continue
        edge = len(ln) - len(ln.lstrip())
        (text if not ln.strip() or edge >= margin - SLACK else blank).append(ln)
    if len(blank) >= HEAD_LINES:
        return None
    indent = min(len(ln) - len(ln.lstrip()) for ln in text if ln.strip())
    low, high = sorted(numbers)
    return ["\n".join([ln[indent:] for ln in text] + [str(low)]),
            "\n".join([ln.strip() for ln in blank] + [str(high)])]


def _folio_order(parts: list[str]) -> list[int] | None:
    """The parts in the order of the page numbers printed on them (a booklet's sheets
    carry pages 8|1, 2|7, ...), or None when not every part prints one number of its own
    at its foot or head, or the numbers are already in order. A sheet left whole beside
    cut ones whose foot prints two numbers holds one page of text and a blank page:
    unused pages come at a booklet's end, so its text is the lower-numbered page."""
    folios = [_folio(part) for part in parts]
    if any(f is None for f in folios) or len(set(folios)) < len(folios):
        return None
    order = sorted(range(len(parts)), key=folios.__getitem__)
    return order if order != list(range(len(parts))) else None


_FOLIO = re.compile(r"^[^\w]*(?:page\s+)?(\d{1,3})(?:\s+of\s+\d{1,3})?[^\w]*$", re.IGNORECASE)


def _folio(part: str) -> int | None:
    """The page number printed alone on a part's last or first line."""
    lines = [ln for ln in part.splitlines() if ln.strip()]
    for line in (lines[-1:] + lines[:1]) if lines else []:
        numbers = _folios(line)
        if numbers and len(numbers) == 1:
            return numbers[0]
    return None


def _folios(line: str) -> list[int] | None:
    """The page numbers a line prints alone ("- 7 -", "Page 7", one for each half of a
    sheet), or None when it prints anything else."""
    words = re.split(r"\s{3,}", line.strip())
    found = [_FOLIO.match(word) for word in words]
    return [int(m.group(1)) for m in found] if line.strip() and all(found) else None


def _foot_folios(lines: list[str]) -> list[tuple[int, int, int]] | None:
    """The two page numbers a sheet's last printed line prints alone, one under each half,
    each with where it starts and ends; None when it prints anything else."""
    body = [ln.rstrip() for ln in lines if ln.strip()]
    if len(body) < 2:
        return None
    words = list(re.finditer(r"\S+(?:\s{1,2}\S+)*", body[-1]))
    found = [_FOLIO.match(m.group()) for m in words]
    if len(words) != 2 or not all(found):
        return None
    return [(int(f.group(1)), m.start(), m.end()) for f, m in zip(found, words)]


def _numbered(page_texts: list[str]) -> bool:
    """Every sheet prints two page numbers under its halves, and together they number the
    pages 1..n once each: two pages to a side, in whatever order they are imposed."""
    folios = [_foot_folios(text.splitlines()) for text in page_texts]
    if len(folios) < 2 or not all(folios):
        return False
    numbers = sorted(n for pair in folios for n, _, _ in pair)
    return numbers == list(range(1, len(numbers) + 1))


def _folio_halves(lines: list[str]) -> list[str] | None:
    """A sheet whose foot prints a page number under each half, cut at the gutter between
    them (``_folio_gutter``), its foot between the two numbers; or None."""
    folios = _foot_folios(lines)
    if folios is None:
        return None
    (_, a, b), (_, c, d) = folios
    gutter = _folio_gutter(lines, (a + b) / 2, (c + d) / 2)
    if gutter is None:
        return None
    foot = max(i for i, ln in enumerate(lines) if ln.strip())
    return _halves(lines, gutter[0], True,
                   lambda i, ln: _split_at(ln, *gutter) if i != foot else _split_at(ln, b, b, c))


def _folio_gutter(lines: list[str], lo: float, hi: float) -> tuple[int, int, int] | None:
    """Where one half ends and the other begins, however narrow (a half pdftotext drew
    nearly empty) or off centre: of the runs of positions (nearly) no line's words cover
    between the two page numbers (the sheet's foot left out), one that no line crosses, two
    positions wide or more, the nearest to the middle between the numbers (pages numbered
    alike put their numbers alike under each half; a table's columns leave runs as wide
    within a half). Its start, its first position the fewest lines cover (a table's longest
    cells may run into a run a nearly blank page's few lines leave open) and its end."""
    body = [ln.rstrip() for ln in lines if ln.strip()][:-1]
    if not body:
        return None
    width = max(len(ln) for ln in body)
    cover = word_cover(body, width) + [0] * max(0, int(hi) + 2 - width - 1)
    limit = max(1, len(body) // 15)     # a half's line running into the gutter
    middle = (lo + hi) / 2
    runs, p = [], int(lo) + 1
    while p < hi:
        q = p
        while q < hi and cover[q] <= limit:
            q += 1
        if q > p:
            away = max(0.0, p - middle, middle - q)
            runs.append((min(cover[p:q]) > 0, q - p < 2, away, p, q))
        p = q + 1
    if not runs:
        return None
    *_, p, q = min(runs)
    return p, min(range(p, q), key=lambda x: (cover[x], x)), q


def _split_at(line: str, p: int, at: int, q: int) -> tuple[str, str] | None:
    """A line's two halves parted at the gutter ``p..q``, at its blank over ``at`` (the
    gutter's clearest position); a word there starting inside the gutter is the right
    half's (which may start left of its edge), one starting left of it the left half's (a
    line running into the gutter); None when a word covers the whole gutter (a line of the
    sheet's own). The right half is indented from ``q``."""
    if at < len(line) and line[at] != " ":
        start = at
        while start > 0 and line[start - 1] != " ":
            start -= 1
        end = line.find(" ", at)
        end = len(line) if end < 0 else end
        if start >= p:
            at = start
        elif end <= q:
            at = end
        else:
            return None
    left, rest = line[:at].rstrip(), line[at:]
    start = at + len(rest) - len(rest.lstrip())
    return left, rest.strip() and " " * max(0, start - q) + rest.strip()


def sheet_pages(records: list[dict], sheets: list[int]) -> None:
    """Each record's page told as the sheet it is printed on (the page a reader finds)."""
    for rec in records:
        page = rec.get("page")
        if isinstance(page, int) and 1 <= page <= len(sheets):
            rec["page"] = sheets[page - 1]


def _cut(lines: list[str]) -> int | None:
    """Where a sheet's right half starts (its gutter's right edge), or None: the widest
    run of positions (nearly) no line's words cover, in the sheet's middle."""
    body = [ln.rstrip() for ln in lines if ln.strip()]
    if len(body) < MIN_LINES:
        return None
    width = max(len(ln) for ln in body)
    cover = word_cover(body, width)
    limit = max(1, len(body) // 15)     # a sheet's footer, a long line of one half
    runs, p = [], int(width * 0.3)
    while p < width * 0.7:
        q = p
        while q < width and cover[q] <= limit:
            q += 1
        if q - p >= MIN_GUTTER:
            runs.append((p, q))
        p = q + 1
    # the widest blank run first; a half's own blank (short lines left of right-aligned
    # values) may be wider than the gutter, and fails the halves' likeness
    for p, q in sorted(runs, key=lambda r: r[0] - r[1]):
        if _alike(body, p, q, width):
            return q
    return None


def _alike(body: list[str], p: int, q: int, width: int) -> bool:
    if min(p, width - q) < MIN_WIDTH or max(p, width - q) > MAX_WIDTH_RATIO * min(p, width - q):
        return False
    split = [_split(ln, q) for ln in body]
    if sum(1 for s in split if s is None) > 0.15 * len(body):
        return False
    left = [a for a, _ in filter(None, split) if a.strip()]
    right = [b for _, b in filter(None, split) if b.strip()]
    if min(len(left), len(right)) < MIN_HALF_LINES:
        return False
    a, b = Counter(map(_opening, left)), Counter(map(_opening, right))
    if sum((a & b).values()) < MIN_ALIKE * min(len(left), len(right)):
        return False
    if not _own_furniture(left, right):
        return False
    found_a, found_b = [find_ids(ln) for ln in left], [find_ids(ln) for ln in right]
    if _numbers_open(left, found_a) and _numbers_open(right, found_b):
        return False        # numbers open both halves' records: ``twocol.py`` reads those columns
    ids_a = Counter(shape(t) for found in found_a for _, t in found)
    ids_b = Counter(shape(t) for found in found_b for _, t in found)
    common = sum((ids_a & ids_b).values())
    return common >= MIN_HALF_LINES // 2 and common >= 0.5 * min(sum(ids_a.values()), sum(ids_b.values()))


def _numbers_open(lines: list[str], found: list[list[tuple[int, str]]]) -> bool:
    """Most lines with a number open with it (a table's rows, not labelled blocks)."""
    with_ids = [(ln, f) for ln, f in zip(lines, found) if f]
    return sum(1 for ln, f in with_ids if not ln[:f[0][0]].strip()) > 0.5 * len(with_ids)


def _split(line: str, cut: int) -> tuple[str, str] | None:
    """A line's left-half and right-half parts (the right one indented from ``cut``, as
    printed), or None when a word runs across the gutter (a line of the sheet's own). The
    right half's text may start a character or three left of ``cut`` (layout text wanders)."""
    i = cut - SLACK
    while i < len(line) and line[i] == " ":
        i += 1
    if i >= len(line):
        return line.rstrip(), ""
    if i > 0 and line[i - 1] != " ":
        return None
    return line[:i].rstrip(), " " * max(0, i - cut) + line[i:].rstrip()


def _own_furniture(left: list[str], right: list[str]) -> bool:
    """Each half prints the same title or foot line of its own (two whole pages, not two
    columns under one masthead): a line of two words or more among the first or the last
    ``HEAD_LINES`` printed lines of both halves."""
    def ends(part: list[str]) -> set[str]:
        lines = [" ".join(t.split()) for t in part]
        return {t for t in lines[:HEAD_LINES] + lines[-HEAD_LINES:] if len(t.split()) >= 2}
    return bool(ends(left) & ends(right))


def _opening(part: str) -> str:
    """The shape of a half line's first word (numbers of any length alike)."""
    return _DIGITS.sub("9", part.split(None, 1)[0])


def _halves(lines: list[str], cut: int, paged: bool = False, split=None) -> list[str]:
    """The sheet's two halves, cut at ``cut`` (or by ``split``); ``paged``: two pages each
    printing its own page number, their lines at heights of their own."""
    left: list[str] = []
    right: list[str] = []
    across: list[str] = []
    for i, ln in enumerate(lines):
        parts = split(i, ln) if split else _split(ln, cut)
        if parts is None:
            across.append(ln.strip())       # crosses the gutter: the sheet's own line
        elif not ln.strip() or not paged:
            left.append(parts[0])
            right.append(parts[1])
        else:       # a line blank in one half only: the other half's, no break in this one
            if parts[0].strip():
                left.append(parts[0])
            if parts[1].strip():
                right.append(parts[1])
    indent = min((len(t) - len(t.lstrip()) for t in right if t.strip()), default=0)
    right = [t[indent:] for t in right]
    return ["\n".join(left), "\n".join(right + across)]
