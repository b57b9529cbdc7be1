/** The playbook's reply checklist, in the order the panel and the CLI list it. */
export const checklistIds = ['empathy', 'apology', 'ownership', 'solution', 'next-steps', 'follow-up', 'escalation'] as const;
