"""Generated journals (see ``log_layouts``): a desk log where an incident's later events are
printed as thinner lines citing its number again, further down among other incidents."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

FOLLOW_NOTES = ["Owner called back", "Arrest made, ticket T24-{k:04d}", "Property returned", "Statement taken"]


def desk_log_with_follow_up_lines(path: Path, n: int) -> Path:
    """A marine unit's desk log, portrait Courier 8, the number first (`MU-24-01000`), then
    the time taken, a mark (`OPENED`, or `FOLLOW` on a later line), offense, place
    and result. One incident in three gets a follow-up line four lines further down, citing
    its number with only the time and a note (sometimes a ticket number): the follow-ups
    belong to the incident they cite and open none."""
    rows = incidents(n)
    lines: list[tuple[int, str]] = []      # (order key, line)
    for i, r in enumerate(rows):
        no = "MU-" + r["no"]
        lines.append((3 * i, f"{no:<14}{r['date']} {r['time']}  {'OPENED':<8}{r['type']:<20}"
                             f"{r['address']:<18}{r['dispo']}"))
        if i % 3 == 1:
            note = FOLLOW_NOTES[i % 4].format(k=i)
            later = min(i + 4, n - 1)
            lines.append((3 * later + 1, f"{no:<14}{rows[later]['date']} {rows[later]['time']}  "
                                          f"{'FOLLOW':<8}{'':<20}{'':<18}{note}"))
    ordered = [ln for _, ln in sorted(lines)]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"BRISTOW SOUND MARINE UNIT - DESK LOG             folio {page}")
        c.drawString(40, 730, f"{'Number':<14}{'Taken':<18}{'Mark':<8}{'Offense':<20}{'Place':<18}Outcome")
        return 712
    return flowed_lines(path, ordered, header)


JOURNAL = {f.__name__: f for f in (desk_log_with_follow_up_lines,)}
