// The built example site in a real browser: accessibility (axe-core, WCAG 2.1
// AA) of every page in every language, the language switcher, the table of
// contents, the print stylesheet, and screenshots for people to look at.
//
// Run by run.sh, which builds the site; SITE_DIR names the built folder.
// The browser is Debian's chromium, started here with exactly the flags CI
// uses and driven over the DevTools protocol; a missing browser fails the run.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const SITE_DIR = resolve(process.env.SITE_DIR ?? 'public');
const ARTIFACTS = resolve(process.env.ARTIFACTS_DIR ?? 'target/browser-artifacts');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// `charter serve` runs on the example site (the repository's content/) for the overlay test.
const CHARTER = resolve(process.env.CHARTER_BIN ?? 'target/debug/charter');
const EXAMPLE_ROOT = resolve(process.env.EXAMPLE_ROOT ?? '.');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let server, base, browserProcess, browser, context, userDataDir;

/** Every HTML page of the built site as a URL path ("/", "/de/privacy/", "/404.html"). */
function pages(dir = SITE_DIR, prefix = '/') {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...pages(full, `${prefix}${name}/`));
    else if (name === 'index.html') out.push(prefix);
    else if (name.endsWith('.html')) out.push(prefix + name);
  }
  return out;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.xml': 'application/xml', '.txt': 'text/plain' };

/**
 * The headers of the `_headers` file the build wrote (`[deploy] headers =
 * true` in the example's site.toml), as Netlify and Cloudflare Pages would
 * send them: the server below sends what is shipped, not a copy of it.
 */
function shippedHeaders() {
  const file = join(SITE_DIR, '_headers');
  assert.ok(existsSync(file), `no _headers in ${SITE_DIR}: the example site sets [deploy] headers = true`);
  const headers = {};
  let rule = null;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      rule = line;
      continue;
    }
    const at = line.indexOf(': ');
    headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 2);
  }
  // The example is served from the root: its one rule covers every path.
  assert.equal(rule, '/*');
  assert.ok(headers['content-security-policy'], '_headers sets a Content-Security-Policy');
  return headers;
}
const SHIPPED = shippedHeaders();

/** A static file server for SITE_DIR on 127.0.0.1, on a free port, with the shipped headers. */
function serve() {
  return new Promise((ready) => {
    const s = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = resolve(SITE_DIR, '.' + path);
      if (file !== SITE_DIR && !file.startsWith(SITE_DIR + sep)) {
        res.writeHead(403).end();
        return;
      }
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        res.writeHead(404, { ...SHIPPED, 'content-type': TYPES['.html'] }).end(readFileSync(join(SITE_DIR, '404.html')));
        return;
      }
      res.writeHead(200, { ...SHIPPED, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    });
    s.listen(0, '127.0.0.1', () => ready(s));
  });
}

