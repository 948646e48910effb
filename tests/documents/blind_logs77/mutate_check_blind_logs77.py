"""Mutation runs for check_blind_logs77.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, an id listed as related, a wrong reported
date, a number from the letter, index or declaration listed as a record, a missing agency folder)
run the real check on a copy in a temporary folder; trap mutations (the letter's out-of-period
number moved into the series, an index item pointing at the wrong row, a related incident that is
itself an id, a redacted entry not named in the declaration, a withheld report printed in the
log's range wrongly counted) are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs77/mutate_check_blind_logs77.py
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
import check_blind_logs77 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


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


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "09/30/2025 " + s["reported_at"].split()[1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a number printed outside the log (or a related number) as a record."""
    e = g[0]
    pool = [x["number"] for x in e.get("numbers_not_records", [])] or [
        r["number"] for r in e["related_numbers"] if r["kind"] == "earlier_incident"] or [
        e["related_numbers"][0]["number"]]
    e["case_numbers"].insert(1, pool[0])
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs77.py"), "--dir", str(dst)],
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


def first_id(f, t):
    return C.records(f, t)[0][0]


TRAP = {  # text mutations that break each layout's trap
    "paseo-encino-ca-pd": [
        # the letter names a number that is in the log
        lambda t: re.sub(r"names incident PE25-\d{5}", lambda m: "names incident " + first_id(
            "paseo-encino-ca-pd", t), t, count=1),
        # the certificate's count disagrees
        lambda t: re.sub(r"consists of (\d+) entries", lambda m: f"consists of {int(m.group(1)) + 1} entries", t),
    ],
    "cerro-callado-ca-pd": [
        # an index item names a row that is not redacted
        lambda t: re.sub(r"^(1\. +)CC25-\d{5}", lambda m: m.group(1) + first_id("cerro-callado-ca-pd", t), t,
                         count=1, flags=re.M),
        lambda t: re.sub(r"Items in this index: (\d+)", lambda m: f"Items in this index: {int(m.group(1)) + 1}", t),
    ],
    "puerta-dorada-ca-pd": [
        # a Related number that is one of the summary's own ids
        lambda t: re.sub(r"(Related: +)PD\d{4}-\d{5}", lambda m: m.group(1) + first_id("puerta-dorada-ca-pd", t),
                         t, count=1),
        # the proof of service cites an incident
        lambda t: t.replace("PROOF OF SERVICE", "PROOF OF SERVICE  PD2510-00001"),
    ],
    "santa-olalla-ca-pd": [
        # the declaration names a different entry
        lambda t: t[:C.log_end("santa-olalla-ca-pd", t)] + re.sub(
            r"DR 25-\d{5}", "DR 25-00001", t[C.log_end("santa-olalla-ca-pd", t):], count=1),
        lambda t: t.replace("[name redacted", "[name", 1),
    ],
    "rancho-tesoro-ca-pd": [
        # a withheld number that is also in the log
        lambda t: t[:C.log_end("rancho-tesoro-ca-pd", t)] + re.sub(
            r"Report No\. RT-25-\d{6}", "Report No. " + first_id("rancho-tesoro-ca-pd", t),
            t[C.log_end("rancho-tesoro-ca-pd", t):], count=1),
        lambda t: re.sub(r"withheld in full: (\d+)\.", lambda m: f"withheld in full: {int(m.group(1)) + 1}.", t),
    ],
}
for f, muts in TRAP.items():
    for mut in muts:
        e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
        t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
        pages = t.count("\f")
        assert not C.check_layout(f, e["file"], t, e, C.records(f, t), pages), f
        t2 = mut(t)
        assert t2 != t, f
        out = C.check_layout(f, e["file"], t2, e, C.records(f, t2), pages)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f)

print(f"{caught} of {caught + missed} caught")
sys.exit(1 if missed else 0)
