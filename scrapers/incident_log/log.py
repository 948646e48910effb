"""``parse_log``: the entry point that picks the reader and says what it found."""
from __future__ import annotations

from itertools import islice

from prr.scrapers.incident_log import anchors as anchor_mod
from prr.scrapers.incident_log import csvrows
from prr.scrapers.incident_log.besideboxes import split_side_by_side
from prr.scrapers.incident_log.blockstarts import band_numbers, gapped_starts, label_anchors, last_block, number_above
from prr.scrapers.incident_log.blocktitles import block_titles
from prr.scrapers.incident_log.captions import read_captioned
from prr.scrapers.incident_log.childrows import child_rows, keep_child_lines
from prr.scrapers.incident_log.citedprose import read_cited_prose
from prr.scrapers.incident_log.closedblocks import number_lines, read_closed_blocks
from prr.scrapers.incident_log.codedjournal import read_coded_journal
from prr.scrapers.incident_log.continued import join_continued_column
from prr.scrapers.incident_log.countedgroups import counted_headings, heading_values
from prr.scrapers.incident_log.daycells import dates_from_day_cells, join_rows_cut_at_page_break
from prr.scrapers.incident_log.diaryclose import read_closed_diary
from prr.scrapers.incident_log.driftrows import read_drifting_rows
from prr.scrapers.incident_log.entries import headed_entries
from prr.scrapers.incident_log.entryresults import (
    closed_entries,
    more_entries,
    numbered_entries,
    relate,
)
from prr.scrapers.incident_log.entrytext import entry_text_fields
from prr.scrapers.incident_log.gcpause import no_cycle_collection
from prr.scrapers.incident_log.grouplines import dated_by_group, group_lines
from prr.scrapers.incident_log.halves import sheet_pages
from prr.scrapers.incident_log.hanging import hanging_lines
from prr.scrapers.incident_log.headedcards import card_spans, read_headed_cards
from prr.scrapers.incident_log.headedsections import read_headed_sections
from prr.scrapers.incident_log.headingdated import case_entries_dated, dated_case_entries
from prr.scrapers.incident_log.headings import location_from_headings, type_from_headings
from prr.scrapers.incident_log.hourrows import date_minute_rows, hour_headings
from prr.scrapers.incident_log.journal import read_journal_cells
from prr.scrapers.incident_log.journalupdates import join_updates
from prr.scrapers.incident_log.keyvalue import read_key_value_lines
from prr.scrapers.incident_log.kindblocks import end_before_others, other_kind_blocks
from prr.scrapers.incident_log.kindsections import case_sections
from prr.scrapers.incident_log.labels import SAMPLE_LINES, detect_labels
from prr.scrapers.incident_log.layoutpage import read_layout_page
from prr.scrapers.incident_log.layoutpasses import settle_by_layout
from prr.scrapers.incident_log.letteredseries import lettered_series
from prr.scrapers.incident_log.listednumbers import split_listed_numbers
from prr.scrapers.incident_log.logresult import MIN_RECORDS, LogResult, is_log, nothing_found, text_lines
from prr.scrapers.incident_log.mixedcolumn import mixed_number_column
from prr.scrapers.incident_log.narrativelead import split_narrative_leads
from prr.scrapers.incident_log.notemarks import drop_note_marks
from prr.scrapers.incident_log.numberagain import split_at_number_label
from prr.scrapers.incident_log.numberplace import open_at_first_lines
from prr.scrapers.incident_log.officersheets import read_officer_sheets
from prr.scrapers.incident_log.oneperincident import one_record_per_incident
from prr.scrapers.incident_log.otherseries import cut_other_series_items
from prr.scrapers.incident_log.overflowlines import keep_overflow_values, overflow_lines
from prr.scrapers.incident_log.overflowsheets import join_overflow_items
from prr.scrapers.incident_log.pagenotes import read_page_notes
from prr.scrapers.incident_log.pagesplits import split_pages
from prr.scrapers.incident_log.parallellabels import read_parallel_labels
from prr.scrapers.incident_log.parse import Doc, LazyContext, _header_lines, find_anchors
from prr.scrapers.incident_log.placeoutcome import places_and_outcomes
from prr.scrapers.incident_log.positionlines import position_starts
from prr.scrapers.incident_log.printedpages import printed_pages
from prr.scrapers.incident_log.readers import id_positions, read_blocks, read_table, read_text
from prr.scrapers.incident_log.readmode import numbers_in_spans, numbers_mid_sentence, read_mode
from prr.scrapers.incident_log.recordspans import spans
from prr.scrapers.incident_log.releasingagency import releasing_agency_only
from prr.scrapers.incident_log.restartedlists import read_restarted_lists
from prr.scrapers.incident_log.rotated import scattered_titles
from prr.scrapers.incident_log.runinlabels import split_run_in_labels
from prr.scrapers.incident_log.secondtier import second_tier
from prr.scrapers.incident_log.sectionrows import section_headings, section_values
from prr.scrapers.incident_log.sections import join_sections
from prr.scrapers.incident_log.sentences import split_sentence_cells
from prr.scrapers.incident_log.serialrows import read_serial_rows
from prr.scrapers.incident_log.servicesections import read_service_sections
from prr.scrapers.incident_log.setoutheads import end_at_set_out_headings
from prr.scrapers.incident_log.slashfields import read_slash_fields
from prr.scrapers.incident_log.sparsecolumn import sparse_number_column
from prr.scrapers.incident_log.statuslines import status_line_records
from prr.scrapers.incident_log.subtable import keep_sub_rows, sub_tables
from prr.scrapers.incident_log.suffixed import read_letter_parts
from prr.scrapers.incident_log.swallowed import read_swallowed_sections
from prr.scrapers.incident_log.tailtimes import cut_tail_times
from prr.scrapers.incident_log.textcols import split_text_columns
from prr.scrapers.incident_log.tworow import named_fields, two_row_pages, two_title_lines
from prr.scrapers.incident_log.unitlines import join_message_lines
from prr.scrapers.incident_log.unnumbered import (
    drop_entries_without_case,
)
from prr.scrapers.incident_log.unreadsections import read_unread_sections
from prr.scrapers.incident_log.yearless import date_yearless_cells


