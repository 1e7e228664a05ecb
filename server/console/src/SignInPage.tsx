import { useState } from "preact/hooks";
import { api, ApiError } from "./api";
import { useWords } from "./context";

export function SignInPage(props: { onSignedIn: () => void }) {
  const w = useWords();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError("");
    try {
      await api.login(username, password);
      setPassword("");
      props.onSignedIn();
    } catch (err) {
      const status = err instanceof ApiError ? err.status : 0;
      setError(status === 401 ? w.t("wrongPassword") : status === 429 ? w.t("tooMany") : w.t("error"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="signin card" onSubmit={submit}>
      <h1>{w.t("signIn")}</h1>
      <label>
        {w.t("username")}
        <input
          name="username"
          autocomplete="username"
          value={username}
          onInput={(e) => setUsername(e.currentTarget.value)}
          required
        />
      </label>
      <label>
        {w.t("password")}
        <input
          name="password"
          type="password"
          autocomplete="current-password"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
          required
        />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {busy ? w.t("signingIn") : w.t("signIn")}
      </button>
    </form>
  );
}
