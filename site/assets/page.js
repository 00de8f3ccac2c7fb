(function () {
  "use strict";
  var button = document.getElementById("gb-nav-toggle");
  if (button) button.addEventListener("click", function () {
    var open = document.body.classList.toggle("gb-nav-open");
    button.setAttribute("aria-expanded", open ? "true" : "false");
  });
  function copied(copy) {
    copy.textContent = "已复制";
    setTimeout(function () { copy.textContent = "复制"; }, 1500);
  }
  Array.prototype.forEach.call(document.querySelectorAll(".cell"), function (cell) {
    var code = cell.querySelector("pre.cell-code code");
    var header = cell.querySelector(".cell-header");
    if (!code || !header) return;
    var copy = document.createElement("button");
    copy.type = "button";
    copy.className = "cell-copy";
    copy.textContent = "复制";
    copy.setAttribute("aria-label", "复制这个单元的代码");
    copy.addEventListener("click", function () {
      var text = code.textContent;
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { copied(copy); }, function () {});
        return;
      }
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed"; area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      try { if (document.execCommand("copy")) copied(copy); } catch (e) {}
      area.remove();
    });
    header.appendChild(copy);
  });
})();