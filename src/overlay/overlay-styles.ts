/** The overlay's styles, inside its shadow root: the page's CSS cannot reach them, nor they the page. */
export const overlayStyles = `
:host { all: initial; }
.badge {
  position: fixed; pointer-events: auto; box-sizing: border-box;
  min-width: 26px; height: 26px; padding: 0 7px; border-radius: 13px; border: 1px solid rgba(0,0,0,.15);
  font: 600 13px/24px system-ui, sans-serif; color: #fff; background: #0d9488; cursor: pointer;
  box-shadow: 0 1px 4px rgba(0,0,0,.25);
}
.badge.has-findings { background: #b45309; }
.badge:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
`;
