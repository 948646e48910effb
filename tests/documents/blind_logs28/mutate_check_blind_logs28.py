"""Break copies of the twenty-eighth held-out set and require check_blind_logs28.py to fail on each.

Per agency: twelve ground-truth mutations and one document mutation (its first PDF replaced by
another agency's PDF, with sha256, bytes and pages updated so only the content can catch it);
plus a removed agency folder. Prints one line per mutation and a closing 'N passed, N failed'.
"""

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECK = HERE / "check_blind_logs28.py"
FOLDERS = ["harlow-mesa-ca-pd", "dunmore-flats-ca-pd", "pinecrest-hollow-county-ca-so", "ashgrove-ca-pd",
           "tolliver-bay-ca-harbor-pd"]


def bump(s):
    """Change the last digit of s."""
    i = max(i for i, ch in enumerate(s) if ch.isdigit())
    return s[:i] + str((int(s[i]) + 1) % 10) + s[i + 1:]


def gt_mutations():
    def drop(e):
        e["case_numbers"].pop(5)

    def swap(e):
        c = e["case_numbers"]
        c[3], c[4] = c[4], c[3]

    def digit(e):
        e["case_numbers"][7] = bump(e["case_numbers"][7])

    def count(e):
        e["record_count"] += 1

    def sha(e):
        e["sha256"] = "0" * 64

    def pages(e):
        e["pages"] += 1

    def related_digit(e):
        e["related_numbers"][0]["number"] = bump(e["related_numbers"][0]["number"])

    def related_record(e):
        r = e["related_numbers"][0]
        r["record"] = next(c for c in e["case_numbers"] if c != r["record"])

    def related_is_id(e):
        e["related_numbers"].append({"record": e["case_numbers"][1], "kind": "citation",
                                     "number": e["case_numbers"][2]})

    def sample_location(e):
        e["sample_records"][1]["location"] = "100 NOWHERE ST"

    def sample_time(e):
        s = e["sample_records"][2]
        s["reported_at"] = bump(s["reported_at"])

    def sample_wrong_record(e):
        e["sample_records"][0]["case_number"] = e["case_numbers"][1]

    return [drop, swap, digit, count, sha, pages, related_digit, related_record, related_is_id,
            sample_location, sample_time, sample_wrong_record]


def run_check(d):
    return subprocess.run([sys.executable, str(CHECK), "--dir", str(d)], capture_output=True, text=True).returncode


def main():
    caught = missed = 0

    def report(label, rc):
        nonlocal caught, missed
        ok = rc != 0
        caught += ok
        missed += not ok
        print(("caught " if ok else "MISSED ") + label)

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "clean"
        shutil.copytree(HERE, base, ignore=shutil.ignore_patterns("*.py", "*.md", "__pycache__"))
        if run_check(base) != 0:
            print("the clean copy fails the check; nothing to mutate")
            return 1
        n = 0
        for folder in FOLDERS:
            for mutate in gt_mutations():
                n += 1
                d = Path(tmp) / f"m{n}"
                shutil.copytree(base, d)
                gt = d / folder / "groundtruth.json"
                entries = json.loads(gt.read_text())
                mutate(entries[0])
                gt.write_text(json.dumps(entries, indent=1))
                report(f"{folder}: {mutate.__name__}", run_check(d))
            n += 1
            d = Path(tmp) / f"m{n}"
            shutil.copytree(base, d)
            gt = d / folder / "groundtruth.json"
            entries = json.loads(gt.read_text())
            other = FOLDERS[(FOLDERS.index(folder) + 1) % len(FOLDERS)]
            src = sorted((d / other).glob("*.pdf"))[0]
            dst = d / folder / entries[0]["file"]
            shutil.copyfile(src, dst)
            data = dst.read_bytes()
            out = subprocess.run(["pdfinfo", str(dst)], capture_output=True, text=True, check=True).stdout
            entries[0].update(sha256=hashlib.sha256(data).hexdigest(), bytes=len(data),
                              pages=int(next(x.split()[-1] for x in out.splitlines() if x.startswith("Pages:"))))
            gt.write_text(json.dumps(entries, indent=1))
            report(f"{folder}: PDF replaced by {other}'s (sha/bytes/pages updated)", run_check(d))
        d = Path(tmp) / "removed"
        shutil.copytree(base, d)
        shutil.rmtree(d / FOLDERS[2])
        report(f"removed folder {FOLDERS[2]}", run_check(d))
    print(f"mutations: {caught} passed, {missed} failed")
    return 0 if missed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
