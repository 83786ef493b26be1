// The outbox's store on the phone: one IndexedDB object store keyed by the item's id, so what was recorded offline
// survives closing the page. Falls back to memory where IndexedDB is unavailable (private windows of some browsers).
import { memoryStore } from './outbox.js';

const DB = 'diemnong-patrol';
const STORE = 'outbox';

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function run(db, mode, work) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = work(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(request?.result);
    tx.onerror = () => reject(tx.error);
  });
}

/** {all, put, remove} over IndexedDB, or in memory when it cannot be opened. */
export async function idbStore() {
  let db;
  try {
    db = await open();
  } catch {
    return memoryStore();
  }
  return {
    all: () => run(db, 'readonly', (store) => store.getAll()),
    put: (item) => run(db, 'readwrite', (store) => store.put(item)).then(() => undefined),
    remove: (id) => run(db, 'readwrite', (store) => store.delete(id)).then(() => undefined),
  };
}
