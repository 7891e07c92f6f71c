/** The product mark: three stacked capacity bars in a rounded tile. */
export function LogoMark({ className = 'brand-mark' }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#3b5bdb" />
      <rect x="7" y="8" width="18" height="4" rx="2" fill="#fff" />
      <rect x="7" y="14" width="12" height="4" rx="2" fill="#fff" opacity="0.85" />
      <rect x="7" y="20" width="15" height="4" rx="2" fill="#fff" opacity="0.6" />
    </svg>
  );
}
