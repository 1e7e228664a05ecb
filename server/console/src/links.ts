import type { Filters, StatFilter } from "./api";
import { emptyFilters } from "./api";
import { dayOf } from "./time";

// The records list behind a statistic: "#/?<filters>" opens the list with those filters
// (App reads them). The list takes calendar days, inclusive; a statistic's filter has
// the period's instants, so they become the property's days [from, to - 1 ms].
export function listLink(f: StatFilter, offsetMin: number): string {
  const q = new URLSearchParams();
  for (const k of ["kind", "property", "staff", "area", "status"] as const) {
    const v = f[k];
    if (v) q.set(k, v);
  }
  q.set("from", dayOf(f.from, offsetMin));
  q.set("to", dayOf(new Date(Date.parse(f.to) - 1).toISOString(), offsetMin));
  if (f.failed === "1") q.set("failed", "1");
  return `#/?${q}`;
}

// The filters a "#/?..." hash names; null for any other hash.
export function filtersOfHash(hash: string): Filters | null {
  const m = /^#\/\?(.*)$/.exec(hash);
  if (!m) return null;
  const q = new URLSearchParams(m[1]);
  return {
    ...emptyFilters,
    kind: q.get("kind") ?? "",
    property: q.get("property") ?? "",
    staff: q.get("staff") ?? "",
    area: q.get("area") ?? "",
    building: q.get("building") ?? "",
    q: q.get("q") ?? "",
    status: q.get("status") ?? "",
    from: q.get("from") ?? "",
    to: q.get("to") ?? "",
    failed: q.get("failed") === "1",
  };
}
