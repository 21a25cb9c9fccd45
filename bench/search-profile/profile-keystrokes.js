"use strict";
// Where a search keystroke's processor time goes (issue #19, point 3). Serves a built site on loopback, opens its
// search page in Debian's Chromium with the processor slowed four times (as SearchLatency.cs does), types each query a
// letter at a time into the header's field, and samples the page's JavaScript with the DevTools protocol's profiler
// around every keystroke: the processor time it kept the page busy (samples outside idle) and the functions that took
// most of it (self time, built-in ones such as fetch, json and the garbage collector included).
//
//   node bench/search-profile/profile-keystrokes.js SITE_FOLDER [--script search.js] QUERY...
//
// --script serves another search.js in place of the site's (to compare two versions on one built site). Needs the
// puppeteer-core that tests/.tools installs (docs/testing.md) and Chromium at CHROMIUM_PATH or /usr/bin/chromium.
const fs = require("fs"), http = require("http"), path = require("path");
const puppeteer = require(path.join(__dirname, "../../tests/.tools/node_modules/puppeteer-core"));

const args = process.argv.slice(2);
const site = args.shift();
const script = args[0] === "--script" ? (args.shift(), args.shift()) : null;
const queries = args;
if (!site || !queries.length) {
  console.error("usage: node profile-keystrokes.js SITE_FOLDER [--script search.js] QUERY...");
  process.exit(2);
}

const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml" };
const server = http.createServer((request, response) => {
  let file = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  if (file.endsWith("/")) file += "index.html";
  file = script && /\/search\.[0-9a-f]+\.js$/.test(file) ? script : path.join(site, path.normalize(file));
  fs.readFile(file, (error, bytes) => {
    if (error) {
      response.statusCode = 404;
      response.end();
      return;
    }
    response.setHeader("Content-Type", types[path.extname(file)] || "application/octet-stream");
    response.end(bytes);
  });
});

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Processor time per function from a sampled profile, idle and "(program)" left out.
const busyTime = (profile) => {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byFunction = new Map();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id), name = (frame.functionName || "(anonymous)") + (frame.url ? ":" + (frame.lineNumber + 1) : "");
    if (name === "(idle)" || name === "(program)") return;
    const ms = (profile.timeDeltas[i] || 0) / 1000;
    busy += ms;
    byFunction.set(name, (byFunction.get(name) || 0) + ms);
  });
  return { busy, top: [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 6) };
};

server.listen(0, "127.0.0.1", async () => {
  const address = `http://127.0.0.1:${server.address().port}/`;
  const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", headless: true, args: ["--disable-gpu", "--no-first-run", "--no-sandbox"] });
  const all = [];
  for (const query of queries) {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844 });
    const session = await page.target().createCDPSession();
    await session.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(address + "search/");
    await page.focus(".site-search input");
    await pause(800);
    await session.send("Profiler.enable");
    await session.send("Profiler.setSamplingInterval", { interval: 200 });
    console.log(`"${query}"`);
    for (const letter of query) {
      await session.send("Profiler.start");
      await page.keyboard.type(letter);
      await pause(900);
      const { busy, top } = busyTime((await session.send("Profiler.stop")).profile);
      all.push(busy);
      console.log(`  ${JSON.stringify(letter)} busy ${busy.toFixed(0).padStart(4)} ms: ${top.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(", ")}`);
    }
    const measures = await page.evaluate(() => performance.getEntriesByName("site-search").map((e) => `${JSON.stringify(e.detail.query)} ${e.duration.toFixed(0)} ms ${e.detail.postings} postings`));
    if (measures.length) console.log("  site-search measures: " + measures.join("; "));
    await page.close();
  }
  all.sort((a, b) => a - b);
  console.log(`all ${all.length} keystrokes: busy median ${all[all.length >> 1].toFixed(0)} ms, slowest ${all.at(-1).toFixed(0)} ms, over 100 ms: ${all.filter((b) => b > 100).length}`);
  await browser.close();
  server.close();
});
