"""Make blind_logs93: incident logs received as fax and e-mail copies, five invented agencies.

Records are made as plain dicts first (fixed seeds), drawn with a reportlab canvas in invariant
mode, then written to each agency's groundtruth.json from the same dicts. Output is
deterministic. Run:

    .venv/bin/python tests/documents/blind_logs93/make_blind_logs93.py [OUTDIR]
"""
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261193
STREETS = ["Ambler", "Birchwood", "Carrick", "Dellmont", "Elstow", "Farrow", "Glenmere", "Halberd",
           "Ivel", "Juniper", "Kettering", "Lowther", "Mossley", "Norbury", "Oakhurst", "Pevensey",
           "Quenby", "Rushden", "Stanwick", "Tilbrook", "Upwell", "Verney", "Whitlow"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct"]
TYPES = ["Theft", "Suspicious Person", "Suspicious Vehicle", "Welfare Check", "Noise Complaint",
         "Traffic Accident", "Burglary", "Vandalism", "Alarm", "Disturbance", "Found Property",
         "Trespass", "Fraud", "Animal Complaint", "Harassment", "Parking Complaint", "Assault",
         "Missing Person", "Motorist Assist", "Domestic Dispute"]
DISPS = ["Report Taken", "Unfounded", "Gone on Arrival", "Referred", "Arrest", "Advised",
         "Citation Issued", "Cleared", "Assisted"]
GEN = "tests/documents/blind_logs93/make_blind_logs93.py"


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


def make_records(rng, n, fmt, start, month, day0, days):
    recs = []
    num = start
    per = [n // days + (1 if i < n % days else 0) for i in range(days)]
    for d, k in enumerate(per):
        times = sorted(rng.sample(range(0, 24 * 60), k))
        for t in times:
            num += rng.randint(1, 4)
            recs.append({
                "id": fmt.format(num),
                "date": f"{month:02d}/{day0 + d:02d}/2025",
                "time": f"{t // 60:02d}:{t % 60:02d}",
                "type": rng.choice(TYPES),
                "location": f"{rng.randint(1, 99) * 10 + rng.randint(0, 9)} {rng.choice(STREETS)} "
                            f"{rng.choice(SUFFIX)}",
                "disposition": rng.choice(DISPS),
                "related": [],
            })
    return recs


def entry(folder, fname, agency, doctype, layout, recs, fields, samples, notes, extra=None):
    path = OUT / folder / fname
    e = {
        "file": fname, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": GEN + f" (seed {SEED})",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path),
        "agency": agency, "document_type": doctype, "layout": layout, "scanned": False,
        "encrypted": False, "text_layer": "good", "record_count": len(recs),
        "case_numbers": [r["id"] for r in recs],
        "related_numbers": [{"record": r["id"], "kind": k, "number": v} for r in recs
                            for k, v in r["related"]],
        "case_numbers_source": "generated: the ids of the records drawn, in document order",
        "record_count_check": "generated; check_blind_logs93.py counts the record starts in pdftotext -layout text",
        "fields_present": fields,
        "sample_records": [samples(recs[i]) for i in (0, len(recs) // 2, len(recs) - 1)],
        "notes": notes,
    }
    if extra:
        e.update(extra)
    return e


def write_gt(folder, entries):
    (OUT / folder / "groundtruth.json").write_text(json.dumps(entries, indent=2) + "\n")


def std_sample(r):
    return {"case_number": r["id"], "reported_at": f"{r['date']} {r['time']}", "type": r["type"],
            "location": r["location"], "disposition": r["disposition"]}


# ---------------------------------------------------------------- 1. Corliss Falls (fax, table)
CF = "corliss-falls-vt-pd"
CF_AG = "Corliss Falls Police Department, VT [invented]"


def cf_pdf(fname, recs, sent, jobno, label):
    W, H = letter
    per_page = 24
    chunks = [recs[i:i + per_page] for i in range(0, len(recs), per_page)]
    npages = len(chunks) + 1
    c = new_canvas(OUT / CF / fname, letter)
    for p, chunk in enumerate(chunks, 1):
        c.setFont("Courier", 8)
        c.drawString(30, H - 18, f"{sent}  FROM: CORLISS FALLS PD RECORDS  555-0142   TO: 5550188"
                                 f"   P.{p:03d}/{npages:03d}")
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, H - 50, "CORLISS FALLS POLICE DEPARTMENT - INCIDENT LOG [invented]")
        c.setFont("Helvetica", 9)
        c.drawString(40, H - 64, f"Period: {label}")
        y = H - 92
        c.setFont("Helvetica-Bold", 8)
        for x, h in ((40, "Incident No."), (108, "Reported"), (190, "Offense / Call Type"),
                     (320, "Location"), (450, "Disposition")):
            c.drawString(x, y, h)
        c.line(38, y - 3, W - 38, y - 3)
        y -= 16
        c.setFont("Helvetica", 8)
        for r in chunk:
            c.drawString(40, y, r["id"])
            c.drawString(108, y, f"{r['date']} {r['time']}")
            c.drawString(190, y, r["type"])
            c.drawString(320, y, r["location"])
            c.drawString(450, y, r["disposition"])
            y -= 11
            for _k, v in r["related"]:
                c.drawString(190, y, f"Assist to Vermont State Police, VSP case {v}")
                y -= 11
            y -= 9
        if p == len(chunks):
            y -= 6
            c.setFont("Helvetica-Bold", 8)
            c.drawString(40, y, f"Total incidents this period: {len(recs)}")
        c.setFont("Helvetica", 7)
        c.drawString(40, 40, f"Page {p} of {len(chunks)}")
        c.setFont("Courier", 7)
        c.drawString(30, 18, f"RECEIVED BY FAXSRV-02  {sent[:10]}  JOB {jobno}  PAGE {p} OF {npages}"
                             "  CALLER ID 555-0142")
        c.showPage()
    # transmission verification report
    c.setFont("Courier-Bold", 10)
    c.drawString(60, H - 60, "*** TRANSMISSION VERIFICATION REPORT ***")
    c.setFont("Courier", 9)
    lines = [f"TIME        : {sent}", "NAME        : CORLISS FALLS PD RECORDS", "FAX         : 555-0142",
             "SER.#       : BRCJ8K204417", "", "DATE,TIME        FAX NO./NAME   DURATION  PAGE(S)  RESULT  MODE",
             f"{sent[:12]}    5550188        00:03:41  {npages:02d}       OK      STANDARD",
             "", f"SESSION     : {jobno}", "", "Transmission report only. No incident information."]
    y = H - 90
    for s in lines:
        c.drawString(60, y, s)
        y -= 13
    c.setFont("Courier", 7)
    c.drawString(30, 18, f"RECEIVED BY FAXSRV-02  {sent[:10]}  JOB {jobno}  PAGE {npages} OF {npages}"
                         "  CALLER ID 555-0142")
    c.showPage()
    c.save()


def make_cf(rng):
    (OUT / CF).mkdir(parents=True, exist_ok=True)
    out = []
    specs = [("corliss-falls-fax-2025-10-20-to-22.pdf", 72, 4410, 20, 3, "10/23/2025 08:52", "25-004913",
              "October 20-22, 2025"),
             ("corliss-falls-fax-2025-10-23-to-26.pdf", 64, 4690, 23, 4, "10/27/2025 09:06", "25-005021",
              "October 23-26, 2025")]
    for fname, n, start, d0, days, sent, job, label in specs:
        recs = make_records(rng, n, "25-00{:04d}", start, 10, d0, days)
        for r in rng.sample(recs[1:-1], 4):
            r["related"].append(("other_agency_case", f"25A40{rng.randint(100, 999)}"))
            r["disposition"] = "Assisted"
        cf_pdf(fname, recs, sent, job, label)
        out.append(entry(CF, fname, CF_AG, "incident log received by fax", "table with header", recs,
                         ["case_number", "reported_at", "type", "location", "disposition"], std_sample,
                         "Faxed table. Every page has the sending machine's header line at the top "
                         "(date, FROM, 555-01xx, P.00n/00N) and the receiving fax server's stamp at the "
                         f"foot with a JOB number ({job}) shaped exactly like an incident number; it is not "
                         "a record. The last page is a transmission verification report (SER.#, SESSION "
                         "repeating the job number), no records. Some rows carry a second line citing a "
                         "Vermont State Police case (related). Log's own 'Page n of N' counts only log pages; "
                         "the fax P.00n/00N counts the report page too. 'Total incidents this period: N'.",
                         {"fax_job_number": job}))
    write_gt(CF, out)


# ---------------------------------------------------------------- 2. Wendle Harbor (e-mail, blocks)
WH = "wendle-harbor-me-pd"
WH_AG = "Wendle Harbor Police Department, ME [invented]"


def make_wh(rng):
    (OUT / WH).mkdir(parents=True, exist_ok=True)
    recs = make_records(rng, 58, "WH25-{:05d}", 1180, 10, 13, 4)
    for r in rng.sample(recs[2:-2], 5):
        r["related"].append(("earlier_case", f"WH25-00{rng.randint(600, 999)}"))
    quoted = [recs[7], recs[23], recs[41]]
    fname = "wendle-harbor-email-thread-2025-10-13-to-16.pdf"
    W, H = letter
    c = new_canvas(OUT / WH / fname, letter)
    state = {"y": H - 60, "page": 1}

    def head():
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, H - 36, "Records Clerk 2 (WHPD)")
        c.line(50, H - 40, W - 50, H - 40)

    def foot():
        c.setFont("Helvetica", 7)
        c.drawString(W / 2 - 10, 24, f"{state['page']}")

    def line(s, font="Helvetica", size=9, x=50, gap=12):
        if state["y"] < 50:
            foot()
            c.showPage()
            state["page"] += 1
            head()
            state["y"] = H - 60
        c.setFont(font, size)
        c.drawString(x, state["y"], s)
        state["y"] -= gap

    head()
    for lab, val in (("From:", "Requester Services <prr-requests@example.org>"),
                     ("Sent:", "Friday, October 17, 2025 10:41 AM"),
                     ("To:", "WHPD Records <records@example.org>"),
                     ("Subject:", "RE: Public records request PRR-25-118 - incident log Oct 13-16")):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, state["y"], lab)
        c.setFont("Helvetica", 9)
        c.drawString(110, state["y"], val)
        state["y"] -= 12
    state["y"] -= 10
    line("Thank you for the log below. Three of the entries seem to have the wrong disposition in")
    line("our copy; could you confirm these before we publish? Quoting them here:")
    state["y"] -= 4
    for r in quoted:
        for s in wh_block(r):
            line("> " + s, "Courier", 8, 60, 10)
        line(">", "Courier", 8, 60, 10)
    line("Regards,")
    line("Requester Services  |  555-0131  |  Ref. PRR-25-118")
    state["y"] -= 14
    line("-----Original Message-----", "Helvetica-Bold")
    for lab, val in (("From:", "WHPD Records <records@example.org>"),
                     ("Sent:", "Thursday, October 16, 2025 4:58 PM"),
                     ("To:", "Requester Services <prr-requests@example.org>"),
                     ("Subject:", "Public records request PRR-25-118 - incident log Oct 13-16")):
        line(f"{lab} {val}")
    state["y"] -= 8
    line("Good afternoon, the incident log for October 13-16 is pasted below as requested.")
    state["y"] -= 6
    for r in recs:
        if state["y"] < 50 + 10 * 7:
            state["y"] = 0
        for s in wh_block(r):
            line(s, "Courier", 8, 50, 10)
        line("", gap=6)
    line(f"{len(recs)} incidents listed.")
    line("Records Unit, Wendle Harbor Police Department [invented]")
    line("Phone 555-0147  |  Fax 555-0148")
    line("This e-mail may contain confidential information. If you received it in error, delete it.",
         "Helvetica-Oblique", 7)
    foot()
    c.showPage()
    c.save()

    def samp(r):
        return {"case_number": r["id"], "reported_at": f"{r['date']} {r['time']}", "type": r["type"],
                "location": r["location"], "disposition": r["disposition"]}
    e = entry(WH, fname, WH_AG, "incident log pasted into an e-mail body, reply on top, printed from a mail client",
              "labelled blocks", recs, ["case_number", "reported_at", "type", "location", "disposition"], samp,
              "Printed e-mail thread (memo style), newest message first: a reply from the requester quotes "
              "three of the log's blocks behind '> ' (repeats, not new records) before the original message, "
              "whose body holds the log as labelled blocks (Case No.:, Reported:, Type:, Location:, "
              "Disposition:, and sometimes Ref.: citing an earlier case, which is related, not a record). "
              "Request number PRR-25-118 in the subjects and signature; 'N incidents listed.' after the log.",
              {"quoted_repeats": [r["id"] for r in quoted]})
    write_gt(WH, [e])


def wh_block(r):
    out = [f"Case No.:    {r['id']}", f"Reported:    {r['date']} {r['time']}", f"Type:        {r['type']}",
           f"Location:    {r['location']}", f"Disposition: {r['disposition']}"]
    for _k, v in r["related"]:
        out.append(f"Ref.:        follow-up to {v}")
    return out


# ---------------------------------------------------------------- 3. Tessaly County (webmail, free text)
TC = "tessaly-county-nd-so"
TC_AG = "Tessaly County Sheriff's Office, ND [invented]"
PROSE = ["caller reports", "deputy responded to", "complainant at", "dispatch received a call about activity at"]


def make_tc(rng):
    (OUT / TC).mkdir(parents=True, exist_ok=True)
    recs = make_records(rng, 96, "TC25-{:06d}", 4380, 10, 22, 1)
    for r in rng.sample(recs[3:-3], 4):
        r["related"].append(("other_agency_case", f"NDHP-25-{rng.randint(1000, 9999)}"))
    parts = [recs[:33], recs[33:66], recs[66:]]
    split_rec = recs[65]  # entry that runs from message 2 into message 3
    fname = "tessaly-county-webmail-daily-log-2025-10-22.pdf"
    draw_tc(fname, recs, parts, split_rec, rng_state=SEED)
    e = entry(TC, fname, TC_AG, "daily log sent in three e-mails, printed as a webmail conversation",
              "free text", recs, ["case_number", "reported_at", "type", "location", "disposition", "summary"],
              lambda r: {"case_number": r["id"], "reported_at": r["time"].replace(":", ""),
                         "type": r["type"], "location": r["location"], "disposition": r["disposition"]},
              "Webmail conversation print (3 messages). Entries are prose paragraphs 'HHMM  id  Type - "
              "text. Disp: X.' wrapping with an indent. The date is only in the subject/intro. Each later "
              "message opens with 'picking up after <id>' (the previous part's last id, not a record), and "
              f"entry {split_rec['id']} is cut at the end of message 2 '(continued in next message)' and "
              "finished at the start of message 3 after '...continued:'. Signatures, '[Quoted text hidden]', "
              "a browser footer URL full of digits; some entries cite an ND Highway Patrol number (related).",
              {"split_record": split_rec["id"]})
    write_gt(TC, [e])


def draw_tc(fname, recs, parts, split_rec, rng_state):
    rng = random.Random(rng_state + 3)
    W, H = letter
    lines = []  # (text, font, size, x, gap, samey)
    lines.append(("Daily log Oct 22 (3 parts)", "Helvetica-Bold", 14, 40, 22))
    sent = ["Thu, Oct 23, 2025 at 6:41 AM", "Thu, Oct 23, 2025 at 6:44 AM", "Thu, Oct 23, 2025 at 6:47 AM"]
    rest = None
    for i, part in enumerate(parts):
        lines.append(("RULE", None, 0, 0, 10))
        lines.append((f"TCSO Dispatch <dispatch@example.org>        {sent[i]}", "Helvetica-Bold", 9, 40, 12))
        lines.append(("to County Editor <news@example.org>", "Helvetica", 8, 40, 16))
        if i == 0:
            lines.append(("Part 1 of 3. Daily log for Wednesday Oct 22, 2025; times are when the call came in.",
                          "Helvetica", 9, 40, 16))
        else:
            lines.append((f"Part {i + 1} of 3, picking up after {parts[i - 1][-1]['id']}.", "Helvetica", 9, 40, 16))
        if rest:
            lines.append(("...continued: " + rest[0], "Helvetica", 9, 40, 12))
            for s in rest[1:]:
                lines.append((s, "Helvetica", 9, 58, 12))
            lines.append(("", "Helvetica", 9, 40, 4))
            rest = None
        for r in part:
            text = (f"{r['time'].replace(':', '')}  {r['id']}  {r['type']} - "
                    f"{rng.choice(PROSE)} {r['location']}.")
            if r["related"]:
                text += f" Turned over to ND Highway Patrol, their number {r['related'][0][1]}."
            text += f" Disp: {r['disposition']}."
            wrapped, buf = [], ""
            for w in text.split(" "):
                if len(buf) + len(w) + 1 > (84 if not wrapped else 80):
                    wrapped.append(buf)
                    buf = w
                else:
                    buf = (buf + " " + w) if buf else w
            wrapped.append(buf)
            if r is split_rec:
                if len(wrapped) < 2:
                    wrapped = [wrapped[0].rsplit(" Disp:", 1)[0], "Disp:" + wrapped[0].rsplit(" Disp:", 1)[1]]
                lines.append((wrapped[0], "Helvetica", 9, 40, 12))
                lines.append(("(continued in next message)", "Helvetica-Oblique", 8, 40, 16))
                rest = wrapped[1:]
                continue
            lines.append((wrapped[0], "Helvetica", 9, 40, 12))
            for s in wrapped[1:]:
                lines.append((s, "Helvetica", 9, 58, 12))
            lines.append(("", "Helvetica", 9, 40, 4))
        lines.append(("--", "Helvetica", 8, 40, 10))
        lines.append(("Tessaly County Sheriff's Office Dispatch [invented]  |  non-emergency 555-0163",
                      "Helvetica", 8, 40, 10))
        lines.append(("Sent from the CAD export mailbox. Do not reply to this address.", "Helvetica", 8, 40, 12))
        if i > 0:
            lines.append(("[Quoted text hidden]", "Helvetica", 8, 40, 14))
    # paginate
    pages, cur, y = [], [], H - 50
    for ln in lines:
        if y - ln[4] < 40:
            pages.append(cur)
            cur, y = [], H - 50
        cur.append((ln, y))
        y -= ln[4]
    pages.append(cur)
    c = new_canvas(OUT / TC / fname, letter)
    for p, items in enumerate(pages, 1):
        c.setFont("Helvetica", 7)
        c.drawString(30, H - 20, "10/23/25, 7:12 AM")
        c.drawString(W / 2 - 60, H - 20, "Mail - Daily log Oct 22 (3 parts)")
        c.drawString(30, 16, "https://mail.example.com/mail/u/0/?ik=7c3f20a94d&view=pt&search=all"
                             "&permthid=thread-f:1846602934417725038")
        c.drawString(W - 50, 16, f"{p}/{len(pages)}")
        for (text, font, size, x, _gap), y in items:
            if text == "RULE":
                c.line(40, y + 4, W - 40, y + 4)
                continue
            c.setFont(font, size)
            c.drawString(x, y, text)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- 4. Ashby University (2-up fax, table)
AU = "ashby-university-dps"
AU_AG = "Ashby University Department of Public Safety [invented]"


def make_au(rng):
    (OUT / AU).mkdir(parents=True, exist_ok=True)
    out = []
    for fname, n, start, d0, days, sent, label in (
            ("ashby-university-fax-2up-2025-10-01-to-14.pdf", 88, 1530, 1, 14, "OCT-15-2025 11:02", "Oct 1-14, 2025"),
            ("ashby-university-fax-2up-2025-10-15-to-31.pdf", 104, 1790, 15, 17, "NOV-03-2025 09:47",
             "Oct 15-31, 2025")):
        out.append(au_pdf(rng, fname, n, start, d0, days, sent, label))
    write_gt(AU, out)


def au_pdf(rng, fname, n, start, d0, days, sent, label):
    recs = make_records(rng, n, "AU-25-{:04d}", start, 10, d0, days)
    for r in rng.sample(recs[2:-2], 5):
        r["related"].append(("citation", f"C{rng.randint(300000, 399999)}"))
    per = 15
    logpages = [recs[i:i + per] for i in range(0, len(recs), per)]
    nlog = len(logpages)
    sheets = [(logpages[i], logpages[i + 1] if i + 1 < nlog else None) for i in range(0, nlog, 2)]
    W, H = landscape(letter)
    c = new_canvas(OUT / AU / fname, (W, H))
    for s, (left, right) in enumerate(sheets, 1):
        c.setFont("Courier", 7)
        c.drawString(24, H - 14, f"{sent}   ASHBY UNIV DPS         555-0176          P.{s}/{len(sheets)}")
        for half, lp in ((0, left), (1, right)):
            if lp is None:
                c.setFont("Helvetica", 8)
                c.drawString(W / 2 + 30, H / 2, "(this side intentionally blank)")
                continue
            pno = logpages.index(lp) + 1
            x0 = 18 + half * (W / 2)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x0, H - 34, "ASHBY UNIVERSITY DPS - DAILY CRIME LOG [invented]")
            c.setFont("Helvetica", 6)
            c.drawString(x0, H - 43, f"Reported {label}")
            c.drawString(x0 + 300, H - 43, f"Page {pno} of {nlog}")
            y = H - 58
            c.setFont("Helvetica-Bold", 6)
            for dx, h in ((0, "Case #"), (42, "Date/Time Rptd"), (104, "Classification"), (178, "Location"),
                          (262, "Disposition")):
                c.drawString(x0 + dx, y, h)
            c.line(x0, y - 2, x0 + W / 2 - 36, y - 2)
            y -= 11
            c.setFont("Helvetica", 6)
            for r in lp:
                c.drawString(x0, y, r["id"])
                c.drawString(x0 + 42, y, f"{r['date'][:5]}/25 {r['time']}")
                c.drawString(x0 + 104, y, r["type"])
                c.drawString(x0 + 178, y, r["location"])
                c.drawString(x0 + 262, y, r["disposition"])
                y -= 8
                for _k, v in r["related"]:
                    c.drawString(x0 + 262, y, f"Cite {v}")
                    y -= 8
                y -= 14
            if pno == nlog:
                c.setFont("Helvetica-Bold", 6)
                c.drawString(x0, y - 4, f"{len(recs)} cases reported")
        c.line(W / 2, 24, W / 2, H - 24)
        c.setFont("Courier", 6)
        c.drawString(24, 10, "2-UP REDUCED 64%   RX 555-0188 LIBRARY STUDENT PRESS")
        c.showPage()
    c.save()
    e = entry(AU, fname, AU_AG, "daily crime log faxed two pages to a sheet (2-up, reduced)",
              "table with header", recs, ["case_number", "reported_at", "type", "location", "disposition"],
              lambda r: {"case_number": r["id"], "reported_at": f"{r['date'][:5]}/25 {r['time']}",
                         "type": r["type"], "location": r["location"], "disposition": r["disposition"]},
              "Landscape fax sheets each carrying two reduced log pages side by side (2-up), each half with "
              "its own title, 'Page n of N' and header row; reading order is left half then right half, sheet "
              "by sheet, so a text line holds one row from each page. The fax header 'P.s/S' counts sheets, "
              "the log's pages count halves; the last sheet's right half is blank. Some rows have 'Cite "
              "Cnnnnnn' under the disposition (related). Ends 'N cases reported'.",
              {"log_pages": nlog})
    return e


