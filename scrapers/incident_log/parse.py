"""From page texts to records: find the record signal, cut records, read their values."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import partial

from prr.scrapers.incident_log import anchors as anchor_mod
from prr.scrapers.incident_log.blockcited import without_cited_in_blocks
from prr.scrapers.incident_log.blockdates import record_lines_among
from prr.scrapers.incident_log.codeids import add_code_ids, code_column
from prr.scrapers.incident_log.columns import header_above, is_title_line
from prr.scrapers.incident_log.formboxes import read_form_boxes
from prr.scrapers.incident_log.groupheads import group_headings
from prr.scrapers.incident_log.labelledclose import add_closing_numbers
from prr.scrapers.incident_log.labelmarks import blank_leaders, mark_numbered_labels
from prr.scrapers.incident_log.labelvalues import label_hits
from prr.scrapers.incident_log.longerlabels import inside_longer_label
from prr.scrapers.incident_log.marginrows import margin_anchors
from prr.scrapers.incident_log.nestedlabels import nested_label_lines
from prr.scrapers.incident_log.pagefurniture import PAGE_NUMBER_AFTER_NEWLINE, furniture, line_offsets, mask, masks_rx
from prr.scrapers.incident_log.pagestamp import page_stamps
from prr.scrapers.incident_log.perioddate import HEAD_LINES, day_inside_period, period_day
from prr.scrapers.incident_log.rangeids import add_range_ids
from prr.scrapers.incident_log.risingcalls import add_rising_calls
from prr.scrapers.incident_log.runningcount import case_column_over_count, count_beside_case_column
from prr.scrapers.incident_log.sheetletters import blank_column_letters
from prr.scrapers.incident_log.text import (
    DATE_RE,
    DATETIME_RE,
    WEEKDAY,
    cells,
    find_ids_by_line,
    is_day_heading,
    is_rule,
    line_starts,
    named_day,
    parse_datetime,
)
from prr.scrapers.incident_log.wrapid import join_wrapped_numbers
from prr.scrapers.incident_log.wrappednumbers import without_wrapped_numbers

# a line starting (near the margin) with a time or a date, then a gap: a cheap count of
# entries of a time-led narrative, over the whole text at once
_MARGIN_START = re.compile(r"(?m)^ {0,3}(?:[01]\d[0-5]\d|2[0-3][0-5]\d|\d{1,2}:\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
                           r"(?: [AaPp]\.?[Mm]\.?)? {2,}\S")
# the same, led by the newline before a line, for counting in "\n" + text (tried only
# where lines start; led by "^" it is tried at every character)
_MARGIN_START_AFTER_NEWLINE = re.compile("\n" + _MARGIN_START.pattern.removeprefix("(?m)^"))
_DAY_FIRST = re.compile(rf"(?:(?:{WEEKDAY}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)\.?),? )?")     # what may lead a section's date
_SENTENCE_ON = re.compile(r"[.;](?:\s+\S|\s*$)")
MAX_HEAD_CELLS = 3       # cells of a page head that names its day among its title and contact
MARGIN_OVER_COLUMN = 1.1  # margin-led entries per number-column line that make them the records


@dataclass
class Doc:
    """The document as one list of lines, with the page of each line."""
    lines: list[str]
    pages: list[int]
    skip: set[int] = field(default_factory=set)       # furniture and header lines
    ids: list[list[tuple[int, str]]] = field(default_factory=list)
    hits: dict | None = None                           # label hits, once found
    text: str | None = None                            # the lines joined by newlines
    starts: list[int] | None = None                    # where each line starts in ``text``
    printed: list[str] | None = None                   # the lines as printed, when read changed
    updates: dict[int, str] = field(default_factory=dict)   # a journal's later lines citing a record
    apart: set[int] = field(default_factory=set)       # a journal's lines that open no record
    codes: re.Pattern | None = None                    # the form of random record codes (``codeids``)
    stamped: set[str] = field(default_factory=set)     # numbers the furniture prints alike on several pages
    closed: dict[int, str] = field(default_factory=dict)    # lines closing an entry by "Log 1236." (``labelledclose``)

    def raw(self, s: int, e: int) -> list[str]:
        """Lines ``s`` to ``e`` as printed (a record's ``raw``): blank and furniture lines left out."""
        lines, skip = self.printed or self.lines, self.skip
        if e == s + 1:      # a record of one line (a yearly log's rows): no loop
            line = lines[s]
            return [line.rstrip()] if s not in skip and line.strip() else []
        return [lines[i].rstrip() for i in range(s, e) if i not in skip and lines[i].strip()]

    def first_line(self, page: int) -> int:
        """The index of page ``page``'s first line (``pages`` runs in page order)."""
        return bisect_left(self.pages, page)

    def label_hits(self, labels) -> dict:
        if self.hits is None:
            self.hits = label_hits(self.lines, labels, self.text, self.starts)
        return self.hits

    @classmethod
    def from_pages(cls, page_texts: list[str]) -> Doc:
        texts = [blank_leaders(t) for t in blank_column_letters(join_wrapped_numbers(read_form_boxes(page_texts)))]
        marked = [mark_numbered_labels(t) for t in texts]
        split = [t.splitlines() for t in marked]
        doc = cls([], [])
        for n, page in enumerate(split, start=1):
            doc.lines.extend(page)
            doc.pages.extend([n] * len(page))
        if any(a is not b for a, b in zip(marked, texts)):     # the lines as printed, for ``raw``
            doc.printed = [ln for t in texts for ln in t.splitlines()]
        # whole-text regular expressions find furniture lines (no Python pass per line)
        text = "\n".join(doc.lines)
        starts = line_starts(doc.lines)
        furn = furniture(split, text=text)
        after_newline = "\n" + text
        rx = masks_rx(furn, after_newline=True)
        found = [bisect_right(starts, x) - 1 for x in line_offsets(rx, after_newline)] if rx else []
        # a record's labelled line at one height on every page (one record a page): the record's
        if found and (kept := record_lines_among(found, doc.lines)):
            found = [i for i in found if i not in kept]
        # every line's numbers, found once here (a furniture line's are the same as its own
        # ``find_ids``: no second search per furniture line)
        ids = find_ids_by_line(doc.lines, text, starts)
        add_range_ids(text, starts, ids)        # "2404-0311": a series, not ranges
        doc.codes = add_code_ids(text, starts, doc.lines, ids)      # "J2HE-3MKX": drawn codes
        add_rising_calls(text, starts, ids)     # "03/23/26 0133 0902 0875": the rising one (the call)
        doc.closed = add_closing_numbers(text, starts, ids)     # "... Gone on arrival. Log 1236.": the entry's
        # a line with a record number is furniture only if its numbers repeat as they are
        # on other pages (a footer's phone number beside its page number "Page 1" / "Page 2"
        # does; a slide's number cited again in its own notes on the same page does not)
        numbers = {i: tuple(tok for _, tok in ids[i]) for i in found}
        pages_of: dict[tuple, set[int]] = {}
        for i in found:
            pages_of.setdefault(numbers[i], set()).add(doc.pages[i])
        doc.skip = {i for i in found if not numbers[i] or len(pages_of[numbers[i]]) > 1} | \
            page_stamps(found, numbers, doc.lines)
        doc.skip.update(bisect_right(starts, x) - 1 for x in line_offsets(PAGE_NUMBER_AFTER_NEWLINE, after_newline))
        doc.stamped = {tok for i in found if len(pages_of[numbers[i]]) > 1 for tok in numbers[i]}
        doc.ids = ids
        doc.text, doc.starts = text, starts
        for i in doc.skip:
            doc.ids[i] = []
        return doc


def find_anchors(doc: Doc, labels) -> anchor_mod.Anchors | None:
    column = code_column(doc.lines, doc.ids, doc.codes) if doc.codes is not None else None
    column = column or anchor_mod.without_preamble(anchor_mod.id_column(doc.lines, doc.ids, doc.pages), doc.lines,
                                                   doc.ids, doc.pages, is_title_line)
    # a number a row's narrative cites, wrapped to open its carried-on line: no row (wrappednumbers.py)
    column = without_wrapped_numbers(column, doc.lines, doc.ids, doc.skip)
    column = _without_stamped(column, doc.stamped)
    # an earlier record's number cited on a line inside a block: no record (blockcited.py)
    column = without_cited_in_blocks(column, doc.lines, doc.pages, doc.skip)
    # a journal's running line count beside its case-number column: the lines with a case number
    column = case_column_over_count(doc.lines, doc.ids, doc.pages, column) or \
        count_beside_case_column(doc.lines, doc.pages, column) or column
    margin_n = len(_MARGIN_START_AFTER_NEWLINE.findall("\n" + doc.text)) if doc.text is not None else 0
    if column and (column.updates or column.others):
        # a journal's updates and other lines, led like the lines of records, open none
        margin_n -= sum(1 for i in (*column.updates, *column.others) if _MARGIN_START.match(doc.lines[i]))
    if column and (margin_n < anchor_mod.MIN_RECORDS or (margin_n < MARGIN_OVER_COLUMN * len(column.lines)
                                                         and _led_share(doc, column) >= 0.5)):
        _skip_updates(doc, column)
        return column
    # numbers that line up in some entries only ("Case 25-04482: ..." in a narrative, phone
    # numbers, numbers wrapped to the start of a line) are no record column when clearly
    # more lines start at the margin with a time or a date, or when the entries start with
    # a time and most of the column's numbers are not on those lines: the time-led lines
    # are the entries, and the numbers are in their text
    found = margin_anchors([ln if i not in doc.skip else "" for i, ln in enumerate(doc.lines)],
                                      doc.pages)
    if found and (column is None or len(found.lines) >= MARGIN_OVER_COLUMN * len(column.lines)
                  or (found.kind == "margin_time" and _led_share(doc, column) < 0.5
                      and not _values_beside_numbers(found, column)
                      # under half as many as the numbers: house numbers read as times ("1600 block")
                      and len(found.lines) >= 0.5 * len(column.lines))):
        return found
    if column:
        _skip_updates(doc, column)
        return column
    if labels is not None:
        hits = doc.label_hits(labels)
        longer = inside_longer_label(doc, hits, labels)     # "Linked Event No.:" opens no block
        longer = longer | nested_label_lines(doc, hits, labels)     # nor a sub-block's copy of it
        lines = sorted(i for i, hs in hits.items() if any(h[0] == labels.anchor for h in hs) and i not in longer)
        if len(lines) >= anchor_mod.MIN_RECORDS:
            return anchor_mod.Anchors("labels", lines)
    return anchor_mod.header_rows(doc.lines, is_title_line) or anchor_mod.id_series(doc.lines, doc.ids)


def _without_stamped(column: anchor_mod.Anchors | None, stamped: set[str]) -> anchor_mod.Anchors | None:
    """A number the page furniture prints alike on every page (a run stamp's job number, of
    the records' shape) printed once more among them (on a run-parameters cover): the
    document's, no record's."""
    if column is None or not stamped:
        return column
    gone = [i for i in column.lines if column.ids.get(i) in stamped]
    if not gone or len(gone) >= 0.5 * len(column.lines):
        return column
    column.lines = [i for i in column.lines if i not in set(gone)]
    for i in gone:
        del column.ids[i]
    return column


def _skip_updates(doc: Doc, column: anchor_mod.Anchors) -> None:
    """A journal's update lines are no record's own lines: skipped while the records are
    read, their numbers no neighbour's (they are joined to the records they cite); its
    lines without a case number (``runningcount``) are skipped the same way."""
    if column.updates or column.others:
        doc.updates = dict(column.updates)
        doc.skip = doc.skip | set(column.updates) | column.others
        doc.apart = column.others       # (rows between the column titles and a page's first record)
        for i in (*column.updates, *column.others):
            doc.ids[i] = []
    for i, count in column.counts.items():       # the journal's count of its lines
        doc.ids[i] = [(x, tok) for x, tok in doc.ids[i] if tok != count]


def _values_beside_numbers(found: anchor_mod.Anchors, column: anchor_mod.Anchors) -> bool:
    """The time-led lines are rows of the number column, and a few of them: a column left
    of the numbers whose values sometimes look like times (house numbers "1032", "2100"
    before the record number in a street index), not entries of their own."""
    inside = len(set(found.lines) & set(column.lines))
    return inside >= 0.95 * len(found.lines) and len(column.lines) >= 2 * len(found.lines)


def _led_share(doc: Doc, column: anchor_mod.Anchors) -> float:
    """Share of a number column's lines that start at the margin with a time or a date."""
    led = sum(1 for i in column.lines if _MARGIN_START.match(doc.lines[i]))
    return led / max(1, len(column.lines))


def _header_lines(doc: Doc, starts: list[int]) -> tuple[set[int], dict[int, list[str]]]:
    """Header rows above the first record of each page (and the same rows wherever they
    repeat, e.g. above every day's section)."""
    first_on_page: dict[int, int] = {}
    for s in starts:
        first_on_page.setdefault(doc.pages[s], s)
    page_floor = {}
    for i, p in enumerate(doc.pages):
        page_floor.setdefault(p, i)
    headers: dict[int, list[str]] = {}
    masks: set[str] = set()
    found = {page: header_above(doc.lines, s, page_floor[page], doc.apart) for page, s in first_on_page.items()}
    found = _apart_from_titles(doc, found, page_floor)
    if group_headings(doc.lines, found, first_on_page):
        return set(), {}
    on_page = {page: {mask(doc.lines[i]) for i in rows} for page, rows in found.items()}
    for page, rows in found.items():
        others = set().union(*(m for p, m in on_page.items() if p != page))
        if rows and others and not on_page[page] <= others:
            # a record's last line carried over under the next page's header is no header:
            # the header printed on the other pages is above it
            above = header_above(doc.lines, rows[0], page_floor[page])
            if above and all(mask(doc.lines[i]) in others for i in above):
                rows = above
        if rows:
            headers[page] = [doc.lines[i] for i in rows]
            masks.update(mask(doc.lines[i]) for i in rows)
    rx = masks_rx(masks, after_newline=True)
    if rx is None:
        return set(), headers
    if doc.text is None:
        doc.text, doc.starts = "\n".join(doc.lines), line_starts(doc.lines)
    skip = {bisect_right(doc.starts, x) - 1 for x in line_offsets(rx, "\n" + doc.text)}
    # the rule under the titles goes with them (a record carried over below it goes on)
    skip |= {i + 1 for i in skip if i + 1 < len(doc.lines) and is_rule(doc.lines[i + 1])}
    return skip, headers


def _apart_from_titles(doc: Doc, found: dict[int, list[int]], page_floor: dict[int, int]) -> dict[int, list[int]]:
    """A page's header without the report's title lines printed right above its column
    titles, when another page prints the same title lines apart from its header (page 1,
    a parameters box between them): they are the page's title, not column titles."""
    if len(found) < 2:
        return found
    titled = {mask(doc.lines[i]) for rows in found.values() for i in rows}
    above: dict[int, set[str]] = {}
    for page, rows in found.items():
        if not rows:
            continue
        # lines above the header with other text between (a box, not more titles or a rule)
        above[page], apart = set(), False
        for i in range(min(rows) - 1, page_floor[page] - 1, -1):
            ln = doc.lines[i]
            if not ln.strip() or is_rule(ln):
                continue
            if apart:
                above[page].add(mask(ln))
            apart = apart or mask(ln) not in titled
    out = {}
    for page, rows in found.items():
        others = set().union(*(m for p, m in above.items() if p != page))
        keep = sorted(rows)
        while len(keep) > 1 and mask(doc.lines[keep[0]]) in others:
            keep = keep[1:]
        out[page] = keep if len(keep) < len(rows) else rows
    return out


def _runs_on(line: str, at: int, above: str) -> bool:
    """A date with its clock running on into sentences ("07/06/2026 05:27 to 07/06/2026
    10:18. Unit 4. Disposition: ...") and going on with a sentence left open on the line
    above ("... Occurred"): an entry's own stamp wrapped onto its next line, never a day
    heading for the entries after it."""
    stamp = DATETIME_RE.match(line, at)
    return bool(stamp and stamp.group(2) and _SENTENCE_ON.search(line, stamp.end())
                and above.strip() and not above.rstrip().endswith((".", "!", "?")))


class LazyContext:
    """``context[i]``: a function giving the date in force at line i, computed for the
    whole document the first time one is needed (most logs print full dates)."""

    def __init__(self, doc: Doc):
        self.doc, self.dates = doc, None

    def __getitem__(self, i: int):
        return partial(self._date, i)

    def _date(self, i: int) -> str | None:
        if self.dates is None:
            self.dates = _context_dates(self.doc)
        return self.dates[i]


def _context_dates(doc: Doc) -> list[str | None]:
    """The last date printed alone on a line (a day heading, the log's date) at each line."""
    out, current, top = [], None, 0
    for i, ln in enumerate(doc.lines):
        m = DATE_RE.search(ln)
        if i and doc.pages[i] != doc.pages[i - 1]:
            top = i
        if i - top < HEAD_LINES and (day := period_day(ln)):
            current = day       # a page head's period of one day: "FROM 0001 12 NOV 25 TO 2400 12 NOV 25"
        elif m and not (i > top and _runs_on(ln, m.start(), doc.lines[i - 1])):
            cs = cells(ln)
            # a heading: a short line, or a title line ending with its date at the margin
            # ("Watch Commander's Log - Tuesday, April 8, 2025")
            # or a section led by its date ("Tuesday, October 14, 2025 - DAY SHIFT (0800-1600)")
            if (len(cs) == 1 and (len(cs[0][2]) < 40 or (cs[0][0] == 0 and m.end() == len(ln.rstrip()))
                                  or _DAY_FIRST.fullmatch(ln[cs[0][0]:m.start()]))) \
                    or (len(cs) == 2 and is_day_heading(ln, cs)):
                # (a page head repeating the log's period names no day: the day above goes on)
                if not day_inside_period(ln, current):
                    current = parse_datetime(cs[0][2]) or current
            elif 2 <= len(cs) <= MAX_HEAD_CELLS and (named := named_day(cs)):
                current = named         # a page's head naming its day: "Board   Wednesday, October 1, 2025   Office"
        out.append(current)
    return out
