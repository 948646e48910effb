"""Where each record ends: the line range of each record from its first line, cut at the next
record, at a heading or subtotal between records, at the line closing the log, at a page
break (unless the record goes on over it); a labelled block starts above its number when
its first lines come before it, and the last block ends at its blank line."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.columns import is_title_line
from prr.scrapers.incident_log.pagestamp import cites_first_and_last
from prr.scrapers.incident_log.parse import Doc
from prr.scrapers.incident_log.rownumbers import next_numbered_row
from prr.scrapers.incident_log.tablecells import _NOTE, _is_note
from prr.scrapers.incident_log.text import DATE_ONLY_RE, DATE_RE, WEEKDAY, cells, is_day_heading, is_rule

# "District Total: 6", "Subtotal 10/13: Group A 13 Group B 3 = 16", "BEAT 1 TOTAL: 10
# INCIDENTS" (the count and the word it counts; more after commas, "total: 9 reports, 1
# arrests"), not a time "12:51"
# ("DAY TOTAL 49 CALLS": the word total right before the count, no colon, also)
# ("Zone 7: 12 calls": a group's number before the colon, a space after it, no time)
_SUBTOTAL = re.compile(r"(?:(?<!\d):|:(?= )|\s=|(?i:\btotal))\s*\d+(?:\s+[A-Za-z]+)?(?:,\s*\d+\s+[A-Za-z]+)*$")
# a group's heading in capitals closed by its count: "PC 459 BURG BURGLARY (7)"
_GROUP_COUNT = re.compile(r"\s\(\d{1,4}\)$")
# a count under each column's heading ("Day  7 events  11 events  8 events")
_CELL_COUNT = re.compile(r"\d{1,5} [A-Za-z]+")
# a web page's pager printed under its table: the pages' numbers in a row ("< 1 2 3 4 >")
_PAGER = re.compile(r"(?<!\S)1 2 3(?: \d{1,3})*(?!\S)")
_WEEKDAY = re.compile(rf"{WEEKDAY}\b")
MAX_BLOCK_BACK = 4        # lines a labelled block may start above its number
_COUNTS = re.compile(r"[A-Za-z][A-Za-z ()/'-]*:\s*\d+$")


def _is_section(doc: Doc, i: int) -> bool:
    """A line between records in a table: a day or district heading, a subtotal."""
    line = doc.lines[i]
    cs = cells(line)
    if len(cs) != 1:
        return len(cs) == 2 and (is_day_heading(line, cs) or bool(_PAGER.search(cs[1][2]))) or \
            len(cs) >= 4 and cs[0][2].replace(" ", "").isalpha() and all(_CELL_COUNT.fullmatch(c[2]) for c in cs[1:])
    text = cs[0][2]
    prev_blank = i == 0 or not doc.lines[i - 1].strip() or doc.pages[i - 1] != doc.pages[i]
    return bool(prev_blank or DATE_ONLY_RE.match(text) or _SUBTOTAL.search(text)
                or (DATE_RE.search(text) and _WEEKDAY.match(text)) or _PAGER.search(text)
                or (_GROUP_COUNT.search(text) and not any(ch.islower() for ch in text)))


def _log_end(line: str) -> bool:
    """The line closing a log after its last record: an end mark without digits and the
    count of what it printed ("*** END OF REPORT ***   RECORDS PRINTED: 0132"), or only
    counts, each after its words and a colon ("Shown: 40   Held back: 3")."""
    cs = cells(line)
    return len(cs) == 2 and not any(ch.isdigit() for ch in cs[0][2]) and bool(_SUBTOTAL.search(cs[1][2])) or \
        len(cs) >= 2 and all(_COUNTS.match(c[2]) for c in cs) or _count_row(cs)


def _count_row(cs: list) -> bool:
    """A total set out like a row: words in capitals first, one bare count, words ("TOTAL  77  calls",
    "ENTRIES SHOWN  060")."""
    texts = [c[2] for c in cs]
    return 2 <= len(texts) <= 4 and texts[0].isupper() and texts[0].replace(" ", "").isalpha() and \
        sum(1 for t in texts if t.isdigit()) == 1 and all(t.isdigit() or t.replace(" ", "").isalpha() for t in texts)


def spans(doc: Doc, starts: list[int], mode: str, by_label: bool = False,
          hanging: bool = False) -> list[tuple[int, int]]:
    """Line range of each record (``by_label``: the starts are each block's first label;
    ``hanging``: entries led by a time whose text hangs at an indent, which go on over a
    page break when the next page's first line is at that indent)."""
    if mode == "blocks" and not by_label:
        starts = _blocks_start(doc, starts)
    out = []
    for k, s in enumerate(starts):
        nxt = starts[k + 1] if k + 1 < len(starts) else len(doc.lines)
        if mode == "blocks" and k + 1 < len(starts):
            out.append((s, max(s + 1, nxt)))     # (a block but the last runs to the next: no line looked at)
            continue
        stop = s + 1
        indent = _text_indent(doc.lines[s]) if hanging else None
        turned = False
        while stop < nxt:
            ln = doc.lines[stop]
            if mode == "blocks":
                if k + 1 == len(starts) and (not ln.strip() or is_rule(ln)) and not _label_below(doc, stop):
                    break
            elif doc.pages[stop] != doc.pages[s] and not turned:
                if indent is None:
                    if mode != "table" or not _goes_on(doc, stop, nxt, s):
                        break
                    turned = True
                elif stop not in doc.skip and ln.strip():
                    if abs(len(ln) - len(ln.lstrip()) - indent) > 1:
                        break
                    turned = True
            elif stop not in doc.skip and ln.strip() and (_is_section(doc, stop) or (k + 1 == len(starts) and (
                    _log_end(ln) or cites_first_and_last(doc.ids, starts, stop)
                    or mode == "table" and next_numbered_row(doc, s, stop)))):
                break
            stop += 1
        out.append((s, stop))
    return out


def _label_below(doc: Doc, i: int) -> bool:
    """The next text line under blank line ``i`` is a label line of the blocks (a card's
    title over its labels, a label set apart at its foot): the last block goes on."""
    j = next((j for j in range(i + 1, min(len(doc.lines), i + 8)) if j not in doc.skip and doc.lines[j].strip()), None)
    return bool(doc.hits) and j in doc.hits


def _goes_on(doc: Doc, i: int, nxt: int, s: int) -> bool:
    """A table row split at the page foot: the next page, under its header, starts with
    lines that leave the number column blank (the row's other cells going on) before its
    first record."""
    j = i
    while j < nxt and (j in doc.skip or not doc.lines[j].strip()):
        j += 1
    if j < nxt and j in doc.apart:
        return True         # lines its reader told are the row's own, carried over the page break
    if j < nxt and _NOTE.match(doc.lines[j]) and _is_note(doc.lines[j]):
        return True         # the row's labelled notes ("Location: ...") go on under the page's furniture
    if j >= nxt or nxt >= len(doc.lines) or doc.pages[nxt] != doc.pages[j]:
        return False
    line, first = doc.lines[j], doc.lines[s]
    if len(line) - len(line.lstrip()) <= len(first) - len(first.lstrip()) + 2:
        return False
    if _is_section(doc, j):
        return False
    # a line of capitals ("C11   GONE ON ARRIVAL") looks like titles: it goes on the row
    # when it is under the page's header, which was found and left out
    return not is_title_line(line) or any(k in doc.skip and len(cells(doc.lines[k])) >= 2 and is_title_line(doc.lines[k])
                                          for k in range(i, j))


def _text_indent(line: str) -> int | None:
    """Where the text of a time-led entry starts ("0629       During a ..." -> 11)."""
    cs = cells(line)
    return cs[1][0] if len(cs) >= 2 else None


def _blocks_start(doc: Doc, starts: list[int]) -> list[int]:
    """A block whose number is not on its first line starts after the blank line above."""
    out = []
    for k, a in enumerate(starts):
        prev = starts[k - 1] if k else -1
        j, run = a - 1, 0
        while j > prev and doc.lines[j].strip() and not is_rule(doc.lines[j]) and run < MAX_BLOCK_BACK \
                and j not in doc.skip:
            j -= 1
            run += 1
        out.append(a - run if run and j > prev else a)
    return out
