// Traffic classes: a list (with an add button) and the open class's form.
import { useDesignStore } from '../../state/design-store';
import { ClassForm } from './ClassForm';
import { addClass, newClass } from './commands';
import { edit } from './edit';
import { usePoliciesUi } from './policies-ui-store';

export function ClassesTab() {
  const classes = useDesignStore((s) => s.design.trafficClasses);
  const openId = usePoliciesUi((s) => s.classId);
  const open = classes.find((c) => c.id === openId) ?? classes[0];
  const add = () => {
    let created = '';
    edit('Add traffic class', (d) => {
      const tc = newClass(d);
      created = tc.id;
      return addClass(d, tc);
    });
    usePoliciesUi.setState({ classId: created });
  };
  return (
    <div className="master-detail">
      <nav className="master-list" aria-label="Traffic classes">
        <ul>
          {classes.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className={`master-item${c.id === open?.id ? ' is-open' : ''}`}
                data-testid={`class-item-${c.id}`}
                aria-current={c.id === open?.id}
                onClick={() => usePoliciesUi.setState({ classId: c.id })}
              >
                <span className="class-swatch" style={{ background: c.color }} />
                <span className="master-name">{c.name}</span>
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="btn btn-small" data-testid="class-add" onClick={add}>
          + Add class
        </button>
      </nav>
      <div className="detail">
        {open ? (
          <ClassForm key={open.id} tc={open} />
        ) : (
          <p className="empty muted">No traffic class yet. Add one, or start from a template.</p>
        )}
      </div>
    </div>
  );
}
