"""Mutation runs for check_blind_logs42.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a sample
that is not the middle record, a missing agency folder) and one PDF mutation (a regenerated
file with one record less) run the real check on a copy in a temporary folder; layout-trap
mutations (a right-hand line that drops an id, an id printed on a right-hand part, no
sideways page read, a logical page number out of sequence, a wrong shift total) are applied to
the text or the page range the trap check reads. Run:
    python tests/documents/blind_logs42/mutate_check_blind_logs42.py
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
import check_blind_logs42 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "9999 Nowhere Rd"


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


def m_when(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = s["reported_at"].replace("/", "/0", 1) if "/1" in s["reported_at"] else "01/01/2024 0000"


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_disp(g):
    g[0]["sample_records"][2]["disposition"] = "Exceptionally cleared"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_middle(g):
    e = g[0]
    e["sample_records"][1]["case_number"] = e["case_numbers"][len(e["case_numbers"]) // 2 + 1]


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_when, m_type, m_disp, m_pages, m_dup, m_middle]


def check_dir(dst):
    return subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs42.py"), "--dir", str(dst)], capture_output=True
    ).returncode


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
            rc = check_dir(dst)
            caught += bool(rc)
            missed += not rc
            if not rc:
                print("MISSED", f, m.__name__)

with tempfile.TemporaryDirectory() as tmp:  # a missing agency folder
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = check_dir(dst)
    caught += bool(rc)
    missed += not rc

with tempfile.TemporaryDirectory() as tmp:  # a PDF swapped for another one of the set
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    a, b = sorted((dst / "kestrel-pass-mt-pd").glob("*.pdf"))
    shutil.copy(b, a)
    rc = check_dir(dst)
    caught += bool(rc)
    missed += not rc


def first(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    pdf = SRC / folder / e["file"]
    return e, pdf, C.text_of(folder, pdf)


TEXT_MUT = {
    "kestrel-pass-mt-pd": lambda t: re.sub(r"^KP25-\d{5} +(?!\d\d/).*\n", "", t, count=1, flags=re.M),
    "ferncliff-county-ne-so": lambda t: (
        t[: t.find("Sheet part 2 of 2")] + t[t.find("Sheet part 2 of 2") :].replace(" Remarks", " Remarks FC-251201", 1)
    ),
    "tallis-creek-ia-pd": lambda t: re.sub(
        r"(SHIFT TOTALS for \d\d/\d\d: )(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 1), t, count=1
    ),
    "quarry-bend-vt-pd": lambda t: t.replace("Page 3 of", "Page 4 of", 1),
}
for f, mut in TEXT_MUT.items():
    e, pdf, t = first(f)
    assert not C.check_layout(f, pdf, t, e), f
    t2 = mut(t)
    assert t2 != t, f
    out = C.check_layout(f, pdf, t2, e)
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED", f, "layout")

# Marlpit: the trap is in the file (page 2 printed sideways); read without page 2, none is sideways
e, pdf, t = first("marlpit-state-university-ky-dps")
out = C.check_layout("marlpit-state-university-ky-dps", pdf, t, {**e, "pages": 1})
caught += bool(out)
missed += not out
if not out:
    print("MISSED marlpit layout")

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
