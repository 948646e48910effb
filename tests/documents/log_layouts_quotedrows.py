"""Generated daily tables sent by e-mail whose replies quote some rows (see
``log_layouts``): a row quoted behind ``> `` is the same incident as the one printed above."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

_ROW = "{:<12}{:<7}{:<20}{:<20}{}"


def dispatch_table_mail_replies_quote_rows(path: Path, n: int) -> Path:
    """A dispatch supervisor's daily table e-mailed to the shift sergeants, compiled into one
    PDF, Courier 8: each day a message (``Date:``, ``From:``, ``Subject: Calls 04/01/2024``),
    then a table under ``INCIDENT    TIME   NATURE  ADDRESS  DISPO`` (the time without its
    date, which is the subject's). After each day but the last, a sergeant's reply in the mail client's
    form (``On 04/01/2024 22:40, Dispatch wrote:``) quoting, behind ``> ``, the message's
    time and subject (shortened: no copies of its header lines) and three of the day's six rows, with a ``> ...`` where the rest was cut: the rows
    are incidents of the table above, not new ones."""
    rows = incidents(n)
    by_day: dict[str, list[dict]] = {}
    for r in rows:
        by_day.setdefault(r["date"], []).append(r)
    lines: list[str] = []
    days = list(by_day)
    for k, day in enumerate(days):
        table = [_ROW.format(r["no"], r["time"], r["type"], r["address"], r["dispo"])
                 for r in sorted(by_day[day], key=lambda r: r["time"])]
        lines += [f"Date: {day} 23:5{k % 10}", "From: Dispatch Supervisor <dispatch@city-pd.example>",
                  f"Subject: Calls {day}", "", _ROW.format("INCIDENT", "TIME", "NATURE", "ADDRESS", "DISPO"),
                  "-" * 76] + table + ["", "-- Dispatch", "#" * 76, ""]
        if k + 1 < len(days):
            lines += [f"Date: {days[k + 1]} 07:1{k % 10}", "From: Sgt. Vale <vale@city-pd.example>",
                      f"Subject: Re: Calls {day}", "", "Which units took these three? Need the reports today.", "",
                      f"On {day} 23:5{k % 10}, Dispatch Supervisor wrote:",
                      f"> Sent: {day} 11:5{k % 10} PM", f"> Subject: Calls {day}", ">"]
            lines += [f"> {row}" for row in table[1:4]] + ["> ...", "", "#" * 76, ""]

    def header(c, page):
        c.drawString(40, 765, f"City PD - dispatch mail as printed, page {page}")
        return 740
    return flowed_lines(path, lines, header)


QUOTED_ROWS = {f.__name__: f for f in (dispatch_table_mail_replies_quote_rows,)}
