"""Generate the twenty-fifth held-out incident-log set: five invented Southeast and Gulf agencies.

Every agency, person, place and number is made up. Fixed seeds, reportlab invariant mode, so a
re-run gives byte-identical PDFs and groundtruth.json. Run:
    python tests/documents/blind_logs25/make_blind_logs25.py [OUTDIR]
"""

import datetime
import hashlib
import json
import random
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20251625
STREETS = ["Bayou Teche", "Cypress Bend", "Magnolia", "Live Oak", "Palmetto", "Pecan Grove", "Sweetgum",
           "Tupelo", "Catalpa", "Azalea", "Camellia", "Loblolly", "Sassafras", "Wisteria", "Chinaberry"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Hwy", "Ct", "Blvd"]
TYPES = ["THEFT", "BURGLARY RESIDENCE", "DISTURBANCE", "SUSPICIOUS PERSON", "TRAFFIC CRASH", "DOMESTIC",
         "CRIMINAL DAMAGE", "WELFARE CHECK", "ALARM", "FRAUD", "ASSAULT SIMPLE", "NOISE COMPLAINT",
         "TRESPASS", "STOLEN VEHICLE", "NARCOTICS", "WARRANT SERVICE", "ANIMAL COMPLAINT", "DWI"]
DISPOS = ["REPORT TAKEN", "CLEARED", "UNFOUNDED", "REFERRED", "ARREST", "GONE ON ARRIVAL", "CITATION"]
SYNOPSES = [
    "Complainant reported the item missing after leaving it unattended for a short time",
    "Officer met with the caller who stated a person was acting in a suspicious manner near the entrance",
    "Two parties involved in a verbal argument were separated and advised",
    "Damage to a door frame was found during a routine check of the building",
    "Caller requested a check on a resident who had not answered the phone since the morning",
    "Alarm activation on the east side; the building was found secure",
    "A bicycle secured with a cable lock was taken from the rack",
    "Subject was located and found to have an active warrant",
]
OUTSIDE = ["Marlowe City PD", "Tensaw County SO", "State Fire Marshal"]


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def street(r):
    return f"{r.randint(100, 9899)} {r.choice(STREETS).upper()} {r.choice(SUFFIX).upper()}"


def times(r, start, days, n):
    """n sorted datetimes over `days` days from `start`."""
    mins = sorted(r.sample(range(days * 1440), n))
    return [start + datetime.timedelta(minutes=m) for m in mins]


def ids_from(r, first, n):
    out, cur = [], first
    for _ in range(n):
        cur += r.choice([1, 1, 1, 2, 3])
        out.append(cur)
    return out


def entry(folder, fname, c_pages, data, agency, doc_type, layout, recs, related, fields, notes, seed_no):
    pdf = OUT / folder / fname
    samples = [recs[0]["sample"], recs[len(recs) // 2]["sample"], recs[-1]["sample"]]
    return {
        "file": fname, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs25.py (seed {SEED} + {seed_no})",
        "sha256": sha(pdf), "bytes": pdf.stat().st_size, "pages": c_pages, "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False,
        "text_layer": "good", "record_count": len(recs), "case_numbers": [x["id"] for x in recs],
        "related_numbers": related, "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs25.py) from the records it drew; "
                               "checked by check_blind_logs25.py against `pdftotext -layout` text",
        "record_count_check": "records counted from the generator; the document's own count equals record_count",
        "notes": notes,
    }


# ---------------------------------------------------------------- A: parish sheriff, booking sub-lines
def parish(fname, seed_no, start, days, n, first):
    r = random.Random(SEED + seed_no)
    folder = "st-aubin-parish-la-so"
    (OUT / folder).mkdir(parents=True, exist_ok=True)
    c = new_canvas(OUT / folder / fname, letter)
    recs, related, pages = [], [], 0
    stamps = times(r, start, days, n)
    nums = ids_from(r, first, n)
    y = 0

    def head():
        nonlocal y, pages
        pages += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, 750, "ST. AUBIN PARISH SHERIFF'S OFFICE [invented]")
        c.setFont("Helvetica", 9)
        c.drawString(40, 737, f"Complaint Register  -  {start:%m/%d/%Y} through "
                              f"{(start + datetime.timedelta(days=days - 1)):%m/%d/%Y}")
        c.drawRightString(572, 750, f"Page {pages}")
        c.setFont("Helvetica-Bold", 8)
        for x, h in [(40, "Item No."), (112, "Date/Time Rptd"), (200, "Complaint"), (318, "Location"),
                     (470, "Disposition")]:
            c.drawString(x, 716, h)
        c.line(40, 712, 572, 712)
        y = 700

    head()
    for i in range(n):
        rid = f"P25-{nums[i]:06d}"
        t, typ, loc = stamps[i], r.choice(TYPES), street(r)
        dispo = r.choice(DISPOS)
        lines = 1
        book = None
        if dispo == "ARREST":
            book = f"PB-25-{r.randint(1000, 9999)}"
            lines = 2
        if y - 13 * lines < 60:
            c.showPage()
            head()
        c.setFont("Helvetica", 8)
        rep = f"{t:%m/%d/%Y %H:%M}"
        for x, v in [(40, rid), (112, rep), (200, typ), (318, loc), (470, dispo)]:
            c.drawString(x, y, v)
        sample = {"case_number": rid, "reported_at": rep, "type": typ, "location": loc, "disposition": dispo}
        if book:
            y -= 11
            c.setFont("Helvetica-Oblique", 7.5)
            c.drawString(130, y, f"Arrested: booking {book}, charge {typ.lower()}, transported to parish jail")
            related.append({"record": rid, "kind": "booking_number", "number": book})
            sample["related_numbers"] = [book]
        y -= 13
        recs.append({"id": rid, "sample": sample})
    if y < 90:
        c.showPage()
        head()
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, y - 10, f"Items listed: {n}")
    c.save()
    return entry(folder, fname, pages, None, "St. Aubin Parish Sheriff's Office, LA [invented]",
                 "parish complaint register", "table with header", recs, related,
                 ["case_number", "reported_at", "type", "location", "disposition"],
                 "Portrait register, column titles repeated per page. Item No. P25-NNNNNN first. A record with "
                 "disposition ARREST has an indented italic second line 'Arrested: booking PB-25-NNNN, ...': the "
                 "booking number is a related number, not a record. 'Items listed: N' closes the register.",
                 seed_no)


# ---------------------------------------------------------------- B: county PD, citation column, daily totals
def county(fname, seed_no, start, days, n, first):
    r = random.Random(SEED + seed_no)
    folder = "oconee-ridge-county-ga-pd"
    (OUT / folder).mkdir(parents=True, exist_ok=True)
    size = landscape(letter)
    c = new_canvas(OUT / folder / fname, size)
    recs, related, pages = [], [], 0
    stamps = times(r, start, days, n)
    nums = ids_from(r, first, n)
    cols = [(36, "Occurred"), (126, "Case #"), (196, "Offense"), (330, "Address"), (500, "Cit / Warrant #"),
            (600, "Officer"), (680, "Status")]
    y = 0

    def head():
        nonlocal y, pages
        pages += 1
        c.setFont("Helvetica-Bold", 13)
        c.drawString(36, 575, "Oconee Ridge County Police Department [invented]")
        c.setFont("Helvetica", 9)
        c.drawString(36, 561, "Case Activity by Day  -  Records Unit  -  phone 555-0148")
        c.drawRightString(756, 575, f"{pages}")
        c.setFillGray(0.85)
        c.rect(34, 534, 724, 14, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8)
        for x, h in cols:
            c.drawString(x, 538, h)
        y = 520

    head()
    day_count, cur_day = 0, stamps[0].date()

    def total(d, k):
        nonlocal y
        c.setFont("Helvetica-Bold", 8)
        c.drawString(126, y, f"Daily total {d:%m/%d/%Y}: {k} cases")
        y -= 18

    for i in range(n):
        t = stamps[i]
        if t.date() != cur_day:
            total(cur_day, day_count)
            cur_day, day_count = t.date(), 0
        if y < 50:
            c.showPage()
            head()
        rid = f"25-{nums[i]:06d}"
        typ, loc, officer = r.choice(TYPES), street(r), f"#{r.randint(210, 489)}"
        status = r.choice(["OPEN", "CLOSED", "CLOSED", "INACTIVE", "ARREST"])
        cit = ""
        if r.random() < 0.3:
            cit = f"C25-{r.randint(10000, 99999)}" if r.random() < 0.7 else f"W25-{r.randint(1000, 9999)}"
            related.append({"record": rid, "kind": "citation" if cit[0] == "C" else "warrant", "number": cit})
        occ = f"{t:%m/%d/%Y %H:%M}"
        c.setFont("Helvetica", 8)
        for (x, _), v in zip(cols, [occ, rid, typ, loc, cit, officer, status]):
            c.drawString(x, y, v)
        sample = {"case_number": rid, "occurred_at": occ, "offense": typ, "location": loc, "disposition": status}
        if cit:
            sample["related_numbers"] = [cit]
        recs.append({"id": rid, "sample": sample})
        day_count += 1
        y -= 12
    total(cur_day, day_count)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(36, y - 6, f"Report total: {n} cases")
    c.save()
    return entry(folder, fname, pages, None, "Oconee Ridge County Police Department, GA [invented]",
                 "case activity by day", "table with header", recs, related,
                 ["case_number", "occurred_at", "offense", "location", "disposition"],
                 "Landscape table, shaded title band per page, Occurred first and Case # (25-NNNNNN) second. A "
                 "'Cit / Warrant #' column holds citation (C25-NNNNN) or warrant (W25-NNNN) numbers: related, not "
                 "records. Each day ends with a bold 'Daily total MM/DD/YYYY: K cases' line that is not a row; "
                 "'Report total: N cases' at the end.", seed_no)


# ---------------------------------------------------------------- C: university PD, gutter labels
def campus(fname, seed_no, year, month, n, first):
    r = random.Random(SEED + seed_no)
    folder = "chattahee-state-university-al-upd"
    (OUT / folder).mkdir(parents=True, exist_ok=True)
    c = new_canvas(OUT / folder / fname, letter)
    recs, related, pages = [], [], 0
    start = datetime.datetime(year, month, 1)
    days = 30 if month in (9, 11) else 31
    stamps = times(r, start, days, n)
    nums = ids_from(r, first, n)
    places = ["Hollins Hall", "Pruitt Library", "Ledbetter Commons", "Stadium Lot C", "Ware Science Bldg",
              "Baskin Student Center", "Oakley Hall", "Recreation Center", "Parking Deck 2"]
    y = 0

    def head():
        nonlocal y, pages
        pages += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(306, 752, "CHATTAHEE STATE UNIVERSITY POLICE [invented]")
        c.setFont("Helvetica", 8.5)
        c.drawCentredString(306, 739, f"Monthly Report Summary  -  {start:%B %Y}")
        c.drawCentredString(306, 30, f"CSU Police  |  555-0171  |  page {pages}")
        y = 715

    head()
    labels = ["UPD REPORT", "NATURE", "REPORTED", "OCCURRED", "LOCATION", "STATUS", "SYNOPSIS"]
    for i in range(n):
        rid = f"CSU-25-{nums[i]:04d}"
        rep = stamps[i]
        occ0 = rep - datetime.timedelta(minutes=r.randint(20, 900))
        occ1 = occ0 + datetime.timedelta(minutes=r.randint(10, 240))
        occ = f"{occ0:%m/%d/%Y %H:%M} - {occ1:%m/%d/%Y %H:%M}"
        nature = r.choice(TYPES).title()
        loc = r.choice(places)
        status = r.choice(["Closed", "Open", "Referred", "Cleared by Arrest", "Inactive"])
        syn = r.choice(SYNOPSES) + "."
        rel = None
        if status == "Referred" or r.random() < 0.12:
            rel = f"MC25-{r.randint(10000, 99999)}"
            syn += f" Referred to {OUTSIDE[0]}, their case {rel}, for follow-up."
            related.append({"record": rid, "kind": "other_agency_case", "number": rel})
        words, syn_lines, cur = syn.split(), [], ""
        for w in words:
            if len(cur) + len(w) > 78:
                syn_lines.append(cur)
                cur = w
            else:
                cur = (cur + " " + w).strip()
        syn_lines.append(cur)
        vals = [rid, nature, f"{rep:%m/%d/%Y %H:%M}", occ, loc, status]
        height = 12 * (len(vals) + len(syn_lines)) + 14
        if y - height < 50:
            c.showPage()
            head()
        c.setFillGray(0.88)
        c.rect(40, y - height + 16, 92, height - 8, stroke=0, fill=1)
        c.setFillGray(0)
        for k, lab in enumerate(labels):
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(46, y, lab)
            c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 8.5)
            if k < len(vals):
                c.drawString(142, y, vals[k])
                y -= 12
            else:
                for ln in syn_lines:
                    c.drawString(142, y, ln)
                    y -= 12
        y -= 14
        sample = {"case_number": rid, "type": nature, "reported_at": vals[2], "occurred_at": occ,
                  "location": loc, "disposition": status, "summary": syn}
        if rel:
            sample["related_numbers"] = [rel]
        recs.append({"id": rid, "sample": sample})
    if y < 80:
        c.showPage()
        head()
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, y - 4, f"Reports this month: {n}")
    c.save()
    return entry(folder, fname, pages, None, "Chattahee State University Police Department, AL [invented]",
                 "monthly report summary (labelled blocks)", "labelled blocks", recs, related,
                 ["case_number", "type", "reported_at", "occurred_at", "location", "disposition", "summary"],
                 "One block per report: labels in a grey left gutter (UPD REPORT, NATURE, REPORTED, OCCURRED, "
                 "LOCATION, STATUS, SYNOPSIS), values beside them; OCCURRED is a range; SYNOPSIS wraps. Some "
                 "synopses cite a city case MC25-NNNNN (other agency): related, not a record. "
                 "'Reports this month: N' at the end.", seed_no)


