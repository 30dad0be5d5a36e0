/**
 * The body map: the body from behind and from the front, whose areas are real checkboxes (role,
 * state, label, Space/Enter), kept in step with a plain list beside it. A leg area is chosen on
 * the left, the right or both (`knee:left`); the back is one area. Below the areas, what is felt
 * rather than where: numbness or tingling, weakness. A chosen area is hatched and outlined as well
 * as filled, so colour is never the only sign.
 */
import type { QuestionOption } from '../api/types.js';

type Side = 'left' | 'right';

/**
 * Shapes per view, area and side of the person. From behind the person's left is on the viewer's
 * left; from the front it is on the viewer's right. Each view is 110 wide.
 */
const BACK: Record<string, Partial<Record<Side | 'mid', string>>> = {
  upper_back: { mid: 'M33 62 H77 L79 100 H31 Z' },
  back: { mid: 'M31 102 H79 L81 138 H29 Z' },
  buttock: { left: 'M29 140 H54 V170 Q40 176 31 168 Z', right: 'M56 140 H81 L79 168 Q70 176 56 170 Z' },
  thigh: { left: 'M31 172 Q42 178 53 172 L51 228 H35 Z', right: 'M57 172 Q68 178 79 172 L75 228 H59 Z' },
  knee: { left: 'M35 230 H51 L51 252 H36 Z', right: 'M59 230 H75 L74 252 H59 Z' },
  calf: { left: 'M36 254 H51 L49 300 H39 Z', right: 'M59 254 H74 L71 300 H61 Z' },
  foot: { left: 'M38 302 H50 L52 318 H34 Z', right: 'M60 302 H72 L76 318 H58 Z' },
};
const FRONT: Record<string, Partial<Record<Side, string>>> = {
  hip: { right: 'M29 140 H54 V162 Q40 168 31 160 Z', left: 'M56 140 H81 L79 160 Q70 168 56 162 Z' },
  thigh: { right: 'M31 164 Q42 172 53 166 L51 228 H35 Z', left: 'M57 166 Q68 172 79 164 L75 228 H59 Z' },
  knee: { right: 'M35 230 H51 L51 252 H36 Z', left: 'M59 230 H75 L74 252 H59 Z' },
  calf: { right: 'M36 254 H51 L49 300 H39 Z', left: 'M59 254 H74 L71 300 H61 Z' },
  foot: { right: 'M38 302 H50 L55 318 H36 Z', left: 'M60 302 H72 L74 318 H55 Z' },
};

const valueOf = (area: string, side: Side | 'mid') => (side === 'mid' ? area : `${area}:${side}`);

function toggle(chosen: readonly string[], value: string): string[] {
  return chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value];
}

function Outline({ x }: { x: number }) {
  return (
    <g class="body-outline" aria-hidden="true" transform={`translate(${x} 0)`}>
      <circle cx="55" cy="28" r="20" />
      <path d="M24 54 H86 Q98 56 100 72 L106 150 H98 L90 90 V140 H20 V90 L12 150 H4 L10 72 Q12 56 24 54 Z" />
    </g>
  );
}

