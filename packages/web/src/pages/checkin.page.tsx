/** The checkin page (placeholder until it is built). */
export function CheckinPage() {
  return <section><h1>Checkin</h1></section>;
}
