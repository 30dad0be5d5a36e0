/**
 * The body map: a back view of the lower body whose areas are real checkboxes (role, state,
 * label, Space/Enter), kept in step with a plain list of checkboxes beside it. A chosen area is
 * hatched and outlined as well as filled, so colour is never the only sign.
 */
import type { QuestionOption } from '../api/types.js';

/** Shapes per area value (the options' `value`s of the `where` question). */
const SHAPES: Record<string, string[]> = {
  back: ['M62 108 H138 L142 162 H58 Z'],
  buttock: ['M58 164 H99 V206 Q78 214 60 204 Z', 'M101 164 H142 L140 204 Q122 214 101 206 Z'],
  thigh: ['M60 208 Q78 216 98 208 L95 288 H65 Z', 'M102 208 Q122 216 140 208 L135 288 H105 Z'],
  knee: ['M64 290 H96 L95 322 H65 Z', 'M104 290 H136 L135 322 H105 Z'],
  calf: ['M65 324 H95 L91 392 H69 Z', 'M105 324 H135 L131 392 H109 Z'],
  foot: ['M68 394 H92 L96 418 H62 Z', 'M108 394 H132 L138 418 H104 Z'],
};

function toggle(chosen: readonly string[], value: string): string[] {
  return chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value];
}

export function BodyMap(props: {
  options: readonly QuestionOption[];
  chosen: readonly string[];
  onChange(next: string[]): void;
  invalid: boolean;
  describedBy: string;
}) {
  const { options, chosen, onChange } = props;
  return (
    <div class="body-map">
      <svg class="body-map-figure" width="200" height="425" viewBox="0 0 200 425" role="group" aria-label="Body map, seen from behind" aria-describedby={props.describedBy}>
        <defs>
          <pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="8" class="hatch-line" />
          </pattern>
        </defs>
        {/* Head, shoulders and arms: not choosable, just to make the figure readable. */}
        <g class="body-outline" aria-hidden="true">
          <circle cx="100" cy="30" r="22" />
          <path d="M66 58 H134 Q150 60 152 78 L160 170 H150 L140 100 V106 H60 V100 L50 170 H40 L48 78 Q50 60 66 58 Z" />
        </g>
        {options.map((option) => {
          const shapes = SHAPES[option.value];
          if (!shapes) return null;
          const on = chosen.includes(option.value);
          return (
            <g
              key={option.value}
              class={`body-area${on ? ' is-chosen' : ''}`}
              role="checkbox"
              aria-checked={on}
              aria-label={option.label}
              aria-invalid={props.invalid || undefined}
              // Lower case: SVG attributes are case-sensitive and Preact sets them as written.
              tabindex={0}
              data-area={option.value}
              onClick={() => onChange(toggle(chosen, option.value))}
              onKeyDown={(event) => {
                if (event.key === ' ' || event.key === 'Enter') {
                  event.preventDefault();
                  onChange(toggle(chosen, option.value));
                }
              }}
            >
              {shapes.map((d) => (
                <path key={d} d={d} class="body-area-shape" />
              ))}
              {on && shapes.map((d) => <path key={'h' + d} d={d} class="body-area-hatch" fill="url(#hatch)" />)}
            </g>
          );
        })}
      </svg>
      <fieldset class="body-map-list">
        <legend>Or tick the areas in this list</legend>
        {options.map((option) => (
          <label key={option.value} class="check">
            <input
              type="checkbox"
              name="where"
              value={option.value}
              data-evidence={option.evidence}
              checked={chosen.includes(option.value)}
              aria-invalid={props.invalid || undefined}
              aria-describedby={props.describedBy}
              onChange={() => onChange(toggle(chosen, option.value))}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
