import { useSession, useWords } from "./context";
import type { Key } from "./i18n";
import { formatTime, offsetLabel } from "./time";

// What heads a printed page (and so the PDF the browser saves): the report, the
// property and the period or time it covers, who printed it and when. Hidden on screen
// (style.css, @media print), where the page's own header says the same.
export function PrintHeader(props: { report: Key; property: string; period: string }) {
  const w = useWords();
  const s = useSession();
  const p = s.property(props.property);
  return (
    <header class="print-head" data-test="print-head">
      <div class="print-title">
        {p.name} · {w.t(props.report)}
      </div>
      <div class="print-period">
        {props.period} ({offsetLabel(p.offset)})
      </div>
      <div class="print-meta">
        {w.t("printedBy")}: {s.me.user.name} · {w.t("printedAt")}: {formatTime(new Date().toISOString(), p.offset)}
      </div>
    </header>
  );
}

// "Print": the browser's print dialog, where "Save as PDF" files the report.
export function PrintButton() {
  const w = useWords();
  return (
    <button type="button" class="print-button" data-test="print" onClick={() => print()}>
      {w.t("print")}
    </button>
  );
}
