import type { Input, MoneyOverview } from '@shared/contract';
import { call } from '../api';
import type { Slice } from './types';

export interface MoneySlice {
  money: MoneyOverview | null;
  /** The Currency and rates dialog is open. */
  moneyOpen: boolean;
  setMoneyOpen(open: boolean): void;
  loadMoney(): Promise<void>;
  /** Writes throw ApiCallError for the form to show beside its field. */
  setReportingCurrency(currency: string): Promise<void>;
  saveRate(input: Input<'rates:create'> & { id?: number }): Promise<void>;
  deleteRate(id: number): Promise<void>;
  importRates(path: string): Promise<void>;
}

export const createMoneySlice: Slice<MoneySlice> = (set, get) => {
  /** Say what was done; every money figure on screen is refreshed by the change main announces. */
  const afterMoneyChange = (message: string) => get().announceChange(message);
  return {
    money: null,
    moneyOpen: false,
    setMoneyOpen(open) {
      set({ moneyOpen: open });
      if (open) void get().loadMoney();
    },
    async loadMoney() {
      try {
        set({ money: await call('money:overview', {}) });
      } catch (error) {
        get().showError(error);
      }
    },
    async setReportingCurrency(currency) {
      await call('money:setReportingCurrency', { currency });
      await afterMoneyChange(`Money is now reported in ${currency}`);
    },
    async saveRate({ id, ...fields }) {
      if (id === undefined) await call('rates:create', fields);
      else await call('rates:update', { id, ...fields });
      await afterMoneyChange(`Rate ${fields.fromCurrency} to ${fields.toCurrency} saved`);
    },
    async deleteRate(id) {
      await call('rates:delete', { id });
      await afterMoneyChange('Rate deleted');
    },
    async importRates(path) {
      const result = await call('rates:import', { path });
      await afterMoneyChange(`${result.label}: ${result.added} added, ${result.replaced} replaced`);
    },
  };
};
