"""Generate the held-out set blind_logs43: county sheriffs' daily logs that mix kinds of entry.

Five invented sheriff's offices print a day's work in which jail bookings and releases, civil
process served, warrants, calls for service and coroner calls sit beside incident reports; each
kind has its own number series and some have none. A record is an entry that carries the
sheriff's case number printed in the document (incident reports, and coroner calls where the
office gives them a case number); every other entry is not a record. Layouts: a table whose
jail/civil/warrant entries are grey full-width lines between the case rows; a daily log cut into
one table per kind of entry; labelled blocks of every kind, some with 'Case No.: none'; a shift
narrative of paragraphs with the case number in the middle; a Courier journal with a running
journal number, a kind code and two number columns. Every agency, place and record is invented;
no person is named. Output is deterministic (fixed seeds, reportlab invariant mode). Run:
    python tests/documents/blind_logs43/make_blind_logs43.py [OUT_DIR]
"""

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
SEED = 20254343
STREETS = ["Arbuckle", "Bramwell", "Cinder", "Dovecote", "Eskridge", "Fallow", "Grisham", "Hatchet",
           "Ironwood", "Jessup", "Kettle", "Larkspur", "Millrace", "Nettle", "Orchard", "Pinfold",
           "Quarrystone", "Rushmere", "Sorrel", "Tanyard", "Upland", "Wicket"]
SUFFIX = ["Rd", "Ln", "Pike", "Ave", "Dr", "Hollow Rd", "Ridge Rd"]
TYPES = ["BURGLARY", "THEFT", "DOMESTIC DISTURBANCE", "VANDALISM", "TRESPASS", "ASSAULT", "DUI",
         "MISSING PERSON", "FRAUD", "STOLEN VEHICLE", "LIVESTOCK AT LARGE", "THREATS", "SHOTS FIRED",
         "ILLEGAL DUMPING", "RECKLESS DRIVING", "NARCOTICS", "PROTECTIVE ORDER VIOLATION"]
CORONER = ["UNATTENDED DEATH", "DEATH INVESTIGATION", "CORONER CALL - HOSPICE"]
SUMMARY = ["Caller reported the matter after returning home.", "Deputy spoke with both parties on scene.",
           "Neighbor saw a pickup leave the area at speed.", "Property owner will provide a list of items.",
           "No injuries reported; scene photographed.", "Area checked, nothing further located.",
           "Complainant requested extra patrol overnight.", "Evidence collected and logged at the substation."]
DAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
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


def weekday(d):
    import datetime
    return datetime.date(*d).weekday()


def long_day(d):
    return f"{DAYNAMES[weekday(d)]}, {MONTHS[d[1] - 1]} {d[2]}, {d[0]}"


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


# ---------------------------------------------------------------- entries (records and others)

def place(r, upper):
    if r.random() < 0.2:
        s = f"HWY {r.choice((9, 34, 61, 112))} MM {r.randint(2, 88)}"
    else:
        s = f"{r.randint(1, 98) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"
    return s.upper() if upper else s.replace("HWY", "Hwy").replace("MM", "mile")


