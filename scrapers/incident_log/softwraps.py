"""Short lines at the margin that are the end of the line above, wrapped by a mail client:

    2507071389|25004151|07/07/2025 12:04|TRESPASS|1325 LARKSPUR DR|B3|CLOSED -
    NO REPORT
    2507071513|25004153|07/07/2025 12:26|WELFARE CHECK|WENDELL AVE & RUSHING

A log pasted into an e-mail is soft-wrapped by the mail program at a fixed width: a line
longer than that is broken at the last space that fits, and its last words go to a line
of their own at the margin. Such a tail ("NO REPORT", "ISSUED", "ON ARRIVAL") has the
shape of a category heading above the next entry (``headings.section_headings``), and read
so it would type every entry under it. A wrapper breaks a line only where the next word
would not fit: the tail's first word, added to the line above after a space, would pass
the widest line the entries open with (the wrap width, as the document shows it), and
the tail starts at the margin the line above starts at. A heading over a group follows
the last line of an entry of any length, often text set in under the entry's number.
Where most heading-shaped lines are such tails, and the lines above them are flowing text
(no gap of two spaces, as a table's columns print), the lines are wrapped text, not
headings.
"""
from __future__ import annotations

MOST = 0.6          # share of the heading-shaped lines that must continue the line above


def _continues_above(lines: list[str], i: int, width: int) -> bool:
    """Line ``i``'s first word would not have fit at the end of the line above it."""
    above = next((j for j in range(i - 1, max(-1, i - 3), -1) if lines[j].strip()), None)
    if above is None:
        return False
    text = lines[above].rstrip()
    if "  " in text.strip() or len(text) > width or _indent(text) != _indent(lines[i]):
        # columns set apart by spaces (a table's row), a line wider than the wrap, or one
        # set in from the margin (an entry's indented text): no line the wrapper broke
        return False
    words = lines[i].split()
    return bool(words) and len(text) + 1 + len(words[0]) > width


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def wrapped_tails(lines: list[str], entry_starts: list[int], heading_lines: set[int]) -> bool:
    """Most of ``heading_lines`` (indices into ``lines``) are the soft-wrapped ends of the
    lines above them, the wrap width the widest of the entries' first lines."""
    if not heading_lines or not entry_starts:
        return False
    width = max(len(lines[s].rstrip()) for s in entry_starts)
    tails = sum(1 for i in heading_lines if _continues_above(lines, i, width))
    return tails >= MOST * len(heading_lines)
