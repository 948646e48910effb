"""Generated logs printed as a pivot (see ``log_layouts``): rows grouped by district, then
by nature, each group's value on a line of its own in its titled column, the rows under it
leaving those columns empty (not named again after a page break); a count line closing each nature and each district, a grand
count at the end; rows in group order, not in time order; the report's
name alone on a short line at the margin above each page's header."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

DISTRICTS = ("Upper Weir", "Saltmarsh", "Cobb End")
COLS = (36, 100, 200, 262, 318, 350, 470)


def _pivot(path: Path, n: int, outer_alone: bool) -> Path:
    rows = incidents(n)
    for i, r in enumerate(rows):
        r["district"], r["no"] = DISTRICTS[(i * 5) % len(DISTRICTS)], f"EV{7000 + i}-24"
    rows.sort(key=lambda r: (DISTRICTS.index(r["district"]), r["type"]))
    c = canvas.Canvas(str(path), pagesize=letter)

    def header(page: int) -> float:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, 772, "Fenwick Vale Police Service")     # short, at the margin: no group
        c.drawString(36, 760, f"Events by district and nature, April 2024 (printed as a pivot)   sheet {page}")
        c.setFont("Helvetica-Bold", 8)
        for x, t in zip(COLS, ("District", "Nature", "Event", "Date", "Time", "Address", "Result")):
            c.drawString(x, 735, t)
        c.setFont("Helvetica", 8)
        return 715

    state = {"page": 1, "y": header(1)}

    def line(cells: dict[int, str], bold: bool = False) -> None:
        if state["y"] < 60:
            c.showPage()
            state["page"] += 1
            state["y"] = header(state["page"])
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 8)
        for k, text in cells.items():
            c.drawRightString(COLS[k] + 20, state["y"], text) if text.isdigit() else c.drawString(COLS[k], state["y"], text)
        state["y"] -= 12

    groups: dict[str, dict[str, list[dict]]] = {}
    for r in rows:
        groups.setdefault(r["district"], {}).setdefault(r["type"], []).append(r)
    for district, natures in groups.items():
        first = True
        if outer_alone:
            line({0: district}, bold=True)
        for nature, members in natures.items():
            line({0: district, 1: nature} if first and not outer_alone else {1: nature}, bold=True)
            first = False
            for r in members:       # (a group going on past a page break is not named again)
                line({2: r["no"], 3: r["date"], 4: r["time"], 5: r["address"], 6: r["dispo"]})
            line({1: f"{nature} count", 6: str(len(members))})
        line({0: f"{district} count", 6: str(sum(len(m) for m in natures.values()))})
    line({0: "All districts", 6: str(n)})
    c.save()
    return path


def pivot_district_nature_group_lines(path: Path, n: int) -> Path:
    """District and first nature on one group line, later natures alone."""
    return _pivot(path, n, outer_alone=False)


def pivot_district_line_then_nature_lines(path: Path, n: int) -> Path:
    """The district on a line of its own, each nature on the next."""
    return _pivot(path, n, outer_alone=True)


PIVOTS = {f.__name__: f for f in (pivot_district_nature_group_lines, pivot_district_line_then_nature_lines)}
