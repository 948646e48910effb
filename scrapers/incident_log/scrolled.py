"""A log captured screen after screen from a terminal that scrolls less than a screen:
each screen begins with the last lines of the one before.

A text file viewed in a browse session, paged down a fixed number of lines that is
smaller than the screen, and printed one or more screens a page, shows the same file
lines twice at every screen break: at the foot of one screen and again at the top of
the next. An entry starting there would be read twice (its first copy cut short by the
screen's end). The screens are told by their frame: lines (a title with the file's
line counter, a command line, a function-key menu) printed the same number of times on
every page, their digits aside. Where most breaks between two framed screens have the
lines just before the break repeated just after it, the capture scrolled: the repeated
lines are taken out of the later screen, so the file reads once, as it was, with a
screen break where an entry may go on, as over any page break.

Told on the first pages only (their lines masked once): a document whose first pages
repeat no line costs one set of their lines.
"""
from __future__ import annotations

from prr.scrapers.incident_log.pagefurniture import mask

# pages looked at to tell the layout: enough for two breaks at one screen a page
SAMPLE_PAGES = 3
# breaks that must show the overlap, of those in the sample and of the whole document
MIN_BREAKS = 2
OVERLAP_SHARE = 0.75
# a repeated overlap must carry a value: a line of this many letters or digits
MIN_FILLED = 8


def drop_scroll_overlap(page_texts: list[str]) -> list[str] | None:
    """The pages with every screen's repeat of the screen before taken out, or None
    where the document is no scrolled capture."""
    if len(page_texts) < 2:
        return None
    sample = [t.splitlines() for t in page_texts[:SAMPLE_PAGES]]
    if not _repeats_a_line(sample):
        return None
    frame = _frame_masks(sample, whole=len(page_texts) <= SAMPLE_PAGES)
    if not frame:
        return None
    breaks = _overlaps(_screens(sample, frame))
    if not _scrolled(breaks):
        return None
    pages = [t.splitlines() for t in page_texts]
    screens = _screens(pages, frame)
    breaks = _overlaps(screens)
    if not _scrolled(breaks):
        return None
    drop = {(p, i) for screen, k in zip(screens[1:], breaks) for p, i, _ in screen[:k]}
    return ["\n".join(ln for i, ln in enumerate(lines) if (p, i) not in drop) for p, lines in enumerate(pages)]


def _repeats_a_line(pages: list[list[str]]) -> bool:
    """Some filled line printed twice as it is: the cheap first test."""
    seen: set[str] = set()
    for lines in pages:
        for ln in lines:
            key = ln.strip()
            if sum(c.isalnum() for c in key) < MIN_FILLED:
                continue
            if key in seen:
                return True
            seen.add(key)
    return False


def _frame_masks(pages: list[list[str]], whole: bool) -> set[str]:
    """Masked lines printed at the same places on every full page (fixed-height screens
    put their frame on the same rows; an entry's line lands there by chance at most once
    or twice); the document's last page, which may hold a shorter screen or fewer
    screens, needs only to print them, no more often. Two pages in all: the same count
    on both."""
    full = pages[:-1] if whole else pages
    where = [_rows(lines) for lines in full]
    last = _rows(pages[-1]) if whole else None
    frame = set()
    for key, rows in where[0].items():
        if len(full) >= 2:
            if any(w.get(key) != rows for w in where[1:]):
                continue
        elif last is not None and len(last.get(key, ())) != len(rows):
            continue
        if last is not None and not 0 < len(last.get(key, ())) <= len(rows):
            continue
        frame.add(key)
    return frame


def _rows(lines: list[str]) -> dict[str, tuple[int, ...]]:
    rows: dict[str, list[int]] = {}
    for i, ln in enumerate(lines):
        if ln.strip():
            rows.setdefault(mask(ln), []).append(i)
    return {k: tuple(v) for k, v in rows.items()}


def _screens(pages: list[list[str]], frame: set[str]) -> list[list[tuple[int, int, str]]]:
    """The filled lines between frame lines, as (page, line, words), in order."""
    screens: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for p, lines in enumerate(pages):
        for i, ln in enumerate(lines):
            if not ln.strip():
                continue
            if mask(ln) in frame:
                if current:
                    screens.append(current)
                current = []
            else:
                current.append((p, i, " ".join(ln.split())))
    if current:
        screens.append(current)
    return screens


def _overlaps(screens: list[list[tuple[int, int, str]]]) -> list[int]:
    """For each break, how many lines after it repeat the lines just before it (the
    most that do; 0 where none)."""
    found = []
    for before, after in zip(screens, screens[1:]):
        a = [words for _, _, words in before]
        b = [words for _, _, words in after]
        k = next((k for k in range(min(len(a), len(b)), 0, -1) if a[-k:] == b[:k]), 0)
        if k and not any(sum(c.isalnum() for c in ln) >= MIN_FILLED for ln in b[:k]):
            k = 0
        found.append(k)
    return found


def _scrolled(breaks: list[int]) -> bool:
    return len(breaks) >= MIN_BREAKS and sum(1 for k in breaks if k) >= OVERLAP_SHARE * len(breaks)
