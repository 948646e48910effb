"""Mutation runs for check_blind_logs183.py: each broken copy of the set must fail the check.

Ground-truth mutations (a naive reading of each layout's trap: Kestrelmoor's ids cut off where a capped
rendering of the long page would stop, Thistlecombe's tickets broken over the roll cuts left out, Port
Calloway's CAD event numbers listed as the ids, Wrenfield's items broken over pages listed once per page,
Ashgrove's stamped request number listed as a record on every sheet; a dropped, swapped, duplicated or
repeated id, a wrong sample location, type or date, sha256, page count or record count, an unprinted
related number, an id listed as related, a related number or a page ordinal listed as a record, a
missing agency folder) run the real check on a copy in a temporary folder; trap mutations (two per
layout, applied to the page texts or the page geometry and fed to the layout check: Kestrelmoor's page
split in two, its column header printed again halfway down; Thistlecombe's roll printed 8.5 in wide, a
wrapped location put back on one long line; Port Calloway's type at 9 pt, a page's row count changed;
Wrenfield's pages all letter portrait, its type size the same on every page; Ashgrove's log drawn in the
middle of the sheet, the stamp left off one sheet).
Run: python tests/documents/blind_logs183/mutate_check_blind_logs183.py
"""

import copy
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs183 as C  # noqa: E402


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
    g[-1]["sample_records"][2]["reported_at"] = "September 30, 1999 11:11"


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
    """List a non-record number (a related number, else a page ordinal) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "1"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


NAIVE = {}  # folder -> the ids a naive reading of the trap gives


def m_naive(g, folder):
    g[0]["case_numbers"] = NAIVE[folder]
    g[0]["record_count"] = len(NAIVE[folder])


MUTS = [m_naive, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup,
        m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs183.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def load(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    pdf = SRC / folder / e["file"]
    return e, C.page_texts(pdf, e["pages"]), C.geometry(pdf)


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
for f in folders:
    e, texts, geo = load(f)
    ids = e["case_numbers"]
    recs = C.records(f, texts)
    if f == "kestrelmoor-wa-pd":  # a rendering capped at 45 in of the 120 in page
        NAIVE[f] = ids[:len(ids) * 45 // 120]
    elif f == "thistlecombe-county-mt-so":  # tickets broken over a cut left out
        NAIVE[f] = [num for num, _, pages in recs if len(pages) == 1]
    elif f == "port-calloway-me-pd":  # the first number on each row taken as the id
        NAIVE[f] = [r["number"] for r in e["related_numbers"]]
    elif f == "wrenfield-township-mi-pd":  # an item broken over a page listed on each page
        NAIVE[f] = [num for num, _, pages in recs for _ in pages]
    elif f == "ashgrove-springs-nm-pd":  # every number of the id shape, the stamp's included
        NAIVE[f] = C.IDS[f].findall("\n".join(texts))
    assert NAIVE[f] != ids, f

caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g, f) if m is m_naive else m(g)
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


def t_kes_split(texts, geo):
    """The long page printed as two pages of 60 in."""
    lines = texts[0].splitlines()
    half = len(lines) // 2
    g1, g2 = dict(geo[0], h=4320.0), dict(geo[0], h=4320.0)
    return ["\n".join(lines[:half]), "\n".join(lines[half:])], [g1, g2]


def t_kes_header(texts, geo):
    """The column header printed again halfway down (a repeating header)."""
    head = next(ln for ln in texts[0].splitlines() if re.match(r" *Incident # +Reported", ln))
    lines = texts[0].splitlines()
    lines.insert(len(lines) // 2, head)
    return ["\n".join(lines)], geo


def t_this_wide(texts, geo):
    return texts, [dict(g, w=612.0) for g in geo]


def t_this_long_line(texts, geo):
    """A wrapped value put back on one line longer than the roll is wide."""
    t = list(texts)
    for k, x in enumerate(t):
        new = re.sub(r"(?m)^( *(?:LOC|TYPE) .*)\n {5,}(\S.*)$", r"\1 \2", x, count=1)
        if new != x:
            t[k] = new
            break
    return t, geo


def t_pc_size(texts, geo):
    return texts, [dict(g, body=9.0) for g in geo]


def t_pc_rows(texts, geo):
    t = list(texts)
    t[0] = re.sub(r"Rows this page: (\d+)", lambda m: f"Rows this page: {int(m.group(1)) + 1}", t[0])
    return t, geo


def t_wren_letter(texts, geo):
    return texts, [dict(g, w=612.0, h=792.0) for g in geo]


def t_wren_scale(texts, geo):
    return texts, [dict(g, body=11.0) for g in geo]


def t_ash_centre(texts, geo):
    out = []
    for g in geo:
        b = g["small_box"]
        out.append(dict(g, small_box=(b[0] + 200, b[1] + 400, b[2] + 200, b[3] + 400)))
    return texts, out


def t_ash_stamp(texts, geo):
    t = list(texts)
    t[1] = "\n".join(ln for ln in t[1].splitlines() if "Request No." not in ln)
    return t, geo


TRAP = {
    "kestrelmoor-wa-pd": [t_kes_split, t_kes_header],
    "thistlecombe-county-mt-so": [t_this_wide, t_this_long_line],
    "port-calloway-me-pd": [t_pc_size, t_pc_rows],
    "wrenfield-township-mi-pd": [t_wren_letter, t_wren_scale],
    "ashgrove-springs-nm-pd": [t_ash_centre, t_ash_stamp],
}
for f, muts in TRAP.items():
    e, texts, geo = load(f)
    assert not C.check_layout(f, e["file"], e, texts, geo), f
    for mut in muts:
        t2, g2 = mut(list(texts), copy.deepcopy(geo))
        assert (t2, g2) != (texts, geo), (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, t2, g2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
