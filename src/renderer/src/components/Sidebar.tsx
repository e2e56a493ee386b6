/** The app's navigation rail: views with live counts, and the import entry point. */
import type { ReactNode } from 'react';
import type { ViewName } from '../app/navigation';

export interface SidebarItem {
  view: ViewName;
  label: string;
  count?: number | undefined;
  icon: ReactNode;
  disabled?: boolean;
}

export function Sidebar(props: {
  items: SidebarItem[];
  active: ViewName;
  onSelect: (view: ViewName) => void;
  footer: ReactNode;
}) {
  return (
    <nav className="sidebar" aria-label="Views">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ◧
        </span>
        Parallax
      </div>
      <ul>
        {props.items.map((item) => (
          <li key={item.view}>
            <button
              type="button"
              className="nav-item"
              aria-current={props.active === item.view ? 'page' : undefined}
              disabled={item.disabled}
              onClick={() => props.onSelect(item.view)}
            >
              <span className="nav-icon" aria-hidden="true">
                {item.icon}
              </span>
              <span className="nav-label">{item.label}</span>
              {item.count !== undefined && <span className="nav-count">{item.count}</span>}
            </button>
          </li>
        ))}
      </ul>
      <div className="sidebar-footer">{props.footer}</div>
    </nav>
  );
}
