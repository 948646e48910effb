"""Generated logs of terminal text traffic (see ``log_layouts``): one short message a line,
sender and receiver beside it, the event's number somewhere inside the message (after a
verb, before one, after a label), several messages per event mixed with other events'
messages, messages that carry no number (chatter, a registration check) and messages
citing an earlier event once (a prior call at the address)."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines


def _number(i: int) -> str:
    return f"HB24-{7100 + i:05d}"


def terminal_text_traffic(path: Path, n: int) -> Path:
    """A harbor patrol's console text traffic, Courier 8: Stamp (``2024-04-01 06:12:40``),
    From, To, Text. An event opens with ``SEND PB7 ON HB24-07100 // TYPE: ... // ADDR: ...``
    (a second boat on every third event), then from the boat ``RCVD``, ``UNDERWAY TO
    HB24-07100``, ``ALONGSIDE``, and ``HB24-07100 SECURED // RESULT: ...``; every fourth
    event a ``PRIOR CALL THIS ADDR HB23-0NNNN`` line under its first send (an earlier event,
    printed once); every fifth slot a boat's chatter or a registration check. Events open
    8 minutes apart and take about 35, so their lines are mixed; sorted by stamp."""
    rows = []
    for i, r in enumerate(incidents(n)):
        start = 360 + 8 * i
        number = _number(i)
        kind, place = r["type"].upper(), r["address"].upper()
        boats = [f"PB{7 + i % 3}"] + ([f"PB{12 + i % 2}"] if i % 3 == 0 else [])
        for j, boat in enumerate(boats):
            at = start * 60 + 90 * j
            rows.append((at, "CONSOLE", boat, f"SEND {boat} ON {number} // TYPE: {kind} // ADDR: {place}"))
            if i % 4 == 1 and j == 0:
                rows.append((at + 1, "CONSOLE", boat, f"PRIOR CALL THIS ADDR HB23-{3000 + 37 * i:05d}"))
            rows.append((at + 25 + 7 * j, boat, "CONSOLE", f"RCVD {number}"))
            rows.append((at + 140 + 60 * j, boat, "CONSOLE", f"UNDERWAY TO {number}"))
            rows.append((at + 600 + 60 * j, boat, "CONSOLE", f"ALONGSIDE {number}"))
            rows.append((at + 2100 + 60 * j, boat, "CONSOLE", f"{number} SECURED // RESULT: {r['dispo'].upper()}"))
        if i % 5 == 2:
            chatter = "RTB FOR FUEL" if i % 2 else f"CHECK REG WN{4400 + i}KB"
            rows.append((start * 60 + 300, f"PB{7 + i % 3}", "PB12" if i % 2 else "STATE", chatter))
    rows.sort(key=lambda row: row[0])
    lines = []
    for second, sender, receiver, text in rows:
        day, rest = divmod(second, 86400)
        stamp = f"2024-04-{1 + day:02d} {rest // 3600:02d}:{rest % 3600 // 60:02d}:{rest % 60:02d}"
        lines.append(f"{stamp}  {sender:<8} {receiver:<8} {text}")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"KESTREL SOUND HARBOR PATROL - CONSOLE TEXT TRAFFIC - SHEET {page}")
        c.drawString(40, 728, f"{'Stamp':<21}{'From':<9}{'To':<9}Text")
        return 710
    return flowed_lines(path, lines, header)


TEXT_TRAFFIC = {f.__name__: f for f in (terminal_text_traffic,)}
