import { expect, it } from 'vitest';
import { chooseFrameAdapter } from './choose-frame-adapter';

const zendesk = { id: 'zendesk', name: 'Zendesk' } as const;
const salesforce = { id: 'salesforce-service-cloud', name: 'Salesforce Service Cloud' } as const;
const generic = { id: 'generic', name: 'Generic page' } as const;

it('names a product found in any frame over the generic adapter, and the top frame first', () => {
  expect(chooseFrameAdapter([{ frameId: 0, result: generic }, { frameId: 7, result: salesforce }])).toEqual(salesforce);
  expect(chooseFrameAdapter([{ frameId: 7, result: salesforce }, { frameId: 0, result: zendesk }])).toEqual(zendesk);
  expect(chooseFrameAdapter([{ frameId: 3, result: generic }, { frameId: 0, result: generic }])).toEqual(generic);
});

it('names nothing when no frame answered', () => {
  expect(chooseFrameAdapter([])).toBeNull();
  expect(chooseFrameAdapter([{ frameId: 0 }, { frameId: 2, result: null }])).toBeNull();
});
