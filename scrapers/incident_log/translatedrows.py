"""Tables printed in two languages row by row: every column titled twice, one title over the
other (the log's own language and the other one), and every record on two lines, the second,
with no number, giving the same columns' values in the other language:

    No.            Informe               Tipo                  Lugar                 Resultado
    Report No.     Reported              Type                  Location              Outcome
    CR-26-0101     04/02/2026 09:15      Stolen bicycle        400 block of Elm St   Report taken
                   el 02/04/2026         Bicicleta robada                            Informe levantado

Read as a table of one row per record, each second line's values join its first line's (the
type read with its translation, the other language's date order giving the record a second
date) and the title pairs name no column the reader knows. The first line's values are the
record's; the second line is their translation, and its title line the titles' translation.

Told from the page: a header of two title lines with their titles at the same places, one
line naming three columns or more by its words and the other naming none that the first does
not name the same; under it, nearly every line opening with a record number followed by one
line with no number, blank under the number, its two cells or more standing where the number
line's cells stand. The other language's title line and the records' second lines are taken
off; the page's other lines stay.
"""
from __future__ import annotations

from prr.scrapers.incident_log.columns import is_title_line
from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import cells, indent, page_ids, rewrite_pages

MIN_NAMED = 3           # columns the known title line names
MIN_RECORDS = 3         # records of a page under the header
MIN_SHARE = 0.8         # records followed by a line of their values in the other language
DRIFT = 2               # characters a cell may stand off its column's start


def drop_translated_rows(page_texts: list[str]) -> list[str] | None:
    """The pages with each record's line of translated values and the titles' translation
    taken off, or None when no page is printed so."""
    return rewrite_pages(page_texts, _one_language)


def _near(x: int, starts: list[int]) -> bool:
    return any(abs(x - s) <= DRIFT for s in starts)


def _title_pair(lines: list[str], ids: list[list]) -> tuple[int, int] | None:
    """(the line of titles the reader knows, the line of their translation), two lines in a
    row, or None."""
    for i in range(len(lines) - 1):
        top, below = lines[i], lines[i + 1]
        if ids[i] or ids[i + 1] or not top.strip() or not below.strip():
            continue
        a, b = cells(top), cells(below)
        if len(a) < MIN_NAMED or len(a) != len(b) or not is_title_line(top) or not is_title_line(below):
            continue
        if not all(abs(x[0] - y[0]) <= DRIFT for x, y in zip(a, b)):
            continue
        named_a = [column_for(c[2]) for c in a]
        named_b = [column_for(c[2]) for c in b]
        for known, other, k, o in ((named_a, named_b, i, i + 1), (named_b, named_a, i + 1, i)):
            # the translation names no column, or only ones the known titles name alike
            if sum(1 for f in known if f) >= MIN_NAMED and \
                    all(f is None or f == g for f, g in zip(other, known)) and \
                    sum(1 for f in other if f) < sum(1 for f in known if f):
                return k, o
    return None


def _one_language(text: str) -> str | None:
    lines = text.split("\n")
    ids = page_ids(text)
    pair = _title_pair(lines, ids)
    if pair is None:
        return None
    _, other = pair
    below = max(pair) + 1
    records, second = 0, []
    for i in range(below, len(lines)):
        line = lines[i]
        if not ids[i] or ids[i][0][0] != indent(line):
            continue
        records += 1
        j = i + 1
        if j >= len(lines) or ids[j] or not lines[j].strip() or indent(lines[j]) <= indent(line) + DRIFT:
            continue
        starts = [c[0] for c in cells(line)]
        theirs = cells(lines[j])
        if len(theirs) >= 2 and all(_near(c[0], starts) for c in theirs):
            second.append(j)
    if records < MIN_RECORDS or len(second) < MIN_SHARE * records:
        return None
    drop = set(second) | {other}
    return "\n".join(line for k, line in enumerate(lines) if k not in drop)
