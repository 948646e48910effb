"""Mutation runs for check_blind_logs111.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped, duplicated or repeated id, a wrong sample location, type
or date, sha256, page count or record count, an unprinted related number, an id listed as related, a
related number (sheriff report, lab or autopsy report, prior case) listed as a record, a missing
agency folder) run the real check on a copy in a temporary folder; two trap mutations per layout are
applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs111/mutate_check_blind_logs111.py
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
import check_blind_logs111 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


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
    s["reported_at"] = "12/31/2024 " + s["reported_at"].split()[1]


def m_repeat(g):
    """List a record a second time (as a supplement, release, tox entry or follow-up would suggest)."""
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a non-record number (sheriff report, lab or autopsy report, prior case) as a record."""
    kinds = ("sheriff_report", "toxicology_lab", "autopsy_report", "prior_coroner_case")
    e = g[0]
    num = next((r for r in e["related_numbers"] if r["kind"] in kinds), e["related_numbers"][0])["number"]
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs111.py"), "--dir", str(dst)],
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
    "brisco-county-ca-sc": lambda t: re.sub(
        r"Sheriff reports referenced: (\d+)", lambda m: f"Sheriff reports referenced: {int(m.group(1)) + 1}", t),
    "dunmore-county-nv-sc": lambda t: re.sub(r"re Coroner Case No\.: 25-\d{4}", "re Coroner Case No.: 25-9999", t,
                                             count=1),
    "harlow-county-or-so": lambda t: re.sub(r"Tox results received for H25-\d{4}", "Tox results received for H25-9999",
                                            t, count=1),
    "kestrel-county-wa-sc": lambda t: re.sub(r"\(accepted (\d+),", lambda m: f"(accepted {int(m.group(1)) + 1},", t),
    "orrin-county-id-sc": lambda t: re.sub(r"Prior coroner case OC-24-\d{4}", "Prior coroner case OC-24-9999", t,
                                           count=1),
}


def late_cite(t, pat):
    """Make the first follow-up cite the last case opened (printed after the follow-up)."""
    last = re.findall(r"Case (H25-\d{4}) opened:", t)[-1]
    return re.sub(pat, lambda m: m.group(0)[:-8] + last, t, count=1)


TRAP2 = {  # a second mutation of each trap
    "brisco-county-ca-sc": lambda t: re.sub(r"^(C25-\d{5}) +S25-\d{5}", r"\1          ", t, count=1, flags=re.M),
    "dunmore-county-nv-sc": lambda t: re.sub(r"Supplements: (\d+)", lambda m: f"Supplements: {int(m.group(1)) - 1}", t),
    "harlow-county-or-so": lambda t: late_cite(t, r"Body of H25-\d{4}"),
    "kestrel-county-wa-sc": lambda t: re.sub(r"Paragraphs: (\d+)", lambda m: f"Paragraphs: {int(m.group(1)) + 1}", t),
    "orrin-county-id-sc": lambda t: re.sub(r"^( +)Decedent (\d+ [MF])", r"\1Deceased \2", t, count=1, flags=re.M),
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()):
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    t2 = mut(t)
    assert t2 != t, f
    out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