/** Starts chromium with FLAGS and a fresh profile; resolves to its DevTools URL. */
function launch() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (tests/browser/run.sh does)`);
  userDataDir = mkdtempSync(join(tmpdir(), 'charter-chromium-'));
  browserProcess = spawn(CHROMIUM, [...FLAGS, `--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group, so that `after` can stop the helpers (crashpad,
    // zygote) too: they keep writing into the profile after the browser exits.
    detached: true,
  });
  return new Promise((ok, fail) => {
    let log = '';
    const timer = setTimeout(() => fail(new Error(`chromium did not start:\n${log}`)), 30000);
    browserProcess.stderr.on('data', (chunk) => {
      log += chunk;
      const m = log.match(/DevTools listening on (ws:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    browserProcess.on('exit', (code) => fail(new Error(`chromium exited (${code}):\n${log}`)));
  });
}

before(async () => {
  assert.ok(existsSync(join(SITE_DIR, 'index.html')), `no built site in ${SITE_DIR}`);
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serve();
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.connectOverCDP(await launch());
  context = browser.contexts()[0] ?? (await browser.newContext());
});

after(async () => {
  await browser?.close().catch(() => {});
  if (browserProcess && browserProcess.exitCode === null) {
    const exited = new Promise((done) => browserProcess.once('exit', done));
    browserProcess.kill();
    await exited;
  }
  if (browserProcess) {
    try {
      process.kill(-browserProcess.pid, 'SIGKILL');
    } catch {
      // The whole group has already gone.
    }
  }
  server?.close();
  if (userDataDir) await removeProfile(userDataDir);
});

/**
 * Deletes the browser profile. A helper process that outlived the kill can
 * still be writing into it, so a failed delete is retried; a profile left in
 * the temporary folder is reported, not counted as a failed test.
 */
async function removeProfile(dir) {
  for (let attempt = 1; ; attempt++) {
    try {
      rmSync(dir, { recursive: true, force: true });
      return;
    } catch (error) {
      if (attempt === 10) {
        console.warn(`left the browser profile ${dir}: ${error.message}`);
        return;
      }
      await new Promise((done) => setTimeout(done, 200));
    }
  }
}

async function open(path, options = {}) {
  const page = await context.newPage();
  if (options.media || options.colorScheme || options.reducedMotion) await page.emulateMedia(options);
  const response = await page.goto(base + path);
  return { page, response };
}

test('the site has pages in every language', () => {
  const all = pages();
  for (const lang of ['de', 'fr', 'es', 'ar']) {
    assert.ok(all.includes(`/${lang}/`), `home page /${lang}/`);
    assert.ok(all.includes(`/${lang}/privacy/`), `privacy policy /${lang}/privacy/`);
  }
  assert.ok(all.includes('/') && all.includes('/privacy/') && all.includes('/404.html'));
});

/**
 * A page that records what the Content-Security-Policy blocks: the
 * browser's `securitypolicyviolation` events (recorded by a script the
 * DevTools protocol adds, which the policy does not apply to) and its
 * console errors about the policy.
 */
async function watchedPage() {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const logged = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) logged.push(msg.text());
  });
  // Each call returns what is new since the last (the page's list starts
  // empty on every navigation).
  const violations = async () => [...(await page.evaluate(() => window.__cspViolations.splice(0))), ...logged.splice(0)];
  return { page, violations };
}

test('every page keeps to the shipped Content-Security-Policy', async () => {
  const { page, violations } = await watchedPage();
  const problems = [];
  for (const path of pages()) {
    const response = await page.goto(base + path);
    assert.equal(response.headers()['content-security-policy'], SHIPPED['content-security-policy'], path);
    // The stylesheet applies under the policy (its custom property is set).
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--font-sans').trim()), '', path);
    for (const v of await violations()) problems.push(`${path}: ${v}`);
  }
  // The watch does see a violation: inline style, as a theme override might add.
  await page.goto(base + '/privacy/');
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { color: red }';
    document.head.append(style);
  });
  await page.waitForFunction(() => window.__cspViolations.length > 0);
  const seen = await violations();
  assert.ok(seen.some((v) => v.startsWith('style-src')), `the inline style was reported: ${seen}`);
  await page.close();
  assert.deepEqual(problems, [], problems.join('\n'));
});

/** axe-core's WCAG 2.1 A and AA violations on each of `paths`, as readable lines. */
async function violations(paths, colorScheme) {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme });
  const problems = [];
  for (const path of paths) {
    await page.goto(base + path);
    problems.push(...(await axeProblems(page, path)));
  }
  await page.close();
  return problems;
}

/** axe-core's WCAG 2.1 A and AA violations on the page as it is now. */
async function axeProblems(page, name) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  assert.ok(result.passes.length > 0, `axe ran no checks on ${name}`);
  return result.violations.map((v) => {
    const where = v.nodes.map((n) => `      ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`).join('\n');
    return `${name}: ${v.id} (${v.impact}) ${v.help}\n${where}`;
  });
}

test('every page in every language has no WCAG 2.1 AA violations (axe-core)', async () => {
  const problems = await violations(pages(), 'light');
  assert.deepEqual(problems, [], problems.join('\n'));
});

