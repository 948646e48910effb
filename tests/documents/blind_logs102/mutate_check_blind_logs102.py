"""Mutation run for check_blind_logs102.py: break copies of the set and require the check to fail.

Ground-truth mutations per agency (on a copy of the set), a removed agency folder, and text
mutations of each layout's trap (run through the check's text checks). Every one must be caught.
    python tests/documents/blind_logs102/mutate_check_blind_logs102.py
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
import check_blind_logs102 as C  # noqa: E402


def m_drop(g):
    e = g[0]
    e["case_numbers"].pop(5)
    e["record_count"] -= 1


def m_swap(g):
    ids = g[0]["case_numbers"]
    ids[3], ids[4] = ids[4], ids[3]


def m_dup(g):
    e = g[0]
    e["case_numbers"].insert(2, e["case_numbers"][1])
    e["record_count"] += 1


def m_related_as_id(g):
    e = g[0]
    e["case_numbers"][7] = e["related_numbers"][-1]["number"]


def m_id_as_related(g):
    e = g[0]
    e["related_numbers"].append({"record": e["case_numbers"][0], "kind": "booking_number",
                                 "number": e["case_numbers"][9]})


def m_unprinted_related(g):
    e = g[0]
    e["related_numbers"].append({"record": e["case_numbers"][0], "kind": "booking_number", "number": "ZZ-999999"})


def m_location(g):
    g[0]["sample_records"][1]["location"] = "9999 Nowhere Blvd"


def m_date(g):
    s = g[0]["sample_records"][2]
    s["reported_at"] = s["reported_at"].replace("2025", "2024").replace("/25 ", "/24 ")


def m_type(g):
    g[0]["sample_records"][0]["type"] = "Arson of a structure"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_pages(g):
    g[0]["pages"] += 1


def m_count(g):
    e = g[0]
    e["case_numbers"].append(e["case_numbers"][-1][:-2] + "99")
    e["record_count"] += 1


def m_invented(g):
    g[0]["agency"] = g[0]["agency"].replace(" [invented]", "")


def m_nonrec(g):
    e = g[0]
    if e.get("numbers_not_records"):
        e["case_numbers"].insert(1, e["numbers_not_records"][0]["number"])
        e["record_count"] += 1
    elif e.get("reproduced_page_ids"):
        e["reproduced_page_ids"] = e["reproduced_page_ids"][1:]
    else:  # an index cite or item label listed as a record
        e["case_numbers"].insert(0, "(a)")
        e["record_count"] += 1


MUTS = [m_drop, m_swap, m_dup, m_related_as_id, m_id_as_related, m_unprinted_related, m_location, m_date,
        m_type, m_sha, m_pages, m_count, m_invented, m_nonrec]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs102.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def sub1(pat, repl, flags=0):
    return lambda t: re.sub(pat, repl, t, count=1, flags=flags)


TRAPS = {  # text mutations that break each layout's trap
    "calder-mills-oh-pd": [
        sub1(r"SLIP SHEET", "NOTICE"),
        sub1(r"(See Defendant's Privilege Log, entry )(\d+)", lambda m: f"{m.group(1)}{int(m.group(2)) + 1}"),
        sub1(r"Narrative redacted - see privilege log", "Report taken"),
        sub1(r"Report (CM-25-\d{5}), withheld in full", "Report CM-25-00001, withheld in full"),
    ],
    "dorsey-flats-county-ne-so": [
        lambda t: t.replace("NOT CONFIDENTIAL", "CONFIDENTIAL - ATTORNEYS' EYES ONLY"),
        lambda t: re.sub(r"(supersedes DFSO \d{6}.*?\n.*?\n)(DF25-\d{6})", r"\1DF25-999999", t, count=1,
                         flags=re.S),
        sub1(r"supersedes DFSO (\d{6})", lambda m: f"supersedes DFSO {int(m.group(1)) - 1:06d}"),
    ],
    "quenby-state-university-dps": [
        sub1(r"Incident summary - ", "Incident summary QSU-2025-0001 - "),
        sub1(r"^( *)2( +QSU-DPS)", r"\g<1>3\2", re.M),
        sub1(r"PLAINTIFF'S EXHIBIT", "COPY"),
    ],
    "brannock-hills-ky-pd": [
        sub1(r"(BH25-\d{4} \[1\] \d+:)(\d+)", lambda m: f"{m.group(1)}{int(m.group(2)) % 25 + 1}"),
        sub1(r"^ *7 *$", "", re.M),
    ],
    "merrow-bend-wa-pd": [
        sub1(r"^\(c\)", "(d)", re.M),
        sub1(r"MBPD-001210-", "MBPD-001211-"),
        sub1(r"VERIFICATION", "NOTES"),
    ],
}


def main():
    caught = missed = 0
    for f in C.FOLDERS:
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
        shutil.rmtree(dst / C.FOLDERS[0])
        rc = run_check(dst)
        caught += bool(rc)
        missed += not rc
        if not rc:
            print("MISSED folder removed")
    for f, muts in TRAPS.items():
        e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
        t = C.pdf_text(SRC / f / e["file"])
        assert not C.check_text(f, e["file"], t, e), f
        for i, mut in enumerate(muts):
            t2 = mut(t)
            assert t2 != t, (f, i)
            out = C.check_text(f, e["file"], t2, e)
            caught += bool(out)
            missed += not out
            if not out:
                print("MISSED trap", f, i)
    print(f"caught {caught} of {caught + missed}, missed {missed}")
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
