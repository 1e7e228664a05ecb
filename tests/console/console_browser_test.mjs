// The office console in real Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core from server/console's lock file; never a downloaded browser) against
// a real patrolbook-server with the demo estate on a free loopback port: sign in as the
// front desk, see the records, filter to failed patrols, open one with a photo and see
// the full image, switch to English, sign out. Screenshots at 1280x800 and 1920x1080,
// in Chinese and English, are saved and checked to show the screen they are named for.
//
// node console_browser_test.mjs --server <patrolbook-server> --console <server/console> --screenshots <dir>

import assert from "node:assert/strict";
import { shot, step, until, withConsole } from "./browser_harness.mjs";

// A manager's tablet adds a photo to a failed line of a finished patrol (as the app
// would: the bytes first, then the record naming them). Returns the patrol.
async function failedPatrolWithAPhoto(url, jpeg) {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    body: JSON.stringify({ username: "manager", password: "demo", device_id: "browser-test" }),
  }).then((r) => r.json());
  const auth = { Authorization: `Bearer ${login.token}` };
  const consoleLogin = await fetch(`${url}/api/v1/console/login`, {
    method: "POST",
    headers: { "X-Patrolbook-Console": "1" },
    body: JSON.stringify({ username: "manager", password: "demo", device_id: "console" }),
  });
  const cookie = consoleLogin.headers.get("set-cookie").split(";")[0];
  const page = await fetch(`${url}/api/v1/console/records?kind=inspection&failed=1&limit=1`, {
    headers: { Cookie: cookie },
  }).then((r) => r.json());
  const patrol = page.records[0];
  const detail = await fetch(`${url}/api/v1/console/records/inspection/${patrol.id}`, {
    headers: { Cookie: cookie },
  }).then((r) => r.json());
  const line = detail.lines.find((l) => l.fields.result === "fail");
  const sha = (await import("node:crypto")).createHash("sha256").update(jpeg).digest("hex");
  const put = await fetch(`${url}/api/v1/photos/${sha}`, {
    method: "PUT",
    headers: { ...auth, "Content-Type": "image/jpeg", "Content-Range": `bytes 0-${jpeg.length - 1}/${jpeg.length}` },
    body: jpeg,
  });
  assert.equal(put.status, 201);
  const change = (entity, fields) => ({
    change_id: crypto.randomUUID(),
    entity,
    id: crypto.randomUUID(),
    base_version: 0,
    fields,
  });
  const push = await fetch(`${url}/api/v1/sync/push`, {
    method: "POST",
    headers: { ...auth, "Content-Type": "application/json" },
    body: JSON.stringify({
      device_id: "browser-test",
      changes: [
        change("photo", {
          sha256: sha,
          size_bytes: jpeg.length,
          mime_type: "image/jpeg",
          width: 800,
          height: 600,
          taken_at: patrol.fields.started_at,
          record_entity: "inspection_item",
          record_id: line.id,
        }),
      ],
    }),
  }).then((r) => r.json());
  assert.equal(push.results[0].status, "applied", JSON.stringify(push));
  return patrol;
}

// A photo-like JPEG made by the browser's own encoder.
async function makeJpeg(page) {
  const b64 = await page.evaluate(() => {
    const c = document.createElement("canvas");
    c.width = 800;
    c.height = 600;
    const g = c.getContext("2d");
    const sky = g.createLinearGradient(0, 0, 0, 600);
    sky.addColorStop(0, "#8fb8de");
    sky.addColorStop(1, "#e9e4d8");
    g.fillStyle = sky;
    g.fillRect(0, 0, 800, 600);
    g.fillStyle = "#7a6f62";
    g.fillRect(0, 380, 800, 220);
    g.fillStyle = "#3d3a36";
    for (let i = 0; i < 40; i++) g.fillRect(90 + i * 13, 430 + ((i * 37) % 50), 6, 4);
    g.fillStyle = "#222";
    g.font = "40px sans-serif";
    g.fillText("B1 car park / 地面有烟头", 40, 80);
    return c.toDataURL("image/jpeg", 0.85).split(",")[1];
  });
  return Buffer.from(b64, "base64");
}