def parse_records(page_texts: list[str], tables_by_page: list | None = None) -> list[dict]:
    """Records of an incident/event log, or [] when the text is not a log."""
    return parse_log(page_texts).records


def parse_log(page_texts: list[str], progress=None) -> LogResult:
    """Records of a log, with a status that says what was found. ``progress(message)``
    is told each stage (a yearly log of thousands of records takes a few seconds)."""
    with no_cycle_collection():
        page_texts, sheets = printed_pages(page_texts)     # the log's pages as its rows stand
        # sections of several services, each under its title, numbered and written its own
        # way: each read alone (servicesections.py); a layout that changes partway: the
        # rest read again on its own (sections.py)
        result = read_service_sections(page_texts, lambda pages: join_sections(pages, _read_log(pages), _read_log)) or \
            join_sections(page_texts, _read_log(page_texts, progress), _read_log)
        # sections pasted from other templates under the document's own headings: each read alone
        result = read_headed_sections(page_texts, result, _read_log)
        # a section of another layout between two of the first, swallowed into one record:
        # read again alone (swallowed.py)
        result = read_swallowed_sections(page_texts, result, _read_log)
        # lines opened by a year-serial shaped like a range ("25-118"), their separators
        # and dates changing under each new header: one record a line (serialrows.py)
        result = read_serial_rows(page_texts, result)
        # sheets of numbered lists (restartedlists.py), time-led prose citing incident numbers (citedprose.py)
        result = read_cited_prose(page_texts, read_restarted_lists(page_texts, result))
        # officers' sheets one after the other, an incident on the sheet of each officer who
        # worked it beside lines of other work: each incident once (officersheets.py)
        result = read_officer_sheets(page_texts, result, _read_log)
        # numbers printed again (supplements, unit status lines, update sections, a case
        # listed again) or for something else (a table after the log's count): each
        # incident once (oneperincident.py)
        result.records = one_record_per_incident(result.records, page_texts, result.layout)
        # a dispatch centre's log of every agency it serves, released by one department
        # named at its head: that department's calls only (releasingagency.py)
        result.records = releasing_agency_only(result.records, page_texts)
        # an entry for a group of incidents ("A thru B", "A, B and C"): one record each (listednumbers.py)
        result.records = split_listed_numbers(result.records)
        # marks after values explained at the page's foot: a number given only in its note,
        # the notes no record's text (pagenotes.py)
        read_page_notes(result.records, page_texts)
        # labels and values printed in several languages, joined by slashes: one field each,
        # read in the labels' known language (parallellabels.py)
        read_parallel_labels(result.records)
        block_titles(result.records, result.layout)     # a type under the number, a dotted tail (blocktitles.py)
        entry_text_fields(result.records, page_texts)     # values only in an entry's text (entrytext.py)
        cut_tail_times(result.records)      # an unlabelled date-time closing a labelled value (tailtimes.py)
        # "5. PR-0735 - ..." run on under an incident's item: cut last, the values read as they were
        cut_other_series_items(result.records)
        # pages after the first record holding none: other offices' logs bundled in one
        # packet, each in its own layout and numbering, read alone (unreadsections.py)
        result = read_unread_sections(page_texts, result, parse_log)
        if sheets is not None:
            sheet_pages(result.records, sheets)
        return result


