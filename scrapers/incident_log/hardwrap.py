"""Lines of a text file printed by an editor that breaks long lines at a fixed width (a
hard wrap): a line longer than the width is cut at exactly that column, inside a word, a
number or a quoted value, or just before or after a delimiter, and the rest goes on at the
left margin of the next printed line (after the page's foot and the next page's head when
the cut falls at the end of a page).

Told from the lengths of the printed lines alone: a word wrapper breaks at spaces, so its
lines end at varied columns short of the margin and only a few reach it; a hard wrap leaves
a large share of the lines at exactly one length, the longest. Knowing the width says how a
cut line goes on: joined directly to its continuation (the cut took no character; a space
at the cut was printed at the start of the next line, or left at the end of a line one
short of the width, where the text lost it), and a line that ends at the width with a
delimiter is cut before its next field, not a row whose last field is empty.

Used by csvrows.py on CSV text printed from an editor."""
from __future__ import annotations

CUT_SHARE = 0.25    # share of the filled lines at the longest length: a hard wrap (a word wrap leaves a few)
MIN_CUT = 3         # lines at that length, at least (two long lines are no wrap)


def cut_width(lines: list[str]) -> int | None:
    """The column at which the printed lines were cut, or None when they were not (no
    length shared by a large part of them at the longest)."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if not lengths:
        return None
    width = max(lengths)
    at_width = lengths.count(width)
    return width if at_width >= MIN_CUT and at_width >= CUT_SHARE * len(lengths) else None


def join_printed(lines: list[str], width: int | None, indent: int = 0) -> str:
    """One line of the file from its printed lines: a line cut at the width joined directly
    to the next (its leading space a character of the file), others with the space the
    wrap took. ``indent``: the left margin every printed line carries."""
    out = lines[0].strip()
    for before, line in zip(lines, lines[1:]):
        if width is not None and len(before.rstrip()) == width:
            out += line.rstrip()[indent:]
        else:
            out += " " + line.strip()
    return out


def cut_at_delimiter(line: str, width: int | None, delim: str) -> bool:
    """Whether a printed line was cut right after a delimiter, its next field on the next
    line (a complete row's last field would not be empty here)."""
    text = line.rstrip()
    return width is not None and len(text) == width and text.endswith(delim)


def left_margin(lines: list[str]) -> int:
    """Spaces before every filled printed line (the page's margin, not the file's)."""
    return min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)
