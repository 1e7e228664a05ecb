// The console's downloads and printed reports in real Chromium (Debian's, headless,
// driven by playwright-core) against a real patrolbook-server with the demo estate:
// "Export CSV" with the list's filters, downloaded and read back against the JSON list;
// a patrol with its photo and a renovation acceptance with its signature printed to A4
// PDF, and a month's statistics; each PDF rendered with poppler's pdftoppm and checked
// (pages, words) with pdftotext. PDFs, their first pages as PNG, and screenshots of the
// print view at 1280x800 are saved in the screenshots directory.
//
// node console_print_test.mjs --server <patrolbook-server> --console <server/console> --screenshots <dir>

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import assert from "node:assert/strict";
import { args, step, until, withConsole } from "./browser_harness.mjs";

// RFC 4180, as the server writes it (CRLF rows, quoted cells with doubled quotes).
function parseCsv(text) {
  const rows = [[""]];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const row = rows[rows.length - 1];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (row[row.length - 1] += '"'), i++;
      else if (c === '"') quoted = false;
      else row[row.length - 1] += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push("");
    else if (c === "\r" && text[i + 1] === "\n") rows.push([""]), i++;
    else row[row.length - 1] += c;
  }
  assert.deepEqual(rows.pop(), [""], "the last row ends in CRLF");
  return rows;
}

// A device's pushes as the manager: the bytes of a photo first, then records.
async function managerDevice(url) {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    body: JSON.stringify({ username: "manager", password: "demo", device_id: "print-test" }),
  }).then((r) => r.json());
  const auth = { Authorization: `Bearer ${login.token}` };
  const change = (entity, fields, id = crypto.randomUUID()) => ({
    change_id: crypto.randomUUID(), entity, id, base_version: 0, fields,
  });
  return {
    user: login.user,
    change,
    async upload(jpeg) {
      const sha = createHash("sha256").update(jpeg).digest("hex");
      const put = await fetch(`${url}/api/v1/photos/${sha}`, {
        method: "PUT",
        headers: { ...auth, "Content-Type": "image/jpeg", "Content-Range": `bytes 0-${jpeg.length - 1}/${jpeg.length}` },
        body: jpeg,
      });
      assert.equal(put.status, 201);
      return sha;
    },
    async push(changes) {
      const r = await fetch(`${url}/api/v1/sync/push`, {
        method: "POST",
        headers: { ...auth, "Content-Type": "application/json" },
        body: JSON.stringify({ device_id: "print-test", changes }),
      }).then((r) => r.json());
      for (const x of r.results) assert.equal(x.status, "applied", JSON.stringify(r));
    },
  };
}

// A JPEG made by the browser's own encoder: a photo-like scene, or a signature.
async function makeJpeg(page, signature) {
  const b64 = await page.evaluate((sig) => {
    const c = document.createElement("canvas");
    c.width = sig ? 600 : 800;
    c.height = sig ? 200 : 600;
    const g = c.getContext("2d");
    g.fillStyle = sig ? "#fff" : "#8fb8de";
    g.fillRect(0, 0, c.width, c.height);
    g.strokeStyle = "#123";
    g.lineWidth = sig ? 5 : 30;
    g.beginPath();
    for (let x = 20; x < c.width - 20; x += 8) g.lineTo(x, c.height / 2 + Math.sin(x / 23) * c.height * 0.3);
    g.stroke();
    g.fillStyle = "#222";
    g.font = "36px sans-serif";
    g.fillText(sig ? "王业主" : "B1 地面有烟头", 30, 50);
    return c.toDataURL("image/jpeg", 0.85).split(",")[1];
  }, signature);
  return Buffer.from(b64, "base64");
}

// The page as printed: a screenshot of the print view, an A4 PDF, its first page as
// PNG; returns the PDF's page count and text.
async function printToPdf(page, name) {
  await page.emulateMedia({ media: "print" });
  await page.waitForTimeout(400); // Chart.js resizes its canvases to the printed width
  await page.screenshot({ path: path.join(args.screenshots, `${name}-1280x800.png`) });
  const pdf = path.join(args.screenshots, `${name}.pdf`);
  await page.pdf({ path: pdf, format: "A4", printBackground: true });
  await page.emulateMedia({ media: "screen" });
  execFileSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "2", pdf, path.join(args.screenshots, name)]);
  const info = execFileSync("pdfinfo", [pdf]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
  assert.match(info, /Page size:\s+59[56]\.\d+ x 84[12]\.\d+ pts \(A4\)/, "A4");
  console.log(`   saved ${pdf} (${pages} pages)`);
  return { pages, text: execFileSync("pdftotext", ["-layout", pdf, "-"]).toString() };
}

