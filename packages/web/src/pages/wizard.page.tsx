/** The wizard page (placeholder until it is built). */
export function WizardPage() {
  return <section><h1>Wizard</h1></section>;
}
