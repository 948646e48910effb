"""Generated logs printing every kind of the agency's work in one table (see ``log_layouts``):
a column of short codes names each row's kind, spelled out in a key under the title, and
only one kind's rows are incidents, every row numbered in the same shape."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

OTHER = (("SUM", "Summons delivered", "Magistrates office", "Delivered"),
         ("ESC", "Escort to hospital", "Harbour Road custody suite", "Completed"),
         ("BLD", "Building check, boat sheds", "North quay", "Secure"))


def harbour_register_kind_codes_with_key(path: Path, n: int) -> Path:
    """A harbour constabulary's shift register, Courier 8: titles "REF", "KIND", "LOGGED",
    "DETAIL", "WHERE", "OUTCOME" atop every page, the key "Key - OCC = occurrence; SUM =
    summons served; ESC = escort; BLD = building check" under the title; after every second
    occurrence a summons, an escort or a building check, numbered in the occurrences' shape
    (24-5xxxx against 24-01xxx), so only the KIND column tells them apart."""
    lines = []
    for i, r in enumerate(incidents(n, seed=29)):
        lines.append(f"{r['no']:<11}{'OCC':<6}{r['date'] + ' ' + r['time']:<18}{r['type']:<27}"
                     f"{r['address']:<28}{r['dispo']}")
        if i % 2 == 1:
            code, what, where, result = OTHER[i // 2 % len(OTHER)]
            lines.append(f"{f'24-{50100 + i:05d}':<11}{code:<6}{r['date'] + ' ' + r['time']:<18}{what:<27}"
                         f"{where:<28}{result}")
    lines.append("")
    lines.append(f"Register totals: OCC {n} / other work {len(lines) - 1 - n}")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"PORT SELWICK HARBOUR CONSTABULARY - SHIFT REGISTER          Sheet {page}")
        c.drawString(40, 739, "Key - OCC = occurrence; SUM = summons served; ESC = escort; BLD = building check")
        c.drawString(40, 717, f"{'REF':<11}{'KIND':<6}{'LOGGED':<18}{'DETAIL':<27}{'WHERE':<28}OUTCOME")
        return 695
    return flowed_lines(path, lines, header)


KIND_CODES = {f.__name__: f for f in (harbour_register_kind_codes_with_key,)}
