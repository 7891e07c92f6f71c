// Actuals rows from a time tracker's export or any sheet: the person and the campaign matched by
// email / external id / code, a remembered name, or the name itself; a stable key per source row,
// so a re-import updates what it imported before instead of adding it again. Rows naming someone
// or something the workspace lacks are held and listed until the user maps or skips the name.

import { aliasKey, type ActualFields, type AliasKind } from '@shared/actuals/types';
import { formatLongDate } from '@shared/capacity/warnings';
import type { Id } from '@shared/domain';
import { detectTool, foldName, parseDuration } from '@shared/io/actuals';
import type { RowReader } from '@shared/io/rows';
import type { Cell, NameMatch, PreviewRow } from '@shared/io/types';
import { parseNumber, textOf, type Parsed } from '@shared/io/values';
import type { Db } from '../../db/open';
import { eachActualOfSource, listAliases, saveAlias, upsertActuals } from '../../db/repos/actuals';
import { noteAliasesUsed } from '../../db/repos/actualAliases';
import { listCampaigns } from '../../db/repos/campaigns';
import { listTalent } from '../../db/repos/talent';
import { RowKeys } from './rowKeys';
import { Unmatched } from './unmatched';
import type { EntityImporter, ImporterContext, PlannedRow } from './types';

const BATCH = 500;

/**
 * The rows to write, as columns: 200,000 rows are a few typed arrays and arrays of shared strings
 * (days, currencies), not 200,000 objects of ten fields. Shared by every plan of the import.
 */
class PlanColumns {
  length = 0;
  private talent: Int32Array;
  private campaign: Int32Array;
  private hours: Float64Array;
  /** NaN: no cost. */
  private cost: Float64Array;
  /** The row's place in `keys`. */
  private key: Int32Array;
  private readonly date: string[] = [];
  private readonly note: string[] = [];
  private readonly currency: (string | null)[] = [];

  constructor(
    private readonly source: ActualFields['source'],
    private readonly keys: RowKeys,
    /** Names from ids, for labels. */
    readonly names: { person: Map<Id, string>; campaign: Map<Id, string> },
    /** Room made at once: the file's rows. */
    rows: number,
  ) {
    const n = Math.max(rows, 16);
    [this.talent, this.campaign, this.key] = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
    [this.hours, this.cost] = [new Float64Array(n), new Float64Array(n)];
  }

  add(f: Omit<ActualFields, 'source' | 'sourceKey'>, key: number): number {
    const i = this.length++;
    if (i === this.talent.length) this.grow();
    this.talent[i] = f.talentId;
    this.campaign[i] = f.campaignId;
    this.hours[i] = f.hours;
    this.cost[i] = f.cost ?? NaN;
    this.key[i] = key;
    this.date.push(f.date);
    this.note.push(f.note);
    this.currency.push(f.currency);
    return i;
  }

  fields(i: number): ActualFields {
    const cost = this.cost[i];
    return {
      talentId: this.talent[i], campaignId: this.campaign[i], date: this.date[i], hours: this.hours[i], source: this.source,
      sourceKey: this.keys.hex(this.key[i]), note: this.note[i], cost: Number.isNaN(cost) ? null : cost, currency: this.currency[i],
    };
  }

  keyOf(i: number): number {
    return this.key[i];
  }

  private grow(): void {
    const twice = <A extends Int32Array | Float64Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(a.length * 2);
      b.set(a);
      return b;
    };
    this.talent = twice(this.talent);
    this.campaign = twice(this.campaign);
    this.hours = twice(this.hours);
    this.cost = twice(this.cost);
    this.key = twice(this.key);
  }
}

/** A row to write: its row and its place in the import's columns (its fields and label are made when asked for). */
class ActualPlan implements PlannedRow {
  action: 'create' | 'update' = 'create';
  constructor(
    readonly row: number,
    private readonly columns: PlanColumns,
    private readonly at: number,
  ) {}

  get fields(): ActualFields {
    return this.columns.fields(this.at);
  }

