// docs/versioning.md: a shipped `standards/<id>/<version>.yaml` is never edited in place (a change is
// a new version). This test holds the SHA-256 of every shipped file's bytes, so an in-place edit
// fails here; adding a version means adding its line.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const STANDARDS = path.resolve(import.meta.dirname, '../../standards');

/** The hash of every shipped version, as released. */
const RELEASED: Record<string, string> = {
  'construction/1.0.0.yaml': 'sha256:040c543629b184c3c01e742a2a45f8c81e6fd9fa1ee1ab254aecf32af1bd74df',
  'construction/1.1.0.yaml': 'sha256:b662616818905d0f3a1338911aa59540bebebc642cfc24452e7562c95916a354',
  'fengqiao-village/1.0.0.yaml': 'sha256:708a8e35d4a5d212a432d3eadd4a4409df4e30df9b2057819c2fb8e5919e70e3',
  'fengqiao/1.0.0.yaml': 'sha256:d41906da62ee17ff294117519d741644e3676579954ac6a88ca65f130327f3d8',
  'fengqiao/1.1.0.yaml': 'sha256:48e897e6369f0c3cd65920e79592cdd995c08335f2f56385368aa1e6740ee9d3',
  'key-tasks-2024/1.0.0.yaml': 'sha256:8e32b48fe3044759d1051d219fa6aac116b302cdec532b4c4c42c3b6e01df2bc',
  'key-tasks/1.0.0.yaml': 'sha256:de19074026cb5badd69f4039f977a6931d00a22fd9105334060284a858b2f365',
  'key-tasks/1.1.0.yaml': 'sha256:1db8ff04780c3bd6f1751e26a0a9fc4de4580a3e782bde9190fc1acd0543cb8d',
  'service/1.0.0.yaml': 'sha256:63a3be327f66708eed7eb05177456032cdbc6a3e8cc6191988cac576d33743b7',
  'service/1.1.0.yaml': 'sha256:2ea2d887fd185dda918dda5809a119e25a35d39360f09ef7872fb9f0a3a3bbc4',
  'star-rating/1.0.0.yaml': 'sha256:54fcb50e0d9c39bf068f9c410e8d446035f8e8886f530fbb8250d0c84f15233d',
  'star-rating/1.1.0.yaml': 'sha256:a3cb9760493c09f1b1bfe0652f4106aa2687e084b372f43bfa0440516a9d2dac',
};

function shippedFiles(): string[] {
  return readdirSync(STANDARDS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(path.join(STANDARDS, d.name)).filter((f) => /\.ya?ml$/.test(f)).map((f) => `${d.name}/${f}`))
    .sort();
}

describe('issue 10.6: shipped versions are never edited in place', () => {
  it('issue 10.6: every shipped file has its released hash listed, and every listed one is shipped', () => {
    expect(shippedFiles()).toEqual(Object.keys(RELEASED).sort());
  });

  for (const [file, hash] of Object.entries(RELEASED)) {
    it(`issue 10.6: standards/${file} is byte for byte the released version`, () => {
      const actual = 'sha256:' + createHash('sha256').update(readFileSync(path.join(STANDARDS, file))).digest('hex');
      expect(actual, `standards/${file} was edited in place: publish the change as a new version (docs/versioning.md)`).toBe(hash);
    });
  }
});
