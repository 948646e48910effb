"""Mutation check of check_blind_logs87.py: break copies of the set and require the check to fail.

Ground-truth mutations edit a copy's groundtruth.json; text mutations put a wrapper `pdftotext`
first on PATH that edits the real tool's output (a row dropped, a total changed, a stamp removed...).
Prints "N of N caught".
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REAL = shutil.which("pdftotext")


def gt_mut(folder, idx, fn):
    def apply(root):
        p = root / folder / "groundtruth.json"
        gt = json.loads(p.read_text())
        fn(gt[idx])
        p.write_text(json.dumps(gt, indent=1) + "\n")
    return apply


def swap(ids, i, j):
    ids[i], ids[j] = ids[j], ids[i]


GT = {
    "kp: id dropped": gt_mut("kestrel-point-me-pd", 0, lambda e: e["case_numbers"].pop(5)),
    "kp: request number listed as an id": gt_mut("kestrel-point-me-pd", 0, lambda e: (
        e["case_numbers"].append("25-0412"), e.update(record_count=len(e["case_numbers"])))),
    "dr: ids swapped": gt_mut("dunmore-ridge-co-pd", 0, lambda e: swap(e["case_numbers"], 3, 4)),
    "dr: Bates number as id": gt_mut("dunmore-ridge-co-pd", 0, lambda e: e["case_numbers"].__setitem__(0, "DRPD-REL-002201")),
    "sh: sample location wrong": gt_mut("stillwater-hollow-ky-so", 1, lambda e: e["sample_records"][1].update(location="1 Nowhere St")),
    "sh: reviewer initials as disposition": gt_mut("stillwater-hollow-ky-so", 0, lambda e: e["sample_records"][0].update(disposition="rev. KB 11/03")),
    "sh: record_count off": gt_mut("stillwater-hollow-ky-so", 0, lambda e: e.update(record_count=e["record_count"] + 1)),
    "tc: sample date from stamp": gt_mut("tamsin-cove-ri-pd", 0, lambda e: e["sample_records"][2].update(reported_at="10/31/2025 1420")),
    "tc: related number is an id": gt_mut("tamsin-cove-ri-pd", 0, lambda e: e["related_numbers"].append(
        {"record": e["case_numbers"][0], "kind": "booking_number", "number": e["case_numbers"][1]})),
    "wb: sample type of another record": gt_mut("wrenfield-bay-or-pd", 1, lambda e: e["sample_records"][0].update(
        type="Noise Complaint" if e["sample_records"][0]["type"] != "Noise Complaint" else "Theft")),
    "wb: sha256 wrong": gt_mut("wrenfield-bay-or-pd", 0, lambda e: e.update(sha256="0" * 64)),
    "wb: id duplicated": gt_mut("wrenfield-bay-or-pd", 0, lambda e: e["case_numbers"].__setitem__(1, e["case_numbers"][0])),
}
TEXT = {  # sed expressions applied to pdftotext output
    "kp: a row lost": r"/^KP25-04103 /d",
    "kp: RECEIVED stamp gone": r"s/CITY CLERK REQ 25-0412//",
    "dr: total changed": r"s/^\([0-9]*\) reports released/999 reports released/",
    "dr: watermark not in text": r"/^ *[PUBLICRECORD] *$/d",
    "sh: block start garbled": r"0,/^Incident No\.: SH-25-/s//Incident No: SH-25-/",
    "sh: initials gone": r"s/ *rev\. [A-Z][A-Z] 11\/0[0-9]$//",
    "tc: stamp time moved into an entry": r"0,/^Date: \(..\/..\/2025\) *14:20 CLERK OFFICE$/s//Date: \1/",
    "tc: badge printed as id": r"0,/ - TC[0-9]* - /s// - TC999999 - /",
    "wb: id column lost on a row": r"0,/ WB-2025-0770[0-9]$/s///",
    "wb: footer time read as a row": r"s/^ *Printed 11\/30\/2025 08:15/08:15    11\/30\/2025   x WB-2025-99999/",
}


def run_check(root, env=None):
    r = subprocess.run([sys.executable, str(HERE / "check_blind_logs87.py"), "--dir", str(root)],
                       capture_output=True, text=True, env=env)
    return r.returncode != 0


def main():
    caught, total = 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "set"
        shutil.copytree(HERE, base, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
        if run_check(base):
            print("the unbroken copy fails the check; stop")
            return 1
        for name, apply in GT.items():
            root = Path(tmp) / "m"
            shutil.rmtree(root, ignore_errors=True)
            shutil.copytree(base, root)
            apply(root)
            total += 1
            ok = run_check(root)
            caught += ok
            print(("caught   " if ok else "MISSED   ") + name)
        bindir = Path(tmp) / "bin"
        bindir.mkdir()
        for name, expr in TEXT.items():
            agency = name.split(":")[0]
            w = bindir / "pdftotext"
            w.write_text(f"#!/bin/sh\ncase \"$*\" in *{agency}pd*|*{agency}so*) {REAL} \"$@\" | sed '{expr}';; "
                         f"*) exec {REAL} \"$@\";; esac\n")
            w.chmod(0o755)
            env = dict(os.environ, PATH=f"{bindir}:{os.environ['PATH']}")
            total += 1
            ok = run_check(base, env)
            caught += ok
            print(("caught   " if ok else "MISSED   ") + name)
    print(f"{caught} of {total} caught")
    return 0 if caught == total else 1


if __name__ == "__main__":
    sys.exit(main())
