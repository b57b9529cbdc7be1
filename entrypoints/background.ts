import { defineBackground } from 'wxt/utils/define-background';

// The service worker has no work yet: analysis runs where the text is, so nothing is sent anywhere.
export default defineBackground(() => {});
