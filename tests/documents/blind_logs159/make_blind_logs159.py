"""Generate a held-out set of daily activity logs that mix incidents with other work (blind_logs159).

Five agencies, five layouts, one trap each. Every log prints the agency's whole day in one sequence:
incidents among civil process served, prisoner transports, court security details, warrants served
and property releases, each activity with a number of its own series; only the incidents are
records. The traps: a table whose six series are all numbered in the same `25-NNNNN` shape, told
apart only by a three-letter code column; labelled blocks in which transports, warrants and
property releases cite the incident they stem from (`INCIDENT REF.:`), so incident numbers are
printed again in blocks that are no records; a prose narrative whose property releases print item
numbers built from an incident number (`25-3312-02`); numbered paragraphs whose item numbers run over
every activity, so the last item number is not the incident count; a duty-board matrix with one
column per series, all numbered alike, where only the column tells an incident from other work.
Everything is invented. Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs159/make_blind_logs159.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20260159
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card",
         "Found property", "Noise complaint", "Missing person - located", "Harassment"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to detectives", "Unfounded",
         "Cleared - no further action", "Warning given", "Gone on arrival"]
STREETS = ["Oxbow Road", "Quarry Lane", "Sorrel Court", "Millrace Drive", "Tamarack Street", "Larch Avenue",
           "Cobble Way", "Heron Street", "Pinnacle Road", "Fallow Lane", "Cinder Avenue", "Wren Court"]
PLACES = ["Riverside Mall east lot", "Transit center bay 4", "Municipal pool", "High school bus loop",
          "Library parking garage"]
KINDS = ["civil", "transport", "court", "warrant", "property"]
DESC = {
    "civil": ["Small claims summons served", "Eviction notice posted", "Protective order served",
              "Subpoena served", "Writ of restitution served"],
    "transport": ["County jail to District Court", "Holding cell to county jail", "County jail to state hospital",
                  "District Court to county jail"],
    "court": ["District Court, courtroom 2", "Probate Court lobby screening", "Superior Court, jury assembly"],
    "warrant": ["Failure to appear warrant", "Bench warrant", "Probation violation warrant"],
    "property": ["Bicycle released to owner", "Wallet returned to owner", "Phone released to owner",
                 "Tools released to owner"],
}
RESULT = {"civil": ["Served", "Not served - no contact", "Posted"], "transport": ["Completed"],
          "court": ["No incidents", "One removal, no arrest"], "warrant": ["Arrest, booked", "Not located"],
          "property": ["Released"]}
COURTHOUSE = "County courthouse"


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


def location(r, amp="and"):
    k = r.random()
    if k < 0.5:
        return f"{r.randint(1, 48) * 100} block of {r.choice(STREETS)}"
    if k < 0.85:
        a, b = r.sample(STREETS, 2)
        return f"{a} {amp} {b}"
    return r.choice(PLACES)


def day_plan(r, start, n_inc, n_oth, days=7):
    """Per day, sorted (time, kind) with n_inc incidents and n_oth other activities (ranges)."""
    plan = []
    for k in range(days):
        day = start + datetime.timedelta(days=k)
        kinds = ["incident"] * r.randint(*n_inc) + [r.choice(KINDS) for _ in range(r.randint(*n_oth))]
        mins = sorted(r.sample(range(15, 1440 - 15), len(kinds)))
        r.shuffle(kinds)
        plan += [(day + datetime.timedelta(minutes=m), kind) for m, kind in zip(mins, kinds)]
    return plan


def activities(r, plan, inc_num, oth_num, amp="and"):
    """Plain dicts for every activity; inc_num(serial) and oth_num(kind, serial) format the numbers."""
    acts, serial = [], {"incident": 0, **dict.fromkeys(KINDS, 0)}
    base = {"incident": r.randint(0, 40), "civil": r.randint(0, 60), "transport": r.randint(0, 60),
            "court": r.randint(0, 60), "warrant": r.randint(0, 60), "property": r.randint(0, 60)}
    for t, kind in plan:
        serial[kind] += r.choice([1, 1, 1, 2]) if kind == "incident" else r.choice([1, 1, 2, 3])
        n = base[kind] + serial[kind]
        a = {"kind": kind, "t": t, "badge": r.randint(201, 389), "rel": []}
        if kind == "incident":
            a.update(case_number=inc_num(n), type=r.choice(TYPES), location=location(r, amp),
                     disposition=r.choice(DISPS))
        else:
            a.update(number=oth_num(kind, n), desc=r.choice(DESC[kind]), result=r.choice(RESULT[kind]),
                     place=COURTHOUSE if kind in ("court", "transport") else location(r, amp))
        acts.append(a)
    return acts


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


def paginate(header, footer, top, bottom):
    """add(lines) puts (x, text, font, size, lead) lines on the current page, breaking to a new page
    when they do not fit (whole when keep=True). A lead of 0 keeps the next line on the same y."""
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


def entry(path, agency, doc_type, layout, acts, notes, count_check):
    fields = ["reported_at", "type", "location", "disposition"]
    recs = [a for a in acts if a["kind"] == "incident"]
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}}
               for i in (0, n // 2, n - 1)]
    return [{
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs159.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs159.py) from the records it drew; "
                               "checked by check_blind_logs159.py against `pdftotext -layout` text",
        "record_count_check": count_check,
        "other_activities_not_records": len(acts) - n, "notes": notes,
    }]


# 1 ------------------------------------------------------------------ Harrowgate County, KS: table, one number shape
HARROW_CODE = {"incident": "INC", "civil": "CPS", "transport": "TRN", "court": "CRT", "warrant": "WSV",
               "property": "PRR"}
HARROW_SERIES = {"incident": 6, "civil": 0, "transport": 1, "court": 2, "warrant": 3, "property": 4}


def harrowgate(d, r):
    agency = "Harrowgate County Sheriff's Office, KS [invented]"
    plan = day_plan(r, datetime.datetime(2025, 12, 1), (8, 12), (4, 7))
    acts = activities(r, plan, lambda n: f"25-06{200 + n:03d}",
                      lambda k, n: f"25-{HARROW_SERIES[k]}{400 + n:04d}")
    for a in acts:
        a["reported_at"] = a["t"].strftime("%m/%d/%Y %H:%M")
    n, m = sum(a["kind"] == "incident" for a in acts), len(acts)
    assert 40 <= n <= 150
    size = landscape(letter)
    F, S, L = "Helvetica", 7.6, 10
    cols = [36, 96, 128, 206, 372, 548, 590]
    heads = ["NUMBER", "CODE", "DATE / TIME", "ACTIVITY", "LOCATION", "BADGE", "RESULT"]

    def header(k):
        return [(612 - 34, 36, "HARROWGATE COUNTY SHERIFF'S OFFICE [invented] - DAILY ACTIVITY LOG", "Helvetica-Bold", 10),
                (612 - 47, 36, "Dec 1-7, 2025. Codes: INC incident, CPS civil process, TRN prisoner transport, "
                               "CRT court security, WSV warrant served, PRR property release. Records 555-0117.",
                 F, 7.5)] + [(612 - 64, x, h, "Helvetica-Bold", 7.6) for x, h in zip(cols, heads)] + [
                (612 - 68, 36, None, F, 7)]

    add, finish = paginate(header, lambda k, m: [(26, 36, f"Daily activity log - page {k} of {m}", F, 7.5)],
                           612 - 80, 44)
    for a in acts:
        if a["kind"] == "incident":
            cells = [a["case_number"], "INC", a["reported_at"], a["type"], a["location"], str(a["badge"]),
                     a["disposition"]]
        else:
            cells = [a["number"], HARROW_CODE[a["kind"]], a["reported_at"], a["desc"], a["place"], str(a["badge"]),
                     a["result"]]
        add([(x, c, F, S, 0) for x, c in zip(cols[:-1], cells[:-1])] + [(cols[-1], cells[-1], F, S, L)])
    tally = " | ".join(f"{HARROW_CODE[k]} {sum(a['kind'] == k for a in acts)}" for k in HARROW_CODE)
    add([(36, f"Activities Dec 1-7, 2025: {m} | {tally}", "Helvetica-Bold", 8.5, 14)])
    pages = finish()
    path = d / "harrowgate-county-daily-activity-log-2025-12-01-07.pdf"
    draw(path, size, pages)
    return entry(path, agency, "daily activity log (all work of the office, one sequence)", "table with header", acts,
                 "A week of the office's daily activity log as one table: `NUMBER CODE DATE / TIME ACTIVITY LOCATION "
                 "BADGE RESULT`, one row per activity in time order. Incidents (`INC`) are mixed with civil process "
                 "served (`CPS`), prisoner transports (`TRN`), court security details (`CRT`), warrants served "
                 "(`WSV`) and property releases (`PRR`); only the incidents are records. Trap: every series is "
                 "numbered in the same shape `25-NNNNN` (incidents 25-06xxx, civil process 25-00xxx, transports "
                 "25-01xxx, ...), so a number pattern finds every row; only the three-letter code column tells an "
                 "incident row from other work. The closing line gives all activities and a count per code "
                 "(`INC N`).",
                 "incident rows counted by the generator; the closing line gives `INC N`")


# 2 ------------------------------------------------------------------ Quillfield, NH: labelled blocks, incident refs
QUILL_NAME = {"incident": "Incident", "civil": "Civil process", "transport": "Prisoner transport",
              "court": "Court security", "warrant": "Warrant served", "property": "Property release"}
QUILL_PFX = {"civil": "CP", "transport": "TR", "court": "CS", "warrant": "WS", "property": "PR"}


def quillfield(d, r):
    agency = "Quillfield Police Department, NH [invented]"
    plan = day_plan(r, datetime.datetime(2025, 12, 8), (6, 9), (3, 5))
    acts = activities(r, plan, lambda n: f"2025-0{1400 + n:04d}", lambda k, n: f"{QUILL_PFX[k]}-25-{100 + n:04d}")
    seen = []
    for a in acts:
        a["reported_at"] = a["t"].strftime("%m/%d/%Y %H:%M")
        if a["kind"] == "incident":
            if r.random() < 0.12:
                a["rel"].append(("prior_case", f"2025-0{r.randint(900, 1350):04d}"))
            seen.append(a["case_number"])
        elif a["kind"] in ("transport", "warrant", "property") and seen and r.random() < 0.7:
            a["ref"] = r.choice(seen[-8:])
    n = len(seen)
    assert 40 <= n <= 150 and sum("ref" in a for a in acts) >= 5
    F, B, S, L = "Helvetica", "Helvetica-Bold", 9, 11.2

    def header(k):
        return [(792 - 40, 40, "QUILLFIELD POLICE DEPARTMENT [invented] - DAILY ACTIVITY JOURNAL", B, 11),
                (792 - 53, 40, "Week of December 8-14, 2025. All logged activity in time order. Records 555-0123.",
                 F, 8.5), (792 - 58, 40, None, F, 8)]

    add, finish = paginate(header, lambda k, m: [(30, 40, f"Activity journal - page {k} of {m}", F, 8)], 792 - 76, 48)
    day = None
    for a in acts:
        if a["t"].date() != day:
            day = a["t"].date()
            add([(40, a["t"].strftime("%A, %B %-d, %Y").upper(), B, 10, 15)], gap=2)
        inc = a["kind"] == "incident"
        lines = [(40, f"ACTIVITY: {QUILL_NAME[a['kind']]}", B, S, 0),
                 (300, f"NO.: {a['case_number'] if inc else a['number']}", B, S, L),
                 (40, f"TIME: {a['reported_at']}", F, S, 0), (300, f"BADGE: {a['badge']}", F, S, L)]
        if inc:
            lines += [(40, f"NATURE: {a['type']}", F, S, L), (40, f"LOCATION: {a['location']}", F, S, L)]
            lines += [(40, f"PRIOR CASE: {num}", F, S, L) for _, num in a["rel"]]
            lines += [(40, f"DISPOSITION: {a['disposition']}", F, S, L)]
        else:
            lines += [(40, f"DETAILS: {a['desc']}", F, S, L), (40, f"LOCATION: {a['place']}", F, S, L)]
            if "ref" in a:
                lines += [(40, f"INCIDENT REF.: {a['ref']}", F, S, L)]
            lines += [(40, f"RESULT: {a['result']}", F, S, L)]
        add(lines, gap=7)
    add([(40, f"Journal entries this week: {len(acts)}. Incidents: {n}.", B, 9.5, 14)])
    pages = finish()
    path = d / "quillfield-daily-activity-journal-2025-12-08-14.pdf"
    draw(path, letter, pages)
    return entry(path, agency, "daily activity journal (all logged activity)", "labelled blocks", acts,
                 "One labelled block per activity under day headings: `ACTIVITY: Incident  NO.: 2025-01412`, "
                 "`TIME:`, `BADGE:`, then for incidents `NATURE:`, `LOCATION:`, sometimes `PRIOR CASE:` (an "
                 "earlier incident, listed in `related_numbers`), `DISPOSITION:`; other activities (civil process "
                 "`CP-25-`, prisoner transports `TR-25-`, court security `CS-25-`, warrants served `WS-25-`, "
                 "property releases `PR-25-`) carry `DETAILS:`, `LOCATION:` and `RESULT:`. Only the incident "
                 "blocks are records. Trap: transport, warrant and property-release blocks cite the incident they "
                 "stem from (`INCIDENT REF.: 2025-01412`), an incident of this same log printed earlier, so "
                 "incident numbers are printed a second time in blocks that are no records, and an incident number "
                 "can sit right under a block's `NO.:`. Ends `Journal entries this week: M. Incidents: N.`",
                 "incident blocks counted by the generator; the closing line gives the total")


# 3 ------------------------------------------------------------------ Ambry Hollow, ME: prose, property item numbers
AMBRY_TEXT = ["The owner's window was smashed and a bag taken.", "Officers checked the area and found no one.",
              "A caller reported loud music and shouting.", "The reporting party's bicycle was recovered nearby.",
              "Both parties were separated for the night.", "A store employee described the suspect's vehicle.",
              "The building was found secure and the keyholder was notified.",
              "Witnesses gave statements at the scene.", "The caller did not wish to pursue charges."]
AMBRY_PFX = {"civil": "C", "transport": "T", "court": "S", "warrant": "W", "property": "P"}
AMBRY_ITEMS = ["bicycle", "wallet", "phone", "backpack", "power drill", "car keys", "laptop"]


def ambry(d, r):
    agency = "Ambry Hollow Police Department, ME [invented]"
    plan = day_plan(r, datetime.datetime(2025, 12, 15), (6, 9), (4, 6))
    acts = activities(r, plan, lambda n: f"25-{3300 + n:04d}", lambda k, n: f"{AMBRY_PFX[k]}-{400 + n:04d}")
    seen, open_inc = [], None
    for a in acts:
        a["reported_at"] = a["t"].strftime("%H%M") + " hrs"
        if a["kind"] == "incident":
            seen.append(a["case_number"])
            open_inc = a
        elif a["kind"] == "transport" and open_inc is not None and r.random() < 0.7:
            open_inc["rel"].append(("transport", a["number"]))
            open_inc = None
        elif a["kind"] == "property":
            src = r.choice(seen[-10:]) if seen and r.random() < 0.65 else f"25-{r.randint(2900, 3280):04d}"
            a["item"] = f"{src}-{r.randint(1, 12):02d}"
    n = len(seen)
    items = [a["item"] for a in acts if "item" in a]
    assert 40 <= n <= 150 and len(items) >= 5 and sum(x[:7] in seen for x in items) >= 3
    F, S, L, W = "Times-Roman", 10.5, 13, 504

    def header(k):
        return [(792 - 44, 40, "Ambry Hollow Police Department [invented] - Daily Activity Narrative", "Times-Bold", 13),
                (792 - 59, 40, "December 15-21, 2025, as written by the shift supervisors. Front desk 555-0139.",
                 "Times-Italic", 9.5)]

    add, finish = paginate(header, lambda k, m: [(30, 40, f"Activity narrative, page {k} of {m}", F, 8.5)],
                           792 - 86, 50)
    day = None
    for a in acts:
        if a["t"].date() != day:
            day = a["t"].date()
            add([(40, a["t"].strftime("%A, %B %-d, %Y"), "Times-Bold", 11.5, 17)], gap=2)
        k, hrs, b = a["kind"], a["reported_at"], a["badge"]
        if k == "incident":
            txt = f"{hrs}. Incident {a['case_number']}, {a['type']}, {a['location']}. {r.choice(AMBRY_TEXT)}"
            if a["rel"]:
                txt += f" The arrestee was taken to the county jail on transport {a['rel'][0][1]}."
            txt += f" Disposition: {a['disposition']}."
        elif k == "civil":
            txt = f"{hrs}. Officer {b} served civil process {a['number']} ({a['desc'].lower()}) at {a['place']}: " \
                  f"{a['result'].lower()}."
        elif k == "transport":
            txt = f"{hrs}. Transport {a['number']}: officer {b} moved one prisoner, {a['desc'].lower()}; " \
                  f"{a['result'].lower()}."
        elif k == "court":
            txt = f"{hrs}. Court security detail {a['number']}, {a['desc']}, officer {b}: {a['result'].lower()}."
        elif k == "warrant":
            txt = f"{hrs}. Warrant {a['number']} ({a['desc'].lower()}) served at {a['place']} by officer {b}: " \
                  f"{a['result'].lower()}."
        else:
            txt = f"{hrs}. Property release {a['number']}: evidence item {a['item']} ({r.choice(AMBRY_ITEMS)}) " \
                  "released to the owner at the front counter."
        ls = wrap(txt, F, S, W)
        add([(40, ls[0], F, S, L)] + [(52, ln, F, S, L) for ln in ls[1:]], keep=False, gap=5)
    add([(40, f"Incidents this week: {n}. Other activity entries: {len(acts) - n}.", "Times-Bold", 11, 14)])
    pages = finish()
    path = d / "ambry-hollow-daily-activity-narrative-2025-12-15-21.pdf"
    draw(path, letter, pages)
    for a in acts:
        a.pop("item", None)
    return entry(path, agency, "daily activity narrative written by shift supervisors", "free text", acts,
                 "Prose paragraphs under day headings, one per activity, each starting with its time `0814 hrs.`: "
                 "incidents (`0814 hrs. Incident 25-3312, Theft from vehicle, 400 block of Oxbow Road. ... "
                 "Disposition: Report taken.`) among civil process served (`C-0412`), transports (`T-0417`), court "
                 "security details (`S-0409`), warrants served (`W-0433`) and property releases (`P-0421`); only "
                 "the incidents are records. An incident whose arrestee went to jail names the transport "
                 "(`on transport T-0417`), listed in `related_numbers`. Trap: property-release paragraphs print "
                 "evidence item numbers built from the incident number plus an item suffix (`evidence item "
                 "25-3312-02`), often of an incident of this same week, so an incident number's shape is printed "
                 "inside paragraphs that are no incidents. Ends `Incidents this week: N. Other activity entries: M.`",
                 "incident paragraphs counted by the generator; the closing line gives the total")


# 4 ------------------------------------------------------------------ Carrow Mill, WI: numbered over all activities
CARROW_NAME = {"civil": "CIVIL PROCESS", "transport": "PRISONER TRANSPORT", "court": "COURT SECURITY",
               "warrant": "WARRANT SERVED", "property": "PROPERTY RELEASE"}
CARROW_TEXT = ["Owner's garage door was forced.", "Caller's vehicle was blocked in.", "Estimated loss $200-$300.",
               "Officer will follow up with the caller.", "Neighbor's camera footage requested.",
               "Complainant declined a statement.", "Subject was issued a trespass notice."]


def carrow(d, r):
    agency = "Carrow Mill Police Department, WI [invented]"
    plan = day_plan(r, datetime.datetime(2025, 12, 22), (6, 10), (4, 7))
    acts = activities(r, plan, lambda n: f"2025-{500 + n:04d}", lambda k, n: f"{QUILL_PFX[k]}-{700 + n:04d}")
    for a in acts:
        a["reported_at"] = a["t"].strftime("%m/%d/%Y %H:%M")
        if a["kind"] == "incident" and r.random() < 0.12:
            a["rel"].append(("earlier_incident", f"2025-{r.randint(300, 495):04d}"))
    n = sum(a["kind"] == "incident" for a in acts)
    assert 40 <= n <= 150
    F, S, L, W = "Times-Roman", 10.2, 12.6, 480

    def header(k):
        return [(792 - 46, 40, "Carrow Mill Police Department [invented] - Daily Log of Activity", "Times-Bold", 14),
                (792 - 62, 40, "December 22-28, 2025. Every logged activity, numbered in order. Records 555-0162.",
                 "Times-Italic", 10)]

    add, finish = paginate(header, lambda k, m: [(32, 40, f"Carrow Mill PD activity log, page {k} of {m}", F, 9)],
                           792 - 92, 52)
    day = None
    for i, a in enumerate(acts, 1):
        if a["t"].date() != day:
            day = a["t"].date()
            add([(40, a["t"].strftime("%A %m/%d"), "Times-Bold", 11, 16)])
        if a["kind"] == "incident":
            txt = (f"{a['case_number']} - INCIDENT. {a['type']}, {a['location']}. Received {a['reported_at']}. "
                   f"{r.choice(CARROW_TEXT)}")
            if a["rel"]:
                txt += f" See also {a['rel'][0][1]}."
            txt += f" Disposition: {a['disposition']}."
        else:
            txt = (f"{a['number']} - {CARROW_NAME[a['kind']]}. {a['desc']}, {a['place']}. Logged {a['reported_at']}. "
                   f"Badge {a['badge']}. Result: {a['result']}.")
        add([(40, f"{i}.", F, S, 0)] + [(66, ln, F, S, L) for ln in wrap(txt, F, S, W)], keep=False, gap=3)
    add([(40, f"Entries 1-{len(acts)} in this log; incidents: {n}.", "Times-Bold", 11, 14)])
    pages = finish()
    path = d / "carrow-mill-daily-log-of-activity-2025-12-22-28.pdf"
    draw(path, letter, pages)
    return entry(path, agency, "daily log of activity, every entry numbered", "numbered paragraphs", acts,
                 "Numbered paragraphs under day headings `Monday 12/22`: incidents `17. 2025-0512 - INCIDENT. Theft "
                 "from vehicle, 400 block of Oxbow Road. Received 12/22/2025 08:14. ... Disposition: Report "
                 "taken.`, some citing an earlier incident (`See also 2025-0411.`, listed in `related_numbers`), "
                 "among civil process (`CP-`), prisoner transport (`TR-`), court security (`CS-`), warrant served "
                 "(`WS-`) and property release (`PR-`) entries; only the incidents are records. Trap: the item "
                 "numbers run 1..M over every activity, so the last item number is not the number of incidents and "
                 "incident items skip numbers; the closing line `Entries 1-M in this log; incidents: N.` gives both.",
                 "incident paragraphs counted by the generator; the closing line gives the total")


# 5 ------------------------------------------------------------------ Penwarden County, OR: duty-board matrix
PEN_COL = {"incident": 0, "civil": 1, "warrant": 1, "transport": 2, "court": 2, "property": 3}


def penwarden(d, r):
    agency = "Penwarden County Sheriff's Office, OR [invented]"
    plan = day_plan(r, datetime.datetime(2025, 11, 24), (7, 10), (3, 5))
    series = {"civil": 1, "warrant": 5, "transport": 2, "court": 7, "property": 4}
    acts = activities(r, plan, lambda n: f"25-{8100 + n:04d}", lambda k, n: f"25-{series[k]}{100 + n:03d}")
    for a in acts:
        a["reported_at"] = a["t"].strftime("%m/%d %H:%M")
    n = sum(a["kind"] == "incident" for a in acts)
    assert 40 <= n <= 150
    size = landscape(letter)
    F, B, S, L = "Helvetica", "Helvetica-Bold", 7.4, 8.8
    xs = [96, 286, 456, 616]
    heads = ["INCIDENTS", "CIVIL PROCESS / WARRANTS", "TRANSPORTS / COURT SECURITY", "PROPERTY RELEASES"]

    def header(k):
        return [(612 - 34, 36, "PENWARDEN COUNTY SHERIFF'S OFFICE [invented] - DUTY BOARD, NOV 24-30, 2025", B, 10),
                (612 - 47, 36, "Each entry in the column of its series. Dispatch 555-0150.", F, 7.5),
                (612 - 62, 36, "TIME", B, 7.6)] + [(612 - 62, x, h, B, 7.6) for x, h in zip(xs, heads)] + [
                (612 - 66, 36, None, F, 7)]

    add, finish = paginate(header, lambda k, m: [(24, 36, f"Duty board - sheet {k} of {m}", F, 7.5)], 612 - 80, 40)
    day = None
    for a in acts:
        if a["t"].date() != day:
            day = a["t"].date()
            add([(36, a["t"].strftime("%A %m/%d/%Y").upper(), B, 8, 11)], gap=1)
        x = xs[PEN_COL[a["kind"]]]
        if a["kind"] == "incident":
            cell = [f"{a['case_number']}  {a['type']}", a["location"], f"{a['disposition']} - badge {a['badge']}"]
        else:
            cell = [f"{a['number']}  {a['desc']}", a["place"], f"{a['result']} - badge {a['badge']}"]
        add([(36, a["reported_at"], F, S, 0), (x, cell[0], B if a["kind"] == "incident" else F, S, L),
             (x, cell[1], F, S, L), (x, cell[2], F, S, L)], gap=3)
    tot = [sum(PEN_COL[a["kind"]] == c for a in acts) for c in range(4)]
    add([(36, f"Column totals: incidents {tot[0]}, civil process/warrants {tot[1]}, transports/court {tot[2]}, "
              f"property {tot[3]} - {len(acts)} entries", B, 8, 12)])
    pages = finish()
    path = d / "penwarden-county-duty-board-2025-11-24-30.pdf"
    draw(path, size, pages)
    return entry(path, agency, "duty board of the week, one column per activity series",
                 "other: duty-board matrix, one column per activity series", acts,
                 "A landscape duty board: a time column (`11/24 08:14`), then four series columns `INCIDENTS`, "
                 "`CIVIL PROCESS / WARRANTS`, `TRANSPORTS / COURT SECURITY`, `PROPERTY RELEASES`; each activity is a "
                 "row with a three-line cell in its own column (`25-8112  Theft from vehicle` / location / "
                 "`Report taken - badge 311`), under day bands `MONDAY 11/24/2025`. Only the entries in the "
                 "incident column are records. Trap: all series are numbered in the same shape `25-NNNN` "
                 "(incidents 25-81xx, civil process 25-11xx, transports 25-21xx, ...) and no entry says its "
                 "series; only the column it sits in tells an incident from other work, so in the text layer an "
                 "incident and a transport differ only by how far the number stands from the time. Ends "
                 "`Column totals: incidents N, ...`.",
                 "incident-column entries counted by the generator; the closing line gives the total")


AGENCIES = [("harrowgate-county-ks-so", 1, harrowgate), ("quillfield-nh-pd", 2, quillfield),
            ("ambry-hollow-me-pd", 3, ambry), ("carrow-mill-wi-pd", 4, carrow),
            ("penwarden-county-or-so", 5, penwarden)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
