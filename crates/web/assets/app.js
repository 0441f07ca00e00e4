// Convene's few lines of script, loaded after htmx: pages work without them.
// A request page follows its request live: a server-sent events stream says "changed" and
// the live part is fetched again and swapped in place (no reload, focus kept).
"use strict";
// With the scripts running, what only a page without them needs is hidden (the free rooms
// follow the form by themselves, so the button that reloads for them is not shown).
document.documentElement.classList.add("scripted");
document.addEventListener("DOMContentLoaded", function () {
  var holder = document.querySelector("[data-live-events]");
  if (!holder || !window.EventSource || !window.htmx) {
    return;
  }
  var source = new EventSource(holder.getAttribute("data-live-events"));
  source.addEventListener("open", function () {
    document.documentElement.setAttribute("data-live", "connected");
  });
  source.addEventListener("changed", function () {
    window.htmx.ajax("GET", holder.getAttribute("data-live-url"), {
      target: "#live",
      swap: "outerHTML",
    });
  });
  window.addEventListener("pagehide", function () {
    source.close();
  });
});
// A service added from the catalogue (htmx): the server says "line-added" on the form that
// added it, which is emptied for the next one. A refused quantity is kept to be corrected.
document.addEventListener("line-added", function (event) {
  var form = event.target && event.target.closest ? event.target.closest("form") : null;
  if (form) {
    form.reset();
  }
});
// A print button (run sheets, guest lists) prints the page; without scripts it is hidden and
// the browser's own Print does the same.
document.addEventListener("click", function (event) {
  var button = event.target && event.target.closest ? event.target.closest("[data-print]") : null;
  if (button) {
    window.print();
  }
});
