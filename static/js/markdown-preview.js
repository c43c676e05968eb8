// Live preview of Markdown fields in the admin. Without JavaScript the preview
// shows the saved text; with it, the preview follows the editor's typing.
// The server renders and sanitizes the HTML (content/markup.py).
(function () {
  "use strict";

  function csrfToken(element) {
    var form = element.closest("form");
    var input = form && form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function attach(preview) {
    var textarea = document.getElementById(preview.dataset.previewFor);
    if (!textarea) {
      return;
    }
    var timer = null;
    var latest = 0;
    textarea.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var request = ++latest;
        var body = new URLSearchParams();
        body.set("text", textarea.value);
        fetch(preview.dataset.previewUrl, {
          method: "POST",
          credentials: "same-origin",
          headers: { "X-CSRFToken": csrfToken(textarea) },
          body: body,
        })
          .then(function (response) {
            if (response.ok) {
              return response.text();
            }
            if (response.status === 413 || response.status === 429) {
              // The server says why (too long to preview, too many previews): show it as text.
              return response.text().then(function (message) {
                if (request === latest) {
                  preview.textContent = message;
                }
                return Promise.reject(response.status);
              });
            }
            return Promise.reject(response.status);
          })
          .then(function (html) {
            if (request === latest) {
              preview.innerHTML = html;
            }
          })
          .catch(function () {
            /* Keep the last preview; saving still works. */
          });
      }, 400);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".markdown-preview[data-preview-url]").forEach(attach);
  });
})();
