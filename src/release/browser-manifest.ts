import { chromiumManifestKey, geckoId } from './extension-ids';

/**
 * The oldest Firefox Tactful declares. Firefox 140 is the first with `data_collection_permissions` and the CSS Custom
 * Highlight API the underlines use, but there the coach dies at start: a content script can neither read nor set
 * `document.adoptedStyleSheets` ("Accessing from Xray wrapper is not supported"). Firefox 153 ESR is the oldest
 * release the coach was seen working in; this comes down to 140 once the highlight styles reach the page another way.
 */
export const firefoxMinVersion = '153.0';

export interface ManifestTarget {
  browser: string;
  /** A build for the Chrome Web Store or Edge Add-ons: without the `key`, so the store assigns the id. */
  store: boolean;
}

/** What the manifest adds per browser: the `key` for unpacked Chromium builds, the add-on id and data declaration for Firefox. */
export function browserManifest({ browser, store }: ManifestTarget): Record<string, unknown> {
  if (browser === 'firefox') {
    return {
      browser_specific_settings: {
        gecko: {
          id: geckoId,
          strict_min_version: firefoxMinVersion,
          // Nothing is collected or sent: the analysis, the policy and the statistics stay in the browser (docs/privacy.md).
          data_collection_permissions: { required: ['none'] },
        },
      },
    };
  }
  // A fixed key gives unpacked builds one id everywhere, which managed policies name (docs/deploy.md).
  return store ? {} : { key: chromiumManifestKey };
}
