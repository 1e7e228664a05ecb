import { BarChart } from "./BarChart";
import type { ComplaintStats } from "./api";
import { useWords } from "./context";
import type { Key } from "./i18n";

const color = "#6a1b9a";

// The classified complaint statistics of the period (the sixth step's summary feeds
// them): by class, responsible department, outcome and satisfaction at the return visit,
// and how long closing took.
export function ComplaintSection({ stats }: { stats: ComplaintStats }) {
  const w = useWords();
  const named = (key: string | null) => key ?? w.t("unnamed");
  const chart = (title: Key, rows: { key: string | null; count: number }[], word: (k: string | null) => string) => (
    <div>
      <h3>{w.t(title)}</h3>
      {rows.length === 0 ? (
        <p class="muted">—</p>
      ) : (
        <BarChart
          test={`chart-complaints-${title}`}
          horizontal
          labels={rows.map((r) => word(r.key))}
          series={[{ label: w.t(title), data: rows.map((r) => r.count), color }]}
        />
      )}
    </div>
  );
  return (
    <section class="card stat-card wide" data-test="complaints">
      <h2>{w.t("complaintsTitle")}</h2>
      <div class="tiles">
        <div class="tile">
          <div class="tile-label">{w.t("complaintsReceived")}</div>
          <div class="tile-value" data-test="complaints-received">
            {stats.received}
          </div>
        </div>
        <div class="tile">
          <div class="tile-label">{w.t("complaintsClosed")}</div>
          <div class="tile-value">{stats.closed}</div>
        </div>
        <div class="tile">
          <div class="tile-label">{w.t("closeMedian")}</div>
          <div class="tile-value">{stats.close_hours_median ?? "—"}</div>
        </div>
        <div class="tile">
          <div class="tile-label">{w.t("closeP90")}</div>
          <div class="tile-value">{stats.close_hours_p90 ?? "—"}</div>
        </div>
      </div>
      <div class="stat-columns">
        {chart("byClass", stats.by_class, (k) => (k ? w.loop("class", k) : named(k)))}
        {chart("byDepartment", stats.by_department, (k) => (k ? w.loop("department", k) : named(k)))}
        {chart("byOutcome", stats.by_outcome, (k) => w.loop("complaint", k))}
        {chart("bySatisfaction", stats.by_satisfaction, (k) => (k ? w.v(k) : w.t("unnamed")))}
      </div>
    </section>
  );
}
