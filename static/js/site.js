// A little help where JavaScript runs; every page works without it.
// - The phone menu (a <details> in the header) closes with Escape or a tap outside it.
// - Links to the glossary become toggletips: the term's definition opens in place,
//   with a link to the glossary; without JavaScript the link leads there.
(function () {
  "use strict";

  function closeMenu(menu, returnFocus) {
    if (menu.open) {
      menu.open = false;
      if (returnFocus) {
        menu.querySelector("summary").focus();
      }
    }
  }

  function setUpMenu() {
    var menu = document.querySelector(".menu-disclosure");
    if (!menu) {
      return;
    }
    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        closeMenu(menu, true);
      }
    });
    document.addEventListener("click", function (event) {
      if (!menu.contains(event.target)) {
        closeMenu(menu, false);
      }
    });
  }

  var openTip = null;

  function closeTip() {
    if (!openTip) {
      return;
    }
    openTip.button.setAttribute("aria-expanded", "false");
    openTip.bubble.hidden = true;
    openTip.bubble.textContent = "";
    openTip = null;
  }

  function makeToggletip(link, index, moreLabel) {
    var definition = link.getAttribute("data-definition");
    if (!definition) {
      return;
    }
    var wrapper = document.createElement("span");
    wrapper.className = "toggletip";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "glossary-term";
    button.textContent = link.textContent;
    button.setAttribute("aria-expanded", "false");
    var bubble = document.createElement("span");
    bubble.className = "toggletip-bubble";
    bubble.id = "toggletip-" + index;
    bubble.setAttribute("role", "status");
    bubble.hidden = true;
    button.setAttribute("aria-controls", bubble.id);
    wrapper.appendChild(button);
    wrapper.appendChild(bubble);
    link.parentNode.replaceChild(wrapper, link);

    button.addEventListener("click", function () {
      var wasOpen = openTip && openTip.button === button;
      closeTip();
      if (wasOpen) {
        return;
      }
      // Filled after it is shown, so that screen readers announce the definition.
      bubble.hidden = false;
      button.setAttribute("aria-expanded", "true");
      openTip = { button: button, bubble: bubble };
      window.setTimeout(function () {
        var text = document.createElement("span");
        text.className = "toggletip-text";
        text.textContent = definition;
        var more = document.createElement("a");
        more.href = link.getAttribute("href");
        more.textContent = moreLabel;
        bubble.appendChild(text);
        bubble.appendChild(document.createTextNode(" "));
        bubble.appendChild(more);
      }, 50);
    });
  }

  function setUpGlossary() {
    var links = document.querySelectorAll("main a.glossary-term[data-definition]");
    if (!links.length) {
      return;
    }
    var moreLabel = document.body.getAttribute("data-glossary-more") || "Glossary";
    for (var i = 0; i < links.length; i++) {
      makeToggletip(links[i], i, moreLabel);
    }
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && openTip) {
        var button = openTip.button;
        closeTip();
        button.focus();
      }
    });
    document.addEventListener("click", function (event) {
      if (openTip && !openTip.button.parentNode.contains(event.target)) {
        closeTip();
      }
    });
  }

  function start() {
    setUpMenu();
    setUpGlossary();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
