#!/usr/bin/env python3
"""Regenerates the Unicode tables that reproduce CPython's str methods in .NET.

Run with the CPython the conformance vectors were recorded on (3.11.7, Unicode 14.0.0):

    python3.11 src/AirflowSecrets/Python/generate_unicode_tables.py

It rewrites the regions between "BEGIN GENERATED" and "END GENERATED" in
  src/AirflowSecrets/Naming/AirflowNaming.cs  (str.upper: the naming file is also compiled into the analyzers)
  src/AirflowSecrets/Python/PyUnicodeData.cs   (str.lower with Final_Sigma, str.isspace, int()'s decimal digits,
                                                urlsplit's NFKC netloc check)
Every table is measured on the running interpreter itself (str.upper, str.lower, str.isspace,
unicodedata.decimal, unicodedata.normalize), not derived from .NET or ICU, so the .NET code gives
Python's answers whatever Unicode version the .NET runtime or the operating system carries.
Nothing reads this script at build or test time.
"""
import os
import re
import sys
import unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SIGMA = "\u03a3"


def code_points():
    return (c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


def case_tables(fn):
    """Single-code-point mappings as runs (start, count, step, delta) and the one-to-many mappings."""
    single, multi = [], []
    for c in code_points():
        if c == 0x03A3 and fn is str.lower:
            continue  # capital sigma: decided by context (Final_Sigma), see PyText.Lower
        m = fn(chr(c))
        if m == chr(c):
            continue
        if len(m) == 1:
            single.append((c, ord(m) - c))
        else:
            multi.append((c, m))
    runs, i = [], 0
    while i < len(single):
        start, delta = single[i]
        j, step = i + 1, None
        while j < len(single):
            c2, d2 = single[j]
            gap = c2 - single[j - 1][0]
            if d2 != delta or (step is None and gap not in (1, 2)) or (step is not None and gap != step):
                break
            step = gap
            j += 1
        runs.append((start, j - i, step or 1, delta))
        i = j
    return runs, multi


def ranges(points):
    out = []
    for c in points:
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out


def sigma_context():
    """CPython's Final_Sigma test reads two properties; both are measured through str.lower itself.

    For a code point x: lower(x + SIGMA) ends in final sigma iff x is cased and not case-ignorable;
    lower("A" + x + SIGMA) ends in final sigma iff x is case-ignorable or cased.
    """
    ignorable, cased = [], []
    for c in range(0x110000):
        x = chr(c)
        alone = (x + SIGMA).lower()[-1] == "\u03c2"
        after_cased = ("A" + x + SIGMA).lower()[-1] == "\u03c2"
        if after_cased and not alone:
            ignorable.append(c)
        elif alone:
            cased.append(c)
    return ranges(ignorable), ranges(cased)


def int_array(values, per_line):
    lines = []
    for i in range(0, len(values), per_line):
        lines.append("            " + ", ".join("0x%X" % v if v >= 0 else "-0x%X" % -v for v in values[i:i + per_line]) + ",")
    return "\n".join(lines)


def cs_string(s):
    return '"' + "".join("\\u%04X" % ord(ch) for ch in s) + '"'


def case_block(name, runs, multi):
    flat = [v for run in runs for v in run]
    return (
        "        // {name}: runs of (first code point, count, step, delta), then the one-to-many mappings.\n"
        "        internal static readonly int[] {name}Runs =\n        {{\n{runs}\n        }};\n\n"
        "        internal static readonly int[] {name}MultiKeys =\n        {{\n{keys}\n        }};\n\n"
        "        internal static readonly string[] {name}MultiValues =\n        {{\n{values}\n        }};\n"
    ).format(
        name=name,
        runs=int_array(flat, 8),
        keys=int_array([c for c, _ in multi], 8),
        values="\n".join("            " + ", ".join(cs_string(m) for _, m in multi[i:i + 6]) + "," for i in range(0, len(multi), 6)),
    )


def replace_region(path, body):
    full = os.path.join(ROOT, path)
    with open(full, encoding="utf-8") as f:
        text = f.read()
    pattern = re.compile(r"(// BEGIN GENERATED[^\n]*\n)(.*?)([ \t]*// END GENERATED)", re.S)
    if not pattern.search(text):
        sys.exit("no generated region in " + path)
    text = pattern.sub(lambda m: m.group(1) + body.rstrip("\n") + "\n" + m.group(3), text, count=1)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    header = "        // Python %s, Unicode %s.\n" % (sys.version.split()[0], unicodedata.unidata_version)
    upper_runs, upper_multi = case_tables(str.upper)
    replace_region("src/AirflowSecrets/Naming/AirflowNaming.cs", header + case_block("Upper", upper_runs, upper_multi))

    lower_runs, lower_multi = case_tables(str.lower)
    ignorable, cased = sigma_context()
    spaces = [c for c in range(0x110000) if chr(c).isspace()]
    zeros = [c for c in code_points() if unicodedata.decimal(chr(c), None) == 0]
    assert all(unicodedata.decimal(chr(z + k), None) == k for z in zeros for k in range(10))
    assert sum(1 for c in code_points() if unicodedata.decimal(chr(c), None) is not None) == 10 * len(zeros)
    nfkc = [c for c in code_points() if c > 0x7F and any(x in unicodedata.normalize("NFKC", chr(c)) for x in "/?#@:")]
    body = header + case_block("Lower", lower_runs, lower_multi) + (
        "\n        // Case_Ignorable code points (ranges, first and last), as CPython's Final_Sigma test sees them.\n"
        "        internal static readonly int[] CaseIgnorableRanges =\n        {{\n{ign}\n        }};\n\n"
        "        // Cased code points that are not case-ignorable (ranges).\n"
        "        internal static readonly int[] CasedRanges =\n        {{\n{cased}\n        }};\n\n"
        "        // str.isspace(): every code point that is whitespace to Python.\n"
        "        internal static readonly int[] Spaces =\n        {{\n{spaces}\n        }};\n\n"
        "        // The digit zero of every run of ten decimal digits (unicodedata.decimal), in order.\n"
        "        internal static readonly int[] DecimalZeros =\n        {{\n{zeros}\n        }};\n\n"
        "        // Non-ASCII code points whose NFKC form holds one of / ? # @ : (urlsplit's netloc check).\n"
        "        internal static readonly int[] NfkcNetlocBreakers =\n        {{\n{nfkc}\n        }};\n"
    ).format(
        ign=int_array([v for r in ignorable for v in r], 8),
        cased=int_array([v for r in cased for v in r], 8),
        spaces=int_array(spaces, 8),
        zeros=int_array(zeros, 8),
        nfkc=int_array(nfkc, 8),
    )
    replace_region("src/AirflowSecrets/Python/PyUnicodeData.cs", body)


if __name__ == "__main__":
    main()
