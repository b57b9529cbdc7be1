/** A dark help desk: the fixture ticket restyled, for the overlay's dark theme. */
export const darkPageCss = `
body { background: #0f172a; color: #e2e8f0; }
main { background: #1e293b; border-color: #334155; }
.message { background: #2b2416; border-left-color: #b45309; }
textarea, .editor { background: #0f172a; color: #e2e8f0; border-color: #475569; }
`;
