import { useSession, useWords } from "./context";
import type { LoopDetail } from "./loopsApi";
import { PhotoStrip } from "./PhotoStrip";
import { formatTime } from "./time";

// A loop's history: its LoopEvents (docs/sync-protocol.md), each step in words with who
// took it, when on their device, from which status to which, its note and photos.
export function LoopHistory(props: { loop: LoopDetail }) {
  const w = useWords();
  const s = useSession();
  const l = props.loop;
  const offset = s.property(l.property_id).offset;
  return (
    <section class="history-panel" data-test="loop-history">
      <h2>{w.t("loopHistory")}</h2>
      {l.events.length === 0 && <p class="empty">{w.t("noEvents")}</p>}
      <ol class="timeline">
        {l.events.map((e) => {
          const f = e.fields;
          const photos = l.photos.filter((p) => (f.photo_ids ?? []).includes(p.id));
          return (
            <li key={e.id} data-test="loop-event">
              <span class="when">{formatTime(f.at, offset)}</span> <strong>{w.loop(l.entity, f.action)}</strong>
              {" · "}
              {s.staffName(f.actor_id) || f.actor_id}
              <span class="muted">
                {" "}
                · {f.from_status ? `${w.loop(l.entity, f.from_status)} → ` : ""}
                {w.loop(l.entity, f.to_status)}
              </span>
              {f.note && <p class="comment">{f.note}</p>}
              <PhotoStrip photos={photos} compact />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
