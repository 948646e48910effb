"""Mutation runs for check_blind_logs37.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a
related number pointing at no record, a missing sample, a missing agency folder) run the real
check on a copy in a temporary folder; layout-trap mutations (a citation line removed, a contact
number changed, entries put in time order, a service-call count, a campus total) are applied to
the `pdftotext -layout` text.
Run: python tests/documents/blind_logs37/mutate_check_blind_logs37.py
"""

import datetime
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(SRC))
import check_blind_logs37 as C  # noqa: E402


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
    key = "reported_at" if "reported_at" in s else "occurred_at"
    s[key] = "01/02/2024 " + s[key].split()[-1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Poaching of elk"


def m_pages(g):
    g[0]["pages"] += 1


def m_related_record(g):
    g[0]["related_numbers"][0]["record"] = "XX-00000"


def m_samples(g):
    g[0]["sample_records"].pop()


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


MUTS = [
    m_drop,
    m_swap,
    m_loc,
    m_sha,
    m_rel,
    m_count,
    m_both,
    m_date,
    m_type,
    m_pages,
    m_dup,
    m_related_record,
    m_samples,
]
folders = sorted(p.name for p in SRC.iterdir() if (p / "groundtruth.json").exists())
caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst)
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g)
            gp.write_text(json.dumps(g))
            rc = subprocess.run(
                [sys.executable, str(SRC / "check_blind_logs37.py"), "--dir", str(dst)], capture_output=True
            ).returncode
            if rc:
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
# remove a folder
with tempfile.TemporaryDirectory() as tmp:
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst)
    shutil.rmtree(dst / folders[0])
    rc = subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs37.py"), "--dir", str(dst)], capture_output=True
    ).returncode
    caught += bool(rc)
    missed += not rc

MUT = {
    C.HP: lambda t: re.sub(r"^ +Cit\. AV\d{7}[^\n]*\n", "", t, count=1, flags=re.M),
    C.FW: lambda t: t.replace("CONTACT 5 ", "CONTACT 7 ", 1),
    C.IB: None,
    C.SP: lambda t: re.sub(r"no case number\): (\d+)", lambda m: f"no case number): {int(m.group(1)) + 1}", t),
    C.SU: lambda t: re.sub(r"(Northfield Campus +)(\d+)", lambda m: f"{m.group(1)}{int(m.group(2)) + 1}", t),
}
for f, mut in MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    recs = C.records(f, t)
    assert not C.check_layout(f, e["file"], t, e, recs), f
    if mut:
        t2 = mut(t)
        assert t2 != t, f
        out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    else:
        recs2 = sorted(
            recs,
            key=lambda r: datetime.datetime.strptime(
                re.search(r"reported (\d\d/\d\d/2025 \d{4}) hrs", r[1]).group(1), "%m/%d/%Y %H%M"
            ),
        )
        out = C.check_layout(f, e["file"], t, e, recs2)
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
