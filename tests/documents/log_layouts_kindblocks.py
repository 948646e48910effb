"""Generated logs whose labelled records share a section with blocks of other kinds (see
``log_layouts``): notices printed in the records' label-and-value form, each under a heading
of its own, with a number of the records' series under a label of its own and some of the
records' labels; a section before the records and one after them, each with its count."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_LABEL_X, _VALUE_X = 48, 170


def _event(r: dict) -> str:
    return "PA24-" + r["no"].removeprefix("24-")


def watch_report_notices_around_calls(path: Path, n: int) -> Path:
    """A port authority police watch report, Helvetica 9, blocks parted by a blank line and
    never split over pages. ``TRESPASS NOTICES`` first: five blocks headed ``NOTICE TN-04kk``
    with ``Related File:`` (a ``PA24-0NNNN`` number: two repeat a call of this report, three
    name older files), ``Logged:`` and ``Area:`` (the calls' own labels), ``Issued To:``,
    ``Expires:``; ``Notices active: 5``. Then ``CALLS FOR SERVICE``: ``Event No.:`` (the
    id), ``Logged:`` (``MM/DD/YYYY HH:MM``), ``Call Type:``, ``Area:``, ``Result:``;
    ``Calls this watch: N``. Then ``TOW HOLDS``: three blocks headed ``HOLD k`` with ``Tow
    Ref.:`` (older numbers of the series), ``Logged:``, ``Area:``, ``Vehicle:``;
    ``Holds: 3``."""
    rows = incidents(n)
    blocks: list[list[tuple[str, str]] | str] = ["TRESPASS NOTICES"]
    repeated = {2: rows[4], 4: rows[n // 2]}
    for k in range(5):
        r = repeated.get(k)
        number = _event(r) if r else f"PA24-00{812 + 37 * k}"
        when = f"{r['date']} {r['time']}" if r else f"03/{11 + 3 * k:02d}/2024 1{k}:2{k}"
        where = r["address"] if r else f"{40 + 20 * k} Quay St"
        blocks.append([(f"NOTICE TN-04{31 + k}", ""), ("Related File:", number), ("Logged:", when), ("Area:", where),
                       ("Issued To:", f"Adult, {23 + 4 * k}, dark jacket"), ("Expires:", f"0{5 + k % 4}/30/2024")])
    blocks += ["Notices active: 5", "CALLS FOR SERVICE"]
    for r in rows:
        blocks.append([("Event No.:", _event(r)), ("Logged:", f"{r['date']} {r['time']}"), ("Call Type:", r["type"]),
                       ("Area:", r["address"]), ("Result:", r["dispo"])])
    blocks += [f"Calls this watch: {n}", "TOW HOLDS"]
    for k in range(3):
        blocks.append([(f"HOLD {k + 1}", ""), ("Tow Ref.:", f"PA24-00{655 + 41 * k}"),
                       ("Logged:", f"03/2{k}/2024 0{k + 6}:15"), ("Area:", f"Berth {k + 3} lot"),
                       ("Vehicle:", "Gray pickup, no plate")])
    blocks.append("Holds: 3")
    c = canvas.Canvas(str(path), pagesize=letter)
    y, page = 0.0, 0
    for block in blocks:
        height = 11 * (len(block) + 1) if isinstance(block, list) else 14
        if y - height < 60:
            if page:
                c.showPage()
            page += 1
            c.setFont("Helvetica", 9)
            c.drawString(40, 755, f"TAMARIND PORT AUTHORITY POLICE - WATCH REPORT 04/01-04/{1 + (n - 1) // 6:02d}/2024")
            c.drawString(40, 40, f"Watch report, sheet {page}")
            y = 725.0
        if isinstance(block, str):
            c.drawString(40, y, block)
            y -= 14
            continue
        for label, value in block:
            c.drawString(_LABEL_X, y, label)
            if value:
                c.drawString(_VALUE_X, y, value)
            y -= 11
        y -= 11
    c.save()
    return path


KIND_BLOCKS = {f.__name__: f for f in (watch_report_notices_around_calls,)}
