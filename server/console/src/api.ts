// The console API (docs/console-api.md). The session is an HttpOnly cookie the browser
// sends by itself; every request that changes something carries the console's header,
// which the server requires (CSRF: a cross-site form cannot send it).

export interface User {
  id: string;
  name: string;
  role: "patrol" | "specialist" | "manager" | "office";
  property_ids: string[];
}

export interface Ref<F = Record<string, unknown>> {
  entity: string;
  id: string;
  fields: F;
}

export interface PropertyFields {
  name: string;
  code: string;
  utc_offset_min?: number;
}
export interface NamedFields {
  name: string;
  center?: { lat: number; lon: number };
  radius_m?: number;
}

export interface Me {
  user: User;
  properties: Ref<PropertyFields>[];
  staff: Ref<NamedFields>[];
  areas: Ref<NamedFields>[];
  buildings: Ref<NamedFields>[];
}

export type Kind = "inspection" | "renovation_check" | "owner_visit" | "follow_up";

export interface RecordRow {
  entity: Kind;
  id: string;
  version: number;
  property_id: string;
  staff_id: string | null;
  at: string;
  status: string | null;
  failed_lines: number;
  review: ReviewState;
  fields: Record<string, any>;
}

export type ReviewState = "received" | "approved" | "has_issues" | "rejected";

export interface ReviewAct {
  state: ReviewState;
  comment: string | null;
  record_version: number;
  by: string;
  at: string;
}

export interface RecordPage {
  records: RecordRow[];
  next: string | null;
}

export interface RecordDetail extends RecordRow {
  lines: Ref<Record<string, any>>[];
  photos: Ref<Record<string, any>>[];
  follow_ups: Ref<Record<string, any>>[];
  reviews: ReviewAct[];
  may_review: boolean;
  history: HistoryEvent[];
}

// A value one device set that another's later change overwrote (docs/console-api.md,
// "Conflicts"), and a manager's decision on it.
export interface Conflict {
  seq: number;
  entity: string;
  record_id: string;
  parent_id: string | null;
  property_id: string | null;
  field: string;
  set_aside: unknown;
  in_force: unknown;
  by: string;
  at: string;
  decision: { choice: "kept" | "restored"; by: string; at: string; version: number | null } | null;
}

// One event of a record's history, oldest first.
export type HistoryEvent =
  | {
      kind: "created" | "edited" | "deleted" | "restored" | "resolved";
      entity: string;
      id: string;
      by: string;
      device: string | null;
      version: number;
      at: string;
      changes?: { field: string; old: unknown; new: unknown }[];
      state?: undefined;
    }
  | ({ kind: "conflict"; device?: undefined; state?: undefined; changes?: undefined } & Conflict & { id?: string })
  | {
      kind: "review";
      entity?: undefined;
      id?: undefined;
      device?: undefined;
      state: ReviewState;
      comment: string | null;
      by: string;
      version: number;
      at: string;
      changes?: undefined;
    };

export interface Approval {
  approved: number;
  skipped: { entity: string; id: string; reason: "gone" | "changed" | "already_approved" }[];
}

export interface Filters {
  kind: string;
  property: string;
  staff: string;
  area: string;
  building: string;
  q: string; // words the record's text contains (docs/console-api.md, "Search")
  status: string;
  review: string;
  from: string; // yyyy-mm-dd in the property's calendar
  to: string;
  failed: boolean;
}

export const emptyFilters: Filters = {
  kind: "",
  property: "",
  staff: "",
  status: "",
  review: "",
  area: "",
  building: "",
  q: "",
  from: "",
  to: "",
  failed: false,
};

