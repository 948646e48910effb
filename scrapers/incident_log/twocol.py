"""A page printed in two newspaper columns: read the left column, then the right.

``pdftotext -layout`` prints such a page line by line across both columns, so two
unrelated records sit side by side on every line. The columns are found from the
document's own repetition: record numbers of one shape open lines in both halves (the
left one near the margin, the right one at a steady position), the gutter before the
right one is blank on nearly every line, and the halves are about as wide as each other.
A table with a second number column (a related report) mostly fails the last two tests:
its numbers are not the start of a half as wide as the page's left part. A spreadsheet
printed landscape may leave its last columns (a reference cell, then a wide notes cell) as
wide as half the page, so the right numbers must also be a second column's: of the left
numbers' series (their letters), and as many as half the left ones on the pages before
the last (a reference cell is empty on most rows).

A blotter set like a newspaper has its entries flow down one column and on into the next,
so numbers seldom open both halves of one line: there the right column is found from its
own numbers, which open lines at one steady position after a blank gutter, mostly on
lines whose left half opens no number (a table's second number column shares its rows
with the first). Such a page is split below its header, so the foot of the left column
and the head of the right one (an entry cut between them) follow each other.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from prr.scrapers.incident_log.text import shape

MIN_PAIRS = 3            # lines of a page with a number opening each half
GUTTER = 2               # blank characters before the right column
MAX_CAPTION_WORDS = 3    # words of a caption over each of two side-by-side tables


def split_two_columns(doc, page_texts: list[str]) -> list[str] | None:
    """The page texts with every two-column page rewritten as its left column followed by
    its right column, or None when no page is printed in two columns."""
    pairs: dict[int, list[tuple[int, int, int]]] = defaultdict(list)     # page -> (line, x1, x2)
    for i, found in enumerate(doc.ids):
        if len(found) >= 2:
            # the right half's number: the other one of the left one's shape, when the line
            # holds two of that shape (the last number of the line may be another number of
            # the right row's cells; three or more are a grid of records, ``grid.py``)
            x1, a = found[0]
            alike = [(x, t) for x, t in found[1:] if shape(t) == shape(a)]
            x2, b = alike[0] if len(alike) == 1 else found[-1]
            if shape(a) == shape(b) and a != b and x2 - x1 >= 20 and not doc.lines[i][:x1].strip():
                pairs[doc.pages[i]].append((i, x1, x2))
    pairs = _record_pairs(doc, pairs)
    out = list(page_texts)
    cuts: list[int] = []        # the distances of the pages split
    short = []                  # pages with too few pairs to tell on their own
    flowing = _flowing_columns(doc)
    for page, cut in flowing.items():
        start = doc.first_line(page)
        body = next((i for i in range(start, len(doc.lines))
                     if doc.pages[i] == page and i not in doc.skip and doc.lines[i].strip()), None)
        if body is not None and _rewrite(doc, page_texts, out, page, body, cut):
            cuts.append(cut)
        else:
            flowing[page] = None
    for page, items in pairs.items():
        if flowing.get(page):
            continue
        if len(items) < MIN_PAIRS:
            short.append((page, items))
            continue
        mode = Counter(x2 - x1 for _, x1, x2 in items).most_common(1)[0][0]
        steady = [x2 - x1 for _, x1, x2 in items if abs(x2 - x1 - mode) <= 1]     # layout text wanders by one
        if len(steady) < 0.7 * len(items):
            continue
        # the right column's numbers stand ``cut`` right of the left one's: so does its edge
        if _rewrite(doc, page_texts, out, page, items[0][0], min(steady)):
            cuts.append(min(steady))
    changed = bool(cuts)
    # pages with one or two pairs (a grid of record cards, two or four to a page, or its
    # last page) are split when their pairs stand as far apart as on the pages split
    # above, or, with none split, as on the other such pages (three pairs or more)
    if not cuts and len(short) >= 2:
        at = Counter(x2 - x1 for _, items in short for _, x1, x2 in items)
        mode = at.most_common(1)[0][0]
        if sum(n for d, n in at.items() if abs(d - mode) <= 1) >= MIN_PAIRS:
            cuts = [mode]
    for page, items in short if cuts else ():
        if flowing.get(page):
            continue
        steady = [x2 - x1 for _, x1, x2 in items if any(abs(x2 - x1 - c) <= 1 for c in cuts)]
        if len(steady) == len(items):
            changed = _rewrite(doc, page_texts, out, page, items[0][0], min(steady)) or changed
    return out if changed else None


def _record_pairs(doc, pairs: dict[int, list[tuple[int, int, int]]]) -> dict[int, list[tuple[int, int, int]]]:
    """The pairs whose right number opens a second column of records, not a cell of a
    table's reference column (a related report, a booking, a citation: a spreadsheet
    printed landscape leaves its last columns as wide as half the page). A second column
    of records continues the first one's series, so its numbers carry the letters of the
    numbers opening lines at the left margin: a right number of other letters is of
    another series. And a second column opens about as many records as the first on every
    page but the log's last (which may end partway down either column), where a reference
    cell is empty on most rows: numbers at the right position on fewer than half as many
    lines as at the left one, over those pages, are no second column at all."""
    if not pairs:
        return pairs
    series = {_letters(found[0][1]) for i, found in enumerate(doc.ids)
              if found and doc.pages[i] in pairs and not doc.lines[i][:found[0][0]].strip()}
    kept = {page: [(i, x1, x2) for i, x1, x2 in items if _letters(_token_at(doc, i, x2)) in series]
            for page, items in pairs.items()}
    kept = {page: items for page, items in kept.items() if items}
    last = doc.pages[-1] if doc.pages else None
    # page -> (the left numbers' position, the right ones'), each the most common one
    at = {page: (Counter(x1 for _, x1, _ in items).most_common(1)[0][0],
                 Counter(x2 for _, _, x2 in items).most_common(1)[0][0])
          for page, items in kept.items() if page != last}
    left = right = 0
    for i, found in enumerate(doc.ids):
        if found and doc.pages[i] in at:
            x1, x2 = at[doc.pages[i]]
            line = doc.lines[i]
            left += any(abs(x - x1) <= 1 and not line[:x].strip() for x, _ in found)
            right += any(abs(x - x2) <= 1 and not line[max(0, x - GUTTER):x].strip() for x, _ in found)
    return {} if 2 * right < left else kept


def _token_at(doc, i: int, x: int) -> str:
    return next(t for at, t in doc.ids[i] if at == x)


def _letters(token: str) -> str:
    return "".join(c for c in token if c.isalpha())


def _flowing_columns(doc) -> dict[int, int]:
    """page -> the right column's edge, for pages whose right column is told by its own
    record numbers: at least ``MIN_PAIRS`` of the page's main number shape open lines at
    one position (within one character) after a blank gutter, on lines whose left half
    mostly opens no number, while numbers of that shape also open lines at the margin."""
    left: dict[int, dict[int, str]] = defaultdict(dict)            # page -> line -> shape
    right: dict[int, list[tuple[int, int, str]]] = defaultdict(list)   # page -> (line, x, shape)
    for i, found in enumerate(doc.ids):
        if not found:
            continue
        line = doc.lines[i]
        for x, token in found:
            if x < 20 and not line[:x].strip():
                left[doc.pages[i]].setdefault(i, shape(token))
            elif x >= 20 and not line[x - GUTTER:x].strip():
                right[doc.pages[i]].append((i, x, shape(token)))
    out: dict[int, int] = {}
    for page, items in right.items():
        margin = left.get(page, {})
        main = Counter(margin.values()).most_common(1)
        if not main or len(items) < MIN_PAIRS:
            continue
        at = Counter(x for _, x, s in items if s == main[0][0])
        if not at:
            continue
        mode = at.most_common(1)[0][0]
        steady = [(i, x) for i, x, s in items if s == main[0][0] and abs(x - mode) <= 1]
        shared = sum(1 for i, _ in steady if i in margin)
        opened = sum(1 for s in margin.values() if s == main[0][0])
        if len(steady) >= MIN_PAIRS and opened >= MIN_PAIRS and shared < 0.5 * len(steady) \
                and not _wrapped_citations(doc, steady, opened):
            out[page] = min(x for _, x in steady)
    return out


def _wrapped_citations(doc, steady: list[tuple[int, int]], opened: int) -> bool:
    """The numbers at the right position are few beside those opening lines at the margin
    and stand nearly all alone at their line's end: numbers cited in the entries' text,
    wrapped to the start of a continuation line, not a column of entries of their own."""
    alone = sum(1 for i, x in steady if len(doc.lines[i][x:].split()) == 1)
    return len(steady) < 0.5 * opened and alone >= 0.8 * len(steady)


def _rewrite(doc, page_texts: list[str], out: list[str], page: int, first: int, cut: int) -> bool:
    lines = page_texts[page - 1].splitlines()
    start = doc.first_line(page)
    # the page's footer (furniture below its first record) stays whole, at the page's end
    # (a footer each of two small pages on the sheet prints is split with them, as their titles)
    footer = {i - start for i in doc.skip if i > first and doc.pages[i] == page and not _paired(doc.lines[i], cut)}
    rewritten = _split_page(lines, first - start, cut, footer)
    if rewritten is None:
        return False
    out[page - 1] = rewritten
    return True


def _split_page(lines: list[str], first: int, cut: int, footer: set[int] = frozenset()) -> str | None:
    """Lines above ``first`` (the page header) as they are, then the left halves, then the
    right halves, then the ``footer`` lines whole; None when the gutter is not blank or the
    halves differ in width."""
    first = _paired_header(lines, first, cut)
    body = [ln for ln in lines[first:] if ln.strip()]
    blank = sum(1 for ln in body if not ln[max(0, cut - GUTTER):cut].strip())
    if blank < 0.9 * len(body):
        return None
    right_width = max((len(ln.rstrip()) - cut for ln in body if len(ln.rstrip()) > cut), default=0)
    # the left half is as wide as the right column's edge, or, for columns of short lines
    # set with a wide gutter (blocks of a few words a line), as wide as its longest line
    # (the page's footer, a page number centred across the gutter, aside)
    left_width = max((len(ln[:cut].rstrip()) for k, ln in enumerate(lines[first:], start=first)
                      if k not in footer), default=0)
    if not (0.5 * cut <= right_width <= 2 * cut or 0.5 * left_width <= right_width <= 2 * left_width):
        return None
    left, right, foot = [], [], []
    for k, ln in enumerate(lines[first:], start=first):
        if k in footer:
            foot.append(ln)
            continue
        if ln[max(0, cut - GUTTER):cut].strip():       # a line across the gutter (a total) stays whole
            left.append(ln)
            continue
        left.append(ln[:cut].rstrip())
        part = ln[cut:]
        right.append(part.rstrip())
    # the right half set at the left one's margin, so one page's columns line up
    indent = lambda half: min((len(t) - len(t.lstrip()) for t in half if t.strip()), default=0)  # noqa: E731
    pad = " " * max(0, indent(left) - indent(right))
    right = [pad + t if t.strip() else t for t in right]
    return "\n".join(lines[:first] + left + [""] + right + foot)


def _paired_header(lines: list[str], first: int, cut: int) -> int:
    """Where the split starts: above the first record, the header lines whose two halves
    print the same words (digits aside) are split too, so each half keeps its own header
    (two small pages printed on one sheet, each with its title and column titles)."""
    k = first
    while k > 0:
        ln = lines[k - 1]
        if ln.strip():
            left, right = ln[:cut].split(), ln[cut:].split()
            if not left or ln[max(0, cut - GUTTER):cut].strip() or _words(left) != _words(right):
                # a caption of each table above their paired titles ("DAY SHIFT" / "NIGHT
                # SHIFT"): a few words over each half, split with them
                if k < first and _captions(left, right):
                    k -= 1
                break
        k -= 1
    while k < first and not lines[k].strip():
        k += 1
    return k if any(lines[j].strip() for j in range(k, first)) else first


def _captions(left: list[str], right: list[str]) -> bool:
    """Each half of a line holds a short caption of as many words (no numbers)."""
    return 0 < len(left) == len(right) <= MAX_CAPTION_WORDS and not any(c.isdigit() for w in left + right for c in w)


def _paired(line: str, cut: int) -> bool:
    """A line whose two halves print the same words, digits aside."""
    left, right = line[:cut].split(), line[cut:].split()
    return bool(left) and _words(left) == _words(right)


def _words(words: list[str]) -> list[str]:
    return ["".join("9" if c.isdigit() else c for c in w) for w in words]

