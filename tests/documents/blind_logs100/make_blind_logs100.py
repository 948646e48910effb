"""Generate the held-out set blind_logs100: shift briefing bulletins in which the incident log is one
section among others (wanted persons, BOLOs, stolen vehicle hotlists, warrants served, officer-safety
notes, stolen property, crime-trend tables). Five invented agencies, eight PDFs.

Records are made as plain dicts first, drawn, then written to groundtruth.json from the same dicts.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs100/make_blind_logs100.py [OUT_DIR]
"""

import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261200
W, H = letter
STREETS = ["Alder", "Birchmont", "Calloway", "Denholm", "Elderby", "Foxcroft", "Garnet", "Hollins", "Ivybridge",
           "Juniper", "Kingsley", "Lowther", "Mapleton", "Northgate", "Oakhurst", "Penrose", "Quarry",
           "Redfern", "Sandpiper", "Tamsin", "Underhill", "Vantage", "Wickham"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct"]
TYPES = ["Theft", "Burglary", "Vandalism", "Assault", "Disturbance", "Fraud", "Stolen Vehicle",
         "Suspicious Person", "Trespass", "Drug Violation", "Welfare Check", "Harassment", "Shoplifting",
         "Hit and Run", "Found Property", "Domestic Dispute", "Noise Complaint", "Theft from Vehicle"]
PLAIN_DISP = ["Report taken", "Closed", "Unfounded", "Gone on arrival", "Advised", "Under investigation",
              "Referred to detectives", "Cleared, no report"]
MAKES = ["Ford Fusion", "Honda Civic", "Toyota Camry", "Chevrolet Malibu", "Nissan Altima", "Jeep Cherokee",
         "Dodge Ram 1500", "Hyundai Elantra", "Subaru Outback", "Kia Soul"]
COLORS = ["Silver", "Black", "White", "Gray", "Blue", "Red", "Green", "Maroon"]
DESCR = ["W/M, 34, 5'10\", thin build", "B/M, 27, 6'01\", beard", "W/F, 41, 5'05\", red hair",
         "H/M, 22, 5'08\", neck tattoo", "W/M, 52, 6'00\", heavy build", "A/M, 30, 5'09\", glasses",
         "B/F, 36, 5'06\", braids", "H/F, 29, 5'04\", slim"]
CHARGES = ["Failure to appear", "Probation violation", "Burglary", "Aggravated assault", "Theft by deception",
           "Felony fleeing", "Child support", "Possession w/ intent"]


def new_canvas(path):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def street(r):
    return f"{r.choice(STREETS)} {r.choice(SUFFIX)}"


def block(r):
    return f"{r.randint(1, 48) * 100} block of {street(r)}"


def make_records(r, n, days, idfmt, start, rel):
    """n records, ids rising from start, times rising over days; rel: list of (kind, fmt, phrase)."""
    recs = []
    num = start
    slots = sorted(r.sample(range(len(days) * 1440), n))
    for k in range(n):
        num += r.randint(1, 3)
        y, m, d = days[slots[k] // 1440]
        mins = slots[k] % 1440
        typ = r.choice(TYPES)
        related = []
        if r.random() < 0.3:
            kind, fmt, phrase = r.choice(rel)
            args = (r.randint(1000, 9999), r.randint(10000, 99999), r.randint(100000, 999999))
            rn, disp = fmt.format(*args), phrase.format(*args)
            related.append({"kind": kind, "number": rn})
        else:
            disp = r.choice(PLAIN_DISP)
        recs.append({"case_number": idfmt.format(num), "date": f"{m:02d}/{d:02d}/{y}",
                     "time": f"{mins // 60:02d}:{mins % 60:02d}", "type": typ, "location": block(r),
                     "disposition": disp, "related": related})
    return recs


class Pager:
    """Line-by-line drawing on letter pages with a running head and a page footer."""

    def __init__(self, c, head, foot, top=740, bottom=50):
        self.c, self.head, self.foot, self.top, self.bottom = c, head, foot, top, bottom
        self.page, self.y, self.on_new = 0, 0, None
        self.new_page(first=True)

    def new_page(self, first=False):
        if not first:
            self.c.showPage()
        self.page += 1
        self.head(self.c, self.page)
        self.foot(self.c, self.page)
        self.y = self.top
        if self.on_new and not first:
            self.on_new()

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def text(self, x, s, font="Helvetica", size=8, lh=11):
        self.need(lh)
        self.c.setFont(font, size)
        self.c.drawString(x, self.y, s)
        self.y -= lh

    def row(self, cells, font="Helvetica", size=8, lh=11):
        self.need(lh)
        self.c.setFont(font, size)
        for x, s in cells:
            self.c.drawString(x, self.y, s)
        self.y -= lh

    def rule(self, gap=6, width=0.5):
        self.need(gap)
        self.c.setLineWidth(width)
        self.c.line(40, self.y + 7, W - 40, self.y + 7)
        self.y -= gap

    def heading(self, s, size=10):
        self.need(40)
        self.y -= 4
        self.c.setFillGray(0.85)
        self.c.rect(40, self.y - 3, W - 80, size + 4, stroke=0, fill=1)
        self.c.setFillGray(0)
        self.c.setFont("Helvetica-Bold", size)
        self.c.drawString(44, self.y, s)
        self.y -= size + 8

    def para(self, x, s, width, font="Helvetica", size=8, lh=10, indent=0):
        for i, line in enumerate(simpleSplit(s, font, size, width) or [""]):
            self.text(x + (indent if i else 0), line, font, size, lh)


def head_fn(title, sub):
    def head(c, page):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 765, title)
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 40, 765, sub)
        c.setLineWidth(1)
        c.line(40, 758, W - 40, 758)
    return head


