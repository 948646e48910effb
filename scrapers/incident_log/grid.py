"""Records set side by side, three or more to a band: a grid of cards, or a transposed table.

``pdftotext -layout`` prints a band of records that stand side by side as lines across all
of them, so unrelated records share every line. Such a band is told by its first line:
record numbers of one shape, three or more, each after a blank gutter. The numbers' own
positions cut the band's lines into one cell per record (a word that straddles a cut
goes with the cell it starts in). The band runs on to the first blank line.

* **Cards** (the band's first line is only numbers and values beside them): each record's
  cell lines are printed one card after another, across the band then down, so the cards
  read as entries or labelled blocks; lines between bands (a day banner) stay whole.
* **A transposed table** (a label left of the numbers, and a label opening most of the
  band's lines): one record per column, fields as rows. Each column becomes a block of
  ``label: value`` lines, a value wrapped onto a line without label joined to it. Its band
  is the whole block of labelled lines around the numbers, since more than one row may
  carry a number per column and the first row may be only a counter; a last block of
  fewer columns is a band when its lines open with the same labels.

Nothing here applies to a page whose lines hold one or two record numbers each. Dates
printed as eight bare digits with a 24-hour time after them (``20260302 0148``), of the
record numbers' shape, are no record numbers: a row with two such date-times and its
number is one record, not three side by side.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.record import compact_date
from prr.scrapers.incident_log.text import shape

MIN_ACROSS = 3           # record numbers on a band's first line
MIN_BANDS = 2            # such lines in the document
GUTTER = 2               # blank characters before each number
MIN_STAMPS = 6           # date-time stamps in the document before their dates are told


def split_record_grid(doc, page_texts: list[str]) -> list[str] | None:
    """The page texts with every band of side-by-side records rewritten as one record after
    another, or None when no page has such bands."""
    heads: dict[int, list[int]] = {}            # line -> the numbers' positions
    ids = _without_date_stamps(doc)
    for i, found in enumerate(ids):
        if len(found) >= MIN_ACROSS and not found[0][0] < 0:
            xs = _gutter_positions(doc.lines[i], found)
            if xs:
                heads[i] = xs
    if len(heads) < MIN_BANDS:
        return None
    # a band only partly filled (the last one) opens with fewer numbers, at the same places
    known = {x for xs in heads.values() for x in xs}
    for i, found in enumerate(ids):
        if found and i not in heads and i > 0 and not doc.lines[i - 1].strip() \
                and not doc.lines[i][:max(0, found[0][0] - GUTTER)].strip():
            xs = [x for x, _ in found if any(abs(x - k) <= 1 for k in known)]
            if len(xs) == len(found) and found[0][0] == min(known, key=lambda k: abs(k - found[0][0])) \
                    and _gutter_ok(doc.lines[i], xs):
                heads[i] = xs
    heads = _table_blocks(doc, ids, heads, known)
    rewritten: dict[int, list] = {}
    for page in sorted({doc.pages[i] for i in heads}):
        start = doc.first_line(page)
        lines = page_texts[page - 1].splitlines()
        page_heads = {i - start: xs for i, xs in heads.items() if doc.pages[i] == page}
        items = _rewrite_page(lines, page_heads)
        if items is not None:
            rewritten[page] = items
    if not rewritten:
        return None
    # the cards of every page as rows of one table, so its columns line up across pages
    cards = [ln for items in rewritten.values() for ln in items if isinstance(ln, list)]
    _drop_shared_labels(cards)
    rows = iter(_card_rows(cards) if cards else ())
    out = list(page_texts)
    for page, items in rewritten.items():
        out[page - 1] = "\n".join(next(rows) if isinstance(ln, list) else ln for ln in items)
    return out


# eight digits, then a 24-hour time: a date-time stamp when the digits are a date
_STAMP_TIME = re.compile(r" +(?:[01]\d|2[0-3])[0-5]\d\b")


def _without_date_stamps(doc) -> list[list[tuple[int, str]]]:
    """Every line's numbers, less the dates printed as eight bare digits (YYYYMMDD) with a
    time after them. Told by the document: such digits are valid dates followed by a
    clock time, and their values repeat (several rows of a day carry the same date, where
    a record number is printed once per record); a serial of the same shape rising through
    the log (2025 0123, 2025 0124, ...) repeats no value and stays a record number."""
    at: dict[str, list[tuple[int, int]]] = {}
    for i, found in enumerate(doc.ids):
        for x, tok in found:
            if len(tok) == 8 and tok.isdigit() and compact_date(tok) != tok \
                    and _STAMP_TIME.match(doc.lines[i], x + 8):
                at.setdefault(tok, []).append((i, x))
    n = sum(len(v) for v in at.values())
    if n < MIN_STAMPS or len(at) > 0.5 * n:
        return doc.ids
    stamps = {place for places in at.values() for place in places}
    return [[(x, tok) for x, tok in found if (i, x) not in stamps] for i, found in enumerate(doc.ids)]


def _gutter_positions(line: str, found: list[tuple[int, str]]) -> list[int] | None:
    """The positions of a line's record numbers when three or more of one shape stand after
    a blank gutter each, at least a few characters apart."""
    main = Counter(shape(tok) for _, tok in found).most_common(1)[0][0]
    xs = [x for x, tok in found if shape(tok) == main and (x == 0 or not line[max(0, x - GUTTER):x].strip())]
    if len(xs) < MIN_ACROSS or len(set(xs)) != len(xs):
        return None
    if min(b - a for a, b in zip(xs, xs[1:])) < 8:
        return None
    return xs


def _labelled(line: str, xs: list[int]) -> bool:
    return bool(line[:max(0, xs[0] - GUTTER)].strip())


def _block(doc, i: int) -> tuple[int, int]:
    """The run of non-blank lines of one page that holds line ``i``."""
    s = e = i
    while s > 0 and doc.pages[s - 1] == doc.pages[i] and doc.lines[s - 1].strip():
        s -= 1
    while e + 1 < len(doc.lines) and doc.pages[e + 1] == doc.pages[i] and doc.lines[e + 1].strip():
        e += 1
    return s, e


def _table_blocks(doc, ids, heads: dict[int, list[int]], known: set[int]) -> dict[int, list[int]]:
    """Heads of a table on its side moved to the first line of their block. Such a table
    prints one field a line, so more than one row (an incident number, the case number, a
    unit) can carry a number per column, and its first row need not be a number at all
    (``Seq  #1  #2``): the block of labelled lines is one band, its columns those of its
    fullest row (the rows that are full stand at the same places). A block at the end
    with fewer columns than three (the last incidents) is one too when its lines open
    with the labels of the others and its numbers stand at their columns."""
    blocks: dict[int, list[int]] = {}
    labels: set[str] = set()
    width = None
    for i, xs in heads.items():
        if not _labelled(doc.lines[i], xs):
            blocks.setdefault(i, xs)
            continue
        s, e = _block(doc, i)
        if len(blocks.get(s, ())) < len(xs):
            blocks[s] = xs
        width = xs[0]
        labels.update(_label(doc.lines[k], xs) for k in range(s, e + 1))
    if width is None:
        return heads
    labels.discard("")
    taken = set(blocks)
    for i, found in enumerate(ids):
        xs = [x for x, _ in found]
        if not xs or xs[0] != width or not set(xs) <= known or not _gutter_ok(doc.lines[i], xs):
            continue
        s, e = _block(doc, i)
        if s in taken:
            continue
        block_labels = [_label(doc.lines[k], xs) for k in range(s, e + 1)]
        if e > s and sum(lb in labels for lb in block_labels) >= 0.8 * len(block_labels):
            blocks[s] = max([xs] + [blocks.get(s, [])], key=len)
    return blocks


def _label(line: str, xs: list[int]) -> str:
    """The text left of a transposed table's first column, a value pulled left into the
    label's space (a sparse row, its lone value printed one space after the label) left out."""
    return line[:_cuts(line, xs)[0]].strip().rstrip(":").strip()


def _gutter_ok(line: str, xs: list[int]) -> bool:
    return all(x == 0 or not line[max(0, x - GUTTER):x].strip() for x in xs)


def _rewrite_page(lines: list[str], heads: dict[int, list[int]]) -> list | None:
    """The page's lines, each band replaced by its records: lines of ``label: value`` (a
    transposed table) or cards (lists of their lines, made rows once the page is read)."""
    out: list = []
    k = 0
    done = False
    while k < len(lines):
        xs = heads.get(k)
        if xs is None:
            out.append(lines[k])
            k += 1
            continue
        end = k + 1
        while end < len(lines) and lines[end].strip() and end not in heads:
            end += 1
        band = lines[k:end]
        label_width = xs[0]
        transposed = bool(band[0][:label_width].strip())
        if transposed:
            labelled = sum(1 for ln in band if ln[:label_width].strip())
            if labelled < 0.5 * len(band):
                return None
            out.extend(_transposed(band, xs))
        else:
            if any(ln[:max(0, label_width - GUTTER)].strip() for ln in band):
                return None     # text left of the first card: not a grid
            out.extend(_cards(band, xs))
        done = True
        k = end
    return out if done else None


def _cuts(line: str, xs: list[int]) -> list[int]:
    cuts = []
    for x in xs:
        c = x
        while 0 < c < len(line) and line[c - 1] != " " and line[c] != " ":
            c -= 1
        cuts.append(c)
    return cuts


def _cut(line: str, xs: list[int]) -> list[str]:
    """A line cut at ``xs`` (the first cell from ``xs[0]``); a word straddling a cut stays
    with the cell it starts in."""
    cuts = _cuts(line, xs)
    cuts.append(max(len(line), cuts[-1]))
    return [line[a:b] for a, b in zip(cuts, cuts[1:])]


def _cards(band: list[str], xs: list[int]) -> list[list[str]]:
    cells = [_cut(ln, xs) for ln in band]
    out: list[list[str]] = []
    for c in range(len(xs)):
        card = [row[c].strip() for row in cells if row[c].strip()]
        if card:
            out.append(card)
    return out


_GAP = re.compile(r"\s{2,}")
_LABEL = re.compile(r"^([A-Za-z][\w.#/ ]{0,20}):\s+(?=\S)")


def _drop_shared_labels(cards: list[list[str]]) -> None:
    """A label that opens the same line of most cards (``Disp: Arrest``) names the column
    that line becomes; it is left out of the values, which then tell their field, as in a
    table whose header is not printed."""
    at: Counter = Counter()
    for card in cards:
        for n, value in enumerate(card):
            m = _LABEL.match(value)
            if m:
                at[n, m.group(1)] += 1
    for (n, label), count in at.items():
        if count >= 0.7 * len(cards):
            for card in cards:
                m = _LABEL.match(card[n]) if n < len(card) else None
                if m and m.group(1) == label:
                    card[n] = card[n][m.end():].strip()


def _card_rows(cards: list[list[str]]) -> list[str]:
    """Cards as rows of one table: the lines most cards print are its columns (a line split
    where the card leaves a gap: a number and its time), each as wide as its longest
    value so the table reader finds them from the gaps; the lines only some cards add (a
    note) go on a line of their own under the row, right of its columns."""
    lengths = sorted((len(c) for c in cards), reverse=True)
    common = lengths[int(0.8 * (len(lengths) - 1))]
    split = [[p for line in card[:common] for p in _GAP.split(line.strip())] for card in cards]
    widths: Counter = Counter()
    for parts in split:
        for n, value in enumerate(parts):
            widths[n] = max(widths[n], len(value))
    end = sum(widths.values()) + 3 * len(widths)
    rows = []
    for card, parts in zip(cards, split):
        row = "   ".join(v.ljust(widths[n]) for n, v in enumerate(parts)).rstrip()
        rows.append("\n".join([row] + [" " * end + " ".join(extra.split()) for extra in card[common:]]))
    return rows


def _transposed(band: list[str], xs: list[int]) -> list[str]:
    records: list[list[list[str]]] = [[] for _ in xs]      # record -> [label, value words]
    for ln in band:
        label = _label(ln, xs)
        for c, cell in enumerate(_cut(ln, xs)):
            value = cell.strip()
            if label:
                records[c].append([label, value])
            elif value and records[c]:
                records[c][-1][1] = f"{records[c][-1][1]} {value}".strip()
    out: list[str] = []
    for rec in records:
        if rec and rec[0][1]:
            out.extend(f"{label}: {value}" for label, value in rec)
            out.append("")
    return out
