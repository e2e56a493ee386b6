import { describe, expect, it } from 'vitest';
import type { OperationHandlers } from '../../shared/contract';
import { AppError } from '../../shared/result';
import { createDispatcher } from './dispatch';

function handlers(overrides: Partial<OperationHandlers> = {}): OperationHandlers {
  const notUsed = async () => {
    throw new Error('not used');
  };
  return {
    'host.info': async () => ({
      host: 'chromium',
      appVersion: '1',
      platform: 'linux',
      canPickFolder: false,
      workerCalls: false,
    }),
    'import.pickFolder': notUsed,
    'import.sampleCorpusFolder': notUsed,
    'import.listFolder': notUsed,
    'import.parseFolderFiles': notUsed,
    'import.parseFiles': notUsed,
    'export.savePdf': notUsed,
    'export.saveFile': notUsed,
    'export.saveDocx': notUsed,
    ...overrides,
  };
}

describe('dispatcher', () => {
  it('answers a valid call with ok and the value', async () => {
    const result = await createDispatcher(handlers())('host.info', {});
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ host: 'chromium' }) });
  });

  it('refuses unknown operations', async () => {
    const result = await createDispatcher(handlers())('shell.exec', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
  });

  it('refuses arguments that do not match the schema, saying which', async () => {
    const dispatch = createDispatcher(handlers());
    const climbing = await dispatch('import.parseFolderFiles', {
      folder: '/data',
      relativePaths: ['../secret.txt'],
    });
    expect(climbing).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(!climbing.ok && climbing.error.message).toContain('..');
    const extra = await dispatch('host.info', { sneaky: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const badName = await dispatch('export.savePdf', {
      html: '<p>x</p>',
      suggestedName: '../x.pdf',
      pageSize: 'A4',
    });
    expect(badName).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('refuses a malformed briefing before rendering it, saying where it is wrong', async () => {
    let rendered = false;
    const dispatch = createDispatcher(
      handlers({
        'export.saveDocx': async () => {
          rendered = true;
          return { cancelled: true };
        },
      }),
    );
    const result = await dispatch('export.saveDocx', {
      briefing: {
        title: 'Dam',
        author: '',
        date: '2026-04-08',
        summary: '',
        sections: [{ title: 'One', items: [{ type: 'quote', text: 'no source', commentary: '' }] }],
      },
      suggestedName: 'Dam.docx',
      pageSize: 'A4',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const text = result.ok ? '' : result.error.message;
    expect(text).toContain('export.saveDocx');
    expect(text).toContain('briefing.sections[0].items[0].source');
    expect(rendered).toBe(false);
  });

  it('passes AppError messages through and hides nothing else', async () => {
    const dispatch = createDispatcher(
      handlers({
        'import.listFolder': async () => {
          throw new AppError('not-permitted', 'The folder /etc has not been chosen in Parallax.');
        },
        'import.pickFolder': async () => {
          throw new Error('disk on fire');
        },
      }),
      () => undefined,
    );
    expect(await dispatch('import.listFolder', { folder: '/etc' })).toEqual({
      ok: false,
      error: { code: 'not-permitted', message: 'The folder /etc has not been chosen in Parallax.' },
    });
    expect(await dispatch('import.pickFolder', {})).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('disk on fire') },
    });
  });
});