def entries(r, days, n_rec, fmt, weights):
    """Entries in time order until n_rec records; fmt gives each agency's number forms."""
    kinds = list(weights)
    out, seq = [], fmt.setdefault("seq", dict(fmt["start"]))
    picked = []
    while picked.count("case") + picked.count("coroner") < n_rec:
        picked.append(r.choices(kinds, [weights[k] for k in kinds])[0])
    times = sorted(r.sample(range(1440 * len(days)), len(picked)))
    for kind, t in zip(picked, times):
        day = days[t // 1440]
        hh, mm = (t % 1440) // 60, t % 60
        e = {"kind": kind, "day": day, "hh": hh, "mm": mm, "related": []}
        seq[kind] = seq.get(kind, 0) + r.choice((1, 1, 1, 2))
        if kind in ("case", "coroner"):
            key = "coroner" if kind == "coroner" and "coroner" in fmt["id"] else "case"
            if key == "case" and kind == "coroner":
                seq["case"] += 1
            e["case_number"] = fmt["id"][key](seq[key])
            e["type"] = r.choice(CORONER) if kind == "coroner" else r.choice(TYPES)
            e["location"] = place(r, fmt["upper"])
            e["summary"] = r.choice(SUMMARY)
            roll = r.random()
            if kind == "coroner":
                cno = fmt["coroner_no"](r.randint(10, 99))
                e["disposition"], e["related"] = fmt["disp"]("coroner", cno), [("coroner_number", cno)]
            elif roll < 0.18:
                bk = fmt["booking"](seq.setdefault("bk_rel", fmt["start"]["booking"] + 500) + r.randint(1, 3))
                seq["bk_rel"] += 4
                e["disposition"], e["related"] = fmt["disp"]("arrest", bk), [("booking_number", bk)]
            elif roll < 0.3:
                cit = f"{fmt['cit']}{r.randint(100000, 999999)}"
                e["disposition"], e["related"] = fmt["disp"]("citation", cit), [("citation", cit)]
            elif roll < 0.4:
                oa = f"{fmt['city']} {r.randint(24, 25)}-{r.randint(10000, 99999)}"
                e["disposition"], e["related"] = fmt["disp"]("referred", oa), [("other_agency_case", oa)]
            elif roll < 0.47:
                w = fmt["warrant"](r.randint(100, 999))
                e["disposition"], e["related"] = fmt["disp"]("warrant", w), [("warrant", w)]
            else:
                e["disposition"] = fmt["disp"](r.choice(("report", "report", "closed", "unfounded", "inactive")), "")
        else:
            e["number"] = fmt["other"][kind](seq[kind]) if kind in fmt["other"] else ""
            e["text"] = fmt["text"](r, kind)
        out.append(e)
    return out


def recs_of(ents):
    return [e for e in ents if "case_number" in e]


# ---------------------------------------------------------------- generic pagination

def paginate(path, size, blocks, header, top, bottom, leading, total=None, footer=None):
    """blocks: list of lists of lines; a line is a list of (x, text, font, size[, grey]); blocks stay whole."""
    c = new_canvas(path, size)
    page, y = 1, None
    for block in blocks:
        need = leading * len(block)
        if y is None or y - need < bottom:
            if y is not None:
                if footer:
                    footer(c, page, total)
                c.showPage()
                page += 1
            header(c, page, total)
            y = top
        for line in block:
            for item in line:
                x, text, font, fs = item[:4]
                if len(item) > 4 and item[4] == "bar":
                    c.setFillGray(0.88)
                    c.rect(x - 3, y - 3, size[0] - 2 * x + 6, leading, stroke=0, fill=1)
                    c.setFillGray(0)
                    continue
                c.setFillGray(item[4] if len(item) > 4 else 0)
                c.setFont(font, fs)
                c.drawString(x, y, text)
                c.setFillGray(0)
            y -= leading
    if footer:
        footer(c, page, total)
    c.showPage()
    c.save()
    return page


def two_pass(path, size, blocks, header, top, bottom, leading, footer=None):
    n = paginate(path, size, blocks, header, top, bottom, leading, None, footer)
    paginate(path, size, blocks, header, top, bottom, leading, n, footer)


def cells(cols, values, font, fs):
    """One table row: cols = [(x, width)]; values wrap inside their column."""
    wrapped = [wrap(v, font, fs, w) for (x, w), v in zip(cols, values)]
    n = max(len(w) for w in wrapped)
    return [[(x, w[i], font, fs) for (x, _), w in zip(cols, wrapped) if i < len(w)] for i in range(n)]


def titled(s):
    return " ".join(w if w in ("DUI", "MM", "HWY") else w.capitalize() for w in s.split()).replace("Hwy", "Hwy")


def hhmm(e, sep=""):
    return f"{e['hh']:02d}{sep}{e['mm']:02d}"


def agency_fmt(idf, cor_id, booking, other, cit, city, warrant, coroner_no, disp, text, start, upper=True):
    f = {"id": {"case": idf}, "booking": booking, "other": other, "cit": cit, "city": city,
         "warrant": warrant, "coroner_no": coroner_no, "disp": disp, "text": text, "start": start,
         "upper": upper}
    if cor_id:
        f["id"]["coroner"] = cor_id
    return f


def disp_upper(kind, num):
    return {"arrest": f"ARREST, BOOKED {num}", "citation": f"CITED, {num}", "referred": f"REFERRED TO {num}",
            "warrant": f"WARRANT {num} SERVED", "coroner": f"CORONER NOTIFIED ({num})", "report": "REPORT TAKEN",
            "closed": "CLOSED", "unfounded": "UNFOUNDED", "inactive": "INACTIVE - NO LEADS"}[kind]


def disp_words(kind, num):
    return {"arrest": f"Arrested and booked under {num}", "citation": f"Citation {num} issued",
            "referred": f"Referred to {num}", "warrant": f"Warrant {num} served",
            "coroner": f"Coroner notified, coroner number {num}", "report": "Report taken",
            "closed": "Closed", "unfounded": "Unfounded", "inactive": "Inactive, no leads"}[kind]


PAPERS = ["SUMMONS", "SUBPOENA", "EVICTION NOTICE", "PROTECTIVE ORDER", "WRIT OF EXECUTION"]
CFS = ["ASSIST MOTORIST", "ALARM", "CATTLE ON ROADWAY", "RELAY MESSAGE", "BAR CHECK", "CIVIL STANDBY"]


def text_upper(r, kind):
    return {"booking": f"BOOKED, {r.randint(1, 3)} CHARGE(S), COMMITTED BY {r.choice(('SO', 'STATE PATROL', 'CITY PD'))}",
            "release": r.choice(("RELEASED ON BOND", "RELEASED, TIME SERVED", "TRANSFERRED TO STATE DOC")),
            "civil": f"{r.choice(PAPERS)} SERVED",
            "warrant": f"WARRANT SERVED AT {place(r, True)}",
            "cfs": f"{r.choice(CFS)} - NO CASE"}[kind]


# ---------------------------------------------------------------- A: Harlow County, NE (table + grey jail lines)

def draw_harlow(path, ents, label):
    cols = [(40, 62), (106, 74), (184, 112), (300, 118), (422, 150)]
    recs = recs_of(ents)
    for e in recs:
        e["reported_at"] = f"{mdy(e['day'])} {hhmm(e)}"
    blocks = []
    for e in ents:
        if "case_number" in e:
            blocks.append(cells(cols, [e["case_number"], e["reported_at"], e["type"], e["location"],
                                       e["disposition"]], "Helvetica", 7.6))
        else:
            words = {"booking": "JAIL", "release": "JAIL", "civil": "CIVIL PROCESS", "warrant": "WARRANTS",
                     "cfs": "CALL"}[e["kind"]]
            line = f"{mdy(e['day'])} {hhmm(e)}   {words}: {e['number'] + ' ' if e['number'] else ''}{e['text']}"
            blocks.append([[(40, "", "Helvetica", 7, "bar"), (106, line, "Helvetica-Oblique", 7.2, 0.3)]])
    kinds = [e["kind"] for e in ents]
    blocks.append([[]])
    blocks.append([[(40, f"Cases: {len(recs)}   Jail entries: {kinds.count('booking') + kinds.count('release')}   "
                         f"Civil papers: {kinds.count('civil')}   Warrants: {kinds.count('warrant')}   "
                         f"Calls without case: {kinds.count('cfs')}", "Helvetica-Bold", 8)]])

    def header(c, page, total):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 750, "HARLOW COUNTY SHERIFF'S OFFICE - DAILY ACTIVITY LOG")
        c.setFont("Helvetica", 8)
        c.drawString(40, 738, f"{label}    Harlow, Nebraska    (402) 555-0143")
        c.drawRightString(572, 738, f"Page {page} of {total or 0}")
        c.setFont("Helvetica-Bold", 7.6)
        for (x, _), t in zip(cols, ["Case No.", "Date / Time", "Nature", "Location", "Disposition"]):
            c.drawString(x, 716, t)
        c.line(40, 712, 572, 712)

    two_pass(path, letter, blocks, header, 700, 50, 10)
    return recs


