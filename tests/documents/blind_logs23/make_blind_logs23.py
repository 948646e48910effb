"""Generate the twenty-third held-out set of incident-log PDFs and their ground truth.

Five layouts from invented Pacific Northwest, Alaska and Hawaii agencies: a city detailed call
report (a call line, then indented unit-history lines and a disposition line); a county jail
booking log in labelled blocks with a charge list; a campus daily crime log with corrections
printed between its rows; a harbor master's watch log in which only some entries are incidents;
a village public-safety log whose day rows carry weather and subtotals. Every agency, place and
record is invented; no person is named. Output is deterministic: fixed seeds, reportlab
invariant mode. Run:
    python tests/documents/blind_logs23/make_blind_logs23.py [OUT_DIR]
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
SEED = 20251623
STREETS = ["Alderwood", "Bracken", "Cascara", "Dogfish", "Eelgrass", "Fireweed", "Geoduck", "Huckleberry",
           "Inlet", "Jetty", "Kinnikinnick", "Lupine", "Madrona", "Nootka", "Oyster", "Piling", "Quillback",
           "Rainier", "Salal", "Tidewater", "Umber", "Vine Maple", "Wapato"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Way", "Pl", "Ct"]
DAYNAME = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


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


def addr(r, upper=True):
    a = f"{r.randint(1, 48) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"
    return a.upper() if upper else a


def days(m, d1, d2):
    return [datetime.date(2025, m, d) for d in range(d1, d2 + 1)]


def stamps(r, ds, n):
    mins = sorted(r.sample(range(0, 1440 * len(ds)), n))
    return [datetime.datetime.combine(ds[m // 1440], datetime.time((m % 1440) // 60, m % 60)) for m in mins]


def mdy(t):
    return t.strftime("%m/%d/%Y")


def ids(r, prefix, n, start, width):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2))
        out.append(f"{prefix}{k:0{width}d}")
    return out


class Pager:
    """Lays out blocks of lines top-down, never splitting a block; draws a header on each page."""

    def __init__(self, path, size, header, bottom=50, repeat=None):
        self.c, self.size, self.header, self.bottom = new_canvas(path, size), size, header, bottom
        self.repeat = repeat  # column titles printed under the header of every page
        self.pages = []  # list of lists of (x, y, font, size, text)
        self.new_page()

    def new_page(self):
        self.pages.append([])
        self.y = self.size[1] - 40 - 14 * len(self.header)
        if self.repeat:
            for x, font, size, text in self.repeat:
                self.pages[-1].append((x, self.y, font, size, text))
            self.y -= 13

    def block(self, lines, lead, gap=0.0):
        """lines: list of lists of (x, font, size, text)."""
        need = lead * len(lines) + gap
        if self.y - need < self.bottom:
            self.new_page()
        for parts in lines:
            for x, font, size, text in parts:
                self.pages[-1].append((x, self.y, font, size, text))
            self.y -= lead
        self.y -= gap

    def save(self, footer):
        n = len(self.pages)
        for i, items in enumerate(self.pages, 1):
            y = self.size[1] - 36
            for font, size, text in self.header:
                self.c.setFont(font, size)
                self.c.drawString(40, y, text.replace("{n}", str(i)).replace("{N}", str(n)))
                y -= 14
            for x, yy, font, size, text in items:
                self.c.setFont(font, size)
                self.c.drawString(x, yy, text)
            self.c.setFont("Helvetica", 7)
            self.c.drawString(40, 28, footer.replace("{n}", str(i)).replace("{N}", str(n)))
            self.c.showPage()
        self.c.save()


# ---------- 1. Cedarhaven PD, WA: detailed call report with unit-history lines ----------
CH_TYPES = ["ALARM - COMMERCIAL", "SUSPICIOUS PERSON", "WELFARE CHECK", "TRAFFIC STOP", "NOISE COMPLAINT",
            "THEFT", "COLLISION - NON INJURY", "DISTURBANCE", "TRESPASS", "MENTAL HEALTH CALL", "DUI",
            "FOUND PROPERTY", "CIVIL STANDBY", "BURGLARY - RESIDENTIAL"]
CH_UNITS = ["2C11", "2C14", "2C17", "3A21", "3A24", "3A29", "K9-4", "SGT22"]


def ch_records(r, ds, n, start):
    out = []
    for num, t in zip(ids(r, "CH25-", n, start, 6), stamps(r, ds, n)):
        units = r.sample(CH_UNITS, r.choice((1, 1, 2, 2, 3)))
        dispo, rel = r.choice(["REPORT TAKEN", "ADVISED", "GONE ON ARRIVAL", "UNFOUNDED", "ASSISTED"]), None
        k = r.random()
        if k < 0.12:
            rel = ("citation", f"WA{r.randint(1000000, 9999999)}")
            dispo = f"CITED - CITE {rel[1]}"
        elif k < 0.22:
            rel = ("other_agency_case", f"WSP 25-{r.randint(10000, 99999):06d}")
            dispo = f"ASSISTED OTHER AGENCY - {rel[1]}"
        elif k < 0.30:
            rel = ("booking_number", f"KCJ25-{r.randint(1000, 9999):06d}")
            dispo = f"ARREST - BOOKED {rel[1]}"
        out.append(dict(case_number=num, t=t, reported_at=t.strftime("%m/%d/%Y %H:%M:") + f"{r.randint(0, 59):02d}",
                        type=r.choice(CH_TYPES), location=addr(r), units=units, disposition=dispo, rel=rel))
    return out


def draw_ch(path, recs, period):
    p = Pager(path, letter, [("Helvetica-Bold", 11, "CEDARHAVEN POLICE DEPARTMENT - DETAILED CALL REPORT"),
                             ("Helvetica", 8, f"Period {period}    Records Unit (360) 555-0142    Page {{n}} of {{N}}")])
    p.block([[(40, "Helvetica-Bold", 7.5, "Call No."), (110, "Helvetica-Bold", 7.5, "Received"),
              (200, "Helvetica-Bold", 7.5, "Nature"), (340, "Helvetica-Bold", 7.5, "Location")]], 12, 4)
    r = random.Random(len(recs))
    ndisp = 0
    for rec in recs:
        lines = [[(40, "Courier-Bold", 7.5, rec["case_number"]), (110, "Courier-Bold", 7.5, rec["reported_at"]),
                  (200, "Courier-Bold", 7.5, rec["type"]), (340, "Courier-Bold", 7.5, rec["location"])]]
        t = rec["t"]
        for u in rec["units"]:
            ndisp += 1
            d = t + datetime.timedelta(minutes=r.randint(0, 3))
            e = d + datetime.timedelta(minutes=r.randint(0, 2))
            a = e + datetime.timedelta(minutes=r.randint(2, 12))
            c = a + datetime.timedelta(minutes=r.randint(5, 50))
            lines.append([(60, "Courier", 7, f"UNIT {u:<6} DISP {d:%H:%M}  ENRT {e:%H:%M}  ARVD {a:%H:%M}  "
                                              f"CLRD {c:%H:%M}")])
        lines.append([(60, "Courier", 7, f"DISPO: {rec['disposition']}")])
        p.block(lines, 9, 5)
    p.block([[(40, "Helvetica-Bold", 8, f"Calls reported: {len(recs)}    Units dispatched: {ndisp}")],
             [(40, "Helvetica-Bold", 8, "UNIT ACTIVITY")]]
            + [[(60, "Courier", 7, f"{u:<8}{sum(u in x['units'] for x in recs):>4} calls")] for u in CH_UNITS], 10)
    p.save("CAD detailed call report - printed 10/22/2025 06:02 - Cedarhaven WA [invented]")


# ---------- 2. Kelpwater County Jail, OR: booking log in labelled blocks ----------
KC_CHARGES = [("ORS 813.010", "DUII"), ("ORS 164.045", "Theft II"), ("ORS 166.025", "Disorderly Conduct II"),
              ("ORS 163.160", "Assault IV"), ("ORS 164.245", "Criminal Trespass II"),
              ("ORS 811.182", "Driving While Suspended"), ("ORS 162.247", "Interfering w/ Peace Officer"),
              ("ORS 475.854", "Possession of Heroin"), ("ORS 164.354", "Criminal Mischief II")]
KC_AGENCIES = [("Kelpwater County Sheriff", "KCSO"), ("Cedar Point PD", "CPPD"), ("Oregon State Police", "OSP"),
               ("Tillicum Bay PD", "TBPD")]


def kc_records(r, ds, n, start):
    out = []
    for num, t in zip(ids(r, "KCJ25-", n, start, 6), stamps(r, ds, n)):
        ag, ab = r.choice(KC_AGENCIES)
        case = f"{ab} 25-{r.randint(1000, 99999):05d}"
        charges = r.sample(KC_CHARGES, r.choice((1, 1, 2, 3)))
        rel = [("other_agency_case", case)]
        if r.random() < 0.2:
            w = f"W25-{r.randint(100, 999):04d}"
            rel.append(("warrant", w))
            charges = charges + [("WARRANT", f"Failure to Appear {w}")]
        rel_out = t + datetime.timedelta(hours=r.randint(2, 30), minutes=r.randint(0, 59))
        release = r.choice([f"Released on own recognizance {rel_out:%m/%d/%Y %H:%M}",
                            f"Bail posted {rel_out:%m/%d/%Y %H:%M}", "In custody",
                            f"Transferred to Oregon Dept. of Corrections {rel_out:%m/%d/%Y}"])
        out.append(dict(case_number=num, reported_at=t.strftime("%m/%d/%Y %H:%M"), agency=ag, agency_case=case,
                        location=addr(r, upper=False), charges=charges, disposition=release,
                        type=[c[1] for c in charges], bail=r.choice((0, 500, 1500, 5000, 10000)), rel=rel))
    return out


def draw_kc(path, recs, period):
    p = Pager(path, letter, [("Times-Bold", 12, "KELPWATER COUNTY JAIL - BOOKING LOG"),
                             ("Times-Roman", 9, f"{period}   Custody records (541) 555-0167   sheet {{n}}/{{N}}")])
    for rec in recs:
        L = [[(40, "Helvetica-Bold", 8.5, f"Booking No.: {rec['case_number']}"),
              (330, "Helvetica", 8, f"Booked: {rec['reported_at']}")],
             [(40, "Helvetica", 8, f"Arresting Agency: {rec['agency']}"),
              (330, "Helvetica", 8, f"Agency Case: {rec['agency_case']}")],
             [(40, "Helvetica", 8, f"Arrest Location: {rec['location']}")],
             [(40, "Helvetica", 8, "Charges:")]]
        for code, desc in rec["charges"]:
            L.append([(70, "Helvetica", 7.5, code), (150, "Helvetica", 7.5, desc)])
        L.append([(40, "Helvetica", 8, f"Total bail: ${rec['bail']:,}"),
                  (330, "Helvetica", 8, f"Release: {rec['disposition']}")])
        p.block(L, 10.5, 9)
    held = sum(x["disposition"] == "In custody" for x in recs)
    p.block([[(40, "Times-Bold", 9, f"Bookings this report: {len(recs)}    Remaining in custody: {held}")]], 12)
    p.save("Booking log released for public inspection - no charge is a finding of guilt - [invented]")


# ---------- 3. Mossgrove University DPS, WA: daily crime log with corrections ----------
MU_TYPES = ["Theft", "Burglary", "Liquor Law Violation", "Drug Law Violation", "Vandalism", "Fondling",
            "Stalking", "Motor Vehicle Theft", "Aggravated Assault", "Trespass", "Dating Violence"]
MU_PLACES = ["Salal Hall", "Fireweed Commons", "Madrona Library", "Lot 14", "Nootka Rec Center",
             "Tidewater Residence Hall", "Cascara Science Bldg", "Huckleberry Union"]
MU_DISP = ["Open", "Closed", "Cleared by arrest", "Referred to Student Conduct", "Inactive"]


def mu_place(r):
    place = r.choice(MU_PLACES)
    return f"{place}, Room {r.randint(100, 420)}" if "Hall" in place or "Bldg" in place else place


def mu_records(r, ds, n, start):
    out = []
    for num, t in zip(ids(r, "MU-25-", n, start, 5), stamps(r, ds, n)):
        o1 = t - datetime.timedelta(minutes=r.randint(10, 600))
        o2 = o1 + datetime.timedelta(minutes=r.randint(5, 90))
        dispo, rel = r.choice(MU_DISP), None
        if r.random() < 0.15:
            rel = ("other_agency_case", f"25-{r.randint(10000, 99999)}")
            dispo = f"Referred to Mossgrove City PD, case {rel[1]}"
        out.append(dict(case_number=num, t=t, reported_at=t.strftime("%m/%d/%Y %H:%M"),
                        occurred_at=f"{o1:%m/%d/%Y %H:%M} - {o2:%m/%d/%Y %H:%M}", type=r.choice(MU_TYPES),
                        location=mu_place(r), disposition=dispo, rel=rel))
    return out


def draw_mu(path, recs, period):
    W = landscape(letter)
    cols = [(40, "Case No."), (110, "Reported"), (185, "Occurred"), (335, "Classification"), (455, "Location"),
            (600, "Disposition")]
    p = Pager(path, W, [("Helvetica-Bold", 11, "MOSSGROVE UNIVERSITY DEPARTMENT OF PUBLIC SAFETY - DAILY CRIME LOG"),
                        ("Helvetica", 8, f"{period}   Clery Act daily log   (206) 555-0119   page {{n}} of {{N}}")],
              repeat=[(x, "Helvetica-Bold", 7.5, h) for x, h in cols])
    r = random.Random(len(recs) + 7)
    corr = set(r.sample(range(3, len(recs)), 4))
    for i, rec in enumerate(recs):
        dl = simpleSplit(rec["disposition"], "Helvetica", 7.5, 150)
        ll = simpleSplit(rec["location"], "Helvetica", 7.5, 135)
        rows = max(2, len(dl), len(ll))
        occ = rec["occurred_at"].split(" - ")
        L = []
        for k in range(rows):
            parts = []
            if k == 0:
                parts += [(40, "Helvetica-Bold", 7.5, rec["case_number"]), (110, "Helvetica", 7.5, rec["reported_at"]),
                          (185, "Helvetica", 7.5, occ[0] + " -"), (335, "Helvetica", 7.5, rec["type"])]
            if k == 1:
                parts.append((185, "Helvetica", 7.5, occ[1]))
            if k < len(ll):
                parts.append((455, "Helvetica", 7.5, ll[k]))
            if k < len(dl):
                parts.append((600, "Helvetica", 7.5, dl[k]))
            L.append(parts)
        p.block(L, 9, 3)
        if i in corr:
            old = recs[i - 3]
            new = r.choice([d for d in MU_DISP if d != old["disposition"]])
            rec.setdefault("corrections", []).append(old["case_number"])
            p.block([[(60, "Helvetica-Oblique", 7.5, f"CORRECTION {rec['t']:%m/%d/%Y}: entry {old['case_number']} "
                                                      f"disposition changed to {new}; earlier entry read "
                                                      f"\"{old['disposition']}\".")]], 9, 3)
    p.block([[(40, "Helvetica-Bold", 8, f"Entries in this log: {len(recs)}    Corrections posted: {len(corr)}")]], 12)
    p.save("Log kept under 34 CFR 668.46(f). Corrections are printed on the day they are made. [invented]")


# ---------- 4. Port of Nalu Harbor, HI: harbor master's watch log ----------
NH_TYPES = ["DISABLED VESSEL", "FUEL SPILL", "THEFT FROM VESSEL", "TRESPASS ON PIER", "VESSEL TAKING ON WATER",
            "DISORDERLY PASSENGER", "MOORING VIOLATION", "INJURED PERSON", "ABANDONED VESSEL", "ASSAULT"]
NH_PLACES = ["Slip C-14", "Pier 2 Ferry Landing", "Fuel Dock", "Slip A-03", "Launch Ramp 1", "Pier 5 Cargo Apron",
             "Interisland Ferry Terminal", "Slip D-22", "Harbor Office Lot"]
NH_ROUTINE = ["Interisland ferry departed on schedule, {k} passengers.", "Fuel dock closed for the night.",
              "Wind NE 15 kt, seas 4-6 ft, small craft advisory posted.", "Gate check, all secure.",
              "Ferry arrived from Kahiko, {k} vessels on the waiting list.", "Relieved by oncoming watch."]
NH_VESSELS = ["KAI LANI", "MOANA ROSE", "HALE NALU", "SEA PETREL", "KOA WIND", "LEHUA II", "MAKANI GIRL"]


def nh_records(r, ds, n, start):
    out = []
    for num, t in zip(ids(r, "NH25-", n, start, 4), stamps(r, ds, n)):
        v = r.choice(NH_VESSELS)
        reg = f"HA {r.randint(1000, 9999)} {r.choice(['HN', 'KN', 'MW'])}"
        rel = [("vessel_registration", reg)]
        typ = r.choice(NH_TYPES)
        dispo = r.choice(["Owner notified.", "Towed to Slip E-01.", "Report taken.", "Cleared, no further action.",
                          "Referred to harbor agent."])
        if r.random() < 0.25:
            u = f"MISLE {r.randint(1000000, 9999999)}"
            rel.append(("other_agency_case", u))
            dispo = f"Coast Guard notified, {u}."
        elif r.random() < 0.15:
            c = f"DLNR-C-{r.randint(10000, 99999)}"
            rel.append(("citation", c))
            dispo = f"Citation {c} issued."
        out.append(dict(case_number=num, t=t, reported_at=f"{t:%m/%d/%Y %H%M}", type=typ,
                        location=r.choice(NH_PLACES), disposition=dispo,
                        summary=f"Vessel {v} ({reg}) involved; harbor officer responded.", rel=rel))
    return out


def draw_nh(path, recs, period):
    p = Pager(path, letter, [("Times-Bold", 12, "PORT OF NALU HARBOR - HARBOR MASTER WATCH LOG"),
                             ("Times-Roman", 9, f"{period}   Harbor office (808) 555-0153   leaf {{n}} of {{N}}")])
    r = random.Random(len(recs) + 11)
    entries = [(x["t"], x) for x in recs]
    for d in sorted({x["t"].date() for x in recs}):
        for _ in range(5):
            m = r.randint(0, 1439)
            entries.append((datetime.datetime.combine(d, datetime.time(m // 60, m % 60)), None))
    entries.sort(key=lambda e: (e[0], e[1] is not None))
    watch = None
    for t, rec in entries:
        w = (t.date(), t.hour // 8)
        if w != watch:
            watch = w
            name = ["FIRST WATCH 0000-0800", "SECOND WATCH 0800-1600", "THIRD WATCH 1600-2400"][t.hour // 8]
            p.block([[(40, "Times-Bold", 9.5, f"{name}    {DAYNAME[t.weekday()]}, {t:%B} {t.day}, {t.year}")]], 13, 2)
        if rec is None:
            text = r.choice(NH_ROUTINE).format(k=r.randint(12, 240))
        else:
            text = (f"{rec['type']}, {rec['location']}. {rec['summary']} {rec['disposition']} "
                    f"Logged as incident {rec['case_number']}.")
        lines = simpleSplit(text, "Times-Roman", 9, 440)
        L = [[(40, "Times-Bold", 9, f"{t:%H%M}"), (80, "Times-Roman", 9, lines[0])]]
        L += [[(80, "Times-Roman", 9, ln)] for ln in lines[1:]]
        p.block(L, 11, 3)
    p.block([[(40, "Times-Bold", 9, f"Incidents logged: {len(recs)}    Log entries: {len(entries)}")]], 12)
    p.save("Harbors Division watch log - entries in ink transcribed by the watch officer [invented]")


# ---------- 5. Qilak Village Public Safety, AK: daily log with day rows ----------
QV_TYPES = ["Intoxicated person", "Welfare check", "Domestic disturbance", "Dog at large", "Snowmachine theft",
            "Fire - smoke report", "Curfew violation", "Search and rescue", "Assist clinic", "Bootlegging"]
QV_PLACES = ["Washeteria", "School", "Airstrip", "Store", "Clinic", "Tribal Hall", "Landfill road",
             "Upriver fish camp", "Community center"]


def qv_records(r, ds, n, start):
    out = []
    for num, t in zip(ids(r, "QV25-", n, start, 4), stamps(r, ds, n)):
        dispo, rel = r.choice(["Handled", "Advised", "Transported to clinic", "Warning given", "Unfounded"]), None
        k = r.random()
        if k < 0.15:
            rel = ("other_agency_case", f"AK25{r.randint(100000, 999999)}")
            dispo = f"Referred to AST, case {rel[1]}"
        elif k < 0.25:
            rel = ("citation", f"TC-25-{r.randint(10, 999):03d}")
            dispo = f"Tribal court citation {rel[1]}"
        place = r.choice(QV_PLACES)
        if r.random() < 0.4:
            place = f"House {r.randint(1, 140)}"
        out.append(dict(case_number=num, t=t, reported_at=f"{t:%m/%d/%Y %H%M}", type=r.choice(QV_TYPES),
                        location=place, disposition=dispo, rel=rel))
    return out


def draw_qv(path, recs, period):
    cols = [(40, "Time"), (80, "Call"), (220, "Where"), (330, "Action taken"), (500, "Log No.")]
    p = Pager(path, letter, [("Helvetica-Bold", 11, "NATIVE VILLAGE OF QILAK - PUBLIC SAFETY DAILY LOG"),
                             ("Helvetica", 8, f"{period}   VPSO office (907) 555-0188   p. {{n}}/{{N}}")],
              repeat=[(x, "Helvetica-Bold", 8, h) for x, h in cols])
    r = random.Random(len(recs) + 3)
    byday = {}
    for x in recs:
        byday.setdefault(x["t"].date(), []).append(x)
    for d, rs in sorted(byday.items()):
        wx = f"Wx {r.randint(-30, 20)}F {r.choice(['N', 'NE', 'E', 'SW'])} {r.randint(0, 35)}"
        plane = r.choice(["Mail plane: landed", "Mail plane: cancelled", "Mail plane: delayed"])
        p.block([[(40, "Helvetica-Bold", 8, f"{d:%a}".upper() + f" {d:%m/%d/%Y}   {wx}   {plane}   Calls: {len(rs)}")]],
                11, 2)
        for x in rs:
            dl = simpleSplit(x["disposition"], "Helvetica", 8, 160)
            L = [[(40, "Helvetica", 8, f"{x['t']:%H%M}"), (80, "Helvetica", 8, x["type"]),
                  (220, "Helvetica", 8, x["location"]), (330, "Helvetica", 8, dl[0]),
                  (500, "Helvetica", 8, x["case_number"])]]
            L += [[(330, "Helvetica", 8, ln)] for ln in dl[1:]]
            p.block(L, 10.5, 1)
    p.block([[(40, "Helvetica-Bold", 8, f"Total calls this period: {len(recs)}")]], 12)
    p.save("VPSO program - Qilak AK [invented]")


def sample(rec, keys):
    s = {k: rec[k] for k in keys if k in rec}
    rels = rec["rel"] if isinstance(rec["rel"], list) else ([rec["rel"]] if rec["rel"] else [])
    if rels:
        s["related_numbers"] = [x[1] for x in rels]
    return s


def one_agency(folder, k, pdfs, make, draw, agency, doctype, layout, keys, notes, check):
    out_dir = OUT / folder
    out_dir.mkdir(parents=True, exist_ok=True)
    gt = []
    for j, (name, ds, period, n, start) in enumerate(pdfs):
        r = random.Random(SEED + 10 * k + j)
        recs = make(r, ds, n, start)
        path = out_dir / name
        draw(path, recs, period)
        related = []
        for x in recs:
            rels = x["rel"] if isinstance(x["rel"], list) else ([x["rel"]] if x["rel"] else [])
            related += [{"record": x["case_number"], "kind": a, "number": b} for a, b in rels]
            for old in x.get("corrections", []):
                related.append({"record": x["case_number"], "kind": "earlier_case_cited", "number": old})
        mid = recs[len(recs) // 2]
        gt.append({
            "file": name, "source_repo": "generated", "commit": "generated", "path": "generated",
            "git_blob": "generated", "generator": f"make_blind_logs23.py (seed {SEED} + 10 x agency + file)",
            "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
            "document_type": doctype, "layout": layout, "scanned": False, "encrypted": False,
            "text_layer": "good", "record_count": len(recs), "case_numbers": [x["case_number"] for x in recs],
            "related_numbers": related, "fields_present": keys,
            "sample_records": [sample(x, keys) for x in (recs[0], mid, recs[-1])],
            "case_numbers_source": "written by the generator (make_blind_logs23.py) from the records it drew; "
                                   "checked by check_blind_logs23.py against `pdftotext -layout` text",
            "record_count_check": check, "notes": notes,
        })
    (out_dir / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


NOTES = {
    "ch": ("Portrait CAD 'Detailed Call Report'. Each call: a bold Courier call line (Call No. CH25-NNNNNN, the "
           "id; Received MM/DD/YYYY HH:MM:SS, reported_at as printed; Nature; Location), then one indented "
           "unit-history line per unit ('UNIT 2C14   DISP 00:19  ENRT 00:20  ARVD 00:24  CLRD 00:41'), then "
           "'DISPO: ...' (disposition; 'CITE WANNNNNNN' citations, 'WSP 25-NNNNNN' State Patrol cases and "
           "'BOOKED KCJ25-NNNNNN' jail bookings are related, not ids). Ends 'Calls reported: N    Units "
           "dispatched: M' and a 'UNIT ACTIVITY' table of units with call counts (not records).",
           "calls counted from the generator; 'Calls reported' equals record_count"),
    "kc": ("County jail booking log in labelled blocks (one booking = one record). 'Booking No.: KCJ25-NNNNNN' "
           "(the id) with 'Booked: MM/DD/YYYY HH:MM' beside it (reported_at), 'Arresting Agency:' with "
           "'Agency Case:' beside it (the arresting agency's case, e.g. 'CPPD 25-01234': related, not an id), "
           "'Arrest Location:' (location), 'Charges:' then one line per charge (statute, description; type is "
           "the list of descriptions; a 'WARRANT  Failure to Appear W25-NNNN' line cites a warrant, related), "
           "'Total bail: $N' and 'Release:' (disposition). Blocks are never split. Ends 'Bookings this report: "
           "N    Remaining in custody: M'.",
           "blocks counted from the generator; 'Bookings this report' equals record_count"),
    "mu": ("Landscape Clery daily crime log: Case No. (MU-25-NNNNN, bold, the id), Reported (MM/DD/YYYY HH:MM), "
           "Occurred as a range over two lines ('A -' / 'B', occurred_at joins them), Classification (type), "
           "Location and Disposition (both wrap; 'Referred to Mossgrove City PD, case 25-NNNNN' cites a city "
           "case, related; the number can wrap to the line under). Column titles at the top of every page, no rules. CORRECTIONS are printed in italics "
           "between rows on the day they are made ('CORRECTION 10/09/2025: entry MU-25-00412 disposition changed "
           "to ...'): they cite an EARLIER record of the same series (earlier_case_cited) and are not records; "
           "the earlier row itself is left as first printed. Ends 'Entries in this log: N    Corrections posted: "
           "K'.",
           "rows counted from the generator; 'Entries in this log' equals record_count"),
    "nh": ("Harbor master's watch log in Times: watch headings ('SECOND WATCH 0800-1600    Monday, October 20, "
           "2025', repeated only when the watch changes), then one paragraph per log entry opening with a bold "
           "4-digit time. Only SOME entries are incidents: routine entries (ferry departures, weather, gate "
           "checks) carry no number and are NOT records. An incident entry reads 'TYPE, place. Vessel NAME "
           "(HA NNNN XX) involved; ... <disposition> Logged as incident NH25-NNNN.' The id is at the END of the "
           "paragraph. reported_at joins the heading's date and the time ('10/20/2025 0612'). Vessel "
           "registrations (HA NNNN HN), Coast Guard 'MISLE NNNNNNN' cases and 'DLNR-C-NNNNN' citations are "
           "related, not ids. Ends 'Incidents logged: N    Log entries: M' (only N counts records).",
           "incident entries counted from the generator; 'Incidents logged' equals record_count"),
    "qv": ("Village public-safety daily log: columns Time (HHMM), Call (type), Where (location), Action taken "
           "(disposition, wraps), Log No. (QV25-NNNN, LAST column, the id). Before each day's rows a bold DAY "
           "ROW 'TUE 10/21/2025   Wx -8F NE 15   Mail plane: cancelled   Calls: 7' (weather, mail plane and a "
           "subtotal: not a record). reported_at joins the day row's date and the time ('10/21/2025 1405'). "
           "'Referred to AST, case AK25NNNNNN' (State Troopers) and 'Tribal court citation TC-25-NNN' are "
           "related, not ids. Column titles repeated per page. Ends 'Total calls this period: N'.",
           "rows counted from the generator; 'Total calls this period' equals record_count"),
}


def main():
    one_agency("cedarhaven-wa-pd", 1,
               [("chpd-detailed-call-report-2025-10-20-21.pdf", days(10, 20, 21), "10/20/2025 - 10/21/2025", 112,
                 41200)],
               ch_records, draw_ch, "Cedarhaven Police Department, WA [invented]",
               "detailed call report (unit-history lines)", "table with header",
               ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["ch"])
    one_agency("kelpwater-county-or-jail", 2,
               [("kcj-booking-log-2025-10-13-19.pdf", days(10, 13, 19), "October 13-19, 2025", 48, 4100)],
               kc_records, draw_kc, "Kelpwater County Jail, OR [invented]", "jail booking log (labelled blocks)",
               "labelled blocks", ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["kc"])
    one_agency("mossgrove-university-wa-dps", 3,
               [("mudps-daily-crime-log-2025-09.pdf", days(9, 1, 30), "September 2025", 44, 380),
                ("mudps-daily-crime-log-2025-10.pdf", days(10, 1, 31), "October 2025", 53, 460)],
               mu_records, draw_mu, "Mossgrove University Department of Public Safety, WA [invented]",
               "daily crime log (corrections printed between rows)", "table with header",
               ["case_number", "reported_at", "occurred_at", "type", "location", "disposition"], *NOTES["mu"])
    one_agency("port-of-nalu-harbor-hi", 4,
               [("nalu-harbor-watch-log-2025-10-20-23.pdf", days(10, 20, 23), "October 20-23, 2025", 46, 610)],
               nh_records, draw_nh, "Port of Nalu Harbor, Harbors Division, HI [invented]",
               "harbor master watch log (incidents among routine entries)", "free text",
               ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["nh"])
    one_agency("qilak-village-ak-public-safety", 5,
               [("qilak-vpso-daily-log-2025-10-13-26.pdf", days(10, 13, 26), "October 13-26, 2025", 72, 310)],
               qv_records, draw_qv, "Native Village of Qilak Public Safety (VPSO), AK [invented]",
               "village public safety daily log (day rows with weather and subtotals)", "table with header",
               ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["qv"])


if __name__ == "__main__":
    main()
