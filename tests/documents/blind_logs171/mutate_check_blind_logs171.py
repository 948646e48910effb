"""Mutation runs for check_blind_logs171.py: each broken copy of the set must fail the check.

Ground-truth mutations (each layout's misreading: an `########` cell left out of `unreadable_cells`, the
leading zeros put back on the ids Calc printed without them, every id of the wide sheet listed twice as
printed, a record moved to the previous day group, the scientific-notation ids written out in full;
then a dropped, swapped, duplicated or repeated id, a wrong sample location, type or date, sha256, page
count or record count, an unprinted related number, an id listed as related, a related number or a
row number listed as a record, a missing agency folder) run the real check on a copy in a temporary
folder; trap mutations (two per layout, applied to the `pdftotext -layout` page texts and fed to the
layout check: Ashcombe's pivot count changed, an `########` cell printed as a date; Brindlecombe's row
numbers renumbered, an id without zeros printed left-aligned; Caddenham's right-panel rows out of order,
the pages in 'over, then down' order; Dunmere's day dates moved to the first row of their day, the
narrative lines above the id lines removed; Eskford's scientific-notation id printed in full, its digits
not the report date).
Run: python tests/documents/blind_logs171/mutate_check_blind_logs171.py
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs171 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Hall"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "prior", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "prior", "number": g[0]["case_numbers"][0]}
    )


def m_date(g):
    g[-1]["sample_records"][2]["reported_at"] = "09/30/1999 11:11"


def m_repeat(g):
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a non-record number (a related number, else a spreadsheet row number) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "12"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


def m_trap(g, folder):
    """The ground truth as a reader fooled by the layout's trap would write it."""
    e = g[0]
    if folder == "ashcombe-vt-pd":
        e["unreadable_cells"].pop(2)
    if folder == "brindlecombe-me-pd":
        e["case_numbers"] = [x.zfill(7) for x in e["case_numbers"]]
    if folder == "caddenham-county-wi-so":
        h = e["pages"] // 2
        e["case_numbers"] = e["case_numbers"] * 2  # as printed: left panels, then right panels
        e["record_count"] *= 2
        assert h >= 3
    if folder == "dunmere-nc-pd":
        groups = e["day_groups"]
        groups[0]["case_numbers"].append(groups[1]["case_numbers"].pop(0))
    if folder == "eskford-township-mi-pd":
        full = {x: f"{x[:1]}{x[2:7]}{'0' * 6}" for x in e["ids_in_scientific_notation"]}
        e["case_numbers"] = [full.get(x, x) for x in e["case_numbers"]]
        e["ids_in_scientific_notation"] = []


MUTS = [m_trap, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup,
        m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs171.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def texts(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    full = C.run(["pdftotext", "-layout", str(SRC / folder / e["file"]), "-"])
    boxes = C.words(SRC / folder / e["file"]) if folder == "dunmere-nc-pd" else None
    return e, full.split("\f")[:-1], boxes


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g, f) if m is m_trap else m(g)
            gp.write_text(json.dumps(g))
            if run_check(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # an agency folder removed
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED folder removed")


def t_ash_pivot(e, pages):
    pages[-1] = re.sub(r"(?m)^( *Assault +)(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 1), pages[-1],
                       count=1)
    return pages


def t_ash_hash(e, pages):
    for k, p in enumerate(pages):
        if "############" in p:
            pages[k] = p.replace("############", "3/11/2026 14:22", 1)
            return pages
    return pages


def t_brin_rows(e, pages):
    pages[0] = re.sub(r"(?m)^( *)10( +\d{4,7} )", r"\g<1>11\2", pages[0], count=1)
    return pages


def t_brin_align(e, pages):
    bare = e["ids_printed_without_leading_zeros"][0]
    for k, p in enumerate(pages):
        pages[k] = re.sub(rf"(?m)^( *\d+ +?)( +)({bare}) ", lambda m: m.group(1) + m.group(3) + m.group(2) + " ", p)
    return pages


def t_cad_rows(e, pages):
    h = len(pages) // 2
    lines = pages[h].split("\n")
    rows = [i for i, ln in enumerate(lines) if C.RIGHT.match(ln)]
    a, b = rows[2], rows[3]
    lines[a], lines[b] = lines[b], lines[a]
    pages[h] = "\n".join(lines)
    return pages


def t_cad_order(e, pages):
    h = len(pages) // 2
    pages[1], pages[h] = pages[h], pages[1]  # over, then down: 1 left, 2 right, ...
    return pages


def t_dun_top(e, pages):
    """Every day's date moved to its day's first row (as if the merged cell were top-aligned)."""
    ids = e["case_numbers"]
    before = {g["date"]: ids[ids.index(g["case_numbers"][0]) - 1] for g in e["day_groups"][1:]}
    out = []
    for p in pages:
        lines = p.split("\n")
        moves = []
        for j, ln in enumerate(lines):
            m = C.DATE4.match(ln)
            if m:
                prev = [i for i in range(j) if C.FURN["dunmere-nc-pd"].match(lines[i])
                        or f" {before.get(m.group('date'), chr(0))} " in lines[i]]
                moves.append((j, prev[-1] + 1, m))
        for j, at, m in reversed(moves):  # bottom up, so the earlier line numbers stay right
            lines[j] = " " * m.end() + lines[j][m.end():]
            lines.insert(at, m.group("date"))
        out.append("\n".join(lines))
    return out


def t_dun_narr(e, pages):
    """Narrative lines above the id lines taken away (as if the cells were top-aligned)."""
    return [re.sub(r"(?m)^ {40,}\S.*\n", "", p) for p in pages]


def t_esk_full(e, pages):
    sci = e["ids_in_scientific_notation"][0]
    return [p.replace(sci, sci[0] + sci[2:7] + "000999 ") for p in pages]


def t_esk_digits(e, pages):
    sci = e["ids_in_scientific_notation"][0]
    wrong = sci[:5] + str((int(sci[5]) + 1) % 10) + sci[6:]
    return [p.replace(sci, wrong) for p in pages]


TRAP = {
    "ashcombe-vt-pd": [t_ash_pivot, t_ash_hash],
    "brindlecombe-me-pd": [t_brin_rows, t_brin_align],
    "caddenham-county-wi-so": [t_cad_rows, t_cad_order],
    "dunmere-nc-pd": [t_dun_top, t_dun_narr],
    "eskford-township-mi-pd": [t_esk_full, t_esk_digits],
}
for f, muts in TRAP.items():
    e, pages, boxes = texts(f)
    assert not C.check_layout(f, e["file"], e, pages, boxes), f
    for mut in muts:
        p2 = mut(e, list(pages))
        assert p2 != pages, (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, p2, boxes)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
