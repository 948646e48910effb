"""Generated logs whose field values are found but were named wrongly (see ``log_layouts``):
column titles in general English words no reader mapped ("Circumstances", "Finding",
"Ward/Bay", "Place of Incident"), two columns claiming one field (a call's stage beside its
outcome, an incident's code beside its nature), a short "Description" column that is the
type, label-gap-value lines without colons, labels run into another label's value, and a
screen's keys caught at the end of the last values above them."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from log_layouts import _pages

_SHIFTS = ("Days", "Evenings", "Nights")
_WARDS = ("2 North", "3 East", "ICU Annex", "4 West", "ER Bay")
_CODES = ("10-31", "10-16", "10-50", "10-57", "10-80", "10-14", "10-66", "10-52")
_STAGES = ("ENRT", "ONSC", "CLR")


def hospital_security_titles(path: Path, n: int) -> Path:
    """A hospital security log: a shift column of a few repeated words first (no type), then
    the incident under "Circumstances", where under "Ward/Bay", the outcome under "Finding";
    and "Related Incident" holding another agency's numbers."""
    rows = incidents(n)

    def page(c, chunk, no):
        c.setFont("Courier", 8)
        c.drawString(30, 760, f"ST. ALDWYN MEMORIAL HOSPITAL - PROTECTIVE SERVICES JOURNAL     Leaf {no}")
        c.drawString(30, 740, "Report No.   Logged            Shift     Circumstances        Ward/Bay     "
                              "Finding            Related Incident")
        y = 725
        for i, r in enumerate(chunk, start=(no - 1) * 40):
            c.drawString(30, y, f"PS-{r['no']}  {r['date']} {r['time']}  {_SHIFTS[i % 3]:<8}  {r['type']:<19}  "
                                f"{_WARDS[i % len(_WARDS)]:<11}  {r['dispo']:<17}  CPD 24-{7700 + i}")
            y -= 12
    return _pages(path, rows, 40, page)


def stage_beside_outcome(path: Path, n: int) -> Path:
    """A dispatch summary: a "Status" column of a unit's last stage (ENRT, ONSC, CLR) before
    the "Disp" column of outcomes; an "Incident" column of radio codes before "Nature"."""
    rows = incidents(n)

    def page(c, chunk, no):
        c.setFont("Courier", 8)
        c.drawString(30, 760, "NORTHGATE EMERGENCY COMMUNICATIONS - CALL SUMMARY")
        c.drawString(30, 740, "Call No.     Received          Status   Incident   Nature               "
                              "Location             Disp")
        y = 725
        for i, r in enumerate(chunk, start=(no - 1) * 45):
            c.drawString(30, y, f"NG{r['no']}   {r['date']} {r['time']}  {_STAGES[i % 3]:<7}  "
                                f"{_CODES[i % len(_CODES)]:<9}  {r['type']:<19}  {r['address']:<19}  {r['dispo']}")
            y -= 12
    return _pages(path, rows, 45, page)


def short_description_column(path: Path, n: int) -> Path:
    """A constable's call list whose only words for the call are under "Description", a
    few kinds repeated; no column titled for the type."""
    rows = incidents(n)

    def page(c, chunk, no):
        c.setFont("Courier", 8)
        c.drawString(30, 760, "PRECINCT 5 CONSTABLE - CALLS FOR SERVICE")
        c.drawString(30, 740, "Call No.      Received           Location             Disposition        Description")
        y = 725
        for r in chunk:
            c.drawString(30, y, f"K5-{r['no']}   {r['date']} {r['time']}   {r['address']:<19}  {r['dispo']:<17}  "
                                f"{r['type'].upper()}")
            y -= 12
    return _pages(path, rows, 45, page)


def label_gap_stacked(path: Path, n: int) -> Path:
    """Entries under their street's heading (a street a page), one value a line, no blank
    line between entries, each line a label, a wide gap and its value without a colon
    ("Offense    Burglary"); a street's count under its last entry."""
    rows = incidents(n)
    streets: dict[str, list[dict]] = {}
    for r in rows:
        streets.setdefault(r["address"].split(" ", 1)[1], []).append(r)

    def page(c, chunk, no):
        c.setFont("Courier", 9)
        c.drawString(40, 760, "LAKE ORMOND PATROL - ACTIVITY BY STREET")
        c.drawString(400, 748, f"Page {no}")
        y = 725
        for street, mine in chunk:
            c.drawString(40, y, street.upper())
            y -= 12
            for r in mine:
                for label, value in (("No.", f"LO{r['no']}"), ("Rcvd", f"{r['date']} {r['time']}"),
                                     ("Offense", r["type"]), ("Addr", r["address"]), ("Outcome", r["dispo"])):
                    c.drawString(60, y, f"{label:<12}{value}")
                    y -= 11
            c.drawString(300, y, f"{street}: {len(mine)}")
            y -= 20
    return _pages(path, list(streets.items()), 1, page)


