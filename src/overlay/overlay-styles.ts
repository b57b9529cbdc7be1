import { severities, themes } from './highlight-names';
import { underlineColors, underlineStyles } from './underline-colors';

/** The textarea mirror's underlines, drawn like the CSS highlights of contenteditable editors. */
const underlineRules = themes
  .flatMap((theme) =>
    severities.map(
      (severity) =>
        `.theme-${theme} .underline.severity-${severity} { text-decoration: underline ${underlineStyles[severity]} ${underlineColors[theme][severity]}; text-decoration-thickness: 2px; text-decoration-skip-ink: none; }`,
    ),
  )
  .join('\n');

/**
 * The overlay's styles, inside its shadow root: the page's CSS cannot reach them, nor they the page.
 * Colours come from variables per theme, picked to match the page behind each reply box; every text
 * colour has at least 4.5:1 contrast with its background.
 */
export const overlayStyles = `
:host { all: initial; }
.theme-light {
  --bg: #ffffff; --fg: #1f2937; --muted: #4b5563; --border: #d1d5db; --raised: #f3f4f6; --hover: #e5e7eb;
  --accent: #1d4ed8; --accent-fg: #ffffff; --focus: #2563eb; --shadow: 0 6px 24px rgba(15,23,42,.18), 0 1px 3px rgba(15,23,42,.12);
  --error: #b91c1c; --warning: #92400e; --suggestion: #1d4ed8; --ok: #047857;
  --notice-bg: #fef3c7; --notice-fg: #78350f;
}
.theme-dark {
  --bg: #1e232d; --fg: #e5e7eb; --muted: #a1a9b8; --border: #3b4352; --raised: #2a303c; --hover: #353c4a;
  --accent: #93c5fd; --accent-fg: #0b1220; --focus: #93c5fd; --shadow: 0 6px 24px rgba(0,0,0,.55), 0 1px 3px rgba(0,0,0,.4);
  --error: #fca5a5; --warning: #fcd34d; --suggestion: #93c5fd; --ok: #6ee7b7;
  --notice-bg: #422006; --notice-fg: #fde68a;
}
.editor-overlay { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); }
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible, h2:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
h2:focus { outline: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.muted { color: var(--muted); font-weight: 400; }

.mirror {
  position: fixed; box-sizing: border-box; overflow: hidden; pointer-events: none; margin: 0;
  color: transparent; background: transparent; user-select: none;
}
.mirror-line { display: block; margin: 0; padding: 0; }
${underlineRules}

.badge {
  position: fixed; pointer-events: auto; box-sizing: border-box; display: inline-flex; align-items: center; gap: 5px;
  min-width: 26px; height: 26px; padding: 0 8px; border-radius: 13px; border: 1px solid rgba(0,0,0,.2);
  font: 600 13px/1 system-ui, sans-serif; color: #fff; background: #0f766e; user-select: none;
  box-shadow: 0 1px 4px rgba(0,0,0,.25);
}
.badge.worst-error { background: #b91c1c; }
.badge.worst-warning { background: #a64b00; }
.badge.worst-suggestion { background: #1d4ed8; }
.badge.not-checked { background: #4b5563; }
.not-checked { margin: 8px 0; padding: 8px 10px; border-radius: 6px; border: 1px solid var(--muted); }
.badge .mood-dot { box-shadow: 0 0 0 1.5px #fff; }
.badge:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }

.mood-dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; vertical-align: baseline; }
.mood-calm { background: #10b981; }
.mood-concerned { background: #facc15; }
.mood-frustrated { background: #f97316; }
.mood-angry { background: #ef4444; }
.mood-unknown { background: #9ca3af; }

.panel, .card, .notice.floating {
  position: fixed; pointer-events: auto; box-sizing: border-box; overflow: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-radius: 10px; box-shadow: var(--shadow);
  user-select: text;
}
.panel { width: 360px; padding: 0 14px 12px; }
.panel-head { position: sticky; top: 0; z-index: 1; display: flex; align-items: center; gap: 10px; padding: 10px 0 8px; background: var(--bg); border-bottom: 1px solid var(--border); }
.panel-head h2 { margin: 0; font-size: 15px; font-weight: 700; flex: 1; border-radius: 4px; }
.tone { font-size: 12px; color: var(--muted); }
.context { margin: 8px 0 0; font-size: 12px; }
.close { border: 0; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 4px; color: var(--muted); }
.close:hover { background: var(--hover); color: var(--fg); }
h3 { margin: 12px 0 6px; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
h3 .mood-dot { margin: 0 2px 0 4px; }
.mood h3 { color: var(--fg); text-transform: none; font-size: 13px; letter-spacing: 0; }
ul { list-style: none; margin: 0; padding: 0; }
/* Page text (the customer's words, the draft's phrases) is isolated: a bidi override in it cannot reorder the text around it. */
q { quotes: "“" "”"; unicode-bidi: isolate; }
.signals li { margin: 3px 0; }
.signal-kind { display: inline-block; font-size: 11px; font-weight: 600; padding: 0 6px; border-radius: 8px; background: var(--raised); border: 1px solid var(--border); }
.signals q { color: var(--muted); overflow-wrap: anywhere; }

.check { display: flex; gap: 8px; margin: 5px 0; }
.check-mark { flex: none; width: 18px; height: 18px; border-radius: 50%; text-align: center; font-weight: 700; font-size: 12px; line-height: 18px; background: var(--raised); }
.status-met .check-mark { color: var(--ok); }
.status-missing .check-mark { color: var(--warning); }
.status-not-needed .check-mark { color: var(--muted); }
.status-not-needed .check-title { color: var(--muted); }
.check-body { display: flex; flex-direction: column; }
.check-title { font-weight: 600; }
.hint { color: var(--muted); font-size: 12px; }

.finding { padding: 9px 0; border-top: 1px solid var(--border); }
.finding:first-child { border-top: 0; }
.finding-head { display: flex; align-items: center; gap: 6px; }
.severity-tag { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; }
.severity-tag.severity-error { color: var(--error); }
.severity-tag.severity-warning { color: var(--warning); }
.severity-tag.severity-suggestion { color: var(--suggestion); }
.category { font-size: 12px; color: var(--muted); flex: 1; }
.flagged { display: block; margin: 3px 0 2px; font-weight: 600; overflow-wrap: anywhere; }
.why { margin: 2px 0 6px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
.actions button { border-radius: 6px; padding: 3px 9px; border: 1px solid var(--border); background: var(--raised); }
.actions button:hover { background: var(--hover); }
.actions .suggestion { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); font-weight: 600; }
.actions .suggestion:hover { filter: brightness(1.1); background: var(--accent); }
.actions .ignore { color: var(--muted); }

.card { width: 320px; padding: 8px 12px 10px; border-left-width: 4px; }
.card.severity-error { border-left-color: #dc2626; }
.card.severity-warning { border-left-color: #d97706; }
.card.severity-suggestion { border-left-color: #2563eb; }

.keys { margin: 8px 0 0; font-size: 11px; color: var(--muted); }
kbd { font: inherit; font-size: 10px; padding: 0 4px; border: 1px solid var(--border); border-radius: 3px; background: var(--raised); }
.card:focus { outline: none; }

.send-check { width: 340px; }
.send-check.hold-errors { border-left-color: #dc2626; }
.send-check.hold-warnings, .send-check.hold-checklist { border-left-color: #d97706; }
.send-check:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.send-check-title { flex: 1; font-size: 13px; }
.send-check .left { list-style: none; margin: 6px 0 8px; padding: 0; }
.send-check .left li { padding: 3px 0; border-top: 1px solid var(--border); overflow-wrap: anywhere; }
.send-check .left li:first-child { border-top: 0; }
.send-check .left .category { flex: none; }
.send-check q { font-weight: 600; }
.send-check [data-testid="tactful-send-review"] { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); font-weight: 600; }
.send-check [data-testid="tactful-send-review"]:hover { filter: brightness(1.1); background: var(--accent); }

.notice { margin: 8px 0 0; padding: 6px 9px; border-radius: 6px; background: var(--notice-bg); color: var(--notice-fg); }
.notice.floating { width: 300px; margin: 0; border-color: transparent; }
.restore p { margin: 0 0 6px; }
.restore button { border-radius: 6px; padding: 3px 9px; border: 1px solid var(--accent); background: var(--accent); color: var(--accent-fg); font-weight: 600; }
`;
