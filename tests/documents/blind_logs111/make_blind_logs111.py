"""Generate a held-out set of coroner and death-investigation logs (blind_logs111).

Five layouts from invented county sheriff-coroner offices: a coroner case register (table) whose
second column holds the sheriff's report number, shaped like the coroner case number; a medical
examiner intake log in labelled decedent blocks, with autopsy and toxicology supplement blocks that
cite an earlier case and are not new cases; a death investigator's shift log (free text) where only
`Case opened` entries are cases and body releases, tox follow-ups and phone calls are not; a
numbered-paragraph coroner's weekly report where every reported death (accepted, released to the
attending physician or declined) is a case and paragraph numbers are not case numbers; and a
two-line case table whose second line is the decedent block with a hospital account number and,
sometimes, a prior coroner case cited. Every agency, place and record is invented; no person is
named (decedents by age and sex only, staff by badge number). Output is deterministic: fixed seed,
reportlab invariant mode. Run:
    python tests/documents/blind_logs111/make_blind_logs111.py [OUT_DIR]
"""

import datetime
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
SEED = 20261211
MANNER = ["Natural", "Accident", "Suicide", "Homicide", "Undetermined", "Pending"]
CIRC = ["Unattended death at residence", "Hospital death within 24 hours of admission", "Fall from height",
        "Motor vehicle collision", "Suspected overdose", "Found deceased in vehicle", "Drowning",
        "Hospice death - no physician signature", "Industrial accident", "Gunshot wound",
        "Death in custody", "Infant death - sleep related", "Hanging", "Fire death", "Pedestrian struck"]
DISP = ["Jurisdiction accepted - autopsy ordered", "Jurisdiction accepted - external exam",
        "Released to attending physician", "Jurisdiction declined - natural, PCP will sign",
        "Accepted - toxicology pending", "Released to funeral home"]
TOWNS = ["Fenwick", "Ardel", "Colter Springs", "Mabry", "Osk Valley", "Tranter", "Wexley", "Pell Crossing"]
STREETS = ["Birch Ln", "Hollow Rd", "Main St", "County Rd 14", "Quarry Way", "Sayer Ave", "Ridge Dr", "Elm Ct"]


VIOLENT = {"Fall from height": "Accident", "Motor vehicle collision": "Accident", "Drowning": "Accident",
           "Industrial accident": "Accident", "Gunshot wound": "Homicide", "Hanging": "Suicide",
           "Fire death": "Accident", "Pedestrian struck": "Accident", "Suspected overdose": "Pending",
           "Death in custody": "Pending", "Infant death - sleep related": "Pending"}


def case(r):
    """(circumstance, manner, disposition) that go together."""
    circ = r.choice(CIRC)
    if circ in VIOLENT:
        manner = VIOLENT[circ] if r.random() < 0.7 else r.choice(["Pending", "Undetermined"])
        if circ == "Gunshot wound" and r.random() < 0.5:
            manner = "Suicide"
        disp = r.choice([d for d in DISP if d.startswith(("Jurisdiction accepted", "Accepted"))] + [DISP[5]])
    else:
        manner = "Natural"
        disp = r.choice(DISP)
    return circ, manner, disp


def addr(r):
    return f"{r.randint(100, 9899)} {r.choice(STREETS)}, {r.choice(TOWNS)}"


def decedent(r):
    return f"{r.randint(19, 96)} {r.choice('MF')}"


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


def stamps(r, first, n, ndays):
    """n increasing datetimes over ndays starting at date first."""
    mins = sorted(r.sample(range(ndays * 1440), n))
    return [first + datetime.timedelta(minutes=m) for m in mins]


def cell(r):
    u = r.choice("ABCDEF")
    return f"{u}{r.randint(1, 2)}-{r.randint(101, 124)}{r.choice('AB')}"


