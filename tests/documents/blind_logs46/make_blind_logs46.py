"""Generate the forty-sixth held-out set of incident-log PDFs and their ground truth.

Five layouts, all logs exported by modern software and printed carelessly: a JSON export
pretty-printed and printed from a browser (long strings soft-wrapped to column 0); a markdown
table printed as plain text (raw pipes, backticked ids, `<br>` inside cells, a bold total row);
a dashboard export (KPI cards with sparkline captions, then one card per incident); a ticketing
system's printout (ticket numbers of their own, the case number in a field, threaded comments
citing other numbers); a CSV opened in a text editor (line-number gutter, quoted fields holding
commas and line breaks, soft-wrapped long lines). Every agency, place and record is invented; no
person is named. Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs46/make_blind_logs46.py [OUT_DIR]
"""

import datetime
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
SEED = 20251146
STREETS = ["Ashby", "Brackett", "Corliss", "Dunstan", "Eberly", "Fallon", "Gorham", "Hesketh", "Inchley",
           "Jessop", "Kerrow", "Lanyard", "Medway", "Norcott", "Orpen", "Pitcairn", "Quenell", "Rushmere",
           "Stallard", "Thursby", "Upfield", "Varney", "Wexcote"]
SUFFIX = ["ST", "AVE", "RD", "DR", "LN", "BLVD", "CT", "WAY"]
DISPOS = ["REPORT TAKEN", "UNFOUNDED", "GONE ON ARRIVAL", "ADVISED", "CLEARED BY ARREST", "CITED",
          "REFERRED", "NO REPORT", "ASSISTED"]
PHRASES = {
    "THEFT FROM VEHICLE": "Reporting party states the vehicle was entered overnight, a window was broken and a bag taken",
    "BURGLARY - RESIDENTIAL": "Rear door forced while the residents were at work, electronics and jewellery missing",
    "DISTURBANCE": "Caller heard raised voices next door, officers spoke with both parties and separated them",
    "WELFARE CHECK": "Neighbour asked for a check on an elderly resident not seen for two days, resident found well",
    "SUSPICIOUS PERSON": "Person seen trying door handles along the block, area searched with no contact made",
    "VANDALISM": "Graffiti painted on the rear wall, photographs taken and the owner given a case card",
    "TRAFFIC COLLISION": "Two-vehicle collision at low speed, no injuries, drivers exchanged information",
    "DUI": "Vehicle weaving across the centre line, driver stopped and tested at the roadside",
    "ASSAULT - SIMPLE": "Two patrons argued outside a bar, one struck the other, minor injury, no treatment",
    "SHOPLIFTING": "Store staff held a subject for concealed merchandise, value under the felony threshold",
    "FRAUD": "Resident reports an online purchase paid by wire, goods never delivered, seller unreachable",
    "NOISE COMPLAINT": "Loud music from a gathering, host agreed to turn it down after a first warning",
    "TRESPASS": "Subject asked to leave the premises by the manager, refused, escorted off the property",
    "FOUND PROPERTY": "Wallet handed in at the front counter, logged into property for safekeeping",
    "HARASSMENT": "Ongoing text messages from a former tenant, victim advised on a protective order",
    "WARRANT SERVICE": "Officers served an outstanding county warrant at the listed address",
}
TYPES = list(PHRASES)


def title(text):
    return " ".join(w if w == "DUI" else w.capitalize() for w in text.split())


def new_canvas(path, size=letter):
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
    return f"{r.randint(1, 48) * 100} BLK {r.choice(STREETS).upper()} {r.choice(SUFFIX)}"


def times(r, first, ndays, n):
    mins = sorted(r.sample(range(0, 1440 * ndays), n))
    return [first + datetime.timedelta(minutes=m) for m in mins]


def base_records(r, first, ndays, n, start, fmt_id, fmt_time, related_fn):
    recs, k = [], start
    for t in times(r, first, ndays, n):
        k += r.choice((1, 1, 1, 2, 3))
        typ = r.choice(TYPES)
        dispo = r.choice(DISPOS)
        rec = {"case_number": fmt_id(k), "reported_at": fmt_time(t), "type": typ, "location": block_addr(r),
               "disposition": dispo, "summary": PHRASES[typ], "related": [], "_t": t, "_k": k}
        related_fn(r, rec)
        recs.append(rec)
    return recs


