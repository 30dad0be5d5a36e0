/** How sparing a painful knee changes the way you walk, and loads the lower back and buttock. */
import { Figure } from './figure.js';

const LABEL = { class: 'fig-label' };

export function GaitStrainFigure() {
  return (
    <Figure
      id="fig-gait-strain"
      title="How a painful knee changes the way you walk and strains the back"
      description="Two people walking, seen from the front. On the left, even steps: the hips are level and the back is straight. On the right, a person spares a painful right knee: they take a shorter step on it, their hips tip, and they lean to one side. The lower back and the buttock, marked in orange, work harder to keep them upright. Over weeks, that extra strain can irritate the sciatic nerve."
      viewBox="0 0 360 330"
      caption={
        <ol class="fig-steps">
          <li>A painful knee: you take shorter, stiffer steps on it without noticing.</li>
          <li>Your hips tip and your body leans to keep your balance.</li>
          <li>The muscles of the lower back and buttock work harder. Over weeks this strain can irritate the sciatic nerve. Treating the knee and how you walk helps both.</li>
        </ol>
      }
    >
      <g class="fig-panel-titles">
        <text {...LABEL} x="86" y="18" text-anchor="middle">Even steps</text>
        <text {...LABEL} x="266" y="18" text-anchor="middle">Sparing a painful knee</text>
      </g>
      <path class="fig-divider" d="M180 30 V320" />
      {/* Left: level hips, straight back */}
      <g class="fig-person">
        <circle cx="86" cy="52" r="16" />
        <path d="M86 68 V160" />
        <path d="M86 88 L58 140 M86 88 L114 140" />
        <path class="fig-hips" d="M64 160 H108" />
        <path d="M70 160 L66 240 L62 312 M102 160 L106 240 L110 312" />
      </g>
      {/* Right: tipped hips, leaning body, short step on the painful knee */}
      <g class="fig-strain">
        <ellipse cx="264" cy="140" rx="18" ry="22" />
        <ellipse cx="284" cy="176" rx="18" ry="14" />
      </g>
      <g class="fig-person">
        <circle cx="252" cy="54" r="16" />
        <path d="M256 70 Q262 116 270 164" />
        <path d="M258 90 L230 142 M258 90 L292 136" />
        <path class="fig-hips" d="M248 158 L292 170" />
        <path d="M254 160 L250 240 L246 312 M286 168 L290 236 L296 296" />
      </g>
      <circle class="fig-pain" cx="290" cy="238" r="11" />
      <g class="fig-leaders">
        <path d="M302 238 H320" />
        <path d="M294 170 L322 150" />
        <path d="M246 142 H208 M268 176 L208 150" />
      </g>
      <g class="fig-numbers">
        <circle cx="330" cy="238" r="10" />
        <circle cx="332" cy="146" r="10" />
        <circle cx="198" cy="146" r="10" />
        <text x="330" y="243" text-anchor="middle">1</text>
        <text x="332" y="151" text-anchor="middle">2</text>
        <text x="198" y="151" text-anchor="middle">3</text>
      </g>
    </Figure>
  );
}
