// The loops in the console, in real Chromium against a real server: the front desk's
// device registers repair orders, a handover and a complaint, and takes the complaint to
// a proposed solution; the manager finds it in the approvals, approves it, and sees the
// step in its history; the lists and the complaint statistics are shown. Screenshots of
// each new page in Chinese and English at 1280x800.
//
// node console_loops_browser_test.mjs --server <patrolbook-server> --console <server/console> --screenshots <dir>
import assert from "node:assert/strict";
import { device, shot, step, until, withConsole } from "./browser_harness.mjs";

await withConsole(async ({ url, page, problems }) => {
  step("the front desk registers repair orders, a handover and a complaint from its device");
  const desk = await device(url, "office", "front-desk");
  const property = desk.user.property_ids[0];
  const hoursAgo = (h) => new Date(Date.now() - h * 3600_000).toISOString();
  const make = (entity, fields) => ({ change_id: crypto.randomUUID(), entity, id: crypto.randomUUID(), base_version: 0, fields });
  const repairs = [
    ["厨房水管漏水", "urgent", 30],
    ["楼道灯不亮", "normal", 5],
    ["电梯困人", "emergency", 1],
  ].map(([description, urgency, h]) =>
    make("repair_order", {
      property_id: property,
      channel: "phone",
      category: urgency === "emergency" ? "public_facilities" : "plumbing",
      description,
      urgency,
      status: "registered",
      registered_by: desk.user.id,
      registered_at: hoursAgo(h),
    }),
  );
  const handover = make("handover", {
    property_id: property,
    post: "前台",
    shift: "day",
    shift_start: hoursAgo(9),
    summary: "3号楼电梯维保，已通知业主",
    handed_by: desk.user.id,
    handed_at: hoursAgo(1),
    status: "handed",
  });
  const complaint = make("complaint", {
    property_id: property,
    complainant: "王女士",
    channel: "phone",
    received_at: hoursAgo(20),
    content: "楼上装修夜间噪音",
    complaint_class: "noise",
    severity: "normal",
    status: "received",
    registered_by: desk.user.id,
  });
  const made = await desk.push([...repairs, handover, complaint]);
  for (const r of made) assert.equal(r.status, "applied", JSON.stringify(r));
  let version = made[made.length - 1].version;
  const stepTo = async (fields) => {
    const [r] = await desk.push([{ change_id: crypto.randomUUID(), entity: "complaint", id: complaint.id, base_version: version, fields }]);
    assert.equal(r.status, "applied", JSON.stringify(r));
    version = r.version;
  };
  await stepTo({ status: "judged", judgement: "valid" });
  await stepTo({ status: "investigated", cause: "业主装修超时施工", department: "engineering" });
  await stepTo({ status: "proposed", solution: "约谈装修业主，限定施工时间为 8:00–18:00" });

  step("the manager signs in and opens the approvals");
  await page.goto(`${url}/console/`);
  await page.fill("input[name=username]", "manager");
  await page.fill("input[name=password]", "demo");
  await page.click("button[type=submit]");
  await page.click("[data-test=nav-approvals]");
  await page.selectOption("select[name=kind]", "complaint");
  const row = page.locator("[data-test=approval-row]", { hasText: "约谈装修业主" });
  await row.waitFor();
  await shot(page, "console-approvals-zh-1280x800.png", "待我审批");

  step("approve the proposed solution; the history shows the step");
  await row.locator("a").click();
  await page.locator("[data-test=decision]").waitFor();
  assert.equal(await page.locator("[data-test=loop-status]").textContent(), "方案待审批");
  await shot(page, "console-loop-proposed-zh-1280x800.png", "批准方案");
  await page.click("[data-test=step-approve]");
  await until(page, () => document.querySelector("[data-test=loop-status]")?.textContent === "方案已批准", "approved");
  const history = page.locator("[data-test=loop-history]");
  const text = await history.textContent();
  for (const expected of ["批准方案", "方案待审批 → 方案已批准"])
    assert.ok(text.includes(expected), `the history shows ${expected}: ${text}`);
  assert.equal(await page.locator("[data-test=decision]").count(), 0, "nothing left to decide");
  await history.scrollIntoViewIfNeeded();
  await shot(page, "console-loop-approved-zh-1280x800.png", "处理记录");

  step("the lists: repair orders, complaints, handovers");
  await page.click("[data-test=nav-loops]");
  // The demo estate has repair orders of its own: the three registered here are among them.
  await until(
    page,
    () => {
      const rows = [...document.querySelectorAll("[data-test=loop-row]")].map((r) => r.textContent).join("\n");
      return ["厨房水管漏水", "楼道灯不亮", "电梯困人"].every((d) => rows.includes(d));
    },
    "the three repair orders",
  );
  await shot(page, "console-loops-repairs-zh-1280x800.png", "电梯困人");
  await page.check("input[name=overdue]");
  await until(
    page,
    () => {
      const rows = [...document.querySelectorAll("[data-test=loop-row]")].map((r) => r.textContent).join("\n");
      return rows.includes("厨房水管漏水") && !rows.includes("楼道灯不亮") && !rows.includes("电梯困人");
    },
    "of the three, only the one overdue",
  );
  await page.click("[data-test=tab-complaint]");
  await page.locator("[data-test=loop-row]", { hasText: "楼上装修夜间噪音" }).waitFor();
  await shot(page, "console-loops-complaints-zh-1280x800.png", "方案已批准");
  await page.click("[data-test=tab-handover]");
  await page.locator("[data-test=loop-row]", { hasText: "3号楼电梯维保" }).waitFor();
  await shot(page, "console-loops-handovers-zh-1280x800.png", "已交班");

  step("the complaint statistics");
  await page.click("[data-test=nav-stats]");
  await page.locator("[data-test=complaints]").waitFor();
  // The demo estate's complaints and this one (exact counts: ConsoleLoops.ComplaintStatistics*).
  assert.ok(Number(await page.locator("[data-test=complaints-received]").textContent()) >= 1);
  await page.locator("[data-test=complaints]").scrollIntoViewIfNeeded();
  await shot(page, "console-stats-complaints-zh-1280x800.png", "投诉分类统计");

  step("in English");
  await page.selectOption("[data-test=language]", "en");
  await page.locator("[data-test=complaints]").scrollIntoViewIfNeeded();
  await shot(page, "console-stats-complaints-en-1280x800.png", "Complaints by class");
  await page.goto(`${url}/console/#/loops/complaint/${complaint.id}`);
  await page.locator("[data-test=loop-history]").scrollIntoViewIfNeeded();
  await shot(page, "console-loop-approved-en-1280x800.png", "Steps taken");
  await page.click("[data-test=nav-loops]");
  await page.locator("[data-test=loop-row]").first().waitFor();
  await shot(page, "console-loops-repairs-en-1280x800.png", "Emergency");
  await page.click("[data-test=tab-handover]");
  await shot(page, "console-loops-handovers-en-1280x800.png", "Handed over");
  await page.click("[data-test=tab-complaint]");
  await shot(page, "console-loops-complaints-en-1280x800.png", "Solution approved");
  await page.click("[data-test=nav-approvals]");
  await page.locator("[data-test=approvals]").waitFor();
  await page.selectOption("select[name=kind]", "complaint");
  // The demo estate's complaints may wait too; this one, decided, no longer does.
  await until(page, () => document.querySelector("[data-test=approvals]") !== null, "the approvals");
  assert.equal(await page.locator("[data-test=approval-row]", { hasText: "约谈装修业主" }).count(), 0, "decided");
  await shot(page, "console-approvals-en-1280x800.png", "My approvals");

  // The first page load asks who is signed in before anyone is: that 401 is expected.
  const unexpected = problems.filter((p) => !p.includes("401"));
  assert.deepEqual(unexpected, [], "no script error and no Content-Security-Policy violation");
  console.log("console loops browser test: passed");
});
