import { EditorOverlay } from './EditorOverlay/EditorOverlay';
import { useOverlay } from './overlay-context';

/** Everything Tactful draws on the page, for every coached reply box. */
export function Overlay() {
  const { store } = useOverlay();
  return (
    <>
      {store.editors.value.map((state) => (
        <EditorOverlay key={state.id} state={state} />
      ))}
    </>
  );
}
