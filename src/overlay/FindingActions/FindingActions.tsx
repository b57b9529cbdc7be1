import { useState } from 'preact/hooks';
import type { Finding } from '../../analysis/types';
import { useOverlay } from '../overlay-context';

export interface Props {
  editorId: number;
  finding: Finding;
  /** Called after Ignore or Ignore this rule, whose button then disappears with the finding. */
  onDismiss?: () => void;
}

const forward = new Set(['ArrowRight', 'ArrowDown']);
const back = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * A finding's suggestions and its Ignore buttons, as one toolbar: a single Tab stop, with the arrow keys
 * (and Home, End) moving between the buttons.
 */
export function FindingActions({ editorId, finding, onDismiss }: Props) {
  const { actions } = useOverlay();
  const [active, setActive] = useState(0);
  const count = finding.suggestions.length + 2;

  const onKeyDown = (event: KeyboardEvent): void => {
    let next: number;
    if (forward.has(event.key)) next = (active + 1) % count;
    else if (back.has(event.key)) next = (active - 1 + count) % count;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else return;
    event.preventDefault();
    setActive(next);
    (event.currentTarget as HTMLElement).querySelectorAll('button')[next]?.focus();
  };

  const button = (index: number) => ({
    type: 'button' as const,
    tabIndex: index === active ? 0 : -1,
    onFocus: () => setActive(index),
  });
  const ignoreIndex = finding.suggestions.length;

  return (
    <div class="actions" role="toolbar" aria-label={`Fixes for “${finding.text}”`} onKeyDown={onKeyDown}>
      {finding.suggestions.map((suggestion, index) => (
        <button
          key={suggestion}
          {...button(index)}
          class="suggestion"
          data-testid="tactful-suggestion"
          aria-label={`Replace with “${suggestion}”`}
          onClick={() => void actions.applySuggestion(editorId, finding, suggestion)}
        >
          {suggestion}
        </button>
      ))}
      <button
        {...button(ignoreIndex)}
        class="ignore"
        data-testid="tactful-ignore"
        onClick={() => {
          actions.ignoreFinding(editorId, finding);
          onDismiss?.();
        }}
      >
        Ignore
      </button>
      <button
        {...button(ignoreIndex + 1)}
        class="ignore"
        data-testid="tactful-ignore-rule"
        onClick={() => {
          actions.ignoreRule(editorId, finding.ruleId);
          onDismiss?.();
        }}
      >
        Ignore this rule
      </button>
    </div>
  );
}
