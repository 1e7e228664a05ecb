import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Me } from "./api";
import { words, type Words } from "./i18n";

// What every screen needs: the words of the chosen language and who is signed in, with
// the names (properties, staff, areas) the records refer to by id.
export interface Session {
  me: Me;
  property: (id: string) => { name: string; offset: number };
  staffName: (id: string | null | undefined) => string;
  areaName: (id: string | null | undefined) => string;
  area: (id: string | null | undefined) => Me["areas"][number] | undefined;
}

export const WordsContext = createContext<Words>(words("zh"));
export const SessionContext = createContext<Session | null>(null);

export const useWords = () => useContext(WordsContext);
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error("no session");
  return s;
}

export function makeSession(me: Me): Session {
  const properties = new Map(me.properties.map((p) => [p.id, p.fields]));
  const staff = new Map(me.staff.map((s) => [s.id, s.fields.name]));
  const areas = new Map(me.areas.map((a) => [a.id, a]));
  return {
    me,
    property: (id) => {
      const p = properties.get(id);
      return { name: p?.name ?? id, offset: p?.utc_offset_min ?? 480 };
    },
    staffName: (id) => (id ? (staff.get(id) ?? "") : ""),
    areaName: (id) => (id ? (areas.get(id)?.fields.name ?? "") : ""),
    area: (id) => (id ? areas.get(id) : undefined),
  };
}
