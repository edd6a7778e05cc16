/** The account page (placeholder until it is built). */
export function AccountPage({ mode }: { mode: "account" | "signup" | "login" }) {
  return <section><h1>Account</h1><p>{mode}</p></section>;
}
