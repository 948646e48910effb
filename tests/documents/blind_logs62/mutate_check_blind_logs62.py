"""Mutation runs for check_blind_logs62.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
heading date, a missing agency folder) run the real check on a copy in a temporary folder;
layout-trap mutations are applied to what the trap check reads: the table turned upright
(Kettleby Hollow), the same column widths on every page (Brackwater), a landscape page turned
back to portrait (Ashcombe), the labels printed upright (Pendleford), the South pages printed on
Letter (Tollgate Bluffs).
Run: python tests/documents/blind_logs62/mutate_check_blind_logs62.py
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
import check_blind_logs62 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


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
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]}
    )


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "10/01/2025 " + s["reported_at"].split()[-1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup]
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
            rc = subprocess.run(
                [sys.executable, str(SRC / "check_blind_logs62.py"), "--dir", str(dst)], capture_output=True
            ).returncode
            if rc:
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
# remove a folder
with tempfile.TemporaryDirectory() as tmp:
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs62.py"), "--dir", str(dst)], capture_output=True
    ).returncode
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED removed folder")


def upright(boxes, pattern):
    """The words matching pattern printed upright instead of rotated (width and height swapped)."""
    return [[(w, max(a, b), min(a, b), x) if re.fullmatch(pattern, w) else (w, a, b, x) for w, a, b, x in p]
            for p in boxes]


def same_widths(boxes):
    first = [x for w, _, _, x in boxes[0] if w in ("#", "Nature", "Location", "Unit", "Disposition")][:5]
    out = []
    for p in boxes:
        k = iter(first)
        out.append([(w, a, b, next(k, x)) if w in ("#", "Nature", "Location", "Unit", "Disposition") else (w, a, b, x)
                    for w, a, b, x in p])
    return out


MUT = {  # (change to the page geometry, change to the word boxes)
    "kettleby-hollow-oh-pd": (None, lambda b: upright(b, r"KH25-\d{5}")),
    "brackwater-township-nj-pd": (None, same_widths),
    "ashcombe-county-wv-so": (lambda g: [(w, h, 0) for w, h, _ in g], None),
    "pendleford-university-ia-dps": (None, lambda b: upright(b, "DISPOSITION")),
    "tollgate-bluffs-or-pd": (lambda g: [(612, 792, r) for _, _, r in g], None),
}
for f, (mg, mb) in MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    pdf = SRC / f / e["file"]
    t = C.run(["pdftotext", "-layout", str(pdf), "-"])
    geo, boxes = C.page_geometry(pdf, e["pages"]), C.bbox_pages(pdf)
    assert not C.check_layout(f, e["file"], t, e, geo, boxes), f
    out = C.check_layout(f, e["file"], t, e, mg(geo) if mg else geo, mb(boxes) if mb else boxes)
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