def foot_fn(text):
    def foot(c, page):
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(40, 30, text)
        c.drawRightString(W - 40, 30, f"Page {page}")
    return foot


def trend_rows(r, recs):
    counts = {}
    for x in recs:
        counts[x["type"]] = counts.get(x["type"], 0) + 1
    return [(t, counts[t], max(0, counts[t] + r.randint(-3, 4))) for t in sorted(counts)]


# ---------------------------------------------------------------- 1. Ketterby PD (hotlist before the log)
KT_REL = [("booking", "KB-25-{0}", "Arrest, booking KB-25-{0}"), ("citation", "KTC{2}", "Cited, KTC{2}"),
          ("state_patrol_case", "OSHP 25-{1}", "Referred to OSHP 25-{1}")]


def kt_make(r, n, days, start):
    recs = make_records(r, n, days, "KT25-{0:05d}", start, KT_REL)
    stolen = [x for x in recs if x["type"] == "Stolen Vehicle"]
    while len(stolen) < 3:
        x = recs[r.randrange(n)]
        x["type"] = "Stolen Vehicle"
        stolen = [y for y in recs if y["type"] == "Stolen Vehicle"]
    old = [f"KT25-{start - r.randint(40, 2900):05d}" for _ in range(5)]
    hot = [(o, f"09/{r.randint(1, 28):02d}/2025") for o in old] + [(x["case_number"], x["date"]) for x in stolen]
    r.shuffle(hot)
    hot = [(f"{r.choice('KLMP')}{r.choice('TRXY')}{r.choice('ABDZ')}{r.randint(1000, 9999)}",
            f"{r.randint(2008, 2022)} {r.choice(MAKES)}", r.choice(COLORS), num, dt) for num, dt in hot]
    wanted = [(f"KW-25-{r.randint(1000, 9999)}", r.choice(DESCR), r.choice(CHARGES), street(r)) for _ in range(6)]
    return {"recs": recs, "hot": hot, "wanted": wanted, "trend": trend_rows(r, recs)}


