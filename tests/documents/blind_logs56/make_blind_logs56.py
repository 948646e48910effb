"""Generate the held-out set blind_logs56 of incident-log PDFs and their ground truth.

Five invented animal-control, code-enforcement and community-service logs in which one incident
can have several rows. Every agency, place and record is invented; no person is named. Output is
deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs56/make_blind_logs56.py [OUT_DIR]
"""

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
SEED = 20251656
STREETS = [
    "Arbela",
    "Brisco",
    "Cantrell",
    "Dunmore",
    "Eversley",
    "Foxmoor",
    "Garnock",
    "Hartwell",
    "Islay",
    "Kestrel",
    "Linwood",
    "Marrow",
    "Nettleton",
    "Orrin",
    "Penhale",
    "Quillan",
    "Rushmere",
    "Sorrel",
]
SUF = ["St", "Ave", "Rd", "Way", "Ln", "Ct"]
ANIMAL = [
    "DOG AT LARGE",
    "BARKING DOG",
    "ANIMAL BITE",
    "INJURED WILDLIFE",
    "STRAY CAT",
    "DEAD ANIMAL PICKUP",
    "ANIMAL CRUELTY",
    "LIVESTOCK LOOSE",
]
CODE = [
    "Overgrown Vegetation",
    "Abandoned Vehicle",
    "Illegal Dumping",
    "Unpermitted Construction",
    "Inoperable Vehicle",
    "Junk and Debris",
    "Substandard Housing",
    "Sign Violation",
]
CSO = [
    "Parking Complaint",
    "Found Property",
    "Welfare Check",
    "Graffiti Report",
    "Noise Complaint",
    "Traffic Hazard",
    "Shopping Cart Pickup",
    "Vehicle Release",
]


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
    a = f"{r.randint(1, 89) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUF)}"
    return a.upper() if upper else a


def times(r, days, n):
    out = sorted((d, r.randint(0, 23), r.randint(0, 59)) for d in (r.choice(days) for _ in range(n)))
    return out


def ids(r, n, start):
    out, cur = [], start
    for _ in range(n):
        cur += r.randint(1, 3)
        out.append(cur)
    return out


# --- records -----------------------------------------------------------------------------------


def ac_records(r, days, n, start):
    """Animal control: one row per unit dispatched; the number only on the first row."""
    recs = []
    for num, (d, h, m) in zip(ids(r, n, start), times(r, days, n)):
        cid = f"AC25-{num:05d}"
        units = r.sample(["ACO-1", "ACO-2", "ACO-4", "ACO-7", "K9-VAN"], r.choice([1, 1, 2, 2, 3]))
        rows = []
        for i, u in enumerate(units):
            rows.append(
                {
                    "unit": u,
                    "arr": f"{(h + (m + 8 + 11 * i) // 60) % 24:02d}{(m + 8 + 11 * i) % 60:02d}",
                    "disp": r.choice(
                        [
                            "IMPOUNDED",
                            "OWNER CONTACTED",
                            "GONE ON ARRIVAL",
                            "RETURNED TO OWNER",
                            "ASSISTED",
                            "NOTICE LEFT",
                        ]
                    ),
                }
            )
        related = []
        shelter = f"SH-{r.randint(10000, 99999)}"
        related.append(("city_complaint", shelter))
        if r.random() < 0.2:
            cit = f"AC{r.randint(100000, 999999)}"
            rows[-1]["disp"] = f"CITED {cit}"
            related.append(("citation", cit))
        recs.append(
            {
                "case_number": cid,
                "reported_at": f"{d[1]:02d}/{d[2]:02d}/{d[0]} {h:02d}{m:02d}",
                "type": r.choice(ANIMAL),
                "location": addr(r),
                "disposition": rows[-1]["disp"],
                "shelter": shelter,
                "rows": rows,
                "related": related,
            }
        )
    return recs


