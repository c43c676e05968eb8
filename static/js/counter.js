// The request form's question: how many characters are used, as one types.
// Without JavaScript the limit is stated in the text and enforced by the server.
(function () {
  document.querySelectorAll("textarea[data-counter]").forEach(function (area) {
    var counter = document.getElementById(area.dataset.counter);
    if (!counter) return;
    var max = parseInt(counter.dataset.max, 10);
    var format = counter.dataset.format;
    var timer = null;
    function update() {
      var used = area.value.length;
      counter.textContent = format.replace("{used}", used).replace("{max}", max);
      counter.classList.toggle("counter-over", used > max);
    }
    area.addEventListener("input", function () {
      // Announced at a pause, not at every key (the counter is a polite live region).
      clearTimeout(timer);
      timer = setTimeout(update, 400);
    });
    update();
  });
})();
