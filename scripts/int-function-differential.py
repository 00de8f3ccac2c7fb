#!/usr/bin/env python3
"""Random Int functions, run by swiftc and as a cell: the outputs must be the same.

Generates programs of five `func fN(_ a: Int, _ b: Int) -> Int` built from what the cell
language lowers to register programs (KernelProgram): literals, parameters, + - * / %, ternaries,
comparisons, && || !, if / else if / else and guard whose branches return, calls of earlier
functions and bounded recursion, then prints every function over a grid of arguments. Each
program is compiled by swiftc (-Onone) and run, and run as one cell by `ganbook run`; a Swift
trap (overflow) must be a located cell error. Not a unit test (it needs a minute or two per 100
programs); run it after changing the kernel lowering.

Usage: python3 scripts/int-function-differential.py [count] [first-seed] [ganbook-binary]
"""
import os, random, shutil, subprocess, sys, tempfile

def program(seed):
    r = random.Random(seed)

    def literal():
        return str(r.randint(-5, 9))

    def expr(depth, index):
        c = r.random()
        if depth <= 0 or c < 0.25:
            return r.choice("ab") if r.random() < 0.6 else literal()
        if c < 0.55:
            return f"({expr(depth - 1, index)} {r.choice(['+', '-', '*', '+', '-'])} {expr(depth - 1, index)})"
        if c < 0.65:
            return f"({expr(depth - 1, index)} {r.choice(['/', '%'])} {r.choice([1, 2, 3, -2, 7])})"
        if c < 0.8:
            return f"({cond(depth - 1, index)} ? {expr(depth - 1, index)} : {expr(depth - 1, index)})"
        if index > 0:
            return f"f{r.randrange(index)}({expr(depth - 1, index)}, {expr(depth - 1, index)})"
        return literal()

    def cond(depth, index):
        c = r.random()
        if depth <= 0 or c < 0.5:
            comparison = r.choice(["<", "<=", ">", ">=", "==", "!="])
            return f"{expr(max(depth - 1, 0), index)} {comparison} {expr(max(depth - 1, 0), index)}"
        if c < 0.65:
            return f"({cond(depth - 1, index)} && {cond(depth - 1, index)})"
        if c < 0.8:
            return f"({cond(depth - 1, index)} || {cond(depth - 1, index)})"
        if c < 0.9:
            return f"!({cond(depth - 1, index)})"
        return r.choice(["true", "false"])

    lines = []
    for i in range(5):
        head = f"func f{i}(_ a: Int, _ b: Int) -> Int"
        form = r.random()
        if form < 0.3:
            lines.append(f"{head} {{ {expr(3, i)} }}")
        elif form < 0.55:
            step = r.choice([1, 2])
            lines.append(f"{head} {{ a <= 0 ? {expr(2, i)} : f{i}(a - {step}, {expr(2, i)}) % 1000 + {expr(1, i)} }}")
        elif form < 0.8:
            lines += [f"{head} {{", f"    if {cond(2, i)} {{ return {r.choice(['a', 'b', literal()])} }}",
                      f"    guard {cond(2, i)} else {{ return {expr(2, i)} }}", f"    return {expr(3, i)}", "}"]
        else:
            lines += [f"{head} {{", f"    if {cond(2, i)} {{", f"        return {expr(2, i)}",
                      f"    }} else if {cond(1, i)} {{", f"        return {expr(2, i)}", "    } else {",
                      f"        return {expr(2, i)}", "    }", "}"]
    calls = ",".join(f"\\(f{i}(x, y))" for i in range(5))
    lines += ['var line = ""', f'for x in -3...4 {{ for y in -2...3 {{ line += "{calls} " }} }}', "print(line)"]
    return "\n".join(lines) + "\n"

def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    first = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    ganbook = os.path.abspath(sys.argv[3] if len(sys.argv) > 3 else ".build/debug/ganbook")
    work = tempfile.mkdtemp(prefix="int-differential-")
    os.makedirs(f"{work}/lessons")
    same = traps = different = 0
    try:
        for seed in range(first, first + count):
            source = program(seed)
            with open(f"{work}/p.swift", "w") as f:
                f.write(source)
            subprocess.run(["swiftc", "-Onone", "p.swift", "-o", "p"], cwd=work, check=True, capture_output=True)
            swift = subprocess.run(["./p"], cwd=work, capture_output=True, text=True)
            with open(f"{work}/lessons/01-p.md", "w") as f:
                f.write("---\ntitle: p\n---\n\n```swift\n" + source + "```\n")
            cell = subprocess.run([ganbook, "run", "lessons/01-p.md"], cwd=work, capture_output=True, text=True)
            printed = [line[2:] for line in cell.stdout.splitlines()[1:]]
            if swift.returncode == 0 and printed == swift.stdout.splitlines():
                same += 1
            elif swift.returncode != 0 and any("error: arithmetic overflow" in line for line in printed):
                traps += 1
            else:
                different += 1
                print(f"seed {seed}: swift printed {swift.stdout.strip()[:300]!r} (status {swift.returncode}),"
                      f" the cell {cell.stdout.strip()[:300]!r}")
    finally:
        shutil.rmtree(work)
    print(f"{count} programs: {same} print the same, {traps} trap in Swift and stop with a located overflow error, "
          f"{different} differ")
    sys.exit(1 if different else 0)

if __name__ == "__main__":
    main()
