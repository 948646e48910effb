"""Generated daily activity logs printing every kind of the agency's work in one sequence
(see ``log_layouts``): the incidents numbered in the records' series, the other work (papers
served, escorts, releases) each numbered in a series of its own opened by letters, printed
with the same labels and no key; only the incidents are records."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

OTHER = (("Summons served", "SV", "District court summons", "Delivered"),
         ("Custody escort", "ES", "Station cells to magistrates court", "Completed"),
         ("Property returned", "RP", "Bicycle returned to its owner", "Released"))


def activity_journal_other_work_lettered_series(path: Path, n: int) -> Path:
    """A constabulary's activity journal, Courier 8, in labelled blocks: "ENTRY: Incident"
    beside "NO.: 24-01000", "LOGGED:", "NATURE:", "ADDRESS:", "OUTCOME:"; after every
    second incident a block of other work, "ENTRY: Custody escort" beside "NO.:
    ES-24-0101", "DETAILS:", "ADDRESS:", "RESULT:", an escort citing the incident it stems
    from ("ORIGIN: 24-01001"): the lettered series opens no record."""
    lines: list[str] = []
    for i, r in enumerate(incidents(n, seed=31)):
        lines += [f"{'ENTRY: Incident':<44}NO.: {r['no']}",
                  f"{'LOGGED: ' + r['date'] + ' ' + r['time']:<44}UNIT: {200 + i % 40}",
                  f"NATURE: {r['type']}", f"ADDRESS: {r['address']}", f"OUTCOME: {r['dispo']}", ""]
        if i % 2 == 1:
            kind, letters, details, result = OTHER[i // 2 % len(OTHER)]
            lines += [f"{'ENTRY: ' + kind:<44}NO.: {letters}-24-{100 + i:04d}",
                      f"{'LOGGED: ' + r['date'] + ' ' + r['time']:<44}UNIT: {260 + i % 30}",
                      f"DETAILS: {details}", f"ADDRESS: {r['address']}"]
            if letters == "ES":
                lines.append(f"ORIGIN: {r['no']}")
            lines += [f"RESULT: {result}", ""]
    lines.append(f"Entries this week: {n + n // 2}.")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"FENWICK VALE CONSTABULARY - ACTIVITY JOURNAL          Page {page}")
        return 725
    return flowed_lines(path, lines, header)


def activity_list_numbered_items_range_shaped_numbers(path: Path, n: int) -> Path:
    """A daily log of activity, Courier 8, one numbered item per activity, the item numbers
    running over every kind: "7.     2024-0413 - INCIDENT. Burglary, 100 Main St. Received
    04/01/2024 00:30. Disposition: Report Taken." among "8.     ES-0107 - CUSTODY ESCORT.
    ... Result: Completed."; the incidents' numbers, a year and a four-digit serial, are
    shaped like a year range, and only they are records."""
    lines: list[str] = []
    item = 0
    for i, r in enumerate(incidents(n, seed=37)):
        item += 1
        lines.append(f"{f'{item}.':<7}2024-{400 + i:04d} - INCIDENT. "
                     f"{r['type']}, {r['address']}. Received {r['date']} {r['time']}. Disposition: {r['dispo']}.")
        if i % 3 == 2:
            kind, letters, details, result = OTHER[i // 3 % len(OTHER)]
            item += 1
            lines.append(f"{f'{item}.':<7}{letters}-{100 + i:04d} - {kind.upper()}. {details}. "
                         f"Logged {r['date']} {r['time']}. Result: {result}.")
    lines.append(f"Entries 1-{item} in this log.")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"ASHCOMBE POLICE - DAILY LOG OF ACTIVITY          Page {page}")
        return 725
    return flowed_lines(path, lines, header)


ACTIVITY = {f.__name__: f for f in (activity_journal_other_work_lettered_series,
                                    activity_list_numbered_items_range_shaped_numbers)}
