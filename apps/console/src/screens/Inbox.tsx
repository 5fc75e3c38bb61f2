/** Placeholder until the screen is built; listed in the navigation of its role. */
export function Inbox() {
  return (
    <>
      <h1>Inbox</h1>
      <p>This screen is not built yet.</p>
    </>
  );
}
