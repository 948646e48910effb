"""Mutation runs for check_blind_logs57.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, an id listed as related, a related number
pointing at no record, a sample date moved to another day, a missing agency folder) run the real
check on a copy in a temporary folder; a damaged PDF (bytes cut) must fail too; layout-trap
mutations (a statute code taken out, a cover count changed, blocks put in time order, the two
columns joined into one, a year printed in an entry) are applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs57/mutate_check_blind_logs57.py
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
import check_blind_logs57 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "900 blk Nowhere Ct"


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


def m_orphan(g):
    r = dict(g[0]["related_numbers"][0])
    r["record"] = "NO-SUCH-RECORD"
    g[0]["related_numbers"][0] = r


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = re.sub(r"\d\d?(?=[/,]| )", "29", s["reported_at"], count=1) \
        if s["reported_at"][:2] != "29" else "Oct. 30, 2025"


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_disp(g):
    g[0]["sample_records"][2]["disposition"] = "Exceptionally cleared"


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_orphan, m_date, m_type, m_pages, m_dup, m_disp]


def run_check(dst):
    return subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs57.py"), "--dir", str(dst)], capture_output=True
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
            if run_check(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
# remove a folder; cut a PDF short
for how in ("rmtree", "truncate"):
    with tempfile.TemporaryDirectory() as tmp:
        dst = Path(tmp) / "s"
        shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
        if how == "rmtree":
            shutil.rmtree(dst / folders[0])
        else:
            pdf = next((dst / folders[1]).glob("*.pdf"))
            pdf.write_bytes(pdf.read_bytes()[:-300])
        rc = run_check(dst)
        caught += bool(rc)
        missed += not rc
        if not rc:
            print("MISSED", how)


def time_ordered(f, t):
    """The blocks or entries re-sorted by time, as a log in time order would print them."""
    recs = C.records(f, t)
    if f == "rincon-del-mar-ca-pd":
        key = [re.search(r"Received +(\S+ \S+)", r[1]).group(1) for r in recs]
        key = [(k[6:10], k[:5], k[11:]) for k in key]
    else:
        key = [re.search(r" (\d\d/\d\d \d\d:\d\d) ", r[1]).group(1) for r in recs]
    return [r for _, r in sorted(zip(key, recs))]


MUT = {
    "alcanza-vista-ca-pd": lambda t: re.sub(r"^(25-\d{6} +\S+ \d{4} +)\S+ (PC|VC|HS) ", r"\1", t, count=1,
                                            flags=re.M),
    "san-teodoro-ca-pd": lambda t: re.sub(r"All categories +(\d+)", lambda m: f"All categories    {int(m.group(1)) + 1}",
                                          t),
    "rincon-del-mar-ca-pd": None,
    "las-palmitas-ca-pd": lambda t: "\n".join(ln.split("   ")[0] if ln.strip() else ln for ln in t.splitlines())
    + "\f",
    "vista-arroyo-ca-pd": lambda t: re.sub(r"^( *25\d\d-\d{4} +[A-Z][a-z]{2} \d\d/\d\d)", r"\1/2025", t,
                                           count=1, flags=re.M),
}
for f, mut in MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    full = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    text = C.column_text(full) if f == C.LP else full
    assert not C.check_layout(f, e["file"], text, e, C.records(f, text), full), f
    if mut:
        full2 = mut(full)
        assert full2 != full, f
        text2 = C.column_text(full2) if f == C.LP else full2
        out = C.check_layout(f, e["file"], text2, e, C.records(f, text2), full2)
    else:
        out = C.check_layout(f, e["file"], text, e, time_ordered(f, text), full)
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED", f)
# the Vista Arroyo district entries re-sorted by time must fail as well
f = "vista-arroyo-ca-pd"
e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
full = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
out = C.check_layout(f, e["file"], full, e, time_ordered(f, full), full)
caught += bool(out)
missed += not out
if not out:
    print("MISSED", f, "time order")

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
