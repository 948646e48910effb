"""Shapes of values in a log: dates and times, record numbers, cells, page furniture.

Everything here works on ``pdftotext -layout`` style lines, where a character column
stands for a horizontal position on the page.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from dateutil import parser as dateparser

# --- dates -----------------------------------------------------------------------------

_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = (rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}-\d{{1,2}}-\d{{2,4}}"
         rf"|{_MONTHS} \d{{1,2}},? \d{{4}})")
_TIME = r"(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?|[01]\d[0-5]\d|2[0-3][0-5]\d)"
# "01/02/20 - THU at 12:42", "03/01/2019    07:40:04", "2024-04-01T13:45"
_SEP = r"(?:[ T,]{1,8}(?:-\s*[A-Za-z]{3,9}\.?\s+)?(?:at\s+)?)"
DATETIME_RE = re.compile(rf"(?<![\d/-])({_DATE}){_SEP}?(?:(?<=[ T,])({_TIME}))?(?![\d/])")
DATE_RE = re.compile(rf"(?<![\d/-]){_DATE}(?![\d/])")
TIME_ONLY_RE = re.compile(rf"^{_TIME}$")
DATE_ONLY_RE = re.compile(rf"^(?:[A-Z][a-z]+day,? )?{_DATE}$")


@lru_cache(maxsize=65536)
def parse_datetime(text: str | None) -> str | None:
    """First date (with its time, if one follows) in ``text`` as ISO 8601, else None."""
    if not text:
        return None
    m = DATETIME_RE.search(text)
    if not m:
        return None
    date, time = m.group(1), m.group(2)
    if time and re.fullmatch(r"\d{4}", time):
        time = time[:2] + ":" + time[2:]
    try:
        dt = dateparser.parse(f"{date} {time or ''}".strip(), fuzzy=False)
    except (ValueError, OverflowError):
        return None
    return dt.isoformat(timespec="seconds") if time else dt.date().isoformat()


def parse_range(text: str | None) -> tuple[str | None, str | None]:
    """"1/27/2022 - 1/28/2022", "12/21/19 at 11:00 ... 01/03/20": (start, end) as ISO."""
    if not text:
        return None, None
    found = [m for m in DATETIME_RE.finditer(text)]
    if not found:
        return None, None
    start = parse_datetime(found[0].group(0))
    end = parse_datetime(found[1].group(0)) if len(found) > 1 else None
    return start, end


# --- record numbers ----------------------------------------------------------------------

# An id-shaped token: optional capital-letter prefix, digits with dashes or letters inside,
# ending in a digit. A lower-case letter before it is allowed because some printers glue
# the previous cell to it ("motor vehicle20-0471").
ID_RE = re.compile(r"(?:(?<=[a-z])|(?<![A-Za-z0-9/.:$,-]))([A-Z]{0,4}-?\d[\dA-Z-]*\d)(?![\w/:]|\.\d|,\d)")
_NOT_ID = re.compile(r"^(?:\d{1,2}-\d{1,2}-\d{2,4}|\d{4}-\d{2}-\d{2}|[0-2]\d[0-5]\d-[0-2]\d[0-5]\d|\d{1,4}"
                     r"|\d{1,3}-\d{1,3}|\d{4}-\d{4}|[A-Z]{1,4}\d{1,2})$")


def is_id(token: str) -> bool:
    """A record number: >= 3 digits with a letter or dash, or >= 5 digits; not a date,
    a time (range), a year or a street number."""
    if _NOT_ID.match(token):
        return False
    digits = sum(c.isdigit() for c in token)
    return digits >= 5 or (digits >= 3 and not token.isdigit())


def find_ids(line: str) -> list[tuple[int, str]]:
    return [(m.start(1), m.group(1)) for m in ID_RE.finditer(line) if is_id(m.group(1))]


def shape(token: str) -> str:
    return re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", token))


# --- cells -------------------------------------------------------------------------------

_CELL = re.compile(r"\S+(?: \S+)*")


def cells(line: str) -> list[tuple[int, int, str]]:
    """Runs of text separated by two or more spaces: (start, end, text)."""
    return [(m.start(), m.end(), m.group()) for m in _CELL.finditer(line)]


def is_rule(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(set(s) - set(" ")) == 1 and s[0] in "_-=*~."


def squash(text: str) -> str:
    return " ".join(text.split())


# --- page furniture ----------------------------------------------------------------------

def mask(line: str) -> str:
    return re.sub(r"\d+", "0", re.sub(r"\s+", " ", line.strip()))


def furniture(pages: list[list[str]], zone: int = 4) -> set[str]:
    """Masked lines that repeat at the top or bottom of most pages (headers, footers,
    page numbers) and hardly anywhere else."""
    if len(pages) < 2:
        return set()

    def edges(lines: list[str]) -> list[int]:
        filled = [i for i, ln in enumerate(lines) if ln.strip()]
        return sorted(set(filled[:zone] + filled[-zone:]))

    seen, total = Counter(), Counter()
    for lines in pages:
        seen.update({mask(lines[i]) for i in edges(lines)})
        total.update(mask(ln) for ln in lines if ln.strip())
    threshold = max(2, int(len(pages) * 0.5))
    return {k for k, v in seen.items() if v >= threshold and total[k] <= 1.2 * v and not is_rule(k)}


def page_number_line(line: str) -> bool:
    s = line.strip()
    return bool(re.fullmatch(r"(?:Page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", s, re.I))
