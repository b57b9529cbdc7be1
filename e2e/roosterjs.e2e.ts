import { describe } from 'vitest';
import { describeEditor } from './support/editor-flow';

// RoosterJS marks nothing of its own on its element: Tactful knows it by the product, so the page opens at Outlook's address.
describe('RoosterJS', () => describeEditor('roosterjs', { origin: 'https://outlook.office.com', staleFix: true }));
