import { useEffect, useState } from "preact/hooks";
import { ApiError } from "./api";
import { useSession, useWords } from "./context";
import { loopsApi, type LoopDetail } from "./loopsApi";
import { LoopHistory } from "./LoopHistory";
import { PhotoStrip } from "./PhotoStrip";
import { formatTime } from "./time";

// The fields each loop shows, in the order the work goes; enums in the loop's words,
// ids as names, times in the property's zone.
const shown: Record<string, string[]> = {
  repair_order: ["description", "category", "urgency", "channel", "registered_by", "assignee_id", "team",
    "accepted_at", "done_at", "materials", "rating", "rating_note", "closed_at"],
  complaint: ["complainant", "content", "complaint_class", "severity", "channel", "handler_id", "judgement", "cause",
    "department", "responsible_person", "solution", "approved_by", "penalty", "consent", "feedback", "evaluation",
    "improvement", "closed_at"],
  handover: ["post", "shift", "summary", "open_items", "handed_by", "to_staff_id", "received_by", "received_at",
    "receive_note"],
  follow_up: ["description", "assignee_id", "due_at", "resolution", "verified_by", "verified_at", "step_note"],
};

// A loop with its photos and history; a manager decides it here when it waits for them.
export function LoopDetailPage(props: { entity: string; id: string }) {
  const w = useWords();
  const s = useSession();
  const [loop, setLoop] = useState<LoopDetail | null>(null);
  const [error, setError] = useState("");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setLoop(null);
    loopsApi.detail(props.entity, props.id).then(setLoop, (e) => setError(e.message));
  }, [props.entity, props.id]);

  if (error && !loop) return <p class="error">{error}</p>;
  if (!loop) return <p class="muted">{w.t("loading")}</p>;
  const offset = s.property(loop.property_id).offset;
  const text = (name: string, v: any): string => {
    if (v === null || v === undefined || v === "") return "";
    if (Array.isArray(v)) return v.join(", ");
    if (name.endsWith("_at")) return formatTime(v, offset);
    if (name.endsWith("_by") || name.endsWith("_id")) return s.staffName(v) || String(v);
    const table = name === "complaint_class" ? "class" : name === "department" ? "department" : loop.entity;
    const said = w.loop(table, String(v));
    return said !== String(v) ? said : w.v(String(v));
  };
  const take = async (action: string) => {
    setBusy(true);
    setError("");
    try {
      setLoop(await loopsApi.step(loop, action, note));
      setNote("");
    } catch (e) {
      // The server's words: a step no longer allowed (409), a missing reason (422).
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article class="record loop" data-test="loop-detail">
      <p>
        <a href={loop.entity === "follow_up" ? "#/approvals" : `#/loops/${loop.entity}`}>‹ {w.t("back")}</a>
      </p>
      <h1>
        {w.loop("entity", loop.entity)} · <span class={`badge ${loop.status}`} data-test="loop-status">{w.loop(loop.entity, loop.status)}</span>
        {loop.overdue && <span class="badge fail"> {w.t("overdue")}</span>}
      </h1>
      <p class="muted">
        {formatTime(loop.at, offset)} · {s.property(loop.property_id).name}
      </p>
      <table class="fields">
        <tbody>
          {(shown[loop.entity] ?? []).map((name) => {
            const v = text(name, loop.fields[name]);
            return v ? (
              <tr key={name}>
                <th>{w.loop("field", name)}</th>
                <td data-test={`field-${name}`}>{v}</td>
              </tr>
            ) : null;
          })}
        </tbody>
      </table>
      <h2>{w.t("photos")}</h2>
      <PhotoStrip photos={loop.photos} />
      {loop.steps.length > 0 && (
        <section class="decision" data-test="decision">
          <h2>{w.t("decide")}</h2>
          <label>
            {w.t("reason")} <span class="muted">({w.t("reasonHint")})</span>
            <textarea
              data-test="step-note"
              value={note}
              onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
            />
          </label>
          <div class="actions">
            {loop.steps.map((a) => (
              <button type="button" key={a} disabled={busy} data-test={`step-${a}`} onClick={() => take(a)}>
                {w.loop(loop.entity, a)}
              </button>
            ))}
          </div>
        </section>
      )}
      {error && (
        <p class="error" data-test="step-error">
          {error}
        </p>
      )}
      <LoopHistory loop={loop} />
    </article>
  );
}