def text_harlow(r, kind):
    return text_upper(r, kind)


# ---------------------------------------------------------------- B: Quill County, OR (one table per kind per day)

def draw_quill(path, ents, label):
    """Per day: CASE REPORTS, CORONER CASES, JAIL BOOKINGS (arrests show their case), RELEASES, CIVIL,
    WARRANTS, then a day-totals line. Records are the case-report and coroner rows, in that order."""
    days = sorted({e["day"] for e in ents})
    blocks, printed = [], []
    ccols = [(40, 66), (110, 34), (148, 120), (272, 130), (406, 166)]
    jcols = [(60, 70), (134, 34), (172, 90), (266, 306)]
    for d in days:
        de = [e for e in ents if e["day"] == d]
        blocks.append([[]], )
        blocks.append([[(40, f"DAILY LOG  -  {long_day(d)}", "Helvetica-Bold", 10)]])
        cases = [e for e in de if e["kind"] == "case"]
        cor = [e for e in de if e["kind"] == "coroner"]
        for title, rows in (("CASE REPORTS", cases), ("CORONER CASES", cor)):
            if not rows:
                continue
            blocks.append([[(40, title, "Helvetica-Bold", 8)],
                           [(x, t, "Helvetica-Oblique", 7) for (x, _), t in
                            zip(ccols, ["Case No.", "Time", "Offense", "Location", "Disposition"])]])
            for e in rows:
                e["reported_at"] = f"{mdy(d)} {hhmm(e)}"
                printed.append(e)
                blocks.append(cells(ccols, [e["case_number"], hhmm(e), e["type"], e["location"],
                                            e["disposition"]], "Helvetica", 7.4))
        jail = [(e["hh"], e["mm"], e["number"], e["text"]) for e in de if e["kind"] == "booking"]
        jail += [(e["hh"], e["mm"] + 1 if e["mm"] < 59 else 59, num, f"BOOKED ON CASE {e['case_number']}")
                 for e in cases for k, num in e["related"] if k == "booking_number"]
        sections = [("JAIL BOOKINGS", sorted(jail)),
                    ("RELEASES", [(e["hh"], e["mm"], e["number"], e["text"]) for e in de if e["kind"] == "release"]),
                    ("CIVIL PROCESS SERVED", [(e["hh"], e["mm"], e["number"], e["text"]) for e in de if e["kind"] == "civil"]),
                    ("WARRANTS SERVED", [(e["hh"], e["mm"], e["number"], e["text"]) for e in de if e["kind"] == "warrant"])]
        for title, rows in sections:
            if not rows:
                continue
            blocks.append([[(40, title, "Helvetica-Bold", 8)],
                           [(x, t, "Helvetica-Oblique", 7) for (x, _), t in
                            zip(jcols, ["Number", "Time", "", "Entry"])]])
            for hh, mm, num, text in rows:
                blocks.append(cells(jcols, [num, f"{hh:02d}{mm:02d}", "", text], "Helvetica", 7.4))
        n_cfs = sum(e["kind"] == "cfs" for e in de)
        blocks.append([[(40, f"Day totals: {len(cases)} case reports, {len(cor)} coroner, {len(jail)} bookings, "
                             f"{len(sections[1][1])} releases, {len(sections[2][1])} civil, "
                             f"{len(sections[3][1])} warrants, {n_cfs} calls for service without a case",
                         "Helvetica-Oblique", 7.4)]])
    blocks.append([[]])
    blocks.append([[(40, f"Case and coroner numbers issued this period: {len(printed)}", "Helvetica-Bold", 8.5)]])

    def header(c, page, total):
        c.setFont("Times-Bold", 12)
        c.drawCentredString(306, 752, "Quill County Sheriff's Office")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(306, 740, f"Sheriff's Daily Log  -  {label}  -  Ashby, Oregon  -  541-555-0128")
        c.line(40, 734, 572, 734)

    def footer(c, page, total):
        c.setFont("Times-Italic", 8)
        c.drawString(40, 30, "Public copy. Juvenile and medical entries withheld.")
        c.drawRightString(572, 30, f"{page}/{total or 0}")

    two_pass(path, letter, blocks, header, 716, 48, 10, footer)
    return printed