// Statistics (docs/console-api.md, "Statistics"). A number, and where the records list
// can show exactly the records behind it, the list's parameters (ISO instants for from/to).
export interface StatFilter {
  property: string;
  from: string;
  to: string;
  kind?: string;
  status?: string;
  staff?: string;
  area?: string;
  failed?: string;
}
export interface Num {
  value: number;
  filter?: StatFilter;
}
export interface VisitRef {
  id: string;
  owner_id: string;
  owner_name: string;
  staff_id: string;
  visited_at: string;
  service_completed_at?: string;
  hours_after_service?: number;
  outcome?: string | null;
  text?: string;
}
export interface Stats {
  property: { id: string; name: string; utc_offset_min: number; rest_hours: string[] };
  period: { from: string; to: string };
  visits: {
    member_owners: Num;
    members_visited: Num;
    coverage_percent: number | null;
    unvisited_members: { id: string; name: string; unit_id: string; unit: string; building: string }[];
    done: Num;
    following_service: Num;
    on_time: Num;
    on_time_percent: number | null;
    late: Num & { records: VisitRef[] };
    in_rest_hours: Num & { records: VisitRef[] };
    outcomes: { satisfied: Num; average: Num; unsatisfied: Num };
    suggestions: VisitRef[];
  };
  patrols: {
    days: number;
    finished: Num;
    due: Num;
    done: Num;
    done_percent: number | null;
    failed_lines: Num;
    areas: { area_id: string; name: string; every_days: number; due: Num; done: Num; finished: Num; failed_lines: Num }[];
    staff: { staff_id: string; finished: Num }[];
    failed_by_category: { category: string; failed_lines: Num }[];
  };
  follow_ups: {
    raised: Num;
    open: Num;
    in_progress: Num;
    fixed: Num;
    closed: Num;
    overdue: Num & {
      records: { id: string; description: string; status: string; area_id: string | null; due_at: string }[];
    };
    mean_hours_to_close: number | null;
  };
  renovation_checks: { patrol: Num; acceptance: Num; finished: Num; with_failures: Num };
  complaints: ComplaintStats;
}

// The classified complaint statistics (docs/console-api.md, "Statistics").
export interface ComplaintStats {
  received: number;
  closed: number;
  by_class: { key: string | null; count: number }[];
  by_department: { key: string | null; count: number }[];
  by_outcome: { key: string | null; count: number }[];
  by_satisfaction: { key: string | null; count: number }[];
  close_hours_median: number | null;
  close_hours_p90: number | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
  ) {
    super(detail);
  }
}

export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (method !== "GET") headers["X-Patrolbook-Console"] = "1";
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "same-origin",
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : {};
  if (!response.ok) throw new ApiError(response.status, json.title ?? "", json.detail ?? response.statusText);
  return json as T;
}

export const api = {
  me: () => call<Me>("GET", "/api/v1/console/me"),
  login: (username: string, password: string) =>
    call<{ user: User }>("POST", "/api/v1/console/login", { username, password, device_id: "console" }),
  logout: () => call<unknown>("POST", "/api/v1/console/logout"),
  records: (query: URLSearchParams) => call<RecordPage>("GET", `/api/v1/console/records?${query}`),
  record: (entity: string, id: string) =>
    call<RecordDetail>("GET", `/api/v1/console/records/${encodeURIComponent(entity)}/${encodeURIComponent(id)}`),
  review: (r: RecordRow, state: ReviewState, comment: string) =>
    call<{ review: ReviewState; reviews: ReviewAct[] }>(
      "POST",
      `/api/v1/console/records/${encodeURIComponent(r.entity)}/${encodeURIComponent(r.id)}/review`,
      { state, comment: comment.trim() || null, version: r.version },
    ),
  approveMany: (rows: RecordRow[]) =>
    call<Approval>("POST", "/api/v1/console/reviews", {
      records: rows.map((r) => ({ entity: r.entity, id: r.id, version: r.version })),
    }),
  conflicts: (all: boolean) =>
    call<{ conflicts: Conflict[]; next: string | null }>("GET", `/api/v1/console/conflicts${all ? "?state=all" : ""}`),
  decideConflict: (seq: number, choice: "kept" | "restored") =>
    call<Conflict>("POST", `/api/v1/console/conflicts/${seq}/decision`, { choice }),
  stats: (query: URLSearchParams) => call<Stats>("GET", `/api/v1/console/stats?${query}`),
  photoUrl: (sha256: string) => `/api/v1/console/photos/${sha256}`,
  // Downloads are plain links (the browser streams them to a file; the cookie goes
  // along as with any same-origin request), with the list's filters and the language.
  csvUrl: (query: URLSearchParams) => `/api/v1/console/records.csv?${query}`,
  zipUrl: (query: URLSearchParams) => `/api/v1/console/photos.zip?${query}`,
  // The server's 320 px JPEG of it (made once, cached).
  thumbUrl: (sha256: string) => `/api/v1/console/photos/${sha256}?size=thumb`,
};
