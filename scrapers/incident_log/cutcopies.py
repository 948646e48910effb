"""A page cut off partway and printed again in full further on: the cut copy read as blank.

A log sent by fax reaches the requester as it came off the machine: a transmission that
broke off partway through a page prints only that page's upper part, and the sender's
resend prints the page again in full, then the rest (a print job restarted after a jam,
a scanner re-fed after a misfeed leave the same trace). Read in turn, every record of the
cut copy counts twice, its last one cut short, and a run of repeated numbers ahead of
the rest reads like a section of updates and earlier cases (``updatesection.py``), which
would take the log's first pages with it.

Told from the pages alone, no cover sheet's words: a page whose filled lines (spacing
aside) are, but for a few lines at its head (a transmission's own header line with its
time and page counter), the first lines of a later page below a head as short, that page
going on past them; the lines the two share carry a record number. The cut copy is read
as blank (the page count stays, so the records keep their pages) and the full copy is
read where it prints, in its place in the log. A page printed twice whole is no cut copy
(``printedalike.py`` keeps one printing of each record); a page sharing only its last
lines with the next one's first (a screen scrolled, ``scrolled.py``) is none either.

Cheap: the lines are keyed without their spaces once per page; a page is looked at more
closely only where one of its last lines is printed again, on no more pages than a page
is sent (a footer printed on every page is no such line).
"""
from __future__ import annotations

from collections import Counter
from itertools import chain

from prr.scrapers.incident_log.text import find_ids

MAX_HEAD = 3        # lines above the shared part of either copy (a transmission's header)
MIN_SHARED = 2      # filled lines the two copies share, one of them at least a record's
MAX_COPIES = 3      # times a line of one page prints when the page is sent again
ANCHOR_LINES = 3    # last lines of a page tried for the one printed again
# every blank but the line break, deleted: a line's key (str.translate: 7x the regex's speed
# on a 1,000-page log)
_NO_BLANKS = {i: None for i in range(0x3001) if chr(i).isspace() and chr(i) != "\n"}


def blank_cut_copies(page_texts: list[str]) -> list[str] | None:
    """``page_texts`` with every page that is the cut-off beginning of a later page read as
    blank, or None where no page is."""
    if len(page_texts) < 2:
        return None
    keyed = [list(filter(None, t.translate(_NO_BLANKS).split("\n"))) for t in page_texts]
    counts = Counter(chain.from_iterable(keyed))
    # each page's last lines printed again, but not on every page: (offset from its end, key)
    anchors = {}
    for p, keys in enumerate(keyed[:-1]):
        for back in range(1, min(ANCHOR_LINES, len(keys)) + 1):
            if 2 <= counts[keys[-back]] <= MAX_COPIES:
                anchors[p] = (back - 1, keys[-back])
                break
    if not anchors:
        return None
    wanted = {key for _, key in anchors.values()}
    where: dict[str, list[tuple[int, int]]] = {}
    for q, keys in enumerate(keyed):
        for j, key in enumerate(keys):
            if key in wanted:
                where.setdefault(key, []).append((q, j))
    cut = {p for p, (back, key) in anchors.items()
           if any(q > p and _cut_beginning(page_texts[p], keyed[p], keyed[q], j + back)
                  for q, j in where[key])}
    if not cut:
        return None
    return ["" if p in cut else t for p, t in enumerate(page_texts)]


def _cut_beginning(text: str, page: list[str], later: list[str], end: int) -> bool:
    """Whether ``page`` (its filled lines keyed) is, below a short head, the first lines of
    ``later`` down to line ``end``, ``later`` going on past it, the shared lines holding a
    record number (``text`` is the page as printed)."""
    if end >= len(later) - 1:       # the later page must go on: no longer, it is a copy whole
        return False
    shared = 0
    while shared < len(page) and shared <= end and page[-1 - shared] == later[end - shared]:
        shared += 1
    head, later_head = len(page) - shared, end + 1 - shared
    if shared < MIN_SHARED or head > MAX_HEAD or later_head > MAX_HEAD:
        return False
    filled = [ln for ln in text.split("\n") if ln.translate(_NO_BLANKS)]
    return any(find_ids(ln) for ln in filled[head:])
