/** The today page (placeholder until it is built). */
export function TodayPage() {
  return <section><h1>Today</h1></section>;
}
