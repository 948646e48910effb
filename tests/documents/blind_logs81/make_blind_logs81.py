"""Generate a held-out set of California SB 1421 / SB 16 release logs (use of force, officer-involved
shootings, sustained complaints) as incident-log PDFs, with ground truth.

Five layouts: a city's disclosure index whose id column mixes three number series (IA, OIS, CI) and
whose category cells cite Penal Code subsections; a landscape released-records table whose last
column lists the released files, their names repeating the id; URSUS-style use-of-force incident
summaries (labelled blocks with nested Civilian / Officer lines that repeat the same labels); a
sheriff's narrative summaries of sustained findings under Penal Code category headings, the id in
the middle of each paragraph and earlier cases cited; a Penal Code 832.7(b)(8) delay-and-release
status log in which every case row is followed by dated status-history lines.
Every agency, place and record is invented; no person is named (officers appear as badge numbers).
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs81/make_blind_logs81.py [OUT_DIR]
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
SEED = 20261181
STREETS = ["Ocampo", "Marisol", "Alameda Rica", "Bellota", "Cañada Verde", "Dorado", "Encina", "Fresno Viejo",
           "Granada", "Hidalgo", "Junipero", "La Loma", "Madrona", "Nogal", "Ocotillo", "Palomar", "Quinta",
           "Rosales", "Sausal", "Tierra Alta", "Vista Mar"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Way", "Blvd", "Ln"]

CAT_OIS = "Discharge of a firearm at a person"
CAT_GBI = "Use of force resulting in death or great bodily injury"
CAT_SEX = "Sustained: sexual assault involving a member of the public"
CAT_DIS = "Sustained: dishonesty"
CAT_EXC = "Sustained: unreasonable or excessive force"
CAT_FTI = "Sustained: failure to intervene"
CAT_UAS = "Sustained: unlawful arrest or search"
CAT_BIA = "Sustained: prejudice or discrimination"
PC = {CAT_OIS: "(b)(1)(A)(i)", CAT_GBI: "(b)(1)(A)(ii)", CAT_SEX: "(b)(1)(B)", CAT_DIS: "(b)(1)(C)",
      CAT_EXC: "(b)(1)(D)", CAT_FTI: "(b)(1)(E)", CAT_UAS: "(b)(1)(F)", CAT_BIA: "(b)(1)(G)"}
SUSTAINED_OUT = ["Terminated", "Suspended 40 hours", "Suspended 80 hours", "Resigned pending discipline",
                 "Written reprimand", "Demoted", "Retired before discipline imposed", "Suspended 10 days"]
FORCE_OUT = ["Within policy", "Within policy; training referral", "Out of policy; suspended 20 hours",
             "Within policy; tactics debrief", "Out of policy; terminated"]


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


def block_addr(r):
    return f"{r.randint(1, 49) * 100} blk {r.choice(STREETS)} {r.choice(SUFFIX)}"


def rand_dates(r, y0, y1, n):
    a, b = datetime.date(y0, 1, 1).toordinal(), datetime.date(y1, 12, 31).toordinal()
    return [datetime.date.fromordinal(o) for o in sorted(r.sample(range(a, b + 1), n))]


def mdy(d):
    return d.strftime("%m/%d/%Y")


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def pick_cat(r, ois_share=0.2):
    x = r.random()
    if x < ois_share:
        return CAT_OIS
    if x < ois_share + 0.25:
        return CAT_GBI
    return r.choice([CAT_SEX, CAT_DIS, CAT_DIS, CAT_EXC, CAT_EXC, CAT_FTI, CAT_UAS, CAT_BIA])


# ---------------------------------------------------------------- a generic table drawer

def draw_table(path, size, head_lines, cols, rows, tail_lines, font="Helvetica", fs=7.5, lead=9):
    """cols: [(title, x, width)]; rows: list of cell lists (str or list of str, one per column)."""
    w, h = size
    c = new_canvas(path, size)
    page = [0]

    def head():
        page[0] += 1
        y = h - 36
        for txt, f, s in head_lines:
            c.setFont(f, s)
            c.drawString(36, y, txt)
            y -= s + 4
        c.setFont("Helvetica", 7)
        c.drawRightString(w - 36, h - 36, f"Page {page[0]}")
        y -= 4
        c.setFont(font + "-Bold", fs)
        for title, x, _ in cols:
            for j, t in enumerate(title.split("\n")):
                c.drawString(x, y - j * lead, t)
        y -= lead * max(len(t.split("\n")) for t, _, _ in cols) - lead + 4
        c.setLineWidth(0.8)
        c.line(36, y, w - 36, y)
        return y - lead - 2

    y = head()
    for cells in rows:
        wrapped = []
        for (_title, _x, width), val in zip(cols, cells):
            lines = []
            for part in (val if isinstance(val, list) else [val]):
                lines += wrap(part, font, fs, width)
            wrapped.append(lines)
        n = max(len(x) for x in wrapped)
        if y - lead * n < 50:
            c.showPage()
            y = head()
        c.setFont(font, fs)
        for (_title, x, _width), lines in zip(cols, wrapped):
            for j, t in enumerate(lines):
                c.drawString(x, y - lead * j, t)
        c.setLineWidth(0.3)
        c.line(36, y - lead * (n - 1) - 4, w - 36, y - lead * (n - 1) - 4)
        y -= lead * n + 6
    if y - 14 * len(tail_lines) < 50:
        c.showPage()
        y = head()
    y -= 6
    for txt, f, s in tail_lines:
        c.setFont(f, s)
        c.drawString(36, y, txt)
        y -= s + 5
    c.showPage()
    c.save()


# ---------------------------------------------------------------- A: San Aurelio disclosure index, mixed series

def sa_records(r, y0, y1, n):
    recs, ser = [], {}
    for d in rand_dates(r, y0, y1, n):
        cat = pick_cat(r, 0.18)
        yy = d.year % 100
        rel = []
        if cat == CAT_OIS:
            k = ser[("OIS", d.year)] = ser.get(("OIS", d.year), 0) + 1
            num = f"OIS {d.year}-{k:02d}"
            da = f"DA-OIS {yy}-{r.randint(1, 40):03d}"
            disp = f"DA review {da}: no charges filed; within policy"
            rel.append(("da_review", da))
        elif cat == CAT_GBI:
            k = ser[("CI", d.year)] = ser.get(("CI", d.year), 0) + r.randint(1, 4)
            num = f"CI {yy}-{k:03d}"
            disp = r.choice(FORCE_OUT)
        else:
            k = ser[("IA", d.year)] = ser.get(("IA", d.year), 0) + r.randint(3, 11)
            num = f"IA {yy}-{k:04d}"
            disp = "Sustained; " + r.choice(SUSTAINED_OUT).lower()
        released = mdy(max(datetime.date(2024, 1, 8) + datetime.timedelta(days=r.randint(0, 300)),
                           d + datetime.timedelta(days=r.randint(90, 400)))) \
            if r.random() < 0.85 else "Pending review"
        recs.append({"case_number": num, "reported_at": mdy(d), "type": cat, "disposition": disp,
                     "released": released, "related": rel})
    return recs


def draw_sa(path, recs, label):
    size = letter
    cols = [("Case No.", 36, 62), ("Incident\nDate", 100, 48), ("Category (Pen. Code\n\u00a7 832.7 subdivision)", 152, 170),
            ("Finding / Outcome", 330, 160), ("Released", 500, 70)]
    rows = [[x["case_number"], x["reported_at"], f"{PC[x['type']]} {x['type']}", x["disposition"], x["released"]]
            for x in recs]
    counts = {p: sum(1 for x in recs if x["case_number"].startswith(p + " ")) for p in ("IA", "OIS", "CI")}
    head = [("CITY OF SAN AURELIO POLICE DEPARTMENT", "Helvetica-Bold", 12),
            (f"SB 1421 / SB 16 Disclosure Index - incidents {label}", "Helvetica", 9),
            ("Records released under Penal Code \u00a7 832.7(b). Questions: Professional Standards, 805-555-0142.",
             "Helvetica-Oblique", 7)]
    tail = [(f"Records listed: {len(recs)} (IA {counts['IA']}, OIS {counts['OIS']}, CI {counts['CI']})",
             "Helvetica-Bold", 8),
            ("IA = Internal Affairs case; OIS = officer-involved shooting; CI = critical incident (force, death or GBI).",
             "Helvetica-Oblique", 7)]
    draw_table(path, size, head, cols, rows, tail)


# ---------------------------------------------------------------- B: Vallecito released records with file lists

def va_records(r, y0, y1, n):
    recs = []
    dates = rand_dates(r, y0, y1, n)
    nums = {}
    for y in range(y0, y1 + 1):
        k = sum(1 for d in dates if d.year == y)
        nums[y] = sorted(r.sample(range(100, 19999), k))
    for d in dates:
        cat = pick_cat(r, 0.22)
        yy = d.year % 100
        num = f"V{yy}-{nums[d.year].pop(0):05d}"
        rel, files = [], [f"{num} Investigation Report (redacted).pdf"]
        if cat in (CAT_OIS, CAT_GBI):
            files.append(f"{num} BWC {r.choice(['1 of 2', 'Officer 1', 'Clip A'])}.mp4")
            disp = r.choice(FORCE_OUT) if cat == CAT_GBI else "DA declined to file; within policy"
            if cat == CAT_OIS:
                da = f"{yy}-{r.randint(100, 199)}"
                files.append(f"DA Letter {da} (declination).pdf")
                rel.append(("da_letter", da))
        else:
            disp = "Sustained - " + r.choice(SUSTAINED_OUT).lower()
            if r.random() < 0.3:
                files.append(f"{num} Notice of Discipline.pdf")
        if r.random() < 0.2:
            cad = f"CAD {yy}{r.randint(1, 365):03d}-{r.randint(1, 399):04d}"
            files.append(f"{cad} audio.wav")
            rel.append(("cad_incident", cad))
        recs.append({"case_number": num, "reported_at": mdy(d), "type": cat, "location": block_addr(r),
                     "disposition": disp, "files": files, "related": rel})
    return recs


def draw_va(path, recs, label):
    size = landscape(letter)
    cols = [("Incident #", 36, 52), ("Date of\nIncident", 92, 46), ("Category", 142, 140), ("Location", 296, 110),
            ("Outcome", 410, 140), ("Released Files", 556, 200)]
    rows = [[x["case_number"], x["reported_at"], x["type"], x["location"], x["disposition"], x["files"]]
            for x in recs]
    head = [("VALLECITO POLICE DEPARTMENT", "Helvetica-Bold", 12),
            (f"Senate Bill 1421 / Senate Bill 16 - Released Records, {label}", "Helvetica", 9),
            ("Files are posted on the Department's transparency portal under the incident number. Records Unit 559-555-0117.",
             "Helvetica-Oblique", 7)]
    tail = [(f"{len(recs)} incidents listed; {sum(len(x['files']) for x in recs)} files released.", "Helvetica-Bold", 8)]
    draw_table(path, size, head, cols, rows, tail, fs=7, lead=8.5)


# ---------------------------------------------------------------- C: Portola Cove URSUS summaries (labelled blocks)

PC_TYPES = ["Arrest / detention", "Call for service", "Traffic stop", "Pedestrian stop", "Warrant service",
            "Crowd control", "Welfare check"]
PC_LOCT = ["Residence", "Street / roadway", "Commercial business", "Park", "Parking lot", "Hospital", "Jail"]
PC_FORCE = ["Taser", "Takedown", "Carotid restraint", "Baton", "Chemical spray", "K-9 contact", "Impact projectile",
            "Strikes / kicks", "Firearm discharge"]
PC_INJ = ["Serious bodily injury", "Death", "None", "Minor injury (not reportable)", "Serious bodily injury"]


def pc_records(r, y0, y1, n, start):
    recs, k = [], start
    for d in rand_dates(r, y0, y0, n):
        k += r.choice((1, 1, 2, 3))
        num = f"PC-UOF-{d.year % 100}-{k:03d}"
        civ = [{"age": r.choice(["18-24", "25-34", "35-44", "45-54", "55+"]),
                "force": ", ".join(r.sample(PC_FORCE[:-1], r.randint(1, 2))), "inj": r.choice(PC_INJ[:2] + PC_INJ[4:]),
                "armed": r.choice(["No", "Yes - knife", "Yes - firearm", "No", "Unknown"])}
               for _ in range(r.choice((1, 1, 1, 2, 2, 3)))]
        off = [{"badge": r.randint(1100, 4999), "inj": r.choice(["None", "None", "Minor", "Serious bodily injury"])}
               for _ in range(r.choice((1, 2, 2, 3)))]
        ursus = f"{r.randint(1000, 9999)}-{d.year}-{r.randint(1, 999):05d}"
        rel = [("ursus_id", ursus)]
        disp = r.choice(FORCE_OUT)
        if r.random() < 0.5:
            frb = f"FRB {d.year % 100}-{r.randint(1, 30):02d}"
            disp += f" (Force Review Board {frb})"
            rel.append(("review_board", frb))
        recs.append({"case_number": num, "reported_at": f"{mdy(d)} {r.randint(0, 23):02d}{r.randint(0, 59):02d}",
                     "type": r.choice(PC_TYPES), "location": block_addr(r), "loctype": r.choice(PC_LOCT),
                     "disposition": disp, "civ": civ, "off": off, "related": rel, "ursus": ursus})
    return recs


def draw_pc(path, recs, label):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 38, "PORTOLA COVE POLICE DEPARTMENT")
        c.setFont("Helvetica", 8)
        c.drawString(36, h - 50, f"Use of Force Incident Summaries (URSUS / Gov. Code \u00a7 12525.2) - {label}")
        c.drawRightString(w - 36, h - 38, f"Page {page[0]}")
        c.line(36, h - 56, w - 36, h - 56)
        return h - 72

    lines = []  # (x, font, text, x2, text2) ; None = separator
    for x in recs:
        lines.append((36, "Helvetica-Bold", "Incident No.", 120, x["case_number"], 330, "DOJ URSUS ID", 410, x["ursus"]))
        lines.append((36, "Helvetica", "Date / Time", 120, x["reported_at"], 330, "Location type", 410, x["loctype"]))
        lines.append((36, "Helvetica", "Address", 120, x["location"], 330, "Incident type", 410, x["type"]))
        lines.append((36, "Helvetica", "Civilians", 120, str(len(x["civ"])), 330, "Officers", 410, str(len(x["off"]))))
        for i, cv in enumerate(x["civ"], 1):
            lines.append((54, "Helvetica", f"Civilian {i}", 120,
                          f"Age {cv['age']}  |  Force received: {cv['force']}  |  Injury: {cv['inj']}  |  Armed: {cv['armed']}"))
        for i, of in enumerate(x["off"], 1):
            lines.append((54, "Helvetica", f"Officer {i}", 120, f"Badge #{of['badge']}  |  Injury: {of['inj']}"))
        lines.append((36, "Helvetica", "Agency review", 120, x["disposition"]))
        lines.append(None)
    y = head()
    for ln in lines:
        if y < 54:
            c.showPage()
            y = head()
        if ln is None:
            c.setDash(2, 2)
            c.line(36, y + 5, w - 36, y + 5)
            c.setDash()
            y -= 10
            continue
        c.setFont("Helvetica-Oblique" if ln[1] == "Helvetica" else "Helvetica-Bold", 7.5)
        c.drawString(ln[0], y, ln[2])
        c.setFont(ln[1], 8)
        c.drawString(ln[3], y, ln[4])
        if len(ln) > 5:
            c.setFont("Helvetica-Oblique", 7.5)
            c.drawString(ln[5], y, ln[6])
            c.setFont("Helvetica", 8)
            c.drawString(ln[7], y, ln[8])
        y -= 11
    if y < 80:
        c.showPage()
        y = head()
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(36, y - 6, f"Incidents in this report: {len(recs)}    Civilians: {sum(len(x['civ']) for x in recs)}"
                            f"    Officers: {sum(len(x['off']) for x in recs)}")
    c.setFont("Helvetica-Oblique", 7)
    c.drawString(36, y - 20, "Released under Penal Code \u00a7 832.7(b)(1)(A). Officers identified by badge number only.")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- D: Santa Teodora sustained-findings narratives

ST_ORDER = [CAT_SEX, CAT_DIS, CAT_EXC, CAT_FTI, CAT_UAS, CAT_BIA]
ST_HEAD = {CAT_SEX: "SEXUAL ASSAULT INVOLVING A MEMBER OF THE PUBLIC", CAT_DIS: "DISHONESTY",
           CAT_EXC: "UNREASONABLE OR EXCESSIVE FORCE", CAT_FTI: "FAILURE TO INTERVENE",
           CAT_UAS: "UNLAWFUL ARREST OR UNLAWFUL SEARCH", CAT_BIA: "PREJUDICE OR DISCRIMINATION"}
ST_ALLEG = {CAT_SEX: ["Sexual assault - unwanted touching during a detention", "Sexual assault - solicitation on duty"],
            CAT_DIS: ["Dishonesty - false statement in a report", "Dishonesty - false statement to investigators",
                      "Dishonesty - altered evidence log", "Dishonesty - falsified overtime record"],
            CAT_EXC: ["Excessive force - strikes to a restrained person", "Excessive force - unnecessary Taser use",
                      "Excessive force - unreasonable takedown"],
            CAT_FTI: ["Failure to intervene in excessive force", "Failure to intervene and report"],
            CAT_UAS: ["Unlawful search of a residence", "Unlawful arrest without probable cause",
                      "Unlawful search of a vehicle"],
            CAT_BIA: ["Biased conduct - slurs during a stop", "Discriminatory enforcement"]}
ST_ASSIGN = ["Patrol, North Station", "Patrol, Coastal Station", "Custody, Main Jail", "Court Services",
             "Narcotics Unit", "Patrol, Valley Station", "Transportation Unit"]
ST_PLACE = ["a residence in the {a}", "a traffic stop near the {a}", "the Main Jail intake area",
            "a parking lot in the {a}", "a holding cell at Coastal Station", "a business in the {a}"]


def st_records(r, y0, y1, n):
    per = {c: [] for c in ST_ORDER}
    cats = [r.choice(ST_ORDER[:1] + ST_ORDER[1:] * 3) for _ in range(n)]
    dates = rand_dates(r, y0, y1, n)
    r.shuffle(dates)
    used = set()
    for cat, d in zip(cats, dates):
        while True:
            num = f"IA{d.year % 100}-{r.randint(10, 140):03d}"
            if num not in used:
                break
        used.add(num)
        per[cat].append((d, cat, num))
    recs = []
    for cat in ST_ORDER:
        for d, _, num in sorted(per[cat]):
            a = block_addr(r).replace(" blk ", " block of ")
            place = r.choice(ST_PLACE)
            rel = []
            cite = None
            if r.random() < 0.25:
                while True:
                    cite = f"IA{d.year % 100 - 1}-{r.randint(10, 140):03d}"
                    if cite not in used:
                        break
                used.add(cite)
                rel.append(("earlier_case", cite))
            recs.append({"case_number": num, "reported_at": d.strftime("%B %-d, %Y"), "date": d, "type": r.choice(ST_ALLEG[cat]),
                         "location": a if "{a}" in place else "", "place": place.format(a=a), "cat": cat,
                         "assign": r.choice(ST_ASSIGN), "badge": r.randint(1200, 5999),
                         "disposition": r.choice(SUSTAINED_OUT), "cite": cite,
                         "released": mdy(max(datetime.date(2024, 2, 1) + datetime.timedelta(days=r.randint(0, 300)),
                                              d + datetime.timedelta(days=r.randint(240, 500)))),
                         "related": rel})
    return recs


def st_paragraph(x):
    s = (f"On {x['reported_at']}, a deputy assigned to {x['assign']} (Badge #{x['badge']}) was involved in an "
         f"incident at {x['place']}. A complaint was received and Internal Affairs opened investigation "
         f"{x['case_number']}.")
    if x["cite"]:
        s += f" The complaint followed an earlier complaint against the same deputy, {x['cite']}, which was not sustained."
    s += (f" Allegation sustained: {x['type']}. Outcome: {x['disposition']}. "
          f"Records released {x['released']}.")
    return s


def draw_st(path, recs, label):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawCentredString(w / 2, h - 40, "SANTA TEODORA COUNTY SHERIFF'S OFFICE")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, h - 53, f"Summaries of Sustained Findings Released Under SB 1421 and SB 16 - {label}")
        c.drawCentredString(w / 2, 30, f"- {page[0]} -")
        return h - 78

    y = head()
    c.setFont("Times-Italic", 9)
    for t in wrap("These summaries describe investigations closed with at least one sustained finding in a category "
                  "made public by Penal Code \u00a7 832.7(b)(1). Deputies are identified by badge number. "
                  "Inquiries: Office of Public Records, 831-555-0179.", "Times-Italic", 9, w - 72):
        c.drawString(36, y, t)
        y -= 11
    y -= 8
    for cat in ST_ORDER:
        group = [x for x in recs if x["cat"] == cat]
        if not group:
            continue
        if y < 110:
            c.showPage()
            y = head()
        c.setFont("Times-Bold", 10)
        c.drawString(36, y, f"{ST_HEAD[cat]} - Penal Code \u00a7 832.7{PC[cat]} - {len(group)} cases")
        y -= 16
        for x in group:
            lines = wrap(st_paragraph(x), "Times-Roman", 9.5, w - 72)
            if y - 11.5 * len(lines) < 50:
                c.showPage()
                y = head()
            c.setFont("Times-Roman", 9.5)
            for t in lines:
                c.drawString(36, y, t)
                y -= 11.5
            y -= 7
        y -= 6
    if y < 70:
        c.showPage()
        y = head()
    c.setFont("Times-Bold", 10)
    c.drawString(36, y - 4, f"Total cases summarized: {len(recs)}")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- E: Cabrillo Heights 832.7(b)(8) delay log

AS_OF = datetime.date(2024, 12, 31)


def ch_records(r, y0, y1, n):
    recs = []
    reqs = {yy: sorted(f"R{yy}-{r.randint(10, 999):04d}" for _ in range(3)) for yy in range(19, 24)}
    k = {}
    for d in rand_dates(r, y0, y1, n):
        cat = pick_cat(r, 0.2)
        yy = d.year % 100
        k[yy] = k.get(yy, 0) + r.randint(1, 9)
        num = f"CH-{'OIS' if cat == CAT_OIS else 'IA'}-{yy}-{k[yy]:04d}"
        pool = [q for y in range(max(19, yy), min(23, yy + 1) + 1) for q in reqs[y]]
        myreq = sorted(set(r.sample(pool, r.choice((1, 1, 2)))))
        first = min(int(q[1:3]) for q in myreq)
        t = max(d + datetime.timedelta(days=r.randint(20, 90)),
                datetime.date(2000 + first, 1, 10) + datetime.timedelta(days=r.randint(0, 60)))
        hist = []
        delay = cat in (CAT_OIS, CAT_GBI) or (d.year >= 2022 and r.random() < 0.5)
        if delay:
            hist.append((t, "Delayed - \u00a7 832.7(b)(8)(A), active criminal investigation"))
            for _ in range(r.randint(0, 3)):
                if t + datetime.timedelta(days=180) > AS_OF:
                    break
                t += datetime.timedelta(days=180)
                hist.append((t, "180-day re-notice sent to requester"))
        rel_t = t + datetime.timedelta(days=r.randint(10, 150))
        if delay and (d.year >= 2022 and r.random() < 0.6 or rel_t > AS_OF):
            while t + datetime.timedelta(days=180) <= AS_OF:
                t += datetime.timedelta(days=180)
                hist.append((t, "180-day re-notice sent to requester"))
            disp = "Delayed"
        else:
            pp = r.randint(12, 900)
            if r.random() < 0.25:
                disp = "Released in part"
                hist.append((rel_t, f"Released in part ({pp} pp.); \u00a7 832.7(b)(5) redactions"))
            else:
                disp = "Released"
                hist.append((rel_t, f"Released ({pp} pp.)"))
        rel = [("records_request", q) for q in myreq]
        recs.append({"case_number": num, "reported_at": mdy(d), "type": cat, "disposition": disp,
                     "requests": myreq, "hist": hist, "related": rel})
    return recs


def draw_ch(path, recs, label):
    size = landscape(letter)
    cols = [("Case No.", 36, 80), ("Incident Date", 120, 56), ("Category", 180, 170), ("Request No(s).", 356, 70),
            ("Status", 430, 70), ("History (date - action)", 504, 252)]
    rows = [[x["case_number"], x["reported_at"], x["type"], x["requests"], x["disposition"],
             [f"{mdy(d)}  {a}" for d, a in x["hist"]]] for x in recs]
    st = {s: sum(1 for x in recs if x["disposition"] == s) for s in ("Released", "Released in part", "Delayed")}
    head = [("CABRILLO HEIGHTS POLICE DEPARTMENT - Office of the Chief", "Helvetica-Bold", 11),
            (f"SB 1421 / SB 16 Disclosure Status and Delay Log (Penal Code \u00a7 832.7(b)(8)), as of {label}",
             "Helvetica", 8.5),
            ("Each delay is re-noticed to the requester every 180 days until release. Custodian of Records 626-555-0138.",
             "Helvetica-Oblique", 7)]
    tail = [(f"Cases on this log: {len(recs)}    Released: {st['Released']}    Released in part: "
             f"{st['Released in part']}    Delayed: {st['Delayed']}", "Helvetica-Bold", 8)]
    draw_table(path, size, head, cols, rows, tail, fs=7, lead=8.5)


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
        "git_blob": "generated", "generator": f"make_blind_logs81.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs81.py) from the records it drew; "
                               "checked by check_blind_logs81.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, make, draw, label in runs:
        recs = make(r)
        draw(d / fname, recs, label)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


NOTES = {
    "sa": ("Portrait index 'SB 1421 / SB 16 Disclosure Index', hairline under each row, column titles repeated "
           "per page: Case No., Incident Date (MM/DD/YYYY; reported_at), Category (each cell starts with the Penal "
           "Code 832.7 subdivision it falls under, e.g. '(b)(1)(C) Sustained: dishonesty'; type is the category "
           "words after the subdivision), Finding / Outcome (disposition; wraps), Released (a date or 'Pending "
           "review'). TWIST: the id column mixes three number series sorted by incident date, not by number: "
           "'IA YY-NNNN' (Internal Affairs), 'OIS YYYY-NN' (shootings) and 'CI YY-NNN' (critical incidents), "
           "each with a space after the prefix. Shooting outcomes cite the District Attorney's review number "
           "'DA-OIS YY-NNN' (related_numbers, kind da_review; not a record). No location. Ends 'Records "
           "listed: N (IA a, OIS b, CI c)' and a legend line.",
           "rows counted from the generator; 'Records listed' equals record_count and its series counts add up"),
    "va": ("Landscape table 'Senate Bill 1421 / Senate Bill 16 - Released Records', hairline under each row: "
           "Incident # (VYY-NNNNN), Date of Incident (reported_at), Category, Location (hundred block), Outcome "
           "(disposition), Released Files. TRAP: the Released Files cell lists one file name per line, and most "
           "file names repeat the incident number ('V21-00171 Investigation Report (redacted).pdf', "
           "'V21-00171 BWC Clip A.mp4'), so every id is printed 2-4 times, each time on a line of its own "
           "record; other numbers in file names are not records: 'DA Letter YY-NNN.pdf' (related, kind "
           "da_letter) and 'CAD YYDDD-NNNN audio.wav' (related, kind cad_incident). Ends 'N incidents listed; "
           "M files released.' (only N counts records).",
           "rows counted from the generator; the closing 'N incidents listed' equals record_count"),
    "pc": ("URSUS-style use-of-force incident summaries, labelled blocks parted by dashed rules, blocks break "
           "across pages anywhere (page header between): 'Incident No.' PC-UOF-YY-NNN with 'DOJ URSUS ID' "
           "(NNNN-YYYY-NNNNN, related kind ursus_id) on the same line, 'Date / Time' ('MM/DD/YYYY HHMM'; "
           "reported_at) with 'Location type', 'Address' (location) with 'Incident type' (type), 'Civilians' "
           "and 'Officers' counts, then one indented line per involved person, 'Civilian 1', 'Civilian 2', "
           "'Officer 1'..., each with the SAME repeated sub-labels ('Force received:', 'Injury:', 'Armed:', "
           "'Badge #NNNN'): persons, not records. 'Agency review' (disposition) may cite a Force Review Board "
           "number 'FRB YY-NN' (related kind review_board). Ends 'Incidents in this report: N    Civilians: C    "
           "Officers: O' (only N counts records).",
           "blocks counted from the generator; 'Incidents in this report' equals record_count"),
    "st": ("Free text: narrative summaries grouped under category headings that cite the Penal Code and give a "
           "count ('DISHONESTY - Penal Code \u00a7 832.7(b)(1)(C) - 10 cases'); headings are not records. Each "
           "paragraph opens with the incident date in words ('On March 9, 2022, a deputy assigned to ...'; "
           "reported_at as printed); the id IAYY-NNN sits in the middle of the paragraph ('Internal Affairs "
           "opened investigation IA22-113.'), not at its start; within a heading cases run by date, so ids are "
           "not in numeric order. Some paragraphs cite an earlier, unsustained complaint of the same series "
           "('..., IA21-017, which was not sustained'; related kind earlier_case, not a record). type is the "
           "text after 'Allegation sustained:', disposition after 'Outcome:'; location (where the place is a "
           "block) is the 'NNNN block of ...' phrase. Ends 'Total cases summarized: N'.",
           "paragraphs counted from the generator; heading counts add up to 'Total cases summarized'"),
    "ch": ("Landscape delay-and-release status log under Penal Code 832.7(b)(8): Case No. (CH-IA-YY-NNNN or "
           "CH-OIS-YY-NNNN), Incident Date (reported_at), Category (type), Request No(s). (public records "
           "requests RYY-NNNN, one or two per case, the SAME request number on many cases; related kind "
           "records_request), Status (disposition: Released / Released in part / Delayed), and History: one "
           "line per dated action ('MM/DD/YYYY  Delayed - 832.7(b)(8)(A) ...', '180-day re-notice sent to "
           "requester', 'Released (NNN pp.)'). TRAP: every case prints 1-6 dated history lines; only the first "
           "line, with the case number, starts a record; history dates are not incident dates. Ends 'Cases on "
           "this log: N    Released: a    Released in part: b    Delayed: c'.",
           "rows counted from the generator; 'Cases on this log' equals record_count and the status counts add up"),
}


def main():
    one_agency(
        "san-aurelio-ca-pd", 1,
        [("sapd-sb1421-index-2019-2021.pdf", lambda r: sa_records(r, 2019, 2021, 52), draw_sa, "2019 - 2021"),
         ("sapd-sb1421-index-2022-2024.pdf", lambda r: sa_records(r, 2022, 2024, 47), draw_sa, "2022 - 2024")],
        "San Aurelio Police Department, CA [invented]", "SB 1421 / SB 16 disclosure index (mixed number series)",
        "table with header", ["case_number", "reported_at", "type", "disposition"], *NOTES["sa"])
    one_agency(
        "vallecito-ca-pd", 2,
        [("vpd-sb1421-released-records-2020-2021.pdf", lambda r: va_records(r, 2020, 2021, 44), draw_va,
          "incidents 2020 - 2021"),
         ("vpd-sb1421-released-records-2022-2023.pdf", lambda r: va_records(r, 2022, 2023, 41), draw_va,
          "incidents 2022 - 2023")],
        "Vallecito Police Department, CA [invented]", "SB 1421 / SB 16 released-records table with file lists",
        "table with header", ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["va"])
    one_agency(
        "portola-cove-ca-pd", 3,
        [("pcpd-ursus-summaries-2022.pdf", lambda r: pc_records(r, 2022, 2022, 42, 3), draw_pc, "calendar 2022"),
         ("pcpd-ursus-summaries-2023.pdf", lambda r: pc_records(r, 2023, 2023, 46, 1), draw_pc, "calendar 2023")],
        "Portola Cove Police Department, CA [invented]", "use-of-force incident summaries (URSUS style)",
        "labelled blocks", ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["pc"])
    one_agency(
        "santa-teodora-county-ca-so", 4,
        [("stcso-sustained-findings-summaries-2018-2023.pdf", lambda r: st_records(r, 2018, 2023, 58), draw_st,
          "2018 - 2023")],
        "Santa Teodora County Sheriff's Office, CA [invented]", "narrative summaries of sustained findings",
        "free text", ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["st"])
    one_agency(
        "cabrillo-heights-ca-pd", 5,
        [("chpd-832-7-b8-status-log-2024-12.pdf", lambda r: ch_records(r, 2018, 2023, 49), draw_ch,
          "December 31, 2024")],
        "Cabrillo Heights Police Department, CA [invented]", "SB 1421 disclosure status and delay log",
        "table with header", ["case_number", "reported_at", "type", "disposition"], *NOTES["ch"])


if __name__ == "__main__":
    main()
