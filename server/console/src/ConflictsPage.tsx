import { useEffect, useState } from "preact/hooks";
import { api, ApiError, type Conflict } from "./api";
import { useSession, useWords } from "./context";
import { formatTime } from "./time";

// Sync conflicts (docs/console-api.md, "Conflicts"): a value one phone set, overwritten
// by another's later change. Each is listed with both values; a manager keeps the value
// in force or puts the set-aside one back (a change the phones then pull). The front
// desk sees the list; the server refuses its decisions.
export function ConflictsPage() {
  const w = useWords();
  const s = useSession();
  const [all, setAll] = useState(false);
  const [rows, setRows] = useState<Conflict[] | null>(null);
  const [error, setError] = useState("");
  const decides = s.me.user.role === "manager";

  useEffect(() => {
    setRows(null);
    api.conflicts(all).then(
      (page) => setRows(page.conflicts),
      (e) => setError(e.message),
    );
  }, [all]);

  const decide = async (c: Conflict, choice: "kept" | "restored") => {
    setError("");
    try {
      const done = await api.decideConflict(c.seq, choice);
      setRows((rs) => (rs ?? []).map((r) => (r.seq === c.seq ? done : r)).filter((r) => all || !r.decision));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  const recordLink = (c: Conflict) =>
    c.entity === "inspection_item"
      ? `#/records/inspection/${c.parent_id}`
      : c.entity === "renovation_item"
        ? `#/records/renovation_check/${c.parent_id}`
        : `#/records/${c.entity}/${c.record_id}`;

  return (
    <section class="conflicts" data-test="conflicts">
      <div class="filters">
        <h1>{w.t("conflicts")}</h1>
        <label class="check">
          <input type="checkbox" checked={all} onChange={(e) => setAll((e.currentTarget as HTMLInputElement).checked)} />
          {w.t("showDecided")}
        </label>
      </div>
      <p class="muted">{w.t("conflictsHint")}</p>
      {error && <p class="error">{error}</p>}
      {rows === null && !error && <p class="more">{w.t("loading")}</p>}
      {rows?.length === 0 && <p class="empty" data-test="no-conflicts">{w.t("noConflicts")}</p>}
      {rows && rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{w.t("time")}</th>
              <th>{w.t("kind")}</th>
              <th>{w.t("field")}</th>
              <th>{w.t("keptValue")}</th>
              <th>{w.t("setAside")}</th>
              <th>{w.t("staff")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.seq} data-test="conflict">
                <td class="when">{formatTime(c.at, s.property(c.property_id ?? "").offset)}</td>
                <td>
                  <a href={recordLink(c)}>{w.v(c.entity)}</a>
                </td>
                <td>{w.f(c.field)}</td>
                <td>
                  <code>{show(c.in_force)}</code>
                </td>
                <td>
                  <code>{show(c.set_aside)}</code>
                </td>
                <td>{s.staffName(c.by)}</td>
                <td class="actions">
                  {c.decision ? (
                    <span class="muted">
                      {w.t(c.decision.choice === "restored" ? "decisionRestored" : "decisionKept")} ·{" "}
                      {s.staffName(c.decision.by)}
                    </span>
                  ) : decides ? (
                    <>
                      <button type="button" data-test="keep" onClick={() => decide(c, "kept")}>
                        {w.t("keep")}
                      </button>{" "}
                      <button type="button" data-test="restore" onClick={() => decide(c, "restored")}>
                        {w.t("restore")}
                      </button>
                    </>
                  ) : (
                    <span class="muted">{w.t("managersDecide")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function show(v: unknown) {
  if (v === null || v === undefined) return "—";
  return typeof v === "string" ? v : JSON.stringify(v);
}
