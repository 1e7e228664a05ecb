import { useEffect, useState } from "preact/hooks";
import { useSession, useWords, type Session } from "./context";
import type { Key, Words } from "./i18n";
import { loopLevels, loopStatuses } from "./i18nLoops";
import { emptyLoopFilters, loopsApi, type LoopFilters, type LoopRow } from "./loopsApi";
import { dayStart, formatTime } from "./time";

export const listedLoops = ["repair_order", "complaint", "handover"] as const;
const title: Record<string, Key> = { repair_order: "repairOrders", complaint: "complaints", handover: "handovers" };
const levelWord: Record<string, Key> = { repair_order: "urgency", complaint: "severity" };

function queryOf(f: LoopFilters, s: Session, after: string | null): URLSearchParams {
  const q = new URLSearchParams();
  if (f.property) q.set("property", f.property);
  if (f.status) q.set("status", f.status);
  if (f.level) q.set("level", f.level);
  if (f.handler) q.set("handler", f.handler);
  if (f.overdue) q.set("overdue", "1");
  // Days are the property's calendar days (the first property's when all are shown).
  const offset = s.property(f.property || s.me.user.property_ids[0]).offset;
  if (f.from) q.set("from", dayStart(f.from, offset));
  if (f.to) q.set("to", dayStart(f.to, offset, 1));
  if (after) q.set("after", after);
  q.set("limit", "50");
  return q;
}

// A loop in a few words: what the owner asked or complained of, what the shift handed on.
export function describeLoop(r: LoopRow, w: Words): string {
  const f = r.fields;
  if (r.entity === "complaint") return [w.loop("class", f.complaint_class), f.content].filter(Boolean).join(" · ");
  if (r.entity === "handover") return [f.post, w.loop("handover", f.shift), f.summary].filter(Boolean).join(" · ");
  return f.description ?? "";
}

// The office's list of one kind of loop (docs/console-api.md, "Loops"): filtered, newest
// first, fifty a page; a row opens the loop with its photos and history.
export function LoopListPage(props: { entity: string }) {
  const w = useWords();
  const s = useSession();
  const entity = props.entity;
  const [filters, setFilters] = useState<LoopFilters>(emptyLoopFilters);
  const [rows, setRows] = useState<LoopRow[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState("");

  const load = (after: string | null) => {
    setLoading(true);
    setError("");
    loopsApi.list(entity, queryOf(filters, s, after)).then(
      (page) => {
        setRows((old) => (after ? [...old, ...page.loops] : page.loops));
        setNext(page.next);
        setLoading(false);
      },
      (e) => {
        setError(e instanceof Error ? e.message : String(e));
        setLoading(false);
      },
    );
  };
  useEffect(() => setFilters(emptyLoopFilters), [entity]);
  useEffect(() => load(null), [entity, JSON.stringify(filters)]);

  const set = (patch: Partial<LoopFilters>) => setFilters({ ...filters, ...patch });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  const levels = loopLevels[entity] ?? [];
  return (
    <section class="loops" data-test={`loops-${entity}`}>
      <nav class="tabs">
        {listedLoops.map((e) => (
          <a key={e} href={`#/loops/${e}`} class={e === entity ? "current" : ""} data-test={`tab-${e}`}>
            {w.t(title[e])}
          </a>
        ))}
      </nav>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        {s.me.properties.length > 1 && (
          <label>
            {w.t("property")}
            <select value={filters.property} onChange={(e) => set({ property: value(e) })}>
              <option value="">{w.t("all")}</option>
              {s.me.properties.map((p) => (
                <option value={p.id}>{p.fields.name}</option>
              ))}
            </select>
          </label>
        )}
        <label>
          {w.t("status")}
          <select name="status" value={filters.status} onChange={(e) => set({ status: value(e) })}>
            <option value="">{w.t("all")}</option>
            {(loopStatuses[entity] ?? []).map((v) => (
              <option value={v}>{w.loop(entity, v)}</option>
            ))}
          </select>
        </label>
        {levels.length > 0 && (
          <label>
            {w.t(levelWord[entity])}
            <select name="level" value={filters.level} onChange={(e) => set({ level: value(e) })}>
              <option value="">{w.t("all")}</option>
              {levels.map((v) => (
                <option value={v}>{w.loop(entity, v)}</option>
              ))}
            </select>
          </label>
        )}
        <label>
          {w.t("handler")}
          <select name="handler" value={filters.handler} onChange={(e) => set({ handler: value(e) })}>
            <option value="">{w.t("all")}</option>
            {s.me.staff.map((p) => (
              <option value={p.id}>{p.fields.name}</option>
            ))}
          </select>
        </label>
        <label>
          {w.t("from")}
          <input type="date" name="from" value={filters.from} onChange={(e) => set({ from: value(e) })} />
        </label>
        <label>
          {w.t("to")}
          <input type="date" name="to" value={filters.to} onChange={(e) => set({ to: value(e) })} />
        </label>
        <label class="check">
          <input
            type="checkbox"
            name="overdue"
            checked={filters.overdue}
            onChange={(e) => set({ overdue: (e.currentTarget as HTMLInputElement).checked })}
          />
          {w.t("overdueOnly")}
        </label>
        <button type="button" onClick={() => setFilters(emptyLoopFilters)}>
          {w.t("clear")}
        </button>
      </form>
      {error && <p class="error">{error}</p>}
      {!loading && rows.length === 0 && !error && <p class="empty">{w.t("noLoops")}</p>}
      {rows.length > 0 && (
        <table class="records" data-test="loop-rows">
          <thead>
            <tr>
              <th>{w.t("time")}</th>
              <th>{w.t("status")}</th>
              {levels.length > 0 && <th>{w.t(levelWord[entity])}</th>}
              <th>{w.t("summary")}</th>
              <th>{w.t("handler")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-test="loop-row" class={r.overdue ? "overdue" : ""}>
                <td class="when">
                  <a href={`#/loops/${r.entity}/${r.id}`}>{formatTime(r.at, s.property(r.property_id).offset)}</a>
                </td>
                <td>
                  <span class={`badge ${r.status}`}>{w.loop(r.entity, r.status)}</span>
                  {r.overdue && <span class="badge fail"> {w.t("overdue")}</span>}
                </td>
                {levels.length > 0 && <td>{w.loop(r.entity, r.level)}</td>}
                <td class="summary">{describeLoop(r, w)}</td>
                <td>{s.staffName(r.handler_id)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {loading && <p class="muted">{w.t("loading")}</p>}
      {next && !loading && (
        <button type="button" data-test="more" onClick={() => load(next)}>
          {w.t("loadMore")}
        </button>
      )}
    </section>
  );
}