// Colours are the only thing the dark scheme changes, and every page shares
// the stylesheet: one page per template and writing direction covers them.
test('dark colours have no WCAG 2.1 AA violations either', async () => {
  const problems = await violations(['/', '/privacy/', '/terms/', '/ar/privacy/', '/404.html'], 'dark');
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('the language switcher moves between translations of the same document', async () => {
  const { page } = await open('/privacy/');
  for (const [lang, path, dir] of [['de', '/de/privacy/', 'ltr'], ['ar', '/ar/privacy/', 'rtl'], ['es', '/es/privacy/', 'ltr'], ['en', '/privacy/', 'ltr']]) {
    await page.locator(`nav.lang-switcher a[hreflang="${lang}"]`).click();
    await page.waitForURL(base + path);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.equal(await page.getAttribute('html', 'dir'), dir);
    assert.equal(await page.locator(`nav.lang-switcher a[hreflang="${lang}"]`).getAttribute('aria-current'), 'true');
  }
  await page.close();
});

test('a document without a translation says so instead of linking to a missing page', async () => {
  const { page } = await open('/terms/');
  const spanish = page.locator('nav.lang-switcher .unavailable[lang="es"]');
  assert.match(await spanish.innerText(), /Español.*No disponible/s);
  assert.equal(await page.locator('nav.lang-switcher a[hreflang="es"]').count(), 0);
  // Every link the switcher does show leads to a page, in its language.
  for (const link of await page.locator('nav.lang-switcher a').all()) {
    const href = await link.getAttribute('href');
    const lang = await link.getAttribute('hreflang');
    const target = await context.newPage();
    const response = await target.goto(base + href);
    assert.equal(response.status(), 200, href);
    assert.equal(await target.getAttribute('html', 'lang'), lang);
    await target.close();
  }
  await page.close();
});

test('the root page lets a visitor pick a language without JavaScript', async () => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const page = await noScript.newPage();
  await page.goto(base + '/');
  for (const lang of ['de', 'fr', 'es', 'ar']) {
    await page.locator(`nav.lang-switcher a[hreflang="${lang}"]`).click();
    await page.waitForURL(`${base}/${lang}/`);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    await page.goto(base + '/');
  }
  await noScript.close();
});

test('table of contents links land on their headings', async () => {
  for (const path of ['/privacy/', '/ar/privacy/']) {
    const { page } = await open(path, { reducedMotion: 'reduce' });
    const links = await page.locator('nav.toc a').all();
    assert.ok(links.length >= 10, `${path} has a table of contents`);
    for (const link of links) {
      const href = await link.getAttribute('href');
      await link.click();
      await page.waitForFunction((h) => decodeURIComponent(location.hash) === decodeURIComponent(h), href);
      const landed = await page.evaluate((id) => {
        const el = document.getElementById(id);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { tag: el.tagName, top: r.top, bottom: r.bottom, height: innerHeight };
      }, decodeURIComponent(href.slice(1)));
      assert.ok(landed, `${path}: ${href} has no target`);
      assert.match(landed.tag, /^H[1-6]$/, `${path}: ${href} is not a heading`);
      assert.ok(landed.top >= 0 && landed.bottom <= landed.height, `${path}: ${href} is not in view (${JSON.stringify(landed)})`);
    }
    await page.close();
  }
});

test('the print stylesheet hides navigation', async () => {
  const { page } = await open('/privacy/', { media: 'print' });
  for (const selector of ['.site-header', 'nav.lang-switcher', 'nav.toc', '.skip-link']) {
    assert.equal(await page.locator(selector).first().isVisible(), false, `${selector} is printed`);
  }
  assert.ok(await page.locator('.document-body h2').first().isVisible(), 'the document itself is printed');
  await page.close();
});

test('the Arabic privacy policy is right to left with Arabic dates', async () => {
  const { page } = await open('/ar/privacy/');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
  const updated = page.locator('.document-dates time').first();
  assert.equal(await updated.getAttribute('datetime'), '2025-05-02');
  assert.match(await updated.innerText(), /مايو/);
  await page.close();
});

test('screenshots of the English and Arabic privacy policies', async () => {
  for (const [path, name] of [['/privacy/', 'privacy-en.png'], ['/ar/privacy/', 'privacy-ar.png']]) {
    const { page } = await open(path);
    await page.setViewportSize({ width: 1280, height: 900 });
    const file = join(ARTIFACTS, name);
    await page.screenshot({ path: file, fullPage: true });
    assert.ok(statSync(file).size > 10000, `${file} is written`);
    await page.close();
  }
});

/**
 * Starts `charter serve` on the example site on a port the system picks;
 * resolves to its base URL and process once it says where it listens.
 */
function startServe() {
  if (!existsSync(CHARTER)) throw new Error(`${CHARTER} is missing: run.sh builds it`);
  const child = spawn(CHARTER, ['--quiet', 'serve', '--port', '0'], { cwd: EXAMPLE_ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`charter serve did not start:\n${out}`)), 60000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/Serving (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) {
        clearTimeout(timer);
        ok({ url: m[1], child });
      }
    });
    child.on('exit', (code) => fail(new Error(`charter serve exited (${code}):\n${out}`)));
  });
}

