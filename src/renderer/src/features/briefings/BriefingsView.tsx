/** Briefings: compose items with commentary in named sections, and export them to send. */
import { useCallback, useState } from 'react';
import { useToast } from '../../components/Toasts';
import { OPENING_SECTION_TITLE, groupBySection } from '../../db/briefing-layout';
import {
  addSection,
  createBriefing,
  deleteBriefing,
  deleteSection,
  moveItem,
  moveItemTo,
  moveSection,
  removeItem,
  renameSection,
} from '../../db/briefings';
import type { BriefingRow } from '../../db/schema';
import { BriefingFields } from './BriefingFields';
import { BriefingItemCard, type SectionChoice } from './BriefingItemCard';
import { NoteForm } from './NoteForm';
import { SectionBlock } from './SectionBlock';
import { useBriefingExport, type ExportFormat, type PageSize } from './useBriefingExport';
import { useBriefingItems, useBriefingList, type BriefingItemView } from './useBriefings';

function ExportBar(props: {
  disabled: boolean;
  onExport: (format: ExportFormat, pageSize: PageSize) => void;
}) {
  const [pageSize, setPageSize] = useState<PageSize>('A4');
  return (
    <>
      <label className="inline-label">
        Page size
        <select value={pageSize} onChange={(e) => setPageSize(e.target.value as PageSize)}>
          <option value="A4">A4</option>
          <option value="Letter">Letter</option>
        </select>
      </label>
      <button
        type="button"
        className="button primary"
        disabled={props.disabled}
        onClick={() => props.onExport('pdf', pageSize)}
      >
        Export PDF
      </button>
      <button
        type="button"
        className="button"
        disabled={props.disabled}
        onClick={() => props.onExport('docx', pageSize)}
      >
        Export DOCX
      </button>
      <select
        aria-label="Export in another format"
        value=""
        disabled={props.disabled}
        onChange={(e) => {
          const format = e.target.value as 'html' | 'md' | 'csv' | 'xlsx' | '';
          if (format) props.onExport(format, pageSize);
        }}
      >
        <option value="">Other formats…</option>
        <option value="html">HTML</option>
        <option value="md">Markdown</option>
        <option value="csv">CSV (one row per item)</option>
        <option value="xlsx">Excel (one row per item)</option>
      </select>
    </>
  );
}

/** The sections and their items, with every way of moving them. */
function Composer({ briefing, items }: { briefing: BriefingRow; items: BriefingItemView[] }) {
  const notify = useToast();
  const [newSectionId, setNewSectionId] = useState<string | null>(null);
  // An item moved by keyboard into another section is a new element there: focus follows it.
  const [focusRequest, setFocusRequest] = useState<{
    itemId: string;
    sectionId: string | null;
  } | null>(null);
  const clearFocusRequest = useCallback(() => setFocusRequest(null), []);
  const groups = groupBySection(
    briefing.sections,
    items.map((view) => ({ ...view.item, view })),
  );
  const titleOf = (section: BriefingRow['sections'][number] | null) =>
    section?.title ?? OPENING_SECTION_TITLE;
  const choices: SectionChoice[] = groups.map((g) => ({
    id: g.section?.id ?? null,
    title: titleOf(g.section),
  }));
  const failed = (error: Error) => notify(error.message, 'error');
  // Named sections move among themselves; the opening items always come first.
  const named = briefing.sections;
  // Items are numbered through the whole briefing, as the export numbers them.
  const firstNumber = groups.map((_, g) =>
    groups.slice(0, g).reduce((n, group) => n + group.items.length, 1),
  );

  return (
    <>
      <div className="section-head items-head">
        <h2 className="side-heading">Sections and items</h2>
        <span className="muted small">Drag to reorder or to another section, or Alt+↑/↓</span>
        <span className="spacer" />
        <button
          type="button"
          className="button small"
          onClick={() =>
            void addSection(briefing.id, 'New section')
              .then((section) => setNewSectionId(section.id))
              .catch(failed)
          }
        >
          Add section
        </button>
        <NoteForm key={briefing.id} briefingId={briefing.id} />
      </div>
      {items.length === 0 && (
        <p className="muted items-hint">
          Add highlights and claims from the Reader, quotes from the Quotes view, and comparisons,
          matrices and timelines from Stories; cite a whole article from its header in the Reader.
        </p>
      )}
      <div className="briefing-sections">
        {groups.map((group, g) => {
          const sectionId = group.section?.id ?? null;
          const at = group.section ? named.findIndex((s) => s.id === sectionId) : -1;
          return (
            <SectionBlock
              key={sectionId ?? 'opening'}
              section={group.section}
              number={g + 1}
              title={titleOf(group.section)}
              itemCount={group.items.length}
              canMoveUp={at > 0}
              canMoveDown={at >= 0 && at < named.length - 1}
              autoFocusName={sectionId === newSectionId}
              onRename={(title) => void renameSection(briefing.id, sectionId!, title).catch(failed)}
              onMove={(direction) =>
                void moveSection(briefing.id, sectionId!, direction).catch(failed)
              }
              onDelete={() =>
                void deleteSection(briefing.id, sectionId!)
                  .then(() =>
                    notify(
                      group.items.length
                        ? `Section “${titleOf(group.section)}” deleted; its items moved to the section beside it`
                        : `Section “${titleOf(group.section)}” deleted`,
                    ),
                  )
                  .catch(failed)
              }
              onDropItem={(itemId) =>
                void moveItemTo(briefing.id, itemId, group.items.length, sectionId).catch(failed)
              }
            >
              {group.items.map(({ view }, index) => (
                <BriefingItemCard
                  key={view.item.id}
                  view={view}
                  number={firstNumber[g]! + index}
                  count={items.length}
                  canMoveUp={g > 0 || index > 0}
                  canMoveDown={g < groups.length - 1 || index < group.items.length - 1}
                  sectionId={sectionId}
                  sections={choices}
                  onMove={(direction) => {
                    const crossesInto =
                      direction < 0 && index === 0
                        ? groups[g - 1]
                        : direction > 0 && index === group.items.length - 1
                          ? groups[g + 1]
                          : undefined;
                    if (crossesInto)
                      setFocusRequest({
                        itemId: view.item.id,
                        sectionId: crossesInto.section?.id ?? null,
                      });
                    void moveItem(briefing.id, view.item.id, direction).catch(failed);
                  }}
                  onMoveToSection={(to) =>
                    void moveItemTo(briefing.id, view.item.id, Infinity, to).catch(failed)
                  }
                  onRemove={() => void removeItem(view.item.id)}
                  onDropItem={(dragged) =>
                    void moveItemTo(briefing.id, dragged, index, sectionId).catch(failed)
                  }
                  focusRequested={
                    focusRequest?.itemId === view.item.id && focusRequest.sectionId === sectionId
                  }
                  onFocused={clearFocusRequest}
                />
              ))}
            </SectionBlock>
          );
        })}
      </div>
    </>
  );
}

