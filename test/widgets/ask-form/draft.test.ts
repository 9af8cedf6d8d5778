import { expect } from '@open-wc/testing';
import { DraftStore, DRAFT_MAX_AGE_MS, draftKey } from '../../../src/widgets/ask-form/controllers/draft.js';

function memory(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const KEY = '7c0a5e2f-8d7e-4c3b-9a51-3f4e2b1c0d9e';

describe('the draft', () => {
  it('is keyed by the page (without its fragment) and the endpoint', () => {
    expect(draftKey('https://county.example/ask.html#top', 'https://county.example/api/questions')).to.equal(
      'gov-ask-form:draft:v1:https://county.example/ask.html|https://county.example/api/questions',
    );
  });

  it('keeps the non-personal fields and the key of a sent question, and nothing else', () => {
    const storage = memory();
    const store = new DraftStore(
      'k',
      () => storage,
      () => 1000,
    );
    const draft = {
      service_code: 'consult',
      title: '标题',
      description: '内容',
      idempotency_key: KEY,
      sent: true,
      name: '王小明',
      phone: '13800138000',
      email: 'a@b.cn',
    };
    expect(store.save(draft)).to.equal(true);
    const raw = storage.data.get('k')!;
    expect(raw).not.to.contain('王小明');
    expect(raw).not.to.contain('13800138000');
    expect(raw).not.to.contain('a@b.cn');
    expect(store.load()).to.deep.equal({ service_code: 'consult', title: '标题', description: '内容', idempotency_key: KEY, sent: true });
  });

  it('removes the entry when there is nothing left to keep', () => {
    const storage = memory();
    const store = new DraftStore('k', () => storage);
    store.save({ title: 'x' });
    store.save({ title: '' });
    expect(storage.data.size).to.equal(0);
  });

  it('drops a draft older than 30 days, a malformed one, and a key that is not a UUID', () => {
    const storage = memory();
    let now = 0;
    const store = new DraftStore(
      'k',
      () => storage,
      () => now,
    );
    store.save({ title: 'old' });
    now = DRAFT_MAX_AGE_MS + 1;
    expect(store.load()).to.equal(undefined);
    storage.setItem('k', '{not json');
    expect(store.load()).to.equal(undefined);
    storage.setItem('k', JSON.stringify({ saved_at: now, title: 7, idempotency_key: 'abc', description: 'ok' }));
    expect(store.load()).to.deep.equal({ description: 'ok' });
  });

  it('never throws when storage is missing or throws on every call (private mode)', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('x');
      },
    };
    const stores = [
      new DraftStore('k', () => throwing),
      new DraftStore('k', () => null),
      new DraftStore('k', () => {
        throw new Error('no access');
      }),
    ];
    for (const store of stores) {
      expect(() => store.load()).not.to.throw();
      expect(store.save({ title: 't' })).to.equal(false);
      expect(() => store.clear()).not.to.throw();
    }
  });
});
