import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
const port = 5761;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run',`--remote-debugging-port=${port}`] });
const url = 'http://127.0.0.1:5740/events/demo-2024/programme/';
for (const blocked of [[], ['*sw.js'], [], ['*sw.js']]) {
  const r = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], blockedUrlPatterns: blocked });
  const a = r.lhr.audits;
  console.log(blocked.join() || 'sw', r.lhr.categories.performance.score, 'bench', Math.round(r.lhr.environment.benchmarkIndex), 'TBT', a['total-blocking-time'].displayValue, a['mainthread-work-breakdown'].details.items.map(i => `${i.group}:${Math.round(i.duration)}`).join(' '));
  console.log('  ', (a['long-tasks']?.details?.items ?? []).map(i => `${i.url.replace('http://127.0.0.1:5740','')}@${Math.round(i.startTime)}:${Math.round(i.duration)}`).join(' '));
}
await browser.close();
