/** The week page (placeholder until it is built). */
export function WeekPage() {
  return <section><h1>Week</h1></section>;
}
