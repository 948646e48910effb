"""Posts closed by their number: a web feed printed from a browser, each post a block of
short lines (a type in capitals, "Reported <date time> - <place>", a narrative, a labelled
outcome) whose LAST line cites the number (``Incident 25-004494 | Posted Oct 20, 2025 |
Share``), blank lines between the posts, a site's side column beside the first ones.

The other readers take the number's line as the opening of a record, so each record gets
the next post's words (or, with the side column, its menu). Told from the document: the
lines citing a number of the series are nearly all the last line of their block (a blank
line or the page's end under them, two or more lines of text above), and start at one
position, the posts' column: each post is then the block's lines in that column (a side
column's words left of it are no part of it). Values are read as for entries run
together (``serieswords.py``). Taken only when the posts are at least as many as the
records read and name more of their fields; looked for only where the first pages'
numbers close their blocks."""
from __future__ import annotations

from collections import Counter

from prr.scrapers.incident_log.paras import _ids
from prr.scrapers.incident_log.parse import Doc
from prr.scrapers.incident_log.seriesentries import line_ids
from prr.scrapers.incident_log.serieswords import entry_record
from prr.scrapers.incident_log.text import cells, shape

MIN_POSTS = 5
MIN_SHARE = 0.9
SAMPLE_PAGES = 3


def closing_posts(page_texts: list[str], result):
    """``result``, or the posts closed by their numbers when they read more fields."""
    if result.status != "records" or not _closes_blocks(page_texts[:SAMPLE_PAGES]):
        return result
    doc = Doc.from_pages(page_texts)
    posts = _posts(doc)
    if posts is None or len(posts) < max(MIN_POSTS, len(result.records)):
        return result
    records = [entry_record(number, lines, page, None) for number, lines, page in posts]
    if _named(records) <= _named(result.records):
        return result
    return type(result)(records, "records", None, "free text")


def _named(records: list[dict]) -> int:
    return sum(1 for r in records for f in ("type", "location", "disposition", "summary", "reported_at") if r.get(f))


def _number_lines(lines: list[str], cited: list[tuple[int, list[str]]] | None = None) -> list[tuple[int, str, int]]:
    """(line, number, where the number's cell starts) for lines citing one number of the
    commonest shape (``cited``: the numbers on each line, when already found)."""
    if cited is None:
        cited = [(i, ts) for i, ln in enumerate(lines) if (ts := _ids(ln))]
    shapes = Counter(shape(t) for _, ts in cited for t in ts)
    if not shapes:
        return []
    series = shapes.most_common(1)[0][0]
    out = []
    for i, ts in cited:
        own = [t for t in ts if shape(t) == series]
        if len(own) == 1:
            at = lines[i].find(own[0])
            cell = [x for x, _, _ in cells(lines[i]) if x <= at]
            out.append((i, own[0], cell[-1] if cell else 0))
    return out


def _in_column(line: str, column: int) -> str:
    """The line's words from the posts' column on (a side column's words left of it out)."""
    return line[max(column - 1, 0):].strip() if len(line) > column and line[column - 1:column] in ("", " ") \
        else line.strip() if len(line) - len(line.lstrip()) >= column else ""


def _closes_blocks(page_texts: list[str]) -> bool:
    """Nearly every number line of the sample ends a block of three or more lines, in
    the column where its number's cell starts."""
    lines: list[str] = []
    cited: list[tuple[int, list[str]]] = []
    for text in page_texts:
        cited += [(len(lines) + i, ts) for i, ts in line_ids(text)]
        lines += text.splitlines() + [""]
    found = _number_lines(lines, cited)
    if len(found) < MIN_POSTS:
        return False
    closing = sum(1 for i, _, x in found if i + 1 < len(lines) and not _in_column(lines[i + 1], x)
                  and i >= 2 and _in_column(lines[i - 1], x) and _in_column(lines[i - 2], x))
    return closing >= MIN_SHARE * len(found)


def _posts(doc: Doc) -> list[tuple[str, list[str], int]] | None:
    text_lines = [ln if i not in doc.skip else "" for i, ln in enumerate(doc.lines)]
    found = _number_lines(text_lines)
    out = []
    for i, number, column in found:
        block: list[str] = []
        j = i
        while j >= 0 and doc.pages[j] == doc.pages[i] and (part := _in_column(text_lines[j], column)):
            block.append(part)
            j -= 1
        block.reverse()
        if len(block) >= 3:
            out.append((number, block, doc.pages[i]))
    return out if len(out) >= MIN_POSTS else None
