"""The page editor of `ganbook serve`, driven in a real Chromium (scripts/browser-check --serve).

Copies the course into a temporary git repository, starts `ganbook serve` on it, and in lesson 02:
编辑 a figure cell, change a parameter, 运行 (the figure must change within 2 s, the file on disk
must hold exactly the new cell), a typo (its caret error under the code), 还原 (the original
bytes), 停止 of a `while true {}` (within 1 s); requests without the token or with a foreign Host
are refused; afterwards `git status` of the copy is clean. Then times 运行 → new figure for the
sampling cell after lesson 03's training. Screenshots of each step go to SHOTS_DIR.

Usage: serve_check.py GANBOOK_BINARY LESSONS_DIR SHOTS_DIR CHROMIUM_PATH
"""
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

from browser_check import DESKTOP, MEASURE_WIDTH, PHONE, contexts_of, launch

FIGURE_LESSON, FIGURE_CELL = "02-gan-math", "fig-mle-fit"
FIGURE_EDIT = ("bins: 40, density", "bins: 12, density")
TYPO = ("let grid = linspace(", "let grid = linspac(")
SAMPLING_LESSON, SAMPLING_CELL = "03-dcgan", "fig-dcgan-samples"
SAMPLING_EDIT = ("low: -1, high: 1)", "low: -0.5, high: 0.5)")

failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def copy_course(lessons: Path) -> Path:
    root = Path(tempfile.mkdtemp(prefix="ganbook-serve-check-"))
    shutil.copytree(lessons, root / "lessons", ignore=shutil.ignore_patterns(".cache", ".ganbook-build.lock"))
    (root / ".gitignore").write_text("**/lessons/.cache/\n.ganbook-build.lock\nlessons/.ganbook-build.lock\n")
    git = ["git", "-C", str(root), "-c", "user.email=check@ganbook", "-c", "user.name=check"]
    subprocess.run(git + ["init", "-q"], check=True)
    subprocess.run(git + ["add", "-A"], check=True)
    subprocess.run(git + ["commit", "-qm", "course"], check=True)
    return root


def post(port, path, body, headers):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def cell(page, name):
    return page.locator(f"#cell-{name}")


def outputs_html(page, name):
    return page.evaluate("(id) => { const o = document.querySelector('#cell-' + id + ' > .cell-outputs'); return o ? o.innerHTML : ''; }", name)


def wait_status(page, name, words, timeout_ms):
    page.wait_for_function("([id, words]) => { const s = document.querySelector('#cell-' + id + ' .gb-status');"
                           " return s && words.some(w => s.textContent.includes(w)); }", arg=[name, words], timeout=timeout_ms)


def edit(page, name, old, new):
    """Opens the editor (编辑) and replaces `old` by `new` in the code, as a person would type it."""
    box = cell(page, name)
    if not box.locator(".gb-editor-input").count():
        box.locator(".gb-btn-edit").click()
    area = box.locator(".gb-editor-input")
    area.wait_for()
    text = area.input_value()
    assert old in text, f"{name}: '{old}' not in the cell's code"
    start = text.index(old)
    area.evaluate("(a, [s, e]) => { a.focus(); a.setSelectionRange(s, e); }", [start, start + len(old)])
    page.keyboard.insert_text(new)


def run_and_time(page, name, timeout_ms=120_000):
    """Clicks 运行 and returns the seconds until the cell's outputs changed in the page."""
    before = outputs_html(page, name)
    started = time.monotonic()
    cell(page, name).locator(".gb-btn-run").click()
    page.wait_for_function("([id, before]) => { const o = document.querySelector('#cell-' + id + ' > .cell-outputs');"
                           " return o && o.innerHTML !== before; }", arg=[name, before], timeout=timeout_ms, polling=20)
    seconds = time.monotonic() - started
    split = page.evaluate("window.gbLastRun")
    print(f"  {name}: server save+rebuild {split['server']:.3f} s, answer in the page {split['answered']:.3f} s, outputs changed {seconds:.3f} s")
    return seconds


LONG_LOOP = ('var counted = 0\nvar marks: [Double] = []\nfor step in Progress(0..<200000000, label: "数到两亿") {\n'
             '    counted += 1\n    if counted % 1000000 == 0 {\n        marks.append(Double(counted))\n'
             '        showLive(Chart(title: "已数到 \\(counted)", x: "次", y: "计数") {\n'
             '            LineMark(x: (0..<marks.count).map { Double($0) }, y: marks)\n        })\n    }\n}\nprint(counted)')


