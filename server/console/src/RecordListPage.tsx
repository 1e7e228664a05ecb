import { useEffect, useRef, useState } from "preact/hooks";
import { api, emptyFilters, type Filters, type RecordRow } from "./api";
import { useSession, useWords, type Session } from "./context";
import { FilterBar } from "./FilterBar";
import type { Words } from "./i18n";
import { dayStart, formatTime } from "./time";

// The list's parameters for these filters; without `after` and a page size they are an
// export's (the whole filtered list).
function filterQuery(f: Filters, s: Session): URLSearchParams {
  const q = new URLSearchParams();
  if (f.kind) q.set("kind", f.kind);
  if (f.property) q.set("property", f.property);
  if (f.staff) q.set("staff", f.staff);
  if (f.area) q.set("area", f.area);
  if (f.building) q.set("building", f.building);
  if (f.q.trim()) q.set("q", f.q.trim());
  if (f.status) q.set("status", f.status);
  if (f.review) q.set("review", f.review);
  if (f.failed) q.set("failed", "1");
  // Days are the property's calendar days (the first property's when all are shown).
  const offset = s.property(f.property || s.me.user.property_ids[0]).offset;
  if (f.from) q.set("from", dayStart(f.from, offset));
  if (f.to) q.set("to", dayStart(f.to, offset, 1));
  return q;
}

function queryOf(f: Filters, s: Session, after: string | null): URLSearchParams {
  const q = filterQuery(f, s);
  if (after) q.set("after", after);
  q.set("limit", "50");
  return q;
}

// A record in a few words: the area patrolled, the owner visited, the problem to fix.
export function describe(r: RecordRow, s: Session, w: Words): string {
  const f = r.fields;
  switch (r.entity) {
    case "inspection":
      return s.areaName(f.area_id) || w.v(r.entity);
    case "renovation_check":
      return [w.v(r.entity), f.contractor].filter(Boolean).join(" · ");
    case "owner_visit":
      // The server's flag on a visit done in the owners' rest hours, shown, never silent.
      return [w.v(f.purpose), w.v(f.channel), w.v(f.outcome), f.in_rest_hours ? w.t("inRestHours") : "", f.note]
        .filter(Boolean)
        .join(" · ");
    case "follow_up":
      return f.description ?? "";
  }
}

export function RecordListPage(props: { filters: Filters; onFilters: (f: Filters) => void }) {
  const w = useWords();
  const s = useSession();
  const [rows, setRows] = useState<RecordRow[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState("");
  const [notice, setNotice] = useState("");
  const reviewer = s.me.user.role === "manager" || s.me.user.role === "office";
  // What "approve the shown" sends: records awaiting review, never the caller's own work
  // (the server refuses the whole request for one of those).
  const approvable = rows.filter((r) => r.review === "received" && r.staff_id !== s.me.user.id);

  // Each load is numbered: an answer to filters changed since (a slow search overtaken by
  // the next) is dropped, so the rows shown are always those of the filters shown.
  const latest = useRef(0);
  const load = async (after: string | null) => {
    const asked = ++latest.current;
    setLoading(true);
    setError("");
    try {
      const page = await api.records(queryOf(props.filters, s, after));
      if (asked !== latest.current) return;
      setRows((old) => (after ? [...old, ...page.records] : page.records));
      setNext(page.next);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      if (asked === latest.current) setLoading(false);
    }
  };
  useEffect(() => {
    setNotice("");
    load(null);
  }, [props.filters]);

  const approveShown = async () => {
    setError("");
    try {
      const done = await api.approveMany(approvable.slice(0, 200));
      const parts = [w.t("approvedCount").replace("{n}", String(done.approved))];
      if (done.skipped.length) parts.push(w.t("skippedCount").replace("{n}", String(done.skipped.length)));
      setNotice(parts.join(" · "));
      await load(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const exportQuery = filterQuery(props.filters, s);
  exportQuery.set("lang", w.lang);

  return (
    <section class="list">
      <FilterBar filters={props.filters} onChange={props.onFilters} onClear={() => props.onFilters(emptyFilters)} />
      <div class="bulk">
        {reviewer && (
          <button type="button" data-test="approve-shown" disabled={approvable.length === 0} onClick={approveShown}>
            {w.t("approveShown")} ({approvable.length})
          </button>
        )}
        {notice && (
          <span class="notice" data-test="bulk-notice">
            {notice}
          </span>
        )}
        <span class="spacer" />
        <span class="muted">{w.t("exportHint")}</span>
        <a class="button" href={api.csvUrl(exportQuery)} download data-test="export-csv">
          {w.t("exportCsv")}
        </a>
        <a class="button" href={api.zipUrl(exportQuery)} download data-test="export-zip">
          {w.t("exportPhotos")}
        </a>
      </div>
      {error && <p class="error">{error}</p>}
      <table class="records" data-test="records">
        <thead>
          <tr>
            <th class="when">{w.t("time")}</th>
            <th>{w.t("kind")}</th>
            <th>{w.t("property")}</th>
            <th>{w.t("staff")}</th>
            <th>{w.t("summary")}</th>
            <th>{w.t("status")}</th>
            <th class="num">{w.t("failedLines")}</th>
            <th>{w.t("review")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const p = s.property(r.property_id);
            return (
              <tr
                key={r.entity + r.id}
                data-entity={r.entity}
                data-id={r.id}
                onClick={() => (location.hash = `#/records/${r.entity}/${r.id}`)}
              >
                <td class="when">{formatTime(r.at, p.offset)}</td>
                <td>
                  <a href={`#/records/${r.entity}/${r.id}`}>{w.v(r.entity)}</a>
                </td>
                <td>{p.name}</td>
                <td>{s.staffName(r.staff_id)}</td>
                <td class="summary">{describe(r, s, w)}</td>
                <td>
                  <span class={`badge ${r.status ?? ""}`}>{w.v(r.status)}</span>
                </td>
                <td class={`num ${r.failed_lines ? "bad" : ""}`}>{r.failed_lines || ""}</td>
                <td>
                  <span class={`badge ${r.review}`} data-test="review">
                    {w.v(r.review)}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!loading && rows.length === 0 && <p class="empty">{w.t("noRecords")}</p>}
      <div class="more">
        {loading && <span>{w.t("loading")}</span>}
        {!loading && next && (
          <button type="button" data-test="load-more" onClick={() => load(next)}>
            {w.t("loadMore")}
          </button>
        )}
      </div>
    </section>
  );
}
