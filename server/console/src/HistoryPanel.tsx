import type { HistoryEvent, RecordDetail } from "./api";
import { useSession, useWords, type Session } from "./context";
import type { Words } from "./i18n";
import { formatTime } from "./time";

// A record's history (docs/console-api.md, "History"): who changed which field when, from
// which device, old -> new; the conflicts its changes met and how a manager decided
// them; the office's reviews. A line's change names the line.
export function HistoryPanel(props: { record: RecordDetail }) {
  const w = useWords();
  const s = useSession();
  const r = props.record;
  const offset = s.property(r.property_id).offset;
  const lineTitle = (id: string | undefined) => r.lines.find((l) => l.id === id)?.fields.title as string | undefined;

  return (
    <section class="history-panel" data-test="history">
      <h2>{w.t("history")}</h2>
      {r.history.length === 0 && <p class="empty">{w.t("noHistory")}</p>}
      <ol class="timeline">
        {r.history.map((e, i) => (
          <li key={i} class={e.kind}>
            <span class="when">{formatTime(e.at, offset)}</span>{" "}
            <strong>{w.t(`event_${e.kind}` as const)}</strong>
            {e.entity && e.entity !== r.entity && <span class="muted"> · {lineTitle(e.id) ?? w.v(e.entity)}</span>}
            {" · "}
            {s.staffName(e.by) || e.by}
            {e.device && (
              <span class="muted">
                {" "}
                · {w.t("device")} {e.device === "console" ? w.t("theConsole") : e.device}
              </span>
            )}
            <Body event={e} w={w} s={s} offset={offset} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function Body(props: { event: HistoryEvent; w: Words; s: Session; offset: number }) {
  const { event: e, w, s } = props;
  if (e.kind === "review")
    return (
      <p class="comment">
        <span class={`badge ${e.state}`}>{w.v(e.state)}</span> {e.comment}
      </p>
    );
  if (e.kind === "conflict")
    return (
      <p class="change">
        {w.f(e.field)}: {w.t("keptValue")} <Value v={e.in_force} /> · {w.t("setAside")} <Value v={e.set_aside} />
        {e.decision ? (
          <span class="muted">
            {" "}
            · {w.t(e.decision.choice === "restored" ? "decisionRestored" : "decisionKept")} ({s.staffName(e.decision.by)},{" "}
            {formatTime(e.decision.at, props.offset)})
          </span>
        ) : (
          <span class="badge has_issues"> {w.t("undecided")}</span>
        )}
      </p>
    );
  if (!e.changes?.length) return null;
  return (
    <ul class="changes">
      {e.changes.map((c) => (
        <li key={c.field}>
          {w.f(c.field)}: <Value v={c.old} /> → <Value v={c.new} />
        </li>
      ))}
    </ul>
  );
}

function Value(props: { v: unknown }) {
  const v = props.v;
  if (v === null || v === undefined || v === "") return <em class="muted">—</em>;
  return <code>{typeof v === "string" ? v : JSON.stringify(v)}</code>;
}