def ce_records(r, days, n, start):
    """Code enforcement: one row per visit, the police number and the city CE number on every row."""
    recs = []
    for num, (d, _h, _m) in zip(ids(r, n, start), times(r, days, n)):
        cid = f"25-{num:06d}"
        ce = f"CE2025-{r.randint(1000, 9999)}"
        visits = []
        for i in range(r.choice([1, 1, 2, 3])):
            visits.append(
                (
                    min(d[2] + 4 * i, 30),
                    r.choice(
                        ["Inspected", "Re-inspected", "Posted notice", "Photos taken", "Owner present", "No access"]
                    ),
                )
            )
        related = [("code_enforcement_complaint", ce)]
        disp = r.choice(
            ["Open - compliance due", "Closed - complied", "Referred to City Attorney", "Closed - unfounded"]
        )
        if r.random() < 0.15:
            nov = f"NOV-{r.randint(20000, 29999)}"
            disp = f"Notice of Violation {nov}"
            related.append(("citation", nov))
        recs.append(
            {
                "case_number": cid,
                "reported_at": f"{d[1]}/{d[2]}/{d[0]}",
                "type": r.choice(CODE),
                "location": addr(r, False),
                "disposition": disp,
                "ce": ce,
                "visits": visits,
                "related": related,
            }
        )
    return recs


def cs_records(r, days, n, start):
    """Community service officer event blocks."""
    recs = []
    for num, (d, h, m) in zip(ids(r, n, start), times(r, days, n)):
        cid = f"CSO-{num:05d}"
        related = []
        disp = r.choice(["Handled", "Report taken", "Towed", "Advised", "Unable to locate"])
        summary = r.choice(
            [
                "Caller reported the matter by phone; CSO responded and checked the area.",
                "Walk-in at the front counter; property logged and tagged.",
                "CSO patrol observed the condition and photographed it for the file.",
                "Neighbor complaint; contact made with the resident at the door.",
            ]
        )
        if r.random() < 0.2:
            bk = f"B25-{r.randint(1000, 9999)}"
            related.append(("booking_number", bk))
            summary += f" Subject later booked by patrol, booking {bk}."
        if r.random() < 0.2:
            so = f"SO-25-{r.randint(10000, 99999)}"
            related.append(("other_agency_case", so))
            summary += f" Sheriff's case {so} covers the same address."
        recs.append(
            {
                "case_number": cid,
                "reported_at": f"{d[1]:02d}/{d[2]:02d}/{d[0]} {h:02d}:{m:02d}",
                "type": r.choice(CSO),
                "location": addr(r, False),
                "disposition": disp,
                "summary": summary,
                "related": related,
            }
        )
    return recs


def fx_records(r, days, n, start):
    """Animal services field notes: free-text paragraphs, a visit line per follow-up."""
    recs = []
    for num, (d, h, m) in zip(ids(r, n, start), times(r, days, n)):
        cid = f"{num:04d}-25"
        related = []
        typ = r.choice(
            [
                "dog bite",
                "loose horse",
                "bat in residence",
                "hoarding complaint",
                "raccoon sighting",
                "dog in hot vehicle",
            ]
        )
        disp = r.choice(["closed", "quarantine ordered", "referred to county", "animal seized", "no action"])
        summary = f"Officer met the reporting party and assessed the {typ.split()[-1]}."
        if r.random() < 0.25:
            hd = f"DCHD {r.randint(100, 999)}-{r.randint(1000, 9999)}"
            related.append(("other_agency_case", hd))
            summary += f" Health department file {hd} opened for rabies follow-up."
        follow = r.choice([0, 0, 1, 2])
        recs.append(
            {
                "case_number": cid,
                "reported_at": f"{d[1]}-{d[2]}-{d[0]} {h:02d}:{m:02d}",
                "type": typ,
                "location": addr(r, False),
                "summary": summary,
                "disposition": disp,
                "follow": follow,
                "related": related,
            }
        )
    return recs


