"""Generate a held-out set of calendar-grid and planner incident logs (blind_logs130).

Five layouts: a wall-calendar month grid with incidents written in the day boxes and the entries
that did not fit carried to an overflow page; a week-per-page desk planner with a notes/call-backs
box that repeats earlier numbers; a duty roster with the incidents listed under each shift and
holdover lines repeating numbers from the shift before; a day-per-page desk diary with pre-printed
hour slots where entries slide to a later slot; a weekly watch calendar (days across, watches down)
with arrest numbers shaped like the incident numbers. Every agency, place and record is invented;
no person is named (officers by badge number only). Output is deterministic: fixed seeds, reportlab
invariant mode. Run:
    python tests/documents/blind_logs130/make_blind_logs130.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261130
TYPES = ["Theft", "Theft from vehicle", "Burglary - residential", "Suspicious person", "Welfare check",
         "Noise complaint", "Traffic crash - PD only", "Vandalism", "Disturbance", "Alarm - commercial",
         "Animal complaint", "Found property", "Trespass", "Fraud", "DUI arrest", "Assist other agency",
         "Shoplifting", "Missing person", "Harassment", "Parking complaint"]
STREETS = ["Cedar Ave", "Larkspur Rd", "Mill St", "Quarry Ln", "Osage Ct", "Tamber Way", "N 4th St",
           "Holloway Dr", "Brannock St", "Wexley Pkwy", "Orchard Row", "Pell Ave", "Dunlin Ct", "S 9th St"]
DISPS = ["Report taken", "Cleared, no cause", "Advised", "Gone on arrival", "Citation issued",
         "Arrest made", "Referred to detective", "Unfounded", "Returned to owner", "Assisted"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def loc(r):
    if r.random() < 0.6:
        return f"{r.randint(1, 39) * 100} blk {r.choice(STREETS)}"
    return f"{r.randint(10, 4999)} {r.choice(STREETS)}"


def times(r, n, lo=0, hi=1440):
    return [f"{m // 60:02d}{m % 60:02d}" for m in sorted(r.sample(range(lo, hi), n))]


def fits(text, font, size, width):
    assert stringWidth(text, font, size) <= width, (text, width)
    return text


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, related):
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {"case_number": recs[i]["case_number"]}
        s.update({k: recs[i][k] for k in fields if recs[i].get(k)})
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs130.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs130.py) from the records it drew; "
                               "checked by check_blind_logs130.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def related_of(recs):
    return [{"record": rec["case_number"], "kind": k, "number": num} for rec in recs for k, num in rec.get("rel", [])]


def footer(c, w, left, i, n):
    c.setFont("Helvetica", 7)
    c.drawString(36, 22, left)
    c.drawRightString(w - 36, 22, f"Page {i} of {n}")


# 1 ------------------------------------------------------------ Ashgrove, KS: month grid + overflow
GRID1 = dict(x0=34.0, cw=103.4, top=548.0, rh=84.0, rows=6)
MAXCELL = 4


def ashgrove(d, r):
    agency = "Ashgrove Police Department, KS [invented]"
    year, month = 2025, 3
    first = datetime.date(year, month, 1)
    ndays = 31
    num = 1040
    days = {}
    for day in range(1, ndays + 1):
        k = r.choice([0, 1, 2, 2, 3, 3, 3, 4, 4, 5, 6, 7])
        recs = []
        for t in times(r, k):
            num += r.randint(1, 3)
            recs.append({"case_number": f"25-{num:05d}", "t": t, "type": r.choice(TYPES),
                         "location": loc(r), "disposition": r.choice(DISPS),
                         "reported_at": f"{month:02d}/{day:02d}/{year} {t}"})
        days[day] = recs
    holidays = {9: "DST begins 0200", 14: "Full moon", 17: "St. Patrick's Day", 20: "Spring equinox",
                29: "Ashgrove 10K 0800-1200"}
    grid_recs = [x for day in range(1, ndays + 1) for x in days[day][:MAXCELL]]
    over = {day: days[day][MAXCELL:] for day in days if len(days[day]) > MAXCELL}
    over_recs = [x for day in sorted(over) for x in over[day]]
    for x in grid_recs:  # the day box prints only time, number and nature
        x["printed"] = (x.pop("location"), x.pop("disposition"))
    recs = grid_recs + over_recs
    # overflow page lines
    olines = []
    for day in sorted(over):
        dt = datetime.date(year, month, day)
        olines.append(("h", f"{dt.strftime('%A')}, {MONTHS[month - 1]} {day}, {year} - continued from calendar "
                            f"({len(over[day])} more)"))
        for x in over[day]:
            olines.append(("r", f"{x['t']}   {x['case_number']}   {x['type']:<24} {x['location']:<26} {x['disposition']}"))
        olines.append(("b", ""))
    olines.append(("t", f"Calls for service, {MONTHS[month - 1]} {year}: {len(recs)} "
                        f"(calendar {len(grid_recs)}, overflow {len(over_recs)})"))
    per = 52
    opages = [olines[i:i + per] for i in range(0, len(olines), per)]
    npages = 1 + len(opages)
    path = d / "ashgrove-calls-calendar-2025-03.pdf"
    w, h = landscape(letter)
    c = new_canvas(path, (w, h))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(34, 590, "ASHGROVE POLICE DEPARTMENT [invented] - CALLS FOR SERVICE CALENDAR")
    c.setFont("Helvetica", 8)
    c.drawString(34, 578, "Desk sergeant's wall calendar, typed copy - Records 555-0131 - full detail of "
                          "overflow entries on page 2")
    c.setFont("Helvetica-Bold", 16)
    c.drawRightString(w - 34, 580, f"{MONTHS[month - 1].upper()} {year}")
    g = GRID1
    for j, wd in enumerate(["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]):
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(g["x0"] + g["cw"] * (j + 0.5), g["top"] + 4, wd)
    c.setLineWidth(0.5)
    for i in range(g["rows"] + 1):
        c.line(g["x0"], g["top"] - i * g["rh"], g["x0"] + 7 * g["cw"], g["top"] - i * g["rh"])
    for j in range(8):
        c.line(g["x0"] + j * g["cw"], g["top"], g["x0"] + j * g["cw"], g["top"] - g["rows"] * g["rh"])
    lead = (first.weekday() + 1) % 7
    for day in range(1, ndays + 1):
        pos = lead + day - 1
        x = g["x0"] + (pos % 7) * g["cw"]
        top = g["top"] - (pos // 7) * g["rh"]
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x + 3, top - 9, str(day))
        if day in holidays:
            c.setFont("Helvetica-Oblique", 6)
            c.drawRightString(x + g["cw"] - 3, top - 9, holidays[day])
        y = top - 18
        c.setFont("Helvetica", 6.3)
        for x_ in days[day][:MAXCELL]:
            c.drawString(x + 3, y, fits(f"{x_['t']}  {x_['case_number']}", "Helvetica", 6.3, g["cw"] - 6))
            c.drawString(x + 9, y - 7.2, fits(x_["type"], "Helvetica", 6.3, g["cw"] - 12))
            y -= 14.4
        if len(days[day]) > MAXCELL:
            c.setFont("Helvetica-Oblique", 6.3)
            c.drawString(x + 3, y - 1, f"+{len(days[day]) - MAXCELL} more - see p. 2")
    footer(c, w, "CFS-CAL  times 24h  one line pair per call: time, call number, nature", 1, npages)
    c.showPage()
    for pi, pl in enumerate(opages, 2):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(34, 580, f"CALENDAR OVERFLOW - {MONTHS[month - 1].upper()} {year} - entries that did not fit "
                              "the day box")
        c.setFont("Courier-Bold", 7.5)
        c.drawString(34, 562, f"{'Time':<7}{'Call No.':<11}{'Nature':<25}{'Location':<27}Disposition")
        y = 548
        for kind, text in pl:
            c.setFont("Helvetica-Bold" if kind in "ht" else "Courier", 8 if kind in "ht" else 7.5)
            c.drawString(34, y, text)
            y -= 10
        footer(c, w, "CFS-CAL overflow", pi, npages)
        c.showPage()
    c.save()
    gt = [entry(path, agency, "calls-for-service wall calendar: month grid of day boxes, with an overflow page",
                "labelled blocks", recs, ["reported_at", "type", "location", "disposition"],
                "Page 1 is a month grid (SUN-SAT, six week rows); each day box holds the day number, sometimes "
                "a holiday or event note (`DST begins 0200`, `Ashgrove 10K 0800-1200`: not records), and up to four "
                "calls, each two lines: `HHMM  25-NNNNN` then the nature. A box with more calls ends "
                "`+k more - see p. 2`; those calls are printed on the overflow page(s) under "
                "`<Weekday>, March D, 2025 - continued from calendar (k more)` with location and disposition. "
                "pdftotext interleaves the seven columns; reading order is day by day, then the overflow page. "
                "case_numbers follow first appearance in that reading order (all calendar calls, then the "
                "overflow calls). reported_at = the box's or heading's date + the printed time; location and "
                "disposition are printed only for overflow calls. Ends `Calls for service, March 2025: N "
                "(calendar C, overflow O)`.",
                "every call counted by the generator; boxes of the first week counted on the page", [])]
    return agency, gt


# 2 ------------------------------------------------------------ Bellmoor Twp, PA: week-per-page planner
def bellmoor(d, r):
    agency = "Bellmoor Township Police Department, PA [invented]"
    gt = []
    num = 287
    start = datetime.date(2025, 3, 3)
    for fname, wk0, nweeks in [("bellmoor-desk-planner-2025-wk10-12.pdf", 0, 3),
                               ("bellmoor-desk-planner-2025-wk13-15.pdf", 3, 3)]:
        recs, pages = [], []
        for wk in range(wk0, wk0 + nweeks):
            monday = start + datetime.timedelta(weeks=wk)
            lines, wrecs = [], []
            for dd in range(7):
                day = monday + datetime.timedelta(days=dd)
                doy = day.timetuple().tm_yday
                lines.append(("h", f"{day.strftime('%A').upper()}  {day.day:02d}  {MONTHS[day.month - 1]}",
                              f"Day {doy:03d} / {365 - doy} remaining"))
                k = r.choice([1, 2, 2, 3, 3, 4])
                for t in times(r, k, 420, 1430):
                    num += r.randint(1, 2)
                    rec = {"case_number": f"2025-{num:04d}", "t": t, "type": r.choice(TYPES), "location": loc(r),
                           "disposition": r.choice(DISPS), "reported_at": f"{day.strftime('%m/%d/%Y')} {t}",
                           "rel": []}
                    if r.random() < 0.12:
                        slip = f"T-{r.randint(5000, 5999)}"
                        rec["disposition"] = f"Vehicle towed, slip {slip}"
                        rec["rel"].append(("tow_slip", slip))
                    text = f"{t}  #{rec['case_number']}  {rec['type']}, {rec['location']} -- {rec['disposition']}"
                    if r.random() < 0.3:
                        text += f". Ofc. badge {r.randint(100, 140)} handled, {r.choice(['caller', 'owner', 'manager'])} "
                        text += r.choice(["to call back if it happens again", "given case card",
                                          "will bring receipts to the station", "declined a statement"])
                    chunks, cur = [], ""
                    for wd in text.split(" "):
                        if len(cur) + len(wd) + 1 > 98:
                            chunks.append(cur)
                            cur = "        " + wd
                        else:
                            cur = wd if cur == "" else cur + " " + wd
                    chunks.append(cur)
                    lines += [("e", ch, "") for ch in chunks]
                    wrecs.append(rec)
            notes = []
            pool = recs + wrecs
            for t in times(r, r.randint(2, 4), 960, 1080):
                old = r.choice(pool[-25:])
                notes.append(f"{t}  re #{old['case_number']} - " + r.choice(
                    ["owner called back, property recovered", "caller says problem resolved",
                     "detective to follow up Mon", "DA wants copy of report", "insurance co. requested report",
                     "second call from neighbor, same issue"]))
            recs += wrecs
            pages.append((monday, wk, lines, notes, len(wrecs)))
        path = d / fname
        w, h = letter
        c = new_canvas(path, letter)
        for pi, (monday, wk, lines, notes, nw) in enumerate(pages, 1):
            sunday = monday + datetime.timedelta(days=6)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(36, 760, "BELLMOOR TOWNSHIP POLICE [invented] - DESK PLANNER")
            c.setFont("Helvetica-Bold", 13)
            c.drawRightString(w - 36, 758, f"WEEK {wk + 10}")
            c.setFont("Helvetica", 8.5)
            c.drawString(36, 746, f"{MONTHS[monday.month - 1]} {monday.day} - {MONTHS[sunday.month - 1]} "
                                  f"{sunday.day}, 2025    Desk 555-0172    entries: time, report #, what, where -- result")
            y = 728
            for ln in lines:
                if ln[0] == "h":
                    y -= 3
                    c.setLineWidth(0.4)
                    c.line(36, y + 9, w - 36, y + 9)
                    c.setFont("Helvetica-Bold", 8.5)
                    c.drawString(36, y, ln[1])
                    c.setFont("Helvetica", 7)
                    c.drawRightString(w - 36, y, ln[2])
                else:
                    c.setFont("Helvetica", 8)
                    c.drawString(48, y, ln[1])
                y -= 10.2
            assert y > 150, y
            y = min(y - 8, 140)
            c.rect(36, 40, w - 72, y - 28, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(42, y - 2, "NOTES / CALL-BACKS")
            y -= 14
            c.setFont("Helvetica", 8)
            for nt in notes:
                c.drawString(48, y, nt)
                y -= 10.2
            c.setFont("Helvetica-Bold", 8)
            c.drawString(48, 48, f"Week total: {nw} reports")
            footer(c, w, "Planner pages typed from the desk book", pi, len(pages))
            c.showPage()
        c.save()
        gt.append(entry(path, agency, "desk planner, one week per page", "free text",
                        recs, ["reported_at", "type", "location", "disposition"],
                        "One week per page: `WEEK nn`, then seven day headings (`MONDAY  03  March` with `Day 062 "
                        "/ 303 remaining` at the right: day-of-year numbers, not records), each followed by typed "
                        "entries `HHMM  #2025-NNNN  Nature, location -- result`, long entries wrapped onto an indented "
                        "line. A ruled `NOTES / CALL-BACKS` box at the foot repeats earlier report numbers "
                        "(`1642  re #2025-0301 - owner called back ...`): same time-then-number opening, not new "
                        "records. Tow slips `T-NNNN` in some results are related. reported_at = the day heading's "
                        "date + the entry time. Each page ends `Week total: N reports`.",
                        "entries counted by the generator; the first week counted on the page", related_of(recs)))
    return agency, gt


# 3 ------------------------------------------------------------ Carrow County, ID: duty roster
def carrow(d, r):
    agency = "Carrow County Sheriff's Office, ID [invented]"
    gt = []
    num = 1805
    deputies = [(f"{n}{a}", r.randint(4300, 4399)) for n in (21, 22, 24, 26) for a in "AB"]
    for fname, day0, ndays in [("carrow-duty-roster-2025-03-01-10.pdf", 1, 10),
                               ("carrow-duty-roster-2025-03-11-20.pdf", 11, 10)]:
        recs, lines = [], []
        open_prev = []
        for day in range(day0, day0 + ndays):
            date = datetime.date(2025, 3, day)
            lines.append(("d", f"{date.strftime('%A').upper()} {date.strftime('%m/%d/%Y')}"))
            for shift, lo, hi, prev in (("DAY SHIFT 0700-1900", 420, 1140, "NIGHT"),
                                        ("NIGHT SHIFT 1900-0700", 1140, 1440, "DAY")):
                sgt = r.randint(4100, 4199)
                lines.append(("s", f"{shift}    Shift Sgt. Badge {sgt}    Dispatch console {r.randint(1, 3)}"))
                on = r.sample(deputies, r.randint(3, 4))
                for u, b in sorted(on):
                    lines.append(("l", f"   ROSTER  {u:<4} Dep. Badge {b}  Beat {r.randint(1, 6)}  Car {r.randint(1100, 1199)}"
                                       f"  {shift.split()[-1]}"))
                lines.append(("c", f"   {'Call No.':<12}{'Time':<6}{'Unit':<6}{'Nature':<24}{'Location':<26}Disposition"))
                for old in open_prev:
                    lines.append(("l", f"   {old['case_number']:<12}{'----':<6}{old['unit']:<6}"
                                       f"HOLDOVER from {prev} {old['day']} - scene still held"))
                k = r.choice([1, 2, 3, 3, 4, 4]) if shift.startswith("DAY") else r.choice([0, 1, 2, 2, 3])
                open_prev = []
                for t in times(r, k, lo, hi):
                    num += r.randint(1, 4)
                    u = r.choice(on)[0]
                    rec = {"case_number": f"S25-{num:05d}", "type": r.choice(TYPES), "location": loc(r),
                           "disposition": r.choice(DISPS), "reported_at": f"{date.strftime('%m/%d/%Y')} {t}",
                           "unit": u, "day": date.strftime("%m/%d"), "rel": []}
                    if rec["disposition"] == "Citation issued":
                        cit = f"C-{r.randint(440000, 449999)}"
                        rec["disposition"] = f"Citation {cit}"
                        rec["rel"].append(("citation", cit))
                    lines.append(("l", f"   {rec['case_number']:<12}{t:<6}{u:<6}{rec['type']:<24}{rec['location']:<26}"
                                       f"{rec['disposition']}"))
                    recs.append(rec)
                    if r.random() < 0.15:
                        open_prev.append(rec)
                if k == 0:
                    lines.append(("l", "   No calls for service logged this shift."))
                lines.append(("l", f"   Calls this shift: {k}"))
                lines.append(("b", ""))
        path = d / fname
        w, h = letter
        per = 64
        pages = [lines[i:i + per] for i in range(0, len(lines), per)]
        c = new_canvas(path, letter)
        for pi, pl in enumerate(pages, 1):
            c.setFont("Helvetica-Bold", 10)
            c.drawString(36, 760, "CARROW COUNTY SHERIFF'S OFFICE [invented] - PATROL DUTY ROSTER AND CALL SHEET")
            c.setFont("Helvetica", 8)
            c.drawString(36, 748, f"03/{day0:02d}/2025 - 03/{day0 + ndays - 1:02d}/2025   Patrol Division 555-0158"
                                  + ("   (continued)" if pi > 1 else ""))
            y = 730
            for kind, text in pl:
                c.setFont({"d": "Helvetica-Bold", "s": "Helvetica-Bold", "c": "Courier-Bold"}.get(kind, "Courier"),
                          {"d": 9, "s": 8}.get(kind, 7.2))
                c.drawString(36, y, text)
                y -= 10.4
            footer(c, w, "Roster and calls as kept by the shift sergeant", pi, len(pages))
            c.showPage()
        c.save()
        gt.append(entry(path, agency, "patrol duty roster with calls under each shift (10 days)",
                        "table with header", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "A date heading (`SATURDAY 03/01/2025`), then per shift a heading with the sergeant's badge, "
                        "`ROSTER` lines (unit, badge, beat, car number, shift hours: not records), the column header, "
                        "then the calls `S25-NNNNN  HHMM  unit  nature  location  disposition` and `Calls this shift: "
                        "k`. A call still open at shift change is printed again at the top of the next shift's list "
                        "as `S25-NNNNN  ----  unit  HOLDOVER from DAY 03/04 - scene still held`: the same record, not "
                        "a new one. Shifts without calls say so. Citation numbers `C-NNNNNN` are related. "
                        "reported_at = date heading + time. Shift blocks run on across page breaks.",
                        "calls counted by the generator; the first page counted on the page", related_of(recs)))
    return agency, gt


# 4 ------------------------------------------------------------ Dunmore Falls, VT: day-per-page diary
SLOTS = ["Early"] + [f"{hh:02d}" for hh in range(6, 24)]


def dunmore(d, r):
    agency = "Dunmore Falls Police Department, VT [invented]"
    recs, pages = [], []
    num = 96
    for day in range(1, 32):
        date = datetime.date(2025, 3, day)
        k = r.choice([1, 1, 2, 2, 2, 3, 3, 4])
        slots = [None] * len(SLOTS)
        memo = []
        drecs = []
        for t in times(r, k, 0, 1440):
            num += 1
            rec = {"case_number": f"25-{num:04d}", "type": r.choice(TYPES), "location": loc(r),
                   "disposition": r.choice(DISPS).lower(), "reported_at": f"{date.strftime('%m/%d/%Y')} {t}"}
            text = f"{t} Log {rec['case_number']} {rec['type']}, {rec['location']} - {rec['disposition']}"
            parts = [text]
            if len(text) > 62 or r.random() < 0.25:
                extra = r.choice(["caller will phone back", "no further action", "copy to chief",
                                  "neighbor also called", "photos taken"])
                parts = [text, "  (cont.) " + extra]
            hh = int(t[:2])
            want = 0 if hh < 6 else hh - 5
            i = want
            while i < len(SLOTS) and (any(slots[j] for j in range(i, min(i + len(parts), len(SLOTS))))
                                      or i + len(parts) > len(SLOTS)):
                i += 1
            if i >= len(SLOTS):
                memo += parts
            else:
                for j, p in enumerate(parts):
                    slots[i + j] = p
            drecs.append(rec)
        if day % 4 == 0 and recs:
            old = r.choice(recs[-8:])
            memo.append(f"Memo: court Tues re Log {old['case_number']} - bring photos")
        recs += drecs
        pages.append((date, slots, memo))
    path = d / "dunmore-falls-desk-diary-2025-03.pdf"
    w, h = letter
    c = new_canvas(path, letter)
    for pi, (date, slots, memo) in enumerate(pages, 1):
        doy = date.timetuple().tm_yday
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, 752, f"{date.strftime('%A')} {date.day} {MONTHS[date.month - 1]} 2025")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 40, 756, f"Week {date.isocalendar()[1]}  -  Day {doy:03d}  -  {365 - doy} to follow")
        c.drawString(40, 738, "DUNMORE FALLS POLICE [invented] - DESK DIARY - calls as written by the desk officer "
                              "- 555-0186")
        y = 712
        for label, text in zip(SLOTS, slots):
            c.setFont("Helvetica-Bold", 8)
            c.drawString(40, y, label)
            c.setLineWidth(0.3)
            c.line(68, y - 3, w - 40, y - 3)
            if text:
                c.setFont("Courier", 8.5)
                c.drawString(72, y, text)
            y -= 27
        y -= 6
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "MEMO")
        c.setFont("Courier", 8.5)
        for m in memo:
            c.drawString(72, y, m)
            y -= 12
        assert y > 34
        footer(c, w, "Desk diary, typed copy", pi, len(pages))
        c.showPage()
    c.save()
    gt = [entry(path, agency, "desk diary, one day per page (month)", "free text",
                recs, ["reported_at", "type", "location", "disposition"],
                "One day per page (`Thursday 13 March 2025`, `Week 11 - Day 072 - 293 to follow`). Pre-printed hour "
                "slots `Early`, `06` ... `23` run down the page; the desk officer writes each call on the line of "
                "its hour, `HHMM Log 25-NNNN Nature, location - result`, but when that line is taken the call "
                "slides to the next free line, so the printed hour label is often not the call's hour; a second "
                "line `(cont.) ...` sits on the next hour's line. Calls that fit nowhere are written in the "
                "MEMO area at the foot, with memo reminders citing an earlier `Log 25-NNNN` (not records). "
                "reported_at = the page date + the written time. No total is printed.",
                "calls counted by the generator; the first five pages counted on the page", [])]
    return agency, gt


# 5 ------------------------------------------------------------ Fenwick, NE: weekly watch calendar
GRID5 = dict(x0=100.0, cw=94.0, top=528.0, rh=160.0, rows=3, head=16.0)
WATCHES = [("1ST WATCH", "0000-0800", 0, 480), ("2ND WATCH", "0800-1600", 480, 960), ("3RD WATCH", "1600-2400", 960, 1440)]


def fenwick(d, r):
    agency = "Fenwick Police Department, NE [invented]"
    num, arr = 2190, 318
    start = datetime.date(2025, 3, 3)
    weeks = []
    recs = []
    for wk in range(4):
        monday = start + datetime.timedelta(weeks=wk)
        cells = {}
        for dd in range(7):
            day = monday + datetime.timedelta(days=dd)
            for wi, (_, _, lo, hi) in enumerate(WATCHES):
                k = r.choice([0, 1, 1, 1, 2, 2])
                cl = []
                for t in times(r, k, lo, hi):
                    num += r.randint(1, 3)
                    rec = {"case_number": f"F25-{num:04d}", "type": r.choice(TYPES),
                           "reported_at": f"{day.strftime('%m/%d/%Y')} {t}", "t": t, "rel": []}
                    if r.random() < 0.2:
                        arr += r.randint(1, 2)
                        rec["arrest"] = f"A25-{arr:04d}"
                        rec["rel"].append(("arrest_number", rec["arrest"]))
                    cl.append(rec)
                cells[(dd, wi)] = (f"Sgt {r.randint(5100, 5199)} / {r.randint(3, 6)} units", cl)
        wrecs = [x for dd in range(7) for wi in range(3) for x in cells[(dd, wi)][1]]
        recs += wrecs
        weeks.append((monday, cells, wrecs))
    path = d / "fenwick-watch-calendar-2025-03.pdf"
    w, h = landscape(letter)
    g = GRID5
    c = new_canvas(path, (w, h))
    for pi, (monday, cells, wrecs) in enumerate(weeks, 1):
        sunday = monday + datetime.timedelta(days=6)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(34, 585, "FENWICK POLICE DEPARTMENT [invented] - WEEKLY WATCH CALENDAR")
        c.setFont("Helvetica", 8.5)
        c.drawString(34, 572, f"Week {monday.isocalendar()[1]}: Monday {monday.strftime('%m/%d/%Y')} - Sunday "
                              f"{sunday.strftime('%m/%d/%Y')}    Watch commanders' board - Records 555-0194")
        c.setLineWidth(0.5)
        for j in range(7):
            day = monday + datetime.timedelta(days=j)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawCentredString(g["x0"] + g["cw"] * (j + 0.5), g["top"] + 5, f"{day.strftime('%a').upper()} "
                                                                            f"{day.strftime('%m/%d')}")
        for i in range(4):
            c.line(34, g["top"] - i * g["rh"], g["x0"] + 7 * g["cw"], g["top"] - i * g["rh"])
        for j in range(8):
            c.line(g["x0"] + j * g["cw"], g["top"] + 16, g["x0"] + j * g["cw"], g["top"] - 3 * g["rh"])
        c.line(34, g["top"] + 16, g["x0"] + 7 * g["cw"], g["top"] + 16)
        for wi, (name, hrs, _, _) in enumerate(WATCHES):
            top = g["top"] - wi * g["rh"]
            c.setFont("Helvetica-Bold", 8)
            c.drawString(38, top - 12, name)
            c.setFont("Helvetica", 7.5)
            c.drawString(38, top - 22, hrs)
            for dd in range(7):
                x = g["x0"] + dd * g["cw"]
                head, cl = cells[(dd, wi)]
                c.setFont("Helvetica-Oblique", 6)
                c.drawString(x + 3, top - 8, head)
                y = top - 18
                c.setFont("Helvetica", 6.5)
                for rec in cl:
                    c.drawString(x + 3, y, fits(f"{rec['t']}  {rec['case_number']}", "Helvetica", 6.5, g["cw"] - 6))
                    c.drawString(x + 9, y - 7.4, fits(rec["type"], "Helvetica", 6.5, g["cw"] - 12))
                    y -= 14.8
                    if rec.get("arrest"):
                        c.drawString(x + 9, y + 0, fits(f"Arrest {rec['arrest']}", "Helvetica", 6.5, g["cw"] - 12))
                        y -= 7.4
                    y -= 1.5
                assert y > top - g["rh"], "cell overflow"
        narr = sum(1 for x in wrecs if x.get("arrest"))
        c.setFont("Helvetica-Bold", 8)
        c.drawString(34, 30, f"Week total: {len(wrecs)} incidents    Arrests: {narr}")
        footer(c, w, "", pi, len(weeks))
        c.showPage()
    c.save()
    gt = [entry(path, agency, "weekly watch calendar: grid of day x watch boxes, four weeks, one per page", "labelled blocks",
                recs, ["reported_at", "type"],
                "Landscape grid, one week per page: seven day columns (`MON 03/03` ...) and three watch rows "
                "(`1ST WATCH 0000-0800`, `2ND WATCH 0800-1600`, `3RD WATCH 1600-2400`). Each box opens with the "
                "watch commander's line `Sgt 5123 / 4 units` (not a record), then incidents as `HHMM  F25-NNNN` "
                "with the nature below, and for some a third line `Arrest A25-NNNN`: arrest numbers of the same "
                "shape, related, not records. pdftotext interleaves the columns; reading order is day by day, "
                "watch by watch. reported_at = the column's date + the printed time. Each page ends `Week total: "
                "N incidents    Arrests: A`.",
                "incidents counted by the generator; the first week counted on the page", related_of(recs))]
    return agency, gt


AGENCIES = [("ashgrove-ks-pd", 1, ashgrove), ("bellmoor-twp-pa-pd", 2, bellmoor),
            ("carrow-county-id-so", 3, carrow), ("dunmore-falls-vt-pd", 4, dunmore),
            ("fenwick-ne-pd", 5, fenwick)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
