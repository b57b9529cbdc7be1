import { z } from 'zod';
import { teamPolicySchema } from '../policy/policy-schema';
import { managedSchemaFile } from '../policy/managed-schema';
import { validatePolicy } from '../policy/validate-policy';
import { exitCode } from './exit-code';
import { readPolicyJson } from './load-policy';
import type { Command } from './parse-args';

type PolicyCommand = Extract<Command, { kind: 'policy-validate' | 'policy-schema' }>;

/** `tactful policy validate|schema`. Returns the exit code. */
export async function runPolicy(command: PolicyCommand): Promise<number> {
  if (command.kind === 'policy-schema') {
    const schema = command.managed ? managedSchemaFile() : JSON.stringify(z.toJSONSchema(teamPolicySchema, { io: 'input', unrepresentable: 'any' }), null, 2) + '\n';
    process.stdout.write(schema);
    return exitCode.ok;
  }
  const result = validatePolicy(await readPolicyJson(command.policy));
  if (result.ok) {
    process.stdout.write(`${command.policy}: valid policy\n`);
    return exitCode.ok;
  }
  process.stderr.write(
    `tactful: invalid policy ${command.policy}, ${result.issues.length} ${result.issues.length === 1 ? 'problem' : 'problems'}:\n` +
      result.issues.map((issue) => `  ${issue.path}: ${issue.message}\n`).join(''),
  );
  return exitCode.badInput;
}
