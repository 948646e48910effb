"""Generated logs printed in parts (see ``log_layouts``): a sheet too wide for the page,
its right-hand columns on pages of their own that repeat each row's key (also under a
sheet name carrying a digit on every page); and a sheet holding two logical pages side by
side ("2-up"), every text line two records' lines; and a diary whose entries string
their values in one sentence and close with a formula.""" 
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

OFFICERS = ("7 Adam", "12 Baker", "3 Lincoln", "9 Mary")


def _left_page(c, chunk, no, total, number) -> None:
    c.setFont("Courier", 7)
    c.drawString(30, 580, f"RIVERMOUTH TRANSIT POLICE - OCCURRENCE SHEET (PART A)      leaf {no} of {total}")
    c.drawString(30, 560, f"{'Seq':<6}{'Logged':<19}{'Occurrence':<15}{'Nature':<22}Where")
    y = 546
    for k, r in chunk:
        c.drawString(30, y, f"{k:<6}{r['date']} {r['time']:<8}{number(r):<15}{r['type']:<22}{r['address']}")
        y -= 10


def wide_sheet_parts_keyed_by_number(path: Path, n: int) -> Path:
    """A transit police occurrence sheet printed in two parts, Courier 7 on landscape
    leaves: all part-A leaves first (a sequence number, the date-time, the occurrence
    number "RT-24-01000", nature, place), then all part-B leaves, whose rows repeat the
    occurrence number and add the officer, the result and a note: each number printed
    twice, the second time on a leaf of its own several leaves later."""
    rows = list(enumerate(incidents(n), start=1))
    per = 45
    chunks = [rows[s:s + per] for s in range(0, len(rows), per)]
    total = 2 * len(chunks)
    number = lambda r: f"RT-{r['no']}"      # noqa: E731
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    for k, chunk in enumerate(chunks):
        _left_page(c, chunk, k + 1, total, number)
        c.showPage()
    for k, chunk in enumerate(chunks):
        c.setFont("Courier", 7)
        c.drawString(30, 580, f"RIVERMOUTH TRANSIT POLICE - OCCURRENCE SHEET (PART B)      "
                              f"leaf {len(chunks) + k + 1} of {total}")
        c.drawString(30, 560, f"{'Occurrence':<15}{'Officer':<12}{'Result':<22}Note")
        y = 546
        for i, r in chunk:
            c.drawString(30, y, f"{number(r):<15}{OFFICERS[i % 4]:<12}{r['dispo']:<22}"
                                f"{'passenger assisted' if i % 2 else 'platform checked, all clear'}")
            y -= 10
        c.showPage()
    c.save()
    return path


def wide_sheet_parts_keyed_by_line(path: Path, n: int) -> Path:
    """A wide harbour patrol table printed in alternating leaves: a leaf of its left-hand
    columns (line number, harbour number "HB24-01000", date-time, nature), then a leaf
    of the same rows' right-hand columns keyed by the line number only (berth, result,
    crew): the result belongs to its record through the line number alone."""
    rows = list(enumerate(incidents(n), start=1))
    per = 40
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    for k, s in enumerate(range(0, len(rows), per)):
        chunk = rows[s:s + per]
        c.setFont("Helvetica", 7)
        c.drawString(30, 585, f"Saltmarsh Harbour Patrol - watch table, columns 1-4   ({2 * k + 1})")
        c.drawString(30, 565, "Ln")
        c.drawString(60, 565, "Harbour No.")
        c.drawString(140, 565, "Logged")
        c.drawString(230, 565, "Nature")
        y = 552
        for i, r in chunk:
            c.drawString(30, y, str(i))
            c.drawString(60, y, f"HB{r['no']}")
            c.drawString(140, y, f"{r['date']} {r['time']}")
            c.drawString(230, y, r["type"])
            y -= 11
        c.showPage()
        c.setFont("Helvetica", 7)
        c.drawString(30, 585, f"Saltmarsh Harbour Patrol - watch table, columns 5-7   ({2 * k + 2})")
        c.drawString(30, 565, "Ln")
        c.drawString(60, 565, "Berth / place")
        c.drawString(200, 565, "Result")
        c.drawString(330, 565, "Crew")
        y = 552
        for i, r in chunk:
            c.drawString(30, y, str(i))
            c.drawString(60, y, r["address"])
            c.drawString(200, y, r["dispo"])
            c.drawString(330, y, f"Launch {i % 5 + 1}")
            y -= 11
        c.showPage()
    c.save()
    return path


