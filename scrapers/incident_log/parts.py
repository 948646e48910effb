"""A document in parts (a PDF's own pages, then each file attached to it): each part read as a
log of its own, so a cover letter is not read as a log's first page, and the records merged.

Records come in part order, each record number once: where two parts print the same number
(a cover's preview rows and the full log attached, a printed log and its attached copy), the
record of the part that yields more records is kept. A record without a number is matched by
its date, type and place. Each record's ``page`` is its page in the whole document."""
from __future__ import annotations

from prr.scrapers.incident_log.log import parse_log
from prr.scrapers.incident_log.logresult import LogResult

_KEY_FIELDS = ("reported_at", "occurred_at", "type", "location")


def _key(rec: dict):
    number = rec.get("record_no") or rec.get("case_no")
    if number:
        return ("number", str(number))
    values = tuple(rec.get(f) for f in _KEY_FIELDS)
    return ("values", values) if any(values) else None


def parse_parts(parts: list[list[str]], progress=None, names: list[str | None] | None = None) -> LogResult:
    """``parse_log`` on each part's page texts, merged (one part: exactly ``parse_log``'s result).
    ``names`` name the parts in the reason (None: the document's own pages)."""
    if len(parts) == 1:
        return parse_log(parts[0], progress)
    names = list(names) if names is not None else [None] + [f"part {i + 1}" for i in range(1, len(parts))]
    results: list[LogResult] = []
    offset = 0
    for texts in parts:
        result = parse_log(texts, progress) if any(t.strip() for t in texts) else \
            LogResult(status="no_records_recognised", reason="no text")
        if result.status == "records":
            for rec in result.records:
                if rec.get("page"):
                    rec["page"] += offset
        else:
            result.records = []
        results.append(result)
        offset += len(texts)

    owner: dict = {}            # record key -> index of the part whose record is kept
    for i, result in enumerate(results):
        for rec in result.records:
            key = _key(rec)
            if key is None:
                continue
            j = owner.get(key)
            if j is None or len(result.records) > len(results[j].records):
                owner[key] = i
    # (within a part, records stay as its reader gave them)
    records = [rec for i, result in enumerate(results) for rec in result.records
               if _key(rec) is None or owner[_key(rec)] == i]

    read = []
    for name, result in zip(names, results):
        label = name or "the document's own pages"
        read.append(f"{label}: {len(result.records)} records" if result.status == "records"
                    else f"{label}: {result.status.replace('_', ' ')}")
    reason = "read in parts (" + "; ".join(read) + ")"
    if records:
        best = max(results, key=lambda r: len(r.records))
        return LogResult(records=records, status="records", reason=reason, layout=best.layout)
    status = "empty_log" if any(r.status == "empty_log" for r in results) else "no_records_recognised"
    return LogResult(status=status, reason=reason)

