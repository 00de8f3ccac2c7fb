/// The site's stylesheet, written to `assets/ganbook.css`. Kept in the binary so an installed
/// `ganbook` needs no resource bundle. Colours are custom properties so dark mode (and the
/// inline SVG figures, which use the same `--gb-*` names) restyle in one place.
enum Stylesheet {
    static let css = """
    :root {
      --gb-bg: #fdfdfb; --gb-fg: #1d1f21; --gb-muted: #5c6370; --gb-accent: #0b63b6;
      --gb-border: #dfe2e6; --gb-code-bg: #f4f5f7; --gb-sidebar-bg: #f6f7f9;
      --gb-grid: #e6e8eb; --gb-axis: #4a4f57; --gb-legend-bg: #ffffff;
      --gb-real: #0072b2; --gb-generated: #d55e00; --gb-discriminator: #009e73;
      --gb-highlight: #f6c46a; --gb-highlight2: #9bd3f2;
      --gb-c1: #0072b2; --gb-c2: #d55e00; --gb-c3: #009e73; --gb-c4: #e69f00;
      --gb-c5: #56b4e9; --gb-c6: #cc79a7; --gb-c7: #000000; --gb-c8: #f0e442;
      --gb-c9: #882255; --gb-c10: #3b1f7a;
      --gb-font: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
      --gb-mono: "DejaVu Sans Mono", "Noto Sans Mono CJK SC", ui-monospace, monospace;
      color-scheme: light dark;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --gb-bg: #17191c; --gb-fg: #e3e5e8; --gb-muted: #9aa2ad; --gb-accent: #6cb4ff;
        --gb-border: #30343a; --gb-code-bg: #1f2226; --gb-sidebar-bg: #1b1d21;
        --gb-grid: #2c3036; --gb-axis: #b7bdc6; --gb-legend-bg: #1f2226;
        --gb-real: #56b4e9; --gb-generated: #ff8a3d; --gb-discriminator: #3fd0a0;
        --gb-highlight: #8a6a1f; --gb-highlight2: #2f5f7a;
        --gb-c1: #56b4e9; --gb-c2: #ff8a3d; --gb-c3: #3fd0a0; --gb-c4: #f0b400;
        --gb-c5: #9fd6f5; --gb-c6: #e59ac8; --gb-c7: #e3e5e8; --gb-c8: #f0e442;
        --gb-c9: #c77dff; --gb-c10: #f65555;
      }
    }
    * { box-sizing: border-box; }
    html { font-size: 17px; }
    body { margin: 0; background: var(--gb-bg); color: var(--gb-fg); font-family: var(--gb-font); line-height: 1.75; }
    a { color: var(--gb-accent); }
    .topbar { position: sticky; top: 0; z-index: 2; display: flex; align-items: center; gap: 1rem;
      padding: .5rem 1.25rem; background: var(--gb-bg); border-bottom: 1px solid var(--gb-border); }
    .course-title { font-weight: 700; text-decoration: none; color: var(--gb-fg); }
    .skip { position: absolute; left: -999px; }
    .nav-toggle { display: none; font: inherit; font-size: .9rem; padding: .25rem .6rem; border: 1px solid var(--gb-border);
      border-radius: 6px; background: var(--gb-bg); color: var(--gb-fg); cursor: pointer; white-space: nowrap; flex-shrink: 0; }
    .search { position: relative; margin-left: auto; }
    #gb-search { width: 16rem; max-width: 50vw; padding: .3rem .6rem; border: 1px solid var(--gb-border); border-radius: 6px;
      background: var(--gb-bg); color: var(--gb-fg); font: inherit; font-size: .9rem; }
    .search-results { position: absolute; right: 0; top: 2.4rem; width: min(32rem, 92vw); max-height: 70vh; overflow-y: auto;
      background: var(--gb-bg); border: 1px solid var(--gb-border); border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.15); }
    .search-results ol { list-style: none; margin: 0; padding: 0; }
    .search-results a { display: block; padding: .5rem .8rem; text-decoration: none; color: var(--gb-fg); border-bottom: 1px solid var(--gb-border); }
    .search-results a:hover, .search-results a:focus { background: var(--gb-sidebar-bg); }
    .gb-hit-title { font-weight: 600; margin-right: .5rem; }
    .gb-hit-page { font-size: .8rem; color: var(--gb-muted); }
    .gb-hit-text { display: block; font-size: .85rem; color: var(--gb-muted); line-height: 1.5; }
    .gb-hit-text mark { background: #ffe58a; color: #000; }
    .gb-empty { padding: .6rem .8rem; margin: 0; color: var(--gb-muted); }
    .skip:focus { left: 1rem; }
    .layout { display: grid; grid-template-columns: 17rem minmax(0, 1fr); min-height: 100vh;
      background: linear-gradient(to right, var(--gb-sidebar-bg) 17rem, transparent 17rem); }
    .sidebar { background: var(--gb-sidebar-bg); border-right: 1px solid var(--gb-border); padding: 1rem .75rem;
      position: sticky; top: 2.9rem; align-self: start; max-height: calc(100vh - 2.9rem); overflow-y: auto; font-size: .92rem; }
    .sidebar ol { list-style: none; margin: 0; padding: 0; }
    .sidebar li { margin: .15rem 0; }
    .sidebar a { display: block; padding: .2rem .5rem; border-radius: 6px; color: var(--gb-fg); text-decoration: none; }
    .sidebar a:hover { background: var(--gb-border); }
    .sidebar a[aria-current="page"] { background: var(--gb-accent); color: var(--gb-bg); }
    .sidebar .sections { margin: .2rem 0 .4rem .75rem; border-left: 2px solid var(--gb-border); }
    .sidebar .sections a { color: var(--gb-muted); font-size: .88rem; }
    main { padding: 1.5rem 2rem 4rem; }
    .lesson { max-width: 46rem; margin: 0 auto; }
    .lesson h1 { font-size: 1.9rem; line-height: 1.3; }
    .lesson h2 { margin-top: 2.4rem; padding-bottom: .2rem; border-bottom: 1px solid var(--gb-border); }
    .lesson h1, .lesson h2, .lesson h3 { position: relative; }
    .anchor { position: absolute; left: -1.1em; opacity: 0; text-decoration: none; color: var(--gb-muted); }
    h1:hover .anchor, h2:hover .anchor, h3:hover .anchor, h4:hover .anchor { opacity: 1; }
    code, pre { font-family: var(--gb-mono); font-size: .88rem; }
    :not(pre) > code { background: var(--gb-code-bg); padding: .1em .3em; border-radius: 4px; }
    pre { background: var(--gb-code-bg); padding: .8rem 1rem; border-radius: 8px; overflow-x: auto; line-height: 1.5; }
    table { border-collapse: collapse; margin: 1rem 0; display: block; overflow-x: auto; }
    th, td { border: 1px solid var(--gb-border); padding: .35rem .7rem; }
    th { background: var(--gb-sidebar-bg); }
    blockquote { margin: 1rem 0; padding: .2rem 1rem; border-left: 4px solid var(--gb-accent); color: var(--gb-muted); }
    img, svg { max-width: 100%; height: auto; }
    math { font-family: "TeX Gyre Pagella Math", "DejaVu Math TeX Gyre", "STIX Two Math", math; font-size: 1.08em; }
    .math-display { display: block; overflow-x: auto; overflow-y: hidden; margin: 1rem 0; padding: .2rem 0; }
    .nobr { white-space: nowrap; }
    .math-display math { margin: 0; }
    .cell { margin: 1.2rem 0; border: 1px solid var(--gb-border); border-radius: 8px; overflow: hidden; }
    .cell-header { display: flex; flex-wrap: wrap; align-items: center; gap: .1rem .6rem; padding: .25rem .75rem; font-size: .8rem;
      color: var(--gb-muted); background: var(--gb-sidebar-bg); border-bottom: 1px solid var(--gb-border); }
    .cell-source { font-family: var(--gb-mono); font-size: .75rem; overflow-wrap: anywhere; }
    .cell-status { margin-left: auto; }
    .cell-origin[title] { cursor: help; text-decoration: underline dotted; text-underline-offset: 2px; }
    .cell-copy { font: inherit; font-size: .75rem; line-height: 1.3; padding: .05rem .5rem; border: 1px solid var(--gb-border);
      border-radius: 5px; background: var(--gb-bg); color: var(--gb-fg); cursor: pointer; }
    .cell-copy:hover { border-color: var(--gb-accent); color: var(--gb-accent); }
    .cell-legend { font-size: .85rem; color: var(--gb-muted); margin: .8rem 0; padding: .3rem .8rem;
      border-left: 3px solid var(--gb-border); background: var(--gb-sidebar-bg); border-radius: 0 6px 6px 0; }
    .cell pre { margin: 0; border-radius: 0; }
    .cell-figure { margin: 1.5rem 0; }
    .cell-figure > .cell { margin: 0; }
    figcaption { font-size: .92rem; color: var(--gb-muted); text-align: center; margin-top: .5rem; }
    .figure-number { font-weight: 700; color: var(--gb-fg); }
    .hl-keyword { color: #a626a4; } .hl-type { color: #0e7490; } .hl-number { color: #b45309; }
    .hl-string { color: #2f7d32; } .hl-comment { color: #7c8591; font-style: italic; } .hl-operator { color: #5c6370; }
    @media (prefers-color-scheme: dark) {
      .hl-keyword { color: #d08ee8; } .hl-type { color: #5fd0e6; } .hl-number { color: #f0b16a; }
      .hl-string { color: #8fd694; } .hl-comment { color: #8b949e; } .hl-operator { color: #aab2bd; }
    }
    table.reference { display: table; width: 100%; font-size: .9rem; table-layout: fixed; }
    table.reference td:nth-child(2) { width: 42%; }
    table.reference td { vertical-align: top; }
    table.reference td.kind { white-space: nowrap; color: var(--gb-muted); width: 3.5rem; }
    table.reference code { white-space: pre-wrap; word-break: break-word; }
    table.reference .doc-en { display: block; margin-top: .15rem; font-size: .8rem; line-height: 1.4; color: var(--gb-muted); }
    table.reference .doc-en code { font-size: inherit; }
    table.reference.language :is(th, td):nth-child(1) { width: 25%; }
    table.reference.language :is(th, td):nth-child(2) { width: 50%; }
    table.reference.language :is(th, td):nth-child(3) { width: 25%; }
    table.reference.language pre { margin: 0; padding: .3rem .45rem; font-size: .82rem; }
    @media (max-width: 600px) {
      table.reference, table.reference tbody { display: block; }
      table.reference tr { display: grid; grid-template-columns: auto minmax(0, 1fr); column-gap: .6rem; padding: .5rem .1rem; border-top: 1px solid var(--gb-border); }
      table.reference td { border: none; padding: 0; }
      table.reference td.kind, table.reference td:nth-child(2) { width: auto; }
      table.reference td:last-child { grid-column: 1 / -1; margin-top: .3rem; }
      table.reference.language thead { display: none; }
      table.reference.language tr { grid-template-columns: minmax(0, 1fr); }
      table.reference.language td:nth-child(n) { width: auto; }
    }
    .cell-outputs { border-top: 1px dashed var(--gb-border); padding: .4rem .75rem; }
    .cell-outputs:empty { display: none; }
    .cell-outputs pre { margin: .3rem 0; padding: .2rem 0; background: none; border-radius: 0; white-space: pre-wrap; }
    .cell-stdout { color: var(--gb-fg); }
    .cell-value { color: var(--gb-muted); }
    .inline-value { font-variant-numeric: tabular-nums; border-bottom: 1px dotted var(--gb-muted); }
    .inline-value.missing { color: #c4282d; border-bottom-color: #e5484d; }
    .cell-error { color: #c4282d; background: #fff1f0 !important; border-left: 3px solid #e5484d; padding: .4rem .6rem !important; }
    @media (prefers-color-scheme: dark) { .cell-error { color: #ffb3b3; background: #2b1416 !important; } }
    .cell-failed { border-color: #e5484d; }
    .cell-ran-now { border-color: var(--gb-accent); box-shadow: 0 0 0 2px color-mix(in srgb, var(--gb-accent) 25%, transparent); }
    .cell-error-expected { color: var(--gb-fg) !important; background: var(--gb-code-bg) !important; border-left-color: var(--gb-muted) !important; }
    .cell-error-expected::before { content: "预期的错误 (expected error)"; display: block; font-family: var(--gb-font); font-size: .8rem; color: var(--gb-muted); }
    .cell-skipped { margin: 0; padding: .4rem .75rem; color: var(--gb-muted); font-size: .85rem; border-top: 1px dashed var(--gb-border); }
    .cell-figure-svg > svg { display: block; margin: .3rem auto; }
    .cell-image { text-align: center; }
    .cell-image img { image-rendering: pixelated; max-width: 100%; height: auto; }
    .cell-table { overflow-x: auto; }
    .cell-table table { margin: .3rem auto; }
    .table-number { font-weight: 700; color: var(--gb-fg); }
    .cell-hidden-code summary { cursor: pointer; padding: .3rem .75rem; color: var(--gb-muted); font-size: .85rem; }
    .pager { max-width: 46rem; margin: 3rem auto 0; display: flex; justify-content: space-between; gap: 1rem; }
    .pager a { flex: 1; border: 1px solid var(--gb-border); border-radius: 8px; padding: .6rem 1rem; text-decoration: none; }
    .pager a span { display: block; font-size: .8rem; color: var(--gb-muted); }
    .pager .next { text-align: right; }
    @media (max-width: 760px) {
      .layout { grid-template-columns: minmax(0, 1fr); background: none; }
      .topbar { gap: .6rem; padding: .5rem .75rem; }
      .course-title { font-size: .9rem; line-height: 1.3; }
      #gb-search { width: 7.5rem; }
      .sidebar { position: static; max-height: none; border-right: 0; border-bottom: 1px solid var(--gb-border); display: none; }
      body.gb-nav-open .sidebar { display: block; }
      .nav-toggle { display: inline-block; }
      main { padding: 1rem; }
      .anchor { display: none; }
    }
    @media (max-width: 700px) {
      .cell-outputs { padding: .4rem .3rem; }
      th, td { padding: .3rem .4rem; }
      .math-long { display: inline-block; max-width: 100%; overflow-x: auto; overflow-y: hidden; vertical-align: bottom; }
      :not(pre) > code { overflow-wrap: anywhere; }
    }
    @media print {
      .topbar, .sidebar, .pager, .search, .nav-toggle { display: none; }
      .layout { display: block; }
      body { background: white; color: black; }
      pre { white-space: pre-wrap; }
      .cell { break-inside: avoid; }
    }
    """
}
