/**
 * A stand-in for the `electron` module (the Electron binary cannot run here). It records what the
 * shell registers so tests can play the part of Chromium: fire events, call handlers, read options.
 */
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

/** An Electron-style event: records whether the guard called preventDefault; some carry details (url, isMainFrame). */
export class FakeEvent {
  defaultPrevented = false;
  constructor(details: Record<string, unknown> = {}) {
    Object.assign(this, details);
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

/** A frame as WebFrameMain shows it: its URL, its parent, and itself with every frame below it. */
export class FakeFrame {
  readonly children: FakeFrame[] = [];
  constructor(
    public url: string,
    readonly parent: FakeFrame | null = null,
  ) {}
  get framesInSubtree(): FakeFrame[] {
    return [this, ...this.children.flatMap((child) => child.framesInSubtree)];
  }
}

type PrintCallback = (success: boolean, failureReason: string) => void;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly sent: string[] = [];
  readonly mainFrame = new FakeFrame('');
  /** What webContents.print was asked, with the callback a test answers as the print dialog would. */
  readonly printRequests: { options: unknown; callback: PrintCallback }[] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** What each message carried, in order. */
  readonly messages: { channel: string; args: unknown[] }[] = [];
  send(channel: string, ...args: unknown[]): void {
    this.sent.push(channel);
    this.messages.push({ channel, args });
  }
  print(options: unknown, callback: PrintCallback): void {
    this.printRequests.push({ options, callback });
  }
  /** Chromium's PDF viewer once started: the document in a frame of its own, inside the viewer's frame. */
  showPdfViewer(): void {
    const viewer = new FakeFrame('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', this.mainFrame);
    viewer.children.push(new FakeFrame(this.mainFrame.url, viewer));
    this.mainFrame.children.push(viewer);
  }
  /** Fires an event the way Chromium would and tells whether it was prevented. */
  attempt(eventName: string, ...args: unknown[]): boolean {
    return this.attemptWith({}, eventName, ...args);
  }
  /** The same, for events whose details Electron puts on the event itself (will-frame-navigate). */
  attemptWith(details: Record<string, unknown>, eventName: string, ...args: unknown[]): boolean {
    const event = new FakeEvent(details);
    this.emit(eventName, event, ...args);
    return event.defaultPrevented;
  }
}

export class FakeSession extends EventEmitter {
  headersListener: Listener | null = null;
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  devicePermissionHandler: Listener | null = null;
  displayMediaRequestHandler: Listener | null = null;
  readonly webRequest = {
    onHeadersReceived: (listener: Listener) => {
      this.headersListener = listener;
    },
  };
  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Listener): void {
    this.devicePermissionHandler = handler;
  }
  setDisplayMediaRequestHandler(handler: Listener): void {
    this.displayMediaRequestHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly created: FakeBrowserWindow[] = [];
  /** The next load fails with this, as loadURL does when Chromium reports did-fail-load. */
  static loadError: Error | null = null;
  private static waiting: ((window: FakeBrowserWindow) => void)[] = [];
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
    for (const resolve of FakeBrowserWindow.waiting.splice(0)) resolve(this);
  }
  /** The next window the code under test opens. */
  static next(): Promise<FakeBrowserWindow> {
    return new Promise((resolve) => FakeBrowserWindow.waiting.push(resolve));
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    this.webContents.mainFrame.url = url;
    const error = FakeBrowserWindow.loadError;
    FakeBrowserWindow.loadError = null;
    if (error) throw error;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  show(): void {}
  focus(): void {}
  isMinimized(): boolean {
    return false;
  }
}

export const handlers = new Map<string, Listener>();
export const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
export const exposed = new Map<string, unknown>();
export const rendererListeners = new Map<string, Listener>();

/** Files are fetched from disk, as Electron's net.fetch does for file: URLs. */
async function fetchFile(url: string): Promise<Response> {
  try {
    return new Response(new Uint8Array(await readFile(fileURLToPath(url))));
  } catch {
    return new Response(null, { status: 404 });
  }
}

export const electron = {
  app: Object.assign(new EventEmitter(), {
    isPackaged: true,
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(async () => undefined),
    getPath: vi.fn((name: string) => `/nonexistent/${name}`),
    quit: vi.fn(),
    exit: vi.fn(),
  }),
  BrowserWindow: FakeBrowserWindow,
  session: { defaultSession: new FakeSession(), fromPartition: vi.fn((_partition: string) => new FakeSession()) },
  shell: { openExternal: vi.fn(async (_url: string) => undefined), openPath: vi.fn(async (_path: string) => '') },
  ipcMain: {
    handle: (channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  },
  ipcRenderer: {
    invoke: vi.fn(async (_channel: string, _input: unknown): Promise<unknown> => undefined),
    on: (channel: string, listener: Listener) => rendererListeners.set(channel, listener),
  },
  contextBridge: {
    exposeInMainWorld: vi.fn((key: string, api: unknown) => exposed.set(key, api)),
  },
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => protocolHandlers.set(scheme, handler),
  },
  net: { fetch: vi.fn(fetchFile) },
  Menu: {
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu: vi.fn(),
  },
  dialog: {
    showMessageBox: vi.fn(async () => ({ response: 0 })),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async (): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
    showMessageBoxSync: vi.fn((_window: unknown, _options: unknown) => 0),
    showErrorBox: vi.fn(),
  },
};
