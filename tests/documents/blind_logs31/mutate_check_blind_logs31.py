"""Mutation runs for check_blind_logs31.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
sample date or time, a missing agency folder) run the real check on a copy in a temporary
folder; layout-trap mutations (an id printed outside its e-mail's Subject line, a page without
the cookie banner, a wrong 'Cited' row, an id in an all-day notice, no letter without incidents)
are applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs31/mutate_check_blind_logs31.py
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
import check_blind_logs31 as C  # noqa: E402


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
    key = next(k for k in ("reported_at", "day_label", "occurred_from") if k in s)
    s[key] = re.sub(r"\d", lambda m: str((int(m.group(0)) + 1) % 10), s[key], count=1)


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
                [sys.executable, str(SRC / "check_blind_logs31.py"), "--dir", str(dst)], capture_output=True
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
        [sys.executable, str(SRC / "check_blind_logs31.py"), "--dir", str(dst)], capture_output=True
    ).returncode
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED removed folder")


def first_id_in_body(t):
    num = re.search(r"Incident (OL25-\d{5})", t).group(1)
    return re.sub(r"^(Reported: +)", rf"\g<1>{num} ", t, count=1, flags=re.M)


MUT = {
    "ossory-lake-mi-pd": first_id_in_body,
    "cobble-junction-co-pd": lambda t: t.replace("We use cookies", "We serve cookies", 1),
    "brisbee-county-ks-so": lambda t: re.sub(
        r"^(Cited +)(\d+)$", lambda m: f"{m.group(1)}{int(m.group(2)) + 1}", t, count=1, flags=re.M
    ),
    "ellory-harbor-university-me-pd": lambda t: re.sub(
        r"(All day +.+)$", r"\1 (EHU-25-0999)", t, count=1, flags=re.M
    ),
    "faywood-springs-ar-pd": lambda t: t.replace("incidents in this letter: 0", "incidents in this letter: 1"),
}
for f, mut in MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    t2 = mut(t)
    assert t2 != t, f
    out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
