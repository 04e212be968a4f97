// The Windows executable under Wine, as a Windows user meets it: copied alone
// into an empty folder, started on a data folder whose path holds a space and
// 'ë', serving the UI and the API, keeping an edit across a restart, finding
// itself when started twice, and exporting the same CSV bytes as the Linux
// executable. Plus what Explorer shows: only Windows' own DLLs, a version
// resource that agrees with --version, and an icon.
// Env: SWM_WIN_EXE (the .exe), SWM_EXE (the Linux executable), SWM_WINE64.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run, assert } from '../browser/harness.mjs';

const WINE = process.env.SWM_WINE64 || '/usr/lib/wine/wine64';
const winExe = process.env.SWM_WIN_EXE;
const linuxExe = process.env.SWM_EXE;
assert(winExe && existsSync(winExe), `the Windows executable is built (SWM_WIN_EXE=${winExe}; make windows)`);
assert(existsSync(WINE), 'wine64 is installed (scripts/install-deps.sh --windows)');

const root = mkdtempSync(join(tmpdir(), 'swm-wine-'));
const env = {
  ...process.env,
  WINEPREFIX: join(root, 'prefix'),
  WINEDEBUG: '-all',
  WINEDLLOVERRIDES: 'mscoree,mshtml=d',  // no Mono or Gecko installer in a throwaway prefix
  LANG: 'C.UTF-8',                        // Unix paths with 'ë' reach Wine as UTF-8
  LC_ALL: 'C.UTF-8',
};
delete env.DISPLAY;
delete env.WAYLAND_DISPLAY;

const alone = join(root, 'leeg');
mkdirSync(alone);
const exe = join(alone, 'samenwerkingsmonitor.exe');
copyFileSync(winExe, exe);
const dataUnix = join(root, 'Zoë Müller', 'gegevens monitor');
// Wine shows the Unix file system as drive Z:.
const windowsPath = unix => 'Z:' + unix.replaceAll('/', '\\');
const dataDir = windowsPath(dataUnix);

function wine(args, options = {}) {
  return execFileSync(WINE, [exe, ...args], { env, cwd: alone, maxBuffer: 64 << 20, ...options });
}

