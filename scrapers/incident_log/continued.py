"""A table too wide for its page: the last column printed on pages of its own after
the rows (an Excel print-out). Joined back when the pages line up one to one."""
from __future__ import annotations

from prr.scrapers.incident_log.columns import is_title_line
from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import squash


def join_continued_column(doc, found, records: list[dict]) -> None:
    if not records:
        return
    record_pages = sorted({r["page"] for r in records})
    last = max(doc.pages) if doc.pages else 0
    trailing = [p for p in range(record_pages[-1] + 1, last + 1)]
    if len(trailing) != len(record_pages) or any(p in record_pages for p in trailing):
        return
    per_page: dict[int, list[dict]] = {}
    for r in records:
        per_page.setdefault(r["page"], []).append(r)
    lines_of: dict[int, list[str]] = {}
    for i, ln in enumerate(doc.lines):
        if ln.strip() and i not in doc.skip:
            lines_of.setdefault(doc.pages[i], []).append(ln.strip())
    plan = []
    title = None
    for src, extra in zip(record_pages, trailing):
        vals = lines_of.get(extra, [])
        if vals and is_title_line(vals[0]) and len(vals) == len(per_page[src]) + 1:
            title = title or squash(vals[0])
            vals = vals[1:]
        if len(vals) != len(per_page[src]) or any("  " in v for v in vals):
            return
        plan.append((src, vals))
    title = title or "continued column"
    col = column_for(title)
    for src, vals in plan:
        for rec, value in zip(per_page[src], vals):
            rec["fields"][title] = value
            if col and rec.get(col) is None and col not in ("reported_at", "occurred_at"):
                rec[col] = value
