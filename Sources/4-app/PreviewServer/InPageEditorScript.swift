/// The cell editor `ganbook serve` adds to its pages (never to the static site): per runnable
/// cell 编辑 / 运行 (Ctrl/⌘+Enter) / 停止 / 还原 / 对比. The editor is a textarea under which a
/// `<pre>` shows the same code highlighted by CellScript's own highlighter (`/__ganbook/highlight`,
/// the function the static page uses), so the colours are the build's. 运行 posts the code;
/// the server saves it into the lesson file and rebuilds; the page then swaps in the new
/// outputs of every cell (no reload). Styles: ``stylesheet``.
enum InPageEditorScript {
    static let path = "/__ganbook/edit.js"
    static let stylePath = "/__ganbook/edit.css"

    static let javascript = #"""
    (function () {
      "use strict";
      var me = document.currentScript;
      var token = me.getAttribute("data-token"), page = me.getAttribute("data-page");
      var hash = me.getAttribute("data-hash");
      var busy = null;

      function el(tag, cls, text) {
        var node = document.createElement(tag);
        if (cls) node.className = cls;
        if (text != null) node.textContent = text;
        return node;
      }
      function post(path, body, text) {
        return fetch(path, { method: "POST", cache: "no-store",
          headers: { "X-GANBook-Token": token, "Content-Type": text ? "text/plain; charset=utf-8" : "application/json" },
          body: text ? body : JSON.stringify(body) });
      }
      function answer(response) {
        if (response.ok) return response.json();
        return response.text().then(function (t) { throw new Error(t.trim() || ("HTTP " + response.status)); });
      }
      function codeNode(cell) { return cell.querySelector(":scope > pre.cell-code, :scope > details.cell-hidden-code"); }

      function setup(cell) {
        if (cell.querySelector(".gb-tools")) return;
        var name = cell.id.replace(/^cell-/, "");
        var tools = el("span", "gb-tools");
        var ui = { cell: cell, name: name, tools: tools, buttons: {} };
        [["edit", "编辑"], ["run", "运行"], ["stop", "停止"], ["reset", "还原"], ["compare", "对比"]].forEach(function (b) {
          var button = el("button", "gb-btn gb-btn-" + b[0], b[1]);
          button.type = "button";
          button.addEventListener("click", function () { actions[b[0]](ui); });
          tools.appendChild(button);
          ui.buttons[b[0]] = button;
        });
        ui.buttons.run.title = "运行 (Ctrl/⌘+Enter)";
        ui.buttons.stop.disabled = true;
        cell.querySelector(".cell-header").appendChild(tools);
        cell.gbUI = ui;
      }

      function statusBox(ui) {
        if (!ui.status) {
          ui.status = el("div", "gb-status");
          ui.status.setAttribute("aria-live", "polite");
          var after = ui.editor || codeNode(ui.cell);
          after.parentNode.insertBefore(ui.status, after.nextSibling);
        }
        return ui.status;
      }
      function say(ui, text, kind) {
        var box = statusBox(ui);
        box.className = "gb-status" + (kind ? " gb-status-" + kind : "");
        box.textContent = text;
      }

      function openEditor(ui) {
        if (ui.editor) { ui.input.focus(); return Promise.resolve(); }
        return fetch("/__ganbook/cell?page=" + encodeURIComponent(page) + "&cell=" + encodeURIComponent(ui.name), { cache: "no-store" })
          .then(answer).then(function (info) {
            var box = el("div", "gb-editor");
            if (info.options.length) box.appendChild(el("div", "gb-editor-options", info.options.join("\n")));
            var wrap = el("div", "gb-editor-wrap");
            var pre = el("pre", "gb-editor-highlight");
            pre.setAttribute("aria-hidden", "true");
            var code = el("code");
            pre.appendChild(code);
            var input = el("textarea", "gb-editor-input");
            input.setAttribute("spellcheck", "false");
            input.setAttribute("autocapitalize", "off");
            input.setAttribute("autocomplete", "off");
            input.setAttribute("wrap", "off");
            input.setAttribute("aria-label", "编辑单元 " + ui.name + " 的代码（Ctrl/⌘+Enter 运行）");
            input.value = info.code.replace(/\n$/, "");
            wrap.appendChild(pre);
            wrap.appendChild(input);
            box.appendChild(wrap);
            var shown = codeNode(ui.cell);
            shown.parentNode.insertBefore(box, shown.nextSibling);
            shown.classList.add("gb-hidden");
            if (ui.status) box.parentNode.insertBefore(ui.status, box.nextSibling);
            ui.editor = box; ui.input = input; ui.highlight = code;
            ui.cell.classList.add("gb-editing");
            ui.buttons.edit.textContent = "收起";
            input.addEventListener("input", function () { paint(ui); });
            input.addEventListener("scroll", function () { pre.scrollLeft = input.scrollLeft; pre.scrollTop = input.scrollTop; });
            input.addEventListener("keydown", function (event) { keys(ui, event); });
            paint(ui);
            input.focus();
          })
          .catch(function (error) { say(ui, error.message, "error"); });
      }
      function closeEditor(ui) {
        if (!ui.editor) return;
        ui.editor.remove();
        ui.editor = null;
        var shown = codeNode(ui.cell);
        if (shown) shown.classList.remove("gb-hidden");
        ui.cell.classList.remove("gb-editing");
        ui.buttons.edit.textContent = "编辑";
      }

      // The overlay shows the text at once (unhighlighted), then CellScript's highlighting.
      function paint(ui) {
        var text = ui.input.value;
        ui.highlight.textContent = text + "\n";
        clearTimeout(ui.paintTimer);
        ui.paintTimer = setTimeout(function () {
          post("/__ganbook/highlight", text, true).then(function (r) { return r.ok ? r.text() : null; }).then(function (html) {
            if (html != null && ui.input && ui.input.value === text) ui.highlight.innerHTML = html + "\n";
          }).catch(function () {});
        }, 40);
      }

      function keys(ui, event) {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); actions.run(ui); return; }
        if (event.key === "Escape") { ui.tabLeaves = true; return; }
        if (event.key === "Tab" && !event.shiftKey && !ui.tabLeaves) {
          event.preventDefault();
          // execCommand keeps the browser's own undo stack.
          if (!document.execCommand("insertText", false, "    ")) {
            var s = ui.input.selectionStart;
            ui.input.setRangeText("    ", s, ui.input.selectionEnd, "end");
            paint(ui);
          }
        }
        if (event.key !== "Tab") ui.tabLeaves = false;
      }

