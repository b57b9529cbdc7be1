export const mainUsage = `Usage: tactful <command> [options]

Coaches customer-support replies from the terminal: risky wording with fixes,
the reply checklist and the customer's mood. Everything runs locally.

Commands:
  check        Check a draft reply (tactful check --help for details)
  policy       Validate a team policy file, print its JSON Schema, or print
               the file that deploys it to a browser (tactful policy --help)

Options:
  -h, --help     Show this help
  -v, --version  Show the version
`;

export const checkUsage = `Usage: tactful check [--customer FILE] [--policy FILE] [--json] [FILE|-]
       tactful check --jsonl [--policy FILE] [FILE|-]

Reads the agent's draft from FILE, or from stdin when FILE is "-" or left out,
and prints each finding (line:column, severity, category, flagged text, why,
suggestions), the reply checklist and, with --customer, the customer's mood.

Options:
  --customer FILE  The customer's message: the checklist follows their mood
  --policy FILE    A team policy as JSON (docs/policy.md; check it with
                   tactful policy validate FILE); applies to every draft
  --json           Print {"customer": ..., "draft": ...} as indented JSON
  --jsonl          Batch mode: each input line is {"id", "draft", "customer"?};
                   each output line is {"id", "customer", "draft"} in the same
                   order, or {"id"?, "line", "error"} for a line that is not
                   valid; blank lines are skipped
  -h, --help       Show this help

Columns count UTF-16 code units from 1, as editors such as VS Code do.
Colour is used only when stdout is a terminal and NO_COLOR is not set.

Exit codes:
  0  no finding of severity "error"
  1  at least one finding of severity "error"
  2  bad input: unknown option, unreadable file, invalid policy; with --jsonl,
     at least one invalid line (every other line is still checked)
`;

export const policyUsage = `Usage: tactful policy validate FILE
       tactful policy schema [--managed]
       tactful policy deploy --browser chrome|edge|firefox
                             --os windows|macos|linux [--id ID] FILE

validate  Checks a team policy file (docs/policy.md) as the extension does:
          prints "FILE: valid policy" and exits 0, or prints every reason it
          is refused (field path: problem), one a line, on stderr and exits 2.
schema    Prints the policy file's JSON Schema, for editors and tools; with
          --managed, the schema the extension declares for managed storage
          (the team policy under the property "policy").
deploy    Validates FILE as validate does (every reason and exit 2 when it is
          refused) and prints the file that pushes it to Tactful through the
          browser's managed storage: a .reg file (Chrome, Edge on Windows), a
          .mobileconfig profile (Chrome, Edge on macOS), a managed-policy JSON
          file (Chrome, Chromium, Edge on Linux) or a policies.json (Firefox).
          Where the file goes is printed on stderr; docs/deploy.md has more.

Options:
  --browser B  chrome, edge or firefox
  --os O       windows, macos or linux
  --id ID      The extension id to address. Default: the id of unpacked
               builds in Chrome and Edge (neilnfoikkicgheccfcmniilhbkhaddm);
               give the store's id for a store install. Firefox: Tactful's
               add-on id, the same for the store and unpacked builds.
  -h, --help   Show this help
`;
