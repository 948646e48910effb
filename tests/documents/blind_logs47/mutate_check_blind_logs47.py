"""Mutation runs for check_blind_logs47.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
heading date or status, a follow-up counted as a record, a missing agency folder) run the real
check on a copy in a temporary folder; layout-trap mutations (days put back in calendar order,
a continued marker dropped, a district subtotal changed, a follow-up to an unknown case, a group
put oldest first) are applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs47/mutate_check_blind_logs47.py
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
import check_blind_logs47 as C  # noqa: E402


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


def m_time(g):
    s = g[0]["sample_records"][1]
    d, _, t = s["reported_at"].partition(" ")
    s["reported_at"] = f"{d} {t[:-1]}{(int(t[-1]) + 1) % 10}"


def m_status(g):
    s = g[0]["sample_records"][0]
    s["disposition"] = "UNFOUNDED" if s.get("disposition") != "UNFOUNDED" else "CLEARED BY ARREST"


def m_follow(g):
    """List a follow-up's number (a case opened before the log) as a record of the log."""
    extra = [r for r in g[0]["related_numbers"] if r["record"] is None]
    num = extra[0]["number"] if extra else "XX-0000"
    g[0]["case_numbers"].insert(0, num)
    g[0]["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_time,
        m_status, m_follow]
folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0


def check_copy(mutate):
    with tempfile.TemporaryDirectory() as tmp:
        dst = Path(tmp) / "s"
        shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
        mutate(dst)
        return subprocess.run(
            [sys.executable, str(SRC / "check_blind_logs47.py"), "--dir", str(dst)], capture_output=True
        ).returncode


for f in folders:
    for m in MUTS:
        def apply(dst, f=f, m=m):
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g)
            gp.write_text(json.dumps(g))
        if check_copy(apply):
            caught += 1
        else:
            missed += 1
            print("MISSED", f, m.__name__)
if check_copy(lambda dst: shutil.rmtree(dst / folders[0])):
    caught += 1
else:
    missed += 1
    print("MISSED removed folder")


def reverse_days(t):
    """Put Tenby Marsh's day bands (with their rows) back in calendar order."""
    rx = C.HEADING["tenby-marsh-sc-pd"][0]
    starts = [m.start() for m in rx.finditer(t)]
    end = t.find("Incidents this week")
    parts = [t[a:b] for a, b in zip(starts, starts[1:] + [end])]
    return t[:starts[0]] + "".join(reversed(parts)) + t[end:]


MUT = {
    "tenby-marsh-sc-pd": reverse_days,
    "gallowmere-ky-pd": lambda t: re.sub(r"^\(continued\)$", "", t, flags=re.M),
    "corvallen-county-ga-so": lambda t: re.sub(
        r"^DISTRICT 2 SUBTOTAL: (\d+)", lambda m: f"DISTRICT 2 SUBTOTAL: {int(m.group(1)) + 1}", t, flags=re.M
    ),
    "whitlock-ferry-me-pd": lambda t: re.sub(r"^(\d{4} +)Opened (WF25-\d{4}) - ", r"\1Continued \2 - ", t,
                                             count=1, flags=re.M),
    "pemberton-reach-or-pd": None,
}
for f, mut in MUT.items():
    for e in json.loads((SRC / f / "groundtruth.json").read_text()):
        t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
        recs = C.records(f, t)
        assert not C.check_layout(f, e["file"], t, e, recs), f
        if mut:
            t2 = mut(t)
            assert t2 != t, f
            recs2 = C.records(f, t2)
            out = C.check_layout(f, e["file"], t2, e, recs2) if recs2 else ["no records"]
        else:  # swap the first two rows of the first group: no longer newest first
            recs2 = [recs[1][:2] + (recs[0][2],), recs[0][:2] + (recs[1][2],)] + recs[2:]
            out = C.check_layout(f, e["file"], t, e, recs2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED", f, e["file"])

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
