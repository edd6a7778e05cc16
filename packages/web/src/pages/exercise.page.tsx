/** The exercise page (placeholder until it is built). */
export function ExercisePage({ id }: { id: string }) {
  return <section><h1>Exercise</h1><p>{id}</p></section>;
}
