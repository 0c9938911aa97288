import { GROUP_LABELS, type GroupName, type ParallelLayout } from '../../model/index';
import { GROUP_COLORS } from '../../scene/palette';

export interface GroupColourKeyProps {
  /** The layout on screen; required. */
  layout: ParallelLayout;
  /** The kind of group the chips are coloured by; required. */
  group: GroupName;
}

/** What the chip colours mean: the first groups' swatches, and that colours repeat past the ninth. */
export function GroupColourKey({ layout, group }: GroupColourKeyProps) {
  const perGroup = group === 'pp' || group === 'dp';
  const count = perGroup ? layout[group] : 0;
  const shown = perGroup ? Math.min(count, GROUP_COLORS.length) : GROUP_COLORS.length;
  const word = group === 'pp' ? 'stage' : group === 'dp' ? 'replica' : `${GROUP_LABELS[group]} group`;
  return (
    <p className="group-key" data-testid="group-key">
      {Array.from({ length: shown }, (_, i) => (
        <span key={GROUP_COLORS[i]} className="group-key-item">
          <span className="group-key-swatch" style={{ background: GROUP_COLORS[i] }} aria-hidden="true" />
          {perGroup ? `${word} ${i + 1}` : ''}
        </span>
      ))}
      <span className="training-field-help">
        {perGroup
          ? `${count} ${word}s${count > GROUP_COLORS.length ? `; colours repeat after ${GROUP_COLORS.length}` : ''}.`
          : `Chips of one ${word} share a colour (${layout[group]} chips each); neighbouring groups differ, colours repeat.`}
      </span>
    </p>
  );
}
