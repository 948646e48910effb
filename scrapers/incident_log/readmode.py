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
    (a table's header row names its columns once per page, not per row, and a cell's
    lead-in word stands on some rows only)."""
    if labels is not None:
        by_label = label_anchors(doc, labels)
        if len(by_label) >= 0.5 * len(found.lines) and not sheet_header(doc, by_label, found) \
                and not cell_lead_in(doc, by_label, found, labels):
            return "blocks"
    if found.kind == "id_series":
        return "text"
    return "table"


def sheet_header(doc: Doc, by_label: list[int], found) -> bool:
    """The label stands once on every page, over pages of several numbered rows (a form's
    "Date of Log:" on each day's sheet): a page header, not one record's label."""
    pages = [doc.pages[i] for i in by_label]
    return len(set(pages)) == len(pages) == len(set(doc.pages)) and len(found.lines) >= 1.3 * len(pages)


def cell_lead_in(doc: Doc, by_label: list[int], found, labels) -> bool:
    """The block label stands on only some numbered rows, on the row's own line right of
    the number, where the other rows start a cell of their own at the same place (a
    category column reading "Founded: neglect of duty" on some rows and "Vehicle pursuit"
    on the others): the lead-in of a table cell's value, not a label opening a block
    (that one comes back on nearly every record)."""
    if found.kind != "id_column" or len(by_label) >= 0.9 * len(found.lines):
        return False
    hits, lines, ids = doc.label_hits(labels), doc.lines, found.ids
    where: dict[int, int] = {}      # page -> the label's column there
    for i in by_label:
        number = ids.get(i)
        at = [h[2] for h in hits.get(i, ()) if h[0] == labels.anchor]
        if number is None or not at or at[0] < lines[i].find(number) + len(number) + 2 or \
                where.setdefault(doc.pages[i], at[0]) != at[0] or lines[i][at[0] - 2:at[0]] != "  ":
            return False
    labelled = set(by_label)
    others = [i for i in found.lines if i not in labelled and doc.pages[i] in where]

    def cell_starts(i: int) -> bool:        # a word right after a gap, where the label is
        x = where[doc.pages[i]]
        return lines[i][x - 2:x + 1].startswith("  ") and lines[i][x:x + 1].strip() != ""
    return bool(others) and sum(map(cell_starts, others)) >= 0.8 * len(others)
