/**
 * `npm test`: every gate, in three phases, timed. Within a phase the tasks run at once, to keep
 * both cores busy: the build (mostly one core) beside the unit and content tests (which build
 * their own copies of the site elsewhere), then `astro check` beside the tests that read the
 * build, then the browser tests alone (two workers, timing-sensitive). A failed phase stops the
 * run. The output of tasks that run at once is printed when each ends, not interleaved.
 */
import { spawn } from 'node:child_process';

const phases: string[][] = [['build', 'test:unit'], ['check', 'test:dist'], ['test:e2e']];

interface Outcome {
  script: string;
  code: number;
  seconds: number;
}

function run(script: string, buffered: boolean): Promise<Outcome> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (buffered) process.stdout.write(`\n── npm run ${script} (${seconds.toFixed(1)} s, exit ${code}) ──\n${output}`);
      done({ script, code: code ?? 1, seconds });
    });
  });
}

const timings: string[] = [];
const total = performance.now();
let failed: Outcome[] = [];
for (const phase of phases) {
  const started = performance.now();
  const outcomes = await Promise.all(phase.map((script) => run(script, phase.length > 1)));
  const tasks = outcomes.map((o) => `${o.script} ${o.seconds.toFixed(1)} s`).join(', ');
  timings.push(`${((performance.now() - started) / 1000).toFixed(1)} s  [${tasks}]`);
  failed = outcomes.filter((o) => o.code !== 0);
  if (failed.length > 0) break;
}
console.log(`\nnpm test phases:\n${timings.map((t) => `  ${t}`).join('\n')}\n  total ${((performance.now() - total) / 1000).toFixed(1)} s`);
if (failed.length > 0) {
  console.error(`failed: ${failed.map((o) => `npm run ${o.script}`).join(', ')}`);
  process.exit(1);
}
