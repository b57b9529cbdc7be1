import type { Category, Mood, Severity, SignalKind } from '../analysis/types';

/** How the overlay names the analysis's values to the agent. */
export const categoryLabels: Readonly<Record<Category, string>> = {
  blame: 'Blame',
  defensive: 'Defensive',
  dismissive: 'Dismissive',
  'passive-aggressive': 'Passive-aggressive',
  negative: 'Negative',
  'insincere-apology': 'Insincere apology',
  overpromise: 'Overpromise',
  shouting: 'Shouting',
};

export const severityLabels: Readonly<Record<Severity, string>> = {
  error: 'Error',
  warning: 'Warning',
  suggestion: 'Suggestion',
};

export const moodLabels: Readonly<Record<Mood | 'unknown', string>> = {
  calm: 'Calm',
  concerned: 'Concerned',
  frustrated: 'Frustrated',
  angry: 'Angry',
  unknown: 'Unknown',
};

export const signalLabels: Readonly<Record<SignalKind, string>> = {
  'repeat-contact': 'Repeat contact',
  'churn-risk': 'Might leave',
  'legal-threat': 'Legal threat',
  'public-threat': 'Public complaint',
  'escalation-request': 'Wants someone senior',
  'business-impact': 'Business impact',
  urgency: 'Urgent',
  shouting: 'Shouting',
  profanity: 'Profanity',
};
