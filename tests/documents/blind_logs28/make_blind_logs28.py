"""Make the twenty-eighth held-out set of incident-log PDFs (five invented agencies).

Records are drawn first as plain dicts (fixed seeds), then drawn in each agency's layout with
reportlab in invariant mode (each PDF twice so that "Page X of Y" is right), then written to
groundtruth.json from the same dicts. Re-running gives byte-identical files. Run:

    .venv/bin/python tests/documents/blind_logs28/make_blind_logs28.py [OUT_DIR]
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
SEED = 20252828
LAND = landscape(letter)
STREETS = ["Amberly", "Brackett", "Cordova", "Dunlin", "Esterbrook", "Falconer", "Galloway", "Hartwell",
           "Inverson", "Jessup", "Kestrel", "Larkspur", "Marlowe", "Nettleton", "Ostrander", "Pelham",
           "Quimby", "Rushmere", "Sandoval", "Tamsin", "Upland", "Verbena", "Winslow"]
SUFFIX = ["ST", "AV", "RD", "DR", "LN", "BL", "CT", "WY"]
# code section, short abbreviation, words of the key
CODES = [("PC 459", "BURG", "Burglary"), ("PC 484(a)", "PTHEFT", "Petty theft"),
         ("PC 487(a)", "GTHEFT", "Grand theft"), ("PC 242", "BATT", "Battery"),
         ("PC 245(a)(1)", "ADW", "Assault with a deadly weapon"), ("PC 594(a)", "VAND", "Vandalism"),
         ("PC 602", "TRESP", "Trespass"), ("PC 647(f)", "DIP", "Drunk in public"),
         ("PC 273.5", "DV", "Domestic violence, corporal injury"), ("VC 10851", "VEHTHEFT", "Vehicle theft"),
         ("VC 20002", "HR-PROP", "Hit and run, property damage"), ("VC 23152(a)", "DUI", "Driving under the influence"),
         ("HS 11350", "POSS-CS", "Possession of a controlled substance"), ("MC 9.12.040", "NOISE", "Loud noise (municipal)"),
         ("MC 12.08.010", "CAMP", "Unlawful camping (municipal)"), ("PC 484g", "FRAUD", "Fraud, access card")]
CLEAR = [("CA", "Cleared by arrest"), ("CE", "Cleared exceptionally"), ("AO", "Active / open"),
         ("IN", "Inactive, no leads"), ("UF", "Unfounded"), ("RO", "Referred to other agency")]
DISPO = {"CA": "ARREST", "CE": "CLOSED", "AO": "OPEN", "IN": "SUSP", "UF": "UNFND", "RO": "REFER"}


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
    return f"{r.randint(1, 89) * 100 + r.randint(0, 99)} {r.choice(STREETS).upper()} {r.choice(SUFFIX)}"


def records(r, n, start_day, days, id_fmt, first, groups, related_fmt):
    """n records over `days` days; ids rise with time; related_fmt: kind -> callable(r) -> number."""
    times = sorted((r.randint(0, days - 1), r.randint(0, 23 * 60 + 59)) for _ in range(n))
    seq = first
    out = []
    for day, mins in times:
        seq += r.randint(1, 3)
        rep = datetime.datetime(2025, 10, start_day) + datetime.timedelta(days=day, minutes=mins)
        occ = rep - datetime.timedelta(minutes=r.choice([0, 0, 5, 20, 45, 90, 300]))
        code = r.choice(CODES)
        clr = r.choices([c for c, _ in CLEAR], [3, 1, 5, 2, 1, 1])[0]
        rel = []
        if clr == "CA" and "booking_number" in related_fmt:
            rel.append(("booking_number", related_fmt["booking_number"](r)))
        elif clr == "RO" and "other_agency_case" in related_fmt:
            rel.append(("other_agency_case", related_fmt["other_agency_case"](r)))
        elif code[0].startswith("VC") and "citation" in related_fmt and r.random() < 0.6:
            rel.append(("citation", related_fmt["citation"](r)))
        out.append({"case_number": id_fmt(seq), "rep": rep, "occ": occ, "code": code, "clr": clr,
                    "group": r.choice(groups), "location": addr(r), "officer": str(r.randint(1101, 1899)),
                    "related": rel})
    return out


def furniture(c, size, title, sub, page, total, font="Helvetica"):
    w, h = size
    c.setFont(font + "-Bold" if font == "Helvetica" else font, 10)
    c.drawString(36, h - 30, title)
    c.setFont(font, 7.5)
    c.drawString(36, h - 42, sub)
    c.drawRightString(w - 36, h - 30, f"Page {page} of {total}")
    c.drawString(36, 22, "Phone 555-0142  -  Records Unit  -  For official release under public records law")
    c.drawRightString(w - 36, 22, "RMS rpt CR-118 rev 4")


def two_pass(path, size, draw):
    total = 1
    for _ in range(2):
        c = new_canvas(path, size)
        total = draw(c, total)
        c.save()
    return total


def groundtruth(folder, agency, entries):
    (folder / "groundtruth.json").write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n")


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, seed):
    related = [{"record": x["case_number"], "kind": k, "number": num} for x in recs for k, num in x["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i]["gt"][k] for k in fields if recs[i]["gt"].get(k)}
        s["case_number"] = recs[i]["case_number"]
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(dict(sorted(s.items(), key=lambda kv: kv[0] != "case_number")))
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs28.py (seed {SEED} + {seed})",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False,
        "text_layer": "good", "record_count": n, "case_numbers": [x["case_number"] for x in recs],
        "related_numbers": related, "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs28.py) from the records it drew; "
                               "checked by check_blind_logs28.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def grouped(recs, key):
    out = {}
    for x in recs:
        out.setdefault(x[key], []).append(x)
    return sorted(out.items())


def md(d):
    return d.strftime("%m/%d/%Y")


NARR = {"BURG": "entry by pried rear door, tools taken", "PTHEFT": "items taken from open garage",
        "GTHEFT": "trailer taken from driveway overnight", "BATT": "dispute between neighbours, minor injury",
        "ADW": "victim struck with bottle, treated at scene", "VAND": "windows broken, graffiti on wall",
        "TRESP": "subject refused to leave closed business", "DIP": "subject unable to care for self",
        "DV": "partner reports injury, suspect left", "VEHTHEFT": "sedan taken from lot, keys not left",
        "HR-PROP": "parked vehicle struck, other driver left", "DUI": "vehicle weaving, driver tested",
        "POSS-CS": "found during consent search", "NOISE": "amplified music after hours",
        "CAMP": "tent on public right of way", "FRAUD": "card used without consent at kiosk"}
PREM = ["RES", "COMM", "STRT", "PKLT", "SCHL", "PARK"]


def heading_cols(c, cols, y, size=6.8):
    c.setFont("Helvetica-Bold", size)
    for x, label in cols:
        c.drawString(x, y, label)
    c.setLineWidth(0.4)
    c.line(36, y - 3, LAND[0] - 36, y - 3)


# ---- 1 Harlow Mesa: landscape RMS listing by reporting district, officer/clearance line, key page at end
HM_COLS = [(36, "Report No"), (96, "Rptd Date"), (138, "Time"), (160, "Occ Date"), (202, "Time"), (226, "Sect"),
           (278, "Abbr"), (322, "Prem"), (352, "UCR"), (374, "Location"), (504, "Disp"), (540, "Vic"), (558, "Sus"), (580, "Shft"), (606, "Wpn"), (640, "Entry"), (672, "Stat"), (702, "Appr")]


def draw_hm(path, recs, run):
    groups = grouped(recs, "group")
    recs[:] = [x for _, g in groups for x in g]
    for x in recs:
        sect, abbr, _ = x["code"]
        x["prem"] = PREM[int(x["officer"]) % 6]
        x["gt"] = {"offense": sect, "type": abbr, "reported_at": f"{md(x['rep'])} {x['rep']:%H%M}",
                   "occurred_at": f"{md(x['occ'])} {x['occ']:%H%M}", "location": x["location"],
                   "disposition": DISPO[x["clr"]]}

    def draw(c, total):
        page = [0]

        def new_page():
            if page[0]:
                c.showPage()
            page[0] += 1
            furniture(c, LAND, "HARLOW MESA POLICE DEPARTMENT - CASE ACTIVITY BY REPORTING DISTRICT",
                      f"Period {run['label']}   Sorted: RD, Report No   Run 10/27/2025 0612   Req PRA-25-0147", page[0], total)
            heading_cols(c, HM_COLS, LAND[1] - 62)
            return LAND[1] - 76

        y = new_page()
        for rd, g in groups:
            if y < 80:
                y = new_page()
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(36, y, f"REPORTING DISTRICT {rd}")
            c.drawRightString(LAND[0] - 36, y, f"{len(g)} RPTS")
            y -= 12
            for x in g:
                if y < 56:
                    y = new_page()
                c.setFont("Helvetica", 6.8)
                sect, abbr, _ = x["code"]
                vals = [x["case_number"], md(x["rep"]), f"{x['rep']:%H%M}", md(x["occ"]), f"{x['occ']:%H%M}", sect,
                        abbr, x["prem"], f"{int(x['officer']) % 23 + 1:02d}", x["location"], DISPO[x["clr"]],
                        str(1 + int(x["officer"]) % 2), str(int(x["officer"]) % 3), "ABC"[int(x["officer"]) % 3],
                        ["NONE", "HAND", "KNIF", "BLNT"][int(x["officer"]) % 4], ["-", "FORC", "NOFC"][int(x["officer"]) % 3],
                        ["RPT", "SUPP"][int(x["officer"]) % 5 == 0], f"S{int(x['officer']) % 17 + 1:02d}"]
                for (cx, _), v in zip(HM_COLS, vals):
                    c.drawString(cx, y, v)
                y -= 8.5
                c.setFont("Helvetica-Oblique", 6.3)
                extra = "".join(f"   {dict(booking_number='BKG', other_agency_case='XREF', citation='CIT')[k]} {n}"
                                for k, n in x["related"])
                c.drawString(96, y, f"RO #{x['officer']}   CLR {x['clr']}{extra}")
                y -= 10.5
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, y - 6, f"TOTAL REPORTS THIS PERIOD: {len(recs)}")
        # key page: code sections cited with counts, clearance codes
        c.showPage()
        page[0] += 1
        furniture(c, LAND, "HARLOW MESA POLICE DEPARTMENT - KEY TO CODES", f"Period {run['label']}", page[0], total)
        y = LAND[1] - 66
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, y, "Sect")
        c.drawString(120, y, "Abbr")
        c.drawString(190, y, "Description")
        c.drawString(400, y, "Cited")
        y -= 12
        c.setFont("Helvetica", 7.5)
        for sect, abbr, desc in CODES:
            n = sum(1 for x in recs if x["code"][0] == sect)
            c.drawString(36, y, sect)
            c.drawString(120, y, abbr)
            c.drawString(190, y, desc)
            c.drawString(400, y, str(n))
            y -= 10
        y -= 10
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, y, "Clearance (CLR)")
        c.drawString(300, y, "Premise (Prem)")
        y -= 11
        c.setFont("Helvetica", 7.5)
        for i, (code, words) in enumerate(CLEAR):
            c.drawString(36, y - 10 * i, f"{code}  {words}")
        for i, p in enumerate(PREM):
            c.drawString(300, y - 10 * i, f"{p}  " + ["Residence", "Commercial", "Street", "Parking lot", "School", "Park"][i])
        c.drawString(36, y - 70, "RO = reporting officer (badge).  BKG = booking no.  XREF = other agency case.  CIT = citation.")
        return page[0]

    two_pass(path, LAND, draw)


# ---- 2 Dunmore Flats: landscape, beat > date groups, code section first, id mid-row, time only per row
DF_COLS = [(36, "Time"), (62, "Sect"), (116, "Abbr"), (160, "Case No"), (216, "Location"), (350, "Disp"),
           (388, "Clr"), (408, "Ofc"), (432, "Xref No"), (500, "Prem"), (526, "Rptd By")]
DF_BEATS = {"1": "OLD TOWN", "2": "RIVERSIDE", "3": "AIRPORT", "4": "NORTH HILLS", "5": "RAIL YARD"}


def draw_df(path, recs, run):
    groups = grouped(recs, "group")
    recs[:] = [x for _, g in groups for x in g]
    for x in recs:
        sect, abbr, _ = x["code"]
        x["gt"] = {"offense": sect, "type": abbr, "reported_at": f"{md(x['rep'])} {x['rep']:%H%M}",
                   "location": x["location"], "disposition": DISPO[x["clr"]]}

    def draw(c, total):
        page = [0]

        def new_page():
            if page[0]:
                c.showPage()
            page[0] += 1
            furniture(c, LAND, "DUNMORE FLATS POLICE DEPARTMENT   INCIDENTS BY BEAT",
                      f"From 10/{run['day']:02d}/2025 0000 to {run['label_end']} 2359   Printed by: RECORDS-03", page[0], total)
            heading_cols(c, DF_COLS, LAND[1] - 62)
            return LAND[1] - 76

        y = new_page()
        for beat, g in groups:
            if y < 90:
                y = new_page()
            c.setFont("Helvetica-Bold", 8)
            c.drawString(36, y, f"BEAT {beat}  {DF_BEATS[beat]}  -  {len(g)} INCIDENTS")
            y -= 12
            day = None
            for x in g:
                if y < 56:
                    y = new_page()
                if x["rep"].date() != day:
                    day = x["rep"].date()
                    c.setFont("Helvetica-Bold", 7)
                    c.drawString(44, y, f"{x['rep']:%a}".upper() + f" {md(x['rep'])}")
                    y -= 10
                c.setFont("Helvetica", 6.8)
                sect, abbr, _ = x["code"]
                xref = " ".join(x["related"][0][1:]) if x["related"] else ""
                vals = [f"{x['rep']:%H%M}", sect, abbr, x["case_number"], x["location"], DISPO[x["clr"]], x["clr"],
                        x["officer"], xref, PREM[int(x["officer"]) % 6], ["CALLER", "OFFICER", "WALK-IN"][int(x["officer"]) % 3]]
                for (cx, _), v in zip(DF_COLS, vals):
                    c.drawString(cx, y, v)
                y -= 9.5
        c.setFont("Helvetica-Bold", 7.5)
        y -= 6
        c.drawString(36, y, f"INCIDENTS ALL BEATS: {len(recs)}")
        y -= 12
        c.setFont("Helvetica", 7)
        for code, words in CLEAR:
            if y < 40:
                y = new_page()
            c.drawString(36, y, f"{code}   {words}")
            c.drawString(200, y, str(sum(1 for x in recs if x["clr"] == code)))
            y -= 9
        return page[0]

    two_pass(path, LAND, draw)


# ---- 3 Pinecrest Hollow County SO: labelled blocks with coded labels under RD headings, label key on page 1
def draw_ph(path, recs, run):
    groups = grouped(recs, "group")
    recs[:] = [x for _, g in groups for x in g]
    for x in recs:
        sect, abbr, _ = x["code"]
        x["gt"] = {"offense": f"{sect} / {abbr}", "reported_at": f"{md(x['rep'])} {x['rep']:%H%M}",
                   "occurred_at": f"{md(x['occ'])} {x['occ']:%H%M}", "location": x["location"],
                   "disposition": DISPO[x["clr"]], "summary": NARR[abbr].upper()}
    size = letter

    def draw(c, total):
        page = [0]

        def new_page():
            if page[0]:
                c.showPage()
            page[0] += 1
            furniture(c, size, "PINECREST HOLLOW COUNTY SHERIFF - REPORT ABSTRACTS",
                      f"Period {run['label']}   Abstract run 10/27/2025 0700", page[0], total)
            return size[1] - 62

        y = new_page()
        c.setFont("Helvetica", 6.8)
        key = ("LABEL KEY:  RPT# report number   RD reporting district   OFF offense code / abbreviation   "
               "RPTD reported   OCC occurred   LOC location   DSP disposition   CLR clearance   DEP deputy badge   "
               "XRF related number (BKG booking, CIT citation, other agency case)   NAR narrative")
        for line in simpleSplit(key, "Helvetica", 6.8, 540):
            c.drawString(36, y, line)
            y -= 8.5
        y -= 6

        def lab(x0, yy, label, value):
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x0, yy, label)
            c.setFont("Helvetica", 7.5)
            c.drawString(x0 + c.stringWidth(label, "Helvetica-Bold", 7.5) + 4, yy, value)

        for rd, g in groups:
            if y < 130:
                y = new_page()
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(36, y, f"RD {rd}   ({len(g)} REPORTS)")
            c.setLineWidth(0.8)
            c.line(36, y - 3, size[0] - 36, y - 3)
            y -= 16
            for x in g:
                nar = simpleSplit(NARR[x["code"][1]].upper(), "Helvetica", 7.5, 440)
                if y < 60 + 10 * len(nar) + 40:
                    y = new_page()
                sect, abbr, _ = x["code"]
                lab(36, y, "RPT#", x["case_number"])
                lab(170, y, "RD", rd)
                lab(230, y, "OFF", f"{sect} / {abbr}")
                y -= 10
                lab(36, y, "RPTD", f"{md(x['rep'])} {x['rep']:%H%M}")
                lab(170, y, "OCC", f"{md(x['occ'])} {x['occ']:%H%M}")
                lab(330, y, "LOC", x["location"])
                y -= 10
                lab(36, y, "DSP", DISPO[x["clr"]])
                lab(110, y, "CLR", x["clr"])
                lab(170, y, "DEP", "#" + x["officer"])
                if x["related"]:
                    k, n = x["related"][0]
                    lab(330, y, "XRF", f"{dict(booking_number='BKG', other_agency_case='OA', citation='CIT')[k]} {n}")
                y -= 10
                for i, line in enumerate(nar):
                    if i == 0:
                        lab(36, y, "NAR", line)
                    else:
                        c.drawString(58, y, line)
                    y -= 10
                y -= 7
        c.setFont("Helvetica-Bold", 8)
        c.drawString(36, y - 4, f"ABSTRACTS THIS PERIOD: {len(recs)}")
        return page[0]

    two_pass(path, size, draw)


# ---- 4 Ashgrove: teletype-style free text, Courier capitals, district groups, id after "RPT" mid-entry
def draw_ag(path, recs, run):
    groups = grouped(recs, "group")
    recs[:] = [x for _, g in groups for x in g]
    size = letter
    for x in recs:
        sect, abbr, _ = x["code"]
        extra = "".join(f" {dict(booking_number='BKG', other_agency_case='OTHER AGCY CASE', citation='CIT')[k]} {n}."
                        for k, n in x["related"])
        x["text"] = (f"{x['rep']:%m/%d/%y %H%M} {sect.replace(' ', '')} {abbr} AT {x['location']}. RPT {x['case_number']}. "
                     f"{NARR[abbr].upper()}.{extra} CLR {x['clr']}/{DISPO[x['clr']]}. OFC {x['officer']}.")
        x["gt"] = {"reported_at": f"{x['rep']:%m/%d/%y %H%M}", "offense": sect.replace(" ", ""), "type": abbr,
                   "location": x["location"], "summary": NARR[abbr].upper(), "disposition": DISPO[x["clr"]]}

    def draw(c, total):
        page = [0]

        def new_page():
            if page[0]:
                c.showPage()
            page[0] += 1
            c.setFont("Courier-Bold", 9)
            c.drawString(40, size[1] - 32, f"ASHGROVE PD  DAILY CASE ABSTRACT  {run['label']}")
            c.setFont("Courier", 8)
            c.drawRightString(size[0] - 40, size[1] - 32, f"PG {page[0]}/{total}")
            c.drawString(40, 24, "ABST/TTY  LINE 2  555-0177  ** END OF PAGE **")
            return size[1] - 52

        y = new_page()
        c.setFont("Courier", 7.5)
        legend = ["ABBREVS: PC=PENAL CODE VC=VEHICLE CODE HS=HEALTH+SAFETY MC=MUNI CODE",
                  "         CLR CA=ARREST CE=EXCEPT AO=OPEN IN=INACTIVE UF=UNFOUNDED RO=REFERRED",
                  "         RPT=CASE NO  BKG=BOOKING  CIT=CITATION  OFC=BADGE  DIST=REPORTING DISTRICT"]
        for line in legend:
            c.drawString(40, y, line)
            y -= 9
        y -= 8
        for dist, g in groups:
            if y < 110:
                y = new_page()
            c.setFont("Courier-Bold", 8.5)
            c.drawString(40, y, f"==== DIST {dist} - {len(g)} ENTRIES ====")
            y -= 13
            c.setFont("Courier", 8.5)
            for x in g:
                lines = simpleSplit(x["text"], "Courier", 8.5, 470)
                if y < 40 + 10 * len(lines):
                    y = new_page()
                    c.setFont("Courier", 8.5)
                for i, line in enumerate(lines):
                    c.drawString(40 if i == 0 else 70, y, line)
                    y -= 10
                y -= 4
        c.setFont("Courier-Bold", 8.5)
        c.drawString(40, y - 6, f"ENTRIES THIS ABSTRACT: {len(recs)}")
        return page[0]

    two_pass(path, size, draw)


# ---- 5 Tolliver Bay Harbor: landscape, grouped by code section, occurred range, officer/clearance line,
#      clearance-by-district cross-tab at the end
TB_COLS = [(36, "Case No"), (92, "RD"), (112, "Rptd"), (166, "Occ From"), (220, "Occ To"), (274, "Location"),
           (404, "Slip"), (430, "Vsl"), (452, "Disp"), (490, "Ofc"), (516, "Clr"), (536, "Src")]


def draw_tb(path, recs, run):
    order = {code[0]: i for i, code in enumerate(CODES)}
    recs.sort(key=lambda x: (order[x["code"][0]], x["case_number"]))
    groups = []
    for x in recs:
        if not groups or groups[-1][0] != x["code"]:
            groups.append((x["code"], []))
        groups[-1][1].append(x)
    yy = lambda d: d.strftime("%m/%d/%y %H%M")  # noqa: E731
    for x in recs:
        x["gt"] = {"offense": x["code"][0], "reported_at": yy(x["rep"]),
                   "occurred_at": f"{yy(x['occ'])} {yy(x['rep'])}", "location": x["location"],
                   "disposition": DISPO[x["clr"]], "summary": NARR[x["code"][1]]}

    def draw(c, total):
        page = [0]

        def new_page():
            if page[0]:
                c.showPage()
            page[0] += 1
            furniture(c, LAND, "TOLLIVER BAY HARBOR POLICE - OFFENSES BY CODE SECTION",
                      f"{run['label']}   Sections per key on last page   Report HB-22", page[0], total)
            heading_cols(c, TB_COLS, LAND[1] - 62)
            return LAND[1] - 76

        y = new_page()
        for (sect, abbr, desc), g in groups:
            if y < 90:
                y = new_page()
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(36, y, f"{sect}   {abbr}   {desc.upper()}   ({len(g)})")
            y -= 11
            for x in g:
                if y < 56:
                    y = new_page()
                c.setFont("Helvetica", 6.8)
                vals = [x["case_number"], x["group"], yy(x["rep"]), yy(x["occ"]), yy(x["rep"]), x["location"],
                        f"{'ABCD'[int(x['officer']) % 4]}-{int(x['officer']) % 40:02d}", str(int(x["officer"]) % 3),
                        DISPO[x["clr"]], x["officer"], x["clr"], ["RADIO", "PHONE", "DESK"][int(x["officer"]) % 3]]
                for (cx, _), v in zip(TB_COLS, vals):
                    c.drawString(cx, y, v)
                y -= 8.5
                c.setFont("Helvetica-Oblique", 6.3)
                extra = "".join(f"   {dict(booking_number='Bkg', other_agency_case='Agcy case', citation='Cite')[k]} {n}"
                                for k, n in x["related"])
                c.drawString(112, y, f"Ofc {x['officer']} / Clr {x['clr']}{extra}   -   {NARR[x['code'][1]]}")
                y -= 10.5
        if y < 200:
            y = new_page()
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, y - 4, f"Cases listed: {len(recs)}")
        y -= 22
        c.drawString(36, y, "CLEARANCES BY REPORTING DISTRICT")
        y -= 11
        c.drawString(36, y, "RD")
        for i, (code, _) in enumerate(CLEAR):
            c.drawString(80 + 40 * i, y, code)
        c.drawString(330, y, "Total")
        y -= 10
        c.setFont("Helvetica", 7.5)
        for rd in sorted({x["group"] for x in recs}):
            c.drawString(36, y, rd)
            for i, (code, _) in enumerate(CLEAR):
                c.drawString(80 + 40 * i, y, str(sum(1 for x in recs if x["group"] == rd and x["clr"] == code)))
            c.drawString(330, y, str(sum(1 for x in recs if x["group"] == rd)))
            y -= 10
        y -= 8
        c.setFont("Helvetica", 7)
        c.drawString(36, y, "KEY  Clr: " + "  ".join(f"{a}={b}" for a, b in CLEAR))
        c.drawString(36, y - 9, "Sections: " + "  ".join(f"{s} {a}" for s, a, _ in CODES[:8]))
        c.drawString(36, y - 18, "          " + "  ".join(f"{s} {a}" for s, a, _ in CODES[8:]))
        return page[0]

    two_pass(path, LAND, draw)


AGENCIES = [
    {"folder": "harlow-mesa-ca-pd", "agency": "Harlow Mesa Police Department, CA [invented]",
     "doc_type": "RMS case activity by reporting district (landscape, officer and clearance line, key page)",
     "layout": "table with header", "id_fmt": lambda n: f"HM25-{n:06d}", "groups": ["0412", "0415", "0421", "0433", "0436", "0440"],
     "related_fmt": {"booking_number": lambda r: f"25-B{r.randint(1000, 9999)}",
                     "other_agency_case": lambda r: f"CHP25-{r.randint(10000, 99999)}",
                     "citation": lambda r: f"HM{r.randint(100000, 999999)}"},
     "fields": ["offense", "type", "reported_at", "occurred_at", "location", "disposition"], "draw": draw_hm,
     "runs": [{"file": "hmpd-case-activity-2025-10-13-19.pdf", "n": 104, "day": 13, "days": 7, "first": 14200,
               "label": "10/13/2025 - 10/19/2025"},
              {"file": "hmpd-case-activity-2025-10-20-26.pdf", "n": 86, "day": 20, "days": 7, "first": 14470,
               "label": "10/20/2025 - 10/26/2025"}],
     "count_check": "TOTAL REPORTS THIS PERIOD: N equals record_count; RPTS per district add up to N",
     "notes": "Landscape RMS listing with 13 narrow columns; records grouped under REPORTING DISTRICT headings with "
              "'N RPTS' at the right; each record's second line (italic) holds RO #badge, CLR code and related "
              "numbers (BKG booking, XREF other agency case, CIT citation). Reported and occurred date and time in "
              "four separate columns. Last page is a key: code sections with a 'Cited' count column, clearance and "
              "premise codes - rows that look like records but are not."},
    {"folder": "dunmore-flats-ca-pd", "agency": "Dunmore Flats Police Department, CA [invented]",
     "doc_type": "incidents by beat (landscape, code section first, date only in day subheadings)",
     "layout": "table with header", "id_fmt": lambda n: f"25DF-{n:05d}", "groups": ["1", "2", "3", "4", "5"],
     "related_fmt": {"booking_number": lambda r: f"BK{r.randint(250000, 259999)}",
                     "other_agency_case": lambda r: f"PHSO-25-{r.randint(1000, 9999)}",
                     "citation": lambda r: f"DF{r.randint(4000000, 4999999)}"},
     "fields": ["offense", "type", "reported_at", "location", "disposition"], "draw": draw_df,
     "runs": [{"file": "dfpd-incidents-by-beat-2025-10-13-19.pdf", "n": 128, "day": 13, "days": 7, "first": 8800,
               "label_end": "10/19/2025"}],
     "count_check": "INCIDENTS ALL BEATS: N equals record_count; INCIDENTS per beat add up to N",
     "notes": "Landscape, beats (BEAT 3  AIRPORT - N INCIDENTS) then day subheadings (TUE 10/14/2025); rows give only "
              "the time, the code section and abbreviation come first and the case number is the fourth column. An "
              "Xref No column holds a booking (BK), citation (DF) or other agency case (PHSO-25-). Ends with "
              "'INCIDENTS ALL BEATS: N' and clearance-code count lines. reported_at joins the day subheading's date "
              "and the row's time."},
    {"folder": "pinecrest-hollow-county-ca-so", "agency": "Pinecrest Hollow County Sheriff's Office, CA [invented]",
     "doc_type": "report abstracts (labelled blocks with coded labels, by reporting district)",
     "layout": "labelled blocks", "id_fmt": lambda n: f"PH25-{n:05d}", "groups": ["07", "11", "12", "18", "23"],
     "related_fmt": {"booking_number": lambda r: f"J25-{r.randint(10000, 99999)}",
                     "other_agency_case": lambda r: f"CHP-{r.randint(100000, 999999)}",
                     "citation": lambda r: f"C{r.randint(1000000, 9999999)}"},
     "fields": ["offense", "reported_at", "occurred_at", "location", "disposition", "summary"], "draw": draw_ph,
     "runs": [{"file": "phcso-abstracts-2025-10-06-12.pdf", "n": 52, "day": 6, "days": 7, "first": 30110,
               "label": "10/06/2025 - 10/12/2025"},
              {"file": "phcso-abstracts-2025-10-13-19.pdf", "n": 61, "day": 13, "days": 7, "first": 30250,
               "label": "10/13/2025 - 10/19/2025"}],
     "count_check": "ABSTRACTS THIS PERIOD: N equals record_count; REPORTS per RD add up to N",
     "notes": "Labelled blocks whose labels are short codes (RPT#, RD, OFF, RPTD, OCC, LOC, DSP, CLR, DEP, XRF, NAR) "
              "explained by a LABEL KEY paragraph on page 1; three pairs per line; blocks grouped under 'RD 07 (N "
              "REPORTS)'. XRF holds a booking (BKG J25-), citation (CIT C) or other agency case (OA CHP-). Narratives "
              "in capitals, some wrapped."},
    {"folder": "ashgrove-ca-pd", "agency": "Ashgrove Police Department, CA [invented]",
     "doc_type": "daily case abstract (teletype-style free text, by district)",
     "layout": "free text", "id_fmt": lambda n: f"25-A{n:05d}", "groups": ["14", "15", "22", "31"],
     "related_fmt": {"booking_number": lambda r: f"25-B{r.randint(10000, 99999)}",
                     "other_agency_case": lambda r: f"SCSO 25-{r.randint(100000, 999999)}",
                     "citation": lambda r: f"25-C{r.randint(10000, 99999)}"},
     "fields": ["reported_at", "offense", "type", "location", "summary", "disposition"], "draw": draw_ag,
     "runs": [{"file": "agpd-case-abstract-2025-10-14-15.pdf", "n": 66, "day": 14, "days": 2, "first": 1180,
               "label": "10/14/25-10/15/25"},
              {"file": "agpd-case-abstract-2025-10-16-17.pdf", "n": 58, "day": 16, "days": 2, "first": 1330,
               "label": "10/16/25-10/17/25"}],
     "count_check": "ENTRIES THIS ABSTRACT: N equals record_count; ENTRIES per DIST add up to N",
     "notes": "Courier capitals, no columns: an abbreviation legend, then '==== DIST 14 - N ENTRIES ====' sections; "
              "each entry is one run-on paragraph (wrapped with a hanging indent): 'MM/DD/YY HHMM PC459 BURG AT "
              "place. RPT 25-ANNNNN. narrative. [BKG 25-BNNNNN. | CIT 25-CNNNNN. | OTHER AGCY CASE SCSO 25-NNNNNN.] "
              "CLR AO/OPEN. OFC NNNN.' The id sits mid-entry after RPT; bookings and citations share its shape "
              "(25-B, 25-C against 25-A)."},
    {"folder": "tolliver-bay-ca-harbor-pd", "agency": "Tolliver Bay Harbor Police, CA [invented]",
     "doc_type": "offenses by code section (landscape, occurred range, officer and clearance line, cross-tab)",
     "layout": "table with header", "id_fmt": lambda n: f"TB-25-{n:05d}", "groups": ["H1", "H2", "H3", "H4"],
     "related_fmt": {"booking_number": lambda r: f"{r.randint(2500000, 2599999)}",
                     "other_agency_case": lambda r: f"USCG-{r.randint(1000, 9999)}-25",
                     "citation": lambda r: f"TBH{r.randint(10000, 99999)}"},
     "fields": ["offense", "reported_at", "occurred_at", "location", "disposition", "summary"], "draw": draw_tb,
     "runs": [{"file": "tbhp-offenses-by-section-2025-10.pdf", "n": 97, "day": 1, "days": 31, "first": 2100,
               "label": "October 2025"}],
     "count_check": "Cases listed: N equals record_count; the (N) after each code-section heading adds up to N",
     "notes": "Landscape; records grouped under code-section headings ('PC 459   BURG   BURGLARY   (7)') in key "
              "order, by case number within a section, so the document is not in time order. Occurred as two "
              "columns Occ From / Occ To (MM/DD/YY HHMM). Second line per record (italic): 'Ofc NNNN / Clr XX', "
              "related numbers (Bkg, Cite, Agcy case USCG-) and a short summary. Ends with 'Cases listed: N', a "
              "CLEARANCES BY REPORTING DISTRICT cross-tab whose rows (H1 3 0 5 ...) look like records, and a key."},
]


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for number, spec in enumerate(AGENCIES, 1):
        r = random.Random(SEED + number)
        folder = out / spec["folder"]
        folder.mkdir(parents=True, exist_ok=True)
        entries = []
        for run in spec["runs"]:
            recs = records(r, run["n"], run["day"], run["days"], spec["id_fmt"], run["first"],
                           spec["groups"], spec["related_fmt"])
            path = folder / run["file"]
            spec["draw"](path, recs, run)
            entries.append(entry(path, spec["agency"], spec["doc_type"], spec["layout"], recs, spec["fields"],
                                 spec["notes"], spec["count_check"], number))
        groundtruth(folder, spec["agency"], entries)


if __name__ == "__main__":
    main()
