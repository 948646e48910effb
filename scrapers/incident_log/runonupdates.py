"""An update on an earlier entry run on after an entry, with no break between them: no
part of the entry, and its number not the entry's.

A shift narrative tells each incident in a paragraph opened alike (``At 0115 hrs ...``)
and citing the number it was given, and now and then adds a paragraph on an incident told
further up (``Follow-up, case 25-0412 (Mar 3): property returned. No new report.``). The
paragraph reader (``seriesentries.py``) ends an entry at the next opener or at a break in
the text; where the paragraph before ends on a full line and no blank line parts them, the
update runs on into that entry, which then cites two numbers of the series. The entry's
number is taken at the place the other entries hold theirs (first or last), and the
update's number stands there: the entry is read as a second record of the earlier
incident and its own number is lost.

Told from the entries themselves, in their order: the number at that place is already the
number of an earlier entry, and the entry cites another number of the series no earlier
entry holds. That one is the entry's own. From the first sentence after the one citing it
that opens a line of the text and cites numbers of earlier entries only (a paragraph of
its own, printed without a break) the rest is the update's, no part of the entry: left
out, as an update printed apart opens no entry and is none. A number cited inside a
sentence of the entry (``... related to 25-0412.``) stays with it. Where the place's
number is new, or the entry cites no new one, nothing changes."""
from __future__ import annotations

from prr.scrapers.incident_log.text import shape


def own_numbers(entries: list[list], numbers: list[list[str] | None], take_last: bool, series: str,
                lines: list[str]) -> list[tuple[str, list]]:
    """(number, pieces) per entry citing the series; ``numbers``: the series' numbers each
    entry cites, in order (None: it cites none); ``take_last``: the entries hold their number
    last; ``lines``: the document's lines the pieces were read from."""
    out: list[tuple[str, list]] = []
    held: set[str] = set()
    for entry, cited in zip(entries, numbers):
        if not cited:
            continue
        number = cited[-1] if take_last else cited[0]
        new = [t for t in cited if t not in held]
        if number in held and new:
            number = new[-1] if take_last else new[0]
            entry = _without_update(entry, number, held, series, lines)
        held.add(number)
        out.append((number, entry))
    return out


def _without_update(entry: list, number: str, held: set[str], series: str, lines: list[str]) -> list:
    """The entry's pieces up to the first one, after the piece citing ``number``, that
    opens its line and cites a number of an earlier entry (and none new)."""
    own = next((k for k, p in enumerate(entry) if number in p.ids), None)
    if own is None:
        return entry
    for k in range(own + 1, len(entry)):
        piece = entry[k]
        cited = [t for t in piece.ids if shape(t) == series]
        if cited and all(t in held for t in cited) and _opens_line(piece, lines):
            return entry[:k]
    return entry


def _opens_line(piece, lines: list[str]) -> bool:
    """The piece's text starts its line (a sentence set after another on it does not)."""
    line = " ".join(lines[piece.line].split()) if 0 <= piece.line < len(lines) else ""
    head = piece.text[:24]
    return bool(head) and line.startswith(head)
