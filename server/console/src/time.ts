// Record times on the property's clock (its utc_offset_min), whatever zone the browser
// is in: the instant is shifted by the offset and read with the UTC getters, never with
// the browser's own zone.

const pad = (n: number) => String(n).padStart(2, "0");

export function offsetLabel(offsetMin: number): string {
  const sign = offsetMin < 0 ? "-" : "+";
  const abs = Math.abs(offsetMin);
  return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? ":" + pad(abs % 60) : ""}`;
}

export function formatTime(iso: string | null | undefined, offsetMin: number): string {
  if (!iso) return "";
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + offsetMin * 60_000);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
  );
}

// The start of a calendar day (yyyy-mm-dd) at the property, as ISO 8601 with its offset.
export function dayStart(day: string, offsetMin: number, plusDays = 0): string {
  const [y, m, d] = day.split("-").map(Number);
  const utc = Date.UTC(y, m - 1, d + plusDays) - offsetMin * 60_000;
  const local = new Date(utc + offsetMin * 60_000);
  const sign = offsetMin < 0 ? "-" : "+";
  const abs = Math.abs(offsetMin);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T00:00:00` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

// Metres between two points (haversine): how far a GPS stamp is from its area.
export function distanceM(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = 6_371_000;
  const rad = (x: number) => (x * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * r * Math.asin(Math.sqrt(h));
}

// The calendar day (yyyy-mm-dd) an instant falls on at the property.
export function dayOf(iso: string, offsetMin: number): string {
  const d = new Date(Date.parse(iso) + offsetMin * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

// A calendar day moved by whole days (calendar arithmetic, no clock involved).
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export type PeriodKind = "day" | "week" | "month" | "quarter" | "year" | "custom";
export const periodKinds: PeriodKind[] = ["day", "week", "month", "quarter", "year", "custom"];

// The period of `kind` holding the calendar day `anchor`: its first day and the day
// after its last (weeks start on Monday, as in China). Days are the property's, so the
// boundaries become the property's midnights (dayStart), never the browser's.
export function periodOf(kind: Exclude<PeriodKind, "custom">, anchor: string): { first: string; after: string } {
  const [y, m, d] = anchor.split("-").map(Number);
  const day = (yy: number, mm: number, dd: number) => {
    const t = new Date(Date.UTC(yy, mm - 1, dd));
    return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  };
  switch (kind) {
    case "day":
      return { first: anchor, after: addDays(anchor, 1) };
    case "week": {
      const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday 0
      const first = addDays(anchor, -weekday);
      return { first, after: addDays(first, 7) };
    }
    case "month":
      return { first: day(y, m, 1), after: day(y, m + 1, 1) };
    case "quarter": {
      const q = Math.floor((m - 1) / 3) * 3 + 1;
      return { first: day(y, q, 1), after: day(y, q + 3, 1) };
    }
    case "year":
      return { first: day(y, 1, 1), after: day(y + 1, 1, 1) };
  }
}

// The same period one step earlier (-1) or later (+1).
export function shiftAnchor(kind: Exclude<PeriodKind, "custom">, anchor: string, step: number): string {
  const { first, after } = periodOf(kind, anchor);
  return step < 0 ? addDays(first, -1) : after;
}

// Today at the property.
export function today(offsetMin: number): string {
  return dayOf(new Date().toISOString(), offsetMin);
}
