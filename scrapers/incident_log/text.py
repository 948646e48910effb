"""Shapes of values in a log: dates and times, record numbers, cells, page furniture.

Everything here works on ``pdftotext -layout`` style lines, where a character column
stands for a horizontal position on the page.
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import sub

from prr.scrapers.incident_log.dtg import DTG_SHAPE, full_year, parse_dtg

# --- dates -----------------------------------------------------------------------------

# month names as printed, or in capitals on a banner ("MONDAY, OCTOBER 20, 2025")
_MONTHS = (r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
           r"|(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER))")
# (the day before the month's name as well: "13 October 2025")
# (a day, the month's three letters and the year between dashes: "20-OCT-25", "5-Apr-2024")
# (in any case, and the Spanish abbreviations beside the English: "13-oct-2025", "5-DIC-25")
_MON3 = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)"
# (the day as an ordinal: "Monday 13th October 2025", "October 13th, 2025")
_ORD = r"(?:st|nd|rd|th)?"
# (a year after a month's name is of this century or the last, and no clock with its unit:
# "Mon 20 Oct 0404hrs" is a day and a time without the year, not the year 404)
_YEAR = r"(?:19|20)\d\d(?!\d|hrs?\b|h\b)"
_DATE = (rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}-\d{{1,2}}-\d{{2,4}}"
         rf"|{_MONTHS} \d{{1,2}}{_ORD},? {_YEAR}|\d{{1,2}}{_ORD} {_MONTHS},? {_YEAR}|\d{{1,2}}-{_MON3}-\d{{2,4}})")
_TIME = r"(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?|[01]\d[0-5]\d|2[0-3][0-5]\d)"
# a clock time in an entry's text, without seconds: "14:05", "2:05 p.m.", "1405" (24-hour)
CLOCK = r"\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?|[01]\d[0-5]\d|2[0-3][0-5]\d"
# "01/02/20 - THU at 12:42", "03/01/2019    07:40:04", "2024-04-01T13:45"
_SEP = r"(?:[ T,]{1,8}(?:-\s*[A-Za-z]{3,9}\.?\s+)?(?:at\s+)?)"
DATETIME_RE = re.compile(rf"(?<![\d/-])({_DATE}){_SEP}?(?:(?<=[ T,])({_TIME}))?(?![\d/])")
DATE_RE = re.compile(rf"(?<![\d/-]){_DATE}(?![\d/])")
TIME_ONLY_RE = re.compile(rf"^{_TIME}$")
WEEKDAY = r"(?:[A-Z][a-z]+day|[A-Z]+DAY)"
DATE_ONLY_RE = re.compile(rf"^(?:{WEEKDAY},? )?{_DATE}$")
_COUNT = re.compile(r"^\(?\d+\)?(?: [A-Za-z]+){0,2}$")      # "19 reports", "(19)"


def is_day_heading(line: str, cs: list | None = None) -> bool:
    """A day's banner between table rows: a date alone, or with the day's count beside it
    ("Monday, October 13, 2025        19 reports"). ``cs``: the line's cells, if known."""
    cs = cells(line) if cs is None else cs
    return 1 <= len(cs) <= 2 and bool(DATE_ONLY_RE.match(cs[0][2])) and (len(cs) == 1 or bool(_COUNT.match(cs[1][2])))


@lru_cache(maxsize=65536)
def parse_datetime(text: str | None) -> str | None:
    """First date (with its time, if one follows) in ``text`` as ISO 8601, else None."""
    if not text:
        return None
    m = DATETIME_RE.search(text)
    if not m:
        return parse_dtg(text)          # "130321OCT25", a military date-time group
    date, time = m.group(1), m.group(2)
    if time and len(time) == 4 and time.isdigit():
        time = time[:2] + ":" + time[2:]
    fast = _fast(date, time)
    if fast is None:
        date = spanish_months(date)
    if fast is not None:
        return fast or None
    from dateutil import parser as dateparser  # only for dates in words: imported when one comes

    try:
        dt = dateparser.parse(f"{date} {time or ''}".strip(), fuzzy=False)
    except (ValueError, OverflowError):
        return None
    return dt.isoformat(timespec="seconds") if time else dt.date().isoformat()


