"""Generated logs grouped by place (see ``log_layouts``): the entries sorted by where, not
when, under headings that count them, each entry a paragraph closed by its number."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun")


def quay_digest_paragraphs_closed_by_date_dot_serial(path: Path, n: int) -> Path:
    """A harbour police digest, Courier 8, grouped by quay ("QUAY 2 - Grain terminal (14
    occurrences)"), the entries of each quay in berth order, so not in time order: "Berth
    7, Apr 3, 10:09 — Burglary at 100 Main St. <summary> Report Taken. Occurrence
    240403.017." wrapped with a hanging indent of two; the number (the day's six digits, a
    dot, a serial) closes the paragraph and, on every fourth entry, wraps alone onto the
    next line under its label word. Every third entry fits one line, the next entry at the
    margin right under it; every third cites a coast guard case near its start."""
    rows = incidents(n)
    serial: dict[str, int] = {}
    for r in rows:
        mm, dd, yyyy = r["date"].split("/")
        serial[r["date"]] = serial.get(r["date"], 0) + 1
        r["ref"] = f"{yyyy[2:]}{mm}{dd}.{serial[r['date']]:03d}"
        r["berth"] = (len(r["ref"]) * 7 + int(dd) * 5 + serial[r["date"]] * 3) % 19 + 1
        r["when"] = f"{_MONTHS[int(mm) - 1]} {int(dd)}, {r['time']}"
    lines: list[str] = []
    quays = [(q, sorted((r for r in rows if r["berth"] % 3 == q), key=lambda r: (r["berth"], r["ref"])))
             for q in range(3)]
    for q, group in quays:
        lines.append(f"QUAY {q + 1} - {('Grain terminal', 'Ferry landing', 'Fish dock')[q]} ({len(group)} occurrences)")
        for k, r in enumerate(group):
            # a coast guard case cited early in every third entry (lining up by chance);
            # every fifth entry short, on one line with the next entry right under it
            cited = f"Coast guard case CG-24-{3100 + 7 * r['berth'] + k:06d} opened. " if k % 3 == 0 else ""
            text = f"Berth {r['berth']}, {r['when']} — {cited}{r['type']} at {r['address']}. {r['summary']} {r['dispo']}."
            if k % 3 == 2:
                text = f"Berth {r['berth']}, {r['when']} — {r['type']}. {r['dispo']}."
            if k % 4 == 1:          # the label word ends the line, the number alone under it
                wrapped = textwrap.wrap(text + " Occurrence", 84)
                wrapped.append(f"{r['ref']}.")
            else:
                wrapped = textwrap.wrap(f"{text} Occurrence {r['ref']}.", 84)
            lines.append(wrapped[0])
            lines += [f"  {w}" for w in wrapped[1:]]
        lines.append("")
    lines.append(f"Occurrences, all quays: {len(rows)}")

    def header(c, page: int) -> float:
        c.drawString(40, 750, "PORT OF ELLSMERE HARBOUR POLICE - OCCURRENCE DIGEST BY QUAY")
        c.drawString(40, 739, f"Week of April 1-7, 2024. Sorted by berth.   sheet {page}")
        return 715
    return flowed_lines(path, lines, header)


def lock_register_place_then_kind_sentence(path: Path, n: int) -> Path:
    """A canal authority's lock register, Helvetica 8, grouped by reach ("UPPER REACH,
    locks 1-6 (15 entries)"), each entry on one or two lines hanging three characters:
    "Lock 4 gate 2 west, Apr 3, 01:36: Medical Aid. <summary> Advised. Ref 240403.004."
    The place alone before the date, the kind of call the first sentence after the time,
    the outcome the last sentence before the filing word."""
    rows = incidents(n)
    serial: dict[str, int] = {}
    for i, r in enumerate(rows):
        mm, dd, yyyy = r["date"].split("/")
        serial[r["date"]] = serial.get(r["date"], 0) + 1
        r["ref"] = f"{yyyy[2:]}{mm}{dd}.{serial[r['date']]:03d}"
        r["place"] = f"Lock {1 + (i * 7) % 17} gate {1 + i % 3} {('west', 'east')[i % 2]}"
        r["when"] = f"{_MONTHS[int(mm) - 1]} {int(dd)}, {r['time']}"
    lines: list[str] = []
    for name, group in (("UPPER REACH", rows[1::2]), ("LOWER REACH", rows[0::2])):
        lines.append(f"{name}, locks by number ({len(group)} entries)")
        for k, r in enumerate(sorted(group, key=lambda r: r["place"])):
            said = f" {r['summary']}" if k % 2 else ""
            wrapped = textwrap.wrap(f"{r['place']}, {r['when']}: {r['type']}.{said} {r['dispo']}. Ref {r['ref']}.", 90)
            lines.append(wrapped[0])
            lines += [f"   {w}" for w in wrapped[1:]]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"GREYWATER CANAL AUTHORITY - LOCK REGISTER, WEEK OF APRIL 1, 2024   leaf {page}")
        return 728
    return flowed_lines(path, lines, header, font=("Helvetica", 8))


def digest_blocks_bracketed_letter_labels_legend_once(path: Path, n: int) -> Path:
    """A sheriff's digest, Courier 8: blocks headed "DIGEST W24-01000" with "Sector 3" at
    the right, then one-letter codes in brackets as labels, two pairs to a line: "[W]"
    when reported, "[P]" place, "[N]" nature, "[U1]".."[Un]" one per unit, "[R]" result on
    a line of its own. What the codes mean is printed once, a legend on the first page."""
    rows = incidents(n)
    lines = ["Legend: [W] when reported [P] place [N] nature [U1]..[Un] units [R] result", ""]
    for i, r in enumerate(rows):
        lines.append(f"DIGEST   W{r['no']:<50}Sector {1 + i % 5}")
        units = [f"[U{u + 1}]  unit {10 + (i + 3 * u) % 40}" for u in range(1 + i % 3)]
        pairs = [f"[W]  {r['date']} {r['time'].replace(':', '')}", f"[P]  {r['address']}",
                 f"[N]  {r['type']}", *units]
        for k in range(0, len(pairs), 2):
            lines.append("   " + "".join(f"{p:<42}" for p in pairs[k:k + 2]).rstrip())
        lines.append(f"   [R]  {r['dispo']}")
        lines.append("")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"OSPREY COUNTY SHERIFF - WEEKLY CALL DIGEST   {page}")
        return 728
    return flowed_lines(path, lines, header)


PLACES = {f.__name__: f for f in (quay_digest_paragraphs_closed_by_date_dot_serial, lock_register_place_then_kind_sentence,
                                  digest_blocks_bracketed_letter_labels_legend_once)}
