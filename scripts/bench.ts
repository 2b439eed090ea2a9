/**
 * `npm run bench [-- --records N] [--json] [--runs R] [--faults RATE] [--seed S]`
 *
 * Generates N dossier records (default 100,000) with the core's generator, injects a small share
 * of realistic faults (default 1 %, so locating issues is measured too), writes the envelope as
 * compact JSON text and measures, in this one process, after two warm-up rounds, the median of R
 * runs (default 3):
 * - parseMs: JSON.parse of the text;
 * - totalMs: the core's whole job, validateText: text → every issue (structure and all rules) with
 *   line and column;
 * - structMs: the core's structural check alone over the parsed records (Node accelerator on, as
 *   in the CLI and the hosts' worker); the closure-only path (renderer) is reported beside it;
 * - ajvMs: ajv, compiled with allErrors, over the same structural schema (jsonSchemaFor).
 * The last stdout line with --json is one JSON object:
 * {"records","bytes","parseMs","totalMs","structMs","ajvMs","ratioToParse","ratioToAjv","peakRssMb"}.
 */
import { loadavg } from 'node:os';
import Ajv from 'ajv';
import { STRICT_PROFILE, enableCodegen, generateRecords, jsonSchemaFor, locatePaths, validateText } from '../shared/index';
import { KIND_MODULES } from '../shared/spec/registry';
import { validateValueWith } from '../shared/validate/engine';
import { CORE_RULES } from '../shared/validate/validate';

interface Args {
  records: number;
  json: boolean;
  runs: number;
  faults: number;
  seed: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { records: 100_000, json: false, runs: 3, faults: 0.01, seed: 20240312 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v < 0) throw new Error(`bench: ${a} needs a non-negative number`);
      return v;
    };
    if (a === '--records') args.records = Math.floor(next());
    else if (a === '--runs') args.runs = Math.max(1, Math.floor(next()));
    else if (a === '--faults') args.faults = next();
    else if (a === '--seed') args.seed = Math.floor(next());
    else if (a === '--json') args.json = true;
    else throw new Error(`bench: unknown argument ${a} (use --records N, --runs R, --faults RATE, --seed S, --json)`);
  }
  return args;
}

type Rec = Record<string, unknown>;