      function setBusy(ui) {
        busy = ui;
        if (!ui) document.querySelectorAll(".gb-live").forEach(function (box) { box.remove(); });
        document.querySelectorAll(".gb-tools .gb-btn-run, .gb-tools .gb-btn-reset").forEach(function (b) { b.disabled = !!ui; });
        document.querySelectorAll(".gb-tools .gb-btn-stop").forEach(function (b) { b.disabled = !ui; });
      }

      function progress(ui, started) {
        if (busy !== ui) return;
        fetch("/__ganbook/progress", { cache: "no-store" }).then(answer).then(function (p) {
          if (busy !== ui) return;
          var seconds = ((performance.now() - started) / 1000).toFixed(1);
          var parts = ["运行中 " + seconds + " s"];
          if (p.cell) parts.push("单元 " + p.cell.split("#").pop());
          if (p.total) parts.push("第 " + p.step + " / " + p.total + " 步");
          if (p.rate) parts.push(p.rate.toFixed(1) + " 步/秒");
          if (p.left != null) parts.push("约剩 " + Math.ceil(p.left) + " s");
          (p.values || []).forEach(function (v) { if (v[1] != null) parts.push(v[0] + " " + Number(v[1]).toPrecision(4)); });
          say(ui, parts.join(" · "), "running");
          var box = statusBox(ui);
          if (p.total) {
            var bar = el("progress", "gb-progress");
            bar.max = p.total; bar.value = p.step;
            box.appendChild(bar);
          }
          // What the running cell shows with showLive(…), replaced as it changes.
          if (p.live && p.liveVersion !== ui.liveVersion) {
            ui.liveVersion = p.liveVersion;
            var live = ui.cell.querySelector(".gb-live");
            if (!live) {
              live = el("div", "gb-live");
              box.parentNode.insertBefore(live, box.nextSibling);
            }
            live.innerHTML = p.live;
          }
        }).catch(function () {}).then(function () { setTimeout(function () { progress(ui, started); }, 250); });
      }

      function send(ui, path, body, done) {
        var started = performance.now();
        setBusy(ui);
        ui.cell.classList.add("gb-running");
        say(ui, "运行中…", "running");
        progress(ui, started);
        return post(path, body).then(answer).then(function (result) {
          var answered = performance.now();
          window.gbLastRun = { server: result.seconds, answered: (answered - started) / 1000 };
          hash = result.hash;
          if (window.gbSeenVersion) window.gbSeenVersion(result.version);
          var seconds = ((performance.now() - started) / 1000).toFixed(2);
          if (done) done(result);
          if (result.status === "cancelled") { say(ui, "已停止（" + seconds + " s）。代码已保存，输出仍是上一次的。", "stopped"); return; }
          if (result.status === "failed") { say(ui, result.errors.join("\n"), "error"); return; }
          return update(result.ran || []).then(function () {
            window.gbLastRun.updated = (performance.now() - started) / 1000;
            var failed = ui.cell.classList.contains("cell-failed");
            say(ui, (failed ? "运行失败（错误见下方）" : "完成") + " · " + seconds + " s · 运行了 " + (result.ran || []).length + " 个单元",
                failed ? "error" : "ok");
          });
        }).catch(function (error) { say(ui, error.message, "error"); })
          .then(function () { setBusy(null); ui.cell.classList.remove("gb-running"); });
      }