# Spanish month names and abbreviations, for dateutil, which knows only the English ones
_ES_MONTHS = {"ene": "Jan", "abr": "Apr", "ago": "Aug", "dic": "Dec", "enero": "January", "febrero": "February",
              "marzo": "March", "abril": "April", "mayo": "May", "junio": "June", "julio": "July",
              "agosto": "August", "septiembre": "September", "setiembre": "September", "octubre": "October",
              "noviembre": "November", "diciembre": "December"}
_ES_MONTH_RE = re.compile(r"(?i)(?<![a-z])(" + "|".join(sorted(_ES_MONTHS, key=len, reverse=True)) + r")(?![a-z])")


def spanish_months(date: str) -> str:
    """``date`` with its Spanish month name written in English ("13-dic-2025" -> "13-Dec-2025")."""
    return _ES_MONTH_RE.sub(lambda m: _ES_MONTHS[m.group(1).lower()], date)


_NUMERIC_DATE = re.compile(r"^(\d{1,4})[/-](\d{1,2})[/-](\d{2,4})$")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?\s?(?:([AaPp])\.?[Mm]\.?)?$")


def _fast(date: str, time: str | None) -> str | None:
    """Numeric dates and clock times without dateutil (most of a log's values); None when
    the text needs dateutil, "" when it is no valid date."""
    m = _NUMERIC_DATE.match(date)
    if not m:
        return None
    a, b, c = m.groups()
    if len(a) == 4:
        y, mo, d = int(a), int(b), int(c)
    else:
        mo, d, y = int(a), int(b), int(c)
        if mo > 12 >= d:            # "20/10/2025": a day first, the only reading there is
            mo, d = d, mo
        if len(c) == 2:
            y = full_year(c)
    hh = mi = ss = 0
    if time:
        t = _CLOCK.match(time)
        if not t:
            return None
        hh, mi, ss = int(t.group(1)), int(t.group(2)), int(t.group(3) or 0)
        if t.group(4):
            hh = hh % 12 + (12 if t.group(4) in "Pp" else 0)
    try:
        dt = _dt.datetime(y, mo, d, hh, mi, ss)
    except ValueError:
        return ""
    return dt.isoformat(timespec="seconds") if time else dt.date().isoformat()


def parse_range(text: str | None) -> tuple[str | None, str | None]:
    """"1/27/2022 - 1/28/2022", "12/21/19 at 11:00 ... 01/03/20": (start, end) as ISO."""
    if not text:
        return None, None
    found = [m for m in DATETIME_RE.finditer(text)]
    if not found:
        return parse_dtg(text), None
    start = parse_datetime(found[0].group(0))
    end = parse_datetime(found[1].group(0)) if len(found) > 1 else None
    return start, end


# --- record numbers ----------------------------------------------------------------------

