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
}

export interface Approval {
  approved: number;
  skipped: { entity: string; id: string; reason: "gone" | "changed" | "already_approved" }[];
}

export interface Filters {
  kind: string;
  property: string;
  staff: string;
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
  from: "",
  to: "",
  failed: false,
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
  ) {
    super(detail);
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
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
  photoUrl: (sha256: string) => `/api/v1/console/photos/${sha256}`,
};
