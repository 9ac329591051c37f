/**
 * A throwaway copy of the site for content tests: the files an editor edits, plus what the
 * build needs, with the packages symlinked. Tests edit files in the copy and run the real
 * `astro sync` (the content loaders and schemas) or `astro build`.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const COPIED = ['src', 'public', 'scripts', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface SiteCopy {
  dir: string;
  read(file: string): string;
  write(file: string, text: string): void;
  remove(): void;
}

export function makeSiteCopy(): SiteCopy {
  const dir = mkdtempSync(join(tmpdir(), 'kaimen-site-'));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  // The packages, linked one by one into a node_modules of the copy's own, so that the caches
  // Astro and Vite keep there (.astro, .vite) are the copy's and builds running at once, here
  // and in the project, never read or write each other's.
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (!entry.startsWith('.') || entry === '.bin') symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return {
    dir,
    read: (file) => readFileSync(join(dir, file), 'utf8'),
    write: (file, text) => writeFileSync(join(dir, file), text),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface BuildResult {
  code: number;
  output: string;
}

/** At most this many builds at once, across all test files (vitest runs files in parallel). */
const BUILD_SLOTS = 2;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes one of BUILD_SLOTS lock directories in the temp folder; returns its release. */
async function acquireSlot(): Promise<() => void> {
  for (;;) {
    for (let i = 0; i < BUILD_SLOTS; i++) {
      const lock = join(tmpdir(), `kaimen-content-build-${i}.lock`);
      try {
        mkdirSync(lock);
        writeFileSync(join(lock, 'pid'), String(process.pid));
        return () => rmSync(lock, { recursive: true, force: true });
      } catch {
        // Taken; free it if its owner died without releasing it.
        let owner = NaN;
        try {
          owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
        } catch {
          continue; // being created right now
        }
        if (Number.isInteger(owner) && owner > 0 && !alive(owner)) rmSync(lock, { recursive: true, force: true });
      }
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
}

/**
 * Runs the real `astro build` in the copy, with the project's Node (the one running the tests),
 * waiting for a free build slot first.
 */
export async function build(dir: string, timeoutMs = 240_000): Promise<BuildResult> {
  const release = await acquireSlot();
  try {
    return await runBuild(dir, timeoutMs);
  } finally {
    release();
  }
}

function runBuild(dir: string, timeoutMs: number): Promise<BuildResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code: code ?? -1, output });
    });
  });
}
