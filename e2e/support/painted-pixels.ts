import type { Page } from 'playwright-core';
import type { Box } from './phrase-box';

/**
 * How many pixels of the screen within `box` are close to `colour` (#rrggbb), from a real screenshot: proof that
 * something is painted there in that colour, not only present in the DOM or the highlight registry. The PNG is
 * decoded by the page's own canvas.
 */
export async function paintedPixels(page: Page, box: Box, colour: string): Promise<number> {
  const png = await page.screenshot({ clip: { x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top } });
  return page.evaluate(
    async ({ data, wanted }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(wanted.slice(start, start + 2), 16));
      let count = 0;
      for (let index = 0; index < pixels.length; index += 4) {
        if (Math.abs(pixels[index]! - r!) + Math.abs(pixels[index + 1]! - g!) + Math.abs(pixels[index + 2]! - b!) < 90) count++;
      }
      return count;
    },
    { data: png.toString('base64'), wanted: colour },
  );
}
