/** Settings: the outlet list import uses, and storage. */
import { OutletList } from './OutletList';
import { StorageInfo } from './StorageInfo';

export function SettingsView() {
  return (
    <div className="view">
      <header className="view-header">
        <h1>Settings</h1>
      </header>
      <div className="settings">
        <OutletList />
        <StorageInfo />
      </div>
    </div>
  );
}