def kt_draw(path, data, label):
    c = new_canvas(path)
    p = Pager(c, head_fn("KETTERBY POLICE DEPARTMENT [invented] - ROLL CALL BRIEFING", label),
              foot_fn("LAW ENFORCEMENT SENSITIVE - for roll call use. Watch commander 555-0163."))
    p.heading("1. OFFICER SAFETY")
    for s in ["Two unattended backpacks were reported at the transit shelter on Lowther Ave this week; treat "
              "any repeat as suspicious and request the bomb unit through dispatch (555-0119).",
              "Unit 14 reports a dog at large with bite history in the 2200 block of Garnet Way."]:
        p.para(48, "- " + s, W - 100, indent=8)
    p.heading("2. WANTED PERSONS")
    p.row([(48, "Warrant No."), (130, "Subject"), (290, "Charge"), (420, "Last known area")], "Helvetica-Bold")
    for w in data["wanted"]:
        p.row([(48, w[0]), (130, w[1]), (290, w[2]), (420, w[3])])
    p.heading("3. STOLEN VEHICLE HOTLIST")
    p.row([(48, "Plate"), (120, "Year / Make"), (250, "Color"), (320, "Case No."), (400, "Reported")],
          "Helvetica-Bold")
    for h in data["hot"]:
        p.row([(48, h[0]), (120, h[1]), (250, h[2]), (320, h[3]), (400, h[4])])
    p.text(48, f"Vehicles on hotlist: {len(data['hot'])}", "Helvetica-Oblique")
    p.heading("4. INCIDENT LOG")
    cols = [(48, "Case No."), (120, "Reported"), (200, "Offense"), (300, "Location"), (440, "Disposition")]

    def titles():
        p.row(cols, "Helvetica-Bold")
        p.rule(4)
    titles()
    p.on_new = titles
    for x in data["recs"]:
        p.row([(48, x["case_number"]), (120, f"{x['date']} {x['time']}"), (200, x["type"]), (300, x["location"]),
               (440, x["disposition"])])
    p.on_new = None
    p.text(48, f"Incidents listed: {len(data['recs'])}", "Helvetica-Bold")
    p.heading("5. CRIME TREND - THIS PERIOD / PRIOR PERIOD")
    for t, a, b in data["trend"]:
        p.row([(48, t), (200, str(a)), (260, str(b)), (320, f"{(a - b):+d}")])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 2. Brisco County SO (warrants served table)
BC_REL = [("booking", "BCJ-{1}", "Arrest, booked BCJ-{1}"), ("citation", "GA{2}", "Citation GA{2}"),
          ("gsp_case", "GSP 25-{0}", "Turned over to GSP 25-{0}")]


def bc_make(r, n, days, start):
    recs = make_records(r, n, days, "25-{0:05d}", start, BC_REL)
    for x in recs:
        x["deputy"] = f"#{r.randint(200, 480)}"
    wnum = r.randint(1200, 1800)
    served = []
    for _ in range(r.randint(9, 14)):
        wnum += r.randint(1, 9)
        y, m, d = r.choice(days)
        disp = f"Served, booked BCJ-{r.randint(10000, 99999)}"
        served.append((f"25-{wnum:05d}", f"{m:02d}/{d:02d}/{y} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
                       r.choice(CHARGES), block(r), f"#{r.randint(200, 480)}", disp))
    served.sort(key=lambda s: (s[1][6:10], s[1]))
    active = [(f"25-{r.randint(1000, 1199):05d}", r.choice(DESCR), r.choice(CHARGES)) for _ in range(5)]
    return {"recs": recs, "served": served, "active": active}


def bc_draw(path, data, label):
    c = new_canvas(path)
    p = Pager(c, head_fn("BRISCO COUNTY SHERIFF'S OFFICE [invented] - SHIFT BRIEFING BULLETIN", label),
              foot_fn("Brisco County Sheriff's Office, Patrol Division. Questions: Lt. unit 2L1, 555-0128."))
    p.heading("ACTIVE WARRANTS - ATTEMPT TO SERVE")
    for a in data["active"]:
        p.row([(48, a[0]), (120, a[1]), (300, a[2])])
    cols = [(48, "Number"), (110, "Date / Time"), (190, "Nature"), (290, "Location"), (420, "Deputy"),
            (460, "Disposition")]

    def table(title, rows, count_line):
        p.heading(title)

        def titles():
            p.row(cols, "Helvetica-Bold")
            p.rule(4)
        titles()
        p.on_new = titles
        for row in rows:
            p.row(list(zip([x for x, _ in cols], row)))
        p.on_new = None
        p.text(48, count_line, "Helvetica-Bold")

    recs = data["recs"]
    table("INCIDENT LOG", [(x["case_number"], f"{x['date']} {x['time']}", x["type"], x["location"], x["deputy"],
                            x["disposition"]) for x in recs], f"Incident log: {len(recs)} entries")
    table("WARRANTS SERVED", data["served"], f"Warrants served: {len(data['served'])}")
    p.heading("CRIME TREND (THIS BULLETIN)")
    p.text(48, "Part I offenses: " + str(sum(1 for x in recs if x["type"] in ("Burglary", "Assault", "Theft",
                                                                            "Stolen Vehicle"))))
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 3. Halvard University DPS (BOLO blocks)
HU_REL = [("city_police_case", "HCPD 25-{1}", "Referred to city police, HCPD 25-{1}"),
          ("conduct_referral", "SCR-{0}", "Referred to Student Conduct, SCR-{0}"),
          ("citation", "HUC{2}", "Cited, HUC{2}")]


