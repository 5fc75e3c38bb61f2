import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** What lint says of one file: each message with its rule. */
export interface Linted {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

const workspaceRoot = resolve(__dirname, '..', '..', '..');

/** Lints texts as if they were files at the given paths, with the workspace's own configuration. */
export function lintTexts(files: { filePath: string; code: string }[]): Linted[] {
  const output = execFileSync(process.execPath, ['tools/workspace/src/lint-texts.mjs'], {
    cwd: workspaceRoot,
    input: JSON.stringify(files),
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  return JSON.parse(output.toString()) as Linted[];
}
