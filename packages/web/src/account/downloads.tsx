/** Links to download my record as a PDF report, a printable exercise sheet, CSV files and a FHIR bundle. */
import "./downloads.css";

const FILES = [
  {
    path: "report.pdf",
    label: "Progress report (PDF)",
    hint: "triage, plan, pain over time, measures and tests",
  },
  {
    path: "exercise-sheet.pdf",
    label: "Exercise sheet to print (PDF)",
    hint: "large print, with tick boxes",
  },
  { path: "sessions.csv", label: "Sessions (CSV)", hint: "for a spreadsheet" },
  { path: "measures.csv", label: "Questionnaire scores (CSV)", hint: "for a spreadsheet" },
  { path: "fhir", label: "Health record (FHIR)", hint: "for a clinic's health-record system" },
] as const;

/**
 * The server sends each as an attachment: a plain link downloads it with the session cookie, no script.
 * A person gets their own files; a clinician passes the linked patient's id.
 */
export function Downloads({ personId = "me", title = true }: { personId?: string; title?: boolean }) {
  return (
    <>
      {title && <h3 className="downloads-title">Reports and other formats</h3>}
      <ul className="downloads" aria-label="Downloads">
        {FILES.map((f) => (
          <li key={f.path}>
            <a
              className="btn btn-block downloads-link"
              href={`/api/people/${encodeURIComponent(personId)}/${f.path}`}
              download
            >
              <span>{f.label}</span>
              <span className="downloads-hint">{f.hint}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
