// Renders every BPMN model to a PNG for README.md with bpmn-js in the machine's headless Chromium
// (Debian package "chromium"; puppeteer-core downloads no browser). Usage: npm run render:diagrams
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const viewer = readFileSync(require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
const models = 'src/main/resources/bpmn';
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run'],
});
try {
  for (const file of readdirSync(models).filter((f) => f.endsWith('.bpmn')).sort()) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900, deviceScaleFactor: 2 });
    await page.setContent('<!DOCTYPE html><html><body style="margin:0;background:#fff">'
      + '<div id="canvas" style="width:1400px;height:900px"></div></body></html>');
    await page.addScriptTag({ content: viewer });
    const size = await page.evaluate(async (xml) => {
      const bpmn = new window.BpmnJS({ container: '#canvas' });
      await bpmn.importXML(xml);
      const canvas = bpmn.get('canvas');
      canvas.zoom('fit-viewport', 'auto');
      const box = document.querySelector('#canvas .viewport').getBoundingClientRect();
      return { x: Math.max(0, box.x - 20), y: Math.max(0, box.y - 20), width: box.width + 40, height: box.height + 40 };
    }, readFileSync(`${models}/${file}`, 'utf8'));
    const target = `docs/${file.replace(/\.bpmn$/, '.png')}`;
    writeFileSync(target, await page.screenshot({ clip: size }));
    console.log(`rendered ${target}`);
    await page.close();
  }
} finally {
  await browser.close();
}
