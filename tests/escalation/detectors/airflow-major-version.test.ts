import { describe, expect, it } from 'vitest';
import { airflowMajorVersion } from '../../../src/escalation/detectors/airflow-major-version.js';
import { detectors } from '../../../src/escalation/detectors/index.js';
import { evidenceTexts, runDetector } from './support/run.js';

const detect = (spec: Parameters<typeof runDetector>[1]) => runDetector(airflowMajorVersion, spec);

describe('airflow-major-version', () => {
  it('is registered', () => {
    expect(detectors).toContain(airflowMajorVersion);
  });

  // --- must escalate -------------------------------------------------------------------------
  it('escalates the apache-airflow pin moved from 2.x to 3.x', async () => {
    const escalations = await detect({ base: { 'requirements.txt': 'apache-airflow==2.10.4\npandas\n' }, head: { 'requirements.txt': 'apache-airflow==3.0.2\npandas\n' } });
    expect(escalations).toMatchObject([
      {
        trigger: 'orchestration-tool',
        subject: 'Airflow 3',
        title: 'Airflow major version migration: 2.x → 3.x',
        evidence: [{ file: 'requirements.txt', line: 1, text: 'Airflow version: apache-airflow==2.10.4 → apache-airflow==3.0.2' }],
        detector: 'airflow-major-version',
      },
    ]);
  });

  it('escalates the Airflow image of a Dockerfile', async () => {
    const escalations = await detect({ base: { Dockerfile: 'FROM apache/airflow:2.9.3-python3.11\nCOPY dags /opt/airflow/dags\n' }, head: { Dockerfile: 'FROM apache/airflow:3.0.1-python3.11\nCOPY dags /opt/airflow/dags\n' } });
    expect(evidenceTexts(escalations)).toEqual(['Airflow version: image apache/airflow:2.9.3-python3.11 → image apache/airflow:3.0.1-python3.11']);
  });

  it('escalates an Astronomer runtime moved to the Airflow 3 runtime', async () => {
    const escalations = await detect({
      base: { Dockerfile: 'FROM quay.io/astronomer/astro-runtime:12.6.0\n' },
      head: { Dockerfile: 'FROM astrocrpublic.azurecr.io/runtime:3.0-2\n' },
    });
    expect(escalations.map((e) => e.title)).toEqual(['Airflow major version migration: 2.x → 3.x']);
  });

  it('escalates a constraints URL and a pyproject pin', async () => {
    const escalations = await detect({
      base: { 'requirements.txt': '-c https://raw.githubusercontent.com/apache/airflow/constraints-2.9.1/constraints-3.11.txt\n', 'pyproject.toml': '[project]\ndependencies = ["apache-airflow>=2.9,<3"]\n' },
      head: { 'requirements.txt': '-c https://raw.githubusercontent.com/apache/airflow/constraints-3.0.0/constraints-3.11.txt\n', 'pyproject.toml': '[project]\ndependencies = ["apache-airflow>=3.0"]\n' },
    });
    expect(escalations[0]?.evidence.map((e) => e.file)).toEqual(['pyproject.toml', 'requirements.txt']);
  });

  // --- must not escalate ---------------------------------------------------------------------
  it('does not escalate minor or patch upgrades', async () => {
    expect(await detect({ base: { 'requirements.txt': 'apache-airflow==2.9.1\n' }, head: { 'requirements.txt': 'apache-airflow==2.10.5\n' } })).toEqual([]);
    expect(await detect({ base: { Dockerfile: 'FROM quay.io/astronomer/astro-runtime:11.3.0\n' }, head: { Dockerfile: 'FROM quay.io/astronomer/astro-runtime:12.6.0\n' } })).toEqual([]);
  });

  it('does not escalate a pin moved between files or reformatted, or a first Airflow', async () => {
    expect(await detect({ base: { 'requirements.txt': 'apache-airflow==2.9.1\n' }, head: { 'requirements.txt': '\n', 'pyproject.toml': '[project]\ndependencies = [\n  "apache_airflow == 2.9.1",\n]\n' } })).toEqual([]);
    expect(await detect({ base: { 'requirements.txt': 'pandas\n' }, head: { 'requirements.txt': 'pandas\napache-airflow==3.0.2\n' } })).toEqual([]);
  });

  it('does not escalate a commented pin or a reverted change', async () => {
    expect(await detect({ base: { 'requirements.txt': 'apache-airflow==2.9.1\n' }, head: { 'requirements.txt': 'apache-airflow==2.9.1\n# apache-airflow==3.0.0 after the migration\n' } })).toEqual([]);
    expect(await detect({ base: { 'requirements.txt': 'apache-airflow==2.9.1\n' }, head: { 'requirements.txt': 'apache-airflow==2.9.1\n\n' } })).toEqual([]);
  });
});
