import MarkupText

/// The script the preview server adds to every page: it long-polls `/__ganbook/wait` and reloads
/// the page when a rebuild finished, or shows the build's errors in an overlay (the last good
/// site stays on screen underneath).
enum LiveReloadScript {
    static let path = "/__ganbook/live.js"

    /// `html` with the live-reload and editor scripts added before `</body>`: the version, the
    /// server's token, the page's name and its lesson file's hash (nil: no lesson behind it).
    static func inject(into html: String, version: Int, token: String = "", page: String = "", lessonHash: String? = nil) -> String {
        var tag = "<script src=\"\(path)\" data-version=\"\(version)\"></script>"
        if let lessonHash {
            tag += "<link rel=\"stylesheet\" href=\"\(InPageEditorScript.stylePath)\">"
                + "<script src=\"\(InPageEditorScript.path)\" data-token=\"\(token)\" data-page=\"\(MarkupText.escape(page))\" data-hash=\"\(lessonHash)\"></script>"
        }
        guard let range = html.range(of: "</body>", options: .backwards) else { return html + tag }
        return html.replacingCharacters(in: range, with: tag + "</body>")
    }

    static let javascript = #"""
    (function () {
      "use strict";
      var me = document.currentScript;
      var version = Number(me.getAttribute("data-version"));
      window.gbSeenVersion = function (v) { if (v > version) version = v; };
      function overlay(errors) {
        var box = document.getElementById("gb-build-errors");
        if (!errors.length) { if (box) box.remove(); return; }
        if (!box) {
          box = document.createElement("div");
          box.id = "gb-build-errors";
          box.style.cssText = "position:fixed;left:1rem;right:1rem;bottom:1rem;max-height:45vh;overflow:auto;" +
            "z-index:99;background:#2b0f12;color:#ffd7d9;border:2px solid #e5484d;border-radius:8px;" +
            "padding:.8rem 1rem;font:13px/1.5 ui-monospace,monospace;white-space:pre-wrap;box-shadow:0 8px 30px rgba(0,0,0,.4)";
          document.body.appendChild(box);
        }
        box.textContent = "ganbook: the last rebuild failed; showing the last good site.\n\n" + errors.join("\n");
      }
      function poll() {
        fetch("/__ganbook/wait?after=" + version, { cache: "no-store" })
          .then(function (r) { return r.json(); })
          .then(function (state) {
            if (state.version !== version) {
              version = state.version;
              if (state.errors.length) { overlay(state.errors); }
              else if (state.inPlace && window.gbUpdateInPlace) { overlay([]); window.gbUpdateInPlace(version); }
              else { window.location.reload(); return; }
            }
            poll();
          })
          .catch(function () { setTimeout(poll, 1000); });
      }
      function markRan(ran) {
        var page = (window.location.pathname.split("/").pop() || "index.html").replace(/\.html$/, "");
        ran.forEach(function (id) {
          var parts = id.split("#");
          if (parts[0] !== page) return;
          var cell = document.getElementById("cell-" + parts[1]);
          if (!cell) return;
          cell.classList.add("cell-ran-now");
          var origin = cell.querySelector(".cell-origin[data-origin=frozen]");
          if (origin) { origin.setAttribute("data-origin", "ran"); origin.textContent = "刚刚运行"; }
        });
      }
      fetch("/__ganbook/status", { cache: "no-store" }).then(function (r) { return r.json(); })
        .then(function (state) { overlay(state.errors); markRan(state.ran || []); }).catch(function () {});
      poll();
    })();
    """#
}
