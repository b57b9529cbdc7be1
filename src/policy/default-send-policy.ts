import type { SendPolicy } from './policy-schema';

/** How a public reply is held at Send when no layer of the policy says: apart from the schema, for the coach. */
export const defaultSendPolicy: SendPolicy = { beforeSend: 'warnings', allowSendAnyway: true, holdNotes: false };
