import { forwardRef, useId, type InputHTMLAttributes, type TextareaHTMLAttributes } from "react";

export const inputClass =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-zinc-900 shadow-sm ring-1 ring-inset ring-zinc-300 placeholder:text-zinc-400 focus:ring-2 focus:ring-inset focus:ring-indigo-600 aria-[invalid=true]:ring-red-500";

interface FieldProps {
  label: string;
  error?: string;
  hint?: string;
}

/** Label, control, hint and error wired together for screen readers. */
export const TextField = forwardRef<HTMLInputElement, FieldProps & InputHTMLAttributes<HTMLInputElement>>(
  function TextField({ label, error, hint, ...props }, ref) {
    const id = useId();
    return (
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
          {label}
        </label>
        <input
          ref={ref}
          id={id}
          aria-invalid={Boolean(error)}
          aria-describedby={`${id}-msg`}
          className={inputClass}
          {...props}
        />
        <FieldMessage id={`${id}-msg`} error={error} hint={hint} />
      </div>
    );
  },
);

export const TextAreaField = forwardRef<HTMLTextAreaElement, FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>>(
  function TextAreaField({ label, error, hint, ...props }, ref) {
    const id = useId();
    return (
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
          {label}
        </label>
        <textarea
          ref={ref}
          id={id}
          rows={4}
          aria-invalid={Boolean(error)}
          aria-describedby={`${id}-msg`}
          className={inputClass}
          {...props}
        />
        <FieldMessage id={`${id}-msg`} error={error} hint={hint} />
      </div>
    );
  },
);

function FieldMessage({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  if (error) {
    return (
      <p id={id} role="alert" className="text-sm text-red-600">
        {error}
      </p>
    );
  }
  return hint ? (
    <p id={id} className="text-xs text-zinc-500">
      {hint}
    </p>
  ) : null;
}

export const selectClass = inputClass;