def text_quill(r, kind):
    return {"booking": f"{r.choice(('COMMITMENT', 'WALK-IN ON WARRANT', 'COURT REMAND'))}, {r.randint(1, 3)} charge(s)",
            "release": r.choice(("BOND POSTED", "TIME SERVED", "RELEASED TO OSP")),
            "civil": f"{r.choice(PAPERS)}, {r.choice(('PERSONAL', 'SUBSTITUTE', 'POSTED'))} SERVICE",
            "warrant": f"FTA WARRANT SERVED, {place(r, True)}",
            "cfs": ""}[kind]


# ---------------------------------------------------------------- C: Vesper County, MT (labelled blocks of every kind)

KIND_C = {"case": "CASE REPORT", "coroner": "CORONER CALL", "booking": "JAIL BOOKING", "release": "JAIL RELEASE",
          "civil": "CIVIL PROCESS", "warrant": "WARRANT SERVICE", "cfs": "CALL FOR SERVICE"}


def draw_vesper(path, ents, label):
    blocks, n = [], 0
    lab, val = 48, 128
    for e in ents:
        n += 1
        head = [(40, "", "Helvetica", 8, "bar"), (44, f"LOG ENTRY {5000 + n:06d}", "Helvetica-Bold", 8.5),
                (220, f"Type of entry: {KIND_C[e['kind']]}", "Helvetica-Bold", 8.5)]
        lines = [head]
        recv = f"{mdy(e['day'])} {hhmm(e, ':')}"

        def lv(k, v, width=420):
            out = []
            for i, part in enumerate(wrap(v, "Helvetica", 8.5, width)):
                out.append(([(lab, k, "Helvetica-Bold", 8.5)] if i == 0 else []) + [(val, part, "Helvetica", 8.5)])
            return out
        if "case_number" in e:
            e["type"], e["location"] = titled(e["type"]), titled(e["location"].replace("MM", "MILE"))
            e["reported_at"] = recv
            lines += lv("Case No.:", e["case_number"]) + lv("Received:", recv) + lv("Nature:", e["type"])
            lines += lv("Location:", e["location"]) + lv("Disposition:", e["disposition"])
            lines += lv("Narrative:", e["summary"])
        else:
            lines += lv("Case No.:", "none") + lv("Received:", recv)
            key = {"booking": "Booking No.:", "release": "Booking No.:", "civil": "Paper No.:",
                   "warrant": "Warrant No.:", "cfs": "CAD Event:"}[e["kind"]]
            lines += lv(key, e["number"]) + lv("Remarks:", e["text"])
        lines.append([])
        blocks.append(lines)
    recs = recs_of(ents)
    kinds = [e["kind"] for e in ents]
    blocks.append([[(40, f"Entries this bulletin: {len(ents)}", "Helvetica-Bold", 9)],
                   [(40, f"Case numbers issued: {len(recs)}", "Helvetica-Bold", 9)],
                   [(40, f"Jail bookings {kinds.count('booking')}, releases {kinds.count('release')}, civil "
                         f"{kinds.count('civil')}, warrants {kinds.count('warrant')}, CAD calls {kinds.count('cfs')}",
                     "Helvetica", 8.5)]])

    def header(c, page, total):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 752, "VESPER COUNTY SHERIFF'S OFFICE  |  DAILY BULLETIN")
        c.setFont("Helvetica", 8)
        c.drawString(40, 741, f"{label}  |  Colter, Montana  |  406-555-0171")
        c.drawRightString(572, 741, f"Sheet {page} of {total or 0}")
        c.line(40, 736, 572, 736)

    two_pass(path, letter, blocks, header, 718, 42, 10.5)
    return recs