# ---------------------------------------------------------------- D: marine patrol, free text
def marine(fname, seed_no, start, days, n, first):
    r = random.Random(SEED + seed_no)
    folder = "coquina-sound-fl-marine-patrol"
    (OUT / folder).mkdir(parents=True, exist_ok=True)
    c = new_canvas(OUT / folder / fname, letter)
    recs, related, pages = [], [], 0
    stamps = times(r, start, days, n)
    nums = ids_from(r, first, n)
    marks = ["Channel Marker 14", "Pelican Key sandbar", "Sound Bridge fender", "Mullet Point ramp",
             "Intracoastal Marker 31", "Heron Pass", "Oyster Bar Flats", "City Marina fuel dock"]
    acts = ["Vessel {reg} stopped for a safety inspection; operator lacked a throwable device",
            "Vessel {reg} reported taking on water; escorted to the ramp",
            "Complaint of a wake violation by vessel {reg}; operator warned",
            "Disabled vessel {reg} drifting near the channel; towed clear by a private tow",
            "Vessel {reg} aground on a falling tide; no injuries",
            "Report of a stolen outboard motor from vessel {reg}",
            "Boating under the influence check of the operator of vessel {reg}"]
    y, day = 0, None

    def head():
        nonlocal y, pages
        pages += 1
        c.setFont("Times-Bold", 12)
        c.drawString(54, 748, "Coquina Sound Marine Patrol Unit [invented]  -  Patrol Log")
        c.setFont("Times-Italic", 8)
        c.drawString(54, 30, f"Marine Unit radio 555-0126  -  sheet {pages}")
        y = 724

    head()
    per_day = {}
    for i in range(n):
        t = stamps[i]
        if t.date() != day:
            if day is not None:
                summary(c, y, per_day[day])
                y -= 22
            day = t.date()
            per_day[day] = [0, 0]
            if y < 100:
                c.showPage()
                head()
            c.setFont("Times-Bold", 10.5)
            c.drawString(54, y, f"{t:%A, %B} {t.day}, {t.year}")
            y -= 16
        rid = f"CS25-{nums[i]:04d}"
        reg = f"FL {r.randint(1000, 9999)} {r.choice('ABCDEGHKMRTW')}{r.choice('ABCDEGHKMRTW')}"
        loc = r.choice(marks)
        text = r.choice(acts).format(reg=reg) + f" at {loc}."
        per_day[day][0] += 1
        rel = None
        if r.random() < 0.3:
            rel = f"W25-{r.randint(1000, 9999)}"
            text += f" Citation {rel} issued."
            per_day[day][1] += 1
            related.append({"record": rid, "kind": "citation", "number": rel})
        related.append({"record": rid, "kind": "vessel_registration", "number": reg})
        text += f" Case {rid}."
        words, lines, cur = text.split(), [], ""
        for w in words:
            if len(cur) + len(w) > 88:
                lines.append(cur)
                cur = w
            else:
                cur = (cur + " " + w).strip()
        lines.append(cur)
        if y - 12 * len(lines) < 60:
            c.showPage()
            head()
        c.setFont("Times-Bold", 9.5)
        c.drawString(54, y, f"{t:%H%M}")
        c.setFont("Times-Roman", 9.5)
        for ln in lines:
            c.drawString(92, y, ln)
            y -= 12
        y -= 4
        sample = {"case_number": rid, "reported_at": f"{t:%m/%d/%Y %H%M}", "location": loc,
                  "summary": text.rsplit(" Case ", 1)[0], "related_numbers": [reg] + ([rel] if rel else [])}
        recs.append({"id": rid, "sample": sample})
    summary(c, y, per_day[day])
    y -= 22
    if y < 70:
        c.showPage()
        head()
    c.setFont("Times-Bold", 10)
    c.drawString(54, y, f"Log entries this week: {n}")
    c.save()
    return entry(folder, fname, pages, None, "Coquina Sound Marine Patrol Unit, FL [invented]",
                 "marine patrol log (free text)", "free text", recs, related,
                 ["case_number", "reported_at", "location", "summary"],
                 "Day headings ('Monday, October 13, 2025'), then entries: time HHMM in a left gutter, a "
                 "wrapped paragraph naming the vessel's FL registration (FL NNNN XX) and sometimes 'Citation "
                 "W25-NNNN issued.', ending 'Case CS25-NNNN.'. reported_at is heading date + printed time. A "
                 "'Watch summary: K contacts, J citations' line closes each day (not a record). "
                 "'Log entries this week: N' at the end.", seed_no)


