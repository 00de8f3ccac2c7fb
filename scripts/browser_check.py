"""The checks of scripts/browser-check, in a real Chromium driven by Playwright.

Usage: browser_check.py SITE_DIR SHOTS_DIR CHROMIUM_PATH
"""
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

MIN_LABEL_PX = 11.0
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 2200}

# Every visible <text> of an inline SVG: its glyph box (getBoundingClientRect; for text turned
# by 90° the box's width is the glyph height) and its font size times the SVG's scale
# (getScreenCTM), i.e. the label's size in CSS pixels of the page.
MEASURE_TEXT = """() => {
  const out = [];
  for (const t of document.querySelectorAll('svg text')) {
    const r = t.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || !t.textContent.trim()) continue;
    const m = t.getScreenCTM();
    if (!m) continue;
    const turned = Math.abs(m.b) > Math.abs(m.a);
    const scale = Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
    const font = parseFloat(getComputedStyle(t).fontSize) * scale;
    const fig = t.closest('figure');
    const number = fig && fig.querySelector('.figure-number');
    out.push({text: t.textContent.slice(0, 30), height: turned ? r.width : r.height, font: font,
              figure: number ? number.textContent : (fig ? fig.id : '')});
  }
  return out;
}"""

# The page's width and, when it is too wide, the innermost elements that stick out.
MEASURE_WIDTH = """(limit) => {
  const width = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
  const culprits = [];
  if (width > limit) {
    for (const e of document.body.querySelectorAll('*')) {
      const r = e.getBoundingClientRect();
      if (r.right <= limit + 0.5 || r.width === 0) continue;
      let clipped = false;
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.overflowX !== 'visible' && p.getBoundingClientRect().right <= limit + 0.5) { clipped = true; break; }
      }
      if (clipped) continue;
      if ([...e.children].some(c => c.getBoundingClientRect().right > limit + 0.5)) continue;
      culprits.push(e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + e.className : '') +
                    ' right=' + Math.round(r.right) + ' "' + (e.textContent || '').trim().slice(0, 40) + '"');
      if (culprits.length >= 5) break;
    }
  }
  return {width: width, culprits: culprits};
}"""


def launch(p, chromium):
    """Debian's Chromium, headless, as every check of this harness runs it."""
    return p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu", "--hide-scrollbars"])


def contexts_of(browser):
    """The three views every check looks at: desktop 1280 px, phone 390 px, dark desktop."""
    return {
        "desktop": browser.new_context(viewport=DESKTOP, color_scheme="light"),
        "phone": browser.new_context(viewport=PHONE, color_scheme="light", device_scale_factor=1),
        "dark": browser.new_context(viewport=DESKTOP, color_scheme="dark"),
    }


def main() -> int:
    site, shots, chromium = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    failures = []
    pages = sorted(site.glob("*.html"))
    with sync_playwright() as p:
        browser = launch(p, chromium)
        contexts = contexts_of(browser)
        widest = (0, "")
        smallest_overall = (float("inf"), "")
        for page_path in pages:
            name = page_path.stem
            url = page_path.as_uri()
            for kind, context in contexts.items():
                page = context.new_page()
                errors = []
                page.on("pageerror", lambda e, errors=errors: errors.append(f"script error: {e}"))
                page.on("requestfailed", lambda r, errors=errors: errors.append(f"missing {r.url}"))
                page.goto(url, wait_until="load")
                page.wait_for_timeout(100)
                if kind == "desktop":
                    marker = page.evaluate("document.documentElement.getAttribute('data-page-error')")
                    if marker:
                        errors.append(marker)
                    if page.locator("merror").count():
                        failures.append(f"{name}: the page has a <merror> (a formula failed to convert)")
                for error in errors:
                    failures.append(f"{name} ({kind}): {error}")
                page.screenshot(path=str(shots / f"{name}-{kind}.png"),
                                full_page=False)
                if kind == "phone":
                    width = page.evaluate(MEASURE_WIDTH, PHONE["width"])
                    if width["width"] > PHONE["width"]:
                        failures.append(f"{name}: {width['width']} px wide at {PHONE['width']} px: " + "; ".join(width["culprits"]))
                    if width["width"] > widest[0]:
                        widest = (width["width"], name)
                    texts = page.evaluate(MEASURE_TEXT)
                    small = [t for t in texts if t["height"] < MIN_LABEL_PX or t["font"] < MIN_LABEL_PX - 0.05]
                    least = min(texts, key=lambda t: t["font"]) if texts else None
                    if least and least["font"] < smallest_overall[0]:
                        smallest_overall = (least["font"], name)
                    summary = (f"{least['font']:.1f} px font, {min(t['height'] for t in texts):.1f} px box "
                               f"({least['figure']} \"{least['text']}\")") if least else "no figure text"
                    print(f"{name}: phone page width {width['width']} px; smallest label {summary}; {len(texts)} labels")
                    if small:
                        figures = sorted({t["figure"] or "?" for t in small})
                        failures.append(f"{name}: {len(small)} figure labels under {MIN_LABEL_PX:g} px at 390 px "
                                        f"(in {', '.join(figures)}; e.g. \"{small[0]['text']}\" "
                                        f"{small[0]['font']:.1f} px font, {small[0]['height']:.1f} px box)")
                page.close()

        # Search: Chinese terms must find sections, from file:// (the index is a script, not a fetch).
        page = contexts["desktop"].new_page()
        for term in ["判别器", "判别", "生成模型"]:
            page.goto((site / "index.html").as_uri() + f"?q={term}", wait_until="load")
            try:
                page.wait_for_selector("[data-count]", timeout=4000)
                count = int(page.get_attribute("[data-count]", "data-count") or 0)
            except Exception:
                count = 0
            if count == 0:
                failures.append(f"search for '{term}' found nothing")
            else:
                print(f"search '{term}': {count} results")
        browser.close()

    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    if smallest_overall[1]:
        print(f"browser check: smallest figure label at 390 px: {smallest_overall[0]:.1f} px ({smallest_overall[1]})")
    print(f"browser check: widest page at 390 px: {widest[0]} px ({widest[1]})")
    print(f"browser check: {len(pages)} pages, screenshots in {shots}")
    print(f"browser check: {len(pages)} pages checked, {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
