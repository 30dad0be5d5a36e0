/**
 * Words explained: the medical words the app cannot avoid, each with a plain definition. The
 * app explains a word where it first appears on a page (tap it to read what it means), and the
 * Learn pages list them all. `forms` are the spellings that count as the word (plurals, short
 * forms), matched as whole words (see glossaryMatcher).
 */
import { indexById } from './index-by-id.js';

export interface GlossaryEntry {
  readonly id: string;
  /** The word as a heading: "Sciatica". */
  readonly term: string;
  /** Every form of the word that counts: in lower case, any case matches; with a capital (GP, NICE), only that case. */
  readonly forms: readonly string[];
  /** One or two short sentences a 12-year-old can read. */
  readonly definition: string;
}

const list = [
  { id: 'sciatica', term: 'Sciatica', forms: ['sciatica'], definition: 'Pain that runs along the sciatic nerve, from the lower back or buttock down the leg.' },
  { id: 'sciatic_nerve', term: 'Sciatic nerve', forms: ['sciatic nerve'], definition: 'The largest nerve in the body. It runs from the lower back, through the buttock and down the back of the leg to the foot.' },
  { id: 'nerve_root', term: 'Nerve root', forms: ['nerve root', 'nerve roots'], definition: 'The place where a nerve leaves the spine. The sciatic nerve is made from several nerve roots in the lower back.' },
  { id: 'disc', term: 'Disc', forms: ['disc', 'discs'], definition: 'A soft pad between the bones of the spine. A disc that bulges can press on a nerve root.' },
  { id: 'vertebra', term: 'Vertebra', forms: ['vertebra', 'vertebrae'], definition: 'One of the bones that make up the spine.' },
  { id: 'cartilage', term: 'Cartilage', forms: ['cartilage'], definition: 'The smooth, tough lining on the ends of the bones in a joint.' },
  { id: 'meniscus', term: 'Meniscus', forms: ['meniscus', 'menisci'], definition: 'One of two rubbery pads inside the knee that cushion it.' },
  { id: 'ligament', term: 'Ligament', forms: ['ligament', 'ligaments'], definition: 'A strong band that joins two bones and holds a joint steady.' },
  { id: 'tendon', term: 'Tendon', forms: ['tendon', 'tendons'], definition: 'A strong cord that joins a muscle to a bone.' },
  { id: 'osteoarthritis', term: 'Osteoarthritis', forms: ['osteoarthritis'], definition: 'Wear and tear of a joint. Its smooth lining thins and the bones change shape a little.' },
  { id: 'arthritis', term: 'Arthritis', forms: ['arthritis'], definition: 'Pain, stiffness and often swelling in a joint. The most common kind is wear and tear (osteoarthritis).' },
  { id: 'rheumatoid_arthritis', term: 'Rheumatoid arthritis', forms: ['rheumatoid arthritis'], definition: 'A long-term illness in which the body\'s defences attack the lining of the joints, so they swell.' },
  { id: 'gout', term: 'Gout', forms: ['gout'], definition: 'Sudden, very painful swelling of a joint, caused by crystals that form in it.' },
  { id: 'inflammation', term: 'Inflammation', forms: ['inflammation', 'inflamed'], definition: 'How the body reacts to an injury or an illness: heat, redness, swelling and pain.' },
  { id: 'anti_inflammatory', term: 'Anti-inflammatory', forms: ['anti-inflammatory', 'anti-inflammatories', 'NSAID', 'NSAIDs'], definition: 'A medicine that eases pain and swelling, such as ibuprofen or naproxen.' },
  { id: 'opioid', term: 'Opioid', forms: ['opioid', 'opioids'], definition: 'A strong pain killer related to morphine, such as codeine. You can come to depend on it.' },
  { id: 'steroid', term: 'Steroid', forms: ['steroid', 'steroids', 'corticosteroid', 'corticosteroids'], definition: 'A medicine that strongly calms swelling. An injection works where it is put.' },
  { id: 'epidural', term: 'Epidural', forms: ['epidural'], definition: 'An injection into the space around the nerves in the spine.' },
  { id: 'physiotherapist', term: 'Physiotherapist', forms: ['physiotherapist', 'physiotherapists', 'physiotherapy'], definition: 'A health worker who helps you move better, mostly with exercises.' },
  { id: 'gp', term: 'GP', forms: ['GP', 'GPs'], definition: 'General practitioner: your family doctor.' },
  { id: 'a_and_e', term: 'A&E', forms: ['A&E'], definition: 'Accident and emergency: the emergency department of a hospital.' },
  { id: 'nice', term: 'NICE', forms: ['NICE'], definition: 'The National Institute for Health and Care Excellence. It writes health guidelines for England.' },
  { id: 'guideline', term: 'Guideline', forms: ['guideline', 'guidelines'], definition: 'Advice for doctors and patients, written by experts from the best research.' },
  { id: 'cauda_equina', term: 'Cauda equina syndrome', forms: ['cauda equina syndrome', 'cauda equina'], definition: 'Pressure on the bundle of nerves at the bottom of the spine. It can harm the bladder, bowel and legs, so it is an emergency.' },
  { id: 'saddle_area', term: 'Saddle area', forms: ['saddle area'], definition: 'The part of the body that would touch a saddle: between the legs, the bottom and the inner thighs.' },
  { id: 'dvt', term: 'Deep vein thrombosis', forms: ['deep vein thrombosis', 'DVT'], definition: 'A blood clot in a deep vein, most often in the calf.' },
  { id: 'pulmonary_embolism', term: 'Pulmonary embolism', forms: ['pulmonary embolism'], definition: 'A blood clot that has moved to the lungs. It is an emergency.' },
  { id: 'ischaemia', term: 'Ischaemia', forms: ['ischaemia', 'limb ischaemia'], definition: 'Not enough blood getting to part of the body.' },
  { id: 'septic_arthritis', term: 'Septic arthritis', forms: ['septic arthritis'], definition: 'An infection inside a joint. It needs to be treated the same day.' },
  { id: 'compartment_syndrome', term: 'Compartment syndrome', forms: ['compartment syndrome'], definition: 'Pressure that builds up inside a muscle, most often after an injury. It is an emergency.' },
  { id: 'spinal_stenosis', term: 'Spinal stenosis', forms: ['spinal stenosis', 'stenosis'], definition: 'A narrowing of the space for the nerves in the spine.' },
  { id: 'piriformis', term: 'Piriformis', forms: ['piriformis'], definition: 'A muscle deep in the buttock. The sciatic nerve runs just under it.' },
  { id: 'fibular_nerve', term: 'Fibular nerve', forms: ['fibular nerve', 'peroneal'], definition: 'A branch of the sciatic nerve. It winds round the outside of the knee and lifts the foot.' },
  { id: 'tibial_nerve', term: 'Tibial nerve', forms: ['tibial nerve'], definition: 'A branch of the sciatic nerve. It runs down the calf to the sole of the foot.' },
  { id: 'patella', term: 'Patella', forms: ['patella'], definition: 'The kneecap.' },
  { id: 'femur', term: 'Femur', forms: ['femur'], definition: 'The thigh bone.' },
  { id: 'tibia', term: 'Tibia', forms: ['tibia'], definition: 'The shin bone.' },
  { id: 'fibula', term: 'Fibula', forms: ['fibula'], definition: 'The thin bone beside the shin bone, on the outside of the leg.' },
  { id: 'osteoporosis', term: 'Osteoporosis', forms: ['osteoporosis'], definition: 'Thin, weak bones that break easily.' },
  { id: 'ottawa_knee_rule', term: 'Ottawa knee rule', forms: ['ottawa knee rule'], definition: 'A short list of checks that tells whether a hurt knee needs an X-ray.' },
  { id: 'dislocation', term: 'Dislocation', forms: ['dislocation', 'dislocated'], definition: 'A joint knocked out of place.' },
  { id: 'immune_system', term: 'Immune system', forms: ['immune system'], definition: 'The body\'s defences against infection.' },
  { id: 'keyhole_surgery', term: 'Keyhole surgery', forms: ['keyhole surgery', 'arthroscopy'], definition: 'An operation through small cuts, with a tiny camera.' },
  { id: 'acupuncture', term: 'Acupuncture', forms: ['acupuncture'], definition: 'Thin needles put into the skin at chosen points.' },
  { id: 'manipulation', term: 'Spinal manipulation', forms: ['spinal manipulation', 'chiropractor', 'osteopath'], definition: 'A therapist (such as a chiropractor or an osteopath) moves the joints of the spine by hand.' },
  { id: 'perthes', term: 'Perthes disease', forms: ['perthes disease'], definition: 'A hip problem in children: the top of the thigh bone loses its blood supply for a while.' },
  { id: 'growth_plate', term: 'Growth plate', forms: ['growth plate'], definition: 'The soft, growing part near the end of a child\'s bone.' },
  { id: 'rehabilitation', term: 'Rehabilitation', forms: ['rehabilitation'], definition: 'Getting back your strength and movement after an injury or an illness.' },
  { id: 'atrophy', term: 'Atrophy', forms: ['atrophy'], definition: 'Muscles getting smaller and weaker because they are not used.' },
  { id: 'acute', term: 'Acute', forms: ['acute'], definition: 'New, and lasting a short time.' },
  { id: 'chronic', term: 'Chronic', forms: ['chronic'], definition: 'Lasting a long time: more than 3 months.' },
] as const satisfies readonly GlossaryEntry[];