def nh_records(r, days, n, start):
    """Neighborhood services unit: number at the END of the first row, units on later rows."""
    recs = []
    for num, (d, h, m) in zip(ids(r, n, start), times(r, days, n)):
        cid = f"N{num:06d}"
        related = []
        disp = r.choice(["RESOLVED", "UNFOUNDED", "REFERRED PUBLIC WORKS", "WARNING", "REPORT"])
        pw = f"PW#{r.randint(300000, 399999)}"
        related.append(("city_complaint", pw))
        if r.random() < 0.15:
            tc = f"T{r.randint(1000000, 9999999)}"
            disp = f"CITATION {tc}"
            related.append(("citation", tc))
        units = r.sample(["CSU11", "CSU12", "CSU15", "ENG3", "PW-CREW"], r.choice([1, 2, 2, 3]))
        recs.append(
            {
                "case_number": cid,
                "reported_at": f"{d[1]:02d}/{d[2]:02d}/{d[0]} {h:02d}:{m:02d}",
                "type": r.choice(
                    ["ENCAMPMENT", "STREETLIGHT OUT", "ABANDONED CART", "ILLEGAL VENDING", "BLOCKED SIDEWALK", "NOISE"]
                ),
                "location": addr(r),
                "disposition": disp,
                "pw": pw,
                "units": units,
                "related": related,
            }
        )
    return recs


# --- drawing -----------------------------------------------------------------------------------


class Doc:
    """Paginates blocks of lines; a block (one record) is never split over pages."""

    def __init__(self, path, size, head, foot, lh=11):
        self.path, self.size, self.head, self.foot, self.lh = path, size, head, foot, lh
        self.pages = [[]]
        self.y0 = size[1] - 100
        self.y = self.y0

    def block(self, lines):
        need = len(lines) * self.lh
        if self.y - need < 60:
            self.pages.append([])
            self.y = self.y0
        for ln in lines:
            self.pages[-1].append((self.y, ln))
            self.y -= self.lh

    def save(self):
        c = new_canvas(self.path, self.size)
        for i, items in enumerate(self.pages):
            self.head(c, i + 1, len(self.pages))
            for y, ln in items:
                for x, text, font, sz in ln:
                    c.setFont(font, sz)
                    c.drawString(x, y, text)
            self.foot(c, i + 1, len(self.pages))
            c.showPage()
        c.save()


def L(*cells, font="Helvetica", sz=8):
    return [(x, t, font, sz) for x, t in cells if t]


def simple_head(title, sub, cols, font="Helvetica-Bold"):
    def head(c, p, n):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, c._pagesize[1] - 40, title)
        c.setFont("Helvetica", 8)
        c.drawString(40, c._pagesize[1] - 54, sub)
        for x, t in cols:
            c.setFont(font, 8)
            c.drawString(x, c._pagesize[1] - 80, t)
        c.line(40, c._pagesize[1] - 85, c._pagesize[0] - 40, c._pagesize[1] - 85)

    return head


def foot_text(fmt):
    def foot(c, p, n):
        c.setFont("Helvetica", 7)
        c.drawString(40, 30, fmt.format(p=p, n=n))

    return foot


def draw_ac(path, recs, label):
    cols = [
        (40, "CASE NO."),
        (100, "RECEIVED"),
        (165, "UNIT"),
        (205, "ARRIVED"),
        (245, "CALL TYPE"),
        (340, "LOCATION"),
        (450, "SHELTER REF"),
        (510, "UNIT DISPOSITION"),
    ]
    d = Doc(
        path,
        letter,
        simple_head(
            "BRAMWELL POLICE DEPARTMENT - ANIMAL CONTROL UNIT",
            f"Unit Response Log  {label}   (one line per unit dispatched)  555-0143",
            cols,
        ),
        foot_text("Animal Control Unit Response Log   page {p} of {n}"),
    )
    units = 0
    for rec in recs:
        lines = []
        for i, row in enumerate(rec["rows"]):
            if i == 0:
                lines.append(
                    L(
                        (40, rec["case_number"]),
                        (100, rec["reported_at"]),
                        (165, row["unit"]),
                        (205, row["arr"]),
                        (245, rec["type"]),
                        (340, rec["location"]),
                        (450, rec["shelter"]),
                        (510, row["disp"]),
                    )
                )
            else:
                lines.append(L((165, row["unit"]), (205, row["arr"]), (510, row["disp"])))
            units += 1
        d.block(lines)
    d.block([[], L((40, f"Calls logged: {len(recs)}     Unit responses: {units}"), font="Helvetica-Bold")])
    d.save()