      var actions = {
        edit: function (ui) { if (ui.editor) closeEditor(ui); else openEditor(ui); },
        run: function (ui) {
          if (busy) return;
          openEditor(ui).then(function () {
            if (!ui.input) return;
            send(ui, "/__ganbook/run", { page: page, cell: ui.name, code: ui.input.value + "\n", hash: hash });
          });
        },
        stop: function () {
          post("/__ganbook/stop", {}).then(answer).catch(function () {});
        },
        reset: function (ui) {
          if (busy) return;
          send(ui, "/__ganbook/reset", { page: page, cell: ui.name, hash: hash }, function (result) {
            if (ui.input) { ui.input.value = result.code.replace(/\n$/, ""); paint(ui); }
          });
        },
        compare: function (ui) {
          var open = ui.cell.querySelector(":scope > .gb-diff");
          if (open) { open.remove(); return; }
          fetch("/__ganbook/compare?page=" + encodeURIComponent(page) + "&cell=" + encodeURIComponent(ui.name), { cache: "no-store" })
            .then(answer).then(function (c) {
              var box = el("div", "gb-diff");
              var course = el("div", "gb-compare-side");
              course.appendChild(el("div", "gb-compare-title", "课程的冻结输出"));
              var body = el("div");
              if (c.found) body.innerHTML = c.html; else body.textContent = "（课程里没有这个单元的输出）";
              course.appendChild(body);
              var mine = el("div", "gb-compare-side");
              mine.appendChild(el("div", "gb-compare-title", "现在的输出"));
              var now = ui.cell.querySelector(":scope > .cell-outputs");
              mine.appendChild(now ? now.cloneNode(true) : el("p", "", "（无输出）"));
              box.appendChild(course); box.appendChild(mine);
              ui.cell.appendChild(box);
            }).catch(function (error) { say(ui, error.message, "error"); });
        }
      };

      // Swaps in the rebuilt page's cells: header status, code (hidden while editing) and outputs.
      function update(ran) {
        return fetch(window.location.pathname, { cache: "no-store" }).then(function (r) { return r.text(); }).then(function (html) {
          var fresh = new DOMParser().parseFromString(html, "text/html");
          // A run from another tab of this server changed the file: its new hash is this page's now.
          var script = fresh.querySelector("script[data-hash]");
          if (script) hash = script.getAttribute("data-hash");
          fresh.querySelectorAll(".cell[id]").forEach(function (next) {
            var cell = document.getElementById(next.id);
            if (!cell) return;
            // Only cells that ran, or that were or become skipped or failed, can have new outputs.
            var id = page + "#" + next.id.replace(/^cell-/, "");
            var unsettled = function (c) { return c.querySelector(":scope > .cell-skipped") || /cell-failed|cell-expected-error/.test(c.className); };
            if (ran.indexOf(id) < 0 && !unsettled(cell) && !unsettled(next)) return;
            var status = cell.querySelector(".cell-status"), nextStatus = next.querySelector(".cell-status");
            if (status && nextStatus) status.innerHTML = nextStatus.innerHTML;
            var code = codeNode(cell), nextCode = codeNode(next);
            if (code && nextCode) {
              var imported = document.importNode(nextCode, true);
              if (code.classList.contains("gb-hidden")) imported.classList.add("gb-hidden");
              code.replaceWith(imported);
            }
            var outputs = ".cell-outputs, .cell-skipped, .cell-note";
            var mine = Array.prototype.filter.call(cell.children, function (c) { return c.matches(outputs); });
            var theirs = Array.prototype.filter.call(next.children, function (c) { return c.matches(outputs); });
            var same = mine.length === theirs.length && mine.every(function (c, i) { return c.outerHTML === theirs[i].outerHTML; });
            if (!same) {
              mine.forEach(function (c) { c.remove(); });
              theirs.forEach(function (c) { cell.appendChild(document.importNode(c, true)); });
            }
            var keep = Array.prototype.filter.call(cell.classList, function (c) { return c.indexOf("gb-") === 0; });
            cell.className = next.className + (keep.length ? " " + keep.join(" ") : "");
            var compare = cell.querySelector(":scope > .gb-diff");
            if (compare) cell.appendChild(compare);
            if (ran.indexOf(id) >= 0) {
              cell.classList.add("cell-ran-now");
              var origin = cell.querySelector(".cell-origin");
              if (origin) { origin.setAttribute("data-origin", "ran"); origin.textContent = "刚刚运行"; }
            }
          });
        });
      }
      window.gbUpdateInPlace = function () {
        // A run of this page updates the cells itself when its answer comes.
        if (busy) return Promise.resolve();
        return fetch("/__ganbook/status", { cache: "no-store" }).then(answer).then(function (s) { return update(s.ran || []); });
      };

