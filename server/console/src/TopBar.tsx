import type { User } from "./api";
import { useWords } from "./context";
import type { Lang } from "./i18n";

export function TopBar(props: { lang: Lang; onLang: (l: Lang) => void; user?: User; onSignOut?: () => void }) {
  const w = useWords();
  return (
    <header class="topbar">
      <a class="brand" href="#/">
        {w.t("appName")}
      </a>
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
