"""A table of entries in order of entry: an incident's row, later a row of its own per
supplement under the same number, the row's kind in a column beside the number.

An entry log prints each incident's row where it was entered and, days later among other
incidents' rows, a row per supplement that repeats the incident's number, with a word of
its own beside it where the incident's row has another (a supplement's mark where the
incident's row has an original's), and a cell the incident's rows fill left blank (no
place: the supplement adds to the incident's).
Few incidents may have one, too few for the column to look like a journal's
(``anchors.later_citations`` is asked only when a fifth of the column's numbers repeat), so
they are told here by their layout: each later row opens with the number where its incident's
row does, runs to the last column as that row does (a call printed again on a shorter row is
``followuprows.py``'s) and leaves blank a cell of it that the incidents' rows fill. The rows
are a journal's updates from then on (joined to the incident, ``journalupdates.py``).

Told so, the later rows also tell the log's kind column: one word beside the number on every
later row and another on the rows that opened those numbers. A row printed once carrying the
later rows' word is a supplement to an incident the log does not list (entered before the
period it covers): no record either. Without one word for each kind nothing is guessed.
"""
from __future__ import annotations

from prr.scrapers.incident_log.text import cells

MIN_FILLED = 0.9        # share of the incidents' rows filling the cell a later row leaves blank
MIN_LATER = 0.9         # share of the later rows laid out so


def _opening(line: str, tok: str) -> int | None:
    """Where ``tok`` stands when it opens the line, else None."""
    x = len(line) - len(line.lstrip())
    return x if line.startswith(tok, x) else None


def _blank_filled_cell(row: str, again: str, firsts: list[str]) -> bool:
    """``again`` leaves blank an inner cell of ``row`` that nearly all ``firsts`` fill."""
    for start, end, _ in cells(row)[1:-1]:
        if end <= len(again) and not again[start:end].strip():
            filled = sum(1 for ln in firsts if ln[start:end].strip())
            if filled >= MIN_FILLED * len(firsts):
                return True
    return False


def later_rows(lines: list[str], members: dict[int, str], later: dict[int, str]) -> dict[int, str]:
    """``later`` (lines citing a number opened higher up, thinner than its first line) when
    nearly all are rows laid out as their incident's with a cell left blank; {} otherwise."""
    if not later:
        return {}
    opened: dict[str, int] = {}
    for i in sorted(members):
        if i not in later:
            opened.setdefault(members[i], i)
    firsts = [lines[i] for i in opened.values()]
    alike = 0
    for i, tok in later.items():
        row, again = lines[opened[tok]], lines[i]
        x, y = _opening(row, tok), _opening(again, tok)
        last = cells(row)[-1][0]
        if x is not None and x == y and len(again.rstrip()) > last and _blank_filled_cell(row, again, firsts):
            alike += 1
    return later if alike >= MIN_LATER * len(later) else {}


def _kind(line: str, tok: str) -> str | None:
    """The word right after ``tok`` opening the line, when it is a word of letters."""
    x = _opening(line, tok)
    words = line[x + len(tok):].split(None, 1) if x is not None else []
    return words[0] if words and words[0].isalpha() else None


def unlisted_supplements(lines: list[str], members: dict[int, str], later: dict[int, str]) -> dict[int, str]:
    """Rows opening a number with the later rows' kind word, where every later row has one
    word and every other row opening a number printed again another: supplements of
    incidents the log does not list -> their number. {} otherwise."""
    if not later:
        return {}
    kinds = {_kind(lines[i], tok) for i, tok in later.items()}
    if len(kinds) != 1 or None in kinds:
        return {}
    word = kinds.pop()
    opened: dict[str, int] = {}
    for i in sorted(members):
        if i not in later:
            opened.setdefault(members[i], i)
    again = set(later.values())
    # (a supplement to an unlisted incident may have a later one too: its word is the later rows')
    others = {_kind(lines[i], tok) for tok, i in opened.items() if tok in again} - {word}
    if len(others) != 1 or None in others:
        return {}
    return {i: tok for tok, i in opened.items() if _kind(lines[i], tok) == word}
