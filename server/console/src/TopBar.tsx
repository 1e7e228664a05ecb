import type { User } from "./api";
import { useWords } from "./context";
import type { Lang } from "./i18n";

export function TopBar(props: {
  lang: Lang;
  onLang: (l: Lang) => void;
  user?: User;
  page: string;
  onSignOut?: () => void;
}) {
  const w = useWords();
  // Statistics are the front desk's and managers' (the server refuses the others).
  const seesStats = props.user?.role === "office" || props.user?.role === "manager";
  return (
    <header class="topbar">
      <a class="brand" href="#/">
        {w.t("appName")}
      </a>
      {props.user && (
        <nav class="pages">
          <a href="#/" class={props.page === "list" || props.page === "record" ? "current" : ""} data-test="nav-records">
            {w.t("records")}
          </a>
          {seesStats && (
            <a href="#/stats" class={props.page === "stats" ? "current" : ""} data-test="nav-stats">
              {w.t("stats")}
            </a>
          )}
          {seesStats && (
            <a href="#/loops/repair_order" class={props.page.startsWith("loop") ? "current" : ""} data-test="nav-loops">
              {w.t("loopsNav")}
            </a>
          )}
          {props.user.role === "manager" && (
            <a href="#/approvals" class={props.page === "approvals" ? "current" : ""} data-test="nav-approvals">
              {w.t("approvals")}
            </a>
          )}
          {seesStats && (
            <a href="#/conflicts" class={props.page === "conflicts" ? "current" : ""} data-test="nav-conflicts">
              {w.t("conflicts")}
            </a>
          )}
        </nav>
      )}
      <span class="spacer" />
      <label class="lang">
        <span>{w.t("language")}</span>
        <select
          data-test="language"
          value={props.lang}
          onChange={(e) => props.onLang((e.currentTarget as HTMLSelectElement).value as Lang)}
        >
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      </label>
      {props.user && (
        <span class="user" data-test="user">
          {props.user.name} · {w.v(props.user.role)}
        </span>
      )}
      {props.onSignOut && (
        <button type="button" data-test="sign-out" onClick={props.onSignOut}>
          {w.t("signOut")}
        </button>
      )}
    </header>
  );
}
