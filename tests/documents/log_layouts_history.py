"""More generated logs (see ``log_layouts``): watch sections led by their date whose rows
print only the time, each with its narrative under it, and a CAD history printing a call's
line and then one line per status change."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

DAYS = ("Monday, April 1, 2024", "Tuesday, April 2, 2024", "Wednesday, April 3, 2024", "Thursday, April 4, 2024",
        "Friday, April 5, 2024", "Saturday, April 6, 2024", "Sunday, April 7, 2024", "Monday, April 8, 2024",
        "Tuesday, April 9, 2024", "Wednesday, April 10, 2024")
TALES = ("Caller met at the door and the matter talked through; no further action was needed.",
         "Two people were separated and spoken to at length. One left for a relative's home for the night, and "
         "the other was given the number for the victim advocate before units cleared the address.",
         "Nothing found on arrival.")


def watch_sections_with_narratives(path: Path, n: int) -> Path:
    """Sections per day and watch, headed by the day's date ("Tuesday, April 2, 2024 -
    Night watch (1800-0600)") and their own column titles; each row prints only the time
    (``HHMM``), then its narrative indented under it over one to three lines; each section
    closed by a right-aligned count of two things ("Night watch: 3 entries, 1 arrests")."""
    rows = incidents(n)
    by_section: dict[tuple[int, str], list[dict]] = {}
    for r in rows:
        day = int(r["date"][3:5]) - 1
        by_section.setdefault((day, "Day watch (0600-1800)" if 6 <= int(r["time"][:2]) < 18
                               else "Night watch (1800-0600)"), []).append(r)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 740

    def line(x, text, font="Courier", size=7):
        nonlocal y
        if y < 60:
            c.showPage()
            y = 740
        c.setFont(font, size)
        c.drawString(x, y, text)
        y -= 10

    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, 760, "Fernhill Township Police - watch activity")
    for (day, watch), group in sorted(by_section.items()):
        y -= 6
        line(40, f"{DAYS[day]} - {watch}", "Helvetica-Bold", 8)
        line(40, f"{'Entry':<12}{'Time':<7}{'Offense':<22}{'Address':<20}{'Badge':<8}Result")
        for r in sorted(group, key=lambda r: r["time"]):
            i = int(r["no"][3:]) - 1000
            line(40, f"{'F' + r['no']:<12}{r['time'].replace(':', ''):<7}{r['type']:<22}{r['address']:<20}"
                     f"{'#' + str(200 + i % 40):<8}{r['dispo']}")
            tale = TALES[i % 3]
            while tale:
                cut = tale[:90].rfind(" ") if len(tale) > 90 else len(tale)
                line(40 + 12 * 4.2, tale[:cut].strip())
                tale = tale[cut:].strip()
        arrests = sum(1 for r in group if r["dispo"] == "Arrest")
        c.setFont("Courier", 7)
        c.drawRightString(570, y, f"{watch.split(' (')[0]}: {len(group)} entries, {arrests} arrests")
        y -= 10
    c.save()
    return path


STATUSES = ("CREATED", "ASSIGNED", "ARRIVED", "CLOSED")


def call_status_history(path: Path, n: int) -> Path:
    """A CAD call history in Courier: two title lines (the call's: Incident, Call type,
    Pri, Address; the status lines': Date, Time, Status, Car, Outcome); each call a line
    led by ``INC`` and the number, then a line per status change, the date on the first
    only, the outcome on the last; a second car on some calls."""
    rows = incidents(n)
    printed: list[str] = []
    for i, r in enumerate(rows):
        printed.append(f"INC {r['no']:<14}{r['type'].upper():<26}P{1 + i % 4:<5}{r['address'].upper()}")
        hh, mm = map(int, r["time"].split(":"))
        cars = [f"{10 + i % 7}"] + ([f"{20 + i % 5}"] if i % 4 == 2 else [])
        for k, status in enumerate(STATUSES):
            t = hh * 60 + mm + 4 * k
            when = f"{t // 60 % 24:02d}:{t % 60:02d}"
            for car in cars if status in ("ASSIGNED", "ARRIVED") else cars[:1]:
                date = r["date"] if k == 0 else ""
                outcome = r["dispo"].upper() if status == "CLOSED" else ""
                printed.append(f"      {date:<12}{when:<8}{status:<12}{'WALKIN' if k == 0 else car:<8}{outcome}")
        printed.append("")
    c = canvas.Canvas(str(path), pagesize=letter)
    per_page = 60
    for page, start in enumerate(range(0, len(printed), per_page), start=1):
        c.setFont("Courier", 7)
        c.drawString(30, 770, f"SALT FLAT DISPATCH - CALL HISTORY                                     PAGE {page}")
        c.drawString(30, 752, f"{'Incident':<18}{'Call type':<26}{'Pri':<6}Address")
        c.drawString(30, 744, f"      {'Date':<12}{'Time':<8}{'Status':<12}{'Car':<8}Outcome")
        for k, text in enumerate(printed[start:start + per_page]):
            c.drawString(30, 728 - 11 * k, text)
        c.showPage()
    c.save()
    return path


HISTORY = {f.__name__: f for f in (watch_sections_with_narratives, call_status_history)}