def soft_wrap(line, width):
    """A printer that wraps a long line at a space and carries on at column 0 (no indent)."""
    out = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width)
        cut = cut if cut > 0 else width
        out.append(line[:cut])
        line = line[cut + 1:]
    out.append(line)
    return out


def print_text(path, lines, font, size, lead, per_page, header, footer):
    """Plain text pages: header(c, page, pages) and footer(c, page, pages) draw the furniture."""
    chunks = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    c = new_canvas(path)
    w, h = letter
    for p, chunk in enumerate(chunks, 1):
        header(c, p, len(chunks))
        c.setFont(font, size)
        y = h - 62
        for line in chunk:
            c.drawString(36, y, line)
            y -= lead
        footer(c, p, len(chunks))
        c.showPage()
    c.save()


# ---------------------------------------------------------------- 1. JSON export (Sallowmere)

def sm_related(r, rec):
    x = r.random()
    if x < 0.12:
        rec["related"].append(("other_agency_case", f"MC25-{r.randint(10000, 99999)}"))
    elif x < 0.22:
        rec["related"].append(("citation", f"MNC{r.randint(1000000, 9999999)}"))
    elif x < 0.30:
        rec["related"].append(("booking_number", f"BKG-{r.randint(250000, 259999)}"))


def sm_records(r, first, ndays, n, start):
    return base_records(r, first, ndays, n, start, lambda k: f"SM25-{k:06d}",
                        lambda t: t.strftime("%Y-%m-%dT%H:%M:00"), sm_related)


LINK_TEXT = {"other_agency_case": ("assist", "Marlby County SO"), "citation": ("citation", "Sallowmere PD"),
             "booking_number": ("booking", "Marlby County Jail")}


def draw_sm(path, recs, label, first):
    start, end = label.split("..")
    gen = (datetime.datetime.strptime(end, "%Y-%m-%d") + datetime.timedelta(days=1)).strftime("%Y-%m-%d")
    lines = ["{", '  "agency": "Sallowmere Police Department",',
             '  "export": {', f'    "generated": "{gen}T06:00:12-06:00",',
             f'    "range": {{ "from": "{start}", "to": "{end}" }},',
             '    "schema": "rms.incident.v3",', '    "page_size": 500,',
             f'    "total_count": {len(recs)}', "  },", '  "incidents": [']
    for i, rec in enumerate(recs):
        lines += ["    {", f'      "incident_id": "{rec["case_number"]}",',
                  f'      "reported": "{rec["reported_at"]}",', f'      "call_type": "{rec["type"]}",',
                  f'      "location": {{ "block": "{rec["location"]}", "beat": "B{rec["_k"] % 6 + 1}" }},',
                  f'      "disposition": "{rec["disposition"]}",']
        narrative = f'      "narrative": "{rec["summary"]}. Officer {rec["_k"] % 90 + 110} cleared the call."'
        if rec["related"]:
            kind, num = rec["related"][0]
            role, who = LINK_TEXT[kind]
            lines += soft_wrap(narrative + ",", 100)
            lines += ['      "links": [', f'        {{ "role": "{role}", "agency": "{who}", "ref": "{num}" }}',
                      "      ]"]
        else:
            lines += soft_wrap(narrative, 100)
        lines.append("    }" + ("," if i < len(recs) - 1 else ""))
    lines += ["  ],", '  "next_cursor": null', "}"]

    def header(c, p, n):
        c.setFont("Helvetica", 7)
        c.drawString(36, 770, f"{gen}, 06:04")
        c.drawRightString(576, 770, "sallowmere_incidents.json")

    def footer(c, p, n):
        c.setFont("Helvetica", 7)
        c.drawString(36, 24, f"file:///C:/Users/records/Downloads/sallowmere_incidents_{start}.json")
        c.drawRightString(576, 24, f"{p}/{n}")
    print_text(path, lines, "Courier", 8, 10, 70, header, footer)


