/**
 * `npm test`: every gate, timed. The build runs first and alone: it is the one task others
 * wait for. Then everything else at once: the browser tests (two workers) and the tests that
 * read the build, beside `astro check` and the unit and content tests (which build their own
 * copies of the site elsewhere). No phase waits for its slowest task while a core idles: the
 * other tasks fill the gaps the browser tests leave (page loads, waits, the last test running
 * alone). The browser tests' output streams; the others' is printed when each ends, not
 * interleaved. Every task runs to the end, and the run fails if any failed.
 */
import { spawn } from 'node:child_process';

/** An npm script and the arguments passed on to it. */
type Command = [script: string, ...args: string[]];

const first: Command = ['build'];
// `astro check` would first run `astro sync`, which the build has just done: the generated
// types in .astro/ are the same file for file.
const together: Command[] = [['test:e2e'], ['test:unit'], ['check', '--', '--noSync'], ['test:dist']];
const streamed = 'test:e2e';

interface Outcome {
  script: string;
  code: number;
  seconds: number;
}

function run(command: Command, buffered: boolean): Promise<Outcome> {
  const started = performance.now();
  const [script, ...args] = command;
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', script, ...args], { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (buffered) process.stdout.write(`\n── npm run ${command.join(' ')} (${seconds.toFixed(1)} s, exit ${code}) ──\n${output}`);
      done({ script: command.join(' '), code: code ?? 1, seconds });
    });
  });
}

const total = performance.now();
const built = await run(first, true);
const outcomes = built.code === 0 ? [built, ...(await Promise.all(together.map((command) => run(command, command[0] !== streamed))))] : [built];
console.log(`\nnpm test tasks:\n${outcomes.map((o) => `  ${o.script} ${o.seconds.toFixed(1)} s`).join('\n')}\n  total ${((performance.now() - total) / 1000).toFixed(1)} s`);
const failed = outcomes.filter((o) => o.code !== 0);
if (failed.length > 0) {
  console.error(`failed: ${failed.map((o) => `npm run ${o.script}`).join(', ')}`);
  process.exit(1);
}