# An id-shaped token: optional capital-letter prefix, digits with dashes or letters inside,
# ending in a digit. A lower-case letter before it is allowed because some printers glue
# the previous cell to it ("motor vehicle20-0471").
# (1-4 digits standing alone are left out by the look-ahead: never an id, and a third of a
# log's tokens, each a match to handle in Python otherwise; the look-ahead for the first
# character fails fast on the spaces that fill a layout's columns)
# (a colon after it ends it when a space follows: "Case 25-04482: Officers ...", not "12:30")
# (the letters, the dash and the leading digits are taken whole, "+": giving some back can never
# lead to a match, and every capitalised word of a log would otherwise be tried five ways)
# (letters, a year and a serial joined by a dot, "C25.03423", are one number, not a decimal;
# so are a whole date's digits and a serial, "20251018.006" or "251018.06": a month and a day
# in their places, never a decimal's digits)
# (a date's or a station's digits and a serial after one slash, "251020/3216": one number;
# a date's parts are never five digits; so is a spreadsheet's long number shown "2.60311E+11")
# (an agency's letters and a dash may lead a series' own letters, "HUSD-S25-01183": one number,
# not a serial whose letters were cut off; so may they lead a letter group set off by dashes
# of its own, "PD-R-2024-0001", "SO-C-12345": else no part of the number is read at all)
# (a body's five letters and a dash may lead the digits too, a task force's or a unit's
# acronym, "ABCDE-25-0143": else no part of the number is read at all, as above; a word of
# five capitals glued to digits without a dash stays out, as before)
# (a year and a serial followed by a letter group, "25-888-RP", are one number: the serial
# alone may be too short to be one, and the series is lost; a plate "548-FKN" has no serial)
# (every shape has its first digit within 11 letters and dashes, a slash at most before it:
# looked ahead for first, a word of capitals, "TRAFFIC", fails in one step instead of being
# tried by every shape; the numbers found are the same)
ID_RE = re.compile(r"(?<![A-Za-z0-9/.:$,-])(?=[A-Z\d-])(?=[A-Z-]{0,11}+/?\d)(?!\d{1,4}+(?![\dA-Z-]|\.\d{1,5}+E\+))"
                   r"(\d\.\d{1,5}+E\+\d\d(?!\d)|\d{2,4}+-\d{3,6}+-[A-Z]{1,3}+(?=[\s,;.)]|$)|[A-Z]{1,4}+\d{2,4}+\.\d{3,}+|(?:19|20)?\d\d[01]\d[0-3]\d\.\d{2,5}+|(?:[A-Z]{1,5}+-(?=[A-Z]{1,3}+-?\d)|[A-Z]{5}-(?=\d))?+[A-Z]{0,4}+-?+\d[\dA-Z-]*\d"
                   r"|[A-Z]{1,5}+(?:-?+\d{2,6}+)?+(?:/\d{2,6}+){1,2}+|\d{5,8}+/\d{3,6}+)"
                   r"(?![\w/]|:\S|\.\d|,\d)")
# ``ID_RE`` over a whole text: the character before a number matched, not looked behind at,
# searched in "\n" + text (led by a character class, the engine skips the letters and digits
# inside words instead of trying the look-behind at every position; the ids are the same)
_ID_LEAD = r"(?<![A-Za-z0-9/.:$,-])"
_ID_AFTER_RE = re.compile(r"[^A-Za-z0-9/.:$,-]" + ID_RE.pattern.removeprefix(_ID_LEAD))
assert ID_RE.pattern.startswith(_ID_LEAD)
# (the letter is matched, not looked behind at: led by a character class, the engine skips
# ahead to the next letter-digit pair instead of trying every position)
GLUED_ID_RE = re.compile(r"[a-z](\d[\dA-Z-]*\d)(?![\w/:]|\.\d|,\d)")
_GLUE_HINT = re.compile(r"[a-z]\d")
_NOT_ID_SHAPES = (r"\d{1,2}-\d{1,2}-\d{2,4}|\d{4}-\d{2}-\d{2}|[0-2]\d[0-5]\d-[0-2]\d[0-5]\d|\d{1,4}"
                  r"|\d{1,3}-\d{1,3}|\d{4}-\d{4}|[A-Z]{1,4}\d{1,2}|\d{1,2}-[A-Z]{3}-(?:\d\d|1\d{3}|20\d\d)|" + DTG_SHAPE +
                  r"|(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)-[0-3]?\d-(?:\d\d|(?:19|20)\d\d)")