def draw_pages(path, size, pages, header, footer_left, font="Courier", fsize=8.0, lh=10.5):
    """pages: list of list of lines; a line is a str (drawn at x=36) or a list of (x, str)."""
    c = new_canvas(path, size)
    w, h = size
    n = len(pages)
    for i, lines in enumerate(pages, 1):
        y = h - 40
        for x, text, f, s in header:
            c.setFont(f, s)
            c.drawString(x, y, text)
            y -= s + 4
        y -= 4
        c.setFont(font, fsize)
        for line in lines:
            for x, text in ([(36, line)] if isinstance(line, str) else line):
                c.drawString(x, y, text)
            y -= lh
        c.setFont("Helvetica", 7.5)
        c.drawString(36, 26, footer_left)
        c.drawRightString(w - 36, 26, f"Page {i} of {n}")
        c.showPage()
    c.save()


def paginate(groups, per_page, head_lines=()):
    """groups: list of line lists kept together; head_lines repeat at the top of every page."""
    pages, cur = [], list(head_lines)
    for g in groups:
        if len(cur) + len(g) > per_page and len(cur) > len(head_lines):
            pages.append(cur)
            cur = list(head_lines)
        cur += g
    pages.append(cur)
    return pages


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, related):
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        samples.append({k: recs[i][k] for k in ["case_number"] + fields if k in recs[i] and k != "case_number"}
                       | {"case_number": recs[i]["case_number"]})
    samples = [{"case_number": s["case_number"], **{k: v for k, v in s.items() if k != "case_number"}}
               for s in samples]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs111.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs111.py) from the records it drew; "
                               "checked by check_blind_logs106.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def related_of(recs):
    return [{"record": rec["case_number"], "kind": k, "number": num} for rec in recs for k, num in rec["rel"]]



def wrap(text, width):
    chunks, cur = [], ""
    for wd in text.split():
        if cur and len(cur) + len(wd) + 1 > width:
            chunks.append(cur)
            cur = wd
        else:
            cur = (cur + " " + wd).strip()
    return chunks + [cur]


# 1 ------------------------------------------------------------------ Brisco County, CA: case register
def brisco(d, r):
    agency = "Brisco County Sheriff-Coroner, CA [invented]"
    gt = []
    cc, sr = 1204, 18230
    for fname, month, n in [("brisco-coroner-case-register-2025-10.pdf", 10, 52),
                            ("brisco-coroner-case-register-2025-11.pdf", 11, 57)]:
        recs = []
        for t in stamps(r, datetime.datetime(2025, month, 1), n, 30):
            cc += r.randint(1, 2)
            srn = ""
            if r.random() < 0.5:
                sr += r.randint(3, 40)
                srn = f"S25-{sr:05d}"
            circ, manner, dispo = case(r)
            rec = {"case_number": f"C25-{cc:05d}", "sr": srn, "reported_at": t.strftime("%m/%d/%Y %H:%M"),
                   "manner": manner, "type": circ, "location": addr(r), "disposition": dispo}
            rec["rel"] = [("sheriff_report", srn)] if srn else []
            recs.append(rec)
        head = [f"{'Coroner No.':<12}{'Sheriff Rpt':<12}{'Reported':<18}{'Manner':<14}{'Circumstance':<44}"
                f"{'Place of Death':<34}Disposition", "-" * 172]
        groups = [[f"{x['case_number']:<12}{x['sr']:<12}{x['reported_at']:<18}{x['manner']:<14}{x['type']:<44}"
                   f"{x['location']:<34}{x['disposition']}"] for x in recs]
        nsr = sum(1 for x in recs if x["sr"])
        groups.append(["", f"Cases listed: {n}    Sheriff reports referenced: {nsr}    "
                           f"Autopsies performed: {sum(1 for x in recs if 'autopsy' in x['disposition'])}"])
        pages = paginate(groups, 42, head)
        header = [(36, "BRISCO COUNTY SHERIFF-CORONER [invented] - CORONER DIVISION", "Helvetica-Bold", 11),
                  (36, f"Coroner Case Register - {datetime.date(2025, month, 1).strftime('%B %Y')} - "
                       "Coroner Records 555-0131", "Helvetica", 9)]
        path = d / fname
        draw_pages(path, landscape(letter), pages, header, "CRN-REG-2  decedents not named in public register",
                   fsize=6.8, lh=9.5)
        gt.append(entry(path, agency, "coroner case register (month)", "table with header", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "Landscape dash-ruled table, header repeated on every page. The first column is the "
                        "coroner case number `C25-NNNNN`; the second, `Sheriff Rpt`, holds the sheriff's report "
                        "number `S25-NNNNN` of exactly the same shape, blank when the sheriff took no report. "
                        "`type` is the Circumstance column (Manner is a separate column). Released and declined "
                        "cases are still cases. Ends `Cases listed: N    Sheriff reports referenced: M`.",
                        "every row counted by the generator", related_of(recs)))
    return agency, gt


