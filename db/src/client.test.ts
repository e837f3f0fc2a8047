import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase } from './client';

describe('createDatabase on a PGlite data folder', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'cohesion-pglite-folder-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('initialises a new folder (in a worker thread) and opens it, and the next open finds what was written', async () => {
    const dataDir = path.join(root, 'new', 'pglite');
    const first = await createDatabase({ dataDir });
    try {
      expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
      await first.execute("create table kept (id int primary key, note text); insert into kept values (1, 'written before the restart')");
    } finally {
      await first.close();
    }
    const second = await createDatabase({ dataDir });
    try {
      const result = (await second.db.execute('select note from kept where id = 1')) as unknown as { rows: Array<{ note: string }> };
      expect(result.rows).toEqual([{ note: 'written before the restart' }]);
    } finally {
      await second.close();
    }
  });

  it('fails with the folder named when the folder cannot be made', async () => {
    const file = path.join(root, 'a-file');
    await (await import('node:fs/promises')).writeFile(file, 'not a folder');
    await expect(createDatabase({ dataDir: path.join(file, 'pglite') })).rejects.toThrow(/a-file/);
  });
});
