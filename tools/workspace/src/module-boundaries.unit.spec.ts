import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { createProjectGraphAsync } from '@nx/devkit';

// The boundary rule silently skips itself when no project graph is cached, so these cases also prove that it
// runs: each forbidden import must be reported by name.
interface Linted {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

const workspaceRoot = resolve(__dirname, '..', '..', '..');

function lint(files: { filePath: string; code: string }[]): Linted[] {
  const output = execFileSync(process.execPath, ['tools/workspace/src/lint-texts.mjs'], {
    cwd: workspaceRoot,
    input: JSON.stringify(files),
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  return JSON.parse(output.toString()) as Linted[];
}

const boundaryErrors = (linted: Linted | undefined) =>
  (linted?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);

describe('module boundaries enforced by lint', () => {
  let results: Linted[];

  beforeAll(async () => {
    await createProjectGraphAsync({ exitOnError: true });
    results = lint([
      { filePath: 'libs/platform/auth/src/leak.ts', code: "import { createTestDatabase } from '@casemgmt/testing';\nexport const x = createTestDatabase;\n" },
      { filePath: 'libs/platform/auth/src/leak.spec.ts', code: "import { createTestDatabase } from '@casemgmt/testing';\nexport const x = createTestDatabase;\n" },
      { filePath: 'libs/platform/kernel/src/relative.ts', code: "import { Public } from '../../auth/src/index';\nexport const x = Public;\n" },
      { filePath: 'libs/platform/kernel/src/allowed.ts', code: "import { Public } from '@casemgmt/auth';\nexport const x = Public;\n" },
    ]);
  }, 120_000);

  it('fails lint when production code of a platform library imports the testing library', () => {
    expect(boundaryErrors(results[0])).toEqual([
      expect.stringContaining('A project tagged with "type:platform" can only depend on libs tagged with "type:platform"'),
    ]);
  });

  it('lets spec files use the testing library', () => {
    expect(boundaryErrors(results[1])).toEqual([]);
  });

  it('fails lint on a relative import into another library', () => {
    expect(boundaryErrors(results[2])).toEqual([expect.stringContaining('Projects cannot be imported by a relative or absolute path')]);
  });

  it('accepts an import between platform libraries through the alias', () => {
    expect(boundaryErrors(results[3])).toEqual([]);
  });
});
