/** Placeholder until the screen is built; listed in the navigation of its role. */
export function Replay() {
  return (
    <>
      <h1>Replay</h1>
      <p>This screen is not built yet.</p>
    </>
  );
}
