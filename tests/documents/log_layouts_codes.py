"""Generated logs whose labels are short codes (see ``log_layouts``): what each code means
is printed once, in a key before the records."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines


def coded_label_blocks_with_a_key(path: Path, n: int) -> Path:
    """Incident cards, Courier 8, two label pairs a line: a key first ("KEY TO LABELS:
    CASE# case number  OFN offence  RCV received  PLC place  RES result  UNIT unit  TXT
    details"), then per incident "CASE# 24-01000      OFN BURGLARY", "RCV 04/01/2024 10:09
    PLC 100 MAIN ST", "RES REPORT TAKEN      UNIT 7", "TXT <details>", and a blank line."""
    lines = ["KEY TO LABELS: CASE# case number  OFN offence  RCV received  PLC place",
             "               RES result  UNIT unit  TXT details", ""]
    for i, r in enumerate(incidents(n)):
        lines += [f"CASE# {r['no']:<20}OFN {r['type'].upper()}",
                  f"RCV {r['date']} {r['time']:<6}   PLC {r['address'].upper()}",
                  f"{'RES ' + r['dispo'].upper():<26}UNIT {1 + i % 9}",
                  f"TXT {r['summary'].upper()}", ""]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"ELDER GROVE MARSHAL - INCIDENT CARDS      PAGE {page}")
        return 725
    return flowed_lines(path, lines, header)


CODES = {f.__name__: f for f in (coded_label_blocks_with_a_key,)}
