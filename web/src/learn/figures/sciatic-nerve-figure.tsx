/** The sciatic nerve's path, seen from behind: the lower back, under the buttock muscle, down the thigh, split above the knee, to the foot. */
import { Figure } from './figure.js';

const LABEL = { class: 'fig-label' };

export function SciaticNerveFigure() {
  return (
    <Figure
      id="fig-sciatic-nerve"
      title="The path of the sciatic nerve, seen from behind"
      description="A right leg seen from behind. The nerve starts as roots from the lower spine, runs under a buttock muscle called the piriformis, down the back of the thigh, and splits in two just above the knee. One branch, the tibial nerve, runs down the calf to the sole of the foot. The other, the fibular nerve, winds around the outside of the knee, just below it, to the front of the shin and the top of the foot."
      viewBox="0 0 360 560"
      caption={
        <ol class="fig-steps">
          <li>It starts as nerve roots from the lower back.</li>
          <li>It runs through the buttock, under the piriformis muscle.</li>
          <li>It goes down the back of the thigh.</li>
          <li>Just above the knee it splits in two.</li>
          <li>One branch (tibial) goes down the calf to the sole. The other (fibular) winds round the outside of the knee to the shin and the top of the foot.</li>
        </ol>
      }
    >
      {/* The body: lower back, buttock and the right leg, from behind */}
      <g class="fig-body">
        <path d="M150 20 H235 Q246 80 250 130 Q266 170 262 215 Q256 250 240 262 L236 300 Q228 360 226 392 Q234 430 226 470 L220 512 Q232 530 246 536 Q250 548 232 548 H196 Q188 540 190 520 L188 470 Q180 430 188 392 Q186 360 176 300 L168 262 Q158 255 150 250 Z" />
      </g>
      {/* The spine and the bones of the pelvis, faint */}
      <g class="fig-bone">
        <rect x="141" y="22" width="18" height="16" rx="4" />
        <rect x="141" y="44" width="18" height="16" rx="4" />
        <rect x="141" y="66" width="18" height="16" rx="4" />
        <path d="M142 90 H158 L156 150 Q150 160 144 150 Z" />
        <path d="M158 100 Q200 92 232 120 Q236 150 214 170 Q190 168 170 150 Z" />
      </g>
      {/* The nerve */}
      <g class="fig-nerve">
        <path d="M159 48 Q172 80 178 120" />
        <path d="M159 72 Q170 96 178 122" />
        <path d="M158 96 Q168 110 178 126" />
        <path d="M178 122 Q192 150 200 200 L206 262 Q210 300 210 330" />
        <path class="fig-nerve-branch" d="M210 330 Q212 400 210 470 Q208 510 214 540" />
        <path class="fig-nerve-branch fig-nerve-fibular" d="M210 330 Q226 350 236 372 Q238 386 226 396 Q222 440 222 490 Q224 520 232 540" />
      </g>
      {/* The piriformis muscle across the buttock, over the nerve that runs beneath it */}
      <path class="fig-muscle" d="M156 126 Q190 126 226 148 L222 162 Q190 142 156 142 Z" />
      {/* Landmarks: the knee crease and the bony bump below the outside of the knee */}
      <path class="fig-crease" d="M186 372 Q210 382 234 370" />
      <circle class="fig-bump" cx="237" cy="382" r="5" />
      {/* Labels with leader lines */}
      <g class="fig-leaders">
        <path d="M138 60 H112" />
        <path d="M176 135 L112 170" />
        <path d="M204 240 L112 250" />
        <path d="M210 330 L112 330" />
        <path d="M210 450 L112 450" />
        <path d="M238 382 H262" />
      </g>
      <g class="fig-labels">
        <text {...LABEL} x="4" y="52">Lower back:</text>
        <text {...LABEL} x="4" y="68">nerve roots</text>
        <text {...LABEL} x="4" y="164">Buttock: under</text>
        <text {...LABEL} x="4" y="180">the piriformis</text>
        <text {...LABEL} x="4" y="246">Back of</text>
        <text {...LABEL} x="4" y="262">the thigh</text>
        <text {...LABEL} x="4" y="326">Splits above</text>
        <text {...LABEL} x="4" y="342">the knee</text>
        <text {...LABEL} x="4" y="446">Tibial nerve:</text>
        <text {...LABEL} x="4" y="462">calf and sole</text>
        <text {...LABEL} x="266" y="372">Fibular</text>
        <text {...LABEL} x="266" y="388">nerve: round</text>
        <text {...LABEL} x="266" y="404">the outside,</text>
        <text {...LABEL} x="266" y="420">lifts the foot</text>
      </g>
    </Figure>
  );
}
