// Escalates an Airflow major-version migration (2.x → 3.x): the `apache-airflow` pin in
// requirements, pyproject or setup files, Airflow's constraints file URL, or the Airflow image a
// Dockerfile or compose file builds from (apache/airflow, Astronomer's astro-runtime up to 12.x
// and runtime 3.x images). A migration changes DAG authoring APIs, removed features (SubDAGs,
// `execution_date`, direct metadata DB access) and the deployment, so it is an orchestration
// decision. Every manifest of both sides is compared, so a version pin moved between files, a
// patch or minor bump and a reformatted requirement raise nothing; a first Airflow in the
// repository is the technology-introduced detector's.
import type { Evidence } from '../../model.js';
import type { Detector } from './detector.js';
import { isManifestPath, majorVersionOf, repositoryManifests } from './support/dependencies.js';
import type { Manifest } from './support/dependencies.js';
import { arrow, escalation } from './support/escalation.js';

export const DETECTOR_ID = 'airflow-major-version';

interface Pin {
  major: number;
  file: string;
  line: number;
  text: string;
}

/** Airflow major version an image tag stands for. */
function imageMajor(image: string, tag: string): number | undefined {
  const version = /(\d+)(?:\.\d+)+/.exec(tag);
  if (!version) return undefined;
  const major = Number(version[1]);
  // Astronomer's astro-runtime 4.x–12.x images all run Airflow 2; its Airflow 3 images are
  // published as `runtime` 3.x on a new registry.
  if (/(^|\/)astro-runtime$/.test(image)) return 2;
  if (/^astrocrpublic\.azurecr\.io\/runtime$/.test(image)) return major;
  return /(^|\/)apache\/airflow$/.test(image) ? major : undefined;
}

function pins(manifest: Manifest): Pin[] {
  const out: Pin[] = [];
  for (const requirement of manifest.requirements) {
    if (requirement.name !== 'apache-airflow') continue;
    const major = majorVersionOf(requirement.spec);
    if (major !== undefined) out.push({ major, file: requirement.file, line: requirement.line, text: `apache-airflow${requirement.spec}` });
  }
  for (const image of manifest.images) {
    const major = imageMajor(image.image, image.tag);
    if (major !== undefined) out.push({ major, file: image.file, line: image.line, text: `image ${image.image}:${image.tag}` });
  }
  return out;
}

export const airflowMajorVersion: Detector = {
  id: DETECTOR_ID,
  triggers: ['orchestration-tool'],
  async detect(ctx) {
    const files = ctx.changeSet.files;
    if (!files.some((file) => isManifestPath(file.path) || (file.previousPath !== undefined && isManifestPath(file.previousPath)))) return [];
    const [base, head] = await Promise.all([repositoryManifests(ctx, 'base'), repositoryManifests(ctx, 'head')]);
    const before = pins(base);
    const after = pins(head);
    const baseMajors = new Set(before.map((pin) => pin.major));
    if (baseMajors.size === 0) return [];
    const newMajors = [...new Set(after.map((pin) => pin.major))].filter((major) => !baseMajors.has(major)).sort();
    if (newMajors.length === 0) return [];
    const changedPaths = new Set(files.map((file) => file.path));
    const evidence: Evidence[] = after
      .filter((pin) => newMajors.includes(pin.major) && changedPaths.has(pin.file))
      .map((pin) => {
        const previous = before.find((old) => old.file === pin.file && old.text.startsWith(pin.text.startsWith('image') ? 'image' : 'apache-airflow')) ?? before[0];
        return { file: pin.file, line: pin.line, text: `Airflow version: ${arrow(previous?.text, pin.text)}` };
      });
    if (evidence.length === 0) return [];
    const from = [...baseMajors].sort().join('/');
    const to = newMajors.join('/');
    return [
      escalation({
        detector: DETECTOR_ID,
        trigger: 'orchestration-tool',
        subject: `Airflow ${to}`,
        title: `Airflow major version migration: ${from}.x → ${to}.x`,
        problem:
          `The Airflow the pipelines run on moves from major version ${from} to ${to}. A major version changes DAG authoring APIs, removes features ` +
          'and changes how Airflow is deployed and upgraded: every DAG, provider and deployment script is affected. When and how to migrate, or whether to move to another orchestrator instead, is a decision for a human.',
        evidence,
        options: [
          `Stay on Airflow ${from}.x until its end of support, and plan the migration separately.`,
          `Migrate to Airflow ${to}.x now, with every DAG checked against the upgrade guide and a rollback plan.`,
        ],
      }),
    ];
  },
};
