import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface Toast {
  message: string;
  tone?: 'info' | 'error';
  action?: ToastAction;
}

interface ShownToast extends Toast {
  id: number;
}

type Notify = (toast: Toast) => void;
const ToastContext = createContext<Notify | null>(null);

/** Long enough to reach for "Undo"; errors stay until dismissed. */
const TOAST_MS = 8000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const nextId = useRef(0);

  const dismiss = useCallback((id: number) => setToasts((shown) => shown.filter((toast) => toast.id !== id)), []);
  const notify = useCallback<Notify>(
    (toast) => {
      const id = ++nextId.current;
      setToasts((shown) => [...shown.slice(-2), { ...toast, id }]);
      if (toast.tone !== 'error') setTimeout(() => dismiss(id), TOAST_MS);
    },
    [dismiss],
  );

  return (
    <ToastContext.Provider value={notify}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone ?? 'info'}`}>
            <p>{toast.message}</p>
            {toast.action && (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => {
                  dismiss(toast.id);
                  void toast.action?.run();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="icon-button" aria-label={t('common.dismiss')} onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): Notify {
  const notify = useContext(ToastContext);
  if (!notify) throw new Error('useToast is used outside <ToastProvider>.');
  return notify;
}
