#!/usr/bin/env python3
"""Structure checks over generator/, the ones issue 13 asks to hold (tests/structure/README.md).

  check_structure.py layers       GENERATOR_DIR  no stage folder includes a later one
  check_structure.py lines        GENERATOR_DIR  no file longer than 400 lines
  check_structure.py provider-ids GENERATOR_DIR  no provider id outside comments

Each prints one `path:line[:col]: message` per finding and exits 1 when there is any.
"""

import pathlib
import re
import sys

# The pipeline, first stage first. A folder may include its own stage and earlier ones.
# `view` is the targets stage's old name; both are accepted while it moves.
STAGES = [
    ["unicode"],
    ["diag"],
    ["output"],
    ["load"],
    ["check"],
    ["model"],
    ["review"],
    ["scan"],
    ["naming"],
    ["targets", "view"],
    ["render"],
    ["write"],
    ["import"],
    ["init"],
    ["cli"],
]
RANK = {name: rank for rank, names in enumerate(STAGES) for name in names}
TOP = len(STAGES)  # generator/main.cpp and other files at the top sit above every stage

MAX_LINES = 400
PROVIDER_IDS = re.compile(r"xero|stripe|codat", re.IGNORECASE)
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.MULTILINE)
SOURCE_SUFFIXES = {".cpp", ".hpp", ".h", ".cc", ".in"}


def files(root):
    return sorted(p for p in root.rglob("*") if p.is_file())


def stage_of(root, path):
    parts = path.relative_to(root).parts
    return parts[0] if len(parts) > 1 else None


def check_layers(root):
    findings = []
    for path in files(root):
        if path.suffix not in SOURCE_SUFFIXES:
            continue
        own = stage_of(root, path)
        if own is not None and own not in RANK:
            findings.append(f"{path}:1: folder '{own}' is not a stage of the order in "
                            f"tests/structure/check_structure.py; add it where it belongs")
            continue
        own_rank = TOP if own is None else RANK[own]
        text = path.read_text(encoding="utf-8", errors="replace")
        for m in INCLUDE.finditer(text):
            target = m.group(1).split("/")[0]
            if "/" not in m.group(1) or target not in RANK:
                continue
            if RANK[target] > own_rank:
                line = text.count("\n", 0, m.start()) + 1
                findings.append(f"{path}:{line}: '{own or 'top'}' includes \"{m.group(1)}\" "
                                f"of the later stage '{target}'")
    return findings


def check_lines(root):
    findings = []
    for path in files(root):
        count = len(path.read_bytes().splitlines())
        if count > MAX_LINES:
            findings.append(f"{path}:{count}: {count} lines, more than {MAX_LINES}; split it "
                            f"by concern")
    return findings


def without_cpp_comments(text):
    """The text with every comment blanked (newlines kept), strings and characters left alone."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            out.append(" " * (end - i))
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        elif c == "R" and text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum()
                                                                      or text[i - 1] == "_")):
            open_paren = text.find("(", i + 2)
            delim = text[i + 2:open_paren]
            end = text.find(")" + delim + '"', open_paren)
            end = n if end < 0 else end + len(delim) + 2
            out.append(text[i:end])
            i = end
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def without_hash_comments(text):
    return "\n".join(re.sub(r"#.*", "", line) for line in text.split("\n"))


def check_provider_ids(root):
    findings = []
    for path in files(root):
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.name == "CMakeLists.txt" or path.suffix == ".cmake":
            code = without_hash_comments(text)
        elif path.suffix in SOURCE_SUFFIXES:
            code = without_cpp_comments(text)
        else:
            code = text
        for number, line in enumerate(code.split("\n"), start=1):
            for m in PROVIDER_IDS.finditer(line):
                findings.append(f"{path}:{number}:{m.start() + 1}: provider id '{m.group(0)}' "
                                f"outside a comment: {line.strip()}")
    return findings


CHECKS = {"layers": check_layers, "lines": check_lines, "provider-ids": check_provider_ids}


def main(argv):
    if len(argv) != 3 or argv[1] not in CHECKS:
        print(__doc__, file=sys.stderr)
        return 2
    root = pathlib.Path(argv[2])
    if not root.is_dir():
        print(f"{root}: not a directory", file=sys.stderr)
        return 2
    findings = CHECKS[argv[1]](root)
    for f in findings:
        print(f)
    print(f"{argv[1]}: {len(findings)} finding(s) in {root}")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
