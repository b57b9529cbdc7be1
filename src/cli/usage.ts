export const mainUsage = `Usage: tactful <command> [options]

Coaches customer-support replies from the terminal: risky wording with fixes,
the reply checklist and the customer's mood. Everything runs locally.

Commands:
  check        Check a draft reply (tactful check --help for details)

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
  --policy FILE    A team policy as JSON (categories, disabledRules, custom,
                   vocabulary.accept, checklist); applies to every draft
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
