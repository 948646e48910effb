"""A section of update lines under its own title: a status log's "updated / reclassified"
table after its open and closed tables, a status-change table printed before them, a
report's update blocks under the same number label as its incidents. Each line is led by a
case number like a record, but names a record read elsewhere in the document (with its new
offence) or a case of an earlier period; read as records they overcount the log, and a
reader keeping the last line per number would reclassify the record.

Told from the document alone: the first or the last run of records, set apart from the
others by a line that is none of theirs (its title), in which every number is either one
of another record of the document or of the same shape and lower than every other
record's (an earlier period's), two or more repeating a record's; the other records'
numbers all differ. That run is no records and is dropped. Cheap: where no record number
comes twice (most logs), nothing else is looked at."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.aftercount import line_at
from prr.scrapers.incident_log.record import record_numbers

MIN_REPEATS = 2
_DIGIT, _LETTER = re.compile(r"\d"), re.compile(r"[A-Za-z]")


def _shape(number: str) -> str:
    return _LETTER.sub("A", _DIGIT.sub("9", number))


def _run_lengths(numbers: list[str], order: list[int]) -> list[int]:
    """How many records, taken in ``order``, may cite other records or earlier cases: each
    run whose rest has unique numbers and which repeats two or more of them, longest first.
    Given up at the first record that is neither a number printed twice nor below the
    far half's numbers (at once in a log with no such section)."""
    counts: dict[str, int] = {}
    for n in numbers:
        counts[n] = counts.get(n, 0) + 1
    lows = [numbers[k] for k in order]       # lows[i]: the lowest number of order[i:]
    for i in range(len(lows) - 2, -1, -1):
        lows[i] = min(lows[i], lows[i + 1])
    far_low = lows[len(lows) // 2]      # the far half always stays in the rest
    # the rest's numbers all differ and the run's too: each number printed twice, no more,
    # once in the run; the run is checked whole only once it holds one of every pair
    if max(counts.values()) > 2:
        return []
    pairs_left = sum(c == 2 for c in counts.values())
    seen: set[str] = set()
    sizes = []
    for size in range(1, len(numbers) // 2 + 1):
        last = numbers[order[size - 1]]
        if last in seen or (counts[last] < 2 and not last < far_low):
            break
        seen.add(last)
        pairs_left -= counts[last] == 2
        if size < MIN_REPEATS or pairs_left:
            continue
        run = [numbers[k] for k in order[:size]]
        own = {numbers[k] for k in order[size:]}
        shapes = {_shape(n) for n in own}
        low = lows[size]
        repeats = sum(n in own for n in run)
        if repeats >= MIN_REPEATS and all(
                n in own or (_shape(n) in shapes and n < low) for n in run):
            sizes.append(size)
    return sizes[::-1]



def _titled_apart(page_texts: list[str], before: dict, after: dict, like: dict,
                  numbers: set[str]) -> bool:
    """Whether a line citing no record number stands between the two records (a title).
    ``before``'s lines past as many as its neighbour ``like`` has are no part of it (a
    title a block reader took in as the block's last line)."""
    a, b = line_at(page_texts, before), line_at(page_texts, after)
    if a is None or b is None or a >= b:
        return False
    lines = [ln for p in range(a[0], b[0] + 1)
             for j, ln in enumerate(page_texts[p].split("\n"))
             if (p, j) > a and (p, j) < b]
    own = (before.get("raw") or "").split("\n")[:len((like.get("raw") or "").split("\n"))]
    raws = {ln.strip() for ln in own + (after.get("raw") or "").split("\n")}
    return any(ln.strip() and ln.strip() not in raws and not any(n in ln for n in numbers)
               for ln in lines)


def drop_update_sections(records: list[dict], page_texts: list[str]) -> list[dict]:
    """``records`` without a first or last titled run of lines that only cite other
    records of the document or earlier cases."""
    numbers = record_numbers(records)
    present = list(filter(None, numbers))
    if len(set(present)) == len(present) or len(present) != len(numbers):
        return records
    every = set(present)
    n = len(numbers)
    for size in _run_lengths(numbers, list(range(n - 1, -1, -1))):
        if _titled_apart(page_texts, records[n - size - 1], records[n - size],
                         records[n - size - 2], every):
            return records[:n - size]
    for size in _run_lengths(numbers, list(range(n))):
        if _titled_apart(page_texts, records[size - 1], records[size], records[size - 2], every):
            return records[size:]
    return records