# ---------------------------------------------------------------- 2. markdown table (Pennyroyal Gap)

def pg_related(r, rec):
    x = r.random()
    if rec["disposition"] == "CLEARED BY ARREST":
        num = f"PGB-25-{r.randint(1000, 9999)}"
        rec["disposition"] = f"ARREST (booking {num})"
        rec["related"].append(("booking_number", num))
    elif rec["disposition"] == "CITED":
        num = str(r.randint(1000000, 9999999))
        rec["disposition"] = f"CITED, KY UC {num}"
        rec["related"].append(("citation", num))
    elif x < 0.1:
        num = f"{r.randint(10, 99)}-{r.randint(10000, 99999)}"
        rec["disposition"] = f"REFERRED TO KSP {num}"
        rec["related"].append(("other_agency_case", num))
    if x > 0.75:
        rec["location"] += f"<br>({r.choice(['rear lot', 'apt entrance', 'side yard', 'at the pumps'])})"


def pg_records(r, first, ndays, n, start):
    recs = base_records(r, first, ndays, n, start, lambda k: f"PG-25-{k:04d}",
                        lambda t: t.strftime("%m/%d/%Y %H:%M"), pg_related)
    for rec in recs:
        rec["type"] = title(rec["type"])
    return recs


def draw_pg(path, recs, label, first):
    lines = [f"# Pennyroyal Gap Police Department - Daily Log, {label}", "",
             "_Exported from the records wiki as `daily-log.md`. Times are 24-hour. Call 555-0144 with "
             "questions._", "",
             "| Case | Reported | Offense | Location | Disposition |",
             "|------|----------|---------|----------|-------------|"]
    for rec in recs:
        row = (f"| `{rec['case_number']}` | {rec['reported_at']} | {rec['type']} | {rec['location']} "
               f"| {rec['disposition']} |")
        lines += soft_wrap(row, 104)
    lines += [f"| **Total** | | | | **{len(recs)}** |", "",
              "> Rows marked with a booking number are arrests; see the jail roster for charges.", ""]

    def header(c, p, n):
        c.setFont("Courier", 8)
        c.drawString(36, 770, "daily-log.md")
        c.drawRightString(576, 770, f"Page {p}")

    def footer(c, p, n):
        pass
    print_text(path, lines, "Courier", 8, 11, 64, header, footer)


# ---------------------------------------------------------------- 3. dashboard export (Quintard Springs)

def qs_related(r, rec):
    x = r.random()
    if x < 0.15:
        num = f"QC-{r.randint(100000, 999999)}"
        rec["summary"] = rec["summary"].split(",")[0] + f"; citation {num} issued"
        rec["related"].append(("citation", num))
    elif x < 0.25:
        num = f"YC25-{r.randint(1000, 9999)}"
        rec["summary"] = rec["summary"].split(",")[0] + f"; county case {num}"
        rec["related"].append(("other_agency_case", num))
    else:
        rec["summary"] = rec["summary"].split(",")[0]


def qs_records(r, first, ndays, n, start):
    recs = base_records(r, first, ndays, n, start, lambda k: f"QS-{k:06d}",
                        lambda t: t.strftime("%b %-d, %Y %-I:%M %p"), qs_related)
    for rec in recs:
        rec["type"] = title(rec["type"])
        rec["disposition"] = title(rec["disposition"])
    return recs