await withConsole(
  async ({ url, page, problems }) => {
    await page.goto(`${url}/console/`);
    await page.locator("form.signin").waitFor();

    step("a failed patrol gets a photo; a renovation acceptance is signed");
    const device = await managerDevice(url);
    const property = device.user.property_ids[0];
    const json = (p) => page.evaluate((p) => fetch(p).then((r) => r.json()), p);
    await page.fill("input[name=username]", "office");
    await page.fill("input[name=password]", "demo");
    await page.click("button[type=submit]");
    await page.locator("table.records tbody tr").first().waitFor();
    const patrol = (await json(`/api/v1/console/records?kind=inspection&failed=1&property=${property}&limit=1`)).records[0];
    const detail = await json(`/api/v1/console/records/inspection/${patrol.id}`);
    const line = detail.lines.find((l) => l.fields.result === "fail");
    const photo = await makeJpeg(page, false);
    const photoFields = (sha, bytes, entity, id) => ({
      sha256: sha, size_bytes: bytes.length, mime_type: "image/jpeg", width: 800, height: 600,
      taken_at: patrol.fields.started_at, record_entity: entity, record_id: id,
    });
    await device.push([device.change("photo", photoFields(await device.upload(photo), photo, "inspection_item", line.id))]);
    const owner = (await json(`/api/v1/console/records?kind=owner_visit&property=${property}&limit=1`)).records[0];
    const checkId = crypto.randomUUID();
    const signatureId = crypto.randomUUID();
    const signature = await makeJpeg(page, true);
    const signatureSha = await device.upload(signature);
    await device.push([
      device.change("renovation_check", {
        property_id: property, unit_id: owner.fields.unit_id, owner_id: owner.fields.owner_id, kind: "acceptance",
        inspector_id: device.user.id, started_at: patrol.fields.started_at, finished_at: patrol.fields.started_at,
        status: "finished", contractor: "安居装饰有限公司", permit_no: "ZX-2026-0815", note: "验收合格，业主签字确认",
        signature_photo_id: signatureId,
      }, checkId),
      device.change("renovation_item", { check_id: checkId, item_code: "R1", title: "墙体无开裂", result: "pass" }),
      device.change("photo", photoFields(signatureSha, signature, "renovation_check", checkId), signatureId),
    ]);

    step("Export CSV uses the list's filters; the file agrees with the list");
    await page.selectOption("select[name=kind]", "inspection");
    await until(
      page,
      () => [...document.querySelectorAll("table.records tbody tr")].every((tr) => tr.dataset.entity === "inspection"),
      "patrols only",
    );
    assert.equal(await page.locator("[data-test=export-zip]").textContent(), "照片（ZIP）");
    await page.screenshot({ path: path.join(args.screenshots, "console-export-zh-1280x800.png") });
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-test=export-csv]")]);
    assert.match(download.suggestedFilename(), /^巡检簿记录-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(await download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 with a BOM");
    const csv = parseCsv(bytes.subarray(3).toString("utf8"));
    assert.equal(csv[0][0], "类型");
    let listed = 0;
    for (let after = null, pages = 0; pages < 100; pages++) {
      const page_ = await json(`/api/v1/console/records?kind=inspection&limit=200${after ? `&after=${after}` : ""}`);
      listed += page_.records.length;
      if (!(after = page_.next)) break;
    }
    assert.equal(csv.length - 1, listed, "one row per listed patrol");
    assert.ok(csv.slice(1).every((r) => r[0] === "日常巡视"), "patrols only, named as on screen");

    step("print the patrol with its photo to A4");
    await page.goto(`${url}/console/#/records/inspection/${patrol.id}`);
    await page.locator("[data-test=print]").waitFor();
    assert.equal(await page.locator("[data-test=print]").textContent(), "打印");
    await until(page, () => [...document.images].every((i) => i.complete && i.naturalWidth > 0), "the photos");
    const printed = await printToPdf(page, "console-print-record-zh");
    assert.ok(printed.pages >= 1 && printed.pages <= 3, `${printed.pages} pages`);
    for (const words of ["记录单", "检查项", "不合格", patrol.fields.started_at.slice(0, 10)])
      assert.ok(printed.text.includes(words), `the PDF says ${words}`);
    assert.ok(!printed.text.includes("返回列表"), "no navigation printed");
    assert.ok(printed.text.includes("打印人"), "who printed it, and when");

    step("print the signed acceptance to A4");
    await page.goto(`${url}/console/#/records/renovation_check/${checkId}`);
    await page.locator("[data-test=signature] img").waitFor();
    await until(page, () => [...document.images].every((i) => i.complete && i.naturalWidth > 0), "the signature");
    const accepted = await printToPdf(page, "console-print-acceptance-zh");
    for (const words of ["签名", "安居装饰有限公司", "ZX-2026-0815", "墙体无开裂"])
      assert.ok(accepted.text.includes(words), `the PDF says ${words}`);

    step("print a month's statistics to A4, in English");
    await page.selectOption("[data-test=language]", "en");
    const day = patrol.fields.started_at.slice(0, 10);
    await page.goto(`${url}/console/#/stats?property=${property}&period=month&day=${day}`);
    await page.locator("[data-test=visits-done]").waitFor();
    await until(page, () => document.querySelector("[data-test=visits-done]")?.dataset.value !== undefined, "the numbers");
    assert.equal(await page.locator("[data-test=print]").textContent(), "Print");
    const report = await printToPdf(page, "console-print-stats-en");
    assert.ok(report.pages >= 2 && report.pages <= 10, `${report.pages} pages`);
    for (const words of ["Statistics report", `Month · ${day.slice(0, 7)}-01`, "Return visits", "Area patrols", "Follow-ups"])
      assert.ok(report.text.includes(words), `the PDF says ${words}`);
    assert.ok(!report.text.includes("Sign out"), "no top bar printed");

    const unexpected = problems.filter((p) => !p.includes("401")); // "who am I?" before sign-in
    assert.deepEqual(unexpected, [], "no script error and no Content-Security-Policy violation");
    console.log("console print test: passed");
  },
  { acceptDownloads: true },
);