# 2 ------------------------------------------------------------------ Dunmore County, NV: ME intake blocks
def dunmore(d, r):
    agency = "Dunmore County Sheriff-Coroner, NV [invented]"
    recs, groups = [], []
    cn, lab, nsup = 388, 810, 0
    for t in stamps(r, datetime.datetime(2025, 9, 1), 78, 61):
        cn += r.randint(1, 3)
        hosp = r.random() < 0.45
        circ, _, dispo = case(r)
        rec = {"case_number": f"25-{cn:04d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": circ,
               "location": addr(r), "disposition": dispo, "rel": []}
        dso = f"DSO-25-{r.randint(10000, 39999)}"
        rec["rel"].append(("sheriff_report", dso))
        mr = "none"
        if hosp:
            mr = f"{r.randint(1000000, 9999999)}"
            rec["rel"].append(("hospital_mr", mr))
        groups.append([
            [(36, f"CORONER CASE NO.: {rec['case_number']}"), (320, f"Reported: {rec['reported_at']}")],
            [(36, f"Decedent: {decedent(r)}"), (320, f"Residence: {r.choice(TOWNS)}")],
            [(36, f"Place of Death: {rec['location']}")],
            [(36, f"Hospital MR No.: {mr}"), (320, f"Sheriff Report No.: {dso}")],
            [(36, f"Circumstances: {rec['type']}")],
            [(36, f"Disposition: {rec['disposition']}")],
            [(36, "-" * 110)]])
        recs.append(rec)
        if len(recs) > 4 and r.random() < 0.3:
            old = r.choice(recs[-8:-1])
            lab += r.randint(1, 4)
            kind = r.choice(["TOXICOLOGY RESULTS", "AUTOPSY REPORT"])
            nsup += 1
            num = f"TX-25-{lab:04d}" if kind.startswith("TOX") else f"A25-{lab:04d}"
            old["rel"].append(("toxicology_lab" if kind.startswith("TOX") else "autopsy_report", num))
            res = (r.choice(["Ethanol 0.21 g/dL", "Fentanyl detected", "No drugs detected", "Methamphetamine detected"])
                   if kind.startswith("TOX") else r.choice(["Manner: Accident", "Manner: Natural", "Manner: Undetermined"]))
            groups.append([
                [(36, f"SUPPLEMENTAL - {kind}"), (320, f"re Coroner Case No.: {old['case_number']}")],
                [(36, f"Received: {(t + datetime.timedelta(hours=r.randint(2, 30))).strftime('%m/%d/%Y')}"),
                 (320, f"Lab/Report No.: {num}")],
                [(36, f"Result: {res}  -  not a new case")],
                [(36, "-" * 110)]])
    groups.append(["", f"New cases this period: {len(recs)}    Supplements: {nsup}"])
    pages = paginate(groups, 60)
    header = [(36, "DUNMORE COUNTY SHERIFF-CORONER [invented] - MEDICAL EXAMINER INTAKE LOG", "Helvetica-Bold", 11),
              (36, "Cases and supplements 09/01/2025 - 10/31/2025 - Coroner Records 555-0176", "Helvetica", 9)]
    path = d / "dunmore-me-intake-log-2025-09-10.pdf"
    draw_pages(path, letter, pages, header, "ME-INTAKE  decedents by age and sex only", font="Helvetica",
               fsize=8.5, lh=10.5)
    gt = [entry(path, agency, "medical examiner intake log (two months)", "labelled blocks", recs,
                ["reported_at", "type", "location", "disposition"],
                "Labelled decedent blocks opened by `CORONER CASE NO.: 25-NNNN` and closed by a dashed rule. "
                "Between them, `SUPPLEMENTAL - TOXICOLOGY RESULTS` / `SUPPLEMENTAL - AUTOPSY REPORT` blocks "
                "cite an earlier case (`re Coroner Case No.: 25-NNNN`) and are not new cases. Sheriff report "
                "numbers `DSO-25-NNNNN`, hospital MR numbers, lab numbers `TX-25-NNNN` and autopsy report numbers "
                "`A25-NNNN` are related. `type` is the Circumstances label, `location` the Place of Death. Ends "
                "`New cases this period: N    Supplements: S`.",
                "case blocks counted by the generator", related_of(recs))]
    return agency, gt


