import { deployBrowsers, deployOses, type DeployBrowser, type DeployOs } from '../deploy/deploy-targets';
import { InputError } from './input-error';
import { checkUsage, mainUsage, policyUsage } from './usage';

/** Where an input comes from: a file path, or "-" for stdin. */
export type InputSource = string;

export const stdinSource: InputSource = '-';

export interface CheckOptions {
  draft: InputSource;
  /** True when the draft source was left out rather than given as "-": stdin must then be piped. */
  draftImplied: boolean;
  customer?: InputSource;
  policy?: InputSource;
  json: boolean;
  jsonl: boolean;
}

export type Command =
  | { kind: 'help'; usage: string }
  | { kind: 'version' }
  | { kind: 'check'; options: CheckOptions }
  /** `tactful policy validate FILE`: every reason a policy file is refused, or nothing. */
  | { kind: 'policy-validate'; policy: InputSource }
  /** `tactful policy schema [--managed]`: the policy file's JSON Schema, or the manifest's managed storage schema. */
  | { kind: 'policy-schema'; managed: boolean }
  /** `tactful policy deploy --browser B --os O [--id ID] FILE`: the file that pushes a valid policy through managed storage. */
  | { kind: 'policy-deploy'; policy: InputSource; browser: DeployBrowser; os: DeployOs; id?: string };

const fileOptions = ['--customer', '--policy'] as const;
type FileOption = (typeof fileOptions)[number];

function isFileOption(name: string): name is FileOption {
  return (fileOptions as readonly string[]).includes(name);
}

/** Reads the command line (without `node` and the script). Throws InputError for anything it cannot run. */
export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined) throw new InputError('no command given', mainUsage);
  if (command === '-h' || command === '--help') return { kind: 'help', usage: mainUsage };
  if (command === '-v' || command === '--version') return { kind: 'version' };
  if (command === 'policy') return parsePolicy(rest);
  if (command !== 'check') throw new InputError(`unknown command "${command}"`, mainUsage);
  return parseCheck(rest);
}

function parsePolicy(args: readonly string[]): Command {
  if (args.some((arg) => arg === '-h' || arg === '--help')) return { kind: 'help', usage: policyUsage };
  const [subcommand, ...rest] = args;
  if (subcommand === 'validate') {
    const files = rest.filter((arg) => arg !== '--');
    const unknown = files.find((arg) => arg.startsWith('-') && arg !== '-');
    if (unknown !== undefined) throw new InputError(`unknown option ${unknown} (see tactful policy --help)`);
    if (files.length !== 1) throw new InputError(`policy validate takes one policy file, got ${files.length}`, policyUsage);
    return { kind: 'policy-validate', policy: files[0]! };
  }
  if (subcommand === 'schema') {
    const unknown = rest.find((arg) => arg !== '--managed');
    if (unknown !== undefined) throw new InputError(`policy schema takes only --managed, got ${unknown}`);
    return { kind: 'policy-schema', managed: rest.includes('--managed') };
  }
  if (subcommand === 'deploy') return parseDeploy(rest);
  throw new InputError(subcommand === undefined ? 'policy needs a subcommand' : `unknown policy subcommand "${subcommand}"`, policyUsage);
}

const deployOptions = ['--browser', '--os', '--id'] as const;
type DeployOption = (typeof deployOptions)[number];

function parseDeploy(args: readonly string[]): Command {
  const values: Partial<Record<DeployOption, string>> = {};
  const files: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === '--') {
      files.push(...args.slice(index + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (!(deployOptions as readonly string[]).includes(name)) throw new InputError(`unknown option ${name} (see tactful policy --help)`);
    const option = name as DeployOption;
    if (values[option] !== undefined) throw new InputError(`option ${option} is given more than once`);
    const value = equals === -1 ? args[++index] : arg.slice(equals + 1);
    if (value === undefined || value === '' || value.startsWith('-')) throw new InputError(`option ${option} needs a value`);
    values[option] = value;
  }
  const browser = oneOf('--browser', values['--browser'], deployBrowsers);
  const os = oneOf('--os', values['--os'], deployOses);
  if (files.length !== 1) throw new InputError(`policy deploy takes one policy file, got ${files.length}`, policyUsage);
  const id = values['--id'];
  if (id !== undefined && !validExtensionId(browser, id)) {
    throw new InputError(
      browser === 'firefox'
        ? `--id ${id} is not a Firefox add-on id (a GUID in braces or name@domain)`
        : `--id ${id} is not a ${browser === 'edge' ? 'Edge' : 'Chrome'} extension id (32 letters a to p)`,
    );
  }
  return { kind: 'policy-deploy', policy: files[0]!, browser, os, ...(id === undefined ? {} : { id }) };
}

function oneOf<T extends string>(option: string, value: string | undefined, choices: readonly T[]): T {
  if (value === undefined) throw new InputError(`policy deploy needs ${option} ${choices.join('|')}`, policyUsage);
  if (!(choices as readonly string[]).includes(value)) throw new InputError(`${option} must be one of ${choices.join(', ')}, got "${value}"`);
  return value as T;
}

function validExtensionId(browser: DeployBrowser, id: string): boolean {
  return browser === 'firefox' ? /^(\{[0-9a-fA-F-]{36}\}|[\w.+-]*@[\w.-]+)$/.test(id) : /^[a-p]{32}$/.test(id);
}

function parseCheck(args: readonly string[]): Command {
  const files: Partial<Record<FileOption, string>> = {};
  const flags = { '--json': false, '--jsonl': false };
  const positionals: string[] = [];

  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === '--') {
      positionals.push(...args.slice(index + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help', usage: checkUsage };
    if (arg === '-v' || arg === '--version') return { kind: 'version' };
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }

    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (name === '--json' || name === '--jsonl') {
      if (equals !== -1) throw new InputError(`option ${name} takes no value`);
      flags[name] = true;
    } else if (isFileOption(name)) {
      if (files[name] !== undefined) throw new InputError(`option ${name} is given more than once`);
      let value = equals === -1 ? args[index + 1] : arg.slice(equals + 1);
      if (equals === -1) index++;
      // "--customer --json" is a forgotten file name, not a file called "--json".
      if (value === undefined || value === '' || (value.startsWith('-') && value !== '-')) {
        throw new InputError(`option ${name} needs a file name`);
      }
      files[name] = value;
    } else {
      throw new InputError(`unknown option ${name} (see tactful check --help)`);
    }
  }

  if (positionals.length > 1) throw new InputError(`check takes one draft file, got ${positionals.length}: ${positionals.join(' ')}`);
  const options: CheckOptions = {
    draft: positionals[0] ?? stdinSource,
    draftImplied: positionals.length === 0,
    customer: files['--customer'],
    policy: files['--policy'],
    json: flags['--json'],
    jsonl: flags['--jsonl'],
  };
  checkCombination(options);
  return { kind: 'check', options };
}

function checkCombination(options: CheckOptions): void {
  if (options.jsonl && options.json) throw new InputError('--json and --jsonl cannot be combined: --jsonl already prints JSON');
  if (options.jsonl && options.customer !== undefined) {
    throw new InputError('--customer cannot be used with --jsonl: each line carries its own "customer"');
  }
  const fromStdin = [options.draft, options.customer, options.policy].filter((source) => source === stdinSource);
  if (fromStdin.length > 1) throw new InputError('only one input can be read from stdin ("-")');
}
