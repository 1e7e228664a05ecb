import { useEffect, useState } from "preact/hooks";
import { api, type Stats } from "./api";
import { useSession, useWords } from "./context";
import { ComplaintSection } from "./ComplaintSection";
import type { Key } from "./i18n";
import { PrintButton, PrintHeader } from "./PrintHeader";
import { FollowUpSection, PatrolSection, RenovationSection, VisitSection } from "./StatsSections";
import { addDays, dayStart, offsetLabel, periodKinds, periodOf, shiftAnchor, today, type PeriodKind } from "./time";

// What the page shows, kept in its hash ("#/stats?property=..&period=month&day=..") so
// that Back from a drilled-into list returns to the same period.
interface View {
  property: string;
  period: PeriodKind;
  day: string; // a day inside the period (day .. year)
  from: string; // custom range: first and last day, inclusive
  to: string;
}

const periodWord: Record<PeriodKind, Key> = {
  day: "periodDay",
  week: "periodWeek",
  month: "periodMonth",
  quarter: "periodQuarter",
  year: "periodYear",
  custom: "periodCustom",
};

function viewOfHash(hash: string, fallbackProperty: string, todayAt: (p: string) => string): View {
  const q = new URLSearchParams(hash.replace(/^#\/stats\??/, ""));
  const property = q.get("property") || fallbackProperty;
  const period = (periodKinds as string[]).includes(q.get("period") ?? "") ? (q.get("period") as PeriodKind) : "month";
  const day = q.get("day") || todayAt(property);
  return { property, period, day, from: q.get("from") || day, to: q.get("to") || day };
}

function hashOfView(v: View): string {
  const q = new URLSearchParams({ property: v.property, period: v.period, day: v.day });
  if (v.period === "custom") {
    q.set("from", v.from);
    q.set("to", v.to);
  }
  return `#/stats?${q}`;
}

// The period's first day and the day after its last, on the property's calendar.
function bounds(v: View): { first: string; after: string } {
  if (v.period === "custom") return { first: v.from, after: addDays(v.to < v.from ? v.from : v.to, 1) };
  return periodOf(v.period, v.day);
}

export function StatsPage() {
  const w = useWords();
  const s = useSession();
  const todayAt = (p: string) => today(s.property(p).offset);
  const [view, setView] = useState<View>(() => viewOfHash(location.hash, s.me.user.property_ids[0], todayAt));
  const [stats, setStats] = useState<Stats | null>(null);
  const [error, setError] = useState("");
  const offset = s.property(view.property).offset;
  const { first, after } = bounds(view);

  const change = (patch: Partial<View>) => {
    const next = { ...view, ...patch };
    history.replaceState(null, "", hashOfView(next));
    setView(next);
  };

  useEffect(() => {
    let current = true;
    setError("");
    const q = new URLSearchParams({
      property: view.property,
      from: dayStart(first, offset),
      to: dayStart(after, offset),
    });
    api.stats(q).then(
      (r) => current && setStats(r),
      (e) => current && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      current = false;
    };
  }, [view.property, first, after, offset]);

  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <section class="stats" data-test="stats">
      <PrintHeader
        report="statsReport"
        property={view.property}
        period={`${w.t(periodWord[view.period])} · ${first} – ${addDays(after, -1)}`}
      />
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {w.t("property")}
          <select name="property" value={view.property} onChange={(e) => change({ property: value(e) })}>
            {s.me.properties.map((p) => (
              <option value={p.id}>{p.fields.name}</option>
            ))}
          </select>
        </label>
        <label>
          {w.t("period")}
          <select
            name="period"
            value={view.period}
            onChange={(e) => change({ period: value(e) as PeriodKind, from: first, to: addDays(after, -1) })}
          >
            {periodKinds.map((k) => (
              <option value={k}>{w.t(periodWord[k])}</option>
            ))}
          </select>
        </label>
        {view.period === "custom" ? (
          <>
            <label>
              {w.t("from")}
              <input type="date" name="from" value={view.from} onChange={(e) => change({ from: value(e) })} />
            </label>
            <label>
              {w.t("to")}
              <input type="date" name="to" value={view.to} onChange={(e) => change({ to: value(e) })} />
            </label>
          </>
        ) : (
          <>
            <button
              type="button"
              data-test="previous"
              onClick={() => change({ day: shiftAnchor(view.period as Exclude<PeriodKind, "custom">, view.day, -1) })}
            >
              ‹ {w.t("previous")}
            </button>
            <label>
              {w.t("date")}
              <input type="date" name="day" value={view.day} onChange={(e) => value(e) && change({ day: value(e) })} />
            </label>
            <button
              type="button"
              data-test="next"
              onClick={() => change({ day: shiftAnchor(view.period as Exclude<PeriodKind, "custom">, view.day, 1) })}
            >
              {w.t("next")} ›
            </button>
          </>
        )}
        <span class="period" data-test="period">
          {first} – {addDays(after, -1)} · {offsetLabel(offset)}
        </span>
        <span class="muted hint">{w.t("drillHint")}</span>
        <PrintButton />
      </form>
      {error && <p class="error">{error}</p>}
      {!stats && !error && <p class="muted">{w.t("loading")}</p>}
      {stats && (
        <div class="stat-grid">
          <VisitSection stats={stats} />
          <PatrolSection stats={stats} />
          <FollowUpSection stats={stats} />
          <RenovationSection stats={stats} />
          {stats.complaints && <ComplaintSection stats={stats.complaints} />}
        </div>
      )}
    </section>
  );
}
