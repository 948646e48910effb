"""Free-text entries read again from a structure of their own, when they have one."""
from __future__ import annotations

from prr.scrapers.incident_log import twice
from prr.scrapers.incident_log.dashparts import read_dash_parts
from prr.scrapers.incident_log.dotparts import read_dot_parts
from prr.scrapers.incident_log.numbersentence import read_number_sentences
from prr.scrapers.incident_log.piped import read_piped
from prr.scrapers.incident_log.runin import read_run_in_labels


def entry_structure(records: list[dict], page_texts: list[str]) -> None:
    """Free-text entries read again from a structure of their own, when they have one:
    each reader tells its structure from a sample of the entries, and the first that
    finds it rebuilds them in place (the others are not tried). In turn: fields joined by
    " | "; labels in capitals run into the text; the number inside a first sentence with
    its date and time; each entry printed twice; parts between dashes."""
    read_piped(records, page_texts) or \
        read_run_in_labels(records) or \
        read_number_sentences(records) or \
        twice.read_first_versions(records) or \
        read_dot_parts(records) or \
        read_dash_parts(records, page_texts)