def _read_log(page_texts: list[str], progress=None) -> LogResult:
    pairs = read_key_value_lines(page_texts)      # one line of KEY=value pairs per event
    # (or one message of LABEL/value/ fields run together per event: slashfields.py)
    result = LogResult(pairs, "records", None, "key=value lines") if pairs else \
        read_slash_fields(page_texts) or read_captioned(page_texts) or csvrows.read_printed_csv(page_texts) or \
        read_layout_page(page_texts) or _parse_log(page_texts, progress)
    if result.status == "no_records_recognised":
        # coded entry lines, no column titles: the lines opening incidents (codedjournal.py)
        result = read_coded_journal(page_texts) or result
    settled = settle_by_layout(result, page_texts)
    if settled.status == "no_records_recognised" and (columns := split_text_columns(page_texts)):
        # paragraphs set in text columns: the paragraph readers see them column by column, as
        # the readers above saw them (``textcols.py``), not two columns' lines mixed across
        again = settle_by_layout(result, columns)
        if again.status == "records":
            return again
    return settled


def _parse_log(page_texts: list[str], progress=None, joined: bool = False) -> LogResult:
    say = progress or (lambda message: None)
    say(f"incident-log records: looking for the record signal in {len(page_texts)} pages")
    doc = Doc.from_pages(page_texts)
    # pages in columns (a calendar, newspaper columns, records side by side): in reading order
    columns = split_pages(doc, page_texts)
    if columns is not None:
        doc = Doc.from_pages(columns)
    # the labels are chosen on the first lines only: no pass over a whole yearly log here
    first_skip = doc.skip
    sample = list(islice(text_lines(doc, first_skip), SAMPLE_LINES))
    if not sample:
        return LogResult(status="no_records_recognised", reason="the document has no text")
    labels = detect_labels(sample)
    # labelled boxes side by side (tooltips captured in pairs): one after another (besideboxes.py)
    beside = split_side_by_side(doc, labels, columns or page_texts) if labels is not None else None
    if beside is not None:
        doc = Doc.from_pages(beside)
    found = find_anchors(doc, labels)
    if doc.closed and found is not None and len(set(found.lines) - set(doc.closed)) <= 0.1 * len(found.lines):
        # prose entries each closed by its number after one word ("... Log 1236."): the
        # numbers end the entries, they open none (labelledclose.py)
        closed = closed_entries(doc)
        if closed is not None:
            return closed
    # a number on every line, and beside it another on each record's first line only:
    # the lines are persons (charges, vehicles) of the record the second number opens
    sparse = sparse_number_column(doc, found)
    if sparse is not None:      # (a page opening with the last record's lines: passed over to its titles)
        found, carried = sparse
        doc.apart = doc.apart | carried
    mixed_number_column(doc, found)     # each agency's numbers as issued, in one column
    lettered_series(doc, found)         # several series in one column, each after its letters
    # a joint call's other numbers on marked lines set in under its row: the row's, no rows
    children = child_rows(doc, found)
    # a listing of two tiers, the second line's number of the incident's shape under the
    # first's: the second lines are the record's, not records (secondtier.py)
    second_tier(doc, found)
    # entries led by a time, their text hanging, numbered inside: looked for (one regular
    # expression) where no signal but numbers lining up by chance is found: a column of them,
    # or a series of them ending lines (an outcome's notice number wrapped to a line end)
    hanging = hanging_lines(doc) if found is None or found.kind in ("id_column", "id_series") else []
    few = found is None or len(found.lines) < MIN_RECORDS
    if few or len(hanging) > 2 * len(found.lines):
        # entries of every kind, some citing the case number: those are the records, dated by
        # the day heading above them (headingdated.py); no signal, or twice as many time-led
        # entries as lined-up numbers (the numbers are the chance, unless the entries' closing
        # numbers delimit as many: they are read so)
        hanging, more = case_entries_dated(doc, hanging, closed_entries(doc))
        if few:
            # entries closed by a year-and-serial number the id finder cannot tell
            return more if more is not None else read_closed_diary(doc) or nothing_found(
                doc, first_skip, "no repeating record signal: no column of record numbers, no rows starting "
                                 "with a date or time, no labels repeating per record")
        if more is not None and more.records and len(more.records) >= len(hanging):
            return more
    elif len(hanging) >= len(found.lines) and len(set(found.lines) - set(hanging)) <= 0.1 * len(found.lines) \
            and numbers_mid_sentence(doc, found):
        # the lined-up numbers stand on nearly only entry-opening lines, and the entries are
        # as many or more: numbers inside sentences line up by chance (the ones that wander
        # are lost), and the entries' sentences, not columns, hold their values
        more = more_entries(doc, hanging, None)
        if more is not None and len(more.records) >= len(hanging):
            return more
    # a number on a record's last line, or on its second when it wraps: opened at the first
    found = open_at_first_lines(doc, found) or found
    read_letter_parts(doc, found)          # "2025-001876-A": the letter part is the number's
    drop_note_marks(doc, found)            # "LX-4410712": a footnote's raised 12 glued to LX-44107
    mode = read_mode(doc, found, labels)
    if mode == "blocks" and found.kind != "labels":
        # blocks start at their first label: records without a number still start one
        # (and a block's other numbers, a case number under the event number, are not records)
        by_label = label_anchors(doc, labels)
        if len(by_label) >= MIN_RECORDS:
            banded = band_numbers(doc, by_label, found.ids, labels)
            found = anchor_mod.Anchors("labels", sorted(banded), banded) if banded else \
                anchor_mod.Anchors("labels", number_above(doc, by_label, found.ids, labels), found.ids)
    if mode == "blocks" and found.kind == "labels":     # a label line above the starting label's
        found.lines = gapped_starts(doc, found.lines, labels)
        # "Record 12 of 80" over each block: its first line; the same resumed after a break, none
        found.lines = position_starts(doc, found.lines)
    # blocks of another kind sharing the records' labels, their number under a label of their own
    if (kinds := other_kind_blocks(doc, found.lines, labels) if mode == "blocks" and found.kind == "labels" else None):
        found.lines = kinds[0]
    # rows printing the minute only under a heading per hour: the headings are no row's text
    hours = hour_headings(doc, found.lines) if mode == "table" else {}
    if hours:       # skipped by the rows, and passed over looking for the header above them
        doc.skip, doc.apart = doc.skip | set(hours), doc.apart | set(hours)
    # rows under headings that count them ("PREMISES: 40 Bluff St ... Events: 5"): the same
    # or headings of sections an incident is listed again under (by person): the same (sectionrows.py)
    groups = counted_headings(doc, found.lines) or section_headings(doc, found) if mode == "table" else {}
    if groups:
        doc.skip, doc.apart = doc.skip | set(groups), doc.apart | set(groups)
    header_skip, headers = _header_lines(doc, found.lines) if mode != "blocks" else (set(), {})
    if mode == "table" and not headers:     # no title line: titles printed turned, if any
        headers = scattered_titles(doc, found.lines)
    doc.skip = doc.skip | (header_skip - set(found.lines))     # a new set: ``first_skip`` stays
    # a record wider than the printer's line: its last column alone on the next line at the
    # margin, under a header whose last title is printed so (overflowlines.py)
    overflow = overflow_lines(doc, found, headers) if mode == "table" else None
    record_spans = spans(doc, found.lines, mode, by_label=found.kind == "labels", hanging=found.kind == "margin_time")
    set_out = None
    if mode == "table":     # one small table per kind of entry: only those titled with a case field
        record_spans = case_sections(doc.lines, record_spans, first_skip) or record_spans
        # rows set in under a heading per run (a train run, a trip): each ends at the next heading
        set_out = end_at_set_out_headings(doc, record_spans)
        record_spans = set_out or record_spans
    if mode == "blocks" and labels.margin and record_spans:
        record_spans[-1] = last_block(doc, record_spans, labels)
    if kinds:
        record_spans = end_before_others(record_spans, kinds[1])
    if mode == "blocks" and found.kind == "labels" and record_spans:
        # a block printing its number label again, new number and labels under it: one
        # record each (a release reporting several incidents) (numberagain.py)
        record_spans = split_at_number_label(doc, record_spans, found.ids, labels) or record_spans
    numbers = numbers_in_spans(found, record_spans)
    if not numbers:
        numbers = anchor_mod.first_ids(doc.lines, record_spans, doc.ids) or {}
    context = LazyContext(doc)
    if mode == "table":     # a group's header and tally between untitled rows, or a titled table's sections
        grouped = group_lines(doc, record_spans, headers)
        if grouped or set_out:      # (set-out headings stand between the rows: dated the same)
            doc.skip = doc.skip | grouped
            context = dated_by_group(doc, record_spans, grouped, context)
    say(f"incident-log records: reading {len(record_spans)} records ({found.kind.replace('_', ' ')}, {mode})")
    if mode == "blocks":
        records = read_blocks(doc, record_spans, labels, numbers, context)
    elif mode == "table":
        sub = sub_tables(doc, record_spans, headers)       # a small table under each row: not its cells
        records = read_table(doc, sub[0] if sub else record_spans, numbers, id_positions(doc, found), headers,
                             context)
        if sub:
            keep_sub_rows(records, sub, record_spans, doc)
        keep_overflow_values(doc, records, record_spans, overflow)
        keep_child_lines(records, record_spans, children, doc)
        type_from_headings(doc, record_spans, records)
        location_from_headings(doc, record_spans, records)
        heading_values(record_spans, records, groups)     # "PREMISES: 40 Bluff St" over rows with no place
        section_values(record_spans, records, groups)     # the row's section, its repeats joined later
        join_continued_column(doc, found, records)
        read_journal_cells(records, record_spans, context)     # "0258 Type, place. ... Outcome." beside its number
        split_narrative_leads(records)          # "Ofc 1461 / Clr AO - <narrative>" under each row
        places_and_outcomes(records)            # "@ 120 Oak St -- Report Taken" under each row
        if found.kind not in ("margin_time", "id_series"):
            split_sentence_cells(records)       # one untitled cell: "Type, place. Disposition."
        date_yearless_cells(records, page_texts)     # "10/22 00:31": the year is the title's
        date_minute_rows(doc, record_spans, records, hours)     # ":05" under "1400 HOURS ... 11/22/2025"
    else:
        records = read_text(doc, record_spans, numbers, context)
    if mode == "blocks":        # "LOC 7091 HOLLIN CT DSP REF": the outcome's own label
        split_run_in_labels(records)
        date_yearless_cells(records, page_texts)     # "When: Sat 6 Apr @ 1009": the year is the title's
    relate(doc, records, record_spans)
    # items after the log carrying the rest of a cell cut with a mark naming them ("(cont. C-1)")
    join_overflow_items(doc, records, record_spans)
    join_updates(doc, doc.updates, records)     # a journal's later lines on a record
    # (judged on the entries with a case number where the others print "Case No.: none":
    # a booking's block has no type or place; they are left out at the end, ``_read_log``)
    judged = drop_entries_without_case(records) if mode == "blocks" else records
    if not is_log(judged, "text" if found.kind in ("margin_time", "id_series") else mode):
        # not a table after all: the counted headings are the other readers' to see again
        doc.skip, doc.apart = doc.skip - set(groups), doc.apart - set(groups)
        # items apart by blank lines, each closing with its number: values named by what they are
        closing = number_lines(doc, record_spans, numbers) if found.kind == "id_column" else None
        items = read_closed_blocks(doc, record_spans, numbers, closing, context) if closing else []
        if is_log(items, "text"):
            relate(doc, items, record_spans)
            return LogResult(items, "records", None, "list items")
        # a table whose records take two printed rows: the rows joined, read as one
        two_rows = two_row_pages(doc, record_spans, headers) if mode == "table" and not joined else None
        if two_rows is not None:
            result = _parse_log(two_rows, progress, joined=True)
            if result.status == "records":
                return result
        # each row a card: number, type and status over a place and a timeline (``headedcards.py``)
        cards = read_headed_cards(doc, record_spans, numbers, context) if mode == "table" else None
        if cards and is_log(cards, "blocks"):
            relate(doc, cards, card_spans(doc, record_spans, numbers))
            return LogResult(cards, "records", None, "labelled blocks")
        # numbers that open entries of prose ("2025-10411" over a heading and a narrative,
        # "Case 25-04024 — Theft. Around ..."): one record per entry, whatever it carries
        # or close them ("... found safe. [25-018217]"): the numbers delimit the entries
        # where more of them sit consistently
        # or margin times under headings giving the date: the entries citing the case number (headingdated.py)
        entries = more_entries(doc, hanging, numbered_entries(doc, found, context, first_skip)) \
            or dated_case_entries(doc, found)
        if entries is not None:
            return entries
        # messages citing an incident's number in their text, several each: one record a number
        messages = join_message_lines(records) if mode == "table" and not joined else None
        if messages is not None and is_log(messages):
            return LogResult(messages, "records", None, "table")
        # a photographed table, its columns drifting line to line: each row by its own gaps
        drift = read_drifting_rows(doc, record_spans, numbers, context, headers) \
            if mode == "table" and found.kind == "id_column" else None
        if drift is not None and is_log(drift):
            relate(doc, drift, record_spans)
            return LogResult(drift, "records", None, "table")
        unlike = ", and the numbers do not open entries of similar length" if found.ids else ""
        return nothing_found(doc, first_skip, f"{len(records)} repeating {found.kind.replace('_', ' ')} entries found, "
                                    f"but they carry no type, date or place{unlike}")
    if mode == "table" and headed_entries(doc, record_spans[:50]):
        # each record is a line of cells (number, type, date-time), a line of values under
        # it and lines of prose: entries, not table rows (the narrative runs across any
        # columns); looked at on the first 50 records only
        entries = numbered_entries(doc, found, context, first_skip)
        if entries is not None:
            return entries
    if mode == "table" and not joined:
        paired = two_title_lines(doc, record_spans, headers, records,
                                 lambda pages: _parse_log(pages, progress, joined=True))
        if paired is not None:
            return paired
        history = status_line_records(doc, record_spans, headers, numbers, context)
        if history is not None and named_fields(history) > named_fields(records):
            relate(doc, history, record_spans)
            records = history
    if mode == "table":
        join_rows_cut_at_page_break(records)     # "PF25-0666 (cont.)" under the next page's header
        dates_from_day_cells(records)            # a day's date printed once, mid-day, in a merged cell
    layout = {"blocks": "labelled blocks", "table": "table", "text": "free text"}[mode]
    return LogResult(records, "records", None, layout)

