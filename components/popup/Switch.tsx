/** A labelled on/off switch: a real checkbox with role="switch", so keyboards and screen readers get it for free. */
export function Switch(props: { label: string; hint?: string; checked: boolean; disabled?: boolean; onChange(on: boolean): void }) {
  return (
    <label class={props.disabled ? 'switch-row disabled' : 'switch-row'}>
      <span class="switch-text">
        <span class="switch-label">{props.label}</span>
        {props.hint ? <span class="switch-hint">{props.hint}</span> : null}
      </span>
      <input
        type="checkbox"
        role="switch"
        class="switch"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
    </label>
  );
}