def two_up_digest_entries(path: Path, n: int) -> Path:
    """A campus security digest of entries, each leaf reduced two to a landscape sheet
    (Courier 6, a solid fold line): every leaf keeps its own heading and leaf number; an
    entry opens "Entry CS-24-01000   Logged: 04/01/2024 10:09", then indented "Kind:",
    "Where:", "Closed as:" lines. Read across the sheet, each line holds two entries'
    lines; the last sheet may hold one leaf."""
    rows = incidents(n)
    per = 7
    leaves = [rows[s:s + per] for s in range(0, len(rows), per)]
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    for s in range(0, len(leaves), 2):
        for half, leaf in enumerate(leaves[s:s + 2]):
            x = 30 + half * 396
            c.setFont("Courier", 6)
            c.drawString(x, 580, "HOLLOWAY COLLEGE CAMPUS SECURITY - ENTRY DIGEST")
            c.drawString(x, 570, f"leaf {s + half + 1} / {len(leaves)}")
            y = 550
            for r in leaf:
                c.drawString(x, y, f"Entry CS-{r['no']}    Logged: {r['date']} {r['time']}")
                c.drawString(x + 8, y - 8, f"Kind: {r['type']}")
                c.drawString(x + 8, y - 16, f"Where: {r['address']}")
                c.drawString(x + 8, y - 24, f"Closed as: {r['dispo']}")
                y -= 40
        c.line(396, 40, 396, 590)
        c.drawString(340, 25, f"sheet {s // 2 + 1}")
        c.showPage()
    c.save()
    return path


def one_sentence_entries_closed_by_a_formula(path: Path, n: int) -> Path:
    """A ranger service's watch diary, Courier 8: each entry one long sentence, "04/01/2024
    1009 hours  Burglary near 100 Main St, entered under file WR-24-01000; ranger 3 attended,
    <what was found>; <outcome>." then the same closing formula in every entry ("Entry
    countersigned at 0600 by the relieving ranger."), wrapped onto indented lines."""
    rows = incidents(n)
    lines: list[str] = []
    found = ("gate left open at the rear", "no one on scene on arrival", "owner spoken to at the door")
    for i, r in enumerate(rows):
        text = (f"{r['date']} {r['time'].replace(':', '')} hours  {r['type']} near {r['address']}, "
                f"entered under file WR-{r['no']}; "
                f"ranger {3 + i % 4} attended, {found[i % 3]}; {r['dispo'].lower()}. Entry countersigned "
                f"at 0600 by the relieving ranger.")
        lines += [line if not k else "        " + line for k, line in enumerate(textwrap.wrap(text, 104))]

    def header(c, page: int) -> float:
        c.drawString(30, 760, f"GREYWATER COUNTRY PARK RANGERS - WATCH DIARY   folio {page}")
        return 740
    return flowed_lines(path, lines, header, font=("Courier", 8), x=30)


def wide_sheet_parts_under_a_numbered_sheet_name(path: Path, n: int) -> Path:
    """A park rangers' occurrence ledger kept in a spreadsheet two pages wide and printed
    down then across, Helvetica 7 on portrait pages: every page headed by the sheet's name,
    which carries a digit ("Ledger2"), above its column titles; all pages of the left-hand
    columns (reference "TLP24-01000", received date-time, nature) first, then all pages of
    the right-hand ones (the reference again, site, outcome), then a page of cell notes
    tied to rows by cell address only."""
    rows = incidents(n)
    per = 40
    chunks = [rows[s:s + per] for s in range(0, len(rows), per)]
    ref = lambda r: f"TLP{r['no']}"      # noqa: E731
    c = canvas.Canvas(str(path), pagesize=letter)
    folio = 0

    def page(titles, xs, cells_of, chunk, first: bool) -> None:
        nonlocal folio
        folio += 1
        c.setFont("Helvetica", 7)
        c.drawCentredString(306, 760, "Ledger2")
        y = 735
        if first:
            c.drawString(40, y, "Tamsin Lake Park Rangers [invented] - occurrence ledger, April 2024")
            y -= 20
        for x, title in zip(xs, titles):
            c.drawString(x, y, title)
        for r in chunk:
            y -= 13
            for x, value in zip(xs, cells_of(r)):
                c.drawString(x, y, value)
        c.drawCentredString(306, 30, f"- {folio} -")
        c.showPage()

    for k, chunk in enumerate(chunks):
        page(("Ref", "Received", "Nature"), (40, 110, 200),
             lambda r: (ref(r), f"{r['date']} {r['time']}", r["type"].upper()), chunk, k == 0)
    for chunk in chunks:
        page(("Ref", "Site", "Outcome"), (40, 110, 250),
             lambda r: (ref(r), r["address"], r["dispo"].upper()), chunk, False)
    c.setFont("Helvetica", 7)
    c.drawCentredString(306, 760, "Ledger2")
    c.drawString(40, 735, "Notes")
    c.drawString(40, 722, "C4:  Nature changed after the ranger's return.")
    c.drawString(40, 709, f"B{n // 2}:  Received by radio, logged later.")
    c.drawCentredString(306, 30, f"- {folio + 1} -")
    c.showPage()
    c.save()
    return path


PARTS = {f.__name__: f for f in (wide_sheet_parts_keyed_by_number, wide_sheet_parts_keyed_by_line,
                                 two_up_digest_entries, one_sentence_entries_closed_by_a_formula,
                                 wide_sheet_parts_under_a_numbered_sheet_name)}
