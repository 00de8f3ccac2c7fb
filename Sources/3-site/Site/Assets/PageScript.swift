/// `assets/page.js`: the table-of-contents toggle of narrow screens (the sidebar is folded away
/// on a phone until the reader asks for it).
enum PageScript {
    static let javascript = #"""
    (function () {
      "use strict";
      var button = document.getElementById("gb-nav-toggle");
      if (!button) return;
      button.addEventListener("click", function () {
        var open = document.body.classList.toggle("gb-nav-open");
        button.setAttribute("aria-expanded", open ? "true" : "false");
      });
    })();
    """#
}