def draw_ce(path, recs, label):
    W = landscape(letter)
    cols = [
        (40, "Police Rpt #"),
        (110, "City CE Case"),
        (185, "Opened"),
        (235, "Visit"),
        (285, "Violation"),
        (410, "Site Address"),
        (530, "Visit Note"),
        (610, "Case Status"),
    ]
    d = Doc(
        path,
        W,
        simple_head(
            "Harlan Springs Police Dept. / Code Compliance Team",
            f"Joint inspection log for {label} - each site visit is its own line",
            cols,
        ),
        foot_text("Code Compliance Team - joint log - sheet {p}/{n} - questions 555-0178"),
    )
    visits = 0
    for rec in recs:
        lines = []
        for i, (day, note) in enumerate(rec["visits"]):
            mo = rec["reported_at"].split("/")[0]
            lines.append(
                L(
                    (40, rec["case_number"]),
                    (110, rec["ce"]),
                    (185, rec["reported_at"] if i == 0 else ""),
                    (235, f"{mo}/{day}"),
                    (285, rec["type"]),
                    (410, rec["location"]),
                    (530, note),
                    (610, rec["disposition"] if i == len(rec["visits"]) - 1 else "(continued)"),
                )
            )
            visits += 1
        d.block(lines)
    d.block(
        [
            [],
            L((40, f"Open and closed cases this log: {len(recs)}.   Site visits: {visits}."), font="Helvetica-Bold"),
            L((40, "Violation types summary - see City Code Compliance annual report.")),
        ]
    )
    d.save()


def draw_cs(path, recs, label):
    def head(c, p, n):
        c.setFont("Times-Bold", 13)
        c.drawString(40, letter[1] - 40, "Quenby Police Department")
        c.setFont("Times-Roman", 10)
        c.drawString(40, letter[1] - 56, f"Community Service Officer Activity - {label}")
        c.drawRightString(letter[0] - 40, letter[1] - 40, f"{p} of {n}")

    d = Doc(path, letter, head, foot_text("CSO desk 555-0121 - for public release"), lh=12)
    for rec in recs:
        lines = [
            L((40, f"Event #: {rec['case_number']}"), (220, f"Logged: {rec['reported_at']}"), font="Times-Bold", sz=9),
            L((60, "Nature:"), (130, rec["type"]), font="Times-Roman", sz=9),
            L((60, "Where:"), (130, rec["location"]), font="Times-Roman", sz=9),
        ]
        wrapped = simpleSplit(rec["summary"], "Times-Roman", 9, 380)
        lines.append(L((60, "Details:"), (130, wrapped[0]), font="Times-Roman", sz=9))
        for w in wrapped[1:]:
            lines.append(L((130, w), font="Times-Roman", sz=9))
        lines.append(L((60, "Result:"), (130, rec["disposition"]), font="Times-Roman", sz=9))
        lines.append([])
        d.block(lines)
    d.block([L((40, f"CSO events this period: {len(recs)}"), font="Times-Bold", sz=10)])
    d.save()


def draw_fx(path, recs, label):
    def head(c, p, n):
        c.setFont("Helvetica-Oblique", 11)
        c.drawString(50, letter[1] - 45, f"Ostrander Police - Animal Services field notes, {label}")

    d = Doc(path, letter, head, foot_text("notes p.{p}/{n}"), lh=11)
    for rec in recs:
        text = (
            f"No. {rec['case_number']}, {rec['reported_at']}: {rec['type']} at {rec['location']}. "
            f"{rec['summary']} Outcome: {rec['disposition']}."
        )
        w = simpleSplit(text, "Helvetica", 9, 480)
        lines = [L((50, w[0]), sz=9)] + [L((62, x), sz=9) for x in w[1:]]
        for k in range(rec["follow"]):
            lines.append(
                L((62, f"- follow-up visit {k + 1}: animal rechecked, no change."), font="Helvetica-Oblique", sz=8)
            )
        lines.append([])
        d.block(lines)
    d.block([L((50, f"{len(recs)} matters noted."), sz=9)])
    d.save()


