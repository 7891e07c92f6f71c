import { useState } from 'react';

/** Tags as chips; Enter or comma adds one, Backspace in an empty box removes the last. */
export function TagsInput({ value, onChange, id, ...aria }: { value: string[]; onChange: (v: string[]) => void; id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) {
  const [text, setText] = useState('');
  function add(raw: string) {
    const tag = raw.trim().replace(/,$/, '').trim();
    if (tag && !value.some((t) => t.toLowerCase() === tag.toLowerCase())) onChange([...value, tag.slice(0, 60)]);
    setText('');
  }
  return (
    <div className="tags-input">
      {value.map((tag) => (
        <span key={tag} className="chip chip-tag">
          {tag}
          <button type="button" className="chip-x" aria-label={`Remove tag ${tag}`} onClick={() => onChange(value.filter((t) => t !== tag))}>
            ×
          </button>
        </span>
      ))}
      <input
        id={id}
        {...aria}
        className="tags-input-box"
        value={text}
        placeholder={value.length ? '' : 'Type a tag and press Enter'}
        onChange={(e) => (e.target.value.endsWith(',') ? add(e.target.value) : setText(e.target.value))}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && text.trim()) {
            e.preventDefault();
            add(text);
          } else if (e.key === 'Backspace' && !text && value.length) onChange(value.slice(0, -1));
        }}
        onBlur={() => text.trim() && add(text)}
      />
    </div>
  );
}
