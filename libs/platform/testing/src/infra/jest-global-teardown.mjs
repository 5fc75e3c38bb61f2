export default async function globalTeardown() {
  await globalThis.__casemgmtInfrastructure?.stop();
}
