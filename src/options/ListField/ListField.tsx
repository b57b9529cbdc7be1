import { useEffect, useState } from 'preact/hooks';

export interface Props {
  label: string;
  values: readonly string[];
  /** Called with the non-empty lines when the field loses focus. */
  onCommit(values: string[]): void;
  placeholder?: string;
  testId: string;
}

/** A list edited as lines of text, one item a line. */
export function ListField({ label, values, onCommit, placeholder, testId }: Props) {
  const [text, setText] = useState(values.join('\n'));
  useEffect(() => setText(values.join('\n')), [values.join('\n')]);
  return (
    <label class="field">
      <span>{label}</span>
      <textarea
        rows={Math.max(3, values.length + 1)}
        value={text}
        placeholder={placeholder}
        data-testid={testId}
        onInput={(event) => setText(event.currentTarget.value)}
        onBlur={() => onCommit(text.split('\n').map((line) => line.trim()).filter((line) => line !== ''))}
      />
    </label>
  );
}