export function BriefingsView() {
  const briefings = useBriefingList();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = briefings?.find((b) => b.id === selectedId) ?? briefings?.[0] ?? null;
  const items = useBriefingItems(selected?.id ?? null);
  const { exporting, savedTo, run } = useBriefingExport(selected?.id ?? null);

  if (briefings === undefined) return <div className="view" aria-busy="true" />;

  return (
    <div className="view briefings">
      <aside className="briefing-list" aria-label="Briefings">
        <div className="list-head">
          <h2>Briefings</h2>
          <button
            type="button"
            className="button small"
            onClick={() => void createBriefing().then((b) => setSelectedId(b.id))}
          >
            New
          </button>
        </div>
        <ul>
          {briefings.map((briefing) => (
            <li key={briefing.id}>
              <button
                type="button"
                className="list-item"
                aria-current={briefing.id === selected?.id ? 'true' : undefined}
                onClick={() => setSelectedId(briefing.id)}
              >
                {briefing.title}
              </button>
            </li>
          ))}
        </ul>
      </aside>
      {selected ? (
        <section className="briefing-editor" aria-label="Briefing">
          <header className="view-header">
            <h1>{selected.title}</h1>
            <span className="spacer" />
            {exporting && <span className="muted small">Exporting…</span>}
            <ExportBar
              disabled={exporting || !items?.length}
              onExport={(format, pageSize) => void run(format, pageSize)}
            />
            <button
              type="button"
              className="button quiet"
              onClick={() => {
                if (
                  window.confirm(
                    `Delete the briefing “${selected.title}”? Its highlights stay in the articles.`,
                  )
                ) {
                  void deleteBriefing(selected.id);
                }
              }}
            >
              Delete
            </button>
          </header>
          {savedTo && (
            <p className="notice" data-testid="export-result">
              Saved to {savedTo}
            </p>
          )}
          <BriefingFields briefing={selected} />
          {items && <Composer briefing={selected} items={items} />}
        </section>
      ) : (
        <div className="empty-state">
          <h2>No briefings yet</h2>
          <p>Tag passages in the Reader and add them to a briefing, or start one now.</p>
          <button
            type="button"
            className="button primary"
            onClick={() => void createBriefing().then((b) => setSelectedId(b.id))}
          >
            New briefing
          </button>
        </div>
      )}
    </div>
  );
}
