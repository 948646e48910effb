"""Mutation runs for check_blind_logs83.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, an id listed as related, a wrong reported
date, a wrong type, a related number listed as a record, a missing agency folder) run the real
check on a copy in a temporary folder; layout-trap mutations (a day count changed, a broadcast
message naming an id not in the log, a continuation screen pointing at another record, a scroll
overlap line changed, a report number dropped from its call) are applied to the `pdftotext -layout`
text and fed to the layout check.
Run: python tests/documents/blind_logs83/mutate_check_blind_logs83.py
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
import check_blind_logs83 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "NOWHERE HALL"


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
    s["reported_at"] = s["reported_at"].replace("10", "11", 1)


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "ARSON"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a related number (or, without any, a made-up neighbour id) as a record."""
    e = next((x for x in g if x["related_numbers"]), g[0])
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else e["case_numbers"][0][:-1] + "9"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs83.py"), "--dir", str(dst)],
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

TRAP = {  # text mutations that break each layout's trap
    "ketterly-flats-ne-pd": [
        lambda t: re.sub(r"Incidents this date: +(\d+)", lambda m: f"Incidents this date: {int(m.group(1)) + 1}",
                         t, count=1),
        lambda t: re.sub(r"^( *_ +KF25-\d{6} +)(\d{4})", r"\g<1>10/14/25 \2", t, count=1, flags=re.M)],
    "ossaway-county-mo-so": [
        lambda t: re.sub(r"^( *MSG .*?)OB25-\d{6}", r"\1OB25-999999", t, count=1, flags=re.M),
        lambda t: re.sub(r"ROWS 0021 TO", "ROWS 0022 TO", t, count=1)],
    "wyvern-lake-state-university-mn-dps": [
        lambda t: re.sub(r"(Screen 2 of 2\n\n *Case number[ .]*: +)WL-25-\d{5}", r"\1WL-25-00001", t, count=1),
        lambda t: re.sub(r"Screen 1 of 2", "Screen 1 of 1", t, count=1)],
    "kilbride-wv-pd": [
        lambda t: re.sub(r"(Scroll ===> 18\n *)(\d{4}) ", lambda m: m.group(1) + f"{(int(m.group(2)) + 1) % 2400:04d} ",
                         t, count=2),
        lambda t: t.replace("Line 00000036", "Line 00000037", 1)],
    "millrace-township-in-pd": [
        lambda t: re.sub(r" +CASE: 25-\d{5}", "", t, count=1),
        lambda t: re.sub(r"^ *MA +a +TCP00044 .*$", "", t, count=1, flags=re.M)],
}
for f, muts in TRAP.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    for mut in muts:
        t2 = mut(t)
        assert t2 != t, f
        out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f)

print(f"{caught} of {caught + missed} caught")
sys.exit(1 if missed else 0)
