import { useEffect, useRef } from 'preact/hooks';
import type { EditorState } from '../../coach/coach-store';
import { findingKey } from '../../coach/coach-store';
import { Checklist } from '../Checklist/Checklist';
import { FindingItem } from '../FindingItem/FindingItem';
import { MoodSummary } from '../MoodSummary/MoodSummary';
import { Notice } from '../Notice/Notice';
import { RestoreDraft } from '../RestoreDraft/RestoreDraft';
import { languageName, notCheckedText } from '../../analysis/language/not-checked-text';
import { placeBeside } from '../place-beside';
import { usePlacement } from '../use-placement';

export interface Props {
  state: EditorState;
  id: string;
  onClose: () => void;
}

/**
 * Everything about one reply: the customer's mood and why, the tone, the checklist, and every finding with
 * its fixes. Beside the editor, never over it; takes focus when it opens.
 */
export function Panel({ state, id, onClose }: Props) {
  const ref = usePlacement<HTMLDivElement>((size, viewport) => placeBeside(state.editor.getBoundingClientRect(), size, viewport));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div ref={ref} id={id} class="panel" data-testid="tactful-panel" role="dialog" aria-labelledby={`${id}-title`} style={{ visibility: 'hidden' }}>
      <header class="panel-head">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          Tactful
        </h2>
        {state.analysis.language === 'en' && (
          <span class="tone" data-testid="tactful-tone" data-tone={Math.round(state.analysis.tone)} title="How courteous the reply reads, 0 to 100">
            Tone {Math.round(state.analysis.tone)}/100
          </span>
        )}
        <button type="button" class="close" aria-label="Close Tactful panel" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="context muted">
        <span
          data-testid="tactful-adapter"
          data-adapter-id={state.adapter.id}
          data-customer-by={state.customerBy}
          title={state.customerBy === state.adapter.id ? `Read by the ${state.adapter.name} adapter` : `The customer's message was found by the generic reading`}
        >
          {state.adapter.name}
        </span>
        {' · '}
        <span data-testid="tactful-mode" data-mode={state.mode}>
          {state.mode === 'note' ? 'Internal note: customer-tone coaching relaxed' : 'Public reply'}
        </span>
      </p>
      {state.canRestoreDraft && <RestoreDraft editorId={state.id} />}
      {state.notice && <Notice text={state.notice} />}
      <MoodSummary customer={state.customer} />
      {state.analysis.language !== 'en' ? (
        // Silence about a reply in another language would read as a clean bill of health: say it was not read.
        <p class="not-checked" data-testid="tactful-not-checked" role="status">
          {notCheckedText(state.analysis.language)}
        </p>
      ) : (
        <>
          <NotCheckedParts languages={state.analysis.notChecked.map((span) => span.language)} />
          <section class="findings" aria-label="Wording to reconsider">
            <h3>
              {state.findings.length === 0
                ? 'No wording to reconsider'
                : `${state.findings.length} ${state.findings.length === 1 ? 'phrase' : 'phrases'} to reconsider`}
            </h3>
            <ul>
              {state.findings.map((finding) => (
                <FindingItem key={`${findingKey(finding)}-${finding.start}`} editorId={state.id} finding={finding} onDismiss={() => heading.current?.focus()} />
              ))}
            </ul>
          </section>
          <Checklist items={state.analysis.checklist} />
        </>
      )}
    </div>
  );
}

/** In an English reply, the paragraphs in other languages that were left out. */
function NotCheckedParts({ languages }: { languages: readonly string[] }) {
  if (languages.length === 0) return null;
  const names = [...new Set(languages.map(languageName))].join(', ');
  return (
    <p class="muted" data-testid="tactful-not-checked-parts">
      {languages.length === 1 ? 'One paragraph' : `${languages.length} paragraphs`} in {names} not checked: Tactful coaches English text.
    </p>
  );
}
