/**
 * The default path must run in a renderer whose CSP forbids `unsafe-eval` (STYLE.md practice 4):
 * nothing calls the Function constructor unless the Node accelerator is switched on, and when it
 * is on but code generation is refused, validation falls back to the closures with the same result.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { STRICT_PROFILE } from './builtinProfiles';
import { enableCodegen } from './codegen';
import { validateTextWith } from './engine';
import { FIXTURE_MODULES, fixtureRecord } from './testing/fixtureKinds';

const realFunction = globalThis.Function;
let calls = 0;

function forbidEval(): void {
  calls = 0;
  // What a CSP without 'unsafe-eval' does to `new Function(...)`.
  globalThis.Function = function refused() {
    calls++;
    throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed");
  } as unknown as FunctionConstructor;
}

afterEach(() => {
  globalThis.Function = realFunction;
  enableCodegen(false);
});

const text = JSON.stringify([{ ...fixtureRecord(1), NgayTiepNhan: '2024-13-01' }, fixtureRecord(2)]);

describe('validation without eval', () => {
  it('never calls the Function constructor by default', () => {
    forbidEval();
    // A fresh profile object: nothing compiled is cached for it yet.
    const report = validateTextWith(FIXTURE_MODULES, text, { profile: { ...STRICT_PROFILE, id: 'csp-1' } });
    expect(calls).toBe(0);
    expect(report.issues.map((i) => `${i.code} ${i.path}`)).toEqual(['format.datetime14 [0].NgayTiepNhan']);
  });

  it('falls back to the closures when the accelerator is on but eval is refused', () => {
    const expected = validateTextWith(FIXTURE_MODULES, text, { profile: { ...STRICT_PROFILE, id: 'csp-2' } }).issues;
    forbidEval();
    enableCodegen(true);
    const report = validateTextWith(FIXTURE_MODULES, text, { profile: { ...STRICT_PROFILE, id: 'csp-3' } });
    expect(calls).toBeGreaterThan(0);
    expect(report.issues).toEqual(expected);
  });
});
