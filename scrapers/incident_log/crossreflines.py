"""Cross-reference lines in a log grouped by something other than time: a line of its own
citing again the number of an incident printed in full under another group.

A log sorted by street, zone or category prints an incident of two groups (a call at an
intersection of two streets, an assist across a zone boundary) in full under one and
cites it again under the second, on a line of its own that repeats its number and
nothing of its values (``See also ... under ...``). Counted with the entries' numbers,
those repeats make the series look cited again and again (as another office's numbers
would be), and read as entries they would be the same incident twice.

Told by the document: the line holds one sentence citing one number of the series, no
date, and another sentence (not a line of its own) cites the same number. Such lines are
left out of the entries; a number cited twice otherwise stays as it was."""
from __future__ import annotations

from prr.scrapers.incident_log.text import DATE_RE, shape


def without_cross_references(paragraphs: list, series: str, lines: list[str]) -> list:
    """``paragraphs`` (lists of pieces with ``text``, ``line``, ``ids``) without the pieces
    that are cross-reference lines to a number another piece cites."""
    def own_line(piece) -> bool:
        return piece.text.strip() == lines[piece.line].strip()

    def cited(piece) -> list[str]:
        return [t for t in piece.ids if shape(t) == series]

    elsewhere: dict[str, int] = {}
    for para in paragraphs:
        for piece in para:
            if not own_line(piece):
                for t in cited(piece):
                    elsewhere[t] = elsewhere.get(t, 0) + 1
    refs = {id(piece) for para in paragraphs for piece in para
            if own_line(piece) and len(cited(piece)) == 1 and elsewhere.get(cited(piece)[0])
            and not DATE_RE.search(piece.text)}
    if not refs:
        return paragraphs
    return [kept for para in paragraphs if (kept := [p for p in para if id(p) not in refs])]
