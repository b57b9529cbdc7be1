/** The messages between the extension's parts; each name says who sends it to whom (content script → background). */
export interface LoadCoachCStoBG {
  type: 'cs-bg-load-coach';
}

export type MessageCStoBG = LoadCoachCStoBG;