# ---------------------------------------------------------------- 5. Okeena County (fax with resent pages, blocks)
OC = "okeena-county-ok-so"
OC_AG = "Okeena County Sheriff's Office, OK [invented]"


def oc_page(c, W, H, hdr, pno, nlog, chunk, last_total=None):
    c.setFont("Courier", 8)
    c.drawString(30, H - 18, hdr)
    c.setFont("Times-Bold", 12)
    c.drawString(50, H - 48, "OKEENA COUNTY SHERIFF'S OFFICE [invented] - CALLS FOR SERVICE")
    c.setFont("Times-Roman", 9)
    c.drawString(50, H - 62, f"Log page {pno} of {nlog}")
    y = H - 88
    for r in chunk:
        c.setFont("Times-Bold", 9)
        c.drawString(50, y, "Incident:")
        c.drawString(300, y, "Date/Time Rcvd:")
        c.drawString(50, y - 12, "Nature:")
        c.drawString(300, y - 12, "Location:")
        c.drawString(50, y - 24, "Deputy:")
        c.drawString(300, y - 24, "Status:")
        c.setFont("Times-Roman", 9)
        c.drawString(110, y, r["id"])
        c.drawString(380, y, f"{r['date']} {r['time'].replace(':', '')}")
        c.drawString(110, y - 12, r["type"])
        c.drawString(380, y - 12, r["location"])
        c.drawString(110, y - 24, r["unit"])
        c.drawString(380, y - 24, r["disposition"])
        yy = y - 36
        for _k, v in r["related"]:
            c.setFont("Times-Bold", 9)
            c.drawString(50, yy, "Warrant:")
            c.setFont("Times-Roman", 9)
            c.drawString(110, yy, v)
            yy -= 12
        c.line(50, yy + 4, W - 50, yy + 4)
        y = yy - 10
    if last_total is not None:
        c.setFont("Times-Bold", 9)
        c.drawString(50, y - 6, f"Total calls logged: {last_total}")
    c.showPage()


