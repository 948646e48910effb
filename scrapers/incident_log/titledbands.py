"""Blocks titled by their own number, a band of another number right under the title.

One incident a slide (a community meeting's deck, a case summary card): the slide's title
is the incident's number ("Case 25-06129"), and right under it, before the labelled lines,
a band names a number of another body ("CAD Event 251001-4455", a dispatch event). The
titles' numbers line up in one column; the bands' numbers stand on the line above each
block's first label, one each, so they look like blocks headed by a band of their own
(``blockstarts._bands``, where the lined-up numbers are another body's printed inside the
blocks): each block would then start at its band and end with the next slide's title,
every incident numbered by its dispatch event and its values under the title above.

Told from the layout: above nearly every block's first label (over blank lines) stands a
line with one number that is none of the column's, and right above that line, with no
blank line between, a line of the column. The column's line is the block's title: the
block starts there, numbered by it (the band's number is the block's related number). A
slide that carries on the incident ("Case 25-06158 (continued)") has no labelled lines:
it starts no block and stays in the incident's.
"""
from __future__ import annotations

from prr.scrapers.incident_log.parse import Doc

MIN_SHARE = 0.8         # of the blocks: those titled so


def titles_over_bands(doc: Doc, starts: list[int], ids: dict[int, str], labels) -> dict[int, str] | None:
    """The title lines heading the blocks that start at ``starts`` (their first labels),
    with the column's number on each, or None when the blocks are not titled so."""
    lines, skip, hits = doc.lines, doc.skip, doc.label_hits(labels)

    def title(a: int) -> int | None:
        j = a - 1
        while j >= 0 and not lines[j].strip() and j not in skip:
            j -= 1
        # the band: one number, none of the column's, and not the block's first label
        if j < 1 or j in skip or j in ids or len(doc.ids[j]) != 1 \
                or any(h[0] == labels.anchor for h in hits.get(j, ())):
            return None
        # the title right above it, no blank line between
        t = j - 1
        return t if t in ids and t not in skip and lines[t].strip() else None

    if len(starts) < 3 or title(starts[0]) is None:
        return None
    titles = [title(a) for a in starts]
    got = [t for t in titles if t is not None]
    if len(got) < MIN_SHARE * len(starts) or len({ids[t] for t in got}) < len(got):
        return None
    if not all(b > a for a, b in zip(got, got[1:])):
        return None
    return {t: ids[t] for t in got}
