"""Mutation runs for check_blind_logs133.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a
non-record number (case report, associated case, cited incident, CAD number, corrected ICR) listed as
a record, a shift-change note or correction item counted as a record, a missing agency folder) run
the real check on a copy in a temporary folder; trap mutations (two per layout: a report number or
per-page count changed, an associated case or a page-spanning block changed, a cited incident or a
shift-change note changed, the two columns collapsed or a CAD number changed, an item renumbered or
a page footer changed) are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs133/mutate_check_blind_logs133.py
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
import check_blind_logs133 as C  # noqa: E402


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
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]})


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = s["reported_at"].replace("11/", "09/").replace("10/", "09/")


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a non-record number (a related number, else a corrected ICR from the notes) as a record."""
    e = g[0]
    if e["related_numbers"]:
        num = e["related_numbers"][0]["number"]
    else:
        num = re.search(r"cite: ICR (2025-\d{6})", e["notes"]).group(1)
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


def m_pad(g):
    """Count one more record at the end (a shift-change note, a correction item, the total line...)."""
    e = g[-1]
    e["case_numbers"].append(e["case_numbers"][-1][:-2] + "99")
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_pad]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs133.py"), "--dir", str(dst)],
                          capture_output=True).returncode


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g)
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


def collapse_columns(t):
    """Peddicord: print the right column's lines under the left column (no side-by-side lines)."""
    out = []
    for page in t.split("\f"):
        lines = page.split("\n")
        cuts = [m.start() for ln in lines for m in C.PED_CASE.finditer(ln) if m.start() > 20]
        if not cuts:
            out.append(page)
            continue
        g = min(cuts)
        out.append("\n".join([ln[:g].rstrip() for ln in lines] + [ln[g:] for ln in lines]))
    return "\f".join(out)


def cold_cut(t):
    """Coldridge: drop the rest of every block carried over to the top of the next page."""
    pages = t.split("\f")
    for i in range(1, len(pages)):
        lines = pages[i].split("\n")
        k = next((j for j, ln in enumerate(lines) if ln.startswith("CASE #:")), len(lines))
        pages[i] = "\n".join(lines[:3] + lines[k:])
    return "\f".join(pages)


def halvering_renumber(t):
    return re.sub(r"^7\. ", "8. ", t, count=1, flags=re.M)


TRAP = {  # text mutations that break each layout's trap
    "brackwell-oh-pd": lambda t: re.sub(r"(?<= )25-(\d{5})(?= +B\d$)", "25-99999", t, count=1, flags=re.M),
    "coldridge-county-wy-so": lambda t: re.sub(r"^Associated: +25C-\d{5}$", "Associated:      25C-09999", t,
                                               count=1, flags=re.M),
    "verlaine-township-pa-pd": lambda t: re.sub(r"related to incident 25-\d{5}", "related to incident 25-09999", t,
                                                count=1),
    "peddicord-ks-pd": collapse_columns,
    "halvering-county-mn-so": halvering_renumber,
}
TRAP2 = {  # a second mutation of each trap
    "brackwell-oh-pd": lambda t: re.sub(r"Calls this page: (\d+)",
                                        lambda m: f"Calls this page: {int(m.group(1)) + 1}", t, count=1),
    "coldridge-county-wy-so": lambda t: cold_cut(t),
    "verlaine-township-pa-pd": lambda t: re.sub(r"(?m)^(\d{4}) hrs Shift change\.", r"\1 hrs SHIFT CHANGE:", t),
    "peddicord-ks-pd": lambda t: re.sub(r"CAD\s+(\d{8})\.", "CAD 99999999.", t, count=1),
    "halvering-county-mn-so": lambda t: re.sub(r"Items (\d+)-", lambda m: f"Items {int(m.group(1)) + 1}-", t,
                                               count=1),
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()):
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t, raw = C.text_of(f, SRC / f / e["file"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t), raw), f
    if f == "peddicord-ks-pd":
        raw2 = mut(raw)
        t2 = C.reading_order(raw2)[0]
    else:
        t2 = raw2 = mut(t)
    assert raw2 != raw, f
    out = C.check_layout(f, e["file"], t2, e, C.records(f, t2), raw2)
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f, mut.__name__ if hasattr(mut, "__name__") else "")

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