  /** Its place in the import's row keys. */
  get key(): number {
    return this.columns.keyOf(this.at);
  }

  get label(): string {
    const f = this.fields;
    const { names } = this.columns;
    return `${names.person.get(f.talentId)} on ${names.campaign.get(f.campaignId)}, ${formatLongDate(f.date)}: ${Number(f.hours.toFixed(2))} h`;
  }

  write(db: Db): void {
    upsertActuals(db, [this.fields]);
  }
}

/** One copy of each repeated value (days, currencies: one per row otherwise). */
function memoSame(): (value: string) => string {
  const seen = new Map<string, string>();
  return (value) => {
    const known = seen.get(value);
    if (known !== undefined) return known;
    seen.set(value, value);
    return value;
  };
}

/** Folds repeated names once. */
function memoFold(): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    let folded = cache.get(name);
    if (folded === undefined) cache.set(name, (folded = foldName(name)));
    return folded;
  };
}
const text = (cell: Cell): Parsed<string> => ({ ok: true, value: textOf(cell) });
const hoursOf = (cell: Cell) => parseNumber(cell, 'a number of hours', 0, 168);

/** Finds people or campaigns by an exact id, a remembered name, then a unique folded name. */
class Matcher {
  private readonly byId = new Map<string, Id>();
  private readonly byName = new Map<string, Id | null>();
  private readonly aliases = new Map<string, Id>();
  private readonly answers = new Map<string, Id | null>();
  readonly names = new Map<Id, string>();

  constructor(
    readonly kind: AliasKind,
    items: { id: Id; name: string; keys: (string | null)[] }[],
    aliases: Map<string, Id>,
    matches: NameMatch[],
  ) {
    for (const item of items) {
      this.names.set(item.id, item.name);
      for (const k of item.keys) if (k) this.byId.set(k.toLowerCase(), item.id);
      const folded = foldName(item.name);
      this.byName.set(folded, this.byName.has(folded) ? null : item.id);
    }
    this.aliases = aliases;
    for (const m of matches) if (m.kind === kind) this.answers.set(aliasKey(m.name), m.targetId);
  }

  private readonly seen = new Map<string, Id | 'skip' | null>();

  /** Per remembered or answered name (its alias key): the name as the file wrote it, and the rows it matched. */
  private readonly viaAlias = new Map<string, string>();
  private readonly aliasRows = new Map<string, { shownName: string; rows: number }>();

  /** The id, 'skip' when the user chose to skip the name, or null when nothing matches (remembered per name: files repeat them). */
  find(ids: (string | null)[], name: string): Id | 'skip' | null {
    const memo = `${ids.join('\u0001')}\u0002${name}`;
    let found = this.seen.get(memo);
    if (found === undefined) this.seen.set(memo, (found = this.lookup(ids, name, memo)));
    const via = this.viaAlias.get(memo);
    if (via !== undefined) {
      const used = this.aliasRows.get(via);
      if (used) used.rows++;
      else this.aliasRows.set(via, { shownName: name, rows: 1 });
    }
    return found;
  }

  private lookup(ids: (string | null)[], name: string, memo: string): Id | 'skip' | null {
    for (const k of ids) {
      const hit = k ? this.byId.get(k.toLowerCase()) : undefined;
      if (hit !== undefined) return hit;
    }
    const key = aliasKey(name);
    const mapped = this.answers.has(key) ? this.answers.get(key) : this.aliases.get(key);
    if (mapped === null) return 'skip';
    if (mapped !== undefined) {
      this.viaAlias.set(memo, key);
      return mapped;
    }
    return this.byName.get(foldName(name)) ?? null;
  }

  /** The answers naming a real target, to remember. */
  remembered(): { sourceName: string; targetId: Id }[] {
    return [...this.answers].filter((e): e is [string, Id] => e[1] !== null && this.names.has(e[1])).map(([sourceName, targetId]) => ({ sourceName, targetId }));
  }

  /** The remembered names this file used (new answers marked `made`), with the rows each matched. */
  aliasesUsed() {
    return [...this.aliasRows].map(([sourceName, u]) => ({ kind: this.kind, sourceName, ...u, made: this.answers.has(sourceName) }));
  }
}

