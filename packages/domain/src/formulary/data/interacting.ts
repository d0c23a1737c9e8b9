/**
 * Drugs with a ketamine interaction row in DEFAULTS.md §3 other than benzodiazepines and CNS
 * depressants: naltrexone, MAOIs, stimulants, theophylline/aminophylline, NMDA antagonists and
 * strong CYP3A4/CYP2B6 inhibitors and inducers (REFERENCE.md §6).
 */
import { drug, DrugClass, type FormularyEntry } from '../types.js';

const c = DrugClass;

export const opioidAntagonists: readonly FormularyEntry[] = [
  drug('naltrexone', [c.OpioidAntagonist], ['Vivitrol', 'Revia', 'Depade']),
  // Contrave: the naltrexone in it is what the Williams 2018 warning is about.
  drug('naltrexone/bupropion', [c.OpioidAntagonist, c.OtherAntidepressant], ['Contrave']),
];

export const maois: readonly FormularyEntry[] = [
  drug('phenelzine', [c.Maoi], ['Nardil']),
  drug('tranylcypromine', [c.Maoi], ['Parnate']),
  drug('isocarboxazid', [c.Maoi], ['Marplan']),
  drug('selegiline', [c.Maoi], ['Emsam', 'Eldepryl', 'Zelapar']),
  drug('rasagiline', [c.Maoi], ['Azilect']),
  drug('safinamide', [c.Maoi], ['Xadago']),
  drug('linezolid', [c.Maoi], ['Zyvox']),
];

export const stimulants: readonly FormularyEntry[] = [
  drug('amphetamine', [c.Stimulant], ['Adderall', 'Adderall XR', 'Mydayis', 'Evekeo', 'Adzenys XR-ODT', 'Dyanavel XR'], {
    synonyms: ['mixed amphetamine salts', 'dextroamphetamine/amphetamine', 'amphetamine/dextroamphetamine'],
  }),
  drug('lisdexamfetamine', [c.Stimulant], ['Vyvanse']),
  drug('dextroamphetamine', [c.Stimulant], ['Dexedrine', 'Zenzedi', 'ProCentra', 'Xelstrym']),
  drug('methamphetamine', [c.Stimulant], ['Desoxyn']),
  drug('methylphenidate', [c.Stimulant], [
    'Ritalin', 'Ritalin LA', 'Concerta', 'Metadate CD', 'Metadate ER', 'Methylin', 'Daytrana', 'QuilliChew ER',
    'Quillivant XR', 'Aptensio XR', 'Jornay PM', 'Cotempla XR-ODT', 'Adhansia XR', 'Relexxii',
  ]),
  drug('dexmethylphenidate', [c.Stimulant], ['Focalin', 'Focalin XR']),
  drug('serdexmethylphenidate/dexmethylphenidate', [c.Stimulant], ['Azstarys']),
  drug('modafinil', [c.Stimulant], ['Provigil']),
  drug('armodafinil', [c.Stimulant], ['Nuvigil']),
  drug('solriamfetol', [c.Stimulant], ['Sunosi']),
];

export const methylxanthines: readonly FormularyEntry[] = [
  drug('theophylline', [c.Methylxanthine], ['Theo-24', 'Elixophyllin', 'Uniphyl', 'Theochron', 'Theo-Dur']),
  drug('aminophylline', [c.Methylxanthine]),
];

export const nmdaAntagonists: readonly FormularyEntry[] = [
  drug('memantine', [c.NmdaAntagonist], ['Namenda', 'Namenda XR']),
  drug('memantine/donepezil', [c.NmdaAntagonist], ['Namzaric']),
  drug('amantadine', [c.NmdaAntagonist], ['Gocovri', 'Osmolex ER', 'Symmetrel']),
  drug('dextromethorphan/bupropion', [c.NmdaAntagonist, c.OtherAntidepressant], ['Auvelity']),
  drug('dextromethorphan/quinidine', [c.NmdaAntagonist], ['Nuedexta']),
];

export const cypModulators: readonly FormularyEntry[] = [
  drug('clarithromycin', [c.StrongCyp3a4Inhibitor], ['Biaxin', 'Biaxin XL']),
  drug('itraconazole', [c.StrongCyp3a4Inhibitor], ['Sporanox', 'Tolsura', 'Onmel']),
  drug('ketoconazole', [c.StrongCyp3a4Inhibitor], ['Nizoral']),
  drug('posaconazole', [c.StrongCyp3a4Inhibitor], ['Noxafil']),
  drug('voriconazole', [c.StrongCyp3a4Inhibitor], ['Vfend']),
  drug('ritonavir', [c.StrongCyp3a4Inhibitor], ['Norvir']),
  drug('nirmatrelvir/ritonavir', [c.StrongCyp3a4Inhibitor], ['Paxlovid']),
  drug('cobicistat', [c.StrongCyp3a4Inhibitor], ['Tybost']),
  drug('nefazodone', [c.StrongCyp3a4Inhibitor, c.OtherAntidepressant], ['Serzone']),
  drug('ticlopidine', [c.Cyp2b6Inhibitor], ['Ticlid']),
  drug('rifampin', [c.StrongCyp3a4Inducer, c.Cyp2b6Inducer], ['Rifadin', 'Rimactane'], { synonyms: ['rifampicin'] }),
  drug('rifabutin', [c.StrongCyp3a4Inducer], ['Mycobutin']),
  drug('rifapentine', [c.StrongCyp3a4Inducer], ['Priftin']),
  drug('carbamazepine', [c.MoodStabilizer, c.Anticonvulsant, c.StrongCyp3a4Inducer, c.Cyp2b6Inducer], [
    'Tegretol', 'Tegretol XR', 'Carbatrol', 'Equetro', 'Epitol',
  ]),
  drug('phenytoin', [c.Anticonvulsant, c.StrongCyp3a4Inducer], ['Dilantin', 'Phenytek'], { synonyms: ['fosphenytoin'] }),
  drug('st johns wort', [c.StrongCyp3a4Inducer], [], { synonyms: ['hypericum', 'hypericum perforatum', 'saint johns wort'] }),
  drug('enzalutamide', [c.StrongCyp3a4Inducer], ['Xtandi']),
  drug('apalutamide', [c.StrongCyp3a4Inducer], ['Erleada']),
];
