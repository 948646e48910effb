"""Generated logs in sections, one per service (see ``log_layouts``): a harbour town's
weekly bulletin prints its constables' reports, then its brigade's turnouts, then its
ambulance jobs, each section under a title line of its own, with its own day headings
and its own series of numbers, and each service writing its entries its own way (the
number last in square brackets, first after a word, or in a closing sentence). A joint
call is written up once, by the lead service, citing the number another service drew
in a sentence like that service's own closing one."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

# which service writes up each incident: constables, brigade, ambulance
SERVICE = ("con", "con", "amb", "con", "fire", "amb", "con", "amb", "con", "fire")
TITLES = {"con": "Constabulary", "fire": "Harbour Brigade", "amb": "Ambulance Service"}
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WRAP = 96


def service_numbers(n: int) -> list[tuple[str, str]]:
    """(service, number) per incident: each service's own series, one number in two
    left for the calls it joined (cited by the lead service's entry)."""
    seen = {"con": 0, "fire": 0, "amb": 0}
    out = []
    for i in range(n):
        s = SERVICE[i % len(SERVICE)]
        k = seen[s]
        seen[s] += 1
        out.append((s, {"con": f"KC24-{4100 + 2 * k:05d}", "fire": f"HB-24-{301 + 2 * k}",
                        "amb": f"AM24-{7001 + 2 * k}"}[s]))
    return out


def _cite(s: str, i: int) -> str:
    """The sentence a lead service writes for the number another service drew on every
    fourth call (a number its own entries leave out)."""
    if i % 4:
        return ""
    other = "amb" if s != "amb" else "con"
    return {"amb": f" Ambulance job AM24-{7002 + 2 * (i // 4)} closed at the scene.",
            "con": f" Constable report KC24-{4101 + 2 * (i // 4):05d} opened."}[other]


def _entry(r: dict, s: str, number: str, i: int) -> str:
    cite = _cite(s, i)
    if s == "con":
        return f"{r['time']} - {r['type']}, {r['address']}. {r['dispo']}.{cite} [{number}]"
    if s == "fire":
        return f"Turnout {number} - {r['time']} - {r['type']} at {r['address']}. {r['dispo']}.{cite}"
    return f"{r['time']}, {r['address']}: {r['type'].lower()}. {r['dispo']}.{cite} Ambulance job {number}."


def _wrapped(text: str) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > WRAP:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line]


def harbour_bulletin_service_sections(path: Path, n: int) -> Path:
    """Constables (``KC24-04100``, last in brackets), brigade (``Turnout HB-24-301``,
    first), ambulance (``Ambulance job AM24-7001.``, closing): a section each."""
    rows = incidents(n)
    numbers = service_numbers(n)
    by_service: dict[str, list] = {"con": [], "fire": [], "amb": []}
    for i, (r, (s, number)) in enumerate(zip(rows, numbers)):
        by_service[s].append((r, number, i))
    c = canvas.Canvas(str(path), pagesize=letter)
    page, y = 1, 0.0

    def top() -> float:
        c.setFont("Times-Roman", 9)
        c.drawString(50, 760, f"Kestrel Harbour Emergency Services - weekly bulletin    sheet {page}")
        c.setFont("Times-Roman", 10)
        return 730

    def line(text: str, indent: int = 0, font: str = "Times-Roman") -> None:
        nonlocal page, y
        if y < 60:
            c.showPage()
            page += 1
            y = top()
        c.setFont(font, 10)
        c.drawString(50 + indent, y, text)
        y -= 12

    y = top()
    line("Harbour bulletin, week of 1 April 2024", font="Times-Bold")
    counts = {s: len(v) for s, v in by_service.items()}
    line(f"The services logged {counts['con']} constable reports, {counts['fire']} brigade turnouts and "
         f"{counts['amb']} ambulance jobs.")
    for s in ("con", "fire", "amb"):
        y -= 12
        line(TITLES[s], font="Times-Bold")
        day = None
        for r, number, i in sorted(by_service[s], key=lambda e: (e[0]["date"], e[0]["time"])):
            if r["date"] != day:
                day = r["date"]
                d = int(day[3:5])
                line(f"{DAYS[(d - 1) % 7]} {d} April 2024")
            for j, part in enumerate(_wrapped(_entry(r, s, number, i))):
                line(part, indent=12 if j else 0)
    c.save()
    return path


SERVICES = {f.__name__: f for f in (harbour_bulletin_service_sections,)}
