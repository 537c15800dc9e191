#!/usr/bin/env python3
"""Rewrite the `parse_today` column of tests/data/field-identifiers.tsv with what `bedrock-profiles parse` says.

Usage: tools/aws/refresh_field_parse_column.py <path to bedrock-profiles> [tests/data/field-identifiers.tsv]

Each row's string goes through `bedrock-profiles parse STRING`; the column becomes `ok <kind> [<resource type>]`
or `error <code> at <offset>` (tests/data/field-identifiers.md). tests/json/field_identifiers.cpp checks every row
against this column, so a change of verdict, code or offset shows up as a reviewed diff of the file. Needs no
network; the C++ build and tests never run this script.
"""
import json
import re
import subprocess
import sys


def verdict(cli, text):
    run = subprocess.run([cli, "parse", text], capture_output=True, text=True)
    if run.returncode == 0:
        out = json.loads(run.stdout)
        words = ["ok", out["kind"]]
        if "resourceType" in out:
            words.append(out["resourceType"])
        return " ".join(words)
    m = re.match(r"error: (\w+): .*?(?: \(at byte (\d+)\))?$", run.stderr.strip().splitlines()[0])
    if not m:
        sys.exit(f"unexpected output for {text!r}: {run.stderr!r}")
    return f"error {m.group(1)} at {m.group(2) or 0}"


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    cli = sys.argv[1]
    path = sys.argv[2] if len(sys.argv) == 3 else "tests/data/field-identifiers.tsv"
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        if not line:
            out.append(line)
            continue
        cols = line.split("\t")
        cols[5] = verdict(cli, cols[0])
        out.append("\t".join(cols))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
