"""Labelled blocks' values no label names:

    VC-0101 Reported 03/09/2026 00:21
    Stolen vehicle
    Location: 4200 block of Elm Ave
    Disposition: Arrest made · Badge 384

- a short line of words alone under the block's first line, on most blocks, where no label
  names the type: what happened (a title set under the number, not a narrative: a few words,
  no digits, no closing full stop);
- a part after a middle dot closing a labelled value, a word and a number ("Badge 384",
  "Unit 12") with the same word on most of those values: another value beside it, kept under
  its word, not part of the outcome or the place.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.entrytime import MIN_RECORDS, MIN_SHARE

MAX_TYPE_WORDS = 6
_DOT_TAIL = re.compile(r"\s+\u00b7\s+([^\W\d_][\w.]*)\s+#?(\d[\w-]*)\s*$")
_TITLE_WORDS = re.compile(r"^[^\W\d_][^\d:]*$")


def block_titles(records: list[dict], layout: str | None) -> None:
    """In place: the type under each block's first line, and a dotted tail cut off its value."""
    if layout != "labelled blocks" or len(records) < MIN_RECORDS:
        return
    _dotted_tails(records)
    if any(r.get("type") or r.get("offences") for r in records):
        return
    titles = [_title(r) for r in records]
    if sum(1 for t in titles if t) < MIN_SHARE * len(records) or len(set(filter(None, titles))) < 2:
        return
    for rec, title in zip(records, titles):
        if title:
            rec["type"], rec["offences"] = title, [title]
            fields = rec.setdefault("fields", {})
            fields.setdefault("type", title)
            if rec.get("summary") == title:
                rec["summary"] = None


def _title(rec: dict) -> str | None:
    raw = rec.get("raw")
    lines = [ln.strip() for ln in (raw.split("\n") if isinstance(raw, str) else raw or []) if ln.strip()]
    loose = (rec.get("fields") or {}).get("_text")
    if len(lines) < 3 or not loose or " ".join(lines[1].split()) != loose:
        return None
    title = loose
    if not _TITLE_WORDS.match(title) or len(title.split()) > MAX_TYPE_WORDS or title.endswith("."):
        return None
    return title


def _dotted_tails(records: list[dict]) -> None:
    for field in ("disposition", "location", "type"):
        tails = [_DOT_TAIL.search(r.get(field) or "") for r in records]
        valued = sum(1 for r in records if r.get(field))
        words = Counter(m.group(1).lower() for m in tails if m)
        if not words or words.most_common(1)[0][1] < MIN_SHARE * valued:
            continue
        word = words.most_common(1)[0][0]
        for rec, m in zip(records, tails):
            if m and m.group(1).lower() == word:
                rec[field] = rec[field][:m.start()].strip() or None
                rec.setdefault("fields", {}).setdefault(m.group(1), m.group(2))
