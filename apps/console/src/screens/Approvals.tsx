/** Placeholder until the screen is built; listed in the navigation of its role. */
export function Approvals() {
  return (
    <>
      <h1>Approvals</h1>
      <p>This screen is not built yet.</p>
    </>
  );
}
