/** The parts of the right knee, from the front: bones, cartilage, menisci, ligaments, kneecap. */
import { Figure } from './figure.js';

const LABEL = { class: 'fig-label' };

export function KneePartsFigure() {
  return (
    <Figure
      id="fig-knee-parts"
      title="The parts of the knee, seen from the front"
      description="A right knee from the front. The thigh bone (femur) comes down from above and the shin bone (tibia) goes down below, with the thinner fibula beside it on the outside. Smooth cartilage lines the ends of the bones. Two rubbery pads, the menisci, sit between them. Ligaments on each side and two crossing in the middle hold the joint steady. The kneecap (patella) sits in front. The fibular nerve winds round just below the outside of the knee."
      viewBox="0 0 360 430"
      caption={
        <ul class="fig-parts">
          <li><strong>Bones:</strong> the thigh bone (femur) above, the shin bone (tibia) below, the thin fibula on the outside, and the kneecap (patella) in front.</li>
          <li><strong>Cartilage:</strong> a smooth lining on the ends of the bones. It thins in osteoarthritis.</li>
          <li><strong>Menisci:</strong> two rubbery pads that cushion the joint. A twist can tear one.</li>
          <li><strong>Ligaments:</strong> strong bands that hold the knee steady, one on each side and two that cross in the middle.</li>
        </ul>
      }
    >
      <g class="fig-bone">
        {/* Thigh bone */}
        <path d="M154 0 H206 L210 130 Q242 160 242 200 Q240 220 218 222 Q200 210 180 212 Q160 210 142 222 Q120 220 118 200 Q118 160 150 130 Z" />
        {/* Shin bone */}
        <path d="M120 240 H240 Q244 262 222 274 L210 430 H162 L150 274 Q118 262 120 240 Z" />
        {/* Fibula */}
        <path d="M242 268 Q258 262 260 278 L252 430 H242 L246 286 Q238 282 242 268 Z" />
      </g>
      {/* Cartilage on the ends of the bones */}
      <path class="fig-cartilage" d="M120 202 Q122 220 142 222 Q160 210 180 212 Q200 210 218 222 Q238 220 240 202" />
      <path class="fig-cartilage" d="M122 242 H238" />
      {/* Menisci */}
      <path class="fig-meniscus" d="M124 229 Q150 224 174 231 Q150 238 124 236 Z" />
      <path class="fig-meniscus" d="M186 231 Q210 224 236 229 L236 236 Q210 238 186 231 Z" />
      {/* Ligaments: inner, outer, and the two crossing in the middle */}
      <g class="fig-ligament">
        <path d="M118 178 L116 292" />
        <path d="M242 184 L252 272" />
        <path d="M170 200 L192 244" />
        <path d="M192 200 L170 244" />
      </g>
      {/* Kneecap and its tendons */}
      <path class="fig-tendon" d="M166 60 L166 140 M194 60 L194 140 M172 196 L174 300 M188 196 L186 300" />
      <ellipse class="fig-kneecap" cx="180" cy="168" rx="27" ry="32" />
      {/* The fibular nerve just below the outside of the knee */}
      <path class="fig-nerve fig-nerve-fibular" d="M268 150 Q276 230 262 270 Q252 290 240 300 Q226 312 222 336" />
      <g class="fig-leaders">
        <path d="M152 40 H108" />
        <path d="M156 168 H108" />
        <path d="M116 288 H100" />
        <path d="M126 232 L108 222" />
        <path d="M160 380 H108" />
        <path d="M238 212 L272 60" />
        <path d="M254 360 H272" />
        <path d="M262 270 L290 250" />
      </g>
      <g class="fig-labels">
        <text {...LABEL} x="2" y="36">Thigh bone</text>
        <text {...LABEL} x="2" y="52">(femur)</text>
        <text {...LABEL} x="2" y="164">Kneecap</text>
        <text {...LABEL} x="2" y="180">(patella)</text>
        <text {...LABEL} x="2" y="220">Menisci:</text>
        <text {...LABEL} x="2" y="236">cushions</text>
        <text {...LABEL} x="2" y="284">Ligament</text>
        <text {...LABEL} x="2" y="300">(each side)</text>
        <text {...LABEL} x="2" y="376">Shin bone</text>
        <text {...LABEL} x="2" y="392">(tibia)</text>
        <text {...LABEL} x="264" y="24">Cartilage:</text>
        <text {...LABEL} x="264" y="40">a smooth</text>
        <text {...LABEL} x="264" y="56">lining</text>
        <text {...LABEL} x="276" y="356">Fibula</text>
        <text {...LABEL} x="294" y="236">Fibular</text>
        <text {...LABEL} x="294" y="252">nerve</text>
      </g>
    </Figure>
  );
}
