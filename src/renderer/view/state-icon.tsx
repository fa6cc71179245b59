/** A device's state as a shape as well as a colour: a ticked circle when fine, a warning triangle when not. */

/** The icon beside a device on the console; the state word beside it carries the meaning for readers. */
export function StateIcon({ ok }: { ok: boolean }) {
  return (
    <svg
      class={`state-icon ${ok ? 'good' : 'bad'}`}
      data-state={ok ? 'ok' : 'fault'}
      viewBox="0 0 24 24"
      width="36"
      height="36"
      aria-hidden="true"
    >
      {ok ? (
        <>
          <circle cx="12" cy="12" r="11" fill="currentColor" />
          <path d="M6.5 12.5l3.5 3.5 7.5-8" fill="none" stroke="#fff" stroke-width="2.6" />
        </>
      ) : (
        <>
          <path d="M12 1.5L23 22H1z" fill="currentColor" />
          <path d="M12 8.5v6.5M12 17.5v2" fill="none" stroke="#fff" stroke-width="2.6" />
        </>
      )}
    </svg>
  );
}
