import { useState } from "preact/hooks";
import { api, ApiError, type RecordDetail, type ReviewState } from "./api";
import { useSession, useWords } from "./context";
import { formatTime } from "./time";

// A record's review: the state in force, every act with its comment, and for a manager
// or the front desk of its property the acts they may take. "Has issues" and "reject"
// need a comment (the server says so too).
export function ReviewPanel(props: { record: RecordDetail; onReviewed: (r: RecordDetail) => void }) {
  const w = useWords();
  const s = useSession();
  const r = props.record;
  const offset = s.property(r.property_id).offset;
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  const act = async (state: ReviewState) => {
    setBusy(true);
    setError("");
    try {
      const done = await api.review(r, state, comment);
      setComment("");
      props.onReviewed({ ...r, review: done.review, reviews: done.reviews });
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) setError(w.t("changedSince"));
      else setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const needsComment = comment.trim() === "";

  return (
    <section class="review" data-test="review-panel">
      <h2>
        {w.t("review")}{" "}
        <span class={`badge ${r.review}`} data-test="review-state">
          {w.v(r.review)}
        </span>
      </h2>
      {r.reviews.length === 0 && <p class="empty">{w.t("notReviewed")}</p>}
      <ol class="history" data-test="review-history">
        {r.reviews.map((a, i) => (
          <li key={i}>
            <span class={`badge ${a.state}`}>{w.v(a.state)}</span> {s.staffName(a.by)} · {formatTime(a.at, offset)}
            {a.comment && <p class="comment">{a.comment}</p>}
          </li>
        ))}
      </ol>
      {r.may_review && (
        <form class="review-form" onSubmit={(e) => e.preventDefault()}>
          <label>
            {w.t("comment")}
            <textarea
              name="comment"
              rows={3}
              maxLength={2000}
              placeholder={w.t("commentHint")}
              value={comment}
              onInput={(e) => setComment((e.currentTarget as HTMLTextAreaElement).value)}
            />
          </label>
          <div class="actions">
            <button type="button" data-test="approve" disabled={busy} onClick={() => act("approved")}>
              {w.t("approve")}
            </button>
            <button type="button" data-test="has-issues" disabled={busy || needsComment} onClick={() => act("has_issues")}>
              {w.t("hasIssues")}
            </button>
            <button type="button" data-test="reject" disabled={busy || needsComment} onClick={() => act("rejected")}>
              {w.t("reject")}
            </button>
            {r.review !== "received" && (
              <button type="button" data-test="back-to-review" disabled={busy} onClick={() => act("received")}>
                {w.t("backToReview")}
              </button>
            )}
          </div>
          {error && <p class="error">{error}</p>}
        </form>
      )}
    </section>
  );
}