def draw_qs(path, recs, label, first):
    c = new_canvas(path)
    w, h = letter
    per_day = [0] * 7
    for rec in recs:
        per_day[(rec["_t"] - first).days] += 1
    tops = {}
    for rec in recs:
        tops[rec["type"]] = tops.get(rec["type"], 0) + 1
    cards = [("Incidents", str(len(recs)), per_day),
             ("Arrests", str(sum(1 for x in recs if x["disposition"] == "Cleared By Arrest")), None),
             ("Avg response", "6.4 min", [7, 6, 8, 5, 6, 7, 6]),
             ("Open cases", str(sum(1 for x in recs if x["disposition"] == "Report Taken")), None)]
    page = 1

    def furniture():
        c.setFont("Helvetica", 7)
        c.setFillGray(0.4)
        c.drawString(36, 20, f"Exported {label} 07:00 from Insight Dashboard - Quintard Springs PD - "
                              "support 555-0171")
        c.drawRightString(576, 20, f"Page {page}")
        c.setFillGray(0)

    c.setFont("Helvetica-Bold", 15)
    c.drawString(36, 752, "Quintard Springs PD - Incident Overview")
    c.setFont("Helvetica", 8)
    c.drawString(36, 738, f"Filters: Date {first:%m/%d/%Y} - {first + datetime.timedelta(days=6):%m/%d/%Y}"
                          " | Beats: All | Source: RMS")
    for i, (title, value, spark) in enumerate(cards):
        x0 = 36 + i * 136
        c.setStrokeGray(0.6)
        c.roundRect(x0, 650, 128, 76, 6)
        c.setFont("Helvetica", 8)
        c.drawString(x0 + 8, 714, title)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(x0 + 8, 692, value)
        if spark:
            pts = [(x0 + 64 + j * 9, 690 + v * 2 % 22) for j, v in enumerate(spark)]
            for a, b in zip(pts, pts[1:]):
                c.line(a[0], a[1], b[0], b[1])
            c.setFont("Helvetica", 6)
            c.drawString(x0 + 8, 658, "7-day: " + " ".join(str(v) for v in spark))
    c.roundRect(36, 560, 540, 80, 6)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(44, 628, "Top incident types")
    c.setFont("Helvetica", 7)
    ranked = sorted(tops.items(), key=lambda kv: (-kv[1], kv[0]))
    for j, (typ, cnt) in enumerate(ranked):
        c.drawString(44 + (j // 6) * 180, 616 - (j % 6) * 9, f"{typ}  {cnt}")
    y = 540
    for rec in recs:
        if y < 90:
            furniture()
            c.showPage()
            page += 1
            y = 740
        c.setStrokeGray(0.7)
        c.roundRect(36, y - 54, 540, 58, 5)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(44, y - 10, rec["case_number"])
        c.drawString(130, y - 10, rec["type"])
        c.setFont("Helvetica", 7)
        c.drawRightString(568, y - 10, f"\u2022 {rec['disposition']}")
        c.drawString(44, y - 23, "Reported")
        c.drawString(90, y - 23, rec["reported_at"])
        c.drawString(300, y - 23, "Beat")
        c.drawString(330, y - 23, f"{rec['_k'] % 5 + 1}")
        c.drawString(44, y - 34, "Location")
        c.drawString(90, y - 34, rec["location"])
        c.drawString(44, y - 45, "Summary")
        c.drawString(90, y - 45, rec["summary"])
        y -= 64
    furniture()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 4. ticketing printout (Greyloch)

COMMENTS = ["Patrol checked the area on second shift, nothing further.",
            "Facilities notified to repair the lock.",
            "Reporting party called back, no additional information.",
            "Camera footage requested from the building coordinator.",
            "Closing per supervisor review."]


def gu_related(r, rec):
    rec["_ticket"] = str(70000 + rec["_k"] * 3 + r.randint(0, 2))
    rec["related"].append(("ticket_number", rec["_ticket"]))
    rec["_extra"] = []
    x = r.random()
    if x < 0.12:
        num = f"BK-25-{r.randint(30000, 39999)}"
        rec["_extra"].append(f"Transported to Hadlow County jail, booking {num}.")
        rec["related"].append(("booking_number", num))
    elif x < 0.22:
        num = f"VTS25-{r.randint(100000, 999999)}"
        rec["_extra"].append(f"State police took a parallel report, their ref. {num}.")
        rec["related"].append(("other_agency_case", num))


def gu_records(r, first, ndays, n, start):
    recs = base_records(r, first, ndays, n, start, lambda k: f"GU-25-{k:04d}",
                        lambda t: t.strftime("%Y-%m-%d %H:%M"), gu_related)
    for i, rec in enumerate(recs):
        rec["type"] = title(rec["type"])
        rec["disposition"] = title(rec["disposition"])
        if i > 5 and r.random() < 0.12:
            earlier = recs[r.randint(0, i - 2)]["case_number"]
            rec["_extra"].append(f"Same reporting party as {earlier}; linked.")
            rec["related"].append(("earlier_case_cited", earlier))
    return recs


def draw_gu(path, recs, label, first):
    c = new_canvas(path)
    page = 1
    y = 730

    def furniture():
        c.setFont("Helvetica", 7)
        c.setFillGray(0.45)
        c.drawString(36, 770, "https://help.greyloch.example/queue/dps-incidents?print=1")
        c.drawRightString(576, 770, f"Printed {label} 16:40")
        c.drawString(36, 22, "Greyloch University DPS - Service Desk - 555-0129")
        c.drawRightString(576, 22, f"{page}")
        c.setFillGray(0)

    c.setFont("Helvetica-Bold", 13)
    c.drawString(36, 748, f"Queue: DPS Incidents - {len(recs)} tickets - {label}")
    for rec in recs:
        body = simpleSplit(rec["summary"] + ".", "Helvetica", 8, 470)
        thread = []
        for j in range(rec["_k"] % 3):
            thread.append((f"Comment by dispatch {j + 1}", COMMENTS[(rec["_k"] + j) % 5]))
        for extra in rec["_extra"]:
            thread.append(("Comment by records", extra))
        need = 46 + 10 * len(body) + 22 * len(thread)
        if y - need < 50:
            furniture()
            c.showPage()
            page += 1
            y = 750
        c.setStrokeGray(0.5)
        c.line(36, y + 10, 576, y + 10)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, y, f"#{rec['_ticket']}")
        c.drawString(90, y, f"{rec['type']} - {rec['location']}")
        c.setFont("Helvetica", 8)
        c.drawRightString(576, y, f"Status: Resolved ({rec['disposition']})")
        y -= 12
        c.drawString(90, y, f"Case No.: {rec['case_number']}    Opened: {rec['reported_at']}    Queue: DPS")
        y -= 12
        for line in body:
            c.drawString(90, y, line)
            y -= 10
        for who, text in thread:
            c.setFillGray(0.4)
            c.drawString(110, y - 2, f"\u00bb {who} - {rec['_k'] % 11 + 1}h later")
            c.setFillGray(0)
            c.drawString(120, y - 12, text)
            y -= 22
        y -= 16
    furniture()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 5. CSV in a text editor (Ombry Falls)

def of_related(r, rec):
    x = r.random()
    notes = rec["summary"]
    if x < 0.12:
        num = f"NE-{r.randint(100000, 999999)}"
        notes += f", cit. {num}"
        rec["related"].append(("citation", num))
    elif x < 0.2:
        num = f"OFJ25-{r.randint(1000, 9999)}"
        notes += f"\nbooked, jail no. {num}"
        rec["related"].append(("booking_number", num))
    if 0.5 < x < 0.62:
        notes += '\nRP said ""will call back"", no callback'
    rec["summary"] = notes


def of_records(r, first, ndays, n, start):
    return base_records(r, first, ndays, n, start, lambda k: f"OF25-{k:05d}",
                        lambda t: t.strftime("%Y-%m-%d %H:%M"), of_related)


def draw_of(path, recs, label, first):
    file_lines = ['"case_no","reported","offense","location","disposition","notes"']
    for rec in recs:
        row = (f'"{rec["case_number"]}","{rec["reported_at"]}","{rec["type"]}","{rec["location"]}",'
               f'"{rec["disposition"]}","{rec["summary"]}"')
        file_lines += row.split("\n")
    file_lines.append(f'"TOTAL RECORDS: {len(recs)}",,,,,')
    lines = []
    for i, fl in enumerate(file_lines, 1):
        parts = soft_wrap(fl, 96)
        lines.append(f"{i:>4}  {parts[0]}")
        lines += [f"      {p}" for p in parts[1:]]

    def header(c, p, n):
        c.setFont("Helvetica", 8)
        c.drawString(36, 770, f"C:\\Exports\\ombry_falls_so_{label}.csv - Notepad++")

    def footer(c, p, n):
        c.setFont("Helvetica", 7)
        c.drawString(36, 22, f"length : {sum(len(x) + 2 for x in file_lines)}    lines : {len(file_lines)}")
        c.drawRightString(576, 22, f"Windows (CR LF)   UTF-8   {p}/{n}")
    print_text(path, lines, "Courier", 8, 10, 68, header, footer)


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in ["case_number"] + fields if k in recs[i] and k != "case_number"}
        s = {"case_number": recs[i]["case_number"], **s}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs46.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs46.py) from the records it drew; "
                               "checked by check_blind_logs46.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, first, ndays, label, n, start in runs:
        recs = make(r, first, ndays, n, start)
        draw(d / fname, recs, label, first)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def day(m, d):
    return datetime.datetime(2025, m, d)


