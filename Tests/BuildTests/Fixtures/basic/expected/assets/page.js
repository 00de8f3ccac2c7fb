(function () {
  "use strict";
  var button = document.getElementById("gb-nav-toggle");
  if (!button) return;
  button.addEventListener("click", function () {
    var open = document.body.classList.toggle("gb-nav-open");
    button.setAttribute("aria-expanded", open ? "true" : "false");
  });
})();