async function freePort() {
  const server = createServer();
  await new Promise(r => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  await new Promise(r => server.close(r));
  return port;
}

// Starts the monitor; resolves once it answers, with the time that took.
async function start(port) {
  const started = Date.now();
  const proc = spawn(WINE, [exe, '--no-browser', '--port', String(port), '--data-dir', dataDir],
                     { env, cwd: alone, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '', log = '', exited = null;
  proc.stdout.on('data', d => { out += d; });
  proc.stderr.on('data', d => { log += d; });
  proc.on('exit', code => { exited = code; });
  const url = `http://127.0.0.1:${port}/`;
  while (Date.now() - started < 30000) {
    if (exited !== null) throw new Error(`monitor exited with ${exited}: ${out}${log}`);
    try {
      const res = await fetch(url + 'api/version');
      if (res.ok) {
        let credential = '';
        return { proc, url, firstAnswerMs: Date.now() - started, out: () => out,
                 // Signed in as README tells scripts: the printed one-time secret traded for the credential.
                 async auth(extra = {}) {
                   if (!credential) {
                     const secret = out.match(/#login=([0-9a-f]{48})/)[1];
                     credential = (await json(url + 'api/login', { method: 'POST', body: JSON.stringify({ secret }),
                                                                   headers: { 'Content-Type': 'application/json' } })).credential;
                   }
                   return { headers: { Authorization: 'Bearer ' + credential, Origin: url.slice(0, -1), ...extra } };
                 },
                 async stop() {
                   proc.kill('SIGINT');
                   const code = exited ?? await new Promise(r => proc.once('exit', r));
                   return { code, out, log };
                 } };
      }
    } catch { /* not listening yet */ }
    await new Promise(r => setTimeout(r, 50));
  }
  proc.kill('SIGKILL');
  throw new Error('no answer within 30 s: ' + out + log);
}

async function json(url, init) {
  const res = await fetch(url, init);
  const body = await res.json();
  assert(res.ok, `${init?.method || 'GET'} ${url}: ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
  return body;
}

const edited = 'Bewerkt onder Windows door Zoë Müller';

// run() ends the process when the tests are done: clean up on exit.
process.on('exit', () => {
  try { execFileSync(join(dirname(WINE), 'wineserver'), ['-k'], { env }); } catch { /* already gone */ }
  rmSync(root, { recursive: true, force: true });
});

const booted = Date.now();
execFileSync(WINE, ['wineboot', '-i'], { env, stdio: 'ignore' });
console.log(`figure: Wine prefix ready in ${Date.now() - booted} ms`);

await run([
  ['the .exe needs only DLLs that come with Windows', async () => {
    const dump = execFileSync('x86_64-w64-mingw32-objdump', ['-p', winExe], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const dlls = [...dump.matchAll(/DLL Name: (\S+)/g)].map(m => m[1].toLowerCase());
    const windows = ['kernel32.dll', 'ws2_32.dll', 'msvcrt.dll', 'advapi32.dll', 'shell32.dll', 'user32.dll',
                     'ole32.dll', 'bcrypt.dll'];
    const foreign = dlls.filter(d => !windows.includes(d) && !d.startsWith('api-ms-win-crt-'));
    assert(dlls.includes('kernel32.dll'), 'the import table was read: ' + dlls.join(', '));
    assert(foreign.length === 0, 'no DLL from outside Windows: ' + foreign.join(', '));
    console.log('  imports: ' + dlls.join(', '));
  }],
  ['--version agrees with the version resource Explorer shows, and there is an icon', async () => {
    const version = wine(['--version'], { encoding: 'utf8' }).trim();
    const m = version.match(/^samenwerkingsmonitor (\d+\.\d+\.\d+) \(commit ([^,]+),/);
    assert(m, 'version line: ' + version);
    // windres reads the resources back out of the executable, as rc text.
    const rc = execFileSync('x86_64-w64-mingw32-windres', ['-i', winExe, '-O', 'rc'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert(rc.includes('VALUE "ProductName", "Samenwerkingsmonitor"'), 'product name in the resource');
    assert(rc.includes(`VALUE "ProductVersion", "${m[1]} (commit ${m[2]})"`), 'version and commit in the resource: ' + version);
    assert(/RT_GROUP_ICON[\s\S]*Has 6 elements/.test(rc), 'an icon in six sizes');
  }],
  ['started from an empty folder on a path with "ë", it serves the UI and the API', async () => {
    const port = await freePort();
    const m = await start(port);
    console.log(`figure: first answer ${m.firstAnswerMs} ms after starting the .exe under Wine`);
    try {
      assert(m.out().includes(m.url), 'the console says where the monitor is: ' + m.out());
      assert(m.out().includes('Zoë Müller'), 'the console names the data folder, in UTF-8: ' + m.out());
      const page = await fetch(m.url);
      const html = await page.text();
      assert(page.ok && /text\/html/.test(page.headers.get('content-type')), 'the UI page is served');
      assert(html.includes('<canvas'), 'the UI page (' + html.length + ' bytes)');
      const wasm = await fetch(m.url + 'ui.wasm');
      const bytes = (await wasm.arrayBuffer()).byteLength;
      assert(wasm.ok && bytes > 100000, 'and its WebAssembly beside it (' + bytes + ' bytes)');
      const list = await json(m.url + 'api/partnerships', await m.auth());
      assert(list.partnerships.length > 20, 'the 2014 register is there: ' + list.partnerships.length);
      assert(existsSync(join(dataUnix, 'monitor.sqlite')), 'the database is in the folder with "ë" in its path');
    } finally {
      await m.stop();
    }
  }],
  ['an edit made through the API is still there after a restart', async () => {
    const port = await freePort();
    let m = await start(port);
    let stopped;
    try {
      const p = await json(m.url + 'api/partnerships/1', await m.auth());
      p.notes = edited;
      await json(m.url + 'api/partnerships/1', {
        method: 'PUT', body: JSON.stringify(p), ...await m.auth({ 'Content-Type': 'application/json' }),
      });
    } finally {
      stopped = await m.stop();
    }
    assert(stopped.code === 0, `Ctrl-C stops it cleanly (exit ${stopped.code}): ${stopped.out}`);
    assert(/gestopt/.test(stopped.out), 'it says it stopped: ' + stopped.out);
    assert(!existsSync(join(dataUnix, 'monitor.lock')), 'the lock file is gone after a clean stop');
    m = await start(port);
    try {
      const p = await json(m.url + 'api/partnerships/1', await m.auth());
      assert(p.notes === edited, 'the edit survived the restart: ' + JSON.stringify(p.notes));
    } finally {
      await m.stop();
    }
  }],
  ['a second start on the same folder finds the running monitor instead of failing on the port', async () => {
    const m = await start(await freePort());
    try {
      const second = wine(['--no-browser', '--port', String(await freePort()), '--data-dir', dataDir], { encoding: 'utf8' });
      assert(second.includes(m.url + '#login='), 'the second start names the running one, with a fresh login link: ' + second);
    } finally {
      await m.stop();
    }
  }],
  ['export --format csv gives the same bytes as the Linux executable, to stdout and to a file', async () => {
    const fromWindows = wine(['export', '--format', 'csv', '--data-dir', dataDir]);
    const file = join(dataUnix, 'export Zoë.csv');
    wine(['export', '--format', 'csv', '--data-dir', dataDir, '--output', windowsPath(file)]);
    const fromLinux = execFileSync(linuxExe, ['export', '--format', 'csv', '--data-dir', dataUnix], { maxBuffer: 64 << 20 });
    assert(fromWindows.length > 1000 && fromWindows.includes(Buffer.from(edited)), 'the CSV holds the edit');
    assert(Buffer.compare(fromWindows, fromLinux) === 0,
           `byte-identical (${fromWindows.length} vs ${fromLinux.length} bytes)`);
    assert(Buffer.compare(readFileSync(file), fromLinux) === 0, 'the file written with --output is identical too');
  }],
]);