def draw_nh(path, recs, label):
    cols = [
        (40, "TIME REC'D"),
        (120, "NATURE"),
        (230, "LOCATION"),
        (360, "UNITS / DISPO"),
        (470, "PUBLIC WKS"),
    ]
    d = Doc(
        path,
        letter,
        simple_head("WYNDHOLT PD  NEIGHBORHOOD SERVICES UNIT", f"DAILY ACTIVITY  {label}", cols, font="Courier-Bold"),
        foot_text("WYNDHOLT PD NSU  PG {p} OF {n}"),
    )
    for rec in recs:
        lines = [
            L(
                (40, rec["reported_at"]),
                (120, rec["type"]),
                (230, rec["location"]),
                (360, rec["units"][0]),
                (470, rec["pw"]),
                font="Courier",
                sz=7,
            )
        ]
        for u in rec["units"][1:]:
            lines.append(L((360, u), font="Courier", sz=7))
        lines.append(
            L((360, "DISPO " + rec["disposition"]), (485, "EVENT " + rec["case_number"]), font="Courier", sz=7)
        )
        d.block(lines)
    d.block([[], L((40, f"EVENTS: {len(recs)}"), font="Courier-Bold", sz=8)])
    d.save()


# --- ground truth ------------------------------------------------------------------------------

FIELDS = ("case_number", "reported_at", "type", "location", "summary", "disposition")


def entry(path, agency, doc_type, layout, recs, notes, count_check):
    related = [{"record": rec["case_number"], "kind": k, "number": v} for rec in recs for k, v in rec["related"]]
    samples = []
    for i in (0, len(recs) // 2, len(recs) - 1):
        s = {k: recs[i][k] for k in FIELDS if k in recs[i]}
        if recs[i]["related"]:
            s["related_numbers"] = [v for _, v in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name,
        "source_repo": "generated",
        "commit": "generated",
        "path": "generated",
        "git_blob": "generated",
        "generator": f"make_blind_logs56.py (seed {SEED} + agency number)",
        "sha256": sha(path),
        "bytes": path.stat().st_size,
        "pages": pdf_pages(path),
        "agency": agency,
        "document_type": doc_type,
        "layout": layout,
        "scanned": False,
        "encrypted": False,
        "text_layer": "good",
        "record_count": len(recs),
        "case_numbers": [r["case_number"] for r in recs],
        "related_numbers": related,
        "fields_present": [k for k in FIELDS if k in recs[0]],
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs56.py) from the records it drew; "
        "checked by check_blind_logs56.py against `pdftotext -layout` text",
        "record_count_check": count_check,
        "notes": notes,
    }


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


