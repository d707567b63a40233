import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeVolume, loadCatalog, parseCatalog } from '../../src/escalation/volume.js';

const catalog = {
  metadata: { dbt_version: '1.9.0' },
  nodes: {
    'model.shop.fct_orders': { metadata: { name: 'FCT_ORDERS' }, stats: { row_count: { value: 41200000, include: true }, bytes: { value: 3435973837, include: true } } },
    'model.shop.dim_customers': { stats: { num_rows: { value: '1200', include: true }, num_bytes: { value: 52000, include: true } } },
    'model.shop.stg_orders': { stats: { has_stats: { value: false, include: false } } },
  },
  sources: { 'source.shop.raw.payments': { stats: { rows: { value: 9, include: true } } } },
};

describe('dbt catalog volumes', () => {
  it('reads the statistics of each adapter spelling', () => {
    const volumes = parseCatalog(JSON.stringify(catalog));
    expect(volumes.get('fct_orders')).toEqual({ rows: 41200000, bytes: 3435973837 });
    expect(volumes.get('dim_customers')).toEqual({ rows: 1200, bytes: 52000 });
    expect(volumes.get('payments')).toEqual({ rows: 9 });
    expect(volumes.has('stg_orders')).toBe(false);
  });

  it('describes a subject it knows, and nothing for one it does not', () => {
    const volumes = parseCatalog(JSON.stringify(catalog));
    expect(describeVolume('fct_orders', volumes)).toBe('fct_orders: 41,200,000 rows, 3.2 GB (dbt catalog)');
    expect(describeVolume('unknown_model', volumes)).toBeUndefined();
    expect(describeVolume('fct_orders', undefined)).toBeUndefined();
  });

  it('explains a missing, broken or empty catalog instead of failing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'der-catalog-'));
    expect((await loadCatalog(dir)).problem).toContain('ENOENT');
    writeFileSync(path.join(dir, 'catalog.json'), '{"nodes": ');
    expect((await loadCatalog(dir)).problem).toContain('no table statistics');
    writeFileSync(path.join(dir, 'catalog.json'), JSON.stringify(catalog));
    expect((await loadCatalog(dir)).catalog?.get('fct_orders')?.rows).toBe(41200000);
  });
});
