// The loops' part of the console API (docs/console-api.md, "Loops").
import { call, type Ref } from "./api";

export type LoopEntity = "repair_order" | "complaint" | "handover" | "follow_up";

export interface LoopRow {
  entity: LoopEntity;
  id: string;
  version: number;
  property_id: string;
  at: string;
  status: string;
  level: string | null;
  handler_id: string | null;
  overdue: boolean;
  due_at: string | null;
  fields: Record<string, any>;
  steps?: string[];
}

export interface LoopDetail extends LoopRow {
  photos: Ref<Record<string, any>>[];
  events: Ref<Record<string, any>>[];
  steps: string[];
}

export interface LoopFilters {
  property: string;
  status: string;
  level: string;
  handler: string;
  overdue: boolean;
  from: string; // yyyy-mm-dd in the property's calendar
  to: string;
}

export const emptyLoopFilters: LoopFilters = {
  property: "",
  status: "",
  level: "",
  handler: "",
  overdue: false,
  from: "",
  to: "",
};

const path = (entity: string, id: string) =>
  `/api/v1/console/loops/${encodeURIComponent(entity)}/${encodeURIComponent(id)}`;

export const loopsApi = {
  list: (entity: string, query: URLSearchParams) =>
    call<{ loops: LoopRow[]; next: string | null }>("GET", `/api/v1/console/loops/${entity}?${query}`),
  detail: (entity: string, id: string) => call<LoopDetail>("GET", path(entity, id)),
  step: (r: LoopRow, action: string, note: string) =>
    call<LoopDetail>("POST", `${path(r.entity, r.id)}/steps`, {
      action,
      note: note.trim() || null,
      version: r.version,
    }),
  approvals: (kind: string) =>
    call<{ approvals: LoopRow[] }>("GET", `/api/v1/console/approvals${kind ? `?kind=${kind}` : ""}`),
};
