import { useEffect, useMemo, useState } from "preact/hooks";
import { api, ApiError, emptyFilters, type Filters, type Me } from "./api";
import { makeSession, SessionContext, WordsContext } from "./context";
import { keepLang, storedLang, words, type Lang } from "./i18n";
import { RecordDetailPage } from "./RecordDetailPage";
import { RecordListPage } from "./RecordListPage";
import { SignInPage } from "./SignInPage";
import { TopBar } from "./TopBar";

// "#/records/<entity>/<id>" opens a record; anything else is the list. A hash route
// needs no server route per screen, and Back works as the office expects.
function parseRoute(hash: string): { entity: string; id: string } | null {
  const m = /^#\/records\/([a-z_]+)\/([0-9a-fA-F-]+)$/.exec(hash);
  return m ? { entity: m[1], id: m[2] } : null;
}

export function App() {
  const [lang, setLang] = useState<Lang>(storedLang());
  const [me, setMe] = useState<Me | null | undefined>(undefined); // undefined: not known yet
  const [route, setRoute] = useState(parseRoute(location.hash));
  const [filters, setFilters] = useState<Filters>(emptyFilters);
  const w = useMemo(() => words(lang), [lang]);
  const session = useMemo(() => (me ? makeSession(me) : null), [me]);

  useEffect(() => keepLang(lang), [lang]);
  useEffect(() => {
    document.title = w.t("appName");
  }, [w]);
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
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
      <TopBar lang={lang} onLang={setLang} user={me?.user} onSignOut={me ? signOut : undefined} />
      <main>
        {me === null && <SignInPage onSignedIn={loadMe} />}
        {session && (
          <SessionContext.Provider value={session}>
            {route ? (
              <RecordDetailPage entity={route.entity} id={route.id} />
            ) : (
              <RecordListPage filters={filters} onFilters={setFilters} />
            )}
          </SessionContext.Provider>
        )}
      </main>
    </WordsContext.Provider>
  );
}
