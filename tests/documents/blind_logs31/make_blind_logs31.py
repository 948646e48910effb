"""Generate the thirty-first held-out set of incident-log PDFs and their ground truth.

Five logs printed from generic office tools and web apps rather than a police records system:
an e-mail digest (one alert e-mail per incident, the id only in the Subject line, two e-mails
that are not incidents), a web activity feed printed from a browser (navigation, sidebar, a
cookie banner on every page, 'Load more', URL and date in the margins, id on the card's last
line), a spreadsheet printed with gridlines and a frozen title/header repeated per page (dates
without a year), a calendar app's agenda view grouped by day (all-day notices that are not
incidents), and mail-merge letters to neighbourhood-watch captains (one letter per page, the id
in the middle of a merged sentence). Every agency, place and record is invented; no person is
named. Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs31/make_blind_logs31.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20253131
STREETS = ["Alderwick", "Brackley", "Cressing", "Dunholme", "Easterly", "Fallowfield", "Gorsebank",
           "Harrowgate", "Inchmore", "Jessamy", "Kingsweir", "Loxbridge", "Marlpit", "Nettlecombe",
           "Orchardleigh", "Pennywell", "Quillet", "Rookwood", "Sedgemoor", "Tansley", "Upcott"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Pl"]
TYPES = [  # (type, summary)
    ("Theft from Vehicle", "Caller reported a bag taken from an unlocked car overnight."),
    ("Burglary - Residential", "Rear door found forced; electronics missing from the front room."),
    ("Vandalism", "Spray paint on a fence and two mailboxes damaged."),
    ("Welfare Check", "Relative asked officers to check on an older resident; resident fine."),
    ("Suspicious Person", "Person seen trying car door handles along the block."),
    ("Disturbance - Noise", "Loud music from a gathering; hosts agreed to turn it down."),
    ("Traffic Crash - Property Damage", "Two vehicles collided at low speed; no injuries."),
    ("Shoplifting", "Store staff held a subject who left without paying for groceries."),
    ("Fraud - Online Purchase", "Resident paid for an item online that never arrived."),
    ("Found Property", "Wallet turned in at the front desk and logged for return."),
    ("Domestic Disturbance", "Verbal argument between household members; parties separated."),
    ("Trespass Warning", "Subject asked to leave a closed business and warned in writing."),
    ("Animal Complaint", "Loose dog reported near the school; owner located."),
    ("DUI Arrest", "Driver stopped for weaving; field sobriety tests performed."),
    ("Assault - Simple", "Two adults in a shoving match outside a bar; minor scrapes."),
    ("Stolen Bicycle", "Locked bicycle taken from a rack; cable lock cut."),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
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


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def block(r):
    return f"{r.randint(1, 48) * 100} block of {r.choice(STREETS)} {r.choice(SUFFIX)}"


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(datetime.date(*days[m // 1440]), (m % 1440) // 60, m % 60) for m in mins]


def ids_in_series(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append(k)
    return out


def h12(h, m, sep=" "):
    return f"{(h % 12) or 12}:{m:02d}{sep}{'AM' if h < 12 else 'PM'}"


def base_records(r, days, n, start, fmt, related_makers, outcomes):
    """Plain dict records; related_makers: list of (weight, kind, outcome-with-{n}, number maker)."""
    recs = []
    for (d, hh, mm), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        typ, summary = r.choice(TYPES)
        rec = {"case_number": fmt(k), "date": d, "h": hh, "m": mm, "type": typ, "summary": summary,
               "location": block(r), "related": []}
        x = r.random()
        for p, kind, text, maker in related_makers:
            if x < p:
                num = maker(r)
                rec["disposition"] = text.format(n=num)
                rec["related"].append((kind, num))
                break
            x -= p
        else:
            rec["disposition"] = r.choice(outcomes)
        recs.append(rec)
    return recs


def draw_footer_rule(c, x0, x1, y):
    c.setLineWidth(0.4)
    c.line(x0, y, x1, y)


# ---------------------------------------------------------------- A: e-mail digest (Ossory Lake)

def ol_records(r, days, n, start):
    recs = base_records(
        r, days, n, start, lambda k: f"OL25-{k:05d}",
        [(0.12, "other_agency_case", "Referred to Tamber County SO, case TC25-{n}", lambda r: f"{r.randint(1000, 9999):05d}"),
         (0.12, "citation", "Citation issued, OLC-{n}", lambda r: f"{r.randint(200000, 299999)}"),
         (0.08, "booking_number", "Arrest; booked at county jail, BK-25-{n}", lambda r: f"{r.randint(100, 9999):04d}")],
        ["Report taken", "Closed - advised", "Closed - unfounded", "Open - under investigation",
         "Closed - gone on arrival"])
    for rec in recs:
        for i, (kind, num) in enumerate(rec["related"]):
            prefix = {"other_agency_case": "TC25-", "citation": "OLC-", "booking_number": "BK-25-"}[kind]
            rec["related"][i] = (kind, prefix + num)
        d = rec["date"]
        rec["reported_at"] = f"{d.month:02d}/{d.day:02d}/{d.year} {rec['h']:02d}:{rec['m']:02d}"
        sent = datetime.datetime(d.year, d.month, d.day, rec["h"], rec["m"]) + datetime.timedelta(
            minutes=r.randint(9, 95))
        rec["sent"] = (f"{WEEKDAYS[sent.weekday()]}, {MONTHS[sent.month - 1]} {sent.day}, {sent.year} "
                       f"{h12(sent.hour, sent.minute)}")
    return recs


def draw_ol(path, recs, label, pages):
    W, H = letter
    c = new_canvas(path, letter)
    page = [0]
    total = len(recs)

    def head():
        page[0] += 1
        c.setFont("Helvetica", 7.5)
        c.drawString(40, H - 28, "Mail - Press Desk - Printed 10/27/2025 7:58 AM")
        c.drawRightString(W - 40, H - 28, f"{page[0]} of {pages or '?'}")
        if page[0] == 1:
            c.setFont("Helvetica-Bold", 13)
            c.drawString(40, H - 56, f"Folder: OLPD Alerts  ({label})")
            c.setFont("Helvetica", 8.5)
            c.drawString(40, H - 70, f"{total + 2} conversations, sorted by Sent (oldest first)")
            return H - 96
        return H - 48

    y = head()
    lh = 11.2

    def need(k):
        nonlocal y
        if y - k * lh < 44:
            c.showPage()
            y = head()

    def mail(headers, body):
        nonlocal y
        lines = [("hdr", k, v) for k, v in headers] + [("gap", "", "")]
        for k, v in body:
            if k == "Summary:":
                for i, part in enumerate(wrap(v, "Helvetica", 9, 380)):
                    lines.append(("body", k if i == 0 else "", part))
            else:
                lines.append(("body", k, v))
        lines.append(("gap", "", ""))
        lines.append(("foot", "", "Ossory Lake Police Department - automated notice. Questions: 555-0147."))
        for kind, k, v in lines:
            need(1)
            if kind == "hdr":
                c.setFont("Helvetica-Bold", 9)
                c.drawString(40, y, k)
                c.setFont("Helvetica-Bold" if k == "Subject:" else "Helvetica", 9)
                c.drawString(100, y, v)
            elif kind == "body":
                c.setFont("Helvetica", 9)
                c.drawString(40, y, k)
                c.drawString(120, y, v)
            elif kind == "foot":
                c.setFont("Helvetica-Oblique", 7.5)
                c.drawString(40, y, v)
            y -= lh
        c.setLineWidth(1.2)
        c.line(40, y + 4, W - 40, y + 4)
        y -= lh

    sender = "OLPD Incident Alerts <alerts@ossorylake-pd.example>"
    extra_at = len(recs) // 3
    for i, rec in enumerate(recs):
        if i == extra_at:
            mail([("From:", "IT Service Desk <servicedesk@ossorylake.example>"),
                  ("Sent:", recs[i - 1]["sent"]), ("To:", "Press Desk"),
                  ("Subject:", "Scheduled maintenance - alert service")],
                 [("Ticket:", "Change CHG0041872"),
                  ("Summary:", "The alert service will be offline for 20 minutes tonight; alerts queue and "
                               "are sent when it returns. Call the desk at 555-0139 with questions.")])
        mail([("From:", sender), ("Sent:", rec["sent"]), ("To:", "Press Desk"),
              ("Subject:", f"Incident {rec['case_number']} - {rec['type']}")],
             [("Reported:", rec["reported_at"]), ("Type:", rec["type"]), ("Location:", rec["location"]),
              ("Disposition:", rec["disposition"]), ("Summary:", rec["summary"])])
    mail([("From:", sender), ("Sent:", recs[-1]["sent"]), ("To:", "Press Desk"),
          ("Subject:", f"Weekly summary - {label}")],
         [("Summary:", f"{total} incident alerts sent this week. Alerts with a case number are logged in "
                       f"the records system; this message is not an incident.")])
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: web activity feed (Cobble Junction)

def cj_records(r, days, n, start):
    recs = base_records(
        r, days, n, start, lambda k: f"25-{k:06d}",
        [(0.14, "citation", "Citation CJT{n} issued", lambda r: f"{r.randint(10000, 99999):06d}"),
         (0.10, "other_agency_case", "Turned over to Colorado State Patrol (CSP 25-{n})",
          lambda r: f"{r.randint(10000, 99999)}")],
        ["Report taken", "Closed", "Advised", "Unfounded", "Under investigation"])
    for rec in recs:
        rec["type"] = rec["type"].upper()  # the headline prints it in capitals
        for i, (kind, num) in enumerate(rec["related"]):
            rec["related"][i] = (kind, ("CJT" if kind == "citation" else "CSP 25-") + num)
        d = rec["date"]
        rec["reported_at"] = f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year} {h12(rec['h'], rec['m'])}"
        p = d + datetime.timedelta(days=r.choice((0, 1, 1)))
        rec["posted"] = f"{MONTHS[p.month - 1][:3]} {p.day}, {p.year}"
    recs.reverse()  # newest first, as the feed shows them
    return recs


def draw_cj(path, recs, label, pages):
    W, H = letter
    c = new_canvas(path, letter)
    page = [0]
    main_x = 200
    week = recs[-1]["date"].isoformat()

    def head():
        page[0] += 1
        c.setFont("Helvetica", 7)
        c.drawString(24, H - 18, "10/27/25, 8:02 AM")
        c.drawCentredString(W / 2, H - 18, "Police Activity Feed | City of Cobble Junction, CO")
        c.drawString(24, 14, f"https://www.cobblejunction-co.example/police/activity-feed?week={week}&view=all")
        c.drawRightString(W - 24, 14, f"{page[0]}/{pages or '?'}")
        # cookie banner: a fixed element, so the browser prints it on every page
        c.setFillGray(0.92)
        c.rect(24, 26, W - 48, 26, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica", 7.5)
        c.drawString(34, 40, "We use cookies to improve this site. By continuing you accept our cookie policy.")
        c.drawString(34, 30, "Accept all     Manage preferences")
        if page[0] == 1:
            c.setFont("Helvetica-Bold", 12)
            c.drawString(36, H - 44, "COBBLE JUNCTION")
            c.setFont("Helvetica", 8.5)
            c.drawString(160, H - 44, "Home     Residents     Business     Government     Police     Contact")
            c.line(36, H - 52, W - 36, H - 52)
            c.drawString(36, H - 66, "Home  >  Police  >  Activity Feed")
            c.setFont("Helvetica-Bold", 16)
            c.drawString(main_x, H - 92, "Police Activity Feed")
            c.setFont("Helvetica", 8.5)
            c.drawString(main_x, H - 106, f"Week of {label}. Newest first.")
            side = ["IN THIS SECTION", "Activity Feed", "Crime Map", "Pay a Citation", "Records Requests",
                    "Non-emergency: 555-0118", "", "FILTER BY TYPE"]
            counts = {}
            for rec in recs:
                counts[rec["type"]] = counts.get(rec["type"], 0) + 1
            side += [f"{t.title()} ({k})" for t, k in sorted(counts.items())[:8]]
            side += ["More types...", "", "SUBSCRIBE", "Get alerts by e-mail"]
            c.setFont("Helvetica", 7.5)
            sy = H - 132
            for s in side:
                c.setFont("Helvetica-Bold" if s.isupper() else "Helvetica", 7.5)
                c.drawString(36, sy, s)
                sy -= 11
            c.line(188, H - 120, 188, sy)
            return H - 132
        return H - 40

    y = head()
    for rec in recs:
        summ = wrap(rec["summary"], "Helvetica", 8.5, W - 36 - main_x)
        need = 14 + 11 + 11 * len(summ) + 11 + 11 + 10
        if y - need < 62:
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(main_x, y, rec["type"])
        y -= 13
        c.setFont("Helvetica", 8)
        c.drawString(main_x, y, f"Reported {rec['reported_at']}  -  {rec['location']}")
        y -= 11
        c.setFont("Helvetica", 8.5)
        for s in summ:
            c.drawString(main_x, y, s)
            y -= 11
        c.drawString(main_x, y, f"Outcome: {rec['disposition']}")
        y -= 11
        c.setFont("Helvetica", 7.5)
        c.drawString(main_x, y, f"Incident {rec['case_number']}   |   Posted {rec['posted']}   |   Share")
        y -= 7
        c.setLineWidth(0.3)
        c.line(main_x, y, W - 36, y)
        y -= 13
    if y < 100:
        c.showPage()
        y = head()
    c.setFont("Helvetica-Bold", 9)
    c.drawString(main_x, y, f"Showing {len(recs)} of {len(recs)} posts")
    c.drawString(main_x + 180, y, "Load more")
    y -= 14
    c.setFont("Helvetica", 7.5)
    c.drawString(main_x, y, "Back to top     Was this page helpful?  Yes  No")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: spreadsheet with gridlines (Brisbee County)

def bc_records(r, days, n, start):
    recs = base_records(
        r, days, n, start, lambda k: f"BC25-{k:05d}",
        [(0.12, "citation", "Cited", lambda r: f"KS{r.randint(1000000, 9999999)}"),
         (0.08, "booking_number", "Arrested", lambda r: f"J25-{r.randint(10000, 99999)}"),
         (0.07, "other_agency_case", "Assist other agency", lambda r: f"KHP 25-{r.randint(1000, 9999)}")],
        ["Report", "Advised", "Unfounded", "Gone on arrival", "Referred to civil", "Closed"])
    for rec in recs:
        d = rec["date"]
        rec["date_cell"] = f"{d.day}-{MONTHS[d.month - 1][:3]}"
        rec["time_cell"] = f"{rec['h']:02d}:{rec['m']:02d}"
        rec["reported_at"] = f"{rec['date_cell']} {rec['time_cell']}"
        rec["unit"] = f"D-{r.choice((211, 214, 220, 226, 231, 238))}"
        rec["ref"] = rec["related"][0][1] if rec["related"] else ""
    return recs


def draw_bc(path, recs, label, pages):
    W, H = landscape(letter)
    c = new_canvas(path, (W, H))
    page = [0]
    cols = [("Date", 44), ("Time", 38), ("Case No.", 62), ("Call Type", 96), ("Location", 104),
            ("Deputy", 42), ("Disposition", 70), ("Ref #", 84)]
    x0 = 36
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)

    def grid_row(y_top, h):
        c.setLineWidth(0.3)
        c.setStrokeGray(0.6)
        c.line(xs[0], y_top, xs[-1], y_top)
        c.line(xs[0], y_top - h, xs[-1], y_top - h)
        for x in xs:
            c.line(x, y_top, x, y_top - h)
        c.setStrokeGray(0)

    def head():
        page[0] += 1
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 16, f"Page {page[0]} of {pages or '?'}")
        c.drawString(x0, 16, "Sheet1")
        c.drawRightString(W - 36, 16, "calls_oct.xlsx")
        # frozen rows 1-2 (title and column titles), repeated on every printed page
        y = H - 36
        c.setLineWidth(0.3)
        c.setStrokeGray(0.6)
        c.rect(xs[0], y - 16, xs[-1] - xs[0], 16)
        c.setStrokeGray(0)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0 + 3, y - 12, f"Brisbee County Sheriff's Office - Calls Logged {label}")
        y -= 16
        c.setFillGray(0.85)
        c.rect(xs[0], y - 14, xs[-1] - xs[0], 14, stroke=0, fill=1)
        c.setFillGray(0)
        grid_row(y, 14)
        c.setFont("Helvetica-Bold", 8)
        for (name, _), x in zip(cols, xs):
            c.drawString(x + 3, y - 10, name)
        return y - 14

    y = head()
    lh = 9.5
    for rec in recs:
        vals = [rec["date_cell"], rec["time_cell"], rec["case_number"], rec["type"], rec["location"],
                rec["unit"], rec["disposition"], rec["ref"]]
        cells = [wrap(v, "Helvetica", 8, w - 6) for v, (_, w) in zip(vals, cols)]
        h = max(len(x) for x in cells) * lh + 4
        if y - h < 30:
            c.showPage()
            y = head()
        grid_row(y, h)
        c.setFont("Helvetica", 8)
        for lines, x in zip(cells, xs):
            for i, s in enumerate(lines):
                c.drawString(x + 3, y - 9 - i * lh, s)
        y -= h
    for vals in (["", "", "", "", "", "", "", ""], ["Total calls", str(len(recs)), "", "", "", "", "", ""],
                 ["Cited", str(sum(r["disposition"] == "Cited" for r in recs)), "", "", "", "", "", ""],
                 ["Arrested", str(sum(r["disposition"] == "Arrested" for r in recs)), "", "", "", "", "", ""]):
        if y - 14 < 30:
            c.showPage()
            y = head()
        grid_row(y, 13.5)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(xs[0] + 3, y - 9, vals[0])
        c.drawString(xs[2] + 3, y - 9, vals[1])
        y -= 13.5
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: calendar agenda (Ellory Harbor University)

def eh_records(r, days, n, start):
    recs = base_records(
        r, days, n, start, lambda k: f"EHU-25-{k:04d}",
        [(0.14, "other_agency_case", "Referred to Ellory PD, case EPD 25-{n}", lambda r: f"{r.randint(1000, 9999):06d}"),
         (0.10, "citation", "Summons issued, ME-{n}", lambda r: f"{r.randint(100000, 999999):07d}")],
        ["Report filed", "Closed", "Referred to Student Conduct", "Unfounded", "Advised", "Open"])
    halls = ["Kellan Hall", "Ostrow Library", "Brine Street Garage", "Marston Union", "Pike Science Center",
             "Halverson Field House", "Lot C", "Quayside Apartments", "Tidewater Dining Commons"]
    for rec in recs:
        for i, (kind, num) in enumerate(rec["related"]):
            rec["related"][i] = (kind, ("EPD 25-" if kind == "other_agency_case" else "ME-") + num)
        hall = r.choice(halls)
        rec["location"] = hall + ("" if hall == "Lot C" else r.choice(
            ("", ", lobby", ", 2nd floor", ", bike rack", f", room 1{r.randint(10, 40)}")))
        d = rec["date"]
        rec["day_label"] = f"{WEEKDAYS[d.weekday()][:3].upper()}, {MONTHS[d.month - 1][:3].upper()} {d.day}"
        end = rec["h"] * 60 + rec["m"] + r.randint(10, 120)
        end = min(end, 1439)
        rec["occurred_from"] = h12(rec["h"], rec["m"], "").lower()
        rec["occurred_to"] = h12(end // 60, end % 60, "").lower()
    return recs


def draw_eh(path, recs, label, pages):
    W, H = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica", 7)
        c.drawString(30, H - 18, "Ellory Harbor University Police - Incident Calendar")
        c.drawRightString(W - 30, H - 18, "Printed Nov 3, 2025")
        c.drawCentredString(W / 2, 16, f"{page[0]} / {pages or '?'}")
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, H - 44, label)
        c.setFont("Helvetica", 8)
        c.drawString(250, H - 44, "Today    <    >        Day    Week    Month    [Schedule]")
        c.line(40, H - 52, W - 40, H - 52)
        return H - 70

    y = head()
    by_day = []
    for rec in recs:
        if not by_day or by_day[-1][0] != rec["date"]:
            by_day.append((rec["date"], []))
        by_day[-1][1].append(rec)
    notices = {5: "Homecoming weekend - extra patrols on the quad", 12: "Fire alarm testing, residence halls",
               20: "Shift briefing moved to 0630", 27: "Campus closed - staff only"}
    n_notices = 0
    for d, items in by_day:
        day_label = items[0]["day_label"]
        first = True
        rows = []
        if d.day in notices:
            rows.append(("notice", notices[d.day]))
        rows += [("rec", rec) for rec in items]
        for kind, it in rows:
            lines = 1 if kind == "notice" else 2 + len(wrap(it["summary"] + " " + it["disposition"] + ".",
                                                              "Helvetica", 8, W - 40 - 210))
            if y - lines * 10.5 - 6 < 40:
                c.showPage()
                y = head()
                first = True
            if first:
                c.setFont("Helvetica-Bold", 9)
                c.drawString(40, y, day_label)
                first = False
            if kind == "notice":
                n_notices += 1
                c.setFont("Helvetica", 8.5)
                c.drawString(110, y, "All day")
                c.drawString(210, y, it)
                y -= 15
                continue
            c.setFont("Helvetica", 8.5)
            c.drawString(110, y, f"{it['occurred_from']} \u2013 {it['occurred_to']}")
            c.circle(202, y + 3, 2.5, stroke=0, fill=1)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(210, y, f"{it['type']} ({it['case_number']})")
            y -= 10.5
            c.setFont("Helvetica", 8)
            c.setFillGray(0.35)
            c.drawString(210, y, it["location"])
            c.setFillGray(0)
            y -= 10.5
            for s in wrap(it["summary"] + " " + it["disposition"] + ".", "Helvetica", 8, W - 40 - 210):
                c.drawString(210, y, s)
                y -= 10.5
            y -= 4
        c.setLineWidth(0.3)
        c.line(40, y + 8, W - 40, y + 8)
        y -= 6
    if y < 60:
        c.showPage()
        y = head()
    c.setFont("Helvetica", 8)
    c.drawString(40, y - 6, f"{len(recs)} incidents, {n_notices} all-day notices.  End of schedule.")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: mail-merge letters (Faywood Springs)

def fs_records(r, days, n, start):
    recs = base_records(
        r, days, n, start, lambda k: f"FS25-{k:04d}",
        [(0.12, "arrest_number", "an arrest was made, arrest no. A25-{n}", lambda r: f"{r.randint(100, 999):04d}"),
         (0.10, "other_agency_case", "the case was passed to the county, PCSO 25-{n}",
          lambda r: f"{r.randint(1000, 9999)}")],
        ["a report was taken", "the matter was closed", "officers gave advice", "no crime was found",
         "the case remains open"])
    areas = ["Larkmoor", "Pinecrest Row", "Old Mill", "Sutter Flats", "Hadley Park", "Cinder Hill"]
    for rec in recs:
        for i, (kind, num) in enumerate(rec["related"]):
            rec["related"][i] = (kind, ("A25-" if kind == "arrest_number" else "PCSO 25-") + num)
        d = rec["date"]
        rec["reported_at"] = f"{d.month:02d}/{d.day:02d}/{d.year} at {rec['h']:02d}:{rec['m']:02d}"
        rec["area"] = r.choice(areas)
    order = {a: i for i, a in enumerate(areas)}
    recs.sort(key=lambda x: (order[x["area"]], x["case_number"]))
    return recs


def draw_fs(path, recs, label, pages):
    W, H = letter
    c = new_canvas(path, letter)
    areas = []
    for rec in recs:
        if not areas or areas[-1][0] != rec["area"]:
            areas.append((rec["area"], []))
        areas[-1][1].append(rec)
    areas.insert(3, ("Brookside", []))  # a watch area with nothing to report this week
    letters = []
    for area, items in areas:
        for i in range(0, max(len(items), 1), 6):
            letters.append((area, items[i:i + 6]))
    total = len(letters)
    for no, (area, items) in enumerate(letters, 1):
        c.setFont("Times-Bold", 14)
        c.drawCentredString(W / 2, H - 54, "FAYWOOD SPRINGS POLICE DEPARTMENT")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, H - 67, "Community Services Unit  -  200 Commerce St  -  Faywood Springs, AR  -  555-0163")
        c.line(72, H - 74, W - 72, H - 74)
        c.setFont("Times-Roman", 11)
        y = H - 104
        for s in ["October 27, 2025", "", f"Ref: NW-2025-43-{no:02d}", "", "Neighborhood Watch Captain",
                  f"{area} Watch Area", "Faywood Springs, AR", "", "Dear Watch Captain,", ""]:
            c.drawString(72, y, s)
            y -= 14
        if items:
            intro = (f"Below are the {len(items)} incidents reported in the {area} watch area between "
                     f"{label}. Please share them with your members and call us at 555-0163 with "
                     "anything you saw.")
        else:
            intro = (f"There were no incidents reported in the {area} watch area between {label}. "
                     "Thank you for keeping an eye out.")
        for s in wrap(intro, "Times-Roman", 11, W - 144):
            c.drawString(72, y, s)
            y -= 14
        y -= 8
        for rec in items:
            text = (f"On {rec['reported_at']}, officers responded to a report of {rec['type']} at the "
                    f"{rec['location']} (case {rec['case_number']}). {rec['summary']} Outcome: "
                    f"{rec['disposition']}.")
            for i, s in enumerate(wrap(text, "Times-Roman", 11, W - 162)):
                if i == 0:
                    c.drawString(76, y, "\u2022")
                c.drawString(90, y, s)
                y -= 13.5
            y -= 6
        y -= 6
        for s in ["Sincerely,", "", "Community Services Unit", "Faywood Springs Police Department"]:
            c.drawString(72, y, s)
            y -= 14
        c.setFont("Times-Italic", 8)
        c.drawString(72, 40, f"Letter {no} of {total}  -  incidents in this letter: {len(items)}")
        c.drawRightString(W - 72, 40, "merge: nw_weekly.docx")
        c.showPage()
    c.save()
    return total


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs31.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": [f for f in fields if f != "day_label"],
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs31.py) from the records it drew; "
                               "checked by check_blind_logs31.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        pages = draw(d / fname, recs, label, None)
        draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "ol": ("A mail folder printed from a web mail client: one automated alert e-mail per incident, each "
           "with header lines 'From:', 'Sent:' (a long date with a 12-hour time, some minutes AFTER the "
           "report: not reported_at), 'To:', 'Subject: Incident OL25-NNNNN - <type>' (the ONLY place the id "
           "is printed), then body labels 'Reported:' (MM/DD/YYYY HH:MM), 'Type:', 'Location:', "
           "'Disposition:' ('Referred to Tamber County SO, case TC25-NNNNN', 'Citation issued, OLC-NNNNNN', "
           "'Arrest; booked at county jail, BK-25-NNNN': related numbers), 'Summary:' (wraps), an automated "
           "footer with a phone and a thick rule. E-mails break across pages. Two e-mails are NOT incidents: "
           "an IT maintenance notice with a change ticket 'CHG0041872' (a third of the way in) and a closing "
           "'Weekly summary' e-mail whose body says 'N incident alerts sent this week'. The folder line on "
           "page 1 counts N + 2 conversations. Page header 'Mail - Press Desk - Printed ...' and 'n of N'.",
           "e-mails counted from the generator; the summary e-mail's count equals record_count"),
    "cj": ("A city web page (activity feed) printed from a browser: the browser's date/time and page title "
           "at the top margin and the URL (which holds a date) and 'n/N' at the bottom of every page; a "
           "cookie banner ('We use cookies ... Accept all  Manage preferences') printed on EVERY page because "
           "it is a fixed element; page 1 has the site name, a navigation bar, a breadcrumb and a left "
           "SIDEBAR (links, 'Non-emergency: 555-0118', 'FILTER BY TYPE' with per-type counts in parentheses) "
           "beside the first posts. Posts are newest first: a bold capitals headline (the type), 'Reported "
           "Mon D, YYYY H:MM AM/PM  -  <block> ' (reported_at as printed, location), a summary, 'Outcome: "
           "...' (citations 'CJTNNNNNN', State Patrol cases 'CSP 25-NNNNN': related), and LAST a small line "
           "'Incident 25-NNNNNN | Posted Mon D, YYYY | Share' holding the id and a posted date that is not "
           "the report date. Ends 'Showing N of N posts   Load more' and 'Back to top'.",
           "posts counted from the generator; 'Showing N of N posts' equals record_count"),
    "bc": ("Landscape spreadsheet printed with gridlines: the frozen rows 1-2 (a merged title row with the "
           "period and the year, then grey column titles Date, Time, Case No., Call Type, Location, Deputy, "
           "Disposition, Ref #) are repeated at the top of every page. Date cells use the format d-mmm "
           "('13-Oct', NO YEAR: the year is only in the title row); reported_at is the Date and Time cells "
           "joined with a space as printed ('13-Oct 14:05'). Cells wrap inside their grid cell (Call Type, "
           "Location, Disposition). Deputy is a badge 'D-NNN' (unit). Ref # holds a state citation "
           "'KSNNNNNNN', a jail booking 'J25-NNNNN' or a Highway Patrol case 'KHP 25-NNNN' (related, not ids). "
           "After the rows: an empty grid row, then grid rows 'Total calls | N', 'Cited | k', 'Arrested | m' "
           "laid out like data rows: NOT records. Footer 'Sheet1', 'Page n of N' and the file name.",
           "rows counted from the generator; the 'Total calls' row equals record_count"),
    "eh": ("A calendar web app's Schedule (agenda) view printed: page header with the month, 'Today < >' and "
           "'Day Week Month [Schedule]' buttons; days with entries only, the day label ('MON, OCT 20', no "
           "year: the year is in the page title) printed in a left column on the line of the day's first "
           "entry and again at the top of a page when a day goes on there; each entry: a time range "
           "'2:14pm \u2013 3:05pm' (occurred_from / occurred_to), a dot, a bold title '<type> (EHU-25-NNNN)' "
           "holding the id in parentheses, a grey location line, then summary and disposition wrapped "
           "together ('Referred to Ellory PD, case EPD 25-NNNNNN', 'Summons issued, ME-NNNNNNN': related). "
           "'All day' notices (extra patrols, alarm testing, briefings) are NOT incidents and carry no id. "
           "Sample key 'day_label' is the day label above (or on) the entry. Ends 'N incidents, K all-day "
           "notices.  End of schedule.'",
           "entries counted from the generator; the closing count equals record_count"),
    "fs": ("Mail-merge letters, ONE LETTER PER PAGE, to neighbourhood-watch captains: letterhead with a "
           "phone, date, 'Ref: NW-2025-43-NN' (letter reference, not an id), address block, 'Dear Watch "
           "Captain,', an intro sentence with the number of incidents in that watch area, then one bullet "
           "paragraph per incident made from merged fields: 'On MM/DD/YYYY at HH:MM, officers responded to "
           "a report of <type> at the <block> (case FS25-NNNN). <summary> Outcome: <disposition>.' - the id "
           "is in the MIDDLE of the sentence, wrapped lines follow. Dispositions cite arrests 'A25-NNNN' and "
           "county cases 'PCSO 25-NNNN' (related). Letters are grouped by watch area (ids in order only "
           "within an area; an area with more than 6 incidents goes on in a second letter); one letter "
           "reports NO incidents. Closing and signature, footer 'Letter n of N - incidents in this letter: "
           "k' (the sum of k is the record count; there is no document total).",
           "paragraphs counted from the generator; the letters' counts sum to record_count"),
}


def main():
    one_agency(
        "ossory-lake-mi-pd", 1,
        [("olpd-alert-emails-2025-10-13-19.pdf", days(10, 13, 19), "October 13 - 19, 2025", 44, 4100),
         ("olpd-alert-emails-2025-10-20-26.pdf", days(10, 20, 26), "October 20 - 26, 2025", 52, 4190)],
        ol_records, draw_ol, "Ossory Lake Police Department, MI [invented]",
        "incident alert e-mails printed from a mail folder", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "disposition", "summary"], *NOTES["ol"])
    one_agency(
        "cobble-junction-co-pd", 2,
        [("cjpd-activity-feed-2025-10-13-19.pdf", days(10, 13, 19), "October 13 - 19, 2025", 58, 4400),
         ("cjpd-activity-feed-2025-10-20-26.pdf", days(10, 20, 26), "October 20 - 26, 2025", 66, 4560)],
        cj_records, draw_cj, "Cobble Junction Police Department, CO [invented]",
        "police activity feed web page printed from a browser", "free text",
        ["case_number", "type", "reported_at", "location", "summary", "disposition"], *NOTES["cj"])
    one_agency(
        "brisbee-county-ks-so", 3,
        [("bcso-calls-2025-10-13-19.pdf", days(10, 13, 19), "Oct 13-19, 2025", 96, 10400),
         ("bcso-calls-2025-10-20-26.pdf", days(10, 20, 26), "Oct 20-26, 2025", 118, 10610)],
        bc_records, draw_bc, "Brisbee County Sheriff's Office, KS [invented]",
        "calls logged, spreadsheet printed with gridlines", "table with header",
        ["case_number", "reported_at", "type", "location", "unit", "disposition"], *NOTES["bc"])
    one_agency(
        "ellory-harbor-university-me-pd", 4,
        [("ehupd-incident-calendar-2025-10.pdf", days(10, 1, 31), "October 2025", 74, 300)],
        eh_records, draw_eh, "Ellory Harbor University Police, ME [invented]",
        "incident calendar, agenda (schedule) view printed", "free text",
        ["case_number", "type", "day_label", "occurred_from", "occurred_to", "location", "summary", "disposition"],
        *NOTES["eh"])
    one_agency(
        "faywood-springs-ar-pd", 5,
        [("fspd-watch-letters-2025-10-13-19.pdf", days(10, 13, 19), "October 13 and October 19, 2025",
          48, 1100)],
        fs_records, draw_fs, "Faywood Springs Police Department, AR [invented]",
        "mail-merge letters to neighbourhood-watch captains", "free text",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["fs"])


if __name__ == "__main__":
    main()
