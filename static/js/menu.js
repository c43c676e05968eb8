// On phones, fold the main menu behind its "Menu" button. Without JavaScript the
// button stays hidden and the whole menu shows, so every page stays reachable.
// Loaded in <head> so that the "js" class is set before the first paint: the
// button is in the HTML already, so nothing moves when this script wires it up.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  document.addEventListener("DOMContentLoaded", function () {
    var nav = document.querySelector(".main-nav");
    var button = nav && nav.querySelector(".menu-toggle");
    if (!button) {
      return;
    }
    button.addEventListener("click", function () {
      var open = nav.classList.toggle("is-open");
      button.setAttribute("aria-expanded", open ? "true" : "false");
    });
  });
})();
