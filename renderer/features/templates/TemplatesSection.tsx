import { useEffect, useState } from 'react';
import type { Template } from '@shared/contract';
import { minLevelWords, type SkillRequirement } from '@shared/domain';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { formatHours } from '../../lib/format';
import { useStore } from '../../store';
import { TemplateDialog } from './TemplateDialog';
import '../campaigns/phases.css';

/** Settings → Templates: the studio's campaign templates, each a list of phases. */
export function TemplatesSection() {
  const templates = useStore((s) => s.templates);
  const loaded = useStore((s) => s.templatesLoaded);
  const load = useStore((s) => s.loadTemplates);
  const remove = useStore((s) => s.deleteTemplate);
  const roles = useStore((s) => s.roles);
  const skills = useStore((s) => s.skills);
  const people = useStore((s) => s.allPeople);
  const [editing, setEditing] = useState<Template | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);
  useEffect(() => {
    void load();
  }, [load]);
  const roleName = (id: number) => roles.find((r) => r.id === id)?.name ?? 'Role';
  /** " (Figma at level 3+, at most 2 at once)" */
  const extras = (r: Template['phases'][number]['roles'][number]) => {
    const skill = (x: SkillRequirement) => `${skills.find((y) => y.id === x.skillId)?.name ?? 'Skill'}${x.minLevel > 1 ? ` at ${minLevelWords(x.minLevel).toLowerCase()}` : ''}`;
    const parts = [...r.skills.map(skill), ...(r.maxPeople ? [`at most ${r.maxPeople} at once`] : [])];
    return parts.length ? ` (${parts.join(', ')})` : '';
  };
  const receiver = (p: Template['phases'][number]) =>
    p.handoffRoleId !== null ? roleName(p.handoffRoleId) : p.handoffTalentId !== null ? (people.find((x) => x.id === p.handoffTalentId)?.name ?? 'A person') : null;

  return (
    <section className="card" aria-labelledby="templates-title">
      <div className="card-header">
        <div>
          <h2 id="templates-title">Campaign templates</h2>
          <p className="sub">Phases with their length in working days, what each waits for, the hours each role gives it, and the handoff at its end. New campaigns can start from one.</p>
        </div>
        <span className="card-actions">
          <Button icon="plus" variant="primary" onClick={() => setEditing('new')}>
            New template
          </Button>
        </span>
      </div>
      {loaded && templates.length === 0 ? (
        <EmptyState icon="file" title="No templates yet">
          A template is a campaign's usual phases, such as brief, concept, production, review and delivery. Make one and start campaigns from it.
        </EmptyState>
      ) : (
        <div className="template-list" style={{ padding: '12px 16px 16px' }}>
          {templates.map((t) => (
            <div key={t.id} className="template-phase-row" aria-label={t.name} role="group">
              <div className="card-header" style={{ padding: 0, border: 0 }}>
                <div>
                  <h3 className="settings-name">{t.name}</h3>
                  {t.description && <p className="sub">{t.description}</p>}
                </div>
                <span className="row-actions" style={{ marginLeft: 'auto', opacity: 1 }}>
                  <Button size="sm" icon="edit" iconOnly label={`Edit ${t.name}`} onClick={() => setEditing(t)} />
                  <Button size="sm" icon="trash" iconOnly label={`Delete ${t.name}`} onClick={() => setDeleting(t)} />
                </span>
              </div>
              <table className="table template-phases">
                <thead>
                  <tr>
                    <th>Phase</th>
                    <th className="num">Working days</th>
                    <th>After</th>
                    <th>Role hours</th>
                    <th>Handoff</th>
                  </tr>
                </thead>
                <tbody>
                  {t.phases.map((p) => (
                    <tr key={p.id}>
                      <td className="cell-strong">{p.name}</td>
                      <td className="num">{p.durationDays}</td>
                      <td>{p.dependsOn.map((d) => t.phases[d].name).join(', ') || '—'}</td>
                      <td>{p.roles.map((r) => `${roleName(r.roleId)} ${formatHours(r.hours)}${extras(r)}`).join(' · ') || '—'}</td>
                      <td>{receiver(p) ? `${receiver(p)}, SLA ${p.handoffSlaDays ?? 0} ${p.handoffSlaDays === 1 ? 'day' : 'days'}` : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </div>
      )}
      {editing && <TemplateDialog template={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {deleting && (
        <ConfirmDialog
          title={`Delete ${deleting.name}?`}
          message="Campaigns made from it keep their phases. You can undo this."
          confirmLabel="Delete template"
          danger
          onConfirm={() => remove(deleting.id, deleting.name)}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
