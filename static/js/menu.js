// On phones, fold the main menu behind a "Menu" button. Without JavaScript the
// whole menu is shown, so every page stays reachable. Loaded in <head> so that
// the "js" class is set before the first paint and the menu does not jump.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  document.addEventListener("DOMContentLoaded", function () {
    var nav = document.querySelector(".main-nav");
    var list = nav && nav.querySelector("ul");
    if (!list) {
      return;
    }
    list.id = list.id || "main-menu";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "menu-toggle";
    button.setAttribute("aria-controls", list.id);
    button.setAttribute("aria-expanded", "false");
    button.textContent = nav.getAttribute("data-menu-label") || "Menu";
    nav.insertBefore(button, list);
    button.addEventListener("click", function () {
      var open = nav.classList.toggle("is-open");
      button.setAttribute("aria-expanded", open ? "true" : "false");
    });
  });
})();
