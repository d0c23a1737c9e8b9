/**
 * Opioids and other CNS depressants: additive sedation and respiratory depression with ketamine
 * (KETALAR §7.3, SPRAVATO §7.1 [L]). Naloxone in combinations is not tagged as an antagonist: it is
 * not absorbed orally, and the naltrexone rule (Williams 2018) is about naltrexone.
 */
import { drug, DrugClass, type FormularyEntry } from '../types.js';

const opioid = [DrugClass.Opioid, DrugClass.CnsDepressant] as const;
const depressant = [DrugClass.CnsDepressant] as const;

export const opioids: readonly FormularyEntry[] = [
  drug('oxycodone', opioid, ['OxyContin', 'Roxicodone', 'Oxaydo', 'Xtampza ER', 'RoxyBond']),
  drug('oxycodone/acetaminophen', opioid, ['Percocet', 'Endocet', 'Roxicet', 'Xartemis XR']),
  drug('hydrocodone', opioid, ['Hysingla ER', 'Zohydro ER']),
  drug('hydrocodone/acetaminophen', opioid, ['Vicodin', 'Norco', 'Lortab', 'Lorcet']),
  drug('hydrocodone/ibuprofen', opioid, ['Vicoprofen']),
  drug('morphine', opioid, ['MS Contin', 'Kadian', 'Roxanol', 'Arymo ER']),
  drug('fentanyl', opioid, ['Duragesic', 'Actiq', 'Fentora', 'Subsys', 'Lazanda', 'Abstral']),
  drug('tramadol', opioid, ['Ultram', 'ConZip', 'Qdolo']),
  drug('tramadol/acetaminophen', opioid, ['Ultracet']),
  drug('buprenorphine', opioid, ['Subutex', 'Butrans', 'Belbuca', 'Sublocade', 'Brixadi']),
  drug('buprenorphine/naloxone', opioid, ['Suboxone', 'Zubsolv', 'Bunavail']),
  drug('methadone', opioid, ['Dolophine', 'Methadose', 'Diskets']),
  drug('hydromorphone', opioid, ['Dilaudid', 'Exalgo']),
  drug('tapentadol', opioid, ['Nucynta', 'Nucynta ER']),
  drug('codeine', opioid),
  drug('acetaminophen/codeine', opioid, ['Tylenol with Codeine', 'Tylenol #3', 'Tylenol #4']),
  drug('oxymorphone', opioid, ['Opana', 'Opana ER']),
  drug('meperidine', opioid, ['Demerol']),
  drug('levorphanol', opioid),
];

export const otherCnsDepressants: readonly FormularyEntry[] = [
  drug('zolpidem', depressant, ['Ambien', 'Ambien CR', 'Edluar', 'Intermezzo', 'Zolpimist']),
  drug('eszopiclone', depressant, ['Lunesta']),
  drug('zaleplon', depressant, ['Sonata']),
  drug('suvorexant', depressant, ['Belsomra']),
  drug('lemborexant', depressant, ['Dayvigo']),
  drug('daridorexant', depressant, ['Quviviq']),
  drug('gabapentin', [DrugClass.CnsDepressant, DrugClass.Anticonvulsant], ['Neurontin', 'Gralise', 'Horizant'], {
    synonyms: ['gabapentin enacarbil'],
  }),
  drug('pregabalin', [DrugClass.CnsDepressant, DrugClass.Anticonvulsant], ['Lyrica', 'Lyrica CR']),
  drug('cyclobenzaprine', depressant, ['Flexeril', 'Amrix', 'Fexmid']),
  drug('carisoprodol', depressant, ['Soma']),
  drug('baclofen', depressant, ['Lioresal', 'Ozobax', 'Fleqsuvy', 'Lyvispah']),
  drug('tizanidine', depressant, ['Zanaflex']),
  drug('methocarbamol', depressant, ['Robaxin']),
  drug('metaxalone', depressant, ['Skelaxin']),
  drug('phenobarbital', [DrugClass.CnsDepressant, DrugClass.Anticonvulsant, DrugClass.StrongCyp3a4Inducer], ['Luminal']),
  drug('butalbital/acetaminophen/caffeine', depressant, ['Fioricet', 'Esgic']),
  drug('hydroxyzine', depressant, ['Vistaril', 'Atarax']),
  drug('sodium oxybate', depressant, ['Xyrem', 'Xywav', 'Lumryz'], { synonyms: ['oxybate'] }),
  drug('zuranolone', [DrugClass.CnsDepressant, DrugClass.OtherAntidepressant], ['Zurzuvae']),
];