def make_oc(rng):
    (OUT / OC).mkdir(parents=True, exist_ok=True)
    out = [oc_pdf(rng, "okeena-county-fax-with-resent-pages-2025-10-27-to-29.pdf", 62, 2210, 27, (3, 4),
                  "10/30/2025", ("07:31", "08:05", "08:06"), ("#0412", "#0413"), "log pages 3 and 4"),
           oc_pdf(rng, "okeena-county-fax-with-resent-page-2025-10-30-to-11-01.pdf", 71, 2420, 30, (2,),
                  "11/02/2025", ("07:18", "07:52", "07:53"), ("#0431", "#0432"), "log page 2")]
    write_gt(OC, out)


def oc_pdf(rng, fname, n, start, d0, again_pages, day, times, txs, what):
    recs = make_records(rng, n, "OC-25-{:05d}", start, 10, d0, 3)
    for r in recs:
        if int(r["date"][3:5]) > 31:
            r["date"] = f"11/{int(r['date'][3:5]) - 31:02d}/2025"
    for r in recs:
        r["unit"] = f"Unit {rng.choice([11, 12, 14, 17, 21, 23])}"
        r["location"] = rng.choice([r["location"], f"CR {rng.randint(1000, 4999)} & Hwy {rng.choice([9, 33, 51])}"])
    for r in rng.sample(recs[2:-2], 3):
        r["related"].append(("warrant", f"W25-{rng.randint(1000, 1999)}"))
    per = 11
    chunks = [recs[i:i + per] for i in range(0, len(recs), per)]
    nlog = len(chunks)
    W, H = letter
    c = new_canvas(OUT / OC / fname, letter)
    for p, ch in enumerate(chunks, 1):
        oc_page(c, W, H, f"{day} {times[0]}  OKEENA CO SO DISPATCH  555-0171   {txs[0]} P.{p:03d}/{nlog:03d}", p, nlog, ch,
                len(recs) if p == nlog else None)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(60, H - 90, "FAX - RESEND")
    c.setFont("Helvetica", 11)
    y = H - 130
    for s in ["To: Okeena Valley Ledger, newsroom      Fax: 555-0189",
              "From: Okeena County SO, Records           Phone: 555-0171",
              f"Date: {day} {times[1]}",
              f"Pages: {1 + len(again_pages)} including this cover",
              "",
              f"Your office called to say {what} of this morning's fax came through",
              f"unreadable. Sent again below; nothing on {'them' if len(again_pages) > 1 else 'it'} has changed,"
              " and the rest of",
              "the log is as you received it."]:
        c.drawString(60, y, s)
        y -= 16
    c.setFont("Courier", 8)
    c.drawString(30, H - 18, f"{day} {times[1]}  OKEENA CO SO DISPATCH  555-0171   {txs[1]} P.001/{1 + len(again_pages):03d}")
    c.showPage()
    for k, p in enumerate(again_pages, 2):
        oc_page(c, W, H, f"{day} {times[2]}  OKEENA CO SO DISPATCH  555-0171   {txs[1]} P.{k:03d}/"
                f"{1 + len(again_pages):03d}", p, nlog,
                chunks[p - 1])
    c.save()
    resent = [r["id"] for p in again_pages for r in chunks[p - 1]]
    e = entry(OC, fname, OC_AG, "calls-for-service log received by fax, with a second transmission resending " + what,
              "labelled blocks", recs, ["case_number", "reported_at", "type", "location", "disposition", "unit"],
              lambda r: {"case_number": r["id"], "reported_at": f"{r['date']} {r['time'].replace(':', '')}",
                         "type": r["type"], "location": r["location"],
                         "disposition": r["disposition"]},
              "Two-column labelled blocks (Incident:/Date/Time Rcvd:, Nature:/Location:, Deputy:/Status:, "
              "sometimes Warrant: which is related). Faxed as transmission " + txs[0] + ", then a 'FAX - RESEND' "
              "cover and transmission " + txs[1] + " resending " + what + " unchanged: their records are printed twice "
              "but are one record each (listed once, at their first printing). Locations like 'CR 3417 & "
              "Hwy 9' and unit numbers are not ids. 'Total calls logged: N' on the last original log page.",
              {"resent_log_pages": list(again_pages), "resent_case_numbers": resent})
    return e


def main():
    make_cf(random.Random(SEED + 1))
    make_wh(random.Random(SEED + 2))
    make_tc(random.Random(SEED + 3))
    make_au(random.Random(SEED + 4))
    make_oc(random.Random(SEED + 5))


if __name__ == "__main__":
    main()
