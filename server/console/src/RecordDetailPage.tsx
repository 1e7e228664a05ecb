import { useEffect, useState } from "preact/hooks";
import { api, type RecordDetail, type Ref } from "./api";
import { useSession, useWords } from "./context";
import { HistoryPanel } from "./HistoryPanel";
import { PhotoStrip } from "./PhotoStrip";
import { PrintButton, PrintHeader } from "./PrintHeader";
import { ReviewPanel } from "./ReviewPanel";
import { describe } from "./RecordListPage";
import { distanceM, formatTime, offsetLabel } from "./time";

type Fields = Record<string, any>;

export function RecordDetailPage(props: { entity: string; id: string }) {
  const w = useWords();
  const s = useSession();
  const [record, setRecord] = useState<RecordDetail | null>(null);
  const [error, setError] = useState("");

  useEffect(() => {
    setRecord(null);
    setError("");
    api.record(props.entity, props.id).then(setRecord, (e) => setError(e.message));
  }, [props.entity, props.id]);

  if (error)
    return (
      <section class="detail">
        <a href="#/">← {w.t("back")}</a>
        <p class="error">{error}</p>
      </section>
    );
  if (!record) return <p class="more">{w.t("loading")}</p>;

  const p = s.property(record.property_id);
  const f = record.fields;
  const time = (iso: string | null | undefined) => formatTime(iso, p.offset);
  const photosOf = (id: string) => record.photos.filter((ph) => ph.fields.record_id === id);
  const area = s.area(f.area_id);
  // A renovation acceptance's signature is a photo of its own: shown apart, and large.
  const signature = record.photos.find((ph) => ph.id === f.signature_photo_id);
  const photos = record.photos.filter((ph) => ph !== signature);
  // Further facts, printed with the rest when the record has them.
  const more: [string, string][] = [
    [w.t("kind"), !f.kind ? "" : f.kind === "acceptance" ? w.t("renovationAcceptance") : w.t("renovationPatrol")],
    [w.t("channel"), w.v(f.channel)],
    [w.t("contractor"), f.contractor ?? ""],
    [w.t("permitNo"), f.permit_no ?? ""],
    [w.t("finishedAt"), time(f.finished_at)],
    [w.t("due"), time(f.due_at)],
    [w.t("assignee"), f.assignee_id ? s.staffName(f.assignee_id) : ""],
    [w.t("resolution"), f.resolution ?? ""],
  ];
  const position = f.position as { lat: number; lon: number; accuracy_m?: number } | null | undefined;

  return (
    <section class="detail" data-test="detail">
      <PrintHeader report="recordReport" property={record.property_id} period={time(record.at)} />
      <div class="page-actions">
        <a href="#/" data-test="back">
          ← {w.t("back")}
        </a>
        <PrintButton />
      </div>
      <h1>
        {w.v(record.entity)} · {describe(record, s, w)}
      </h1>
      <dl class="facts">
        <dt>{w.t("property")}</dt>
        <dd>{p.name}</dd>
        <dt>{w.t("time")}</dt>
        <dd>
          {time(record.at)} ({offsetLabel(p.offset)})
        </dd>
        <dt>{w.t("staff")}</dt>
        <dd>{s.staffName(record.staff_id)}</dd>
        <dt>{w.t("status")}</dt>
        <dd>{w.v(record.status)}</dd>
        {f.area_id && <dt>{w.t("area")}</dt>}
        {f.area_id && <dd>{s.areaName(f.area_id)}</dd>}
        {f.outcome && <dt>{w.t("outcome")}</dt>}
        {f.outcome && <dd>{w.v(f.outcome)}</dd>}
        {f.suggestions && <dt>{w.t("suggestions")}</dt>}
        {f.suggestions && <dd>{f.suggestions}</dd>}
        {f.description && <dt>{w.t("description")}</dt>}
        {f.description && <dd>{f.description}</dd>}
        {f.note && <dt>{w.t("note")}</dt>}
        {f.note && <dd>{f.note}</dd>}
        {more
          .filter(([, v]) => v)
          .flatMap(([k, v]) => [<dt key={`${k}-t`}>{k}</dt>, <dd key={`${k}-d`}>{v}</dd>])}
        <dt>{w.t("gps")}</dt>
        <dd data-test="gps">
          {position
            ? `${position.lat.toFixed(6)}, ${position.lon.toFixed(6)}` +
              (position.accuracy_m != null ? ` · ${w.t("accuracy")} ${Math.round(position.accuracy_m)} m` : "") +
              (area?.fields.center ? ` · ${Math.round(distanceM(position, area.fields.center))} m ${w.t("fromArea")}` : "")
            : w.t("noGps")}
        </dd>
      </dl>
      <ReviewPanel record={record} onReviewed={setRecord} />
      <h2>
        {w.t("photos")} ({photos.length})
      </h2>
      <PhotoStrip photos={photos} />
      {record.lines.length > 0 && <Lines lines={record.lines} photosOf={photosOf} />}
      {signature && (
        <div class="signature" data-test="signature">
          <h2>{w.t("signature")}</h2>
          <img src={api.photoUrl(signature.fields.sha256)} alt={w.t("signature")} />
        </div>
      )}
      <h2>{w.t("followUps")}</h2>
      {record.follow_ups.length === 0 && <p class="empty">{w.t("noFollowUps")}</p>}
      <ul class="followups">
        {record.follow_ups.map((fu) => (
          <li key={fu.id}>
            <a href={`#/records/follow_up/${fu.id}`}>{fu.fields.description}</a>
            <span class={`badge ${fu.fields.status}`}>{w.v(fu.fields.status)}</span>
            <span class="muted">
              {w.t("assignee")}: {s.staffName(fu.fields.assignee_id)} · {w.t("due")}: {time(fu.fields.due_at)}
            </span>
          </li>
        ))}
      </ul>
      <HistoryPanel record={record} />
    </section>
  );
}

function Lines(props: { lines: Ref<Fields>[]; photosOf: (id: string) => Ref<Fields>[] }) {
  const w = useWords();
  return (
    <>
      <h2>{w.t("lines")}</h2>
      <table class="lines" data-test="lines">
        <thead>
          <tr>
            <th>{w.t("item")}</th>
            <th>{w.t("category")}</th>
            <th>{w.t("result")}</th>
            <th>{w.t("note")}</th>
            <th>{w.t("photos")}</th>
          </tr>
        </thead>
        <tbody>
          {props.lines.map((l) => (
            <tr key={l.id} class={l.fields.result === "fail" ? "failed" : ""}>
              <td>{l.fields.title}</td>
              <td>{w.v(l.fields.category)}</td>
              <td>
                <span class={`badge ${l.fields.result ?? ""}`}>{w.v(l.fields.result)}</span>
              </td>
              <td>{l.fields.note}</td>
              <td>
                <PhotoStrip photos={props.photosOf(l.id)} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