function aliasMaps(ctx: ImporterContext): Record<AliasKind, Map<string, Id>> {
  const maps = { person: new Map<string, Id>(), campaign: new Map<string, Id>() };
  for (const a of listAliases(ctx.db)) maps[a.kind].set(a.sourceName, a.targetId);
  return maps;
}

/** Who the row is for, as the file writes it: a name, and the email or id beside it. */
function personOf(r: RowReader) {
  const email = r.optional('email', text, '') ?? '';
  const externalId = r.optional('personExternalId', text, '') ?? '';
  const full = r.optional('personName', text, '') || [r.optional('firstName', text, ''), r.optional('lastName', text, '')].filter(Boolean).join(' ');
  return { name: full || email || externalId, detail: email || externalId || null, ids: [email || null, externalId || null] };
}

function campaignOf(r: RowReader) {
  const code = r.optional('campaignCode', text, '') ?? '';
  const name = r.optional('campaignName', text, '') || code;
  return { name, detail: code && code !== name ? code : null, ids: [code || null] };
}

export function actualsImporter(ctx: ImporterContext): EntityImporter {
  const tool = detectTool(ctx.headers);
  const aliases = aliasMaps(ctx);
  const matches = ctx.options.matches ?? [];
  const people = new Matcher('person', listTalent(ctx.db).map((t) => ({ id: t.id, name: t.name, keys: [t.email, t.externalId] })), aliases.person, matches);
  const campaigns = new Matcher('campaign', listCampaigns(ctx.db).map((c) => ({ id: c.id, name: c.name, keys: [c.externalId] })), aliases.campaign, matches);
  const unmatched = new Unmatched();
  const keys = new RowKeys(ctx.rows);
  const fold = memoFold();
  const same = memoSame();
  const columns = new PlanColumns(tool ?? 'file', keys, { person: people.names, campaign: campaigns.names }, ctx.rows);
  let unchanged = 0;
  let firstDate = '9999-12-31';
  let lastDate = '0000-01-01';

  function hours(r: RowReader): number | undefined {
    if (r.has('hours')) return r.take('hours', hoursOf);
    if (r.has('duration')) return r.take('duration', parseDuration);
    return r.fail(r.mapped('hours') ? 'hours' : 'duration', 'is required and is empty') ?? undefined;
  }

  /**
   * The row's stable key: a hash of its tool and identifying text; the second and later identical
   * rows of a file hash that again with their count (only the short hashes are kept).
   */
  function keyOf(r: RowReader, date: string, who: string, what: string): number {
    const parts = [tool ?? 'file', fold(who), date, fold(what), ...['client', 'task', 'note', 'startTime'].map((f) => (r.has(f) ? textOf(r.cell(f)) : ''))];
    return keys.add(parts.join('\u001f'));
  }

  return {
    checkColumns: (mapped) => [
      ...(['personName', 'firstName', 'lastName', 'email', 'personExternalId'].some(mapped) ? [] : ["The file has no 'Person', 'Email' or 'Person external ID' column, so rows can't be matched to people."]),
      ...(mapped('campaignName') || mapped('campaignCode') ? [] : ["The file has no 'Campaign' or 'Campaign code' column, so rows can't be matched to campaigns."]),
    ],
    resolve(r) {
      const read = r.has('date') ? r.date('date') : r.fail('date', 'is required and is empty');
      const date = read && same(read);
      const h = hours(r);
      const cost = r.optional('cost', (c) => parseNumber(c, 'an amount', -1e9, 1e9), null);
      const currency = r.optional('currency', text, null);
      const note = [r.optional('task', text, ''), r.optional('note', text, '')].filter(Boolean).join(' · ');
      const who = personOf(r);
      const what = campaignOf(r);
      if (!who.name) r.fail(r.mapped('personName') ? 'personName' : 'email', 'is empty: say who worked these hours');
      if (!what.name) r.fail(r.mapped('campaignName') ? 'campaignName' : 'campaignCode', 'is empty: name the campaign (or give its code)');
      if (r.failed || !date || h === undefined || cost === undefined || currency === undefined) return null;
      const sourceKey = keyOf(r, date, who.detail ?? who.name, what.detail ?? what.name);
      if (h === 0) return unmatched.skip(r.row, `${who.name}, ${formatLongDate(date)}: 0 h, nothing to add`);
      if (h > 24) r.warnings.push({ row: r.row, column: r.header(r.has('hours') ? 'hours' : 'duration'), message: `Row ${r.row}: ${h.toFixed(2)} h in one entry, more than a day; it counts on ${formatLongDate(date)}, the day it started.` });
      const person = people.find(who.ids, who.name);
      const campaign = campaigns.find(what.ids, what.name);
      // A skipped name skips the row: its other name needn't be mapped.
      if (person === 'skip' || campaign === 'skip') return unmatched.skip(r.row, `${who.name} on ${what.name}: skipped`);
      if (person === null) unmatched.add('person', who.name, who.detail, r.row, h);
      if (campaign === null) unmatched.add('campaign', what.name, what.detail, r.row, h);
      if (person === null || campaign === null) return unmatched.hold(r.row, `${who.name} on ${what.name}`);
      const at = columns.add({
        talentId: person, campaignId: campaign, date, hours: h, note,
        cost: cost ?? null, currency: currency && /^[A-Za-z]{3}$/.test(currency) ? same(currency.toUpperCase()) : null,
      }, sourceKey);
      if (date < firstDate) firstDate = date;
      if (date > lastDate) lastDate = date;
      return new ActualPlan(r.row, columns, at);
    },
    finish(plans) {
      keys.seal(); // every row has its key: the count of each isn't needed while the rows are written
      const planOf = new Int32Array(keys.length).fill(-1);
      plans.forEach((plan, i) => (planOf[(plan as ActualPlan).key] = i));
      /** Per plan: 0 new, 1 imported before and changed since, 2 imported before as it is. */
      const before = new Uint8Array(plans.length);
      let found = 0;
      // A row imported before has the same key, tool and day: look among this tool's rows of the file's days only.
      eachActualOfSource(ctx.db, { source: tool ?? 'file', from: firstDate, to: lastDate }, (key, old) => {
        const k = keys.find(key);
        const at = k < 0 ? -1 : planOf[k];
        if (at < 0) return;
        found++;
        const f = (plans[at] as ActualPlan).fields;
        const same = old.talentId === f.talentId && old.campaignId === f.campaignId && old.date === f.date && Math.abs(old.hours - f.hours) < 1e-9 && old.note === f.note;
        before[at] = same ? 2 : 1;
      });
      if (found === 0) return plans;
      return plans.filter((plan, i) => {
        const p = plan as ActualPlan;
        if (before[i] === 2) {
          unchanged++;
          unmatched.note(p.row, 'unchanged', `${p.label} (already imported)`);
          return false;
        }
        if (before[i] === 1) p.action = 'update';
        return true;
      });
    },
    held: () => ({ tool, unmatched: unmatched.names(), unmatchedRows: unmatched.heldRows, unchanged, skipped: unmatched.skippedRows, rows: unmatched.rows as PreviewRow[] }),
    beforeWrite(db) {
      // A year of actuals is a big table: room for its key and date indexes while the rows go in.
      if ((db.pragma('cache_size', { simple: true }) as number) > -16384) db.pragma('cache_size = -16384');
      for (const m of [people, campaigns]) for (const a of m.remembered()) saveAlias(db, { kind: m.kind, ...a });
      noteAliasesUsed(db, [...people.aliasesUsed(), ...campaigns.aliasesUsed()], tool ?? 'file', ctx.now);
    },
    writeAll(db, plans, progress) {
      for (let i = 0; i < plans.length; i += BATCH) {
        upsertActuals(db, plans.slice(i, i + BATCH).map((p) => (p as ActualPlan).fields));
        progress(Math.min(plans.length, i + BATCH));
      }
    },
  };
}
