import { useEffect, useState } from "preact/hooks";
import type { Filters } from "./api";
import { useSession, useWords } from "./context";
import { kinds, reviewStates, statuses } from "./i18n";

// The list's filters; each change asks the server again (filtering is the server's).
export function FilterBar(props: { filters: Filters; onChange: (f: Filters) => void; onClear: () => void }) {
  const w = useWords();
  const s = useSession();
  const f = props.filters;
  const set = (patch: Partial<Filters>) => props.onChange({ ...f, ...patch });
  // What is typed in the search field, kept as it is typed (the list re-rendering while it
  // loads must not put back the last search), and searched on Enter or leaving the field.
  const [text, setText] = useState(f.q);
  useEffect(() => setText(f.q), [f.q]);
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  const buildings = s.me.buildings.filter((b) => !f.property || (b.fields as any).property_id === f.property);
  const areas = s.me.areas.filter((a) => !f.property || (a.fields as any).property_id === f.property);
  const staff = s.me.staff.filter((m) => !f.property || (m.fields as any).property_ids?.includes(f.property));

  return (
    <form class="filters" onSubmit={(e) => e.preventDefault()}>
      <label class="search">
        {w.t("search")}
        <input
          type="search"
          name="q"
          value={text}
          placeholder={w.t("searchHint")}
          onInput={(e) => setText(value(e))}
          onChange={(e) => set({ q: value(e) })}
        />
      </label>
      <label>
        {w.t("kind")}
        <select name="kind" value={f.kind} onChange={(e) => set({ kind: value(e) })}>
          <option value="">{w.t("all")}</option>
          {kinds.map((k) => (
            <option value={k}>{w.v(k)}</option>
          ))}
        </select>
      </label>
      <label>
        {w.t("property")}
        <select name="property" value={f.property} onChange={(e) => set({ property: value(e), staff: "", area: "", building: "" })}>
          <option value="">{w.t("all")}</option>
          {s.me.properties.map((p) => (
            <option value={p.id}>{p.fields.name}</option>
          ))}
        </select>
      </label>
      <label>
        {w.t("staff")}
        <select name="staff" value={f.staff} onChange={(e) => set({ staff: value(e) })}>
          <option value="">{w.t("all")}</option>
          {staff.map((m) => (
            <option value={m.id}>{m.fields.name}</option>
          ))}
        </select>
      </label>
      <label>
        {w.t("building")}
        <select name="building" value={f.building} onChange={(e) => set({ building: value(e) })}>
          <option value="">{w.t("all")}</option>
          {buildings.map((b) => (
            <option value={b.id}>{b.fields.name}</option>
          ))}
        </select>
      </label>
      <label>
        {w.t("area")}
        <select name="area" value={f.area} onChange={(e) => set({ area: value(e) })}>
          <option value="">{w.t("all")}</option>
          {areas.map((a) => (
            <option value={a.id}>{a.fields.name}</option>
          ))}
        </select>
      </label>
      <label>
        {w.t("status")}
        <select name="status" value={f.status} onChange={(e) => set({ status: value(e) })}>
          <option value="">{w.t("all")}</option>
          {statuses.map((k) => (
            <option value={k}>{w.v(k)}</option>
          ))}
        </select>
      </label>
      <label>
        {w.t("review")}
        <select name="review" value={f.review} onChange={(e) => set({ review: value(e) })}>
          <option value="">{w.t("all")}</option>
          {reviewStates.map((k) => (
            <option value={k}>{w.v(k)}</option>
          ))}
        </select>
      </label>
      <label>
        {w.t("from")}
        <input type="date" name="from" value={f.from} onChange={(e) => set({ from: value(e) })} />
      </label>
      <label>
        {w.t("to")}
        <input type="date" name="to" value={f.to} onChange={(e) => set({ to: value(e) })} />
      </label>
      <label class="check">
        <input
          type="checkbox"
          name="failed"
          checked={f.failed}
          onChange={(e) => set({ failed: (e.currentTarget as HTMLInputElement).checked })}
        />
        {w.t("failedOnly")}
      </label>
      <button type="button" onClick={props.onClear}>
        {w.t("clear")}
      </button>
    </form>
  );
}