def text_vesper(r, kind):
    return {"booking": f"Committed by {r.choice(('Vesper County SO', 'Montana Highway Patrol', 'Colter PD'))}, "
                       f"{r.randint(1, 3)} charge(s)",
            "release": r.choice(("Bond posted", "Released on own recognizance", "Sentence complete")),
            "civil": f"{titled(r.choice(PAPERS))} served, {r.choice(('personal', 'substitute'))} service",
            "warrant": f"Bench warrant served at {place(r, False)}",
            "cfs": f"{titled(r.choice(CFS))}, handled without report"}[kind]


# ---------------------------------------------------------------- D: Dunlin County, WV (shift narrative)

def draw_dunlin(path, ents, label):
    blocks, shift_of = [], None
    for e in ents:
        shift = (e["day"], "Day shift (0700-1900)" if 7 <= e["hh"] < 19 else "Night shift (1900-0700)")
        if shift != shift_of:
            shift_of = shift
            blocks.append([[], [(40, f"{long_day(e['day'])}  -  {shift[1]}", "Times-Bold", 10.5)]])
        t = hhmm(e)
        if "case_number" in e:
            e["type"] = titled(e["type"])
            e["location"] = titled(e["location"].replace("MM", "MILE"))
            e["reported_at"] = f"{mdy(e['day'])} {t}"
            para = (f"{t} hrs. {e['type']} at {e['location']}. {e['summary']} Case {e['case_number']} opened. "
                    f"{e['disposition']}.")
        else:
            para = f"{t} hrs. " + e["text"].format(num=e["number"])
        lines = wrap(para, "Times-Roman", 10, 500)
        blocks.append([[(52 if i == 0 else 72, s, "Times-Roman", 10)] for i, s in enumerate(lines)])
    recs = recs_of(ents)
    blocks.append([[], [(40, f"End of shift reports. Cases opened this period: {len(recs)}.", "Times-Italic", 10)]])

    def header(c, page, total):
        c.setFont("Times-Bold", 12)
        c.drawString(40, 752, "Dunlin County Sheriff's Office")
        c.setFont("Times-Italic", 9.5)
        c.drawString(40, 740, f"Shift narrative, {label}. Pruntytown Road, Dunlin, WV. 304-555-0116")
        c.drawRightString(572, 740, f"page {page}")
        c.line(40, 734, 572, 734)

    two_pass(path, letter, blocks, header, 714, 46, 12.5)
    return recs


def text_dunlin(r, kind):
    return {"booking": "Jail: inmate booked under {num} on a commitment from "
                       + r.choice(("Dunlin City PD.", "the State Police.", "magistrate court.")),
            "release": "Jail: inmate under {num} released " + r.choice(("on bond.", "to the regional jail.", "after time served.")),
            "civil": "Civil: paper {num} (" + titled(r.choice(PAPERS)).lower() + ") served in the "
                     + r.choice(("Elk", "Laurel", "Tygart")) + " district.",
            "warrant": "Warrant {num} served at " + place(r, False) + "; subject transported.",
            "cfs": "Call for service, no report: " + r.choice(CFS).lower() + " near " + place(r, False) + "."}[kind]


# ---------------------------------------------------------------- E: Quarrier County, KY (Courier journal)

def draw_quarrier(path, ents, label):
    blocks, n = [], 0
    fs, x0 = 8, 30
    code = {"case": "CASE", "coroner": "CORO", "booking": "BOOK", "release": "RLSE", "civil": "CIVL",
            "warrant": "WRNT", "cfs": "CFS "}
    for e in ents:
        n += 1
        d = f"{e['day'][1]:02d}/{e['day'][2]:02d}/{str(e['day'][0])[2:]}"
        if "case_number" in e:
            ref = e["related"][0][1] if e["related"] else ""
            e["reported_at"] = f"{d} {hhmm(e, ':')}"
            first = (f"{7000 + n:06d} {d} {hhmm(e, ':')} {code[e['kind']]} {e['case_number']:<10} {ref:<16} "
                     f"{e['type'][:26]:<26} {e['location']}")
            more = [f"{'':37}DISP: {e['disposition']}"] + [f"{'':37}RMKS: {s}" for s in
                                                         wrap(e["summary"].upper(), "Courier", fs, 330)]
        else:
            first = (f"{7000 + n:06d} {d} {hhmm(e, ':')} {code[e['kind']]} {'----------':<10} "
                     f"{e['number']:<16} {e['text']}")
            more = []
        blocks.append([[(x0, s, "Courier", fs)] for s in [first] + more])
    recs = recs_of(ents)
    kinds = [e["kind"] for e in ents]
    tot = "  ".join(f"{code[k].strip()} {kinds.count(k)}" for k in code)
    blocks.append([[], [(x0, f"JOURNAL ENTRIES: {len(ents)}   KIND TOTALS: {tot}", "Courier-Bold", fs)],
                   [(x0, f"CASE NUMBERS ASSIGNED THIS REPORT: {len(recs)}", "Courier-Bold", fs)],
                   [(x0, "*** END OF REPORT ***", "Courier", fs)]])
    w = landscape(letter)

    def header(c, page, total):
        c.setFont("Courier-Bold", 9)
        c.drawString(x0, 580, f"QUARRIER CO SHERIFF  DAILY JOURNAL  {label}  PAGE {page:03d}")
        c.setFont("Courier", 8)
        c.drawString(x0, 569, "RUN 05:00  OPR 14  LONDONDERRY KY  606-555-0159")
        c.drawString(x0, 552, f"{'JRNL#':<6} {'DATE':<8} {'TIME':<5} {'KIND'} {'CASE#':<10} {'REF#':<16} "
                              f"{'NATURE':<26} LOCATION")
        c.drawString(x0, 544, "-" * 150)

    two_pass(path, w, blocks, header, 530, 36, 9.6)
    return recs


