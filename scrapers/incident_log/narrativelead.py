"""A table's narrative line led by the same labelled values on nearly every record
("Ofc 1461 / Clr AO - entry by pried rear door"): the lead is set apart, the text after
the dash is the summary. Told from the records themselves: nearly every narrative holds
" - " and opens with one and the same word."""
from __future__ import annotations

from collections import Counter

MIN_SHARE = 0.8


def split_narrative_leads(records: list[dict]) -> None:
    """In place: each summary that opens with the common lead loses it (kept as ``lead``)."""
    told = [r["summary"] for r in records if r.get("summary")]
    if len(told) < 3 or len(told) < 0.5 * len(records):
        return
    heads = Counter(t.split()[0] for t in told if " - " in t)
    if not heads:
        return
    head, n = heads.most_common(1)[0]
    if n < MIN_SHARE * len(told):
        return
    for rec in records:
        text = rec.get("summary") or ""
        lead, dash, rest = text.partition(" - ")
        if dash and rest.strip() and lead.split()[0] == head and len(lead.split()) <= 8:
            rec["summary"] = rest.strip()
            rec.setdefault("fields", {})["lead"] = lead.strip()
