import { LockIcon } from '../../ui/LockIcon/LockIcon';
export interface Props {
  reason: string | undefined;
}

/** Says that a setting is locked, and by whom; the controls beside it are disabled. */
export function LockNote({ reason }: Props) {
  if (!reason) return null;
  return (
    <p class="lock" data-testid="lock-note">
      <LockIcon /> 
      {reason} You cannot change this setting.
    </p>
  );
}
