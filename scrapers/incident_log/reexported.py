"""Reports exported again in full, amended: one record, the amended values.

A records system's export lists its entries in the order they were made, each block headed
by the entry's own number (a running count of the system's entries, not the incident's)
with the report's number labelled inside it (``casenumber.py`` reads it as ``case_no``).
A report amended after it was entered is exported again, later among other entries, as a
block of its own: a new entry number, the same report number, every value printed again
(some of them changed) and a line citing the entry it amends. Read block by block, the
incident counts twice, and the report number repeats, so it looked like no case series.

Told from the records read, not from any word of the citing line: a later block carrying
the case number of an earlier block, its own entry number of the earlier one's series, and
citing that earlier block's entry number among its numbers; the entry numbers of another
shape than the case numbers (blocks opened by their case number are another layout). A case
number repeated without such a citation (a log that numbers two series alike, a call
reopened) is left as read. The joined record stands where the first block stood, under its
entry number; the later block's values supersede (it is the report as amended), its entry
number related.
Cheap: where no case number comes twice (most logs), nothing else is looked at.
"""
from __future__ import annotations

from prr.scrapers.incident_log.record import COLUMNS
from prr.scrapers.incident_log.text import shape

MAX_SHARE = 0.5     # of the blocks: amended exports are fewer than the reports they amend
_PUNCT = ";,.:"     # a value's closing mark, read with it


def amended_exports(pairs: list[tuple[dict, str]]) -> dict[int, int]:
    """Index of each later block amending an earlier one -> the earlier one's index, among
    (record, its case number) pairs in the order read; {} where none or too many."""
    earlier: dict[str, list[int]] = {}
    out: dict[int, int] = {}
    for k, (rec, number) in enumerate(pairs):
        before = earlier.setdefault(number, [])
        own, related = rec.get("record_no"), rec.get("related_numbers") or ()
        # an earlier block's entry number cited (the first's, or an amendment's before it),
        # of the later block's own series, a series of other numbers than the case numbers
        # (a block opened by a case number citing another case is no amendment)
        if before and own and shape(own) != shape(number.strip(_PUNCT)):
            cited = {pairs[j][0].get("record_no") for j in before} - {None, own}
            if any(shape(n) == shape(own) and n in related for n in cited):
                out[k] = before[0]
        before.append(k)
    return out if len(out) <= MAX_SHARE * len(pairs) else {}


def _amended(rec: dict, later: dict) -> dict:
    """``rec`` with ``later``'s printed values over its own."""
    joined = dict(rec)
    for key in COLUMNS[2:]:
        if later.get(key):
            joined[key] = later[key]
    joined["occurred_to"] = later.get("occurred_to") or rec.get("occurred_to")
    joined["offences"] = list(later.get("offences") or rec.get("offences") or ())
    fields = rec.get("fields") or {}
    # (the entry number's own label keeps the first block's: the record stands under it)
    joined["fields"] = {**fields, **{k: v for k, v in (later.get("fields") or {}).items()
                                     if v and fields.get(k) != rec.get("record_no")}}
    own = {rec.get("record_no"), rec.get("case_no")}
    related = [*(rec.get("related_numbers") or ()), later.get("record_no"), *(later.get("related_numbers") or ())]
    joined["related_numbers"] = [n for n in dict.fromkeys(related) if n and n not in own]
    joined["raw"] = "\n".join(r for r in (rec.get("raw"), later.get("raw")) if r)
    return joined


def join_amended_exports(records: list[dict], layout: str | None) -> list[dict]:
    """``records`` with each amended export joined to the block it amends."""
    if layout != "labelled blocks":
        return records
    pairs = [(r, r["case_no"]) for r in records if r.get("case_no") and r.get("record_no")]
    seen: set[str] = set()
    if not any(n in seen or seen.add(n) for _, n in pairs):
        return records
    amends = amended_exports(pairs)
    if not amends:
        return records
    at = {id(r): k for k, r in enumerate(records)}
    joined: dict[int, dict] = {}
    for k in sorted(amends):        # in export order: a second amendment over the first
        j = at[id(pairs[amends[k]][0])]
        joined[j] = _amended(joined.get(j, records[j]), pairs[k][0])
    gone = {at[id(pairs[k][0])] for k in amends}
    return [joined.get(k, r) for k, r in enumerate(records) if k not in gone]