def hu_make(r, n, days, start):
    recs = make_records(r, n, days, "HU-25-{0:04d}", start, HU_REL)
    bolos = []
    picks = r.sample(range(n), 3)
    for k in range(7):
        if k < 3:
            x = recs[picks[k]]
            ref, rep, loc = x["case_number"], f"{x['date']} {x['time']}", x["location"]
        else:
            ref = f"HU-25-{start - r.randint(30, 900):04d}"
            rep, loc = f"09/{r.randint(1, 28):02d}/2025 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}", block(r)
        bolos.append({"no": f"BOLO 25-{40 + k:03d}", "ref": ref, "rep": rep, "loc": loc, "desc": r.choice(DESCR),
                      "veh": f"{r.choice(COLORS)} {r.choice(MAKES)}", "contact": f"555-01{r.randint(10, 99)}"})
    r.shuffle(bolos)
    premises = [(block(r), [f"HU-25-{start - r.randint(30, 900):04d}" for _ in range(2)]) for _ in range(3)]
    prop = [(r.choice(["Laptop", "Bicycle", "E-scooter", "Phone", "Tablet"]), f"SN {r.randint(10, 99)}-{r.randint(100000, 999999)}")
            for _ in range(6)]
    return {"recs": recs, "bolos": bolos, "premises": premises, "prop": prop}


def hu_draw(path, data, label):
    c = new_canvas(path)
    p = Pager(c, head_fn("HALVARD UNIVERSITY DEPARTMENT OF PUBLIC SAFETY [invented]", "Daily Shift Briefing, " + label),
              foot_fn("For DPS personnel. Dispatch 555-0150. Not for release without review."))

    def labelled(pairs, first_bold=True):
        p.need(11 * len(pairs) + 6)
        for i, (k, v) in enumerate(pairs):
            p.row([(56, k), (150, v)], "Helvetica-Bold" if (i == 0 and first_bold) else "Helvetica")
        p.rule(6, 0.3)

    p.heading("BE ON THE LOOKOUT")
    for b in data["bolos"]:
        labelled([(b["no"], ""), ("Ref. No.:", b["ref"]), ("Reported:", b["rep"]), ("Location:", b["loc"]),
                  ("Subject:", b["desc"]), ("Vehicle:", b["veh"]), ("Contact:", b["contact"])])
    p.text(56, f"BOLOs in effect: {len(data['bolos'])}", "Helvetica-Oblique")
    p.heading("INCIDENTS SINCE LAST BRIEFING")
    for x in data["recs"]:
        labelled([("Case No.:", x["case_number"]), ("Reported:", f"{x['date']} {x['time']}"),
                  ("Classification:", x["type"]), ("Location:", x["location"]), ("Disposition:", x["disposition"])],
                 first_bold=False)
    p.text(56, f"Incidents this briefing: {len(data['recs'])}", "Helvetica-Bold")
    p.heading("OFFICER SAFETY / PREMISE NOTES")
    for loc, hist in data["premises"]:
        labelled([("Premise:", loc), ("History:", ", ".join(hist))], first_bold=False)
    p.heading("STOLEN PROPERTY - CHECK PAWN AND RESALE")
    for item, sn in data["prop"]:
        p.row([(56, item), (150, sn)])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 4. Dunmore Crossing PD (memo, numbered items)
DC_REL = [("booking", "DCB-25-{0}", "Arrested; booking DCB-25-{0}."), ("summons", "S-{2}", "Summons S-{2} issued."),
          ("njsp_case", "NJSP 25-{1}", "Referred to State Police, NJSP 25-{1}.")]