def screen_keys_under_rows(path: Path, n: int) -> Path:
    """Screen prints of a records terminal, two screens a page: each screen's rows end
    with "More..." and the function keys along the screen's foot, their words under the
    type and place columns ("F7=Back ... F17=Top F18=Bottom"); a day's total over the rows."""
    rows = incidents(n)

    def page(c, chunk, no):
        c.setFont("Courier", 8)
        c.drawString(30, 770, f"Sable Point PD - public records response - terminal prints   sheet {no}")
        y = 740
        for start in range(0, len(chunk), 12):
            screen = chunk[start:start + 12]
            c.drawString(40, y, "SPR310                      SABLE POINT POLICE - RECORDS                    05/02/24")
            c.drawString(40, y - 10, f"Calls this date:   {len(screen)}")
            c.drawString(40, y - 26, "Sel   Call Number     Time    Nature                      Location                Disp")
            y -= 38
            for r in screen:
                c.drawString(40, y, f" _    SP{r['no']}       {r['time'].replace(':', '')}    {r['type'].upper():<26}  "
                                    f"{r['address'].upper():<22}  {r['dispo'][:3].upper()}")
                y -= 10
            c.drawString(40, y, " " * 84 + "More...")
            c.drawString(40, y - 10, "F3=Exit     F7=Back     F8=Fwd      F11=Alt View     F12=Cancel   F17=Top   F18=Bottom")
            y -= 50
    return _pages(path, rows, 24, page)


def run_in_labels_printout(path: Path, n: int) -> Path:
    """A line printer's call entries, two lines each, several labels on a line in capitals
    with no colons: "EVT# CR24-01000 RCVD 04/01/24 10:09   NATURE BURGLARY" over
    "ADDR 100 MAIN ST DISP RPT"."""
    rows = incidents(n)

    def page(c, chunk, no):
        c.setFont("Courier", 8)
        c.drawString(30, 760, f"CEDAR RUN VILLAGE CONSTABLE  **  CALL ENTRY LISTING  **  RUN {no}")
        c.drawString(30, 748, "=" * 90)
        y = 730
        for r in chunk:
            c.drawString(30, y, f"EVT# CR{r['no']} RCVD {r['date'][:6]}{r['date'][8:]} {r['time']}   "
                                f"NATURE {r['type'].upper()}")
            c.drawString(50, y - 10, f"ADDR {r['address'].upper()} DISP {r['dispo'][:3].upper()}")
            y -= 24
    return _pages(path, rows, 28, page)


def badge_beside_nature(path: Path, n: int) -> Path:
    """A call sheet of labelled blocks between rules of asterisks, the officer's badge in a
    cell of its own far right on the nature's line ("NATURE: BURGLARY      OFC #221")."""
    rows = incidents(n)

    def page(c, chunk, no):
        c.setFont("Courier", 8)
        c.drawString(30, 760, f"WILLOW GAP TOWNSHIP POLICE - CALL SHEET              SHEET {no:02d}")
        y = 735
        for i, r in enumerate(chunk, start=(no - 1) * 10):
            c.drawString(30, y, "*" * 80)
            c.drawString(30, y - 11, f"CALL# WG{r['no']}                           LOGGED {r['date']} {r['time']}")
            c.drawString(30, y - 22, f"NATURE: {r['type'].upper():<40}          OFC #{200 + 7 * i % 90}")
            c.drawString(30, y - 33, f"LOCATION: {r['address'].upper()}")
            c.drawString(30, y - 44, f"DISPOSITION: {r['dispo'].upper()}")
            y -= 58
    return _pages(path, rows, 10, page)


def owner_label_beside_place(path: Path, n: int) -> Path:
    """Labelled blocks with two labels on a line, the right one an owner's ("Location:
    100 Main St        Warden's ref: WR-4410"), the record number's line titled."""
    rows = incidents(n)

    def page(c, chunk, no):
        c.setFont("Helvetica", 8)
        c.drawString(40, 765, f"BRAEMOUNT COUNTY PAROLE BOARD - REFERRALS OPENED        page {no}")
        y = 740
        for i, r in enumerate(chunk, start=(no - 1) * 8):
            c.drawString(40, y, f"Referral PB-{r['no']}")
            c.drawRightString(560, y, r["type"])
            c.drawString(50, y - 12, "Received:")
            c.drawString(140, y - 12, f"{r['date']} {r['time']}")
            c.drawString(50, y - 24, "Location:")
            c.drawString(140, y - 24, r["address"])
            c.drawString(330, y - 24, "Warden's ref:")
            c.drawString(420, y - 24, f"WR-{4410 + i}")
            c.drawString(50, y - 36, "Status:")
            c.drawString(140, y - 36, r["dispo"])
            y -= 60
    return _pages(path, rows, 8, page)


def number_and_time_one_cell(path: Path, n: int) -> Path:
    """A collision log whose first column holds the report number and its date and time
    one space apart, under one title of two names ("Report No. Date/Time")."""
    rows = incidents(n)

    def page(c, chunk, no):
        c.setFont("Courier", 8)
        c.drawString(30, 760, f"HALLORAN BAY POLICE - COLLISION REPORTS FILED          p. {no}")
        c.drawString(30, 740, "Report No. Date/Time            Location                 Collision Type          Tow No.")
        y = 725
        for i, r in enumerate(chunk, start=(no - 1) * 40):
            c.drawString(30, y, f"HB{r['no']} {r['date']} {r['time']}   {r['address']:<23}  {r['type']:<22}  "
                                f"TW-{3300 + i}")
            y -= 12
    return _pages(path, rows, 40, page)


FIELD_WORDS = {
    "hospital_security_titles": hospital_security_titles,
    "stage_beside_outcome": stage_beside_outcome,
    "short_description_column": short_description_column,
    "label_gap_stacked": label_gap_stacked,
    "screen_keys_under_rows": screen_keys_under_rows,
    "run_in_labels_printout": run_in_labels_printout,
    "badge_beside_nature": badge_beside_nature,
    "owner_label_beside_place": owner_label_beside_place,
    "number_and_time_one_cell": number_and_time_one_cell,
}
