import { useEffect, useState } from "preact/hooks";
import { useSession, useWords } from "./context";
import { describeLoop } from "./LoopListPage";
import { loopsApi, type LoopRow } from "./loopsApi";
import { formatTime } from "./time";

// The manager's queue: complaints with a proposed solution and follow-ups fixed and
// waiting to be checked, the longest waiting first; each opens where it is decided.
export function ApprovalsPage() {
  const w = useWords();
  const s = useSession();
  const [rows, setRows] = useState<LoopRow[] | null>(null);
  const [error, setError] = useState("");
  const [kind, setKind] = useState("");
  useEffect(() => {
    loopsApi.approvals(kind).then((r) => setRows(r.approvals), (e) => setError(e.message));
  }, [kind]);
  return (
    <section class="approvals" data-test="approvals">
      <h1>{w.t("approvals")}</h1>
      <p class="muted">{w.t("approvalsHint")}</p>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {w.t("kind")}
          <select
            name="kind"
            value={kind}
            onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{w.t("all")}</option>
            <option value="complaint">{w.loop("entity", "complaint")}</option>
            <option value="follow_up">{w.loop("entity", "follow_up")}</option>
          </select>
        </label>
      </form>
      {error && <p class="error">{error}</p>}
      {rows === null && !error && <p class="muted">{w.t("loading")}</p>}
      {rows?.length === 0 && <p class="empty">{w.t("noApprovals")}</p>}
      {rows && rows.length > 0 && (
        <table class="records">
          <thead>
            <tr>
              <th>{w.t("waiting")}</th>
              <th>{w.t("kind")}</th>
              <th>{w.t("status")}</th>
              <th>{w.t("summary")}</th>
              <th>{w.t("handler")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-test="approval-row">
                <td class="when">
                  <a href={`#/loops/${r.entity}/${r.id}`}>
                    {formatTime(r.fields.step_at ?? r.at, s.property(r.property_id).offset)}
                  </a>
                </td>
                <td>{w.loop("entity", r.entity)}</td>
                <td>
                  <span class={`badge ${r.status}`}>{w.loop(r.entity, r.status)}</span>
                </td>
                <td class="summary">{r.entity === "follow_up" ? (r.fields.resolution ?? r.fields.description) : (r.fields.solution ?? describeLoop(r, w))}</td>
                <td>{s.staffName(r.handler_id)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
