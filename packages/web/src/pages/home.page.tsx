/** The home page (placeholder until it is built). */
export function HomePage() {
  return <section><h1>Home</h1></section>;
}
