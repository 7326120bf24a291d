/**
 * scripts/shared-folder.ts: where `.ci/run`, the real-world check and the ooxml-check tests find
 * `../shared`, including from a clone made elsewhere (`git clone -q . "$(mktemp -d)"`).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSharedFolder } from '../../scripts/shared-folder';

function sharedAt(parent: string): string {
  const shared = join(parent, 'shared');
  mkdirSync(join(shared, 'tools'), { recursive: true });
  writeFileSync(join(shared, 'tools', 'ooxml-check'), '#!/bin/sh\n');
  chmodSync(join(shared, 'tools', 'ooxml-check'), 0o755);
  return shared;
}

function repoAt(parent: string, origin?: string): string {
  const repo = join(parent, 'repo');
  mkdirSync(repo, { recursive: true });
  execFileSync('git', ['init', '-q', repo]);
  if (origin !== undefined) execFileSync('git', ['-C', repo, 'remote', 'add', 'origin', origin]);
  return repo;
}

describe('ci: the shared folder', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sakip-shared-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is ../shared beside the repository, not required', () => {
    const shared = sharedAt(join(root, 'work'));
    const found = findSharedFolder({}, repoAt(join(root, 'work')));
    assert.equal(found.path, shared);
    assert.equal(found.required, false);
  });

  it('a clone made elsewhere finds it beside the repository it was cloned from', () => {
    const shared = sharedAt(join(root, 'work'));
    const main = repoAt(join(root, 'work'));
    const clone = repoAt(join(root, 'elsewhere'), main);
    assert.equal(findSharedFolder({}, clone).path, shared);
    assert.equal(findSharedFolder({}, repoAt(join(root, 'other'), `file://${main}`)).path, shared);
  });

  it('is not found for a clone of a remote repository with nothing beside it', () => {
    const found = findSharedFolder({}, repoAt(join(root, 'elsewhere'), 'https://example.com/sakip.git'));
    assert.equal(found.path, undefined);
    assert.equal(found.required, false);
  });

  it('SAKIP_SHARED names it and makes it required, found or not', () => {
    sharedAt(join(root, 'work'));
    const named = sharedAt(join(root, 'named'));
    const repo = repoAt(join(root, 'work'));
    assert.deepEqual(findSharedFolder({ SAKIP_SHARED: named }, repo), { path: named, required: true, looked: [named] });
    const missing = join(root, 'missing');
    assert.deepEqual(findSharedFolder({ SAKIP_SHARED: missing }, repo), { required: true, looked: [missing] });
  });
});
