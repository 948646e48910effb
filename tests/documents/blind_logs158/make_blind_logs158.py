"""Generate a held-out set of incident logs ordered by something other than time (blind_logs158).

Five agencies, five layouts, one trap each, all of them about logs grouped by offence category, beat,
zone, street or call type rather than by time, with group headings and subtotals, records out of
time order, and an incident listed under two groups with a cross-reference line in the second: a
table grouped by offence category whose cross-reference rows repeat the id, date and time and whose
subtotals count offence lines, not incidents; labelled blocks grouped by beat where a boundary call
gets a second block that starts with the same `Incident No.:` label; free text grouped alphabetically
by street where an intersection incident is cited again as `Also see Case ...` under the second
street; numbered paragraphs grouped by zone whose numbering restarts in each zone and numbers the
cross-reference paragraphs too; an outline by district and call type where a reclassified incident
is listed again under the call type it was received as. Everything is invented. Output is
deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs158/make_blind_logs158.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20260158
CATEGORIES = {  # offence category -> offences, in the order the categories are printed
    "CRIMES AGAINST PERSONS": ["Assault", "Harassment", "Domestic dispute", "Threats"],
    "PROPERTY CRIMES": ["Burglary - residential", "Burglary - commercial", "Theft from vehicle",
                        "Theft - shoplifting", "Vandalism", "Fraud - bank card"],
    "DRUG AND ALCOHOL OFFENSES": ["Drug possession", "Open container", "Liquor law violation"],
    "PUBLIC ORDER": ["Disturbance", "Trespass", "Noise complaint", "Disorderly conduct"],
    "SERVICE CALLS": ["Welfare check", "Suspicious person", "Suspicious vehicle", "Found property",
                      "Alarm - commercial", "Missing person - located"],
}
TYPES = [t for ts in CATEGORIES.values() for t in ts]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to detectives", "Unfounded",
         "Cleared - no further action", "Warning given", "Gone on arrival"]
STREETS = ["Oxbow Road", "Quarry Lane", "Sorrel Court", "Millrace Drive", "Tamarack Street", "Larch Avenue",
           "Cobble Way", "Heron Street", "Pinnacle Road", "Fallow Lane", "Cinder Avenue", "Wren Court"]
TEXT = ["Officers checked the area.", "The reporting party declined a statement.",
        "A neighbor's camera footage was requested.", "The building was found secure.",
        "Both parties were separated for the night.", "Extra patrol was requested.",
        "The owner will provide a list of missing items.", "Witnesses gave statements at the scene."]


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
    out, cur = [], ""
    for w in text.split():
        trial = (cur + " " + w).strip()
        if cur and stringWidth(trial, font, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = trial
    out.append(cur)
    return out


def draw(path, size, pages):
    """pages: list of list of items (y, x, text, font, size); a text of None draws a rule at y."""
    c = new_canvas(path, size)
    for items in pages:
        for y, x, text, font, fs in items:
            if text is None:
                c.setLineWidth(0.5)
                c.line(x, y, size[0] - x, y)
                continue
            c.setFont(font, fs)
            c.drawString(x, y, text)
        c.showPage()
    c.save()


def entry(path, agency, doc_type, layout, recs, notes, count_check):
    fields = ["reported_at", "type", "location", "disposition"]
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs158.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs158.py) from the records it drew; "
                               "checked by check_blind_logs157.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def paginate(header, footer, top, bottom):
    """A tiny page builder: add(lines) puts (x, text, font, size, lead) lines on the current page,
    breaking to a new page when they do not fit (whole when keep=True)."""
    pages = []
    state = {"y": 0}

    def new_page():
        pages.append(list(header(len(pages) + 1)))
        state["y"] = top

    def add(lines, keep=True, gap=0):
        need = sum(x[4] for x in lines)
        if not pages or (keep and state["y"] - need < bottom):
            new_page()
        for x, text, font, fs, lead in lines:
            if state["y"] - lead < bottom - lead:
                new_page()
            pages[-1].append((state["y"], x, text, font, fs))
            state["y"] -= lead
        state["y"] -= gap

    def finish():
        for k, it in enumerate(pages, 1):
            it.extend(footer(k, len(pages)))
        return pages

    return add, finish


def stamps(r, start, ndays, n):
    """n sorted distinct times over ndays days from start."""
    mins = sorted(r.sample(range(20, ndays * 1440 - 20), n))
    return [start + datetime.timedelta(minutes=m) for m in mins]


def base_records(r, start, ndays, n, fmt, serial, step=(1, 1, 2)):
    recs = []
    for t in stamps(r, start, ndays, n):
        serial += r.choice(step)
        recs.append({"serial": serial, "t": t, "id_fmt": fmt, "case_number": fmt.format(serial),
                     "type": r.choice(TYPES), "disposition": r.choice(DISPS), "rel": []})
    return recs


def block_loc(r, streets=STREETS):
    return f"{r.randint(1, 48) * 100} block of {r.choice(streets)}"


def footer_fn(label, font="Helvetica", size=8):
    return lambda k, m: [(28, 40, f"{label} - page {k} of {m}", font, size)]


# 1 ------------------------------------------------------------------ Marrowgate, NE: table by offence category
def marrowgate(d, r):
    agency = "Marrowgate Police Department, NE [invented]"
    recs = base_records(r, datetime.datetime(2025, 12, 1), 14, r.randint(84, 96), "25-{:05d}", 6100 + r.randint(0, 80))
    cats = list(CATEGORIES)
    for rec in recs:
        rec["cat"] = next(c for c in cats if rec["type"] in CATEGORIES[c])
        rec["location"] = block_loc(r) if r.random() < 0.7 else " and ".join(r.sample(STREETS, 2))
        rec["reported_at"] = rec["t"].strftime("%m/%d/%Y %H:%M")
        rec["unit"] = f"{r.choice('ABCD')}{r.randint(11, 39)}"
        rec["disp"] = rec["disposition"]
    # incidents with a second offence in a later category: a cross-reference row there
    cand = [rec for rec in recs if rec["cat"] != cats[-1]]
    for rec in r.sample(cand, 8):
        later = cats[cats.index(rec["cat"]) + 1:]
        c2 = r.choice(later)
        rec["second"] = (c2, r.choice(CATEGORIES[c2]))
    order = sorted(recs, key=lambda x: (cats.index(x["cat"]), x["type"], x["location"]))
    n, nx = len(recs), sum("second" in x for x in recs)
    assert 40 <= n <= 150
    W = [10, 17, 25, 35, 5]

    def row(cells):
        return "".join(c.ljust(w) for c, w in zip(cells, W)) + cells[-1]

    F, S, L = "Courier", 7.2, 9.2

    def header(k):
        return [(792 - 40, 40, "MARROWGATE POLICE DEPARTMENT [invented] - INCIDENTS BY OFFENSE CATEGORY",
                 "Courier-Bold", 9),
                (792 - 52, 40, "Period 12/01/2025 - 12/14/2025   Sort: category, offense, location   "
                               "Records 555-0113", F, S),
                (792 - 64, 40, row(["INCIDENT", "RECEIVED", "OFFENSE", "LOCATION", "UNIT", "DISPOSITION"]),
                 "Courier-Bold", S),
                (792 - 68, 40, None, F, S)]

    add, finish = paginate(header, footer_fn("Marrowgate PD offense category report", "Courier", 7.5), 792 - 82, 48)
    for c in cats:
        rows = [x for x in order if x["cat"] == c]
        xrows = sorted([x for x in recs if x.get("second", ("",))[0] == c], key=lambda x: x["second"][1])
        add([(40, f"CATEGORY: {c}", "Courier-Bold", S, L + 2)])
        for x in rows:
            add([(40, row([x["case_number"], x["reported_at"], x["type"], x["location"], x["unit"], x["disp"]]),
                  F, S, L)])
        for x in xrows:
            add([(40, row([x["case_number"], x["reported_at"], x["second"][1], x["location"], x["unit"],
                           f"X-REF see {x['cat']}"]), F, S, L)])
        add([(40, f"Subtotal {c}: {len(rows) + len(xrows)} offense lines", "Courier-Oblique", S, L + 6)])
    add([(40, f"Total offense lines: {n + nx}   Total incidents: {n} ({nx} incidents carry a second offense "
               "and are listed under both categories)", "Courier-Bold", S, L)])
    pages = finish()
    path = d / "marrowgate-incidents-by-offense-category-2025-12-01-14.pdf"
    draw(path, letter, pages)
    return [entry(path, agency, "two-week incident report grouped by offense category", "table with header", order,
                  "A Courier table `INCIDENT RECEIVED OFFENSE LOCATION UNIT DISPOSITION` grouped under "
                  "`CATEGORY: PROPERTY CRIMES` headings, sorted by category, offense and location, so the rows are "
                  "out of time order; each category ends `Subtotal ...: N offense lines`. Trap: an incident with a "
                  "second offense in a later category is listed there again as a cross-reference row that repeats "
                  "its id, date, time, location and unit, with the second offense in the OFFENSE column and "
                  "`X-REF see CRIMES AGAINST PERSONS` as its disposition; the subtotals count these rows, so they "
                  "add up to more than the incidents. The last line gives `Total offense lines: N   Total "
                  "incidents: N`.",
                  "rows counted by the generator; the last line gives the total of incidents")]


# 2 ------------------------------------------------------------------ Sallowfield County, KS: blocks by beat
BEATS = ["BEAT 1 - NORTH FORK", "BEAT 2 - QUARRY HILL", "BEAT 3 - MILLRACE", "BEAT 4 - TAMARACK FLATS",
         "BEAT 5 - HERON BOTTOMS"]


def sallowfield(d, r):
    agency = "Sallowfield County Sheriff's Office, KS [invented]"
    recs = base_records(r, datetime.datetime(2025, 12, 8), 7, r.randint(56, 66), "SC25-{:05d}", 2200 + r.randint(0, 90))
    for rec in recs:
        rec["beat"] = r.randrange(5)
        rec["location"] = (block_loc(r) if r.random() < 0.55 else
                           f"Highway {r.choice([14, 56, 177])} at mile {r.randint(2, 90)}" if r.random() < 0.5 else
                           f"County Road {r.randint(1, 40)} and {r.choice(STREETS)}")
        rec["reported_at"] = rec["t"].strftime("%m/%d/%Y %H:%M")
        rec["badge"] = r.randint(301, 349)
    for rec in r.sample([x for x in recs if x["beat"] < 4], 7):
        rec["xbeat"] = r.randrange(rec["beat"] + 1, 5)
    order = sorted(recs, key=lambda x: (x["beat"], x["location"].split(" ", 1)[-1], x["type"]))
    n = len(recs)
    assert 40 <= n <= 150
    F, S, L = "Helvetica", 9, 11.5

    def header(k):
        return [(792 - 42, 40, "Sallowfield County Sheriff's Office [invented] - Calls for Service by Beat",
                 "Helvetica-Bold", 12),
                (792 - 56, 40, "December 8-14, 2025. Sorted by beat, then location. Dispatch records 555-0127.",
                 "Helvetica-Oblique", 8.5)]

    add, finish = paginate(header, footer_fn("SCSO beat report"), 792 - 80, 50)
    for b, name in enumerate(BEATS):
        rows = [x for x in order if x["beat"] == b]
        xrows = [x for x in order if x.get("xbeat") == b]
        add([(40, name, "Helvetica-Bold", 11, 18)], gap=2)
        for x in rows:
            add([(48, ln, F, S, L) for ln in (
                f"Incident No.:   {x['case_number']}", f"Received:   {x['reported_at']}", f"Nature:   {x['type']}",
                f"Location:   {x['location']}", f"Deputy:   Badge {x['badge']}",
                f"Disposition:   {x['disposition']}")], gap=7)
        for x in xrows:
            add([(48, f"Incident No.:   {x['case_number']}   CROSS-REFERENCE: boundary call, full entry under "
                      f"{BEATS[x['beat']]}", F, S, L),
                 (48, f"Location:   {x['location']}", F, S, L)], gap=7)
        add([(40, f"Beat total: {len(rows)} incidents, {len(xrows)} cross-reference"
                  + ("" if len(xrows) == 1 else "s"), "Helvetica-Bold", 9, 12)], gap=10)
    add([(40, f"Total incidents, all beats: {n}. Cross-references are not counted.", "Helvetica-Bold", 10, 14)])
    pages = finish()
    path = d / "sallowfield-calls-by-beat-2025-12-08-14.pdf"
    draw(path, letter, pages)
    for rec in order:
        rec.pop("badge")
    return [entry(path, agency, "weekly calls-for-service report grouped by beat", "labelled blocks", order,
                  "Labelled blocks (`Incident No.:`, `Received:`, `Nature:`, `Location:`, `Deputy:`, "
                  "`Disposition:`) under beat headings `BEAT 2 - QUARRY HILL`, sorted by beat and location, so "
                  "the blocks are out of time order; each beat ends `Beat total: N incidents, M cross-references`. "
                  "Trap: a call on a beat boundary is listed in full under one beat and again under a later beat "
                  "as a two-line block that starts with the same `Incident No.:` label (`Incident No.: SC25-02251 "
                  "CROSS-REFERENCE: boundary call, full entry under BEAT 1 - NORTH FORK`, then `Location:`), so "
                  "counting `Incident No.:` labels counts those incidents twice. Ends `Total incidents, all "
                  "beats: N.`",
                  "blocks counted by the generator; the closing line gives the total")]


# 3 ------------------------------------------------------------------ Queddington, ME: free text by street
def queddington(d, r):
    agency = "Queddington Police Department, ME [invented]"
    recs = base_records(r, datetime.datetime(2025, 12, 15), 7, r.randint(46, 54), "25-{:04d}", 7100 + r.randint(0, 60))
    for rec in recs:
        if r.random() < 0.2:
            a, b = sorted(r.sample(STREETS, 2))
            rec["street"], rec["xstreet"], rec["location"] = a, b, f"{a} at {b}"
            rec["house"] = 99999
        else:
            rec["street"] = r.choice(STREETS)
            rec["house"] = r.randint(1, 48) * 100
            rec["location"] = f"{rec['house']} block of {rec['street']}"
        t = rec["t"]
        rec["reported_at"] = (f"Dec. {t.day}, {t.hour % 12 or 12}:{t.minute:02d} "
                              f"{'a.m.' if t.hour < 12 else 'p.m.'}")
        rec["disposition"] = rec["disposition"].lower()
        if r.random() < 0.15:
            rec["rel"].append(("earlier_case", f"25-{r.randint(6600, 7050):04d}"))
    order = sorted(recs, key=lambda x: (x["street"], x["house"], x["type"]))
    n, nx = len(recs), sum("xstreet" in x for x in recs)
    assert 40 <= n <= 150 and nx >= 4
    F, S, L, W = "Times-Roman", 10.5, 13, 500

    def header(k):
        return [(792 - 44, 40, "Queddington Police Department [invented] \u2014 Police Log by Street, "
                               "Dec. 15-21, 2025", "Times-Bold", 13),
                (792 - 59, 40, "Streets in alphabetical order; within a street by block. Front desk 555-0139.",
                 "Times-Italic", 9.5)]

    add, finish = paginate(header, footer_fn("Police log by street", "Times-Roman", 8.5), 792 - 84, 50)
    streets = sorted({x["street"] for x in recs} | {x["xstreet"] for x in recs if "xstreet" in x})
    for s in streets:
        rows = [x for x in order if x["street"] == s]
        xrows = [x for x in order if x.get("xstreet") == s]
        add([(40, s.upper(), "Times-Bold", 11.5, 17)], gap=2)
        for x in rows:
            txt = f"{x['reported_at']} {x['type']}, {x['location']}. {r.choice(TEXT)}"
            if x["rel"]:
                txt += f" Follow-up to case {x['rel'][0][1]}."
            txt += f" Case {x['case_number']}; {x['disposition']}."
            add([(40, ln, F, S, L) for ln in wrap(txt, F, S, W)], keep=False, gap=5)
        for x in xrows:
            add([(40, f"Also see Case {x['case_number']} under {x['street'].upper()} (intersection).",
                  "Times-Italic", S, L)], gap=5)
    add([(40, f"Streets listed: {len(streets)}. Incidents: {n}. Intersection incidents shown under both "
              f"streets: {nx}.", "Times-Bold", 10.5, 14)])
    pages = finish()
    path = d / "queddington-police-log-by-street-2025-12-15-21.pdf"
    draw(path, letter, pages)
    return [entry(path, agency, "weekly police log grouped by street", "free text", order,
                  "Prose entries under street headings in alphabetical order (`OXBOW ROAD`), within a street by "
                  "block, so the entries are out of time order: `Dec. 17, 2:15 p.m. Theft from vehicle, 1400 "
                  "block of Oxbow Road. Officers checked the area. Case 25-7123; report taken.`; the incident "
                  "number comes near the end of its entry; some entries cite an earlier case (`Follow-up to case "
                  "25-6871.`). Trap: an incident at an intersection is written in full under the first street "
                  "and cited again under the second street as `Also see Case 25-7123 under LARCH AVENUE "
                  "(intersection).`, so a search for `Case NN-NNNN` finds those incidents twice. Ends "
                  "`Streets listed: N. Incidents: N. Intersection incidents shown under both streets: N.`",
                  "entries counted by the generator; the closing line gives the total")]


# 4 ------------------------------------------------------------------ Ellerholt, WI: numbered paragraphs by zone
ZONES = ["ZONE A - DOWNTOWN", "ZONE B - RIVERSIDE", "ZONE C - EAST HILL", "ZONE D - AIRPORT ROAD"]


def ellerholt(d, r):
    agency = "Ellerholt Police Department, WI [invented]"
    recs = base_records(r, datetime.datetime(2025, 12, 1), 10, r.randint(64, 74), "2025-{:04d}", 1180 + r.randint(0, 50))
    for rec in recs:
        rec["zone"] = r.randrange(4)
        rec["location"] = block_loc(r) if r.random() < 0.8 else " and ".join(r.sample(STREETS, 2))
        rec["reported_at"] = rec["t"].strftime("%m/%d/%Y %H:%M")
        if r.random() < 0.12:
            rec["rel"].append(("earlier_report", f"2025-{r.randint(900, 1150):04d}"))
    for rec in r.sample([x for x in recs if x["zone"] < 3], 6):
        rec["xzone"] = r.randrange(rec["zone"] + 1, 4)
    order = sorted(recs, key=lambda x: (x["zone"], x["type"], x["location"]))
    n = len(recs)
    assert 40 <= n <= 150
    F, S, L, W = "Times-Roman", 10.5, 13, 470

    def header(k):
        return [(792 - 46, 40, "Ellerholt Police Department [invented] \u2014 Incident Summary by Patrol Zone",
                 "Times-Bold", 14),
                (792 - 62, 40, "December 1-10, 2025. Items are numbered within each zone. Records 555-0148.",
                 "Times-Italic", 10)]

    add, finish = paginate(header, footer_fn("Ellerholt PD zone summary", "Times-Roman", 9), 792 - 90, 52)
    total_items = 0
    for z, name in enumerate(ZONES):
        rows = [x for x in order if x["zone"] == z]
        xrows = [x for x in order if x.get("xzone") == z]
        add([(40, name, "Times-Bold", 12, 18)], gap=2)
        i = 0
        for x in rows:
            i += 1
            txt = (f"{x['case_number']}. Received {x['reported_at']}. {x['type']} at {x['location']}. "
                   f"{r.choice(TEXT)}")
            if x["rel"]:
                txt += f" Earlier report {x['rel'][0][1]}."
            txt += f" Disposition: {x['disposition']}."
            add([(40, f"{i}.", F, S, 0)] + [(64, ln, F, S, L) for ln in wrap(txt, F, S, W)], keep=False, gap=4)
        for x in xrows:
            i += 1
            txt = f"{x['case_number']}. Cross-reference: listed in full under {ZONES[x['zone']]} (assist by this zone)."
            add([(40, f"{i}.", F, S, 0)] + [(64, ln, F, S, L) for ln in wrap(txt, F, S, W)], keep=False, gap=4)
        total_items += i
        add([(40, f"{name.split(' - ')[0].title()}: {i} items ({len(rows)} incidents, {len(xrows)} "
                  f"cross-reference{'' if len(xrows) == 1 else 's'})", "Times-Italic", 10, 13)], gap=8)
    add([(40, f"All zones: {n} incidents in {total_items} numbered items.", "Times-Bold", 11, 14)])
    pages = finish()
    path = d / "ellerholt-incident-summary-by-zone-2025-12-01-10.pdf"
    draw(path, letter, pages)
    return [entry(path, agency, "incident summary grouped by patrol zone", "numbered paragraphs", order,
                  "Numbered paragraphs under zone headings (`ZONE B - RIVERSIDE`), sorted by zone, offense and "
                  "location, so they are out of time order: `3. 2025-1207. Received 12/04/2025 17:20. Vandalism "
                  "at 900 block of Heron Street. ... Disposition: Report taken.`; some cite an earlier report "
                  "(`Earlier report 2025-0977.`). Each zone ends `Zone B: 17 items (16 incidents, 1 "
                  "cross-reference)`. Trap: the numbering restarts at 1 in every zone, and an incident a unit "
                  "from another zone assisted is listed again there as a numbered paragraph of the same shape "
                  "`9. 2025-1207. Cross-reference: listed in full under ZONE A - DOWNTOWN (assist by this zone).`, so neither the "
                  "item numbers nor the numbered paragraphs count the incidents. Ends `All zones: N incidents in "
                  "M numbered items.`",
                  "paragraphs counted by the generator; the closing line gives the total")]


# 5 ------------------------------------------------------------------ Tamsworth, NM: outline by district and call type
DISTRICTS = ["NORTH", "CENTRAL", "SOUTH"]


def tamsworth(d, r):
    agency = "Tamsworth Police Department, NM [invented]"
    recs = base_records(r, datetime.datetime(2025, 12, 15), 7, r.randint(62, 72), "T25-{:06d}", 4100 + r.randint(0, 90))
    for rec in recs:
        rec["district"] = r.randrange(3)
        rec["location"] = block_loc(r) if r.random() < 0.75 else " and ".join(r.sample(STREETS, 2))
        rec["reported_at"] = rec["t"].strftime("%m/%d/%Y %H:%M")
        rec["unit"] = f"{r.randint(1, 3)}{r.choice('KLP')}{r.randint(10, 29)}"
    # reclassified incidents: received as a call type that sorts after the final one
    cand = [x for x in recs if x["type"] < max(TYPES)]
    for rec in r.sample(cand, 7):
        rec["received_as"] = r.choice([t for t in TYPES if t > rec["type"]])
    order = sorted(recs, key=lambda x: (x["district"], x["type"], x["location"]))
    n = len(recs)
    assert 40 <= n <= 150
    F, S, L = "Courier", 8, 10

    def header(k):
        return [(792 - 40, 40, "TAMSWORTH POLICE DEPARTMENT [invented]  CALLS BY DISTRICT AND FINAL CALL TYPE",
                 "Courier-Bold", 9),
                (792 - 52, 40, "Run 12/22/2025 06:10   Period 12/15/2025-12/21/2025   Dispatch 555-0162", F, 8)]

    add, finish = paginate(header, footer_fn("CAD outline report TPD-OL4", "Courier", 7.5), 792 - 74, 48)
    for dd, dname in enumerate(DISTRICTS):
        rows = [x for x in order if x["district"] == dd]
        add([(40, f"DISTRICT {dname} ({len(rows)} incidents)", "Courier-Bold", 9, 14)])
        types = sorted({x["type"] for x in rows} | {x["received_as"] for x in rows if "received_as" in x})
        for ty in types:
            full = [x for x in rows if x["type"] == ty]
            xr = [x for x in rows if x.get("received_as") == ty]
            add([(58, f"{ty} ({len(full)})", "Courier-Bold", S, L + 1)])
            for x in full:
                add([(76, f"{x['case_number']}  {x['reported_at']}  {x['type']}", F, S, L),
                     (112, f"{x['location']}; unit {x['unit']}; {x['disposition']}", F, S, L)])
            for x in xr:
                add([(76, f"{x['case_number']}  {x['reported_at']}  received as {ty}; reclassified, see {x['type']}",
                      F, S, L)])
        add([], gap=6)
    nx = sum("received_as" in x for x in recs)
    add([(40, f"Incidents listed: {n}. Reclassified incidents cross-referenced under their received call type: "
              f"{nx}.", "Courier-Bold", 8, 10)])
    pages = finish()
    path = d / "tamsworth-calls-by-district-and-type-2025-12-15-21.pdf"
    draw(path, letter, pages)
    return [entry(path, agency, "weekly CAD outline report by district and final call type",
                  "other: indented outline by district and call type", order,
                  "An indented outline: `DISTRICT NORTH (23 incidents)`, then the final call types in alphabetical "
                  "order with their counts (`Theft from vehicle (3)`), then each incident on two indented lines "
                  "`T25-004123  12/18/2025 03:14  Theft from vehicle` / `1400 block of Oxbow Road; unit 2K14; "
                  "Report taken`, sorted by district, call type and location, so out of time order. Trap: an "
                  "incident reclassified after dispatch is listed again under the call type it was received as, "
                  "on a line of the same shape `T25-004123  12/18/2025 03:14  received as Trespass; "
                  "reclassified, see Burglary - residential`; the counts in the headings leave those lines out. "
                  "Ends `Incidents listed: N. Reclassified incidents cross-referenced ...: M.`",
                  "entries counted by the generator; the closing line gives the total")]


AGENCIES = [("marrowgate-ne-pd", 1, marrowgate), ("sallowfield-county-ks-so", 2, sallowfield),
            ("queddington-me-pd", 3, queddington), ("ellerholt-wi-pd", 4, ellerholt),
            ("tamsworth-nm-pd", 5, tamsworth)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
