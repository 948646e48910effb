"""Generate a held-out set of daily incident digests sent by e-mail and compiled into one PDF
(blind_logs137).

Each PDF is a records clerk's print of a mailbox folder: one e-mail per day (From/To/Date/Subject
headers, attachments listed by name), the digest body, a signature and a confidentiality footer;
replies and forwards that print earlier entries again. Five layouts:
  1 Brackwater PD, TX: a fixed-width table per digest; Outlook replies quote rows with "> ".
  2 Lindqvist County SO, MN: labelled blocks with a CAD event number; forwards reprint whole
    blocks unquoted under "---------- Forwarded message ---------".
  3 Ostrander PD, OH: free-text paragraphs, the case number at the end; later digests carry
    "UPDATE 25-nnnnn:" paragraphs about earlier incidents (not new incidents), some citing an
    arrest number.
  4 Pemberton PD, VA: numbered paragraphs restarting at 1 in every digest, a call-for-service number
    in each item, a per-type tally under each list.
  5 Harrowgate PD, NC: a pipe-delimited CAD export pasted into the mail, call number BEFORE the
    incident number (both all digits), lines soft-wrapped by the mail client at 76 characters.
Every agency, place, person and number is invented; phone numbers are 555-01xx. Deterministic:
fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs137/make_blind_logs137.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261371
TYPES = ["Theft from vehicle", "Burglary - residential", "Vandalism", "Disturbance", "Welfare check",
         "Shoplifting", "Traffic crash - property damage", "Suspicious person", "Assault - simple",
         "Fraud - identity", "Stolen vehicle", "Noise complaint", "Trespass", "Found property",
         "DUI arrest", "Domestic disturbance", "Harassment", "Missing person - located"]
DISPS = ["Report taken", "Arrest made", "Closed - no report", "Referred to detectives", "Unfounded",
         "Citation issued", "Gone on arrival", "Pending investigation"]
STREETS = ["Quarry Rd", "Linden Ave", "Mercer St", "Holloway Blvd", "Tanager Ln", "Fenwick Dr",
           "Oakmont Pl", "Rushing Creek Pkwy", "Bellweather St", "Cinder Ave", "Marlow Ct", "Sable Way",
           "Prescott St", "Greave Rd", "Wendell Ave", "Larkspur Dr"]


def new_canvas(path):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def place(r):
    if r.random() < 0.2:
        a, b = r.sample(STREETS, 2)
        return f"{a} & {b}"
    return f"{r.randint(1, 48) * 100 + r.choice([0, 10, 25, 40, 77])} {r.choice(STREETS)}"


def draw(path, lines, title, per_page=68):
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    c = new_canvas(path)
    w, h = letter
    for i, pl in enumerate(pages, 1):
        c.setFont("Helvetica-Bold", 8)
        c.drawString(36, h - 30, title)
        c.setFont("Courier", 7.6)
        y = h - 48
        for line in pl:
            c.drawString(36, y, line)
            y -= 10
        c.setFont("Helvetica", 7)
        c.drawRightString(w - 36, 20, f"Page {i} of {len(pages)}")
        c.showPage()
    c.save()


def days_of(r, first, n, ndays):
    """Split n records over ndays days (each day 3+ records)."""
    cuts = sorted(r.sample(range(1, n), ndays - 1))
    sizes = [b - a for a, b in zip([0] + cuts, cuts + [n])]
    while min(sizes) < 3:
        i, j = sizes.index(min(sizes)), sizes.index(max(sizes))
        sizes[i] += 1
        sizes[j] -= 1
    return [(first + datetime.timedelta(days=k), s) for k, s in enumerate(sizes)]


def times(r, day, n):
    mins = sorted(r.sample(range(1440), n))
    return [day + datetime.timedelta(minutes=m) for m in mins]


def hdr(frm, to, date, subject, attach=None, cc=None):
    out = [f"From:    {frm}", f"To:      {to}"]
    if cc:
        out.append(f"Cc:      {cc}")
    out += [f"Sent:    {date.strftime('%A, %B %d, %Y %I:%M %p')}", f"Subject: {subject}"]
    if attach:
        out.append(f"Attachments: {'; '.join(attach)}")
    return out + [""]


SEP = "=" * 100
CONF = ["CONFIDENTIALITY NOTICE: This message and any attachments are for the named recipient(s) only",
        "and may contain law enforcement sensitive information. If received in error, notify the",
        "sender and delete it."]


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, related, src):
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        samples.append({"case_number": recs[i]["case_number"]} | {k: recs[i][k] for k in fields if k in recs[i]})
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs137.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False,
        "text_layer": "good", "record_count": n, "case_numbers": [x["case_number"] for x in recs],
        "related_numbers": related, "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs137.py) from the records it drew; "
                               "checked by check_blind_logs137.py against `pdftotext -layout` text" + src,
        "record_count_check": count_check, "notes": notes,
    }


def cover(agency, request, nmsg, nrec, folder):
    return [f"Records request {request} - responsive e-mail, mailbox folder \"{folder}\"",
            f"Agency: {agency.replace(' [invented]', '')}",
            f"Messages printed: {nmsg}   Distinct incidents listed: {nrec}",
            "Replies and forwards are printed as received; entries they repeat are counted once.", SEP]


# 1 ------------------------------------------------------------- Brackwater PD, TX: table + quotes
def brackwater(d, r):
    agency = "Brackwater Police Department, TX [invented]"
    gt, no = [], 4410
    sig = ["--", "Dana Pruett | Crime Analysis Unit", "Brackwater Police Department",
           "412 Cortland St, Brackwater TX | 555-0142"]
    for fname, first, n, nd in [("brackwater-daily-digest-2025-10-06-12.pdf", datetime.datetime(2025, 10, 6), 74, 7),
                                ("brackwater-daily-digest-2025-10-13-17.pdf", datetime.datetime(2025, 10, 13), 58, 5)]:
        recs, msgs, nmsg, quoted = [], [], 0, 0
        prev = None
        for day, size in days_of(r, first, n, nd):
            rows = []
            for t in times(r, day, size):
                no += r.randint(1, 4)
                rec = {"case_number": f"BPD25-{no:06d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
                       "type": r.choice(TYPES), "location": place(r), "disposition": r.choice(DISPS)}
                recs.append(rec)
                rows.append(f"{rec['case_number']:<14}{rec['reported_at']:<18}{rec['type']:<33}"
                            f"{rec['location'].ljust(28)} {rec['disposition']}")
            sent = day + datetime.timedelta(days=1, hours=6, minutes=r.randint(0, 50))
            subj = f"Daily Incident Digest - {day.strftime('%m/%d/%Y')}"
            msgs += hdr("Pruett, Dana <dpruett@brackwater-pd.example>", "BPD Command Staff <command@brackwater-pd.example>",
                        sent, subj, [f"digest_{day.strftime('%Y%m%d')}.xlsx", "CAD_shift_summary.pdf"])
            msgs += ["Good morning,", "", f"Incidents reported {day.strftime('%A %m/%d')} (0000-2359): {size}", "",
                     f"{'CASE NO.':<14}{'REPORTED':<18}{'NATURE':<33}{'LOCATION':<29}DISPOSITION",
                     "-" * 108] + rows + [""] + sig + [""] + CONF + [SEP]
            nmsg += 1
            if prev and r.random() < 0.8:
                prows, psubj, psent = prev
                pick = sorted(r.sample(range(len(prows)), min(len(prows), r.randint(1, 3))))
                when = sent + datetime.timedelta(hours=r.randint(1, 5))
                msgs += hdr("Okafor, Lt. Renee <rokafor@brackwater-pd.example>",
                            "Pruett, Dana <dpruett@brackwater-pd.example>", when, "RE: " + psubj,
                            cc="BPD Command Staff <command@brackwater-pd.example>")
                msgs += ["Dana - can you pull the body-cam request for these from yesterday's list? Thanks.",
                         "R. Okafor, Patrol Division Lieutenant", "", "-----Original Message-----",
                         "> From: Pruett, Dana", f"> Sent: {psent.strftime('%A, %B %d, %Y %I:%M %p')}",
                         f"> Subject: {psubj}", ">"]
                msgs += ["> " + prows[i] for i in pick] + [">", "> [rest of message trimmed]", SEP]
                quoted += len(pick)
                nmsg += 1
            prev = (rows, subj, sent)
        lines = cover(agency, "PRR-2025-0883", nmsg, len(recs), "Daily Digest") + msgs
        path = d / fname
        draw(path, lines, "Brackwater PD - Records Unit - e-mail export (PRR-2025-0883)")
        gt.append(entry(path, agency, "daily incident digest e-mails (Outlook print, one message per day)",
                        "table with header", recs, ["reported_at", "type", "location", "disposition"],
                        "Each day's digest is a fixed-width table (CASE NO., REPORTED, NATURE, LOCATION, "
                        "DISPOSITION). Trap: replies quote one to three rows of the previous day's table after "
                        f"'-----Original Message-----', prefixed '> ' ({quoted} quoted rows here); they are the "
                        "same incidents printed again, not new ones. The attachment names and the request number "
                        "PRR-2025-0883 are not records.",
                        "every table row outside quotes counted in the text; the cover line 'Distinct incidents "
                        "listed' agrees", [], ""))
    return gt


# 2 --------------------------------------------------- Lindqvist County SO, MN: blocks + forwards
def lindqvist(d, r):
    agency = "Lindqvist County Sheriff's Office, MN [invented]"
    gt, no, cad = [], 1208, 250000
    sig = ["Sgt. Mara Thorsby", "Lindqvist County Sheriff's Office - Communications",
           "Office 555-0167 | Fax 555-0168"]
    for fname, first, n, nd in [("lindqvist-sheriff-digest-2025-09.pdf", datetime.datetime(2025, 9, 22), 62, 8)]:
        recs, msgs, nmsg, related, fwd = [], [], 0, [], 0
        for k, (day, size) in enumerate(days_of(r, first, n, nd)):
            blocks = []
            for t in times(r, day, size):
                no += r.randint(1, 3)
                cad += r.randint(5, 40)
                rec = {"case_number": f"LC-25-{no:05d}", "reported_at": t.strftime("%m/%d/%Y %H%M"),
                       "type": r.choice(TYPES), "location": place(r) + ", " + r.choice(["Hedda", "Sorrel Lake", "Twin Pines Twp", "Rask"]),
                       "disposition": r.choice(DISPS)}
                rec["cad"] = f"E25-{cad:06d}"
                recs.append(rec)
                related.append({"record": rec["case_number"], "kind": "cad_event", "number": rec["cad"]})
                blocks.append(["Case Number:  " + rec["case_number"], "CAD Event:    " + rec["cad"],
                               "Reported:     " + rec["reported_at"], "Incident:     " + rec["type"],
                               "Location:     " + rec["location"], "Deputy:       Badge " + str(r.randint(120, 189)),
                               "Disposition:  " + rec["disposition"], ""])
            sent = day + datetime.timedelta(days=1, hours=5, minutes=r.randint(0, 59))
            subj = f"LCSO Daily Activity Digest {day.strftime('%m/%d/%y')}"
            body = [ln for b in blocks for ln in b]
            msgs += hdr("LCSO Communications <comm@lindqvist-so.example>", "LCSO All Sworn <allsworn@lindqvist-so.example>",
                        sent, subj, [f"ActivityDigest_{day.strftime('%m%d%y')}.pdf"])
            msgs += [f"Daily activity digest for {day.strftime('%A, %B %d, %Y')}. {size} case reports.", ""] + body
            msgs += ["-- ", *sig, "", *CONF, SEP]
            nmsg += 1
            if k % 2 == 1 or k == nd - 1:
                pick = sorted(r.sample(range(len(blocks)), min(len(blocks), r.randint(1, 2))))
                when = sent + datetime.timedelta(hours=r.randint(2, 6))
                msgs += hdr("Sgt. Mara Thorsby <mthorsby@lindqvist-so.example>",
                            "Hedda City Attorney <attorney@hedda-city.example>", when, "Fwd: " + subj,
                            [f"ActivityDigest_{day.strftime('%m%d%y')}.pdf"])
                msgs += ["Counsel - the entries below from today's digest are inside city limits. Forwarding",
                         "as requested; full reports to follow once approved.", "", "Mara", "",
                         "---------- Forwarded message ---------",
                         "From: LCSO Communications <comm@lindqvist-so.example>",
                         f"Date: {sent.strftime('%a, %b %d, %Y at %I:%M %p')}", f"Subject: {subj}", ""]
                for i in pick:
                    msgs += blocks[i]
                fwd += len(pick)
                msgs += ["-- ", *sig, "", *CONF, SEP]
                nmsg += 1
        lines = cover(agency, "LC-PRR-0419", nmsg, len(recs), "Digest - Sent Items") + msgs
        path = d / fname
        draw(path, lines, "Lindqvist County Sheriff's Office - mailbox print for request LC-PRR-0419")
        gt.append(entry(path, agency, "daily activity digest e-mails with forwards",
                        "labelled blocks", recs, ["reported_at", "type", "location", "disposition"],
                        "One labelled block per case (Case Number, CAD Event, Reported, Incident, Location, Deputy, "
                        "Disposition). Trap: forwarded messages reprint whole blocks unquoted under "
                        f"'---------- Forwarded message ---------' ({fwd} reprinted blocks here); each is the same "
                        "case printed again and counts once. CAD event numbers (E25-nnnnnn) are in related_numbers. "
                        "The request number LC-PRR-0419 is not a case.",
                        "blocks counted in the text, reprints collapsed to their first appearance; the cover "
                        "line agrees", related, "; the forwarded reprints are listed once"))
    return gt


# 3 --------------------------------------------------------- Ostrander PD, OH: free text + UPDATE
def ostrander(d, r):
    agency = "Ostrander Police Department, OH [invented]"
    gt, no, arr = [], 10388, 300
    sig = ["Chief Walter Ibsen", "Ostrander Police Department", "555-0113"]
    verbs = ["Officers responded to", "An officer was dispatched to", "Caller reported an incident at",
             "Units checked the area of", "A walk-in complainant reported a matter at"]
    for fname, first, n, nd in [("ostrander-chiefs-digest-2025-11-03-09.pdf", datetime.datetime(2025, 11, 3), 52, 7),
                                ("ostrander-chiefs-digest-2025-11-10-16.pdf", datetime.datetime(2025, 11, 10), 47, 7)]:
        recs, msgs, nmsg, related, upd = [], [], 0, [], 0
        for day, size in days_of(r, first, n, nd):
            body = []
            older = list(recs)
            for t in times(r, day, size):
                no += r.randint(1, 3)
                rec = {"case_number": f"25-{no:05d}", "reported_at": t.strftime("%m/%d/%y %H%M"),
                       "type": r.choice(TYPES).upper(), "location": place(r), "disposition": r.choice(DISPS)}
                recs.append(rec)
                text = (f"{rec['reported_at']} hrs  {rec['type']} - {rec['location']}. {r.choice(verbs)} "
                        f"{rec['location']}. {r.choice(['No injuries.', 'Complainant advised.', 'Area canvassed.', 'Photos taken.'])} "
                        f"Disposition: {rec['disposition']}. Case {rec['case_number']}.")
                words, cur = text.split(), ""
                for w in words:
                    if len(cur) + len(w) + 1 > 96:
                        body.append(cur)
                        cur = "    " + w
                    else:
                        cur = (cur + " " + w) if cur else w
                body += [cur, ""]
            ups = r.sample(older, min(len(older), r.randint(1, 2))) if older else []
            for u in sorted(ups, key=lambda x: x["case_number"]):
                arr += r.randint(1, 9)
                a = f"A25-{arr:04d}"
                related.append({"record": u["case_number"], "kind": "arrest_number", "number": a})
                body += [f"UPDATE {u['case_number']}: suspect located and taken into custody, Arrest No. {a};",
                         f"    original entry {u['reported_at']} hrs, {u['location']}. No new case number.", ""]
                upd += 1
            sent = day + datetime.timedelta(days=1, hours=7, minutes=r.randint(0, 45))
            subj = f"Chief's Daily Digest - {day.strftime('%a %m/%d/%Y')}"
            msgs += hdr("Ibsen, Walter <wibsen@ostrander-oh.example>",
                        "City Council <council@ostrander-oh.example>", sent, subj,
                        ["Daily_Digest.docx", "Overtime_Report.pdf"], cc="City Manager <manager@ostrander-oh.example>")
            msgs += ["Council members,", "", f"Summary of police activity for {day.strftime('%A, %B %d')}:", ""]
            msgs += body + ["Respectfully,", "", *sig, "", *CONF, SEP]
            nmsg += 1
        lines = cover(agency, "OPD-RR-25-077", nmsg, len(recs), "Council Digests") + msgs
        path = d / fname
        draw(path, lines, "Ostrander PD - Council digest e-mails - request OPD-RR-25-077")
        gt.append(entry(path, agency, "chief's daily digest e-mails to city council",
                        "free text", recs, ["reported_at", "type", "location", "disposition"],
                        "Each incident is a paragraph opening with date and time ('11/03/25 0815 hrs  TYPE - "
                        "location.') and ending 'Case 25-nnnnn.'; paragraphs wrap over several lines and may "
                        "cross a page break. Trap: paragraphs opening 'UPDATE 25-nnnnn:' in later digests report "
                        f"on an earlier incident ({upd} here) and are not new incidents; their arrest numbers "
                        "(A25-nnnn) are in related_numbers.",
                        "paragraphs opening with a date and time counted; the cover line agrees", related, ""))
    return gt


# 4 ------------------------------------------------- Pemberton PD, VA: numbered items per message
def pemberton(d, r):
    agency = "Pemberton Police Department, VA [invented]"
    gt, no = [], 7305
    sig = ["Officer Lyle Garroway, Public Information", "Pemberton Police Department",
           "Phone 555-0186 | pio@pemberton-va.example"]
    for fname, first, n, nd in [("pemberton-media-digest-2025-08.pdf", datetime.datetime(2025, 8, 18), 88, 9)]:
        recs, msgs, nmsg, related, tally_lines = [], [], 0, [], 0
        for day, size in days_of(r, first, n, nd):
            body, cnt = [], {}
            for i, t in enumerate(times(r, day, size), 1):
                no += r.randint(1, 5)
                rec = {"case_number": f"2025-{no:06d}", "reported_at": t.strftime("%H:%M"),
                       "type": r.choice(TYPES), "location": place(r), "disposition": r.choice(DISPS)}
                cfs = f"{t.strftime('%y%m%d')}{r.randint(1, 399):04d}"
                related.append({"record": rec["case_number"], "kind": "call_for_service", "number": cfs})
                recs.append(rec)
                cnt[rec["type"]] = cnt.get(rec["type"], 0) + 1
                body += [f"{i:>2}) {rec['case_number']}  {rec['reported_at']}  {rec['type']} at {rec['location']}",
                         f"    CFS {cfs}. Status: {rec['disposition']}."]
            body += ["", "Tally by type:"]
            for k2 in sorted(cnt):
                body.append(f"    {k2:<34}{cnt[k2]:>3}")
                tally_lines += 1
            sent = day + datetime.timedelta(hours=23, minutes=r.randint(10, 55))
            subj = f"Media digest {day.strftime('%m/%d/%Y')} ({size} items)"
            msgs += hdr("PPD Public Information <pio@pemberton-va.example>",
                        "Undisclosed recipients <pio@pemberton-va.example>", sent, subj,
                        [f"media_digest_{day.strftime('%m%d')}.pdf"])
            msgs += [f"Pemberton Police - reportable incidents, {day.strftime('%m/%d/%Y')} (times are reported times):",
                     ""] + body + ["", "-- ", *sig, "", *CONF, SEP]
            nmsg += 1
        lines = cover(agency, "PPD-FOIA-2025-212", nmsg, len(recs), "Media Digest") + msgs
        path = d / fname
        draw(path, lines, "Pemberton Police Department - FOIA PPD-FOIA-2025-212 - e-mail print")
        gt.append(entry(path, agency, "daily media digest e-mails", "numbered paragraphs", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "Each day's e-mail lists numbered items '1) 2025-nnnnnn  HH:MM  Type at location' with a "
                        "second line 'CFS yymmddnnnn. Status: ...'; the date is in the subject and first line of "
                        "the message. Trap: item numbers restart at 1) in every message, so they repeat; the "
                        "subject's '(n items)' is that day's count; the call-for-service numbers (CFS, all "
                        "digits) are in related_numbers; the 'Tally by type' lines are counts, not incidents.",
                        "items counted in each message against the subject's '(n items)'; the cover line agrees",
                        related, ""))
    return gt


# 5 ----------------------------------------------- Harrowgate PD, NC: pipe export, soft-wrapped
def harrowgate(d, r):
    agency = "Harrowgate Police Department, NC [invented]"
    gt, no = [], 25004120
    sig = ["Harrowgate ECC - automated export, do not reply", "Questions: records desk 555-0129"]
    for fname, first, n, nd in [("harrowgate-cad-export-mail-2025-07-07-11.pdf", datetime.datetime(2025, 7, 7), 66, 5),
                                ("harrowgate-cad-export-mail-2025-07-14-18.pdf", datetime.datetime(2025, 7, 14), 71, 5)]:
        recs, msgs, nmsg, related, wrapped = [], [], 0, [], 0
        for day, size in days_of(r, first, n, nd):
            rows = []
            for t in times(r, day, size):
                no += r.randint(1, 4)
                call = f"{t.strftime('%Y%m%d')[2:]}{r.randint(1, 9999):04d}"
                rec = {"case_number": f"{no}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
                       "type": r.choice(TYPES).upper(), "location": place(r).upper(),
                       "disposition": r.choice(DISPS).upper()}
                recs.append(rec)
                related.append({"record": rec["case_number"], "kind": "cad_call_number", "number": call})
                line = "|".join([call, rec["case_number"], rec["reported_at"], rec["type"], rec["location"],
                                 f"{r.choice('ABCD')}{r.randint(1, 4)}", rec["disposition"]])
                while len(line) > 76:
                    cut = line.rfind(" ", 0, 76)
                    cut = 76 if cut < 40 else cut + 1
                    rows.append(line[:cut])
                    line = line[cut:]
                    wrapped += 1
                rows.append(line)
            sent = day + datetime.timedelta(days=1, hours=0, minutes=r.randint(5, 15))
            subj = f"[AUTO] HPD incident export {day.strftime('%Y-%m-%d')}"
            msgs += hdr("ECC Reports <noreply-ecc@harrowgate-nc.example>", "HPD Records <records@harrowgate-nc.example>",
                        sent, subj, [f"hpd_incidents_{day.strftime('%Y%m%d')}.csv"])
            msgs += [f"Scheduled export, {size} incident rows. Fields are pipe-delimited.", "",
                     "CALL_NO|INCIDENT_NO|RPT_DATE|NATURE|LOCATION|BEAT|DISPO"] + rows
            msgs += ["", "END OF EXPORT", "", *sig, "", *CONF, SEP]
            nmsg += 1
        lines = cover(agency, "HPD-2025-PRR-0331", nmsg, len(recs), "ECC Exports") + msgs
        path = d / fname
        draw(path, lines, "Harrowgate PD records - printed e-mail, request HPD-2025-PRR-0331")
        gt.append(entry(path, agency, "automated CAD incident export e-mails (pipe-delimited text)",
                        "table with header", recs, ["reported_at", "type", "location", "disposition"],
                        "Each message pastes a pipe-delimited export under the header line "
                        "'CALL_NO|INCIDENT_NO|RPT_DATE|NATURE|LOCATION|BEAT|DISPO'. Trap: the first field is the "
                        "10-digit CAD call number and the 8-digit incident number is the SECOND field (both all "
                        "digits); call numbers are in related_numbers. The mail client wrapped rows longer than 76 "
                        f"characters onto the next line ({wrapped} continuation lines here), so a row can span "
                        "two lines.",
                        "rows opening with a call number counted; the cover line agrees", related, ""))
    return gt


AGENCIES = [("brackwater-tx-pd", 1, brackwater), ("lindqvist-county-mn-so", 2, lindqvist),
            ("ostrander-oh-pd", 3, ostrander), ("pemberton-va-pd", 4, pemberton),
            ("harrowgate-nc-pd", 5, harrowgate)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
