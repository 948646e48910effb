"""Mutation runs for check_blind_logs30.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
sample date or time, a related number pointing to no record) run the real check on a copy in a
temporary folder, as do a removed agency folder and a changed PDF; layout-trap mutations (a
Received date unlike the id's date, a wrong 'Reports written' total, a wrong week total, a
wrong property count, a call moved to another hour block) are applied to the
`pdftotext -layout` text.
Run: python tests/documents/blind_logs30/mutate_check_blind_logs30.py
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
import check_blind_logs30 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Plaza"


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
    s["reported_at"] = s["reported_at"].replace(s["reported_at"][-5:], "59:58" if s["reported_at"][-5:] != "59:58" else "00:01")


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_orphan(g):
    if g[0]["related_numbers"]:
        g[0]["related_numbers"][0]["record"] = "NOT-A-RECORD"


def m_day(g):
    s = g[0]["sample_records"][1]
    if "date" in s:
        s["date"] = "10/31/2025" if s["date"] != "10/31/2025" else "10/30/2025"
    else:
        s["reported_at"] = "10/02/2025 " + s["reported_at"].split()[-1]


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_time, m_type, m_pages, m_dup, m_orphan, m_day]


def run_check(dst):
    return subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs30.py"), "--dir", str(dst)], capture_output=True
    ).returncode


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir())
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
for name, breaker in (("removed folder", lambda d: shutil.rmtree(d / folders[0])),
                      ("changed PDF", lambda d: next((d / folders[1]).glob("*.pdf")).write_bytes(
                          next((d / folders[2]).glob("*.pdf")).read_bytes()))):
    with tempfile.TemporaryDirectory() as tmp:
        dst = Path(tmp) / "s"
        shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
        breaker(dst)
        rc = run_check(dst)
        caught += bool(rc)
        missed += not rc
        if not rc:
            print("MISSED", name)


def plus_one(pattern):
    return lambda t: re.sub(pattern, lambda m: m.group(0).replace(m.group(1), str(int(m.group(1)) + 1)), t, count=1,
                            flags=re.M)


def move_block_head(t):
    """Move the second hour-block heading down past the next entry (a call lands in the wrong block)."""
    lines = t.split("\n")
    i = next(k for k, ln in enumerate(lines) if ln.startswith("0600-1159 HRS"))
    j = next(k for k in range(i + 2, len(lines)) if lines[k].startswith("["))
    head = lines.pop(i)
    lines.insert(j - 1, head)
    return "\n".join(lines)


MUT = {
    "ocotillo-county-tx-constable-pct3": lambda t: re.sub(
        r"^(P3-\d{6}-\d\d +\d\d/)(\d\d)", lambda m: m.group(1) + f"{int(m.group(2)) % 28 + 1:02d}", t, count=1,
        flags=re.M),
    "encinal-viejo-tx-pd": plus_one(r"Reports written: (\d+)"),
    "san-ysidro-viejo-pueblo-nm-police": plus_one(r"(?<!\d)(\d+) calls *$"),
    "lucero-city-nv-resort-corridor-unit": plus_one(r"^ +The Canto Tower +(\d+)$"),
    "saguaro-wells-az-pd": move_block_head,
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
