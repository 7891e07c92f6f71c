/** The narrow symbol of a currency code ('GBP' → '£'), or the code itself. */
export function currencySymbol(code: string): string {
  try {
    const part = new Intl.NumberFormat('en-GB', { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' })
      .formatToParts(0)
      .find((p) => p.type === 'currency');
    return part?.value ?? code;
  } catch {
    return code;
  }
}
