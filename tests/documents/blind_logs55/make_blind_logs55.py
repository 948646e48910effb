"""Generate the fifty-fifth held-out set of incident-log PDFs and their ground truth.

Daily crime logs of Northeast campus and hospital police as printed from their web pages: a
browser header (date stamp, page title) and footer (URL, "Page n of N") on every page. Five
layouts: a college table whose offence cell lists several offences one per line; a hospital
table that opens with the location and carries incident numbers with letter suffixes and
"No incidents reported" day rows; a university log of labelled blocks in a per-agency field
order; a medical-centre narrative log of one free-text paragraph per incident; a state-college
log of two-column cards under day headings with daily totals. Every agency, place and record
is invented; no person is named. Output is deterministic: fixed seeds, reportlab invariant
mode. Run:
    python tests/documents/blind_logs55/make_blind_logs55.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20255555
W, H = letter
OFFENCES = [
    "Larceny - Theft From Building",
    "Vandalism",
    "Trespass Warning",
    "Liquor Law Violation",
    "Drug Law Violation",
    "Simple Assault",
    "Harassment",
    "Suspicious Person",
    "Medical Assist",
    "Disorderly Conduct",
    "Burglary",
    "Motor Vehicle Theft",
    "Fire Alarm - Accidental",
    "Criminal Mischief",
    "Fraud - Identity",
    "Threatening",
    "Lost Property",
    "Welfare Check",
]
DISPOS = [
    "Closed",
    "Open - Under Investigation",
    "Referred to Student Conduct",
    "Cleared by Arrest",
    "Unfounded",
    "Inactive",
    "Closed - Report Filed",
]
CAMPUS_PLACES = [
    "Harlow Hall",
    "Brindle Library",
    "Coates Science Center",
    "Lot 7 Garage",
    "Wexley Commons",
    "Penrose Athletic Center",
    "Marden Hall",
    "Ossory Student Union",
    "Tillinghast Annex",
    "Quarry Road Apartments",
    "Emergency Dept Waiting Room",
    "Pavilion B Lobby",
    "Parking Deck 3",
    "Radiology Wing",
    "Main Entrance Circle",
    "Behavioral Health Unit 4",
    "Cafeteria Level 1",
]
HOSP_PLACES = [
    "Emergency Dept Waiting Room",
    "Pavilion B Lobby",
    "Parking Deck 3",
    "Radiology Wing",
    "Main Entrance Circle",
    "Behavioral Health Unit 4",
    "Cafeteria Level 1",
    "Maternity Ward 6 East",
    "Ambulance Bay",
    "Oncology Clinic Lobby",
    "Loading Dock C",
    "Surgical Waiting Area",
]
HOSP_DISPOS = [
    "Closed",
    "Open - Under Investigation",
    "Referred to Local Police",
    "Cleared by Arrest",
    "Unfounded",
    "Patient Escorted",
    "Closed - Report Filed",
]


def new_canvas(path):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def day_list(start, n):
    return [start + datetime.timedelta(days=i) for i in range(n)]


def hm(r):
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"


def offences(r, k):
    return r.sample(OFFENCES, k)


class Pages:
    """Browser-printed pages: stamp and title on top, URL and Page n of N at the foot."""

    def __init__(self, path, title, url, stamp):
        self.c, self.title, self.url, self.stamp = new_canvas(path), title, url, stamp
        self.pages, self.y = [], 0
        self.ops = []  # list of pages, each a list of (font, size, x, y, text)
        self.new()

    def new(self):
        self.ops.append([])
        self.y = H - 72

    def text(self, x, s, font="Helvetica", size=8.5):
        self.ops[-1].append((font, size, x, self.y, s))

    def need(self, dy):
        if self.y - dy < 60:
            self.new()
            return True
        return False

    def save(self):
        n = len(self.ops)
        for i, ops in enumerate(self.ops, 1):
            c = self.c
            c.setFont("Helvetica", 7)
            c.drawString(30, H - 24, self.stamp)
            c.drawCentredString(W / 2, H - 24, self.title)
            c.drawString(30, 22, self.url)
            c.drawRightString(W - 30, 22, f"Page {i} of {n}")
            for font, size, x, y, s in ops:
                c.setFont(font, size)
                c.drawString(x, y, s)
            c.showPage()
        self.c.save()
        return n


def make_records(r, n, days, idfmt, start, no_days=(), places=None, dispos=None):
    places, dispos = places or CAMPUS_PLACES, dispos or DISPOS
    recs, k = [], start
    per = [0] * len(days)
    live = [i for i in range(len(days)) if i not in no_days]
    for _ in range(n):
        per[r.choice(live)] += 1
    for di, cnt in enumerate(per):
        times = sorted(hm(r) for _ in range(cnt))
        for t in times:
            k += r.choice((1, 1, 2, 3))
            recs.append(
                {
                    "id": idfmt(k, r),
                    "day": days[di],
                    "time": t,
                    "di": di,
                    "off": offences(r, r.choice((1, 1, 1, 2, 2, 3))),
                    "place": r.choice(places),
                    "disp": r.choice(dispos),
                    "occ_day": days[di] - datetime.timedelta(days=r.choice((0, 0, 1))),
                    "occ": hm(r),
                }
            )
    return recs, per


def mdy(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def related_for(r, rec, kinds):
    out = []
    if r.random() < 0.3:
        kind, num = r.choice(kinds)(r)
        out.append({"record": rec["id"], "kind": kind, "number": num})
    return out


def town_case(r):
    return "other_agency_case", f"TPD-25-{r.randint(10000, 99999)}"


def citation(r):
    return "citation", f"C{r.randint(1000000, 9999999)}"


def booking(r):
    return "booking", f"BK25-{r.randint(1000, 9999)}"


def rel_text(rels):
    names = {"other_agency_case": "Town PD case", "citation": "Citation No.", "booking": "Booking #"}
    return "; ".join(f"{names[x['kind']]} {x['number']}" for x in rels)


def entry(path, agency, layout, doc_type, seed, recs, rels, samples, pages):
    data = path.read_bytes()
    return {
        "file": path.name,
        "source_repo": "generated",
        "commit": "generated",
        "path": "generated",
        "git_blob": "generated",
        "generator": f"make_blind_logs55.py (seed {seed})",
        "sha256": hashlib.sha256(data).hexdigest(),
        "bytes": len(data),
        "pages": pages,
        "agency": agency,
        "document_type": doc_type,
        "layout": layout,
        "scanned": False,
        "encrypted": False,
        "text_layer": "good",
        "record_count": len(recs),
        "case_numbers": [x["id"] for x in recs],
        "related_numbers": rels,
        "sample_records": samples,
    }


def pick3(recs):
    return [recs[0], recs[len(recs) // 2], recs[-1]]


# 1. Harwick College: table Case # | Reported | Offense(s) one per line | Location | Disposition
def harwick(path, seed, start, nrec, first):
    r = random.Random(seed)
    days = day_list(first, 10)
    recs, per = make_records(r, nrec, days, lambda k, r: f"HC25-{k:05d}", start)
    p = Pages(
        path,
        "Daily Crime Log | Harwick College Public Safety",
        "https://publicsafety.harwick-college.example.edu/clery/daily-crime-log?print=1",
        f"{mdy(days[-1] + datetime.timedelta(days=1))}, 8:02 AM",
    )
    cols = [36, 110, 190, 340, 460]

    def head():
        p.text(36, "Harwick College Department of Public Safety - Daily Crime Log", "Helvetica-Bold", 11)
        p.y -= 18
        for x, h in zip(cols, ["Case #", "Reported", "Offense(s)", "Location", "Disposition"]):
            p.text(x, h, "Helvetica-Bold", 8.5)
        p.y -= 14

    head()
    rels = []
    for rec in recs:
        rr = related_for(r, rec, [town_case, citation])
        rels += rr
        dl = simpleSplit(rec["disp"], "Helvetica", 8.5, 95)
        n = max(len(rec["off"]), len(dl)) + (1 if rr else 0)
        if p.need(11 * n + 4):
            head()
        p.text(cols[0], rec["id"])
        p.text(cols[1], f"{mdy(rec['day'])} {rec['time']}")
        p.text(cols[3], rec["place"])
        y0 = p.y
        for i, o in enumerate(rec["off"]):
            p.y = y0 - 11 * i
            p.text(cols[2], o)
        for i, d in enumerate(dl):
            p.y = y0 - 11 * i
            p.text(cols[4], d)
        p.y = y0 - 11 * max(len(rec["off"]), len(dl))
        if rr:
            p.text(cols[2], "Ref: " + rel_text(rr), "Helvetica-Oblique", 7.5)
            p.y -= 11
        p.y -= 4
    p.need(30)
    p.y -= 10
    p.text(36, f"Offenses listed: {sum(len(x['off']) for x in recs)}    Cases listed: {len(recs)}", "Helvetica-Bold", 9)
    pages = p.save()
    samples = [
        {
            "case_number": x["id"],
            "reported_at": f"{mdy(x['day'])} {x['time']}",
            "offense": x["off"],
            "location": x["place"],
            "disposition": x["disp"],
        }
        for x in pick3(recs)
    ]
    return recs, rels, samples, pages


# 2. St. Brendan Medical Center: Location | Nature | Incident # (suffix) | Reported | Status; empty days
def brendan(path, seed, start, nrec, first):
    r = random.Random(seed)
    days = day_list(first, 9)

    def idf(k, r):
        return f"2025-{k:06d}-{r.choice('AAAB')}"

    recs, per = make_records(r, nrec, days, idf, start, no_days=(2, 6), places=HOSP_PLACES, dispos=HOSP_DISPOS)
    p = Pages(
        path,
        "Police Daily Log - St. Brendan Medical Center",
        "https://www.stbrendan-med.example.org/security/police-daily-log.aspx",
        f"{mdy(days[-1] + datetime.timedelta(days=1))} 07:15",
    )
    cols = [36, 175, 320, 420, 505]
    p.text(36, "ST. BRENDAN MEDICAL CENTER POLICE - DAILY LOG", "Helvetica-Bold", 11)
    p.y -= 18
    rels = []
    for di, d in enumerate(days):
        p.need(40)
        p.text(36, d.strftime("%A %m/%d/%Y"), "Helvetica-Bold", 9)
        p.y -= 12
        for x, h in zip(cols, ["Location", "Nature", "Incident #", "Reported", "Status"]):
            p.text(x, h, "Helvetica-Bold", 8)
        p.y -= 12
        todays = [x for x in recs if x["di"] == di]
        if not todays:
            p.text(36, "No incidents reported", "Helvetica-Oblique", 8.5)
            p.y -= 14
            continue
        for rec in todays:
            rr = related_for(r, rec, [booking, town_case])
            rels += rr
            nat = " / ".join(rec["off"])
            nl = simpleSplit(nat, "Helvetica", 8, 118)
            if p.need(11 * len(nl) + 14):
                pass
            p.text(cols[0], rec["place"], size=8)
            p.text(cols[2], rec["id"], size=8)
            p.text(cols[3], rec["time"], size=8)
            p.text(cols[4], rec["disp"].split(" - ")[0], size=8)
            y0 = p.y
            for i, ln in enumerate(nl):
                p.y = y0 - 11 * i
                p.text(cols[1], ln, size=8)
            p.y = y0 - 11 * len(nl)
            if rr:
                p.text(cols[1], rel_text(rr), "Helvetica-Oblique", 7)
                p.y -= 10
            p.y -= 3
        p.text(36, f"Daily count: {len(todays)}", "Helvetica", 7.5)
        p.y -= 14
    pages = p.save()
    samples = [
        {
            "case_number": x["id"],
            "reported_at": f"{x['time']}",
            "type": " / ".join(x["off"]),
            "location": x["place"],
            "disposition": x["disp"].split(" - ")[0],
        }
        for x in pick3(recs)
    ]
    return recs, rels, samples, pages


# 3. Quinnipoint University: labelled blocks, field order Reported / Offenses / Incident No. / ...
def quinni(path, seed, start, nrec, first):
    r = random.Random(seed)
    days = day_list(first, 12)
    recs, per = make_records(r, nrec, days, lambda k, r: f"QU-{k:04d}-25", start)
    p = Pages(
        path,
        "Quinnipoint University Police :: Crime Log",
        "https://police.quinnipoint.example.edu/crime-log/?view=printable",
        f"{mdy(days[-1])}  11:40 PM",
    )
    p.text(36, "QUINNIPOINT UNIVERSITY POLICE DEPARTMENT", "Helvetica-Bold", 11)
    p.y -= 14
    p.text(36, f"Crime Log {mdy(days[0])} through {mdy(days[-1])}", "Helvetica", 9)
    p.y -= 20
    rels = []
    for rec in recs:
        rr = related_for(r, rec, [citation, town_case])
        rels += rr
        summ = (
            f"Officer responded to {rec['place']} for a report of "
            f"{rec['off'][0].lower()}. {'Reporting party declined to pursue charges.' if r.random() < 0.4 else 'Report taken.'}"
        )
        sl = simpleSplit(summ, "Helvetica", 8.5, 420)
        rec["summary"] = summ
        lines = 5 + len(rec["off"]) + len(sl) + (1 if rr else 0)
        p.need(11 * lines + 10)
        lab = 40
        val = 150
        p.text(lab, "Date/Time Reported:", "Helvetica-Bold", 8.5)
        p.text(val, f"{mdy(rec['day'])} {rec['time']}")
        p.y -= 11
        p.text(lab, "Offense(s):", "Helvetica-Bold", 8.5)
        for o in rec["off"]:
            p.text(val, o)
            p.y -= 11
        p.text(lab, "Incident No.:", "Helvetica-Bold", 8.5)
        p.text(val, rec["id"])
        p.y -= 11
        p.text(lab, "Occurred:", "Helvetica-Bold", 8.5)
        p.text(val, f"{mdy(rec['occ_day'])} {rec['occ']}")
        p.y -= 11
        p.text(lab, "General Location:", "Helvetica-Bold", 8.5)
        p.text(val, rec["place"])
        p.y -= 11
        p.text(lab, "Summary:", "Helvetica-Bold", 8.5)
        for ln in sl:
            p.text(val, ln)
            p.y -= 11
        if rr:
            p.text(lab, "Related:", "Helvetica-Bold", 8.5)
            p.text(val, rel_text(rr))
            p.y -= 11
        p.text(lab, "Disposition:", "Helvetica-Bold", 8.5)
        p.text(val, rec["disp"])
        p.y -= 18
    p.need(20)
    p.text(36, f"Total incidents this period: {len(recs)}", "Helvetica-Bold", 9)
    pages = p.save()
    samples = [
        {
            "case_number": x["id"],
            "reported_at": f"{mdy(x['day'])} {x['time']}",
            "offense": x["off"],
            "occurred_at": f"{mdy(x['occ_day'])} {x['occ']}",
            "location": x["place"],
            "disposition": x["disp"],
            "summary": x["summary"],
        }
        for x in pick3(recs)
    ]
    return recs, rels, samples, pages


# 4. Mercy Ridge Medical Center: free-text paragraph per incident, id after the time
def mercy(path, seed, start, nrec, first):
    r = random.Random(seed)
    days = day_list(first, 8)
    recs, per = make_records(r, nrec, days, lambda k, r: f"MR-{k:05d}", start, places=HOSP_PLACES, dispos=HOSP_DISPOS)
    p = Pages(
        path,
        "Mercy Ridge Public Safety - Activity Log",
        "https://mercyridge-health.example.org/about/public-safety/activity-log",
        f"{days[-1].strftime('%b %d, %Y')}, 6:55 PM",
    )
    p.text(36, "Mercy Ridge Medical Center Public Safety - Police Activity Log", "Helvetica-Bold", 11)
    p.y -= 20
    rels = []
    cur = None
    for rec in recs:
        if rec["di"] != cur:
            cur = rec["di"]
            p.need(30)
            p.text(36, rec["day"].strftime("%A, %B %-d, %Y"), "Helvetica-Bold", 9.5)
            p.y -= 14
        rr = related_for(r, rec, [booking, citation])
        rels += rr
        offs = " and ".join(o.lower() for o in rec["off"])
        txt = f"{rec['time']} hrs - Incident {rec['id']}: officers were called to the {rec['place']} for {offs}. "
        if rr:
            txt += f"Subject processed ({rel_text(rr)}). "
        txt += f"Disposition: {rec['disp']}."
        rec["txt"] = txt
        lines = simpleSplit(txt, "Helvetica", 8.5, 520)
        p.need(11 * len(lines) + 6)
        for ln in lines:
            p.text(46, ln)
            p.y -= 11
        p.y -= 5
    p.need(20)
    p.text(
        36,
        f"{len(recs)} incidents logged. Totals include incidents referred to outside agencies.",
        "Helvetica-Oblique",
        8.5,
    )
    pages = p.save()
    samples = [
        {
            "case_number": x["id"],
            "reported_at": f"{x['day'].strftime('%B %-d, %Y')} {x['time']}",
            "type": " and ".join(o.lower() for o in x["off"]),
            "location": x["place"],
            "disposition": x["disp"],
        }
        for x in pick3(recs)
    ]
    return recs, rels, samples, pages


# 5. Ossipee Valley State College: two-column cards under day headings with daily totals
def ossipee(path, seed, start, nrec, first):
    r = random.Random(seed)
    days = day_list(first, 8)
    recs, per = make_records(r, nrec, days, lambda k, r: f"25OV{k:04d}", start, no_days=(5,))
    p = Pages(
        path,
        "OVSC Police | Daily Crime & Fire Log",
        "https://www.ovsc.example.edu/police/daily-log/print",
        f"{mdy(days[-1] + datetime.timedelta(days=1))}",
    )
    p.text(36, "Ossipee Valley State College Police - Daily Crime & Fire Log", "Helvetica-Bold", 11)
    p.y -= 20
    rels = []
    xs = [36, 306]
    for di, d in enumerate(days):
        todays = [x for x in recs if x["di"] == di]
        p.need(40)
        p.text(36, f"{d.strftime('%a %b %-d')}  ({len(todays)} entries)", "Helvetica-Bold", 9.5)
        p.y -= 14
        if not todays:
            p.text(40, "No incidents reported", "Helvetica-Oblique", 8.5)
            p.y -= 16
            continue
        for i in range(0, len(todays), 2):
            pair = todays[i : i + 2]
            blocks = []
            for rec in pair:
                rr = related_for(r, rec, [town_case, booking])
                rels += rr
                b = [("Helvetica-Bold", f"Log # {rec['id']}"), ("Helvetica", f"Rptd {rec['time']}  Occ {rec['occ']}")]
                b += [("Helvetica", "- " + o) for o in rec["off"]]
                b += [("Helvetica", "At: " + rec["place"]), ("Helvetica", "Disp: " + rec["disp"])]
                if rr:
                    b.append(("Helvetica-Oblique", rel_text(rr)))
                blocks.append(b)
            n = max(len(b) for b in blocks)
            p.need(10 * n + 8)
            y0 = p.y
            for x, b in zip(xs, blocks):
                p.y = y0
                for font, s in b:
                    p.text(x + 4, s, font, 8)
                    p.y -= 10
            p.y = y0 - 10 * n - 8
    p.need(20)
    p.text(36, f"Period total: {len(recs)}", "Helvetica-Bold", 9)
    pages = p.save()
    samples = [
        {
            "case_number": x["id"],
            "reported_at": f"Rptd {x['time']}",
            "offense": x["off"],
            "location": x["place"],
            "disposition": x["disp"],
        }
        for x in pick3(recs)
    ]
    return recs, rels, samples, pages


AGENCIES = [
    (
        "harwick-college-vt-dps",
        "Harwick College Department of Public Safety, VT [invented]",
        "table, offences one per line in a cell",
        harwick,
        [
            ("hc-daily-crime-log-2025-09a.pdf", 412, 58, datetime.date(2025, 9, 2)),
            ("hc-daily-crime-log-2025-09b.pdf", 560, 47, datetime.date(2025, 9, 16)),
        ],
    ),
    (
        "st-brendan-medical-center-ma-police",
        "St. Brendan Medical Center Police, MA [invented]",
        "table opening with location; suffixed ids; empty days",
        brendan,
        [("sbmc-police-daily-log-2025-10.pdf", 1873, 62, datetime.date(2025, 10, 6))],
    ),
    (
        "quinnipoint-university-ct-pd",
        "Quinnipoint University Police Department, CT [invented]",
        "labelled blocks",
        quinni,
        [("qu-crime-log-2025-11.pdf", 301, 44, datetime.date(2025, 11, 3))],
    ),
    (
        "mercy-ridge-medical-center-nh-ps",
        "Mercy Ridge Medical Center Public Safety, NH [invented]",
        "free-text paragraphs under day headings",
        mercy,
        [
            ("mercy-ridge-activity-log-2025-08.pdf", 20410, 55, datetime.date(2025, 8, 11)),
            ("mercy-ridge-activity-log-2025-09.pdf", 20530, 41, datetime.date(2025, 9, 8)),
        ],
    ),
    (
        "ossipee-valley-state-college-me-pd",
        "Ossipee Valley State College Police, ME [invented]",
        "two-column cards under day headings",
        ossipee,
        [("ovsc-daily-log-2025-10.pdf", 870, 66, datetime.date(2025, 10, 13))],
    ),
]


def main():
    for ai, (folder, agency, layout, fn, docs) in enumerate(AGENCIES, 1):
        d = OUT / folder
        d.mkdir(parents=True, exist_ok=True)
        out = []
        for di, (name, start, n, first) in enumerate(docs):
            seed = SEED + 10 * ai + di
            recs, rels, samples, pages = fn(d / name, seed, start, n, first)
            out.append(
                entry(
                    d / name,
                    agency,
                    layout,
                    "daily crime log printed from a web page",
                    seed,
                    recs,
                    rels,
                    samples,
                    pages,
                )
            )
        (d / "groundtruth.json").write_text(json.dumps(out, indent=1) + "\n")
        for e in out:
            print(f"{folder}/{e['file']}: {e['record_count']} records, {e['pages']} pages, {e['bytes']} bytes")


if __name__ == "__main__":
    main()