_NOT_ID = re.compile(rf"^(?:{_NOT_ID_SHAPES})$")
# ``is_id`` as one pattern, so that many tokens are tested by ``filter`` at C speed:
# (a day, a month and a year, "5-DIC-2023", a fax header's "MAR-16-2026": dates; "25-KSC-0465" is a number)
# not one of those shapes, and 5 digits, or 3 digits and something else
_ID_TEST = re.compile(rf"(?!(?:{_NOT_ID_SHAPES})$)(?=(?:\D*\d){{5}}|(?=.*\D)(?:\D*\d){{3}})")


@lru_cache(maxsize=65536)
def is_id(token: str) -> bool:
    """A record number: >= 3 digits with a letter or dash, or >= 5 digits; not a date,
    a time (range), a year or a street number."""
    if _NOT_ID.match(token):
        return False
    digits = sum(map(str.isdigit, token))
    return digits >= 5 or (digits >= 3 and not token.isdigit())


def find_ids(line: str) -> list[tuple[int, str]]:
    found = [(m.start(1), m.group(1)) for m in ID_RE.finditer(line) if is_id(m.group(1))]
    if _GLUE_HINT.search(line):
        found += [(m.start(1), m.group(1)) for m in GLUED_ID_RE.finditer(line) if is_id(m.group(1))]
        found.sort()
    return found


def line_starts(lines: list[str]) -> list[int]:
    """Offset of each line in ``"\\n".join(lines)``."""
    # summed at C speed (tens of thousands of lines in a yearly log)
    starts = list(accumulate(map((1).__add__, map(len, lines)), initial=0))
    starts.pop()
    return starts


def find_ids_by_line(lines: list[str], text: str | None = None,
                     starts: list[int] | None = None) -> list[list[tuple[int, str]]]:
    """``find_ids`` of every line, with one regex pass over the whole text (a line break
    ends a token just as the end of a line does, so the ids found are the same)."""
    if starts is None:
        starts = line_starts(lines)
    if text is None:
        text = "\n".join(lines)
    out: list[list[tuple[int, str]]] = [[] for _ in lines]
    _place_ids(_ID_AFTER_RE, text, starts, out, "\n")
    if _may_glue(text):
        for i in _place_ids(GLUED_ID_RE, text, starts, out):
            out[i].sort()      # a glued id may sit before ids the first pass placed
    return out


@lru_cache(maxsize=4096)
def page_ids(text: str) -> list[list[tuple[int, str]]]:
    """``find_ids_by_line`` of a page's lines (``text.split("\n")``), kept for the passes
    that each look at every page's numbers before the readers run (retaken pages,
    translated columns and rows): the page is searched once. Read-only: shared."""
    return find_ids_by_line(text.split("\n"), text)


def rewrite_pages(page_texts: list[str], rewrite) -> list[str] | None:
    """Each page as ``rewrite(text)`` gives it (None: as it is), or None where no page changed."""
    out, changed = [], False
    for text in page_texts:
        kept = rewrite(text)
        changed = changed or kept is not None
        out.append(kept if kept is not None else text)
    return out if changed else None


def rewrite_lines(page_texts: list[str], pages: list[bool], rewrite) -> list[str] | None:
    """The lines of the pages marked in ``pages`` as ``rewrite(line, page, index)`` gives
    them, or None where no line changed."""
    out, changed = list(page_texts), False
    for p, text in enumerate(page_texts):
        if not pages[p]:
            continue
        lines = text.split("\n")
        for i, line in enumerate(lines):
            mended = rewrite(line, p, i)
            if mended != line:
                lines[i] = mended
                changed = True
        out[p] = "\n".join(lines)
    return out if changed else None


# lower-case letters read as "a" and digits as "0" (``_may_glue``)
_LETTER_DIGIT = str.maketrans({**{c: "a" for c in "abcdefghijklmnopqrstuvwxyz"}, **{c: "0" for c in "0123456789"}})


