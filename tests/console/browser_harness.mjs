// What every console browser test needs: its arguments, a real patrolbook-server with
// the demo estate on a free loopback port, Debian's Chromium through playwright-core
// (from server/console's lock file; never a downloaded browser), and the helpers that
// wait and take checked screenshots.

import { spawn, execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const require = createRequire(path.join(path.resolve(args.console), "package.json"));
const { chromium } = require("playwright-core");

export const step = (what) => console.log(`-- ${what}`);

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

// Starts the server and the browser, runs `body({ url, page, problems, context })`,
// and stops both whatever happens. `acceptDownloads`: the test saves downloads.
export async function withConsole(body, { acceptDownloads = false } = {}) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "pb-console-"));
  const dataDir = path.join(tmp, "data");
  mkdirSync(args.screenshots, { recursive: true });
  execFileSync(args.server, ["init", "--data-dir", dataDir, "--demo"], { stdio: "ignore" });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(args.server, ["serve", "--data-dir", dataDir, "--listen", `127.0.0.1:${port}`], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  let context;
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${url}/healthz`)).ok) break;
      } catch {
        // not listening yet
      }
      if (i > 100) throw new Error("the server did not start");
      await new Promise((r) => setTimeout(r, 100));
    }
    context = await chromium.launchPersistentContext(path.join(tmp, "chromium-profile"), {
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=zh-CN",
      ],
      viewport: { width: 1280, height: 800 },
      locale: "zh-CN",
      timezoneId: "America/New_York", // not the property's: times must still be Shanghai's
      acceptDownloads,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const problems = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(String(e)));
    await body({ url, page, problems, context });
  } finally {
    await context?.close().catch(() => {});
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    rmSync(tmp, { recursive: true, force: true });
  }
}

// page.waitForFunction evaluates its predicate from a string inside the page, which the
// console's Content-Security-Policy (rightly) forbids: poll with page.evaluate instead.
export async function until(page, predicate, what, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  while (!(await page.evaluate(predicate))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// A screenshot, taken once the screen shows `mustShow` (visible text only).
export async function shot(page, name, mustShow, fullPage = false) {
  await page.locator(`:text("${mustShow}"):visible`).first().waitFor();
  const file = path.join(args.screenshots, name);
  await page.screenshot({ path: file, fullPage });
  console.log(`   saved ${file}`);
}

// A device's side of the sync API: signs in as `username` from `deviceId`.
export async function device(url, username, deviceId) {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    body: JSON.stringify({ username, password: "demo", device_id: deviceId }),
  }).then((r) => r.json());
  const headers = { Authorization: `Bearer ${login.token}`, "Content-Type": "application/json" };
  return {
    user: login.user,
    push: async (changes) => {
      const answer = await fetch(`${url}/api/v1/sync/push`, {
        method: "POST",
        headers,
        body: JSON.stringify({ device_id: deviceId, changes }),
      }).then((r) => r.json());
      return answer.results;
    },
  };
}
