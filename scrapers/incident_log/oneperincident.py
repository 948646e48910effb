"""One record per incident: the records read, with numbers printed again, or printed for
something other than an incident of the log, settled.

A log prints an incident's number again for several reasons, and may print a table of
other numbers in its own columns; each is told by its own reader from the records
already read, in this order (each pass sees the one before's records):

- a page printing records already read again (a custody supplement, a page re-sent):
  no new records (``supplement.py``);
- a unit's status lines or a message log's messages, the incident's number on each:
  one record a number, in order of first appearance (``unitlines.py``);
- an entry holding no values but its number and a remark citing an entry read before it, of
  its own series (keyed in twice, voided): no record, its number the cited record's related
  one (``voidedentries.py``);
- a report exported again in full, amended, under a new entry number of the export's own
  series, its report number the same, citing the entry it amends: one record, the amended
  values (``reexported.py``);
- an incident open at a change of records system, printed in the old part under its old
  number and again in the new part under a new number citing the old one, at the same date
  and time: one record, the first printing's, the new number related (``cutover.py``); a
  cross-walk of old to new numbers after the log is then an update section (below);
- an incident printed twice alike, apart (a dashboard's tooltip or pop-up box repeating a
  listed incident, every value the same): one record, the later printing (``printedalike.py``);
- a titled section of lines updating records read elsewhere, or earlier periods' cases:
  no records (``updatesection.py``);
- a titled table after the log's own count line, in the log's column titles, numbered
  from another range and out of order (warrants served after the calls), or an index
  after it whose lines each repeat or cite a record's number (a cross-reference listing):
  no records (``aftercount.py``);
- a table's rows of another kind led by a number of their own (a fire number), the
  incident's number of the log's main series in the next column: one record each, under
  the main-series number, its own number related (``mainseries.py``);
- a titled table right after the log, in the log's column titles printed again, numbered
  from a range far from the log's (a paper's fire runs after its police blotter): no
  records (``othertable.py``);
- an appendix after the log's total line, under its own title, numbered from the log's
  own series (traffic stops after the collisions): no records (``countedappendix.py``);
- an appendix after the log's count reprinting an earlier period's listing, under an
  appendix heading, numbered below the log's range and reported before it: no records
  (``earlierappendix.py``);
- a line referring to a record listed elsewhere in the document (a map book's edge
  reference, a "see also" line), words around the number and no values, or a later, shorter
  entry of the log's own shape under the number, no date or time of its own and few of the
  full entry's values (a boundary call, a reclassified call): no record (``crossrefs.py``);
- a numbered paragraph updating an incident told in an earlier paragraph (an arrest
  made, property recovered), its number cited again: no record, joined to the incident's
  (``paraupdates.py``);
- an incident listed under each section it concerns (a register by person): one record,
  the first listing's values, the sections joined (``sectionrows.py``);
- a case listed again further down a table (under a second group, often marked): one
  record with the offences of both listings (``relisted.py``);
- one block per report of an incident (each officer's use-of-force report), the blocks
  one after the other repeating the incident's number, date, type and place: one record,
  each block's own values kept (``repeatedblocks.py``);
- a call printed again further down a table on a shorter row (reopened, called back):
  one record, the first listing's values, the follow-up's lines its text
  (``followuprows.py``);
- a register of rows of another kind (referrals, one per student), each row's own number
  unique, a column titled a case number repeating the incident's number on its consecutive
  rows and a dash on rows of no incident: one record an incident, the rows' own numbers
  related (``caserows.py``);
- a sheet printing a number of the series and a date under a shorter row of labels of
  its own, no type, place or text (a number voided, issued in error): no record
  (``voidsheets.py``);
- an incident printed in both parts of a log spanning a change of records system, under
  its old number and again under its new one, a line of the document pairing the two:
  one record, the first printing, the new number related (``cutover.py``, told by a line
  pairing the two numbers);
- pages of one incident each (speaker-notes pages), their notes citing the page's own
  number again and now and then another case shaped like the ids: the other case no
  record, the page's record's related number (``pagecited.py``).

A number repeated for none of these reasons (a log that numbers a police and a fire
series alike, a supplement the log lists as a record of its own) is left as read.
"""
from __future__ import annotations

from prr.scrapers.incident_log.aftercount import drop_tables_after_count
from prr.scrapers.incident_log.caserows import join_case_rows
from prr.scrapers.incident_log.countedappendix import drop_counted_appendix
from prr.scrapers.incident_log.crossrefs import drop_cross_references
from prr.scrapers.incident_log.cutover import join_cited_conversions, join_paired_conversions
from prr.scrapers.incident_log.earlierappendix import drop_earlier_appendix
from prr.scrapers.incident_log.followuprows import join_follow_up_rows
from prr.scrapers.incident_log.mainseries import main_series_numbers
from prr.scrapers.incident_log.othertable import drop_other_table
from prr.scrapers.incident_log.pagecited import drop_notes_citations
from prr.scrapers.incident_log.paraupdates import join_paragraph_updates
from prr.scrapers.incident_log.printedalike import drop_printed_alike
from prr.scrapers.incident_log.reexported import join_amended_exports
from prr.scrapers.incident_log.relisted import join_relisted
from prr.scrapers.incident_log.repeatedblocks import join_repeated_blocks
from prr.scrapers.incident_log.sectionrows import join_section_repeats
from prr.scrapers.incident_log.supplement import fold_supplements
from prr.scrapers.incident_log.unitlines import join_unit_lines
from prr.scrapers.incident_log.updatesection import drop_update_sections
from prr.scrapers.incident_log.voidedentries import drop_voided_entries
from prr.scrapers.incident_log.voidsheets import drop_void_sheets


def one_record_per_incident(records: list[dict], page_texts: list[str], layout: str | None) -> list[dict]:
    """The records with each number settled as the passes above tell."""
    records = fold_supplements(records)
    records = join_unit_lines(records)
    records = drop_voided_entries(records, layout)
    records = join_amended_exports(records, layout)
    records = join_cited_conversions(records)
    records = drop_printed_alike(records)
    records = drop_update_sections(records, page_texts)
    records = drop_tables_after_count(records, page_texts)
    records = drop_counted_appendix(records, page_texts)
    records = drop_earlier_appendix(records, page_texts)
    if layout == "table":
        records = main_series_numbers(records)
        records = drop_other_table(records, page_texts)
    records = drop_cross_references(records)
    records = join_paragraph_updates(records, layout)
    if layout == "table":
        records = join_section_repeats(records)
        records = join_relisted(records)
        records = join_follow_up_rows(records)
        records = join_case_rows(records)
    records = join_repeated_blocks(records, layout)
    records = drop_void_sheets(records, layout)
    records = join_paired_conversions(records, page_texts)
    records = drop_notes_citations(records, page_texts)
    return records