def _may_glue(text: str) -> bool:
    """Whether a lower-case letter stands right before a digit anywhere (a glued number's
    start), told by a substring search in the text translated to letter and digit classes:
    three times cheaper than the glued-number pattern's own scan over a log where none is
    (most logs). A text beyond ASCII (other digits match ``\\d``) is searched as before."""
    return not text.isascii() or "a0" in text.translate(_LETTER_DIGIT)


def _place_ids(rx, text: str, starts: list[int], out: list[list[tuple[int, str]]], lead: str = "") -> set[int]:
    """Add every id ``rx`` finds (in ``lead`` + ``text``) to its line's list as (column,
    token); the lines touched."""
    # in bulk (a yearly log has tens of thousands of numbers): the tokens tested once each
    # by ``_ID_TEST`` (what ``is_id`` says), their lines found by one ``map`` of bisect
    # (the matches' positions and tokens taken by ``map`` too: no Python call per match)
    matches = list(rx.finditer(lead + text if lead else text))
    xs = list(map(re.Match.start, matches, repeat(1)))
    if lead:
        xs = list(map(sub, xs, repeat(len(lead))))
    toks = list(map(re.Match.group, matches, repeat(1)))
    unique = set(toks)
    ok = set(filter(_ID_TEST.match, unique))
    if len(ok) < len(unique):
        keep = list(map(ok.__contains__, toks))
        xs, toks = list(compress(xs, keep)), list(compress(toks, keep))
    # each id's line: the line breaks since the id before counted (less than a bisect each)
    rows = list(accumulate(map(text.count, repeat("\n"), [0, *xs[:-1]], xs)))
    for i, x, tok in zip(rows, map(sub, xs, map(starts.__getitem__, rows)), toks):
        out[i].append((x, tok))
    return set(rows)


def shape(token: str) -> str:
    return token.translate(_SHAPE)


def shapes(tokens) -> list[str]:
    """``shape`` of each token, at C speed (no Python call per token)."""
    return list(map(str.translate, tokens, repeat(_SHAPE)))


_SHAPE = str.maketrans({**{c: "9" for c in "0123456789"}, **{chr(c): "A" for c in range(65, 91)}})

def indent(line: str) -> int:
    return len(line) - len(line.lstrip())


# --- cells -------------------------------------------------------------------------------

_CELL = re.compile(r"\S+(?: \S+)*")


def cells(line: str) -> list[tuple[int, int, str]]:
    """Runs of text separated by two or more spaces: (start, end, text)."""
    return [(m.start(), m.end(), m.group()) for m in _CELL.finditer(line)]


def is_rule(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(set(s) - set(" ")) == 1 and s[0] in "_-=*~."


def squash(text: str) -> str:
    if "  " not in text and "\n" not in text and "\t" not in text and text == text.strip():
        return text
    return " ".join(text.split())


# A sentence ends at a full stop after a small letter, a digit or a closing bracket, before a
# capital or an opening bracket: "Lot 4. Vehicle towed." splits, "U.S. Route 9" does not.
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)]\.)\s+(?=[A-Z(])")


def split_sentences(text: str) -> list[str]:
    """The sentences of an entry's running text, each stripped, full stops kept."""
    return [t.strip() for t in _SENTENCE_BREAK.split(text) if t.strip()]


# the full stop ending a sentence, cut out with the space after it (a capital, no bracket, next)
SENTENCE_STOP = re.compile(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])")
# the words leading from what happened to where ("Theft at Pier 4", "CRASH ON ROUTE 9")
PLACE_WORDS = "at|near|on|in|along"


_NAMED_DAY = re.compile(rf"{WEEKDAY},? [A-Z][a-z]+\.? \d{{1,2}},? \d{{4}}")


def named_day(cs) -> str | None:
    """The date of a cell that is a day named in full ("Wednesday, October 1, 2025") among
    a line's few cells: a day sheet's head, never a print stamp (those carry no weekday)."""
    for _, _, text in cs:
        if _NAMED_DAY.fullmatch(text):
            return parse_datetime(text)
    return None
