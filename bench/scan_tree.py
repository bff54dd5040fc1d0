#!/usr/bin/env python3
"""A deterministic source tree for the `scopegen scan` benchmark (docs/benchmarks.md), and the
patterns `grep -rE` gets for the same search.

  scan_tree.py TREE_DIR PATTERNS_FILE [--files 10000] [--megabytes 100]

TREE_DIR gets FILES files (TypeScript, JavaScript, Python, C#, C++ in turn) under 100
directories, about MEGABYTES MB in all: filler code and comments, with every 40th line an SDK
call or a raw path from data/*.operations.yaml (some in comments, which scan skips and grep does
not). PATTERNS_FILE gets one extended regex per SDK spelling and base path, as scan looks for them.
"""
import pathlib
import random
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def snake(word):
    word = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", word)
    return re.sub(r"([a-z\d])([A-Z])", r"\1_\2", word).lower()


def ids(provider):
    text = (ROOT / "data" / f"{provider}.operations.yaml").read_text()
    return re.findall(r"^  - id: (\S+)\n    api: (\S+)\n    method: (\S+)\n    path: \"?([^\"\n]+)", text, re.M)


def main(argv):
    tree, patterns = pathlib.Path(argv[1]), pathlib.Path(argv[2])
    files = int(argv[argv.index("--files") + 1]) if "--files" in argv else 10000
    megabytes = int(argv[argv.index("--megabytes") + 1]) if "--megabytes" in argv else 100
    rng = random.Random(15)
    xero, stripe = ids("xero"), ids("stripe")
    calls = {
        "ts": [f"await xero.accountingApi.{i}(tenantId);" for i, a, _, _ in xero if a == "accounting"]
        + [f"await stripe.{i}({{}});" for i, _, _, _ in stripe],
        "py": [f"accounting_api.{snake(i)}(tenant_id)" for i, a, _, _ in xero if a == "accounting"]
        + [f"client.{'.'.join(snake(p) for p in i.split('.'))}()" for i, _, _, _ in stripe],
        "cs": [f"await _accountingApi.{i[0].upper() + i[1:]}Async(token, tenant);"
               for i, a, _, _ in xero if a == "accounting"],
        "cpp": [f'cli.{m.capitalize()}("/api.xro/2.0{p}");' for _, a, m, p in xero if a == "accounting"]
        + [f'cli.{m.capitalize()}("{p}");' for _, _, m, p in stripe],
    }
    calls["js"] = calls["ts"]
    comment = {"ts": "//", "js": "//", "py": "#", "cs": "//", "cpp": "//"}
    filler = {
        "ts": "  const value{n} = items.map((x) => x.total * {n}).filter(Boolean); // keep {n}",
        "js": "  let total{n} = orders.reduce((a, b) => a + b.amount, {n}); /* sum {n} */",
        "py": "    total_{n} = sum(line.amount for line in lines if line.code == '{n}')  # {n}",
        "cs": "        var total{n} = lines.Where(l => l.Code == \"{n}\").Sum(l => l.Amount);",
        "cpp": "  auto total{n} = std::accumulate(v.begin(), v.end(), {n}); // \"not/a/path\"",
    }
    extensions = ["ts", "js", "py", "cs", "cpp"]
    per_file = megabytes * 1024 * 1024 // files
    for k in range(files):
        ext = extensions[k % len(extensions)]
        lines, size, n = [], 0, 0
        while size < per_file:
            n += 1
            if n % 40 == 0:
                call = rng.choice(calls[ext])
                line = (f"  {comment[ext]} {call}" if n % 120 == 0 else f"  {call}")
            else:
                line = filler[ext].format(n=n)
            lines.append(line)
            size += len(line) + 1
        path = tree / f"d{k % 100:02d}" / f"f{k:05d}.{ext}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n")
    spellings = set()
    for i, a, _, _ in xero:
        spellings.add(rf"\.{i}\(")
        spellings.add(rf"\.{snake(i)}\(")
        spellings.add(rf"\.{i[0].upper() + i[1:]}Async\(")
    for i, _, _, _ in stripe:
        spellings.add(r"\." + re.escape(i) + r"\(")
        spellings.add(r"\." + re.escape(".".join(snake(p) for p in i.split("."))) + r"\(")
    for base in ["/api.xro/2.0/", "/payroll.xro/", "/assets.xro/", "/files.xro/", "/projects.xro/",
                 "/bankfeeds.xro/", "/finance.xro/", "/appstore/2.0/", "/v1/", "/v2/"]:
        spellings.add(re.escape(base))
    patterns.write_text("\n".join(sorted(spellings)) + "\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