NOTES = {
    "sm": ("A JSON export pretty-printed (2-space indent) and printed from a browser in Courier: an "
           "'export' object first ('generated', 'range', 'schema', 'page_size': 500 and 'total_count': N, "
           "the only count that is the number of records), then an 'incidents' array with one object per "
           "record: 'incident_id' (SM25-NNNNNN, the id), 'reported' as an ISO timestamp without zone "
           "(reported_at as printed), 'call_type' (type), 'location' as a nested object whose 'block' is the "
           "location and 'beat' a beat code, 'disposition', and a one-line 'narrative' string the printer "
           "soft-wraps at about 100 characters, continuing at column 0 with no indent (summary is the "
           "narrative's first sentence). Some records carry a 'links' array with another agency's case "
           "(MC25-NNNNN), a citation (MNCNNNNNNN) or a booking (BKG-NNNNNN): related, not ids. Browser "
           "header (date, file name) and footer (file:/// path, 'n/N') on every page.",
           "objects counted from the generator; 'total_count' equals record_count"),
    "pg": ("A markdown file printed as plain text in Courier: '# ' title, an italic note with a phone, then "
           "a pipe table whose header row and '|---|' rule are printed ONCE (page 1). Each row: "
           "| `PG-25-NNNN` (id in backticks) | MM/DD/YYYY HH:MM | Offense (title case) | Location (some hold "
           "'<br>(rear lot)' etc. as printed) | Disposition |. Rows longer than the page are soft-wrapped at "
           "a space and carry on at column 0, so a continuation line does not start with '|'. Dispositions "
           "cite bookings ('ARREST (booking PGB-25-NNNN)'), citations ('CITED, KY UC NNNNNNN') and state "
           "police cases ('REFERRED TO KSP NN-NNNNN'): related, not ids. Ends with a bold total row "
           "'| **Total** | | | | **N** |' that is not a record, then a blockquote note. Page header "
           "'daily-log.md' and 'Page n'.",
           "rows counted from the generator; the Total row equals record_count"),
    "qs": ("A dashboard export: page 1 opens with four KPI cards (Incidents N with a sparkline and its "
           "caption '7-day: a b c ...' of per-day counts; Arrests; Avg response '6.4 min' with a sparkline "
           "caption; Open cases) and a 'Top incident types' card listing type and count (numbers that look "
           "like rows; they add up to N). Then one rounded card per incident, one column: first line the id "
           "(QS-NNNNNN) in bold, the type, and at the right a status chip '\u2022 Disposition'; then "
           "'Reported' with 'Nov 3, 2025 2:14 PM' (12-hour, as printed), 'Beat' n; 'Location'; 'Summary' "
           "(some cite 'citation QC-NNNNNN issued' or 'county case YC25-NNNN': related). Only the KPI "
           "'Incidents' value counts records. Footer 'Exported ... from Insight Dashboard', phone, 'Page n'.",
           "cards counted from the generator; the Incidents KPI equals record_count"),
    "gu": ("A ticketing system's queue printed from a browser: each ticket starts under a rule with "
           "'#7NNNN' (the SERVICE-DESK TICKET number, another series: related, kind ticket_number, NOT the "
           "id), the type, ' - ', the location, and at the right 'Status: Resolved (Disposition)'; the "
           "second line holds 'Case No.: GU-25-NNNN' (the id) and 'Opened: YYYY-MM-DD HH:MM' (reported_at "
           "as printed); then the description (summary) and 0-4 threaded comments, each an arrow line "
           "'Comment by dispatch n - Nh later' and a text line. Records comments cite a booking "
           "(BK-25-NNNNN), a state police ref. (VTS25-NNNNNN) or an EARLIER case of the same series ('Same "
           "reporting party as GU-25-NNNN; linked.'): related, not records. Title 'Queue: DPS Incidents - "
           "N tickets'; browser URL header and desk footer with a phone on every page.",
           "tickets counted from the generator; 'N tickets' in the title equals record_count"),
    "of": ("A CSV file opened in a text editor and printed with its line-number gutter: a quoted header "
           "row then one quoted row per record: case_no (OF25-NNNNN, the id), reported 'YYYY-MM-DD HH:MM' "
           "(reported_at as printed), offense (type), location, disposition, notes (summary). The notes "
           "field holds commas and, in some rows, LINE BREAKS inside the quotes (a booking line 'booked, "
           "jail no. OFJ25-NNNN' or 'RP said \"\"will call back\"\"...'), so one record spans several "
           "numbered editor lines; rows longer than the window are soft-wrapped too (continuation without a "
           "line number). Gutter numbers are editor lines, not records. Notes cite citations 'cit. "
           "NE-NNNNNN' and jail numbers: related. Last line '\"TOTAL RECORDS: N\",,,,,' is not a record. "
           "Title bar with the path, status bar with length, line count and 'n/N' on every page.",
           "rows counted from the generator; 'TOTAL RECORDS' equals record_count"),
}
F_ALL = ["reported_at", "type", "location", "disposition", "summary"]


