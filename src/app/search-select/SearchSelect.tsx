// A picker for one element of a long list (the nodes or links of a big design): a text field that
// filters as the user types, with the best matches in a list below it (search-options.ts). The
// combobox behaviour (keyboard, focus, ARIA) is Downshift's; what is ours is which options show.
import { useCombobox } from 'downshift';
import { useMemo, useState } from 'react';
import { type PickOption, searchOptions } from './search-options';
import './search-select.css';

/** Options drawn at most: enough to scroll through a small design's list, few enough to draw in
 * a frame; a longer list says how many more match. */
const SHOWN = 60;

const NO_OPTIONS: readonly never[] = [];

export interface SearchSelectProps<T extends PickOption> {
  /** The list, or a function that builds it, called only while the list is open: a list of
   * 27,000 flows costs 15-45 ms to build, too much for every result that arrives. */
  options: readonly T[] | (() => readonly T[]);
  /** With options built on demand: the label shown for `value` while the list is closed. */
  valueLabel?: string;
  /** The chosen option's value; null for none (the field then shows `placeholder`). */
  value: string | null;
  onChange(value: string | null): void;
  /** Names the field for assistive technology (there is no visible label of its own). */
  ariaLabel: string;
  placeholder?: string;
  testId?: string;
  className?: string;
}

export function SearchSelect<T extends PickOption>({
  options,
  valueLabel,
  value,
  onChange,
  ariaLabel,
  placeholder,
  testId,
  className,
}: SearchSelectProps<T>) {
  // What the user typed since the list opened; empty shows the list from the top.
  const [query, setQuery] = useState('');
  // Mirrors Downshift's open state, so options built on demand are built only while it is open.
  const [listOpen, setListOpen] = useState(false);
  const onDemand = typeof options === 'function';
  const list = useMemo(
    () => (typeof options !== 'function' ? options : listOpen ? options() : NO_OPTIONS),
    [options, listOpen],
  );
  const matches = useMemo(() => searchOptions(list, query, SHOWN), [list, query]);
  const selectedItem = useMemo((): T | null => {
    if (value === null) return null;
    if (onDemand) return { value, label: valueLabel ?? value } as T;
    return list.find((o) => o.value === value) ?? null;
  }, [onDemand, list, value, valueLabel]);
  const { isOpen, highlightedIndex, getInputProps, getMenuProps, getItemProps } = useCombobox<T>({
    items: matches.shown,
    selectedItem,
    itemToString: (o) => o?.label ?? '',
    itemToKey: (o) => o?.value,
    // The best match is ready for Enter.
    defaultHighlightedIndex: 0,
    // Only a pick changes the choice: leaving the field (Downshift would take the highlighted
    // match) or Escape on a closed list (Downshift would clear it) puts back what was chosen.
    stateReducer: (state, { type, changes }) =>
      type === useCombobox.stateChangeTypes.InputBlur || type === useCombobox.stateChangeTypes.InputKeyDownEscape
        ? { ...changes, selectedItem: state.selectedItem, inputValue: state.selectedItem?.label ?? '' }
        : changes,
    onSelectedItemChange: ({ selectedItem: chosen }) => onChange(chosen?.value ?? null),
    onInputValueChange: ({ inputValue, type }) =>
      setQuery(type === useCombobox.stateChangeTypes.InputChange ? (inputValue ?? '') : ''),
    onIsOpenChange: ({ isOpen: open }) => {
      setListOpen(Boolean(open));
      if (!open) setQuery('');
    },
  });
  const more = matches.total - matches.shown.length;
  return (
    <div className={`ss${className ? ` ${className}` : ''}`}>
      <input
        className="ss-input"
        placeholder={placeholder}
        data-testid={testId}
        spellCheck={false}
        {...getInputProps({
          'aria-label': ariaLabel,
          // Everything shows again from the top when the field is entered: the user types to narrow.
          onFocus: (e) => e.currentTarget.select(),
        })}
      />
      <div className="ss-popup" hidden={!isOpen}>
        <ul className="ss-list" {...getMenuProps({ 'aria-label': ariaLabel })}>
          {isOpen
            ? matches.shown.map((o, index) => (
                <li
                  key={o.value}
                  className={`ss-option${index === highlightedIndex ? ' is-active' : ''}${o.value === value ? ' is-chosen' : ''}`}
                  data-value={o.value}
                  {...getItemProps({ item: o, index })}
                >
                  {o.label}
                </li>
              ))
            : null}
        </ul>
        {isOpen && matches.total === 0 ? <p className="ss-note">Nothing matches “{query.trim()}”.</p> : null}
        {isOpen && more > 0 ? <p className="ss-note">{more} more: type to narrow the list.</p> : null}
      </div>
    </div>
  );
}