await withConsole(async ({ url, page, problems, context }) => {
  step("sign-in page, in Chinese by default");
  await page.goto(`${url}/console/`);
  await page.locator("form.signin").waitFor();
  assert.equal(await page.locator("h1").textContent(), "登录");
  await shot(page, "console-signin-zh-1280x800.png", "登录");
  const patrol = await failedPatrolWithAPhoto(url, await makeJpeg(page));

  step("a wrong password says so");
  await page.fill("input[name=username]", "office");
  await page.fill("input[name=password]", "nope");
  await page.click("button[type=submit]");
  await page.getByText("用户名或密码错误").waitFor();

  step("sign in as office / demo and see the records");
  await page.fill("input[name=password]", "demo");
  await page.click("button[type=submit]");
  const rows = page.locator("table.records tbody tr");
  await rows.first().waitFor();
  assert.equal(await rows.count(), 50, "a first page of 50");
  assert.ok(await page.locator("[data-test=load-more]").isVisible(), "more pages to load");
  const cookies = await context.cookies(url);
  const session = cookies.find((c) => c.name === "patrolbook_session");
  assert.ok(session.httpOnly && session.sameSite === "Strict", "an HttpOnly SameSite=Strict session cookie");
  assert.equal(await page.evaluate(() => document.cookie), "", "scripts cannot read the session");
  // Newest first: the return visits the server's rules planned for the coming days lead.
  await shot(page, "console-records-zh-1280x800.png", "业主回访");
  await page.click("[data-test=load-more]");
  await until(page, () => document.querySelectorAll("table.records tbody tr").length > 50, "the second page");

  step("search (two Chinese characters) within a building, against the API");
  const building = await page.locator("select[name=building] option").nth(1).getAttribute("value");
  await page.selectOption("select[name=building]", building);
  await page.fill("input[name=q]", "大堂");
  await page.press("input[name=q]", "Enter");
  const expected = await page.evaluate(
    (b) =>
      fetch(`/api/v1/console/records?building=${b}&q=${encodeURIComponent("大堂")}&limit=50`)
        .then((r) => r.json())
        .then((j) => j.records.map((r) => r.id).join(",")),
    building,
  );
  assert.ok(expected.length > 0, "the demo estate has lobby records in that building");
  // Polled here, not by waitForFunction: its polling evaluates strings, which the CSP refuses.
  const shownIds = () =>
    page.evaluate(() => [...document.querySelectorAll("table.records tbody tr")].map((tr) => tr.dataset.id).join(","));
  for (const end = Date.now() + 15_000; (await shownIds()) !== expected; ) {
    if (Date.now() > end) throw new Error("timed out waiting for the searched rows");
    await new Promise((r) => setTimeout(r, 100));
  }
  await shot(page, "console-records-search-zh-1280x800.png", "大堂");
  await page.click("form.filters button");

  step("filter: patrols with failed lines");
  await page.selectOption("select[name=kind]", "inspection");
  await page.check("input[name=failed]");
  await until(
    page,
    () => {
      const r = [...document.querySelectorAll("table.records tbody tr")];
      return r.length > 0 && r.every((tr) => tr.dataset.entity === "inspection" && tr.lastElementChild.textContent !== "");
    },
    "failed patrols only",
  );
  const filtered = await rows.count();
  assert.ok(filtered > 0 && filtered < 50, `failed patrols only (${filtered})`);
  await shot(page, "console-records-failed-zh-1280x800.png", "不合格");

  step("open the patrol with the photo; its time on the property's clock");
  await page.click(`tr[data-id="${patrol.id}"]`);
  await page.locator("[data-test=detail]").waitFor();
  await page.locator("table.lines").waitFor();
  const thumb = page.locator("img[data-test=thumb]").first();
  await thumb.scrollIntoViewIfNeeded();
  await until(
    page,
    () => {
      const img = document.querySelector("img[data-test=thumb]");
      return img && img.complete && img.naturalWidth === 320 && img.src.endsWith("?size=thumb");
    },
    "the server's 320 px thumbnail",
  );
  const shanghai = patrol.fields.started_at.slice(0, 16).replace("T", " ");
  assert.ok((await page.locator(".facts").textContent()).includes(shanghai), `shows ${shanghai} (UTC+8)`);
  assert.match(await page.locator("[data-test=gps]").textContent(), /精度 \d+ m/);
  await page.evaluate(() => scrollTo(0, 0));
  await shot(page, "console-detail-zh-1280x800.png", "检查项");
  await thumb.click();
  await page.locator("[data-test=lightbox] img").waitFor();
  await until(page, () => document.querySelector("[data-test=lightbox] img").naturalWidth === 800, "the full photo");
  await shot(page, "console-photo-zh-1280x800.png", "关闭");
  await page.locator("[data-test=lightbox] button").click();

  step("review: has issues needs a comment, then approve; each act is kept");
  await page.locator("[data-test=review-panel]").scrollIntoViewIfNeeded();
  assert.equal(await page.locator("[data-test=review-state]").textContent(), "待审核");
  assert.ok(await page.locator("[data-test=has-issues]").isDisabled(), "has issues waits for a comment");
  await page.fill("textarea[name=comment]", "大堂照片模糊，请补拍");
  await page.click("[data-test=has-issues]");
  await until(page, () => document.querySelector("[data-test=review-state]").textContent === "需修改", "has issues");
  await page.click("[data-test=approve]");
  await until(page, () => document.querySelector("[data-test=review-state]").textContent === "已通过", "approved");
  const history = await page.locator("[data-test=review-history] li").allTextContents();
  assert.equal(history.length, 2);
  assert.ok(history[0].includes("大堂照片模糊，请补拍") && history[0].includes("需修改"), history[0]);
  await shot(page, "console-review-zh-1280x800.png", "大堂照片模糊，请补拍");

  step("switch to English at 1920x1080");
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.selectOption("[data-test=language]", "en");
  await page.getByText("Checklist lines").waitFor();
  // The page's lang is set by an effect after the words render: wait for it, not race it.
  await until(page, () => document.documentElement.lang === "en", "the page's language");
  await shot(page, "console-detail-en-1920x1080.png", "Checklist lines");
  await page.click("[data-test=back]");
  await rows.first().waitFor();
  await shot(page, "console-records-en-1920x1080.png", "Area patrol");

  step("approve every failed patrol shown that awaits review, at once");
  const awaiting = await page.locator("[data-test=review]", { hasText: "Awaiting review" }).count();
  assert.ok(awaiting > 0, "some await review");
  await page.click("[data-test=approve-shown]");
  await page.locator("[data-test=bulk-notice]").waitFor();
  assert.match(await page.locator("[data-test=bulk-notice]").textContent(), new RegExp(`^${awaiting} approved`));
  const left = await page.evaluate(() =>
    fetch("/api/v1/console/records?kind=inspection&failed=1&review=received").then((r) => r.json()),
  );
  assert.equal(left.records.length, 0, "none of them awaits review any more");
  await shot(page, "console-approved-en-1920x1080.png", "approved");
  await page.selectOption("[data-test=language]", "zh");
  await shot(page, "console-records-zh-1920x1080.png", "日常巡视");
  await page.selectOption("[data-test=language]", "en");

  step("statistics: the top bar's link, a month of the demo estate's visits");
  await page.click("[data-test=nav-stats]");
  await page.locator("[data-test=visits-done]").waitFor();
  // The month of the latest done visit (the demo estate's records lie in the days
  // before it was made), on the property's calendar whatever the browser's zone.
  const latest = await page.evaluate(() =>
    fetch("/api/v1/console/records?kind=owner_visit&status=done&limit=1").then((r) => r.json()),
  );
  const visit = latest.records[0];
  const visitDay = visit.fields.visited_at.slice(0, 10); // stored at the property's offset
  await page.fill("input[name=day]", visitDay);
  await page.locator("input[name=day]").blur();
  await until(page, () => location.hash.includes("period=month"), "the period in the address");
  const monthStart = `${visitDay.slice(0, 7)}-01`;
  await page.locator("[data-test=period]", { hasText: `${monthStart} –` }).waitFor();
  // The numbers shown are the server's for that month (the page asks for the
  // property's midnights), and the visit is among them.
  const [y, m] = visitDay.split("-").map(Number);
  const to = `${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, "0")}-01`;
  const stats = await page.evaluate(
    ([property, from, to]) =>
      fetch(`/api/v1/console/stats?property=${property}&from=${from}T00:00:00%2B08:00&to=${to}T00:00:00%2B08:00`).then((r) =>
        r.json(),
      ),
    [visit.property_id, monthStart, to],
  );
  const done = page.locator("[data-test=visits-done]");
  await until(
    page,
    () => document.querySelector("[data-test=stats] [data-test=visits-done]")?.dataset.value !== undefined,
    "the numbers",
  );
  assert.equal(Number(await done.getAttribute("data-value")), stats.visits.done.value);
  assert.equal(Number(await done.textContent()), stats.visits.done.value);
  assert.ok(stats.visits.done.value >= 1, "the latest visit is in its month");
  assert.equal(
    Number(await page.locator("[data-test=member-owners]").textContent()),
    stats.visits.member_owners.value,
  );
  assert.equal(await page.locator("[data-test=chart-areas] canvas").count(), 1, "a chart of the areas");
  await shot(page, "console-stats-en-1920x1080.png", "Return visits");
  await shot(page, "console-stats-en-1920-full.png", "Return visits", true);
  await page.selectOption("[data-test=language]", "zh");
  await shot(page, "console-stats-zh-1920x1080.png", "业主回访");
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, "console-stats-zh-1280x800.png", "业主回访");
  await shot(page, "console-stats-zh-1280-full.png", "业主回访", true); // the whole page, to look at
  await page.selectOption("[data-test=language]", "en");
  await shot(page, "console-stats-en-1280x800.png", "Return visits");

  step("a number's link opens the list of exactly its records");
  await done.click();
  await until(page, () => location.hash.startsWith("#/?"), "the list's address");
  await rows.first().waitFor();
  await until(
    page,
    () => [...document.querySelectorAll("table.records tbody tr")].every((tr) => tr.dataset.entity === "owner_visit"),
    "done visits only",
  );
  while (await page.locator("[data-test=load-more]").isVisible()) {
    const before = await rows.count();
    await page.click("[data-test=load-more]");
    const end = Date.now() + 15_000;
    while ((await rows.count()) === before) {
      if (Date.now() > end) throw new Error("timed out waiting for the next page");
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  assert.equal(await rows.count(), stats.visits.done.value, "the list holds the number's records");
  assert.ok(await page.locator(`tr[data-id="${visit.id}"]`).isVisible(), "the latest visit among them");
  assert.equal(await page.locator("select[name=kind]").inputValue(), "owner_visit");
  assert.equal(await page.locator("select[name=status]").inputValue(), "done");
  await shot(page, "console-stats-drilled-en-1280x800.png", "Owner visit");
  await page.goBack();
  await page.locator("[data-test=visits-done]").waitFor();
  await page.locator("[data-test=period]", { hasText: `${monthStart} –` }).waitFor(); // Back returns to the same month
  await page.setViewportSize({ width: 1920, height: 1080 });

  step("sign out: back to sign-in, and the session is gone");
  await page.click("[data-test=sign-out]");
  await page.locator("form.signin").waitFor();
  assert.equal(await page.locator("h1").textContent(), "Sign in", "the language choice stays");
  const after = await page.evaluate(() => fetch("/api/v1/console/me").then((r) => r.status));
  assert.equal(after, 401);
  await shot(page, "console-signin-en-1920x1080.png", "Sign in");

  const unexpected = problems.filter((p) => !p.includes("401"));
  assert.deepEqual(unexpected, [], "no script error and no Content-Security-Policy violation");
  console.log("console browser test: passed");
});
