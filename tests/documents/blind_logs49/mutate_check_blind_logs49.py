"""Mutation runs for check_blind_logs49.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a missing
sample, a missing agency folder) run the real check on a copy in a temporary folder;
layout-trap mutations (a vehicle total, a citation sub-row, the label key printed twice, a
segment count, the two direction tables printed one under the other) are applied to the
`pdftotext -layout` text. Run: python tests/documents/blind_logs49/mutate_check_blind_logs49.py
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
import check_blind_logs49 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "MP 999.9 NB"


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


def m_time(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = s["reported_at"][:-2] + ("59" if not s["reported_at"].endswith("59") else "58")


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_sample(g):
    g[0]["sample_records"].pop()


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_time, m_type, m_pages, m_dup, m_sample]
folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())


def check_copy(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs49.py"), "--dir", str(dst)],
                          capture_output=True).returncode


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
            if check_copy(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # a missing agency folder
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = check_copy(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED missing folder")


def stack_columns(full):
    """The two direction tables printed one under the other: no line holds two ids."""
    left, right = [], []
    for line in full.splitlines():
        left.append(line[:84])
        right.append(line[84:])
    return "\n".join(left + right)


MUT = {
    "greyfield-turnpike-authority-oh-police": lambda t, full: (
        re.sub(r"collisions: (\d+)", lambda m: f"collisions: {int(m.group(1)) + 1}", t), full),
    "wyeth-county-wv-so-traffic-unit": lambda t, full: (re.sub(r"^ +cit WC\d{6} .*\n", "", t, count=1, flags=re.M),
                                                        full),
    "calloway-state-highway-patrol-troop-k": lambda t, full: (t + "\nKey: [T] time reported\n", full),
    "kessick-bridge-tunnel-authority-md": lambda t, full: (re.sub(r"\((\d+) events\)", "(99 events)", t, count=1),
                                                           full),
    "marren-valley-parkway-police": lambda t, full: (t, stack_columns(full)),
}
for f, mut in MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    pdf = SRC / f / e["file"]
    full = C.run(["pdftotext", "-layout", str(pdf), "-"])
    t = C.text_of(f, pdf, e["pages"])
    assert not C.check_layout(f, e["file"], t, e, full), f
    t2, full2 = mut(t, full)
    assert (t2, full2) != (t, full), f
    out = C.check_layout(f, e["file"], t2, e, full2)
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED layout", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
