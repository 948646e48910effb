"""Incident and event logs as rows, whatever the agency's layout.

Nothing here knows one agency's labels or columns: the layout is inferred from the
document (see ``docs/documents.md``):

* :mod:`.anchors` finds the signal that repeats once per record (a column of record
  numbers, dates or times at the left margin, a label that starts every block);
* :mod:`.parse` cuts the lines into records (wrapped rows, blocks, day/district sections
  and subtotals, page headers and footers left out);
* :mod:`.readers` reads each record's values by labels, by the table's columns (inferred
  from the gaps the rows leave) or as free text; :mod:`.fields` names them.

``parse_log`` returns the records with a status that says what was found:
``records``, ``empty_log`` or ``no_records_recognised`` (with the reason). ``parse_parts``
reads a document in parts (a PDF's own pages and its attached files) each apart, and merges.
"""
from __future__ import annotations

from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.log import LogResult, parse_log, parse_records
from prr.scrapers.incident_log.parts import parse_parts
from prr.scrapers.incident_log.record import COLUMNS
from prr.scrapers.incident_log.text import parse_datetime, parse_range

__all__ = ["COLUMNS", "LogResult", "column_for", "parse_datetime", "parse_log", "parse_parts", "parse_range",
           "parse_records"]
