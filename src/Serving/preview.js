"use strict";
// Preview only (never published): reloads the page after each rebuild, keeping the scroll position,
// swaps stylesheets in place when only CSS changed, and shows build errors over the page.
(() => {
  const key = "preview-scroll:" + location.pathname;
  const saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    addEventListener("load", () => scrollTo(0, Number(saved)));
  }

  const overlay = document.createElement("div");
  overlay.id = "preview-errors";
  overlay.setAttribute("role", "alert");
  const show = (messages) => {
    overlay.replaceChildren();
    if (!messages.length) { overlay.remove(); return; }
    const title = document.createElement("h2");
    title.textContent = "The last edit did not build — the page shows the last good version";
    const text = document.createElement("pre");
    text.textContent = messages.join("\n");
    overlay.append(title, text);
    document.body.append(overlay);
  };

  const events = new EventSource("/_preview/events");
  events.addEventListener("reload", () => {
    sessionStorage.setItem(key, String(scrollY));
    location.reload();
  });
  events.addEventListener("css", (event) => {
    const renamed = JSON.parse(event.data);
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      const next = renamed[new URL(link.href).pathname];
      if (next) link.href = next;
    }
    show([]);
  });
  events.addEventListener("errors", (event) => show(JSON.parse(event.data)));
  fetch("/_preview/status").then((r) => r.json()).then(show, () => {});
})();
