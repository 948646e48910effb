"""Generate a held-out set of incident-log PDFs printed as mainframe / minicomputer line-printer reports.

Five layouts, all upper case, fixed-width, 132 print positions on 14 7/8 x 11 in fanfold pages at
6 lines per inch: a city daily incident listing whose ASA carriage-control column was kept (and whose
arrest lines are overprinted for bold, so printed twice); a sheriff's dispatch listing whose record is
wider than 132 positions, so the reference field overflows onto the next line at column 1; a
university crime log of labelled detail blocks grouped by crime class, where a block cut by the page
end is reprinted in full on the next page; a sheriff's shift journal formatted as text between
separator (burst) pages with block letters; a city listing with two levels of control breaks, group
indication and a trailer page of control totals naming dropped duplicate keys. Every agency, place
and record is invented; no person is named. Output is deterministic: fixed seeds, reportlab
invariant mode. Run:
    python tests/documents/blind_logs104/make_blind_logs104.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261204
PAGE = (1071, 792)  # 14 7/8 x 11 in fanfold
LINES = 60  # printable lines per page used by the report programs
STREETS = ["ALDERMERE", "BASCOMBE", "CARRICK", "DENHOLM", "ELSWICK", "FARNLEY", "GARSTON", "HOLBECK",
           "IRETON", "JARROW", "KIRKBY", "LANGLEY", "MORLAND", "NORTHAM", "OUSBY", "PENRUDDOCK",
           "QUARRY", "REDMIRE", "SKELTON", "THRELKELD", "ULDALE", "WHARTON"]
SUFFIX = ["ST", "AVE", "RD", "DR", "LN", "PIKE", "CT", "WAY"]
WEEKDAY = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]


def new_canvas(path):
    c = canvas.Canvas(str(path), pagesize=PAGE, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def draw_pages(path, pages):
    """Each page is a list of text lines (<= 132 characters), printed in Courier 10 at 6 lpi."""
    c = new_canvas(path)
    for lines in pages:
        assert len(lines) <= 64, len(lines)
        c.setFillGray(0.55)
        for k in range(21):  # sprocket holes of the fanfold paper
            y = 18 + k * 36
            c.circle(18, y, 5, stroke=1, fill=0)
            c.circle(PAGE[0] - 18, y, 5, stroke=1, fill=0)
        c.setFillGray(0)
        c.setFont("Courier", 10)
        for i, line in enumerate(lines):
            assert len(line) <= 132, (len(line), line)
            c.drawString(139, PAGE[1] - 30 - 12 * i, line)
        c.showPage()
    c.save()
    return len(pages)


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def addr(r):
    return f"{r.randint(1, 89) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"


def times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def mdy2(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0] % 100:02d}"


def wd(d):
    return WEEKDAY[datetime.date(*d).weekday()]


def col(*parts):
    """parts: (position 1-based, text) pairs -> one fixed-width line."""
    s = ""
    for pos, text in parts:
        s = s.ljust(pos - 1) + text
    return s.rstrip()


def wrap(text, width):
    words, out, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    return out + [cur] if cur else out


# ---------------------------------------------------------------- 1 Asherton: ASA carriage control kept

AS_TYPES = ["THEFT FROM VEHICLE", "RETAIL THEFT", "CRIMINAL MISCHIEF", "BURGLARY - RESIDENCE", "HARASSMENT",
            "DOMESTIC DISTURBANCE", "DUI", "DRUG VIOLATION", "SIMPLE ASSAULT", "FRAUD - IDENTITY THEFT",
            "TRESPASS", "DISORDERLY CONDUCT", "RECOVERED PROPERTY", "MV THEFT", "WELFARE CHECK"]


def as_records(r, days, n, start):
    recs, k = [], start
    for d, h, m in times(r, days, n):
        k += r.choice([1, 1, 2])
        num = f"25-{k:06d}"
        rel = []
        x = r.random()
        if x < 0.14:
            b = f"BK25-{r.randint(1000, 9999)}"
            disp, rel = f"ARREST {b}", [("booking_number", b)]
        elif x < 0.26:
            t = f"T{r.randint(1000000, 9999999)}"
            disp, rel = f"CITED {t}", [("citation", t)]
        else:
            disp = r.choice(["REPORT TAKEN", "CLEARED", "UNFOUNDED", "ASSISTED", "GONE ON ARRIVAL",
                             "REFERRED TO DETECTIVES"])
        recs.append({"case_number": num, "day": d, "reported_at": f"{mdy2(d)} {h:02d}{m:02d}",
                     "type": r.choice(AS_TYPES), "location": addr(r), "disposition": disp,
                     "unit": f"{r.choice('123')}{r.choice('ABC')}{r.randint(10, 29)}", "related": rel})
    return recs


def as_pages(recs, label, job, run):
    head = [
        col((1, "1ASHERTON POLICE DEPARTMENT [INVENTED]"), (48, "INCIDENT REPORT LISTING"),
            (100, "REPORT IRL410"), (120, "PAGE {page:>5}")),
        col((1, f" JOB {job}"), (13, f"RUN {run}"), (48, f"PERIOD {label}"), (100, "PHONE 555-0142")),
        col((1, "0CASE NO"), (13, "DATE"), (22, "TIME"), (27, "NATURE"), (55, "LOCATION"),
            (84, "DISPOSITION"), (114, "UNIT")),
        "+" + col((2, "_" * 9), (13, "_" * 8), (22, "_" * 4), (27, "_" * 26), (55, "_" * 27),
                  (84, "_" * 28), (114, "_" * 4)),
    ]
    body = []  # (kind, text)
    days = []
    for rec in recs:
        if not days or days[-1][0] != rec["day"]:
            days.append((rec["day"], []))
        days[-1][1].append(rec)
    for d, rs in days:
        body.append(("dayhead", col((1, "0"), (2, f"DATE {mdy2(d)} {wd(d)}"))))
        for k, rec in enumerate(rs):
            text = col((2, rec["case_number"]), (13, mdy2(d)), (22, rec["reported_at"][-4:]),
                       (27, rec["type"]), (55, rec["location"]), (84, rec["disposition"]), (114, rec["unit"]))
            body.append(("rec", ("0" if k == 0 else " ") + text[1:]))
            if rec["disposition"].startswith("ARREST"):
                body.append(("over", "+" + text[1:]))
        body.append(("total", col((1, "-"), (13, f"TOTAL FOR {mdy2(d)}"), (40, f"{len(rs):>5} INCIDENTS"))))
    body.append(("total", col((1, "0"), (13, "*** GRAND TOTAL"), (40, f"{len(recs):>5} INCIDENTS"))))
    body.append(("end", col((1, "0"), (13, "*** END OF REPORT IRL410 ***"))))
    pages, cur, day = [], None, None
    for kind, text in body:
        if cur is None or len(cur) >= LINES or (kind == "rec" and len(cur) >= LINES - 1) or (
                kind == "dayhead" and len(cur) >= LINES - 2):
            cur = [h.replace("{page:>5}", f"{len(pages) + 1:>5}") for h in head]
            pages.append(cur)
            if day and kind in ("rec", "over", "total") and not text.startswith("0"):
                cur.append(col((1, " "), (2, f"DATE {day} (CONTINUED)")))
        if kind == "dayhead":
            day = text[6:14]
        cur.append(text)
    return pages


# ---------------------------------------------------------------- 2 Crowmarsh: print line overflow

CR_TYPES = ["SUSPICIOUS VEHICLE", "ALARM - COMMERCIAL", "THEFT", "BURGLARY", "DOMESTIC", "MVA - PROPERTY DAMAGE",
            "MVA - INJURY", "ANIMAL COMPLAINT", "TRESPASS", "RECKLESS OPERATION", "CIVIL DISPUTE",
            "WARRANT SERVICE", "HARASSMENT", "OVERDOSE", "FRAUD"]
CR_PLACES = ["JACKSON TWP", "MILL CREEK TWP", "VILLAGE OF ORWIN", "HARTLEY TWP", "SALEM TWP"]


def cr_records(r, days, n, start):
    recs = []
    for i, (d, h, m) in enumerate(times(r, days, n)):
        num = f"CR25-{start + i * 3 + r.randint(0, 2):06d}"
        ref, rel = "", []
        x = r.random()
        if x < 0.12:
            ref = f"OHP 25-{r.randint(100000, 999999)}"
            rel = [("other_agency_case", ref)]
        elif x < 0.22:
            ref = f"W25-{r.randint(1000, 9999)}"
            rel = [("warrant_number", ref)]
        elif x < 0.32 and i > 8:
            ref = recs[r.randint(0, i - 5)]["case_number"].replace("CR25", "CR24")  # last year's case
            rel = [("earlier_case_cited", ref)]
        recs.append({"case_number": num, "day": d, "reported_at": f"{mdy2(d)} {h:02d}:{m:02d}",
                     "type": r.choice(CR_TYPES), "location": f"{addr(r)}, {r.choice(CR_PLACES)}",
                     "zone": f"Z{r.randint(1, 6)}", "unit": f"{r.randint(1, 4)}S{r.randint(10, 40)}",
                     "disposition": r.choice(["REPORT", "NO REPORT", "ARREST", "CITED", "ADVISED",
                                              "UNABLE TO LOCATE", "TRANSFERRED"]),
                     "reference": ref, "related": rel})
    return recs


def cr_pages(recs, label, job, run):
    """Lines are laid out as the program thinks (up to 150 positions); the printer folds position
    133 onwards onto the next line at column 1."""
    def fold(s):
        return [s] if len(s) <= 132 else [s[:132].rstrip(), s[132:].lstrip()]
    head = [
        col((1, "CRSO412"), (12, "CROWMARSH COUNTY SHERIFF'S OFFICE [INVENTED]"), (60, "DISPATCHED CALLS WITH CASE NUMBERS"),
            (100, f"JOB {job}"), (114, "PAGE {page:>4}")),
        col((1, f"RUN DATE {run}"), (30, f"PERIOD {label}"), (60, "COMMUNICATIONS DIV  PHONE 555-0177")),
        "",
    ] + fold(col((1, "CASE NUMBER"), (14, "RECEIVED"), (30, "NATURE"), (53, "LOCATION"), (97, "ZONE"),
                  (102, "UNIT"), (109, "DISPOSITION"), (134, "REFERENCE"))) + ["-" * 132]
    body = []
    for rec in recs:
        s = col((1, rec["case_number"]), (14, rec["reported_at"]), (30, rec["type"]), (53, rec["location"]),
                (97, rec["zone"]), (102, rec["unit"]), (109, rec["disposition"]), (134, rec["reference"]))
        body.append(fold(s))
    pages, cur = [], None
    for lines in body:
        if cur is None or len(cur) + len(lines) > LINES:
            cur = [h.replace("{page:>4}", f"{len(pages) + 1:>4}") for h in head]
            pages.append(cur)
        cur.extend(lines)
    over = sum(len(x) - 1 for x in body)
    tail = ["", col((1, "*** END OF LISTING ***"), (30, f"RECORDS PRINTED {len(recs):06d}"),
                    (60, f"OVERFLOW LINES {over:06d}"), (90, f"JOB {job} COMPLETE"))]
    if len(cur) + len(tail) > LINES:
        cur = [h.replace("{page:>4}", f"{len(pages) + 1:>4}") for h in head]
        pages.append(cur)
    cur.extend(tail)
    return pages


# ---------------------------------------------------------------- 3 Dunsford: blocks reprinted whole

DU_CLASSES = ["BURGLARY", "LARCENY - BICYCLE", "LARCENY - OTHER", "LIQUOR LAW VIOLATION", "DRUG LAW VIOLATION",
              "VANDALISM", "SIMPLE ASSAULT", "STALKING", "MOTOR VEHICLE THEFT"]
DU_PLACES = ["PARKING DECK 2 LEVEL 3", "HOLLIS HALL ROOM 214", "ENGINEERING ANNEX", "STUDENT UNION 1ST FLOOR",
             "WEST QUAD LOT 7", "FIELD HOUSE LOCKER ROOM", "LIBRARY 4TH FLOOR", "BARROW HALL ROOM 118",
             "RESEARCH PARK BLDG 3", "MAPLE COURT APTS UNIT 22"]
DU_SUMS = ["ITEM REPORTED TAKEN WHILE LEFT UNATTENDED.", "COMPLAINANT REPORTS DAMAGE DISCOVERED ON ARRIVAL.",
           "OFFICERS RESPONDED AND SPOKE WITH ALL PARTIES; STATEMENTS TAKEN.",
           "RESIDENT ADVISOR REQUESTED ASSISTANCE; SUBJECT IDENTIFIED AND REFERRED.",
           "NO SUSPECT INFORMATION. AREA CHECKED WITH NEGATIVE RESULTS.",
           "CAMERA FOOTAGE REQUESTED FROM FACILITIES; FOLLOW-UP ASSIGNED."]


def du_records(r, days, n, start):
    recs = []
    for i, (d, h, m) in enumerate(times(r, days, n)):
        num = f"DU-25-{start + i:04d}"
        od = days[max(0, days.index(d) - r.choice([0, 0, 1]))]
        oh = r.randint(0, 23) if od != d else r.randint(0, h)
        disp, rel = r.choice(["OPEN - PENDING", "CLOSED - EXCEPTIONALLY", "CLOSED - UNFOUNDED",
                              "INACTIVE - NO LEADS", "CLOSED - CONDUCT REFERRAL"]), []
        summ = r.choice(DU_SUMS)
        x = r.random()
        if x < 0.15:
            cp = f"DCPD 25-{r.randint(10000, 99999)}"
            summ += f" CITY POLICE CASE {cp}."
            rel = [("other_agency_case", cp)]
        elif x < 0.27:
            sc = f"SC-25-{r.randint(100, 999)}"
            disp = f"REFERRED CONDUCT {sc}"
            rel = [("conduct_referral", sc)]
        recs.append({"case_number": num, "reported_at": f"{mdy2(d)} {h:02d}{m:02d}",
                     "occurred_at": f"{mdy2(od)} {oh:02d}00", "type": r.choice(DU_CLASSES),
                     "location": r.choice(DU_PLACES), "campus": r.choice(["ON", "ON", "ON", "NONCAMPUS", "PUBLIC"]),
                     "disposition": disp, "summary": summ, "related": rel})
    order = {c: k for k, c in enumerate(DU_CLASSES)}
    return sorted(recs, key=lambda x: (order[x["type"]], x["case_number"]))


def du_block(rec):
    lines = [col((2, f"CASE NO: {rec['case_number']}"), (26, f"DATE RPTD: {rec['reported_at']}"),
                 (54, f"DATE OCC: {rec['occurred_at']}"), (80, f"CLASS: {rec['type']}")),
             col((2, f"LOCATION: {rec['location']}"), (54, f"CAMPUS: {rec['campus']}"),
                 (80, f"DISPOSITION: {rec['disposition']}"))]
    sm = wrap(rec["summary"], 110)
    lines.append(col((2, f"SUMMARY: {sm[0]}")))
    lines += [col((11, x)) for x in sm[1:]]
    return lines + [""]


def du_pages(recs, label, job, run):
    head = [
        col((1, "SIS-CL03"), (14, "DUNSFORD UNIVERSITY DEPARTMENT OF PUBLIC SAFETY [INVENTED]"),
            (78, "DAILY CRIME LOG - DETAIL BY CLASS"), (116, "PAGE {page:>4}")),
        col((1, f"JOB {job}"), (14, f"RUN {run}"), (40, f"REPORTING PERIOD {label}"), (78, "CLERY ACT 20 USC 1092(F)"),
            (108, "PHONE 555-0163")),
        "=" * 132,
    ]
    pages, cur = [], None
    reprints = []

    def newpage():
        p = [h.replace("{page:>4}", f"{len(pages) + 1:>4}") for h in head]
        pages.append(p)
        return p

    groups = []
    for rec in recs:
        if not groups or groups[-1][0] != rec["type"]:
            groups.append((rec["type"], []))
        groups[-1][1].append(rec)
    cur = newpage()
    k = 0
    for cls, rs in groups:
        if len(cur) + 3 > LINES:
            cur = newpage()
        cur += [col((1, f"CRIME CLASS: {cls}")), ""]
        for rec in rs:
            blk = du_block(rec)
            k += 1
            room = LINES - 1 - len(cur)
            if room < len(blk) - 1:
                if room >= 2 and k % 2 == 0:  # the program prints what fits, then reprints the block whole
                    cur += blk[:room]
                    cur.append(col((40, "** BLOCK CONTINUED - REPRINTED IN FULL ON NEXT PAGE **")))
                    reprints.append(rec["case_number"])
                cur = newpage()
                cur.append(col((1, f"CRIME CLASS: {cls} (CONTINUED)")))
                cur.append("")
            cur += blk
        if len(cur) + 2 > LINES:
            cur = newpage()
        cur += [col((2, f"CLASS TOTAL {cls}"), (60, f"{len(rs):>5}")), ""]
    tail = [col((2, "*** REPORT TOTAL ***"), (60, f"{len(recs):>5}")), col((2, f"END OF JOB {job}"))]
    if len(cur) + len(tail) > LINES:
        cur = newpage()
    cur += tail
    return pages, reprints


# ---------------------------------------------------------------- 4 Vellacott: shift journal between burst pages

FONT5 = {  # 5x7 block letters for the separator page
    "V": ["#   #", "#   #", "#   #", "#   #", " # # ", " # # ", "  #  "],
    "C": [" ### ", "#   #", "#    ", "#    ", "#    ", "#   #", " ### "],
    "S": [" ####", "#    ", "#    ", " ### ", "    #", "    #", "#### "],
    "O": [" ### ", "#   #", "#   #", "#   #", "#   #", "#   #", " ### "],
    "H": ["#   #", "#   #", "#   #", "#####", "#   #", "#   #", "#   #"],
    "F": ["#####", "#    ", "#    ", "#### ", "#    ", "#    ", "#    "],
    "T": ["#####", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  "],
    "J": ["  ###", "   # ", "   # ", "   # ", "   # ", "#  # ", " ##  "],
    "L": ["#    ", "#    ", "#    ", "#    ", "#    ", "#    ", "#####"],
    "G": [" ### ", "#   #", "#    ", "# ###", "#   #", "#   #", " ### "],
    " ": ["     "] * 7,
}
VC_TYPES = ["DOMESTIC DISTURBANCE", "CATTLE OUT ON ROADWAY", "THEFT OF FUEL", "SUSPICIOUS PERSON", "WELFARE CHECK",
            "MOTOR VEHICLE CRASH", "CRIMINAL MISCHIEF", "TRESPASS TO PROPERTY", "DUI", "BURGLARY - OUTBUILDING",
            "ASSAULT", "HUNTING VIOLATION", "CIVIL STANDBY", "PARTNER OR FAMILY MEMBER ASSAULT"]
VC_TOWNS = ["HALLOWAY", "CORBIN FLAT", "REDSTONE", "PINE GAP", "LOWER MUSSEL"]


def block_letters(word, ch):
    rows = []
    for i in range(7):
        rows.append("  ".join(FONT5[c][i] for c in word).replace("#", ch))
    return rows


def vc_records(r, days, n, start):
    recs = []
    for i, (d, h, m) in enumerate(times(r, days, n)):
        num = f"V25-{start + i * 2 + r.randint(0, 1):05d}"
        rel, out = [], r.choice(["REPORT TO FOLLOW.", "NO FURTHER ACTION.", "PARTIES ADVISED.", "REFERRED TO COUNTY ATTORNEY.",
                                 "AREA CHECKED, UNABLE TO LOCATE."])
        x = r.random()
        if x < 0.14:
            a = f"A25-{r.randint(100, 999)}"
            out, rel = f"ONE ADULT TAKEN INTO CUSTODY, ARREST NO {a}.", [("arrest_number", a)]
        elif x < 0.24:
            t = f"T-{r.randint(10000, 99999)}"
            out, rel = f"VEHICLE TOWED, TOW SLIP {t}.", [("tow_slip", t)]
        recs.append({"case_number": num, "day": d, "time": f"{h:02d}{m:02d}", "type": r.choice(VC_TYPES),
                     "location": f"{addr(r)}, {r.choice(VC_TOWNS)}", "unit": f"{r.randint(2, 4)}C{r.randint(10, 30)}",
                     "disposition": out, "related": rel})
    return recs


def vc_text(rec):
    return (f"{rec['time']} HRS  DEPUTY {rec['unit']} DISPATCHED TO {rec['type']} AT {rec['location']}. "
            f"INCIDENT {rec['case_number']}. {rec['disposition']}")


def vc_pages(recs, label, job, run):
    burst = ["", "", ""] + [" " * 20 + x for x in block_letters("VCSO", "V")] + ["", ""] + \
        [" " * 20 + x for x in block_letters("SHFTJL", "S")] + ["", "", ""] + [
        col((21, f"JOB {job}   SHFTJRNL   USER DSP04   CLASS A   FORM 1PRT")),
        col((21, f"START {run}   ROOM 2   COPY 1 OF 1")),
        col((21, "VELLACOTT COUNTY SHERIFF'S OFFICE [INVENTED] - COMMUNICATIONS")),
    ]
    head = [col((1, "VELLACOTT COUNTY SHERIFF'S OFFICE [INVENTED]"), (50, "SHIFT JOURNAL"), (70, f"PERIOD {label}"),
                (100, f"JOB {job}"), (116, "PAGE {page:>4}")),
            col((1, "DISPATCH 555-0129"), (50, "ALL TIMES MOUNTAIN")), ""]
    body = []
    shifts = []
    for rec in recs:
        hr = int(rec["time"][:2])
        sh = "DAYS 0600-1800" if 6 <= hr < 18 else "NIGHTS 1800-0600"
        sday = rec["day"] if hr >= 6 else None
        if sday is None:  # 0000-0559 belongs to the previous day's night shift
            prev = datetime.date(*rec["day"]) - datetime.timedelta(days=1)
            sday = (prev.year, prev.month, prev.day)
        key = (sday, sh)
        if not shifts or shifts[-1][0] != key:
            shifts.append((key, []))
        shifts[-1][1].append(rec)
    for (sday, sh), rs in shifts:
        body.append(col((1, f"** {wd(sday)} {mdy2(sday)}  SHIFT {sh} **")))
        body.append("")
        for rec in rs:
            if rec is rs[0] or rec["day"] != rs[rs.index(rec) - 1]["day"]:
                body.append(col((3, f"-- {mdy2(rec['day'])} --")))
            lines = wrap(vc_text(rec), 118)
            body.append(lines[0])
            body += [col((11, x)) for x in lines[1:]]
        body.append(col((1, f"   ENTRIES THIS SHIFT: {len(rs)}")))
        body.append("")
    pages = [burst]
    cur = None
    for line in body:
        if cur is None or len(cur) >= LINES:
            cur = [h.replace("{page:>4}", f"{len(pages):>4}") for h in head]
            pages.append(cur)
        cur.append(line)
    cur += ["", col((1, f"*** TOTAL JOURNAL ENTRIES {len(recs):06d} ***"))]
    end = ["", "", ""] + [" " * 20 + x for x in block_letters("VCSO", "V")] + ["", ""] + \
        [" " * 20 + x for x in block_letters("END", "E")] + ["", ""] + [
        col((21, f"JOB {job}   SHFTJRNL   END OF OUTPUT   PAGES {len(pages) - 1:04d}"))]
    return pages + [end]


FONT5["E"] = ["#####", "#    ", "#    ", "#### ", "#    ", "#    ", "#####"]
FONT5["N"] = ["#   #", "##  #", "# # #", "#  ##", "#   #", "#   #", "#   #"]
FONT5["D"] = ["#### ", "#   #", "#   #", "#   #", "#   #", "#   #", "#### "]


# ---------------------------------------------------------------- 5 Quenmore: two-level control breaks, trailer

QN_CLASSES = {"PART I": ["ROBBERY", "AGG ASSAULT", "BURGLARY", "LARCENY", "AUTO THEFT"],
              "PART II": ["SIMPLE ASSAULT", "VANDALISM", "FRAUD", "NARCOTICS", "DISORDERLY", "WEAPONS"]}


def qn_records(r, days, n, start):
    recs = []
    for i, (d, h, m) in enumerate(times(r, days, n)):
        num = f"{start + i * 4 + r.randint(0, 3):09d}"
        part = r.choice(["PART I", "PART II", "PART II"])
        rel, disp = [], r.choice(["OPEN", "CLOSED", "UNFOUNDED", "INACTIVE", "CLEARED EXC"])
        x = r.random()
        if x < 0.16:
            s = f"S{r.randint(1000000, 9999999)}"
            disp, rel = f"ARR CMPL {s}", [("complaint_summons", s)]
        recs.append({"case_number": num, "reported_at": f"{mdy2(d)} {h:02d}{m:02d}", "beat": f"{r.randint(1, 5):02d}",
                     "part": part, "type": r.choice(QN_CLASSES[part]), "location": addr(r),
                     "disposition": disp, "officer": f"#{r.randint(200, 499)}", "related": rel})
    return sorted(recs, key=lambda x: (x["beat"], x["part"], x["case_number"]))


def qn_pages(recs, label, job, run, r):
    head = [col((1, "QPD-IRS520"), (14, "QUENMORE POLICE DEPARTMENT [INVENTED]"), (56, "INCIDENTS BY BEAT AND CLASS"),
                (96, f"RUN {run}"), (120, "PAGE {page:>4}")),
            col((1, f"JOB {job}"), (14, f"PERIOD {label}"), (56, "SORT: BEAT / UCR PART / CASE"), (96, "PHONE 555-0188")),
            "",
            col((1, "BEAT"), (7, "PART"), (16, "CASE NO"), (28, "REPORTED"), (43, "OFFENSE"), (62, "LOCATION"),
                (92, "DISPOSITION"), (114, "OFFICER")),
            col((1, "----"), (7, "-------"), (16, "---------"), (28, "-------------"), (43, "-----------------"),
                (62, "----------------------------"), (92, "--------------------"), (114, "-------"))]
    body = []
    beats = []
    for rec in recs:
        if not beats or beats[-1][0] != rec["beat"]:
            beats.append((rec["beat"], []))
        beats[-1][1].append(rec)
    for beat, rs in beats:
        parts = []
        for rec in rs:
            if not parts or parts[-1][0] != rec["part"]:
                parts.append((rec["part"], []))
            parts[-1][1].append(rec)
        for pi, (part, ps) in enumerate(parts):
            for k, rec in enumerate(ps):
                body.append(("rec", rec, beat if (k == 0 and pi == 0) else "", part if k == 0 else ""))
            body.append(("line", col((16, f"** UCR {part} TOTAL BEAT {beat}"), (52, f"{len(ps):>4}")), None, None))
        body.append(("line", col((16, f"*** BEAT {beat} TOTAL"), (52, f"{len(rs):>4}")), None, None))
        body.append(("line", "", None, None))
    body.append(("line", col((16, "**** FINAL TOTAL ALL BEATS"), (52, f"{len(recs):>4}")), None, None))
    pages, cur = [], None
    for kind, x, beat, part in body:
        new = cur is None or len(cur) >= LINES
        if new:
            cur = [h.replace("{page:>4}", f"{len(pages) + 1:>4}") for h in head]
            pages.append(cur)
        if kind == "rec":
            if new:  # group indication is repeated at the top of a page
                beat, part = x["beat"], x["part"]
            cur.append(col((1, beat), (7, part), (16, x["case_number"]), (28, x["reported_at"]), (43, x["type"]),
                           (62, x["location"]), (92, x["disposition"]), (114, x["officer"])))
        else:
            cur.append(x)
    dups = r.sample([x["case_number"] for x in recs], 3)
    dups.sort()
    extra = 11 + r.randint(0, 9)
    hash_total = sum(int(x["case_number"]) for x in recs)
    trailer = [h.replace("{page:>4}", f"{len(pages) + 1:>4}") for h in head[:3]] + [
        col((1, "CONTROL REPORT  IRS520")), "",
        col((5, "INPUT RECORDS READ"), (50, f"{len(recs) + len(dups) + extra:09d}")),
        col((5, "RECORDS OUTSIDE PERIOD BYPASSED"), (50, f"{extra:09d}")),
        col((5, "DUPLICATE KEYS DROPPED"), (50, f"{len(dups):09d}")),
        col((5, "RECORDS PRINTED"), (50, f"{len(recs):09d}")),
        col((5, "HASH TOTAL CASE NO"), (46, f"{hash_total:013d}")),
        col((5, "PAGES PRINTED"), (50, f"{len(pages) + 1:09d}")), "",
        col((5, "DUPLICATE KEY LIST (SECOND OCCURRENCE DROPPED, FIRST PRINTED ABOVE)")),
    ] + [col((8, f"DUP KEY {d}"), (30, "RC=04")) for d in dups] + ["",
                                                                   col((5, f"END OF JOB {job}   CC=0004"))]
    return pages + [trailer], dups, hash_total


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] != ""}
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs104.py (seed {SEED} + 10 x agency + file)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs104.py) from the records it drew; "
                               "checked by check_blind_logs104.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


def write_gt(name, gt):
    (OUT / name / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


NOTES = {
    "as": ("Line-printer listing IRL410 on 14 7/8 x 11 in fanfold, Courier capitals, 132 positions. Every page opens "
           "with the report header (`REPORT IRL410`, `PAGE n`, `JOB J0NNNN`, `RUN MM/DD/YY HH:MM:SS`, period) and the "
           "column titles CASE NO (25-NNNNNN, the id), DATE (MM/DD/YY), TIME (HHMM; reported_at joins them), NATURE, "
           "LOCATION, DISPOSITION, UNIT. TWIST: the ASA carriage-control column was kept: every line starts with its "
           "control character ('1' page eject on the header line, '0' double space before the first row after a date "
           "heading and before headings and totals, '-' triple space before date totals, '+' overprint); data starts in "
           "position 2, so the first row of each day reads `025-NNNNNN` (control '0' glued to the id; the id is "
           "25-NNNNNN) and headings read `0DATE`, `0CASE NO`. Lines meant "
           "to be overprinted are printed as separate lines: the column titles' underscore line and, for every ARREST "
           "row (bold by overprint), the SAME ROW AGAIN starting with '+': one record, printed twice. Control break "
           "per date: `DATE MM/DD/YY WEEKDAY` heading (repeated `(CONTINUED)` at a page top), `TOTAL FOR MM/DD/YY "
           "N INCIDENTS`; ends `*** GRAND TOTAL N INCIDENTS`. 'ARREST BK25-NNNN' (booking) and 'CITED TNNNNNNN' "
           "(citation) are related numbers.",
           "rows counted from the generator; the date totals add up to the grand total, which equals record_count"),
    "cr": ("Sheriff's dispatch listing CRSO412 on fanfold, Courier capitals. The program lays a record out over 150 "
           "positions but the printer has 132: whatever lies past position 132 is printed on the NEXT LINE starting at "
           "column 1 (OVERFLOW LINE). Only the REFERENCE field (position 134 on) lies there, so a record with a "
           "reference takes two lines, the second holding just the reference at the left margin where ids stand. The "
           "column-title line overflows the same way (`REFERENCE` alone on the next line). References: 'OHP 25-NNNNNN' "
           "(state patrol case), 'W25-NNNN' (warrant) and last year's case of the same series 'CR24-NNNNNN' (earlier "
           "case cited, printed alone at column 1, looks like a record without fields): related, not records. Id "
           "CR25-NNNNNN; RECEIVED 'MM/DD/YY HH:MM' (reported_at); NATURE; LOCATION with township; ZONE; UNIT; "
           "DISPOSITION. Page header `JOB NNNNN`, `PAGE n`, run date. Ends `*** END OF LISTING *** RECORDS PRINTED "
           "0000NN OVERFLOW LINES 0000NN`.",
           "records counted from the generator; RECORDS PRINTED equals record_count"),
    "du": ("University crime log printed by a student-information mainframe job (SIS-CL03): labelled detail blocks "
           "in Courier capitals, grouped by crime class (`CRIME CLASS: X` heading, `CLASS TOTAL X N` after each group, "
           "`*** REPORT TOTAL *** N` at the end), case numbers rising within a class, so the log is not in time order. "
           "Block: `CASE NO: DU-25-NNNN  DATE RPTD: MM/DD/YY HHMM  DATE OCC: MM/DD/YY HHMM  CLASS: X`, `LOCATION: ...  "
           "CAMPUS: ON|NONCAMPUS|PUBLIC  DISPOSITION: ...`, `SUMMARY: ...` (wraps), blank line. TRAP: when a block does "
           "not fit at the foot of a page the program sometimes prints the lines that fit, then `** BLOCK CONTINUED - "
           "REPRINTED IN FULL ON NEXT PAGE **`, and prints the WHOLE block again at the top of the next page (under "
           "`CRIME CLASS: X (CONTINUED)`): one record, its id printed twice. Header `JOB NNNNN`, `PAGE n`, `CLERY ACT "
           "20 USC 1092(F)`. 'CITY POLICE CASE DCPD 25-NNNNN' in summaries and 'REFERRED CONDUCT SC-25-NNN' are related.",
           "blocks counted from the generator (reprinted blocks once); the class totals add up to REPORT TOTAL"),
    "vc": ("Sheriff's shift journal printed from a text job between SEPARATOR (BURST) PAGES: page 1 is the job's "
           "separator page with the job name and site spelled in 7-line block letters made of the letters V and S, "
           "`JOB NNNNN SHFTJRNL USER DSP04 ...`, no records; the last page is the end separator (block letters of V "
           "and E, `PAGES NNNN`). Between them, free text in Courier capitals: shift headings `** WEEKDAY MM/DD/YY  "
           "SHIFT DAYS 0600-1800 **` / `NIGHTS 1800-0600` (a night shift runs past midnight and keeps the previous "
           "day's heading; a `-- MM/DD/YY --` line marks each date inside a shift), then one paragraph per incident "
           "opening with the time anchor `HHMM HRS`, the deputy's unit, the type and location, `INCIDENT V25-NNNNN.` "
           "mid-paragraph and the outcome (disposition); wrapped lines indented; entries run on over page breaks "
           "under the repeated page header. 'ARREST NO A25-NNN' and 'TOW SLIP T-NNNNN' are related. `ENTRIES THIS "
           "SHIFT: N` after each shift; ends `*** TOTAL JOURNAL ENTRIES 0000NN ***`. reported_at joins the `-- "
           "MM/DD/YY --` date and the time ('10/21/25 0412').",
           "entries counted from the generator; the shift counts add up to the total"),
    "qn": ("City listing IRS520 sorted by BEAT, then UCR PART, then case number, with two levels of control breaks: "
           "`** UCR PART X TOTAL BEAT NN  n` after each part, `*** BEAT NN TOTAL  n` after each beat, `**** FINAL "
           "TOTAL ALL BEATS  N`. GROUP INDICATION: BEAT is printed only on the first row of a beat and PART only on "
           "the first row of a part (both repeated on the first row of a page); rows below leave them blank. Id: nine "
           "digits without separator (25NNNNNNN), REPORTED 'MM/DD/YY HHMM', OFFENSE, LOCATION, DISPOSITION "
           "('ARR CMPL SNNNNNNN' cites a complaint-summons, related), OFFICER (#badge). Not in time order. TRAILER "
           "PAGE `CONTROL REPORT IRS520` without records: INPUT RECORDS READ, RECORDS OUTSIDE PERIOD BYPASSED, "
           "DUPLICATE KEYS DROPPED, RECORDS PRINTED (= record_count), a 13-digit HASH TOTAL CASE NO (the sum of the "
           "ids, not a record), PAGES PRINTED (trailer included), and a DUPLICATE KEY LIST `DUP KEY 25NNNNNNN RC=04` naming three ids "
           "already printed as records above (not new records).",
           "rows counted from the generator; the beat totals add up to the final total and RECORDS PRINTED"),
}


def main():
    f5 = ["case_number", "reported_at", "type", "location", "disposition"]
    # 1 Asherton
    d = OUT / "asherton-pa-pd"
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for k, (fname, dd, label, n, start, job, run) in enumerate([
            ("asherton-irl410-2025-10-13-15.pdf", days(10, 13, 15), "10/13/25 - 10/15/25", 84, 4410, "J06112",
             "10/16/25 05:14:07"),
            ("asherton-irl410-2025-10-16-19.pdf", days(10, 16, 19), "10/16/25 - 10/19/25", 112, 4700, "J06139",
             "10/20/25 05:13:52")], 1):
        r = random.Random(SEED + 10 + k)
        recs = as_records(r, dd, n, start)
        draw_pages(d / fname, as_pages(recs, label, job, run))
        gt.append(entry(d / fname, "Asherton Police Department, PA [invented]", "daily incident listing (line printer)",
                        "table with header", recs, f5 + ["unit"], *NOTES["as"]))
    write_gt(d.name, gt)
    # 2 Crowmarsh
    d = OUT / "crowmarsh-county-oh-so"
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for k, (fname, dd, label, n, start, job, run) in enumerate([
            ("crso412-2025-10-20-22.pdf", days(10, 20, 22), "10/20/25 THRU 10/22/25", 96, 13020, "04471", "10/23/25"),
            ("crso412-2025-10-23-26.pdf", days(10, 23, 26), "10/23/25 THRU 10/26/25", 118, 13400, "04498", "10/27/25")],
            1):
        r = random.Random(SEED + 20 + k)
        recs = cr_records(r, dd, n, start)
        draw_pages(d / fname, cr_pages(recs, label, job, run))
        gt.append(entry(d / fname, "Crowmarsh County Sheriff's Office, OH [invented]",
                        "dispatched calls with case numbers (line printer, overflow lines)", "table with header",
                        recs, f5 + ["unit"], *NOTES["cr"]))
    write_gt(d.name, gt)
    # 3 Dunsford
    d = OUT / "dunsford-university-dps"
    d.mkdir(parents=True, exist_ok=True)
    r = random.Random(SEED + 31)
    recs = du_records(r, days(10, 1, 31), 74, 611)
    fname = "dunsford-sis-cl03-2025-10.pdf"
    pages, _ = du_pages(recs, "10/01/25 - 10/31/25", "07220", "11/01/25 03:40")
    draw_pages(d / fname, pages)
    write_gt(d.name, [entry(d / fname, "Dunsford University Department of Public Safety [invented]",
                            "daily crime log, detail by class (line printer, reprinted blocks)", "labelled blocks",
                            recs, ["case_number", "reported_at", "occurred_at", "type", "location", "disposition",
                                   "summary"], *NOTES["du"])])
    # 4 Vellacott
    d = OUT / "vellacott-county-mt-so"
    d.mkdir(parents=True, exist_ok=True)
    r = random.Random(SEED + 41)
    recs = vc_records(r, days(10, 20, 23), 68, 1410)
    for rec in recs:
        rec["reported_at"] = f"{mdy2(rec['day'])} {rec['time']}"
    fname = "vcso-shift-journal-2025-10-20-23.pdf"
    draw_pages(d / fname, vc_pages(recs, "10/20/25-10/23/25", "07731", "10/24/25 06:02:11"))
    write_gt(d.name, [entry(d / fname, "Vellacott County Sheriff's Office, MT [invented]",
                            "shift journal between separator pages (line printer)", "free text", recs, f5,
                            *NOTES["vc"])])
    # 5 Quenmore
    d = OUT / "quenmore-nj-pd"
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for k, (fname, dd, label, n, start, job, run) in enumerate([
            ("quenmore-irs520-2025-10-01-15.pdf", days(10, 1, 15), "10/01/25 - 10/15/25", 126, 250008800, "11806",
             "10/16/25 04:10"),
            ("quenmore-irs520-2025-10-16-31.pdf", days(10, 16, 31), "10/16/25 - 10/31/25", 104, 250009320, "11877",
             "11/01/25 04:10")], 1):
        r = random.Random(SEED + 50 + k)
        recs = qn_records(r, dd, n, start)
        pages, _, _ = qn_pages(recs, label, job, run, r)
        draw_pages(d / fname, pages)
        gt.append(entry(d / fname, "Quenmore Police Department, NJ [invented]",
                        "incidents by beat and class with control report (line printer)", "table with header",
                        recs, f5 + ["beat"], *NOTES["qn"]))
    write_gt(d.name, gt)


if __name__ == "__main__":
    main()
