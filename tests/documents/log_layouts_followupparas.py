"""Generated digests in prose whose later messages follow up earlier paragraphs (see
``log_layouts``): a paragraph citing an earlier report's number again is no record."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

_WIDTH = 88


def _paragraph(text: str) -> list[str]:
    wrapped = textwrap.wrap(text, _WIDTH)
    return [wrapped[0]] + [f"   {w}" for w in wrapped[1:]] + [""]


def sheriff_media_digest_follow_ups_cite_again(path: Path, n: int) -> Path:
    """A sheriff's public information officer's daily e-mail to the media, compiled into
    one PDF, Courier 8: each day a message (``From: ... Sent:`` on one line, ``Subject:``),
    a greeting, then one paragraph per incident, its wrapped lines hanging three characters
    deeper: ``04/01/24 1009 hrs BURGLARY - 100 Main St. Deputies answered. <summary>
    Outcome: Report Taken. Report 24-03100.`` (the number closing it), a signature under a
    rule. From the second day on, every day's message adds one paragraph ``Follow-up
    24-03103: a suspect was located and booked on booking number BK24-0401; first told
    04/01/24 1706 hrs, 130 Pine Rd.`` citing an earlier day's incident again: the same
    incident, no record."""
    rows = incidents(n)
    by_day: dict[str, list[dict]] = {}
    for i, r in enumerate(rows):
        r["ref"] = f"24-{3100 + i:05d}"
        by_day.setdefault(r["date"], []).append(r)
    lines: list[str] = []
    told: list[dict] = []
    for k, (day, entries) in enumerate(by_day.items()):
        lines += [f"From: PIO Desk <pio@county-so.example>   Sent: {day} 18:{10 + k:02d}",
                  f"Subject: Media digest for {day}", "", "Good evening,", ""]
        for r in sorted(entries, key=lambda r: r["time"]):
            when = f"{r['date'][:6]}{r['date'][-2:]} {r['time'].replace(':', '')} hrs"
            lines += _paragraph(f"{when} {r['type'].upper()} - {r['address']}. Deputies answered. {r['summary']} "
                                f"Outcome: {r['dispo']}. Report {r['ref']}.")
        if told:
            earlier = told[(3 * k) % len(told)]
            lines += _paragraph(f"Follow-up {earlier['ref']}: a suspect was located and booked on booking "
                                f"number BK24-{400 + k:04d}; first told {earlier['date'][:6]}{earlier['date'][-2:]} "
                                f"{earlier['time'].replace(':', '')} hrs, {earlier['address']}.")
        told += entries
        lines += ["-- ", "Public Information Office, County Sheriff", "=" * 60, ""]

    def header(c, page):
        c.drawString(40, 765, f"County Sheriff - media digests as sent (page {page})")
        return 740
    return flowed_lines(path, lines, header)


FOLLOW_UP_PARAS = {f.__name__: f for f in (sheriff_media_digest_follow_ups_cite_again,)}
