import type { ComponentChildren } from "preact";
import type { Num, Stats, VisitRef } from "./api";
import { BarChart } from "./BarChart";
import { useSession, useWords } from "./context";
import type { Key } from "./i18n";
import { listLink } from "./links";
import { formatTime } from "./time";

// The statistics page's four parts. Every number with a filter is a link to the records
// list showing exactly its records; numbers without one (the list cannot filter by
// them) have their records listed beside them.

const colors = { accent: "#1565c0", good: "#2e7d32", warn: "#ef6c00", bad: "#c62828", muted: "#9aa5b1" };

function useOffset(stats: Stats) {
  return stats.property.utc_offset_min;
}

function NumLink(props: { n: Num; offset: number; test?: string }) {
  const { n } = props;
  return n.filter ? (
    <a class="num-link" href={listLink(n.filter, props.offset)} data-test={props.test} data-value={n.value}>
      {n.value}
    </a>
  ) : (
    <span data-test={props.test} data-value={n.value}>
      {n.value}
    </span>
  );
}

function Tile(props: {
  label: Key;
  n: Num;
  offset: number;
  test?: string;
  tone?: "bad" | "good";
  extra?: ComponentChildren;
}) {
  const w = useWords();
  return (
    <div class={`tile ${props.tone ?? ""}`}>
      <div class="tile-label">{w.t(props.label)}</div>
      <div class="tile-value">
        <NumLink n={props.n} offset={props.offset} test={props.test} />
        {props.extra && <span class="tile-extra">{props.extra}</span>}
      </div>
    </div>
  );
}

const percent = (x: number | null) => (x === null ? "—" : `${x}%`);

function Card(props: { title: Key; wide?: boolean; test: string; children: ComponentChildren }) {
  const w = useWords();
  return (
    <section class={`card stat-card ${props.wide ? "wide" : ""}`} data-test={props.test}>
      <h2>{w.t(props.title)}</h2>
      {props.children}
    </section>
  );
}

function VisitTable(props: { rows: VisitRef[]; offset: number; late?: boolean; empty: Key; total: number }) {
  const w = useWords();
  const s = useSession();
  if (props.rows.length === 0) return <p class="muted">{w.t(props.empty)}</p>;
  return (
    <>
      <table class="compact">
        <thead>
          <tr>
            <th>{w.t("visitedAt")}</th>
            <th>{w.t("owner")}</th>
            <th>{w.t("staff")}</th>
            {props.late && <th>{w.t("serviceCompleted")}</th>}
            {props.late && <th class="num">{w.t("hoursAfterService")}</th>}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.id}>
              <td class="when">
                <a href={`#/records/owner_visit/${r.id}`}>{formatTime(r.visited_at, props.offset)}</a>
              </td>
              <td>{r.owner_name}</td>
              <td>{s.staffName(r.staff_id)}</td>
              {props.late && <td class="when">{formatTime(r.service_completed_at, props.offset)}</td>}
              {props.late && <td class="num bad">{r.hours_after_service}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {props.total > props.rows.length && <p class="muted">{w.t("moreListed")}</p>}
    </>
  );
}