def disp_quarrier(kind, num):
    return {"arrest": "ARRESTED/BOOKED", "citation": "CITATION ISSUED", "referred": "REFERRED OUTSIDE AGENCY",
            "warrant": "WARRANT SERVED", "coroner": "CORONER RESPONDED", "report": "REPORT TAKEN",
            "closed": "CLOSED", "unfounded": "UNFOUNDED", "inactive": "INACTIVE"}[kind]


def text_quarrier(r, kind):
    return text_upper(r, kind)


# ---------------------------------------------------------------- ground truth

def gt_entry(path, agency, doc_type, layout, recs, fields, notes, count_check, seed):
    related = [{"record": e["case_number"], "kind": k, "number": num} for e in recs for k, num in e["related"]]
    samples = []
    for i in (0, len(recs) // 2, len(recs) - 1):
        s = {k: recs[i][k] for k in fields}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs43.py (seed {SEED} + {seed})",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False, "text_layer": "good",
        "record_count": len(recs), "case_numbers": [e["case_number"] for e in recs],
        "case_numbers_source": "written by the generator (make_blind_logs43.py) from the entries it drew; "
                               "checked by check_blind_logs43.py against `pdftotext -layout` text",
        "record_count_check": count_check, "fields_present": fields, "sample_records": samples,
        "related_numbers": related, "notes": notes,
    }


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


