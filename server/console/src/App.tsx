import { useEffect, useMemo, useState } from "preact/hooks";
import { api, ApiError, emptyFilters, type Filters, type Me } from "./api";
import { ApprovalsPage } from "./ApprovalsPage";
import { ConflictsPage } from "./ConflictsPage";
import { makeSession, SessionContext, WordsContext } from "./context";
import { keepLang, storedLang, words, type Lang } from "./i18n";
import { filtersOfHash } from "./links";
import { LoopDetailPage } from "./LoopDetailPage";
import { LoopListPage } from "./LoopListPage";
import { RecordDetailPage } from "./RecordDetailPage";
import { RecordListPage } from "./RecordListPage";
import { SignInPage } from "./SignInPage";
import { StatsPage } from "./StatsPage";
import { TopBar } from "./TopBar";

// "#/records/<entity>/<id>" opens a record, "#/stats" the statistics, "#/conflicts" the
// sync conflicts, "#/?<filters>" the
// list filtered so (a statistic's link); anything else is the list. A hash route needs
// no server route per screen, and Back works as the office expects.
type Route =
  | { page: "record"; entity: string; id: string }
  | { page: "stats" }
  | { page: "conflicts" }
  | { page: "loops"; entity: string }
  | { page: "loop"; entity: string; id: string }
  | { page: "approvals" }
  | { page: "list" };
function parseRoute(hash: string): Route {
  const m = /^#\/records\/([a-z_]+)\/([0-9a-fA-F-]+)$/.exec(hash);
  if (m) return { page: "record", entity: m[1], id: m[2] };
  if (hash === "#/conflicts") return { page: "conflicts" };
  // "#/loops/<entity>" a list of loops, "#/loops/<entity>/<id>" one, "#/approvals" the queue.
  const loop = /^#\/loops\/([a-z_]+)(?:\/([0-9a-fA-F-]+))?$/.exec(hash);
  if (loop) return loop[2] ? { page: "loop", entity: loop[1], id: loop[2] } : { page: "loops", entity: loop[1] };
  if (hash === "#/approvals") return { page: "approvals" };
  return /^#\/stats(\?|$)/.test(hash) ? { page: "stats" } : { page: "list" };
}

export function App() {
  const [lang, setLang] = useState<Lang>(storedLang());
  const [me, setMe] = useState<Me | null | undefined>(undefined); // undefined: not known yet
  const [route, setRoute] = useState(parseRoute(location.hash));
  const [filters, setFilters] = useState<Filters>(filtersOfHash(location.hash) ?? emptyFilters);
  const w = useMemo(() => words(lang), [lang]);
  const session = useMemo(() => (me ? makeSession(me) : null), [me]);

  useEffect(() => keepLang(lang), [lang]);
  useEffect(() => {
    document.title = w.t("appName");
  }, [w]);
  useEffect(() => {
    const onHash = () => {
      setRoute(parseRoute(location.hash));
      const drilled = filtersOfHash(location.hash);
      if (drilled) setFilters(drilled);
    };
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, []);

  const loadMe = () =>
    api.me().then(setMe, (e) => {
      if (e instanceof ApiError && e.status === 401) setMe(null);
      else throw e;
    });
  useEffect(() => {
    loadMe();
  }, []);

  const signOut = async () => {
    await api.logout();
    setMe(null);
    setFilters(emptyFilters);
    location.hash = "";
  };

  return (
    <WordsContext.Provider value={w}>
      <TopBar
        lang={lang}
        onLang={setLang}
        user={me?.user}
        page={route.page}
        onSignOut={me ? signOut : undefined}
      />
      <main>
        {me === null && <SignInPage onSignedIn={loadMe} />}
        {session && (
          <SessionContext.Provider value={session}>
            {route.page === "record" && <RecordDetailPage entity={route.entity} id={route.id} />}
            {route.page === "stats" && <StatsPage />}
            {route.page === "conflicts" && <ConflictsPage />}
            {route.page === "loops" && <LoopListPage entity={route.entity} />}
            {route.page === "loop" && <LoopDetailPage entity={route.entity} id={route.id} />}
            {route.page === "approvals" && <ApprovalsPage />}
            {route.page === "list" && <RecordListPage filters={filters} onFilters={setFilters} />}
          </SessionContext.Provider>
        )}
      </main>
    </WordsContext.Provider>
  );
}
