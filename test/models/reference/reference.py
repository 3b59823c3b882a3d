#!/usr/bin/env python3
"""Reference values for the BL functions, computed by an independent route.

    python3 test/models/reference/reference.py          # rewrites reference.json
    python3 test/models/reference/reference.py --check  # exit 1 if reference.json is stale

The cases are listed below as the arguments a cell would pass (a range is a
list of rows, e.g. col(57, 64) is [[57], [64]]; an omitted optional argument
is simply left off). models.py computes each expected value from the
contract; test/models/reference.test.ts reads reference.json and holds the
TypeScript core to it, and also runs this script with --check so the file
cannot drift from the script.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import models  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reference.json")


def col(*xs):
    return [[x] for x in xs]


# (function id, arguments). Where a case checks a contract-2 change, the comment says so.
CASES = [
    # ---- 1. revolving funds
    ("REVOLVING.CAPITAL", [1000000, 10, 0.1]),
    ("REVOLVING.CAPITAL", [1000000, 0, 0.5]),
    ("REVOLVING.CAPITAL", [1000, 5, 0.08, 0.25, 0.04, 0.01]),
    ("REVOLVING.CAPITAL", [1000, 5, 0.08, 0, 0, 0]),
    ("REVOLVING.CAPITAL", [1000, 5, 0.08]),
    ("REVOLVING.CAPITAL", [1000, 3, 1, 0, 0, 0.5]),
    ("REVOLVING.CAPITAL", [1000, 0, 1, 0, 0, 0.5]),
    ("REVOLVING.CAPITAL", [500, 20, 0.01, 0.5, 0.06, 0.005]),
    ("REVOLVING.CAPITAL", [0, 7, 0.2, 0.1, 0.1, 0.1]),
    ("REVOLVING.CAPITAL", [250000, 1000, 0, 0, 0, 0]),
    ("REVOLVING.CAPITAL", [1000000, 12, 0.06, 0.2, 0.03, 0.01]),
    ("REVOLVING.LOSSRATE", [0.05, 0.3, 0.03, 0.01, 0.02]),
    ("REVOLVING.LOSSRATE", [0.1]),
    ("REVOLVING.LOSSRATE", [0, 0, 0.05, 0, 0]),
    ("REVOLVING.LOSSRATE", [1, 0, 0, 0.5, 0]),
    ("REVOLVING.LOSSRATE", [0.1, 0, 0, 0, -0.5]),
    ("REVOLVING.LOSSRATE", [0.2, 0.5, 0.1, 0.02, 1]),
    ("REVOLVING.COST", [10000000, 10, 0.06, 0.2, 0.03, 0.01, 0.02]),
    ("REVOLVING.COST", [1000, 0, 0.3, 0, 0, 0, 0.05]),
    ("REVOLVING.COST", [1000, 3, 0.1]),
    ("REVOLVING.COST", [5000000, 25, 0.04, 0.4, 0.05, 0.015, 0.03]),
    ("REVOLVING.COST", [1000, 2, 1, 0, 0, 0.5, 0.1]),
    # the example: a fund that only keeps its nominal value still costs money at 3%
    ("REVOLVING.COST", [10000000, 10, 0, 0, 0, 0, 0.03]),
    ("REVOLVING.BREAKEVEN", [0.3, 0.05, 0.01, 0.01]),
    ("REVOLVING.BREAKEVEN", []),
    ("REVOLVING.BREAKEVEN", [0.5, 0.1]),
    ("REVOLVING.BREAKEVEN", [0, 0.05, 0.06]),
    ("REVOLVING.BREAKEVEN", [0.2, 0.03, 0, 0.04]),
    ("REVOLVING.BREAKEVEN", [0, 0.1, 0, -0.5]),
    ("REVOLVING.BREAKEVEN", [1, 0.5, 0.1, 0.1]),
    # contract 2: full recovery without interest (1 + r − rec = 0) is 1, not #DIV/0!
    ("REVOLVING.BREAKEVEN", [1, 0, 0, 0]),
    ("REVOLVING.BREAKEVEN", [1, 0, 0, -0.2]),
    # contract 2: the formula gives 1.2 here; a default rate is at most 1
    ("REVOLVING.BREAKEVEN", [1, 0.3, 0, -0.06]),
    ("REVOLVING.BREAKEVEN", [0.9, 0.2, 0, 0]),
    ("REVOLVING.ANNUALDEFAULT", [0.3, 5]),
    ("REVOLVING.ANNUALDEFAULT", [0, 3]),
    ("REVOLVING.ANNUALDEFAULT", [0.5, 0.5]),
    ("REVOLVING.ANNUALDEFAULT", [0.19, 2]),
    ("REVOLVING.ANNUALDEFAULT", [0.999, 10]),
    ("REVOLVING.ANNUALDEFAULT", [0.3, 1]),
    ("REVOLVING.TABLE", [1000000, 5, 0.08, 0.25, 0.04, 0.01, 0.02]),
    ("REVOLVING.TABLE", [1000, 2, 0.1]),
    ("REVOLVING.TABLE", [1000, 2, 1, 0, 0, 0.5, 0.1]),
    # ---- 2. VVE
    ("VVE.UNIVERSAL", [1200, 0.15, 8100, 1.5, 0.9]),
    ("VVE.UNIVERSAL", [100, 0.2, 1000]),
    ("VVE.UNIVERSAL", [0, 0.5, 8000, 2, 0.5]),
    ("VVE.UNIVERSAL", [350, 1, 5000, 0.5, 0.77]),
    ("VVE.TARGETED", [1200, 0.15, 8100, 1.5, 0.9, 0.85, 0.05, 40]),
    ("VVE.TARGETED", [100, 0.2, 1000]),
    ("VVE.TARGETED", [500, 0.3, 8000, 2, 0.8, 0.9, 0.1, 25]),
    ("VVE.TARGETED", [100, 0, 1000, 1, 1, 1, 0, 10]),
    ("VVE.COMPARE", [1200, 0.15, 8100, 1.5, 0.9, 0.8, 0.85, 0.05, 40, 1, 0.1]),
    ("VVE.COMPARE", [100, 0.2, 1000]),
    ("VVE.COMPARE", [100, 0, 1000]),
    # ---- 3. class size
    ("CLASSSIZE.GROUPS", [col(57, 64, 49), 28]),
    ("CLASSSIZE.GROUPS", [col(0), 5]),
    ("CLASSSIZE.GROUPS", [col(31), 30]),
    ("CLASSSIZE.GROUPS", [col(1, 1, 1, 1), 1]),
    ("CLASSSIZE.GROUPS", [col(100, 0, 7), 10]),
    ("CLASSSIZE.GROUPS", [col(57, None, 49), 28]),
    ("CLASSSIZE.COST", [col(57, 64, 49, 81), 30, 24, 85000, 60, 2847, 1, 40, 0.02]),
    ("CLASSSIZE.COST", [col(60), 30, 20, 50000, 50, 2000]),
    ("CLASSSIZE.COST", [col(60, 45), 30, 20, 50000, 50, 2000, 5, 30, 0.03]),
    ("CLASSSIZE.COST", [col(0), 30, 20, 50000]),
    # ---- 4. participation
    ("PARTICIPATION.HEADROOM", [42000, 0.64, 0.72]),
    ("PARTICIPATION.HEADROOM", [1000, 0.8, 0.7]),
    ("PARTICIPATION.HEADROOM", [0, 0.3, 0.9]),
    ("PARTICIPATION.HEADROOM", [12345, 0, 1]),
    ("PARTICIPATION.YEARS", [0.64, 0.72, 0.005]),
    ("PARTICIPATION.YEARS", [0.72, 0.72, 0.005]),
    ("PARTICIPATION.YEARS", [0.8, 0.72, -0.01]),
    ("PARTICIPATION.YEARS", [0.6, 0.72, 0]),
    ("PARTICIPATION.YEARS", [0.6, 0.72, -0.01]),
    ("PARTICIPATION.YEARS", [0.25, 0.35, 0.01]),
    # contract 2: annual_increase lies in [−0.1, 0.1]; 0.5 meant as half a point is refused
    ("PARTICIPATION.YEARS", [0, 1, 0.1]),
    ("PARTICIPATION.YEARS", [0.5, 0.68, 0.5]),
    ("PARTICIPATION.YEARS", [0.5, 0.68, -0.11]),
    ("PARTICIPATION.PROJECT", [col(40000, 41000, 18000), col(39000, 40500, 21000), col(0.73, 0.64, 0.25),
                               col(0.8, 0.72, 0.35), col(0.002, 0.006, 0.01), 10]),
    ("PARTICIPATION.PROJECT", [col(1000, 500), col(1200, 500), col(0.9, 0.5), col(0.8, 0.6), col(0.01, -0.1), 4]),
    ("PARTICIPATION.PROJECT", [[[1000, 500]], [[1200, 500]], [[0.9, 0.5]], [[0.8, 0.6]], [[0.01, -0.1]], 4]),
    # contract 2: 0.50 + 0.005·36 is 0.6799999999999999, yet the group has reached its ceiling of 0.68
    ("PARTICIPATION.PROJECT", [col(1000), col(1000), col(0.5), col(0.68), col(0.005), 36]),
    # contract 2: an increase outside [−0.1, 0.1] in any group
    ("PARTICIPATION.PROJECT", [col(1000, 500), col(1000, 500), col(0.5, 0.5), col(0.7, 0.7), col(0.005, 0.5), 4]),
    # ---- 5. tax migration (an omitted national_rate is 0.495 from contract 2 on)
    ("TAXMIGRATION.STAYERS", [5000, 0.05, 0.02, 1.8, 0.4]),
    ("TAXMIGRATION.STAYERS", [5000, 0.05, 0.02, 1.8]),
    ("TAXMIGRATION.STAYERS", [5000, 0.05, 0.02, 1.8, 0]),
    ("TAXMIGRATION.STAYERS", [1000, 0.1, 0.1, 2, 0.3]),
    ("TAXMIGRATION.STAYERS", [1000, 0.02, 0.05, 1.5, 0.5]),
    ("TAXMIGRATION.STAYERS", [1000, 0.3, 0, 0, 0]),
    ("TAXMIGRATION.STAYERS", [800, 0.5, 0.1, 0.7, 0]),
    # contract 2: 0.5 local on top of the default 0.495 is 99.5%, still below 100%
    ("TAXMIGRATION.STAYERS", [800, 0.5, 0.1, 0.7]),
    ("TAXMIGRATION.STAYERS", [800, 0.51, 0.1, 0.7]),
    ("TAXMIGRATION.REVENUE", [5000, 120000, 0.05, 0.02, 1.8, 0.4]),
    ("TAXMIGRATION.REVENUE", [5000, 120000, 0.05, 0.02, 1.8]),
    ("TAXMIGRATION.REVENUE", [1000, 50000, 0, 0.1, 2, 0.2]),
    ("TAXMIGRATION.REVENUE", [300, 80000, 0.2, 0.1, 0.5, 0]),
    ("TAXMIGRATION.MAXRATE", [1.8, 0.4]),
    ("TAXMIGRATION.MAXRATE", [1.8]),
    ("TAXMIGRATION.MAXRATE", [0, 0]),
    ("TAXMIGRATION.MAXRATE", [0]),
    ("TAXMIGRATION.MAXRATE", [1, 0.5]),
    ("TAXMIGRATION.MAXRATE", [2, 0.99]),
    ("TAXMIGRATION.SPIRAL", [2000, 3000, 100000, 3000, 2, 10, 0.4]),
    ("TAXMIGRATION.SPIRAL", [2000, 3000, 100000, 3000, 2]),
    ("TAXMIGRATION.SPIRAL", [1000, 3000, 50000, 5000, 3, 10, 0.3]),
    # contract 2: the required rate climbs year after year before the collapse ("stable" before)
    ("TAXMIGRATION.SPIRAL", [2000, 3000, 100000, 4500, 4, 10, 0.4]),
    ("TAXMIGRATION.SPIRAL", [2000, 3000, 100000, 3000, 2, 6, 0.4, 0.05, 0.5, 1, 10000]),
    ("TAXMIGRATION.SPIRAL", [2000, 3000, 100000, 5000, 3, 10, 0.4, 0, 0.5]),
    ("TAXMIGRATION.SPIRAL", [1000, 1000, 60000, 2000, 1.5, 3, 0.3, 0.05, 0.5, 2, 8000]),
    ("TAXMIGRATION.SPIRAL", [0.5, 10, 100000, 100, 1, 5]),
    # contract 2: without migration the required rate stays put ("steady"); a falling rate when the neighbour taxes more
    ("TAXMIGRATION.SPIRAL", [2000, 3000, 100000, 3000, 0, 3]),
    ("TAXMIGRATION.SPIRAL", [2000, 3000, 100000, 1000, 2, 4, 0.3, 0.1, 0.5]),
    # ---- 6. stimulus
    ("STIMULUS.MULTIPLIER", [0.8, 0.6, 0.3]),
    ("STIMULUS.MULTIPLIER", [0.5, 0]),
    ("STIMULUS.MULTIPLIER", [0.8, 1]),
    ("STIMULUS.MULTIPLIER", [1, 0.2, 0.1]),
    ("STIMULUS.MULTIPLIER", [0.9, 0.5]),
    ("STIMULUS.MULTIPLIER", [0, 0.5, 0.5]),
    ("STIMULUS.LEAKAGE", [0.8, 0.6, 0.3]),
    ("STIMULUS.LEAKAGE", [0.5, 0]),
    ("STIMULUS.LEAKAGE", [0.8, 1]),
    ("STIMULUS.LEAKAGE", [1, 0.2, 0.1]),
    ("STIMULUS.LEAKAGE", [0.9, 0.5]),
    ("STIMULUS.LEAKAGE", [0, 0.5, 0.5]),
    # ---- 7. agglomeration and structure
    ("AGGLOMERATION.PRODUCTIVITY", [48000, 40000]),
    ("AGGLOMERATION.PRODUCTIVITY", [48000, 40000, 0]),
    ("AGGLOMERATION.PRODUCTIVITY", [48000, 40000, 1]),
    ("AGGLOMERATION.PRODUCTIVITY", [40000, 48000, 0.5]),
    ("AGGLOMERATION.PRODUCTIVITY", [52000, 41000, 0.3]),
    ("AGGLOMERATION.PRODUCTIVITY", [40000, 40000, 0.7]),
    ("VARIETY", [col(120, 80, 40, 300, 60), col("2511", "2562", "2822", "4711", "4719")]),
    ("VARIETY", [col(50, 50), col("01", "02"), 1]),
    ("VARIETY", [col(50, 50), col("01", "02"), 2]),
    ("VARIETY", [col(10, 20, 30, 40, 0), col("A01.1", "01.2", "47-11", "4719", "9999"), 2]),
    ("VARIETY", [col(5, 15, 25, 35, 45), col("2511", "2512", "2521", "2611", "1"), 3]),
    ("VARIETY", [col(50, None, 50), col("01", None, "02"), 1]),
    # contract 2: codes typed as numbers are refused (01.11 would have become 1.11)
    ("VARIETY", [col(5, 15, 25), col(2511, 2512, 111), 2]),
    ("VARIETY", [col(5, 15), col("01.11", 1.11), 2]),
    # ---- the comparisons the essay's arguments need (README reference)
    ("REVOLVING.COMPARE", [1000, 2, 0.1, 0.05, 0.5, 0.1]),
    ("REVOLVING.COMPARE", [1000, 2, 0.1, 0.05, 0.5, 0.1, 0, 2]),
    ("REVOLVING.COMPARE", [10000000, 10, 0.05, 0.025, 0.2, 0.03, 0.01, 3]),
    ("REVOLVING.COMPARE", [10000000, 10, 0, 0.03]),
    ("REVOLVING.COMPARE", [5000000, 25, 0.04, 0.03, 0.4, 0.05, 0.015, 5]),
    ("REVOLVING.COMPARE", [1000, 3, 1, 0.02, 0, 0, 0.5]),
    ("REVOLVING.COMPARE", [1000, 0, 0.1, 0.04]),
    ("REVOLVING.COMPARE", [0, 5, 0.1, 0.04]),
    ("VVE.OPTIONS", [1000, 0.2, 1000, 1, 1, 1, 1, 0, 0, 1, 0.1, 0.5]),
    ("VVE.OPTIONS", [1000, 0.2, 1000, 1, 1, 1, 1, 0, 0, 1, 0.1, 0.5, 300000, 100]),
    ("VVE.OPTIONS", [1000, 0.15, 8100, 1.5, 0.9, 0.77, 0.85, 0.05, 40, 1, 0.1, 0.625, 1500000, 500]),
    ("VVE.OPTIONS", [1200, 0.15, 8100, 1.5, 0.9, 0.8, 0.85, 0.05, 40, 1, 0.1]),
    ("VVE.OPTIONS", [100, 0.2, 1000]),
    ("VVE.OPTIONS", [100, 0, 1000]),
    ("AGGLOMERATION.DENSITY", [100, 400, 90000, 40000, 0.5, 0.5]),
    ("AGGLOMERATION.DENSITY", [2000, 2400, 48000, 40000]),
    ("AGGLOMERATION.DENSITY", [2000, 1800, 41000, 52000, 0.048, 0.3]),
    ("AGGLOMERATION.DENSITY", [100, 200, 50000, 40000, 0, 0]),
    ("MULTIYEAR", [1000, 2026, 2024, 0.1, 0.1]),
    ("MULTIYEAR", [250, 2026, 2026]),
    ("MULTIYEAR", [250000, 2026, 2024, 0.025, 0.03]),
    ("MULTIYEAR", [-1000, 2026, 2028, 0.1, 0, 2]),
    ("MULTIYEAR", [1000, 2026, 2023, 0.02, -0.01, 7]),
]


def flatten(arg):
    """A range as the list of its cells, row by row; a single value stays as it is."""
    if isinstance(arg, list):
        return [c for row in arg for c in row]
    return arg


def python_args(args):
    """Arguments for models.py: ranges flattened, positions empty in every range skipped."""
    flat = [flatten(a) for a in args]
    lists = [i for i, a in enumerate(args) if isinstance(a, list)]
    if lists:
        n = len(flat[lists[0]])
        keep = [k for k in range(n) if not all(flat[i][k] is None for i in lists)]
        for i in lists:
            flat[i] = [flat[i][k] for k in keep]
    return flat


def compute():
    out = []
    for fn, args in CASES:
        expected = models.FUNCTIONS[fn](*python_args(args))
        out.append({"fn": fn, "args": args, "expected": expected})
    return out


def render():
    lines = ['{"generator": "test/models/reference/reference.py", "cases": [']
    cases = compute()
    for i, case in enumerate(cases):
        lines.append(json.dumps(case, ensure_ascii=False, allow_nan=False) + ("," if i < len(cases) - 1 else ""))
    lines.append("]}")
    return "\n".join(lines) + "\n"


def main():
    text = render()
    if "--check" in sys.argv[1:]:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.stderr.write("reference.json is stale: run python3 test/models/reference/reference.py\n")
                sys.exit(1)
        return
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
