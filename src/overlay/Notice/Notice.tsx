export interface Props {
  text: string;
  /** Floating next to the badge when the panel is closed, rather than at the top of the panel. */
  floating?: { left: number; top: number };
}

/** A message from the coach to the agent, such as why a fix was not applied; read out by screen readers. */
export function Notice({ text, floating }: Props) {
  return (
    <p
      class={floating ? 'notice floating' : 'notice'}
      data-testid="tactful-notice"
      role="status"
      style={floating ? { left: `${floating.left}px`, top: `${floating.top}px` } : undefined}
    >
      {text}
    </p>
  );
}
