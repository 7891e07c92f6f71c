import { useState } from 'react';
import { modKey } from '../../lib/keys';
import './freesearch.css';
import { useStore } from '../../store';

/** The toolbar's "Who's free?" field: a role or skill, then Enter (or just Enter, or Ctrl/Cmd+K). */
export function FreeSearchField() {
  const [text, setText] = useState('');
  const open = useStore((s) => s.openFreeSearch);
  const go = () => {
    open(text);
    setText('');
  };
  return (
    <div className="ft-field">
      <input
        className="input input-search"
        type="search"
        aria-label="Who's free? Type a role or skill and press Enter"
        placeholder="Who's free?"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'ArrowDown') {
            e.preventDefault();
            go();
          }
        }}
      />
      <kbd className="ft-kbd" aria-hidden="true">
        {modKey}K
      </kbd>
    </div>
  );
}