# 3 ------------------------------------------------------------------ Harlow County, OR: investigator log
def harlow(d, r):
    agency = "Harlow County Sheriff's Office - Coroner Investigations, OR [invented]"
    gt = []
    hn = 140
    for fname, days, cap in [("harlow-death-investigator-log-2025-11-01-15.pdf", range(1, 16), 48),
                             ("harlow-death-investigator-log-2025-11-16-30.pdf", range(16, 31), 52)]:
        recs, lines = [], []
        for day in days:
            date = datetime.date(2025, 11, day)
            lines.append([(36, f"{date.strftime('%A, %B %d, %Y')} - Deputy Coroner on call: Badge {r.randint(400, 499)}")])
            for m in sorted(r.sample(range(10, 1430), r.randint(5, 8))):
                hhmm = f"{m // 60:02d}{m % 60:02d}"
                roll = r.random()
                if roll < 0.5 and len(recs) < cap:
                    hn += r.randint(1, 2)
                    circ, _, dispo = case(r)
                    rec = {"case_number": f"H25-{hn:04d}", "reported_at": f"{date.strftime('%m/%d/%Y')} {hhmm}",
                           "type": circ, "location": addr(r), "disposition": dispo, "rel": []}
                    so = f"25-{r.randint(20000, 29999)}"
                    rec["rel"].append(("sheriff_report", so))
                    text = (f"Case {rec['case_number']} opened: {rec['type']} at {rec['location']}. Decedent "
                            f"{decedent(r)}. Reported by patrol, sheriff's report {so}. "
                            f"Disposition: {rec['disposition']}.")
                    recs.append(rec)
                elif roll < 0.68 and recs:
                    old = r.choice(recs[-6:])
                    text = f"Body of {old['case_number']} released to {r.choice(TOWNS)} Funeral Home, release form signed."
                elif roll < 0.8 and recs:
                    old = r.choice(recs[-10:])
                    text = f"Tox results received for {old['case_number']}, forwarded to pathologist. Not a new case."
                elif roll < 0.9:
                    text = "Phone inquiry from hospice nurse, death expected, attending to sign. No case number assigned."
                else:
                    text = "Vehicle and scene kit checked, cooler temperature logged."
                ch = wrap(text, 96)
                lines.append([(36, hhmm), (72, ch[0])])
                lines += [[(72, c)] for c in ch[1:]]
            if len(recs) >= cap:
                break
        lines.append([(36, f"Cases opened this period: {len(recs)}")])
        pages = paginate([[x] for x in lines], 60)
        header = [(36, "HARLOW COUNTY SHERIFF'S OFFICE [invented] - CORONER INVESTIGATIONS", "Helvetica-Bold", 11),
                  (36, "Death investigator daily log - entries as typed - Coroner Records 555-0122", "Helvetica", 9)]
        path = d / fname
        draw_pages(path, letter, pages, header, "DI daily log export  decedents by age and sex only",
                   font="Helvetica", fsize=8.5, lh=11)
        gt.append(entry(path, agency, "death investigator daily log (half month)", "free text", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "Day headings (`Monday, November 03, 2025 - Deputy Coroner on call: Badge 4NN`) then entries, "
                        "a four-digit time then text wrapped under the text. Only entries opening `Case H25-NNNN "
                        "opened:` are cases; `Body of H25-NNNN released ...` and `Tox results received for H25-NNNN` "
                        "repeat an earlier case's number and are not new cases; phone inquiries and kit checks are "
                        "not cases. reported_at = heading date + entry time. Sheriff's report numbers `25-NNNNN` "
                        "are related. Ends `Cases opened this period: N`.",
                        "case-opened entries counted by the generator", related_of(recs)))
    return agency, gt


