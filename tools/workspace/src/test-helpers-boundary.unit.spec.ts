import { createProjectGraphAsync } from '@nx/devkit';
import { lintTexts, type Linted } from './lint-texts';

// The host's test application (`@casemgmt/host/testing`) starts apps with development keys: lint keeps it out of
// production code, and lets specs and the services' test apps use it.
const errorsOf = (linted: Linted | undefined) =>
  (linted?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === '@nx/enforce-module-boundaries')
    .map((m) => m.message);

describe("the host's test application is for tests only", () => {
  let results: Linted[];
  const code = "import { startTestHost } from '@casemgmt/host/testing';\nexport const x = startTestHost;\n";

  beforeAll(async () => {
    await createProjectGraphAsync({ exitOnError: true });
    results = lintTexts([
      { filePath: 'libs/intake/src/leak.ts', code },
      { filePath: 'apps/intake/src/leak.ts', code },
      { filePath: 'libs/intake/src/leak.int.spec.ts', code },
      { filePath: 'libs/intake/src/testing/leak-test-app.ts', code },
    ]);
  }, 120_000);

  it("fails lint when a service's production code imports it", () => {
    expect(errorsOf(results[0])).toEqual([expect.stringContaining('Test helpers are for specs and test apps only')]);
  });

  it("fails lint when an app's production code imports it", () => {
    expect(errorsOf(results[1])).toEqual([expect.stringContaining('Test helpers are for specs and test apps only')]);
  });

  it('lets specs and test apps use it', () => {
    expect(errorsOf(results[2])).toEqual([]);
    expect(errorsOf(results[3])).toEqual([]);
  });
});