SUMMARY = ["Caller reported the matter after returning home.", "Officers canvassed the area with negative results.",
           "No injuries were reported.", "The complainant declined further action.",
           "A neighbor provided camera footage.", "The item was valued at under $200.",
           "Patrol will give the area extra attention.", "The reporting party was advised of options."]


def dc_make(r, n, days, start):
    recs = make_records(r, n, days, "25-{0:06d}", start, DC_REL)
    for x in recs:
        x["time"] = x["time"].replace(":", "")
        x["summary"] = " ".join(r.sample(SUMMARY, 2))
        if not x["related"]:
            x["disposition"] = r.choice(["Report taken.", "Closed.", "Unfounded.", "Gone on arrival.",
                                         "Under investigation."])
    older = lambda: f"25-{start - r.randint(50, 4000):06d}"  # noqa: E731
    safety = [f"Subject known to carry a folding knife frequents the {block(r)} (Case {older()}).",
              f"Vacant house at the {block(r)}: squatters reported, use two units (Case {older()})."]
    stolen_in = r.sample([x for x in recs], 2)
    wanted = [f"Wanted: {r.choice(DESCR)}, {r.choice(CHARGES).lower()} (Case {older()}). Warrant on file." for _ in range(3)]
    stolen = [f"{r.randint(2009, 2022)} {r.choice(MAKES)}, {r.choice(COLORS).lower()}, NJ plate "
              f"{r.choice('CDGKR')}{r.randint(10, 99)}-{r.choice('ABDFH')}{r.choice('KLMNP')}{r.choice('RSTU')} (Case {older()})."
              for _ in range(2)]
    stolen += [f"Property from the {x['location']}: see item below (Case {x['case_number']})." for x in stolen_in]
    return {"recs": recs, "safety": safety, "wanted": wanted, "stolen": stolen, "trend": trend_rows(r, recs)}


def dc_draw(path, data, label):
    c = new_canvas(path)
    p = Pager(c, head_fn("DUNMORE CROSSING POLICE DEPARTMENT [invented]", "Platoon Briefing Memorandum"),
              foot_fn("Patrol Division memorandum. Desk 555-0177."))
    p.text(40, "TO: All platoons    FROM: Patrol commander (unit P-1)    PERIOD: " + label, "Helvetica", 9, 13)
    p.text(40, "", lh=6)

    def section(title, items, sec):
        p.text(40, title, "Helvetica-Bold", 10, 14)
        for k, s in enumerate(items, 1):
            p.need(22)
            p.para(52, f"{sec}.{k}  {s}", W - 110, "Times-Roman", 9, 11, indent=20)
            p.y -= 3

    section("1. OFFICER SAFETY", data["safety"], 1)
    section("2. WANTED PERSONS / WARRANTS", data["wanted"], 2)
    section("3. STOLEN VEHICLES AND PROPERTY", data["stolen"], 3)
    section("4. INCIDENTS SINCE LAST BRIEFING", [
        f"{x['type']} (Case {x['case_number']}), {x['location']}, reported {x['date']} {x['time']}. "
        f"{x['summary']} {x['disposition']}" for x in data["recs"]], 4)
    p.text(52, f"Incidents since last briefing: {len(data['recs'])}", "Times-Bold", 9, 13)
    p.text(40, "5. CRIME TRENDS", "Helvetica-Bold", 10, 14)
    for t, a, b in data["trend"]:
        p.row([(52, t), (200, f"{a} this period"), (300, f"{b} prior period")], "Times-Roman", 9, 11)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 5. Varrow County SO (sidebar beside the log)
VC_REL = [("booking", "VJ{1}", "Booked VJ{1}"), ("citation", "MN{2}", "Cited MN{2}"),
          ("msp_case", "MSP 25-{0}", "To MSP 25-{0}")]
VC_TYPES = ["Theft", "Burglary", "Vandalism", "Assault", "Fraud", "Stolen Veh", "Susp Person", "Trespass",
            "Drugs", "Welfare Chk", "Harassment", "Hit and Run", "Domestic", "Noise", "Property Dmg"]


