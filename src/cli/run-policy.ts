import { z } from 'zod';
import { deployFile } from '../deploy/deploy-file';
import type { PolicyIssue } from '../policy/policy-issue';
import { teamPolicySchema } from '../policy/policy-schema';
import { managedSchemaFile } from '../policy/managed-schema';
import { validatePolicy } from '../policy/validate-policy';
import { exitCode } from './exit-code';
import { readPolicyJson } from './load-policy';
import type { Command } from './parse-args';

type PolicyCommand = Extract<Command, { kind: 'policy-validate' | 'policy-schema' | 'policy-deploy' }>;

function reportIssues(source: string, issues: readonly PolicyIssue[]): number {
  process.stderr.write(
    `tactful: invalid policy ${source}, ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}:\n` + issues.map((issue) => `  ${issue.path}: ${issue.message}\n`).join(''),
  );
  return exitCode.badInput;
}

/** `tactful policy validate|schema|deploy`. Returns the exit code. */
export async function runPolicy(command: PolicyCommand): Promise<number> {
  if (command.kind === 'policy-schema') {
    const schema = command.managed ? managedSchemaFile() : JSON.stringify(z.toJSONSchema(teamPolicySchema, { io: 'input', unrepresentable: 'any' }), null, 2) + '\n';
    process.stdout.write(schema);
    return exitCode.ok;
  }
  const result = validatePolicy(await readPolicyJson(command.policy));
  if (!result.ok) return reportIssues(command.policy, result.issues);
  if (command.kind === 'policy-validate') {
    process.stdout.write(`${command.policy}: valid policy\n`);
    return exitCode.ok;
  }
  // The file on stdout, ready to redirect; where it goes on stderr, so it never ends up inside the file.
  const file = deployFile(command, result.value);
  process.stdout.write(file.content);
  process.stderr.write(`tactful: ${file.fileName}: ${file.placement.join('\n  ')}\n`);
  if (command.id === undefined && command.browser !== 'firefox') {
    process.stderr.write(`  Addressed to the id of unpacked builds; for the store's build, pass --id with the id its dashboard shows.\n`);
  }
  return exitCode.ok;
}
