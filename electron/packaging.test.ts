/**
 * Packaging cannot run on the project's machines (no Electron zip, no fpm), so the configuration is
 * checked against electron-builder's own JSON schema, and against what the issue asks for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
// js-yaml and app-builder-lib come with electron-builder (a devDependency); js-yaml ships no types.
// @ts-expect-error -- untyped module, used only to read the YAML file
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const config = (yaml as { load(text: string): unknown }).load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>;
const schema = JSON.parse(readFileSync(join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const targets = (platform: string) => (config[platform].target as (string | { target: string })[]).map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder.yml', () => {
  it('is valid for electron-builder (and the check would catch a misspelt key)', () => {
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...config, fileAsociations: [] })).toBe(false);
  });

  it('builds Windows NSIS and portable, macOS dmg, Linux AppImage and deb', () => {
    expect(targets('win')).toEqual(['nsis', 'portable']);
    expect(targets('mac')).toEqual(['dmg']);
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
  });

  it('names the app, its icon and the "Open with" association for .json', () => {
    expect(config.appId).toBe('vn.qcvn120.packetstudio');
    expect(config.productName).toBe('QCVN 120 Packet Studio');
    expect(readFileSync(join(root, config.icon)).subarray(1, 4).toString()).toBe('PNG');
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'json' })]);
  });

  it('packs what the app runs: main, preload, renderer and the unpacked validation worker', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'dist/node/validate-worker.mjs']));
    expect(config.asarUnpack).toContain('dist/node/validate-worker.mjs');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist/electron/main.mjs');
  });
});
