/**
 * Starts a server for one spec file (a Playwright worker fixture) and stops it afterwards:
 * wrangler's Cloudflare Pages runtime, or scripts/serve.ts on a second origin.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface SpawnedServer {
  origin: string;
  stop(): Promise<void>;
}

/** Runs `command args` in its own process group, resolving once `origin`/ answers over HTTP. */
export async function startServer(command: string, args: string[], origin: string, env: Record<string, string> = {}, timeoutMs = 45_000): Promise<SpawnedServer> {
  const child: ChildProcess = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  let running = true;
  const exited = new Promise((resolve) => child.once('exit', () => resolve((running = false))));
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const stop = async () => {
    if (!running || child.pid === undefined) return;
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (running) process.kill(-child.pid, 'SIGKILL');
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!running) throw new Error(`${command} exited with ${child.exitCode ?? child.signalCode}:\n${stderr}`);
    const ok = await fetch(`${origin}/`).then((response) => response.ok, () => false);
    if (ok) return { origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`${command} did not answer at ${origin}/ within ${timeoutMs / 1000} s:\n${stderr}`);
}
