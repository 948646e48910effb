"""Pages whose records do not run down one column: split into the order they are read in.

Tried in turn, each only where a cheap test on the pages tells its layout, the first that
applies wins: a calendar (each day's column in turn) or a column per town; day labels in
a margin column; column groups under a title line that repeats its titles (a listing
snaked down, then across); two newspaper columns; records three or more to a band; entry
columns side by side (a shift each); numbers beside a later line of their entry (moved to its
first). Then pages in text columns that no record number told (the others' numbers
close their stories, or stand in three columns) are split by their gutters.
"""
from __future__ import annotations

from prr.scrapers.incident_log.daycols import split_day_columns
from prr.scrapers.incident_log.daymargin import split_day_margin
from prr.scrapers.incident_log.entrycols import split_entry_columns
from prr.scrapers.incident_log.grid import split_record_grid
from prr.scrapers.incident_log.groupcols import split_group_columns
from prr.scrapers.incident_log.gutter import raise_gutter_numbers
from prr.scrapers.incident_log.parse import Doc
from prr.scrapers.incident_log.textcols import split_text_columns
from prr.scrapers.incident_log.titlegroups import split_title_groups
from prr.scrapers.incident_log.twocol import split_two_columns


def split_pages(doc: Doc, page_texts: list[str]) -> list[str] | None:
    """The page texts in reading order, or None when the pages are read as printed."""
    columns = split_day_columns(page_texts) or split_group_columns(page_texts)
    if columns is None:
        columns = split_day_margin(page_texts)
    if columns is None:     # before the newspaper columns: a group's rows are not a column's
        columns = split_title_groups(page_texts)
    if columns is None:
        columns = split_two_columns(doc, page_texts)
    if columns is None:
        columns = split_record_grid(doc, page_texts)
    if columns is None:
        columns = split_entry_columns(doc, page_texts)
    if columns is None:
        columns = raise_gutter_numbers(doc, page_texts)
    return split_text_columns(page_texts, columns) or columns