def main():
    one_agency(
        "sallowmere-mn-pd", 1,
        [("smpd-incidents-2025-11-01-03.json.pdf", day(11, 1), 3, "2025-11-01..2025-11-03", 74, 4800),
         ("smpd-incidents-2025-11-04-05.json.pdf", day(11, 4), 2, "2025-11-04..2025-11-05", 58, 4990)],
        sm_records, draw_sm, "Sallowmere Police Department, MN [invented]",
        "RMS incident export (JSON printed from a browser)", "labelled blocks",
        ["case_number"] + F_ALL, *NOTES["sm"])
    one_agency(
        "pennyroyal-gap-ky-pd", 2,
        [("pgpd-daily-log-2025-11-10-11.pdf", day(11, 10), 2, "November 10-11, 2025", 96, 2100),
         ("pgpd-daily-log-2025-11-12.pdf", day(11, 12), 1, "November 12, 2025", 61, 2390)],
        pg_records, draw_pg, "Pennyroyal Gap Police Department, KY [invented]",
        "daily log (markdown table printed as plain text)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["pg"])
    one_agency(
        "quintard-springs-az-pd", 3,
        [("qspd-dashboard-2025-11-03-09.pdf", day(11, 3), 7, "11/10/2025", 64, 10800),
         ("qspd-dashboard-2025-11-10-16.pdf", day(11, 10), 7, "11/17/2025", 71, 11020)],
        qs_records, draw_qs, "Quintard Springs Police Department, AZ [invented]",
        "incident dashboard export (KPI cards, one card per incident)", "labelled blocks",
        ["case_number"] + F_ALL, *NOTES["qs"])
    one_agency(
        "greyloch-university-vt-dps", 4,
        [("gudps-ticket-queue-2025-10.pdf", day(10, 1), 31, "2025-11-02", 52, 880)],
        gu_records, draw_gu, "Greyloch University Department of Public Safety, VT [invented]",
        "service-desk ticket queue printout (threaded comments)", "free text",
        ["case_number"] + F_ALL, *NOTES["gu"])
    one_agency(
        "ombry-falls-county-ne-so", 5,
        [("ofso-calls-2025-11-17-19.csv.pdf", day(11, 17), 3, "2025-11-17_19", 88, 10200),
         ("ofso-calls-2025-11-20-21.csv.pdf", day(11, 20), 2, "2025-11-20_21", 63, 10350)],
        of_records, draw_of, "Ombry Falls County Sheriff's Office, NE [invented]",
        "calls export (CSV printed from a text editor)", "table with header",
        ["case_number"] + F_ALL, *NOTES["of"])


if __name__ == "__main__":
    main()
