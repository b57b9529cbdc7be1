/** The messages between the extension's parts; each name says who sends it to whom (content script → background). */
export interface LoadCoachCStoBG {
  type: 'cs-bg-load-coach';
}

/** Injects the editor bridge into the sender's frame, in the page's main world where editor objects live. */
export interface LoadEditorBridgeCStoBG {
  type: 'cs-bg-load-editor-bridge';
}

export type MessageCStoBG = LoadCoachCStoBG | LoadEditorBridgeCStoBG;
