"""Event lines of an audit log merged per incident: one record per number, its lines its events.

An audit or activity extract prints one line of ``KEY=value`` pairs per event, and an
incident has several: opened (its time, type and place), edited, closed (its disposition),
between other incidents' events and lines of no incident (a log-in, a print job). No key
then holds a value different on every line, as ``keyvalue.py`` looks for: the incident's
number is the key whose values come back a few lines apart. What makes it the records'
number, over a user's or a workstation's name that comes back too, is that each number's
first line is the same kind of event (the one that opens an incident, ``op=CREATE``), a kind
never printed again on a later line of the same number. The lines of one number are merged,
the opening line's values first, each later line adding the keys it did not have (the
close's disposition); the records in the order their numbers first appear.
"""
from __future__ import annotations

import re

MIN_THREADS = 5         # incidents that make the log
OPENING_SHARE = 0.9     # of the numbers whose first line is the opening event
_DIGIT = re.compile(r"\d")
_STRUCTURED = re.compile(r"[A-Za-z]|\d[-/ .]\d")

Line = tuple[int, str, dict, str]       # page, the words before the pairs, the pairs, the line


def event_threads(lines: list[Line]) -> tuple[str, list[tuple[int, str, dict, list[str]]]] | None:
    """The number key and one merged entry per number (page, lead, pairs, lines), or None
    when the lines are not events of incidents."""
    best = None
    for key in _number_keys([pairs for _, _, pairs, _ in lines]):
        threads: dict[str, list[Line]] = {}
        for line in lines:
            if key in line[2]:
                threads.setdefault(line[2][key], []).append(line)
        if len(threads) >= MIN_THREADS and _opened_alike(key, list(threads.values())):
            if best is None or len(threads) > len(best[1]):
                best = (key, threads)
    if best is None:
        return None
    key, threads = best
    out = []
    for events in threads.values():
        page, lead, pairs, raw = events[0]
        merged = dict(pairs)
        for _, _, later, _ in events[1:]:
            for k, v in later.items():
                merged.setdefault(k, v)
        out.append((page, lead, merged, [line for _, _, _, line in events]))
    return key, out


def _number_keys(rows: list[dict[str, str]]) -> list[str]:
    """Keys on half the lines or more whose values are shaped like case numbers (digits
    with letters or separators, no spaces) and come back on other lines."""
    counts: dict[str, int] = {}
    for row in rows:
        for k in row:
            counts[k] = counts.get(k, 0) + 1
    out = []
    for k, n in counts.items():
        values = [row[k] for row in rows if k in row]
        if n < 0.5 * len(rows) or len(set(values)) == len(values):
            continue
        if all(_DIGIT.search(v) and _STRUCTURED.search(v) and " " not in v and len(v) <= 24 for v in values):
            out.append(k)
    return out


def _opened_alike(key: str, threads: list[list[Line]]) -> bool:
    """Most numbers come back on later lines, and most of their first lines hold one same
    key and value (the opening event), which no later line of a number holds again."""
    if 2 * sum(1 for events in threads if len(events) > 1) < len(threads):
        return False    # numbers printed once, a few twice: no events of incidents
    firsts: dict[tuple[str, str], int] = {}
    for events in threads:
        for pair in events[0][2].items():
            if pair[0] != key:
                firsts[pair] = firsts.get(pair, 0) + 1
    later = {pair for events in threads for _, _, pairs, _ in events[1:] for pair in pairs.items()}
    return any(n >= OPENING_SHARE * len(threads) and pair not in later for pair, n in firsts.items())
