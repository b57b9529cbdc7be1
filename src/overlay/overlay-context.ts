import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CoachStore } from '../coach/coach-store';
import type { CoachActions } from '../coach/coach-actions';

export interface OverlayContextValue {
  store: CoachStore;
  actions: CoachActions;
}

export const OverlayContext = createContext<OverlayContextValue | null>(null);

export function useOverlay(): OverlayContextValue {
  const value = useContext(OverlayContext);
  if (!value) throw new Error('overlay components must be rendered inside the overlay');
  return value;
}
