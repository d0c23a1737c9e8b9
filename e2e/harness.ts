import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const screenshotDir = join(repoRoot, 'e2e', 'screenshots');
export const demoPassword = 'chairside-demo';

/** A port nobody is listening on right now (the server does not print the one it got for PORT=0). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

async function waitForHealth(baseUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`The server exited with code ${server.exitCode}:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not become healthy within 60 s:\n${output()}`);
}

export interface E2eApp {
  readonly baseUrl: string;
  readonly browser: BrowserContext;
  /** A fresh page (its own tab) in the shared browser profile. */
  newPage: (viewport?: { width: number; height: number }) => Promise<Page>;
  stop: () => Promise<void>;
}

/**
 * Starts the built server on a fresh data directory with the demo clinic, and
 * Debian's Chromium; `env` adds server settings (e.g. CHAIRSIDE_MLLP_PORT). Expects packages/server/dist and packages/web/dist to exist.
 */
export async function startApp(options: { readonly env?: Readonly<Record<string, string>> } = {}): Promise<E2eApp> {
  for (const built of ['packages/server/dist/main.js', 'packages/web/dist/index.html']) {
    if (!existsSync(join(repoRoot, built))) {
      throw new Error(`${built} is missing: run "npx tsc -b packages/server && npm run build -w @chairside/web" first`);
    }
  }
  mkdirSync(screenshotDir, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'chairside-e2e-data-'));
  const profileDir = mkdtempSync(join(tmpdir(), 'chairside-e2e-profile-'));
  const port = await freePort();
  let log = '';
  const server = spawn(process.execPath, ['packages/server/dist/main.js'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      CHAIRSIDE_DATA_DIR: dataDir,
      PORT: String(port),
      CHAIRSIDE_DEMO: 'true',
      CHAIRSIDE_CLINIC_PHONE: '555-0100',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, server, () => log);

  const browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1366, height: 900 },
  });

  return {
    baseUrl,
    browser,
    newPage: async (viewport) => {
      const page = await browser.newPage();
      if (viewport !== undefined) {
        await page.setViewportSize(viewport);
      }
      return page;
    },
    stop: async () => {
      await browser.close();
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (server.exitCode === null) {
        server.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export async function signIn(page: Page, baseUrl: string, username: string, password = demoPassword): Promise<void> {
  // The profile is shared by every page of the file: start each sign-in from no session.
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByLabel(/^Password/).press('Enter');
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Chairside' }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}