def vc_make(r, n, days, start):
    recs = make_records(r, n, days, "VC25-{0:05d}", start, VC_REL)
    for x in recs:
        x["type"] = r.choice(VC_TYPES)
        x["location"] = f"{r.randint(100, 9999)} {r.choice(STREETS)} {r.choice(SUFFIX)}"
        if not x["related"]:
            x["disposition"] = r.choice(["Report", "Closed", "Unfounded", "GOA", "Advised", "Open"])
    old = lambda: f"VC25-{start - r.randint(60, 3000):05d}"  # noqa: E731
    lines = []
    for _ in range(6):
        lines += [f"{r.randint(100, 999)}-{r.choice('ABCDEFG')}{r.choice('HJKLM')}{r.choice('NPRST')} "
                  f"{r.choice(COLORS)} {r.choice(MAKES)}", f"  case {old()}"]
    side = [("HOTLIST - STOLEN VEHICLES", lines)]
    lines = []
    for _ in range(5):
        lines += [f"{r.choice(DESCR)}", f"  {r.choice(CHARGES)}, W25-{r.randint(1000, 9999)}"]
    side.append(("WANTED PERSONS", lines))
    lines = []
    for _ in range(6):
        lines += [f"{r.choice(['Chainsaw', 'Trailer', 'Outboard motor', 'Generator', 'ATV', 'Rifle'])}",
                  f"  s/n {r.randint(10, 99)}-{r.randint(10000, 99999)}, case {old()}"]
    side.append(("STOLEN PROPERTY", lines))
    lines = [f"{t}: {r.randint(1, 20)} (prior {r.randint(1, 20)})" for t in VC_TYPES[:10]]
    side.append(("TREND - 4 WEEKS", lines))
    lines = ["Rural burglaries of", "machine sheds continue", "in the north townships.", "Dispatch 555-0134.",
             f"Premise alert: {old()}", f"Premise alert: {old()}"]
    side.append(("OFFICER SAFETY", lines))
    return {"recs": recs, "side": side}


def vc_draw(path, data, label):
    c = new_canvas(path)
    head = head_fn("VARROW COUNTY SHERIFF'S OFFICE [invented] - BRIEFING SHEET", label)
    p = Pager(c, head, foot_fn("Varrow County Sheriff's Office. Internal briefing, not for release."))
    sx = 420
    per_page = {1: data["side"][:2], 2: data["side"][2:]}

    def sidebar():
        c.setLineWidth(0.5)
        c.line(sx - 8, 60, sx - 8, 745)
        y = 740
        for title, lines in per_page.get(p.page, []):
            for k, s in enumerate([title] + lines + [""]):
                c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 7)
                c.drawString(sx, y, s)
                y -= 9.5

    cols = [(40, "Case No."), (92, "Date"), (130, "Time"), (156, "Call"), (214, "Location"), (318, "Disp.")]

    def titles():
        sidebar()
        p.row(cols, "Helvetica-Bold", 7, 9.5)
        c.line(40, p.y + 7, sx - 14, p.y + 7)
        p.y -= 2
    titles()
    p.on_new = titles
    for x in data["recs"]:
        p.row([(40, x["case_number"]), (92, x["date"][:5]), (130, x["time"].replace(":", "")), (156, x["type"]),
               (214, x["location"]), (318, x["disposition"])], "Helvetica", 7, 9.5)
    p.on_new = None
    p.text(40, f"Calls with case numbers: {len(data['recs'])}", "Helvetica-Bold", 7, 9.5)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- ground truth