/** Faults helpdesk staff meet in rejected packets (dossier.md §1.7, §4.1, §5; samples 90–94). */
const FAULTS: ((r: Rec) => void)[] = [
  (r) => (r.NgayTiepNhan = '2024-03-12T08:15:00+07:00'),
  (r) => (r.TrangThaiHoSo = 'processing'),
  (r) => delete r.MaHoSo,
  (r) => {
    const fees = r.DanhSachLePhi as Rec[] | undefined;
    if (fees?.[0]) fees[0].Gia = Number(fees[0].Gia) || 75000;
    else r.TrangThaiHoSo = 4;
  },
  (r) => (r.NgayHenTra = '20000101000000'),
  (r) => (r.Email = 'khong-co-email'),
  (r) => {
    const files = r.TaiLieuNop as Rec[] | undefined;
    if (files?.[0]) files[0].IsDeleted = false;
    else r.MaTTHC = '';
  },
  (r) => {
    r.mahoso = r.MaHoSo;
    delete r.MaHoSo;
  },
  (r) => (r.MaHoSoKhac = 'HS-CU-0001'),
  (r) => (r.NgayTiepNhan = '20240230081500'),
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Wall-clock ms, CPU ms (this process, all threads: GC helpers included) and the result. */
function time<T>(f: () => T): [number, T, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return [wall, out, (c.user + c.system) / 1000];
}

const gc = (globalThis as { gc?: () => void }).gc;

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const log = (line: string) => process.stdout.write(`${line}\n`);

  const [genMs, records] = time(() => generateRecords('dossier', args.records, args.seed));
  let faulty = 0;
  if (args.faults > 0) {
    const every = Math.max(1, Math.round(1 / args.faults));
    for (let i = every >> 1; i < records.length; i += every) FAULTS[faulty++ % FAULTS.length](records[i]);
  }
  const text = JSON.stringify({ session: '<session>', madonvi: '000.00.01.H22', service: 'DongBoHoSoMC', isUpdating: 'True', data: records });
  const bytes = Buffer.byteLength(text, 'utf8');
  records.length = 0;

  enableCodegen(true);
  const schema = jsonSchemaFor('DongBoHoSoMC', STRICT_PROFILE)!;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const ajvValidate = ajv.compile(schema);

  const parse: number[] = [];
  const total: number[] = [];
  const struct: number[] = [];
  const closures: number[] = [];
  const ajvRuns: number[] = [];
  // CPU time per phase, to show where the whole job's time goes (the machine may be shared).
  const cpu = { parse: [] as number[], total: [] as number[], struct: [] as number[], rules: [] as number[], locate: [] as number[] };
  let issues = 0;
  let ajvErrors = 0;
  // Two warm-up rounds (compilation, JIT: ajv's large generated function takes a few runs to be
  // optimised, as does ours), then the measured rounds, interleaved.
  for (let round = -2; round < args.runs; round++) {
    gc?.();
    const [p, doc, pc] = time(() => JSON.parse(text) as unknown);
    gc?.();
    const [t, report, tc] = time(() => validateText(text, { profile: STRICT_PROFILE }));
    gc?.();
    const [s, , sc] = time(() => validateValueWith(KIND_MODULES, doc, { profile: STRICT_PROFILE }, { rules: false }));
    gc?.();
    const [, , fc] = time(() => validateValueWith(KIND_MODULES, doc, { profile: STRICT_PROFILE }, CORE_RULES));
    gc?.();
    const [, , lc] = time(() => locatePaths(text, report.issues.map((i) => i.segments)));
    enableCodegen(false);
    const [c] = time(() => validateValueWith(KIND_MODULES, doc, { profile: STRICT_PROFILE }, { rules: false }));
    enableCodegen(true);
    const [a] = time(() => ajvValidate(doc));
    if (round < 0) continue;
    parse.push(p);
    total.push(t);
    struct.push(s);
    closures.push(c);
    ajvRuns.push(a);
    cpu.parse.push(pc);
    cpu.total.push(tc);
    cpu.struct.push(sc);
    cpu.rules.push(fc - sc);
    cpu.locate.push(lc);
    issues = report.issues.length;
    ajvErrors = ajvValidate.errors?.length ?? 0;
  }

  const parseMs = median(parse);
  const totalMs = median(total);
  const structMs = median(struct);
  const ajvMs = median(ajvRuns);
  const result = {
    records: args.records,
    bytes,
    parseMs: Math.round(parseMs),
    totalMs: Math.round(totalMs),
    structMs: Math.round(structMs),
    ajvMs: Math.round(ajvMs),
    ratioToParse: Number((totalMs / parseMs).toFixed(3)),
    ratioToAjv: Number((structMs / ajvMs).toFixed(3)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  log(`QCVN 120 benchmark — ${args.records} DongBoHoSoMC records, ${(bytes / 1e6).toFixed(1)} MB, ${faulty} injected faults, median of ${args.runs} run(s)`);
  // Wall-clock figures on a shared 2-core machine follow its load; the CPU line below less so.
  log(`  machine load          ${loadavg().map((l) => l.toFixed(2)).join(', ')} (1, 5, 15 min)`);
  log(`  generate records      ${genMs.toFixed(0)} ms`);
  log(`  JSON.parse            ${result.parseMs} ms`);
  log(`  validateText (total)  ${result.totalMs} ms  → ${issues} issues located   ratio to parse ${result.ratioToParse} (target ≤ 1.5)`);
  log(`  structure (Node)      ${result.structMs} ms   ratio to ajv ${result.ratioToAjv} (target ≤ 1.0)`);
  log(`  structure (closures)  ${Math.round(median(closures))} ms   (renderer path, no code generation)`);
  log(`  ajv (allErrors)       ${result.ajvMs} ms  → ${ajvErrors} errors`);
  log(`  peak RSS              ${result.peakRssMb} MB`);
  const m = (xs: number[]) => Math.round(median(xs));
  log(
    `  CPU time (ms): parse ${m(cpu.parse)}, whole job ${m(cpu.total)} (ratio ${(median(cpu.total) / median(cpu.parse)).toFixed(2)}) = parse + structure ${m(cpu.struct)} + rules ${m(cpu.rules)} + locating ${m(cpu.locate)} + rest`,
  );
  if (args.json) log(JSON.stringify(result));
}

main();
