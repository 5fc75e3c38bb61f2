// Lints source texts as if they stood at the given paths, with the workspace's real ESLint configuration.
// Input on stdin: [{ "filePath": "...", "code": "..." }]; output on stdout: [{ filePath, messages: [{ ruleId, message }] }].
import { ESLint } from 'eslint';

const input = JSON.parse(
  await new Promise((resolve) => {
    let text = '';
    process.stdin.on('data', (chunk) => (text += chunk)).on('end', () => resolve(text));
  }),
);
const eslint = new ESLint({ cwd: process.cwd() });
const output = [];
for (const { filePath, code } of input) {
  const [result] = await eslint.lintText(code, { filePath });
  output.push({ filePath, messages: (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message })) });
}
process.stdout.write(JSON.stringify(output));
