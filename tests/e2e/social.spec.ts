import { expect, test } from '@playwright/test';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

for (const [path, image] of [
  ['/', '/og/story.zh.png'],
  ['/en/', '/og/story.en.png'],
] as const) {
  test(`${path} has a 1200×630 social image with alt text`, async ({ page, request, baseURL }) => {
    const response = await request.get(image);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body())).toEqual([1200, 630]);

    await page.goto(path);
    const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
    expect(new URL((await meta('og:image'))!).pathname).toBe(image);
    expect(new URL((await meta('og:image'))!).origin).toBe(new URL(process.env.SITE_URL ?? baseURL!).origin);
    expect(await meta('og:image:alt')).toContain(await page.locator('h1').textContent());
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
  });
}