NOTES = {
    "kt": ("Portrait 'Roll Call Briefing' in five numbered sections: 1. OFFICER SAFETY (bullets, a 555-01xx "
           "phone), 2. WANTED PERSONS (warrant numbers KW-25-NNNN), 3. STOLEN VEHICLE HOTLIST (Plate, Year / "
           "Make, Color, Case No., Reported; 'Vehicles on hotlist: K'), 4. INCIDENT LOG (table with header "
           "repeated per page: Case No. KT25-NNNNN (the id), Reported MM/DD/YYYY HH:MM, Offense, Location, "
           "Disposition; 'Arrest, booking KB-25-NNNN', 'Cited, KTCNNNNNN', 'Referred to OSHP 25-NNNNN' are "
           "related), 'Incidents listed: N', 5. CRIME TREND (offense, counts this and prior period, change). "
           "TWIST: the hotlist, printed BEFORE the log, gives case numbers of the same series: older cases "
           "outside the period (not records, printed only there) and the Stolen Vehicle records of this very "
           "log (their ids printed twice, once in the hotlist, once as the record)."),
    "bc": ("Portrait sheriff's 'Shift Briefing Bulletin': ACTIVE WARRANTS (warrant numbers 25-0NNNN with a "
           "description and charge), then INCIDENT LOG and WARRANTS SERVED, two tables with the SAME column "
           "titles (Number, Date / Time MM/DD/YYYY HH:MM, Nature, Location, Deputy #badge, Disposition), "
           "titles repeated per page. Incident ids are 25-NNNNN (the case series, higher numbers); warrant "
           "numbers are also 25-NNNNN (the warrant series, lower numbers) and their rows look exactly like "
           "incident rows: they are NOT records. 'Incident log: N entries' closes the log, 'Warrants served: "
           "K' the second table. Dispositions: 'Arrest, booked BCJ-NNNNN', 'Citation GANNNNNNN', 'Turned over "
           "to GSP 25-NNNN' are related. A last line counts Part I offenses (not a record count)."),
    "hu": ("University 'Daily Shift Briefing' of labelled blocks parted by thin rules: BE ON THE LOOKOUT blocks "
           "first ('BOLO 25-0NN' bold, then Ref. No., Reported, Location, Subject, Vehicle, Contact), then "
           "INCIDENTS SINCE LAST BRIEFING blocks (Case No. HU-25-NNNN (the id), Reported MM/DD/YYYY HH:MM, "
           "Classification, Location, Disposition; 'Referred to city police, HCPD 25-NNNNN', 'Referred to "
           "Student Conduct, SCR-NNNN', 'Cited, HUCNNNNNN' are related), 'Incidents this briefing: N', then "
           "OFFICER SAFETY / PREMISE NOTES blocks (Premise, History: two older HU-25-NNNN cases) and a STOLEN "
           "PROPERTY list of serial numbers. TRAP: BOLO blocks share the labels Reported and Location with the "
           "records and carry an HU-25-NNNN number under 'Ref. No.': three of the seven repeat a record of this "
           "briefing (same number, time and place, printed before the record), four name older cases. Neither "
           "BOLO nor premise blocks are records. 'BOLOs in effect: K'."),
    "dc": ("'Platoon Briefing Memorandum' in Times with numbered sections and numbered items (1.1, 2.3 ...): "
           "1. OFFICER SAFETY, 2. WANTED PERSONS / WARRANTS, 3. STOLEN VEHICLES AND PROPERTY, 4. INCIDENTS "
           "SINCE LAST BRIEFING, 5. CRIME TRENDS. Only the items of section 4 are records: '4.k  <type> (Case "
           "25-NNNNNN), <location>, reported MM/DD/YYYY HHMM. <two sentences> <disposition>' wrapped with a "
           "hanging indent ('Arrested; booking DCB-25-NNNN.', 'Summons S-NNNNNN issued.', 'Referred to State "
           "Police, NJSP 25-NNNNN.' are related). TRAP: items of sections 1-3 use the same '(Case 25-NNNNNN)' "
           "phrase: older cases of the same series (not records) and, in section 3, two cases of this period "
           "whose items follow in section 4 (ids printed twice). Section 4 ends 'Incidents since last "
           "briefing: N'; section 5 is a table of counts per type."),
    "vc": ("Portrait sheriff's 'Briefing Sheet': the incident log is a narrow table in the left two thirds "
           "(Case No. VC25-NNNNN (the id), Date MM/DD, Time HHMM, Call, Location, Disp.; 'Booked VJNNNNN', "
           "'Cited MNNNNNNN', 'To MSP 25-NNNN' are related), titles repeated per page, 'Calls with case "
           "numbers: N' at the end. TRAP: a ruled SIDEBAR in the right third runs down every page on the same "
           "baselines as the rows (page 1: hotlist and wanted persons; page 2: the rest): HOTLIST - STOLEN VEHICLES (plate, vehicle, "
           "'case VC25-NNNNN' of older cases of the same series), WANTED PERSONS (W25-NNNN), STOLEN PROPERTY "
           "(serials, older cases), TREND - 4 WEEKS (counts), OFFICER SAFETY ('Premise alert: VC25-NNNNN'). "
           "pdftotext -layout prints the sidebar on the same lines as the rows, so sidebar numbers shaped like "
           "ids sit at the end of record lines; none is a record or a related number. The row's date has no "
           "year; reported_at is printed 'MM/DD HHMM'."),
}


