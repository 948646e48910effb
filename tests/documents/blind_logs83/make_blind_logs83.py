"""Generate a held-out set of incident-log PDFs printed from terminal screens.

Five layouts, every page one or two 80x24 or 132-column screens as the records system showed them
(status lines, function-key menus, scroll markers): a town RMS daily inquiry list whose date is only
in the screen header; a sheriff's 132-column CAD inquiry with broadcast message lines naming ids; a
college crime-log detail screen per record, long synopses continued on a second screen that repeats
the case number; a city desk log captured while scrolling a browse session 18 lines at a time, so
each screen repeats the previous screen's last two lines; a township calls-for-service list of
two-line entries with a report number of another series and the emulator's status line under every
screen. Every agency, place and record is invented; no person is named.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs83/make_blind_logs83.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261183
STREETS = ["ALDER", "BRANTLEY", "CORDWAIN", "DELMONT", "EBBERLY", "FOXGROVE", "GANTRY", "HOLLOWAY", "IRONSIDE",
           "JUNCO", "KILN", "LAMPREY", "MOSSBANK", "NORTHGATE", "OSPREY", "PRENTICE", "QUARRY", "RIDGELINE",
           "SALTBOX", "TANNERY", "UMBER", "VESTRY", "WILLET"]
SUFFIX = ["ST", "AVE", "RD", "DR", "LN", "WAY", "CT"]


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


def addr(r):
    return f"{r.randint(1, 79) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def ymd(d):
    return datetime.date(*d)


def fit(s, n):
    s = s[:n]
    return s + " " * (n - len(s))


def screen(lines, width, height):
    """Pad/cut a list of strings to a width x height screen."""
    lines = [fit(x, width) for x in lines][:height]
    return lines + [" " * width] * (height - len(lines))


def draw_screens(path, screens, size, per_page, font_size, caption, width, oia=None):
    """Draw screens (lists of fixed-width strings) on pages, per_page screens stacked per page."""
    w, h = size
    c = new_canvas(path, size)
    lead = font_size * 1.32
    cw = font_size * 0.6
    sw = cw * width + 16
    x0 = (w - sw) / 2
    top = h - 40
    for i, scr in enumerate(screens):
        slot = i % per_page
        if slot == 0:
            if i:
                c.showPage()
            c.setFont("Helvetica", 7)
            c.drawString(x0, h - 26, caption(i // per_page + 1, (len(screens) + per_page - 1) // per_page))
        sh = lead * len(scr) + 12
        ytop = top - slot * (sh + 40)
        c.setLineWidth(1.2)
        c.rect(x0, ytop - sh, sw, sh)
        c.setFont("Courier", font_size)
        for j, line in enumerate(scr):
            c.drawString(x0 + 8, ytop - 8 - font_size - lead * j, line.rstrip())
        if oia:
            c.setFont("Courier", font_size - 1)
            c.drawString(x0 + 8, ytop - sh - 11, oia(i))
    c.showPage()
    c.save()


# ---------------------------------------------------------------- A: Ketterly Flats daily inquiry

KF_TYPES = ["SUSPICIOUS PERSON", "THEFT", "BURGLARY RESIDENTIAL", "VANDALISM", "DISTURBANCE", "ALARM COMMERCIAL",
            "WELFARE CHECK", "ACCIDENT PROPERTY DMG", "FRAUD", "DOMESTIC", "ANIMAL AT LARGE", "TRESPASS",
            "DUI", "FOUND PROPERTY", "HIT AND RUN", "CIVIL STANDBY"]
KF_DISP = ["RPT", "RPT", "ARR", "CIT", "GOA", "UNF", "ADV", "REF"]


def kf_records(r, days, n, start):
    recs, k = [], start
    for d, hh, mm in day_times(r, days, n):
        k += r.choice((1, 1, 2))
        recs.append({"case_number": f"KF25-{k:06d}", "day": d, "time": f"{hh:02d}{mm:02d}",
                     "reported_at": f"{ymd(d):%m/%d/%y} {hh:02d}{mm:02d}", "type": r.choice(KF_TYPES),
                     "location": addr(r), "disposition": r.choice(KF_DISP), "related": []})
    return recs


def kf_screens(recs, run_date):
    screens, rows_per = [], 14
    days = sorted({x["day"] for x in recs})
    for d in days:
        rows = [x for x in recs if x["day"] == d]
        for i in range(0, len(rows), rows_per):
            part = rows[i:i + rows_per]
            last = i + rows_per >= len(rows)
            lines = [
                " KFR420                  KETTERLY FLATS POLICE - RMS                 " + run_date,
                " DSP07                     Daily Incident Inquiry                    09:14:07",
                "",
                f" Date . . . . . . :  {ymd(d):%m/%d/%y}   {ymd(d):%A}".upper().replace(" DATE", " Date", 1)
                .ljust(50) + f"Incidents this date: {len(rows):3d}",
                " Type options, press Enter.",
                "   5=Display   6=Print   8=Narrative",
                "",
                " Opt  Case Number   Time  Nature                 Location              Disp",
            ]
            for x in part:
                lines.append(f"  _   {x['case_number']}   {x['time']}  {fit(x['type'], 21)}  "
                             f"{fit(x['location'], 20)}  {x['disposition']}")
            lines += [""] * (22 - len(lines))
            lines.append(" " * 70 + ("Bottom" if last else "More..."))
            lines.append(" F3=Exit   F5=Refresh   F11=View 2   F12=Cancel   F17=Top   F18=Bottom")
            screens.append(screen(lines, 80, 24))
    return screens


def draw_kf(path, recs, label):
    scr = kf_screens(recs, "10/28/25")
    draw_screens(path, scr, letter, 2, 8.4,
                 lambda p, n: f"Ketterly Flats PD - records request R25-0193 - screen prints, {label}   "
                              f"sheet {p} of {n}", 80)


# ---------------------------------------------------------------- B: Ossaway County 132-column CAD inquiry

OB_TYPES = ["SUSPICIOUS VEHICLE", "THEFT OF PROPERTY", "BURGLARY - RESIDENCE", "DISTURBANCE - VERBAL",
            "ALARM - BURGLAR", "WELFARE CHECK", "MVA - PROPERTY DAMAGE", "LIVESTOCK AT LARGE", "TRESPASSING",
            "ASSAULT", "DOMESTIC DISTURBANCE", "CIVIL PROCESS", "FRAUD / SCAM", "RECKLESS DRIVER",
            "STOLEN VEHICLE", "NARCOTICS COMPLAINT"]
OB_DISP = ["RPT", "RPT", "INFO", "ARR", "CIT", "GOA", "UTL", "ASST"]
OB_PLACES = ["HWY 19", "CR 220", "CR 118", "STATE RT K", "HWY 63"]


def ob_records(r, days, n, start):
    recs, k = [], start
    for d, hh, mm in day_times(r, days, n):
        k += r.choice((1, 1, 1, 2))
        ss = r.randint(0, 59)
        loc = addr(r) if r.random() < 0.6 else f"{r.choice(OB_PLACES)} MM {r.randint(2, 38)}"
        rec = {"case_number": f"OB25-{k:06d}", "reported_at": f"{ymd(d):%Y-%m-%d}-{hh:02d}.{mm:02d}.{ss:02d}",
               "type": r.choice(OB_TYPES), "location": loc, "beat": r.choice(["N1", "N2", "S1", "S2", "E1"]),
               "disposition": r.choice(OB_DISP), "unit": f"{r.choice('ABC')}{r.randint(10, 39)}",
               "other": "", "related": []}
        if r.random() < 0.18:
            num = r.choice([f"MSHP 25-{r.randint(100000, 999999)}", f"OCPD 25-{r.randint(1000, 9999)}"])
            rec["other"] = num
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def ob_screens(r, recs, rng_label, run):
    screens, per = [], 20
    n = len(recs)
    for i in range(0, n, per):
        part = recs[i:i + per]
        lines = [
            " CADINQ   OSSAWAY COUNTY SHERIFF - CAD/RMS INCIDENT INQUIRY" + " " * 44 + f"TERM: OSC0114   {run}",
            f" RANGE: {rng_label}    AGENCY: OSSO    SORT: INCIDENT".ljust(104)
            + f"ROWS {i + 1:04d} TO {i + len(part):04d} OF {n:04d}",
            "",
            " INCIDENT      REPORTED              NATURE                    LOCATION                        "
            "BT  DISP  UNIT  OTHER AGENCY #",
            " -----------   -------------------   -----------------------   -----------------------------   "
            "--  ----  ----  --------------",
        ]
        for x in part:
            lines.append(f" {x['case_number']}   {x['reported_at']}   {fit(x['type'], 23)}   {fit(x['location'], 29)}"
                         f"   {x['beat']}  {fit(x['disposition'], 4)}  {x['unit']}   {x['other']}")
        lines += [""] * (25 - len(lines))
        # a broadcast message on the message line of some screens, naming an id of the log
        if r.random() < 0.6:
            ref = r.choice(recs)["case_number"]
            msg = r.choice([f"PLS CALL RECORDS RE {ref} - SUPPLEMENT PENDING",
                            f"{ref} REOPENED BY CID, HOLD RELEASE",
                            f"DEPUTY REQ COPY OF {ref} FOR PA OFFICE",
                            f"CORRECTED LOCATION ON {ref} - SEE RMS"])
            hh, mm = r.randint(7, 16), r.randint(0, 59)
            lines.append(f" MSG {run[:5]} {hh:02d}:{mm:02d} FROM DSP{r.randint(1, 4)}: {msg}")
        else:
            lines.append("")
        lines.append(" PF1=HELP  PF3=END  PF7=BACK  PF8=FWD  PF10=LEFT  PF11=RIGHT  PF12=PRINT" + " " * 30
                     + ("*** END OF LIST ***" if i + per >= n else "MORE ->"))
        screens.append(screen(lines, 132, 27))
    return screens


def draw_ob(path, recs, label, r, rng_label):
    scr = ob_screens(r, recs, rng_label, "10/27/2025")
    draw_screens(path, scr, landscape(letter), 1, 7.4,
                 lambda p, n: f"OSSAWAY CO SO  |  screen print {p}/{n}  |  {label}", 132)


# ---------------------------------------------------------------- C: Wyvern Lake detail screens

WL_TYPES = ["THEFT FROM BUILDING", "BICYCLE THEFT", "BURGLARY", "VANDALISM", "LIQUOR LAW VIOLATION",
            "DRUG LAW VIOLATION", "HARASSMENT", "SIMPLE ASSAULT", "TRESPASS", "FIRE ALARM - NO FIRE",
            "STALKING", "THEFT OF VEHICLE PARTS", "DISORDERLY CONDUCT"]
WL_PLACES = ["HALVERSEN HALL", "MARQUETTE LIBRARY", "LOT 14", "LOT 7", "TENNANT REC CENTER", "NORTH COMMONS",
             "OKOBOJI HALL", "SCIENCE ANNEX", "STUDENT UNION", "BRUSH HALL", "FIELDHOUSE", "LOT 22"]
WL_DISP = ["OPEN - INVESTIGATION", "CLOSED - CLEARED BY ARREST", "CLOSED - REFERRED TO STUDENT CONDUCT",
           "CLOSED - NO FURTHER ACTION", "INACTIVE - NO LEADS", "UNFOUNDED"]
WL_SENT = ["REPORTING PARTY STATED THE ITEM WAS LEFT UNATTENDED FOR A SHORT TIME.",
           "OFFICER CHECKED THE AREA AND SPOKE WITH STAFF.",
           "NO SUSPECT INFORMATION AT THIS TIME.",
           "CAMERA FOOTAGE WAS REQUESTED FROM FACILITIES.",
           "THE INDIVIDUAL WAS IDENTIFIED AND REFERRED.",
           "RESIDENT ASSISTANT CALLED AFTER NOTICING DAMAGE TO A DOOR FRAME.",
           "PROPERTY WAS PHOTOGRAPHED AND RETURNED TO THE OWNER.",
           "THE PARTIES WERE SEPARATED AND ADVISED OF CAMPUS RESOURCES.",
           "A WITNESS PROVIDED A DESCRIPTION OF A VEHICLE LEAVING THE LOT.",
           "FOLLOW-UP WITH THE REPORTING PARTY IS SCHEDULED."]


def wl_records(r, days, n, start):
    recs, k = [], start
    for d, hh, mm in day_times(r, days, n):
        k += r.choice((1, 1, 2))
        occ = datetime.datetime(*d, hh, mm) - datetime.timedelta(minutes=r.randint(0, 40) * 15 + mm % 15)
        rec = {"case_number": f"WL-25-{k:05d}", "reported_at": f"{ymd(d):%m/%d/%Y} {hh:02d}:{mm:02d}",
               "occurred": f"{occ:%m/%d/%Y %H:%M}",
               "type": r.choice(WL_TYPES), "location": r.choice(WL_PLACES) + (
                   f", RM {r.randint(101, 420)}" if r.random() < 0.4 else ""),
               "campus": r.choice(["ON", "ON", "ON", "NONCAMPUS"]), "disposition": r.choice(WL_DISP),
               "ref": "", "related": []}
        if r.random() < 0.25:
            num = r.choice([f"WLPD 25-{r.randint(10000, 99999)}", f"CC-{r.randint(100000, 999999)}"])
            rec["ref"] = num
            rec["related"].append(("other_agency_case", num))
        nsent = r.choice((2, 3, 3, 4, 5, 9, 10))
        rec["synopsis"] = " ".join(r.sample(WL_SENT, nsent))
        recs.append(rec)
    return recs


def wl_screens(recs):
    screens = []
    n = len(recs)
    for i, x in enumerate(recs):
        syn = textwrap.wrap(x["synopsis"], 72)
        parts = [syn[:7]] + [syn[j:j + 14] for j in range(7, len(syn), 14)]
        for s, part in enumerate(parts):
            head = [" CLG300   WYVERN LAKE STATE UNIV DPS - CRIME LOG".ljust(62) + f"Record {i + 1:3d} of {n:3d}",
                    " DETAIL".ljust(66) + f"Screen {s + 1} of {len(parts)}", "",
                    f" Case number . . . . . :  {x['case_number']}"]
            if s == 0:
                body = [f" Date/time reported  . :  {x['reported_at']}",
                        f" Occurred  . . . . . . :  {x['occurred']}",
                        f" Classification  . . . :  {x['type']}",
                        f" Location  . . . . . . :  {x['location']}",
                        f" Campus/noncampus  . . :  {x['campus']}",
                        f" Disposition . . . . . :  {x['disposition']}",
                        f" Related report  . . . :  {x['ref']}", "", " Synopsis:"]
            else:
                body = ["", " Synopsis (continued):"]
            lines = head + body + ["   " + t for t in part]
            lines += [""] * (22 - len(lines))
            lines.append(" " * 70 + ("More..." if s + 1 < len(parts) else "Bottom"))
            lines.append(" F3=Exit  F7=Prev record  F8=Next record  PgDn=More  F12=Cancel")
            screens.append(screen(lines, 80, 24))
    return screens


def draw_wl(path, recs, label):
    scr = wl_screens(recs)
    draw_screens(path, scr, letter, 2, 8.4,
                 lambda p, n: f"WLSU Department of Public Safety - Daily Crime Log ({label}) - printed from "
                              f"terminal CLG300, page {p} of {n}", 80)


# ---------------------------------------------------------------- D: Kilbride desk log, scrolled browse

KB_TYPES = ["THEFT", "SHOPLIFTING", "THEFT FROM VEHICLE", "BREAKING AND ENTERING", "DESTRUCTION OF PROPERTY",
            "DOMESTIC", "FIGHT", "SUSPICIOUS ACTIVITY", "MVA WITH INJURY", "MVA", "DUI", "OVERDOSE",
            "NOISE COMPLAINT", "HARASSMENT", "MISSING PERSON", "FRAUD"]
KB_DISP = ["REPORT TAKEN", "ARREST", "CITATION", "ADVISED", "UNFOUNDED", "REFERRED TO MAGISTRATE"]
KB_NARR = ["CALLER ADVISED SUBJECT LEFT PRIOR TO ARRIVAL.", "UNITS CHECKED AREA.", "STATEMENT OBTAINED.",
           "EMS ON SCENE.", "VEHICLE TOWED BY OWNER REQUEST.", "WITNESS INFO IN REPORT.",
           "PHOTOS TAKEN.", "SUBJECT TRANSPORTED TO REGIONAL JAIL."]
KB_ROUTINE = ["UNIT {u} OUT FOR FUEL, BACK IN SERVICE.", "UNIT {u} TO COURTHOUSE FOR HEARING.",
              "CHECKED DOWNTOWN BUSINESSES, ALL SECURE.", "RADIO CHECK ALL UNITS, OK.",
              "BANK ESCORT, UNIT {u}.", "SCHOOL ZONE PATROL, UNIT {u}.", "SHIFT CHANGE, UNITS {u} AND 14 ON."]


def kb_records(r, days, n, start):
    """Entries in order; records have an RPT number, routine entries (not records) do not."""
    entries, k = [], start
    stamps = day_times(r, days, n + n // 3)
    rec_idx = set(r.sample(range(len(stamps)), n))
    for i, (d, hh, mm) in enumerate(stamps):
        if i in rec_idx:
            k += r.choice((1, 1, 2))
            rec = {"case_number": f"25-{k:04d}", "day": d, "time": f"{hh:02d}{mm:02d}",
                   "reported_at": f"{ymd(d):%m/%d/%y} {hh:02d}{mm:02d}", "type": r.choice(KB_TYPES),
                   "location": addr(r), "disposition": r.choice(KB_DISP), "related": []}
            narr = " ".join(r.sample(KB_NARR, r.randint(1, 3)))
            if rec["disposition"] == "ARREST":
                num = f"SRJ-{r.randint(100000, 999999)}"
                narr += f" BOOKED AS {num}."
                rec["related"].append(("booking_number", num))
            if rec["disposition"] == "CITATION":
                num = f"WV{r.randint(1000000, 9999999)}"
                narr += f" CITATION {num}."
                rec["related"].append(("citation", num))
            rec["text"] = f"{rec['type']} - {rec['location']}. {narr} DISP: {rec['disposition']}."
            entries.append(("rec", rec))
        else:
            entries.append(("routine", {"day": d, "time": f"{hh:02d}{mm:02d}",
                                        "text": r.choice(KB_ROUTINE).format(u=r.randint(2, 12))}))
    return entries


def kb_lines(entries, label):
    """The log file as the browse session shows it (72 columns)."""
    out, day = ["****** ***************************** Top of Data ******************************"], None
    for kind, x in entries:
        if x["day"] != day:
            day = x["day"]
            out.append(f"       ---- {ymd(day):%A %m/%d/%y} ----".upper())
        lead = f"       {x['time']}  " + (f"RPT {x['case_number']}  " if kind == "rec" else "")
        wrapped = textwrap.wrap(x["text"], 78 - len(lead))
        out.append(lead + wrapped[0])
        rest = textwrap.wrap(" ".join(wrapped[1:]), 78 - 19)
        out += [" " * 19 + t for t in rest]
    nrec = sum(1 for k, _ in entries if k == "rec")
    out.append(f"       *** END OF LOG {label}: {nrec} REPORTS, {len(entries) - nrec} OTHER ENTRIES ***")
    out.append("****** **************************** Bottom of Data ****************************")
    return out


def kb_screens(lines, dsn):
    body, step = 20, 18
    screens, top = [], 0
    while True:
        part = lines[top:top + body]
        head = [f" BROWSE    {dsn}".ljust(53) + f"Line {top:08d} Col 001 080",
                " Command ===>".ljust(64) + "Scroll ===> 18"]
        screens.append(screen(head + part + [""] * (body - len(part))
                              + [" F1=Help  F3=Exit  F5=Rfind  F7=Up  F8=Down  F10=Left  F11=Right  F12=Cancel"],
                              80, 23))
        if top + body >= len(lines):
            return screens
        top += step


def draw_kb(path, entries, label, dsn):
    scr = kb_screens(kb_lines(entries, label), dsn)
    draw_screens(path, scr, letter, 2, 8.4,
                 lambda p, n: f"Kilbride Police Department - desk log, {label} - session capture, page {p} of {n}",
                 80)
    return scr


# ---------------------------------------------------------------- E: Millrace Township calls for service

MT_TYPES = ["TRAFFIC STOP", "ALARM", "SUSPICIOUS VEHICLE", "THEFT", "ACCIDENT", "DISTURBANCE", "WELFARE CHECK",
            "ANIMAL COMPLAINT", "BURGLARY", "911 HANG UP", "ASSIST OTHER AGENCY", "PARKING", "FRAUD", "JUVENILE"]
MT_DISP = ["CITATION ISSUED", "WARNING", "REPORT TAKEN", "NO ACTION", "GOA", "ASSISTED", "ARREST", "REPORT TAKEN"]


def mt_records(r, days, n, start):
    recs, seq = [], {}
    case = start
    for d, hh, mm in day_times(r, days, n):
        seq[d] = seq.get(d, 0) + r.choice((1, 2, 3))
        rec = {"case_number": f"{ymd(d):%y%m%d}{seq[d]:04d}", "reported_at": f"{ymd(d):%m/%d} {hh:02d}:{mm:02d}",
               "type": r.choice(MT_TYPES), "location": addr(r), "disposition": r.choice(MT_DISP),
               "unit": f"{r.choice(['2A', '2B', '3A', '3C'])}{r.randint(10, 19)}", "case": "", "related": []}
        if rec["disposition"] in ("REPORT TAKEN", "ARREST") or r.random() < 0.08:
            case += r.choice((1, 1, 2))
            rec["case"] = f"25-{case:05d}"
            rec["related"].append(("case_report", rec["case"]))
        recs.append(rec)
    return recs


def mt_screens(recs, label):
    screens, per = [], 9
    n = len(recs)
    for p, i in enumerate(range(0, n, per)):
        part = recs[i:i + per]
        lines = [" CFSLOG    MILLRACE TWP POLICE - CALLS FOR SERVICE".ljust(58) + f"10/27/2025   PAGE {p + 1:3d}",
                 f" {label}".ljust(58) + f"ROW {i + 1:4d} OF {n:4d}", ""]
        for x in part:
            lines.append(f" CFS# {x['case_number']}  {x['reported_at']}  {fit(x['type'], 24)}  UNIT {x['unit']}")
            lines.append(f"      LOC: {fit(x['location'], 22)}  DISP: {fit(x['disposition'], 15)}"
                         + (f"  CASE: {x['case']}" if x["case"] else ""))
        if i + per >= n:
            lines += ["", f" *** BOTTOM OF LIST ***   TOTAL CALLS: {n}"]
        lines += [""] * (22 - len(lines))
        lines.append(" ===>")
        lines.append(" PF3=END  PF7=UP  PF8=DOWN  PF9=PRINT  PF12=RETURN" + " " * 18 + ("BOTTOM" if i + per >= n else "MORE +"))
        screens.append(screen(lines, 80, 24))
    return screens


def draw_mt(path, recs, label):
    scr = mt_screens(recs, label)
    draw_screens(path, scr, letter, 2, 8.4, lambda p, n: "", 80,
                 oia=lambda i: f"MA   a     TCP00044     SESS-A     {(i * 7) % 24 + 1:02d}/{(i * 13) % 80 + 1:03d}")


# ---------------------------------------------------------------- ground truth

SAMPLE_FIELDS = ["case_number", "reported_at", "type", "location", "disposition"]


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in SAMPLE_FIELDS if recs[i].get(k)}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs83.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs83.py) from the records it drew; "
                               "checked by check_blind_logs83.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "kf": ("Town RMS 'Daily Incident Inquiry' printed as 80x24 green-screen screen prints, two screens a page in "
           "frames, a sheet caption above (records request R25-0193, not a record). Each screen: program and "
           "terminal lines (KFR420, DSP07, run date/time), 'Date . . . . . . :  MM/DD/YY  WEEKDAY' and "
           "'Incidents this date: N', option help ('5=Display 6=Print 8=Narrative'), column titles Opt / Case "
           "Number / Time / Nature / Location / Disp, up to 14 one-line rows ('_' in the Opt column, id KF25-NNNNNN, "
           "time HHMM, nature upper case, disposition code RPT/ARR/CIT/GOA/UNF/ADV/REF), then the scroll marker "
           "'More...' or 'Bottom' and the function-key line. TWIST: the date is printed ONLY in the screen "
           "header (one inquiry per day, a day running over several screens repeats header and count); "
           "reported_at joins the header date and the row time ('10/14/25 0815'). The per-day 'Incidents this "
           "date' counts, each day counted once, add up to record_count.",
           "rows counted from the generator; the per-day counts (each day once) add up to record_count"),
    "ob": ("Sheriff's CAD/RMS 'INCIDENT INQUIRY' printed as 132-column screens, one landscape page per screen. "
           "Header: CADINQ, terminal OSC0114, run date, the date RANGE, and 'ROWS a TO b OF N' (N = "
           "record_count). Columns INCIDENT (OB25-NNNNNN, the id), REPORTED (DB2-style timestamp "
           "'2025-10-13-00.41.07'), NATURE, LOCATION (addresses or 'HWY 19 MM 12'), BT (beat), DISP code, UNIT, "
           "OTHER AGENCY # ('MSHP 25-NNNNNN' state patrol, 'OCPD 25-NNNN' city police: related, not ids). 20 rows a "
           "screen. TRAP: the message line above the PF-key line of some screens carries a broadcast message "
           "('MSG 10/27 09:02 FROM DSP2: PLS CALL RECORDS RE OB25-NNNNNN - SUPPLEMENT PENDING') naming an id of "
           "the log, usually one listed on another screen: it is not a record and not a second copy of one. "
           "Last screen ends '*** END OF LIST ***', others 'MORE ->'.",
           "rows counted from the generator; 'OF N' on every screen equals record_count"),
    "wl": ("College crime-log DETAIL screens (80x24, program CLG300), two screens a page in frames. Each screen "
           "header: 'Record i of N' and 'Screen s of S'. Labelled fields with dot leaders: 'Case number . . . . . :' "
           "(WL-25-NNNNN, the id), 'Date/time reported', 'Occurred', 'Classification', 'Location', "
           "'Campus/noncampus', 'Disposition', 'Related report' ('WLPD 25-NNNNN' city police, 'CC-NNNNNN' county "
           "court: related), then 'Synopsis:' and up to 7 wrapped lines. TRAP: a long synopsis continues on a "
           "SECOND screen ('Screen 2 of 2', 'Synopsis (continued):') that repeats the 'Record i of N' counter "
           "and the 'Case number' field but no other field: the same record, not a new one. The scroll marker "
           "'More...' on screen 1 announces it.",
           "screens counted from the generator; 'Record i of N' gives N = record_count"),
    "kb": ("City desk log (a text file, one line per entry, wrapped continuation lines indented) captured from "
           "an ISPF-style BROWSE session: 80-column screens, two a page, each with 'BROWSE  dataset' and 'Line "
           "NNNNNNNN Col 001 080' (the first line number shown, not a record number), 'Command ===>', "
           "'Scroll ===> 18', 20 log lines and the PF-key line. Day separators '---- TUESDAY 10/14/25 ----'. "
           "Entries: 'HHMM  RPT 25-NNNN  TYPE - LOCATION. narrative. DISP: X.' (records) or 'HHMM  text' "
           "(routine entries without a number: not records). TRAP: the session scrolled 18 lines at a time, so "
           "every screen after the first REPEATS the previous screen's last two log lines; an entry whose first "
           "line sits there is printed twice (once per screen) and is one record. reported_at joins the "
           "separator's date and the time ('10/14/25 1412'). Related: 'BOOKED AS SRJ-NNNNNN', 'CITATION "
           "WVNNNNNNN'. Ends '*** END OF LOG ...: N REPORTS, K OTHER ENTRIES ***'.",
           "entries counted from the generator; the END OF LOG count equals record_count"),
    "mt": ("Township CAD 'CALLS FOR SERVICE' list (CFSLOG) printed as 80x24 screens, two a page in frames, and "
           "under each frame the terminal emulator's status (OIA) line ('MA   a     TCP00044     SESS-A     "
           "07/014', cursor row/column: not a record). Header: run date, 'PAGE p', the date range and 'ROW i OF "
           "N'. No column titles: each call is two lines, 'CFS# YYMMDDSSSS  MM/DD HH:MM  TYPE  UNIT 2A14' and "
           "'LOC: ...  DISP: ...' with, when a report was written, 'CASE: 25-NNNNN' - a second number series "
           "(kind case_report, related, not the id; the id is the CFS number, built from the date and a "
           "daily serial). reported_at as printed, without a year ('10/14 08:15'; the year is only in the header "
           "range). Last screen: '*** BOTTOM OF LIST ***   TOTAL CALLS: N'. PF-key line with 'MORE +' or "
           "'BOTTOM'.",
           "calls counted from the generator; 'TOTAL CALLS' equals record_count"),
}


def write_gt(d, gt):
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def main():
    fields = ["case_number", "reported_at", "type", "location", "disposition"]
    # A
    r = random.Random(SEED + 1)
    d = OUT / "ketterly-flats-ne-pd"
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, dd, label, n, start in [
            ("kfpd-screen-prints-2025-10-13-15.pdf", days(10, 13, 15), "10/13/25 - 10/15/25", 62, 4480),
            ("kfpd-screen-prints-2025-10-16-19.pdf", days(10, 16, 19), "10/16/25 - 10/19/25", 74, 4590)]:
        recs = kf_records(r, dd, n, start)
        draw_kf(d / fname, recs, label)
        gt.append(entry(d / fname, "Ketterly Flats Police Department, NE [invented]",
                        "RMS daily incident inquiry, screen prints", "table with header", recs, fields,
                        *NOTES["kf"]))
    write_gt(d, gt)
    # B
    r = random.Random(SEED + 2)
    d = OUT / "ossaway-county-mo-so"
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, dd, label, n, start in [
            ("osso-cad-inquiry-2025-10-13-19.pdf", days(10, 13, 19), "10/13/2025 00:00 - 10/19/2025 23:59", 97, 11400),
            ("osso-cad-inquiry-2025-10-20-26.pdf", days(10, 20, 26), "10/20/2025 00:00 - 10/26/2025 23:59", 78, 11540)]:
        recs = ob_records(r, dd, n, start)
        draw_ob(d / fname, recs, f"incidents {label}", r, label)
        gt.append(entry(d / fname, "Ossaway County Sheriff's Office, MO [invented]",
                        "CAD/RMS incident inquiry, 132-column screen prints", "table with header", recs,
                        fields + ["beat", "unit"], *NOTES["ob"]))
    write_gt(d, gt)
    # C
    r = random.Random(SEED + 3)
    d = OUT / "wyvern-lake-state-university-mn-dps"
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, dd, label, n, start in [
            ("wlsu-crime-log-screens-2025-09.pdf", days(9, 1, 30), "September 2025", 42, 610),
            ("wlsu-crime-log-screens-2025-10.pdf", days(10, 1, 31), "October 2025", 47, 668)]:
        recs = wl_records(r, dd, n, start)
        draw_wl(d / fname, recs, label)
        gt.append(entry(d / fname, "Wyvern Lake State University Department of Public Safety, MN [invented]",
                        "daily crime log, detail screen prints", "labelled blocks", recs,
                        fields + ["occurred_at", "off_campus", "summary"], *NOTES["wl"]))
    write_gt(d, gt)
    # D
    r = random.Random(SEED + 4)
    d = OUT / "kilbride-wv-pd"
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, dd, label, n, start, dsn in [
            ("kpd-desk-log-capture-2025-10-13-16.pdf", days(10, 13, 16), "10/13-10/16", 56, 3210,
             "KPD.DESKLOG.OCT25(WK42A)"),
            ("kpd-desk-log-capture-2025-10-17-20.pdf", days(10, 17, 20), "10/17-10/20", 63, 3290,
             "KPD.DESKLOG.OCT25(WK42B)")]:
        entries = kb_records(r, dd, n, start)
        draw_kb(d / fname, entries, label, dsn)
        recs = [x for k, x in entries if k == "rec"]
        gt.append(entry(d / fname, "Kilbride Police Department, WV [invented]",
                        "desk log captured from a browse session", "free text", recs, fields, *NOTES["kb"]))
    write_gt(d, gt)
    # E
    r = random.Random(SEED + 5)
    d = OUT / "millrace-township-in-pd"
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, dd, label, n, start in [
            ("mtpd-cfs-screens-2025-10-20-26.pdf", days(10, 20, 26), "10/20/2025 THRU 10/26/2025", 88, 1830)]:
        recs = mt_records(r, dd, n, start)
        draw_mt(d / fname, recs, label)
        gt.append(entry(d / fname, "Millrace Township Police Department, IN [invented]",
                        "calls for service list, screen prints", "table with header", recs,
                        fields + ["unit"], *NOTES["mt"]))
    write_gt(d, gt)


if __name__ == "__main__":
    main()