def progress_run(page, shots, kind):
    """Runs a long Progress loop, shoots the cell while it reports progress, then stops it."""
    box = cell(page, FIGURE_CELL)
    if not box.locator(".gb-editor-input").count():
        box.locator(".gb-btn-edit").click()
    box.locator(".gb-editor-input").fill(LONG_LOOP)
    box.locator(".gb-btn-run").click()
    page.wait_for_function("(id) => { const s = document.querySelector('#cell-' + id + ' .gb-status');"
                           " return s && s.textContent.includes('步/秒'); }", arg=FIGURE_CELL, timeout=60_000)
    # What the cell shows with showLive(…) appears under its status while it runs.
    page.wait_for_function("(id) => { const s = document.querySelector('#cell-' + id + ' .gb-live svg');"
                           " return s && s.textContent.includes('已数到'); }", arg=FIGURE_CELL, timeout=30_000)
    box.scroll_into_view_if_needed()
    shoot(page, shots, f"4-progress-{kind}")
    text = box.locator(".gb-status").inner_text()
    live = box.locator(".gb-live svg").first.text_content() or ""
    check("已数到" in live, f"the live slot shows the running cell's chart ({kind})")
    started = time.monotonic()
    box.locator(".gb-btn-stop").click()
    wait_status(page, FIGURE_CELL, ["已停止"], 5_000)
    try:
        page.wait_for_function("(id) => !document.querySelector('#cell-' + id + ' .gb-live')", arg=FIGURE_CELL, timeout=3_000)
        gone = True
    except Exception:
        gone = False
    check(gone, f"the live slot goes when the cell stops ({kind})")
    print(f"progress shown ({kind}): {text.strip()}; live slot: {live.strip()[:40]}; stopped in {time.monotonic() - started:.2f} s")
    return text


def shoot(page, shots, name):
    page.screenshot(path=str(shots / f"serve-{name}.png"))


