/**
 * Every source the knowledge base cites. Rules, red flags and treatment verdicts name one or
 * more of these ids, so a reader can trace any answer to the article or a guideline.
 */
import { indexById } from './index-by-id.js';
export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  /** Year of the version cited (a NICE guideline's latest update); absent where the source gives none. */
  readonly year?: number;
  readonly url?: string;
  /** true where the fact came from a secondary summary and should be confirmed (GUIDELINES.md "check"). */
  readonly check?: boolean;
}

const list = [
  // The article names no title, author, publisher or date; its own question stands for a title.
  { id: 'article', title: 'Knee pain and sciatica: can knee pain actually cause sciatica?', publisher: 'The source article (no author or publisher named)' },
  { id: 'nice_ng59', title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)', publisher: 'NICE', year: 2020, url: 'https://www.nice.org.uk/guidance/ng59' },
  { id: 'nice_ng226', title: 'Osteoarthritis in over 16s: diagnosis and management (NG226)', publisher: 'NICE', year: 2022, url: 'https://www.nice.org.uk/guidance/ng226' },
  { id: 'nice_ng158', title: 'Venous thromboembolic diseases: diagnosis, management and thrombophilia testing (NG158)', publisher: 'NICE', year: 2020, url: 'https://www.nice.org.uk/guidance/ng158' },
  { id: 'nice_ng234', title: 'Spinal metastases and metastatic spinal cord compression (NG234)', publisher: 'NICE', year: 2023, url: 'https://www.nice.org.uk/guidance/ng234' },
  { id: 'nice_cg75', title: 'Metastatic spinal cord compression in adults: risk assessment, diagnosis and management (CG75; replaced by NG234)', publisher: 'NICE', year: 2008, url: 'https://www.nice.org.uk/guidance/cg75' },
  { id: 'girft_ces_2023', title: 'Spinal surgery: national suspected cauda equina syndrome (CES) pathway', publisher: 'Getting It Right First Time (GIRFT), NHS England', year: 2023, url: 'https://gettingitrightfirsttime.co.uk/pathway-supports-clinicians-to-diagnose-and-treat-cauda-equina-syndrome-without-delay/' },
  { id: 'cks_sciatica', title: 'Sciatica (lumbar radiculopathy): clinical knowledge summary', publisher: 'NICE CKS', year: 2024, url: 'https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/' },
  { id: 'cks_septic_arthritis', title: 'Septic arthritis: clinical knowledge summary', publisher: 'NICE CKS', year: 2024, url: 'https://cks.nice.org.uk/topics/septic-arthritis/' },
  { id: 'cks_back_pain', title: 'Back pain (low) without radiculopathy: clinical knowledge summary', publisher: 'NICE CKS', year: 2024, url: 'https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/' },
  { id: 'cks_knee_pain', title: 'Knee pain: assessment: clinical knowledge summary', publisher: 'NICE CKS', year: 2024, url: 'https://cks.nice.org.uk/topics/knee-pain-assessment/' },
  { id: 'bsr_hot_joint_2006', title: 'BSR & BHPR, BOA, RCGP and BSAC guidelines for management of the hot swollen joint in adults (Coakley et al.)', publisher: 'Rheumatology', year: 2006 },
  { id: 'wells_2003', title: 'Evaluation of D-dimer in the diagnosis of suspected deep-vein thrombosis (Wells et al.)', publisher: 'N Engl J Med', year: 2003 },
  { id: 'ottawa_knee_1995', title: 'Prospective validation of a decision rule for the use of radiography in acute knee injuries (Stiell et al.)', publisher: 'JAMA', year: 1996 },
  { id: 'bachmann_2004', title: 'The accuracy of the Ottawa knee rule to rule out knee fractures: a systematic review (Bachmann et al.)', publisher: 'Ann Intern Med', year: 2004 },
  { id: 'acute_limb_ischaemia', title: 'Lower limb peripheral arterial disease: diagnosis and management (CG147)', publisher: 'NICE', year: 2012, url: 'https://www.nice.org.uk/guidance/cg147' },
  { id: 'nhs_knee_pain', title: 'Knee pain', publisher: 'NHS', year: 2023, url: 'https://www.nhs.uk/conditions/knee-pain/' },
  { id: 'nhs_sciatica', title: 'Sciatica', publisher: 'NHS', year: 2023, url: 'https://www.nhs.uk/conditions/sciatica/' },
  { id: 'acp_2017', title: 'Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians (Qaseem et al.)', publisher: 'American College of Physicians, Ann Intern Med', year: 2017, url: 'https://www.acpjournals.org/doi/10.7326/M16-2367' },
  { id: 'aaos_oa_2021', title: 'Management of osteoarthritis of the knee (non-arthroplasty), 3rd edition', publisher: 'American Academy of Orthopaedic Surgeons (AAOS)', year: 2021 },
  { id: 'bmj_rapid_rec_2017', title: 'Arthroscopic surgery for degenerative knee arthritis and meniscal tears: a clinical practice guideline (Siemieniuk et al.)', publisher: 'BMJ (Rapid Recommendations)', year: 2017, url: 'https://www.bmj.com/content/357/bmj.j1982' },
  { id: 'mhra_nsaid_pregnancy_2023', title: 'Non-steroidal anti-inflammatory drugs (NSAIDs): potential risks following prolonged use after 20 weeks of pregnancy', publisher: 'MHRA Drug Safety Update', year: 2023, url: 'https://www.gov.uk/drug-safety-update/non-steroidal-anti-inflammatory-drugs-nsaids-potential-risks-following-prolonged-use-after-20-weeks-of-pregnancy' },
  { id: 'fda_nsaid_pregnancy_2020', title: 'FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid', publisher: 'US FDA Drug Safety Communication', year: 2020, url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic' },
  { id: 'bnf_nsaids', title: 'Non-steroidal anti-inflammatory drugs (treatment summary)', publisher: 'BNF (NICE)', year: 2024, url: 'https://bnf.nice.org.uk/treatment-summaries/non-steroidal-anti-inflammatory-drugs/' },
  { id: 'bnf_paracetamol', title: 'Paracetamol (drug monograph)', publisher: 'BNF (NICE)', year: 2024, url: 'https://bnf.nice.org.uk/drugs/paracetamol/' },
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
  { id: 'nice_ng100', title: 'Rheumatoid arthritis in adults: management (NG100)', publisher: 'NICE', year: 2020, url: 'https://www.nice.org.uk/guidance/ng100' },
  // The ids below keep their first names (stored assessments cite them); the titles name one document each.
  { id: 'hicks_deep_gluteal', title: 'Deep gluteal syndrome (Martin et al.)', publisher: 'J Hip Preserv Surg', year: 2015, url: 'https://pubmed.ncbi.nlm.nih.gov/27011826/' },
  { id: 'cks_hip_oa', title: 'Knee pain - assessment: clinical knowledge summary (pain referred from the hip)', publisher: 'NICE CKS', year: 2024, url: 'https://cks.nice.org.uk/topics/knee-pain-assessment/' },
  { id: 'cks_pfp', title: 'Knee pain - assessment: clinical knowledge summary (patellofemoral pain)', publisher: 'NICE CKS', year: 2024, url: 'https://cks.nice.org.uk/topics/knee-pain-assessment/' },
  { id: 'crossley_pfp_2016', title: '2016 Patellofemoral pain consensus statement from the 4th International Patellofemoral Pain Research Retreat, Manchester. Part 2: recommended physical interventions (exercise, taping, bracing, foot orthoses and combined interventions) (Crossley et al.)', publisher: 'Br J Sports Med', year: 2016, url: 'https://bjsm.bmj.com/content/50/14/844' },
  { id: 'nass_stenosis_2011', title: 'Diagnosis and treatment of degenerative lumbar spinal stenosis', publisher: 'North American Spine Society', year: 2011 },
  // The id names CG177 (an osteoarthritis guideline); the source is the CKS topic at the address.
  { id: 'nice_cg177_slipped', title: 'Acute childhood limp: clinical knowledge summary', publisher: 'NICE CKS', year: 2024, url: 'https://cks.nice.org.uk/topics/acute-childhood-limp/' },
  { id: 'start_back_2008', title: 'A primary care back pain screening tool: identifying patient subgroups for initial treatment (STarT Back, Hill et al.)', publisher: 'Arthritis Rheum', year: 2008 },
  // Treatment cautions and the Learn anatomy (added with the treatment knowledge).
  { id: 'nadler_2004', title: 'The physiologic basis and clinical applications of cryotherapy and thermotherapy for the pain practitioner (Nadler et al.)', publisher: 'Pain Physician', year: 2004 },
  { id: 'who_chiropractic_2005', title: 'WHO guidelines on basic training and safety in chiropractic (part II: contraindications to spinal manipulative therapy)', publisher: 'World Health Organization', year: 2005 },
  { id: 'nhs_acupuncture', title: 'Acupuncture', publisher: 'NHS', year: 2023, url: 'https://www.nhs.uk/conditions/acupuncture/' },
  { id: 'nhs_steroid_injections', title: 'Steroid injections', publisher: 'NHS', year: 2023, url: 'https://www.nhs.uk/conditions/steroid-injections/' },
  { id: 'bumps_pregnancy', title: 'Best Use of Medicines in Pregnancy (BUMPS)', publisher: 'UK Teratology Information Service', year: 2024, url: 'https://www.medicinesinpregnancy.org/' },
  { id: 'mhra_opioid_benzo_2020', title: 'Benzodiazepines and opioids: reminder of risk of potentially fatal respiratory depression', publisher: 'MHRA Drug Safety Update', year: 2020, url: 'https://www.gov.uk/drug-safety-update/benzodiazepines-and-opioids-reminder-of-risk-of-potentially-fatal-respiratory-depression' },
  { id: 'ags_beers_2023', title: 'American Geriatrics Society 2023 updated AGS Beers Criteria for potentially inappropriate medication use in older adults', publisher: 'J Am Geriatr Soc', year: 2023 },
  { id: 'asra_spine_2018', title: 'Interventional spine and pain procedures in patients on antiplatelet and anticoagulant medications, 2nd edition (Narouze et al.)', publisher: 'Reg Anesth Pain Med', year: 2018 },
  { id: 'nice_ph27', title: 'Weight management before, during and after pregnancy (PH27)', publisher: 'NICE', year: 2010, url: 'https://www.nice.org.uk/guidance/ph27' },
  { id: 'statpearls_sciatic_nerve', title: 'Anatomy, sciatic nerve (Giuffre et al.)', publisher: 'StatPearls Publishing (NCBI Bookshelf)', year: 2025, url: 'https://pubmed.ncbi.nlm.nih.gov/29494038/' },
  // Knee arthroscopy: where the "unless it locks" exception comes from (guideline audit, 2026).
  { id: 'nice_ipg230', title: 'Arthroscopic knee washout, with or without debridement, for the treatment of osteoarthritis (IPG230)', publisher: 'NICE', year: 2007, url: 'https://www.nice.org.uk/guidance/ipg230' },
  { id: 'nice_cg177', title: 'Osteoarthritis: care and management (CG177; replaced by NG226)', publisher: 'NICE', year: 2014, url: 'https://www.nice.org.uk/guidance/cg177' },
  // Added for Amendment 1 (guidance wins), each checked against the source's own page.
  { id: 'nhs_back_pain', title: 'Back pain', publisher: 'NHS', year: 2023, url: 'https://www.nhs.uk/conditions/back-pain/' },
  { id: 'boast_10_compartment', title: 'BOAST: Diagnosis and management of compartment syndrome of the limbs', publisher: 'British Orthopaedic Association', year: 2014, url: 'https://www.boa.ac.uk/resources/boast-10-pdf.html' },
  { id: 'boyce_knee_dislocation_2015', title: 'Acute management of traumatic knee dislocations for the generalist (Boyce, Singh and Obremskey)', publisher: 'J Am Acad Orthop Surg', year: 2015, url: 'https://doi.org/10.5435/JAAOS-D-14-00349' },
  { id: 'rcog_gtg37b', title: 'Thromboembolic disease in pregnancy and the puerperium: acute management (Green-top Guideline No. 37b)', publisher: 'Royal College of Obstetricians and Gynaecologists', year: 2015, url: 'https://www.rcog.org.uk/en/guidelines-research-services/guidelines/gtg37b/' },
  { id: 'nice_ng253', title: 'Suspected sepsis in people aged 16 or over: recognition, assessment and early management (NG253, replacing NG51 for this age group)', publisher: 'NICE', year: 2025, url: 'https://www.nice.org.uk/guidance/ng253', check: true },
  { id: 'qld_paediatric_limp', title: 'Limp: emergency management in children', publisher: 'Queensland Paediatric Emergency Care, Children\'s Health Queensland', year: 2023, url: 'https://www.childrens.health.qld.gov.au/guideline-limp-emergency-management-in-children/' },
  { id: 'nhs_dvt', title: 'DVT (deep vein thrombosis)', publisher: 'NHS', year: 2023, url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/' },
  { id: 'nhs_highland_vascular', title: 'Vascular guidelines: acute limb ischaemia', publisher: 'NHS Highland (Right Decisions)', year: 2023, url: 'https://rightdecisions.scot.nhs.uk/tam-treatments-and-medicines-nhs-highland/therapeutic-guidelines/vascular/vascular-guidelines/' },
  { id: 'kernow_acute_knee', title: 'Primary care referral criteria: acute knee pain with a history of recent trauma', publisher: 'NHS Kernow (Cornwall and Isles of Scilly)', year: 2022, url: 'http://rms.kernowccg.nhs.uk/rms/primary_care_clinical_referral_criteria/primary_care_clinical_referral_criteria/orthopaedics/rms/primary_care_clinical_referral_criteria/primary_care_clinical_referral_criteria/orthopaedics/knee/acute_knee_pain_with_history_of_recent_trauma' },
  // Validated measures (issue 11): each instrument's own source, its wording and licence, and the change that matters.
  { id: 'keele_sbst', title: 'Using and scoring the Keele STarT Back Screening Tool (9-item version): overall score, distress subscore, low, medium and high risk', publisher: 'Keele University', year: 2007, url: 'http://www.keele.ac.uk/sbst/usingscoringthesbst/' },
  { id: 'keele_sbst_online', title: 'Online STarTBack calculator: the nine questions as Keele asks them, and the risk groups', publisher: 'Keele University, STarT Back', year: 2021, url: 'https://startback.hfac.keele.ac.uk/training/resources/startback-online/' },
  { id: 'loinc_start_back', title: 'LOINC 91349-1 STarT Back Screening Tool panel (items 91340-0 to 91348-3, subscore 91350-9, total 91351-7, risk level 91352-5)', publisher: 'Regenstrief Institute (LOINC)', year: 2024, url: 'https://loinc.org/91349-1' },
  { id: 'roland_morris_1983', title: 'A study of the natural history of back pain. Part I: development of a reliable and sensitive measure of disability in low-back pain (Roland & Morris)', publisher: 'Spine', year: 1983 },
  { id: 'roland_fairbank_2000', title: 'The Roland-Morris Disability Questionnaire and the Oswestry Disability Questionnaire (Roland & Fairbank)', publisher: 'Spine', year: 2000 },
  { id: 'stratford_1995', title: 'Assessing disability and change on individual patients: a report of a patient specific measure (Stratford, Gill, Westaway & Binkley)', publisher: 'Physiotherapy Canada', year: 1995, url: 'https://utpjournals.press/doi/10.3138/ptc.47.4.258' },
  { id: 'ichom_lbp_2017', title: 'Low Back Pain Data Collection Reference Guide, version 2.0.3 (NPRS free for all health care organisations, no licence needed)', publisher: 'ICHOM', year: 2017, url: 'https://medical-data-models.org/31090' },
  { id: 'loinc_nprs', title: 'LOINC 72514-3 Pain severity - 0-10 verbal numeric rating [Score] - Reported', publisher: 'Regenstrief Institute (LOINC)', year: 2024, url: 'https://loinc.org/72514-3' },
  // Stratified care (issue 11): the trial that matched care to the STarT Back groups, its protocol's care for each group, and the
  // high-risk approach. Each one's own words are quoted in stratified-care.ts (sourceWords), as read from the address given.
  // Hill 2011, summary: "stratification of the management according to the patient's prognosis (low, medium, or high risk)".
  { id: 'hill_2011', title: 'Comparison of stratified primary care management for low back pain with current best practice (STarT Back): a randomised controlled trial (Hill et al.)', publisher: 'Lancet 378: 1560-71', year: 2011, url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3208163/' },
  // Table 1, "Components of Targeted Treatment": the advice for every group, physiotherapy for medium and high, cognitive behavioural principles for high.
  { id: 'start_back_protocol_2008', title: 'A randomised clinical trial of subgrouping and targeted treatment for low back pain compared with best current care. The STarT Back Trial Study Protocol (Hill et al.)', publisher: 'BMC Musculoskeletal Disorders 9: 58', year: 2008, url: 'https://bmcmusculoskeletdisord.biomedcentral.com/articles/10.1186/1471-2474-9-58' },
  { id: 'main_2012', title: 'Integrating physical and psychological approaches to treatment in low back pain: the development and content of the STarT Back trial\'s high-risk intervention (Main et al.)', publisher: 'Physiotherapy 98(2): 110-116', year: 2012, url: 'https://doi.org/10.1016/j.physio.2011.03.003' },
] as const satisfies readonly Source[];

export type SourceId = (typeof list)[number]['id'];

export const SOURCES = indexById<(typeof list)[number], Source>(list);

export const SOURCE_IDS: readonly SourceId[] = list.map((s) => s.id);
