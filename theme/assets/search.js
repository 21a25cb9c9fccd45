"use strict";
// Site search. The index is written by the build under /search/ (docs/search.md): a manifest naming the shards, shards
// of words by their first letters (with the heads of the results each word ranks first), and the text of each article
// for the snippets. Nothing is fetched until the field is used, and then only the shards the query's words fall in and
// the text of the results shown.
(() => {
  const header = document.querySelector(".site-search");
  const page = document.querySelector(".search-page");
  if (!header && !page) return;
  const form = header || page, say = form.dataset;
  const root = new URL(form.getAttribute("action"), location.href);
  const base = root.pathname.replace(/search\/$/, "");

  // The same words as the build's SearchText: letters and digits, decomposed, marks dropped, lower case.
  const WORD = /[\p{L}\p{Nd}\p{Mn}\p{Mc}]+/gu;
  // Most words are plain ASCII, which need no decomposing (the slow part of folding a text for its snippet).
  const fold = (w) => (/^[\0-\x7f]*$/.test(w) ? w : w.normalize("NFD").replace(/\p{M}/gu, "")).toLowerCase();
  const scan = function* (text) {
    for (const m of text.matchAll(WORD)) {
      const w = fold(m[0]);
      if (w.length > 1 && w.length <= 40) yield { at: m.index, end: m.index + m[0].length, w };
    }
  };
  const words = (text) => [...scan(text)];

  const files = new Map();
  const get = (path) => {
    if (!files.has(path)) {
      files.set(path, fetch(new URL(path, root)).then((r) => {
        if (!r.ok) throw new Error(path + ": " + r.status);
        return r.json();
      }).catch((e) => { files.delete(path); throw e; }));
    }
    return files.get(path);
  };
  const manifest = () => get("index.json");

  // At most one wrong, missing, extra or swapped letter.
  const near = (a, b) => {
    if (Math.abs(a.length - b.length) > 1 || a === b) return false;
    let i = 0;
    while (a[i] === b[i]) i++;
    if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  };

  // The files a query word needs: the shard its word is in (the longest key it starts with), and, for the words it
  // begins, the shards whose keys begin with it, or, when that is more than a few downloads, the build's summary of
  // them (the best postings of those words together, and the words).
  const filesFor = (m, q) => {
    let own = null;
    const longer = [];
    for (const s of m.shards) {
      if (q.startsWith(s[0]) && (!own || s[0].length > own[0].length)) own = s;
      else if (s[0].startsWith(q)) longer.push(s);
    }
    const summary = longer.length > 4 && (m.prefixes || []).find((p) => p[0] === q);
    return [...(own ? [own] : []), ...(longer.length > 4 ? [] : longer)].map((s) => "s/" + s[1] + ".json").concat(summary ? ["p/" + summary[1] + ".json"] : []);
  };

  // A result is one number, so that scoring and ranking compare numbers, not strings: an article's section is
  // page × 65536 + 65535 − part, a term −1 − page. The larger ranks first among equal scores: newer articles, then an
  // article's earlier sections, then terms in their order.
  const TOP = 65536;
  const keyOf = (kind, page, part) => (kind ? -1 - page : page * TOP + TOP - 1 - part);

  // The words a query word begins score at most this many postings between them, the best-scored first: "th" begins
  // every common word, whose postings together are tens of thousands, but only the best of them can rank.
  const BEGUN = 2000;

  // Each result's score for one query word: the best of the index's words that match it exactly, as a prefix, or
  // (for five letters or more) with one typo. A word whose postings were cut to the best (entry[0] is larger), or
  // whose prefix postings were cut to BEGUN, cannot be required of every result.
  const matchWord = async (m, q) => {
    const shards = await Promise.all(filesFor(m, q).map(get));
    const scores = new Map(), marks = new Set(), begun = [], least = new Array(16).fill(0);
    for (const shard of shards) for (const key in shard._heads) heads.set(+key, shard._heads[key]);
    let complete = true, postings = 0, floor = 0, room = 0;
    const add = (quality, [parts, ...lists]) => {
      let count = 0;
      lists.forEach((list, kind) => {
        for (let i = 0, page = 0; i < list.length; i += 2) {
          page += list[i];
          const s = list[i + 1] & 15;
          if (s < floor && !(s === floor - 1 && room-- > 0)) continue;
          const key = keyOf(kind, page, list[i + 1] >> 4), score = quality * s;
          if (!(scores.get(key) >= score)) scores.set(key, score);
          count++;
        }
      });
      postings += count;
      if (count < parts) complete = false;
    };
    for (const shard of shards) {
      // A prefix summary (its keys are not words: words are letters and digits).
      if (shard._entry) {
        shard._words.forEach((w) => marks.add(w));
        begun.push(shard._entry);
        continue;
      }
      for (const w in shard) {
        if (w === "_heads") continue;
        const quality = w === q ? 1 : w.startsWith(q) ? 0.7 : q.length > 4 && near(q, w) ? 0.5 : 0;
        if (!quality) continue;
        marks.add(w);
        if (quality === 0.7) begun.push(shard[w]);
        else add(quality, shard[w]);
      }
    }
    // The lowest score kept whole (floor) is the lowest at which the begun words' postings still fit in BEGUN; those
    // one lower fill the room left.
    for (const [, ...lists] of begun) for (const list of lists) for (let i = 1; i < list.length; i += 2) least[list[i] & 15]++;
    room = BEGUN;
    floor = 16;
    while (floor > 1 && least[floor - 1] <= room) room -= least[--floor];
    for (const entry of begun) add(0.7, entry);
    return { scores, marks, complete, postings };
  };

  // Each result's head (title, address, article's title) as the shards and summaries give them: the results their
  // words rank first, so a list can be shown before the texts of its snippets arrive.
  const heads = new Map();

  // The words of the last few queries, matched: a keystroke usually leaves all but one word of the query as it was.
  const matches = new Map();
  const match = (m, q) => {
    if (!matches.has(q)) {
      matches.set(q, matchWord(m, q).catch((e) => { matches.delete(q); throw e; }));
      if (matches.size > 20) matches.delete(matches.keys().next().value);
    }
    return matches.get(q);
  };

  // A result's rank is one number: how many of the query's words it has, times WORDS, plus its score (a word adds at
  // most 15, so the count of words always comes first). Ranking then compares numbers, and the results of a query of
  // one word are its word's scores as matched.
  const WORDS = 1e6;

  // Results for a query, as a map of key to rank: every result has each word whose list is whole; words of cut lists
  // add to the score, and when every word's list is cut, the results that have the most of them come first. Each query is a
  // "site-search" measure (User Timing, shown in the browser's performance panel) saying how many postings it scored
  // (the words it matched anew) and how many results it found.
  const search = async (query) => {
    const started = performance.now(), m = await manifest();
    const qs = [...new Set(words(query).map((x) => x.w))];
    if (!qs.length) return { hits: new Map(), marks: new Set(), shown: m.shown };
    const fresh = qs.map((q) => !matches.has(q));
    const matched = await Promise.all(qs.map((q) => match(m, q)));
    const marks = new Set(matched.flatMap((x) => [...x.marks]));
    let hits;
    if (matched.length === 1) {
      // One word (most keystrokes, and a query's first, with its code not yet compiled): its scores are the results'
      // ranks as they are, every result having the one word. Nothing is made per result.
      hits = matched[0].scores;
    } else {
      const required = matched.filter((x) => x.complete);
      // Only the keys of the required word with the fewest results can be results; with none required, any can.
      const candidates = required.length ? [required.reduce((a, b) => (a.scores.size <= b.scores.size ? a : b))] : matched;
      hits = new Map();
      for (const { scores } of candidates) {
        for (const key of scores.keys()) {
          if (hits.has(key) || !required.every((x) => x.scores.has(key))) continue;
          let score = 0, found = 0;
          for (const x of matched) {
            const s = x.scores.get(key);
            if (s !== undefined) { score += s; found++; }
          }
          hits.set(key, found * WORDS + score);
        }
      }
      if (!required.length) {
        let most = 0;
        hits.forEach((rank) => { most = Math.max(most, Math.floor(rank / WORDS)); });
        hits.forEach((rank, key) => { if (rank < most * WORDS) hits.delete(key); });
      }
    }
    const postings = matched.reduce((n, x, i) => n + (fresh[i] ? x.postings : 0), 0);
    performance.measure("site-search", { start: started, detail: { query, postings, results: hits.size } });
    return { hits, marks, shown: m.shown };
  };

  // The keys of the n best results, best first (the higher rank, then the larger key), in one pass and without an
  // object per result: sorting, or even wrapping, every result of a common word would cost more than finding them.
  const best = (hits, n) => {
    const keys = [], ranks = [];
    hits.forEach((rank, key) => {
      const last = keys.length - 1;
      if (keys.length === n && (rank < ranks[last] || (rank === ranks[last] && key < keys[last]))) return;
      let i = Math.min(keys.length, n - 1);
      for (; i > 0 && (rank > ranks[i - 1] || (rank === ranks[i - 1] && key > keys[i - 1])); i--) {
        keys[i] = keys[i - 1];
        ranks[i] = ranks[i - 1];
      }
      keys[i] = key;
      ranks[i] = rank;
    });
    return keys;
  };

  // What a result shows without its snippet, when a shard gave its head.
  const headOf = (key) => {
    const h = heads.get(key);
    return h && { title: h[0], url: h[1], context: key < 0 ? say.glossary : h[2] || "" };
  };

  // A result's head when no shard gave it: for an article's part, from the article's heads file (a few hundred bytes,
  // against tens of kilobytes of text), so a list is not held up by the texts of its snippets.
  const fetchHead = (key) => {
    if (key < 0) return describe(key);
    return get("h/" + Math.floor(key / TOP) + ".json").then((parts) => {
      heads.set(key, parts[TOP - 1 - (key % TOP)]);
      return headOf(key);
    }, () => describe(key));
  };

  // What a result shows: its title, its address and the text the snippet is cut from.
  const describe = async (key) => {
    const m = await manifest();
    if (key < 0) {
      const page = -1 - key;
      const [title, url, text] = (await get("t/" + Math.floor(page / m.termsPerFile) + ".json"))[page % m.termsPerFile];
      return { title, context: say.glossary, url, text };
    }
    const article = await get("a/" + Math.floor(key / TOP) + ".json"), part = TOP - 1 - (key % TOP);
    const [title, url, text] = article.p[part];
    return { title, context: part ? article.t : "", url, text };
  };

  // About twenty words around the first matched word, matched words in <mark>.
  const snippet = (text, marks) => {
    // The text is read only as far as the snippet's end.
    const found = [];
    let first = -1;
    for (const x of scan(text)) {
      if (first < 0 && marks.has(x.w)) first = found.length;
      found.push(x);
      if (first >= 0 && found.length > first + 14) break;
    }
    first = Math.max(0, first);
    const from = found[Math.max(0, first - 6)], to = found[Math.min(found.length - 1, first + 14)];
    const out = document.createDocumentFragment();
    if (!from) return out;
    let at = from.at;
    if (at > 0) out.append("… ");
    for (const x of found) {
      if (x.at < from.at || x.end > to.end || !marks.has(x.w)) continue;
      out.append(text.slice(at, x.at));
      const mark = document.createElement("mark");
      mark.textContent = text.slice(x.at, x.end);
      out.append(mark);
      at = x.end;
    }
    out.append(text.slice(at, to.end));
    if (to.end < text.length) out.append(" …");
    return out;
  };

  const result = (element, d, marks) => {
    element.href = base + d.url.slice(1);
    element.className = "search-result";
    const title = document.createElement("span");
    title.className = "search-result-title";
    title.textContent = d.title;
    element.append(title);
    if (d.context) {
      const context = document.createElement("span");
      context.className = "search-result-context";
      context.textContent = d.context;
      element.append(" ", context);
    }
    const text = document.createElement("span");
    text.className = "search-result-snippet";
    if (d.text !== undefined) text.append(snippet(d.text, marks));
    element.append(" ", text);
    return element;
  };

  // The strings come from the theme's strings file, through the form's data- attributes.
  const counted = (n) => (n ? say.found.replace("{number}", n) : say.none);

  // The header's combobox (ARIA 1.2): the input owns a listbox of links, Arrow keys move the active one, Enter
  // follows it (or, with none active, submits to the search page), Escape closes the list, then clears the field.
  if (header) {
    header.hidden = false;
    const input = header.querySelector("input"), list = header.querySelector("[role=listbox]");
    const status = header.querySelector("[role=status]");
    // The list shown (a new object for each): a result's head or snippet that arrives later goes only into its own list.
    let active = -1, asked = 0, listed = "", current = null;
    const options = () => [...list.children];
    const show = (open) => {
      list.hidden = !open;
      input.setAttribute("aria-expanded", String(open));
      if (!open) activate(-1);
    };
    const activate = (i) => {
      options().forEach((o, j) => o.setAttribute("aria-selected", String(j === i)));
      active = i;
      if (i < 0) input.removeAttribute("aria-activedescendant");
      else {
        input.setAttribute("aria-activedescendant", options()[i].id);
        options()[i].scrollIntoView({ block: "nearest" });
      }
    };
    const run = async () => {
      const query = input.value, ask = ++asked;
      if (!words(query).length) {
        listed = "";
        current = null;
        list.replaceChildren();
        show(false);
        status.textContent = "";
        return;
      }
      try {
        const { hits, marks, shown: showing } = await search(query);
        if (ask !== asked) return;
        // A keystroke that leaves the results as they were (a space, a letter every matched word already had) leaves
        // the list, its active option and the status line alone, so a screen reader does not hear the count again.
        // As many as the shards carry the heads of (the manifest says how many): their titles are known at once.
        const top = best(hits, showing), same = [top, [...marks], hits.size].join("|");
        if (same === listed) {
          show(top.length > 0);
          return;
        }
        // A result's title comes from the heads its shard gave, or else from its article's heads file. The results whose
        // heads are known are shown at once, in their order; the others (a query of several words can rank first a
        // result no word ranks among its first eight) are put in their places as their heads arrive, the active option
        // staying the same, and the snippets follow their texts.
        const first = top.map((key) => (heads.has(key) ? null : fetchHead(key)));
        // The texts are fetched once the heads are in: parsing them would hold up the small heads files behind them.
        const texts = Promise.all(first).then(() => Promise.all(top.map((key) => describe(key))));
        texts.catch(() => {});
        const mine = (current = {}), made = [], shown = [];
        listed = same;
        const option = (d, i) => {
          const o = result(document.createElement("a"), d, marks);
          o.id = "site-search-option-" + i;
          o.setAttribute("role", "option");
          o.setAttribute("aria-selected", "false");
          o.tabIndex = -1;
          shown[i] = d;
          return (made[i] = o);
        };
        list.replaceChildren(...top.flatMap((key, i) => (first[i] ? [] : [option(headOf(key), i)])));
        show(list.children.length > 0);
        status.textContent = counted(hits.size);
        await Promise.all(first.map(async (later, i) => {
          if (!later) return;
          const d = await later;
          if (current !== mine) return;
          const o = option(d, i);
          list.insertBefore(o, made.slice(i + 1).find(Boolean) || null);
          if (active >= 0 && options().indexOf(o) <= active) active++;
          // The first option opens the list, unless the reader has left the field meanwhile; a list the reader closed
          // stays closed.
          if (list.children.length === 1 && document.activeElement === input) show(true);
        }));
        // Into these options while they are the list (a keystroke that leaves the results as they were keeps them).
        (await texts.catch(() => [])).forEach((d, i) => current === mine && shown[i].text === undefined && made[i].lastChild.append(snippet(d.text, marks)));
      } catch {
        if (ask === asked) {
          listed = "";
          current = null;
          status.textContent = say.unavailable;
        }
      }
    };
    input.addEventListener("focus", () => manifest().catch(() => {}));
    input.addEventListener("input", run);
    input.addEventListener("keydown", (e) => {
      const n = options().length;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        if (!n) return;
        e.preventDefault();
        if (list.hidden) show(true);
        activate(e.key === "ArrowDown" ? (active + 1) % n : (active < 1 ? n : active) - 1);
      } else if (e.key === "Enter" && active >= 0 && !list.hidden) {
        e.preventDefault();
        options()[active].click();
      } else if (e.key === "Escape") {
        e.preventDefault();
        if (!list.hidden) show(false);
        else {
          input.value = "";
          run();
        }
      }
    });
    header.addEventListener("focusout", (e) => { if (!header.contains(e.relatedTarget)) show(false); });
    input.addEventListener("click", () => { if (list.children.length) show(true); });
  }

  // The search page: the query comes from the address (?q=), so a search can be shared; typing keeps the address
  // up to date. Twenty results at a time, the next twenty on request.
  if (page) {
    page.hidden = false;
    document.querySelector(".search-needs-script").hidden = true;
    const input = page.querySelector("input"), list = document.querySelector(".search-page-results");
    const status = document.querySelector(".search-page-status");
    let asked = 0;
    const more = document.createElement("button");
    more.type = "button";
    more.className = "search-page-more";
    more.textContent = page.dataset.more;
    more.hidden = true;
    list.after(more);
    // The results not shown yet (a copy: the results of one word are its matched scores, kept for the next query).
    let pending = new Map(), marks = new Set();
    const next = async (ask) => {
      const batch = best(pending, 20);
      batch.forEach((key) => pending.delete(key));
      const shown = await Promise.all(batch.map((key) => describe(key)));
      if (ask !== asked) return;
      list.append(...shown.map((d) => {
        const item = document.createElement("li");
        item.append(result(document.createElement("a"), d, marks));
        return item;
      }));
      more.hidden = !pending.size;
    };
    const run = async () => {
      const query = input.value.trim(), ask = ++asked;
      history.replaceState(null, "", query ? "?q=" + encodeURIComponent(query) : location.pathname);
      list.replaceChildren();
      more.hidden = true;
      if (!words(query).length) {
        status.textContent = "";
        return;
      }
      try {
        const found = await search(query);
        if (ask !== asked) return;
        pending = new Map(found.hits);
        marks = found.marks;
        status.textContent = counted(found.hits.size);
        await next(ask);
      } catch {
        if (ask === asked) status.textContent = say.unavailable;
      }
    };
    more.addEventListener("click", () => next(asked));
    page.addEventListener("submit", (e) => { e.preventDefault(); run(); });
    input.addEventListener("input", run);
    input.addEventListener("focus", () => manifest().catch(() => {}));
    input.value = new URLSearchParams(location.search).get("q") || "";
    if (input.value) run();
  }
})();
