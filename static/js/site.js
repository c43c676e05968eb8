// A little help where JavaScript runs; every page works without it.
// - The phone menu (a <details> in the header) closes with Escape or a tap outside it.
// - Links to the glossary become toggletips: the term's definition opens under its
//   paragraph, with a link to the glossary; without JavaScript the link leads there.
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
    openTip.term.setAttribute("aria-expanded", "false");
    openTip.bubble.hidden = true;
    openTip.bubble.textContent = "";
    openTip = null;
  }

  function openDefinition(term, bubble, moreLabel) {
    var wasOpen = openTip && openTip.term === term;
    closeTip();
    if (wasOpen) {
      return;
    }
    bubble.hidden = false;
    term.setAttribute("aria-expanded", "true");
    openTip = { term: term, bubble: bubble };
    // Filled once shown, so that screen readers announce the definition.
    window.setTimeout(function () {
      var name = document.createElement("strong");
      name.textContent = term.textContent;
      var text = document.createElement("span");
      text.textContent = " " + term.getAttribute("data-definition") + " ";
      var more = document.createElement("a");
      more.href = term.getAttribute("href");
      more.textContent = moreLabel;
      bubble.appendChild(name);
      bubble.appendChild(text);
      bubble.appendChild(more);
    }, 50);
  }

  // The term stays a link in the text (it wraps like the words around it and keeps its
  // particle); it acts as a button that opens the definition under its paragraph, so
  // the sentence is never cut in two.
  function makeToggletip(term, index, moreLabel) {
    var block = term.closest("p, li, dd, td, blockquote") || term.parentNode;
    // One place per paragraph for its definitions (one is open at a time): after a
    // paragraph, or at the end of a list item, definition or cell (a list holds only
    // its items).
    var inside = /^(LI|DD|TD)$/.test(block.tagName);
    var bubble = inside ? block.lastElementChild : block.nextElementSibling;
    if (!bubble || !bubble.classList.contains("toggletip-bubble")) {
      bubble = document.createElement("div");
      bubble.className = "toggletip-bubble";
      bubble.id = "toggletip-" + index;
      bubble.setAttribute("role", "status");
      bubble.hidden = true;
      if (inside) {
        block.appendChild(bubble);
      } else {
        block.insertAdjacentElement("afterend", bubble);
      }
    }
    term.setAttribute("role", "button");
    term.setAttribute("aria-expanded", "false");
    term.setAttribute("aria-controls", bubble.id);
    term.addEventListener("click", function (event) {
      event.preventDefault();
      openDefinition(term, bubble, moreLabel);
    });
    term.addEventListener("keydown", function (event) {
      if (event.key === " ") {
        event.preventDefault();
        openDefinition(term, bubble, moreLabel);
      }
    });
  }

  function setUpGlossary() {
    var terms = document.querySelectorAll("main a.glossary-term[data-definition]");
    if (!terms.length) {
      return;
    }
    var moreLabel = document.body.getAttribute("data-glossary-more") || "Glossary";
    for (var i = 0; i < terms.length; i++) {
      makeToggletip(terms[i], i, moreLabel);
    }
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && openTip) {
        var term = openTip.term;
        closeTip();
        term.focus();
      }
    });
    document.addEventListener("click", function (event) {
      if (openTip && event.target !== openTip.term && !openTip.bubble.contains(event.target)) {
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
