"""The passes that settle a log's records once a reader has read them, chosen by the layout
read: labelled blocks, tables, free text and numbered paragraphs each have their own ways of
printing one incident twice or a value out of place; the passes for every layout follow."""
from __future__ import annotations

from prr.scrapers.incident_log import closingparas, dayfirst, dayofyear, multiseries, paras, prefixid, seriesentries
from prr.scrapers.incident_log.bandnumber import own_numbers_under_bands
from prr.scrapers.incident_log.bandrows import rows_under_bands
from prr.scrapers.incident_log.cardhead import read_card_heads
from prr.scrapers.incident_log.casenumber import labelled_case_numbers
from prr.scrapers.incident_log.citedentries import join_cited_entries
from prr.scrapers.incident_log.closedrows import closing_rows
from prr.scrapers.incident_log.closingref import read_closing_references
from prr.scrapers.incident_log.closingseries import read_closing_series
from prr.scrapers.incident_log.codecolumn import coded_rows
from prr.scrapers.incident_log.continuedblocks import join_continued_blocks
from prr.scrapers.incident_log.countedcolumn import counted_case_column
from prr.scrapers.incident_log.entrystructure import entry_structure
from prr.scrapers.incident_log.labelledparas import fill_labelled_lines
from prr.scrapers.incident_log.logresult import LogResult
from prr.scrapers.incident_log.offencelist import listed_offences
from prr.scrapers.incident_log.openingrows import opening_rows
from prr.scrapers.incident_log.otherseries import drop_other_series_entries
from prr.scrapers.incident_log.sepparts import read_separated_parts
from prr.scrapers.incident_log.seriestally import counted_series
from prr.scrapers.incident_log.spacedid import spaced_numbers
from prr.scrapers.incident_log.splitid import join_split_numbers
from prr.scrapers.incident_log.ticketparts import split_ticket_parts
from prr.scrapers.incident_log.titleparts import split_titled_parts
from prr.scrapers.incident_log.unnumbered import (
    drop_blocks_without_number_label,
    drop_entries_without_case,
    drop_unnumbered_rows,
)
from prr.scrapers.incident_log.yearspaced import year_spaced_numbers


def settle_by_layout(result: LogResult, page_texts: list[str]) -> LogResult:
    """``result`` as read, its records settled by the passes of its layout."""
    if result.status == "records" and result.layout == "labelled blocks":
        listed_offences(result.records)     # "Charges:" over one offence a line
        read_card_heads(result.records)     # "NUMBER  Type  • Status" over a card's labelled lines
        split_ticket_parts(result.records)  # "Resolved (Assisted)", "» Comment by ..." under the text
        # status reports, requests, notices among the entries that close with a case number
        result.records = drop_blocks_without_number_label(result.records)
    if result.status == "records" and result.layout in ("table", "free text"):
        # a journal's time-led entries, those opening a record closed by its number: those only;
        # or opened by a number new to a series, later ones citing it following it up (openingrows.py)
        result.records = closing_rows(result.records) or opening_rows(result.records) or result.records
    if result.status == "records" and result.layout == "table":
        result.records = drop_unnumbered_rows(result.records)     # service calls between the cases
        # every call numbered, some a case in a column of its own: the counted ones are the records
        result.records = counted_case_column(result.records, page_texts)
        # every activity in one table, a code column and its legend naming the incidents' code
        result.records = coded_rows(result.records, page_texts)
        split_titled_parts(result.records)      # "Units / Dispo": units, then "DISPO <disposition>"
    if result.status == "records" and result.layout == "free text":
        entry_structure(result.records, page_texts)
    if result.status == "records":
        spaced_numbers(result.records)      # "E 254 418 213": the number, not its label's whole value
        # a number printed in two columns (year, serial), or after its letters: joined as the document cites it
        split = join_split_numbers(result.records, page_texts)
        if not split:
            year_spaced_numbers(result.records)     # "25 004413": the year one space before the serial
            prefixid.joined(result)         # joins in place; it leaves nothing unsure
        result.reason = split or result.reason
        labelled_case_numbers(result.records)   # "CASE NO ..." inside an event opened by its event number
        own_numbers_under_bands(result.records, page_texts)     # a call number's band over the block's own number
    result = paras.numbered_paragraphs(page_texts, result)
    if result.layout == "numbered paragraphs":
        # a heading repeating the number of the paragraph below it opens that paragraph
        result.records = join_continued_blocks(result.records)
        fill_labelled_lines(result.records)     # each typist's own labels
    if result.status == "records" and result.layout in ("numbered paragraphs", "labelled blocks"):
        # a call's band over a titled row per service's report: the rows are the records
        result.records = rows_under_bands(result.records) or result.records
    # entries run together in paragraphs, each citing a number of one series anywhere
    result = seriesentries.read_series_entries(page_texts, result)
    # time-led entries of several agencies, each citing its agency's own series
    result = multiseries.read_multi_series(page_texts, result)
    # paragraphs closed by their own number, each district numbering in its own series
    result = read_closing_series(page_texts, result)
    result = closingparas.closing_posts(page_texts, result)     # posts whose last line cites the number
    result = dayfirst.read_day_first(result, page_texts)     # "13/10/2025"
    result = dayofyear.read_days_of_year(result, page_texts)     # "25286 0319", "2025-286 1039 hrs"
    if result.status == "records":          # "date time NUMBER what / where / narrative / outcome"
        read_separated_parts(result.records)
        # bookings, papers, calls printing "Case No.: none" beside the case reports
        result.records = drop_entries_without_case(result.records)
        # transports, papers served, releases opened by their own lettered number among the incidents
        result.records = drop_other_series_entries(result.records)
        result.records = join_cited_entries(result.records)     # "Opened WF25-0413 - ...", then "Continued ..."
        if result.layout != "table":      # a continuation card under the same number: its rest
            result.records = join_continued_blocks(result.records)
        # work orders, permits, service requests in the number column: counted apart by the document
        result.records = counted_series(result.records, page_texts)
        # paragraphs closed by "(DR 25-06621)": the number as cited, the values the sentences
        read_closing_references(result.records)
    return result

