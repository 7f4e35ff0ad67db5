// A sale point's address as shown: the street address as entered, followed by the commune and province
// unless the address already names them (people often type "…, xã Tân Trào, tỉnh Tuyên Quang").
import { foldName } from '../admin-units/normalize-name.ts';

export function fullAddress(
  address: string,
  areas: readonly Readonly<{ name: string; shortName: string }>[],
): string {
  const written = ` ${foldName(address)} `;
  const missing = areas.filter((a) => !written.includes(` ${foldName(a.shortName)} `));
  return [address.trim(), ...missing.map((a) => a.name)].filter(Boolean).join(', ');
}