def main() -> int:
    binary, lessons, shots, chromium = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
    shots.mkdir(parents=True, exist_ok=True)
    root = copy_course(lessons)
    lesson_file = root / "lessons" / f"{FIGURE_LESSON}.md"
    original = lesson_file.read_bytes()
    port = free_port()
    log_path = Path(tempfile.mkdtemp(prefix="ganbook-serve-log-")) / "serve.log"
    log = open(log_path, "w")
    server = subprocess.Popen([binary, "serve", "--port", str(port)], cwd=root, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and "serving" not in log_path.read_text():
            time.sleep(0.2)
        check("serving" in log_path.read_text(), f"ganbook serve started on a copy of the course ({root})")
        with sync_playwright() as p:
            browser = launch(p, chromium)
            contexts = contexts_of(browser)
            page = contexts["desktop"].new_page()
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(f"{base}/{FIGURE_LESSON}.html", wait_until="load")
            token = page.evaluate("document.querySelector('script[data-token]').getAttribute('data-token')")
            cell(page, FIGURE_CELL).scroll_into_view_if_needed()
            page.evaluate("window.scrollBy(0, -120)")

            # 编辑 + change a parameter + 运行.
            edit(page, FIGURE_CELL, *FIGURE_EDIT)
            shoot(page, shots, "1-editing-desktop")
            scroll = page.evaluate("window.scrollY")
            seconds = run_and_time(page, FIGURE_CELL)
            wait_status(page, FIGURE_CELL, ["完成"], 10_000)
            check(seconds <= 2.0, f"运行 → new figure in {seconds:.2f} s ({FIGURE_LESSON} {FIGURE_CELL}; limit 2 s)")
            print(f"timing: {FIGURE_LESSON}#{FIGURE_CELL} 运行 → new figure {seconds:.3f} s")
            check(abs(page.evaluate("window.scrollY") - scroll) < 2 and page.evaluate("performance.getEntriesByType('navigation').length") == 1,
                  "the page did not reload and kept its scroll position")
            shoot(page, shots, "2-ran-desktop")
            expected = original.replace(FIGURE_EDIT[0].encode(), FIGURE_EDIT[1].encode(), 1)
            check(original.count(FIGURE_EDIT[0].encode()) == 1 and lesson_file.read_bytes() == expected,
                  "the lesson file holds exactly the new cell (every other byte unchanged)")
            before_after = [line for line in zip(original.decode().splitlines(), lesson_file.read_text().splitlines()) if line[0] != line[1]]
            print(f"bytes: before {len(original)}, after {lesson_file.stat().st_size}; changed lines: {before_after}")

            # A typo: its error with the caret under the code.
            edit(page, FIGURE_CELL, *TYPO)
            cell(page, FIGURE_CELL).locator(".gb-btn-run").click()
            page.wait_for_selector(f"#cell-{FIGURE_CELL} .cell-error", timeout=60_000)
            error = cell(page, FIGURE_CELL).locator(".cell-error").inner_text()
            check("^" in error and "linspac" in error, "a typo shows its error with the caret: " + error.strip().splitlines()[0])
            print("error shown:\n" + error)
            wait_status(page, FIGURE_CELL, ["失败", "完成"], 10_000)
            shoot(page, shots, "3-failed-desktop")

            # 还原: the original bytes.
            cell(page, FIGURE_CELL).locator(".gb-btn-reset").click()
            wait_status(page, FIGURE_CELL, ["完成"], 60_000)
            check(lesson_file.read_bytes() == original, "还原 put back the original bytes of the lesson file")

            # 停止 ends a `while true {}` within a second.
            area = cell(page, FIGURE_CELL).locator(".gb-editor-input")
            area.fill("while true {}")
            cell(page, FIGURE_CELL).locator(".gb-btn-run").click()
            page.wait_for_function("(id) => fetch('/__ganbook/progress').then(r => r.json()).then(p => p.cell === id)",
                                   arg=f"{FIGURE_LESSON}#{FIGURE_CELL}", timeout=60_000, polling=100)
            page.wait_for_timeout(700)
            shoot(page, shots, "4-running-desktop")
            started = time.monotonic()
            cell(page, FIGURE_CELL).locator(".gb-btn-stop").click()
            wait_status(page, FIGURE_CELL, ["已停止"], 5_000)
            stopped = time.monotonic() - started
            check(stopped <= 1.0, f"停止 ended `while true {{}}` in {stopped:.2f} s (limit 1 s)")
            cell(page, FIGURE_CELL).locator(".gb-btn-reset").click()
            wait_status(page, FIGURE_CELL, ["完成"], 60_000)
            check(lesson_file.read_bytes() == original, "还原 after 停止 put back the original bytes")

            # Progress of a long loop (step, rate, time left), desktop and phone; a failure on the phone.
            text = progress_run(page, shots, "desktop")
            check("步/秒" in text and "约剩" in text and "/ 200000000" in text, "a long cell shows step, rate and time left while it runs")
            phone = contexts["phone"].new_page()
            phone.goto(f"{base}/{FIGURE_LESSON}.html", wait_until="load")
            progress_run(phone, shots, "phone")
            area = cell(phone, FIGURE_CELL).locator(".gb-editor-input")
            area.fill("let grid = linspac(-3, 9, count: 300)")
            cell(phone, FIGURE_CELL).locator(".gb-btn-run").click()
            phone.wait_for_selector(f"#cell-{FIGURE_CELL} .cell-error", timeout=60_000)
            wait_status(phone, FIGURE_CELL, ["失败", "完成"], 10_000)
            cell(phone, FIGURE_CELL).locator(".gb-status").scroll_into_view_if_needed()
            shoot(phone, shots, "3-failed-phone")
            aligned = phone.evaluate("""(id) => { const e = document.querySelector('#cell-' + id + ' .cell-error');
              return getComputedStyle(e).whiteSpace === 'pre' && e.scrollWidth >= e.clientWidth; }""", FIGURE_CELL)
            check(aligned, "on a phone the error keeps its lines (the caret under its column), scrolling sideways")
            width = phone.evaluate(MEASURE_WIDTH, PHONE["width"])
            check(width["width"] <= PHONE["width"], f"a failed cell fits a 390 px screen ({width['width']} px)")
            cell(phone, FIGURE_CELL).locator(".gb-btn-reset").click()
            wait_status(phone, FIGURE_CELL, ["完成"], 60_000)
            phone.close()
            check(lesson_file.read_bytes() == original, "还原 after the progress runs put back the original bytes")
            page.wait_for_timeout(300)

            # 对比: the course's frozen output beside the new one.
            cell(page, FIGURE_CELL).locator(".gb-btn-compare").click()
            page.wait_for_selector(f"#cell-{FIGURE_CELL} .gb-compare-side svg", timeout=10_000)
            check(cell(page, FIGURE_CELL).locator(".gb-compare-side").count() == 2, "对比 shows the course's output beside the current one")
            shoot(page, shots, "5-compare-desktop")

            # Refused requests.
            body = {"page": FIGURE_LESSON, "cell": FIGURE_CELL, "code": "print(1)\n", "hash": "x"}
            check(post(port, "/__ganbook/run", body, {"Origin": base}) == 403, "a POST without the token is refused (403)")
            check(post(port, "/__ganbook/run", body, {"Origin": base, "X-GANBook-Token": token, "Host": f"evil.example:{port}"}) == 421,
                  "a POST with a foreign Host is refused (421)")
            check(post(port, "/__ganbook/run", body, {"Origin": "http://evil.example", "X-GANBook-Token": token}) == 403,
                  "a POST with a foreign Origin is refused (403)")
            check(post(port, "/__ganbook/run", {**body, "cell": "no-such-cell"}, {"Origin": base, "X-GANBook-Token": token}) in (404, 409),
                  "a POST naming no cell is refused")
            check(post(port, "/__ganbook/run", {**body, "page": "../etc/passwd"}, {"Origin": base, "X-GANBook-Token": token}) == 400,
                  "a POST naming a file outside the lessons is refused (400)")
            check(lesson_file.read_bytes() == original, "refused requests wrote nothing")

            status = subprocess.run(["git", "-C", str(root), "status", "--porcelain"], capture_output=True, text=True).stdout
            check(status == "", "after 还原, git status of the copied course is clean" + (": " + status if status else ""))

            # Phone and dark views of the editor.
            for kind in ["phone", "dark"]:
                view = contexts[kind].new_page()
                view.goto(f"{base}/{FIGURE_LESSON}.html", wait_until="load")
                cell(view, FIGURE_CELL).locator(".gb-btn-edit").click()
                view.wait_for_selector(f"#cell-{FIGURE_CELL} .gb-editor-input")
                cell(view, FIGURE_CELL).scroll_into_view_if_needed()
                shoot(view, shots, f"1-editing-{kind}")
                if kind == "phone":
                    width = view.evaluate(MEASURE_WIDTH, PHONE["width"])
                    check(width["width"] <= PHONE["width"], f"the editor fits a 390 px screen ({width['width']} px)")
                view.close()

            # The sampling cell after lesson 03's training: values restored from snapshots.
            page.goto(f"{base}/{SAMPLING_LESSON}.html", wait_until="load")
            cell(page, SAMPLING_CELL).scroll_into_view_if_needed()
            sampling_file = root / "lessons" / f"{SAMPLING_LESSON}.md"
            sampling_original = sampling_file.read_bytes()
            edit(page, SAMPLING_CELL, *SAMPLING_EDIT)
            first = run_and_time(page, SAMPLING_CELL, timeout_ms=600_000)
            wait_status(page, SAMPLING_CELL, ["完成"], 10_000)
            edit(page, SAMPLING_CELL, SAMPLING_EDIT[1], "low: -0.75, high: 0.75)")
            second = run_and_time(page, SAMPLING_CELL, timeout_ms=600_000)
            wait_status(page, SAMPLING_CELL, ["完成"], 10_000)
            print(f"timing: {SAMPLING_LESSON}#{SAMPLING_CELL} 运行 → new figure {first:.3f} s (first run), {second:.3f} s (second)")
            shoot(page, shots, "6-sampling-desktop")
            cell(page, SAMPLING_CELL).locator(".gb-btn-reset").click()
            wait_status(page, SAMPLING_CELL, ["完成"], 600_000)
            check(sampling_file.read_bytes() == sampling_original, "还原 put back lesson 03's original bytes")
            check(not errors, "no script errors" + (": " + "; ".join(errors) if errors else ""))
            browser.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
    print("serve log:\n" + log_path.read_text()[-3000:])
    print(f"serve check: {len(failures)} problems; screenshots in {shots}")
    if not failures:
        shutil.rmtree(root, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
