/** The ↑/↓ pair that moves a thing one place up or down in its list. */
export function MoveButtons(props: {
  upLabel: string;
  downLabel: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (step: -1 | 1) => void;
}) {
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-label={props.upLabel}
        disabled={!props.canMoveUp}
        onClick={() => props.onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={props.downLabel}
        disabled={!props.canMoveDown}
        onClick={() => props.onMove(1)}
      >
        ↓
      </button>
    </>
  );
}
