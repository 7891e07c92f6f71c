import type { Database } from 'better-sqlite3';

/**
 * Campaign templates, campaign phases and handoffs (issue 16 §2).
 *
 * A template is a list of phases. Each phase lasts `duration_days` working days of the studio's
 * calendar (Monday–Friday less closures), starts after the phases it depends on have finished
 * (finish-to-start, a DAG checked before writing), needs hours of roles (optionally with skills
 * and a minimum level, and at most `max_people` of the role at once), and ends with a handoff to a
 * role or a person, who has `handoff_sla_days` working days to take it.
 *
 * A campaign made from a template copies its phases (`campaign_phases`, with dates) and turns each
 * phase's role hours into demand lines whose window is the phase's (`demand_lines.phase_id`,
 * `demand_lines.max_people`). `handoff_planned` is the phase's last day (kept so when the phase
 * moves); `handoff_done` the day the handoff was marked done (null: not yet).
 *
 * No ON DELETE actions: the repositories delete children first, so the undo log sees every row.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE templates (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
      description TEXT NOT NULL DEFAULT ''
    ) STRICT;

    CREATE TABLE template_phases (
      id INTEGER PRIMARY KEY,
      template_id INTEGER NOT NULL REFERENCES templates(id),
      position INTEGER NOT NULL CHECK (position >= 0),
      name TEXT NOT NULL CHECK (length(name) > 0),
      duration_days INTEGER NOT NULL CHECK (duration_days BETWEEN 1 AND 1305),
      handoff_role_id INTEGER REFERENCES roles(id),
      handoff_talent_id INTEGER REFERENCES talent(id),
      handoff_sla_days INTEGER CHECK (handoff_sla_days IS NULL OR handoff_sla_days BETWEEN 0 AND 1305),
      CHECK (handoff_role_id IS NULL OR handoff_talent_id IS NULL),
      UNIQUE (template_id, position)
    ) STRICT;
    CREATE INDEX template_phases_template ON template_phases(template_id);

    CREATE TABLE template_phase_deps (
      phase_id INTEGER NOT NULL REFERENCES template_phases(id),
      depends_on_id INTEGER NOT NULL REFERENCES template_phases(id),
      PRIMARY KEY (phase_id, depends_on_id),
      CHECK (phase_id <> depends_on_id)
    ) STRICT;

    CREATE TABLE template_phase_roles (
      id INTEGER PRIMARY KEY,
      phase_id INTEGER NOT NULL REFERENCES template_phases(id),
      role_id INTEGER NOT NULL REFERENCES roles(id),
      hours REAL NOT NULL CHECK (hours > 0),
      max_people INTEGER CHECK (max_people IS NULL OR max_people >= 1)
    ) STRICT;
    CREATE INDEX template_phase_roles_phase ON template_phase_roles(phase_id);

    CREATE TABLE template_phase_role_skills (
      phase_role_id INTEGER NOT NULL REFERENCES template_phase_roles(id),
      skill_id INTEGER NOT NULL REFERENCES skills(id),
      min_level INTEGER NOT NULL CHECK (min_level BETWEEN 1 AND 5),
      PRIMARY KEY (phase_role_id, skill_id)
    ) STRICT;

    CREATE TABLE campaign_phases (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
      position INTEGER NOT NULL CHECK (position >= 0),
      name TEXT NOT NULL CHECK (length(name) > 0),
      start TEXT NOT NULL,
      end TEXT NOT NULL,
      handoff_role_id INTEGER REFERENCES roles(id),
      handoff_talent_id INTEGER REFERENCES talent(id),
      handoff_sla_days INTEGER CHECK (handoff_sla_days IS NULL OR handoff_sla_days BETWEEN 0 AND 1305),
      handoff_planned TEXT,
      handoff_done TEXT,
      CHECK (end >= start),
      CHECK (handoff_role_id IS NULL OR handoff_talent_id IS NULL)
    ) STRICT;
    CREATE INDEX campaign_phases_campaign ON campaign_phases(campaign_id, position);

    CREATE TABLE campaign_phase_deps (
      phase_id INTEGER NOT NULL REFERENCES campaign_phases(id),
      depends_on_id INTEGER NOT NULL REFERENCES campaign_phases(id),
      PRIMARY KEY (phase_id, depends_on_id),
      CHECK (phase_id <> depends_on_id)
    ) STRICT;

    ALTER TABLE demand_lines ADD COLUMN phase_id INTEGER REFERENCES campaign_phases(id);
    ALTER TABLE demand_lines ADD COLUMN max_people INTEGER CHECK (max_people IS NULL OR max_people >= 1);
    CREATE INDEX demand_lines_phase ON demand_lines(phase_id);
  `);
}
