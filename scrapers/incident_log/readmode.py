"""How a log's lines are read once its record signal is found: as labelled blocks, a table
or free text, and where each record's number stands among its lines."""
from __future__ import annotations

from prr.scrapers.incident_log.blockstarts import label_anchors
from prr.scrapers.incident_log.parse import Doc


def numbers_mid_sentence(doc: Doc, found) -> bool:
    """Nearly every lined-up number closes a sentence with words after it on its line
    ("... RPT 25-A01188. SEDAN TAKEN ..."): it stands inside the entry's sentences (a column
    of numbers ends its line, or has a cell after it)."""
    inside = 0
    for i, number in found.ids.items():
        after = doc.lines[i].partition(number)[2]
        inside += after[:2] in (". ", "; ", ", ") and len(after.split()) >= 2
    return inside >= 0.8 * len(found.ids)


def numbers_in_spans(found, record_spans) -> dict[int, str]:
    """Record k's number: the number-column value inside its lines."""
    out: dict[int, str] = {}
    lines = sorted(found.ids)
    j = 0
    for k, (s, e) in enumerate(record_spans):
        while j < len(lines) and lines[j] < s:
            j += 1
        if j < len(lines) and lines[j] < e:
            out[k] = found.ids[lines[j]]
    return out


def read_mode(doc: Doc, found, labels) -> str:
    """Labelled blocks when the label starting each block is there about once per record
    (a table's header row names its columns once per page, not per row)."""
    if labels is not None:
        by_label = label_anchors(doc, labels)
        if len(by_label) >= 0.5 * len(found.lines) and not sheet_header(doc, by_label, found):
            return "blocks"
    if found.kind == "id_series":
        return "text"
    return "table"


def sheet_header(doc: Doc, by_label: list[int], found) -> bool:
    """The label stands once on every page, over pages of several numbered rows (a form's
    "Date of Log:" on each day's sheet): a page header, not one record's label."""
    pages = [doc.pages[i] for i in by_label]
    return len(set(pages)) == len(pages) == len(set(doc.pages)) and len(found.lines) >= 1.3 * len(pages)
