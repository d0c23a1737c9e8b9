/**
 * How a container is described on DEA records: substance name, finished form and units per
 * commercial container [L 21 CFR 1304.22(c)(1)–(2)], plus schedule and DEA drug code.
 */
import { ProductKind, type ContainerDetails } from './container.js';
import { parseNdc } from './identifiers.js';

/** Ketamine, its salts and isomers (esketamine included): Schedule III, DEA drug code 7285 [L 21 CFR 1308.13(c)(7)]. */
export const ketamineSchedule = 'CIII';
export const ketamineDeaDrugCode = 7285;

export interface ProductDescription {
  readonly ndc: string;
  readonly substanceName: string;
  readonly finishedForm: string;
  readonly unitsPerContainer: string;
  readonly schedule: typeof ketamineSchedule;
  readonly deaDrugCode: typeof ketamineDeaDrugCode;
}

/**
 * Describes a container's product for DEA records.
 * @param details - the container as received
 */
export function describeProduct(details: ContainerDetails): ProductDescription {
  const common = {
    ndc: parseNdc(details.ndc)?.ndc11 ?? details.ndc,
    schedule: ketamineSchedule,
    deaDrugCode: ketamineDeaDrugCode,
  } as const;
  switch (details.productKind) {
    case ProductKind.KetamineHclVial:
      return {
        ...common,
        substanceName: 'Ketamine hydrochloride',
        finishedForm: `injection, ${details.concentrationMgPerMl} mg/mL`,
        unitsPerContainer: `${details.volumeMl} mL vial`,
      };
    case ProductKind.EsketamineDevice:
      return {
        ...common,
        substanceName: 'Esketamine hydrochloride (SPRAVATO)',
        finishedForm: `nasal spray, ${details.mgPerDevice} mg per device`,
        unitsPerContainer: '1 device (2 sprays)',
      };
  }
}
