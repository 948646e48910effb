"""Generate a held-out set of natural-resource and waterway law-enforcement incident logs.

Five layouts: a game-warden district log whose FIRST column is the licence or vessel registration
checked (case number second); a sheriff's marine-patrol daily log whose day sections open with a
conditions line carrying small-craft advisory numbers; a state-parks ranger weekly report in
paragraphs with the case number in brackets mid-paragraph, cross-references to earlier cases and
assists without a case; fisheries boarding records in labelled blocks with one numbered line per
violation, each with its own citation; a conservation officers' monthly report grouped by licence
category where a case with offences in two categories is printed in both sections.
Every agency, place, vessel and number is invented; no person is named (officers by badge only).
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs94/make_blind_logs94.py [OUT_DIR]
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
SEED = 20269400
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


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


def times(r, days, n):
    mins = sorted(r.sample(range(5 * 60, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def reg(r, st):
    return f"{st} {r.randint(1000, 9999)} {r.choice(LETTERS)}{r.choice(LETTERS)}"


class Pager:
    """A canvas with a running y, a per-page header callback and a page footer."""

    def __init__(self, path, size, head, foot):
        self.c = new_canvas(path, size)
        self.w, self.h = size
        self.head, self.foot, self.page = head, foot, 0
        self.new()

    def new(self):
        if self.page:
            self.c.setFont("Helvetica", 7)
            self.c.drawString(40, 24, f"{self.foot}    Page {self.page}")
            self.c.showPage()
        self.page += 1
        self.y = self.head(self.c, self) - 4

    def need(self, h):
        if self.y - h < 48:
            self.new()
            return True
        return False

    def done(self):
        self.new_last()

    def new_last(self):
        self.c.setFont("Helvetica", 7)
        self.c.drawString(40, 24, f"{self.foot}    Page {self.page}")
        self.c.showPage()
        self.c.save()


def table_row(p, cols, vals, font, size, lead):
    """Draw one row of wrapping cells at p.y; cols = [(x, width)]. Returns the lines used."""
    cells = [wrap(v, font, size, w) for v, (_, w) in zip(vals, cols)]
    n = max(len(x) for x in cells)
    return cells, n


def draw_row(p, cols, cells, font, size, lead):
    c = p.c
    c.setFont(font, size)
    for lines, (x, _) in zip(cells, cols):
        for i, line in enumerate(lines):
            c.drawString(x, p.y - i * lead, line)


# ------------------------------------------------ A: Brackenfold DNR District 4 (licence first)

BF_VIOL = [("Hunting without a licence", "H"), ("Exceeding daily bag limit, waterfowl", "H"),
           ("Loaded firearm in vehicle", "H"), ("Hunting over bait", "H"), ("Untagged deer in possession", "H"),
           ("Fishing without a licence", "F"), ("Undersized walleye in possession", "F"),
           ("Too many lines in water", "F"), ("Snagging fish in closed season", "F"),
           ("Operating vessel without registration displayed", "V"), ("Insufficient personal flotation devices", "V"),
           ("Trespass to hunt on posted land", "N"), ("Littering on public access", "N"),
           ("ATV operation on state land off trail", "N")]
BF_PLACE = ["Marten Slough access", "Greyling Flowage dam", "Coldbrook WMA parking lot 2", "Osprey Lake ramp",
            "Tamber Creek at County Rd J", "Hessick Marsh east dike", "Pine Barrens unit road 14",
            "Lower Vell River, Hadley bridge", "Ruddock Lake north bay", "Sandhill WMA check station"]


def bf_records(r, days, n, start):
    recs = []
    for k, (d, hh, mm) in enumerate(times(r, days, n)):
        viol, kind = r.choice(BF_VIOL)
        if kind == "H":
            lic = f"HL-2025-{r.randint(100000, 999999)}"
        elif kind == "F":
            lic = f"FL-2025-{r.randint(100000, 999999)}"
        elif kind == "V":
            lic = reg(r, "BF")
        else:
            lic = r.choice([f"HL-2025-{r.randint(100000, 999999)}", "NONE PRESENTED"])
        if kind in "HF" and r.random() < 0.12:
            lic = "NONE PRESENTED"
        related = []
        if lic != "NONE PRESENTED":
            related.append(("vessel_registration" if kind == "V" else "licence", lic))
        roll = r.random()
        if roll < 0.45:
            cit = f"C{r.randint(1000000, 9999999)}"
            disp = f"Citation {cit}"
            related.append(("citation", cit))
        elif roll < 0.75:
            disp = r.choice(["Written warning", "Verbal warning"])
        elif roll < 0.88:
            disp = "Unfounded"
        else:
            disp = "Referred to county attorney"
        recs.append({
            "case_number": f"D4-25-{start + k:04d}", "reported_at": f"{mdy(d)} {hh:02d}{mm:02d}",
            "licence": lic, "zone": f"WMU {r.choice([211, 214, 217, 230, 232])}", "type": viol,
            "location": r.choice(BF_PLACE), "disposition": disp, "related": related,
        })
    return recs


def draw_bf(path, recs, label):
    cols = [(36, 70), (110, 52), (166, 70), (240, 34), (278, 120), (402, 98), (504, 80)]
    titles = ["Licence / Reg. No.", "Case No.", "Date / Time", "Unit", "Violation", "Location", "Disposition"]

    def head(c, p):
        y = p.h - 40
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, y, "Brackenfold Department of Natural Resources - Law Enforcement District 4")
        c.setFont("Helvetica", 8.5)
        c.drawString(36, y - 13, f"Warden contact and case log, {label}    (District office 555-0147)")
        y -= 34
        c.setFont("Helvetica-Bold", 7)
        for t, (x, _) in zip(titles, cols):
            c.drawString(x, y, t)
        c.line(36, y - 3, p.w - 36, y - 3)
        return y - 12

    p = Pager(path, letter, head, f"BF DNR District 4 - {label}")
    checked = 0
    for rec in recs:
        vals = [rec["licence"], rec["case_number"], rec["reported_at"], rec["zone"].split()[1],
                rec["type"], rec["location"], rec["disposition"]]
        cells, n = table_row(p, cols, vals, "Helvetica", 7, 8.5)
        p.need(n * 8.5 + 2)
        draw_row(p, cols, cells, "Helvetica", 7, 8.5)
        p.y -= n * 8.5 + 3
        checked += rec["licence"] != "NONE PRESENTED"
    p.need(30)
    p.c.setFont("Helvetica-Bold", 8)
    p.c.drawString(36, p.y - 6, f"Cases listed: {len(recs)}    Licences / registrations checked: {checked}")
    p.c.setFont("Helvetica", 7)
    p.c.drawString(36, p.y - 18, "Unit = wildlife management unit. NONE PRESENTED: subject could not produce a licence.")
    p.done()


# ------------------------------------------------ B: Calder Lake County SO Marine Patrol (conditions lines)

CL_ACT = ["Boating under the influence", "Wake in no-wake zone", "Expired registration", "Vessel aground",
          "PWC operated after sunset", "Disabled vessel tow assist", "Swimmer outside buoy line",
          "Careless operation", "Noise complaint, anchored vessel", "Missing fire extinguisher",
          "Overloaded vessel", "Found property, kayak", "Navigation light violation"]
CL_ZONE = ["N1", "N2", "C1", "C2", "S1", "S2", "CH"]
CL_PLACE = ["Pelton Point marina", "Heron Narrows channel marker 14", "Sunfish Cove beach", "Calder Dam buoy line",
            "Bexley Island sandbar", "Route 9 public ramp", "Wicket Bay no-wake area", "Mill Creek inlet"]


def cl_records(r, days, n, start):
    recs = []
    for k, (d, hh, mm) in enumerate(times(r, days, n)):
        act = r.choice(CL_ACT)
        related = []
        vreg = reg(r, "CL") if r.random() < 0.8 else "-"
        if vreg != "-":
            related.append(("vessel_registration", vreg))
        roll = r.random()
        if act == "Boating under the influence":
            bk = f"B25-{r.randint(10000, 99999)}"
            disp = f"Arrest, booking {bk}"
            related.append(("booking", bk))
        elif roll < 0.35:
            cit = f"MC{r.randint(100000, 999999)}"
            disp = f"Cited {cit}"
            related.append(("citation", cit))
        else:
            disp = r.choice(["Warned", "Assisted", "Gone on arrival", "Report taken", "Advised"])
        recs.append({"case_number": f"MP25-{start + k:04d}", "day": d, "time": f"{hh:02d}:{mm:02d}",
                     "reported_at": f"{mdy(d)} {hh:02d}:{mm:02d}", "zone": r.choice(CL_ZONE), "vessel": vreg,
                     "type": act, "location": r.choice(CL_PLACE), "disposition": disp, "related": related})
    return recs


def draw_cl(path, recs, label, days, adv_start, r):
    cols = [(36, 34), (74, 52), (130, 22), (156, 62), (222, 150), (376, 150), (530, 110), (644, 110)]
    titles = ["Time", "Incident No.", "Zone", "Vessel Reg.", "Activity", "Location", "Disposition"]

    def head(c, p):
        y = p.h - 36
        c.setFont("Times-Bold", 12)
        c.drawString(36, y, "Calder Lake County Sheriff's Office - Marine Patrol Unit")
        c.setFont("Times-Roman", 9)
        c.drawString(36, y - 12, f"Daily lake activity log, {label}. Dispatch 555-0163.")
        y -= 30
        c.setFont("Times-Bold", 8)
        for t, (x, _) in zip(titles, cols):
            c.drawString(x, y, t)
        c.line(36, y - 3, p.w - 36, y - 3)
        return y - 12

    p = Pager(path, landscape(letter), head, f"CLCSO Marine Patrol - {label}")
    adv = adv_start
    advisories = 0
    for d in days:
        rows = [x for x in recs if x["day"] == d]
        p.need(40)
        p.c.setFillGray(0.85)
        p.c.rect(36, p.y - 3, p.w - 72, 11, stroke=0, fill=1)
        p.c.setFillGray(0)
        p.c.setFont("Times-Bold", 9)
        p.c.drawString(40, p.y, datetime.date(*d).strftime("%A %m/%d/%Y").upper())
        p.y -= 12
        wind = f"wind {r.choice(['SW', 'W', 'NW', 'S', 'SE'])} {r.randint(4, 22)} kt, waves {r.choice(['<1', '1-2', '2-3'])} ft"
        level = f"lake level {r.randint(8410, 8440) / 10:.1f} ft"
        cond = f"Conditions: {wind}, water {r.randint(66, 78)}F, {level}."
        if r.random() < 0.5:
            cond += f" Small craft advisory MP25-A{adv:03d} in effect {r.choice(['1200', '1300', '1400'])}-1900."
            adv += 1
            advisories += 1
        p.c.setFont("Times-Italic", 8)
        p.c.drawString(40, p.y, cond)
        p.y -= 11
        for rec in rows:
            vals = [rec["time"], rec["case_number"], rec["zone"], rec["vessel"], rec["type"], rec["location"],
                    rec["disposition"]]
            cells, n = table_row(p, cols, vals, "Times-Roman", 8, 9.5)
            p.need(n * 9.5 + 2)
            draw_row(p, cols, cells, "Times-Roman", 8, 9.5)
            p.y -= n * 9.5 + 2
        p.c.setFont("Times-Bold", 8)
        p.c.drawString(530, p.y - 2, f"Day total: {len(rows)} incidents")
        p.y -= 16
    p.need(24)
    p.c.setFont("Times-Bold", 9)
    p.c.drawString(36, p.y - 6, f"Incidents this period: {len(recs)}.  Small craft advisories issued: {advisories}.")
    p.done()


# ------------------------------------------------ C: Fernhollow State Parks ranger weekly report (free text)

FH_PARKS = ["PINE KNOB STATE PARK", "ASHER FALLS STATE PARK", "CRANE LAKE STATE BEACH", "HOLLIS RIDGE STATE FOREST",
            "MUDDY FORK STATE PARK"]
FH_SPOT = ["Lot C", "campsite 41", "campsite 112", "boat launch", "Overlook Trail", "shower house B",
           "swim beach", "group shelter 3", "north gate", "day-use area"]
FH_TYPE = [("Alcohol in a closed area", "A visitor group was found with open containers near the posted area."),
           ("Dog off leash", "A dog was reported running loose among campsites."),
           ("Camping outside designated site", "A tent was set up off the pad beside the creek."),
           ("Vehicle break-in", "A visitor reported a window broken and a bag taken from a parked car."),
           ("Fireworks", "Campers reported fireworks set off after quiet hours."),
           ("Damage to park property", "A picnic table and a sign post were found broken."),
           ("Lost hiker", "A hiker overdue from the ridge loop was reported by family."),
           ("Illegal fire", "An unattended fire was found burning outside a ring."),
           ("Quiet hours violation", "A loud party was reported after 2200.")]
FH_DISP = ["Written warning issued.", "Citation issued.", "Report taken; no suspect.", "Subject located safe.",
           "Referred to county sheriff.", "Verbal warning.", "Property recovered."]
FH_ASSIST = ["Assisted the park manager with a gate lock-out.", "Helped a motorist with a flat tire at the entrance.",
             "Checked the fee station and found it in order.", "Assisted maintenance staff moving a downed tree."]


def fh_records(r, days, n, start):
    recs = []
    for k, (d, hh, mm) in enumerate(times(r, days, n)):
        typ, sent = r.choice(FH_TYPE)
        cid = f"25-FH-{start + k:04d}"
        related = []
        xref = None
        if r.random() < 0.15:
            xref = f"25-FH-{start - r.randint(20, 300):04d}"
            related.append(("earlier_case", xref))
        disp = r.choice(FH_DISP)
        if disp == "Citation issued.":
            cit = f"SP{r.randint(100000, 999999)}"
            disp = f"Citation {cit} issued."
            related.append(("citation", cit))
        recs.append({"case_number": cid, "reported_at": f"{mdy(d)} {hh:02d}{mm:02d}", "day": d,
                     "park": r.choice(FH_PARKS), "spot": r.choice(FH_SPOT), "type": typ, "sentence": sent,
                     "xref": xref, "disposition": disp, "badge": r.randint(401, 439), "related": related})
        recs[-1]["location"] = f"{recs[-1]['park']}, {recs[-1]['spot']}"
    return recs


def draw_fh(path, recs, label, r):
    def head(c, p):
        y = p.h - 48
        c.setFont("Times-Bold", 13)
        c.drawCentredString(p.w / 2, y, "Fernhollow State Parks - Eastern Ranger District")
        c.setFont("Times-Italic", 10)
        c.drawCentredString(p.w / 2, y - 14, f"Weekly report of ranger activity, {label}")
        return y - 34

    p = Pager(path, letter, head, f"Fernhollow SP Eastern District weekly report - {label}")
    assists = 0
    items = []
    for rec in recs:
        items.append(("rec", rec))
        if r.random() < 0.2:
            items.append(("assist", (rec["park"], rec["day"], r.choice(FH_ASSIST), r.randint(401, 439))))
    for kind, x in items:
        if kind == "rec":
            body = (f"{x['location']} - {x['reported_at']} - {x['type']}. {x['sentence']} "
                    f"Ranger {x['badge']} responded [Case {x['case_number']}]. ")
            if x["xref"]:
                body += f"Same party as in Case {x['xref']} earlier this season. "
            body += x["disposition"]
        else:
            park, d, text, badge = x
            body = f"{park} - {mdy(d)} - Assist. Ranger {badge}: {text} No case."
            assists += 1
        lines = wrap(body, "Times-Roman", 9.5, p.w - 100)
        p.need(len(lines) * 11.5 + 6)
        p.c.setFont("Times-Roman", 9.5)
        for i, line in enumerate(lines):
            p.c.drawString(50 if i == 0 else 62, p.y - i * 11.5, line)
        p.y -= len(lines) * 11.5 + 6
    p.need(30)
    p.c.setFont("Times-Bold", 9.5)
    p.c.drawString(50, p.y - 8, f"Cases opened this week: {len(recs)}. Assists without a case: {assists}.")
    p.done()


# ------------------------------------------------ D: Tollard Sound fisheries boarding records (labelled blocks)

TS_VIOL = ["Undersized lobster", "V-notched female lobster retained", "No escape vent in trap", "Trap tag missing",
           "Expired commercial permit", "Over possession limit, striped bass", "Untended gear over 72 hours",
           "Failure to display permit number", "Closed area fishing", "Egg-bearing lobster retained"]
TS_NAMES = ["Northern Tern", "Marigold II", "Second Wind", "Sea Lark", "Halcyon", "Dory Belle", "Cape Runner",
            "Salt Penny", "Grey Heron", "Three Sisters", "Tidewater", "Osprey Dawn"]


def ts_records(r, days, n, start):
    recs = []
    cit = r.randint(40000, 41000)
    for k, (d, hh, mm) in enumerate(times(r, days, n)):
        nv = r.choices([0, 1, 2, 3], [3, 5, 3, 1])[0]
        viols = r.sample(TS_VIOL, nv)
        related = [("vessel_registration", reg(r, "TS")), ("permit", f"25-CP-{r.randint(1000, 9999)}")]
        vlines = []
        for v in viols:
            if r.random() < 0.7:
                cit += 1
                vlines.append((v, f"TSC-{cit:06d}"))
                related.append(("citation", f"TSC-{cit:06d}"))
            else:
                vlines.append((v, "warning"))
        if not viols:
            result = "No violation; compliant boarding"
        elif any(c != "warning" for _, c in vlines):
            result = r.choice(["Citation(s) issued; catch returned to sea", "Citation(s) issued; gear seized"])
        else:
            result = "Warning(s) issued"
        recs.append({"case_number": f"TS-25-{start + k:05d}", "reported_at": f"{mdy(d)} {hh:02d}{mm:02d}",
                     "vessel": f'F/V "{r.choice(TS_NAMES)}"', "reg": related[0][1], "permit": related[1][1],
                     "area": f"Stat. Area {r.choice([514, 521, 526, 537, 538, 539])}",
                     "pos": f"41 {r.randint(10, 40)}.{r.randint(0, 999):03d} N  070 {r.randint(10, 59)}.{r.randint(0, 999):03d} W",
                     "viols": vlines, "type": ([v for v, _ in vlines] if len(vlines) > 1 else vlines[0][0]) if vlines else "",
                     "disposition": result, "badge": r.randint(70, 95), "related": related})
        recs[-1]["location"] = recs[-1]["area"]
    return recs


def draw_ts(path, recs, label):
    def head(c, p):
        y = p.h - 40
        c.setFont("Courier-Bold", 11)
        c.drawString(40, y, "TOLLARD SOUND MARINE FISHERIES ENFORCEMENT")
        c.setFont("Courier", 8.5)
        c.drawString(40, y - 12, f"At-sea boarding records, {label}   Patrol vessels MFE-3 and MFE-7")
        c.line(40, y - 18, p.w - 40, y - 18)
        return y - 30

    p = Pager(path, letter, head, f"TSMFE boarding records - {label}")
    nviol = 0
    for rec in recs:
        h = (5 + max(1, len(rec["viols"]))) * 10 + 10
        p.need(h)
        c = p.c
        y = p.y
        c.setFont("Courier-Bold", 8.5)
        c.drawString(40, y, f"Activity No.  {rec['case_number']}")
        c.setFont("Courier", 8.5)
        c.drawString(330, y, f"Boarded  {rec['reported_at']}")
        c.drawString(40, y - 10, f"Position      {rec['pos']}")
        c.drawString(330, y - 10, f"Area     {rec['area']}")
        c.drawString(40, y - 20, f"Vessel        {rec['vessel']}")
        c.drawString(330, y - 20, f"Reg. No. {rec['reg']}   Permit No. {rec['permit']}")
        c.drawString(40, y - 30, f"Officer       #{rec['badge']}")
        yy = y - 40
        if rec["viols"]:
            for i, (v, ct) in enumerate(rec["viols"]):
                c.drawString(40, yy, ("Violations    " if i == 0 else "              ") + f"{i + 1}. {v}")
                c.drawString(370, yy, "Citation " + ct if ct != "warning" else "Warning only")
                yy -= 10
                nviol += 1
        else:
            c.drawString(40, yy, "Violations    none")
            yy -= 10
        c.drawString(40, yy, f"Result        {rec['disposition']}")
        c.setDash(1, 2)
        c.line(40, yy - 5, p.w - 40, yy - 5)
        c.setDash()
        p.y = yy - 16
    p.need(24)
    p.c.setFont("Courier-Bold", 8.5)
    p.c.drawString(40, p.y - 6, f"Boardings: {len(recs)}   Violations recorded: {nviol}")
    p.done()


# ------------------------------------------------ E: Wexmoor Region 2 conservation officers (repeated rows)

WX_CATS = {"HUNTING": ["Hunting without a licence", "Shooting from a roadway", "Untagged turkey",
                       "Baiting deer", "Hunting after legal hours"],
           "FISHING": ["Fishing without a licence", "Over the creel limit, trout", "Undersized bass",
                       "Fishing in a closed stream"],
           "BOATING": ["No registration on board", "Operating while impaired", "No PFD for child under 13",
                       "Expired registration decal"],
           "PARK AND LAND USE": ["Camping without a permit", "Off-road vehicle in closed area",
                                 "Dumping on state land"]}
WX_PLACE = ["Dunlin County / WMA 7", "Ferris County / Tupper Lake", "Dunlin County / Sable River",
            "Marsh County / Otter Creek SP", "Ferris County / Bald Hill SGL 41", "Marsh County / Heron Pond"]


def wx_records(r, days, n, start):
    recs = []
    cats = list(WX_CATS)
    for k, (d, _hh, _mm) in enumerate(times(r, days, n)):
        c1 = r.choice(cats)
        offs = [(c1, r.choice(WX_CATS[c1]))]
        if r.random() < 0.16:
            c2 = r.choice([c for c in cats if c != c1])
            offs.append((c2, r.choice(WX_CATS[c2])))
        lic = {"HUNTING": "HT", "FISHING": "FS", "BOATING": "WX", "PARK AND LAND USE": "PU"}[c1]
        lic = f"{lic}{r.randint(1000000, 9999999)}" if c1 != "BOATING" else reg(r, "WX")
        related = [("vessel_registration" if c1 == "BOATING" else "licence", lic)]
        result = r.choice(["Cited", "Cited", "Warned", "Arrested", "Under investigation"])
        recs.append({"case_number": f"R2-{start + k:05d}", "reported_at": mdy(d), "offs": offs,
                     "type": [o for _, o in offs] if len(offs) > 1 else offs[0][1],
                     "licence": lic, "location": r.choice(WX_PLACE), "disposition": result, "related": related})
    return recs


def draw_wx(path, recs, label):
    cols = [(40, 60), (104, 50), (158, 74), (236, 130), (370, 112), (486, 90)]
    titles = ["Case No.", "Date", "Licence / Reg.", "Offence", "County / Area", "Result"]

    def head(c, p):
        y = p.h - 40
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, y, "Wexmoor Division of Fish, Game and Parks - Region 2 Conservation Officers")
        c.setFont("Helvetica", 8.5)
        c.drawString(40, y - 12, f"Monthly enforcement report by licence category, {label}")
        return y - 26

    p = Pager(path, letter, head, f"WDFGP Region 2 monthly report - {label}")
    listings = 0
    first = set()
    order = []
    for cat in WX_CATS:
        rows = [(rec, off) for rec in recs for cc, off in rec["offs"] if cc == cat]
        p.need(50)
        p.c.setFont("Helvetica-Bold", 9)
        p.c.drawString(40, p.y - 4, cat)
        p.y -= 16
        p.c.setFont("Helvetica-Bold", 7.5)
        for t, (x, _) in zip(titles, cols):
            p.c.drawString(x, p.y, t)
        p.c.line(40, p.y - 3, p.w - 40, p.y - 3)
        p.y -= 12
        for rec, off in rows:
            rep = rec["case_number"] in first
            vals = [rec["case_number"] + (" \u2020" if rep else ""), rec["reported_at"], rec["licence"], off,
                    rec["location"], rec["disposition"]]
            cells, n = table_row(p, cols, vals, "Helvetica", 7.5, 9)
            if p.need(n * 9 + 2):
                p.c.setFont("Helvetica-Bold", 7.5)
                p.c.drawString(40, p.y, f"{cat} (continued)")
                p.y -= 12
            draw_row(p, cols, cells, "Helvetica", 7.5, 9)
            p.y -= n * 9 + 2
            listings += 1
            if not rep:
                first.add(rec["case_number"])
                order.append(rec)
        p.c.setFont("Helvetica-Oblique", 7.5)
        p.c.drawString(40, p.y - 2, f"{cat.capitalize()}: {len(rows)} listings")
        p.y -= 16
    p.need(40)
    p.c.setFont("Helvetica-Bold", 8)
    p.c.drawString(40, p.y - 6, f"Listings: {listings}    Distinct cases: {len(recs)}")
    p.c.setFont("Helvetica", 7)
    p.c.drawString(40, p.y - 18, "\u2020 case also listed under an earlier category (offences in two categories); "
                                 "counted once in Distinct cases.")
    p.done()
    return order


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        samples.append({k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] != ""})
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs94.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs94.py) from the records it drew; "
                               "checked by check_blind_logs94.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def days(year, month, first, last):
    return [(year, month, d) for d in range(first, last + 1)]


NOTES = {
    "bf": ("Portrait 'Warden contact and case log', Helvetica, column titles and rule repeated per page. "
           "TWIST: the FIRST column is 'Licence / Reg. No.' - the hunting licence (HL-2025-NNNNNN), fishing "
           "licence (FL-2025-NNNNNN) or vessel registration (BF NNNN XX) checked, or 'NONE PRESENTED' - and the "
           "case number (D4-25-NNNN, the id) is SECOND. Then Date / Time ('MM/DD/YYYY HHMM', reported_at), Unit "
           "(wildlife management unit number, bare digits, not an id), Violation (type, wraps), Location "
           "(wraps), Disposition ('Citation CNNNNNNN' - related). Licences, registrations and citations are "
           "related numbers. Ends 'Cases listed: N    Licences / registrations checked: K'.",
           "rows counted from the generator; 'Cases listed' equals record_count"),
    "cl": ("Landscape 'Daily lake activity log' in Times, column titles repeated per page. Grey day bars "
           "('SATURDAY 07/12/2025'), then an italic CONDITIONS line (wind, waves, water temperature, lake "
           "level '842.3 ft') and on some days 'Small craft advisory MP25-ANNN in effect HHMM-1900': TRAP - the "
           "advisory number is in the same MP25- series as the ids but is not a record and belongs to no record. "
           "Columns Time (HH:MM; reported_at joins the day bar's date), Incident No. (MP25-NNNN, the id), Zone "
           "(N1, C2, CH...), Vessel Reg. ('CL NNNN XX' or '-'; related), Activity (type), Location, Disposition "
           "('Cited MCNNNNNN', 'Arrest, booking B25-NNNNN'; related). Each day ends 'Day total: n incidents' "
           "(days without incidents print 'Day total: 0 incidents'). Ends 'Incidents this period: N.  Small "
           "craft advisories issued: K.'",
           "rows counted from the generator; day totals sum to record_count"),
    "fh": ("Weekly report in Times paragraphs (hanging indent): 'PARK NAME, spot - MM/DD/YYYY HHMM - Type. "
           "Sentence. Ranger NNN responded [Case 25-FH-NNNN]. Outcome.' The id is in brackets in the MIDDLE of "
           "the paragraph. TRAPS: some paragraphs cite an earlier case 'Same party as in Case 25-FH-NNNN "
           "earlier this season.' (same series, related kind earlier_case, not a record of this log); ASSIST "
           "paragraphs ('PARK - MM/DD/YYYY - Assist. Ranger NNN: ... No case.') have no number and are not "
           "records; ranger numbers are badges. location = 'PARK NAME, spot'; disposition is the last "
           "sentence ('Citation SPNNNNNN issued.' - related). Ends 'Cases opened this week: N. Assists without "
           "a case: K.'",
           "paragraphs counted from the generator; 'Cases opened this week' equals record_count"),
    "ts": ("Courier labelled blocks, one per at-sea boarding, parted by dotted rules, never split over pages: "
           "'Activity No.  TS-25-NNNNN' (the id) with 'Boarded  MM/DD/YYYY HHMM' (reported_at) on the same line "
           "at the right; 'Position' (latitude/longitude digits), 'Area  Stat. Area NNN' (location), 'Vessel "
           "F/V \"Name\"', 'Reg. No. TS NNNN XX   Permit No. 25-CP-NNNN' (related), 'Officer #NN' (badge); "
           "'Violations' with one NUMBERED line per violation ('1. Undersized lobster') and, at the right, "
           "'Citation TSC-NNNNNN' (related) or 'Warning only'; 'Violations none' for compliant boardings; "
           "'Result' (disposition). TRAP: a boarding with several violations (several citation numbers) is ONE "
           "record whose type is the list of violations; compliant boardings are records too (no type). Ends 'Boardings: N   "
           "Violations recorded: V'.",
           "blocks counted from the generator; 'Boardings' equals record_count"),
    "wx": ("Monthly report grouped by licence category: sections HUNTING, FISHING, BOATING, PARK AND LAND USE, "
           "each with its own column titles (Case No. R2-NNNNN, Date MM/DD/YYYY, Licence / Reg. (related), "
           "Offence, County / Area, Result), 'SECTION (continued)' after a page break, and a '<Section>: n "
           "listings' line. TRAP: a case with offences in two categories is printed in BOTH sections, the "
           "second time with a dagger after the id ('R2-NNNNN \u2020'): one record whose type is the list of "
           "both offences. case_numbers are in order of FIRST appearance (section order, then date). Not in "
           "time order across sections. Ends 'Listings: L    Distinct cases: N' and a dagger footnote.",
           "rows counted from the generator; 'Distinct cases' equals record_count"),
}


def write_gt(d, gt):
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def main():
    # A
    r = random.Random(SEED + 1)
    d = OUT / "brackenfold-st-dnr-district-4"
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, dd, label, n, start in [("bfdnr-d4-log-2025-10-01-15.pdf", days(2025, 10, 1, 15), "October 1 - 15, 2025", 64, 812),
                                       ("bfdnr-d4-log-2025-10-16-31.pdf", days(2025, 10, 16, 31), "October 16 - 31, 2025", 52, 876)]:
        recs = bf_records(r, dd, n, start)
        draw_bf(d / fname, recs, label)
        gt.append(entry(d / fname, "Brackenfold Department of Natural Resources, Law Enforcement District 4 [invented]",
                        "warden contact and case log (licence column first)", "table with header", recs,
                        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["bf"]))
    write_gt(d, gt)
    # B
    r = random.Random(SEED + 2)
    d = OUT / "calder-lake-county-st-so-marine-patrol"
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, dd, label, n, start, adv in [("clcso-marine-log-2025-07-05-11.pdf", days(2025, 7, 5, 11), "July 5 - 11, 2025", 72, 1204, 31),
                                            ("clcso-marine-log-2025-07-12-18.pdf", days(2025, 7, 12, 18), "July 12 - 18, 2025", 58, 1276, 38)]:
        recs = cl_records(r, dd, n, start)
        draw_cl(d / fname, recs, label, dd, adv, random.Random(SEED + 20 + start))
        gt.append(entry(d / fname, "Calder Lake County Sheriff's Office, Marine Patrol Unit [invented]",
                        "daily lake activity log (conditions lines with advisory numbers)", "table with header", recs,
                        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["cl"]))
    write_gt(d, gt)
    # C
    r = random.Random(SEED + 3)
    d = OUT / "fernhollow-state-parks-eastern-district"
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, dd, label, n, start in [("fhsp-eastern-weekly-2025-09-15-21.pdf", days(2025, 9, 15, 21),
                                        "September 15 - 21, 2025", 48, 1630),
                                       ("fhsp-eastern-weekly-2025-09-22-28.pdf", days(2025, 9, 22, 28),
                                        "September 22 - 28, 2025", 55, 1678)]:
        recs = fh_records(r, dd, n, start)
        draw_fh(d / fname, recs, label, random.Random(SEED + 30 + start))
        gt.append(entry(d / fname, "Fernhollow State Parks, Eastern Ranger District [invented]",
                        "weekly report of ranger activity (id in brackets mid-paragraph)", "free text", recs,
                        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["fh"]))
    write_gt(d, gt)
    # D
    r = random.Random(SEED + 4)
    d = OUT / "tollard-sound-st-marine-fisheries-enforcement"
    d.mkdir(parents=True, exist_ok=True)
    fname = "tsmfe-boardings-2025-08.pdf"
    recs = ts_records(r, days(2025, 8, 1, 31), 46, 3301)
    draw_ts(d / fname, recs, "August 2025")
    write_gt(d, [entry(d / fname, "Tollard Sound Marine Fisheries Enforcement [invented]",
                       "at-sea boarding records (one line per violation)", "labelled blocks", recs,
                       ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["ts"])])
    # E
    r = random.Random(SEED + 5)
    d = OUT / "wexmoor-st-fgp-region-2-conservation"
    d.mkdir(parents=True, exist_ok=True)
    fname = "wdfgp-r2-monthly-2025-11.pdf"
    recs = wx_records(r, days(2025, 11, 1, 30), 84, 7711)
    order = draw_wx(d / fname, recs, "November 2025")
    write_gt(d, [entry(d / fname, "Wexmoor Division of Fish, Game and Parks, Region 2 Conservation Officers [invented]",
                       "monthly enforcement report by licence category (cases repeated in two sections)",
                       "table with header", order,
                       ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["wx"])])


if __name__ == "__main__":
    main()