export type GlossaryId = (typeof list)[number]['id'];
export const GLOSSARY: readonly GlossaryEntry[] = list;
export const GLOSSARY_BY_ID = indexById<(typeof list)[number], GlossaryEntry>(list);

export interface GlossaryMatch {
  readonly index: number;
  readonly text: string;
  readonly entry: GlossaryEntry;
}

/**
 * Finds glossary words in a text, longest form first ("cauda equina syndrome" before "cauda
 * equina"), as whole words: a form written in lower case matches any case, one with a capital
 * only that case (so "NICE" never matches "nice").
 */
export function glossaryMatcher(entries: readonly GlossaryEntry[] = GLOSSARY): (text: string) => GlossaryMatch[] {
  const forms = entries.flatMap((entry) => entry.forms.map((form) => ({ form, entry })));
  forms.sort((a, b) => b.form.length - a.form.length);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![A-Za-z0-9-])(${forms.map((f) => escape(f.form)).join('|')})(?![A-Za-z0-9-])`, 'gi');
  const byForm = new Map(forms.map((f) => [f.form, f.entry]));
  const byLower = new Map(forms.filter((f) => f.form === f.form.toLowerCase()).map((f) => [f.form, f.entry]));
  return (text) => {
    const out: GlossaryMatch[] = [];
    for (const m of text.matchAll(pattern)) {
      const entry = byForm.get(m[0]) ?? byLower.get(m[0].toLowerCase());
      if (entry) out.push({ index: m.index ?? 0, text: m[0], entry });
    }
    return out;
  };
}
