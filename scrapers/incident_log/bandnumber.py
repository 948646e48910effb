"""A block's number printed on its band, and a number of its own under the block's first label.

A dispatch centre printing one log for several agencies may open every block with a band
holding the dispatch's call number (one series for the whole log), then print the agency's
own number under the block's first label, whatever that label is called in that agency's
template (``Report Number  HL-25-0321``, ``ICR #  EPD2500111``). The readers take the band's
number, which opens the block, as the record's. Where nearly every block's first labelled
line holds nothing but a number, all of them different and none a band's, that number is
the record's and the band's is a related one (the call it came from).

Read from the blocks' own lines only: no label or prefix is known beforehand."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.record import build
from prr.scrapers.incident_log.text import DATE_RE

MIN_RECORDS = 5
SHARE = 0.9         # of the blocks holding a labelled number under their band
# "Label   VALUE": a label of a few words, a wide gap, one token holding digits
_LABELLED_LINE = re.compile(r"^\s*(?P<label>[^\s].{0,30}?)\s{3,}(?P<value>\S.*)$")
_LABELLED = re.compile(r"^\s*(?P<label>[^\s].{0,30}?)\s{3,}(?P<value>[A-Z0-9][A-Za-z0-9#./-]*)\s*$")


def own_numbers_under_bands(records: list[dict], page_texts: list[str]) -> bool:
    """Records opened by a band's number whose first labelled line holds the block's own
    number: renumbered in place by it, the band's kept as related. True when changed."""
    if len(records) < MIN_RECORDS or not _band_led(records[0]) or \
            not any(_labelled_number(r, page_texts) for r in records[:MIN_RECORDS]):
        return False       # (the cheap tests on the first blocks before any other)
    # stopped as soon as too many blocks hold no such number (a table's one-line rows: every
    # one looked up on its page would cost a pass over the page per row)
    misses_allowed, misses, found = len(records) - SHARE * len(records), 0, []
    for rec in records:
        found.append(_labelled_number(rec, page_texts))
        misses += found[-1] is None
        if misses > misses_allowed:
            return False
    held = [n for n in found if n]
    if len(set(held)) < len(held):
        return False
    bands = {r.get("record_no") for r in records}
    if bands & set(held):
        return False
    for rec, number in zip(records, found):
        if not number:
            continue
        band = rec["record_no"]
        rec["record_no"] = number
        related = [n for n in rec.get("related_numbers") or [] if n != number]
        rec["related_numbers"] = [band] + [n for n in related if n != band]
        _labelled_values(rec, page_texts)
    return True


def _labelled_values(rec: dict, page_texts: list[str]) -> None:
    """The block's values by its own labels (each agency's template names them its way),
    where the reading of the band's record left them out; in place."""
    lines = [line for line in rec["raw"].split("\n")[1:] if line.strip()] or _below(rec, page_texts, 12)
    values: dict[str, str] = {}
    last = None
    for line in lines:
        m = _LABELLED_LINE.match(line)
        if m:
            last = m.group("label").rstrip(" :#")
            values[last] = m.group("value").strip()
        elif last is not None:
            values[last] += " " + line.strip()      # a value wrapped under itself
    if len(values) < 3:
        return
    names = {label: column_for(label) for label in values}
    built = build(values, names, page=rec.get("page") or 1, number=rec["record_no"], raw=lines)
    for key in ("type", "location", "disposition", "summary", "reported_at", "occurred_at"):
        if built.get(key) and (not rec.get(key) or key in ("type", "summary")):
            rec[key] = built[key]
    if rec.get("type"):
        rec["offences"] = [rec["type"]]


def _band_led(rec: dict) -> bool:
    raw, number = rec.get("raw") or "", rec.get("record_no")
    return bool(number) and number in raw.split("\n", 1)[0]


def _below(rec: dict, page_texts: list[str], most: int = 1) -> list[str]:
    """The first line under a block's band on its page, where the record read holds the band
    only (the last block before a closing tally is cut at its band)."""
    page = rec.get("page") or 1
    if not 0 < page <= len(page_texts):
        return []
    band = " ".join(rec["raw"].split())
    lines = page_texts[page - 1].splitlines()
    for k, line in enumerate(lines):
        if " ".join(line.split()) == band:
            out: list[str] = []
            for x in lines[k + 1:k + 2 + most]:
                if out and not x.strip():
                    break
                if x.strip():
                    out.append(x)
            return out[:most]
    return []


def _labelled_number(rec: dict, page_texts: list[str]) -> str | None:
    """The value of the block's first line after its band, when it is one number."""
    if not _band_led(rec):
        return None
    lines = [line for line in rec["raw"].split("\n")[1:] if line.strip()] or _below(rec, page_texts)
    if not lines:
        return None
    m = _LABELLED.match(lines[0])
    if m is None:
        return None
    value = m.group("value")
    if sum(c.isdigit() for c in value) < 3 or DATE_RE.search(value) or value == rec["record_no"]:
        return None
    if not any(c.isalpha() for c in m.group("label")):
        return None
    return value