      document.querySelectorAll(".cell:not(.cell-norun)").forEach(setup);
    })();
    """#
}

extension InPageEditorScript {
    /// The editor's styles: the textarea and its highlighted twin share font, padding and line
    /// height, so the caret sits on the coloured text; colours come from the site's `--gb-*`.
    static let stylesheet = #"""
    .gb-tools { display: inline-flex; flex-wrap: wrap; gap: .25rem; }
    .gb-btn { font: inherit; font-size: .78rem; line-height: 1.3; padding: .1rem .55rem; border: 1px solid var(--gb-border);
      border-radius: 5px; background: var(--gb-bg); color: var(--gb-fg); cursor: pointer; }
    .gb-btn:hover:not(:disabled) { border-color: var(--gb-accent); color: var(--gb-accent); }
    .gb-btn:disabled { opacity: .45; cursor: default; }
    .gb-btn-run { border-color: var(--gb-accent); color: var(--gb-accent); }
    .gb-hidden { display: none !important; }
    .gb-editor { border-bottom: 1px solid var(--gb-border); }
    .gb-editor-options { font-family: var(--gb-mono); font-size: .8rem; color: var(--gb-muted); white-space: pre;
      padding: .3rem 1rem; background: var(--gb-sidebar-bg); overflow-x: auto; }
    .gb-editor-wrap { position: relative; background: var(--gb-code-bg); }
    .gb-editor-highlight, .gb-editor-input { font-family: var(--gb-mono); font-size: .88rem; line-height: 1.5; padding: .8rem 1rem;
      margin: 0; border: 0; white-space: pre; tab-size: 4; letter-spacing: 0; word-spacing: 0; box-sizing: border-box; }
    .gb-editor-highlight { overflow: hidden; pointer-events: none; min-height: 3.2rem; background: transparent; }
    .gb-editor-input { position: absolute; inset: 0; width: 100%; height: 100%; resize: none; overflow: auto hidden;
      background: transparent; color: transparent; caret-color: var(--gb-fg); outline: none; }
    .gb-editor-input::selection { background: rgba(11, 99, 182, .28); color: transparent; }
    .gb-editor-wrap:focus-within { box-shadow: inset 0 0 0 2px var(--gb-accent); }
    .gb-status { font-size: .82rem; padding: .35rem 1rem; white-space: pre-wrap; border-bottom: 1px solid var(--gb-border);
      font-family: var(--gb-mono); }
    .gb-status:empty { display: none; }
    .gb-status-running { color: var(--gb-accent); }
    .gb-status-ok { color: var(--gb-discriminator); }
    .gb-status-error { color: #d0343a; }
    .gb-status-stopped { color: var(--gb-generated); }
    .gb-live { margin: .4rem 0; max-width: 100%; overflow-x: auto; border: 1px dashed var(--gb-border); border-radius: 4px; padding: .3rem; }
    .gb-live svg, .gb-live img { max-width: 100%; height: auto; }
    .gb-progress { display: block; width: 100%; height: .5rem; margin-top: .3rem; accent-color: var(--gb-accent); }
    .cell-outputs pre.cell-error { white-space: pre; overflow-x: auto; } /* the caret stays under its column, as in the terminal */
    .gb-running { box-shadow: 0 0 0 2px var(--gb-accent); }
    .gb-diff { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem; padding: .5rem; border-top: 1px dashed var(--gb-border); }
    .gb-compare-side { min-width: 0; overflow-x: auto; }
    .gb-compare-side svg, .gb-compare-side img { max-width: 100%; height: auto; }
    .gb-compare-title { font-size: .78rem; color: var(--gb-muted); margin-bottom: .25rem; }
    @media (max-width: 700px) {
      .gb-diff { grid-template-columns: 1fr; }
      .gb-tools { width: 100%; }
      .gb-btn { padding: .25rem .6rem; font-size: .85rem; }
    }
    @media (prefers-color-scheme: dark) { .gb-status-error { color: #ff7b80; } }
    """#
}
