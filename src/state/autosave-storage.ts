// Where the autosave lives: IndexedDB (room for large designs, off the main thread's sync path),
// falling back to localStorage where IndexedDB is unavailable (some private modes).
const DB_NAME = 'egress-designer';
const STORE = 'autosave';
const KEY = 'current';
const LOCAL_KEY = 'egress-designer:autosave';

export interface AutosaveStorage {
  read(): Promise<unknown>;
  write(value: unknown): Promise<void>;
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function indexedDbStorage(): AutosaveStorage {
  let db: Promise<IDBDatabase> | null = null;
  const transact = <T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>) => {
    db ??= openDb();
    return db.then(
      (database) =>
        new Promise<T>((resolve, reject) => {
          const tx = database.transaction(STORE, mode);
          const request = run(tx.objectStore(STORE));
          tx.oncomplete = () => resolve(request.result);
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        }),
    );
  };
  return {
    read: () => transact('readonly', (s) => s.get(KEY)),
    write: async (value) => {
      await transact('readwrite', (s) => s.put(value, KEY));
    },
  };
}

function localStorageStorage(): AutosaveStorage {
  return {
    read: async () => {
      const text = localStorage.getItem(LOCAL_KEY);
      return text === null ? undefined : JSON.parse(text);
    },
    write: async (value) => localStorage.setItem(LOCAL_KEY, JSON.stringify(value)),
  };
}

export function defaultAutosaveStorage(): AutosaveStorage {
  return typeof indexedDB !== 'undefined' ? indexedDbStorage() : localStorageStorage();
}