FIELDS = ["case_number", "reported_at", "type", "location", "disposition"]
W_ALL = {"case": 10, "coroner": 0.5, "booking": 4, "release": 3, "civil": 2.5, "warrant": 1.5, "cfs": 3}
AGENCIES = [
    ("harlow-county-ne-so", 1, "Harlow County Sheriff's Office, NE [invented]",
     "sheriff's daily activity log (case rows with grey jail, civil and warrant lines)", "table with header",
     draw_harlow, FIELDS, W_ALL,
     agency_fmt(lambda n: f"HC25-{n:05d}", None, lambda n: f"BK25-{n:05d}",
                {"booking": lambda n: f"BK25-{n:05d}", "release": lambda n: f"BK25-{n:05d}",
                 "civil": lambda n: f"CV25-{n:04d}", "warrant": lambda n: f"W25-{n:04d}"},
                "NEC", "HARLOW CITY PD", lambda n: f"W25-{n + 100:04d}", lambda n: f"CO-25-0{n}", disp_upper,
                text_harlow, {"case": 4100, "booking": 8800, "release": 8600, "civil": 1200, "warrant": 300}),
     [("hcso-daily-activity-2025-11-03-05.pdf", days(11, 3, 5), "November 3-5, 2025", 74, 4100),
      ("hcso-daily-activity-2025-11-06-09.pdf", days(11, 6, 9), "November 6-9, 2025", 103, 0)]),
    ("quill-county-or-so", 2, "Quill County Sheriff's Office, OR [invented]",
     "sheriff's daily log (one table per kind of entry per day)", "table with header",
     draw_quill, FIELDS, {**W_ALL, "coroner": 1},
     agency_fmt(lambda n: f"25-Q{n:05d}", lambda n: f"QCC-25-{n:03d}", lambda n: f"QB{n:06d}",
                {"booking": lambda n: f"QB{n:06d}", "release": lambda n: f"QB{n:06d}",
                 "civil": lambda n: f"CP-{n:05d}", "warrant": lambda n: f"WS-{n:05d}"},
                "OR", "ASHBY PD", lambda n: f"WS-{n + 40000:05d}", lambda n: f"ME 25-{n + 100}", disp_upper,
                text_quill, {"case": 2200, "coroner": 40, "booking": 310000, "release": 309000, "civil": 7700,
                             "warrant": 410}),
     [("qcso-daily-log-2025-11-10-12.pdf", days(11, 10, 12), "November 10-12, 2025", 68, 0),
      ("qcso-daily-log-2025-11-13-16.pdf", days(11, 13, 16), "November 13-16, 2025", 92, 0)]),
    ("vesper-county-mt-so", 3, "Vesper County Sheriff's Office, MT [invented]",
     "sheriff's daily bulletin (labelled blocks of every kind of entry)", "labelled blocks",
     draw_vesper, FIELDS + ["summary"], {**W_ALL, "coroner": 0.8},
     agency_fmt(lambda n: f"V25-{n:05d}", None, lambda n: f"VB25-{n:04d}",
                {"booking": lambda n: f"VB25-{n:04d}", "release": lambda n: f"VB25-{n:04d}",
                 "civil": lambda n: f"CIV-25-{n:04d}", "warrant": lambda n: f"BW-{n:04d}",
                 "cfs": lambda n: f"25-{n:06d}"},
                "MT", "Colter PD", lambda n: f"BW-{n + 5000:04d}", lambda n: f"VC-25-0{n}", disp_words,
                text_vesper, {"case": 3300, "booking": 1500, "release": 1400, "civil": 600, "warrant": 900,
                              "cfs": 118000}, upper=False),
     [("vcso-daily-bulletin-2025-11-17-19.pdf", days(11, 17, 19), "November 17-19, 2025", 48, 0)]),
    ("dunlin-county-wv-so", 4, "Dunlin County Sheriff's Office, WV [invented]",
     "shift narrative (paragraphs, case number mid-paragraph)", "free text",
     draw_dunlin, FIELDS, {**W_ALL, "cfs": 4},
     agency_fmt(lambda n: f"DC-25-{n:05d}", None, lambda n: f"B-25-{n:04d}",
                {"booking": lambda n: f"B-25-{n:04d}", "release": lambda n: f"B-25-{n:04d}",
                 "civil": lambda n: f"CP-25-{n:04d}", "warrant": lambda n: f"W-25-{n:04d}"},
                "WV", "Dunlin City PD", lambda n: f"W-25-{n + 3000:04d}", lambda n: f"DCC-25-0{n}", disp_words,
                text_dunlin, {"case": 5400, "booking": 700, "release": 650, "civil": 200, "warrant": 80},
                upper=False),
     [("dcso-shift-narrative-2025-11-20-23.pdf", days(11, 20, 23), "November 20-23, 2025", 62, 0)]),
    ("quarrier-county-ky-so", 5, "Quarrier County Sheriff's Office, KY [invented]",
     "daily journal (Courier, journal number, kind code, case and reference columns)", "table with header",
     draw_quarrier, FIELDS, {**W_ALL, "cfs": 5},
     agency_fmt(lambda n: f"25-{n:06d}", None, lambda n: f"B25{n:05d}",
                {"booking": lambda n: f"B25{n:05d}", "release": lambda n: f"B25{n:05d}",
                 "civil": lambda n: f"CP25-{n:04d}", "warrant": lambda n: f"WT25-{n:04d}"},
                "KYU", "LPD", lambda n: f"WT25-{n + 6000:04d}", lambda n: f"CORO-{n}",
                disp_quarrier, text_quarrier,
                {"case": 4000, "booking": 10400, "release": 10300, "civil": 900, "warrant": 150}),
     [("qrso-journal-2025-11-24-26.pdf", days(11, 24, 26), "11/24/25-11/26/25", 57, 0),
      ("qrso-journal-2025-11-27-30.pdf", days(11, 27, 30), "11/27/25-11/30/25", 131, 0)]),
]

