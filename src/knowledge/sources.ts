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
  // Validated measures (issue 11): each instrument's own source, its wording and licence, and the change that matters.
  { id: 'keele_sbst', title: 'Using and scoring the Keele STarT Back Screening Tool (9-item version): overall score, distress subscore, low, medium and high risk', publisher: 'Keele University', year: 2007, url: 'http://www.keele.ac.uk/sbst/usingscoringthesbst/' },
  { id: 'keele_sbst_online', title: 'Online STarTBack calculator: the nine questions as Keele asks them, and the risk groups', publisher: 'Keele University, STarT Back', year: 2021, url: 'https://startback.hfac.keele.ac.uk/training/resources/startback-online/' },
  { id: 'loinc_start_back', title: 'LOINC 91349-1 STarT Back Screening Tool panel (items 91340-0 to 91348-3, subscore 91350-9, total 91351-7, risk level 91352-5)', publisher: 'Regenstrief Institute (LOINC)', year: 2024, url: 'https://loinc.org/91349-1' },
  { id: 'roland_morris_1983', title: 'A study of the natural history of back pain. Part I: development of a reliable and sensitive measure of disability in low-back pain (Roland & Morris)', publisher: 'Spine', year: 1983 },
  { id: 'roland_fairbank_2000', title: 'The Roland-Morris Disability Questionnaire and the Oswestry Disability Questionnaire (Roland & Fairbank)', publisher: 'Spine', year: 2000 },
  { id: 'stratford_1995', title: 'Assessing disability and change on individual patients: a report of a patient specific measure (Stratford, Gill, Westaway & Binkley)', publisher: 'Physiotherapy Canada', year: 1995, url: 'https://utpjournals.press/doi/10.3138/ptc.47.4.258' },
  { id: 'ichom_lbp_2017', title: 'Low Back Pain Data Collection Reference Guide, version 2.0.3 (NPRS free for all health care organisations, no licence needed)', publisher: 'ICHOM', year: 2017, url: 'https://medical-data-models.org/31090' },
  { id: 'loinc_nprs', title: 'LOINC 72514-3 Pain severity - 0-10 verbal numeric rating [Score] - Reported', publisher: 'Regenstrief Institute (LOINC)', year: 2024, url: 'https://loinc.org/72514-3' },
] as const satisfies readonly Source[];

export type SourceId = (typeof list)[number]['id'];

export const SOURCES = indexById<(typeof list)[number], Source>(list);

export const SOURCE_IDS: readonly SourceId[] = list.map((s) => s.id);
