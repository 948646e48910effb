"""Generate the held-out set blind_logs91: unit-centric dispatch / mobile-terminal logs.

Every line of these logs is a unit's status change; an incident's number is repeated on
several lines; the records are the incidents, once each, in order of first appearance.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    .venv/bin/python tests/documents/blind_logs91/make_blind_logs91.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
SEED = 20261191
STREETS = ["ORCHARD AVE", "KESTREL LN", "MILLRACE RD", "HARBOR ST", "DUNMORE CT", "ASPEN WAY",
           "CANTRELL BLVD", "FENWICK DR", "OLD MILL RD", "BAYVIEW TER", "LARKSPUR LN", "QUARRY RD"]
NATURES = ["ALARM BURGLARY", "DISTURBANCE", "TRAFFIC STOP", "SUSPICIOUS PERSON", "WELFARE CHECK",
           "THEFT", "MVA NON-INJURY", "NOISE COMPLAINT", "ANIMAL COMPLAINT", "TRESPASS",
           "DOMESTIC", "VANDALISM", "ASSIST OTHER AGENCY", "PARKING COMPLAINT", "FRAUD"]
DISPS = ["RPT", "NRPT", "ADV", "GOA", "CIT", "ARR", "UTL", "REF"]


def sha(p):
    return hashlib.sha256(Path(p).read_bytes()).hexdigest()


def incidents(r, day, n, first_no, fmt, units):
    """Plain dicts: one per incident, with the unit status changes behind it."""
    out = []
    t = datetime.datetime.combine(day, datetime.time(0, 5))
    no = first_no
    for _ in range(n):
        t += datetime.timedelta(minutes=r.randint(6, 22))
        no += r.randint(1, 2)
        us = r.sample(units, 2 if r.random() < 0.3 else 1)
        statuses = []
        for k, u in enumerate(us):
            d = t + datetime.timedelta(minutes=k * r.randint(1, 4))
            e = d + datetime.timedelta(minutes=r.randint(0, 2))
            a = e + datetime.timedelta(minutes=r.randint(3, 12))
            c = a + datetime.timedelta(minutes=r.randint(8, 45))
            statuses += [(d, u, "DISP"), (e, u, "ENRT"), (a, u, "ONSC"), (c, u, "CLR")]
        out.append({
            "id": fmt(no), "no": no, "t": t, "units": us, "statuses": statuses,
            "nature": r.choice(NATURES), "disp": r.choice(DISPS),
            "location": f"{r.randint(1, 98) * 100 + r.randint(0, 99)} {r.choice(STREETS)}",
        })
    return out


class Doc:
    """Paginating canvas: header callable, body lines of (x, text) cells, page footer."""

    def __init__(self, path, size, font, fs, head, foot_label, lead=11):
        self.path, self.size, self.font, self.fs, self.head = path, size, font, fs, head
        self.foot_label, self.lead = foot_label, lead

    def render(self, lines, pages_total):
        c = canvas.Canvas(str(self.path), pagesize=self.size, invariant=1, pageCompression=1)
        w, h = self.size
        page = 1
        y = self.head(c, w, h, page)
        for cells in lines:
            if y < 50:
                self.foot(c, w, page, pages_total)
                c.showPage()
                page += 1
                y = self.head(c, w, h, page)
            for x, txt, *style in cells:
                c.setFont(style[0] if style else self.font, self.fs)
                c.drawString(x, y, txt)
            y -= self.lead
        self.foot(c, w, page, pages_total)
        c.save()
        return page

    def foot(self, c, w, page, total):
        c.setFont("Helvetica", 7)
        c.drawString(36, 28, self.foot_label)
        c.drawRightString(w - 36, 28, f"Page {page} of {total}")


def draw(doc, lines):
    n = doc.render(lines, 0)
    doc.render(lines, n)
    return n


def hm(t):
    return t.strftime("%H:%M")


def mdy(t):
    return t.strftime("%m/%d/%Y")


# ---------------------------------------------------------------- A: Pinecrest Hollow
def make_a(r, out, day, n, first):
    units = ["1A11", "1A12", "1A14", "1B21", "1B23", "1K9"]
    inc = incidents(r, day, n, first, lambda k: f"PH25-{k:06d}", units)
    events = []
    for i in inc:
        for (t, u, s) in i["statuses"]:
            events.append((t, u, s, i))
    # non-incident status lines: meal, out of service, available, fuel
    for _ in range(n // 3):
        t = datetime.datetime.combine(day, datetime.time(0, 10)) + datetime.timedelta(minutes=r.randint(0, 1400))
        events.append((t, r.choice(units), r.choice(["MEAL", "OOS", "AVAIL", "FUEL", "ADMIN"]), None))
    events.sort(key=lambda e: (e[0], e[1]))
    lines = []
    last_cleared = {}
    for t, u, s, i in events:
        if i is None:
            lines.append([(36, mdy(t)), (96, hm(t)), (130, u), (166, s), (206, ""), (290, "-- no incident --")])
            continue
        row = [(36, mdy(t)), (96, hm(t)), (130, u), (166, s), (206, i["id"]), (290, i["nature"]), (420, i["location"])]
        if s == "CLR" and t == max(x[0] for x in i["statuses"] if x[2] == "CLR"):
            row.append((540, i["disp"]))
        lines.append(row)
        last_cleared[i["id"]] = t
    lines.append([])
    lines.append([(36, f"Incidents: {len(inc)}     Status entries: {len(events)}")])
    head_label = f"PINECREST HOLLOW POLICE DEPARTMENT [invented] - UNIT STATUS LOG - {mdy(inc[0]['t'])}"

    def head(c, w, h, page):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, h - 40, head_label)
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in [(36, "Date"), (96, "Time"), (130, "Unit"), (166, "Status"), (206, "Incident"),
                     (290, "Nature"), (420, "Location"), (540, "Disp")]:
            c.drawString(x, h - 58, t)
        c.line(36, h - 61, w - 36, h - 61)
        return h - 73
    fname = f"phpd-unit-status-log-{day.isoformat()}.pdf"
    pages = draw(Doc(out / fname, letter, "Helvetica", 7.5, head, "Printed from CAD - unit status log"), lines)
    recs = [{"case_number": i["id"], "reported_at": f"{mdy(i['t'])} {hm(i['t'])}", "type": i["nature"],
             "location": i["location"], "disposition": i["disp"]} for i in inc]
    return fname, pages, inc, recs, [], dict(
        agency="Pinecrest Hollow Police Department, OR [invented]",
        document_type="CAD unit status log (one line per unit status change, sorted by time)",
        layout="table with header",
        fields=["case_number", "reported_at", "type", "location", "disposition", "unit"],
        notes=("Portrait Helvetica table, column titles repeated on every page: Date, Time, Unit, Status "
               "(DISP, ENRT, ONSC, CLR), Incident (PH25-NNNNNN, the id), Nature, Location, Disp. Every line is a "
               "unit status change sorted by time; an incident's number, nature and location repeat on each of its "
               "4 (one unit) or 8 (two units) lines, interleaved with other incidents. One record per incident, in "
               "order of first appearance; reported_at = Date + Time of its first DISP line; disposition printed on "
               "its last CLR line only. TWIST: unit status lines with no incident (MEAL, OOS, AVAIL, FUEL, ADMIN, "
               "Incident cell empty, '-- no incident --') are not records. Ends 'Incidents: N     Status entries: M' "
               "(N counts records; M counts lines)."))


# ---------------------------------------------------------------- B: Brackenridge County SO
def make_b(r, out, day, n, first):
    units = ["S-201", "S-204", "S-207", "S-212", "S-215"]
    badges = {u: f"#{r.randint(1000, 1999)}" for u in units}
    inc = incidents(r, day, n, first, lambda k: f"{day.year % 100}-{k:05d}", units)
    lines = []
    order = []
    per_unit_total = 0
    for u in units:
        rows = sorted([(t, s, i) for i in inc for (t, uu, s) in i["statuses"] if uu == u], key=lambda x: x[0])
        calls = sorted({i["id"] for _, _, i in rows})
        lines.append([(36, f"UNIT {u}    DEPUTY {badges[u]}", "Helvetica-Bold")])
        for t, s, i in rows:
            if i["id"] not in order:
                order.append(i["id"])
            row = [(48, hm(t)), (84, s), (124, i["id"]), (190, i["nature"]), (320, i["location"])]
            if s == "CLR":
                row.append((440, i["disp"]))
            if s == "DISP" and len(i["units"]) > 1:
                other = [x for x in i["units"] if x != u][0]
                row.append((490, f"w/ {other}"))
            lines.append(row)
        lines.append([(48, f"Calls handled by {u}: {len(calls)}", "Helvetica-Oblique")])
        lines.append([])
        per_unit_total += len(calls)
    lines.append([(36, f"Distinct incidents: {len(inc)}     Unit responses: {per_unit_total}", "Helvetica-Bold")])
    byid = {i["id"]: i for i in inc}
    inc = [byid[k] for k in order]
    label = f"BRACKENRIDGE COUNTY SHERIFF'S OFFICE [invented] - ACTIVITY BY UNIT - {day.strftime('%m/%d/%Y')}"

    def head(c, w, h, page):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, h - 40, label)
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in [(48, "Time"), (84, "Status"), (124, "Call No."), (190, "Call Type"), (320, "Address"),
                     (440, "Dispo"), (490, "Note")]:
            c.drawString(x, h - 58, t)
        c.line(36, h - 61, w - 36, h - 61)
        return h - 73
    fname = f"bcso-activity-by-unit-{day.isoformat()}.pdf"
    pages = draw(Doc(out / fname, letter, "Helvetica", 7.5, head, "Brackenridge County SO - dispatch"), lines)
    recs = [{"case_number": i["id"], "reported_at": hm(i["t"]), "type": i["nature"],
             "location": i["location"], "disposition": i["disp"]} for i in inc]
    return fname, pages, inc, recs, [], dict(
        agency="Brackenridge County Sheriff's Office, TX [invented]",
        document_type="daily activity by unit (dispatch status changes grouped by unit)",
        layout="table with header",
        fields=["case_number", "reported_at", "type", "location", "disposition", "unit"],
        notes=("Portrait table sorted BY UNIT: a bold 'UNIT S-2NN    DEPUTY #NNNN' heading (badge, not an id), then "
               "the unit's status lines sorted by time: Time (HH:MM, the date is only in the title), Status, Call No. "
               "(YY-NNNNN, the id), Call Type, Address, Dispo (CLR lines only), Note ('w/ S-2NN' on the DISP line "
               "when two units went). Then 'Calls handled by S-2NN: n'. TWIST: an incident worked by two units is "
               "printed in both units' sections; it is one record. Records are listed in order of first appearance "
               "(unit by unit), so case_numbers is not sorted. reported_at = time of the first DISP line (of the "
               "first unit dispatched). Ends 'Distinct incidents: N     Unit responses: M' (N counts records; the "
               "per-unit subtotals add up to M)."))


# ---------------------------------------------------------------- C: Ferris Landing MDT
def make_c(r, out, day, n, first):
    units = ["3C21", "3C22", "3C25", "3D31", "3D34"]
    inc = incidents(r, day, n, first, lambda k: f"FL{day.year % 100}{k:06d}", units)
    msgs = []
    related = []
    for i in inc:
        for (t, u, s) in i["statuses"]:
            if s == "DISP":
                msgs.append((t, 0, "CAD", u, f"ASSIGN INC#{i['id']} NATURE:{i['nature']} LOC:{i['location']}"))
                if r.random() < 0.3:
                    old = f"FL{day.year % 100 - 1}{r.randint(100000, 199999):06d}"
                    related.append({"record": i["id"], "kind": "premise_history", "number": old})
                    msgs.append((t, 1, "CAD", u, f"PREMISE HIST: {old} {r.choice(NATURES)}"))
                msgs.append((t + datetime.timedelta(seconds=r.randint(5, 40)), 2, u, "CAD", f"ACK {i['id']}"))
            elif s == "CLR":
                msgs.append((t, 3, u, "CAD", f"STAT CLR {i['id']} DISPO:{i['disp']}"))
            else:
                msgs.append((t + datetime.timedelta(seconds=50), 3, u, "CAD", f"STAT {s} {i['id']}"))
    for _ in range(n // 2):  # unit-to-unit chatter, plate queries: not records
        t = datetime.datetime.combine(day, datetime.time(0, 20)) + datetime.timedelta(minutes=r.randint(0, 1380))
        a, b = r.sample(units, 2)
        if r.random() < 0.5:
            msgs.append((t, 4, a, "NCIC", f"QRY LIC/{r.choice('ABCDEFGH')}{r.randint(100, 999)}{r.choice('KLMNP')}{r.randint(10, 99)} ST/MI"))
        else:
            msgs.append((t, 4, a, b, r.choice(["10-4 MEET AT STATION", "NEED A COVER ON TRAFFIC", "CODE 7 AT 1930", "OK"])))
    msgs.sort(key=lambda m: (m[0], m[1]))
    lines = [[(36, m[0].strftime("%m/%d %H:%M:%S")), (130, f"{m[2]:<4} > {m[3]:<4}"), (210, m[4])] for m in msgs]
    lines.append([])
    lines.append([(36, f"*** END OF LOG  {len(msgs)} MESSAGES ***")])
    label = f"FERRIS LANDING PD [invented]  MDT MESSAGE LOG  {day.strftime('%m/%d/%Y')}  ALL UNITS"

    def head(c, w, h, page):
        c.setFont("Courier-Bold", 8)
        c.drawString(36, h - 40, label)
        c.drawString(36, h - 52, "DATE  TIME      FROM > TO    MESSAGE")
        return h - 66
    fname = f"flpd-mdt-message-log-{day.isoformat()}.pdf"
    pages = draw(Doc(out / fname, letter, "Courier", 7.5, head, "MDT message switch - printed for records request", lead=10), lines)
    recs = [{"case_number": i["id"], "reported_at": i["t"].strftime("%m/%d %H:%M:%S"), "type": i["nature"],
             "location": i["location"], "disposition": i["disp"]} for i in inc]
    return fname, pages, inc, recs, related, dict(
        agency="Ferris Landing Police Department, MI [invented]",
        document_type="mobile data terminal message log (CAD-to-unit and unit-to-CAD messages)",
        layout="free text",
        fields=["case_number", "reported_at", "type", "location", "disposition", "unit"],
        notes=("Courier printout of the MDT message switch, one message per line sorted by time: 'MM/DD HH:MM:SS', "
               "'FROM > TO', message. An incident starts with 'CAD > unit  ASSIGN INC#FL25NNNNNN NATURE:... LOC:...' "
               "(second ASSIGN for a second unit), then 'ACK FL25NNNNNN', 'STAT ENRT/ONSC FL25NNNNNN' and 'STAT CLR "
               "FL25NNNNNN DISPO:XXX' from the unit. One record per incident, first ASSIGN order; reported_at is the "
               "first ASSIGN's 'MM/DD HH:MM:SS' (no year printed); disposition is the last CLR's DISPO. TRAPS: "
               "'PREMISE HIST: FL24NNNNNN <nature>' lines after some ASSIGNs cite an earlier incident at that address "
               "(related, kind premise_history, not records); NCIC plate queries and unit-to-unit chatter carry no "
               "incident. Ends '*** END OF LOG  N MESSAGES ***' (messages, not incidents)."))


# ---------------------------------------------------------------- D: Harlow Mills 10-codes
CODES = {"DISP": "10-6", "ENRT": "10-76", "ONSC": "10-97", "CLR": "10-98"}


def make_d(r, out, day, n, first):
    units = ["211", "214", "218", "225", "231"]
    mk = lambda k: f"{day.strftime('%y%m%d')}{k:04d}"  # noqa: E731
    prev = day - datetime.timedelta(days=1)
    carried = []
    for k in range(3):  # incidents opened before midnight: only their late status lines are in this log
        u = units[k]
        no = f"{prev.strftime('%y%m%d')}{r.randint(80, 99) * 1 + k * 20:04d}"
        t = datetime.datetime.combine(day, datetime.time(0, r.randint(1, 40)))
        carried.append({"id": no, "t": None, "units": [u], "nature": r.choice(NATURES), "disp": r.choice(DISPS),
                        "location": f"{r.randint(1, 98) * 100} {r.choice(STREETS)}",
                        "statuses": [(t, u, "ONSC"), (t + datetime.timedelta(minutes=r.randint(5, 30)), u, "CLR")]})
    inc = incidents(r, day, n, 1, mk, units)
    for i in inc:
        i["t"] = i["t"] + datetime.timedelta(minutes=45)
        i["statuses"] = [(t + datetime.timedelta(minutes=45), u, s) for t, u, s in i["statuses"]]
    allinc = carried + inc
    ev = sorted([(t, u, s, i) for i in allinc for (t, u, s) in i["statuses"]], key=lambda e: (e[0], e[1]))
    first_seen = []
    lines = []
    for t, u, s, i in ev:
        if i["id"] not in first_seen:
            first_seen.append(i["id"])
        row = [(36, t.strftime("%H%M")), (74, u), (104, CODES[s]), (146, i["id"]), (222, i["nature"]), (352, i["location"])]
        if s == "CLR":
            row.append((470, f"DISPO {i['disp']}"))
        lines.append(row)
    lines.append([])
    lines.append([(36, "CODES: 10-6 ASSIGNED  10-76 EN ROUTE  10-97 ARRIVED  10-98 ASSIGNMENT COMPLETE  "
                       "10-8 IN SERVICE  10-7 OUT OF SERVICE")])
    lines.append([(36, f"TOTAL CALLS THIS SHIFT LOG: {len(allinc)} ({len(carried)} CARRIED OVER FROM {prev.strftime('%m/%d/%Y')})")])
    byid = {i["id"]: i for i in allinc}
    allinc = [byid[k] for k in first_seen]
    label = f"HARLOW MILLS POLICE DEPT [invented]  RADIO STATUS LOG  {day.strftime('%m/%d/%Y')}  0000-2359"

    def head(c, w, h, page):
        c.setFont("Courier-Bold", 8)
        c.drawString(36, h - 40, label)
        for x, t in [(36, "TIME"), (74, "CAR"), (104, "CODE"), (146, "CALL #"), (222, "NATURE"), (352, "LOCATION"), (470, "REMARKS")]:
            c.drawString(x, h - 54, t)
        c.line(36, h - 57, w - 36, h - 57)
        return h - 68
    fname = f"hmpd-radio-status-log-{day.isoformat()}.pdf"
    pages = draw(Doc(out / fname, letter, "Courier", 7.5, head, "Harlow Mills PD communications", lead=10), lines)
    recs = [{"case_number": i["id"], "reported_at": (i["t"].strftime("%H%M") if i["t"] else None), "type": i["nature"],
             "location": i["location"], "disposition": i["disp"]} for i in allinc]
    return fname, pages, allinc, recs, [], dict(
        agency="Harlow Mills Police Department, KY [invented]",
        document_type="radio status log in 10-codes (one line per car status change)",
        layout="table with header",
        fields=["case_number", "reported_at", "type", "location", "disposition", "unit"],
        notes=("Courier table, titles on every page: TIME (HHMM, 24 h; date only in the title), CAR (three digits), CODE "
               "(the status as a ten-code: 10-6 assigned, 10-76 en route, 10-97 arrived, 10-98 complete), CALL # (YYMMDDNNNN, "
               "ten digits, the id), NATURE, LOCATION, REMARKS ('DISPO XXX' on 10-98 lines). Sorted by time; an incident's "
               "number repeats on each of its lines. TRAPS: ten-codes ('10-97') and car numbers are digits, not ids; a code "
               "legend line at the end. RECORDS WITHOUT AN OBVIOUS START: the first lines of the log are 10-97/10-98 of "
               "calls opened the day before (numbers with the previous day's YYMMDD prefix, no 10-6 line); they are "
               "records of this log (reported_at null: not printed). Ends 'TOTAL CALLS THIS SHIFT LOG: N (K CARRIED OVER "
               "FROM MM/DD/YYYY)' (N counts records, carried ones included)."))


# ---------------------------------------------------------------- E: Quillan Bay response report
def make_e(r, out, day, n, first):
    units = ["Q11", "Q12", "Q14", "Q17", "Q19", "Q23"]
    inc = incidents(r, day, n, first, lambda k: f"QB-25-{k:05d}", units)
    resp = []
    rn = 7300000 + r.randint(0, 9999)
    related = []
    for i in inc:
        for u in i["units"]:
            rn += r.randint(1, 3)
            st = [(t, s) for (t, uu, s) in i["statuses"] if uu == u]
            resp.append((st[0][0], f"R{rn}", u, st, i))
            related.append({"record": i["id"], "kind": "unit_response_number", "number": f"R{rn}"})
    resp.sort(key=lambda x: x[1])
    lines = []
    for _t0, rno, u, st, i in resp:
        for k, (t, s) in enumerate(st):
            row = [(36, rno), (96, i["id"]), (160, u), (190, s), (226, t.strftime("%m/%d/%y %H:%M"))]
            if k == 0:
                row += [(300, i["nature"].title()), (420, i["location"].title())]
            if s == "CLR":
                row.append((540, i["disp"]))
            lines.append(row)
        lines.append([(36, "")])
    lines.append([(36, f"Responses: {len(resp)}    Incidents: {len(inc)}")])
    label = f"Quillan Bay Police Department [invented] - Unit Response Report - {day.strftime('%B %d, %Y')}"

    def head(c, w, h, page):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, h - 40, label)
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in [(36, "Response #"), (96, "Incident #"), (160, "Unit"), (190, "Status"), (226, "Status Time"),
                     (300, "Incident Type"), (420, "Address"), (540, "Disp.")]:
            c.drawString(x, h - 58, t)
        c.line(36, h - 61, w - 36, h - 61)
        return h - 73
    fname = f"qbpd-unit-response-report-{day.isoformat()}.pdf"
    pages = draw(Doc(out / fname, letter, "Helvetica", 7.5, head, "Quillan Bay PD - CAD reports"), lines)
    recs = [{"case_number": i["id"], "reported_at": i["t"].strftime("%m/%d/%y %H:%M"), "type": i["nature"].title(),
             "location": i["location"].title(), "disposition": i["disp"]} for i in inc]
    return fname, pages, inc, recs, related, dict(
        agency="Quillan Bay Police Department, WA [invented]",
        document_type="unit response report (one response number per unit sent, a line per status)",
        layout="table with header",
        fields=["case_number", "reported_at", "type", "location", "disposition", "unit"],
        notes=("Portrait table keyed by RESPONSE: first column 'Response #' (R73NNNNN, a new number for every unit sent "
               "to an incident, printed on each of that response's 4 status lines), then Incident # (QB-25-NNNNN, the id), "
               "Unit, Status (DISP/ENRT/ONSC/CLR), Status Time (MM/DD/YY HH:MM), Incident Type and Address (Title Case, "
               "on the DISP line only), Disp. (CLR line). Responses separated by a blank line. TRAP: the first column holds "
               "unique, id-looking numbers that are NOT records (related, kind unit_response_number); an incident with two "
               "units has two response numbers and two consecutive blocks. reported_at = the first response's DISP time. "
               "Ends 'Responses: M    Incidents: N' (N counts records)."))


AGENCIES = [
    ("pinecrest-hollow-or-pd", make_a, [(datetime.date(2025, 11, 3), 58, 41200), (datetime.date(2025, 11, 4), 64, 41330)]),
    ("brackenridge-county-tx-so", make_b, [(datetime.date(2025, 11, 8), 47, 8800), (datetime.date(2025, 11, 9), 55, 8920)]),
    ("ferris-landing-mi-pd", make_c, [(datetime.date(2025, 11, 12), 52, 205300)]),
    ("harlow-mills-ky-pd", make_d, [(datetime.date(2025, 11, 14), 60, 1)]),
    ("quillan-bay-wa-pd", make_e, [(datetime.date(2025, 11, 17), 45, 6100), (datetime.date(2025, 11, 18), 50, 6190)]),
]


def main(out_root):
    out_root = Path(out_root)
    for k, (slug, fn, runs) in enumerate(AGENCIES, 1):
        r = random.Random(SEED + k)
        out = out_root / slug
        out.mkdir(parents=True, exist_ok=True)
        entries = []
        for day, n, first in runs:
            fname, pages, inc, recs, related, meta = fn(r, out, day, n, first)
            ids = [i["id"] for i in inc]
            samples = []
            for j in (0, len(recs) // 2, len(recs) - 1):
                s = {k2: v for k2, v in recs[j].items() if v is not None}
                rel = [x["number"] for x in related if x["record"] == recs[j]["case_number"]]
                if rel:
                    s["related_numbers"] = rel
                samples.append(s)
            p = out / fname
            entries.append({
                "file": fname, "source_repo": "generated", "commit": "generated", "path": "generated",
                "git_blob": "generated", "generator": f"make_blind_logs91.py (seed {SEED} + {k})",
                "sha256": sha(p), "bytes": p.stat().st_size, "pages": pages,
                "agency": meta["agency"], "document_type": meta["document_type"], "layout": meta["layout"],
                "scanned": False, "encrypted": False, "text_layer": "good",
                "record_count": len(ids), "case_numbers": ids, "related_numbers": related,
                "fields_present": meta["fields"], "sample_records": samples,
                "case_numbers_source": "written by the generator (make_blind_logs91.py) from the incidents it drew; "
                                       "checked by check_blind_logs91.py against `pdftotext -layout` text",
                "record_count_check": "incidents counted by the generator, each once however many status lines it has; "
                                      "the document's own incident count equals record_count",
                "notes": meta["notes"],
            })
        (out / "groundtruth.json").write_text(json.dumps(entries, indent=1) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
