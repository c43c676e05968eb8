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
    // The open menu lies over the page: it closes when focus or a tap leaves it, so it
    // never hides what the keyboard reaches next, and Escape closes it from anywhere.
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.open) {
        closeMenu(menu, menu.contains(document.activeElement));
      }
    });
    menu.addEventListener("focusout", function (event) {
      if (event.relatedTarget && !menu.contains(event.relatedTarget)) {
        closeMenu(menu, false);
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
    openTip.bubble.textContent = "";
    openTip = null;
  }

  function openDefinition(term, bubble, moreLabel) {
    var wasOpen = openTip && openTip.term === term;
    closeTip();
    if (wasOpen) {
      return;
    }
    term.setAttribute("aria-expanded", "true");
    openTip = { term: term, bubble: bubble };
    // The status box is on the page from the start, empty (and so not shown): filling
    // it is what screen readers announce.
    var text = document.createElement("span");
    text.textContent = term.getAttribute("data-definition") + " ";
    var more = document.createElement("a");
    more.href = term.getAttribute("href");
    more.textContent = moreLabel;
    bubble.appendChild(text);
    bubble.appendChild(more);
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
      // A click with a modifier (a new tab or window) follows the link, as links do.
      if (event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
        return;
      }
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
    // Escape closes the definition when focus is on its term or in it; elsewhere on the
    // page Escape leaves focus where it is.
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !openTip) {
        return;
      }
      var focused = document.activeElement;
      if (openTip.term.contains(focused) || openTip.bubble.contains(focused)) {
        var term = openTip.term;
        closeTip();
        term.focus();
      }
    });
    document.addEventListener("click", function (event) {
      if (openTip && !openTip.term.contains(event.target) && !openTip.bubble.contains(event.target)) {
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
