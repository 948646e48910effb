"""Values of free-text entries read from a line's shape (``entries.py`` uses them): a
first-line cell holding a date-time after a one-word label ("Reported 10/20/2025 06:36"),
first-line cells labelled by a word that comes back in every entry ("Officer #246"), and
a second line opening with the date-time and going on with the place ("Oct. 13, 2025,
5:07 a.m. - 2571 Ember St").
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.text import DATETIME_RE, squash


def stamp(cell: str) -> str | None:
    """The date-time a first-line cell holds, alone or after a one-word label."""
    if DATETIME_RE.fullmatch(cell):
        return cell
    label, _, rest = cell.partition(" ")
    return rest if rest and label.isalpha() and label[0].isupper() and DATETIME_RE.fullmatch(rest) else None


def labelled_cells(read: list[dict]) -> None:
    """First-line cells that open with the same word in nearly every entry ("Officer #246",
    "Officer #157") are labelled values, not a type: kept under their label, in place."""
    kinds = [v.get("type") or "" for v in read]
    heads = Counter(k.split(" ", 1)[0] for k in kinds if " " in k)
    if not heads:
        return
    word, n = heads.most_common(1)[0]
    if n < 0.8 * len(read) or not word[:1].isupper():
        return
    for values in read:
        kind = values.get("type") or ""
        if kind.startswith(word + " "):
            values[word] = kind[len(word) + 1:].strip()
            del values["type"]


_STAMP_REST = re.compile(r"\s*[-–—|:,]\s+(\S.*)$")


def stamp_line(line: str) -> tuple[str, str] | None:
    """"Oct. 13, 2025, 5:07 a.m. - 2571 Ember St": the date-time opening a line and the
    place after a separator."""
    m = DATETIME_RE.match(line)
    if not m or not m.group(2):
        return None
    rest = _STAMP_REST.match(line, m.end())
    return (m.group(0), rest.group(1).strip()) if rest else None


def stamped_second_line(blocks: list[list[str]]) -> bool:
    """Entries whose second line, in nearly every entry, opens with the entry's date and
    time and goes on, after a separator, with the place; the narrative under it."""
    seconds = [b[1] for b in blocks if len(b) > 2]
    return len(seconds) >= 0.8 * len(blocks) and sum(1 for ln in seconds if stamp_line(ln)) >= 0.8 * len(blocks)


def read_stamp_line(block: list[str], values: dict[str, str]) -> None:
    found = stamp_line(block[1])
    if found:
        values["time"], values["location"] = found
        values["summary"] = squash(" ".join(block[2:]))
