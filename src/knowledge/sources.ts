/**
 * Every source the knowledge base cites. Rules, red flags and treatment verdicts name one or
 * more of these ids, so a reader can trace any answer to the article or a guideline.
 */
import { indexById } from './index-by-id.js';
export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly year: number;
  readonly url?: string;
  /** true where the fact came from a secondary summary and should be confirmed (GUIDELINES.md "check"). */
  readonly check?: boolean;
}

const list = [
  { id: 'article', title: 'Knee pain and sciatica (source article)', publisher: 'Knee–Sciatica Navigator seed', year: 2024 },
  { id: 'nice_ng59', title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)', publisher: 'NICE', year: 2020, url: 'https://www.nice.org.uk/guidance/ng59' },
  { id: 'nice_ng226', title: 'Osteoarthritis in over 16s: diagnosis and management (NG226)', publisher: 'NICE', year: 2022, url: 'https://www.nice.org.uk/guidance/ng226' },
  { id: 'nice_ng158', title: 'Venous thromboembolic diseases: diagnosis, management and thrombophilia testing (NG158)', publisher: 'NICE', year: 2020, url: 'https://www.nice.org.uk/guidance/ng158' },
  { id: 'nice_ng234', title: 'Spinal metastases and metastatic spinal cord compression (NG234)', publisher: 'NICE', year: 2023, url: 'https://www.nice.org.uk/guidance/ng234' },
  { id: 'nice_cg75', title: 'Metastatic spinal cord compression in adults (CG75)', publisher: 'NICE', year: 2008, url: 'https://www.nice.org.uk/guidance/cg75' },
  { id: 'girft_ces_2023', title: 'National suspected cauda equina syndrome pathway', publisher: 'GIRFT, NHS England', year: 2023, url: 'https://gettingitrightfirsttime.co.uk/' },
  { id: 'cks_sciatica', title: 'Sciatica (lumbar radiculopathy): clinical knowledge summary', publisher: 'NICE CKS', year: 2024, url: 'https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/' },
  { id: 'cks_septic_arthritis', title: 'Septic arthritis: clinical knowledge summary', publisher: 'NICE CKS', year: 2024, url: 'https://cks.nice.org.uk/topics/septic-arthritis/' },
  { id: 'cks_back_pain', title: 'Back pain (low) without radiculopathy: clinical knowledge summary', publisher: 'NICE CKS', year: 2024, url: 'https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/' },
  { id: 'cks_knee_pain', title: 'Knee pain: assessment: clinical knowledge summary', publisher: 'NICE CKS', year: 2024, url: 'https://cks.nice.org.uk/topics/knee-pain-assessment/' },
  { id: 'bsr_hot_joint_2006', title: 'BSR & BHPR, BOA, RCGP and BSAC guidelines for management of the hot swollen joint in adults (Coakley et al.)', publisher: 'Rheumatology', year: 2006 },
  { id: 'wells_2003', title: 'Evaluation of D-dimer in the diagnosis of suspected deep-vein thrombosis (Wells et al.)', publisher: 'N Engl J Med', year: 2003 },
  { id: 'ottawa_knee_1995', title: 'Prospective validation of a decision rule for the use of radiography in acute knee injuries (Stiell et al.)', publisher: 'JAMA', year: 1996 },
  { id: 'bachmann_2004', title: 'The accuracy of the Ottawa knee rule to rule out knee fractures: a systematic review (Bachmann et al.)', publisher: 'Ann Intern Med', year: 2004 },
  { id: 'acute_limb_ischaemia', title: 'Peripheral arterial disease: diagnosis and management (CG147); acute limb ischaemia, the six Ps', publisher: 'NICE', year: 2020, url: 'https://www.nice.org.uk/guidance/cg147' },
  { id: 'nhs_knee_pain', title: 'Knee pain', publisher: 'NHS', year: 2023, url: 'https://www.nhs.uk/conditions/knee-pain/' },
  { id: 'nhs_sciatica', title: 'Sciatica', publisher: 'NHS', year: 2023, url: 'https://www.nhs.uk/conditions/sciatica/' },
  { id: 'acp_2017', title: 'Noninvasive treatments for acute, subacute, and chronic low back pain (Qaseem et al.)', publisher: 'American College of Physicians, Ann Intern Med', year: 2017 },
  { id: 'aaos_oa_2021', title: 'Management of osteoarthritis of the knee (non-arthroplasty), 3rd edition', publisher: 'AAOS', year: 2021 },
  { id: 'bmj_rapid_rec_2017', title: 'Arthroscopic surgery for degenerative knee arthritis and meniscal tears: a clinical practice guideline (Siemieniuk et al.)', publisher: 'BMJ Rapid Recommendations', year: 2017 },
  { id: 'mhra_nsaid_pregnancy_2023', title: 'NSAIDs: potential risks following prolonged use after 20 weeks of pregnancy', publisher: 'MHRA', year: 2023 },
  { id: 'fda_nsaid_pregnancy_2020', title: 'FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later', publisher: 'FDA', year: 2020 },
  { id: 'bnf_nsaids', title: 'Non-steroidal anti-inflammatory drugs: cautions and contra-indications', publisher: 'BNF (NICE)', year: 2024, url: 'https://bnf.nice.org.uk/treatment-summaries/non-steroidal-anti-inflammatory-drugs/' },
  { id: 'bnf_paracetamol', title: 'Paracetamol: cautions (hepatic impairment, alcohol dependence)', publisher: 'BNF (NICE)', year: 2024, url: 'https://bnf.nice.org.uk/drugs/paracetamol/' },
  { id: 'koes_2007', title: 'Diagnosis and treatment of sciatica (Koes et al.)', publisher: 'BMJ', year: 2007 },
  { id: 'peul_2007', title: 'Surgery versus prolonged conservative treatment for sciatica (Peul et al.)', publisher: 'N Engl J Med', year: 2007 },
  { id: 'farrar_2001', title: 'Clinical importance of changes in chronic pain intensity measured on an 11-point numerical pain rating scale (Farrar et al.)', publisher: 'Pain', year: 2001 },
  {
    id: 'silbernagel_2007', title: 'Continued sports activity, using a pain-monitoring model, during rehabilitation in patients with Achilles tendinopathy: a randomized controlled study (Silbernagel, Thomeé, Eriksson, Karlsson)',
    publisher: 'American Journal of Sports Medicine 35(6):897-906', year: 2007, url: 'https://doi.org/10.1177/0363546506298279',
  },
  { id: 'ostelo_2008', title: 'Interpreting change scores for pain and functional status in low back pain (Ostelo et al.)', publisher: 'Spine', year: 2008 },
  { id: 'cochrane_slr_2010', title: 'Physical examination for lumbar radiculopathy due to disc herniation (van der Windt et al.)', publisher: 'Cochrane Database Syst Rev', year: 2010 },
  { id: 'cks_pad', title: 'Peripheral arterial disease: clinical knowledge summary', publisher: 'NICE CKS', year: 2024, url: 'https://cks.nice.org.uk/topics/peripheral-arterial-disease/' },
  { id: 'cks_gout', title: 'Gout: clinical knowledge summary', publisher: 'NICE CKS', year: 2024, url: 'https://cks.nice.org.uk/topics/gout/' },
  { id: 'nice_ng100', title: 'Rheumatoid arthritis in adults: management (NG100); refer persistent synovitis urgently', publisher: 'NICE', year: 2020, url: 'https://www.nice.org.uk/guidance/ng100' },
  { id: 'hicks_deep_gluteal', title: 'Deep gluteal syndrome: sciatic nerve entrapment in the buttock (Hernando et al., J Hip Preserv Surg 2015; Hicks et al., StatPearls)', publisher: 'J Hip Preserv Surg / StatPearls', year: 2015 },
  { id: 'cks_hip_oa', title: 'Osteoarthritis: hip pain referred to the knee (NICE NG226; CKS knee pain assessment)', publisher: 'NICE', year: 2022, url: 'https://cks.nice.org.uk/topics/knee-pain-assessment/' },
  { id: 'cks_pfp', title: 'Patellofemoral pain: knee pain assessment (CKS) and the 2016 Patellofemoral Pain Consensus Statement (Crossley et al., Br J Sports Med)', publisher: 'NICE CKS / BJSM', year: 2016 },
  { id: 'nass_stenosis_2011', title: 'Diagnosis and treatment of degenerative lumbar spinal stenosis', publisher: 'North American Spine Society', year: 2011 },
  { id: 'nice_cg177_slipped', title: "Children and young people with a limp: same-day assessment for a hip disorder (slipped capital femoral epiphysis, Perthes')", publisher: 'NICE CKS', year: 2024, url: 'https://cks.nice.org.uk/topics/acute-childhood-limp/' },
  { id: 'start_back_2008', title: 'A primary care back pain screening tool: identifying patient subgroups for initial treatment (STarT Back, Hill et al.)', publisher: 'Arthritis Rheum', year: 2008 },
  // Treatment cautions and the Learn anatomy (added with the treatment knowledge).
  { id: 'nadler_2004', title: 'The physiologic basis and clinical applications of cryotherapy and thermotherapy for the pain practitioner (Nadler et al.)', publisher: 'Pain Physician', year: 2004 },
  { id: 'who_chiropractic_2005', title: 'WHO guidelines on basic training and safety in chiropractic (part II: contraindications to spinal manipulative therapy)', publisher: 'World Health Organization', year: 2005 },
  { id: 'nhs_acupuncture', title: 'Acupuncture', publisher: 'NHS', year: 2023, url: 'https://www.nhs.uk/conditions/acupuncture/' },
  { id: 'nhs_steroid_injections', title: 'Steroid injections', publisher: 'NHS', year: 2023, url: 'https://www.nhs.uk/conditions/steroid-injections/' },
  { id: 'bumps_pregnancy', title: 'Best Use of Medicines in Pregnancy (BUMPS)', publisher: 'UK Teratology Information Service', year: 2024, url: 'https://www.medicinesinpregnancy.org/' },
  { id: 'mhra_opioid_benzo_2020', title: 'Benzodiazepines and opioids: reminder of risk of potentially fatal respiratory depression', publisher: 'MHRA Drug Safety Update', year: 2020 },
  { id: 'ags_beers_2023', title: 'American Geriatrics Society 2023 updated AGS Beers Criteria for potentially inappropriate medication use in older adults', publisher: 'J Am Geriatr Soc', year: 2023 },
  { id: 'asra_spine_2018', title: 'Interventional spine and pain procedures in patients on antiplatelet and anticoagulant medications, 2nd edition (Narouze et al.)', publisher: 'Reg Anesth Pain Med', year: 2018 },
  { id: 'nice_ph27', title: 'Weight management before, during and after pregnancy (PH27)', publisher: 'NICE', year: 2010, url: 'https://www.nice.org.uk/guidance/ph27' },
  { id: 'statpearls_sciatic_nerve', title: 'Anatomy, sciatic nerve: roots L4 to S3, course through the buttock and thigh, division into the tibial and common fibular nerves above the knee', publisher: 'StatPearls (NCBI Bookshelf)', year: 2023 },
  // Added for Amendment 1 (guidance wins), each checked against the source's own page.
  { id: 'nhs_back_pain', title: 'Back pain', publisher: 'NHS', year: 2023, url: 'https://www.nhs.uk/conditions/back-pain/' },
  { id: 'boast_10_compartment', title: 'BOAST: Diagnosis and management of compartment syndrome of the limbs', publisher: 'British Orthopaedic Association', year: 2014, url: 'https://www.boa.ac.uk/resources/boast-10-pdf.html' },
  { id: 'boyce_knee_dislocation_2015', title: 'Acute management of traumatic knee dislocations for the generalist (Boyce, Singh and Obremskey)', publisher: 'J Am Acad Orthop Surg', year: 2015, url: 'https://doi.org/10.5435/JAAOS-D-14-00349' },
  { id: 'rcog_gtg37b', title: 'Thromboembolic disease in pregnancy and the puerperium: acute management (Green-top Guideline No. 37b)', publisher: 'Royal College of Obstetricians and Gynaecologists', year: 2015, url: 'https://www.rcog.org.uk/guidance/browse-all-guidance/green-top-guidelines/thromboembolic-disease-in-pregnancy-and-the-puerperium-acute-management-green-top-guideline-no-37b/' },
  { id: 'nice_ng253', title: 'Suspected sepsis in people aged 16 or over: recognition, assessment and early management (NG253, replacing NG51 for this age group)', publisher: 'NICE', year: 2025, url: 'https://www.nice.org.uk/guidance/ng253', check: true },
  { id: 'qld_paediatric_limp', title: 'Limp: emergency management in children', publisher: 'Queensland Paediatric Emergency Care, Children\'s Health Queensland', year: 2023, url: 'https://www.childrens.health.qld.gov.au/guideline-limp-emergency-management-in-children/' },
] as const satisfies readonly Source[];

export type SourceId = (typeof list)[number]['id'];

export const SOURCES = indexById<(typeof list)[number], Source>(list);

export const SOURCE_IDS: readonly SourceId[] = list.map((s) => s.id);
