"""An incident log as a city would release it: a PDF event register.

The layout follows the police and IT event registers agencies print from their
dispatch or ticketing systems (the Laguna Beach PD registers in the corpus are one):
a header with the period, then one block per event with labelled fields (Event #,
Type, date and time, Case #, Subtype, Disposition, Descript., Location) separated by
rules, and "Page N of M" footers. The rows are generated from a seed, so the same
scenario always produces the same PDF.
"""
from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

EVENT_TYPES = [
    ("PHISH", "PHISHING REPORT", [("CRED", "CREDENTIAL HARVEST"), ("", "")]),
    ("MALWARE", "MALWARE ALERT", [("EDR", "ENDPOINT DETECTION"), ("", "")]),
    ("ACCTLOCK", "ACCOUNT LOCKOUT", [("", "")]),
    ("VPN", "ANOMALOUS VPN LOGIN", [("GEO", "IMPOSSIBLE TRAVEL")]),
    ("EXFIL", "DATA EXFILTRATION ALERT", [("DLP", "DATA LOSS PREVENTION")]),
    ("RANSOM", "RANSOMWARE DETECTION", [("ENC", "FILE ENCRYPTION")]),
    ("OUTAGE", "SERVICE OUTAGE", [("SRV", "SERVER UNAVAILABLE")]),
    ("VENDOR", "VENDOR NOTIFICATION", [("IR", "INCIDENT RESPONSE FIRM")]),
]
DISPOSITIONS = [
    ("CONT", "CONTAINED"), ("ESC", "ESCALATED"), ("FP", "FALSE POSITIVE"),
    ("REF", "REFERRED TO VENDOR"), ("COMP", "COMPLETED"), ("LE", "REFERRED TO LAW ENFORCEMENT"),
]
LOCATIONS = [
    "CITY HALL 300 W THIRD ST", "POLICE HQ 251 S C ST", "FINANCE VLAN 10.20.0.0/16",
    "LIBRARY 251 S A ST", "DATA CENTER RACK B4", "REMOTE / VPN GATEWAY", "PUBLIC WORKS YARD",
]


@dataclass(frozen=True)
class IncidentEvent:
    event_no: str
    type_code: str
    type_text: str
    at: datetime
    case_no: str
    subtype_code: str
    subtype_text: str
    disposition: str
    disposition_text: str
    location: str


def make_events(start: date, end: date, *, count: int = 30, seed: int = 7922,
                prefix: str = "E26") -> list[IncidentEvent]:
    """``count`` events spread over [start, end], in time order, numbered sequentially."""
    rng = random.Random(seed)
    span = max((end - start).days, 0) + 1
    moments = sorted(
        datetime.combine(start + timedelta(days=rng.randrange(span)),
                         time(rng.randrange(24), rng.randrange(60), rng.randrange(60)))
        for _ in range(count))
    events = []
    case_seq = 31
    for i, at in enumerate(moments):
        code, text, subtypes = rng.choice(EVENT_TYPES)
        sub_code, sub_text = rng.choice(subtypes)
        disp, disp_text = rng.choice(DISPOSITIONS)
        case_no = ""
        if disp in ("ESC", "LE", "REF") or code in ("RANSOM", "EXFIL"):
            case_no = f"IR{at:%y}-{case_seq:04d}"
            case_seq += 1
        events.append(IncidentEvent(f"{prefix}{4512 + i:06d}", code, text, at, case_no,
                                    sub_code, sub_text, disp, disp_text, rng.choice(LOCATIONS)))
    return events


def incident_log_pdf(city_name: str, start: date, end: date, events: list[IncidentEvent],
                     *, printed_on: date | None = None, per_page: int = 10) -> bytes:
    """The event register as PDF bytes (text layer, one block per event)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=letter, invariant=1)   # invariant: same bytes for same input
    pdf.setTitle(f"City of {city_name} Information Technology Event Register")
    pdf.setAuthor(f"City of {city_name}")
    width, height = letter
    pages = [events[i:i + per_page] for i in range(0, len(events), per_page)] or [[]]
    printed = printed_on or end
    for page_no, chunk in enumerate(pages, 1):
        y = height - 48
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(36, y, f"City of {city_name} Information Technology Event Register")
        pdf.setFont("Helvetica", 9)
        pdf.drawString(400, y, f"From {start:%m/%d/%y} 12:00:00 AM")
        y -= 12
        pdf.drawString(400, y, f"To   {end:%m/%d/%y} 11:59:59 PM")
        y -= 10
        pdf.line(36, y, width - 36, y)
        y -= 16
        for ev in chunk:
            pdf.setFont("Helvetica", 9)
            pdf.drawString(36, y, "Event #")
            pdf.drawString(80, y, ev.event_no)
            pdf.drawString(170, y, "Type")
            pdf.drawString(205, y, ev.type_code)
            pdf.drawString(265, y, ev.type_text)
            pdf.drawString(430, y, f"{ev.at:%m/%d/%Y}")
            pdf.drawString(500, y, f"{ev.at:%H:%M:%S}")
            y -= 12
            pdf.drawString(36, y, "Case #")
            pdf.drawString(80, y, ev.case_no)
            pdf.drawString(170, y, "Subtype")
            pdf.drawString(215, y, ev.subtype_code)
            pdf.drawString(265, y, ev.subtype_text)
            y -= 12
            pdf.drawString(36, y, "Disposition")
            pdf.drawString(95, y, ev.disposition)
            pdf.drawString(170, y, "Descript.")
            pdf.drawString(215, y, ev.disposition_text)
            y -= 12
            pdf.drawString(36, y, "Location")
            pdf.drawString(95, y, ev.location)
            y -= 10
            pdf.line(36, y, width - 36, y)
            y -= 16
        pdf.setFont("Helvetica", 8)
        pdf.drawString(36, 30, f"{printed:%A, %B %-d, %Y}")
        pdf.drawString(width - 100, 30, f"Page {page_no} of {len(pages)}")
        pdf.showPage()
    pdf.save()
    return buf.getvalue()
