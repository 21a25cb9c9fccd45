"use strict";
// Progressive enhancement: without it, CSS still shows definitions on hover and focus,
// and term links go to their glossary pages.
(() => {
  // A link to another story is given the same pop-up as a term: the story's title, date and first sentences, fetched
  // from the preview.json beside its page the first time the link is opened (and not at all if it never is).
  for (const a of document.querySelectorAll("a.story-link")) {
    const host = document.createElement("span");
    host.className = "term story";
    a.replaceWith(host);
    host.append(a);
  }
  const previews = new Map();
  let previewCount = 0;
  const preview = (term) => {
    const a = term.querySelector(".story-link");
    if (!a || term.querySelector(".term-popup")) return;
    const file = new URL("preview.json", a.href).href;
    if (!previews.has(file)) previews.set(file, fetch(file).then((r) => (r.ok ? r.json() : null)).catch(() => null));
    previews.get(file).then((story) => {
      const section = story && story.sections[decodeURIComponent(a.hash.slice(1))];
      if (!story || term.querySelector(".term-popup")) return;
      const popup = document.createElement("span"), tip = document.createElement("span");
      const line = (cls, text) => { const s = document.createElement("span"); s.className = cls; s.textContent = text; tip.append(s); };
      popup.className = "term-popup";
      tip.className = "term-tip";
      tip.setAttribute("role", "tooltip");
      tip.id = "story-preview-" + ++previewCount;
      if (story.lang !== document.documentElement.lang) tip.lang = story.lang;
      line("preview-title", section ? story.title + ": " + section.title : story.title);
      line("preview-date", story.date);
      tip.append(section ? section.lead : story.lead);
      popup.append(tip);
      term.append(popup);
      a.setAttribute("aria-describedby", tip.id);
      if (shown(term)) place(term);
    });
  };

  const terms = [...document.querySelectorAll(".term")];
  const OPEN = "term--open", DISMISSED = "term--dismissed";
  const shown = (t) => t.matches(":hover, :focus-within, ." + OPEN) && !t.classList.contains(DISMISSED);

  // Keep an open pop-up in the viewport: shifted sideways (--tip-shift), and above its term (term--above, lifted by
  // --tip-lift) when the window has no room for it below and more above. Custom properties set through the CSSOM, which
  // the Content-Security-Policy allows (no style attribute is written). Done before the pop-up is first painted, so it
  // never moves once shown.
  const ABOVE = "term--above";
  const place = (term) => requestAnimationFrame(() => {
    const tip = term.querySelector(".term-popup");
    const link = term.querySelector(":scope > a");
    if (!tip || !link) return;
    term.classList.remove(ABOVE);
    tip.style.setProperty("--tip-shift", "0px");
    tip.style.setProperty("--tip-lift", "0px");
    const r = tip.getBoundingClientRect();
    if (!r.width) return;
    const edge = 8, max = document.documentElement.clientWidth - edge;
    let shift = r.right > max ? max - r.right : 0;
    if (r.left + shift < edge) shift = edge - r.left;
    if (shift) tip.style.setProperty("--tip-shift", Math.round(shift) + "px");
    // The entry animation may still be sliding the pop-up in: measure where it comes to rest.
    const slide = parseFloat(getComputedStyle(tip).translate.split(" ")[1]) || 0;
    const lines = link.getClientRects();
    const first = lines[0], last = lines[lines.length - 1];
    const bottom = r.bottom - slide, gap = r.top - slide - last.bottom;
    if (bottom > innerHeight - edge && first.top > innerHeight - last.bottom) {
      // Its foot a gap above the term's first line, as its head is a gap below the last.
      tip.style.setProperty("--tip-lift", Math.round(bottom - (first.top - gap)) + "px");
      term.classList.add(ABOVE);
    }
  });

  // One definition at a time: opening one dismisses any other that is showing.
  const open = (term) => {
    term.classList.remove(DISMISSED);
    preview(term);
    for (const t of terms) {
      if (t !== term && (shown(t) || t.classList.contains(OPEN))) {
        t.classList.remove(OPEN);
        t.classList.add(DISMISSED);
      }
    }
    place(term);
  };
  // A dismissal lasts until the term is neither hovered nor focused.
  const settle = (term) => {
    if (!term.matches(":hover, :focus-within")) term.classList.remove(DISMISSED);
  };

  for (const term of terms) {
    term.addEventListener("pointerenter", (e) => { if (e.pointerType !== "touch") open(term); });
    term.addEventListener("focusin", () => open(term));
    term.addEventListener("pointerleave", () => setTimeout(() => settle(term)));
    term.addEventListener("focusout", () => setTimeout(() => settle(term)));
    const link = term.querySelector(".term-link, .story-link");
    if (!link) continue;
    // First tap shows the definition; a second tap on the same link follows it. Decided on the click itself (a
    // PointerEvent that knows it came from a touch), so no state is carried between events that may arrive late.
    link.addEventListener("click", (e) => {
      if (e.pointerType !== "touch" || term.classList.contains(OPEN)) return;
      e.preventDefault();
      term.classList.add(OPEN);
      open(term);
    });
  }

  // A tap or click anywhere else closes a tapped-open definition.
  document.addEventListener("pointerdown", (e) => {
    for (const t of terms) if (!t.contains(e.target)) t.classList.remove(OPEN);
  });

  // Escape hides the definition without moving focus or the pointer.
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    for (const t of terms) {
      if (shown(t)) { t.classList.remove(OPEN); t.classList.add(DISMISSED); }
    }
  });

  // Sidenotes: beside their paragraph on wide screens; on narrow ones folded under it, each opened by its button.
  const wide = matchMedia("(min-width: 80em)");
  const notes = [...document.querySelectorAll(".sidenote")];
  const expand = (note, open) => {
    const button = note.querySelector(".sidenote-toggle");
    button.setAttribute("aria-expanded", String(open));
    note.querySelector(".sidenote-text").hidden = !open;
  };
  const fold = () => notes.forEach((note) => {
    note.querySelector(".sidenote-toggle").hidden = wide.matches;
    expand(note, wide.matches || location.hash === "#" + note.id);
  });
  for (const note of notes) {
    const button = note.querySelector(".sidenote-toggle");
    button.addEventListener("click", () => expand(note, button.getAttribute("aria-expanded") !== "true"));
  }
  // Following a note's number in the text opens the note.
  addEventListener("hashchange", () => {
    const note = document.getElementById(location.hash.slice(1));
    if (note && note.classList.contains("sidenote")) expand(note, true);
  });
  wide.addEventListener("change", fold);
  fold();

  // Table of contents: a column that is always open on wide screens, folded on phones until the reader opens it.
  const toc = document.querySelector(".toc-details");
  const column = matchMedia("(min-width: 68.75em)");
  // "laid-out" lifts site.css's stand-in fold (see .toc-details there) once the real one is in place.
  const layOutContents = () => { if (toc) { toc.open = column.matches; toc.classList.add("laid-out"); } };
  column.addEventListener("change", layOutContents);
  layOutContents();

  // Table of contents: mark the section being read.
  const links = [...document.querySelectorAll('.toc a[href^="#"]')];
  const sections = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
  if (!("IntersectionObserver" in window) || !links.length || sections.includes(null)) return;
  let current = -1;
  const mark = (i) => {
    if (i === current) return;
    current = i;
    links.forEach((a, j) => (j === i ? a.setAttribute("aria-current", "location") : a.removeAttribute("aria-current")));
  };
  // A thin band a fifth of the way down the viewport: the section crossing it is current.
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) {
      const i = sections.indexOf(e.target);
      if (e.isIntersecting) mark(i);
      else if (i === current && e.boundingClientRect.top > innerHeight / 5) mark(i - 1); // scrolled back up
    }
  }, { rootMargin: "-20% 0px -75% 0px" });
  sections.forEach((s) => io.observe(s));
})();
