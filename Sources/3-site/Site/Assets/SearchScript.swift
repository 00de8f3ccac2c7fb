/// `assets/search.js`: the search box. Vanilla JavaScript, no network: the index is a script
/// (`search-index.js`) loaded on first use, so it works from `file://`. The tokenizer mirrors
/// `SearchTokenizer` (words for Latin text, character bigrams for Chinese). A `?q=` parameter in
/// the page URL runs a search on load (the browser check uses it).
enum SearchScript {
    static let javascript = #"""
    (function () {
      "use strict";
      var input = document.getElementById("gb-search");
      var panel = document.getElementById("gb-search-results");
      if (!input || !panel) return;

      function isHan(ch) {
        var x = ch.codePointAt(0);
        return (x >= 0x3400 && x <= 0x4DBF) || (x >= 0x4E00 && x <= 0x9FFF) || (x >= 0xF900 && x <= 0xFAFF) ||
               (x >= 0x20000 && x <= 0x2FA1F) || (x >= 0x3040 && x <= 0x30FF);
      }
      function isWordChar(ch) { return /[\p{L}\p{N}]/u.test(ch); }
      function tokens(text) {
        var out = [], word = "", han = [];
        function flushWord() { if (word.length) out.push(word); word = ""; }
        function flushHan() {
          if (han.length === 1) out.push(han[0]);
          for (var i = 0; i + 1 < han.length; i++) out.push(han[i] + han[i + 1]);
          han = [];
        }
        Array.from(text.toLowerCase()).forEach(function (ch) {
          if (isHan(ch)) { flushWord(); han.push(ch); }
          else if (isWordChar(ch)) { flushHan(); word += ch; }
          else { flushWord(); flushHan(); }
        });
        flushWord(); flushHan();
        return out;
      }
      function withIndex(done) {
        if (window.GANBOOK_SEARCH) { done(window.GANBOOK_SEARCH); return; }
        var script = document.createElement("script");
        script.src = input.getAttribute("data-index");
        script.onload = function () { done(window.GANBOOK_SEARCH); };
        document.head.appendChild(script);
      }
      function escapeHTML(s) {
        return s.replace(/[&<>"']/g, function (c) {
          return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
        });
      }
      function search(index, query) {
        var wanted = Array.from(new Set(tokens(query)));
        if (!wanted.length) return [];
        var hits = null;
        wanted.forEach(function (t) {
          var list = index.postings[t] || [];
          hits = hits === null ? list.slice() : hits.filter(function (d) { return list.indexOf(d) >= 0; });
        });
        var q = query.trim().toLowerCase();
        return hits.map(function (d) {
          var doc = index.docs[d], heading = doc[2].toLowerCase(), text = doc[3].toLowerCase();
          var score = (heading.indexOf(q) >= 0 ? 20 : 0) + (text.indexOf(q) >= 0 ? 5 : 0) + text.split(q).length - 1;
          return { doc: doc, score: score };
        }).sort(function (a, b) { return b.score - a.score; }).slice(0, 20);
      }
      function snippet(text, query) {
        var lower = text.toLowerCase(), q = query.trim().toLowerCase();
        var at = lower.indexOf(q);
        if (at < 0) { var first = tokens(query)[0] || ""; at = Math.max(0, lower.indexOf(first)); q = first; }
        var start = Math.max(0, at - 30), end = Math.min(text.length, at + q.length + 70);
        var piece = (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
        if (!q) return escapeHTML(piece);
        var out = "", rest = piece, restLower = rest.toLowerCase(), i;
        while ((i = restLower.indexOf(q)) >= 0) {
          out += escapeHTML(rest.slice(0, i)) + "<mark>" + escapeHTML(rest.slice(i, i + q.length)) + "</mark>";
          rest = rest.slice(i + q.length); restLower = restLower.slice(i + q.length);
        }
        return out + escapeHTML(rest);
      }
      function show(query) {
        if (!query.trim()) { panel.hidden = true; panel.innerHTML = ""; return; }
        withIndex(function (index) {
          var results = search(index, query);
          panel.hidden = false;
          panel.setAttribute("data-count", String(results.length));
          if (!results.length) { panel.innerHTML = '<p class="gb-empty">没有找到“' + escapeHTML(query) + '”</p>'; return; }
          panel.innerHTML = '<ol>' + results.map(function (r) {
            return '<li><a href="' + escapeHTML(r.doc[0]) + '"><span class="gb-hit-title">' + escapeHTML(r.doc[2]) +
              '</span><span class="gb-hit-page">' + escapeHTML(r.doc[1]) + '</span><span class="gb-hit-text">' +
              snippet(r.doc[3], query) + '</span></a></li>';
          }).join("") + '</ol>';
        });
      }
      input.addEventListener("input", function () { show(input.value); });
      input.addEventListener("keydown", function (e) {
        if (e.key === "Escape") { input.value = ""; show(""); input.blur(); }
        if (e.key === "Enter") { var first = panel.querySelector("a"); if (first) window.location.href = first.href; }
      });
      document.addEventListener("keydown", function (e) {
        if (e.key === "/" && document.activeElement !== input) { e.preventDefault(); input.focus(); }
      });
      var initial = new URLSearchParams(window.location.search).get("q");
      if (initial) { input.value = initial; show(initial); }
    })();
    """#
}