# 4 ------------------------------------------------------------------ Kestrel County, WA: numbered report
def kestrel(d, r):
    agency = "Kestrel County Sheriff-Coroner, WA [invented]"
    gt = []
    kn = 301
    for fname, month, n in [("kestrel-coroner-monthly-report-2025-10.pdf", 10, 46),
                            ("kestrel-coroner-monthly-report-2025-11.pdf", 11, 49)]:
        recs, groups, para = [], [], 0
        counts = {"accepted": 0, "released": 0, "declined": 0}
        for t in stamps(r, datetime.datetime(2025, month, 1), n, 30):
            kn += r.randint(1, 2)
            circ, _, dispo = case(r)
            cat = "declined" if "declined" in dispo else "released" if dispo.startswith("Released") else "accepted"
            counts[cat] += 1
            rec = {"case_number": f"2025-{kn:04d}", "reported_at": t.strftime("%m/%d/%Y %H%M"), "type": circ,
                   "location": addr(r), "disposition": dispo, "rel": []}
            ksr = f"K25-{r.randint(100000, 199999)}"
            rec["rel"].append(("sheriff_report", ksr))
            para += 1
            text = (f"{para}. On {t.strftime('%m/%d/%Y')} at {t.strftime('%H%M')} hrs the Coroner's office was "
                    f"notified of the death of a decedent, {decedent(r)}, at {rec['location']} ({rec['type']}). Coroner case "
                    f"{rec['case_number']}; sheriff's report {ksr}. Disposition: {dispo}.")
            ch = wrap(text, 100)
            groups.append([ch[0]] + ["    " + c for c in ch[1:]] + [""])
            recs.append(rec)
            if len(recs) > 3 and r.random() < 0.3:
                old = r.choice(recs[-6:-1])
                para += 1
                text = (f"{para}. Follow-up to coroner case {old['case_number']}: "
                        f"{r.choice(['autopsy completed', 'toxicology returned', 'death certificate amended'])}, "
                        f"manner {r.choice(MANNER[:5])}. No new case.")
                ch = wrap(text, 100)
                groups.append([ch[0]] + ["    " + c for c in ch[1:]] + [""])
        groups.append([f"Deaths reported this month: {n} (accepted {counts['accepted']}, released "
                       f"{counts['released']}, declined {counts['declined']}). Paragraphs: {para}."])
        pages = paginate(groups, 56)
        header = [(36, "KESTREL COUNTY SHERIFF-CORONER [invented]", "Helvetica-Bold", 11),
                  (36, f"Coroner's Report to the Board - {datetime.date(2025, month, 1).strftime('%B %Y')} - "
                       "Office 555-0158", "Helvetica", 9)]
        path = d / fname
        draw_pages(path, letter, pages, header, "Monthly coroner report  decedents by age and sex only",
                   font="Times-Roman", fsize=9, lh=11)
        gt.append(entry(path, agency, "coroner's monthly report (numbered paragraphs)", "numbered paragraphs", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "Numbered paragraphs running across pages; each death reported is one paragraph, "
                        "`N. On MM/DD/YYYY at HHMM hrs the Coroner's office was notified ...`, with the case id "
                        "`Coroner case 2025-NNNN` inside the paragraph: the paragraph number is not the id. "
                        "Paragraphs `N. Follow-up to coroner case 2025-NNNN: autopsy completed ...` repeat an earlier "
                        "case and are not new cases. Released and declined deaths are cases. `type` is the text in "
                        "parentheses. Sheriff report numbers `K25-NNNNNN` are related. Ends `Deaths reported this "
                        "month: N (accepted A, released R, declined D). Paragraphs: P.`",
                        "death paragraphs counted by the generator", related_of(recs)))
    return agency, gt


