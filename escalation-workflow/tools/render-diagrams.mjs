// Renders every BPMN model to a PNG for README.md with bpmn-js in the machine's headless Chromium
// (Debian package "chromium"; puppeteer-core downloads no browser), at the model's own scale so that labels stay
// readable. Usage: npm run render:diagrams
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const viewer = readFileSync(require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
const models = 'src/main/resources/bpmn';
const margin = 30;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run'],
});
try {
  for (const file of readdirSync(models).filter((f) => f.endsWith('.bpmn')).sort()) {
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html><body style="margin:0;background:#fff">'
      + '<div id="canvas" style="width:800px;height:600px"></div></body></html>');
    await page.addScriptTag({ content: viewer });
    const inner = await page.evaluate(async (xml) => {
      window.viewer = new window.BpmnJS({ container: '#canvas' });
      await window.viewer.importXML(xml);
      const box = window.viewer.get('canvas').viewbox().inner;
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    }, readFileSync(`${models}/${file}`, 'utf8'));
    const width = Math.ceil(inner.width + 2 * margin);
    const height = Math.ceil(inner.height + 2 * margin);
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.evaluate((w, h, box, m) => {
      const container = document.querySelector('#canvas');
      container.style.width = `${w}px`;
      container.style.height = `${h}px`;
      const canvas = window.viewer.get('canvas');
      canvas.resized();
      canvas.viewbox({ x: box.x - m, y: box.y - m, width: w, height: h });
    }, width, height, inner, margin);
    const target = `docs/${file.replace(/\.bpmn$/, '.png')}`;
    writeFileSync(target, await page.screenshot({ clip: { x: 0, y: 0, width, height } }));
    console.log(`rendered ${target} (${width} x ${height})`);
    await page.close();
  }
} finally {
  await browser.close();
}
