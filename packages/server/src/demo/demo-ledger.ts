import type { AppDeps, RequestContext } from '../app/ports.js';
import { receiveStock, recordCount } from '../app/ledger/stock-commands.js';

/** A synthetic supplier; the DEA number has a valid check digit (RA1234563). */
const demoSupplier = {
  name: 'Demo Pharma Distribution (synthetic)',
  address: '1 Dock Rd, Memphis TN 38118',
  deaNumber: 'RA1234563',
};

/**
 * The demo safe: ketamine vials and esketamine devices received today, and one count by two
 * nurses that matched the ledger.
 */
export async function loadDemoLedger(deps: AppDeps, nurse: RequestContext, password: string): Promise<void> {
  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);
  const expiry = `${String(now.getUTCFullYear() + 1)}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const common = { supplier: demoSupplier, invoiceDate: today, location: 'Safe A', expiryDate: expiry };
  const vials = await receiveStock(deps, nurse, {
    ...common,
    productKind: 'ketamine-hcl-vial',
    ndc: '0409-2051-05',
    lot: 'DEMO-K24',
    concentrationMgPerMl: 50,
    volumeMl: 10,
    quantity: 4,
    invoiceNumber: 'DEMO-INV-1001',
  });
  await receiveStock(deps, nurse, {
    ...common,
    productKind: 'ketamine-hcl-vial',
    ndc: '0409-2053-10',
    lot: 'DEMO-K25',
    concentrationMgPerMl: 10,
    volumeMl: 20,
    quantity: 1,
    invoiceNumber: 'DEMO-INV-1002',
  });
  await receiveStock(deps, nurse, {
    ...common,
    productKind: 'esketamine-device',
    ndc: '50458-028-02',
    lot: 'DEMO-S11',
    mgPerDevice: 28,
    quantity: 6,
    location: 'Safe B',
    invoiceNumber: 'DEMO-INV-1003',
  });
  if ('containerId' in vials) {
    await recordCount(deps, nurse, {
      containerId: vials.containerId,
      countedMg: 2000,
      witness: { username: 'nurse.garcia', password },
    });
  }
}
