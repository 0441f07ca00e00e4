// Convene's few lines of script, loaded after htmx: pages work without them.
// A request page follows its request live: a server-sent events stream says "changed" and
// the live part is fetched again and swapped in place (no reload, focus kept).
"use strict";
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