async function stopServe(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill();
  await exited;
}

/** The evidence table of the page's overlay, as data. */
function evidenceRows(page) {
  return page.locator('#charter-evidence').evaluate((details) => ({
    summary: details.querySelector('summary').innerText.trim(),
    columns: [...details.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), th.innerText.trim()]),
    rows: [...details.querySelectorAll('tbody tr')].map((tr) => {
      const link = tr.querySelector('td a');
      const target = link && document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
      return {
        header: tr.firstElementChild.tagName + ':' + tr.firstElementChild.getAttribute('scope'),
        rule: tr.firstElementChild.innerText.trim(),
        status: tr.children[1].innerText.trim(),
        place: tr.children[2].innerText.trim(),
        target: target ? target.tagName : null,
        quote: tr.querySelector('q')?.innerText.trim() ?? null,
      };
    }),
  }));
}

test('charter serve shows the evidence matrix in its overlay, accessibly, in both colour schemes', async () => {
  const { url, child } = await startServe();
  try {
    for (const colorScheme of ['light', 'dark']) {
      for (const path of ['privacy/', 'ar/privacy/']) {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width: 1280, height: 900 });
        const response = await page.goto(url + path);
        assert.equal(response.status(), 200, path);
        const overlay = page.locator('aside#charter-overlay');
        assert.ok(await overlay.isVisible(), `${path}: the overlay is shown`);
        const details = overlay.locator('details#charter-evidence');
        // Collapsed at first; opened by its summary, as a reader opens it.
        assert.equal(await details.locator('table').isVisible(), false, `${path}: evidence starts collapsed`);
        await details.locator('summary').click();
        assert.ok(await details.locator('table').isVisible(), `${path}: evidence opens`);
        const evidence = await evidenceRows(page);
        assert.deepEqual(evidence.columns.map(([scope]) => scope), ['col', 'col', 'col', 'col']);
        assert.ok(evidence.rows.every((r) => r.header === 'TH:row'), `${path}: each row is headed by its rule`);
        const statuses = new Set(['Met', 'Passed', 'Finding', 'Not checked']);
        assert.ok(evidence.rows.every((r) => statuses.has(r.status)), `${path}: status in words`);
        const met = evidence.rows.filter((r) => r.status === 'Met');
        assert.match(evidence.summary, new RegExp(`^Evidence: ${met.length} requirements? met, \\d+ findings?$`));
        if (path === 'privacy/') {
          assert.ok(met.length >= 10, `${path}: met requirements are listed (${met.length})`);
          for (const r of met) {
            assert.ok(r.quote && r.quote.length > 10, `${r.rule} has its quote`);
            assert.match(r.place, /^content\/privacy\.md:\d+$/, `${r.rule} names its line`);
            assert.match(r.target ?? '', /^H[1-6]$/, `${r.rule} links to its section`);
          }
          const access = met.find((r) => r.rule === 'gdpr.rights.access');
          assert.ok(access, 'gdpr.rights.access is met');
          assert.match(access.quote, /right to access/);
          await page.screenshot({ path: join(ARTIFACTS, `serve-evidence-${colorScheme}.png`) });
        } else {
          // The Arabic translation is not read by the GDPR rules: it says so in words.
          assert.ok(evidence.rows.some((r) => r.rule === 'gdpr.rights.access' && r.status === 'Not checked'));
        }
        const problems = await axeProblems(page, `serve ${path} (${colorScheme})`);
        assert.deepEqual(problems, [], problems.join('\n'));
        await page.close();
      }
    }
  } finally {
    await stopServe(child);
  }
});
