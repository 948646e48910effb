"""Break copies of blind_logs93 and require check_blind_logs93.py to fail on every one.

Ground-truth mutations per agency (dropped, swapped or duplicated id, a related or other
non-record number listed as an id, wrong sample values, wrong sha/pages/count, a number both id
and related), a removed agency folder, and a text mutation of each layout's trap.

    .venv/bin/python tests/documents/blind_logs93/mutate_check_blind_logs93.py
"""
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("check93", SRC / "check_blind_logs93.py")
C = importlib.util.module_from_spec(spec)
spec.loader.exec_module(C)


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    ids = g[0]["case_numbers"]
    ids[3], ids[4] = ids[4], ids[3]


def m_dup(g):
    g[0]["case_numbers"].insert(8, g[0]["case_numbers"][7])
    g[0]["record_count"] += 1


def m_rel_as_id(g):
    e = next(x for x in g if x["related_numbers"])
    e["case_numbers"].insert(2, e["related_numbers"][0]["number"])
    e["record_count"] += 1


def m_both(g):
    e = g[0]
    e["related_numbers"].append({"record": e["case_numbers"][1], "kind": "x", "number": e["case_numbers"][2]})


def m_rel_moved(g):
    e = next(x for x in g if x["related_numbers"])
    r = e["related_numbers"][0]
    r["record"] = next(i for i in e["case_numbers"] if i != r["record"])


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "1 Nowhere St"


def m_disp(g):
    s = g[0]["sample_records"][2]
    s["disposition"] = "Arrest" if s["disposition"] != "Arrest" else "Unfounded"


def m_type(g):
    s = g[0]["sample_records"][0]
    s["type"] = "Theft" if s["type"] != "Theft" else "Fraud"


def m_when(g):
    s = g[0]["sample_records"][1]
    s["reported_at"] = s["reported_at"].replace("1", "2", 1) if "1" in s["reported_at"] else "2359"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_pages(g):
    g[0]["pages"] += 1


def m_count(g):
    g[0]["record_count"] += 1


def m_nonrec(g):
    """A number printed outside the records (fax job, quoted repeat, 'picking up after', resent) as an id."""
    e = g[0]
    extra = e.get("fax_job_number") or e.get("split_record") or "AU-25-9999"
    if "quoted_repeats" in e:
        e["case_numbers"].insert(0, e["quoted_repeats"][0])
    elif "resent_case_numbers" in e:
        e["case_numbers"].append(e["resent_case_numbers"][0])
    elif "split_record" in e:
        i = e["case_numbers"].index(extra)
        e["case_numbers"].insert(i + 1, extra)
    else:
        e["case_numbers"].append(extra)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_dup, m_rel_as_id, m_both, m_rel_moved, m_loc, m_disp, m_type, m_when, m_sha,
        m_pages, m_count, m_nonrec]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs93.py"), "--dir", str(dst)],
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
    "corliss-falls-vt-pd": [
        lambda t: re.sub(r"JOB 25-\d{6}", "JOB", t, count=1),  # a page without the server stamp
        lambda t: re.sub(r"(SESSION\s*:\s*)25-\d{6}", r"\g<1>none", t),  # report without the job
        lambda t: t.replace("Total incidents this period: ", "Total incidents this period: 1"),
    ],
    "wendle-harbor-me-pd": [
        lambda t: re.sub(r"> (Case No\.:)", r"  \1", t, count=1),  # a quoted repeat read as a record
        lambda t: t.replace(" incidents listed.", "1 incidents listed."),
    ],
    "tessaly-county-nd-so": [
        lambda t: re.sub(r"(picking up after TC25-)(\d{6})", lambda m: m.group(1) + str(int(m.group(2)) - 1).zfill(6),
                         t, count=1),
        lambda t: t.replace("(continued in next message)", "", 1),
    ],
    "ashby-university-dps": [
        lambda t: t.replace("Page 2 of", "Page 3 of", 1),  # halves read out of order
        lambda t: t.replace(" cases reported", "1 cases reported"),
    ],
    "okeena-county-ok-so": [
        lambda t: t[:t.index(C.RESEND)] + re.sub(r"Incident:\s+OC-25-\d{5}.*\n", "", t[t.index(C.RESEND):], count=1),
        lambda t: t.replace("Pages: 3 including", "Pages: 4 including"),
        lambda t: t.replace("Total calls logged: ", "Total calls logged: 1"),
    ],
}
for f, muts in TRAP.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.reading_text(f, SRC / f / e["file"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    for mut in muts:
        t2 = mut(t)
        assert t2 != t, f
        out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
        out += [] if [r for r, _ in C.records(f, t2)] == e["case_numbers"] else ["record starts"]
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, muts.index(mut))

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