export function BodyMap(props: {
  options: readonly QuestionOption[];
  chosen: readonly string[];
  onChange(next: string[]): void;
  invalid: boolean;
  describedBy: string;
}) {
  const { options, chosen, onChange } = props;
  const areas = options.filter((o) => !o.onlyIfChosen);
  const felt = options.filter((o) => o.onlyIfChosen);
  const labelOf = (o: QuestionOption, side: Side | 'mid', view: string) => `${side === 'mid' ? '' : `${side === 'left' ? 'Left' : 'Right'} `}${o.label.toLowerCase()}, ${view}`;

  const shape = (o: QuestionOption, side: Side | 'mid', d: string, view: string, x: number) => {
    const value = valueOf(o.value, side);
    const on = chosen.includes(value);
    const flip = () => onChange(toggle(chosen, value));
    return (
      <g
        key={`${view}-${value}`}
        class={`body-area${on ? ' is-chosen' : ''}`}
        role="checkbox"
        aria-checked={on}
        aria-label={labelOf(o, side, view)}
        aria-invalid={props.invalid || undefined}
        // Lower case: SVG attributes are case-sensitive and Preact sets them as written.
        tabindex={0}
        data-area={value}
        transform={`translate(${x} 0)`}
        onClick={flip}
        onKeyDown={(event) => {
          if (event.key === ' ' || event.key === 'Enter') {
            event.preventDefault();
            flip();
          }
        }}
      >
        <path d={d} class="body-area-shape" />
        {on && <path d={d} class="body-area-hatch" fill="url(#hatch)" />}
      </g>
    );
  };

  return (
    <div class="body-map">
      <svg class="body-map-figure" width="260" height="340" viewBox="0 0 260 340" role="group" aria-label="Body map, from behind and from the front" aria-describedby={props.describedBy}>
        <defs>
          <pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="8" class="hatch-line" />
          </pattern>
        </defs>
        <text x="55" y="336" class="body-map-caption" text-anchor="middle">
          From behind
        </text>
        <text x="205" y="336" class="body-map-caption" text-anchor="middle">
          From the front
        </text>
        <text x="10" y="200" class="body-map-side" aria-hidden="true">L</text>
        <text x="96" y="200" class="body-map-side" aria-hidden="true">R</text>
        <text x="160" y="200" class="body-map-side" aria-hidden="true">R</text>
        <text x="246" y="200" class="body-map-side" aria-hidden="true">L</text>
        <Outline x={0} />
        <Outline x={150} />
        {areas.flatMap((o) => Object.entries(BACK[o.value] ?? {}).map(([side, d]) => shape(o, side as Side | 'mid', d, 'from behind', 0)))}
        {areas.flatMap((o) => Object.entries(FRONT[o.value] ?? {}).map(([side, d]) => shape(o, side as Side, d, 'from the front', 150)))}
      </svg>
      <fieldset class="body-map-list">
        <legend>Or tick them in this list</legend>
        <ul class="area-list">
          {areas.map((o) => (
            <li key={o.value} class="area-row">
              {o.sided ? (
                <>
                  <span class="area-name" id={`area-${o.value}`}>
                    {o.label}
                  </span>
                  {(['left', 'right'] as const).map((side) => (
                    <label key={side} class="check check-side">
                      <input
                        type="checkbox"
                        name="where"
                        value={valueOf(o.value, side)}
                        data-evidence={o.evidence}
                        checked={chosen.includes(valueOf(o.value, side))}
                        aria-invalid={props.invalid || undefined}
                        aria-describedby={`area-${o.value}`}
                        onChange={() => onChange(toggle(chosen, valueOf(o.value, side)))}
                      />
                      <span>
                        {side === 'left' ? 'Left' : 'Right'}
                        <span class="visually-hidden"> {o.label.toLowerCase()}</span>
                      </span>
                    </label>
                  ))}
                </>
              ) : (
                <label class="check">
                  <input
                    type="checkbox"
                    name="where"
                    value={o.value}
                    data-evidence={o.evidence}
                    checked={chosen.includes(o.value)}
                    aria-invalid={props.invalid || undefined}
                    aria-describedby={props.describedBy}
                    onChange={() => onChange(toggle(chosen, o.value))}
                  />
                  <span>{o.label}</span>
                </label>
              )}
            </li>
          ))}
        </ul>
      </fieldset>
      {felt.length > 0 && (
        <fieldset class="body-map-list body-map-felt">
          <legend>Also tick if you have</legend>
          {felt.map((o) => (
            <label key={o.value} class="check">
              <input
                type="checkbox"
                name="where"
                value={o.value}
                data-evidence={o.evidence}
                checked={chosen.includes(o.value)}
                onChange={() => onChange(toggle(chosen, o.value))}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
