/**
 * Chromium trace of the renderer main thread's top-level tasks, through the DevTools protocol:
 * wall and CPU time per task (the Long Tasks API gives wall time only, which on a loaded machine
 * measures the load). Used by the robustness e2e test and by `npm run bench:typing`.
 */
import type { CDPSession } from '@playwright/test';

export interface TaskTime {
  wall: number;
  cpu: number;
  /** With `scripts: true`: scripts that ran in the task and their (wall) time, to tell the page's work from the extension's. */
  scripts: string[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  ts: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; lineNumber?: number } };
}

/** Wall time per script file (last two path parts) in a task's function calls, e.g. "content-scripts/x.js 3.2 ms". */
function scriptTimes(calls: TraceEvent[]): string[] {
  const byScript = new Map<string, number>();
  for (const call of calls) {
    const name = (call.args?.data?.url ?? '').split('/').slice(-2).join('/');
    byScript.set(name, (byScript.get(name) ?? 0) + (call.dur ?? 0) / 1000);
  }
  const longest = [...calls].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
  const where = longest?.args?.data
    ? ` (longest call: ${longest.args.data.functionName || 'anonymous'}:${longest.args.data.lineNumber})`
    : '';
  return [...byScript].map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`).concat(where ? [where] : []);
}

/**
 * Starts tracing; stop() returns the renderer main threads' tasks (ms wall and CPU). `scripts: true`
 * also records function calls (the devtools.timeline category: more tracing overhead) to fill `scripts`.
 */
export async function startTaskTrace(
  cdp: CDPSession,
  { scripts = false }: { scripts?: boolean } = {},
): Promise<{ stop: () => Promise<TaskTime[]> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    // The protocol types trace events as string maps; they carry numbers too.
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  const categories = scripts ? 'toplevel,devtools.timeline' : 'toplevel';
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return {
    stop: async () => {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      const mainThreads = new Set(
        events
          .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
          .map((e) => `${e.pid}:${e.tid}`),
      );
      const onMain = events.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`));
      const calls = scripts ? onMain.filter((e) => e.name === 'FunctionCall' && e.args?.data?.url) : [];
      return onMain
        .filter((e) => e.ph === 'X' && e.dur !== undefined && e.tdur !== undefined)
        .filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')
        .map((e) => ({
          wall: (e.dur ?? 0) / 1000,
          cpu: (e.tdur ?? 0) / 1000,
          scripts: scripts
            ? scriptTimes(calls.filter((c) => c.tid === e.tid && c.ts >= e.ts && c.ts <= e.ts + (e.dur ?? 0)))
            : [],
        }));
    },
  };
}
