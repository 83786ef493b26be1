// The phone's storage in IndexedDB: the outbox ('queue', photos as Blobs) and the offline copy ('snapshot').
// Each store is offered as {all, get, put, remove}, the interface the queue is tested with.
const DB_NAME = 'diemnong-field';
const VERSION = 1;

const done = (request) => new Promise((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});

export function openStorage(indexedDB = globalThis.indexedDB) {
  const opening = indexedDB.open(DB_NAME, VERSION);
  opening.onupgradeneeded = () => {
    const db = opening.result;
    if (!db.objectStoreNames.contains('queue')) db.createObjectStore('queue', { keyPath: 'key' });
    if (!db.objectStoreNames.contains('snapshot')) db.createObjectStore('snapshot', { keyPath: 'name' });
  };
  const db = done(opening);
  const store = (name) => {
    const run = async (mode, action) => {
      const tx = (await db).transaction(name, mode);
      const result = await done(action(tx.objectStore(name)));
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
      return result;
    };
    return {
      all: () => run('readonly', (s) => s.getAll()),
      get: (key) => run('readonly', (s) => s.get(key)),
      put: (value) => run('readwrite', (s) => s.put(value)),
      remove: (key) => run('readwrite', (s) => s.delete(key)),
    };
  };
  return { queue: store('queue'), snapshot: store('snapshot') };
}
