// Sync conflicts, a record's history and review notices in the console, in real Chromium
// against a real server: two phones change the same follow-up offline; the manager sees
// both values on the conflicts page, puts the set-aside one back, and the record's
// history shows the change from each phone, the conflict and the decision. Then the
// manager marks a patrol "has issues" and the notice arrives on its author's device (a
// headless patrolbook-device that syncs). Screenshots in Chinese and English at
// 1280x800 and 1920x1080.
//
// node console_conflicts_browser_test.mjs --server <patrolbook-server> --device <patrolbook-device>
//      --console <server/console> --screenshots <dir>

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { args, device, shot, step, until, withConsole } from "./browser_harness.mjs";

await withConsole(async ({ url, page, problems }) => {
  step("two phones change the same follow-up from the same version");
  const a = await device(url, "patrol", "phone-a");
  const b = await device(url, "patrol", "phone-b");
  const id = crypto.randomUUID();
  const change = (base, fields) => ({ change_id: crypto.randomUUID(), entity: "follow_up", id, base_version: base, fields });
  const [made] = await a.push([
    change(0, {
      property_id: a.user.property_ids[0],
      source_entity: "manual",
      description: "3号楼消防通道堆放杂物",
      status: "open",
      created_by: a.user.id,
      created_at: new Date().toISOString(),
    }),
  ]);
  assert.equal(made.status, "applied", JSON.stringify(made));
  assert.equal((await a.push([change(made.version, { description: "3号楼消防通道堆放纸箱，已通知业主" })]))[0].status, "applied");
  assert.equal((await b.push([change(made.version, { description: "3号楼通道已清理" })]))[0].status, "conflict");

  step("the manager signs in and opens the conflicts page");
  await page.goto(`${url}/console/`);
  await page.fill("input[name=username]", "manager");
  await page.fill("input[name=password]", "demo");
  await page.click("button[type=submit]");
  await page.click("[data-test=nav-conflicts]");
  const row = page.locator("[data-test=conflict]", { hasText: "已通知业主" });
  await row.waitFor();
  assert.ok((await row.textContent()).includes("3号楼通道已清理"), "both values are shown");
  await shot(page, "console-conflicts-zh-1280x800.png", "同步冲突");

  step("put the set-aside value back");
  await row.locator("[data-test=restore]").click();
  await until(page, () => !document.body.textContent.includes("已通知业主"), "the decided conflict to leave the list");
  const record = await page.evaluate((id) => fetch(`/api/v1/console/records/follow_up/${id}`).then((r) => r.json()), id);
  assert.equal(record.fields.description, "3号楼消防通道堆放纸箱，已通知业主");

  step("the record's history tells who changed what from which phone, and the decision");
  await page.goto(`${url}/console/#/records/follow_up/${id}`);
  const history = page.locator("[data-test=history]");
  await history.waitFor();
  await history.scrollIntoViewIfNeeded();
  const text = await history.textContent();
  for (const expected of ["创建", "修改", "phone-a", "phone-b", "同步冲突", "恢复被覆盖值", "办公台"])
    assert.ok(text.includes(expected), `the history shows ${expected}: ${text}`);
  await shot(page, "console-history-zh-1280x800.png", "变更记录");

  step("in English at 1920x1080");
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.selectOption("[data-test=language]", "en");
  await page.getByText("Put the set-aside value back").first().waitFor();
  await history.scrollIntoViewIfNeeded();
  await shot(page, "console-history-en-1920x1080.png", "History");
  await page.click("[data-test=nav-conflicts]");
  await page.locator("[data-test=no-conflicts]").waitFor();
  await page.check("input[type=checkbox]");
  await page.locator("[data-test=conflict]").first().waitFor();
  await shot(page, "console-conflicts-en-1920x1080.png", "Sync conflicts");

  step("has issues: the notice arrives on the author's device at its next sync");
  const phoneDir = mkdtempSync(path.join(os.tmpdir(), "pb-device-"));
  const phone = (...words) =>
    JSON.parse(execFileSync(args.device, ["--db", path.join(phoneDir, "device.db"), "--server", url, ...words]).toString());
  try {
    phone("login", "patrol", "demo");
    phone("sync");
    assert.deepEqual(phone("notices"), [], "no notice before the review");
    const patrols = await page.evaluate(
      (staff) => fetch(`/api/v1/console/records?kind=inspection&staff=${staff}&limit=1`).then((r) => r.json()),
      a.user.id,
    );
    const patrol = patrols.records[0];
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.selectOption("[data-test=language]", "zh");
    await page.goto(`${url}/console/#/records/inspection/${patrol.id}`);
    await page.locator("[data-test=review-panel]").waitFor();
    await page.fill("textarea[name=comment]", "消防栓照片看不清，请补拍");
    await page.click("[data-test=has-issues]");
    await until(page, () => document.querySelector("[data-test=review-state]").textContent === "需修改", "has issues");
    phone("sync");
    const notices = phone("notices");
    assert.equal(notices.length, 1, JSON.stringify(notices));
    assert.equal(notices[0].record_id, patrol.id);
    assert.equal(notices[0].comment, "消防栓照片看不清，请补拍");
  } finally {
    rmSync(phoneDir, { recursive: true, force: true });
  }

  // The first page load asks who is signed in before anyone is: that 401 is expected.
  const unexpected = problems.filter((p) => !p.includes("401"));
  assert.deepEqual(unexpected, [], "no script error and no Content-Security-Policy violation");
  console.log("console conflicts browser test: passed");
});