def entry(path, agency, doc_type, layout, recs, fields, notes, rec_fmt):
    ids = [x["case_number"] for x in recs]
    samples = []
    for x in (recs[0], recs[len(recs) // 2], recs[-1]):
        s = {"case_number": x["case_number"], "reported_at": rec_fmt(x), "type": x["type"],
             "location": x["location"], "disposition": x["disposition"]}
        samples.append({k: v for k, v in s.items() if k in fields})
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": "tests/documents/blind_logs100/make_blind_logs100.py",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path),
        "agency": agency, "document_type": doc_type, "layout": layout, "scanned": False, "text_layer": "good",
        "encrypted": False, "record_count": len(ids), "case_numbers": ids,
        "related_numbers": [{"record": x["case_number"], **rel} for x in recs for rel in x["related"]],
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "generator dicts (the same dicts the PDF was drawn from)",
        "record_count_check": "records counted from the generator; the document's own count line equals record_count",
        "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, notes, rec_fmt):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    fields = ["case_number", "reported_at", "type", "location", "disposition"]
    for fname, days, label, n, start in runs:
        data = make(r, n, days, start)
        draw(d / fname, data, label)
        gt.append(entry(d / fname, agency, doc_type, layout, data["recs"], fields, notes, rec_fmt))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


def main():
    full = lambda x: f"{x['date']} {x['time']}"  # noqa: E731
    one_agency("ketterby-oh-pd", 1,
               [("ketterby-roll-call-2025-10-06-08.pdf", days(10, 6, 8), "October 6 - 8, 2025", 78, 10400),
                ("ketterby-roll-call-2025-10-09-12.pdf", days(10, 9, 12), "October 9 - 12, 2025", 96, 10640)],
               kt_make, kt_draw, "Ketterby Police Department, OH [invented]",
               "roll call briefing (hotlist, wanted persons, incident log, crime trend)", "table with header",
               NOTES["kt"], full)
    one_agency("brisco-county-ga-so", 2,
               [("brisco-shift-bulletin-2025-10-13-15.pdf", days(10, 13, 15), "October 13 - 15, 2025", 64, 14200),
                ("brisco-shift-bulletin-2025-10-16-19.pdf", days(10, 16, 19), "October 16 - 19, 2025", 88, 14390)],
               bc_make, bc_draw, "Brisco County Sheriff's Office, GA [invented]",
               "shift briefing bulletin (incident log and warrants served tables)", "table with header",
               NOTES["bc"], full)
    one_agency("halvard-university-dps", 3,
               [("halvard-shift-briefing-2025-10-20-26.pdf", days(10, 20, 26), "October 20 - 26, 2025", 58, 3100)],
               hu_make, hu_draw, "Halvard University Department of Public Safety [invented]",
               "daily shift briefing (BOLO blocks, incident blocks, premise notes)", "labelled blocks",
               NOTES["hu"], full)
    one_agency("dunmore-crossing-nj-pd", 4,
               [("dunmore-platoon-briefing-2025-10-06-09.pdf", days(10, 6, 9), "October 6 - 9, 2025", 46, 31200),
                ("dunmore-platoon-briefing-2025-10-10-14.pdf", days(10, 10, 14), "October 10 - 14, 2025", 62, 31330)],
               dc_make, dc_draw, "Dunmore Crossing Police Department, NJ [invented]",
               "platoon briefing memorandum (numbered sections and items)", "free text", NOTES["dc"], full)
    one_agency("varrow-county-mn-so", 5,
               [("varrow-briefing-sheet-2025-10-20-26.pdf", days(10, 20, 26), "October 20 - 26, 2025", 132, 22800)],
               vc_make, vc_draw, "Varrow County Sheriff's Office, MN [invented]",
               "briefing sheet (incident log beside a sidebar of hotlists)", "table with header", NOTES["vc"],
               lambda x: f"{x['date'][:5]} {x['time'].replace(':', '')}")


if __name__ == "__main__":
    main()
