"""Entries read by where their numbers and times put them (opening, closing, hanging under a
time, labels stacked above values), each kept as a result only when the records make a log."""
from __future__ import annotations

from prr.scrapers.incident_log.closing import closed_by_trailers, closing_anchors, read_closing_entries
from prr.scrapers.incident_log.entries import entry_spans, opening_anchors, read_entries, text_hangs_under
from prr.scrapers.incident_log.hanging import read_hanging_entries
from prr.scrapers.incident_log.logresult import MIN_RECORDS, LogResult, is_log
from prr.scrapers.incident_log.openednumber import numbers_open_records
from prr.scrapers.incident_log.parse import Doc, LazyContext
from prr.scrapers.incident_log.readers import related_numbers
from prr.scrapers.incident_log.stacked import form_label_lines, read_stacked


def relate(doc: Doc, records: list[dict], record_spans) -> None:
    """Each record's other numbers in its span (not its own record or case number)."""
    ids = doc.ids
    for rec, span in zip(records, record_spans):
        if span[1] == span[0] + 1:      # (a record of one line, a yearly log's rows: no number
            line_ids = ids[span[0]]     # on it, or its own alone, told without a call)
            if not line_ids or len(line_ids) == 1 and line_ids[0][1] in (rec.get("record_no"), rec.get("case_no")):
                rec["related_numbers"] = []
                continue
        own = {rec.get("record_no"), rec.get("case_no")}
        if rec.get("record_no") and " " in rec["record_no"]:
            # "25-0451 OPD", "AR 23-00412": its number beside its series' letters
            own.update(rec["record_no"].split(" "))
        rec["related_numbers"] = related_numbers(doc, span, own)


def numbered_entries(doc: Doc, found, context, first_skip: set[int] | None = None) -> LogResult | None:
    """Free-text entries delimited by their numbers: opened by them, or closed by them when
    more numbers close entries than open them (a number cited in a sentence and wrapped to
    a line's start opens no entry). Blocks of labels printed above their values first."""
    if found.ids:
        # the label lines were taken for a table's header rows: read with the page furniture only
        stacked = stacked_blocks(doc, found, context, doc.skip if first_skip is None else first_skip)
        if stacked is not None:
            return stacked
    opening = opening_anchors(doc, found) if found.ids else []
    closing = closing_anchors(doc)
    if (len(closing) > len(opening) or closing and closed_by_trailers(doc, closing)) and not text_hangs_under(doc, closing):
        return closed_entries(doc, context)
    entries = read_entries(doc, found, opening, context) if found.ids else None
    if not entries:
        return closed_entries(doc, context)
    relate(doc, entries, entry_spans(doc, opening))
    return LogResult(entries, "records", None, "free text")


def more_entries(doc: Doc, starts: list[int], result: LogResult | None) -> LogResult | None:
    """Entries led by a time whose text hangs at a deeper indent, numbered inside
    (``hanging.py``), when they are more than the records read otherwise (numbers in
    sentences line up by chance in a few entries, or open or close only some)."""
    have = len(result.records) if result is not None else 0
    if len(starts) < MIN_RECORDS or len(starts) <= have:
        return result
    hanging = read_result(doc, read_hanging_entries(doc, starts, LazyContext(doc)), "free text", "text")
    # (the routine entries citing no number dropped, they may be no more than those read
    # otherwise; as many, each opened by its number at one place, were told apart from the
    # routine notes the other reading ran into them: ``openednumber.py``)
    if hanging is None or len(hanging.records) < have:
        return result
    if len(hanging.records) > have or len(hanging.records) < len(starts) and numbers_open_records(hanging.records):
        return hanging
    return result


def stacked_blocks(doc: Doc, found, context, skip: set[int]) -> LogResult | None:
    """Blocks of labels printed above their values (``stacked.py``)."""
    saved, doc.skip = doc.skip, skip
    try:
        read = read_stacked(doc, found.ids, context)
        if read is None:        # one form a page: its label lines repeat as a page header does
            labels = form_label_lines(doc, found.ids)
            if labels:
                doc.skip = skip - labels
                read = read_stacked(doc, found.ids, context)
        return read_result(doc, read, "labelled blocks", "blocks")
    finally:
        doc.skip = saved


def closed_entries(doc: Doc, context=None) -> LogResult | None:
    """Entries closed by their number ("... found safe. [25-018217]"), tried last."""
    return read_result(doc, read_closing_entries(doc, context or LazyContext(doc)), "free text", "text")


def read_result(doc: Doc, read, layout: str, kind: str) -> LogResult | None:
    """A reader's ``(records, spans)``, each record related to its span's other numbers, as
    a result in ``layout`` when the records make a log (``is_log`` read as ``kind``)."""
    if read is None:
        return None
    records, record_spans = read
    relate(doc, records, record_spans)
    return LogResult(records, "records", None, layout) if is_log(records, kind) else None