def summary(c, y, counts):
    c.setFont("Times-Italic", 9)
    c.drawString(92, y - 2, f"Watch summary: {counts[0]} contacts, {counts[1]} citations")


# ---------------------------------------------------------------- E: city PD, ditto-mark ledger
def ledger(fname, seed_no, start, days, n, first):
    r = random.Random(SEED + seed_no)
    folder = "belmont-crossing-ms-pd"
    (OUT / folder).mkdir(parents=True, exist_ok=True)
    c = new_canvas(OUT / folder / fname, letter)
    recs, related, pages = [], [], 0
    stamps = times(r, start, days, n)
    nums = ids_from(r, first, n)
    blocks = ["100 BLK MAIN ST", "MAGNOLIA PLAZA", "200 BLK DEPOT ST", "HWY 49 N / TUPELO RD", "CITY PARK",
              "400 BLK CHURCH ST", "DOLLAR MART", "BELMONT HOUSING"]
    y = 0

    def head():
        nonlocal y, pages
        pages += 1
        c.setFont("Courier-Bold", 10)
        c.drawString(36, 752, "CITY OF BELMONT CROSSING POLICE DEPT [invented] - DAILY BLOTTER")
        c.setFont("Courier", 8.5)
        c.drawString(36, 740, f"DESK SGT COPY                                               SHEET {pages}")
        c.drawString(36, 720, "DATE        TIME   LOCATION               COMPLAINT             OFCR  CASE NO.")
        c.drawString(36, 712, "----------  -----  ---------------------  --------------------  ----  ----------")
        y = 698

    head()
    prev_date, prev_loc = None, None
    for i in range(n):
        if y < 50:
            c.showPage()
            head()
            prev_date, prev_loc = None, None  # a new sheet prints the date again
        t = stamps[i]
        rid = f"BC-25-{nums[i]:04d}"
        loc = prev_loc if prev_loc and r.random() < 0.25 else r.choice(blocks)
        typ = r.choice(TYPES)
        date = f"{t:%m/%d/%Y}"
        dshow = '    "     ' if date == prev_date else date
        lshow = '    "' if loc == prev_loc else loc
        c.setFont("Courier", 8.5)
        c.drawString(36, y, f"{dshow:<10}  {t:%H:%M}  {lshow:<21}  {typ[:20]:<20}  {r.randint(11, 58):<4}  {rid}")
        sample = {"case_number": rid, "reported_at": f"{date} {t:%H:%M}", "location": loc, "type": typ[:20]}
        if r.random() < 0.12:
            book = f"BCJ-25-{r.randint(100, 999):04d}"
            y -= 10
            c.drawString(36, y, f"{'':19}** ARREST - CITY JAIL BOOKING {book} **")
            related.append({"record": rid, "kind": "booking_number", "number": book})
            sample["related_numbers"] = [book]
        recs.append({"id": rid, "sample": sample})
        prev_date, prev_loc = date, loc
        y -= 11
    c.setFont("Courier-Bold", 8.5)
    c.drawString(36, y - 8, f"ENTRIES THIS BLOTTER  {n}")
    c.save()
    return entry(folder, fname, pages, None, "City of Belmont Crossing Police Department, MS [invented]",
                 "daily blotter (typed ledger)", "table with header", recs, related,
                 ["case_number", "reported_at", "location", "type"],
                 "Courier ledger with dashes under the column titles. A date or location equal to the row above "
                 "is printed as a ditto mark (\") instead; each sheet prints the first row in full. The case "
                 "number BC-25-NNNN is the LAST column. Some rows have a line under them '** ARREST - CITY JAIL BOOKING "
                 "BCJ-25-NNNN **': a booking number, related, not a record. sample reported_at/location give the value the ditto "
                 "stands for. 'ENTRIES THIS BLOTTER N' at the end.", seed_no)


def main():
    d = datetime.datetime
    sets = {
        "st-aubin-parish-la-so": [parish("sapso-complaint-register-2025-10-20-22.pdf", 1, d(2025, 10, 20), 3, 74, 14790),
                                  parish("sapso-complaint-register-2025-10-23-26.pdf", 2, d(2025, 10, 23), 4, 61, 14990)],
        "oconee-ridge-county-ga-pd": [county("orcpd-case-activity-2025-10-13-17.pdf", 3, d(2025, 10, 13), 5, 96, 87100)],
        "chattahee-state-university-al-upd": [campus("csu-police-monthly-2025-09.pdf", 4, 2025, 9, 42, 610),
                                              campus("csu-police-monthly-2025-10.pdf", 5, 2025, 10, 48, 700)],
        "coquina-sound-fl-marine-patrol": [marine("csmp-patrol-log-2025-10-13-19.pdf", 6, d(2025, 10, 13), 7, 55, 400)],
        "belmont-crossing-ms-pd": [ledger("bcpd-blotter-2025-10-20-26.pdf", 7, d(2025, 10, 20), 7, 118, 3300)],
    }
    for folder, entries in sets.items():
        (OUT / folder / "groundtruth.json").write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