# 5 ------------------------------------------------------------------ Orrin County, ID: two-line rows
def orrin(d, r):
    agency = "Orrin County Sheriff-Coroner, ID [invented]"
    recs, lines = [], []
    on = 77
    for t in stamps(r, datetime.datetime(2025, 7, 1), 112, 92):
        on += r.randint(1, 2)
        circ, manner, dispo = case(r)
        rec = {"case_number": f"OC-25-{on:04d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "manner": manner, "type": circ, "location": addr(r), "disposition": dispo, "rel": []}
        acct = f"OH-25-{r.randint(100000, 999999)}"
        rec["rel"].append(("hospital_account", acct))
        second = f"             Decedent {decedent(r)}   Hosp. Acct {acct}"
        if r.random() < 0.15:
            prior = f"OC-24-{r.randint(100, 999):04d}"
            rec["rel"].append(("prior_coroner_case", prior))
            second += f"   Prior coroner case {prior} (same decedent household)"
        lines.append(f"{rec['case_number']:<13}{rec['reported_at']:<18}{rec['manner']:<14}{rec['type']:<44}"
                     f"{rec['location']:<34}{rec['disposition']}")
        lines.append(second)
        recs.append(rec)
    lines += ["", f"Total cases: {len(recs)}"]
    head = [f"{'Case No.':<13}{'Reported':<18}{'Manner':<14}{'Circumstance':<44}{'Place of Death':<34}Disposition",
            f"{'':13}Decedent / hospital account / prior case", "=" * 167]
    pages = paginate([[x] for x in lines], 46, head)
    header = [(36, "ORRIN COUNTY SHERIFF-CORONER [invented]", "Helvetica-Bold", 11),
              (36, "Coroner Cases - Third Quarter 2025 (07/01 - 09/30) - Records 555-0190", "Helvetica", 9)]
    path = d / "orrin-coroner-cases-2025-q3.pdf"
    draw_pages(path, landscape(letter), pages, header, "CORQ report  decedents by age and sex only",
               fsize=6.8, lh=9.5)
    gt = [entry(path, agency, "coroner cases by quarter", "table with header", recs,
                ["reported_at", "type", "location", "disposition"],
                "Landscape table, two lines per case: the case line (`OC-25-NNNN`, reported, manner, circumstance, "
                "place of death, disposition) and an indented decedent line with the hospital account `OH-25-NNNNNN` "
                "and sometimes `Prior coroner case OC-24-NNNN`, a last-year case of the same shape as the id, which "
                "is related, not a record. Lines are paginated one by one, so some cases have their decedent line "
                "at the top of the next page under the repeated header. Ends `Total cases: N`.",
                "case lines counted by the generator", related_of(recs))]
    return agency, gt


AGENCIES = [("brisco-county-ca-sc", 1, brisco), ("dunmore-county-nv-sc", 2, dunmore),
            ("harlow-county-or-so", 3, harlow), ("kestrel-county-wa-sc", 4, kestrel),
            ("orrin-county-id-sc", 5, orrin)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        for e in gt:
            for s in e["sample_records"]:
                s.pop("rel", None)
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
