"""Generated logs whose record numbers are drawn at random (see ``log_layouts``): codes of
capitals and digits with no sequence, most of them ending in a letter or holding few digits;
lower-case hexadecimal keys in five dashed groups (a records system's GUIDs)."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

# no vowels (no word is ever drawn); 0 and 1 among the digits, printed between letters
_DRAW = "0123456789BCDFGHJKMNPQRSTVWXZ"


def drawn_codes(n: int, seed: int) -> list[str]:
    """``n`` different nine-character codes, printed ``XXX-XXX-XXX``."""
    rnd, out = random.Random(seed), []
    while len(out) < n:
        code = "".join(rnd.choice(_DRAW) for _ in range(9))
        code = f"{code[:3]}-{code[3:6]}-{code[6:]}"
        if code not in out:
            out.append(code)
    return out


def blotter_drawn_codes_prior_codes_alike(path: Path, n: int) -> Path:
    """A press blotter, Courier 7: titles "Entry Code", "Logged", "Nature", "Address",
    "Result", "Prior" on every page; the entry code is drawn at random (``K7Q-M20-9PB``),
    and one row in five cites a prior entry's code in the same form under "Prior"
    (``prev B1C-...``), an entry outside the blotter; one row in seven was cited
    ("Cited TR40017723"): a number of the usual kind, in the result cell."""
    rows = incidents(n)
    codes = drawn_codes(n, 41)
    priors = drawn_codes(n, 43)
    titles = f"{'Entry Code':<15}{'Logged':<19}{'Nature':<22}{'Address':<20}{'Result':<22}Prior"
    lines = []
    for i, (r, code) in enumerate(zip(rows, codes)):
        result = f"Cited TR{40017700 + 3 * i}" if i % 7 == 3 else r["dispo"]
        prior = f"prev {priors[i]}" if i % 5 == 2 else ""
        lines.append(f"{code:<15}{r['date'] + ' ' + r['time']:<19}{r['type']:<22}{r['address']:<20}"
                     f"{result:<22}{prior}".rstrip())
    lines.append(f"Entries on this blotter: {n}")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"CASTLEMERE HARBOUR CONSTABULARY - PRESS BLOTTER          sheet {page}")
        c.drawString(40, 728, titles)
        return 710
    return flowed_lines(path, lines, header, font=("Courier", 7))


def hex_keys(n: int, seed: int) -> list[str]:
    """``n`` different lower-case hexadecimal keys, printed 8-4-4-4-12."""
    rnd, out = random.Random(seed), []
    while len(out) < n:
        h = "".join(rnd.choice("0123456789abcdef") for _ in range(32))
        key = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        if key not in out:
            out.append(key)
    return out


def labelled_blocks_hex_keys_linked_keys_alike(path: Path, n: int) -> Path:
    """A records-system print-out in Helvetica, one labelled block per entry: "Report ID:"
    a lower-case hexadecimal key (``3e0c5a1b-...``, 0s and 1s between its letters, some of
    its groups all digits), "Logged:", "Category:", "Place:", "Officer:", "Dispatch no.:"
    and, on one entry in four, "Linked record:" an older entry's key of the same form (not
    an entry of this print-out); "Result:" last. A count ends it."""
    rows = incidents(n)
    keys = hex_keys(n, 61)
    linked = hex_keys(n, 67)
    lines = []
    for i, (r, key) in enumerate(zip(rows, keys)):
        mm, dd, yyyy = r["date"].split("/")
        lines += [f"Report ID: {key}", f"Logged: {yyyy}-{mm}-{dd} {r['time']}", f"Category: {r['type']}",
                  f"Place: {r['address']}", f"Officer: ID {2100 + 7 * i}   Car {30 + i % 12}",
                  f"Dispatch no.: 24-77{40 + 13 * i + i * i % 7:05d}"]
        if i % 4 == 1:
            lines.append(f"Linked record: {linked[i]}")
        lines += [f"Result: {r['dispo']}", "", ""]
    lines.append(f"{n} entries printed.")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"Orlen Valley Parks Ranger Service - entry print-out, page {page}")
        return 720
    return flowed_lines(path, lines, header, font=("Helvetica", 9))


DRAWN_CODES = {
    "blotter_drawn_codes_prior_codes_alike": blotter_drawn_codes_prior_codes_alike,
    "labelled_blocks_hex_keys_linked_keys_alike": labelled_blocks_hex_keys_linked_keys_alike,
}
