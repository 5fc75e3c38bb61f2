import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createProjectGraphAsync } from '@nx/devkit';
import { lintTexts, type Linted } from './lint-texts';

// The boundary rule silently skips itself when no project graph is cached, so these cases also prove that it
// runs: each forbidden import must be reported by name.
const workspaceRoot = resolve(__dirname, '..', '..', '..');

const boundaryErrors = (linted: Linted | undefined) =>
  (linted?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);

describe('module boundaries enforced by lint', () => {
  let results: Linted[];

  beforeAll(async () => {
    await createProjectGraphAsync({ exitOnError: true });
    results = lintTexts([
      {
        filePath: 'libs/platform/auth/src/leak.ts',
        code: "import { createTestDatabase } from '@casemgmt/testing';\nexport const x = createTestDatabase;\n",
      },
      {
        filePath: 'libs/platform/auth/src/leak.spec.ts',
        code: "import { createTestDatabase } from '@casemgmt/testing';\nexport const x = createTestDatabase;\n",
      },
      {
        filePath: 'libs/platform/kernel/src/relative.ts',
        code: "import { Public } from '../../auth/src/index';\nexport const x = Public;\n",
      },
      {
        filePath: 'libs/platform/auth/src/allowed.ts',
        code: "import { DomainError } from '@casemgmt/kernel';\nexport const x = DomainError;\n",
      },
    ]);
  }, 120_000);

  it('fails lint when production code of a platform library imports the testing library', () => {
    expect(boundaryErrors(results[0])).toEqual([
      expect.stringContaining(
        'A project tagged with "type:platform" can only depend on libs tagged with "type:platform"',
      ),
    ]);
  });

  it('lets spec files use the testing library', () => {
    expect(boundaryErrors(results[1])).toEqual([]);
  });

  it('fails lint on a relative import into another library', () => {
    expect(boundaryErrors(results[2])).toEqual([
      expect.stringContaining('Projects cannot be imported by a relative or absolute path'),
    ]);
  });

  it('accepts an import between platform libraries through the alias', () => {
    expect(boundaryErrors(results[3])).toEqual([]);
  });
});

describe('the kernel depends on no platform library', () => {
  let results: Linted[];

  beforeAll(async () => {
    await createProjectGraphAsync({ exitOnError: true });
    results = lintTexts([
      {
        filePath: 'libs/platform/kernel/src/uses-auth.ts',
        code: "import { Public } from '@casemgmt/auth';\nexport const x = Public;\n",
      },
      {
        filePath: 'libs/platform/kernel/src/uses-event-store.ts',
        code: "import { EventStoreModule } from '@casemgmt/event-store';\nexport const x = EventStoreModule;\n",
      },
      {
        filePath: 'libs/platform/kernel/src/uses-testing.spec.ts',
        code: "import { createTestDatabase } from '@casemgmt/testing';\nexport const x = createTestDatabase;\n",
      },
    ]);
  }, 120_000);

  // Every platform library builds on the kernel, so the import is refused as a cycle before the tag rule (which
  // catches a library that does not) is reached; either way lint fails.
  const kernelRule =
    /A project tagged with "layer:kernel" can not depend on libs tagged with "type:platform"|Circular dependency between "platform-kernel" and "platform-/;

  it('fails lint when the kernel imports auth', () => {
    expect(boundaryErrors(results[0])).toEqual([expect.stringMatching(kernelRule)]);
  });

  it('fails lint when the kernel imports any other platform library', () => {
    expect(boundaryErrors(results[1])).toEqual([expect.stringMatching(kernelRule)]);
  });

  it("lets the kernel's spec files use the testing library", () => {
    expect(boundaryErrors(results[2])).toEqual([]);
  });

  it("finds no platform library imported by the kernel's own code", () => {
    const root = join(workspaceRoot, 'libs/platform/kernel/src');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'),
    );
    const imports = files.flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/from '(@casemgmt\/[^']+)'/g)].map((m) => `${file}: ${m[1]}`),
    );
    expect(files.length).toBeGreaterThan(10);
    expect(imports).toEqual([]);
  });
});

describe('other contexts use a service through its published surface only (ADR 0018)', () => {
  let results: Linted[];
  const importErrors = (linted: Linted | undefined) =>
    (linted?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);

  beforeAll(async () => {
    await createProjectGraphAsync({ exitOnError: true });
    results = lintTexts([
      {
        filePath: 'libs/intake/src/uses-directory.ts',
        code: "import { PROVIDER_DIRECTORY_CONTRACT } from '@casemgmt/provider-directory/published';\nexport const x = PROVIDER_DIRECTORY_CONTRACT;\n",
      },
      {
        filePath: 'libs/provider-directory/src/uses-intake.ts',
        code: "import { IntakeModule } from '@casemgmt/intake';\nexport const x = IntakeModule;\n",
      },
      {
        filePath: 'libs/audit/src/uses-intake-module.ts',
        code: "import { IntakeModule } from '@casemgmt/intake';\nexport const x = IntakeModule;\n",
      },
      {
        filePath: 'libs/audit/src/uses-directory-root.spec.ts',
        code: "import { PROVIDER_DIRECTORY_CONTRACT } from '@casemgmt/provider-directory';\nexport const x = PROVIDER_DIRECTORY_CONTRACT;\n",
      },
      {
        filePath: 'libs/audit/src/uses-published.ts',
        code:
          "import { caseDecider, intakeStreamId } from '@casemgmt/intake/published';\n" +
          "import { PROVIDER_DIRECTORY_CONTRACT } from '@casemgmt/provider-directory/published';\n" +
          'export const x = [caseDecider, intakeStreamId, PROVIDER_DIRECTORY_CONTRACT];\n',
      },
    ]);
  }, 120_000);

  it("fails lint when a service imports another service's published surface", () => {
    expect(boundaryErrors(results[0])).toEqual([
      expect.stringContaining(
        'A project tagged with "scope:intake" can only depend on libs tagged with "scope:intake"',
      ),
    ]);
  });

  it('fails lint when a service imports another service', () => {
    expect(boundaryErrors(results[1])).toEqual([
      expect.stringContaining(
        'A project tagged with "scope:provider-directory" can only depend on libs tagged with "scope:provider-directory"',
      ),
    ]);
  });

  it("fails lint when audit imports a service's root entry, its module", () => {
    expect(importErrors(results[2])).toEqual([expect.stringContaining("'@casemgmt/intake' import is restricted")]);
  });

  it("fails lint when an audit spec imports a service's root entry", () => {
    expect(importErrors(results[3])).toEqual([
      expect.stringContaining("'@casemgmt/provider-directory' import is restricted"),
    ]);
  });

  it("lets audit import the services' published surfaces", () => {
    expect(results[4]?.messages.filter((m) => m.ruleId !== null)).toEqual([]);
  });
});
