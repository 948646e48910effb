"""Runs of table rows spaced apart from their header: the text layer lays out each run of
lines between blank lines on its own, so on a page whose header sits over one run of rows,
the runs after a blank line (after a day's subtotal, say) can come out with every column a
few characters right of its title. Read as they are, the page's columns are the union of
two spacings: titles merge ("Report No. Date Time Police Case No." over the number and the
cited police case) and cells run together.

Told from the layout only: a run of lines whose cell starts, moved left by one shift, fall
on the header's title starts (three titles or more, most of the run's cells, within two
characters: the widening grows a little at each gap), where as printed none stands on a
title and most are three characters or more off; only on a page where another run stands
under the titles as printed (the header's places hold there). Its lines are set again
with each cell at its title's start, so all runs of the page share the header's columns.
The margin column stays where it is (the shift is in the gaps, not the margin)."""
from __future__ import annotations

import re

_CELL = re.compile(r"(?:(?<=\s\s)|^\s*)(\S+(?: \S+)*)")
MIN_COLUMNS = 3         # title starts a shift must land on: one or two agree by chance
MIN_SHARE = 0.6         # of the run's cell starts right of the margin
NEAR = 1                # a cell start this close to a title start is on it
# a run set apart is widened a little more at each gap, so its cells drift from one shift
# the further right they stand: moved, a cell this close to a title start is on it
NEAR_MOVED = 2
ON_TITLE_AT_MOST = 0.1  # of a shifted run's cells standing on a title as printed
MIN_SHIFT = 3           # a shift of a character or two is the titles' own placing
MAX_SHIFT = 24


def _cells(line: str) -> list[tuple[int, str]]:
    return [(m.start(1), m.group(1)) for m in _CELL.finditer(line)]


def _title_starts(header: list[str]) -> list[int]:
    """Where the header's titles start (its cells, parted by two spaces or more)."""
    return sorted({x for ln in header for x, _ in _cells(ln)})


def _on(x: int, starts: list[int], near: int = NEAR) -> int | None:
    best = min(starts, key=lambda t: abs(t - x)) if starts else None
    return best if best is not None and abs(best - x) <= near else None


def _runs(doc, spans) -> list[list[int]]:
    """The record lines in runs between blank (or skipped) lines, each on one page."""
    runs: list[list[int]] = []
    last = None
    for s, e in spans:
        for i in range(s, e):
            if i in doc.skip or not doc.lines[i].strip():
                last = None
                continue
            if last is not None and last == i - 1 and doc.pages[last] == doc.pages[i]:
                runs[-1].append(i)
            else:
                runs.append([i])
            last = i
    return runs


def _agree(xs: list[int], starts: list[int], d: int) -> tuple[int, int]:
    """How many of the cell starts ``xs``, moved left by ``d``, fall on a title start, and on
    how many titles."""
    on = [t for t in (_on(x - d, starts, NEAR_MOVED if d else NEAR) for x in xs) if t is not None]
    return len(on), len(set(on))


def _shift(lines: list[str], starts: list[int]) -> int | None:
    """0 when the lines' cells stand under the titles as printed; else the one shift that
    puts most of them there; None when neither does."""
    xs = [x for ln in lines for x, _ in _cells(ln) if x > 0]
    if not xs:
        return None
    # most cells a character or two off their titles: the titles' own placing (or the rows
    # of a page laid out a little apart), which the columns of the page part well enough;
    # and a cell right on a title as printed stays there: no run of other spacing has one
    near = sum(1 for x in xs if starts and min(abs(t - x) for t in starts) < MIN_SHIFT)
    on = sum(1 for x in xs if _on(x, starts) is not None)
    for d in range(MAX_SHIFT + 1):
        if d and (near >= 0.5 * len(xs) or on > ON_TITLE_AT_MOST * len(xs)):
            return None
        if 0 < d < MIN_SHIFT:
            continue
        # (the margin's title is no cell's to move onto: the margin is not shifted)
        n, columns = _agree(xs, starts if not d else [t for t in starts if t > min(starts)], d)
        if n >= MIN_SHARE * len(xs) and columns >= MIN_COLUMNS:
            return d
    return None


def _set_again(line: str, d: int, starts: list[int]) -> str:
    """The line with its cells moved left by ``d``: one landing next to a title start set on
    it, the others where the shift puts them, never closer than two spaces to the cell
    before (a cell left of the first title, moved into the margin's, stays after it)."""
    out = ""
    for x, text in _cells(line):
        if x == 0:
            out = text
            continue
        at = _on(x - d, starts)
        want = at if at is not None else x - d
        room = len(out) + 2 if out.strip() else 0
        out = out.ljust(max(want, room)) + text
    return out


def respace_runs(doc, spans, headers: dict[int, list[str]]) -> None:
    """Set again, in ``doc.lines``, each run of record lines spaced apart from its page's
    header, on pages where another run stands under the titles as printed (the header's
    places hold on the page); other runs and pages as they are."""
    if not headers:
        return
    by_page: dict[int, list[tuple[list[int], int | None]]] = {}
    for run in _runs(doc, spans):
        header = headers.get(doc.pages[run[0]])
        if header and len(run) >= 2:
            d = _shift([doc.lines[i] for i in run], _title_starts(header))
            by_page.setdefault(doc.pages[run[0]], []).append((run, d))
    for page, runs in by_page.items():
        if not any(d == 0 for _, d in runs):
            continue
        starts = _title_starts(headers[page])
        for run, d in runs:
            if not d:
                continue
            if doc.printed is None:     # a record's ``raw`` stays the lines as printed
                doc.printed = list(doc.lines)
            for i in run:
                doc.lines[i] = _set_again(doc.lines[i], d, starts)