NOTES = {
    "harlow-county-ne-so": (
        "Portrait 'Daily Activity Log' table, column titles repeated per page: Case No. (HC25-NNNNN, the id), "
        "Date / Time ('11/03/2025 0214', reported_at as printed), Nature, Location, Disposition (cells wrap). "
        "TWIST: jail bookings and releases, civil papers served, warrants served and calls without a case are "
        "printed BETWEEN the case rows as grey-shaded italic full-width lines that start with the same date and "
        "time and carry their own numbers (BK25-NNNNN bookings, CV25-NNNN civil papers, W25-NNNN warrants) or "
        "none: they are NOT records (no case number). Record = a row with an HC25 case number. Dispositions cite "
        "booking numbers (ARREST, BOOKED BK25-...), state citations (NEC......), city police cases (HARLOW CITY "
        "PD 25-.....) and warrants: related, not ids. Ends with a totals line (Cases / Jail entries / Civil "
        "papers / Warrants / Calls without case): only 'Cases:' counts records. Header 'Page n of N'.",
        "rows counted from the generator; 'Cases:' equals record_count"),
    "quill-county-or-so": (
        "Sheriff's Daily Log cut by day ('DAILY LOG - Monday, November 10, 2025') and, inside each day, into one "
        "small table per kind of entry, each with its own column titles: CASE REPORTS (Case No. 25-QNNNNN, Time "
        "'1405' only, Offense, Location, Disposition), CORONER CASES (the coroner's OWN series QCC-25-NNN, same "
        "columns: these are records too, the office prints them as cases; the state medical examiner number "
        "'ME 25-NNN' in the disposition is related), then JAIL BOOKINGS, RELEASES, CIVIL PROCESS SERVED, "
        "WARRANTS SERVED (Number, Time, Entry; NOT records). TRAP: a booking made on a case prints 'BOOKED ON "
        "CASE 25-QNNNNN', repeating the id of a record inside the jail table. Document order is case reports "
        "then coroner cases per day (not time order across the two). reported_at joins the day heading's date "
        "and the row's time ('11/10/2025 1405'). A 'Day totals:' line closes each day (not records); the end "
        "line 'Case and coroner numbers issued this period: N' counts records. Footer 'n/N'.",
        "rows counted from the generator; the closing line equals record_count"),
    "vesper-county-mt-so": (
        "'Daily Bulletin' of labelled blocks, one per entry of EVERY kind, each under a grey bar 'LOG ENTRY "
        "00NNNN' (a running entry number, NOT the id) with 'Type of entry: CASE REPORT / CORONER CALL / JAIL "
        "BOOKING / JAIL RELEASE / CIVIL PROCESS / WARRANT SERVICE / CALL FOR SERVICE'. Every block has a "
        "'Case No.:' label; only case reports and coroner calls fill it (V25-NNNNN, the id); the others print "
        "'Case No.: none' and their own number under 'Booking No.:', 'Paper No.:', 'Warrant No.:' or 'CAD "
        "Event:' (25-NNNNNN, looks like a case number: NOT a record). Labels: Received ('11/17/2025 02:14', "
        "reported_at), Nature, Location, Disposition (sentence; cites booking VB25-NNNN, citations MT......, "
        "Colter PD cases, warrants BW-NNNN, coroner numbers VC-25-0NN: related), Narrative (summary). Ends "
        "'Entries this bulletin: M' (all blocks, NOT the record count) and 'Case numbers issued: N'.",
        "blocks with a case number counted from the generator; 'Case numbers issued' equals record_count"),
    "dunlin-county-wv-so": (
        "Shift narrative in Times: headings 'Thursday, November 20, 2025 - Day shift (0700-1900)' / 'Night "
        "shift (1900-0700)', then one paragraph per entry starting '0214 hrs.', continuation lines indented. "
        "Record paragraphs read '<time> hrs. <Type> at <Location>. <summary> Case DC-25-NNNNN opened. "
        "<Disposition>.' - the id is in the MIDDLE of the paragraph. Other paragraphs (Jail: booked/released "
        "B-25-NNNN; Civil: paper CP-25-NNNN; Warrant W-25-NNNN served; Call for service, no report) are NOT "
        "records. reported_at joins the heading's date and the time ('11/20/2025 0214'); a new heading is printed whenever the shift or the calendar date changes, so the hours after midnight sit under a heading with the new date. Related: booking, citation (WV......), Dunlin City PD "
        "cases, warrants, coroner numbers DCC-25-0NN. Ends 'Cases opened this period: N.'; header 'page n'.",
        "paragraphs with a case number counted from the generator; the closing count equals record_count"),
    "quarrier-county-ky-so": (
        "Landscape Courier 'DAILY JOURNAL' printout: every entry opens with a running JRNL# (00NNNN, NOT the "
        "id), DATE with a two-digit year ('11/24/25'), TIME ('14:05'), a KIND code (CASE, CORO, BOOK, RLSE, "
        "CIVL, WRNT, CFS), CASE# (25-NNNNNN, the id; '----------' when none), REF# (another series: bookings "
        "B25NNNNN, civil papers CP25-NNNN, warrants WT25-NNNN, citations KYU......, Londonderry PD cases (LPD 25-NNNNN), "
        "coroner numbers CORO-NN) then NATURE and LOCATION. Record = a CASE or CORO line with a case number; "
        "its REF# is related. Under a record: indented 'DISP:' (disposition) and 'RMKS:' (summary, wraps) "
        "lines. Header 'PAGE 00n' and column titles per page. Ends 'JOURNAL ENTRIES: M KIND TOTALS: ...' (NOT "
        "the record count) and 'CASE NUMBERS ASSIGNED THIS REPORT: N'.",
        "lines with a case number counted from the generator; the closing count equals record_count"),
}


def main():
    for name, seed, agency, doc_type, layout, draw, fields, weights, fmt, runs in AGENCIES:
        r = random.Random(SEED + seed)
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = []
        for fname, ds, label, n, _ in runs:
            ents = entries(r, ds, n, fmt, weights)
            recs = draw(d / fname, ents, label)
            gt.append(gt_entry(d / fname, agency, doc_type, layout, recs, fields, *NOTES[name], seed))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
