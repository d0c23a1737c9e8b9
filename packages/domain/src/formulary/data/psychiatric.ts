/**
 * Ordinary psychiatric medicines, so that intake recognises them (most continue during ketamine
 * treatment: Andrade 2017 [S]). Mood stabilizers matter for the bipolar-depression indication.
 */
import { drug, DrugClass, type FormularyEntry } from '../types.js';

const c = DrugClass;

export const antidepressants: readonly FormularyEntry[] = [
  drug('sertraline', [c.Ssri], ['Zoloft']),
  drug('fluoxetine', [c.Ssri], ['Prozac', 'Prozac Weekly', 'Sarafem']),
  drug('paroxetine', [c.Ssri], ['Paxil', 'Paxil CR', 'Pexeva', 'Brisdelle']),
  drug('citalopram', [c.Ssri], ['Celexa']),
  drug('escitalopram', [c.Ssri], ['Lexapro']),
  drug('fluvoxamine', [c.Ssri], ['Luvox', 'Luvox CR']),
  drug('vilazodone', [c.Ssri], ['Viibryd']),
  drug('vortioxetine', [c.Ssri], ['Trintellix', 'Brintellix']),
  drug('venlafaxine', [c.Snri], ['Effexor', 'Effexor XR']),
  drug('desvenlafaxine', [c.Snri], ['Pristiq', 'Khedezla']),
  drug('duloxetine', [c.Snri], ['Cymbalta', 'Drizalma Sprinkle']),
  drug('levomilnacipran', [c.Snri], ['Fetzima']),
  drug('milnacipran', [c.Snri], ['Savella']),
  drug('bupropion', [c.OtherAntidepressant], ['Wellbutrin', 'Wellbutrin SR', 'Wellbutrin XL', 'Zyban', 'Aplenzin', 'Forfivo XL']),
  drug('mirtazapine', [c.OtherAntidepressant], ['Remeron', 'RemeronSolTab']),
  drug('trazodone', [c.OtherAntidepressant], ['Desyrel', 'Oleptro']),
  drug('gepirone', [c.OtherAntidepressant], ['Exxua']),
  drug('amitriptyline', [c.Tca], ['Elavil']),
  drug('nortriptyline', [c.Tca], ['Pamelor', 'Aventyl']),
  drug('imipramine', [c.Tca], ['Tofranil', 'Tofranil-PM']),
  drug('desipramine', [c.Tca], ['Norpramin']),
  drug('clomipramine', [c.Tca], ['Anafranil']),
  drug('doxepin', [c.Tca], ['Silenor', 'Sinequan']),
  drug('protriptyline', [c.Tca], ['Vivactil']),
  drug('trimipramine', [c.Tca], ['Surmontil']),
  drug('amoxapine', [c.Tca]),
];

export const moodStabilizers: readonly FormularyEntry[] = [
  drug('lithium', [c.MoodStabilizer], ['Lithobid', 'Eskalith'], { synonyms: ['lithium carbonate', 'lithium citrate'] }),
  drug('valproate', [c.MoodStabilizer, c.Anticonvulsant], ['Depakote', 'Depakote ER', 'Depakene', 'Depacon'], {
    synonyms: ['divalproex', 'divalproex sodium', 'valproic acid', 'sodium valproate'],
  }),
  drug('lamotrigine', [c.MoodStabilizer, c.Anticonvulsant], ['Lamictal', 'Lamictal XR', 'Lamictal ODT', 'Lamictal CD', 'Subvenite']),
  drug('oxcarbazepine', [c.Anticonvulsant], ['Trileptal', 'Oxtellar XR']),
  drug('topiramate', [c.Anticonvulsant], ['Topamax', 'Trokendi XR', 'Qudexy XR']),
  drug('levetiracetam', [c.Anticonvulsant], ['Keppra', 'Keppra XR', 'Spritam']),
];

export const antipsychotics: readonly FormularyEntry[] = [
  drug('quetiapine', [c.Antipsychotic], ['Seroquel', 'Seroquel XR']),
  drug('aripiprazole', [c.Antipsychotic], ['Abilify', 'Abilify Maintena', 'Abilify Asimtufii', 'Aristada', 'Abilify Mycite']),
  drug('olanzapine', [c.Antipsychotic], ['Zyprexa', 'Zyprexa Zydis', 'Zyprexa Relprevv']),
  drug('olanzapine/fluoxetine', [c.Antipsychotic, c.Ssri], ['Symbyax']),
  drug('risperidone', [c.Antipsychotic], ['Risperdal', 'Risperdal Consta', 'Perseris', 'Uzedy']),
  drug('paliperidone', [c.Antipsychotic], ['Invega', 'Invega Sustenna', 'Invega Trinza']),
  drug('lurasidone', [c.Antipsychotic], ['Latuda']),
  drug('cariprazine', [c.Antipsychotic], ['Vraylar']),
  drug('brexpiprazole', [c.Antipsychotic], ['Rexulti']),
  drug('lumateperone', [c.Antipsychotic], ['Caplyta']),
  drug('ziprasidone', [c.Antipsychotic], ['Geodon']),
  drug('haloperidol', [c.Antipsychotic], ['Haldol']),
  drug('clozapine', [c.Antipsychotic], ['Clozaril', 'FazaClo', 'Versacloz']),
];

export const otherCommon: readonly FormularyEntry[] = [
  drug('buspirone', [c.Other], ['Buspar']),
  drug('prazosin', [c.Other], ['Minipress']),
  drug('propranolol', [c.Other], ['Inderal', 'Inderal LA', 'InnoPran XL']),
  drug('clonidine', [c.Other], ['Catapres', 'Kapvay']),
  drug('guanfacine', [c.Other], ['Intuniv', 'Tenex']),
  drug('atomoxetine', [c.Other], ['Strattera']),
  drug('ondansetron', [c.Other], ['Zofran', 'Zofran ODT']),
  drug('levothyroxine', [c.Other], ['Synthroid', 'Levoxyl', 'Unithroid', 'Tirosint']),
];