export function VisitSection({ stats }: { stats: Stats }) {
  const w = useWords();
  const offset = useOffset(stats);
  const v = stats.visits;
  const outcomes = ["satisfied", "average", "unsatisfied"] as const;
  return (
    <Card title="visitsTitle" wide test="visits">
      <div class="tiles">
        <Tile label="memberOwners" n={v.member_owners} offset={offset} test="member-owners" />
        <Tile
          label="membersVisited"
          n={v.members_visited}
          offset={offset}
          test="members-visited"
          tone={v.coverage_percent !== null && v.coverage_percent < 100 ? "bad" : "good"}
          extra={`${w.t("coverage")} ${percent(v.coverage_percent)}`}
        />
        <Tile label="visitsDone" n={v.done} offset={offset} test="visits-done" />
        <Tile
          label="onTime"
          n={v.on_time}
          offset={offset}
          extra={`/ ${v.following_service.value} · ${percent(v.on_time_percent)}`}
        />
        <Tile label="late" n={v.late} offset={offset} tone={v.late.value ? "bad" : undefined} />
        <Tile label="inRestHours" n={v.in_rest_hours} offset={offset} tone={v.in_rest_hours.value ? "bad" : "good"} />
      </div>
      <progress class="coverage" max={100} value={v.coverage_percent ?? 100} />
      <div class="split">
        <div>
          <h3>{w.t("outcomes")}</h3>
          <BarChart
            test="chart-outcomes"
            labels={outcomes.map((o) => w.v(o))}
            series={[
              {
                label: w.t("outcomes"),
                data: outcomes.map((o) => v.outcomes[o].value),
                color: colors.accent,
              },
            ]}
          />
          <h3>{w.t("latestSuggestions")}</h3>
          {v.suggestions.length === 0 ? (
            <p class="muted">{w.t("noSuggestions")}</p>
          ) : (
            <ul class="suggestions">
              {v.suggestions.map((x) => (
                <li key={x.id}>
                  <a href={`#/records/owner_visit/${x.id}`}>{formatTime(x.visited_at, offset)}</a>
                  <span class={`badge ${x.outcome === "satisfied" ? "done" : "open"}`}>{w.v(x.outcome)}</span>
                  <span class="muted">{x.owner_name}</span> {x.text}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>
            {w.t("unvisitedMembers")} ({v.unvisited_members.length})
          </h3>
          {v.unvisited_members.length === 0 ? (
            <p class="muted">{w.t("noneMissing")}</p>
          ) : (
            <div class="scroll">
              <table class="compact" data-test="unvisited">
                <thead>
                  <tr>
                    <th>{w.t("building")}</th>
                    <th>{w.t("unit")}</th>
                    <th>{w.t("owner")}</th>
                  </tr>
                </thead>
                <tbody>
                  {v.unvisited_members.map((o) => (
                    <tr key={o.id}>
                      <td>{o.building}</td>
                      <td>{o.unit}</td>
                      <td>{o.name}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3>
            {w.t("inRestHours")} · {w.t("restHours")} {stats.property.rest_hours.join(", ")}
          </h3>
          <VisitTable rows={v.in_rest_hours.records} offset={offset} empty="noneInRest" total={v.in_rest_hours.value} />
          <h3>{w.t("late")}</h3>
          <VisitTable rows={v.late.records} offset={offset} late empty="noneLate" total={v.late.value} />
        </div>
      </div>
    </Card>
  );
}

export function PatrolSection({ stats }: { stats: Stats }) {
  const w = useWords();
  const s = useSession();
  const offset = useOffset(stats);
  const p = stats.patrols;
  const open = (n: Num) => n.filter && (location.hash = listLink(n.filter, offset));
  return (
    <Card title="patrolsTitle" wide test="patrols">
      <div class="tiles">
        <Tile label="patrolsFinished" n={p.finished} offset={offset} test="patrols-finished" />
        <Tile label="patrolsDue" n={p.due} offset={offset} />
        <Tile
          label="patrolsDone"
          n={p.done}
          offset={offset}
          tone={p.done_percent !== null && p.done_percent < 100 ? "bad" : "good"}
          extra={`${w.t("completion")} ${percent(p.done_percent)}`}
        />
        <Tile label="failedLines" n={p.failed_lines} offset={offset} tone={p.failed_lines.value ? "bad" : undefined} />
      </div>
      <div class="split">
        <div>
          <h3>{w.t("byArea")}</h3>
          <BarChart
            test="chart-areas"
            labels={p.areas.map((a) => a.name)}
            series={[
              { label: w.t("patrolsDue"), data: p.areas.map((a) => a.due.value), color: colors.muted },
              { label: w.t("patrolsDone"), data: p.areas.map((a) => a.done.value), color: colors.good },
              { label: w.t("failedLines"), data: p.areas.map((a) => a.failed_lines.value), color: colors.bad },
            ]}
            onBar={(i, series) => open(series === 2 ? p.areas[i].failed_lines : p.areas[i].finished)}
          />
          <h3>{w.t("failedByCategory")}</h3>
          <BarChart
            test="chart-categories"
            horizontal
            labels={p.failed_by_category.map((c) => w.v(c.category))}
            series={[
              {
                label: w.t("failedLines"),
                data: p.failed_by_category.map((c) => c.failed_lines.value),
                color: colors.bad,
              },
            ]}
            onBar={(i) => open(p.failed_by_category[i].failed_lines)}
          />
        </div>
        <div>
          <table class="compact" data-test="areas">
            <thead>
              <tr>
                <th>{w.t("area")}</th>
                <th class="num">{w.t("everyDays")}</th>
                <th class="num">{w.t("patrolsDue")}</th>
                <th class="num">{w.t("patrolsDone")}</th>
                <th class="num">{w.t("patrolsFinished")}</th>
                <th class="num">{w.t("failedLines")}</th>
              </tr>
            </thead>
            <tbody>
              {p.areas.map((a) => (
                <tr key={a.area_id} class={a.done.value < a.due.value ? "short" : ""}>
                  <td>{a.name}</td>
                  <td class="num">{a.every_days}</td>
                  <td class="num">{a.due.value}</td>
                  <td class="num">{a.done.value}</td>
                  <td class="num">
                    <NumLink n={a.finished} offset={offset} />
                  </td>
                  <td class="num">
                    <NumLink n={a.failed_lines} offset={offset} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{w.t("byStaff")}</h3>
          <table class="compact" data-test="staff">
            <thead>
              <tr>
                <th>{w.t("staff")}</th>
                <th class="num">{w.t("patrolsFinished")}</th>
              </tr>
            </thead>
            <tbody>
              {p.staff.map((m) => (
                <tr key={m.staff_id}>
                  <td>{s.staffName(m.staff_id) || m.staff_id}</td>
                  <td class="num">
                    <NumLink n={m.finished} offset={offset} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </Card>
  );
}

export function FollowUpSection({ stats }: { stats: Stats }) {
  const w = useWords();
  const s = useSession();
  const offset = useOffset(stats);
  const f = stats.follow_ups;
  const statuses = ["open", "in_progress", "fixed", "closed"] as const;
  return (
    <Card title="followUpsTitle" test="follow-ups">
      <div class="tiles">
        <Tile label="raised" n={f.raised} offset={offset} test="follow-ups-raised" />
        <Tile label="overdue" n={f.overdue} offset={offset} tone={f.overdue.value ? "bad" : "good"} />
        <div class="tile">
          <div class="tile-label">{w.t("meanHoursToClose")}</div>
          <div class="tile-value">{f.mean_hours_to_close ?? "—"}</div>
        </div>
      </div>
      <BarChart
        test="chart-follow-ups"
        labels={statuses.map((k) => w.v(k))}
        series={[{ label: w.t("status"), data: statuses.map((k) => f[k].value), color: colors.warn }]}
        onBar={(i) => {
          const n = f[statuses[i]];
          if (n.filter) location.hash = listLink(n.filter, offset);
        }}
      />
      <table class="compact">
        <tbody>
          {statuses.map((k) => (
            <tr key={k}>
              <td>
                <span class={`badge ${k}`}>{w.v(k)}</span>
              </td>
              <td class="num">
                <NumLink n={f[k]} offset={offset} test={`follow-ups-${k}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{w.t("overdue")}</h3>
      {f.overdue.records.length === 0 ? (
        <p class="muted">{w.t("noneOverdue")}</p>
      ) : (
        <div class="scroll">
          <table class="compact">
            <thead>
              <tr>
                <th>{w.t("due")}</th>
                <th>{w.t("description")}</th>
                <th>{w.t("area")}</th>
              </tr>
            </thead>
            <tbody>
              {f.overdue.records.map((r) => (
                <tr key={r.id}>
                  <td class="when">
                    <a href={`#/records/follow_up/${r.id}`}>{formatTime(r.due_at, offset)}</a>
                  </td>
                  <td class="summary">{r.description}</td>
                  <td>{s.areaName(r.area_id)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

export function RenovationSection({ stats }: { stats: Stats }) {
  const offset = useOffset(stats);
  const r = stats.renovation_checks;
  return (
    <Card title="renovationTitle" test="renovation">
      <div class="tiles">
        <Tile label="checksFinished" n={r.finished} offset={offset} test="renovation-finished" />
        <Tile label="renovationPatrol" n={r.patrol} offset={offset} />
        <Tile label="renovationAcceptance" n={r.acceptance} offset={offset} />
        <Tile label="withFailures" n={r.with_failures} offset={offset} tone={r.with_failures.value ? "bad" : undefined} />
      </div>
    </Card>
  );
}