AGENCIES = [
    (
        "bramwell-oh-pd-animal-control",
        1,
        ac_records,
        draw_ac,
        "Bramwell Police Department Animal Control Unit, OH [invented]",
        "animal control unit response log (one row per unit)",
        "table with header",
        [
            ("bpd-acu-response-log-2025-10-01-07.pdf", days(10, 1, 7), "10/01/2025 - 10/07/2025", 52, 3100),
            ("bpd-acu-response-log-2025-10-08-14.pdf", days(10, 8, 14), "10/08/2025 - 10/14/2025", 61, 3240),
        ],
        "Portrait table, one line PER UNIT dispatched: the case number (AC25-NNNNN), received time "
        "'10/03/2025 1412' (reported_at), call type, location and the animal shelter's own complaint "
        "number (SHELTER REF 'SH-NNNNN', a city department number: related, not an id) are printed ONLY on "
        "the first line of a call; later unit lines carry only unit, arrival time and that unit's disposition. "
        "The record's disposition is the last unit's. 'CITED ACNNNNNN' is a citation (related). Ends "
        "'Calls logged: N     Unit responses: M' (only N counts records).",
        "calls counted from the generator; 'Calls logged' equals record_count",
    ),
    (
        "harlan-springs-mt-pd-code",
        2,
        ce_records,
        draw_ce,
        "Harlan Springs Police Department Code Compliance Team, MT [invented]",
        "joint code-enforcement inspection log (one row per visit)",
        "table with header",
        [("hspd-code-compliance-2025-09.pdf", days(9, 1, 30), "September 2025", 58, 18200)],
        "Landscape table, one line PER SITE VISIT: the police report number (25-NNNNNN, the id) AND the city's "
        "code-enforcement case (CE2025-NNNN, related, not an id) are printed on EVERY line of the case, so an "
        "id repeats on consecutive lines. 'Opened' (M/D/YYYY, reported_at) only on the first line; Visit is "
        "M/D without year; Case Status on the last line (others say '(continued)'). 'Notice of Violation "
        "NOV-NNNNN' cites a citation (related). Ends 'Open and closed cases this log: N.   Site visits: M.' "
        "and a line about a summary that is not a row.",
        "cases counted from the generator; the closing case count equals record_count",
    ),
    (
        "quenby-nc-pd-cso",
        3,
        cs_records,
        draw_cs,
        "Quenby Police Department Community Service Officers, NC [invented]",
        "community service officer activity (labelled blocks)",
        "labelled blocks",
        [
            ("qpd-cso-activity-2025-10-a.pdf", days(10, 1, 15), "October 1-15, 2025", 44, 7700),
            ("qpd-cso-activity-2025-10-b.pdf", days(10, 16, 31), "October 16-31, 2025", 47, 7850),
        ],
        "Times-Roman labelled blocks: 'Event #: CSO-NNNNN' with 'Logged: MM/DD/YYYY HH:MM' on the same line, "
        "then Nature (type), Where (location), Details (summary, wraps), Result (disposition). Details may cite "
        "a jail booking 'B25-NNNN' and a sheriff's case 'SO-25-NNNNN' (related, not ids). Page number top right; "
        "ends 'CSO events this period: N'.",
        "blocks counted from the generator; the closing count equals record_count",
    ),
    (
        "ostrander-wi-pd-animal-services",
        4,
        fx_records,
        draw_fx,
        "Ostrander Police Department Animal Services, WI [invented]",
        "animal services field notes (free text)",
        "free text",
        [("opd-animal-field-notes-2025-10.pdf", days(10, 1, 31), "October 2025", 66, 400)],
        "Free-text paragraphs: 'No. NNNN-25, M-D-YYYY HH:MM: <type in lower case> at <address>. <narrative> "
        "Outcome: <disposition>.' (id with the year AFTER the sequence number). Follow-up visits are extra "
        "italic lines '- follow-up visit k: ...' under the paragraph, not records. Narrative may cite a health "
        "department file 'DCHD NNN-NNNN' (related). Ends 'N matters noted.'",
        "paragraphs counted from the generator; 'matters noted' equals record_count",
    ),
    (
        "wyndholt-nv-pd-nsu",
        5,
        nh_records,
        draw_nh,
        "Wyndholt Police Department Neighborhood Services Unit, NV [invented]",
        "neighborhood services daily activity (id on the closing line)",
        "table with header",
        [
            ("wpd-nsu-activity-2025-10-20.pdf", days(10, 20, 22), "10/20/2025 - 10/22/2025", 55, 88100),
            ("wpd-nsu-activity-2025-10-23.pdf", days(10, 23, 26), "10/23/2025 - 10/26/2025", 72, 88400),
        ],
        "Courier table with NO id column: a record's first line holds the time received (MM/DD/YYYY HH:MM), "
        "nature, location, first unit and the public works complaint 'PW#NNNNNN' (related); extra units follow "
        "on lines below; the record CLOSES with a line 'DISPO <disposition>   EVENT NNNNNNN' (id with a leading "
        "N, 'N0881xx') under the PUBLIC WKS column, so the id comes AFTER the record's other lines. "
        "'CITATION TNNNNNNN' is a citation (related). Ends 'EVENTS: N'.",
        "rows counted from the generator; 'EVENTS:' equals record_count",
    ),
]


def main():
    for name, k, make, draw, agency, doc_type, layout, runs, notes, count_check in AGENCIES:
        r = random.Random(SEED + k)
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = []
        for fname, ds, label, n, start in runs:
            recs = make(r, ds, n, start)
            draw(d / fname, recs, label)
            gt.append(entry(d / fname, agency, doc_type, layout, recs, notes, count_check))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
