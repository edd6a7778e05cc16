/** The results page (placeholder until it is built). */
export function ResultsPage() {
  return <section><h1>Results</h1></section>;
}
