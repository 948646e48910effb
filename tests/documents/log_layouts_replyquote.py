"""Generated e-mail copies (see ``log_layouts``): a thread printed newest message first,
the reply quoting some of the log's blocks above the message that holds the log."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

QUOTED = (5, 18, 31)         # the blocks the reply asks about
SEE_ALSO = (3, 14, 25, 36)   # blocks citing an earlier event of the same series


def _block(r: dict, i: int) -> list[str]:
    lines = [f"Event #:   PR{r['no']}", f"Logged:    {r['date']} {r['time']}", f"Nature:    {r['type']}",
             f"Address:   {r['address']}", f"Result:    {r['dispo']}"]
    if i in SEE_ALSO:
        lines.append(f"See also:  earlier event PR24-00{870 + i}")
    return lines


def reply_quoting_blocks_above_the_log(path: Path, n: int) -> Path:
    """A park rangers' event log sent by mail and printed from the mail client, newest
    message first: the reply quotes three of the log's blocks behind `>` (at the margin),
    then, under a rule and the first message's headers, the log as Courier labelled blocks
    (`Event #:`, `Logged:`, `Nature:`, `Address:`, `Result:`, on a few `See also: earlier
    event PR24-00NNN`, one of them among the first blocks); a count line and a signature."""
    rows = incidents(n)
    lines = ["Date:    Tue, 09 Apr 2024 08:12:40 -0700",
             "From:    News Desk <desk@example.com>",
             "To:      Ranger Station <station@example.net>",
             "Subject: Re: Event log, first week of April",
             "",
             "Before we run these, can you check the result on three of them?",
             ""]
    for k in QUOTED:
        lines += [f"> {line}" for line in _block(rows[k], k)] + [">"]
    lines += ["", "Thanks, the desk", "", "_" * 40,
              "Date:    Mon, 08 Apr 2024 16:30:02 -0700",
              "From:    Ranger Station <station@example.net>",
              "To:      News Desk <desk@example.com>",
              "Subject: Event log, first week of April",
              "",
              "Hello, here is the week's log as you asked.",
              ""]
    for i, r in enumerate(rows):
        lines += _block(r, i) + [""]
    lines += [f"{n} events listed.", "", "Ranger Station, front desk"]

    def header(c, page: int) -> float:
        c.drawString(40, 760, "Mail - Ranger Station")
        c.drawString(300, 30, str(page))
        return 735
    return flowed_lines(path, lines, header)


REPLY_QUOTES = {f.__name__: f for f in (reply_quoting_blocks_above_the_log,)}
